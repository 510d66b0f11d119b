package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

// A where-question asks where something happened: the answer's sentence
// says that it did, in the question's verb, its noun or, for a birth or a
// death, the signs of a life's dates; a sentence that places the person
// otherwise answers nothing. Verbs that only say where something is or
// took place ask no event of their own.
func TestWhereQuestionsNeedTheirEvent(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("dichter", "2020", "Karl Brandt (* 3. Mai 1801 in Görlitz; † 9. Juni 1860 in Dresden) war ein Dichter. Er schrieb Balladen über die Lausitz."),
		{ID: "fest", Title: "Town festival", Language: "en", Published: store.Date{Value: "2020"}, Hash: "fest",
			Text: "The lantern festival took place in Harrowgate last spring. Its founder, Edith Marsh, lived in Selby."},
		unrelated("sonst", "2020"),
	}, Options{Dictionary: embeddedDictionary})
	for _, tt := range []struct{ question, want string }{
		{"wo ist karl brandt begraben", ""},           // no grave is given
		{"wo ist karl brandt gestorben", "† 9. Juni"}, // the death sign says so
		{"wo wurde karl brandt geboren", "* 3. Mai"},  // and the birth sign
		{"where did edith marsh die", ""},             // where she lived is no death
		{"where did edith marsh live", "lived in Selby"},
		{"where was the lantern festival held", "took place in Harrowgate"}, // "held" asks only where
	} {
		wantFirst(t, e, tt.question, tt.want)
	}
}
