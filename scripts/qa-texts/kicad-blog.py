#!/usr/bin/env python3
"""Builds the sixty-fifth QA set's collection (ki65): English posts of
the KiCad blog (kicad.org/blog, formerly kicad-pcb.org/blog: the news
of KiCad, the free and open-source suite for electronic design,
schematics and printed circuit boards; posts by its project leader and
development team: the feature freeze of 2015 and a development summary,
releases and a release candidate of the versions 4 and 5, the 3D plugin
system and the new 3D viewer, the move to Git, Gerber X2, the Eagle
import, the official libraries, template paths, the first KiCad
conference (KiCon), the project leader's employers (WIT, the KiCad
Services Corporation), the Linux Foundation, development highlights of
2020 (Altium import, settings) and the Open Ventilator project) of 2015
to 2020, from the web site's repository
KiCad/kicad-website (the stored snapshot is the local bare mirror of
that repository, commit 84af11497fe9269603f212f55e50ecdeda05b618 of
2020-07-22, the last of the GitHub copy; the site moved to GitLab).
Each post is an AsciiDoc file content/blog/NAME.adoc or
content/blog/2020/NAME.adoc with a TOML front matter between "+++"
lines (title, date, draft, aliases, "blog/categories"). The title is
not repeated in the text: Hugo prints the front matter's title as the
heading.

Licence: the repository's LICENSE.adoc (and README.adoc, under
"LICENSE") says: "The kicad-website repository is dual licensed. You
may distribute it and/or modify it under the terms of either the GNU
General Public License (http://www.gnu.org/licenses/gpl.html), version
3 or later, or the Creative Commons Attribution License
(http://creativecommons.org/licenses/by/3.0/), version 3.0 or later."
The texts are used under the second of these, the Creative Commons
Attribution licence, in its version 4.0 (the statement allows "version
3.0 or later"), and the adapted texts are shared under CC BY 4.0;
texts/ki65/COPYRIGHT carries the attribution, the changes and, at its
end, LICENSE.adoc (its SHA-256 checked) and the repository's copy of
the CC BY 3.0 text (content/about/licenses/_cc-by-3.0.adoc) in full.

Which posts, by a fixed rule written down before the chosen posts were
read (only the file list of content/blog with the blob sizes, the
front matter's date, draft and author lines, a count of the AsciiDoc
markup used at line starts, and four posts printed whole to see the
format, were looked at): candidates are the files of content/blog/
1. that are posts, NAME.adoc or 2020/NAME.adoc with a front-matter
   date: 45;
2. which are not drafts (no "draft = true"): 45 (all);
3. which are English by a count of function words in the body
   (mdtext.english): 45 (all).
Taken, in date order (the front matter's date, then the path): the
newest post and every second before it (mdtext.newest_and_every with
step 2): 23 posts of 2015-03-30 to 2020-05-20 (4 of 2015, 4 of 2016,
3 of 2017, 3 of 2018, 6 of 2019, 3 of 2020). The step was chosen from
the count only, for 20 to 30 posts spread over the years (all 45
would have been 98 KB of AsciiDoc, every second 23 posts, every third
15). The script asserts every count. The rule was not changed after
the texts were read.

Date = the front matter's date (YYYY-MM-DD). Title = the front
matter's title. Author: the posts name none in their front matter;
most are signed in the text ("The KiCad Project.", "The KiCad
Development Team", "Wayne"), so COPYRIGHT names "the KiCad project".
Files are named YYYY-MM-DD-NAME.en.txt, NAME being the file name
without ".adoc", lower-cased.

Rendering (Python 3, standard library only): the AsciiDoc is first
written as the Markdown that the shared renderer mdtext.py reads, as a
reader of the web page sees the text, one paragraph per line with a
blank line between paragraphs: a paragraph per paragraph, list item,
heading and admonition; the front matter is not rendered. AsciiDoc, as
used by the chosen posts: attribute entries (":icons:") dropped; the
"blog/categories" lines written below the front matter by a slip in
one post (2016-11-18, which Hugo shows as text) dropped; listing blocks
between "----" lines dropped with their content (fenced "```" blocks
and HTML comments as by mdtext); "'''" (a horizontal rule) dropped;
block images ("image::") dropped with their block titles (".Caption"
lines) and anchors ("[[id]]"); the admonition style line "[WARNING]"
and the label "NOTE:" dropped, the admonition's text kept; headings
"== Title" as headings; list items "* " and "** " as items; a line
beginning "+ " kept as text (it is no list marker in AsciiDoc); links
"URL[text]" and "link:TARGET[text]" as their text (as their target when
the text is empty). mdtext then: code spans kept without backticks,
autolinks as their address, HTML tags dropped with their text kept,
emphasis markers dropped, entities resolved, white space runs made one
space, paragraphs without a letter left out. Asciidoctor's typographic
replacements (curly apostrophes, dashes) are not made: the characters
are kept as written. Any other AsciiDoc block markup would stop the
script.

    scripts/qa-texts/kicad-blog.py \\
        /work/.mirror/KiCad+kicad-website/repo \\
        retrieval/eval/testdata/qa/texts/ki65

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/ki65 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(posts.write_post), writes texts/ki65/COPYRIGHT, puts the ki65 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are ki-YYYY-MM-DD, with -2
for a second post of the same day (none here); published = the date.
Running it twice gives the same files byte for byte. The shared helpers
(gitmirror, posts, mdtext, qaentry) are used unchanged."""
import hashlib
import json
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "84af11497fe9269603f212f55e50ecdeda05b618"  # 2020-07-22
FOLDER = "content/blog/"
STEP = 2
REPO = "https://github.com/KiCad/kicad-website/blob/%s/" % COMMIT
mirror, out = arguments("ki65")

