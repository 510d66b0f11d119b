package retrieval

import (
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

// What a question attributes to someone ("laut Khartum") is answered only
// by a sentence that names them: Cairo's hope, in an article that names
// Khartoum often in another paragraph, is not Khartoum's word.
func TestAttributedAnswerNamesTheSpeaker(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("damm", "2021", "Über den Staudamm am Nil wird weiter verhandelt. "+
			"Kairo hofft, die Gespräche brächten eine gerechte Verteilung des Wassers. "+
			"Die nächste Runde ist für den Herbst geplant.\n\nDer Fluss führt seit Jahren weniger Wasser. "+
			"Im Sommer fiel kaum Regen. Auch Khartum schickte Vertreter nach Addis Abeba. "+
			"Khartum baut selbst zwei Dämme. Die Bauern um Khartum klagen über Dürre."),
	}, Options{})
	ans := ask(t, e, "was bringen die gespräche laut kairo")
	if !ans.Answered || !strings.Contains(ans.Citations[0].Quote, "Kairo hofft") {
		t.Fatalf("laut kairo: answered %v with %+v; want Cairo's sentence", ans.Answered, ans.Citations)
	}
	if ans := ask(t, e, "was bringen die gespräche laut khartum"); ans.Answered {
		t.Errorf("laut khartum: answered with %q; want declined, Khartoum says nothing of the talks' outcome", ans.Citations[0].Quote)
	}
}

// A source that names something throughout is about it: a sentence of it
// that does not name it answers a question about it. One that names it in
// fewer than five passages, or in fewer than 30 % of them, is not.
func TestSourceAboutANameMeetsIt(t *testing.T) {
	const answer = "\n\nDer Umzug des Archivs nach Lübeck scheiterte im Jahr 2011."
	naming := []string{"Korvala ist ein Verein.", "Korvala hat Mitglieder.", "Korvala sammelt Briefe.", "Korvala wählt einen Vorstand.",
		"Korvala gibt ein Heft heraus.", "Korvala feiert im Mai."}
	other := []string{"Die Stadt ist alt.", "Der Hafen ist groß.", "Die Brücke ist neu.", "Der Markt ist bunt.", "Die Kirche ist hoch.",
		"Das Rathaus ist rot.", "Die Schule ist voll.", "Der Park ist grün.", "Die Straße ist breit.", "Der Turm ist schief.",
		"Das Ufer ist steil.", "Die Mühle steht still.", "Der Wald ist dicht.", "Die Wiese ist nass.", "Der See ist kalt."}
	paragraphs := func(s []string) string { return strings.Join(s, "\n\n") }
	for _, c := range []struct {
		name, text, want string
	}{
		{"about it", paragraphs(naming[:5]) + "\n\n" + paragraphs(other[:3]) + answer, "im Jahr 2011"},
		{"under 30 %", paragraphs(naming[:5]) + "\n\n" + paragraphs(other) + answer, ""},
		{"under five", paragraphs(naming[:4]) + "\n\n" + paragraphs(other[:2]) + answer, ""},
		{"named in the genitive", strings.ReplaceAll(paragraphs(naming[:5]), "Korvala ", "Korvalas Verein ") + "\n\n" + paragraphs(other[:3]) + answer, "im Jahr 2011"},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantFirst(t, articleEngine(t, "2023-03", c.text), "korvala archiv umzug lübeck jahr", c.want)
		})
	}
}
