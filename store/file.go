package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ApplicationID marks a SQLite file as a Quellen index (PRAGMA
// application_id; the bytes "Qlln"). A file without it is never written to,
// unless it is an index made before the mark existed (see legacyIndex).
const ApplicationID = 0x516c6c6e

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// fileKind is what inspect found at an index path.
type fileKind int

const (
	fileMissing fileKind = iota
	fileOurs             // a Quellen index
	fileLegacy           // a Quellen index made before the application id
)

// header is the part of a SQLite file's first page that says whose it is.
type header struct {
	userVersion   uint32
	applicationID uint32
}

// readHeader reads the database header at path with plain file reads, so
// that nothing, not even SQLite's lock files, touches a file that may not
// be ours.
func readHeader(path string) (header, error) {
	f, err := os.Open(path)
	if err != nil {
		return header{}, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return header{}, err
	}
	if info.IsDir() {
		return header{}, fmt.Errorf("%s is a folder, not an index file", path)
	}
	if !info.Mode().IsRegular() {
		return header{}, fmt.Errorf("%s is not a regular file", path)
	}
	if info.Size() == 0 {
		return header{}, fmt.Errorf("%s: %w where an index was expected", path, ErrEmptyFile)
	}
	buf := make([]byte, 100)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return header{}, &Error{Path: path, Op: "read", Kind: ErrIO, Err: err}
	}
	if n < len(buf) || !bytes.Equal(buf[:len(sqliteMagic)], sqliteMagic) {
		return header{}, &Error{Path: path, Op: "open", Kind: ErrCorrupt, Err: errors.New("not a SQLite database")}
	}
	return header{
		userVersion:   binary.BigEndian.Uint32(buf[60:64]),
		applicationID: binary.BigEndian.Uint32(buf[68:72]),
	}, nil
}

// inspect says whether path holds a Quellen index, without writing.
func inspect(ctx context.Context, path string) (fileKind, error) {
	h, err := readHeader(path)
	if errors.Is(err, os.ErrNotExist) {
		return fileMissing, nil
	}
	if err != nil {
		return 0, err
	}
	switch {
	case h.applicationID == ApplicationID:
		return fileOurs, nil
	case h.applicationID == 0 && h.userVersion >= 1 && int(h.userVersion) <= len(migrations):
		ok, err := legacyIndex(ctx, path, int(h.userVersion))
		if err != nil {
			return 0, err
		}
		if ok {
			return fileLegacy, nil
		}
	}
	return 0, &Error{Path: path, Op: "open", Kind: ErrForeign,
		Err: fmt.Errorf("a SQLite database of another program (application id %#x, schema version %d)", h.applicationID, h.userVersion)}
}

// legacyTables are the tables a Quellen index of a schema version has:
// from its first, the full-text tables of FTS5; from version 7 the
// postings instead.
func legacyTables(version int) []string {
	if version >= 7 {
		return []string{"meta", "sources", "passages", "postings"}
	}
	return []string{"meta", "sources", "passages", "passages_fts", "sources_fts"}
}

// legacyIndex reports whether the database at path has the tables of a
// Quellen index of the schema version it says. It reads the file as
// immutable: no lock, no journal, no change.
func legacyIndex(ctx context.Context, path string, version int) (bool, error) {
	db, err := sql.Open("sqlite3", fileURI(path, "mode=ro&immutable=1"))
	if err != nil {
		return false, err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table'`)
	if err != nil {
		return false, wrapErr(path, "open", err)
	}
	defer rows.Close()
	have := make(map[string]bool)
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return false, wrapErr(path, "open", err)
		}
		have[name] = true
	}
	if err := rows.Err(); err != nil {
		return false, wrapErr(path, "open", err)
	}
	for _, t := range legacyTables(version) {
		if !have[t] {
			return false, nil
		}
	}
	return true, nil
}

// fileURI makes a SQLite URI of a path, escaping what a URI would read.
func fileURI(path, query string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(path))
	return "file:" + esc + "?" + query
}

// create makes a new, empty, fully migrated index at path. It is built
// under a temporary name and linked into place only when complete, so that
// no other process ever sees a half-made or zero-byte file there; when
// another process made one first, that one is kept.
func create(ctx context.Context, path string) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".new-*")
	if err != nil {
		return wrapCreate(path, err)
	}
	tmpPath := tmp.Name()
	tmp.Close()
	defer func() {
		os.Remove(tmpPath)
		os.Remove(tmpPath + "-journal")
	}()
	db, err := sql.Open("sqlite3", fileURI(tmpPath, "mode=rw&_journal_mode=DELETE&_foreign_keys=on"))
	if err != nil {
		return wrapCreate(path, err)
	}
	err = func() error {
		defer db.Close()
		// One connection: the pragmas below belong to the file, but the
		// journal mode must be switched on the connection that holds it.
		db.SetMaxOpenConns(1)
		if _, err := db.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
			return err
		}
		if err := migrate(ctx, db); err != nil {
			return err
		}
		var mode string
		if err := db.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
			return err
		}
		if !strings.EqualFold(mode, "wal") {
			return fmt.Errorf("journal mode is %q, want wal", mode)
		}
		return nil
	}()
	if err != nil {
		return wrapErr(path, "create", err)
	}
	// Closing the last connection checkpoints and removes the WAL, so the
	// file is complete on its own. A link never replaces an existing file.
	if err := os.Link(tmpPath, path); err != nil && !errors.Is(err, os.ErrExist) {
		if _, statErr := os.Stat(path); statErr == nil {
			return nil
		}
		// A file system without hard links: rename, which could only race
		// with another process making the same new index.
		if err := os.Rename(tmpPath, path); err != nil {
			return wrapCreate(path, err)
		}
	}
	return nil
}

func wrapCreate(path string, err error) error {
	return fmt.Errorf("create index %s: %w", path, err)
}
