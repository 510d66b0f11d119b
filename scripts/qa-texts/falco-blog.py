#!/usr/bin/env python3
"""Builds the seventy-fourth QA set's collection (fa74): English posts
of the Falco blog (falco.org/blog), the blog of Falco, the cloud-native
runtime security tool of the Cloud Native Computing Foundation: Falco
releases (0.37.1 to 0.42.0), weekly recaps of early 2024, Falcosidekick
and Falco Talon releases, Falco's graduation, plugins (bitcoin, AKS
audit logs), detection posts (network security, AWS, supply-chain
attacks with the Falco GitHub action), Google Summer of Code 2024, the
GPG key rotation, KubeCon EU 2026 and Prempti, 2024 to 2026, from the
site's repository, falcosecurity/falco-website (the stored snapshot is
the local bare mirror of that repository). The posts are Markdown files
content/en/blog/NAME.md or content/en/blog/NAME/index.md (page bundles
with their images), with a YAML front matter (title, date, author,
slug, tags, ...; some posts write the keys capitalised, "Title:",
"Date:", which Hugo reads alike). The commit used is the mirror's
newest, COMMIT c47da4cbdcc014c44ddbefc26b4aab97431bb1b4 of 2026-07-21.
The site is built with Hugo and the theme Docsy; the blog's layout
(layouts/blog/content.html) prints the featured image, the author, the
date, the title and the tags above the post, so none of them is in the
text; the front matter's description is not printed.

Licence: LICENSE, at the repository's root, is the Creative Commons
Attribution 4.0 International licence (CC BY 4.0), for the whole
repository; there is no NOTICE file; README.md names the licence only
as a badge linking to LICENSE. The site's footer
(layouts/partials/footer.html, i18n/en/en.yaml, config/_default/
config.toml) prints "(c) YEAR The Falco Authors | Documentation
Distributed under CC BY 4.0" and a line for The Linux Foundation's
trademarks. The posts are content of the repository and no chosen post
states a licence of its own for its text (checked by the script), so
the texts are used, and the adapted texts shared, under CC BY 4.0;
texts/fa74/COPYRIGHT carries the attribution (The Falco Authors and
each post's author), the licence's notice, the changes and the LICENSE
in full. The script checks LICENSE, README.md, the footer's strings and
that there is no NOTICE file.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of content/en/blog with the blob sizes and the
front matter's key names and date lines were looked at): candidates are
the files in content/en/blog/ and its subfolders
1. that are posts, content/en/blog/NAME.md or content/en/blog/NAME/
   index.md (not _index.md): 157;
2. whose front matter's date (the key "date" in any case, as Hugo reads
   it; its first ten characters) is 2024-01-01 or later: 38;
3. whose Markdown is at most 12,000 bytes: 30, all taken (172,247 bytes
   of Markdown).
The bounds keep the collection recent and short enough to read in full:
the 157 posts are 1,537,023 bytes (1,462 to 36,592 each), the 38 of
2024 and later 304,671 bytes. Other options looked at (counts only):
bounds over all posts of 4,000 (33 posts, 96,626 bytes), 4,500 (46),
5,000 (54) and 6,000 bytes (62); posts of 2023 and later (84) up to
8,000 (42) or 10,000 bytes (47, 219,158); posts of 2024 and later up to
8,000 (23, 99,930), 10,000 (26, 127,673), 15,000 (34, 224,006) or
20,000 bytes (37); posts of 2025 and later (15). Order: by the front
matter's date, then the path. The script asserts every count. The rule
was not changed after the texts were read.

Date = the front matter's date, its first ten characters (Hugo's
first date source here, config.toml's [frontmatter]); no chosen post
lies after COMMIT's day (Hugo would not publish it) and none is a draft
(checked). Title = the front matter's title; authors = its author (as
the page shows it), "The Falco Authors" for the post that names them.
Files are named YYYY-MM-DD-NAME.en.txt, the date being the front
matter's and NAME the file's or folder's name, lower-cased, with every
run of other characters than a-z and 0-9 written "-". Address:
https://falco.org/blog/SLUG/ (config.toml's permalink "/:section/
:slug/", SLUG the front matter's slug).

Hugo renders the body with Goldmark (config.toml: typographer off,
raw HTML allowed, tables, definition lists, block attributes, emoji
codes). Before the Markdown is read, Hugo's shortcodes are resolved as
the site does: "{{% pageinfo ... %}} ... {{% /pageinfo %}}" (a box
around its Markdown content, in six posts) keeps its content as
paragraphs; "{{< asciicast ... >}}" (an embedded terminal recording, in
2026-05-12) is left out; any other shortcode stops the script. A list
item that is an ATX heading ("- #### PR1: ...", twice in 2024-07-24) is
read as the item with the heading's text, without its hashes. The one
raw HTML table (2026-05-12, a div with a table of three rows) is
written as table rows, "Header: cell; Header: cell", as the Markdown
tables are. Tabs are read as four spaces. Then mdtext.py (Python 3,
standard library only), one paragraph per line with a blank line
between paragraphs: a paragraph per Markdown paragraph, list item,
heading, block-quote paragraph and table row ("Header: cell; Header:
cell"); the front matter is not rendered. Left out: fenced and indented
code blocks (commands, rules, configuration, output); images (Markdown
images and the HTML img lines of 2025-01-28); link reference
definitions; horizontal rules; paragraphs without a letter. Inline:
code spans kept without backticks; links give their text; autolinks
give the address; HTML tags dropped (the page shows placeholders such
as "<tag>" outside code as unknown, invisible tags); emphasis markers
dropped; backslash escapes and entities resolved; white space runs made
one space. No typographic conversion (Goldmark's typographer is off):
straight quotes, "--" and "..." are what the page shows. The chosen
posts have no emoji codes, attributes, definition lists, footnotes or
HTML comments. Any "<!--", "```", "{{", "{%", "[^", "![" or closing
HTML tag left in a text stops the script.

    scripts/qa-texts/falco-blog.py \\
        /work/.mirror/falcosecurity+falco-website/repo \\
        retrieval/eval/testdata/qa/texts/fa74

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/fa74 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(posts.write_post), writes texts/fa74/COPYRIGHT, puts the fa74 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are fa-YYYY-MM-DD (by the
date), with -2 for a second post of the same day; published = the
date. Running it twice gives the same files byte for byte. The shared
helpers (gitmirror, mdtext, posts, qaentry) are used unchanged."""
import html
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # write_post, shared with the other blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "c47da4cbdcc014c44ddbefc26b4aab97431bb1b4"  # 2026-07-21
COMMIT_DAY = "2026-07-21"
FOLDER = "content/en/blog/"
SINCE = "2024-01-01"
BOUND = 12000
REPO = "https://github.com/falcosecurity/falco-website/blob/%s/" % COMMIT
SITE = "https://falco.org"
mirror, out = arguments("fa74")

