#!/usr/bin/env python3
"""Builds the forty-fourth QA set's collection (cg44): German posts of the
blog of Code for Germany (https://codefor.de/blog/), the network of Open
Knowledge Labs of the Open Knowledge Foundation Deutschland e.V., from the
source repository of codefor.de, okfde/codefor.de (the stored snapshot is
the local bare mirror of that repository, commit
b2f605e1f310e31f1d9b957674e44a8148b50fce of 2026-01-12). Posts are Hugo
Markdown files content/blog/YYYY-MM-DD-NAME.md with a YAML front matter
(--- ... ---: title, author, sometimes date, lang, draft, excerpt, images).
The repository's README says: "Code: [MIT](./LICENSE). Inhalt: [CC BY
4.0](https://creativecommons.org/licenses/by/4.0/deed.de)."; the texts are
used under CC BY 4.0, attributed in texts/cg44/COPYRIGHT.

Which posts, by a fixed rule written down before any post's text was read
(only the file list of content/blog/, the blob sizes, the front matter and,
by script, the counts of the function words below were looked at):
candidates are the files of content/blog/ whose name is YYYY-MM-DD-NAME.md
without a space (225; this leaves out the index, a file without .md and a
copy "... Kopie.md")
1. whose front matter has no "lang: en" and no "draft: true": 218;
2. whose name does not contain "out-in-the-open" (the monthly link
   round-ups of 2021 to 2026, most of them long lists of links): 160;
3. which are German by a count of function words in the Markdown body
   after the front matter (lower-cased runs of letters): more than twice
   as many of "der die das und ist nicht mit ein eine wir auf für den dem
   sich auch" as of "the and of is are this that with which": 152;
4. whose Markdown file (front matter included) is 4,000 to 8,000 bytes
   long: 46.
Taken: in file-name order, the first candidate and every second after it
(indexes 0, 2, ..., 44): 23 posts. The bounds and the step were chosen
from counts only, for 20 to 30 posts of 100 to 200 KB: 4,000 to 10,000
bytes would have left 54 candidates (every second: 27 posts), 5,000 to
10,000 bytes 39. The script asserts every count. The rule was not changed
after the texts were read.

Date = the front matter's date (its first ten characters) when it has one,
else the date of the file name (Hugo shows the front matter's date).
Order: file name.

Rendering (Python 3, standard library only; mdtext.py, shared with
go-blog.py, rust-blog.py, go-release-notes.py and
nodejs-announcements.py, renders the Markdown), as a reader of the web
page sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading (ATX or
setext), block-quote paragraph; the front matter is not rendered (the
title is not repeated in the text). Before that, Hugo shortcodes are
resolved as the page shows them: {{< ref "X" >}} (a link target) becomes
X, {{< figure ... >}} (an image) is dropped, any other {{< ... >}} or
{{% ... %}} is dropped. Left out: fenced and indented code blocks; images;
HTML comments; <script>, <style>, <pre>, <noscript>, <svg> and <iframe>
elements with their content; link reference definitions; horizontal
rules; paragraphs without a letter. Inline: code spans are kept without
backticks; links give their text; HTML tags are dropped, their text kept;
emphasis markers are dropped; backslash escapes and entities are
resolved; white space runs become one space. Markdown tables: each body
row one paragraph, "Header: cell; Header: cell".

    scripts/qa-texts/codefor-blog.py /work/.mirror/okfde+codefor.de/repo \\
        retrieval/eval/testdata/qa/texts/cg44

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/cg44 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post, named
YYYY-MM-DD-<name>.de.txt (the date and the file name without the date and
.md, lower-cased), writes texts/cg44/COPYRIGHT, puts the cg44 entry into
collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are cg-YYYY-MM-DD, with -2
for a second post of the same day; title = the front-matter title;
published = the date. Running it twice gives the same files byte for
byte."""
import functools, json, os, re, sys

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "b2f605e1f310e31f1d9b957674e44a8148b50fce"
FOLDER = "content/blog/"
MIN_BYTES, MAX_BYTES, STEP = 4000, 8000, 2
mirror, out = arguments("cg44")

DESCRIPTION = ("Forty-fourth set: %d German posts of the blog of Code for Germany (codefor.de/blog: the network of Open "
    "Knowledge Labs of the Open Knowledge Foundation Deutschland; labs, hackathons, Open Data Day, summits, civic tech "
    "and open government), dated %s to %s, from the source repository of codefor.de, okfde/codefor.de (commit %s of "
    "2026-01-12; content under CC BY 4.0, attribution in texts/cg44/COPYRIGHT), one source per post, chosen by a fixed "
    "rule that reads only the file list, the sizes, the front matter and counts of function words: the posts "
    "content/blog/YYYY-MM-DD-NAME.md (%d) not marked English or draft, not a monthly 'Out in the Open' round-up, German "
    "by their function words (%d), whose Markdown file is %d to %d bytes long (%d), and of these the first and every "
    "second after it (%d).")
