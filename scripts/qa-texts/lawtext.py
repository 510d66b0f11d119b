"""Shared by german-laws.py (bg38) and german-ordinances.py (bv39): reads the
Markdown files of the bare mirror of bundestag/gesetze at a commit (git
ls-tree, cat-file) and renders a law or ordinance as plain paragraphs; the
rendering is described in german-laws.py's docstring."""
import html, json, os, re

from gitmirror import git


HEADING = "\x00"
BULLET = re.compile(r"^(\s*)([-–•*])( +)(\S.*)$")
ITEM = re.compile(r"^(\s*)(\d+[a-z]?\.|[a-zäöü]{1,3}\)|\([0-9a-z]+\))( +)(\S.*)$")


def inline(s):
    s = re.sub(r"\[\^[^\]]+\]", "", s)
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"<br\s*/?>", " ", s, flags=re.I)
    s = re.sub(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", "", s)
    s = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", s)
    s = re.sub(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"\1", s)
    s = re.sub(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])", r"\1", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


def item_text(lines):
    """A block that may begin with a list marker: a number or letter marker
    is kept, a bullet dropped; continuation lines are joined."""
    m = ITEM.match(lines[0])
    if m:
        return m.group(2) + " " + " ".join([m.group(4)] + [l.strip() for l in lines[1:]])
    m = BULLET.match(lines[0])
    if m and len(m.group(2) + m.group(3)) >= 4:
        return " ".join([m.group(4)] + [l.strip() for l in lines[1:]])
    return " ".join(l.strip() for l in lines)


def render(body):
    lines = body.replace("\r\n", "\n").replace("\t", "    ").split("\n")
    blocks, cur = [], []
    for l in lines:
        if l.strip():
            cur.append(l.rstrip())
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    paras = []
    row = None

    def end_row():
        nonlocal row
        if row is not None:
            cells = [c for c in (inline(" ".join(x)) for x in row) if re.search(r"\w", c)]
            if cells:
                paras.append(" | ".join(cells))
            row = None
    for b in blocks:
        if re.match(r"^\*(\s|$)", b[0]):
            end_row()
            row = []
        elif row is not None and not b[0].startswith(" "):
            end_row()
        if row is not None:
            for l in b:
                m = re.match(r"^\s*((?:\*(?:\s+|$))+)(.*)$", l)
                if m:
                    row.append([m.group(2)] if m.group(2).strip() else [])
                elif row:
                    row[-1].append(l.strip())
                else:
                    row.append([l.strip()])
            continue
        i = 0
        while i < len(b):
            l = b[i]
            h = re.match(r"^#{1,6}\s+(.*?)\s*#*$", l)
            if h:
                paras.append(HEADING + inline(h.group(1)))
                i += 1
                continue
            if i + 1 < len(b) and b[i + 1].startswith(":   ") and not l.startswith(" "):
                term = l.strip()
                i += 1
                while i < len(b) and b[i].startswith(":   "):
                    val = [b[i][4:]]
                    i += 1
                    while i < len(b) and b[i].startswith("    "):
                        val.append(b[i])
                        i += 1
                    paras.append(term + ": " + inline(" ".join(val)))
                continue
            f = re.match(r"^\[\^[^\]]+\]:\s*(.*)$", l)
            if f:
                val = [f.group(1)]
                i += 1
                while i < len(b) and b[i].startswith(" "):
                    val.append(b[i])
                    i += 1
                paras.append(inline(" ".join(val)))
                continue
            rest = []
            while i < len(b) and not re.match(r"^#{1,6}\s|^\[\^[^\]]+\]:", b[i]):
                rest.append(b[i])
                i += 1
            paras.append(inline(item_text(rest)))
    end_row()
    return [p[1:] if p.startswith(HEADING) else p for p in paras
            if re.search(r"[^\W\d_]", p) or p.startswith(HEADING) and re.search(r"\w", p)]


def front_matter(src):
    m = re.match(r"---\n(.*?)\n---\n", src, re.S)
    if not m:
        return None, src
    fm = m.group(1)
    get = lambda k: re.sub(r"\s*\n\s*", " ", re.search(r"^%s: (.*(?:\n  .*)*)" % k, fm, re.M).group(1)).strip()
    return {k: get(k) for k in ("Title", "jurabk", "origslug", "slug")}, src[m.end():]


def header(body, term):
    return re.findall(r"^%s\n((?::   .*\n?)+)" % re.escape(term), body, re.M)


