#!/usr/bin/env python3
"""Builds the seventy-seventh QA set's collection (gp77): English posts of
the gRPC blog (grpc.io/blog), the blog of the gRPC project, the open
source remote procedure call framework: its motivation and design
principles, the beta and 1.0 releases, easy installation, Google Cloud
Pub/Sub, REST and OpenAPI through CoreOS's gateway, users' stories
(VSCO, Helm), FlatBuffers, a community meeting, the meetup kit, the
survey, JUnit clean-up, Kotlin, language stacks, "Dear gRPC", .NET Core,
CMake, Cloud Run, gRPC-JS 1.0, gRPConf 2023 to 2025 and gRPC Day,
proxyless gRPC in Cloud Service Mesh, the announce mailing list, gRPC
and AI, and gRPC for Rust (Tonic, the preview release, the roadmap),
2015 to 2026, from the site's repository, grpc/grpc.io (the stored
snapshot is the local bare mirror of that repository). The posts are
Hugo pages content/en/blog/NAME.md with a YAML front matter (title,
date, author with name and a few link, position, blurb or guest, or
authors as a list, some spelling lists and a thumbnail). The commit
used is the mirror's newest, COMMIT
028a1d2a6d59daea0e496b3e68789bb60fa69f4a of 2026-07-06. The site is
built with Hugo and the Docsy theme (a submodule, themes/docsy, not
part of the mirror); Docsy's blog page shows the title, the date and
the author above the post, so none of them is in the text.

Licence: LICENSE, at the repository's root, says: "Except as otherwise
noted, the content of this repository is licensed under the Creative
Commons Attribution 4.0 License [1], and code and code samples are
licensed under the Apache License, Version 2.0 [2]." with "Copyright
2015-present gRPC Authors. All rights reserved." and the licence's
text (CC BY 4.0) below. The posts are content of the repository, and no
chosen post states another licence for its text (checked by the
script), so the texts are used, and the adapted texts shared, under CC
BY 4.0; texts/gp77/COPYRIGHT carries the attribution (the gRPC Authors,
each post's authors by name), LICENSE's sentences, the changes and the
licence's text in full. The script checks LICENSE.

Which posts, by a fixed rule written down before any post's text was
read (only the root listing, the head of LICENSE, the last three
commits, the file list of content/en/blog with the blob sizes and the
front matter's key names and its date and draft values were looked
at): candidates are the files in content/en/blog/
1. that are posts, content/en/blog/NAME.md, NAME not "_index": 59;
2. that are not drafts (the front matter's "draft" is not true): 59;
3. whose Markdown is at most 6,000 bytes: 34, all taken (96,970 bytes
   of Markdown).
The bound keeps the collection short enough to read in full: the 59
posts are 391,146 bytes. Other options looked at (counts only): all
posts up to 5,000 (30 posts, 75,421 bytes), 7,000 (38, 123,275),
8,000 (40) or 10,000 bytes (48); posts of 2016 and later up to 7,000
bytes (36); of 2017 and later up to 8,000 (31); of 2018 and later up to
10,000 (34). Order: by the front matter's date, then the path. The
script asserts every count. The rule was not changed after the texts
were read. The result: 34 posts of 2015-09-08 to 2026-06-02 (2 of
2015, 5 of 2016, 4 of 2017, 4 of 2018, 2 of 2019, 4 of 2020, 3 of
2023, 5 of 2024, 2 of 2025, 3 of 2026), 69,035 bytes of text in 446
paragraphs.

Date = the front matter's date, its day (YYYY-MM-DD); no chosen post
lies after COMMIT's day (checked). Title = the front matter's title;
authors = the names of the front matter's author or authors, else the
site's copyright holder, "gRPC Authors" (config.yaml: params.copyright).
Files are named YYYY-MM-DD-NAME.en.txt, NAME the file's name without
.md, lower-cased, with every run of other characters than a-z, 0-9 and
"." written "-". Address: https://grpc.io/blog/NAME/ (Hugo's default
path for a page of the blog section; no post sets a slug or url,
checked).

Hugo renders the body with Goldmark (config.yaml: goldmark with
unsafe HTML). Before rendering, the script resolves the Hugo shortcodes
of the chosen posts: the alert of 2018-06-19 becomes its title as a
paragraph of its own and its content ({{% alert title="..." %}} ...
{{% /alert %}}, as Docsy shows an alert), the relref of that alert a
plain link target, the param of 2016-04-04 (in a link target) the value
config.yaml gives it, and the YouTube embed of 2024-09-12 is left out;
the table of 2016-04-04, written without outer pipes, gets them, so
that it is read as a table. Then mdtext.py (Python 3, standard library
only) renders, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading and
table body row ("Header: cell; Header: cell"); the front matter is not
rendered (nor the author's blurb it carries). Left out: fenced and
indented code blocks (code, commands, output), images (Markdown images
and HTML img tags), HTML comments ("<!--more-->"), horizontal rules,
paragraphs without a letter. Inline: code spans kept without
backticks; links give their text; autolinks give the address; HTML
tags dropped, their text kept; emphasis markers dropped; backslash
escapes and entities resolved ("&amp;"); white space runs made one
space. No typographic conversion: Goldmark's typographer, which the
page applies (curly quotes, "--" as an en dash, "..." as an ellipsis),
is not applied, so the texts keep the source's characters, as the
earlier Hugo builders do. The chosen posts have no footnotes, block
quotes or attribute lists (checked). Any "<!--", "```", "{{", "{%",
"</", "[^" or "![" left in a text stops the script.

    scripts/qa-texts/grpc-blog.py \\
        /work/.mirror/grpc+grpc.io/repo \\
        retrieval/eval/testdata/qa/texts/gp77

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/gp77 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(posts.write_post), writes texts/gp77/COPYRIGHT, puts the gp77 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are gp-YYYY-MM-DD (by the
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

COMMIT = "028a1d2a6d59daea0e496b3e68789bb60fa69f4a"  # 2026-07-06
COMMIT_DAY = "2026-07-06"
FOLDER = "content/en/blog/"
BOUND = 6000
REPO = "https://github.com/grpc/grpc.io/blob/%s/" % COMMIT
SITE = "https://grpc.io"
mirror, out = arguments("gp77")

DESCRIPTION = ("Seventy-seventh set: %d English posts of the gRPC blog (grpc.io/blog), the blog of the gRPC project, "
    "the open source remote procedure call framework: its design principles, the beta and 1.0 releases, installation, "
    "Cloud Pub/Sub, REST gateways, users' stories (VSCO, Helm), FlatBuffers, a community meeting, the meetup kit, "
    "the survey, JUnit clean-up, Kotlin, language stacks, .NET Core, CMake, Cloud Run, gRPC-JS 1.0, gRPConf 2023 to "
    "2025 and gRPC Day, proxyless gRPC, the announce mailing list, gRPC and AI, and gRPC for Rust, dated %s to %s, "
    "from the site's repository, grpc/grpc.io (commit %s of 2026-07-06; the content under CC BY 4.0 by LICENSE; "
    "attribution and licence in texts/gp77/COPYRIGHT), one source per post, chosen by a fixed rule that reads only "
    "the file list, blob sizes and front-matter draft values: the posts content/en/blog/NAME.md (%d), not drafts "
    "(%d), those of at most %s bytes of Markdown (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/grpc-blog.py from the posts' Markdown (git show of the mirror), posts by the fixed "
    "rule in the script, Hugo shortcodes resolved (an alert as its title and content, a param as its value, a YouTube "
    "embed left out), rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a blank line "
    "between: a paragraph per Markdown paragraph, list item, heading and table row; no front matter (the title, date "
    "and authors, which the site prints above the post, are not in the text); no typographic conversion (Goldmark's "
    "typographer is not applied: straight quotes and -- as written); left out: fenced and indented code blocks, "
    "images, HTML comments, horizontal rules, paragraphs without a letter; inline code kept without backticks, links "
    "as their text, autolinks as their address, HTML tags dropped (their text kept), emphasis markers dropped, "
    "backslash escapes and entities resolved, white space runs made one space. Title = the front-matter title; "
    "published = the front matter's date.")

NAME = r"content/en/blog/([^/]+)\.md"


# Each post read once (posts.Posts), its text as git gives it (no byte
# order mark stripped).
reader = posts.Posts(mirror, COMMIT, strip_bom=False)
source, value = reader.source, reader.value


def day(path):
    """The front matter's date as YYYY-MM-DD."""
    return qaentry.published("", value(path, "date"))


