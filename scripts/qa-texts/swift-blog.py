#!/usr/bin/env python3
"""Builds the seventy-sixth QA set's collection (sw76): English posts of
the Swift.org blog (swift.org/blog), the blog of the Swift programming
language project: MLX Swift, Google Summer of Code 2024 and its 2025
showcases, the Swift Server Workgroup's update of 2024, Embedded Swift
examples and the improvements coming in Swift 6.4, the move to the
swiftlang GitHub organisation, the Swift 6 readiness of packages, Swift
Homomorphic Encryption, SwiftNIO Oblivious HTTP, Swift Build, the VS
Code extension 2.0, gRPC Swift 2, swiftly 1.0, FOSDEM 2025, the
redesigned swift.org, the Android SDK, the Temporal SDK, the Windows
and Networking workgroups, Swift System Metrics 1.0, IDE support on
Open VSX, the Swift Package Index and the monthly "What's new in Swift"
digests of 2026, 2024 to 2026, from the site's repository,
swiftlang/swift-org-website (the stored snapshot is the local bare
mirror of that repository). The posts are Jekyll posts
_posts/YYYY-MM-DD-NAME.md with a YAML front matter (layout, published,
date, title, author as a list of handles of _data/authors.yml,
category, a few description, featured-image or excerpt_separator). The
commit used is the mirror's newest, COMMIT
cc9c66d57a4046eae3a826a5436336b2c2ddcdb7 of 2026-08-22. The post
layout (_layouts/new-layouts/post.html) prints the title, the authors
and the date above the post, so none of them is in the text.

Licence: LICENSE.md, at the repository's root, says: "Licensed under
Apache 2.0 (License.txt), with the exception of content in _posts which
is licensed under the Creative Commons Attribution 4.0 International
License (CC-BY-4.0.txt)"; CC-BY-4.0.txt is the licence's text. The
posts are the content of _posts, and no chosen post states a licence of
its own for its text (checked by the script), so the texts are used,
and the adapted texts shared, under CC BY 4.0; texts/sw76/COPYRIGHT
carries the attribution (the Swift.org blog's authors, each post's
authors by name), LICENSE.md's sentence, the changes and
CC-BY-4.0.txt in full. The script checks LICENSE.md and
CC-BY-4.0.txt.

Which posts, by a fixed rule written down before any post's text was
read (only the root listing, LICENSE.md, _config.yml, the file list of
_posts with the blob sizes and the front matter's key names and its
date, published, category and layout values were looked at):
candidates are the files in _posts/
1. that are posts, _posts/YYYY-M(M)-D(D)-NAME.md: 172;
2. that are published (the front matter's "published" is not false):
   172;
3. whose front matter's date (its day, YYYY-M(M)-D(D)) is 2024-01-01
   or later: 57;
4. whose Markdown is at most 8,000 bytes: 29, all taken (140,745
   bytes of Markdown).
The bounds keep the collection recent and short enough to read in full:
the 172 posts are 1,519,062 bytes. Other options looked at (counts
only): posts of 2023 and later up to 6,000 (24 posts, 91,963 bytes) or
8,000 bytes (36, 174,995); of 2024 and later up to 6,000 (19) or
10,000 bytes (42, 252,653); of 2025 and later up to 8,000 (21) or
10,000 bytes (32, 196,939). Order: by the front matter's date, then the
path. The script asserts every count. The rule was not changed after
the texts were read. The result: 29 posts of 2024-02-20 to 2026-08-20
(8 of 2024, 10 of 2025, 11 of 2026), 103,504 bytes of text in 606
paragraphs.

Date = the front matter's date, its day (YYYY-MM-DD; it equals
the file name's date for every chosen post, checked); _config.yml has
"future: true", and no chosen post lies after COMMIT's day (checked).
Title = the front matter's title; authors = the names that
_data/authors.yml gives the front matter's handles (as the page shows
them). Files are named YYYY-MM-DD-NAME.en.txt by the file name,
lower-cased, with every run of other characters than a-z, 0-9 and "."
written "-". Address: https://www.swift.org/blog/NAME/ (_config.yml's
permalink for posts, "/blog/:title/", :title being the file name
without its date).

Jekyll renders the body with kramdown (_config.yml: kramdown with the
rouge highlighter). mdtext.py (Python 3, standard library only)
renders, one paragraph per line with a blank line between paragraphs: a
paragraph per Markdown paragraph, list item, heading and block-quote
paragraph; the front matter is not rendered. Left out: fenced and
indented code blocks (code, commands, output), images (Markdown images
and the HTML img tags of four posts), HTML comments, horizontal rules,
paragraphs without a letter. Inline: code spans kept without backticks;
links give their text; autolinks give the address; HTML tags dropped,
their text kept (the captions of the HTML figure blocks stay as
paragraphs); emphasis markers dropped; backslash escapes and entities
resolved ("&mdash;"); white space runs made one space. No typographic
conversion: kramdown's smart quotes and dashes, which the page shows
(curly quotes, "--" as an en dash), are not applied, so the texts keep
the source's straight quotes, as the earlier Jekyll builders do. The
chosen posts have no Liquid tags, tables, footnotes, link reference
definitions or attribute lists (checked). Any "<!--", "```", "{{",
"{%", "</", "[^" or "![" left in a text stops the script.

    scripts/qa-texts/swift-blog.py \\
        /work/.mirror/swiftlang+swift-org-website/repo \\
        retrieval/eval/testdata/qa/texts/sw76

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/sw76 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(posts.write_post), writes texts/sw76/COPYRIGHT, puts the sw76 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are sw-YYYY-MM-DD (by the
date), with -2 for a second post of the same day; published = the
date. Running it twice gives the same files byte for byte. The shared
helpers (gitmirror, mdtext, posts, qaentry) are used unchanged."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # write_post, shared with the other blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "cc9c66d57a4046eae3a826a5436336b2c2ddcdb7"  # 2026-08-22
COMMIT_DAY = "2026-08-22"
FOLDER = "_posts/"
SINCE = "2024-01-01"
BOUND = 8000
REPO = "https://github.com/swiftlang/swift-org-website/blob/%s/" % COMMIT
SITE = "https://www.swift.org"
mirror, out = arguments("sw76")

DESCRIPTION = ("Seventy-sixth set: %d English posts of the Swift.org blog (swift.org/blog), the blog of the Swift "
    "programming language project: MLX Swift, Google Summer of Code 2024 and two showcases of 2025, the Swift Server "
    "Workgroup's update of 2024, Embedded Swift, the swiftlang GitHub organisation, Swift 6 readiness, Swift "
    "Homomorphic Encryption, SwiftNIO Oblivious HTTP, Swift Build, the VS Code extension, gRPC Swift 2, swiftly 1.0, "
    "FOSDEM 2025, the redesigned swift.org, the Android SDK, the Temporal SDK, the Windows and Networking "
    "workgroups, Swift System Metrics 1.0, IDE support on Open VSX, the Swift Package Index and the monthly \"What's "
    "new in Swift\" digests of 2026, dated %s to %s, from the site's repository, swiftlang/swift-org-website (commit "
    "%s of 2026-08-22; the posts under CC BY 4.0 by LICENSE.md; attribution and licence in texts/sw76/COPYRIGHT), "
    "one source per post, chosen by a fixed rule that reads only the file list, blob sizes and front-matter dates: "
    "the posts _posts/YYYY-MM-DD-NAME.md (%d), published (%d), dated %s or later (%d), those of at most %s bytes of "
    "Markdown (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/swift-blog.py from the posts' Markdown (git show of the mirror), posts by the fixed "
    "rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a blank "
    "line between: a paragraph per Markdown paragraph, list item, heading and block-quote paragraph; no front matter "
    "(the title, authors and date, which the site prints above the post, are not in the text); no typographic "
    "conversion (kramdown's smart quotes and dashes are not applied: straight quotes and -- as written); left out: "
    "fenced and indented code blocks, images, HTML comments, horizontal rules, paragraphs without a letter; inline "
    "code kept without backticks, links as their text, autolinks as their address, HTML tags dropped (their text "
    "kept), emphasis markers dropped, backslash escapes and entities resolved, white space runs made one space. "
    "Title = the front-matter title; published = the front matter's date.")

NAME = r"_posts/(\d{4})-(\d{1,2})-(\d{1,2})-([^/]+)\.md"


def source(path):
    """The front matter's lines and the body after it."""
    return mdtext.front_lines(gitmirror.text(mirror, COMMIT, path))


