package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokenKind uint8

const (
	tokWord tokenKind = iota
	tokNumber
	tokPunct
)

// token is one word, digit run or punctuation mark of the input. The rules
// work on tokens rather than on characters so that "27." and "27 ." or a line
// break between two words look the same to them.
type token struct {
	text  string // as written
	lower string // lower-cased, for look-ups
	start int    // byte offset of the first byte
	end   int    // byte offset after the last byte
	kind  tokenKind
	// num is the value of a digit run of at most nine digits, else -1.
	num int
	// space says whether white space separates the token from the one
	// before; newline whether that white space holds a line break, which
	// ends headings and list items.
	space, newline bool
}

// tokenize splits text into words (letters and combining marks), digit runs
// (ASCII digits) and single punctuation runes. Bytes that are not valid
// UTF-8 separate tokens like white space does, so that every token starts
// and ends on a rune boundary.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/4+1)
	space, newline := false, false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size <= 1, unicode.IsSpace(r):
			space = true
			if r == '\n' || r == '\r' {
				newline = true
			}
			i += size
			continue
		case isDigit(r):
			j := i
			for j < len(text) && isDigit(rune(text[j])) {
				j++
			}
			toks = append(toks, token{text: text[i:j], lower: text[i:j], start: i, end: j, kind: tokNumber, num: digitValue(text[i:j])})
			i = j
		case isLetter(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !isLetter(r2) || (r2 == utf8.RuneError && s2 <= 1) {
					break
				}
				j += s2
			}
			w := text[i:j]
			toks = append(toks, token{text: w, lower: lowerWord(w), start: i, end: j, kind: tokWord, num: -1})
			i = j
		default:
			w := text[i : i+size]
			toks = append(toks, token{text: w, lower: normalizePunct(w), start: i, end: i + size, kind: tokPunct, num: -1})
			i += size
		}
		toks[len(toks)-1].space = space || len(toks) == 1
		toks[len(toks)-1].newline = newline || len(toks) == 1
		space, newline = false, false
	}
	return toks
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// digitValue parses a digit run; runs longer than nine digits are no dates
// and get -1 so that they match no rule.
func digitValue(s string) int {
	if len(s) > 9 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// lowerWord lower-cases a word, avoiding the allocation for words that are
// lower-case already (most of running text).
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// normalizePunct maps the dashes and quotes that mean the same thing to one
// form, so that rules need to name only "-".
func normalizePunct(p string) string {
	switch p {
	case "–", "—", "‒", "‑", "−":
		return "-"
	case "’", "‘", "´", "`":
		return "'"
	}
	return p
}

// capitalized reports whether a word starts with an upper-case letter.
func (t token) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return t.kind == tokWord && unicode.IsUpper(r)
}
