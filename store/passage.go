package store

import (
	"context"
	"fmt"
	"strings"
)

// passageSelect reads passages with their text cut from the source by byte
// offsets (substr on a BLOB counts bytes, on TEXT it would count characters).
const passageSelect = `SELECT p.id, p.source_id, p.ord, p.block, p.start, p.end,
	CAST(substr(CAST(s.text AS BLOB), p.start + 1, p.end - p.start) AS TEXT)
	FROM passages p JOIN sources s ON s.id = p.source_id`

// Passages reads the passages with the given ids, in the order of ids.
// Ids that no longer exist (a rebuild removed them) are left out.
func (s *Store) Passages(ctx context.Context, ids []int64) ([]Passage, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	query := passageSelect + ` WHERE p.id IN (?` + strings.Repeat(",?", len(ids)-1) + `)`
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read passages: %w", err)
	}
	defer rows.Close()
	byID := make(map[int64]Passage, len(ids))
	for rows.Next() {
		var p Passage
		if err := rows.Scan(&p.ID, &p.SourceID, &p.Ord, &p.Block, &p.Start, &p.End, &p.Text); err != nil {
			return nil, fmt.Errorf("read passages: %w", err)
		}
		byID[p.ID] = p
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read passages: %w", err)
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
	rows, err := s.db.QueryContext(ctx, passageSelect+` WHERE p.source_id = ? ORDER BY p.ord`, sourceID)
	if err != nil {
		return nil, fmt.Errorf("passages of %s: %w", sourceID, err)
	}
	defer rows.Close()
	var out []Passage
	for rows.Next() {
		var p Passage
		if err := rows.Scan(&p.ID, &p.SourceID, &p.Ord, &p.Block, &p.Start, &p.End, &p.Text); err != nil {
			return nil, fmt.Errorf("passages of %s: %w", sourceID, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// Counts returns how many sources and passages are indexed.
func (s *Store) Counts(ctx context.Context) (sources, passages int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM passages)`).Scan(&sources, &passages)
	if err != nil {
		return 0, 0, fmt.Errorf("count: %w", err)
	}
	return sources, passages, nil
}
