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
	postings         *sql.Stmt
	sourceIDs        *sql.Stmt
	docFreq          *sql.Stmt
	sourceFreq       *sql.Stmt
	extending        *sql.Stmt
	events           *sql.Stmt
	distinctEvents   *sql.Stmt
	eventsOf         *sql.Stmt
	distinctEventsOf *sql.Stmt
	source           *sql.Stmt
	sourceInfo       *sql.Stmt
	sourceInfos      *sql.Stmt
	// passagesOfSources reads several sources' passages at once.
	passagesOfSources *sql.Stmt
	// meta reads one meta value (the index version, read by every
	// question).
	meta *sql.Stmt
}

func prepare(ctx context.Context, db *sql.DB) (*statements, error) {
	var st statements
	events, distinctEvents, eventsOf, distinctEventsOf := eventQueries()
	for _, q := range []struct {
		stmt  **sql.Stmt
		query string
	}{
		{&st.passagesByID, passagesSelect(`id IN (SELECT value FROM json_each(?))`)},
		{&st.passagesOfSource, passagesSelect(`source_id = ?`)},
		{&st.postings, `SELECT term, sources, passages, data FROM postings
			WHERE term IN (SELECT value FROM json_each(?)) ORDER BY term, first`},
		{&st.sourceIDs, `SELECT num, id FROM sources WHERE num IN (SELECT value FROM json_each(?))`},
		{&st.docFreq, `SELECT term, sum(passages) FROM postings WHERE term IN (SELECT value FROM json_each(?)) GROUP BY term`},
		{&st.sourceFreq, `SELECT term, sum(sources) FROM postings WHERE term IN (SELECT value FROM json_each(?)) GROUP BY term`},
		{&st.extending, `SELECT DISTINCT term FROM postings WHERE term > ? AND term < ? AND length(term) <= ? ORDER BY term LIMIT ?`},
		{&st.events, events},
		{&st.distinctEvents, distinctEvents},
		{&st.eventsOf, eventsOf},
		{&st.distinctEventsOf, distinctEventsOf},
		{&st.source, `SELECT ` + sourceColumns + `, text FROM sources WHERE id = ?`},
		{&st.sourceInfo, `SELECT ` + sourceColumns + ` FROM sources WHERE id = ?`},
		{&st.sourceInfos, `SELECT ` + sourceColumns + ` FROM sources WHERE id IN (SELECT value FROM json_each(?))`},
		{&st.passagesOfSources, passagesSelect(`source_id IN (SELECT value FROM json_each(?))`)},
		{&st.meta, `SELECT value FROM meta WHERE key = ?`},
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
	for _, s := range []*sql.Stmt{st.passagesByID, st.passagesOfSource, st.postings, st.sourceIDs, st.docFreq, st.sourceFreq, st.extending, st.events, st.distinctEvents, st.eventsOf, st.distinctEventsOf, st.source, st.sourceInfo, st.sourceInfos, st.passagesOfSources, st.meta} {
		if s != nil {
			s.Close()
		}
	}
}
