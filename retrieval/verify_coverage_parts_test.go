package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

// A question's compound is covered by its parts, not by a shorter word
// its letters happen to hold: "meist" says nothing of a
// "Schachweltmeister", and a question about one declines over a
// collection that never names one.
func TestCompoundIsNotCoveredByLettersInside(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("markt", "2019", "Die Händler auf dem Markt kamen 2010 meist aus dem Süden des Landes. "+
			"Im Jahr 2010 wurden die Stände neu verteilt."),
	}, Options{})
	if ans := ask(t, e, "wer wurde 2010 schachweltmeister"); ans.Answered {
		t.Errorf("answered with %q; want declined, no one became chess champion", ans.Citations[0].Quote)
	}
}
