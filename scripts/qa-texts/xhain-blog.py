#!/usr/bin/env python3
"""Builds the sixtieth QA set's collection (xh60): German posts of the
blog of the xHain hack+makespace (xHain hack+makespace gemeinnützige UG
(haftungsbeschränkt), a hack- and makespace in Berlin-Friedrichshain;
https://x-hain.de/de/blog/) of 2019 to 2025: the monthly talk series
"Gespräch unter Bäumen" (announcements of its guests, reviews with
shownotes, its end in 2025) and its offshoot "Gespräch auf der
Lichtung", the space's move from Grünberger Straße 14 to 16 in 2019 and
its re-opening party, workshops (3D printers, Bakiwi robots, sewing, a
Girls'Day), the talk series make'n'tell, face masks and shields and the
space's own rules in the Covid pandemic, its re-opening in 2021, and the
campaign of 2023 to keep its rooms, which were up for sale, from the
space's website repository, xHain-hackspace/xhain-website (the stored
snapshot is the local bare mirror of that repository, commit
ed2dd8d48320ce704f7e38a1cb1c4e9038ba3b70 of 2026-02-20). It is a Hugo
site (config.toml: baseURL https://x-hain.de, defaultContentLanguage
"de", DefaultContentLanguageInSubdir true, the German content in
content/de, articles with the permalink /blog/:year/:month/:day/:title/).
The German posts are the files of content/de/articles/ (49 blobs, all
Markdown, the name opening with the date, YYYY-MM-DD_ or YYYY-MM_DD_ or
YYYY_MM_DD_), each with a YAML front matter (--- ... ---; title, date,
image, image_reference, in the older ones image_url and image_license,
categories, tags, in the newer ones type: blog); no front matter names
an author, and none has a draft key.

Licence: the repository's LICENSE, at its root, is the MIT License,
"Copyright (c) 2019-2021 xHain hack+makespace" (added on 2019-09-12 as
"Add permissive LICENSE", the copyright line changed on 2021-06-09 from
"2019 xHain-hackspace"); it is the repository's only licence file and
names no part of the repository that it leaves out, so it covers the
site's content, the posts included. A git grep of the tree (outside
static/) for licence, Lizenz, copyright, Creative Commons, "CC BY", CC0,
"rights reserved" and the copyright sign found no other statement for
the posts' text: the other hits are the front matter's image_license
lines (CC0, CC BY-SA 3.0, CC BY-SA 4.0, CC-BY 2.0, "Personal permit":
the licences of the posts' header images, which are not used), an image
credit in the post of 2020-06-29 (a Flickr photo, CC-BY 2.0), the title
"Lizenz zum Löten" of a post of 2016 and a translation string
"footer.all_rights_reserved" ("Alle Rechte vorbehalten", "All Rights
Reserved") in i18n/de.yaml and i18n/en.yaml, left from a former theme
and used by no layout. The layouts' footer prints menus only, no
copyright line. The history has one more statement, no longer in the
tree: from the first commit (2019-09-11) until 2021-06-09 the site had
an imprint (content/de/imprint.md, made from a law firm's template, and
an English copy) whose section "Urheberrecht" said that the content was
protected and that copying, editing or distributing it needed the
creator's written permission; on 2021-06-09 the space's founder, who
had adjusted the LICENSE's copyright line an hour before, replaced the
imprint by a contact page without that section (its English copy went
the same day). So the texts are used, and the adapted
texts are shared, under the MIT License; texts/xh60/COPYRIGHT carries
the copyright notice and the permission notice (the licence's full
text, read from the mirror's LICENSE, whose SHA-256 the script checks),
the attribution and the changes. Images and videos of the posts are not
used.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of content/de/articles/ with the blob sizes,
the front matter's keys, titles and dates, counts of code fences, HTML
tags, Hugo shortcodes, tabs and lines opening with four blanks, the lines
holding an HTML tag or opening with four blanks in the candidates, counts
of function words and the rendered size of each post were looked at):
candidates are the files of content/de/articles/
1. that are Markdown posts content/de/articles/NAME.md: 49 (all);
2. that are not drafts (the front matter's draft is not true): 49 (all;
   no post has a draft key);
3. which are German by a count of function words in the body after the
   front matter (mdtext.german: lower-cased runs of letters, more than
   twice as many of "der die das und ist nicht mit ein eine wir auf für
   den dem sich auch" as of "the and of is are this that with which"):
   49 (all);
4. whose date (the front matter's date, equal to the date opening the
   file name) is 2019-01-01 or later: 31 (18 of 2016 to 2018 left out).
Taken: all 31, in date order (the date, then the path): 2019-01-25 to
2025-08-23 (11 of 2019, 6 of 2020, 6 of 2021, 2 of 2022, 4 of 2023, 1 of
2024, 1 of 2025). The period was chosen from counts and rendered sizes
only, for 20 to 30 news-like posts: all 49 posts would have been about
80 KB of text, those from 2018 34 posts, from 2019 31 posts of about
55 KB, from 2020 20 posts. The posts are short (about 0.5 to 4.5 KB of
text each), so the longer period was taken. The script asserts every
count. The rule was not changed after the texts were read.

Date = the front matter's date (YYYY-MM-DD). Title = the front matter's
title, white space runs made one space and the ends stripped. Address on
x-hain.de: the German blog, https://x-hain.de/de/blog/YYYY/MM/DD/ and
the title as Hugo makes it part of an address (not computed here, not
checked against the live site). Files are named YYYY-MM-DD-NAME.de.txt
with NAME the file name without its extension, its opening date and a
closing ".de", lower-cased, ä, ö, ü, ß written ae, oe, ue, ss and every
run of other characters than a-z and 0-9 written "-".

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading (ATX
or setext) and block-quote paragraph; the front matter is not rendered
(the title, the date and the image credit are not in the text). Before
that: a byte order mark is dropped and CRLF line ends become LF; tabs
become four blanks; <video> elements (one, in the post of 2021-04-14)
are dropped with their content; a line break (<br>) ends a paragraph
(the list items of the post of 2019-11-05 end with one). Left out:
fenced and indented code blocks (the bank details of the post of
2023-02-27 are an indented block); images; HTML comments; <script>,
<style>, <pre>, <noscript>, <svg>, <iframe> and <video> elements with
their content; link reference definitions; horizontal rules; paragraphs
without a letter. Inline: code spans are kept without backticks; links
give their text; autolinks give the address; other HTML tags are
dropped, their text kept; emphasis markers are dropped; backslash
escapes and entities are resolved; white space runs become one space.

    scripts/qa-texts/xhain-blog.py \\
        /work/.mirror/xHain-hackspace+xhain-website/repo \\
        retrieval/eval/testdata/qa/texts/xh60

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/xh60 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/xh60/COPYRIGHT, puts the xh60 entry into collections.json
(only when writing the default folder, through qaentry.finish) and prints
it. Source ids are xh-YYYY-MM-DD, with -2 for a second post of the same
day (none here); published = the date. Running it twice gives the same
files byte for byte.

The posts' front matter is YAML, which posts.Posts reads (mdtext's
front_lines and yaml_value); the files are German (.de.txt), which
posts.write_post (.en.txt) does not write, so this script writes them
with qaentry.write_text, as the other German blog builders do."""
import hashlib
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "ed2dd8d48320ce704f7e38a1cb1c4e9038ba3b70"  # 2026-02-20
FOLDER = "content/de/articles/"
FIRST_DAY = "2019-01-01"
SITE = "https://x-hain.de/de/blog/"
REPO = "https://github.com/xHain-hackspace/xhain-website/blob/%s/" % COMMIT
LICENSE_SHA256 = "a0148f6d417cc80a35213cebeac2c95d37976d20ccba05ab87d569e5d44bfedd"
mirror, out = arguments("xh60")

