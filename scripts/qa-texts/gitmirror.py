"""Reads a bare git mirror for the QA text builders (Python 3, standard
library only)."""
import subprocess


def git(mirror, *args, data=None):
    """The output of git with the bare repository mirror, as bytes; data is
    the command's standard input."""
    return subprocess.run(["git", "--git-dir", mirror] + list(args), check=True, capture_output=True, input=data).stdout
