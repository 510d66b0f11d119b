// Package store keeps the indexed collection in SQLite: sources, their
// passages and events, and the postings of Quellen's own full-text index
// (postings.go, search.go); and, for an index built with vectors, the
// passages' vectors, searched in an in-memory chromem-go collection loaded
// from SQLite when first needed.
//
// One index file may be shared by several processes: readers see the last
// committed state through SQLite's WAL snapshots and are never blocked by a
// rebuild; one rebuild at a time holds the writer lock (LockWriter). A file
// that is not a Quellen index (see ApplicationID) is never written to.
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
	"strconv"
	"strings"
	"sync"
)

// Mode says how an index file is opened.
type Mode int

const (
	// Create opens the index for reading and writing, making a new, empty
	// one when the file does not exist.
	Create Mode = iota
	// ReadWrite opens an existing index for reading and writing; a missing
	// file is ErrNoIndex.
	ReadWrite
	// ReadOnly opens an existing index for reading only, for a data
	// directory that cannot be written to: nothing is written, not even a
	// schema migration.
	ReadOnly
)

// busyTimeout is how long a statement waits for SQLite's lock. Readers in
// WAL mode never wait for a writer; this covers writers waiting for each
// other and the short moments of a checkpoint.
const busyTimeoutMillis = 10000

// Store is an opened index. It is safe for concurrent use: readers see the
// last committed state while an Update is under way (SQLite WAL mode).
type Store struct {
	db       *sql.DB
	path     string
	readOnly bool
	// immutable: opened without locks, for a folder nobody may write.
	immutable bool
	stmts     *statements

	// mu guards what the store caches of the committed state: the
	// collection's totals (every question needs them; counting 100,000
	// rows each time is not free) and the in-memory vectors, loaded on
	// first use. Both belong to generation, which every Update, in this
	// process or another, increments.
	mu         sync.Mutex
	counted    bool
	generation int64
	stats      stats
	vectors    *vectorIndex // nil until first needed

	// sourceNames caches source numbers' ids (guarded by mu); a number
	// is never reused, so the cache outlives rebuilds.
	sourceNames map[int64]string

	// accumulators are the score tables searches reuse.
	accumulators sync.Pool

	// writeMu serialises Updates in this process.
	writeMu sync.Mutex
	// lock is the cross-process writer lock; see LockWriter.
	lock writerLock

	// flushBytes is how much postings an update gathers before it writes
	// them: defaultFlushBytes, smaller in tests of flushes mid-update.
	flushBytes int
}

// Open opens the index database at path, creating it if needed. It is
// OpenMode with Create.
func Open(ctx context.Context, path string) (*Store, error) {
	return OpenMode(ctx, path, Create)
}

