package analysis

import (
	"strings"
	"testing"
)

func TestJaccard(t *testing.T) {
	a, b := TermSet([]string{"us", "soldat", "irak"}), TermSet([]string{"soldat", "irak", "syri"})
	if got := Jaccard(a, b); got != 0.5 {
		t.Errorf("Jaccard = %v, want 0.5", got)
	}
	if got := Jaccard(a, nil); got != 0 {
		t.Errorf("Jaccard with an empty set = %v", got)
	}
}

func TestCovered(t *testing.T) {
	window := TermSet([]string{"truppenabzug", "irak", "us"})
	tests := map[string]bool{"abzug": true, "irak": true, "truppenabzugsplan": true, "us": true, "abz": false, "china": false}
	for term, want := range tests {
		if got := Covered(term, window); got != want {
			t.Errorf("Covered(%q) = %v, want %v", term, got, want)
		}
	}
	// A number written onto a name makes another name: "debconf10" is not
	// covered by "debconf", nor "debconf" by "debconf16"; a compound holds
	// its parts whatever numbers stand elsewhere in it.
	for _, c := range []struct {
		term  string
		terms []string
		want  bool
	}{
		{"debconf10", []string{"debconf"}, false},
		{"debconf", []string{"debconf16"}, false},
		{"debconf1", []string{"debconf16"}, false},
		{"debconf16", []string{"debconf16"}, true},
		{"covid19", []string{"covid", "19"}, true}, // "COVID-19" written with a hyphen
		{"covid19", []string{"covid", "20"}, false},
		{"debconf", []string{"debconfteam"}, true},
		{"konferenz", []string{"2024konferenz"}, false},
		{"konferenz", []string{"konferenzen2024"}, true}, // the digits stand beside no letter of it
	} {
		if got := Covered(c.term, TermSet(c.terms)); got != c.want {
			t.Errorf("Covered(%q, %v) = %v, want %v", c.term, c.terms, got, c.want)
		}
	}
}

// A compound whose parts are known is covered by a part or parts in a
// row, or by a longer word holding it, not by letters inside a part.
func TestCoveredAsParts(t *testing.T) {
	parts := []string{"schach", "weltmeist"}
	for _, tt := range []struct {
		terms []string
		want  bool
	}{
		{[]string{"schachweltmeist"}, true},
		{[]string{"weltmeist"}, true},
		{[]string{"schach"}, true},
		{[]string{"exschachweltmeist"}, true},
		{[]string{"meist"}, false},      // letters inside "weltmeist"
		{[]string{"schachwelt"}, false}, // ends inside a part
		{[]string{"achwe"}, false},      // across two parts
		{[]string{"turnier"}, false},
	} {
		if got := CoveredAsParts("schachweltmeist", parts, TermSet(tt.terms)); got != tt.want {
			t.Errorf("CoveredAsParts(schachweltmeist, %v) = %v, want %v", tt.terms, got, tt.want)
		}
	}
	// A linking "s" between parts: a word that begins where a part does
	// and ends where one does covers, one that begins at the link or ends
	// inside a part does not.
	linked := []string{"verteid", "ministerium"}
	for w, want := range map[string]bool{"verteid": true, "ministerium": true, "verteidigungsministerium": true,
		"verteidigungs": true, "sministerium": false, "verteidigungsminist": false, "gungsminist": false} {
		if got := CoveredAsParts("verteidigungsministerium", linked, TermSet([]string{w})); got != want {
			t.Errorf("CoveredAsParts(verteidigungsministerium, %q) = %v, want %v", w, got, want)
		}
	}
	// Without parts it is Covered: "meist" is inside the word.
	if !CoveredAsParts("schachweltmeist", nil, TermSet([]string{"meist"})) {
		t.Error("CoveredAsParts with no parts: want Covered's answer, true")
	}
}

// Within is Covered without the parts before the head: a compound is not
// within its head, its head is within it.
func TestWithin(t *testing.T) {
	window := TermSet([]string{"innenministerin", "minist", "irak", "prasidentschaftskandidat", "us-botschaft", "kanzleramt",
		"generalsekretar"})
	for term, want := range map[string]bool{"innenminist": true, "irak": true, "minist": true, "botschaft": true, "sekretar": true,
		"aussenminist": false, "premierminist": false, "ira": false, "prasident": false, "kanzl": false, "general": false} {
		if got := Within(term, window); got != want {
			t.Errorf("Within(%q) = %v, want %v", term, got, want)
		}
	}
}

func TestWithinUnless(t *testing.T) {
	deputy := func(before string) bool { return strings.HasSuffix(before, "vize") }
	for _, tt := range []struct {
		window []string
		want   bool
	}{
		{[]string{"vizeverteidigungsminist"}, false},
		{[]string{"usvizeverteidigungsministerin"}, false},
		{[]string{"vizeverteidigungsminist", "verteidigungsministerin"}, true},
		{[]string{"bundesverteidigungsminist"}, true},
	} {
		if got := WithinUnless("verteidigungsminist", TermSet(tt.window), deputy); got != tt.want {
			t.Errorf("WithinUnless(verteidigungsminist, %v) = %v, want %v", tt.window, got, tt.want)
		}
	}
}

func TestCovering(t *testing.T) {
	for _, c := range []struct {
		term  string
		terms []string
		want  bool
	}{
		{"exceptiongroup", []string{"except", "print", "qualifi"}, false}, // a part alone is another name
		{"hilfskass", []string{"kass", "beitrag"}, false},                 //
		{"bagdad", []string{"bagdadbesuch"}, true},                        // within a compound
		{"covid19", []string{"covid", "19"}, true},                        // letters and number apart
		{"builtin", []string{"built", "in", "function"}, true},            // spelled by two
		{"lutherbibel", []string{"luther", "bibel"}, true},                //
		{"lutherbibel", []string{"luth", "bibel"}, true},                  // a stem's ending between
		{"regierungschef", []string{"regierung", "chef"}, true},           // with a linking s
		{"grammys", []string{"grammy", "gewinnerin"}, true},               // an inflection's ending
		{"grammys", []string{"gram", "mys"}, false},                       // no term of five letters
		{"exceptiongroup", []string{"except", "group"}, false},            // letters left between
	} {
		if got := Covering(c.term, TermSet(c.terms)); got != c.want {
			t.Errorf("Covering(%q, %v) = %v, want %v", c.term, c.terms, got, c.want)
		}
	}
}

// Spelled reads a long term in time of its length squared: a name of a
// thousand letters against every short word that spells it is answered
// (it would not be by trying every split).
func TestSpelledLongTerm(t *testing.T) {
	terms := TermSet([]string{"ab", "ba", "aba", "bab", "abab"})
	if Spelled(strings.Repeat("ab", 500)+"x", terms) {
		t.Error("a term with a letter no word spells is spelled")
	}
	terms["ababa"] = true
	if !Spelled(strings.Repeat("ab", 500), terms) {
		t.Error("a term the words spell, one of five letters, is not spelled")
	}
}
