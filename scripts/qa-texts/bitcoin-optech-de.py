#!/usr/bin/env python3
"""Builds the seventy-third QA set's collection (bo73): German issues of
the Bitcoin Optech Newsletter (bitcoinops.org/de/newsletters/), the
weekly newsletter of Bitcoin Optech, the Bitcoin Operations Technology
Group, in the German translation of its volunteer translators: news
from the Bitcoin-Dev and Lightning-Dev mailing lists and Delving
Bitcoin, selected questions and answers of Bitcoin Stack Exchange,
releases and release candidates, notable code and documentation
changes of Bitcoin Core, Core Lightning, Eclair, LDK, LND, BDK, BTCPay
Server, BIPs and BOLTs, changes to services and client software and to
the consensus, 2022 and 2025, from the site's repository,
bitcoinops/bitcoinops.github.io (the stored snapshot is the local bare
mirror of that repository). The newsletters are Markdown files
_posts/de/newsletters/YYYY-MM-DD-newsletter.md with a YAML front matter
(title, permalink, name, slug, type, layout, lang; no date, no
author). The commit used is the mirror's newest, COMMIT
082bd77bb8008b8a31df390d0a515f4b6413b082 of 2026-08-22. The site is
built with Jekyll (kramdown, the theme minima); the layout
_layouts/newsletter.html prints the breadcrumbs, the title
("Bitcoin Optech Newsletter #210") and the date around the post and the
newsletter sign-up form after it, so none of them is in the text.

Licence: LICENSE.txt, at the repository's root, is the MIT License
("Copyright (c) 2018 Bitcoin Optech contributors"), for the whole
repository; README.md says "Optech does not exist to make a profit, and
all materials and documentation produced are placed in the public
domain."; CONTRIBUTING.md names no licence. The site's footer (the
theme's) names none. The newsletters are content of the repository and
no chosen newsletter states a licence of its own (checked by the
script), so the texts are used, and the adapted texts shared, under the
MIT License (the stricter of the two statements: its copyright notice
and permission notice are kept); texts/bo73/COPYRIGHT carries the
attribution, the README's statement, the changes and the LICENSE.txt in
full. The script checks LICENSE.txt, README.md and CONTRIBUTING.md.

Which newsletters, by a fixed rule written down before any post's text
was read (only the file list of _posts/de with the blob sizes, the file
names' dates and the front matter's key names and lang, type and layout
lines were looked at): candidates are the files in _posts/de/ and its
subfolders
1. named _posts/de/newsletters/YYYY-MM-DD-newsletter.md: 47 (all);
2. whose front matter says "lang: de": 47 (all);
3. whose Markdown is at most 12,000 bytes: 25, all taken (227,476 bytes
   of Markdown).
The bound keeps the collection short enough to read in full: the 47
German newsletters (9 of 2022, 38 of 2025) are 655,832 bytes (4,125 to
52,538 each). Other options looked at (counts only): bounds of 10,000
(14 files, 107,498 bytes), 11,000 (19, 159,919), 13,000 (26), 14,000
(30, 293,483) and 15,000 bytes (32). Order: by the file name's date,
then the path. The script asserts every count. The rule was not
changed after the texts were read.

Date = the file name's date (the front matter has none; Jekyll takes
the file name's). Title = the front matter's title ("Bitcoin Optech
Newsletter #NNN"). Files are named YYYY-MM-DD-newsletter-NNN.de.txt by
the date and the newsletter's number in the title. The posts name no
author or translator; COPYRIGHT names "Bitcoin Optech contributors" (the
LICENSE's copyright holder). Address: https://bitcoinops.org plus the
front matter's permalink (/de/newsletters/YYYY/MM/DD/).

Liquid, as Jekyll runs it before kramdown: "{% comment %}...
{% endcomment %}" is dropped with its content (here HTML comments naming
a Stack Exchange search); "{% assign bse = "..." %}" is dropped and
"{{bse}}" (in link targets only) replaced by its value;
"{% include snippets/recap-ad.md when="..." %}" is dropped, because the
include prints its announcement of the podcast recap only when the
recap lies after the site's build time (site.time), and every recap of
the chosen newsletters lies before COMMIT's date (checked); "{% include
functions/details-list.md q0="..." a0="..." a0link="..." ... %}" (the
questions and answers of a PR Review Club meeting, in 2022-08-10 and
2025-07-11; the page shows each question as a list item that opens to
its answer) is replaced by its questions and answers, each a paragraph
of its own, in order (the values read as Jekyll's include reads them,
"\\"" as a quote; the link arrow "➚" after each answer, to the meeting's
log, is left out); "{% include
references.md %}" and "{% include linkers/issues.md v=2 issues="..." %}"
are replaced by the link reference definitions they produce (the static
definitions of _includes/references.md, its loops over BIN24-1 to 10
and BLIP1 to 100, its "[topic NAME]" definitions of the topics in
_topics/ (NAME = the topic's shortname, else its title), and the
issue links of _includes/linkers/issues.md for each number: "bitcoin
core #N", "lnd #N", "ldk #N", "core lightning #N" and the others), which
are not shown but make the reference links they name links. Any other
"{%" or "{{" left stops the script. As kramdown reads "[text] [id]" and
"[text]" (newline) "[id]" as a reference link (white space between the
two brackets is allowed), such a pair is joined first; every full or
collapsed reference link ("[text][id]", "[text][]") must name a
definition (checked, as kramdown would show an undefined one with its
brackets); a shortcut "[text]" is a link when "text" is defined, else it
stays as written ("[und der]", "[...]" in quotations).

Rendering by mdtext.py (Python 3, standard library only), one paragraph
per line with a blank line between paragraphs: a paragraph per Markdown
paragraph, list item (and each further paragraph of an item), heading
and block-quote paragraph; the front matter is not rendered. Left out:
fenced and indented code blocks (none in the chosen newsletters), HTML
comments (one, inside a paragraph of 2025-05-16, a formula), link
reference definitions, horizontal rules, paragraphs without a letter.
Inline: code spans kept without backticks; links give their text;
emphasis markers dropped; backslash escapes and entities resolved;
white space runs, line ends within a paragraph included, made one space
(so a word hyphenated at a line end in the source, "Denial-of-" /
"Service", keeps a space after the hyphen, as the page shows it).
kramdown's typographic conversions (straight quotes to curly ones,
"--" to a dash, "..." to an ellipsis) are not applied, as by the other
kramdown builders of this folder: the texts keep the characters of the
source (the translations mostly write "„" and "“" or "–" themselves).
Any "<!--", "```", "{%", "{{", "</", "[^" or "![" left in a text stops
the script. Every text must be German by mdtext.german (a check).

    scripts/qa-texts/bitcoin-optech-de.py \\
        /work/.mirror/bitcoinops+bitcoinops.github.io/repo \\
        retrieval/eval/testdata/qa/texts/bo73

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/bo73 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per newsletter
(qaentry.write_text), writes texts/bo73/COPYRIGHT, puts the bo73 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are bo-YYYY-MM-DD (by the
date), with -2 for a second newsletter of the same day; published = the
date. Running it twice gives the same files byte for byte. The shared
helpers (gitmirror, mdtext, qaentry) are used unchanged."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "082bd77bb8008b8a31df390d0a515f4b6413b082"  # 2026-08-22
COMMIT_DAY = "2026-08-22"
FOLDER = "_posts/de/"
BOUND = 12000
REPO = "https://github.com/bitcoinops/bitcoinops.github.io/blob/%s/" % COMMIT
SITE = "https://bitcoinops.org"
mirror, out = arguments("bo73")

DESCRIPTION = ("Seventy-third set: %d German issues of the Bitcoin Optech Newsletter (bitcoinops.org/de/newsletters/), "
    "the weekly newsletter of Bitcoin Optech in the German translation, numbers %s to %s: news from the Bitcoin-Dev "
    "and Lightning-Dev mailing lists and Delving Bitcoin (proposals, vulnerabilities, soft-fork and covenant "
    "discussions), questions and answers of Bitcoin Stack Exchange, releases and release candidates, notable code and "
    "documentation changes of Bitcoin Core, Core Lightning, Eclair, LDK, LND, BDK, BTCPay Server, BIPs and BOLTs, "
    "changes to services and client software and to the consensus, dated %s to %s, from the site's repository, "
    "bitcoinops/bitcoinops.github.io (commit %s of 2026-08-22; MIT License, \"Bitcoin Optech contributors\"; "
    "attribution and licence in texts/bo73/COPYRIGHT), one source per newsletter, chosen by a fixed rule that reads "
    "only the file list, blob sizes and front-matter lang lines: the files _posts/de/newsletters/"
    "YYYY-MM-DD-newsletter.md (%d), in German by the front matter (%d), those of at most %s bytes of Markdown (%d), "
    "all taken.")
TEXT = ("Built by scripts/qa-texts/bitcoin-optech-de.py from the newsletters' Markdown (git show of the mirror), "
    "newsletters by the fixed rule in the script, Liquid resolved as Jekyll does (comments and assignments dropped, "
    "the podcast-recap announcement not shown as its date has passed, the PR Review Club questions and answers of "
    "functions/details-list.md as a paragraph each without the link arrow, the included link definitions of "
    "references.md and linkers/issues.md put in), rendered as plain text by scripts/qa-texts/mdtext.py, one "
    "paragraph per line with a blank line between: a paragraph per Markdown paragraph, list item paragraph, heading "
    "and block-quote paragraph; no front matter (the title and date, which the site prints above the newsletter, are "
    "not in the text); left out: code blocks, HTML comments, link reference definitions, horizontal rules, "
    "paragraphs without a letter; inline code kept without backticks, links as their text, emphasis markers dropped, "
    "entities resolved, white space runs made one space; kramdown's typographic conversions (curly quotes, dashes, "
    "ellipses) not applied, the source's characters kept. Title = the front-matter title; published = the file "
    "name's date.")

NAME = r"_posts/de/newsletters/(\d{4}-\d\d-\d\d)-newsletter\.md"


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


def source(path):
    """The front matter's lines and the body after it."""
    return mdtext.front_lines(gitmirror.text(mirror, COMMIT, path))