DESCRIPTION = ("Sixtieth set: %d German posts of the blog of the xHain hack+makespace (a hack- and makespace in "
    "Berlin-Friedrichshain run by the xHain hack+makespace gemeinnützige UG; x-hain.de/de/blog: the monthly talk "
    "series 'Gespräch unter Bäumen' (announcements of its guests, reviews with shownotes, its end in 2025) and its "
    "offshoot 'Gespräch auf der Lichtung', the move from Grünberger Straße 14 to 16 in 2019 and the re-opening "
    "party, workshops (3D printers, Bakiwi robots, sewing, a Girls'Day), the talk series make'n'tell, face masks and "
    "shields and the space's own rules in the Covid pandemic, the re-opening in 2021, and the campaign of 2023 to "
    "keep its rooms, which were up for sale), dated %s to %s, from the space's website repository, xHain-hackspace/xhain-website (commit %s of 2026-02-20; MIT "
    "License, the repository's LICENSE, its only licence file; copyright notice and permission notice in "
    "texts/xh60/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, the front "
    "matter's dates and counts of function words: the Markdown posts of content/de/articles/ (%d), not drafts (%d), "
    "German by their function words (%d), dated %s or later (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/xhain-blog.py from the posts' Markdown (git show of the mirror; CRLF made LF), "
    "posts by the fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per "
    "line with a blank line between: a paragraph per Markdown paragraph, list item, heading and block-quote "
    "paragraph; no front matter (the title is not in the text); a line break (<br>) ending a paragraph; left out: "
    "fenced and indented code blocks, images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe>/<video> "
    "elements, link reference definitions, horizontal rules, paragraphs without a letter; inline code kept without "
    "backticks, links as their text, autolinks as their address, HTML tags dropped (their text kept), emphasis "
    "markers dropped, entities resolved, white space runs made one space. Title = the front-matter title; "
    "published = the front matter's date.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


POSTS = posts.Posts(mirror, COMMIT)
DATE_IN_NAME = r"(\d{4})[-_](\d\d)[-_](\d\d)_"


def body(path):
    return POSTS.source(path)[1]


def render(text):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    text = text.replace("\t", "    ")
    text = re.sub(r"<video\b[^>]*>.*?</video\s*>", "\n", text, flags=re.S | re.I)
    text = mdtext.drop_elements(text)
    text = re.sub(r"[ \t]*<br\s*/?>[ \t]*", "\n\n", text, flags=re.I)
    return mdtext.paragraphs(text)


def name(path):
    return path[len(FOLDER):-len(".md")]


UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def stem(path):
    """NAME of the file written: the file name without its extension, its
    opening date and a closing ".de", lower-cased, umlauts written out,
    other characters than a-z and 0-9 as "-"."""
    n = re.sub(r"\.de$", "", re.sub("^" + DATE_IN_NAME, "", name(path)))
    return re.sub(r"[^a-z0-9]+", "-", n.lower().translate(UMLAUTS)).strip("-")


# Candidates, from the file list, the front matter and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 49 and not any(f[2] is None for f in files), len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(re.escape(FOLDER) + r"[^/]+\.md", f[1]),
    lambda f: POSTS.value(f[1], "draft") not in ("true", "True", "yes"),
    lambda f: mdtext.german(body(f[1])),
    lambda f: qaentry.published(name(f[1]), POSTS.date(f[1])) >= FIRST_DAY,
])
assert counts == [49, 49, 49, 31], counts
dates = {p: qaentry.published(name(p), POSTS.date(p)) for _, p, _ in cands}
for p, d in dates.items():  # the front matter's date is the file name's
    m = re.match(DATE_IN_NAME, name(p))
    assert m and "-".join(m.groups()) == d == POSTS.value(p, "date"), (p, d)
