#!/usr/bin/env python3
"""Builds the seventieth QA set's collection (fx70): English posts of
the Flux blog (fluxcd.io/blog), the blog of Flux, the GitOps project of
the Cloud Native Computing Foundation: the CNCF incubation and
graduation, two security audits, security posts (image provenance, the
pod security standard, a security announcement), events (GitOps Days,
KubeCon EU 2022, FluxCon NA 2025), the Git implementation, Terraform,
OCI artifacts, user interfaces, the releases Flux 2.3, 2.5, 2.7 and
2.9, an MCP server, Morgan Stanley's use of Flux and Flux Schema, from
the site's repository, fluxcd/website (the stored snapshot is the local
bare mirror of that repository). The posts are Markdown files
content/en/blog/YYYY-MM-DD-NAME.md or content/en/blog/YYYY-MM-DD-NAME/
index.md (Hugo page bundles with their images), with a YAML front
matter (author, date, title, description, url, tags, resources, ...).
The commit used is the mirror's newest, COMMIT
6da0f383c3348b92f94ae5a90c4d2b59ec0144e8 of 2026-07-24. The site is
built with Hugo and the Docsy theme (a module, v0.6.0 by go.mod; its
layouts are not in the repository). The title, the description, the
author and the date are not repeated in the text: Docsy's blog page
prints the front matter's title as the heading, the description as a
lead paragraph, then "By AUTHOR | DATE" (the author as the front matter
writes it), then the post; the repository's layouts/blog/baseof.html
adds, above it, a note that posts older than a year may be outdated
(site chrome, left out).

Licence: LICENSE, at the repository's root, is the Apache License,
Version 2.0 (January 2004), for the whole repository; there is no
NOTICE file, README.md names no licence, and CONTRIBUTING.md says
"Flux is Apache 2.0 licensed". hugo.yaml gives params.copyright "The
Flux authors", which Docsy's footer prints as "(c) YEAR The Flux
authors All Rights Reserved": a copyright notice that names no other
licence; no layout, i18n or data file of the repository names another
licence (checked: no "Creative Commons", "CC-BY" or "licen[cs]e" in
them but the Linux Foundation's trademark line of the home page). The
posts are content of the repository and no chosen post states a
licence of its own (checked by the script), so the texts are used, and
the adapted texts shared, under the Apache License 2.0;
texts/fx70/COPYRIGHT carries the attribution (with the footer's
copyright holder), the statement of changes (section 4(b)) and the
LICENSE in full. The script checks the LICENSE's first lines, README.md,
CONTRIBUTING.md and hugo.yaml's copyright line.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of content/en/blog with the blob sizes was
looked at): candidates are the files in content/en/blog/ and its
subfolders
1. that are posts, content/en/blog/YYYY-MM-DD-NAME.md or
   content/en/blog/YYYY-MM-DD-NAME/index.md: 77 (left out: the images
   of the page bundles and the section's _index.md);
2. that are not monthly updates (NAME ending in "-update"): 47. The
   30 monthly updates ("December update", ..., 2020-12 to 2023-07) are
   digests of a month's news (releases, events, talks, links to other
   posts and to articles elsewhere), 6,337 to 31,036 bytes each and
   486,117 bytes in all, more than the other 47 posts together
   (397,277): kept, they would make the collection too long to read in
   full and repeat the news the other posts tell;
in the order of their paths (= the date in the name, then NAME), the
newest and every 2nd before it: 24 posts, of 2021-03-08 to 2026-07-20
(199,044 bytes of Markdown). The step was chosen from the counts only,
for about 23 posts spread over the years (every 2nd of all 47: 24 posts;
the posts that are not updates are 1,562 to 15,272 bytes, so no bound
on size is needed). The earlier sets' step on near-duplicate drafts is
not used: posts of a series share names (flux-security-audit of 2021
and 2023, announcing-flux-vX). The script asserts every count. The rule
was not changed after the texts were read.

Date = the front matter's date, its first ten characters (it differs
from the name's day for five chosen posts: 2021-03-10 for
2021-03-08-flux-is-a-cncf-incubation-project, 2023-11-09 for
2023-11-08-flux-security-audit, 2025-06-05 for 2025-06-06-fluxcon-na-
2025, 2025-09-30 for 2025-09-29-announcing-flux-v2.7.0, 2026-07-13 for
2026-07-20-flux-schema-validation), else the name's. Title = the front
matter's title; author = the front matter's author, as written (a
GitHub handle for some posts, as the page shows it). Files are named
YYYY-MM-DD-NAME.en.txt, the date and NAME being the path's, NAME
lower-cased, with every run of other characters than a-z and 0-9
written "-".

The site (hugo.yaml at COMMIT) renders Markdown with Goldmark, raw HTML
passed through (unsafe: true), emoji codes on (enableEmoji: true);
Hugo's defaults otherwise (tables, footnotes, linkify and the
typographer on). Rendering here, as a reader of the web page sees the
text, with one exception (the typographer, below):
- Hugo shortcodes (both "{{< ... >}}" and "{{% ... %}}" forms):
  youtube (an embedded video) and tweet (an embedded post of X/Twitter,
  whose text Hugo fetches when the site is built and which is not in
  the repository) are left out, and so is gallery (hugo-shortcode-
  gallery, a module: a grid of the bundle's images, whose only titles
  are the front matter's "Image #:counter"); Docsy's paired imgproc (an image of the
  bundle, shown as a figure) is left out, its inner text kept as a
  paragraph (the figure's caption); the site's paired note (an alert
  box: "Note:" from i18n/en.toml, then the inner Markdown) gives
  "Note: " before the inner text when that is one paragraph, else a
  paragraph "Note:" before it; Docsy's paired pageinfo (a box) keeps
  its inner Markdown; Docsy's paired alert keeps its title as a
  paragraph (a heading in the box) and then its inner Markdown. Any
  other shortcode stops the script.
- Emoji codes outside code are shown as emoji: ":collision:" as U+1F4A5
  and ":warning:" as U+26A0 U+FE0F (the two the chosen posts use); any
  other code left in a text stops the script.
- Tables whose rows do not begin with "|" (two chosen posts), which
  Goldmark renders as tables, get a leading "|" on each row, so that
  mdtext reads them as tables.
- The typographer is not applied: straight quotes, "--" and "..." stay
  as written (the page shows them as curly quotes, dashes and
  ellipses); curly quotes and dashes written in the source stay too.
Then mdtext.py (Python 3, standard library only), one paragraph per
line with a blank line between paragraphs: a paragraph per Markdown
paragraph, list item, heading, block-quote paragraph and table row
("Header: cell; Header: cell", a cell under an empty header alone);
the front matter is not rendered. Left out: fenced and indented code
blocks; images (Markdown and <img>); HTML comments; <script>, <style>,
<pre>, <noscript>, <svg> and <iframe> elements with their content; link
reference definitions; horizontal rules; paragraphs without a letter.
Inline: code spans kept without backticks; links give their text;
autolinks give the address; HTML tags dropped, their text kept;
emphasis markers dropped; backslash escapes and entities resolved;
white space runs made one space. Tabs are read as four spaces. Any
"{{", "{%", "<!--", "```", "[^", "![" or closing HTML tag left in a
text stops the script.

    scripts/qa-texts/flux-blog.py \\
        /work/.mirror/fluxcd+website/repo \\
        retrieval/eval/testdata/qa/texts/fx70

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/fx70 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(qaentry.write_text), writes texts/fx70/COPYRIGHT, puts the fx70 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are fx-YYYY-MM-DD (by the
date), with -2 for a second post of the same day; published = the
date. Running it twice gives the same files byte for byte. The shared
helpers (gitmirror, mdtext, posts, qaentry) are used unchanged."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # the writing of the chosen posts, shared with the other builder
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "6da0f383c3348b92f94ae5a90c4d2b59ec0144e8"  # 2026-07-24
FOLDER = "content/en/blog/"
STEP = 2
REPO = "https://github.com/fluxcd/website/blob/%s/" % COMMIT
SITE = "https://fluxcd.io"
mirror, out = arguments("fx70")

DESCRIPTION = ("Seventieth set: %d English posts of the Flux blog (fluxcd.io/blog), the blog of Flux, the GitOps "
    "project of the Cloud Native Computing Foundation: Flux becoming a CNCF incubation project, a GitOps One-Stop "
    "Shop event, the first and the second security audit, image provenance, the pod security standard "
    "\"restricted\", Flux's Git implementation, the May 2022 security announcement, the KubeCon EU 2022 wrap-up, "
    "the GitOps VSCode extension, GitOps for Terraform, proving the authenticity of OCI artifacts, a CNCF talk on "
    "OCI, the CNCF graduation, Weave GitOps as a Flux UI, Capacitor, Flux 2.3, 2.5, 2.7 and 2.9, the Flux Operator "
    "MCP server, FluxCon NA 2025, Morgan Stanley's way to GitOps and Flux Schema, dated %s to %s, from the site's "
    "repository, fluxcd/website (commit %s of 2026-07-24; Apache License 2.0, the site's footer naming \"The Flux "
    "authors\"; attribution and licence in texts/fx70/COPYRIGHT), one source per post, chosen by a fixed rule that "
    "reads only the file list and blob sizes: the posts content/en/blog/YYYY-MM-DD-NAME.md or .../index.md (%d), "
    "not the monthly updates (NAME ending in -update) (%d), in path order the newest and every %dnd before it "
    "(%d).")
TEXT = ("Built by scripts/qa-texts/flux-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph, table row "
    "and figure caption; no front matter (the title, description, author and date, which the site prints above the "
    "post, are not in the text); Hugo shortcodes: youtube (a video) and tweet (an embedded post, fetched from X "
    "when the site is built) and gallery (images) left out, imgproc left out as an image with its caption kept, note as \"Note:\" and its "
    "text, pageinfo as its text, alert as its title and text, any other stops the build; emoji codes as emoji; the "
    "typographer is not applied (straight quotes, -- and ... as written); left out: fenced and indented code "
    "blocks, images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference "
    "definitions, horizontal rules, paragraphs without a letter; inline code kept without backticks, links as "
    "their text, autolinks as their address, HTML tags dropped (their text kept), emphasis markers dropped, "
    "entities resolved, white space runs made one space. Title = the front-matter title; published = the front "
    "matter's date (the name's date where it has none).")

NAME = r"content/en/blog/(\d{4})-(\d\d)-(\d\d)-([^/]+?)(?:\.md|/index\.md)"
DROPPED = ("youtube", "tweet", "gallery")  # shortcodes left out (a video, an embedded post, images)
PAIRED = ("imgproc", "note", "pageinfo", "alert")
EMOJI = {":collision:": "\U0001F4A5", ":warning:": "\u26A0\uFE0F"}


def shortcodes(body):
    """Hugo shortcodes (see the docstring): the paired imgproc, note,
    pageinfo and alert give their inner text (note with "Note:", alert
    with its title), youtube, tweet and gallery are left out, any other stops the
    script."""
    def pair(m):
        name, args, inner = m.group(2), m.group(3), m.group(4).strip(" \n")
        if name == "imgproc":
            return "\n\n%s\n\n" % inner if inner else "\n"
        if name == "note":
            return "\n\nNote:%s%s\n\n" % ("\n\n" if "\n\n" in inner else " ", inner)
        if name == "alert":
            title = dict(re.findall(r'(\w+)="([^"]*)"', args)).get("title", "")
            return "\n\n%s\n\n%s\n\n" % (title, inner) if title else "\n\n%s\n\n" % inner
        return "\n\n%s\n\n" % inner
    body = re.sub(r"\{\{([<%%])\s*(%s)\b(.*?)[>%%]\}\}(.*?)\{\{[<%%]\s*/\2\s*[>%%]\}\}" % "|".join(PAIRED), pair,
                  body, flags=re.S)

    def one(m):
        inner = m.group(1).strip()
        name = inner.split()[0] if inner else ""
        assert name in DROPPED, "unknown shortcode: " + m.group(0)
        return "\n"
    body = re.sub(r"\{\{[<%](.*?)[>%]\}\}", one, body, flags=re.S)
    assert "{{<" not in body and "{{%" not in body, "unknown shortcode"  # "{{ ... }}" in code is not one
    return body


assert shortcodes('a\n{{< youtube x1 >}}\n{{% tweet user=u id=1 %}}\nb') == "a\n\n\n\n\nb"
assert shortcodes('a\n{{< gallery match="i/*"\n  x=true >}}\nb') == "a\n\n\nb"
assert shortcodes('a\n{{< imgproc p Resize 600x >}}\n{{< /imgproc >}}\nb') == "a\n\n\nb"
assert shortcodes('a\n{{< imgproc p Resize 600x >}}\nCap <a href="x">t</a>.\n{{< /imgproc >}}\nb') == \
    'a\n\n\nCap <a href="x">t</a>.\n\n\nb'
assert shortcodes('{{% note %}}\nOne\ntwo.\n{{% /note %}}') == "\n\nNote: One\ntwo.\n\n"
assert shortcodes('{{% note %}}\nOne.\n\nTwo.\n{{% /note %}}') == "\n\nNote:\n\nOne.\n\nTwo.\n\n"
assert shortcodes('{{% alert color="info" title="T i" %}}\nX.\n{{% /alert %}}') == "\n\nT i\n\nX.\n\n"
assert shortcodes('{{% pageinfo color="primary" %}}\nX.\n{{% /pageinfo %}}') == "\n\nX.\n\n"


def emoji(text):
    """Emoji codes as emoji (see the docstring); any other stops."""
    for code, e in EMOJI.items():
        text = text.replace(code, e)
    left = re.findall(r"(?<![\w/.:-]):[a-z0-9_+-]+:(?![\w/])", text)
    assert not left, left
    return text


def pipe_tables(body):
    """A table whose rows do not begin with "|" (Goldmark's tables need
    no leading pipe) gets one on each row, the form mdtext reads."""
    lines, out, i = body.split("\n"), [], 0
    while i < len(lines):
        if (i + 1 < len(lines) and "|" in lines[i] and not lines[i].lstrip().startswith("|")
                and re.fullmatch(r"\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*", lines[i + 1])):
            while i < len(lines) and lines[i].strip() and "|" in lines[i]:
                out.append("| " + lines[i].strip())
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


assert pipe_tables("x\n\nA | B\n-- | --\n1 | 2\n\ny") == "x\n\n| A | B\n| -- | --\n| 1 | 2\n\ny"
assert pipe_tables("a | b\nc") == "a | b\nc"


def source(path):
    """The front matter's lines and the body after it."""
    src = gitmirror.text(mirror, COMMIT, path)
    return mdtext.front_lines(src)


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = source(path)[1].replace("\t", "    ")
    body = pipe_tables(shortcodes(body))
    return [emoji(p) for p in mdtext.paragraphs(mdtext.drop_elements(body))]


