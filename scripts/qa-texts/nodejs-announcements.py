#!/usr/bin/env python3
"""Builds the forty-third QA set's collection (nj43): announcements of the
Node.js blog (https://nodejs.org/en/blog/announcements), from the source
repository of nodejs.org, nodejs/nodejs.org (the stored snapshot is the
local bare mirror of that repository, commit
6f94c8a6ab643beeee7038eba3fb521207d4b345 of 2026-08-22). Blog posts are
Markdown files apps/site/pages/en/blog/CATEGORY/NAME.md with a YAML front
matter (--- ... ---: date, category, title, layout, author, sometimes
canonical); the blog is English only (no other locale has blog pages). The
repository's LICENSE is the MIT License ("Copyright Node.js Website WG
contributors"), and its CONTRIBUTING.md says: "By contributing to this
project, you agree that your contributions will be licensed under the
project's MIT License."; the texts are used under that licence, whose
notice texts/nj43/COPYRIGHT reproduces.

Which posts, by a fixed rule written down before any post's text was read
(only the file list of apps/site/pages/en/blog/, the blob sizes and the
front matter's date, title and author were looked at): candidates are the
files of the category folder announcements/ (40, the news of the project
and of the Node.js Foundation: new members, board elections, conferences,
major releases, end of life dates, incidents, 2015-09-04 to 2026-07-24)
whose Markdown file (front matter included) is 4,000 to 10,000 bytes
long: 23 posts, 2015-09-04 to 2026-03-10. The bounds were chosen from the
counts, titles and sizes only, for 20 to 25 posts (the 23 render to
128,086 bytes): the 12 posts under 4,000 bytes are left out, and the 5 over
10,000 bytes, by their titles the long release announcements of Node.js 18
and 20, the website redesign, the downloads and the incident post-mortem;
3,000 to 10,000 bytes would have given 26 posts; the Markdown of all 40 is
236,790 bytes. The rule was not changed after the texts were read.

Date = the front matter's date (its first ten characters, YYYY-MM-DD, as
written; the 23 are all given in UTC, "...Z"). Order: date, then file
name.

Rendering (Python 3, standard library only; mdtext.py, shared with
go-blog.py, rust-blog.py and go-release-notes.py, renders the Markdown),
as a reader of the web page sees the text, one paragraph per line with a
blank line between paragraphs: a paragraph per Markdown paragraph, list
item (its text up to the next item; a later paragraph of the same item is
a paragraph of its own), heading (ATX or setext), block-quote paragraph;
the front matter is not rendered (the title is not repeated in the text).
Left out: fenced and indented code blocks; images; HTML comments;
<script>, <style>, <pre>, <noscript>, <svg> and <iframe> elements with
their content; link reference definitions; horizontal rules; paragraphs
without a letter. Inline: code spans are kept without backticks; links
give their text; HTML tags are dropped, their text kept; emphasis markers
are dropped; backslash escapes and entities are resolved; white space runs
become one space. Markdown tables: each body row one paragraph, "Header:
cell; Header: cell".

    scripts/qa-texts/nodejs-announcements.py /work/.mirror/nodejs+nodejs.org/repo \\
        retrieval/eval/testdata/qa/texts/nj43

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/nj43 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post, named
YYYY-MM-DD-<name>.en.txt (the date and the file name without .md), writes
texts/nj43/COPYRIGHT, puts the nj43 entry into collections.json (only when
writing the default folder, through qaentry.finish) and prints it.
Source ids are nj-YYYY-MM-DD, with -2 for a second post of the same day;
title = the front-matter title; published = the date. Running it twice
gives the same files byte for byte."""
import json, os, re, sys

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "6f94c8a6ab643beeee7038eba3fb521207d4b345"
FOLDER = "apps/site/pages/en/blog/announcements/"
MIN_BYTES, MAX_BYTES = 4000, 10000
mirror, out = arguments("nj43")

DESCRIPTION = ("Forty-third set: %d English announcements of the Node.js blog (nodejs.org/en/blog/announcements: news of the "
    "Node.js project and the Node.js Foundation), dated %s to %s, from the source repository of nodejs.org, "
    "nodejs/nodejs.org (commit %s of 2026-08-22; MIT License, notice in texts/nj43/COPYRIGHT), one source per post, "
    "chosen by a fixed rule that reads only the file list, the sizes and the front matter, never the text: the posts of "
    "the category folder announcements/ (%d) whose Markdown file is %d to %d bytes long (%d).")
