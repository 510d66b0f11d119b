package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"

	"golang.org/x/term"

	"github.com/quellen/quellen/store"
)

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

func runIndex(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "index", "[--sources DIR] [--wait]")
	sourcesDir := fs.String("sources", "", "index the .md/.txt files of `DIR` (remembered for later runs); \"default\" goes back to the embedded collection")
	wait := fs.Bool("wait", false, "when another rebuild is running, wait for it to end instead of refusing")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return badInput("unexpected arguments %q", fs.Args())
	}
	collectForIndexing(e)
	x, err := openIndex(ctx, loadConfig(e), e.stderr)
	if err != nil {
		return err
	}
	defer x.Close()
	if err := x.writable(); err != nil {
		return err
	}
	st := x.store
	var waiting func(*store.BusyError)
	if *wait {
		waiting = func(busy *store.BusyError) {
			fmt.Fprintf(e.stderr, "quellen index: %v; waiting for it to end\n", busy)
		}
	}
	// The lock before anything else: a second rebuild is refused at once,
	// not after reading the whole collection.
	unlock, err := st.LockWriter(ctx, waiting)
	if err != nil {
		return err
	}
	defer unlock()
	// A rebuild is background work: questions asked meanwhile go first.
	backgroundPriority()
	col, err := resolveCollection(ctx, x.cfg, st, *sourcesDir)
	if err != nil {
		return err
	}
	defer col.close()
	fmt.Fprintf(e.stdout, "indexing %s into %s\n", clean(col.name), clean(st.Path()))
	progress := newProgress(e.stdout, e.stdoutIsTerminal)
	report, err := syncIndex(ctx, x.sources, col, progress.update)
	progress.finish()
	for _, f := range report.Failed {
		fmt.Fprintf(e.stderr, "failed: %s\n", clean(f.Error()))
	}
	if err != nil {
		return err
	}
	sources, passages, err := st.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "index version %d: %d sources, %d passages (%d added, %d updated, %d removed, %d unchanged, %d failed; %d passages written) in %s\n",
		report.Version, sources, passages, report.Added, report.Updated, report.Removed, report.Unchanged, len(report.Failed), report.Passages, report.Duration.Round(1e6))
	if len(report.Failed) > 0 {
		return partialError{fmt.Errorf("%d source files failed; the others are indexed", len(report.Failed))}
	}
	return nil
}

// progress shows how far a rebuild is: a bar redrawn in place on a
// terminal, a line every tenth otherwise.
type progress struct {
	w        io.Writer
	terminal bool
	mu       sync.Mutex
	lastStep int
	drawn    bool
}

func newProgress(w io.Writer, terminal bool) *progress {
	return &progress{w: w, terminal: terminal, lastStep: -1}
}

func (p *progress) update(done, total int) {
	if total == 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.terminal {
		const width = 30
		filled := done * width / total
		fmt.Fprintf(p.w, "\r[%s%s] %d/%d sources indexed", strings.Repeat("#", filled), strings.Repeat(" ", width-filled), done, total)
		p.drawn = true
		return
	}
	step := done * 10 / total
	if step != p.lastStep {
		p.lastStep = step
		fmt.Fprintf(p.w, "indexed %d/%d sources\n", done, total)
	}
}

func (p *progress) finish() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}

// indexGCPercent is the garbage collector's target while `quellen index`
// runs: collect when the heap has grown by half of what is live, not by all
// of it. Indexing makes much short-lived garbage around a live heap of
// tens of megabytes, so the default (100) lets the process grow to twice
// what it needs. Measured on the speed benchmark's 98,982 passages
// (`quellen eval speed`, 2 cores): peak resident memory 167 MB at 100,
// 133 MB at 50, 114 MB at 25; time 11.3 s, 11.9 s, 13.0 s. 50 buys a fifth
// of the memory for a twentieth of the time.
const indexGCPercent = 50

// collectForIndexing sets the collector's target for a process that
// indexes and answers nothing meanwhile (`quellen index`, the speed
// benchmark's indexing worker), unless GOGC says otherwise. The bot keeps
// the default: it answers questions while it reindexes.
func collectForIndexing(e *env) {
	if e.getenv("GOGC") == "" {
		debug.SetGCPercent(indexGCPercent)
	}
}
