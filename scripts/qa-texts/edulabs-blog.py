#!/usr/bin/env python3
"""Builds the eightieth QA set's collection (el80): German posts of the
blog of edulabs (edulabs.de), a project of the Open Knowledge Foundation
Deutschland e.V. on open education: local groups (labs) in Berlin,
Cologne/Bonn, Munich and NRW that develop open teaching materials (OER)
and tools with teachers, makers and designers; calls for projects,
edusprints, partner schools, the squarelet tool, Forum Open:Education
and policy demands, 2017 to 2020, from the site's repository,
okfde/edulabs (the stored snapshot is the local bare mirror of that
repository). Posts are Jekyll files _posts/YYYY-MM-D(D)-NAME.md with a
YAML front matter (layout, title, author, teaser, header image and
caption, tags; no date key: the date is the file name's). The commit
used is the mirror's newest, COMMIT
ffc0733aed4aae59288ff9df8952ef08abc5dac0 of 2024-10-12. The site's
layouts were not read; none of the front matter is in the text.

Licence: LICENSE.md, at the repository's root, is the text of the
Creative Commons Attribution 4.0 International Public License (its first
line checked by the script), and README.md's "License" section says:
"Sofern nicht anders angegeben, stehen die Inhalte dieser Seite unter
der Creative Commons Namensnennung 4.0 International Lizenz" and "This
website is licensed under a Creative Commons Attribution 4.0
International License" (both checked by the script). The posts' texts
are contents of the site; images (which carry licences of their own in
their captions, some of third parties) are not used. The texts are used,
and the adapted texts shared, under CC BY 4.0; texts/el80/COPYRIGHT
carries the attribution, README.md's sentences, the changes, and the
licence's text (LICENSE.md as it is).

Which posts, by a fixed rule written down before any post's text was
read (only LICENSE.md's head, README.md's first 20 lines, the last
commit, the root listing, some lines of _config.yml and the file list of
_posts with the blob sizes were looked at, except that a grep for
licence words meant to skip _posts showed about 20 lines of 6 posts,
image captions above all; after the rule, the chosen posts' front-matter
layout, title and author lines, the names of the Liquid tags they use and
their counts of HTML tags were printed): candidates are the files
directly under _posts/ (83)
1. named YYYY-MM-D(D)-NAME.md: 83;
2. that are not unpublished (the front matter's "published" is not
   false): 83;
3. whose file (front matter included) is 3,000 to 6,000 bytes long: 31,
   all taken (125,455 bytes).
The bounds were chosen from the size list for 25 to 40 posts; they
leave out the long interviews and reports and the short calls. Order: by
the date, then the path. The script asserts every count. The rule was
not changed after the texts were read.

Date = the file name's (YYYY-MM-D(D), the day written with two digits;
Jekyll reads a one-digit day so); no chosen post has a date key in its
front matter (checked). Title = the front matter's title; author = the
front matter's author. Files are named YYYY-MM-DD-NAME.de.txt, NAME
lower-cased, "ä", "ö", "ü", "ß" written "ae", "oe", "ue", "ss", and every
run of other characters than a-z, 0-9 and "." written "-". Addresses:
the blog is at https://edulabs.de/blog/ (_config.yml: url
https://edulabs.de, permalink /blog/:title); the posts' own addresses
were not derived and nothing was opened; COPYRIGHT gives each source
file's address in the repository at COMMIT.

Rendering, one paragraph per line with a blank line between paragraphs:
Liquid tags ({% ... %}, the image includes with their captions) and
outputs ({{ ... }}) dropped (as okfn-blog.py does), then mdtext.py
(Python 3, standard library only): a paragraph per Markdown paragraph,
list item, heading, block-quote paragraph and table body row ("Header:
cell; Header: cell"); the front matter is not rendered. Left out: fenced
and indented code blocks, images, HTML comments, <script>, <style>,
<pre>, <noscript>, <svg> and <iframe> elements with their content,
horizontal rules, paragraphs without a letter. Inline: code spans kept
without backticks; links give their text; HTML tags dropped, their text
kept (so HTML captions of images stay as text); emphasis markers
dropped; backslash escapes and entities resolved; white space runs made
one space. No typographic conversion (kramdown's smart quotes and
typographic symbols are not applied; the texts keep the source's
characters). Any "<!--", "```", "{{", "{%", "</", "[^" or "![" left in a
text stops the script.

    scripts/qa-texts/edulabs-blog.py /work/.mirror/okfde+edulabs/repo \\
        retrieval/eval/testdata/qa/texts/el80

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/el80 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(posts.write_post), writes texts/el80/COPYRIGHT, puts the el80 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are el-YYYY-MM-DD (by the
date), with -2 for a second post of the same day; published = the date.
Running it twice gives the same files byte for byte. The shared helpers
(gitmirror, mdtext, posts, qaentry) are used as they are."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # Posts: each post read once
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "ffc0733aed4aae59288ff9df8952ef08abc5dac0"  # 2024-10-12
COMMIT_DAY = "2024-10-12"
FOLDER = "_posts/"
LOW, HIGH = 3000, 6000
REPO = "https://github.com/okfde/edulabs/blob/%s/" % COMMIT
LEFT = ("<!--", "```", "{{", "{%", "</", "[^", "![")
mirror, out = arguments("el80")

DESCRIPTION = ("Eightieth set: %d German posts of the edulabs blog (edulabs.de), a project of the Open Knowledge "
    "Foundation Deutschland on open education: local labs in Berlin, Cologne/Bonn, Munich and NRW developing open "
    "teaching materials (OER) and tools, calls for projects, edusprints, partner schools, the squarelet tool, Forum "
    "Open:Education and policy demands, dated %s to %s, from the site's repository, okfde/edulabs (commit %s of "
    "2024-10-12; the contents under CC BY 4.0 by LICENSE.md and README.md; attribution in texts/el80/COPYRIGHT), one "
    "source per post, chosen by a fixed rule that reads only the file list, blob sizes and front-matter published "
    "values: the posts _posts/YYYY-MM-D(D)-NAME.md (%d), not unpublished (%d), those of %s to %s bytes (%d), all "
    "taken.")
TEXT = ("Built by scripts/qa-texts/edulabs-blog.py from the posts' Markdown (git show of the mirror), posts by the fixed "
    "rule in the script; Liquid tags and outputs dropped, then rendered as plain text by scripts/qa-texts/mdtext.py, "
    "one paragraph per line with a blank line between: a paragraph per Markdown paragraph, list item, heading, "
    "block-quote paragraph and table row; no front matter (the title and author are not in the text); no typographic "
    "conversion; left out: fenced and indented code blocks, images, HTML comments, script, style, pre, noscript, svg "
    "and iframe elements, horizontal rules, paragraphs without a letter; inline code kept without backticks, links as "
    "their text, HTML tags dropped (their text kept), emphasis markers dropped, backslash escapes and entities "
    "resolved, white space runs made one space. Title = the front-matter title; published = the file name's date.")

NAME = r"_posts/(\d{4})-(\d\d)-(\d{1,2})-([^/]+)\.md"


# Each post read once (posts.Posts), its text as git gives it (no byte
# order mark stripped).
reader = posts.Posts(mirror, COMMIT, strip_bom=False)
source, value = reader.source, reader.value


def day(path):
    """The file name's date as YYYY-MM-DD."""
    y, m, d = re.fullmatch(NAME, path).group(1, 2, 3)
    return qaentry.published("", "%s-%s-%02d" % (y, m, int(d)))


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    return mdtext.liquid_post_paragraphs(source(path)[1], path)


