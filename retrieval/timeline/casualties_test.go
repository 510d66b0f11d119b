package timeline

import (
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/analysis"
)

// A sentence speaks of the dead by its words, or by the analysed verb of
// dying it writes apart ("kamen dabei um").
func TestSaysCasualtiesIn(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"16.000 Amerikaner waren gefallen.", true},
		{"50,000 were killed.", true},
		{"Schätzungsweise 1700 Menschen kamen dabei um.", true},
		{"Er starb 1865 in Washington.", true},
		{"Das große Feuer von 1910 kostete 86 Menschen das Leben.", true},
		{"The fire claimed the lives of 86 people.", true},
		{"Das Leben in der Stadt war teuer.", false},
		{"Die Truppen kamen im Frühjahr an.", false},
		{"Die Preise stiegen um 1700 Prozent.", false},
	}
	for _, tt := range tests {
		terms := strings.Join(analysis.For(analysis.German).Terms(tt.text), " ")
		if got := SaysCasualtiesIn(tt.text, terms); got != tt.want {
			t.Errorf("SaysCasualtiesIn(%q, %q) = %v, want %v", tt.text, terms, got, tt.want)
		}
	}
}

// A question of the dead only is answered by a sentence of the dead, not
// of the wounded.
func TestDeaths(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"How many US sailors died when the ship hit a mine?", true},
		{"Wie viele Menschen starben beim Brand?", true},
		{"Wie viele Soldaten wurden getötet oder verwundet?", false},
		{"How many casualties were there?", false},
		{"Wie viele Soldaten sind im Irak?", false},
	} {
		if got := AsksDeaths(tt.question); got != tt.want {
			t.Errorf("AsksDeaths(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Die Fregatte lief auf eine Mine, dabei wurden 10 Seeleute verletzt.", false},
		{"Dabei kamen 10 Seeleute ums Leben.", true},
		{"Schätzungsweise 1700 Menschen kamen dabei um.", true},
		{"The fire claimed the lives of 86 people.", true},
	} {
		terms := strings.Join(analysis.For(analysis.German).Terms(tt.text), " ")
		if got := SaysDeathsIn(tt.text, terms); got != tt.want {
			t.Errorf("SaysDeathsIn(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// Prisoners are told by words of capture: the fallen are no captives.
func TestSaysCaptured(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Wie viele Legionäre wurden bei der Schlacht gefangen genommen?", true},
		{"how many were taken prisoner", true},
		{"Ebenso viele Legionäre gerieten in Gefangenschaft.", true},
		{"Fast 50.000 römische Legionäre fielen in der Schlacht.", false},
		{"Die Gefangenenlager wurden geschlossen.", false}, // a compound says no capture
	} {
		if got := SaysCaptured(tt.text); got != tt.want {
			t.Errorf("SaysCaptured(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
