package retrieval

import (
	"context"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/retrieval/timex"
	"github.com/quellen/quellen/store"
)

// Verification reads each candidate passage against the question: a
// passage is cited only when it satisfies the question's constraints
// (whose troops, where, whom, when), holds what the question asks for (a
// figure, a date, a name…) and covers enough of the question's focus. The
// reasons a passage fails are named, so that an abstention can say why.

// Reasons a candidate fails verification.
const (
	failOwner    = "owner"    // another country's or force's: "italienische" for a US figure
	failPlace    = "place"    // another place
	failName     = "name"     // a name the question asks about is not there
	failTime     = "time"     // another year
	failType     = "type"     // no figure for "how many", no date for "when", …
	failCoverage = "coverage" // too little of the question's subject
	failAbsent   = "absent"   // the question names something the collection never mentions
)

// verdict is what verification found of one candidate passage.
type verdict struct {
	Ranked
	ok     bool
	reason string // why it fails, "" when it passes
	// coverage is the share of the focus's weight that the passage, its
	// neighbours and its source's title cover.
	coverage float64
	// facts are the passage's events that answer the question: the troop
	// figures that match it, or its dated events for a "when" question.
	facts []store.Event
	// next is the following sentence when the answer lies there ("Dies
	// löste … aus"): it is quoted with the passage as one span.
	next *store.Passage
	// source is the passage's source, without its text.
	source store.Source
}

// Decision is what the decision to answer rested on, for `ask --json` and
// the evaluation.
type Decision struct {
	// Type is the answer type the question asks for.
	Type query.Type `json:"type"`
	// Constraints are what an answer had to satisfy.
	Constraints []query.Constraint `json:"constraints"`
	// Candidates is how many passages were read, Passed how many satisfy
	// the question.
	Candidates int `json:"candidates"`
	Passed     int `json:"passed"`
	// Coverage is the best focus coverage among the passages that meet
	// every other check (Eligible of them).
	Coverage float64 `json:"coverage"`
	Eligible int     `json:"eligible"`
	// Absent is the share of the focus's weight that the collection never
	// mentions, AbsentNames the part of it carried by names and figures.
	Absent      float64 `json:"absent"`
	AbsentNames float64 `json:"absent_names"`
	// Rejected counts the candidates that failed, by reason: owner, place,
	// name, time, type, coverage, absent.
	Rejected map[string]int `json:"rejected"`
}

// verifier holds what verification reads once per question.
type verifier struct {
	e        *Engine
	q        *question
	sources  *sourcePassages
	weight   []float64 // each concept's weight
	present  []bool    // whether the collection holds a concept at all
	troop    []bool    // whether a concept is a word for soldiers
	want     float64
	role     string // the role of troop figure a count question asks for
	events   map[string][]store.Event
	srcMeta  map[string]store.Source
	srcTerms map[string]map[string]bool
}

func (e *Engine) newVerifier(q *question, sources *sourcePassages) *verifier {
	v := &verifier{e: e, q: q, sources: sources, events: make(map[string][]store.Event),
		srcMeta: make(map[string]store.Source), srcTerms: make(map[string]map[string]bool)}
	n := float64(q.total)
	idf := func(df int) float64 { return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5)) }
	v.weight = make([]float64, len(q.concepts))
	v.present = make([]bool, len(q.concepts))
	v.troop = make([]bool, len(q.concepts))
	for i, c := range q.concepts {
		v.weight[i] = idf(0)
		for _, t := range c {
			if df := q.df[t]; df > 0 {
				if !v.present[i] || idf(df) < v.weight[i] {
					v.weight[i] = idf(df)
				}
				v.present[i] = true
			}
			v.troop[i] = v.troop[i] || query.IsTroopWord(t) || troopStems[t]
		}
		v.want += v.weight[i]
	}
	if q.Type == query.Count && q.Troops {
		v.role = timeline.RoleOf(q.Text)
	}
	return v
}

// troopStems are the analysed forms of troop words that the word test
// misses ("trupp" for "Truppen").
var troopStems = map[string]bool{"trupp": true, "soldat": true, "streitkraft": true, "troop": true, "soldier": true, "forc": true}

// absent is the share of the focus's weight that the collection never
// mentions, and of that the share carried by names.
func (v *verifier) absent() (all, names float64) {
	if v.want == 0 {
		return 0, 0
	}
	for i := range v.q.concepts {
		if !v.present[i] {
			all += v.weight[i] / v.want
			if v.q.names[i] {
				names += v.weight[i] / v.want
			}
		}
	}
	return all, names
}

