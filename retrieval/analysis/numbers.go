package analysis

import "strings"

// Number words. Figures of troops run to hundreds and thousands, so the
// words below a hundred matter only as parts of larger ones.
var (
	deSmall = map[string]int64{
		"ein": 1, "eins": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
		"acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
		"fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
		"dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
	}
	enSmall = map[string]int64{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
		"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
		"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	}
)

// GermanNumberWord reads a German number word of a hundred or more, written
// as one word as German does ("neunhundert", "zweitausendfünfhundert"). The
// word must be lower-case.
func GermanNumberWord(w string) (int64, bool) {
	if !strings.Contains(w, "hundert") && !strings.Contains(w, "tausend") {
		return 0, false
	}
	var total int64
	rest := w
	if before, after, ok := strings.Cut(rest, "tausend"); ok {
		mult := int64(1)
		if before != "" {
			m, ok := germanBelowThousand(before)
			if !ok {
				return 0, false
			}
			mult = m
		}
		total, rest = mult*1000, after
	}
	if rest != "" {
		v, ok := germanBelowThousand(rest)
		if !ok {
			return 0, false
		}
		total += v
	}
	return total, total > 0
}

func germanBelowThousand(w string) (int64, bool) {
	var total int64
	if before, after, ok := strings.Cut(w, "hundert"); ok {
		mult := int64(1)
		if before != "" {
			m, ok := deSmall[before]
			if !ok || m > 9 {
				return 0, false
			}
			mult = m
		}
		total, w = mult*100, after
	}
	if w == "" {
		return total, true
	}
	if v, ok := deSmall[w]; ok {
		return total + v, true
	}
	// "einundzwanzig"
	if unit, tens, ok := strings.Cut(w, "und"); ok {
		u, ok1 := deSmall[unit]
		t, ok2 := deSmall[tens]
		if ok1 && ok2 && u < 10 && t >= 20 && t%10 == 0 {
			return total + t + u, true
		}
	}
	return 0, false
}

// EnglishNumberWords reads English number words from words[0] on ("nine
// hundred", "two thousand five hundred", "twenty-five hundred" arrives as
// "twenty", "five", "hundred"), and says how many words it used. Only
// values of a hundred and more count, as for German.
func EnglishNumberWords(words []string) (value int64, used int) {
	var total, group int64
	seen := false
	for used < len(words) {
		w := strings.ToLower(words[used])
		switch {
		case enSmall[w] > 0:
			group += enSmall[w]
		case w == "hundred" && seen:
			group *= 100
		case w == "thousand" && seen:
			total += max(group, 1) * 1000
			group = 0
		case w == "and" && seen && used+1 < len(words) && enSmall[strings.ToLower(words[used+1])] > 0:
			// "one hundred and fifty"
		default:
			if total+group < 100 {
				return 0, 0
			}
			return total + group, used
		}
		seen = true
		used++
	}
	if total+group < 100 {
		return 0, 0
	}
	return total + group, used
}
