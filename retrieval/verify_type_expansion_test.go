package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

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

// "What does ZRX stand for?" is answered by the sentence that spells it
// out, and declined where the texts only name it (another text writes
// "stand", so the question's words are all in the collection).
func TestShortFormAnsweredWhereSpelledOut(t *testing.T) {
	fair := englishSource("b", "2024-06-02", "Our stand at the fair was busy. Visitors stand in line for stickers.")
	e := newTestEngine(t, []store.Source{
		englishSource("a", "2024-05-02", "The team used the network tool ZRX to map who followed whom. ZRX draws graphs of large networks."), fair,
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "what does zrx stand for", "")
	e = newTestEngine(t, []store.Source{
		englishSource("a", "2024-05-02", "The team used the network tool ZRX to map who followed whom. ZRX stands for Zoned Relation Explorer."), fair,
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "what does zrx stand for", "Zoned Relation Explorer")
}
