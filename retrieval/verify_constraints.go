package retrieval

// Constraints: whose, where, whom and when a passage speaks of.

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/retrieval/timex"
	"github.com/quellen/quellen/store"
)

// ordinalIn reports whether a sentence names an ordinal of the given place.
func ordinalIn(text, key string) bool {
	if query.DigitOrdinalIn(text, key) {
		return true
	}
	for _, tok := range analysis.Scan(text) {
		if k, ok := query.OrdinalOf(strings.ToLower(tok.Text)); ok && k == key {
			return true
		}
	}
	return false
}

// lastSaidBefore reports whether the sentence before a passage says
// "last": "Tumbleweed had 2813 updated packages since the last version
// bump. Slowroll received 1316 updates" counts Slowroll's since the last
// one too. (A question's "last name" asks no last one.) Pooled 171 files:
// right first +1, in three +2; one "last name" question was answered
// before the guard.
func lastSaidBefore(w window, r Ranked) bool {
	return slices.ContainsFunc(w.around, func(p store.Passage) bool {
		return p.Ord == r.Ord-1 && ordinalIn(p.Text, "last")
	})
}

// beforeName reports whether the word after byte offset end of a question
// is "name" or "names": "the last name" asks for a surname, not a last one.
func beforeName(text string, end int) bool {
	if end < 0 || end > len(text) {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimSpace(text[end:]), " ")
	next = strings.ToLower(strings.TrimRight(next, "?!.,"))
	return next == "name" || next == "names"
}

// statesStart reports whether a sentence says that something started
// ("begann", "was launched"; timeline.AspectOf).
func statesStart(text string) bool {
	return slices.ContainsFunc(analysis.Scan(text), func(t analysis.Token) bool {
		return timeline.AspectOf(strings.ToLower(t.Text)) == timeline.AspectStart
	})
}

// namesNear reports whether every named constraint stands in the passage,
// the one before it or the title.
func (v *verifier) namesNear(w window, lang string) bool {
	for _, c := range v.q.Constraints {
		if c.Kind == query.Named && !namesAll(c, lang, w.before, v.read) {
			return false
		}
	}
	return true
}

// namesAll reports whether terms of a text in lang hold every word of a
// named constraint, as that language analyses it, allowing a typo or
// another transliteration in a long name ("Suleimani", "Soleimani").
func namesAll(c query.Constraint, lang string, terms map[string]bool, read readings) bool {
	// A region an edition is held in is named by any of its names:
	// "KubeCon NA" for "kubecon north america".
	if aliases := query.RegionAliases(c.Key); aliases != nil {
		return slices.ContainsFunc(aliases, func(a string) bool {
			ts := read.termsOf(a, lang)
			return len(ts) > 0 && !slices.ContainsFunc(ts, func(t string) bool { return !terms[t] })
		})
	}
	for _, w := range strings.Fields(c.Key) {
		holds := func(w string) bool {
			for _, t := range read.termsOf(w, lang) {
				if !coversName(terms, t) && !transliterated(terms, t, read) && !(c.Guessed && mistyped(terms, t)) {
					return false
				}
			}
			return true
		}
		// A name guessed from a question in lower case is read as a name
		// is written too: German reads "miss" as a verb's form, "Miss" as
		// the title's noun.
		if !holds(w) && !(c.Guessed && holds(analysis.UpperFirst(w))) {
			return false
		}
	}
	return true
}

// coversName is covers for a name's term: written as it is, within a
// compound ("Bagdad" in "Bagdad-Besuch"), as its letters and its number
// apart ("COVID-19"), as its symbol or mistyped; not by a shorter word
// within it, which is another name or none (a "project" names no
// "MegaProject"). A shorter word that begins it may still be its
// transliteration (namesAll): cognates meet by a prefix.
func coversName(terms map[string]bool, t string) bool {
	return analysis.Covering(t, terms) || symbols[t] != "" && terms[symbols[t]] || nearlyIn(terms, t) || terms[versionForm(t)]
}

// versionForm returns a number as a version writes it with its "v": "v1"
// for "1" (a text's "Elixir v1.15" names the "elixir 1.15" asked); "" for
// a term that is no number. Not the other way: "8" names no "V8".
func versionForm(t string) string {
	if t == "" || strings.Trim(t, "0123456789") != "" {
		return ""
	}
	return "v" + t
}

// mistyped reports whether terms hold a name typed one letter off in a
// lower-case question ("hanibal" for "Hannibal"), as the search reads it
// (mistypedAs).
func mistyped(terms map[string]bool, name string) bool {
	if utf8.RuneCountInString(name) < minTypoNameLength {
		return false
	}
	for t := range terms {
		if mistypedAs(name, t) {
			return true
		}
	}
	return false
}

// translatedName reports whether terms hold a guessed name as the
// dictionary translates it, either way, in a source (of language lang) in
// the other language than the question's: "venice" asked of German sources
// that write "Venedig", "geneva accords" of "Genfer Abkommen", "krakau" of
// English ones that write "Krakow". The name's concept holds its
// translations.
func (v *verifier) translatedName(c query.Constraint, terms map[string]bool, lang string) bool {
	if !c.Guessed || lang == v.q.Lang {
		return false
	}
	keys := v.read.termsOf(c.Key, v.q.Lang)
	if len(keys) != 1 {
		return false
	}
	// A word of the question's own is no translation: "al-qaeda" holds
	// "al", which "Al Asad" covers.
	own := func(t string) bool {
		return slices.ContainsFunc(v.q.concepts, func(c []string) bool { return len(c) > 0 && c[0] == t })
	}
	for _, concept := range v.q.concepts {
		if len(concept) > 1 && concept[0] == keys[0] {
			return slices.ContainsFunc(concept[1:], func(t string) bool {
				return !own(t) && (covers(terms, t) || terms[t+entity.CityAdjectiveEnding])
			})
		}
	}
	return false
}

// namedInTranslation reports whether a sentence of a source in the other
// language than the question's writes a name of several words, each as
// written or translated, as whole terms next to each other: "Islamic
// State" in "dem Islamischen Staat", not in "Islamistische Milizen
// bedrohen den Staat". A name of one word is left to translatedName: its
// translation is a common word more often ("Bush", "Busch").
func (v *verifier) namedInTranslation(c query.Constraint, text, lang string) bool {
	words := v.read.termsOf(c.Key, v.q.Lang)
	if lang == v.q.Lang || len(words) < 2 {
		return false
	}
	var terms []string
	for _, t := range v.read.tokensOf(text, lang) {
		if !t.Stop && t.Term != "" {
			terms = append(terms, t.Term)
		}
	}
	writes := func(term, word string) bool { return term == word || slices.Contains(v.q.translated[word], term) }
	for i := 0; i+len(words) <= len(terms); i++ {
		run := terms[i : i+len(words)]
		if !slices.ContainsFunc(words, func(w string) bool { return !slices.ContainsFunc(run, func(t string) bool { return writes(t, w) }) }) {
			return true
		}
	}
	return false
}

// transliterated reports whether terms hold a name as another language
// writes its sounds: German "dsch" and "tsch" for English "j" and "ch"
// ("Temüdschin", "Temüjin"; "Dschihad", "Jihad").
func transliterated(terms map[string]bool, name string, read readings) bool {
	if utf8.RuneCountInString(name) < minTransliterated {
		return false
	}
	key, cog := read.of(name), read.cognate(name)
	for t := range terms {
		if read.soundsLike(key, cog, t) {
			return true
		}
	}
	return false
}

// transliteratedAs reports whether one term writes a name as another
// language writes its sounds (transliterated, for a single term).
func transliteratedAs(name, term string, read readings) bool {
	return utf8.RuneCountInString(name) >= minTransliterated && read.soundsLike(read.of(name), read.cognate(name), term)
}

// soundsLike reports whether a term has a name's sound key or cognate key
// (key, cog). A term whose key cannot begin as the name's is not keyed.
func (s readings) soundsLike(key, cog, t string) bool {
	sound, cognate := keyStarts(t)
	return len(key) > 0 && sound == key[0] && len(t) >= len(key)/2 && s.of(t) == key ||
		len(cog) >= minCognate && cognate == cog[0] && cognates(cog, s.cognate(t))
}

// keyStarts returns the first letters of a term's sound key and of its
// cognate key, as soundKey and readings.cognate write them, without
// writing the keys; 0 for an empty term.
func keyStarts(t string) (sound, cognate byte) {
	if t == "" {
		return 0, 0
	}
	switch {
	case strings.HasPrefix(t, "dsch"):
		return 'i', 'i' // "j", then "i"
	case strings.HasPrefix(t, "tsch"), strings.HasPrefix(t, "kh"):
		return 'c', 'c' // "ch"
	case strings.HasPrefix(t, "sch"), strings.HasPrefix(t, "zh"):
		return 's', 's' // "sh"
	case strings.HasPrefix(t, "ck"):
		return 'k', 'k'
	case strings.HasPrefix(t, "ph"):
		return 'f', 'f'
	}
	switch t[0] {
	case 'v':
		return 'w', 'w'
	case 'y', 'j':
		return 'i', 'i'
	case 'o':
		return 'u', 'u'
	case 'c':
		if len(t) > 1 && t[1] == 'h' {
			return 'c', 'c'
		}
		return 'c', 'k'
	}
	return t[0], t[0]
}

// minCognate is the shortest cognate key compared, and minCognateStem the
// shortest that may begin a longer one: shorter keys too often meet
// another word ("Marcus" and "Marke" both "mark"). Measured on the pooled
// tuning splits: with these, +2 right first ("jacobin" → "Jakobiner",
// "macedon" → "Makedonenkönig"), −1 declined ("arcturus" found as
// "Arktur", its distance not given); 4 for both gave the same answers, but
// matched "Marcus" to "Marke"; a longer key allowed only two letters more
// lost the compound.
const (
	minCognate     = 5
	minCognateStem = 6
)

// cognates reports whether two cognate keys name alike: equal, or one the
// start of the other ("jakobin", "jakobiner"; "makedun" for Macedon,
// "makedunenkunig" for "Makedonenkönig").
func cognates(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= minCognate && a == b || len(a) >= minCognateStem && strings.HasPrefix(b, a)
}

