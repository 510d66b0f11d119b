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

Rendering (Python 3, standard library only; the Markdown rendering follows
scripts/qa-texts/rust-blog.py, without its handling of survey charts and
footnotes, which no Go blog post has), as a reader of the web page sees the
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
import html, json, os, re, subprocess, sys

COMMIT = "b02076ae6df08ee9d495fe4b283f88ac18e51012"
mirror = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "retrieval", "eval", "testdata", "qa", "texts", "gb37")
out = os.path.normpath(out)
os.makedirs(out, exist_ok=True)


def git(*args):
    return subprocess.run(["git", "--git-dir", mirror] + list(args), check=True, capture_output=True).stdout.decode("utf-8")


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

DROP_ELEMENTS = ("script", "style", "pre", "noscript", "svg", "iframe")
ESC = "\x00"
CODE = "\x01"


def inline(text, refs):
    """Markdown inline markup to plain text. Code spans are taken out first
    (as placeholders) and put back verbatim, without their backticks."""
    codes = []

    def code(m):
        c = m.group(2)
        if c.strip() and c.startswith(" ") and c.endswith(" "):
            c = c[1:-1]
        codes.append((m.group(0), c))
        return "%s%d%s" % (CODE, len(codes) - 1, CODE)
    s = re.sub(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", code, text)
    raw = lambda t: re.sub(CODE + r"(\d+)" + CODE, lambda m: codes[int(m.group(1))][0], t)
    key = lambda t: re.sub(r"\s+", " ", raw(t)).strip().lower()
    s = re.sub(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])", lambda m: ESC + "%d" % ord(m.group(1)) + ESC, s)
    s = re.sub(r"!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\s*\)", "", s)
    s = re.sub(r"!\[[^\]]*\]\[[^\]]*\]", "", s)
    s = re.sub(r"\[\^[^\]]+\]", "", s)
    for _ in range(3):
        s = re.sub(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\s*\)", r"\1", s)
        s = re.sub(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\[[^\]]*\]", r"\1", s)
    s = re.sub(r"\[([^\[\]]+)\](?!\()", lambda m: m.group(1) if key(m.group(1)) in refs else m.group(0), s)
    s = re.sub(r"<((?:https?|ftp|mailto):[^<>\s]+)>", r"\1", s)
    s = re.sub(r"<([^<>\s@]+@[^<>\s@]+\.[A-Za-z]+)>", r"\1", s)
    s = re.sub(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", "", s)
    s = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", s)
    s = re.sub(r"~~(?=\S)(.+?)(?<=\S)~~", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)", r"\1", s)
    s = html.unescape(s)
    s = re.sub(ESC + r"(\d+)" + ESC, lambda m: chr(int(m.group(1))), s)
    return re.sub(CODE + r"(\d+)" + CODE, lambda m: codes[int(m.group(1))][1], s)


def table_rows(rows):
    cells = lambda r: [c.strip() for c in re.split(r"(?<!\\)\|", r.strip().strip("|"))]
    head = [re.sub(r"[*_]", "", h) for h in cells(rows[0])]
    paras = []
    for r in rows[1:]:
        if re.fullmatch(r"\|?(\s*:?-+:?\s*\|?)+", r.strip()):
            continue
        parts = []
        for h, c in zip(head, cells(r)):
            if c:
                parts.append("%s: %s" % (h, c) if h else c)
        paras.append("; ".join(parts))
    return paras


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
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    for t in DROP_ELEMENTS:
        body = re.sub(r"<%s\b[^>]*>.*?</%s\s*>" % (t, t), "\n", body, flags=re.S | re.I)
    refs, lines = set(), []
    for l in body.split("\n"):
        d = re.match(r"^ {0,3}\[([^\]^][^\]]*)\]:\s*\S+", l)
        if d:
            refs.add(re.sub(r"\s+", " ", d.group(1)).strip().lower())
        else:
            lines.append(l)
    paras, cur = [], []
    list_indent = None
    blank_before = True

    def flush():
        if cur:
            paras.append(" ".join(cur))
            cur.clear()
    i = 0
    while i < len(lines):
        l = lines[i]
        if re.match(r"^ {0,3}>", l):
            l = re.sub(r"^ {0,3}(?:> ?)+", "", l)
        if not l.strip():
            flush()
            blank_before = True
            i += 1
            continue
        ind = len(l) - len(l.lstrip(" "))
        s = l.strip()
        f = re.match(r"^\s*(`{3,}|~{3,})", l)
        if f:
            flush()
            fence = f.group(1)
            i += 1
            while i < len(lines) and not re.match(r"^\s*(?:> ?)*\s*%s{%d,}\s*$" % (re.escape(fence[0]), len(fence)), lines[i]):
                i += 1
            i += 1
            blank_before = True
            continue
        base = list_indent if list_indent is not None else 0
        if ind >= base + 4 and blank_before and not cur:
            while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip(" ")) >= base + 4):
                i += 1
            blank_before = True
            continue
        if re.fullmatch(r"([-*_])(\s*\1){2,}", s) and not (cur and s[0] == "-"):
            flush()
            blank_before = True
            i += 1
            continue
        if re.fullmatch(r"=+|-+", s) and cur:
            flush()
            blank_before = True
            i += 1
            continue
        h = re.fullmatch(r"#{1,6}\s+(.*?)(?:\s+#+)?(?:\s*\{#[\w-]+\})?", s)
        if h and ind < 4:
            flush()
            paras.append(h.group(1))
            list_indent = None
            blank_before = True
            i += 1
            continue
        if s.startswith("|") and i + 1 < len(lines) and re.fullmatch(r"\|?(\s*:?-+:?\s*\|)+(\s*:?-+:?\s*)?", lines[i + 1].strip()):
            flush()
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(lines[i])
                i += 1
            paras.extend(table_rows(rows))
            blank_before = True
            continue
        item = re.match(r"^(\s*)([-*+]|\d+[.)])(\s+)(.*)$", l)
        if item and not (cur and not blank_before and list_indent is None and item.group(2)[0].isdigit()):
            flush()
            list_indent = len(item.group(1)) + len(item.group(2)) + len(item.group(3))
            cur.append(item.group(4).strip())
            blank_before = False
            i += 1
            continue
        if list_indent is not None and blank_before and ind < 2:
            list_indent = None
        if blank_before:
            flush()
        cur.append(s.rstrip("\\").strip())
        blank_before = False
        i += 1
    flush()
    text = []
    for p in paras:
        t = re.sub(r"\s+", " ", inline(p, refs)).strip()
        if re.search(r"[A-Za-z]", t):
            text.append(t)
    return front, text


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


