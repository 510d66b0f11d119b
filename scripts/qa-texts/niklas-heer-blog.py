#!/usr/bin/env python3
"""Builds the sixty-fourth QA set's collection (nh64): German posts of
Niklas Heer's blog (a personal tech blog of 2011 to 2016, whose
chosen posts are of 2011 to 2014: Mac tips of the series "Apfelkorb",
the author's tool TunlrControl for the DNS service Tunlr, NTFS on the
Mac, an upload server with Node.js, Ubuntu 13.04's file browser,
WhatsApp, Threema and Telegram, Google Chrome apps, a WordPress
plugin, the debate on copyright and SOPA, the like button, videos and
finds of the series "Öfter mal was Neues"), from the blog's repository, niklas-heer/blog
(the stored snapshot is the local bare mirror of that repository,
commit 95d3ad8210f48aecfa7d89d44b7f350b9625a8ea of 2016-11-22). Each
post is a Markdown file content/post/YYYY-MM-DD-NAME.md with a YAML
front matter (title, description, date, tags; the posts of 2015 and
2016 have a TOML front matter). The title is not repeated in the text:
the site prints the front matter's title as the heading.

Licence: the repository's README.md says under "Licensing": "Except as
otherwise noted, all articles (`content/post`) and pictures are
licensed under the Creative Commons Attribution-ShareAlike 4.0
License, and all code is licensed under the MIT License." LICENSE, at
its root, is the MIT License ("Copyright (c) 2015 Niklas Heer") for
the code. The posts are articles under content/post, so the texts are
used, and the adapted texts shared, under CC BY-SA 4.0
(https://creativecommons.org/licenses/by-sa/4.0/); the script checks
the README's sentence and that no chosen post states another licence;
texts/nh64/COPYRIGHT carries the attribution, the changes and the
README's licensing section.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of content/post with the blob sizes, the
front matter's kind and date, the count of function words and the
byte size of each post's rendered text were looked at): candidates are
the files of content/post/
1. that are posts YYYY-MM-DD-NAME.md (the file 9999-99-99-summary.md
   left out): 71;
2. which are German by a count of function words in the body
   (mdtext.german): 60;
3. which state no licence of their own (no "Lizenz", "licence",
   "license" or creativecommons.org in the Markdown; two posts left
   out, which put a script of the author under CC BY-NC-SA 3.0, not a
   licence that allows every use): 58;
4. whose rendered text (see below) has at least 300 bytes: 23.
All 23 are taken: 23 posts of 2011-11-08 to 2014-02-20 (3 of 2011, 16
of 2012, 3 of 2013, 1 of 2014). The bound was chosen from the sizes
only, for about 25 posts: 250 bytes would have given 27 posts, 300
gives 23, 400 gives 19. Step 3 was added after the first run, whose
check for other licences stopped on the two posts (a line of each was
printed by a git grep), before any text was read. The script asserts
every count. The rule was not changed after the texts were read.

Date = the front matter's date (YYYY-MM-DD; it differs from the file
name's day for one chosen post, 2013-04-29 for the file of 2013-04-30).
Title = the front matter's title. Author = Niklas Heer (the blog's
author; the posts name none). Files are named YYYY-MM-DD-NAME.de.txt,
the date being the front matter's, NAME the file name's part after its
date, lower-cased, with ä, ö, ü, ß written ae, oe, ue, ss and every
run of other characters than a-z and 0-9 written "-" (leading and
trailing "-" dropped).

Rendering (Python 3, standard library only; mdtext.py, shared with the
blog builders, renders the Markdown), as a reader of the web page sees
the text, one paragraph per line with a blank line between paragraphs: a
paragraph per Markdown paragraph, list item, heading and block-quote
paragraph; the front matter is not rendered. Before that, Hugo's
shortcodes {{< youtube ... >}} and {{< gist ... >}} (a video player, an
embedded gist of code) are dropped; any other shortcode would stop the
script. Left out: fenced and
indented code blocks; images; HTML comments; <script>, <style>, <pre>,
<noscript>, <svg> and <iframe> elements (the embedded videos) with
their content; link reference definitions; horizontal rules;
paragraphs without a letter. Inline: code spans kept without
backticks; links give their text; autolinks give the address; HTML
tags dropped, their text kept (image captions stay); emphasis markers
dropped; backslash escapes and entities resolved; white space runs
made one space.

    scripts/qa-texts/niklas-heer-blog.py \\
        /work/.mirror/niklas-heer+blog/repo/.git \\
        retrieval/eval/testdata/qa/texts/nh64

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/nh64 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(qaentry.write_text), writes texts/nh64/COPYRIGHT, puts the nh64 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are nh-YYYY-MM-DD, with -2
for a second post of the same day; published = the date. Running it
twice gives the same files byte for byte. The shared helpers
(gitmirror, mdtext, qaentry) are used unchanged."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "95d3ad8210f48aecfa7d89d44b7f350b9625a8ea"  # 2016-11-22
FOLDER = "content/post/"
BOUND = 300
REPO = "https://github.com/niklas-heer/blog/blob/%s/" % COMMIT
mirror, out = arguments("nh64")

DESCRIPTION = ("Sixty-fourth set: %d German posts of Niklas Heer's blog (a personal tech blog: Mac tips of the series "
    "Apfelkorb, the author's tool TunlrControl, NTFS on the Mac, "
    "an upload server with Node.js, Ubuntu 13.04's file browser, WhatsApp, Threema and Telegram, Google Chrome apps, copyright, SOPA and the "
    "like button, videos of the series Öfter mal was Neues), dated %s to %s, from the blog's repository, "
    "niklas-heer/blog (commit %s of 2016-11-22; articles under CC BY-SA 4.0 by its README; attribution in "
    "texts/nh64/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, the front "
    "matter and sizes: the posts content/post/YYYY-MM-DD-NAME.md (%d), German by function words (%d), stating no "
    "licence of their own (%d), with at least %d bytes of rendered text (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/niklas-heer-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading and block-quote paragraph; no front "
    "matter (the title, which the site prints as the heading, is not in the text); Hugo shortcodes youtube and gist "
    "dropped; left out: fenced and indented "
    "code blocks, images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements (embedded "
    "videos), link reference definitions, horizontal rules, paragraphs without a letter; inline code kept without "
    "backticks, links as their text, autolinks as their address, HTML tags dropped (their text kept), emphasis "
    "markers dropped, entities resolved, white space runs made one space. Title = the front-matter title; "
    "published = the front matter's date.")

NAME = r"content/post/(\d{4}-\d\d-\d\d)-(.+)\.md"


def source(path):
    """The front matter's lines and the body after it (YAML between "---"
    lines, or TOML between "+++" lines)."""
    src = gitmirror.git(mirror, "show", "%s:%s" % (COMMIT, path)).decode("utf-8").replace("\r\n", "\n")
    m = re.match(r"(---|\+\+\+)\n(.*?)\n\1\n", src, re.S)
    assert m, path
    return m.group(2).split("\n"), src[m.end():]


def value(path, key):
    """A front-matter value: YAML by mdtext.yaml_value, TOML 'key = "v"'."""
    lines = source(path)[0]
    v = mdtext.yaml_value(lines, key)
    if v:
        return v
    for l in lines:
        m = re.match(r'^%s\s*=\s*"(.*)"\s*$' % key, l)
        if m:
            return m.group(1)
    return ""


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    text = source(path)[1].replace("\t", "    ")
    text = re.sub(r"\{\{<\s*(?:youtube|gist)\b[^{}]*>\}\}", "\n", text)
    assert not re.search(r"\{\{[<%]", text), path
    return mdtext.paragraphs(mdtext.drop_elements(text))


def stem(path):
    """The file name's part for NAME (see the docstring)."""
    n = re.fullmatch(NAME, path).group(2).lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        n = n.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", n).strip("-")


