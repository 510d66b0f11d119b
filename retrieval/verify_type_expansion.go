package retrieval

// Short forms spelled out: whether a sentence gives what a short form
// stands for ("WEP steht für Wired Equivalent Privacy", "Very Long
// Instruction Word (VLIW)").

import (
	"slices"
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
)

// spellsOut reports whether a sentence gives the long form of short, a
// lower-case short form (Query.AsksExpansion): it names short and says
// what it stands for ("IFTTT steht für …", "MAC stands for Media Access
// Control", "short for"), defines it by a parenthesis (acronymsIn: "Very
// Long Instruction Word (VLIW)", "LTS (Long Term Support)"), or writes
// capitalised words whose initials spell it, filler words aside ("Anna's
// Not Nearly APT"). A sentence that only names the thing ("das
// Netzwerk-Analyse Tool Gephi") does not.
func spellsOut(text, short string) bool {
	for _, a := range acronymsIn(text) {
		if strings.EqualFold(a.Short, short) {
			return true
		}
	}
	toks := analysis.Scan(text)
	// The scan reads "Anna's" as "Anna" and "s": the name stands alone.
	if !slices.ContainsFunc(toks, func(t analysis.Token) bool { return strings.EqualFold(t.Text, short) }) {
		return false
	}
	lower := " " + strings.ToLower(text) + " "
	for _, p := range standsForPhrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return initialsSpell(toks, short)
}

// standsForPhrases say what a short form stands for, matched in a
// sentence's lower-case text with a space before and after.
var standsForPhrases = []string{" stands for ", " stand for ", " steht für ", " stehen für ", " short for ", " kurz für ",
	" abkürzung für ", " abbreviation for ", " acronym for ", " ausgeschrieben ", " bedeutet ", " means "}

// initialsSpell reports whether a run of capitalised words spells short by
// their initials, filler words ("of", "für", acronymFillers) and a
// possessive's "s" skipped.
func initialsSpell(toks []analysis.Token, short string) bool {
	letters := []rune(strings.ToLower(short))
	for start := range toks {
		k, n := start, 0
		for k < len(toks) && n < len(letters) {
			w := toks[k].Text
			// "Anna's": the possessive's "s" is read as a word of its own.
			if n > 0 && (acronymFillers[strings.ToLower(w)] || w == "s") {
				k++
				continue
			}
			if !analysis.StartsUpper(w) || []rune(strings.ToLower(w))[0] != letters[n] {
				break
			}
			k, n = k+1, n+1
		}
		if n == len(letters) {
			return true
		}
	}
	return false
}
