package translate

import (
	"slices"
	"testing"

	"github.com/quellen/quellen/retrieval/lexicon"
)

func termTexts(terms []Term) []string {
	var out []string
	for _, t := range terms {
		out = append(out, t.Text)
	}
	return out
}

func TestEmbeddedBothDirections(t *testing.T) {
	d := mustDing(t)
	lex, err := lexicon.New()
	if err != nil {
		t.Fatal(err)
	}
	enDe := NewTranslator(d.EnglishGerman())
	deEn := NewGermanTranslator(d.GermanEnglish(), lex)
	tests := []struct {
		tr       *Translator
		question string
		want     []string // each among the terms
	}{
		{enDe, "How many US troops are in Iraq?", []string{"US", "Truppe", "Irak"}},
		{enDe, "When is the troop withdrawal deadline?", []string{"Truppenabzug", "Frist"}},
		{enDe, "Who withdrew the soldiers?", []string{"zurückziehen", "Soldat"}},
		{deEn, "Wann ist die Frist für den Truppenabzug?", []string{"troop withdrawal", "deadline"}},
		{deEn, "Wie viele US-Soldaten sind im Irak?", []string{"US", "soldier", "Iraq"}},
		// Places by the names table, beside the dictionary.
		{enDe, "When was Warsaw's stock exchange reopened?", []string{"Warschau"}},
		{enDe, "Where are Italian troops?", []string{"italienisch"}},
		{deEn, "Wann wurde die Börse in Warschau eröffnet?", []string{"Warsaw"}},
		{deEn, "Wo sind irakische Soldaten?", []string{"Iraqi"}},
		{deEn, "Was geschah in Mossul?", []string{"Mosul"}},
		// A compound the dictionary lacks is translated by its parts.
		{deEn, "Wie viele Bundeswehrsoldaten sind dort?", []string{"soldier"}},
		// Typed in lower case too.
		{deEn, "wann schrieb luther über mönchsgelübde", []string{"vow"}},
		{deEn, "wie viele bundeswehrsoldaten sind dort", []string{"soldier"}},
		// A word the lexicon lacks and the dictionary has is that word, not
		// a compound read into its capitalised form ("Hoch|lade").
		{deEn, "wann darf ich die fotos hochladen", []string{"upload"}},
		// A noun the lexicon lists keeps its lemma from the clause.
		{deEn, "wann kamen die verstärkungen an", []string{"reinforcements"}},
		// Inflected German meets the dictionary's lemma.
		{deEn, "Die Truppen sind dort.", []string{"troops"}},
		// Also where the lexicon only guesses the lemma from its ending
		// ("grafisch", which it lists as "graphisch").
		{deEn, "welches programm zeigt die grafische ausgabe", []string{"graphical"}},
	}
	for _, tt := range tests {
		got := termTexts(tt.tr.Translate(tt.question))
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Translate(%q) = %q, lacks %q", tt.question, got, w)
			}
		}
	}
	// A separable verb split by its clause is translated as the verb
	// ("zogen … ab" is abziehen), and its particle not on its own ("ab" is
	// also "from").
	got := termTexts(deEn.Translate("Die Truppen zogen ab."))
	abziehen := translations(d.GermanEnglish().Lookup("abziehen"))
	if !slices.ContainsFunc(got, func(s string) bool { return slices.Contains(abziehen, s) }) || slices.Contains(got, "from") {
		t.Errorf("zogen … ab: %q; abziehen is %q", got, abziehen)
	}
	// German function words are not translated.
	for _, term := range deEn.Translate("Wer ist der die das?") {
		t.Errorf("a function word was translated: %+v", term)
	}
}
