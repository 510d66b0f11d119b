#!/usr/bin/env python3
"""Builds the fortieth QA set's collection (pp40): Python Enhancement
Proposals (PEPs, https://peps.python.org/) from the repository python/peps
(the stored snapshot is the local bare mirror of that repository, commit
ba4deeb7969588d937da609008d05bb83a47b1ab of 2026-08-22). PEPs are
reStructuredText files peps/pep-NNNN.rst (736 in the snapshot) that begin
with an RFC 822 style header (PEP, Title, Author, Status, Type, Created,
Python-Version, Post-History, Resolution, ...) ended by a blank line. Most
PEPs' Copyright section places them in the public domain, or in the public
domain or under CC0-1.0-Universal, whichever is more permissive; only
PEPs with one of these two wordings are kept (texts/pp40/COPYRIGHT says
which), a taken PEP whose Copyright section says otherwise is left out
(see the licence gate below).

Which PEPs, by a fixed rule written down before any PEP's body was read
(only the file list, the blob sizes of git ls-tree -l and the header
fields were looked at). Candidates are of two kinds:
1. the release schedules of Python 3: Type "Informational" and a title
   "Python 3.N Release Schedule": 16 candidates (3.1 to 3.16; "Python 2.6
   and 3.0 Release Schedule" does not match); in order of N, taken: the
   newest and every second one before it: 3.16, 3.14, ..., 3.2 (8);
2. Standards Track PEPs that are Final and name exactly one Python 3
   version: Type "Standards Track", Status "Final", Python-Version of the
   form 3.N (one version; "2.7, 3.2" and "3.x" do not match): 201
   candidates, of which 193 have a file of at most 60,000 bytes (the cap,
   so that no one PEP dominates the collection; the 8 above it are 60.5
   to 95 KB); in PEP-number order, taken: the first and every tenth after
   it (indexes 0, 10, ..., 190): 20 PEPs, Python 3.0 to 3.15.
The kinds do not overlap. This gives 28 PEPs. Licence gate: a taken PEP
is kept only if the paragraph after its "Copyright" section title, as
rendered, is one of the two public-domain wordings above (this reads the
Copyright section of the 28 taken PEPs and nothing else of their body).
One is left out: PEP 578 ("Python Runtime Audit Hooks", 3.8), "Copyright
(c) 2019 by Microsoft Corporation", under the Open Publication License
v1.0. The gate was added after the first build stopped on that PEP (the
first draft asserted that every taken PEP is public domain), when only
five release schedules and the markup of the others had been looked at
(to write the rendering), before any question was written; PEP 578 was
not replaced. This gives 27 PEPs (PEP 362 to PEP 3151, created 2006-08-21
to 2026-02-23): 8 release schedules and 19 Standards Track PEPs. The cap
and the step were chosen from counts and sizes only (a cap of 30,000
bytes and every ninth would have given 18 PEPs, every eighth 20; with the
60,000-byte cap every ninth would have given 22 PEPs and about 380 KB of
source, every tenth gives about 296 KB, every eleventh 18 PEPs). The 27
texts, rendered, are 224,348 bytes. The rule was not changed after the
texts were read.

Rendering (Python 3, standard library only; rsttext.py), as a reader of
the web page sees the prose, one paragraph per line with a blank line
between paragraphs: a paragraph per reStructuredText paragraph, section
title, list item, definition list term and definition paragraph,
block-quote paragraph, footnote (without its label), line block, and
paragraph of a note, epigraph or other admonition; the header is not
rendered (its Title is the source's title). Left out: literal blocks
("::" and the indented block after it, "Example::" giving "Example:"),
doctest blocks, the directives code, code-block, image, csv-table and the
site's canonical-doc banner (and the others rsttext.py names) with their
bodies, comments (such as ".. release schedule: feature"), hyperlink
targets, grid and simple tables, transitions and paragraphs without a
letter. Inline: ``code`` is kept verbatim without the backquotes;
:pep:`8` gives "PEP 8"; other roles their text (or their explicit
title); links `text <url>`_ give their text; footnote references such as
[1]_ and [#]_ are dropped; emphasis markers are dropped; backslash escapes
are resolved; white space runs become one space.

    scripts/qa-texts/python-peps.py /work/.mirror/python+peps/repo \\
        retrieval/eval/testdata/qa/texts/pp40

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/pp40 in this repository.) It reads the
mirror with git (ls-tree, show) at COMMIT, writes one file per PEP, named
YYYY-MM-DD-pep-NNNN.en.txt (the Created header as a date, and the file
name without .rst), writes texts/pp40/COPYRIGHT, and puts the pp40 entry
into collections.json (at the end, or in place where it is already there;
the file is written as json.dumps(..., ensure_ascii=False, indent=2) plus a
newline, which is checked to reproduce it first). Source ids are
pp-pep-NNNN; title = "PEP N – Title" (the Title header, inline markup
reduced to its text); published = the Created header as YYYY-MM-DD; the
web address of each PEP, https://peps.python.org/pep-NNNN/, is in
COPYRIGHT. Running it twice gives the same files byte for byte."""
import datetime, json, os, re, sys

