package timeline

import (
	"testing"

	"github.com/quellen/quellen/retrieval/timex"
)

// Retagging a sentence in its own language keeps every range's other end
// pointing at the right expression, in the sentence and outside it.
func TestRetaggedKeepsRanges(t *testing.T) {
	text := "Der Krieg dauerte von 1939 bis 1945. The talks ran from 2015 to 2018. Zwischen 2001 und 2003 blieb es ruhig."
	en := Sentence{Start: len("Der Krieg dauerte von 1939 bis 1945. "), End: len("Der Krieg dauerte von 1939 bis 1945. The talks ran from 2015 to 2018."), Lang: "en"}
	got := retagged(text, timex.Tag(text, timex.Options{Lang: "de"}), []Sentence{en}, timex.Options{})
	pairs := map[string]string{}
	for i, e := range got {
		if i > 0 && got[i-1].Start > e.Start {
			t.Fatalf("not in text order: %+v", got)
		}
		if text[e.Start:e.End] != e.Text {
			t.Errorf("%+v: offsets give %q", e, text[e.Start:e.End])
		}
		if e.RangeWith >= 0 {
			pairs[e.Text] = got[e.RangeWith].Text
		}
	}
	for from, to := range map[string]string{"1939": "1945", "2015": "2018", "2001": "2003"} {
		if pairs[from] != to && pairs[to] != from {
			t.Errorf("range %s–%s lost: pairs %v in %+v", from, to, pairs, got)
		}
	}
	if got := retagged(text, nil, nil, timex.Options{}); got != nil {
		t.Errorf("no sentence in another language: %+v, want the tags as they were", got)
	}
}
