package figure

import (
	"strings"
	"unicode/utf8"
)

// Reference reports whether the number that begins at byte offset start of
// text numbers a part of a document rather than counting anything: it
// follows "§", "§§", "#" or a word such as "Abschnitt", "Absatz", "Nr.",
// "Section" ("§ 3", "Abschnitt 4.2", "#123456"), or such a number and
// "und", "bis", "oder", "and", "to", "or" or a comma ("§§ 3 und 4", "Nummer
// 1 bis 3", "§§ 23, 24"). In "§§ 3 und 4 auch für Berufssoldaten" no
// soldiers are counted.
func Reference(text string, start int) bool {
	if enumerator(text, start) {
		return true
	}
	for range maxListed {
		before := strings.TrimRight(text[:start], " \u00a0")
		if r, _ := utf8.DecodeLastRuneInString(before); r == '#' || r == '§' {
			return true
		}
		i := strings.LastIndexAny(before, " \t\n(„\"") + 1
		w := strings.ToLower(before[i:])
		if referenceWords[w] {
			return true
		}
		// Step back over a joiner to the number before it.
		switch {
		case strings.HasSuffix(before, ","):
			before = strings.TrimRight(strings.TrimSuffix(before, ","), " \u00a0")
		case listJoiners[w]:
			before = strings.TrimRight(before[:i], " \u00a0")
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

// enumerator reports whether the number at start labels an item or a
// paragraph: it opens the text and a full stop or a bracket closes it ("2.
// die oberste Dienstaufsicht", "1) Anträge"), or it stands alone in
// brackets ("(1) Die Teilzeit …", "nach Satz (2)").
func enumerator(text string, start int) bool {
	end := start
	for end < len(text) && isASCIIDigit(text[end]) {
		end++
	}
	if end == start || end >= len(text) {
		return false
	}
	opens := strings.TrimLeft(text[:start], " \t\n(") == ""
	if strings.HasSuffix(text[:start], "(") && text[end] == ')' {
		return true
	}
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
var referenceWords = map[string]bool{"abschnitt": true, "abschnitte": true, "abschnitten": true, "kapitel": true, "anhang": true,
	"abbildung": true, "tabelle": true, "absatz": true, "absätze": true, "artikel": true, "art.": true, "abs.": true, "section": true,
	"sections": true, "chapter": true, "chapters": true, "appendix": true, "nr.": true, "nr": true, "no.": true, "nummer": true,
	"nummern": true, "satz": true, "ziffer": true, "anlage": true, "buchstabe": true}
