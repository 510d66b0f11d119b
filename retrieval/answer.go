package retrieval

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/cite"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

// MaxQuestionLength bounds a question, in characters.
const MaxQuestionLength = 1000

// ErrEmptyQuestion and ErrQuestionTooLong reject questions before any search.
var (
	ErrEmptyQuestion   = errors.New("the question is empty")
	ErrQuestionTooLong = fmt.Errorf("the question is longer than %d characters", MaxQuestionLength)
)

// Question is what a member asks.
type Question struct {
	Text string
	// Top is how many quotes to cite at most; 0 means DefaultTop.
	Top int
	// Language forces the framing's language ("de", "en"), as a Discord
	// client's locale does; "" follows the question's own language.
	Language string
	// Previous is the question this one follows up on in a conversation
	// ("und in Syrien?" after "Wie viele US-Soldaten sind im Irak?"), or "".
	// What the follow-up does not say of its own is taken from it.
	Previous string
}

// DefaultTop is how many quotes an answer cites at most by default.
const DefaultTop = 5

// Citation is one quote: a verbatim span of a source's text.
type Citation = cite.Citation

// Point is one fact of an answer with every citation that states it.
type Point struct {
	// Citations are the numbers (Citation.N) of the quotes stating the fact.
	Citations []int `json:"citations"`
	// Published is the newest publication date among them.
	Published string `json:"published"`
	// Newest marks the lead figure when sources give different figures.
	Newest bool `json:"newest"`
	// Older marks a figure that a more recent source gives differently.
	Older bool `json:"older"`
	// Label is the framing of the point ("Ältere Angabe (Juni 2020)"), or "".
	Label string `json:"label,omitempty"`
}

// Answer is what Quellen says to a question.
type Answer struct {
	Question string `json:"question"`
	// Language is the framing's language.
	Language string `json:"language"`
	Answered bool   `json:"answered"`
	// Text is the framing around the quotes, in the question's language.
	Text      string     `json:"answer"`
	Points    []Point    `json:"points"`
	Citations []Citation `json:"citations"`
	// Related are the closest passages when the sources do not answer; they
	// are offered, never cited.
	Related      []Citation `json:"related,omitempty"`
	IndexVersion int        `json:"index_version"`
	// Coverage, Absent, AbsentNames, WindowVector, SourceCoverage and
	// Support are what the decision to answer rested on (see support in
	// coverage.go).
	Coverage       float64 `json:"coverage"`
	Absent         float64 `json:"absent"`
	AbsentNames    float64 `json:"absent_names"`
	WindowVector   float64 `json:"window_vector"`
	SourceCoverage float64 `json:"source_coverage"`
	Support        float64 `json:"support"`
	// Events are the dated events the points state when the question asks
	// when; those points lead, in date order.
	Events []timeline.Event `json:"events,omitempty"`
}

// Ask answers a question from the index.
func (e *Engine) Ask(ctx context.Context, q Question) (*Answer, error) {
	text := strings.TrimSpace(q.Text)
	if text == "" {
		return nil, ErrEmptyQuestion
	}
	if utf8.RuneCountInString(text) > MaxQuestionLength {
		return nil, ErrQuestionTooLong
	}
	top := q.Top
	if top <= 0 {
		top = DefaultTop
	}
	query, err := e.analyseQuery(ctx, followUp(strings.TrimSpace(q.Previous), text))
	if err != nil {
		return nil, err
	}
	lang := query.lang
	languageNote := false
	switch {
	case q.Language == "de" || q.Language == "en":
		lang = q.Language
	case lang != "de" && lang != "en":
		lang, languageNote = "de", true
	}
	version, err := e.IndexVersion(ctx)
	if err != nil {
		return nil, err
	}
	passages := newSourcePassages(e.store)
	ranked, err := e.rank(ctx, &query, max(top*4, 20), passages)
	if err != nil {
		return nil, err
	}
	ans := &Answer{Question: text, Language: lang, IndexVersion: version, Points: []Point{}, Citations: []Citation{}}
	sup, err := e.support(ctx, query, ranked, passages)
	if err != nil {
		return nil, err
	}
	ans.Coverage, ans.Absent, ans.AbsentNames = sup.Coverage, sup.Absent, sup.AbsentNames
	ans.WindowVector, ans.SourceCoverage, ans.Support = sup.WindowVector, sup.SourceCoverage, sup.Support()
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

	if len(ranked) == 0 || !e.params.answers(sup, query.lang) {
		for i, r := range ranked[:min(len(ranked), 3)] {
			src, err := source(r.SourceID)
			if err != nil {
				return nil, err
			}
			ans.Related = append(ans.Related, citation(i+1, src, r.Passage))
		}
		return ans, e.frame(ans, languageNote)
	}

	ans.Answered = true
	chosen := e.choose(ranked, top)
	groups := groupFacts(chosen)
	type fact struct {
		passages  []Ranked
		published string
		counts    []int64
	}
	facts := make([]fact, 0, len(groups))
	for _, g := range groups {
		f := fact{passages: g}
		for _, r := range g {
			src, err := source(r.SourceID)
			if err != nil {
				return nil, err
			}
			if src.Published.Value > f.published {
				f.published = src.Published.Value
			}
		}
		f.counts = counts(g[0].Text)
		facts = append(facts, f)
	}
	// When the question asks for a figure and the facts give different
	// ones, the most recent leads and the older ones say they are older.
	conflicting := false
	if query.wantsNumber {
		var withFigures []int
		distinct := make(map[int64]bool)
		for i, f := range facts {
			if len(f.counts) > 0 {
				withFigures = append(withFigures, i)
				distinct[f.counts[0]] = true
			}
		}
		if len(distinct) > 1 {
			conflicting = true
			sort.SliceStable(facts, func(i, j int) bool {
				fi, fj := len(facts[i].counts) > 0, len(facts[j].counts) > 0
				if fi != fj {
					return fi
				}
				return fi && facts[i].published > facts[j].published
			})
		}
	}
	var dated map[int64]timeline.Event
	if asksForSchedule(text) && !conflicting {
		if dated, err = e.datedEvents(ctx, chosen); err != nil {
			return nil, err
		}
		sort.SliceStable(facts, func(i, j int) bool { return leadsByDate(dated, facts[i].passages, facts[j].passages) })
	}
	n := 0
	for i, f := range facts {
		p := Point{Published: f.published}
		if conflicting && len(f.counts) > 0 {
			if i == 0 {
				p.Newest = true
			} else if !slices.Equal(f.counts[:1], facts[0].counts[:1]) && f.published < facts[0].published {
				p.Older = true
			}
		}
		for _, r := range f.passages {
			src, err := source(r.SourceID)
			if err != nil {
				return nil, err
			}
			n++
			ans.Citations = append(ans.Citations, citation(n, src, r.Passage))
			p.Citations = append(p.Citations, n)
		}
		if p.Label, err = e.templates.Render(lang, "point_label", p); err != nil {
			return nil, err
		}
		if ev, ok := factEvent(dated, f.passages); ok {
			ans.Events = append(ans.Events, ev)
			if p.Label, err = e.templates.Render(lang, "event_label", ev); err != nil {
				return nil, err
			}
		}
		ans.Points = append(ans.Points, p)
	}
	return ans, e.frameAnswered(ans, conflicting, languageNote)
}

