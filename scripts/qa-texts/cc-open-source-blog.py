#!/usr/bin/env python3
"""Builds the eighty-fourth QA set's collection (cc84): English posts of
the CC Open Source blog (opensource.creativecommons.org/blog), the
technology blog of Creative Commons, the non-profit behind the Creative
Commons licences: progress reports of Google Summer of Code and
Outreachy interns (the CC Vocabulary design system, accessibility and
internationalisation of CC Search, the licence chooser, the legal
database, the platform toolkit, catalog API work), notes on the
WordPress base theme and plugin, the site's move to Lektor, messaging
and versioning changes, and the decision to skip GSoC 2025, 2020 to
2025, from the site's repository,
creativecommons/creativecommons.github.io-source (the stored snapshot is
the local bare mirror of that repository). Posts are Lektor files
content/blog/entries/SLUG/contents.lr: fields separated by lines "---"
(title, author, categories, series, pub_date, body), the body in
Markdown. The commit used is the mirror's newest, COMMIT
388cc1867657d867a4deff254cfca44dd569a583 of 2025-06-12. Only the body
is in the text.

Licence: the repository's README.md (its "Content" section, checked by
the script) says "All the content within this repository is licensed
under a Creative Commons Attribution 4.0 International License unless
otherwise specified", linking to
https://creativecommons.org/licenses/by/4.0/; the posts are content of
that repository, so they are used under CC BY 4.0, which allows sharing
adapted works. The repository's LICENSE is the Expat (MIT) licence, for
the code (its first line checked by the script). No chosen post states
another licence for its own text (checked by the script). Images are
not used. The adapted texts are shared under CC BY 4.0;
texts/cc84/COPYRIGHT carries the attribution, the licence's address,
the changes and the no-endorsement note.

Which posts, by a fixed rule written down before any post's text was
read (only the last commit's line, the root listing, a grep of README.md
for licence words, the names of LICENSE files, the list of content/blog
contents.lr files with blob sizes and the pub_date line of each entry
were looked at; after the rule, the candidates' field names and lines
beginning with "_" (to check for "_hidden"; six body lines of five posts
were shown by it), and for the chosen posts the HTML tag names, fences,
images, "{{"/"{%", footnotes, attribute lists, tabs and escaped "----"
lines were counted): candidates are the files named contents.lr under
content/blog/ (250, with the authors' and series' pages)
1. named content/blog/entries/SLUG/contents.lr: 130;
2. with a pub_date field: 127;
3. whose pub_date is 2020-01-01 or later: 88;
4. not hidden (no "_hidden: yes" field): 88;
5. whose file has 1,500 to 4,000 bytes: 29, all taken (79,536 bytes).
The bounds were chosen from the date and size lists for 25 to 40 posts:
they take the newer posts and leave out the long technical ones (over
4,000 bytes) and the shortest notes. Order: by the date, then the path.
The script asserts every count. The rule was not changed after the
texts were read.

Date = the pub_date field's first ten characters; none lies after the
commit's day. Title = the title field; author = the author field (a
user name of the site's author pages). Files are named
YYYY-MM-DD-SLUG.en.txt (SLUG the folder's name without a leading
YYYY-MM-DD- (four folders begin with their date), lower-cased, runs
other than a-z, 0-9 and "." as "-"). Addresses: the posts' own addresses on
the site were not derived and nothing was opened; COPYRIGHT gives each
source file's address in the repository at COMMIT.

Rendering, one paragraph per line with a blank line between paragraphs:
the Lektor fields are split at lines that are exactly "---" (a line of
four or more dashes loses one, as Lektor unescapes it), the body field
is taken, tabs read as four spaces, and it is rendered by mdtext.py's
post_paragraphs (Python 3, standard library only): a paragraph per
Markdown paragraph, list item, heading, block-quote paragraph and table
body row ("Header: cell; Header: cell"). Left out: fenced and indented
code blocks, images, HTML comments, <script>, <style>, <pre>,
<noscript>, <svg> and <iframe> elements with their content, horizontal
rules, paragraphs without a letter. Inline: code spans kept without
backticks; links give their text; HTML tags dropped, their text kept;
emphasis markers dropped; backslash escapes and entities resolved; white
space runs made one space. No typographic conversion. A footnote ("[^")
or an attribute list ("{:") in a chosen body stops the script (none),
and so does any "<!--", "```", "{{", "{%", "</", "[^" or "![" left in a
text, but for one closing tag written as inline code in prose
("<tag>string</tag>" in the 2020-06-10 accessibility report, kept as
text; the script checks it occurs there once).

    scripts/qa-texts/cc-open-source-blog.py \\
        /work/.mirror/creativecommons+creativecommons.github.io-source/repo \\
        retrieval/eval/testdata/qa/texts/cc84

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/cc84 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/cc84/COPYRIGHT, puts the cc84 entry into collections.json
(only when writing the default folder, through qaentry.finish) and
prints it. Source ids are cc-YYYY-MM-DD (by the date), with -2 for a
second post of the same day; published = the date. Running it twice
gives the same files byte for byte. The shared helpers (gitmirror,
mdtext, posts, qaentry) are used as they are."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # write_post, add_post, one_line, assert_unique
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "388cc1867657d867a4deff254cfca44dd569a583"  # 2025-06-12
COMMIT_DAY = "2025-06-12"
FOLDER = "content/blog/"
FROM, LOW, HIGH = "2020-01-01", 1500, 4000
REPO = "https://github.com/creativecommons/creativecommons.github.io-source/blob/%s/" % COMMIT
LEFT = ("<!--", "```", "{{", "{%", "[^", "![")  # and "</", checked apart
# A closing tag written as inline code in prose ("`<tag>string</tag>`"),
# kept as text: the only "</" allowed in a text.
CODE_TAG = {"2020-06-10-cc-search-accessibility-week1-2": "<tag>string</tag>"}
mirror, out = arguments("cc84")

DESCRIPTION = ("Eighty-fourth set: %d English posts of the CC Open Source blog (opensource.creativecommons.org/blog), "
    "the technology blog of Creative Commons: progress reports of Google Summer of Code and Outreachy interns (CC "
    "Vocabulary, CC Search accessibility and internationalisation, the licence chooser, the legal database, the "
    "platform toolkit, catalog API work), WordPress theme and plugin notes, the site's move to Lektor, messaging and "
    "versioning changes and the decision to skip GSoC 2025, dated %s to %s, from the site's repository, "
    "creativecommons/creativecommons.github.io-source (commit %s of 2025-06-12; the README licenses all content, "
    "unless otherwise specified, under CC BY 4.0, the code is MIT; attribution in texts/cc84/COPYRIGHT), one source "
    "per post, chosen by a fixed rule that reads only the file list, blob sizes and the pub_date and _hidden fields: "
    "the posts content/blog/entries/SLUG/contents.lr (%d), with a pub_date (%d) of %s or later (%d), not hidden "
    "(%d), those of %s to %s bytes (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/cc-open-source-blog.py from the posts' Lektor files (git show of the mirror), posts "
    "by the fixed rule in the script; the body field taken, then rendered as plain text by scripts/qa-texts/mdtext.py, "
    "one paragraph per line with a blank line between: a paragraph per Markdown paragraph, list item, heading, "
    "block-quote paragraph and table row; no other field (the title and author are not in the text); no typographic "
    "conversion; left out: fenced and indented code blocks, images, HTML comments, script, style, pre, noscript, svg "
    "and iframe elements, horizontal rules, paragraphs without a letter; inline code kept without backticks, links as "
    "their text, HTML tags dropped (their text kept), emphasis markers dropped, backslash escapes and entities "
    "resolved, white space runs made one space. Title = the title field; published = the pub_date field's day.")

NAME = r"content/blog/entries/([^/]+)/contents\.lr"


def read(path):
    """The Lektor file's fields as a dict (field name to value): blocks
    split at lines that are exactly "---", a line of four or more dashes
    losing one; a block's first line is "name: value", a multi-line
    value follows it (leading and trailing blank lines dropped). A block
    without a field name (an unescaped "---" in a value) is left out, as
    Lektor leaves it out; its path is noted in stray."""
    src = gitmirror.text(mirror, COMMIT, path)
    assert not src.startswith("\ufeff"), path
    fields, block = {}, []
    for line in src.split("\n") + ["---"]:
        if line == "---":
            if any(l.strip() for l in block):
                while not block[0].strip():
                    block.pop(0)
                m = re.fullmatch(r"([A-Za-z0-9_-]+)[ \t]*:[ \t]*(.*)", block[0])
                if not m:  # no field name: Lektor ignores the block
                    stray.add(path)
                    block = []
                    continue
                value = "\n".join([m.group(2)] + block[1:]).strip("\n")
                assert m.group(1) not in fields, (path, m.group(1))
                fields[m.group(1)] = value.strip() if "\n" not in value else value
            block = []
            continue
        block.append(line[1:] if re.fullmatch(r"-{4,}", line) else line)
    return fields


cache, stray = {}, set()


def field(path, name):
    """A field's value ("" for none), each file read once."""
    if path not in cache:
        cache[path] = read(path)
    return cache[path].get(name, "")


