package main

import "testing"

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
