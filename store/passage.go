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

// The columns a packed passage query reads: integers, then texts, in the
// order readPassages takes them.
var (
	passageInts  = []string{"id", "ord", "block", "start", "end", "figure", "dated", "heading"}
	passageTexts = []string{"source_id", "terms", "text"}
)

// passagesSelect reads the passages that where selects, packed
// (packed.go).
func passagesSelect(where string) string {
	return packedSelect(passageInts, passageTexts, "FROM passages WHERE "+where)
}

// readPassages runs a packed passage query and returns the passages by
// source and in text order.
func (s *Store) readPassages(ctx context.Context, what string, stmt *sql.Stmt, arg any) ([]Passage, error) {
	var data []byte
	if err := stmt.QueryRowContext(ctx, arg).Scan(&data); err != nil {
		return nil, s.fail(what, err)
	}
	var out []Passage
	u := unpacker{b: data}
	for u.more() {
		n, t, ok := u.next(len(passageInts), len(passageTexts))
		if !ok {
			return nil, s.fail(what, corrupt(u.err))
		}
		out = append(out, Passage{ID: n[0], Ord: int(n[1]), Block: int(n[2]), Start: int(n[3]), End: int(n[4]), Figure: n[5] != 0, Dated: n[6] != 0, Heading: n[7] != 0,
			SourceID: t[0], Terms: t[1], Text: t[2]})
	}
	slices.SortFunc(out, func(a, b Passage) int {
		return cmp.Or(strings.Compare(a.SourceID, b.SourceID), cmp.Compare(a.Ord, b.Ord))
	})
	return out, nil
}

// Passages reads the passages with the given ids, in the order of ids.
// Ids that no longer exist (a rebuild removed them) are left out.
func (s *Store) Passages(ctx context.Context, ids []int64) ([]Passage, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, s.fail("read passages", err)
	}
	read, err := s.readPassages(ctx, "read passages", s.stmts.passagesByID, string(list))
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]Passage, len(read))
	for _, p := range read {
		byID[p.ID] = p
	}
	out := make([]Passage, 0, len(byID))
	for _, id := range ids {
		if p, ok := byID[id]; ok {
			out = append(out, p)
		}
	}
	return out, nil
}

// SourcePassages reads the passages of one source in text order.
func (s *Store) SourcePassages(ctx context.Context, sourceID string) ([]Passage, error) {
	return s.readPassages(ctx, fmt.Sprintf("passages of %s", sourceID), s.stmts.passagesOfSource, sourceID)
}

// PassagesOfSources reads the passages of several sources at once, each
// source's in text order; a source that is not indexed has none.
func (s *Store) PassagesOfSources(ctx context.Context, sourceIDs []string) (map[string][]Passage, error) {
	out := make(map[string][]Passage, len(sourceIDs))
	if len(sourceIDs) == 0 {
		return out, nil
	}
	list, err := json.Marshal(sourceIDs)
	if err != nil {
		return nil, s.fail("read passages", err)
	}
	read, err := s.readPassages(ctx, "read passages", s.stmts.passagesOfSources, string(list))
	if err != nil {
		return nil, err
	}
	for _, p := range read {
		out[p.SourceID] = append(out[p.SourceID], p)
	}
	return out, nil
}

// Counts returns how many sources and passages are indexed.
func (s *Store) Counts(ctx context.Context) (sources, passages int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM passages)`).Scan(&sources, &passages)
	if err != nil {
		return 0, 0, s.fail("count", err)
	}
	return sources, passages, nil
}
