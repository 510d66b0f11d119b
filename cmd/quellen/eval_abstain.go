package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"text/tabwriter"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/eval"
	"github.com/quellen/quellen/store"
)

// abstainTargets are the issue's: abstain on nine unanswerable questions in
// ten while answering nineteen answerable ones in twenty.
var abstainTargets = eval.Targets{Abstained: 0.90, Answered: 0.95}

// proposalFamilies are the rule shapes tried beyond the engine's: the
// margin between covered and absent weight, alone or with the window's
// vector similarity, and a bound on absent names.
var proposalFamilies = [][]eval.Feature{
	{eval.Margin, eval.AbsentNames},
	{eval.Support, eval.AbsentNames},
}

// Sweeps try bounds every fineStep; adding a third feature to the engine's
// two, every coarseStep, which is enough to rank the candidates.
const (
	fineStep   = 0.01
	coarseStep = 0.05
)

// candidateResult is how well one feature separates the sides alone, and
// the best rule adding it to the engine's two.
type candidateResult struct {
	Feature    eval.Feature `json:"feature"`
	Separation float64      `json:"separation"`
	Best       eval.Choice  `json:"best"`
}

// sanityResult is how each rule decides a sanity question.
type sanityResult struct {
	Question    string    `json:"question"`
	Answerable  bool      `json:"answerable"`
	Case        eval.Case `json:"case"`
	Default     bool      `json:"answered_default"`
	Recommended bool      `json:"answered_recommended"`
	Proposed    bool      `json:"answered_proposed"`
}

// abstainReport is everything `eval abstain` measures.
type abstainReport struct {
	Set          string       `json:"set"`
	Answerable   int          `json:"answerable"`
	Unanswerable int          `json:"unanswerable"`
	Leaked       int          `json:"unanswerable_with_answer_text_cited"`
	Targets      eval.Targets `json:"targets"`
	Frontier     []eval.Point `json:"frontier"`
	// Unchecked is the engine's best point when the sanity questions are
	// ignored.
	Unchecked        eval.Choice       `json:"best_ignoring_sanity"`
	Default          eval.Point        `json:"default"`
	Recommended      eval.Choice       `json:"recommended"`
	Candidates       []candidateResult `json:"candidates"`
	Proposal         eval.Choice       `json:"proposal"`
	ProposalFrontier []eval.Point      `json:"proposal_frontier"`
	HeldOut          eval.Point        `json:"proposal_held_out"`
	HeldOutRules     [2]eval.Rule      `json:"proposal_held_out_rules"`
	Sanity           []sanityResult    `json:"sanity"`
}

func runEvalAbstain(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval abstain", "[--set xquad-r-de|xquad-r-en] [--json] [--cases FILE] BENCHMARKS_DIR")
	setName := fs.String("set", "xquad-r-de", "development `set`; MLQA is the test set and calibrates nothing")
	asJSON := fs.Bool("json", false, "print JSON")
	casesPath := fs.String("cases", "", "also write every question's features as JSON Lines to `FILE`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return badInput("give the benchmarks folder, e.g. ../shared/benchmarks")
	}
	if *setName != "xquad-r-de" && *setName != "xquad-r-en" {
		return badInput("--set %q: abstention is calibrated on xquad-r-de or xquad-r-en", *setName)
	}
	set, err := loadBenchmarkSet(fs.Arg(0), *setName)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "quellen-abstain-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	var stores []*store.Store
	defer func() {
		for _, st := range stores {
			st.Close()
		}
	}()
	index := func(ctx context.Context, name string, sources []store.Source) (*retrieval.Engine, error) {
		st, err := store.Open(ctx, filepath.Join(tmp, "index-"+strconv.Itoa(len(stores))+".db"))
		if err != nil {
			return nil, err
		}
		stores = append(stores, st)
		p := eval.Permissive(retrieval.DefaultParams())
		eng, err := retrieval.New(st, retrieval.Options{Params: &p})
		if err != nil {
			return nil, err
		}
		if _, err := eng.Index(ctx, retrieval.IndexRequest{Collection: name, Sources: sources}, nil); err != nil {
			return nil, err
		}
		return eng, nil
	}

	sanity, err := sanityCases(ctx, index)
	if err != nil {
		return err
	}
	cases, err := eval.AbstentionCases(ctx, set, index)
	if err != nil {
		return err
	}
	if *casesPath != "" {
		if err := writeCases(*casesPath, cases); err != nil {
			return err
		}
	}
	r, err := measureAbstention(*setName, cases, sanity)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(r)
	}
	return printAbstention(e.stdout, r, sanity)
}

