package retrieval

import (
	"context"
	"math"
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
)

// coverage is the share of the question's content, weighed by how rare each
// term is in the collection, that the best passage and its neighbours
// contain. A question about something the sources never name ("Bundeswehr",
// "China") leaves its rarest terms uncovered, and its coverage low.
func (e *Engine) coverage(ctx context.Context, q query, ranked []Ranked) (float64, error) {
	if len(ranked) == 0 || len(q.terms) == 0 {
		return 0, nil
	}
	best := ranked[0]
	around, err := e.store.SourcePassages(ctx, best.SourceID)
	if err != nil {
		return 0, err
	}
	window := make(map[string]bool)
	for _, p := range around {
		if p.Ord >= best.Ord-1 && p.Ord <= best.Ord+1 {
			for _, t := range germanTerms(p.Text) {
				window[t] = true
			}
		}
	}
	terms := make([]string, len(q.terms))
	for i, t := range q.terms {
		terms[i] = t.Text
	}
	df, total, err := e.store.DocFreq(ctx, terms)
	if err != nil {
		return 0, err
	}
	var have, want float64
	for _, t := range q.terms {
		n := float64(total)
		d := float64(df[t.Text])
		idf := math.Log(1 + (n-d+0.5)/(d+0.5))
		want += idf
		if covered(t.Text, window) {
			have += idf
		}
	}
	if want == 0 {
		return 0, nil
	}
	return have / want, nil
}

// covered reports whether a term, or a compound containing it, or a part of
// it, is among the window's terms.
func covered(term string, window map[string]bool) bool {
	if window[term] {
		return true
	}
	const minPart = 5
	for w := range window {
		if len(term) >= minPart && strings.Contains(w, term) || len(w) >= minPart && strings.Contains(term, w) {
			return true
		}
	}
	return false
}

func germanTerms(text string) []string {
	return analysis.For(analysis.German).Terms(text)
}
