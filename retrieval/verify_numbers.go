package retrieval

// Numbers: a number the question gives of what it asks about ("with 10
// bit per channel", "region 2", "the 500,000 dong note", "utf-16") is one
// the passage, its neighbours or (for a label) its source must give too:
// "8 Bit" answers nothing of 10 bits.

import (
	"cmp"
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/figure"
	"github.com/quellen/quellen/retrieval/lexicon"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/timex"
)

// givenNumber is a number a question gives: its value, or for one joined
// on to a word by a hyphen ("utf-16", "nr-23") its digits. label marks a
// number after a space and a word that is neither a stop word nor a
// German verb nor an English verb's past ("reached 1.0"), which tells one
// thing from others of its kind ("region 2",
// "version 3", "apollo-1-crew"): the source the passage stands in must
// give it. Another is a quantity ("with 10 bit", "the 500,000 dong
// note"): the passage or its neighbours must.
type givenNumber struct {
	value  int64
	digits string
	label  bool
	// noun is the lower-case word a label follows ("beta" of "beta 1"),
	// "" for none.
	noun string
	// version marks a dotted version ("go 1.3", "the 9.5 point release",
	// "python 3.11"): digits holds it as written, and a text gives it only
	// written so (dottedVersions), not as its parts; after a noun (of
	// "clang 3.4"), only right after that noun ("Clang 3.4", "go1.21"),
	// as the version of one thing tells nothing of another's ("Python
	// 3.4", "Django 1.6" of "go 1.6").
	version bool
}

