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
		if v, ok := germanNumberWord(strings.ToLower(tok.Text)); ok {
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

var germanUnits = map[string]int64{
	"ein": 1, "eins": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
	"acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
	"fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
	"dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}

// germanNumberWord reads number words of a hundred and more ("neunhundert",
// "zweitausendfünfhundert"); smaller ones ("zwei Wochen") are rarely the
// figures an answer compares, and "Hunderte" is no figure at all.
func germanNumberWord(w string) (int64, bool) {
	if !strings.Contains(w, "hundert") && !strings.Contains(w, "tausend") {
		return 0, false
	}
	var total int64
	rest := w
	if i := strings.Index(rest, "tausend"); i >= 0 {
		mult := int64(1)
		if i > 0 {
			m, ok := belowThousand(rest[:i])
			if !ok {
				return 0, false
			}
			mult = m
		}
		total += mult * 1000
		rest = rest[i+len("tausend"):]
	}
	if rest != "" {
		v, ok := belowThousand(rest)
		if !ok {
			return 0, false
		}
		total += v
	}
	return total, total > 0
}

func belowThousand(w string) (int64, bool) {
	var total int64
	if i := strings.Index(w, "hundert"); i >= 0 {
		mult := int64(1)
		if i > 0 {
			m, ok := germanUnits[w[:i]]
			if !ok {
				return 0, false
			}
			mult = m
		}
		total += mult * 100
		w = w[i+len("hundert"):]
	}
	if w == "" {
		return total, true
	}
	if v, ok := germanUnits[w]; ok {
		return total + v, true
	}
	// "einundzwanzig"
	if unit, tens, ok := strings.Cut(w, "und"); ok {
		u, ok1 := germanUnits[unit]
		t, ok2 := germanUnits[tens]
		if ok1 && ok2 && t >= 20 {
			return total + t + u, true
		}
	}
	return 0, false
}

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
