#!/usr/bin/env python3
"""Builds the twenty-fourth QA set's collection (ah24) from Debian's
debian-handbook package, version 11.20220922 (GPL-2+ or CC-BY-SA-3.0; "The
Debian Administrator's Handbook"), one source per section (2nd level, "1.4",
"A.2"): the sections of chapter 1 ("The Debian Project") and chapter 2 ("The
Case Study") from the German book, except 2.5 ("Why Debian Bullseye?"),
which the German book leaves untranslated; 2.5, the sections of appendix A
("Derivative Distributions"), of chapter 16 ("Conclusion: Debian's Future"),
section 15.4 ("Becoming a Package Maintainer") and sections 5 and 6 of the
preface ("Contributing", "Acknowledgments") from the English one. No
section is taken in both languages.

The book is DocBook rendered by Publican: paragraphs are <div class="para">
elements (in running text, list items and sidebars/notes). A paragraph's text
is its characters with runs of white space made one space; a list or a
nested paragraph inside a paragraph ends it, so each list item is a paragraph
of its own. Left out: headings, the titles of sidebars/notes, screen and
program listings (<pre>), tables, figures, examples, the "→ https://..." link
lines (<div class="url">) and the chapter abstracts. The first section of a
chapter lives in the chapter's own page (e.g. the-debian-project.html holds
1.1 "What Is Debian?"); it is cut out by its anchor id like the others.

    apt-get download debian-handbook=11.20220922
    dpkg-deb -x debian-handbook_11.20220922_all.deb x
    scripts/qa-texts/debian-handbook.py x/usr/share/doc/debian-handbook/html \
        retrieval/eval/testdata/qa/texts/ah24

It writes one file per source, named by its section id without "sect."
(what-is-debian.de.txt), and prints the sources' entries for
collections.json."""
import html.parser, json, os, re, sys

root, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
PUBLISHED = "2022-09-22"  # version 11.20220922 in the package's changelog

# (language, page, section anchor id), in book order
SOURCES = [("de", "the-debian-project.html", "sect.what-is-debian")] + [
    ("de", f"sect.{s}.html", f"sect.{s}")
    for s in ("foundation-documents", "debian-internals", "follow-debian-news", "role-of-distributions", "release-lifecycle")
] + [("de", "case-study.html", "sect.fast-growing-it-needs")] + [
    ("de", f"sect.{s}.html", f"sect.{s}") for s in ("master-plan", "why-gnu-linux", "why-debian")
] + [("en", f"sect.{s}.html", f"sect.{s}") for s in ("why-debian-stable", "contributing", "acknowledgments")] + [("en", "sect.becoming-package-maintainer.html", "sect.becoming-package-maintainer"),
     ("en", "conclusion.html", "sect.upcoming-developments")] + [
    ("en", f"sect.{s}.html", f"sect.{s}") for s in ("future-of-debian", "future-of-this-book")
] + [("en", "derivative-distributions.html", "sect.derivative-census")] + [
    ("en", f"sect.{s}.html", f"sect.{s}")
    for s in ("ubuntu", "linux-mint", "knoppix", "aptosid", "grml", "tails", "kali", "devuan", "doudoulinux", "raspbian", "pureos", "steamos", "other-derivatives")
]

SKIP_TAGS = {"pre", "table", "script", "style", "h1", "h3", "h4", "h5", "h6"}
SKIP_CLASSES = {"titlepage", "url", "table", "figure", "mediaobject", "example", "informalexample", "toc", "docnav", "highlights", "indexterm"}
BLOCKS = {"div", "ul", "ol", "li", "dl", "dt", "dd", "p"}


class Page(html.parser.HTMLParser):
    """Collects the title and paragraphs of the section whose h2 carries the anchor `want`."""

    def __init__(self, want):
        super().__init__(convert_charrefs=True)
        self.want = want
        self.stack = []  # (tag, skipping, is_section, is_para)
        self.skip = 0
        self.paradepth = 0
        self.sectiondepth = None  # len(stack) of the wanted section's div, while inside it
        self.pending = None  # len(stack) of the section div whose h2 is not read yet
        self.h2 = None
        self.title = None
        self.paras = []
        self.buf = ""

    def flush(self):
        text = " ".join(self.buf.split())
        self.buf = ""
        if text and self.sectiondepth is not None:
            self.paras.append(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = set((a.get("class") or "").split())
        if tag == "h2" and self.sectiondepth is None:
            self.h2 = ""
            self.stack.append((tag, False, False, False))
            return
        if self.h2 is not None:
            if tag == "a" and a.get("id") == self.want and self.pending is not None:
                self.sectiondepth = self.pending
            self.stack.append((tag, False, False, False))
            return
        skipping = tag in SKIP_TAGS or bool(cls & SKIP_CLASSES) or (tag == "h2")
        is_section = tag == "div" and "section" in cls
        is_para = tag == "div" and "para" in cls and not skipping
        if tag in BLOCKS and not self.skip:
            self.flush()
        self.stack.append((tag, skipping, is_section, is_para))
        if is_section and self.sectiondepth is None:
            self.pending = len(self.stack)
        if skipping:
            self.skip += 1
        if is_para:
            self.paradepth += 1

    def handle_startendtag(self, tag, attrs):
        pass  # <br/>, <img/>, empty anchors: no text, and they must not enter the stack

    def handle_endtag(self, tag):
        while self.stack:
            depth = len(self.stack)
            t, skipping, is_section, is_para = self.stack.pop()
            if skipping:
                self.skip -= 1
            if t == "h2" and self.h2 is not None:
                if self.sectiondepth is not None and self.title is None:
                    self.title = re.sub(r"^[0-9A-Z]+(\.\d+)*\.\s+", "", " ".join(self.h2.split()))
                self.h2 = None
            if t in BLOCKS and not self.skip:
                self.flush()
            if is_para:
                self.paradepth -= 1
            if is_section and depth == self.sectiondepth:
                self.sectiondepth = None
                self.pending = None
            if t == tag:
                break

    def handle_data(self, data):
        if self.h2 is not None:
            self.h2 += data
        elif not self.skip and self.paradepth and self.sectiondepth is not None:
            self.buf += data


entries = []
for lang, page, anchor in SOURCES:
    p = Page(anchor)
    p.feed(open(os.path.join(root, {"de": "de-DE", "en": "en-US"}[lang], page), encoding="utf-8").read())
    p.close()
    assert p.title and p.paras, (lang, page, anchor)
    name = anchor[len("sect."):]
    with open(os.path.join(out, f"{name}.{lang}.txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(p.paras) + "\n")
    entries.append({"id": f"ah-{name}", "title": p.title, "language": lang, "published": PUBLISHED, "file": f"ah24/{name}.{lang}.txt"})
print(json.dumps(entries, ensure_ascii=False, indent=1))
