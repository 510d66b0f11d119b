#!/usr/bin/env python3
"""Builds the eighty-eighth QA set's collection (us88): English news posts
of the U.S. Web Design System (USWDS, designsystem.digital.gov), the
design system of the U.S. federal government run by the Technology
Transformation Services of the General Services Administration: case
studies of agencies that adopted it (NASA, Customs and Border Protection,
USDA, USAJOBS, Vets.gov, Code.gov, the Office of Evaluation Sciences, the
FEC, USA.gov, Defense Digital Service, the NSF), its renaming, a
WordPress theme, the 2.0 and 3.0 releases, a banner and component
updates, the emergency response work of 2020, the plans of 2021 and
working with the team, 2017 to 2022, from the site's repository,
uswds/uswds-site (the stored snapshot is the local bare mirror of that
repository). Posts are Jekyll files _posts/YYYY-MM-DD-NAME.md with a
YAML front matter (title, tags, category, excerpt, expiration_date,
sometimes author, authors, layout, image). The commit used is the
mirror's newest, COMMIT 284e0976332d4e958ac1baf986180276dd4cbbcb of
2026-08-07. None of the front matter is in the text.

Licence: the repository's LICENSE.md says "As a work of the United States
government, this project is in the public domain within the United
States." and "Additionally, we waive copyright and related rights in the
work worldwide through the CC0 1.0 Universal public domain dedication."
(CC0 1.0, https://creativecommons.org/publicdomain/zero/1.0/legalcode);
both checked by the script. The posts may be shared and adapted without
conditions. No chosen post states another licence for its own text
(checked by the script). texts/us88/COPYRIGHT names the source, the
authors where named, the dedication and the changes.

Which posts, by a fixed rule written down before any post's text or
front matter was read (only the last commit's line, the root listing,
LICENSE.md's opening and the list of _posts/ blobs with sizes, and the
listings of _security_updates/ and _drafts/, were looked at; after the
rule, the posts' front-matter keys, their author, date and published
lines and the markup kinds were printed): candidates are the files
directly under _posts/ (26, one of them .gitkeep)
1. named _posts/YYYY-MM-DD-NAME.md: 25;
2. whose front matter does not say "published: false": 25 (no post has
   such a key);
3. whose file (front matter included) has 1,000 to 16,000 bytes: 25,
   all taken (140,453 bytes).
The bound keeps every post (1,036 to 15,453 bytes); the two security
notes of _security_updates/ are not news posts and are left out. Order:
by the date, then the path. The script asserts every count. The rule
was not changed after the texts were read.

Date = the file name's date (no post has a date in its front matter,
asserted); none lies after the commit's day. Title = the front matter's
title (entities resolved: one has "&#x23;"); author = the front matter's author, else its authors list (one
post: a key of the site's author list), else "not named". Files are
named YYYY-MM-DD-NAME.en.txt (NAME the file name's without its date and
".md", lower-cased, each run of characters other than a-z and 0-9 as
one "-", none at the ends).

Rendering, one paragraph per line with a blank line between paragraphs,
by mdtext.py's liquid_post_paragraphs (Python 3, standard library only),
after this script drops kramdown's attribute lists ("{: .class}",
"{:.class}", on a line of their own or after an element) which that
function does not take: tabs read as four spaces; Liquid outputs and
tags ("{{ site.baseurl }}", "{% ... %}") dropped; a paragraph per
Markdown paragraph, list item, heading, block-quote paragraph and table
body row ("Header: cell; Header: cell"); the front matter is not
rendered. Left out: fenced and indented code blocks, images, HTML
comments, <script>, <style>, <pre>, <noscript>, <svg> and <iframe>
elements with their content, horizontal rules, paragraphs without a
letter. Inline: code spans kept without backticks; links give their
text; HTML tags dropped, their text kept; emphasis markers dropped;
backslash escapes and entities resolved; white space runs made one
space. No typographic conversion. Any "<!--", "```", "{{", "{%", "{:",
"</", "[^" or "![" left in a text stops the script.

    scripts/qa-texts/uswds-news.py /work/.mirror/uswds+uswds-site/repo \\
        retrieval/eval/testdata/qa/texts/us88

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/us88 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/us88/COPYRIGHT, puts the us88 entry into collections.json
(only when writing the default folder, through qaentry.finish) and
prints it. Source ids are us-YYYY-MM-DD (by the date), with -2 for a
second post of the same day (in path order); published = the date.
Running it twice gives the same files byte for byte. The shared helpers
(gitmirror, mdtext, posts, qaentry) are used as they are."""
import html
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # Posts: each post read once; add_post, one_line
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "284e0976332d4e958ac1baf986180276dd4cbbcb"  # 2026-08-07
COMMIT_DAY = "2026-08-07"
FOLDER = "_posts/"
LOW, HIGH = 1000, 16000
REPO = "https://github.com/uswds/uswds-site/blob/%s/" % COMMIT
LEFT = ("<!--", "```", "{{", "{%", "{:", "</", "[^", "![")
mirror, out = arguments("us88")

