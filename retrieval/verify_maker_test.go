package retrieval

import (
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

// Who made something first is answered by a sentence that says so, in the
// verb or its noun: one that only names someone beside the thing does
// not answer, and "gefunden" says a discovery as "entdeckt" does.
func TestWhoMadeItNeedsTheMaking(t *testing.T) {
	sources := []store.Source{
		source("uhr", "2019", "Der Händler Paul Weber verkaufte die Sanduhr 1920 an ein Museum in Köln. "+
			"Später erwarb ein Museum die Sanduhr."),
		source("stern", "2019", "Der Doppelstern wurde 1911 von Clara Brandt gefunden."),
	}
	e := newTestEngine(t, append(sources,
		source("pumpe", "2019", "Die Wasserpumpe erfand 1840 der Schmied Otto Krause. Sie förderte Wasser aus dem Brunnen."),
		source("geräte", "2019", "Im Mittelalter erfand man viele Geräte. Später erfand man bessere Geräte. "+
			"Man erfand auch neue Werkzeuge.")), Options{})
	for _, tt := range []struct {
		question, want string // want "" for declined
	}{
		{"wer hat die sanduhr erfunden", ""},
		{"wer hat den doppelstern entdeckt", "Clara Brandt"},
		{"wer hat die wasserpumpe erfunden", "Otto Krause"},
	} {
		ans := ask(t, e, tt.question)
		switch {
		case tt.want == "" && ans.Answered:
			t.Errorf("%q: answered with %q; want declined, no one is said to have made it", tt.question, ans.Citations[0].Quote)
		case tt.want != "" && (!ans.Answered || !strings.Contains(ans.Citations[0].Quote, tt.want)):
			t.Errorf("%q: answered %v with %+v; want the sentence naming %s", tt.question, ans.Answered, ans.Citations, tt.want)
		}
	}
}
