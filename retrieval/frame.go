package retrieval

import (
	"context"
	"time"

	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

// Framing writes an answer: its citations, numbered in the order of its
// points, each source listed once, the points' labels (newest, older, the
// date of an event) and the framing text, all from the templates.

// cite fills the answer's points, citations and sources from its facts.
func (e *Engine) cite(ctx context.Context, ans *Answer, q *question, facts []fact, conflicting bool) error {
	sources := make(map[string]store.Source)
	source := func(id string) (store.Source, error) {
		if s, ok := sources[id]; ok {
			return s, nil
		}
		s, err := e.store.Source(ctx, id)
		if err == nil {
			sources[id] = s
		}
		return s, err
	}
	var dated map[int64]timeline.Event
	if q.Type.Temporal() {
		var err error
		if dated, err = e.datedEvents(ctx, facts); err != nil {
			return err
		}
	}
	refs := make(map[string]int) // source → its index in ans.Sources
	for i, f := range facts {
		p := Point{Published: f.date}
		if q.Type != query.Count || !conflicting {
			p.Published = newestPublished(f)
		}
		if conflicting && f.count > 0 {
			if i == 0 {
				p.Newest = true
			} else if f.count != facts[0].count && later(facts[0].date, f.date) && f.place == facts[0].place {
				// A figure of another place asked ("im Irak und in
				// Syrien") is no older figure of the first's.
				p.Older = true
			}
		}
		for _, v := range f.verdicts {
			src, err := source(v.SourceID)
			if err != nil {
				return err
			}
			c := citation(len(ans.Citations)+1, src, v.Passage)
			// The answer continues in the next sentence, or its reason lies
			// in the one before: one span.
			if start, end := v.bounds(); start != c.Start || end != c.End {
				c.Start, c.End, c.Quote = start, end, src.Text[start:end]
			}
			ans.Citations = append(ans.Citations, c)
			p.Citations = append(p.Citations, c.N)
			k, ok := refs[src.ID]
			if !ok {
				k = len(ans.Sources)
				refs[src.ID] = k
				ans.Sources = append(ans.Sources, SourceRef{SourceID: src.ID, Title: src.Title, Outlet: src.Outlet,
					URL: src.URL, Published: src.Published.Value, PublishedInferred: src.Published.Inferred})
			}
			ans.Sources[k].Citations = append(ans.Sources[k].Citations, c.N)
		}
		var err error
		if p.Label, err = e.templates.Render(ans.Language, "point_label", p); err != nil {
			return err
		}
		if ev, ok := factEvent(dated, f); ok {
			ans.Events = append(ans.Events, ev)
			if p.Label, err = e.templates.Render(ans.Language, "event_label", ev); err != nil {
				return err
			}
		}
		ans.Points = append(ans.Points, p)
	}
	return nil
}

// newestPublished is the newest publication date among a fact's sources.
func newestPublished(f fact) string {
	newest := ""
	for _, v := range f.verdicts {
		if later(v.source.Published.Value, newest) {
			newest = v.source.Published.Value
		}
	}
	return newest
}

// datedEvents returns, by passage id, the dated event each cited passage
// states, as a timeline merges and labels it: an answer to "when" shows
// the date it rests on. Only the cited passages' sources are read.
func (e *Engine) datedEvents(ctx context.Context, facts []fact) (map[int64]timeline.Event, error) {
	want := make(map[sentenceKey]int64)
	sources := make(map[string]store.Source)
	var ids []string
	for _, f := range facts {
		for _, v := range f.verdicts {
			want[sentenceKey{v.SourceID, v.Start}] = v.ID
			if _, ok := sources[v.SourceID]; !ok {
				sources[v.SourceID] = v.source
				ids = append(ids, v.SourceID)
			}
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	stored, err := e.store.Events(ctx, ids...)
	if err != nil {
		return nil, err
	}
	tl, err := timeline.Build(ctx, stored, sources, time.Now())
	if err != nil {
		return nil, err
	}
	out := make(map[int64]timeline.Event)
	for _, ev := range tl.Events {
		for _, c := range ev.Citations {
			if id, ok := want[sentenceKey{c.SourceID, c.Start}]; ok {
				if _, have := out[id]; !have {
					out[id] = ev
				}
			}
		}
	}
	return out, nil
}

// factEvent returns the dated event a fact's passages state, if any.
func factEvent(dated map[int64]timeline.Event, f fact) (timeline.Event, bool) {
	for _, v := range f.verdicts {
		if ev, ok := dated[v.ID]; ok {
			return ev, true
		}
	}
	return timeline.Event{}, false
}

// frame writes the answer's framing text.
func (e *Engine) frame(ans *Answer, conflicting, languageNote bool) error {
	text, err := e.templates.Render(ans.Language, "answer", map[string]any{
		"Answered":     ans.Answered,
		"Conflicting":  conflicting,
		"Citations":    ans.Citations,
		"SourceCount":  len(ans.Sources),
		"Related":      ans.Related,
		"LanguageNote": languageNote,
	})
	ans.Text = text
	return err
}
