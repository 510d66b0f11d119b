#!/usr/bin/env python3
"""Builds the sixty-second QA set's collection (hc62): German tutorials
of the Hetzner Community (community.hetzner.com/tutorials, the
tutorials that users of the German hosting company Hetzner Online GmbH
write for its cloud servers, dedicated root servers, web hosting and
managed servers, reviewed by its community managers and published in
English with translations) of 2019 to 2026, from the tutorials'
repository, hetzneronline/community-content (the stored snapshot is the
local bare mirror of that repository, commit
5356c6d78b7ae823235cf75a945f6e948593e457 of 2026-07-23). Each tutorial
is a folder tutorials/NAME/ holding the English text (01.en.md) and its
translations (01.de.md for German; a series has parts 01, 02, ...),
each a Markdown file with a YAML front matter (SPDX-License-Identifier
in most, path, slug, date, title, short_description, tags, author,
author_link, author_img, author_description, language,
available_languages, header_img, in most cta). The title is not repeated
in the text: the site prints the front matter's title as the heading.

Licence: the repository's LICENSE, at its root, is the MIT License,
"Copyright (c) 2019 Hetzner Online GmbH" (added with the repository's
first commit, 2019-03-04, "init"); the only other licence file in the
tree is the MIT licence of the scripts of one tutorial
(tutorials/hetzner-ddns-bridge/scripts/LICENSE, not used). Each
tutorial chosen here states its own licence, too: its front matter
opens with "SPDX-License-Identifier: MIT", and the contribution
guidelines (contributing.md, contributing.de.md) ask every tutorial to
end with the licence block of tutorial-template.md ("##### License:
MIT"; some German files write "Lizenz: MIT") and an HTML comment
holding the Contributor's Certificate of Origin, which its author signs
off ("The contribution was created in whole or in part by me and I have
the right to submit it under the license indicated in the file"). A git grep of the German tutorials for
licence, Lizenz, copyright, Creative Commons, CC BY, "rights reserved",
"Rechte vorbehalten" and the copyright sign found no other statement
for a tutorial's text: the other hits are the template lines above,
sentences on the licences of software the tutorials install (Veeam's
EULA, Windows Remote Desktop licences, OpenCart's and OXID's licence
agreements) and the MIT licence of a screenshot of duf. So the texts
are used, and the adapted texts are shared, under the MIT License;
texts/hc62/COPYRIGHT carries the copyright notice and the permission
notice (the licence's full text, read from the mirror's LICENSE, whose
SHA-256 the script checks), the attribution and the changes.

Which tutorials, by a fixed rule written down before any tutorial's
text was read (only the file list of tutorials/ with the blob sizes,
the front matter's keys, dates, languages and SPDX lines, counts per
file of code fences, HTML tags, angle-bracket placeholders, tabs,
carriage returns and lines opening with four blanks, counts of function
words, the lines a git grep for licence words found in the German
files, and the rendered size of the selections that every second,
third and fourth file would give were looked at): candidates are the
files of tutorials/
1. that are German tutorial files tutorials/NAME/NN.de.md (NN the part,
   two digits): 113 (one file named 01..de.md is left out);
2. whose front matter's language is de: 113 (all);
3. whose front matter opens with SPDX-License-Identifier: MIT, the
   file's own licence statement: 91 (22 left out: 12 of 2019, 11 of
   them of 2019-03-08, the earliest date of the German tutorials, 2 of
   2021, 3 of 2022, 1 of 2023, 3 of 2025 and 1 of 2026).
Taken, in date order (the front matter's date, then the path): the
newest file and every third before it (mdtext.newest_and_every with
step 3): 31 files of 2019-03-08 to 2026-07-17 (3 of 2019, 1 of 2020, 4
of 2021, 3 of 2022, 3 of 2023, 4 of 2024, 10 of 2025, 3 of 2026). The
step was chosen from counts and rendered sizes only, for 25 to 40
articles spread over the years: every second file would have been 46
files, every third 31 (about 220 KB of text), every fourth 23 (about
150 KB). The count of function words (mdtext.german) was not used as a
step: it counts the words of the code blocks too, and 23 of the 113
German files (22 of the 91 candidates) do not pass it, their code
holding more English function words than their text German ones.
The script asserts every count. The rule was not changed after the
texts were read.

Date = the front matter's date (YYYY-MM-DD). Title = the front matter's
title, white space runs made one space and the ends stripped (some
titles hold backticks, as the site prints them). Author = the front
matter's author. Address on community.hetzner.com: the front matter's
path (/tutorials/SLUG/de), not checked against the live site. Files are
named YYYY-MM-DD-NAME.de.txt, NAME being the tutorial's folder name
lower-cased with every run of other characters than a-z and 0-9 written
"-", and "-NN" added for a part other than 01.

Rendering (Python 3, standard library only; mdtext.py, shared with the
blog builders, renders the Markdown), as a reader of the web page sees
the text, one paragraph per line with a blank line between paragraphs: a
paragraph per Markdown paragraph, list item, heading (ATX or setext),
block-quote paragraph and table body row ("Header: cell; Header: cell");
the front matter is not rendered (the title, the date and the author are
not in the text). Before that: a byte order mark is dropped and CRLF
line ends become LF (posts.Posts); tabs become four blanks; the rows of
a table whose rows do not open with "|" (GitHub's Markdown allows that;
the iptables tutorial's tables) get one, and in a table row a line break
or a list tag becomes a blank; a block quote begins a paragraph of its
own, and a block quote nested in a list item (indented by four blanks or
more) loses its ">" (the notes under the steps of several tutorials);
<video> elements are dropped with their content; a line break (<br>)
ends a paragraph; an angle-bracket placeholder outside code (such as
<load-balancer-ip>: a "tag" whose name is not one of the HTML elements
the tutorials use, and not an autolink or an e-mail address) is kept as
text, as the site shows it, instead of being dropped as a tag (a
placeholder written with a backslash, \\<load-balancer-ip>, is left to
the renderer, which resolves the escape). Left out: fenced and indented
code blocks; images; HTML comments (the Certificate of Origin);
<script>, <style>, <pre>, <noscript>, <svg>, <iframe> and <video>
elements with their content; link reference definitions; horizontal
rules; paragraphs without a letter. Inline: code spans are kept without
backticks; links give their text; autolinks give the address; other HTML
tags (kbd, details, summary, u, b, small, table cells ...) are dropped,
their text kept; emphasis markers are dropped; backslash escapes and
entities are resolved; white space runs become one space.

    scripts/qa-texts/hetzner-community.py \\
        /work/.mirror/hetzneronline+community-content/repo \\
        retrieval/eval/testdata/qa/texts/hc62

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/hc62 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per
tutorial, writes texts/hc62/COPYRIGHT, puts the hc62 entry into
collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are hc-YYYY-MM-DD, with -2
for a second file of the same day; published = the date. Running it
twice gives the same files byte for byte.

The front matter is YAML, which posts.Posts reads (mdtext's front_lines
and yaml_value); the files are German (.de.txt), which posts.write_post
(.en.txt) does not write, so this script writes them with
qaentry.write_text, as the other German builders do."""
import hashlib
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "5356c6d78b7ae823235cf75a945f6e948593e457"  # 2026-07-23
FOLDER = "tutorials/"
STEP = 3
SITE = "https://community.hetzner.com"
REPO = "https://github.com/hetzneronline/community-content/blob/%s/" % COMMIT
LICENSE_SHA256 = "ee682e4edfe10237db39c7ecb84dd53685a98ebdb27de9d3b8cc00b8b30ffd3d"
mirror, out = arguments("hc62")