// cognate returns term's cognate key: its sound key with "c" as "k",
// doubled letters single and a final "s" and vowels dropped, so that one
// name spelt after English and after German ways meets ("Carthage",
// "Karthago"; "Callias", "Kallias"; "Philip", "Philipp"; "Sardis",
// "Sardes").
func (s readings) cognate(term string) string {
	k, ok := s.cognates[term]
	if ok {
		return k
	}
	key := []byte(s.of(term))
	out := key[:0:0]
	for i, c := range key {
		if c == 'c' && (i+1 >= len(key) || key[i+1] != 'h') {
			c = 'k'
		}
		if len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	k = strings.TrimRight(strings.TrimSuffix(string(out), "s"), "aeiou")
	s.cognates[term] = k
	return k
}

// minTransliterated is the shortest name, in letters, matched by its sound
// key: shorter ones ("chad", "tschad") too often sound like another word.
const minTransliterated = 5

// readings remembers what one question's verification has read of texts,
// since candidates share it: a sentence is read by several checks and, as
// a neighbour, by several windows; a name's words are analysed for every
// candidate, and every window's terms are keyed for every name not found
// as written (sound and cognate keys).
type readings struct {
	sounds, cognates map[string]string // a term's sound key, its cognate key
	tokens           map[[2]string][]analysis.Token
	signs            map[string][]string // the signs a text holds (signsIn)
	// sizes says whether the question asks a size, so that the signs of
	// one are read (sizeSign, dataSign); no other question pays for them.
	sizes bool
	// versions says whether it asks a version, so that the sign of a
	// release's number is read (versionSign).
	versions bool
	// versionsGiven are the release numbers the question gives
	// (versionNumbers), which are no sign of the answer.
	versionsGiven map[string]bool
}

func newReadings() readings {
	return readings{sounds: make(map[string]string), cognates: make(map[string]string), tokens: make(map[[2]string][]analysis.Token),
		signs: make(map[string][]string)}
}

// tokensOf returns text's tokens in lang, analysed once per question; the
// caller must not change them.
func (s readings) tokensOf(text, lang string) []analysis.Token {
	k := [2]string{lang, text}
	toks, ok := s.tokens[k]
	if !ok {
		toks = analysis.For(lang).Tokens(text)
		s.tokens[k] = toks
	}
	return toks
}

// termsOf returns text's terms in lang (analysis.Analyzer.Terms), from
// its tokens read once.
func (s readings) termsOf(text, lang string) []string {
	return analysis.TokenTerms(s.tokensOf(text, lang))
}

// of returns term's sound key.
func (s readings) of(term string) string {
	k, ok := s.sounds[term]
	if !ok {
		k = soundKey(term)
		s.sounds[term] = k
	}
	return k
}

// soundKey writes German and English spellings of one sound alike, as the
// two languages transliterate Russian, Mongolian or Arabic names:
// "Tuchatschewski" and "Tukhachevsky", "Jekaterinburg" and
// "Yekaterinburg", "Temüdschin" and "Temüjin"; Arabic and Persian vowels
// written "o" or "u" ("Soleimani", "Suleimani"). The o/u fold holds for
// every name it reads, so "Bosch" sounds like "Busch": it is read only for
// a name of minTransliterated letters that a text does not write as asked.
// The terms it reads are folded already (no umlauts).
func soundKey(term string) string {
	// A Russian name's "-ев" is "-ev" in English and "-ow" or "-ew" in
	// German: "Gorbachev", "Gorbatschow"; "Medvedev", "Medwedew".
	for _, end := range []string{"ev", "ew"} {
		if stem, ok := strings.CutSuffix(term, end); ok && len(stem) >= 3 {
			term = stem + "ow"
			break
		}
	}
	return soundVowels.Replace(soundConsonants.Replace(term))
}

var (
	soundConsonants = strings.NewReplacer("dsch", "j", "tsch", "ch", "sch", "sh", "zh", "sh", "kh", "ch", "tz", "ts")
	soundVowels     = strings.NewReplacer("v", "w", "y", "i", "j", "i", "ck", "k", "ph", "f", "ou", "u", "o", "u")
)

// numberedAsAsked reports whether a text writes a numbered name as the
// question does, the number right after the name ("Super Bowl 51", "Georg
// IV." for "george iv") or, for a version, after one capitalised word
// more (nameBeforeOneWord: "Debian GNU/Linux 12" for "debian 12"), not
// merely both somewhere ("Super Bowl" … "4:51", "Georg III. … Wilhelm
// IV."). Names without a number pass. The name may be written in the
// text's language ("Georg" for "george").
func numberedAsAsked(key, text string) bool {
	name, num, roman, ok := numberedKey(key)
	if !ok {
		return true
	}
	lower := strings.ToLower(text)
	for i := 0; ; {
		j := strings.Index(lower[i:], num)
		if j < 0 {
			return false
		}
		// The number stands after a space, or after a space and "v"
		// ("Elixir v1.15" numbers "elixir 1.15").
		at := i + j - 1
		if !roman && at >= 1 && lower[at] == 'v' {
			at--
		}
		if at < 0 || lower[at] != ' ' {
			i += j + 1
			continue
		}
		end := i + j + len(num)
		next := rune(0)
		if end < len(lower) {
			next, _ = utf8.DecodeRuneInString(lower[end:])
		}
		if next == 0 || !roman && strings.IndexRune(digits, next) < 0 || roman && !unicode.IsLetter(next) && !unicode.IsDigit(next) {
			if before := strings.Fields(lower[:at]); len(before) > 0 && sameName(strings.Trim(before[len(before)-1], ".,;:()„“'’"), name) {
				return true
			}
			if !roman && len(lower) == len(text) && nameBeforeOneWord(strings.Fields(text[:at]), name) {
				return true
			}
		}
		i = end
	}
}

const digits = "0123456789"

// nameBeforeOneWord reports whether the words before a version number end
// in the name and one capitalised word that is no noun of the lexicon
// ("Debian GNU/Linux 12"), with no sentence or clause ending between:
// "Debian. Seit 12 Jahren" and "Debian Nutzer 12" number no Debian. A
// regnal number is left out ("Friedrich Wilhelm IV." is no Friedrich IV.).
func nameBeforeOneWord(before []string, name string) bool {
	if len(before) < 2 {
		return false
	}
	between, first := before[len(before)-1], before[len(before)-2]
	if strings.ContainsAny(first[len(first)-1:], ".;:!?,") || strings.ContainsAny(between[len(between)-1:], ".;:!?,") ||
		!analysis.StartsUpper(between) || commonNoun(between) {
		return false
	}
	return sameName(strings.ToLower(strings.Trim(first, "()„“'’")), name)
}

// numberedKey splits a numbered name's key into its last word, its number
// and whether the number is a Roman numeral ("georg", "vi"; "debian",
// "2.0"); ok is false for a key that closes with no number.
func numberedKey(key string) (name, num string, roman, ok bool) {
	words := strings.Fields(key)
	if len(words) < 2 {
		return "", "", false, false
	}
	name, num = words[len(words)-2], words[len(words)-1]
	roman = query.RomanNumeral(num)
	if !roman && strings.Trim(num, digits+".") != "" {
		return "", "", false, false
	}
	return name, num, roman, true
}

// numbersOtherwise reports whether a text writes a numbered name the
// question asks of only with another number ("Debian 2.1" where "debian
// 2.0" is asked): it speaks of another bearer or version.
func numbersOtherwise(c query.Constraint, text string) bool {
	if c.Kind != query.Named {
		return false
	}
	if name, num, ok := query.GluedNumber(c.Key); ok {
		return gluedOtherwise(name, num, text)
	}
	return !numberedAsAsked(c.Key, text) && numberedOtherwise(c.Key, text)
}

// gluedOtherwise reports whether a text writes a glued numbered name's
// letters with another number only, glued or apart ("DebConf15", "DebConf
// 15" where "debconf16" is asked): it speaks of another of the series.
func gluedOtherwise(name, num, text string) bool {
	nums := seriesNumbers(name, text)
	return len(nums) > 0 && !slices.Contains(nums, num)
}

// anotherOfSeries reports whether a sentence speaks of another of a glued
// numbered name's series than the one asked: one it names itself unless it
// names the one asked too, or else the one its paragraph names last before
// it, or where the paragraph names none, its source's title's.
func anotherOfSeries(name, num, sentence string, earlier []string, title string) bool {
	if nums := seriesNumbers(name, sentence); len(nums) > 0 {
		return !slices.Contains(nums, num)
	}
	for k := len(earlier) - 1; k >= 0; k-- {
		if nums := seriesNumbers(name, earlier[k]); len(nums) > 0 {
			return nums[len(nums)-1] != num
		}
	}
	return gluedOtherwise(name, num, title)
}

// seriesAsWritten returns a glued numbered name's key as the window's
// terms write it when the question mistyped its letters ("debcon15" for
// "DebConf15", mistypedAs): the same number on the letters one edit away,
// where the window writes one such term only. Any other key is returned as
// it is.
func (v *verifier) seriesAsWritten(c query.Constraint, terms map[string]bool) string {
	_, num, ok := query.GluedNumber(c.Key)
	if !ok || !c.Guessed || terms[c.Key] {
		return c.Key
	}
	var written []string
	for t := range terms {
		if _, n, ok := query.GluedNumber(t); ok && n == num && mistypedAs(c.Key, t) {
			written = append(written, t)
		}
	}
	if len(written) != 1 {
		return c.Key // none, or two it may mistype: neither is read
	}
	return written[0]
}

// seriesNamed reports whether one of texts writes a glued numbered name's
// letters with the number asked (seriesNumbers).
func seriesNamed(name, num string, texts []string) bool {
	return slices.ContainsFunc(texts, func(t string) bool { return slices.Contains(seriesNumbers(name, t), num) })
}

// seriesNumbers returns the numbers a text writes a glued numbered name's
// letters with, glued ("DebConf15") or apart ("DebConf 15"), and those
// listed after it ("Windows 7, 8 und 10", "Zarcon15 und 16").
func seriesNumbers(name, text string) []string {
	var out []string
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	number := func(w string) bool {
		return w != "" && len(w) <= query.MaxSeriesDigits && strings.Trim(w, digits) == ""
	}
	for i := 0; i < len(words); i++ {
		w, next := words[i], i+1
		switch {
		case strings.HasPrefix(w, name) && number(w[len(name):]):
			out = append(out, w[len(name):])
		case w == name && i+1 < len(words) && number(words[i+1]):
			out = append(out, words[i+1])
			next = i + 2
		default:
			continue
		}
		for next < len(words) {
			if number(words[next]) {
				out = append(out, words[next])
				next++
			} else if seriesJoiners[words[next]] && next+1 < len(words) && number(words[next+1]) {
				out = append(out, words[next+1])
				next += 2
			} else {
				break
			}
		}
		i = next - 1
	}
	return out
}

// seriesJoiners join the numbers of a list of a series: "7, 8 und 10".
var seriesJoiners = map[string]bool{"und": true, "and": true, "oder": true, "or": true, "bis": true, "to": true}

// versionsAsked returns, as numbered names' keys ("version 2.3"), the
// versions a question asks of by the word "version" and a number of at
// most three digits before its first dot: "wann trat version 2.3 der
// hafenordnung in kraft" (a four-digit number is left out: a year, as
// in query.Parse, or a version that begins with one, "version 2019.1",
// which this does not read).
func versionsAsked(text string) []string {
	var out []string
	words := strings.Fields(strings.ToLower(text))
	for i := 0; i+1 < len(words); i++ {
		num := strings.TrimRight(words[i+1], ".,;:?!)")
		whole, _, _ := strings.Cut(num, ".")
		if strings.TrimLeft(words[i], "(„“\"'") == "version" && whole != "" && len(whole) <= 3 && strings.Trim(num, digits+".") == "" {
			out = append(out, "version "+num)
		}
	}
	return out
}

// namesAnotherVersion reports whether a text writes one of the versions a
// question asks of (versionsAsked) only with another number: "die Version
// 2.4 der Hafenordnung" answers nothing of version 2.3.
func (v *verifier) namesAnotherVersion(text string) bool {
	return slices.ContainsFunc(v.versions, func(key string) bool {
		return numbersOtherwise(query.Constraint{Kind: query.Named, Key: key}, text)
	})
}

// namesAnotherNumbered reports whether a text writes one of the
// question's numbered names only with another number (numbersOtherwise).
func (v *verifier) namesAnotherNumbered(text string) bool {
	return slices.ContainsFunc(v.q.Constraints, func(c query.Constraint) bool { return numbersOtherwise(c, text) })
}

// numberedOtherwise reports whether a text writes a numbered name's last
// word before another number than the name's ("Debian 2.1" for "debian
// 2.0", "Apollo 12" for "apollo 11"), not one of its point releases
// ("Debian 7.1" for "debian 7") nor a year ("Super Bowl 2017": a figure of
// more than three digits after a name is no number of it, as in
// query.Parse, unless a version begins with it: "Gluon 2018.1"); false
// for a name without a number.
func numberedOtherwise(key, text string) bool {
	name, num, roman, ok := numberedKey(key)
	if !ok {
		return false
	}
	tokens := strings.Fields(text)
	for i := 0; i+1 < len(tokens); i++ {
		if !sameName(strings.ToLower(strings.Trim(tokens[i], "(„“'’\"")), name) {
			continue
		}
		next := strings.TrimRight(tokens[i+1], ".,;:)")
		// "3", "3.0" and "3.0.0" are one version.
		if next == "" || sameRelease(next, num) {
			continue
		}
		if roman && query.RomanNumeral(next) {
			return true
		}
		whole, _, _ := strings.Cut(next, ".")
		if !roman && strings.Trim(next, digits+".") == "" && whole != "" && (len(whole) <= 3 || whole != next) {
			return true
		}
	}
	return false
}

// withoutZeros drops a version number's trailing ".0" parts: "3.0.0" is
// "3".
func withoutZeros(num string) string {
	for strings.HasSuffix(num, ".0") {
		num = strings.TrimSuffix(num, ".0")
	}
	return num
}

// unnumbered splits a name's key into the name and its closing Roman
// numeral ("georg", "vi" for "georg vi"), false for a key that closes
// with none.
func unnumbered(key string) (name, numeral string, ok bool) {
	words := strings.Fields(key)
	if len(words) < 2 || !query.RomanNumeral(words[len(words)-1]) {
		return "", "", false
	}
	return strings.Join(words[:len(words)-1], " "), words[len(words)-1], true
}

// numbersName reports whether a text writes the name's last word with a
// Roman numeral right after it ("Georg VI.", "Elizabeth I") or with another
// name after it ("Georg Büchner"): the text tells bearers of the name
// apart, or speaks of another who bears it. (A figure after a name is no
// number of it: "als Georg 1936 König wurde".)
func numbersName(name, text string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	tokens := strings.Fields(text)
	for i := 0; i+1 < len(tokens); i++ {
		word := strings.ToLower(strings.Trim(tokens[i], "(„“'’\""))
		if strings.ContainsAny(tokens[i], ".,;:)") || !sameName(word, last) {
			continue
		}
		next := strings.TrimRight(tokens[i+1], ".,;:)")
		if query.RomanNumeral(next) || next == "I" || next == "V" || next == "X" {
			return true
		}
		// Another name, not a noun: "Georgs Amtsantritt" is his.
		if word == last && analysis.StartsUpper(next) && !commonNoun(next) && !timex.IsMonth(strings.ToLower(next)) {
			return true
		}
	}
	return false
}

// anotherNames reports whether a sentence writes the noun a named
// constraint qualifies only after other names ("Newcastle University",
// "Durham University" when Northumbria University is asked) and never
// names the constraint's own.
func anotherNames(toks []analysis.Token, lang string, c query.Constraint, read readings) bool {
	name := read.termsOf(c.Key, lang)
	if len(name) == 0 {
		return false
	}
	others := 0
	for i, t := range toks {
		if writesName(t, name, c, read) {
			return false
		}
		if t.Term != c.Head || i == 0 {
			continue
		}
		prev := toks[i-1]
		// German writes a noun straight after another only in names and
		// in the place adjectives in -er ("Warschauer Börse").
		if !prev.Stop && !prev.Num && analysis.StartsUpper(prev.Text) && (lang == analysis.English || prev.Lemma == "" || strings.HasSuffix(prev.Text, "er")) {
			others++
		}
	}
	return others > 0
}

// sameName reports whether two terms are one name in two forms: the same
// word ("iso" and "iso"), or "krakau" and "krakauer", one the other's start
// by four letters or more.
func sameName(a, b string) bool {
	if a == b && a != "" {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && strings.HasPrefix(b, a)
}

// matchingFigures returns the troop figures of a passage that answer a
// count question: of the asked role, force, place and time. beside are
// the places of the figures its neighbours give (figureMeets).
func (v *verifier) matchingFigures(events []store.Event, mentions, around []entity.Mention, beside []string) ([]store.Event, string) {
	reason := failType
	var out []store.Event
	for _, ev := range events {
		if ev.Kind != timeline.KindTroops || ev.Count == 0 {
			continue
		}
		role := ev.Role
		if role == "" {
			role = timeline.RoleLevel
		}
		if role != v.role && !(role == timeline.RoleCap && v.allowed && (v.role == timeline.RoleLevel || v.role == timeline.RoleIn)) {
			continue
		}
		if why := v.figureMeets(ev, mentions, around, beside); why != "" {
			if reason == failType || why == failOwner {
				reason = why
			}
			continue
		}
		out = append(out, ev)
	}
	if len(out) > 0 {
		return out, ""
	}
	return nil, reason
}

// ownsTroops reports whether an owner constraint is one of the troops a
// count question counts: it qualifies no noun ("wie viele Soldaten des
// Iran"), or troops ("iranian soldiers", "US-Bodentruppen"), or something
// else while no other owner qualifies the troops ("Wie viele Soldaten hat
// die US-Armee?"). Of "how many iranian soldiers died from iraqi chemical
// weapons" the Iraqi owner is the weapons', not the soldiers'.
func ownsTroops(c query.Constraint, constraints []query.Constraint) bool {
	if c.Head == "" || troopHead(c) {
		return true
	}
	return !slices.ContainsFunc(constraints, func(o query.Constraint) bool { return o.Kind == query.Owner && o.Key != c.Key && troopHead(o) })
}

// troopHead reports whether an owner constraint qualifies troops: its
// head, or a part of it, is a troop noun ("soldat", "Bodentruppe").
func troopHead(c query.Constraint) bool {
	return c.Head != "" && (troopTerm(c.Head) || slices.ContainsFunc(c.HeadParts, troopTerm))
}

// figureIn reports whether a troop figure stands in a place the question
// asks about: a figure stands in one place, so of places asked together
// ("in Iraq and Syria", one constraint) it meets one.
func figureIn(ev store.Event, c query.Constraint) bool {
	if ev.PlaceKey == "" {
		return ev.Place != "" && strings.EqualFold(ev.Place, c.Text)
	}
	return slices.ContainsFunc(c.Keys(), func(k string) bool { return entity.Within(ev.PlaceKey, k) })
}

// figureMeets says why a figure fails the question's constraints, or "".
// beside are the places of the figures the sentences beside it give.
func (v *verifier) figureMeets(ev store.Event, mentions, around []entity.Mention, beside []string) string {
	for _, c := range v.q.Constraints {
		switch c.Kind {
		case query.Owner:
			// "how many iranian soldiers died from iraqi chemical weapons":
			// an owner of something else than the troops counted is said
			// by the sentence, not by the figure's force.
			if !ownsTroops(c, v.q.Constraints) {
				if slices.ContainsFunc(c.Keys(), func(k string) bool { return mentioned(mentions, k) }) {
					continue
				}
				return failOwner
			}
			if slices.ContainsFunc(c.Keys(), func(k string) bool {
				// A figure the text leaves open counts for a force its own
				// sentence names. A city asked as the owner stands for
				// its country ("How many troops does Washington have …"
				// of US troops); any city does, not only a capital.
				return slices.ContainsFunc(strings.Fields(ev.Force), func(f string) bool { return f == k || entity.Within(k, f) }) ||
					ev.Force == "" && mentioned(mentions, k)
			}) {
				continue
			}
			return failOwner
		case query.Where:
			// A figure its sentence gives no place stands where the
			// sentences beside it say, rather than where its article is
			// mostly about ("Dabei besetzte die Rote Armee Teile Ostpolens
			// … Dennoch fielen 3000 sowjetische Soldaten").
			// Beside a figure that its sentence places, it stands there
			// too ("2.500 Truppen im Irak, … der große Teile des Irak und
			// Syriens erobert hatte. Hunderte von Truppen aus meist
			// europäischen Ländern sind ebenfalls Teil der Koalition"):
			// the places its neighbours merely mention say less.
			placeless := (ev.PlaceKey == "" && ev.Place == "" || ev.PlaceFrom == timeline.FromArticle) && !namesPlace(mentions)
			near := mentionedAny(around, c.Keys())
			if len(beside) > 0 {
				near = slices.ContainsFunc(c.Keys(), func(k string) bool {
					return slices.ContainsFunc(beside, func(b string) bool { return entity.Within(b, k) })
				})
			}
			if !figureIn(ev, c) && !(placeless && near) {
				return failPlace
			}
			// "how many in Iraq and Syria altogether": the sentence must
			// give every place's figure, not one.
			if v.q.Sum && len(c.Keys()) > 1 && slices.ContainsFunc(c.Keys(), func(k string) bool { return !mentioned(mentions, k) }) {
				return failPlace
			}
		}
	}
	if v.q.Time.Year() != 0 && !v.q.Time.Covers(ev.Date) {
		return failTime
	}
	return ""
}

// namesOtherPlace reports whether a sentence says where with another place
// only: a country or city after a preposition of place ("in Paris", "nach
// Syrien", "near Baghdad") that neither lies in key nor holds it ("Paris"
// when London is asked; "Irak" when Baghdad is asked is not another). A
// place named as an actor ("kostete die USA") or an owner says nothing of
// where, nor do adjectives, forces and peoples.
func namesOtherPlace(text string, sentence []entity.Mention, keys []string) bool {
	other := false
	for _, m := range sentence {
		if !saysWhere(m) {
			continue
		}
		if slices.ContainsFunc(keys, func(key string) bool { return entity.Within(m.Key, key) || entity.Within(key, m.Key) }) {
			return false
		}
		if query.PlaceBefore(text, m.Start) {
			other = true
		}
	}
	return other
}

// otherRegion reports whether a question asks a country's region ("im
// Südirak", "in southern Iraq") and a sentence names the same country
// with another region ("im Nordirak"), and not with that one.
func otherRegion(question string, c query.Constraint, text string, sentence []entity.Mention) bool {
	if c.Start < 0 || c.End > len(question) || c.Start > c.End || question[c.Start:c.End] != c.Text {
		return false // a place a follow-up took from the question before
	}
	asked := regionAt(question, c.Start, c.End)
	if asked == "" {
		return false
	}
	other := false
	for _, m := range sentence {
		if !saysWhere(m) || !slices.ContainsFunc(c.Keys(), func(k string) bool { return m.Key == k }) {
			continue
		}
		switch regionAt(text, m.Start, m.End) {
		case asked:
			return false
		case "":
		default:
			other = true
		}
	}
	return other
}

// regionAt returns the region of a country a place's name at text[start:end]
// gives, "south", "north", "east" or "west", or "": its first part
// ("Südirak", "Nordsyrien") or the adjective right before it ("im
// südlichen Irak", "northern Iraq"); not a word before it that is itself a
// region's name ("in Nordsyrien, Irak").
func regionAt(text string, start, end int) string {
	name := strings.ToLower(text[start:end])
	for _, p := range regionPrefixes {
		if strings.HasPrefix(name, p.prefix) && len(name) > len(p.prefix) {
			return p.region
		}
	}
	before := strings.Fields(strings.ToLower(text[:start]))
	if len(before) == 0 {
		return ""
	}
	// "im Nord-Irak", "(northern Iraq)": a hyphen after the word and a
	// bracket or quote before it belong to the name's writing; a comma
	// after it ends another name ("in Nordsyrien, Irak").
	w := strings.TrimSuffix(strings.TrimLeft(before[len(before)-1], "(\"„“'»«"), "-")
	return regionAdjectives[w]
}

// regionPrefixes are the first parts that make a region of a country's
// name, in the order tried.
var regionPrefixes = []struct{ prefix, region string }{
	{"süd", "south"}, {"nord", "north"}, {"ost", "east"}, {"west", "west"},
}

// regionAdjectives are the adjectives, in every form, and the words of a
// direction that say which region of a country follows.
var regionAdjectives = func() map[string]string {
	m := map[string]string{"southern": "south", "northern": "north", "eastern": "east", "western": "west",
		"south": "south", "north": "north", "east": "east", "west": "west", "süd": "south", "nord": "north", "ost": "east"}
	for stem, region := range map[string]string{"südlich": "south", "nördlich": "north", "östlich": "east", "westlich": "west"} {
		for _, end := range []string{"", "e", "en", "er", "es", "em"} {
			m[stem+end] = region
		}
	}
	return m
}()

// namesOtherCountry reports whether a sentence names a country other than
// key as a noun, and not as the question's owner ("die USA" in a question
// about US troops): it is about that country, not key.
func (v *verifier) namesOtherCountry(sentence []entity.Mention, keys []string) bool {
	return slices.ContainsFunc(sentence, func(m entity.Mention) bool {
		return saysWhere(m) && !slices.Contains(v.ownerKeys, m.Country) &&
			!slices.ContainsFunc(keys, func(key string) bool { return entity.Within(m.Key, key) || entity.Within(key, m.Key) })
	})
}

// saysWhereAny reports whether a mention of one of keys (or a city within
// it) says where (saysWhere): the Spanish flu happened in no Spain asked
// of.
func saysWhereAny(ms []entity.Mention, keys []string) bool {
	return slices.ContainsFunc(ms, func(m entity.Mention) bool {
		return saysWhere(m) && slices.ContainsFunc(keys, func(k string) bool { return mentionOf(m, k) })
	})
}

// saysWhere reports whether a mention can say where: a country or city
// named as a noun, not an adjective, a force or a people.
func saysWhere(m entity.Mention) bool { return !m.Adjective && !m.Force && !m.People }

// mentioned reports whether a mention of key (or a city within it) is among mentions.
func mentioned(ms []entity.Mention, key string) bool {
	return slices.ContainsFunc(ms, func(m entity.Mention) bool { return mentionOf(m, key) })
}

// mentionOf reports whether a mention names key or a city within it.
func mentionOf(m entity.Mention, key string) bool {
	return entity.Within(m.Key, key) || m.Country == key
}

// reading is a candidate as the constraint checks read it: the passage,
// its window, its source, what its sentence and its window name, and its
// events.
type reading struct {
	r                Ranked
	w                window
	src              store.Source
	sentence, around []entity.Mention
	events           []store.Event
}

// constraints says why a passage fails the question's owner, place, name
// or time constraints, or "": each constraint by the check of its kind,
// then the question's time.
func (v *verifier) constraints(ctx context.Context, r Ranked, w window, src store.Source, sentence, around []entity.Mention, events []store.Event) (string, error) {
	p := reading{r: r, w: w, src: src, sentence: sentence, around: around, events: events}
	for _, c := range v.q.Constraints {
		ok, reason, err := true, "", error(nil)
		switch c.Kind {
		case query.Owner:
			ok, err = v.meetsOwner(ctx, c, p)
			reason = failOwner
		case query.Where:
			ok, err = v.meetsPlace(ctx, c, p)
			reason = failPlace
		case query.Named:
			ok, err = v.meetsName(ctx, c, p)
			reason = failName
		case query.Ordinal:
			// "die zweite Phase" answers no question about the third.
			// "Wann trafen sich die Unterhändler zuerst?" is answered by the
			// talks' start: "Der Dialog begann mit einer Videoschalte".
			ok, reason = ordinalIn(r.Text, c.Key) || c.When && statesStart(r.Text) || c.Key == "last" && !beforeName(v.q.Text, c.End) && lastSaidBefore(p.w, r), failName
		}
		if err != nil {
			return "", err
		}
		if !ok {
			return reason, nil
		}
	}
	// "die Version 2.4 der Hafenordnung" answers nothing of version 2.3.
	if v.namesAnotherVersion(r.Text) {
		return failName, nil
	}
	ok, err := v.meetsTime(ctx, p)
	if err != nil || ok {
		return "", err
	}
	return failTime, nil
}

// meetsOwner reports whether a passage speaks of an owner constraint's
// owner: whose troops, whose minister, which party.
func (v *verifier) meetsOwner(ctx context.Context, c query.Constraint, p reading) (bool, error) {
	r, w, src, sentence, around := p.r, p.w, p.src, p.sentence, p.around
	if !v.saidBy(c, p) {
		return false, nil
	}
	if c.Head != "" {
		// The question asks about a noun the owner qualifies ("der
		// irakische Verteidigungsminister"): the sentence must name
		// that noun and its owner ("Außenminister Mike Pompeo" is
		// another's). A sentence that continues the one before
		// ("Sie zogen ihre Truppen 2011 ab") may take the owner from it.
		if found, bound, others := v.headOwners(r.Text, src.Language, c, sentence); found {
			switch {
			case bound:
				return true, nil
			case others:
				return false, nil // "US-Verteidigungsministerium" for the Iraqi one
			case mentionedAny(sentence, c.Keys()) || continuesOwner(r.Text, sentence) && mentionedAny(around, c.Keys()):
				return true, nil
			case v.titledBy(src, c.Keys()) && !namesOthers(sentence, c.Keys()) && !opensInUnknownPlace(r.Text):
				// A source titled by the owner alone ("Warsaw") is about
				// it: its "inhabitants" are Warsaw's, unless the sentence
				// names another place or owner ("In Kraków, …").
				return true, nil
			case v.headPointsBack(r.Text, src.Language, c, sentence, !headRequired[v.q.Type]) && v.previousNames(w, r.Passage, src.Language, c.Keys()):
				// "Der Bürgerkrieg begann …" after sentences on the
				// Chinese one: the definite article points back, but
				// not for a count, a name or a list, which must say
				// whose. "In diesem Hungerstreik starben zehn
				// Mitglieder" after "Der Irische Hungerstreik von
				// 1981 …": a demonstrative says whose, even of a
				// count.
				return true, nil
			}
			return false, nil
		}
		// A sentence that points back with "dafür" or "deshalb"
		// takes its noun from the one before: "In den vergangenen
		// Monaten schlugen Raketen auf irakischen Militärbasen ein.
		// Washington macht dafür … Milizen verantwortlich."
		if prev, ok := previousOf(w, r.Passage); ok && pointsBackWithin(r.Text) {
			if _, bound, _ := v.headOwners(prev.Text, src.Language, c, v.mentionsOf(prev, src.Language)); bound {
				return true, nil
			}
		}
		// Nor need it say again the office of someone its source
		// introduced by it ("Romanowski schrieb").
		if ok, err := v.namesHolder(ctx, r.Text, r.SourceID, src.Language, c); err != nil || ok {
			return ok, err
		}
		// Without the noun, a sentence cannot say who someone is,
		// what an organisation is or where it is.
		// Nor can one that does not name the office say whose
		// holder spoke ("the iranian government spokesman").
		if headRequired[v.q.Type] || v.q.AsksName || c.Asked || v.officeHead(c.Head) {
			return false, nil
		}
	}
	if mentionedAny(sentence, c.Keys()) {
		return true, nil
	}
	// A count of another people ("16.000 Amerikaner waren
	// gefallen") is not the asked one's, though the sentence
	// before names it.
	if v.q.Type == query.Count && namesOtherOwner(sentence, c.Keys()) {
		return false, nil
	}
	if mentionedAny(around, c.Keys()) {
		return true, nil
	}
	// The parties an article is about need not be named in each
	// sentence ("Damit trat … der Waffenstillstand in Kraft" in an
	// article on the war between Iran and Iraq): every one the
	// source names in passages enough will do, as for places.
	if v.q.Type != query.Count && c.Head == "" {
		if ok, err := v.sourceNamesAll(ctx, r.SourceID, c.Keys()); err != nil || ok {
			return ok, err
		}
		return v.callsCountry(ctx, r, src.Language, c.Keys())
	}
	return false, nil
}

// titledBy reports whether a source's title is one of the keys' names and
// nothing else ("Warsaw", "Kenya"), as an encyclopaedia's article is
// titled by its subject; a headline that names it among other words is
// not, nor is a title that names a place within a key ("Wien" for
// Austria's inhabitants).
func (v *verifier) titledBy(src store.Source, keys []string) bool {
	title := strings.TrimSpace(src.Title)
	ms := v.titleMentions(src)
	return len(ms) == 1 && strings.TrimSpace(src.Title[ms[0].Start:ms[0].End]) == title && slices.Contains(keys, ms[0].Key)
}

// opensInUnknownPlace reports whether a sentence opens with "In" and a
// name that is no noun, month or number ("In Kraków, …", "In Graz
// waren …"): a place the names table may not know.
func opensInUnknownPlace(text string) bool {
	toks := analysis.Scan(text)
	return len(toks) >= 2 && toks[0].Text == "In" && !toks[1].Num && analysis.StartsUpper(toks[1].Text) &&
		!commonNoun(toks[1].Text) && !timex.IsMonth(strings.ToLower(toks[1].Text)) && !analysis.IsArticle(strings.ToLower(toks[1].Text))
}

// namesOthers reports whether a sentence names a country or city (by its
// name, not a nationality's adjective or people) that is none of keys nor
// lies within one of them.
func namesOthers(sentence []entity.Mention, keys []string) bool {
	return slices.ContainsFunc(sentence, func(m entity.Mention) bool {
		return saysWhere(m) && !slices.ContainsFunc(keys, func(k string) bool { return entity.Within(m.Key, k) || m.Country == k })
	})
}

// saidBy reports whether the passage's sentence names whom a constraint
// the question attributes to (query.Constraint.Said) names; true for any
// other constraint. "Was ist laut Teheran das Ziel?" is not answered by
// what Baghdad said in an article that names Tehran elsewhere.
func (v *verifier) saidBy(c query.Constraint, p reading) bool {
	return !c.Said || mentionedAny(p.sentence, c.Keys())
}

// meetsPlace reports whether a passage speaks of a place constraint's
// place. Places asked together ("im Irak und in Syrien") are one
// constraint: a sentence of either meets it.
func (v *verifier) meetsPlace(ctx context.Context, c query.Constraint, p reading) (bool, error) {
	r, src, sentence := p.r, p.src, p.sentence
	if !v.saidBy(c, p) {
		return false, nil
	}
	keys := c.Keys()
	if namesOtherPlace(r.Text, sentence, v.placeKeys) {
		return false, nil // "1466 starben 40.000 Menschen in Paris" for London
	}
	// "eine Basis im Nordirak" is not one in the south of Iraq.
	if otherRegion(v.q.Text, c, r.Text, sentence) {
		return false, nil
	}
	if saysWhereAny(p.around, keys) {
		return true, nil
	}
	// A sentence about another country ("Teilen des Irak") is not
	// about the one asked, though its source names that one too.
	if v.namesOtherCountry(sentence, v.placeKeys) {
		return false, nil
	}
	// A paragraph that opens in another place ("In India, …")
	// speaks of it, though its source names the one asked too.
	if elsewhere, err := v.paragraphOpensElsewhere(ctx, r.Passage, src.Language, keys); err != nil || elsewhere {
		return false, err
	}
	// News names its place once and then writes "das Land": a
	// place the source names anywhere will do.
	for _, key := range keys {
		n, err := v.passagesNaming(ctx, r.SourceID, key)
		if err != nil {
			return false, err
		}
		if n >= v.e.params.PlaceMentions {
			return true, nil
		}
	}
	if ok, err := v.callsCountry(ctx, r, src.Language, keys); err != nil || ok {
		return ok, err
	}
	// Nor need a sentence repeat where its paragraph opened ("In
	// Saudi-Arabien verbot … Im Jahre 2012 wurden mehr als 140
	// Muslime verhaftet"), though its source names the place once.
	return v.paragraphOpensIn(ctx, r.Passage, src.Language, keys)
}

// releaseNumbered reports whether a sentence writes a version number
// (one with a dot) as a release of the name, beside a word for one: "the
// 5.1 release", "version 4.0.0", "Versionen 2.3", "v1.15", "the 5.1 stable
// branch". A punctuation mark between the two parts them ("Go 1.2 (not
// 1.3) version"), and another name before the release word or the
// number makes it another product's ("TLS versions 1.2", "OpenSSL 1.1
// version", "Python version 3.6").
func releaseNumbered(text, name, num string) bool {
	if !strings.Contains(num, ".") {
		return false
	}
	type word struct {
		text                       string
		before, after, capitalised bool // a mark before or after it; written with a capital
	}
	var words []word
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '/' }) {
		for _, part := range strings.Split(f, "-") {
			core := strings.Trim(part, releasePunct)
			if core == "" {
				if len(words) > 0 {
					words[len(words)-1].after = true
				}
				continue
			}
			words = append(words, word{text: strings.ToLower(core), capitalised: analysis.StartsUpper(core),
				before: strings.TrimLeft(part, releasePunct) != part, after: strings.TrimRight(part, releasePunct) != part})
		}
	}
	joined := func(k int) bool { return k > 0 && !words[k-1].after && !words[k].before } // words[k-1] and words[k]
	// words[k], joined to the next, names something else; the first
	// word's capital is the sentence's.
	other := func(k int) bool {
		return k > 0 && joined(k+1) && words[k].capitalised && words[k].text != name && !releaseWords[words[k].text]
	}
	for i, w := range words {
		switch {
		case w.text == "v"+num && !other(i-1):
			return true
		case w.text != num:
		case joined(i) && releaseWords[words[i-1].text] && !other(i-2):
			return true
		case i+1 < len(words) && joined(i+1) && (releaseWords[words[i+1].text] || releaseAfter[words[i+1].text]) && !other(i-1):
			return true
		}
	}
	return false
}

