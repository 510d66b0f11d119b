package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

// "Zum wievielten Mal …?" is answered by a place in a row, not by a
// sentence that names the event only: where the collection gives no
// ordinal, the question is declined.
func TestWhichTimeInARowIsAnsweredByAnOrdinal(t *testing.T) {
	const fair = "Die Zarnix-Messe in Kelbra war auch 2016 gut besucht. Die Zarnix-Messe 2016 in Kelbra hatte viele Aussteller und Besucher aus der Region. "
	for _, c := range []struct {
		name, text, question, want string
	}{
		{"ordinal given", fair + "Die Zarnix-Messe fand 2016 zum dritten Mal in Kelbra statt.",
			"zum wievielten mal fand die zarnix-messe 2016 in kelbra statt", "zum dritten Mal"},
		{"by its digits", fair + "Die Zarnix-Messe fand 2016 zum 3. Mal in Kelbra statt.",
			"zarnix-messe kelbra 2016 zum wievielten mal", "zum 3. Mal"},
		{"no ordinal given", fair + "Die Zarnix-Messe fand 2016 im Mai in Kelbra statt.",
			"zum wievielten mal fand die zarnix-messe 2016 in kelbra statt", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newTestEngine(t, []store.Source{source("a", "2016-06-01", c.text), unrelated("b", "2016-06-01")}, Options{})
			wantFirst(t, e, c.question, c.want)
		})
	}
}

// An ordinal is a word of either language but a "first" that says when
// or "last", or a small number with its dot before a word that is no
// month, or with an English suffix.
func TestStatesOrdinal(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Wir veranstalten zum dritten Mal unsere Cryptoparty.", true},
		{"Go 1.5 is the sixth major stable release of Go.", true},
		{"Es war die zwanzigste Ausgabe.", true},
		{"The 21st edition was held in Leeds.", true},
		{"Sie fand zum 3. Mal statt.", true},
		{"Sie fand am 3. Mai statt.", false},                       // a date
		{"Es geschah 2019. Die Messe fand trotzdem statt.", false}, // a year ending its sentence
		{"Wir achten auf Sicherheit.", false},                      // a verb
		{"Today we announce the release of Go 1.7.", false},
		{"Die Messe fand zum ersten Mal statt.", true},
		{"Es war das dreißigste Treffen.", true},
		{"Es war das einundzwanzigste Treffen.", true},
		{"Zunächst begannen die Gespräche.", false}, // a "first" that says when
		{"The fair opened on July 4th.", false},     // a day of a month
		{"Today we announce Go 1.7. The release is out.", false},
		{"Sie fand zum letzten Mal statt.", false}, // the last is no place counted
	} {
		if got := statesOrdinal(c.text); got != c.want {
			t.Errorf("statesOrdinal(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
