package store

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

// TestPackedReadsEqualRowReads reads events and passages whose texts hold
// what the packing uses (colons, digits, NUL) both packed and row by row.
func TestPackedReadsEqualRowReads(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	texts := map[string]string{
		"a": "12:30 Uhr: „Rund 2.500 Soldaten“ – im Irak. \x00Zweiter Satz: 3:4.",
		"b": "Ünïcödé ✓ 1000 Soldaten bleiben. Nichts weiter.",
		"c": "Keine Ereignisse. Hier nicht.",
	}
	for _, id := range []string{"a", "b", "c"} {
		text := texts[id]
		cut := strings.Index(text, ". ") + 1
		src := Source{ID: id, Title: "T", Language: "de", Text: text, Hash: id}
		passages := []IndexedPassage{
			{Passage: Passage{SourceID: id, Ord: 0, Block: 0, Start: 0, End: cut, Terms: "soldat irak", Figure: true, Dated: id == "a"}},
			{Passage: Passage{SourceID: id, Ord: 1, Block: 3, Start: cut + 1, End: len(text), Terms: "satz", Heading: id == "b"}},
		}
		var events []Event
		if id != "c" {
			events = []Event{
				{Start: 0, End: cut, AnchorStart: 0, AnchorEnd: 2, Kind: "troops", Count: 2500, Place: "Irak", Qualifier: "rund", Force: "US", Role: "level"},
				{Start: 0, End: cut, AnchorStart: 0, AnchorEnd: 0, Kind: "event", Date: "2020-06", Relative: true, Since: true, Approx: true, Aspect: "end", DateText: "12:30"},
			}
		}
		err := s.Update(ctx, func(tx *Tx) error {
			if err := tx.PutSource(ctx, src, "t", passages); err != nil {
				return err
			}
			return tx.PutEvents(ctx, src, events)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Events(ctx) // row by row
	if err != nil || len(all) != 4 {
		t.Fatalf("all events: %d, %v", len(all), err)
	}
	some, err := s.Events(ctx, "b", "a", "c") // packed
	if err != nil || !reflect.DeepEqual(some, all) {
		t.Fatalf("packed events\n%+v\nrow by row\n%+v\n%v", some, all, err)
	}
	for id, text := range texts {
		ps, err := s.SourcePassages(ctx, id)
		if err != nil || len(ps) != 2 || ps[0].Text != text[ps[0].Start:ps[0].End] || ps[1].Text != text[ps[1].Start:] || !ps[0].Figure || ps[0].Dated != (id == "a") || ps[1].Block != 3 || ps[1].Terms != "satz" || ps[1].Heading != (id == "b") || ps[0].Heading {
			t.Errorf("passages of %s: %+v, %v", id, ps, err)
		}
		byID, err := s.Passages(ctx, []int64{ps[1].ID, ps[0].ID, 999})
		if err != nil || !reflect.DeepEqual(byID, []Passage{ps[1], ps[0]}) {
			t.Errorf("Passages of %s by id: %+v, %v", id, byID, err)
		}
	}
	if ps, err := s.SourcePassages(ctx, "none"); err != nil || len(ps) != 0 {
		t.Errorf("passages of a missing source: %v, %v", ps, err)
	}
}

func FuzzUnpacker(f *testing.F) {
	f.Add([]byte("1,-2,3:abc"), 2, 1)
	f.Add([]byte("9999999999,0:x"), 1, 1)
	f.Fuzz(func(t *testing.T, data []byte, ints, texts int) {
		if ints < 0 || texts < 0 || ints+texts > 40 {
			return
		}
		u := unpacker{b: data}
		for i := 0; u.more() && i < 1000; i++ {
			if n, s, ok := u.next(ints, texts); ok && (len(n) != ints || len(s) != texts) {
				t.Fatalf("row of %d integers and %d texts, want %d and %d", len(n), len(s), ints, texts)
			}
		}
	})
}
