package retrieval

import (
	"testing"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/store"
)

// "Wie viele Leute …?", "how many people …?" count persons whatever the
// sentence calls them: "Some 140 volunteers", "rund 60 freiwillige
// Sanitäterinnen". A figure of a share or of things beside a word for
// persons is no count of them ("12 Prozent der Einwohner", "3 photos per
// user"), nor is a figure far from it. Each text writes the question's
// word for people too ("viele Leute", "many people"), so that the noun
// counted is one the collection knows.
func TestHowManyPeopleCountsPersonsByAnyName(t *testing.T) {
	const regatta = "The Fjord Regatta was sailed off Eckernförde in August. Some 140 volunteers helped on the water and on land. The harbour master thanked many people from the town."
	for _, c := range []struct {
		name, lang, text, question, want string
	}{
		{"volunteers", "en", regatta, "how many people helped at the fjord regatta", "Some 140 volunteers"},
		{"German question, English text", "en", regatta, "wie viele leute haben bei der fjord regatta geholfen", "Some 140 volunteers"},
		{"individuals", "en", "The Fjord Regatta was sailed off Eckernförde in August. Its clubs counted 85 individuals on their boats. Many people watched from the beach.",
			"how many people were on the boats of the fjord regatta", "85 individuals"},
		{"German nouns for persons", "de", "Das Deichfest in Husum fand im Juni statt. Beim Deichfest kümmerten sich rund 60 freiwillige Sanitäterinnen um die Gäste. Viele Leute aus der Stadt kamen vorbei.",
			"wie viele leute kümmerten sich beim deichfest um die gäste", "rund 60 freiwillige Sanitäterinnen"},
		{"a German adjective for persons", "de", "Das Deichfest in Husum fand im Juni statt. Zum Deichfest kamen um die zwanzig Interessierte aus dem Umland. Viele Leute aus der Stadt kamen vorbei.",
			"wie viele leute kamen zum deichfest", "um die zwanzig Interessierte"},
		{"an adjective before things", "de", "Das Deichfest in Husum fand im Juni statt. Zum Deichfest kamen 28 teilnehmende Vereine aus dem Umland. Viele Leute aus der Stadt kamen vorbei.",
			"wie viele leute kamen zum deichfest", ""},
		{"a share of persons", "de", "Das Deichfest in Husum fand im Juni statt. In Husum haben 12 Prozent der Einwohner kein Auto. Viele Leute kamen mit dem Rad zum Deichfest.",
			"wie viele leute leben in husum", ""},
		{"things per person", "en", "The Fjord Regatta had its own app this year. The regatta app stored 3 photos per user. Many people used it on the beach.",
			"how many people used the regatta app", ""},
		{"a share of persons, English", "en", "The Fjord Regatta was sailed off Eckernförde in August. In Eckernförde, 12 percent of residents own a boat. Many people watched from the beach.",
			"how many people live in eckernförde", ""},
		{"boats with persons", "de", "Die Fjord-Regatta fand im August statt. Bei der Fjord-Regatta fuhren 20 Boote mit Seglern aus Kiel. Viele Leute sahen vom Strand aus zu.",
			"wie viele leute fuhren bei der fjord-regatta mit", ""},
		{"money to persons", "en", "The Fjord Regatta was sailed off Eckernförde in August. The club paid 500 euros to volunteers of the regatta. Many people watched from the beach.",
			"how many people volunteered at the fjord regatta", ""},
		{"part of the persons", "de", "Die Fjord-Regatta fand im August statt. Bei der Fjord-Regatta kamen 12 der Helfer aus Kiel. Viele Leute sahen vom Strand aus zu.",
			"wie viele leute halfen bei der fjord-regatta", "12 der Helfer"},
		{"a name before the persons", "en", "The Fjord Regatta was sailed off Eckernförde in August. More than 90 Regatta volunteers helped on the water and on land. The harbour master thanked many people from the town.",
			"how many people helped at the fjord regatta", "More than 90 Regatta volunteers"},
		{"persons far from the figure", "en", "The Fjord Regatta was sailed off Eckernförde in August. The volunteers who came to the regatta built 12 buoys for the course. Many people watched from the beach.",
			"how many people came to the fjord regatta", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := source("a", "2023-05-20", c.text)
			src.Language = c.lang
			e := bilingualEngine(t, []store.Source{src, unrelated("b", "2023-05-20")})
			wantFirst(t, e, c.question, c.want)
		})
	}
}

