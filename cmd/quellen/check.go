package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"text/tabwriter"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// errCheckFailed is a check that found problems; they were printed.
var errCheckFailed = errors.New("the index has problems")

// runCheck verifies the index without rebuilding it: SQLite's integrity
// check, the postings against the stored terms, orphan rows, events anchored
// outside their quotes, the schema and index versions, the collection.
func runCheck(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "check", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return badInput("unexpected arguments %q", fs.Args())
	}
	cfg := loadConfig(e)
	path := filepath.Join(cfg.dataDir, dbFile)
	st, err := store.OpenMode(ctx, path, store.ReadWrite)
	if err != nil && cannotWrite(err) {
		st, err = store.OpenMode(ctx, path, store.ReadOnly)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	report, err := st.Check(ctx)
	if err != nil {
		return err
	}
	col, err := st.Meta(ctx, retrieval.MetaCollection)
	if err != nil {
		report.Problems = append(report.Problems, err.Error())
	}
	version := report.IndexVersion
	if version == "" {
		version = "never built"
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "index\t%s\n", clean(st.Path()))
	fmt.Fprintf(tw, "version\t%s (schema %d)\n", version, report.SchemaVersion)
	fmt.Fprintf(tw, "collection\t%s\n", clean(col))
	fmt.Fprintf(tw, "contents\t%d sources, %d passages, %d events\n", report.Sources, report.Passages, report.Events)
	if report.OK() {
		fmt.Fprintf(tw, "check\tok\n")
	} else {
		fmt.Fprintf(tw, "check\t%d problems\n", len(report.Problems))
	}
	tw.Flush()
	for _, p := range report.Problems {
		fmt.Fprintf(e.stdout, "  problem: %s\n", clean(p))
	}
	if !report.OK() {
		return fmt.Errorf("%w: move %s away and run 'quellen index' to build a new one", errCheckFailed, clean(path))
	}
	return nil
}
