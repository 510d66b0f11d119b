#!/usr/bin/env python3
"""Builds the eighty-ninth QA set's collection (fl89): German blog posts
of Florian Latzel's website (florian.latzel.io, formerly netzaffe.de), a
personal blog of a Cologne web developer, Scrum master and agile coach:
Drupal and Linux notes, Scrum courses and certificates, agile events of
the Rhineland, a podcast, coaching training, a change of job, domains,
the site's deployment script, a bow-drill seminar, a dry January, a
GnuPG key, 2014 to 2025, from the site's repository, fl3a/florian.latzel.io
(the stored snapshot is the local bare mirror of that repository). Posts
are Jekyll files _posts/YYYY-MM-DD-NAME.md with a YAML front matter
(title, layout, tags, in some image, nid, created, last_modified_at,
permalink, date, description, redirect_from). The commit used is the
mirror's newest, COMMIT 53a6d17b9e1673bec2f8f8ca7aaac2c4b8b6db1a of
2026-06-30. None of the front matter is in the text.

Licence: the repository's pages/copyleft.md says "Die Inhalte dieser
Website, soweit nicht anders angegeben, sind unter der Creative Commons
— Namensnennung - Weitergabe unter gleichen Bedingungen 4.0
International (CC BY-SA 4.0) lizensiert." (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/); checked by the script.
The posts may be shared and adapted with attribution, the adapted texts
under the same licence. No chosen post states another licence for its
own text (checked by the script on the rendered texts; three image
captions, inside Liquid tags that are dropped with the images, name the
images' own licences, CC BY-NC 3.0 DE and CC BY-NC-ND 2.0: the images
and captions are not included). texts/fl89/COPYRIGHT names the source,
the author, the licence and the changes.

Which posts, by a fixed rule written down before any post's text or
front matter was read (only the last commit's line, the root listing,
the pages/ listing, pages/copyleft.md's opening, the list of _posts/
blobs with sizes and the number of _drafts/ entries were looked at;
after the rule, the chosen posts' front-matter keys, their date lines
and the markup kinds were printed): candidates are the files directly
under _posts/ (159)
1. named _posts/YYYY-MM-DD-NAME.md: 159;
2. whose front matter does not say "published: false": 159 (no post
   has such a key);
3. whose file name's date is 2014-01-01 or later: 58;
4. whose file (front matter included) has 1,000 to 6,000 bytes: 28,
   all taken (87,244 bytes).
The date keeps the last twelve years of the blog (the older posts are
mostly short notes of its Drupal years); the size bound keeps the
collection small enough to be read in full by the set's writer. Order:
by the date, then the path. The script asserts every count. The rule
was not changed after the texts were read. _drafts/ is left out.

Date = the file name's date (two posts have a front-matter date, the
same day, asserted); none lies after the commit's day. Title = the
front matter's title; author = Florian Latzel (the site's owner, whose
name the site's address and the repository carry; no post has an
author key, asserted). Every text is German: it has more of mdtext's
German function words than of its English ones (asserted); 26 pass
mdtext.german (more than twice as many), two short posts with English
terms and code names (2014-10-10, 16 to 9; 2021-05-23, 7 to 4) do not
(asserted: two). One post's opening "---" line has trailing blanks, so
the front matter is read loosely (posts.Posts(loose=True)). Files are named YYYY-MM-DD-NAME.de.txt (NAME
the file name's without its date and ".md", lower-cased, each run of
characters other than a-z and 0-9 as one "-", none at the ends).

Rendering, one paragraph per line with a blank line between paragraphs,
by mdtext.py's post_paragraphs (Python 3, standard library only), after
this script drops, as liquid_post_paragraphs does, tabs (as four
spaces) and Liquid tags and outputs ("{% responsive_image ... %}",
"{% link ... %}", "{% post_url ... %}", "{{ ... }}"), and kramdown's
attribute lists ("{: .class}"), and the white space after a link's opening
parenthesis, a line break in most ("[text](", then the address on the
next line, which kramdown reads as a link and mdtext would keep as
written); liquid_post_paragraphs itself is not
used as it stops on footnotes, which many of these posts have: a
paragraph per Markdown paragraph, list item, heading, block-quote
paragraph, table body row ("Header: cell; Header: cell") and footnote
definition (its text, without its "[^n]:" label; the references "[^n]"
dropped). Left out: fenced and indented code blocks, images, HTML
comments, <script>, <style>, <pre>, <noscript>, <svg> and <iframe>
elements with their content, link reference definitions, horizontal
rules, paragraphs without a letter. Inline: code spans kept without
backticks; links give their text; HTML tags dropped, their text kept;
emphasis markers dropped; backslash escapes and entities resolved;
white space runs made one space. No typographic conversion. Any "<!--",
"```", "{{", "{%", "{:", "</", "[^" or "![" left in a text stops the
script.

    scripts/qa-texts/latzel-blog.py /work/.mirror/fl3a+florian.latzel.io/repo \\
        retrieval/eval/testdata/qa/texts/fl89

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/fl89 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/fl89/COPYRIGHT, puts the fl89 entry into collections.json
(only when writing the default folder, through qaentry.finish) and
prints it. Source ids are fl-YYYY-MM-DD (by the date), with -2 for a
second post of the same day (in path order); published = the date.
Running it twice gives the same files byte for byte. The shared helpers
(gitmirror, mdtext, posts, qaentry) are used as they are."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # Posts: each post read once; add_post, one_line
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "53a6d17b9e1673bec2f8f8ca7aaac2c4b8b6db1a"  # 2026-06-30
COMMIT_DAY = "2026-06-30"
FOLDER = "_posts/"
FIRST_DAY = "2014-01-01"
LOW, HIGH = 1000, 6000
REPO = "https://github.com/fl3a/florian.latzel.io/blob/%s/" % COMMIT
LEFT = ("<!--", "```", "{{", "{%", "{:", "</", "[^", "![")
AUTHOR = "Florian Latzel"
mirror, out = arguments("fl89")

DESCRIPTION = ("Eighty-ninth set: %d German blog posts of Florian Latzel's website (florian.latzel.io, formerly "
    "netzaffe.de), the personal blog of a Cologne web developer, Scrum master and agile coach: Drupal and Linux "
    "notes, Scrum courses and certificates, agile events, a podcast, coaching training, a change of job, the "
    "site's tools, a bow-drill seminar, a dry January, dated %s to %s, from the site's repository, "
    "fl3a/florian.latzel.io (commit %s of 2026-06-30; CC BY-SA 4.0, as pages/copyleft.md says; source, author "
    "and licence named in texts/fl89/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the "
    "file list, blob sizes and front-matter published values: the posts _posts/YYYY-MM-DD-NAME.md (%d), not "
    "unpublished (%d), of %s or later (%d), those of %s to %s bytes (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/latzel-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, tabs as four spaces, Liquid tags and outputs and kramdown attribute lists dropped, "
    "white space after a link's opening parenthesis removed, "
    "rendered as plain text by scripts/qa-texts/mdtext.py (post_paragraphs), one paragraph per line with a blank "
    "line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph, table row and "
    "footnote definition (footnote references dropped); no front matter (the title is not in the text); no "
    "typographic conversion; left out: fenced and indented code blocks, images, HTML comments, script, style, "
    "pre, noscript, svg and iframe elements, link reference definitions, horizontal rules, paragraphs without a "
    "letter; inline code kept without backticks, links as their text, HTML tags dropped (their text kept), "
    "emphasis markers dropped, backslash escapes and entities resolved, white space runs made one space. "
    "Title = the front-matter title; published = the file name's date.")

NAME = r"_posts/(\d{4})-(\d\d)-(\d\d)-([^/]+)\.md"

# Each post read once (posts.Posts), its text as git gives it; loose: one
# post's opening "---" line has trailing blanks.
reader = posts.Posts(mirror, COMMIT, loose=True)
source, value = reader.source, reader.value


def file_day(path):
    """The file name's date as YYYY-MM-DD."""
    return posts.file_day(NAME, path)