// releasePunct are the marks trimmed from a word releaseNumbered reads;
// one between two words parts them.
const releasePunct = ".,;:!?()[]{}„“”‘’\"'*_"

// releaseWords name a release beside its number, before or after it.
var releaseWords = map[string]bool{"release": true, "releases": true, "version": true, "versions": true,
	"versionen": true, "veröffentlichung": true}

// releaseAfter name a release only after its number ("the 5.1 stable
// branch", "the 3.2 series"): before one, a number is a measure ("series
// 5.1 kΩ resistor").
var releaseAfter = map[string]bool{"stable": true, "series": true, "branch": true, "zweig": true}

// meetsName reports whether a passage names a named constraint's name as
// the question means it.
func (v *verifier) meetsName(ctx context.Context, c query.Constraint, p reading) (bool, error) {
	r, w, src := p.r, p.w, p.src
	if query.IsIdentifier(c.Key) {
		return v.meetsIdentifier(ctx, c.Key, p)
	}
	subject := v.subjects[c.Key] // by the key asked, as inSentence reads it
	// A collection about a name titles its releases by their number alone
	// ("4.0.0" in Homebrew's blog): such a source speaks of the numbered
	// name asked ("homebrew 4.0.0").
	// A collection about a name also writes a release by its number alone
	// in its sentences: "the main goal of the 5.1 release" speaks of
	// "kicad 5.1" in KiCad's blog.
	if name, num, _, ok := numberedKey(c.Key); ok && v.subjects[name] && (titledByNumber(src.Title, src.Language, num) || releaseNumbered(r.Text, name, num)) {
		return true, nil
	}
	if !numberedAsAsked(c.Key, w.text) {
		// A source that never numbers the name ("Georg" throughout the
		// paragraph on Georg VI) speaks of one bearer of it: the name
		// alone meets the numbered one asked. One that numbers it
		// anywhere ("Heinrich III.", "Wilhelm I.") tells its bearers
		// apart, one that writes it before another name ("Georg
		// Büchner") speaks of someone else, and one that writes the
		// number asked may write it after the name in its own language
		// ("Ludwig XVI." for "louis xvi").
		bare, num, ok := unnumbered(c.Key)
		if !ok {
			return false, nil
		}
		at := src.ID + "\x00" + c.Key
		tells, ok := v.tellsBearers[at]
		if !ok {
			all, err := v.sources.of(ctx, src.ID)
			if err != nil {
				return false, err
			}
			tells = slices.ContainsFunc(all, func(p store.Passage) bool { return numbersName(bare, p.Text) || lowerWordSet(p.Text)[num] })
			v.tellsBearers[at] = tells
		}
		if tells {
			return false, nil
		}
		c.Key = bare
	} else if numbersOtherwise(c, r.Text) {
		// "Debian 2.1 kam für …" after a sentence on Debian 2.0 speaks
		// of another version than the one asked.
		return false, nil
	} else if name, num, ok := query.GluedNumber(v.seriesAsWritten(c, w.before)); ok {
		// "Die Konferenz hatte 200 Teilnehmer" after "DebConf14" speaks
		// of DebConf14, whatever its source says of DebConf16 elsewhere:
		// the sentences before it in its paragraph tell, in order.
		upTo, err := v.paragraphUpTo(ctx, r.Passage)
		if err != nil {
			return false, err
		}
		var earlier []string
		for _, q := range upTo {
			if q.Ord < r.Ord {
				earlier = append(earlier, q.Text)
			}
		}
		if anotherOfSeries(name, num, r.Text, earlier, src.Title) {
			return false, nil
		}
		// Its letters and a number apart ("DebConf" … "10 Tage") are no
		// name of the series: only where the sentence, its neighbours,
		// its paragraph before it or its title write the number asked
		// with them is it named, unless the collection is about it.
		if !subject && !seriesNamed(name, num, append(earlier, w.text)) {
			return false, nil
		}
	}
	c.Key = v.withoutSubjectWords(c.Key)
	if !namesAll(c, src.Language, w.before, v.read) && !v.translatedName(c, w.before, src.Language) && !v.namedInTranslation(c, r.Text, src.Language) {
		// One word of a name the source writes in full names its bearer.
		part := false
		for _, name := range v.twoWordNames(c) {
			var err error
			if part, err = v.namedByPart(ctx, name, r.Text, src.Language, src); err != nil {
				return false, err
			} else if part {
				break
			}
		}
		// A source that names it throughout is about it, and so is a
		// collection: each of its sentences speaks of it, named or not.
		if !part {
			if about, err := v.sourceAbout(ctx, c, src); err != nil || !about && !subject {
				return false, err
			}
		}
	}
	// A life's signs are of the name they follow: "Leona Woods (*
	// 9. August 1919 in La Grange …) … unter Enrico Fermi" gives
	// no birthplace of Fermi's.
	if v.asksLife && lifeOfAnother(r.Text, src.Language, c, v.read) {
		return false, nil
	}
	// "die erste Warschauer Börse" answers nothing of the Krakauer
	// one: the sentence gives the name's noun another name.
	if c.Head != "" && src.Language == v.q.Lang && anotherNames(v.read.tokensOf(r.Text, src.Language), src.Language, c, v.read) {
		return false, nil
	}
	// A count asked of someone named ("How many sacks did Kawann
	// Short have?") is not answered by the next sentence's figure
	// of another ("Mario Addison added 6½ sacks"). Capitalised words
	// the dictionary lists as common English words name a group or a
	// thing, not another person ("nine Open Source Developers", "28
	// Nordwind Solar Panels"); the dictionary is asked only of a
	// sentence that has such a pair at all.
	another := v.q.Type == query.Count && hasPersonName(r.Text, v.title) && hasPersonName(v.withoutCommonEnglish(r.Text, src.Language), v.title)
	return !(another && !namesAll(c, src.Language, analysis.TermSet(strings.Fields(r.Passage.Terms)), v.read)), nil
}

