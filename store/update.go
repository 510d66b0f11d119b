package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// IndexedPassage is a passage ready to be written: its analysed text for
// full-text search and, when the caller embeds passages, its vector.
type IndexedPassage struct {
	Passage // with Terms, the space-separated analysed terms
	// Vector is stored only when it is not empty: an index built without
	// vectors holds none.
	Vector []float32
}

// Tx is one write transaction over the index. Its changes become visible to
// readers all at once when Update returns, or not at all.
type Tx struct {
	tx   *sql.Tx
	path string

	// The passages added and removed, for the in-memory vectors, which
	// follow the SQL state only once it is committed.
	added   []int64
	deleted []int64

	savepoint int // the depth of nested Isolate calls

	// postings gathers what the sources put and deleted since the last
	// flush writes it to the postings table, once it holds flushBytes.
	postings   batch
	flushBytes int

	// stmts are the transaction's prepared statements, made on first use.
	stmts map[string]*sql.Stmt
}

// defaultFlushBytes bounds the postings a batch gathers before they are
// written: 8 MB hold those of about 200,000 passages. (Store.flushBytes
// is this, but for tests that make batches flush often.)
const defaultFlushBytes = 8 << 20

// stmt returns the transaction's prepared statement for query.
func (t *Tx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := t.stmts[query]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if t.stmts == nil {
		t.stmts = make(map[string]*sql.Stmt)
	}
	t.stmts[query] = st
	return st, nil
}

func (t *Tx) close() {
	for _, st := range t.stmts {
		st.Close()
	}
}

// Update runs fn in one write transaction. If fn returns an error, or the
// process dies before the commit, nothing of it is kept.
func (s *Store) Update(ctx context.Context, fn func(*Tx) error) error {
	if s.readOnly {
		return &Error{Path: s.path, Op: "update", Kind: ErrReadOnly, Err: errors.New("opened for reading only")}
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.fail("begin update", err)
	}
	defer sqlTx.Rollback()
	tx := &Tx{tx: sqlTx, path: s.path, flushBytes: s.flushBytes}
	defer tx.close()
	before, err := s.readGeneration(ctx, sqlTx)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.flush(ctx); err != nil {
		return err
	}
	if err := tx.SetMeta(ctx, metaGeneration, strconv.FormatInt(before+1, 10)); err != nil {
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return s.fail("commit update", err)
	}
	return s.committed(ctx, before, before+1, tx)
}

