package retrieval

import (
	"context"
	"strings"
	"testing"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/retrieval/translate"
)

// A deadline question leads with the date set for the end, not with a
// sentence that speaks of ending without a date of its own (dated only by
// its article: "Bagdad führt derzeit Gespräche …, um die Mission … zu
// beenden"), however well that sentence matches the question's words.
func TestDeadlineLeadsWithTheEndsDateNotTalkOfEnding(t *testing.T) {
	sources, failed := LoadSources(corpus.Default(), "default")
	if len(failed) > 0 {
		t.Fatal(failed)
	}
	e := newTestEngine(t, sources, Options{Dictionary: func() (*translate.Dictionary, error) {
		d, err := translate.LoadDing()
		if err != nil {
			return nil, err
		}
		return d.EnglishGerman(), nil
	}})
	// In German the sentence that sets the end names the mission, not the
	// troops, and an end that happened (2011) names the troops.
	for _, question := range []string{"When will the US troops withdraw from Iraq?", "Bis wann ziehen die US-Truppen aus dem Irak ab?"} {
		ans, err := e.Ask(context.Background(), Question{Text: question})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || len(ans.Citations) == 0 {
			t.Errorf("%s: declined", question)
			continue
		}
		if !strings.Contains(ans.Citations[0].Quote, "September 2025") {
			t.Errorf("%s: first quote %q, want the end set for September 2025", question, ans.Citations[0].Quote)
		}
	}
}
