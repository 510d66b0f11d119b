#!/usr/bin/env python3
"""Builds the thirty-fifth QA set's collection (dp35): further English issues
of the Debian Project News (DPN), the project's newsletter on
www.debian.org/News/weekly/, from the WML source of the Debian website (the
webwml repository; the stored snapshot is the GitHub mirror l/debian-webwml,
commit 80cd9461d384c50e61f7c585e566ce9d00c113fc of 2018-05-30), files
webwml/english/News/weekly/YYYY/NN/index.wml. It is a sibling of dp32
(scripts/qa-texts/debian-project-news.py) and renders the issues exactly as
that script does (it imports its render); no issue is in
both collections.

Which issues, by a fixed rule written down before any issue's text was read
(only the file list, the PUBDATEs and sizes were looked at):
1. candidates: every English issue of the years 2012-2018 in the snapshot
   (directories YYYY/NN with an index.wml) whose PUBDATE is after 25 January
   2012 (from that day the website's licence page, english/license.wml, puts
   new material under the MIT (Expat) licence or, at one's option, the GNU
   GPL version 2 or later; this drops 2012/01 and 2012/02), that is not one
   of the 26 issues of dp32 (DP32 below, read from its ISSUES list; this
   takes out 2014/03-07 as well, whose German translations are in dp32);
   53 candidates: 18 of 2012, 16 of 2013, 9 of 2014, 6 of 2015, 2 each of
   2016 and 2017, none of 2018 (its only issue, 2018/01, is in dp32);
2. thinning, in date order (PUBDATE): the newest candidate and every third
   one before it (the 1st, 4th, 7th ... newest). This gives 18 issues,
   2012-02-20 to 2017-09-20, every year 2012-2017 (2018 has no candidate):
   2012/04, 09, 14, 18, 21, 24; 2013/02, 06, 12, 16, 19; 2014/01, 10, 15;
   2015/01, 06; 2016/01; 2017/03 (the newest candidate). Every second
   candidate would have given 27 issues (about 135 KB), every third gives
   18 and 93,205 bytes, a little under the 100-180 KB aimed at; the fewer
   issues were preferred.

Rendering (debian-project-news.py's render, imported), as a reader of the web page sees the
text: one paragraph per <p>, <li> and heading, in document order
(paragraph text outside any block element between block elements is a
paragraph, too). Headings: each <toc-add-entry name="...">Heading
</toc-add-entry> is written as a paragraph of its own. A backslash at the
end of a line joins it to the next (WML's line continuation). Tags are
dropped and their text kept (<a> gives its link text, <acronym> its text);
<q>...</q> becomes “...”; entities are resolved (&#35; is "#"); runs of
white space become one space. Left out:
- WML/Perl lines beginning with "#" (the #use header and footer lines,
  comments), <: ... :> Perl blocks, <!-- comments -->, <pre> blocks;
- <toc-display/> and the intro sentence that the site template writes for
  <intro issue="..."/>, which is not in the source;
- every other template macro of the DPN (their text is written by the site
  template, not in the source): <rcstats>, <rcstatslink>, <wnpp>,
  <continue-dpn>, <dsa-...>, <bpo-...>, <stable-announce-...>, <nnwp-...>,
  <events-...>, <newcontributors...>, <other-devel-news-intro>;
- whole sections (from their toc-add-entry to the next), recognised by the
  name attribute: "Important Debian Security Advisories" (dsa), "New and
  noteworthy packages" (nnwp), "Work-needing packages" (wnpp), "New Debian
  Contributors" (newcontributors), "Release-Critical bugs statistics"
  (rcstats), "Quick Links from Debian Social Media" (quicklinks) and "Want
  to continue reading DPN?" (continuedpn); in the issues of 2016-2018, the
  sub-section "New and noteworthy packages" (<p><b>...</b></p> sub-heading
  to the next such sub-heading or the section's end);
- paragraphs without a letter.

    git --git-dir=<mirror> archive HEAD webwml/english/News/weekly | tar -x -C /tmp/ww
    scripts/qa-texts/debian-project-news-2.py /tmp/ww/webwml \\
        retrieval/eval/testdata/qa/texts/dp35

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/dp35 in this repository.) It writes one
file per issue, named YYYY-NN.en.txt, and prints the dp35 entry of
collections.json (title "Debian Project News YYYY/NN", as the issues have
no headline of their own; published = the issue's PUBDATE)."""
import importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("debian_project_news", os.path.join(HERE, "debian-project-news.py"))
dpn = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dpn)

root = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "retrieval", "eval", "testdata", "qa", "texts", "dp35")
out = os.path.normpath(out)
os.makedirs(out, exist_ok=True)

