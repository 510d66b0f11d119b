package retrieval

// Acronyms: a name its source shortens ("Higher Military Commission
// (HMC)") is named again by the short form ("Die HMC hielt bislang …").

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/store"
)

// acronym is a short form a text defines for a name: Short as written
// ("HMC"), Long the name's words it stands for ("Higher Military
// Commission").
type acronym struct {
	Short, Long string
}

// acronymFillers are the lower-case words a name may hold that its short
// form leaves out: "Bank for International Settlements (BIS)", "Partei
// des Demokratischen Sozialismus (PDS)".
var acronymFillers = analysis.TermSet(strings.Fields(`of for and the on in de la du der die das des für und von zur zum`))

// maxAcronym is the longest short form read, in letters.
const maxAcronym = 8

// acronymsIn returns the short forms text defines by a parenthesis right
// after the name, whose capital letters are the initials of the name's
// capitalised words, in order: "Islamischen Staat (IS)", "North Atlantic
// Treaty Organization (NATO)". A parenthesis of another kind ("(2019)",
// "(CDU)" after "Angela Merkel") defines none.
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
		short := text[open+1 : open+end]
		initials := capitals(short)
		if initials == "" {
			continue
		}
		if long, ok := spelledBefore(text[:open], initials); ok {
			out = append(out, acronym{Short: short, Long: long})
		}
	}
	return out
}

// capitals returns the capital letters of a short form of two to
// maxAcronym letters that holds at least two capitals and nothing but
// letters, upper-case; "" for anything else ("2019", "dpa", "engl.").
func capitals(short string) string {
	n := utf8.RuneCountInString(short)
	if n < 2 || n > maxAcronym {
		return ""
	}
	var b strings.Builder
	for _, r := range short {
		switch {
		case unicode.IsUpper(r):
			b.WriteRune(r)
		case !unicode.IsLetter(r):
			return ""
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// spelledBefore returns the words at the end of before whose capitalised
// words' initials spell initials, with fillers between them, or false.
func spelledBefore(before, initials string) (string, bool) {
	words := strings.Fields(before)
	want := []rune(initials)
	k := len(want)
	start := len(words)
	for j := len(words) - 1; j >= 0 && k > 0; j-- {
		w := strings.Trim(words[j], ",;:\"„“»«'")
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
	return strings.Join(words[start:], " "), true
}

// acronymsOf returns the short forms a source defines, read once per
// question and source from its passages.
func (v *verifier) acronymsOf(sourceID string, passages []store.Passage) []acronym {
	if a, ok := v.acronyms[sourceID]; ok {
		return a
	}
	var a []acronym
	for _, p := range passages {
		if strings.IndexByte(p.Text, '(') >= 0 {
			a = append(a, acronymsIn(p.Text)...)
		}
	}
	v.acronyms[sourceID] = a
	return a
}

// withShortForms returns terms with the words of the names whose short
// forms they hold added, terms itself when they hold none.
func (s readings) withShortForms(terms map[string]bool, short []acronym, lang string) map[string]bool {
	out := terms
	for _, a := range short {
		st := s.termsOf(a.Short, lang)
		if len(st) != 1 || !terms[st[0]] {
			continue
		}
		if len(out) == len(terms) {
			out = maps.Clone(terms)
		}
		for _, t := range s.termsOf(a.Long, lang) {
			out[t] = true
		}
	}
	return out
}