DESCRIPTION = ("Seventy-fourth set: %d English posts of the Falco blog (falco.org/blog), the blog of Falco, the "
    "cloud-native runtime security tool of the Cloud Native Computing Foundation: weekly recaps of early 2024, the "
    "releases Falco 0.37.1, 0.38.0, 0.38.1, 0.38.2, 0.39.0, 0.39.1, 0.39.2, 0.40.0, 0.41.0 and 0.42.0, "
    "Falcosidekick 2.29.0, 2.30.0 and 2.31.0, Falco Talon 0.2.0 and 0.3.0, network security, Falco's graduation, "
    "detections on AWS, the bitcoin plugin, Google Summer of Code 2024, the AKS audit-logs plugin, supply-chain "
    "attacks with the Falco GitHub action, the GPG key rotation of 2026, the community survey of 2026, KubeCon EU "
    "2026 and Prempti, dated %s to %s, from the site's repository, falcosecurity/falco-website (commit %s of "
    "2026-07-21; CC BY 4.0, \"The Falco Authors\"; attribution and licence in texts/fa74/COPYRIGHT), one source per "
    "post, chosen by a fixed rule that reads only the file list, blob sizes and front-matter dates: the posts "
    "content/en/blog/NAME.md or NAME/index.md (%d), dated %s or later (%d), those of at most %s bytes of Markdown "
    "(%d), all taken.")
TEXT = ("Built by scripts/qa-texts/falco-blog.py from the posts' Markdown (git show of the mirror), posts by the fixed "
    "rule in the script, Hugo shortcodes resolved as the site does (the pageinfo boxes' content kept, the asciicast "
    "recording left out), the one HTML table written as table rows, rendered as plain text by "
    "scripts/qa-texts/mdtext.py, one paragraph per line with a blank line between: a paragraph per Markdown "
    "paragraph, list item, heading, block-quote paragraph and table row; no front matter (the title, date, author "
    "and tags, which the site prints above the post, are not in the text); no typographer (Goldmark's is off: "
    "straight quotes, -- and ... as written); left out: fenced and indented code blocks, images, link reference "
    "definitions, horizontal rules, paragraphs without a letter; inline code kept without backticks, links as their "
    "text, autolinks as their address, HTML tags dropped, emphasis markers dropped, entities resolved, white space "
    "runs made one space. Title = the front-matter title; published = the front matter's date.")