// givenNumbers returns the numbers a question gives that no other check
// reads. Left out: a year (four digits from 1000 to 2100), a date, time or
// length of time the date rules read ("am 27.1.2020", "at 10:30"), a
// number after a word of time or before a unit of time or an era ("in
// 492", "seit 10", "10 jahre", "460 v. Chr.", "148 bc"), a threshold
// ("mehr als 500", "at least 3"), an ordinal ("2nd", "die 3. Division"), a
// number in words ("three astronauts" names no figure the answer writes),
// a multiple or a rough number ("dreimal", "Dutzende"), a number beside a
// slash ("9/11") and one in a name the question names ("Apollo 11", whose
// check reads it). A number grouped by threes is read so in either
// language ("500,000" and "500.000" are 500000).
func givenNumbers(text, lang string, constraints []query.Constraint) []givenNumber {
	// Every number it keeps is written in digits: a question without any
	// is not tagged for its dates.
	if !strings.ContainsFunc(text, unicode.IsDigit) {
		return nil
	}
	var tags []timex.Expr
	for _, l := range []string{analysis.German, analysis.English} {
		tags = append(tags, timex.Tag(text, timex.Options{Lang: l})...)
	}
	skip := func(start, end int) bool {
		return slices.ContainsFunc(constraints, func(c query.Constraint) bool {
			return c.Kind == query.Named && writesAt(text, c.Start, c.Text) && c.Start < end && start < c.End
		}) || slices.ContainsFunc(tags, func(x timex.Expr) bool { return x.Start < end && start < x.End })
	}
	excluded := func(start, end int, value int64, plain4 bool) bool {
		before, after := strings.TrimRight(text[:start], " "), text[end:]
		return skip(start, end) || plain4 && value >= questionYearFrom && value <= questionYearTo ||
			strings.HasSuffix(before, "/") || strings.HasPrefix(after, "/") ||
			ordinalAfter(after) || timeBefore[edgeWord(before, true)] || timeUnits[edgeWord(after, false)] || eraAfter(after) || threshold(before)
	}
	label := func(start int) bool {
		before := text[:start]
		w := edgeWord(before, true)
		if !strings.HasSuffix(before, " ") || !isLetterWord(w) || analysis.For(analysis.German).IsStop(w) || analysis.For(analysis.English).IsStop(w) {
			return false
		}
		// "which languages reached 1.0": an English verb's past labels
		// nothing ("go 1.8" names Go).
		return analysis.Lexicon().Analyse(w).POS != lexicon.Verb && !(lang == analysis.English && englishPast(strings.ToLower(w)))
	}
	labelled := func(value int64, start int) givenNumber {
		n := givenNumber{value: value, label: label(start)}
		if n.label {
			n.noun = strings.ToLower(edgeWord(text[:start], true))
		}
		return n
	}
	var out []givenNumber
	var versions [][]int
	for _, m := range dottedVersions(text) {
		// Every dotted run's parts are no numbers of their own; a
		// decimal before a unit or a scale ("1.5 percent", "2.5
		// million"), a price or a date in digits is no version either
		// (figure reads the scaled one).
		versions = append(versions, m)
		if !skip(m[0], m[1]) && !quantityAfter(text[m[1]:], lang) && !quantityBefore(text[:m[0]]) && !numericDate(text, m) {
			n := givenNumber{digits: text[m[0]:m[1]], label: true, version: true}
			if w := edgeWord(text[:m[0]], true); label(m[0]) && !timeBefore[w] && !versionWords[w] && !comparisonWords[w] &&
				!(lang == analysis.English && unchangedPasts[strings.ToLower(w)]) {
				n.noun = w
			}
			out = append(out, n)
		}
	}
	inVersion := func(start, end int) bool {
		return slices.ContainsFunc(versions, func(m []int) bool { return m[0] < end && start < m[1] })
	}
	grouped := groupedNumber.FindAllStringIndex(text, -1)
	for _, g := range grouped {
		if v, ok := groupedValue(text[g[0]:g[1]]); ok && !inVersion(g[0], g[1]) && !excluded(g[0], g[1], v, false) {
			out = append(out, labelled(v, g[0]))
		}
	}
	for _, n := range figure.Read(text, lang) {
		inGroup := slices.ContainsFunc(grouped, func(g []int) bool { return g[0] < n.End && n.Start < g[1] })
		// A part of a dotted run is no number, but a decimal scaled
		// ("2.5 million") is one.
		inRun := slices.ContainsFunc(versions, func(m []int) bool { return m[0] < n.End && n.Start < m[1] && n.End <= m[1] })
		if inGroup || inRun || n.Spelled || n.Times || n.Approx || hyphenBefore(text, n.Start) || excluded(n.Start, n.End, n.Value, n.Plain4) {
			continue
		}
		out = append(out, labelled(n.Value, n.Start))
	}
	for _, m := range hyphenNumber.FindAllStringSubmatchIndex(text, -1) {
		digits := text[m[2]:m[3]]
		v, _ := strconv.ParseInt(digits, 10, 64)
		if !inVersion(m[2], m[3]) && !excluded(m[2], m[3], v, len(digits) == 4) {
			out = append(out, givenNumber{digits: cmp.Or(strings.TrimLeft(digits, "0"), "0"), label: true})
		}
	}
	return out
}

// questionYearFrom and questionYearTo bound the four plain digits a
// question's number check takes for a year: from 1000, as questions ask of
// history ("1073/74", "im Jahr 1066"); the troop figures' own year rule
// (figures.go) starts at 1800, where "1000 Soldaten" is a count.
const (
	questionYearFrom = 1000
	questionYearTo   = 2100
)

var (
	// hyphenNumber is a number joined on to a word by a hyphen: "utf-16",
	// "nr-23", "sauerstoff-17", "utf-16le".
	hyphenNumber = regexp.MustCompile(`\pL-(\d+)`)
	// groupedNumber is a number grouped by threes with dots or commas.
	groupedNumber = regexp.MustCompile(`\b\d{1,3}(?:[.,]\d{3})+\b`)
	// digitRun is any run of digits, read as written.
	digitRun = regexp.MustCompile(`\d+`)
	// dottedRun is a run of digits joined by dots: "1.3", "1.21.3",
	// "1.500", "27.01.2020".
	dottedRun = regexp.MustCompile(`\d+(?:\.\d+)+`)
)

