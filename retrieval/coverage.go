package retrieval

import (
	"context"
	"github.com/quellen/quellen/retrieval/analysis"
	"math"
	"strings"
)

// support measures how well the best passages cover the question.
type support struct {
	// Coverage is the share of the question's content, weighed by how rare
	// each term is in the collection, that the best-covering of the top
	// passages (with its neighbours) contains.
	Coverage float64
	// Absent is the share of that weight carried by terms that occur
	// nowhere in the collection and in none of the top passages' windows:
	// a question about something the sources never name ("Bundeswehr",
	// "China").
	Absent float64
	// AbsentNames is the part of Absent carried by names and figures
	// (numbers, and words capitalised other than first in the question).
	AbsentNames float64
	// WindowVector is the best cosine similarity between the question and
	// a top passage's window in hashed character n-grams: a fuzzy overlap
	// that credits inflections and compounds the term check misses.
	WindowVector float64
	// SourceCoverage is Coverage over the whole source of the best passage:
	// an answer's sentence often leaves to its text what the question names.
	SourceCoverage float64
}

// Support is the decision's single score: coverage, less what the
// collection lacks, plus the windows' fuzzy overlap (weight measured on
// XQuAD-R with `quellen eval abstain`).
func (s support) Support() float64 {
	return s.Coverage - s.Absent + 1.5*s.WindowVector + 0.75*s.SourceCoverage
}

// windowsChecked is how many top passages are tried for coverage: the best
// by score need not be the one that states the answer most fully.
const windowsChecked = 3

func (e *Engine) support(ctx context.Context, q query, ranked []Ranked, sources *sourcePassages) (support, error) {
	var s support
	if len(ranked) == 0 || len(q.concepts) == 0 {
		return s, nil
	}
	// A concept weighs what its most telling term found in the collection
	// weighs; one found nowhere weighs the most a term can.
	n := float64(q.total)
	idf := func(df int) float64 { return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5)) }
	weight := make([]float64, len(q.concepts))
	present := make([]bool, len(q.concepts))
	var want float64
	for i, c := range q.concepts {
		weight[i] = idf(0)
		for _, t := range c {
			if df := q.df[t]; df > 0 {
				if !present[i] || idf(df) < weight[i] {
					weight[i] = idf(df)
				}
				present[i] = true
			}
		}
		want += weight[i]
	}
	if want == 0 {
		return s, nil
	}
	coveredAnywhere := make([]bool, len(q.concepts))
	var questionTerms []string
	for _, t := range q.terms {
		questionTerms = append(questionTerms, t.Text)
	}
	questionVector := e.overlap.EmbedTerms(questionTerms)
	for _, best := range ranked[:min(len(ranked), windowsChecked)] {
		around, err := sources.of(ctx, best.SourceID)
		if err != nil {
			return s, err
		}
		window := make(map[string]bool)
		var windowTerms []string
		for _, p := range around {
			if p.Ord >= best.Ord-1 && p.Ord <= best.Ord+1 {
				for _, t := range strings.Fields(p.Terms) {
					window[t] = true
					windowTerms = append(windowTerms, t)
				}
			}
		}
		s.WindowVector = math.Max(s.WindowVector, dot(questionVector, e.overlap.EmbedTerms(windowTerms)))
		var have float64
		for i, c := range q.concepts {
			for _, t := range c {
				if analysis.Covered(t, window) {
					have += weight[i]
					coveredAnywhere[i] = true
					break
				}
			}
		}
		s.Coverage = math.Max(s.Coverage, have/want)
	}
	whole, err := sources.of(ctx, ranked[0].SourceID)
	if err != nil {
		return s, err
	}
	sourceTerms := make(map[string]bool)
	for _, p := range whole {
		for _, t := range strings.Fields(p.Terms) {
			sourceTerms[t] = true
		}
	}
	var inSource float64
	for i, c := range q.concepts {
		for _, t := range c {
			if analysis.Covered(t, sourceTerms) {
				inSource += weight[i]
				break
			}
		}
	}
	s.SourceCoverage = inSource / want
	for i := range q.concepts {
		if !present[i] && !coveredAnywhere[i] {
			s.Absent += weight[i] / want
			if q.names[i] {
				s.AbsentNames += weight[i] / want
			}
		}
	}
	return s, nil
}

func dot(a, b []float32) float64 {
	var sum float64
	for i := range a {
		sum += float64(a[i]) * float64(b[i])
	}
	return sum
}
