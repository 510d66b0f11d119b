package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"syscall"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// Kinds of failure a caller can act on, tested with errors.Is. Every error
// the store returns for a database fault wraps one of them when SQLite's
// code says which.
var (
	// ErrCorrupt reports a file that SQLite cannot read as a database, or
	// one whose pages are damaged.
	ErrCorrupt = errors.New("database is corrupt")
	// ErrForeign reports a SQLite database that is not a Quellen index: it
	// is never written to.
	ErrForeign = errors.New("not a Quellen index")
	// ErrEmptyFile reports a zero-byte file where an index was expected.
	ErrEmptyFile = errors.New("the file is empty (0 bytes)")
	// ErrNoIndex reports that no index file exists and none was to be made.
	ErrNoIndex = errors.New("no index")
	// ErrDiskFull reports that a write found the disk full.
	ErrDiskFull = errors.New("the disk is full")
	// ErrIO reports that the operating system failed to read or write.
	ErrIO = errors.New("input/output error")
	// ErrReadOnly reports a write to an index that can only be read.
	ErrReadOnly = errors.New("the index can only be read")
	// ErrBusy reports that SQLite's lock could not be had in time.
	ErrBusy = errors.New("the database is busy")
	// ErrNewer reports an index made by a newer quellen than this one.
	ErrNewer = errors.New("made by a newer quellen")
	// ErrOutdated reports an index whose schema is older than this binary's
	// when it is opened for reading only and so cannot be brought up to date.
	ErrOutdated = errors.New("made by an older quellen")
	// ErrInvalid reports data that breaks an invariant of the index (an
	// offset outside the text, an anchor outside its quote): the fault is
	// the data's, not the database's.
	ErrInvalid = errors.New("invalid data")
)

// Error is a database fault with the file and what was being done.
type Error struct {
	Path string
	Op   string
	Kind error // one of the Err… kinds above
	Err  error // SQLite's or the operating system's error
}

func (e *Error) Error() string {
	if e.Op == "" {
		return fmt.Sprintf("%s: %v: %v", e.Path, e.Kind, e.Err)
	}
	return fmt.Sprintf("%s %s: %v: %v", e.Op, e.Path, e.Kind, e.Err)
}

// Is reports whether target is the error's kind.
func (e *Error) Is(target error) bool { return target == e.Kind }

func (e *Error) Unwrap() error { return e.Err }

// kindOf maps SQLite's result codes to the kinds above; nil when none fits.
func kindOf(err error) error {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		if strings.Contains(err.Error(), "no such module: fts5") {
			return errNoFTS5
		}
		return nil
	}
	switch se.Code {
	case sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
		return ErrCorrupt
	case sqlite3.ErrFull:
		return ErrDiskFull
	case sqlite3.ErrIoErr, sqlite3.ErrCantOpen, sqlite3.ErrProtocol:
		if errors.Is(se.SystemErrno, syscall.ENOSPC) {
			return ErrDiskFull
		}
		return ErrIO
	case sqlite3.ErrReadonly:
		return ErrReadOnly
	case sqlite3.ErrBusy, sqlite3.ErrLocked:
		return ErrBusy
	case sqlite3.ErrConstraint:
		return ErrInvalid
	}
	if strings.Contains(se.Error(), "no such module: fts5") {
		return errNoFTS5
	}
	return nil
}

var errNoFTS5 = errors.New("this binary was built without the sqlite_fts5 tag")

// fail wraps err from op with the store's path: as an *Error when SQLite
// says what kind of fault it is, else with the operation's name. Context
// errors and errors already wrapped pass through unchanged.
func (s *Store) fail(op string, err error) error {
	return wrapErr(s.path, op, err)
}

func wrapErr(path, op string, err error) error {
	if err == nil {
		return nil
	}
	var already *Error
	if errors.As(err, &already) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		if op == "" {
			return err
		}
		return fmt.Errorf("%s: %w", op, err)
	}
	if kind := kindOf(err); kind != nil {
		return &Error{Path: path, Op: op, Kind: kind, Err: err}
	}
	if op == "" {
		return fmt.Errorf("%s: %w", path, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

// invalidError is data that breaks an invariant of the index.
type invalidError struct{ msg string }

func (e invalidError) Error() string        { return e.msg }
func (e invalidError) Is(target error) bool { return target == ErrInvalid }

// invalid reports data that breaks an invariant of the index.
func invalid(format string, args ...any) error {
	return invalidError{fmt.Sprintf(format, args...)}
}

// corrupt marks err as damage to the index (ErrCorrupt).
func corrupt(err error) error { return fmt.Errorf("%w: %w", ErrCorrupt, err) }
