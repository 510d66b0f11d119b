package retrieval

import (
	"context"
	"fmt"
	"path"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

// pipelineVersion names how passages are cut and analysed and how events
// are extracted; changing any must change it, so that the next index run
// rebuilds every source.
const pipelineVersion = "passages-v3/events-v1"

// Metadata keys the engine keeps in the store.
const (
	metaPipeline = "pipeline"
	// MetaCollection records which collection the index was built from:
	// "default" or a sources folder.
	MetaCollection = "collection"
)

// IndexReport says what a rebuild did.
type IndexReport struct {
	Added, Updated, Removed, Unchanged int
	Passages                           int // passages written by this run
	Failed                             []FileError
	Version                            int
	Duration                           time.Duration
}

// Changed reports whether the rebuild changed the index.
func (r IndexReport) Changed() bool { return r.Added+r.Updated+r.Removed > 0 }

// Progress is told how many sources of the run have been prepared.
type Progress func(done, total int)

// IndexRequest is a collection to index.
type IndexRequest struct {
	// Collection names where the sources come from: "default" or a folder.
	Collection string
	Sources    []store.Source
	// Failed are files of the collection that could not be read this time;
	// whatever the index holds from them stays, so a broken edit loses nothing.
	Failed []FileError
}

// Index makes the store hold exactly the request's sources, rebuilding only
// those whose content changed. The whole change is one transaction: until it
// commits, questions are answered from the previous index, and if it fails,
// the previous index stays.
func (e *Engine) Index(ctx context.Context, req IndexRequest, progress Progress) (IndexReport, error) {
	collection, sources := req.Collection, req.Sources
	if !e.indexing.TryLock() {
		return IndexReport{}, ErrReindexRunning
	}
	defer e.indexing.Unlock()
	began := time.Now()
	report := IndexReport{Failed: req.Failed}

	indexed, err := e.store.Sources(ctx)
	if err != nil {
		return report, err
	}
	hashes := make(map[string]string, len(indexed))
	for _, src := range indexed {
		hashes[src.ID] = src.Hash
	}
	keepOrigin := make(map[string]bool, len(req.Failed))
	for _, f := range req.Failed {
		keepOrigin[path.Join(collection, f.Path)] = true
	}
	pipeline := pipelineVersion + "/" + e.embedder.Name()
	oldPipeline, err := e.store.Meta(ctx, metaPipeline)
	if err != nil {
		return report, err
	}
	oldCollection, err := e.store.Meta(ctx, MetaCollection)
	if err != nil {
		return report, err
	}
	rebuildAll := oldPipeline != pipeline

	var todo []store.Source
	keep := make(map[string]bool, len(sources))
	for _, src := range sources {
		keep[src.ID] = true
		old, had := hashes[src.ID]
		switch {
		case !had:
			report.Added++
			todo = append(todo, src)
		case old != src.Hash || rebuildAll:
			report.Updated++
			todo = append(todo, src)
		default:
			report.Unchanged++
		}
	}
	var removed []string
	for _, src := range indexed {
		if !keep[src.ID] && !keepOrigin[src.Origin] {
			removed = append(removed, src.ID)
		}
	}
	report.Removed = len(removed)

	prepared, err := e.prepare(ctx, todo, progress)
	if err != nil {
		return report, err
	}
	if !report.Changed() && oldCollection == collection && !rebuildAll {
		report.Version, err = e.IndexVersion(ctx)
		report.Duration = time.Since(began)
		return report, err
	}
	err = e.store.Update(ctx, func(tx *store.Tx) error {
		for _, id := range removed {
			if err := tx.DeleteSource(ctx, id); err != nil {
				return err
			}
		}
		for _, p := range prepared {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := tx.PutSource(ctx, p.source, p.terms, p.passages); err != nil {
				return err
			}
			if err := tx.PutEvents(ctx, p.source, p.events); err != nil {
				return err
			}
			report.Passages += len(p.passages)
		}
		if err := tx.SetMeta(ctx, metaPipeline, pipeline); err != nil {
			return err
		}
		if err := tx.SetMeta(ctx, MetaCollection, collection); err != nil {
			return err
		}
		report.Version, err = tx.BumpVersion(ctx)
		return err
	})
	if err != nil {
		return IndexReport{}, fmt.Errorf("write index: %w", err)
	}
	report.Duration = time.Since(began)
	e.log.Info("index rebuilt", "added", report.Added, "updated", report.Updated, "removed", report.Removed,
		"unchanged", report.Unchanged, "passages", report.Passages, "version", report.Version, "duration", report.Duration)
	return report, nil
}

// preparedSource is a source cut into passages and analysed, ready to write.
type preparedSource struct {
	source   store.Source
	terms    string
	passages []store.IndexedPassage
	events   []store.Event
}

// prepare analyses and embeds the sources on every core; writing stays
// sequential in one transaction.
func (e *Engine) prepare(ctx context.Context, sources []store.Source, progress Progress) ([]preparedSource, error) {
	out := make([]preparedSource, len(sources))
	jobs := make(chan int)
	errs := make(chan error, 1)
	var done sync.WaitGroup
	var mu sync.Mutex
	finished := 0
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for range runtime.GOMAXPROCS(0) {
		done.Add(1)
		go func() {
			defer done.Done()
			for i := range jobs {
				p, err := e.prepareSource(ctx, sources[i])
				if err != nil {
					select {
					case errs <- err:
					default:
					}
					cancel()
					return
				}
				out[i] = p
				mu.Lock()
				finished++
				if progress != nil {
					progress(finished, len(sources))
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for i := range sources {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	done.Wait()
	select {
	case err := <-errs:
		return nil, err
	default:
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

func (e *Engine) prepareSource(ctx context.Context, src store.Source) (preparedSource, error) {
	if src.Language == "" {
		src.Language = DetectLanguage(src.Text)
	}
	a := analysis.For(src.Language)
	p := preparedSource{source: src, terms: strings.Join(a.Terms(src.Title+"\n"+src.Text), " ")}
	var sentences []timeline.Sentence
	for _, seg := range segment.Split(src.Text) {
		if seg.Kind != segment.Sentence {
			continue
		}
		sentences = append(sentences, timeline.Sentence{Start: seg.Start, End: seg.End})
		text := src.Text[seg.Start:seg.End]
		terms := a.Terms(text)
		vec, err := e.embedder.Embed(ctx, src.Language, text)
		if err != nil {
			return p, fmt.Errorf("embed %s: %w", src.ID, err)
		}
		p.passages = append(p.passages, store.IndexedPassage{
			Passage: store.Passage{SourceID: src.ID, Ord: len(p.passages), Block: seg.Block, Start: seg.Start, End: seg.End,
				Terms: strings.Join(terms, " "), Figure: hasFigure(text), Dated: namesDate(text)},
			Grams:  strings.Join(compoundGrams(terms), " "),
			Vector: vec,
		})
	}
	p.events = timeline.Extract(src, sentences, e.log)
	return p, nil
}
