#!/usr/bin/env python3
"""Builds the twenty-ninth QA set's collection (df29) from Debian's
debian-faq and debian-faq-de packages, version 11.1 (the "Debian GNU/Linux
FAQ" / "Die Debian GNU/Linux-FAQ"; both title pages say "Version 11.0" and
"January 2021" / "Januar 2021"; copyright 1996-2021 Software in the Public
Interest, under the permission notice quoted in the README), one source per
chosen section. It is a mixed collection and no section is taken in both
languages: SOURCES below says which sections come from the German and which
from the English HTML. They were chosen for running prose (history, releases
and their dates, codenames, figures, names, reasons, recommendations) rather
than command walk-throughs, from chapters 1-16 (the FAQ has no appendices).

The FAQ is DocBook XSL output, one HTML page per chapter
(basic-defs.en.html ... faqinfo.en.html in usr/share/doc/debian/FAQ/, the
German pages with the same names in FAQ/de/, basic-defs.de.html ...). A
section is a <div class="section"> whose heading holds an anchor <a id="...">;
the anchors (whatisdebian, codenames, s3.1) are the same in both languages,
so SOURCES gives one anchor per source. Only top-level sections (1.2, 6.2,
numbered chapter.section) are sources, each with all its subsections (3.1
with 3.1.1-3.1.13, 8.1 with 8.1.1-8.1.6.1, 12.2 with 12.2.1-12.2.5).
Paragraphs are <p> elements in running text, in list items (<li
class="listitem"><p>) and in the definitions of variable lists (<dd><p>; the
terms themselves, <dt>, are not paragraphs and are left out), so each list
item is a paragraph of its own and a nested list's items follow their
parent item. Where the XSL closed a paragraph before a screen listing and
opened another after it ("use the" / "command. It will display ..."), the
two halves stay two paragraphs. A footnote whose marker stands in a chosen
section is kept: its text (without its label "[2]") becomes a paragraph
appended after the section's own paragraphs, in the order of the markers.
A paragraph's text is its characters with runs of white space (including
no-break spaces) made one space. Left out: headings, screen and program
listings (<pre>), the label cells and images of the navigation header and
footer, the chapters' tables of contents, the footnote markers, link-only
and code-only paragraphs (no letter outside links, bold text and code).

    apt-get download debian-faq debian-faq-de
    dpkg-deb -x debian-faq_11.1_all.deb x
    dpkg-deb -x debian-faq-de_11.1_all.deb x
    scripts/qa-texts/debian-faq.py \\
        x/usr/share/doc/debian/FAQ \\
        retrieval/eval/testdata/qa/texts/df29

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/df29 in this repository.) It writes one
file per source, named by a short section id and the language
(codenames.en.txt, what-is-debian.de.txt), and prints the sources' entries
for collections.json."""
import html.parser, json, os, re, sys

root = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "retrieval", "eval", "testdata", "qa", "texts", "df29")
out = os.path.normpath(out)
os.makedirs(out, exist_ok=True)
PUBLISHED = "2021-01"  # both title pages: "Version 11.0", pubdate "January 2021" / "Januar 2021"; changelog.gz: 11.0 (Tue, 23 Nov 2021: "Update data for bullseye", "German translation update"), 11.1 (Tue, 31 May 2022: Chinese, Italian and Dutch translations and a build fix only, English and German text unchanged)