// verify reads the candidates and returns a verdict for each, in their
// order, and the decision.
func (e *Engine) verify(ctx context.Context, q *question, ranked []Ranked, sources *sourcePassages) ([]verdict, Decision, error) {
	v := e.newVerifier(q, sources)
	d := Decision{Type: q.Type, Constraints: q.Constraints, Candidates: len(ranked), Rejected: make(map[string]int)}
	if d.Constraints == nil {
		d.Constraints = []query.Constraint{}
	}
	d.Absent, d.AbsentNames = v.absent()
	out := make([]verdict, 0, len(ranked))
	for _, r := range ranked {
		if err := ctx.Err(); err != nil {
			return nil, d, err
		}
		vd, err := v.check(ctx, r)
		if err != nil {
			return nil, d, err
		}
		if vd.ok {
			d.Eligible++
			d.Coverage = math.Max(d.Coverage, vd.coverage)
		}
		out = append(out, vd)
	}
	// The decision rests on the question as a whole (Params.Answers); the
	// passages cited are the eligible ones that cover enough.
	answers := e.params.Answers(d)
	for i := range out {
		vd := &out[i]
		switch {
		case !vd.ok:
		case !answers && d.AbsentNames > e.params.MaxAbsentNames:
			vd.ok, vd.reason = false, failAbsent
		case vd.coverage < e.params.MinCoverage:
			vd.ok, vd.reason = false, failCoverage
		}
		if vd.ok {
			d.Passed++
		} else {
			d.Rejected[vd.reason]++
		}
	}
	return out, d, nil
}

// window is a passage with its neighbours and its source's title: the
// context in which the passage states what it states.
type window struct {
	sentence store.Passage
	around   []store.Passage // the passage and its neighbours, in order
	terms    map[string]bool // of around and the title
	text     string          // of around and the title, for mentions
}

func (v *verifier) window(ctx context.Context, r Ranked) (window, store.Source, error) {
	w := window{sentence: r.Passage, terms: make(map[string]bool)}
	src, ok := v.srcMeta[r.SourceID]
	if !ok {
		s, err := v.e.store.Source(ctx, r.SourceID)
		if err != nil {
			return w, src, err
		}
		s.Text = ""
		v.srcMeta[r.SourceID], src = s, s
	}
	all, err := v.sources.of(ctx, r.SourceID)
	if err != nil {
		return w, src, err
	}
	var b strings.Builder
	b.WriteString(src.Title)
	for _, t := range analysis.For(src.Language).Terms(src.Title) {
		w.terms[t] = true
	}
	for _, p := range all {
		if p.Ord >= r.Ord-1 && p.Ord <= r.Ord+1 {
			w.around = append(w.around, p)
			b.WriteString("\n")
			b.WriteString(p.Text)
			for _, t := range strings.Fields(p.Terms) {
				w.terms[t] = true
			}
		}
	}
	w.text = b.String()
	return w, src, nil
}

// eventsOf returns the events whose sentence is the passage.
func (v *verifier) eventsOf(ctx context.Context, p store.Passage) ([]store.Event, error) {
	all, ok := v.events[p.SourceID]
	if !ok {
		var err error
		if all, err = v.e.store.Events(ctx, p.SourceID); err != nil {
			return nil, err
		}
		v.events[p.SourceID] = all
	}
	var out []store.Event
	for _, ev := range all {
		if ev.Start == p.Start {
			out = append(out, ev)
		}
	}
	return out, nil
}

// check verifies one candidate.
func (v *verifier) check(ctx context.Context, r Ranked) (verdict, error) {
	vd := verdict{Ranked: r}
	w, src, err := v.window(ctx, r)
	if err != nil {
		return vd, err
	}
	vd.source = src
	events, err := v.eventsOf(ctx, r.Passage)
	if err != nil {
		return vd, err
	}
	lang := src.Language
	sentenceMentions := v.e.entities.Mentions(r.Text, lang)
	windowMentions := v.e.entities.Mentions(w.text, lang)

	// A count question about troops is answered by the passage's troop
	// figures that match whose, where, when and what.
	troopQuestion := v.q.Type == query.Count && v.q.Troops
	if troopQuestion {
		vd.facts, vd.reason = v.matchingFigures(events, sentenceMentions)
	} else {
		vd.reason = v.constraints(ctx, r, w, src, sentenceMentions, windowMentions, events)
		if vd.reason == "" {
			vd.facts, vd.reason = v.answerType(ctx, r, events, lang)
			if vd.reason == failType {
				if next, facts, ok := v.continuation(ctx, r, lang); ok {
					vd.next, vd.facts, vd.reason = next, facts, ""
				}
			}
		}
	}
	vd.coverage = v.coverage(w, len(vd.facts) > 0 && troopQuestion)
	vd.ok = vd.reason == ""
	return vd, nil
}

