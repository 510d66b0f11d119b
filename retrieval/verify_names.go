package retrieval

// Names a question typed in lower case hides: "anna zürcher" reads as two
// words the lexicon knows, but the collection writes them as a name.

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/retrieval/timex"
	"github.com/quellen/quellen/store"
)

// writtenNames returns the named constraints a question typed all in lower
// case gives without showing it: two adjacent words of it that the best
// candidates write capitalised as one name, not first in their sentence,
// in order, with at most one word between ("Anna Margaritha Zürcher" for
// "anna zürcher"), a name particle and the word after it ("von miller" for
// "Von Miller"), or one word they write so at least minSingleNameUses
// times and never in lower case ("newton" for "Cam Newton … Newton's").
// Words a constraint already covers, stop words, months, weekdays, offices
// and pairs of the lexicon's common nouns ("Ende September") are passed
// over; a name the question's parse guessed gives way to a longer one the
// candidates write ("david" to "David Banks"). A run of words no candidate
// writes as a name, and a single word no candidate writes at all, are
// read where the collection's English passages write them
// (collectionWrites): "sig network" is a name there though the best
// candidates speak only of SIG Node. The names come from the texts, not
// the question, so they are marked guessed. A guessed name that
// qualifies a noun ("northumbria" of "university") stays beside the
// written one. It returns the question's constraints with
// the written names, and those names; the descriptions of the sources it
// reads languages from are put in meta.
func (e *Engine) writtenNames(ctx context.Context, q *question, ranked []Ranked, meta map[string]store.Source) (all, written []query.Constraint, err error) {
	text := q.Text
	if strings.ToLower(text) != text {
		return q.Constraints, nil, nil
	}
	toks := analysis.Scan(text)
	coveredBy := func(t analysis.Token, guessed bool) bool {
		return slices.ContainsFunc(q.Constraints, func(c query.Constraint) bool {
			return c.Guessed == guessed && t.Start < c.End && c.Start < t.Start+len(t.Text)
		})
	}
	// The noun a which-word asks for is what the answer names, no name of
	// its own ("company" of "which company restored the footage", though
	// the collection writes "Grumman Aircraft Engineering Company"); one
	// that is a name ("which kubecon") stays one.
	asked := func(t analysis.Token) bool {
		return slices.ContainsFunc(q.Focus, func(f query.Term) bool { return f.Asked && !f.Name && f.Start == t.Start })
	}
	plain := func(t analysis.Token) bool {
		w := t.Text
		return !t.Num && !asked(t) && utf8.RuneCountInString(w) >= minNameWord && !strings.Contains(w, "-") && !coveredBy(t, false) &&
			!analysis.For(analysis.German).IsStop(w) && !analysis.For(analysis.English).IsStop(w) &&
			!timex.IsMonth(w) && !timex.IsWeekday(w) && !e.vocabulary.NamesPerson(analysis.German, w, "") && !query.IsOffice(w) && !query.IsQuestionWord(w) && !q.TypeCue(w)
	}
	// A name particle may open a name: "von miller", "van gogh"; the
	// article "der" does not ("der" of "hauptorganisator der debconf14"),
	// and as a stop word it continues none either.
	word := func(k int, first bool) bool {
		return plain(toks[k]) || first && segment.NameParticle(toks[k].Text) && !query.DefiniteArticle(toks[k].Text) && k+1 < len(toks) && plain(toks[k+1])
	}
	cands := &nameCandidateTexts{e: e, ranked: ranked[:min(len(ranked), nameCandidates)], meta: meta}
	var found []query.Constraint
	add := func(i, j int) {
		// A regnal number right after the name is part of it, as in
		// a question written with capitals (query.Parse): "wilhelm iv"
		// is not Wilhelm III.
		if k := j + 1; k < len(toks) && query.RegnalAfter(text, toks[j], toks[k]) {
			j = k
		}
		start, end := toks[i].Start, toks[j].Start+len(toks[j].Text)
		found = append(found, query.Constraint{Kind: query.Named, Key: strings.Join(tokenTexts(toks[i:j+1]), " "), Text: text[start:end],
			Start: start, End: end, Guessed: true})
	}
	for i := 0; i < len(toks); i++ {
		if !word(i, true) {
			continue
		}
		j := i
		for j+1 < len(toks) && word(j+1, false) && adjacent(text, toks[j], toks[j+1]) {
			j++
		}
		run := j
		for ; j > i; j-- {
			words := tokenTexts(toks[i : j+1])
			if slices.ContainsFunc(cands.all(), func(c scanned) bool { return writesAsNameIn(c.text, c.toks, words) }) {
				break
			}
		}
		// A run no candidate writes as a name may still be one the
		// collection writes elsewhere: its English passages tell, the
		// longest run first, of at most maxCollectionRun words (a search
		// each).
		if j == i && run > i {
			for j = min(run, i+maxCollectionRun-1); j > i; j-- {
				words := tokenTexts(toks[i : j+1])
				evidence, err := e.collectionWrites(ctx, words...)
				if err != nil {
					return nil, nil, err
				}
				if slices.ContainsFunc(evidence, func(c scanned) bool { return writesAsNameIn(c.text, c.toks, words) }) {
					break
				}
			}
		}
		switch {
		case j > i:
			add(i, j)
			i = j
		case plain(toks[i]) && !coveredBy(toks[i], true) && !hyphened(text, toks[i]) && !afterHow(toks, i) &&
			e.vocabulary.mayNameAlone(toks[i].Text) && nameUses(cands.all(), toks[i].Text) > 0:
			// Only a word some candidate writes as a name asks for the
			// sources' languages and the dictionary.
			evidence, err := cands.forWord(ctx, toks[i].Text)
			if err != nil {
				return nil, nil, err
			}
			// Written as a name often enough there, never in lower case.
			if nameUses(evidence, toks[i].Text) >= minSingleNameUses {
				add(i, i)
			}
		case plain(toks[i]) && !coveredBy(toks[i], true) && !hyphened(text, toks[i]) && !afterHow(toks, i) &&
			e.vocabulary.mayNameAlone(toks[i].Text) && !writtenLower(cands.all(), toks[i].Text):
			// A word no candidate writes may still be a name the
			// collection writes elsewhere ("how many passengers did the
			// kestrel carry", where no sentence on the Kestrel counts
			// passengers): its English passages tell.
			evidence, err := e.collectionWrites(ctx, toks[i].Text)
			if err != nil {
				return nil, nil, err
			}
			if nameUses(evidence, toks[i].Text) >= minSingleNameUses {
				add(i, i)
			}
		}
	}
	if len(found) == 0 {
		return q.Constraints, nil, nil
	}
	return withWritten(q.Constraints, found, cands.all(), toks), found, nil
}