// dottedVersions returns the offsets of the dotted versions in text:
// "1.3", "3.11", "1.21.3", "go1.21" (its digits); not a number grouped by
// threes ("1.500", "2.500.000"), nor one with more than three digits
// before its first dot ("2026.1"), nor a run joined on to another number
// by a comma or a dot ("1,2.3").
func dottedVersions(text string) [][]int {
	var out [][]int
	for _, m := range dottedRun.FindAllStringIndex(text, -1) {
		parts := strings.Split(text[m[0]:m[1]], ".")
		joined := strings.HasSuffix(text[:m[0]], ",") || strings.HasSuffix(text[:m[0]], ".") ||
			len(text) > m[1]+1 && text[m[1]] == ',' && text[m[1]+1] >= '0' && text[m[1]+1] <= '9'
		if len(parts[0]) > 3 || joined || !slices.ContainsFunc(parts[1:], func(p string) bool { return len(p) < 3 }) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// versionsWritten returns every dotted version text (of language lang)
// writes, with the versions it extends ("1.21.3" gives "1.21.3" and
// "1.21", so a question's "1.21" is met by the point release), each with
// the lower-case words written right before it ("clang" of "Clang 3.4",
// "go" of "go1.21", "mozilla-firefox" of "Mozilla-Firefox 3.5"; "" for
// none). A quantity ("9.5%"), a price ("$2.50") and a date in digits ("am
// 9.5.2017") are none.
func versionsWritten(text, lang string) map[string][]string {
	out := make(map[string][]string)
	for _, m := range dottedVersions(text) {
		if quantityAfter(text[m[1]:], lang) || quantityBefore(text[:m[0]]) || numericDate(text, m) {
			continue
		}
		parts := strings.Split(text[m[0]:m[1]], ".")
		noun := nounBefore(text[:m[0]])
		nouns := []string{noun}
		// "Profanity ist in Version 0.15.0 erschienen": the version is
		// the name's.
		if versionWords[noun] {
			if name := nameBeforeVersion(text[:m[0]]); name != "" {
				nouns = append(nouns, name)
			}
		}
		for k := 2; k <= len(parts); k++ {
			v := strings.Join(parts[:k], ".")
			out[v] = append(out[v], nouns...)
		}
	}
	return out
}

// nameBeforeVersion returns, lower case, the nearest capitalised word of
// the sentence written before a version word (before ends with it, or
// with it and a "v"), at most maxVersionReach words back: the name whose
// version it is ("profanity" of "Der Konsolen-Client Profanity ist in
// Version"; "python", not "gazelle", of "Nun setzt Gazelle Python in
// Version"). A stop word is none, nor is a word the lexicon knows that
// opens the sentence ("Bundeskanzler"); "" for none.
func nameBeforeVersion(before string) string {
	if i := strings.LastIndexAny(before, "\n.!?:"); i >= 0 {
		before = before[i+1:]
	}
	words := strings.Fields(before)
	if n := len(words); n > 0 && (words[n-1] == "v" || words[n-1] == "V") {
		words = words[:n-1] // "Version v4.2"
	}
	if len(words) == 0 {
		return ""
	}
	words = words[:len(words)-1] // the version word
	for k := len(words) - 1; k >= max(0, len(words)-maxVersionReach); k-- {
		w := strings.Trim(words[k], ",;()\"'„“»«")
		lower := strings.ToLower(w)
		if !analysis.StartsUpper(w) || analysis.For(analysis.German).IsStop(lower) || analysis.For(analysis.English).IsStop(lower) ||
			k == 0 && analysis.Lexicon().Analyse(w).Known {
			continue
		}
		return lower
	}
	return ""
}

// maxVersionReach is how many words before a version word a name may
// stand and own the version: enough for "Profanity ist in Version" and
// "Prosody IM freut sich Version 13.0.2"; not tuned (the pooled QA splits
// gave one answer for the rule as a whole, and no test tells 4 from more).
const maxVersionReach = 4

// nounBefore returns the lower-case word written right before a version,
// across a space, a no-break space or a hyphen, or joined on ("go" of
// "Go 1.21", "go1.21", "Go v1.21"); "" for none.
func nounBefore(before string) string {
	if r, _ := utf8.DecodeLastRuneInString(before); unicode.IsLetter(r) {
		before += " " // "go1.21"
	}
	trimmed := strings.TrimRight(before, " \u00a0-")
	if len(trimmed) == len(before) {
		return ""
	}
	w := edgeWord(trimmed, true)
	if w == "v" { // "Go v1.21"
		rest := strings.TrimSuffix(strings.TrimSuffix(trimmed, "v"), "V")
		// "For example, v3.5.0 is scheduled …": a version written alone
		// with its "v" names no product (bareVersion); "Kubernetes
		// (v1.20)" is Kubernetes'.
		if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(rest, " \u00a0")); len(rest) < len(trimmed) && (strings.TrimSpace(rest) == "" || strings.ContainsRune(",;:.!?", r)) {
			return bareVersion
		}
		// So is one after a function word: "the end of support for
		// v3.4", "Upgrade auf v3.5".
		prev := nounBefore(rest)
		if w := strings.ToLower(prev); analysis.For(analysis.English).IsStop(w) || analysis.For(analysis.German).IsStop(w) {
			return bareVersion
		}
		return prev
	}
	return w
}

// bareVersion is the noun versionsWritten records for a version written
// alone with its "v", after punctuation or first in a sentence ("For
// example, v3.5.0 is scheduled for …"): it names no product, so it is
// taken for the version of any product the question names
// (numbersRead.gives), never for another's (otherVersion).
const bareVersion = "v"

// numericDate reports whether the dotted run at m is a date written in
// digits: a day and a month that can be one (1 to 31, 1 to 12) and a year
// of four digits, or of two after a word of dates ("9.5.2017", "am
// 3.11.20"), or a day and a month after a word of dates and before a full
// stop ("am 3.11.", "vom 9.5. an"). "Python 2.7.18", "Go 1.21.13" and
// "seit 1.70." are versions.
func numericDate(text string, m []int) bool {
	parts := strings.Split(text[m[0]:m[1]], ".")
	if len(parts) < 2 || len(parts) > 3 || len(parts[0]) > 2 || len(parts[1]) > 2 {
		return false
	}
	day, _ := strconv.Atoi(parts[0])
	month, _ := strconv.Atoi(parts[1])
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return false
	}
	dateWord := dateWordsBefore[edgeWord(text[:m[0]], true)]
	if len(parts) == 3 {
		return len(parts[2]) == 4 || len(parts[2]) == 2 && dateWord
	}
	return strings.HasPrefix(text[m[1]:], ".") && dateWord
}

