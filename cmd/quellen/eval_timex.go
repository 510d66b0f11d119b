package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/quellen/quellen/retrieval/timex/wikiwars"
)

// runEvalTimex scores the temporal tagger on WikiWarsDE: extraction
// precision, recall and F1 (strict and relaxed) and value accuracy, for the
// development documents (01–11) and the test documents (12–22).
func runEvalTimex(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval timex", "[--json] DIR  (the wikiwarsde folder, or the benchmarks folder holding it)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return badInput("give the WikiWarsDE folder, e.g. ../shared/benchmarks/wikiwarsde")
	}
	dir := fs.Arg(0)
	if _, err := os.Stat(filepath.Join(dir, "in")); err != nil {
		dir = filepath.Join(dir, "wikiwarsde")
	}
	corpus, err := wikiwars.Load(dir)
	if err != nil {
		return badInput("%v", err)
	}
	var results []wikiwars.Result
	for _, split := range []wikiwars.Split{wikiwars.Dev, wikiwars.Test} {
		if err := ctx.Err(); err != nil {
			return err
		}
		results = append(results, corpus.Evaluate(split))
	}
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(map[string]any{"benchmark": "wikiwarsde", "results": results})
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "split\tdocs\tgold\tpred\tstrict P\tstrict R\tstrict F1\trelaxed P\trelaxed R\trelaxed F1\tvalue acc")
	for _, r := range results {
		s := r.Scores
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n", r.Split, r.Documents, s.Gold, s.Predicted,
			s.StrictP, s.StrictR, s.StrictF1, s.RelaxedP, s.RelaxedR, s.RelaxedF1, s.ValueAccuracy)
	}
	fmt.Fprintln(tw, "HeidelTime (all 22, published)\t\t\t\t0.930\t0.830\t0.877\t0.989\t0.883\t0.933\t0.885")
	return tw.Flush()
}