TEXT = ("Built by scripts/qa-texts/nodejs-announcements.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading and block-quote paragraph; no front "
    "matter (the title is not in the text); left out: fenced and indented code blocks, images, HTML comments, "
    "<script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, horizontal rules, "
    "paragraphs without a letter; inline code kept without backticks, links as their text, HTML tags dropped (their "
    "text kept), emphasis markers dropped, entities resolved, white space runs made one space; Markdown table body rows "
    "as one paragraph each, 'Header: cell; Header: cell'. Title = the front-matter title; published = the front "
    "matter's date.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


def scalar(v):
    """A YAML scalar as the front matter writes it: plain, 'single' (with ''
    for ') or "double" quoted."""
    if v.startswith("'") and v.endswith("'") and len(v) > 1:
        return v[1:-1].replace("''", "'")
    if v.startswith('"'):
        return json.loads(v)
    return v


def render(src):
    front, body = mdtext.front_matter(src, scalar)
    body = body.replace("\r\n", "\n").replace("\t", "    ")
    return front, mdtext.paragraphs(mdtext.drop_elements(body))


# Candidates, from the file list, the sizes and the front matter only.
posts, every = [], 0
for line in git("ls-tree", "-l", COMMIT, FOLDER).splitlines():
    meta, path = line.split("\t")
    size = int(meta.split()[3])
    if not path.endswith(".md"):
        continue
    every += 1
    if not MIN_BYTES <= size <= MAX_BYTES:
        continue
    front, _ = mdtext.front_matter(git("show", "%s:%s" % (COMMIT, path)), scalar)
    assert front["category"] == "announcements", path
    date = front["date"][:10]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", date) and front["date"].endswith("Z"), (path, front["date"])
    posts.append((date, path, front["title"], front["author"]))
posts.sort()
assert every == 40 and len(posts) == 23, (every, len(posts))
assert posts[0][0] == "2015-09-04" and posts[-1][0] == "2026-03-10", (posts[0], posts[-1])

sources, items = [], []
source_id, total = qaentry.day_ids("nj"), 0
for date, path, title, author in posts:
    front, paras = render(git("show", "%s:%s" % (COMMIT, path)))
    text = "\n\n".join(paras) + "\n"
    assert "<!--" not in text and "{{" not in text, path
    sid = source_id(date)
    slug = path.split("/")[-1][:-3]
    name = "%s-%s.en.txt" % (date, slug)
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    total += len(text.encode("utf-8"))
    sources.append({"id": sid, "title": title, "language": "en", "published": date, "file": "nj43/" + name})
    items.append("- %s (%s): \"%s\"; by %s; URL: https://nodejs.org/en/blog/announcements/%s;\n"
                 "  source: %s; changed: rendered to plain text, code and markup\n"
                 "  left out\n" % (name, date, title, author, slug, path))

entry = {"description": DESCRIPTION % (len(sources), sources[0]["published"], sources[-1]["published"], COMMIT, every,
                                       MIN_BYTES, MAX_BYTES, len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Node.js blog, announcements (https://nodejs.org/en/blog/announcements), %d posts of %s to %s

Work: blog posts of the category "announcements" of the Node.js web site,
from its source repository nodejs/nodejs.org
(https://github.com/nodejs/nodejs.org; the copy used is a bare mirror at
commit %s of 2026-08-22), Markdown files
%sNAME.md; each post is at
https://nodejs.org/en/blog/announcements/NAME.

Copyright: Node.js Website WG contributors (the repository's LICENSE); each
post names its author in its front matter ("The Node.js Project" for the
Node.js Foundation's news). The repository's CONTRIBUTING.md: "By
contributing to this project, you agree that your contributions will be
licensed under the project's MIT License."

Licence: the MIT License, as the repository's LICENSE states it:

  MIT License

  Copyright Node.js Website WG contributors. All rights reserved.

  Permission is hereby granted, free of charge, to any person obtaining a copy
  of this software and associated documentation files (the "Software"), to
  deal in the Software without restriction, including without limitation the
  rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
  sell copies of the Software, and to permit persons to whom the Software is
  furnished to do so, subject to the following conditions:

  The above copyright notice and this permission notice shall be included in
  all copies or substantial portions of the Software.

  THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
  IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
  FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
  AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
  LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
  FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
  IN THE SOFTWARE.

"Node.js" is a trademark of the OpenJS Foundation; no endorsement by the
OpenJS Foundation or the Node.js project is implied. Names of companies and
products in the posts are trademarks of their owners.

Changes (the texts are an adaptation): a selection of %d posts (by a fixed
rule, see scripts/qa-texts/nodejs-announcements.py); each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings and list items as paragraphs of their own); the front matter
(title, date, author), code blocks, images, HTML comments, link targets and
markup left out. No wording was changed; typos of the originals are kept.

Files (name, date = the front matter's date, title, author, web address,
source file in the repository):

""" % (len(sources), sources[0]["published"], sources[-1]["published"], COMMIT, FOLDER, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("nj43", entry, out, COPYRIGHT + "".join(items), len(sources), total)
