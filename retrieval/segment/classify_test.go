package segment

import "testing"

func TestNamesMaker(t *testing.T) {
	for line, want := range map[string]bool{
		"Beitragsbild:By Markusszy – Own work, CC BY-SA 4.0": true,
		"Foto: Max Muster/dpa":                               true,
		"© AFP":                                              true,
		"(c) 2020 Reuters":                                   true,
		"Quelle: Reuters":                                    false, // a source, no picture's maker
		"Video: Tagesschau":                                  false,
		"Bild Urheberrechtshinweis nach EU-Urheberrecht":     false, // a notice
		"Pressefoto: Bundeswehr":                             true,
		"AFP-Foto":                                           true,
		"cc by-sa 4.0":                                       true,
		"Grafik: Statista":                                   true,
	} {
		if got := NamesMaker(line); got != want {
			t.Errorf("NamesMaker(%q) = %v, want %v", line, got, want)
		}
	}
}
