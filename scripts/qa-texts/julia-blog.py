#!/usr/bin/env python3
"""Builds the fifty-ninth QA set's collection (jl59): English posts of the
blog of the Julia programming language (https://julialang.org/blog/) of
2024 to 2026: the monthly community newsletter "This Month in Julia
World", the highlights of the releases Julia 1.11 and 1.12, the Google
Summer of Code fellows and projects of 2024 and 2025, JuliaCon Global
2025 and the wrap-up of JuliaCon 2024, the SatelliteToolbox.jl
ecosystem, starting a Julia workgroup and the launch of the Julia
Security Working Group, from the source repository of the site,
JuliaLang/www.julialang.org (the stored snapshot is the local bare
mirror of that repository, commit
c36dbaba93ab7339218459d9a56884a54edbc799 of 2026-08-20). It is a
Franklin.jl site (config.md: website_url https://julialang.org/). The
posts are the files blog/YYYY/MM/NAME.md (157 of the 161 blobs of
blog/; the others are blog/index.md and three HTML redirects of 2017),
each opening with a front matter that is either a block of Franklin
"@def key = value" lines or a TOML block between "+++" lines (title,
authors, published, e.g. "3 May 2024", rss_pubdate, rss or
rss_description, in some mintoclevel and maxtoclevel).

Licence: the repository's LICENSE.md, at its root and its only licence
file, is the MIT License ("Copyright (c) 2011-2026: Jeff Bezanson,
Stefan Karpinski, Viral B. Shah, and other contributors:" with the
address of the repository's contributors page); the footer of every
page (_layout/foot_general.html, since 2020-03-14) says "©2026
JuliaLang.org contributors. The content on this website is made
available under the MIT license.", the last words a link to that
LICENSE.md. A git grep of the tree (outside assets, _assets, _libs, _css
and Manifest.toml) for licence, copyright, Creative Commons, "rights
reserved" and the copyright sign found no other statement for the
blog's text: the other hits are the community standards' sentence that
participants respect copyright laws, the MIT license of the Julia
language itself (index.html, license.html), the licences of books and
packages the site lists, and a newsletter item on ModelingToolkit's
licensing plan, none of a post's own text. So the texts are used, and
the adapted texts are shared, under the MIT License; texts/jl59/COPYRIGHT
carries the copyright notice and the permission notice (the licence's
full text, read from the mirror's LICENSE.md, whose SHA-256 the script
checks), the attribution and the changes. Images of the posts are not
used.

Which posts, by a fixed rule written down before any post's text was
read in full (only the file list of blog/ with the blob sizes, the
front matter of the posts of 2024 to 2026, the lines of the posts of
2023 to 2026 that hold Franklin markup, math, HTML tags, footnotes or indented lines
outside code blocks, counts of code fences and function words, the
rendered size of each candidate, and, while the source was judged, the
opening lines of some posts: of the newsletter of 2025-03-01 and the
GSoC fellows of 2024, and the first lines after the front matter of the
seven posts of 2023 to 2025 with a TOML front matter, were looked at):
candidates are the files of blog/ (with its subfolders)
1. that are Markdown posts blog/YYYY/MM/NAME.md: 157;
2. whose folder's year (YYYY) is 2024 or later: 25 (132 of 2012 to 2023
   left out);
3. which are English by a count of function words in the body after the
   front matter (mdtext.english: lower-cased runs of letters, more than
   twice as many of "the and of is are this that with which" as of "der
   die das und ist nicht mit ein eine wir auf für den dem sich auch"):
   25 (all).
Taken: all 25, in date order (the published date, then the path):
2024-05-03 to 2026-03-01 (6 of 2024, 16 of 2025, 3 of 2026), 17 of them
issues of "This Month in Julia World". The period was chosen from counts
and rendered sizes only, for 20 to 40 news-like posts: from 2024, 25
posts of about 212 KB; from 2023, 28 posts of about 248 KB, adding the
highlights of 1.9 and 1.10 and a post on threadid mostly made of code;
from 2025, 19 posts. The script asserts every count. The rule was not
changed after the texts were read.

Date = the front matter's published date ("D Month YYYY", written
YYYY-MM-DD; its year and month are the folder's, which the script
asserts; rss_pubdate is not used, it says October for the newsletter
published on 07 November 2024). Title = the front matter's title.
Authors = the front matter's authors. Address on julialang.org =
/blog/YYYY/MM/NAME/ as Franklin gives it for the file (not checked
against the live site). Files are named YYYY-MM-DD-NAME.en.txt by the
published date and the file name.

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item (a nested item
a paragraph of its own), heading (ATX or setext), block-quote paragraph,
table body row ("Header: cell; Header: cell": the projects, fellows and
mentors of the GSoC posts) and footnote definition; the front matter is
not rendered (the title, the authors and the date are not in the text).
Before that, Franklin's own markup: the "\\toc" line (the table of
contents) and the "@@name" and "@@" lines that open and close a styled
block are dropped (the block's text kept), and inline math "$...$" is
written as the reader sees it ("$26$" as "26", "$\\approx 81\\%$" as "≈
81%"); any other Franklin command, raw HTML block ("~~~") or math left
would stop the script. Left out: fenced and indented code blocks;
images; HTML comments; <script>, <style>, <pre>, <noscript>, <svg> and
<iframe> elements with their content; link reference definitions;
horizontal rules; paragraphs without a letter. Inline: code spans are
kept without backticks; links give their text; autolinks give the
address; footnote marks are dropped; other HTML tags are dropped, their
text kept; emphasis markers are dropped; backslash escapes and entities
are resolved; white space runs become one space.

    scripts/qa-texts/julia-blog.py \\
        /work/.mirror/JuliaLang+www.julialang.org/repo \\
        retrieval/eval/testdata/qa/texts/jl59

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/jl59 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/jl59/COPYRIGHT, puts the jl59 entry into collections.json
(only when writing the default folder, through qaentry.finish) and prints
it. Source ids are jl-YYYY-MM-DD, with -2 for a second post of the same
day (none here); title = the front-matter title; published = the date.
Running it twice gives the same files byte for byte.

The posts' front matter is Franklin's ("@def" lines or TOML), which
posts.Posts (YAML front matter) does not read; so this script reads the
front matter itself and writes the files with posts.write_post."""
import functools
import hashlib
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "c36dbaba93ab7339218459d9a56884a54edbc799"  # 2026-08-20
FOLDER = "blog/"
FIRST_YEAR = "2024"
SITE = "https://julialang.org/"
REPO = "https://github.com/JuliaLang/www.julialang.org/blob/%s/" % COMMIT
LICENSE_SHA256 = "69b567823d33b0edff3256b21924551c4b6bdb7156621ba017776804d7cee8af"
MONTHS = {m: i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
mirror, out = arguments("jl59")

DESCRIPTION = ("Fifty-ninth set: %d English posts of the blog of the Julia programming language (julialang.org/blog: "
    "17 issues of the monthly community newsletter 'This Month in Julia World' (the compiler and core repositories, "
    "packages of the ecosystem, calls for contributors, events such as JuliaCon), the highlights of the releases "
    "Julia 1.11 and 1.12, the Google Summer of Code projects and fellows of 2024 and 2025 (and the Julia Summer of "
    "Code fellows of 2024), JuliaCon Global 2025 and the wrap-up of JuliaCon 2024, the SatelliteToolbox.jl ecosystem, starting a "
    "Julia workgroup, and the launch of the Julia Security Working Group), dated %s to %s, from the source "
    "repository of the site, JuliaLang/www.julialang.org (commit %s of 2026-08-20; MIT License, the repository's "
    "LICENSE.md, under which the footer of every page makes the site's content available; copyright notice and "
    "permission notice in texts/jl59/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the "
    "file list, the folders' years and counts of function words: the Markdown posts blog/YYYY/MM/NAME.md (%d), of "
    "%s or later (%d), English by their function words (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/julia-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item (nested items too), heading, block-quote "
    "paragraph, table body row ('Header: cell; Header: cell') and footnote definition; no front matter (Franklin "
    "'@def' lines or a TOML block; the title is not in the text); Franklin's '\\toc' line and the '@@name'/'@@' "
    "lines of styled blocks dropped (their text kept), inline math '$...$' written as read ('$\\approx 81\\%$' as "
    "'≈ 81%'); left out: fenced and indented code blocks, images, HTML comments, "
    "<script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, horizontal rules, "
    "paragraphs without a letter; inline code kept without backticks, links as their text, autolinks as their "
    "address, footnote marks dropped, HTML tags dropped (their text kept), emphasis markers dropped, entities "
    "resolved, white space runs made one space. Title = the front-matter title; published = the front matter's "
    "published date.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


@functools.lru_cache(maxsize=None)
def source(path):
    """The front matter as a dict of its string values (a "+++" TOML block,
    else the "@def key = value" lines opening the file) and the body after
    it."""
    src = git("show", "%s:%s" % (COMMIT, path)).replace("\r\n", "\n")
    m = re.match(r"\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*\n", src, re.S)
    if m:
        lines, body = m.group(1).split("\n"), src[m.end():]
    else:
        lines, rest = [], src.split("\n")
        while rest and rest[0].startswith("@def "):
            lines.append(rest.pop(0)[len("@def "):])
        body = "\n".join(rest)
    assert not re.search(r"(?m)^@def\b", body), path
    front = {}
    for line in lines:
        kv = re.match(r"^([A-Za-z_]+)\s*=\s*(.*?)\s*$", line)
        if not kv:
            assert not line.strip() or line.lstrip().startswith("#"), (path, line)
            continue
        v = kv.group(2)
        q = re.fullmatch(r'"""(.*)"""|"((?:[^"\\]|\\.)*)"', v)
        if q:
            v = q.group(1) if q.group(1) is not None else q.group(2).replace('\\"', '"').replace("\\\\", "\\")
        front[kv.group(1)] = v
    return front, body


def published(path):
    """The front matter's published date, "D Month YYYY", as YYYY-MM-DD."""
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", source(path)[0].get("published", ""))
    assert m and m.group(2) in MONTHS, path
    return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(2)], int(m.group(1)))


