"""What the QA collection builders in this folder share: their arguments
(the mirror's git directory, the output folder) and writing a
collection's entry into retrieval/eval/testdata/qa/collections.json."""
import json, os, re, sys

# QA is the QA test-data folder of this repository.
QA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "retrieval", "eval", "testdata", "qa"))


def arguments(name):
    """Returns a builder's arguments: the mirror's git directory (the first)
    and the output folder (the second, by default texts/NAME of the QA
    test data), which it makes."""
    mirror = sys.argv[1]
    out = os.path.normpath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(QA, "texts", name))
    os.makedirs(out, exist_ok=True)
    return mirror, out


def write_entry(name, entry, out):
    """Sets collections.json's entry name to entry when out is the
    collection's own folder (texts/NAME), keeping every other entry and the
    file's form: it must read back as json.dumps(indent=2,
    ensure_ascii=False) plus a newline, and is written so."""
    if os.path.abspath(out) != os.path.abspath(os.path.join(QA, "texts", name)):
        return
    cpath = os.path.join(QA, "collections.json")
    with open(cpath, encoding="utf-8") as f:
        raw = f.read()
    data = json.loads(raw)
    assert json.dumps(data, ensure_ascii=False, indent=2) + "\n" == raw, "collections.json is not written as json.dumps(indent=2)"
    data[name] = entry
    with open(cpath, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_text(out, fname, text):
    """Writes one text of a collection to out/fname in UTF-8 with Unix
    line ends and returns its length in bytes, for the total finish
    prints."""
    with open(os.path.join(out, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return len(text.encode("utf-8"))


def finish(name, entry, out, copyright, count=None, total=None):
    """Ends a builder's run: writes out/COPYRIGHT, puts the collection's
    entry into collections.json (write_entry: only for its own folder),
    prints the entry, and, given count and total, the number of files and
    bytes written (to standard error)."""
    with open(os.path.join(out, "COPYRIGHT"), "w", encoding="utf-8", newline="\n") as f:
        f.write(copyright)
    write_entry(name, entry, out)
    print(json.dumps({name: entry}, ensure_ascii=False, indent=2))
    if count is not None:
        print("%d files, %d bytes" % (count, total), file=sys.stderr)


def sieve(items, tests):
    """Applies a selection rule's steps in order: returns the items that
    pass every test (a function of an item), in their order, and for each
    test how many items passed it and every test before it, the counts a
    builder's docstring states and asserts."""
    counts = [0] * len(tests)
    kept = []
    for item in items:
        for k, test in enumerate(tests):
            if not test(item):
                break
            counts[k] += 1
        else:
            kept.append(item)
    return kept, counts


def day_ids(prefix):
    """Returns a function that gives each source, in turn, its id by its
    day: PREFIX-YYYY-MM-DD for the first of a day, then -2, -3 … for the
    later ones of the same day."""
    days = {}

    def of(date):
        days[date] = days.get(date, 0) + 1
        return prefix + "-" + date + ("" if days[date] == 1 else "-%d" % days[date])
    return of


def published(name, date):
    """Returns a post's day, YYYY-MM-DD: the first ten characters of its
    front matter's date, else of its file name (NAME is YYYY-MM-DD-…)."""
    d = (date or "")[:10] or name[:10]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", d), (name, d)
    return d


def join_names(names):
    """Names as a by-line: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