// matchingFigures returns the troop figures of a passage that answer a
// count question: of the asked role, force, place and time.
func (v *verifier) matchingFigures(events []store.Event, mentions []entity.Mention) ([]store.Event, string) {
	reason := failType
	var out []store.Event
	for _, ev := range events {
		if ev.Kind != timeline.KindTroops || ev.Count == 0 {
			continue
		}
		role := ev.Role
		if role == "" {
			role = timeline.RoleLevel
		}
		if role != v.role {
			continue
		}
		if why := v.figureMeets(ev, mentions); why != "" {
			if reason == failType || why == failOwner {
				reason = why
			}
			continue
		}
		out = append(out, ev)
	}
	if len(out) > 0 {
		return out, ""
	}
	return nil, reason
}

// figureMeets says why a figure fails the question's constraints, or "".
func (v *verifier) figureMeets(ev store.Event, mentions []entity.Mention) string {
	for _, c := range v.q.Constraints {
		switch c.Kind {
		case query.Owner:
			if ev.Force == c.Key {
				continue
			}
			// A figure the text leaves open counts for a force its own
			// sentence names.
			if ev.Force == "" && mentioned(mentions, c.Key) {
				continue
			}
			return failOwner
		case query.Where:
			if ev.PlaceKey != "" && entity.Within(ev.PlaceKey, c.Key) {
				continue
			}
			if ev.PlaceKey == "" && ev.Place != "" && strings.EqualFold(ev.Place, c.Text) {
				continue
			}
			return failPlace
		}
	}
	if y := v.q.Time.Year(); y != 0 && !strings.HasPrefix(ev.Date, strconv.Itoa(y)) {
		return failTime
	}
	return ""
}

// mentioned reports whether a mention of key (or a city within it) is among mentions.
func mentioned(ms []entity.Mention, key string) bool {
	for _, m := range ms {
		if entity.Within(m.Key, key) || m.Country == key {
			return true
		}
	}
	return false
}

// constraints says why a passage fails the question's owner, place, name
// or time constraints, or "".
func (v *verifier) constraints(ctx context.Context, r Ranked, w window, src store.Source, sentence, around []entity.Mention, events []store.Event) string {
	for _, c := range v.q.Constraints {
		switch c.Kind {
		case query.Owner:
			if mentioned(sentence, c.Key) {
				continue
			}
			if c.Head != "" && v.otherOwner(r.Text, src.Language, c, sentence) {
				return failOwner
			}
			if mentioned(around, c.Key) {
				continue
			}
			return failOwner
		case query.Where:
			if mentioned(around, c.Key) {
				continue
			}
			// News names its place once and then writes "das Land": a
			// place the source names anywhere will do.
			ok, err := v.sourceNames(ctx, r.SourceID, c.Key)
			if err != nil || !ok {
				return failPlace
			}
		case query.Named:
			for _, t := range strings.Fields(c.Key) {
				if !analysis.Covered(t, w.terms) {
					return failName
				}
			}
		}
	}
	if y := v.q.Time.Year(); y != 0 {
		year := strconv.Itoa(y)
		ok := w.terms[year] || strings.HasPrefix(src.Published.Value, year)
		for _, ev := range events {
			ok = ok || strings.HasPrefix(ev.Date, year)
		}
		if !ok {
			return failTime
		}
	}
	return ""
}

// otherOwner reports whether the passage gives the constraint's head noun
// another owner: "der irakische Verteidigungsminister" when the question
// asks for the Syrian one.
func (v *verifier) otherOwner(text, lang string, c query.Constraint, mentions []entity.Mention) bool {
	for _, tok := range analysis.For(lang).Tokens(text) {
		if tok.Term == "" || !(tok.Term == c.Head || len(c.Head) >= 4 && strings.HasSuffix(tok.Term, c.Head)) {
			continue
		}
		for _, m := range mentions {
			// An adjective or compound prefix right before the head.
			if m.Adjective && m.End <= tok.Start+len(tok.Text) && tok.Start-m.End <= 2 && m.Country != c.Key {
				return true
			}
		}
	}
	return false
}

// sourceNames reports whether a source names a place in any form.
func (v *verifier) sourceNames(ctx context.Context, sourceID, key string) (bool, error) {
	terms, ok := v.srcTerms[sourceID]
	if !ok {
		all, err := v.sources.of(ctx, sourceID)
		if err != nil {
			return false, err
		}
		terms = make(map[string]bool)
		for _, p := range all {
			for _, t := range strings.Fields(p.Terms) {
				terms[t] = true
			}
		}
		v.srcTerms[sourceID] = terms
	}
	lang := v.srcMeta[sourceID].Language
	for _, form := range v.e.entities.Names(key) {
		ts := analysis.For(lang).Terms(form)
		if len(ts) == 0 {
			continue
		}
		all := true
		for _, t := range ts {
			all = all && terms[t]
		}
		if all {
			return true, nil
		}
	}
	return false, nil
}