// followUp is the text a follow-up question is searched with: the
// follow-up and the question it follows. A follow-up's own words come first,
// so its language decides the answer's.
func followUp(previous, text string) string {
	if previous == "" {
		return text
	}
	return text + " " + previous
}

// choose picks the passages to cite: the best ones, dropping those far
// below the best and repeats of a sentence already chosen.
func (e *Engine) choose(ranked []Ranked, top int) []Ranked {
	var out []Ranked
	seen := make(map[string]bool)
	for _, r := range ranked {
		if len(out) >= top {
			break
		}
		if len(out) > 0 && r.Score < e.params.MinRelative*ranked[0].Score {
			break
		}
		key := strings.Join(strings.Fields(r.Text), " ")
		if seen[key] {
			continue // the same sentence repeated in a source, or in two
		}
		seen[key] = true
		out = append(out, r)
	}
	return out
}

// groupFacts merges passages that state the same fact: the same leading
// count ("2.500 US-Soldaten", "etwa 2.500 Soldaten"), or nearly the same
// words. Groups keep the order of their best passage.
func groupFacts(passages []Ranked) [][]Ranked {
	var groups [][]Ranked
	lead := make(map[int64]int64, len(passages)) // each passage's leading count, 0 for none
	for _, p := range passages {
		if c := counts(p.Text); len(c) > 0 {
			lead[p.ID] = c[0]
		}
	}
	for _, p := range passages {
		placed := false
		for i, g := range groups {
			if sameFact(g[0].Passage, p.Passage, lead) {
				groups[i] = append(groups[i], p)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []Ranked{p})
		}
	}
	return groups
}

func sameFact(a, b store.Passage, lead map[int64]int64) bool {
	if ca, cb := lead[a.ID], lead[b.ID]; ca == cb && ca >= 10 {
		return true
	}
	return analysis.Jaccard(analysis.TermSet(strings.Fields(a.Terms)), analysis.TermSet(strings.Fields(b.Terms))) >= 0.7
}

func citation(n int, src store.Source, p store.Passage) Citation {
	c := cite.Of(src, p.Start, p.End)
	c.N, c.Quote, c.PassageID = n, p.Text, p.ID
	return c
}

// frame writes the answer's framing text for an abstention.
func (e *Engine) frame(ans *Answer, languageNote bool) error {
	return e.frameAnswered(ans, false, languageNote)
}

func (e *Engine) frameAnswered(ans *Answer, conflicting, languageNote bool) error {
	sourceCount := make(map[string]bool)
	for _, c := range ans.Citations {
		sourceCount[c.SourceID] = true
	}
	text, err := e.templates.Render(ans.Language, "answer", map[string]any{
		"Answered":     ans.Answered,
		"Conflicting":  conflicting,
		"Citations":    ans.Citations,
		"SourceCount":  len(sourceCount),
		"Related":      ans.Related,
		"LanguageNote": languageNote,
	})
	ans.Text = text
	return err
}
