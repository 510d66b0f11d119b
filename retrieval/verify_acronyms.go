package retrieval

// Acronyms: a name its source shortens ("Higher Military Commission
// (HMC)") is named again by the short form ("Die HMC hielt bislang …").

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/store"
)

// acronym is a short form a text defines for a name: Short as written
// ("HMC"), Long the name's words it stands for ("Higher Military
// Commission"), and long those words analysed (acronymsOf fills it).
type acronym struct {
	Short, Long string
	long        []string
}

// acronymFillers are the lower-case words a name may hold that its short
// form leaves out: "Bank for International Settlements (BIS)", "Partei
// des Demokratischen Sozialismus (PDS)".
var acronymFillers = analysis.TermSet(strings.Fields(`of for and the on in de la du der die das des für und von zur zum`))

// The shortest and longest short forms read, in letters.
const (
	minAcronym = 2
	maxAcronym = 8
)

// acronymsIn returns the short forms text defines by a parenthesis right
// after the name, whose capital letters are the initials of the name's
// capitalised words, in order: "Islamischen Staat (IS)", "North Atlantic
// Treaty Organization (NATO)"; or by the name in a parenthesis right after
// the short form: "LTS (Long Term Support)". A parenthesis of another kind
// ("(2019)", "(CDU)" after "Angela Merkel") defines none.
func acronymsIn(text string) []acronym {
	var out []acronym
	for i := 0; i < len(text); {
		open := strings.IndexByte(text[i:], '(')
		if open < 0 {
			break
		}
		open += i
		i = open + 1
		end := strings.IndexByte(text[open:], ')')
		if end < 0 {
			break
		}
		inside := text[open+1 : open+end]
		if initials := capitals(inside); initials != "" {
			if long, ok := spelledBefore(text[:open], initials); ok {
				out = append(out, acronym{Short: inside, Long: long})
			}
			continue
		}
		// The other way round: "LTS (Long Term Support)", "Squeeze-LTS
		// (Long Term Support)".
		before := strings.TrimRightFunc(text[:open], unicode.IsSpace)
		last := before[strings.LastIndexFunc(before, unicode.IsSpace)+1:]
		short := last[strings.LastIndexAny(last, "-/")+1:]
		if initials := capitals(short); initials != "" {
			if long, ok := spelledBefore(inside, initials); ok && long == strings.Trim(inside, nameTrim) {
				out = append(out, acronym{Short: short, Long: long})
			}
		}
	}
	return out
}

// capitals returns the capital letters of a short form of minAcronym to
// maxAcronym letters that holds at least minAcronym capitals and nothing
// but letters; "" for anything else ("2019", "dpa", "engl.", "Öl").
func capitals(short string) string {
	n := utf8.RuneCountInString(short)
	if n < minAcronym || n > maxAcronym {
		return ""
	}
	var caps []rune
	for _, r := range short {
		switch {
		case unicode.IsUpper(r):
			caps = append(caps, r)
		case !unicode.IsLetter(r):
			return ""
		}
	}
	if len(caps) < minAcronym {
		return ""
	}
	return string(caps)
}

// nameTrim is what spelledBefore trims off a word of a name.
const nameTrim = ",;:\"„“»«'"

// spelledBefore returns the words at the end of before whose capitalised
// words' initials spell initials, with fillers between them, or false.
func spelledBefore(before, initials string) (string, bool) {
	words := strings.Fields(before)
	want := []rune(initials)
	k := len(want)
	start := len(words)
	for j := len(words) - 1; j >= 0 && k > 0; j-- {
		w := strings.Trim(words[j], nameTrim)
		if w == "" || acronymFillers[w] && k < len(want) {
			start = j
			continue
		}
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) || first != want[k-1] {
			return "", false
		}
		k--
		start = j
	}
	if k > 0 {
		return "", false
	}
	return strings.Trim(strings.Join(words[start:], " "), nameTrim), true
}

// acronymsOf returns the short forms a source defines, each once, with
// their names analysed, read once per question and source from its
// passages.
func (v *verifier) acronymsOf(sourceID, lang string, passages []store.Passage) []acronym {
	if a, ok := v.acronyms[sourceID]; ok {
		return a
	}
	out := []acronym{}
	for _, p := range passages {
		if strings.IndexByte(p.Text, '(') < 0 {
			continue
		}
		for _, a := range acronymsIn(p.Text) {
			if slices.ContainsFunc(out, func(b acronym) bool { return b.Short == a.Short }) {
				continue
			}
			a.long = v.read.termsOf(a.Long, lang)
			out = append(out, a)
		}
	}
	v.acronyms[sourceID] = out
	return out
}

