#!/usr/bin/env python3
"""Builds the twenty-second QA set's collection (dh22) from Debian's
debian-history package, version 2.28 (GPL-2+; "A Short History of the
Debian Project"): chapters 1-3 and sections 4.1-4.6 from the German book,
sections 4.7-4.14 from the English one, one source per chapter or section.
Paragraphs are the book's; a paragraph's wrapped lines are joined by one
space; the table of contents, the footnotes and the appendix are left out.

    apt-get download debian-history=2.28
    dpkg-deb -x debian-history_2.28_all.deb x
    scripts/qa-texts/debian-history.py x/usr/share/doc/debian-history/docs \
        retrieval/eval/testdata/qa/texts/dh22

It writes one file per source, named by its section, and prints the
sources' entries for collections.json."""
import gzip, json, os, re, sys

docs, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)

def sections(lang):
    lines = gzip.open(os.path.join(docs, f"project-history.{lang}.txt.gz"), "rt", encoding="utf-8").read().split("\n")
    chapter = re.compile(r"^(?:Kapitel|Chapter)\s(\d+)\.\s(.*)$")
    section = re.compile(r"^(4\.\d+)\.\s(.*)$")
    end = re.compile(r"^(?:Anhang|Appendix)\sA\.|^-{20,}$")
    started, cur, out = False, None, []
    for line in lines:
        m = chapter.match(line)
        if m:
            started = True
            if m.group(1) == "4":
                cur = None  # chapter 4 is its sections
                continue
            cur = [m.group(1), m.group(2).strip(), []]
            out.append(cur)
            continue
        if not started:
            continue
        m = section.match(line)
        if m:
            cur = [m.group(1), m.group(2).strip(), []]
            out.append(cur)
            continue
        if end.match(line) and cur is not None and cur[0] == "4.14":
            break
        if cur is not None:
            cur[2].append(line)
    result = []
    for num, title, body in out:
        paras, para = [], []
        for line in body:
            if line.strip():
                para.append(line.strip())
            elif para:
                paras.append(" ".join(para))
                para = []
        if para:
            paras.append(" ".join(para))
        result.append((num, title, "\n\n".join(paras) + "\n"))
    return result

def german(num):
    return num in ("1", "2", "3") or num in ("4.%d" % i for i in range(1, 7))

entries = []
for lang in ("de", "en"):
    for num, title, text in sections(lang):
        if german(num) != (lang == "de"):
            continue
        name = f"{num}.{lang}.txt"
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)
        entries.append({"id": f"dh-{num}", "title": title, "language": lang, "published": "2023-02-15", "file": f"dh22/{name}"})
entries.sort(key=lambda e: [int(x) for x in e["id"][3:].split(".")])
print(json.dumps(entries, ensure_ascii=False, indent=1))
