#!/usr/bin/env python3
"""Builds the forty-seventh QA set's collection (ef47): English posts of the
blog of 18F, the digital services agency of the U.S. General Services
Administration (Technology Transformation Services), from the site's
source repository, 18F/18f.gsa.gov (the stored snapshot is the local bare
mirror of that repository, commit 0a55c75e6d9bc71c80136a3867dac52356177443
of 2025-02-07). It is an Eleventy site: posts are Markdown files
content/posts/YYYY-MM-DD-NAME.md with a YAML front matter (--- ... ---:
title, date (in 421 of 508), authors, tags, excerpt, image, description,
layout, hero and a few more). The repository's LICENSE.md says: "As a
work of the United States government, this project is in the public
domain within the United States of America. Additionally, we waive
copyright and related rights in the work worldwide through the CC0 1.0
Universal public domain dedication."; its README and CONTRIBUTING say the
same ("This project is in the worldwide public domain"). The texts are
used as public domain works (CC0 1.0), attributed in texts/ef47/COPYRIGHT
as a courtesy.

Which posts, by a fixed rule written down before any post's text was read
(only the file list of content/posts/, the blob sizes, the front matter
and, by script, counts of tags, of function words, of shortcodes and HTML
tags in the candidates and the rendered size of whole candidate
selections were looked at): candidates are the files of content/posts/
whose name is YYYY-MM-DD-NAME.md without a space (508 of 510; this leaves
out posts.11tydata.js, the folder's Eleventy data file, and
2024-12-5-18f-project-defaults.md, whose day has one digit)
1. with a tag (case-insensitive) "agency work", "product launch" or
   "events", that is posts about 18F's work with a named agency, launches
   and events, not the many essays on practice ("how we work", "best
   practices", "agile" and so on): 105;
2. which are English by a count of function words in the body after the
   front matter (lower-cased runs of letters): more than twice as many of
   "the and of is are this that with which" as of "der die das und ist
   nicht mit ein eine wir auf für den dem sich auch" (mdtext's two word
   lists, the other way round from mdtext.german): 105;
3. whose file (front matter included) is 5,000 to 10,000 bytes long: 46.
Taken: in file-name order, the first candidate and every second after it
(indexes 0, 2, ..., 44): 23 posts. The bounds and the step were chosen
from counts only, for 20 to 30 posts of 100 to 200 KB of text: 4,000 to
12,000 bytes would have left 73 candidates (every third: 25 posts, about
123 KB rendered), 5,000 to 12,000 bytes 55 (every second: 28 posts, about
173 KB), 6,000 to 12,000 bytes 46 (every second: 23 posts, about 154 KB);
5,000 to 10,000 bytes, every second, gives about 135 KB. The script
asserts every count. The rule was not changed after the texts were read.

Date = the front matter's date (its first ten characters) when it has
one, else the date of the file name (Eleventy takes the front matter's
date). The selection is made in file-name order; the chosen posts are
then listed and numbered in date order (date, then file name). Authors =
the front matter's authors (the site's author slugs, as written).

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading (ATX
or setext), block-quote paragraph; the front matter is not rendered (the
title is not repeated in the text). Before that, Nunjucks/Liquid tags
({% ... %}, here the image shortcodes) and outputs ({{ ... }}) are
dropped, and so are kramdown attribute lists ("{.class}", "{#id}",
"{: ...}", not shown on the page). Left out: fenced and indented code
blocks; images; HTML
comments; <script>, <style>, <pre>, <noscript>, <svg> and <iframe>
elements with their content; link reference definitions; horizontal
rules; paragraphs without a letter. Inline: code spans are kept without
backticks; links give their text; HTML tags are dropped, their text kept
(figure captions included; HTML is split into paragraphs only at blank
lines); emphasis markers are dropped; backslash escapes and entities are
resolved; white space runs become one space. Markdown tables: each body
row one paragraph, "Header: cell; Header: cell".

    scripts/qa-texts/18f-blog.py /work/.mirror/18F+18f.gsa.gov/repo \\
        retrieval/eval/testdata/qa/texts/ef47

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/ef47 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post, named
YYYY-MM-DD-<name>.en.txt (the date and the file name without the date and
.md, lower-cased), writes texts/ef47/COPYRIGHT, puts the ef47 entry into
collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are ef-YYYY-MM-DD, with -2 for
a second post of the same day; title = the front-matter title (a folded
block scalar joined with spaces, HTML tags dropped, entities resolved,
white space trimmed); published = the date. Running it twice gives the same files byte for byte."""
import functools, html, os, re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "0a55c75e6d9bc71c80136a3867dac52356177443"  # 2025-02-07
FOLDER = "content/posts/"
MIN_BYTES, MAX_BYTES, STEP = 5000, 10000, 2
NEWS_TAGS = {"agency work", "product launch", "events"}
SITE = "https://18f.gsa.gov/"
mirror, out = arguments("ef47")

