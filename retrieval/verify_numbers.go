package retrieval

// Numbers: a number the question gives of what it asks about ("with 10
// bit per channel", "region 2", "the 500,000 dong note", "utf-16") is one
// the passage or its neighbours must give too: "8 Bit" answers nothing of
// 10 bits.

import (
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/figure"
	"github.com/quellen/quellen/retrieval/query"
)

// givenNumber is a number a question gives: its value, or for one joined
// on to a word by a hyphen ("utf-16", "nr-23") its digits. label marks a
// number right after a word that is no stop word, which tells one thing
// from others of its kind ("region 2", "version 3", "apollo-1-crew"): the
// source the passage stands in must give it. Another is a quantity ("with
// 10 bit", "the 500,000 dong note"): the passage or its neighbours must.
type givenNumber struct {
	value  int64
	digits string
	label  bool
}

// givenNumbers returns the numbers a question gives that no other check
// reads: not a year (four digits from 1000 to 2100, or any number after a
// word of time or before one of an era: "in 492", "460 v. chr.", "148
// bc"), an ordinal ("2nd", "die 3. Division"), a number in words ("three
// astronauts" names no figure the answer writes), a multiple ("dreimal"),
// a number beside a slash ("9/11", "1073/74") or one in a name the
// question names ("Apollo 1", "Debian 12"), which the name's check reads.
func givenNumbers(text, lang string, constraints []query.Constraint) []givenNumber {
	var out []givenNumber
	inName := func(start, end int) bool {
		return slices.ContainsFunc(constraints, func(c query.Constraint) bool {
			return c.Kind == query.Named && writesAt(text, c.Start, c.Text) && c.Start < end && start < c.End
		})
	}
	for _, n := range figure.Read(text, lang) {
		before, after := strings.TrimRight(text[:n.Start], " "), text[n.End:]
		switch {
		case n.Spelled || n.Times || n.Approx || inName(n.Start, n.End),
			n.Plain4 && n.Value >= 1000 && n.Value <= 2100,
			strings.HasSuffix(before, "/") || strings.HasPrefix(after, "/"),
			ordinalAfter(after), timeBefore[lastWord(before)], eraAfter[firstWordOf(after)]:
			continue
		}
		if hyphenBefore(text, n.Start) {
			continue // read below, by its digits
		}
		w := lastWord(before)
		label := isLetterWord(w) && n.Start > 0 && text[n.Start-1] == ' ' &&
			!analysis.For(analysis.German).IsStop(w) && !analysis.For(analysis.English).IsStop(w)
		out = append(out, givenNumber{value: n.Value, label: label})
	}
	for _, m := range hyphenNumber.FindAllStringSubmatchIndex(text, -1) {
		if !inName(m[0], m[1]) {
			out = append(out, givenNumber{digits: strings.TrimLeft(text[m[2]:m[3]], "0"), label: true})
		}
	}
	return out
}

// hyphenNumber is a number joined on to a word by a hyphen: "utf-16",
// "nr-23", "sauerstoff-17".
var hyphenNumber = regexp.MustCompile(`\pL-(\d+)\b`)

// digitRun is any run of digits, read as written.
var digitRun = regexp.MustCompile(`\d+`)

// ordinalAfter reports whether the text after a number makes it an
// ordinal: an English ending ("2nd", "3rd", "10th") or a German full stop
// before a word ("3. Division").
func ordinalAfter(after string) bool {
	for _, end := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(after, end) && (len(after) == len(end) || !isLetterByte(after[len(end)])) {
			return true
		}
	}
	rest, ok := strings.CutPrefix(after, ". ")
	return ok && rest != "" && !strings.HasPrefix(rest, " ")
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// lastWord and firstWordOf return the last and the first word of s, lower
// case and without punctuation.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[len(f)-1], ".,;:!?()\"'"))
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

func firstWordOf(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[0], ".,;:!?()\"'"))
}

// statesNumbers reports whether text (of language lang) gives every number
// of nums: by value, in any form figure reads ("500.000", "500,000",
// "zehn"), or as the digits written.
func statesNumbers(text, lang string, nums []givenNumber) bool {
	if len(nums) == 0 {
		return true
	}
	values := make(map[int64]bool)
	for _, n := range figure.Read(text, lang) {
		values[n.Value] = true
	}
	// "Die zehnte Serie" gives the 10 of "series 10".
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if n, ok := ordinalWords[w]; ok {
			values[n] = true
		}
	}
	digits := make(map[string]bool)
	for _, d := range digitRun.FindAllString(text, -1) {
		d = strings.TrimLeft(d, "0")
		digits[d] = true
		if v, err := strconv.ParseInt(d, 10, 64); err == nil {
			values[v] = true
		}
	}
	for _, n := range nums {
		if n.digits != "" && !digits[n.digits] || n.digits == "" && !values[n.value] {
			return false
		}
	}
	return true
}

// statesGivenNumbers reports whether the passage, the sentences quoted
// with it, its neighbours or its source's title give every quantity the
// question gives, and its source every label.
func (v *verifier) statesGivenNumbers(ctx context.Context, vd verdict, w window, lang string) (bool, error) {
	var quantities, labels []givenNumber
	for _, n := range v.numbers {
		if n.label {
			labels = append(labels, n)
		} else {
			quantities = append(quantities, n)
		}
	}
	text := w.text
	for _, p := range vd.spanned() {
		text += "\n" + p.Text
	}
	if !statesNumbers(text, lang, quantities) {
		return false, nil
	}
	if len(labels) == 0 || statesNumbers(text, lang, labels) {
		return true, nil
	}
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
	return statesNumbers(b.String(), lang, labels), nil
}

var (
	// timeBefore are the words before a number that make it a year or a
	// time ("in 492", "seit 1990").
	timeBefore = lowerWordSet(`in im um seit bis ab jahr jahre jahren year years since until till before after nach vor from von circa ca`)
	// eraAfter are the words after a number that make it a year ("148
	// bc", "460 v. chr.") or an hour ("um 10 uhr").
	eraAfter = lowerWordSet(`v bc bce ad ce n chr uhr`)
)

// ordinalWords are the ordinal numbers one to twenty in words, German (in
// every ending) and English, with their values.
var ordinalWords = func() map[string]int64 {
	m := make(map[string]int64)
	de := []string{"erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt",
		"elft", "zwölft", "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt", "zwanzigst"}
	en := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, stem := range de {
		for _, end := range []string{"e", "en", "er", "es", "em"} {
			m[stem+end] = int64(i + 1)
		}
	}
	for i, w := range en {
		m[w] = int64(i + 1)
	}
	return m
}()
