#!/usr/bin/env python3
"""Builds the eighty-first QA set's collection (os81): English posts of
openSUSE News (news.opensuse.org), the news site of the openSUSE Project
(a community Linux distribution project): distribution releases (Leap,
Leap Micro, Tumbleweed, Slowroll, Aeon), security notes, conference and
summit calls, board elections, Hack Week, workshops and tooling, 2024,
from the site's repository, openSUSE/news-o-o (the stored snapshot is the
local bare mirror of that repository). Posts are Jekyll files
_posts/YYYY/YYYY-MM-DD-NAME.md (or .markdown) with a YAML front matter
(author, date with time and offset, layout, license, title, image,
categories, tags). The commit used is the mirror's newest, COMMIT
b49d7c96274ad3e86d6664a5545948ba9351da98 of 2026-08-21. The site's
layout was read only where it shows a post's licence (_layouts/post.html
prints the front matter's license under the title); none of the front
matter is in the text.

Licence: every chosen post states its own licence in its front matter,
"license: CC-BY-SA-3.0" (Creative Commons Attribution-ShareAlike 3.0),
which the post page shows under its title (checked by the script: the
layout prints page.license); the repository's README.md gives the same
line in its post template. The repository's LICENSE, linked as "License"
from the site's footer, is the GNU General Public License v3 (its first
line checked by the script), a copyleft licence that also allows sharing
adapted text; the posts are used under the licence they state, CC BY-SA
3.0. Images (some with their own licences) are not used. The adapted
texts are shared under CC BY-SA 3.0; texts/os81/COPYRIGHT carries the
attribution, the licence's address, the changes and the no-endorsement
note.

Which posts, by a fixed rule written down before any post's text was
read (only README.md, the last commit, the root listing, some lines of
_config.yml, LICENSE's head, the names of _plugins and _layouts, the
licence line of _layouts/post.html, the file list of _posts with blob
sizes and a per-year tally of the front matters' license and published
values were looked at; after the rule, the chosen posts' front-matter
date, author and layout values and the names of the Liquid and HTML tags
they use were printed): candidates are the files under _posts/ and its
year folders (2289)
1. named _posts/YYYY/YYYY-MM-DD-NAME.md or .markdown, the folder's year
   equal to the name's: 2288 (one file lacks the year in its name);
2. whose file name's date lies in 2024: 90;
3. whose front matter's license is exactly "CC-BY-SA-3.0" and which are
   not unpublished (the front matter's "published" is not false): 89;
4. whose file (front matter included) is 3,000 to 5,000 bytes long: 31,
   all taken (112,671 bytes).
The year and bounds were chosen from the size list for 25 to 40 posts;
they leave out the long release announcements and reports and the short
notes. Order: by the date, then the path. The script asserts every
count. The rule was not changed after the texts were read.

Date = the front matter's date, its first ten characters (as Jekyll
dates a post by its front matter; one chosen post, 2024-10-10-grub2-bls,
is dated 2024-10-08 so); no chosen post lies after the commit's day.
Title = the front matter's title; author = the front matter's author.
Files are named YYYY-MM-DD-NAME.en.txt (the date as above, NAME the file
name's, lower-cased, "_" as "-"). Addresses: the site is
https://news.opensuse.org (_config.yml: url, permalink
/:year/:month/:day/:title/); the posts' own addresses were not derived
and nothing was opened; COPYRIGHT gives each source file's address in
the repository at COMMIT.

Rendering, one paragraph per line with a blank line between paragraphs:
Liquid tags ({% ... %}) and outputs ({{ ... }}) dropped (none in the
chosen posts), then mdtext.py (Python 3, standard library only): a
paragraph per Markdown paragraph, list item, heading, block-quote
paragraph and table body row ("Header: cell; Header: cell"); the front
matter is not rendered. Left out: fenced and indented code blocks,
images, HTML comments, <script>, <style>, <pre>, <noscript>, <svg> and
<iframe> elements with their content, horizontal rules, paragraphs
without a letter. Inline: code spans kept without backticks; links give
their text; HTML tags dropped, their text kept (autolinks in angle
brackets are dropped as tags); emphasis markers dropped; backslash
escapes and entities resolved; white space runs made one space. No
typographic conversion (kramdown's smart quotes are not applied). Any
"<!--", "```", "{{", "{%", "</", "[^" or "![" left in a text stops the
script.

    scripts/qa-texts/opensuse-news.py /work/.mirror/openSUSE+news-o-o/repo \\
        retrieval/eval/testdata/qa/texts/os81

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/os81 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(posts.write_post), writes texts/os81/COPYRIGHT, puts the os81 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are os-YYYY-MM-DD (by the
date), with -2 for a second post of the same day; published = the date.
Running it twice gives the same files byte for byte. The shared helpers
(gitmirror, mdtext, posts, qaentry) are used as they are."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # Posts: each post read once; write_post
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "b49d7c96274ad3e86d6664a5545948ba9351da98"  # 2026-08-21
COMMIT_DAY = "2026-08-21"
FOLDER = "_posts/"
YEAR = "2024"
LOW, HIGH = 3000, 5000
REPO = "https://github.com/openSUSE/news-o-o/blob/%s/" % COMMIT
LEFT = ("<!--", "```", "{{", "{%", "</", "[^", "![")
mirror, out = arguments("os81")

DESCRIPTION = ("Eighty-first set: %d English posts of openSUSE News (news.opensuse.org), the news site of the "
    "openSUSE Project: distribution releases and plans (Leap, Leap Micro, Tumbleweed, Slowroll, Aeon), boot and "
    "encryption work, the xz backdoor, the openSUSE Conference and openSUSE.Asia Summit calls, board elections, Hack "
    "Week, workshops and tools, dated %s to %s, from the site's repository, openSUSE/news-o-o (commit %s of "
    "2026-08-21; each post under CC BY-SA 3.0 by its front matter's license; attribution in texts/os81/COPYRIGHT), "
    "one source per post, chosen by a fixed rule that reads only the file list, blob sizes and front-matter license "
    "and published values: the posts _posts/YYYY/YYYY-MM-DD-NAME.md or .markdown (%d), of 2024 (%d), under "
    "CC-BY-SA-3.0 and not unpublished (%d), those of %s to %s bytes (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/opensuse-news.py from the posts' Markdown (git show of the mirror), posts by the fixed "
    "rule in the script; Liquid tags and outputs dropped, then rendered as plain text by scripts/qa-texts/mdtext.py, "
    "one paragraph per line with a blank line between: a paragraph per Markdown paragraph, list item, heading, "
    "block-quote paragraph and table row; no front matter (the title and author are not in the text); no typographic "
    "conversion; left out: fenced and indented code blocks, images, HTML comments, script, style, pre, noscript, svg "
    "and iframe elements, horizontal rules, paragraphs without a letter; inline code kept without backticks, links as "
    "their text, HTML tags dropped (their text kept), emphasis markers dropped, backslash escapes and entities "
    "resolved, white space runs made one space. Title = the front-matter title; published = the front-matter date's "
    "day.")

NAME = r"_posts/(\d{4})/(\d{4})-(\d\d)-(\d\d)-([^/]+)\.(md|markdown)"


def named(path):
    """Step 1: YYYY/YYYY-MM-DD-NAME.md or .markdown, the folder's year the name's."""
    m = re.fullmatch(NAME, path)
    return bool(m) and m.group(1) == m.group(2)


# Each post read once (posts.Posts), its text as git gives it (no byte
# order mark stripped).
reader = posts.Posts(mirror, COMMIT, strip_bom=False)
source, value = reader.source, reader.value


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    return mdtext.liquid_post_paragraphs(source(path)[1], path)


# Candidates, from the file list, blob sizes and front-matter license and published values only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
assert len(files) == 2289, len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: named(f[1]),
    lambda f: re.fullmatch(NAME, f[1]).group(2) == YEAR,
    lambda f: value(f[1], "license") == "CC-BY-SA-3.0" and value(f[1], "published") != "false",
    lambda f: LOW <= f[2] <= HIGH,
])
assert counts == [2288, 90, 89, 31], counts
date = {f[1]: qaentry.published(re.fullmatch(NAME, f[1]).group(5), value(f[1], "date")) for f in cands}
chosen = sorted(cands, key=lambda f: (date[f[1]], f[1]))
assert len(chosen) == 31 and sum(f[2] for f in chosen) == 112671

# Licence: each post's front matter states CC-BY-SA-3.0, and the post page shows it;
# the repository's LICENSE (the footer's "License") is the GPL v3.
LAYOUT = gitmirror.text(mirror, COMMIT, "_layouts/post.html")
assert "{{ page.license | default: site.license | default: 'No License' }}" in LAYOUT
README = gitmirror.text(mirror, COMMIT, "README.md")
assert "    license: CC-BY-SA-3.0\n" in README
LICENSE = gitmirror.text(mirror, COMMIT, "LICENSE")
assert LICENSE.lstrip().startswith("GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007"), LICENSE[:200]
CONF = gitmirror.text(mirror, COMMIT, "_config.yml")
assert "\npermalink: /:year/:month/:day/:title/\n" in CONF and 'url: "https://news.opensuse.org"' in CONF
assert "\nmarkdown: kramdown\n" in CONF and "link: https://github.com/openSUSE/news-o-o/blob/master/LICENSE" in CONF

ids = qaentry.day_ids("os")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"(this|the) (text|post|article|blog post) (is|are) (licensed|published) under|all rights "
                         r"reserved", body, re.I), path
    d = date[path]
    assert d <= COMMIT_DAY and d[:4] == YEAR, path
    stem = "%s-%s" % (d, re.fullmatch(NAME, path).group(5))
    fname, size = posts.write_post(out, stem, render(path), left=LEFT)
    total += size
    title = re.sub(r"\s+", " ", value(path, "title")).strip()
    by = re.sub(r"\s+", " ", value(path, "author")).strip()
    assert title and by, path
    sources.append({"id": ids(d), "title": title, "language": "en", "published": d, "file": "os81/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; licence stated: CC-BY-SA-3.0; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, by, path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources) and len(set(s["id"] for s in sources)) == len(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], counts[2],
                                       format(LOW, ","), format(HIGH, ","), counts[3]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """openSUSE News posts (openSUSE/news-o-o, _posts), CC BY-SA 3.0, %d English posts of %s to %s

