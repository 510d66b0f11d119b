// Package manage lets moderators add sources by address or file, remove
// and refresh them, safely and with an audit trail. Added sources are
// kept as source files (front matter and the extracted text) in a folder
// of their own in the data directory, so that a restart, `quellen index`
// and /reindex keep them and the index can be rebuilt from them; each
// change is one transaction of the index (Engine.Index), and a journal in
// the folder makes the files follow whatever the index committed, however
// a process ends.
package manage

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/fetch"
	"github.com/quellen/quellen/store"
)

// ErrNotBuilt is returned for a change to an index that was never built.
var ErrNotBuilt = errors.New("the index has not been built yet: run 'quellen index' first")

// Options configure a Manager.
type Options struct {
	// Dir is the folder of added sources, made when the first is added.
	Dir string
	// Fetcher gets pages; nil makes one with the defaults (public
	// addresses only).
	Fetcher *fetch.Fetcher
	Logger  *slog.Logger
	// Now is the clock, for dates and the audit trail; nil is time.Now.
	Now func() time.Time
}

// Manager adds, removes and refreshes sources of one index. Its methods
// are safe for concurrent use: the changes of one process are made one at
// a time, and the index's writer lock orders them with other processes'.
type Manager struct {
	dir     string
	engine  *retrieval.Engine
	store   *store.Store
	fetcher *fetch.Fetcher
	log     *slog.Logger
	now     func() time.Time
	// turn is held by the one change of this process under way: the
	// writer lock is re-entrant within a process, so it alone would let
	// two goroutines in.
	turn chan struct{}
}

// New returns a Manager over the engine's index.
func New(engine *retrieval.Engine, opts Options) *Manager {
	m := &Manager{dir: opts.Dir, engine: engine, store: engine.Store(), fetcher: opts.Fetcher, log: opts.Logger, now: opts.Now, turn: make(chan struct{}, 1)}
	if m.fetcher == nil {
		m.fetcher = fetch.New(fetch.Options{})
	}
	if m.log == nil {
		m.log = slog.New(slog.DiscardHandler)
	}
	if m.now == nil {
		m.now = time.Now
	}
	if abs, err := filepath.Abs(m.dir); err == nil {
		m.dir = abs
	}
	return m
}

// Dir is the folder of added sources.
func (m *Manager) Dir() string { return m.dir }

// Actor is who asks for a change, for the audit trail: a Discord member
// and the guild, or a user of the command line ("cli:name", no guild).
type Actor struct {
	UserID  string
	GuildID string
}

// Waiting is told, once, that a change waits for another one: a rebuild
// of another process (busy names it) or a change of this one (busy nil).
type Waiting func(busy *store.BusyError)

