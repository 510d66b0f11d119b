"""Reads a bare git mirror for the QA text builders (Python 3, standard
library only)."""
import subprocess


def git(mirror, *args, data=None):
    """The output of git with the bare repository mirror, as bytes; data is
    the command's standard input."""
    return subprocess.run(["git", "--git-dir", mirror] + list(args), check=True, capture_output=True, input=data).stdout


def files(mirror, commit, folder, recursive=False):
    """The files (blobs) in folder at commit, with -r those in its
    subfolders too, in the listing's order: (name, path, size in bytes),
    name being the path's last part. The size is None for a blob the
    mirror lacks (a stored snapshot leaves out files of 4 MiB and more,
    for which git ls-tree -l prints no size)."""
    out = []
    args = ["ls-tree"] + (["-r"] if recursive else []) + ["-l", "-z", commit, folder]
    for line in git(mirror, *args).decode("utf-8").split("\0"):
        if not line:
            continue
        meta, path = line.split("\t")
        if meta.split()[1] != "blob":
            continue
        size = meta.split()[3]
        out.append((path.rsplit("/", 1)[-1], path, int(size) if size.isdigit() else None))
    return out


def text(mirror, commit, path):
    """A file at commit as UTF-8 text, its line ends made "\\n"."""
    return git(mirror, "show", "%s:%s" % (commit, path)).decode("utf-8").replace("\r\n", "\n")
