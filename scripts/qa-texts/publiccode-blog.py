#!/usr/bin/env python3
"""Builds the sixty-first QA set's collection (pc61): English posts of the
Blog for Public Code of the Foundation for Public Code (a member-owned
association in Amsterdam that helps public organisations share and
steward open source software, and keeps the Standard for Public Code;
https://blog.publiccode.net/) of 2019 to 2024: notes of the monthly
community calls on the Standard for Public Code (its requirements,
translations, plain English, archiving, the road to version 1.0, its
governance as the European office winds down) and on the Foundation
(redirects), sessions pruning the Standard's oldest issues, the
newsletters of autumn 2020 and March 2021, the codebases OpenZaak (the
market consultation workshops) and Signalen (its community meetup,
shared product management), the Codebase Governance Game, the
Sustainable Development Goals, the Demodam hackathon, the goals for the
first quarter of 2022, the community implementation guide and episodes
of the podcast "Let's talk about public code", from the blog's source
repository, publiccodenet/blog (the stored snapshot is the local
bare mirror of that repository, commit
d374e21310362ba12c879289156d2080b78f79f1 of 2024-04-28). It is a Jekyll
site (CNAME blog.publiccode.net; _config.yml: the remote theme
publiccodenet/jekyll-theme, the default layout for posts). The posts are
the files of _posts/ (133 blobs, all Markdown, named
YYYY-MM-DD-NAME.md, one with a one-digit day, 2021-05-6-…), each with a
YAML front matter (title, date, author, type: blogpost, excerpt,
categories or category, in two redirect_from); one post (2020-07-01,
the OpenZaak market consultation) has no date, and two have a date
that differs from their file name's (2021-06-06 for
2021-06-08-newsletter-may-2021, 2022-11-10 for 2022-11-09-fosdem-2023-…;
2021-05-6-… is dated 2021-05-06); Jekyll dates a post by its front
matter.

Licence: the repository's LICENSE.md, at its root and its only licence
file, says "All content licensed under Creative Commons Zero v1.0
Universal, unless otherwise noted. Differently licensed media will be
accompanied by an explicit exception." and gives the legal code of CC0
1.0 Universal in full; README.md's section "License" says "© 2020
Foundation for Public Code. All content licensed under Creative Commons
Zero v1.0 Universal, unless otherwise noted", and CONTRIBUTING.md says
that, unless stated otherwise, a contributor's text will be licensed CC
0. Both were added on 2022-02-08 (commit 0e3ab3d, "Add LICENSE file";
before it README.md said only "© 2020 Foundation for Public Code"); they
cover all content, the posts of before that day included. The footer
of the theme (publiccodenet/jekyll-theme, _includes/footer.liquid, read
in the search index, not part of this repository) prints "©" with the
year and "Foundation for Public Code" and the licence's name, linked to
LICENSE.md. A git grep of
the tree (outside assets/) for licence, copyright, Creative Commons, CC
BY, CC0, "rights reserved", "public domain" and the copyright sign found
no exception for a post's text: the other hits are two notes on images
(a post of 2022-05-25 whose images are "not freely licensed, all rights
are reserved", and the photo of a post of 2022-06-27 under CC BY-NC 4.0;
neither post is chosen, and no image is used), the licence of FOSDEM's
recordings (CC-BY), issues of the Standard for Public Code on licences,
and posts' sentences on licensing software. So the texts are used, and
the adapted texts are shared, under CC0 1.0 Universal;
texts/pc61/COPYRIGHT gives the attribution (which CC0 does not require),
the changes and, at its end, the repository's LICENSE.md in full (whose
SHA-256 the script checks).

Which posts, by a fixed rule written down before any post's text was
read (only the file list of _posts/ with the blob sizes, the front
matter's title, date, author and categories of every post, counts per
post of Liquid tags, HTML tags, kramdown attribute lists, table lines,
code fences, indented lines, tabs, footnotes and carriage returns, the
lines holding a Liquid tag or an HTML tag, the lines of three candidates
holding markup or four leading blanks, the lines a git grep for licence
words found, counts of function words and the Markdown size of the
selections that every third, fourth and fifth post would give were
looked at): candidates are the files of _posts/
1. that are Markdown posts _posts/YYYY-MM-D(D)-NAME.md: 133 (all);
2. which are English by a count of function words in the body after the
   front matter (mdtext.english: lower-cased runs of letters, more than
   twice as many of "the and of is are this that with which" as of "der
   die das und ist nicht mit ein eine wir auf für den dem sich auch"):
   133 (all).
Taken, in date order (the date, then the path): the newest post and
every fourth before it (mdtext.newest_and_every with step 4): 34 posts
of 2019-12-11 to 2024-03-27 (2 of 2019, 7 of 2020, 10 of 2021, 9 of
2022, 5 of 2023, 1 of 2024). The step was chosen from counts and
Markdown sizes only, for 25 to 40 news-like posts spread over the
blog's years: every third post would have been 45 posts, every fourth
34 (about 129 KB of Markdown), every fifth 27 (about 101 KB); the blog's
years alone give 5, 30, 40, 34, 20 and 4 posts. The script asserts every
count. The rule was not changed after the texts were read.

Date = the front matter's date, else (one post) the date opening the
file name. Title = the front matter's title. Author = the front
matter's author. The post's address on blog.publiccode.net (Jekyll's
/:categories/:year/:month/:day/:title.html) is not computed here.
Files are named YYYY-MM-DD-NAME.en.txt by the date and the file name
without its opening date and extension, lower-cased.

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item (a nested item
a paragraph of its own), heading (the title heading that opens most
posts included) and block-quote paragraph; the front matter is not
rendered (its title, date, author and excerpt are not in the text).
Before that, Jekyll's own markup in link and image targets: the Liquid
tags {% post_url NAME %} and {{site.url}} are replaced by the blog's
address (the targets are not shown), and kramdown attribute lists
({:height="100px"} after images) are dropped; any other Liquid tag or
kramdown block would stop the script. Left out: fenced and indented
code blocks; images (with a linked image, the link); HTML comments;
<script>, <style>, <pre>, <noscript>, <svg> and <iframe> elements with
their content (a video player of 2022-08-31, the podcast player of
2023-12-18); link reference
definitions; horizontal rules; paragraphs without a letter. Inline:
code spans are kept without backticks; links give their text; autolinks
give the address; other HTML tags are dropped, their text kept;
emphasis markers are dropped; backslash escapes and entities are
resolved; white space runs become one space.

    scripts/qa-texts/publiccode-blog.py \\
        /work/.mirror/publiccodenet+blog/repo \\
        retrieval/eval/testdata/qa/texts/pc61

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/pc61 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/pc61/COPYRIGHT, puts the pc61 entry into collections.json
(only when writing the default folder, through qaentry.finish) and prints
it. Source ids are pc-YYYY-MM-DD, with -2 for a second post of the same
day (none here); published = the date. Running it twice gives the same
files byte for byte.

The posts' front matter is YAML, which posts.Posts reads (mdtext's
front_lines and yaml_value); the files are written with posts.write_post
(.en.txt)."""
import hashlib
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "d374e21310362ba12c879289156d2080b78f79f1"  # 2024-04-28
FOLDER = "_posts/"
STEP = 4
SITE = "https://blog.publiccode.net"
REPO = "https://github.com/publiccodenet/blog/blob/%s/" % COMMIT
LICENSE_SHA256 = "16a429f78627cab151b832ace0f454a7321f28bf715b4a933fd053cf8873163a"
mirror, out = arguments("pc61")

DESCRIPTION = ("Sixty-first set: %d English posts of the Blog for Public Code of the Foundation for Public Code (a "
    "member-owned association in Amsterdam that helps public organisations share and steward open source software "
    "and keeps the Standard for Public Code; blog.publiccode.net: notes of the monthly community calls on the Standard for Public Code (its "
    "requirements, translations, plain English, archiving, the road to version 1.0, its governance as the European "
    "office winds down) and on the Foundation, sessions pruning the Standard's oldest issues, the newsletters of "
    "autumn 2020 and March 2021, the codebases OpenZaak (the market consultation workshops) and Signalen (its "
    "community meetup, shared product management), the Codebase Governance Game, the Sustainable Development Goals, "
    "the Demodam hackathon, the goals for the first quarter of 2022, the community implementation guide and episodes "
    "of the podcast 'Let's talk about public code'), dated %s to %s, from the blog's source "
    "repository, publiccodenet/blog (commit %s of 2024-04-28; Creative Commons Zero v1.0 Universal, as the "
    "repository's LICENSE.md says for all content; the licence in texts/pc61/COPYRIGHT), one source per post, chosen "
    "by a fixed rule that reads only the file list, the front matter's dates and counts of function words: the "
    "Markdown posts of _posts/ (%d), English by their function words (%d), in date order the newest and every "
    "%dth before it (%d).")
TEXT = ("Built by scripts/qa-texts/publiccode-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item (nested items too), heading (the title "
    "heading that opens most posts included) and block-quote paragraph; no front matter (its title, author and "
    "excerpt are not in the text); the Liquid tags '{% post_url … %}' and '{{site.url}}' of link targets replaced "
    "and kramdown attribute lists dropped; left out: fenced and indented code blocks, images, HTML comments, "
    "<script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, horizontal rules, "
    "paragraphs without a letter; inline code kept without backticks, links as their text, autolinks as their "
    "address, HTML tags dropped (their text kept), emphasis markers dropped, entities resolved, white space runs made "
    "one space. Title = the front-matter title; published = the front matter's date (for one post without one, the "
    "file name's).")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


POSTS = posts.Posts(mirror, COMMIT)
NAME = r"(\d{4})-(\d\d)-(\d{1,2})-([^/]+)\.md"


def body(path):
    return POSTS.source(path)[1]


def file_day(path):
    """The date opening the file name, YYYY-MM-DD."""
    m = re.fullmatch(NAME, path[len(FOLDER):])
    return "%s-%s-%02d" % (m.group(1), m.group(2), int(m.group(3)))


def day(path):
    """The front matter's date, else the date opening the file name."""
    return qaentry.published(file_day(path), POSTS.date(path))


def render(text):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    text = text.replace("\t", "    ")
    text = re.sub(r"\{%\s*post_url\s+[\w.-]+\s*%\}", SITE + "/", text)
    text = re.sub(r"\{\{\s*site\.url\s*\}\}", SITE, text)
    text = re.sub(r"\{:[^{}\n]*\}", "", text)
    assert not re.search(r"\{%|\{\{|\{:", text), re.search(r".*(\{%|\{\{|\{:).*", text).group(0)
    text = mdtext.drop_elements(text)
    return mdtext.paragraphs(text)


def stem(path):
    """The file name without its opening date and extension."""
    return re.fullmatch(NAME, path[len(FOLDER):]).group(4)


# Candidates, from the file list, the front matter's dates and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 133 and not any(f[2] is None for f in files), len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(re.escape(FOLDER) + NAME, f[1]),
    lambda f: mdtext.english(body(f[1])),
])
assert counts == [133, 133], counts
dates = {p: day(p) for _, p, _ in cands}
assert sum(not POSTS.date(p) for p in dates) == 1
assert sorted(d for p, d in dates.items() if d != file_day(p)) == ["2021-06-06", "2022-11-10"], dates
cands.sort(key=lambda f: (dates[f[1]], f[1]))
chosen = mdtext.newest_and_every(cands, STEP)
assert len(chosen) == 34, len(chosen)

sources, items = [], []
source_id, total = qaentry.day_ids("pc"), 0
for _, path, size in chosen:
    d = dates[path]
    sid = source_id(d)
    fname, size = posts.write_post(out, "%s-%s" % (d, stem(path)), render(body(path)),
                                   left=("<!--", "{{", "}}", "{%", "%}", "{:", "<iframe", "<video"))
    total += size
    title, author = posts.one_line(POSTS.value(path, "title")), posts.one_line(POSTS.value(path, "author"))
    assert title and author, path
    posts.add_post(sources, items, sid, d, fname, title, author, "en", "pc61", path, REPO, "markup, code and images")
posts.assert_unique(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2019, 2025)] == [2, 7, 10, 9, 5, 1], years

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[1], STEP,
                                       len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE.md" % COMMIT)
assert hashlib.sha256(LICENSE).hexdigest() == LICENSE_SHA256, hashlib.sha256(LICENSE).hexdigest()
LICENSE = LICENSE.decode("utf-8")
assert LICENSE.startswith("# License\n\nAll content licensed under Creative Commons Zero v1.0 Universal, unless "
                          "otherwise noted. Differently licensed media will be accompanied by an explicit "
                          "exception.\n"), LICENSE[:200]
README = git("show", "%s:README.md" % COMMIT)
assert ("© 2020 Foundation for Public Code. All content licensed under [Creative Commons Zero v1.0 Universal, unless "
        "otherwise noted](LICENSE.md).") in README
assert git("show", "%s:CNAME" % COMMIT).strip() == "blog.publiccode.net"
assert [f for f in git("ls-tree", "-r", "--name-only", COMMIT).split("\n")
        if re.search(r"(?i)licen[cs]e|copying", f)] == ["LICENSE.md"]

COPYRIGHT = """Foundation for Public Code, Blog for Public Code (https://blog.publiccode.net/), %d English posts of %s to %s

Work: blog posts of the Foundation for Public Code (Foundation for Public
Code vereniging, Amsterdam), written by the authors named with each post
below (the front matter's author), from the blog's source repository
publiccodenet/blog (https://github.com/publiccodenet/blog; the copy used
is a bare mirror at commit %s of 2024-04-28),
Markdown files %sYYYY-MM-DD-NAME.md with a YAML front matter.

Copyright and licence: the repository's LICENSE.md, at its root and its
only licence file, says "All content licensed under Creative Commons
Zero v1.0 Universal, unless otherwise noted. Differently licensed media
will be accompanied by an explicit exception." and its README.md says
"© 2020 Foundation for Public Code. All content licensed under Creative
Commons Zero v1.0 Universal, unless otherwise noted" (both since
2022-02-08; CONTRIBUTING.md says that contributors' text is licensed
CC 0). No exception was found for the text of any post used here (the
exceptions noted in the repository are for images of two posts that are
not used). The texts are used, and the adapted texts in this folder (a
modification of those source files) are shared, under CC0 1.0 Universal
(https://creativecommons.org/publicdomain/zero/1.0/); the repository's
LICENSE.md with the legal code follows in full at the end of this file.

Attribution (not required by CC0, given as a courtesy): "Foundation for
Public Code and the authors named below, Blog for Public Code
(blog.publiccode.net), CC0 1.0". No endorsement by the Foundation for
Public Code, the authors or the people, public organisations,
codebases and companies the posts name is implied. "Foundation for
Public Code", "Standard for Public Code" and the names of codebases,
organisations, events and products are their owners'. Images and
embedded media of the posts are not included.

Changes (the texts are an adaptation): a selection of %d posts (by a
fixed rule, see scripts/qa-texts/publiccode-blog.py); each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings and list items as paragraphs of their own); the front matter
(title, date, author, excerpt, categories), images, embedded players,
code blocks, link targets and markup left out. No wording was changed;
typos of the originals are kept.

Files (name, date = the front matter's date (for the post of 2020-07-01,
which has none, the file name's), title, author, source file in the
repository and its address at the commit used; the post's address on
blog.publiccode.net, under its categories and date, is not computed):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("pc61", entry, out, COPYRIGHT + "".join(items) + "\nThe licence (the repository's LICENSE.md at the commit "
       "used):\n\n" + LICENSE, len(sources), total)
