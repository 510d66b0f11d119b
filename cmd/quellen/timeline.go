package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/quellen/quellen/prompts"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/timeline"
)

// runTimeline prints the indexed events in date order: troop figures,
// talks, deadlines and other dated statements, each with its quotes.
func runTimeline(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "timeline", "[--topic troops|talks|deadline|all] [--from DATE] [--to DATE] [--lang de|en] [--json] [query]")
	topicName := fs.String("topic", "all", "which events: troops, talks, deadline or all")
	fromText := fs.String("from", "", "first date, `YYYY`, YYYY-MM or YYYY-MM-DD")
	toText := fs.String("to", "", "last date, `YYYY`, YYYY-MM or YYYY-MM-DD")
	lang := fs.String("lang", "de", "language of the labels: de or en")
	asJSON := fs.Bool("json", false, `print JSON: {"events": [...], "undated": [...]}`)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	topic, err := timeline.ParseTopic(*topicName)
	if err != nil {
		return badInput("--topic: %v", err)
	}
	from, err := timeline.ParseBound(*fromText)
	if err != nil {
		return badInput("--from %v", err)
	}
	to, err := timeline.ParseBound(*toText)
	if err != nil {
		return badInput("--to %v", err)
	}
	if from.After(to) {
		return badInput("--from %s is after --to %s", from.Value, to.Value)
	}
	if *lang != "de" && *lang != "en" {
		return badInput("--lang %q: use de or en", *lang)
	}
	query := strings.Join(fs.Args(), " ")

	x, err := openReadyIndex(ctx, e)
	if err != nil {
		return err
	}
	defer x.Close()
	tl, err := x.engine.Timeline(ctx, retrieval.TimelineQuery{Topic: topic, From: from.Value, To: to.Value, Query: query, Today: time.Now()})
	if errors.Is(err, timeline.ErrBadBound) {
		return badInput("%v", err)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(tl)
	}
	tm, err := prompts.Load()
	if err != nil {
		return err
	}
	return writeTimeline(e.stdout, tm, *lang, tl)
}

// writeTimeline prints one block per event: its date and what it is, the
// quote, and the sources.
func writeTimeline(w io.Writer, tm *prompts.Templates, lang string, tl timeline.Timeline) error {
	render := func(name string, data any) string {
		s, err := tm.Render(lang, name, data)
		if err != nil {
			return name
		}
		return s
	}
	write := func(ev timeline.Event) {
		head := []string{render("event_label", ev)}
		if f, ok := ev.FigureText(lang); ok {
			head = append(head, render("event_troops", f))
		}
		if s := ev.SupersededBy; s != nil {
			head = append(head, render("event_superseded", map[string]any{"Count": timeline.FormatCount(lang, s.Count), "Date": s.Date}))
		}
		fmt.Fprintf(w, "%s\n  „%s“\n", clean(strings.Join(head, " · ")), cleanText(ev.Quote))
		for _, c := range ev.Citations {
			fmt.Fprintf(w, "  — %s\n", describeSource(tm, lang, retrieval.Citation{Title: c.Title, Outlet: c.Outlet, URL: c.URL,
				Published: c.Published, PublishedInferred: c.PublishedInferred}))
		}
		fmt.Fprintln(w)
	}
	for _, ev := range tl.Events {
		write(ev)
	}
	if len(tl.Undated) > 0 {
		fmt.Fprintf(w, "%s:\n\n", render("timeline_undated_heading", nil))
		for _, ev := range tl.Undated {
			write(ev)
		}
	}
	if tl.Len() == 0 {
		fmt.Fprintln(w, render("discord_timeline_empty", nil))
	}
	return nil
}
