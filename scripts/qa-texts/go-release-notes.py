#!/usr/bin/env python3
"""Builds the forty-first QA set's collection (gr41): release notes of Go
(https://go.dev/doc/go1.N), from the source repository of the go.dev web
site, golang/website (the stored snapshot is the local bare mirror of that
repository, commit b02076ae6df08ee9d495fe4b283f88ac18e51012 of 2026-08-21,
the same commit as gb37's). Release notes are Markdown files
_content/doc/go1.N.md with a YAML front matter (--- ... ---: title
"Go 1.N Release Notes", optionally template: false/true) that has no date.
The site's _content/copyright.md says: "Except as noted, the contents of
this site are licensed under the Creative Commons Attribution 4.0 License,
and code is licensed under a BSD license."; the texts are used under CC BY
4.0 (https://creativecommons.org/licenses/by/4.0/), attribution in
texts/gr41/COPYRIGHT.

Which release notes, by a fixed rule written down before any note's text
was read (only the file list of _content/doc/, the front matter's title
and the release history's dates were looked at): candidates are the files
_content/doc/go1.N.md with N >= 1 (go1.md, the notes of Go 1 itself, has
no ".N") whose version has a release Go 1.N.0 in the site's release
history (internal/history/release.go, entries "Date: Date{Y, M, D},
Version: Version{1, N, 0}"; only those entries are read, by a regular
expression): 27 candidates, Go 1.1 to 1.27 (go1.28.md, a 397-byte
placeholder of the release in development, has no release and is not a
candidate). In version order, taken: the newest and every second one
before it: 1.27, 1.25, ..., 1.3, 1.1 (14), released 2013-05-13 to
2026-08-19 (every release of August, and from 2013 to 2015 of other
months, as the releases alternate February and August from 1.6 on).

The date of each source is the release date of Go 1.N.0 from the release
history: the files have no date (their first paragraph gives a month at
most, "arrives in August 2026"), and the dates of the commits that added
them are not release dates (the notes up to 1.21 were added as Markdown on
2023-11-13, converted from HTML files added on 2021-02-16).

Rendering (Python 3, standard library only; mdtext.py, shared with
go-blog.py and rust-blog.py, renders the Markdown), as a reader of the web
page sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item (its text up to
the next item; a later paragraph of the same item is a paragraph of its
own), heading (ATX or setext, without a {#id} attribute), block-quote
paragraph; the front matter is not rendered. Left out: fenced and indented
code blocks; images; HTML comments (the notes' "<!-- CL 12345 -->"
markers and editors' notes); <script>, <style>, <pre>, <noscript>, <svg>
and <iframe> elements with their content; link reference definitions;
horizontal rules; paragraphs without a letter. Inline: code spans are kept
without backticks (their content verbatim); links give their text; HTML
tags are dropped, their text kept (so <dl>/<dt>/<dd> package sections give
their words, and anchors <a id=...></a> give nothing); emphasis markers
are dropped; backslash escapes and entities are resolved; white space runs
become one space. Markdown tables: each body row one paragraph, "Header:
cell; Header: cell". The rendered texts contain no template action ("{{"
only occurs in go1.11.md's indented code block, which is left out; this is
asserted).

    scripts/qa-texts/go-release-notes.py /work/.mirror/golang+website/repo \\
        retrieval/eval/testdata/qa/texts/gr41

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/gr41 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per release,
named YYYY-MM-DD-go1.N.en.txt (the release date and the file name without
.md), writes texts/gr41/COPYRIGHT, and puts the gr41 entry into
collections.json (at the end, or in place where it is already there; the
file is written as json.dumps(..., ensure_ascii=False, indent=2) plus a
newline, which is checked to reproduce it first; only when writing the
default folder), and prints the entry. Source ids are gr-go1.N; title =
the front-matter title ("Go 1.N Release Notes"); published = the release
date. Running it twice gives the same files byte for byte."""
import json, os, re, sys

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "b02076ae6df08ee9d495fe4b283f88ac18e51012"
STEP = 2
mirror, out = arguments("gr41")

NOTES = re.compile(r"_content/doc/go1\.(\d+)\.md")
RELEASE = re.compile(r"Date: Date\{(\d{4}), (\d+), (\d+)\}, Version: Version\{1, (\d+), 0\}")

DESCRIPTION = ("Forty-first set: %d English release notes of Go (go.dev/doc/go1.N), Go %s to %s, released %s to %s, from the "
    "source repository of go.dev, golang/website (commit %s of 2026-08-21; the site's texts are licensed CC BY 4.0, "
    "attribution in texts/gr41/COPYRIGHT), one source per release, chosen by a fixed rule that reads only the file list "
    "and the release history, never the text: the files _content/doc/go1.N.md (N >= 1) of the released versions "
    "(a release Go 1.N.0 in the site's release history; %d candidates, Go 1.1 to 1.%d; the placeholder of the "
    "unreleased next version is not one), the newest and every second before it (%s). 'published' is the release "
    "date of Go 1.N.0 in the release history (internal/history/release.go): the files carry no date, and the commits "
    "that added them are not release dates.")
TEXT = ("Built by scripts/qa-texts/go-release-notes.py from the notes' Markdown (git show of the mirror), releases by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading and block-quote paragraph; no front "
    "matter; left out: fenced and indented code blocks, images, HTML comments (the notes' CL markers), "
    "<script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, heading anchors {#id}, link reference definitions, "
    "horizontal rules, paragraphs without a letter; inline code kept without backticks, links as their text, HTML "
    "tags dropped (their text kept), emphasis markers dropped, entities resolved, white space runs made one space; "
    "Markdown table body rows as one paragraph each, 'Header: cell; Header: cell'. Title = the front-matter title; "
    "published = the release date of Go 1.N.0.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


def render(src):
    front, body = mdtext.front_matter(src)
    body = body.replace("\r\n", "\n").replace("\t", "    ")
    return front, mdtext.paragraphs(mdtext.drop_elements(body))


# Candidates, from the file list and the release history only.
released = {}
for y, mo, d, n in RELEASE.findall(git("show", "%s:internal/history/release.go" % COMMIT)):
    released[int(n)] = "%s-%02d-%02d" % (y, int(mo), int(d))
files = {}
for line in git("ls-tree", "--name-only", COMMIT, "_content/doc/").splitlines():
    m = NOTES.fullmatch(line)
    if m and int(m.group(1)) >= 1:
        files[int(m.group(1))] = line
assert sorted(files) == list(range(1, 29)), sorted(files)
cands = sorted(n for n in files if n in released)
assert cands == list(range(1, 28)), cands
taken = mdtext.newest_and_every(cands, STEP)
assert taken == list(range(1, 28, 2)), taken

sources, notes = [], []
total = 0
for n in taken:
    path = files[n]
    front, paras = render(git("show", "%s:%s" % (COMMIT, path)))
    title = front["title"]
    assert title == "Go 1.%d Release Notes" % n, title
    text = "\n\n".join(paras) + "\n"
    assert "{{" not in text and "<!--" not in text, path
    date = released[n]
    name = "%s-go1.%d.en.txt" % (date, n)
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    total += len(text.encode("utf-8"))
    sources.append({"id": "gr-go1.%d" % n, "title": title, "language": "en", "published": date, "file": "gr41/" + name})
    notes.append((name, date, title, n, path))
sources.sort(key=lambda s: s["published"])
notes.sort(key=lambda x: x[1])

entry = {"description": DESCRIPTION % (len(sources), "1.%d" % taken[0], "1.%d" % taken[-1], sources[0]["published"],
                                       sources[-1]["published"], COMMIT, len(cands), cands[-1],
                                       ", ".join("1.%d" % n for n in reversed(taken))),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Go release notes (https://go.dev/doc/devel/release), %d releases of 2013-2026

Work: release notes of Go, from the source repository of the go.dev web
site, golang/website (the copy used is a bare mirror at commit
%s of 2026-08-21),
Markdown files _content/doc/go1.N.md; each release's notes are at
https://go.dev/doc/go1.N.

Copyright: The Go Authors (the repository's LICENSE: "Copyright 2009 The Go
Authors."); the notes name no individual authors.

Licence, as the site's _content/copyright.md states it:

  Except as noted, the contents of this site are licensed under the Creative
  Commons Attribution 4.0 License, and code is licensed under a BSD license.

The texts here are used under the Creative Commons Attribution 4.0
International License (CC BY 4.0): https://creativecommons.org/licenses/by/4.0/
(legal code: https://creativecommons.org/licenses/by/4.0/legalcode). No
paragraph of the %d release notes is marked as being under another licence
(grep of their Markdown for "licen", "creative", "cc-by", "copyright" and
"\u00a9": no hit). The code of the notes (under the BSD license) is not
included. There is no warranty; see the licence for the disclaimer. "Go" is
a trademark of Google LLC; no endorsement by Google or the Go Authors is
implied.

Changes (the texts are an adaptation): a selection of %d release notes (by
a fixed rule, see scripts/qa-texts/go-release-notes.py); each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings and list items as paragraphs of their own); the front matter,
code blocks, images, HTML comments, style elements, heading anchors, link
targets and markup left out. No wording was changed; typos of the
originals are kept.

Files (name, date = the release date of Go 1.N.0 in the site's release
history, title, web address, source file in the repository):

""" % (len(sources), COMMIT, len(sources), len(sources))
items = []
for name, date, title, n, path in notes:
    items.append("- %s (%s): \"%s\"; URL: https://go.dev/doc/go1.%d; source: %s;\n"
                 "  Copyright The Go Authors; licensed under CC BY 4.0\n"
                 "  (https://creativecommons.org/licenses/by/4.0/); changed: rendered to plain\n"
                 "  text, code left out\n" % (name, date, title, n, path))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("gr41", entry, out, COPYRIGHT + "".join(items), len(sources), total)