DESCRIPTION = ("Forty-seventh set: %d English posts of the blog of 18F (the digital services agency of the U.S. General "
    "Services Administration: its work with federal agencies such as the Peace Corps, the Federal Election Commission, "
    "the Department of the Interior, the EPA, the Department of Justice and the U.S. Tax Court, launches such as "
    "login.gov, hackathons, speaker series and anniversaries), dated %s to %s, from the site's source repository, "
    "18F/18f.gsa.gov (commit %s of 2025-02-07; public domain in the U.S. and CC0 1.0 worldwide, attribution in "
    "texts/ef47/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, the sizes, the "
    "front matter and counts of function words: the posts content/posts/YYYY-MM-DD-NAME.md (%d) tagged 'agency work', "
    "'product launch' or 'events' (%d), English by their function words (%d), whose file is %d to %d bytes long (%d), "
    "and of these the first and every second after it (%d).")
TEXT = ("Built by scripts/qa-texts/18f-blog.py from the posts' Markdown (git show of the mirror), posts by the fixed rule "
    "in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a blank line "
    "between: a paragraph per Markdown paragraph, list item, heading and block-quote paragraph; no front matter (the "
    "title is not in the text); Nunjucks/Liquid tags and outputs (the image shortcodes) and kramdown attribute lists {.class} dropped; left out: fenced and "
    "indented code blocks, images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link "
    "reference definitions, horizontal rules, paragraphs without a letter; inline code kept without backticks, links "
    "as their text, HTML tags dropped (their text kept; HTML split into paragraphs at blank lines only), emphasis "
    "markers dropped, entities resolved, white space runs made one space; Markdown table body rows as one paragraph "
    "each, 'Header: cell; Header: cell'. Title = the front-matter title; published = the front matter's date, else "
    "the file name's date.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


def front_lines(src):
    return mdtext.front_lines(src)


def value(lines, key):
    """A front-matter key's scalar (mdtext.yaml_value)."""
    return mdtext.yaml_value(lines, key)


def listed(lines, key):
    return mdtext.yaml_list(lines, key)


def english(body):
    """Whether a text is English by its function words (mdtext.english)."""
    return mdtext.english(body)


@functools.lru_cache(maxsize=None)
def source(path):
    src = git("show", "%s:%s" % (COMMIT, path)).replace("\r\n", "\n")
    lines, body = front_lines(src)
    return lines, body


def render(body):
    body = body.replace("\t", "    ")
    body = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "", body, flags=re.S)
    body = re.sub(r"[ \t]*\{:?[ \t]*[#.][^{}\n]*\}", "", body)
    return mdtext.paragraphs(mdtext.drop_elements(body))


