#!/usr/bin/env python3
"""Builds the forty-second QA set's collection (bd42): German federal acts
on the armed forces, soldiers, military service and defence (laws,
ordinances, Anordnungen and treaties) in their consolidated wording, from
the same Markdown copy of www.gesetze-im-internet.de as bg38 and bv39 (the
repository bundestag/gesetze, local bare mirror, commit
77abca2ceea3b7b89ea70afb13b5dd55415eb124 of 2022-03-26); the file format is
described in german-laws.py. German statutes, ordinances and official
decrees are official works without copyright (§ 5 Abs. 1 UrhG: "Gesetze,
Verordnungen, amtliche Erlasse und Bekanntmachungen ... genießen keinen
urheberrechtlichen Schutz."); the repository's LICENSE is the Unlicense
(texts/bd42/COPYRIGHT).

The texts are the consolidated state of the snapshot (early 2022), not the
wording as first enacted; "published" is the Ausfertigungsdatum, so it dates
the enactment, not the wording.

Which acts, by a fixed rule written down before any act's text was read
(only the file list, the blob sizes of git ls-tree -l, the front matter,
the Ausfertigungsdatum and, counted by script, the sections consisting of
nothing but "-" were looked at; the keyword list was written down before
any title was listed; the rendering is bg38's, lawtext.py unchanged). Of
the 6,616 files X/SLUG/index.md with front matter, candidates are those
1. whose front-matter title contains one of these words (KEYWORDS below,
   case-sensitive as written): "Soldat" or "soldat" anywhere (Soldaten,
   Soldatinnen, Berufssoldaten, soldatenversorgungsrechtlich); "Wehr" at
   the start of a word (Wehrpflicht, Wehrsold, Wehrdienst, Wehrmacht, not
   Feuerwehr or Gefahrenabwehr); "Bundeswehr" anywhere; "Streitkräfte"
   anywhere; "Verteidigung" at the start of a word; "Reservist",
   "Zivildienst" or "Kriegsdienst" anywhere; "Militär" or "militär" at the
   start of a word (militärisch); "Truppe" at the start of a word
   (Truppenangehörige, Truppendienst): 198 (laws, ordinances, Anordnungen,
   treaties, whatever the title's kind);
2. whose title does not begin with "Gesetz zu dem/den/der" or "Verordnung
   zu dem/den/der" (acts consenting to or putting into force a treaty,
   whose text is mostly the consent): 183;
3. that are not a text of bg38 or bv39 (their slugs are read from
   collections.json; one, the SMVergV of bv39, matches): 182;
4. whose Markdown file is 3,000 to 20,000 bytes (blob size): 69;
5. whose body is not mostly repealed: at most half of its sections (text
   under a heading of level 2 to 6) consist of nothing but "-": 68.
Taken: in slug order (the front matter's slug), the first candidate and
every third after it (indexes 0, 3, 6, ... of the 68): 23 acts. The
upper size bound and the step were chosen from counts and the rendered size
of the selection (measured by script, not read) only, for 12 to 30 texts of
120 to 250 KB: 3,000 to 10,000 bytes would have left 43 candidates (every
second: 22 texts, about 109 KB), 3,000 to 15,000 bytes 57 (every third: 19
texts, about 132 KB); with 3,000 to 20,000 every fourth would have given 17
texts and about 142 KB, every third 23 texts and about 174 KB. The rule was
not changed after the texts were read. The result: 23 acts, 173,895 bytes
rendered.

Rendering: as german-laws.py states (lawtext.render), one paragraph per
line with a blank line between paragraphs.

    scripts/qa-texts/german-defence-laws.py /work/.mirror/bundestag+gesetze/repo \\
        retrieval/eval/testdata/qa/texts/bd42

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/bd42 in this repository.) It writes one
file per act, named SLUG.de.txt, and texts/bd42/COPYRIGHT; when writing the
default folder it sets the bd42 entry of collections.json (qaentry.py); it
prints the entry (source ids bd-SLUG; title = the front-matter title;
published = the Ausfertigungsdatum)."""
import json, os, re, sys, textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lawtext import header, load, rendering, select, write_texts  # noqa: E402
from qaentry import QA, arguments, write_entry  # noqa: E402  shared with the other builders

