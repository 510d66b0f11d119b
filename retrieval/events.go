package retrieval

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

// TimelineQuery selects events for a timeline.
type TimelineQuery struct {
	Topic timeline.Topic // "" is all
	// From and To bound the dates: YYYY, YYYY-MM or YYYY-MM-DD, "" for open.
	From, To string
	// Query keeps the events whose sentence matches it; "" keeps all.
	Query string
	// Today decides which deadlines are past; zero is now.
	Today time.Time
}

// Timeline returns the indexed events in date order, as q selects them.
// Errors from bad bounds wrap timeline.ErrBadBound.
func (e *Engine) Timeline(ctx context.Context, q TimelineQuery) (timeline.Timeline, error) {
	from, err := timeline.ParseBound(q.From)
	if err != nil {
		return timeline.Timeline{}, fmt.Errorf("from: %w", err)
	}
	to, err := timeline.ParseBound(q.To)
	if err != nil {
		return timeline.Timeline{}, fmt.Errorf("to: %w", err)
	}
	if !slices.Contains(timeline.Topics, q.Topic) && q.Topic != "" {
		return timeline.Timeline{}, fmt.Errorf("topic %q: use troops, talks, deadline or all", q.Topic)
	}
	today := q.Today
	if today.IsZero() {
		today = time.Now()
	}
	stored, err := e.store.DistinctEvents(ctx)
	if err != nil {
		return timeline.Timeline{}, err
	}
	sources, err := e.sourcesByID(ctx)
	if err != nil {
		return timeline.Timeline{}, err
	}
	filter := timeline.Filter{Topic: q.Topic, From: from, To: to}
	if strings.TrimSpace(q.Query) != "" {
		// The query is analysed as a question is: its owners and places
		// select by whose troops and where, its other words by the text.
		asked, err := e.Analyse(ctx, q.Query, "")
		if err != nil {
			return timeline.Timeline{}, err
		}
		var focus []string
		for _, f := range asked.Focus {
			focus = append(focus, f.Text)
		}
		for _, c := range asked.Constraints {
			if c.Kind == query.Named {
				focus = append(focus, c.Text)
			}
		}
		matching := make(map[sentenceKey]bool)
		if len(focus) > 0 {
			if matching, err = e.matchingEvents(ctx, strings.Join(focus, " "), stored, sources); err != nil {
				return timeline.Timeline{}, err
			}
		}
		// An event is kept when one of its sources' statements meets the
		// query: a sentence with two figures meets it for one of them.
		filter.Match = func(ev timeline.Event) bool {
			if !e.eventMeets(ev.Event, asked, passageLanguage(ev.Quote, sources[ev.SourceID].Language)) {
				return false
			}
			return len(focus) == 0 || slices.ContainsFunc(ev.Citations, func(c timeline.Citation) bool {
				return matching[sentenceKey{c.SourceID, c.Start}]
			})
		}
	}
	// Supersession is decided on every event, before the filter hides any.
	tl, err := timeline.Build(ctx, stored, sources, today)
	if err != nil {
		return timeline.Timeline{}, err
	}
	return tl.Filter(filter), nil
}

// eventMeets reports whether a stored event meets a query's owner and place
// constraints: a troop figure by its force and place, any other event by
// the countries and forces its sentence names.
func (e *Engine) eventMeets(ev store.Event, q query.Query, lang string) bool {
	var mentions []entity.Mention
	for _, c := range q.Constraints {
		if c.Kind != query.Owner && c.Kind != query.Where {
			continue
		}
		if ev.Kind == timeline.KindTroops && ev.Count > 0 {
			switch {
			case c.Kind == query.Owner && slices.ContainsFunc(c.Keys(), func(k string) bool { return slices.Contains(strings.Fields(ev.Force), k) }):
				continue
			case c.Kind == query.Where && figureIn(ev, c):
				continue
			}
			return false
		}
		if mentions == nil {
			mentions = e.entities.Mentions(ev.Quote, lang)
		}
		if !mentionedAny(mentions, c.Keys()) {
			return false
		}
	}
	return true
}

func (e *Engine) sourcesByID(ctx context.Context) (map[string]store.Source, error) {
	list, err := e.store.Sources(ctx)
	if err != nil {
		return nil, err
	}
	sources := make(map[string]store.Source, len(list))
	for _, s := range list {
		sources[s.ID] = s
	}
	return sources, nil
}

// sentenceKey names a quoted sentence: its source and first byte.
type sentenceKey struct {
	sourceID string
	start    int
}

// minEventMatch is the share of a query's weight that an event's sentence
// must hold to match it. Words weigh by inverse document frequency, so
// "Abzug Syrien" asks for both, while a rare word outweighs a common one;
// an alternative translation counts by its weight.
const minEventMatch = 0.6

