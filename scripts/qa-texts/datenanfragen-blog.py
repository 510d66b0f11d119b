#!/usr/bin/env python3
"""Builds the fiftieth QA set's collection (da50): German posts of the blog
and of the campaign pages ("act") of Datenanfragen.de, the project of the
non-profit association Datenanfragen.de e. V. that helps people exercise
their rights under the GDPR (DSGVO), from the source repository of its web
site, datenanfragen/website (the stored snapshot is the local bare mirror
of that repository, commit f2aae6840f9f1ea636d52aed2343ef5a9fda2564 of
2026-06-30). It is a Hugo site with one content folder per language
(config/_default/languages.toml: de = content/de, the default language,
served as https://www.datenanfragen.de/ by config/production). Posts are
Markdown files under content/de/blog/ and content/de/act/, a file NAME.md
or a folder (a page bundle) with index.md, each opening with a front matter
written as a JSON object (of the 37 Markdown files there: title, type and
date in all, authors in 35 (keys of the [authors] table of
config/_default/params.toml), tags in 33, featured_image in 32, notices
(photo credits) in 25, slug in 20, license in 13, last_edited in 7, url
in 1, and others (description, discussedCompanies, aliases ...); no
draft key).

Licence: the site's copyright line for German (languages.toml; the
<copyright> of the site's RSS feed, layouts/index.rss.xml) is "Sofern
nicht anders angegeben, ist dieses Werk unter einer Creative Commons
Attribution 4.0 International-Lizenz lizensiert."; the layout of posts
(layouts/_default/single.html, for the types blog and act and pages
marked blog_like) shows under each post
"veröffentlicht unter:" and the licence of its front matter's license key,
by default cc-by-40 ("Creative Commons Namensnennung 4.0 International
Lizenz", https://creativecommons.org/licenses/by/4.0/deed.de, in
src/i18n/de.json); other values found are cc0-10 (four sample letters),
cc-by-sa-40 (one post) and cc-by-nd-40 (one post). The repository's
LICENSE is the MIT License ("Copyright 2018 – 2022 The Datenanfragen.de
project authors (see the AUTHORS file), managed by Datenanfragen.de e.
V."), for the code; the README says contributions are released under it;
content/de/open-source.md says the association's constitution obliges it
to publish its content under free licences. Only posts under CC BY 4.0 are
used (step 2); the texts are used, and the adapted texts are shared, under
CC BY 4.0, attributed in texts/da50/COPYRIGHT.

Which posts, by a fixed rule written down before any post's text was read
(only the file list of content/de/, the blob sizes, the front matter's
keys and title, date, authors, type, license, slug and tags, and, by
script, counts of function words, of shortcodes by name and parameter
names, of HTML tag names, footnote marks and table rows and the rendered
size of whole candidate selections were looked at): candidates are the
files under content/de/blog/ and content/de/act/
1. that are Markdown files, NAME.md or FOLDER/index.md, other than
   _index.md: 37 (29 of the blog, 8 campaign pages);
2. whose licence is CC BY 4.0: the front matter's license is cc-by-40 or
   missing (the layout's default): 31 (this leaves out the four sample
   letters (cc0-10), "Datensparsamkeit ist verboten" (cc-by-nd-40, which
   allows no adaptations) and the post on video appointments at the
   Arbeitsagentur (cc-by-sa-40));
3. which are German by a count of function words in the body after the
   front matter (mdtext.german: lower-cased runs of letters, more than
   twice as many of "der die das und ist nicht mit ein eine wir auf für
   den dem sich auch" as of "the and of is are this that with which"):
   31 (all);
4. whose file (front matter included) is at most 12,000 bytes long: 24
   (7 are longer: the Hacktoberfest posts of 2020 and 2021, the two yearly
   reports, the Android data safety analysis and the blog post and the
   campaign page on Honey, 12,691 to 43,991 bytes; the longest taken has
   10,925 bytes, so every bound from 10,925 to 12,690 gives the same 24).
Taken: all 24, in date order (the front matter's date, then the path):
2018-03-23 to 2026-06-03 (2 of 2018, 6 of 2019, 8 of 2020, 3 of 2021, 1
of 2022, 3 of 2025, 1 of 2026). The bound was chosen from counts and
sizes only, for 20 to 30 posts of about 80 to 150 KB of text (sizes
rendered by a first script that dropped every shortcode; the 31 posts
render to about 223 KB): at most 10,000 bytes would have left 20
posts (about 86 KB), at most 13,000 bytes 25 (about 126 KB), at most
15,000 bytes 26 (about 135 KB), at most 25,000 bytes 30 (about 200 KB,
too much); at most 12,000 bytes gives 24 posts of about 118 KB (121 KB
as built), as many as the forty-ninth set. Taking the CC0 and CC BY-SA
posts too would have given 29 posts at 12,000 bytes, among them four
sample letters (mostly letter templates). The script asserts every count. The rule was not
changed after the texts were read.

Date = the front matter's date, its first ten characters (all carry a
time and an offset, "2022-12-07T17:00:00+02:00"; a last_edited date is
not used). The chosen posts are listed and numbered in date order (date,
then path). Authors = the bylines of the front matter's authors
(params.toml [authors.KEY] byline, looked up by the lower-cased key as
Hugo's lower-cased parameters are; tags dropped, entities resolved),
joined with ", " and the last with " und " (src/i18n/de.json: blog-and),
as the page shows them; else "Datenanfragen.de e. V." (config.toml
[Author]; 2 of the 24 name no author). Name = the page bundle's folder
name, else the file name without .md; the address on
www.datenanfragen.de is the front matter's url, else /blog/ or /act/ and
the front matter's slug (lower-cased, white space runs as hyphens) or the
name, as Hugo's default permalinks make it.

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading (ATX
or setext), block-quote paragraph and footnote definition; the front
matter is not rendered (the title, the author line and the photo credits
are not in the text). Before that, Hugo shortcodes are handled as the
site's layouts/shortcodes/ render them: {{< link slug="..." text="..." >}}
gives its text (inline; a link to a page missing in German would get
" (EN)" appended by the site, which is not done here), {{< img ... >}}
gives its caption="..." as a paragraph of its own (as the figure's
figcaption), or nothing; every other shortcode ({{< featuredImg >}}, the
post's title image; {{< noScript ... >}}, a notice shown only without
JavaScript; closing tags) is dropped. Left out: fenced and indented code
blocks; images; HTML comments; <script>, <style>, <pre>, <noscript>,
<svg> and <iframe> elements with their content (the request generator
and finder widgets are scripts); link reference definitions; horizontal
rules; paragraphs without a letter. Inline: code spans are kept without
backticks; links give their text; footnote marks are dropped; HTML tags
are dropped, their text kept; emphasis markers are dropped; backslash
escapes and entities are resolved; white space runs become one space.
Markdown tables: each body row one paragraph, "Header: cell; Header:
cell" (no chosen post has a table).

    scripts/qa-texts/datenanfragen-blog.py \\
        /work/.mirror/datenanfragen+website/repo \\
        retrieval/eval/testdata/qa/texts/da50

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/da50 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post, named
YYYY-MM-DD-<name>.de.txt (the date and the name), writes
texts/da50/COPYRIGHT, puts the da50 entry into collections.json (only when
writing the default folder, through qaentry.finish) and prints it. Source
ids are da-YYYY-MM-DD, with -2 for a second post of the same day; title =
the front-matter title; published = the date. Running it twice gives the
same files byte for byte."""
import functools, html, os, re, tomllib

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "f2aae6840f9f1ea636d52aed2343ef5a9fda2564"  # 2026-06-30
FOLDERS = ("content/de/blog/", "content/de/act/")
MAX_BYTES = 12000
LICENCES = ("", "cc-by-40")  # missing: the layout's default, cc-by-40
DEFAULT_AUTHOR = "Datenanfragen.de e. V."
SITE = "https://www.datenanfragen.de/"
mirror, out = arguments("da50")