// withoutCommonEnglish returns an English text with its capitalised words
// that the English dictionary lists as common words (and not as names
// only) in lower case: what stays capitalised in pairs may be a person's
// name (hasPersonName). A German text, or any without the dictionary, it
// returns as it is: the dictionary is not loaded for German text alone.
func (v *verifier) withoutCommonEnglish(text, lang string) string {
	if lang != analysis.English || v.e == nil || !v.e.vocabulary.KnowsEnglish() {
		return text
	}
	var b strings.Builder
	last := 0
	for _, t := range analysis.Scan(text) {
		w := strings.ToLower(t.Text)
		if !analysis.StartsUpper(t.Text) || !v.e.vocabulary.Lists(analysis.English, w) || v.e.vocabulary.properName(w) {
			continue
		}
		b.WriteString(text[last:t.Start])
		b.WriteString(w)
		last = t.Start + len(t.Text)
	}
	b.WriteString(text[last:])
	return b.String()
}

// sourceAbout reports whether a source is about a named constraint's name:
// at least Params.AboutPassages of its passages, and Params.AboutShare of
// them, name it. Counted first by the name's rarest term in the source's
// cached terms; below the bar, by namesAll over each passage, which meets
// the name's other forms ("Korvalas", a long name mistyped), once per
// source and key.
func (v *verifier) sourceAbout(ctx context.Context, c query.Constraint, src store.Source) (bool, error) {
	all, err := v.sources.of(ctx, src.ID)
	if err != nil {
		return false, err
	}
	enough := func(n int) bool {
		return n >= v.e.params.AboutPassages && float64(n) >= v.e.params.AboutShare*float64(len(all))
	}
	terms, err := v.sourceTerms(ctx, src.ID)
	if err != nil {
		return false, err
	}
	n := -1
	for _, t := range v.read.termsOf(c.Key, v.sourceLanguage(src.ID, src.Language)) {
		if n < 0 || terms[t] < n {
			n = terms[t]
		}
	}
	if enough(n) {
		return true, nil
	}
	at := fmt.Sprintf("%s\x00%s\x00%t", src.ID, c.Key, c.Guessed)
	if about, ok := v.about[at]; ok {
		return about, nil
	}
	n = 0
	for _, p := range all {
		if namesAll(c, v.passageLang(p, src.Language), analysis.TermSet(strings.Fields(p.Terms)), v.read) {
			n++
		}
	}
	v.about[at] = enough(n)
	return v.about[at], nil
}

