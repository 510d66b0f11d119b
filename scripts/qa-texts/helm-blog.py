#!/usr/bin/env python3
"""Builds the sixty-eighth QA set's collection (hm68): English posts of
the Helm blog (helm.sh/blog), the blog of Helm, the package manager for
Kubernetes: governance and maintainers, security notices and audits,
the Helm 3 preview series, get.helm.sh, migrating from Helm 2 to Helm 3,
the CNCF graduation, the move of the Helm Hub and of the stable and
incubator charts, the release schedule, tools for declarative releases,
Helm 3.13 and the road to Helm 4, from the site's repository,
helm/helm-www (the stored snapshot is the local bare mirror of that
repository). The posts are Markdown files content/en/blog/YYYY-MM-DD-
NAME.md, or content/en/blog/YYYY-MM-DD-NAME/index.md for a post with its
own folder, with a YAML front matter (title, slug, authorname, author,
authorlink, date), built by Hugo. The repository's main line replaced
the Hugo site by a Docusaurus site on 2025-10-29 (merge commit 11149687
"Merge pull request #1850 from helm/hip-0024-helm4-site-upgrade"),
which moved the posts to blog/; the commit used is the main line's
commit before that merge, COMMIT d684820e2e902ce2361f5fbb6dd182fa4a75d967
of 2025-10-23, the last on the main line (first parents) with
content/en/blog. The title, the date and the author are not repeated in
the text: the theme's blog layout (themes/helm/layouts/blog/single.html)
prints the front matter's title as the heading, the date under it and
the author's name after the post.

Licence: LICENSE, at the repository's root, is the MIT License
("Copyright (c) 2017 Microsoft Corporation"); the site's footer
(themes/helm/layouts/partials/footer-links.html) reads "(c) Helm Authors
YEAR | Documentation distributed under CC-BY-4.0". The posts are content
of the repository and no chosen post states a licence of its own
(checked by the script), so the texts are used, and the adapted texts
shared, under the MIT License, with the attribution, the link to the
licence and the statement of changes that CC BY 4.0 asks for, so that
the footer's licence is satisfied too; texts/hm68/COPYRIGHT carries the
attribution, the changes and the LICENSE in full. The script checks the
LICENSE's first lines and the footer's line.

Which posts, by a fixed rule written down before any post's text was
read (only the file list of content/en/blog with the blob sizes was
looked at): candidates are the files in content/en/blog/ and its
subfolders
1. that are posts, content/en/blog/YYYY-MM-DD-NAME.md or
   content/en/blog/YYYY-MM-DD-NAME/index.md: 54 (left out: the images,
   and content/en/blog/helm-at-kubecon-eu-25.md, whose name has no
   date);
2. that are not a near-duplicate draft of a newer file: 54 (none
   dropped at COMMIT). Two files are near-duplicates when the words of
   one's NAME (split at "-", each stemmed: a final "ies" written "y",
   else a final "s" of a word of four letters or more dropped) are the
   same as, or the first words of, the other's, and their dates (in the
   names) are at most 62 days apart; of such files only the last in
   file-name order is kept. This is for the drafts of one post under
   several names, as two posts had in the history (2022-03-21-, 2022-04-
   14-, 2022-04-18- and 2022-04-19-tools-to-manage-helm-declaratively.md;
   2021-06-23- and 2021-06-24-welcome-martin-hickey.md; the script checks
   that the rule keeps only the last of each); at COMMIT these were
   renames, only 2022-04-19-tools-to-manage-helm-declaratively.md and
   2021-06-24-welcome-martin-hickey.md are left, so the step drops
   nothing (asserted);
3. whose file (the .md or index.md) has at least 1400 bytes (front
   matter included): 46;
in the order of their file names (= the name's date), the newest and
every 2nd before it: 23 posts, of 2018-07-23 to 2025-09-09. The bound
was chosen from the counts only (1000 bytes: 50 candidates, 25 posts;
1200: 49, 25; 1400: 46, 23; 1500: 44, 22; 1600: 42, 21; 2000: 34, 17)
for about 23 posts. The script asserts every count. The rule was not
changed after the texts were read.

Date = the front matter's date, its first ten characters (it differs
from the file name's day for one chosen post: 2024-07-10 for the file
2024-06-26-the-road-to-helm-4.md), else the file name's. Title = the
front matter's title. Author = the front matter's authorname. Files are
named YYYY-MM-DD-NAME.en.txt, the date being the file name's, NAME the
name's part after its date (the folder's name for an index.md),
lower-cased, with every run of other characters than a-z and 0-9
written "-".

The site (config.toml at COMMIT) renders Markdown with Goldmark
(typographer off, raw HTML passed through: unsafe = true; tables,
footnotes and linkify on, as Hugo's defaults) and enableEmoji = true.
Rendering here, as a reader of the web page sees the text:
- Hugo shortcodes: "{{< figure ... >}}" is an image (left out; a
  caption or title attribute would be kept as a paragraph); any other
  shortcode, and any "{{% ... %}}", stops the script. The chosen posts
  hold none (so the figure handling is checked only on a sample).
- Emoji codes: ":warning:" is written as Hugo writes it, U+26A0 U+FE0F;
  any other ":name:" left in a rendered text stops the script.
- "<!--more-->" (the summary divider, an HTML comment) is left out.
- Footnote references ("[^1]") are dropped; footnote definitions are
  paragraphs of their own where they stand (Goldmark lists them at the
  end of the page, in the same order, as here, since the chosen post
  that has them gives them last).
Then mdtext.py (Python 3, standard library only), one paragraph per
line with a blank line between paragraphs: a paragraph per Markdown
paragraph, list item, heading, block-quote paragraph and table row
("Header: cell; Header: cell", a cell under an empty header alone);
the front matter is not rendered. Left out: fenced and indented code
blocks; images; HTML comments; <script>, <style>, <pre>, <noscript>,
<svg> and <iframe> elements with their content; link reference
definitions; horizontal rules; paragraphs without a letter. Inline:
code spans kept without backticks; links give their text; autolinks
give the address; HTML tags dropped, their text kept; emphasis markers
dropped; backslash escapes and entities resolved; white space runs
made one space. Tabs are read as four spaces. Any "{{", "{%", "<!--",
"```" or closing HTML tag left in a text stops the script.

    scripts/qa-texts/helm-blog.py \\
        /work/.mirror/helm+helm-www/repo \\
        retrieval/eval/testdata/qa/texts/hm68

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/hm68 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per post
(qaentry.write_text), writes texts/hm68/COPYRIGHT, puts the hm68 entry
into collections.json (only when writing the default folder, through
qaentry.finish) and prints it. Source ids are hm-YYYY-MM-DD, with -2
for a second post of the same day; published = the date. Running it
twice gives the same files byte for byte. The shared helpers
(gitmirror, mdtext, posts, qaentry) are used unchanged."""
import re

