#!/usr/bin/env python3
"""Builds the fifty-third QA set's collection (le53): English posts of the
blog of Let's Encrypt (https://letsencrypt.org/blog/), the free, automated
and open certificate authority run by the nonprofit Internet Security
Research Group (ISRG): its announcements (certificate profiles, six-day
and IP address certificates, the end of expiration e-mails, of OCSP, of
TLS client authentication and of its RFC 6962 logs, shorter certificate
lifetimes, new roots), its engineering notes and its fundraising and
community posts, from the source repository of the site,
letsencrypt/website (the stored snapshot is the local bare mirror of that
repository, commit b89871ef735cbb447f8d72c86146fcc8e62fc4ab of
2026-08-21). It is a Hugo site (config/_default/hugo.toml: baseURL
https://letsencrypt.org/, defaultContentLanguage en, not in a subfolder;
permalinks: post = "/:year/:month/:day/:slug/"). The English posts are
files under content/en/post/ (122 blobs: 76 Markdown posts .md and
_index.md, 43 older posts .markdown and two .html; no image there), each with a
YAML front matter (--- ... ---; author, date, slug, title, excerpt and
display flags in the posts of 2025 and 2026). Translations of posts lie
in other language folders (content/de/post/ ...) and are not used.

Licence: the repository's LICENSE.txt is the Mozilla Public License,
version 2.0, the only licence statement for the repository as a whole;
the site's footer reads "(c) YEAR Internet Security Research Group"
(themes/le-2025/layouts/partials/footer.html), and a git grep of the tree
(outside the posts, the translations and package-lock.json) for licence,
copyright, Creative Commons and trademark found no other licence for the
site's text (the other hits are the CC BY 4.0 statement of the CP/CPS
documents under content/en/documents/, not used here, the MIT licence of
the theme's code, and the trademark page). So the texts are used, and the
adapted texts are shared, under the MPL 2.0; texts/le53/COPYRIGHT says so
and where the licence and the source files are found. Images of the
posts are not used.

Which posts, by a fixed rule written down before any post's text was read
(only the file list of content/en/post/, the blob sizes, the front
matter's keys and values of the posts of 2025 and 2026 (author, date,
slug, title, excerpt), counts of shortcodes, HTML tag names, code fences
and table lines, the lines holding a few HTML tags (to see how they are
written), function words and the rendered size of whole candidate
selections were looked at): candidates are the files under content/en/post/
1. that are Markdown files content/en/post/NAME.md other than _index.md
   (the older .markdown and .html posts are not read): 76;
2. whose date (the front matter's date, its first ten characters) is
   2025-01-01 or later: 32;
3. which are English by a count of function words in the body after the
   front matter (mdtext.english: lower-cased runs of letters, more than
   twice as many of "the and of is are this that with which" as of "der
   die das und ist nicht mit ein eine wir auf für den dem sich auch"):
   32 (all);
4. whose file (front matter included) is at most 9,000 bytes long: 25
   (7 are longer, 9,132 to 15,335 bytes: the rate limits of January 2025,
   the zombie clients, a year of Sunlight, the end of life of the RFC
   6962 logs, ten years of the community forum, ten years of Let's
   Encrypt and post-quantum certificates; the longest taken has 8,564
   bytes, so every bound from 8,564 to 9,131 gives the same 25).
Taken: all 25, in date order (the date, then the path): 2025-01-09 to
2026-08-11 (17 of 2025, 8 of 2026). The period and the bound were chosen
from counts and sizes only, for 20 to 30 posts of about 80 to 150 KB of
text (rendered sizes from a first script with this rendering): from 2024,
at most 9,000 bytes would have given 33 posts of about 120 KB, at most
8,000 bytes 30 posts of about 103 KB; from 2025, at most 10,000 bytes 27
posts of about 104 KB; from 2025, at most 9,000 bytes gives 25 posts of
about 89 KB. The script asserts every count. The rule was not changed
after the texts were read.

Date = the front matter's date, its first ten characters (written
"2025-01-09T00:00:00Z"; the script asserts that it equals the date that
opens the file name). Authors = the front matter's author (one string,
"Josh Aas, Dan Fernelius" for two, "A, B and C" for three), split at the
commas and " and ", joined with ", " and the last with " and ". Slug = the front matter's slug; the
address on letsencrypt.org is /YYYY/MM/DD/SLUG/ by the permalink, the
path lower-cased as Hugo does by default. Files are named by the file
name (which opens with the date), lower-cased, .md replaced by .en.txt.

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading (ATX
or setext), block-quote paragraph and footnote definition; the front
matter is not rendered (the title, the date, the author and the excerpt
are not in the text). Raw HTML blocks (pull quotes, photo cards with a
caption, one table of test sites) are rendered as the page shows their
text: before the Markdown is read, the script puts each block-level tag
(<div>, <blockquote>, <figure>, <figcaption>, <p>, <footer>,
<table>, <tr>, <td> and their end tags) on a line break of its own, so
that every cell, quote, caption and credit is a paragraph of its own, and
drops the indentation of the lines inside such a block (which would else
read as indented code). Left out: fenced and indented code blocks (a
few commands and DNS records); images; HTML comments; <script>, <style>,
<pre>, <noscript>, <svg> and <iframe> elements with their content; link
reference definitions; horizontal rules; paragraphs without a letter.
Inline: code spans are kept without backticks; links give their text;
autolinks give the address; footnote marks are dropped; other HTML tags
are dropped, their text kept; emphasis markers are dropped; backslash
escapes and entities are resolved; white space runs become one space.
Markdown tables: each body row one paragraph, "Header: cell; Header:
cell".

    scripts/qa-texts/letsencrypt-blog.py \\
        /work/.mirror/letsencrypt+website/repo \\
        retrieval/eval/testdata/qa/texts/le53

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/le53 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/le53/COPYRIGHT, puts the le53 entry into collections.json
(only when writing the default folder, through qaentry.finish) and prints
it. Source ids are le-YYYY-MM-DD, with -2 for a second post of the same
day; title = the front-matter title; published = the date. Running it
twice gives the same files byte for byte."""
import os, re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "b89871ef735cbb447f8d72c86146fcc8e62fc4ab"  # 2026-08-21
FOLDER = "content/en/post/"
FIRST_DATE = "2025-01-01"
MAX_BYTES = 9000
SITE = "https://letsencrypt.org/"
mirror, out = arguments("le53")

