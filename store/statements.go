package store

import (
	"context"
	"database/sql"
	"fmt"
)

// statements are the queries every question runs, prepared once.
type statements struct {
	passagesByID     *sql.Stmt
	passagesOfSource *sql.Stmt
	searchPassages   *sql.Stmt
	searchSources    *sql.Stmt
	source           *sql.Stmt
}

func prepare(ctx context.Context, db *sql.DB) (*statements, error) {
	var st statements
	for _, q := range []struct {
		stmt  **sql.Stmt
		query string
	}{
		{&st.passagesByID, passageSelect + ` WHERE id IN (SELECT value FROM json_each(?))`},
		{&st.passagesOfSource, passageSelect + ` WHERE source_id = ? ORDER BY ord`},
		// bm25() is lower-is-better; it is negated so that callers see higher-is-better.
		{&st.searchPassages, `SELECT rowid, -bm25(passages_fts, 1.0, ?1) FROM passages_fts
			WHERE passages_fts MATCH ?2 ORDER BY bm25(passages_fts, 1.0, ?1) LIMIT ?3`},
		{&st.searchSources, `SELECT s.id, -bm25(sources_fts) FROM sources_fts JOIN sources s ON s.num = sources_fts.rowid
			WHERE sources_fts MATCH ? ORDER BY bm25(sources_fts) LIMIT ?`},
		{&st.source, `SELECT ` + sourceColumns + `, text FROM sources WHERE id = ?`},
	} {
		stmt, err := db.PrepareContext(ctx, q.query)
		if err != nil {
			st.close()
			return nil, fmt.Errorf("prepare %q: %w", q.query, err)
		}
		*q.stmt = stmt
	}
	return &st, nil
}

func (st *statements) close() {
	for _, s := range []*sql.Stmt{st.passagesByID, st.passagesOfSource, st.searchPassages, st.searchSources, st.source} {
		if s != nil {
			s.Close()
		}
	}
}
