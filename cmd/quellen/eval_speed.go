package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/eval"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/store"
)

// runEvalSpeed measures what the speed targets are about over a synthetic
// collection of the benchmark texts: indexing rate, index size, peak
// memory, the time to the first answer after a restart, and question
// latency. Each side runs in processes of its own (`quellen eval
// speed-worker`, and with --against bleve the quellen-bleve binary of
// bench/bleve), so that each process's peak resident memory is its own
// figure. With --against bleve both index the same passages in turn, and
// answer the same questions alternately, one question to each before the
// next, so that the machine's load weighs on both alike; the ratios come
// from that one run.
func runEvalSpeed(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval speed", "[--passages N[,N…]] [--questions N] [--rounds N] [--against bleve [--bleve PATH]] BENCHMARKS_DIR")
	sizesFlag := fs.String("passages", "100000", "passages in the synthetic collection; several sizes comma-separated measure growth")
	questions := fs.Int("questions", 500, "questions to time")
	rounds := fs.Int("rounds", 3, "times each side builds the index (the median is reported)")
	against := fs.String("against", "", `measure beside "bleve" (bleve v2.5.7, German analyzer)`)
	blevePath := fs.String("bleve", "", "the quellen-bleve binary (`make bleve`); default: beside this binary")
	keep := fs.String("keep", "", "write the collections and indexes into `DIR` and keep them (default: a temporary folder, removed)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return badInput("give the benchmarks folder, e.g. ../shared/benchmarks")
	}
	var sizes []int
	for _, s := range strings.Split(*sizesFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return badInput("--passages %q: give positive numbers, comma-separated", *sizesFlag)
		}
		sizes = append(sizes, n)
	}
	if *questions <= 0 || *rounds <= 0 {
		return badInput("--questions and --rounds must be positive")
	}
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find this binary: %w", err)
	}
	sides := []side{{name: "quellen", index: []string{self, "eval", "speed-worker", "index"}, serve: []string{self, "eval", "speed-worker", "serve"}}}
	switch *against {
	case "":
	case "bleve":
		bin := *blevePath
		if bin == "" {
			bin = filepath.Join(filepath.Dir(self), "quellen-bleve")
		}
		if _, err := os.Stat(bin); err != nil {
			return badInput("no bleve side at %s (build it with 'make bleve', or give --bleve): %v", bin, err)
		}
		sides = append(sides, side{name: "bleve", index: []string{bin, "index"}, serve: []string{bin, "serve"}, passages: true})
	default:
		return badInput("--against %q: only bleve is known", *against)
	}

	xquad, err := loadBenchmarkSet(fs.Arg(0), "xquad-r-de")
	if err != nil {
		return err
	}
	mlqa, err := loadBenchmarkSet(fs.Arg(0), "mlqa-de")
	if err != nil {
		return err
	}
	items := append(xquad.Items, mlqa.Items...)
	var asked []string
	for i := 0; i < *questions; i++ {
		asked = append(asked, items[i*len(items) / *questions].Question)
	}

	fmt.Fprintf(e.stdout, "machine: %s\n", machine())
	for _, size := range sizes {
		work := *keep
		if work == "" {
			if work, err = os.MkdirTemp("", "quellen-speed-"); err != nil {
				return err
			}
		} else {
			work = filepath.Join(work, strconv.Itoa(size))
		}
		r, err := speedRun(ctx, e, work, sides, eval.Synthesize([]*eval.Set{xquad, mlqa}, size, 1), asked, *rounds)
		if *keep == "" {
			os.RemoveAll(work)
		}
		if err != nil {
			return err
		}
		r.print(e.stdout)
	}
	return nil
}

// side is one search engine measured: how to start its workers.
type side struct {
	name         string
	index, serve []string
	// passages: the side indexes sentence passages cut by Quellen's
	// segmenter (bleve), not whole sources.
	passages bool
}

// sideFigures are one side's measurements at one size.
type sideFigures struct {
	passages   int
	indexSecs  []float64
	indexBytes int64
	peakKB     int
	openUS     float64
	readyUS    float64
	rankUS     []float64
	askUS      []float64
	rankIDs    [][]string
}

