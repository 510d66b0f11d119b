#!/usr/bin/env python3
"""Builds the seventy-first QA set's collection (gt71): English posts of
the Gitea blog (blog.gitea.io), the blog of Gitea, the community-managed
self-hosted Git service forked from Gogs: the welcome post of December
2016 and release announcements of Gitea 1.0 to 1.8 (2016 to 2019), from
the blog's repository, go-gitea/blog (the stored snapshot is the local
bare mirror of that repository, whose newest commit is of 2019-06-17;
the blog moved elsewhere later). The posts are Markdown files
content/post/NAME.md with a YAML front matter (date, author, title,
tags, draft). The commit used is the mirror's newest, COMMIT
9c14a8baea7543fe1c79248f391fe05aadd3ac94 of 2019-06-17. The site is
built with Hugo and the gitea theme (downloaded by the Makefile from
dl.gitea.io when the site is built; not in the repository). The title,
the author and the date are not repeated in the text: the page prints
them above the post (the repository's layouts/index.html, the list
page, shows the title, "Mon Jan 2, 2006", "by" and the author, a GitHub
handle, linked to GitHub).

Licence: LICENSE, at the repository's root, is the Apache License,
Version 2.0 (January 2004), for the whole repository; README.md says
"This project is under the Apache-2.0 License. See the LICENSE file for
the full license text." and gives "Copyright (c) 2016 The Gitea Authors
<https://gitea.io>"; there is no NOTICE file. The posts are content of
the repository and no chosen post states a licence of its own (checked
by the script), so the texts are used, and the adapted texts shared,
under the Apache License 2.0; texts/gt71/COPYRIGHT carries the
attribution, the statement of changes (section 4(b)) and the LICENSE in
full. The script checks the LICENSE's first lines and README.md's
licence and copyright lines.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of content/post with the blob sizes was looked
at): candidates are the files in content/post/
1. that are posts, NAME.md but not _index.md: 40 (the welcome post
   welcome-to-gitea.md and 39 release posts release-of-X.Y.Z.md);
ordered by version (X, Y, Z as numbers; the welcome post, which is no
release, first), which is the order of the file names' versions and
needs no post's text. Taken:
2. every post that is not a patch release: the welcome post and the
   nine releases X.Y.0 (1.0.0 to 1.8.0): 10;
3. of the 30 patch releases (X.Y.Z with Z >= 1), in version order, the
   newest (1.8.3) and every 2nd before it: 15;
together 25 posts (167,785 bytes of Markdown). The feature releases
are taken whole because they carry the prose (highlights, breaking
changes); the patch releases are short changelogs, so only every 2nd.
Other options looked at (counts only): every 2nd of all 40, 20 posts,
131,691 bytes; every 3rd patch release with the feature releases, 20
posts. No size bound is used (the posts are 730 to 25,288 bytes). The
script asserts every count. The rule was not changed after the texts
were read.

Date = the front matter's date, its first ten characters. Title = the
front matter's title; author = the front matter's author (a GitHub
handle, as the page shows it). Files are named YYYY-MM-DD-NAME.en.txt,
the date being the front matter's and NAME the file's, lower-cased,
with every run of other characters than a-z and 0-9 written "-" (so
release-of-1.5.0 as release-of-1-5-0).

The site (config.yaml at COMMIT) sets no Markup options, so the Hugo of
the time rendered with Blackfriday and its defaults (raw HTML passed
through, smartypants on, no emoji codes). Rendering here, as a reader of
the web page sees the text, with one exception (smartypants, below):
- The chosen posts use no Hugo shortcodes; any "{{" stops the script.
- "<!--more-->" (the summary marker) is an HTML comment, left out.
- Smartypants is not applied: straight quotes, "--" and "..." stay as
  written (the page shows them as curly quotes, dashes and ellipses).
Then mdtext.py (Python 3, standard library only), one paragraph per
line with a blank line between paragraphs: a paragraph per Markdown
paragraph, list item, heading and block-quote paragraph; the front
matter is not rendered. Left out: fenced and indented code blocks;
images (Markdown and <img>: the screenshots and the Open Collective
backer and sponsor badges); HTML comments; <script>, <style>, <pre>,
<noscript>, <svg> and <iframe> elements with their content; link
reference definitions; horizontal rules; paragraphs without a letter.
Inline: code spans kept without backticks; links give their text (so
a pull request as "#1234"); autolinks give the address; HTML tags
dropped, their text kept; emphasis markers dropped; backslash escapes
and entities resolved; white space runs made one space. Tabs are read
as four spaces. Any "{{", "{%", "<!--", "```", "[^", "![" or closing
HTML tag left in a text stops the script.

    scripts/qa-texts/gitea-blog.py \\
        /work/.mirror/go-gitea+blog/repo \\
        retrieval/eval/testdata/qa/texts/gt71

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/gt71 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(qaentry.write_text), writes texts/gt71/COPYRIGHT, puts the gt71 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are gt-YYYY-MM-DD (by the
date), with -2 for a second post of the same day; published = the
date. Running it twice gives the same files byte for byte. The shared
helpers (gitmirror, mdtext, posts, qaentry) are used unchanged."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # write_post, shared with the other blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "9c14a8baea7543fe1c79248f391fe05aadd3ac94"  # 2019-06-17
FOLDER = "content/post/"
STEP = 2
REPO = "https://github.com/go-gitea/blog/blob/%s/" % COMMIT
SITE = "https://blog.gitea.io"
mirror, out = arguments("gt71")

DESCRIPTION = ("Seventy-first set: %d English posts of the Gitea blog (blog.gitea.io), the blog of Gitea, the "
    "community-managed self-hosted Git service forked from Gogs: the welcome post and the release announcements of "
    "Gitea 1.0.0, 1.0.2, 1.1.0, 1.1.2, 1.1.4, 1.2.0, 1.2.2, 1.3.0, 1.3.1, 1.3.3, 1.4.0, 1.4.2, 1.5.0, 1.5.1, 1.5.3, "
    "1.6.0, 1.6.2, 1.7.0, 1.7.1, 1.7.3, 1.7.5, 1.8.0, 1.8.1 and 1.8.3 (features, breaking changes, security "
    "fixes, bug fixes, changelogs), dated %s to %s, from the blog's repository, go-gitea/blog (commit %s of "
    "2019-06-17; Apache License 2.0, copyright The Gitea Authors; attribution and licence in "
    "texts/gt71/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list and blob "
    "sizes: the posts content/post/NAME.md (%d), in version order every post that is not a patch release (%d) "
    "and of the patch releases the newest and every %dnd before it (%d).")
TEXT = ("Built by scripts/qa-texts/gitea-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading and block-quote paragraph; no "
    "front matter (the title, author and date, which the site prints above the post, are not in the text); no "
    "shortcodes; smartypants is not applied (straight quotes, -- and ... as written); left out: fenced and "
    "indented code blocks, images (screenshots, backer and sponsor badges), HTML comments (the <!--more--> "
    "marker), <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, horizontal "
    "rules, paragraphs without a letter; inline code kept without backticks, links as their text (pull requests as "
    "#NUMBER), autolinks as their address, HTML tags dropped (their text kept), emphasis markers dropped, entities "
    "resolved, white space runs made one space. Title = the front-matter title; published = the front matter's "
    "date.")

NAME = r"content/post/(?!_index\.md$)([^/]+)\.md"
RELEASE = r"release-of-(\d+)\.(\d+)\.(\d+)"


def version(path):
    """A post's version (0, 0, 0 for the welcome post, which is first)."""
    m = re.fullmatch(RELEASE, re.fullmatch(NAME, path).group(1))
    return tuple(int(x) for x in m.groups()) if m else (0, 0, 0)


