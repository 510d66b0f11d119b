package retrieval

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/store"
)

// query is a question analysed for searching the collection.
type query struct {
	text        string
	lang        string // the question's language: the answer's framing follows it
	terms       []store.Term
	grams       []store.Term
	vector      []float32
	wantsNumber bool
	wantsDate   bool

	// concepts group the terms that stand for one word of the question: an
	// English word with its German translations, or a German term alone.
	// The coverage check asks whether each concept is found, in any form.
	concepts [][]string
	// names marks the concepts that are names or figures: numbers and
	// words capitalised other than first in the question.
	names []bool

	// df holds each term's passage frequency, total the passage count; they
	// are looked up once and serve both pruning and the coverage check.
	df    map[string]int
	total int
}

// Ranked is one passage with its scores, best first in a ranking.
type Ranked struct {
	store.Passage
	Score     float64 // fused
	Lexical   float64 // the passage's own BM25, normalised by the query's best
	Context   float64 // its source's BM25, normalised
	Neighbour float64 // the best adjacent passage's BM25, normalised
	Vector    float64 // cosine similarity
}

// analyseQuery turns a question into search terms. A German question is
// analysed as German. An English one is analysed as English, for English
// sources, and translated word by word into weighted German terms, for
// German ones.
func (e *Engine) analyseQuery(ctx context.Context, question string) (query, error) {
	q := query{text: question, lang: DetectLanguage(question)}
	q.wantsNumber = asksForNumber(question)
	q.wantsDate = asksForDate(question)
	de := analysis.For(analysis.German)
	weights := make(map[string]float64)
	var order []string
	add := func(term string, w float64) {
		if _, ok := weights[term]; !ok {
			order = append(order, term)
		}
		weights[term] += w
	}
	embedText := question
	if q.lang == analysis.English {
		en := analysis.For(analysis.English)
		for _, t := range en.Terms(question) {
			add(t, 1)
		}
		concept := q.addConcepts(en.Tokens(question)) // English stem → its concept
		// Alternatives for one English word share its weight: within a word
		// a German stem counts once, at its best weight.
		byWord := make(map[string]map[string]float64)
		var words []string
		translations := e.translator().Translate(question)
		for _, tr := range translations {
			if byWord[tr.From] == nil {
				byWord[tr.From] = make(map[string]float64)
				words = append(words, tr.From)
			}
			for _, t := range de.Terms(tr.Text) {
				byWord[tr.From][t] = math.Max(byWord[tr.From][t], tr.Weight)
			}
			embedText += " " + tr.Text
		}
		for _, w := range words {
			stems := make([]string, 0, len(byWord[w]))
			for t := range byWord[w] {
				stems = append(stems, t)
			}
			sort.Strings(stems)
			for _, t := range stems {
				add(t, byWord[w][t])
			}
			i := -1
			for _, t := range en.Terms(w) {
				if j, ok := concept[t]; ok {
					i = j
				}
			}
			if i < 0 {
				i = len(q.concepts)
				q.concepts = append(q.concepts, nil)
				q.names = append(q.names, false)
			}
			q.concepts[i] = append(q.concepts[i], stems...)
		}
	} else {
		tokens := de.Tokens(question)
		for _, tok := range tokens {
			if !tok.Stop && tok.Term != "" {
				add(tok.Term, 1)
			}
		}
		q.addConcepts(tokens)
	}
	for _, t := range order {
		// FTS5 weighs a term by repeating it; two repetitions per unit of
		// weight keep a translation of weight 0.4 below a sure one.
		reps := max(1, int(math.Round(2*weights[t])))
		q.terms = append(q.terms, store.Term{Text: t, Weight: reps})
	}
	if e.params.GramWeight > 0 {
		seen := make(map[string]bool)
		for _, t := range order {
			for _, g := range compoundGrams([]string{t}) {
				if !seen[g] {
					seen[g] = true
					q.grams = append(q.grams, store.Term{Text: g, Weight: 1})
				}
			}
		}
	}
	if e.params.Vector <= 0 {
		return q, nil // vectors take no part in the ranking: a model call would be wasted
	}
	vec, err := e.embedder.Embed(ctx, analysis.German, embedText)
	if err != nil {
		return q, fmt.Errorf("embed question: %w", err)
	}
	q.vector = vec
	return q, nil
}