def stem(path):
    """The file's NAME as the docstring says: lower-cased, runs of other
    characters than a-z and 0-9 as one "-"."""
    return posts.slug(re.fullmatch(NAME, path).group(4))


assert stem("_posts/2021-05-13-goodbye-netzaffe.de.md") == "goodbye-netzaffe-de"


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
assert len(files) == 159, len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: value(f[1], "published") != "false",
    lambda f: file_day(f[1]) >= FIRST_DAY,
    lambda f: LOW <= f[2] <= HIGH,
])
assert counts == [159, 159, 58, 28], counts
chosen = sorted(cands, key=lambda f: (file_day(f[1]), f[1]))
assert len(chosen) == 28 and sum(f[2] for f in chosen) == 87244, sum(f[2] for f in chosen)

# Licence: CC BY-SA 4.0 for the site's contents unless noted otherwise.
LICENSE = gitmirror.text(mirror, COMMIT, "pages/copyleft.md")
assert ("Die Inhalte dieser Website, soweit nicht anders angegeben, sind unter der \n[Creative Commons — "
        "Namensnennung - Weitergabe unter gleichen Bedingungen \n4.0 International (CC BY-SA 4.0)](\n"
        "https://creativecommons.org/licenses/by-sa/4.0/deed.de) lizensiert.") in LICENSE, LICENSE[:400]

