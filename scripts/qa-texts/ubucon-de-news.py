#!/usr/bin/env python3
"""Builds the seventy-fifth QA set's collection (uc75): German news
articles of ubucon.de, the site of the UbuCon, the German-speaking
Ubuntu conference organised by volunteers of the ubuntu Deutschland
e.V. and the Ubuntu community: calls for papers and for places, the
minutes of the organising team's IRC and organisation meetings of 2013,
registration, competitions and their winners, social events, the
virtual UbuCon of 2015, the UbuConTest of 2015, the UbuCon Europe 2016
in Essen and the UbuCon 2017 in Wolfsburg, 2011 to 2017, from the site's
repository, ubuntu-Deutschland-eV/ubucon.de (the stored snapshot is the
local bare mirror of that repository). The articles are Markdown files
content/YYYY/NAME.md with Pelican's metadata lines at the top
("Title:", "Date:", "Author:", "Slug:", some "Lang:" or "Summary:"),
ended by the first blank line. The commit used is the mirror's newest,
COMMIT 2dd354169397b97286a61f94870da47e312165b4 of 2023-12-21. The
site is built with Pelican 3.7.1 and Python-Markdown 2.6.8
(requirements.txt) and the theme themes/verein; its article template
(themes/verein/templates/article.html) prints the title, the
translations, the date and the author ("von ...") above the article, so
none of them is in the text; the summary is not printed on the page.

Licence: the repository has no LICENSE, NOTICE or COPYING file; its
README.md names only the LGPLv3 of the Ubuntu vanilla theme. Every page
of the site carries the footer of themes/verein/templates/base.html,
"CC BY-SA" (a link to creativecommons.org/licenses/by-sa/3.0/deed.de,
the Creative Commons Attribution-ShareAlike 3.0 Unported licence)
"UbuCon Team, YEAR": the site's licence statement for its content,
articles included. No chosen article states another licence for its
text (checked by the script), and the site's imprint
(content/pages/impressum.md) reserves no rights (checked). So the texts
are used, and the adapted texts shared, under CC BY-SA 3.0 Unported;
texts/uc75/COPYRIGHT carries the attribution (UbuCon Team and each
article's author), the licence's address, the changes and the footer's
lines. The script checks the footer, the README and that there is no
licence file.

Which articles, by a fixed rule written down before any article's text
was read (only the file list of content/ with the blob sizes and the
metadata's key names and its Date, Lang and Slug lines were looked at):
candidates are the files in content/ and its subfolders
1. that are articles, content/YYYY/NAME.md (a year's folder; pages are
   content/pages/..., and content/files/ holds images and slides): 94;
2. that are German: no "Lang:" line or "Lang: de" (pelicanconf.py:
   DEFAULT_LANG = 'de'; the three "Lang: en" files are English
   translations of German articles): 91;
3. whose Markdown is at least 1,800 bytes: 35, all taken (103,360
   bytes of Markdown).
The articles are short (the 91 German ones are 162,946 bytes, 261 to
6,697 each); the bound takes the longest, which carry the most, and
keeps the count at 35. Other options looked at (counts only): at least
1,500 bytes (45 articles, 119,760 bytes), 1,600 (41), 1,700 (36,
105,158), 1,900 (33, 99,572) and 2,000 bytes (29, 91,758). Order: by the
metadata's date, then the path. The script asserts every count. The
rule was not changed after the texts were read. The result: 35
articles of 2011-05-30 to 2017-08-09 (1 of 2011, 1 of 2012, 20 of 2013,
2 of 2014, 6 of 2015, 4 of 2016, 1 of 2017), 88,386 bytes of text in
542 paragraphs.

Date = the metadata's Date, its first ten characters (the date the page
shows); all lie before COMMIT's day and no article is a draft (no
"Status:" line; checked). Title = the metadata's Title; authors = its
Author, else pelicanconf.py's AUTHOR, "Ubucon Team" (as Pelican shows
it). Files are named YYYY-MM-DD-NAME.de.txt, the date being the
metadata's and NAME the file's name, lower-cased, with every run of
other characters than a-z and 0-9 written "-". Address:
https://ubucon.de/YYYY/SLUG/ (pelicanconf.py: ARTICLE_URL =
'{category}/{slug}/', the category being the year's folder; SLUG the
metadata's Slug, else the title made a slug as Pelican does).

Rendering. Pelican reads the body with Python-Markdown and the
extensions extra, meta and codehilite (its defaults; no typogrify, so
straight quotes, "--" and "..." are what the page shows). The articles
are written as pandoc writes Markdown: setext headings, "-   " and
"1.  " lists with indented continuation lines, "**" for bold, e-mail
addresses as autolinks ("<team@ubucon.de>"), images with an attribute
list ("![](...){width="200"}", which attr_list of extra takes as the
image's attributes), links to "{filename}/files/..." (Pelican's links to
the site's files), a few inline HTML tags ("<small>", "<u>"), an HTML
comment ("<!--break-->", twice in 2013-12-17, left from an older
site), and twice a strikethrough written "~~...~~", which
Python-Markdown 2.6 does not know, so the page shows the tildes (they
are kept: "bis zum ~~6. Dezember 2014~~ 11. Januar 2015"). The
attribute lists after images are dropped first, then mdtext.py (Python
3, standard library only) renders, one paragraph per line with a blank
line between paragraphs: a paragraph per Markdown paragraph, list item,
heading and block-quote paragraph; the metadata lines are not rendered.
Left out: code blocks (none), HTML comments, images, link reference
definitions (none), horizontal rules, paragraphs without a letter. Inline: links give their
text; e-mail autolinks give the address; HTML tags dropped; emphasis
markers dropped; backslash escapes ("\\#ubucon-de", "riot\\_le") and
entities resolved; white space runs, line ends within a paragraph
included, made one space. Any "<!--", "```", "{{", "{%", "{filename}",
"{width", "{height", "</", "[^" or "![" left in a text stops the script.
Every text must be German by mdtext.german (a check).

    scripts/qa-texts/ubucon-de-news.py \\
        /work/.mirror/ubuntu-Deutschland-eV+ubucon.de/repo \\
        retrieval/eval/testdata/qa/texts/uc75

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/uc75 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per article
(qaentry.write_text), writes texts/uc75/COPYRIGHT, puts the uc75 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are uc-YYYY-MM-DD (by the
date), with -2 for a second article of the same day; published = the
date. Running it twice gives the same files byte for byte. The shared
helpers (gitmirror, mdtext, qaentry) are used unchanged."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "2dd354169397b97286a61f94870da47e312165b4"  # 2023-12-21
COMMIT_DAY = "2023-12-21"
FOLDER = "content/"
BOUND = 1800
REPO = "https://github.com/ubuntu-Deutschland-eV/ubucon.de/blob/%s/" % COMMIT
SITE = "https://ubucon.de"
mirror, out = arguments("uc75")

DESCRIPTION = ("Seventy-fifth set: %d German news articles of ubucon.de, the site of the UbuCon, the German-speaking "
    "Ubuntu conference organised by volunteers of the ubuntu Deutschland e.V. and the Ubuntu community: calls for "
    "papers and for places, minutes of the organising team's IRC and organisation meetings of 2013, registration, "
    "competitions and their winners, social events, the virtual UbuCon and the UbuConTest of 2015, the UbuCon Europe "
    "2016 in Essen and the UbuCon 2017 in Wolfsburg, dated %s to %s, from the site's repository, "
    "ubuntu-Deutschland-eV/ubucon.de (commit %s of 2023-12-21; CC BY-SA 3.0 by the site's footer, \"UbuCon Team\"; "
    "attribution and licence in texts/uc75/COPYRIGHT), one source per article, chosen by a fixed rule that reads only "
    "the file list, blob sizes and metadata lang lines: the articles content/YYYY/NAME.md (%d), German by their "
    "metadata (%d), those of at least %s bytes of Markdown (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/ubucon-de-news.py from the articles' Markdown (git show of the mirror), articles by "
    "the fixed rule in the script, the images' attribute lists dropped, rendered as plain text by "
    "scripts/qa-texts/mdtext.py, one paragraph per line with a blank line between: a paragraph per Markdown "
    "paragraph, list item, heading and block-quote paragraph; no metadata (the title, date and author, which the site "
    "prints above the article, are not in the text); no typographic conversion (Pelican's typogrify is off: straight "
    "quotes, -- and ... as written; Python-Markdown 2.6 has no strikethrough, so \"~~\" stays as the page shows "
    "it); left out: HTML comments, images, horizontal rules, paragraphs without a letter; links as their text, "
    "e-mail autolinks as their address, HTML tags dropped, emphasis markers dropped, backslash escapes and entities "
    "resolved, white space runs made one space. Title = the metadata's title; published = the metadata's date.")

NAME = r"content/(\d{4})/([^/]+)\.md"


def source(path):
    """The metadata ({key in lower case: value}) and the body after it:
    Pelican's Markdown metadata are the "Key: value" lines at the top,
    ended by the first blank line."""
    src = gitmirror.text(mirror, COMMIT, path)
    head, body = src.split("\n\n", 1)
    meta = {}
    for l in head.split("\n"):
        m = re.fullmatch(r"([A-Za-z]+):[ \t]*(.*?)\s*", l)
        assert m and m.group(1).lower() not in meta, (path, l)
        meta[m.group(1).lower()] = m.group(2)
    return meta, body


def slugify(title):
    """A title as Pelican 3.7 makes it a slug (ASCII titles: lower case,
    characters other than word characters, blanks and "-" dropped, runs
    of blanks and "-" as one "-")."""
    s = re.sub(r"[^\w\s-]", "", title).strip().lower()
    return re.sub(r"[-\s]+", "-", s)


def render(path):
    """The plain-text paragraphs of an article's body (see the
    docstring)."""
    body = source(path)[1]
    # attr_list: an attribute list right after an image belongs to it.
    body, n = re.subn(r"(!\[[^\]]*\]\([^()\s]*\))\{(?:width|height)=\"\d+\"\}", r"\1", body)
    assert not re.search(r"\{[a-z]+=", body), path
    # Python-Markdown 2.6 has no strikethrough: "~~" shows as written (2013-05-19, 2014-10-28).
    body = body.replace("~~", "\\~\\~")
    assert "```" not in body and not re.search(r"(?m)^ {0,3}\[[^\]]+\]:", body), path
    return mdtext.paragraphs(mdtext.drop_elements(body))


def stem(date, path):
    """The date and the article's name (see the docstring)."""
    return "%s-%s" % (date, re.sub(r"[^a-z0-9]+", "-", re.fullmatch(NAME, path).group(2).lower()).strip("-"))