def stem(path):
    """The post's folder name without a leading date, lower-cased, runs
    other than a-z, 0-9 and "." as "-" (see the docstring)."""
    name = re.sub(r"^\d{4}-\d\d-\d\d-", "", re.fullmatch(NAME, path).group(1).lower())
    return re.sub(r"[^a-z0-9.]+", "-", name).strip("-")


# Candidates, from the file list, blob sizes and the pub_date and _hidden fields only.
files = [f for f in gitmirror.files(mirror, COMMIT, FOLDER, recursive=True) if f[0] == "contents.lr"]
assert len(files) == 250, len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: field(f[1], "pub_date") != "",
    lambda f: field(f[1], "pub_date")[:10] >= FROM,
    lambda f: field(f[1], "_hidden") not in ("yes", "true"),
    lambda f: LOW <= f[2] <= HIGH,
])
assert counts == [130, 127, 88, 88, 29], counts
date = {f[1]: qaentry.published("", field(f[1], "pub_date")) for f in cands}
chosen = sorted(cands, key=lambda f: (date[f[1]], f[1]))
assert len(chosen) == 29 and sum(f[2] for f in chosen) == 79536

# Licence: the README's Content section puts the content under CC BY 4.0
# unless otherwise specified; the repository's LICENSE (code) is MIT.
README = gitmirror.text(mirror, COMMIT, "README.md")
assert ("All the content within this repository is licensed under a [Creative Commons\nAttribution 4.0 International "
        "License][cc-by] unless otherwise\nspecified.") in README
