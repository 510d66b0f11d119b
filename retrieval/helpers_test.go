package retrieval

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/store"
)

// newTestEngine indexes sources into a fresh store in a temporary folder.
func newTestEngine(t testing.TB, sources []store.Source, opts Options) *Engine {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e, err := New(st, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Index(context.Background(), IndexRequest{Collection: "test", Sources: sources}, nil); err != nil {
		t.Fatal(err)
	}
	return e
}

// defaultSources loads the embedded default collection.
func defaultSources(t testing.TB) []store.Source {
	t.Helper()
	sources, failed := LoadSources(corpus.Default(), "default")
	if len(failed) > 0 {
		t.Fatalf("default corpus: %v", failed)
	}
	return sources
}

func source(id, published, text string) store.Source {
	return store.Source{ID: id, Title: "Titel " + id, Language: "de", Published: store.Date{Value: published}, Text: text, Hash: text}
}

// ask answers a question with e, failing the test on an error.
func ask(t testing.TB, e *Engine, question string) *Answer {
	t.Helper()
	ans, err := e.Ask(context.Background(), Question{Text: question})
	if err != nil {
		t.Fatal(err)
	}
	return ans
}

// unrelated is a source about nothing the tests ask of, so that a
// collection holds more than the article a test is about.
func unrelated(id, published string) store.Source {
	return source(id, published, "Die Regierung lobte die Armee. Der Haushalt wurde beschlossen.")
}

// otherNews is a second source on nothing any test asks about, in other
// words than unrelated's: the collection a test's article stands in.
func otherNews(id, published string) store.Source {
	return source(id, published, "Die Bahn fuhr pünktlich. Der Haushalt wurde beschlossen.")
}

// articleEngine is an engine over one article, source "a", and an
// unrelated source "b", both published then.
func articleEngine(t testing.TB, published, text string) *Engine {
	t.Helper()
	return newTestEngine(t, []store.Source{source("a", published, text), unrelated("b", published)}, Options{})
}

// leads reports whether ans answers and its first quote holds want.
func leads(ans *Answer, want string) bool {
	return ans.Answered && len(ans.Citations) > 0 && strings.Contains(ans.Citations[0].Quote, want)
}

// wantFirst asks e a question and reports an error unless it declines
// (want "") or its first quote holds want.
func wantFirst(t testing.TB, e *Engine, question, want string) {
	t.Helper()
	ans := ask(t, e, question)
	switch {
	case want == "" && ans.Answered:
		t.Errorf("%s: answered with %q, want declined", question, ans.Citations[0].Quote)
	case want != "" && (!ans.Answered || len(ans.Citations) == 0):
		t.Errorf("%s: declined, want %q", question, want)
	case want != "" && !strings.Contains(ans.Citations[0].Quote, want):
		t.Errorf("%s: first quote %q, want %q", question, ans.Citations[0].Quote, want)
	}
}

// citesNone reports an error for each quote of ans that holds text.
func citesNone(t testing.TB, ans *Answer, text string) {
	t.Helper()
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, text) {
			t.Errorf("%s: cited %q, which holds %q", ans.Question, c.Quote, text)
		}
	}
}

// questionVerifier analyses a question over e's collection and returns a
// verifier that holds only it, for checks that read the question alone
// (askedEvents, lifeNamesAThing).
func questionVerifier(t testing.TB, e *Engine, question string) *verifier {
	t.Helper()
	q, err := e.analyse(context.Background(), question, "")
	if err != nil {
		t.Fatal(err)
	}
	return &verifier{q: q}
}