DESCRIPTION = ("Fiftieth set: %d German posts of the blog and campaign pages of Datenanfragen.de (the project of the "
    "non-profit Datenanfragen.de e. V. for data protection rights under the GDPR: its request generator and releases, "
    "GDPR rights, supervisory authorities and complaints, identification and the frequency of requests, church data "
    "protection, data protection law in Portugal, the territorial scope of the GDPR, campaigns on Deliveroo, Ada Health, "
    "Deutsche Wohnen, the DRK Brandenburg, Lieferando, Miles and Creditreform Boniversum, complaints against the ABIS "
    "GmbH and an eBay shop, advertisers, paydirekt/giropay, Hacktoberfest 2019 and the overload of the supervisory "
    "authorities), dated %s to %s, from the source repository of datenanfragen.de, datenanfragen/website (commit %s of "
    "2026-06-30; texts under CC BY 4.0, attribution in texts/da50/COPYRIGHT), one source per post, chosen by a fixed "
    "rule that reads only the file list, the sizes, the front matter and counts of function words: the Markdown files "
    "of content/de/blog/ and content/de/act/ (%d), licensed CC BY 4.0 (%d), German by their function words (%d), whose "
    "file is at most %d bytes long (%d), all of these (%d).")
TEXT = ("Built by scripts/qa-texts/datenanfragen-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph and footnote "
    "definition; no front matter (the title is not in the text); Hugo shortcodes: link gives its text, img its caption "
    "as a paragraph, other shortcodes (featuredImg, noScript) dropped; left out: fenced and indented code blocks, "
    "images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, "
    "horizontal rules, paragraphs without a letter; inline code kept without backticks, links as their text, footnote "
    "marks dropped, HTML tags dropped (their text kept), emphasis markers dropped, entities resolved, white space runs "
    "made one space; Markdown table body rows as one paragraph each, 'Header: cell; Header: cell'. Title = the "
    "front-matter title; published = the front matter's date.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


@functools.lru_cache(maxsize=None)
def source(path):
    """The front matter (a JSON object, mdtext.json_front) and the body
    after it."""
    return mdtext.json_front(git("show", "%s:%s" % (COMMIT, path)).replace("\r\n", "\n"))


def shortcode(m):
    name, params = m.group(1), dict(re.findall(r'(\w+)="([^"]*)"', m.group(2)))
    if name == "link":
        return params["text"]
    if name == "img":
        return "\n\n%s\n\n" % params["caption"] if params.get("caption") else "\n"
    return ""


def render(body):
    body = body.replace("\t", "    ")
    body = re.sub(r"\{\{[<%]\s*/?\s*([\w-]+)(.*?)[%>]\}\}", shortcode, body, flags=re.S)
    return mdtext.paragraphs(mdtext.drop_elements(body))


def name(path):
    parts = path.split("/")
    return parts[-2] if parts[-1] == "index.md" else parts[-1][:-len(".md")]


def address(path, front):
    if front.get("url"):
        return SITE + front["url"].strip("/") + "/"
    section = path.split("/")[2]
    slug = "-".join(front.get("slug", "").lower().split()) or name(path)
    return "%s%s/%s/" % (SITE, section, slug)


PARAMS = tomllib.loads(git("show", "%s:config/_default/params.toml" % COMMIT))


def authors(front):
    names = []
    for key in front.get("authors") or []:
        byline = PARAMS["authors"][key.lower()]["byline"]
        names.append(re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]*>", "", byline))).strip())
    if not names:
        return DEFAULT_AUTHOR
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " und " + names[-1]


# Candidates, from the file list, the sizes, the front matter and word counts only.
files = [f for folder in FOLDERS for f in gitmirror.files(mirror, COMMIT, folder, recursive=True)]
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(r"content/de/(?:blog|act)/(?:[^/]+\.md|[^/]+/index\.md)", f[1]) and f[0] != "_index.md",
    lambda f: source(f[1])[0].get("license", "") in LICENCES,
    lambda f: mdtext.german(source(f[1])[1]),
    lambda f: f[2] <= MAX_BYTES,
])
assert counts == [37, 31, 31, 24], counts
dates = {p: qaentry.published(p, source(p)[0]["date"]) for _, p, _ in cands}
assert max(dates.values()) <= "2026-06-30", max(dates.values())
posts = sorted(cands, key=lambda f: (dates[f[1]], f[1]))
assert len(posts) == 24, len(posts)

