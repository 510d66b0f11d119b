#!/usr/bin/env python3
"""Builds the seventy-second QA set's collection (ky72): English posts
of the Kyverno blog (kyverno.io/blog), the blog of Kyverno, the policy
engine for Kubernetes of the Cloud Native Computing Foundation:
releases (Kyverno 1.8 to 1.11 and 1.16 to 1.18), security (a CVE, the
2023 security audit, the fuzzing audit, a threat model), the Chainsaw
test tool, the reports server, the Envoy plugin, ValidatingAdmission-
Policies, JMESPath filters, OpenShift MachineSets, Alibaba Cloud and
LFX mentorships, 2022 to 2026, from the site's repository,
kyverno/website (the stored snapshot is the local bare mirror of that
repository). The posts are Markdown files src/content/blog/NAME/
index.md (page bundles with their images in assets/), with a YAML front
matter (date, title, tags, authors, excerpt, draft, coverImage, ...).
The commit used is the mirror's newest, COMMIT
7c0814a5ca77662ea9aaa33c6ee7434865409c07 of 2026-08-07. The site is
built with Astro; a post's page (src/pages/blog/[...slug].astro) prints
the front matter's title, the date ("Dec 31, 2025"), the authors'
names, the cover image and the tags around the post, so none of them is
in the text; the excerpt is not printed on the post's page.

Licence: LICENSE, at the repository's root, is the Apache License,
Version 2.0 (January 2004), for the whole repository; there is no
NOTICE file, README.md names no licence, CONTRIBUTING.md asks for the
CNCF Contributor License Agreement ("Project authors will retain the
copyright to your contribution"). The site's footer
(src/sections/Footer.jsx) prints "(c) YEAR The Kyverno Authors All
Rights Reserved.": a copyright notice that names no other licence. The
posts are content of the repository and no chosen post states a
licence of its own (checked by the script), so the texts are used, and
the adapted texts shared, under the Apache License 2.0;
texts/ky72/COPYRIGHT carries the attribution (with the footer's
copyright holder), the statement of changes (section 4(b)) and the
LICENSE in full. The script checks the LICENSE's first lines,
README.md, CONTRIBUTING.md and the footer's line.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of src/content/blog with the blob sizes and
the front matter's date lines were looked at): candidates are the
files in src/content/blog/ and its subfolders
1. that are posts, src/content/blog/NAME/index.md: 37 (left out: the
   images in the bundles' assets folders);
2. whose Markdown is at most 15,000 bytes: 23, all taken
   (208,795 bytes of Markdown).
The bound keeps the collection short enough to read in full: the 37
posts are 484,897 bytes, the longer ones mostly long policy listings
(the posts are 512 to 26,275 bytes). Other options looked at (counts
only): every 2nd of all 37, 19 posts, 228,628 bytes; bounds of 16,000
(27 posts, 269,864 bytes) and 20,000 bytes (31). Order: by the front
matter's date, then the path. The script asserts every count. The rule
was not changed after the texts were read.

Date = the front matter's date, its first ten characters. Title = the
front matter's title; authors = the names of the front matter's
authors list (as the page shows them), "The Kyverno Authors" where a
post has none (the page then shows no author). Files are named
YYYY-MM-DD-NAME.en.txt, the date being the front matter's and NAME the
folder's, lower-cased, with every run of other characters than a-z and
0-9 written "-".

The page renders the body with react-markdown 10 and remark-gfm (GFM:
tables, strikethrough, autolink literals, footnotes), without raw HTML
and without a typographer or emoji codes, so straight quotes, "--" and
"..." are what the page shows. The chosen posts have no HTML outside
code (any tag left stops the script) and no Markdoc tags ("{%" or "{{"
outside code stops it). Rendering by mdtext.py (Python 3, standard
library only), one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading,
block-quote paragraph and table row ("Header: cell; Header: cell"); the
front matter is not rendered. Left out: fenced and indented code blocks
(the policies, manifests and command output); images (the bundles'
diagrams and screenshots); link reference definitions; horizontal
rules; paragraphs without a letter. Inline: code spans kept without
backticks; links give their text; autolinks give the address; emphasis
markers dropped; backslash escapes and entities resolved; white space
runs made one space. Tabs are read as four spaces. Any "<!--", "```",
"[^", "![" or closing HTML tag left in a text stops the script ("{{"
and "{%" are checked outside code only: Kyverno's variables, as in
"{{ request.object }}", are written in code spans and shown so).

    scripts/qa-texts/kyverno-blog.py \\
        /work/.mirror/kyverno+website/repo \\
        retrieval/eval/testdata/qa/texts/ky72

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/ky72 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(qaentry.write_text), writes texts/ky72/COPYRIGHT, puts the ky72 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are ky-YYYY-MM-DD (by the
date), with -2 for a second post of the same day; published = the
date. Running it twice gives the same files byte for byte. The shared
helpers (gitmirror, mdtext, posts, qaentry) are used unchanged."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # write_post, shared with the other blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "7c0814a5ca77662ea9aaa33c6ee7434865409c07"  # 2026-08-07
FOLDER = "src/content/blog/"
BOUND = 15000
REPO = "https://github.com/kyverno/website/blob/%s/" % COMMIT
SITE = "https://kyverno.io"
mirror, out = arguments("ky72")

DESCRIPTION = ("Seventy-second set: %d English posts of the Kyverno blog (kyverno.io/blog), the blog of Kyverno, "
    "the policy engine for Kubernetes of the Cloud Native Computing Foundation: the new blog, the releases "
    "Kyverno 1.8, 1.9, 1.10, 1.11, 1.16, 1.17 and 1.18, CVE-2022-47633, JMESPath filters, OpenShift MachineSets, the "
    "fuzzing audit, applying ValidatingAdmissionPolicies with the CLI, the 2023 security audit, why Chainsaw is "
    "unique, Chainsaw 0.1.4, generating ValidatingAdmissionPolicies, the reports server, the Envoy plugin, "
    "optimizing the CLI (LFX mentorship), Kyverno at Alibaba Cloud, a unified CLI (LFX mentorship, spring 2026) "
    "and the ControlPlane threat model, dated %s to %s, from the site's repository, kyverno/website (commit %s "
    "of 2026-08-07; Apache License 2.0, the site's footer naming \"The Kyverno Authors\"; attribution and "
    "licence in texts/ky72/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file "
    "list, blob sizes and front-matter dates: the posts src/content/blog/NAME/index.md (%d), those of at most "
    "%s bytes of Markdown (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/kyverno-blog.py from the posts' Markdown (git show of the mirror), posts by "
    "the fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line "
    "with a blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph "
    "and table row; no front matter (the title, date, authors and tags, which the site prints around the post, "
    "are not in the text); no HTML and no typographer (react-markdown with GFM: straight quotes, -- and ... as "
    "written); left out: fenced and indented code blocks, images, link reference definitions, horizontal "
    "rules, paragraphs without a letter; inline code kept without backticks, links as their text, autolinks as "
    "their address, emphasis markers dropped, entities resolved, white space runs made one space. Title = the "
    "front-matter title; published = the front matter's date.")

NAME = r"src/content/blog/([^/]+)/index\.md"


def source(path):
    """The front matter's lines and the body after it."""
    src = gitmirror.text(mirror, COMMIT, path)
    return mdtext.front_lines(src)


