package manage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// ErrUnknown is returned for an id the index does not hold.
var ErrUnknown = errors.New("no source with this id in the index")

// NotAddedError reports a source of the configured collection (the
// default or a sources folder), which is removed or changed there, not by
// source management.
type NotAddedError struct{ Source store.Source }

func (e *NotAddedError) Error() string {
	return fmt.Sprintf("%s (%q) is part of the configured collection (%s), not an added source: change it there and run 'quellen index'",
		e.Source.ID, e.Source.Title, retrieval.Printable(e.Source.Origin))
}

// Remove takes an added source out of the index, its passages and events
// with it, in one transaction, and deletes its file. It waits for another
// change or rebuild like Add.
func (m *Manager) Remove(ctx context.Context, actor Actor, id string, waiting Waiting) (store.Source, error) {
	src, err := m.remove(ctx, id, waiting)
	detail := fmt.Sprintf("%s · %s", src.ID, src.Title)
	if err != nil {
		detail = Describe(retrieval.Printable(id), err)
	}
	m.audit(ctx, actor, ActionRemove, outcomeOf(err), detail)
	return src, err
}

func (m *Manager) remove(ctx context.Context, id string, waiting Waiting) (store.Source, error) {
	release, err := m.acquire(ctx, waiting)
	if err != nil {
		return store.Source{}, err
	}
	defer release()
	if err := m.recover(ctx); err != nil {
		return store.Source{}, err
	}
	src, err := m.store.SourceInfo(ctx, id)
	if errors.Is(err, sql.ErrNoRows) {
		return store.Source{}, fmt.Errorf("%w: %s", ErrUnknown, retrieval.Printable(id))
	}
	if err != nil {
		return store.Source{}, err
	}
	if !m.managed(id) {
		return src, &NotAddedError{Source: src}
	}
	st, err := m.state(ctx)
	if err != nil {
		return src, err
	}
	file := filepath.Join(m.dir, fileName(id))
	aside := filepath.Join(m.dir, removedDir, fileName(id))
	if err := move(file, aside); err != nil {
		return src, fmt.Errorf("added sources: %w", err)
	}
	if _, err := m.index(ctx, st, nil, map[string]bool{id: true}); err != nil {
		if err := move(aside, file); err != nil {
			m.log.Error("added sources: a removal that failed waits in the journal", "id", id, "err", err)
		}
		return src, err
	}
	if err := os.Remove(aside); err != nil {
		m.log.Warn("added sources: a removed source's file waits in the journal", "id", id, "err", err)
	}
	return src, nil
}