def source(path):
    """The front matter's lines and the body after it."""
    src = gitmirror.text(mirror, COMMIT, path)
    return mdtext.front_lines(src)


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = source(path)[1].replace("\t", "    ")
    assert "{{" not in body, path
    return mdtext.paragraphs(mdtext.drop_elements(body))


def stem(date, path):
    """The date and the file's name (see the docstring)."""
    return "%s-%s" % (date, re.sub(r"[^a-z0-9]+", "-", re.fullmatch(NAME, path).group(1).lower()).strip("-"))


def address(date, title):
    """The post's address by the site's permalink /:year/:month/:title/
    (the title made a path as Hugo's urlize makes one: lower-cased, spaces
    as "-", other characters than letters, digits, ".", "_" and "-"
    dropped)."""
    t = re.sub(r"\s+", " ", title).strip().lower()
    return "%s/%s/%s/%s/" % (SITE, date[:4], date[5:7], re.sub(r"[^\w. -]", "", t).replace(" ", "-"))


# Candidates, from the file list and blob sizes only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
cands, counts = qaentry.sieve(files, [lambda f: re.fullmatch(NAME, f[1])])
assert counts == [40], counts
assert all(re.fullmatch(RELEASE, re.fullmatch(NAME, f[1]).group(1)) or f[0] == "welcome-to-gitea.md" for f in cands)
cands.sort(key=lambda f: version(f[1]))
feature = [f for f in cands if version(f[1])[2] == 0]
patch = [f for f in cands if version(f[1])[2] != 0]
picked = mdtext.newest_and_every(patch, STEP)
assert (len(feature), len(patch), len(picked)) == (10, 30, 15), (len(feature), len(patch), len(picked))
chosen = sorted(feature + picked, key=lambda f: version(f[1]))
assert len(chosen) == 25 and sum(f[2] for f in chosen) == 167785

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE" % COMMIT).decode("utf-8")
assert LICENSE.startswith("\n" + " " * 33 + "Apache License\n" + " " * 27 + "Version 2.0, January 2004\n"), LICENSE[:120]
assert "END OF TERMS AND CONDITIONS" in LICENSE
README = gitmirror.git(mirror, "show", "%s:README.md" % COMMIT).decode("utf-8")
assert "This project is under the Apache-2.0 License." in README
assert "Copyright (c) 2016 The Gitea Authors <https://gitea.io>" in README
assert "NOTICE" not in gitmirror.git(mirror, "ls-tree", "--name-only", COMMIT).decode("utf-8").split("\n")