Work: posts of openSUSE News (https://news.opensuse.org), the news site
of the openSUSE Project, written by the authors named below (the front
matter's author), from the site's repository openSUSE/news-o-o
(https://github.com/openSUSE/news-o-o; the copy used is a bare mirror at
commit %s of 2026-08-21), Markdown files
%sYYYY/YYYY-MM-DD-NAME.md with a YAML front matter.

Copyright: the authors named with each post and the openSUSE
contributors (the site says "© 2011–2026 openSUSE contributors").

Licence: each post's front matter states "license: CC-BY-SA-3.0", and
the site shows that licence under the post's title. The texts are used,
and the adapted texts in this folder are distributed, under the Creative
Commons Attribution-ShareAlike 3.0 Unported licence (CC BY-SA 3.0,
https://creativecommons.org/licenses/by-sa/3.0/legalcode; every copy or
adaptation must carry that address or the licence's text). The
repository's LICENSE, which the site's footer links as "License", is the
GNU General Public License v3; the posts are used under the licence they
state. As the licence says (its section 5), the work is offered as-is,
without representations or warranties. Images, which carry licences of
their own, are not included.

Attribution: "The authors named below, openSUSE News
(news.opensuse.org), openSUSE contributors, from openSUSE/news-o-o,
CC BY-SA 3.0". No endorsement by the openSUSE Project, SUSE, the authors
or the people, projects and organisations the posts name is implied.
openSUSE and SUSE are trademarks of their owners; the names of projects,
organisations and products are their owners'.

Changes (the texts are an adaptation, as the licence's section 4(b)
asks to identify): a selection of %d posts (by a fixed rule, see
scripts/qa-texts/opensuse-news.py), each rendered from Markdown to plain
text, one paragraph per line with a blank line between (headings, list
items, block-quote paragraphs and table rows as paragraphs of their
own); the front matter (title, author, date, licence, image, categories,
tags), images, code blocks, link targets and markup left out, so the
texts are shortened by these omissions. No wording was changed; typos of
the originals are kept.

Files (name, date = the front matter's day, title, author, stated
licence, source file in the repository and its address at the commit
used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("os81", entry, out, COPYRIGHT + "".join(items), len(sources), total)
