package timeline

import (
	"strconv"
	"strings"
)

// FormatCount writes a troop figure the way readers of lang group its
// thousands: "2.500" in German, "2,500" in English.
func FormatCount(lang string, n int64) string {
	sep := "."
	if lang == "en" {
		sep = ","
	}
	digits := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(digits, "-")
	digits = strings.TrimPrefix(digits, "-")
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(d)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// qualifierSymbols map a figure's qualifier, in either language, to a sign
// any reader understands.
var qualifierSymbols = map[string]string{
	"mehr als": ">", "more than": ">", "über": ">", "over": ">", "gut": ">",
	"weniger als": "<", "fewer than": "<", "less than": "<", "knapp": "<", "fast": "<", "beinahe": "<",
	"nearly": "<", "almost": "<",
	"bis zu": "≤", "up to": "≤", "as many as": "≤",
	"mindestens": "≥", "at least": "≥",
}

// QualifierSymbol is "≈" for "rund", "etwa", "about"; ">" for "mehr als",
// "more than"; "" for no qualifier.
func QualifierSymbol(q string) string {
	if q == "" {
		return ""
	}
	if s, ok := qualifierSymbols[q]; ok {
		return s
	}
	return "≈"
}
