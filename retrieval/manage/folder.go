package manage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/quellen/quellen/retrieval"
)

// The folder of added sources holds one file per source, <id>.md, and two
// journal folders that the loader skips (their names start with a dot):
//
//	.pending/<id>.md  a new or refreshed version written before the
//	                  index's transaction; moved into place after it
//	                  committed, deleted if it did not.
//	.removed/<id>.md  a source moved aside before the transaction that
//	                  removes it; deleted after it committed, moved back
//	                  if it did not.
//
// Whether the transaction committed is read from the index itself: it
// holds the source with the file's hash, or not. So a crash at any moment
// leaves a state that recover turns into the old or the new one, whichever
// the index holds.
const (
	pendingDir = ".pending"
	removedDir = ".removed"
)

// fileName is the file of the source id.
func fileName(id string) string { return id + ".md" }

// writeFile writes data to path so that path holds either its old
// contents or all of data: written to a temporary file beside it, synced,
// renamed over it, and the folder synced.
func writeFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename, there is nothing left to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	return syncDir(dir)
}

// move renames from to to, making the folder to lies in first, and syncs
// both folders, so that the move survives a crash.
func move(from, to string) error {
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	if err := os.Rename(from, to); err != nil {
		return err
	}
	if err := syncDir(filepath.Dir(to)); err != nil {
		return err
	}
	return syncDir(filepath.Dir(from))
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}

// recover finishes what a crash interrupted, by what the index holds:
// a pending file whose version the index holds is moved into place, any
// other is deleted; a file set aside for removal whose version the index
// still holds is moved back, any other is deleted. The caller holds the
// writer lock.
func (m *Manager) recover(ctx context.Context) error {
	// In both journals, a file whose version the index holds belongs in
	// place: a new version that committed, or a removal that did not.
	for _, journal := range []string{pendingDir, removedDir} {
		dir := filepath.Join(m.dir, journal)
		entries, err := os.ReadDir(dir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("added sources: %w", err)
		}
		for _, e := range entries {
			path := filepath.Join(dir, e.Name())
			if !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), ".md") {
				// A temporary file of an interrupted write.
				if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
					return fmt.Errorf("added sources: %w", err)
				}
				continue
			}
			indexed, err := m.indexedVersion(ctx, path)
			if err != nil {
				return err
			}
			if indexed {
				if err := move(path, filepath.Join(m.dir, e.Name())); err != nil {
					return fmt.Errorf("added sources: %w", err)
				}
				m.log.Info("added sources: put back in place the version the index holds", "file", path)
				continue
			}
			if err := os.Remove(path); err != nil {
				return fmt.Errorf("added sources: %w", err)
			}
			if journal == pendingDir {
				m.log.Info("added sources: dropped a version the index never committed", "file", path)
			} else {
				m.log.Info("added sources: finished a removal the index had committed", "file", path)
			}
		}
	}
	return nil
}

// indexedVersion reports whether the index holds the source of the file
// at path in exactly that version (the file's hash).
func (m *Manager) indexedVersion(ctx context.Context, path string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, fmt.Errorf("added sources: %w", err)
	}
	src, err := retrieval.ParseSource(filepath.Base(path), data)
	if err != nil {
		return false, nil // not a source: no version of it can be indexed
	}
	indexed, err := m.store.Source(ctx, src.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return indexed.Hash == src.Hash, nil
}

// managed reports whether id is an added source (its file is in the folder).
func (m *Manager) managed(id string) bool {
	info, err := os.Lstat(filepath.Join(m.dir, fileName(id)))
	return err == nil && info.Mode().IsRegular()
}
