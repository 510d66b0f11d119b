package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
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
}

// OK reports whether no problem was found.
func (r CheckReport) OK() bool { return len(r.Problems) == 0 }

// maxProblems bounds how many rows of one check are listed.
const maxProblems = 20

// Check verifies the index without changing it: SQLite's integrity check,
// the postings against the stored terms, rows whose source is gone, passages
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

	// SQLite's own check of every page and index.
	s.lines(ctx, &r, "integrity check", `PRAGMA integrity_check(`+fmt.Sprint(maxProblems)+`)`, func(line string) bool { return line != "ok" })

	// The postings must say what the stored terms say.
	if problem, err := s.checkPostings(ctx); err != nil {
		r.Problems = append(r.Problems, "postings: "+err.Error())
	} else if problem != "" {
		r.Problems = append(r.Problems, "postings: "+problem)
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
		{"vectors without a passage", `SELECT count(*) FROM vectors WHERE passage_id NOT IN (SELECT id FROM passages)`},
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

// checkPostings compares the postings with what the stored terms of the
// sources and passages make of them, and the totals in meta with theirs.
// It reads in one transaction, so that a rebuild committing meanwhile is
// not mistaken for damage. It returns the first difference, "" for none.
func (s *Store) checkPostings(ctx context.Context) (string, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	want := make(map[string][]group)
	var passageTotal, sourceTotal int64
	err = storedTerms(ctx, tx, func(cur *sourcePostings) error {
		article, passages := cur.lengths()
		sourceTotal += int64(article)
		passageTotal += int64(passages)
		for term, g := range cur.groups() {
			want[term] = append(want[term], *g)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	for _, gs := range want {
		slices.SortFunc(gs, func(a, b group) int { return cmp.Compare(a.num, b.num) })
	}
	got, err := readStats(ctx, tx)
	if err != nil {
		return "", err
	}
	if got.passageTerms != passageTotal || got.sourceTerms != sourceTotal {
		return fmt.Sprintf("totals %d passage terms, %d source terms; the stored terms make %d, %d", got.passageTerms, got.sourceTerms, passageTotal, sourceTotal), nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT term, first, sources, passages, data FROM postings ORDER BY term, first`)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	have := make(map[string]int) // groups of each term seen so far
	for rows.Next() {
		var term string
		var first int64
		var sources, passages int
		var data []byte
		if err := rows.Scan(&term, &first, &sources, &passages, &data); err != nil {
			return "", err
		}
		groups, err := decodeChunk(data)
		if err != nil {
			return fmt.Sprintf("term %q, chunk %d: %v", term, first, err), nil
		}
		n := 0
		for _, g := range groups {
			n += len(g.passages)
		}
		if len(groups) == 0 || groups[0].num != first || len(groups) != sources || n != passages {
			return fmt.Sprintf("term %q, chunk %d: its counts do not match its content", term, first), nil
		}
		expect := want[term]
		at := have[term]
		for _, g := range groups {
			if at >= len(expect) || !sameGroup(g, expect[at]) {
				return fmt.Sprintf("term %q lists source %d where the stored terms do not", term, g.num), nil
			}
			at++
		}
		have[term] = at
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	for term, gs := range want {
		if have[term] != len(gs) {
			return fmt.Sprintf("term %q lists %d sources, the stored terms %d", term, have[term], len(gs)), nil
		}
	}
	return "", nil
}

func sameGroup(a, b group) bool {
	return a.num == b.num && a.length == b.length && a.extra == b.extra && slices.Equal(a.passages, b.passages)
}