def stem(path):
    """The file's NAME, lower-cased, umlauts and "ß" spelt out, other
    runs than a-z, 0-9 and "." as "-" (see the docstring)."""
    name = posts.spelt_out(re.fullmatch(NAME, path).group(4).lower())
    return re.sub(r"[^a-z0-9.]+", "-", name).strip("-")


# Candidates, from the file list, blob sizes and front-matter published values only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 83, len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: value(f[1], "published") != "false",
    lambda f: LOW <= f[2] <= HIGH,
])
assert counts == [83, 83, 31], counts
date = {f[1]: day(f[1]) for f in cands}
chosen = sorted(cands, key=lambda f: (date[f[1]], f[1]))
assert len(chosen) == 31 and sum(f[2] for f in chosen) == 125455

# Licence: LICENSE.md is CC BY 4.0's text; README.md puts the contents under it.
LICENSE = gitmirror.text(mirror, COMMIT, "LICENSE.md")
assert LICENSE.startswith("# Creative Commons Attribution 4.0 International Public License\n"), LICENSE[:200]
README = gitmirror.text(mirror, COMMIT, "README.md")
SAYS = ("Sofern nicht anders angegeben, stehen die Inhalte dieser Seite unter der "
        '<a href="https://creativecommons.org/licenses/by/4.0/deed.de">Creative Commons Namensnennung 4.0 International '
        "Lizenz</a>.")
