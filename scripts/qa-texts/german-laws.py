#!/usr/bin/env python3
"""Builds the thirty-eighth QA set's collection (bg38): German federal laws
(Bundesgesetze) in their consolidated wording, from the Markdown copy of
www.gesetze-im-internet.de in the repository bundestag/gesetze (the stored
snapshot is the local bare mirror of that repository, commit
77abca2ceea3b7b89ea70afb13b5dd55415eb124 of 2022-03-26). Each law or
ordinance is a Markdown file X/SLUG/index.md with YAML front matter (--- ...
---: Title, jurabk, layout, origslug, slug), then a level-1 heading with the
title and abbreviation, a definition list ("Ausfertigungsdatum", "Fundstelle",
"Zuletzt geändert durch", "Neugefasst durch", ... each followed by ":   value"),
and the body: "## § N Title" / "## Art N" headings (deeper levels for parts
and chapters), paragraphs hard-wrapped at about 70 columns, list items
("1.  ", "a)  ", "-   " with four-space continuation lines), tables as nested
"*" lists (one top-level "*" item per row, one nested "*" item per cell) and
footnotes ([^ID] references, "[^ID]: text" definitions). German statutes and
ordinances are official works without copyright (§ 5 Abs. 1 UrhG); the
repository's LICENSE is the Unlicense (a public-domain dedication) and its
README says "Gesetze sind amtliche Werke und unterliegen nicht dem
Urheberrecht." (texts/bg38/COPYRIGHT).

The texts are the consolidated state of the snapshot (early 2022), not the
wording as first enacted; "published" is the Ausfertigungsdatum, so it dates
the enactment, not the wording.

Which laws, by a fixed rule written down before any law's text was read
(only the file list, the blob sizes of git ls-tree -l, the front matter,
the definition lines of the header and, counted by script, the sections
consisting of nothing but "-" were looked at; to write the rendering, the
Markdown of a few ordinances, which cannot be candidates, was read, and the
line-start markup of three candidates was printed with every letter
masked). The snapshot has 6,636 files
X/SLUG/index.md, 6,616 of them with front matter (a Title and an
Ausfertigungsdatum each). Candidates are those
1. whose front-matter title names a law: its first or second word is
   "Gesetz" or ends in "gesetz"/"Gesetz" ("Gesetz über ...", "Zweites Gesetz
   zur ...", "Bundesjagdgesetz", "Allgemeines Eisenbahngesetz",
   "EU-Fahrgastrechte-Kraftomnibus-Gesetz"; LAW below): 1,854;
2. whose title does not contain "Verordnung"/"verordnung" (ordinances, and
   laws executing an EU regulation): 1,824;
3. whose title does not begin with "Gesetz zu dem", "Gesetz zu den" or
   "Gesetz zu der" (laws consenting to a treaty, whose text is the consent
   and not the treaty): 1,484;
4. whose Markdown file is 3,000 to 10,000 bytes (blob size): 339;
5. whose body is not mostly repealed: at most half of its sections (text
   under a heading of level 2 to 6) consist of nothing but "-": 311.
Taken: in slug order (the front matter's slug), the first candidate and
every eleventh after it (indexes 0, 11, 22, ... of the 311): 29 laws.
The step and the size bounds were chosen from counts, sizes and the years
of the Ausfertigungsdatum only, with a first draft of the rendering below
measuring the rendered size of the candidates (not read): every tenth
would have given 32 laws and about 180 KB, every twelfth 26 laws and about
145 KB; 3,000 to 12,000 bytes would have given 356 candidates of 6.7 KB on
average. The rule was not changed after the texts were read. The result:
29 laws enacted (Ausfertigungsdatum) 1911-12-20 to 2021-06-14, in the
1910s, the 1920s and every decade from the 1950s to the 2020s (none of the
1930s and 1940s), 164,810 bytes rendered, 1,104 paragraphs. The rendering
was changed once after the first texts were read: headings without a
letter ("§ 1" of laws whose sections have no titles) had been dropped with
the paragraphs without a letter and are now kept; the selection does not
depend on the rendering (it uses the Markdown files' sizes).

Rendering (Python 3, standard library only), as a reader of
gesetze-im-internet.de sees the text, one paragraph per line with a blank
line between paragraphs:
- the level-1 heading (title and abbreviation) is the first paragraph; the
  front matter is not rendered;
- each definition of the header is a paragraph "Term: value"
  ("Ausfertigungsdatum: 2002-02-15", "Fundstelle: BGBl I: 2002, 123",
  "Zuletzt geändert durch: Art. 5 G v. ..."), one per value;
- each heading ("§ 3 Begriffsbestimmungen", "Eingangsformel", "Anlage
  (zu § 2)") is a paragraph of its own, without its "#" markers;
- a paragraph's hard-wrapped lines are joined with one space; a list item
  is a paragraph of its own, a number or letter marker kept ("1. ...",
  "a) ...", "aa) ..."), a bullet ("-", "–", "*") dropped;
- tables (nested "*" lists): one paragraph per row, its non-empty cells
  joined with " | ";
- footnotes: a reference [^ID] is dropped; a definition is a paragraph of
  its own where it stands, without its marker;
- inline: images are dropped, links give their text, <BR /> is a space,
  other HTML tags are dropped, emphasis markers (** and *) are dropped,
  backslash escapes ("23\\.") and entities are resolved, white space runs
  become one space;
- paragraphs without a letter ("-", the placeholder of a repealed section)
  are left out, but not headings ("§ 1" is kept).

    scripts/qa-texts/german-laws.py /work/.mirror/bundestag+gesetze/repo \\
        retrieval/eval/testdata/qa/texts/bg38

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/bg38 in this repository.) It reads the
mirror with git (ls-tree, cat-file) at COMMIT, writes one file per law,
named SLUG.de.txt, and prints the bg38 entry of collections.json (source ids
bg-SLUG; title = the front-matter title; published = the
Ausfertigungsdatum)."""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qaentry import arguments  # noqa: E402  shared with the other builders

