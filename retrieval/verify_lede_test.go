package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

// A name a source's first sentence gives frames the whole article, as its
// title does: a later paragraph's figure answers of it, though it does not
// name it again. A name no source gives is still missed.
func TestTheLedeNamesTheArticle(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		source("a", "2031-03-14", "Das zweite Quaxolon fand am 2. und 3. März in Varenburg statt.\n\n"+
			"Wie kann der Lokaljournalismus Umweltdaten nutzen? An diesen Fragen arbeiteten die 16 Teilnehmenden in drei Gruppen.\n\n"+
			"Die Ergebnisse stehen im Netz."),
		source("b", "2031-05-20", "Das Zarnixfest in Varenburg hatte einen neuen Ort.\n\n"+
			"Die Gruppen trafen sich im Rathaus.\n\n"+
			"An den Fragen arbeiteten 40 Teilnehmende aus der Stadt."),
		unrelated("c", "2031-05-20"),
	})
	wantFirst(t, e, "wie viele teilnehmende arbeiteten beim quaxolon an den fragen", "16 Teilnehmenden")
	wantFirst(t, e, "wie viele teilnehmende arbeiteten beim zarnixfest an den fragen", "40 Teilnehmende")
	wantFirst(t, e, "wie viele teilnehmende arbeiteten beim quorblix an den fragen", "") // named nowhere
}
