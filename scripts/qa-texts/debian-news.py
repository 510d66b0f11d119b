#!/usr/bin/env python3
"""Builds the thirty-first QA set's collection (dn31) from Debian's own news
items (press releases on www.debian.org/News/), 52 of them dated 2012-02-09
to 2018-03-10, from the WML source of the Debian website (the webwml
repository; the stored snapshot is the GitHub mirror l/debian-webwml, commit
80cd9461d384c50e61f7c585e566ce9d00c113fc of 2018-05-30). Only items of
25 January 2012 or later are taken: the website's licence page
(english/license.wml) puts the material since that day under the MIT (Expat)
licence or, at one's option, the GNU GPL version 2 or later (the README quotes
it). It is a mixed collection and no item is taken in both languages.

Which language: the items are taken in date order; an item without a German
translation (german/News/YYYY/<same name>.wml absent) is taken in English;
every other item goes to the language with fewer items so far, German on a
tie. The rule uses only the list below and the presence of the German file.

Rendering, as a reader of the web page sees the text: the headline (the
<define-tag pagetitle>) is the first paragraph; then each <p> and each list
item <li> outside tables is a paragraph of its own, in document order
(paragraph text outside any <p> between block elements is a paragraph, too).
A backslash at the end of a line joins it to the next (WML's line
continuation). Tags are dropped and their text kept (<a> gives its link text,
<url "X"> and <url X> give X); <q>...</q> becomes „...“ in German and “...” in English; the page's simple
define-tags (<release>, <codename>, <revision> ...) are replaced by their
values and <downcase X> by X in lower case; entities are resolved; runs of
white space become one space. Left out: WML/Perl lines beginning with "#",
<: ... :> Perl blocks, all tables (the point releases' lists of fixed
packages, security advisories and removed packages), headings, <pre> blocks,
centred link blocks (<div class="center">), the boilerplate sections "About
Debian" / "Über Debian", "Contact Information" / "Kontaktinformationen" and
"URLs" (from their <h2> to the next <h2> or the end), and paragraphs without a
letter or consisting only of a URL.

    git --git-dir=<mirror> archive HEAD webwml/english/News webwml/german/News | tar -x -C /tmp/ww
    scripts/qa-texts/debian-news.py /tmp/ww/webwml \\
        retrieval/eval/testdata/qa/texts/dn31

(The second argument may be left out; it defaults to
retrieval/eval/testdata/qa/texts/dn31 in this repository.) It writes one
file per item, named by the item's file name and the language
(20170617.en.txt), and prints the sources' entries for collections.json."""
import html, json, os, re, sys

# The rendering (render, clean) is also used by debian-news-de.py (collection
# dg33), which imports this file; the build runs only when it is run as a script.
root = None

# News items (file names without .wml), in date order.
ITEMS = """
20120209 20120218 20120301 20120310 20120330 20120412 20120415 20120512
20120716 20120816 20120929 20130320 20130321 20130404 20130504 20130523
20130615 20130809 20131214 20140424 20140426 20140616 20140719 20140831
20141014 20141020 20150108 20150204 20150206 20150424 20150426 20150606
20150805 20150817 2015090502 20160105 20160212 20160402 20160425 20160513
2016060402 20160709 20160927 20161003 20170417 20170425 20170617 20170722
20170812 20171209 2017120902 20180310
""".split()

DROP_SECTIONS = {"about debian", "über debian", "contact information", "kontaktinformationen", "urls"}
QUOTES = {"de": ("\u201e", "\u201c"), "en": ("\u201c", "\u201d")}
BLOCK = re.compile(r"</?(p|li|ul|ol|div|h[1-6]|table|pre|br|dl|dt|dd|blockquote)\b[^>]*>", re.I)


def path(lang, item):
    return os.path.join(root, "english" if lang == "en" else "german", "News", item[:4], item + ".wml")