// answerType says whether the passage holds what the question asks for,
// with the events that show it.
func (v *verifier) answerType(ctx context.Context, r Ranked, events []store.Event, lang string) ([]store.Event, string) {
	var dated []store.Event
	for _, ev := range events {
		if ev.Date != "" {
			dated = append(dated, ev)
		}
	}
	switch v.q.Type {
	case query.Count:
		if r.Figure {
			return nil, ""
		}
	case query.Date:
		if len(dated) > 0 || r.Dated {
			return dated, ""
		}
	case query.Deadline, query.Start:
		want := timeline.AspectEnd
		if v.q.Type == query.Start {
			want = timeline.AspectStart
		}
		var facts []store.Event
		for _, ev := range dated {
			if ev.Aspect == want || v.q.Type == query.Deadline && ev.Kind == timeline.KindDeadline || v.q.Type == query.Start && ev.Since {
				facts = append(facts, ev)
			}
		}
		if len(facts) > 0 {
			return facts, ""
		}
		// A date in a sentence that says nothing of starting or ending
		// may still answer; it ranks after those that do.
		if len(dated) > 0 || r.Dated {
			return nil, ""
		}
	case query.Duration:
		for _, x := range timex.Tag(r.Text, timex.Options{Lang: lang}) {
			if x.Kind == timex.KindDuration {
				return nil, ""
			}
		}
	case query.Person:
		if hasPersonName(r.Text) {
			return nil, ""
		}
	case query.Place:
		if len(v.e.entities.Mentions(r.Text, lang)) > 0 || hasPlacePhrase(r.Text) {
			return nil, ""
		}
	default:
		return nil, ""
	}
	return nil, failType
}

// continuation returns the sentence after r when it holds what the
// question asks for and continues r's statement: it starts with a pronoun
// or adverb that points back ("Dies", "Dort", "They").
func (v *verifier) continuation(ctx context.Context, r Ranked, lang string) (*store.Passage, []store.Event, bool) {
	all, err := v.sources.of(ctx, r.SourceID)
	if err != nil {
		return nil, nil, false
	}
	for _, p := range all {
		if p.Ord != r.Ord+1 || p.Block != r.Block {
			continue
		}
		first := strings.ToLower(firstWord(p.Text))
		if !pointsBack[first] {
			return nil, nil, false
		}
		events, err := v.eventsOf(ctx, p)
		if err != nil {
			return nil, nil, false
		}
		facts, why := v.answerType(ctx, Ranked{Passage: p}, events, lang)
		if why != "" {
			return nil, nil, false
		}
		next := p
		return &next, facts, true
	}
	return nil, nil, false
}

// pointsBack are the words a sentence starts with when it continues the
// one before: pronouns and adverbs that refer back.
var pointsBack = map[string]bool{
	"dies": true, "dieser": true, "diese": true, "dieses": true, "das": true, "dort": true, "damals": true, "danach": true,
	"dabei": true, "daraufhin": true, "er": true, "sie": true, "es": true, "deshalb": true, "daher": true, "darum": true,
	"this": true, "these": true, "there": true, "they": true, "it": true, "he": true, "she": true, "then": true,
}

func firstWord(s string) string {
	for _, tok := range analysis.Scan(s) {
		return tok.Text
	}
	return ""
}

// coverage is the share of the focus's weight that a window covers; a
// troop figure that matches covers the words for soldiers.
func (v *verifier) coverage(w window, figure bool) float64 {
	if v.want == 0 {
		return 1
	}
	var have float64
	for i, c := range v.q.concepts {
		if figure && v.troop[i] {
			have += v.weight[i]
			continue
		}
		for _, t := range c {
			if analysis.Covered(t, w.terms) {
				have += v.weight[i]
				break
			}
		}
	}
	return have / v.want
}

// hasPersonName reports whether a sentence names a person: two capitalised
// words in a row not at its start ("Daniel Shapiro"), or a name with a
// particle ("al-Sudani").
func hasPersonName(s string) bool {
	toks := analysis.Scan(s)
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], toks[i]
		if capitalised(b.Text) && i >= 2 && capitalised(a.Text) && strings.TrimSpace(s[a.Start+len(a.Text):b.Start]) == "" {
			return true
		}
		if capitalised(b.Text) && s[a.Start+len(a.Text):b.Start] == "-" {
			switch strings.ToLower(a.Text) {
			case "al", "el", "bin", "ibn", "abu", "abd":
				return true
			}
		}
	}
	return false
}

// hasPlacePhrase reports whether a sentence names a place with "in" or
// "im" and a capitalised word.
func hasPlacePhrase(s string) bool {
	toks := analysis.Scan(s)
	for i := 1; i < len(toks); i++ {
		switch strings.ToLower(toks[i-1].Text) {
		case "in", "im", "nach", "at":
			if capitalised(toks[i].Text) {
				return true
			}
		}
	}
	return false
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