// withoutSubjectWords returns a name's key without the words the
// collection is about on their own ("ftp" of "debian ftp" in Debian's
// news): every sentence may leave them out, as it may a name that is the
// subject whole. A key that is all such words is kept.
func (v *verifier) withoutSubjectWords(key string) string {
	words := strings.Fields(key)
	if len(words) < 2 {
		return key
	}
	kept := slices.DeleteFunc(slices.Clone(words), func(w string) bool { return v.subjects[w] })
	if len(kept) == 0 || len(kept) == len(words) {
		return key
	}
	return strings.Join(kept, " ")
}

// subjects returns the keys of the named constraints the collection is
// about: it holds at least Params.SubjectSources sources, and
// Params.SubjectShare of them write every term of the name, as German or
// as English analyses it ("Debian" in Debian's manuals), and the single
// words of longer names that are so on their own ("debian" of "debian
// ftp"), all counted in one query. nil for none.
func (e *Engine) subjects(ctx context.Context, constraints []query.Constraint, read readings) (map[string]bool, error) {
	var out map[string]bool
	var keys []string
	for _, c := range constraints {
		if c.Kind != query.Named {
			continue
		}
		keys = append(keys, c.Key)
		// A word of a longer name may be the collection's subject on its
		// own: "debian" of "debian ftp" (withoutSubjectWords).
		if words := strings.Fields(c.Key); len(words) > 1 {
			keys = append(keys, words...)
		}
	}
	if len(keys) == 0 {
		return nil, nil
	}
	// Every key's terms in both languages, counted in one query.
	var all []string
	for _, key := range keys {
		for _, lang := range []string{analysis.German, analysis.English} {
			all = append(all, read.termsOf(key, lang)...)
		}
	}
	if len(all) == 0 {
		return nil, nil
	}
	freq, total, err := e.store.SourceFreq(ctx, all)
	if err != nil {
		return nil, fmt.Errorf("how many sources name %q: %w", keys, err)
	}
	if total < e.params.SubjectSources {
		return nil, nil // too few sources to be about anything but themselves
	}
	for _, key := range keys {
		for _, lang := range []string{analysis.German, analysis.English} {
			terms := read.termsOf(key, lang)
			if len(terms) == 0 || slices.ContainsFunc(terms, func(t string) bool { return float64(freq[t]) < e.params.SubjectShare*float64(total) }) {
				continue
			}
			if out == nil {
				out = make(map[string]bool)
			}
			out[key] = true
			break
		}
	}
	return out, nil
}

