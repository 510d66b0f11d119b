#!/usr/bin/env python3
"""Builds the forty-eighth QA set's collection (fb48): German posts of the
blog of Freifunk Bremen, the community wireless network of Bremen, from the
source repository of its web site bremen.freifunk.net,
FreifunkBremen/bremen.freifunk.net (the stored snapshot is the local bare
mirror of that repository, commit 2af61d2948664eae4930809db718a9d7774af83f
of 2026-05-07). It is a Jekyll site: posts are Markdown files
_posts/YYYY-MM-DD-NAME.md (126) with a YAML front matter (--- ... ---:
title and author in all, layout in 125 (the site's defaults give every
post the layout post), date in 124; no tags or categories). The
site's permalink (_config.yml) is /blog/:year/:month/:day/:slug.html. Every
post is shown in the layout _layouts/post.html, which uses
_layouts/nosection.html, whose footer says: "Alle Texte sind lizensiert
unter CC-BY-SA 4.0." (linking
https://creativecommons.org/licenses/by-sa/4.0/deed.de); that line (first
as a licence badge) replaced "© Freifunk Bremen 2013–2014" on 2014-05-16
(commit 309c845, "Add CC BY-SA to footer", after the community meeting of
that day). The repository has no LICENSE file; its README and Impressum
(Förderverein Freifunk Bremen e.V.) state no licence; firmware.html puts
the router images of Daniel Krah (not used) under CC-BY-NC-SA 4.0; the
code of a few layout and plugin files is under MIT or BSD (not used). The
texts are used, and the adapted texts are shared, under CC BY-SA 4.0,
attributed in texts/fb48/COPYRIGHT.

Which posts, by a fixed rule written down before any post's text was read
(only the file list of _posts/, the blob sizes, the front matter and, by
script, the counts of the function words below, the rendered size of
whole candidate selections and counts of HTML tags, Liquid tags, table
rows and attribute braces in the chosen posts were looked at): candidates
are the files of _posts/
1. whose name is YYYY-MM-DD-NAME.md without a space: 126 (all);
2. which are German by a count of function words in the body after the
   front matter (mdtext.german: lower-cased runs of letters, more than
   twice as many of "der die das und ist nicht mit ein eine wir auf für
   den dem sich auch" as of "the and of is are this that with which"):
   126 (all);
3. whose file (front matter included) is 1,800 to 20,000 bytes long: 57
   (no post is longer than 17,000 bytes; 69 are shorter than 1,800).
Taken: in file-name order, the first candidate and every second after it
(indexes 0, 2, ..., 56): 29 posts. The bounds and the step were chosen
from counts only, for 20 to 30 posts of about 60 to 150 KB of text (the
blog's posts are short: 290 KB in all): 1,500 bytes and more would have
left 74 candidates (every third: 25 posts, about 65 KB rendered), 2,000
bytes and more 45 (every second: 23 posts, about 81 KB), 1,900 bytes and
more 50 (every second: 25 posts, about 92 KB), 1,700 bytes and more 64
(every second: 32 posts, too many); 1,800 bytes and more, every second,
gives 29 posts of about 99 KB. The script asserts every count. The rule
was not changed after the texts were read.

Date = the front matter's date (its first ten characters, as written)
when it has one, else the date of the file name (Jekyll takes the front
matter's date). The selection is made in file-name order; the chosen posts
are then listed and numbered in date order (date, then file name).
Author = the front matter's author, as written (the page shows it so),
else "Freifunk Bremen".

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading (ATX
or setext), block-quote paragraph; the front matter is not rendered (the
title is not repeated in the text). Before that, Liquid tags ({% ... %},
here the image tags) and outputs ({{ ... }}) are dropped, and so are
kramdown attribute lists ("{.class}", "{#id}", "{: ...}", not shown on
the page), and lines of HTML (beginning with a tag) lose their indent,
so that an indented HTML caption is not read as a code block. Left out:
fenced and indented code blocks; images; HTML
comments; <script>, <style>, <pre>, <noscript>, <svg> and <iframe>
elements with their content; link reference definitions; horizontal
rules; paragraphs without a letter. Inline: code spans are kept without
backticks; links give their text; HTML tags are dropped, their text kept
(HTML is split into paragraphs only at blank lines); emphasis markers are
dropped; backslash escapes and entities are resolved; white space runs
become one space. Markdown tables: each body row one paragraph, "Header:
cell; Header: cell".

    scripts/qa-texts/freifunk-bremen-blog.py \\
        /work/.mirror/FreifunkBremen+bremen.freifunk.net/repo \\
        retrieval/eval/testdata/qa/texts/fb48

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/fb48 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post, named
YYYY-MM-DD-<slug>.de.txt (the date and the post's slug, the file name
without the date and .md as Jekyll makes it part of the address: every
run of characters other than letters, marks and digits one hyphen,
lower-cased; and, unlike the address, ä ö ü ß written ae oe ue ss so that
file names are ASCII), writes texts/fb48/COPYRIGHT, puts the fb48 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are fb-YYYY-MM-DD, with -2 for
a second post of the same day; title = the front-matter title (entities
resolved, soft hyphens dropped); published = the date. Running it twice
gives the same files byte for byte."""
import functools, html, os, re, unicodedata

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "2af61d2948664eae4930809db718a9d7774af83f"  # 2026-05-07
FOLDER = "_posts/"
MIN_BYTES, MAX_BYTES, STEP = 1800, 20000, 2
DEFAULT_AUTHOR = "Freifunk Bremen"
SITE = "https://bremen.freifunk.net/blog/"
ASCII = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
mirror, out = arguments("fb48")

