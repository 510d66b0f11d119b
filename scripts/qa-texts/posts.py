"""Reads the Markdown posts of one commit of a bare mirror, each once: the
front matter's lines and the body after it, a front-matter value and the
date; the posts' days by their file names, and a post written as a text.
Shared by the blog builders of the QA sets (letsencrypt-blog.py,
freifunk-darmstadt-blog.py, xmpp-newsletter-de.py, elixir-blog.py,
homebrew-blog.py), the rule on near-duplicate drafts by
prometheus-blog.py and helm-blog.py, the writing of the chosen posts
by linkerd-blog.py and flux-blog.py, and a post's source and COPYRIGHT
line by edulabs-blog.py, opentelemetry-blog.py, publiccode-blog.py and
vitess-blog.py."""

import datetime
import functools
import re

import gitmirror
import mdtext
import qaentry


def by_file_date(cands, value, name):
    """Returns each candidate's day by its file name (a Jekyll post with
    no date in its front matter, read by value(path, key)), and sorts the
    candidates (mtime, path, size) by day, then path. name gives a path's
    file name without its extension."""
    dates = {}
    for _, p, _ in cands:
        assert value(p, "date") == "", p  # the date is the file name's
        dates[p] = qaentry.published(name(p), "")
    cands.sort(key=lambda f: (dates[f[1]], f[1]))
    return dates


def file_day(name, path):
    """The date of a post's file name as YYYY-MM-DD: name is the builder's
    pattern of a post's path, its first three groups the year, month and
    day (uswds-news.py, latzel-blog.py, openrefine-blog.py)."""
    return "%s-%s-%s" % re.fullmatch(name, path).group(1, 2, 3)


def slug(text):
    """A file name's words as a text's stem: lower-cased, runs of other
    characters than a-z and 0-9 as one "-", none at either end."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def spelt_out(text):
    """A lower-case German text with its umlauts and "ß" spelt out ("ä" as
    "ae", "ß" as "ss"), for a file name's stem (klimastreik-landau.py,
    datenschule-blog.py, edulabs-blog.py)."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    return text


assert file_day(r"_posts/(\d{4})-(\d\d)-(\d\d)-([^/]+)\.md", "_posts/2020-09-08-x.md") == "2020-09-08"
assert spelt_out("rückblick müllsammelaktion") == "rueckblick muellsammelaktion"
assert slug("Goodbye netzaffe.de") == "goodbye-netzaffe-de"


def write_post(out, stem, paras, left=("<!--", "{{", "}}", "{%"), lang="en"):
    """Writes a post's paragraphs to OUT/STEM.LANG.txt (stem in lower case,
    "_" as "-"), each separated by a blank line, after checking that no
    markup in left is left; returns the file name and the bytes written."""
    text = "\n\n".join(paras) + "\n"
    assert not any(m in text for m in left), stem
    fname = "%s.%s.txt" % (stem.lower().replace("_", "-"), lang)
    assert re.fullmatch(r"[a-z0-9.-]+", fname), fname
    return fname, qaentry.write_text(out, fname, text)


def write_posts(out, chosen, ids, collection, name, source, render, stem, author, address, repo):
    """Writes each chosen post ((mtime, path, size) in order) as a text of
    collection to OUT: its date by name (a file name's pattern whose first
    three groups are the year, month and day) and its front matter,
    rendered by render(path) and named by stem(path), written after
    checking that no markup is left ("{{", "{%", "<!--", "```", a closing
    tag, a footnote or an image); its author by author(path, front) and
    its address by address(date, front). source(path) gives the front
    matter's lines and the body, which must state no licence of its own.
    Returns the sources for collections.json (ids: qaentry.day_ids of the
    collection's prefix), the COPYRIGHT lines of the posts (repo: the
    address the paths are shown under) and the bytes written. Shared by
    linkerd-blog.py and flux-blog.py."""
    sources, items, total = [], [], 0
    for _, path, _ in chosen:
        front, body = source(path)
        assert not re.search(r"licen[cs]e[ds]? (under|is)|creativecommons\.org|cc-by|all rights reserved", body,
                             re.I), path
        m = re.fullmatch(name, path)
        d = qaentry.published("%s-%s-%s" % m.group(1, 2, 3), mdtext.yaml_value(front, "date"))
        fname, size = write_post(out, stem(path), render(path), left=("{{", "{%", "<!--", "```", "</", "[^", "!["))
        total += size
        title = re.sub(r"\s+", " ", mdtext.yaml_value(front, "title")).strip()
        by = author(path, front)
        assert title and by, path
        sources.append({"id": ids(d), "title": title, "language": "en", "published": d, "file": collection + "/" + fname})
        items.append("- %s (%s): \"%s\"; by %s; %s; source: %s (%s%s);\n"
                     "  changed: rendered to plain text, markup, code, images and embeds left out\n"
                     % (fname, d, title, by, address(d, front), path, repo, path))
    assert len(set(s["file"] for s in sources)) == len(sources)
    assert len(set(s["id"] for s in sources)) == len(sources)
    return sources, items, total


