#!/usr/bin/env python3
"""Builds the twenty-eighth QA set's collection (ig28) from Debian's
installation-guide-amd64 package, version 20230508+deb12u1 (GPL-2; the
"Debian GNU/Linux Installation Guide" for Debian 12 bookworm on 64-bit PC,
"Build version of this manual: 20230508+deb12u1"), one source per chosen
section. It is a mixed collection and no section is taken in both languages:
SOURCES below says which sections come from the German and which from the
English HTML. They were chosen for running prose (history, requirements,
figures, names, dates, reasons, recommendations) rather than step-by-step
command walk-throughs, from chapters 1-8 and appendices A-E.

The guide is DocBook XSL output, one HTML page per chapter, top-level section
and appendix section (ch01.html, ch01s01.html ... apes04.html), with the same
file names in both languages. A section is a <div class="sect1"> (sect2,
sect3, ...) whose heading holds an anchor <a name="...">; named anchors
(what-is-debian, hardware-firmware) are the same in both languages, but
the generated ones (idmNNN) differ, so SOURCES gives the anchor of the
language the section is taken in. Paragraphs are <p> elements in running
text, in list items (<li class="listitem"><p>), in the definitions of
variable lists (<dd><p>; the terms themselves, <dt>, are not paragraphs and
are left out) and in the Note, Tip, Warning and Important boxes, so each
list item is a paragraph of its own and a nested list's items follow their
parent item. A paragraph's text is its characters with runs of white space
(including no-break spaces) made one space. Left out: headings, screen and
program listings (<pre>, in <div class="informalexample">), tables (<div
class="table"> and "informaltable"), the label cell of a box ("Note",
"Warning"), images, footnotes and their markers, the navigation header and
footer, link-only paragraphs and code-only paragraphs (no letter outside
links, bold text and code). A source is a section found by the anchor in its
heading, with all its subsections.

    apt-get download installation-guide-amd64
    dpkg-deb -x installation-guide-amd64_20230508+deb12u1_all.deb x
    scripts/qa-texts/installation-guide.py \\
        x/usr/share/doc/installation-guide-amd64 \\
        retrieval/eval/testdata/qa/texts/ig28

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/ig28 in this repository.) It writes one
file per source, named by a short section id and the language
(secure-boot.en.txt, uefi.de.txt), and prints the sources' entries for
collections.json."""
import html.parser, json, os, re, sys

root = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "retrieval", "eval", "testdata", "qa", "texts", "ig28")
out = os.path.normpath(out)
os.makedirs(out, exist_ok=True)
PUBLISHED = "2023-05-08"  # build version 20230508+deb12u1 on both title pages; 20230508 in changelog.gz: Mon, 08 May 2023 22:47:33 +0200 (+deb12u1, Sun, 09 Jul 2023, only added Indonesian to the language list)

