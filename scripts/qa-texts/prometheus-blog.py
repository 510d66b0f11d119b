#!/usr/bin/env python3
"""Builds the sixty-seventh QA set's collection (pm67): English posts of
the Prometheus blog (prometheus.io/blog), the blog of the open-source
monitoring system and time series database Prometheus: interviews with
users, PromCon recaps, releases (1.0, the 2.0 preview), service
discovery, Alertmanager templates, anomaly detection, remote read, the
conformance program, stringlabels, OpenTelemetry and YACE, from the
documentation site's repository, prometheus/docs (the stored snapshot is
the local bare mirror of that repository). The posts are Markdown files
content/blog/YYYY-MM-DD-NAME.md with a YAML front matter (title,
created_at, kind, author_name). The repository's main line replaced the
old site (nanoc) by a new one on 2025-05-27 (commit f672c3fb "Wipe old
docs repo before Next.js site import"), which moved the posts to
blog/posts/; the commit used is that commit's parent, COMMIT
533c220d60b95b77af8098c92fbce29690b0f3bc of 2025-05-23, the last with
content/blog. The title is not repeated in the text: the site's blog
layout (layouts/blog.html) prints the front matter's title as the
heading and "Posted at: DATE by AUTHOR" under it.

Licence: LICENSE, at the repository's root, is the Apache License,
Version 2.0 (January 2004), and README.md's section "License" says
"Apache License 2.0, see [LICENSE](LICENSE)."; the repository's NOTICE
reads "Prometheus documentation: content and static site generator /
Copyright 2014-2018 The Prometheus Authors". The posts are content of
the repository and no chosen post states a licence of its own (checked
by the script), so the texts are used, and the adapted texts shared,
under the Apache License 2.0; texts/pm67/COPYRIGHT carries the
attribution, the statement of changes (section 4(b)), the NOTICE
(section 4(d)) and the LICENSE in full. (The old site's footer,
layouts/container_footer.html, reads "(c) Prometheus Authors 2014-YEAR |
Documentation Distributed under CC-BY-4.0"; the attribution and the
statement of changes satisfy that licence too.) The script checks the
LICENSE's first lines, the README's line and the NOTICE's first lines.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of content/blog with the blob sizes was looked
at): candidates are the files directly in content/blog/ (not in its
subfolders: the misplaced copy content/blog/content/blog/2024-11-14-
prometheus-3-0.md is not a candidate)
1. that are posts YYYY-MM-DD-NAME.md: 49;
2. that are not a near-duplicate draft of a newer file: 49 (none
   dropped at COMMIT). Two files are near-duplicates when the words of
   one's NAME (split at "-", each stemmed: a final "ies" written "y",
   else a final "s" of a word of four letters or more dropped) are the
   same as, or the first words of, the other's, and their file names'
   dates are at most 62 days apart; of such files only the last in
   file-name order is kept. This is for the drafts of one post under
   several names, as the subquery post had in the history (2018-12-28-
   subquery.md, 2018-12-28-subqueries.md, 2019-01-28-subqueries.md,
   2019-01-28-subquery-support.md; the script checks that the rule keeps
   only the last of these); at COMMIT these were renames, and only
   2019-01-28-subquery-support.md is left, so the step drops nothing
   (asserted);
3. whose file has at least 2000 bytes (front matter included): 45;
in the order of their file names (= the file name's date), the newest
and every 2nd before it: 23 posts, of 2015-04-24 to 2024-11-19. The
bound was chosen from the counts only (1500 bytes: 49 candidates, 25
posts; 1600: 47, 24; 1800, 2000 and 2200: 45, 23; 2500: 44, 22; 3000:
42, 21) for about 23 posts. The script asserts every count. The rule
was not changed after the texts were read.

Date = the front matter's created_at (it differs from the file name's
day for two chosen posts: 2017-11-29 for the file of 2017-11-30, and
2024-03-13 for the file of 2024-03-14), else the file name's. Title =
the front matter's title. Author = the front matter's author_name.
Files are named YYYY-MM-DD-NAME.en.txt, the date being the file name's,
NAME the file name's part after its date, lower-cased, with every run
of other characters than a-z and 0-9 written "-".

The old site (nanoc, Rules at COMMIT) compiles a post's Markdown with
Redcarpet (fenced code blocks, tables, autolinks; raw HTML is taken
as shown: the filter_html flag is given among the parser's extensions,
not the renderer's options, where it has no effect as far as could be
told, and the posts' embedded tweets and sponsor blocks are meant to be
seen) and an admonition filter that only styles
paragraphs opening with "TIP:", "NOTE:", "CAUTION:" or "TODO:" (their
text is kept as written). ERB runs only on .html items, not on posts.
The chosen posts hold no ERB, Liquid or Hugo shortcode; Go-template
actions ("{{ .GroupLabels.app }}") occur only inside code blocks, which
are left out. Raw HTML in the posts: "<!-- more -->" (an HTML comment,
left out), embedded tweets (a <blockquote class="twitter-tweet"> with
the tweet's text, its author and date, followed by a <script>; the page
shows the text, so it is kept as a paragraph of its own, the script
left out), sponsor headings (<h3>, kept as a paragraph) with logo links
(images only, so left out), one <iframe> (a video, left out). Any
"<%", "{{", "{%", "```" or closing HTML tag left in the text stops the
script.

Rendering (Python 3, standard library only; mdtext.py, shared with the
blog builders, renders the Markdown), as a reader of the web page sees
the text, one paragraph per line with a blank line between paragraphs: a
paragraph per Markdown paragraph, list item, heading, block-quote
paragraph and table row; the front matter is not rendered. Left out:
fenced and indented code blocks; images; HTML comments; <script>,
<style>, <pre>, <noscript>, <svg> and <iframe> elements with their
content; link reference definitions; horizontal rules; paragraphs
without a letter. Inline: code spans kept without backticks; links give
their text; autolinks give the address; HTML tags dropped, their text
kept; emphasis markers dropped; backslash escapes and entities
resolved; white space runs made one space. Tabs are read as four
spaces.

    scripts/qa-texts/prometheus-blog.py \\
        /work/.mirror/prometheus+docs/repo \\
        retrieval/eval/testdata/qa/texts/pm67

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/pm67 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(qaentry.write_text), writes texts/pm67/COPYRIGHT, puts the pm67 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are pm-YYYY-MM-DD, with -2
for a second post of the same day; published = the date. Running it
twice gives the same files byte for byte. The shared helpers
(gitmirror, mdtext, posts, qaentry) are used unchanged."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
from posts import near_duplicates as near_drafts  # the rule shared with the other blog builder
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "533c220d60b95b77af8098c92fbce29690b0f3bc"  # 2025-05-23
FOLDER = "content/blog/"
BOUND = 2000
STEP = 2
DAYS = 62
REPO = "https://github.com/prometheus/docs/blob/%s/" % COMMIT
SITE = "https://prometheus.io"
mirror, out = arguments("pm67")

DESCRIPTION = ("Sixty-seventh set: %d English posts of the Prometheus blog (prometheus.io/blog), the blog of the "
    "open-source monitoring system Prometheus: interviews with users (ShowMax, DigitalOcean, JustWatch, Weaveworks, "
    "L'Atelier Animation, Datawire, Presslabs, Hostinger), the PromCon 2016 and 2017 recaps, Prometheus 1.0, the "
    "2.0 preview, service discovery with etcd, Alertmanager templates, anomaly detection, remote read streaming, "
    "the conformance program and its results, stringlabels, OpenTelemetry and YACE joining prometheus-community, "
    "dated %s to %s, from the documentation site's repository, prometheus/docs (commit %s of 2025-05-23, the last "
    "with content/blog; Apache License 2.0, NOTICE \"Copyright 2014-2018 The Prometheus Authors\"; notice, "
    "attribution and licence in texts/pm67/COPYRIGHT), one source per post, chosen by a fixed rule that reads only "
    "the file list and blob sizes: the posts content/blog/YYYY-MM-DD-NAME.md (%d), not near-duplicate drafts of a "
    "newer file (%d), of at least %d bytes (%d), in file-name order the newest and every %dnd before it (%d).")
TEXT = ("Built by scripts/qa-texts/prometheus-blog.py from the posts' Markdown (git show of the mirror), posts by "
    "the fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line "
    "with a blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph and "
    "table row; no front matter (the title, which the site prints as the heading, is not in the text); raw HTML "
    "as its text (embedded tweets with their author and date, sponsor headings), a paragraph per HTML block; left "
    "out: fenced and indented code blocks, images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> "
    "elements, link reference definitions, horizontal rules, paragraphs without a letter; inline code kept without "
    "backticks, links as their text, autolinks as their address, HTML tags dropped (their text kept), emphasis "
    "markers dropped, entities resolved, white space runs made one space. Title = the front-matter title; "
    "published = the front matter's created_at (the file name's date where it has none).")

NAME = r"content/blog/(\d{4}-\d\d-\d\d)-(.+)\.md"


def near_duplicates(paths):
    """The paths (in file-name order) that are near-duplicate drafts of a
    later path (see the docstring; the rule is posts.near_duplicates)."""
    return near_drafts(paths, NAME, DAYS)


# The rule on the names the subquery post had in the history: only the last is kept.
HISTORY = ["content/blog/2018-12-28-subquery.md", "content/blog/2018-12-28-subqueries.md",
           "content/blog/2019-01-28-subqueries.md", "content/blog/2019-01-28-subquery-support.md"]
assert near_duplicates(HISTORY) == set(HISTORY[:-1]), near_duplicates(HISTORY)


def source(path):
    """The front matter's lines and the body after it."""
    src = gitmirror.git(mirror, "show", "%s:%s" % (COMMIT, path)).decode("utf-8").replace("\r\n", "\n")
    return mdtext.front_lines(src)


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = source(path)[1].replace("\t", "    ")
    return mdtext.paragraphs(mdtext.drop_elements(body))