// "Who leads the government?" asks for the head of government: the
// sentence that names the prime minister answers it, in either language,
// though it writes neither "lead" nor "government".
func TestWhoLeadsTheGovernmentIsItsHead(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024", "Der irakische Premierminister Mohammed Shia al-Sudani traf am Montag in Bagdad mit Vertretern des Verteidigungsministeriums zusammen. "+
			"Die irakische Regierung verlangt seit Jahren einen Zeitplan für die Gespräche."),
		otherNews("b", "2024")}, Options{Dictionary: embeddedDictionary})
	for _, q := range []string{"Who leads the Iraqi government?", "Wer führt die irakische Regierung?"} {
		ans := ask(t, e, q)
		if !leads(ans, "Premierminister") {
			t.Errorf("%s: %+v (%+v), want the prime minister's sentence first", q, ans.Citations, ans.Decision)
		}
	}
}

// Only a government the verb leads asks for its head: who led the
// protests against it is someone else.
func TestWhoLedSomethingAgainstTheGovernmentIsNoHead(t *testing.T) {
	for _, c := range []struct {
		lang, question string
		want           bool
	}{
		{analysis.English, "Who leads the Iraqi government?", true},
		{analysis.German, "Wer führt die irakische Regierung?", true},
		{analysis.German, "Wer hat die Regierung geführt?", true},
		{analysis.English, "Who led the protests against the government?", false},
		{analysis.German, "Wer führte die Proteste gegen die Regierung an?", false},
	} {
		toks := analysis.For(c.lang).Tokens(c.question)
		if got := ledBy(toks, "govern") || ledBy(toks, "regier"); got != c.want {
			t.Errorf("ledBy(%q) = %v, want %v", c.question, got, c.want)
		}
	}
}

// Short quoted terms name a category, a title or a motto, not someone:
// "im Stil „Moderne Klassik“" names no one who renewed the crane
// (withoutQuotedTerms). A longer quotation keeps its names.
func TestQuotedTermsNameNoOne(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"a quoted style", "Der Hafenkran in Lindau wurde 1998 für den Wettbewerb „Crane Contest“ erneuert. Die Arbeiten dauerten drei Monate.", ""},
		{"a name beside it", "Der Hafenkran in Lindau wurde 1998 von Ingrid Wolters im Stil „Moderne Klassik“ erneuert. Die Arbeiten dauerten drei Monate.", "Ingrid Wolters"},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := bilingualEngine(t, []store.Source{source("a", "2020-01-01", c.text), unrelated("b", "2020-01-01")})
			wantFirst(t, e, "Wer hat den Hafenkran in Lindau erneuert?", c.want)
		})
	}
	for _, c := range []struct{ in, want string }{
		{"Punkte für „Design“ und „Convergence“.", "Punkte für „design“ und „convergence“."},
		{`the "Outstanding Technical Contribution" award`, `the "outstanding technical contribution" award`},
		{"„Wir danken Laura Cowen für alles“, sagte er.", "„Wir danken Laura Cowen für alles“, sagte er."},
		{"ein „offener Satz ohne Ende", "ein „offener Satz ohne Ende"},
		{"Das war gut“, sagte sie über den „Crane Contest“.", "Das war gut“, sagte sie über den „crane contest“."}, // a mark without its pair
		{"Der Preis »Goldener Kran« ging an Ingrid Wolters.", "Der Preis »goldener kran« ging an Ingrid Wolters."},
	} {
		if got := withoutQuotedTerms(c.in); got != c.want {
			t.Errorf("withoutQuotedTerms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
