package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/quellen/quellen/prompts"
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

func runSources(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sources", "[--json]")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
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
			out = append(out, sourceJSON{ID: s.ID, Title: s.Title, Outlet: s.Outlet, URL: s.URL, Language: s.Language,
				Published: s.Published.Value, PublishedPrecision: s.Published.Precision(), PublishedInferred: s.Published.Inferred,
				Note: s.Note, Origin: s.Origin, Hash: s.Hash})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tOUTLET\tTITLE")
	for _, s := range sources {
		date := "unknown"
		if s.Published.Known() {
			date = prompts.FormatDate("en", s.Published.Value)
			if s.Published.Inferred {
				date += " (inferred)"
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", clean(s.ID), date, clean(s.Outlet), clean(s.Title))
	}
	return tw.Flush()
}
