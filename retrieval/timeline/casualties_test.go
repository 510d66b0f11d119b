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
		{"Wie viele Elemente kannte Aristoteles?", false}, // "Tote" only inside a word
		{"How many passengers died, and how many were uninjured?", true},
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
		{"She studied law in Paris.", false}, // no death inside a word
		{"Dabei kamen 10 Seeleute ums Leben.", true},
		{"Schätzungsweise 1700 Menschen kamen dabei um.", true},
		{"The fire claimed the lives of 86 people.", true},
		{"15.000 Römer fielen, unter ihnen Flaminius.", true},
		{"Die Stadt Zarnix verlor 300 Einwohner, die Preise verfielen.", false}, // "fielen" only as a word
		{"Die Wahl fiel auf Zarnix.", false},                                    // no figure falls
		{"Im Jahr 300 stiegen die Preise, dann fielen sie.", false},             // nor one of another clause
	} {
		terms := strings.Join(analysis.For(analysis.German).Terms(tt.text), " ")
		if got := SaysDeathsIn(tt.text, terms); got != tt.want {
			t.Errorf("SaysDeathsIn(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// Prisoners are asked of and told by words of capture: the fallen are no
// captives, nor are captured towns prisoners.
func TestCaptured(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"Wie viele Ritter wurden bei Azincourt gefangen genommen?", true},
		{"how many sailors were taken prisoner at Lissa", true},
		{"How many towns were captured in 1940?", false},
	} {
		if got := AsksCaptured(tt.question); got != tt.want {
			t.Errorf("AsksCaptured(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Über 1.500 Ritter gerieten in Gefangenschaft.", true},
		{"Die Kriegsgefangenen wurden nach England gebracht.", true},
		{"Rund 600 Ritter wurden gefangengenommen.", true},
		{"Fast 6.000 französische Ritter fielen in der Schlacht.", false},
		{"Die Gefangenenlager wurden geschlossen.", false}, // a compound says no capture
	} {
		if got := SaysCaptured(tt.text); got != tt.want {
			t.Errorf("SaysCaptured(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
