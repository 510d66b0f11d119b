"""Plain text from Markdown, as a reader of the rendered page sees it: the
renderer shared by the QA text builders rust-blog.py and go-blog.py (each
still states its own rendering). One paragraph per Markdown paragraph,
list item, heading (ATX or setext; a trailing "{#id}" anchor dropped),
block-quote paragraph, table body row ("Header: cell; Header: cell") and
footnote definition; left out: fenced and indented code blocks, link
reference definitions, horizontal rules and paragraphs without a letter.
Inline: code spans kept without backticks, links as their text, images
and HTML tags dropped, emphasis markers dropped, backslash escapes and
entities resolved, white space runs made one space. Python 3, standard
library only."""

import html
import json, re

DROP_ELEMENTS = ("script", "style", "pre", "noscript", "svg", "iframe")
ESC = "\x00"
CODE = "\x01"


def drop_elements(body):
    """Removes HTML comments and the DROP_ELEMENTS elements with their
    content (an element becomes a line break)."""
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    for t in DROP_ELEMENTS:
        body = re.sub(r"<%s\b[^>]*>.*?</%s\s*>" % (t, t), "\n", body, flags=re.S | re.I)
    return body


def inline(text, refs):
    """Markdown inline markup to plain text. Code spans are taken out first
    (as placeholders) and put back verbatim, without their backticks."""
    codes = []

    def code(m):
        c = m.group(2)
        if c.strip() and c.startswith(" ") and c.endswith(" "):
            c = c[1:-1]
        codes.append((m.group(0), c))
        return "%s%d%s" % (CODE, len(codes) - 1, CODE)
    s = re.sub(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", code, text)
    raw = lambda t: re.sub(CODE + r"(\d+)" + CODE, lambda m: codes[int(m.group(1))][0], t)
    key = lambda t: re.sub(r"\s+", " ", raw(t)).strip().lower()
    s = re.sub(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])", lambda m: ESC + "%d" % ord(m.group(1)) + ESC, s)
    s = re.sub(r"!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\s*\)", "", s)
    s = re.sub(r"!\[[^\]]*\]\[[^\]]*\]", "", s)
    s = re.sub(r"\[\^[^\]]+\]", "", s)
    for _ in range(3):
        s = re.sub(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\s*\)", r"\1", s)
        s = re.sub(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\[[^\]]*\]", r"\1", s)
    s = re.sub(r"\[([^\[\]]+)\](?!\()", lambda m: m.group(1) if key(m.group(1)) in refs else m.group(0), s)
    s = re.sub(r"<((?:https?|ftp|mailto):[^<>\s]+)>", r"\1", s)
    s = re.sub(r"<([^<>\s@]+@[^<>\s@]+\.[A-Za-z]+)>", r"\1", s)
    s = re.sub(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", "", s)
    s = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", s)
    s = re.sub(r"~~(?=\S)(.+?)(?<=\S)~~", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)", r"\1", s)
    s = html.unescape(s)
    s = re.sub(ESC + r"(\d+)" + ESC, lambda m: chr(int(m.group(1))), s)
    return re.sub(CODE + r"(\d+)" + CODE, lambda m: codes[int(m.group(1))][1], s)


def table_rows(rows):
    cells = lambda r: [c.strip() for c in re.split(r"(?<!\\)\|", r.strip().strip("|"))]
    head = [re.sub(r"[*_]", "", h) for h in cells(rows[0])]
    paras = []
    for r in rows[1:]:
        if re.fullmatch(r"\|?(\s*:?-+:?\s*\|?)+", r.strip()):
            continue
        parts = []
        for h, c in zip(head, cells(r)):
            if c:
                parts.append("%s: %s" % (h, c) if h else c)
        paras.append("; ".join(parts))
    return paras


def table_pipes(body):
    """Gives a table written without outer pipes (a header line with "|",
    then a delimiter row) its outer pipes, so that mdtext reads it as a
    table, as Goldmark does."""
    lines, i = body.split("\n"), 0
    while i + 1 < len(lines):
        if ("|" in lines[i] and not lines[i].lstrip().startswith("|")
                and re.fullmatch(r"\s*:?-+:?\s*(\|\s*:?-+:?\s*)+", lines[i + 1])):
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                lines[i] = "| " + lines[i].strip() + " |"
                i += 1
        i += 1
    return "\n".join(lines)


def post_paragraphs(body):
    """The plain-text paragraphs of a blog post's Markdown body, its front
    matter gone: tables without outer pipes read as tables (table_pipes),
    dropped elements gone (drop_elements), then paragraphs."""
    return paragraphs(drop_elements(table_pipes(body)))


def liquid_post_paragraphs(body, path):
    """post_paragraphs of a Jekyll post's body: tabs as four spaces, its
    Liquid tags and outputs ("{% include … %}", "{{ … }}") dropped; a
    footnote or an attribute list ("[^", "{:") left in it stops the
    script, naming path."""
    body = body.replace("\t", "    ")
    body = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "", body, flags=re.S)
    assert "[^" not in body and "{:" not in body, path
    return post_paragraphs(body)