import gitmirror
import rsttext
from qaentry import arguments, finish  # shared with the other builders

COMMIT = "ba4deeb7969588d937da609008d05bb83a47b1ab"
CAP = 60000
STEP = 10
mirror, out = arguments("pp40")

SCHEDULE = re.compile(r"Python 3\.(\d+) Release Schedule")
VERSION3 = re.compile(r"3\.\d+")
PUBLIC_DOMAIN = "This document has been placed in the public domain."
CC0 = "This document is placed in the public domain or under the CC0-1.0-Universal license, whichever is more permissive."

DESCRIPTION = ("Fortieth set: %d English Python Enhancement Proposals (PEPs, peps.python.org), created %s to %s, from the "
    "repository python/peps (commit %s of 2026-08-22; each PEP placed in the public domain or under CC0-1.0-Universal, "
    "texts/pp40/COPYRIGHT), one source per PEP, chosen by a fixed rule that reads only the file list, the file sizes and "
    "the header fields, never the body: the release schedules of Python 3 (Type Informational, title 'Python 3.N Release "
    "Schedule'), the newest and every second before it (%s of %d); and the Standards Track PEPs with Status Final and a "
    "Python-Version of one Python 3 version (3.N) whose file is at most 60,000 bytes (%d of %d), in PEP-number order the "
    "first and every tenth after it (%d PEPs; kept: the %d whose Copyright section places them in the public domain or under CC0, "
    "PEP 578 under the Open Publication License left out; Python %s to %s). 'published' is the Created header: it dates the proposal, "
    "not its last change (release schedules are kept up to date after their creation).")
TEXT = ("Built by scripts/qa-texts/python-peps.py from peps/pep-NNNN.rst (git show of the mirror), PEPs by the fixed rule "
    "in the script, reStructuredText rendered as plain text by scripts/qa-texts/rsttext.py, one paragraph per line with a "
    "blank line between: a paragraph per paragraph, section title, list item (bullets dropped, enumerators kept), "
    "definition term and definition paragraph, block-quote paragraph, footnote (label dropped), line block and "
    "note/epigraph paragraph; no header; left out: literal blocks ('::' blocks, 'Example::' as 'Example:'), doctest "
    "blocks, the directives code, code-block, image, csv-table and canonical-doc with their bodies, comments, hyperlink "
    "targets, grid and simple tables, transitions, paragraphs without a letter; inline literals kept verbatim without "
    "backquotes, :pep:`N` as 'PEP N', other roles and links as their text, footnote references dropped, emphasis markers "
    "dropped, escapes resolved, white space runs made one space. Title = 'PEP N – ' and the Title header; published = "
    "the Created header.")


def git(*args):
    return gitmirror.git(mirror, *args).decode("utf-8")


def header(src):
    """The header fields (continuation lines joined with one space) and the
    body after the blank line that ends the header."""
    src = src.replace("\r\n", "\n")
    head, body = src.split("\n\n", 1)
    fields, key = {}, None
    for l in head.split("\n"):
        if l[:1] in (" ", "\t") and key:
            fields[key] += " " + l.strip()
            continue
        kv = re.fullmatch(r"([A-Za-z-]+):\s*(.*)", l)
        assert kv, l
        key = kv.group(1)
        fields[key] = kv.group(2).strip()
    return fields, body


def created(h):
    return datetime.datetime.strptime(h["Created"], "%d-%b-%Y").strftime("%Y-%m-%d")


# Candidates, from the file list, the sizes and the header fields only.
peps = []
for line in git("ls-tree", "-l", COMMIT, "peps/").splitlines():
    meta, path = line.split("\t")
    m = re.fullmatch(r"peps/pep-(\d{4})\.rst", path)
    if not m:
        continue
    h, _ = header(git("show", "%s:%s" % (COMMIT, path)))
    assert int(h["PEP"]) == int(m.group(1)), path
    peps.append((int(m.group(1)), path, int(meta.split()[3]), h))
assert len(peps) == 736, len(peps)