// committed brings the store's caches to the generation an Update of this
// process committed: the vectors in memory change by the passages it added
// and removed, unless someone else's change came between.
func (s *Store) committed(ctx context.Context, before, after int64, tx *Tx) error {
	st, err := readStats(ctx, s.db)
	if err != nil {
		return s.fail("count passages", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.vectors != nil && s.counted && s.generation == before {
		if err := s.vectors.delete(ctx, tx.deleted); err != nil {
			s.vectors = nil
		} else if err := s.vectors.addFrom(ctx, s.db, tx.added); err != nil {
			s.vectors = nil
		}
	} else {
		s.vectors = nil
	}
	s.generation, s.stats, s.counted = after, st, true
	return nil
}

// Isolate runs fn inside a savepoint of the transaction: when fn fails, what
// it wrote is undone and the rest of the transaction goes on. It is how one
// source that cannot be written leaves the others' changes standing.
func (t *Tx) Isolate(ctx context.Context, fn func() error) error {
	t.savepoint++
	name := "isolate" + strconv.Itoa(t.savepoint)
	defer func() { t.savepoint-- }()
	if _, err := t.tx.ExecContext(ctx, "SAVEPOINT "+name); err != nil {
		return wrapErr(t.path, "savepoint", err)
	}
	added, deleted, mark := len(t.added), len(t.deleted), t.postings.mark()
	if err := fn(); err != nil {
		// A full disk or an I/O error may have ended the whole transaction
		// already: then the savepoint is gone, and fn's error is the news.
		if _, rbErr := t.tx.ExecContext(ctx, "ROLLBACK TO "+name); rbErr != nil {
			return fmt.Errorf("%w (undoing it: %v)", err, rbErr)
		}
		if _, rbErr := t.tx.ExecContext(ctx, "RELEASE "+name); rbErr != nil {
			return fmt.Errorf("%w (undoing it: %v)", err, rbErr)
		}
		t.added, t.deleted = t.added[:added], t.deleted[:deleted]
		t.postings.undo(mark)
		return err
	}
	if _, err := t.tx.ExecContext(ctx, "RELEASE "+name); err != nil {
		return wrapErr(t.path, "release savepoint", err)
	}
	if t.savepoint == 1 {
		t.postings.keep() // nothing left to undo
	}
	return t.maybeFlush(ctx, t.savepoint-1) // this savepoint is released
}

// maybeFlush writes the postings gathered so far when they have grown
// large, but never while savepoints are open (open of them), which could
// undo what was written of other sources.
func (t *Tx) maybeFlush(ctx context.Context, open int) error {
	if open > 0 || t.postings.size() < t.flushBytes {
		return nil
	}
	return t.flush(ctx)
}

// PutSource writes a source with its passages, replacing any source with the
// same id. sourceTerms are the analysed terms of the source's text outside
// its passages: its title, the line printing it, datelines and credits. The source as a whole (sourceTerms
// and every passage's terms) is what source-level search ranks.
func (t *Tx) PutSource(ctx context.Context, src Source, sourceTerms string, passages []IndexedPassage) error {
	if err := t.DeleteSource(ctx, src.ID); err != nil {
		return err
	}
	for _, p := range passages {
		if p.Start < 0 || p.End > len(src.Text) || p.Start >= p.End {
			return invalid("put source %s: passage %d has offsets %d..%d outside the text of %d bytes", src.ID, p.Ord, p.Start, p.End, len(src.Text))
		}
	}
	insertSource, err := t.stmt(ctx, `INSERT INTO sources (id, title, outlet, url, language, published,
		published_inferred, note, origin, text, hash, indexed_at, terms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return wrapErr(t.path, "put source "+src.ID, err)
	}
	res, err := insertSource.ExecContext(ctx, src.ID, src.Title, src.Outlet, src.URL, src.Language, src.Published.Value, src.Published.Inferred,
		src.Note, src.Origin, src.Text, src.Hash, time.Now().UTC().Format(time.RFC3339), sourceTerms)
	if err != nil {
		return wrapErr(t.path, "put source "+src.ID, err)
	}
	num, err := res.LastInsertId()
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("put source %s", src.ID), err)
	}
	insert, err := t.stmt(ctx, `INSERT INTO passages (source_id, ord, block, start, end, text, terms, figure, dated, heading) VALUES (?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("put source %s", src.ID), err)
	}
	sp := sourcePostings{num: num, extra: sourceTerms, passages: make([]passageTerms, 0, len(passages))}
	for _, p := range passages {
		res, err := insert.ExecContext(ctx, src.ID, p.Ord, p.Block, p.Start, p.End, src.Text[p.Start:p.End], p.Terms, p.Figure, p.Dated, p.Heading)
		if err != nil {
			return wrapErr(t.path, fmt.Sprintf("put source %s: passage %d", src.ID, p.Ord), err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return wrapErr(t.path, fmt.Sprintf("put source %s: passage %d", src.ID, p.Ord), err)
		}
		if len(p.Vector) > 0 {
			insertVector, err := t.stmt(ctx, `INSERT INTO vectors (passage_id, vector) VALUES (?,?)`)
			if err == nil {
				_, err = insertVector.ExecContext(ctx, id, encodeVector(p.Vector))
			}
			if err != nil {
				return wrapErr(t.path, fmt.Sprintf("put source %s: passage %d: vector", src.ID, p.Ord), err)
			}
			t.added = append(t.added, id)
		}
		sp.passages = append(sp.passages, passageTerms{id: id, terms: p.Terms})
	}
	t.postings.add(&sp, t.savepoint > 0)
	return t.maybeFlush(ctx, t.savepoint)
}

// DeleteSource removes a source and its passages; a missing source is no error.
func (t *Tx) DeleteSource(ctx context.Context, id string) error {
	find, err := t.stmt(ctx, `SELECT num, terms FROM sources WHERE id = ?`)
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
	}
	var op sourcePostings
	err = find.QueryRowContext(ctx, id).Scan(&op.num, &op.extra)
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
	}
	list, err := t.stmt(ctx, `SELECT id, terms FROM passages WHERE source_id = ? ORDER BY id`)
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
	}
	rows, err := list.QueryContext(ctx, id)
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
	}
	for rows.Next() {
		var p passageTerms
		if err := rows.Scan(&p.id, &p.terms); err != nil {
			rows.Close()
			return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
		}
		op.passages = append(op.passages, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
	}
	for _, q := range []string{
		`DELETE FROM vectors WHERE passage_id IN (SELECT id FROM passages WHERE source_id = ?)`,
		`DELETE FROM passages WHERE source_id = ?`,
		`DELETE FROM sources WHERE id = ?`,
	} {
		st, err := t.stmt(ctx, q)
		if err == nil {
			_, err = st.ExecContext(ctx, id)
		}
		if err != nil {
			return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
		}
	}
	for _, p := range op.passages {
		t.deleted = append(t.deleted, p.id)
	}
	t.postings.remove(&op, t.savepoint > 0)
	return nil
}

// SetMeta sets one metadata value.
func (t *Tx) SetMeta(ctx context.Context, key, value string) error {
	_, err := t.tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("set meta %s", key), err)
	}
	return nil
}

// BumpVersion increments the index version and returns the new one.
func (t *Tx) BumpVersion(ctx context.Context) (int, error) {
	var v string
	err := t.tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, MetaIndexVersion).Scan(&v)
	if err != nil && err != sql.ErrNoRows {
		return 0, wrapErr(t.path, "index version", err)
	}
	n, _ := strconv.Atoi(v)
	n++
	if err := t.SetMeta(ctx, MetaIndexVersion, strconv.Itoa(n)); err != nil {
		return 0, err
	}
	return n, nil
}

// Metadata keys the store itself knows.
const (
	MetaIndexVersion = "index_version"
	// metaGeneration counts committed Updates, so that a process learns
	// that another one changed the index.
	metaGeneration = "generation"
)

// Checkpoint copies what the write-ahead log holds into the database file
// and truncates the log, so that a large rebuild does not leave a log as
// large as the index for as long as the processes run. It waits for
// readers of older snapshots for at most the busy timeout; complete is
// false when some still read, and the log is then truncated by a later
// checkpoint.
func (s *Store) Checkpoint(ctx context.Context) (complete bool, err error) {
	if s.readOnly {
		return false, nil
	}
	var busy, logFrames, checkpointed int
	if err := s.db.QueryRowContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &logFrames, &checkpointed); err != nil {
		return false, s.fail("checkpoint", err)
	}
	return busy == 0, nil
}