def stem(path):
    """The path's date and name (see the docstring)."""
    m = re.fullmatch(NAME, path)
    return "%s-%s-%s-%s" % (m.group(1), m.group(2), m.group(3),
                            re.sub(r"[^a-z0-9]+", "-", m.group(4).lower()).strip("-"))


def address(date, front):
    """The post's address: the front matter's url, else the site's
    permalink /:section/:year/:month/:slug/ (the title made a path as Hugo
    makes one: lower-cased, spaces as "-", other characters than letters,
    digits, ".", "_" and "-" dropped)."""
    url = mdtext.yaml_value(front, "url")
    if url:
        return SITE + url
    t = re.sub(r"\s+", " ", mdtext.yaml_value(front, "title")).strip().lower()
    return "%s/blog/%s/%s/%s/" % (SITE, date[:4], date[5:7], re.sub(r"[^\w. -]", "", t).replace(" ", "-"))


# Candidates, from the file list and blob sizes only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: not re.fullmatch(NAME, f[1]).group(4).endswith("-update"),
])
assert counts == [77, 47], counts
cands.sort(key=lambda f: f[1])
chosen = mdtext.newest_and_every(cands, STEP)
assert len(chosen) == 24, len(chosen)

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE" % COMMIT).decode("utf-8")
assert LICENSE.startswith(" " * 33 + "Apache License\n" + " " * 27 + "Version 2.0, January 2004\n"), LICENSE[:120]
assert "END OF TERMS AND CONDITIONS" in LICENSE
assert not re.search(r"licen[cs]|copyright|creative", gitmirror.git(mirror, "show", "%s:README.md" % COMMIT)
                     .decode("utf-8"), re.I)