def size(path):
    return len(("\n\n".join(render(path)) + "\n").encode("utf-8"))


# Candidates, from the file list, the front matter and sizes only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
cands, counts = qaentry.sieve([f for f in files if f[1].endswith(".md")], [
    lambda f: re.fullmatch(NAME, f[1]) and not f[0].startswith("9999"),
    lambda f: mdtext.german(source(f[1])[1]),
    lambda f: not re.search(r"lizenz|licen[cs]e|creativecommons\.org", source(f[1])[1], re.I),
    lambda f: size(f[1]) >= BOUND,
])
assert counts == [71, 60, 58, 23], counts
dates = {p: qaentry.published(p, value(p, "date")) for _, p, _ in cands}
cands.sort(key=lambda f: (dates[f[1]], f[1]))

README = gitmirror.git(mirror, "show", "%s:README.md" % COMMIT).decode("utf-8")
LICENSING = README[README.index("## Licensing"):].strip()
assert ("Except as otherwise noted, all articles (`content/post`) and pictures are licensed under the [Creative "
        "Commons Attribution-ShareAlike 4.0](http://creativecommons.org/licenses/by-sa/4.0/) License") in LICENSING
LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE" % COMMIT).decode("utf-8")
assert LICENSE.startswith("The MIT License (MIT)") and "Copyright (c) 2015 Niklas Heer" in LICENSE

