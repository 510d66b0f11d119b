#!/usr/bin/env python3
"""Builds the thirtieth QA set's collection (gh30) from Debian's
gnome-user-docs package, version 43.0-2 (upstream gnome-user-docs 43.0, the
"GNOME Help" of GNOME 43, in English and its German translation; "This work is
licensed under a Creative Commons Attribution-ShareAlike 3.0 Unported
License", legal.xml, see the README), one source per chosen page. It is a
mixed collection and no page is taken in both languages: SOURCES below says
which pages come from the German and which from the English help. They were
chosen for running prose (figures, reasons, names, recommendations,
explanations) rather than click-by-click walk-throughs alone.

The help is written in Mallard (usr/share/help/C/gnome-help/*.page, the
German translation with the same file names in usr/share/help/de/gnome-help/;
both have the same 293 pages). A source is one page: its paragraphs are the
<p> elements of the page body in document order, in running text, sections,
lists, steps, notes, definition lists (<terms>; the term titles are left out,
as headings are) and examples, each <p> a paragraph of its own. Inline
markup is shown as the help browser (yelp) shows it: key sequences joined
with "+" (Ctrl+H), GUI sequences with " ▸ ", and an empty cross-reference
<link xref="page"/> or <link xref="page#section"/> replaced by that page's or
section's title in the same language, as yelp does. Conditional text
(<if:if>, <if:choose>/<if:when>/<if:else>) is resolved for the standard GNOME
session: "platform:gnome-classic", "platform:ubuntu", "target:mobile" and
"action:install" are false, their negations true; in a test, commas separate
alternatives and spaces join conditions. A paragraph's text is its characters
with runs of white space made one space; a paragraph without a letter is
left out. Left out: the <info> block (credits, revision dates, descriptions,
licence include, translators), page, section, term and note titles, tables,
media (images and videos, whose text is only a fallback), screen and code
blocks, editorial <comment>s and <links> lists.

    apt-get download gnome-user-docs
    dpkg-deb -x gnome-user-docs_43.0-2_all.deb x
    scripts/qa-texts/gnome-user-docs.py \\
        x/usr/share/help \\
        retrieval/eval/testdata/qa/texts/gh30

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/gh30 in this repository.) It writes one
file per source, named by the page id and the language
(power-othercountry.de.txt, net-macaddress.en.txt), and prints the sources'
entries for collections.json."""
import json, os, sys
import xml.etree.ElementTree as ET

root = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "retrieval", "eval", "testdata", "qa", "texts", "gh30")
out = os.path.normpath(out)
os.makedirs(out, exist_ok=True)
PUBLISHED = "2022-09"  # gnome-user-docs 43.0: NEWS.gz "43.0 / Updates for GNOME 43" (no date); changelog.Debian.gz: 43.0-1 "New upstream release", Mon, 19 Sep 2022; 43.0-2 (Sat, 15 Apr 2023) only adds missing figures

# (page id, language), grouped by subject.
SOURCES = [
    ("power-othercountry", "de"),  # Will my computer work with a power supply in another country?
    ("power-batteryoptimal", "de"),  # Get the most out of your laptop battery
    ("power-hotcomputer", "de"),  # My computer gets really hot
    ("power-whydim", "de"),  # Why does my screen go dim after a while?
    ("power-suspendfail", "de"),  # Why does my computer not turn back on after I suspended it?
    ("power-batterylife", "en"),
    ("power-batteryestimate", "en"),
    ("power-closelid", "en"),
    ("power-constantfan", "en"),
    ("power-batterywindows", "en"),
    ("power-lowpower", "en"),
    ("backup-frequency", "de"),  # Frequency of backups
    ("backup-where", "de"),  # Where to store your backup
    ("backup-thinkabout", "de"),  # Where can I find the files I want to back up?
    ("backup-what", "en"),
    ("backup-why", "en"),
    ("backup-how", "en"),
    ("net-what-is-ip-address", "de"),  # What is an IP address?
    ("net-wireless-wepwpa", "de"),  # What do WEP and WPA mean?
    ("net-slow", "de"),  # The Internet seems to be slow
    ("net-email-virus", "de"),  # Do I need to scan my emails for viruses?
    ("net-macaddress", "en"),
    ("net-wireless-hidden", "en"),
    ("net-security-tips", "en"),
    ("net-antivirus", "en"),
    ("net-mobile", "en"),
    ("net-wireless-airplane", "en"),
    ("net-wireless-adhoc", "en"),
    ("files-tilde", "de"),  # What is a file with a ~ at the end of its name?
    ("files-lost", "de"),  # Find a lost file
    ("files-disc-write", "de"),  # Write files to a CD or DVD
    ("hardware-cardreader", "de"),  # Media card reader problems
    ("files-hidden", "en"),
    ("color-whatisspace", "de"),  # What is a color space?
    ("color-calibrationtargets", "de"),  # What target types are supported?
    ("color-whyimportant", "en"),
    ("color-canshareprofiles", "en"),
    ("user-goodpassword", "de"),  # Choose a secure password
    ("user-autologin", "de"),  # Log in automatically
    ("user-admin-explain", "en"),
    ("user-delete", "en"),
    ("look-resolution", "de"),  # Change the resolution or orientation of the screen
    ("video-dvd", "de"),  # Why won't DVDs play?
    ("printing-envelopes", "de"),  # Print envelopes
    ("disk-check", "de"),  # Check your hard disk for problems
    ("privacy-purge", "de"),  # Purge trash & temporary files
    ("a11y-slowkeys", "de"),  # Turn on slow keys
    ("display-night-light", "en"),
    ("music-cantplay-drm", "en"),
    ("sound-crackle", "en"),
    ("printing-inklevel", "en"),
    ("session-screenlocks", "en"),
    ("get-involved", "de"),  # Participate to improve this guide
    ("help-mailing-list", "de"),  # Mailing lists
    ("help-irc", "en"),
    ("translate", "en"),
]