def add_post(sources, items, sid, date, fname, title, by, lang, collection, path, repo, changed):
    """Appends one written post's source for collections.json to sources
    (its id sid, title, language lang, day date and file fname in
    collection) and its COPYRIGHT line to items (its file, day, title,
    author by, source file path shown under the address repo, and what
    changed left out: "markup, code and images")."""
    sources.append({"id": sid, "title": title, "language": lang, "published": date, "file": collection + "/" + fname})
    items.append("- %s (%s): \"%s\"; by %s; source: %s (%s%s);\n"
                 "  changed: rendered to plain text, %s left out\n"
                 % (fname, date, title, by, path, repo, path, changed))


def one_line(s):
    """Returns a front-matter value on one line: white space runs made one
    space, none at the ends."""
    return re.sub(r"\s+", " ", s).strip()


def assert_unique(sources):
    """Asserts that no two sources share a file or an id."""
    assert len(set(s["file"] for s in sources)) == len(sources)
    assert len(set(s["id"] for s in sources)) == len(sources)


class Posts:
    """The posts of commit in mirror. loose reads the front matter as Hugo
    does (mdtext.front_lines); strip_bom drops a leading byte order mark
    before the front matter is read."""

    def __init__(self, mirror, commit, loose=False, strip_bom=True):
        self.mirror, self.commit = mirror, commit
        self.loose, self.strip_bom = loose, strip_bom
        self.source = functools.lru_cache(maxsize=None)(self._source)

    def _source(self, path):
        """The front matter's lines and the body after it."""
        src = gitmirror.git(self.mirror, "show", "%s:%s" % (self.commit, path)).decode("utf-8").replace("\r\n", "\n")
        if self.strip_bom:
            src = src.lstrip("\ufeff")
        return mdtext.front_lines(src, loose=self.loose)

    def value(self, path, key):
        """The front matter's value of key ("" for none)."""
        return mdtext.yaml_value(self.source(path)[0], key)

    def date(self, path):
        """The front matter's date, its first ten characters."""
        return self.value(path, "date")[:10]


def near_duplicates(paths, name, days):
    """Returns the paths that are near-duplicate drafts of a later one:
    the stemmed words of one's NAME equal or begin the other's ("subquery"
    and "subquery-support"), and their dates lie at most days apart; the
    later is kept. name is a pattern whose groups are a path's date
    (YYYY-MM-DD) and NAME. Words are stemmed by a trailing "ies" → "y" and
    a trailing "s" of a word of four letters or more. Shared by
    prometheus-blog.py and helm-blog.py."""
    def words(path):
        out = []
        for w in re.fullmatch(name, path).group(2).lower().split("-"):
            if w.endswith("ies"):
                w = w[:-3] + "y"
            elif w.endswith("s") and len(w) >= 4:
                w = w[:-1]
            out.append(w)
        return out

    def day(path):
        return datetime.date.fromisoformat(re.fullmatch(name, path).group(1)).toordinal()

    paths = sorted(paths)
    dropped = set()
    for i, p in enumerate(paths):
        for q in paths[i + 1:]:
            a, b = words(p), words(q)
            n = min(len(a), len(b))
            if a[:n] == b[:n] and abs(day(q) - day(p)) <= days:
                dropped.add(p)
    return dropped
