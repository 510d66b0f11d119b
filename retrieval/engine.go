// Package retrieval answers questions from the indexed sources with
// verbatim, cited quotes: it analyses and indexes texts, searches them,
// decides whether the sources answer a question at all, and builds the
// answer. It knows nothing of Discord.
package retrieval

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"sync"

	"github.com/quellen/quellen/prompts"
	"github.com/quellen/quellen/store"
)

// ErrReindexRunning is returned by Index while another rebuild is under way.
var ErrReindexRunning = errors.New("a reindex is already running")

// Engine answers questions from one store.
type Engine struct {
	store     *store.Store
	embedder  Embedder
	templates *prompts.Templates
	log       *slog.Logger
	params    Params

	// indexing is held for the length of a rebuild; TryLock tells a second
	// caller that one is running instead of queueing it.
	indexing sync.Mutex
}

// Options configure an Engine; the zero value gives the offline defaults.
type Options struct {
	Embedder Embedder
	Logger   *slog.Logger
	Params   *Params
}

// New returns an Engine over an opened store.
func New(st *store.Store, opts Options) (*Engine, error) {
	e := &Engine{store: st, embedder: opts.Embedder, log: opts.Logger, params: DefaultParams()}
	if e.embedder == nil {
		e.embedder = NewHashEmbedder()
	}
	if e.log == nil {
		e.log = slog.New(slog.DiscardHandler)
	}
	if opts.Params != nil {
		e.params = *opts.Params
	}
	t, err := prompts.Load()
	if err != nil {
		return nil, fmt.Errorf("load templates: %w", err)
	}
	e.templates = t
	return e, nil
}

// Store is the engine's store, for callers that record feedback and audits.
func (e *Engine) Store() *store.Store { return e.store }

// IndexVersion is the version of the index answers are drawn from; it grows
// with every rebuild that changed something.
func (e *Engine) IndexVersion(ctx context.Context) (int, error) {
	v, err := e.store.Meta(ctx, store.MetaIndexVersion)
	if err != nil {
		return 0, err
	}
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("index version %q: %w", v, err)
	}
	return n, nil
}

// Sources lists the indexed sources.
func (e *Engine) Sources(ctx context.Context) ([]store.Source, error) {
	return e.store.Sources(ctx)
}