// addConcepts makes each distinct content term of the question's tokens a
// concept of its own, marking names, and returns each term's concept.
func (q *query) addConcepts(tokens []analysis.Token) map[string]int {
	concept := make(map[string]int)
	for i, tok := range tokens {
		if tok.Stop || tok.Term == "" {
			continue
		}
		j, ok := concept[tok.Term]
		if !ok {
			j = len(q.concepts)
			concept[tok.Term] = j
			q.concepts = append(q.concepts, []string{tok.Term})
			q.names = append(q.names, false)
		}
		q.names[j] = q.names[j] || isName(tok, i)
	}
	return concept
}

// isName reports whether the i-th token of a question is a name or a
// figure: a number, or a word capitalised other than first.
func isName(tok analysis.Token, i int) bool {
	first, _ := utf8.DecodeRuneInString(tok.Text)
	return tok.Num || i > 0 && unicode.IsUpper(first)
}

// asksForNumber reports whether a question asks for a figure.
func asksForNumber(question string) bool {
	l := strings.ToLower(question)
	for _, cue := range []string{"wie viel", "wieviel", "anzahl", "how many", "how much", "number of", "zahl der", "wie groß", "wie hoch", "how large", "how big"} {
		if strings.Contains(l, cue) {
			return true
		}
	}
	return false
}

// asksForDate reports whether a question asks when something happens.
func asksForDate(question string) bool {
	l := " " + strings.ToLower(question)
	for _, cue := range []string{" wann", "welchem jahr", "welchen jahr", "welchem monat", "zeitplan", "frist", "datum", " when", "what year", "which year", "what date", "deadline"} {
		if strings.Contains(l, cue) {
			return true
		}
	}
	return false
}

// compoundGrams returns the 5-character n-grams of terms of at least five
// characters, so that the parts of a compound meet the words they are made of.
func compoundGrams(terms []string) []string {
	const n = 5
	var out []string
	for _, t := range terms {
		r := []rune(t)
		for i := 0; i+n <= len(r); i++ {
			out = append(out, string(r[i:i+n]))
		}
	}
	return out
}

// sourcePassages remembers the passages of the sources one question
// touches: ranking and the coverage check read the same few sources.
type sourcePassages struct {
	store    *store.Store
	bySource map[string][]store.Passage
}

func newSourcePassages(st *store.Store) *sourcePassages {
	return &sourcePassages{store: st, bySource: make(map[string][]store.Passage)}
}

func (c *sourcePassages) of(ctx context.Context, sourceID string) ([]store.Passage, error) {
	if ps, ok := c.bySource[sourceID]; ok {
		return ps, nil
	}
	ps, err := c.store.SourcePassages(ctx, sourceID)
	if err != nil {
		return nil, err
	}
	c.bySource[sourceID] = ps
	return ps, nil
}