assert "[cc-by]: https://creativecommons.org/licenses/by/4.0/ " in README
LICENSE = gitmirror.text(mirror, COMMIT, "LICENSE")
assert LICENSE.startswith("MIT License\n\nCopyright (c) 2019 Creative Commons\n"), LICENSE[:100]

ids = qaentry.day_ids("cc")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    body = field(path, "body")
    assert body and path not in stray, path
    assert not re.search(r"(this|the) (text|post|article|blog post) (is|are) licen[cs]ed|all rights reserved|"
                         r"licen[cs]ed under", body, re.I), path
    assert "[^" not in body and "{:" not in body, path
    d = date[path]
    assert d <= COMMIT_DAY, path
    paras = mdtext.post_paragraphs(body.replace("\t", "    "))
    key = "%s-%s" % (d, stem(path))
    joined = "\n".join(paras)
    assert "</" not in joined.replace(CODE_TAG.get(key, "\0"), ""), path
    assert key not in CODE_TAG or joined.count(CODE_TAG[key]) == 1, path
    fname, size = posts.write_post(out, "%s-%s" % (d, stem(path)), paras, left=LEFT, lang="en")
    total += size
    title = posts.one_line(field(path, "title"))
    by = posts.one_line(field(path, "author"))
    assert title and by, path
    posts.add_post(sources, items, ids(d), d, fname, title, by, "en", "cc84", path, REPO, "markup, code and images")
posts.assert_unique(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], FROM, counts[2],
                                       counts[3], format(LOW, ","), format(HIGH, ","), counts[4]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """CC Open Source blog posts (creativecommons/creativecommons.github.io-source, content/blog/entries), CC BY 4.0, %d English posts of %s to %s

Work: posts of the CC Open Source blog
(https://opensource.creativecommons.org/blog/), the technology blog of
Creative Commons, written by the authors named below (the author field,
a user name of the site's author pages), from the site's repository
creativecommons/creativecommons.github.io-source
(https://github.com/creativecommons/creativecommons.github.io-source;
the copy used is a bare mirror at commit %s of 2025-06-12), Lektor files
%sentries/SLUG/contents.lr.

Copyright: the authors named with each post and Creative Commons.

Licence: the repository's README.md reads "All the content within this
repository is licensed under a Creative Commons Attribution 4.0
International License unless otherwise specified", linking to
https://creativecommons.org/licenses/by/4.0/. The texts are used, and
the adapted texts in this folder are distributed, under the Creative
Commons Attribution 4.0 International licence (CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/legalcode; every copy or
adaptation must carry that address or the licence's text). The
repository's LICENSE is the Expat (MIT) licence (for the code). As the
licence says, the work is offered as-is, without representations or
warranties. Images are not included.

Attribution: "The authors named below, CC Open Source blog
(opensource.creativecommons.org), Creative Commons, from
creativecommons/creativecommons.github.io-source, CC BY 4.0". No
endorsement by Creative Commons, the authors or the people,
organisations, programmes and projects the posts name is implied.
Creative Commons, CC and the other names of organisations, projects
and products are their owners' (some are trademarks).

Changes (the texts are an adaptation, as the licence asks to indicate):
a selection of %d posts (by a fixed rule, see
scripts/qa-texts/cc-open-source-blog.py), each post's body rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings, list items, block-quote paragraphs and table rows as
paragraphs of their own); the other fields (title, author, categories,
series, date), code blocks, images, embedded media, link targets and
markup left out, so the texts are shortened by these omissions. No
wording was changed; typos of the originals are kept.

Files (name, date = the pub_date field's day, title, author, source file
in the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("cc84", entry, out, COPYRIGHT + "".join(items), len(sources), total)
