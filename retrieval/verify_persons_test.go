package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

// "Wie viele Leute …?", "how many people …?" count persons whatever the
// sentence calls them: "More than 75 individuals", "über 70 Entwickler,
// Designer und Expertinnen". A figure of something else is no count of
// people, though a word for persons stands elsewhere in the sentence. Each
// text writes the question's word for people too ("viele Leute", "many
// people"), so that the noun counted is one the collection knows.
func TestHowManyPeopleCountsPersonsByAnyName(t *testing.T) {
	for _, c := range []struct {
		name, lang, text, question, want string
	}{
		{"individuals", "en", "The Harbour Hackday took place in Kiel in May. More than 75 individuals came to the old warehouse for the hackday. The organisers served coffee all day, and many people from the town dropped by.",
			"how many people came to the harbour hackday", "More than 75 individuals"},
		{"German question, English text", "en", "The Harbour Hackday took place in Kiel in May. More than 75 individuals came to the old warehouse for the hackday. The organisers served coffee all day, and many people from the town dropped by.",
			"wie viele leute kamen zum harbour hackday", "More than 75 individuals"},
		{"developers and designers", "de", "Der Hafen-Hackday fand im Mai in Kiel statt. Beim Hafen-Hackday bewiesen über 70 Entwickler, Designer und Expertinnen, was in sechs Stunden möglich ist. Kaffee gab es den ganzen Tag, und viele Leute aus der Stadt kamen vorbei.",
			"wie viele leute waren beim hafen-hackday", "über 70 Entwickler"},
		{"a figure of things", "en", "The Harbour Hackday took place in Kiel in May. The volunteers who came to the hackday built 12 maps of the old warehouse. The organisers served coffee all day, and many people from the town dropped by.",
			"how many people came to the harbour hackday", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := source("a", "2023-05-20", c.text)
			src.Language = c.lang
			e := bilingualEngine(t, []store.Source{src, unrelated("b", "2023-05-20")})
			wantFirst(t, e, c.question, c.want)
		})
	}
}