// matchingEvents returns the sentences of events that match query.
func (e *Engine) matchingEvents(ctx context.Context, query string, stored []store.Event, sources map[string]store.Source) (map[sentenceKey]bool, error) {
	groups, err := e.queryGroups(ctx, query)
	if err != nil {
		return nil, err
	}
	out := make(map[sentenceKey]bool)
	if len(groups) == 0 {
		return out, nil
	}
	var all []string
	for _, g := range groups {
		for t := range g {
			all = append(all, t)
		}
	}
	df, total, err := e.store.DocFreq(ctx, all)
	if err != nil {
		return nil, err
	}
	idf := make([]float64, len(groups))
	sum := 0.0
	for i, g := range groups {
		n := 0
		for t := range g {
			n = max(n, df[t])
		}
		idf[i] = math.Log(float64(total+1) / (float64(n) + 0.5))
		sum += idf[i]
	}
	for i, ev := range stored {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		terms := make(map[string]bool)
		for _, t := range analysis.For(passageLanguage(ev.Quote, sources[ev.SourceID].Language)).Terms(ev.Quote) {
			terms[t] = true
		}
		got := 0.0
		for i, g := range groups {
			best := 0.0
			for t, w := range g {
				if w > best && containsTerm(terms, t) {
					best = w
				}
			}
			got += idf[i] * best
		}
		if got > 0 && got >= minEventMatch*sum {
			out[sentenceKey{ev.SourceID, ev.Start}] = true
		}
	}
	return out, nil
}

// minHeadRunes is how long a query term must be to match the head of a
// compound: "truppen" finds "Koalitionstruppen", "abzug" "Truppenabzug".
const minHeadRunes = 5

// containsTerm reports whether a sentence's terms hold t, as a word or as
// the head of a compound, which German puts last.
func containsTerm(terms map[string]bool, t string) bool {
	if terms[t] {
		return true
	}
	if utf8.RuneCountInString(t) < minHeadRunes {
		return false
	}
	for term := range terms {
		if strings.HasSuffix(term, t) {
			return true
		}
	}
	return false
}

// queryGroups analyses a timeline query into one group of weighted
// alternative terms per word: its German stem and, for an English query,
// its English stem and German translations. A word of a German query that
// no passage holds is translated too, for English keywords ("troops
// Syria") the language detector cannot tell from German.
func (e *Engine) queryGroups(ctx context.Context, query string) ([]map[string]float64, error) {
	de, en := analysis.For(analysis.German), analysis.For(analysis.English)
	english := DetectLanguage(query) == analysis.English
	byWord := make(map[string]map[string]float64)
	var order []string
	for _, tok := range analysis.Scan(query) {
		word := strings.ToLower(tok.Text)
		if _, seen := byWord[word]; seen {
			continue
		}
		terms := de.Terms(tok.Text)
		if english {
			terms = en.Terms(tok.Text)
		}
		if len(terms) == 0 {
			continue // a stop word
		}
		byWord[word] = make(map[string]float64)
		for _, t := range terms {
			byWord[word][t] = 1
		}
		order = append(order, word)
	}
	translate := english
	if !english {
		var stems []string
		for _, w := range order {
			for t := range byWord[w] {
				stems = append(stems, t)
			}
		}
		df, _, err := e.store.DocFreq(ctx, stems)
		if err != nil {
			return nil, err
		}
		for _, w := range order {
			known := false
			for t := range byWord[w] {
				known = known || df[t] > 0
			}
			translate = translate || !known
		}
	}
	if translate {
		// A phrase's translation ("Truppenabzug" for "withdrawal of
		// troops") is an alternative for each of its words. The likeliest
		// translation of a word or phrase counts fully, the others by
		// their weight relative to it; the word kept as written ("Baghdad"
		// beside "Bagdad") is no translation to measure them by.
		type origin struct{ word, from string }
		translated := make(map[origin]map[string]float64)
		asWritten := make(map[string]bool)
		for _, w := range order {
			for t := range byWord[w] {
				asWritten[t] = true
			}
		}
		for _, tr := range e.translator().Translate(query) {
			for _, tok := range analysis.Scan(tr.From) {
				src := origin{strings.ToLower(tok.Text), tr.From}
				if byWord[src.word] == nil {
					continue
				}
				if translated[src] == nil {
					translated[src] = make(map[string]float64)
				}
				for _, t := range de.Terms(tr.Text) {
					translated[src][t] = math.Max(translated[src][t], tr.Weight)
				}
			}
		}
		for src, alternatives := range translated {
			best := 0.0
			for t, weight := range alternatives {
				if !asWritten[t] {
					best = math.Max(best, weight)
				}
			}
			for t, weight := range alternatives {
				if !asWritten[t] {
					byWord[src.word][t] = math.Max(byWord[src.word][t], weight/best)
				}
			}
		}
	}
	groups := make([]map[string]float64, 0, len(order))
	for _, w := range order {
		groups = append(groups, byWord[w])
	}
	return groups, nil
}