def outside_code(body):
    """The body without its fenced code blocks (for the checks)."""
    return re.sub(r"(?ms)^\s*(`{3,}|~{3,}).*?^\s*\1[`~]*\s*$", "", body)


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = source(path)[1].replace("\t", "    ")
    rest = re.sub(r"`[^`\n]+`", "", outside_code(body))
    assert "{{" not in rest and "{%" not in rest, path
    assert not re.search(r"</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>", re.sub(r"<(https?|mailto):[^>\s]+>", "", rest)), \
        path
    return mdtext.paragraphs(mdtext.drop_elements(body))


def stem(date, path):
    """The date and the folder's name (see the docstring)."""
    return "%s-%s" % (date, re.sub(r"[^a-z0-9]+", "-", re.fullmatch(NAME, path).group(1).lower()).strip("-"))


def address(date, path):
    """The post's address: /blog/YYYY/MM/DD/NAME/ (the date's day, the
    folder's name as the site's loader gives the id)."""
    return "%s/blog/%s/%s/%s/%s/" % (SITE, date[:4], date[5:7], date[8:10], re.fullmatch(NAME, path).group(1))


def authors(front):
    """The names of the front matter's authors list (items "- name: X")."""
    names, inside = [], False
    for l in front:
        if re.match(r"^authors:\s*$", l):
            inside = True
            continue
        if inside:
            m = re.match(r"^\s*-\s+name:\s*(.*?)\s*$", l)
            if m:
                names.append(mdtext.yaml_scalar(m.group(1)))
            elif l.strip() and not l.startswith(" "):
                break
    return names


