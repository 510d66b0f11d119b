#!/usr/bin/env python3
"""Builds the thirty-seventh QA set's collection (gb37): posts of the Go blog
(https://go.dev/blog/), the news blog of the Go project, from the source
repository of the go.dev web site, golang/website (the stored snapshot is the
local bare mirror of that repository, commit
b02076ae6df08ee9d495fe4b283f88ac18e51012 of 2026-08-21). Posts are Markdown
files _content/blog/NAME.md with YAML front matter (--- ... ---: title, date,
by, summary, optionally template: true, which makes the page a Go template
with actions such as {{image ...}}, {{code ...}}, {{play ...}}, {{raw ...}});
files whose front matter has a redirect and no title (60), README.md and the
index pages all.md and index.md (no date) are not posts. The site's
_content/copyright.md says: "Except as noted, the contents of this site are
licensed under the Creative Commons Attribution 4.0 License, and code is
licensed under a BSD license."; the texts are used under CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/), attribution in
texts/gb37/COPYRIGHT.

Which posts, by a fixed rule written down before any post's text was read
(only the file list, the front matter's title, date and by, and sizes were
looked at; the sizes of the candidates as rendered by a first draft of the
rendering below were measured, not read). The snapshot has 274 posts (files
_content/blog/*.md with a title and a date), 2010-03-18 to 2026-08-19, in
every year 2010-2026. Candidates are those posts in four recurring kinds:
1. release announcements: the title is "Go version 1 is released" or
   "Go 1.N is released", with or without a final "!" (betas, release
   candidates and "Go 1.18 Beta 1 is available ..." do not match): 28
   candidates (Go 1 and 1.1 to 1.27); in version order, taken: the newest
   and every second one before it: 1.27, 1.25, ..., 1.3, 1.1 (14);
2. the yearly anniversary posts, recognised by the file name Nyears.md
   (1year.md for the first: "Go: one year ago today" ... "Go Turns 10",
   "Go Turns 15", "Go’s Sweet 16"): 16 candidates (N = 1 to 16, 2010 to
   2025); in order of N, taken: the newest and every third one before it:
   N = 16, 13, 10, 7, 4, 1 (6);
3. results of the Go developer survey: "Go YYYY Survey Results", "Go
   Developer Survey YYYY Results", "Go Developer Survey YYYY Q1/Q2/H1/H2
   Results", "Results from the YYYY Go Developer Survey" (SURVEY below;
   not the announcements of a survey): 12 candidates (the results of 2016
   to 2025); in date order, taken: the newest and every fifth one before
   it: the results of 2025, of 2022 Q2 and of 2017 (3);
4. security: titles containing "secur" or "vuln" (any case; "Command PATH
   security in Go", "Vulnerability Management for Go", "Govulncheck v1.0.0
   is released!", "Secure Randomness in Go 1.22", "Go Cryptography Security
   Audit"): 5 candidates; in date order, taken: the newest and every second
   one before it (3).
Date order is the front matter's date (normalised to YYYY-MM-DD; one post
has "2024-4-09"), then the file name. The kinds do not overlap.
This gives 26 posts, 2010-11-10 to 2026-08-19, in 2010 and every year
2013-2026 (15 of the 17 years), 153,510 bytes rendered (the draft of the
rendering that measured the candidates gave the same sizes; the rendering
was not changed after the rule was fixed). The steps were chosen from
counts, dates and sizes only: every second anniversary post would have
given 28 posts and about 160 KB (and 2011 instead of 2010); every fourth
survey instead of every fifth about 168 KB; a fifth kind, the conference
reports (titles with GopherCon, GopherChina, Gopher Gala, GothamGo, Golang
UK, FOSDEM, OSCON or Summit, 11 candidates of 2014-2019) thinned to the
newest and every fifth, would have added about 26 KB and passed 160 KB;
every third release (which takes Go 1 of 2012) would have lost 2013, 2015,
2018, 2021 and 2024 of the releases.

Rendering (Python 3, standard library only; mdtext.py, shared with
rust-blog.py, renders the Markdown after this script removes the site's
template actions; its footnote handling finds no footnote in these posts,
and rust-blog.py's survey charts are that script's own), as a reader of the web page sees the
text, one paragraph per line with a blank line between paragraphs: a
paragraph per Markdown paragraph, list item (its text up to the next item;
a later paragraph of the same item is a paragraph of its own), heading (ATX
or setext, without a {#id} attribute), block-quote paragraph; the front
matter is not rendered. Left out: the template actions {{image ...}},
{{video ...}}, {{code ...}} and {{play ...}} (images, videos and code
loaded from files), {{raw `...`}} blocks (raw HTML: charts, figures,
tables) and {{raw (file "...")}} includes of .html files; fenced and
indented code blocks; images (![...](...) and <img>); HTML comments;
<script>, <style>, <pre>, <noscript>, <svg> and <iframe> elements with
their content; link reference definitions; horizontal rules; paragraphs
without a letter. An inline {{raw "TEXT"}} (a string the template prints
as it stands, such as "{{") gives TEXT. Inline: code spans are kept
without backticks (their content verbatim); links [text](url),
[text][ref], [text] (with a definition) give their text; autolinks <url>
give the URL; HTML tags are dropped, their text kept (so a <figcaption>
gives its caption); emphasis and strikethrough markers are dropped;
backslash escapes are resolved; entities are resolved outside code spans;
white space runs (and hard line breaks) become one space. Markdown tables:
the header row is not a paragraph of its own; each body row is one
paragraph, "Header: cell; Header: cell; ..." (emphasis dropped from the
headers, empty cells left out).

    scripts/qa-texts/go-blog.py /work/.mirror/golang+website/repo \\
        retrieval/eval/testdata/qa/texts/gb37

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/gb37 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post, named
YYYY-MM-DD-<name>.en.txt (the front matter's date and the file name without
.md), and prints the gb37 entry of collections.json (source ids
gb-YYYY-MM-DD, with -2 for a second post of the same day; title = the
front-matter title; published = the front matter's date)."""
import json, os, re, sys

