#!/usr/bin/env python3
"""Builds the twenty-seventh QA set's collection (dr27) from Debian's
debian-reference-de and debian-reference-en packages, version 2.100 (GPL-2+;
"Debian Reference" by Osamu Aoki, built 2023-02-04), one source per chosen
section. It is a mixed collection and no section is taken in both languages:
SOURCES below says which of the 54 sections come from the German and which
from the English HTML (27 each). They were chosen for running prose (history,
concepts, reasons, recommendations, figures, names and dates) rather than
command listings, from the preface, chapters 1-12 and appendix A.

The reference is DocBook XSL output, one HTML page per chapter and language
(pr01, ch01 ... ch12, apa). The section anchors (ids such as _the_popcon)
are the same in both languages. Paragraphs are <p> elements in running text,
in list items (<li class="listitem"><p>) and in the Note, Tip, Warning and
Caution boxes, so each list item is a paragraph of its own and a nested
list's items follow their parent item. A paragraph's text is its characters
with runs of white space (including no-break spaces) made one space. Left
out: headings (the section title pages), screen listings (<pre>), tables
(<div class="table">, with their titles), the label cell of a Note/Tip box
("Note", "Tip"), images, footnotes and their markers, link-only paragraphs
and code-only paragraphs (no letter outside links, bold text and code). A
source is a section <div class="section"> found by the anchor id in its
heading, with all its subsections.

    apt-get download debian-reference-de debian-reference-en \\
        debian-reference-common
    for d in debian-reference-*_2.100_all.deb; do dpkg-deb -x $d x; done
    scripts/qa-texts/debian-reference.py x/usr/share/debian-reference \\
        retrieval/eval/testdata/qa/texts/dr27

(The HTML pages are in usr/share/debian-reference; the packages link them
from usr/share/doc/debian-reference-common/docs.) It writes one file per
source, named by a short section id and the language (popcon.en.txt,
archive.de.txt), and prints the sources' entries for
collections.json."""
import html.parser, json, os, re, sys

root, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
PUBLISHED = "2023-02-04"  # "(version 2.100) (2023-02-04 11:59:01 UTC)" on both title pages; 2.100 in changelog.gz: Sat, 04 Feb 2023 20:59:01 +0900

