#!/usr/bin/env python3
"""Builds the sixty-sixth QA set's collection (jk66): English news posts
of Jekyll, the static site generator written in Ruby (jekyllrb.com/news:
releases from 2.0.0 of 2014 to 4.4.0 of 2025 and a beta of 3.0.0, a
pre-alpha of 4.0.0, Jekyll Sass Converter 3.0, a new lead developer,
diversity in open source, and the farewell to Frank Taillandier), from
the project's repository, jekyll/jekyll (the stored snapshot is the local
bare mirror of that repository, commit
202df571314ba1d18e9fccd81d12aaad4a703c38 of 2026-04-22). Each post is a
Markdown file docs/_posts/YYYY-MM-DD-NAME.markdown (or .md) with a YAML
front matter (title, date, author, version, category). The title is not
repeated in the text: the site prints the front matter's title as the
heading.

Licence: LICENSE, at the repository's root, is the MIT License
("Copyright (c) 2008-present Tom Preston-Werner and Jekyll
contributors"); the posts are files of the repository (the site's
source under docs/) and no chosen post states another licence, so the
texts are used, and the adapted texts shared, under the MIT License,
whose notice and permission text texts/jk66/COPYRIGHT carries in full.
The script checks the LICENSE's first lines and that no chosen post
names a licence of its own.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of docs/_posts with the blob sizes was looked
at): candidates are the files of docs/_posts/
1. that are posts YYYY-MM-DD-NAME.markdown or .md: 102;
2. whose file has at least 1200 bytes (front matter included; the short
   posts are mostly a sentence and a link to the changelog): 46;
in the order of their file names (= the file name's date), the newest
and every 2nd before it: 23 posts, of 2014-05-06 to 2025-01-27. The
bound was chosen from the counts only (1000 bytes: 55, 1200: 46, 1400:
39, 2000: 27). The script asserts every count. The rule was not changed
after the texts were read.

Date = the front matter's date, its first ten characters (it differs
from the file name's day for three chosen posts: 2014-11-05 for the
file of 2014-11-06, 2018-04-19 for the file of 2018-03-15 and
2019-08-20 for the file of 2019-08-19), else the file name's (one post,
of 2014-05-06, has no date). Title = the front matter's title. Author =
the front matter's author, a GitHub user name (parkr, ashmaroli, …).
Files are named YYYY-MM-DD-NAME.en.txt, the date being the file name's,
NAME the file name's part after its date, lower-cased, with every run
of other characters than a-z and 0-9 written "-".

Liquid (Jekyll renders the posts with Liquid before Markdown), handled
before rendering as Jekyll would output it: {% raw %}…{% endraw %}
gives its content verbatim (it is marked, so that a Liquid tag it
holds is kept as text); {% highlight … %}…{% endhighlight %} (a code
block) is dropped with its content; {{ site.repository }} becomes
https://github.com/jekyll/jekyll (docs/_config.yml); {{ "PATH" |
relative_url }} becomes PATH; {% post_url NAME %} and {% link
_posts/NAME.EXT %} become the post's address /news/YYYY/MM/DD/SLUG/
(permalink of docs/_config.yml). Any other Liquid tag outside a raw
span stops the script.

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
resolved; white space runs made one space.

    scripts/qa-texts/jekyll-blog.py \\
        /work/.mirror/jekyll+jekyll/repo \\
        retrieval/eval/testdata/qa/texts/jk66

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/jk66 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(qaentry.write_text), writes texts/jk66/COPYRIGHT, puts the jk66 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are jk-YYYY-MM-DD, with -2
for a second post of the same day; published = the date. Running it
twice gives the same files byte for byte. The shared helpers
(gitmirror, mdtext, qaentry) are used unchanged."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "202df571314ba1d18e9fccd81d12aaad4a703c38"  # 2026-04-22
FOLDER = "docs/_posts/"
BOUND = 1200
STEP = 2
REPO = "https://github.com/jekyll/jekyll/blob/%s/" % COMMIT
SITE_REPOSITORY = "https://github.com/jekyll/jekyll"
mirror, out = arguments("jk66")

DESCRIPTION = ("Sixty-sixth set: %d English news posts of Jekyll, the static site generator written in Ruby "
    "(jekyllrb.com/news: releases from 2.0.0 to 4.4.0, the beta of 3.0.0 and the pre-alpha of 4.0.0, with their "
    "new features, dropped Ruby versions and contributors, Jekyll Sass Converter 3.0, a new lead developer,"
    " diversity in open source, and the farewell to Frank Taillandier), dated %s to %s, from the project's "
    "repository, jekyll/jekyll (commit %s of 2026-04-22; MIT License, \"Copyright (c) 2008-present Tom "
    "Preston-Werner and Jekyll contributors\"; notice and licence in texts/jk66/COPYRIGHT), one source per post, "
    "chosen by a fixed rule that reads only the file list and blob sizes: the posts docs/_posts/YYYY-MM-DD-NAME"
    ".markdown or .md (%d), of at least %d bytes (%d), in file-name order the newest and every %dnd before it (%d).")
TEXT = ("Built by scripts/qa-texts/jekyll-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph and table "
    "row; no front matter (the title, which the site prints as the heading, is not in the text); Liquid handled "
    "first: raw spans give their content verbatim, highlight blocks dropped, {{ site.repository }}, relative_url, "
    "post_url and link give the address, any other tag stops the script; left out: fenced and indented code "
    "blocks, images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference "
    "definitions, horizontal rules, paragraphs without a letter; inline code kept without backticks, links as "
    "their text, autolinks as their address, HTML tags dropped (their text kept), emphasis markers dropped, "
    "entities resolved, white space runs made one space. Title = the front-matter title; published = the front "
    "matter's date (the file name's where it has none).")

NAME = r"docs/_posts/(\d{4}-\d\d-\d\d)-(.+)\.(?:markdown|md)"
BRACE, CLOSE = "\x02", "\x03"  # a "{", "}" inside a raw span, while the other Liquid is handled


def source(path):
    """The front matter's lines and the body after it."""
    src = gitmirror.text(mirror, COMMIT, path)
    return mdtext.front_lines(src)


