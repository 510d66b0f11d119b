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
	"strconv"
	"strings"
	"sync"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/fetch"
	"github.com/quellen/quellen/retrieval/manage"
	"github.com/quellen/quellen/retrieval/translate"
	"github.com/quellen/quellen/store"
)

// config is everything read from the environment, once, here.
type config struct {
	dataDir  string
	sources  string // QUELLEN_SOURCES: a sources folder instead of the default collection
	logLevel string
	dict     string // QUELLEN_DICT: a FreeDict English-German .index file or folder; empty: the embedded Ding dictionary
	// allowPrivateSources (QUELLEN_ALLOW_PRIVATE_SOURCES) lets moderators
	// add pages from loopback, private and other non-public addresses.
	allowPrivateSources bool
	// configErr is a variable that could not be read; whatever opens the
	// index reports it.
	configErr error
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
	if v := strings.TrimSpace(e.getenv("QUELLEN_ALLOW_PRIVATE_SOURCES")); v != "" {
		allow, err := strconv.ParseBool(v)
		if err != nil {
			c.configErr = badInput("QUELLEN_ALLOW_PRIVATE_SOURCES=%q: use true or false", v)
		}
		c.allowPrivateSources = allow
	}
	return c
}

// addedSourcesDir is the folder of moderator-added sources in the data
// directory.
const addedSourcesDir = "added-sources"

// index is the opened index and the engine over it, for one command run.
type index struct {
	cfg    config
	log    *slog.Logger
	stderr io.Writer
	engine *retrieval.Engine
	store  *store.Store
	// sources adds, removes and refreshes moderators' sources, and
	// rebuilds the index with them.
	sources *manage.Manager
	// readOnlyBecause is why the index could not be opened for writing
	// (a read-only folder, a full disk), nil when it was.
	readOnlyBecause error
}

// openIndex opens the index the configuration names, with a logger for
// stderr: for reading and writing where the data directory allows, else for
// reading only. A missing index file is made (empty, under a temporary name
// moved into place) but not built: ready builds it.
func openIndex(ctx context.Context, cfg config, stderr io.Writer) (*index, error) {
	if cfg.configErr != nil {
		return nil, cfg.configErr
	}
	logger, err := newLogger(stderr, cfg.logLevel)
	if err != nil {
		return nil, err
	}
	st, readOnlyBecause, err := openStore(ctx, cfg)
	if err != nil {
		return nil, err
	}
	eng, err := retrieval.New(st, retrieval.Options{Logger: logger, Dictionary: dictionary(cfg.dict)})
	if err != nil {
		st.Close()
		return nil, err
	}
	if readOnlyBecause != nil {
		logger.Info("index opened for reading only: answers come from it as it is, rebuilds fail", "err", readOnlyBecause)
	}
	sources := manage.New(eng, manage.Options{
		Dir:     filepath.Join(cfg.dataDir, addedSourcesDir),
		Fetcher: fetch.New(fetch.Options{AllowPrivate: cfg.allowPrivateSources}),
		Logger:  logger,
	})
	return &index{cfg: cfg, log: logger, stderr: stderr, engine: eng, store: st, sources: sources, readOnlyBecause: readOnlyBecause}, nil
}

// writable returns why the index cannot be written, nil when it can.
func (x *index) writable() error {
	if x.store.ReadOnly() {
		return x.readOnlyBecause
	}
	return nil
}

// Close closes the index.
func (x *index) Close() error { return x.store.Close() }

// openReadyIndex opens the configured index for a reader (ask, sources,
// timeline): it answers from the index as it is, building it only when
// there is none yet.
func openReadyIndex(ctx context.Context, e *env) (*index, error) {
	x, err := openIndex(ctx, loadConfig(e), e.stderr)
	if err != nil {
		return nil, err
	}
	report, err := x.ready(ctx)
	for _, f := range report.Failed {
		fmt.Fprintf(e.stderr, "quellen: skipped %s\n", clean(f.Error()))
	}
	if err != nil {
		x.Close()
		return nil, err
	}
	return x, nil
}

// ready makes the index answerable without rebuilding it: an index that was
// never built is built once, under the writer lock (waiting while another
// process builds it); one that was is left as it is, and when its
// collection changed since, that is said once on stderr.
func (x *index) ready(ctx context.Context) (retrieval.IndexReport, error) {
	built, err := x.built(ctx)
	if err != nil || built {
		if err == nil {
			x.noteStaleness(ctx)
		}
		return retrieval.IndexReport{}, err
	}
	if err := x.writable(); err != nil {
		return retrieval.IndexReport{}, fmt.Errorf("the index has never been built: %w", err)
	}
	unlock, err := x.store.LockWriter(ctx, func(busy *store.BusyError) {
		fmt.Fprintf(x.stderr, "quellen: waiting for the index to be built: %v\n", busy)
	})
	if err != nil {
		return retrieval.IndexReport{}, err
	}
	defer unlock()
	// Another process may have built it while this one waited.
	if built, err := x.built(ctx); err != nil || built {
		return retrieval.IndexReport{}, err
	}
	return x.sync(ctx)
}

// built reports whether the index was ever built.
func (x *index) built(ctx context.Context) (bool, error) {
	v, err := x.engine.IndexVersion(ctx)
	return v > 0, err
}