# (short id, language, page, anchor of the section's heading), in document order.
SOURCES = [
    ("what-is-debian", "de", "basic-defs", "whatisdebian"),  # 1.2 What is Debian GNU/Linux?
    ("linux", "en", "basic-defs", "linux"),  # 1.3 OK, now I know what Debian is... what is Linux?!
    ("non-linux", "de", "basic-defs", "non-linux"),  # 1.4 Does Debian just do GNU/Linux?
    ("difference", "en", "basic-defs", "difference"),  # 1.5 What is the difference between Debian GNU/Linux and other Linux distributions?
    ("gnu", "de", "basic-defs", "gnu"),  # 1.6 How does the Debian project fit in or compare with the FSF's GNU project?
    ("pronunciation", "en", "basic-defs", "pronunciation"),  # 1.7 How does one pronounce Debian and what does this word mean?
    ("stable-updates", "de", "getting-debian", "updatestable"),  # 2.2 Are there package upgrades in `stable'?
    ("remote-install", "en", "getting-debian", "remoteinstall"),  # 2.6 Can I get and install Debian directly from a remote Internet site?
    ("boot-installer", "de", "getting-debian", "alternativebootinstaller"),  # 2.7 Are there any alternative strategies for booting the system installer?
    ("choosing", "en", "choosing", "s3.1"),  # 3.1 Which Debian distribution (stable/testing/unstable) is better for me? (with 3.1.1-3.1.13)
    ("derivatives", "de", "choosing", "s3.2"),  # 3.2 But what about Knoppix, Linux Mint Debian Edition, Ubuntu, and others? (with 3.2.1-3.2.3)
    ("architectures", "en", "compatibility", "arches"),  # 4.1 On what hardware architectures/systems does Debian GNU/Linux run?
    ("kernels", "de", "compatibility", "kernels"),  # 4.2 What kernels does Debian GNU/Linux run?
    ("other-distributions", "de", "compatibility", "otherdistribs"),  # 4.3 How compatible is Debian with other distributions of Linux? (with footnote 1)
    ("unix-compat", "de", "compatibility", "otherunices"),  # 4.4 How source code compatible is Debian with other Unix systems?
    ("other-packages", "en", "compatibility", "otherpackages"),  # 4.5 Can I use Debian packages (".deb" files) on my Red Hat/Slackware/... Linux system?
    ("apps", "de", "software", "apps"),  # 5.1 What types of applications and development software are available?
    ("package-list", "en", "software", "pkglist"),  # 5.3 How can I get a current list of programs that have been packaged for Debian?
    ("build-env", "en", "software", "buildenv"),  # 5.4 How can I install a developer's environment to build packages?
    ("languages", "de", "software", "nonenglish"),  # 5.9 How does Debian support non-English languages?
    ("qmail", "en", "software", "qmail"),  # 5.10 Where is ezmlm/djbdns/qmail?
    ("voip", "en", "software", "voip"),  # 5.13 Where is VoIP software?
    ("distributions", "de", "ftparchives", "dists"),  # 6.1 How many Debian distributions are there?
    ("codenames", "en", "ftparchives", "codenames"),  # 6.2 What are all those names like etch, lenny, etc.? (with 6.2.1, 6.2.2)
    ("sid", "de", "ftparchives", "sid"),  # 6.3 What about "sid"? (with footnote 2)
    ("stable", "en", "ftparchives", "stable"),  # 6.4 What does the stable directory contain?
    ("testing", "de", "ftparchives", "testing"),  # 6.5 What does the testing distribution contain? (with 6.5.1)
    ("source-code", "de", "ftparchives", "source"),  # 6.9 Where is the source code?
    ("pool", "en", "ftparchives", "pools"),  # 6.10 What's in the pool directory? (with footnote 4)
    ("incoming", "en", "ftparchives", "incoming"),  # 6.11 What is "incoming"?
    ("package-names", "de", "pkg-basics", "pkgname"),  # 7.3 Why are Debian package file names so long?
    ("priorities", "en", "pkg-basics", "priority"),  # 7.7 What is an Essential, Required, Important, Standard, Optional, or Extra package?
    ("virtual", "de", "pkg-basics", "virtual"),  # 7.8 What is a Virtual Package?
    ("pre-depends", "de", "pkg-basics", "pre-depends"),  # 7.10 What is meant by Pre-Depends?
    ("package-tools", "de", "pkgtools", "pkgprogs"),  # 8.1 What programs does Debian provide for managing its packages? (with 8.1.1-8.1.6.1, footnote 5)
    ("update-running", "en", "pkgtools", "updaterunning"),  # 8.2 Debian claims to be able to update a running program; how is this accomplished?
    ("file-search", "en", "pkgtools", "filesearch"),  # 8.5 How can I find out what package produced a particular file?
    ("keep-current", "en", "uptodate", "howtocurrent"),  # 9.1 How can I keep my Debian system current? (with 9.1.1, 9.1.2)
    ("package-log", "en", "uptodate", "keepingalog"),  # 9.4 How can I keep a log of the packages I added to the system?
    ("auto-update", "de", "uptodate", "autoupdate"),  # 9.5 Can I automatically update the system?
    ("paper-size", "de", "customizing", "papersize"),  # 11.1 How can I ensure that all programs use the same paper size?
    ("hardware-access", "en", "customizing", "hardwareaccess"),  # 11.2 How can I provide access to hardware peripherals, without compromising security?
    ("booting", "en", "customizing", "booting"),  # 11.5 How does a Debian system boot? (with footnote 6)
    ("sysvinit", "de", "customizing", "sysvinit"),  # 11.6 And how about Debian and traditional System V init?
    ("other-init", "en", "customizing", "altboot"),  # 11.7 And are there yet other ways of booting a Debian system?
    ("documentation", "en", "support", "debiandocs"),  # 12.1 What other documentation exists on and for a Debian system?
    ("online", "de", "support", "onlineresources"),  # 12.2 Are there any on-line resources for discussing Debian? (with 12.2.1-12.2.5, footnote 7)
    ("bug-logs", "de", "support", "buglogs"),  # 12.4 Are there logs of known bugs?
    ("bug-report", "en", "support", "bugreport"),  # 12.5 How do I report a bug in Debian?
    ("mirrors", "de", "contributing", "contribresources"),  # 13.2 How can I contribute resources to the Debian project?
    ("donations", "en", "contributing", "supportingorganizations"),  # 13.3 How can I contribute financially to the Debian project? (with 13.3.1, 13.3.2)
    ("own-distribution", "de", "redistributing", "childistro"),  # 14.3 I am making a special Linux distribution for a "vertical market" ...
    ("hardening", "de", "nextrelease", "hardening"),  # 15.1 Hardening the system
    ("i18n", "en", "nextrelease", "i18n"),  # 15.2 Extended support for non-English users
    ("installer", "en", "nextrelease", "di"),  # 15.3 Improvements in the Debian Installer
    ("authors", "de", "faqinfo", "authors"),  # 16.1 Authors
]

