#!/usr/bin/env python3
"""Builds the fifty-second QA set's collection (ev52): German posts of the
blog of evcc (https://docs.evcc.io/de/blog), the open-source energy
management software for charging electric cars with solar power (its
releases and features, the sponsorship, the app, the community and
portraits of users with their photovoltaic systems, cars, wallboxes and
heat pumps), from the source repository of its documentation site,
evcc-io/docs (the stored snapshot is the local bare mirror of that
repository, commit 8fe5c783d1149b8c8e31ae003bbd0d6794c2cc02 of 2026-08-22).
It is an Astro site with the Starlight docs theme and the starlight-blog
plugin (astro.config.mjs: site https://docs.evcc.io, trailingSlash
"never", locales en (the default) and de; the blog's authors naltatis,
derandereandi and detlef are declared there). Posts are Markdown (.md) or
MDX (.mdx) files under src/content/docs/de/blog/YYYY/MM/DD/ (the German
posts; src/content/docs/en/blog/ holds the English ones, not used), each
with a YAML front matter (--- ... ---; in all 41 German posts: date,
title, authors (a flow list), prev and next; tags in 40, cover in 21; no
draft key), images, videos and diagrams beside them (229 blobs in the
German blog folder; two videos, of 2025 and 2026, are missing from the
snapshot, which lacks files of 4 MiB and more, so git ls-tree -l gives no
size for them and gitmirror.files gives None).

Licence: the repository's LICENSE is the MIT License, "Copyright (c) 2023
evcc-io", which grants its rights for "this software and associated
documentation files"; the repository is the documentation (README.md:
"Official documentation repository of evcc"), and the blog posts are
files of it. A git grep of the tree (outside templates/ and the package
lock files) for licence, Lizenz, copyright, Creative Commons and the
copyright sign found no other licence statement, for the site or for any
post. So the texts are used, and the adapted texts are shared, under the
MIT License, whose notice texts/ev52/COPYRIGHT reproduces. The photos,
diagrams, screenshots and videos of the posts are not used.

Which posts, by a fixed rule written down before any post's text was read
(only the file list of src/content/docs/de/blog/, the blob sizes, the
front matter's keys, date and authors, and, by script, counts of import
lines, JSX and HTML tag names, MDX expressions (printed: the comment
"{/* excerpt */}", the starlight-blog excerpt mark, and attribute values
of the video components), admonition fences (printed: their three titles),
code fences and table rows, counts of function words and the rendered
size of whole candidate selections were looked at): candidates are the
files under src/content/docs/de/blog/
1. that are Markdown or MDX files of a day folder,
   src/content/docs/de/blog/YYYY/MM/DD/NAME.md or .mdx: 41;
2. whose date (the front matter's date) is 2023-01-01 or later: 31;
3. which are German by a count of function words in the body after the
   front matter (mdtext.german: lower-cased runs of letters, more than
   twice as many of "der die das und ist nicht mit ein eine wir auf für
   den dem sich auch" as of "the and of is are this that with which"):
   31 (all);
4. whose file (front matter included) is at most 10,000 bytes long: 25
   (6 are longer, 10,504 to 18,473 bytes: the feature highlights of
   August 2024, July 2025, January, July and August 2026 and the
   portrait of a member of the core team; the longest taken has 9,496
   bytes, so every bound from 9,496 to 10,503 gives the same 25).
Taken: all 25, in date order (the date, then the path): 2023-01-11 to
2026-04-20 (3 of 2023, 8 of 2024, 9 of 2025, 5 of 2026). The period and
the bound were chosen from counts and sizes only, for 20 to 30 posts of
about 80 to 150 KB of text (rendered sizes from a first script with nearly this
rendering): from 2021 (all 41), at most 9,000 bytes would have given 32
posts of about 120 KB, among them seven release notes of a few lines each
of December 2021 and January 2022; from 2022, at most 9,000 bytes 26 posts
of about 113 KB; from 2024, at most 10,000 bytes 22 posts of about 112 KB;
from 2023, at most 10,000 bytes gives 25 posts of about 123 KB. The script
asserts every count. The rule was not changed after the texts were read;
after the first build had been read, three faults of the rendering were
fixed (an MDX export line shown as text, line breaks in table cells
joining two words, the tildes of a struck-through passage kept), which
changed three files and no choice of posts.

Date = the front matter's date (YYYY-MM-DD; it equals the day folder of
every post, which the script asserts). The chosen posts are listed and
numbered in date order. Authors = the front matter's authors, each as the
name astro.config.mjs declares for it (naltatis, derandereandi, detlef),
joined with ", " and the last with " and ". Name = the file name without
.md or .mdx; the address on docs.evcc.io is /de/blog/YYYY/MM/DD/NAME (the
path under src/content/docs/, trailingSlash "never"). Files are named by
the date and the name, lower-cased.

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading (ATX
or setext), block-quote paragraph and footnote definition; the front
matter is not rendered (the title, the date and the authors are not in
the text). Before that, the MDX parts are removed as the page does not
show them: import and export lines (one post defines a constant for its
diagram), MDX comments ({/* ... */}, the excerpt mark) and
JSX components, which are all self-closing here (<Video ... />, the video
players, and <SgreadySvg ... />, a diagram); Starlight asides (":::note"
... ":::", ":::caution[Title]" ... ":::") become their title, if they have
one, as a paragraph of its own and their content as paragraphs (the
default label the page shows for an aside without a title is not
rendered); a line break (<br>, <br/>) becomes a space (in the portraits'
tables it separates two items of a cell); text struck through with single
tildes (~...~, GFM; one passage of the post of 2025-02-19, which the page
shows struck through and corrected after it) is kept, the tildes dropped.
Left out: fenced and indented code blocks; images; HTML
comments; <script>, <style>, <pre>, <noscript>, <svg> and <iframe>
elements with their content; link reference definitions; horizontal
rules; paragraphs without a letter. Inline: code spans are kept without
backticks; links give their text; autolinks give the address; footnote
marks are dropped; HTML tags (<img>, <a id=...>) are dropped, their text
kept; emphasis markers are dropped; backslash escapes and entities
are resolved; white space runs become one space. Markdown tables: each
body row one paragraph, "Header: cell; Header: cell".

    scripts/qa-texts/evcc-blog.py \\
        /work/.mirror/evcc-io+docs/repo \\
        retrieval/eval/testdata/qa/texts/ev52

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/ev52 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post, named
YYYY-MM-DD-<name>.de.txt, writes texts/ev52/COPYRIGHT, puts the ev52 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are ev-YYYY-MM-DD, with -2 for a
second post of the same day; title = the front-matter title; published =
the date. Running it twice gives the same files byte for byte."""
import functools, os, re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "8fe5c783d1149b8c8e31ae003bbd0d6794c2cc02"  # 2026-08-22
FOLDER = "src/content/docs/de/blog/"
FIRST_DATE = "2023-01-01"
MAX_BYTES = 10000
SITE = "https://docs.evcc.io/de/blog/"
# The blog's authors as astro.config.mjs (starlightBlog, authors) names them.
AUTHORS = {"naltatis": "naltatis", "derandereandi": "derandereandi", "detlef": "detlef"}
mirror, out = arguments("ev52")

