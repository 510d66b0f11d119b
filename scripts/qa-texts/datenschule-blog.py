#!/usr/bin/env python3
"""Builds the eighty-third QA set's collection (dz83): German posts of
the Datenschule blog (datenschule.de/blog), a programme of the Open
Knowledge Foundation Deutschland e.V. (OKF DE) that teaches civil-society
organisations, youth workers and environmental groups to find, use and
show data: workshops for youth work (Demokratielabore), the
Umweltdatenschule on open environmental data, a green-electricity
research with Robin Wood, workshops abroad and the Umweltdatenwerkstatt,
2018 to 2024, from the site's repository, okfde/datenschule.de (the
stored snapshot is the local bare mirror of that repository). Posts are
Jekyll files blog/_posts/YYYY/YYYY-MM-DD-NAME.md with a YAML front matter
(authors, date, picture with its own licence line, tags, title). The
commit used is the mirror's newest, COMMIT
6a02b5b1080bd435088d7e63db5e92f2389cd914 of 2024-11-07. None of the
front matter is in the text.

Licence: the site's footer (_includes/footer.html prints the translation
key footer.license; _i18n/de.yml and _i18n/en.yml, checked by the
script) says that the contents of the website are, unless stated
otherwise ("sofern nicht anders angegeben"), licensed under Creative
Commons 3.0 Attribution, with a link to
https://creativecommons.org/licenses/by/3.0/de/ (CC BY 3.0 DE). The blog
posts are pages of that site, so their texts are used under CC BY 3.0
DE. The pictures carry licences of their own in the front matter; no
picture is used. The repository's LICENSE is the MIT licence (its first
line checked by the script), for the site's code. No chosen post states
another licence for its own text (checked by the script). The adapted
texts are shared under CC BY 3.0 DE; texts/dz83/COPYRIGHT carries the
attribution, the licence's address, the changes and the no-endorsement
note.

Which posts, by a fixed rule written down before any post's text or
front matter was read (only the last commit's line, the root listing, a
grep of README, LICENSE, _config.yml, the _i18n files and the footer for
licence words, the lines of _config.yml naming languages, posts and
addresses, and the file list of blog/_posts with blob sizes were looked
at; after the rule, the candidates' front-matter keys and values other
than the text, the names of the HTML tags they use and the presence of
Liquid tags (none) and fenced code (none) were printed): candidates are
the files under blog/_posts/ and its year folders (100)
1. named blog/_posts/YYYY/YYYY-MM-DD-NAME.md: 100;
2. whose file name's date is 2018-01-01 or later: 32;
3. whose front matter does not say "published: false": 32;
4. whose file (front matter included) has at most 6,000 bytes: 27, all
   taken (106,929 bytes).
The bounds were chosen from the size list for 25 to 40 posts; they take
the newer posts (the Umweltdatenschule years and after) and leave out
the long ones (over 6,000 bytes). Order: by the date, then the path. The
script asserts every count. The rule was not changed after the texts
were read.

Date = the front matter's date, its first ten characters, as Jekyll
dates a post whose front matter gives one (two chosen posts' dates
differ from their file names': 2018-05-15 is dated 2018-05-17 and
2020-05-08 is dated 2020-05-30; all others are equal, asserted); none
lies after the commit's day. Title = the front matter's title; author =
the front matter's authors list, joined. Files are named
YYYY-MM-DD-NAME.de.txt (the date as above; NAME the file name's without
its date, lower-cased, umlauts and "ß" spelt out, other runs than a-z,
0-9 and "." as "-"). Addresses: the posts' own addresses on the site
were not derived and nothing was opened; COPYRIGHT gives each source
file's address in the repository at COMMIT.

Rendering, one paragraph per line with a blank line between paragraphs,
by mdtext.py's liquid_post_paragraphs (Python 3, standard library only),
tabs read as four spaces, Liquid tags and outputs dropped (none): a
paragraph per Markdown paragraph, list item, heading, block-quote
paragraph and table body row ("Header: cell; Header: cell"); the front
matter is not rendered. Left out: fenced and indented code blocks,
images, HTML comments, <script>, <style>, <pre>, <noscript>, <svg> and
<iframe> elements with their content (embedded maps and a tweet's
script), horizontal rules, paragraphs without a letter. Inline: code
spans kept without backticks; links give their text; HTML tags dropped,
their text kept; emphasis markers dropped; backslash escapes and
entities resolved; white space runs made one space. No typographic
conversion. A footnote ("[^") or an attribute list ("{:") in a chosen
post stops the script (none), and so does any "<!--", "```", "{{",
"{%", "</", "[^" or "![" left in a text.

    scripts/qa-texts/datenschule-blog.py /work/.mirror/okfde+datenschule.de/repo \\
        retrieval/eval/testdata/qa/texts/dz83

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/dz83 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/dz83/COPYRIGHT, puts the dz83 entry into collections.json
(only when writing the default folder, through qaentry.finish) and
prints it. Source ids are dz-YYYY-MM-DD (by the date), with -2 for a
second post of the same day (one: 2019-09-12); published = the date.
Running it twice gives the same files byte for byte. The shared helpers
(gitmirror, mdtext, posts, qaentry) are used as they are."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # Posts: each post read once; add_post, one_line
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "6a02b5b1080bd435088d7e63db5e92f2389cd914"  # 2024-11-07
COMMIT_DAY = "2024-11-07"
FOLDER = "blog/_posts/"
FROM, HIGH = "2018-01-01", 6000
REPO = "https://github.com/okfde/datenschule.de/blob/%s/" % COMMIT
LEFT = ("<!--", "```", "{{", "{%", "</", "[^", "![")
mirror, out = arguments("dz83")

DESCRIPTION = ("Eighty-third set: %d German posts of the Datenschule blog (datenschule.de/blog), a programme of the "
    "Open Knowledge Foundation Deutschland that teaches civil-society organisations, youth workers and environmental "
    "groups to work with data: workshops for youth work (Demokratielabore), the Umweltdatenschule on open "
    "environmental data, a green-electricity research with Robin Wood, workshops in Tunis and Amman and the "
    "Umweltdatenwerkstatt, dated %s to %s, from the site's repository, okfde/datenschule.de (commit %s of "
    "2024-11-07; the site's footer licenses its contents, unless stated otherwise, under CC BY 3.0 DE, the "
    "repository's LICENSE is MIT; attribution in texts/dz83/COPYRIGHT), one source per post, chosen by a fixed rule "
    "that reads only the file list, blob sizes and front-matter published values: the posts "
    "blog/_posts/YYYY/YYYY-MM-DD-NAME.md (%d), dated by their file names %s or later (%d), not unpublished (%d), "
    "those of at most %s bytes (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/datenschule-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script; Liquid tags and outputs dropped, then rendered as plain text by "
    "scripts/qa-texts/mdtext.py, one paragraph per line with a blank line between: a paragraph per Markdown "
    "paragraph, list item, heading, block-quote paragraph and table row; no front matter (the title and authors are "
    "not in the text); no typographic conversion; left out: fenced and indented code blocks, images, HTML comments, "
    "script, style, pre, noscript, svg and iframe elements, horizontal rules, paragraphs without a letter; inline "
    "code kept without backticks, links as their text, HTML tags dropped (their text kept), emphasis markers "
    "dropped, backslash escapes and entities resolved, white space runs made one space. Title = the front-matter "
    "title; published = the front-matter date's day.")

NAME = r"blog/_posts/(\d{4})/(\d{4})-(\d\d)-(\d\d)-([^/]+)\.md"

# Each post read once (posts.Posts), its text as git gives it.
reader = posts.Posts(mirror, COMMIT, strip_bom=False)
source, value = reader.source, reader.value


def file_day(path):
    """The file name's date as YYYY-MM-DD."""
    return "%s-%s-%s" % re.fullmatch(NAME, path).group(2, 3, 4)


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    return mdtext.liquid_post_paragraphs(source(path)[1], path)