type speedReport struct {
	sources, passages, questions int
	loadBefore, loadAfter        string
	sides                        []string
	figures                      map[string]*sideFigures
}

// speedRun measures every side on one collection.
func speedRun(ctx context.Context, e *env, tmp string, sides []side, sources []store.Source, questions []string, rounds int) (*speedReport, error) {
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return nil, err
	}
	sourcesFile, passagesFile := filepath.Join(tmp, "sources.jsonl"), filepath.Join(tmp, "passages.jsonl")
	nPassages, err := writeSpeedData(sources, sourcesFile, passagesFile)
	if err != nil {
		return nil, err
	}
	r := &speedReport{sources: len(sources), passages: nPassages, questions: len(questions), loadBefore: loadAverage(), figures: make(map[string]*sideFigures)}
	for _, s := range sides {
		r.sides = append(r.sides, s.name)
		r.figures[s.name] = &sideFigures{}
	}

	// Indexing: each side builds a fresh index in turn, the order
	// alternating from round to round; the last round's index is served.
	dirs := make(map[string]string)
	for round := range rounds {
		order := slices.Clone(sides)
		if round%2 == 1 {
			slices.Reverse(order)
		}
		for _, s := range order {
			dir := filepath.Join(tmp, fmt.Sprintf("%s-%d", s.name, round))
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, err
			}
			data := sourcesFile
			if s.passages {
				data = passagesFile
			}
			fmt.Fprintf(e.stderr, "eval speed: %d passages, round %d, indexing with %s\n", nPassages, round+1, s.name)
			var out struct {
				Passages  int     `json:"passages"`
				Seconds   float64 `json:"seconds"`
				PeakRSSKB int     `json:"peak_rss_kb"`
			}
			if err := runWorker(ctx, append(slices.Clone(s.index), dir, data), &out); err != nil {
				return nil, fmt.Errorf("%s index: %w", s.name, err)
			}
			f := r.figures[s.name]
			f.passages = out.Passages
			f.indexSecs = append(f.indexSecs, out.Seconds)
			f.peakKB = max(f.peakKB, out.PeakRSSKB)
			if f.indexBytes, err = dirBytes(dir); err != nil {
				return nil, err
			}
			if old := dirs[s.name]; old != "" && old != dir {
				os.RemoveAll(old)
			}
			dirs[s.name] = dir
		}
	}

	// Questions: a restart (open the index, answer the first question),
	// then every question ranked, one to each side in turn, then every
	// question answered in full the same way (bleve, which only ranks,
	// ranks again).
	fmt.Fprintf(e.stderr, "eval speed: %d passages, %d questions\n", nPassages, len(questions))
	servers := make([]*server, len(sides))
	for i, s := range sides {
		srv, openUS, err := startServer(ctx, append(slices.Clone(s.serve), dirs[s.name]))
		if err != nil {
			return nil, fmt.Errorf("%s serve: %w", s.name, err)
		}
		defer srv.stop()
		servers[i] = srv
		f := r.figures[s.name]
		f.openUS = openUS
		first, err := srv.ask(questions[0], "ask")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.name, err)
		}
		f.readyUS = openUS + first.US
	}
	for _, mode := range []string{"rank", "ask"} {
		for qi, q := range questions {
			for k := range servers {
				i := k
				if qi%2 == 1 {
					i = len(servers) - 1 - k
				}
				res, err := servers[i].ask(q, mode)
				if err != nil {
					return nil, fmt.Errorf("%s: %w", sides[i].name, err)
				}
				f := r.figures[sides[i].name]
				if mode == "rank" {
					f.rankUS = append(f.rankUS, res.US)
					f.rankIDs = append(f.rankIDs, res.IDs)
				} else {
					f.askUS = append(f.askUS, res.US)
				}
			}
		}
	}
	for i, srv := range servers {
		peak, err := srv.finish()
		if err != nil {
			return nil, fmt.Errorf("%s serve: %w", sides[i].name, err)
		}
		f := r.figures[sides[i].name]
		f.peakKB = max(f.peakKB, peak)
	}
	r.loadAfter = loadAverage()
	return r, nil
}

