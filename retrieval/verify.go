package retrieval

import (
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

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
	failOwn      = "own"      // the sentence itself states nothing the question asks of
	failNobody   = "nobody"   // a who-question's passages that cover it name no one (Decision.Someone)
	failAbsent   = "absent"   // the question names something the collection never mentions
	failNumber   = "number"   // a number the question gives is not there: "8 Bit" for 10 bits
	failWeak     = "weak"     // the passages that cover it show only weakly what is asked (Decision.Shown)
	failHeading  = "heading"  // a heading that only names its section (headingStates)
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
	// prev is the sentence before when it holds the reason the passage
	// points back to ("… Aus diesem Grund wurde er hingerichtet"): it is
	// quoted with the passage as one span.
	prev *store.Passage
	// own is the share of the focus's weight the sentence itself covers;
	// weakType marks a passage that shows only weakly what the question
	// asks for (the constant weakType says when). Both order the passages
	// that pass (rank).
	own      float64
	weakType bool
	// nobody marks a weak answer to a who-question whose sentence names
	// no one of any kind (namesSomeone). A which-question's noun may take
	// a person's for a thing's ("für welche Rechner"): it marks none
	// (asksKind).
	nobody bool
	// credited marks an answer to a question for a person or an
	// organisation whose quote thanks someone it names ("A huge thanks to
	// GSoC student Ali Ariff"; "Kitware Inc. has been working with …" is
	// none): it leads those that only name someone (rank).
	credited bool
	// now marks an answer to a count question of no date (no year, no
	// month) whose sentence says something holds now ("We currently have
	// 10,293 members"): of figures of one date, it leads (order).
	now bool
	// ownFocus is the part of own that the focus's words make up: whether
	// the sentence itself is about what the question asks of.
	ownFocus float64
	// source is the passage's source, without its text.
	source store.Source
}

// spanned returns the passages vd quotes: its own, and the sentence before
// or after it quoted with it.
func (vd verdict) spanned() []store.Passage {
	out := []store.Passage{vd.Passage}
	for _, p := range []*store.Passage{vd.prev, vd.next} {
		if p != nil {
			out = append(out, *p)
		}
	}
	return out
}

// bounds returns the byte offsets, in its source's text, of what vd quotes.
func (vd verdict) bounds() (start, end int) {
	start, end = vd.Start, vd.End
	for _, p := range vd.spanned() {
		start, end = min(start, p.Start), max(end, p.End)
	}
	return start, end
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
	// SentenceCoverage is the best focus coverage among the eligible
	// passages whose own sentence states at least Params.ThinOwn of the
	// focus: a thin window counts only with such a sentence
	// (Params.Covers, Params.Answers).
	SentenceCoverage float64 `json:"sentence_coverage"`
	// Lead is why the best-ranked candidate failed (one of Rejected's
	// reasons), "" when it passed or there was none: a right passage ranked
	// first and refused is a miss of verification, not of the search.
	Lead string `json:"lead,omitempty"`
	// Absent is the share of the focus's weight that the collection never
	// mentions, AbsentNames the part of it carried by names and figures.
	Absent      float64 `json:"absent"`
	AbsentNames float64 `json:"absent_names"`
	// Someone holds, for a who-question that is no which-question, the
	// best Coverage and SentenceCoverage among the eligible passages that
	// name someone: a name, or a noun for a person, a people, a force or a
	// body (verifier.namesSomeone). "The crane was renewed in 1998" names
	// no one who renewed it; "… von russischen Behörden verhaftet" names
	// who arrested him. Params.Answers reads these instead of the others:
	// a who-question whose passages name no one is declined. Nil for other
	// questions.
	Someone *Reach `json:"someone,omitempty"`
	// Shown holds the best Coverage and SentenceCoverage among the
	// eligible passages that show what is asked: for a reason, count,
	// organisation, yes/no or other question (weakNeedsCover) those that
	// show it not only weakly (verdict.weakType: no cause for why, no
	// figure beside what is counted) or cover at least
	// Params.MinWeakCoverage of it; for a who-question those that name
	// someone (Someone's); for the others every eligible passage.
	// Params.Answers reads it before Someone and the others: "Die
	// Stadtbücherei schloss im Januar ihre Zweigstelle" gives no cause,
	// and does not answer why it closed after a rebuilding it never
	// mentions.
	Shown *Reach `json:"shown,omitempty"`
	// Rejected counts the candidates that failed, by reason: owner, place,
	// name, time, type, own, coverage, absent, number, nobody, weak.
	Rejected map[string]int `json:"rejected"`
	// ArticleQuestion marks a question about an article rather than what
	// it reports (when it appeared, its picture's credit): it is answered
	// by ArticleLines of the articles' own lines (articleLine), and by
	// nothing else.
	ArticleQuestion bool `json:"article_question,omitempty"`
	ArticleLines    int  `json:"article_lines,omitempty"`
}

// Reach is how much of a question the best of some passages covers: in
// its window (Coverage) and in the window of one whose sentence states at
// least Params.ThinOwn (SentenceCoverage), as Decision's fields of those
// names.
type Reach struct {
	Coverage         float64 `json:"coverage"`
	SentenceCoverage float64 `json:"sentence_coverage"`
}