MATH = [(r"\approx", "≈"), (r"\%", "%")]


def math(m):
    t = m.group(1)
    for a, b in MATH:
        t = t.replace(a, b)
    assert not re.search(r"[\\{}^_]", t), m.group(0)
    return t


def render(body):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = body.replace("\t", "    ")
    body = re.sub(r"(?m)^\\toc[ \t]*$", "", body)
    body = re.sub(r"(?m)^@@[\w-]*[ \t]*$", "", body)
    body = mdtext.drop_elements(body)
    outside = re.split(r"(?m)(^\s*```.*?^\s*```[ \t]*$)", body, flags=re.S)
    for k in range(0, len(outside), 2):  # the text outside fenced code blocks
        part = re.sub(r"(?<![\\$])\$([^$\n]+)\$(?!\$)", math, outside[k])
        assert "~~~" not in part and "@@" not in part and "{{" not in part, part
        assert not re.search(r"(?<!\\)\$", part), part  # "\$" is a dollar sign, kept
        assert not re.search(r"(?m)(^|\s)\\[A-Za-z]+", part), re.search(r"(?m)(^|\s)\\[A-Za-z]+.*", part).group(0)
        outside[k] = part
    return mdtext.paragraphs("".join(outside))


def name(path):
    return path.rsplit("/", 1)[1][:-len(".md")]


