package retrieval

import (
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

// What a question attributes to someone ("laut Khartum") is answered only
// by a sentence that names them: what Cairo said, in an article that names
// Khartoum in another paragraph, is not Khartoum's word.
func TestAttributedAnswerNamesTheSpeaker(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("damm", "2021", "Die Gespräche über den Staudamm am Nil gehen weiter. "+
			"Kairo erklärte, das Ziel der Gespräche sei eine gerechte Verteilung des Wassers. "+
			"Die nächste Runde ist für den Herbst geplant.\n\nDer Fluss führt seit Jahren weniger Wasser. "+
			"Im Sommer fiel kaum Regen. Auch Khartum schickte Vertreter nach Addis Abeba. "+
			"Khartum baut selbst zwei Dämme. Die Bauern um Khartum klagen über Dürre."),
	}, Options{})
	ans := ask(t, e, "was ist laut kairo das ziel der gespräche")
	if !ans.Answered || !strings.Contains(ans.Citations[0].Quote, "Kairo erklärte") {
		t.Fatalf("laut kairo: answered %v with %+v; want Cairo's sentence", ans.Answered, ans.Citations)
	}
	if ans := ask(t, e, "was ist laut khartum das ziel der gespräche"); ans.Answered {
		t.Errorf("laut khartum: answered with %q; want declined, Khartoum says nothing of the goal", ans.Citations[0].Quote)
	}
}
