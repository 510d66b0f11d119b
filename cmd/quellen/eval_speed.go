package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/eval"
	"github.com/quellen/quellen/store"
)

// runEvalSpeed measures what the speed targets are about, in one process so
// that its peak resident memory is the figure: indexing rate, restart time,
// and question latency over a synthetic collection of the benchmark texts.
func runEvalSpeed(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval speed", "[--passages N] [--questions N] BENCHMARKS_DIR")
	passages := fs.Int("passages", 100_000, "passages in the synthetic collection")
	questions := fs.Int("questions", 500, "questions to time")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return badInput("give the benchmarks folder, e.g. ../shared/benchmarks")
	}
	xquad, err := loadBenchmarkSet(fs.Arg(0), "xquad-r-de")
	if err != nil {
		return err
	}
	mlqa, err := loadBenchmarkSet(fs.Arg(0), "mlqa-de")
	if err != nil {
		return err
	}
	sources := eval.Synthesize([]*eval.Set{xquad, mlqa}, *passages, 1)

	tmp, err := os.MkdirTemp("", "quellen-speed-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	path := filepath.Join(tmp, "speed.db")
	st, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	eng, err := retrieval.New(st, retrieval.Options{})
	if err != nil {
		return err
	}
	began := time.Now()
	report, err := eng.Index(ctx, retrieval.IndexRequest{Collection: "speed", Sources: sources}, nil)
	if err != nil {
		return err
	}
	indexTime := time.Since(began)
	st.Close()

	// A restart: open the store (vectors come from SQLite, nothing is
	// re-embedded) and answer the first question.
	runtime.GC()
	began = time.Now()
	st, err = store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	eng, err = retrieval.New(st, retrieval.Options{})
	if err != nil {
		return err
	}
	openTime := time.Since(began)
	items := append(xquad.Items, mlqa.Items...)
	if _, err := eng.Ask(ctx, retrieval.Question{Text: items[0].Question}); err != nil {
		return err
	}
	readyTime := time.Since(began)

	var latencies []time.Duration
	for i := 0; i < *questions; i++ {
		q := items[i*len(items) / *questions].Question
		t0 := time.Now()
		if _, err := eng.Ask(ctx, retrieval.Question{Text: q}); err != nil {
			return fmt.Errorf("ask %q: %w", q, err)
		}
		latencies = append(latencies, time.Since(t0))
	}
	slices.Sort(latencies)
	pct := func(p float64) time.Duration { return latencies[int(p*float64(len(latencies)-1))] }

	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "machine\t%d cores, %s/%s, %s\n", runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version())
	fmt.Fprintf(tw, "collection\t%d sources, %d passages\n", len(sources), report.Passages)
	fmt.Fprintf(tw, "indexing\t%s, %.0f passages/s\n", indexTime.Round(time.Millisecond), float64(report.Passages)/indexTime.Seconds())
	fmt.Fprintf(tw, "restart\topen %s, ready (first answer) %s, vectors loaded %d\n", openTime.Round(time.Millisecond), readyTime.Round(time.Millisecond), st.VectorCount())
	fmt.Fprintf(tw, "question latency\tmedian %s, p90 %s, p99 %s over %d questions\n", pct(0.5).Round(10*time.Microsecond), pct(0.9).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), len(latencies))
	fmt.Fprintf(tw, "peak resident memory\t%s\n", peakRSS())
	return tw.Flush()
}

// peakRSS reads the process's peak resident set size from /proc.
func peakRSS() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			if err != nil {
				return strings.TrimSpace(rest)
			}
			return fmt.Sprintf("%d MB", kb/1024)
		}
	}
	return "unknown"
}
