#!/usr/bin/env python3
"""Builds the forty-sixth QA set's collection (kb46): German news posts of
kubuntu-de.org, the German-language Kubuntu portal of the ubuntu Deutschland
e.V., from the site's source repository, ubuntu-Deutschland-eV/portal-kubuntu-de
(the stored snapshot is the local bare mirror of that repository, commit
447b40c86897a5d27f7bb4a9a0f711551ebfea4d of 2018-05-11). It is a Pelican
site: posts are Markdown files content/NAME.md (most converted from the
older Drupal site) that open with Pelican's metadata lines ("Title:",
"Date:", "Author:", "Tags:", "Slug:") ended by a blank line; content/files/
holds images and content/pages/ two pages (404, Impressum). The
repository's LICENSE says "CC BY-SA 3.0 DE
https://creativecommons.org/licenses/by-sa/3.0/de/" (besides the LGPLv3 of
the Ubuntu vanilla theme), the site's footer (theme/templates/base.html)
"Inhalt lizenziert unter CC BY-SA 3.0 DE" and its Impressum "Sämtliche
Inhalte werden oder wurden unter der Creative Commons: Attribution-Share
Alike 3.0 Deutschland -Lizenz veröffentlicht, sofern nicht explizit
anderweitig gekennzeichnet."; the texts are used and the adapted texts are
shared under CC BY-SA 3.0 DE, attributed in texts/kb46/COPYRIGHT.

Which posts, by a fixed rule written down before any post's text was read
(only the file list of content/, the blob sizes, the metadata lines and, by
script, the counts of the function words below, the rendered size of whole
candidate selections and counts of HTML tags and attribute braces in the
candidates were looked at): candidates are the files content/NAME.md
directly in content/ (560)
1. with at least one tag (a "Tags:" line with a value): 511; this leaves
   out 49 untagged files, mostly pages of the old site (download pages,
   FAQ, donations, accounts, mailing list, web chat) and some short news;
2. which are not marked English, not the K3B manual or how-to and not a
   download page: no tag "English" and no tag beginning with "K3B"
   (case-insensitive; the English translations of posts, and the K3B 1.0
   manual pages and the K3B feature overview), and a name not beginning
   with "download-": 448;
3. which are German by a count of function words in the body after the
   metadata (mdtext.german: lower-cased runs of letters, more than twice
   as many of "der die das und ist nicht mit ein eine wir auf für den dem
   sich auch" as of "the and of is are this that with which"): 445;
4. whose file (metadata included) is 3,500 to 12,000 bytes long: 50.
Taken: in file-name order, the first candidate and every second after it
(indexes 0, 2, ..., 48): 25 posts. The bounds and the step were chosen
from counts only, for 20 to 30 posts of 100 to 200 KB of text: 3,000 to
12,000 bytes would have left 72 candidates (every third: 24 posts, about
91 KB rendered), 4,000 to 15,000 bytes 44 (every second: 22 posts, about
133 KB). The script asserts every count. The rule was not changed after
the texts were read.

Date = the first ten characters of the "Date:" line (all have one; Pelican
shows that date). The selection is made in file-name order; the chosen
posts are then listed and numbered in date order (date, then file name).
Author = the "Author:" line, else the
site's default author, "kubuntu-de.org Team" (pelicanconf.py AUTHOR).

Rendering (Python 3, standard library only; mdtext.py, shared with the
other blog builders, renders the Markdown), as a reader of the web page
sees the text, one paragraph per line with a blank line between
paragraphs: a paragraph per Markdown paragraph, list item, heading (ATX or
setext), block-quote paragraph; the metadata lines are not rendered (the
title is not repeated in the text). Before that, as the posts were
converted to Markdown by pandoc: bracketed spans "[text]{.class}" give
their text, and attribute braces "{#id ...}", "{.class ...}",
"{key=value ...}" and "{: ...}" (Python-Markdown's attribute lists, not
shown on the page) are dropped; a link whose address begins on the next
line ("[text](" at a line end) is joined to it, as Python-Markdown reads
it; a space is put before every HTML tag of a block element or cell
(table, tr, td, th, tbody, thead, div, p, li, ul, ol, h1 to h6, center,
br, blockquote, dd, dt) that directly follows a character other than
white space, so that table cells do not run together. Left
out: fenced and indented code blocks; images; HTML comments; <script>,
<style>, <pre>, <noscript>, <svg> and <iframe> elements with their
content; link reference definitions; horizontal rules; paragraphs without
a letter. Inline: code spans are kept without backticks; links give their
text; HTML tags are dropped, their text kept (HTML is split into
paragraphs only at blank lines); emphasis markers are dropped; backslash
escapes and entities are resolved; white space runs (no-break spaces
included) become one space. Markdown tables: each body row one paragraph,
"Header: cell; Header: cell".

    scripts/qa-texts/kubuntu-de-news.py \\
        /work/.mirror/ubuntu-Deutschland-eV+portal-kubuntu-de/repo/.git \\
        retrieval/eval/testdata/qa/texts/kb46

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/kb46 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post, named
YYYY-MM-DD-<name>.de.txt (the date and the file name without .md), writes
texts/kb46/COPYRIGHT, puts the kb46 entry into collections.json (only when
writing the default folder, through qaentry.finish) and prints it. Source
ids are kb-YYYY-MM-DD, with -2 for a second post of the same day; title =
the "Title:" line (entities resolved); published = the date. Running it
twice gives the same files byte for byte."""
import functools, html, os, re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "447b40c86897a5d27f7bb4a9a0f711551ebfea4d"  # 2018-05-11
FOLDER = "content/"
MIN_BYTES, MAX_BYTES, STEP = 3500, 12000, 2
DEFAULT_AUTHOR = "kubuntu-de.org Team"
SITE = "http://www.kubuntu-de.org/"
BLOCK_TAGS = ("table", "tr", "td", "th", "tbody", "thead", "div", "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
              "h6", "center", "br", "blockquote", "dd", "dt")