// writeSpeedData writes the sources for Quellen and their sentence
// passages, as Quellen cuts them, for a side that indexes passages.
func writeSpeedData(sources []store.Source, sourcesFile, passagesFile string) (int, error) {
	sf, err := os.Create(sourcesFile)
	if err != nil {
		return 0, err
	}
	defer sf.Close()
	pf, err := os.Create(passagesFile)
	if err != nil {
		return 0, err
	}
	defer pf.Close()
	sw, pw := bufio.NewWriter(sf), bufio.NewWriter(pf)
	senc, penc := json.NewEncoder(sw), json.NewEncoder(pw)
	n := 0
	for _, src := range sources {
		if err := senc.Encode(speedSource{ID: src.ID, Title: src.Title, Language: src.Language, Published: src.Published.Value, Text: src.Text}); err != nil {
			return 0, err
		}
		ord := 0
		for _, seg := range segment.Split(src.Text) {
			if !retrieval.IsPassage(src.Title, src.Text[seg.Start:seg.End], seg.Kind) {
				continue
			}
			if err := penc.Encode(map[string]string{"id": passageKey(src.ID, ord), "text": src.Text[seg.Start:seg.End]}); err != nil {
				return 0, err
			}
			ord++
			n++
		}
	}
	if err := sw.Flush(); err != nil {
		return 0, err
	}
	return n, pw.Flush()
}