DESCRIPTION = ("Forty-eighth set: %d German posts of the blog of Freifunk Bremen (the community wireless network of "
    "Bremen: firmware releases and their testing and stable versions, mesh and monitoring techniques, the network at the "
    "Breminale and other festivals and neighbourhood sites, the Störerhaftung, the association Förderverein Freifunk "
    "Bremen e.V. and its non-profit status), dated %s to %s, from the source repository of bremen.freifunk.net, "
    "FreifunkBremen/bremen.freifunk.net (commit %s of 2026-05-07; texts under CC BY-SA 4.0, attribution in "
    "texts/fb48/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, the sizes, the "
    "front matter and counts of function words: the posts _posts/YYYY-MM-DD-NAME.md (%d), German by their function "
    "words (%d), whose file is %d to %d bytes long (%d), and of these the first and every second after it (%d).")
TEXT = ("Built by scripts/qa-texts/freifunk-bremen-blog.py from the posts' Markdown (git show of the mirror), posts by "
    "the fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading and block-quote paragraph; no front "
    "matter (the title is not in the text); Liquid tags and outputs (the image tags) and kramdown attribute lists "
    "dropped; lines of HTML unindented; left out: fenced and indented code blocks, images, HTML comments, "
    "<script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, horizontal rules, "
    "paragraphs without a letter; inline code kept without backticks, links as their text, HTML tags dropped (their "
    "text kept; HTML split into paragraphs at blank lines only), emphasis markers dropped, entities resolved, white "
    "space runs made one space; Markdown table body rows as one paragraph each, 'Header: cell; Header: cell'. Title = "
    "the front-matter title; published = the front matter's date, else the file name's date.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


@functools.lru_cache(maxsize=None)
def source(path):
    """The front matter (key: value, read by mdtext.yaml_scalar) and the
    body after it."""
    src = git("show", "%s:%s" % (COMMIT, path)).replace("\r\n", "\n")
    return mdtext.front_matter(src, mdtext.yaml_scalar)


def render(body):
    body = body.replace("\t", "    ")
    body = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "", body, flags=re.S)
    body = re.sub(r"[ \t]*\{:?[ \t]*[#.][^{}\n]*\}", "", body)
    body = re.sub(r"^[ \t]+(?=</?[A-Za-z])", "", body, flags=re.M)
    return mdtext.paragraphs(mdtext.drop_elements(body))


def slug(name):
    """Jekyll's :slug of a post (Utils.slugify, mode "default"): the file
    name without the date and .md, every run of characters other than
    letters, marks and digits one hyphen, no hyphen at either end,
    lower-cased."""
    keep = lambda c: c.isalpha() or unicodedata.category(c)[0] == "M" or unicodedata.category(c) == "Nd"
    s = "".join(c if keep(c) else " " for c in name[11:-len(".md")])
    return "-".join(s.split()).lower()


# Candidates, from the file list, the sizes, the front matter and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 126, len(files)
cands, counts = qaentry.sieve(sorted(files), [
    lambda f: re.fullmatch(r"\d{4}-\d\d-\d\d-[^ /]+\.md", f[0]),
    lambda f: mdtext.german(source(f[1])[1]),
    lambda f: MIN_BYTES <= f[2] <= MAX_BYTES,
])
assert counts == [126, 126, 57], counts
posts = [(name, path, source(path)[0]) for name, path, _ in cands[::STEP]]
assert len(posts) == 29, len(posts)


