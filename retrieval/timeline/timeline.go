// Package timeline finds the dated statements and troop figures of the
// sources at index time (Extract), and at reading time merges what several
// sources state alike, orders it by date, marks superseded figures and
// passed deadlines, and filters it (Build, Filter).
//
// Quotes are verbatim sentences of the sources; an event's date comes from
// its sentence, or, for a troop figure or an "as of now" statement, from the
// article's publication date, and says which.
package timeline

import (
	"context"
	"fmt"
	"github.com/quellen/quellen/retrieval/timex"
	"sort"
	"strings"
	"time"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/cite"
	"github.com/quellen/quellen/store"
)

// Citation is a source stating an event, and where its sentence stands.
type Citation = cite.Citation

// Supersession names the newest later figure for the same place.
type Supersession struct {
	Date     string `json:"date"`
	Count    int64  `json:"count"`
	SourceID string `json:"source_id"`
	Title    string `json:"title"`
}

// Event is one dated statement with every source that states it: the
// statement as its first source makes it (store.Event, whose SourceID,
// Start, End and Quote are that source's), and what reading all of them
// adds.
type Event struct {
	store.Event
	// Precision is how precise Date is: "day", "month", "year", … or "".
	Precision string     `json:"precision"`
	Citations []Citation `json:"citations"`
	// Status says whether a deadline is "past" or still "ahead" of today.
	Status string `json:"status,omitempty"`
	// SupersededBy is set on a troop level for which a later-dated level
	// of the same force and place exists.
	SupersededBy *Supersession `json:"superseded_by,omitempty"`

	iv timex.Interval
}

// Figure returns the event's troop figure.
func (e Event) Figure() (int64, bool) {
	return e.Count, e.Kind == KindTroops && e.Count > 0
}

// Level reports whether the event is a troop level a chart of levels
// plots: an exact count of troops present, no cap, movement, total,
// casualties or order of magnitude.
func (e Event) Level() bool {
	_, ok := e.Figure()
	return ok && !e.Approx && (e.Role == RoleLevel || e.Role == "")
}

// Series names the line a level belongs to: whose troops, where.
func (e Event) Series() string {
	parts := make([]string, 0, 2)
	if e.Force != "" {
		parts = append(parts, e.Force)
	}
	if e.Place != "" {
		parts = append(parts, e.Place)
	}
	return strings.Join(parts, " · ")
}

// anchor returns what the event rests on as offsets into its Quote.
func (e Event) anchor() (int, int) {
	return e.AnchorStart - e.Start, e.AnchorEnd - e.Start
}

// Span returns the first and last day the event's date covers; ok is false
// for an undated event.
func (e Event) Span() (first, last time.Time, ok bool) {
	return e.iv.First, e.iv.Last, e.Date != ""
}

// Timeline is the events in date order and, apart, those without a date.
type Timeline struct {
	Events  []Event `json:"events"`
	Undated []Event `json:"undated"`
}

// Len counts the dated and undated events.
func (t Timeline) Len() int { return len(t.Events) + len(t.Undated) }

// mention is one source's statement of an event, before merging.
type mention struct {
	event    Event // as this source states it, with its quote
	citation Citation
	terms    map[string]bool
}

// checkEvery is how many events Build handles between two looks at its
// context.
const checkEvery = 256

// Build turns the stored events into a timeline: events several sources
// state alike become one with several citations; they are ordered by date
// (a year before the months of that year); a troop figure is marked
// superseded when a later figure for its place exists; deadlines say
// whether they are past on today. Its work grows about linearly with the
// events, and it stops with ctx's error when ctx is done.
func Build(ctx context.Context, stored []store.Event, sources map[string]store.Source, today time.Time) (Timeline, error) {
	mentions := make([]mention, 0, len(stored))
	// A sentence said again and again is analysed once.
	type said struct{ lang, quote string }
	analysed := make(map[said]map[string]bool)
	for i, se := range stored {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return Timeline{}, err
			}
		}
		src, ok := sources[se.SourceID]
		if !ok {
			continue
		}
		key := said{src.Language, se.Quote}
		terms, ok := analysed[key]
		if !ok {
			terms = analysis.TermSet(analysis.For(src.Language).Terms(se.Quote))
			analysed[key] = terms
		}
		mentions = append(mentions, fromStored(se, src, terms))
	}
	order := termOrder(mentions)
	var dated, undated []*group
	indexes := make(map[string]*groupIndex) // kind and date → its groups
	for i, m := range mentions {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return Timeline{}, err
			}
		}
		key := m.event.Kind + "/" + m.event.Date
		ix := indexes[key]
		if ix == nil {
			ix = &groupIndex{exact: make(map[string]*group), byTerm: make(map[string][]*group), troops: make(map[troopKey][]*group)}
			indexes[key] = ix
		}
		prefix := order.prefix(m.terms)
		if g := ix.find(m, prefix); g != nil {
			g.add(m)
			continue
		}
		g := ix.add(m, prefix)
		if m.event.Date == "" {
			undated = append(undated, g)
		} else {
			dated = append(dated, g)
		}
	}
	if err := ctx.Err(); err != nil {
		return Timeline{}, err
	}
	t := Timeline{Events: finish(dated), Undated: finish(undated)}
	sort.SliceStable(t.Events, func(i, j int) bool { return before(t.Events[i], t.Events[j]) })
	sort.SliceStable(t.Undated, func(i, j int) bool { return citedBefore(t.Undated[i], t.Undated[j]) })
	markSuperseded(t.Events)
	markDeadlines(t.Events, today)
	return t, ctx.Err()
}