def authors(front):
    """The names of the front matter's author (a map) or authors (a list
    of maps), in their order."""
    names, inside = [], False
    for l in front:
        if re.match(r"authors?:\s*$", l):
            inside = True
            continue
        if inside and l and not l.startswith((" ", "-")):
            inside = False
        m = re.match(r"\s*(?:-\s+)?name:\s*(.*?)\s*$", l) if inside else None
        if m:
            names.append(mdtext.yaml_scalar(m.group(1)))
    return names


CONF = gitmirror.text(mirror, COMMIT, "config.yaml")
CORE = re.search(r"\n    core: (v[0-9.]+)\n", CONF).group(1)


def shortcodes(body, path):
    """Resolves the Hugo shortcodes of the chosen posts (see the
    docstring); any other left stops the script."""
    body = re.sub(r"\{\{% alert title=\"([^\"]+)\"[^%]*%\}\}\n", r"\1\n\n", body)
    body = body.replace("{{% /alert %}}\n", "")
    body = re.sub(r"\{\{<\s*relref \"([a-z0-9-]+)\"\s*>\}\}", r"/blog/\1/", body)
    body = body.replace("{{< param grpc_vers.core >}}", CORE)
    body = re.sub(r"(?m)^\{\{< youtube [^\n]*>\}\}\n", "", body)
    assert "{{" not in body and "{%" not in body, path
    return body


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = shortcodes(source(path)[1], path)
    assert "{:" not in body, path
    assert not re.search(r"(?m)\[\^|^ {0,3}>", body), path
    return mdtext.post_paragraphs(body)