// withWritten returns constraints with the names found written: a guessed
// name inside a written one is that one's part ("david" of "David
// Banks"), unless it qualifies a noun the candidates also write in lower
// case ("northumbria" of "university"), which the sentence must say too.
func withWritten(constraints, found []query.Constraint, candidates []scanned, toks []analysis.Token) []query.Constraint {
	out := slices.DeleteFunc(slices.Clone(constraints), func(c query.Constraint) bool {
		if !c.Guessed || !slices.ContainsFunc(found, func(f query.Constraint) bool { return f.Start <= c.Start && c.End <= f.End }) {
			return false
		}
		return c.Head == "" || !writtenLower(candidates, headWord(toks, c))
	})
	return append(out, found...)
}

// tokenTexts returns the tokens' texts as written.
func tokenTexts(toks []analysis.Token) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

// nameCandidateTexts is the best candidates as writtenNames reads them:
// each scanned once, when first read, and their sources' languages read
// once, when a single word first needs them (the descriptions go to meta,
// for the checks to reuse).
type nameCandidateTexts struct {
	e       *Engine
	ranked  []Ranked
	meta    map[string]store.Source
	scanned []scanned
	langs   []string
}

// all returns every candidate, scanned.
func (n *nameCandidateTexts) all() []scanned {
	if n.scanned == nil {
		n.scanned = make([]scanned, 0, len(n.ranked))
		for _, r := range n.ranked {
			n.scanned = append(n.scanned, scanned{r.Text, analysis.Scan(r.Text)})
		}
	}
	return n.scanned
}

