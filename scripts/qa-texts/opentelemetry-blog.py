#!/usr/bin/env python3
"""Builds the sixty-third QA set's collection (ot63): English posts of
the OpenTelemetry blog (opentelemetry.io/blog: the blog of
OpenTelemetry, the observability framework of the Cloud Native
Computing Foundation for traces, metrics and logs; posts by its
maintainers, its Governance Committee and users: elections, end-user
stories, KubeCon and OpenTelemetry Community Day reports, the
Collector, semantic conventions, the deprecation of OpenCensus and
OpenTracing, instrumentation of Go, Java, Node.js, Dart and Lambda
applications) of 2021 to 2026, from the web site's repository,
open-telemetry/opentelemetry.io (the stored snapshot is the local bare
mirror of that repository, commit
dd5997c8b9fafbf72ea6b8059ade242d88b8f118 of 2026-08-22). Each post is
a Markdown file content/en/blog/YYYY/NAME.md or a page bundle
content/en/blog/YYYY/NAME/index.md with a YAML front matter (title,
linkTitle, date, author, in many cSpell, sig, issue, canonical_url).
The title is not repeated in the text: Hugo prints the front matter's
title as the heading.

Licence: the repository's README says "Documentation: CC-BY-4.0
(LICENSE)" and "Code: Apache-2.0 (LICENSE-CODE)"; LICENSE, at its root,
is the Creative Commons Attribution 4.0 International licence (its
full text), LICENSE-CODE the Apache License 2.0 for the site's code.
The blog posts are documentation content, so the texts are used, and
the adapted texts shared, under CC BY 4.0; texts/ot63/COPYRIGHT
carries the attribution, the changes and, at its end, the mirror's
LICENSE in full (its SHA-256 checked).

Which posts, by a fixed rule written down before any post's text was
read (only the file list of content/en/blog with the blob sizes, the
front matter's keys, dates and authors, counts of Hugo shortcodes and
HTML tags per chosen file, counts of function words and the Markdown
size of the selections that every seventh to eleventh post would give
were looked at): candidates are the files of content/en/blog/
1. that are posts, YYYY/NAME.md or YYYY/NAME/index.md (the _index.md
   pages of the blog and its years left out): 256;
2. which are English by a count of function words in the body
   (mdtext.english): 256 (all).
Taken, in date order (the front matter's date, then the path): the
newest post and every tenth before it (mdtext.newest_and_every with
step 10): 26 posts of 2021-09-27 to 2026-08-14 (1 of 2021, 4 of 2022,
6 of 2023, 4 of 2024, 6 of 2025, 5 of 2026). The step was chosen from
counts and Markdown sizes only, for 25 to 40 posts spread over the
years: every seventh post would have been 37 posts (about 381 KB of
Markdown), every eighth 32 (289 KB), every ninth 29 (250 KB), every
tenth 26 (247 KB), every eleventh 24. The script asserts every count.
The rule was not changed after the texts were read.

Date = the front matter's date (YYYY-MM-DD). Title = the front matter's
title. Author = the front matter's author with Markdown links written
as their text ("not named" for the one post without an author). Files
are named YYYY-MM-DD-NAME.en.txt, NAME being the post's file or bundle
name lower-cased.

Rendering (Python 3, standard library only; mdtext.py, shared with the
blog builders, renders the Markdown), as a reader of the web page sees
the text, one paragraph per line with a blank line between paragraphs: a
paragraph per Markdown paragraph, list item, heading, block-quote
paragraph and table body row ("Header: cell; Header: cell"); the front
matter is not rendered. Before that, Hugo's shortcodes: {{% param
canonical_url %}} (the address of the post's first publication, used as
a link target) becomes the front matter's canonical_url; {{< comment >}}
... {{< /comment >}} is dropped with its content (the site does not
show it); {{< youtube ... >}} and {{< figure ... >}} (a video player, an
image with its caption) are dropped; any other shortcode left would
stop the script. <video> elements are dropped with their content; a
line break (<br>) ends a paragraph. Left out: fenced and indented code
blocks; images; HTML comments; <script>, <style>, <pre>, <noscript>,
<svg>, <iframe> and <video> elements with their content; link
reference definitions; horizontal rules; paragraphs without a letter.
Inline: code spans kept without backticks; links give their text;
autolinks give the address; HTML tags dropped, their text kept;
emphasis markers dropped; backslash escapes and entities resolved;
white space runs made one space.

    scripts/qa-texts/opentelemetry-blog.py \\
        /work/.mirror/open-telemetry+opentelemetry.io/repo \\
        retrieval/eval/testdata/qa/texts/ot63

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/ot63 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(posts.write_post), writes texts/ot63/COPYRIGHT, puts the ot63 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are ot-YYYY-MM-DD, with -2
for a second post of the same day (none here); published = the date.
Running it twice gives the same files byte for byte. The shared helpers
(gitmirror, posts, mdtext, qaentry) are used unchanged."""
import hashlib
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "dd5997c8b9fafbf72ea6b8059ade242d88b8f118"  # 2026-08-22
FOLDER = "content/en/blog/"
STEP = 10
SITE = "https://opentelemetry.io"
REPO = "https://github.com/open-telemetry/opentelemetry.io/blob/%s/" % COMMIT
mirror, out = arguments("ot63")

