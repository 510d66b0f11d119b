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
// that does not name it answers a question about it, one of a source that
// names it only in passing does not.
func TestSourceAboutANameMeetsIt(t *testing.T) {
	answer := "\n\nDie Gemeinschaft wächst. Nach einem ersten gescheiterten Versuch im Jahr 2004 wurde die Entfernung der unfreien Pakete vertagt."
	about := "Korvala ist ein freies Betriebssystem. Korvala wurde von Freiwilligen gegründet.\n\nDie Entwickler von Korvala treffen sich jährlich. " +
		"Die Dokumentation ist umfangreich.\n\nKorvala erscheint alle zwei Jahre. Viele Firmen nutzen Korvala." + answer
	passing := "Korvala ist ein freies Betriebssystem. Es wurde von Freiwilligen gegründet.\n\nDie Entwickler treffen sich jährlich. " +
		"Die Dokumentation ist umfangreich.\n\nEs erscheint alle zwei Jahre. Viele Firmen nutzen das System." + answer
	for _, c := range []struct{ text, want string }{{about, "im Jahr 2004"}, {passing, ""}} {
		e := articleEngine(t, "2023-03", c.text)
		wantFirst(t, e, "korvala entfernung unfreie pakete versuch jahr", c.want)
	}
}
