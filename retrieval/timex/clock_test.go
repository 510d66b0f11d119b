package timex

import "testing"

// A time of day given by its hour is a clock time; a part of the day is a
// time too, but no clock; a score or a verse number is neither.
func TestClockIsATimeByItsHour(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		clock      bool // a time by its hour
		time       bool // any time of day
	}{
		{"de", "Die Fähre nach Laboe legt um 7:40 Uhr ab.", true, true},
		{"de", "Die Fähre nach Laboe legt um sieben Uhr ab.", true, true},
		{"de", "Die Fähre nach Laboe legt um 19.05 Uhr ab.", true, true},
		{"de", "Die Fähre nach Laboe legt am Abend ab.", false, true},
		{"de", "Die Fähre nach Laboe legt am Dienstag ab.", false, false},
		{"de", "Kiel gewann das Spiel 31:27.", false, false},
		{"de", "Einlass 18:30, Beginn: 19:15.", true, true}, // after a schedule's noun
		{"de", "Abfahrt der Fähre ist 7:40.", true, true},
		{"de", "Es stand 3:16 nach der Pause.", false, false}, // a bare 3:16 is no time
		{"en", "The ferry to Laboe leaves at 7 a.m.", true, true},
		{"en", "The ferry to Laboe leaves at 6:45pm.", true, true},
		{"en", "The ferry to Laboe leaves at midday.", true, true}, // twelve o'clock
		{"en", "The ferry to Laboe left on Monday evening.", false, true},
	} {
		var clock, time bool
		for _, x := range Tag(c.text, Options{Lang: c.lang}) {
			clock = clock || x.Clock
			time = time || x.Kind == KindTime
		}
		if clock != c.clock || time != c.time {
			t.Errorf("%q: clock %v, time %v; want %v, %v", c.text, clock, time, c.clock, c.time)
		}
	}
}
