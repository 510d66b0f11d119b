#!/usr/bin/env python3
"""Builds the twenty-third QA set's collection (dr23) from Debian's
developers-reference package, version 12.18 (GPL-2+; "Debian Developer's
Reference"): chapter 1 and the sections of chapters 2-4 from the German
book, sections 5.1-5.7 and 5.11-5.15 from the English one, one source per
section (chapter 1 is one source).

Paragraphs are the HTML book's <p> elements (in running text, list items,
definitions and notes); code blocks, tables, footnotes and the titles of
notes are left out. A paragraph's text is its characters with runs of white
space made one space.

    apt-get download developers-reference=12.18 developers-reference-de=12.18
    for f in developers-reference*_12.18_all.deb; do dpkg-deb -x $f x; done
    scripts/qa-texts/developers-reference.py x/usr/share/developers-reference \
        retrieval/eval/testdata/qa/texts/dr23

It writes one file per source, named by its section, and prints the
sources' entries for collections.json."""
import html.parser, json, os, re, sys

root, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)

PAGES = {"1": "scope", "2": "new-maintainer", "3": "developer-duties", "4": "resources", "5": "pkgs"}


class Book(html.parser.HTMLParser):
    """Collects (number, title, [paragraphs]) per chapter and section."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections = []  # [num, title, paras]
        self.heading = None  # text of an h1/h2 being read
        self.para = None  # text of a <p> being read
        self.skip = 0  # depth inside pre, table, footnotes, admonition titles
        self.stack = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class") or ""
        skipping = tag in ("pre", "table", "script", "style") or "footnote" in cls.split() or "admonition-title" in cls.split() or (tag == "a" and "headerlink" in cls.split())
        self.stack.append((tag, skipping))
        if skipping:
            self.skip += 1
            return
        if self.skip:
            return
        if tag in ("h1", "h2"):
            self.heading = ""
        elif tag == "p" and self.heading is None:
            self.para = ""

    def handle_endtag(self, tag):
        while self.stack:
            t, skipping = self.stack.pop()
            if skipping:
                self.skip -= 1
            if t == tag:
                break
        if self.skip:
            return
        if tag in ("h1", "h2") and self.heading is not None:
            text = " ".join(self.heading.split())
            self.heading = None
            m = re.match(r"^(\d+(?:\.\d+)?)\.\s+(.*)$", text)
            if m:
                self.sections.append([m.group(1), m.group(2).strip(), []])
        elif tag == "p" and self.para is not None:
            text = " ".join(self.para.split())
            self.para = None
            if text and self.sections:
                self.sections[-1][2].append(text)

    def handle_data(self, data):
        if self.skip:
            return
        if self.heading is not None:
            self.heading += data
        elif self.para is not None:
            self.para += data


def sections(lang, chapter):
    path = os.path.join(root, lang if lang != "en" else "", PAGES[chapter] + ".html")
    b = Book()
    b.feed(open(path, encoding="utf-8").read())
    return b.sections


def wanted(num, lang):
    if lang == "de":
        return num == "1" or (num.count(".") == 1 and num.split(".")[0] in ("2", "3", "4"))
    if num.count(".") != 1 or num.split(".")[0] != "5":
        return False
    n = int(num.split(".")[1])
    return n <= 7 or 11 <= n <= 15


entries = []
for lang in ("de", "en"):
    for chapter in PAGES:
        for num, title, paras in sections(lang, chapter):
            if not wanted(num, lang) or not paras:
                continue
            name = f"{num}.{lang}.txt"
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                f.write("\n\n".join(paras) + "\n")
            entries.append({"id": f"dr-{num}", "title": title, "language": lang, "published": "2023-03-06", "file": f"dr23/{name}"})
entries.sort(key=lambda e: [int(x) for x in e["id"][3:].split(".")])
print(json.dumps(entries, ensure_ascii=False, indent=1))
