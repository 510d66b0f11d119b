package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
)

// word is a word or number of a text with its byte offsets in the source.
type word struct {
	text       string
	lower      string
	start, end int
	num        bool
	digits     string // a number's digits without separators
}

// words splits text[lo:hi] into words, with offsets into text.
func words(text string, lo, hi int) []word {
	toks := analysis.Scan(text[lo:hi])
	out := make([]word, len(toks))
	for i, t := range toks {
		out[i] = word{text: t.Text, lower: strings.ToLower(t.Text), start: lo + t.Start, end: lo + t.Start + len(t.Text), num: t.Num}
		if t.Num {
			out[i].digits = t.Term
		}
	}
	return out
}

// capitalized reports whether a word starts with an upper-case letter: in
// German a noun, in English a name.
func (w word) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r)
}

// gap is the text between two words, without the space around it.
func gap(text string, a, b word) string { return strings.TrimSpace(text[a.end:b.start]) }

// joined reports whether nothing but space, a hyphen or an abbreviation's
// dot stands between two words: they belong to one phrase ("US-Soldaten",
// "U.S. troops").
func joined(text string, a, b word) bool {
	switch gap(text, a, b) {
	case "", "-", ".":
		return true
	}
	return false
}

// Words that start a subordinate clause after a comma: a date on the other
// side of one belongs to another statement ("…, der 2014 große Teile des
// Irak erobert hatte").
var subordinators = wordSet(`der die das dem den deren dessen denen welcher welche welches welchem welchen
	wo als nachdem bevor während weil da obwohl wenn dass ob seit seitdem sodass damit
	which who whom whose that where when after before while because since although though whereas`)

// determiners before a date make it describe a noun rather than date the
// statement: "der 2014 gebildeten Koalition".
var determiners = wordSet(`der die das dem den des einer eines einem the`)

func wordSet(list string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}

// clauseBreak reports whether a clause boundary lies between byte offsets a
// and b of text: a semicolon, a dash, or a comma that opens a subordinate
// clause. Only then is the text on one side taken to be about another
// statement.
func clauseBreak(text string, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	seg := text[a:b]
	for i, r := range seg {
		switch r {
		case ';', '–', '—', '(', ')':
			return true
		case ',':
			next := words(seg, i+1, len(seg))
			if len(next) > 0 && subordinators[next[0].lower] {
				return true
			}
		}
	}
	return false
}

// Relative pronouns, which open a clause that describes a noun of the one
// before.
var relatives = wordSet(`der die das dem den deren dessen denen welcher welche welches welchem welchen which who whom whose`)

// relativeOnly reports whether text[a:b] breaks a clause only by opening
// relative clauses: commas each followed by a relative pronoun, and no
// other break.
func relativeOnly(text string, a, b int) bool {
	seg := text[a:b]
	found := false
	for i, r := range seg {
		switch r {
		case ';', '–', '—', '(', ')', ':':
			return false
		case ',':
			next := words(seg, i+1, len(seg))
			if len(next) == 0 || !relatives[next[0].lower] {
				return false
			}
			found = true
		}
	}
	return found
}

// hasComma reports whether a comma lies between byte offsets a and b.
func hasComma(text string, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	return strings.Contains(text[a:b], ",")
}