# Candidates, from the file list, the sizes, the front matter and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 510, len(files)
cands, counts = qaentry.sieve(sorted(files), [
    lambda f: re.fullmatch(r"\d{4}-\d\d-\d\d-[^ /]+\.md", f[0]),
    lambda f: {t.lower() for t in listed(source(f[1])[0], "tags")} & NEWS_TAGS,
    lambda f: english(source(f[1])[1]),
    lambda f: MIN_BYTES <= f[2] <= MAX_BYTES,
])
assert counts == [508, 105, 105, 46], counts
posts = [(name, path, source(path)[0]) for name, path, _ in cands[::STEP]]
assert len(posts) == 23, len(posts)


def post_date(name, lines):
    return qaentry.published(name, value(lines, "date"))


posts.sort(key=lambda p: (post_date(p[0], p[2]), p[0]))

sources, items = [], []
source_id, total = qaentry.day_ids("ef"), 0
for name, path, lines in posts:
    _, body = source(path)
    paras = render(body)
    text = "\n\n".join(paras) + "\n"
    assert "<!--" not in text and "{%" not in text and "{{" not in text, path
    date = post_date(name, lines)
    sid = source_id(date)
    slug = name[11:-len(".md")]
    fname = "%s-%s.en.txt" % (date, slug.lower())
    with open(os.path.join(out, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    total += len(text.encode("utf-8"))
    title = re.sub(r"\s+", " ", html.unescape(re.sub(r"</?[A-Za-z][^<>]*>", "", value(lines, "title")))).strip()
    assert title, path
    authors = ", ".join(listed(lines, "authors")) or "18F"
    sources.append({"id": sid, "title": title, "language": "en", "published": date, "file": "ef47/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s%s/%s/; source: %s;\n"
                 "  changed: rendered to plain text, markup and images left out\n"
                 % (fname, date, title, authors, SITE, date.replace("-", "/"), slug, path))
assert len(set(s["file"] for s in sources)) == len(sources)

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[1], counts[2],
                                       MIN_BYTES, MAX_BYTES, counts[3], len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """18F blog (18f.gsa.gov), %d English posts of %s to %s

Work: blog posts of 18F (https://18f.gsa.gov/), the digital services
agency within the Technology Transformation Services of the U.S. General
Services Administration (GSA), from the site's source repository
18F/18f.gsa.gov (https://github.com/18F/18f.gsa.gov; the copy used is a
bare mirror at commit %s of 2025-02-07),
Eleventy Markdown files %sYYYY-MM-DD-NAME.md.

Authors: the 18F staff named with each post below (the front matter's
author slugs, as the site writes them).

Licence: public domain. The repository's LICENSE.md says:

  As a work of the United States government, this project is in the
  public domain within the United States of America.

  Additionally, we waive copyright and related rights in the work
  worldwide through the CC0 1.0 Universal public domain dedication.

and its README ("Public domain") and CONTRIBUTING say: "This project is in
the public domain within the United States, and copyright and related
rights in the work worldwide are waived through the CC0 1.0 Universal
public domain dedication
(https://creativecommons.org/publicdomain/zero/1.0/). All contributions to
this project will be released under the CC0 dedication."

The texts are used as works in the public domain (CC0 1.0 Universal). No
attribution is required; it is given here as a courtesy: "18F, U.S.
General Services Administration, and the authors named below, blog of
18f.gsa.gov, public domain (CC0 1.0)". No endorsement by 18F, the GSA,
the U.S. government or the authors is implied. Names of agencies,
organisations and products in the posts are their owners'; images of the
posts are not included; where a post quotes a text of others, that text
stays theirs.

Changes (the texts are an adaptation): a selection of %d posts (by a fixed
rule, see scripts/qa-texts/18f-blog.py); each rendered from Markdown or
HTML to plain text, one paragraph per line with a blank line between
(headings and list items as paragraphs of their own); the front matter
(title, date, authors, tags, excerpt), images, shortcodes, HTML comments,
link targets and markup left out. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's date or else the file name's date,
title, authors, address of the post on 18f.gsa.gov, source file in the
repository):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("ef47", entry, out, COPYRIGHT + "".join(items), len(sources), total)