// meetsTime reports whether a passage speaks of the year or month the
// question asks of; true for a question that asks of none.
func (v *verifier) meetsTime(ctx context.Context, p reading) (bool, error) {
	r, w, src, events := p.r, p.w, p.src, p.events
	if t := v.q.Time; t.Year() != 0 {
		ok := t.Covers(src.Published.Value) && !(v.q.Type.Temporal() && datedElsewhen(events, t)) || slices.ContainsFunc(events, func(ev store.Event) bool { return t.Covers(ev.Date) })
		if ok || v.spansYear(r.Passage, src.Language, t) {
			return true, nil
		}
		// A sentence with no date of its own is of its paragraph's last
		// date, when it has one, rather than of its neighbours'.
		if !v.statesDate(r.Passage, src.Language) {
			narrative, err := v.narrativeDates(ctx, r.Passage, src.Language)
			if err != nil {
				return false, err
			}
			if len(narrative) > 0 {
				return slices.ContainsFunc(narrative, t.Covers), nil
			}
		}
		// A sentence that writes years of its own, none of them asked,
		// is of those years, whatever its paragraph or title says: "If
		// we compare this to the 2018 survey …" in a post titled "Survey
		// 2019 Results" tells nothing of 2019.
		if v.writesOnlyOtherYears(r.Passage, src.Language, t) {
			return false, nil
		}
		// A year beside the sentence in its own paragraph or in its
		// title; another paragraph's year is of another matter.
		title := v.read.termsOf(src.Title, v.sourceLanguage(src.ID, src.Language))
		return slices.ContainsFunc(t.Years(), func(y string) bool { return w.paragraphHolds(y) || slices.Contains(title, y) }), nil
	} else if t.Month != 0 {
		// A month asked without a year ("Ende Oktober") is met as a year is:
		// by the source's date, a date of the sentence or, for a sentence
		// with none, of its paragraph's narrative, or the month named
		// beside it.
		ok := t.CoversMonth(src.Published.Value) || slices.ContainsFunc(events, func(ev store.Event) bool { return t.CoversMonth(ev.Date) })
		if !ok && !v.statesDate(r.Passage, src.Language) {
			var err error
			if ok, err = v.narrativeMonth(ctx, r.Passage, src.Language, t); err != nil {
				return false, err
			}
		}
		return ok || v.windowNamesMonth(w, src, t.Month), nil
	}
	return true, nil
}

// writesOnlyOtherYears reports whether a passage writes a date with its
// year in digits ("the 2018 survey", "im März 2017") and no date of the
// years t asks of. Dates resolved from words ("letztes Jahr"), a
// state's start or end ("seit 2018", "bis 2025": open towards the year
// asked, as spansYear reads them) and a year in brackets (a source cited:
// "(Müller 2018)") are no other year.
func (v *verifier) writesOnlyOtherYears(p store.Passage, lang string, t query.Time) bool {
	tags := v.tagsOf(p, lang)
	if slices.ContainsFunc(tags, func(x timex.Expr) bool { return x.Kind == timex.KindDate && len(x.Value) >= 4 && t.Covers(x.Value) }) {
		return false
	}
	return slices.ContainsFunc(tags, func(x timex.Expr) bool {
		return x.Kind == timex.KindDate && len(x.Value) >= 4 && strings.Contains(x.Text, x.Value[:4]) &&
			!x.Since && !x.Deadline && !inBrackets(p.Text, x.Start, x.End)
	})
}

// datedElsewhen reports whether a sentence's events are dated by its own
// text, and none of them in the time asked: to "when does the 2026
// festival take place", "took part in … in November 2024" in a source of
// 2026 gives the date of another. A date a state lasts since ("seit
// 2014") or a deadline it lasts until dates no other time than the
// source's. Only a "when" question is so read (meetsTime): a sentence
// that gives a figure now and one of another year to compare ("340
// members, up from 200 in 2019") is still of its source's year, and the
// events do not hold the "now".
func datedElsewhen(events []store.Event, t query.Time) bool {
	dated := false
	for _, ev := range events {
		if ev.DateFrom != timeline.FromText || ev.Since || ev.Kind == timeline.KindDeadline || ev.Date == "" {
			continue
		}
		if t.Covers(ev.Date) {
			return false
		}
		dated = true
	}
	return dated
}

// officeHead reports whether an owner's noun, as the question writes it,
// names an office (query.IsOffice: "Regierungssprecher", "spokesman"),
// not just any person ("iranische Kämpfer").
func (v *verifier) officeHead(head string) bool {
	if head == "" {
		return false
	}
	for _, t := range v.read.tokensOf(v.q.Text, v.q.Lang) {
		if t.Term == head {
			return query.IsOffice(t.Text)
		}
	}
	return false
}

// asksLife reports whether a question asks of a birth or a death, which
// a life's signs answer ("wann wurde … geboren", "birthplace").
func asksLife(q *question) bool { return slices.ContainsFunc(q.concepts, lifeConcept) }

// lifeOfAnother reports whether a sentence writes a life's signs ("(*
// 1919 …; † 1986)") and names c only after them, or before them only by
// its first name: the dates are someone else's.
func lifeOfAnother(text, lang string, c query.Constraint, read readings) bool {
	mark := lifeMark(text, '*')
	if d := lifeMark(text, '†'); mark < 0 || d >= 0 && d < mark {
		mark = d
	}
	if mark < 0 {
		return false
	}
	name := read.termsOf(c.Key, lang)
	if len(name) == 0 {
		return false
	}
	// A first name alone is many people's: "John Canfield Spencer (* …)"
	// gives no life of John Tyler's.
	last := name[len(name)-1]
	for _, t := range read.tokensOf(text[:mark], lang) {
		if writesName(t, name, c, read) && (len(name) == 1 || t.Term != name[0] || t.Term == last) {
			return false
		}
	}
	return true
}

// writesName reports whether a token writes a named constraint's name
// (its terms, name): its first or last word, that word with an ending
// ("Cäsars"), mistyped in a guessed name, or spelt as another language
// writes its sounds. It is the one reading of where in a sentence the name
// asked of stands: the role beside it, the life's signs after it, the
// other names of its noun.
func writesName(t analysis.Token, name []string, c query.Constraint, read readings) bool {
	if len(name) == 0 || t.Term == "" {
		return false
	}
	last := name[len(name)-1]
	return t.Term == name[0] || t.Term == last || sameName(t.Term, last) || c.Guessed && mistypedAs(last, t.Term) ||
		transliteratedAs(last, t.Term, read)
}

// paragraphOpening returns the places that open p's paragraph ("In
// Saudi-Arabien …": saysWhere mentions at opensWithIn) and the paragraph's
// passages from its first to p, p last; ok is false when p's paragraph is
// not found.
func (v *verifier) paragraphOpening(ctx context.Context, p store.Passage, lang string) (opens []entity.Mention, upTo []store.Passage, ok bool, err error) {
	upTo, err = v.paragraphUpTo(ctx, p)
	if err != nil || len(upTo) == 0 {
		return nil, nil, false, err
	}
	first := upTo[0]
	for _, m := range v.mentionsOf(first, lang) {
		if saysWhere(m) && opensWithIn(first.Text, m.Start) {
			opens = append(opens, m)
		}
	}
	return opens, upTo, true, nil
}

// paragraphUpTo returns p's paragraph from its first sentence to p, in
// order; none where its source does not hold p's paragraph.
func (v *verifier) paragraphUpTo(ctx context.Context, p store.Passage) ([]store.Passage, error) {
	all, err := v.sources.of(ctx, p.SourceID)
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(all, func(q store.Passage) bool { return q.Block == p.Block })
	if i < 0 || all[i].Ord > p.Ord {
		return nil, nil
	}
	var upTo []store.Passage
	for _, q := range all[i:] {
		if q.Ord > p.Ord {
			break
		}
		upTo = append(upTo, q)
	}
	return upTo, nil
}

// paragraphOpensIn reports whether p's paragraph opens with one of keys
// as its setting: its first sentence, when it is not p, begins "In
// Saudi-Arabien …", and no sentence from there to p names another place
// ("In Peru folgte 2010 ein ähnliches Verbot" moves it).
func (v *verifier) paragraphOpensIn(ctx context.Context, p store.Passage, lang string, keys []string) (bool, error) {
	opens, upTo, ok, err := v.paragraphOpening(ctx, p, lang)
	if err != nil || !ok || len(upTo) < 2 {
		return false, err
	}
	within := func(m entity.Mention) bool {
		return slices.ContainsFunc(keys, func(key string) bool { return entity.Within(m.Key, key) })
	}
	if !slices.ContainsFunc(opens, within) {
		return false, nil
	}
	for _, q := range upTo[1 : len(upTo)-1] {
		if slices.ContainsFunc(v.mentionsOf(q, lang), func(m entity.Mention) bool { return saysWhere(m) && !within(m) }) {
			return false, nil
		}
	}
	return true, nil
}

// paragraphOpensElsewhere reports whether p's paragraph opens with a place
// that is none of keys ("In India, …") and names none of keys up to p: p
// speaks of that place.
func (v *verifier) paragraphOpensElsewhere(ctx context.Context, p store.Passage, lang string, keys []string) (bool, error) {
	opens, upTo, ok, err := v.paragraphOpening(ctx, p, lang)
	if err != nil || !ok {
		return false, err
	}
	asked := func(m entity.Mention) bool {
		return slices.ContainsFunc(keys, func(key string) bool { return mentionOf(m, key) || entity.Within(key, m.Key) })
	}
	if !slices.ContainsFunc(opens, func(m entity.Mention) bool { return !asked(m) }) {
		return false, nil
	}
	for _, q := range upTo {
		if slices.ContainsFunc(v.mentionsOf(q, lang), asked) {
			return false, nil
		}
	}
	return true, nil
}

// callsCountry reports whether a sentence calls a country "das Land" ("Im
// Index der menschlichen Entwicklung steht das Land auf dem 165. Platz")
// and the one country its source names is one of keys: the sentence speaks
// of it, though the source names it only once. A source that names
// another country too leaves open which one "das Land" is.
func (v *verifier) callsCountry(ctx context.Context, r Ranked, lang string, keys []string) (bool, error) {
	if !countryAnaphor(r.Text) {
		return false, nil
	}
	named, err := v.onlyCountry(ctx, r.SourceID, lang)
	return named != "" && slices.Contains(keys, named), err
}

// onlyCountry returns the one country a source names as a place, "" when
// it names none or several; read once per source.
func (v *verifier) onlyCountry(ctx context.Context, sourceID, lang string) (string, error) {
	if named, ok := v.countries[sourceID]; ok {
		return named, nil
	}
	all, err := v.sources.of(ctx, sourceID)
	if err != nil {
		return "", err
	}
	named := ""
	for _, p := range all {
		for _, m := range v.mentionsOf(p, lang) {
			if !saysWhere(m) || m.Country == "" || m.Country == named {
				continue
			}
			if named != "" {
				v.countries[sourceID] = ""
				return "", nil
			}
			named = m.Country
		}
	}
	v.countries[sourceID] = named
	return named, nil
}

// countryAnaphor reports whether a sentence calls a country "das Land" or
// "the country" (in any case of the article); not the countryside ("auf
// dem Land", "aufs Land") nor a state it names ("das Land Hessen").
func countryAnaphor(text string) bool {
	toks := analysis.Scan(text)
	for i := 1; i < len(toks); i++ {
		if !countryNouns[strings.ToLower(toks[i].Text)] || !countryArticles[strings.ToLower(toks[i-1].Text)] {
			continue
		}
		if i >= 2 && countrysidePrepositions[strings.ToLower(toks[i-2].Text)] {
			continue
		}
		if i+1 < len(toks) && analysis.StartsUpper(toks[i+1].Text) && !toks[i+1].Num {
			continue
		}
		return true
	}
	return false
}

var (
	countryNouns            = map[string]bool{"land": true, "landes": true, "country": true, "country's": true}
	countryArticles         = map[string]bool{"das": true, "dem": true, "des": true, "the": true}
	countrysidePrepositions = map[string]bool{"auf": true, "vom": true}
)

// opensWithIn reports whether text begins with "in" (or "im", "in der",
// "in the") and the place at start.
func opensWithIn(text string, start int) bool {
	words := strings.Fields(strings.ToLower(text[:start]))
	if len(words) == 0 || len(words) > 2 || words[0] != "in" && words[0] != "im" {
		return false
	}
	return len(words) == 1 || query.DefiniteArticle(words[1])
}

