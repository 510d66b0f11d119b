#!/usr/bin/env python3
"""Builds the eighty-sixth QA set's collection (po86): English blog posts
of pyOpenSci (pyopensci.org/blog), a community organisation that runs an
open peer review of scientific Python packages and teaches Python
packaging: package reviews, calls for editors, newsletters, funding and
strategy news, event announcements and recaps (PyCon US, SciPy), new
staff and an award, 2019 to 2026, from the site's repository,
pyOpenSci/pyopensci.github.io (the stored snapshot is the local bare
mirror of that repository).
Posts are Hugo files content/blog/YYYY-MM-DD-NAME.md with a YAML front
matter (title, date, type, url, excerpt, author, ...). The commit used
is the mirror's newest, COMMIT f0775fba9845e400f6a852cd0cf4ec2d8fdea373
of 2026-08-05. None of the front matter is in the text.

Licence: the repository's LICENSE (its headings checked by the script)
says "# CODE on this site is under the MIT License" and "# Blog posts,
text content and images published on the website follow the CC SA
license as follows:", followed by "Please credit pyOpenSci if you use
images or content from our website." and the full text of the Creative
Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/legalcode). The posts'
texts may be shared and adapted with attribution, under the same
licence. No chosen post states another licence for its own text
(checked by the script on the body without its figures: one figure's
caption, left out, names the licence of its photograph). texts/po86/COPYRIGHT names the source, the
authors, the licence and the changes.

Which posts, by a fixed rule written down before any post's text or
front matter was read (only the last commit's line, the root listing,
LICENSE, a grep of README.md and hugo.toml and the list of content/blog
blobs with sizes were looked at; after the rule, the candidates'
front-matter keys and their draft and date lines and the shortcode and
markup kinds of the chosen were printed): candidates are the files
directly under content/blog/ (67)
1. named content/blog/YYYY-MM-DD-NAME.md: 66 (_index.md is left out);
2. whose front matter does not say "draft: true": 66 (no post has a
   draft key);
3. whose file (front matter included) has 1,500 to 8,000 bytes: 25,
   all taken (122,096 bytes).
The bounds were chosen from the size list for 25 to 40 posts; they
leave out the long posts (over 8,000 bytes, event recaps, year reviews,
long guides) and the two shortest (a welcome note and a monthly note
under 1,000 bytes). Order: by the date, then the path. The script
asserts every count. The rule was not changed after the texts were read.

Date = the front matter's date (quoted YYYY-MM-DD, as Hugo reads it);
it equals the file name's date but for one post, listed in DATE_DIFFERS
(2026-06-02-pycon-us-2026-sprints is dated 2026-06-01, asserted); none
lies after the commit's day. Title = the front matter's title (six titles go on in indented lines,
joined with a space; a YAML "\\U0001F44B" escape read as its
character, see front_title()); author =
the front matter's author. Files are named YYYY-MM-DD-NAME.en.txt (the
date as above; NAME the file name's without its date, lower-cased, "_"
as "-").

Rendering, one paragraph per line with a blank line between paragraphs,
by mdtext.py's liquid_post_paragraphs (Python 3, standard library only),
after two steps of this script: Hugo shortcodes are handled first (a
"figure" shortcode, an image with its alt text and caption, is left
out; the paired "admonition" shortcode's tags are dropped and its
content kept, its title, if any, as a paragraph of its own; any other
shortcode stops the script), and kramdown attribute lists after links
("{: .btn ...}", button classes) are dropped. Then tabs read as four
spaces: a paragraph per Markdown paragraph, list item, heading,
block-quote paragraph and table body row ("Header: cell; Header:
cell"); the front matter is not rendered. Left out: fenced and indented
code blocks, images, HTML comments, <script>, <style>, <pre>,
<noscript>, <svg> and <iframe> elements with their content, horizontal
rules, paragraphs without a letter. Inline: code spans kept without
backticks; links give their text; HTML tags dropped, their text kept;
emphasis markers dropped; backslash escapes and entities resolved;
white space runs made one space. No typographic conversion. Any
"<!--", "```", "{{", "{%", "</", "[^" or "![" left in a text stops the
script.

    scripts/qa-texts/pyopensci-blog.py /work/.mirror/pyOpenSci+pyopensci.github.io/repo \\
        retrieval/eval/testdata/qa/texts/po86

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/po86 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/po86/COPYRIGHT, puts the po86 entry into collections.json
(only when writing the default folder, through qaentry.finish) and
prints it. Source ids are po-YYYY-MM-DD (by the date), with -2 for a
second post of the same day; published = the date. Running it twice
gives the same files byte for byte. The shared helpers (gitmirror,
mdtext, posts, qaentry) are used as they are."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # Posts: each post read once; add_post, one_line
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "f0775fba9845e400f6a852cd0cf4ec2d8fdea373"  # 2026-08-05
COMMIT_DAY = "2026-08-05"
FOLDER = "content/blog/"
LOW, HIGH = 1500, 8000
REPO = "https://github.com/pyOpenSci/pyopensci.github.io/blob/%s/" % COMMIT
LEFT = ("<!--", "```", "{{", "{%", "</", "[^", "![")
# Posts whose front matter's date names another day than the file name: file day -> date.
DATE_DIFFERS = {"2026-06-02": "2026-06-01"}
mirror, out = arguments("po86")

DESCRIPTION = ("Eighty-sixth set: %d English blog posts of pyOpenSci (pyopensci.org/blog), a community organisation "
    "for the open peer review of scientific Python packages: package reviews, calls for editors, newsletters, funding "
    "and strategy news, events (PyCon US, SciPy), new staff, an award and the like, dated %s to %s, from the site's "
    "repository, pyOpenSci/pyopensci.github.io (commit %s of 2026-08-05; blog posts and text content under CC BY-SA "
    "4.0, as LICENSE says; source, authors and licence named in texts/po86/COPYRIGHT), one source per post, chosen by "
    "a fixed rule that reads only the file list, blob sizes and front-matter draft values: the posts "
    "content/blog/YYYY-MM-DD-NAME.md (%d), not drafts (%d), those of %s to %s bytes (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/pyopensci-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script; Hugo figure shortcodes (images) left out, admonition shortcodes' tags dropped (content "
    "kept, a title as a paragraph), kramdown attribute lists after links dropped, then rendered as plain text by "
    "scripts/qa-texts/mdtext.py, one paragraph per line with a blank line between: a paragraph per Markdown "
    "paragraph, list item, heading, block-quote paragraph and table row; no front matter (the title and excerpt are "
    "not in the text); no typographic conversion; left out: fenced and indented code blocks, images, HTML comments, "
    "script, style, pre, noscript, svg and iframe elements, horizontal rules, paragraphs without a letter; inline "
    "code kept without backticks, links as their text, HTML tags dropped (their text kept), emphasis markers "
    "dropped, backslash escapes and entities resolved, white space runs made one space. Title = the front-matter "
    "title; published = the front-matter date.")

NAME = r"content/blog/(\d{4})-(\d\d)-(\d\d)-([^/]+)\.md"

# Each post read once (posts.Posts), its text as git gives it.
reader = posts.Posts(mirror, COMMIT)
source, value = reader.source, reader.value


def file_day(path):
    """The file name's date as YYYY-MM-DD."""
    return "%s-%s-%s" % re.fullmatch(NAME, path).group(1, 2, 3)


