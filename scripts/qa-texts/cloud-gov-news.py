#!/usr/bin/env python3
"""Builds the eighty-fifth QA set's collection (cl85): English news
posts of cloud.gov (cloud.gov/news), the platform as a service of the
U.S. General Services Administration (GSA) for federal agencies:
release notes, deprecation notices, security changes, changes of
cloud.gov Pages (formerly Federalist), a scaling exercise, a FedRAMP
community and the like, 2022 to 2025, from the site's repository,
cloud-gov/cg-site (the stored snapshot is the local bare mirror of
that repository).
Posts are Jekyll files _posts/YYYY-MM-DD-NAME.md with a YAML front
matter (layout, title, date, excerpt). The commit used is the mirror's
newest, COMMIT 536b459f25dc541450f8b02675b32584196a05fd of 2025-04-08.
None of the front matter is in the text.

Licence: the repository's LICENSE.md (its first lines checked by the
script) reads "As a work of the United States government, this project
is in the public domain within the United States. Additionally, we
waive copyright and related rights in the work worldwide through the
CC0 1.0 Universal public domain dedication."; README.md and
CONTRIBUTING.md say the same (README's "This project is in the
worldwide public domain" checked by the script). The posts are files of
that project, so their texts are in the public domain in the United
States and dedicated to it worldwide under CC0 1.0; they may be shared
and adapted without conditions. No chosen post states another licence
for its own text (checked by the script). texts/cl85/COPYRIGHT names the
source and the changes all the same.

Which posts, by a fixed rule written down before any post's text or
front matter was read (only the last commit's line, the root listing,
LICENSE.md, a grep of README.md, CONTRIBUTING.md and of _config.yml for
licence and post settings, and the list of _posts blobs with sizes were
looked at; after the rule, the candidates' front-matter keys and their
layout, date and published values were printed): candidates are the
files under _posts/ (134)
1. named _posts/YYYY-MM-DD-NAME.md (two-digit month and day): 133;
2. whose file name's date is 2022-01-01 or later: 57;
3. whose front matter does not say "published: false": 57;
4. whose file (front matter included) has 1,000 to 5,000 bytes: 29,
   all taken (68,426 bytes).
The bounds were chosen from the size list for 25 to 40 posts; they take
the newer posts and leave out the long release notes (over 5,000 bytes)
and the shortest notes (under 1,000 bytes). Order: by the date, then
the path. The script asserts every count. The rule was not changed
after the texts were read.

Date = the front matter's date, read as Jekyll reads it (it is
written in words, "November 9th 2023", "February 02, 2023", or as
YYYY-MM-DD); it equals the file name's date but for two posts, listed
in DATE_DIFFERS (2022-02-18 is dated 2022-02-17 and 2025-01-07 is
dated 2025-01-08, asserted); none lies after the commit's day. Title =
the front matter's title; no author is named in the front matter, so
COPYRIGHT credits "cloud.gov (GSA)". Files are named
YYYY-MM-DD-NAME.en.txt (the date as above; NAME the file name's without
its date, lower-cased, "_" as "-").

Rendering, one paragraph per line with a blank line between paragraphs,
by mdtext.py's liquid_post_paragraphs (Python 3, standard library only),
tabs read as four spaces, Liquid tags and outputs dropped: a paragraph
per Markdown paragraph, list item, heading, block-quote paragraph and
table body row ("Header: cell; Header: cell"); the front matter is not
rendered. Left out: fenced and indented code blocks, images, HTML
comments, <script>, <style>, <pre>, <noscript>, <svg> and <iframe>
elements with their content, horizontal rules, paragraphs without a
letter. Inline: code spans kept without backticks; links give their
text; HTML tags dropped, their text kept; emphasis markers dropped;
backslash escapes and entities resolved; white space runs made one
space. No typographic conversion. A footnote ("[^") or an attribute
list ("{:") in a chosen post stops the script, and so does any "<!--",
"```", "{{", "{%", "</", "[^" or "![" left in a text.

    scripts/qa-texts/cloud-gov-news.py /work/.mirror/cloud-gov+cg-site/repo \\
        retrieval/eval/testdata/qa/texts/cl85

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/cl85 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/cl85/COPYRIGHT, puts the cl85 entry into collections.json
(only when writing the default folder, through qaentry.finish) and
prints it. Source ids are cl-YYYY-MM-DD (by the date), with -2 for a
second post of the same day; published = the date. Running it twice
gives the same files byte for byte. The shared helpers (gitmirror,
mdtext, posts, qaentry) are used as they are."""
import datetime
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # Posts: each post read once; add_post, one_line
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "536b459f25dc541450f8b02675b32584196a05fd"  # 2025-04-08
COMMIT_DAY = "2025-04-08"
FOLDER = "_posts/"
FROM, LOW, HIGH = "2022-01-01", 1000, 5000
REPO = "https://github.com/cloud-gov/cg-site/blob/%s/" % COMMIT
LEFT = ("<!--", "```", "{{", "{%", "</", "[^", "![")
# Posts whose front matter's date names another day than the file name: file day -> date.
DATE_DIFFERS = {"2022-02-18": "2022-02-17", "2025-01-07": "2025-01-08"}
mirror, out = arguments("cl85")