import gitmirror
import mdtext  # the Markdown renderer shared with the blog builders
from posts import near_duplicates as near_drafts  # the rule shared with the other blog builder
import qaentry
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "d684820e2e902ce2361f5fbb6dd182fa4a75d967"  # 2025-10-23
FOLDER = "content/en/blog/"
BOUND = 1400
STEP = 2
DAYS = 62
REPO = "https://github.com/helm/helm-www/blob/%s/" % COMMIT
SITE = "https://helm.sh"
mirror, out = arguments("hm68")

DESCRIPTION = ("Sixty-eighth set: %d English posts of the Helm blog (helm.sh/blog), the blog of Helm, the package "
    "manager for Kubernetes: bringing Helm into the CNCF's GitHub organisation, the new governance and the first "
    "Helm Org Maintainers, the ChartMuseum and symlink security notices, Helm Summit EU 2019, three parts of the "
    "Helm 3 preview (Tiller's removal, release management, library charts), get.helm.sh, migrating from Helm v2 to "
    "v3, community management, Helm at KubeCon NA 2019, the CNCF graduation, the Helm Hub moving to Artifact Hub, "
    "the new location of the stable and incubator charts, the first Patch Wednesday, the second security audit, "
    "tools for managing releases declaratively, the fuzzing audit, Helm 3.13, the road to Helm 4 and the path to "
    "releasing Helm v4, dated %s to %s, from the site's repository, helm/helm-www (commit %s of 2025-10-23, the "
    "last on the main line with content/en/blog; MIT License, \"Copyright (c) 2017 Microsoft Corporation\", the "
    "site's footer naming CC-BY-4.0 for the documentation; attribution and licence in texts/hm68/COPYRIGHT), one "
    "source per post, chosen by a fixed rule that reads only the file list and blob sizes: the posts "
    "content/en/blog/YYYY-MM-DD-NAME.md or YYYY-MM-DD-NAME/index.md (%d), not near-duplicate drafts of a newer "
    "file (%d), of at least %d bytes (%d), in file-name order the newest and every %dnd before it (%d).")
