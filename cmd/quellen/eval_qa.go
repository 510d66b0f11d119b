package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/eval"
)

// qaReport is what `eval qa` measures.
type qaReport struct {
	Split   string                   `json:"split"`
	All     eval.QAScores            `json:"all"`
	By      map[string]eval.QAScores `json:"by"`
	Results []eval.QAResult          `json:"results,omitempty"`
}

func runEvalQA(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval qa", "[--split "+strings.Join(eval.QASplits(), "|")+"] [--json] [--show] [--without-umlauts] [--param Name=value] BENCHMARKS_DIR")
	split := fs.String("split", "dev", "`half` of a QA set: dev, dev2, … (tune on them), test, test2, … (held back: report each once) or a probe (written while tuning)")
	asJSON := fs.Bool("json", false, "print JSON, with every question's result")
	show := fs.Bool("show", false, "print each question the engine got wrong (dev only)")
	plain := fs.Bool("without-umlauts", false, "ask each German question as typed without umlauts or ß (\"fuer\", \"Strasse\")")
	var params []string
	fs.Func("param", "try a parameter, `Name=value` (repeatable; see retrieval/params.go)", func(s string) error {
		params = append(params, s)
		return nil
	})
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return badInput("give the benchmarks folder, e.g. ../shared/benchmarks")
	}
	if *show && eval.IsHeldBack(*split) {
		return badInput("--show is for the dev half and the probes: the test half is reported once, not read while tuning")
	}
	questions, err := eval.LoadQA(*split)
	if err != nil {
		return badInput("%v", err)
	}
	if *plain {
		questions = eval.WithoutUmlauts(questions)
	}
	p := retrieval.DefaultParams()
	for _, kv := range params {
		name, value, _ := strings.Cut(kv, "=")
		if err := p.Set(name, value); err != nil {
			return badInput("--param %s: %v", kv, err)
		}
	}
	index, closeAll, err := tempIndexer(p, dictionary(loadConfig(e).dict))
	if err != nil {
		return err
	}
	defer closeAll()
	byCollection := make(map[string][]eval.QAQuestion)
	var names []string
	for _, q := range questions {
		if byCollection[q.Collection] == nil {
			names = append(names, q.Collection)
		}
		byCollection[q.Collection] = append(byCollection[q.Collection], q)
	}
	var results []eval.QAResult
	for _, name := range names {
		sources, err := eval.QACollection(name, fs.Arg(0))
		if err != nil {
			return err
		}
		texts := make(map[string]string, len(sources))
		for _, s := range sources {
			texts[s.ID] = s.Text
		}
		eng, err := index(ctx, "qa-"+name, sources)
		if err != nil {
			return err
		}
		more, err := eval.AskQA(ctx, eng, byCollection[name], texts)
		if err != nil {
			return err
		}
		results = append(results, more...)
	}
	r := qaReport{Split: *split, All: eval.ScoreQA(results), By: make(map[string]eval.QAScores)}
	groups := make(map[string][]eval.QAResult)
	for _, res := range results {
		for _, key := range []string{"collection=" + res.Collection, "lang=" + res.Lang, "style=" + res.Style, "type=" + res.Type} {
			groups[key] = append(groups[key], res)
		}
	}
	for key, rs := range groups {
		r.By[key] = eval.ScoreQA(rs)
	}
	if *asJSON {
		r.Results = results
		return json.NewEncoder(e.stdout).Encode(r)
	}
	if err := printQA(e.stdout, r); err != nil {
		return err
	}
	if *show {
		printWrong(e.stdout, results)
	}
	return nil
}

func printQA(w io.Writer, r qaReport) error {
	fmt.Fprintf(w, "QA set, %s half: %d questions (%d answerable, %d unanswerable)\n\n", r.Split, r.All.Questions, r.All.Answerable, r.All.Unanswerable)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "slice\tquestions\tright first\tright in 3\tdeclined\tall right\tmedian quotes\tverbatim\t")
	row := func(name string, s eval.QAScores) {
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.1f\t%.3f\t\n", name, s.Questions, s.FirstRight, s.InThree, s.Declined, s.Right, s.MedianQuotes, s.Verbatim)
	}
	row("all", r.All)
	keys := make([]string, 0, len(r.By))
	for k := range r.By {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		row(k, r.By[k])
	}
	return tw.Flush()
}

func printWrong(w io.Writer, results []eval.QAResult) {
	fmt.Fprintln(w)
	for _, r := range results {
		if r.Right() && (!r.Answerable || r.InThree) {
			continue
		}
		want := "decline"
		if r.Answerable {
			want = "„" + strings.Join(r.Accept, "“ | „") + "“"
		}
		fmt.Fprintf(w, "✗ %s [%s %s %s] %s\n  want %s\n  decision %+v\n", r.ID, r.Collection, r.Lang, r.Type, r.Question, want, r.Decision)
		if !r.Answered {
			fmt.Fprintln(w, "  declined")
		}
		for i, c := range r.Cited {
			fmt.Fprintf(w, "  [%d] %s\n", i+1, clip(c, 200))
		}
	}
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
