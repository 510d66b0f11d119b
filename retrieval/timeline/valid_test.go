package timeline_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

// trap is the benchmark text on which the temporal tagger read a date
// across a sentence end ("Jahre 2001-02. Januar 1942") and made an event
// whose anchor lay outside its quote, which once aborted a whole rebuild.
const trap = "Das Budget galt für die Jahre 2001-02. Januar 1942 wurde es geändert."

func TestEventAnchoredAcrossASentenceEndIsDropped(t *testing.T) {
	src := store.Source{ID: "s014324", Language: "de", Text: trap, Published: store.Date{Value: "2020"}}
	events := timeline.Extract(src, sentencesOf(src.Text), nil, nil)
	for i, e := range events {
		if e.AnchorStart < e.Start || e.AnchorEnd > e.End || e.AnchorStart > e.AnchorEnd {
			t.Errorf("event %d: anchor %d..%d outside its quote %d..%d", i, e.AnchorStart, e.AnchorEnd, e.Start, e.End)
		}
		if e.Ord != i {
			t.Errorf("event %d numbered %d", i, e.Ord)
		}
	}
}

func sentencesOf(text string) []timeline.Sentence {
	var out []timeline.Sentence
	for _, seg := range segment.Split(text) {
		if seg.Kind == segment.Sentence {
			out = append(out, timeline.Sentence{Start: seg.Start, End: seg.End})
		}
	}
	return out
}

// sentencePool is every sentence of the default collection, the trap, and,
// when ../shared is beside the repository, of the XQuAD-R German texts.
func sentencePool(t testing.TB) []string {
	pool := []string{trap, "Er lebte dort für die Jahre 2001-02. Januar 1942 starb er."}
	sources, failed := retrieval.LoadSources(corpus.Default(), "default")
	if len(failed) > 0 {
		t.Fatal(failed)
	}
	for _, src := range sources {
		for _, s := range sentencesOf(src.Text) {
			pool = append(pool, src.Text[s.Start:s.End])
		}
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "benchmarks", "xquad-r", "de.json"))
	if err != nil {
		return pool
	}
	var squad struct {
		Data []struct {
			Paragraphs []struct {
				Context string `json:"context"`
			} `json:"paragraphs"`
		} `json:"data"`
	}
	if err := json.Unmarshal(data, &squad); err != nil {
		t.Fatal(err)
	}
	for _, d := range squad.Data {
		for _, p := range d.Paragraphs {
			for _, s := range sentencesOf(p.Context) {
				pool = append(pool, p.Context[s.Start:s.End])
			}
		}
	}
	return pool
}

// FuzzEventsKeepTheStoresInvariants builds events from random runs of real
// sentences, joined in random ways, and writes them to a real index: every
// event must be one the store accepts (its quote within the text, its
// anchor within its quote, its quote the text's bytes), and the index must
// pass its check afterwards.
func FuzzEventsKeepTheStoresInvariants(f *testing.F) {
	pool := sentencePool(f)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(f.TempDir(), "index.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	for seed := range uint64(8) {
		f.Add(seed, uint8(5+seed), "2024-09", "de", " ")
	}
	f.Add(uint64(99), uint8(3), "2020", "de", "")
	f.Add(uint64(7), uint8(20), "", "de", "\n\n")
	f.Add(uint64(3), uint8(9), "2019-02-30", "en", "-")
	f.Fuzz(func(t *testing.T, seed uint64, n uint8, published, lang, glue string) {
		if len(glue) > 8 || len(published) > 16 {
			return
		}
		rng := rand.New(rand.NewPCG(seed, seed>>7))
		var b strings.Builder
		for i := range int(n%40) + 1 {
			if i > 0 {
				b.WriteString(glue)
			}
			b.WriteString(pool[rng.IntN(len(pool))])
		}
		if rng.IntN(4) == 0 {
			b.WriteString(trap) // the known trap, glued to whatever came before
		}
		text := b.String()
		src := store.Source{ID: "fuzz", Title: "Fuzz", Language: lang, Text: text, Hash: text, Published: store.Date{Value: published}}
		sentences := sentencesOf(text)
		events := timeline.Extract(src, sentences, nil, nil)
		for i, e := range events {
			if e.SourceID != src.ID || e.Ord != i {
				t.Fatalf("event %d: source %q, ord %d", i, e.SourceID, e.Ord)
			}
		}
		passages := make([]store.IndexedPassage, 0, len(sentences))
		for i, s := range sentences {
			passages = append(passages, store.IndexedPassage{Passage: store.Passage{SourceID: src.ID, Ord: i, Start: s.Start, End: s.End, Terms: "x"}})
		}
		if strings.TrimSpace(text) == "" {
			return
		}
		err := st.Update(ctx, func(tx *store.Tx) error {
			if err := tx.PutSource(ctx, src, "x", passages); err != nil {
				return err
			}
			return tx.PutEvents(ctx, src, events)
		})
		if err != nil {
			t.Fatalf("the store refuses the events of %q: %v", text, err)
		}
		report, err := st.Check(ctx)
		if err != nil || !report.OK() {
			t.Fatalf("check after writing the events of %q: %v %v", text, report.Problems, err)
		}
	})
}