def front_day(path):
    """The front matter's date (quoted YYYY-MM-DD)."""
    v = value(path, "date")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", v), (path, v)
    return v


def shortcodes(body):
    """Hugo shortcodes (see the docstring): figure left out, admonition's
    tags dropped (its title, if any, a paragraph of its own)."""
    body = re.sub(r"\{\{<\s*figure\b.*?>\}\}", "\n", body, flags=re.S)

    def adm(m):
        t = re.search(r'\btitle="([^"]*)"', m.group(0))
        return "\n\n" + (t.group(1) + "\n\n" if t else "")
    body = re.sub(r"\{\{<\s*admonition\b[^>]*>\}\}", adm, body)
    body = re.sub(r"\{\{<\s*/admonition\s*>\}\}", "\n\n", body)
    assert "{{<" not in body and "{{%" not in body, "unknown shortcode"
    return body


assert shortcodes('a\n{{< figure src="x.png" alt="y" >}}\nb') == "a\n\n\nb"
assert shortcodes('{{< admonition type="info" title="T i" >}}\nX.\n{{< /admonition >}}') == "\n\nT i\n\n\nX.\n\n\n"


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = shortcodes(source(path)[1])
    body = re.sub(r"\{:\s*\.[^{}\n]*\}", "", body)
    return mdtext.liquid_post_paragraphs(body, path)


