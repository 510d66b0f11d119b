package retrieval

import (
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/figure"
	"github.com/quellen/quellen/retrieval/timex"
)

// counts returns the figures a text states that are no years: a number of
// four digits written without separator, in the range of recent centuries,
// is read as a year. It is a cheap test for passages at index time and for
// grouping quotes; troop figures are read properly at index time.
func counts(text, lang string) []int64 {
	var out []int64
	for _, n := range figure.Read(text, lang) {
		if readAsYear(n) {
			continue
		}
		out = append(out, n.Value)
	}
	return out
}

// readAsYear reports whether a number reads as a year rather than a count:
// four plain digits from 1800 to 2100 ("2019", not "1.400" or "1000").
func readAsYear(n figure.Number) bool {
	return n.Plain4 && n.Value >= 1800 && n.Value <= 2100
}

// years returns the years a text names, as counts leaves them out.
func years(text, lang string) []int64 {
	var out []int64
	for _, n := range figure.Read(text, lang) {
		if readAsYear(n) {
			out = append(out, n.Value)
		}
	}
	return out
}

// verbMonths are the English months that are also a word of another kind
// in lower case: the modal "may", the verb "march", the adjective
// "august". The date rules ask the capital of "may" and "march" alone
// (timex's enMonth): they read questions too, typed in lower case ("in
// august 2020"), while namesDate reads only the sources' sentences.
var verbMonths = map[string]bool{"may": true, "march": true, "august": true}

// namesDate reports whether a text names a year or a month: a cheap test
// for ranking; the timeline reads dates properly. A version numbered by
// its year ("2021.3.2+kiel4", "Version 2019.10") names no year.
func namesDate(text string) bool {
	for _, tok := range analysis.Scan(text) {
		if tok.Num && len(tok.Text) == 4 && tok.Term >= "1800" && tok.Term <= "2100" && !timex.InVersion(text, tok.Start, tok.Start+len(tok.Text)) {
			return true
		}
		// In lower case "may", "march" and "august" are a verb and an
		// adjective ("it may become slower" names no date); the other
		// months are months however written ("am 20. september").
		if l := strings.ToLower(tok.Text); timex.IsMonth(l) && (analysis.StartsUpper(tok.Text) || !verbMonths[l]) {
			return true
		}
	}
	return false
}
