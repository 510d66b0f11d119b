#!/usr/bin/env python3
"""Builds the thirty-third QA set's collection (dg33): the German news items
of the Debian website (press releases on www.debian.org/News/) that the
thirty-first set's collection (dn31) did not use in any language, from the
WML source of the Debian website (the webwml repository; the stored snapshot
is the GitHub mirror l/debian-webwml, commit
80cd9461d384c50e61f7c585e566ce9d00c113fc of 2018-05-30).

Which items: every German item webwml/german/News/YYYY/NAME.wml dated after
25 January 2012 (from that day the website's licence page,
english/license.wml, puts new material under the MIT (Expat) licence or, at
one's option, the GNU GPL version 2 or later; the script asserts each item's
release_date is after it) whose NAME is not among dn31's items (ITEMS of
debian-news.py, whichever language dn31 took them in): 32 items, 2012-01-28
to 2017-10-07 (the one other German item not in dn31, 20120120, is dated
before that day and is not taken). SKIP would list items left out as a stub
or not news, with the reason; it is empty. All items are taken in German;
one source per item.

Rendering: exactly that of debian-news.py (the collection dn31), which this
script imports (render); see its docstring. Files are named NAME.de.txt, one
paragraph per line with a blank line between paragraphs; the title is the
rendered headline (pagetitle), published is the item's release_date.

    git --git-dir=<mirror> archive HEAD webwml/german/News | tar -x -C /tmp/ww
    scripts/qa-texts/debian-news-de.py /tmp/ww/webwml \\
        retrieval/eval/testdata/qa/texts/dg33

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/dg33 in this repository.) It prints the
collections.json entry of dg33."""
import importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("debian_news", os.path.join(HERE, "debian-news.py"))
dn = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dn)

LICENCE_DAY = "2012-01-25"

# Items left out as a mere stub or not news, with the reason (see the
# README, thirty-third set). None of the 32 turned out to be one.
SKIP = {}

DESCRIPTION = ("Thirty-third set: Debian's German news items (press releases of www.debian.org/News/) "
    "not used by dn31 in any language, %d of them dated %s to %s, from the WML source of the Debian website "
    "(GitHub mirror l/debian-webwml, commit 80cd9461d384c50e61f7c585e566ce9d00c113fc of 2018-05-30; material since "
    "25 January 2012 under the MIT (Expat) licence or GPL-2+, attribution in texts/dg33/COPYRIGHT), one source per item, "
    "all German, each with its own date: point releases of Debian 6.0 (6.0.4, 6.0.7, 6.0.8, 6.0.9), 7 (7.2, 7.4, 7.6, 7.7, 7.8), "
    "8 (8.2, 8.8, 8.9) and 9 (9.2), the Debian Edu / Skolelinux releases Squeeze, Wheezy, Jessie and Stretch, "
    "the Wheezy installer beta 1 and RC1, the Wheezy artwork contest, bug squashing parties of 2012, DebConf12 "
    "(donations, Debian Day, video), the patent policy, OpenStack and XCP in Wheezy, the diversity statement, the 19th "
    "birthday, the trademark policy, FSF and h-node, and Imagination's MIPS donation.")
TEXT = ("Built by scripts/qa-texts/debian-news-de.py from webwml/german/News/YYYY/*.wml (git archive of the mirror): "
    "every German item dated after 25 January 2012 whose file name is not among dn31's items, all in German; "
    "rendered by importing scripts/qa-texts/debian-news.py (the dn31 rendering, unchanged): the headline (pagetitle) is the "
    "first paragraph, then each <p> and <li> outside tables in document order; WML define-tags substituted, <q> rendered as "
    "\u201e\u2026\u201c, <a> as its text, <url X> as X, entities resolved, white space runs made one space; left out: #-lines, "
    "Perl blocks, all tables, headings, <pre>, centred link blocks, the sections '\u00dcber Debian', 'Kontaktinformationen' "
    "and 'URLs', paragraphs without a letter or only a URL. Title = the rendered pagetitle; published = the item's "
    "<define-tag release_date> (YYYY-MM-DD).")


def main():
    root = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "..", "retrieval", "eval", "testdata", "qa", "texts", "dg33")
    out = os.path.normpath(out)
    os.makedirs(out, exist_ok=True)
    used = set(dn.ITEMS)
    names = []
    base = os.path.join(root, "german", "News")
    for year in sorted(os.listdir(base)):
        if not re.fullmatch(r"\d{4}", year) or int(year) < 2012:
            continue
        for fn in sorted(os.listdir(os.path.join(base, year))):
            m = re.fullmatch(r"(\d{8}(?:\d\d)?)\.wml", fn)
            if m and m.group(1) not in used:
                names.append(m.group(1))
    sources = []
    for name in names:
        with open(os.path.join(base, name[:4], name + ".wml"), encoding="utf-8") as f:
            title, date, paras = dn.render(f.read(), "de")
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", date), (name, date)
        if date <= LICENCE_DAY:
            continue  # before the licence day: not taken
        if name in SKIP:
            continue
        assert date > LICENCE_DAY
        fname = name + ".de.txt"
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")
        sources.append({"id": "dg-" + name, "title": title, "language": "de", "published": date, "file": "dg33/" + fname})
    sources.sort(key=lambda s: (s["published"], s["id"]))
    entry = {"description": DESCRIPTION % (len(sources), sources[0]["published"], sources[-1]["published"]),
             "build": "texts", "text": TEXT, "sources": sources}
    print(json.dumps({"dg33": entry}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
