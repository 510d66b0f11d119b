#!/usr/bin/env python3
"""Builds the thirty-sixth QA set's collection (rb36): posts of the Rust blog
(https://blog.rust-lang.org/), the news blog of the Rust project, from the
blog's source repository rust-lang/blog.rust-lang.org (the stored snapshot is
the local bare mirror of that repository, commit
0243724c2e50ad2b7ebd3d9dbc7cd88aed7605a3 of 2026-08-22). Posts are Markdown
files with TOML front matter (+++ ... +++: path = "YYYY/MM/DD/slug", title,
authors), content/NAME.md or content/NAME/index.md; content/inside-rust/ is a
second blog ("Inside Rust") and is not used. The repository's README says:
"Like everything in Rust, the blog is licensed MIT/Apache 2.0"; the texts are
used under the MIT licence (texts/rb36/COPYRIGHT).

Which posts, by a fixed rule written down before any post's text was read
(only the file list, the front matter's path, title and authors, and sizes
were looked at). Candidates are the main blog's posts dated (by path) 2015 or
later, in five recurring kinds, recognised by the front-matter title:
1. stable releases: "Announcing Rust 1.N" or "Announcing Rust 1.N.0",
   optionally followed by " and ..." or " (and ...)" (point releases 1.N.x
   with x > 0, "1.0 Alpha/Beta" and "Rust 1.1 stable, ..." do not match):
   98 candidates (1.0 and 1.2 to 1.98); taken: every one whose minor number
   N is a multiple of ten, and the newest: 1.0, 1.10, ..., 1.90, 1.98 (11);
2. results of the yearly Rust survey (State of Rust / annual survey):
   "Rust 2017 Survey Results", "Rust Survey 2019 Results", "2023 Annual Rust
   Survey Results", "2024 State of Rust Survey Results", "State of Rust
   Survey 2016" (SURVEY below; not the launches, not the compiler
   performance survey): 10 candidates; taken: the newest and every second
   one before it in date order (5);
3. rustup releases with a new minor version: "Announcing rustup 1.N.0":
   9 candidates; taken: the newest and every third one before it (3);
4. governance: titles containing "core team", "leadership council" or
   "project directors" (any case): 9 candidates; taken: the newest and
   every second one before it (5);
5. security advisories: titles containing "security advisor" (any case):
   18 candidates; taken: the newest and every fourth one before it (5).
Date order is the path's date, then the path. The kinds do not overlap.
This gives 29 posts, 2015-05-15 to 2026-08-20, every year 2015-2026,
139,404 bytes rendered (every release 1.N with N a multiple of five, or
every governance post, would have given more than 30 posts; the thinning
steps were chosen from counts, dates and sizes only: a first draft of the
rendering, which still kept the survey charts' download links, measured
about 153 KB).

Rendering (Python 3, standard library only; mdtext.py, shared with
go-blog.py, renders the Markdown after this script removes the survey
charts), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item (its text up to
the next item; a later paragraph of the same item is a paragraph of its
own), heading (ATX or setext), block-quote paragraph; the front matter is
not rendered. Left out: fenced and indented code blocks, images (![...](...)
and <img>), HTML comments, the survey charts (the HTML from "<!-- Chart NAME
start -->" to "<!-- Chart NAME end -->": a chart, its image and its
"[PNG] [SVG]" download links), <script>, <style>, <pre>, <noscript>, <svg> and
<iframe> elements with their content, link reference definitions,
horizontal rules, paragraphs without a letter. Inline: code spans are kept
without backticks (their content verbatim); links [text](url), [text][ref],
[text] (with a definition) give their text; autolinks <url> give the URL;
HTML tags are dropped, their text kept; emphasis and strikethrough markers
are dropped; backslash escapes are resolved; entities are resolved outside
code spans; white space runs (and hard line breaks) become one space.
Tables (only in survey results): the header row is not a paragraph of its
own; each body row is one paragraph, "Header: cell; Header: cell; ..."
(emphasis dropped from the headers, empty cells left out). Footnotes: a
reference ([^1]) is dropped; a definition ([^1]: text) is a paragraph of its
own where it stands, without its marker.

    scripts/qa-texts/rust-blog.py /work/.mirror/rust-lang+blog.rust-lang.org/repo \\
        retrieval/eval/testdata/qa/texts/rb36

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/rb36 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post, named
YYYY-MM-DD-<slug>.en.txt (the path's date and last part), and prints the
rb36 entry of collections.json (source ids rb-YYYY-MM-DD, with -2 for a
second post of the same day; title = the front-matter title; published =
the path's date)."""
import json, os, re, sys, tomllib

import gitmirror
import mdtext  # the Markdown renderer shared with the other blog builders
import qaentry

COMMIT = "0243724c2e50ad2b7ebd3d9dbc7cd88aed7605a3"
mirror = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "retrieval", "eval", "testdata", "qa", "texts", "rb36")
out = os.path.normpath(out)
os.makedirs(out, exist_ok=True)


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


RELEASE = re.compile(r"Announcing Rust 1\.(\d+)(?:\.0)?(?: and .+| \(and .+\))?")
SURVEY = re.compile(r"Rust (?:\d{4} )?Survey(?: \d{4})? Results|\d{4} (?:Annual Rust|State of Rust) Survey Results|State of Rust Survey \d{4}")
RUSTUP = re.compile(r"Announcing [Rr]ustup 1\.\d+\.0")
GOVERNANCE = re.compile(r"core team|leadership council|project directors", re.I)
ADVISORY = re.compile(r"security advisor", re.I)

