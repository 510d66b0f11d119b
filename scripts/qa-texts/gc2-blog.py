#!/usr/bin/env python3
"""Builds the fifty-eighth QA set's collection (gc58): German posts of the
blog of the Grazer Computer Club (GC2, "Grazer Computer Club e. V.", an
Austrian association in Graz that teaches computing, programming and
electronics; https://blog.gc2.at/): reports from the Chaos Communication
Congresses 35C3, 36C3 and 38C3, the club's own projects and events (the
Raspjamming Raspberry Pi Jam and its distribution, the GC2-xHAT board,
the review of 2019, the club's Dell laptops, a federal seminar on
electrical engineering of 2016) and Raspberry Pi topics told in prose
(power supply of the Pi Zero, buying a Pi Zero, MPEG2 licences, GPIO
libraries, USB gadget mode, Pi-hole, BerryBoot, sanitizing USB sticks),
from the blog's source repository
GrazerComputerClub/Blog (the stored snapshot is the local bare mirror of
that repository, commit a07a921ebf9af75adf1465f53fee9f3f952bb226 of
2025-11-08). It is a Hugo site (config.toml: baseurl https://blog.gc2.at,
defaultContentLanguage "de", theme hugo-nederburg-theme, kept in a
repository of its own and not in the mirror). The posts are the files of
content/post/ (74 blobs, all Markdown, NAME.md, no date in the name),
each with a TOML front matter (+++ ... +++; showonlyimage, draft, image,
date, title, writer, categories, keywords, weight), 51 of them opening
with a byte order mark.

Licence: the site's config.toml sets the parameter copyright, the lines
every page's footer shows (the theme's layouts/partials/footer.html
prints each line of .Site.Params.copyright), to "CC-BY-4.0
https://creativecommons.org/licenses/by/4.0/" and "2022, Grazer Computer
Club e. V." (the licence line has been there since the first posts,
2018-11-19); the club's imprint (content/impressum/index.md, "Über uns")
says that the association is non-profit, wants to give everyone free
access to information, and therefore publishes its publications
(Sourcecode, Programme, Anleitungen usw.) under a CC licence or a
comparable licence. The repository has no licence file. A git grep of the
tree (outside static/) for licence, copyright, Creative Commons, "rights
reserved" and the copyright sign found no other statement for the
blog's text: the other hits are the licences of things the posts speak of
(the free e-book "Fruit Pi", CC BY-NC-ND 3.0 AT, of which the post of
2018-12-06 is an announcement; the Raspjamming documentation, CC BY-SA
3.0 AT; an image credit, CC BY-SA, of the post of 2019-11-16; software
licences). So the texts are used, and the adapted texts are shared, under
the Creative Commons Attribution 4.0 International licence (CC BY 4.0);
texts/gc58/COPYRIGHT gives the attribution, the licence's name and
address and the changes. Images of the posts are not used.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of content/post/ with the blob sizes, the front
matter's keys and values, the opening teaser paragraph of some posts as
a front-matter listing printed it, counts of code fences, of HTML tags,
indented lines and tabs, the lines holding an HTML tag in the eight
congress posts, counts of function words and the rendered size of whole
candidate selections were looked at): candidates are the files of
content/post/
1. that are Markdown posts content/post/NAME.md: 74 (all);
2. that are not drafts (the front matter's draft is false): 72 (two
   greeting cards of December 2025, "Weihnachten" and "Neujahr", are
   drafts);
3. which are German by a count of function words in the body after the
   front matter (mdtext.german: lower-cased runs of letters, more than
   twice as many of "der die das und ist nicht mit ein eine wir auf für
   den dem sich auch" as of "the and of is are this that with which"):
   72 (all);
4. which hold at most one fenced code block (at most two lines opening
   with ``` or ~~~): 28 (44 hold two or more; they are how-tos made
   mostly of shell sessions, code and configuration files, which
   rendering leaves out).
Taken: all 28, in date order (the date, then the path): 2018-12-01 to
2025-01-03 (13 of 2018, 8 of 2019, 3 of 2020, 2 of 2023, 1 of 2024, 1 of
2025). The rule was chosen from counts and rendered sizes only, for about
25 posts of 60 to 150 KB that are news-like prose rather than code: no
code block at all would have given 22 posts of about 92 KB, at most one
28 posts of about 107 KB, at most two 36 posts. The script asserts every
count. The rule was not changed after the texts were read.

Date = the front matter's date (YYYY-MM-DD). Title = the front matter's
title, white space runs made one space and the ends stripped. Author = the
front matter's writer. Address on blog.gc2.at = /post/NAME/ with NAME the
file name without its extension, lower-cased, as Hugo's default permalink
for the section "post" gives it (not checked against the live site).
Files are named YYYY-MM-DD-NAME.de.txt with NAME the file name without
its extension, lower-cased, "_" written "-" and ä, ö, ü, ß written ae,
oe, ue, ss.

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading (ATX
or setext) and block-quote paragraph; the front matter is not rendered
(the title, the date, the writer and the keywords are not in the text).
Before that: a byte order mark is dropped and CRLF line ends become LF;
tabs become four blanks; each <center> tag (and its end tag) is put on a
line of its own between blank lines, and a line break (<br>) ends a
paragraph (the step and distance lines of the 36C3 reports); two
underscores between a letter, digit or hyphen and a hyphen are kept as
text, as CommonMark reads no emphasis there (the file name
"image_20__-__-__-CIRCLean-USB-Sanitizer-full.zip" of 2019-11-16, which
mdtext would otherwise read as bold). Left out:
fenced and indented code blocks; images; HTML comments (the excerpt mark
"<!--more-->"); <script>, <style>, <pre>, <noscript>, <svg> and <iframe>
elements with their content; link reference definitions; horizontal
rules; paragraphs without a letter. Inline: code spans are kept without
backticks; links give their text; autolinks give the address; HTML tags
are dropped, their text kept; emphasis markers are dropped; backslash
escapes and entities are resolved; white space runs become one space.
Markdown tables: each body row one paragraph, "Header: cell; Header:
cell".

    scripts/qa-texts/gc2-blog.py \\
        /work/.mirror/GrazerComputerClub+Blog/repo \\
        retrieval/eval/testdata/qa/texts/gc58

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/gc58 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/gc58/COPYRIGHT, puts the gc58 entry into collections.json
(only when writing the default folder, through qaentry.finish) and prints
it. Source ids are gc-YYYY-MM-DD, with -2 for a second post of the same
day (none here); published = the date. Running it twice gives the same
files byte for byte.

The posts' front matter is TOML, which posts.Posts (YAML front matter)
does not read, and the files are German (.de.txt), which
posts.write_post (.en.txt) does not write; so this script reads the
front matter itself and writes the files with qaentry.write_text, as the
other German blog builders do."""
import functools
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "a07a921ebf9af75adf1465f53fee9f3f952bb226"  # 2025-11-08
FOLDER = "content/post/"
MAX_FENCES = 2  # lines opening a code fence: at most one fenced code block
SITE = "https://blog.gc2.at/post/"
REPO = "https://github.com/GrazerComputerClub/Blog/blob/%s/" % COMMIT
mirror, out = arguments("gc58")

