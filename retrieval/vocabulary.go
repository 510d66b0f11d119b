package retrieval

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/lexicon"
	"github.com/quellen/quellen/retrieval/translate"
)

// vocabulary is the question parser's gazetteer and its knowledge of
// common words (query.Vocabulary): the German lexicon and the dictionary's
// headwords in both languages. A question typed in lower case names what
// they do not know.
type vocabulary struct {
	*entity.Recognizer
	lex *lexicon.Lexicon
	// english and german return the dictionary from English and from
	// German, nil when there is none: then every English word counts as
	// known, and German words are judged by the lexicon alone.
	english, german func() *translate.Dictionary
}

// typoLength is the length, in letters, from which a word one edit away
// from another counts as that word mistyped ("premierminster"): shorter
// names are too often one letter from a common word ("fresno", "Fresko").
// The question's vocabulary, coverage (covers) and owner heads
// (nearlyEqual) all forgive typos from this length.
const typoLength = 8

// maxNameLength is the longest word taken for a name, in letters: longer
// ones are known without a look. With typoLength it bounds a word's cost:
// its one-typo variants (about sixty per letter) are each looked up once,
// exactly.
const maxNameLength = 24

// Knows reports whether word, lower-case, is a common word of lang or one
// typo away from one.
func (v vocabulary) Knows(lang, word string) bool {
	n := utf8.RuneCountInString(word)
	if n > maxNameLength {
		return true
	}
	if v.known(lang, word) || lang != analysis.English && v.lex != nil && v.namedCompound(word) {
		return true
	}
	if n < typoLength {
		return false
	}
	for _, w := range oneEditAway(word) {
		if v.known(lang, w) {
			return true
		}
	}
	return false
}

// known reports whether the lexicon or the dictionary has word, as it is.
func (v vocabulary) known(lang, word string) bool {
	if lang == analysis.English {
		d := v.english()
		if d == nil {
			return true
		}
		word = strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "’s") // "edison's"
		return d.Has(word) || slices.ContainsFunc(translate.LemmaCandidates(word), d.Has)
	}
	forms := []string{word}
	if strings.HasPrefix(word, "r") {
		// Spoken German shortens her- and hin- to r-: "raus", "rein", "runter".
		forms = append(forms, "he"+word, "hin"+word[1:])
	}
	if v.lex != nil && slices.ContainsFunc(forms, v.lex.Knows) {
		return true
	}
	d := v.german()
	if d == nil {
		return v.lex == nil
	}
	// The dictionary's lookup ignores case.
	return slices.ContainsFunc(forms, d.Has)
}

// namedCompound reports whether a German word is a compound of a name and
// a noun the lexicon knows ("lutherbibel", "merkelregierung"): a thing, not
// a name.
func (v vocabulary) namedCompound(word string) bool {
	rs := []rune(word)
	for i := 3; i+4 <= len(rs); i++ {
		if e := v.lex.Analyse(strings.ToUpper(string(rs[i:i+1])) + string(rs[i+1:])); e.Known && e.POS == lexicon.Noun {
			return true
		}
	}
	return false
}

// oneEditAway returns the words one deletion, transposition, replacement
// or insertion of a letter away from w.
func oneEditAway(w string) []string {
	const letters = "abcdefghijklmnopqrstuvwxyzäöüß"
	rs := []rune(w)
	var out []string
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
		if i+1 < len(rs) {
			t := append([]rune(nil), rs...)
			t[i], t[i+1] = t[i+1], t[i]
			out = append(out, string(t))
		}
	}
	for _, l := range letters {
		for i := 0; i <= len(rs); i++ {
			out = append(out, string(rs[:i])+string(l)+string(rs[i:]))
			if i < len(rs) && rs[i] != l {
				t := append([]rune(nil), rs...)
				t[i] = l
				out = append(out, string(t))
			}
		}
	}
	return out
}