def value(path, key):
    return mdtext.yaml_value(source(path)[0], key)


def day(path):
    """The front matter's date as YYYY-MM-DD (a few old posts write the
    month or day with one digit, "2016-1-29")."""
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})\b", value(path, "date"))
    return qaentry.published("", "%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3))))


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = source(path)[1]
    assert "\t" not in body and "{{" not in body and "{%" not in body and "{:" not in body, path
    assert not re.search(r"(?m)^ {0,3}\[[^\]]+\]:|\[\^|^\|", body), path
    return mdtext.paragraphs(mdtext.drop_elements(body))


def stem(path):
    """The file name without .md, lower-cased, other runs than a-z, 0-9
    and "." as "-" (see the docstring)."""
    return re.sub(r"[^a-z0-9.]+", "-", path[len(FOLDER):-3].lower()).strip("-")


def authors_yml():
    """The handles of _data/authors.yml and their names."""
    names, handle = {}, None
    for l in gitmirror.text(mirror, COMMIT, "_data/authors.yml").split("\n"):
        m = re.fullmatch(r"([A-Za-z0-9_.-]+):\s*", l)
        if m:
            handle = m.group(1)
            continue
        m = re.fullmatch(r"\s+name:\s*(.*?)\s*", l)
        if m and handle:
            names[handle] = mdtext.yaml_scalar(m.group(1))
    return names


# Candidates, from the file list, blob sizes and front-matter dates only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: value(f[1], "published") != "false",
    lambda f: day(f[1]) >= SINCE,
    lambda f: f[2] <= BOUND,
])
assert counts == [172, 172, 57, 29], counts
date = {f[1]: day(f[1]) for f in cands}
chosen = sorted(cands, key=lambda f: (date[f[1]], f[1]))
assert len(chosen) == 29 and sum(f[2] for f in chosen) == 140745