DESCRIPTION = ("Fifty-eighth set: %d German posts of the blog of the Grazer Computer Club (GC2, Grazer Computer Club "
    "e. V., an Austrian association in Graz for computing, programming and electronics; blog.gc2.at: daily reports "
    "from the Chaos Communication Congresses 35C3 and 36C3 in Leipzig and a report from 38C3 in Hamburg, the club's "
    "projects and events (the Raspjamming Raspberry Pi Jam and its Raspbian-based distribution, the GC2-xHAT board, "
    "the review of 2019, the upgrade of the club's Dell laptops, a federal seminar on electrical engineering of "
    "2016), and Raspberry Pi topics told in prose (power supply and buying of the Pi Zero, the MPEG2 licence, GPIO "
    "libraries, USB gadget mode, Pi-hole, BerryBoot, a USB sanitizing station, shutting down, Wi-Fi at boot, GPIO "
    "labels, the Fruit Pi e-book)), dated %s to %s, from the blog's source repository, GrazerComputerClub/Blog "
    "(commit %s of 2025-11-08; CC BY 4.0 as the site's config.toml sets for every page's footer, attribution in "
    "texts/gc58/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, the front "
    "matter and counts of code fences and function words: the Markdown posts of content/post/ (%d), not drafts (%d), "
    "German by their function words (%d), holding at most one fenced code block (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/gc2-blog.py from the posts' Markdown (git show of the mirror; byte order mark "
    "dropped, CRLF made LF), posts by the fixed rule in the script, rendered as plain text by "
    "scripts/qa-texts/mdtext.py, one paragraph per line with a blank line between: a paragraph per Markdown paragraph, "
    "list item, heading and block-quote paragraph; no front matter (the title is not in the text); <center> blocks "
    "on lines of their own and a line break (<br>) ending a paragraph; left out: fenced and indented code blocks, "
    "images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, "
    "horizontal rules, paragraphs without a letter; inline code kept without backticks, links as their text, "
    "autolinks as their address, HTML tags dropped (their text kept), emphasis markers dropped, entities resolved, "
    "white space runs made one space; Markdown table body rows as one paragraph each, 'Header: cell; Header: cell'. "
    "Title = the front-matter title; published = the front matter's date.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


@functools.lru_cache(maxsize=None)
def source(path):
    """The TOML front matter (between the "+++" lines) as a dict of its
    plain, quoted and list values, and the body after it; a byte order
    mark is dropped and CRLF made LF."""
    src = git("show", "%s:%s" % (COMMIT, path)).lstrip("\ufeff").replace("\r\n", "\n")
    m = re.match(r"\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*\n", src, re.S)
    assert m, path
    front = {}
    for line in m.group(1).split("\n"):
        kv = re.match(r"^([A-Za-z_]+)\s*=\s*(.*?)\s*$", line)
        if not kv:
            assert not line.strip(), (path, line)
            continue
        v = kv.group(2)
        if v.startswith('"'):
            q = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', v)
            assert q, (path, line)
            v = q.group(1).replace('\\"', '"').replace("\\\\", "\\")
        elif v.startswith("["):
            v = re.findall(r'"((?:[^"\\]|\\.)*)"', v)
        front[kv.group(1)] = v
    return front, src[m.end():]


def fences(body):
    return len(re.findall(r"(?m)^\s*(?:```|~~~)", body))


def render(body):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = body.replace("\t", "    ")
    body = mdtext.drop_elements(body)
    body = re.sub(r"[ \t]*</?center\b[^>]*>[ \t]*", lambda m: "\n\n" + m.group(0).strip() + "\n\n", body, flags=re.I)
    body = re.sub(r"[ \t]*<br\s*/?>[ \t]*", "\n\n", body, flags=re.I)
    body = re.sub(r"(?<=[\w-])__(?=-)", r"\\_\\_", body)  # "image_20__-__-__-..." is no emphasis
    return mdtext.paragraphs(body)


UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def name(path):
    return path[len(FOLDER):-len(".md")]


# Candidates, from the file list, the front matter and counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 74 and not any(f[2] is None for f in files), len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(re.escape(FOLDER) + r"[^/]+\.md", f[1]),
    lambda f: source(f[1])[0]["draft"] == "false",
    lambda f: mdtext.german(source(f[1])[1]),
    lambda f: fences(source(f[1])[1]) <= MAX_FENCES,
])
assert counts == [74, 72, 72, 28], counts
dates = {p: qaentry.published(name(p), source(p)[0]["date"]) for _, p, _ in cands}
assert all(source(p)[0]["date"] == d for p, d in dates.items())
cands.sort(key=lambda f: (dates[f[1]], f[1]))
chosen = cands
assert len(chosen) == 28, len(chosen)