// noteStaleness says on stderr (and in the log) when the collection changed
// since the index was built; reading the answer goes on from the index.
func (x *index) noteStaleness(ctx context.Context) {
	col, err := resolveCollection(ctx, x.cfg, x.store, "")
	if err != nil {
		x.log.Debug("collection not checked for changes", "err", err)
		return
	}
	fingerprint, err := retrieval.Fingerprint(ctx, col.fsys)
	col.close()
	if err != nil {
		x.log.Debug("collection not checked for changes", "err", err)
		return
	}
	why, err := x.engine.Staleness(ctx, col.name, fingerprint)
	if err != nil || why == "" {
		return
	}
	x.log.Info("the index may be out of date", "why", why)
	fmt.Fprintf(x.stderr, "quellen: %s; answering from the index as built ('quellen index' updates it)\n", clean(why))
}

// sync rebuilds the index from the configured collection: what 'index'
// and the bot's /reindex do.
func (x *index) sync(ctx context.Context) (retrieval.IndexReport, error) {
	if err := x.writable(); err != nil {
		return retrieval.IndexReport{}, err
	}
	col, err := resolveCollection(ctx, x.cfg, x.store, "")
	if err != nil {
		return retrieval.IndexReport{}, err
	}
	defer col.close()
	return syncIndex(ctx, x.sources, col, nil)
}

// dbFile is the index database inside the data directory.
const dbFile = "quellen.db"

// openStore opens the index file in the data directory: for reading and
// writing, making it when missing; for reading only when the directory or
// file cannot be written, saying why. Nothing else in the data directory
// is touched.
func openStore(ctx context.Context, cfg config) (st *store.Store, readOnlyBecause, err error) {
	if info, err := os.Stat(cfg.dataDir); err == nil && !info.IsDir() {
		return nil, nil, badInput("data directory %s is a file; set QUELLEN_DATA to a folder", clean(cfg.dataDir))
	} else if errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(cfg.dataDir, 0o755); err != nil {
			return nil, nil, badInput("data directory %s cannot be created: %v; set QUELLEN_DATA to a writable folder", clean(cfg.dataDir), err)
		}
	}
	path := filepath.Join(cfg.dataDir, dbFile)
	st, err = store.OpenMode(ctx, path, store.Create)
	if err == nil {
		return st, nil, nil
	}
	if !cannotWrite(err) {
		return nil, nil, err
	}
	// A read-only directory or file, or a full disk: answer from what is there.
	ro, roErr := store.OpenMode(ctx, path, store.ReadOnly)
	if roErr != nil {
		if errors.Is(roErr, store.ErrNoIndex) {
			return nil, nil, fmt.Errorf("no index in %s, and none can be made there: %w", clean(cfg.dataDir), err)
		}
		return nil, nil, roErr
	}
	return ro, err, nil
}

// cannotWrite reports an error that opening for reading only may avoid.
func cannotWrite(err error) bool {
	return errors.Is(err, store.ErrReadOnly) || errors.Is(err, store.ErrIO) || errors.Is(err, store.ErrDiskFull) ||
		errors.Is(err, fs.ErrPermission) || errors.Is(err, store.ErrOutdated)
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
	name   string // "default" or the folder's absolute path
	fsys   fs.FS
	folder *retrieval.Folder // nil for the default
}

func (c collection) close() {
	if c.folder != nil {
		c.folder.Close()
	}
}

// load reads the collection's sources.
func (c collection) load(ctx context.Context) ([]store.Source, []retrieval.FileError, error) {
	if c.folder != nil {
		return c.folder.Load(ctx, c.name)
	}
	sources, failed := retrieval.LoadSources(c.fsys, c.name)
	return sources, failed, nil
}

const defaultCollection = "default"

// resolveCollection picks the collection: an explicit folder, else
// QUELLEN_SOURCES, else the folder the index remembers, else the default.
// The caller closes it.
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
		return collection{}, badInput("sources folder %s: %v", clean(dir), err)
	}
	info, err := os.Stat(abs)
	if err != nil {
		return collection{}, badInput("sources folder %s: %v", clean(dir), err)
	}
	if !info.IsDir() {
		return collection{}, badInput("sources folder %s is not a folder", clean(dir))
	}
	folder, err := retrieval.OpenFolder(abs)
	if err != nil {
		return collection{}, badInput("sources folder %s: %v", clean(dir), err)
	}
	return collection{name: abs, fsys: folder, folder: folder}, nil
}

// syncIndex brings the index up to date with the collection and the
// moderators' added sources, rebuilding only what changed.
func syncIndex(ctx context.Context, added *manage.Manager, col collection, progress retrieval.Progress) (retrieval.IndexReport, error) {
	// The fingerprint first: a file changed while loading makes the next
	// reader say the index is out of date, never the other way round.
	fingerprint, err := retrieval.Fingerprint(ctx, col.fsys)
	if err != nil {
		return retrieval.IndexReport{}, err
	}
	sources, failed, err := col.load(ctx)
	if err != nil {
		return retrieval.IndexReport{Failed: failed}, err
	}
	if len(sources) == 0 && len(failed) > 0 {
		report := retrieval.IndexReport{Failed: failed}
		return report, fmt.Errorf("no source in %s could be read (first: %s)", clean(col.name), clean(failed[0].Error()))
	}
	if len(sources) == 0 {
		return retrieval.IndexReport{}, badInput("no .md or .txt source files in %s", clean(col.name))
	}
	return added.Sync(ctx, retrieval.IndexRequest{Collection: col.name, Sources: sources, Failed: failed, Fingerprint: fingerprint}, progress)
}
