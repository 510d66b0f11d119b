package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"text/tabwriter"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/eval"
	"github.com/quellen/quellen/retrieval/translate"
	"github.com/quellen/quellen/store"
)

// abstainReport is what `eval abstain` measures: the engine's thresholds
// and the frontier of the others, decided by the engine's own rule.
type abstainReport struct {
	Set          string       `json:"set"`
	Answerable   int          `json:"answerable"`
	Unanswerable int          `json:"unanswerable"`
	Leaked       int          `json:"unanswerable_with_answer_text_cited"`
	Default      eval.Point   `json:"default"`
	Frontier     []eval.Point `json:"frontier"`
}

func runEvalAbstain(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval abstain", "[--set xquad-r-de|xquad-r-en] [--json] [--cases FILE] BENCHMARKS_DIR")
	setName := fs.String("set", "xquad-r-de", "development `set`; MLQA is the test set and calibrates nothing")
	asJSON := fs.Bool("json", false, "print JSON")
	casesPath := fs.String("cases", "", "also write every question's decision as JSON Lines to `FILE`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return badInput("give the benchmarks folder, e.g. ../shared/benchmarks")
	}
	if *setName != "xquad-r-de" && *setName != "xquad-r-en" {
		return badInput("--set %q: abstention is measured on xquad-r-de or xquad-r-en", *setName)
	}
	set, err := loadBenchmarkSet(fs.Arg(0), *setName)
	if err != nil {
		return err
	}
	index, closeAll, err := tempIndexer(eval.Permissive(retrieval.DefaultParams()), dictionary(loadConfig(e).dict))
	if err != nil {
		return err
	}
	defer closeAll()
	cases, err := eval.AbstentionCases(ctx, set, index)
	if err != nil {
		return err
	}
	if *casesPath != "" {
		if err := writeCases(*casesPath, cases); err != nil {
			return err
		}
	}
	r := &abstainReport{Set: *setName, Default: eval.Measure(cases, retrieval.DefaultParams())}
	for _, c := range cases {
		if c.Answerable {
			r.Answerable++
		} else {
			r.Unanswerable++
			if c.Hit {
				r.Leaked++
			}
		}
	}
	r.Frontier = thin(eval.Frontier(eval.Sweep(cases, retrieval.DefaultParams(), eval.Steps(0, 1, 0.05), eval.Steps(0, 1, 0.1))))
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(r)
	}
	return printAbstention(e.stdout, r)
}

// tempIndexer indexes collections into stores in a temporary folder, with
// params p and the English-German dictionary dict; closeAll closes them and
// removes the folder.
func tempIndexer(p retrieval.Params, dict func() (*translate.Dictionary, error)) (index eval.Indexer, closeAll func(), err error) {
	tmp, err := os.MkdirTemp("", "quellen-eval-")
	if err != nil {
		return nil, nil, err
	}
	var stores []*store.Store
	closeAll = func() {
		for _, st := range stores {
			st.Close()
		}
		os.RemoveAll(tmp)
	}
	index = func(ctx context.Context, name string, sources []store.Source) (*retrieval.Engine, error) {
		st, err := store.Open(ctx, filepath.Join(tmp, "index-"+strconv.Itoa(len(stores))+".db"))
		if err != nil {
			return nil, err
		}
		stores = append(stores, st)
		eng, err := retrieval.New(st, retrieval.Options{Params: &p, Dictionary: dict})
		if err != nil {
			return nil, err
		}
		if _, err := eng.Index(ctx, retrieval.IndexRequest{Collection: name, Sources: sources}, nil); err != nil {
			return nil, err
		}
		return eng, nil
	}
	return index, closeAll, nil
}

func printAbstention(w io.Writer, r *abstainReport) error {
	fmt.Fprintf(w, "%s: %d answerable, %d unanswerable questions (%d of those cite the answer text from another article)\n\n",
		r.Set, r.Answerable, r.Unanswerable, r.Leaked)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "coverage ≥\tabsent names ≤\tanswered\tdeclined\thit@5 among answered\t")
	row := func(p eval.Point, mark string) {
		fmt.Fprintf(tw, "%.2f\t%.2f\t%.3f\t%.3f\t%.3f\t%s\n", p.MinCoverage, p.MaxAbsentNames, p.Answered, p.Declined, p.HitAnswered, mark)
	}
	row(r.Default, "default")
	for _, p := range r.Frontier {
		row(p, "")
	}
	return tw.Flush()
}

// thinStep is the least change in either rate between two frontier points
// printed: a readable table of a curve that moves in small steps.
const thinStep = 0.02

// thin keeps the frontier's ends and the points at least thinStep apart
// from the last one kept.
func thin(frontier []eval.Point) []eval.Point {
	var out []eval.Point
	for i, p := range frontier {
		if i == 0 || i == len(frontier)-1 {
			out = append(out, p)
			continue
		}
		last := out[len(out)-1]
		if math.Abs(p.Answered-last.Answered) >= thinStep || math.Abs(p.Declined-last.Declined) >= thinStep {
			out = append(out, p)
		}
	}
	return out
}

func writeCases(path string, cases []eval.Case) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, c := range cases {
		if err := enc.Encode(c); err != nil {
			f.Close()
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	return f.Close()
}
