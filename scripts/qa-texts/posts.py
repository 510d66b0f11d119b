"""Reads the Markdown posts of one commit of a bare mirror, each once: the
front matter's lines and the body after it, a front-matter value and the
date. Shared by the blog builders of the QA sets (letsencrypt-blog.py,
freifunk-darmstadt-blog.py, xmpp-newsletter-de.py)."""

import functools

import gitmirror
import mdtext


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