// fromStored reads a stored event as a mention by its source, whose quote
// has the given analysed terms (which mentions may share: none changes them).
func fromStored(se store.Event, src store.Source, terms map[string]bool) mention {
	ev := Event{Event: se}
	if se.Kind != KindTroops {
		ev.Count = 0
	}
	if iv, ok := timex.ParseValue(se.Date); ok {
		ev.iv, ev.Precision = iv, iv.Precision
	} else {
		ev.Date, ev.DateFrom = "", ""
	}
	c := cite.Of(src, se.Start, se.End)
	c.Quote = ""
	return mention{
		event:    ev,
		citation: c,
		terms:    terms,
	}
}

// group is the mentions of one event.
type group struct {
	mentions []mention
	// sentences holds each source's sentence once: a sentence stating two
	// figures is one mention of each, not two of one.
	sentences map[sentenceAt]bool
}

type sentenceAt struct {
	sourceID string
	start    int
}

func (g *group) add(m mention) {
	at := sentenceAt{m.citation.SourceID, m.citation.Start}
	if g.sentences[at] {
		return // the same sentence, once per figure it states
	}
	g.sentences[at] = true
	g.mentions = append(g.mentions, m)
	if m.event.Force != "" {
		for i := range g.mentions {
			if g.mentions[i].event.Force == "" {
				g.mentions[i].event.Force = m.event.Force
			}
		}
	}
}

// Two statements are one event when they have the same date and kind and,
// for troops, the same figure, role and place and no two different forces;
// other statements must share this share of their words, too:
// sameWordsNum/sameWordsDen, 0.6.
const (
	sameWordsNum = 3
	sameWordsDen = 5
	sameWords    = float64(sameWordsNum) / sameWordsDen
)

// groupIndex finds, among the groups of one kind and date, the first made
// that states a mention, without comparing the mention with every group:
// troop figures by figure, role and place (then by force, among the few
// groups of those), identical word sets by their words,
// and similar ones through prefix filtering. Two word sets whose Jaccard
// similarity reaches t, their words ranked rarest first, share a word
// among the first |x| − ⌈t·|x|⌉ + 1 of each (Xiao et al., "Efficient
// similarity joins for near duplicate detection", 2008); only groups
// sharing such a word are compared.
type groupIndex struct {
	next   int // creation number of the next group
	exact  map[string]*group
	byTerm map[string][]*group
	troops map[troopKey][]*group
	made   map[*group]int
}

type troopKey struct {
	count int64
	role  string
	place string // folded: upper, then lower case, as EqualFold compares
}

func troopKeyOf(e Event) troopKey {
	return troopKey{e.Count, e.Role, strings.ToLower(strings.ToUpper(e.Place))}
}

// maxCandidates bounds how many groups one mention is compared with. Past
// it, a statement may stand as an event of its own beside a near-identical
// one: a small flaw, where the alternative is time that grows with the
// square of a repetitive source.
const maxCandidates = 512

func (ix *groupIndex) find(m mention, prefix []string) *group {
	ev := m.event
	if ev.Kind == KindTroops {
		// A figure whose force the text leaves open merges with the same
		// figure of a named force: "etwa 2.500 Soldaten" in an article on
		// US troops and "2.500 US-Soldaten". A group's force is that of its
		// first mention, which a later one may fill in.
		for _, g := range ix.troops[troopKeyOf(ev)] {
			e := g.mentions[0].event
			if e.Count == ev.Count && e.Role == ev.Role && (e.Force == ev.Force || e.Force == "" || ev.Force == "") &&
				strings.EqualFold(e.Place, ev.Place) {
				return g
			}
		}
		return nil
	}
	if len(m.terms) == 0 {
		return nil
	}
	if g := ix.exact[setKey(m.terms)]; g != nil {
		// The first group made with these very words; an earlier group
		// that is merely similar wins, as a scan in order would find it.
		if best := ix.similar(m, prefix, ix.made[g]); best != nil {
			return best
		}
		return g
	}
	return ix.similar(m, prefix, -1)
}

