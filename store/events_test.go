package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

func putWithEvents(t *testing.T, s *Store, src Source, events []Event) error {
	t.Helper()
	ctx := context.Background()
	passages := []IndexedPassage{{Passage: Passage{SourceID: src.ID, Start: 0, End: len(src.Text)}, Vector: unit(1, 0)}}
	return s.Update(ctx, func(tx *Tx) error {
		if err := tx.PutSource(ctx, src, "", passages); err != nil {
			return err
		}
		return tx.PutEvents(ctx, src, events)
	})
}

func TestEventsRoundTripAndFollowTheirSource(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	text := "Rund 2.500 US-Soldaten sind im Irak. Die Mission endet bis Ende September 2025."
	src := Source{ID: "a", Title: "A", Language: "de", Text: text, Hash: "1", Published: Date{Value: "2024-09"}}
	second := strings.Index(text, "Die")
	want := []Event{
		{Start: 0, End: second - 1, Kind: "troops", Date: "2024-09", DateFrom: "published", Count: 2500, Place: "Irak",
			PlaceFrom: "text", Qualifier: "rund", AnchorStart: 5, AnchorEnd: 10},
		{Start: second, End: len(text), Kind: "deadline", Date: "2025-09", Mod: "END", DateText: "Ende September 2025",
			DateFrom: "text", AnchorStart: strings.Index(text, "Ende"), AnchorEnd: len(text) - 1},
	}
	if err := putWithEvents(t, s, src, want); err != nil {
		t.Fatal(err)
	}
	got, err := s.Events(ctx)
	if err != nil || len(got) != 2 {
		t.Fatalf("Events = %+v, %v; want 2", got, err)
	}
	for i := range want {
		w := want[i]
		w.SourceID, w.Ord, w.Quote = "a", i, text[w.Start:w.End]
		if got[i] != w {
			t.Errorf("event %d = %+v, want %+v", i, got[i], w)
		}
	}
	// Writing the source again replaces its events; removing it removes them.
	if err := putWithEvents(t, s, src, want[1:]); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Events(ctx); len(got) != 1 || got[0].Kind != "deadline" || got[0].Count != 0 {
		t.Fatalf("after rewrite: %+v", got)
	}
	if err := s.Update(ctx, func(tx *Tx) error { return tx.DeleteSource(ctx, "a") }); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Events(ctx); len(got) != 0 {
		t.Fatalf("events outlived their source: %+v", got)
	}
}

func TestPutEventsRejectsOffsetsOutsideTheText(t *testing.T) {
	s, _ := openTemp(t)
	src := Source{ID: "a", Title: "A", Language: "de", Text: "Kurz.", Hash: "1"}
	for _, e := range []Event{
		{Start: 0, End: 99, Kind: "event"},
		{Start: 3, End: 3, Kind: "event", AnchorStart: 3, AnchorEnd: 3},
		{Start: 0, End: 5, Kind: "event", AnchorStart: 2, AnchorEnd: 9},
	} {
		if err := putWithEvents(t, s, src, []Event{e}); err == nil {
			t.Errorf("event %+v was stored", e)
		}
	}
	// The failed transactions left nothing behind, not even the source.
	if sources, _ := s.Sources(context.Background()); len(sources) != 0 {
		t.Errorf("sources = %+v after failed updates", sources)
	}
}

func TestDistinctEventsReadARepeatedStatementOnce(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	sentence := "Die Mission endet im September 2025."
	text := sentence + " " + sentence + " Im Jahr 2024 begannen Gespräche. " + sentence
	src := Source{ID: "r", Title: "R", Language: "de", Text: text, Hash: "1"}
	var events []Event
	for start := 0; ; {
		i := strings.Index(text[start:], sentence)
		if i < 0 {
			break
		}
		at := start + i
		events = append(events, Event{Start: at, End: at + len(sentence), Kind: "deadline", Date: "2025-09", DateFrom: "text", AnchorStart: at, AnchorEnd: at})
		start = at + len(sentence)
	}
	other := strings.Index(text, "Im Jahr")
	events = append(events, Event{Start: other, End: other + len("Im Jahr 2024 begannen Gespräche."), Kind: "talks", Date: "2024", AnchorStart: other, AnchorEnd: other})
	// The same sentence, dated otherwise, is another statement.
	events = append(events, Event{Start: 0, End: len(sentence), Kind: "deadline", Date: "2025", DateFrom: "text", AnchorStart: 0, AnchorEnd: 0})
	if err := putWithEvents(t, s, src, events); err != nil {
		t.Fatal(err)
	}
	all, err := s.Events(ctx)
	if err != nil || len(all) != 5 {
		t.Fatalf("Events = %d, %v; want 5", len(all), err)
	}
	distinct, err := s.DistinctEvents(ctx, "r")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range distinct {
		got = append(got, fmt.Sprintf("%d %s", e.Start, e.Date))
	}
	if want := []string{"0 2025-09", fmt.Sprintf("%d 2024", other), "0 2025"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("DistinctEvents = %v, want %v", got, want)
	}
}
