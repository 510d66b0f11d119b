#!/usr/bin/env python3
"""Builds the eighty-second QA set's collection (vt82): English posts of
the Vitess blog (vitess.io/blog), the blog of Vitess, a database
clustering system for horizontal scaling of MySQL and a graduated
project of the Cloud Native Computing Foundation: release announcements
(of versions from 2.1 to 18, not every one), security audits, conference recaps (KubeCon, FOSDEM),
an internship report, patches and query-planner notes, 2015 to 2024,
from the site's repository, vitessio/website (the stored snapshot is the
local bare mirror of that repository). Posts are Hugo files
content/en/blog/YYYY-MM-DD-NAME.md with a YAML front matter (author,
date or published, slug, tags, title, description). The commit used is
the mirror's newest, COMMIT ad92a7c1ae28a1fd510ab2349f83d72f0f34b3b5 of
2024-10-24. None of the front matter is in the text.

Licence: the site's footer (layouts/partials/footer.html, checked by the
script) reads "(c) Vitess Authors YEAR | Documentation Distributed under
CC-BY-4.0" with a link to https://creativecommons.org/licenses/by/4.0;
the blog posts are pages of that site, so they are used under the
Creative Commons Attribution 4.0 International licence (CC BY 4.0), as
helm-blog.py reads the same footer of the Helm site. The repository's
LICENSE is the Apache License 2.0 (its first lines checked by the
script), which also allows sharing adapted works. No chosen post states
another licence for its own text (checked by the script). Images are not
used. The adapted texts are shared under CC BY 4.0; texts/vt82/COPYRIGHT
carries the attribution, the licence's address, the changes and the
no-endorsement note.

Which posts, by a fixed rule written down before any post's text was
read (only the last commit's line, the root listing, LICENSE's head, a
grep of config.toml and of the layouts for the licence, the footer's
lines and the file list of content/en/blog with blob sizes and per-year
size statistics were looked at; after the rule, the chosen posts'
front-matter date, published and author values, the names of their
front-matter keys, of the HTML tags and Hugo shortcodes they use (none)
and the presence of fenced code were printed): candidates are the files
under content/en/blog/ (77)
1. named content/en/blog/YYYY-MM-DD-NAME.md: 74 (the others are
   _index.md, 20181210-introducing-vitess-3.md and
   2019-mysqlcontributoraward.md);
2. whose front matter (read as Hugo reads it: a byte order mark before
   it dropped, as one post has) does not say "draft: true": 74;
3. whose file (front matter included) has 2,000 to 6,000 bytes: 27, all
   taken (97,678 bytes).
The bounds were chosen from the size list for 25 to 40 posts; they leave
out the long technical articles (over 6,000 bytes) and the few short
notes. Order: by the date, then the path. The script asserts every
count. The rule was not changed after the texts were read.

Date = the front matter's date, else its published (the key Hugo reads
for a page's date when date is missing: four posts of 2015 to 2019 have
only published), its first ten characters; every chosen post's date
equals its file name's, and none lies after the commit's day. Title =
the front matter's title; author = the front matter's author. Files are
named YYYY-MM-DD-NAME.en.txt (NAME the file name's, lower-cased, "_" as
"-"). Addresses: the site is https://vitess.io (config.toml: baseURL);
the posts' own addresses were not derived and nothing was opened;
COPYRIGHT gives each source file's address in the repository at COMMIT.

Rendering, one paragraph per line with a blank line between paragraphs,
by mdtext.py's post_paragraphs (Python 3, standard library only), tabs
read as four spaces: a paragraph per Markdown paragraph, list item,
heading, block-quote paragraph and table body row ("Header: cell;
Header: cell"); the front matter is not rendered. Left out: fenced and
indented code blocks, images, HTML comments, <script>, <style>, <pre>,
<noscript>, <svg> and <iframe> elements with their content, horizontal
rules, paragraphs without a letter. Inline: code spans kept without
backticks; links give their text; HTML tags dropped, their text kept (so
the text of an HTML table's cells and of a figure's caption stays);
emphasis markers dropped; backslash escapes and entities resolved; white
space runs made one space. No typographic conversion. A Hugo shortcode
("{{<", "{{%"), a footnote ("[^") or an attribute list ("{:") in a
chosen post stops the script (none), and so does any "<!--", "```",
"{{", "{%", "</", "[^" or "![" left in a text.

    scripts/qa-texts/vitess-blog.py /work/.mirror/vitessio+website/repo \\
        retrieval/eval/testdata/qa/texts/vt82

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/vt82 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(posts.write_post), writes texts/vt82/COPYRIGHT, puts the vt82 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are vt-YYYY-MM-DD (by the
date), with -2 for a second post of the same day (none); published = the
date. Running it twice gives the same files byte for byte. The shared
helpers (gitmirror, mdtext, posts, qaentry) are used as they are."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # Posts: each post read once; write_post
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "ad92a7c1ae28a1fd510ab2349f83d72f0f34b3b5"  # 2024-10-24
COMMIT_DAY = "2024-10-24"
FOLDER = "content/en/blog/"
LOW, HIGH = 2000, 6000
REPO = "https://github.com/vitessio/website/blob/%s/" % COMMIT
LEFT = ("<!--", "```", "{{", "{%", "</", "[^", "![")
mirror, out = arguments("vt82")

DESCRIPTION = ("Eighty-second set: %d English posts of the Vitess blog (vitess.io/blog), the blog of Vitess, a "
    "database clustering system for horizontal scaling of MySQL and a graduated CNCF project: release announcements "
    "(of versions from 2.1 to 18, not every one), security audits, KubeCon and FOSDEM recaps, an internship report, the Log4j patches and "
    "query-planner notes, dated %s to %s, from the site's repository, vitessio/website (commit %s of 2024-10-24; "
    "the site's footer distributes its documentation under CC BY 4.0, the repository's LICENSE is Apache 2.0; "
    "attribution in texts/vt82/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, "
    "blob sizes and front-matter draft values: the posts content/en/blog/YYYY-MM-DD-NAME.md (%d), not drafts (%d), "
    "those of %s to %s bytes (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/vitess-blog.py from the posts' Markdown (git show of the mirror), posts by the fixed "
    "rule in the script; rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a blank "
    "line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph and table row; no "
    "front matter (the title and author are not in the text); no typographic conversion; left out: fenced and "
    "indented code blocks, images, HTML comments, script, style, pre, noscript, svg and iframe elements, horizontal "
    "rules, paragraphs without a letter; inline code kept without backticks, links as their text, HTML tags dropped "
    "(their text kept), emphasis markers dropped, backslash escapes and entities resolved, white space runs made one "
    "space. Title = the front-matter title; published = the front-matter date's day (else its published value's).")

NAME = r"content/en/blog/(\d{4})-(\d\d)-(\d\d)-([^/]+)\.md"

# Each post read once (posts.Posts), its front matter read as Hugo reads
# it (loose; a leading byte order mark dropped).
reader = posts.Posts(mirror, COMMIT, loose=True, strip_bom=True)
source, value = reader.source, reader.value


def day(path):
    """The post's date: the front matter's date, else its published, the
    first ten characters (see the docstring)."""
    return qaentry.published("", value(path, "date") or value(path, "published"))


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = source(path)[1].replace("\t", "    ")
    assert not any(m in body for m in ("{{<", "{{%", "[^", "{:")), path
    return mdtext.post_paragraphs(body)


# Candidates, from the file list, blob sizes and front-matter draft values only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 77, len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: value(f[1], "draft").lower() != "true",
    lambda f: LOW <= f[2] <= HIGH,
])
assert counts == [74, 74, 27], counts
date = {f[1]: day(f[1]) for f in cands}
chosen = sorted(cands, key=lambda f: (date[f[1]], f[1]))
assert len(chosen) == 27 and sum(f[2] for f in chosen) == 97678

# Licence: the site's footer distributes the documentation under CC BY 4.0;
# the repository's LICENSE is the Apache License 2.0.
FOOTER = gitmirror.text(mirror, COMMIT, "layouts/partials/footer.html")
assert ("&copy; Vitess Authors {{ $year }} | Documentation Distributed under "
        "<a href=\"https://creativecommons.org/licenses/by/4.0\" target=\"_blank\">CC-BY-4.0</a>") in FOOTER
LICENSE = gitmirror.text(mirror, COMMIT, "LICENSE")
assert LICENSE.lstrip().startswith("Apache License\n                           Version 2.0, January 2004"), LICENSE[:200]
CONF = gitmirror.text(mirror, COMMIT, "config.toml")
assert CONF.startswith('baseURL = "https://vitess.io"\n'), CONF[:100]

ids = qaentry.day_ids("vt")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"licen[cs]e[ds]? (under|is)|creativecommons\.org|cc-by|all rights reserved", body,
                         re.I), path
    d = date[path]
    m = re.fullmatch(NAME, path)
    assert d <= COMMIT_DAY and d == "%s-%s-%s" % m.group(1, 2, 3), path
    stem = "%s-%s" % (d, m.group(4))
    fname, size = posts.write_post(out, stem, render(path), left=LEFT)
    total += size
    title, by = posts.one_line(value(path, "title")), posts.one_line(value(path, "author"))
    assert title and by, path
    posts.add_post(sources, items, ids(d), d, fname, title, by, "en", "vt82", path, REPO, "markup, code and images")
posts.assert_unique(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], format(LOW, ","),
                                       format(HIGH, ","), counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Vitess blog posts (vitessio/website, content/en/blog), CC BY 4.0, %d English posts of %s to %s

Work: posts of the Vitess blog (https://vitess.io/blog/), the blog of
the Vitess project, written by the authors named below (the front
matter's author), from the site's repository vitessio/website
(https://github.com/vitessio/website; the copy used is a bare mirror at
commit %s of 2024-10-24), Markdown files %sYYYY-MM-DD-NAME.md with a
YAML front matter.

Copyright: the authors named with each post and the Vitess Authors (the
site's footer says "(c) Vitess Authors").

Licence: the site's footer reads "Documentation Distributed under
CC-BY-4.0"; the posts are pages of that site. The texts are used, and
the adapted texts in this folder are distributed, under the Creative
Commons Attribution 4.0 International licence (CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/legalcode; every copy or
adaptation must carry that address or the licence's text). The
repository's LICENSE is the Apache License, Version 2.0, which also
allows sharing adapted works. As the licence says (its section 5), the
work is offered as-is, without representations or warranties. Images
are not included.

Attribution: "The authors named below, the Vitess Authors, Vitess blog
(vitess.io/blog), from vitessio/website, CC BY 4.0". No endorsement by
the Vitess project, the Cloud Native Computing Foundation, the Linux
Foundation, PlanetScale, the authors or the people, projects, companies
and organisations the posts name is implied. Vitess, MySQL, Kubernetes
and the other names of projects, organisations and products are their
owners' (some are trademarks).

Changes (the texts are an adaptation, as the licence's section
3(a)(1)(B) asks to indicate): a selection of %d posts (by a fixed rule,
see scripts/qa-texts/vitess-blog.py), each rendered from Markdown to
plain text, one paragraph per line with a blank line between (headings,
list items, block-quote paragraphs and table rows as paragraphs of their
own); the front matter (title, author, date, slug, tags, description),
images, code blocks, link targets and markup left out, so the texts are
shortened by these omissions. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's day, title, author, source file
in the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("vt82", entry, out, COPYRIGHT + "".join(items), len(sources), total)
