package store

import (
	"context"
	"encoding/json"
	"fmt"
)

const passageSelect = `SELECT id, source_id, ord, block, start, end, terms, figure, dated, text FROM passages`

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
	rows, err := s.stmts.passagesByID.QueryContext(ctx, string(list))
	if err != nil {
		return nil, s.fail("read passages", err)
	}
	defer rows.Close()
	byID := make(map[int64]Passage, len(ids))
	for rows.Next() {
		var p Passage
		if err := scanPassage(rows, &p); err != nil {
			return nil, s.fail("read passages", err)
		}
		byID[p.ID] = p
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("read passages", err)
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
	rows, err := s.stmts.passagesOfSource.QueryContext(ctx, sourceID)
	if err != nil {
		return nil, s.fail(fmt.Sprintf("passages of %s", sourceID), err)
	}
	defer rows.Close()
	var out []Passage
	for rows.Next() {
		var p Passage
		if err := scanPassage(rows, &p); err != nil {
			return nil, s.fail(fmt.Sprintf("passages of %s", sourceID), err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// Counts returns how many sources and passages are indexed.
func (s *Store) Counts(ctx context.Context) (sources, passages int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM passages)`).Scan(&sources, &passages)
	if err != nil {
		return 0, 0, s.fail("count", err)
	}
	return sources, passages, nil
}

func scanPassage(r scanner, p *Passage) error {
	return r.Scan(&p.ID, &p.SourceID, &p.Ord, &p.Block, &p.Start, &p.End, &p.Terms, &p.Figure, &p.Dated, &p.Text)
}