// quantityBefore reports whether a sign of money is written right before a
// number ("$2.50", "€ 2.50"): a price, no version.
func quantityBefore(before string) bool {
	b := strings.TrimRight(before, " \u00a0")
	return strings.HasSuffix(b, "$") || strings.HasSuffix(b, "€") || strings.HasSuffix(b, "£")
}

// quantityAfter reports whether the text after a dotted number makes it a
// quantity ("2.5 million", "1.5 kg", "3.5 %"), no version.
func quantityAfter(after, lang string) bool {
	rest := strings.TrimLeft(after, " \u00a0")
	if strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "€") || strings.HasPrefix(rest, "$") || strings.HasPrefix(rest, "£") {
		return true
	}
	w := edgeWord(rest, false)
	return w != "" && (figure.IsScale(w, lang) || quantityUnits[w])
}

// versionWords name a version, not what it is of: "release 1.1" is met by
// "Debian 1.1", "seit 1.70" (timeBefore) by "Rust 1.70".
var versionWords = lowerWordSet(`version versionen versions release releases point update updates stable beta rc
	veröffentlichung ausgabe fassung stand`)

// comparisonWords set one version against another ("go 1.21 gegenüber
// 1.20"): no name of what the second is of.
var comparisonWords = lowerWordSet(`gegenüber versus vs statt anstatt verglichen vergleich than compared against instead`)

// dateWordsBefore are the words before a day and a month in digits ("am
// 3.11.").
var dateWordsBefore = lowerWordSet(`am vom zum dem den bis ab seit`)