sources, items = [], []
source_id, total = qaentry.day_ids("da"), 0
for _, path, size in posts:
    front, body = source(path)
    paras = render(body)
    text = "\n\n".join(paras) + "\n"
    assert "<!--" not in text and "{{" not in text and "}}" not in text, path
    date = dates[path]
    sid = source_id(date)
    fname = "%s-%s.de.txt" % (date, name(path))
    assert re.fullmatch(r"[a-z0-9.-]+", fname), fname
    with open(os.path.join(out, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    total += len(text.encode("utf-8"))
    title = re.sub(r"\s+", " ", html.unescape(front["title"])).strip()
    assert title, path
    sources.append({"id": sid, "title": title, "language": "de", "published": date, "file": "da50/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s; source: %s;\n"
                 "  licence: CC BY 4.0 (%s); changed: rendered to plain text, markup and images left out\n"
                 % (fname, date, title, authors(front), address(path, front), path,
                    "stated in the front matter" if front.get("license") else "the site's default"))
assert len(set(s["file"] for s in sources)) == len(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2018, 2027)] == [2, 6, 8, 3, 1, 0, 0, 3, 1], years
assert sum(not source(p)[0].get("authors") for _, p, _ in posts) == 2

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[1],
                                       counts[2], MAX_BYTES, counts[3], len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Datenanfragen.de, blog and campaign pages (www.datenanfragen.de), %d German posts of %s to %s

Work: blog posts and campaign pages ("act") of Datenanfragen.de
(https://www.datenanfragen.de/), the project of the non-profit
association Datenanfragen.de e. V. that helps people exercise their
rights under the GDPR, from the site's source repository
datenanfragen/website (https://github.com/datenanfragen/website; the
copy used is a bare mirror at commit
%s of 2026-06-30), Hugo Markdown
files under %s and %s, NAME.md or FOLDER/index.md.

Copyright: the authors named with each post below (the bylines of the
front matter's authors, as the page shows them; "Datenanfragen.de e. V."
where the front matter names none) and Datenanfragen.de e. V.

Licence: the site's copyright line for German
(config/_default/languages.toml; the <copyright> of the site's RSS feed)
says:

  Sofern nicht anders angegeben, ist dieses Werk unter einer Creative
  Commons Attribution 4.0 International-Lizenz lizensiert.

and every post's page says under its author line "veröffentlicht unter:
Creative Commons Namensnennung 4.0 International Lizenz"
(https://creativecommons.org/licenses/by/4.0/deed.de; the licence of the
front matter's license key, cc-by-40 by default, in
layouts/_default/single.html). Only posts under that licence are used
here (posts of the site under CC0 1.0, CC BY-SA 4.0 or CC BY-ND 4.0 are
not). The repository's LICENSE is the MIT License, for the site's code
(not used here).

The texts are used under the Creative Commons Attribution 4.0
International licence (CC BY 4.0),
https://creativecommons.org/licenses/by/4.0/ , and the adapted texts in
this folder are shared under the same licence, CC BY 4.0. Attribution:
"Datenanfragen.de e. V. and the authors named below, blog of
datenanfragen.de, CC BY 4.0". No endorsement by Datenanfragen.de e. V.
or the authors is implied. Names of companies, authorities,
organisations and products in the posts are their owners'. Images of the
posts (title photos, screenshots) are not included, nor their credits;
where a post quotes a text of others (laws, court decisions, letters of
companies and authorities), that text stays theirs.

Changes (the texts are an adaptation): a selection of %d posts (by a fixed
rule, see scripts/qa-texts/datenanfragen-blog.py); each rendered from
Markdown to plain text, one paragraph per line with a blank line between
(headings, list items and footnotes as paragraphs of their own); the
front matter (title, date, authors, photo credits), images, scripts and
widgets, HTML comments, link targets and markup left out. No wording was
changed; typos of the originals are kept.

Files (name, date = the front matter's date, title, authors, address of
the post on www.datenanfragen.de as Hugo's permalink gives it, source
file in the repository):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT,
       FOLDERS[0], FOLDERS[1], len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("da50", entry, out, COPYRIGHT + "".join(items), len(sources), total)