def stem(path):
    """The file name without its extension, as NAME (see the docstring)."""
    m = re.fullmatch(NAME, path)
    return m.group(1) + "-" + re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")


# Candidates, from the file list and blob sizes only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
posts = [f[1] for f in files if re.fullmatch(NAME, f[1])]
drafts = near_duplicates(posts)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: f[1] not in drafts,
    lambda f: f[2] is not None and f[2] >= BOUND,
])
assert counts == [49, 49, 45], counts
cands.sort(key=lambda f: f[1])
chosen = mdtext.newest_and_every(cands, STEP)
assert len(chosen) == 23, len(chosen)

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE" % COMMIT).decode("utf-8")
assert LICENSE.lstrip().startswith("Apache License\n                           Version 2.0, January 2004"), LICENSE[:120]
README = gitmirror.git(mirror, "show", "%s:README.md" % COMMIT).decode("utf-8")
assert "## License\n\nApache License 2.0, see [LICENSE](LICENSE)." in README
NOTICE = gitmirror.git(mirror, "show", "%s:NOTICE" % COMMIT).decode("utf-8")
assert NOTICE.startswith("Prometheus documentation: content and static site generator\nCopyright 2014-2018 The "
                         "Prometheus Authors\n"), NOTICE[:200]
RULES = gitmirror.git(mirror, "show", "%s:Rules" % COMMIT).decode("utf-8")
assert "filter :erb if item[:extension] == 'html'" in RULES and '"/blog/#{y}/#{m}/#{d}/#{slug}/index.html"' in RULES

