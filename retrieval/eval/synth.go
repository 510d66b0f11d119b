package eval

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/store"
)

// Synthesize builds sources holding about passages sentences in all, each
// source a random run of sentences drawn from the sets' texts: a collection
// of realistic German vocabulary at any size, for speed and memory
// benchmarks. The same seed gives the same collection.
func Synthesize(sets []*Set, passages int, seed uint64) []store.Source {
	var pool []string
	for _, set := range sets {
		for _, src := range set.Sources {
			for _, seg := range segment.Split(src.Text) {
				if seg.Kind == segment.Sentence {
					pool = append(pool, src.Text[seg.Start:seg.End])
				}
			}
		}
	}
	if len(pool) == 0 {
		return nil
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var out []store.Source
	for made := 0; made < passages; {
		n := min(3+rng.IntN(6), passages-made)
		lines := make([]string, n)
		for i := range lines {
			lines[i] = pool[rng.IntN(len(pool))]
		}
		id := fmt.Sprintf("synth-%06d", len(out))
		text := strings.Join(lines, " ")
		out = append(out, store.Source{ID: id, Title: id, Language: "de", Text: text, Hash: id,
			Published: store.Date{Value: fmt.Sprintf("%d", 2000+rng.IntN(25))}})
		made += n
	}
	return out
}
