package eval

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// Abstention is measured on two sides built from one set. Answerable: every
// question asked of the whole collection. Unanswerable: the articles
// (Item.Group) are split in two halves, and every question is asked of the
// index of the half that lacks its article, so the question is real and its
// answer certainly absent from its own article. Each question is asked once
// with the thresholds off (Permissive); the engine's own rule,
// retrieval.Params.Answers, then decides each case's Decision at any
// thresholds, so that trying thresholds re-runs no retrieval.

// Case is one question of the abstention evaluation and the engine's
// decision record for it.
type Case struct {
	ID       string `json:"id"`
	Question string `json:"question"`
	// Group is the question's article.
	Group string `json:"group"`
	// Answerable is true when the question's own article was indexed.
	Answerable bool               `json:"answerable"`
	Decision   retrieval.Decision `json:"decision"`
	// Hit: one of the quotes cited with the thresholds off (at most five)
	// contains an answer. On the unanswerable side it means another
	// article happens to state it too.
	Hit bool `json:"hit"`
	// Quote is the first quote cited, for reading a case.
	Quote string `json:"quote,omitempty"`
}

// Indexer returns an engine over sources. The evaluation calls it once for
// the whole set and once for each half; the engine must be opened with
// Permissive params, and the caller releases what it opened.
type Indexer func(ctx context.Context, name string, sources []store.Source) (*retrieval.Engine, error)

// Permissive returns p with the abstention thresholds off: every question
// with an eligible passage is answered, and the engine still reports its
// Decision. The bounds are infinite because a share summed from parts can
// land a rounding error past 1.
func Permissive(p retrieval.Params) retrieval.Params {
	p.MinCoverage, p.MaxAbsentNames = math.Inf(-1), math.Inf(1)
	return p
}

// Split divides a set's articles into two halves, alternating in the order
// the articles first appear among the sources; each half keeps its own
// sources and questions. A source no question refers to belongs to no
// article and goes to both halves.
func Split(set *Set) (a, b *Set) {
	groupOf := make(map[string]string, len(set.Sources))
	for _, it := range set.Items {
		groupOf[it.SourceID] = it.Group
	}
	half := make(map[string]int)
	for _, src := range set.Sources {
		if g, ok := groupOf[src.ID]; ok {
			if _, seen := half[g]; !seen {
				half[g] = len(half) % 2
			}
		}
	}
	halves := [2]*Set{{Name: set.Name + "/A"}, {Name: set.Name + "/B"}}
	for _, src := range set.Sources {
		g, ok := groupOf[src.ID]
		if !ok {
			halves[0].Sources = append(halves[0].Sources, src)
			halves[1].Sources = append(halves[1].Sources, src)
			continue
		}
		halves[half[g]].Sources = append(halves[half[g]].Sources, src)
	}
	for _, it := range set.Items {
		h := half[it.Group]
		halves[h].Items = append(halves[h].Items, it)
	}
	return halves[0], halves[1]
}

// AbstentionCases asks every question of the set twice: of the whole
// collection (answerable) and of the half lacking its article
// (unanswerable). Answerable cases come first, in the set's order.
func AbstentionCases(ctx context.Context, set *Set, index Indexer) ([]Case, error) {
	full, err := index(ctx, set.Name, set.Sources)
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", set.Name, err)
	}
	cases, err := askAll(ctx, full, set.Items, true)
	if err != nil {
		return nil, err
	}
	a, b := Split(set)
	for _, side := range []struct{ indexed, asked *Set }{{a, b}, {b, a}} {
		e, err := index(ctx, side.indexed.Name, side.indexed.Sources)
		if err != nil {
			return nil, fmt.Errorf("index %s: %w", side.indexed.Name, err)
		}
		more, err := askAll(ctx, e, side.asked.Items, false)
		if err != nil {
			return nil, err
		}
		cases = append(cases, more...)
	}
	return cases, nil
}

// hitTop is how many quotes an answer cites in the evaluation: hit@5.
const hitTop = 5

func askAll(ctx context.Context, e *retrieval.Engine, items []Item, answerable bool) ([]Case, error) {
	cases := make([]Case, 0, len(items))
	for _, it := range items {
		ans, err := e.Ask(ctx, retrieval.Question{Text: it.Question, Top: hitTop})
		if err != nil {
			return nil, fmt.Errorf("question %s: %w", it.ID, err)
		}
		c := Case{ID: it.ID, Question: it.Question, Group: it.Group, Answerable: answerable, Decision: ans.Decision}
		for _, cit := range ans.Citations {
			if containsAnswer(cit.Quote, it.Answers) {
				c.Hit = true
				break
			}
		}
		if len(ans.Citations) > 0 {
			c.Quote = ans.Citations[0].SourceID + ": " + ans.Citations[0].Quote
		}
		cases = append(cases, c)
	}
	return cases, nil
}

// Point is how a setting of the thresholds decides the cases.
type Point struct {
	MinCoverage    float64 `json:"min_coverage"`
	MaxAbsentNames float64 `json:"max_absent_names"`
	// Answered is the share of answerable questions answered, Declined the
	// share of unanswerable ones declined, HitAnswered the share of the
	// answered answerable ones whose quotes contain an answer.
	Answered    float64 `json:"answered"`
	Declined    float64 `json:"declined"`
	HitAnswered float64 `json:"hit_answered"`
}

// Measure decides every case with p's thresholds, by the engine's rule.
func Measure(cases []Case, p retrieval.Params) Point {
	pt := Point{MinCoverage: p.MinCoverage, MaxAbsentNames: p.MaxAbsentNames}
	var answerable, unanswerable, answered, hits int
	for _, c := range cases {
		says := p.Answers(c.Decision)
		if c.Answerable {
			answerable++
			if says {
				answered++
				if c.Hit {
					hits++
				}
			}
		} else {
			unanswerable++
			if !says {
				pt.Declined++
			}
		}
	}
	if answerable > 0 {
		pt.Answered = float64(answered) / float64(answerable)
	}
	if unanswerable > 0 {
		pt.Declined /= float64(unanswerable)
	}
	if answered > 0 {
		pt.HitAnswered = float64(hits) / float64(answered)
	}
	return pt
}

// Sweep measures the cases at every combination of the given thresholds.
func Sweep(cases []Case, base retrieval.Params, coverages, absentNames []float64) []Point {
	var out []Point
	for _, c := range coverages {
		for _, a := range absentNames {
			p := base
			p.MinCoverage, p.MaxAbsentNames = c, a
			out = append(out, Measure(cases, p))
		}
	}
	return out
}

// Frontier keeps the points no other point beats on both sides, ordered by
// how many answerable questions they answer, most first.
func Frontier(points []Point) []Point {
	var out []Point
	for i, p := range points {
		dominated := false
		for j, o := range points {
			if i != j && o.Answered >= p.Answered && o.Declined >= p.Declined && (o.Answered > p.Answered || o.Declined > p.Declined) {
				dominated = true
				break
			}
		}
		if !dominated {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Answered > out[j].Answered })
	return out
}

// Steps returns from, from+step, … up to to.
func Steps(from, to, step float64) []float64 {
	var out []float64
	for i := 0; ; i++ {
		v := from + float64(i)*step
		if v > to+step/2 {
			return out
		}
		out = append(out, math.Round(v*1000)/1000)
	}
}
