#!/usr/bin/env python3
"""Builds the sixty-ninth QA set's collection (lk69): English posts of
the Linkerd blog (linkerd.io/blog), the blog of Linkerd, the service
mesh of the Cloud Native Computing Foundation: load balancing, design
principles and governance, releases (Linkerd 2.4, 2.9, 2.20) and the
monthly edge release roundups, community meeting recaps, new
maintainers and Linkerd Heroes, fuzz testing, the CNCF graduation, the
CNCF survey, mesh expansion and the ambassador program, from the site's
repository, linkerd/website (the stored snapshot is the local bare
mirror of that repository). The posts are Markdown files
linkerd.io/content/blog/YYYY/MMDD-NAME/index.md (Hugo page bundles with
their images), with a YAML front matter (date, slug, title,
description, keywords, params: author, showCover, ...). The commit used
is the mirror's newest, COMMIT 93f001753363bba09eafd81e290512f89f4697ed
of 2026-08-20. The title, the date and the author are not repeated in
the text: the blog layout (linkerd.io/layouts/blog/single.html) prints
the front matter's title as the heading, then (_meta-author.html) the
author's name (params.author, a key of linkerd.io/data/authors.yaml)
and "DATE • N min read", then the cover image, then the post.

Licence: LICENSE, at the repository's root, is the Apache License,
Version 2.0 (January 2004), for the whole repository; there is no
NOTICE file, and neither README.md nor linkerd.io/README.md names a
licence. The site's footer (linkerd.io/layouts/_partials/main-
footer.html) reads "Copyright (c) YEAR Linkerd Authors. All rights
reserved.", a copyright notice that names no other licence. The posts
are content of the repository and no chosen post states a licence of
its own (checked by the script), so the texts are used, and the
adapted texts shared, under the Apache License 2.0; texts/lk69/COPYRIGHT
carries the attribution (with the footer's copyright notice), the
statement of changes (section 4(b)) and the LICENSE in full. The script
checks the LICENSE's first lines, the READMEs and the footer's line.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of linkerd.io/content/blog with the blob sizes
was looked at): candidates are the files in linkerd.io/content/blog/
and its subfolders
1. that are posts, linkerd.io/content/blog/YYYY/MMDD-NAME/index.md: 157
   (left out: the images and other files of the page bundles, and the
   section's _index.md);
2. whose index.md has at least 1500 bytes (front matter included): 149;
3. and at most 10000 bytes: 111;
in the order of their paths (= the folder's date, then NAME), the newest
and every 5th before it: 23 posts, of 2016-03-16 to 2026-06-23. The
bounds and the step were chosen from the counts only, for about 23
posts spanning 2016 to 2026 (at least 1500 bytes alone with every 7th:
22 posts, 215,788 bytes of Markdown; at least 1500 and at most 10000
with every 5th: 23 posts, 137,491 bytes); the upper bound keeps the
long tutorials and benchmark reports, mostly code and figures, from
making the collection too long to read in full. Posts share names in
series (linkerd-hero, edge-release-roundup, the community meeting
recaps), so the earlier sets' step on near-duplicate drafts is not
used: it would drop real posts. The script asserts every count. The
rule was not changed after the texts were read.

Date = the front matter's date, its first ten characters (it differs
from the folder's day for one chosen post: 2023-02-10 for
2023/0213-linkerd-hero), else the folder's. Title = the front matter's
title (a "|-" block scalar joined with spaces). Author = the name that
linkerd.io/data/authors.yaml gives for params.author. Files are named
YYYY-MM-DD-NAME.en.txt, the date being the folder's, NAME the folder
name's part after its date, lower-cased, with every run of other
characters than a-z and 0-9 written "-".

The site (linkerd.io/config/_default/markup.yaml at COMMIT) renders
Markdown with Goldmark, raw HTML passed through (unsafe: true), block
attributes on, standalone images not wrapped in a paragraph; Hugo's
defaults otherwise (tables, footnotes, linkify and the typographer on;
emoji codes off). Rendering here, as a reader of the web page sees the
text, with one exception (the typographer, below):
- Hugo shortcodes: "{{< youtube ... >}}" (an embedded video) and
  "{{< x ... >}}" (an embedded post of X/Twitter, whose text Hugo
  fetches from X when the site is built and which is not in the
  repository) are left out; "{{< figure ... >}}" is an image, left out
  (a caption or title would be kept as a paragraph); any other
  shortcode, and any "{{% ... %}}", stops the script.
- A standalone image with a title ("![alt](src "title")" or
  "![alt](src 'title')" alone on its lines) is shown by the site's image render hook
  (linkerd.io/layouts/_markup/render-image.html) as a figure with the
  title as its caption: the title is kept as a paragraph where the
  image stands; other images are left out.
- Link reference definitions whose address stands on the next,
  indented line ("[name]:" then "  https://...") are read as one line,
  as Goldmark reads them.
- Footnote references ("[^1]") are dropped; footnote definitions are
  paragraphs of their own where they stand (Goldmark lists them at the
  end of the page in the same order; the script asserts that the one
  chosen post that has them gives them last).
- The typographer is not applied: straight quotes, "--" and "..." stay
  as written (the page shows them as curly quotes, dashes and
  ellipses); curly quotes and dashes written in the source stay too.
- Block attributes ("{.class}" lines, "{class=...}" after a code
  fence's language) would be dropped; the chosen posts have them only
  on code fences, which are left out.
Then mdtext.py (Python 3, standard library only), one paragraph per
line with a blank line between paragraphs: a paragraph per Markdown
paragraph, list item, heading, block-quote paragraph and table row
("Header: cell; Header: cell", a cell under an empty header alone);
the front matter is not rendered. Left out: fenced and indented code
blocks; images; HTML comments; <script>, <style>, <pre>, <noscript>,
<svg> and <iframe> elements with their content; link reference
definitions; horizontal rules; paragraphs without a letter. Inline:
code spans kept without backticks; links give their text; autolinks
give the address; HTML tags dropped, their text kept; emphasis markers
dropped; backslash escapes and entities resolved; white space runs
made one space. Tabs are read as four spaces. Any "{{", "{%", "<!--",
"```", "[^", "![" or closing HTML tag left in a text stops the
script.

    scripts/qa-texts/linkerd-blog.py \\
        /work/.mirror/linkerd+website/repo \\
        retrieval/eval/testdata/qa/texts/lk69

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/lk69 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(qaentry.write_text), writes texts/lk69/COPYRIGHT, puts the lk69 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are lk-YYYY-MM-DD, with -2
for a second post of the same day; published = the date. Running it
twice gives the same files byte for byte. The shared helpers
(gitmirror, mdtext, posts, qaentry) are used unchanged."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # the writing of the chosen posts, shared with the other builder
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "93f001753363bba09eafd81e290512f89f4697ed"  # 2026-08-20
FOLDER = "linkerd.io/content/blog/"
LOWER, UPPER = 1500, 10000
STEP = 5
REPO = "https://github.com/linkerd/website/blob/%s/" % COMMIT
SITE = "https://linkerd.io"
mirror, out = arguments("lk69")

DESCRIPTION = ("Sixty-ninth set: %d English posts of the Linkerd blog (linkerd.io/blog), the blog of Linkerd, the "
    "service mesh of the Cloud Native Computing Foundation: load balancing for latency, gRPC load balancing on "
    "Kubernetes, Linkerd's design principles, Linkerd 2.4, the commitment to open governance, a new maintainer, "
    "Linkerd 2.9, the January and February 2021 community meetings, fuzz testing, the CNCF graduation, the August "
    "and October 2021 community meeting recaps, the CNCF survey on Linkerd and Istio adoption, two Linkerd Heroes, "
    "the edge release roundups of August 2023, June 2024, October 2024 and June 2025, mesh expansion in Linkerd "
    "2.15, the Linkerd Ambassador Program 2.0 and Linkerd 2.20, dated %s to %s, from the site's repository, "
    "linkerd/website (commit %s of 2026-08-20; Apache License 2.0, the site's footer reading \"Copyright © "
    "Linkerd Authors\"; attribution and licence in texts/lk69/COPYRIGHT), one source per post, chosen by a fixed "
    "rule that reads only the file list and blob sizes: the posts linkerd.io/content/blog/YYYY/MMDD-NAME/index.md "
    "(%d), of at least %d bytes (%d) and at most %d bytes (%d), in path order the newest and every %dth before it "
    "(%d).")
TEXT = ("Built by scripts/qa-texts/linkerd-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph, table row, "
    "footnote and image caption (an image's title); no front matter (the title, author and date, which the site "
    "prints above the post, are not in the text); Hugo shortcodes: youtube (a video) and x (an embedded post, "
    "fetched from X when the site is built) left out, figure left out as an image, any other stops the build; the "
    "typographer is not applied (straight quotes, -- and ... as written); left out: fenced and indented code "
    "blocks, images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference "
    "definitions, footnote references, horizontal rules, paragraphs without a letter; inline code kept without "
    "backticks, links as their text, autolinks as their address, HTML tags dropped (their text kept), emphasis "
    "markers dropped, entities resolved, white space runs made one space. Title = the front-matter title; "
    "published = the front matter's date (the folder's date where it has none).")

NAME = r"linkerd\.io/content/blog/(\d{4})/(\d\d)(\d\d)-([^/]+)/index\.md"
DROPPED = ("youtube", "x")  # shortcodes left out (a video, an embedded post)


def shortcodes(body):
    """Hugo shortcodes (see the docstring): youtube and x left out,
    figure left out (its caption or title kept as a paragraph), any other
    stops the script."""
    def one(m):
        inner = m.group(1).strip()
        name = inner.split()[0] if inner else ""
        assert name in DROPPED + ("figure",), "unknown shortcode: " + m.group(0)
        if name in DROPPED:
            return "\n"
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', inner))
        text = attrs.get("title", "") or attrs.get("caption", "")
        return "\n\n%s\n\n" % text if text else "\n"
    body = re.sub(r"\{\{<(.*?)>\}\}", one, body, flags=re.S)
    assert "{{%" not in body and "{{<" not in body, "unknown shortcode"
    return body


assert shortcodes('a\n{{< youtube "x1" >}}\n{{< x user="u" id="1" >}}\nb') == "a\n\n\n\n\nb"
assert shortcodes('a\n{{< figure src="x.png" title="T" >}}\nb') == "a\n\n\nT\n\n\nb"


def captions(body):
    """A standalone image with a title becomes its title, as a paragraph
    (the figure caption of the site's image render hook)."""
    img = r"!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*\s+(?:\"([^\"]*)\"|'([^']*)')\s*\)"
    return re.sub(r"^ {0,3}%s[ \t]*$" % img, lambda m: "\n%s\n" % (m.group(1) or m.group(2)), body, flags=re.M)


assert captions('x\n\n![a](b.png "Cap tion")\n\ny') == "x\n\n\nCap tion\n\n\ny"
assert captions("x\n![a](b.png 'T')\ny") == "x\n\nT\n\ny"
assert captions('x ![a](b.png "T") y') == 'x ![a](b.png "T") y'


def join_refs(body):
    """A link reference definition whose address stands on the next,
    indented line is joined into one line."""
    return re.sub(r"^( {0,3}\[[^\]^][^\]]*\]:)[ \t]*\n[ \t]+(\S)", r"\1 \2", body, flags=re.M)


assert join_refs("[a b]:\n  https://x/y\n[c]: /z") == "[a b]: https://x/y\n[c]: /z"


def source(path):
    """The front matter's lines and the body after it."""
    src = gitmirror.text(mirror, COMMIT, path)
    return mdtext.front_lines(src)


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = source(path)[1].replace("\t", "    ")
    foot = [m.start() for m in re.finditer(r"^\[\^[^\]]+\]:", body, flags=re.M)]
    if foot:  # footnote definitions stand last (only indented lines or blank lines after the first)
        assert all(not l.strip() or l.startswith("    ") or re.match(r"\[\^[^\]]+\]:", l)
                   for l in body[foot[0]:].split("\n")), path
    body = join_refs(captions(shortcodes(body)))
    return mdtext.paragraphs(mdtext.drop_elements(body))


def stem(path):
    """The folder's date and name (see the docstring)."""
    m = re.fullmatch(NAME, path)
    return "%s-%s-%s-%s" % (m.group(1), m.group(2), m.group(3),
                            re.sub(r"[^a-z0-9]+", "-", m.group(4).lower()).strip("-"))


def params_author(front):
    """params.author of the front matter (a key of data/authors.yaml)."""
    inside = False
    for l in front:
        if re.match(r"^params:\s*$", l):
            inside = True
        elif inside and l.strip() and not l.startswith((" ", "\t")):
            inside = False
        elif inside:
            m = re.match(r"^\s+author:\s*(\S+)\s*$", l)
            if m:
                return mdtext.yaml_scalar(m.group(1))
    return ""


def authors():
    """The names of data/authors.yaml by key."""
    names, key = {}, None
    for l in gitmirror.git(mirror, "show", "%s:linkerd.io/data/authors.yaml" % COMMIT).decode("utf-8").split("\n"):
        k = re.match(r"^([A-Za-z0-9_-]+):\s*$", l)
        if k:
            key = k.group(1)
        n = re.match(r"^\s+name:\s*(.+?)\s*$", l)
        if n and key:
            names[key] = mdtext.yaml_scalar(n.group(1))
    return names


def address(date, front):
    """The post's address by the site's permalink /:year/:month/:day/:slug/
    (the slug, else the title lower-cased, spaces as "-", other characters
    than letters, digits, ".", "_" and "-" dropped, as Hugo makes one)."""
    slug = mdtext.yaml_value(front, "slug")
    if not slug:
        t = re.sub(r"\s+", " ", mdtext.yaml_value(front, "title")).strip().lower()
        slug = re.sub(r"[^\w. -]", "", t).replace(" ", "-")
    return "%s/%s/%s/%s/%s/" % (SITE, date[:4], date[5:7], date[8:10], slug)


# Candidates, from the file list and blob sizes only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: f[2] is not None and f[2] >= LOWER,
    lambda f: f[2] <= UPPER,
])
assert counts == [157, 149, 111], counts
cands.sort(key=lambda f: f[1])
chosen = mdtext.newest_and_every(cands, STEP)
assert len(chosen) == 23, len(chosen)

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE" % COMMIT).decode("utf-8")
assert LICENSE.startswith(" " * 33 + "Apache License\n" + " " * 27 + "Version 2.0, January 2004\n"), LICENSE[:120]
assert "END OF TERMS AND CONDITIONS" in LICENSE
for readme in ("README.md", "linkerd.io/README.md"):
    assert not re.search(r"licen[cs]|copyright", gitmirror.git(mirror, "show", "%s:%s" % (COMMIT, readme))
                         .decode("utf-8"), re.I), readme