DESCRIPTION = ("Fifty-second set: %d German posts of the blog of evcc (docs.evcc.io/de/blog: the open-source energy "
    "management software for charging electric cars with solar power: release 0.111 and feature highlights of 2023 "
    "to 2025 (charge planning with dynamic tariffs and CO2 data, battery control and Battery Boost, charging "
    "statistics, forecasts, repeating plans, heat pumps, the configuration in the browser with v0.200), Tesla's new "
    "and then paid API, the evcc app for iOS and Android and on F-Droid, a talk at the Linux Infotag, a podcast, the "
    "GitHub Secure Open Source Fund, the EU Data Act petition, the HTW Berlin's crowd science project, the first "
    "community meeting in Osnabrück in April 2026, and community portraits of users in Gifhorn, Trebbin, Großefehn, "
    "Ahlhorn, Wettringen, Bergisch Gladbach, Alzenau and Trebur, of the Osnabrück rowing club and of a driving "
    "instructor, with their photovoltaic systems, cars, wallboxes, batteries and heat pumps), dated %s to %s, from "
    "the source repository of the documentation site, evcc-io/docs (commit %s of 2026-08-22; MIT License, notice and "
    "attribution in texts/ev52/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, "
    "the sizes, the front matter's date and counts of function words: the Markdown and MDX files of the day folders "
    "of src/content/docs/de/blog/ (%d), dated %s or later (%d), German by their function words (%d), whose file is at "
    "most %d bytes long (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/evcc-blog.py from the posts' Markdown and MDX (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph and footnote "
    "definition; no front matter (the title is not in the text); MDX import and export lines, MDX comments and the "
    "self-closing JSX components (video players, a diagram) dropped; Starlight asides as their title (if any) and "
    "their content as paragraphs; line breaks (<br>) as a space; struck text (~...~) kept without the tildes; left out: fenced and indented code blocks, images, HTML comments, "
    "<script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, horizontal rules, "
    "paragraphs without a letter; inline code kept without backticks, links as their text, footnote marks dropped, "
    "HTML tags dropped (their text kept), emphasis markers dropped, entities resolved, white space runs made one "
    "space; Markdown table body rows as one paragraph each, 'Header: cell; Header: cell'. Title = the front-matter "
    "title; published = the front matter's date.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


@functools.lru_cache(maxsize=None)
def source(path):
    """The front matter's lines and the body after it."""
    src = git("show", "%s:%s" % (COMMIT, path)).replace("\r\n", "\n")
    return mdtext.front_lines(src)


def value(path, key):
    return mdtext.yaml_value(source(path)[0], key)


def date(path):
    return value(path, "date")[:10]


STRUCK = [0]  # single-tilde strike-throughs removed, over all rendered posts


def render(body):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = body.replace("\t", "    ")
    body = re.sub(r"(?m)^(?:import|export)\s.*\n", "", body)
    body = re.sub(r"\{/\*.*?\*/\}", "", body, flags=re.S)
    body = re.sub(r"<[A-Z][A-Za-z0-9]*\b[^>]*?/>", "\n", body, flags=re.S)
    assert not re.search(r"<[A-Z]", body), "a JSX component that is not self-closing"
    body = re.sub(r"(?m)^[ \t]*:::[\w-]+\[([^\]\n]*)\][ \t]*$", r"\n\1\n", body)
    body = re.sub(r"(?m)^[ \t]*:::[\w-]*[ \t]*$", "\n", body)
    body = re.sub(r"<br\s*/?>", " ", body, flags=re.I)
    body, n = re.subn(r"(?<![~\w])~(?=\S)((?:(?!\n[ \t]*\n)[^~])+?)(?<=\S)~(?![~\w])", r"\1", body)
    STRUCK[0] += n
    return mdtext.paragraphs(mdtext.drop_elements(body))


def name(path):
    return re.sub(r"\.mdx?$", "", path.rsplit("/", 1)[1])


# Candidates, from the file list, the sizes, the front matter's date and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
assert len(files) == 229, len(files)
missing = [f for f in files if f[2] is None]
assert len(missing) == 2 and not any(re.search(r"\.mdx?$", f[1]) for f in missing), missing
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(re.escape(FOLDER) + r"\d{4}/\d\d/\d\d/[^/]+\.mdx?", f[1]),
    lambda f: date(f[1]) >= FIRST_DATE,
    lambda f: mdtext.german(source(f[1])[1]),
    lambda f: f[2] <= MAX_BYTES,
])
assert counts == [41, 31, 31, 25], counts
dates = {p: qaentry.published(p, date(p)) for _, p, _ in cands}
for p, d in dates.items():
    assert p[len(FOLDER):len(FOLDER) + 10] == d.replace("-", "/"), (p, d)
