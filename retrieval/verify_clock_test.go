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
	const day = "Das Hafenfest in Kiel beginnt am Samstag, dem 3. Juni, am Hafen. Das Vortragsprogramm des Hafenfests ist dieses Jahr besonders reich: zwölf Vereine stellen sich vor. "
	for _, c := range []struct {
		name, text, question, want string
	}{
		{"German time", day + "Beginn des Vortragsprogramms ist um 10:00 Uhr im großen Saal.",
			"um wie viel uhr beginnt das vortragsprogramm des hafenfests", "um 10:00 Uhr"},
		{"keyword query", day + "Beginn des Vortragsprogramms ist um 10 Uhr im großen Saal.",
			"hafenfest vortragsprogramm beginn uhrzeit", "um 10 Uhr"},
		{"English", "The harbour festival in Kiel opens on Saturday, June 3. Its talks are many this year: twelve clubs present their work. The talks of the festival begin at 10 a.m. in the main hall.",
			"what time do the talks of the harbour festival begin", "at 10 a.m."},
		{"English, no time given", "The harbour festival in Kiel opens on Saturday, June 3. Its talks are many this year: twelve clubs present their work. The talks of the festival begin in the main hall.",
			"what time do the talks of the harbour festival begin", ""},
		{"no time given", day + "Beginn des Vortragsprogramms ist im großen Saal.",
			"um wie viel uhr beginnt das vortragsprogramm des hafenfests", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := source("a", "2023-05-20", c.text)
			if c.name == "English" || c.name == "English, no time given" {
				src.Language = "en"
			}
			e := bilingualEngine(t, []store.Source{src, unrelated("b", "2023-05-20")})
			wantFirst(t, e, c.question, c.want)
		})
	}
}

// A time of day is written with its hour; a part of the day tells it less
// surely; a version, a figure or "am" after a number in German is none.
func TestStatesClock(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Beginn ist um 10:00 Uhr.", clockTime},
		{"Die Fähre legte um 9 Uhr ab.", clockTime},
		{"The ferry left at 9 a.m. sharp.", clockTime},
		{"The ferry left at 11pm.", clockTime},
		{"Der Artikel erschien am 12.06.2020, 04:15 Uhr.", clockTime},
		{"They met at noon.", clockTime},
		{"Die Fähre legte am Abend ab.", clockPart},
		{"Die Fähre legte am Samstag ab.", clockNone},
		{"Version 9.30 behebt den Fehler.", clockNone},
		{"Es kamen 2.500 Besucher.", clockNone},
		{"Es starben 14 am ersten Tag.", clockNone},
	} {
		tags := timex.Tag(c.text, timex.Options{Lang: "de"})
		if got := statesClock(c.text, tags); got != c.want {
			t.Errorf("statesClock(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
