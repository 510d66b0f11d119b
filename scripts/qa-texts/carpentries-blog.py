#!/usr/bin/env python3
"""Builds the fifty-first QA set's collection (cp51): English posts of the
blog of The Carpentries (https://carpentries.org/blog/), the non-profit
organisation behind Software Carpentry, Data Carpentry and Library
Carpentry that teaches foundational coding and data skills to researchers
(news of the organisation: its core team, board, elections and governance,
community events, lessons, instructor training, funding and partners), from
the source repository of its web site, carpentries/carpentries.org (the
stored snapshot is the local bare mirror of that repository, commit
68751fe788b156b50ef911539aef3d0cb876a3e0 of 2026-08-21). It is a Hugo site
(hugo.yaml: baseURL https://carpentries.org, languageCode en-us, no
other language configured; theme carpentries-hugo-theme; config/_default/permalinks.yaml:
posts /blog/:year/:month/:filename/; config/_default/frontmatter.yaml:
date from the front matter, else from the file name). Posts are files
under content/posts/YYYY/MM/ (2,995 blobs there: 1,285 Markdown posts
and _index.md, 1,628 older posts of Software Carpentry and Data Carpentry
written as .html, one .MD, and images, PDFs and other attachments; one
PDF of 2012 is missing from the snapshot, which lacks files of 4 MiB and
more), each with a YAML front matter (--- ... ---; of the 2,912 .md and
.html posts whose file opens with "---": layout in all, authors and
title in 2,910, date in 2,892 and Date in 11, tags in 2,887, time in
2,687, teaser in 869; no draft key; the one other, of 2021, opens with a
byte order mark).

Licence: the site's licence page (content/license/_index.md, linked as
"License" from the footer of every page, which reads "(c) YEAR The
Carpentries" in the theme's footer-legal-social.html) says: "Unless
specified otherwise, the text content of this website is licensed Creative
Commons Attribution 4.0 International License
(https://creativecommons.org/licenses/by/4.0/)." and "Images on this
website are under copyright of the original creator unless otherwise
specified."; under "Copyright" it gives "Copyright (c) 2018-2024 The
Carpentries" and the MIT License (for the site's code); "Software
Carpentry", "Data Carpentry" and "The Carpentries" and their logos are
registered trademarks of The Carpentries Inc. The repository has no
LICENSE file. No post of 2024 to 2026 states another licence for itself
(git grep for creative commons, cc-by, cc by, cc0, licensed, all rights
reserved and copyright in content/posts/2024-2026 at COMMIT: only mentions
of licences of lessons, data sets and models). The texts are used, and
the adapted texts are shared, under CC BY 4.0, attributed in
texts/cp51/COPYRIGHT.

Which posts, by a fixed rule written down before any post's text was read
(only the file list of content/posts/, the blob sizes, the front matter's
keys and date, and, by script, counts of English and Spanish function
words, of shortcodes, HTML tag names, attribute lines, code fences and
table rows, the share of ASCII letters and the rendered size of whole
candidate selections were looked at; a git grep for licence statements
in the posts of 2024-2026 printed eight lines of post text, and a grep for
the param shortcode printed a few characters around each use): candidates
are the files under content/posts/
1. that are Markdown files of a month folder,
   content/posts/YYYY/MM/NAME.md, other than _index.md: 1,285;
2. whose date (the front matter's date, key date in any case, else the
   date at the start of the file name; every post without a front-matter
   date lies in a folder of 2021 or earlier) is 2024-01-01 or later:
   133 (this leaves out five posts of April 2022 that lie in the folder
   2024/04/);
3. which are English by a count of function words in the body after the
   front matter (mdtext.english: lower-cased runs of letters, more than
   twice as many of "the and of is are this that with which" as of "der
   die das und ist nicht mit ein eine wir auf für den dem sich auch"):
   133 (all);
4. whose file (front matter included) is at most 15,000 bytes long: 129
   (4 are longer, 18,236 to 70,282 bytes; the shortest candidate has
   1,409 bytes).
Taken: in date order (the date, then the path), the first candidate and
every fifth after it (indexes 0, 5, ..., 125): 26 posts, 2024-01-01 to
2026-06-24 (10 of 2024, 10 of 2025, 6 of 2026). The period, the bound
and the step were chosen from counts and sizes only, for 20 to 30 posts
of about 80 to 150 KB of text: from 2023 (199 candidates), at most
11,000 bytes and every seventh would have given 27 posts of about 112 KB;
from 2024, at most 9,000 bytes and every fifth 24 posts of about 94 KB,
at most 12,000 bytes and every sixth 22 posts of about 90 KB; from 2024,
at most 15,000 bytes and every fifth gives 26 posts of about 110 KB
(sizes rendered by a first script that replaced every shortcode by one
letter; 110 KB as built). The script asserts every count. The rule was
not changed after the texts were read.

Date = the date of step 2, its first ten characters (the front matter
writes a day, "2024-01-01", some with trailing blanks; three chosen
posts write the key as Date; the time key is not used). The chosen posts
are listed and numbered in date order (date, then path). Authors = the
front matter's authors, a YAML list (flow or block), each with stray
quotation marks dropped (one post writes ["Andrew Reid", Trevor Keller",
"Jane Herriman"]), joined with ", " and the last with " and ", else "The
Carpentries" (all 26 chosen posts name authors). Name = the file name
without .md; the address on carpentries.org is /blog/YYYY/MM/NAME/ by the permalink
(year and month of the date, which for two chosen posts differ from the
folder's; the path lower-cased, as Hugo does by default). Files are named
by the date and the name lower-cased with "_" as "-".

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading (ATX
or setext), block-quote paragraph and footnote definition; the front
matter is not rendered (the title, the authors and the teaser are not in
the text). Before that, Hugo's {{< param NAME >}} shortcode is replaced by
the value of NAME in config/_default/params.yaml, as the site renders it
(an e-mail address or a URL, mostly a link target), every other shortcode
tag is dropped, and goldmark block attribute lines ("{.button}" on a line
of its own; markup.yaml enables block attributes) are dropped. Left out:
fenced and indented code blocks; images; HTML comments; <script>,
<style>, <pre>, <noscript>, <svg> and <iframe> elements with their
content; link reference definitions; horizontal rules; paragraphs without
a letter. Inline: code spans are kept without backticks; links give their
text; autolinks give the address; footnote marks are dropped; HTML tags
are dropped, their text kept; emphasis and strike-through markers are
dropped, the struck text kept (two chosen posts strike a deadline: the
first proposal deadline of CCHD24, 2 April 2024, and the general
application deadline of the 2024 Maintainer onboarding, 5 April); backslash
escapes and entities are resolved; white space runs become one space.
Markdown tables: each body row one paragraph, "Header: cell; Header:
cell".

    scripts/qa-texts/carpentries-blog.py \\
        /work/.mirror/carpentries+carpentries.org/repo \\
        retrieval/eval/testdata/qa/texts/cp51

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/cp51 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post, named
YYYY-MM-DD-<name>.en.txt (the date and the name, lower-cased), writes
texts/cp51/COPYRIGHT, puts the cp51 entry into collections.json (only when
writing the default folder, through qaentry.finish) and prints it. Source
ids are cp-YYYY-MM-DD, with -2 for a second post of the same day; title =
the front-matter title; published = the date. Running it twice gives the
same files byte for byte."""
import functools, os, re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "68751fe788b156b50ef911539aef3d0cb876a3e0"  # 2026-08-21
FOLDER = "content/posts/"
FIRST_DATE = "2024-01-01"
MAX_BYTES, STEP = 15000, 5
DEFAULT_AUTHOR = "The Carpentries"
SITE = "https://carpentries.org/blog/"
mirror, out = arguments("cp51")