cands.sort(key=lambda f: (dates[f[1]], f[1]))
chosen = cands
assert len(chosen) == 31, len(chosen)

sources, items = [], []
source_id, total = qaentry.day_ids("xh"), 0
for _, path, size in chosen:
    paras = render(body(path))
    text = "\n\n".join(paras) + "\n"
    assert not any(m in text for m in ("<", "{{", "}}", "{%", "---")), path
    d = dates[path]
    sid = source_id(d)
    fname = "%s-%s.de.txt" % (d, stem(path))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d-[a-z0-9-]+\.de\.txt", fname), fname
    total += qaentry.write_text(out, fname, text)
    title = re.sub(r"\s+", " ", POSTS.value(path, "title")).strip()
    assert title, path
    sources.append({"id": sid, "title": title, "language": "de", "published": d, "file": "xh60/" + fname})
    items.append("- %s (%s): \"%s\"; on x-hain.de under %s%s/; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code, images and videos left out\n"
                 % (fname, d, title, SITE, d.replace("-", "/"), path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources)
assert len(set(s["id"] for s in sources)) == len(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2019, 2026)] == [11, 6, 6, 2, 4, 1, 1], years

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[1], counts[2],
                                       FIRST_DAY, counts[3]),
         "build": "texts", "text": TEXT, "sources": sources}

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE" % COMMIT)
assert hashlib.sha256(LICENSE).hexdigest() == LICENSE_SHA256, hashlib.sha256(LICENSE).hexdigest()
LICENSE = LICENSE.decode("utf-8")
assert LICENSE.startswith("MIT License\n\nCopyright (c) 2019-2021 xHain hack+makespace\n"), LICENSE[:80]
CONFIG = git("show", "%s:config.toml" % COMMIT)
assert 'baseURL = "https://x-hain.de"' in CONFIG and 'defaultContentLanguage = "de"' in CONFIG
assert 'articles = "/blog/:year/:month/:day/:title/"' in CONFIG
assert [f for f in git("ls-tree", "-r", "--name-only", COMMIT).split("\n")
        if re.search(r"(?i)licen[cs]e|copying", f)] == ["LICENSE"]

