#!/usr/bin/env python3
"""Builds the fifty-fifth QA set's collection (xn55): the German posts of
the blog of xmpp.org (https://xmpp.org/de/blog/), the site of the XMPP
Standards Foundation (XSF): the German edition of the monthly XMPP
Newsletter of the XSF Communication Team (news of the XSF, events,
talks, articles, releases of XMPP clients, servers and libraries, and
the month's changes to the XMPP Extension Protocols, XEPs) and one
article, from the source repository of the site, xsf/xmpp.org (the
stored snapshot is the local bare mirror of that repository, commit
8b59616c30ce75fe826f6c3b7e318d3a8692ca00 of 2026-08-16). It is a Hugo
site (config/_default/config.json: baseURL https://xmpp.org/,
defaultContentLanguage en, permalinks: blog = "/:year/:month/:title/";
config/_default/languages.json: de, en, es, fr, it, pt-br, ro).
Translations are files named NAME.LANG.md next to the English NAME.md;
the blog is content/blog/ (417 blobs at that commit, all present in the
snapshot: Markdown posts, most of them in content/blog/newsletter/),
each post with a YAML front matter (--- ... ---; title, date,
categories, in some an author).

Licence: every post taken here states its licence in its own text, the
Creative Commons Attribution-ShareAlike licence, version 4.0: each
newsletter ends with "## Lizenz" and "Dieser Newsletter wird unter der
CC BY-SA Lizenz veröffentlicht." (a link to
https://creativecommons.org/licenses/by-sa/4.0/, some with /deed.de),
the article of 2021-01-20 with "Dieser Blogbeitrag ist unter der CC
BY-SA 4.0 Lizenz veröffentlicht." (step 3 below checks the statement in
every post). The repository has no licence file for the site as a whole
(themes/xmpp.org/LICENSE is the MIT licence of the theme's code); a git
grep of the templates, the configuration, the data and the about pages
for licence, copyright, Creative Commons and "rights reserved" found no
other statement for the blog (the hits are the theme's MIT licence, the
XSF's IPR policy for XEPs, a historical "Copyright 1999 Jabber
Development Team, All Rights Reserved" quoted on the page about the
Jabber project, and the RSS template's copyright field, which
config.json leaves unset). So the texts are used, and the adapted texts
are shared, under CC BY-SA 4.0; texts/xn55/COPYRIGHT says so. Images of
the posts are not used.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of content/blog/, the blob sizes, the front
matter's keys, dates and titles, counts of shortcodes, HTML tags, code
fences and table lines and the lines holding them, the lines holding a
licence statement, counts of function words and the rendered size of the
whole selection were looked at): candidates are the files under
content/blog/ (any depth)
1. that are German Markdown posts, NAME.de.md (Hugo's German translation
   by file name): 24 (the other 393 files are the English posts and the
   translations into other languages);
2. which are German by a count of function words in the body after the
   front matter (mdtext.german: lower-cased runs of letters, more than
   twice as many of "der die das und ist nicht mit ein eine wir auf für
   den dem sich auch" as of "the and of is are this that with which"):
   24 (all; the newsletters keep the XEP change notes in English);
3. which state their licence, CC BY-SA, in their text (a line holding
   "CC BY-SA"): 24 (all).
Taken: all 24, in date order (the date, then the path): 2021-01-20 to
2025-10-05 (1 of 2021, 8 of 2022, 5 of 2024, 10 of 2025). The site has
no more German posts, so no period was cut and no size bound set; there
are 24, one fewer than the 25 the set was asked for, and the rendered
text is larger than the sets before (about 271 KB against 57 to 150 KB),
because a newsletter is long. The script asserts every count.

Date = the front matter's date (the date Hugo shows and puts into the
address). For 20 of the 24 posts it equals the date that opens the file
name; the script asserts it and names the four that differ:
newsletter/2022-05-05-newsletter.de.md is dated 2022-04-05 (the date of
the March issue; the English original of this April issue is dated
2022-05-05), 2022-09-05 is dated 2022-09-07, 2024-10-05 is dated
2024-10-04 and 2025-02-05 is dated 2025-02-07. Title = the front
matter's title (eight newsletters keep the English title, "The XMPP
Newsletter July 2024" ...). Author = the front matter's author where
there is one (Edward Maurer for the article, Anoxinon e.V. for two
newsletters). Files are named by the file name, lower-cased, "_"
written "-", ".md" replaced by ".txt" (2022-02-05-newsletter.de.txt,
2021-01-20.de.txt).

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading and
block-quote paragraph; the front matter is not rendered (the title and
the date are not in the text). Before that: Hugo's figure shortcode
({{< figure src="..." caption="..." >}}) becomes its caption, a
paragraph of its own, as the page shows it under the image ("XMPP
Newsletter Banner", "Gajim 2.0: Chatfenster"); every other shortcode is
removed (only {{< newsletter-subscribe >}}, which puts the theme's
English box "Subscribe to the monthly XMPP newsletter" into the page).
Left out: fenced and indented code blocks; images; HTML comments;
<script>, <style>, <pre>, <noscript>, <svg> and <iframe> elements with
their content; link reference definitions; horizontal rules; paragraphs
without a letter. Inline: code spans are kept without backticks (so
"<destroy/>", "<regioncode/>" stay); links give their text (so "[EN]"
marks stay); autolinks give the address; HTML tags are dropped, their
text kept; emphasis markers are dropped; backslash escapes and entities
are resolved; white space runs become one space. Markdown tables: each
body row one paragraph, "Header: cell; Header: cell" (none here).

    scripts/qa-texts/xmpp-newsletter-de.py \\
        /work/.mirror/xsf+xmpp.org/repo \\
        retrieval/eval/testdata/qa/texts/xn55

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/xn55 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post,
writes texts/xn55/COPYRIGHT, puts the xn55 entry into collections.json
(only when writing the default folder, through qaentry.finish) and prints
it. Source ids are xn-YYYY-MM-DD, with -2 for a second post of the same
day (the April issue of 2022, dated as the March issue); title = the
front-matter title; published = the date. Running it twice gives the
same files byte for byte."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import posts
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "8b59616c30ce75fe826f6c3b7e318d3a8692ca00"  # 2026-08-16
FOLDER = "content/blog/"
REPO = "https://github.com/xsf/xmpp.org/blob/%s/" % COMMIT
# Posts whose front matter's date differs from the date opening the file name.
OTHER_DATE = {
    "content/blog/newsletter/2022-05-05-newsletter.de.md": "2022-04-05",
    "content/blog/newsletter/2022-09-05-newsletter.de.md": "2022-09-07",
    "content/blog/newsletter/2024-10-05-newsletter.de.md": "2024-10-04",
    "content/blog/newsletter/2025-02-05-newsletter.de.md": "2025-02-07",
}
mirror, out = arguments("xn55")

DESCRIPTION = ("Fifty-fifth set: %d German posts of the blog of xmpp.org (xmpp.org/de/blog, the site of the XMPP "
    "Standards Foundation, XSF): %d issues of the German edition of the monthly XMPP Newsletter of the XSF "
    "Communication Team (announcements of the XSF: membership applications, elections, fiscal hosting, Google Summer "
    "of Code, the XMPP Summit and FOSDEM, sprints, open letters to the European Commission and to Meta; events and talks; articles; releases of clients, servers and "
    "libraries such as Gajim, Conversations, Monocles, Cheogram, Kaidan, Movim, Converse, Dino, Prosody, ejabberd, "
    "Openfire and Slidge; new, updated and deferred XEPs), the issues for December 2021 to August 2022 and July 2024 "
    "to September 2025, and one article ('Instant Messaging: Es geht nicht um die App', 2021), dated %s to %s, from "
    "the source repository of the site, xsf/xmpp.org (commit %s of 2026-08-16; CC BY-SA 4.0 as each post states, "
    "attribution in texts/xn55/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, "
    "counts of function words and the posts' licence lines: the German Markdown posts NAME.de.md under content/blog/ "
    "(%d), German by their function words (%d), stating their licence CC BY-SA (%d), all taken.")
TEXT = ("Built by scripts/qa-texts/xmpp-newsletter-de.py from the posts' Markdown (git show of the mirror), posts by "
    "the fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading and block-quote paragraph; no front "
    "matter (the title is not in the text); Hugo's figure shortcode as its caption, a paragraph of its own; other "
    "shortcodes (the newsletter-subscribe box) removed; left out: fenced and indented code blocks, images, HTML "
    "comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, horizontal "
    "rules, paragraphs without a letter; inline code kept without backticks, links as their text, HTML tags dropped "
    "(their text kept), emphasis markers dropped, entities resolved, white space runs made one space. Title = the "
    "front-matter title; published = the front matter's date.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


reader = posts.Posts(mirror, COMMIT)
source, value, date = reader.source, reader.value, reader.date


def figure(m):
    """A figure shortcode as its caption, a paragraph of its own."""
    cap = re.search(r'\bcaption="([^"]*)"', m.group(0))
    return "\n\n" + cap.group(1).strip() + "\n\n" if cap and cap.group(1).strip() else "\n\n"


def render(body):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = body.replace("\t", "    ")
    body = re.sub(r"\{\{<\s*figure\b.*?>\}\}", figure, body, flags=re.S)
    body = re.sub(r"\{\{[<%].*?[>%]\}\}", "", body, flags=re.S)
    body = mdtext.drop_elements(body)
    return mdtext.paragraphs(body)


def name(path):
    return path.rsplit("/", 1)[1][:-len(".md")]


# Candidates, from the file list, word counts and the licence lines only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
assert len(files) == 417 and not any(f[2] is None for f in files), len(files)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(re.escape(FOLDER) + r"(?:[^/]+/)*[^/]+\.de\.md", f[1]),
    lambda f: mdtext.german(source(f[1])[1]),
    lambda f: re.search(r"(?m)^.*CC BY-SA.*$", source(f[1])[1]),
])
assert counts == [24, 24, 24], counts
dates = {p: qaentry.published(p, date(p)) for _, p, _ in cands}
for p, d in dates.items():
    assert name(p)[:10] == d if p not in OTHER_DATE else OTHER_DATE[p] == d, (p, d)
cands.sort(key=lambda f: (dates[f[1]], f[1]))
posts = cands
assert len(posts) == 24, len(posts)

sources, items = [], []
source_id, total = qaentry.day_ids("xn"), 0
for _, path, size in posts:
    paras = render(source(path)[1])
    text = "\n\n".join(paras) + "\n"
    assert "{{" not in text and "}}" not in text and "<!--" not in text, path
    d = dates[path]
    sid = source_id(d)
    fname = "%s.txt" % name(path).lower().replace("_", "-")
    assert re.fullmatch(r"[a-z0-9.-]+\.de\.txt", fname), fname
    total += qaentry.write_text(out, fname, text)
    title = re.sub(r"\s+", " ", value(path, "title")).strip()
    author = re.sub(r"\s+", " ", value(path, "author")).strip()
    assert title, path
    sources.append({"id": sid, "title": title, "language": "de", "published": d, "file": "xn55/" + fname})
    items.append("- %s (%s): \"%s\"%s; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup and images left out\n"
                 % (fname, d, title, "; by " + author if author else "", path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2021, 2026)] == [1, 8, 0, 5, 10], years
newsletters = sum(1 for _, p, _ in posts if "/newsletter/" in p)
assert newsletters == 23, newsletters

entry = {"description": DESCRIPTION % (len(sources), newsletters, min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[1],
                                       counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

CONFIG = git("show", "%s:config/_default/config.json" % COMMIT)
assert '"baseURL": "https://xmpp.org/"' in CONFIG and '"blog": "/:year/:month/:title/"' in CONFIG

COPYRIGHT = """XMPP Standards Foundation, blog of xmpp.org, German edition (https://xmpp.org/de/blog/), %d German posts of %s to %s

Work: the German posts of the blog of xmpp.org (https://xmpp.org/), the
site of the XMPP Standards Foundation (XSF): %d issues of the German
edition of the XMPP Newsletter, "präsentiert vom XSF Communication
Team", produced collaboratively by the XMPP community and translated
into German by volunteers (among them Anoxinon e.V.), and one article;
from the site's source repository xsf/xmpp.org
(https://github.com/xsf/xmpp.org; the copy used is a bare mirror at
commit %s of 2026-08-16), Markdown files
%s[newsletter/]NAME.de.md.

Copyright: the XMPP Standards Foundation's Communication Team, the
contributors each newsletter thanks by name in its section "Hilf uns,
diesen Newsletter zu erstellen", the translators, and the author of the
article of 2021-01-20 (Edward Maurer). The newsletters quote and
summarise the announcements of many projects; those stay their authors'.

Licence: each post states its licence in its own text: "Dieser
Newsletter wird unter der CC BY-SA Lizenz veröffentlicht." (section
"Lizenz", a link to https://creativecommons.org/licenses/by-sa/4.0/) and
"Dieser Blogbeitrag ist unter der CC BY-SA 4.0 Lizenz veröffentlicht."
(2021-01-20). No other licence statement for the blog was found in the
repository (themes/xmpp.org/LICENSE, the MIT licence, covers the theme's
code). The texts are used, and the adapted texts in this folder are
shared, under the Creative Commons Attribution-ShareAlike 4.0
International licence (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/legalcode). Attribution:
"XMPP Standards Foundation Communication Team and contributors, XMPP
Newsletter (German edition) and blog of xmpp.org, CC BY-SA 4.0". No
endorsement by the XSF, Anoxinon e.V., the contributors or the authors is
implied. Images of the posts (banners, screenshots, photos, logos) are
not included; their captions are. "XMPP" and "Jabber" and the names of
organisations, projects and products in the posts are their owners'.

Changes (the texts are an adaptation): a selection of %d posts (by a fixed
rule, see scripts/qa-texts/xmpp-newsletter-de.py); each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings, list items and quotes as paragraphs of their own, figures as
their caption); the front matter (title, date, categories, author,
aliases), the subscription box, images, code blocks, link targets and
markup left out. No wording was changed; typos of the originals are kept.

Files (name, date = the front matter's date, title, author where the
front matter names one, source file in the repository and its address at
the commit used; on the site the posts are under https://xmpp.org/de/
by the permalink /:year/:month/:title/):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), newsletters, COMMIT,
       FOLDER, len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("xn55", entry, out, COPYRIGHT + "".join(items), len(sources), total)
