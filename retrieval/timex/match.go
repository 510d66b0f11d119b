package timex

import (
	"unicode"
	"unicode/utf8"
)

// rule tries to read an expression that begins at token i (its candidate may
// start a little later, when a leading preposition only triggers it).
type rule func(m *matcher, i int) (candidate, bool)

// matcher holds the tokens of one text and the helpers the rules share.
type matcher struct {
	toks []token
	text string
}

// scan runs the rules left to right and keeps, at each position, the
// longest match; text a match covers is not read again.
func (m *matcher) scan(rules []rule) []candidate {
	var out []candidate
	for i := 0; i < len(m.toks); {
		best, found := candidate{}, false
		for _, r := range rules {
			c, ok := r(m, i)
			if !ok || c.end <= c.start || c.start < i {
				continue
			}
			if !found || c.end > best.end || (c.end == best.end && c.start < best.start) {
				best, found = c, true
			}
		}
		if !found {
			i++
			continue
		}
		out = append(out, best)
		i = best.end
	}
	return out
}

func (m *matcher) ok(i int) bool { return i >= 0 && i < len(m.toks) }

// low is the lower-cased token i, or "" outside the text.
func (m *matcher) low(i int) string {
	if !m.ok(i) {
		return ""
	}
	return m.toks[i].lower
}

// is reports whether token i is one of the lower-case words or marks.
func (m *matcher) is(i int, words ...string) bool {
	w := m.low(i)
	if w == "" {
		return false
	}
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// isWord reports whether token i is a word (not a number or mark).
func (m *matcher) isWord(i int) bool { return m.ok(i) && m.toks[i].kind == tokWord }

// number returns the value of number token i.
func (m *matcher) number(i int) (int, bool) {
	if !m.ok(i) || m.toks[i].kind != tokNumber || m.toks[i].num < 0 {
		return 0, false
	}
	return m.toks[i].num, true
}

// digits is the number of digits of number token i.
func (m *matcher) digits(i int) int {
	if !m.ok(i) || m.toks[i].kind != tokNumber {
		return 0
	}
	return len(m.toks[i].text)
}

// glued reports whether token i follows token i-1 without white space.
func (m *matcher) glued(i int) bool { return m.ok(i) && i > 0 && !m.toks[i].space }

// inIdentifier reports whether the number from token start to next is a
// number inside an identifier, its middle or its last part (InIdentifier).
func (m *matcher) inIdentifier(start, next int) bool {
	return m.ok(start) && m.ok(next-1) && InIdentifier(m.text, m.toks[start].start, m.toks[next-1].end)
}

// InIdentifier reports whether text[start:end] is a number inside an
// identifier written with hyphens after a word ("CVE-2017-16943"): either
// its middle, a letter before it and a digit after it, or its last part,
// a hyphen and digits before it that follow a word and a hyphen ("16943").
// Such a number is no year; so a year range written onto a word with
// hyphens ("Saison-2019-2020") loses its second year too. Offsets out of
// range report false.
func InIdentifier(text string, start, end int) bool {
	if start < 2 || end < start || end > len(text) || text[start-1] != '-' {
		return false
	}
	if end+1 < len(text) && text[end] == '-' && isDigit(rune(text[end+1])) {
		r, _ := utf8.DecodeLastRuneInString(text[:start-1])
		return unicode.IsLetter(r)
	}
	k := start - 1
	for k > 0 && isDigit(rune(text[k-1])) {
		k--
	}
	if k == start-1 || k < 2 || text[k-1] != '-' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:k-1])
	return unicode.IsLetter(r)
}

// InVersion reports whether text[start:end] is the first part of a
// version number: a full stop and a digit right after it ("2019.1.1",
// "2016.2.4+bremen1"). Such a number is no year, though a bare number of
// four digits may be read as one; a year that ends a sentence ("im Jahr
// 2019.") has no digit after its full stop. Offsets out of range report false.
func InVersion(text string, start, end int) bool {
	return start >= 0 && start <= end && end+1 < len(text) && text[end] == '.' && isDigit(rune(text[end+1]))
}

// dot reports whether token i is a full stop glued to the token before it.
func (m *matcher) dot(i int) bool { return m.is(i, ".") && m.glued(i) }

// capital reports whether token i is a capitalised word.
func (m *matcher) capital(i int) bool { return m.ok(i) && m.toks[i].capitalized() }

// sentenceStart reports whether token i begins a sentence or line, where
// capitals say nothing about nouns.
func (m *matcher) sentenceStart(i int) bool {
	if i <= 0 || m.toks[i].newline {
		return true
	}
	p := m.low(i - 1)
	return p == "." || p == "!" || p == "?" || p == ":" || p == "„" || p == "\"" || p == "«" || p == "»" || p == "("
}

// partOfBigNumber reports whether number token i is glued to digits around
// it ("13.000", "1,5"), which makes it no day, month or year.
func (m *matcher) partOfBigNumber(i int) bool {
	if m.glued(i) && m.is(i-1, ".", ",") && m.ok(i-2) && m.toks[i-2].kind == tokNumber && m.glued(i-1) {
		return true
	}
	if m.is(i+1, ".", ",") && m.glued(i+1) && m.ok(i+2) && m.toks[i+2].kind == tokNumber && m.glued(i+2) {
		return true
	}
	return false
}

// decimalQuantity reads a number with a decimal part of quarters from
// token i: "1.5" ("1,5" where the language writes a decimal comma, sep),
// "2.25", "0.75"; the token after it is next. Other decimal parts ("1.2")
// are no quantity a duration's value writes here.
func (m *matcher) decimalQuantity(i int, sep string) (q quantity, next int, ok bool) {
	n, isNum := m.number(i)
	if !isNum || !m.is(i+1, sep) || !m.glued(i+1) || !m.ok(i+2) || m.toks[i+2].kind != tokNumber || !m.glued(i+2) {
		return quantity{}, i, false
	}
	if m.ok(i+3) && m.glued(i+3) && m.is(i+3, ".", ",") && m.ok(i+4) && m.toks[i+4].kind == tokNumber {
		return quantity{}, i, false // "1.500.000"
	}
	if m.digits(i) > 3 {
		return quantity{}, i, false // "2024.5" is no length of time
	}
	switch m.toks[i+2].text {
	case "25":
		return quantity{n: n, quarters: 1}, i + 3, true
	case "5", "50":
		return quantity{n: n, quarters: 2}, i + 3, true
	case "75":
		return quantity{n: n, quarters: 3}, i + 3, true
	}
	return quantity{}, i, false
}

func cand(start, end int, s spec) (candidate, bool) {
	return candidate{start: start, end: end, spec: s}, true
}

func dateCand(start, end int, d dateSpec, mod string) (candidate, bool) {
	return cand(start, end, spec{kind: KindDate, date: d, mod: mod})
}