DESCRIPTION = ("Sixty-third set: %d English posts of the OpenTelemetry blog (opentelemetry.io/blog: the blog of "
    "OpenTelemetry, the observability framework of the Cloud Native Computing Foundation for traces, metrics and "
    "logs: Governance Committee elections, end-user stories (eBay), KubeCon and OpenTelemetry Community Day reports, "
    "Humans of OTel, the Collector's roadmap and processors, Prometheus and OpenTelemetry, semantic conventions for "
    "Kubernetes, the end of OpenCensus and of OpenTracing compatibility, instrumentation of Go, Java, Spring native "
    "images, Node.js, Dart and Flutter, AWS Lambda and legacy applications, entity events), dated %s to %s, from the "
    "site's repository, open-telemetry/opentelemetry.io (commit %s of 2026-08-22; documentation under CC BY 4.0, "
    "the repository's LICENSE; attribution and the licence in texts/ot63/COPYRIGHT), one source per post, chosen by "
    "a fixed rule that reads only the file list and the front matter: the posts content/en/blog/YYYY/NAME.md or "
    "NAME/index.md (%d), English by function words (%d), in date order the newest and every %dth before it (%d).")
TEXT = ("Built by scripts/qa-texts/opentelemetry-blog.py from the posts' Markdown (git show of the mirror), posts by "
    "the fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with "
    "a blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph and table "
    "row; no front matter (the title, which the site prints as the heading, is not in the text); Hugo shortcodes: "
    "param canonical_url as the front matter's value, comment dropped with its content, youtube and figure dropped; "
    "a line break (<br>) ending a paragraph; left out: fenced and indented code blocks, images, HTML comments, "
    "<script>/<style>/<pre>/<noscript>/<svg>/<iframe>/<video> elements, link reference definitions, horizontal "
    "rules, paragraphs without a letter; inline code kept without backticks, links as their text, autolinks as "
    "their address, HTML tags dropped (their text kept), emphasis markers dropped, entities resolved, white space "
    "runs made one space. Title = the front-matter title; published = the front matter's date.")

POSTS = posts.Posts(mirror, COMMIT)
NAME = r"content/en/blog/(\d{4})/([^/]+?)(?:\.md|/index\.md)"


def value(path, key):
    """A front-matter value (mdtext.yaml_value); a scalar written on the
    indented lines after an empty "key:" (the title of 2025-06-13) is
    those lines joined with blanks, read by mdtext.yaml_scalar."""
    v = POSTS.value(path, key)
    lines = POSTS.source(path)[0]
    if v == "" and key + ":" in lines:
        more = []
        for l in lines[lines.index(key + ":") + 1:]:
            if not l.startswith(" "):
                break
            more.append(l.strip())
        v = mdtext.yaml_scalar(" ".join(more))
    return v


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    text = POSTS.source(path)[1].replace("\t", "    ")
    canon = value(path, "canonical_url")
    if "{{% param canonical_url %}}" in text:
        assert canon.startswith("http"), path
        text = text.replace("{{% param canonical_url %}}", canon)
    text = re.sub(r"\{\{<\s*comment\s*>\}\}.*?\{\{<\s*/comment\s*>\}\}", "\n", text, flags=re.S)
    text = re.sub(r"\{\{<\s*(?:youtube|figure)\b(?:[^>]|>(?!\}\}))*>\}\}", "\n", text)
    assert not re.search(r"\{\{[<%]", text), path
    text = re.sub(r"<video\b[^>]*>.*?</video\s*>", "\n", text, flags=re.S | re.I)
    text = mdtext.drop_elements(text)
    text = re.sub(r"[ \t]*<br\s*/?>[ \t]*", "\n\n", text, flags=re.I)
    return mdtext.paragraphs(text)


