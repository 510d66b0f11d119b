package retrieval

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/quellen/quellen/store"
)

// Folder is a sources folder on disk, read so that nothing outside it is:
// a link is followed only when its target lies inside the folder, and a
// file is opened without waiting, so that a named pipe cannot hang a
// rebuild. It implements fs.FS and fs.ReadDirFS for LoadSources.
type Folder struct {
	root *os.Root
	dir  string // the folder's absolute path, links resolved
}

// OpenFolder opens the sources folder dir.
func OpenFolder(dir string) (*Folder, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if resolved, err := filepath.EvalSymlinks(abs); err == nil {
		abs = resolved
	}
	root, err := os.OpenRoot(abs)
	if err != nil {
		return nil, err
	}
	return &Folder{root: root, dir: abs}, nil
}

// Load reads every .md and .txt file of the folder as a source, as
// LoadSources does; origin prefixes each source's Origin (the folder's
// path). A file that is no regular file inside the folder, or larger than
// MaxSourceBytes, is named in a FileError and not read. Loading stops when
// ctx is done, with ctx's error.
func (f *Folder) Load(ctx context.Context, origin string) ([]store.Source, []FileError, error) {
	return loadSources(ctx, f, origin)
}

// Close lets go of the folder.
func (f *Folder) Close() error { return f.root.Close() }

// ReadDir lists a folder inside, without following links.
func (f *Folder) ReadDir(name string) ([]fs.DirEntry, error) {
	return fs.ReadDir(f.root.FS(), name)
}

// maxLinks bounds how many absolute links Open follows in a row.
const maxLinks = 8

// Open opens a file inside the folder for reading, without waiting for a
// writer (a named pipe opens at once and is then refused by LoadSources as
// not regular). A link that leads outside the folder is an error wrapping
// ErrNotRegular that names its target.
func (f *Folder) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	for range maxLinks {
		file, err := f.root.OpenFile(name, os.O_RDONLY|nonBlocking, 0)
		if err == nil {
			return file, nil
		}
		// os.Root refuses every absolute link, even one into the folder:
		// follow those that stay inside, name the others.
		target, linkErr := f.root.Readlink(name)
		if linkErr != nil {
			return nil, err
		}
		if !filepath.IsAbs(target) {
			if _, statErr := f.root.Stat(name); statErr != nil && !errors.Is(statErr, fs.ErrNotExist) {
				return nil, fmt.Errorf("a link to %s, outside the sources folder: %w", Printable(target), ErrNotRegular)
			}
			return nil, err
		}
		rel, relErr := filepath.Rel(f.dir, filepath.Clean(target))
		if relErr != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
			return nil, fmt.Errorf("a link to %s, outside the sources folder: %w", Printable(target), ErrNotRegular)
		}
		name = path.Clean(filepath.ToSlash(rel))
	}
	return nil, fmt.Errorf("more than %d links in a row: %w", maxLinks, ErrNotRegular)
}
