// Command sourcebench measures source management (issue 12) for the
// README: how long adding a 50 KB article takes until a question is
// answered from it, and how many questions a second are answered while a
// reindex runs, with how many errors. It runs as the bot does, in one
// process: a source manager and an engine over one index, the pages
// served by a local web server.
//
//	go run -tags sqlite_fts5 ./scripts/sourcebench [-adds 15] [-kb 50] [-sources 2000] [-askers 2]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/internal/testpages"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/fetch"
	"github.com/quellen/quellen/retrieval/manage"
	"github.com/quellen/quellen/store"
)

func main() {
	adds := flag.Int("adds", 15, "articles to add, one after the other, for the median")
	kb := flag.Int("kb", 50, "size of each added article's text in `KB`")
	sources := flag.Int("sources", 2000, "sources of the collection the reindex builds")
	sourceKB := flag.Int("source-kb", 4, "size of each of those sources in `KB`")
	askers := flag.Int("askers", 2, "questions asked at once")
	flag.Parse()
	if err := run(*adds, *kb, *sources, *sourceKB, *askers); err != nil {
		fmt.Fprintln(os.Stderr, "sourcebench:", err)
		os.Exit(1)
	}
}

func run(adds, kb, nSources, sourceKB, askers int) error {
	ctx := context.Background()
	tmp, err := os.MkdirTemp("", "quellen-sourcebench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	st, err := store.Open(ctx, filepath.Join(tmp, "quellen.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	eng, err := retrieval.New(st, retrieval.Options{})
	if err != nil {
		return err
	}
	m := manage.New(eng, manage.Options{Dir: filepath.Join(tmp, "added-sources"), Fetcher: fetch.New(fetch.Options{AllowPrivate: true})})
	defaults, failed := retrieval.LoadSources(corpus.Default(), "default")
	if len(failed) > 0 {
		return failed[0]
	}
	if _, err := m.Sync(ctx, retrieval.IndexRequest{Collection: "default", Sources: defaults}, nil); err != nil {
		return err
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var seed uint64
		if _, err := fmt.Sscanf(r.URL.Path, "/article/%d", &seed); err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(testpages.Long(kb<<10, seed))
	}))
	defer srv.Close()
	// A first question loads the lexicons, as a running bot has.
	if _, err := eng.Ask(ctx, retrieval.Question{Text: "Wie viele US-Soldaten sind im Irak?"}); err != nil {
		return err
	}

	fmt.Printf("machine: %d cores (GOMAXPROCS %d), %s, %s/%s\n\n", runtime.NumCPU(), runtime.GOMAXPROCS(0), cpuModel(), runtime.GOOS, runtime.GOARCH)

	// 1. Add a 50 KB article and have it answered.
	addTimes, answerTimes, passages, err := addArticles(ctx, m, eng, srv.URL, 100, adds)
	if err != nil {
		return err
	}
	fmt.Printf("adding a %d KB article (%d passages) %d times, to the %d default sources and the articles added before:\n", kb, passages, adds, len(defaults))
	fmt.Printf("  add (fetch, extract, index, commit): median %s, slowest %s\n", median(addTimes), slices.Max(addTimes).Round(time.Millisecond))
	fmt.Printf("  add and answered from:               median %s, slowest %s\n\n", median(answerTimes), slices.Max(answerTimes).Round(time.Millisecond))

	// 2. Questions during a reindex of a larger collection.
	questions := []string{
		"Wie viele US-Soldaten sind im Irak?",
		"Wann endet die Mission der Koalition im Irak?",
		"Wer ist Daniel Shapiro?",
		fmt.Sprintf("Wie viele Soldaten umfasst die Übungsmission Nordlicht%d?", 100),
		"Was forderte das irakische Parlament?",
	}
	baseline := askFor(ctx, eng, questions, askers, func() bool { return false }, 10*time.Second)
	var synth []store.Source
	for i := range nSources {
		seed := uint64(10_000 + i)
		synth = append(synth, store.Source{ID: fmt.Sprintf("synth-%05d", i), Title: fmt.Sprintf("Lagebericht %d", seed), Language: "de",
			Text: strings.Join(testpages.LongText(sourceKB<<10, seed), "\n\n") + "\n", Hash: fmt.Sprint(seed), Origin: fmt.Sprintf("bench/synth-%05d.md", i)})
	}
	var reindexErr error
	var report retrieval.IndexReport
	var done atomic.Bool
	go func() {
		report, reindexErr = m.Sync(ctx, retrieval.IndexRequest{Collection: "bench", Sources: append(slices.Clone(defaults), synth...)}, nil)
		done.Store(true)
	}()
	during := askFor(ctx, eng, questions, askers, done.Load, time.Hour)
	if reindexErr != nil {
		return reindexErr
	}
	fmt.Printf("questions (%d at once) while a reindex adds %d sources of %d KB (%d passages, %s):\n", askers, report.Added, sourceKB, report.Passages, report.Duration.Round(time.Millisecond))
	fmt.Printf("  | | questions/s | p50 | p99 | errors |\n  |---|---|---|---|---|\n")
	fmt.Printf("  | no reindex (10 s) | %.1f | %s | %s | %d |\n", baseline.rate(), baseline.p(50), baseline.p(99), baseline.errors)
	fmt.Printf("  | during the reindex | %.1f | %s | %s | %d |\n", during.rate(), during.p(50), during.p(99), during.errors)
	if during.errors > 0 {
		return fmt.Errorf("%d questions failed during the reindex (first: %v)", during.errors, during.firstErr)
	}

	// 3. The same add on the larger index: an add passes every indexed
	// source back to Engine.Index unchanged.
	n := max(3, adds/3)
	addTimes, answerTimes, _, err = addArticles(ctx, m, eng, srv.URL, 500, n)
	if err != nil {
		return err
	}
	sources, _, _ := st.Counts(ctx)
	fmt.Printf("\nadding a %d KB article %d times to that index (%d sources):\n", kb, n, sources)
	fmt.Printf("  add: median %s, slowest %s; add and answered from: median %s\n", median(addTimes), slices.Max(addTimes).Round(time.Millisecond), median(answerTimes))
	return nil
}

