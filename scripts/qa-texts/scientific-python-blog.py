#!/usr/bin/env python3
"""Builds the seventy-ninth QA set's collection (sp79): English posts of
the Scientific Python blog (blog.scientific-python.org), the community
blog of the Scientific Python projects (NumPy, SciPy, Matplotlib,
NetworkX, scikit-learn and others): Google Summer of Code and Outreachy
reports, the NumPy developers in residence, a contributor spotlight,
the alt-text workshop, the developer summit on sparse arrays,
translations, Matplotlib stories (warming stripes, the IPCC report,
postdocs, a book, a style, a gallery, a research engineering fellow),
2019 to 2025, from the blog's repository,
scientific-python/blog.scientific-python.org (the stored snapshot is
the local bare mirror of that repository). The posts are Hugo page
bundles content/posts/SECTION/.../NAME/index.md with a YAML front
matter (title, date, draft, authors as a flow list). The commit used is
the mirror's newest, COMMIT fed8fc368222a50aed17bc31de82d4332faed976 of
2026-02-27. The site is built with Hugo and the
scientific-python-hugo-theme (a submodule, not part of the mirror), so
what the page shows above the text was not read from the theme; none
of the front matter is in the text.

Licence: LICENSE.txt, at the repository's root, begins: "The code
snippets are released under a BSD 3-Clause License" / "while the text
is released under Creative Common CC-BY-4.0" /
"https://creativecommons.org/licenses/by/4.0/" (checked by the script),
followed by the BSD licence for the code. No chosen post states another
licence for its text (checked by the script), so the texts are used,
and the adapted texts shared, under CC BY 4.0; texts/sp79/COPYRIGHT
carries the attribution, LICENSE.txt's sentences and the changes, and
points to the licence's text (LICENSE.txt gives only its address).

Which posts, by a fixed rule written down before any post's text was
read (only the root listing, the head of LICENSE.txt, the last commit,
the file list of content/posts with the blob sizes, and, after the
rule, the chosen posts' front-matter title, date, draft and authors
lines, the names of the shortcodes they use and config.yaml were looked
at):
candidates are the files under content/posts/
1. that are posts, content/posts/.../NAME/index.md: 82;
2. that are not drafts (the front matter's "draft" is not true): 82;
3. whose Markdown is at most 6,000 bytes: 27, all taken (113,863
   bytes of Markdown).
The bound leaves out the longer tutorials and technical series (most of
the Matplotlib how-tos and the NetworkX aTSP series). Order: by the
front matter's date, then the path. The script asserts every count.
The rule was not changed after the texts were read.

Date = the front matter's date (its first ten characters, YYYY-MM-DD,
the day in the post's own time zone); no chosen post lies after
COMMIT's day (checked). Title = the front matter's title; authors = the
front matter's authors list (a "<handle>" after a name left out).
Files are named YYYY-MM-DD-NAME.en.txt, NAME the post's folder name,
lower-cased, with every run of other characters than a-z, 0-9 and "."
written "-" ("_" too). Address: https://blog.scientific-python.org/ +
the folders below content/posts + "/" (config.yaml's permalinks,
"/:sections[1:]/:filename"), in lower case (Hugo's default; not opened).

mdtext.py (Python 3, standard library only) renders, one paragraph per
line with a blank line between paragraphs: a paragraph per Markdown
paragraph, list item, heading, block-quote paragraph and table body row
("Header: cell; Header: cell"); the front matter is not rendered. Left
out: fenced and indented code blocks, images, HTML comments, horizontal
rules, paragraphs without a letter. Inline: code spans kept without
backticks; links give their text; autolinks give the address; HTML
tags dropped, their text kept; emphasis markers dropped; backslash
escapes and entities resolved; white space runs made one space. No
typographic conversion. Shortcodes, footnotes and attribute lists stop
the script (the chosen posts have none). Any "<!--", "```", "{{", "{%",
"</", "[^" or "![" left in a text stops the script.

    scripts/qa-texts/scientific-python-blog.py \\
        /work/.mirror/scientific-python+blog.scientific-python.org/repo \\
        retrieval/eval/testdata/qa/texts/sp79

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/sp79 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(posts.write_post), writes texts/sp79/COPYRIGHT, puts the sp79 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are sp-YYYY-MM-DD (by the
date), with -2 for a second post of the same day; published = the
date. Running it twice gives the same files byte for byte. The shared
helpers (gitmirror, mdtext, posts, qaentry) are used as they are."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # write_post, shared with the other blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "fed8fc368222a50aed17bc31de82d4332faed976"  # 2026-02-27
COMMIT_DAY = "2026-02-27"
FOLDER = "content/posts/"
BOUND = 6000
REPO = "https://github.com/scientific-python/blog.scientific-python.org/blob/%s/" % COMMIT
SITE = "https://blog.scientific-python.org/"
mirror, out = arguments("sp79")

DESCRIPTION = ("Seventy-ninth set: %d English posts of the Scientific Python blog (blog.scientific-python.org), the "
    "community blog of NumPy, SciPy, Matplotlib, NetworkX and other Scientific Python projects: Google Summer of Code "
    "and Outreachy reports, NumPy's developers in residence, a contributor spotlight, the alt-text workshop, the "
    "developer summit on sparse arrays, translations, and Matplotlib stories (warming stripes, the IPCC report, "
    "postdocs, a book, a style, a gallery, a research engineering fellow), dated %s to %s, from the blog's "
    "repository, scientific-python/blog.scientific-python.org (commit %s of 2026-02-27; the text under CC BY 4.0 by "
    "LICENSE.txt; attribution in texts/sp79/COPYRIGHT), one source per post, chosen by a fixed rule that reads only "
    "the file list, blob sizes and front-matter draft values: the posts content/posts/.../NAME/index.md (%d), not "
    "drafts (%d), those of at most %s bytes of Markdown (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/scientific-python-blog.py from the posts' Markdown (git show of the mirror), posts by "
    "the fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with "
    "a blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph and table "
    "row; no front matter (the title, date and authors are not in the text); no typographic conversion; left out: "
    "fenced and indented code blocks, images, HTML comments, horizontal rules, paragraphs without a letter; inline "
    "code kept without backticks, links as their text, autolinks as their address, HTML tags dropped (their text "
    "kept), emphasis markers dropped, backslash escapes and entities resolved, white space runs made one space. "
    "Title = the front-matter title; published = the front matter's date (its day).")

NAME = r"content/posts/((?:[^/]+/)+)index\.md"


# Each post read once (posts.Posts), its text as git gives it (no byte
# order mark stripped).
reader = posts.Posts(mirror, COMMIT, strip_bom=False)
source, value = reader.source, reader.value


def day(path):
    """The front matter's date as YYYY-MM-DD."""
    return qaentry.published("", value(path, "date"))