def topic_keys():
    """The ids of the "[topic NAME]" definitions references.md makes: one
    per file of _topics/ (NAME = its shortname, else its title)."""
    keys = []
    for _, path, _ in gitmirror.files(mirror, COMMIT, "_topics/", recursive=True):
        if not path.endswith(".md"):
            continue
        front = source(path)[0]
        name = mdtext.yaml_value(front, "shortname") or mdtext.yaml_value(front, "title")
        assert name, path
        keys.append("topic " + name)
    return keys


def references():
    """The link reference definitions that "{% include references.md %}"
    produces, one per line (the targets as placeholders where they are
    made by Liquid: only the ids matter, the links' targets are not in the
    text)."""
    src = gitmirror.text(mirror, COMMIT, "_includes/references.md")
    src = re.sub(r"(?s)\{% comment %\}.*?\{% endcomment %\}", "", src)
    defs = []
    for l in src.split("\n"):
        m = re.match(r"^\s*\[([^\]]+)\]:\s*(\S+)", l)
        if not m:
            loop = r"\s*\{%-? *(for|endfor|assign) [^%]*%\}\s*|\s*\{%-? *endfor *-?%\}\s*"
            assert not l.strip() or re.fullmatch(loop, l), l
            continue
        key = m.group(1)
        if key == "topic {{topic.shortname | default: topic.title}}":
            defs += ["[%s]: /topics/" % k for k in topic_keys()]
        elif key == "BIN24-{{i}}":
            defs += ["[BIN24-%d]: /binana/" % i for i in range(1, 11)]
        elif key == "BLIP{{i}}":
            defs += ["[BLIP%d]: /blips/" % i for i in range(1, 101)]
        else:
            assert "{{" not in key, key
            defs.append("[%s]: /ref/" % key)
    return defs