COMMIT = "77abca2ceea3b7b89ea70afb13b5dd55415eb124"
mirror, out = arguments("bd42")

KEYWORDS = re.compile(r"[Ss]oldat|\bWehr|Bundeswehr|Streitkräfte|\bVerteidigung|Reservist|Zivildienst|Kriegsdienst|"
                      r"\b[Mm]ilitär|\bTruppe")
TREATY = re.compile(r"^(?:Gesetz|Verordnung) zu (?:dem|den|der)\b")
LOW, HIGH, STEP = 3000, 20000, 3

DESCRIPTION = ("Forty-second set: %d German federal acts on the armed forces, soldiers, military service and defence (laws, "
    "ordinances, Anordnungen and treaties) in their consolidated wording of early 2022, enacted (Ausfertigungsdatum) %s "
    "to %s, from the Markdown copy of www.gesetze-im-internet.de in the repository bundestag/gesetze (commit %s of "
    "2022-03-26; official works without copyright under § 5 Abs. 1 UrhG, the repository under the Unlicense; "
    "texts/bd42/COPYRIGHT), one source per act, all German, chosen by a fixed rule that does not look at the text: "
    "acts whose title contains Soldat, Wehr (at a word start), Bundeswehr, Streitkräfte, Verteidigung (at a word "
    "start), Reservist, Zivildienst, Kriegsdienst, Militär (at a word start) or Truppe (at a word start), whose title "
    "does not begin with 'Gesetz/Verordnung zu dem/den/der' (treaty acts), that are not in bg38 or bv39, with a "
    "Markdown file of 3,000 to 20,000 bytes and at most half of their sections repealed ('-'): %d candidates; in slug "
    "order the first and every third after it. 'published' is the Ausfertigungsdatum: it dates the enactment, not the "
    "wording, which is the state of 2022.")
TEXT = rendering("german-defence-laws.py", "acts")

COPYRIGHT = """German federal acts on the armed forces, soldiers, military service and
defence, %d acts enacted %s-%s, consolidated wording of early 2022

Work: German federal laws, ordinances (Rechtsverordnungen), Anordnungen and
treaties in their consolidated wording as published on
www.gesetze-im-internet.de (a service of the Federal Ministry of Justice),
in the Markdown conversion of the repository bundestag/gesetze
(https://github.com/bundestag/gesetze; the copy used is a bare mirror at
commit %s of 2022-03-26),
files X/SLUG/index.md. Each act's page is
https://www.gesetze-im-internet.de/ORIGSLUG/ (ORIGSLUG as the front matter
gives it).

Status: public domain. German statutes, ordinances and official decrees are
official works (amtliche Werke) and enjoy no copyright protection under § 5
Abs. 1 of the German Copyright Act (UrhG: "Gesetze, Verordnungen, amtliche
Erlasse und Bekanntmachungen sowie Entscheidungen und amtlich verfaßte
Leitsätze zu Entscheidungen genießen keinen urheberrechtlichen Schutz.").
The Anordnungen here are decrees of the Federal President, of federal
ministries and of a federal supervisory office, published in the
Bundesgesetzblatt or the Bundesanzeiger; the two treaties (a state treaty
between the Federation and the Land Berlin, and a treaty between the
Federation and the Zentralrat der Juden in Deutschland) were published in
Part I of the Bundesgesetzblatt; they too are official works. The
repository's README says "Gesetze sind amtliche Werke und unterliegen nicht
dem Urheberrecht." ("All laws are official works and are not under copyright
law."), and its LICENSE is the Unlicense, a dedication to the public domain
(https://unlicense.org). No attribution is legally required; it is given
here as good practice. The texts are not the official version: only the
Bundesgesetzblatt is authentic, and the repository's README warns that the
conversion from XML to Markdown is not free of errors.

State of the texts: the consolidated wording of the snapshot (early 2022),
with all amendments up to then, not the wording as first enacted; the date
given per act is its Ausfertigungsdatum (date of signing), which dates the
enactment, not the wording. The header lines "Zuletzt geändert durch",
"Geändert durch" or "Änderung durch" of each text name the latest amendments
it includes.

Changes: a selection of %d acts (by a fixed rule, see
scripts/qa-texts/german-defence-laws.py); each rendered from Markdown to
plain text, one paragraph per line with a blank line between: the title
heading first, the header's definitions as "Term: value" lines
("Ausfertigungsdatum: 1957-05-20"), every heading ("§ 3 Sonderurlaub") a
line of its own, hard-wrapped lines joined with one space, list items as
paragraphs (number and letter markers kept, bullets dropped), tables one row
per paragraph with cells joined by " | ", footnote references dropped,
images, HTML tags and emphasis markers left out, escapes resolved,
paragraphs without a letter ("-") left out; the front matter is not
rendered. No wording was changed; errors and old spellings of the source are
kept.

Files (name: title (abbreviation); Ausfertigungsdatum; Fundstelle; address;
source file in the repository):
"""