COPYRIGHT = """xHain hack+makespace, xHain blog (https://x-hain.de/de/blog/), %d German posts of %s to %s

Work: blog posts of the xHain hack+makespace (Berlin-Friedrichshain;
"xHain hack+makespace gemeinnützige UG (haftungsbeschränkt)", as its
contact page names it), from the space's website repository
xHain-hackspace/xhain-website
(https://github.com/xHain-hackspace/xhain-website; the copy used is a
bare mirror at commit %s of 2026-02-20),
Markdown files %sNAME.md with a YAML front
matter. The posts name no author in their front matter.

Copyright: Copyright (c) 2019-2021 xHain hack+makespace (the
repository's LICENSE) and the authors of the posts.

Licence: the repository's LICENSE, at its root, is the MIT License; it
is the repository's only licence file and names no part of the
repository that it leaves out. No other licence statement for the
posts' text was found in the repository (the front matter's
image_license lines give the licences of the posts' header images, which
are not included here). Until 2021-06-09 the site also had an imprint,
made from a law firm's template, that asked for written permission to
copy its content; it was replaced that day by a contact page without
that section and is not in the tree at the commit used. The texts are
used, and the adapted texts in this folder (a modification of those
source files) are shared, under that licence; its copyright notice and
permission notice follow in full at the end of this file, as the
licence asks.

Attribution: "xHain hack+makespace, xHain blog (x-hain.de/de/blog), MIT
License". No endorsement by the xHain hack+makespace, the authors or the
people, organisations and events the posts name is implied. Images and
videos of the posts are not included; names of organisations, places,
events and products are their owners'.

Changes (the texts are an adaptation): a selection of %d posts (by a
fixed rule, see scripts/qa-texts/xhain-blog.py); each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings, list items and lines ended by a line break as paragraphs of
their own); the front matter (title, date, image and its credit,
categories, tags), images, a video, code blocks, link targets and markup
left out. No wording was changed; typos of the originals are kept.

Files (name, date = the front matter's date, title, the post's place on
x-hain.de (the German blog's folder of its day; the last part of the
address is the title as Hugo writes it, not computed here), source file
in the repository and its address at the commit used):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("xh60", entry, out, COPYRIGHT + "".join(items) + "\nThe licence (the repository's LICENSE at the commit "
       "used):\n\n" + LICENSE, len(sources), total)