LINKERS = ["bitcoin core", "bitcoin core gui", "lnd", "libsecp256k1", "eclair", "bips", "bolts", "blips",
           "rust bitcoin", "review club", "hwi", "btcpay server", "bdk", "bitcoin inquisition", "binanas"]


def issue_links(v, issues):
    """The definitions "{% include linkers/issues.md v=V issues="..." %}"
    produces: for each number, one per repository of the linker (ldk from
    v=1, core lightning from v=2, else rust-lightning and c-lightning)."""
    text = gitmirror.text(mirror, COMMIT, "_includes/linkers/issues.md")
    for name in LINKERS + ["ldk", "rust-lightning", "core lightning", "c-lightning"]:
        assert "[%s #{{_issue}}]:" % name in text, name
    defs = []
    for n in issues.split(","):
        assert n.isdigit(), issues
        names = (LINKERS + (["ldk"] if v > 0 else ["rust-lightning"])
                 + (["core lightning"] if v > 1 else ["c-lightning"]))
        defs += ["[%s #%s]: /issues/" % (name, n) for name in names]
    return defs


REFS = None


def liquid(body, path):
    """The body with its Liquid resolved (see the docstring)."""
    global REFS
    body = re.sub(r"(?s)\{% comment %\}.*?\{% endcomment %\}", "", body)
    assigns = dict(re.findall(r"\{% assign (\w+) = \"([^\"]*)\" %\}", body))
    assert set(assigns) <= {"bse"}, (path, assigns)
    body = re.sub(r"\{% assign (\w+) = \"([^\"]*)\" %\}", "", body)
    body = re.sub(r"\{\{ ?(\w+) ?\}\}", lambda m: assigns[m.group(1)], body)

    def details(m):
        value = r"\"((?:[^\"\\]|\\.)*)\""  # a quoted value, \" for a quote (as Jekyll's include reads it)
        params = re.findall(r"(\w+)=" + value, m.group(1))
        assert re.fullmatch(r"(\s*\w+=%s)+\s*" % value, m.group(1)), path
        p = {k: v.replace('\\"', '"') for k, v in params}
        assert len(p) == len(params) and all(re.fullmatch(r"[qa]\d|a\dlink", k) for k in p), (path, list(p))
        out = []
        for i in range(10):
            if "q%d" % i not in p:
                break
            out += [p["q%d" % i], p["a%d" % i]]
        assert len(out) == 2 * len([k for k in p if k[0] == "q"]), path
        return "\n\n" + "\n\n".join(out) + "\n\n"
    body = re.sub(r"(?s)\{% include functions/details-list\.md\s(.*?)%\}", details, body)

    def recap(m):
        assert m.group(1) < COMMIT_DAY, (path, m.group(1))  # past: the include prints nothing
        return ""
    body = re.sub(r"\{% include snippets/recap-ad\.md when=\"(\d{4}-\d\d-\d\d) \d\d:\d\d\" %\}", recap, body)
    if REFS is None:
        REFS = references()
    body = body.replace("{% include references.md %}", "\n".join(REFS))
    body = re.sub(r"\{% include linkers/issues\.md v=(\d) issues=\"([\d,]+)\" %\}",
                  lambda m: "\n".join(issue_links(int(m.group(1)), m.group(2))), body)
    assert "{%" not in body and "{{" not in body, path
    return body


