#!/usr/bin/env python3
"""Builds the twenty-fifth QA set's collection (ed25) from Debian's
debian-edu-doc-de and debian-edu-doc-en packages, version 2.12.23~deb12u1
(GPL-2+; "Debian Edu / Skolelinux 12 Bookworm Manual", publish date
2024-01-31), one source per chosen section. It is a mixed collection and no
section is taken in both languages: the narrative chapters (about Debian Edu,
architecture, requirements, getting started, maintenance, upgrades, the new
features of Bookworm and of older releases) and the advanced-administration,
desktop and Samba HowTos from the German manual; the installation chapter,
the general-administration, networked-client, teaching and users' HowTos
and the closing chapters (contribute, support, copyright and authors,
translations) from the English one. The GPL appendix is left out.

The manual is one DocBook XSL page per language. Paragraphs are <p>
elements, in running text and in list items (<li class="listitem"><p>), so
each list item is a paragraph of its own, and a nested list's items follow
their parent item. A paragraph's text is its characters with runs of white
space (including no-break spaces) made one space. Left out: headings (the
section title pages), screen listings (<pre>), tables, images, the
translator list (literallayout), link-only paragraphs (all their text inside
links), paragraphs that are only bold text (labels such as "Standalone")
and paragraphs that are only code (command lines). A source is a section
<div class="section"> found by the anchor id in its heading, with all its
subsections.

    apt-get download debian-edu-doc-de debian-edu-doc-en
    dpkg-deb -x debian-edu-doc-de_2.12.23~deb12u1_all.deb x
    dpkg-deb -x debian-edu-doc-en_2.12.23~deb12u1_all.deb x
    scripts/qa-texts/debian-edu.py x/usr/share/doc \
        retrieval/eval/testdata/qa/texts/ed25

It writes one file per source, named by a short section id and the language
(about.de.txt, contribute.en.txt), and prints the sources' entries for
collections.json."""
import html.parser, json, os, re, sys

root, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
PUBLISHED = "2024-01-31"  # "Publish date" of both HTML manuals; 2.12.23~deb12u1 in the changelog

# (short id, language, anchor id of the section's heading), in manual order.
# The generated anchors (idmNNN) differ between the two languages.
SOURCES = [
    ("about", "de", "idm20"),  # 2 (with 2.1)
    ("network", "de", "Architecture--Network"),  # 3.1
    ("administration", "de", "idm238"),  # 3.2
    ("requirements", "de", "Requirements"),  # 4
    ("network-setup", "de", "idm303"),  # 5
    ("where-to-find", "en", "idm334"),  # 6.1
    ("download", "en", "idm345"),  # 6.2
    ("server-scenarios", "en", "idm389"),  # 6.3.1
    ("desktops", "en", "idm437"),  # 6.3.2
    ("modular-installation", "en", "idm454"),  # 6.3.3
    ("installation-types", "en", "idm472"),  # 6.3.4
    ("installation-process", "en", "idm587"),  # 6.3.5
    ("router", "en", "idm670"),  # 6.3.6
    ("installation-notes", "en", "idm829"),  # 6.3.7
    ("usb-installation", "en", "idm842"),  # 6.3.8
    ("pxe", "en", "idm850"),  # 6.3.9
    ("pxe-modify", "en", "Installation--Modifying_PXE_installations"),  # 6.3.10
    ("custom-images", "en", "idm895"),  # 6.3.11
    ("getting-started", "de", "idm1053"),  # 7.1
    ("gosa", "de", "idm1081"),  # 7.2
    ("users", "de", "idm1122"),  # 7.3
    ("groups", "de", "idm1224"),  # 7.4
    ("machines", "de", "idm1242"),  # 7.5
    ("printers", "de", "idm1359"),  # 8
    ("clock", "de", "idm1387"),  # 9
    ("full-partitions", "de", "idm1398"),  # 10
    ("software-updates", "de", "idm1405"),  # 11.1
    ("backup", "de", "idm1443"),  # 11.2
    ("monitoring", "de", "idm1474"),  # 11.3
    ("upgrades", "de", "Upgrades"),  # 12
    ("etckeeper", "en", "idm1656"),  # 14.1
    ("resizing-partitions", "en", "idm1680"),  # 14.2
    ("kerberized-nfs", "en", "idm1720"),  # 14.4
    ("backports", "en", "idm1779"),  # 14.9
    ("upgrade-with-cd", "en", "idm1790"),  # 14.10
    ("security-upgrades", "en", "idm1807"),  # 14.12
    ("shutdown-at-night", "en", "idm1814"),  # 14.13
    ("service-machines", "en", "idm1847"),  # 14.15
    ("year-groups", "de", "idm1888"),  # 15.1
    ("home-folders", "de", "idm1919"),  # 15.2
    ("storage-server", "de", "idm1926"),  # 15.3
    ("ssh-access", "de", "idm1956"),  # 15.4
    ("desktop", "de", "Desktop"),  # 16
    ("thin-clients", "en", "idm2024"),  # 17.1
    ("pxe-setup", "en", "idm2169"),  # 17.2
    ("network-settings", "en", "idm2196"),  # 17.3
    ("remote-desktop", "en", "idm2205"),  # 17.4
    ("wireless", "en", "idm2239"),  # 17.5
    ("pgina", "en", "idm2271"),  # 17.6
    ("samba", "de", "Samba"),  # 18
    ("teach-and-learn", "en", "TeachAndLearn"),  # 19
    ("users-howtos", "en", "Users"),  # 20
    ("contribute", "en", "idm2459"),  # 21
    ("support", "en", "Support"),  # 22
    ("features", "de", "Features"),  # 23
    ("copyright", "en", "CopyRight"),  # 24
    ("translations", "en", "Translations"),  # 25
    ("bullseye-features", "de", "idm2670"),  # 27.1
    ("history", "de", "idm2756"),  # 27.2
]

