#!/usr/bin/env python3
"""Builds the thirty-fourth QA set's collection (ds34): English Debian
Security Advisories (DSAs) of 2012 to 2018, from the WML source of the Debian
website (the webwml repository; the stored snapshot is the GitHub mirror
l/debian-webwml, commit 80cd9461d384c50e61f7c585e566ce9d00c113fc of
2018-05-30), files webwml/english/security/YYYY/dsa-NNNN.wml (the text, in
<define-tag moreinfo>, and the description) and dsa-NNNN.data (pagetitle,
report_date, secrefs, packages).

Which advisories, by a fixed rule that does not look at the text: every
advisory of the years 2012-2018 whose pagetitle names (as its second word,
the source package) one of the ten packages in PACKAGES, whose DSA number
NNNN is odd (a content-blind thinning to about half), and whose report_date
is after 25 January 2012 (from that day the website's licence page,
english/license.wml, puts new material under the MIT (Expat) licence or, at
one's option, the GNU GPL version 2 or later; the script asserts it for each
advisory taken). It gives 56 advisories, 2012-02-06 to 2018-03-29: openssl
13, bind9 9, samba 8, curl 7, apache2 7, nginx 5, exim4 3, git 2, sudo 2;
openssh none (all four of its advisories of these years have even numbers;
it is kept in the list as first written). The list and the parity were chosen
from counts and sizes per package only, not from the texts: even numbers gave
67 advisories, over the 60 aimed at; odd numbers 56.

Rendering, one paragraph per line with a blank line between paragraphs:
1. the headline: the pagetitle, " -- " and the description
   ("DSA-2896-1 openssl -- security update");
2. a paragraph with the data the web page shows above the text:
   "Date Reported: 07 Apr 2014. Affected Packages: openssl. Security database
   references: CVE-2014-0160, Bug#743883." (secrefs as given, comma-separated;
   the example, DSA-2896, has an even number and is not in the collection);
3. the moreinfo text: each <p> and each <li> in document order (the text of a
   list item before its first nested <p>, usually the CVE id, is joined to
   that <p>); <a> gives its link text, <q>...</q> becomes “...”, other tags
   are dropped, entities resolved, a backslash at a line end joins the lines
   (WML), runs of white space made one space. <pre> blocks (configuration
   examples) are left out, and so are paragraphs without a letter; paragraphs
   that are only a URL are kept.

    git --git-dir=<mirror> archive HEAD webwml/english/security | tar -x -C /tmp/ww
    scripts/qa-texts/debian-security.py /tmp/ww/webwml \\
        retrieval/eval/testdata/qa/texts/ds34

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/ds34 in this repository.) It writes one
file per advisory, dsa-NNNN.en.txt, and prints the collections.json entry of
ds34."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LICENCE_DAY = "2012-01-25"
YEARS = range(2012, 2019)
# Ten commonly used server packages (source package names as in pagetitle).
PACKAGES = ["openssl", "bind9", "curl", "samba", "apache2", "git", "sudo", "openssh", "nginx", "exim4"]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

DESCRIPTION = ("Thirty-fourth set: English Debian Security Advisories (DSAs), %d of them dated %s to %s, from the "
    "WML source of the Debian website (GitHub mirror l/debian-webwml, commit 80cd9461d384c50e61f7c585e566ce9d00c113fc "
    "of 2018-05-30; material since 25 January 2012 under the MIT (Expat) licence or GPL-2+, attribution in "
    "texts/ds34/COPYRIGHT), one source per advisory, all English, each with its own date: every advisory with an odd "
    "DSA number of the packages openssl, bind9, curl, samba, apache2, git, sudo, openssh, nginx and exim4 reported "
    "after 25 January 2012 (none of openssh's four has an odd number), with fixed versions for lenny, squeeze, wheezy, "
    "jessie, stretch, buster and sid.")
TEXT = ("Built by scripts/qa-texts/debian-security.py from webwml/english/security/YYYY/dsa-NNNN.wml and .data "
    "(git archive of the mirror): every advisory of 2012-2018 whose pagetitle's package is one of openssl, bind9, curl, "
    "samba, apache2, git, sudo, openssh, nginx, exim4, whose DSA number is odd and whose report_date is after "
    "2012-01-25; rendered as plain paragraphs: the headline (pagetitle -- description), a paragraph 'Date Reported: "
    "DD Mon YYYY. Affected Packages: ... Security database references: ...' (secrefs), then each <p> and <li> of "
    "moreinfo in document order (a list item's leading CVE id joined to its first <p>), <a> as its text, <q> as "
    "\u201c\u2026\u201d, a backslash at a line end joins the lines, entities resolved, tags dropped, white space runs made one "
    "space; <pre> blocks and paragraphs without a letter left out. Title = "
    "the headline; published = report_date (YYYY-MM-DD).")

BLOCK = re.compile(r"</?(?:p|li|ul|ol|div|h[1-6]|table|pre|br|dl|dt|dd|blockquote)\b[^>]*>", re.I)


def clean(s):
    s = html.unescape(s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def tags(src):
    return {m.group(1).lower(): m.group(2) for m in re.finditer(r"<define-tag\s+([\w-]+)[^>]*>(.*?)</define-tag>", src, re.S)}


def norm_date(s):
    y, m, d = s.strip().split("-")
    return "%04d-%02d-%02d" % (int(y), int(m), int(d))


def inline(s):
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = re.sub(r"<q>", "\u201c", s, flags=re.I)
    s = re.sub(r"</q>", "\u201d", s, flags=re.I)
    s = re.sub(r"<[^>]*>", "", s)
    return clean(s)


def render(data, wml):
    t = tags(data)
    w = tags(wml)
    title = clean(t["pagetitle"]) + " -- " + clean(w["description"])
    date = norm_date(t["report_date"])
    y, m, d = date.split("-")
    refs = ", ".join(clean(t.get("secrefs", "")).split())
    meta = "Date Reported: %s %s %s. Affected Packages: %s." % (d, MONTHS[int(m) - 1], y, clean(t["packages"]))
    if refs:
        meta += " Security database references: %s." % refs
    body = w["moreinfo"]
    # WML line continuation: a backslash at the end of a line joins the next one
    body = re.sub(r"\\\n[ \t]*", "", body)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    body = re.sub(r"<pre\b.*?</pre>", "\n", body, flags=re.S | re.I)
    # a list item's leading text (the CVE id) is joined to its first <p>
    body = re.sub(r"(<li\b[^>]*>)((?:(?!</?(?:p|li|ul|ol|dl|pre)\b).)*?)\s*<p\b[^>]*>", r"\1\2 ", body, flags=re.S | re.I)
    paras = [title, meta]
    for chunk in BLOCK.split(body):
        s = inline(chunk)
        if re.search(r"[^\W\d_]", s):
            paras.append(s)
    return title, date, paras


def main():
    root = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "..", "retrieval", "eval", "testdata", "qa", "texts", "ds34")
    out = os.path.normpath(out)
    os.makedirs(out, exist_ok=True)
    sources = []
    for year in YEARS:
        base = os.path.join(root, "english", "security", str(year))
        for fn in sorted(os.listdir(base)):
            m = re.fullmatch(r"dsa-(\d+)\.data", fn)
            if not m or int(m.group(1)) % 2 == 0:
                continue
            with open(os.path.join(base, fn), encoding="utf-8") as f:
                data = f.read()
            words = clean(tags(data).get("pagetitle", "")).split()
            if len(words) < 2 or words[1] not in PACKAGES:
                continue
            with open(os.path.join(base, "dsa-%s.wml" % m.group(1)), encoding="utf-8") as f:
                wml = f.read()
            title, date, paras = render(data, wml)
            if date <= LICENCE_DAY:
                continue  # before the licence day: not taken
            assert date > LICENCE_DAY and date[:4] == str(year), (fn, date)
            name = "dsa-%s.en.txt" % m.group(1)
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                f.write("\n\n".join(paras) + "\n")
            sources.append({"id": "ds-" + m.group(1), "title": title, "language": "en", "published": date, "file": "ds34/" + name})
    sources.sort(key=lambda s: (s["published"], s["id"]))
    entry = {"description": DESCRIPTION % (len(sources), sources[0]["published"], sources[-1]["published"]),
             "build": "texts", "text": TEXT, "sources": sources}
    print(json.dumps({"ds34": entry}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