def links(body, path):
    """Joins "[text] [id]" and "[text]" newline "[id]" (kramdown reads both
    as a reference link) and checks that every full or collapsed reference
    link names a definition."""
    body = re.sub(r"(?m)(\[[^\[\]\n]+\])[ \t]*(?:\n[ \t]*)?(\[[^\[\]\n]*\])(?![(:])", r"\1\2", body)
    defined = set(re.sub(r"\s+", " ", m.group(1)).strip().lower()
                  for m in re.finditer(r"(?m)^ {0,3}\[([^\]]+)\]:\s*\S+", body))
    prose = re.sub(r"`[^`\n]+`", "", body)
    for m in re.finditer(r"\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\[([^\[\]]*)\]", prose):
        key = re.sub(r"\s+", " ", m.group(2) or m.group(1)).strip().lower()
        assert key in defined, (path, m.group(0))
    return body


def render(path):
    """The plain-text paragraphs of a newsletter's body (see the docstring)."""
    body = links(liquid(source(path)[1], path), path)
    return mdtext.paragraphs(mdtext.drop_elements(body))


def number(title):
    m = re.fullmatch(r"Bitcoin Optech Newsletter #(\d+)", title)
    assert m, title
    return m.group(1)


# Candidates, from the file list, blob sizes and front-matter lang lines only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: mdtext.yaml_value(source(f[1])[0], "lang") == "de",
    lambda f: f[2] <= BOUND,
])
assert counts == [47, 47, 25], counts
assert len(files) == 47 and sum(f[2] for f in files) == 655832
date = {f[1]: qaentry.published(re.fullmatch(NAME, f[1]).group(1), "") for f in cands}
chosen = sorted(cands, key=lambda f: (date[f[1]], f[1]))
assert len(chosen) == 25 and sum(f[2] for f in chosen) == 227476

LICENSE = git("show", "%s:LICENSE.txt" % COMMIT)
assert LICENSE.startswith("The MIT License (MIT)\n\nCopyright (c) 2018 Bitcoin Optech contributors\n"), LICENSE[:120]
assert "THE SOFTWARE IS PROVIDED \"AS IS\"" in LICENSE
README = git("show", "%s:README.md" % COMMIT)
assert ("Optech does not exist to make a profit, and all materials and documentation\nproduced are placed in the "
        "public domain.") in README
