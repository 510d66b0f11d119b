#!/usr/bin/env python3
"""Builds the seventy-eighth QA set's collection (ec78): English posts of
the etcd blog (etcd.io/blog), the blog of etcd, the distributed
key-value store that Kubernetes keeps its state in: deployment notes,
Jepsen results, the 3.7 beta and release candidate, fuzzing, KubeCon,
sig-etcd, a large database, autonomous testing, upgrade failures and
zombie members, etcd-operator, and the security and patch releases of
2026, 2014 to 2026, from the site's repository, etcd-io/website (the
stored snapshot is the local bare mirror of that repository). The posts
are Hugo pages content/en/blog/YYYY/NAME.md with a YAML front matter
(title, date, author as one Markdown line, some draft: false). The
commit used is the mirror's newest, COMMIT
824597935df6e95992ef61c07e3222f4f796ca6c of 2026-08-20. The site is
built with Hugo and the Docsy theme (installed through npm, not part of
the mirror), which shows the title, date and author above the post, so
none of them is in the text.

Licence: LICENSE, at the repository's root, says: "Except as otherwise
noted, the content of this repository is licensed under the Creative
Commons Attribution 4.0 License [1], and code and code samples are
licensed under the Apache License, Version 2.0 [2]." with "Copyright
2013-present etcd Authors. All rights reserved." and the licence's text
(CC BY 4.0) below. The posts are content of the repository, and no
chosen post states another licence for its text (checked by the
script), so the texts are used, and the adapted texts shared, under CC
BY 4.0; texts/ec78/COPYRIGHT carries the attribution, LICENSE's
sentences, the changes and the licence's text in full. The script
checks LICENSE.

Which posts, by a fixed rule written down before any post's text was
read (only the root listing, the head of LICENSE, the last commit, the
file list of content/en/blog with the blob sizes, a few lines of
config.yaml, the front matter's title, author, date and draft lines
and the names of the shortcodes the posts use were looked at): candidates are the files under content/en/blog/
1. that are posts, content/en/blog/YYYY/NAME.md: 23 (all but _index.md);
2. that are not drafts (the front matter's "draft" is not true): 23;
3. whose Markdown is at most 14,000 bytes: 20, all taken (111,992
   bytes of Markdown).
The bound leaves out the three long release announcements (3.5, 3.6,
3.7, 23,001 to 26,001 bytes each); the brief's time limit allowed no
more than about 20 posts. Order: by the front matter's date, then the
path. The script asserts every count. The rule was not changed after
the texts were read.

Date = the front matter's date (YYYY-MM-DD); no chosen post lies after
COMMIT's day (checked). Title = the front matter's title; authors = the
front matter's author line with its links given as their text, else
"etcd Authors". Files are named YYYY-MM-DD-NAME.en.txt, NAME the file's
name without .md (not its year folder), lower-cased, with every run of
other characters than a-z, 0-9 and "." written "-" ("_" too). Address:
https://etcd.io/blog/YYYY/NAME/ in lower case (Hugo's default path, which
lower-cases it: config.yaml does not set disablePathToLower; no post
sets a slug, url or aliases, checked).

Before rendering, the script resolves the Docsy alert shortcodes of the
chosen posts ({{% alert title="..." %}} ... {{% /alert %}}): the title
becomes a paragraph of its own, followed by the content, as Docsy shows
an alert; any other "{{" or "{%" stops the script. Then mdtext.py
(Python 3, standard library only) renders, one paragraph per line with
a blank line between paragraphs: a paragraph per Markdown paragraph,
list item, heading and table body row ("Header: cell; Header: cell");
the front matter is not rendered. Left out: fenced and indented code
blocks, images, HTML comments, horizontal rules, paragraphs without a
letter. Inline: code spans kept without backticks; links give their
text; autolinks give the address; HTML tags dropped, their text kept;
emphasis markers dropped; backslash escapes and entities resolved;
white space runs made one space. No typographic conversion (Goldmark's
typographer, which the page applies, is not applied). Block quotes
(2020-01-30) become paragraphs as mdtext.py renders them; footnotes and
attribute lists stop the script. Any "<!--", "```", "{{",
"{%", "</", "[^" or "![" left in a text stops the script.

    scripts/qa-texts/etcd-blog.py \\
        /work/.mirror/etcd-io+website/repo \\
        retrieval/eval/testdata/qa/texts/ec78

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/ec78 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(posts.write_post), writes texts/ec78/COPYRIGHT, puts the ec78 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are ec-YYYY-MM-DD (by the
date), with -2 for a second post of the same day; published = the
date. Running it twice gives the same files byte for byte. The shared
helpers (gitmirror, mdtext, posts, qaentry) are used as they are; a
table written without outer pipes gets them from mdtext.table_pipes,
shared with the other builder of 2026 that needs it."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # write_post, shared with the other blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "824597935df6e95992ef61c07e3222f4f796ca6c"  # 2026-08-20
COMMIT_DAY = "2026-08-20"
FOLDER = "content/en/blog/"
BOUND = 14000
REPO = "https://github.com/etcd-io/website/blob/%s/" % COMMIT
SITE = "https://etcd.io"
mirror, out = arguments("ec78")

DESCRIPTION = ("Seventy-eighth set: %d English posts of the etcd blog (etcd.io/blog), the blog of etcd, the "
    "distributed key-value store of Kubernetes: deployment notes (FreeBSD, Container Linux, AWS), Jepsen results, the "
    "3.7 beta and release candidate, continuous fuzzing, KubeCon NA 2023, "
    "sig-etcd, debugging a large database, autonomous testing, upgrade failures from 3.5 to 3.6 and zombie members, "
    "etcd-operator, and security and patch releases of 2026, dated %s to %s, from the site's repository, "
    "etcd-io/website (commit %s of 2026-08-20; the content under CC BY 4.0 by LICENSE; attribution and licence in "
    "texts/ec78/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, blob sizes "
    "and front-matter draft values: the posts content/en/blog/YYYY/NAME.md (%d), not drafts (%d), those of at most "
    "%s bytes of Markdown (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/etcd-blog.py from the posts' Markdown (git show of the mirror), posts by the fixed "
    "rule in the script, Docsy alert shortcodes resolved (an alert as its title and content), rendered as plain text "
    "by scripts/qa-texts/mdtext.py, one paragraph per line with a blank line between: a paragraph per Markdown "
    "paragraph, list item, heading and table row; no front matter (the title, date and authors are not in the text); "
    "no typographic conversion (Goldmark's typographer is not applied); left out: fenced and indented code blocks, "
    "images, HTML comments, horizontal rules, paragraphs without a letter; inline code kept without backticks, links "
    "as their text, autolinks as their address, HTML tags dropped (their text kept), emphasis markers dropped, "
    "backslash escapes and entities resolved, white space runs made one space. Title = the front-matter title; "
    "published = the front matter's date.")

NAME = r"content/en/blog/([0-9]{4}/[^/]+)\.md"


# Each post read once (posts.Posts), its text as git gives it (no byte
# order mark stripped).
reader = posts.Posts(mirror, COMMIT, strip_bom=False)
source, value = reader.source, reader.value


def day(path):
    """The front matter's date as YYYY-MM-DD."""
    return qaentry.published("", value(path, "date"))