cands.sort(key=lambda f: (dates[f[1]], f[1]))
posts = cands
assert len(posts) == 25, len(posts)

sources, items = [], []
source_id, total = qaentry.day_ids("ev"), 0
for _, path, size in posts:
    paras = render(source(path)[1])
    text = "\n\n".join(paras) + "\n"
    assert "<!--" not in text and "{" not in text and "}" not in text and ":::" not in text, path
    d = dates[path]
    sid = source_id(d)
    fname = "%s-%s.de.txt" % (d, name(path).lower())
    assert re.fullmatch(r"[a-z0-9.-]+", fname), fname
    total += qaentry.write_text(out, fname, text)
    title = re.sub(r"\s+", " ", value(path, "title")).strip()
    assert title, path
    names = [AUTHORS[a] for a in mdtext.yaml_list(source(path)[0], "authors")]
    assert names, path
    author = qaentry.join_names(names)
    sources.append({"id": sid, "title": title, "language": "de", "published": d, "file": "ev52/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s%s/%s; source: %s;\n"
                 "  changed: rendered to plain text, markup, code, images and videos left out\n"
                 % (fname, d, title, author, SITE, d.replace("-", "/"), name(path), path))
assert len(set(s["file"] for s in sources)) == len(sources)
assert STRUCK[0] == 1, STRUCK
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2023, 2027)] == [3, 8, 9, 5], years

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], FIRST_DATE, counts[1],
                                       counts[2], MAX_BYTES, counts[3]),
         "build": "texts", "text": TEXT, "sources": sources}