assert not re.search(r"licen[cs]|copyright|creative", README, re.I)
assert not re.search(r"licen[cs]|copyright|creative", git("show", "%s:CONTRIBUTING.md" % COMMIT), re.I)
assert not any(n.lower().startswith(("notice", "copying", "license")) and n != "LICENSE.txt"
               for n in git("ls-tree", "--name-only", COMMIT).split("\n"))

ids = qaentry.day_ids("bo")
sources, items, total = [], [], 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"lizenziert unter|unter der lizenz|lizenz:|licen[cs]e[ds]? (under|is)|creativecommons\.org"
                         r"|cc-by|all rights reserved", body, re.I), path
    assert mdtext.yaml_value(front, "date") == "" and mdtext.yaml_value(front, "layout") == "newsletter", path
    d = date[path]
    title = re.sub(r"\s+", " ", mdtext.yaml_value(front, "title")).strip()
    permalink = mdtext.yaml_value(front, "permalink")
    assert permalink == "/de/newsletters/%s/%s/%s/" % (d[:4], d[5:7], d[8:10]), (path, permalink)
    paras = render(path)
    text = "\n\n".join(paras) + "\n"
    assert not any(m in text for m in ("<!--", "```", "{%", "{{", "</", "[^", "![")), path
    assert mdtext.german(text), path
    fname = "%s-newsletter-%s.de.txt" % (d, number(title))
    total += qaentry.write_text(out, fname, text)
    sources.append({"id": ids(d), "title": title, "language": "de", "published": d, "file": "bo73/" + fname})
    items.append("- %s (%s): \"%s\"; by Bitcoin Optech contributors (German translation); %s%s; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup and link targets left out\n"
                 % (fname, d, title, SITE, permalink, path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources) and len(set(s["id"] for s in sources)) == len(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
nums = [number(s["title"]) for s in sources]
entry = {"description": DESCRIPTION % (len(sources), nums[0], nums[-1], first, last, COMMIT, counts[0], counts[1],
                                       format(BOUND, ","), counts[2]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Bitcoin Optech Newsletter in German (bitcoinops/bitcoinops.github.io), MIT License, %d newsletters of %s to %s

Work: issues of the Bitcoin Optech Newsletter in its German translation
(https://bitcoinops.org/de/newsletters/), by the Bitcoin Optech
contributors (the newsletters name no author or translator), from the
site's repository bitcoinops/bitcoinops.github.io
(https://github.com/bitcoinops/bitcoinops.github.io; the copy used is a
bare mirror at commit %s of 2026-08-22), Markdown files
%snewsletters/YYYY-MM-DD-newsletter.md with a YAML front matter.

Copyright: Copyright (c) 2018 Bitcoin Optech contributors (LICENSE.txt).

Licence: the repository's LICENSE.txt is the MIT License (its full text
follows at the end of this file, as LICENSE.txt gives it). The
repository's README.md says: "Optech does not exist to make a profit,
and all materials and documentation produced are placed in the public
domain." No chosen newsletter states another licence. The texts are
used, and the adapted texts in this folder are distributed, under the
MIT License, with its copyright notice and permission notice below.

Attribution: "Bitcoin Optech contributors, Bitcoin Optech Newsletter
(German translation, bitcoinops.org/de/newsletters), from
bitcoinops/bitcoinops.github.io, MIT License". No endorsement by Bitcoin
Optech, its contributors, sponsors or translators or the people,
companies and projects the newsletters name is implied; "Bitcoin Optech"
and the names of other projects, companies and products are their
owners'.

Changes (the texts are an adaptation): a selection of %d newsletters (by
a fixed rule, see scripts/qa-texts/bitcoin-optech-de.py), each rendered
from Markdown to plain text, one paragraph per line with a blank line
between (headings and list items as paragraphs of their own); the front
matter (title, permalink, name, slug, type, layout, lang), Liquid
comments and assignments, HTML comments, link targets and markup left
out, and the questions and answers of the PR Review Club lists kept as
paragraphs without their link arrows, so the texts are shortened by
these omissions. No wording was changed; typos of the
originals are kept.

Files (name, date = the file name's date, title, authors, address of the
newsletter on bitcoinops.org (the front matter's permalink), source file
in the repository and its address at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
TAIL = ("\nThe MIT License, as the repository's LICENSE.txt (at the commit above) gives it:\n\n"
        + LICENSE.strip("\n") + "\n")
# COPYRIGHT, and collections.json only when writing the default folder.
finish("bo73", entry, out, COPYRIGHT + "".join(items) + TAIL, len(sources), total)