def authors(front):
    """The front matter's author string (a Markdown line) with its links
    given as their text, or None."""
    for l in front:
        m = re.match(r"author:\s*(.*?)\s*$", l)
        if m:
            return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", mdtext.yaml_scalar(m.group(1))).strip()
    return None


CONF = gitmirror.text(mirror, COMMIT, "config.yaml")


def shortcodes(body, path):
    """Resolves the Docsy alerts of the chosen posts (its title as a
    paragraph of its own, then its content, as Docsy shows an alert); any
    other shortcode left stops the script."""
    body = re.sub(r"\{\{% alert title=\"([^\"]+)\"[^%]*%\}\}[ \t]*\n", r"\1\n\n", body)
    body = re.sub(r"\{\{% /alert %\}\}[ \t]*\n", "", body)
    assert "{{" not in body and "{%" not in body, path
    return body


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = shortcodes(source(path)[1], path)
    assert "{:" not in body, path
    assert "[^" not in body, path
    return mdtext.post_paragraphs(body)


def stem(path):
    """The file name without .md (not its year folder), lower-cased,
    other runs than a-z, 0-9 and "." as "-" (see the docstring)."""
    name = re.fullmatch(NAME, path).group(1).split("/")[1]
    return re.sub(r"[^a-z0-9.]+", "-", name.lower()).strip("-")