TEXT = ("Built by scripts/qa-texts/helm-blog.py from the posts' Markdown (git show of the mirror), posts by the "
    "fixed rule in the script, rendered as plain text by scripts/qa-texts/mdtext.py, one paragraph per line with a "
    "blank line between: a paragraph per Markdown paragraph, list item, heading, block-quote paragraph, table row "
    "and footnote; no front matter (the title, date and author, which the site prints around the post, are not in "
    "the text); Hugo shortcodes: figure left out as an image, any other stops the build; emoji codes as Hugo writes "
    "them (:warning: as the warning sign); left out: fenced and indented code blocks, images, HTML comments (the "
    "<!--more--> divider), <script>/<style>/<pre>/<noscript>/<svg>/<iframe> elements, link reference definitions, "
    "footnote references, horizontal rules, paragraphs without a letter; inline code kept without backticks, links "
    "as their text, autolinks as their address, HTML tags dropped (their text kept), emphasis markers dropped, "
    "entities resolved, white space runs made one space. Title = the front-matter title; published = the front "
    "matter's date (the file name's date where it has none).")

NAME = r"content/en/blog/(\d{4}-\d\d-\d\d)-([^/]+?)(?:\.md|/index\.md)"
EMOJI = {"warning": "\u26a0\ufe0f"}


def near_duplicates(paths):
    """The paths (in file-name order) that are near-duplicate drafts of a
    later path (see the docstring; the rule is posts.near_duplicates)."""
    return near_drafts(paths, NAME, DAYS)


# The rule on the names two posts had in the history: only the last of each is kept.
HISTORY = [FOLDER + n for n in (
    "2021-06-23-welcome-martin-hickey.md", "2021-06-24-welcome-martin-hickey.md",
    "2022-03-21-tools-to-manage-helm-declaratively.md", "2022-04-14-tools-to-manage-helm-declaratively.md",
    "2022-04-18-tools-to-manage-helm-declaratively.md", "2022-04-19-tools-to-manage-helm-declaratively.md")]
assert near_duplicates(HISTORY) == {HISTORY[0], HISTORY[2], HISTORY[3], HISTORY[4]}, near_duplicates(HISTORY)


def shortcodes(body):
    """Hugo shortcodes (see the docstring): figure left out (its caption
    or title kept as a paragraph), any other stops the script."""
    def one(m):
        inner = m.group(1).strip()
        name = inner.split()[0] if inner else ""
        assert name == "figure", "unknown shortcode: " + m.group(0)
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', inner))
        text = attrs.get("title", "") or attrs.get("caption", "")
        return "\n\n%s\n\n" % text if text else "\n"
    body = re.sub(r"\{\{<(.*?)>\}\}", one, body, flags=re.S)
    assert "{{%" not in body and "{{<" not in body, "unknown shortcode"
    return body


assert shortcodes('a\n{{< figure src="x.png" alt="y" width="350px" >}}\nb') == "a\n\n\nb"


def emoji(text):
    """Emoji codes as Hugo writes them; any unknown code stops the script."""
    text = re.sub(r":(%s):" % "|".join(EMOJI), lambda m: EMOJI[m.group(1)], text)
    left = re.search(r"(?<![\w/:]):[a-z0-9_+-]+:(?![\w/])", text)
    assert not left, "unknown emoji code: " + left.group(0)
    return text


def source(path):
    """The front matter's lines and the body after it."""
    src = gitmirror.text(mirror, COMMIT, path)
    return mdtext.front_lines(src)


def render(path):
    """The plain-text paragraphs of a post's body (see the docstring)."""
    body = shortcodes(source(path)[1].replace("\t", "    "))
    return [emoji(p) for p in mdtext.paragraphs(mdtext.drop_elements(body))]


def stem(path):
    """The file name without its extension, as NAME (see the docstring)."""
    m = re.fullmatch(NAME, path)
    return m.group(1) + "-" + re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")


# Candidates, from the file list and blob sizes only.
files = gitmirror.files(mirror, COMMIT, FOLDER, recursive=True)
posts = [f[1] for f in files if re.fullmatch(NAME, f[1])]
drafts = near_duplicates(posts)
cands, counts = qaentry.sieve(files, [
    lambda f: re.fullmatch(NAME, f[1]),
    lambda f: f[1] not in drafts,
    lambda f: f[2] is not None and f[2] >= BOUND,
])
assert counts == [54, 54, 46], counts
cands.sort(key=lambda f: f[1])
chosen = mdtext.newest_and_every(cands, STEP)
assert len(chosen) == 23, len(chosen)

LICENSE = gitmirror.git(mirror, "show", "%s:LICENSE" % COMMIT).decode("utf-8")
assert LICENSE.startswith("The MIT License (MIT)\n\nCopyright (c) 2017 Microsoft Corporation\n"), LICENSE[:120]
FOOTER = gitmirror.git(mirror, "show", "%s:themes/helm/layouts/partials/footer-links.html" % COMMIT).decode("utf-8")
assert ("&copy; {{ $title }} Authors {{ $year }} | Documentation distributed under "
        "<a href=\"https://creativecommons.org/licenses/by/4.0\">CC-BY-4.0</a>") in FOOTER