// speedSource is a source as the benchmark's data file holds it.
type speedSource struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Language  string `json:"language"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// passageKey names a passage alike on both sides.
func passageKey(source string, ord int) string { return source + "/" + strconv.Itoa(ord) }

// runWorker runs a worker to its end and decodes the last line it prints.
func runWorker(ctx context.Context, argv []string, out any) error {
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("%w: %s", err, strings.TrimSpace(stderr.String()))
	}
	lines := strings.Split(strings.TrimSpace(string(stdout)), "\n")
	return json.Unmarshal([]byte(lines[len(lines)-1]), out)
}

// server is a running serve worker.
type server struct {
	cmd    *exec.Cmd
	in     io.WriteCloser
	out    *bufio.Scanner
	stderr *strings.Builder
}

type serverAnswer struct {
	US  float64  `json:"us"`
	IDs []string `json:"ids"`
}

func startServer(ctx context.Context, argv []string) (*server, float64, error) {
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	s := &server{cmd: cmd, stderr: &strings.Builder{}}
	cmd.Stderr = s.stderr
	var err error
	if s.in, err = cmd.StdinPipe(); err != nil {
		return nil, 0, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, 0, err
	}
	s.out = bufio.NewScanner(stdout)
	s.out.Buffer(make([]byte, 1<<20), 1<<24)
	if err := cmd.Start(); err != nil {
		return nil, 0, err
	}
	var open struct {
		OpenUS float64 `json:"open_us"`
	}
	if err := s.read(&open); err != nil {
		s.stop()
		return nil, 0, err
	}
	return s, open.OpenUS, nil
}

func (s *server) read(v any) error {
	if !s.out.Scan() {
		if err := s.out.Err(); err != nil {
			return err
		}
		return fmt.Errorf("the worker ended: %s", strings.TrimSpace(s.stderr.String()))
	}
	return json.Unmarshal(s.out.Bytes(), v)
}

func (s *server) ask(q, mode string) (serverAnswer, error) {
	line, err := json.Marshal(map[string]string{"q": q, "mode": mode})
	if err != nil {
		return serverAnswer{}, err
	}
	if _, err := s.in.Write(append(line, '\n')); err != nil {
		return serverAnswer{}, fmt.Errorf("ask %q: %w (%s)", q, err, strings.TrimSpace(s.stderr.String()))
	}
	var a serverAnswer
	if err := s.read(&a); err != nil {
		return a, fmt.Errorf("ask %q: %w", q, err)
	}
	return a, nil
}

// finish ends the worker's input and returns its peak resident memory.
func (s *server) finish() (int, error) {
	s.in.Close()
	var end struct {
		PeakRSSKB int `json:"peak_rss_kb"`
	}
	if err := s.read(&end); err != nil {
		return 0, err
	}
	return end.PeakRSSKB, s.cmd.Wait()
}

func (s *server) stop() {
	if s.cmd.ProcessState == nil && s.cmd.Process != nil {
		s.in.Close()
		s.cmd.Process.Kill()
		s.cmd.Wait()
	}
}

// dirBytes is the size of the files in a folder.
func dirBytes(dir string) (int64, error) {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		n += info.Size()
		return nil
	})
	return n, err
}

func (r *speedReport) print(w io.Writer) {
	fmt.Fprintf(w, "\n%d passages in %d sources, %d questions; load average %s before, %s after\n",
		r.passages, r.sources, r.questions, r.loadBefore, r.loadAfter)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	header := "\t"
	for _, s := range r.sides {
		header += s + "\t"
	}
	if len(r.sides) == 2 {
		header += "ratio\ttarget\t"
	}
	fmt.Fprintln(tw, header)
	row := func(name, target string, get func(*sideFigures) float64, unit func(float64) string) {
		line := name + "\t"
		var vals []float64
		for _, s := range r.sides {
			v := get(r.figures[s])
			vals = append(vals, v)
			line += unit(v) + "\t"
		}
		if len(vals) == 2 {
			ratio := "—"
			if vals[1] > 0 {
				ratio = fmt.Sprintf("%.2f", vals[0]/vals[1])
			}
			line += ratio + "\t" + target + "\t"
		}
		fmt.Fprintln(tw, line)
	}
	ms := func(us float64) string { return fmt.Sprintf("%.2f ms", us/1000) }
	mb := func(b float64) string { return fmt.Sprintf("%.1f MB", b/1e6) }
	rate := func(v float64) string { return fmt.Sprintf("%.0f/s", v) }
	row("question, ranked (median)", "≤ 2", func(f *sideFigures) float64 { return percentile(f.rankUS, 0.5) }, ms)
	row("question, ranked (p99)", "≤ 2", func(f *sideFigures) float64 { return percentile(f.rankUS, 0.99) }, ms)
	row("question, answered (median)", "", func(f *sideFigures) float64 { return percentile(f.askUS, 0.5) }, ms)
	row("question, answered (p99)", "", func(f *sideFigures) float64 { return percentile(f.askUS, 0.99) }, ms)
	row("index file", "≤ 2", func(f *sideFigures) float64 { return float64(f.indexBytes) }, mb)
	row("peak memory", "≤ 1.5", func(f *sideFigures) float64 { return float64(f.peakKB) * 1024 }, mb)
	row("open after a restart", "", func(f *sideFigures) float64 { return f.openUS }, ms)
	row("ready (first answer)", "", func(f *sideFigures) float64 { return f.readyUS }, ms)
	row("indexing (median of rounds)", "≥ 0.8", func(f *sideFigures) float64 {
		return float64(f.passages) / percentile(f.indexSecs, 0.5)
	}, rate)
	tw.Flush()
	if len(r.sides) == 2 {
		a, b := r.figures[r.sides[0]].rankIDs, r.figures[r.sides[1]].rankIDs
		shared, total := 0, 0
		for i := range a {
			for _, id := range a[i] {
				total++
				if slices.Contains(b[i], id) {
					shared++
				}
			}
		}
		if total > 0 {
			fmt.Fprintf(w, "top-10 overlap with %s: %.2f (the rankings differ by design: Quellen fuses the sentence's, its source's and its neighbours' scores)\n",
				r.sides[1], float64(shared)/float64(total))
		}
	}
}

// percentile is the p-quantile of vals (nearest rank), 0 for none.
func percentile(vals []float64, p float64) float64 {
	if len(vals) == 0 {
		return 0
	}
	s := slices.Clone(vals)
	slices.Sort(s)
	return s[int(p*float64(len(s)-1)+0.5)]
}

// machine describes the computer for the report.
func machine() string {
	model := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if name, ok := strings.CutPrefix(line, "model name"); ok {
				model = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":"))
				break
			}
		}
	}
	mem := ""
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if rest, ok := strings.CutPrefix(line, "MemTotal:"); ok {
				kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
				mem = fmt.Sprintf(", %.0f GiB", float64(kb)/(1<<20))
			}
		}
	}
	return fmt.Sprintf("%d cores (%s)%s, %s/%s, %s", runtime.NumCPU(), model, mem, runtime.GOOS, runtime.GOARCH, runtime.Version())
}

// loadAverage is the one-minute load average, "?" when unknown.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(data))[0]
}

// runEvalSpeedWorker is the Quellen side of `eval speed`, in a process of
// its own: "index DIR SOURCES.jsonl" builds an index in DIR and prints
// {passages, seconds, peak_rss_kb}; "serve DIR" prints {open_us} once the
// index is open, then answers each line {q, mode} of its input ("rank":
// the ten best passages; "ask": the whole answer) with {us, ids}, and at
// the end of its input prints {peak_rss_kb}.
func runEvalSpeedWorker(ctx context.Context, e *env, args []string) error {
	out := json.NewEncoder(e.stdout)
	switch {
	case len(args) == 3 && args[0] == "index":
		collectForIndexing(e) // as `quellen index` does
		began := time.Now()
		sources, err := readSpeedSources(args[2])
		if err != nil {
			return err
		}
		st, err := store.Open(ctx, filepath.Join(args[1], dbFile))
		if err != nil {
			return err
		}
		defer st.Close()
		eng, err := retrieval.New(st, retrieval.Options{Dictionary: dictionary(loadConfig(e).dict)})
		if err != nil {
			return err
		}
		report, err := eng.Index(ctx, retrieval.IndexRequest{Collection: "speed", Sources: sources}, nil)
		if err != nil {
			return err
		}
		return out.Encode(map[string]any{"passages": report.Passages, "seconds": time.Since(began).Seconds(), "peak_rss_kb": peakRSSKB()})
	case len(args) == 2 && args[0] == "serve":
		began := time.Now()
		st, err := store.OpenMode(ctx, filepath.Join(args[1], dbFile), store.ReadWrite)
		if err != nil {
			return err
		}
		defer st.Close()
		eng, err := retrieval.New(st, retrieval.Options{Dictionary: dictionary(loadConfig(e).dict)})
		if err != nil {
			return err
		}
		if err := out.Encode(map[string]any{"open_us": micros(time.Since(began))}); err != nil {
			return err
		}
		sc := bufio.NewScanner(e.stdin)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var req struct{ Q, Mode string }
			if err := json.Unmarshal(sc.Bytes(), &req); err != nil {
				return badInput("worker input: %v", err)
			}
			t0 := time.Now()
			var ids []string
			switch req.Mode {
			case "rank":
				ranked, err := eng.Rank(ctx, req.Q, 10)
				if err != nil {
					return fmt.Errorf("rank %q: %w", req.Q, err)
				}
				for _, r := range ranked {
					ids = append(ids, passageKey(r.SourceID, r.Ord))
				}
			case "ask":
				if _, err := eng.Ask(ctx, retrieval.Question{Text: req.Q}); err != nil && !errors.Is(err, retrieval.ErrEmptyQuestion) {
					return fmt.Errorf("ask %q: %w", req.Q, err)
				}
			default:
				return badInput("worker input: mode %q", req.Mode)
			}
			if err := out.Encode(serverAnswer{US: micros(time.Since(t0)), IDs: ids}); err != nil {
				return err
			}
		}
		if err := sc.Err(); err != nil {
			return err
		}
		return out.Encode(map[string]any{"peak_rss_kb": peakRSSKB()})
	}
	return badInput("usage: quellen eval speed-worker index DIR SOURCES.jsonl | serve DIR")
}

func readSpeedSources(path string) ([]store.Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []store.Source
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var s speedSource
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, store.Source{ID: s.ID, Title: s.Title, Language: s.Language, Text: s.Text, Hash: s.ID,
			Published: store.Date{Value: s.Published}})
	}
	return out, sc.Err()
}

func micros(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e3 }

// peakRSSKB reads the process's peak resident set size in kB from /proc, 0
// when it cannot.
func peakRSSKB() int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return kb
		}
	}
	return 0
}
