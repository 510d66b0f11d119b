package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Core is the part of a long quote that carries an event: a verbatim
// substring of the quote, with whether words were left out before or after.
type Core struct {
	Text                string
	CutBefore, CutAfter bool
}

// Core returns the clauses of the event's quote around what the event rests
// on (its figure or date), within maxRunes characters. A quote that fits is
// returned whole; one clause too long for the budget is cut at words.
func (e Event) Core(maxRunes int) Core {
	q := e.Quote
	if utf8.RuneCountInString(q) <= maxRunes {
		return Core{Text: q}
	}
	as, ae := e.anchor()
	a, b := min(max(as, 0), len(q)), min(max(ae, 0), len(q))
	if a > b {
		a, b = b, a
	}
	// Grow from the anchor clause by clause while it fits.
	lo, hi := clauseStart(q, a), clauseEnd(q, b)
	if runes(q, lo, hi) > maxRunes {
		lo, hi = a, b
	}
	for {
		grown := false
		if lo > 0 {
			if nl := clauseStart(q, lo-1); runes(q, nl, hi) <= maxRunes {
				lo, grown = nl, true
			}
		}
		if hi < len(q) {
			if nh := clauseEnd(q, hi+1); runes(q, lo, nh) <= maxRunes {
				hi, grown = nh, true
			}
		}
		if !grown {
			break
		}
	}
	// Then word by word, for a clause longer than the budget.
	for {
		grown := false
		if lo > 0 {
			if nl := wordStart(q, lo); runes(q, nl, hi) <= maxRunes && nl < lo {
				lo, grown = nl, true
			}
		}
		if hi < len(q) {
			if nh := wordEnd(q, hi); runes(q, lo, nh) <= maxRunes && nh > hi {
				hi, grown = nh, true
			}
		}
		if !grown {
			break
		}
	}
	text := strings.TrimFunc(q[lo:hi], func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ';' })
	start := lo + strings.Index(q[lo:hi], text)
	return Core{Text: text, CutBefore: start > 0, CutAfter: start+len(text) < len(q)}
}

func runes(s string, lo, hi int) int { return utf8.RuneCountInString(s[lo:hi]) }

// clauseStart is where the clause holding byte i begins: after the last
// comma or semicolon before i.
func clauseStart(s string, i int) int {
	for j := i - 1; j >= 0; j-- {
		if strings.IndexByte(",;", s[j]) >= 0 {
			return j + 1
		}
	}
	return 0
}

// clauseEnd is where the clause holding byte i-1 ends: at the next comma
// or semicolon at or after i, which it keeps out.
func clauseEnd(s string, i int) int {
	for j := max(i, 0); j < len(s); j++ {
		if strings.IndexByte(",;", s[j]) >= 0 {
			return j
		}
	}
	return len(s)
}

// wordStart is the start of the word before byte i.
func wordStart(s string, i int) int {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	for j > 0 && s[j-1] != ' ' {
		j--
	}
	return j
}

// wordEnd is the end of the word after byte i.
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	for j < len(s) && s[j] != ' ' {
		j++
	}
	return j
}
