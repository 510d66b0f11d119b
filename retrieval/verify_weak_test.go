package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

// A sentence that shows only weakly what a question asks for (no cause
// for "why") answers it where it covers the question well, not where it
// covers the question thinly: the closing of a branch is no answer to why
// it closed after a rebuilding it never mentions. A sentence that gives
// the cause answers both (Params.MinWeakCoverage, Decision.Shown). (One
// that says no more than the question, the closing alone, answers
// neither: TestRestatingTheQuestionGivesNoReason.)
func TestAWeakAnswerNeedsTheQuestionCoveredWell(t *testing.T) {
	const other = "Der Umbau des Rathauses in Berg dauerte zwei Jahre."
	for _, c := range []struct {
		name, text, question, want string
	}{
		{"no cause, covered", "Die Stadtbücherei in Lindach schloss im Januar ihre Zweigstelle am Markt und brachte die Bücher ins Magazin der Hauptstelle. Die Zweigstelle hatte 1972 eröffnet.",
			"Warum schloss die Stadtbücherei in Lindach ihre Zweigstelle?", "schloss im Januar"},
		{"no cause, thinly covered", "Die Stadtbücherei in Lindach schloss im Januar ihre Zweigstelle am Markt und brachte die Bücher ins Magazin der Hauptstelle. Die Zweigstelle hatte 1972 eröffnet.",
			"Warum schloss die Stadtbücherei in Lindach nach dem Umbau ihre Zweigstelle?", ""},
		{"a cause, thinly covered", "Die Stadtbücherei in Lindach schloss im Januar ihre Zweigstelle am Markt, weil das Dach undicht war. Die Zweigstelle hatte 1972 eröffnet.",
			"Warum schloss die Stadtbücherei in Lindach nach dem Umbau ihre Zweigstelle?", "weil das Dach undicht war"},
		{"what set it off, thinly covered", "Die Stadtbücherei in Lindach schloss im Januar ihre Zweigstelle am Markt, ausgelöst durch einen Wasserschaden. Die Zweigstelle hatte 1972 eröffnet.",
			"Warum schloss die Stadtbücherei in Lindach nach dem Umbau ihre Zweigstelle?", "ausgelöst durch einen Wasserschaden"},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := bilingualEngine(t, []store.Source{source("a", "2020-01-01", c.text), unrelated("b", "2020-01-01"), source("c", "2020-01-01", other)})
			wantFirst(t, e, c.question, c.want)
			if c.want == "" {
				if d := ask(t, e, c.question).Decision; d.Shown == nil || d.Eligible == 0 || d.Rejected[failWeak] == 0 {
					t.Errorf("%s: decision %+v, want a passage refused for showing the cause only weakly", c.question, d)
				}
			}
		})
	}
}
