package retrieval

import (
	"reflect"
	"testing"
)

func TestCounts(t *testing.T) {
	tests := []struct {
		text string
		want []int64
	}{
		{"Rund 2.500 US-Soldaten im Irak und neunhundert in Syrien", []int64{2500, 900}},
		{"der 2014 große Teile eroberte", nil},
		{"mehr als 5.000 Soldaten", []int64{5000}},
		{"Hunderte von Truppen", []int64{100}},
		{"etwa 12 000 UN-Soldaten", []int64{12000}},
		{"zweitausendfünfhundert Soldaten", []int64{2500}},
		{"einhunderteinundzwanzig", []int64{121}},
		{"12.06.2020", []int64{12, 6}},
	}
	for _, tt := range tests {
		if got := counts(tt.text, "de"); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("counts(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A year or a month dates a sentence; a version numbered by its year does
// not ("2023.1.1+bremen1"), nor "may" or "march" in lower case, a verb.
func TestNamesDate(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Die Fähre fährt seit 2023.", true},
		{"Im Jahr 2023 fuhr die Fähre öfter.", true},
		{"Am 1.5.2023 fuhr die Fähre zuerst.", true},
		{"Im März fuhr die Fähre zuerst.", true},
		{"Wir aktualisieren von 2021.3.2+kiel4 auf 2022.1.0+kiel1.", false},
		{"Version 2019.10 der Software bringt einen neuen Kernel.", false},
		{"Es kamen 2.500 Besucher.", false},
		{"The release came out in May.", true},
		{"Querying by seller may become much slower.", false}, // a verb, not the month
		{"They march on the capital.", false},
		{"Am 20. september streiken wir wieder.", true}, // no other word: a month however written
	} {
		if got := namesDate(c.text); got != c.want {
			t.Errorf("namesDate(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