// statesDate reports whether a sentence names a date of its own, resolved
// or not ("am Montag" in an article dated by its year).
func (v *verifier) statesDate(p store.Passage, lang string) bool {
	return slices.ContainsFunc(v.tagsOf(p, lang), func(x timex.Expr) bool { return x.Kind == timex.KindDate })
}

// tagsOf returns the temporal expressions of a passage, tagged once per
// question in the passage's own language (passageLang; srcLang is its
// source's where the verifier has not met the source): the date and time
// checks of every candidate read them.
func (v *verifier) tagsOf(p store.Passage, srcLang string) []timex.Expr {
	tags, ok := v.tags[p.ID]
	if !ok {
		tags = timex.Tag(p.Text, timex.Options{Lang: v.passageLang(p, srcLang)})
		v.tags[p.ID] = tags
	}
	return tags
}

// spansYear reports whether a passage states a range of time that holds a
// year the question asks of: "führte Debian von April 2008 bis April 2010"
// answers who led it in 2009. Not a life's dates in brackets ("Max Planck
// (1858–1947) erhielt …"), numbers of a unit ("von 1500 bis 1800 Grad"),
// nor a range beside another year of the sentence's own ("der von 2008
// bis 2012 renoviert wurde, im Jahr 2015").
func (v *verifier) spansYear(p store.Passage, lang string, t query.Time) bool {
	tags := v.tagsOf(p, lang)
	for i, x := range tags {
		if x.RangeWith <= i || x.RangeWith >= len(tags) {
			continue
		}
		last := tags[x.RangeWith]
		if lifeInBrackets(p.Text, x, last) || unitAfter(p.Text[last.End:]) {
			continue
		}
		// Another year of the sentence's own, alone (not another range's
		// end, not in brackets, not "seit"), dates the sentence instead.
		if slices.ContainsFunc(tags, func(o timex.Expr) bool {
			_, hasYear := timex.ValueYear(o.Value)
			return o.RangeWith < 0 && o.Kind == timex.KindDate && hasYear && !o.Since && !inBrackets(p.Text, o.Start, o.End) &&
				!query.YearsBetween(o.Value, x.Value, last.Value)
		}) {
			continue
		}
		if t.WithinRange(x.Value, last.Value) {
			return true
		}
	}
	return false
}

// inBrackets reports whether text[start:end] stands inside brackets.
func inBrackets(text string, start, end int) bool {
	return strings.LastIndex(text[:start], "(") > strings.LastIndex(text[:start], ")") && strings.Contains(text[end:], ")")
}

// lifeInBrackets reports whether a range in brackets is a life's dates:
// longer than minLifeYears ("Max Planck (1858–1947)"), where a term of
// office is shorter ("Steve McIntyre (2008–2010)").
func lifeInBrackets(text string, first, last timex.Expr) bool {
	a, ok1 := timex.ValueYear(first.Value)
	b, ok2 := timex.ValueYear(last.Value)
	return inBrackets(text, first.Start, last.End) && ok1 && ok2 && max(a, b)-min(a, b) > minLifeYears
}

// minLifeYears is the span above which a range in brackets reads as a
// life rather than a term. Set by reading, not tuned: no answer of the
// spent QA splits nor of dev22 changes between 15 and 30.
const minLifeYears = 20

// unitAfter reports whether text opens with a unit of length, weight,
// area or temperature: the numbers before it count no years.
func unitAfter(text string) bool {
	fields := strings.Fields(text)
	if len(fields) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(fields[0], ".,;:)"))
	return lengthUnits[w] || measureUnits[w] || temperatureUnits[w]
}

// temperatureUnits are the units a temperature is given in.
var temperatureUnits = map[string]bool{"grad": true, "degrees": true, "degree": true, "°": true, "°c": true, "°f": true, "celsius": true, "fahrenheit": true}

// windowNamesMonth reports whether a window's sentences or its source's
// title name month (1–12), as the date tagger reads them ("Ende Oktober";
// "the troops may leave" names no May). The sentences' tags are cached.
func (v *verifier) windowNamesMonth(w window, src store.Source, month int) bool {
	names := func(x timex.Expr) bool { return slices.Contains(timex.MonthsOf(x), month) }
	return slices.ContainsFunc(timex.Tag(src.Title, timex.Options{Lang: v.sourceLanguage(src.ID, src.Language)}), names) ||
		slices.ContainsFunc(w.around, func(p store.Passage) bool { return slices.ContainsFunc(v.tagsOf(p, src.Language), names) })
}

// narrativeDates returns the dates of the last sentence before p in its
// paragraph that states one: a history tells what happened then until it
// names another time ("im Winter 1777/78 … Die Kontinentalarmee war zu
// diesem Zeitpunkt … Das Heer bestand nur noch aus rund 5000 Mann"). Only
// resolved dates count: "am Montag" tells no year.
func (v *verifier) narrativeDates(ctx context.Context, p store.Passage, lang string) ([]string, error) {
	q, err := v.lastBefore(ctx, p, func(q store.Passage) bool { return len(v.datesOf(q, lang)) > 0 })
	if err != nil || q == nil {
		return nil, err
	}
	return v.datesOf(*q, lang), nil
}

// narrativeMonth reports whether the last sentence before p in its
// paragraph that names a date or a month names the month t asks of, or
// has a date in it: a history's month, as narrativeDates its year, with
// months its tagger cannot resolve ("seit Ende Dezember").
func (v *verifier) narrativeMonth(ctx context.Context, p store.Passage, lang string, t query.Time) (bool, error) {
	months := func(q store.Passage) []int {
		var out []int
		for _, x := range v.tagsOf(q, lang) {
			out = append(out, timex.MonthsOf(x)...)
		}
		return out
	}
	q, err := v.lastBefore(ctx, p, func(q store.Passage) bool {
		return mayNameDate(q.Text) && (len(months(q)) > 0 || len(v.datesOf(q, lang)) > 0)
	})
	if err != nil || q == nil {
		return false, err
	}
	return slices.Contains(months(*q), t.Month) || slices.ContainsFunc(v.datesOf(*q, lang), t.CoversMonth), nil
}

// lastBefore returns the last sentence before p in its paragraph that
// holds, or nil.
func (v *verifier) lastBefore(ctx context.Context, p store.Passage, holds func(store.Passage) bool) (*store.Passage, error) {
	all, err := v.sources.of(ctx, p.SourceID)
	if err != nil {
		return nil, err
	}
	k := slices.IndexFunc(all, func(q store.Passage) bool { return q.ID == p.ID })
	for k--; k >= 0 && all[k].Block == p.Block; k-- {
		if holds(all[k]) {
			return &all[k], nil
		}
	}
	return nil, nil
}

// datesOf returns the resolved dates a passage names; a sentence with no
// number and no month's name names none, and is not tagged.
func (v *verifier) datesOf(p store.Passage, lang string) []string {
	if !mayNameDate(p.Text) {
		return nil
	}
	var out []string
	for _, x := range v.tagsOf(p, lang) {
		if x.Kind == timex.KindDate && x.Value != "" {
			out = append(out, x.Value)
		}
	}
	return out
}

// mayNameDate reports whether a text holds a number or a month's name,
// without which it names no date that resolves to a year.
func mayNameDate(text string) bool {
	return slices.ContainsFunc(analysis.Scan(text), func(t analysis.Token) bool { return t.Num || timex.IsMonth(strings.ToLower(t.Text)) })
}

// continuesOwner reports whether a sentence takes its owner from the one
// before: it starts with a word that refers back ("Sie zogen ihre Truppen
// ab"), unless that word is the article of a noun its own nationality
// qualifies ("Das irakische Parlament …").
func continuesOwner(text string, mentions []entity.Mention) bool {
	first := firstWord(text)
	if !pointsBack[strings.ToLower(first)] {
		return false
	}
	start := strings.Index(text, first) + len(first)
	for _, m := range mentions {
		if m.Adjective && m.Start >= start && strings.TrimSpace(text[start:m.Start]) == "" {
			return false
		}
	}
	return true
}

// headRequired are the answer types whose answer must name the noun an
// owner qualifies: who the Iraqi defence minister is is said where the
// minister is named.
var headRequired = map[query.Type]bool{query.Person: true, query.Organisation: true, query.Place: true, query.List: true, query.Count: true}

// sourceNamesAll reports whether a source names every one of keys in
// Params.PlaceMentions passages or more, and in Params.PartyShare of its
// passages (counted by each key's most used form).
func (v *verifier) sourceNamesAll(ctx context.Context, sourceID string, keys []string) (bool, error) {
	all, err := v.sources.of(ctx, sourceID)
	if err != nil {
		return false, err
	}
	for _, k := range keys {
		n, err := v.passagesNaming(ctx, sourceID, k)
		if err != nil {
			return false, err
		}
		if n < v.e.params.PlaceMentions || float64(n) < v.e.params.PartyShare*float64(len(all)) {
			return false, nil
		}
	}
	return len(keys) > 0, nil
}

// passagesNaming is how many passages of a source name key in its most
// used form ("Irak" and "irakische" are counted apart, the larger kept; a
// form of several words by its rarest), or -1 when no form of key is
// analysed into terms. Counted once per source and key.
func (v *verifier) passagesNaming(ctx context.Context, sourceID, key string) (int, error) {
	if n, ok := v.naming[sourceID+"\x00"+key]; ok {
		return n, nil
	}
	terms, err := v.sourceTerms(ctx, sourceID)
	if err != nil {
		return 0, err
	}
	lang := v.srcMeta[sourceID].Language
	best := -1
	for _, form := range v.e.entities.Names(key) {
		ts := v.read.termsOf(form, lang)
		if len(ts) == 0 {
			continue
		}
		n := -1
		for _, t := range ts {
			if n < 0 || terms[t] < n {
				n = terms[t]
			}
		}
		best = max(best, n)
	}
	v.naming[sourceID+"\x00"+key] = best
	return best, nil
}

// previousOf returns the passage before p in its window.
func previousOf(w window, p store.Passage) (store.Passage, bool) {
	for _, q := range w.around {
		if q.SourceID == p.SourceID && q.Ord == p.Ord-1 {
			return q, true
		}
	}
	return store.Passage{}, false
}

// pointsBackWithin reports whether a sentence refers to the one before it
// with a pronominal adverb: "dafür", "deshalb", "therefore".
func pointsBackWithin(text string) bool {
	for _, tok := range analysis.Scan(text) {
		if backReferences[strings.ToLower(tok.Text)] {
			return true
		}
	}
	return false
}

var backReferences = map[string]bool{"dafür": true, "dazu": true, "darauf": true, "deshalb": true, "deswegen": true,
	"daher": true, "darum": true, "therefore": true, "thus": true}

// namesOtherOwner reports whether a sentence names a people, force or
// nationality of a country not among keys.
func namesOtherOwner(sentence []entity.Mention, keys []string) bool {
	return slices.ContainsFunc(sentence, func(m entity.Mention) bool {
		return (m.People || m.Force || m.Adjective) && !slices.ContainsFunc(keys, func(k string) bool {
			return entity.Within(m.Key, k) || m.Country == k
		})
	})
}

// mentionedAny reports whether any of keys is mentioned.
func mentionedAny(ms []entity.Mention, keys []string) bool {
	return slices.ContainsFunc(keys, func(k string) bool { return mentioned(ms, k) })
}

// headOwners finds in a sentence the noun an owner constraint qualifies
// and says whose each occurrence is: found when the noun is there, bound
// when an occurrence is qualified by one of the constraint's owners ("der
// irakische Verteidigungsminister"), others when every qualified occurrence
// is another's and none stands alone ("US-Verteidigungsministeriums").
func (v *verifier) headOwners(text, lang string, c query.Constraint, mentions []entity.Mention) (found, bound, others bool) {
	alone := false
	v.eachHead(text, lang, c, mentions, func(_ []analysis.Token, _ int, owned, qualified bool) {
		found = true
		bound = bound || owned
		alone = alone || !qualified
	})
	return found, bound, found && !bound && !alone
}