# (short id, language, page, anchor of the section's heading in that language's page), in document order.
SOURCES = [
    ("what-is-debian", "de", "ch01s01", "what-is-debian"),  # 1.1 What is Debian?
    ("what-is-linux", "en", "ch01s02", "what-is-linux"),  # 1.2 What is GNU/Linux?
    ("debian-gnu-linux", "de", "ch01s03", "what-is-debian-linux"),  # 1.3 What is Debian GNU/Linux?
    ("debian-installer", "en", "ch01s04", "what-is-debian-installer"),  # 1.4 What is the Debian Installer?
    ("licenses", "en", "ch01s08", "idm146"),  # 1.8 About Copyrights and Software Licenses
    ("supported-hardware", "en", "ch02s01", "hardware-supported"),  # 2.1 Supported Hardware
    ("firmware", "en", "ch02s02", "hardware-firmware"),  # 2.2 Devices Requiring Firmware
    ("media", "de", "ch02s04", "installation-media"),  # 2.4 Installation Media
    ("memory-disk", "de", "ch02s05", "memory-disk-requirements"),  # 2.5 Memory and Disk Space Requirements
    ("overview", "en", "ch03s01", "install-overview"),  # 3.1 Overview of the Installation Process
    ("live-system", "de", "ch03s03", "idm577"),  # 3.3.3.1 Testing hardware compatibility with a Live-System
    ("network-settings", "de", "ch03s03", "idm585"),  # 3.3.4 Network Settings
    ("minimum-hardware", "en", "ch03s04", "minimum-hardware-reqts"),  # 3.4 Meeting Minimum Hardware Requirements
    ("multiboot", "de", "ch03s05", "non-debian-partitioning"),  # 3.5 Pre-Partitioning for Multi-Boot Systems
    ("boot-device", "en", "ch03s06", "boot-dev-select-x86"),  # 3.6.2 Boot Device Selection
    ("uefi", "de", "ch03s06", "UEFI"),  # 3.6.3 Systems with UEFI firmware
    ("secure-boot", "en", "ch03s06", "secure-boot"),  # 3.6.4 Secure boot
    ("fast-boot", "de", "ch03s06", "disable-fast-boot"),  # 3.6.5 Disabling the Windows "fast boot"/"fast startup" feature
    ("official-images", "en", "ch04s01", "official-cdrom"),  # 4.1 Official Debian GNU/Linux installation images
    ("usb-stick", "de", "ch04s03", "boot-usb-files"),  # 4.3 Preparing Files for USB Memory Stick Booting
    ("tftp-boot", "de", "ch05s01", "boot-tftp-x86"),  # 5.1.4 Booting with TFTP
    ("graphical", "en", "ch05s01", "graphical"),  # 5.1.6 The Graphical Installer
    ("speech", "de", "ch05s02", "idm1154"),  # 5.2.4 Software Speech Synthesis
    ("boot-console", "en", "ch05s03", "boot-console"),  # 5.3.1 Boot console
    ("reports", "de", "ch05s04", "submit-bug"),  # 5.4.7 Submitting Installation Reports
    ("how-it-works", "en", "ch06s01", "idm1624"),  # 6.1 How the Installer Works
    ("components", "de", "ch06s02", "modules-list"),  # 6.2 Components Introduction
    ("lowmem", "de", "ch06s03", "lowmem"),  # 6.3.1.1 Check available memory / low memory mode
    ("localization", "en", "ch06s03", "localechooser"),  # 6.3.1.2 Selecting Localization Options
    ("users", "de", "ch06s03", "di-user-setup"),  # 6.3.2 Setting Up Users And Passwords
    ("clock", "en", "ch06s03", "clock-setup"),  # 6.3.3 Configuring the Clock and Time Zone
    ("partitioning-options", "de", "ch06s03", "partman-fs"),  # 6.3.4.1 Supported partitioning options
    ("guided", "en", "ch06s03", "partman-auto"),  # 6.3.4.2 Guided Partitioning
    ("base-system", "de", "ch06s03", "di-install-base"),  # 6.3.5 Installing the Base System
    ("cd-sets", "de", "ch06s03", "apt-setup-cdset"),  # 6.3.6.1.1 Installing from more than one CD or DVD image
    ("mirror", "en", "ch06s03", "apt-setup-mirror-selection"),  # 6.3.6.1.3 Choosing a network mirror
    ("tasks", "de", "ch06s03", "pkgsel"),  # 6.3.6.2 Selecting and Installing Software
    ("bootloader", "en", "ch06s03", "di-make-bootable"),  # 6.3.7 Making Your System Bootable
    ("init", "de", "ch06s05", "customization"),  # 6.5 Customization
    ("first-boot", "de", "ch07s01", "base-boot"),  # 7.1 The Moment of Truth
    ("login", "de", "ch07s03", "login"),  # 7.3 Log In
    ("shutdown", "en", "ch08s01", "shutdown"),  # 8.1 Shutting down the system
    ("kernel", "de", "ch08s05", "kernel-baking"),  # 8.5 Compiling a New Kernel
    ("rescue", "en", "ch08s06", "rescue"),  # 8.6 Recovering a Broken System
    ("preseeding", "en", "apbs01", "preseed-intro"),  # B.1 Introduction (to preseeding)
    ("preseed-accounts", "en", "apbs04", "preseed-account"),  # B.4.5 Account setup
    ("partition-sizes", "de", "apcs01", "partition-sizing"),  # C.1 Deciding on Debian Partitions and Sizes
    ("directory-tree", "en", "apcs02", "directory-tree"),  # C.2 The Directory Tree
    ("partition-scheme", "de", "apcs03", "idm3855"),  # C.3 Recommended Partitioning Scheme
    ("device-names", "en", "apcs04", "device-names"),  # C.4 Device Names in Linux
    ("pc-partitioning", "en", "apcs05", "idm3897"),  # C.5.1 Partitioning for 64-bit PC
    ("task-sizes", "en", "apds02", "tasksel-size-list"),  # D.2 Disk Space Needed for Tasks
    ("about", "de", "apes01", "about"),  # E.1 About This Document
    ("contributors", "en", "apes03", "contributors"),  # E.3 Major Contributions
]