def stem(path):
    """The file's NAME, lower-cased, umlauts and "ß" spelt out, other
    runs than a-z, 0-9 and "." as "-" (see the docstring)."""
    name = posts.spelt_out(re.fullmatch(NAME, path).group(5).lower())
    return re.sub(r"[^a-z0-9.]+", "-", name).strip("-")


# Candidates, from the file list, blob sizes and front-matter published values only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
assert len(files) == 100, len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]) and re.fullmatch(NAME, f[1]).group(1) == f[1][12:16],
    lambda f: file_day(f[1]) >= FROM,
    lambda f: value(f[1], "published") != "false",
    lambda f: f[2] <= HIGH,
])
assert counts == [100, 32, 32, 27], counts
date = {f[1]: qaentry.published("", value(f[1], "date")) for f in cands}
chosen = sorted(cands, key=lambda f: (date[f[1]], f[1]))
assert len(chosen) == 27 and sum(f[2] for f in chosen) == 106929

# Licence: the footer's text (_i18n) puts the contents under CC BY 3.0 DE
# unless stated otherwise; the repository's LICENSE is MIT.
FOOTER = gitmirror.text(mirror, COMMIT, "_includes/footer.html")
assert "{% t footer.license %}" in FOOTER
DE = gitmirror.text(mirror, COMMIT, "_i18n/de.yml")
assert ("Die Inhalte dieser Webseite sind, sofern nicht anders angegeben, nach <a target=\\\"_blank\\\" "
        "href=\\\"https://creativecommons.org/licenses/by/3.0/de/\\\">Creative Commons 3.0 Attribution</a> "
        "lizensiert.") in DE