// quantityUnits are the words after a decimal that make it a measure.
var quantityUnits = lowerWordSet(`prozent percent per cent mm cm m km kg g mg t l ml liter litre liters litres meter metre meters metres
	kilometer kilometre kilometers kilometres miles mile grad degree degrees euro eur dollar dollars usd pfund pound pounds
	kb mb gb tb ghz mhz hz kw mw gw kwh v volt watt stunden hours minuten minutes sekunden seconds punkte points
	inch inches zoll tonne tonnes tonnen ton tons feet foot fuß ounce ounces gallon gallons acre acres hektar ha mph knoten knots`)

// groupedValue returns the value of a number grouped by threes
// (groupedNumber).
func groupedValue(s string) (int64, bool) {
	v, err := strconv.ParseInt(strings.NewReplacer(".", "", ",", "").Replace(s), 10, 64)
	return v, err == nil
}

// ordinalAfter reports whether the text after a number makes it an
// ordinal: an English ending ("2nd", "3rd", "10th") not followed by a
// letter, or a German full stop before a word ("3. Division").
func ordinalAfter(after string) bool {
	for _, end := range []string{"st", "nd", "rd", "th"} {
		if rest, ok := strings.CutPrefix(after, end); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			if rest == "" || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	rest, ok := strings.CutPrefix(after, ". ")
	return ok && rest != "" && !strings.HasPrefix(rest, " ")
}

// eraAfter reports whether the text after a number names an era or an
// hour: "v. Chr.", "n. Chr.", "bc", "ad", "Uhr" ("230 V" is volts).
func eraAfter(after string) bool {
	toks := analysis.Scan(after)
	if len(toks) == 0 || strings.TrimSpace(after[:toks[0].Start]) != "" {
		return false
	}
	t := toks[0]
	switch strings.ToLower(t.Text) {
	case "bc", "bce", "ad", "ce", "chr", "uhr":
		return true
	case "v", "n":
		return strings.HasPrefix(after[t.Start+len(t.Text):], ".")
	}
	return false
}

// threshold reports whether the text before a number makes it a bound
// ("mehr als 500", "at least 3"): no figure the answer must give.
func threshold(before string) bool {
	low := strings.ToLower(before)
	return slices.ContainsFunc(thresholdWords, func(p string) bool { return strings.HasSuffix(low, " "+p) || low == p })
}

// hyphenBefore reports whether the number at byte offset at is joined on
// to a word by a hyphen ("utf-16").
func hyphenBefore(text string, at int) bool {
	if at < 2 || text[at-1] != '-' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:at-1])
	return unicode.IsLetter(r)
}

// isLetterWord reports whether w is all letters.
func isLetterWord(w string) bool {
	return w != "" && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
}

// edgeWord returns the last word of s when last, else its first, lower
// case and without punctuation.
func edgeWord(s string, last bool) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	w := f[0]
	if last {
		w = f[len(f)-1]
	}
	return strings.ToLower(strings.Trim(w, ".,;:!?()\"'"))
}

// numbersRead is what a text gives of numbers (readNumbers): the values,
// and the runs of digits as written.
type numbersRead struct {
	values   map[int64]bool
	digits   map[string]bool
	versions map[string][]string
}

// gives reports whether the text gives n: its digits as written for a
// hyphened label ("UTF-16"), else its value.
func (r numbersRead) gives(n givenNumber) bool {
	if n.version {
		nouns, ok := r.versions[n.digits]
		return ok && (n.noun == "" || slices.ContainsFunc(nouns, n.nounIs) || slices.Contains(nouns, bareVersion))
	}
	if n.digits != "" {
		return r.digits[n.digits]
	}
	return r.values[n.value]
}

// nounIs reports whether w, the word written before a version, is the
// noun of the version n: the same word, or a hyphened one ending in it
// ("mozilla-firefox" of "firefox").
func (n givenNumber) nounIs(w string) bool {
	return w == n.noun || strings.HasSuffix(w, "-"+n.noun)
}

