package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

// "Wie viel schneller …?" is answered by the ratio, which counts no noun:
// "about 40% faster", "viermal so schnell", "reduces … by around 5%". A
// percentage that says no change ("takes 30% of the time") answers
// nothing of by how much.
func TestHowMuchFasterIsAnsweredByTheRatio(t *testing.T) {
	for _, c := range []struct {
		name, lang, text, question, want string
	}{
		{"percent faster, German question", "en", "The new release of Quarkdb was published in March. Its parser is now about 40% faster than before. The fast path of the old parser was removed.",
			"wie viel schneller ist der parser von quarkdb", "about 40% faster"},
		{"times faster, German question", "en", "The new release of Quarkdb was published in March. Its parser is now four times faster than before. The fast path of the old parser was removed.",
			"wie viel schneller ist der parser von quarkdb", "four times faster"},
		{"reduced by", "en", "The new release of Quarkdb was published in March. It reduces the size of the parser by around 5%. Smaller files load sooner.",
			"how much smaller is the quarkdb parser", "by around 5%"},
		// The collection writes "faster", so a figure must stand beside it
		// or say a change.
		{"a share, no change", "en", "The new release of Quarkdb was published in March. Its parser takes 30% of the time spent on a query. Writing got faster too.",
			"how much faster is the quarkdb parser", ""},
	} {
		// Each collection writes the comparative or its translation
		// elsewhere, so the figure must count it or state the ratio.
		t.Run(c.name, func(t *testing.T) {
			src := source("a", "2020-01-01", c.text)
			src.Language = c.lang
			e := bilingualEngine(t, []store.Source{src, unrelated("b", "2020-01-01")})
			wantFirst(t, e, c.question, c.want)
		})
	}
}

// A multiple compares by itself; a version's "1.x", a length of time and
// a share are none. A share answers by how much only with a change, said
// by a comparative or a verb of growing or shrinking.
func TestStatesMultipleAndChange(t *testing.T) {
	for _, c := range []struct {
		text             string
		multiple, change bool
	}{
		{"It is now about 40% faster.", false, true},
		{"Module loading is currently four times faster than in version 4.", true, true},
		{"The new build is 2x faster.", true, true},
		{"Der neue Parser ist zehnfach schneller.", true, true},
		{"Der neue Parser ist 10-fach schneller.", true, true},
		{"Er lädt dreimal so schnell.", true, false},
		{"Die Zahl der Nutzer hat sich verdoppelt.", true, true},
		{"Go 1.15 reduces typical binary sizes by around 5%.", false, true},
		{"Code objects represent 3-6% of the memory.", false, false},
		{"It is the tenth release in the Go 1.x series.", false, false},
		{"Die Installation dauerte 10 Tage.", false, false},
		{"Version 1.9 arrives six months after Go 1.8.", false, false},
	} {
		if got := statesMultiple(c.text); got != c.multiple {
			t.Errorf("statesMultiple(%q) = %v, want %v", c.text, got, c.multiple)
		}
		if got := saysChange(c.text); got != c.change {
			t.Errorf("saysChange(%q) = %v, want %v", c.text, got, c.change)
		}
	}
}