assert "Flux is [Apache 2.0 licensed]" in gitmirror.git(mirror, "show", "%s:CONTRIBUTING.md" % COMMIT).decode("utf-8")
HUGO = gitmirror.git(mirror, "show", "%s:hugo.yaml" % COMMIT).decode("utf-8")
assert "\n  copyright: The Flux authors\n" in HUGO and "unsafe: true" in HUGO and "enableEmoji: true" in HUGO
assert "typographer" not in HUGO and "footnote" not in HUGO and not re.search(r"licen[cs]|creative", HUGO, re.I)

sources, items, total = posts.write_posts(out, chosen, qaentry.day_ids("fx"), "fx70", NAME, source, render, stem,
                                          lambda path, front: mdtext.yaml_value(front, "author"), address, REPO)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], STEP, len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Flux blog posts (fluxcd/website, content/en/blog), Apache License 2.0, %d English posts of %s to %s

Work: posts of the Flux blog (https://fluxcd.io/blog/), written by the
Flux authors and contributors named below (the author the page shows,
as the front matter writes it), from the site's repository
fluxcd/website (https://github.com/fluxcd/website; the copy used is a
bare mirror at commit %s of 2026-07-24), Markdown files
%sYYYY-MM-DD-NAME.md and %sYYYY-MM-DD-NAME/index.md
with a YAML front matter.

Copyright: The Flux authors (the site's footer, by hugo.yaml's
params.copyright: "(c) YEAR The Flux authors All Rights Reserved") and
the authors named with each post.

Licence: the repository's LICENSE is the Apache License, Version 2.0
(its full text follows at the end of this file, as the LICENSE gives
it); the repository has no NOTICE file, its README names no licence,
and its CONTRIBUTING.md says "Flux is Apache 2.0 licensed". The
footer's line is a copyright notice and names no other licence. No
chosen post states another licence. The texts are used, and the adapted
texts in this folder are distributed, under the Apache License,
Version 2.0, https://www.apache.org/licenses/LICENSE-2.0 .

Attribution: "The Flux authors and the authors named below, Flux blog
(fluxcd.io/blog), from fluxcd/website, Apache License 2.0". No
endorsement by the Flux project, the Cloud Native Computing Foundation,
the Linux Foundation, the authors or the people, companies and projects
the posts name is implied; "Flux", "Kubernetes" and the names of other
projects, companies and products are their owners'. Images, logos,
embedded videos and embedded posts of X (Twitter) are not included.

Changes (the texts are an adaptation; these files were modified, as
section 4(b) of the licence asks to state): a selection of %d posts (by a
fixed rule, see scripts/qa-texts/flux-blog.py), each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings, list items, table rows, figure captions and the titles of
alert boxes as paragraphs of their own, "Note:" before the text of note
boxes, emoji codes as emoji); the front matter (author, date, title,
description, url, tags, resources), code blocks, images, embedded
videos and posts, link targets and markup left out, so the texts are
shortened by these omissions. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's date, title, author, address of
the post on fluxcd.io (the front matter's url, else the site's
permalink /blog/YYYY/MM/SLUG/), source file in the repository and its
address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, FOLDER, len(sources))
TAIL = ("\nThe Apache License, Version 2.0, as the repository's LICENSE (at the commit above) gives it:\n\n"
        + LICENSE.strip("\n") + "\n")
# COPYRIGHT, and collections.json only when writing the default folder.
finish("fx70", entry, out, COPYRIGHT + "".join(items) + TAIL, len(sources), total)
