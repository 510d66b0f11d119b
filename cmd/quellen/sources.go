package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/quellen/quellen/prompts"
	"github.com/quellen/quellen/retrieval/manage"
	"github.com/quellen/quellen/store"
)

// sourceJSON is the shape of `quellen sources --json`.
type sourceJSON struct {
	ID                 string `json:"id"`
	Title              string `json:"title"`
	Outlet             string `json:"outlet"`
	URL                string `json:"url"`
	Language           string `json:"language"`
	Published          string `json:"published"`
	PublishedPrecision string `json:"published_precision"`
	PublishedInferred  bool   `json:"published_inferred"`
	Note               string `json:"note"`
	Origin             string `json:"origin"`
	Hash               string `json:"hash"`
}

func toSourceJSON(s store.Source) sourceJSON {
	return sourceJSON{ID: s.ID, Title: s.Title, Outlet: s.Outlet, URL: s.URL, Language: s.Language,
		Published: s.Published.Value, PublishedPrecision: s.Published.Precision(), PublishedInferred: s.Published.Inferred,
		Note: s.Note, Origin: s.Origin, Hash: s.Hash}
}

// runSources lists the sources, or with a subcommand manages the ones
// moderators add.
func runSources(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "list":
			return runSourcesList(ctx, e, args[1:])
		case "add":
			return runSourcesAdd(ctx, e, args[1:])
		case "remove":
			return runSourcesRemove(ctx, e, args[1:])
		case "refresh":
			return runSourcesRefresh(ctx, e, args[1:])
		case "log":
			return runSourcesLog(ctx, e, args[1:])
		}
	}
	return runSourcesList(ctx, e, args)
}

func runSourcesList(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sources", "[list] [--json]  |  quellen sources add|remove|refresh|log … (see the README)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return badInput("unknown subcommand or argument %q: use list, add, remove, refresh or log", fs.Arg(0))
	}
	x, err := openReadyIndex(ctx, e)
	if err != nil {
		return err
	}
	defer x.Close()
	sources, err := x.engine.Sources(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]sourceJSON, 0, len(sources))
		for _, s := range sources {
			out = append(out, toSourceJSON(s))
		}
		return printJSON(e.stdout, out)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tOUTLET\tTITLE")
	for _, s := range sources {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", clean(s.ID), describeDate(s.Published), clean(s.Outlet), clean(s.Title))
	}
	return tw.Flush()
}

