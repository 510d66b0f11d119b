// Package figure reads the numbers that news texts state, in the forms news
// writes them: "2.500" and "2500" (German), "2,500" (English), "12 000" with
// a space, a no-break or a thin space between the thousands, "1,5 Millionen"
// and "1.5 million", "neunhundert", "zwölf", "two thousand five hundred",
// and orders of magnitude in words ("Hunderte", "thousands").
//
// It does not decide whether "2019" is a year or a count: a number of four
// digits written without separator is marked Plain4, and the date rules of
// the caller decide.
package figure

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Number is a number stated in a text.
type Number struct {
	// Start and End are byte offsets of the number in the text, scale
	// word included ("1,5 Millionen").
	Start, End int
	Value      int64
	// Approx marks an order of magnitude in words ("Hunderte von
	// Soldaten", "thousands of troops"): Value is its lower bound.
	Approx bool
	// Spelled marks a number written in words.
	Spelled bool
	// Plain4 marks four digits with no separator and no scale ("2019",
	// "1000"): a year as readily as a count.
	Plain4 bool
	// Times marks a multiple written as one word ("dreimal", "twice"): how
	// often, not how many of something.
	Times bool
}

// Read returns the numbers of text in order. lang ("de" or "en") decides
// which of "." and "," groups thousands; anything but "en" reads as German.
func Read(text, lang string) []Number {
	en := lang == "en"
	ws := scan(text)
	var out []Number
	skipped := -1 // the last digit run read as part of a name
	for i := 0; i < len(ws); i++ {
		var n Number
		used := 0
		// Digits written onto a word belong to a name: "arm64", "i386",
		// "G7" count nothing, nor does the run joined on to such digits
		// ("x86-64", "x86_64").
		if ws[i].digits && i > 0 && (!ws[i-1].digits && ws[i-1].end == ws[i].start ||
			skipped == i-1 && (text[ws[i-1].end:ws[i].start] == "-" || text[ws[i-1].end:ws[i].start] == "_")) {
			skipped = i
			continue
		}
		if ws[i].digits {
			n, used = readDigits(text, ws, i, en)
		} else {
			n, used = readWords(text, ws, i, en)
		}
		if used == 0 {
			continue
		}
		out = append(out, n)
		i += used - 1
	}
	return out
}

// token is a run of letters (a word, hyphens included) or of digits with
// their separators, with its offsets.
type token struct {
	start, end int
	digits     bool
}

func (t token) text(s string) string { return s[t.start:t.end] }

func scan(text string) []token {
	var out []token
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r >= '0' && r <= '9':
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			out = append(out, token{start: i, end: j, digits: true})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(text) {
				r, size := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) && !(r == '-' && j+1 < len(text) && isLetterAt(text, j+1)) {
					break
				}
				j += size
			}
			out = append(out, token{start: i, end: j})
			i = j
		default:
			i += size
		}
	}
	return out
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// spaces that may group thousands: space, no-break space, narrow no-break
// space, thin space.
func isGroupSpace(s string) bool {
	switch s {
	case " ", "\u00a0", "\u202f", "\u2009":
		return true
	}
	return false
}

// readDigits reads the number starting at ws[i], a run of digits, with its
// thousands groups, decimal part and scale word.
func readDigits(text string, ws []token, i int, en bool) (Number, int) {
	thousands, decimal := ".", ","
	if en {
		thousands, decimal = ",", "."
	}
	first := ws[i]
	n := Number{Start: first.start, End: first.end}
	digits := first.text(text)
	used := 1
	grouped := false
	// Thousands groups: "2.500", "2,500", "12 000", "1.000.000". A space
	// groups only after a first group of one to three digits.
	for i+used < len(ws) && ws[i+used].digits && ws[i+used].end-ws[i+used].start == 3 {
		prev, next := ws[i+used-1], ws[i+used]
		sep := text[prev.end:next.start]
		ok := sep == thousands || (isGroupSpace(sep) && (grouped || len(digits) <= 3))
		if !ok || (!grouped && len(digits) > 3) {
			break
		}
		digits += next.text(text)
		n.End = next.end
		grouped = true
		used++
	}
	value, ok := parseInt(digits)
	if !ok {
		return Number{}, 0
	}
	// A letter of scale written on to the digits: "310k", "$2.5bn".
	if n, u, ok := gluedScale(text, ws, i, used, value, grouped, decimal); ok {
		return n, u
	}
	frac := 0.0
	// A decimal part counts only before a scale word: "1,5 Millionen".
	if !grouped && i+used < len(ws) && ws[i+used].digits && text[ws[i+used-1].end:ws[i+used].start] == decimal {
		if j := i + used + 1; j < len(ws) && scaleOf(ws[j].text(text), en) > 0 && isGroupSpace(text[ws[j-1].end:ws[j].start]) {
			d := ws[i+used].text(text)
			f, _ := parseInt(d)
			frac = float64(f) / math.Pow10(len(d))
			n.End = ws[i+used].end
			used++
		}
	}
	if j := i + used; j < len(ws) && !ws[j].digits && isGroupSpace(text[ws[j-1].end:ws[j].start]) {
		if v, ok := scaled(float64(value)+frac, scaleOf(ws[j].text(text), en)); ok {
			n.Value = v
			n.End = ws[j].end
			if strings.HasPrefix(text[n.End:], ".") && abbreviatedScale(ws[j].text(text)) {
				n.End++
			}
			return n, used + 1
		}
	}
	if frac != 0 {
		return Number{}, 0
	}
	n.Value = value
	n.Plain4 = !grouped && len(digits) == 4
	// "3 dozen", "2 Dutzend": digits multiplied by twelve as words are.
	if d, u := dozens(text, ws, i, n, used); u > used {
		d.Plain4 = false
		return d, u
	}
	return n, used
}

