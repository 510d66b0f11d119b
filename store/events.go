package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// Event is one statement of a source that a timeline can place: a sentence
// with a date, or a troop figure. It is what the index stores per source;
// merging the events several sources share is the reader's business.
type Event struct {
	SourceID string `json:"source_id"`
	Ord      int    `json:"-"` // position among the source's events
	// Start and End locate the quoted sentence in the source's text;
	// Quote is that text, filled in when events are read back.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Quote string `json:"quote"`
	// Kind is "troops", "talks", "deadline" or "event".
	Kind string `json:"kind"`
	// Date is a TIMEX value ("2025-09", "2023-WI"), or "" when the text
	// dates the event relative to a publication date nobody knows.
	Date string `json:"date"`
	// RangeStart and RangeEnd are the ends of a range ("zwischen September
	// 2025 und September 2026"); Date is one of them. Both "" otherwise.
	RangeStart string `json:"range_start,omitempty"`
	RangeEnd   string `json:"range_end,omitempty"`
	Mod        string `json:"mod"` // START, END, APPROX, … as the tagger wrote it
	// DateText is the temporal expression as written, "" when the date is
	// the publication's.
	DateText string `json:"date_text"`
	// DateFrom is "text" when the text dates the event, "published" when the
	// article's publication date does, "" when undated.
	DateFrom string `json:"date_from"`
	// Relative says the text's date was worked out from the publication date.
	Relative bool `json:"relative,omitempty"`
	Since    bool `json:"since,omitempty"` // "seit 2015": the date starts a state that lasts
	// Count is the troop figure, 0 when the event states none.
	Count int64 `json:"count,omitempty"`
	// Place is where the troops are ("Irak"); PlaceFrom says whether the
	// sentence names it ("text") or the article's usual place is assumed
	// ("article").
	Place     string `json:"place"`
	PlaceFrom string `json:"place_from,omitempty"`
	Qualifier string `json:"qualifier,omitempty"` // "rund", "mehr als", "about", … or ""
	// PlaceKey is the region or city key of a known place ("IQ",
	// "IQ:Baghdad"), "" otherwise.
	PlaceKey string `json:"place_key,omitempty"`
	// Force says whose troops a figure counts: a region code or an
	// organisation's key ("US", "UN"), "" when the text does not say.
	Force string `json:"force,omitempty"`
	// Role says what a figure counts: "level", "cap", "out", "in",
	// "total" or "casualties".
	Role string `json:"role,omitempty"`
	// Approx marks a figure that is an order of magnitude ("Hunderte").
	Approx bool `json:"approx,omitempty"`
	// Aspect says whether the event starts ("start") or ends ("end")
	// something, "" when neither.
	Aspect string `json:"aspect,omitempty"`
	// AnchorStart and AnchorEnd locate in the source's text what the event
	// rests on (the figure or the date expression), for showing the core
	// of a long quote; both equal Start when there is none.
	AnchorStart int `json:"-"`
	AnchorEnd   int `json:"-"`
}

