package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/eval"
	"github.com/quellen/quellen/store"
)

// benchmarkSets are the sets `eval retrieval --set` knows, relative to the
// benchmarks folder.
func loadBenchmarkSet(dir, name string) (*eval.Set, error) {
	switch name {
	case "xquad-r-de":
		de := filepath.Join(dir, "xquad-r", "de.json")
		return eval.LoadXQuADR(de, de)
	case "xquad-r-en":
		return eval.LoadXQuADR(filepath.Join(dir, "xquad-r", "de.json"), filepath.Join(dir, "xquad-r", "en.json"))
	case "xquad-r-de-en":
		return eval.LoadXQuADRPair(filepath.Join(dir, "xquad-r", "en.json"), "en", filepath.Join(dir, "xquad-r", "de.json"), "de")
	case "xquad-r-mixed":
		return eval.LoadXQuADRMixed(filepath.Join(dir, "xquad-r", "de.json"), filepath.Join(dir, "xquad-r", "en.json"))
	case "mlqa-de":
		return eval.LoadMLQA(filepath.Join(dir, "mlqa-de", "dev-context-de-question-de.jsonl"))
	}
	return nil, badInput("unknown set %q: use %s", name, setNames)
}

const setNames = "xquad-r-de, xquad-r-en, xquad-r-de-en, xquad-r-mixed or mlqa-de"

// half keeps the questions of every other article: half 1 the even-numbered
// articles, half 2 the odd ones, so that settings tuned on one half can be
// reported on the other. The index still holds every article.
func half(items []eval.Item, which int) []eval.Item {
	if which == 0 {
		return items
	}
	var out []eval.Item
	article := -1
	last := ""
	for _, it := range items {
		if it.Group != last {
			article++
			last = it.Group
		}
		if article%2 == which-1 {
			out = append(out, it)
		}
	}
	return out
}

// byLanguage splits items by question language when they have several.
func byLanguage(items []eval.Item) (langs []string, groups map[string][]eval.Item) {
	groups = make(map[string][]eval.Item)
	for _, it := range items {
		if _, ok := groups[it.Lang]; !ok {
			langs = append(langs, it.Lang)
		}
		groups[it.Lang] = append(groups[it.Lang], it)
	}
	return langs, groups
}

// ablations are the rankers compared: each part alone and the fusion.
func ablations(set string) []ablation {
	fused := retrieval.DefaultParams()
	bm25 := fused
	bm25.Context, bm25.Neighbour, bm25.Vector, bm25.ExpandTop, bm25.NumberBoost = 0, 0, 0, 0, 0
	bm25ctx := fused
	bm25ctx.Vector = 0
	withVectors := fused
	withVectors.Vector = 0.3
	vectors := fused
	vectors.Lexical, vectors.Context, vectors.Neighbour, vectors.ExpandTop, vectors.NumberBoost, vectors.Vector = 0, 0, 0, 0, 0, 1
	vectors.PassageLimit = 0
	out := []ablation{
		{name: "bm25 (sentences)", params: bm25},
		{name: "vectors", params: vectors},
		{name: "bm25 + source context", params: bm25ctx},
		{name: "bm25 + context + vectors (weight 0.3)", params: withVectors},
	}
	if set == "xquad-r-en" || set == "xquad-r-mixed" {
		out = append(out, ablation{name: "default without the dictionary", params: fused, noDictionary: true})
	}
	return append(out, ablation{name: "default", params: fused})
}

// ablation is one ranker compared by `eval retrieval --ablation`.
type ablation struct {
	name   string
	params retrieval.Params
	// noDictionary leaves English questions untranslated.
	noDictionary bool
}

func runEvalRetrieval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval retrieval", "[--set xquad-r-de|xquad-r-en|xquad-r-de-en|xquad-r-mixed|mlqa-de] [--half 1|2] [--ablation] [--json] BENCHMARKS_DIR")
	setName := fs.String("set", "xquad-r-de", "benchmark `set`: "+setNames)
	halfFlag := fs.Int("half", 0, "score only the questions of the even (1) or odd (2) articles")
	ablation := fs.Bool("ablation", false, "also score each part of the ranking alone")
	asJSON := fs.Bool("json", false, "print JSON")
	var overrides []string
	fs.Func("param", "override a ranking parameter of the default ranker, `Name=value` (repeatable)", func(s string) error {
		overrides = append(overrides, s)
		return nil
	})
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return badInput("give the benchmarks folder, e.g. ../shared/benchmarks")
	}
	set, err := loadBenchmarkSet(fs.Arg(0), *setName)
	if err != nil {
		return err
	}
	if *halfFlag < 0 || *halfFlag > 2 {
		return badInput("--half %d: use 1 or 2", *halfFlag)
	}
	set.Items = half(set.Items, *halfFlag)
	tmp, err := os.MkdirTemp("", "quellen-eval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	st, err := store.Open(ctx, filepath.Join(tmp, "eval.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	dict := dictionary(loadConfig(e).dict)
	// The default ranking gives vectors no weight, so its index holds
	// none; the ablation's vector rankers need an index built with them.
	indexParams := retrieval.DefaultParams()
	if *ablation {
		indexParams.Vector = 0.3
	}
	eng, err := retrieval.New(st, retrieval.Options{Dictionary: dict, Params: &indexParams})
	if err != nil {
		return err
	}
	began := time.Now()
	if _, err := eng.Index(ctx, retrieval.IndexRequest{Collection: set.Name, Sources: set.Sources}, nil); err != nil {
		return err
	}
	indexTime := time.Since(began)

	type row struct {
		Ranker string `json:"ranker"`
		eval.Scores
	}
	var rows []row
	configs := ablations(*setName)
	if !*ablation {
		configs = configs[len(configs)-1:]
	}
	for _, o := range overrides {
		name, value, ok := strings.Cut(o, "=")
		if !ok {
			return badInput("--param %q: use Name=value", o)
		}
		last := &configs[len(configs)-1]
		if err := last.params.Set(name, value); err != nil {
			return badInput("--param: %v", err)
		}
		last.name = "default with --param"
	}
	for _, c := range configs {
		p := c.params
		opts := retrieval.Options{Params: &p, Dictionary: dict}
		if c.noDictionary {
			opts.Dictionary = nil
		}
		ranker, err := retrieval.New(st, opts)
		if err != nil {
			return err
		}
		langs, groups := byLanguage(set.Items)
		for _, lang := range langs {
			scores, err := eval.Retrieval(ctx, ranker, groups[lang])
			if err != nil {
				return err
			}
			name := c.name
			if len(langs) > 1 {
				name += " (" + lang + " questions)"
			}
			rows = append(rows, row{name, scores})
		}
	}
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(map[string]any{"set": *setName, "sources": len(set.Sources), "results": rows})
	}
	_, passages, _ := st.Counts(ctx)
	fmt.Fprintf(e.stdout, "%s: %d questions, %d sources, %d passages (indexed in %s)\n\n", *setName, len(set.Items), len(set.Sources), passages, indexTime.Round(time.Millisecond))
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ranker\thit@1\thit@5\thit@10\tMRR@10")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%.3f\n", r.Ranker, r.Hit1, r.Hit5, r.Hit10, r.MRR10)
	}
	return tw.Flush()
}