SKIP_TAGS = {"pre", "table", "script", "style"}
SKIP_CLASSES = {"titlepage", "toc", "informaltable", "table", "literallayout", "inlinemediaobject", "mediaobject", "figure", "navheader", "navfooter"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class Manual(html.parser.HTMLParser):
    """Collects the title and paragraphs of the section whose heading carries the anchor `want`."""

    def __init__(self, want):
        super().__init__(convert_charrefs=True)
        self.want = want
        self.stack = []  # (tag, skipping, is_section)
        self.skip = 0
        self.sections = []  # stack depths of the open section divs
        self.inside = None  # stack depth of the wanted section's div, while inside it
        self.done = False
        self.heading = None  # text of the heading being read
        self.title = None
        self.paras = []
        self.para = None  # [text, text outside links/bold/code] of the open <p>
        self.plain = 0  # > 0 inside <a>, <strong> or <code> within a paragraph

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = set((a.get("class") or "").split())
        is_section = tag == "div" and "section" in cls
        skipping = tag in SKIP_TAGS or bool(cls & SKIP_CLASSES)
        self.stack.append((tag, skipping, is_section))
        if is_section:
            self.sections.append(len(self.stack))
        if tag in HEADINGS:
            self.heading = ""
        if tag == "a" and a.get("id") == self.want and self.heading is not None and not self.done:
            self.inside = self.sections[-1]
        if skipping:
            self.skip += 1
        if tag == "p" and not self.skip and self.inside is not None:
            self.para = ["", ""]
        if tag in ("a", "strong", "code") and self.para is not None:
            self.plain += 1

    def handle_startendtag(self, tag, attrs):
        pass  # <br/>, <img/>, <col/>: no text, and they must not enter the stack

    def handle_endtag(self, tag):
        t, skipping, is_section = self.stack.pop()
        assert t == tag, (t, tag, self.getpos())
        depth = len(self.stack) + 1
        if skipping:
            self.skip -= 1
        if tag in HEADINGS and self.heading is not None:
            if self.inside is not None and self.title is None:
                self.title = re.sub(r"^\d+(\.\d+)*\.\s+", "", " ".join(self.heading.split()))
            self.heading = None
        if tag in ("a", "strong", "code") and self.para is not None:
            self.plain -= 1
        if tag == "p" and self.para is not None:
            text, loose = (" ".join(x.split()) for x in self.para)
            self.para = None
            if text and loose:  # not link-only, bold-only or code-only
                self.paras.append(text)
        if is_section:
            self.sections.pop()
            if depth == self.inside:
                self.inside = None
                self.done = True

    def handle_data(self, data):
        if self.heading is not None:
            self.heading += data
        if self.para is not None and not self.skip:
            self.para[0] += data
            if not self.plain:
                self.para[1] += data


pages = {}
entries = []
for name, lang, anchor in SOURCES:
    if lang not in pages:
        path = os.path.join(root, f"debian-edu-doc-{lang}", "debian-edu-bookworm-manual.html")
        pages[lang] = open(path, encoding="utf-8").read()
    m = Manual(anchor)
    m.feed(pages[lang])
    m.close()
    assert m.title and m.paras and m.done, (name, lang, anchor)
    with open(os.path.join(out, f"{name}.{lang}.txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(m.paras) + "\n")
    entries.append({"id": f"ed-{name}", "title": m.title, "language": lang, "published": PUBLISHED, "file": f"ed25/{name}.{lang}.txt"})
print(json.dumps(entries, ensure_ascii=False, indent=1))
