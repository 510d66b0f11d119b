package timeline

import (
	"strconv"
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
)

// troopFigure is a number of soldiers a sentence states: "rund 2.500
// US-Soldaten im Irak", "neunhundert in Syrien", "2,500 U.S. troops in Iraq".
type troopFigure struct {
	count      int64
	qualifier  string // "rund", "mehr als", … as written, lower-cased
	place      string
	placeFrom  string
	start, end int // from the qualifier or number to the unit or place
	numStart   int // where the number itself starts
}

// Unit nouns. German compounds end in them ("US-Soldaten",
// "Bodentruppen", "Spezialkräfte"); English ones are whole words.
var (
	germanUnitEndings = []string{"soldaten", "soldat", "soldatinnen", "truppen", "streitkräfte", "einsatzkräfte",
		"sicherheitskräfte", "spezialkräfte", "militärangehörige", "militärangehörigen", "militärberater",
		"marineinfanteristen", "fallschirmjäger"}
	englishUnits = wordSet(`troops soldiers soldier servicemembers personnel marines forces advisers advisors paratroopers`)
)

// isUnit reports whether w names soldiers; prev is the word before it, for
// "service members".
func isUnit(w, prev word) bool {
	if englishUnits[w.lower] || w.lower == "mann" {
		return true
	}
	if w.lower == "members" && prev.lower == "service" {
		return true
	}
	for _, ending := range germanUnitEndings {
		if strings.HasSuffix(w.lower, ending) {
			return true
		}
	}
	return false
}

// Qualifiers that stand right before a figure, longest first.
var qualifiers = [][]string{
	{"as", "many", "as"},
	{"mehr", "als"}, {"weniger", "als"}, {"bis", "zu"}, {"more", "than"}, {"fewer", "than"}, {"less", "than"},
	{"up", "to"}, {"at", "least"},
	{"rund"}, {"etwa"}, {"ungefähr"}, {"circa"}, {"ca"}, {"knapp"}, {"fast"}, {"beinahe"}, {"über"},
	{"mindestens"}, {"annähernd"}, {"gut"}, {"about"}, {"around"}, {"roughly"}, {"approximately"},
	{"some"}, {"nearly"}, {"almost"}, {"over"}, {"approx"},
}

// Words that make a figure a count of casualties, not of troops stationed.
var casualtyWords = []string{"getötet", "verletzt", "verwundet", "starben", "gestorben", "ums leben",
	"killed", "wounded", "injured", "died", "dead"}

// Nouns after "im"/"in" that are no place.
var notPlaces = wordSet(`rahmen kampf laufe zuge einsatz land lande moment vergleich gegensatz zusammenhang fall
	jahr jahre jahren monat monaten vorfeld namen auftrag dienst zukunft kürze kraft betrieb frage ordnung gefahr
	haft höhe folge gange verlauf anschluss hinblick blick sinne total addition general particular fact`)

// figureWords reads the number at ws[i] ("2.500", "neunhundert", "2,500",
// "nine hundred") and says how many words it spans.
func figureWords(text string, ws []word, i int, lang string) (int64, int) {
	w := ws[i]
	if w.num {
		digits, used := w.digits, 1
		// English groups thousands with commas: "2,500" scans as 2 and 500.
		for lang == "en" && len(w.digits) <= 3 && i+used < len(ws) && ws[i+used].num && len(ws[i+used].text) == 3 &&
			text[ws[i+used-1].end:ws[i+used].start] == "," {
			digits += ws[i+used].digits
			used++
		}
		v, err := strconv.ParseInt(digits, 10, 64)
		if err != nil {
			return 0, 0
		}
		return v, used
	}
	if v, ok := analysis.GermanNumberWord(w.lower); ok {
		return v, 1
	}
	if lang == "en" {
		var list []string
		for _, x := range ws[i:min(len(ws), i+8)] {
			list = append(list, x.text)
		}
		return analysis.EnglishNumberWords(list)
	}
	return 0, 0
}

// troopFigures finds the troop figures of text[lo:hi], a sentence; taken
// are spans of temporal expressions, whose numbers are dates.
func troopFigures(text string, lo, hi int, taken func(a, b int) bool, lang string) []troopFigure {
	ws := words(text, lo, hi)
	var out []troopFigure
	for i := 0; i < len(ws); i++ {
		count, used := figureWords(text, ws, i, lang)
		if used == 0 || count < 10 || taken(ws[i].start, ws[i+used-1].end) {
			continue
		}
		f := troopFigure{count: count, start: ws[i].start, numStart: ws[i].start, end: ws[i+used-1].end}
		f.qualifier, f.start = qualifierBefore(text, ws, i, f.start)
		after := i + used
		unit := -1
		for k := after; k < len(ws) && k < after+3; k++ {
			if !joined(text, ws[k-1], ws[k]) {
				break
			}
			if isUnit(ws[k], ws[k-1]) {
				unit = k
				break
			}
		}
		if unit >= 0 {
			f.end = ws[unit].end
			after = unit + 1
		} else if len(out) == 0 || !listed(text, out[len(out)-1], f) {
			// A bare number is a troop figure only in a list after one:
			// "2.500 US-Soldaten im Irak und neunhundert in Syrien".
			continue
		}
		if casualty(text, lo, hi, f.start) {
			continue
		}
		if place, end, ok := placeAfter(text, ws, after, taken); ok {
			f.place, f.placeFrom, f.end = place, FromText, end
		}
		out = append(out, f)
		i = after - 1
	}
	// A figure without a place of its own takes the nearest place named
	// before it in the sentence: "die im Irak stationierten Truppen, etwa
	// 2.500 Soldaten".
	for k := range out {
		if out[k].place == "" {
			out[k].place = placeBefore(text, ws, out[k].numStart, taken)
			if out[k].place != "" {
				out[k].placeFrom = FromText
			}
		}
	}
	return out
}