DESCRIPTION = ("Thirty-sixth set: %d English posts of the Rust blog (blog.rust-lang.org, the Rust project's news blog), dated "
    "%s to %s, from the blog's source repository rust-lang/blog.rust-lang.org (commit %s of 2026-08-22; licensed MIT/Apache "
    "2.0, used under MIT, attribution in texts/rb36/COPYRIGHT), one source per post, main blog only (not Inside Rust), chosen "
    "by a fixed rule that does not look at the text, from five recurring kinds of post dated 2015 or later: the stable "
    "releases 'Announcing Rust 1.N' whose N is a multiple of ten and the newest (%s of %d); the yearly survey results, the "
    "newest and every second before it (%d of %d); the rustup 1.N.0 releases, the newest and every third (%d of %d); "
    "governance posts (core team, leadership council, project directors), the newest and every second (%d of %d); security "
    "advisories, the newest and every fourth (%d of %d).")
TEXT = ("Built by scripts/qa-texts/rust-blog.py from the posts' Markdown (git show of the mirror), posts by the fixed rule in "
    "the script, rendered as plain text, one paragraph per line with a blank line between: a paragraph per Markdown "
    "paragraph, list item, heading and block-quote paragraph; no front matter; left out: fenced and indented code blocks, "
    "images, HTML comments, the survey charts (from <!-- Chart NAME start --> to <!-- Chart NAME end -->, with their "
    "download links), <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, "
    "horizontal rules, paragraphs without a letter; inline code kept without backticks, links as their text, HTML tags "
    "dropped, emphasis markers dropped, entities resolved, white space runs made one space; table body rows as one "
    "paragraph each, 'Header: cell; Header: cell'; footnote references dropped, footnote definitions as paragraphs. "
    "Title = the front-matter title; published = the date of the post's path.")

def render(src):
    m = re.match(r"\+\+\+\n(.*?)\n\+\+\+\n", src, re.S)
    front, body = tomllib.loads(m.group(1)), src[m.end():]
    body = body.replace("\r\n", "\n").replace("\t", "    ")
    body = re.sub(r"<!-- Chart (\S+) start -->.*?<!-- Chart \1 end -->", "\n", body, flags=re.S)
    return front, mdtext.paragraphs(mdtext.drop_elements(body))


# Candidates, from the file list and the front matter (path, title) only.
posts = []
for line in git("ls-tree", "-r", "--name-only", COMMIT, "content").splitlines():
    if line.startswith("content/inside-rust/"):
        continue
    if not (re.fullmatch(r"content/[^/]+\.md", line) or re.fullmatch(r"content/[^/]+/index\.md", line)) or line.endswith("/_index.md"):
        continue
    src = git("show", "%s:%s" % (COMMIT, line))
    front = tomllib.loads(re.match(r"\+\+\+\n(.*?)\n\+\+\+\n", src, re.S).group(1))
    if front["path"][:4] < "2015":
        continue
    posts.append((front["path"][:10], front["path"], front["title"], line))
posts.sort()
assert len(posts) == 382, len(posts)



releases = sorted((p for p in posts if RELEASE.fullmatch(p[2])), key=lambda p: int(RELEASE.fullmatch(p[2]).group(1)))
minors = [int(RELEASE.fullmatch(p[2]).group(1)) for p in releases]
assert len(releases) == 98 and minors == [0] + list(range(2, 99)), minors
kinds = [
    ("release", releases, [p for p in releases if int(RELEASE.fullmatch(p[2]).group(1)) % 10 == 0 or p is releases[-1]]),
]
for name, rx, step in [("survey", SURVEY, 2), ("rustup", RUSTUP, 3), ("governance", GOVERNANCE, 2), ("advisory", ADVISORY, 4)]:
    cands = [p for p in posts if (rx.fullmatch(p[2]) if rx in (SURVEY, RUSTUP) else rx.search(p[2]))]
    kinds.append((name, cands, mdtext.newest_and_every(cands, step)))
counts = {name: (len(c), len(t)) for name, c, t in kinds}
assert counts == {"release": (98, 11), "survey": (10, 5), "rustup": (9, 3), "governance": (9, 5), "advisory": (18, 5)}, counts
chosen = sorted(p for _, _, taken in kinds for p in taken)
assert len(chosen) == len(set(chosen)) == 29, len(chosen)

sources = []
source_id = qaentry.day_ids("rb")
for date, path, title, line in chosen:
    front, paras = render(git("show", "%s:%s" % (COMMIT, line)))
    assert front["path"] == path and front["title"] == title
    sid = source_id(date.replace("/", "-"))
    name = "%s-%s.en.txt" % (date.replace("/", "-"), path.split("/")[-1])
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write("\n\n".join(paras) + "\n")
    sources.append({"id": sid, "title": title, "language": "en", "published": date.replace("/", "-"), "file": "rb36/" + name})

taken = {name: t for name, _, t in kinds}
rel = ", ".join("1.%s" % RELEASE.fullmatch(p[2]).group(1) for p in taken["release"])
entry = {"description": DESCRIPTION % (len(sources), sources[0]["published"], sources[-1]["published"], COMMIT, rel,
                                       counts["release"][0], counts["survey"][1], counts["survey"][0], counts["rustup"][1],
                                       counts["rustup"][0], counts["governance"][1], counts["governance"][0],
                                       counts["advisory"][1], counts["advisory"][0]),
         "build": "texts", "text": TEXT, "sources": sources}
print(json.dumps({"rb36": entry}, ensure_ascii=False, indent=2))