def post_address(name):
    """A post's address by the permalink /news/:year/:month/:day/:title/."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)-(.+)", name)
    assert m, name
    return "/news/%s/%s/%s/%s/" % m.groups()


def liquid(body, path):
    """The body with its Liquid handled (see the docstring)."""
    body = re.sub(r"\{%\s*raw\s*%\}(.*?)\{%\s*endraw\s*%\}", lambda m: m.group(1).replace("{", BRACE).replace("}", CLOSE), body,
                  flags=re.S)
    body = re.sub(r"\{%\s*highlight\b[^%]*%\}.*?\{%\s*endhighlight\s*%\}", "\n", body, flags=re.S)
    body = re.sub(r"\{\{\s*site\.repository\s*\}\}", SITE_REPOSITORY, body)
    body = re.sub(r"\{\{\s*\"([^\"]*)\"\s*\|\s*relative_url\s*\}\}", r"\1", body)
    body = re.sub(r"\{%\s*post_url\s+(\S+)\s*%\}", lambda m: post_address(m.group(1)), body)
    body = re.sub(r"\{%\s*link\s+_posts/(\S+)\.(?:markdown|md)\s*%\}", lambda m: post_address(m.group(1)), body)
    assert not re.search(r"\{[{%]|[}%]\}", body), (path, re.findall(r".{0,40}\{[{%].{0,40}", body))
    return body


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    text = liquid(source(path)[1].replace("\t", "    "), path)
    return [p.replace(BRACE, "{").replace(CLOSE, "}") for p in mdtext.paragraphs(mdtext.drop_elements(text))]


def stem(path):
    """The file name without its extension, as NAME (see the docstring)."""
    m = re.fullmatch(NAME, path)
    return m.group(1) + "-" + re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")


# Candidates, from the file list and blob sizes only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: f[2] is not None and f[2] >= BOUND,
])
assert counts == [102, 46], counts
cands.sort(key=lambda f: f[1])
chosen = mdtext.newest_and_every(cands, STEP)
assert len(chosen) == 23, len(chosen)

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE" % COMMIT).decode("utf-8")
assert LICENSE.startswith("The MIT License (MIT)\n\nCopyright (c) 2008-present Tom Preston-Werner and Jekyll "
                          "contributors\n"), LICENSE[:200]
CONFIG = gitmirror.git(mirror, "show", "%s:docs/_config.yml" % COMMIT).decode("utf-8")
assert "repository: %s" % SITE_REPOSITORY in CONFIG and 'permalink: "/news/:year/:month/:day/:title/"' in CONFIG

sources, items = [], []
source_id, total = qaentry.day_ids("jk"), 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"licen[cs]e[ds]? (under|is)|creativecommons\.org", body, re.I), path
    d = qaentry.published(re.fullmatch(NAME, path).group(1), mdtext.yaml_value(front, "date"))
    paras = render(path)
    text = "\n\n".join(paras) + "\n"
    # "{{" and "{%" are only left from raw spans (Liquid shown as text), checked in liquid().
    assert not any(m in text for m in ("<!--", "```", "</", BRACE, CLOSE)), path
    fname = "%s.en.txt" % stem(path)
    assert re.fullmatch(r"[a-z0-9.-]+", fname), fname
    total += qaentry.write_text(out, fname, text)
    title = re.sub(r"\s+", " ", mdtext.yaml_value(front, "title")).strip()
    author = mdtext.yaml_value(front, "author").strip()
    assert title and author, path
    sources.append({"id": source_id(d), "title": title, "language": "en", "published": d, "file": "jk66/" + fname})
    items.append("- %s (%s): \"%s\"; by %s (GitHub user name); source: %s (%s%s);\n"
                 "  changed: Liquid resolved, rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, author, path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources)
assert len(set(s["id"] for s in sources)) == len(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], BOUND, counts[1], STEP,
                                       len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Jekyll news posts (jekyll/jekyll, docs/_posts), MIT License, %d English posts of %s to %s

Work: news posts of the Jekyll project (https://jekyllrb.com/news/),
written by the Jekyll maintainers and contributors named below, from
the project's repository jekyll/jekyll
(https://github.com/jekyll/jekyll; the copy used is a bare mirror at
commit %s of 2026-04-22), Markdown files
%sYYYY-MM-DD-NAME.markdown (or .md) with a YAML front matter.

Licence: the repository's LICENSE is the MIT License, "Copyright (c)
2008-present Tom Preston-Werner and Jekyll contributors", quoted in full
below. No chosen post states another licence. The posts are used, and
the adapted texts in this folder are shared, under that licence; its
copyright notice and permission notice are included here, as it asks.

Attribution: "Jekyll news (jekyllrb.com/news), from jekyll/jekyll,
Copyright (c) 2008-present Tom Preston-Werner and Jekyll contributors,
MIT License". No endorsement by the Jekyll project, its maintainers or
the people, companies and projects the posts name is implied; "Jekyll"
and the names of other projects, companies and products are their
owners'. Images of the posts are not included.

Changes: a selection of %d posts (by a fixed rule, see
scripts/qa-texts/jekyll-blog.py); Liquid tags resolved as Jekyll
outputs them (raw spans kept as text, highlight code blocks dropped,
link tags as addresses); each rendered from Markdown to plain text,
one paragraph per line with a blank line between (headings and list
items as paragraphs of their own); the front matter (title, date,
author, version, category), images, code blocks, link targets and
markup left out. No wording was changed; typos of the originals are
kept.

Files (name, date = the front matter's date, title, author, source file
in the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("jk66", entry, out, COPYRIGHT + "".join(items) + "\nThe repository's LICENSE (at the commit used):\n\n"
       + LICENSE.rstrip("\n") + "\n", len(sources), total)
