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
// full-text search and its vector.
type IndexedPassage struct {
	Passage        // with Terms, the space-separated analysed terms
	Grams   string // space-separated character n-grams
	Vector  []float32
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
	tx := &Tx{tx: sqlTx, path: s.path}
	before, err := s.readGeneration(ctx, sqlTx)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
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
	var n int64
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM passages`).Scan(&n); err != nil {
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
	s.generation, s.passageCount, s.counted = after, n, true
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
	added, deleted := len(t.added), len(t.deleted)
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
		return err
	}
	if _, err := t.tx.ExecContext(ctx, "RELEASE "+name); err != nil {
		return wrapErr(t.path, "release savepoint", err)
	}
	return nil
}

// PutSource writes a source with its passages, replacing any source with the
// same id. sourceTerms is the analysed text of the whole source.
func (t *Tx) PutSource(ctx context.Context, src Source, sourceTerms string, passages []IndexedPassage) error {
	if err := t.DeleteSource(ctx, src.ID); err != nil {
		return err
	}
	res, err := t.tx.ExecContext(ctx, `INSERT INTO sources (id, title, outlet, url, language, published,
		published_inferred, note, origin, text, hash, indexed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
		src.ID, src.Title, src.Outlet, src.URL, src.Language, src.Published.Value, src.Published.Inferred,
		src.Note, src.Origin, src.Text, src.Hash, time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return wrapErr(t.path, "put source "+src.ID, err)
	}
	num, err := res.LastInsertId()
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("put source %s", src.ID), err)
	}
	if _, err := t.tx.ExecContext(ctx, `INSERT INTO sources_fts (rowid, terms) VALUES (?, ?)`, num, sourceTerms); err != nil {
		return wrapErr(t.path, fmt.Sprintf("put source %s: full text", src.ID), err)
	}
	insert, err := t.tx.PrepareContext(ctx, `INSERT INTO passages (source_id, ord, block, start, end, text, terms, figure, dated, vector) VALUES (?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("put source %s", src.ID), err)
	}
	defer insert.Close()
	insertText, err := t.tx.PrepareContext(ctx, `INSERT INTO passages_fts (rowid, terms, grams) VALUES (?,?,?)`)
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("put source %s", src.ID), err)
	}
	defer insertText.Close()
	for _, p := range passages {
		if p.Start < 0 || p.End > len(src.Text) || p.Start >= p.End {
			return invalid("put source %s: passage %d has offsets %d..%d outside the text of %d bytes", src.ID, p.Ord, p.Start, p.End, len(src.Text))
		}
		res, err := insert.ExecContext(ctx, src.ID, p.Ord, p.Block, p.Start, p.End, src.Text[p.Start:p.End], p.Terms, p.Figure, p.Dated, encodeVector(p.Vector))
		if err != nil {
			return wrapErr(t.path, fmt.Sprintf("put source %s: passage %d", src.ID, p.Ord), err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return wrapErr(t.path, fmt.Sprintf("put source %s: passage %d", src.ID, p.Ord), err)
		}
		if _, err := insertText.ExecContext(ctx, id, p.Terms, p.Grams); err != nil {
			return wrapErr(t.path, fmt.Sprintf("put source %s: passage %d: full text", src.ID, p.Ord), err)
		}
		t.added = append(t.added, id)
	}
	return nil
}

// DeleteSource removes a source and its passages; a missing source is no error.
func (t *Tx) DeleteSource(ctx context.Context, id string) error {
	var num int64
	err := t.tx.QueryRowContext(ctx, `SELECT num FROM sources WHERE id = ?`, id).Scan(&num)
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
	}
	rows, err := t.tx.QueryContext(ctx, `SELECT id FROM passages WHERE source_id = ?`, id)
	if err != nil {
		return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
	}
	var ids []int64
	for rows.Next() {
		var pid int64
		if err := rows.Scan(&pid); err != nil {
			rows.Close()
			return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
		}
		ids = append(ids, pid)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
	}
	for _, pid := range ids {
		if _, err := t.tx.ExecContext(ctx, `DELETE FROM passages_fts WHERE rowid = ?`, pid); err != nil {
			return wrapErr(t.path, fmt.Sprintf("delete source %s: passage %d", id, pid), err)
		}
	}
	t.deleted = append(t.deleted, ids...)
	if _, err := t.tx.ExecContext(ctx, `DELETE FROM sources_fts WHERE rowid = ?`, num); err != nil {
		return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
	}
	if _, err := t.tx.ExecContext(ctx, `DELETE FROM passages WHERE source_id = ?`, id); err != nil {
		return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
	}
	if _, err := t.tx.ExecContext(ctx, `DELETE FROM sources WHERE id = ?`, id); err != nil {
		return wrapErr(t.path, fmt.Sprintf("delete source %s", id), err)
	}
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
