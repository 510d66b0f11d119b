#!/usr/bin/env python3
"""Builds the ninety-first QA set's collection (rr91): English news posts
of the Red River Radio Amateurs (rrra.org), the amateur radio club of
Fargo, North Dakota, and Moorhead, Minnesota: meeting minutes, Field Day
2025, the hamfest and its move to the Moorhead armory, SKYWARN spotter
training, ARES meetings, club activities (Hams in the Park, a Winlink
demonstration, a Morse code talk), membership dues, on-air events (the
North American QSO Party, POTA, ND POTA Day, the Zombie Shuffle), an FCC
deadline extension and notes on podcast episodes, 2025, from the site's
repository, rrra/www (the stored snapshot is the local bare mirror of
that repository). Posts are
Hugo files content/post/YEAR/NAME.md with a TOML front matter ("+++").
The commit used is the mirror's newest, COMMIT
b63569a8fa69308748cf40467b42725186d86424 of 2026-08-15. None of the front
matter is in the text.

Licence: the site's configuration (config.toml) states "This work is
licensed under a Creative Commons Attribution-ShareAlike 4.0
International License", its footer links "Site License" to CC BY-SA 4.0,
and the site's license shortcode says "The Red River Radio Amateurs
Website is licensed under a Creative Commons Attribution-ShareAlike 4.0
International License" (both checked by the script). The club marks posts
that reproduce another publisher's article (ARRL News, the EFF, other
blogs) with the front-matter keys xpostLink and xpostName; those are left
out by the rule below, so every chosen post is the club's own. No chosen
post states another licence for its own text (checked by the script on
the rendered texts). texts/rr91/COPYRIGHT names the source, the licence
and the changes; the adapted texts are shared under CC BY-SA 4.0.

Which posts, by a fixed rule written down before any post's text was read
(only the last commit's line, the root listing, the content/ folder
counts, the list of content/post blobs with their sizes, the first line of
the 2025 posts and the counts of a few size bounds were looked at; then
the front-matter keys and values of the posts of a first rule were
printed, which showed the cross-post keys, and the rule was changed to
the one below, still before any text was read): candidates are the files
under content/post/ (1,069)
1. named content/post/2025/NAME.md (the last full year's folder): 147;
2. whose front matter has neither xpostLink nor xpostName (the club's own
   posts, not cross-posts): 68;
3. whose front matter does not say draft = true: 68;
4. whose front-matter date lies in 2025 and not after the commit's day:
   67 (one post in the 2025 folder is dated 2024-12-15; it has 583 bytes);
5. whose file (front matter included) has 1,500 to 6,000 bytes: 27, all
   taken (74,424 bytes).
The size bound keeps the collection small enough to be read in full by
the set's writer and leaves out the shortest notes and the longest posts.
Order: by the date, then the path. The script asserts every count.

Date = the front matter's date, its day. Title = the front matter's title
(one post spells the key "Title"). Author = the front matter's authors
(call signs), with "Red River Radio Amateurs", or the club alone where a
post names none. Every text is English: mdtext.english (asserted). Files
are named YYYY-MM-DD-NAME.en.txt (NAME the file name's without .md,
lower-cased, each run of characters other than a-z and 0-9 as one "-").

Rendering, one paragraph per line with a blank line between paragraphs,
by mdtext.py's post_paragraphs (Python 3, standard library only), after
this script drops tabs (as four spaces) and Hugo's shortcode tags
("{{< ... >}}", "{{% ... %}}", opening and closing; the text between a
pair is kept): a paragraph per Markdown paragraph, list item, heading,
block-quote paragraph, table body row ("Header: cell; Header: cell") and
footnote definition. Left out: fenced and indented code blocks, images,
HTML comments, <script>, <style>, <pre>, <noscript>, <svg> and <iframe>
elements with their content, link reference definitions, horizontal
rules, paragraphs without a letter. Inline: code spans kept without
backticks; links give their text; HTML tags dropped, their text kept;
emphasis markers dropped; backslash escapes and entities resolved; white
space runs made one space. No typographic conversion. Any "<!--", "```",
"{{", "{%", "</", "[^" or "![" left in a text stops the script.

    scripts/qa-texts/red-river-radio-amateurs.py \\
        /work/.mirror/rrra+www/repo \\
        retrieval/eval/testdata/qa/texts/rr91

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/rr91 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/rr91/COPYRIGHT, puts the rr91 entry into collections.json
(only when writing the default folder, through qaentry.finish) and
prints it. Source ids are rr-YYYY-MM-DD (by the date), with -2 for a
second post of the same day (in path order); published = the date.
Running it twice gives the same files byte for byte. The shared helpers
(gitmirror, mdtext, posts, qaentry) are used as they are."""
import re
import tomllib

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts  # write_post, add_post, one_line, slug, assert_unique
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "b63569a8fa69308748cf40467b42725186d86424"  # 2026-08-15
COMMIT_DAY = "2026-08-15"
YEAR = "2025"
LOW, HIGH = 1500, 6000
REPO = "https://github.com/rrra/www/blob/%s/" % COMMIT
LEFT = ("<!--", "```", "{{", "{%", "</", "[^", "![")
CLUB = "Red River Radio Amateurs"
mirror, out = arguments("rr91")

DESCRIPTION = ("Ninety-first set: %d English news posts of the Red River Radio Amateurs (rrra.org), the amateur "
    "radio club of Fargo, North Dakota, and Moorhead, Minnesota: meeting minutes, Field Day, the hamfest, SKYWARN "
    "training, ARES meetings, club activities, membership dues, on-air events, an FCC deadline extension, dated %s "
    "to %s, from the "
    "site's repository, rrra/www (commit %s of 2026-08-15; CC BY-SA 4.0, as the site's configuration and licence "
    "notice state; source, authors and licence named in texts/rr91/COPYRIGHT), one source per post, chosen by a "
    "fixed rule that reads only the file list, blob sizes and front-matter keys, draft and date values: the posts "
    "content/post/2025/NAME.md (%d), the club's own, not cross-posts (%d), not drafts (%d), dated in 2025 and not "
    "after the commit's day (%d), those of %s to %s bytes (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/red-river-radio-amateurs.py from the posts' Markdown (git show of the mirror), "
    "posts by the fixed rule in the script, tabs as four spaces, Hugo shortcode tags dropped (the text between a "
    "pair kept), rendered as plain text by scripts/qa-texts/mdtext.py (post_paragraphs), one paragraph per line "
    "with a blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph, "
    "table row and footnote definition (footnote references dropped); no front matter (the title is not in the "
    "text); no typographic conversion; left out: fenced and indented code blocks, images, HTML comments, script, "
    "style, pre, noscript, svg and iframe elements, link reference definitions, horizontal rules, paragraphs "
    "without a letter; inline code kept without backticks, links as their text, HTML tags dropped (their text "
    "kept), emphasis markers dropped, backslash escapes and entities resolved, white space runs made one space. "
    "Title = the front-matter title; published = the front-matter date's day.")

NAME = r"content/post/(\d{4})/([^/]+)\.md"


def source(path, cache={}):
    """The post's TOML front matter (a dict) and its body."""
    if path not in cache:
        src = gitmirror.text(mirror, COMMIT, path)
        m = re.match(r"\+\+\+\n(.*?)\n\+\+\+\n", src, re.S)
        cache[path] = (tomllib.loads(m.group(1)), src[m.end():]) if m else (None, src)
    return cache[path]


def front(path):
    f = source(path)[0]
    assert f is not None, path
    return f


def day(path):
    """The post's date: its front matter's day."""
    d = str(front(path).get("date", ""))[:10]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", d), path
    return d


def stem(path):
    """The file's NAME: lower-cased, runs of other characters than a-z and
    0-9 as one "-"."""
    return posts.slug(re.fullmatch(NAME, path).group(2))


assert stem("content/post/2025/W0ILO-field-day-2025-wrap_up.md") == "w0ilo-field-day-2025-wrap-up"


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = source(path)[1].replace("\t", "    ")
    body = re.sub(r"\{\{<.*?>\}\}|\{\{%.*?%\}\}", "", body, flags=re.S)
    return mdtext.post_paragraphs(body)