// shortFormsIn returns the short forms of short that text writes as words
// of their own, as written: "Die HMC tagte", "HMC-Sitzung"; not "hmc" or
// "HMCS".
func shortFormsIn(text string, short []acronym) []acronym {
	if !slices.ContainsFunc(short, func(a acronym) bool { return strings.Contains(text, a.Short) }) {
		return nil
	}
	var out []acronym
	for _, t := range analysis.Scan(text) {
		for _, a := range short {
			if t.Text == a.Short && !slices.ContainsFunc(out, func(b acronym) bool { return b.Short == a.Short }) {
				out = append(out, a)
			}
		}
	}
	return out
}

// addNames adds to terms the analysed words of the names short stand for.
func addNames(terms map[string]bool, short []acronym) {
	for _, a := range short {
		for _, t := range a.long {
			terms[t] = true
		}
	}
}

// maxDefinitions is how many passages that write a short form longForms
// reads for where the collection defines it; maxTypedShortForm the
// longest word of a question typed in lower case it reads as one ("gsoc",
// "dpl"): a longer one is a name more often ("debian").
const (
	maxDefinitions    = 50
	maxTypedShortForm = 5
)

// longForms returns the names the collection defines a question's short
// form by, in any source ("Googles Summer of Code (GSoC)" for "gsoc"): a
// source that writes the name without the short form ("Google Summer of
// Code") names it as well. Only a key of one word of minAcronym to
// maxAcronym letters that the question writes as a short form ("FSF",
// "GSoC"), or guessed from lower case of maxTypedShortForm letters at
// most, is read; the passages that write it are searched once per
// question and key, and only those with a parenthesis read.
func (v *verifier) longForms(ctx context.Context, c query.Constraint) ([]string, error) {
	key := c.Key
	if forms, ok := v.spelled[key]; ok {
		return forms, nil
	}
	n := utf8.RuneCountInString(key)
	if n < minAcronym || n > maxAcronym || strings.IndexFunc(key, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 ||
		capitals(c.Text) == "" && !(c.Guessed && n <= maxTypedShortForm) {
		return nil, nil
	}
	found, err := v.e.store.Search(ctx, store.SearchQuery{Terms: []store.Term{{Text: key, Weight: 1}}, Passages: maxDefinitions})
	if err != nil {
		return nil, fmt.Errorf("where %q is defined: %w", key, err)
	}
	ids := make([]int64, len(found.Passages))
	for i, h := range found.Passages {
		ids[i] = h.ID
	}
	passages, err := v.e.store.Passages(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("where %q is defined: %w", key, err)
	}
	var forms []string
	for _, p := range passages {
		if strings.IndexByte(p.Text, '(') < 0 {
			continue
		}
		for _, a := range acronymsIn(p.Text) {
			if strings.EqualFold(a.Short, key) && !slices.Contains(forms, a.Long) {
				forms = append(forms, a.Long)
			}
		}
	}
	v.spelled[key] = forms
	return forms, nil
}

// addSpelled adds to terms the short forms the question asks by whose
// name, as the collection defines it (longForms), one of texts (in lang)
// spells out, its words in a row: "Google Summer of Code" names the GSoC
// asked, for its constraint, its coverage and the sentence's own words
// alike; "a long term" and "Support" apart are no "Long Term Support".
func (v *verifier) addSpelled(ctx context.Context, lang string, terms map[string]bool, texts ...string) error {
	for _, c := range v.q.Constraints {
		if c.Kind != query.Named || terms[c.Key] {
			continue
		}
		forms, err := v.longForms(ctx, c)
		if err != nil {
			return err
		}
		if slices.ContainsFunc(forms, func(long string) bool {
			words := v.read.termsOf(long, lang)
			return slices.ContainsFunc(texts, func(t string) bool { return inARow(v.read.termsOf(t, lang), words) })
		}) {
			terms[c.Key] = true
		}
	}
	return nil
}

// inARow reports whether terms hold words, one or more, one after the
// other.
func inARow(terms, words []string) bool {
	if len(words) == 0 {
		return false
	}
	for i := 0; i+len(words) <= len(terms); i++ {
		if slices.Equal(terms[i:i+len(words)], words) {
			return true
		}
	}
	return false
}
