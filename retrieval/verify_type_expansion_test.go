package retrieval

import "testing"

// A short form is spelled out by saying what it stands for, by a
// parenthesis that defines it, or by capitalised words whose initials
// spell it; a sentence that only names it spells nothing out.
func TestSpellsOut(t *testing.T) {
	for _, c := range []struct {
		text, short string
		want        bool
	}{
		{"IFTTT steht für “If This Than That”.", "ifttt", true},
		{"MAC stands for Media Access Control, and each identifier is intended to be unique.", "mac", true},
		{"Daher der Name VLIW (Very Long Instruction Word, „sehr langes Befehlswort“).", "vliw", true},
		{"Anna's Not Nearly APT („Anna ist nicht annähernd APT“, ein APT-Ersatz für den Installer).", "anna", true},
		{"The DRF part stands for Django Rest Framework while YASG stands for Yet Another Swagger Generator.", "yasg", true},
		{"Um zu analysieren, wer wem folgte, verwendeten wir das Netzwerk-Analyse Tool Gephi.", "gephi", false},
		{"Die erste Maßnahme reduziert den Speicherbedarf des Installers: APT wird ersetzt.", "apt", false},
		{"WEP steht für Wired Equivalent Privacy, und WPA bedeutet Wireless Protected Access.", "wpa3", false},
	} {
		if got := spellsOut(c.text, c.short); got != c.want {
			t.Errorf("spellsOut(%q, %q) = %v, want %v", c.text, c.short, got, c.want)
		}
	}
}