// acquire takes this process's turn and the index's writer lock. With
// waiting nil it does not wait: a change under way is an error wrapping
// retrieval.ErrReindexRunning; otherwise it waits, telling waiting once,
// until ctx is done.
func (m *Manager) acquire(ctx context.Context, waiting Waiting) (release func(), err error) {
	var once sync.Once
	tell := func(busy *store.BusyError) {
		if waiting != nil {
			once.Do(func() { waiting(busy) })
		}
	}
	select {
	case m.turn <- struct{}{}:
	default:
		if waiting == nil {
			return nil, retrieval.ErrReindexRunning
		}
		tell(nil)
		select {
		case m.turn <- struct{}{}:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	var lockWaiting func(*store.BusyError)
	if waiting != nil {
		lockWaiting = tell
	}
	unlock, err := m.store.LockWriter(ctx, lockWaiting)
	if err != nil {
		<-m.turn
		var busy *store.BusyError
		if errors.As(err, &busy) {
			return nil, fmt.Errorf("%w: %w", retrieval.ErrReindexRunning, busy)
		}
		return nil, err
	}
	return func() {
		unlock()
		<-m.turn
	}, nil
}

// Sync rebuilds the index from the configured collection (req, as loaded
// from the default or a sources folder) and the added sources: what
// `quellen index`, /reindex and the first build do. It finishes what a
// crash interrupted first. An added file that cannot be read is named in
// the report and keeps what the index holds of it; one whose id the
// collection also uses is named and left out. It does not wait for
// another rebuild: that is an error wrapping retrieval.ErrReindexRunning.
func (m *Manager) Sync(ctx context.Context, req retrieval.IndexRequest, progress retrieval.Progress) (retrieval.IndexReport, error) {
	release, err := m.acquire(ctx, nil)
	if err != nil {
		return retrieval.IndexReport{}, err
	}
	defer release()
	if err := m.recover(ctx); err != nil {
		return retrieval.IndexReport{}, err
	}
	added, failed, err := m.load(ctx)
	if err != nil {
		return retrieval.IndexReport{Failed: req.Failed}, err
	}
	used := make(map[string]string, len(req.Sources))
	for _, src := range req.Sources {
		used[src.ID] = src.Origin
	}
	req.Sources = slices.Clone(req.Sources)
	for _, src := range added {
		if origin, dup := used[src.ID]; dup {
			req.Failed = append(req.Failed, retrieval.FileError{Path: src.Origin,
				Err: fmt.Errorf("id %q is already used by %s of the collection: %w", src.ID, retrieval.Printable(origin), retrieval.ErrNotRegular)})
			continue
		}
		req.Sources = append(req.Sources, src)
	}
	req.Failed = append(req.Failed, failed...)
	return m.engine.Index(ctx, req, progress)
}

// load reads the added sources. A file that cannot be read is returned
// as a FileError with its full path; when it is a broken edit of a source
// the index holds, the indexed version is passed back unchanged, so that
// nothing is lost.
func (m *Manager) load(ctx context.Context) ([]store.Source, []retrieval.FileError, error) {
	if _, err := os.Stat(m.dir); errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	folder, err := retrieval.OpenFolder(m.dir)
	if err != nil {
		return nil, nil, fmt.Errorf("added sources %s: %w", retrieval.Printable(m.dir), err)
	}
	defer folder.Close()
	sources, failed, err := folder.Load(ctx, m.dir)
	if err != nil {
		return nil, nil, err
	}
	var out []retrieval.FileError
	for _, f := range failed {
		f.Path = filepath.Join(m.dir, f.Path)
		out = append(out, f)
		if !f.Keep() {
			continue
		}
		id := strings.TrimSuffix(filepath.Base(f.Path), filepath.Ext(f.Path))
		if indexed, err := m.store.Source(ctx, id); err == nil {
			sources = append(sources, indexed)
		}
	}
	return sources, out, nil
}

// Added lists the added sources the index holds, newest first.
func (m *Manager) Added(ctx context.Context) ([]store.Source, error) {
	entries, err := os.ReadDir(m.dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("added sources: %w", err)
	}
	files := make(map[string]bool, len(entries))
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".md") && !strings.HasPrefix(e.Name(), ".") {
			files[strings.TrimSuffix(e.Name(), ".md")] = true
		}
	}
	all, err := m.engine.Sources(ctx)
	if err != nil {
		return nil, err
	}
	var out []store.Source
	for _, src := range all {
		if files[src.ID] {
			out = append(out, src)
		}
	}
	slices.SortStableFunc(out, func(a, b store.Source) int { return b.IndexedAt.Compare(a.IndexedAt) })
	return out, nil
}

// Log lists a page of the audit trail, newest first, and its length.
func (m *Manager) Log(ctx context.Context, offset, limit int) ([]store.AuditEntry, int, error) {
	return m.store.AuditPage(ctx, offset, limit)
}

// Audit actions of source management.
const (
	ActionAdd     = "source add"
	ActionRemove  = "source remove"
	ActionRefresh = "source refresh"
)

// Audit outcomes.
const (
	OutcomeOK      = "ok"
	OutcomeRefused = "refused"
	OutcomeFailed  = "failed"
	OutcomeBusy    = "busy"
	OutcomePartial = "partial" // a rebuild that left some sources out
)