TEXT = ("Built by scripts/qa-texts/codefor-blog.py from the posts' Markdown (git show of the mirror), posts by the fixed "
    "rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a blank line "
    "between: a paragraph per Markdown paragraph, list item, heading and block-quote paragraph; no front matter (the "
    "title is not in the text); Hugo shortcodes: ref as its target, figure and others dropped; left out: fenced and "
    "indented code blocks, images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link "
    "reference definitions, horizontal rules, paragraphs without a letter; inline code kept without backticks, links as "
    "their text, HTML tags dropped (their text kept), emphasis markers dropped, entities resolved, white space runs made "
    "one space; Markdown table body rows as one paragraph each, 'Header: cell; Header: cell'. Title = the front-matter "
    "title; published = the front matter's date, else the file name's date.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")



@functools.lru_cache(maxsize=None)
def source(path):
    src = git("show", "%s:%s" % (COMMIT, path)).replace("\r\n", "\n")
    return mdtext.front_matter(src, mdtext.yaml_scalar)


def render(body):
    body = body.replace("\t", "    ")
    body = re.sub(r"\{\{<\s*ref\s+\"([^\"]*)\"\s*>\}\}", r"\1", body)
    body = re.sub(r"\{\{<.*?>\}\}|\{\{%.*?%\}\}", "", body, flags=re.S)
    return mdtext.paragraphs(mdtext.drop_elements(body))



# Candidates, from the file list, the sizes, the front matter and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(r"\d{4}-\d\d-\d\d-[^ /]+\.md", f[0]),
    lambda f: not (source(f[1])[0].get("lang") == "en" or source(f[1])[0].get("draft") == "true"),
    lambda f: "out-in-the-open" not in f[0],
    lambda f: mdtext.german(source(f[1])[1]),
    lambda f: MIN_BYTES <= f[2] <= MAX_BYTES,
])
assert counts == [225, 218, 160, 152, 46], counts
posts = [(name, path, source(path)[0]) for name, path, _ in cands[::STEP]]
assert len(posts) == 23, len(posts)

sources, items = [], []
source_id, total = qaentry.day_ids("cg"), 0
for name, path, front in posts:
    _, body = source(path)
    paras = render(body)
    text = "\n\n".join(paras) + "\n"
    assert "<!--" not in text and "{{" not in text, path
    date = qaentry.published(name, front.get("date"))
    sid = source_id(date)
    slug = name[11:-3]
    fname = "%s-%s.de.txt" % (date, slug.lower())
    with open(os.path.join(out, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    total += len(text.encode("utf-8"))
    title = front["title"]
    sources.append({"id": sid, "title": title, "language": "de", "published": date, "file": "cg44/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; source: %s%s;\n"
                 "  changed: rendered to plain text, markup and images left out\n"
                 % (fname, date, title, front.get("author") or "Code for Germany", FOLDER, name))
assert len(set(s["file"] for s in sources)) == len(sources)

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[3], MIN_BYTES,
                                       MAX_BYTES, counts[4], len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Code for Germany, Blog (https://codefor.de/blog/), %d German posts of %s to %s

Work: blog posts of the web site of Code for Germany, a programme of the
Open Knowledge Foundation Deutschland e.V., from its source repository
okfde/codefor.de (https://github.com/okfde/codefor.de; the copy used is a
bare mirror at commit %s of 2026-01-12),
Markdown files %sYYYY-MM-DD-NAME.md.

Copyright: the authors named with each post below (the front matter's
author) and the Open Knowledge Foundation Deutschland e.V.

Licence: the repository's README.md says:

  ## Lizenz

  Code: [MIT](./LICENSE). Inhalt: [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/deed.de).

The texts (Inhalt) are used under the Creative Commons Attribution 4.0
International licence (CC BY 4.0),
https://creativecommons.org/licenses/by/4.0/ . Attribution: "Code for
Germany Blog, codefor.de, Open Knowledge Foundation Deutschland e.V. and
the authors named below, CC BY 4.0". The repository's code (not used here)
is under the MIT License ("Copyright (c) Open Knowledge Foundation
Deutschland e.V."). No endorsement by the Open Knowledge Foundation
Deutschland or the authors is implied. Names of organisations and products
in the posts are trademarks of their owners. Photos and other images of
the posts are not included.

Changes (the texts are an adaptation): a selection of %d posts (by a fixed
rule, see scripts/qa-texts/codefor-blog.py); each rendered from Markdown
to plain text, one paragraph per line with a blank line between (headings
and list items as paragraphs of their own); the front matter (title, date,
author), images, Hugo shortcodes, HTML comments, link targets and markup
left out. No wording was changed; typos of the originals are kept.

Files (name, date = the front matter's date or else the file name's date,
title, author, source file in the repository):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("cg44", entry, out, COPYRIGHT + "".join(items), len(sources), total)