// otherVersion reports whether text writes a version of the noun of one of
// the versions nums gives but not that version: "In Go 1.23, …" and a
// source titled "Go 1.17 Release Notes" speak of another release than a
// question's "go 1.21" ("Go 1.21.3", a point release, is that release).
// A version without a noun ("the 9.5 point release") is of nothing it
// could tell apart.
func otherVersion(text, lang string, nums []givenNumber) bool {
	var written map[string][]string
	for _, n := range nums {
		if !n.version || n.noun == "" {
			continue
		}
		if written == nil {
			written = versionsWritten(text, lang)
		}
		if slices.ContainsFunc(written[n.digits], n.nounIs) {
			continue
		}
		for digits, nouns := range written {
			// A release the question names too is none other: "zarnix
			// 2.5 compared with zarnix 2.3".
			asked := slices.ContainsFunc(nums, func(m givenNumber) bool { return m.version && m.digits == digits && m.noun == n.noun })
			if !asked && slices.ContainsFunc(nouns, n.nounIs) {
				return true
			}
		}
	}
	return false
}

// titledByAnotherRelease reports whether a title names one release only
// (soleRelease: "Introducing Falco 0.40.0"), of something the question
// names (asked, its lower-case words: not "Falco now supports Kubernetes
// 1.30" for a question on Falco) or of nothing named ("4.0.0"), and it is
// none of the versions nums asks of without a name ("during the 0.38.0
// release cycle"): its source is about that release, whatever it mentions
// of one asked in passing. A release that extends one asked ("0.38.1" of
// "0.38") is of it (sameRelease).
func titledByAnotherRelease(title, lang string, nums []givenNumber, asked map[string]bool) bool {
	bare := slices.DeleteFunc(slices.Clone(nums), func(n givenNumber) bool { return !n.version || n.noun != "" })
	if len(bare) == 0 {
		return false
	}
	release, nouns, ok := soleRelease(title, lang)
	if !ok || !slices.ContainsFunc(nouns, func(w string) bool { return w == "" || asked[w] }) {
		return false
	}
	return !slices.ContainsFunc(bare, func(n givenNumber) bool { return sameRelease(release, n.digits) })
}

// writesVersions reports whether text writes one of the versions nums
// gives, after its noun.
func writesVersions(text, lang string, nums []givenNumber) bool {
	r := numbersRead{versions: versionsWritten(text, lang)}
	return slices.ContainsFunc(nums, func(n givenNumber) bool { return n.version && r.gives(n) })
}

// readNumbers reads the numbers text (of language lang) gives: by value,
// in any form figure reads ("500.000", "500,000", "zehn", not a rough
// number or a multiple, nor a count of time: "seit 10 Jahren" gives no 10
// of "10 Bit"), grouped by threes in either language, as a run of digits
// figure does not read ("Zone1"), and with ordinals, as an ordinal word
// ("die zehnte Serie" for "series 10"); and every run of digits as written.
func readNumbers(text, lang string, ordinals bool) numbersRead {
	r := numbersRead{values: make(map[int64]bool), digits: make(map[string]bool), versions: versionsWritten(text, lang)}
	read := figure.Read(text, lang)
	for _, n := range read {
		if !n.Approx && !n.Times && !timeUnits[edgeWord(text[n.End:], false)] {
			r.values[n.Value] = true
		}
	}
	// "500,000" in a German text, "500.000" in an English one: grouped by
	// threes in either language, as givenNumbers reads the question.
	for _, g := range groupedNumber.FindAllStringIndex(text, -1) {
		if v, ok := groupedValue(text[g[0]:g[1]]); ok && !timeUnits[edgeWord(text[g[1]:], false)] {
			r.values[v] = true
		}
	}
	if ordinals {
		for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if n, ok := ordinalWords[w]; ok {
				r.values[n] = true
			}
		}
	}
	for _, m := range digitRun.FindAllStringIndex(text, -1) {
		d := cmp.Or(strings.TrimLeft(text[m[0]:m[1]], "0"), "0")
		r.digits[d] = true
		if slices.ContainsFunc(read, func(n figure.Number) bool { return n.Start < m[1] && m[0] < n.End }) {
			continue
		}
		if v, err := strconv.ParseInt(d, 10, 64); err == nil {
			r.values[v] = true
		}
	}
	return r
}

