package retrieval

// Headings: a source's short lines, quoted where they state something.

import (
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
)

// headingStates reports whether a heading, analysed as toks, states
// something a quote can answer with rather than only naming its
// paragraph's subject: a label and what it labels ("3.4 Release Manager:
// Larry Hastings", "CCC Chaostreff -> 40", "— Josh Aas, Executive
// Director, ISRG"), or a verb ("Dan Hill is joining us in our strategic
// council", "SPARC removed from Jessie"; German by the lexicon, English
// by query.EnglishVerb but for the first word, which is a subject or an
// imperative, a word in -eed and a form after one in -ing or -ly:
// "Getting started", "Frequently asked questions"). "Matti Schneider",
// "PostgreSQL 9.6", "Meeting at 19:30" and "Seeschlacht bei Kap Bon" name
// a subject only: they are searched and read with the sentences around
// them, but answer nothing alone.
func headingStates(toks []analysis.Token, text, lang string) bool {
	if strings.HasPrefix(strings.TrimSpace(text), "—") || strings.Contains(text, ": ") || strings.ContainsRune(text, '→') ||
		strings.Contains(text, "->") || strings.Contains(text, " - ") || strings.Contains(text, " – ") {
		return true
	}
	for i, t := range toks {
		if lang != analysis.English {
			if t.Verb && !t.Stop {
				return true
			}
			continue
		}
		if i == 0 {
			continue
		}
		w, before := strings.ToLower(t.Text), strings.ToLower(toks[i-1].Text)
		if !strings.HasSuffix(w, "eed") && !strings.HasSuffix(before, "ing") && !strings.HasSuffix(before, "ly") && query.EnglishVerb(w) {
			return true
		}
	}
	return false
}
