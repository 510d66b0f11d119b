package store

import (
	"context"
	"fmt"
)

// Languages counts the indexed sources by language ("de", "en").
func (s *Store) Languages(ctx context.Context) (map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT language, COUNT(*) FROM sources GROUP BY language`)
	if err != nil {
		return nil, fmt.Errorf("count sources by language: %w", err)
	}
	defer rows.Close()
	out := make(map[string]int)
	for rows.Next() {
		var lang string
		var n int
		if err := rows.Scan(&lang, &n); err != nil {
			return nil, fmt.Errorf("count sources by language: %w", err)
		}
		out[lang] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count sources by language: %w", err)
	}
	return out, nil
}