def paragraphs(body):
    """The plain-text paragraphs of a Markdown body whose front matter and
    dropped elements are gone (drop_elements)."""
    refs, lines = set(), []
    for l in body.split("\n"):
        d = re.match(r"^ {0,3}\[([^\]^][^\]]*)\]:\s*\S+", l)
        if d:
            refs.add(re.sub(r"\s+", " ", d.group(1)).strip().lower())
        else:
            lines.append(l)
    paras, cur = [], []
    list_indent = None
    blank_before = True

    def flush():
        if cur:
            paras.append(" ".join(cur))
            cur.clear()
    i = 0
    while i < len(lines):
        l = lines[i]
        if re.match(r"^ {0,3}>", l):
            l = re.sub(r"^ {0,3}(?:> ?)+", "", l)
        if not l.strip():
            flush()
            blank_before = True
            i += 1
            continue
        ind = len(l) - len(l.lstrip(" "))
        s = l.strip()
        f = re.match(r"^\s*(`{3,}|~{3,})", l)
        if f:
            flush()
            fence = f.group(1)
            i += 1
            while i < len(lines) and not re.match(r"^\s*(?:> ?)*\s*%s{%d,}\s*$" % (re.escape(fence[0]), len(fence)), lines[i]):
                i += 1
            i += 1
            blank_before = True
            continue
        base = list_indent if list_indent is not None else 0
        if ind >= base + 4 and blank_before and not cur:
            while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip(" ")) >= base + 4):
                i += 1
            blank_before = True
            continue
        if re.fullmatch(r"([-*_])(\s*\1){2,}", s) and not (cur and s[0] == "-"):
            flush()
            blank_before = True
            i += 1
            continue
        if re.fullmatch(r"=+|-+", s) and cur:
            flush()
            blank_before = True
            i += 1
            continue
        h = re.fullmatch(r"#{1,6}\s+(.*?)(?:\s+#+)?(?:\s*\{#[\w-]+\})?", s)
        if h and ind < 4:
            flush()
            paras.append(h.group(1))
            list_indent = None
            blank_before = True
            i += 1
            continue
        if s.startswith("|") and i + 1 < len(lines) and re.fullmatch(r"\|?(\s*:?-+:?\s*\|)+(\s*:?-+:?\s*)?", lines[i + 1].strip()):
            flush()
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(lines[i])
                i += 1
            paras.extend(table_rows(rows))
            blank_before = True
            continue
        item = re.match(r"^(\s*)([-*+]|\d+[.)])(\s+)(.*)$", l)
        if item and not (cur and not blank_before and list_indent is None and item.group(2)[0].isdigit()):
            flush()
            list_indent = len(item.group(1)) + len(item.group(2)) + len(item.group(3))
            cur.append(item.group(4).strip())
            blank_before = False
            i += 1
            continue
        if list_indent is not None and blank_before and ind < 2:
            list_indent = None
        fn = re.match(r"^\[\^[^\]]+\]:\s*(.*)$", s)
        if fn:
            flush()
            cur.append(fn.group(1))
            blank_before = False
            i += 1
            continue
        if blank_before:
            flush()
        cur.append(s.rstrip("\\").strip())
        blank_before = False
        i += 1
    flush()
    text = []
    for p in paras:
        t = re.sub(r"\s+", " ", inline(p, refs)).strip()
        if re.search(r"[A-Za-z]", t):
            text.append(t)
    return text


def newest_and_every(cands, step):
    """The newest of cands (in date order) and every step-th before it."""
    return [c for i, c in enumerate(cands) if (len(cands) - 1 - i) % step == 0]