// qualifierBefore returns the qualifier standing right before ws[i] and
// where it starts.
func qualifierBefore(text string, ws []word, i, start int) (string, int) {
	for _, q := range qualifiers {
		n := len(q)
		if i < n {
			continue
		}
		match := true
		for k, part := range q {
			w := ws[i-n+k]
			if w.lower != part || (k > 0 && !joined(text, ws[i-n+k-1], w)) {
				match = false
				break
			}
		}
		if match && joined(text, ws[i-1], ws[i]) {
			return strings.ToLower(text[ws[i-n].start:ws[i-1].end]), ws[i-n].start
		}
	}
	return "", start
}

// listed reports whether f follows prev in a list: only "und", "and",
// "sowie" or a comma between the end of prev and f.
func listed(text string, prev, f troopFigure) bool {
	switch strings.TrimSpace(text[prev.end:f.start]) {
	case "und", "and", "sowie", ",", ", und", ", and", "as well as", "plus":
		return true
	}
	return false
}

// casualty reports whether the clause of the figure at pos counts the dead
// or wounded.
func casualty(text string, lo, hi, pos int) bool {
	start, end := pos, pos
	for start > lo && !strings.ContainsRune(",;:", rune(text[start-1])) {
		start--
	}
	for end < hi && !strings.ContainsRune(",;:", rune(text[end])) {
		end++
	}
	clause := strings.ToLower(text[start:end])
	for _, w := range casualtyWords {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}

// placeAfter reads "im Irak", "in Syrien", "in der Region", "in Iraq" from
// ws[k] on, allowing two verbs or adverbs before the preposition ("sind
// im Irak", "are currently in Iraq"). It returns the place and where it ends.
func placeAfter(text string, ws []word, k int, taken func(a, b int) bool) (string, int, bool) {
	for skip := 0; skip <= 2 && k+skip < len(ws); skip++ {
		p := k + skip
		if p > 0 && !joined(text, ws[p-1], ws[p]) {
			return "", 0, false
		}
		if place, end, ok := placeAt(text, ws, p, true, taken); ok {
			return place, end, true
		}
		if ws[p].capitalized() && ws[p].lower != "in" {
			return "", 0, false // a noun: the figure's phrase has ended
		}
	}
	return "", 0, false
}

// placeBefore returns the nearest place named before offset pos, without an
// article ("im Irak", "in Syrien"): with one, the noun is as often no place
// ("in der Pressemitteilung").
func placeBefore(text string, ws []word, pos int, taken func(a, b int) bool) string {
	best := ""
	for p := range ws {
		if ws[p].start >= pos {
			break
		}
		if place, end, ok := placeAt(text, ws, p, false, taken); ok && end <= pos {
			best = place
		}
	}
	return best
}

// placeAt reads a place phrase starting with the preposition at ws[p].
func placeAt(text string, ws []word, p int, withArticle bool, taken func(a, b int) bool) (string, int, bool) {
	if ws[p].lower != "in" && ws[p].lower != "im" {
		return "", 0, false
	}
	q := p + 1
	if withArticle && ws[p].lower == "in" && q < len(ws) && (ws[q].lower == "der" || ws[q].lower == "den" || ws[q].lower == "the") {
		q++
	}
	first := q
	for q < len(ws) && q < first+3 && ws[q].capitalized() && !ws[q].num && joined(text, ws[q-1], ws[q]) {
		if q > first && gap(text, ws[q-1], ws[q]) == "." {
			break
		}
		q++
	}
	if q == first || notPlaces[ws[first].lower] || taken(ws[first].start, ws[q-1].end) {
		return "", 0, false
	}
	return text[ws[first].start:ws[q-1].end], ws[q-1].end, true
}

// articlePlace is the place an article names most often with "im" or "in"
// and at least three times: where its troops are when a sentence does not
// say ("zogen die mehr als 5.000 Soldaten nicht ab").
func articlePlace(text string, taken func(a, b int) bool) string {
	ws := words(text, 0, len(text))
	counts := make(map[string]int)
	best := ""
	for p := range ws {
		place, _, ok := placeAt(text, ws, p, false, taken)
		if !ok {
			continue
		}
		counts[place]++
		if counts[place] > counts[best] || (counts[place] == counts[best] && place < best) {
			best = place
		}
	}
	if counts[best] < 3 {
		return ""
	}
	return best
}
