#!/usr/bin/env python3
"""Builds the forty-fifth QA set's collection (ok45): German posts of the
blog of the Open Knowledge Foundation Deutschland e.V. on its old web
site okfn.de, from the site's source repository, okfde/old.okfn.de (the
stored snapshot is the local bare mirror of that repository, commit
b87d836d00efc61fade41623494e6ff84b6ed441 of 2019-03-28). Posts are Jekyll
files blog/_posts/YYYY/YYYY-MM-DD-NAME.markdown or .md with a YAML front
matter (--- ... ---: title, date, author or authors, tags, image, type,
layout, sometimes published, status, card, jobs). The site's footer
(_i18n/de.yml, footer.license) says: "Die Inhalte dieser Webseite sind,
sofern nicht anders angegeben, nach Creative Commons 3.0 Attribution
lizensiert" (linking https://creativecommons.org/licenses/by/3.0/de/);
the texts are used under CC BY 3.0 DE, attributed in texts/ok45/COPYRIGHT.
The repository's LICENSE (MIT) covers its code, which is not used.

Which posts, by a fixed rule written down before any post's text was read
(only the file list of blog/_posts/, the blob sizes, the front matter and,
by script, the counts of the function words below and the rendered size
of whole candidate selections were looked at): candidates are the files
of blog/_posts/ whose name is YYYY-MM-DD-NAME.markdown or
YYYY-MM-DD-NAME.md without a space (500 of 504; this leaves out a
.Rhistory file, a PDF and two names with a space)
1. whose front matter does not say "published: false" (Jekyll does not
   publish those): 493;
2. which are not job offers or marked English: no tag "Jobs",
   "Ausschreibung" or "English" (case-insensitive), no "jobs" key in the
   front matter, and no "stellenaus" (case-insensitive) in the name
   (two untagged job offers of 2015): 454;
3. which are German by a count of function words in the body after the
   front matter (lower-cased runs of letters): more than twice as many
   of "der die das und ist nicht mit ein eine wir auf für den dem sich
   auch" as of "the and of is are this that with which": 411;
4. whose file (front matter included) is 5,000 to 10,000 bytes long: 93.
Taken: in file-name order (the name without the year folder), the first
candidate and every fourth after it (indexes 0, 4, ..., 92): 24 posts.
The bounds and the step were chosen from counts only, for 20 to 30 posts
of 100 to 200 KB of text: 4,000 to 8,000 bytes would have left 134
candidates (every fifth: 27 posts, about 116 KB rendered), 6,000 to
12,000 bytes 49 (every second: 25 posts, about 148 KB). The script
asserts every count. The rule was not changed after the texts were read.

Date = the front matter's date (its first ten characters) when it has
one, else the date of the file name (Jekyll shows the front matter's
date). Order: file name.

Rendering (Python 3, standard library only; mdtext.py, shared with
go-blog.py, rust-blog.py, go-release-notes.py, nodejs-announcements.py
and codefor-blog.py, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading (ATX or
setext), block-quote paragraph; the front matter is not rendered (the
title is not repeated in the text). Before that, Liquid tags ({% ... %})
and outputs ({{ ... }}) are dropped. Left out: fenced and indented code
blocks; images; HTML comments; <script>, <style>, <pre>, <noscript>,
<svg> and <iframe> elements with their content; link reference
definitions; horizontal rules; paragraphs without a letter. Inline: code
spans are kept without backticks; links give their text; HTML tags are
dropped, their text kept (a post written in HTML, as some converted from
WordPress are, is split into paragraphs only at its blank lines);
emphasis markers are dropped; backslash escapes and entities are
resolved; white space runs become one space. Markdown tables: each body
row one paragraph, "Header: cell; Header: cell".

    scripts/qa-texts/okfn-blog.py /work/.mirror/okfde+old.okfn.de/repo \\
        retrieval/eval/testdata/qa/texts/ok45

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/ok45 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post, named
YYYY-MM-DD-<name>.de.txt (the date and the file name without the date and
.markdown or .md, lower-cased), writes texts/ok45/COPYRIGHT, puts the ok45
entry into collections.json (only when writing the default folder,
through qaentry.finish) and prints it. Source ids are ok-YYYY-MM-DD,
with -2 for a second post of the same day; title = the front-matter title
(entities resolved); published = the date. Running it twice gives the
same files byte for byte."""
import functools, html, json, os, re, sys

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "b87d836d00efc61fade41623494e6ff84b6ed441"  # 2019-03-28
FOLDER = "blog/_posts/"
MIN_BYTES, MAX_BYTES, STEP = 5000, 10000, 4
NOT_TAGS = {"jobs", "ausschreibung", "english"}
mirror, out = arguments("ok45")

DESCRIPTION = ("Forty-fifth set: %d German posts of the blog of the Open Knowledge Foundation Deutschland (old web site "
    "okfn.de: open data, open government, transparency, freedom of information, open science, open culture, events, "
    "hackdays and projects), dated %s to %s, from the site's source repository, okfde/old.okfn.de (commit %s of "
    "2019-03-28; content under CC BY 3.0 DE, attribution in texts/ok45/COPYRIGHT), one source per post, chosen by a "
    "fixed rule that reads only the file list, the sizes, the front matter and counts of function words: the posts "
    "blog/_posts/YYYY/YYYY-MM-DD-NAME.markdown or .md (%d) not unpublished, not a job offer or marked English, German by "
    "their function words (%d), whose file is %d to %d bytes long (%d), and of these the first and every fourth after "
    "it (%d).")