DESCRIPTION = ("Sixty-fifth set: %d English posts of the KiCad blog (kicad.org/blog, formerly kicad-pcb.org/blog: "
    "the news of KiCad, the free and open-source suite for electronic design automation, schematics and printed "
    "circuit boards: the feature freeze of 2015 and a development summary, stable releases of the versions 4 and 5 "
    "and a release candidate, the 3D plugin system and the new 3D viewer, the move to Git, Gerber X2, the Eagle "
    "import, the official libraries, template paths, the first KiCad conference (KiCon), the project leader's "
    "employers, the Linux Foundation, development highlights of 2020 (Altium import, settings) and the Open "
    "Ventilator project), dated %s to %s, from the site's repository, "
    "KiCad/kicad-website (commit %s of 2020-07-22; dual licensed under the GPL, version 3 or later, or the "
    "Creative Commons Attribution licence, version 3.0 or later, by its LICENSE.adoc; used under CC BY 4.0; "
    "attribution and the licence statement in texts/ki65/COPYRIGHT), one source per post, chosen by a fixed rule "
    "that reads only the file list and the front matter: the posts content/blog/NAME.adoc or 2020/NAME.adoc (%d), "
    "not drafts (%d), English by function words (%d), in date order the newest and every %dnd before it (%d).")
TEXT = ("Built by scripts/qa-texts/kicad-blog.py from the posts' AsciiDoc (git show of the mirror), posts by the "
    "fixed rule in the script, written as Markdown and rendered as plain text by scripts/qa-texts/mdtext.py, one "
    "paragraph per line with a blank line between: a paragraph per paragraph, list item, heading and admonition; no "
    "front matter (the title, which the site prints as the heading, is not in the text); left out: attribute "
    "entries, listing and fenced code blocks, horizontal rules, block images with their titles (captions) and "
    "anchors, admonition labels (NOTE, WARNING), HTML comments, paragraphs without a letter; links as their text, "
    "autolinks as their address, code spans kept without backticks, emphasis markers dropped, entities resolved, "
    "white space runs made one space; no typographic replacements. Title = the front-matter title; published = the "
    "front matter's date.")

NAME = r"content/blog/(?:2020/)?([^/]+)\.adoc"


def source(path):
    """The front matter's lines and the body after it (TOML between
    "+++" lines)."""
    src = gitmirror.text(mirror, COMMIT, path)
    m = re.match(r"\+\+\+\n(.*?)\n\+\+\+[ \t]*\n", src, re.S)
    assert m, path
    return m.group(1).split("\n"), src[m.end():]