DESCRIPTION = ("Sixty-second set: %d German tutorials of the Hetzner Community (community.hetzner.com/tutorials: "
    "tutorials written by users of the German hosting company Hetzner Online GmbH for its cloud servers, dedicated "
    "root servers, web hosting and managed servers, reviewed by its community managers: game servers "
    "(SinusBot, Mindustry) and their DDoS protection, SSH, firewalls and the security of Ubuntu, backups with Veeam, "
    "load balancers and certificates, Kubernetes on bare metal, Docker-based services (Shlink, Nextcloud with "
    "Collabora Online, Forgejo, Node-RED), an AI chatbot and an image generator (DeepSeek with Ollama, Stable "
    "Diffusion), Galera clusters, "
    "cloud-config, object storage with Django, QEMU virtualisation, dynamic DNS, shop and CMS software on web "
    "hosting (Drupal, OpenCart, OXID, PrestaShop) and the move of websites to Hetzner web hosting), dated %s to %s, "
    "from the tutorials' repository, hetzneronline/community-content (commit %s of 2026-07-23; MIT License: the "
    "repository's LICENSE and each chosen file's SPDX-License-Identifier line; copyright notice and permission "
    "notice in texts/hc62/COPYRIGHT), one source per tutorial file, chosen by a fixed rule that reads only the file "
    "list and the front matter: the German tutorial files tutorials/NAME/NN.de.md (%d), whose language is de (%d), "
    "whose front matter opens with SPDX-License-Identifier: MIT (%d), in date order the newest and every %drd before it "
    "(%d).")