ids = qaentry.day_ids("gt")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"licen[cs]e[ds]? (under|is)|creativecommons\.org|cc-by|all rights reserved", body, re.I), path
    assert mdtext.yaml_value(front, "draft") in ("", "false"), path
    d = qaentry.published("", mdtext.yaml_value(front, "date"))
    fname, size = posts.write_post(out, stem(d, path), render(path),
                                   left=("{{", "{%", "<!--", "```", "</", "[^", "!["))
    total += size
    title = re.sub(r"\s+", " ", mdtext.yaml_value(front, "title")).strip()
    by = mdtext.yaml_value(front, "author")
    assert title and by, path
    sources.append({"id": ids(d), "title": title, "language": "en", "published": d, "file": "gt71/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, by, address(d, title), path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources) and len(set(s["id"] for s in sources)) == len(sources)
assert [s["published"] for s in sources] == sorted(s["published"] for s in sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], len(feature), STEP, len(picked)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Gitea blog posts (go-gitea/blog, content/post), Apache License 2.0, %d English posts of %s to %s

Work: posts of the Gitea blog (https://blog.gitea.io/), written by The
Gitea Authors, the authors named below (the author the page shows, a
GitHub handle, as the front matter writes it), from the blog's
repository go-gitea/blog (https://github.com/go-gitea/blog; the copy
used is a bare mirror at commit %s of 2019-06-17), Markdown files
%sNAME.md with a YAML front matter.

Copyright: "Copyright (c) 2016 The Gitea Authors <https://gitea.io>"
(the repository's README.md) and the authors named with each post.

Licence: the repository's LICENSE is the Apache License, Version 2.0
(its full text follows at the end of this file, as the LICENSE gives
it); its README.md says "This project is under the Apache-2.0 License.
See the LICENSE file for the full license text."; the repository has no
NOTICE file. No chosen post states another licence. The texts are used,
and the adapted texts in this folder are distributed, under the Apache
License, Version 2.0, https://www.apache.org/licenses/LICENSE-2.0 .

Attribution: "The Gitea Authors and the authors named below, Gitea blog
(blog.gitea.io), from go-gitea/blog, Apache License 2.0". No endorsement
by the Gitea project, the authors or the people, companies and projects
the posts name is implied; "Gitea", "Gogs", "Git" and the names of other
projects, companies and products are their owners'. Images
(screenshots, backer and sponsor badges) are not included.

Changes (the texts are an adaptation; these files were modified, as
section 4(b) of the licence asks to state): a selection of %d posts (by a
fixed rule, see scripts/qa-texts/gitea-blog.py), each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings and list items as paragraphs of their own); the front matter
(date, author, title, tags, draft), code blocks, images, link targets
and markup left out, so the texts are shortened by these omissions. No
wording was changed; typos of the originals are kept.

Files (name, date = the front matter's date, title, author, address of
the post on blog.gitea.io (the site's permalink /YYYY/MM/TITLE/), source
file in the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
TAIL = ("\nThe Apache License, Version 2.0, as the repository's LICENSE (at the commit above) gives it:\n\n"
        + LICENSE.strip("\n") + "\n")
# COPYRIGHT, and collections.json only when writing the default folder.
finish("gt71", entry, out, COPYRIGHT + "".join(items) + TAIL, len(sources), total)
