package retrieval

import (
	"context"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/figure"
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
	// own is the share of the focus's weight the sentence itself covers;
	// weakType marks a passage that shows no sign of what a who, where or
	// which-organisation question asks for. Both order the passages that
	// pass (rank).
	own      float64
	weakType bool
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
	// seen marks the concepts some candidate's window covers: a concept
	// the collection holds only inside compounds is not absent.
	seen []bool
}

func (e *Engine) newVerifier(q *question, sources *sourcePassages) *verifier {
	v := &verifier{e: e, q: q, sources: sources, events: make(map[string][]store.Event),
		srcMeta: make(map[string]store.Source), srcTerms: make(map[string]map[string]bool)}
	n := float64(q.total)
	idf := func(df int) float64 { return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5)) }
	v.weight = make([]float64, len(q.concepts))
	v.present = make([]bool, len(q.concepts))
	v.troop = make([]bool, len(q.concepts))
	v.seen = make([]bool, len(q.concepts))
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
		if q.verbs[i] {
			// Answers say what happened in words of their own more often
			// than they name what it happened to.
			v.weight[i] *= e.params.VerbWeight
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
// mentions (as a word or within a candidate's words), and of that the
// share carried by names.
func (v *verifier) absent() (all, names float64) {
	if v.want == 0 {
		return 0, 0
	}
	for i := range v.q.concepts {
		if !v.present[i] && !v.seen[i] {
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
	d.Absent, d.AbsentNames = v.absent()
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
	// before is the terms of the passage, the one before it and the title,
	// where a name the passage refers back to stands ("… kämpften hier").
	before map[string]bool
}

func (v *verifier) window(ctx context.Context, r Ranked) (window, store.Source, error) {
	w := window{sentence: r.Passage, terms: make(map[string]bool), before: make(map[string]bool)}
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
		w.before[t] = true
	}
	for _, p := range all {
		if p.Ord >= r.Ord-1 && p.Ord <= r.Ord+1 {
			w.around = append(w.around, p)
			b.WriteString("\n")
			b.WriteString(p.Text)
			for _, t := range strings.Fields(p.Terms) {
				w.terms[t] = true
				if p.Ord <= r.Ord {
					w.before[t] = true
				}
			}
		}
	}
	w.text = b.String()
	for _, sign := range symbols {
		if strings.Contains(w.text, sign) {
			w.terms[sign] = true
		}
	}
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
		if vd.reason == "" && !v.namesNear(w, src.Language) {
			vd.reason = failName
		}
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
	figure := len(vd.facts) > 0 && troopQuestion
	aspects := factAspects(vd.facts)
	vd.coverage = v.coverage(w.terms, figure, aspects, true)
	own := termsOf(r.Passage, vd.next)
	vd.own = v.coverage(own, figure, aspects, false) + v.inSentence(r, own, lang, sentenceMentions)
	if vd.reason == weakType {
		vd.reason, vd.weakType = "", true
	}
	vd.ok = vd.reason == ""
	return vd, nil
}

// ordinalIn reports whether a sentence names an ordinal of the given place.
func ordinalIn(text, key string) bool {
	for _, tok := range analysis.Scan(text) {
		if k, ok := query.OrdinalOf(strings.ToLower(tok.Text)); ok && k == key {
			return true
		}
	}
	return false
}

// namesNear reports whether every named constraint stands in the passage,
// the one before it or the title.
func (v *verifier) namesNear(w window, lang string) bool {
	for _, c := range v.q.Constraints {
		if c.Kind == query.Named && !namesAll(c, lang, w.before) {
			return false
		}
	}
	return true
}

// namesAll reports whether terms of a text in lang hold every word of a
// named constraint, as that language analyses it, allowing a typo or
// another transliteration in a long name ("Suleimani", "Soleimani").
func namesAll(c query.Constraint, lang string, terms map[string]bool) bool {
	a := analysis.For(lang)
	for _, w := range strings.Fields(c.Key) {
		for _, t := range a.Terms(w) {
			if !covers(terms, t) {
				return false
			}
		}
	}
	return true
}

// inSentence is the share of the question's constraints and date that the
// passage's own sentence states, rather than its neighbours or title: a
// sentence that names the year asked about answers more surely than one
// whose neighbour does.
func (v *verifier) inSentence(r Ranked, terms map[string]bool, lang string, mentions []entity.Mention) float64 {
	n, have := 0, 0
	for _, c := range v.q.Constraints {
		n++
		switch c.Kind {
		case query.Named:
			if namesAll(c, lang, terms) {
				have++
			}
		case query.Owner, query.Where:
			if mentionedAny(mentions, c.Keys()) {
				have++
			}
		case query.Ordinal:
			if ordinalIn(r.Text, c.Key) {
				have++
			}
		}
	}
	if y := v.q.Time.Year(); y != 0 {
		n++
		if terms[strconv.Itoa(y)] {
			have++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(have) / float64(n)
}

// weakType is answerType's verdict on a passage that shows no sign of what
// a who, where or which-organisation question asks for: a name can hide
// in a noun, so it is not refused, only ranked after the others.
const weakType = "weak-type"

// termsOf is the terms of a passage and of the sentence quoted with it,
// with the signs they hold ("%").
func termsOf(p store.Passage, next *store.Passage) map[string]bool {
	terms := analysis.TermSet(strings.Fields(p.Terms))
	text := p.Text
	if next != nil {
		text += " " + next.Text
		for _, t := range strings.Fields(next.Terms) {
			terms[t] = true
		}
	}
	for _, sign := range symbols {
		if strings.Contains(text, sign) {
			terms[sign] = true
		}
	}
	return terms
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
			if slices.ContainsFunc(c.Keys(), func(k string) bool {
				// A figure the text leaves open counts for a force its own
				// sentence names.
				return slices.Contains(strings.Fields(ev.Force), k) || ev.Force == "" && mentioned(mentions, k)
			}) {
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
			if c.Head != "" {
				// The question asks about a noun the owner qualifies ("der
				// irakische Verteidigungsminister"): the sentence must name
				// that noun and its owner ("Außenminister Mike Pompeo" is
				// another's). A sentence that continues the one before
				// ("Sie zogen ihre Truppen 2011 ab") may take the owner from it.
				if found, bound, others := v.headOwners(r.Text, src.Language, c, sentence); found {
					switch {
					case bound:
						continue
					case others:
						return failOwner // "US-Verteidigungsministerium" for the Iraqi one
					case mentionedAny(sentence, c.Keys()) || pointsBack[strings.ToLower(firstWord(r.Text))] && mentionedAny(around, c.Keys()):
						continue
					}
					return failOwner
				}
				// Without the noun, a sentence cannot say who someone is,
				// what an organisation is or where it is.
				if headRequired[v.q.Type] {
					return failOwner
				}
			}
			if mentionedAny(sentence, c.Keys()) || mentionedAny(around, c.Keys()) {
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
			if !namesAll(c, src.Language, w.before) {
				return failName
			}
		case query.Ordinal:
			// "die zweite Phase" answers no question about the third.
			if !ordinalIn(r.Text, c.Key) {
				return failName
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

// headRequired are the answer types whose answer must name the noun an
// owner qualifies: who the Iraqi defence minister is is said where the
// minister is named.
var headRequired = map[query.Type]bool{query.Person: true, query.Organisation: true, query.Place: true, query.List: true, query.Count: true}

// mentionedAny reports whether any of keys is mentioned.
func mentionedAny(ms []entity.Mention, keys []string) bool {
	return slices.ContainsFunc(keys, func(k string) bool { return mentioned(ms, k) })
}

// headOwners finds in a sentence the noun an owner constraint qualifies
// and says whose each occurrence is: found when the noun is there, bound
// when an occurrence is qualified by one of the constraint's owners ("der
// irakische Verteidigungsminister"), others when every qualified occurrence
// is another's and none stands alone ("US-Verteidigungsministeriums").
func (v *verifier) headOwners(text, lang string, c query.Constraint, mentions []entity.Mention) (found, bound, others bool) {
	toks := analysis.For(lang).Tokens(text)
	alone := false
	for i, tok := range toks {
		if !isHead(tok, c) {
			continue
		}
		found = true
		owner, ok := qualifier(text, toks, i, mentions)
		switch {
		case !ok:
			alone = true
		case slices.Contains(c.Keys(), owner):
			bound = true
		}
	}
	return found, bound, found && !bound && !alone
}

// isHead reports whether a token is the noun an owner constraint
// qualifies: the same term, a compound ending in it or holding it, a long
// word one typo away ("verteidigungsminster"), the head of a compound head
// ("Raketen" for "Raketenangriff"), or for soldiers any word for soldiers.
func isHead(tok analysis.Token, c query.Constraint) bool {
	head := c.Head
	if tok.Term == "" || tok.Stop {
		return false
	}
	if tok.Term == head || len(head) >= 4 && strings.HasSuffix(tok.Term, head) || nearlyEqual(tok.Term, head) ||
		len(head) >= 8 && strings.HasPrefix(tok.Term, head) || slices.Contains(tok.Parts, head) {
		return true
	}
	if len(tok.Term) >= 5 && slices.Contains(c.HeadParts, tok.Term) {
		return true
	}
	troops := troopStems[head] || query.IsTroopWord(head)
	return troops && (query.IsTroopWord(strings.ToLower(tok.Text)) || troopStems[tok.Term])
}

// qualifier returns the owner a nationality adjective or a name as a
// compound's first part gives token i: "irakische" in "der irakische
// Verteidigungsminister", "US" in "US-Truppen". At most one word (an
// adjective) may stand between.
func qualifier(text string, toks []analysis.Token, i int, mentions []entity.Mention) (string, bool) {
	start := toks[i].Start
	for _, m := range mentions {
		if !m.Adjective || m.End > start {
			continue
		}
		gap := text[m.End:start]
		if strings.ContainsAny(gap, ",;:.()„“\"") {
			continue
		}
		if g := strings.TrimSpace(gap); g == "" || g == "-" || len(strings.Fields(g)) == 1 {
			return m.Country, true
		}
	}
	return "", false
}

// nearlyEqual reports whether two terms of eight letters or more differ by
// one edit: a typo rather than another word.
func nearlyEqual(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 8 || len(rb) < 8 || len(ra)-len(rb) > 1 || len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && i < len(rb) && ra[i] == rb[i] {
		i++
	}
	j, k := len(ra), len(rb)
	for j > i && k > i && ra[j-1] == rb[k-1] {
		j--
		k--
	}
	return j-i <= 1 && k-i <= 1
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
		if len(countsOutsideDates(r.Text, lang)) > 0 {
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
		for _, ev := range events {
			// An event dated relative to a day the source does not give
			// still says what ended, when the sentence names its date.
			if ev.Date == "" && !r.Dated {
				continue
			}
			if timeline.HasAspect(ev.Aspect, want) || v.q.Type == query.Deadline && ev.Kind == timeline.KindDeadline || v.q.Type == query.Start && ev.Since {
				facts = append(facts, ev)
			}
		}
		if len(facts) > 0 {
			return facts, ""
		}
		// A date in a sentence that says nothing of starting or ending
		// may still answer; it ranks after those that do.
		if len(dated) > 0 || r.Dated {
			return dated, ""
		}
	case query.Duration:
		for _, x := range timex.Tag(r.Text, timex.Options{Lang: lang}) {
			if x.Kind == timex.KindDuration {
				return nil, ""
			}
		}
	case query.Person, query.Organisation:
		if hasPersonName(r.Text) {
			return nil, ""
		}
		return nil, weakType
	case query.Place:
		if len(v.e.entities.Mentions(r.Text, lang)) > 0 || hasPlacePhrase(r.Text) {
			return nil, ""
		}
		return nil, weakType
	case query.List:
		// A list names several: countries, or items joined by commas and "und".
		if len(v.e.entities.Mentions(r.Text, lang)) >= 2 || enumerates(r.Text) {
			return nil, ""
		}
		return nil, weakType
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

// countsOutsideDates returns the figures of a sentence that are no part of
// a date: "am 1. März 1979" states no count.
func countsOutsideDates(text, lang string) []int64 {
	dates := timex.Tag(text, timex.Options{Lang: lang})
	var out []int64
	for _, n := range figure.Read(text, lang) {
		inDate := false
		for _, d := range dates {
			if n.Start < d.End && d.Start < n.End {
				inDate = true
				break
			}
		}
		if !inDate && !(n.Plain4 && n.Value >= 1800 && n.Value <= 2100) {
			out = append(out, n.Value)
		}
	}
	return out
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

// factAspects is the set of aspects the facts state: an end for a
// deadline or an event that ends something, a start for one that starts.
func factAspects(facts []store.Event) map[string]bool {
	out := make(map[string]bool)
	for _, f := range facts {
		if f.Kind == timeline.KindDeadline || timeline.HasAspect(f.Aspect, timeline.AspectEnd) {
			out[timeline.AspectEnd] = true
		}
		if timeline.HasAspect(f.Aspect, timeline.AspectStart) || f.Since {
			out[timeline.AspectStart] = true
		}
	}
	return out
}

// coverage is the share of the focus's weight that terms cover. A troop
// figure that matches covers the words for soldiers; a fact that ends or
// starts something covers the words for ending or starting ("Abzug" for
// "spätestens bis Ende September 2025"). seen records what a candidate's
// window covers, for absent.
func (v *verifier) coverage(terms map[string]bool, figure bool, aspects map[string]bool, seen bool) float64 {
	if v.want == 0 {
		return 1
	}
	var have float64
	for i, c := range v.q.concepts {
		if figure && v.troop[i] || v.q.aspects[i] != "" && aspects[v.q.aspects[i]] {
			have += v.weight[i]
			continue
		}
		if slices.ContainsFunc(c, func(t string) bool { return covers(terms, t) }) || allParts(terms, v.q.parts[i]) {
			have += v.weight[i]
			if seen {
				v.seen[i] = true
			}
		}
	}
	return have / v.want
}

// allParts reports whether terms hold every part of a compound of two or
// more parts.
func allParts(terms map[string]bool, parts []string) bool {
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !terms[p] {
			return false
		}
	}
	return true
}

// covers reports whether terms hold t: the term, a compound holding it or
// a part of it, the sign it stands for, or a long word one typo away.
func covers(terms map[string]bool, t string) bool {
	if analysis.Covered(t, terms) || symbols[t] != "" && terms[symbols[t]] {
		return true
	}
	if len(t) < 8 {
		return false
	}
	for w := range terms {
		if nearlyEqual(w, t) {
			return true
		}
	}
	return false
}

// symbols are the words a sign stands for in a text: "51,6 %" says
// "Prozent". window adds the sign's term.
var symbols = map[string]string{"prozent": "%", "percent": "%", "euro": "€", "dollar": "$"}

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

// enumerates reports whether a sentence lists three or more items: two
// commas before an "und", "and" or "oder".
func enumerates(s string) bool {
	for _, conj := range []string{" und ", " and ", " oder ", " or ", " sowie "} {
		if i := strings.Index(s, conj); i > 0 && strings.Count(s[:i], ",") >= 2 {
			return true
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