def newest_and_every(cands, step):
    return [c for i, c in enumerate(cands) if (len(cands) - 1 - i) % step == 0]


version = lambda p: int(RELEASE.fullmatch(p[2]).group(1) or 0)
releases = sorted((p for p in posts if RELEASE.fullmatch(p[2])), key=version)
assert [version(p) for p in releases] == list(range(28)), [version(p) for p in releases]
nyears = lambda p: int(ANNIVERSARY.fullmatch(p[1]).group(1))
anniversaries = sorted((p for p in posts if ANNIVERSARY.fullmatch(p[1])), key=nyears)
assert [nyears(p) for p in anniversaries] == list(range(1, 17)), [nyears(p) for p in anniversaries]
surveys = [p for p in posts if SURVEY.fullmatch(p[2])]
security = [p for p in posts if SECURITY.search(p[2])]
kinds = [
    ("release", releases, newest_and_every(releases, 2)),
    ("anniversary", anniversaries, newest_and_every(anniversaries, 3)),
    ("survey", surveys, newest_and_every(surveys, 5)),
    ("security", security, newest_and_every(security, 2)),
]
counts = {name: (len(c), len(t)) for name, c, t in kinds}
assert counts == {"release": (28, 14), "anniversary": (16, 6), "survey": (12, 3), "security": (5, 3)}, counts
chosen = sorted(p for _, _, taken in kinds for p in taken)
assert len(chosen) == len(set(chosen)) == 26, len(chosen)

sources = []
days = {}
for date, line, title in chosen:
    front, paras = render(git("show", "%s:%s" % (COMMIT, line)))
    assert norm_date(front["date"]) == date and front["title"] == title
    days[date] = days.get(date, 0) + 1
    sid = "gb-" + date + ("" if days[date] == 1 else "-%d" % days[date])
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