def front_matter(src, value=lambda v: v):
    """The front matter's 'key: value' lines (each value stripped and read by
    value, as written by default) and the body after it; the source must
    open with one."""
    m = re.match(r"---\n(.*?)\n---\n", src, re.S)
    assert m, "no front matter"
    front = {}
    for l in m.group(1).split("\n"):
        kv = re.match(r"^([A-Za-z_]+):[ \t]*(.*)$", l)
        if kv:
            front[kv.group(1)] = value(kv.group(2).strip())
    return front, src[m.end():]


def front_lines(src, loose=False):
    """The front matter's lines (between the "---" lines) and the body
    after it; the source must open with one. loose: as Hugo reads a front
    matter, the opening line may have more than three hyphens and the
    closing "---" line trailing blanks (used by
    kubernetes-contributor-blog.py)."""
    rx = r"-{3,}[ \t]*\n(.*?)\n---[ \t]*\n" if loose else r"---\n(.*?)\n---\n"
    m = re.match(rx, src, re.S)
    assert m, "no front matter"
    return m.group(1).split("\n"), src[m.end():]


def yaml_value(lines, key, ignore_case=False):
    """A front-matter key's scalar (lines: the front matter's lines): plain
    or quoted on its line (read by yaml_scalar), or a block scalar (">",
    "|", with "-" or "+") whose indented lines are joined with spaces; ""
    for a missing key. ignore_case: the key in any case, as Hugo reads
    front-matter keys. Used by kubernetes-contributor-blog.py and
    18f-blog.py."""
    for i, l in enumerate(lines):
        m = re.match(r"^%s:[ \t]*(.*?)\s*$" % re.escape(key), l, re.I if ignore_case else 0)
        if not m:
            continue
        v = m.group(1)
        if re.fullmatch(r"[>|][-+]?", v):
            block = []
            for l2 in lines[i + 1:]:
                if l2.strip() and not l2.startswith((" ", "\t")):
                    break
                block.append(l2.strip())
            return " ".join(b for b in block if b)
        return yaml_scalar(v)
    return ""


def yaml_scalar(v):
    """A YAML scalar as a front matter writes it: plain (a trailing
    " # comment" dropped), 'single' (with '' for ') or "double" quoted.
    Shared by codefor-blog.py and okfn-blog.py as front_matter's value."""
    if v.startswith("'") and v.endswith("'") and len(v) > 1:
        return v[1:-1].replace("''", "'")
    if v.startswith('"') and v.endswith('"') and len(v) > 1:
        return json.loads(v)
    return re.sub(r"\s+#.*$", "", v)


# GERMAN and ENGLISH are the function words german counts.
GERMAN = set("der die das und ist nicht mit ein eine wir auf für den dem sich auch".split())
ENGLISH = set("the and of is are this that with which".split())


def german(body):
    """Whether a text is German by its function words (lower-cased runs of
    letters): more than twice as many of GERMAN as of ENGLISH."""
    words = re.findall(r"[a-zäöüß]+", body.lower())
    return sum(w in GERMAN for w in words) > 2 * sum(w in ENGLISH for w in words)


def english(body):
    """Whether a text is English by its function words (lower-cased runs of
    letters): more than twice as many of ENGLISH as of GERMAN, the other
    way round from german (used by kubernetes-contributor-blog.py and
    18f-blog.py)."""
    words = re.findall(r"[a-zäöüß]+", body.lower())
    return sum(w in ENGLISH for w in words) > 2 * sum(w in GERMAN for w in words)


def yaml_list(lines, key):
    """The values of a front-matter key (lines: the front matter's lines)
    written as a YAML list, block items or a flow list, each read by
    yaml_scalar; a plain value gives a list of one, a missing key none."""
    for i, l in enumerate(lines):
        m = re.match(r"^%s:[ \t]*(.*?)\s*$" % key, l)
        if not m:
            continue
        v = m.group(1)
        if v.startswith("[") and v.endswith("]"):
            return [yaml_scalar(x.strip()) for x in v[1:-1].split(",") if x.strip()]
        if v:
            return [yaml_scalar(v)]
        vals = []
        for l2 in lines[i + 1:]:
            item = re.match(r"^\s*-\s+(.*?)\s*$", l2)
            if item:
                vals.append(yaml_scalar(item.group(1)))
            elif l2.strip():
                break
        return vals
    return []


def json_front(src):
    """A front matter written as a JSON object, as Hugo reads one (the
    source opens with "{" and the object's closing brace ends it), and the
    body after it (used by datenanfragen-blog.py)."""
    front, end = json.JSONDecoder().raw_decode(src)
    assert isinstance(front, dict), "no JSON front matter"
    return front, src[end:]