EN = gitmirror.text(mirror, COMMIT, "_i18n/en.yml")
assert ("The contents of this website are, if not stated otherwise, licensed with <a target=\\\"_blank\\\" "
        "href=\\\"https://creativecommons.org/licenses/by/3.0/de/\\\">Creative Commons 3.0 Attribution</a>.") in EN
LICENSE = gitmirror.text(mirror, COMMIT, "LICENSE")
assert LICENSE.startswith("The MIT License (MIT)\n"), LICENSE[:100]

ids = qaentry.day_ids("dz")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"(dieser|der) (text|beitrag|artikel|blogbeitrag|post) (steht|ist) unter|alle rechte "
                         r"vorbehalten|all rights reserved|licen[cs]ed under", body, re.I), path
    d = date[path]
    assert d <= COMMIT_DAY, path
    assert d == file_day(path) or (file_day(path), d) in (("2018-05-15", "2018-05-17"), ("2020-05-08", "2020-05-30")), path
    fname, size = posts.write_post(out, "%s-%s" % (d, stem(path)), render(path), left=LEFT, lang="de")
    total += size
    title = posts.one_line(value(path, "title"))
    by = qaentry.join_names([posts.one_line(a) for a in mdtext.yaml_list(front, "authors")])
    assert title and by, path
    posts.add_post(sources, items, ids(d), d, fname, title, by, "de", "dz83", path, REPO, "markup and images")
posts.assert_unique(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], FROM, counts[1], counts[2],
                                       format(HIGH, ","), counts[3]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Datenschule blog posts (okfde/datenschule.de, blog/_posts), CC BY 3.0 DE, %d German posts of %s to %s

Work: posts of the Datenschule blog (https://datenschule.de/blog/), a
programme of the Open Knowledge Foundation Deutschland e.V. (OKF DE),
written by the authors named below (the front matter's authors), from
the site's repository okfde/datenschule.de
(https://github.com/okfde/datenschule.de; the copy used is a bare
mirror at commit %s of 2024-11-07), Markdown files
%sYYYY/YYYY-MM-DD-NAME.md with a YAML front matter.

Copyright: the authors named with each post and the Open Knowledge
Foundation Deutschland e.V.

Licence: the site's footer reads "Die Inhalte dieser Webseite sind,
sofern nicht anders angegeben, nach Creative Commons 3.0 Attribution
lizensiert" ("The contents of this website are, if not stated otherwise,
licensed with Creative Commons 3.0 Attribution"), linking to
https://creativecommons.org/licenses/by/3.0/de/; the posts are pages of
that site. The texts are used, and the adapted texts in this folder are
distributed, under the Creative Commons Namensnennung 3.0 Deutschland
licence (CC BY 3.0 DE, https://creativecommons.org/licenses/by/3.0/de/legalcode;
every copy or adaptation must carry that address or the licence's
text). The repository's LICENSE is the MIT licence (for the site's
code). As the licence says, the work is offered as-is, without
representations or warranties. Images, which the site credits to their
own authors and licences, are not included.

Attribution: "The authors named below, Datenschule blog
(datenschule.de), Open Knowledge Foundation Deutschland e.V., from
okfde/datenschule.de, CC BY 3.0 DE". No endorsement by the Open
Knowledge Foundation Deutschland, the Datenschule, the authors or the
people, organisations, funders and projects the posts name is implied.
Datenschule, Open Knowledge Foundation and the other names of
organisations, projects and products are their owners' (some are
trademarks).

Changes (the texts are an adaptation, a "Bearbeitung", as the licence
asks to indicate): a selection of %d posts (by a fixed rule, see
scripts/qa-texts/datenschule-blog.py), each rendered from Markdown to
plain text, one paragraph per line with a blank line between (headings,
list items, block-quote paragraphs and table rows as paragraphs of their
own); the front matter (title, authors, date, picture, tags), images,
embedded maps and scripts, link targets and markup left out, so the
texts are shortened by these omissions. No wording was changed; typos of
the originals are kept.

Files (name, date = the front matter's day, title, authors, source file
in the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("dz83", entry, out, COPYRIGHT + "".join(items), len(sources), total)