// rank returns the passages best matching q, best first, at most limit.
func (e *Engine) rank(ctx context.Context, q *query, limit int, sources *sourcePassages) ([]Ranked, error) {
	p := e.params
	if len(q.terms) == 0 {
		return nil, nil
	}
	terms, grams, err := e.prune(ctx, q)
	if err != nil {
		return nil, err
	}
	lexHits, err := e.store.SearchPassages(ctx, store.TextQuery{Terms: terms, Grams: grams, GramWeight: p.GramWeight}, p.PassageLimit)
	if err != nil {
		return nil, err
	}
	srcHits, err := e.store.SearchSources(ctx, terms, p.SourceLimit)
	if err != nil {
		return nil, err
	}
	var vecHits []store.Hit
	if p.Vector > 0 {
		if vecHits, err = e.store.SearchVectors(ctx, q.vector, p.VectorLimit); err != nil {
			return nil, err
		}
	}

	lex := normalised(lexHits)
	vec := make(map[int64]float64, len(vecHits))
	for _, h := range vecHits {
		vec[h.ID] = h.Score
	}
	srcScore := make(map[string]float64, len(srcHits))
	if len(srcHits) > 0 {
		best := srcHits[0].Score
		for _, h := range srcHits {
			if best > 0 {
				srcScore[h.SourceID] = h.Score / best
			}
		}
	}

	ids := make([]int64, 0, len(lex)+len(vec))
	seen := make(map[int64]bool)
	for _, h := range lexHits {
		if !seen[h.ID] {
			seen[h.ID] = true
			ids = append(ids, h.ID)
		}
	}
	for _, h := range vecHits {
		if !seen[h.ID] {
			seen[h.ID] = true
			ids = append(ids, h.ID)
		}
	}
	passages, err := e.store.Passages(ctx, ids)
	if err != nil {
		return nil, err
	}
	// Every passage of the best sources is a candidate: a sentence that
	// answers often shares few words with the question but stands in the text
	// that matches it best.
	for i := 0; i < len(srcHits) && i < p.ExpandTop; i++ {
		more, err := sources.of(ctx, srcHits[i].SourceID)
		if err != nil {
			return nil, err
		}
		for _, mp := range more {
			if !seen[mp.ID] {
				seen[mp.ID] = true
				passages = append(passages, mp)
			}
		}
	}
	// Neighbours: a passage whose neighbour matches the question is likely
	// to continue its thought.
	byPos := make(map[string]map[int]int64)
	for _, ps := range passages {
		if byPos[ps.SourceID] == nil {
			byPos[ps.SourceID] = make(map[int]int64)
		}
		byPos[ps.SourceID][ps.Ord] = ps.ID
	}

	out := make([]Ranked, 0, len(passages))
	for _, ps := range passages {
		r := Ranked{Passage: ps, Lexical: lex[ps.ID], Context: srcScore[ps.SourceID]}
		if v, ok := vec[ps.ID]; ok {
			r.Vector = v
		} else if p.Vector > 0 {
			if r.Vector, err = e.store.Similarity(ctx, q.vector, ps.ID); err != nil {
				return nil, err
			}
		}
		for _, d := range []int{-1, 1} {
			if id, ok := byPos[ps.SourceID][ps.Ord+d]; ok {
				r.Neighbour = math.Max(r.Neighbour, lex[id])
			}
		}
		r.Score = p.Lexical*r.Lexical + p.Context*r.Context + p.Neighbour*r.Neighbour + p.Vector*r.Vector
		if q.wantsNumber && ps.Figure {
			r.Score += p.NumberBoost
		}
		if q.wantsDate && ps.Dated {
			r.Score += p.DateBoost
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].ID < out[j].ID
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// prune leaves out of the full-text query the terms and n-grams that occur
// in more than Params.CommonShare of all passages: their inverse document
// frequency is near zero, so they barely move BM25, but every passage they
// occur in must be scored. The question's own terms stay in q for the
// coverage check; prune fills q.df.
func (e *Engine) prune(ctx context.Context, q *query) (terms, grams []store.Term, err error) {
	words := make([]string, len(q.terms))
	for i, t := range q.terms {
		words[i] = t.Text
	}
	if q.df, q.total, err = e.store.DocFreq(ctx, "terms", words); err != nil {
		return nil, nil, err
	}
	limit := int(e.params.CommonShare * float64(q.total))
	if e.params.CommonShare <= 0 || limit < 100 {
		return q.terms, q.grams, nil // a small collection: nothing is costly
	}
	for _, t := range q.terms {
		if q.df[t.Text] <= limit {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		terms = q.terms
	}
	if len(q.grams) > 0 {
		texts := make([]string, len(q.grams))
		for i, g := range q.grams {
			texts[i] = g.Text
		}
		gdf, _, err := e.store.DocFreq(ctx, "grams", texts)
		if err != nil {
			return nil, nil, err
		}
		for _, g := range q.grams {
			if gdf[g.Text] <= limit {
				grams = append(grams, g)
			}
		}
	}
	return terms, grams, nil
}

// normalised maps hits to their score divided by the best score.
func normalised(hits []store.Hit) map[int64]float64 {
	out := make(map[int64]float64, len(hits))
	if len(hits) == 0 || hits[0].Score <= 0 {
		return out
	}
	best := hits[0].Score
	for _, h := range hits {
		out[h.ID] = h.Score / best
	}
	return out
}

// Rank returns the passages best matching a question, best first, with no
// abstention: what the retrieval benchmarks score.
func (e *Engine) Rank(ctx context.Context, question string, limit int) ([]Ranked, error) {
	q, err := e.analyseQuery(ctx, question)
	if err != nil {
		return nil, err
	}
	return e.rank(ctx, &q, limit, newSourcePassages(e.store))
}