# Candidates, from the file list and the front matter only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
cands, counts = qaentry.sieve([f for f in files if f[1].endswith(".md")], [
    lambda f: re.fullmatch(NAME, f[1]) and f[0] != "_index.md" and f[2] is not None,
    lambda f: mdtext.english(POSTS.source(f[1])[1]),
])
assert counts == [256, 256], counts
dates = {p: qaentry.published(p, POSTS.date(p)) for _, p, _ in cands}
cands.sort(key=lambda f: (dates[f[1]], f[1]))
chosen = mdtext.newest_and_every(cands, STEP)
assert len(chosen) == 26, len(chosen)

sources, items = [], []
source_id, total = qaentry.day_ids("ot"), 0
for _, path, size in chosen:
    d = dates[path]
    stem = "%s-%s" % (d, re.fullmatch(NAME, path).group(2))
    fname, n = posts.write_post(out, stem, render(path), left=("<!--", "{{", "}}", "{%", "```", "<br", "</"))
    total += n
    title = posts.one_line(value(path, "title"))
    author = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", value(path, "author"))
    author = posts.one_line(author).rstrip(",") or "not named"
    assert title, path
    posts.add_post(sources, items, source_id(d), d, fname, title, author, "en", "ot63", path, REPO, "markup, code and images")
posts.assert_unique(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2021, 2027)] == [1, 4, 6, 4, 6, 5], years

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[1],
                                       STEP, len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE" % COMMIT)
LICENSE_SHA256 = hashlib.sha256(LICENSE).hexdigest()
assert LICENSE_SHA256 == "6f9997b6f85f473f853aeef19b5f16504dd228ba99cee70e5a19211df947a2b3", LICENSE_SHA256
LICENSE = LICENSE.decode("utf-8")
assert LICENSE.startswith("Creative Commons Attribution 4.0 International"), LICENSE[:80]
README = gitmirror.git(mirror, "show", "%s:README.md" % COMMIT).decode("utf-8")
assert "- Documentation: [CC-BY-4.0](LICENSE)" in README and "- Code: [Apache-2.0](LICENSE-CODE)" in README

COPYRIGHT = """OpenTelemetry Authors and the authors named below, OpenTelemetry blog (https://opentelemetry.io/blog/), CC BY 4.0, %d English posts of %s to %s

Work: posts of the OpenTelemetry blog (opentelemetry.io/blog), the
blog of the OpenTelemetry project (a project of the Cloud Native
Computing Foundation), written by the authors named with each post
below (the front matter's author), from the web site's repository
open-telemetry/opentelemetry.io
(https://github.com/open-telemetry/opentelemetry.io; the copy used is a
bare mirror at commit %s of 2026-08-22),
Markdown files %sYYYY/NAME.md or YYYY/NAME/index.md with a YAML front
matter.

Licence: the repository's README says "Documentation: CC-BY-4.0
(LICENSE)" and "Code: Apache-2.0 (LICENSE-CODE)"; its LICENSE is the
Creative Commons Attribution 4.0 International Public License
(https://creativecommons.org/licenses/by/4.0/). The blog posts are the
site's content, not its code; they are used, and the adapted texts in
this folder are shared, under CC BY 4.0. The licence's text follows in
full at the end of this file.

Attribution: "OpenTelemetry Authors and the authors named below,
OpenTelemetry blog (opentelemetry.io/blog), CC BY 4.0". Several posts
were first published elsewhere (their canonical addresses are named in
the posts); the blog's copies are used. No endorsement by the
OpenTelemetry project, the Cloud Native Computing Foundation, the
authors or the companies and projects the posts name is implied.
"OpenTelemetry" and the names of other projects, companies, events and
products are their owners'. Images, diagrams and videos of the posts
are not included.

Changes (the texts are an adaptation): a selection of %d posts (by a
fixed rule, see scripts/qa-texts/opentelemetry-blog.py); each rendered
from Markdown to plain text, one paragraph per line with a blank line
between (headings, list items, table rows and lines ended by a line
break as paragraphs of their own); the front matter (title, date,
author), Hugo shortcodes (comments, video players, figures), images,
code blocks, link targets and markup left out. No wording was changed;
typos of the originals are kept.

Files (name, date = the front matter's date, title, author, source file
in the repository and its address at the commit used):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("ot63", entry, out, COPYRIGHT + "".join(items) + "\nThe licence (the repository's LICENSE at the commit "
       "used):\n\n" + LICENSE, len(sources), total)
