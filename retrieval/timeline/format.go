package timeline

import (
	"strconv"
	"strings"

	"github.com/quellen/quellen/retrieval/figure"
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

// FigureText is what the templates need to write a troop figure in a
// language: "≈ 2.500 Soldaten · Irak", "Hunderte Soldaten", "Obergrenze
// 1.400", "… verließen".
type FigureText struct {
	// Qualifier is the figure's qualifier as a sign ("≈", ">"), "" when none.
	Qualifier string
	// Count is the figure written for readers of the language ("2.500"),
	// or an order of magnitude in their words ("Hunderte", "hundreds").
	Count string
	// Approx marks an order of magnitude.
	Approx bool
	Place  string
	// Assumed marks a place taken from the article, not the sentence.
	Assumed bool
	// Role is what the figure counts: level, cap, out, in, total,
	// casualties.
	Role string
	// Force is whose troops, a region or organisation key, "" unknown.
	Force string
}

// FigureText writes the event's troop figure for the templates; ok is false
// for an event with none.
func (e Event) FigureText(lang string) (FigureText, bool) {
	n, ok := e.Figure()
	if !ok {
		return FigureText{}, false
	}
	f := FigureText{Qualifier: QualifierSymbol(e.Qualifier), Count: FormatCount(lang, n), Approx: e.Approx,
		Place: e.Place, Assumed: e.PlaceFrom == FromArticle, Role: e.Role, Force: e.Force}
	if f.Role == "" {
		f.Role = RoleLevel
	}
	if w := figure.Magnitude(n, lang); e.Approx && w != "" {
		f.Count, f.Qualifier = w, ""
	}
	return f, true
}
