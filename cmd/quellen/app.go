package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/translate"
	"github.com/quellen/quellen/store"
)

// config is everything read from the environment, once, here.
type config struct {
	dataDir  string
	sources  string // QUELLEN_SOURCES: a sources folder instead of the default collection
	logLevel string
	dict     string // QUELLEN_DICT: a FreeDict English-German .index file or folder; empty: the embedded Ding dictionary
}

func loadConfig(e *env) config {
	c := config{
		dataDir:  e.getenv("QUELLEN_DATA"),
		sources:  e.getenv("QUELLEN_SOURCES"),
		logLevel: e.getenv("QUELLEN_LOG_LEVEL"),
		dict:     e.getenv("QUELLEN_DICT"),
	}
	if c.dataDir == "" {
		c.dataDir = "data"
	}
	return c
}

// index is the opened index and the engine over it, for one command run.
type index struct {
	cfg    config
	log    *slog.Logger
	engine *retrieval.Engine
	store  *store.Store
}

// openIndex opens the index the configuration names, with a logger for stderr.
func openIndex(ctx context.Context, cfg config, stderr io.Writer) (*index, error) {
	logger, err := newLogger(stderr, cfg.logLevel)
	if err != nil {
		return nil, err
	}
	eng, st, err := openEngine(ctx, cfg, logger)
	if err != nil {
		return nil, err
	}
	return &index{cfg: cfg, log: logger, engine: eng, store: st}, nil
}

// Close closes the index.
func (x *index) Close() error { return x.store.Close() }

// openSyncedIndex opens the configured index and brings it up to date with
// its collection, noting on stderr each source file that was skipped: what
// every command that reads the index does first.
func openSyncedIndex(ctx context.Context, e *env) (*index, error) {
	x, err := openIndex(ctx, loadConfig(e), e.stderr)
	if err != nil {
		return nil, err
	}
	report, err := x.sync(ctx)
	for _, f := range report.Failed {
		fmt.Fprintf(e.stderr, "quellen: skipped %v\n", f)
	}
	if err != nil {
		x.Close()
		return nil, err
	}
	return x, nil
}

// sync brings the index up to date with the configured collection.
func (x *index) sync(ctx context.Context) (retrieval.IndexReport, error) {
	col, err := resolveCollection(ctx, x.cfg, x.store, "")
	if err != nil {
		return retrieval.IndexReport{}, err
	}
	return syncIndex(ctx, x.engine, col, nil)
}

// dbFile is the index database inside the data directory.
const dbFile = "quellen.db"

// openEngine opens the index in the data directory and the engine over it.
func openEngine(ctx context.Context, cfg config, logger *slog.Logger) (*retrieval.Engine, *store.Store, error) {
	if err := os.MkdirAll(cfg.dataDir, 0o755); err != nil {
		return nil, nil, badInput("data directory %s cannot be created: %v; set QUELLEN_DATA to a writable folder", cfg.dataDir, err)
	}
	probe, err := os.CreateTemp(cfg.dataDir, ".probe-*")
	if err != nil {
		return nil, nil, badInput("data directory %s is not writable: %v; set QUELLEN_DATA to a writable folder", cfg.dataDir, err)
	}
	probe.Close()
	os.Remove(probe.Name())

	path := filepath.Join(cfg.dataDir, dbFile)
	st, err := store.Open(ctx, path)
	if errors.Is(err, store.ErrCorrupt) {
		return nil, nil, badInput("index %s is corrupt; move it away (nothing was changed) and run 'quellen index' to rebuild it", path)
	}
	if err != nil {
		return nil, nil, badInput("open index %s: %v", path, err)
	}
	eng, err := retrieval.New(st, retrieval.Options{Logger: logger, Dictionary: dictionary(cfg.dict)})
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return eng, st, nil
}

// dictionary opens the English-German dictionary: the Ding dictionary
// embedded in the binary when path is empty, else the FreeDict dictionary at
// path, its .index file (the .dict.dz beside it) or the folder holding both.
// It is opened once, on the first call, however many engines share it.
func dictionary(path string) func() (*translate.Dictionary, error) {
	return sync.OnceValues(func() (*translate.Dictionary, error) {
		if path == "" {
			d, err := translate.LoadDing()
			if err != nil {
				return nil, err
			}
			return d.EnglishGerman(), nil
		}
		if index, ok := strings.CutSuffix(path, ".index"); ok {
			return translate.Open(path, index+".dict.dz")
		}
		return translate.OpenDir(path)
	})
}

// collection says where the sources come from: the embedded default or a folder.
type collection struct {
	name string // "default" or the folder's absolute path
	fsys fs.FS
}

const defaultCollection = "default"

// resolveCollection picks the collection: an explicit folder, else
// QUELLEN_SOURCES, else the folder the index remembers, else the default.
func resolveCollection(ctx context.Context, cfg config, st *store.Store, explicit string) (collection, error) {
	dir := explicit
	if dir == "" {
		dir = cfg.sources
	}
	if dir == "" {
		remembered, err := st.Meta(ctx, retrieval.MetaCollection)
		if err != nil {
			return collection{}, err
		}
		if remembered != "" && remembered != defaultCollection {
			dir = remembered
		}
	}
	if dir == "" || dir == defaultCollection {
		return collection{name: defaultCollection, fsys: corpus.Default()}, nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return collection{}, badInput("sources folder %s: %v", dir, err)
	}
	info, err := os.Stat(abs)
	if err != nil {
		return collection{}, badInput("sources folder %s: %v", dir, err)
	}
	if !info.IsDir() {
		return collection{}, badInput("sources folder %s is not a folder", dir)
	}
	return collection{name: abs, fsys: os.DirFS(abs)}, nil
}

// syncIndex brings the index up to date with the collection, rebuilding
// only what changed. It is what makes the first 'ask' work with no set-up.
func syncIndex(ctx context.Context, eng *retrieval.Engine, col collection, progress retrieval.Progress) (retrieval.IndexReport, error) {
	sources, failed := retrieval.LoadSources(col.fsys, col.name)
	if len(sources) == 0 && len(failed) > 0 {
		report := retrieval.IndexReport{Failed: failed}
		return report, fmt.Errorf("no source in %s could be read (first: %v)", col.name, failed[0])
	}
	if len(sources) == 0 {
		return retrieval.IndexReport{}, badInput("no .md or .txt source files in %s", col.name)
	}
	return eng.Index(ctx, retrieval.IndexRequest{Collection: col.name, Sources: sources, Failed: failed}, progress)
}
