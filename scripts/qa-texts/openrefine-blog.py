#!/usr/bin/env python3
"""Builds the eighty-seventh QA set's collection (or87): English blog posts
of OpenRefine (openrefine.org/blog), the free, open-source tool for
cleaning and transforming messy data and reconciling it with Wikidata
and other services: project news, hiring calls and new staff, advisory
committee members, grants (Chan Zuckerberg Initiative, Wikimedia, NFDI),
Outreachy and Google Summer of Code interns, monthly news of 2015,
packaging, the forum move, a fundraising campaign and the like, 2013 to
2026, from the site's repository, OpenRefine/openrefine.org (the stored
snapshot is the local bare mirror of that repository).
Posts are Docusaurus files blog/YYYY-MM-DD-NAME.md with a YAML front
matter (title, author or authors, slug, ...). The commit used is the
mirror's newest, COMMIT 93bda3148595a05cc2b43457e2a6d58412c7491d of
2026-08-05. None of the front matter is in the text.

Licence: the repository's README.md says "This website is published
under the Creative Commons Attribution 4.0 International License", and
the site's footer (docusaurus.config.js, its copyright line) "OpenRefine's
website and documentation is licensed under a Creative Commons
Attribution 4.0 International License" (CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/); both checked by the
script. The posts' texts may be shared and adapted with attribution. No
chosen post states another licence for its own text (checked by the
script). texts/or87/COPYRIGHT names the source, the authors, the licence
and the changes.

Which posts, by a fixed rule written down before any post's text or
front matter was read (only the last commit's line, the root listing,
README.md's and docusaurus.config.js's licence lines and the list of
blog/ blobs with sizes were looked at; after the rule, the posts'
front-matter keys, their draft, unlisted and date lines and the markup
kinds of the chosen were printed): candidates are the files directly
under blog/ (74)
1. named blog/YYYY-MM-DD-NAME.md: 74;
2. whose front matter says neither "draft: true" nor "unlisted: true":
   74 (no post has such a key);
3. whose file (front matter included) has 1,500 to 6,000 bytes: 33,
   all taken (105,343 bytes).
The bounds were chosen from the size list for 25 to 40 posts; they
leave out the short release and registration notes (under 1,500 bytes)
and the long survey results, year reviews, barcamp recaps and monthly
news (over 6,000). Order: by the date, then the path. The script asserts
every count. The rule was not changed after the texts were read.

Date = the file name's date (no post has a date in its front matter,
asserted); none lies after the commit's day. Title = the front matter's
title; author = the front matter's author, else its authors. Files are
named YYYY-MM-DD-NAME.en.txt (NAME the file name's without its date and
".md", percent escapes decoded, lower-cased, each run of characters
other than a-z and 0-9 as one "-", none at the ends).

Rendering, one paragraph per line with a blank line between paragraphs,
by mdtext.py's liquid_post_paragraphs (Python 3, standard library only):
tabs read as four spaces; a paragraph per Markdown paragraph, list item,
heading, block-quote paragraph and table body row ("Header: cell;
Header: cell"); the front matter is not rendered. Left out: fenced and
indented code blocks, images, HTML comments (Docusaurus' "truncate"
marker among them), <script>, <style>, <pre>, <noscript>, <svg> and
<iframe> elements with their content, horizontal rules, paragraphs
without a letter. Inline: code spans kept without backticks; links give
their text; HTML tags dropped, their text kept; emphasis markers
dropped; backslash escapes and entities resolved; white space runs made
one space. No typographic conversion. Any "<!--", "```", "{{", "{%",
"</", "[^", "![" or ":::" left in a text stops the script.

    scripts/qa-texts/openrefine-blog.py /work/.mirror/OpenRefine+openrefine.org/repo \\
        retrieval/eval/testdata/qa/texts/or87

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/or87 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/or87/COPYRIGHT, puts the or87 entry into collections.json
(only when writing the default folder, through qaentry.finish) and
prints it. Source ids are or-YYYY-MM-DD (by the date), with -2, -3 for a
second and third post of the same day (in path order); published = the
date. Running it twice gives the same files byte for byte. The shared
helpers (gitmirror, mdtext, posts, qaentry) are used as they are."""
import re
import urllib.parse

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # Posts: each post read once; add_post, one_line
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "93bda3148595a05cc2b43457e2a6d58412c7491d"  # 2026-08-05
COMMIT_DAY = "2026-08-05"
FOLDER = "blog/"
LOW, HIGH = 1500, 6000
REPO = "https://github.com/OpenRefine/openrefine.org/blob/%s/" % COMMIT
LEFT = ("<!--", "```", "{{", "{%", "</", "[^", "![", ":::")
mirror, out = arguments("or87")

