#!/usr/bin/env python3
"""Builds the ninetieth QA set's collection (ff90): German news posts of
Klimastreik Landau (fridaysforfuture-landau.de), the local group of
Fridays for Future in Landau in der Pfalz: calls to climate strikes and
demonstrations and reviews of them, clean-ups, Lützerath, a protest in
Brussels against the EU taxonomy, a bike demo against oil drilling, a
film premiere, a catalogue of demands handed to the mayor, a panel on
climate protest, an alliance with ver.di, 2021 to 2025, from the site's
repository,
fridaysforfuture-landau-pfalz/fridaysforfuture-landau-pfalz.github.io
(the stored snapshot is the local bare mirror of that repository). Posts
are Jekyll files _posts/YYYY-MM-DD-NAME.markdown with a YAML front matter.
The commit used is the mirror's newest, COMMIT
1f276e671a6e477dcef7dcc9fea96c3a945a5c49 of 2026-01-12. None of the
front matter is in the text.

Licence: the repository's LICENSE, at its root, is the MIT License
("MIT License", "Copyright (c) 2021 fridaysforfuture-landau-pfalz"),
which grants to deal in "this software and associated documentation
files" without restriction, including to copy, modify, merge, publish
and distribute, on condition that the copyright notice and the
permission notice are included; it covers the repository's files, the
posts among them (the README and the site's configuration state no other
licence; no chosen post states another licence for its own text,
checked by the script on the rendered texts). Checked by the script
(the LICENSE's opening and its permission sentence). texts/ff90/COPYRIGHT
names the source and the changes and carries the licence's full text.
(The same reading of a repository's MIT License was taken for the
sixtieth set, xh60.)

Which posts, by a fixed rule written down before any post's text or
front matter was read (only the last commit's line, the root listing,
LICENSE's opening, the per-folder file counts and the list of _posts/
blobs with their sizes, with the counts of a few size bounds, were
looked at; after the rule, the chosen posts' front-matter keys, their
date, published, author and lang lines and the markup kinds were
printed): candidates are the files directly under _posts/ (64)
1. named _posts/YYYY-MM-DD-NAME.markdown (the extension in any case):
   63 (one file's extension is misspelt, ".markdwon", which Jekyll does
   not render as Markdown);
2. whose front matter does not say "published: false": 63;
3. whose file name's date is not after the commit's day: 63;
4. whose file (front matter included) has 2,000 to 5,000 bytes: 33,
   all taken (98,085 bytes).
The size bound keeps the collection small enough to be read in full by
the set's writer and leaves out the shortest notes (mostly a line and a
picture) and the longest posts. Order: by the date (the front
matter's, see below), then the path. The script asserts every count.
The rule was not changed after the texts were read.

Date = the front matter's date, its day (every chosen post has one,
as Jekyll shows and orders posts by it; six of them name another day
than the file name, earlier by 10 to 28 days or later by 1 or 7 days,
asserted: six); none lies after the commit's day. Title = the
front matter's title; author = Klimastreik Landau (Fridays for Future
Landau), the group that publishes the site (the site's title is
"Klimastreik Landau"; no chosen post has an author key, asserted). The
closing "---" line of three posts' front matter (two of them chosen)
has trailing blanks, so the front matter is read loosely
(posts.Posts(loose=True)). Every text is German: it has more of
mdtext's German function words than of its English ones (asserted).
Files are named YYYY-MM-DD-NAME.de.txt (YYYY-MM-DD the date, NAME the
file name's without its date and extension, ä ö ü ß as ae oe ue ss,
lower-cased, each run of characters other than a-z and 0-9 as one "-",
none at the ends).

Rendering, one paragraph per line with a blank line between paragraphs,
by mdtext.py's post_paragraphs (Python 3, standard library only), after
this script drops tabs (as four spaces), Liquid tags and outputs
("{% include ... %}", "{{ ... }}"), kramdown's attribute lists
("{: .class}") and the white space after a link's opening parenthesis:
a paragraph per Markdown paragraph, list item, heading, block-quote
paragraph, table body row ("Header: cell; Header: cell") and footnote
definition. Left out: fenced and indented code blocks, images, HTML
comments, <script>, <style>, <pre>, <noscript>, <svg> and <iframe>
elements with their content, link reference definitions, horizontal
rules, paragraphs without a letter. Inline: code spans kept without
backticks; links give their text; HTML tags dropped, their text kept;
emphasis markers dropped; backslash escapes and entities resolved;
white space runs made one space. No typographic conversion. Any "<!--",
"```", "{{", "{%", "{:", "</", "[^" or "![" left in a text stops the
script.

    scripts/qa-texts/klimastreik-landau.py \\
        /work/.mirror/fridaysforfuture-landau-pfalz+fridaysforfuture-landau-pfalz.github.io/repo \\
        retrieval/eval/testdata/qa/texts/ff90

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/ff90 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/ff90/COPYRIGHT, puts the ff90 entry into collections.json
(only when writing the default folder, through qaentry.finish) and
prints it. Source ids are ff-YYYY-MM-DD (by the date), with -2 for a
second post of the same day (in path order); published = the date.
Running it twice gives the same files byte for byte. The shared helpers
(gitmirror, mdtext, posts, qaentry) are used as they are."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # Posts: each post read once; add_post, one_line
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "1f276e671a6e477dcef7dcc9fea96c3a945a5c49"  # 2026-01-12
COMMIT_DAY = "2026-01-12"
FOLDER = "_posts/"
LOW, HIGH = 2000, 5000
REPO = ("https://github.com/fridaysforfuture-landau-pfalz/fridaysforfuture-landau-pfalz.github.io/blob/%s/"
        % COMMIT)
LEFT = ("<!--", "```", "{{", "{%", "{:", "</", "[^", "![")
AUTHOR = "Klimastreik Landau (Fridays for Future Landau)"
mirror, out = arguments("ff90")

DESCRIPTION = ("Ninetieth set: %d German news posts of Klimastreik Landau (fridaysforfuture-landau.de), the local "
    "group of Fridays for Future in Landau in der Pfalz: calls to climate strikes and demonstrations and reviews "
    "of them, clean-ups, Lützerath, a protest against the EU taxonomy, a bike demo against oil drilling, a film "
    "premiere, demands to the town, a panel on climate protest, dated %s to %s, from the site's repository, "
    "fridaysforfuture-landau-pfalz/fridaysforfuture-landau-pfalz.github.io (commit %s of 2026-01-12; MIT License, "
    "the repository's LICENSE; source, author and licence named in texts/ff90/COPYRIGHT), one source per post, "
    "chosen by a fixed rule that reads only the file list, blob sizes and front-matter published values: the posts "
    "_posts/YYYY-MM-DD-NAME.markdown (%d), not unpublished (%d), not dated after the commit's day (%d), those of "
    "%s to %s bytes (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/klimastreik-landau.py from the posts' Markdown (git show of the mirror), posts by "
    "the fixed rule in the script, tabs as four spaces, Liquid tags and outputs and kramdown attribute lists "
    "dropped, white space after a link's opening parenthesis removed, "
    "rendered as plain text by scripts/qa-texts/mdtext.py (post_paragraphs), one paragraph per line with a blank "
    "line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph, table row and "
    "footnote definition (footnote references dropped); no front matter (the title is not in the text); no "
    "typographic conversion; left out: fenced and indented code blocks, images, HTML comments, script, style, "
    "pre, noscript, svg and iframe elements, link reference definitions, horizontal rules, paragraphs without a "
    "letter; inline code kept without backticks, links as their text, HTML tags dropped (their text kept), "
    "emphasis markers dropped, backslash escapes and entities resolved, white space runs made one space. "
    "Title = the front-matter title; published = the front-matter date's day.")

NAME = r"_posts/(\d{4})-(\d\d)-(\d\d)-([^/]+)\.(?i:markdown)"

# Each post read once (posts.Posts), its text as git gives it; loose: the
# closing "---" line of three posts' front matter has trailing blanks.
reader = posts.Posts(mirror, COMMIT, loose=True)
source, value = reader.source, reader.value


def file_day(path):
    """The file name's date as YYYY-MM-DD."""
    return posts.file_day(NAME, path)


