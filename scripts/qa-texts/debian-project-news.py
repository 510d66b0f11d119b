#!/usr/bin/env python3
"""Builds the thirty-second QA set's collection (dp32) from issues of the
Debian Project News (DPN), the project's newsletter on
www.debian.org/News/weekly/, in the WML source of the Debian website (the
webwml repository; the stored snapshot is the GitHub mirror l/debian-webwml,
commit 80cd9461d384c50e61f7c585e566ce9d00c113fc of 2018-05-30). Only issues
whose PUBDATE is after 25 January 2012 are taken: the website's licence page
(english/license.wml) puts the material since that day under the MIT (Expat)
licence or, at one's option, the GNU GPL version 2 or later (the README
quotes it). The first issue after that day is 2012/03 (2012-02-06).

Which issues, by the list ISSUES below (one source per issue, no issue in
both languages; a mixed collection):
- German: the five issues of 2014 with a German translation,
  german/News/weekly/2014/03 to 07 (the only German DPN issues after 2012 in
  the snapshot); they are taken in German, not in English.
- English: 21 issues spread over 2012-2018, chosen by hand from the
  headings of all English issues of 2012/03-2018/01 for facts that can be
  asked about (elections of the project leader, point and stable releases,
  freezes, DebConf places and dates, delegations, votes, counts of
  developers, packages and bugs, ports and services), at least two of each
  year and the newest issue: 2012: 06, 08, 10, 13, 17 (DPL candidates and
  the elected DPL 2012, 5.0.10 and 6.0.5, DebConf12, a diversity GR, the
  DebConf11 financial report, the Wheezy freeze countdown, 64-bit PC as
  the primary architecture); 2013: 03, 08, 09, 10, 14 (DebConf13 venue and
  dates, the DPL election 2013, the Wheezy release date and the release,
  architectures of Jessie, the trademark team); 2014: 08, 12, 13 (code of
  conduct vote, DebConf14, SPARC removed, developers per country, Debian
  Day, the Jessie freeze, DebConf15 dates); 2015: 02, 04, 07 (DPL election
  2015, Jessie released, DebConf15); 2016: 02, 04; 2017: 02, 04 (the
  newsletter's monthly-style issues: DPL elections 2016 and 2017, DebConf16
  and 17, Stretch's freeze and release); 2018: 01 (the newest issue). The
  English originals of 2014/03-07 are not taken.

Rendering, as a reader of the web page sees the text: one paragraph per
<p>, <li> and heading, in document order (paragraph text outside any block
element between block elements is a paragraph, too). Headings: each
<toc-add-entry name="...">Heading</toc-add-entry> is written as a paragraph
of its own (the readers see them as section titles; they are short). A
backslash at the end of a line joins it to the next (WML's line
continuation). Tags are dropped and their text kept (<a> gives its link
text, <acronym> its text); <q>...</q> becomes „...“ in German and “...” in
English; entities are resolved (&#35; is "#"); runs of white space become
one space. Left out:
- WML/Perl lines beginning with "#" (the #use header and footer lines,
  comments), <: ... :> Perl blocks, <!-- comments -->, <pre> blocks;
- <toc-display/> and the intro sentence that the site template writes for
  <intro issue="..."/> ("Welcome to this year's ... issue of DPN ..."),
  which is not in the source: it is left out, not rendered;
- every other template macro of the DPN (their text is written by the site
  template, not in the source): <rcstats>, <rcstatslink>, <wnpp>,
  <continue-dpn>, <dsa-...>, <bpo-...>, <stable-announce-...>, <nnwp-...>,
  <events-...>, <newcontributors...>, <other-devel-news-intro>;
- whole sections (from their toc-add-entry to the next), as long
  machine-like lists or boilerplate: "Important Debian Security
  Advisories" (dsa), "New and noteworthy packages" (nnwp), "Work-needing
  packages" (wnpp), "New Debian Contributors" (newcontributors, lists of
  names; their counts are written by a macro and so left out, too),
  "Release-Critical bugs statistics" (rcstats, a macro), "Quick Links from
  Debian Social Media" (quicklinks, lists of links) and "Want to continue
  reading DPN?" (continuedpn, contact boilerplate); the sections are
  recognised by the name attribute, which is the same in English and
  German; in the issues of 2016-2018, whose sections have sub-headings
  written as <p><b>...</b></p>, the sub-section "New and noteworthy
  packages" (to the next such sub-heading or the section's end) is left
  out for the same reason;
- paragraphs without a letter.

    git --git-dir=<mirror> archive HEAD webwml/english/News/weekly webwml/german/News/weekly | tar -x -C /tmp/ww
    scripts/qa-texts/debian-project-news.py /tmp/ww/webwml \\
        retrieval/eval/testdata/qa/texts/dp32

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/dp32 in this repository.) It writes one
file per issue, named YYYY-NN.LANG.txt (2014-03.de.txt, 2018-01.en.txt), and
prints the sources' entries for collections.json (title "Debian Project News
YYYY/NN" or "Debian-Projektneuigkeiten YYYY/NN", as the issues have no
headline of their own; published = the issue's PUBDATE)."""
import html, json, os, re, sys

