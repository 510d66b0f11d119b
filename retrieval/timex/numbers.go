package timex

import "strings"

// German cardinal number words up to 99 ("einundzwanzig"), with the
// inflected forms of "ein".
var deUnits = map[string]int{
	"ein": 1, "eins": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1,
	"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
	"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
	"sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
	"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
	"siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "einhundert": 100,
	"tausend": 1000, "eintausend": 1000,
	// "beiden Tagen" counts two.
	"beide": 2, "beiden": 2,
}

var deTens = map[string]int{
	"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
	"siebzig": 70, "achtzig": 80, "neunzig": 90,
}

// deNumber reads a German cardinal number word.
func deNumber(w string) (int, bool) {
	if n, ok := deUnits[w]; ok {
		return n, true
	}
	// "einundzwanzig" … "neunundneunzig"
	if i := strings.Index(w, "und"); i > 0 {
		u, ok1 := deUnits[w[:i]]
		t, ok2 := deTens[w[i+3:]]
		if ok1 && ok2 && u < 10 {
			return t + u, true
		}
	}
	return 0, false
}

// deOrdinalStems maps the stem of a German ordinal ("zweit" in "zweiten") to
// its number.
var deOrdinalStems = map[string]int{
	"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6,
	"siebt": 7, "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11,
	"zwölft": 12, "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16,
	"siebzehnt": 17, "achtzehnt": 18, "neunzehnt": 19, "zwanzigst": 20, "einundzwanzigst": 21,
	"letzt": -1,
}

// deOrdinal reads an inflected German ordinal word ("ersten", "zweite").
// "letzten" gives -1, the last one.
func deOrdinal(w string) (int, bool) {
	for _, suffix := range []string{"en", "er", "es", "em", "e"} {
		if stem, ok := strings.CutSuffix(w, suffix); ok {
			if n, ok := deOrdinalStems[stem]; ok {
				return n, true
			}
		}
	}
	return 0, false
}

var enNumbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"both": 2,
}

var enOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
	"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"last": -1,
}
