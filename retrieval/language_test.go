package retrieval

import (
	"context"
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/store"
)

// A sentence is read in its source's language unless it is plainly in the
// other: a manual's untranslated paragraph is English, a German sentence
// that quotes an English title stays German.
func TestPassageLanguage(t *testing.T) {
	for _, c := range []struct{ text, src, want string }{
		{"You can use any other mail client as well.", "de", "en"},
		{"The archive is mirrored in more than fifty countries around the world.", "de", "en"},
		{"Die Schule wurde 1990 gegründet.", "de", "de"},
		{"Den Abschluss bildete The End of Summer (1979).", "de", "de"},      // an English title in a German sentence
		{"Sein erstes Buch hieß The Art of War and the Sea.", "de", "de"},    // German words beside the title
		{"Linux kernel 6.1", "de", "de"},                                     // no evidence
		{"Die Truppen blieben bis zum Ende des Jahres im Land.", "en", "de"}, // a German sentence in an English source
		{"The troops stayed until the end of the year.", "en", "en"},
		{"Er sagte: „We will stay.“ Dann ging er.", "de", "de"},
		{"You can use any other mail client as well.", "", ""}, // a source of no known language keeps it
	} {
		if got := passageLanguage(c.text, c.src); got != c.want {
			t.Errorf("passageLanguage(%q, %q) = %q, want %q", c.text, c.src, got, c.want)
		}
	}
}

// A German source's untranslated English paragraph is indexed with the
// English analysis, and an English question finds it and is answered
// from it.
func TestSentenceInTheOtherLanguageIsReadInItsOwn(t *testing.T) {
	const english = "The mirrors were shut down in March 2019 because nobody maintained them any longer."
	src := source("manual", "2023-05", "Die Schule betreibt seit 2005 ein eigenes Netz. Alle Rechner werden zentral verwaltet.\n\n"+english)
	e := newTestEngine(t, []store.Source{src, oilPrices("oil")}, Options{Dictionary: embeddedDictionary})
	ctx := context.Background()
	passages, err := e.store.SourcePassages(ctx, "manual")
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, p := range passages {
		if p.Text != english {
			continue
		}
		found = true
		if want := strings.Join(analysis.For(analysis.English).Terms(english), " "); p.Terms != want {
			t.Errorf("terms %q, want the English analysis %q", p.Terms, want)
		}
	}
	if !found {
		t.Fatalf("no passage %q among %+v", english, passages)
	}
	ans, err := e.Ask(ctx, Question{Text: "Why were the mirrors shut down?"})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Answered || !strings.Contains(ans.Citations[0].Quote, "nobody maintained them") {
		t.Errorf("answered %v with %+v, want the English sentence first (%+v)", ans.Answered, ans.Citations, ans.Decision)
	}
}