// add raises r to a passing verdict's coverage, and its sentence
// coverage where its own sentence states at least thinOwn. A nil r stays
// nil.
func (r *Reach) add(vd verdict, thinOwn float64) {
	if r == nil {
		return
	}
	r.Coverage = math.Max(r.Coverage, vd.coverage)
	if vd.own >= thinOwn {
		r.SentenceCoverage = math.Max(r.SentenceCoverage, vd.coverage)
	}
}

// String writes a reach's two figures, so that a Decision printed with
// %+v shows them rather than a pointer.
func (r *Reach) String() string {
	if r == nil {
		return "<nil>"
	}
	return fmt.Sprintf("{Coverage:%.3f SentenceCoverage:%.3f}", r.Coverage, r.SentenceCoverage)
}

// weakOnly reports whether a verdict shows only weakly what a question of
// type t asks, for a type of weakNeedsCover, and covers less than min of
// it: it then does not count for the decision (Decision.Shown).
func (vd verdict) weakOnly(t query.Type, min float64) bool {
	return vd.weakType && weakNeedsCover[t] && vd.coverage < min
}

// weakNeedsCover are the answer types for which a passage that shows
// only weakly what is asked (verdict.weakType) counts for the decision
// only where it covers at least Params.MinWeakCoverage (Decision.Shown):
// a reason, a count, a body's name, a yes or no, a place, anything else.
// The other types keep their weak passages: a who-question counts those
// that name someone (Decision.Someone); a length of time may be said
// vaguely ("viele Monate"), a list by one item ("Scheiben aus
// Brasilien"). Measured on the pooled QA files, each of those lost about
// as many right answers as it gained declines. A place joined in the
// sixty-seventh session, once a place the gazetteer does not know counted
// after a German article or "auf" (hasPlacePhrase: "in der Oberlausitz",
// "auf X"): on the 175 pooled files, right first −3, in three −3,
// declined +16.
var weakNeedsCover = map[query.Type]bool{query.Reason: true, query.Count: true, query.Other: true, query.Organisation: true, query.YesNo: true, query.Place: true}

// verifier holds what verification reads once per question.
type verifier struct {
	e       *Engine
	q       *question
	sources *sourcePassages
	weight  []float64 // each concept's weight
	// asksLife marks a question of a birth or a death, read once from its
	// concepts (the question's own properties are query.Query's).
	asksLife bool
	// asksFinder marks a who-question of who found or reported something
	// (asksFinder), read once.
	asksFinder bool
	// asksKind marks a which-question, whose noun (question.asked) says
	// the kind asked for (asksSomeone).
	asksKind bool
	// numbers are the numbers the question gives (givenNumbers);
	// labelsIn says of each source read whether it gives their labels.
	numbers  []givenNumber
	labelsIn map[string]bool
	// askedWords are the question's words, lower-case: a who-answer's name
	// is one it does not give (hasNameBesides).
	askedWords map[string]bool
	// named reports whether a token is a word of a name the question
	// gives, nil when it gives none.
	named func(analysis.Token) bool
	// ownerKeys are the keys of the question's owners ("US" in "US
	// troops"): a sentence naming them is not about another country.
	ownerKeys []string
	// placeKeys are the keys of every place the question asks of: none of
	// them is another place to a sentence about one of the others
	// ("Geht der Einsatz in Syrien weiter, wenn er im Irak endet?").
	placeKeys []string
	// ownWeight is each concept's weight in ordering the passages that
	// pass (verdict.own), ownWant their sum.
	ownWeight []float64
	ownWant   float64
	present   []bool // whether the collection holds a concept at all
	// numeral marks the concepts that are a named constraint's closing
	// Roman numeral ("vi" of "georg vi"): one the collection never writes
	// is no absent name, as meetsName meets the name without it.
	numeral []bool
	// tellsBearers caches whether a source tells the bearers of a
	// numbered name apart (meetsName), by source id and the name's key.
	tellsBearers map[string]bool
	// inFull caches whether a source writes a two-word name asked in full
	// and pairs its words with no other (namedByPart).
	inFull map[string]fullNameUse
	// pairs caches twoWordNames by a named constraint's key and offset.
	pairs map[string][][]string
	// about caches sourceAbout's count by the name's forms, by source,
	// key and whether the name is guessed.
	about map[string]bool
	// writesID caches whether a source writes an identifier asked
	// (meetsIdentifier), by source id and the identifier.
	writesID map[string]bool
	// speakers caches the full names of interviews' speakers by source
	// and paragraph, and by source and label (speakerOf).
	speakers map[string][]string
	// subjects are the keys of the named constraints the whole
	// collection is about (Engine.subjects).
	subjects map[string]bool
	// versions are the versions the question asks of (versionsAsked).
	versions []string
	troop    []bool // whether a concept is a word for soldiers
	// counted is the index of the concept a count question counts
	// (query.Query.Counted), -1 when there is none, it is soldiers (their
	// figures are read as facts) or the collection never uses it.
	counted int
	// sizeConcept gives the concepts of the nouns a size is asked by
	// ("Größe", "space") the sign that covers them (sizeSign, dataSign),
	// "" for the others.
	sizeConcept []string
	// versionConcept marks the concepts of the nouns a version is asked
	// by ("Version", "release"), which a release's number covers
	// (versionSign).
	versionConcept []bool
	// happenConcept marks the concepts of a verb of happening ("happen",
	// "geschehen", "passieren") in a question that gives a time: what
	// happened then is any event the passage dates then (aspectHappened).
	happenConcept []bool
	// qTerms are the question's terms in every form (questionTerms), nil
	// until asked for.
	qTerms map[string]bool
	// numbered are the keys of the numbered names and versions the
	// question asks of ("zeppelin lz 12", "version 2.3"), whose numbers count
	// nothing (answerFigures).
	numbered []string
	want     float64
	role     string // the role of troop figure a count question asks for
	// allowed marks a count question of how many may or can (a cap
	// answers it too: timeline.AsksAllowed).
	allowed bool
	// casualties marks a count question about the dead or wounded ("Wie
	// viele Amerikaner waren gefallen?"): a figure of the living answers
	// nothing of it.
	casualties bool
	// deaths marks one about the dead only ("How many sailors died"): a
	// figure of the wounded answers nothing of it.
	deaths bool
	// captured marks one about prisoners ("wie viele wurden gefangen
	// genommen"): a figure of the fallen answers nothing of it.
	captured bool
	events   map[string][]store.Event
	srcMeta  map[string]store.Source
	srcTerms map[string]map[string]int // a source's terms → in how many passages
	// holders caches the surnames of the people each source calls by an
	// owner constraint's noun (namesHolder).
	holders map[string][]string
	// naming caches how many passages of a source name a key
	// (passagesNaming).
	naming map[string]int
	// acronyms caches the short forms each source defines (acronymsOf).
	acronyms map[string][]acronym
	// spelled caches the names the collection spells out for a short form
	// the question writes (longForms).
	spelled map[string][]string
	read    readings // what verification has read of texts so far
	// seen marks the concepts some candidate's window covers: a concept
	// the collection holds only inside compounds is not absent.
	seen []bool
	// mentions and titles cache what passages and titles name;
	mentions map[int64][]entity.Mention
	titles   map[string][]entity.Mention
	// tags caches the temporal expressions of a passage (tagsOf).
	tags map[int64][]timex.Expr
	// countries caches the one country a source names, "" for none or
	// several (callsCountry).
	countries map[string]string
	// office is the concept of the office a question asks when someone
	// named held ("seit wann war fahd kronprinz"), or -1: the sentence
	// must name it, not another office of his.
	office int
	// made is the concept of the verb a who-question asks the maker by
	// (askedMaker), or -1; discovery marks one that asks a discovery.
	made      int
	discovery bool
	// funds marks a who-question that asks who paid for something
	// (askedFunder): the sentence must say that someone paid.
	funds bool
	// happened is the concepts of the verbs a where- or when-question
	// asks what happened by (askedEvents).
	happened []int
}