DESCRIPTION = ("Fifty-third set: %d English posts of the blog of Let's Encrypt (letsencrypt.org/blog: the free, "
    "automated and open certificate authority of the nonprofit Internet Security Research Group (ISRG): certificate "
    "profiles, six-day and IP address certificates and the first ones issued, the end of expiration e-mails, of the "
    "OCSP service and of TLS client authentication, shorter certificate lifetimes from 90 to 45 days and their rate "
    "limits, ACME Renewal Information (RFC 9773) and its use at Shopify, native ACME in NGINX, the Pebble test "
    "server, the Generation Y root hierarchy, the DNS-PERSIST-01 challenge, test certificate sites, IP address "
    "certificates in Certbot, the tenth anniversary, Jeff Atwood's gift and recurring donations, FOSDEM 2026, the "
    "end-of-year letter of 2025 and the ISRG Root X1 t-shirt), dated %s to %s, from the source repository of the site, "
    "letsencrypt/website (commit %s of 2026-08-21; Mozilla Public License 2.0, notice and attribution in "
    "texts/le53/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, the sizes, the "
    "front matter's date and counts of function words: the Markdown files of content/en/post/ (%d), dated %s or later "
    "(%d), English by their function words (%d), whose file is at most %d bytes long (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/letsencrypt-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph and footnote "
    "definition; no front matter (the title is not in the text); raw HTML blocks (pull quotes, photo cards, a table) "
    "as their text, a paragraph per block element, table cell, quote, caption and credit; left out: fenced and "
    "indented code blocks, images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link "
    "reference definitions, horizontal rules, paragraphs without a letter; inline code kept without backticks, links "
    "as their text, footnote marks dropped, HTML tags dropped (their text kept), emphasis markers dropped, entities "
    "resolved, white space runs made one space; Markdown table body rows as one paragraph each, 'Header: cell; "
    "Header: cell'. Title = the front-matter title; published = the front matter's date.")

BLOCK_TAGS = ("div", "blockquote", "figure", "figcaption", "p", "footer", "table", "tbody", "thead", "tr",
              "td", "th")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


reader = posts.Posts(mirror, COMMIT, loose=True, strip_bom=False)
source, value, date = reader.source, reader.value, reader.date


def html_blocks(body):
    """Raw HTML block tags on lines of their own, the lines inside a block
    without their indentation (see the docstring)."""
    tag = r"</?(?:%s)\b[^>]*>" % "|".join(BLOCK_TAGS)
    lines, depth = [], 0
    for l in body.split("\n"):
        opens = len(re.findall(r"<(?:div|figure|table)\b", l))
        closes = len(re.findall(r"</(?:div|figure|table)\s*>", l))
        inside = depth > 0 or opens > 0
        depth = max(0, depth + opens - closes)
        if inside:
            l = re.sub(tag, lambda m: "\n\n" + m.group(0) + "\n\n", l.strip())
            l = "\n".join(x.strip() for x in l.split("\n"))
        lines.append(l)
    return "\n".join(lines)