sources, items = [], []
source_id, total = qaentry.day_ids("pm"), 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"licen[cs]e[ds]? (under|is)|creativecommons\.org|cc-by", body, re.I), path
    assert not re.search(r"<%|\{%|\{\{<", body), path  # no ERB, Liquid or Hugo shortcode in a chosen post
    assert mdtext.yaml_value(front, "kind") == "article", path
    d = qaentry.published(re.fullmatch(NAME, path).group(1), mdtext.yaml_value(front, "created_at"))
    paras = render(path)
    text = "\n\n".join(paras) + "\n"
    assert not any(m in text for m in ("<%", "{{", "{%", "<!--", "```", "</", "<blockquote", "<script")), path
    fname = "%s.en.txt" % stem(path)
    assert re.fullmatch(r"[a-z0-9.-]+", fname), fname
    total += qaentry.write_text(out, fname, text)
    title = re.sub(r"\s+", " ", mdtext.yaml_value(front, "title")).strip()
    author = mdtext.yaml_value(front, "author_name").strip()
    assert title and author, path
    sources.append({"id": source_id(d), "title": title, "language": "en", "published": d, "file": "pm67/" + fname})
    m = re.fullmatch(NAME, path)
    address = "%s/blog/%s/%s/" % (SITE, m.group(1).replace("-", "/"), m.group(2))
    items.append("- %s (%s): \"%s\"; by %s; %s; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, author, address, path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources)
assert len(set(s["id"] for s in sources)) == len(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], BOUND, counts[2],
                                       STEP, len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Prometheus blog posts (prometheus/docs, content/blog), Apache License 2.0, %d English posts of %s to %s

Work: posts of the Prometheus blog (https://prometheus.io/blog/),
written by the Prometheus authors and contributors named below (the
front matter's author_name, as the page shows it), from the
documentation site's repository prometheus/docs
(https://github.com/prometheus/docs; the copy used is a bare mirror at
commit %s of 2025-05-23, the last commit with the old site's
content/blog), Markdown files %sYYYY-MM-DD-NAME.md with a YAML front
matter.

Copyright: The Prometheus Authors (the repository's NOTICE, quoted
below) and the authors named with each post.

Licence: the repository's LICENSE is the Apache License, Version 2.0
(its full text follows at the end of this file, as the LICENSE gives
it), and its README says "Apache License 2.0, see LICENSE". No chosen
post states another licence. (The old site's footer reads "Prometheus
Authors 2014-YEAR | Documentation Distributed under CC-BY-4.0"; the
attribution and the statement of changes here satisfy that licence
too.) The texts are used, and the adapted texts in this folder are
distributed, under the Apache License, Version 2.0,
https://www.apache.org/licenses/LICENSE-2.0 .

Attribution: "The Prometheus Authors and the authors named below,
Prometheus blog (prometheus.io/blog), from prometheus/docs, Apache
License 2.0". No endorsement by the Prometheus project, the Cloud Native
Computing Foundation, the authors or the people, companies and projects
the posts name is implied; "Prometheus" and the names of other
projects, companies and products are their owners'. Images, videos
and logos of the posts are not included; where a post quotes a text of
others (embedded tweets), that text stays theirs.

Changes (the texts are an adaptation; these files were modified, as
section 4(b) of the licence asks to state): a selection of %d posts (by a
fixed rule, see scripts/qa-texts/prometheus-blog.py), each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings, list items, table rows and embedded tweets as paragraphs of
their own); the front matter (title, created_at, kind, author_name), code
blocks, images, HTML comments, scripts, an embedded video, link targets
and markup left out, so the texts are shortened by these omissions. No
wording was changed; typos of the originals are kept.

Files (name, date = the front matter's created_at, title, author, address
of the post on prometheus.io as the old site's route
/blog/YYYY/MM/DD/NAME/ gives it, source file in the repository and its
address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
TAIL = ("\nThe repository's NOTICE (at the commit above), as section 4(d) of the licence asks:\n\n"
        + NOTICE.rstrip("\n") + "\n"
        + "\nThe Apache License, Version 2.0, as the repository's LICENSE (at the commit above) gives it:\n\n"
        + LICENSE.rstrip("\n") + "\n")
# COPYRIGHT, and collections.json only when writing the default folder.
finish("pm67", entry, out, COPYRIGHT + "".join(items) + TAIL, len(sources), total)
