package store

import (
	"context"
	"database/sql"
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
	tx *sql.Tx

	// Vector changes wait until the SQL commit so that the in-memory index
	// never holds vectors of a transaction that rolled back.
	addVectors    map[int64][]float32
	deleteVectors []int64
}

// Update runs fn in one write transaction. If fn returns an error, or the
// process dies before the commit, nothing of it is kept.
func (s *Store) Update(ctx context.Context, fn func(*Tx) error) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin update: %w", err)
	}
	tx := &Tx{tx: sqlTx, addVectors: make(map[int64][]float32)}
	if err := fn(tx); err != nil {
		sqlTx.Rollback()
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return fmt.Errorf("commit update: %w", err)
	}
	if err := s.recount(ctx); err != nil {
		return err
	}
	// The vectors are derived data; they follow the committed SQL state.
	if err := s.vectors.delete(ctx, tx.deleteVectors); err != nil {
		return err
	}
	for id, vec := range tx.addVectors {
		if err := s.vectors.add(ctx, id, vec); err != nil {
			return err
		}
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
		return fmt.Errorf("put source %s: %w", src.ID, err)
	}
	num, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("put source %s: %w", src.ID, err)
	}
	if _, err := t.tx.ExecContext(ctx, `INSERT INTO sources_fts (rowid, terms) VALUES (?, ?)`, num, sourceTerms); err != nil {
		return fmt.Errorf("put source %s: full text: %w", src.ID, err)
	}
	insert, err := t.tx.PrepareContext(ctx, `INSERT INTO passages (source_id, ord, block, start, end, text, terms, figure, dated, vector) VALUES (?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return fmt.Errorf("put source %s: %w", src.ID, err)
	}
	defer insert.Close()
	insertText, err := t.tx.PrepareContext(ctx, `INSERT INTO passages_fts (rowid, terms, grams) VALUES (?,?,?)`)
	if err != nil {
		return fmt.Errorf("put source %s: %w", src.ID, err)
	}
	defer insertText.Close()
	for _, p := range passages {
		if p.Start < 0 || p.End > len(src.Text) || p.Start >= p.End {
			return fmt.Errorf("put source %s: passage %d has offsets %d..%d outside the text of %d bytes", src.ID, p.Ord, p.Start, p.End, len(src.Text))
		}
		res, err := insert.ExecContext(ctx, src.ID, p.Ord, p.Block, p.Start, p.End, src.Text[p.Start:p.End], p.Terms, p.Figure, p.Dated, encodeVector(p.Vector))
		if err != nil {
			return fmt.Errorf("put source %s: passage %d: %w", src.ID, p.Ord, err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("put source %s: passage %d: %w", src.ID, p.Ord, err)
		}
		if _, err := insertText.ExecContext(ctx, id, p.Terms, p.Grams); err != nil {
			return fmt.Errorf("put source %s: passage %d: full text: %w", src.ID, p.Ord, err)
		}
		t.addVectors[id] = p.Vector
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
		return fmt.Errorf("delete source %s: %w", id, err)
	}
	rows, err := t.tx.QueryContext(ctx, `SELECT id FROM passages WHERE source_id = ?`, id)
	if err != nil {
		return fmt.Errorf("delete source %s: %w", id, err)
	}
	var ids []int64
	for rows.Next() {
		var pid int64
		if err := rows.Scan(&pid); err != nil {
			rows.Close()
			return fmt.Errorf("delete source %s: %w", id, err)
		}
		ids = append(ids, pid)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("delete source %s: %w", id, err)
	}
	for _, pid := range ids {
		if _, err := t.tx.ExecContext(ctx, `DELETE FROM passages_fts WHERE rowid = ?`, pid); err != nil {
			return fmt.Errorf("delete source %s: passage %d: %w", id, pid, err)
		}
		delete(t.addVectors, pid)
	}
	t.deleteVectors = append(t.deleteVectors, ids...)
	if _, err := t.tx.ExecContext(ctx, `DELETE FROM sources_fts WHERE rowid = ?`, num); err != nil {
		return fmt.Errorf("delete source %s: %w", id, err)
	}
	if _, err := t.tx.ExecContext(ctx, `DELETE FROM passages WHERE source_id = ?`, id); err != nil {
		return fmt.Errorf("delete source %s: %w", id, err)
	}
	if _, err := t.tx.ExecContext(ctx, `DELETE FROM sources WHERE id = ?`, id); err != nil {
		return fmt.Errorf("delete source %s: %w", id, err)
	}
	return nil
}

// SetMeta sets one metadata value.
func (t *Tx) SetMeta(ctx context.Context, key, value string) error {
	_, err := t.tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("set meta %s: %w", key, err)
	}
	return nil
}

// BumpVersion increments the index version and returns the new one.
func (t *Tx) BumpVersion(ctx context.Context) (int, error) {
	var v string
	err := t.tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, MetaIndexVersion).Scan(&v)
	if err != nil && err != sql.ErrNoRows {
		return 0, fmt.Errorf("index version: %w", err)
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
)
