package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// Every QA question names a collection that builds, and every accepted
// quote is a verbatim slice of one of that collection's texts: a quote that
// is not would make its question unanswerable by any engine.
func TestQASetQuotesAreInTheirCollections(t *testing.T) {
	benchmarks := filepath.Join("..", "..", "..", "shared", "benchmarks")
	if _, err := os.Stat(benchmarks); err != nil {
		t.Skipf("benchmarks folder not here: %v", err)
	}
	texts := make(map[string][]string)
	splits := QASplits()
	if len(splits) < 6 {
		t.Fatalf("QA splits = %v, want at least the two sets' halves and the probes", splits)
	}
	for _, split := range splits {
		questions, err := LoadQA(split)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range questions {
			if _, ok := texts[q.Collection]; !ok {
				sources, err := QACollection(q.Collection, benchmarks)
				if err != nil {
					t.Fatalf("%s %s: %v", split, q.ID, err)
				}
				for _, s := range sources {
					texts[q.Collection] = append(texts[q.Collection], s.Text)
				}
			}
			if q.Answerable != (len(q.Accept) > 0) {
				t.Errorf("%s %s: answerable %v with %d accepted quotes", split, q.ID, q.Answerable, len(q.Accept))
			}
			for _, a := range append(append([]string(nil), q.Accept...), q.AcceptOlder...) {
				found := false
				for _, text := range texts[q.Collection] {
					if strings.Contains(text, a) {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("%s %s: %q is in no source of %s", split, q.ID, a, q.Collection)
				}
			}
		}
	}
}

func TestLoadQARefusesAnUnknownSplit(t *testing.T) {
	for _, split := range []string{"nonesuch", "../collections", "qa/dev"} {
		if _, err := LoadQA(split); err == nil || !strings.Contains(err.Error(), "dev2") {
			t.Errorf("LoadQA(%q) err = %v, want one naming the known splits", split, err)
		}
	}
}

func TestHeldBackSplits(t *testing.T) {
	for split, want := range map[string]bool{"test": true, "test2": true, "dev": false, "dev2": false, "probe-en": false} {
		if got := IsHeldBack(split); got != want {
			t.Errorf("IsHeldBack(%q) = %v, want %v", split, got, want)
		}
	}
}

func TestQACollectionRefusesAnUnknownName(t *testing.T) {
	_, err := QACollection("nonesuch", t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "default") {
		t.Fatalf("err = %v, want one naming the known collections", err)
	}
}

// A mixed collection takes each article from its own file, in its own
// language.
func TestQACollectionMixesLanguages(t *testing.T) {
	benchmarks := filepath.Join("..", "..", "..", "shared", "benchmarks")
	if _, err := os.Stat(benchmarks); err != nil {
		t.Skipf("benchmarks folder not here: %v", err)
	}
	sources, err := QACollection("mixed3", benchmarks)
	if err != nil {
		t.Fatal(err)
	}
	langs := make(map[string]int)
	for _, s := range sources {
		langs[s.Language]++
		if s.Text == "" {
			t.Errorf("%s: empty text", s.ID)
		}
	}
	if langs["de"] == 0 || langs["en"] == 0 {
		t.Errorf("languages %v, want German and English sources", langs)
	}
}

// An MLQA collection is its questions' contexts, one source each, in the
// order listed, and an id the file does not hold is an error that names it.
func TestMLQAContextsBuildSourcesInOrder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mlqa.jsonl")
	rows := `{"id":"a1","question":"Wer?","context":"Erster Kontext.","answers":{}}
{"id":"b2","question":"Wann?","context":"Zweiter Kontext.","answers":{}}
`
	if err := os.WriteFile(path, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	sources, err := mlqaContexts("m", path, []string{"b2", "a1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) != 2 || sources[0].Text != "Zweiter Kontext." || sources[1].ID != "a1" || sources[0].Language != "de" {
		t.Errorf("sources = %+v, want b2's then a1's context, in German", sources)
	}
	if _, err := mlqaContexts("m", path, []string{"zz"}); err == nil || !strings.Contains(err.Error(), `"zz"`) {
		t.Errorf("unknown id: err = %v, want one naming it", err)
	}
}

// AskQA scores each answer and says where the search put the first
// passage holding an accepted answer, so that a miss of the search is told
// from one of verification.
func TestAskQAScoresAndFindsTheAcceptedPassage(t *testing.T) {
	ctx := context.Background()
	text := "Rund 2.500 US-Soldaten sind im Irak stationiert. Die Regierung in Bagdad will über den Abzug verhandeln."
	sources := []store.Source{{ID: "a", Title: "Truppen im Irak", Language: "de", Text: text, Hash: "a", Published: store.Date{Value: "2024-09"}}}
	e, err := testIndexer(t, retrieval.DefaultParams())(ctx, "qa", sources)
	if err != nil {
		t.Fatal(err)
	}
	questions := []QAQuestion{
		{ID: "q1", Question: "Wie viele US-Soldaten sind im Irak?", Answerable: true, Accept: []string{"2.500 US-Soldaten"}},
		{ID: "q2", Question: "Wie viele US-Soldaten sind im Irak?", Answerable: true, Accept: []string{"Bagdad"}},
		{ID: "q3", Question: "Wie viele italienische Soldaten sind im Irak?", Answerable: false},
	}
	got, err := AskQA(ctx, e, questions, map[string]string{"a": text})
	if err != nil {
		t.Fatal(err)
	}
	if r := got[0]; !r.FirstRight || !r.InThree || r.Found != 1 || !r.Verbatim {
		t.Errorf("q1: %+v, want right first, found at 1, verbatim", r)
	}
	if r := got[1]; r.FirstRight || r.Found != 2 {
		t.Errorf("q2: first right %v, found %d; want wrong first, the accepted sentence found second", r.FirstRight, r.Found)
	}
	if r := got[2]; r.Answered || !r.Right() || r.Found != 0 {
		t.Errorf("q3: %+v, want declined and nothing searched for", r)
	}
}

// A "texts" collection is its files, kept with the set, each with the
// metadata collections.json gives; it needs no benchmarks folder.
func TestQACollectionReadsItsTexts(t *testing.T) {
	for _, c := range []struct {
		name, published string
		de, en          int
	}{
		{"dh22", "2023-02-15", 9, 8},
		{"dr23", "2023-03-06", 19, 12},
		{"ah24", "2022-09-22", 10, 21},
		{"ed25", "2024-01-31", 26, 33},
		{"dr27", "2023-02-04", 27, 27},
		{"ig28", "2023-05-08", 27, 27},
		{"df29", "2021-01", 28, 28},
		{"gh30", "2022-09", 28, 28},
		{"dn31", "", 26, 26}, // dated news: each source its own day
		{"dp32", "", 5, 21},  // newsletter issues, each of its own day
		{"dg33", "", 32, 0},  // German news items, each of its own day
		{"ds34", "", 0, 56},  // security advisories, each of its own day
		{"dp35", "", 0, 18},  // further newsletter issues, each of its own day
		{"rb36", "", 0, 29},  // a software project's blog posts, each of its own day
		{"gb37", "", 0, 26},  // another project's blog posts, each of its own day
		{"bg38", "", 29, 0},  // German laws, each dated by its enactment
		{"bv39", "", 27, 0},  // German ordinances, each dated by its enactment
		{"pp40", "", 0, 27},  // a language's design proposals, each dated by its creation
		{"gr41", "", 0, 14},  // a language's release notes, each dated by its release
		{"bd42", "", 23, 0},  // German acts on the armed forces, each dated by its enactment
		{"nj43", "", 0, 23},  // a runtime's announcements, each dated by its publication
		{"cg44", "", 23, 0},  // a volunteer network's German blog posts, each of its own day
		{"ok45", "", 24, 0},  // an association's German blog posts, each of its own day
		{"kb46", "", 25, 0},  // a distribution portal's German news posts, each of its own day
		{"ef47", "", 0, 23},  // a government agency's English blog posts, each of its own day
		{"fb48", "", 29, 0},  // a community network's German blog posts, two of them of one day
		{"kc49", "", 0, 24},  // a project's English contributor blog posts, each of its own day
		{"da50", "", 24, 0},  // a data-rights group's German blog and campaign posts, each of its own day
		{"cp51", "", 0, 26},  // a training non-profit's English blog posts, each of its own day
		{"ev52", "", 25, 0},  // a charging project's German blog posts, each of its own day
		{"le53", "", 0, 25},  // a certificate authority's English blog posts, each of its own day
		{"fd54", "", 25, 0},  // a community network's German news posts, each of its own day
		{"xn55", "", 24, 0},  // a standards body's German newsletters, each of its own day
		{"eb56", "", 0, 24},  // a programming language's English blog posts, each of its own day
		{"hb57", "", 0, 24},  // a package manager's English blog posts, each of its own day
		{"gc58", "", 28, 0},  // a computer club's German blog posts, each of its own day
		{"jl59", "", 0, 25},  // a programming language's English blog posts, each of its own day
		{"xh60", "", 31, 0},  // a hackspace's German blog posts, each of its own day
		{"pc61", "", 0, 34},  // a foundation's English blog posts, each of its own day
		{"hc62", "", 31, 0},  // a hosting community's German tutorials, each of its own day
		{"ot63", "", 0, 26},  // an observability project's English blog posts, each of its own day
		{"nh64", "", 23, 0},  // a developer's German blog posts, each of its own day
		{"ki65", "", 0, 23},  // an electronics design suite's English blog posts, each of its own day
		{"jk66", "", 0, 23},  // a site generator's English news posts, each of its own day
		{"pm67", "", 0, 23},  // a monitoring system's English blog posts, each of its own day
		{"hm68", "", 0, 23},  // a package manager's English blog posts, each of its own day
		{"lk69", "", 0, 23},  // a service mesh's English blog posts, each of its own day
		{"fx70", "", 0, 24},  // a GitOps project's English blog posts, each of its own day
		{"gt71", "", 0, 25},  // a code forge's English release posts, each of its own day
		{"ky72", "", 0, 23},  // a policy engine's English blog posts, each of its own day
		{"bo73", "", 25, 0},  // a technical newsletter's German issues, each of its own day
		{"fa74", "", 0, 30},  // a runtime security project's English blog posts, each of its own day
		{"uc75", "", 35, 0},  // a conference's German news articles, each of its own day
		{"sw76", "", 0, 29},  // a programming language's English blog posts, each of its own day
		{"gp77", "", 0, 34},  // an RPC framework's English blog posts, each of its own day
		{"ec78", "", 0, 20},  // a key-value store's English blog posts, each of its own day
		{"sp79", "", 0, 27},  // a scientific community's English blog posts, each of its own day
		{"el80", "", 31, 0},  // an open-education project's German blog posts, each of its own day
		{"os81", "", 0, 31},  // a Linux distribution's English news posts, each of its own day
		{"vt82", "", 0, 27},  // a database project's English blog posts, each of its own day
		{"dz83", "", 27, 0},  // a data-literacy programme's German blog posts, each of its own day
		{"cc84", "", 0, 29},  // a licence non-profit's English technology blog posts, each of its own day
		{"cl85", "", 0, 29},  // a government cloud platform's English news posts, each of its own day
		{"po86", "", 0, 25},  // a scientific-software community's English blog posts, each of its own day
		{"or87", "", 0, 33},  // a data-cleaning tool's English blog posts, two pairs of them of one day
		{"us88", "", 0, 25},  // a government design system's English news posts, one pair of them of one day
		{"fl89", "", 28, 0},  // a web developer's German personal blog posts, each of its own day
		{"ff90", "", 33, 0},  // a local climate group's German news posts
		{"rr91", "", 0, 27},  // an amateur radio club's English news posts
	} {
		sources, err := QACollection(c.name, t.TempDir())
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		langs := make(map[string]int)
		for _, s := range sources {
			langs[s.Language]++
			dated := s.Published.Value == c.published || c.published == "" && len(s.Published.Value) == len("2006-01-02")
			if s.Text == "" || s.Title == "" || !dated || s.Hash == "" {
				t.Errorf("%s: %s: title %q, published %q, %d bytes", c.name, s.ID, s.Title, s.Published.Value, len(s.Text))
			}
		}
		if langs["de"] != c.de || langs["en"] != c.en || len(sources) != c.de+c.en {
			t.Errorf("%s: %d sources by language %v, want %d German, %d English", c.name, len(sources), langs, c.de, c.en)
		}
	}
}

// WithoutUmlauts rewrites the German questions only, and the question
// only.
func TestWithoutUmlautsRewritesGermanQuestions(t *testing.T) {
	in := []QAQuestion{
		{ID: "a", Lang: "de", Question: "Wie groß ist die Überlandstraße in Köln?", Accept: []string{"Größe"}},
		{ID: "b", Lang: "en", Question: "Where is Köln?"},
	}
	got := WithoutUmlauts(in)
	if got[0].Question != "Wie gross ist die Ueberlandstrasse in Koeln?" || got[0].Accept[0] != "Größe" {
		t.Errorf("German question: %+v", got[0])
	}
	if got[1].Question != "Where is Köln?" || in[0].Question != "Wie groß ist die Überlandstraße in Köln?" {
		t.Errorf("English question %q, or the input changed: %q", got[1].Question, in[0].Question)
	}
}
