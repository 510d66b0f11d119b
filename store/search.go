package store

import (
	"context"
	"strings"
)

// Term is one analysed query term with an integer weight: FTS5's bm25 sums
// over the query's phrases, so a term given twice counts twice.
type Term struct {
	Text   string
	Weight int
}

// TextQuery is a full-text query over analysed passage text: word terms
// match the terms column, character n-grams the grams column.
type TextQuery struct {
	Terms []Term
	Grams []Term
	// GramWeight scales the grams column against the terms column (1).
	GramWeight float64
}

// Hit is one search result; a higher Score is better.
type Hit struct {
	ID    int64
	Score float64
}

// SourceHit is one source-level search result; a higher Score is better.
type SourceHit struct {
	SourceID string
	Score    float64
}

// SearchPassages ranks passages by BM25 over their analysed text.
func (s *Store) SearchPassages(ctx context.Context, q TextQuery, limit int) ([]Hit, error) {
	match := matchExpr(map[string][]Term{"terms": q.Terms, "grams": q.Grams})
	if match == "" || limit <= 0 {
		return nil, nil
	}
	rows, err := s.stmts.searchPassages.QueryContext(ctx, q.GramWeight, match, limit)
	if err != nil {
		return nil, s.fail("search passages", err)
	}
	defer rows.Close()
	var out []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ID, &h.Score); err != nil {
			return nil, s.fail("search passages", err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// SearchSources ranks whole sources by BM25 over their analysed text; it gives
// a passage the context of the text it stands in.
func (s *Store) SearchSources(ctx context.Context, terms []Term, limit int) ([]SourceHit, error) {
	match := matchExpr(map[string][]Term{"terms": terms})
	if match == "" || limit <= 0 {
		return nil, nil
	}
	rows, err := s.stmts.searchSources.QueryContext(ctx, match, limit)
	if err != nil {
		return nil, s.fail("search sources", err)
	}
	defer rows.Close()
	var out []SourceHit
	for rows.Next() {
		var h SourceHit
		if err := rows.Scan(&h.SourceID, &h.Score); err != nil {
			return nil, s.fail("search sources", err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// matchExpr builds an FTS5 MATCH expression that ORs every term, repeated by
// its weight, each quoted so that no term is read as FTS5 syntax.
func matchExpr(columns map[string][]Term) string {
	var b strings.Builder
	for _, column := range []string{"terms", "grams"} {
		for _, t := range columns[column] {
			if t.Text == "" {
				continue
			}
			for range max(t.Weight, 1) {
				if b.Len() > 0 {
					b.WriteString(" OR ")
				}
				b.WriteString(column)
				b.WriteString(` : "`)
				b.WriteString(strings.ReplaceAll(t.Text, `"`, `""`))
				b.WriteString(`"`)
			}
		}
	}
	return b.String()
}

// DocFreq returns in how many passages each term occurs in a column
// ("terms" or "grams"), and how many passages there are: what inverse
// document frequencies are made of.
func (s *Store) DocFreq(ctx context.Context, column string, terms []string) (map[string]int, int, error) {
	count, err := s.current(ctx)
	if err != nil {
		return nil, 0, err
	}
	total := int(count)
	out := make(map[string]int, len(terms))
	if len(terms) == 0 {
		return out, total, nil
	}
	args := make([]any, 0, len(terms)+1)
	args = append(args, column)
	for _, t := range terms {
		args = append(args, t)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT term, doc FROM passages_vocab WHERE col = ? AND term IN (?`+
		strings.Repeat(",?", len(terms)-1)+`)`, args...)
	if err != nil {
		return nil, 0, s.fail("document frequency", err)
	}
	defer rows.Close()
	for rows.Next() {
		var term string
		var doc int
		if err := rows.Scan(&term, &doc); err != nil {
			return nil, 0, s.fail("document frequency", err)
		}
		out[term] = doc
	}
	return out, total, rows.Err()
}
