package manage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// ErrNoAddress is returned for refreshing an added source that has no
// address to fetch it from (a file without one).
var ErrNoAddress = errors.New("has no address to fetch it again from")

// Refreshed is what a refresh did to one added source.
type Refreshed struct {
	// Source is the source as indexed after the refresh, without its text.
	Source store.Source
	// Changed is true when its text changed and it was indexed again.
	Changed  bool
	Passages int
	Warnings []string
	Err      error
}

// refreshWorkers is how many pages a refresh fetches at once.
const refreshWorkers = 4

// Refresh fetches added sources again, the one with id or, for id "",
// every one with an address, and indexes again, in one transaction, those
// whose text changed; a source whose text did not change is left alone
// (its metadata too). It waits for another change or rebuild like Add;
// the error is for what stopped every source.
func (m *Manager) Refresh(ctx context.Context, actor Actor, id string, waiting Waiting) ([]Refreshed, error) {
	targets, err := m.refreshTargets(ctx, id)
	if err != nil {
		m.audit(ctx, actor, ActionRefresh, outcomeOf(err), fmt.Sprintf("%s: %v", retrieval.Printable(id), err))
		return nil, err
	}
	out := make([]Refreshed, len(targets))
	cands := make([]*candidate, len(targets))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(refreshWorkers, len(targets)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i], cands[i] = m.refetch(ctx, targets[i])
			}
		}()
	}
	for i := range targets {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		// Nothing was committed: every source stays as it was. The audit
		// says so (it writes even when ctx has ended).
		for i := range out {
			if out[i].Err == nil {
				out[i].Changed, out[i].Err = false, err
			}
		}
		m.auditRefresh(ctx, actor, out)
		return out, err
	}
	if count(cands) > 0 {
		if err := m.reindexChanged(ctx, out, cands, waiting); err != nil {
			for i := range out {
				if cands[i] != nil {
					out[i].Err = err
				}
			}
			m.auditRefresh(ctx, actor, out)
			return out, err
		}
	}
	m.auditRefresh(ctx, actor, out)
	return out, nil
}

// refreshTargets are the sources to fetch again, with their texts.
func (m *Manager) refreshTargets(ctx context.Context, id string) ([]store.Source, error) {
	if id != "" {
		src, err := m.store.Source(ctx, id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("%w: %s", ErrUnknown, retrieval.Printable(id))
		}
		if err != nil {
			return nil, err
		}
		if !m.managed(id) {
			src.Text = ""
			return nil, &NotAddedError{Source: src}
		}
		if src.URL == "" {
			return nil, fmt.Errorf("%s %w", retrieval.Printable(id), ErrNoAddress)
		}
		return []store.Source{src}, nil
	}
	added, err := m.Added(ctx)
	if err != nil {
		return nil, err
	}
	var out []store.Source
	for _, a := range added {
		if a.URL == "" {
			continue
		}
		src, err := m.store.Source(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, src)
	}
	return out, nil
}

// refetch fetches one source again; the candidate is nil when nothing is
// to be indexed (unchanged, or an error).
func (m *Manager) refetch(ctx context.Context, old store.Source) (Refreshed, *candidate) {
	r := Refreshed{Source: old}
	r.Source.Text = ""
	c, err := m.fromAddress(ctx, Input{URL: old.URL})
	if err != nil {
		r.Err = err
		return r, nil
	}
	r.Warnings = c.warnings
	if textKey(c.src.Text) == textKey(old.Text) {
		return r, nil
	}
	c.src.ID = old.ID
	if !c.src.Published.Known() && old.Published.Known() {
		// The page no longer states its date: the one it stated stays.
		c.src.Published = old.Published
		c.src.Note = joinNote(c.src.Note, "Date as the page stated it when it was added.")
	}
	c.oldHash = old.Hash
	r.Changed = true
	return r, c
}

// reindexChanged writes the changed sources' new versions and indexes
// them in one transaction.
func (m *Manager) reindexChanged(ctx context.Context, out []Refreshed, cands []*candidate, waiting Waiting) error {
	release, err := m.acquire(ctx, waiting)
	if err != nil {
		return err
	}
	defer release()
	if err := m.recover(ctx); err != nil {
		return err
	}
	st, err := m.state(ctx)
	if err != nil {
		return err
	}
	hashes := make(map[string]string, len(st.sources))
	for _, src := range st.sources {
		hashes[src.ID] = src.Hash
	}
	var put []store.Source
	for i, c := range cands {
		if c == nil {
			continue
		}
		if hashes[c.src.ID] != c.oldHash || !m.managed(c.src.ID) {
			out[i].Changed, out[i].Err, cands[i] = false, fmt.Errorf("%s was changed or removed meanwhile; refresh it again", c.src.ID), nil
			continue
		}
		if err := m.finish(c); err != nil {
			out[i].Changed, out[i].Err, cands[i] = false, err, nil
			continue
		}
		if err := writeFile(filepath.Join(m.dir, pendingDir, fileName(c.src.ID)), c.file); err != nil {
			m.dropPending(cands)
			return fmt.Errorf("added sources: %w", err)
		}
		put = append(put, c.src)
	}
	if len(put) == 0 {
		return nil
	}
	failed, err := m.index(ctx, st, put, nil)
	if err != nil {
		m.dropPending(cands)
		return err
	}
	for i, c := range cands {
		if c == nil {
			continue
		}
		pending := filepath.Join(m.dir, pendingDir, fileName(c.src.ID))
		if why, bad := failed[c.src.ID]; bad {
			os.Remove(pending)
			out[i].Changed, out[i].Err = false, fmt.Errorf("%w: its new version: %v (the old one stays)", ErrInput, why)
			continue
		}
		if err := move(pending, filepath.Join(m.dir, fileName(c.src.ID))); err != nil {
			m.log.Warn("added sources: a committed source waits in the journal", "id", c.src.ID, "err", err)
		}
		if src, err := m.store.SourceInfo(ctx, c.src.ID); err == nil {
			out[i].Source = src
		}
		if ps, err := m.store.SourcePassages(ctx, c.src.ID); err == nil {
			out[i].Passages = len(ps)
		}
	}
	return nil
}

func (m *Manager) auditRefresh(ctx context.Context, actor Actor, out []Refreshed) {
	for _, r := range out {
		switch {
		case r.Err != nil:
			m.audit(ctx, actor, ActionRefresh, outcomeOf(r.Err), fmt.Sprintf("%s: %v", r.Source.ID, r.Err))
		case r.Changed:
			m.audit(ctx, actor, ActionRefresh, OutcomeOK, fmt.Sprintf("%s · changed, %d passages", r.Source.ID, r.Passages))
		default:
			m.audit(ctx, actor, ActionRefresh, OutcomeOK, fmt.Sprintf("%s · unchanged", r.Source.ID))
		}
	}
}