def value(path, key):
    """A TOML front matter's string value ("" for none)."""
    for l in source(path)[0]:
        m = re.fullmatch(r'%s\s*=\s*("(?:[^"\\]|\\.)*")\s*' % re.escape(key), l)
        if m:
            return json.loads(m.group(1))
    return ""


def markdown(path):
    """The post's AsciiDoc body written as Markdown (see the docstring)."""
    body = source(path)[1].replace("\t", "    ")
    slip = re.match(r'\s*"blog/categories" = \[\n(?:\s+"[^"\n]*",?\n)+\]\n', body)
    if slip:
        assert path.endswith("gerber-x2-support.adoc"), path
        body = body[slip.end():]
    body = mdtext.drop_elements(body)
    lines, out, i = body.split("\n"), [], 0
    while i < len(lines):
        l = lines[i]
        if re.fullmatch(r"-{4,}\s*", l):  # a listing block, dropped
            j = i + 1
            while not re.fullmatch(r"-{4,}\s*", lines[j]):
                j += 1
            out.append("")
            i = j + 1
            continue
        assert not re.fullmatch(r"(\.{4,}|={4,}|\+{4,}|\*{4,}|_{4,}|\|===)\s*", l), (path, l)
        if re.fullmatch(r":[\w-]+:.*", l) or re.fullmatch(r"\[\[[\w-]+\]\]\s*", l) or l.strip() == "'''":
            out.append("")
        elif l.startswith("image::"):
            assert re.fullmatch(r"image::\S+\[[^\]]*\]\s*", l), (path, l)
            out.append("")
        elif re.match(r"\.[^\s.]", l):  # a block title: only an image's caption here
            assert lines[i + 1].startswith("image::"), (path, l)
            out.append("")
        elif re.fullmatch(r"\[(NOTE|TIP|WARNING|IMPORTANT|CAUTION)\]\s*", l):
            out.append("")
        else:
            assert not re.match(r"\[[^\]]*\]\s*$", l), (path, l)
            assert "image:" not in l, (path, l)
            l = re.sub(r"^(NOTE|TIP|WARNING|IMPORTANT|CAUTION): ", "", l)
            l = re.sub(r"^(=+)\s+", lambda m: "#" * len(m.group(1)) + " ", l)
            l = re.sub(r"^\*+\s+", "- ", l)
            l = re.sub(r"^\+ ", r"\\+ ", l)
            out.append(l)
        i += 1
    text = "\n".join(out)
    link = lambda m: m.group(2).strip() or m.group(1)
    text = re.sub(r"link:(\S+?)\[([^\]]*)\]", link, text)
    text = re.sub(r"((?:https?|ftp)://[^\s\[\]<>]+)\[([^\]]*)\]", link, text)
    assert not re.search(r"<<|\{[a-z-]+\}|pass:|footnote:|kbd:|\s\+\n", text), path
    return text


def render(path):
    return mdtext.paragraphs(markdown(path))


# Candidates, from the file list and the front matter only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]) and f[2] is not None and value(f[1], "date") != "",
    lambda f: not any(re.fullmatch(r"draft\s*=\s*true\s*", l) for l in source(f[1])[0]),
    lambda f: mdtext.english(source(f[1])[1]),
])
assert counts == [45, 45, 45], counts
dates = {p: qaentry.published(p, value(p, "date")) for _, p, _ in cands}
cands.sort(key=lambda f: (dates[f[1]], f[1]))
chosen = mdtext.newest_and_every(cands, STEP)
assert len(chosen) == 23, len(chosen)