minor = lambda p: int(SCHEDULE.fullmatch(p[3]["Title"]).group(1))
schedules = sorted((p for p in peps if p[3]["Type"] == "Informational" and SCHEDULE.fullmatch(p[3]["Title"])), key=minor)
assert [minor(p) for p in schedules] == list(range(1, 17)), [minor(p) for p in schedules]
sched_taken = [p for i, p in enumerate(schedules) if (len(schedules) - 1 - i) % 2 == 0]
final3 = [p for p in peps if p[3]["Type"] == "Standards Track" and p[3]["Status"] == "Final"
          and VERSION3.fullmatch(p[3].get("Python-Version", ""))]
capped = [p for p in final3 if p[2] <= CAP]
final_taken = capped[::STEP]
assert (len(schedules), len(sched_taken), len(final3), len(capped), len(final_taken)) == (16, 8, 201, 193, 20), \
    (len(schedules), len(sched_taken), len(final3), len(capped), len(final_taken))
chosen = sorted(sched_taken + final_taken)
assert len(chosen) == len(set(p[0] for p in chosen)) == 28

sources, notes, gated = [], [], []
for num, path, size, _ in chosen:
    h, body = header(git("show", "%s:%s" % (COMMIT, path)))
    paras = rsttext.paragraphs(body)
    i = paras.index("Copyright")
    licence = paras[i + 1]
    if licence not in (PUBLIC_DOMAIN, CC0):
        gated.append(num)
        continue
    date = created(h)
    name = "%s-%s.en.txt" % (date, path.split("/")[-1][:-4])
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
    title = "PEP %d – %s" % (num, rsttext.inline(h["Title"]))
    sources.append({"id": "pp-pep-%04d" % num, "title": title, "language": "en", "published": date, "file": "pp40/" + name})
    authors = ", ".join(re.sub(r"\s*<[^>]*>", "", a).strip() for a in h["Author"].split(","))
    notes.append((name, date, title, authors, num, path, licence == CC0))

assert gated == [578] and len(sources) == 27, (gated, len(sources))
kept = [p for p in final_taken if p[0] not in gated]
versions = sorted({p[3]["Python-Version"] for p in kept}, key=lambda v: int(v.split(".")[1]))
entry = {"description": DESCRIPTION % (len(sources), min(s["published"] for s in sources), max(s["published"] for s in sources),
                                       COMMIT, ", ".join("3.%d" % minor(p) for p in reversed(sched_taken)), len(schedules),
                                       len(capped), len(final3), len(final_taken), len(kept), versions[0], versions[-1]),
         "build": "texts", "text": TEXT, "sources": sources}

COPYRIGHT = """Python Enhancement Proposals (https://peps.python.org/), %d PEPs of 2006-2026

Work: Python Enhancement Proposals (PEPs) from the repository python/peps
(the copy used is a bare mirror at commit
%s of 2026-08-22),
reStructuredText files peps/pep-NNNN.rst; each PEP's web address is
https://peps.python.org/pep-NNNN/.

Licence: each PEP states its own in its Copyright section, in one of two
wordings (which one is given for each file below):

  This document has been placed in the public domain.

  This document is placed in the public domain or under the
  CC0-1.0-Universal license, whichever is more permissive.

The texts are in the public domain; where the PEP also names CC0 1.0
Universal (https://creativecommons.org/publicdomain/zero/1.0/legalcode),
that dedication applies as well, whichever is more permissive. No
attribution is required; the authors are named below as each PEP's Author
header names them. "Python" is a trademark of the Python Software
Foundation; no endorsement by the PSF or the PEPs' authors is implied.

Changes (the texts are an adaptation): a selection of %d PEPs (by a fixed
rule, see scripts/qa-texts/python-peps.py); each rendered from
reStructuredText to plain text (scripts/qa-texts/rsttext.py), one paragraph
per line with a blank line between (section titles, list items and
footnotes as paragraphs of their own); the header (PEP, Title, Author,
Status, Type, Created, ...), code and literal blocks, doctest blocks,
images, tables, comments, link targets and markup left out. No wording was
changed; typos of the originals are kept.

Files (name, date = the Created header, title, authors as the Author header
names them, web address, source file in the repository, licence):

""" % (len(sources), COMMIT, len(sources))
items = []
for name, date, title, authors, num, path, cc0 in notes:
    items.append("- %s (%s): \"%s\"; authors: %s; URL: https://peps.python.org/pep-%04d/; source: %s;\n"
                 "  %s; changed: rendered to plain text, header, code and\n"
                 "  tables left out\n" % (name, date, title, authors, num, path,
                                          "public domain or CC0-1.0-Universal, whichever is more permissive" if cc0
                                          else "placed in the public domain"))
# COPYRIGHT, and collections.json only when writing the default folder.
finish("pp40", entry, out, COPYRIGHT + "".join(items))