ids = qaentry.day_ids("fl")
sources, items, total, weak = [], [], 0, 0
for _, path, _ in chosen:
    front, body = source(path)
    paras = render(path)
    # Checked on the rendered text: three image captions inside dropped
    # responsive_image tags name their images' own licences.
    assert not re.search(r"licen[cs]ed under|all rights reserved|creativecommons\.org|lizen[sz]iert|"
                         r"alle rechte vorbehalten|CC[- ]BY", "\n".join(paras), re.I), path
    assert value(path, "author") == "", path
    d = file_day(path)
    assert value(path, "date")[:10] in ("", d), path
    assert d <= COMMIT_DAY, path
    words = re.findall(r"[a-zäöüß]+", "\n".join(paras).lower())
    de, en = sum(w in mdtext.GERMAN for w in words), sum(w in mdtext.ENGLISH for w in words)
    assert de > en, path  # German; two short posts miss mdtext.german's 2:1 (see the docstring)
    weak += not mdtext.german("\n".join(paras))
    fname, size = posts.write_post(out, "%s-%s" % (d, stem(path)), paras, left=LEFT, lang="de")
    total += size
    title = posts.one_line(value(path, "title"))
    assert title, path
    posts.add_post(sources, items, ids(d), d, fname, title, AUTHOR, "de", "fl89", path, REPO,
                   "markup, code and images")
posts.assert_unique(sources)
assert weak == 2, weak

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], FIRST_DAY,
                                       counts[2], format(LOW, ","), format(HIGH, ","), counts[3]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Florian Latzel, blog posts of florian.latzel.io (fl3a/florian.latzel.io, _posts), CC BY-SA 4.0, %d German posts of %s to %s

Work: blog posts of Florian Latzel's website (https://florian.latzel.io,
formerly netzaffe.de), from the site's repository fl3a/florian.latzel.io
(https://github.com/fl3a/florian.latzel.io; the copy used is a bare
mirror at commit %s of 2026-06-30), Markdown files
%sYYYY-MM-DD-NAME.md with a YAML front matter. Author: Florian Latzel.

Licence: the repository's pages/copyleft.md reads "Die Inhalte dieser
Website, soweit nicht anders angegeben, sind unter der Creative Commons
— Namensnennung - Weitergabe unter gleichen Bedingungen 4.0
International (CC BY-SA 4.0) lizensiert." (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/legalcode). The adapted
texts in this folder are shared under the same licence, CC BY-SA 4.0.
The work is offered as-is, without warranties, as the licence says.
Images are not included.

No endorsement by the author or by any person, company, organisation or
product the posts name is implied. The names of companies, products and
events are their owners'.

Changes: a selection of %d posts (by a fixed rule, see
scripts/qa-texts/latzel-blog.py), each rendered from Markdown to plain
text, one paragraph per line with a blank line between (headings, list
items, block-quote paragraphs, table rows and footnote texts as
paragraphs of their own); the front matter (title, tags, image),
images, code blocks, HTML comments, Liquid and kramdown markup,
footnote marks, link targets and other markup left out, so the texts
are shortened by these omissions. No wording was changed; typos of the
originals are kept.

Files (name, date = the file name's date, title, author, source file in
the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("fl89", entry, out, COPYRIGHT + "".join(items), len(sources), total)