sources, items = [], []
source_id, total = qaentry.day_ids("gc"), 0
for _, path, size in chosen:
    front, body = source(path)
    paras = render(body)
    text = "\n\n".join(paras) + "\n"
    assert "<" not in text and "{{" not in text and "+++" not in text, path
    d = dates[path]
    sid = source_id(d)
    fname = "%s-%s.de.txt" % (d, name(path).lower().replace("_", "-").translate(UMLAUTS))
    assert re.fullmatch(r"[a-z0-9.-]+", fname), fname
    total += qaentry.write_text(out, fname, text)
    title = re.sub(r"\s+", " ", front["title"]).strip()
    writer = re.sub(r"\s+", " ", front.get("writer", "")).strip()
    assert title and writer, path
    sources.append({"id": sid, "title": title, "language": "de", "published": d, "file": "gc58/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s%s/; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, writer, SITE, name(path).lower(), path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources)
assert len(set(s["id"] for s in sources)) == len(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2018, 2026)] == [13, 8, 3, 0, 0, 2, 1, 1], years

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[1], counts[2],
                                       counts[3]),
         "build": "texts", "text": TEXT, "sources": sources}

CONFIG = git("show", "%s:config.toml" % COMMIT)
assert ('copyright = [\n    "CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/",\n'
        '    "2022, Grazer Computer Club e. V.",') in CONFIG, "licence line"
