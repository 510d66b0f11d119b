package segment

import "testing"

func TestIsAbbreviation(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"Nr", true}, {"nr", true}, {"Art", true}, {"vgl", true}, {"Vgl", true}, {"S", true}, {"z", true},
		{"Haus", false}, {"wurde", false}, {"3", false}, {"", false},
	} {
		if got := IsAbbreviation(tt.word); got != tt.want {
			t.Errorf("IsAbbreviation(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
