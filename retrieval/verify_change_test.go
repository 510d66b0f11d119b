package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

// "Wie viel schneller …?" is answered by the ratio, which counts no noun:
// "about 40% faster", "four times faster", "shrinks … by around 5%". A
// share that is a level ("takes 30% of the time") and a multiple that says
// how often ("rebuilt three times a week") answer nothing of by how much.
// Each collection writes the comparative or its translation elsewhere, so
// that without the rule a figure must stand beside it.
func TestHowMuchFasterIsAnsweredByTheRatio(t *testing.T) {
	const rest = " The fast path of the old parser was removed, and smaller files load sooner."
	for _, c := range []struct {
		name, text, question, want string
	}{
		{"percent faster, German question", "The new release of Quarkdb was published in March. Its parser is now about 40% faster than before." + rest,
			"wie viel schneller ist der parser von quarkdb", "about 40% faster"},
		{"times faster, German question", "The new release of Quarkdb was published in March. Its parser is now four times faster than before." + rest,
			"wie viel schneller ist der parser von quarkdb", "four times faster"},
		{"shrunk by", "The new release of Quarkdb was published in March. It reduces the size of the parser by around 5%." + rest,
			"how much smaller is the quarkdb parser", "by around 5%"},
		{"a share, no change", "The new release of Quarkdb was published in March. Its parser takes 30% of the time spent on a query." + rest,
			"how much faster is the quarkdb parser", ""},
		{"how often, no ratio", "The new release of Quarkdb was published in March. Its parser is rebuilt three times a week." + rest,
			"how much faster is the quarkdb parser", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := source("a", "2020-01-01", c.text)
			src.Language = "en"
			e := bilingualEngine(t, []store.Source{src, unrelated("b", "2020-01-01")})
			wantFirst(t, e, c.question, c.want)
		})
	}
}

// A multiple says by how much only where it compares; a share is the
// size of a change only right before a comparative or after "by" or "um"
// in a sentence whose verb changes something.
func TestMultiplesAndSharesOfAChange(t *testing.T) {
	for _, c := range []struct {
		text            string
		multiple, share bool
	}{
		{"The parser is now four times faster.", true, false},
		{"Der Parser ist dreimal so schnell.", true, false},
		{"The index is twice as large as before.", true, false},
		{"Der Server startet 5 mal schneller.", true, false},
		{"The parser is rebuilt three times a week.", false, false}, // how often
		{"Der Parser wird dreimal pro Woche gebaut.", false, false},
		{"Zum 3. Mal fand das Treffen statt.", false, false}, // an ordinal
		{"Its parser is now about 40% faster.", false, true},
		{"Der Parser ist 20 Prozent schneller.", false, true},
		{"It shrinks the index by around 5%.", false, true},
		{"Die Ladezeit wurde um etwa 20 Prozent verkürzt.", false, true},
		{"More than 30% of its users run the parser.", false, false}, // a level
		{"Falls 30 Prozent der Nutzer wechseln, reicht der Server.", false, false},
		{"The share rose to 40% in 2019.", false, false},
		{"30% aller Nutzer haben gewechselt.", false, false},
	} {
		if got := statesMultiple(c.text); got != c.multiple {
			t.Errorf("statesMultiple(%q) = %v, want %v", c.text, got, c.multiple)
		}
		if got := changedByShare(c.text); got != c.share {
			t.Errorf("changedByShare(%q) = %v, want %v", c.text, got, c.share)
		}
	}
}
