//go:build unix

package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// checkWritable reports, without writing, whether the index file and the
// folder that must hold its log can be written: SQLite would otherwise open
// a read-only file for reading and fail only at the first write.
func checkWritable(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err == nil {
		f.Close()
		err = syscall.Access(filepath.Dir(path), 2 /* W_OK */)
	}
	if err == nil || errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if errors.Is(err, syscall.EROFS) || errors.Is(err, syscall.EACCES) || errors.Is(err, syscall.EPERM) {
		return &Error{Path: path, Op: "open", Kind: ErrReadOnly, Err: fmt.Errorf("%w", err)}
	}
	return nil
}