// statesNumbers reports whether text gives every number of nums
// (readNumbers).
func statesNumbers(text, lang string, nums []givenNumber, ordinals bool) bool {
	if len(nums) == 0 {
		return true
	}
	r := readNumbers(text, lang, ordinals)
	return !slices.ContainsFunc(nums, func(n givenNumber) bool { return !r.gives(n) })
}

// statesGivenNumbers reports whether the passage, the sentences quoted
// with it, its neighbours or its source's title give every quantity the
// question gives, and its source every label: written as a number, or as
// an ordinal right before the label's noun in the paragraph up to the
// passage.
func (v *verifier) statesGivenNumbers(ctx context.Context, vd verdict, w window, lang string) (bool, error) {
	text := w.text
	var quoted strings.Builder
	for _, p := range vd.spanned() {
		text += "\n" + p.Text
		quoted.WriteString(p.Text + "\n")
	}
	// What the quote says of another release than the question's is no
	// answer, whatever its neighbours name, unless its source is about the
	// question's ("smaller than binaries built with Go 1.6" in the notes
	// of Go 1.7 is of Go 1.7).
	if otherVersion(quoted.String(), lang, v.numbers) && !writesVersions(vd.source.Title, lang, v.numbers) {
		return false, nil
	}
	window := readNumbers(text, lang, true)
	var labels, missing []givenNumber
	for _, n := range v.numbers {
		switch {
		case n.label:
			labels = append(labels, n)
			if !window.gives(n) {
				missing = append(missing, n)
			}
		case !window.gives(n):
			return false, nil // a quantity the window does not give
		}
	}
	if len(missing) == 0 {
		return true, nil
	}
	// A source whose title names another release of the thing ("Go 1.17
	// Release Notes") is about that release where the window does not
	// name the question's.
	if otherVersion(vd.source.Title, lang, missing) || titledByAnotherRelease(vd.source.Title, lang, v.numbers, v.askedWords) {
		return false, nil
	}
	// A title that names the thing and the release ("gRPC Project is now
	// 1.0 and ready for production deployments") gives its source that
	// thing's version, though no sentence writes them together.
	titled := func(n givenNumber) bool { return titleGivesVersion(vd.source.Title, lang, n) }
	labels, missing = slices.DeleteFunc(labels, titled), slices.DeleteFunc(missing, titled)
	if len(missing) == 0 {
		return true, nil
	}
	stated, ok := v.labelsIn[vd.SourceID]
	if !ok {
		// Read once per source and question.
		ps, err := v.sources.of(ctx, vd.SourceID)
		if err != nil {
			return false, err
		}
		var b strings.Builder
		b.WriteString(vd.source.Title)
		for _, p := range ps {
			b.WriteString("\n")
			b.WriteString(p.Text)
		}
		// An ordinal word stands in almost any source ("erste", "first"):
		// in the source at large only a number written as one gives a
		// label.
		stated = statesNumbers(b.String(), lang, labels, false)
		v.labelsIn[vd.SourceID] = stated
	}
	if stated {
		return true, nil
	}
	// The paragraph up to the sentence may give a label as an ordinal
	// right before its noun: "die erste Beta-Veröffentlichung des
	// Installers … Der Installer unterstützt 73 Sprachen" gives "beta 1";
	// "in der ersten Woche … eine neue Version" gives no "version 1".
	upTo, err := v.paragraphUpTo(ctx, vd.Passage)
	if err != nil {
		return false, err
	}
	var para strings.Builder
	para.WriteString(text)
	for _, p := range upTo {
		para.WriteString("\n")
		para.WriteString(p.Text)
	}
	return !slices.ContainsFunc(labels, func(n givenNumber) bool {
		return !window.gives(n) && !ordinalBefore(para.String(), n)
	}), nil
}

// englishPast reports whether a lower-case English word is a verb's past
// form: regular ("reached") or irregular ("became").
func englishPast(w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 4 || analysis.EnglishIrregularVerb(w)
}

