package translate

import (
	"iter"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/quellen/quellen/retrieval/analysis"
)

// Support is how strongly the dictionary pairs an English word with a
// German word: the number of Ding's aligned senses, example phrases
// included, that hold both ("last" and "letzt": 144, "last" and "leist":
// 3). Ding gives no frequencies, but a word's usual sense recurs in the
// phrases of its entries ("the last time", "in the last week of May"),
// where a rare sense ("a cobbler's last" → "Leisten") stands alone.
//
// internal/mkdata counts the pairs that some entry offers as translations
// and writes those met at least three times (fewer add nothing measurable
// and would grow the data by a megabyte); the words are compared as
// SupportWords and SupportStems give them.

// SupportWords returns the English words of text as support counts them:
// lower case, letters and apostrophes only, function words left out.
func SupportWords(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}) {
		if w = strings.Trim(w, "'"); w != "" && !isEnglishStopWord(w) {
			out = append(out, w)
		}
	}
	return out
}

// SupportStems returns the German stems of text as support counts them:
// Snowball alone, not the lexicon, so that the counts do not depend on the
// embedded lexicon's data.
func SupportStems(text string) []string {
	return snowballGerman().Terms(text)
}

var snowballGerman = sync.OnceValue(func() *analysis.Analyzer { return analysis.NewGerman(nil) })

// support returns the count for an English word and a German stem from
// its table line "stem=n;stem=n", 1 for a pair the line does not list (the
// entry that offers it), 0 for a word with no line.
func (d *Ding) support(word, stem string) int {
	list, ok := d.supports[word]
	if !ok {
		return 0
	}
	for s, v := range supportItems(list) {
		if s == stem {
			return v
		}
	}
	return 1
}

// supportItems yields the stems and counts of a table line
// "stem=n;stem=n".
func supportItems(list string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for item := range strings.SplitSeq(list, ";") {
			s, n, _ := strings.Cut(item, "=")
			v, _ := strconv.Atoi(n)
			if !yield(s, v) {
				return
			}
		}
	}
}

// Support returns the support of a translation for a headword in the
// dictionary's direction: English headword and German translation, or
// German headword and English translation. Of a phrase the weakest word
// counts. It returns 0 when the dictionary has no counts for the pair (a
// FreeDict dictionary, a headword of several words).
func (d *Dictionary) Support(headword, translation string) int {
	if d == nil || d.ding == nil || len(d.ding.supports) == 0 {
		return 0
	}
	en, de := headword, translation
	if d.fromGerman {
		en, de = translation, headword
	}
	words, stems := SupportWords(en), SupportStems(de)
	if len(words) == 0 || len(stems) == 0 || len(SupportWords(headword)) > 1 || d.fromGerman && len(stems) > 1 {
		return 0
	}
	best := -1
	for _, w := range words {
		for _, s := range stems {
			if n := d.ding.support(w, s); best < 0 || n < best {
				best = n
			}
		}
	}
	return max(best, 0)
}

// TopSupport returns the German stem the dictionary pairs an English word
// with most often across its entries, with that count and its share of
// all the word's counts; "" when the word has none.
func (d *Dictionary) TopSupport(word string) (string, int, float64) {
	if d == nil || d.ding == nil || d.fromGerman {
		return "", 0, 0
	}
	list, ok := d.ding.supports[strings.ToLower(word)]
	if !ok {
		return "", 0, 0
	}
	best, bestN, total := "", 0, 0
	for s, v := range supportItems(list) {
		total += v
		if v > bestN {
			best, bestN = s, v
		}
	}
	if total == 0 {
		return "", 0, 0
	}
	return best, bestN, float64(bestN) / float64(total)
}

// Uses returns how often the dictionary pairs an English word with any
// German word across its entries and examples: how common the word is,
// as far as Ding tells; 0 for a word it never pairs.
func (d *Dictionary) Uses(word string) int {
	if d == nil || d.ding == nil || d.fromGerman {
		return 0
	}
	total := 0
	for _, v := range supportItems(d.ding.supports[strings.ToLower(word)]) {
		total += v
	}
	return total
}