assert 'baseurl = "https://blog.gc2.at"' in CONFIG and 'defaultContentLanguage = "de"' in CONFIG
IMPRINT = git("show", "%s:content/impressum/index.md" % COMMIT)
assert ("Publikationen des Vereins (Sourcecode, Programme, Anleitungen usw.) werden daher mit einer CC-Lizenz "
        "oder einer vergleichbaren Lizenz veröffentlicht.") in IMPRINT

COPYRIGHT = """Grazer Computer Club e. V. (GC2), GC2 Blog (https://blog.gc2.at/), %d German posts of %s to %s

Work: blog posts of the Grazer Computer Club (GC2, "Grazer Computer Club
e. V.", ZVR 1093020071, seat Graz, Austria), written by the members
named with each post below (the front matter's writer), from the blog's
source repository GrazerComputerClub/Blog
(https://github.com/GrazerComputerClub/Blog; the copy used is a bare
mirror at commit %s of 2025-11-08), Markdown files
%sNAME.md with a TOML front matter.

Copyright: (c) Grazer Computer Club e. V. ("2022, Grazer Computer Club e.
V." in the footer of every page) and the authors named below.

Licence: the site's config.toml sets the lines that the footer of every
page shows to "CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/"
and "2022, Grazer Computer Club e. V."; the club's imprint ("Über uns")
says that it publishes its publications under a CC licence or a
comparable licence. No other licence statement for the blog's text or
for any post used here was found in the repository (the post of
2018-12-06 announces a free e-book, "Fruit Pi", which is under CC
BY-NC-ND 3.0 AT; the post's own text, not the book, is included here).
The texts are used, and the adapted texts in this folder are shared,
under the Creative Commons Attribution 4.0 International licence (CC BY
4.0, https://creativecommons.org/licenses/by/4.0/legalcode).

Attribution: "Grazer Computer Club e. V. (GC2) and the authors named
below, GC2 Blog (blog.gc2.at), CC BY 4.0". No endorsement by the Grazer
Computer Club, the authors or the organisations, companies and events
the posts name (the Chaos Computer Club and its congresses, the Raspberry
Pi Foundation, Dell and others) is implied. Images of the posts (photos,
charts, drawings) are not included; names of organisations, places,
events and products are their owners'.

Changes (the texts are an adaptation, as the licence asks to state): a
selection of %d posts (by a fixed rule, see scripts/qa-texts/gc2-blog.py);
each rendered from Markdown to plain text, one paragraph per line with a
blank line between (headings, list items and lines ended by a line break
as paragraphs of their own); the front matter (title, date, writer,
categories, keywords), images, code blocks, link targets and markup left
out. No wording was changed; typos of the originals are kept.

Files (name, date = the front matter's date, title, author, address of
the post on blog.gc2.at as Hugo's default permalink /post/NAME/ gives it,
source file in the repository and its address at the commit used):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("gc58", entry, out, COPYRIGHT + "".join(items), len(sources), total)