sources, items = [], []
source_id, total = qaentry.day_ids("ki"), 0
for _, path, size in chosen:
    d = dates[path]
    stem = "%s-%s" % (d, re.fullmatch(NAME, path).group(1))
    fname, n = posts.write_post(out, stem, render(path),
                                left=("<!--", "{{", "}}", "{%", "```", "<br", "</", "link:", "image:", "[[", "'''"))
    total += n
    title = re.sub(r"\s+", " ", value(path, "title")).strip()
    assert title, path
    sources.append({"id": source_id(d), "title": title, "language": "en", "published": d, "file": "ki65/" + fname})
    items.append("- %s (%s): \"%s\"; by the KiCad project; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources)
assert len(set(s["id"] for s in sources)) == len(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2015, 2021)] == [4, 4, 3, 3, 6, 3], years

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[1],
                                       counts[2], STEP, len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE.adoc" % COMMIT)
LICENSE_SHA256 = hashlib.sha256(LICENSE).hexdigest()
assert LICENSE_SHA256 == "f255aeb4077f80962fe9d7ed5f0c44a7d8849abd70a89b87f46460a01b6b74c6", LICENSE_SHA256
LICENSE = LICENSE.decode("utf-8")
assert "or the Creative Commons Attribution License\n(http://creativecommons.org/licenses/by/3.0/), version 3.0 or later." in LICENSE
README = gitmirror.git(mirror, "show", "%s:README.adoc" % COMMIT).decode("utf-8")
assert "The kicad-website repository is dual licensed." in README
CCBY3 = gitmirror.git(mirror, "show", "%s:content/about/licenses/_cc-by-3.0.adoc" % COMMIT).decode("utf-8")
assert "Creative Commons Attribution 3.0 Unported" in CCBY3

COPYRIGHT = """The KiCad project, KiCad blog (https://www.kicad.org/blog/), CC BY 4.0, %d English posts of %s to %s

Work: posts of the KiCad blog (kicad.org/blog, formerly
kicad-pcb.org/blog), the news of the KiCad project (KiCad EDA, the free
and open-source suite for electronic design automation), written by
the project leader and the KiCad development team (the posts name no
author in their front matter; most are signed in the text), from the
web site's repository KiCad/kicad-website
(https://github.com/KiCad/kicad-website; the copy used is a bare mirror
at commit %s of 2020-07-22), AsciiDoc files %sNAME.adoc or
2020/NAME.adoc with a TOML front matter.

Licence: the repository's LICENSE.adoc and README.adoc say: "The
kicad-website repository is dual licensed. You may distribute it
and/or modify it under the terms of either the GNU General Public
License (http://www.gnu.org/licenses/gpl.html), version 3 or later, or
the Creative Commons Attribution License
(http://creativecommons.org/licenses/by/3.0/), version 3.0 or later."
The posts are used under the Creative Commons Attribution licence, in
its version 4.0 (Creative Commons Attribution 4.0 International,
https://creativecommons.org/licenses/by/4.0/), which the statement
allows ("version 3.0 or later"); the adapted texts in this folder are
shared under CC BY 4.0. LICENSE.adoc and the repository's copy of the
CC BY 3.0 text follow in full at the end of this file.

Attribution: "The KiCad project, KiCad blog (kicad.org/blog), from
KiCad/kicad-website, CC BY 4.0". No endorsement by the KiCad project,
its developers or the companies, organisations and projects the posts
name is implied. "KiCad" and the names of other projects, companies,
events and products are their owners'. Images and screenshots of the
posts are not included.

Changes (the texts are an adaptation): a selection of %d posts (by a
fixed rule, see scripts/qa-texts/kicad-blog.py); each rendered from
AsciiDoc to plain text, one paragraph per line with a blank line
between (headings, list items and admonitions as paragraphs of their
own); the front matter (title, date, categories), attribute entries,
images with their captions, code and listing blocks, horizontal rules,
admonition labels, link targets and markup left out. No wording was
changed; typos of the originals are kept.

Files (name, date = the front matter's date, title, author, source file
in the repository and its address at the commit used):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("ki65", entry, out, COPYRIGHT + "".join(items) + "\nThe licence statement (the repository's LICENSE.adoc "
       "at the commit used):\n\n" + LICENSE + "\n\nThe repository's copy of the Creative Commons Attribution 3.0 "
       "Unported licence (content/about/licenses/_cc-by-3.0.adoc at the commit used):\n" + CCBY3, len(sources),
       total)