// gluedScale reads a number whose scale is written on to its digits as a
// letter or two, the way English news and posts shorten them: "310k" and
// "$310k" (thousands), "2.5bn" (a thousand millions), "12mn" (millions).
// ws[i:i+used] are the number's digit groups, value their value; a decimal
// part (ws[i+used] after the decimal sign) is read only before such a
// scale. An upper-case "K" is left as written, being kelvin, a screen's
// resolution or a year's edition as often ("4K", "at 4 K", "NBA 2K24"),
// and so are "5m" (metres or millions) and "10kg".
func gluedScale(text string, ws []token, i, used int, value int64, grouped bool, decimal string) (Number, int, bool) {
	// "2.5k" in a German text (or "2,5k" in an English one): the part
	// after the other language's decimal sign is no number of its own.
	if i > 0 && ws[i-1].digits && (text[ws[i-1].end:ws[i].start] == "." || text[ws[i-1].end:ws[i].start] == ",") {
		return Number{}, 0, false
	}
	frac, j := 0.0, i+used
	if !grouped && j+1 < len(ws) && ws[j].digits && text[ws[j-1].end:ws[j].start] == decimal && !ws[j+1].digits && ws[j+1].start == ws[j].end {
		d := ws[j].text(text)
		f, ok := parseInt(d)
		if !ok {
			return Number{}, 0, false
		}
		frac = float64(f) / math.Pow10(len(d))
		j++
	}
	if j >= len(ws) || ws[j].digits || ws[j].start != ws[j-1].end {
		return Number{}, 0, false
	}
	scale, ok := gluedScales[ws[j].text(text)]
	if !ok {
		return Number{}, 0, false
	}
	v, ok := scaled(float64(value)+frac, scale)
	if !ok {
		return Number{}, 0, false
	}
	return Number{Start: ws[i].start, End: ws[j].end, Value: v}, j - i + 1, true
}

// gluedScales are the letters of scale written on to digits (gluedScale).
var gluedScales = map[string]int64{"k": 1e3, "bn": 1e9, "mn": 1e6}

func parseInt(digits string) (int64, bool) {
	if len(digits) == 0 || len(digits) > 15 {
		return 0, false
	}
	var v int64
	for _, c := range digits {
		v = v*10 + int64(c-'0')
	}
	return v, true
}

// scales are the words that multiply a number written in digits.
var scales = map[string]int64{
	"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9,
	"thousand": 1e3, "millions": 1e6, "billion": 1e9, "billions": 1e9,
}

// scaleOf returns a scale word's value in its language: German
// "Billion" is a million millions, English "billion" a thousand millions.
func scaleOf(w string, en bool) int64 {
	l := strings.ToLower(w)
	if v, ok := deScales[l]; ok && !en {
		return v
	}
	return scales[l]
}

// IsScale reports whether w is a word that multiplies a number in
// language lang ("Millionen", "million", "Mrd").
func IsScale(w, lang string) bool { return scaleOf(w, lang == "en") > 0 }

// deScales are the German values of scale words English values otherwise.
var deScales = map[string]int64{"billion": 1e12, "billionen": 1e12}

// scaled multiplies a number by its scale word's value, 0 for none. A
// figure past what int64 holds is no count anyone states ("10000000000
// Billionen"): it reports false, and the scale is left unread.
func scaled(value float64, scale int64) (int64, bool) {
	if scale <= 0 || value*float64(scale) >= math.MaxInt64/2 {
		return 0, false
	}
	return int64(value * float64(scale)), true
}

func abbreviatedScale(w string) bool {
	l := strings.ToLower(w)
	return l == "mio" || l == "mrd"
}