func describeDate(d store.Date) string {
	if !d.Known() {
		return "unknown"
	}
	date := prompts.FormatDate("en", d.Value)
	if d.Inferred {
		date += " (inferred)"
	}
	return date
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// cliActor names the user of the command line in the audit trail.
func cliActor() manage.Actor {
	name := ""
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	if name == "" {
		name = "unknown"
	}
	return manage.Actor{UserID: "cli:" + name}
}

// openWriter opens the index for a change of its sources: built if it
// never was, and writable.
func openWriter(ctx context.Context, e *env) (*index, error) {
	x, err := openReadyIndex(ctx, e)
	if err != nil {
		return nil, err
	}
	if err := x.writable(); err != nil {
		x.Close()
		return nil, err
	}
	return x, nil
}

// waitingNote tells the user once that a change waits for another.
func waitingNote(e *env, cmd string) manage.Waiting {
	return func(busy *store.BusyError) {
		if busy != nil {
			fmt.Fprintf(e.stderr, "quellen %s: %v; waiting for it to end\n", cmd, busy)
			return
		}
		fmt.Fprintf(e.stderr, "quellen %s: waiting for another change of the sources to end\n", cmd)
	}
}

// addedJSON is one added source in `sources add --json`.
type addedJSON struct {
	sourceJSON
	Author   string   `json:"author"`
	DateFrom string   `json:"date_from"`
	Passages int      `json:"passages"`
	Warnings []string `json:"warnings"`
}

// failedJSON is an input that was not added or changed.
type failedJSON struct {
	Input       string `json:"input"`
	Error       string `json:"error"`
	Refused     bool   `json:"refused"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

func toFailedJSON(input string, err error) failedJSON {
	f := failedJSON{Input: input, Error: err.Error(), Refused: manage.Refused(err)}
	var dup *manage.DuplicateError
	if errors.As(err, &dup) {
		f.DuplicateOf = dup.Of.ID
	}
	return f
}

func runSourcesAdd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sources add", "[--json] URL|FILE...")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return badInput("give the address of an article (http or https) or an .html, .md or .txt file")
	}
	var inputs []manage.Input
	for _, arg := range fs.Args() {
		in, err := readInput(arg)
		if err != nil {
			return err
		}
		inputs = append(inputs, in)
	}
	x, err := openWriter(ctx, e)
	if err != nil {
		return err
	}
	defer x.Close()
	results, err := x.sources.Add(ctx, cliActor(), inputs, waitingNote(e, "sources add"))
	if err != nil && results == nil {
		return err
	}
	out := struct {
		Added  []addedJSON  `json:"added"`
		Failed []failedJSON `json:"failed"`
	}{Added: []addedJSON{}, Failed: []failedJSON{}}
	var failures []error
	for _, r := range results {
		if r.Err != nil {
			failures = append(failures, r.Err)
			out.Failed = append(out.Failed, toFailedJSON(r.Input.String(), r.Err))
			if !*asJSON {
				fmt.Fprintf(e.stderr, "quellen sources add: %s\n", oneLine(errors.New(manage.Describe(r.Input.String(), r.Err))))
			}
			continue
		}
		a := r.Added
		out.Added = append(out.Added, addedJSON{sourceJSON: toSourceJSON(a.Source), Author: a.Author, DateFrom: a.DateFrom, Passages: a.Passages, Warnings: nonNil(a.Warnings)})
		if !*asJSON {
			printAdded(e, a)
		}
	}
	if *asJSON {
		if err := printJSON(e.stdout, out); err != nil {
			return err
		}
	}
	if err != nil {
		return err
	}
	return outcome(failures, len(results), "added")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// printAdded shows an added source: id, title, outlet, date and where it
// came from, passages, and any warning.
func printAdded(e *env, a *manage.Added) {
	s := a.Source
	fmt.Fprintf(e.stdout, "added %s\n", clean(s.ID))
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(tw, "  %s\t%s\n", k, clean(v))
		}
	}
	row("title", s.Title)
	row("outlet", s.Outlet)
	row("author", a.Author)
	date := describeDate(s.Published)
	switch {
	case !s.Published.Known() || s.Published.Inferred:
	case a.DateFrom != "":
		date += " (printed: " + a.DateFrom + ")"
	default:
		date += " (printed)"
	}
	row("date", date)
	row("language", s.Language)
	row("address", s.URL)
	row("passages", fmt.Sprint(a.Passages))
	tw.Flush()
	for _, w := range a.Warnings {
		fmt.Fprintf(e.stderr, "quellen sources add: warning: %s: %s\n", clean(s.ID), clean(w))
	}
}

// outcome is the command's error for its failures: none, all refused
// (the user's input: exit 2), or some (exit 1).
func outcome(failures []error, total int, what string) error {
	if len(failures) == 0 {
		return nil
	}
	refused := 0
	for _, err := range failures {
		if manage.Refused(err) {
			refused++
		}
	}
	if refused == len(failures) && len(failures) == total {
		if total == 1 {
			return inputError{errors.New("nothing was " + what)}
		}
		return inputError{fmt.Errorf("none of the %d was %s", total, what)}
	}
	return partialError{fmt.Errorf("%d of %d not %s", len(failures), total, what)}
}

// readInput makes an argument an input: an address when it has a
// scheme, else a file, read up to the size a source may have.
func readInput(arg string) (manage.Input, error) {
	if strings.Contains(arg, "://") {
		return manage.Input{URL: arg}, nil
	}
	f, err := os.Open(arg)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && !strings.ContainsAny(arg, `/\`) || strings.HasPrefix(arg, "www.") {
			return manage.Input{}, badInput("%s is no file; an address needs http:// or https:// in front", clean(arg))
		}
		return manage.Input{}, badInput("%v", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return manage.Input{}, badInput("%v", err)
	}
	if !info.Mode().IsRegular() {
		return manage.Input{}, badInput("%s is not a regular file", clean(arg))
	}
	data, err := io.ReadAll(io.LimitReader(f, manage.MaxFileBytes+1))
	if err != nil {
		return manage.Input{}, fmt.Errorf("read %s: %w", clean(arg), err)
	}
	return manage.Input{Name: filepath.Base(arg), Data: data}, nil
}

func runSourcesRemove(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sources remove", "[--json] ID")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return badInput("give the id of one added source ('quellen sources' lists them)")
	}
	x, err := openWriter(ctx, e)
	if err != nil {
		return err
	}
	defer x.Close()
	src, err := x.sources.Remove(ctx, cliActor(), fs.Arg(0), waitingNote(e, "sources remove"))
	if err != nil {
		if manage.Refused(err) {
			return inputError{err}
		}
		return err
	}
	version, err := x.engine.IndexVersion(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(e.stdout, struct {
			Removed      sourceJSON `json:"removed"`
			IndexVersion int        `json:"index_version"`
		}{toSourceJSON(src), version})
	}
	fmt.Fprintf(e.stdout, "removed %s (%s); index version %d\n", clean(src.ID), clean(src.Title), version)
	return nil
}

type refreshedJSON struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	URL      string   `json:"url"`
	Changed  bool     `json:"changed"`
	Passages int      `json:"passages,omitempty"`
	Warnings []string `json:"warnings"`
	Error    string   `json:"error,omitempty"`
}

func runSourcesRefresh(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sources refresh", "[--json] [ID]")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return badInput("give one id, or none to refresh every added source with an address")
	}
	x, err := openWriter(ctx, e)
	if err != nil {
		return err
	}
	defer x.Close()
	out, err := x.sources.Refresh(ctx, cliActor(), fs.Arg(0), waitingNote(e, "sources refresh"))
	if err != nil && out == nil {
		if manage.Refused(err) {
			return inputError{err}
		}
		return err
	}
	list := []refreshedJSON{}
	var failures []error
	for _, r := range out {
		j := refreshedJSON{ID: r.Source.ID, Title: r.Source.Title, URL: r.Source.URL, Changed: r.Changed, Passages: r.Passages, Warnings: nonNil(r.Warnings)}
		switch {
		case r.Err != nil:
			failures = append(failures, r.Err)
			j.Error = r.Err.Error()
			if !*asJSON {
				fmt.Fprintf(e.stderr, "quellen sources refresh: %s: %s\n", clean(r.Source.ID), oneLine(r.Err))
			}
		case r.Changed:
			if !*asJSON {
				fmt.Fprintf(e.stdout, "updated %s: its text changed; %d passages\n", clean(r.Source.ID), r.Passages)
			}
		default:
			if !*asJSON {
				fmt.Fprintf(e.stdout, "unchanged %s\n", clean(r.Source.ID))
			}
		}
		list = append(list, j)
	}
	if *asJSON {
		if err := printJSON(e.stdout, struct {
			Refreshed []refreshedJSON `json:"refreshed"`
		}{list}); err != nil {
			return err
		}
	} else if len(out) == 0 {
		fmt.Fprintln(e.stdout, "no added source has an address to fetch it from")
	}
	if err != nil {
		return err
	}
	return outcome(failures, len(out), "refreshed")
}

type auditJSON struct {
	At      time.Time `json:"at"`
	User    string    `json:"user"`
	Guild   string    `json:"guild,omitempty"`
	Action  string    `json:"action"`
	Outcome string    `json:"outcome"`
	Detail  string    `json:"detail"`
}

func runSourcesLog(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sources log", "[--json] [--limit N] [--page N]")
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 20, "`N` entries a page")
	page := fs.Int("page", 1, "the page to show, 1 the newest")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 || *limit < 1 || *page < 1 {
		return badInput("usage: quellen sources log [--json] [--limit N] [--page N], N at least 1")
	}
	x, err := openReadyIndex(ctx, e)
	if err != nil {
		return err
	}
	defer x.Close()
	entries, total, err := x.sources.Log(ctx, (*page-1)**limit, *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		out := []auditJSON{}
		for _, a := range entries {
			out = append(out, auditJSON{At: a.At, User: a.UserID, Guild: a.GuildID, Action: a.Action, Outcome: a.Outcome, Detail: a.Detail})
		}
		return printJSON(e.stdout, out)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "WHEN\tWHO\tACTION\tOUTCOME\tDETAIL")
	for _, a := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", a.At.Local().Format("2006-01-02 15:04"), clean(a.UserID), clean(a.Action), clean(a.Outcome), clean(a.Detail))
	}
	tw.Flush()
	pages := max(1, (total+*limit-1) / *limit)
	fmt.Fprintf(e.stdout, "page %d of %d (%d entries)\n", *page, pages, total)
	return nil
}
