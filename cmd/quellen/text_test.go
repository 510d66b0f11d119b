package main

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	tests := []struct{ in, name, text string }{
		{"Straße im Irak", "Straße im Irak", "Straße im Irak"},
		{"a\nb", `a\nb`, "a\nb"},
		{"tab\there", `tab\there`, "tab\there"},
		{"\x1b[2Jweg", `\x1b[2Jweg`, `\x1b[2Jweg`},
		{"rechts\u202eskcil", `rechts\u202eskcil`, `rechts\u202eskcil`},
		{"kaputt\xff", `kaputt\xff`, `kaputt\xff`},
		{"\r\n", `\r\n`, "\\r\n"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.name {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.name)
		}
		if got := cleanText(tt.in); got != tt.text {
			t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.text)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"a\nb", "\x1b[31m", "\u202e", "ok", "\xff\xfe", "\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, out := range []string{clean(s), cleanText(s)} {
			for _, r := range out {
				if r == utf8.RuneError || (!unicode.IsPrint(r) && r != ' ' && r != '\n' && r != '\t') {
					t.Fatalf("clean(%q) = %q keeps %U", s, out, r)
				}
			}
		}
		if strings.ContainsAny(clean(s), "\n\t") {
			t.Fatalf("clean(%q) = %q keeps a line break", s, clean(s))
		}
	})
}