SECTION_CLASSES = {"chapter", "appendix", "preface", "sect1", "sect2", "sect3", "sect4", "sect5", "simplesect", "section"}
SKIP_TAGS = {"pre", "script", "style", "th"}
SKIP_CLASSES = {"titlepage", "toc", "table", "informaltable", "informalexample", "footnotes", "footnote", "navheader", "navfooter", "mediaobject", "inlinemediaobject", "figure", "list-of-tables"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
VOID = {"br", "img", "col", "hr", "meta", "link", "input"}


class Page(html.parser.HTMLParser):
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

    def anchor(self, tag, a):
        if tag == "a" and self.want in (a.get("name"), a.get("id")) and self.heading is not None and not self.done:
            self.inside = self.sections[-1]

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        a = dict(attrs)
        cls = set((a.get("class") or "").split())
        is_section = tag == "div" and bool(cls & SECTION_CLASSES)
        skipping = tag in SKIP_TAGS or tag == "sup" and "footnote" in cls or tag == "div" and bool(cls & SKIP_CLASSES)
        self.stack.append((tag, skipping, is_section))
        if is_section:
            self.sections.append(len(self.stack))
        if tag in HEADINGS:
            self.heading = ""
        self.anchor(tag, a)
        if skipping:
            self.skip += 1
        if tag == "p" and not self.skip and self.inside is not None:
            self.para = ["", ""]
        if tag in ("a", "strong", "code") and self.para is not None:
            self.plain += 1

    def handle_startendtag(self, tag, attrs):
        self.anchor(tag, dict(attrs))  # <a name="..."/> in headings; <br/>, <img/> carry no text

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        t, skipping, is_section = self.stack.pop()
        assert t == tag, (t, tag, self.getpos())
        depth = len(self.stack) + 1
        if skipping:
            self.skip -= 1
        if tag in HEADINGS and self.heading is not None:
            if self.inside is not None and self.title is None:
                title = " ".join(self.heading.split())
                self.title = re.sub(r"^(\d+|[A-Z])(\.\d+)*\.\s+", "", title)
            self.heading = None
        if tag in ("a", "strong", "code") and self.para is not None:
            self.plain -= 1
        if tag == "p" and self.para is not None:
            text, loose = (" ".join(x.split()) for x in self.para)
            self.para = None
            if any(c.isalpha() for c in loose):  # not link-only, bold-only or code-only
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


def section(page, lang, anchor):
    with open(os.path.join(root, lang, f"{page}.html"), encoding="utf-8") as f:
        text = f.read()
    p = Page(anchor)
    p.feed(text)
    p.close()
    assert p.title and p.paras and p.done, (page, lang, anchor)
    return p.title, p.paras


if __name__ == "__main__":
    entries = []
    for name, lang, page, anchor in SOURCES:
        title, paras = section(page, lang, anchor)
        with open(os.path.join(out, f"{name}.{lang}.txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")
        entries.append({"id": f"ig-{name}", "title": title, "language": lang, "published": PUBLISHED, "file": f"ig28/{name}.{lang}.txt"})
    print(json.dumps(entries, ensure_ascii=False, indent=1))
