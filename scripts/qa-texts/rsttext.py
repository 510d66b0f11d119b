"""Plain text from reStructuredText, as a reader of the rendered page sees
the prose: the renderer of the QA text builder python-peps.py (Python 3,
standard library only; a small subset of docutils' rules, enough for the
PEPs it renders, with Sphinx's roles and directives as the PEPs use them).

Blocks, one paragraph each: a paragraph (its lines joined with one space),
a section title (underlined, or over- and underlined), a list item
(bullet, enumerated, field; its first paragraph, later paragraphs and
nested lists of the item as paragraphs of their own; bullets dropped,
enumerators kept, "#." numbered), a definition list's term and each
paragraph of its definition, a block-quote paragraph, a footnote or
citation (its text, the label dropped), a line block (its lines joined
with one space), and the paragraphs of the directives note, warning, tip,
important, attention, caution, danger, hint, admonition, epigraph,
highlights, pull-quote, topic, sidebar, rubric and seealso (without their
options). A list item's lines are taken relative to the column of its
text, so that a definition list inside an item stays one. A paragraph
ending in "::" loses one colon ("Example::" gives "Example:", "Example ::"
and "::" alone give "Example" and nothing), and the indented block after
it, a literal block, is left out.

Left out: literal blocks, doctest blocks (a paragraph starting with
">>>"), the directives code, code-block, sourcecode, literalinclude,
productionlist, image, figure, raw, include, math, csv-table, list-table,
table, contents, toctree, highlight, sectnum, header, footer,
canonical-pypa-spec and canonical-doc (a banner the PEP site generates;
its arguments are references, not prose) with their bodies, comments (".."
and white space, not followed by a directive, target or footnote; a line
such as "...or" is no markup), substitution definitions, hyperlink targets
(".. _name: url", "__ url"), grid tables, simple tables, transitions and
paragraphs without a letter. Any other directive is an error.

Inline: inline literals ``code`` are kept verbatim without the backquotes;
:pep:`8` gives "PEP 8" (:pep:`8#anchor` too), :rfc:`2616` "RFC 2616", a
role with an explicit title (:pep:`title <8>`, :ref:`title <label>`) its
title, any other role its text (a leading "!" and an inventory prefix
"python:" dropped, "~a.b.c" as "c"); hyperlink references `text <url>`_,
`text <name_>`_, `text`_ (also with "__") give their text, `<url>`_ the
URL, name_ the name; footnote and citation references ([1]_, [#]_,
[#name]_, [CIT]_) are dropped with the space before them; inline targets
_`text` give their text; default-role `text` gives its text; the emphasis
markers * and ** are dropped; backslash escapes are resolved ("\\ " is
removed); white space runs become one space."""

import re

ESC = "\x00"
CODE = "\x01"

KEEP_DIRECTIVES = ("note", "warning", "tip", "important", "attention", "caution", "danger", "hint", "admonition",
                   "epigraph", "highlights", "pull-quote", "topic", "sidebar", "rubric", "seealso")
DROP_DIRECTIVES = ("code", "code-block", "sourcecode", "literalinclude", "productionlist", "image", "figure", "raw",
                   "include", "math", "csv-table", "list-table", "table", "contents", "toctree", "highlight",
                   "canonical-doc", "canonical-pypa-spec", "sectnum", "header", "footer")
ADORN = r"""[=\-`:'"~^_*+#.<>]"""
BULLET = re.compile(r"^([-*+\u2022\u2023\u2043])( +|$)(.*)$")
ENUM = re.compile(r"^(\(?)(\d+|#|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+)([.)])( +|$)(.*)$")
FIELD = re.compile(r"^:((?:[^:\\`]|\\.)+):(?: +|$)(.*)$")
DIRECTIVE = re.compile(r"^\.\.\s+([\w:+.-]+?)::(?:\s+(.*)|\s*)$")
FOOTNOTE = re.compile(r"^\.\.\s+\[([^\]]+)\](?:\s+(.*)|\s*)$")
TARGET = re.compile(r"^(?:\.\.\s+_|__(?:\s|$))")
SIMPLE_BORDER = re.compile(r"^=+(?: +=+)+\s*$|^=+\s*$")
GRID = re.compile(r"^\+[-=+]+\+\s*$")


def indent(l):
    return len(l) - len(l.lstrip(" "))


def dedent(lines):
    n = min((indent(l) for l in lines if l.strip()), default=0)
    return [l[n:] for l in lines]