# Candidates, from the file list, blob sizes and front-matter draft values only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: value(f[1], "draft") != "true",
    lambda f: f[2] <= BOUND,
])
assert counts == [23, 23, 20], counts
date = {f[1]: day(f[1]) for f in cands}
chosen = sorted(cands, key=lambda f: (date[f[1]], f[1]))
assert len(chosen) == 20 and sum(f[2] for f in chosen) == 111992

# Licence: LICENSE puts the content under CC BY 4.0 and gives its text.
LICENSE = gitmirror.text(mirror, COMMIT, "LICENSE")
HEAD = ("Except as otherwise noted, the content of this repository is licensed under the\n"
        "Creative Commons Attribution 4.0 License [1], and code and code samples are\n"
        "licensed under the Apache License, Version 2.0 [2].\n\n"
        "Copyright 2013-present etcd Authors. All rights reserved.\n\n"
        "[1]: https://creativecommons.org/licenses/by/4.0, a copy is included below.\n"
        "[2]: https://apache.org/licenses/LICENSE-2.0\n\n---\n\n")
assert LICENSE.startswith(HEAD), LICENSE[:400]
CCBY = LICENSE[len(HEAD):]
assert CCBY.startswith("Creative Commons Attribution 4.0 International\n")
assert "Creative Commons Attribution 4.0 International Public License" in CCBY
assert "  copyright:\n    from_year: 2013\n" in CONF and "goldmark:" in CONF

ids = qaentry.day_ids("ec")
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
    by = authors(front) or "etcd Authors"
    assert title and by, path
    sources.append({"id": ids(d), "title": title, "language": "en", "published": d, "file": "ec78/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s/blog/%s/; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, by, SITE, re.fullmatch(NAME, path).group(1).lower(), path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources) and len(set(s["id"] for s in sources)) == len(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], format(BOUND, ","),
                                       counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """etcd blog posts (etcd-io/website, content/en/blog), CC BY 4.0, %d English posts of %s to %s

Work: posts of the etcd blog (https://etcd.io/blog/), written by the
authors named below (the author line of the front matter, its links
given as their text; posts without one are the etcd Authors', the
copyright holder LICENSE names), from the site's repository
etcd-io/website (https://github.com/etcd-io/website; the copy used is
a bare mirror at commit %s of 2026-08-20), Markdown files
%sYYYY/NAME.md with a YAML front matter.

Copyright: the etcd Authors and the authors named with each post
(LICENSE: "Copyright 2013-present etcd Authors.").

Licence: the repository's LICENSE says: "Except as otherwise noted, the
content of this repository is licensed under the Creative Commons
Attribution 4.0 License [1], and code and code samples are licensed
under the Apache License, Version 2.0 [2]." ([1]:
https://creativecommons.org/licenses/by/4.0 , whose text LICENSE gives;
it follows at the end of this file). No chosen post states another
licence for its text. The texts are used, and the adapted texts in this
folder are distributed, under CC BY 4.0. As the licence says, the
material is offered as-is, without warranties (its section 5).

Attribution: "The etcd Authors and the authors named below, etcd blog
(etcd.io/blog), from etcd-io/website, CC BY 4.0". No endorsement by the
etcd project, the Cloud Native Computing Foundation, the authors or the
people, companies and projects the posts name is implied; the names of
etcd and of other projects, companies and products are their owners'.
Images and logos are not included.

Changes (the texts are an adaptation, as section 3(a)(1)(B) of the
licence asks to indicate): a selection of %d posts (by a fixed rule, see
scripts/qa-texts/etcd-blog.py), each rendered from Markdown to plain
text, one paragraph per line with a blank line between (headings, list
items and table rows as paragraphs of their own); the front matter
(title, date, authors), code blocks, images, link targets and markup
left out, so the texts are shortened by these omissions. No wording was
changed; typos of the originals are kept.

Files (name, date = the front matter's date, title, authors, address of
the post on etcd.io (/blog/YYYY/NAME/), source file in the repository
and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
TAIL = ("\nThe Creative Commons Attribution 4.0 International Public License, as the repository's LICENSE (at the "
        "commit above) gives it:\n\n" + CCBY.strip("\n") + "\n")
# COPYRIGHT, and collections.json only when writing the default folder.
finish("ec78", entry, out, COPYRIGHT + "".join(items) + TAIL, len(sources), total)
