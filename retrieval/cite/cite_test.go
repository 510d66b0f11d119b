package cite

import (
	"testing"

	"github.com/quellen/quellen/store"
)

func TestOfCutsTheQuoteFromTheSource(t *testing.T) {
	src := store.Source{ID: "a", Title: "T", Outlet: "O", URL: "https://example.org/a",
		Published: store.Date{Value: "2024-09", Inferred: true}, Text: "Erster Satz. Zweiter Satz."}
	tests := []struct {
		start, end int
		quote      string
	}{
		{0, 12, "Erster Satz."},
		{13, 26, "Zweiter Satz."},
		{13, 99, ""}, // outside the text: no quote rather than a wrong one
		{5, 3, ""},
	}
	for _, tt := range tests {
		c := Of(src, tt.start, tt.end)
		if c.Quote != tt.quote || c.Start != tt.start || c.End != tt.end {
			t.Errorf("Of(%d, %d) = %q at %d..%d, want %q", tt.start, tt.end, c.Quote, c.Start, c.End, tt.quote)
		}
		if c.SourceID != "a" || c.Title != "T" || c.Outlet != "O" || c.URL != src.URL || c.Published != "2024-09" || !c.PublishedInferred {
			t.Errorf("metadata not carried: %+v", c)
		}
	}
}