def front_title(path):
    """The front matter's title. A quoted or plain title that goes on in
    indented lines (six titles do) is one YAML flow scalar: its lines are
    joined with one space, as YAML folds them, then read by
    mdtext.yaml_scalar; a YAML "\\UXXXXXXXX" escape (eight hex digits,
    which JSON lacks) in a double-quoted title is read as its character
    first (one title opens with an emoji so written)."""
    lines = source(path)[0]
    k = [n for n, l in enumerate(lines) if l.startswith("title:")]
    assert len(k) == 1, path
    parts = [lines[k[0]][len("title:"):].strip()]
    for l in lines[k[0] + 1:]:
        if not l.startswith((" ", "\t")):
            break
        parts.append(l.strip())
    v = re.sub(r"\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1), 16)), " ".join(parts))
    return mdtext.yaml_scalar(v)


assert re.sub(r"\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1), 16)), "\\U0001F44B x") == "\U0001F44B x"


def stem(path):
    """The file's NAME, lower-cased, "_" as "-" (see the docstring)."""
    return re.fullmatch(NAME, path).group(4).lower().replace("_", "-")


# Candidates, from the file list, blob sizes and front-matter draft values only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 67, len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: value(f[1], "draft") != "true",
    lambda f: LOW <= f[2] <= HIGH,
])
assert counts == [66, 66, 25], counts
chosen = sorted(cands, key=lambda f: (front_day(f[1]), f[1]))
assert len(chosen) == 25 and sum(f[2] for f in chosen) == 122096, sum(f[2] for f in chosen)

# Licence: code MIT; blog posts and text content CC BY-SA 4.0.
LICENSE = gitmirror.text(mirror, COMMIT, "LICENSE")
assert LICENSE.startswith("# CODE on this site is under the MIT License:\n"), LICENSE[:100]
assert ("# Blog posts, text content and images published on the website follow the CC SA license as follows:\n"
        in LICENSE)
assert "Please credit pyOpenSci if you use images or content from our website." in LICENSE
assert "Attribution-ShareAlike 4.0 International" in LICENSE

ids = qaentry.day_ids("po")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"(this|the) (text|post|article|blog post) (is|are) licen[cs]ed|all rights reserved|"
                         r"licen[cs]ed under", shortcodes(body), re.I), path  # a figure's caption names its image's
    d = front_day(path)
    assert d <= COMMIT_DAY, path
    assert d == file_day(path) or DATE_DIFFERS.get(file_day(path)) == d, (path, d)
    fname, size = posts.write_post(out, "%s-%s" % (d, stem(path)), render(path), left=LEFT, lang="en")
    total += size
    title = posts.one_line(front_title(path))
    by = posts.one_line(value(path, "author"))
    assert title and by, path
    posts.add_post(sources, items, ids(d), d, fname, title, by, "en", "po86", path, REPO,
                   "markup, code, images and figures")
posts.assert_unique(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1],
                                       format(LOW, ","), format(HIGH, ","), counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """pyOpenSci blog posts (pyOpenSci/pyopensci.github.io, content/blog), CC BY-SA 4.0, %d English posts of %s to %s

Work: blog posts of pyOpenSci (https://www.pyopensci.org/blog/), from
the site's repository pyOpenSci/pyopensci.github.io
(https://github.com/pyOpenSci/pyopensci.github.io; the copy used is a
bare mirror at commit %s of 2026-08-05), Markdown files
%sYYYY-MM-DD-NAME.md with a YAML front matter. Authors: as named in
each post's front matter (listed below); copyright theirs and
pyOpenSci's.

Licence: the repository's LICENSE reads "# Blog posts, text content and
images published on the website follow the CC SA license as follows:
Please credit pyOpenSci if you use images or content from our
website." followed by the Creative Commons Attribution-ShareAlike 4.0
International licence (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/legalcode); the site's
code is under the MIT License. The adapted texts in this folder are
shared under CC BY-SA 4.0 as well. The work is offered as-is, without
warranties, as the licence says. Images are not included.

No endorsement by pyOpenSci, the authors or any organisation, project,
conference or product the posts name is implied. pyOpenSci, PyCon,
SciPy, NumFOCUS and the other names are their owners' (some are
trademarks).

Changes: a selection of %d posts (by a fixed rule, see
scripts/qa-texts/pyopensci-blog.py), each rendered from Markdown to
plain text, one paragraph per line with a blank line between (headings,
list items, block-quote paragraphs and table rows as paragraphs of
their own); the front matter (title, date, excerpt, author), figures
and images, code blocks, link targets and markup left out, so the texts
are shortened by these omissions. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's date, title, author, source file
in the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("po86", entry, out, COPYRIGHT + "".join(items), len(sources), total)