// similar returns the first-made group sharing sameWords of m's words,
// among those made before limit (all when limit < 0).
func (ix *groupIndex) similar(m mention, prefix []string, limit int) *group {
	var best *group
	bestMade, compared := limit, 0
	seen := make(map[*group]bool)
	for _, t := range prefix {
		// Each list is in the order the groups were made.
		for _, g := range ix.byTerm[t] {
			made := ix.made[g]
			if bestMade >= 0 && made >= bestMade {
				break
			}
			if seen[g] {
				continue
			}
			seen[g] = true
			if compared++; compared > maxCandidates {
				return best
			}
			if analysis.Jaccard(g.mentions[0].terms, m.terms) >= sameWords {
				best, bestMade = g, made
			}
		}
	}
	return best
}

// add makes a new group of m and indexes it.
func (ix *groupIndex) add(m mention, prefix []string) *group {
	g := &group{mentions: []mention{m}, sentences: map[sentenceAt]bool{{m.citation.SourceID, m.citation.Start}: true}}
	if ix.made == nil {
		ix.made = make(map[*group]int)
	}
	ix.made[g] = ix.next
	ix.next++
	ev := m.event
	if ev.Kind == KindTroops {
		k := troopKeyOf(ev)
		ix.troops[k] = append(ix.troops[k], g)
		return g
	}
	if len(m.terms) == 0 {
		return g
	}
	if k := setKey(m.terms); ix.exact[k] == nil {
		ix.exact[k] = g
	}
	for _, t := range prefix {
		ix.byTerm[t] = append(ix.byTerm[t], g)
	}
	return g
}

// setKey is a word set written out in sorted order.
func setKey(terms map[string]bool) string {
	list := make([]string, 0, len(terms))
	for t := range terms {
		list = append(list, t)
	}
	sort.Strings(list)
	return strings.Join(list, "\x00")
}

// rarity ranks words from the rarest among all mentions, for the prefixes.
type rarity map[string]int

func termOrder(mentions []mention) rarity {
	r := make(rarity)
	for _, m := range mentions {
		for t := range m.terms {
			r[t]++
		}
	}
	return r
}

// prefix returns the first |x| − ⌈sameWords·|x|⌉ + 1 words of a set, rarest
// first (ties in alphabetical order).
func (r rarity) prefix(terms map[string]bool) []string {
	list := make([]string, 0, len(terms))
	for t := range terms {
		list = append(list, t)
	}
	sort.Slice(list, func(i, j int) bool {
		if r[list[i]] != r[list[j]] {
			return r[list[i]] < r[list[j]]
		}
		return list[i] < list[j]
	})
	n := len(list)
	if n == 0 {
		return nil
	}
	atLeast := (sameWordsNum*n + sameWordsDen - 1) / sameWordsDen
	return list[:n-atLeast+1]
}

// finish makes each group one event with its citations, oldest source
// first, as the first states it.
func finish(groups []*group) []Event {
	out := make([]Event, 0, len(groups))
	for _, g := range groups {
		sort.SliceStable(g.mentions, func(i, j int) bool {
			a, b := g.mentions[i].citation, g.mentions[j].citation
			if a.Published != b.Published {
				return a.Published != "" && (b.Published == "" || a.Published < b.Published)
			}
			return a.SourceID < b.SourceID
		})
		ev := g.mentions[0].event
		for _, m := range g.mentions {
			ev.Citations = append(ev.Citations, m.citation)
		}
		out = append(out, ev)
	}
	return out
}

// Before reports whether e comes before o on a timeline.
func (e Event) Before(o Event) bool { return before(e, o) }

// before orders dated events: by the first day their date covers, a
// coarser date first, then by source.
func before(a, b Event) bool {
	if !a.iv.First.Equal(b.iv.First) {
		return a.iv.First.Before(b.iv.First)
	}
	if ra, rb := precisionRank[a.Precision], precisionRank[b.Precision]; ra != rb {
		return ra > rb
	}
	return citedBefore(a, b)
}

// citedBefore orders events by their first source's publication, then by
// source and position.
func citedBefore(a, b Event) bool {
	ca, cb := a.Citations[0], b.Citations[0]
	if ca.Published != cb.Published {
		return ca.Published < cb.Published
	}
	if ca.SourceID != cb.SourceID {
		return ca.SourceID < cb.SourceID
	}
	return ca.Start < cb.Start
}

