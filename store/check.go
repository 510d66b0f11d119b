package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// CheckReport is what Check found.
type CheckReport struct {
	SchemaVersion int
	IndexVersion  string // "" when the index was never built
	Sources       int
	Passages      int
	Events        int
	// Problems lists each fault found, one line each; none means healthy.
	Problems []string
	// Skipped names checks that could not run (on an index opened for
	// reading only, the full-text index's own check, which SQLite runs as
	// a write).
	Skipped []string
}

// OK reports whether no problem was found.
func (r CheckReport) OK() bool { return len(r.Problems) == 0 }

// maxProblems bounds how many rows of one check are listed.
const maxProblems = 20

// Check verifies the index without changing it: SQLite's integrity check,
// the full-text indexes' own checks, rows whose source is gone, passages
// and events whose offsets leave their source's text or whose quote is not
// the text's bytes, and events whose anchor lies outside their quote. A
// fault SQLite reports while reading (a damaged page) is a problem, not an
// error; the error is for a check that could not be made at all.
func (s *Store) Check(ctx context.Context) (CheckReport, error) {
	var r CheckReport
	var err error
	if r.IndexVersion, err = s.Meta(ctx, MetaIndexVersion); err != nil {
		r.Problems = append(r.Problems, "read the index version: "+err.Error())
	}
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&r.SchemaVersion); err != nil {
		return r, s.fail("check", err)
	}
	if r.SchemaVersion != len(migrations) {
		r.Problems = append(r.Problems, fmt.Sprintf("schema version %d, this binary's is %d", r.SchemaVersion, len(migrations)))
	}
	var appID int64
	if err := s.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err == nil && appID != ApplicationID {
		r.Problems = append(r.Problems, fmt.Sprintf("application id %#x, want %#x", appID, ApplicationID))
	}

	// SQLite's own check of every page, index and (since 3.44) FTS5 table.
	s.lines(ctx, &r, "integrity check", `PRAGMA integrity_check(`+fmt.Sprint(maxProblems)+`)`, func(line string) bool { return line != "ok" })

	// FTS5 runs its own check as a write: with the writer lock, so that it
	// neither waits for a rebuild nor lets one start meanwhile.
	unlock, err := s.LockWriter(ctx, nil)
	switch {
	case s.readOnly:
		r.Skipped = append(r.Skipped, "full-text integrity-check (the index is open for reading only)")
	case errors.Is(err, ErrWriterBusy):
		r.Skipped = append(r.Skipped, fmt.Sprintf("full-text integrity-check (%v)", err))
	case err != nil:
		return r, err
	default:
		for _, table := range []string{"passages_fts", "sources_fts"} {
			if err := s.ftsCheck(ctx, table); err != nil {
				r.Problems = append(r.Problems, fmt.Sprintf("full-text index %s: %v", table, err))
			}
		}
		unlock()
	}

	counts := []struct {
		n     *int
		query string
	}{
		{&r.Sources, `SELECT count(*) FROM sources`},
		{&r.Passages, `SELECT count(*) FROM passages`},
		{&r.Events, `SELECT count(*) FROM events`},
	}
	for _, c := range counts {
		if err := s.db.QueryRowContext(ctx, c.query).Scan(c.n); err != nil {
			r.Problems = append(r.Problems, fmt.Sprintf("%s: %v", c.query, err))
		}
	}

	for _, c := range []struct{ what, query string }{
		{"passages whose source is gone", `SELECT count(*) FROM passages WHERE source_id NOT IN (SELECT id FROM sources)`},
		{"events whose source is gone", `SELECT count(*) FROM events WHERE source_id NOT IN (SELECT id FROM sources)`},
		{"full-text rows without a passage", `SELECT count(*) FROM passages_fts WHERE rowid NOT IN (SELECT id FROM passages)`},
		{"passages without full-text rows", `SELECT count(*) FROM passages WHERE id NOT IN (SELECT rowid FROM passages_fts)`},
		{"source full-text rows without a source", `SELECT count(*) FROM sources_fts WHERE rowid NOT IN (SELECT num FROM sources)`},
		{"sources without full-text rows", `SELECT count(*) FROM sources WHERE num NOT IN (SELECT rowid FROM sources_fts)`},
		{"passages whose offsets leave their source's text", `SELECT count(*) FROM passages p JOIN sources s ON s.id = p.source_id
			WHERE p.start < 0 OR p.start >= p.end OR p.end > length(CAST(s.text AS BLOB))`},
		{"passages whose text is not their source's bytes", `SELECT count(*) FROM passages p JOIN sources s ON s.id = p.source_id
			WHERE CAST(p.text AS BLOB) != substr(CAST(s.text AS BLOB), p.start + 1, p.end - p.start)`},
		{"events whose offsets leave their source's text", `SELECT count(*) FROM events e JOIN sources s ON s.id = e.source_id
			WHERE e.start < 0 OR e.start >= e.end OR e.end > length(CAST(s.text AS BLOB))`},
		{"events whose quote is not their source's bytes", `SELECT count(*) FROM events e JOIN sources s ON s.id = e.source_id
			WHERE CAST(e.quote AS BLOB) != substr(CAST(s.text AS BLOB), e.start + 1, e.end - e.start)`},
		{"events whose anchor lies outside their quote", `SELECT count(*) FROM events
			WHERE anchor_start < start OR anchor_end > end OR anchor_start > anchor_end`},
	} {
		var n int
		if err := s.db.QueryRowContext(ctx, c.query).Scan(&n); err != nil {
			r.Problems = append(r.Problems, fmt.Sprintf("%s: %v", c.what, err))
			continue
		}
		if n > 0 {
			r.Problems = append(r.Problems, fmt.Sprintf("%d %s", n, c.what))
		}
	}
	return r, ctx.Err()
}

// lines runs a query of one text column and adds the rows bad accepts as
// problems.
func (s *Store) lines(ctx context.Context, r *CheckReport, what, query string, bad func(string) bool) {
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		r.Problems = append(r.Problems, fmt.Sprintf("%s: %v", what, err))
		return
	}
	defer rows.Close()
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			r.Problems = append(r.Problems, fmt.Sprintf("%s: %v", what, err))
			return
		}
		if bad(line) {
			r.Problems = append(r.Problems, what+": "+line)
		}
	}
	if err := rows.Err(); err != nil {
		r.Problems = append(r.Problems, fmt.Sprintf("%s: %v", what, err))
	}
}

// ftsCheck runs FTS5's integrity-check command on table. SQLite runs it as
// an INSERT, so it runs in a transaction that is rolled back: nothing
// changes.
func (s *Store) ftsCheck(ctx context.Context, table string) error {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// The table name is one of ours, never the caller's.
	_, err = tx.ExecContext(ctx, fmt.Sprintf(`INSERT INTO %s(%s, rank) VALUES('integrity-check', 0)`, table, table))
	return err
}