// newVerifier prepares the checks of q's candidates. written are the names
// the candidates write for a question typed in lower case (writtenNames),
// among q's constraints already: their words leave the own focus, weighed
// by verifier.inSentence as a name the question wrote with capitals is,
// not twice, in ordering the passages that pass (coverage still counts
// them).
func (e *Engine) newVerifier(q *question, sources *sourcePassages, written []query.Constraint) *verifier {
	v := &verifier{e: e, q: q, sources: sources, events: make(map[string][]store.Event),
		srcMeta: make(map[string]store.Source), srcTerms: make(map[string]map[string]int), holders: make(map[string][]string), naming: make(map[string]int),
		acronyms: make(map[string][]acronym), spelled: make(map[string][]string),
		mentions: make(map[int64][]entity.Mention), titles: make(map[string][]entity.Mention),
		read: newReadings(), tags: make(map[int64][]timex.Expr), countries: make(map[string]string), tellsBearers: make(map[string]bool), inFull: make(map[string]fullNameUse), pairs: make(map[string][][]string), about: make(map[string]bool),
		writesID: make(map[string]bool), speakers: make(map[string][]string)}
	idf := q.idf
	v.weight = make([]float64, len(q.concepts))
	v.ownWeight = make([]float64, len(q.concepts))
	v.askedWords = lowerWordSet(q.Text)
	v.numbers, v.labelsIn = givenNumbers(q.Text, q.Lang, q.Constraints), make(map[string]bool)
	v.asksLife = asksLife(q)
	v.asksFinder = q.Type == query.Person && asksFinder(q.Text)
	v.asksKind = slices.Contains(q.asked, true)
	writtenTerms := make(map[string]bool)
	for _, c := range written {
		for _, w := range strings.Fields(c.Key) {
			for _, t := range v.read.termsOf(w, q.Lang) {
				writtenTerms[t] = true
			}
		}
	}
	var named []string
	for _, c := range q.Constraints {
		switch c.Kind {
		case query.Owner:
			v.ownerKeys = append(v.ownerKeys, c.Keys()...)
		case query.Where:
			v.placeKeys = append(v.placeKeys, c.Keys()...)
		case query.Named:
			named = append(named, strings.Fields(c.Key)...)
		}
	}
	if len(named) > 0 {
		v.named = func(t analysis.Token) bool {
			w := strings.ToLower(t.Text)
			return slices.ContainsFunc(named, func(n string) bool { return n == w || n == t.Term || mistypedAs(n, w) })
		}
	}
	v.present = make([]bool, len(q.concepts))
	v.numeral = make([]bool, len(q.concepts))
	for _, c := range q.Constraints {
		if _, _, _, ok := numberedKey(c.Key); ok && c.Kind == query.Named {
			v.numbered = append(v.numbered, c.Key)
		}
		if _, num, ok := unnumbered(c.Key); ok && c.Kind == query.Named {
			for i, concept := range q.concepts {
				v.numeral[i] = v.numeral[i] || slices.Contains(concept, num)
			}
		}
	}
	v.troop = make([]bool, len(q.concepts))
	v.seen = make([]bool, len(q.concepts))
	v.counted = -1
	for i, c := range q.concepts {
		v.weight[i] = idf(0)
		for _, t := range c {
			if df := q.df[t]; df > 0 {
				if !v.present[i] || idf(df) < v.weight[i] {
					v.weight[i] = idf(df)
				}
				v.present[i] = true
			}
			v.troop[i] = v.troop[i] || troopTerm(t)
		}
		// The counted noun is asked beside its figure only where the
		// collection uses it: one that never does words it otherwise
		// ("population" for "Einwohner").
		if q.Counted != "" && c[0] == q.Counted && !q.Troops && v.present[i] {
			v.counted = i
		}
		v.ownWeight[i] = v.weight[i]
		if q.verbs[i] {
			// Answers say what happened in words of their own more often
			// than they name what it happened to; but of the passages that
			// pass, the one that says it in the question's words leads.
			v.weight[i] *= e.params.VerbWeight
			v.ownWeight[i] *= e.params.OwnVerbWeight
		}
		if q.asked[i] {
			// "Which company restored the footage?" is answered by
			// "assigned to Lowry Digital for restoration": the answer
			// names one of the kind asked for, seldom the kind.
			v.weight[i] *= e.params.AskedWeight
		}
		v.want += v.weight[i]
		if writtenTerms[c[0]] {
			v.ownWeight[i] = 0
		}
		v.ownWant += v.ownWeight[i]
	}
	if q.Type == query.Count && q.Troops {
		v.role = timeline.RoleOf(q.Text)
		v.allowed = timeline.AsksAllowed(q.Text)
	}
	// The concepts of the nouns a size is asked by, which a figure with
	// its unit covers.
	v.sizeConcept = make([]string, len(q.concepts))
	v.read.sizes = q.AsksSize || q.AsksStorage
	if v.read.sizes {
		sign := make(map[string]string) // a size noun's term → the sign that covers it
		for _, w := range query.SizeWords() {
			// The word's own term, not its compound's parts ("arbeit" of
			// "Arbeitsspeicher" is no size).
			for _, l := range []string{analysis.German, analysis.English} {
				if toks := analysis.For(l).Tokens(w); len(toks) == 1 && toks[0].Term != "" {
					sign[toks[0].Term] = sizeSign
					if query.StorageWord(w) {
						sign[toks[0].Term] = dataSign
					}
				}
			}
		}
		for i, c := range q.concepts {
			for _, t := range c {
				if sign[t] != "" {
					v.sizeConcept[i] = sign[t]
					break
				}
			}
		}
	}
	v.versionConcept = make([]bool, len(q.concepts))
	v.happenConcept = make([]bool, len(q.concepts))
	if q.Time.Year() != 0 {
		for i, c := range q.concepts {
			v.happenConcept[i] = happenTerms[c[0]]
		}
	}
	v.read.versions = q.AsksVersion
	if q.AsksVersion {
		v.read.versionsGiven = make(map[string]bool)
		for _, n := range versionNumbers(q.Text) {
			v.read.versionsGiven[n] = true
		}
		nouns := make(map[string]bool) // the terms of the question's version nouns
		for _, l := range []string{analysis.German, analysis.English} {
			for _, t := range analysis.For(l).Tokens(q.Text) {
				if t.Term != "" && query.VersionNoun(strings.ToLower(t.Text)) {
					nouns[t.Term] = true
				}
			}
		}
		for i, c := range q.concepts {
			v.versionConcept[i] = nouns[c[0]]
		}
	}
	v.versions = versionsAsked(q.Text)
	v.numbered = append(v.numbered, v.versions...)
	// "go 1.15" of "how much smaller did binaries get in go 1.15" counts
	// nothing either.
	for _, n := range v.numbers {
		if n.version && n.noun != "" {
			v.numbered = append(v.numbered, n.noun+" "+n.digits)
		}
	}
	v.office = v.askedOffice()
	v.made, v.discovery = v.askedMaker()
	v.funds = v.askedFunder()
	v.happened = v.askedEvents()
	v.casualties = q.Type == query.Count && timeline.SaysCasualties(q.Text)
	v.deaths = v.casualties && timeline.AsksDeaths(q.Text)
	v.captured = q.Type == query.Count && timeline.AsksCaptured(q.Text)
	return v
}