TEXT = ("Built by scripts/qa-texts/hetzner-community.py from the tutorials' Markdown (git show of the mirror; CRLF "
    "made LF), tutorials by the fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one "
    "paragraph per line with a blank line between: a paragraph per Markdown paragraph, list item, heading, "
    "block-quote paragraph (nested quotes too) and table row (tables without a leading '|' too); no front matter "
    "(the title, which the site prints as the heading, is not in the text); a line break (<br>) ending a paragraph "
    "(in a table row, a blank); angle-bracket placeholders outside code (<your_ip>) kept as text; left out: fenced "
    "and indented code blocks, images, HTML comments, "
    "<script>/<style>/<pre>/<noscript>/<svg>/<iframe>/<video> elements, link reference definitions, horizontal "
    "rules, paragraphs without a letter; inline code kept without backticks, links as their text, autolinks as "
    "their address, HTML tags dropped (their text kept), emphasis markers dropped, entities resolved, white space "
    "runs made one space. Title = the front-matter title; published = the front matter's date.")


def outside_fences(text, fix):
    """text with fix applied to each stretch outside its fenced code blocks
    (FENCE), the blocks kept as they are."""
    res, last = [], 0
    for m in re.finditer(FENCE, text):
        res.append(fix(text[last:m.start()]))
        res.append(m.group(0))
        last = m.end()
    res.append(fix(text[last:]))
    return "".join(res)


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


POSTS = posts.Posts(mirror, COMMIT)
NAME = r"tutorials/([^/]+)/(\d\d)\.de\.md"

# HTML elements the tutorials use; any other "<name ...>" outside code is a
# placeholder the site shows as text.
HTML = set("a abbr b blockquote br center code del details div em h1 h2 h3 h4 h5 h6 hr i iframe img ins kbd li "
           "mark noscript ol p pre script small source span strong style sub summary sup svg table tbody td th "
           "thead tr u ul video".split())
CODE_SPAN = r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)"
FENCE = r"(?ms)^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1[`~]*[ \t]*$"


def body(path):
    return POSTS.source(path)[1]


def keep_placeholders(text):
    """Writes "<" of placeholders outside code blocks and code spans as
    "&lt;", so that the renderer keeps them as text (see the docstring)."""
    def fix(part):
        def one(m):
            name, rest = m.group(2), m.group(3)
            if name.lower() in HTML or "@" in m.group(0) or re.match(r"[a-z]+://", m.group(0)[1:]):
                return m.group(0)
            return "&lt;" + m.group(1) + name + rest + "&gt;"
        pieces = re.split(CODE_SPAN, part)
        # re.split with two groups gives text, fence, code, text, ...
        outp = []
        for k in range(0, len(pieces), 3):
            outp.append(re.sub(r"(?<!\\)<(/?)([A-Za-z][A-Za-z0-9_.-]*)([^<>\n]*)>", one, pieces[k]))
            if k + 2 < len(pieces):
                outp.append(pieces[k + 1] + pieces[k + 2] + pieces[k + 1])
        return "".join(outp)
    return outside_fences(text, fix)


