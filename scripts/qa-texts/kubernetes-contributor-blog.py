#!/usr/bin/env python3
"""Builds the forty-ninth QA set's collection (kc49): English posts of the
Kubernetes Contributors blog (https://www.kubernetes.dev/blog/: SIG and
working group spotlights, steering committee election results, contributor
stories, contributor summit and KCD reports, contributor tooling and
process news), from the
source repository of the contributor site, kubernetes/contributor-site (the
stored snapshot is the local bare mirror of that repository, commit
56f4bc2ff4b3c08030dc468e31e8e34bc59170fe of 2026-08-19). It is a Hugo site
(theme Docsy; hugo.yaml: contentDir content/en, one language, en; blog
permalink /:section/:year/:month/:day/:slug/): posts are Markdown files
under content/en/blog/YEAR/, either a file NAME.md or a folder (a page
bundle) whose page is index.md or, without an index.md, a NAME.md in it,
each with a YAML front matter (--- ... ---; of the 70 Markdown files:
title and date in all, slug in 64, layout in 62, author in 53 (one
writes "Author"), linkTitle in 6, draft in 4, canonicalUrl in 2; one post
opens it with "------", one closes it with "---" and trailing blanks, two
are written with CRLF line ends).

Licence: the repository's LICENSE is the Apache License, Version 2.0
(January 2004, http://www.apache.org/licenses/ ; "Apache License / Version
2.0, January 2004"), and package.json says "license": "Apache-2.0"; the
site's copyright line is "The Kubernetes Authors" (hugo.yaml: params:
copyright, which the theme's footer shows with the year);
CONTRIBUTING.md says that Kubernetes projects require a signed
Contributor License Agreement; the repository has no NOTICE file. No
Creative Commons or other licence statement for the blog content was
found in the repository (git grep for creative commons, cc-by,
licen[cs]e and copyright at COMMIT: only the LICENSE, the Apache headers
of Makefile and hack/gen-content.sh, package.json, hugo.yaml's copyright
line and mentions in post, documentation and event texts). The texts are
used under the Apache License 2.0, whose text
texts/kc49/COPYRIGHT reproduces (taken from the mirror's LICENSE), with
the attribution and a statement of the changes.

Which posts, by a fixed rule written down before any post's text was read
(only the file list of content/en/blog/, the blob sizes, the front matter
(title, date, slug, author, draft) and, by script, counts of function
words, of shortcodes, HTML tags, code fences and table rows in the
candidates and the rendered size of whole candidate selections were looked
at; a first listing of the front matter by a shell loop that stopped at
the second "---" line also printed the bodies of two posts whose
delimiters are unusual, 2024/k8s-book-club/k8s-book-club.md and
2025/wg-policy-spotlight-2025.md, before the rule was fixed; the first is
a candidate that the rule leaves out, the second is longer than the size
bound): candidates are the files under content/en/blog/ (112 blobs: posts,
images, OWNERS and _index.md)
1. that are Markdown files of a year folder, content/en/blog/YYYY/NAME.md
   or content/en/blog/YYYY/FOLDER/NAME.md, other than _index.md: 70;
2. that are pages, not page resources: index.md, or a file whose folder
   has no index.md (this leaves out
   2022/2022-03-15-k8s-triage-bot-helper-ci-job/K8s-ci-bot-make-update-helper.md,
   a copy beside the bundle's index.md, which Hugo does not publish): 69;
3. that are not drafts (front matter draft not true or yes; this leaves
   out the AI conformance spotlight of 2026-07-09, "draft: yes"): 68;
4. which are English by a count of function words in the body after the
   front matter (mdtext.english: lower-cased runs of letters, more than
   twice as many of "the and of is are this that with which" as of "der
   die das und ist nicht mit ein eine wir auf für den dem sich auch"):
   68 (all);
5. whose file (front matter included) is at most 11,000 bytes long: 48
   (the shortest post has 2,425 bytes; 20 are longer, up to 24,218).
Taken: in date order (the front matter's date, then the path), the first
candidate and every second after it (indexes 0, 2, ..., 46): 24 posts,
2020-08-24 to 2026-06-26, in every year 2020-2026 (1, 2, 6, 6, 4, 2, 3).
The bound and the step were chosen from counts and sizes only, for 20 to
30 posts of about 80 to 150 KB of text (the 68 posts render to about 490
KB): at most 9,500 bytes would have left 42 candidates (every second: 21
posts, about 99 KB rendered), at most 10,000 bytes 44 (22 posts, about
106 KB), at most 12,000 bytes 54 (27 posts, about 158 KB, too much); at
most 15,000 bytes, every third, would also have fitted (22 posts, about
139 KB), but every second, as in the forty-eighth set, gives more and
shorter posts; at most 7,000 bytes, all taken, 26 posts of about 95 KB
without any SIG spotlight; at most 11,000 bytes, every second, gives 24
posts of about 133 KB. The script asserts every count. The rule was not changed after the
texts were read.

Date = the front matter's date, its first ten characters (a few carry a
time and an offset, "2023-12-20T09:30:00-08:00"); all posts have one, none
is later than COMMIT's day. The chosen posts are listed and numbered in
date order (date, then path). Author = the front matter's author (key
author in any case: one post writes "Author"), as written, a YAML block
scalar joined with spaces and Markdown links given as their text (as the
page shows them), else "Kubernetes Contributors" (the site's title; 7 of
the 24 name no author). Slug = the front matter's slug, else the title
lower-cased with spaces as hyphens (Hugo's :slug falls back to the
urlized title; the 3 chosen posts without a slug have titles of letters,
digits, spaces and hyphens only).

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading (ATX
or setext), block-quote paragraph; the front matter is not rendered (the
title is not repeated in the text). Before that, Hugo shortcodes are
handled: {{< figure ... >}} (an image) gives its caption="..." as a
paragraph of its own, or nothing; every other shortcode tag ({{< ... >}},
{{% ... %}}, closing tags included: imgproc, alert, ref) is dropped and
the text between an opening and a closing tag kept (so an imgproc
caption or an alert's text stays, a {{< ref >}} link target goes). No
chosen post has a shortcode (counted by script); the handling is stated
for the rule's sake. Left out: fenced and indented code blocks; images;
HTML comments; <script>, <style>, <pre>, <noscript>, <svg> and <iframe>
elements with their content; link reference definitions; horizontal
rules; paragraphs without a letter. Inline: code spans are kept without
backticks; links give their text; autolinks give the address; HTML tags
are dropped, their text kept; emphasis markers are dropped; backslash
escapes and entities are resolved; white space runs become one space.
Markdown tables: each body row one paragraph, "Header: cell; Header:
cell" (no chosen post has a table).

    scripts/qa-texts/kubernetes-contributor-blog.py \\
        /work/.mirror/kubernetes+contributor-site/repo \\
        retrieval/eval/testdata/qa/texts/kc49

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/kc49 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post, named
YYYY-MM-DD-<slug>.en.txt (the date and the slug), writes
texts/kc49/COPYRIGHT (with the Apache License 2.0 as the mirror's LICENSE
gives it), puts the kc49 entry into collections.json (only when writing
the default folder, through qaentry.finish) and prints it. Source ids are
kc-YYYY-MM-DD, with -2 for a second post of the same day; title = the
front-matter title; published = the date. Running it twice gives the same
files byte for byte."""
import functools, os, re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "56f4bc2ff4b3c08030dc468e31e8e34bc59170fe"  # 2026-08-19
FOLDER = "content/en/blog/"
MAX_BYTES, STEP = 11000, 2
DEFAULT_AUTHOR = "Kubernetes Contributors"
SITE = "https://www.kubernetes.dev/blog/"
mirror, out = arguments("kc49")