def render(body):
    body = body.replace("\t", "    ")
    body = mdtext.drop_elements(body)
    return mdtext.paragraphs(html_blocks(body))


def name(path):
    return path.rsplit("/", 1)[1][:-len(".md")]


# Candidates, from the file list, the sizes, the front matter's date and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
assert len(files) == 122 and not any(f[2] is None for f in files), len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(re.escape(FOLDER) + r"[^/]+\.md", f[1]) and f[0] != "_index.md",
    lambda f: date(f[1]) >= FIRST_DATE,
    lambda f: mdtext.english(source(f[1])[1]),
    lambda f: f[2] <= MAX_BYTES,
])
assert counts == [76, 32, 32, 25], counts
dates = {p: qaentry.published(p, date(p)) for _, p, _ in cands}
for p, d in dates.items():
    assert name(p).startswith(d), (p, d)
cands.sort(key=lambda f: (dates[f[1]], f[1]))
chosen = cands
assert len(chosen) == 25, len(chosen)

sources, items = [], []
source_id, total = qaentry.day_ids("le"), 0
for _, path, size in chosen:
    d = dates[path]
    sid = source_id(d)
    fname, size = posts.write_post(out, name(path), render(source(path)[1]), left=("<!--", "{{", "}}"))
    total += size
    title = re.sub(r"\s+", " ", value(path, "title")).strip()
    slug = value(path, "slug").strip()
    author = re.sub(r"\s+", " ", value(path, "author")).strip()
    assert title and slug and author, path
    names = [a.strip() for a in re.split(r",|\s+and\s+", author) if a.strip()]
    author = qaentry.join_names(names)
    sources.append({"id": sid, "title": title, "language": "en", "published": d, "file": "le53/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s%s/%s/; source: %s;\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, author, SITE, d.replace("-", "/"), slug.lower(), path))
assert len(set(s["file"] for s in sources)) == len(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2025, 2027)] == [17, 8], years

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], FIRST_DATE, counts[1],
                                       counts[2], MAX_BYTES, counts[3]),
         "build": "texts", "text": TEXT, "sources": sources}

LICENSE = git("show", "%s:LICENSE.txt" % COMMIT)
assert LICENSE.startswith("Mozilla Public License Version 2.0\n"), LICENSE[:60]

COPYRIGHT = """Let's Encrypt, blog (https://letsencrypt.org/blog/), %d English posts of %s to %s

Work: blog posts of Let's Encrypt (https://letsencrypt.org/), the free,
automated and open certificate authority of the nonprofit Internet
Security Research Group (ISRG), from the site's source repository
letsencrypt/website (https://github.com/letsencrypt/website; the copy
used is a bare mirror at commit %s of 2026-08-21),
Markdown files %sNAME.md.

Copyright: Internet Security Research Group ("(c) YEAR Internet Security
Research Group" in the footer of every page) and the authors named with
each post below (the front matter's author).

Licence: the repository's LICENSE.txt is the Mozilla Public License,
version 2.0 (MPL 2.0); no other licence statement for the site's text or
for any post used here was found in the repository. The texts are used,
and the adapted texts in this folder (a modification of those source
files) are shared, under the Mozilla Public License, version 2.0:

  This Source Code Form is subject to the terms of the Mozilla Public
  License, v. 2.0. If a copy of the MPL was not distributed with this
  file, You can obtain one at https://mozilla.org/MPL/2.0/.

The licence's full text is LICENSE.txt of letsencrypt/website (the
commit above) and https://www.mozilla.org/en-US/MPL/2.0/ ; the source
files of each text are named below. The licence grants no rights in
trademarks: "Let's Encrypt" and "Internet Security Research Group" and
their logos are trademarks of ISRG (https://www.abetterinternet.org/trademarks),
and names of other organisations, projects and products in the posts are
their owners'. Attribution: "Internet Security Research Group and the
authors named below, blog of letsencrypt.org, MPL 2.0". No endorsement by
ISRG or the authors is implied. Images of the posts are not included;
where a post quotes others (pull quotes of funders, users and partners),
those words stay theirs.

Changes (the texts are an adaptation): a selection of %d posts (by a fixed
rule, see scripts/qa-texts/letsencrypt-blog.py); each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings, list items, quotes, captions and table cells as paragraphs of
their own); the front matter (title, date, author, slug, excerpt), images,
code blocks, link targets and markup left out. No wording was changed;
typos of the originals are kept.

Files (name, date = the front matter's date, title, authors, address of
the post on letsencrypt.org as the site's permalink /:year/:month/:day/:slug/
gives it, source file in the repository):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("le53", entry, out, COPYRIGHT + "".join(items), len(sources), total)