DESCRIPTION = ("Fifty-first set: %d English posts of the blog of The Carpentries (carpentries.org/blog: the non-profit "
    "behind Software Carpentry, Data Carpentry and Library Carpentry: its Core Team and Executive Director, strategic "
    "plans, CarpentryConnect Heidelberg 2024, lesson Maintainers, The Carpentries Lab and Incubator, new lessons "
    "(MarcEdit, deep learning, open science for librarians), an HPC Carpentry workshop at LLNL, workshops for "
    "Historically Black Medical Colleges, LLMs in workshops, Glosario, AMY profiles, the membership and partnership "
    "programs and the Ukrainian and UK subcommunities), dated %s to %s, from the source repository of "
    "the site, carpentries/carpentries.org (commit %s of 2026-08-21; text content under CC BY 4.0, attribution in "
    "texts/cp51/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, the sizes, the "
    "front matter's date and counts of function words: the Markdown files of the month folders of content/posts/ (%d), "
    "dated %s or later (%d), English by their function words (%d), whose file is at most %d bytes long (%d), and of "
    "these, in date order, the first and every fifth after it (%d).")
TEXT = ("Built by scripts/qa-texts/carpentries-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph and footnote "
    "definition; no front matter (the title is not in the text); Hugo shortcodes: param gives the value of the site "
    "parameter, other shortcode tags dropped; goldmark block attribute lines ({.button}) dropped; left out: fenced and "
    "indented code blocks, images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link "
    "reference definitions, horizontal rules, paragraphs without a letter; inline code kept without backticks, links "
    "as their text, footnote marks dropped, HTML tags dropped (their text kept), emphasis and strike-through markers "
    "dropped (struck text kept), entities resolved, white space runs made one space; Markdown table body rows as one "
    "paragraph each, 'Header: cell; Header: cell'. Title = the front-matter title; published = the front matter's date.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


@functools.lru_cache(maxsize=None)
def source(path):
    """The front matter's lines (read as Hugo does, mdtext.front_lines
    loose; a leading byte order mark dropped) and the body after it."""
    src = git("show", "%s:%s" % (COMMIT, path)).replace("\r\n", "\n")
    return mdtext.front_lines(src.lstrip("\ufeff"), loose=True)


def value(path, key):
    return mdtext.yaml_value(source(path)[0], key, ignore_case=True)


def date(path):
    """The front matter's date, else the date that opens the file name."""
    d = value(path, "date")[:10]
    if not d:
        m = re.match(r"\d{4}-\d\d-\d\d", path.rsplit("/", 1)[1])
        d = m.group(0) if m else ""
    return d


PARAMS = git("show", "%s:config/_default/params.yaml" % COMMIT).split("\n")


def param(m):
    v = mdtext.yaml_value(PARAMS, m.group(1))
    assert v, m.group(0)
    return v


def render(body):
    body = body.replace("\t", "    ")
    body = re.sub(r"\{\{<\s*param\s+([\w-]+)\s*>\}\}", param, body)
    body = re.sub(r"\{\{[<%].*?[%>]\}\}", "", body, flags=re.S)
    body = re.sub(r"(?m)^[ \t]*\{[.#][^{}\n]*\}[ \t]*$", "", body)
    return mdtext.paragraphs(mdtext.drop_elements(body))


def name(path):
    return path.rsplit("/", 1)[1][:-len(".md")]


# Candidates, from the file list, the sizes, the front matter's date and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
assert sum(f[2] is None for f in files) == 1, [f for f in files if f[2] is None]
assert len(files) == 2995, len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(r"content/posts/\d{4}/\d\d/[^/]+\.md", f[1]) and f[0] != "_index.md",
    lambda f: date(f[1]) >= FIRST_DATE,
    lambda f: mdtext.english(source(f[1])[1]),
    lambda f: f[2] <= MAX_BYTES,
])
assert counts == [1285, 133, 133, 129], counts
undated = [p for _, p, _ in files if re.fullmatch(r"content/posts/\d{4}/\d\d/[^/]+\.md", p)
           and p != FOLDER + "_index.md" and not value(p, "date")]
