#!/usr/bin/env python3
"""Builds the fifty-seventh QA set's collection (hb57): English posts of the
blog of Homebrew, the package manager for macOS and Linux
(https://brew.sh/blog/): the release announcements of Homebrew 3.0.0 to
6.0.0 and the project's other posts of 2021 to 2026 (two security audits,
a security incident disclosure, the maintainers' projects, a hackathon,
Homebrew and Workbrew, a new git signing key), from the source repository
of the site, Homebrew/brew.sh (the stored snapshot is the local bare
mirror of that repository, commit
3f895e1c01953701499fdcca5b816268c3eecddf of 2026-07-24). It is a Jekyll
site (_config.yml: url https://brew.sh; posts get the permalink
:year/:month/:day/:title/; no markdown setting, so Jekyll's default,
kramdown with GFM input). The posts are the files of _posts/ (45 blobs,
all Markdown, NAME.md, the name opening with the date YYYY-MM-DD), each
with a YAML front matter (--- ... ---; title, author, the GitHub user name
the page links to, in most redirect_from; no date: Jekyll takes it from
the file name). The release posts are titled by the version alone
("3.0.0"); the page shows that title.

Licence: the repository's LICENSE.txt, at its root, is the BSD 2-Clause
License, "Copyright (c) 2009-present, Homebrew contributors"; it is the
repository's only licence file and covers its content, the posts
included. A git grep of the tree (outside Gemfile.lock, assets/ and the
translated index pages) for licence, copyright, Creative Commons,
"rights reserved" and the copyright sign found no other statement for
the blog's text: the other hits are a formula's licence in the example
of _layouts/index.html, the locale files' sentence on the licences of
formulae, and posts speaking of software licences (Homebrew is "BSD-2
licensed", formulae licences, relicensed HashiCorp formulae, RubyGems
licences), none of a post's own text. The layouts have no
footer with a copyright line. So the texts are used, and the adapted
texts are shared, under the BSD 2-Clause License; texts/hb57/COPYRIGHT
carries the copyright notice, the list of conditions and the disclaimer
(the licence's full text, read from the mirror's LICENSE.txt, whose
SHA-256 the script checks), the attribution and the changes. Images of
the posts are not used.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of _posts/, the blob sizes, the front matter's
keys, titles and authors, counts of code fences, HTML tags and Liquid
tags, the lines holding them or opening with four spaces, counts of
function words and the rendered size of whole candidate selections were
looked at): candidates are the files of _posts/
1. that are Markdown posts _posts/YYYY-MM-DD-NAME.md: 45 (all);
2. whose date (the date opening the file name) is 2021-01-01 or later:
   24 (21 of 2016 to 2020 left out);
3. which are English by a count of function words in the body after the
   front matter (mdtext.english: lower-cased runs of letters, more than
   twice as many of "the and of is are this that with which" as of "der
   die das und ist nicht mit ein eine wir auf für den dem sich auch"):
   24 (all).
Taken: all 24, in date order (the date, then the path): 2021-02-05 to
2026-06-11 (5 of 2021, 5 of 2022, 3 of 2023, 5 of 2024, 4 of 2025, 2 of
2026). The period was chosen from counts and rendered sizes only, for
about 25 posts of 60 to 150 KB of text: from 2020, 30 posts of about
111 KB; from 2021, 24 posts of about 98 KB, one fewer than asked, taken
because a cut by date alone needs no size bound (a bound of 10,000
bytes, which would have given 27 posts from 2020, drops the three
longest release posts, 4.3.0, 5.1.0 and 6.0.0). The script asserts
every count. The rule was not changed after the texts were read.

Date = the date opening the file name (the front matter has none).
Author = the front matter's author (a GitHub user name). Title = the
front matter's title. Address on brew.sh = /YYYY/MM/DD/TITLE/ by the
permalink, TITLE being the file name without its date and extension
(not checked against the live site). Files are named by the file name
(which opens with the date), lower-cased, .md replaced by .en.txt.

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item (a nested item
a paragraph of its own), heading (ATX or setext), block-quote paragraph
and footnote definition; the front matter is not rendered (the title,
the author and the date are not in the text). Before that, the two
Liquid tags that stand in link addresses are replaced by the address
they give (so that the links are read as links and give their text):
{{ "PATH" | relative_url }} by PATH and {% post_url NAME %} by the post's
address /YYYY/MM/DD/TITLE/. Left out: fenced and indented code blocks
(the new SSH public key and a gh api session with its JSON answer,
2025-02-03); images; HTML comments; <script>, <style>, <pre>,
<noscript>, <svg> and <iframe> elements with their content; link
reference definitions; horizontal rules; paragraphs without a letter.
Inline: code spans are kept without backticks; links give their text;
autolinks give the address; footnote marks are dropped; other HTML tags
are dropped, their text kept; emphasis markers are dropped; backslash
escapes and entities are resolved; white space runs become one space.
Markdown tables: each body row one paragraph, "Header: cell; Header:
cell" (none here).

    scripts/qa-texts/homebrew-blog.py \\
        /work/.mirror/Homebrew+brew.sh/repo \\
        retrieval/eval/testdata/qa/texts/hb57

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/hb57 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/hb57/COPYRIGHT, puts the hb57 entry into collections.json
(only when writing the default folder, through qaentry.finish) and prints
it. Source ids are hb-YYYY-MM-DD, with -2 for a second post of the same
day (none here); title = the front-matter title; published = the date.
Running it twice gives the same files byte for byte."""
import hashlib, re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "3f895e1c01953701499fdcca5b816268c3eecddf"  # 2026-07-24
FOLDER = "_posts/"
FIRST_DATE = "2021-01-01"
SITE = "https://brew.sh/"
REPO = "https://github.com/Homebrew/brew.sh/blob/%s/" % COMMIT
LICENSE_SHA256 = "f80329e58613ad669c0e73cb132d8060b9b2c55e339c73848068e4d1567f4627"
mirror, out = arguments("hb57")

