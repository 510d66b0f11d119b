#!/usr/bin/env python3
"""Builds the fifty-sixth QA set's collection (eb56): English posts of the
blog of the Elixir programming language (https://elixir-lang.org/blog/):
release announcements of Elixir (v1.8 to v1.17), the "Elixir in
Production" case studies (companies and public bodies that run Elixir),
announcements of the Elixir team (Mint, the type system, the language
server team, the OpenChain certification, the outreach stipend, the
Global Elixir Meetups) and one post on the internals of the type
checker, from the source repository of the site,
elixir-lang/elixir-lang.github.com (the stored snapshot is the local
bare mirror of that repository, commit
24ad416f14095588832d5fdf415ec665a11ab5ca of 2026-04-18). It is a Jekyll
site (_config.yml: url https://elixir-lang.org, kramdown with GFM input;
posts get the permalink /blog/:year/:month/:day/:title/). The posts are
the files of _posts/ (73 blobs, all Markdown, NAME.markdown, the name
opening with the date YYYY-MM-DD), each with a YAML front matter
(--- ... ---; layout, title, authors as a list, category, excerpt, in
some tags, redirect_from, flagship and logo; no date: Jekyll takes it
from the file name).

Licence: the repository's README.md, section "License", says: "The
written textual contents available in the guides and blog are licensed
under [Apache License, Version 2.0](http://www.apache.org/licenses/LICENSE-2.0)."
(the same section says that "Elixir" and the Elixir logo are registered
trademarks of the Elixir team, that the HTML and CSS are AlienWp's under
the GPL, version 2, and that the social icons are Xeloader's). The footer
of every page (_includes/bottom.html) reads "(c) 2012-YEAR The Elixir
Team." and "Elixir and the Elixir logo are registered trademarks of The
Elixir Team." (no "all rights reserved"). A git grep of the tree
(outside style sheets, scripts, Gemfile.lock and the posts) for licence,
copyright, "rights reserved", Creative Commons and the copyright sign
found no other statement for the blog's text (the other hits are
development.markdown on the licence of Elixir's source code, a cheat
sheet's source under downloads/ and binary images); in the posts the
hits are about software licences, none about the post's own text. So
the texts are used, and the adapted texts are shared, under the Apache
License, Version 2.0; texts/eb56/COPYRIGHT says so, carries the
licence's notice and, at its end, its full text (read from
/usr/share/common-licenses/Apache-2.0, the copy Debian's base-files
ships, checked by its SHA-256; the mirror has none), and states the
changes (section 4 of the licence).
Images of the posts are not used.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of _posts/, the blob sizes, the front matter's
keys, titles, authors and categories, counts of code fences, HTML tags
and Liquid tags, the lines holding an HTML tag or opening with four
spaces, counts of function words and the rendered size of whole
candidate selections were looked at): candidates are the files of
_posts/
1. that are Markdown posts _posts/NAME.markdown: 73 (all);
2. whose date (the date opening the file name) is 2019-01-01 or later:
   43 (30 of 2012 to 2018 left out);
3. which are English by a count of function words in the body after the
   front matter (mdtext.english: lower-cased runs of letters, more than
   twice as many of "the and of is are this that with which" as of "der
   die das und ist nicht mit ein eine wir auf für den dem sich auch"):
   43 (all);
4. whose file (front matter included) is at most 9,900 bytes long: 24
   (19 are longer, 9,926 to 22,752 bytes; the longest taken has 9,747
   bytes, so every bound from 9,747 to 9,925 gives the same 24).
Taken: all 24, in date order (the date, then the path): 2019-01-14 to
2026-02-26 (2 of 2019, 6 of 2020, 6 of 2021, 3 of 2023, 2 of 2024, 4 of
2025, 1 of 2026). The period and the bound were chosen from counts and
sizes only, for about 25 posts of 60 to 150 KB of text (rendered sizes
from a first script with this rendering): from 2019, at most 10,000
bytes would have given 26 posts of about 163 KB, at most 9,930 bytes 25
posts of about 156 KB; from 2020, at most 10,000 bytes 23 posts of about
142 KB; from 2019, at most 9,900 bytes gives 24 posts of about 147 KB.
The script asserts every count. The rule was not changed after the
texts were read.

Date = the date opening the file name (the front matter has none).
Authors = the front matter's authors list, joined with ", " and the
last with " and ". Title = the front matter's title. Address on
elixir-lang.org = /blog/YYYY/MM/DD/TITLE/ by the permalink, TITLE being
the file name without its date and extension (not checked against the
live site). Files are named by the file name (which opens with the
date), lower-cased, .markdown replaced by .en.txt.

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading (ATX
or setext), block-quote paragraph and footnote definition; the front
matter is not rendered (the title, the authors, the category and the
excerpt are not in the text). Raw HTML blocks (the pull quotes of the
case studies, <blockquote> with one <p> for the quote and one for its
speaker; an embedded tweet) are rendered as the page shows their text:
before the Markdown is read, the script puts each block-level tag
(<blockquote>, <p>, <div>, <figure>, <figcaption> and their end tags) on
a line of its own between blank lines, so that the quote and its
speaker are paragraphs of their own; a link whose address follows its
"(" after a blank ("[text]( https://...)", one in the post of
2026-02-26, a link in CommonMark) has the blank dropped. Left out:
fenced and indented code blocks (code, shell sessions, error messages);
images; HTML comments;
<script>, <style>, <pre>, <noscript>, <svg> and <iframe> elements with
their content (an embedded video, the tweet's script); link reference
definitions; horizontal rules; paragraphs without a letter. Inline: code
spans are kept without backticks; links give their text; autolinks give
the address; footnote marks are dropped; other HTML tags are dropped,
their text kept; emphasis markers are dropped; backslash escapes and
entities are resolved; white space runs become one space. Markdown
tables: each body row one paragraph, "Header: cell; Header: cell".

    scripts/qa-texts/elixir-blog.py \\
        /work/.mirror/elixir-lang+elixir-lang.github.com/repo \\
        retrieval/eval/testdata/qa/texts/eb56

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/eb56 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/eb56/COPYRIGHT, puts the eb56 entry into collections.json
(only when writing the default folder, through qaentry.finish) and prints
it. Source ids are eb-YYYY-MM-DD, with -2 for a second post of the same
day; title = the front-matter title; published = the date. Running it
twice gives the same files byte for byte."""
import hashlib, re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "24ad416f14095588832d5fdf415ec665a11ab5ca"  # 2026-04-18
FOLDER = "_posts/"
FIRST_DATE = "2019-01-01"
MAX_BYTES = 9900
SITE = "https://elixir-lang.org/blog/"
REPO = "https://github.com/elixir-lang/elixir-lang.github.com/blob/%s/" % COMMIT
mirror, out = arguments("eb56")

