package figure

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reference reports whether the number that begins at byte offset start of
// text numbers a part of a document rather than counting anything: it
// labels an item or a paragraph ("2. die oberste Dienstaufsicht", "(1)
// Die Teilzeit …"), follows "§", "§§", "#" or a word such as
// "Abschnitt", "Absatz", "Nr.", "Section" ("§ 3", "Abschnitt 4.2",
// "#123456"), or follows such a number and "und", "bis", "oder", "and",
// "to" or "or" ("§ 3 und 4", "Nummer 1 bis 3"), or a comma in a list of
// several that a plural mark opens ("§§ 23, 24", "sections 3, 4"). In
// "§§ 3 und 4 auch für Berufssoldaten" no soldiers are counted; in "Under
// Section 1206, 3,000 troops" they are. It reads at most a few words back,
// so text may be a whole source.
func Reference(text string, start int) bool {
	if enumerator(text, start) {
		return true
	}
	listed := false // stepped back over a comma
	for range maxListed {
		before := strings.TrimRightFunc(text[:start], unicode.IsSpace)
		if r, _ := utf8.DecodeLastRuneInString(before); r == '#' || r == '§' {
			return !listed || strings.HasSuffix(before, "§§")
		}
		w := strings.ToLower(lastWord(before))
		if referenceWords[w] {
			return !listed || pluralReferences[w]
		}
		// Step back over a joiner to the number before it.
		switch {
		case strings.HasSuffix(before, ","):
			before = strings.TrimRightFunc(strings.TrimSuffix(before, ","), unicode.IsSpace)
			listed = true
		case listJoiners[w]:
			before = strings.TrimRightFunc(before[:len(before)-len(w)], unicode.IsSpace)
		default:
			return false
		}
		j := len(before)
		for j > 0 && (isASCIIDigit(before[j-1]) || before[j-1] == '.' && j > 1 && isASCIIDigit(before[j-2])) {
			j--
		}
		if j == len(before) {
			return false
		}
		start = j
	}
	return false
}

// lastWord returns the last word of s, up to a space, a bracket or a
// quotation mark before it, read back at most maxWordBytes.
func lastWord(s string) string {
	from := max(0, len(s)-maxWordBytes)
	i := strings.LastIndexFunc(s[from:], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("([„\"“«»", r)
	})
	if i < 0 {
		if from > 0 {
			return "" // a run longer than any word
		}
		return s
	}
	_, size := utf8.DecodeRuneInString(s[from+i:])
	return s[from+i+size:]
}

// maxWordBytes bounds how far back lastWord reads: longer than any word
// Reference looks for, so that a run without spaces costs no more.
const maxWordBytes = 40

// enumerator reports whether the number at start labels an item or a
// paragraph: it opens the text and a full stop or a bracket closes it ("2.
// die oberste Dienstaufsicht", "1) Anträge"), or it stands alone in
// brackets with at most two digits ("(1) Die Teilzeit …", "nach Satz
// (2)"; "(800)" may count).
func enumerator(text string, start int) bool {
	end := start
	for end < len(text) && isASCIIDigit(text[end]) {
		end++
	}
	if end == start || end >= len(text) {
		return false
	}
	if strings.HasSuffix(text[:start], "(") && text[end] == ')' {
		return end-start <= 2
	}
	opens := strings.TrimLeft(text[:start], " \t\n(") == ""
	return opens && (text[end] == ')' || text[end] == '.' && (end+1 == len(text) || text[end+1] == ' '))
}

// maxListed bounds the numbers Reference steps back over in a list.
const maxListed = 8

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// listJoiners join numbers of one list or range.
var listJoiners = map[string]bool{"und": true, "bis": true, "oder": true, "sowie": true, "and": true, "to": true, "or": true}

// referenceWords are the words, lower case, before a number that numbers
// a part of a document rather than counting anything: "siehe Abschnitt
// 4.2", "Section 3.2", "Kapitel 3", "Nr. 5", "Satz 1 Nummer 2". Words that
// also stand before counts are not among them ("auf beiden Seiten 4.000
// Sitzplätze", "the figure 2,500", "am Bug 3 Geschütze", "zum Teil 300").
// pluralReferences are those that open a list of several ("§§ 23, 24").
var (
	referenceWords = map[string]bool{"abschnitt": true, "abschnitte": true, "abschnitten": true, "kapitel": true, "anhang": true,
		"abbildung": true, "tabelle": true, "absatz": true, "absätze": true, "artikel": true, "art.": true, "abs.": true, "section": true,
		"sections": true, "chapter": true, "chapters": true, "appendix": true, "nr.": true, "nr": true, "no.": true, "nummer": true,
		"nummern": true, "satz": true, "ziffer": true, "anlage": true, "buchstabe": true}
	pluralReferences = map[string]bool{"abschnitte": true, "abschnitten": true, "absätze": true, "sections": true, "chapters": true,
		"nummern": true}
)