def take_indented(lines, i, min_indent=1):
    """The lines from i on that are blank or indented at least min_indent,
    up to (not including) trailing blank lines; and the index after them."""
    j = i
    while j < len(lines) and (not lines[j].strip() or indent(lines[j]) >= min_indent):
        j += 1
    k = j
    while k > i and not lines[k - 1].strip():
        k -= 1
    return lines[i:k], k


def is_adornment(l):
    s = l.rstrip()
    return len(s) >= 2 and re.fullmatch(r"(%s)\1+" % ADORN, s) is not None


def blocks(lines):
    """The paragraphs (raw inline text) of a block of lines whose indentation
    is relative to 0."""
    out = []
    i = 0
    literal_next = False
    enum_count = {}
    while i < len(lines):
        l = lines[i]
        if not l.strip():
            i += 1
            continue
        if indent(l) > 0:
            body, i = take_indented(lines, i)
            if not literal_next:
                out.extend(blocks(dedent(body)))
            literal_next = False
            continue
        literal_next = False
        s = l.rstrip()
        nxt = lines[i + 1].rstrip() if i + 1 < len(lines) else ""
        # over- and underlined title
        if is_adornment(s) and i + 2 < len(lines) and lines[i + 1].strip() and lines[i + 2].rstrip() == s:
            out.append(lines[i + 1].strip())
            i += 3
            continue
        # underlined title
        if not is_adornment(s) and is_adornment(nxt) and len(nxt) >= len(s.strip()) and not GRID.match(s):
            out.append(s.strip())
            i += 2
            continue
        # transition
        if is_adornment(s) and len(s) >= 4 and not SIMPLE_BORDER.match(s):
            i += 1
            continue
        # grid table
        if GRID.match(s):
            while i < len(lines) and lines[i].strip() and lines[i].lstrip()[:1] in "+|":
                i += 1
            continue
        # simple table: up to the blank line after its last border
        if SIMPLE_BORDER.match(s) and " " in s.strip():
            borders, i = 1, i + 1
            while i < len(lines):
                if SIMPLE_BORDER.match(lines[i].rstrip()) and lines[i].strip():
                    borders += 1
                    if borders >= 2 and (i + 1 >= len(lines) or not lines[i + 1].strip()):
                        i += 1
                        break
                i += 1
            continue
        # explicit markup
        if re.match(r"\.\.(?:\s|$)", s):
            d = DIRECTIVE.match(s)
            f = FOOTNOTE.match(s)
            body, j = take_indented(lines, i + 1)
            if d:
                name = d.group(1).split(":")[-1] if d.group(1).startswith(("sphinx:", "rst:")) else d.group(1)
                if name in KEEP_DIRECTIVES:
                    body = dedent(body)
                    while body and FIELD.match(body[0]):  # options
                        body = body[1:]
                    arg = (d.group(2) or "").strip()
                    if arg and name in ("note", "warning", "tip", "important", "attention", "caution", "danger", "hint"):
                        body = [arg] + body
                    elif arg and name in ("admonition", "topic", "sidebar", "rubric"):
                        out.append(arg)
                    out.extend(blocks(body))
                elif name not in DROP_DIRECTIVES:
                    raise ValueError("unknown directive %r" % d.group(1))
            elif f:
                first = (f.group(2) or "").strip()
                paras = blocks(([first] if first else []) + dedent(body))
                out.extend(paras)
            # hyperlink targets, substitution definitions and comments: nothing
            i = j
            continue
        if TARGET.match(s):
            _, i = take_indented(lines, i + 1)
            continue
        # line block
        if re.match(r"^\|( |$)", s):
            parts = []
            while i < len(lines) and lines[i].strip():
                t = lines[i].strip()
                parts.append(t[1:].strip() if t.startswith("|") else t)
                i += 1
            out.append(" ".join(p for p in parts if p))
            continue
        # list items
        b = BULLET.match(s)
        e = ENUM.match(s)
        fl = FIELD.match(s)
        if e and e.group(1) == "(" and e.group(3) != ")":
            e = None  # "(1." is no enumerator
        elif e and not (nxt.strip() == "" or indent(lines[i + 1]) > 0 or ENUM.match(nxt)):
            e = None  # "A. Smith wrote ..." on a paragraph's first line
        if b or e or fl:
            if b:
                width = len(b.group(1)) + len(b.group(2))
                first, marker = b.group(3), None
            elif e:
                width = len(e.group(1)) + len(e.group(2)) + len(e.group(3)) + len(e.group(4))
                first = e.group(5)
                key = (e.group(1), e.group(3))
                if e.group(2) == "#":
                    enum_count[key] = enum_count.get(key, 0) + 1
                    label = str(enum_count[key])
                else:
                    label = e.group(2)
                    if label.isdigit():
                        enum_count[key] = int(label)
                marker = e.group(1) + label + e.group(3)
            else:
                width = 1
                first, marker = fl.group(2), None
            body, i = take_indented(lines, i + 1)
            if first.strip() and min((indent(l) for l in body if l.strip()), default=width) >= width:
                body = [l[width:] for l in body]  # relative to the item's text
            else:
                body = dedent(body)
            item = ([first] if first.strip() else []) + body
            paras = blocks(item)
            if fl:
                name = re.sub(r"\\(.)", r"\1", fl.group(1))
                paras = [name + ": " + paras[0]] + paras[1:] if paras else [name]
            elif marker and paras:
                paras[0] = marker + " " + paras[0]
            out.extend(paras)
            continue
        # paragraph (a one-line paragraph followed by an indented line is a
        # definition list term)
        if nxt.strip() and indent(lines[i + 1]) > 0 and not s.endswith("::"):
            out.append(re.sub(r"\s+:\s+.*$", "", s.strip()))  # term without classifier
            body, i = take_indented(lines, i + 1)
            out.extend(blocks(dedent(body)))
            continue
        para = []
        while i < len(lines) and lines[i].strip() and indent(lines[i]) == 0:
            para.append(lines[i].strip())
            i += 1
        text = " ".join(para)
        if text.startswith(">>>"):
            continue
        if text.endswith("::"):
            literal_next = True
            text = text[:-2].rstrip() if re.search(r"(^|\s)::$", text) else text[:-1]
        if text:
            out.append(text)
    return out