# Candidates, from the file list, blob sizes and front-matter dates only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: f[2] <= BOUND,
])
assert counts == [37, 23], counts
date = {f[1]: qaentry.published("", mdtext.yaml_value(source(f[1])[0], "date")) for f in cands}
chosen = sorted(cands, key=lambda f: (date[f[1]], f[1]))
assert len(chosen) == 23 and sum(f[2] for f in chosen) == 208795

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE" % COMMIT).decode("utf-8")
assert LICENSE.startswith(" " * 33 + "Apache License\n" + " " * 27 + "Version 2.0, January 2004\n"), LICENSE[:120]
assert "END OF TERMS AND CONDITIONS" in LICENSE
assert not re.search(r"licen[cs]|copyright|creative", gitmirror.git(mirror, "show", "%s:README.md" % COMMIT)
                     .decode("utf-8"), re.I)
assert "Project authors will retain the copyright to your contribution" in gitmirror.git(
    mirror, "show", "%s:CONTRIBUTING.md" % COMMIT).decode("utf-8")
assert "&copy; {currentYear} The Kyverno Authors All Rights Reserved." in gitmirror.git(
    mirror, "show", "%s:src/sections/Footer.jsx" % COMMIT).decode("utf-8")
assert "NOTICE" not in gitmirror.git(mirror, "ls-tree", "--name-only", COMMIT).decode("utf-8").split("\n")

ids = qaentry.day_ids("ky")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"licen[cs]e[ds]? (under|is)|creativecommons\.org|cc-by|all rights reserved", body, re.I), path
    assert mdtext.yaml_value(front, "draft") in ("", "false"), path
    d = date[path]
    fname, size = posts.write_post(out, stem(d, path), render(path),
                                   left=("<!--", "```", "</", "[^", "!["))
    total += size
    title = re.sub(r"\s+", " ", mdtext.yaml_value(front, "title")).strip()
    by = qaentry.join_names(authors(front) or ["The Kyverno Authors"])
    assert title, path
    sources.append({"id": ids(d), "title": title, "language": "en", "published": d, "file": "ky72/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, by, address(d, path), path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources) and len(set(s["id"] for s in sources)) == len(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], format(BOUND, ","), counts[1]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Kyverno blog posts (kyverno/website, src/content/blog), Apache License 2.0, %d English posts of %s to %s

Work: posts of the Kyverno blog (https://kyverno.io/blog/), written by
The Kyverno Authors and the authors named below (the authors the page
shows, as the front matter's authors list writes them; "The Kyverno
Authors" where a post names none), from the site's repository
kyverno/website (https://github.com/kyverno/website; the copy used is a
bare mirror at commit %s of 2026-08-07), Markdown files
%sNAME/index.md with a YAML front matter.

Copyright: The Kyverno Authors (the site's footer: "(c) YEAR The Kyverno
Authors All Rights Reserved.") and the authors named with each post.

Licence: the repository's LICENSE is the Apache License, Version 2.0
(its full text follows at the end of this file, as the LICENSE gives
it); the repository has no NOTICE file and its README names no licence.
The footer's line is a copyright notice and names no other licence. No
chosen post states another licence. The texts are used, and the adapted
texts in this folder are distributed, under the Apache License,
Version 2.0, https://www.apache.org/licenses/LICENSE-2.0 .

Attribution: "The Kyverno Authors and the authors named below, Kyverno
blog (kyverno.io/blog), from kyverno/website, Apache License 2.0". No
endorsement by the Kyverno project, the Cloud Native Computing
Foundation, the Linux Foundation, the authors or the people, companies
and projects the posts name is implied; "Kyverno", "Kubernetes" and the
names of other projects, companies and products are their owners'.
Images, diagrams and logos are not included.

Changes (the texts are an adaptation; these files were modified, as
section 4(b) of the licence asks to state): a selection of %d posts (by a
fixed rule, see scripts/qa-texts/kyverno-blog.py), each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings, list items and table rows as paragraphs of their own); the
front matter (date, title, tags, authors, excerpt, draft, cover image),
code blocks, images, link targets and markup left out, so the texts are
shortened by these omissions. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's date, title, authors, address of
the post on kyverno.io (the site's /blog/YYYY/MM/DD/NAME/), source file
in the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
TAIL = ("\nThe Apache License, Version 2.0, as the repository's LICENSE (at the commit above) gives it:\n\n"
        + LICENSE.strip("\n") + "\n")
# COPYRIGHT, and collections.json only when writing the default folder.
finish("ky72", entry, out, COPYRIGHT + "".join(items) + TAIL, len(sources), total)