DESCRIPTION = ("Fifty-seventh set: %d English posts of the blog of Homebrew, the package manager for macOS and Linux "
    "(brew.sh/blog: the release announcements of Homebrew 3.0.0 to 6.0.0 (Apple Silicon, bottles on GitHub "
    "Packages, macOS and Linux support and the Support Tiers, the JSON API, analytics moved to InfluxDB, Portable "
    "Ruby, brew bundle and brew services, concurrent downloads, tap trust, deprecations) and the other posts of "
    "the project: a security incident disclosure of 2021, the security audits by Radically Open Security (2022) and "
    "Trail of Bits (2024), the maintainers' paid projects, the Summer 2024 Hackathon in Philadelphia, Homebrew and "
    "Workbrew, the new git signing key), dated %s to "
    "%s, from the source repository of the site, Homebrew/brew.sh (commit %s of 2026-07-24; BSD 2-Clause License, "
    "the repository's LICENSE.txt, copyright notice, conditions and disclaimer in texts/hb57/COPYRIGHT), one source "
    "per post, chosen by a fixed rule that reads only the file list, the file names' dates and counts of function "
    "words: the Markdown posts of _posts/ (%d), dated %s or later (%d), English by their function words (%d), all "
    "taken.")
TEXT = ("Built by scripts/qa-texts/homebrew-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item (nested items too), heading, block-quote "
    "paragraph and footnote definition; no front matter (the title is not in the text); the Liquid tags in link "
    "addresses ({{ \"PATH\" | relative_url }}, {% post_url NAME %}) replaced by the address before rendering; left "
    "out: fenced and indented code blocks, images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> "
    "elements, link reference definitions, horizontal rules, paragraphs without a letter; inline code kept without "
    "backticks, links as their text, autolinks as their address, footnote marks dropped, HTML tags dropped (their "
    "text kept), emphasis markers dropped, entities resolved, white space runs made one space. Title = the "
    "front-matter title (the release posts are titled by the version, '3.0.0'); published = the date opening the "
    "file name.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


reader = posts.Posts(mirror, COMMIT)
source, value = reader.source, reader.value


def post_address(stem):
    """A post's address by the permalink :year/:month/:day/:title/ (stem:
    the file name without its extension)."""
    return "/%s/%s/" % (stem[:10].replace("-", "/"), stem[11:])


def liquid(body):
    """The Liquid tags of link addresses replaced by the address (see the
    docstring); any other Liquid tag is an error."""
    body = re.sub(r"\{\{\s*\"([^\"]*)\"\s*\|\s*relative_url\s*\}\}", r"\1", body)
    body = re.sub(r"\{%\s*post_url\s+(\S+)\s*%\}", lambda m: post_address(m.group(1)), body)
    assert "{{" not in body and "{%" not in body, body
    return body


def render(body):
    body = liquid(body.replace("\t", "    "))
    body = mdtext.drop_elements(body)
    return mdtext.paragraphs(body)


def name(path):
    return path.rsplit("/", 1)[1][:-len(".md")]


# Candidates, from the file list, the file names' dates and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 45 and not any(f[2] is None for f in files), len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(re.escape(FOLDER) + r"\d{4}-\d\d-\d\d-[^/]+\.md", f[1]),
    lambda f: f[0][:10] >= FIRST_DATE,
    lambda f: mdtext.english(source(f[1])[1]),
])
assert counts == [45, 24, 24], counts
dates = posts.by_file_date(cands, value, name)
chosen = cands
assert len(chosen) == 24, len(chosen)

