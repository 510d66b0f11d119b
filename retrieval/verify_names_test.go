package retrieval

import (
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/store"
)

func TestWritesAsName(t *testing.T) {
	for _, tt := range []struct {
		sentence, words string
		want            bool
	}{
		{"1947 heiratete er die jüngere Anna Margaritha Zürcher.", "anna zürcher", true}, // a middle name between
		{"Nach dem Abschluss studierte Ray Fisher in New York.", "ray fisher", true},
		{"Das Queen Victoria Building steht in Sydney.", "queen victoria building", true},
		{"Seit 1972 erlaubt der National Park Service Brände.", "national park", false}, // a longer name
		{"Anna Zürcher heiratete 1947.", "anna zürcher", false},                         // the sentence's first word is capitalised anyway
		{"Er heiratete anna zürcher.", "anna zürcher", false},
		{"Die Frist endet Ende September.", "ende september", false}, // two nouns of the lexicon
		{"Er heiratete Zürcher Anna.", "anna zürcher", false},        // in another order
		{"Er lud Anna, Berta Zürcher ein.", "anna zürcher", false},   // a comma between
	} {
		if got := writesAsName(tt.sentence, strings.Fields(tt.words)); got != tt.want {
			t.Errorf("writesAsName(%q, %q) = %v, want %v", tt.sentence, tt.words, got, tt.want)
		}
	}
}

// A question typed in lower case names someone only where the candidates
// write the words as a name: "anna zürcher" is then asked of, and a
// figure of children in another source does not answer.
func TestLowerCaseNameFromTheCollection(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("ehe", "2019", "1947 vermählte er sich mit der jüngeren Anna Margaritha Zürcher. Sie zogen nach Bern."),
		source("zensus", "2019", "Von den 12.961 Haushalten hatten 40,2 Prozent Kinder, die mit ihnen lebten."),
	}, Options{})
	ans := ask(t, e, "wie viele kinder hatte er mit anna zürcher")
	if ans.Answered {
		t.Errorf("answered with %q; want declined: no figure counts her children", ans.Citations[0].Quote)
	}
	if !slices.ContainsFunc(ans.Decision.Constraints, func(c query.Constraint) bool { return c.Kind == query.Named && c.Key == "anna zürcher" }) {
		t.Errorf("constraints %+v, want the name anna zürcher", ans.Decision.Constraints)
	}
}