NAME = r"content/en/blog/(?:([^/]+)\.md|([^/]+)/index\.md)"


def source(path):
    """The front matter's lines and the body after it."""
    return mdtext.front_lines(gitmirror.text(mirror, COMMIT, path))


def value(path, key):
    """A front-matter value, its key in any case (as Hugo reads keys)."""
    return mdtext.yaml_value(source(path)[0], key, ignore_case=True)


def name(path):
    m = re.fullmatch(NAME, path)
    return m.group(1) or m.group(2)


def outside_code(body):
    """The body without its fenced code blocks and code spans (for the
    checks)."""
    body = re.sub(r"(?ms)^\s*(`{3,}|~{3,}).*?^\s*\1[`~]*\s*$", "", body)
    return re.sub(r"`[^`\n]+`", "", body)


def html_table(m):
    """A raw HTML table (thead with th cells, tbody rows with td cells) as
    table-row paragraphs "Header: cell; Header: cell", the cells' tags
    dropped."""
    cell = lambda c: re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^<>]+>", "", c))).strip()
    head = [cell(c) for c in re.findall(r"(?s)<th>(.*?)</th>", m.group(1))]
    rows = []
    for r in re.findall(r"(?s)<tr>(.*?)</tr>", re.search(r"(?s)<tbody>(.*?)</tbody>", m.group(1)).group(1)):
        cells = [cell(c) for c in re.findall(r"(?s)<td>(.*?)</td>", r)]
        assert len(cells) == len(head), cells
        rows.append("; ".join("%s: %s" % (h, c) for h, c in zip(head, cells) if c))
    return "\n\n" + "\n\n".join(rows) + "\n\n"


def shortcodes(body, path):
    """The body with its Hugo shortcodes and its HTML table resolved (see
    the docstring)."""
    body = re.sub(r"(?m)^\{\{% pageinfo color=\"\w+\" %\}\}[ \t]*$|^\{\{% /pageinfo %\}\}[ \t]*$", "", body)
    body = re.sub(r"(?m)^\{\{< asciicast [^\n]*>\}\}[ \t]*$", "", body)
    assert "{{<" not in body and "{{%" not in body, path
    body, n = re.subn(r"(?s)<div class=\"table-responsive\">\s*<table[^>]*>(.*?)</table>\s*</div>", html_table, body)
    assert n <= 1, path
    # A list item that is a heading ("- #### PR1: ...", two in 2024-07-24):
    # the page shows the heading's text in the item, without its hashes.
    body = re.sub(r"(?m)^([-*+] +)#{1,6} +", r"\1", body)
    return body


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = shortcodes(source(path)[1].replace("\t", "    "), path)
    rest = outside_code(body)
    assert "{{" not in rest and "{%" not in rest, path
    tags = re.findall(r"</?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>", re.sub(r"<(https?|mailto):[^>\s]+>", "", rest))
    assert set(tags) <= {"img", "tag", "substring"}, (path, tags)  # images; placeholders the page hides
    return mdtext.paragraphs(mdtext.drop_elements(body))


def stem(date, path):
    """The date and the post's name (see the docstring)."""
    return "%s-%s" % (date, re.sub(r"[^a-z0-9]+", "-", name(path).lower()).strip("-"))


# Candidates, from the file list, blob sizes and front-matter dates only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]) and f[0] != "_index.md",
    lambda f: qaentry.published("", value(f[1], "date")) >= SINCE,
    lambda f: f[2] <= BOUND,
])
assert counts == [157, 38, 30], counts
date = {f[1]: qaentry.published("", value(f[1], "date")) for f in cands}
chosen = sorted(cands, key=lambda f: (date[f[1]], f[1]))
assert len(chosen) == 30 and sum(f[2] for f in chosen) == 172247

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE" % COMMIT).decode("utf-8")
assert LICENSE.startswith("Attribution 4.0 International\n"), LICENSE[:120]
assert "Creative Commons Attribution 4.0 International Public License" in LICENSE
README = gitmirror.git(mirror, "show", "%s:README.md" % COMMIT).decode("utf-8")
BADGE = "[![License](https://img.shields.io/github/license/falcosecurity/falco-website"
assert [l for l in README.split("\n") if re.search(r"licen[cs]|copyright|creative", l, re.I)] == [
    l for l in README.split("\n") if BADGE in l]
