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