# Licence: LICENSE.md puts _posts under CC BY 4.0 (CC-BY-4.0.txt).
LICENSE_MD = gitmirror.text(mirror, COMMIT, "LICENSE.md")
assert LICENSE_MD.strip() == ("Licensed under Apache 2.0 (License.txt), with the exception of content in _posts which "
                              "is licensed under the Creative Commons Attribution 4.0 International License "
                              "(CC-BY-4.0.txt)"), LICENSE_MD
CCBY = gitmirror.text(mirror, COMMIT, "CC-BY-4.0.txt")
assert CCBY.startswith("Attribution 4.0 International\n")
assert "Creative Commons Attribution 4.0 International Public License" in CCBY
CONF = gitmirror.text(mirror, COMMIT, "_config.yml")
assert "permalink: /blog/:title/" in CONF and "kramdown:" in CONF and "future: true" in CONF
NAMES = authors_yml()

ids = qaentry.day_ids("sw")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"(this|the) (post|article|blog|content|text) is licen[cs]ed|creativecommons\.org|cc-by"
                         r"|all rights reserved", body, re.I), path
    d = date[path]
    m = re.fullmatch(NAME, path)
    assert d == "%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3))) and d <= COMMIT_DAY, path
    fname, size = posts.write_post(out, stem(path), render(path),
                                   left=("<!--", "```", "{{", "{%", "</", "[^", "!["))
    total += size
    title = re.sub(r"\s+", " ", value(path, "title")).strip()
    handles = re.fullmatch(r"\[(.*)\]|([\w.-]+)", value(path, "author"))
    handles = (handles.group(1) or handles.group(2)).split(",")  # a list of handles, or one
    by = qaentry.join_names([NAMES[h.strip()] for h in handles])
    assert title and by, path
    sources.append({"id": ids(d), "title": title, "language": "en", "published": d, "file": "sw76/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s/blog/%s/; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, by, SITE, m.group(4), path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources) and len(set(s["id"] for s in sources)) == len(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], SINCE, counts[2],
                                       format(BOUND, ","), counts[3]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Swift.org blog posts (swiftlang/swift-org-website, _posts), CC BY 4.0, %d English posts of %s to %s

Work: posts of the Swift.org blog (https://www.swift.org/blog/), written
by the authors named below (the names _data/authors.yml gives the front
matter's author handles, as the page shows them), from the site's
repository swiftlang/swift-org-website
(https://github.com/swiftlang/swift-org-website; the copy used is a bare
mirror at commit %s of 2026-08-22), Markdown files
%sYYYY-MM-DD-NAME.md with a YAML front matter.

Copyright: the authors named with each post.

Licence: the repository's LICENSE.md says: "Licensed under Apache 2.0
(License.txt), with the exception of content in _posts which is
licensed under the Creative Commons Attribution 4.0 International
License (CC-BY-4.0.txt)". CC-BY-4.0.txt is the Creative Commons
Attribution 4.0 International Public License (CC BY 4.0; its full text
follows at the end of this file), https://creativecommons.org/licenses/by/4.0/ .
No chosen post states another licence for its text. The texts are used,
and the adapted texts in this folder are distributed, under CC BY 4.0.
As the licence says, the material is offered as-is, without warranties
(its section 5).

Attribution: "The authors named below, Swift.org blog (swift.org/blog),
from swiftlang/swift-org-website, CC BY 4.0". No endorsement by the
Swift project, Apple Inc., the authors or the people, companies and
projects the posts name is implied; "Swift" and the Swift logo are
trademarks of Apple Inc., and the names of other projects, companies
and products are their owners'. Images, animations and logos are not
included.

Changes (the texts are an adaptation, as section 3(a)(1)(B) of the
licence asks to indicate): a selection of %d posts (by a fixed rule, see
scripts/qa-texts/swift-blog.py), each rendered from Markdown to plain
text, one paragraph per line with a blank line between (headings, list
items and block-quote paragraphs as paragraphs of their own); the front
matter (title, date, authors, category, images, description), code
blocks, images, link targets and markup left out, so the texts are
shortened by these omissions. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's date, title, authors, address of
the post on swift.org (/blog/NAME/), source file in the repository and
its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
TAIL = ("\nThe Creative Commons Attribution 4.0 International Public License, as the repository's CC-BY-4.0.txt (at "
        "the commit above) gives it:\n\n" + CCBY.strip("\n") + "\n")
# COPYRIGHT, and collections.json only when writing the default folder.
finish("sw76", entry, out, COPYRIGHT + "".join(items) + TAIL, len(sources), total)