// forWord returns the candidates that tell whether one word is a name:
// every one, or for a common English word only those of English sources.
// German writes every noun with a capital, and a foreign one the lexicon
// lacks ("Porridge") too: there only a word no dictionary has as a common
// word is a name.
func (n *nameCandidateTexts) forWord(ctx context.Context, word string) ([]scanned, error) {
	v := n.e.vocabulary
	if !v.listed(analysis.English, word) || v.properName(word) {
		return n.all(), nil
	}
	if n.langs == nil {
		ids := make([]string, 0, len(n.ranked))
		for _, r := range n.ranked {
			ids = append(ids, r.SourceID)
		}
		infos, err := n.e.store.SourceInfos(ctx, ids)
		if err != nil {
			return nil, fmt.Errorf("languages of the candidates: %w", err)
		}
		maps.Copy(n.meta, infos)
		n.langs = make([]string, 0, len(n.ranked))
		for _, r := range n.ranked {
			n.langs = append(n.langs, passageLanguage(r.Text, infos[r.SourceID].Language))
		}
	}
	var out []scanned
	for i, c := range n.all() {
		if n.langs[i] == analysis.English {
			out = append(out, c)
		}
	}
	return out, nil
}

// headWord returns the question's word right after a constraint, lower
// case: the noun its Head was read from; "" for none.
func headWord(toks []analysis.Token, c query.Constraint) string {
	for _, t := range toks {
		if t.Start >= c.End {
			return strings.ToLower(t.Text)
		}
	}
	return ""
}

// writtenLower reports whether a candidate writes a word in lower case: a
// common noun there, not a name's.
func writtenLower(candidates []scanned, word string) bool {
	return word != "" && slices.ContainsFunc(candidates, func(c scanned) bool {
		return slices.ContainsFunc(c.toks, func(t analysis.Token) bool { return t.Text == word })
	})
}

// afterHow reports whether toks[i] follows "how" or "wie": what a
// question asks ("how long", "wie hoch"), no name.
func afterHow(toks []analysis.Token, i int) bool {
	return i > 0 && (strings.EqualFold(toks[i-1].Text, "how") || strings.EqualFold(toks[i-1].Text, "wie"))
}

// mayNameAlone reports whether a lower-case word may be a name by itself:
// no word the German lexicon knows (German capitalises every noun:
// "Truppen"), nor one the dictionary from German has as a common noun
// that English does not have ("Jahrestag", which the lexicon lacks), nor a
// direction ("the North"). An English word stays one ("newton", the unit,
// is Cam Newton where a collection writes it so).
func (v vocabulary) mayNameAlone(word string) bool {
	return (v.lex == nil || !v.lex.Knows(word)) && !query.IsDirection(word) && (v.listed(analysis.English, word) || !v.germanNoun(word))
}

// nameUses returns how often the candidates write a word, lower case,
// capitalised and not first in its sentence; 0 where one writes it in
// lower case.
func nameUses(candidates []scanned, word string) int {
	uses := 0
	for _, c := range candidates {
		for k, t := range c.toks {
			if strings.ToLower(t.Text) != word {
				continue
			}
			if !analysis.StartsUpper(t.Text) {
				return 0
			}
			if k > 0 && !sentenceOpens(c.text, c.toks, k) {
				uses++
			}
		}
	}
	return uses
}

// sentenceOpens reports whether toks[k] opens a sentence, a line or a
// quotation within the passage: after a full stop, a colon or a line
// break, or right after an opening quote (a closing one ends what came
// before).
func sentenceOpens(text string, toks []analysis.Token, k int) bool {
	gap := text[toks[k-1].Start+len(toks[k-1].Text) : toks[k].Start]
	if strings.ContainsAny(gap, ".!?:\n") {
		return true
	}
	// An opening quote stands after a space, right before the word; a
	// closing one right after the word before.
	if strings.HasSuffix(gap, "„") {
		return true
	}
	for _, q := range []string{"\"", "“", "»", "«"} {
		if b, cut := strings.CutSuffix(gap, q); cut && strings.HasSuffix(b, " ") {
			return true
		}
	}
	return false
}