// OpenMode opens the index database at path. Before anything is written the
// file is checked to be a Quellen index: another program's SQLite database
// yields an error wrapping ErrForeign, a zero-byte file ErrEmptyFile, and a
// file that is no database ErrCorrupt; each is left byte for byte as it was.
// The store reads the file through a memory map (mmapBytes): a file
// truncated in place under an open store, or a disk that fails a read, ends
// the process rather than returning an error.
func OpenMode(ctx context.Context, path string, mode Mode) (*Store, error) {
	kind, err := inspect(ctx, path)
	if err != nil {
		return nil, err
	}
	if kind == fileMissing {
		if mode != Create {
			return nil, &Error{Path: path, Op: "open", Kind: ErrNoIndex, Err: os.ErrNotExist}
		}
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("data directory %s: %w", dir, err)
			}
		}
		if err := create(ctx, path); err != nil {
			return nil, err
		}
		if kind, err = inspect(ctx, path); err != nil {
			return nil, err
		}
	}
	if mode != ReadOnly {
		if err := checkWritable(path); err != nil {
			return nil, err
		}
	}
	query := "mode=rw&_journal_mode=WAL&_busy_timeout=" + strconv.Itoa(busyTimeoutMillis) +
		"&_foreign_keys=on&_synchronous=NORMAL&_txlock=immediate"
	if mode == ReadOnly {
		query = "mode=ro&_busy_timeout=" + strconv.Itoa(busyTimeoutMillis) + "&_foreign_keys=on"
	}
	db := openDB(fileURI(path, query))
	s := &Store{db: db, path: path, readOnly: mode == ReadOnly, lock: writerLock{path: path + ".lock"}, accumulators: newAccumulatorPool(), sourceNames: make(map[int64]string), flushBytes: defaultFlushBytes}
	err = s.init(ctx, kind == fileLegacy)
	if err != nil && mode == ReadOnly && (errors.Is(err, ErrIO) || errors.Is(err, ErrDiskFull)) {
		// A folder nobody may write cannot hold the shared-memory file that
		// WAL readers need: read the file as it is, without locks. Nobody
		// can change it through this folder meanwhile.
		db.Close()
		db = openDB(fileURI(path, "mode=ro&immutable=1&_foreign_keys=on"))
		s = &Store{db: db, path: path, readOnly: true, immutable: true, lock: writerLock{path: path + ".lock"}, accumulators: newAccumulatorPool(), sourceNames: make(map[int64]string), flushBytes: defaultFlushBytes}
		err = s.init(ctx, false)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func (s *Store) init(ctx context.Context, legacy bool) error {
	if err := s.db.PingContext(ctx); err != nil {
		return s.fail("open", err)
	}
	if s.readOnly {
		var version int
		if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
			return s.fail("open", err)
		}
		switch {
		case version > len(migrations):
			return &Error{Path: s.path, Op: "open", Kind: ErrNewer, Err: fmt.Errorf("schema version %d, this binary knows %d", version, len(migrations))}
		case version < len(migrations):
			return &Error{Path: s.path, Op: "open", Kind: ErrOutdated, Err: fmt.Errorf("schema version %d, this binary needs %d, and the index cannot be written", version, len(migrations))}
		}
	} else {
		var mode string
		if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
			return s.fail("open", err)
		}
		if !strings.EqualFold(mode, "wal") {
			return fmt.Errorf("open %s: journal mode is %q, want wal", s.path, mode)
		}
		if legacy {
			if err := adopt(ctx, s.db); err != nil {
				return s.fail("open", err)
			}
			// Into the file itself, so that the next process reads the mark
			// from the header rather than from the log.
			if _, err := s.Checkpoint(ctx); err != nil {
				return err
			}
		}
		if err := migrate(ctx, s.db); err != nil {
			if errors.Is(err, ErrNewer) {
				return &Error{Path: s.path, Op: "open", Kind: ErrNewer, Err: err}
			}
			return s.fail("migrate", err)
		}
	}
	var err error
	if s.stmts, err = prepare(ctx, s.db); err != nil {
		return s.fail("open", err)
	}
	_, err = s.current(ctx)
	return err
}

// stats are the collection's totals that ranking needs.
type stats struct {
	passages, sources         int64
	passageTerms, sourceTerms int64 // terms in all passages, in all sources' whole texts
}

// current brings what the store caches up to the committed generation and
// returns the collection's totals.
func (s *Store) current(ctx context.Context) (stats, error) {
	// Every question asks, through the statement prepared for it.
	gen, err := s.scanGeneration(s.stmts.meta.QueryRowContext(ctx, metaGeneration))
	if err != nil {
		return stats{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.counted && gen == s.generation {
		return s.stats, nil
	}
	st, err := readStats(ctx, s.db)
	if err != nil {
		return stats{}, s.fail("count passages", err)
	}
	// Another process rebuilt the index: the vectors are read anew when
	// next needed.
	s.vectors = nil
	s.generation, s.stats, s.counted = gen, st, true
	return st, nil
}

func readStats(ctx context.Context, q queryer) (stats, error) {
	var st stats
	err := q.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM passages), (SELECT count(*) FROM sources),
		coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?), 0),
		coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?), 0)`, metaPassageTerms, metaSourceTerms).
		Scan(&st.passages, &st.sources, &st.passageTerms, &st.sourceTerms)
	return st, err
}

// loadedVectors returns the in-memory vectors of the committed index,
// reading them from SQLite the first time and after another process
// changed the index.
func (s *Store) loadedVectors(ctx context.Context) (*vectorIndex, error) {
	if _, err := s.current(ctx); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.vectors == nil {
		v, err := loadVectors(ctx, s.db)
		if err != nil {
			return nil, s.fail("load vectors", err)
		}
		s.vectors = v
	}
	return s.vectors, nil
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (s *Store) readGeneration(ctx context.Context, q queryer) (int64, error) {
	return s.scanGeneration(q.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", metaGeneration))
}

// scanGeneration reads the generation from row, which selects its value.
func (s *Store) scanGeneration(row *sql.Row) (int64, error) {
	var v string
	err := row.Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, s.fail("read generation", err)
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s: generation %q: %w", s.path, v, ErrCorrupt)
	}
	return n, nil
}

// Close closes the database and lets go of the writer lock.
func (s *Store) Close() error {
	if s.stmts != nil {
		s.stmts.close()
	}
	s.lock.close()
	return s.db.Close()
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// ReadOnly reports whether the index was opened for reading only.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Meta reads one metadata value; a missing key yields "".
func (s *Store) Meta(ctx context.Context, key string) (string, error) {
	var v string
	err := s.stmts.meta.QueryRowContext(ctx, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", s.fail("meta "+key, err)
	}
	return v, nil
}