def role(name, content):
    name = name.split(":")[-1]
    t = re.fullmatch(r"(.*?)\s*<([^<>]*)>", content, re.S)
    if t and t.group(1):
        return t.group(1)
    if name == "pep":
        return "PEP " + content.split("#")[0].strip().lstrip("0")
    if name == "rfc":
        return "RFC " + content.split("#")[0].strip()
    c = re.sub(r"^python:", "", content.lstrip("!"))  # an intersphinx inventory
    if c.startswith("~"):
        c = c[1:].split(".")[-1]
    return c


def inline(text):
    """reStructuredText inline markup to plain text."""
    codes = []

    def keep(s):
        codes.append(s)
        return "%s%d%s" % (CODE, len(codes) - 1, CODE)
    s = re.sub(r"``(.+?)``(?!`)", lambda m: keep(m.group(1)), text)
    s = re.sub(r"\\(.)", lambda m: "" if m.group(1) == " " else ESC + "%d" % ord(m.group(1)) + ESC, s)
    # roles, prefix and suffix forms
    s = re.sub(r":((?:[\w.+-]+:)*[\w.+-]+):`([^`]+)`", lambda m: keep(role(m.group(1), m.group(2))), s)
    s = re.sub(r"`([^`]+)`:((?:[\w.+-]+:)*[\w.+-]+):", lambda m: keep(role(m.group(2), m.group(1))), s)
    # footnote and citation references
    s = re.sub(r"\s?\[(?:#[\w.-]*|\*|\d+|[A-Za-z][\w.-]*)\]_(?!\w)", "", s)
    # hyperlink references
    s = re.sub(r"`([^`<]*?)\s*<([^<>`]+)>`__?(?!\w)", lambda m: m.group(1) if m.group(1) else m.group(2), s)
    s = re.sub(r"`([^`]+)`__?(?!\w)", r"\1", s)
    s = re.sub(r"(?<![\w`.+:-])((?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*)__?(?!\w)", r"\1", s)
    # inline internal targets _`text`
    s = re.sub(r"(?<![\w`])_`([^`]+)`", r"\1", s)
    # default role
    s = re.sub(r"(?<![\w`])`([^`]+)`(?![\w`])", r"\1", s)
    # emphasis
    s = re.sub(r"(?<![\w*])\*\*(?=\S)(.+?)(?<=\S)\*\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"\1", s)
    s = re.sub(ESC + r"(\d+)" + ESC, lambda m: chr(int(m.group(1))), s)
    for _ in range(2):
        s = re.sub(CODE + r"(\d+)" + CODE, lambda m: codes[int(m.group(1))], s)
    return re.sub(r"\s+", " ", s).strip()


def paragraphs(body):
    """The plain-text paragraphs of a reStructuredText body (no header)."""
    lines = body.replace("\r\n", "\n").expandtabs(8).split("\n")
    text = []
    for p in blocks(lines):
        t = inline(p)
        if re.search(r"[A-Za-z]", t):
            text.append(t)
    return text