assert ("Documentation Distributed under <a href=\"https://creativecommons.org/licenses/by/4.0/\" target=\"_blank\">"
        "CC BY 4.0</a>") in gitmirror.text(mirror, COMMIT, "i18n/en/en.yaml")
assert "copyright = \"The Falco Authors\"" in gitmirror.text(mirror, COMMIT, "config/_default/config.toml")
assert "{{ T \"documentation_copyright_notice\" | safeHTML }}" in gitmirror.text(mirror, COMMIT,
                                                                               "layouts/partials/footer.html")
assert not any(n.lower().startswith(("notice", "copying")) or (n.lower().startswith("licen") and n != "LICENSE")
               for n in gitmirror.git(mirror, "ls-tree", "--name-only", COMMIT).decode("utf-8").split("\n"))

ids = qaentry.day_ids("fa")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"(this|the) (post|article|blog|content|text) is licen[cs]ed|creativecommons\.org|cc-by"
                         r"|all rights reserved", body, re.I), path
    assert value(path, "draft") in ("", "false") and not value(path, "expirydate"), path
    d = date[path]
    assert d <= COMMIT_DAY, path
    fname, size = posts.write_post(out, stem(d, path), render(path),
                                   left=("<!--", "```", "{{", "{%", "</", "[^", "!["))
    total += size
    title = re.sub(r"\s+", " ", value(path, "title")).strip()
    by = re.sub(r"\s+", " ", value(path, "author")).strip()
    slug = value(path, "slug")
    assert title and by and re.fullmatch(r"[a-z0-9-]+", slug), path
    sources.append({"id": ids(d), "title": title, "language": "en", "published": d, "file": "fa74/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s/blog/%s/; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, by, SITE, slug, path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources) and len(set(s["id"] for s in sources)) == len(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], SINCE, counts[1],
                                       format(BOUND, ","), counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Falco blog posts (falcosecurity/falco-website, content/en/blog), CC BY 4.0, %d English posts of %s to %s

Work: posts of the Falco blog (https://falco.org/blog/), written by The
Falco Authors and the authors named below (the author each page shows,
as the front matter writes it; "The Falco Authors" for the post that
names them), from the site's repository falcosecurity/falco-website
(https://github.com/falcosecurity/falco-website; the copy used is a
bare mirror at commit %s of 2026-07-21), Markdown files
%sNAME.md or NAME/index.md with a YAML front matter.

Copyright: The Falco Authors (the site's footer: "(c) YEAR The Falco
Authors | Documentation Distributed under CC BY 4.0") and the authors
named with each post.

Licence: the repository's LICENSE is the Creative Commons Attribution
4.0 International Public License (CC BY 4.0; its full text follows at
the end of this file, as the LICENSE gives it),
https://creativecommons.org/licenses/by/4.0/ . The repository has no
NOTICE file; its README names the licence only as a badge linking to
the LICENSE. No chosen post states another licence for its text. The
texts are used, and the adapted texts in this folder are distributed,
under CC BY 4.0. As the licence says, the material is offered as-is,
without warranties (its section 5).

Attribution: "The Falco Authors and the authors named below, Falco blog
(falco.org/blog), from falcosecurity/falco-website, CC BY 4.0". No
endorsement by the Falco project, the Cloud Native Computing
Foundation, The Linux Foundation, Sysdig, the authors or the people,
companies and projects the posts name is implied; "Falco", "Kubernetes"
and the names of other projects, companies and products are their
owners' (the footer: The Linux Foundation has registered trademarks and
uses trademarks). Images, diagrams, recordings and logos are not
included.

Changes (the texts are an adaptation, as section 3(a)(1)(B) of the
licence asks to indicate): a selection of %d posts (by a fixed rule, see
scripts/qa-texts/falco-blog.py), each rendered from Markdown to plain
text, one paragraph per line with a blank line between (headings, list
items and table rows as paragraphs of their own; the content of the
pageinfo boxes kept, one HTML table written as table rows); the front
matter (title, date, author, slug, tags, images, description), code
blocks, images, an embedded terminal recording, link targets and markup
left out, so the texts are shortened by these omissions. No wording was
changed; typos of the originals are kept.

Files (name, date = the front matter's date, title, authors, address of
the post on falco.org (the site's /blog/SLUG/), source file in the
repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
TAIL = ("\nThe Creative Commons Attribution 4.0 International Public License, as the repository's LICENSE (at the "
        "commit above) gives it:\n\n" + LICENSE.strip("\n") + "\n")
# COPYRIGHT, and collections.json only when writing the default folder.
finish("fa74", entry, out, COPYRIGHT + "".join(items) + TAIL, len(sources), total)
