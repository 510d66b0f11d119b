package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
)

// BenchmarkSearch times Search over 20,000 random passages (400 terms,
// Zipf-like) for queries of six terms, ungrouped (a German question) and
// in groups of three (a translated one):
//
//	go test -tags sqlite_fts5 -run '^$' -bench Search ./store
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "index.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	c := collection{rng: rand.New(rand.NewPCG(1, 2))}
	err = s.Update(ctx, func(tx *Tx) error {
		for i := range 2000 {
			src, terms, ps := c.source(fmt.Sprintf("s%d", i), 10)
			if err := tx.PutSource(ctx, src, terms, ps); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	queries := make([][]Term, 64)
	for i := range queries {
		for j := range 6 {
			queries[i] = append(queries[i], Term{Text: fmt.Sprintf("w%d", c.rng.IntN(400)), Weight: 1 + j%2})
		}
	}
	for _, grouped := range []bool{false, true} {
		b.Run(map[bool]string{false: "ungrouped", true: "grouped"}[grouped], func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				terms := queries[i%len(queries)]
				if grouped {
					terms = append([]Term(nil), terms...)
					for j := range terms {
						terms[j].Group = 1 + j/3
					}
				}
				if _, err := s.Search(ctx, SearchQuery{Terms: terms, Passages: 50, Sources: 20}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