# Candidates, from the file list, the folders' years and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
assert len(files) == 161 and not any(f[2] is None for f in files), len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(re.escape(FOLDER) + r"\d{4}/\d\d/[^/]+\.md", f[1]),
    lambda f: f[1][len(FOLDER):len(FOLDER) + 4] >= FIRST_YEAR,
    lambda f: mdtext.english(source(f[1])[1]),
])
assert counts == [157, 25, 25], counts
dates = {p: published(p) for _, p, _ in cands}
assert all(d[:7] == p[len(FOLDER):len(FOLDER) + 7].replace("/", "-") for p, d in dates.items()), dates
cands.sort(key=lambda f: (dates[f[1]], f[1]))
chosen = cands
assert len(chosen) == 25, len(chosen)

sources, items = [], []
source_id, total = qaentry.day_ids("jl"), 0
for _, path, size in chosen:
    front, body = source(path)
    d = dates[path]
    sid = source_id(d)
    fname, size = posts.write_post(out, "%s-%s" % (d, name(path)), render(body),
                                   left=("<!--", "{{", "}}", "{%", "@@", "~~~", "\\toc"))
    total += size
    title = re.sub(r"\s+", " ", front.get("title", "")).strip()
    authors = re.sub(r"\s+", " ", front.get("authors", "")).strip()
    assert title and authors, path
    sources.append({"id": sid, "title": title, "language": "en", "published": d, "file": "jl59/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %sblog/%s/%s/; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, authors, SITE, path[len(FOLDER):len(FOLDER) + 7], name(path), path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources)
assert len(set(s["id"] for s in sources)) == len(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2024, 2027)] == [6, 16, 3], years
assert sum(s["title"].startswith("This Month in Julia World") for s in sources) == 17

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], FIRST_YEAR, counts[1],
                                       counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE.md" % COMMIT)
