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
	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/derive"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/names"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/retrieval/translate"
	"github.com/quellen/quellen/store"
)

// ErrReindexRunning is returned by Index while another rebuild is under way.
var ErrReindexRunning = errors.New("a reindex is already running")

// ErrNotFound is returned for a passage or source that the index does not hold
// (any more: a rebuild may have removed it).
var ErrNotFound = errors.New("not in the index")

// Engine answers questions from one store.
type Engine struct {
	store    *store.Store
	embedder Embedder
	// embedderGiven: the caller plugged in an embedder, which is then used
	// whatever weight the ranking gives vectors.
	embedderGiven bool
	templates     *prompts.Templates
	log           *slog.Logger
	params        Params

	// indexing is held for the length of a rebuild; TryLock tells a second
	// caller that one is running instead of queueing it.
	indexing sync.Mutex

	// translator is loaded on the first English question: the dictionary
	// takes a fifth of a second and a hundred megabytes. germanTranslator
	// reads German questions in English, for English sources.
	translator       func() *translate.Translator
	germanTranslator func() *translate.Translator
	// relatives links the verbs and nouns of one event, read on the first
	// question (a few tens of milliseconds); nil when it cannot be read.
	relatives func() *derive.Table

	// languages caches the collection's languages by index version.
	languages struct {
		sync.Mutex
		version int
		langs   map[string]int
	}

	// titled holds the sources by the release numbers of their titles.
	titled titledReleases

	// entities recognises countries, nationalities and forces, in
	// questions and in the sources' troop figures.
	entities *entity.Recognizer
	// vocabulary is entities with the common words of both languages:
	// what the question parser is given.
	vocabulary vocabulary

	// extract finds a source's events at index time: timeline.Extract,
	// which tests replace with a faulty one to see a bad source isolated.
	extract func(store.Source, []timeline.Sentence, *entity.Recognizer, *slog.Logger) []store.Event
}

// Options configure an Engine; the zero value gives the offline defaults.
type Options struct {
	// Embedder embeds passages and questions for vector search. Given,
	// passages are embedded at index time; nil uses the hash embedding,
	// and only when Params.Vector gives vectors weight.
	Embedder Embedder
	Logger   *slog.Logger
	Params   *Params
	// Dictionary opens the English-German dictionary for English questions;
	// nil, or an error from it, leaves English questions untranslated
	// (names and numbers still match) with one warning in the log.
	Dictionary func() (*translate.Dictionary, error)
}

// New returns an Engine over an opened store.
func New(st *store.Store, opts Options) (*Engine, error) {
	e := &Engine{store: st, embedder: opts.Embedder, embedderGiven: opts.Embedder != nil, log: opts.Logger, params: DefaultParams(), extract: timeline.Extract}
	if e.embedder == nil {
		e.embedder = NewHashEmbedder()
	}
	if e.log == nil {
		e.log = slog.New(slog.DiscardHandler)
	}
	if opts.Params != nil {
		e.params = *opts.Params
	}
	dict := sync.OnceValue(func() *translate.Dictionary {
		if opts.Dictionary == nil {
			return nil
		}
		d, err := opts.Dictionary()
		if err != nil {
			e.log.Warn("questions are not translated: the English-German dictionary cannot be read", "err", err,
				"fix", "leave QUELLEN_DICT empty for the embedded dictionary, or point it to a FreeDict .index file")
			return nil
		}
		return d
	})
	e.translator = sync.OnceValue(func() *translate.Translator { return translate.NewTranslator(dict()) })
	reversed := sync.OnceValue(func() *translate.Dictionary {
		if r, ok := dict().Reversed(); ok {
			return r
		}
		return nil
	})
	e.germanTranslator = sync.OnceValue(func() *translate.Translator {
		return translate.NewGermanTranslator(reversed(), analysis.Lexicon())
	})
	placeNames, err := names.Embedded()
	if err != nil {
		return nil, fmt.Errorf("load place names: %w", err)
	}
	e.entities = entity.New(placeNames)
	e.relatives = sync.OnceValue(func() *derive.Table {
		t, err := derive.New()
		if err != nil {
			e.log.Warn("verbs and nouns of one event are not linked", "err", err)
			return nil
		}
		return t
	})
	e.vocabulary = vocabulary{Recognizer: e.entities, lex: analysis.Lexicon(), english: dict, german: reversed, relatives: e.relatives}
	t, err := prompts.Load()
	if err != nil {
		return nil, fmt.Errorf("load templates: %w", err)
	}
	e.templates = t
	return e, nil
}

// collectionLanguages returns the indexed sources' languages, counted,
// read once per index version.
func (e *Engine) collectionLanguages(ctx context.Context, version int) (map[string]int, error) {
	e.languages.Lock()
	defer e.languages.Unlock()
	if e.languages.langs != nil && e.languages.version == version {
		return e.languages.langs, nil
	}
	langs, err := e.store.Languages(ctx)
	if err != nil {
		return nil, err
	}
	e.languages.version, e.languages.langs = version, langs
	return langs, nil
}

// Params returns the engine's settings.
func (e *Engine) Params() Params { return e.params }

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