FOOTER = gitmirror.git(mirror, "show", "%s:linkerd.io/layouts/_partials/main-footer.html" % COMMIT).decode("utf-8")
assert "Copyright © {{ now.Year }} Linkerd Authors. All rights reserved." in FOOTER
assert not re.search(r"licen[cs]|creativecommons|cc-by", FOOTER, re.I)
MARKUP = gitmirror.git(mirror, "show", "%s:linkerd.io/config/_default/markup.yaml" % COMMIT).decode("utf-8")
assert "unsafe: true" in MARKUP and "typographer" not in MARKUP and "footnote" not in MARKUP
assert "emoji" not in gitmirror.git(mirror, "show", "%s:linkerd.io/config/_default/hugo.yaml" % COMMIT).decode(
    "utf-8").lower()
NAMES = authors()

sources, items, total = posts.write_posts(out, chosen, qaentry.day_ids("lk"), "lk69", NAME, source, render, stem,
                                          lambda path, front: NAMES.get(params_author(front), ""), address, REPO)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], LOWER, counts[1], UPPER,
                                       counts[2], STEP, len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Linkerd blog posts (linkerd/website, linkerd.io/content/blog), Apache License 2.0, %d English posts of %s to %s

Work: posts of the Linkerd blog (https://linkerd.io/blog/), written by
the Linkerd authors and contributors named below (the author the page
shows, by the front matter's params.author and the site's
data/authors.yaml), from the site's repository linkerd/website
(https://github.com/linkerd/website; the copy used is a bare mirror at
commit %s of 2026-08-20), Markdown files
%sYYYY/MMDD-NAME/index.md with a YAML front matter.

Copyright: the Linkerd Authors (the site's footer: "Copyright © YEAR
Linkerd Authors. All rights reserved.") and the authors named with each
post.

Licence: the repository's LICENSE is the Apache License, Version 2.0
(its full text follows at the end of this file, as the LICENSE gives
it); the repository has no NOTICE file, and its READMEs name no
licence. The footer's line is a copyright notice and names no other
licence. No chosen post states another licence. The texts are used,
and the adapted texts in this folder are distributed, under the Apache
License, Version 2.0, https://www.apache.org/licenses/LICENSE-2.0 .

Attribution: "The Linkerd Authors and the authors named below, Linkerd
blog (linkerd.io/blog), from linkerd/website, Apache License 2.0". No
endorsement by the Linkerd project, Buoyant, the Cloud Native Computing
Foundation, the Linux Foundation, the authors or the people, companies
and projects the posts name is implied; "Linkerd", "Kubernetes" and the
names of other projects, companies and products are their owners'.
Images, logos, embedded videos and embedded posts of X (Twitter) are
not included.

Changes (the texts are an adaptation; these files were modified, as
section 4(b) of the licence asks to state): a selection of %d posts (by a
fixed rule, see scripts/qa-texts/linkerd-blog.py), each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings, list items, footnotes and image captions as paragraphs of
their own); the front matter (date, slug, title, description,
keywords, params), code blocks, images, embedded videos and posts,
footnote references, link targets and markup left out, so the texts are
shortened by these omissions. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's date, title, author, address of
the post on linkerd.io by the site's permalink /YYYY/MM/DD/SLUG/ (the
front matter's slug, else the title made a path), source file in the
repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
TAIL = ("\nThe Apache License, Version 2.0, as the repository's LICENSE (at the commit above) gives it:\n\n"
        + LICENSE.strip("\n") + "\n")
# COPYRIGHT, and collections.json only when writing the default folder.
finish("lk69", entry, out, COPYRIGHT + "".join(items) + TAIL, len(sources), total)