def clean(s):
    s = html.unescape(s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def render(src, lang):
    # WML line continuation: a backslash at the end of a line joins the next one
    src = re.sub(r"\\\n[ \t]*", "", src)
    # drop lines that are WML/Perl comments or directives
    src = "\n".join(l for l in src.split("\n") if not l.lstrip().startswith("#"))
    # define-tags: take values; macros with %0 etc. are only used in tables
    tags = {}
    for m in re.finditer(r"<define-tag\s+([\w-]+)[^>]*>(.*?)</define-tag>", src, re.S):
        tags[m.group(1).lower()] = m.group(2)
    src = re.sub(r"<define-tag\s+[\w-]+[^>]*>.*?</define-tag>", "", src, flags=re.S)
    src = re.sub(r"<:.*?:>", "", src, flags=re.S)
    simple = {k: v.strip() for k, v in tags.items() if "%" not in v and "<" not in v and k not in ("pagetitle", "release_date")}

    def subst(s):
        for _ in range(3):
            s = re.sub(r"<downcase\s+<([\w-]+)>\s*>", lambda m: simple.get(m.group(1).lower(), m.group(0)).lower(), s)
            s = re.sub(r"<([\w-]+)>", lambda m: simple[m.group(1).lower()] if m.group(1).lower() in simple else m.group(0), s)
        return s

    def inline(s):
        s = subst(s)
        s = re.sub(r"<q>", QUOTES[lang][0], s, flags=re.I)
        s = re.sub(r"</q>", QUOTES[lang][1], s, flags=re.I)
        s = re.sub(r'<url\s+"([^"]*)"\s*>', r"\1", s)
        s = re.sub(r"<url\s+([^\s>\"]+)\s*>", r"\1", s)
        s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
        s = re.sub(r"<[^>]*>", "", s)
        return clean(s)

    title = inline(tags["pagetitle"])
    date = tags["release_date"].strip()
    body = subst(src)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    body = re.sub(r"<table\b.*?</table>", "\n", body, flags=re.S | re.I)
    body = re.sub(r"<pre\b.*?</pre>", "\n", body, flags=re.S | re.I)
    body = re.sub(r'<div\s+class="center"\s*>.*?</div>', "\n", body, flags=re.S | re.I)
    # cut boilerplate sections
    parts = re.split(r"(<h2\b[^>]*>.*?</h2>)", body, flags=re.S | re.I)
    kept = [parts[0]]
    for i in range(1, len(parts), 2):
        head = clean(re.sub(r"<[^>]*>", "", parts[i])).lower()
        if head in DROP_SECTIONS:
            continue
        kept.append("\n<h2></h2>\n" + parts[i + 1])
    body = "".join(kept)
    body = re.sub(r"<h[1-6]\b[^>]*>.*?</h[1-6]>", "\n<h2></h2>\n", body, flags=re.S | re.I)
    paras = [title]
    for chunk in BLOCK.split(body):
        if chunk is None:
            continue
        if re.fullmatch(r"(p|li|ul|ol|div|h[1-6]|table|pre|br|dl|dt|dd|blockquote)", chunk, re.I):
            continue
        t = inline(chunk)
        if not re.search(r"[^\W\d_]", t):
            continue
        if re.fullmatch(r"(https?|ftp)://\S+", t):
            continue
        paras.append(t)
    return title, date, paras


def main():
    global root
    root = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "retrieval", "eval", "testdata", "qa", "texts", "dn31")
    out = os.path.normpath(out)
    os.makedirs(out, exist_ok=True)
    entries = []
    counts = {"de": 0, "en": 0}
    for item in ITEMS:
        if os.path.exists(path("de", item)) and counts["de"] <= counts["en"]:
            lang = "de"
        else:
            lang = "en"
        counts[lang] += 1
        with open(path(lang, item), encoding="utf-8") as f:
            title, date, paras = render(f.read(), lang)
        name = "%s.%s.txt" % (item, lang)
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")
        entries.append({"id": "dn-" + item, "title": title, "language": lang, "published": date, "file": "dn31/" + name})
    print(json.dumps(entries, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