import gitmirror
import mdtext  # the Markdown renderer shared with the other blog builders
import qaentry
from qaentry import arguments  # shared with the other builders

COMMIT = "b02076ae6df08ee9d495fe4b283f88ac18e51012"
mirror, out = arguments("gb37")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


RELEASE = re.compile(r"Go (?:version 1|1\.(\d+)) is released!?")
ANNIVERSARY = re.compile(r"_content/blog/(\d+)years?\.md")
SURVEY = re.compile(r"Go (?:\d{4} Survey|Developer Survey \d{4}(?: Q\d| H\d)?) Results|Results from the \d{4} Go Developer Survey")
SECURITY = re.compile(r"secur|vuln", re.I)

DESCRIPTION = ("Thirty-seventh set: %d English posts of the Go blog (go.dev/blog, the Go project's news blog), dated %s to %s, "
    "from the source repository of go.dev, golang/website (commit %s of 2026-08-21; the site's texts are licensed CC BY 4.0, "
    "attribution in texts/gb37/COPYRIGHT), one source per post, chosen by a fixed rule that does not look at the text, from "
    "four recurring kinds of post: the release announcements 'Go 1.N is released', the newest and every second before it "
    "(%s of %d); the yearly anniversary posts, the newest and every third before it (%s of %d); the results of the Go "
    "developer survey, the newest and every fifth before it (%d of %d); security posts (titles with 'secur' or 'vuln'), "
    "the newest and every second before it (%d of %d).")
TEXT = ("Built by scripts/qa-texts/go-blog.py from the posts' Markdown (git show of the mirror), posts by the fixed rule in "
    "the script, rendered as plain text, one paragraph per line with a blank line between: a paragraph per Markdown "
    "paragraph, list item, heading and block-quote paragraph; no front matter; left out: the template actions {{image}}, "
    "{{video}}, {{code}}, {{play}}, {{raw `...`}} blocks and {{raw (file ...)}} includes, fenced and indented code blocks, "
    "images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, "
    "horizontal rules, paragraphs without a letter; inline {{raw \"TEXT\"}} as TEXT; inline code kept without backticks, "
    "links as their text, HTML tags dropped (their text kept), emphasis markers dropped, entities resolved, white space "
    "runs made one space; Markdown table body rows as one paragraph each, 'Header: cell; Header: cell'. Title = the "
    "front-matter title; published = the front matter's date.")

def front_matter(src):
    """The YAML front matter (a small subset: 'key: value', list items '- x',
    double-quoted strings) and the body after it."""
    m = re.match(r"---\n(.*?)\n---\n", src, re.S)
    if not m:
        return None, src
    front, key = {}, None
    for l in m.group(1).split("\n"):
        kv = re.match(r"^([A-Za-z_]+):[ \t]*(.*)$", l)
        if kv:
            key, v = kv.group(1), kv.group(2).strip()
            front[key] = json.loads(v) if v.startswith('"') else (v if v else [])
        elif re.match(r"^\s*- ", l) and isinstance(front.get(key), list):
            front[key].append(l.strip()[2:].strip())
        elif l.strip() and isinstance(front.get(key), str):
            front[key] += " " + l.strip()
    return front, src[m.end():]