# Candidates, from the file list, blob sizes and metadata lang lines only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: source(f[1])[0].get("lang", "de") == "de",
    lambda f: f[2] >= BOUND,
])
assert counts == [94, 91, 35], counts
date = {f[1]: qaentry.published("", source(f[1])[0].get("date", "")) for f in cands}
chosen = sorted(cands, key=lambda f: (date[f[1]], f[1]))
assert len(chosen) == 35 and sum(f[2] for f in chosen) == 103360

# Licence: the footer of every page; no licence file; the README names only the theme's LGPLv3.
BASE = gitmirror.text(mirror, COMMIT, "themes/verein/templates/base.html")
assert re.search(r"<a href=\"//creativecommons\.org/licenses/by-sa/3\.0/deed\.de\">\s*CC BY-SA\s*</a>\s*"
                 r"UbuCon Team, \{\{ CURRENTYEAR \}\}", BASE)
README = gitmirror.text(mirror, COMMIT, "README.md")
assert [l for l in README.split("\n") if re.search(r"licen[cs]|lizenz|copyright|creative", l, re.I)] == [
    "It's licensed under LGPLv3."]
IMPRINT = gitmirror.text(mirror, COMMIT, "content/pages/impressum.md")
assert not re.search(r"urheber|rechte|lizenz|licen[cs]|copyright|creative", IMPRINT, re.I)
CONF = gitmirror.text(mirror, COMMIT, "pelicanconf.py")
assert "AUTHOR = 'Ubucon Team'" in CONF and "DEFAULT_LANG = 'de'" in CONF and "TYPOGRIFY" not in CONF
assert "ARTICLE_URL = '{category}/{slug}/'" in CONF and "USE_FOLDER_AS_CATEGORY" not in CONF
assert "Markdown==2.6.8" in gitmirror.text(mirror, COMMIT, "requirements.txt")
assert not any(n.lower().startswith(("notice", "copying", "licen"))
               for n in gitmirror.git(mirror, "ls-tree", "--name-only", COMMIT).decode("utf-8").split("\n"))