M = "{http://projectmallard.org/1.0/}"
IF = "{http://projectmallard.org/if/1.0/}"
SKIP = {M + x for x in ("info", "title", "subtitle", "desc", "comment", "screen", "code", "media", "links", "table", "synopsis")}


def token(t):
    """Truth of one condition for the standard GNOME session."""
    neg = t.startswith("!")
    return neg != (t.lstrip("!") == "platform:gnome")


def test(expr):
    return any(all(token(t) for t in branch.split()) for branch in expr.split(",") if branch.strip())


def norm(s):
    return " ".join(s.split())


def inline(e, links):
    """Text of an inline element as yelp shows it, with its tail."""
    tag = e.tag
    if tag in (M + "media", M + "comment"):
        return e.tail or ""
    if tag in (M + "keyseq", M + "guiseq"):
        parts = [inline_in(c, links).strip() for c in e if c.tag != M + "comment"]
        return ("+" if tag == M + "keyseq" else " ▸ ").join(parts) + (e.tail or "")
    inner = inline_in(e, links)
    if tag == M + "link" and not inner.strip() and len(e) == 0:
        ref = e.get("xref")
        inner = links.get(ref, ref) if ref else e.get("href", "")
    return inner + (e.tail or "")


def inline_in(e, links):
    s = e.text or ""
    for c in e:
        s += inline(c, links)
    return s


def titles(lang):
    """Page and section titles of all pages of a language, for empty links."""
    d = {}
    folder = os.path.join(root, lang, "gnome-help")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".page"):
            page = ET.parse(os.path.join(folder, name)).getroot()
            pid = page.get("id")
            d[pid] = norm(inline_in(page.find(M + "title"), {}))
            for s in page.iter(M + "section"):
                t = s.find(M + "title")
                if s.get("id") and t is not None:
                    d[pid + "#" + s.get("id")] = norm(inline_in(t, {}))
    return d


def blocks(e, paras, links):
    for c in e:
        tag = c.tag
        if not isinstance(tag, str) or tag in SKIP:
            continue
        if tag == IF + "if":
            if test(c.get("test", "")):
                blocks(c, paras, links)
        elif tag == IF + "choose":
            for w in c:
                if w.tag == IF + "when" and test(w.get("test", "")) or w.tag == IF + "else":
                    blocks(w, paras, links)
                    break
        elif tag == M + "p":
            text = norm(inline_in(c, links))
            if any(ch.isalpha() for ch in text):
                paras.append(text)
        elif tag.startswith(M):
            blocks(c, paras, links)


def page(pid, lang, links):
    p = ET.parse(os.path.join(root, "C" if lang == "en" else lang, "gnome-help", pid + ".page")).getroot()
    assert p.get("id") == pid, pid
    paras = []
    blocks(p, paras, links)
    assert paras, pid
    return norm(inline_in(p.find(M + "title"), links)), paras


if __name__ == "__main__":
    assert len({pid for pid, _ in SOURCES}) == len(SOURCES)
    links = {"en": titles("C"), "de": titles("de")}
    entries = []
    for pid, lang in SOURCES:
        title, paras = page(pid, lang, links[lang])
        with open(os.path.join(out, f"{pid}.{lang}.txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")
        entries.append({"id": f"gh-{pid}", "title": title, "language": lang, "published": PUBLISHED, "file": f"gh30/{pid}.{lang}.txt"})
    print(json.dumps(entries, ensure_ascii=False, indent=1))