DESCRIPTION = ("Eighty-fifth set: %d English news posts of cloud.gov (cloud.gov/news), the platform as a service of "
    "the U.S. General Services Administration for federal agencies: release notes, deprecation notices, security "
    "changes, changes of cloud.gov Pages, a scaling exercise, a FedRAMP community and the like, dated %s to %s, from the site's "
    "repository, cloud-gov/cg-site (commit %s of 2025-04-08; a work of the United States government, in the public "
    "domain in the United States and dedicated to it worldwide under CC0 1.0, as LICENSE.md says; source named in "
    "texts/cl85/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, blob sizes and "
    "front-matter published values: the posts _posts/YYYY-MM-DD-NAME.md (%d), dated by their file names %s or later "
    "(%d), not unpublished (%d), those of %s to %s bytes (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/cloud-gov-news.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script; Liquid tags and outputs dropped, then rendered as plain text by "
    "scripts/qa-texts/mdtext.py, one paragraph per line with a blank line between: a paragraph per Markdown "
    "paragraph, list item, heading, block-quote paragraph and table row; no front matter (the title and excerpt are "
    "not in the text); no typographic conversion; left out: fenced and indented code blocks, images, HTML comments, "
    "script, style, pre, noscript, svg and iframe elements, horizontal rules, paragraphs without a letter; inline "
    "code kept without backticks, links as their text, HTML tags dropped (their text kept), emphasis markers "
    "dropped, backslash escapes and entities resolved, white space runs made one space. Title = the front-matter "
    "title; published = the front-matter date's day.")

NAME = r"_posts/(\d{4})-(\d\d)-(\d\d)-([^/]+)\.md"

# Each post read once (posts.Posts), its text as git gives it.
reader = posts.Posts(mirror, COMMIT, strip_bom=False)
source, value = reader.source, reader.value


def file_day(path):
    """The file name's date as YYYY-MM-DD."""
    return "%s-%s-%s" % re.fullmatch(NAME, path).group(1, 2, 3)


def front_day(path):
    """The front matter's date, written in words ("November 9th 2023",
    "February 02, 2023") or as YYYY-MM-DD, as YYYY-MM-DD."""
    v = value(path, "date")
    if re.match(r"\d{4}-\d\d-\d\d", v):
        return v[:10]
    v = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", v).replace(",", " ")
    return datetime.datetime.strptime(" ".join(v.split()), "%B %d %Y").strftime("%Y-%m-%d")


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    return mdtext.liquid_post_paragraphs(source(path)[1], path)