# Candidates, from the file list, blob sizes and front-matter keys and values only.
files = gitmirror.files(mirror, COMMIT, "content/post/", recursive=True)
assert len(files) == 1069, len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]) and re.fullmatch(NAME, f[1]).group(1) == YEAR,
    lambda f: "xpostLink" not in front(f[1]) and "xpostName" not in front(f[1]),
    lambda f: front(f[1]).get("draft") is not True,
    lambda f: day(f[1])[:4] == YEAR and day(f[1]) <= COMMIT_DAY,
    lambda f: LOW <= f[2] <= HIGH,
])
assert counts == [147, 68, 68, 67, 27], counts
chosen = sorted(cands, key=lambda f: (day(f[1]), f[1]))
assert len(chosen) == 27 and sum(f[2] for f in chosen) == 74424, sum(f[2] for f in chosen)

# Licence: CC BY-SA 4.0, as the site's configuration and licence notice state.
CONFIG = gitmirror.text(mirror, COMMIT, "config.toml")
assert ('copyright = "This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International '
        'License."') in CONFIG
NOTICE = re.sub(r"<[^>]*>|\s+", " ", gitmirror.text(mirror, COMMIT, "layouts/_shortcodes/license.html"))
assert re.search(r"The Red River Radio Amateurs Website is licensed under a\s+Creative Commons\s+"
                 r"Attribution-ShareAlike 4.0 International License", NOTICE), NOTICE

ids = qaentry.day_ids("rr")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    f = front(path)
    paras = render(path)
    text = "\n".join(paras)
    assert not re.search(r"licen[cs]ed under|all rights reserved|creativecommons\.org|CC[- ]BY", text, re.I), path
    assert mdtext.english(text), path
    d = day(path)
    fname, size = posts.write_post(out, "%s-%s" % (d, stem(path)), paras, left=LEFT, lang="en")
    total += size
    title = posts.one_line(str(f.get("title") or f.get("Title") or ""))
    assert title, path
    calls = [posts.one_line(a) for a in f.get("authors", [])]
    by = ("%s (%s)" % (qaentry.join_names(calls), CLUB)) if calls else CLUB
    posts.add_post(sources, items, ids(d), d, fname, title, by, "en", "rr91", path, REPO,
                   "markup, shortcodes, code and images")
posts.assert_unique(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], counts[2],
                                       counts[3], format(LOW, ","), format(HIGH, ","), counts[4]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Red River Radio Amateurs, news posts of rrra.org (rrra/www, content/post/2025), CC BY-SA 4.0, %d English posts of %s to %s

Work: news posts of the website of the Red River Radio Amateurs, the
amateur radio club of Fargo, North Dakota, and Moorhead, Minnesota
(https://rrra.org, the address the site's configuration gives), from the site's repository rrra/www
(https://github.com/rrra/www; the copy used is a bare mirror at commit
%s of 2026-08-15), Markdown files content/post/2025/NAME.md with a TOML
front matter. Authors: the Red River Radio Amateurs and the members
named by call sign below.

Licence: Creative Commons Attribution-ShareAlike 4.0 International
(CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/), as the
site's configuration states ("This work is licensed under a Creative
Commons Attribution-ShareAlike 4.0 International License") and its
licence notice ("The Red River Radio Amateurs Website is licensed under
a Creative Commons Attribution-ShareAlike 4.0 International License").
Posts the club marks as cross-posts of other publishers' articles are
not included. The adapted texts in this folder are shared under the same
licence, CC BY-SA 4.0. The work is offered as-is, without warranties, as
the licence says. Images are not included.

No endorsement by the club, its members or any person, organisation,
company or event the posts name is implied. The names of organisations,
companies, products and events are their owners'.

Changes: a selection of %d posts (by a fixed rule, see
scripts/qa-texts/red-river-radio-amateurs.py), each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings, list items, block-quote paragraphs, table rows and footnote
texts as paragraphs of their own); the front matter (title, tags,
images), images, code blocks, HTML comments, Hugo shortcodes, footnote
marks, link targets and other markup left out, so the texts are
shortened by these omissions. No wording was changed; typos of the
originals are kept.

Files (name, date = the front matter's date, title, author, source file in
the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("rr91", entry, out, COPYRIGHT + "".join(items), len(sources), total)