LICENCE_DAY = "2012-01-25"
YEARS = range(2012, 2019)
STEP = 3
# The issues of dp32 (debian-project-news.py's ISSUES), English or German;
# 2014/03-07 are there in German.
DP32 = {issue for issue, _ in dpn.ISSUES}
NOT_TAKEN = {"2014/03", "2014/04", "2014/05", "2014/06", "2014/07"}

DESCRIPTION = ("Thirty-fifth set: %d further English issues of the Debian Project News (DPN, the project's newsletter on "
    "www.debian.org/News/weekly/), dated %s to %s, from the WML source of the Debian website (GitHub mirror "
    "l/debian-webwml, commit 80cd9461d384c50e61f7c585e566ce9d00c113fc of 2018-05-30; material since 25 January 2012 "
    "under the MIT (Expat) licence or GPL-2+, attribution in texts/dp35/COPYRIGHT), one source per issue, all English, "
    "none of them in dp32, chosen by a fixed rule that does not look at the text: of the %d English issues of 2012-2018 "
    "dated after 2012-01-25 that are not in dp32 (nor 2014/03-07, whose German translations are there), the newest and "
    "every third one before it in date order (%s).")
TEXT = ("Built by scripts/qa-texts/debian-project-news-2.py from webwml/english/News/weekly/YYYY/NN/index.wml (git "
    "archive of the mirror), issues by the fixed rule in the script, rendered exactly as dp32 (debian-project-news.py): "
    "one paragraph per <p>, <li> and section heading (<toc-add-entry>) in document order; <q> rendered as “…”, <a> as "
    "its text, other tags dropped, entities resolved, white space runs made one space; left out: #-lines, Perl blocks, "
    "comments, <pre>, <toc-display/>, the intro sentence of <intro issue=…/> and every other DPN template macro "
    "(rcstats, wnpp, continue-dpn, dsa-*, nnwp-*, events-*, newcontributors*), the sections 'Important Debian Security "
    "Advisories', 'New and noteworthy packages', 'Work-needing packages', 'New Debian Contributors', 'Release-Critical "
    "bugs statistics', 'Quick Links from Debian Social Media' and 'Want to continue reading DPN?' (by their name "
    "attribute), the sub-section 'New and noteworthy packages' of the 2016-2018 issues, paragraphs without a letter. "
    "Title = 'Debian Project News YYYY/NN'; published = the issue's PUBDATE (YYYY-MM-DD) in its first line.")

def pubdate(src):
    return re.search(r'PUBDATE="(\d{4}-\d\d-\d\d)"', src.split("\n", 1)[0]).group(1)


def path(lang, issue):
    return dpn.path(root, lang, issue)


# Candidates: (PUBDATE, issue), from the file list and the dates only.
candidates = []
for year in YEARS:
    ydir = os.path.join(root, "english", "News", "weekly", str(year))
    for n in sorted(os.listdir(ydir)):
        issue = "%d/%s" % (year, n)
        if not re.fullmatch(r"\d\d", n) or not os.path.isfile(path("en", issue)):
            continue
        if issue in DP32 or issue in NOT_TAKEN:
            continue
        with open(path("en", issue), encoding="utf-8") as f:
            date = pubdate(f.read())
        if date <= LICENCE_DAY:
            continue
        candidates.append((date, issue))
candidates.sort()
assert len(candidates) == 53, len(candidates)
chosen = [c for i, c in enumerate(candidates) if (len(candidates) - 1 - i) % STEP == 0]
assert len(chosen) == 18 and chosen[-1] == candidates[-1], chosen

sources = []
for date, issue in chosen:
    with open(path("en", issue), encoding="utf-8") as f:
        d, paras = dpn.render(f.read(), "en")
    assert d == date and d > LICENCE_DAY, (issue, d)
    name = "%s.en.txt" % issue.replace("/", "-")
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write("\n\n".join(paras) + "\n")
    sources.append({"id": "dp-" + issue.replace("/", "-"), "title": "Debian Project News " + issue, "language": "en", "published": date, "file": "dp35/" + name})

years = {}
for _, issue in chosen:
    y, n = issue.split("/")
    years.setdefault(y, []).append(n)
listing = "; ".join("%s/%s" % (y, ", ".join(ns)) for y, ns in sorted(years.items()))
entry = {"description": DESCRIPTION % (len(sources), sources[0]["published"], sources[-1]["published"], len(candidates), listing),
         "build": "texts", "text": TEXT, "sources": sources}
print(json.dumps({"dp35": entry}, ensure_ascii=False, indent=2))