SECTION_CLASSES = {"chapter", "appendix", "preface", "sect1", "sect2", "sect3", "sect4", "sect5", "simplesect", "section"}
SKIP_TAGS = {"pre", "script", "style", "th"}
SKIP_CLASSES = {"titlepage", "toc", "table", "informaltable", "informalexample", "footnotes", "footnote", "navheader", "navfooter", "mediaobject", "inlinemediaobject", "figure", "list-of-tables"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
VOID = {"br", "img", "col", "hr", "meta", "link", "input"}


def paragraph(text, loose):
    """The paragraph's text with white space runs made one space, or None if it has no letter outside links, bold text and code."""
    text, loose = (" ".join(x.split()) for x in (text, loose))
    return text if any(c.isalpha() for c in loose) else None


class Page(html.parser.HTMLParser):
    """Collects the title, paragraphs and footnote ids of the section whose heading carries the anchor `want`."""

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
        self.notes = []  # ids of the footnotes whose markers stand in the section ("ftn.idm825")
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
        if tag == "a" and "footnote" in cls and self.inside is not None and not self.skip:
            self.notes.append(a["href"].lstrip("#"))
        if skipping:
            self.skip += 1
        if tag == "p" and not self.skip and self.inside is not None:
            self.para = ["", ""]
        if tag in ("a", "strong", "code") and self.para is not None:
            self.plain += 1

    def handle_startendtag(self, tag, attrs):
        self.anchor(tag, dict(attrs))  # <a id="..."/> in headings; <br/>, <img/> carry no text

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
            text = paragraph(*self.para)
            self.para = None
            if text:
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


class Notes(html.parser.HTMLParser):
    """Collects the paragraphs of the footnote <div id="ftn.…" class="footnote"> bodies, without their "[n]" labels (<sup class="para">)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, footnote id or None, is label)
        self.note = None  # id of the footnote being read
        self.label = 0  # > 0 inside the label <sup class="para">
        self.para = None
        self.plain = 0
        self.paras = {}  # footnote id -> paragraphs

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        a = dict(attrs)
        cls = set((a.get("class") or "").split())
        opens = tag == "div" and "footnote" in cls and a.get("id")
        is_label = tag == "sup" and "para" in cls
        self.stack.append((tag, a["id"] if opens else None, is_label))
        if opens:
            self.note = a["id"]
            self.paras[self.note] = []
        if is_label:
            self.label += 1
        if tag == "p" and self.note:
            self.para = ["", ""]
        if tag in ("a", "strong", "code") and self.para is not None:
            self.plain += 1

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        t, opened, is_label = self.stack.pop()
        assert t == tag, (t, tag, self.getpos())
        if is_label:
            self.label -= 1
        if tag in ("a", "strong", "code") and self.para is not None:
            self.plain -= 1
        if tag == "p" and self.para is not None:
            text = paragraph(*self.para)
            self.para = None
            if text:
                self.paras[self.note].append(text)
        if opened:
            self.note = None

    def handle_data(self, data):
        if self.para is not None and not self.label:
            self.para[0] += data
            if not self.plain:
                self.para[1] += data


def section(page, lang, anchor):
    path = os.path.join(root, f"{page}.en.html") if lang == "en" else os.path.join(root, lang, f"{page}.{lang}.html")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    p = Page(anchor)
    p.feed(text)
    p.close()
    assert p.title and p.paras and p.done, (page, lang, anchor)
    n = Notes()
    n.feed(text)
    n.close()
    paras = list(p.paras)
    for note in p.notes:
        assert n.paras.get(note), (page, lang, note)
        paras += n.paras[note]
    return p.title, paras


if __name__ == "__main__":
    entries = []
    for name, lang, page, anchor in SOURCES:
        title, paras = section(page, lang, anchor)
        with open(os.path.join(out, f"{name}.{lang}.txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")
        entries.append({"id": f"df-{name}", "title": title, "language": lang, "published": PUBLISHED, "file": f"df29/{name}.{lang}.txt"})
    print(json.dumps(entries, ensure_ascii=False, indent=1))