DESCRIPTION = ("Forty-ninth set: %d English posts of the Kubernetes Contributors blog (kubernetes.dev/blog: spotlights "
    "on SIGs and their subprojects, steering committee election results, the contributor stories and Meet Our "
    "Contributors series, contributor tooling and processes (the CI bot helper job, the CVE feed, contextual "
    "logging, the Blixt load balancer, image signature routing), a new working group and open source maintainership in "
    "the age of AI), dated %s to %s, from the "
    "source repository of the contributor site, kubernetes/contributor-site (commit %s of 2026-08-19; Apache License "
    "2.0, text and attribution in texts/kc49/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the "
    "file list, the sizes, the front matter and counts of function words: the Markdown files of the year folders of "
    "content/en/blog/ (%d), pages rather than page resources (%d), not drafts (%d), English by their function words "
    "(%d), whose file is at most %d bytes long (%d), and of these, in date order, the first and every second after it "
    "(%d).")
TEXT = ("Built by scripts/qa-texts/kubernetes-contributor-blog.py from the posts' Markdown (git show of the mirror), posts "
    "by the fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with "
    "a blank line between: a paragraph per Markdown paragraph, list item, heading and block-quote paragraph; no front "
    "matter (the title is not in the text); Hugo shortcodes: a figure gives its caption, other shortcode tags dropped "
    "with the text between them kept (the chosen posts have none); left out: fenced and indented code blocks, images, "
    "HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, horizontal "
    "rules, paragraphs without a letter; inline code kept without backticks, links as their text, HTML tags dropped "
    "(their text kept), emphasis markers dropped, entities resolved, white space runs made one space; Markdown table "
    "body rows as one paragraph each, 'Header: cell; Header: cell'. Title = the front-matter title; published = the "
    "front matter's date.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


@functools.lru_cache(maxsize=None)
def source(path):
    """The front matter's lines (read as Hugo does, mdtext.front_lines
    loose) and the body after it."""
    src = git("show", "%s:%s" % (COMMIT, path)).replace("\r\n", "\n")
    return mdtext.front_lines(src, loose=True)


def value(path, key):
    return mdtext.yaml_value(source(path)[0], key, ignore_case=True)


def figure(m):
    caption = re.search(r'\bcaption="([^"]*)"', m.group(0))
    return "\n\n%s\n\n" % caption.group(1) if caption else "\n"


def render(body):
    body = body.replace("\t", "    ")
    body = re.sub(r"\{\{<\s*figure\b.*?>\}\}", figure, body, flags=re.S)
    body = re.sub(r"\{\{[<%].*?[%>]\}\}", "", body, flags=re.S)
    return mdtext.paragraphs(mdtext.drop_elements(body))


def shortcodes(path):
    return len(re.findall(r"\{\{[<%]", source(path)[1]))


def slug(path):
    s = value(path, "slug")
    if s:
        return s
    title = value(path, "title")
    assert re.fullmatch(r"[A-Za-z0-9 -]+", title), title
    return "-".join(title.lower().split())


# Candidates, from the file list, the sizes, the front matter and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
assert len(files) == 112, len(files)
paths = {p for _, p, _ in files}
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(r"content/en/blog/\d{4}/(?:[^/]+/)?[^/]+\.md", f[1]) and f[0] != "_index.md",
    lambda f: f[0] == "index.md" or f[1].rsplit("/", 1)[0] + "/index.md" not in paths,
    lambda f: value(f[1], "draft").lower() not in ("true", "yes"),
    lambda f: mdtext.english(source(f[1])[1]),
    lambda f: f[2] <= MAX_BYTES,
])
assert counts == [70, 69, 68, 68, 48], counts
dates = {p: qaentry.published(p, value(p, "date")) for _, p, _ in cands}
assert max(dates.values()) <= "2026-08-19", max(dates.values())
cands.sort(key=lambda f: (dates[f[1]], f[1]))
posts = cands[::STEP]
assert len(posts) == 24, len(posts)
assert sum(shortcodes(p) for _, p, _ in posts) == 0