// readWords reads a number written in words from ws[i] on.
func readWords(text string, ws []token, i int, en bool) (Number, int) {
	w := strings.ToLower(ws[i].text(text))
	if v, ok := approximate[w]; ok {
		return Number{Start: ws[i].start, End: ws[i].end, Value: v, Approx: true, Spelled: true}, 1
	}
	if v, ok := multiple(w, en); ok {
		return Number{Start: ws[i].start, End: ws[i].end, Value: v, Spelled: true, Times: true}, 1
	}
	// "half a dozen": six.
	if en && w == "half" && wordAfter(text, ws, i) == "a" && wordAfter(text, ws, i+1) == "dozen" {
		return Number{Start: ws[i].start, End: ws[i+2].end, Value: 6, Spelled: true}, 3
	}
	// "eine Million", "vor einer Milliarde Jahren", "a billion": the article
	// counts one before a scale word, and "ein Dutzend", "a dozen" twelve;
	// only there.
	if en && w == "a" || !en && articleOne[w] {
		switch next := wordAfter(text, ws, i); {
		case singularScale[next]:
			return Number{Start: ws[i].start, End: ws[i+1].end, Value: scaleOf(next, en), Spelled: true}, 2
		case dozen[next]:
			return Number{Start: ws[i].start, End: ws[i+1].end, Value: 12, Spelled: true}, 2
		}
	}
	if en {
		n, used := readEnglish(text, ws, i)
		return dozens(text, ws, i, n, used)
	}
	v, ok := germanWord(w)
	if !ok {
		// A number word first in a hyphenated word counts: "sechs-malige".
		if head, _, found := strings.Cut(w, "-"); found {
			if v, ok := germanWord(head); ok {
				return Number{Start: ws[i].start, End: ws[i].start + len(head), Value: v, Spelled: true}, 1
			}
		}
		return Number{}, 0
	}
	n := Number{Start: ws[i].start, End: ws[i].end, Value: v, Spelled: true}
	if d, used := dozens(text, ws, i, n, 1); used > 1 {
		return d, used
	}
	// "zwei Millionen"
	if j := i + 1; j < len(ws) && !ws[j].digits && isGroupSpace(text[ws[i].end:ws[j].start]) {
		if s := scaleOf(ws[j].text(text), false); s >= 1e6 {
			if scaledV, ok := scaled(float64(v), s); ok {
				n.Value, n.End = scaledV, ws[j].end
				return n, 2
			}
		}
	}
	return n, 1
}

// dozen are the words of twelve, which a number word before them
// multiplies ("zwei Dutzend", "three dozen") and an article makes twelve
// ("ein Dutzend", "a dozen").
var dozen = map[string]bool{"dutzend": true, "dozen": true}

// dozens returns n, read from ws[i] in used words or digits, multiplied
// by twelve where "Dutzend" or "dozen" follows it ("zwei Dutzend", "three
// dozen", "3 dozen").
func dozens(text string, ws []token, i int, n Number, used int) (Number, int) {
	if used == 0 || n.Approx || !dozen[wordAfter(text, ws, i+used-1)] {
		return n, used
	}
	if v, ok := scaled(float64(n.Value), 12); ok {
		n.Value, n.End = v, ws[i+used].end
		return n, used + 1
	}
	return n, used
}

// wordAfter returns the word right after ws[i], lower-case, when a space
// parts them; "" for none.
func wordAfter(text string, ws []token, i int) string {
	j := i + 1
	if j >= len(ws) || ws[j].digits || !isGroupSpace(text[ws[i].end:ws[j].start]) {
		return ""
	}
	return strings.ToLower(ws[j].text(text))
}

// articleOne are the German articles that count one before a scale word
// ("eine Million") and twelve before "Dutzend"; English "a" does so too
// (readWords).
var articleOne = map[string]bool{"ein": true, "eine": true, "einer": true, "einem": true, "einen": true, "eines": true}

// singularScale are the scale words an article counts once.
var singularScale = map[string]bool{"million": true, "milliarde": true, "billion": true}

// multiple reads a multiple written as one word: "zweimal", "dreimal",
// "zwanzigmal", "twice", "thrice". "einmal" is left out: it is "once
// upon a time" as often as "one time".
func multiple(w string, en bool) (int64, bool) {
	if en {
		v, ok := enMultiples[w]
		return v, ok
	}
	stem, ok := strings.CutSuffix(w, "mal")
	if !ok || stem == "" || stem == "ein" {
		return 0, false
	}
	return germanWord(stem)
}

// enMultiples are the English words of how many times.
var enMultiples = map[string]int64{"twice": 2, "thrice": 3}

// approximate are orders of magnitude written as plural nouns: a number
// of that order, not a count.
var approximate = map[string]int64{
	"dutzende": 12, "hunderte": 100, "tausende": 1000, "zehntausende": 10000, "hunderttausende": 100000,
	"millionen": 1e6,
	"dozens":    12, "hundreds": 100, "thousands": 1000, "tens-of-thousands": 10000,
}