def quotes(text):
    """Block quotes outside fenced code blocks: a quote begins a paragraph
    of its own (a blank line is put before its first line), and the ">" of
    a quote nested in a list item (indented by four blanks or more, which
    mdtext.paragraphs does not read as a quote) is dropped."""
    def fix(part):
        lines, prev = [], False
        for l in part.split("\n"):
            q = re.match(r"^( *)>", l)
            if q and not prev and lines and lines[-1].strip():
                lines.append("")
            if q and len(q.group(1)) >= 4:
                l = re.sub(r"^( *)> ?", r"\1", l)
            lines.append(l)
            prev = bool(q)
        return "\n".join(lines)
    return outside_fences(text, fix)


DELIMITER = r"\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*"


def tables(text):
    """Tables whose rows do not open with "|" (GitHub's Markdown allows
    that): a "|" is put before each row, as mdtext.paragraphs reads only
    tables whose rows open with one; in a row, a line break (<br>) and the
    tags of lists, paragraphs and divisions become a blank, so that a
    cell stays in its row and its words apart. A table is a line holding a "|",
    the delimiter row after it and the non-blank lines after that which
    hold a "|"; fenced code blocks are left alone."""
    def fix(part):
        lines = part.split("\n")
        i = 0
        while i < len(lines):
            if "|" in lines[i] and i + 1 < len(lines) and re.fullmatch(DELIMITER, lines[i + 1]):
                j = i
                while j < len(lines) and lines[j].strip() and "|" in lines[j]:
                    if not lines[j].strip().startswith("|"):
                        lines[j] = "| " + lines[j].strip()
                    lines[j] = re.sub(r"<br\s*/?>|</?(?:ul|ol|li|p|div)\b[^<>]*>", " ", lines[j], flags=re.I)
                    j += 1
                i = j
            else:
                i += 1
        return "\n".join(lines)
    return outside_fences(text, fix)


def render(text):
    """The plain-text paragraphs of a tutorial's body (see the docstring)."""
    text = text.replace("\t", "    ")
    text = tables(text)
    text = quotes(text)
    text = re.sub(r"<video\b[^>]*>.*?</video\s*>", "\n", text, flags=re.S | re.I)
    text = mdtext.drop_elements(text)
    text = keep_placeholders(text)
    text = re.sub(r"[ \t]*<br\s*/?>[ \t]*", "\n\n", text, flags=re.I)
    return mdtext.paragraphs(text)


def stem(path):
    """NAME of the file written: the folder name, lower-cased, other
    characters than a-z and 0-9 as "-", and -NN for a part other than 01."""
    m = re.fullmatch(NAME, path)
    n = re.sub(r"[^a-z0-9]+", "-", m.group(1).lower()).strip("-")
    return n if m.group(2) == "01" else "%s-%s" % (n, m.group(2))


# Candidates, from the file list and the front matter only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
assert len([f for f in files if f[1].endswith(".md")]) == 550, len(files)
cands, counts = qaentry.sieve([f for f in files if f[1].endswith(".de.md")], [
    lambda f: re.fullmatch(NAME, f[1]) and f[2] is not None,
    lambda f: POSTS.value(f[1], "language") == "de",
    lambda f: POSTS.value(f[1], "SPDX-License-Identifier") == "MIT" and POSTS.source(f[1])[0][0] ==
              "SPDX-License-Identifier: MIT",
])
assert counts == [113, 113, 91], counts
dates = {p: qaentry.published(p, POSTS.date(p)) for _, p, _ in cands}
for p, d in dates.items():  # the front matter's date is a day
    assert POSTS.value(p, "date") == d, (p, POSTS.value(p, "date"))
cands.sort(key=lambda f: (dates[f[1]], f[1]))
chosen = mdtext.newest_and_every(cands, STEP)
assert len(chosen) == 31, len(chosen)

