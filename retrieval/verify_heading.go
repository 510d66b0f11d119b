package retrieval

// Headings: a source's short lines, quoted where they state something.

import (
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
)

// headingStates reports whether a heading, analysed as toks, states
// something a quote can answer with rather than only naming its
// paragraph's subject: a label and what it labels ("3.4 Release Manager:
// Larry Hastings", "CCC Chaostreff -> 40", "— Josh Aas, Executive
// Director, ISRG"), or a verb ("Dan Hill is joining us in our strategic
// council", "SPARC removed from Jessie"). "Matti Schneider", "PostgreSQL
// 9.6" and "Seeschlacht bei Kap Bon" name a subject only: they are
// searched and read with the sentences around them, but answer nothing
// alone.
func headingStates(toks []analysis.Token, text, lang string) bool {
	if strings.HasPrefix(strings.TrimSpace(text), "—") || strings.ContainsAny(text, ":→") ||
		strings.Contains(text, "->") || strings.Contains(text, " - ") || strings.Contains(text, " – ") {
		return true
	}
	for _, t := range toks {
		if lang == analysis.English && headingVerb(strings.ToLower(t.Text)) || lang != analysis.English && t.Verb && !t.Stop {
			return true
		}
	}
	return false
}

// headingVerb reports whether a lower-case English word of a heading is
// most likely a verb: a past form ("removed", "took") or a form of "be",
// "have" or "will". English analysis knows no parts of speech.
func headingVerb(w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 4 || headingAuxiliaries[w] || analysis.EnglishIrregularVerb(w)
}

// headingAuxiliaries are the forms of "be", "have" and "will" a heading
// that states something may hold.
var headingAuxiliaries = lowerWordSet(`is are was were has have had will`)