def authors(front):
    """The front matter's authors, a "<handle>" after a name left out."""
    names = [re.sub(r"\s*<[^>]*>\s*$", "", a).strip() for a in mdtext.yaml_list(front, "authors")]
    return qaentry.join_names(names) if names else None


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = source(path)[1]
    assert "{{" not in body and "{%" not in body, path
    assert "{:" not in body, path
    assert "[^" not in body, path
    return mdtext.post_paragraphs(body)


def folders(path):
    return re.fullmatch(NAME, path).group(1)


def stem(path):
    """The post's folder name, lower-cased, other runs than a-z, 0-9 and
    "." as "-" (see the docstring)."""
    name = folders(path).rstrip("/").split("/")[-1]
    return re.sub(r"[^a-z0-9.]+", "-", name.lower()).strip("-")


# Candidates, from the file list, blob sizes and front-matter draft values only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: value(f[1], "draft") != "true",
    lambda f: f[2] <= BOUND,
])
assert counts == [82, 82, 27], counts
date = {f[1]: day(f[1]) for f in cands}
chosen = sorted(cands, key=lambda f: (date[f[1]], f[1]))
assert len(chosen) == 27 and sum(f[2] for f in chosen) == 113863

# Licence: LICENSE.txt puts the text under CC BY 4.0.
LICENSE = gitmirror.text(mirror, COMMIT, "LICENSE.txt")
HEAD = ("The code snippets are released under a BSD 3-Clause License\n"
        "while the text is released under Creative Common CC-BY-4.0\n"
        "https://creativecommons.org/licenses/by/4.0/\n")
