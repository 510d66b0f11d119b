package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

// A year asked is met by a sentence's own date, or by its paragraph's or
// its title's year; but a sentence that writes years of its own, none of
// them asked, is of those years: last year's survey, recalled in a post on
// this year's, tells nothing of this year's. A version number is no year.
func TestASentencesOwnYearsOutweighItsTitles(t *testing.T) {
	for _, tt := range []struct{ name, text, question, want string }{
		{"no year of its own", "Im Hafen liegen zwölf Boote.\n\nDie Umfrage des Hafenvereins leitete Jana Brill aus Wismar.",
			"Wer leitete die Umfrage 2023 des Hafenvereins?", "Jana Brill"},
		{"another year of its own", "Im Hafen liegen zwölf Boote.\n\nDie Umfrage 2022 des Hafenvereins leitete Jana Brill aus Wismar.",
			"Wer leitete die Umfrage 2023 des Hafenvereins?", ""},
		{"the year asked", "Im Hafen liegen zwölf Boote.\n\nDie Umfrage 2022 des Hafenvereins leitete Jana Brill aus Wismar.",
			"Wer leitete die Umfrage 2022 des Hafenvereins?", "Jana Brill"},
		{"a version asked is no year", "Im Hafen liegen zwölf Boote.\n\nDie Umfrage 2022 des Hafenvereins zur Firmware 2023.1.2 leitete Jana Brill aus Wismar.",
			"Wer leitete die Umfrage zur Firmware 2023.1.2 des Hafenvereins?", "Jana Brill"},
		{"since another year", "Im Hafen liegen zwölf Boote.\n\nSeit 2018 leitet Jana Brill aus Wismar die Umfrage des Hafenvereins.",
			"Wer leitete die Umfrage 2023 des Hafenvereins?", "Jana Brill"},
		{"a source cited with its year", "Im Hafen liegen zwölf Boote.\n\nDie Umfrage des Hafenvereins leitete Jana Brill aus Wismar (Brill 2019).",
			"Wer leitete die Umfrage 2023 des Hafenvereins?", "Jana Brill"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := store.Source{ID: "a", Title: "Umfrage 2023: die Ergebnisse", Language: "de", Published: store.Date{Value: "2024-03-01"}, Hash: "a", Text: tt.text}
			e := newTestEngine(t, []store.Source{src, unrelated("b", "2024-03-01")}, Options{})
			wantFirst(t, e, tt.question, tt.want)
		})
	}
}