// sanityCases asks the sanity questions of the default corpus.
func sanityCases(ctx context.Context, index eval.Indexer) ([]eval.Case, error) {
	sources, failed := retrieval.LoadSources(corpus.Default(), "default")
	if len(failed) > 0 {
		return nil, fmt.Errorf("default corpus: %w", errors.Join(fileErrors(failed)...))
	}
	eng, err := index(ctx, "default", sources)
	if err != nil {
		return nil, err
	}
	asker := eval.NewAsker(eng)
	var cases []eval.Case
	for _, q := range eval.SanityQuestions {
		c, err := asker.Case(ctx, q.Question, nil)
		if err != nil {
			return nil, fmt.Errorf("sanity question %q: %w", q.Question, err)
		}
		c.Answerable = q.Answerable
		cases = append(cases, c)
	}
	return cases, nil
}

func fileErrors(failed []retrieval.FileError) []error {
	errs := make([]error, len(failed))
	for i, f := range failed {
		errs[i] = f
	}
	return errs
}

// measureAbstention sweeps the engine's thresholds and the proposed rule
// shapes over the cases.
func measureAbstention(setName string, cases, sanity []eval.Case) (*abstainReport, error) {
	r := &abstainReport{Set: setName, Targets: abstainTargets}
	for _, c := range cases {
		if c.Answerable {
			r.Answerable++
			continue
		}
		r.Unanswerable++
		if c.Hit {
			r.Leaked++
		}
	}
	grid, err := eval.Grid(fineStep, eval.EngineFeatures()...)
	if err != nil {
		return nil, err
	}
	points := eval.Sweep(cases, grid)
	r.Frontier = eval.Frontier(eval.Admissible(points, sanity))
	r.Unchecked, _ = eval.Recommend(points, abstainTargets, nil)
	lang := "de"
	if setName == "xquad-r-en" {
		lang = "en" // English questions have thresholds of their own
	}
	r.Default = eval.Measure(cases, eval.EngineRuleFor(retrieval.DefaultParams(), lang))
	var ok bool
	if r.Recommended, ok = eval.Recommend(points, abstainTargets, sanity); !ok {
		return nil, errors.New("no rule on the engine's features decides the sanity questions right")
	}

	r.Proposal = r.Recommended
	var proposalRules []eval.Rule
	for _, f := range eval.CandidateFeatures() {
		sep, err := eval.Separation(cases, f)
		if err != nil {
			return nil, err
		}
		rules, err := eval.Grid(coarseStep, append(eval.EngineFeatures(), f)...)
		if err != nil {
			return nil, err
		}
		best, ok := eval.Recommend(eval.Sweep(cases, rules), abstainTargets, sanity)
		if !ok {
			continue
		}
		r.Candidates = append(r.Candidates, candidateResult{f, sep, best})
		if better(best, r.Proposal) {
			r.Proposal, proposalRules = best, rules
		}
	}
	for _, family := range proposalFamilies {
		rules, err := eval.Grid(fineStep, family...)
		if err != nil {
			return nil, err
		}
		best, ok := eval.Recommend(eval.Sweep(cases, rules), abstainTargets, sanity)
		if ok && better(best, r.Proposal) {
			r.Proposal, proposalRules = best, rules
		}
	}
	if proposalRules == nil {
		proposalRules = grid
	}
	r.ProposalFrontier = eval.Frontier(eval.Admissible(eval.Sweep(cases, proposalRules), sanity))
	if r.HeldOutRules, r.HeldOut, err = eval.HeldOut(cases, proposalRules, abstainTargets, sanity); err != nil {
		return nil, err
	}
	defaults := eval.EngineRule(retrieval.DefaultParams())
	for _, c := range sanity {
		r.Sanity = append(r.Sanity, sanityResult{c.Question, c.Answerable, c,
			defaults.Answers(c), r.Recommended.Rule.Answers(c), r.Proposal.Rule.Answers(c)})
	}
	return r, nil
}