// addArticles adds n articles of the local server, from seed on, each
// then asked for; it returns the time each add took, and until its
// answer, and the passages of the last.
func addArticles(ctx context.Context, m *manage.Manager, eng *retrieval.Engine, base string, seed uint64, n int) (adds, answers []time.Duration, passages int, err error) {
	for i := range n {
		s := seed + uint64(i)
		began := time.Now()
		results, err := m.Add(ctx, manage.Actor{UserID: "bench"}, []manage.Input{{URL: fmt.Sprintf("%s/article/%d", base, s)}}, nil)
		if err == nil {
			err = results[0].Err
		}
		if err != nil {
			return nil, nil, 0, fmt.Errorf("add %d: %w", s, err)
		}
		added := time.Since(began)
		a, err := eng.Ask(ctx, retrieval.Question{Text: fmt.Sprintf("Wie viele Soldaten umfasst die Übungsmission Nordlicht%d?", s)})
		if err != nil {
			return nil, nil, 0, err
		}
		answered := time.Since(began)
		if !cites(a, results[0].Added.Source.ID) {
			return nil, nil, 0, fmt.Errorf("add %d: the question is not answered from the article", s)
		}
		adds, answers = append(adds, added), append(answers, answered)
		passages = results[0].Added.Passages
	}
	return adds, answers, passages, nil
}

// asked is what askFor measured.
type asked struct {
	latencies []time.Duration
	errors    int
	firstErr  error
	elapsed   time.Duration
}

func (a asked) rate() float64 { return float64(len(a.latencies)+a.errors) / a.elapsed.Seconds() }

func (a asked) p(q int) time.Duration {
	if len(a.latencies) == 0 {
		return 0
	}
	s := slices.Clone(a.latencies)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*q/100)].Round(100 * time.Microsecond)
}

// askFor asks the questions in turn from n goroutines until stop says so
// or limit passes.
func askFor(ctx context.Context, eng *retrieval.Engine, questions []string, n int, stop func() bool, limit time.Duration) asked {
	var mu sync.Mutex
	var out asked
	began := time.Now()
	var wg sync.WaitGroup
	for w := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; !stop() && time.Since(began) < limit; i++ {
				t0 := time.Now()
				a, err := eng.Ask(ctx, retrieval.Question{Text: questions[i%len(questions)]})
				if err == nil && a == nil {
					err = errors.New("no answer")
				}
				d := time.Since(t0)
				mu.Lock()
				if err != nil {
					out.errors++
					if out.firstErr == nil {
						out.firstErr = err
					}
				} else {
					out.latencies = append(out.latencies, d)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	out.elapsed = time.Since(began)
	return out
}

func cites(a *retrieval.Answer, id string) bool {
	for _, c := range a.Citations {
		if c.SourceID == id {
			return true
		}
	}
	return false
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2].Round(time.Millisecond)
}

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
