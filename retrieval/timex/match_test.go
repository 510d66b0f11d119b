package timex

import (
	"strings"
	"testing"
)

// A number is part of an identifier when hyphens join it to a word before
// it: the middle and the last number of "CVE-2017-16943", never a year of
// a range or a word with one hyphen.
func TestInIdentifier(t *testing.T) {
	tests := []struct {
		text, number string
		want         bool
	}{
		{"CVE-2017-16943 was fixed", "2017", true},
		{"CVE-2017-16943 was fixed", "16943", true},
		{"see cve-2013-2014.", "2014", true},
		{"DSA-3125-1 openssl", "3125", true},
		{"DSA-3125-1 openssl", "1", true},
		{"die Jahre 2003-2011", "2011", false},
		{"die Jahre 2003-2011", "2003", false},
		{"der Irak-Krieg 2003", "2003", false},
		{"die Irak-2003-Debatte", "2003", false},
		{"Bug-Nummer 2014", "2014", false},
		{"-2014", "2014", false},
	}
	// Offsets out of range are no identifier, and no panic.
	for _, c := range [][2]int{{2, -1}, {5, 3}, {2, 99}, {-1, 2}} {
		if InIdentifier("a-1-2", c[0], c[1]) {
			t.Errorf("InIdentifier(%q, %d, %d) = true", "a-1-2", c[0], c[1])
		}
	}
	for _, tt := range tests {
		start := strings.LastIndex(tt.text, tt.number)
		if start < 0 {
			t.Fatalf("%q not in %q", tt.number, tt.text)
		}
		if got := InIdentifier(tt.text, start, start+len(tt.number)); got != tt.want {
			t.Errorf("InIdentifier(%q, %q) = %v, want %v", tt.text, tt.number, got, tt.want)
		}
	}
}

// A year's digits followed by a full stop and a digit begin a version
// number; a year that ends a sentence does not.
func TestInVersion(t *testing.T) {
	for _, tt := range []struct {
		text, number string
		want         bool
	}{
		{"Firmware 2021.3.2-hafen1 ist da", "2021", true},
		{"Version 2018.1.4+nord", "2018", true},
		{"Das geschah 2018. Dann kam mehr.", "2018", false},
		{"Das geschah 2018.", "2018", false},
		{"am 5.3.2020 aktualisiert", "2020", false},
		{"im Jahr 2018", "2018", false},
	} {
		start := strings.Index(tt.text, tt.number)
		if got := InVersion(tt.text, start, start+len(tt.number)); got != tt.want {
			t.Errorf("InVersion(%q, %q) = %v, want %v", tt.text, tt.number, got, tt.want)
		}
	}
	// Offsets out of range are no version, and no panic.
	for _, c := range [][2]int{{2, 1}, {0, 99}, {-1, 2}} {
		if InVersion("1.2", c[0], c[1]) {
			t.Errorf("InVersion(%q, %d, %d) = true", "1.2", c[0], c[1])
		}
	}
}