sources, items = [], []
source_id, total = qaentry.day_ids("kc"), 0
for name, path, size in posts:
    paras = render(source(path)[1])
    text = "\n\n".join(paras) + "\n"
    assert "<!--" not in text and "{{" not in text, path
    date = dates[path]
    sid = source_id(date)
    fname = "%s-%s.en.txt" % (date, slug(path))
    assert re.fullmatch(r"[a-z0-9.-]+", fname), fname
    with open(os.path.join(out, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    total += len(text.encode("utf-8"))
    title = re.sub(r"\s+", " ", value(path, "title")).strip()
    assert title, path
    author = re.sub(r"\s+", " ", mdtext.inline(value(path, "author"), set())).strip() or DEFAULT_AUTHOR
    sources.append({"id": sid, "title": title, "language": "en", "published": date, "file": "kc49/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s%s/%s/; source: %s;\n"
                 "  changed: rendered to plain text, code, markup and images left out\n"
                 % (fname, date, title, author, SITE, date.replace("-", "/"), slug(path), path))
assert len(set(s["file"] for s in sources)) == len(sources)
years = [s["published"][:4] for s in sources]
assert [years.count(str(y)) for y in range(2020, 2027)] == [1, 2, 6, 6, 4, 2, 3], years

LICENSE = git("show", "%s:LICENSE" % COMMIT)
assert LICENSE.lstrip().startswith("Apache License\n                           Version 2.0, January 2004"), LICENSE[:120]

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[1],
                                       counts[2], counts[3], MAX_BYTES, counts[4], len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Kubernetes Contributors blog (https://www.kubernetes.dev/blog/), %d English posts of %s to %s

Work: blog posts of the Kubernetes Contributors site
(https://www.kubernetes.dev/), the site of the Kubernetes contributor
community, from its source repository kubernetes/contributor-site
(https://github.com/kubernetes/contributor-site; the copy used is a bare
mirror at commit %s of 2026-08-19), Markdown files
%sYEAR/NAME.md and %sYEAR/FOLDER/index.md (or NAME.md).

Copyright: The Kubernetes Authors (the site's copyright line, hugo.yaml:
copyright: The Kubernetes Authors, shown in the footer with the year) and
the authors named with each post below (the front matter's author, as
the page shows it; "Kubernetes Contributors", the site's name, where the
front matter names none). The repository's CONTRIBUTING.md says that
Kubernetes projects require a signed Contributor License Agreement.

Licence: the repository's LICENSE is the Apache License, Version 2.0
(its full text follows at the end of this file, as the LICENSE gives
it); package.json says "license": "Apache-2.0". No other licence
statement for the blog content was found in the repository, and the
repository has no NOTICE file. The texts are used, and the adapted texts
in this folder are distributed, under the Apache License, Version 2.0,
https://www.apache.org/licenses/LICENSE-2.0 . Attribution: "The
Kubernetes Authors and the authors named below, Kubernetes Contributors
blog (kubernetes.dev), Apache License 2.0". No endorsement by the
Kubernetes project, the CNCF, the Linux Foundation or the authors is
implied. Kubernetes is a registered trademark of the Linux Foundation;
names of companies, projects and products in the posts are their owners'.
Images of the posts are not included; where a post quotes a text of
others, that text stays theirs.

Changes (the texts are an adaptation; these files were modified, as
section 4(b) of the licence asks to state): a selection of %d posts (by a
fixed rule, see scripts/qa-texts/kubernetes-contributor-blog.py), each
rendered from Markdown to plain text, one paragraph per line with a blank
line between (headings and list items as paragraphs of their own); the
front matter (title, date, author), code blocks, images, HTML comments,
link targets and markup left out, so the texts are shortened by these
omissions. No wording was changed; typos of the originals are kept.

Files (name, date = the front matter's date, title, author, address of the
post on www.kubernetes.dev as the site's permalink
/blog/:year/:month/:day/:slug/ gives it, source file in the repository):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       FOLDER, len(sources))
TAIL = ("\nThe Apache License, Version 2.0, as the repository's LICENSE (at the commit above) gives it:\n\n"
        + LICENSE.rstrip("\n") + "\n")
# COPYRIGHT, and collections.json only when writing the default folder.
finish("kc49", entry, out, COPYRIGHT + "".join(items) + TAIL, len(sources), total)