assert undated and all(p.split("/")[2] <= "2021" for p in undated), undated
dates = {p: qaentry.published(p, date(p)) for _, p, _ in cands}
assert max(dates.values()) <= "2026-08-21", max(dates.values())
cands.sort(key=lambda f: (dates[f[1]], f[1]))
posts = cands[::STEP]
assert len(posts) == 26, len(posts)

sources, items = [], []
source_id, total = qaentry.day_ids("cp"), 0
for _, path, size in posts:
    paras = render(source(path)[1])
    text = "\n\n".join(paras) + "\n"
    assert "<!--" not in text and "{{" not in text and "}}" not in text, path
    d = dates[path]
    sid = source_id(d)
    fname = "%s-%s.en.txt" % (d, name(path).lower().replace("_", "-"))
    assert re.fullmatch(r"[a-z0-9.-]+", fname), fname
    total += qaentry.write_text(out, fname, text)
    title = re.sub(r"\s+", " ", value(path, "title")).strip()
    assert title, path
    names = [re.sub(r"\s+", " ", a).strip().strip("\"'").strip() for a in mdtext.yaml_list(source(path)[0], "authors")]
    names = [a for a in names if a]
    author = qaentry.join_names(names) if names else DEFAULT_AUTHOR
    sources.append({"id": sid, "title": title, "language": "en", "published": d, "file": "cp51/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s%s/%s/; source: %s;\n"
                 "  changed: rendered to plain text, markup and images left out\n"
                 % (fname, d, title, author, SITE, d[:7].replace("-", "/"), name(path).lower(), path))
assert len(set(s["file"] for s in sources)) == len(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2024, 2027)] == [10, 10, 6], years
assert sum(not mdtext.yaml_list(source(p)[0], "authors") for _, p, _ in posts) == 0
assert sum(bool(re.search(r"(?m)^Date:", "\n".join(source(p)[0]))) for _, p, _ in posts) == 3

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], FIRST_DATE, counts[1],
                                       counts[2], MAX_BYTES, counts[3], len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """The Carpentries, blog (https://carpentries.org/blog/), %d English posts of %s to %s

Work: blog posts of The Carpentries (https://carpentries.org/), the
non-profit organisation (The Carpentries Inc., a 501(c)3 based in
Delaware, USA) behind Software Carpentry, Data Carpentry and Library
Carpentry, from the site's source repository carpentries/carpentries.org
(https://github.com/carpentries/carpentries.org; the copy used is a bare
mirror at commit %s of 2026-08-21),
Markdown files %sYYYY/MM/NAME.md.

Copyright: The Carpentries ("Copyright (c) 2018-2024 The Carpentries" on
the site's licence page; "(c) YEAR The Carpentries" in the footer of every
page) and the authors named with each post below (the front matter's
authors; "The Carpentries" where the front matter names none).

Licence: the site's licence page (content/license/_index.md, linked as
"License" from every page's footer) says:

  Unless specified otherwise, the text content of this website is
  licensed Creative Commons Attribution 4.0 International License.

  Images on this website are under copyright of the original creator
  unless otherwise specified.

No post used here states another licence for itself. The MIT License on
the same page is for the site's code (not used here); the repository has
no LICENSE file.

The texts are used under the Creative Commons Attribution 4.0
International licence (CC BY 4.0),
https://creativecommons.org/licenses/by/4.0/ , and the adapted texts in
this folder are shared under the same licence, CC BY 4.0. Attribution:
"The Carpentries and the authors named below, blog of carpentries.org,
CC BY 4.0". No endorsement by The Carpentries or the authors is implied.
"Software Carpentry", "Data Carpentry" and "The Carpentries" are
registered trademarks of The Carpentries Inc.; names of other
organisations, projects and products in the posts are their owners'.
Images of the posts are not included; where a post quotes a text of
others, that text stays theirs.

Changes (the texts are an adaptation): a selection of %d posts (by a fixed
rule, see scripts/qa-texts/carpentries-blog.py); each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings and list items as paragraphs of their own); the front matter
(title, date, authors, teaser), images, embedded videos and scripts, HTML
comments, link targets and markup left out; text struck through on the
page (two deadlines) is kept without its strike-through. No wording was
changed; typos of the originals are kept.

Files (name, date = the front matter's date, title, authors, address of
the post on carpentries.org as the site's permalink /blog/:year/:month/:filename/
gives it, source file in the repository):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("cp51", entry, out, COPYRIGHT + "".join(items), len(sources), total)