// hyphened reports whether a word is part of a compound written with a
// hyphen ("bernstein-funde"): a word of the compound, no name.
func hyphened(text string, t analysis.Token) bool {
	return strings.HasSuffix(text[:t.Start], "-") || strings.HasPrefix(text[t.Start+len(t.Text):], "-")
}

// adjacent reports whether only spaces stand between two tokens of text,
// a before b.
func adjacent(text string, a, b analysis.Token) bool {
	return strings.TrimSpace(text[a.Start+len(a.Text):b.Start]) == ""
}

// maxCollectionRun is the longest run of a question's words writtenNames
// looks for in the collection (collectionWrites), so that a long run costs
// at most two searches a word.
const maxCollectionRun = 3

// nameCandidates is how many of the best candidates writtenNames reads;
// minNameWord the shortest word it takes for part of a name.
const (
	nameCandidates = 10
	minNameWord    = 3
	// minSingleNameUses is how often the candidates must write one word
	// as a name before a lower-case question's word is read as it. Once
	// is enough (measured on the spent QA halves: 2 declined 8 fewer
	// unanswerable questions for 2 more right first quotes); the word must
	// never be written in lower case there.
	minSingleNameUses = 1
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
		// A surname with its particle follows the first name, and the
		// particle may be written in lower case after it: "Anna Von Berg",
		// "Vincent van Gogh" are "von berg", "van gogh"; the name after it
		// is no noun ("von Berg und Tal" names no one), and a particle in
		// lower case after no name is a preposition ("ein Brief von
		// Okonjo").
		particle := segment.NameParticle(words[0]) && len(words) > 1
		lowerParticle := particle && !capital(i) && capital(i+1) && !commonNoun(toks[i+1].Text) && nameBefore(sentence, toks, i)
		if strings.ToLower(toks[i].Text) != words[0] || !capital(i) && !lowerParticle || nameBefore(sentence, toks, i) && !particle {
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

// collectionWrites returns the passages of English sources among the
// nameEvidence best of the collection that hold words as English analyses
// them (each word searched as a group of its own), scanned; none in a
// collection without English sources. German writes every noun with a
// capital, so only English text tells a name by it.
func (e *Engine) collectionWrites(ctx context.Context, words ...string) ([]scanned, error) {
	english, err := e.hasEnglish(ctx)
	if err != nil || !english {
		return nil, err
	}
	word := strings.Join(words, " ")
	var terms []store.Term
	for g, w := range words {
		for _, t := range analysis.For(analysis.English).Terms(w) {
			terms = append(terms, store.Term{Text: t, Weight: 1, Group: g + 1})
		}
	}
	if len(terms) == 0 {
		return nil, nil
	}
	res, err := e.store.Search(ctx, store.SearchQuery{Terms: terms, Passages: nameEvidence})
	if err != nil {
		return nil, fmt.Errorf("passages writing %q: %w", word, err)
	}
	if len(res.Passages) == 0 {
		return nil, nil
	}
	ids := make([]int64, 0, len(res.Passages))
	for _, h := range res.Passages {
		ids = append(ids, h.ID)
	}
	ps, err := e.store.Passages(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("passages writing %q: %w", word, err)
	}
	srcIDs := make([]string, 0, len(ps))
	for _, p := range ps {
		srcIDs = append(srcIDs, p.SourceID)
	}
	langs, err := e.store.SourceInfos(ctx, srcIDs)
	if err != nil {
		return nil, fmt.Errorf("languages of passages writing %q: %w", word, err)
	}
	out := make([]scanned, 0, len(ps))
	for _, p := range ps {
		if passageLanguage(p.Text, langs[p.SourceID].Language) == analysis.English {
			out = append(out, scanned{p.Text, analysis.Scan(p.Text)})
		}
	}
	return out, nil
}

// nameEvidence is how many of the collection's passages holding a word
// collectionWrites reads. Measured on the pooled QA splits (50 files):
// 10, 20 and 40 gave the same answers.
const nameEvidence = 20
