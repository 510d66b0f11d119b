package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/quellen/quellen/prompts"
	"github.com/quellen/quellen/retrieval"
)

var errFlagParse = errors.New("bad flags")

// newFlags returns a flag set that reports to stderr and returns errors
// instead of exiting.
func newFlags(e *env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: quellen %s %s\n", name, usage)
		fs.PrintDefaults()
	}
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return inputError{errors.New("see the usage above")}
		}
		return fmt.Errorf("%w: %v", errFlagParse, err)
	}
	return nil
}

func runAsk(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ask", `[--json] [--top N] "question"  |  quellen ask --batch [--json] < questions.txt`)
	asJSON := fs.Bool("json", false, "print the answer as JSON (JSON Lines with --batch)")
	top := fs.Int("top", 0, "cite up to `N` quotes (default: a short answer of the few that answer best)")
	batch := fs.Bool("batch", false, "read one question per line from standard input")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *top < 0 || *top > 50 {
		return badInput("--top %d: use a number from 1 to 50", *top)
	}
	if *batch && fs.NArg() > 0 {
		return badInput("--batch reads questions from standard input; give no question as an argument")
	}
	if !*batch && fs.NArg() == 0 {
		return badInput(`no question given; usage: quellen ask "Wie viele US-Soldaten sind im Irak?"`)
	}
	question := strings.Join(fs.Args(), " ")
	if !*batch {
		if err := checkQuestion(question); err != nil {
			return err
		}
	}

	x, err := openReadyIndex(ctx, e)
	if err != nil {
		return err
	}
	defer x.Close()

	tm, err := prompts.Load()
	if err != nil {
		return err
	}
	answer := func(q string) (*retrieval.Answer, error) {
		return x.engine.Ask(ctx, retrieval.Question{Text: q, Top: *top})
	}
	if !*batch {
		ans, err := answer(question)
		if err != nil {
			return err
		}
		return writeAnswer(e.stdout, tm, ans, *asJSON)
	}
	return askBatch(e, tm, answer, *asJSON)
}

// checkQuestion rejects what no search can answer, before any work.
func checkQuestion(q string) error {
	if strings.TrimSpace(q) == "" {
		return badInput("%v: ask something, e.g. \"Wie viele US-Soldaten sind im Irak?\"", retrieval.ErrEmptyQuestion)
	}
	if len([]rune(strings.TrimSpace(q))) > retrieval.MaxQuestionLength {
		return badInput("%v: shorten it", retrieval.ErrQuestionTooLong)
	}
	return nil
}

// askBatch answers one question per input line. A bad line gets an error
// line of its own and does not stop the others.
func askBatch(e *env, tm *prompts.Templates, answer func(string) (*retrieval.Answer, error), asJSON bool) error {
	in := bufio.NewScanner(e.stdin)
	in.Buffer(make([]byte, 64*1024), 1<<20)
	failed := 0
	for in.Scan() {
		q := strings.TrimSpace(in.Text())
		if q == "" {
			continue
		}
		var ans *retrieval.Answer
		err := checkQuestion(q)
		if err == nil {
			ans, err = answer(q)
		}
		if err != nil {
			failed++
			if asJSON {
				line, _ := json.Marshal(map[string]string{"question": q, "error": oneLine(err)})
				fmt.Fprintf(e.stdout, "%s\n", line)
			} else {
				fmt.Fprintf(e.stdout, "? %s\n! %s\n\n", clean(q), oneLine(err))
			}
			continue
		}
		if !asJSON {
			fmt.Fprintf(e.stdout, "? %s\n", clean(q))
		}
		if err := writeAnswer(e.stdout, tm, ans, asJSON); err != nil {
			return err
		}
		if !asJSON {
			fmt.Fprintln(e.stdout)
		}
	}
	if err := in.Err(); err != nil {
		return fmt.Errorf("read questions: %w", err)
	}
	if failed > 0 {
		return partialError{fmt.Errorf("%d questions could not be answered", failed)}
	}
	return nil
}

func writeAnswer(w io.Writer, tm *prompts.Templates, ans *retrieval.Answer, asJSON bool) error {
	if asJSON {
		b, err := json.Marshal(ans)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}
	fmt.Fprintln(w, cleanText(ans.Text))
	byN := make(map[int]retrieval.Citation)
	for _, c := range ans.Citations {
		byN[c.N] = c
	}
	for _, p := range ans.Points {
		fmt.Fprintln(w)
		if p.Label != "" {
			fmt.Fprintf(w, "%s:\n", clean(p.Label))
		}
		first := byN[p.Citations[0]]
		refs := make([]string, len(p.Citations))
		for i, n := range p.Citations {
			refs[i] = fmt.Sprintf("[%d]", n)
		}
		fmt.Fprintf(w, "  „%s“ %s\n", cleanText(first.Quote), strings.Join(refs, ""))
		for _, n := range p.Citations[1:] {
			if c := byN[n]; c.Quote != first.Quote {
				fmt.Fprintf(w, "  [%d] „%s“\n", n, cleanText(c.Quote))
			}
		}
	}
	if len(ans.Sources) > 0 {
		fmt.Fprintln(w)
	}
	// Each source once, with the numbers of the quotes cut from it.
	for _, s := range ans.Sources {
		refs := make([]string, len(s.Citations))
		for i, n := range s.Citations {
			refs[i] = fmt.Sprintf("[%d]", n)
		}
		c := retrieval.Citation{Title: s.Title, Outlet: s.Outlet, URL: s.URL, Published: s.Published, PublishedInferred: s.PublishedInferred}
		fmt.Fprintf(w, "%s %s\n", strings.Join(refs, ""), describeSource(tm, ans.Language, c))
	}
	if len(ans.Related) > 0 {
		heading, err := tm.Render(ans.Language, "related_heading", nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\n%s\n", heading)
		for _, c := range ans.Related {
			fmt.Fprintf(w, "  – „%s“ (%s)\n", cleanText(c.Quote), describeSource(tm, ans.Language, c))
		}
	}
	return nil
}

// describeSource writes "Title, Outlet, date (inferred), url".
func describeSource(tm *prompts.Templates, lang string, c retrieval.Citation) string {
	parts := []string{c.Title}
	if c.Outlet != "" {
		parts = append(parts, c.Outlet)
	}
	date, err := tm.Render(lang, "published", map[string]any{"Value": c.Published, "Inferred": c.PublishedInferred})
	if err != nil {
		date = c.Published
	}
	parts = append(parts, date)
	if c.URL != "" {
		parts = append(parts, c.URL)
	}
	return clean(strings.Join(parts, ", "))
}
