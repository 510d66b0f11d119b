package retrieval

import (
	"testing"

	"github.com/quellen/quellen/retrieval/timex"
	"github.com/quellen/quellen/store"
)

// "Um wie viel Uhr …?" is answered by a time of day, not by a sentence
// that names the day or the thing only: where the collection gives no
// time, the question is declined.
func TestWhatTimeIsAnsweredByATimeOfDay(t *testing.T) {
	const ferry = "Die Fähre nach Laboe fährt im Sommer täglich. Am Sonntag, dem 4. Juni, legt die erste Fähre nach Laboe wieder ab: Radfahrer und Angler warten schon am Anleger. "
	const ferryEN = "The ferry to Laboe runs daily in summer. On Sunday, June 4, the first ferry to Laboe leaves again: cyclists and anglers wait on the pier. "
	for _, c := range []struct {
		name, lang, text, question, want string
	}{
		{"German", "de", ferry + "Die erste Fähre nach Laboe legt um 7:40 Uhr am Anleger Reventlou ab.",
			"um wie viel uhr legt die erste fähre nach laboe ab", "um 7:40 Uhr"},
		{"keyword query", "de", ferry + "Die erste Fähre nach Laboe legt um sieben Uhr am Anleger Reventlou ab.",
			"erste fähre laboe abfahrt uhrzeit", "um sieben Uhr"},
		{"German, no time given", "de", ferry + "Die erste Fähre nach Laboe legt am Anleger Reventlou ab.",
			"um wie viel uhr legt die erste fähre nach laboe ab", ""},
		{"English", "en", ferryEN + "The first ferry to Laboe leaves at 7 a.m. from the Reventlou pier.",
			"what time does the first ferry to laboe leave", "at 7 a.m."},
		{"English, no time given", "en", ferryEN + "The first ferry to Laboe leaves from the Reventlou pier.",
			"what time does the first ferry to laboe leave", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := source("a", "2023-05-20", c.text)
			src.Language = c.lang
			e := bilingualEngine(t, []store.Source{src, unrelated("b", "2023-05-20")})
			wantFirst(t, e, c.question, c.want)
		})
	}
}

// A time by its hour says the time of day; a part of the day says it less
// surely; a day says nothing of it.
func TestStatesClock(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Die Fähre legt um 7:40 Uhr ab.", clockTime},
		{"Die Fähre legt am Abend ab.", clockPart},
		{"Die Fähre legt am Sonntag ab.", clockNone},
	} {
		if got := statesClock(timex.Tag(c.text, timex.Options{Lang: "de"})); got != c.want {
			t.Errorf("statesClock(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