// verify reads the candidates and returns a verdict for each, in their
// order, and the decision.
func (e *Engine) verify(ctx context.Context, q *question, ranked []Ranked, sources *sourcePassages) ([]verdict, Decision, error) {
	// A question typed in lower case shows its names only where the
	// candidates write them; they constrain the answer from here on, and
	// the decision shows them.
	// The sources' descriptions read for it are kept for the checks.
	meta := make(map[string]store.Source)
	constraints, written, err := e.writtenNames(ctx, q, ranked, meta)
	if err != nil {
		return nil, Decision{}, err
	}
	q.Constraints = constraints
	v := e.newVerifier(q, sources, written)
	maps.Copy(v.srcMeta, meta)
	if v.subjects, err = e.subjects(ctx, q.Constraints, v.read); err != nil {
		return nil, Decision{}, err
	}
	d := Decision{Type: q.Type, Constraints: q.Constraints, Candidates: len(ranked), Rejected: make(map[string]int)}
	if v.asksSomeone() {
		d.Someone = &Reach{}
	}
	d.Shown = &Reach{}
	if d.Constraints == nil {
		d.Constraints = []query.Constraint{}
	}
	if err := v.preload(ctx, ranked); err != nil {
		return nil, d, err
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
			if vd.own >= e.params.ThinOwn {
				d.SentenceCoverage = math.Max(d.SentenceCoverage, vd.coverage)
			}
			if d.Someone == nil || !vd.nobody {
				d.Someone.add(vd, e.params.ThinOwn)
				if !vd.weakOnly(q.Type, e.params.MinWeakCoverage) {
					d.Shown.add(vd, e.params.ThinOwn)
				}
			}
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
		case !e.params.Covers(vd.coverage, vd.own):
			vd.ok, vd.reason = false, failCoverage
		case !answers && d.Someone != nil:
			// It covers enough and the question names nothing absent:
			// what fails is that no passage covering enough names anyone.
			vd.ok, vd.reason = false, failNobody
		case !answers && vd.weakOnly(q.Type, e.params.MinWeakCoverage):
			// It covers enough and names whom it should: what fails is
			// that it shows only weakly what is asked, covering too little.
			vd.ok, vd.reason = false, failWeak
		}
		if vd.ok {
			d.Passed++
		} else {
			d.Rejected[vd.reason]++
		}
	}
	if len(out) > 0 {
		d.Lead = out[0].reason
	}
	return out, d, nil
}