sources, items = [], []
source_id, total = qaentry.day_ids("hb"), 0
for _, path, size in chosen:
    d = dates[path]
    sid = source_id(d)
    fname, size = posts.write_post(out, name(path), render(source(path)[1]))
    total += size
    title = re.sub(r"\s+", " ", value(path, "title")).strip()
    author = re.sub(r"\s+", " ", value(path, "author")).strip()
    assert title and author, path
    sources.append({"id": sid, "title": title, "language": "en", "published": d, "file": "hb57/" + fname})
    items.append("- %s (%s): \"%s\"; by %s (https://github.com/%s); %s%s; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, author, author, SITE.rstrip("/"), post_address(name(path)), path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2021, 2027)] == [5, 5, 3, 5, 4, 2], years

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], FIRST_DATE, counts[1],
                                       counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE.txt" % COMMIT)
assert hashlib.sha256(LICENSE).hexdigest() == LICENSE_SHA256, hashlib.sha256(LICENSE).hexdigest()
LICENSE = LICENSE.decode("utf-8")
assert LICENSE.startswith("BSD 2-Clause License\n\nCopyright (c) 2009-present, Homebrew contributors\n"), LICENSE[:80]
CONFIG = git("show", "%s:_config.yml" % COMMIT)
assert "url: https://brew.sh" in CONFIG and "permalink: :year/:month/:day/:title/" in CONFIG

COPYRIGHT = """Homebrew contributors, Homebrew blog (https://brew.sh/blog/), %d English posts of %s to %s

Work: blog posts of Homebrew, the package manager for macOS and Linux
(https://brew.sh/), written by the Homebrew maintainers and contributors
named with each post below (the front matter's author, a GitHub user
name), from the site's source repository Homebrew/brew.sh
(https://github.com/Homebrew/brew.sh; the copy used is a bare mirror at
commit %s of 2026-07-24), Markdown files
%sYYYY-MM-DD-NAME.md.

Copyright: Copyright (c) 2009-present, Homebrew contributors (the
repository's LICENSE.txt), the posts by the authors named below.

Licence: the repository's LICENSE.txt, at its root, is the BSD 2-Clause
License; it is the repository's only licence file and no other licence
statement for the blog's text or for any post used here was found in the
repository. The texts are used, and the adapted texts in this folder (a
modification of those source files) are redistributed, under that
licence; its copyright notice, list of conditions and disclaimer follow
in full at the end of this file, as the licence asks.

Attribution: "Homebrew contributors and the authors named below, blog of
brew.sh, BSD 2-Clause License". No endorsement by the Homebrew project,
its maintainers, the authors or the companies and organisations the
posts name (GitHub, Apple, MacStadium, Workbrew, Mozilla, Radically Open
Security, Trail of Bits, the Open Technology Fund and others) is
implied. "Homebrew" and its logo are the Homebrew project's, and the
names of other organisations, companies, projects and products are their
owners'. Images of the posts are not included.

Changes (the texts are an adaptation): a selection of %d posts (by a
fixed rule, see scripts/qa-texts/homebrew-blog.py); each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings and list items as paragraphs of their own); the front matter
(title, author, redirects), images, code blocks, link targets and markup
left out. No wording was changed; typos of the originals are kept.

Files (name, date = the date opening the file name, title, author, address
of the post on brew.sh as the site's permalink :year/:month/:day/:title/
gives it, source file in the repository and its address at the commit
used):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("hb57", entry, out, COPYRIGHT + "".join(items) + "\nThe licence (the repository's LICENSE.txt at the commit "
       "used):\n\n" + LICENSE, len(sources), total)