CONFIG = gitmirror.git(mirror, "show", "%s:config.toml" % COMMIT).decode("utf-8")
assert "enableEmoji = true" in CONFIG and "unsafe = true" in CONFIG and "typographer = false" in CONFIG

sources, items = [], []
source_id, total = qaentry.day_ids("hm"), 0
for _, path, _ in chosen:
    front, body = source(path)
    assert not re.search(r"licen[cs]e[ds]? (under|is)|creativecommons\.org|cc-by", body, re.I), path
    d = qaentry.published(re.fullmatch(NAME, path).group(1), mdtext.yaml_value(front, "date"))
    paras = render(path)
    text = "\n\n".join(paras) + "\n"
    assert not any(m in text for m in ("{{", "{%", "<!--", "```", "</", "[^")), path
    fname = "%s.en.txt" % stem(path)
    assert re.fullmatch(r"[a-z0-9.-]+", fname), fname
    total += qaentry.write_text(out, fname, text)
    title = re.sub(r"\s+", " ", mdtext.yaml_value(front, "title")).strip()
    author = mdtext.yaml_value(front, "authorname").strip()
    assert title and author, path
    sources.append({"id": source_id(d), "title": title, "language": "en", "published": d, "file": "hm68/" + fname})
    slug = mdtext.yaml_value(front, "slug") or re.fullmatch(r"content/en/blog/([^/]+?)(?:\.md|/index\.md)",
                                                            path).group(1)
    address = "%s/blog/%s/" % (SITE, slug)
    items.append("- %s (%s): \"%s\"; by %s; %s; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, markup, code and images left out\n"
                 % (fname, d, title, author, address, path, REPO, path))
assert len(set(s["file"] for s in sources)) == len(sources)
assert len(set(s["id"] for s in sources)) == len(sources)

first, last = min(s["published"] for s in sources), max(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), first, last, COMMIT, counts[0], counts[1], BOUND, counts[2],
                                       STEP, len(sources)),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Helm blog posts (helm/helm-www, content/en/blog), MIT License, %d English posts of %s to %s

Work: posts of the Helm blog (https://helm.sh/blog/), written by the
Helm authors and contributors named below (the front matter's
authorname, as the page shows it), from the site's repository
helm/helm-www (https://github.com/helm/helm-www; the copy used is a
bare mirror at commit %s of 2025-10-23, the last commit on the main
line with the Hugo site's content/en/blog), Markdown files
%sYYYY-MM-DD-NAME.md (or YYYY-MM-DD-NAME/index.md) with a YAML front
matter.

Copyright: Copyright (c) 2017 Microsoft Corporation (the repository's
LICENSE) and the Helm Authors (the site's footer), the authors named
with each post.

Licence: the repository's LICENSE is the MIT License (its full text
follows at the end of this file, as the LICENSE gives it). The site's
footer reads "Helm Authors YEAR | Documentation distributed under
CC-BY-4.0" (https://creativecommons.org/licenses/by/4.0/); the
attribution, the link to that licence and the statement of changes
here satisfy it too. No chosen post states another licence. The texts
are used, and the adapted texts in this folder are distributed, under
the MIT License, with the copyright and permission notice below.

Attribution: "The Helm Authors and the authors named below, Helm blog
(helm.sh/blog), from helm/helm-www, MIT License (documentation under
CC BY 4.0)". No endorsement by the Helm project, the Cloud Native
Computing Foundation, the Linux Foundation, the authors or the people,
companies and projects the posts name is implied; "Helm", "Kubernetes"
and the names of other projects, companies and products are their
owners'. Images and logos of the posts are not included.

Changes (the texts are an adaptation; these files were modified): a
selection of %d posts (by a fixed rule, see
scripts/qa-texts/helm-blog.py), each rendered from Markdown to plain
text, one paragraph per line with a blank line between (headings, list
items, table rows and footnotes as paragraphs of their own); the front
matter (title, slug, aliases, authorname, author, authorlink, date),
code blocks, images, HTML comments, footnote references, link targets
and markup left out, so the texts are shortened by these omissions;
the emoji code :warning: written as the sign it stands for. No wording
was changed; typos of the originals are kept.

Files (name, date = the front matter's date, title, author, address of
the post on helm.sh as /blog/SLUG/ (the front matter's slug, else the
file's or folder's name), source file in the repository and its address
at the commit used):

""" % (len(sources), first, last, COMMIT, FOLDER, len(sources))
TAIL = ("\nThe MIT License, as the repository's LICENSE (at the commit above) gives it:\n\n"
        + LICENSE.rstrip("\n") + "\n")
# COPYRIGHT, and collections.json only when writing the default folder.
finish("hm68", entry, out, COPYRIGHT + "".join(items) + TAIL, len(sources), total)
