package retrieval

import (
	"context"
	"fmt"

	"github.com/quellen/quellen/store"
)

// Excerpt is a quoted passage with the passages (sentences and headings)
// around it, for readers who want to see a quote in its context.
type Excerpt struct {
	Source store.Source // without its text
	Before []store.Passage
	Quote  store.Passage
	After  []store.Passage
}

// Excerpt returns a passage with up to radius passages before and after it.
func (e *Engine) Excerpt(ctx context.Context, passageID int64, radius int) (Excerpt, error) {
	found, err := e.store.Passages(ctx, []int64{passageID})
	if err != nil {
		return Excerpt{}, err
	}
	if len(found) == 0 {
		return Excerpt{}, fmt.Errorf("passage %d: %w", passageID, ErrNotFound)
	}
	p := found[0]
	src, err := e.store.Source(ctx, p.SourceID)
	if err != nil {
		return Excerpt{}, err
	}
	src.Text = ""
	all, err := e.store.SourcePassages(ctx, p.SourceID)
	if err != nil {
		return Excerpt{}, err
	}
	ex := Excerpt{Source: src, Quote: p}
	for _, o := range all {
		switch {
		case o.Ord < p.Ord && o.Ord >= p.Ord-radius:
			ex.Before = append(ex.Before, o)
		case o.Ord > p.Ord && o.Ord <= p.Ord+radius:
			ex.After = append(ex.After, o)
		}
	}
	return ex, nil
}