# (issue, language), in date order.
ISSUES = [
    ("2012/06", "en"), ("2012/08", "en"), ("2012/10", "en"), ("2012/13", "en"), ("2012/17", "en"),
    ("2013/03", "en"), ("2013/08", "en"), ("2013/09", "en"), ("2013/10", "en"), ("2013/14", "en"),
    ("2014/03", "de"), ("2014/04", "de"), ("2014/05", "de"), ("2014/06", "de"), ("2014/07", "de"),
    ("2014/08", "en"), ("2014/12", "en"), ("2014/13", "en"),
    ("2015/02", "en"), ("2015/04", "en"), ("2015/07", "en"),
    ("2016/02", "en"), ("2016/04", "en"),
    ("2017/02", "en"), ("2017/04", "en"),
    ("2018/01", "en"),
]
LICENCE_DAY = "2012-01-25"

DROP_SECTIONS = {"dsa", "nnwp", "wnpp", "newcontributors", "rcstats", "quicklinks", "continuedpn"}
MACROS = r"(?:intro|toc-display|rcstats|rcstatslink|wnpp|continue-dpn|dsa-[\w-]+|bpo-[\w-]+|stable-announce-[\w-]+|nnwp-[\w-]+|events-[\w-]+|newcontributors(?:-[\w-]+)?|other-devel-news-intro)"
QUOTES = {"de": ("\u201e", "\u201c"), "en": ("\u201c", "\u201d")}
BLOCKS = "p|li|ul|ol|div|h[1-6]|table|pre|br|dl|dt|dd|blockquote|heading"
BLOCK = re.compile(r"</?(?:%s)\b[^>]*>" % BLOCKS, re.I)


def path(root, lang, issue):
    return os.path.join(root, "english" if lang == "en" else "german", "News", "weekly", issue, "index.wml")


def clean(s):
    s = html.unescape(s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def render(src, lang):
    date = re.search(r'PUBDATE="(\d{4}-\d\d-\d\d)"', src.split("\n", 1)[0]).group(1)
    src = re.sub(r"\\\n[ \t]*", "", src)
    src = "\n".join(l for l in src.split("\n") if not l.lstrip().startswith("#"))
    src = re.sub(r"<!--.*?-->", "", src, flags=re.S)
    src = re.sub(r"<:.*?:>", "", src, flags=re.S)
    src = re.sub(r"<pre\b.*?</pre>", "\n", src, flags=re.S | re.I)
    # macros with an end tag, then the rest (self-closing or opening/closing)
    src = re.sub(r"<(%s)\b[^>]*[^/]>.*?</\1>" % MACROS, "\n", src, flags=re.S)
    src = re.sub(r"</?%s\b[^>]*>" % MACROS, "\n", src, flags=re.S)
    # sections
    parts = re.split(r"(<toc-add-entry\b[^>]*>.*?</toc-add-entry>)", src, flags=re.S)
    kept = [parts[0]]
    for i in range(1, len(parts), 2):
        m = re.match(r'<toc-add-entry\s+name="([^"]*)"[^>]*>(.*?)</toc-add-entry>', parts[i], re.S)
        if m.group(1) in DROP_SECTIONS:
            continue
        sect = re.sub(r"<p>\s*<b>\s*New and noteworthy packages\s*</b>\s*</p>.*?(?=<p>\s*<b>|\Z)", "\n", parts[i + 1], flags=re.S | re.I)
        kept.append("\n<heading>" + m.group(2) + "</heading>\n" + sect)
    body = "".join(kept)
    paras = []
    for chunk in BLOCK.split(body):
        t = re.sub(r"<q>", QUOTES[lang][0], chunk, flags=re.I)
        t = re.sub(r"</q>", QUOTES[lang][1], t, flags=re.I)
        t = re.sub(r"<[^>]*>", "", t)
        t = clean(t)
        if not re.search(r"[^\W\d_]", t):
            continue
        paras.append(t)
    return date, paras


def main():
    root = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "retrieval", "eval", "testdata", "qa", "texts", "dp32")
    out = os.path.normpath(out)
    os.makedirs(out, exist_ok=True)
    entries = []
    for issue, lang in ISSUES:
        with open(path(root, lang, issue), encoding="utf-8") as f:
            date, paras = render(f.read(), lang)
        assert date > LICENCE_DAY, (issue, date)
        name = "%s.%s.txt" % (issue.replace("/", "-"), lang)
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")
        entries.append({"id": "dp-" + issue.replace("/", "-"), "title": ("Debian-Projektneuigkeiten" if lang == "de" else "Debian Project News") + " " + issue, "language": lang, "published": date, "file": "dp32/" + name})
    print(json.dumps(entries, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