DESCRIPTION = ("Eighty-seventh set: %d English blog posts of OpenRefine (openrefine.org/blog), the open-source tool "
    "for cleaning and reconciling messy data: project news, hiring calls and new staff, advisory committee members, "
    "grants, interns, monthly news of 2015, packaging, the forum and a fundraising campaign, dated %s to %s, from "
    "the site's repository, OpenRefine/openrefine.org (commit %s of 2026-08-05; the website under CC BY 4.0, as "
    "README.md and the site's footer say; source, authors and licence named in texts/or87/COPYRIGHT), one source "
    "per post, chosen by a fixed rule that reads only the file list, blob sizes and front-matter draft and "
    "unlisted values: the posts blog/YYYY-MM-DD-NAME.md (%d), not drafts or unlisted (%d), those of %s to %s "
    "bytes (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/openrefine-blog.py from the posts' Markdown (git show of the mirror), posts by "
    "the fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line "
    "with a blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph and "
    "table row; no front matter (the title is not in the text); no typographic conversion; left out: fenced and "
    "indented code blocks, images, HTML comments, script, style, pre, noscript, svg and iframe elements, "
    "horizontal rules, paragraphs without a letter; inline code kept without backticks, links as their text, HTML "
    "tags dropped (their text kept), emphasis markers dropped, backslash escapes and entities resolved, white "
    "space runs made one space. Title = the front-matter title; published = the file name's date.")

NAME = r"blog/(\d{4})-(\d\d)-(\d\d)-([^/]+)\.md"

# Each post read once (posts.Posts), its text as git gives it.
reader = posts.Posts(mirror, COMMIT)
source, value = reader.source, reader.value


def file_day(path):
    """The file name's date as YYYY-MM-DD."""
    return posts.file_day(NAME, path)


def stem(path):
    """The file's NAME as the docstring says: percent escapes decoded
    (twice: one name has "%253A"), lower-cased, runs of other characters
    than a-z and 0-9 as one "-"."""
    return posts.slug(urllib.parse.unquote(urllib.parse.unquote(re.fullmatch(NAME, path).group(4))))


assert stem("blog/2016-03-21-OpenRefine%20News%253A%20Spring%202016.md") == "openrefine-news-spring-2016"
assert stem("blog/2016-01-08-OpenRefine News%3A December 2015.md") == "openrefine-news-december-2015"


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    return mdtext.liquid_post_paragraphs(source(path)[1], path)


def author(path):
    """The front matter's author, else its authors (a scalar, or a list of
    "- name" or "- name: NAME" lines; three chosen posts have the latter)."""
    a = value(path, "author")
    if a:
        return a
    lines = source(path)[0]
    k = [n for n, l in enumerate(lines) if l.startswith("authors:")]
    assert len(k) == 1, path
    v = lines[k[0]][len("authors:"):].strip()
    if v:
        v = v.strip("[]")
        return qaentry.join_names([mdtext.yaml_scalar(x.strip()) for x in v.split(",") if x.strip()])
    names = []
    for l in lines[k[0] + 1:]:
        m = re.match(r"^\s+-\s+(?:name:\s*)?(.*)$", l)
        if not m:
            break
        names.append(mdtext.yaml_scalar(m.group(1).strip()))
    assert names, path
    return qaentry.join_names(names)