def stem(path):
    """The file's NAME as the docstring says: umlauts and ß transliterated,
    lower-cased, runs of other characters than a-z and 0-9 as one "-"."""
    name = posts.spelt_out(re.fullmatch(NAME, path).group(4).lower())
    return posts.slug(name)


assert stem("_posts/2022-05-21-Rückblick Müllsammelaktion 21.05.markdown") == "rueckblick-muellsammelaktion-21-05"
assert stem("_posts/2021-10-31-X Demo.Markdown") == "x-demo"


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring):
    tabs as spaces, Liquid and kramdown attribute lists dropped, then
    post_paragraphs."""
    body = source(path)[1].replace("\t", "    ")
    body = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "", body, flags=re.S)
    body = re.sub(r"\{:[^}\n]*\}", "", body)
    body = re.sub(r"\]\(\s+", "](", body)  # "[text](\n url)", a link as kramdown reads it
    return mdtext.post_paragraphs(body)


# Candidates, from the file list, blob sizes and front-matter published values only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 64, len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: value(f[1], "published") != "false",
    lambda f: file_day(f[1]) <= COMMIT_DAY,
    lambda f: LOW <= f[2] <= HIGH,
])
assert counts == [63, 63, 63, 33], counts


def day(path):
    """The post's date: its front matter's day (see the docstring)."""
    d = value(path, "date")[:10]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", d), path
    return d


chosen = sorted(cands, key=lambda f: (day(f[1]), f[1]))
assert sum(day(f[1]) != file_day(f[1]) for f in chosen) == 6
assert len(chosen) == 33 and sum(f[2] for f in chosen) == 98085, sum(f[2] for f in chosen)

# Licence: the MIT License of the repository.
LICENSE = gitmirror.text(mirror, COMMIT, "LICENSE")
assert LICENSE.startswith("MIT License\n\nCopyright (c) 2021 fridaysforfuture-landau-pfalz\n"), LICENSE[:80]
assert re.sub(r"\s+", " ", LICENSE).count(
    "to deal in the Software without restriction, including without limitation the rights to use, copy, modify, "
    "merge, publish, distribute, sublicense, and/or sell copies of the Software") == 1, LICENSE

ids = qaentry.day_ids("ff")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    paras = render(path)
    assert not re.search(r"licen[cs]ed under|all rights reserved|creativecommons\.org|lizen[sz]iert|"
                         r"alle rechte vorbehalten|CC[- ]BY", "\n".join(paras), re.I), path
    assert value(path, "author") == "", path
    d = day(path)
    assert d <= COMMIT_DAY, path
    words = re.findall(r"[a-zäöüß]+", "\n".join(paras).lower())
    de, en = sum(w in mdtext.GERMAN for w in words), sum(w in mdtext.ENGLISH for w in words)
    assert de > en, path
    fname, size = posts.write_post(out, "%s-%s" % (d, stem(path)), paras, left=LEFT, lang="de")
    total += size
    title = posts.one_line(value(path, "title"))
    assert title, path
    posts.add_post(sources, items, ids(d), d, fname, title, AUTHOR, "de", "ff90", path, REPO,
                   "markup, code and images")
posts.assert_unique(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], counts[2],
                                       format(LOW, ","), format(HIGH, ","), counts[3]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Klimastreik Landau (Fridays for Future Landau), news posts of fridaysforfuture-landau.de (fridaysforfuture-landau-pfalz/fridaysforfuture-landau-pfalz.github.io, _posts), MIT License, %d German posts of %s to %s

Work: news posts of the website of Klimastreik Landau, the local group
of Fridays for Future in Landau in der Pfalz
(https://fridaysforfuture-landau.de), from the site's repository
fridaysforfuture-landau-pfalz/fridaysforfuture-landau-pfalz.github.io
(https://github.com/fridaysforfuture-landau-pfalz/fridaysforfuture-landau-pfalz.github.io;
the copy used is a bare mirror at commit %s of 2026-01-12),
Markdown files %sYYYY-MM-DD-NAME.markdown with a YAML front matter.
Author: Klimastreik Landau (Fridays for Future Landau).

Licence: the repository's LICENSE is the MIT License; it covers the
repository's files, the posts among them. Its text, which must be
included with copies and substantial portions, follows:

%s
The adapted texts in this folder are shared under the same licence.
The work is offered as-is, without warranties, as the licence says.
Images are not included.

No endorsement by the group or by any person, party, company,
organisation or event the posts name is implied. The names of
organisations, companies, products and events are their owners'.

Changes: a selection of %d posts (by a fixed rule, see
scripts/qa-texts/klimastreik-landau.py), each rendered from Markdown to
plain text, one paragraph per line with a blank line between (headings,
list items, block-quote paragraphs, table rows and footnote texts as
paragraphs of their own); the front matter (title, tags, images),
images, code blocks, HTML comments, Liquid and kramdown markup,
footnote marks, link targets and other markup left out, so the texts
are shortened by these omissions. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's date, title, author, source file in
the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, LICENSE.rstrip("\n") + "\n", len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("ff90", entry, out, COPYRIGHT + "".join(items), len(sources), total)
