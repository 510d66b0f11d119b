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

// A version asked for ("latest zarnix version") is answered by a release's
// number, which need not say "version": the newer post's "In Zarnix
// v2.47.0, released …" states the whole question, and so leads the older
// "Zarnix version 2.43".
func TestReleaseNumberCoversTheVersionAsked(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("labels", "2023-03-21", "Zarnix version 2.43 uses a new data structure for labels. The community welcomed it. Many users asked for it. Upgrade notes follow below. Every release needs a new config file."),
		englishSource("otlp", "2024-03-14", "In Zarnix v2.47.0, released on 6th September 2023, we added experimental support for OTLP ingestion. The community welcomed it. Many users asked for it. Upgrade notes follow below. Every version needs a new config file."),
		oilPricesEnglish("other"),
	}, Options{})
	wantFirst(t, e, "what is the latest zarnix version", "v2.47.0")
}

func TestVersionNumbered(t *testing.T) {
	for _, c := range []struct {
		text  string
		given []string
		want  bool
	}{
		{"In Zarnix v2.47.0, released on 6th September 2023, we added OTLP.", nil, true},
		{"The first Alpha for Helm v4 has been released.", nil, true},
		{"Daneben setzt Ubuntu nun auf Kernel 2.6.28.", nil, true},
		{"The V8 engine is updated to 10.7.", nil, true},
		{"The V8 engine is fast.", nil, false},              // a name, no "v" version
		{"Costs rose by 2.5 percent to $4.99.", nil, false}, // a quantity, a price
		{"See Section 3.2 for the forms.", nil, false},      // a part of a text
		{"Node.js 19 was released today.", nil, false},      // a number after a name alone
		{"Nvidia 64 Chipsätze können den Kernel nicht starten.", nil, false},
		{"Rund 12.000 Soldaten sind im Land.", nil, false},                      // thousands
		{"Am 19.10.2023 begann die Konferenz.", nil, false},                     // a date
		{"1.10 becomes LTS: a quick note about 1.10.", []string{"1.10"}, false}, // the question's own
		{"1.10 becomes LTS, and 1.11 is the release.", []string{"1.10"}, true},
	} {
		given := make(map[string]bool)
		for _, g := range c.given {
			given[g] = true
		}
		if got := versionNumbered(c.text, given); got != c.want {
			t.Errorf("versionNumbered(%q, %v) = %v, want %v", c.text, c.given, got, c.want)
		}
	}
}
