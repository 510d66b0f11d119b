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