SAYS_EN = ("This website is licensed under a [Creative Commons Attribution 4.0 International License]"
           "(http://creativecommons.org/licenses/by/4.0/).")
assert SAYS in README and SAYS_EN in README
CONF = gitmirror.text(mirror, COMMIT, "_config.yml")
assert "\npermalink: /blog/:title\n" in CONF and 'url: "https://edulabs.de"' in CONF and "markdown: kramdown" in CONF

ids = qaentry.day_ids("el")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"(dieser|der) (text|beitrag|artikel|blogbeitrag|post) (steht|ist) unter|alle rechte "
                         r"vorbehalten|all rights reserved", body, re.I), path
    assert not any(re.match(r"(date|slug|permalink|published):", l) for l in front), path
    d = date[path]
    assert d <= COMMIT_DAY, path
    fname, size = posts.write_post(out, "%s-%s" % (d, stem(path)), render(path), left=LEFT, lang="de")
    total += size
    title, by = posts.one_line(value(path, "title")), posts.one_line(value(path, "author"))
    assert title and by, path
    posts.add_post(sources, items, ids(d), d, fname, title, by, "de", "el80", path, REPO, "markup, Liquid tags and images")
posts.assert_unique(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], format(LOW, ","),
                                       format(HIGH, ","), counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """edulabs blog posts (okfde/edulabs, _posts), CC BY 4.0, %d German posts of %s to %s

Work: posts of the edulabs blog (https://edulabs.de/blog/), a project of
the Open Knowledge Foundation Deutschland e.V., written by the authors
named below (the front matter's author), from the site's repository
okfde/edulabs (https://github.com/okfde/edulabs; the copy used is a bare
mirror at commit %s of 2024-10-12), Markdown files
%sYYYY-MM-D(D)-NAME.md with a YAML front matter.

Copyright: the authors named with each post and the Open Knowledge
Foundation Deutschland e.V. (the operator of edulabs.de).

Licence: the repository's README.md says: "Sofern nicht anders
angegeben, stehen die Inhalte dieser Seite unter der Creative Commons
Namensnennung 4.0 International Lizenz" and "This website is licensed
under a Creative Commons Attribution 4.0 International License. Please
read the LICENSE files for more details."; its LICENSE.md is the text of
that licence. No chosen post states another licence for its text. The
texts are used, and the adapted texts in this folder are distributed,
under the Creative Commons Attribution 4.0 International licence (CC BY
4.0, https://creativecommons.org/licenses/by/4.0/legalcode; its text, as
the repository's LICENSE.md gives it, follows below). As the licence
says, the material is offered as-is, without warranties (its section 5).
Images, which the site credits to their own authors and licences, are
not included.

Attribution: "The authors named below, edulabs blog (edulabs.de), Open
Knowledge Foundation Deutschland e.V., from okfde/edulabs, CC BY 4.0".
No endorsement by the Open Knowledge Foundation Deutschland, edulabs,
the authors or the people, schools, organisations and projects the posts
name is implied; the names of projects, organisations and products are
their owners'.

Changes (the texts are an adaptation, as section 3(a)(1)(B) of the
licence asks to indicate): a selection of %d posts (by a fixed rule, see
scripts/qa-texts/edulabs-blog.py), each rendered from Markdown to plain
text, one paragraph per line with a blank line between (headings, list
items, block-quote paragraphs and table rows as paragraphs of their
own); the front matter (title, author, teaser, header image), Liquid
tags (image includes with their captions), images, link targets and
markup left out, so the texts are shortened by these omissions. No
wording was changed; typos of the originals are kept.

Files (name, date = the file name's day, title, author, source file in
the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
LICENCE_TEXT = "\nThe licence's text, as the repository's LICENSE.md gives it:\n\n" + LICENSE
# COPYRIGHT, and collections.json only when writing the default folder.
finish("el80", entry, out, COPYRIGHT + "".join(items) + LICENCE_TEXT, len(sources), total)
