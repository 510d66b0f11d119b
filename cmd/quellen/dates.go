package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/quellen/quellen/retrieval/timex"
)

// maxDatesInput bounds what `quellen dates` reads from standard input.
const maxDatesInput = 16 << 20

// runDates prints the temporal expressions of the text on standard input,
// so that moderators can see why an article landed where it did.
func runDates(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "dates", "[--base YYYY-MM-DD] [--narrative] [--lang de|en] [--json] < text")
	base := fs.String("base", "", "publication date of the text, `YYYY-MM-DD`, YYYY-MM or YYYY (empty: unknown)")
	narrative := fs.Bool("narrative", false, "anchor relative dates to the last date the text told, not the publication date")
	lang := fs.String("lang", "de", "language of the text: de or en")
	asJSON := fs.Bool("json", false, "print JSON: [{text, start, end, value, mod, ...}], offsets in UTF-8 bytes")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return badInput("dates reads the text from standard input; give no arguments")
	}
	if err := timex.CheckAnchor(*base); err != nil {
		return badInput("--base: %v", err)
	}
	if *lang != "de" && *lang != "en" {
		return badInput("--lang %q: use de or en", *lang)
	}
	raw, err := io.ReadAll(io.LimitReader(e.stdin, maxDatesInput+1))
	if err != nil {
		return fmt.Errorf("read standard input: %w", err)
	}
	if len(raw) > maxDatesInput {
		return badInput("the text is longer than %d MiB", maxDatesInput>>20)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	exprs := timex.Tag(string(raw), timex.Options{Anchor: *base, Narrative: *narrative, Lang: *lang})
	if *asJSON {
		if exprs == nil {
			exprs = []timex.Expr{}
		}
		return json.NewEncoder(e.stdout).Encode(exprs)
	}
	return printDates(e.stdout, exprs)
}

func printDates(w io.Writer, exprs []timex.Expr) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "bytes\ttext\tvalue\tmod\tkind\tnotes")
	for k, x := range exprs {
		value := x.Value
		if x.Unresolved {
			value = "(unresolved)"
		}
		var notes []string
		if x.Marker != "" {
			notes = append(notes, "after "+x.Marker)
		}
		if x.Deadline {
			notes = append(notes, "deadline")
		}
		if x.Since {
			notes = append(notes, "since")
		}
		if x.Relative {
			notes = append(notes, "relative")
		}
		if x.RangeWith >= 0 {
			notes = append(notes, fmt.Sprintf("range with #%d", x.RangeWith+1))
		}
		fmt.Fprintf(tw, "#%d %d-%d\t%s\t%s\t%s\t%s\t%s\n", k+1, x.Start, x.End, oneLineText(x.Text), value, x.Mod, x.Kind, strings.Join(notes, ", "))
	}
	return tw.Flush()
}

func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }
