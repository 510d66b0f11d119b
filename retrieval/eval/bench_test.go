package eval

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

const benchmarksDir = "../../../shared/benchmarks"

func benchEngine(b *testing.B, sources []store.Source) *retrieval.Engine {
	b.Helper()
	st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	e, err := retrieval.New(st, retrieval.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := e.Index(context.Background(), retrieval.IndexRequest{Collection: "bench", Sources: sources}, nil); err != nil {
		b.Fatal(err)
	}
	return e
}

// BenchmarkAskDefaultCorpus answers questions from the embedded default
// collection in-process (target: ≤ 1 ms median).
func BenchmarkAskDefaultCorpus(b *testing.B) {
	sources, failed := retrieval.LoadSources(corpus.Default(), "default")
	if len(failed) > 0 {
		b.Fatal(failed)
	}
	e := benchEngine(b, sources)
	questions := []string{"Wie viele US-Soldaten sind im Irak?", "Wann endet die Mission der Koalition?", "Welche Rolle spielt China?"}
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		if _, err := e.Ask(ctx, retrieval.Question{Text: questions[i%len(questions)]}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAskSynthetic answers benchmark questions over a synthetic
// collection of QUELLEN_BENCH_PASSAGES passages (default 20,000) built from
// the benchmark texts; `quellen eval speed` measures the full 100,000.
func BenchmarkAskSynthetic(b *testing.B) {
	xquad, n := syntheticBenchSet(b)
	e := benchEngine(b, Synthesize([]*Set{xquad}, n, 1))
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		if _, err := e.Ask(ctx, retrieval.Question{Text: xquad.Items[(i*37)%len(xquad.Items)].Question}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRankSynthetic ranks benchmark questions (the ten best
// passages, no answer) over the synthetic collection of
// QUELLEN_BENCH_PASSAGES passages: what `quellen eval speed` compares with
// bleve.
func BenchmarkRankSynthetic(b *testing.B) {
	xquad, n := syntheticBenchSet(b)
	e := benchEngine(b, Synthesize([]*Set{xquad}, n, 1))
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		if _, err := e.Rank(ctx, xquad.Items[(i*37)%len(xquad.Items)].Question, 10); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRankSpeedQuestions ranks the questions `quellen eval speed`
// times (500 drawn evenly from XQuAD-R German and MLQA German) over a
// synthetic collection of both sets' contexts of QUELLEN_BENCH_PASSAGES
// passages: the ranking half of that comparison in one process, without
// bleve.
func BenchmarkRankSpeedQuestions(b *testing.B) {
	xquad, n := syntheticBenchSet(b)
	mlqa, err := LoadMLQA(benchmarksDir + "/mlqa-de/dev-context-de-question-de.jsonl")
	if err != nil {
		b.Skipf("no benchmark data: %v", err)
	}
	e := benchEngine(b, Synthesize([]*Set{xquad, mlqa}, n, 1))
	items := append(append([]Item(nil), xquad.Items...), mlqa.Items...)
	qs := make([]string, 0, speedQuestions)
	for i := range speedQuestions {
		qs = append(qs, items[i*len(items)/speedQuestions].Question)
	}
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		if _, err := e.Rank(ctx, qs[i%len(qs)], 10); err != nil {
			b.Fatal(err)
		}
	}
}

// speedQuestions is how many questions `quellen eval speed` asks by
// default.
const speedQuestions = 500

// BenchmarkIndexSynthetic indexes a synthetic collection of
// QUELLEN_BENCH_PASSAGES passages (default 20,000) into a fresh index.
func BenchmarkIndexSynthetic(b *testing.B) {
	xquad, n := syntheticBenchSet(b)
	sources := Synthesize([]*Set{xquad}, n, 1)
	for b.Loop() {
		benchEngine(b, sources)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "passages/s")
}

// syntheticBenchSet is the XQuAD-R German set the synthetic benchmarks draw
// their sentences and questions from, and how many passages to make:
// QUELLEN_BENCH_PASSAGES, by default 20,000. Without the benchmark data
// the benchmark is skipped.
func syntheticBenchSet(b *testing.B) (*Set, int) {
	xquad, err := LoadXQuADR(benchmarksDir+"/xquad-r/de.json", benchmarksDir+"/xquad-r/de.json")
	if err != nil {
		b.Skipf("no benchmark data: %v", err)
	}
	n := 20_000
	if s := os.Getenv("QUELLEN_BENCH_PASSAGES"); s != "" {
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	return xquad, n
}