sources, items = [], []
source_id, total = qaentry.day_ids("nh"), 0
for _, path, _ in cands:
    d = dates[path]
    body = source(path)[1]
    paras = render(path)
    text = "\n\n".join(paras) + "\n"
    assert not any(m in text for m in ("<!--", "{{", "}}", "{%", "```", "</")), path
    fname = "%s-%s.de.txt" % (d, stem(path))
    assert re.fullmatch(r"[a-z0-9.-]+", fname), fname
    total += qaentry.write_text(out, fname, text)
    title = re.sub(r"\s+", " ", value(path, "title")).strip()
    assert title, path
    sources.append({"id": source_id(d), "title": title, "language": "de", "published": d, "file": "nh64/" + fname})
    items.append("- %s (%s): \"%s\"; by Niklas Heer; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code, images and videos left out\n"
                 % (fname, d, title, path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources)
assert len(set(s["id"] for s in sources)) == len(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2011, 2015)] == [3, 16, 3, 1], years

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[1],
                                       counts[2], BOUND, counts[3]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Niklas Heer, blog (niklas-heer/blog), CC BY-SA 4.0, %d German posts of %s to %s

Work: posts of Niklas Heer's blog, written by Niklas Heer, from the
blog's repository niklas-heer/blog
(https://github.com/niklas-heer/blog; the copy used is a bare mirror
at commit %s of 2016-11-22), Markdown files %sYYYY-MM-DD-NAME.md with
a YAML front matter.

Licence: the repository's README.md says (its section "Licensing",
quoted in full below) that, except as otherwise noted, all articles
(content/post) and pictures are licensed under the Creative Commons
Attribution-ShareAlike 4.0 License, and all code under the MIT License
(the repository's LICENSE, "Copyright (c) 2015 Niklas Heer"). No chosen
post notes another licence (two posts that put a
script under CC BY-NC-SA 3.0 were left out by the rule). The posts are used, and the adapted texts
in this folder are shared, under the Creative Commons
Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/legalcode).

Attribution: "Niklas Heer, blog (niklas-heer/blog), CC BY-SA 4.0". No
endorsement by the author or by the companies, products and people the
posts name is implied; their names are their owners'. Images and
embedded videos of the posts are not included.

Changes (the texts are an adaptation, shared under CC BY-SA 4.0): a
selection of %d posts (by a fixed rule, see
scripts/qa-texts/niklas-heer-blog.py); each rendered from Markdown to
plain text, one paragraph per line with a blank line between
(headings and list items as paragraphs of their own); the front matter
(title, description, date, tags), images, embedded videos, code blocks,
link targets and markup left out. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's date, title, author, source file
in the repository and its address at the commit used):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("nh64", entry, out, COPYRIGHT + "".join(items) + "\nThe README's licensing section (README.md at the commit "
       "used):\n\n" + LICENSING + "\n", len(sources), total)