// unchangedPasts are the English verbs whose past is written as their base,
// which the irregular forms (analysis.EnglishIrregularVerb) do not list:
// before a version they name no release ("which languages hit 1.0");
// before a plain number they may be nouns ("set 2").
var unchangedPasts = map[string]bool{"hit": true, "put": true, "set": true, "cut": true, "let": true, "shut": true,
	"spread": true, "quit": true, "burst": true, "cast": true, "split": true}

// titleGivesVersion reports whether a title writes a version's digits and,
// before them, its noun as a word of its own, with at most words of a
// release between: "gRPC Project is now 1.0" gives "grpc 1.0"; "Zarnix adds
// OAuth 2.0 support" gives no "zarnix 2.0".
func titleGivesVersion(title, lang string, n givenNumber) bool {
	if !n.version || n.noun == "" {
		return false
	}
	for _, m := range dottedVersions(title) {
		if !strings.HasPrefix(title[m[0]:m[1]]+".", n.digits+".") || quantityAfter(title[m[1]:], lang) ||
			quantityBefore(title[:m[0]]) || numericDate(title, m) {
			continue
		}
		words := strings.FieldsFunc(strings.ToLower(title[:m[0]]), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
		for k := len(words) - 1; k >= 0; k-- {
			if n.nounIs(words[k]) {
				return true
			}
			if !releaseLinks[words[k]] {
				break
			}
		}
	}
	return false
}

// releaseLinks are the words a title may write between a name and its
// release: "Zarnix Project is now 1.0", "Zarnix Version 2.1".
var releaseLinks = map[string]bool{"project": true, "projekt": true, "is": true, "ist": true, "now": true, "jetzt": true,
	"version": true, "release": true, "v": true}

// ordinalBefore reports whether text writes a label's number as an
// ordinal word right before its noun, or a compound that begins with it:
// "erste Beta-Veröffentlichung", "second beta" for "beta 2".
func ordinalBefore(text string, n givenNumber) bool {
	if n.noun == "" {
		return false
	}
	toks := analysis.Scan(text)
	for i := 0; i+1 < len(toks); i++ {
		if v, ok := ordinalWords[strings.ToLower(toks[i].Text)]; ok && v == n.value && strings.HasPrefix(strings.ToLower(toks[i+1].Text), n.noun) {
			return true
		}
	}
	return false
}

var (
	// timeBefore are the words before a number that make it a year, a
	// time or a count of time ("in 492", "seit 10 Jahren", "nach 10
	// Runden"): a question's is no figure an answer must give, nor is a
	// passage's the question's figure.
	timeBefore = lowerWordSet(`in im um seit bis ab jahr jahre jahren year years since until till before after nach vor from von circa ca`)
	// timeUnits after a number make it a count of time.
	timeUnits = lowerWordSet(`jahr jahre jahren jahres monat monate monaten woche wochen tag tage tagen stunde stunden minute minuten sekunde sekunden
		year years month months week weeks day days hour hours minute minutes second seconds`)
	// thresholdWords before a number make it a bound.
	thresholdWords = []string{"mehr als", "weniger als", "über", "unter", "mindestens", "höchstens", "bis zu", "ab",
		"more than", "less than", "fewer than", "over", "under", "at least", "at most", "up to"}
)

// ordinalWords are the ordinal numbers one to twenty in words, German (in
// every ending) and English, with their values; not the forms that are
// another word too ("achten", "Achter", "second").
var ordinalWords = func() map[string]int64 {
	m := make(map[string]int64)
	de := []string{"erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt",
		"elft", "zwölft", "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt", "zwanzigst"}
	en := []string{"first", "", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, stem := range de {
		for _, end := range []string{"e", "en", "er", "es", "em"} {
			if stem == "acht" && (end == "en" || end == "er") {
				continue
			}
			m[stem+end] = int64(i + 1)
		}
	}
	for i, w := range en {
		if w != "" {
			m[w] = int64(i + 1)
		}
	}
	return m
}()