// better reports whether an operating point beats another: meeting the
// targets first, then keeping the answer rate, then abstaining more.
func better(a, b eval.Choice) bool {
	if a.Met != b.Met {
		return a.Met
	}
	keepsA, keepsB := a.Answered >= abstainTargets.Answered, b.Answered >= abstainTargets.Answered
	if keepsA != keepsB {
		return keepsA
	}
	if a.Met || keepsA {
		return a.Abstained > b.Abstained
	}
	return a.Answered+a.Abstained > b.Answered+b.Abstained
}

func printAbstention(w io.Writer, r *abstainReport, sanity []eval.Case) error {
	fmt.Fprintf(w, "%s: %d answerable questions (whole index), %d unanswerable (asked of the half of the articles lacking theirs;\n", r.Set, r.Answerable, r.Unanswerable)
	fmt.Fprintf(w, "  %d of them get a quote containing their answer text from another article anyway)\n", r.Leaked)
	fmt.Fprintf(w, "targets: abstained ≥ %.2f on unanswerable, answered ≥ %.2f on answerable; every rule is also checked on %d default-corpus sanity questions\n\n",
		r.Targets.Abstained, r.Targets.Answered, len(sanity))

	fmt.Fprintln(w, "trade-off of the engine's thresholds (Pareto frontier of coverage × absent among the rules deciding the sanity questions right, thinned; --json has every point):")
	if err := printPoints(w, thin(r.Frontier), sanity); err != nil {
		return err
	}
	fmt.Fprintf(w, "ignoring the sanity questions the engine's best is %s: answered %.3f, abstained %.3f (%s)\n",
		r.Unchecked.Rule, r.Unchecked.Answered, r.Unchecked.Abstained, r.Unchecked.Why)
	fmt.Fprintln(w, "\ncurrent defaults:")
	if err := printPoints(w, []eval.Point{r.Default}, sanity); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nrecommended on the engine's features (%s):\n", r.Recommended.Why)
	if err := printPoints(w, []eval.Point{r.Recommended.Point}, sanity); err != nil {
		return err
	}

	fmt.Fprintln(w, "\nfurther features: separation alone (ROC AUC) and the best rule adding each to coverage and absent:")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "feature\tAUC\tanswered\tabstained\thit@5 answered\trule")
	for _, c := range r.Candidates {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%.3f\t%s\n", c.Feature, c.Separation, c.Best.Answered, c.Best.Abstained, c.Best.HitAnswered, c.Best.Rule)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(w, "\nproposal (%s):\n", r.Proposal.Why)
	if err := printPoints(w, []eval.Point{r.Proposal.Point}, sanity); err != nil {
		return err
	}
	fmt.Fprintf(w, "held out (rule chosen on one half of the articles, measured on the other, both ways): answered %.3f, abstained %.3f, hit@5 answered %.3f\n  rules chosen: %s | %s\n",
		r.HeldOut.Answered, r.HeldOut.Abstained, r.HeldOut.HitAnswered, r.HeldOutRules[0], r.HeldOutRules[1])
	fmt.Fprintln(w, "\ntrade-off of the proposal's shape (Pareto frontier among the rules deciding the sanity questions right, thinned):")
	if err := printPoints(w, thin(r.ProposalFrontier), sanity); err != nil {
		return err
	}

	fmt.Fprintln(w, "\ndefault corpus sanity questions:")
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "question\tshould\tdefaults\trecommended\tproposal\tcoverage\tabsent\tabsent names\twindow vector")
	for _, s := range r.Sanity {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%.2f\t%.2f\t%.2f\t%.2f\n", s.Question, decision(s.Answerable), decision(s.Default), decision(s.Recommended), decision(s.Proposed),
			s.Case.Coverage, s.Case.Absent, s.Case.Signals.AbsentNames, s.Case.Signals.WindowVector)
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
		if math.Abs(p.Answered-last.Answered) >= thinStep || math.Abs(p.Abstained-last.Abstained) >= thinStep {
			out = append(out, p)
		}
	}
	return out
}

func decision(answered bool) string {
	if answered {
		return "answer"
	}
	return "abstain"
}

func printPoints(w io.Writer, points []eval.Point, sanity []eval.Case) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "rule\tanswered\tabstained\thit@5 answered\thit@5 all\tsanity")
	for _, p := range points {
		check := "ok"
		if wrong := p.Rule.Wrong(sanity); len(wrong) > 0 {
			check = fmt.Sprintf("%d wrong", len(wrong))
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%.3f\t%s\n", p.Rule, p.Answered, p.Abstained, p.HitAnswered, p.Hit, check)
	}
	return tw.Flush()
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