def load(mirror, commit):
    """Every X/SLUG/index.md at commit as (files, laws): files the (blob
    size, path) pairs, laws one dict per file with front matter (path,
    size, front, body, ad = Ausfertigungsdatum, sections, dashes = sections
    consisting of nothing but "-")."""
    listing = git(mirror, "ls-tree", "-r", "-l", commit).decode("utf-8").splitlines()
    files = [(int(l.split()[3]), l.split("\t", 1)[1]) for l in listing if l.endswith("/index.md")]
    blobs = git(mirror, "cat-file", "--batch", data="".join("%s:%s\n" % (commit, p) for _, p in files).encode("utf-8"))
    texts, pos = {}, 0
    for size, path in files:
        nl = blobs.index(b"\n", pos)
        assert int(blobs[pos:nl].split()[2]) == size, path
        texts[path] = blobs[nl + 1:nl + 1 + size].decode("utf-8")
        pos = nl + 1 + size + 1
    laws = []
    for size, path in files:
        front, body = front_matter(texts[path])
        if front is None:
            continue
        ad = re.search(r"^Ausfertigungsdatum\n:   (\d{4}-\d\d-\d\d)$", body, re.M)
        sections = re.split(r"\n(?=#{2,6} )", body)[1:]
        dashes = sum(1 for s in sections if re.fullmatch(r"-*", re.sub(r"\s", "", s.split("\n", 1)[1] if "\n" in s else "")))
        laws.append(dict(path=path, size=size, front=front, body=body, ad=ad.group(1), sections=len(sections), dashes=dashes))
    return files, laws


def write_texts(chosen, out, collection, prefix):
    """Writes each chosen law's rendered text to out as SLUG.de.txt and
    returns the collection's source entries (id prefix + slug, title,
    language, published = the Ausfertigungsdatum, file collection/SLUG.de.txt)."""
    sources = []
    for l in chosen:
        slug = l["front"]["slug"]
        paras = render(l["body"])
        assert paras[1] == "Ausfertigungsdatum: " + l["ad"], (slug, paras[:2])
        name = slug + ".de.txt"
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")
        sources.append({"id": prefix + slug, "title": l["front"]["Title"], "language": "de", "published": l["ad"], "file": collection + "/" + name})
    return sources


def select(laws, title_rules, low, high, step):
    """Applies a builder's fixed rule to the laws load returned, from their
    titles, file sizes and headers only: each title rule in turn, a file of
    low to high bytes, at most half of the sections repealed ('-'); then,
    in slug order, the first and every step-th after it. Returns the chosen
    laws and the candidates left after each filter (for the builder's
    assertions and its description)."""
    steps = []
    c = laws
    for rule in title_rules:
        c = [l for l in c if rule(l["front"]["Title"])]
        steps.append(len(c))
    c = [l for l in c if low <= l["size"] <= high]
    steps.append(len(c))
    c = [l for l in c if l["sections"] > 0 and 2 * l["dashes"] <= l["sections"]]
    steps.append(len(c))
    c.sort(key=lambda l: l["front"]["slug"])
    return c[::step], steps


def print_entry(collection, description, text, commit, sources, candidates):
    """Prints the collection's entry of collections.json: its description
    (filled in with the number of sources, the first and last date, the
    commit and the candidates), how it is built and its sources."""
    dates = sorted(s["published"] for s in sources)
    entry = {"description": description % (len(sources), dates[0], dates[-1], commit, candidates),
             "build": "texts", "text": text, "sources": sources}
    print(json.dumps({collection: entry}, ensure_ascii=False, indent=2))


def rendering(script, kind):
    """The "text" entry of a collection of laws built after bg38: how
    script (a file name in scripts/qa-texts) chose kind ("ordinances",
    "acts") and rendered them with this module."""
    return ("Built by scripts/qa-texts/%s from X/SLUG/index.md (git cat-file of the mirror), %s by the fixed rule in the "
        "script, rendered as bg38 (scripts/qa-texts/lawtext.py) as plain text, one paragraph per line with a blank line "
        "between: the title heading (with the abbreviation) first; the header's definitions as 'Term: value' paragraphs "
        "('Ausfertigungsdatum: YYYY-MM-DD', 'Fundstelle: ...', 'Zuletzt geändert durch: ...'); every heading ('§ 3 "
        "Gebühren', 'Eingangsformel') a paragraph of its own; hard-wrapped lines joined with one space; list items as "
        "paragraphs, number and letter markers kept, bullets dropped; tables (nested '*' lists) one paragraph per row, "
        "cells joined with ' | '; footnote references dropped, footnote definitions as paragraphs where they stand; "
        "images dropped, links as their text, HTML tags dropped, emphasis markers dropped, escapes and entities "
        "resolved, white space runs made one space; paragraphs without a letter ('-') left out; no front matter. Title = "
        "the front-matter title; published = the Ausfertigungsdatum." % (script, kind))