// markSuperseded marks each troop level for which another level of the
// same force and place dated later exists, naming the newest one. A date that only
// contains another ("2024" and "2024-01") is not later. Caps, movements,
// totals and casualties supersede nothing and are superseded by nothing.
func markSuperseded(events []Event) {
	newest := make(map[string]*Event) // force and place → the latest level
	for i := range events {
		e := &events[i]
		key, ok := levelKey(*e)
		if !ok {
			continue
		}
		// events are in date order, so a later one of equal start wins.
		if n := newest[key]; n == nil || !e.iv.First.Before(n.iv.First) {
			newest[key] = e
		}
	}
	for i := range events {
		e := &events[i]
		key, ok := levelKey(*e)
		if !ok {
			continue
		}
		if n := newest[key]; n.iv.First.After(e.iv.First) && n.Count != e.Count {
			e.SupersededBy = &Supersession{Date: n.Date, Count: n.Count, SourceID: n.Citations[0].SourceID, Title: n.Citations[0].Title}
		}
	}
}

// levelKey names what a troop level counts: its force and place. ok is
// false for anything but a troop level with a place and an exact count.
func levelKey(e Event) (string, bool) {
	if e.Kind != KindTroops || e.Count == 0 || e.Place == "" || e.Approx || e.Role != RoleLevel && e.Role != "" {
		return "", false
	}
	place := e.PlaceKey
	if place == "" {
		place = strings.ToLower(e.Place)
	}
	return e.Force + "/" + place, true
}

// Deadline statuses.
const (
	StatusPast  = "past"
	StatusAhead = "ahead"
)

// markDeadlines says of each deadline whether today is past its last day.
func markDeadlines(events []Event, today time.Time) {
	y, m, d := today.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	for i := range events {
		if events[i].Kind != KindDeadline {
			continue
		}
		events[i].Status = StatusAhead
		if day.After(events[i].iv.Last) {
			events[i].Status = StatusPast
		}
	}
}

// Topic selects events by kind.
type Topic string

// Topics, as the command line and Discord name them.
const (
	TopicAll      Topic = "all"
	TopicTroops   Topic = "troops"
	TopicTalks    Topic = "talks"
	TopicDeadline Topic = "deadline"
)

// Topics lists every topic, the default first.
var Topics = []Topic{TopicAll, TopicTroops, TopicTalks, TopicDeadline}

// topicNames are the names a topic is typed as, English and German.
var topicNames = map[string]Topic{
	"": TopicAll, "all": TopicAll, "alle": TopicAll, "alles": TopicAll,
	"troops": TopicTroops, "truppen": TopicTroops, "soldaten": TopicTroops,
	"talks": TopicTalks, "gespräche": TopicTalks, "gespraeche": TopicTalks, "verhandlungen": TopicTalks,
	"deadline": TopicDeadline, "deadlines": TopicDeadline, "frist": TopicDeadline, "fristen": TopicDeadline,
	// The names the timeline_topic template shows, typed out instead of chosen.
	"alle ereignisse": TopicAll, "all events": TopicAll, "truppenstärke": TopicTroops, "troop levels": TopicTroops,
}

// ParseTopic reads a topic by its English or German name; "" is all.
func ParseTopic(s string) (Topic, error) {
	t, ok := topicNames[strings.ToLower(strings.TrimSpace(s))]
	if !ok {
		return "", fmt.Errorf("topic %q: use troops, talks, deadline or all", s)
	}
	return t, nil
}

// includes reports whether events of kind belong to the topic.
func (t Topic) includes(kind string) bool {
	return t == TopicAll || t == "" || string(t) == kind
}

// Filter narrows a timeline.
type Filter struct {
	Topic Topic
	// From and To keep the dated events whose date overlaps them; undated
	// events stay, listed apart.
	From, To Bound
	// Match keeps only the events it accepts; nil keeps all.
	Match func(Event) bool
}

// Filter returns the events of t that f keeps.
func (t Timeline) Filter(f Filter) Timeline {
	keep := func(e Event) bool {
		if !f.Topic.includes(e.Kind) {
			return false
		}
		return f.Match == nil || f.Match(e)
	}
	out := Timeline{Events: []Event{}, Undated: []Event{}}
	for _, e := range t.Events {
		if !keep(e) || (!f.From.IsZero() && e.iv.Last.Before(f.From.iv.First)) || (!f.To.IsZero() && e.iv.First.After(f.To.iv.Last)) {
			continue
		}
		out.Events = append(out.Events, e)
	}
	for _, e := range t.Undated {
		if keep(e) {
			out.Undated = append(out.Undated, e)
		}
	}
	return out
}