COMMIT = "77abca2ceea3b7b89ea70afb13b5dd55415eb124"
mirror, out = arguments("bg38")

LAW = re.compile(r"^(?:\S+\s+)?\S*(?:Gesetz|gesetz)(?![\wäöüß])")
TREATY = re.compile(r"^Gesetz zu (?:dem|den|der)\b")
LOW, HIGH, STEP = 3000, 10000, 11

DESCRIPTION = ("Thirty-eighth set: %d German federal laws (Bundesgesetze) in their consolidated wording of early 2022, "
    "enacted (Ausfertigungsdatum) %s to %s, from the Markdown copy of www.gesetze-im-internet.de in the repository "
    "bundestag/gesetze (commit %s of 2022-03-26; official works without copyright under § 5 Abs. 1 UrhG, the repository "
    "under the Unlicense; texts/bg38/COPYRIGHT), one source per law, all German, chosen by a fixed rule that does not look "
    "at the text: laws (the title's first or second word is 'Gesetz' or ends in 'gesetz') whose title does not contain "
    "'Verordnung' and does not begin with 'Gesetz zu dem/den/der' (treaty laws), with a Markdown file of 3,000 to 10,000 "
    "bytes and at most half of their sections repealed ('-'): %d candidates; in slug order the first and every eleventh "
    "after it. 'published' is the Ausfertigungsdatum: it dates the enactment, not the wording, which is the state of 2022.")
TEXT = ("Built by scripts/qa-texts/german-laws.py from X/SLUG/index.md (git cat-file of the mirror), laws by the fixed rule "
    "in the script, rendered as plain text, one paragraph per line with a blank line between: the title heading (with "
    "the abbreviation) first; the header's definitions as 'Term: value' paragraphs ('Ausfertigungsdatum: YYYY-MM-DD', "
    "'Fundstelle: ...', 'Zuletzt geändert durch: ...'); every heading ('§ 3 Begriffsbestimmungen', 'Eingangsformel') a "
    "paragraph of its own; hard-wrapped lines joined with one space; list items as paragraphs, number and letter markers "
    "kept, bullets dropped; tables (nested '*' lists) one paragraph per row, cells joined with ' | '; footnote "
    "references dropped, footnote definitions as paragraphs where they stand; images dropped, links as their text, HTML "
    "tags dropped, emphasis markers dropped, escapes and entities resolved, white space runs made one space; paragraphs "
    "without a letter ('-') left out; no front matter. Title = the front-matter title; published = the "
    "Ausfertigungsdatum.")


# Candidates, from the file list, blob sizes, front matter and header only
# (reading and rendering are in lawtext.py, shared with german-ordinances.py).
from lawtext import load, print_entry, select, write_texts  # noqa: E402

files, laws = load(mirror, COMMIT)
assert len(files) == 6636 and len(laws) == 6616, (len(files), len(laws))
chosen, steps = select(laws, [LAW.match, lambda t: "erordnung" not in t, lambda t: not TREATY.match(t)], LOW, HIGH, STEP)
assert steps == [1854, 1824, 1484, 339, 311], steps
assert len(chosen) == 29, len(chosen)

sources = write_texts(chosen, out, "bg38", "bg-")
print_entry("bg38", DESCRIPTION, TEXT, COMMIT, sources, steps[-1])