DESCRIPTION = ("Eighty-eighth set: %d English news posts of the U.S. Web Design System (USWDS, "
    "designsystem.digital.gov), the U.S. federal government's design system: agency case studies, its renaming, "
    "a WordPress theme, the 2.0 and 3.0 releases, component updates, emergency response work and the plans of "
    "2021, dated %s to %s, from the site's repository, uswds/uswds-site (commit %s of 2026-08-07; a work of the "
    "U.S. government, public domain in the U.S. and dedicated to the public domain worldwide under CC0 1.0, as "
    "LICENSE.md says; source, authors and dedication named in texts/us88/COPYRIGHT), one source per post, chosen "
    "by a fixed rule that reads only the file list, blob sizes and front-matter published values: the posts "
    "_posts/YYYY-MM-DD-NAME.md (%d), not unpublished (%d), those of %s to %s bytes (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/uswds-news.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, kramdown attribute lists dropped, rendered as plain text by "
    "scripts/qa-texts/mdtext.py, one paragraph per line with a blank line between: a paragraph per Markdown "
    "paragraph, list item, heading, block-quote paragraph and table row; no front matter (the title is not in "
    "the text); no typographic conversion; left out: Liquid tags and outputs, fenced and indented code blocks, "
    "images, HTML comments, script, style, pre, noscript, svg and iframe elements, horizontal rules, paragraphs "
    "without a letter; inline code kept without backticks, links as their text, HTML tags dropped (their text "
    "kept), emphasis markers dropped, backslash escapes and entities resolved, white space runs made one space. "
    "Title = the front-matter title; published = the file name's date.")

NAME = r"_posts/(\d{4})-(\d\d)-(\d\d)-([^/]+)\.md"

# Each post read once (posts.Posts), its text as git gives it.
reader = posts.Posts(mirror, COMMIT)
source, value = reader.source, reader.value


def file_day(path):
    """The file name's date as YYYY-MM-DD."""
    return posts.file_day(NAME, path)


def stem(path):
    """The file's NAME as the docstring says: lower-cased, runs of other
    characters than a-z and 0-9 as one "-"."""
    return posts.slug(re.fullmatch(NAME, path).group(4))


assert stem("_posts/2020-09-08-Improvements-banner.md") == "improvements-banner"


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring):
    kramdown attribute lists dropped, then liquid_post_paragraphs."""
    body = re.sub(r"\{:[^}\n]*\}", "", source(path)[1])
    return mdtext.liquid_post_paragraphs(body, path)


def author(path):
    """The front matter's author, else its authors list ("- key" lines),
    else "not named"."""
    a = value(path, "author")
    if a:
        return a
    lines = source(path)[0]
    k = [n for n, l in enumerate(lines) if l.startswith("authors:")]
    if not k:
        return "not named (the U.S. Web Design System team)"
    names = []
    for l in lines[k[0] + 1:]:
        m = re.match(r"^\s*-\s+(.*)$", l)
        if not m:
            break
        names.append(mdtext.yaml_scalar(m.group(1).strip()))
    assert names, path
    return "author key " + qaentry.join_names(names)


# Candidates, from the file list, blob sizes and front-matter published values only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 26, len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: value(f[1], "published") != "false",
    lambda f: LOW <= f[2] <= HIGH,
])
assert counts == [25, 25, 25], counts
chosen = sorted(cands, key=lambda f: (file_day(f[1]), f[1]))
assert len(chosen) == 25 and sum(f[2] for f in chosen) == 140453, sum(f[2] for f in chosen)

# Licence: a work of the U.S. government, CC0 1.0 worldwide.
LICENSE = gitmirror.text(mirror, COMMIT, "LICENSE.md")
assert LICENSE.startswith("As a work of the United States government, this project is in the\npublic domain within "
                          "the United States.\n\nAdditionally, we waive copyright and related rights in the work\n"
                          "worldwide through the CC0 1.0 Universal public domain dedication.\n"), LICENSE[:300]

ids = qaentry.day_ids("us")
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
    title = html.unescape(posts.one_line(value(path, "title")))  # one title has "&#x23;"
    by = posts.one_line(author(path))
    assert title and by, path
    posts.add_post(sources, items, ids(d), d, fname, title, by, "en", "us88", path, REPO,
                   "markup, code and images")
posts.assert_unique(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1],
                                       format(LOW, ","), format(HIGH, ","), counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """U.S. Web Design System news posts (uswds/uswds-site, _posts), public domain (U.S. government work; CC0 1.0), %d English posts of %s to %s

Work: news posts of the U.S. Web Design System
(https://designsystem.digital.gov), from the site's repository
uswds/uswds-site (https://github.com/uswds/uswds-site; the copy used is
a bare mirror at commit %s of 2026-08-07), Markdown files
%sYYYY-MM-DD-NAME.md with a YAML front matter. Authors: as named in
each post's front matter where it names them (listed below); otherwise
the U.S. Web Design System team of the General Services
Administration.

Licence: the repository's LICENSE.md reads "As a work of the United
States government, this project is in the public domain within the
United States." and "Additionally, we waive copyright and related
rights in the work worldwide through the CC0 1.0 Universal public
domain dedication." (CC0 1.0,
https://creativecommons.org/publicdomain/zero/1.0/legalcode). The
adapted texts in this folder are shared on the same terms. The work is
offered as-is, without warranties, as the dedication says. Images are
not included.

No endorsement by the General Services Administration, the U.S. Web
Design System team, the authors or any agency, organisation or product
the posts name is implied. The names of agencies, programmes and
products are their owners'.

Changes: a selection of %d posts (by a fixed rule, see
scripts/qa-texts/uswds-news.py), each rendered from Markdown to plain
text, one paragraph per line with a blank line between (headings, list
items, block-quote paragraphs and table rows as paragraphs of their
own); the front matter (title, tags, excerpt, author), images, code
blocks, HTML comments, Liquid and kramdown markup, link targets and
other markup left out, so the texts are shortened by these omissions.
No wording was changed; typos of the originals are kept.

Files (name, date = the file name's date, title, author, source file in
the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("us88", entry, out, COPYRIGHT + "".join(items), len(sources), total)
