package retrieval

import (
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

func TestAcronymsIn(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []acronym
	}{
		{"Die Sitzung der Gemeinsamen Planungsgruppe (GP) begann.", []acronym{{"GP", "Gemeinsamen Planungsgruppe"}}},
		{"the North Atlantic Treaty Organization (NATO) met", []acronym{{"NATO", "North Atlantic Treaty Organization"}}},
		{"die Partei des Demokratischen Sozialismus (PDS) gewann", []acronym{{"PDS", "Partei des Demokratischen Sozialismus"}}},
		{"the Bank for International Settlements (BIS) said", []acronym{{"BIS", "Bank for International Settlements"}}},
		{"Two: Alpha Beta (AB) and Gamma Delta (GD).", []acronym{{"AB", "Alpha Beta"}, {"GD", "Gamma Delta"}}},
		{"the Nuclear Energy Agency, (NEA)", []acronym{{"NEA", "Nuclear Energy Agency,"}}},
		{"Angela Merkel (CDU) sagte", nil},           // the initials are another's
		{"die Wahl (2019) und der Rat", nil},         // no letters
		{"ein Bericht der Agentur (dpa) zeigt", nil}, // no capitals
		{"the Planning Group (P) met", nil},          // one letter
		{"a group (GP) met", nil},                    // lower-case words
		{"(GP) opens the text", nil},                 // nothing before
		{"unclosed Planning Group (GP", nil},
	} {
		if got := acronymsIn(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("acronymsIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A name the question gives is named again by the short form its source
// defines for it: the sentence that uses only the short form answers.
func TestShortFormNamesTheName(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("rat", "2021", "Im März gründeten beide Länder den Gemeinsamen Rat für Wasser (GRW), der über die Flüsse wachen soll. "+
			"Der Sommer war trocken.\n\nDer GRW tagte seither dreimal in Kairo."),
		source("andere", "2021", "Ein Ausschuss tagte seither zweimal in Amman."),
	}, Options{})
	ans := ask(t, e, "Wo tagte der Gemeinsame Rat für Wasser?")
	if !ans.Answered || !slices.ContainsFunc(ans.Citations, func(c Citation) bool { return strings.Contains(c.Quote, "Kairo") }) {
		t.Fatalf("answered %v with %+v; want the sentence on the GRW in Kairo cited", ans.Answered, ans.Citations)
	}
	if strings.Contains(ans.Citations[0].Quote, "Amman") {
		t.Errorf("led with %q, another body's", ans.Citations[0].Quote)
	}
}