def stem(path):
    """The file name without .md, lower-cased, other runs than a-z, 0-9
    and "." as "-" (see the docstring)."""
    return re.sub(r"[^a-z0-9.]+", "-", re.fullmatch(NAME, path).group(1).lower()).strip("-")


# Candidates, from the file list, blob sizes and front-matter draft values only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]) and f[0] != "_index.md",
    lambda f: value(f[1], "draft") != "true",
    lambda f: f[2] <= BOUND,
])
assert counts == [59, 59, 34], counts
date = {f[1]: day(f[1]) for f in cands}
chosen = sorted(cands, key=lambda f: (date[f[1]], f[1]))
assert len(chosen) == 34 and sum(f[2] for f in chosen) == 96970

# Licence: LICENSE puts the content under CC BY 4.0 and gives its text.
LICENSE = gitmirror.text(mirror, COMMIT, "LICENSE")
HEAD = ("Except as otherwise noted, the content of this repository is licensed under the\n"
        "Creative Commons Attribution 4.0 License [1], and code and code samples are\n"
        "licensed under the Apache License, Version 2.0 [2].\n\n"
        "Copyright 2015-present gRPC Authors. All rights reserved.\n\n"
        "[1]: https://creativecommons.org/licenses/by/4.0, a copy is included below.\n"
        "[2]: https://apache.org/licenses/LICENSE-2.0\n\n---\n\n")
assert LICENSE.startswith(HEAD), LICENSE[:400]
CCBY = LICENSE[len(HEAD):]
assert CCBY.startswith("Creative Commons Attribution 4.0 International\n")
assert "Creative Commons Attribution 4.0 International Public License" in CCBY
assert "  copyright: gRPC Authors\n" in CONF and "theme: [docsy]" in CONF and "goldmark:" in CONF

ids = qaentry.day_ids("gp")
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
    by = qaentry.join_names(authors(front) or ["gRPC Authors"])
    assert title and by, path
    sources.append({"id": ids(d), "title": title, "language": "en", "published": d, "file": "gp77/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s/blog/%s/; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code, images and embeds left out\n"
                 % (fname, d, title, by, SITE, re.fullmatch(NAME, path).group(1), path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources) and len(set(s["id"] for s in sources)) == len(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], format(BOUND, ","),
                                       counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """gRPC blog posts (grpc/grpc.io, content/en/blog), CC BY 4.0, %d English posts of %s to %s

Work: posts of the gRPC blog (https://grpc.io/blog/), written by the
authors named below (the names the front matter gives as author or
authors; posts without one are the gRPC Authors', the site's copyright
holder), from the site's repository grpc/grpc.io
(https://github.com/grpc/grpc.io; the copy used is a bare mirror at
commit %s of 2026-07-06), Markdown files %sNAME.md with a YAML front
matter.

Copyright: the gRPC Authors and the authors named with each post
(LICENSE: "Copyright 2015-present gRPC Authors.").

Licence: the repository's LICENSE says: "Except as otherwise noted, the
content of this repository is licensed under the Creative Commons
Attribution 4.0 License [1], and code and code samples are licensed
under the Apache License, Version 2.0 [2]." ([1]:
https://creativecommons.org/licenses/by/4.0 , whose text LICENSE gives;
it follows at the end of this file). No chosen post states another
licence for its text. The texts are used, and the adapted texts in this
folder are distributed, under CC BY 4.0. As the licence says, the
material is offered as-is, without warranties (its section 5).

Attribution: "The gRPC Authors and the authors named below, gRPC blog
(grpc.io/blog), from grpc/grpc.io, CC BY 4.0". No endorsement by the
gRPC project, the Cloud Native Computing Foundation, Google, the authors
or the people, companies and projects the posts name is implied;
the names of the gRPC project and of other projects, companies and
products are their owners'. Images, videos and logos are not included.

Changes (the texts are an adaptation, as section 3(a)(1)(B) of the
licence asks to indicate): a selection of %d posts (by a fixed rule, see
scripts/qa-texts/grpc-blog.py), each rendered from Markdown to plain
text, one paragraph per line with a blank line between (headings, list
items and table rows as paragraphs of their own); the front matter
(title, date, authors, blurbs, thumbnails), code blocks, images, an
embedded video, link targets and markup left out, so the texts are
shortened by these omissions. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's date, title, authors, address of
the post on grpc.io (/blog/NAME/), source file in the repository and its
address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
TAIL = ("\nThe Creative Commons Attribution 4.0 International Public License, as the repository's LICENSE (at the "
        "commit above) gives it:\n\n" + CCBY.strip("\n") + "\n")
# COPYRIGHT, and collections.json only when writing the default folder.
finish("gp77", entry, out, COPYRIGHT + "".join(items) + TAIL, len(sources), total)
