package retrieval

import (
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

// Who made something first is answered by a sentence that says so, in the
// verb or its noun: one that only names someone beside the thing does
// not answer, and "fand" says a discovery as "entdeckt" does, but no
// composing.
func TestWhoMadeItNeedsTheMaking(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("hymne", "2019", "Die Hafenhymne sang 1902 zum ersten Mal der Chor von Ellen Marsch. "+
			"Später druckte ein Verlag die Hafenhymne."),
		source("lied", "2019", "Das Flusslied komponierte 1899 der Organist Tom Adler."),
		source("komet", "2019", "Clara Brandt fand den Kometen 1911 in einer klaren Nacht."),
		source("noten", "2019", "Die Noten der Tanzsuite fand 1950 der Bibliothekar Max Ode in einem Keller."),
		source("platte", "2019", "Die Platte Nebelhorn erschien 1998 bei einem Label aus Kiel. Den Mix besorgte Jo Falk."),
		source("film", "2019", "Den Film Tiefwasser produzierte 2004 die Regisseurin Ina Sohl."),
		source("messen", "2019", "Im Mittelalter komponierte man viele Lieder. Später komponierte man Messen. "+
			"Man komponierte auch Tänze."),
		source("theme", "2017", "The “softWaves” theme, by Juliette Berlin, will be the default artwork for Zarnix 9."),
		source("poster", "2017", "The poster for Zarnix 8 will be printed by March. Tom Weller chose its colours."),
		source("flag", "2017", "The flag of Zarnix 7 was criticised by Tom Weller."),
		source("banner", "2017", "The new banner of Zarnix 5, long delayed, by Ada Brandt, was shown in May."),
		source("moon", "2017", "The moon of Zarnix was photographed by Anna Kroll in 1950."),
	}, Options{})
	wantNamed(t, e, "made it", []namedCase{
		{"wer komponierte die hafenhymne", ""},
		{"wer komponierte das flusslied", "Tom Adler"},
		{"von wem wurde der komet entdeckt", "Clara Brandt"},
		{"wer komponierte die tanzsuite", ""},        // finding the score composes nothing
		{"wer produzierte die platte nebelhorn", ""}, // mixing is no producing
		{"wer produzierte den film tiefwasser", "Ina Sohl"},
		// English credits a work "by" its maker without the verb; "by
		// March" is a time, and a credit says no discovery.
		{"who designed the default artwork for zarnix 9", "Juliette Berlin"},
		{"who designed the poster for zarnix 8", ""},
		{"who designed the flag of zarnix 7", ""},             // criticised by someone: no credit
		{"who designed the banner of zarnix 5", "Ada Brandt"}, // after a comma, a credit
		{"who discovered the moon of zarnix", ""},
	})
}

// Who paid for something is answered by a sentence that says someone paid,
// funded, sponsored or supported it, in any of these words: one that only
// names who organised it does not answer.
func TestWhoPaidNeedsThePaying(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("fest", "2024", "The Harbour Festival is organised by Lena Vogt and the Dock Club. "+
			"Tickets cost five euros."),
		source("dinner", "2024", "The Zarnix dinner in Kiel was paid for by Acme Systems."),
		source("meeting", "2024", "We are grateful to the Navigation Fund for supporting the Zarnix summit."),
		source("brücke", "2024", "Die neue Brücke in Laboe baute die Firma Stahlbau Nord."),
		source("bahn", "2024", "Die Bahnlinie nach Laboe finanziert das Land Schleswig-Holstein."),
		source("minister", "2024", "Zarnix's finance minister is Tom Weller."),
		source("hafenfest", "2024", "Das Hafenfest in Laboe wird vom Dockverein organisiert. Die Zahl der Besucher lag bei 5000."),
		source("cfo", "2024", "Zarnix's chief financial officer is Ada Brandt."),
		source("rücktritt", "2024", "Die Opposition verlangt den Rücktritt des Ministers Tom Weller."),
	}, Options{})
	wantNamed(t, e, "paid", []namedCase{
		{"who paid for the harbour festival", ""}, // organisers are no payers
		{"who paid for the zarnix dinner", "Acme Systems"},
		{"who is paying for the zarnix summit", "Navigation Fund"},
		{"wer bezahlt die neue brücke in laboe", ""}, // building is no paying
		{"wer bezahlt die bahnlinie nach laboe", "Schleswig-Holstein"},
		{"who is zarnix's finance minister", "Tom Weller"},        // an office, no paying asked
		{"wer bezahlt das hafenfest in laboe", ""},                // "Zahl" is no paying
		{"who is zarnix's chief financial officer", "Ada Brandt"}, // an office of money
		{"wer fordert den rücktritt des ministers", "Opposition"}, // a demand, no paying
	})
}

// namedCase is a question and the name its first quote must hold, "" for
// a question that must be declined.
type namedCase struct{ question, want string }

// wantNamed asks each question of e and wants its first quote to name
// want, or the question declined where no one is said to have done what
// it asks (did, for the message).
func wantNamed(t *testing.T, e *Engine, did string, cases []namedCase) {
	t.Helper()
	for _, tt := range cases {
		ans := ask(t, e, tt.question)
		switch {
		case tt.want == "" && ans.Answered:
			t.Errorf("%q: answered with %q; want declined, no one is said to have %s", tt.question, ans.Citations[0].Quote, did)
		case tt.want != "" && (!ans.Answered || !strings.Contains(ans.Citations[0].Quote, tt.want)):
			t.Errorf("%q: answered %v with %+v; want the sentence naming %s", tt.question, ans.Answered, ans.Citations, tt.want)
		}
	}
}