// previousNames reports whether the sentence before p names one of keys.
func (v *verifier) previousNames(w window, p store.Passage, lang string, keys []string) bool {
	prev, ok := previousOf(w, p)
	return ok && mentionedAny(v.mentionsOf(prev, lang), keys)
}

// headPointsBack reports whether text writes the noun an owner constraint
// qualifies with no owner of its own, after a word that points back to the
// sentences before: a demonstrative ("in diesem Hungerstreik", "this
// offensive"), or, where definite allows, a definite article opening the
// sentence ("Der Bürgerkrieg begann …", "The war ended …"). Further in
// ("Vorratslager der Rebellen") the article says less, and a genitive after
// the noun gives it an owner of its own ("Der Einsatz der internationalen
// Koalition").
func (v *verifier) headPointsBack(text, lang string, c query.Constraint, mentions []entity.Mention, definite bool) bool {
	points := false
	v.eachHead(text, lang, c, mentions, func(toks []analysis.Token, i int, _, qualified bool) {
		if points || qualified {
			return
		}
		if i > 0 && query.Demonstrative(strings.ToLower(toks[i-1].Text)) {
			points = true
			return
		}
		ownsNext := i+1 < len(toks) && query.Genitive(strings.ToLower(toks[i+1].Text))
		points = definite && !ownsNext && i == 1 && query.DefiniteArticle(strings.ToLower(toks[0].Text))
	})
	return points
}

// eachHead calls f for each token of text that is the noun an owner
// constraint qualifies, with the text's tokens, the token's index, whether
// one of the constraint's owners qualifies it and whether any does.
func (v *verifier) eachHead(text, lang string, c query.Constraint, mentions []entity.Mention, f func(toks []analysis.Token, i int, owned, qualified bool)) {
	toks := v.read.tokensOf(text, lang)
	heads := v.headsIn(c, lang)
	for i, tok := range toks {
		if !slices.ContainsFunc(heads, func(h query.Constraint) bool { return isHead(tok, h) }) {
			continue
		}
		owner, ok := qualifier(text, toks, i, mentions)
		f(toks, i, ok && slices.ContainsFunc(c.Keys(), func(k string) bool { return entity.Within(owner, k) }), ok)
	}
}

// headsIn returns the constraint as its head is written in lang: itself
// in the question's language, and in the other once for each translation
// of the head ("ambassador" → "Botschafter", "Gesandter"); and once for
// each word for the head of the body it names, where the question asks
// who leads it (question.heads).
func (v *verifier) headsIn(c query.Constraint, lang string) []query.Constraint {
	out := v.headsAsWritten(c, lang)
	// The head of a body a who-question asks who leads is its noun too:
	// "die irakische Regierung" is led by "der irakische Premierminister".
	for _, t := range v.q.heads[c.Head] {
		if slices.ContainsFunc(out, func(h query.Constraint) bool { return h.Head == t }) {
			continue // a translation of the head already
		}
		h := c
		h.Head, h.HeadParts = t, nil
		out = append(out, h)
	}
	return out
}

// headsAsWritten returns the constraint as its head is written in lang
// (headsIn), its head's words aside.
func (v *verifier) headsAsWritten(c query.Constraint, lang string) []query.Constraint {
	if lang == v.q.Lang || c.Head == "" {
		return []query.Constraint{c}
	}
	var out []query.Constraint
	for i, concept := range v.q.concepts {
		if concept[0] != c.Head {
			continue
		}
		// A phrase the dictionary translates whole is the head: "foreign
		// minister" is an "Außenminister", no other minister. Its
		// translation stands in the concept of the word before too.
		terms := concept[1:]
		if i > 0 && v.follows(i) {
			var phrase []string
			for _, t := range terms {
				if slices.Contains(v.q.concepts[i-1][1:], t) && !slices.Contains(phrase, t) {
					phrase = append(phrase, t)
				}
			}
			if len(phrase) > 0 {
				terms = phrase
			}
		}
		for _, t := range terms {
			h := c
			h.Head, h.HeadParts = t, nil
			out = append(out, h)
		}
	}
	if len(out) == 0 {
		return []query.Constraint{c}
	}
	return out
}

// follows reports whether the question writes concept i's word right
// after concept i-1's ("foreign minister"), so that a translation the two
// share is the phrase's.
func (v *verifier) follows(i int) bool {
	toks := v.read.tokensOf(v.q.Text, v.q.Lang)
	for k := 1; k < len(toks); k++ {
		if toks[k-1].Term == v.q.concepts[i-1][0] && toks[k].Term == v.q.concepts[i][0] {
			return true
		}
	}
	return false
}

// isHead reports whether a token is the noun an owner constraint
// qualifies: the same term, a compound ending in it or holding it, a long
// word one typo away ("verteidigungsminster"), the head of a compound head
// ("Raketen" for "Raketenangriff"), or for soldiers any word for soldiers.
func isHead(tok analysis.Token, c query.Constraint) bool {
	head := c.Head
	if tok.Term == "" || tok.Stop {
		return false
	}
	if tok.Term == head || len(head) >= 4 && strings.HasSuffix(tok.Term, head) || nearlyEqual(tok.Term, head) ||
		len(head) >= 8 && strings.HasPrefix(tok.Term, head) || slices.Contains(tok.Parts, head) || query.SameOffice(tok.Term, head) {
		return true
	}
	if len(tok.Term) >= 5 && slices.Contains(c.HeadParts, tok.Term) {
		return true
	}
	return troopTerm(head) && (troopTerm(strings.ToLower(tok.Text)) || troopTerm(tok.Term))
}

// qualifier returns the owner a nationality adjective or a name as a
// compound's first part gives token i: "irakische" in "der irakische
// Verteidigungsminister", "US" in "US-Truppen". At most one word (an
// adjective) may stand between.
func qualifier(text string, toks []analysis.Token, i int, mentions []entity.Mention) (string, bool) {
	start := toks[i].Start
	for _, m := range mentions {
		if !m.Adjective || m.End > start {
			continue
		}
		gap := text[m.End:start]
		if strings.ContainsAny(gap, ",;:.()„“\"") {
			continue
		}
		if g := strings.TrimSpace(gap); g == "" || g == "-" || len(strings.Fields(g)) == 1 {
			return m.Key, true
		}
	}
	return "", false
}

// nearlyEqual reports whether two terms of eight letters or more differ by
// one edit: a typo rather than another word.
func nearlyEqual(a, b string) bool {
	return utf8.RuneCountInString(a) >= typoLength && utf8.RuneCountInString(b) >= typoLength && oneEdit(a, b)
}

// oneEdit reports whether a and b differ by at most one letter added,
// dropped or replaced.
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra)-len(rb) > 1 || len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && i < len(rb) && ra[i] == rb[i] {
		i++
	}
	j, k := len(ra), len(rb)
	for j > i && k > i && ra[j-1] == rb[k-1] {
		j--
		k--
	}
	// A digit is no typo: "debconf15" is another name than "debconf16".
	if slices.ContainsFunc(ra[i:j], unicode.IsDigit) || slices.ContainsFunc(rb[i:k], unicode.IsDigit) {
		return false
	}
	return j-i <= 1 && k-i <= 1
}

// sourceTerms returns a source's terms and in how many of its passages
// each stands, counted once per source.
func (v *verifier) sourceTerms(ctx context.Context, sourceID string) (map[string]int, error) {
	if terms, ok := v.srcTerms[sourceID]; ok {
		return terms, nil
	}
	all, err := v.sources.of(ctx, sourceID)
	if err != nil {
		return nil, err
	}
	terms := make(map[string]int)
	last := make(map[string]int) // the passage a term was last counted in, plus one
	for i, p := range all {
		for _, t := range strings.Fields(p.Terms) {
			if last[t] != i+1 {
				last[t] = i + 1
				terms[t]++
			}
		}
	}
	v.srcTerms[sourceID] = terms
	return terms, nil
}

// meetsIdentifier reports whether a passage speaks of the identifier asked
// ("cve-2013-1862", "mod_proxy_ajp"): its sentence writes it; or its
// sentence writes none of its kind (identifierKind) and either its window
// writes it or its source writes it and no other of its kind.
// "CVE-2012-4558 …" speaks of that one, whatever the sentence beside it
// names; an advisory of three CVEs or a newsletter of many advisories
// speaks of each only where it names it. An identifier is written as it
// is, in any case; no translation or other form names it.
func (v *verifier) meetsIdentifier(ctx context.Context, key string, p reading) (bool, error) {
	ids, asked := identifierKind(key)
	if own := ids(p.r.Text); len(own) > 0 {
		return slices.ContainsFunc(own, asked), nil
	}
	if writesIdentifier(p.w.text, key) {
		return true, nil
	}
	at := p.src.ID + "\x00" + key
	if only, ok := v.writesID[at]; ok {
		return only, nil
	}
	all, err := v.sources.of(ctx, p.src.ID)
	if err != nil {
		return false, err
	}
	named, other := false, false
	for _, q := range all {
		for _, id := range ids(q.Text) {
			if asked(id) {
				named = true
			} else {
				other = true
			}
		}
	}
	v.writesID[at] = named && !other
	return named && !other, nil
}

// identifierKind returns how to read identifiers of key's kind: ids
// returns those a text writes, lower case; asked reports whether one is
// key, or key with more numbers after it ("DSA-3125-1" for "dsa-3125"),
// or for a kind alone ("cve") any of that kind. An identifier written
// with underscores is of the kind of its first word (query.SnakeKind:
// "mod_proxy_ajp" beside "mod_proxy_balancer", not beside "ZARNIX_HOME")
// and is only itself. A host name is of its site's kind (query.HostSite:
// "deb.debian.org" beside "ftp.debian.org") and is itself or any host
// under it ("pages.cloud.gov" for "cloud.gov", "www.gov.uk" for
// "gov.uk").
func identifierKind(key string) (ids func(text string) []string, asked func(id string) bool) {
	if query.IsHostName(key) {
		site := query.HostSite(key)
		return func(text string) []string {
				return slices.DeleteFunc(query.HostNames(text), func(h string) bool { return query.HostSite(h) != site && !query.OfHost(h, key) })
			},
			func(h string) bool { return query.OfHost(h, key) }
	}
	if query.IsSnakeIdentifier(key) {
		kind := query.SnakeKind(key)
		return func(text string) []string {
				return slices.DeleteFunc(query.SnakeIdentifiers(text), func(id string) bool { return query.SnakeKind(id) != kind })
			},
			func(id string) bool { return id == key }
	}
	kind, _, whole := strings.Cut(key, "-")
	return func(text string) []string { return identifiersIn(text, kind) },
		func(id string) bool { return !whole || id == key || strings.HasPrefix(id, key+"-") }
}

// identifiersIn returns the identifiers of a kind ("cve") a text writes,
// lower case: the kind as a word, then numbers joined by hyphens.
func identifiersIn(text, kind string) []string {
	lower := strings.ToLower(text)
	var out []string
	for i := 0; ; {
		j := strings.Index(lower[i:], kind+"-")
		if j < 0 {
			return out
		}
		at := i + j
		i = at + len(kind) + 1
		if before, _ := utf8.DecodeLastRuneInString(lower[:at]); at > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before)) {
			continue
		}
		end := i
		for end < len(lower) && (lower[end] >= '0' && lower[end] <= '9' || lower[end] == '-' && end+1 < len(lower) && lower[end+1] >= '0' && lower[end+1] <= '9') {
			end++
		}
		if end > i {
			out = append(out, lower[at:end])
		}
	}
}

// writesIdentifier reports whether a text writes an identifier as
// identifierKind reads it: itself, a CVE-like one with more numbers
// after it ("DSA-3125-1" for "dsa-3125"), or for a kind alone ("cve")
// any of that kind.
func writesIdentifier(text, key string) bool {
	ids, asked := identifierKind(key)
	return slices.ContainsFunc(ids(text), asked)
}