// preload reads what checking the candidates reads of their sources, in
// three queries rather than three per source: the sources without their
// texts, their passages and their events.
func (v *verifier) preload(ctx context.Context, ranked []Ranked) error {
	var ids, unread []string
	for _, r := range ranked {
		if _, ok := v.events[r.SourceID]; !ok && !slices.Contains(ids, r.SourceID) {
			ids = append(ids, r.SourceID)
			if _, ok := v.srcMeta[r.SourceID]; !ok {
				unread = append(unread, r.SourceID)
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	if len(unread) > 0 {
		infos, err := v.e.store.SourceInfos(ctx, unread)
		if err != nil {
			return err
		}
		maps.Copy(v.srcMeta, infos)
	}
	if err := v.sources.load(ctx, ids); err != nil {
		return err
	}
	events, err := v.e.store.Events(ctx, ids...)
	if err != nil {
		return err
	}
	for _, id := range ids {
		v.events[id] = nil
	}
	for _, ev := range events {
		v.events[ev.SourceID] = append(v.events[ev.SourceID], ev)
	}
	return nil
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
	// short is the short forms its source defines that the window writes;
	// terms and before hold the words of the names they stand for.
	short []acronym
}

// ownParagraph returns the window's passages but the next one when it
// opens another paragraph: the next paragraph has a subject of its own
// ("Some of the oldest schools in South Africa …" says nothing of the
// figure before it).
func (w window) ownParagraph() []store.Passage {
	out := make([]store.Passage, 0, len(w.around))
	for _, p := range w.around {
		if p.Block != w.sentence.Block && p.Ord > w.sentence.Ord {
			continue
		}
		out = append(out, p)
	}
	return out
}

// paragraphHolds reports whether the window's sentence or a neighbour in
// its own paragraph holds the term.
func (w window) paragraphHolds(term string) bool {
	return slices.ContainsFunc(w.around, func(p store.Passage) bool {
		return p.Block == w.sentence.Block && slices.Contains(strings.Fields(p.Terms), term)
	})
}

func (v *verifier) window(ctx context.Context, r Ranked) (window, store.Source, error) {
	w := window{sentence: r.Passage, terms: make(map[string]bool), before: make(map[string]bool)}
	src, ok := v.srcMeta[r.SourceID]
	if !ok {
		s, err := v.e.store.SourceInfo(ctx, r.SourceID)
		if err != nil {
			return w, src, err
		}
		v.srcMeta[r.SourceID], src = s, s
	}
	all, err := v.sources.of(ctx, r.SourceID)
	if err != nil {
		return w, src, err
	}
	var b strings.Builder
	b.WriteString(src.Title)
	for _, t := range v.read.termsOf(src.Title, src.Language) {
		w.terms[t] = true
		w.before[t] = true
	}
	// "Die HMC tagte in Bagdad" names the Higher Military Commission its
	// source introduced as "(HMC)": a short form written in the window
	// (the title aside) adds its name's words, to before as well where it
	// stands in a sentence whose words before holds.
	short := v.acronymsOf(r.SourceID, src.Language, all)
	for _, p := range all {
		// A paragraph names its subject once: a name stated earlier in
		// the passage's own paragraph still stands for it ("The network
		// is operated by …" two sentences after "the Tyne and Wear Metro").
		if p.Block == r.Block && p.Ord < r.Ord-1 {
			for _, t := range strings.Fields(p.Terms) {
				w.before[t] = true
			}
			addNames(w.before, shortFormsIn(p.Text, short))
		}
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
			written := shortFormsIn(p.Text, short)
			addNames(w.terms, written)
			if p.Ord <= r.Ord {
				addNames(w.before, written)
			}
			for _, a := range written {
				if !slices.ContainsFunc(w.short, func(b acronym) bool { return b.Short == a.Short }) {
					w.short = append(w.short, a)
				}
			}
		}
	}
	// A paragraph whose first sentence opens by pointing back ("During
	// this event, …", "Diese Änderung …") speaks of what the paragraph
	// before named: for that sentence, the names of the paragraph before
	// stand as its own paragraph's earlier sentences' do for later ones.
	if opensPointingBack(r.Text) && !slices.ContainsFunc(all, func(p store.Passage) bool { return p.Block == r.Block && p.Ord < r.Ord }) {
		prevBlock := -1
		for _, p := range all {
			if p.Ord < r.Ord && p.Block != r.Block {
				prevBlock = p.Block
			}
		}
		for _, p := range all {
			if p.Block == prevBlock && prevBlock >= 0 {
				for _, t := range strings.Fields(p.Terms) {
					w.before[t] = true
				}
			}
		}
	}
	// An interview's answer is said by the speaker its paragraph's label
	// names, by the full name its source gives: "Maciej: I was working
	// on Kubernetes … since 2014" is Maciej Szulik's.
	for _, word := range speakerOf(all, r.Passage, src.Language, v.speakers) {
		for _, t := range v.read.termsOf(word, src.Language) {
			w.terms[t] = true
			w.before[t] = true
		}
	}
	w.text = b.String()
	texts, before := []string{src.Title}, []string{src.Title}
	for _, p := range w.around {
		texts = append(texts, p.Text)
		if p.Ord <= r.Ord {
			before = append(before, p.Text)
		}
	}
	if err := v.addSpelled(ctx, src.Language, w.terms, texts...); err != nil {
		return w, src, err
	}
	// The texts up to the sentence are some of the window's: a name they
	// spell out the window holds by now, so only one it holds and before
	// does not is looked for in them.
	if slices.ContainsFunc(v.q.Constraints, func(c query.Constraint) bool { return c.Kind == query.Named && w.terms[c.Key] && !w.before[c.Key] }) {
		if err := v.addSpelled(ctx, src.Language, w.before, before...); err != nil {
			return w, src, err
		}
	}
	v.read.addSigns(w.terms, src.Title)
	for _, p := range w.around {
		v.read.addSigns(w.terms, p.Text)
	}
	return w, src, nil
}

// opensPointingBack reports whether a sentence's first words point back
// with a demonstrative ("During this event", "Diese Änderung", "In
// diesem Jahr"): within its first pointBackWords words. "that" opens a
// clause as often ("Police said that …", "Now that …"), as refersBack
// reads it too.
func opensPointingBack(text string) bool {
	toks := analysis.Scan(text)
	for i := 0; i < len(toks) && i < pointBackWords; i++ {
		if w := strings.ToLower(toks[i].Text); w != "that" && query.Demonstrative(w) {
			return true
		}
	}
	return false
}

// pointBackWords is how many words opensPointingBack reads.
const pointBackWords = 3

// mentionsOf returns the countries, nationalities and forces a passage
// names, read once per question in the passage's own language
// (passageLang; srcLang is its source's where the verifier has not met
// the source).
func (v *verifier) mentionsOf(p store.Passage, srcLang string) []entity.Mention {
	if ms, ok := v.mentions[p.ID]; ok {
		return ms
	}
	ms := v.e.entities.Mentions(p.Text, v.passageLang(p, srcLang))
	v.mentions[p.ID] = ms
	return ms
}

// windowMentions returns what a window's passages and its source's title
// name; their offsets are each passage's own, so only their keys tell.
func (v *verifier) windowMentions(w window, src store.Source) []entity.Mention {
	out := slices.Clone(v.titleMentions(src))
	for _, p := range w.ownParagraph() {
		out = append(out, v.mentionsOf(p, src.Language)...)
	}
	return out
}

// titleMentions returns what a source's title names, read once per
// question.
func (v *verifier) titleMentions(src store.Source) []entity.Mention {
	ms, ok := v.titles[src.ID]
	if !ok {
		ms = v.e.entities.Mentions(src.Title, v.sourceLanguage(src.ID, src.Language))
		v.titles[src.ID] = ms
	}
	return ms
}

// sourceLanguage is the language the source id is written in, in which
// its title and the whole of it are read, also where check reads one of
// its passages in the other (src.Language is then the passage's);
// fallback for a source the verifier has not met.
func (v *verifier) sourceLanguage(id, fallback string) string {
	if meta, ok := v.srcMeta[id]; ok {
		return meta.Language
	}
	return fallback
}

// passageLang is the language a passage of a source the verifier has met
// is read in (passageLanguage), srcLang for one of a source it has not.
// The caches of what a passage names and dates (mentionsOf, tagsOf) hold
// each passage in this one language, whichever candidate asks.
func (v *verifier) passageLang(p store.Passage, srcLang string) string {
	if meta, ok := v.srcMeta[p.SourceID]; ok {
		return passageLanguage(p.Text, meta.Language)
	}
	return srcLang
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

// figurePlacesBeside returns the places, as keys, of the troop figures
// the window's other sentences give in their own words, the next
// paragraph's aside (window.ownParagraph).
func (v *verifier) figurePlacesBeside(ctx context.Context, w window) ([]string, error) {
	var out []string
	for _, p := range w.ownParagraph() {
		if p.ID == w.sentence.ID {
			continue
		}
		events, err := v.eventsOf(ctx, p)
		if err != nil {
			return nil, err
		}
		for _, ev := range events {
			if ev.Kind == timeline.KindTroops && ev.PlaceKey != "" && ev.PlaceFrom == timeline.FromText && !slices.Contains(out, ev.PlaceKey) {
				out = append(out, ev.PlaceKey)
			}
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
	// Who and where a passage names is read only for a question that asks
	// whose or where, once per passage and question.
	var sentenceMentions, windowMentions []entity.Mention
	if v.q.Has(query.Owner) || v.q.Has(query.Where) {
		sentenceMentions = v.mentionsOf(r.Passage, src.Language)
		windowMentions = v.windowMentions(w, src)
	}
	// The passage is read in its own language, which is its source's but
	// where the sentence is plainly in the other (passageLanguage); the
	// answer cites the source as it is (vd.source).
	src.Language = v.passageLang(r.Passage, src.Language)
	lang := src.Language

	// A count question about troops is answered by the passage's troop
	// figures that match whose, where, when and what.
	troopQuestion := v.q.Type == query.Count && v.q.Troops && !v.q.HowOften
	if troopQuestion {
		var beside []string
		if v.q.Has(query.Where) {
			if beside, err = v.figurePlacesBeside(ctx, w); err != nil {
				return vd, err
			}
		}
		vd.facts, vd.reason = v.matchingFigures(events, sentenceMentions, windowMentions, beside)
		if vd.reason == "" && !v.namesNear(w, src.Language) {
			vd.reason = failName
		}
	} else {
		if vd.reason, err = v.constraints(ctx, r, w, src, sentenceMentions, windowMentions, events); err != nil {
			return vd, err
		}
		if vd.reason == "" {
			vd.facts, vd.reason = v.answerType(r, events, lang)
		}
	}
	if vd, err = v.span(ctx, vd, w, lang, !troopQuestion); err != nil {
		return vd, err
	}
	// "Your token used to be stored in ~/.cargo/config" tells where it
	// was, not where it is now; so does a sentence quoted with it, which
	// is quoted because it holds the answer.
	if (vd.reason == "" || vd.reason == weakType) && v.q.Time.Now && !v.q.Past && slices.ContainsFunc(vd.spanned(), func(p store.Passage) bool { return statesFormer(p.Text) }) {
		vd.reason = failType
	}
	if (vd.reason == "" || vd.reason == weakType) && len(v.numbers) > 0 {
		stated, err := v.statesGivenNumbers(ctx, vd, w, lang)
		if err != nil {
			return vd, err
		}
		if !stated {
			vd.reason = failNumber
		}
	}
	figure := len(vd.facts) > 0 && troopQuestion
	aspects := factAspects(vd.facts)
	if slices.Contains(v.happenConcept, true) && slices.ContainsFunc(events, func(ev store.Event) bool {
		return ev.DateFrom == timeline.FromText && datedIn(v.q.Time, ev.Date)
	}) {
		aspects[aspectHappened] = true
	}
	vd.coverage = v.coverage(w.terms, figure, aspects, true)
	own := v.read.passageTerms(r.Passage, vd.next, vd.prev)
	var spanned []string
	for _, p := range vd.spanned() {
		addNames(own, shortFormsIn(p.Text, w.short))
		spanned = append(spanned, p.Text)
	}
	if err := v.addSpelled(ctx, lang, own, spanned...); err != nil {
		return vd, err
	}
	vd.ownFocus = v.share(v.ownWeight, v.ownWant, own, figure, aspects, false)
	vd.own = vd.ownFocus + v.inSentence(r, own, lang, sentenceMentions)
	if vd.reason == weakType {
		vd.reason, vd.weakType = "", true
		vd.nobody = v.asksSomeone() && !v.namesSomeone(r, lang)
	}
	// A sentence that states nothing the question asks of, however well
	// its neighbours do, answers nothing of it ("Gerade in den vergangenen
	// Wochen hatten sich Meldungen über Angriffe gehäuft" for "by when did
	// the US want to cut its troops in Syria"); the sentence quoted with it
	// counts as its own (readings.passageTerms).
	if vd.reason == "" && vd.own == 0 {
		vd.reason = failOwn
	}
	// A date in a sentence that ends nothing (factAspects) answers "bis
	// wann", one that neither starts nor ends anything "seit wann" (a
	// period's end comes with its start: "zwischen September 2025 und
	// September 2026"), only where the sentence itself is about what the
	// question asks of: "Rund 2.500 US-Soldaten im Irak und neunhundert
	// in Syrien führen … eine internationale Koalition an, die kurdische
	// … Kräfte … unterstützt" answers no "bis wann soll laut der
	// kurdischen Regionalregierung die Mission der Koalition enden".
	if vd.reason == "" && (v.q.Type == query.Deadline && !aspects[timeline.AspectEnd] || v.q.Type == query.Start && len(aspects) == 0) &&
		vd.ownFocus < v.e.params.MinDatedFocus {
		vd.reason = failType
	}
	if vd.reason == "" && v.office >= 0 && !v.covered(v.office, own, false, nil) {
		vd.reason = failType
	}
	if vd.reason == "" && !v.statesAskedVerbs(own, r.Text, lang, aspects) {
		vd.reason = failType
	}
	// "Who paid for the festival?" is answered by a sentence that says
	// someone paid, funded, sponsored or donated (paysIn), or a sentence
	// quoted with it: not by one that only names the organisers.
	if vd.reason == "" && v.funds && !slices.ContainsFunc(vd.spanned(), func(p store.Passage) bool { return paysIn(p.Text) }) {
		vd.reason = failType
	}
	// A sentence that is a question answers nothing, however much of the
	// question it repeats (asks); quoted with its answer, it does.
	if vd.reason == "" && vd.asksOnly() {
		vd.reason = failType
	}
	// A heading that only names its paragraph's subject answers nothing
	// alone (headingStates).
	if vd.reason == "" && r.Heading && !headingStates(v.read.tokensOf(r.Text, lang), r.Text, lang) {
		vd.reason = failHeading
	}
	vd.ok = vd.reason == ""
	if vd.ok && (v.q.Type == query.Person || v.q.Type == query.Organisation) {
		vd.credited = slices.ContainsFunc(vd.spanned(), func(p store.Passage) bool { return v.credits(p.Text, lang) })
	}
	if vd.ok && v.q.Type == query.Count && v.q.Time.Value == "" && v.q.Time.Month == 0 {
		vd.now = slices.ContainsFunc(v.tagsOf(r.Passage, lang), func(x timex.Expr) bool { return x.Value == "PRESENT_REF" })
	}
	return vd, nil
}

// writesAt reports whether text holds s at byte offset start: a word or
// name of the question at its offsets, not one a follow-up took from the
// question before, whose offsets are that text's.
func writesAt(text string, start int, s string) bool {
	return start >= 0 && start+len(s) <= len(text) && text[start:start+len(s)] == s
}

// askedOffice returns the concept of the office that an answer's sentence,
// or the one quoted with it, must name: the office a who-question asks
// the holder of (query.Query.WantsName), or the one a question asks when
// someone named held: a when-question with a name and the noun of an
// office (query.IsOffice) said of it, right after the name or after
// "become" or a form of "to be", and no name after it ("seit wann war fahd
// kronprinz"; not "wann war präsident obama in berlin"), or -1. Words and
// names a follow-up took from the question before are not this text's
// (their offsets are another's) and are passed over.
func (v *verifier) askedOffice() int {
	text := v.q.Text
	if v.q.Type == query.Person && v.q.WantsName {
		// Who holds an office is told where the office is: "who was the
		// us ambassador at the meeting" is not answered by a sentence on
		// the meeting that names no ambassador.
		for _, f := range v.q.Focus {
			if query.IsOffice(f.Text) {
				return slices.IndexFunc(v.q.concepts, func(c []string) bool { return c[0] == f.Term })
			}
		}
		return -1
	}
	if !v.q.Type.Temporal() || !v.q.Has(query.Named) {
		return -1
	}
	var names []query.Constraint
	for _, c := range v.q.Constraints {
		if c.Kind == query.Named && c.End == c.Start+len(c.Text) && writesAt(text, c.Start, c.Text) {
			names = append(names, c)
		}
	}
	nameEndsAt := func(at int) bool {
		return slices.ContainsFunc(names, func(c query.Constraint) bool { return c.End <= at && strings.TrimSpace(text[c.End:at]) == "" })
	}
	nameStartsAt := func(at int) bool {
		return slices.ContainsFunc(names, func(c query.Constraint) bool { return c.Start >= at && strings.TrimSpace(text[at:c.Start]) == "" })
	}
	for _, f := range v.q.Focus {
		end := f.Start + len(f.Text)
		if f.Name || !writesAt(text, f.Start, f.Text) || !query.IsOffice(f.Text) || nameStartsAt(end) {
			continue
		}
		before := strings.Fields(strings.ToLower(text[:f.Start]))
		if !nameEndsAt(f.Start) && !(len(before) > 0 && query.SaysWhatOneIs(before[len(before)-1])) {
			continue
		}
		for i, c := range v.q.concepts {
			if c[0] == f.Term {
				return i
			}
		}
	}
	return -1
}