// PutEvents replaces the events of src. It belongs right after PutSource in
// the same transaction, so that a source and its events change together.
func (t *Tx) PutEvents(ctx context.Context, src Source, events []Event) error {
	del, err := t.stmt(ctx, `DELETE FROM events WHERE source_id = ?`)
	if err == nil {
		_, err = del.ExecContext(ctx, src.ID)
	}
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("put events of %s", src.ID), err)
	}
	if len(events) == 0 {
		return nil
	}
	insert, err := t.stmt(ctx, `INSERT INTO events (source_id, ord, start, end, quote, kind, date,
		range_start, range_end, mod, date_text, date_from, relative, since, count, place, place_from, qualifier,
		anchor_start, anchor_end, force, role, place_key, approx, aspect, first) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("put events of %s", src.ID), err)
	}
	// A statement is what an event says: the event without where the
	// source says it.
	statement := func(e Event, quote string) Event {
		e.SourceID, e.Ord, e.Start, e.End, e.AnchorStart, e.AnchorEnd, e.Quote = "", 0, 0, 0, 0, 0, quote
		return e
	}
	stated := make(map[Event]bool, len(events))
	for i, e := range events {
		if e.Start < 0 || e.End > len(src.Text) || e.Start >= e.End {
			return invalid("put events of %s: event %d has offsets %d..%d outside the text of %d bytes", src.ID, i, e.Start, e.End, len(src.Text))
		}
		if e.AnchorStart < e.Start || e.AnchorEnd > e.End || e.AnchorStart > e.AnchorEnd {
			return invalid("put events of %s: event %d has its anchor %d..%d outside its quote %d..%d", src.ID, i, e.AnchorStart, e.AnchorEnd, e.Start, e.End)
		}
		count := sql.NullInt64{Int64: e.Count, Valid: e.Count != 0}
		quote := src.Text[e.Start:e.End]
		said := statement(e, quote)
		first := !stated[said]
		stated[said] = true
		if _, err := insert.ExecContext(ctx, src.ID, i, e.Start, e.End, quote, e.Kind, e.Date,
			e.RangeStart, e.RangeEnd, e.Mod, e.DateText, e.DateFrom, e.Relative, e.Since, count, e.Place, e.PlaceFrom,
			e.Qualifier, e.AnchorStart, e.AnchorEnd, e.Force, e.Role, e.PlaceKey, e.Approx, e.Aspect, first); err != nil {
			return wrapErr(t.path, fmt.Sprintf("put events of %s: event %d", src.ID, i), err)
		}
	}
	return nil
}

const eventSelect = `SELECT source_id, ord, start, end, quote, kind, date, range_start, range_end,
	mod, date_text, date_from, relative, since, count, place, place_from, qualifier, anchor_start, anchor_end,
	force, role, place_key, approx, aspect FROM events`

// Events reads the stored events of the given sources, or of every source
// when none is given, by source and then in text order.
func (s *Store) Events(ctx context.Context, sourceIDs ...string) ([]Event, error) {
	return s.events(ctx, "", sourceIDs)
}

// DistinctEvents reads the events as Events does, but a statement a source
// repeats word for word (the same sentence with the same date, kind,
// figure and place) once, where the source first states it: a timeline's
// work then grows with what the sources say, not with how often they say it.
func (s *Store) DistinctEvents(ctx context.Context, sourceIDs ...string) ([]Event, error) {
	return s.events(ctx, "first = 1", sourceIDs)
}

// The columns of an Event, for reading it packed (packed.go).
var (
	eventInts  = []string{"ord", "start", "end", "relative", "since", "count", "anchor_start", "anchor_end", "approx"}
	eventTexts = []string{"source_id", "quote", "kind", "date", "range_start", "range_end", "mod", "date_text", "date_from",
		"place", "place_from", "qualifier", "force", "role", "place_key", "aspect"}
)

// eventQueries are the four ways events are read, prepared once: of every
// source or of some, every event or each statement once. The events of
// some sources, which every question reads, are read packed (packed.go);
// those of every source, which a timeline reads, row by row, so that no
// value holds the whole collection's.
func eventQueries() (all, distinct, of, distinctOf string) {
	ofSources := ` source_id IN (SELECT value FROM json_each(?))`
	order := ` ORDER BY source_id, ord`
	return eventSelect + order, eventSelect + ` WHERE first = 1` + order,
		packedSelect(eventInts, eventTexts, `FROM events WHERE`+ofSources),
		packedSelect(eventInts, eventTexts, `FROM events WHERE first = 1 AND`+ofSources)
}

func (s *Store) events(ctx context.Context, where string, sourceIDs []string) ([]Event, error) {
	distinct := where != ""
	if len(sourceIDs) > 0 {
		list, err := json.Marshal(sourceIDs)
		if err != nil {
			return nil, fmt.Errorf("read events: %w", err)
		}
		stmt := s.stmts.eventsOf
		if distinct {
			stmt = s.stmts.distinctEventsOf
		}
		var data []byte
		if err := stmt.QueryRowContext(ctx, string(list)).Scan(&data); err != nil {
			return nil, s.fail("read events", err)
		}
		var out []Event
		u := unpacker{b: data}
		for u.more() {
			n, t, ok := u.next(len(eventInts), len(eventTexts))
			if !ok {
				return nil, s.fail("read events", corrupt(u.err))
			}
			out = append(out, Event{Ord: int(n[0]), Start: int(n[1]), End: int(n[2]), Relative: n[3] != 0, Since: n[4] != 0, Count: n[5],
				AnchorStart: int(n[6]), AnchorEnd: int(n[7]), Approx: n[8] != 0,
				SourceID: t[0], Quote: t[1], Kind: t[2], Date: t[3], RangeStart: t[4], RangeEnd: t[5], Mod: t[6], DateText: t[7], DateFrom: t[8],
				Place: t[9], PlaceFrom: t[10], Qualifier: t[11], Force: t[12], Role: t[13], PlaceKey: t[14], Aspect: t[15]})
		}
		slices.SortFunc(out, func(a, b Event) int {
			return cmp.Or(strings.Compare(a.SourceID, b.SourceID), cmp.Compare(a.Ord, b.Ord))
		})
		return out, nil
	}
	stmt := s.stmts.events
	if distinct {
		stmt = s.stmts.distinctEvents
	}
	rows, err := stmt.QueryContext(ctx)
	if err != nil {
		return nil, s.fail("read events", err)
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		var count sql.NullInt64
		if err := rows.Scan(&e.SourceID, &e.Ord, &e.Start, &e.End, &e.Quote, &e.Kind, &e.Date, &e.RangeStart, &e.RangeEnd,
			&e.Mod, &e.DateText, &e.DateFrom, &e.Relative, &e.Since, &count, &e.Place, &e.PlaceFrom, &e.Qualifier,
			&e.AnchorStart, &e.AnchorEnd, &e.Force, &e.Role, &e.PlaceKey, &e.Approx, &e.Aspect); err != nil {
			return nil, s.fail("read events", err)
		}
		e.Count = count.Int64
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("read events", err)
	}
	return out, nil
}