def norm_date(d):
    y, mo, da = re.match(r"(\d{4})-(\d\d?)-(\d\d?)", d).groups()
    return "%s-%02d-%02d" % (y, int(mo), int(da))


def render(src):
    front, body = front_matter(src)
    body = body.replace("\r\n", "\n").replace("\t", "    ")
    body = re.sub(r"\{\{raw `.*?`\}\}", "\n", body, flags=re.S)
    body = re.sub(r"\{\{raw \(file \"[^\"]*\"\)\}\}", "\n", body)
    body = re.sub(r"\{\{raw \"((?:[^\"\\]|\\.)*)\"\}\}", lambda m: json.loads('"%s"' % m.group(1)), body)
    body = re.sub(r"\{\{(?:image|video|code|play)\b[^\n]*?\}\}", "\n", body)
    return front, mdtext.paragraphs(mdtext.drop_elements(body))


# Candidates, from the file list and the front matter (title, date) only.
posts = []
for line in git("ls-tree", "--name-only", COMMIT, "_content/blog/").splitlines():
    if not re.fullmatch(r"_content/blog/[^/]+\.md", line):
        continue
    front, _ = front_matter(git("show", "%s:%s" % (COMMIT, line)))
    if not front or not front.get("title") or not front.get("date"):
        continue
    posts.append((norm_date(front["date"]), line, front["title"]))
posts.sort()
assert len(posts) == 274 and posts[0][0] == "2010-03-18" and posts[-1][0] == "2026-08-19", (len(posts), posts[0], posts[-1])



version = lambda p: int(RELEASE.fullmatch(p[2]).group(1) or 0)
releases = sorted((p for p in posts if RELEASE.fullmatch(p[2])), key=version)
assert [version(p) for p in releases] == list(range(28)), [version(p) for p in releases]
nyears = lambda p: int(ANNIVERSARY.fullmatch(p[1]).group(1))
anniversaries = sorted((p for p in posts if ANNIVERSARY.fullmatch(p[1])), key=nyears)
assert [nyears(p) for p in anniversaries] == list(range(1, 17)), [nyears(p) for p in anniversaries]
surveys = [p for p in posts if SURVEY.fullmatch(p[2])]
security = [p for p in posts if SECURITY.search(p[2])]
kinds = [
    ("release", releases, mdtext.newest_and_every(releases, 2)),
    ("anniversary", anniversaries, mdtext.newest_and_every(anniversaries, 3)),
    ("survey", surveys, mdtext.newest_and_every(surveys, 5)),
    ("security", security, mdtext.newest_and_every(security, 2)),
]
counts = {name: (len(c), len(t)) for name, c, t in kinds}
assert counts == {"release": (28, 14), "anniversary": (16, 6), "survey": (12, 3), "security": (5, 3)}, counts
chosen = sorted(p for _, _, taken in kinds for p in taken)
assert len(chosen) == len(set(chosen)) == 26, len(chosen)

sources = []
source_id = qaentry.day_ids("gb")
for date, line, title in chosen:
    front, paras = render(git("show", "%s:%s" % (COMMIT, line)))
    assert norm_date(front["date"]) == date and front["title"] == title
    sid = source_id(date)
    name = "%s-%s.en.txt" % (date, line.split("/")[-1][:-3])
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write("\n\n".join(paras) + "\n")
    sources.append({"id": sid, "title": title, "language": "en", "published": date, "file": "gb37/" + name})

taken = {name: t for name, _, t in kinds}
rel = ", ".join("1.%d" % version(p) for p in reversed(taken["release"]))
ann = ", ".join("%d" % nyears(p) for p in reversed(taken["anniversary"]))
entry = {"description": DESCRIPTION % (len(sources), sources[0]["published"], sources[-1]["published"], COMMIT, rel,
                                       counts["release"][0], "N = " + ann, counts["anniversary"][0], counts["survey"][1],
                                       counts["survey"][0], counts["security"][1], counts["security"][0]),
         "build": "texts", "text": TEXT, "sources": sources}
print(json.dumps({"gb37": entry}, ensure_ascii=False, indent=2))
