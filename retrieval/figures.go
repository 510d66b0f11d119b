package retrieval

import (
	"strconv"
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
)

// figure is a number a text states: "2.500", "5000", "neunhundert". Years are
// told apart because "2019" in "2019 besiegt" is a date, not a count.
type figure struct {
	value int64
	year  bool
}

// figures lists the numbers a text states, in order.
func figures(text string) []figure {
	var out []figure
	for _, tok := range analysis.Scan(text) {
		if tok.Num {
			v, err := strconv.ParseInt(tok.Term, 10, 64)
			if err != nil {
				continue // longer than any figure worth comparing
			}
			// A four-digit number written without a thousands separator,
			// in the range of recent centuries, is read as a year.
			year := len(tok.Text) == 4 && v >= 1800 && v <= 2100
			out = append(out, figure{value: v, year: year})
			continue
		}
		if v, ok := analysis.GermanNumberWord(strings.ToLower(tok.Text)); ok {
			out = append(out, figure{value: v})
		}
	}
	return out
}

// counts returns the non-year figures of a text.
func counts(text string) []int64 {
	var out []int64
	for _, f := range figures(text) {
		if !f.year {
			out = append(out, f.value)
		}
	}
	return out
}

// hasFigure reports whether a text states a count.
func hasFigure(text string) bool { return len(counts(text)) > 0 }

var monthNames = map[string]bool{"januar": true, "jänner": true, "februar": true, "märz": true, "april": true, "mai": true,
	"juni": true, "juli": true, "august": true, "september": true, "oktober": true, "november": true, "dezember": true,
	"january": true, "february": true, "march": true, "may": true, "june": true, "july": true, "october": true, "december": true}

// namesDate reports whether a text names a year or a month: a cheap test
// for ranking; the timeline reads dates properly.
func namesDate(text string) bool {
	for _, tok := range analysis.Scan(text) {
		if tok.Num && len(tok.Text) == 4 && tok.Term >= "1800" && tok.Term <= "2100" {
			return true
		}
		if monthNames[strings.ToLower(tok.Text)] {
			return true
		}
	}
	return false
}
