package timeline

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/quellen/quellen/retrieval/timex"
)

// dropDatesInFigures keeps exactly the expressions that overlap no
// figure's number, as comparing each with every figure would.
func TestDropDatesInFiguresKeepsWhatAScanWould(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 300 {
		var exprs []timex.Expr
		for range rng.IntN(30) {
			start := rng.IntN(500)
			exprs = append(exprs, timex.Expr{Start: start, End: start + 1 + rng.IntN(12), RangeWith: -1})
		}
		sort.Slice(exprs, func(i, j int) bool { return exprs[i].Start < exprs[j].Start })
		figures := make([][]troopFigure, rng.IntN(6))
		for i := range figures {
			for range rng.IntN(4) {
				start := rng.IntN(500)
				figures[i] = append(figures[i], troopFigure{numStart: start, numEnd: start + 1 + rng.IntN(8)})
			}
		}
		var want []timex.Expr
		for _, e := range exprs {
			claimed := false
			for _, fs := range figures {
				for _, f := range fs {
					claimed = claimed || (f.numStart < e.End && e.Start < f.numEnd)
				}
			}
			if !claimed {
				want = append(want, e)
			}
		}
		x := &extractor{exprs: slices.Clone(exprs)}
		x.dropDatesInFigures(figures)
		if len(x.exprs) != len(want) {
			t.Fatalf("round %d: kept %d expressions, a scan keeps %d", round, len(x.exprs), len(want))
		}
		for i := range want {
			if x.exprs[i].Start != want[i].Start || x.exprs[i].End != want[i].End {
				t.Fatalf("round %d: kept %v, a scan keeps %v", round, x.exprs, want)
			}
		}
	}
}