# (short id, language, page, anchor id of the section's heading), in document order.
SOURCES = [
    ("what-is-debian", "de", "pr01", "_what_is_debian"),  # 2 What is Debian
    ("popcon", "en", "pr01", "_the_popcon"),  # 3.4 The popcon
    ("quotes", "de", "pr01", "_some_quotes_for_new_users"),  # 5 Some quotes for new users
    ("virtual-consoles", "en", "ch01", "_virtual_consoles"),  # 1.1.6 Virtual consoles
    ("sudo", "de", "ch01", "_sudo_configuration"),  # 1.1.12 sudo configuration
    ("file-basics", "en", "ch01", "_unix_file_basics"),  # 1.2.1 Unix file basics
    ("timestamps", "en", "ch01", "_timestamps"),  # 1.2.6 Timestamps
    ("procfs", "en", "ch01", "_procfs_and_sysfs"),  # 1.2.12 procfs and sysfs
    ("text-editor", "de", "ch01", "_the_text_editor"),  # 1.4.6 The text editor
    ("precautions", "de", "ch02", "_basic_precautions"),  # 2.1.2 Basic precautions
    ("eternal-upgrades", "en", "ch02", "_life_with_eternal_upgrades"),  # 2.1.3 Life with eternal upgrades
    ("archive", "de", "ch02", "_debian_archive_basics"),  # 2.1.4 Debian archive basics
    ("free-software", "en", "ch02", "_debian_is_100_free_software"),  # 2.1.5 Debian is 100% free software
    ("dependencies", "de", "ch02", "_package_dependencies"),  # 2.1.6 Package dependencies
    ("apt-aptitude", "en", "ch02", "_literal_apt_literal_vs_literal_apt_get_literal_literal_apt_cache_literal_vs_literal_aptitude_literal"),  # 2.2.1 apt vs. apt-get / apt-cache vs. aptitude
    ("upgrade", "de", "ch02", "_system_wide_upgrade"),  # 2.3.5 System wide upgrade
    ("release-file", "en", "ch02", "_top_level_release_file_and_authenticity"),  # 2.5.2 Top level "Release" file and authenticity
    ("pick-packages", "de", "ch02", "_how_to_pick_debian_packages"),  # 2.7.1 How to pick Debian packages
    ("pinning", "en", "ch02", "_tweaking_candidate_version"),  # 2.7.3 Tweaking candidate version
    ("boot", "en", "ch03", "_an_overview_of_the_boot_strap_process"),  # 3.1 An overview of the boot strap process
    ("unix-auth", "de", "ch04", "_normal_unix_authentication"),  # 4.1 Normal Unix authentication
    ("password", "en", "ch04", "_good_password"),  # 4.3 Good password
    ("auth-security", "en", "ch04", "_security_of_authentication"),  # 4.6 Security of authentication
    ("access-controls", "de", "ch04", "_other_access_controls"),  # 4.7 Other access controls
    ("network-basics", "en", "ch05", "_the_basic_network_infrastructure"),  # 5.1 The basic network infrastructure
    ("mtu", "en", "ch05", "_network_optimization"),  # 5.5 Network optimization
    ("email", "de", "ch06", "_email_basics"),  # 6.2.1 Email basics
    ("mail-limits", "en", "ch06", "_modern_mail_service_limitation"),  # 6.2.2 Modern mail service limitation
    ("mail-history", "de", "ch06", "_historic_mail_service_expectation"),  # 6.2.3 Historic mail service expectation
    ("printing", "en", "ch06", "_the_print_server_and_utilities"),  # 6.4 The print server and utilities
    ("gui-protocol", "de", "ch07", "_gui_communication_protocol"),  # 7.2 GUI communication protocol
    ("fonts", "en", "ch07", "_fonts"),  # 7.5 Fonts
    ("sandbox", "de", "ch07", "_sandbox"),  # 7.6 Sandbox
    ("utf8", "en", "ch08", "_rationale_for_utf_8_locale"),  # 8.1.1 Rationale for UTF-8 locale
    ("filename-encoding", "de", "ch08", "_filename_encoding"),  # 8.1.3 Filename encoding
    ("locale-effects", "en", "ch08", "_effects_of_the_locale"),  # 8.1.5 Effects of the locale
    ("sysrq", "en", "ch09", "_alt_sysrq_key"),  # 9.4.15 Alt-SysRq key
    ("sound", "de", "ch09", "_the_sound_infrastructure"),  # 9.5.7 The sound infrastructure
    ("partitions", "de", "ch09", "_disk_partition_configuration"),  # 9.6.2 Disk partition configuration
    ("filesystems", "en", "ch09", "_filesystem_configuration"),  # 9.6.5 Filesystem configuration
    ("encryption", "de", "ch09", "_data_encryption_tips"),  # 9.9 Data encryption tips
    ("firmware", "de", "ch09", "_hardware_drivers_and_firmware"),  # 9.10.5 Hardware drivers and firmware
    ("chroot", "en", "ch09", "_chroot_system"),  # 9.11.4 Chroot system
    ("archive-tools", "de", "ch10", "_archive_and_compression_tools"),  # 10.1.1 Archive and compression tools
    ("archive-media", "en", "ch10", "_archive_media"),  # 10.1.6 Archive media
    ("fat", "de", "ch10", "_filesystem_choice_for_sharing_data"),  # 10.1.8 Filesystem choice for sharing data
    ("backup", "en", "ch10", "_backup_and_recovery"),  # 10.2 Backup and recovery
    ("git", "de", "ch10", "_git"),  # 10.5 Git
    ("tex", "de", "ch11", "_tex_latex"),  # 11.3.2 TeX/LaTeX
    ("graphics", "de", "ch11", "_graphic_data_tools"),  # 11.6 Graphic data tools
    ("interpreted", "en", "ch12", "_scripting_in_interpreted_languages"),  # 12.2 Scripting in interpreted languages
    ("compiled", "de", "ch12", "_coding_in_compiled_languages"),  # 12.3 Coding in compiled languages
    ("maze", "en", "apa", "_the_debian_maze"),  # A.1 The Debian maze
    ("copyright-history", "de", "apa", "_copyright_history"),  # A.2 Copyright history
]

SKIP_TAGS = {"pre", "script", "style", "th"}
SKIP_CLASSES = {"titlepage", "toc", "table", "informaltable", "footnotes", "footnote", "navheader", "navfooter", "mediaobject", "inlinemediaobject", "figure"}
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
        if tag == "a" and a.get("id") == self.want and self.heading is not None and not self.done:
            self.inside = self.sections[-1]

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        a = dict(attrs)
        cls = set((a.get("class") or "").split())
        is_section = tag == "div" and "section" in cls
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
    with open(os.path.join(root, f"{page}.{lang}.html"), encoding="utf-8") as f:
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
        entries.append({"id": f"dr-{name}", "title": title, "language": lang, "published": PUBLISHED, "file": f"dr27/{name}.{lang}.txt"})
    print(json.dumps(entries, ensure_ascii=False, indent=1))