sources, items = [], []
source_id, total = qaentry.day_ids("hc"), 0
for _, path, size in chosen:
    paras = render(body(path))
    text = "\n\n".join(paras) + "\n"
    assert not any(m in text for m in ("{{", "}}", "{%", "<!--", "-->", "```", "<br", "</")), path
    d = dates[path]
    sid = source_id(d)
    fname = "%s-%s.de.txt" % (d, stem(path))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d-[a-z0-9-]+\.de\.txt", fname), fname
    total += qaentry.write_text(out, fname, text)
    title = re.sub(r"\s+", " ", POSTS.value(path, "title")).strip()
    author = re.sub(r"\s+", " ", POSTS.value(path, "author")).strip()
    place = POSTS.value(path, "path")
    assert title and author and re.fullmatch(r"/tutorials/[A-Za-z0-9._/-]+/de", place), (path, place)
    sources.append({"id": sid, "title": title, "language": "de", "published": d, "file": "hc62/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; on community.hetzner.com under %s%s; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, author, SITE, place, path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources)
assert len(set(s["id"] for s in sources)) == len(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2019, 2027)] == [3, 1, 4, 3, 3, 4, 10, 3], years

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[1], counts[2],
                                       STEP, len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE" % COMMIT)
assert hashlib.sha256(LICENSE).hexdigest() == LICENSE_SHA256, hashlib.sha256(LICENSE).hexdigest()
LICENSE = LICENSE.decode("utf-8")
assert LICENSE.startswith("MIT License\n\nCopyright (c) 2019 Hetzner Online GmbH\n"), LICENSE[:80]
assert [f for f in git("ls-tree", "-r", "--name-only", COMMIT).split("\n")
        if re.search(r"(?i)(^|/)(licen[cs]e|copying)[^/]*$", f)] == ["LICENSE",
                                                                     "tutorials/hetzner-ddns-bridge/scripts/LICENSE"]
TEMPLATE = git("show", "%s:tutorial-template.md" % COMMIT)
assert "##### License: MIT" in TEMPLATE and "Contributor's Certificate of Origin" in TEMPLATE

COPYRIGHT = """Hetzner Online GmbH and the authors named below, Hetzner Community tutorials (https://community.hetzner.com/tutorials), %d German tutorials of %s to %s

Work: tutorials of the Hetzner Community (community.hetzner.com), the
tutorials that users of Hetzner Online GmbH write and its community
managers review and publish, written by the authors named with each
tutorial below (the front matter's author), from the tutorials'
repository hetzneronline/community-content
(https://github.com/hetzneronline/community-content; the copy used is a
bare mirror at commit %s of 2026-07-23),
Markdown files %sNAME/NN.de.md with a YAML front matter.

Copyright: Copyright (c) 2019 Hetzner Online GmbH (the repository's
LICENSE) and the authors of the tutorials.

Licence: the repository's LICENSE, at its root, is the MIT License.
Each tutorial used here states its own licence as well: its front
matter opens with "SPDX-License-Identifier: MIT", and the contribution
guidelines ask each tutorial to end with the licence block "License:
MIT" and the Contributor's Certificate of Origin, by which its author
certifies the right to submit it under the licence indicated in the
file. No other licence statement for a tutorial's text was found in
the repository. The texts are used, and the adapted texts in this
folder (a modification of those source files) are shared, under that
licence; its copyright notice and permission notice follow in full at
the end of this file, as the licence asks.

Attribution: "Hetzner Online GmbH and the authors named below, Hetzner
Community tutorials (community.hetzner.com/tutorials), MIT License". No
endorsement by Hetzner Online GmbH, the authors or the companies,
projects and products the tutorials name is implied. "Hetzner" and the
names of its products are Hetzner Online GmbH's; the names of other
companies, projects and products are their owners'. Images, screenshots
and videos of the tutorials are not included.

Changes (the texts are an adaptation): a selection of %d tutorial files
(by a fixed rule, see scripts/qa-texts/hetzner-community.py); each
rendered from Markdown to plain text, one paragraph per line with a
blank line between (headings, list items, table rows and lines ended by
a line break as paragraphs of their own); the front matter (title,
date, author, description, tags), the licence comment, images, videos,
code blocks, link targets and markup left out. No wording was changed;
typos of the originals are kept.

Files (name, date = the front matter's date, title, author, the
tutorial's place on community.hetzner.com (the front matter's path, not
checked against the live site), source file in the repository and its
address at the commit used):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("hc62", entry, out, COPYRIGHT + "".join(items) + "\nThe licence (the repository's LICENSE at the commit "
       "used):\n\n" + LICENSE, len(sources), total)
