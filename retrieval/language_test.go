package retrieval

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/timex"
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

// What a passage names and dates is read in its own language, whichever
// candidate's check reads it first: a German candidate's look over its
// source does not leave the English sentence beside it read as German.
func TestPassageReadInItsOwnLanguageWhoeverAsks(t *testing.T) {
	const english = "The army said that about 2,500 American soldiers were still stationed there in March 2019."
	e := newTestEngine(t, []store.Source{source("m", "2023-05", "Die Mission wurde verlängert. "+english), oilPrices("oil")}, Options{})
	ctx := context.Background()
	passages, err := e.store.SourcePassages(ctx, "m")
	if err != nil || len(passages) != 2 {
		t.Fatalf("passages %+v, %v", passages, err)
	}
	q, err := e.analyse(ctx, "Wie viele US-Soldaten waren im Irak?", "")
	if err != nil {
		t.Fatal(err)
	}
	v := e.newVerifier(q, newSourcePassages(e.store), nil)
	if _, _, err := v.window(ctx, Ranked{Passage: passages[0]}); err != nil { // the German candidate meets the source
		t.Fatal(err)
	}
	en := passages[1]
	v.mentionsOf(en, analysis.German) // read first as a German candidate's check would
	v.tagsOf(en, analysis.German)
	if ms := v.mentionsOf(en, analysis.German); !mentionedAny(ms, []string{"US"}) {
		t.Errorf("mentions of %q: %+v, want the United States", english, ms)
	}
	if tags := v.tagsOf(en, analysis.German); !slices.ContainsFunc(tags, func(x timex.Expr) bool { return x.Value == "2019-03" }) {
		t.Errorf("dates of %q: %+v, want March 2019", english, tags)
	}
}