LICENSE = git("show", "%s:LICENSE" % COMMIT)
assert LICENSE.startswith("MIT License\n\nCopyright (c) 2023 evcc-io\n"), LICENSE[:60]

COPYRIGHT = """evcc, blog (https://docs.evcc.io/de/blog), %d German posts of %s to %s

Work: the German blog posts of evcc (https://evcc.io/), the open-source
energy management software for charging electric cars with solar power,
from the source repository of its documentation site, evcc-io/docs
(https://github.com/evcc-io/docs; the copy used is a bare mirror at
commit %s of 2026-08-22), Markdown and MDX files
%sYYYY/MM/DD/NAME.md(x).

Copyright: evcc-io ("Copyright (c) 2023 evcc-io", the repository's
LICENSE) and the authors named with each post below (the front matter's
authors, by the names the site declares for them).

Licence: the repository's LICENSE is the MIT License; it grants its
rights for "this software and associated documentation files", and the
repository is the documentation of evcc (its README: "Official
documentation repository of evcc"), of which the blog posts are files. No
other licence statement for the site or for any post was found in the
repository. The texts are used, and the adapted texts in this folder are
shared, under the MIT License; its notice, which must be included with
all copies or substantial portions, follows:

%s
Attribution: "evcc-io and the authors named below, blog of
docs.evcc.io, MIT License". No endorsement by evcc-io or the authors is
implied. evcc and the names of companies, products, cars and devices in
the posts are their owners'. The photos, diagrams, screenshots and videos
of the posts are not included; where a post quotes others (users in the
portraits, a magazine, a petition), those words stay theirs.

Changes (the texts are an adaptation): a selection of %d posts (by a fixed
rule, see scripts/qa-texts/evcc-blog.py); each rendered from Markdown and
MDX to plain text, one paragraph per line with a blank line between
(headings, list items, asides' titles and table rows as paragraphs of
their own); the front matter (title, date, authors, cover), MDX imports,
comments and components (video players, a diagram), images, code blocks,
link targets and markup left out. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's date, title, authors, address of
the post on docs.evcc.io, source file in the repository):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       "".join("  " + l if l.strip() else l for l in LICENSE.splitlines(True)), len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("ev52", entry, out, COPYRIGHT + "".join(items), len(sources), total)
