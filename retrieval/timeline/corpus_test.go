package timeline_test

import (
	"context"
	"testing"
	"time"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/names"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

// TestDefaultCorpus extracts the default collection as the index does and
// reports what it finds per kind (run with -v for the figures).
func TestDefaultCorpus(t *testing.T) {
	sources, failed := retrieval.LoadSources(corpus.Default(), "default")
	if len(failed) > 0 {
		t.Fatal(failed)
	}
	tab, err := names.New()
	if err != nil {
		t.Fatal(err)
	}
	rec := entity.New(tab)
	bySource := make(map[string]store.Source)
	var stored []store.Event
	for _, src := range sources {
		bySource[src.ID] = src
		var sentences []timeline.Sentence
		for _, seg := range segment.Split(src.Text) {
			if seg.Kind == segment.Sentence {
				sentences = append(sentences, timeline.Sentence{Start: seg.Start, End: seg.End})
			}
		}
		for _, e := range timeline.Extract(src, sentences, rec, nil) {
			e.Quote = src.Text[e.Start:e.End]
			stored = append(stored, e)
		}
	}
	tl, err := timeline.Build(context.Background(), stored, bySource, time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	perKind := make(map[string]int)
	perRole := make(map[string]int)
	for _, e := range tl.Events {
		perKind[e.Kind]++
		if e.Kind == timeline.KindTroops {
			perRole[e.Role]++
		}
		for _, c := range e.Citations {
			if text := bySource[c.SourceID].Text; len(e.Citations) == 1 && text[c.Start:c.End] != e.Quote {
				t.Errorf("quote %q is not %s[%d:%d]", e.Quote, c.SourceID, c.Start, c.End)
			}
		}
		if e.Kind == timeline.KindDeadline && e.Status != timeline.StatusPast {
			t.Errorf("deadline %s is %q on 2026-11-21, want past", e.Date, e.Status)
		}
	}
	t.Logf("%d stored events; timeline: %d dated (%d troops, %d talks, %d deadline, %d event), %d undated",
		len(stored), len(tl.Events), perKind["troops"], perKind["talks"], perKind["deadline"], perKind["event"], len(tl.Undated))
	t.Logf("troop figures by role: %v", perRole)
	// Six troop levels in figures, one as an order of magnitude ("Hunderte
	// von Truppen aus meist europäischen Ländern"), one arrival ("setzte
	// Hunderte zusätzlicher Truppen … ein").
	if perRole[timeline.RoleLevel] != 7 || perRole[timeline.RoleIn] != 1 || perKind["deadline"] != 3 || len(tl.Undated) == 0 {
		t.Errorf("per kind %v, per role %v, %d undated: want seven troop levels, one arrival, three deadlines and some undated events",
			perKind, perRole, len(tl.Undated))
	}
}

// BenchmarkExtract measures what extraction adds to indexing the default
// collection.
func BenchmarkExtract(b *testing.B) {
	sources, _ := retrieval.LoadSources(corpus.Default(), "default")
	sentences := make([][]timeline.Sentence, len(sources))
	for i, src := range sources {
		for _, seg := range segment.Split(src.Text) {
			if seg.Kind == segment.Sentence {
				sentences[i] = append(sentences[i], timeline.Sentence{Start: seg.Start, End: seg.End})
			}
		}
	}
	for b.Loop() {
		for i, src := range sources {
			timeline.Extract(src, sentences[i], nil, nil)
		}
	}
}