// auditTimeout bounds the write of an audit record, which waits for a
// rebuild's transaction to end (SQLite allows one writer).
const auditTimeout = 10 * time.Second

// audit records an action; a failure to record it is logged, not
// returned: the change itself stands.
func (m *Manager) audit(ctx context.Context, actor Actor, action, outcome, detail string) {
	// The record is written even when the change was cancelled.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), auditTimeout)
	defer cancel()
	err := m.store.RecordAudit(ctx, store.AuditEntry{At: m.now(), UserID: actor.UserID, GuildID: actor.GuildID, Action: action, Outcome: outcome, Detail: detail})
	if err != nil {
		m.log.Error("record audit", "action", action, "err", err)
	}
}

// outcomeOf sorts an error into an audit outcome.
func outcomeOf(err error) string {
	var fe *fetch.Error
	var dup *DuplicateError
	var notAdded *NotAddedError
	switch {
	case err == nil:
		return OutcomeOK
	case errors.Is(err, retrieval.ErrReindexRunning):
		return OutcomeBusy
	case errors.As(err, &fe) && fe.Refused(), errors.As(err, &dup), errors.As(err, &notAdded), errors.Is(err, ErrUnknown), errors.Is(err, ErrInput), errors.Is(err, ErrNoAddress):
		return OutcomeRefused
	}
	return OutcomeFailed
}

// Refused reports whether err refuses what the moderator gave (a
// duplicate, a forbidden address, a file that is no article, an id that
// is not an added source), as opposed to a failure on the way that a
// retry may mend.
func Refused(err error) bool { return outcomeOf(err) == OutcomeRefused }

// Describe says what became of an input: "input: why", without the
// input twice when the error names it already (a fetch error does).
func Describe(input string, err error) string {
	msg := err.Error()
	if strings.HasPrefix(msg, input+": ") {
		return msg
	}
	return input + ": " + msg
}

// indexState is what a change passes back to Engine.Index besides the
// source it changes: the collection's name and fingerprint as the index
// holds them, and every indexed source with its text.
type indexState struct {
	collection, fingerprint string
	sources                 []store.Source
}

func (m *Manager) state(ctx context.Context) (indexState, error) {
	var st indexState
	var err error
	if st.collection, err = m.store.Meta(ctx, retrieval.MetaCollection); err != nil {
		return st, err
	}
	if st.collection == "" {
		return st, ErrNotBuilt
	}
	if st.fingerprint, err = m.store.Meta(ctx, retrieval.MetaFingerprint); err != nil {
		return st, err
	}
	st.sources, err = m.store.SourcesWithText(ctx)
	return st, err
}

// index makes the index hold state's sources with the given ones put in
// (replacing those of the same id) and those of the ids in drop taken
// out, in one transaction. It returns the ids whose new version could not
// be indexed, with why.
func (m *Manager) index(ctx context.Context, st indexState, put []store.Source, drop map[string]bool) (map[string]error, error) {
	replaced := make(map[string]bool, len(put))
	for _, src := range put {
		replaced[src.ID] = true
	}
	sources := make([]store.Source, 0, len(st.sources)+len(put))
	for _, src := range st.sources {
		if !replaced[src.ID] && !drop[src.ID] {
			sources = append(sources, src)
		}
	}
	sources = append(sources, put...)
	report, err := m.engine.Index(ctx, retrieval.IndexRequest{Collection: st.collection, Sources: sources, Fingerprint: st.fingerprint}, nil)
	if err != nil {
		return nil, err
	}
	failed := map[string]error{}
	byPath := make(map[string]string, len(put))
	for _, src := range put {
		byPath[retrieval.SourcePath(st.collection, src)] = src.ID
	}
	for _, f := range report.Failed {
		if id, ok := byPath[f.Path]; ok {
			failed[id] = f.Err
		}
	}
	return failed, nil
}