def stem(path):
    """The file's NAME, lower-cased, "_" as "-" (see the docstring)."""
    return re.fullmatch(NAME, path).group(4).lower().replace("_", "-")


# Candidates, from the file list, blob sizes and front-matter published values only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
assert len(files) == 134, len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: file_day(f[1]) >= FROM,
    lambda f: value(f[1], "published") != "false",
    lambda f: LOW <= f[2] <= HIGH,
])
assert counts == [133, 57, 57, 29], counts
chosen = sorted(cands, key=lambda f: (front_day(f[1]), f[1]))
assert len(chosen) == 29 and sum(f[2] for f in chosen) == 68426

# Licence: a work of the United States government, public domain, CC0 1.0 worldwide.
LICENSE = gitmirror.text(mirror, COMMIT, "LICENSE.md")
assert LICENSE.startswith("As a work of the United States government, this project is in the\npublic domain within "
                          "the United States.\n\nAdditionally, we waive copyright and related rights in the work\n"
                          "worldwide through the CC0 1.0 Universal public domain dedication.\n"), LICENSE[:200]
README = gitmirror.text(mirror, COMMIT, "README.md")
assert "This project is in the worldwide [public domain](LICENSE.md)." in README

ids = qaentry.day_ids("cl")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"(this|the) (text|post|article|blog post) (is|are) licen[cs]ed|all rights reserved|"
                         r"licen[cs]ed under", body, re.I), path
    d = front_day(path)
    assert d <= COMMIT_DAY, path
    assert d == file_day(path) or DATE_DIFFERS.get(file_day(path)) == d, (path, value(path, "date"))
    fname, size = posts.write_post(out, "%s-%s" % (d, stem(path)), render(path), left=LEFT, lang="en")
    total += size
    title = posts.one_line(value(path, "title"))
    assert title, path
    posts.add_post(sources, items, ids(d), d, fname, title, "cloud.gov (GSA), no author named", "en", "cl85", path,
                   REPO, "markup, code and images")
posts.assert_unique(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], FROM, counts[1], counts[2],
                                       format(LOW, ","), format(HIGH, ","), counts[3]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """cloud.gov news posts (cloud-gov/cg-site, _posts), public domain (U.S. government work; CC0 1.0 worldwide), %d English posts of %s to %s

Work: news posts of cloud.gov (https://cloud.gov/news/), the platform
as a service of the U.S. General Services Administration (GSA),
Technology Transformation Services, from the site's repository
cloud-gov/cg-site (https://github.com/cloud-gov/cg-site; the copy used
is a bare mirror at commit %s of 2025-04-08), Markdown files
%sYYYY-MM-DD-NAME.md with a YAML front matter. The posts name no
author.

Status: the repository's LICENSE.md reads "As a work of the United
States government, this project is in the public domain within the
United States. Additionally, we waive copyright and related rights in
the work worldwide through the CC0 1.0 Universal public domain
dedication." (https://creativecommons.org/publicdomain/zero/1.0/legalcode).
The texts are used, and the adapted texts in this folder are shared,
on that basis; no permission is needed. The source is named here all
the same. The work is offered as-is, without warranties, as the CC0
dedication says. Images are not included.

No endorsement by cloud.gov, the General Services Administration or
any agency, company or product the posts name is implied. cloud.gov,
GSA, FedRAMP and the other names of agencies, programmes, services and
products are their owners' (some are trademarks).

Changes: a selection of %d posts (by a fixed rule, see
scripts/qa-texts/cloud-gov-news.py), each rendered from Markdown to
plain text, one paragraph per line with a blank line between (headings,
list items, block-quote paragraphs and table rows as paragraphs of
their own); the front matter (title, date, excerpt), code blocks,
images, link targets and markup left out, so the texts are shortened by
these omissions. No wording was changed; typos of the originals are
kept.

Files (name, date = the front matter's day, title, author, source file in
the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("cl85", entry, out, COPYRIGHT + "".join(items), len(sources), total)
