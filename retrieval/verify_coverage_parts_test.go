package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

// A question's compound is covered by its parts, not by a shorter word
// its letters happen to hold: "meist" says nothing of a
// "Bürgermeisterwahl", and a question about one declines over a
// collection that never names one.
func TestCompoundIsNotCoveredByLettersInside(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("markt", "2019", "Die Händler auf dem Markt kamen 2010 meist aus dem Süden des Landes. "+
			"Im Mai 2010 verteilte Anna Roth die Stände neu."),
	}, Options{})
	if ans := ask(t, e, "wer gewann 2010 die bürgermeisterwahl"); ans.Answered {
		t.Errorf("answered with %q; want declined, no mayor's election is named", ans.Citations[0].Quote)
	}
}
