#!/usr/bin/env python3
"""Builds the thirty-ninth QA set's collection (bv39): German federal
ordinances (Verordnungen) in their consolidated wording, from the same
Markdown copy of www.gesetze-im-internet.de as bg38 (the repository
bundestag/gesetze, local bare mirror, commit
77abca2ceea3b7b89ea70afb13b5dd55415eb124 of 2022-03-26); the file format is
described in german-laws.py. German statutes and ordinances are official
works without copyright (§ 5 Abs. 1 UrhG: "Gesetze, Verordnungen, amtliche
Erlasse und Bekanntmachungen ... genießen keinen urheberrechtlichen
Schutz."); the repository's LICENSE is the Unlicense (texts/bv39/COPYRIGHT).

The texts are the consolidated state of the snapshot (early 2022), not the
wording as first enacted; "published" is the Ausfertigungsdatum, so it dates
the enactment, not the wording.

Which ordinances, by a fixed rule written down before any ordinance's text
was read (only the file list, the blob sizes of git ls-tree -l, the front
matter, the Ausfertigungsdatum and, counted by script, the sections
consisting of nothing but "-" were looked at; the rendering is bg38's,
unchanged). Of the 6,616 files X/SLUG/index.md with front matter,
candidates are those
1. whose front-matter title names an ordinance: its first or second word is
   "Verordnung" or ends in "Verordnung"/"verordnung" ("Verordnung über
   ...", "Zweite Verordnung zur ...", "Kostenverordnung ..."): 2,752 (none
   of them a bg38 law, whose titles do not contain "Verordnung");
2. whose title does not begin with "Verordnung zu dem", "Verordnung zu den"
   or "Verordnung zu der" (ordinances putting a treaty into force, whose
   text is mostly the treaty's): 2,722;
3. whose Markdown file is 3,000 to 10,000 bytes (blob size): 705;
4. whose body is not mostly repealed: at most half of its sections (text
   under a heading of level 2 to 6) consist of nothing but "-": 699.
Taken: in slug order (the front matter's slug), the first candidate and
every 26th after it (indexes 0, 26, 52, ... of the 699): 27 ordinances.
The step was chosen from counts, the rendered size of the selection
(measured by script, not read) and the years of the Ausfertigungsdatum
only: every 23rd would have given 31 ordinances and about 150 KB, every
24th 30 and about 172 KB, every 28th 25 and about 133 KB. The rule was not
changed after the texts were read. The result: 27 ordinances, 146,681
bytes rendered.

Rendering: as german-laws.py states (lawtext.render), one paragraph per
line with a blank line between paragraphs.

    scripts/qa-texts/german-ordinances.py /work/.mirror/bundestag+gesetze/repo \\
        retrieval/eval/testdata/qa/texts/bv39

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/bv39 in this repository.) It writes one
file per ordinance, named SLUG.de.txt, and prints the bv39 entry of
collections.json (source ids bv-SLUG; title = the front-matter title;
published = the Ausfertigungsdatum)."""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lawtext import load, print_entry, rendering, select, write_texts  # noqa: E402
from qaentry import arguments  # noqa: E402  shared with the other builders

COMMIT = "77abca2ceea3b7b89ea70afb13b5dd55415eb124"
mirror, out = arguments("bv39")

ORDINANCE = re.compile(r"^(?:\S+\s+)?\S*(?:Verordnung|verordnung)(?![\wäöüß])")
TREATY = re.compile(r"^Verordnung zu (?:dem|den|der)\b")
LOW, HIGH, STEP = 3000, 10000, 26

DESCRIPTION = ("Thirty-ninth set: %d German federal ordinances (Verordnungen) in their consolidated wording of early 2022, "
    "enacted (Ausfertigungsdatum) %s to %s, from the Markdown copy of www.gesetze-im-internet.de in the repository "
    "bundestag/gesetze (commit %s of 2022-03-26; official works without copyright under § 5 Abs. 1 UrhG, the repository "
    "under the Unlicense; texts/bv39/COPYRIGHT), one source per ordinance, all German, chosen by a fixed rule that does "
    "not look at the text: ordinances (the title's first or second word is 'Verordnung' or ends in 'verordnung') whose "
    "title does not begin with 'Verordnung zu dem/den/der' (treaty ordinances), with a Markdown file of 3,000 to 10,000 "
    "bytes and at most half of their sections repealed ('-'): %d candidates; in slug order the first and every 26th "
    "after it. 'published' is the Ausfertigungsdatum: it dates the enactment, not the wording, which is the state of 2022.")
TEXT = rendering("german-ordinances.py", "ordinances")

files, laws = load(mirror, COMMIT)
assert len(files) == 6636 and len(laws) == 6616, (len(files), len(laws))
chosen, steps = select(laws, [ORDINANCE.match, lambda t: not TREATY.match(t)], LOW, HIGH, STEP)
assert steps == [2752, 2722, 705, 699], steps
assert len(chosen) == 27, len(chosen)

sources = write_texts(chosen, out, "bv39", "bv-")
print_entry("bv39", DESCRIPTION, TEXT, COMMIT, sources, steps[-1])