assert hashlib.sha256(LICENSE).hexdigest() == LICENSE_SHA256, hashlib.sha256(LICENSE).hexdigest()
LICENSE = LICENSE.decode("utf-8")
assert LICENSE.startswith("MIT License\n\nCopyright (c) 2011-2026: Jeff Bezanson, Stefan Karpinski, Viral B. Shah,\n"
                          "and other contributors:\n"), LICENSE[:120]
FOOTER = git("show", "%s:_layout/foot_general.html" % COMMIT)
assert ('JuliaLang.org <a href="https://github.com/JuliaLang/www.julialang.org/graphs/contributors">contributors</a>. '
        'The content on this website is made available under the <a '
        'href="https://github.com/JuliaLang/www.julialang.org/blob/main/LICENSE.md">MIT license</a>.') in FOOTER
CONFIG = git("show", "%s:config.md" % COMMIT)
assert 'website_url = get(ENV, "JULIA_FRANKLIN_WEBSITE_URL", "https://julialang.org/")' in CONFIG

COPYRIGHT = """JuliaLang.org contributors, The Julia Language Blog (https://julialang.org/blog/), %d English posts of %s to %s

Work: blog posts of the Julia programming language
(https://julialang.org/), written by the authors named with each post
below (the front matter's authors), from the site's source repository
JuliaLang/www.julialang.org
(https://github.com/JuliaLang/www.julialang.org; the copy used is a bare
mirror at commit %s of 2026-08-20), Markdown files
%sYYYY/MM/NAME.md with a Franklin.jl front matter.

Copyright: Copyright (c) 2011-2026: Jeff Bezanson, Stefan Karpinski,
Viral B. Shah, and other contributors (the repository's LICENSE.md;
"©2026 JuliaLang.org contributors" in the footer of every page), the
posts by the authors named below.

Licence: the repository's LICENSE.md, at its root, is the MIT License;
it is the repository's only licence file, and the footer of every page
of the site says "The content on this website is made available under
the MIT license", linking to that file. No other licence statement for
the blog's text or for any post used here was found in the repository.
The texts are used, and the adapted texts in this folder (a
modification of those source files) are shared, under that licence; its
copyright notice and permission notice follow in full at the end of
this file, as the licence asks.

Attribution: "JuliaLang.org contributors and the authors named below,
The Julia Language Blog (julialang.org/blog), MIT License". No
endorsement by the Julia project, its contributors, the authors or the
companies, universities and organisations the posts name (JuliaHub,
Google, GitHub, NASA, INPE, NumFOCUS, the JuliaCon organisers and
others) is implied. "Julia" and the Julia logo are the Julia project's,
and the names of other organisations, companies, projects, packages and
products are their owners'. Images of the posts are not included.

Changes (the texts are an adaptation): a selection of %d posts (by a
fixed rule, see scripts/qa-texts/julia-blog.py); each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings, list items and table rows as paragraphs of their own); the
front matter (title, authors, date, feed fields), the table of contents
mark, images, code blocks, link targets and markup left out; inline
math written as plain text. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's published date, title, authors,
address of the post on julialang.org as Franklin gives it for the file,
source file in the repository and its address at the commit used):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("jl59", entry, out, COPYRIGHT + "".join(items) + "\nThe licence (the repository's LICENSE.md at the commit "
       "used):\n\n" + LICENSE, len(sources), total)
