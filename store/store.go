// Package store keeps the indexed collection: sources and their passages in
// SQLite (with FTS5 for full-text search) and the passages' vectors in an
// in-memory chromem-go collection loaded from SQLite at start.
//
// Build with the sqlite_fts5 tag; without it SQLite answers "no such module: fts5".
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// ErrCorrupt reports a database file that SQLite cannot read as a database.
var ErrCorrupt = errors.New("database is corrupt")

// Store is an opened index. It is safe for concurrent use: readers see the
// last committed state while an Update is under way (SQLite WAL mode).
type Store struct {
	db      *sql.DB
	path    string
	vectors *vectorIndex
	stmts   *statements

	// passageCount is how many passages the committed index holds; every
	// question needs it and counting 100,000 rows each time is not free.
	passageCount atomic.Int64

	// writeMu serialises Updates so that vector changes are applied in commit order.
	writeMu sync.Mutex
}

// Open opens (creating it if needed) the index database at path and loads its
// vectors. A file that is not a usable database yields an error wrapping
// ErrCorrupt; the file is left untouched.
func Open(ctx context.Context, path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("data directory %s: %w", dir, err)
		}
	}
	dsn := "file:" + path + "?_journal_mode=WAL&_busy_timeout=10000&_foreign_keys=on&_synchronous=NORMAL"
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.init(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func (s *Store) init(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return s.classify(err)
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return s.classify(err)
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("open %s: journal mode is %q, want wal", s.path, mode)
	}
	if err := migrate(ctx, s.db); err != nil {
		return s.classify(err)
	}
	vectors, err := loadVectors(ctx, s.db)
	if err != nil {
		return s.classify(err)
	}
	s.vectors = vectors
	if s.stmts, err = prepare(ctx, s.db); err != nil {
		return s.classify(err)
	}
	return s.recount(ctx)
}

func (s *Store) recount(ctx context.Context) error {
	var n int64
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM passages`).Scan(&n); err != nil {
		return fmt.Errorf("count passages: %w", err)
	}
	s.passageCount.Store(n)
	return nil
}

// classify turns SQLite's corruption errors into ErrCorrupt and adds the path.
func (s *Store) classify(err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrNotADB || se.Code == sqlite3.ErrCorrupt) {
		return fmt.Errorf("%s: %w (%v)", s.path, ErrCorrupt, err)
	}
	if strings.Contains(err.Error(), "no such module: fts5") {
		return fmt.Errorf("%s: %w: this binary was built without the sqlite_fts5 tag", s.path, err)
	}
	return fmt.Errorf("%s: %w", s.path, err)
}

// Close closes the database.
func (s *Store) Close() error {
	if s.stmts != nil {
		s.stmts.close()
	}
	return s.db.Close()
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Meta reads one metadata value; a missing key yields "".
func (s *Store) Meta(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("meta %s: %w", key, err)
	}
	return v, nil
}