ids = qaentry.day_ids("uc")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    meta, body = source(path)
    assert set(meta) <= {"title", "date", "author", "slug", "summary", "lang"}, (path, meta)
    assert not re.search(r"lizenz|licen[cs]e[ds]? (under|is)|creativecommons\.org|cc-by|rechte vorbehalten"
                         r"|all rights reserved", body, re.I), path
    d = date[path]
    assert d < COMMIT_DAY, path
    paras = render(path)
    text = "\n\n".join(paras) + "\n"
    assert not any(m in text for m in ("<!--", "```", "{{", "{%", "{filename}", "{width", "{height", "</", "[^",
                                       "![")), path
    assert mdtext.german(text), path
    fname = "%s.de.txt" % stem(d, path)
    assert re.fullmatch(r"[a-z0-9.-]+", fname), fname
    total += qaentry.write_text(out, fname, text)
    title = re.sub(r"\s+", " ", meta["title"]).strip()
    by = meta.get("author") or "Ubucon Team"
    slug = meta.get("slug") or slugify(title)
    year = re.fullmatch(NAME, path).group(1)
    assert title and re.fullmatch(r"[a-z0-9_-]+", slug), (path, slug)
    sources.append({"id": ids(d), "title": title, "language": "de", "published": d, "file": "uc75/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s/%s/%s/; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup and images left out\n"
                 % (fname, d, title, by, SITE, year, slug, path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources) and len(set(s["id"] for s in sources)) == len(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], format(BOUND, ","),
                                       counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """UbuCon news articles (ubuntu-Deutschland-eV/ubucon.de, content/YYYY), CC BY-SA 3.0, %d German articles of %s to %s

Work: news articles of ubucon.de (https://ubucon.de/), the site of the
UbuCon, the German-speaking Ubuntu conference, written by the UbuCon
Team and the authors named below (the author each page shows: the
metadata's Author, else the site's default author "Ubucon Team"), from
the site's repository ubuntu-Deutschland-eV/ubucon.de
(https://github.com/ubuntu-Deutschland-eV/ubucon.de; the copy used is a
bare mirror at commit %s of 2023-12-21), Markdown files
%sYYYY/NAME.md with Pelican's metadata lines.

Copyright: the UbuCon Team (the site's footer: "CC BY-SA UbuCon Team,
YEAR") and the authors named with each article.

Licence: every page of the site carries the footer "CC BY-SA UbuCon
Team, YEAR" (themes/verein/templates/base.html), its "CC BY-SA" a link
to https://creativecommons.org/licenses/by-sa/3.0/deed.de , the
Creative Commons Attribution-ShareAlike 3.0 Unported licence (CC BY-SA
3.0), whose legal code is at
https://creativecommons.org/licenses/by-sa/3.0/legalcode . The
repository has no LICENSE, NOTICE or COPYING file; its README names
only the LGPLv3 of the Ubuntu vanilla theme (not used here). No chosen
article states another licence for its text. The texts are used, and
the adapted texts in this folder are distributed, under CC BY-SA 3.0
(they may be shared under the same licence only). As the licence says,
the material is offered as-is, without warranties (its section 5).

Attribution: "UbuCon Team and the authors named below, UbuCon news
(ubucon.de), from ubuntu-Deutschland-eV/ubucon.de, CC BY-SA 3.0". No
endorsement by the UbuCon Team, the ubuntu Deutschland e.V., Canonical,
the authors or the people, companies and projects the articles name is
implied; "Ubuntu" is a trademark of Canonical Ltd., and the names of
other projects, companies and products are their owners'. Images,
slides and logos are not included.

Changes (the texts are an adaptation): a selection of %d articles (by a
fixed rule, see scripts/qa-texts/ubucon-de-news.py), each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings and list items as paragraphs of their own); the metadata
(title, date, author, slug, summary), images, link targets and markup
left out, so the texts are shortened by these omissions. No wording was
changed; typos of the originals are kept.

Files (name, date = the metadata's date, title, authors, address of the
article on ubucon.de (/YYYY/SLUG/), source file in the repository and
its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
TAIL = ("\nThe site's footer (themes/verein/templates/base.html at the commit above), on every page:\n\n"
        "    CC BY-SA UbuCon Team, YEAR\n"
        "    (\"CC BY-SA\" links to https://creativecommons.org/licenses/by-sa/3.0/deed.de)\n")
# COPYRIGHT, and collections.json only when writing the default folder.
finish("uc75", entry, out, COPYRIGHT + "".join(items) + TAIL, len(sources), total)