mirror, out = arguments("kb46")

DESCRIPTION = ("Forty-sixth set: %d German news posts of kubuntu-de.org (the German Kubuntu portal of the ubuntu "
    "Deutschland e.V.: Kubuntu and KDE releases and test versions with packages for Kubuntu, KOffice, reports from "
    "Linux events such as LinuxTag, FrOSCon, the Chemnitzer Linux-Tage and the Ubucon, interviews with developers, "
    "a yearly review and the portal's own actions), dated %s to %s, from the site's source repository, "
    "ubuntu-Deutschland-eV/portal-kubuntu-de (commit %s of 2018-05-11; content under CC BY-SA 3.0 DE, attribution in "
    "texts/kb46/COPYRIGHT), one source per post, chosen by a fixed rule that reads only the file list, the sizes, "
    "the metadata lines and counts of function words: the posts content/NAME.md (%d) with a tag (%d), not marked "
    "English, not the K3B manual or a download page (%d), German by their function words (%d), whose file is %d to %d "
    "bytes long (%d), and of these the first and every second after it (%d).")
TEXT = ("Built by scripts/qa-texts/kubuntu-de-news.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading and block-quote paragraph; no "
    "metadata lines (the title is not in the text); pandoc spans [text]{.class} give their text and attribute braces "
    "{#id}, {.class}, {key=value}, {: ...} are dropped; a link address on the next line joined to its link; a space before each HTML block or cell tag; left out: fenced and indented "
    "code blocks, images, HTML comments, <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference "
    "definitions, horizontal rules, paragraphs without a letter; inline code kept without backticks, links as their "
    "text, HTML tags dropped (their text kept; HTML split into paragraphs at blank lines only), emphasis markers "
    "dropped, entities resolved, white space runs made one space; Markdown table body rows as one paragraph each, "
    "'Header: cell; Header: cell'. Title = the 'Title:' line; published = the first ten characters of the 'Date:' "
    "line.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


@functools.lru_cache(maxsize=None)
def source(path):
    """The metadata lines (as a dict) and the body after them."""
    src = git("show", "%s:%s" % (COMMIT, path)).replace("\r\n", "\n")
    lines = src.split("\n")
    meta = {}
    for i, l in enumerate(lines):
        if not l.strip():
            return meta, "\n".join(lines[i + 1:])
        kv = re.match(r"^([A-Za-z_]+):[ \t]*(.*)$", l)
        assert kv, (path, i)
        meta[kv.group(1)] = kv.group(2).strip()
    return meta, ""


def tags(meta):
    return [t.strip() for t in meta.get("Tags", "").split(",") if t.strip()]


def render(body):
    body = body.replace("\t", "    ").replace("\xa0", " ")
    body = re.sub(r"\[([^\[\]\n]*)\]\{[.#][^{}\n]*\}", r"\1", body)
    body = re.sub(r"[ \t]*\{:?[ \t]*(?:[#.]|[A-Za-z_][\w-]*=)[^{}\n]*\}", "", body)
    body = re.sub(r"\{:[^{}\n]*\}", "", body)
    body = re.sub(r"\]\([ \t]*\n[ \t]*", "](", body)
    body = re.sub(r"(?<=\S)(?=</?(?:%s)\b)" % "|".join(BLOCK_TAGS), " ", body, flags=re.I)
    return mdtext.paragraphs(mdtext.drop_elements(body))


# Candidates, from the file list, the sizes, the metadata and word counts only.
files = gitmirror.files(mirror, COMMIT, FOLDER)
assert len(files) == 560, len(files)


def lowered_tags(f):
    return [t.lower() for t in tags(source(f[1])[0])]


cands, counts = qaentry.sieve(sorted(files), [
    lambda f: re.fullmatch(r"[^/ ]+\.md", f[0]),
    lambda f: lowered_tags(f),
    lambda f: not ("english" in lowered_tags(f) or any(t.startswith("k3b") for t in lowered_tags(f)) or f[0].startswith("download-")),
    lambda f: mdtext.german(source(f[1])[1]),
    lambda f: MIN_BYTES <= f[2] <= MAX_BYTES,
])
assert counts == [560, 511, 448, 445, 50], counts
posts = [(name, path, source(path)[0]) for name, path, _ in cands[::STEP]]
assert len(posts) == 25, len(posts)
posts.sort(key=lambda p: (p[2]["Date"][:10], p[0]))

sources, items = [], []
source_id, total = qaentry.day_ids("kb"), 0
for name, path, meta in posts:
    _, body = source(path)
    paras = render(body)
    text = "\n\n".join(paras) + "\n"
    assert "<!--" not in text and "{#" not in text and "{." not in text, path
    date = meta["Date"][:10]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", date), (path, date)
    sid = source_id(date)
    slug = name[:-len(".md")]
    fname = "%s-%s.de.txt" % (date, slug.lower())
    with open(os.path.join(out, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    total += len(text.encode("utf-8"))
    title = html.unescape(meta["Title"])
    author = html.unescape(meta.get("Author", "")) or DEFAULT_AUTHOR
    sources.append({"id": sid, "title": title, "language": "de", "published": date, "file": "kb46/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; %s%s/; source: %s;\n"
                 "  changed: rendered to plain text, markup and images left out\n"
                 % (fname, date, title, author, SITE, meta.get("Slug") or slug, path))
assert len(set(s["file"] for s in sources)) == len(sources)

entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources),
                                       max(s["published"] for s in sources), COMMIT, counts[0], counts[1], counts[2],
                                       counts[3], MIN_BYTES, MAX_BYTES, counts[4], len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """kubuntu-de.org, news posts, %d German posts of %s to %s

Work: news posts of kubuntu-de.org (http://www.kubuntu-de.org/), the
German-language Kubuntu portal run by the ubuntu Deutschland e.V. and the
kubuntu-de.org team, from the site's source repository
ubuntu-Deutschland-eV/portal-kubuntu-de
(https://github.com/ubuntu-Deutschland-eV/portal-kubuntu-de; the copy used
is a bare mirror at commit %s of 2018-05-11),
Pelican Markdown files %sNAME.md.

Copyright: the authors named with each post below (the post's "Author:"
line, else the site's default author, the kubuntu-de.org Team) and the
kubuntu-de.org team of the ubuntu Deutschland e.V.

Licence: the repository's LICENSE file says:

  CC BY-SA 3.0 DE
  https://creativecommons.org/licenses/by-sa/3.0/de/

(it adds that the Ubuntu vanilla theme, not used here, is under LGPLv3);
the site's footer (theme/templates/base.html) says "Inhalt lizenziert
unter CC BY-SA 3.0 DE", and its Impressum (content/pages/Impressum.md,
section "5. Inhalte"):

  Sämtliche Inhalte werden oder wurden unter der Creative Commons:
  Attribution-Share Alike 3.0 Deutschland -Lizenz veröffentlicht, sofern
  nicht explizit anderweitig gekennzeichnet.

The texts are used under the Creative Commons Attribution-ShareAlike 3.0
Germany licence (CC BY-SA 3.0 DE),
https://creativecommons.org/licenses/by-sa/3.0/de/ , and the adapted texts
in this folder are shared under the same licence, CC BY-SA 3.0 DE.
Attribution: "kubuntu-de.org (ubuntu Deutschland e.V.) and the authors
named below, news of kubuntu-de.org, CC BY-SA 3.0 DE". No endorsement by
the ubuntu Deutschland e.V., the kubuntu-de.org team or the authors is
implied. Ubuntu and Kubuntu are trademarks of Canonical Ltd.; KDE is a
trademark of KDE e.V.; names of other organisations and products in the
posts are trademarks of their owners. Images of the posts are not
included; where a post quotes a text of others (release notes, mails,
interviews), that text stays theirs.

Changes (the texts are an adaptation): a selection of %d posts (by a fixed
rule, see scripts/qa-texts/kubuntu-de-news.py); each rendered from Markdown
or HTML to plain text, one paragraph per line with a blank line between
(headings and list items as paragraphs of their own); the metadata lines
(title, date, author, tags, slug), images, HTML comments, link targets,
attribute braces and markup left out. No wording was changed; typos of the
originals are kept.

Files (name, date = the post's "Date:" line, title, author, address of the
post on kubuntu-de.org, source file in the repository):

""" % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources), COMMIT, FOLDER,
       len(sources))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("kb46", entry, out, COPYRIGHT + "".join(items), len(sources), total)
