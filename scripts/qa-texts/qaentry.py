"""Writes a QA collection's entry into retrieval/eval/testdata/qa/collections.json,
shared by the builders in this folder."""
import json, os


def write_entry(qa, name, entry):
    """Sets collections.json's entry name (in qa, the QA test-data folder) to
    entry, keeping every other entry and the file's form: it must read back
    as json.dumps(indent=2, ensure_ascii=False) plus a newline, and is
    written so."""
    cpath = os.path.join(qa, "collections.json")
    with open(cpath, encoding="utf-8") as f:
        raw = f.read()
    data = json.loads(raw)
    assert json.dumps(data, ensure_ascii=False, indent=2) + "\n" == raw, "collections.json is not written as json.dumps(indent=2)"
    data[name] = entry
    with open(cpath, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