DESCRIPTION = ("Fifty-sixth set: %d English posts of the blog of the Elixir programming language (elixir-lang.org/blog: "
    "the releases Elixir v1.8, v1.15, v1.16 and v1.17 (set-theoretic types, durations, the compiler's error messages, "
    "Logger and Erlang/OTP), the 'Elixir in Production' case studies (Farmbot, Heroku, Discord, Change.org, Slab, "
    "Duffel, V7, Community, PepsiCo, Mozilla Hubs, X-Plane, the French Ministry of Ecological Transition, Remote), "
    "announcements of the Elixir team (the HTTP client Mint, the type system moving from research into development, "
    "the official Elixir Language Server team, the OpenChain certification, the Elixir Outreach stipend for speakers "
    "and trainers, the Global Elixir Meetups week) and one post on lazy BDDs in the type checker), dated %s to %s, "
    "from the source repository of the site, elixir-lang/elixir-lang.github.com (commit %s of 2026-04-18; Apache "
    "License 2.0 for the blog's text as the repository's README states, notice and attribution in "
    "texts/eb56/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, the sizes, "
    "the file names' dates and counts of function words: the Markdown posts of _posts/ (%d), dated %s or later (%d), "
    "English by their function words (%d), whose file is at most %d bytes long (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/elixir-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph and footnote "
    "definition; no front matter (the title is not in the text); raw HTML blocks (pull quotes and their speakers, an "
    "embedded tweet) as their text, a paragraph per block element; left out: fenced and indented code blocks, images, "
    "HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, "
    "horizontal rules, paragraphs without a letter; inline code kept without backticks, links as their text, footnote "
    "marks dropped, HTML tags dropped (their text kept), emphasis markers dropped, entities resolved, white space runs "
    "made one space; Markdown table body rows as one paragraph each, 'Header: cell; Header: cell'. Title = the "
    "front-matter title; published = the date opening the file name.")

BLOCK_TAGS = ("blockquote", "p", "div", "figure", "figcaption")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


reader = posts.Posts(mirror, COMMIT)
source, value = reader.source, reader.value


def html_blocks(body):
    """Each block-level tag of a line that opens with an HTML tag on a
    line of its own between blank lines, the line's indentation dropped
    (see the docstring)."""
    tag = r"</?(?:%s)\b[^>]*>" % "|".join(BLOCK_TAGS)
    lines = []
    for l in body.split("\n"):
        if re.match(r"\s*<(?:%s)\b" % "|".join(BLOCK_TAGS), l):
            l = re.sub(tag, lambda m: "\n\n" + m.group(0) + "\n\n", l.strip())
            l = "\n".join(x.strip() for x in l.split("\n"))
        lines.append(l)
    return "\n".join(lines)


def render(body):
    body = body.replace("\t", "    ")
    body = re.sub(r"\]\(\s+(?=\S)", "](", body)  # "[text]( URL)" is a link too (one, 2026-02-26)
    body = mdtext.drop_elements(body)
    return mdtext.paragraphs(html_blocks(body))


def name(path):
    return path.rsplit("/", 1)[1][:-len(".markdown")]


def authors(path):
    names = [re.sub(r"\s+", " ", a).strip() for a in mdtext.yaml_list(source(path)[0], "authors")]
    names = [a for a in names if a]
    assert names, path
    return qaentry.join_names(names)