def copyright_item(l):
    f = l["front"]
    fund = re.sub(r"\s+", " ", header(l["body"], "Fundstelle")[0].replace(":   ", "")).strip()
    t = ('- %s.de.txt: "%s" (%s); Ausfertigungsdatum %s; Fundstelle %s; https://www.gesetze-im-internet.de/%s/; '
         "source: %s; public domain (§ 5 Abs. 1 UrhG); changed: rendered to plain text"
         % (f["slug"], f["Title"], f["jurabk"], l["ad"], fund, f["origslug"], l["path"]))
    return textwrap.fill(t, width=76, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False) + "\n"


# Candidates, from the file list, blob sizes, front matter and header only.
with open(os.path.join(QA, "collections.json"), encoding="utf-8") as fh:
    collections = json.load(fh)
earlier = {s["file"].split("/", 1)[1][:-len(".de.txt")] for c in ("bg38", "bv39") for s in collections[c]["sources"]}
assert len(earlier) == 56, len(earlier)

files, laws = load(mirror, COMMIT)
assert len(files) == 6636 and len(laws) == 6616, (len(files), len(laws))
steps = []
c = [l for l in laws if KEYWORDS.search(l["front"]["Title"])]
steps.append(len(c))
c = [l for l in c if not TREATY.match(l["front"]["Title"])]
steps.append(len(c))
c = [l for l in c if l["front"]["slug"] not in earlier]
steps.append(len(c))
chosen, more = select(c, [], LOW, HIGH, STEP)
steps += more
assert steps == [198, 183, 182, 69, 68], steps
assert len(chosen) == 23, len(chosen)

sources = write_texts(chosen, out, "bd42", "bd-")
dates = sorted(s["published"] for s in sources)
entry = {"description": DESCRIPTION % (len(sources), dates[0], dates[-1], COMMIT, steps[-1]),
         "build": "texts", "text": TEXT, "sources": sources}
with open(os.path.join(out, "COPYRIGHT"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write(COPYRIGHT % (len(chosen), dates[0][:4], dates[-1][:4], COMMIT, len(chosen))
             + "".join(copyright_item(l) for l in chosen))

# collections.json: only when writing the default folder.
write_entry("bd42", entry, out)
print(json.dumps({"bd42": entry}, ensure_ascii=False, indent=2))
total = sum(os.path.getsize(os.path.join(out, s["file"].split("/", 1)[1])) for s in sources)
print("%d files, %d bytes" % (len(sources), total), file=sys.stderr)