# Candidates, from the file list, blob sizes and front-matter draft and unlisted values only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 74, len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: value(f[1], "draft") != "true" and value(f[1], "unlisted") != "true",
    lambda f: LOW <= f[2] <= HIGH,
])
assert counts == [74, 74, 33], counts
chosen = sorted(cands, key=lambda f: (file_day(f[1]), f[1]))
assert len(chosen) == 33 and sum(f[2] for f in chosen) == 105343, sum(f[2] for f in chosen)

# Licence: the website under CC BY 4.0.
README = gitmirror.text(mirror, COMMIT, "README.md")
assert ("This website is published under the [Creative Commons Attribution 4.0 International License]"
        "(http://creativecommons.org/licenses/by/4.0/)." in README)
CONFIG = gitmirror.text(mirror, COMMIT, "docusaurus.config.js")
assert ("OpenRefine's website and documentation is licensed under a <a rel=\"license\" "
        "href=\"http://creativecommons.org/licenses/by/4.0/\">Creative Commons Attribution 4.0 International "
        "License</a>." in CONFIG)

ids = qaentry.day_ids("or")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"(this|the) (text|post|article|blog post) (is|are) licen[cs]ed|all rights reserved|"
                         r"licen[cs]ed under|creativecommons\.org", body, re.I), path
    assert value(path, "date") == "", path
    d = file_day(path)
    assert d <= COMMIT_DAY, path
    fname, size = posts.write_post(out, "%s-%s" % (d, stem(path)), render(path), left=LEFT, lang="en")
    total += size
    title = posts.one_line(value(path, "title"))
    by = posts.one_line(author(path))
    assert title and by, path
    posts.add_post(sources, items, ids(d), d, fname, title, by, "en", "or87", path, REPO,
                   "markup, code and images")
posts.assert_unique(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1],
                                       format(LOW, ","), format(HIGH, ","), counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """OpenRefine blog posts (OpenRefine/openrefine.org, blog), CC BY 4.0, %d English posts of %s to %s

Work: blog posts of OpenRefine (https://openrefine.org/blog), from the
site's repository OpenRefine/openrefine.org
(https://github.com/OpenRefine/openrefine.org; the copy used is a bare
mirror at commit %s of 2026-08-05), Markdown files
%sYYYY-MM-DD-NAME.md with a YAML front matter. Authors: as named in
each post's front matter (listed below); copyright theirs and the
OpenRefine project's.

Licence: the repository's README.md reads "This website is published
under the Creative Commons Attribution 4.0 International License", and
the site's footer "OpenRefine's website and documentation is licensed
under a Creative Commons Attribution 4.0 International License" (CC BY
4.0, https://creativecommons.org/licenses/by/4.0/legalcode). The
adapted texts in this folder are shared under CC BY 4.0 as well. The
work is offered as-is, without warranties, as the licence says. Images
are not included.

No endorsement by OpenRefine, the authors or any organisation, project,
funder or product the posts name is implied. OpenRefine, Wikimedia,
Wikidata, Google Summer of Code, Outreachy and the other names are
their owners' (some are trademarks).

Changes: a selection of %d posts (by a fixed rule, see
scripts/qa-texts/openrefine-blog.py), each rendered from Markdown to
plain text, one paragraph per line with a blank line between (headings,
list items, block-quote paragraphs and table rows as paragraphs of
their own); the front matter (title, author, slug), images, code
blocks, HTML comments, link targets and markup left out, so the texts
are shortened by these omissions. No wording was changed; typos of the
originals are kept.

Files (name, date = the file name's date, title, author, source file in
the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("or87", entry, out, COPYRIGHT + "".join(items), len(sources), total)