def post_date(name, front):
    return qaentry.published(name, front.get("date"))


posts.sort(key=lambda p: (post_date(p[0], p[2]), p[0]))

sources, items = [], []
source_id, total = qaentry.day_ids("fb"), 0
for name, path, front in posts:
    _, body = source(path)
    paras = render(body)
    text = "\n\n".join(paras) + "\n"
    assert "<!--" not in text and "{%" not in text and "{{" not in text, path
    date = post_date(name, front)
    sid = source_id(date)
    fname = "%s-%s.de.txt" % (date, "".join(ASCII.get(c, c) for c in slug(name)))
    assert re.fullmatch(r"[a-z0-9.-]+", fname), fname
    with open(os.path.join(out, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    total += len(text.encode("utf-8"))
    title = re.sub(r"\s+", " ", html.unescape(front["title"]).replace("\xad", "")).strip()
    assert title, path
    author = html.unescape(front.get("author", "")).strip() or DEFAULT_AUTHOR
    sources.append({"id": sid, "title": title, "language": "de", "published": date, "file": "fb48/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s%s/%s.html; source: %s;\n"
                 "  changed: rendered to plain text, markup and images left out\n"
                 % (fname, date, title, author, SITE, date.replace("-", "/"), slug(name), path))
assert len(set(s["file"] for s in sources)) == len(sources)

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[1],
                                       MIN_BYTES, MAX_BYTES, counts[2], len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Freifunk Bremen, blog (bremen.freifunk.net), %d German posts of %s to %s

Work: blog posts of Freifunk Bremen (https://bremen.freifunk.net/), the
community wireless network of Bremen, whose site is run by the
Förderverein Freifunk Bremen e.V. (Impressum), from the site's source
repository FreifunkBremen/bremen.freifunk.net
(https://github.com/FreifunkBremen/bremen.freifunk.net; the copy used is a
bare mirror at commit %s of 2026-05-07),
Jekyll Markdown files %sYYYY-MM-DD-NAME.md.

Copyright: the authors named with each post below (the front matter's
author, as the site shows it) and Freifunk Bremen.

Licence: the footer of the site's pages, blog posts included
(_layouts/nosection.html, the layout of _layouts/post.html), says:

  Alle Texte sind lizensiert unter
  <a href="https://creativecommons.org/licenses/by-sa/4.0/deed.de">CC-BY-SA 4.0</a>.

It has said so (first as a licence badge, "Dieses Werk ist lizenziert
unter einer Creative Commons Namensnennung - Weitergabe unter gleichen
Bedingungen 4.0 International Lizenz") since 2014-05-16 (commit 309c845,
"Add CC BY-SA to footer", after the community meeting of that day),
before the earliest of the posts below. The repository has no LICENSE
file; its README and the Impressum (impressum.html) state no licence;
firmware.html says that the router images of Daniel Krah are licensed
under CC-BY-NC-SA 4.0 (not used here); a few layout and plugin files are
code under the MIT or BSD licence (not used here).

The texts are used under the Creative Commons Attribution-ShareAlike 4.0
International licence (CC BY-SA 4.0),
https://creativecommons.org/licenses/by-sa/4.0/ , and the adapted texts in
this folder are shared under the same licence, CC BY-SA 4.0. Attribution:
"Freifunk Bremen and the authors named below, blog of
bremen.freifunk.net, CC BY-SA 4.0". No endorsement by Freifunk Bremen, the
Förderverein Freifunk Bremen e.V. or the authors is implied. Names of
organisations, events and products in the posts are their owners'.
Images of the posts are not included; where a post quotes a text of
others, that text stays theirs.

Changes (the texts are an adaptation): a selection of %d posts (by a fixed
rule, see scripts/qa-texts/freifunk-bremen-blog.py); each rendered from
Markdown or HTML to plain text, one paragraph per line with a blank line
between (headings and list items as paragraphs of their own); the front
matter (title, date, author), images, Liquid tags, HTML comments, link
targets and markup left out. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's date or else the file name's date,
title, author, address of the post on bremen.freifunk.net as the site's
permalink /blog/:year/:month/:day/:slug.html gives it, source file in the
repository):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("fb48", entry, out, COPYRIGHT + "".join(items), len(sources), total)