TEXT = ("Built by scripts/qa-texts/okfn-blog.py from the posts' Markdown (git show of the mirror), posts by the fixed "
    "rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a blank line "
    "between: a paragraph per Markdown paragraph, list item, heading and block-quote paragraph; no front matter (the "
    "title is not in the text); Liquid tags and outputs dropped; left out: fenced and indented code blocks, images, HTML "
    "comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, horizontal rules, "
    "paragraphs without a letter; inline code kept without backticks, links as their text, HTML tags dropped (their "
    "text kept; HTML split into paragraphs at blank lines only), emphasis markers dropped, entities resolved, white "
    "space runs made one space; Markdown table body rows as one paragraph each, 'Header: cell; Header: cell'. Title = "
    "the front-matter title; published = the front matter's date, else the file name's date.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")



def listed(src, key):
    """The values of a front-matter key written as a YAML list: block items
    ("- a" lines after "key:") or a flow list ("key: [a, b]"); a plain
    value gives a list of one."""
    return mdtext.yaml_list(re.match(r"---\n(.*?)\n---\n", src, re.S).group(1).split("\n"), key)


@functools.lru_cache(maxsize=None)
def source(path):
    src = git("show", "%s:%s" % (COMMIT, path)).replace("\r\n", "\n")
    front, body = mdtext.front_matter(src, mdtext.yaml_scalar)
    return src, front, body


def render(body):
    body = body.replace("\t", "    ")
    body = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "", body, flags=re.S)
    return mdtext.paragraphs(mdtext.drop_elements(body))



# Candidates, from the file list, the sizes, the front matter and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
assert len(files) == 504, len(files)


def offered(f):
    """Rule step 2: no job offer, nothing marked English."""
    src, front, _ = source(f[1])
    tags = {t.lower() for t in listed(src, "tags")}
    return not (tags & NOT_TAGS or "jobs" in front or "stellenaus" in f[0].lower())


cands, counts = qaentry.sieve(sorted(files), [
    lambda f: re.fullmatch(r"\d{4}-\d\d-\d\d-[^ /]+\.(?:markdown|md)", f[0]),
    lambda f: source(f[1])[1].get("published") != "false",
    offered,
    lambda f: mdtext.german(source(f[1])[2]),
    lambda f: MIN_BYTES <= f[2] <= MAX_BYTES,
])
assert counts == [500, 493, 454, 411, 93], counts
posts = [(name, path) + source(path)[:2] for name, path, _ in cands[::STEP]]
assert len(posts) == 24, len(posts)

sources, items = [], []
source_id, total = qaentry.day_ids("ok"), 0
for name, path, src, front in posts:
    _, _, body = source(path)
    paras = render(body)
    text = "\n\n".join(paras) + "\n"
    assert "<!--" not in text and "{%" not in text and "{{" not in text, path
    date = qaentry.published(name, front.get("date"))
    sid = source_id(date)
    slug = re.sub(r"\.(?:markdown|md)$", "", name[11:])
    fname = "%s-%s.de.txt" % (date, slug.lower())
    with open(os.path.join(out, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    total += len(text.encode("utf-8"))
    title = html.unescape(front["title"])
    author = html.unescape(", ".join(listed(src, "author") or listed(src, "authors"))) or "Open Knowledge Foundation Deutschland"
    sources.append({"id": sid, "title": title, "language": "de", "published": date, "file": "ok45/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; source: %s;\n"
                 "  changed: rendered to plain text, markup and images left out\n"
                 % (fname, date, title, author, path))
assert len(set(s["file"] for s in sources)) == len(sources)

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[3], MIN_BYTES,
                                       MAX_BYTES, counts[4], len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Open Knowledge Foundation Deutschland, Blog (old web site okfn.de), %d German posts of %s to %s

Work: blog posts of the former web site of the Open Knowledge Foundation
Deutschland e.V. (okfn.de), from its source repository okfde/old.okfn.de
(https://github.com/okfde/old.okfn.de; the copy used is a bare mirror at
commit %s of 2019-03-28),
Jekyll files %sYYYY/YYYY-MM-DD-NAME.markdown or .md.

Copyright: the authors named with each post below (the front matter's
author or authors) and the Open Knowledge Foundation Deutschland e.V.

Licence: the site's footer (_i18n/de.yml, footer.license) says:

  Open Knowledge Foundation Deutschland e.V. ist ein gemeinnütziger Verein,
  Vereinsregister-Nr. VR 30468 B. Die Inhalte dieser Webseite sind, sofern
  nicht anders angegeben, nach <a href="https://creativecommons.org/licenses/by/3.0/de/">Creative
  Commons 3.0 Attribution</a> lizensiert.

The texts (Inhalte) are used under the Creative Commons Attribution 3.0
Germany licence (CC BY 3.0 DE),
https://creativecommons.org/licenses/by/3.0/de/ . Attribution: "Open
Knowledge Foundation Deutschland e.V. and the authors named below, Blog of
okfn.de, CC BY 3.0 DE". The repository's code (not used here) is under the
MIT License (its LICENSE file). No endorsement by the Open Knowledge
Foundation Deutschland or the authors is implied. Names of organisations
and products in the posts are trademarks of their owners. Photos and other
images of the posts are not included; where a post quotes a text of
others, that text stays theirs.

Changes (the texts are an adaptation): a selection of %d posts (by a fixed
rule, see scripts/qa-texts/okfn-blog.py); each rendered from Markdown or
HTML to plain text, one paragraph per line with a blank line between
(headings and list items as paragraphs of their own); the front matter
(title, date, author, tags), images, Liquid tags, HTML comments, link
targets and markup left out. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's date or else the file name's date,
title, author, source file in the repository):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("ok45", entry, out, COPYRIGHT + "".join(items), len(sources), total)