# Candidates, from the file list, the sizes, the file names' dates and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 73 and not any(f[2] is None for f in files), len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(re.escape(FOLDER) + r"\d{4}-\d\d-\d\d-[^/]+\.markdown", f[1]),
    lambda f: f[0][:10] >= FIRST_DATE,
    lambda f: mdtext.english(source(f[1])[1]),
    lambda f: f[2] <= MAX_BYTES,
])
assert counts == [73, 43, 43, 24], counts
dates = posts.by_file_date(cands, value, name)
chosen = cands
assert len(chosen) == 24, len(chosen)

sources, items = [], []
source_id, total = qaentry.day_ids("eb"), 0
for _, path, size in chosen:
    d = dates[path]
    sid = source_id(d)
    fname, size = posts.write_post(out, name(path), render(source(path)[1]))
    total += size
    title = re.sub(r"\s+", " ", value(path, "title")).strip()
    category = re.sub(r"\s+", " ", value(path, "category")).strip()
    assert title and category, path
    sources.append({"id": sid, "title": title, "language": "en", "published": d, "file": "eb56/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; category %s; %s%s/%s/; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, authors(path), category, SITE, d.replace("-", "/"), name(path)[11:], path,
                    REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2019, 2027)] == [2, 6, 6, 0, 3, 2, 4, 1], years

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], FIRST_DATE, counts[1],
                                       counts[2], MAX_BYTES, counts[3]),
         "build": "texts", "text": TEXT, "sources": sources}

README = git("show", "%s:README.md" % COMMIT)
assert ("* The written textual contents available in the guides and blog are licensed under [Apache License, "
        "Version 2.0](http://www.apache.org/licenses/LICENSE-2.0).") in README
# The licence's text, appended to COPYRIGHT (the mirror has no copy of it):
# Debian's base-files ships it; the checksum pins the text.
APACHE = "/usr/share/common-licenses/Apache-2.0"
APACHE_SHA256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30"
with open(APACHE, "rb") as f:
    apache = f.read()
assert hashlib.sha256(apache).hexdigest() == APACHE_SHA256, APACHE
CONFIG = git("show", "%s:_config.yml" % COMMIT)
assert "url: https://elixir-lang.org" in CONFIG and "permalink: /blog/:year/:month/:day/:title/" in CONFIG

COPYRIGHT = """The Elixir Team, Elixir blog (https://elixir-lang.org/blog/), %d English posts of %s to %s

Work: blog posts of the Elixir programming language (https://elixir-lang.org/),
written by the Elixir team and the authors named with each post below,
from the site's source repository elixir-lang/elixir-lang.github.com
(https://github.com/elixir-lang/elixir-lang.github.com; the copy used is a
bare mirror at commit %s of 2026-04-18), Markdown files
%sYYYY-MM-DD-NAME.markdown.

Copyright: (c) 2012-2026 The Elixir Team ("(c) 2012-YEAR The Elixir
Team." in the footer of every page) and the authors named with each post
below (the front matter's authors).

Licence: the repository's README.md, section "License", states: "The
written textual contents available in the guides and blog are licensed
under Apache License, Version 2.0." No other licence statement for the
blog's text or for any post used here was found in the repository. The
texts are used, and the adapted texts in this folder (a modification of
those source files) are shared, under the Apache License, Version 2.0:

  Licensed under the Apache License, Version 2.0 (the "License"); you
  may not use these files except in compliance with the License. You may
  obtain a copy of the License at

      http://www.apache.org/licenses/LICENSE-2.0

  Unless required by applicable law or agreed to in writing, software
  distributed under the License is distributed on an "AS IS" BASIS,
  WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or
  implied. See the License for the specific language governing
  permissions and limitations under the License.

The licence's full text is at the end of this file.

The licence grants no rights in trademarks: "Elixir" and the Elixir logo
are registered trademarks of The Elixir Team
(https://elixir-lang.org/trademarks), and the names of other
organisations, companies, projects and products in the posts are their
owners'. Attribution: "The Elixir Team and the authors named below, blog
of elixir-lang.org, Apache License 2.0". No endorsement by the Elixir
Team, the authors or the companies and bodies the posts describe is
implied. Images, videos and embedded tweets' scripts of the posts are not
included; where a post quotes others (pull quotes of engineers, a tweet),
those words stay theirs.

Changes (the texts are an adaptation, as section 4 of the licence asks
to state): a selection of %d posts (by a fixed rule, see
scripts/qa-texts/elixir-blog.py); each rendered from Markdown to plain
text, one paragraph per line with a blank line between (headings, list
items, quotes and their speakers as paragraphs of their own); the front
matter (title, authors, category, excerpt), images, an embedded video,
code blocks, link targets and markup left out. No wording was changed;
typos of the originals are kept.

Files (name, date = the date opening the file name, title, authors,
category, address of the post on elixir-lang.org as the site's permalink
/blog/:year/:month/:day/:title/ gives it, source file in the repository
and its address at the commit used):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("eb56", entry, out, COPYRIGHT + "".join(items) + "\nThe Apache License, Version 2.0 (the text Debian's "
       "base-files ships as %s):\n\n" % APACHE + apache.decode("utf-8"), len(sources), total)