assert LICENSE.startswith(HEAD), LICENSE[:400]
CONF = gitmirror.text(mirror, COMMIT, "config.yaml")
assert 'permalinks:\n  posts: "/:sections[1:]/:filename"\n' in CONF and "typographer" not in CONF

ids = qaentry.day_ids("sp")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"(this|the) (post|article|blog|content|text) is licen[cs]ed|creativecommons\.org|cc-by"
                         r"|all rights reserved|licen[cs]ed under", body, re.I), path
    assert not any(re.match(r"(slug|url|aliases):", l) for l in front), path
    d = date[path]
    assert d <= COMMIT_DAY, path
    fname, size = posts.write_post(out, "%s-%s" % (d, stem(path)), render(path),
                                   left=("<!--", "```", "{{", "{%", "</", "[^", "!["))
    total += size
    title = re.sub(r"\s+", " ", value(path, "title")).strip()
    by = authors(front)
    assert title and by, path
    sources.append({"id": ids(d), "title": title, "language": "en", "published": d, "file": "sp79/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s%s; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, by, SITE, folders(path).lower(), path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources) and len(set(s["id"] for s in sources)) == len(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], format(BOUND, ","),
                                       counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Scientific Python blog posts (scientific-python/blog.scientific-python.org, content/posts), CC BY 4.0, %d English posts of %s to %s

Work: posts of the Scientific Python blog
(https://blog.scientific-python.org/), written by the authors named
below (the front matter's authors), from the blog's repository
scientific-python/blog.scientific-python.org
(https://github.com/scientific-python/blog.scientific-python.org; the
copy used is a bare mirror at commit %s of 2026-02-27), Markdown files
%s.../NAME/index.md with a YAML front matter.

Copyright: the authors named with each post and the Scientific Python
project (LICENSE.txt: "Copyright (c) 2021--2022, Scientific Python
project", given for the BSD licence of the code).

Licence: the repository's LICENSE.txt says: "The code snippets are
released under a BSD 3-Clause License while the text is released under
Creative Common CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/".
No chosen post states another licence for its text. The texts are used,
and the adapted texts in this folder are distributed, under the
Creative Commons Attribution 4.0 International licence (CC BY 4.0),
whose text is at https://creativecommons.org/licenses/by/4.0/legalcode
(LICENSE.txt gives only the licence's address, so its text is not
copied here). As the licence says, the material is offered as-is,
without warranties (its section 5). Code snippets (BSD 3-Clause) are
left out.

Attribution: "The authors named below, Scientific Python blog
(blog.scientific-python.org), from
scientific-python/blog.scientific-python.org, CC BY 4.0". No endorsement
by the Scientific Python project, NumPy, SciPy, Matplotlib, NetworkX,
scikit-learn, the authors or the people, organisations and projects the
posts name is implied; the names of projects, organisations and
products are their owners'. Images and logos are not included.

Changes (the texts are an adaptation, as section 3(a)(1)(B) of the
licence asks to indicate): a selection of %d posts (by a fixed rule, see
scripts/qa-texts/scientific-python-blog.py), each rendered from
Markdown to plain text, one paragraph per line with a blank line
between (headings, list items, block-quote paragraphs and table rows as
paragraphs of their own); the front matter (title, date, authors), code
blocks, images, link targets and markup left out, so the texts are
shortened by these omissions. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's day, title, authors, address of
the post (not opened), source file in the repository and its address at
the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("sp79", entry, out, COPYRIGHT + "".join(items), len(sources), total)
