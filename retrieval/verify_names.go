package retrieval

// Names a question typed in lower case hides: "anna zürcher" reads as two
// words the lexicon knows, but the collection writes them as a name.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/timex"
)

// writtenNames returns the named constraints a question typed all in lower
// case gives without showing it: two adjacent words of it that the best
// candidates write capitalised as one name, not first in their sentence,
// in order, with at most one word between ("Anna Margaritha Zürcher" for
// "anna zürcher"). Words a constraint already covers, stop words, months,
// weekdays, offices and pairs of the lexicon's common nouns ("Ende
// September") are passed over. The names come from the candidates, not the
// question, so they are marked guessed.
func (e *Engine) writtenNames(q *question, ranked []Ranked) []query.Constraint {
	text := q.Text
	if strings.ToLower(text) != text {
		return nil
	}
	toks := analysis.Scan(text)
	covered := func(t analysis.Token) bool {
		for _, c := range q.Constraints {
			if t.Start < c.End && c.Start < t.Start+len(t.Text) {
				return true
			}
		}
		return false
	}
	word := func(t analysis.Token) bool {
		w := t.Text
		return !t.Num && utf8.RuneCountInString(w) >= minNameWord && !strings.Contains(w, "-") && !covered(t) &&
			!analysis.For(analysis.German).IsStop(w) && !analysis.For(analysis.English).IsStop(w) &&
			!timex.IsMonth(w) && !timex.IsWeekday(w) && !e.vocabulary.NamesPerson(analysis.German, w, "") && !query.IsOffice(w) && !query.IsQuestionWord(w)
	}
	// Each candidate is scanned once, when the first run of words is
	// tried, and read for every run.
	var candidates []scanned
	scan := func() []scanned {
		if candidates == nil {
			for _, r := range ranked[:min(len(ranked), nameCandidates)] {
				candidates = append(candidates, scanned{r.Text, analysis.Scan(r.Text)})
			}
		}
		return candidates
	}
	var out []query.Constraint
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if !word(a) || !word(b) || !adjacent(text, a, b) {
			continue
		}
		// The run goes on while the question's next word does: "queen
		// victoria building".
		j := i + 1
		for j+1 < len(toks) && word(toks[j+1]) && adjacent(text, toks[j], toks[j+1]) {
			j++
		}
		for ; j > i; j-- {
			words := make([]string, 0, j-i+1)
			for _, t := range toks[i : j+1] {
				words = append(words, t.Text)
			}
			if !slices.ContainsFunc(scan(), func(c scanned) bool { return writesAsNameIn(c.text, c.toks, words) }) {
				continue
			}
			start, end := toks[i].Start, toks[j].Start+len(toks[j].Text)
			out = append(out, query.Constraint{Kind: query.Named, Key: strings.Join(words, " "), Text: text[start:end],
				Start: start, End: end, Guessed: true})
			i = j
			break
		}
	}
	return out
}

func adjacent(text string, a, b analysis.Token) bool {
	return strings.TrimSpace(text[a.Start+len(a.Text):b.Start]) == ""
}

// nameCandidates is how many of the best candidates writtenNames reads;
// minNameWord the shortest word it takes for part of a name.
const (
	nameCandidates = 10
	minNameWord    = 3
)

// writesAsName reports whether a sentence writes words, lower case, as
// one name: capitalised, in order, not opening the sentence, with only
// spaces and at most one capitalised word between two of them ("Anna
// Margaritha Zürcher", not "Anna, Berta Zürcher"),
// and no capitalised word right after ("National Park Service" is another
// name than "national park") nor before, unless it opens the sentence or
// is a noun of the German lexicon ("Der Schauspieler Ray Fisher"); nor all
// of them nouns of the German lexicon.
func writesAsName(sentence string, words []string) bool {
	return writesAsNameIn(sentence, analysis.Scan(sentence), words)
}

// scanned is a sentence with its tokens (analysis.Scan).
type scanned struct {
	text string
	toks []analysis.Token
}

// writesAsNameIn is writesAsName for a sentence already scanned.
func writesAsNameIn(sentence string, toks []analysis.Token, words []string) bool {
	capital := func(k int) bool { return k >= 0 && k < len(toks) && analysis.StartsUpper(toks[k].Text) }
	for i := 1; i < len(toks); i++ {
		if strings.ToLower(toks[i].Text) != words[0] || !capital(i) || nameBefore(sentence, toks, i) {
			continue
		}
		k, nouns := i, commonNoun(toks[i].Text)
		for _, w := range words[1:] {
			next := func(j int) bool { return capital(j) && adjacent(sentence, toks[j-1], toks[j]) }
			switch {
			case next(k+1) && strings.ToLower(toks[k+1].Text) == w:
				k++
			case next(k+1) && next(k+2) && strings.ToLower(toks[k+2].Text) == w:
				k += 2
			default:
				k = -1
			}
			if k < 0 {
				break
			}
			nouns = nouns && commonNoun(toks[k].Text)
		}
		if k > 0 && !(capital(k+1) && adjacent(sentence, toks[k], toks[k+1])) && !nouns {
			return true
		}
	}
	return false
}

// nameBefore reports whether toks[i] follows a capitalised word of the same
// name: not the sentence's first word, nor a German noun.
func nameBefore(sentence string, toks []analysis.Token, i int) bool {
	prev := toks[i-1]
	return i-1 > 0 && analysis.StartsUpper(prev.Text) && adjacent(sentence, prev, toks[i]) && !commonNoun(prev.Text)
}