// magnitudes write an order of magnitude in words, by language.
var magnitudes = map[string]map[int64]string{
	"de": {12: "Dutzende", 100: "Hunderte", 1000: "Tausende", 10000: "Zehntausende", 100000: "Hunderttausende", 1e6: "Millionen"},
	"en": {12: "dozens", 100: "hundreds", 1000: "thousands", 10000: "tens of thousands", 100000: "hundreds of thousands", 1e6: "millions"},
}

// Magnitude writes an order of magnitude Read gives as Approx ("Hunderte"
// is 100) in words of lang ("hundreds"); "" for a value that is none.
func Magnitude(value int64, lang string) string {
	m, ok := magnitudes[lang]
	if !ok {
		m = magnitudes["de"]
	}
	return m[value]
}

// German number words below a hundred. "ein", "eine" and their forms are
// left out: they are articles far more often than counts.
var deSmall = map[string]int64{
	"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
	"acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
	"fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
	"dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}

// germanWord reads a German number word, written as one word as German
// does: "zwölf", "einundzwanzig", "neunhundert", "zweitausendfünfhundert".
func germanWord(w string) (int64, bool) {
	if v, ok := deSmall[w]; ok {
		return v, true
	}
	var total int64
	rest := w
	if before, after, ok := strings.Cut(rest, "tausend"); ok {
		mult := int64(1)
		if before != "" {
			m, ok := germanBelowThousand(before)
			if !ok {
				m, ok = unit(before) // "eintausend"
			}
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
	return total, total > 0 && (strings.Contains(w, "hundert") || strings.Contains(w, "tausend") || strings.Contains(w, "und"))
}

func germanBelowThousand(w string) (int64, bool) {
	var total int64
	if before, after, ok := strings.Cut(w, "hundert"); ok {
		mult := int64(1)
		if before != "" {
			m, ok := unit(before)
			if !ok {
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
	if w == "eins" {
		return total + 1, true
	}
	// "einundzwanzig"
	if u, tens, ok := strings.Cut(w, "und"); ok {
		uv, ok1 := unit(u)
		tv, ok2 := deSmall[tens]
		if ok1 && ok2 && tv >= 20 && tv%10 == 0 {
			return total + tv + uv, true
		}
	}
	return 0, false
}

// unit reads a German digit word as it stands before "hundert", "tausend"
// or "und": "ein", "zwei", … "neun".
func unit(w string) (int64, bool) {
	if w == "ein" {
		return 1, true
	}
	v, ok := deSmall[w]
	return v, ok && v < 10
}

var enSmall = map[string]int64{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// readEnglish reads English number words from ws[i] on: "twelve",
// "nine hundred", "two thousand five hundred", "twenty-five", "one hundred
// and fifty".
func readEnglish(text string, ws []token, i int) (Number, int) {
	var total, group int64
	used := 0
	seen := false
	n := Number{Start: ws[i].start, Spelled: true}
	for i+used < len(ws) && !ws[i+used].digits {
		if used > 0 && !isGroupSpace(text[ws[i+used-1].end:ws[i+used].start]) {
			break
		}
		w := strings.ToLower(ws[i+used].text(text))
		switch {
		case enSmall[w] > 0:
			group += enSmall[w]
		case w == "one" && !seen && i+used+1 < len(ws) && isMultiplier(ws[i+used+1].text(text)):
			group++
		case strings.Contains(w, "-"):
			tens, u, _ := strings.Cut(w, "-")
			if enSmall[tens] < 20 || enSmall[u] == 0 || enSmall[u] > 9 {
				goto done
			}
			group += enSmall[tens] + enSmall[u]
		case w == "hundred" && seen:
			group *= 100
		case isMultiplier(w) && seen: // "hundred" is read above
			mult := scaleOf(w, true)
			total += max(group, 1) * mult
			group = 0
		case w == "and" && seen && i+used+1 < len(ws) && enSmall[strings.ToLower(ws[i+used+1].text(text))] > 0:
		default:
			goto done
		}
		seen = true
		n.End = ws[i+used].end
		used++
	}
done:
	// A trailing "and" belongs to the sentence.
	for used > 0 && strings.EqualFold(text[ws[i+used-1].start:ws[i+used-1].end], "and") {
		used--
		n.End = ws[i+used-1].end
	}
	if used == 0 || total+group == 0 {
		return Number{}, 0
	}
	n.Value = total + group
	return n, used
}

func isMultiplier(w string) bool {
	switch strings.ToLower(w) {
	case "hundred", "thousand", "million", "billion":
		return true
	}
	return false
}
