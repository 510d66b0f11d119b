package eval

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/store"
)

// Abstention is measured on two sides built from one set. Answerable: every
// question asked of the whole collection. Unanswerable: the articles
// (Item.Group) are split in two halves, and every question is asked of the
// index of the half that lacks its article, so the question is real and its
// answer certainly absent from its own article. Each question's decision
// features are measured once with abstention off; rules are then applied
// offline (Rule, Sweep), so trying thresholds re-runs no retrieval.

// Case is one question of the abstention evaluation and what a decision to
// answer it can rest on.
type Case struct {
	ID       string `json:"id"`
	Question string `json:"question"`
	// Group is the question's article.
	Group string `json:"group"`
	// Answerable is true when the question's own article was indexed.
	Answerable bool `json:"answerable"`
	// Ranked is false when no passage matched: the engine abstains then,
	// whatever its thresholds.
	Ranked bool `json:"ranked"`
	// Coverage and Absent are the engine's own (retrieval.Answer), and so
	// are EngineSupport and EngineAbsentNames, which it decides on.
	Coverage          float64 `json:"coverage"`
	Absent            float64 `json:"absent"`
	EngineSupport     float64 `json:"engine_support"`
	EngineAbsentNames float64 `json:"engine_absent_names"`
	// Hit: one of the quotes cited (at most five) contains an answer. On the
	// unanswerable side it means another article happens to state it too.
	Hit     bool    `json:"hit"`
	Signals Signals `json:"signals"`
	// Terms and Quote are for reading a case: what the signals saw of each
	// question term, and the first quote cited.
	Terms []TermDetail `json:"terms,omitempty"`
	Quote string       `json:"quote,omitempty"`
}

// Signals are candidate decision features the engine does not use yet,
// computed here from its ranking and index. They analyse the question as
// German, as the engine does a German question; for an English one, which
// the engine searches through translations, they are only approximate.
type Signals struct {
	// TopScore is the fused score of the best passage.
	TopScore float64 `json:"top_score"`
	// TopVector is the best passage's cosine similarity to the question; 0
	// when Params.Vector is 0, since the engine then computes none.
	TopVector float64 `json:"top_vector"`
	// WindowVector is the best cosine similarity, in the default hash
	// embedding, between the question and a top window (a passage and its
	// neighbours): a coverage that tolerates inflection and compounds.
	WindowVector float64 `json:"window_vector"`
	// Names is the share of the IDF weight of the question's names and
	// figures that the best of the top windows contains; 1 when the question
	// has none. A name is a number or a word written with a capital other
	// than the question's first; in German that includes every noun.
	Names float64 `json:"names"`
	// AbsentNames is the part of Absent carried by names and figures: a
	// question about someone or something the collection never names.
	AbsentNames float64 `json:"absent_names"`
	// SourceCoverage is Coverage over the best passage's whole source rather
	// than a window of three passages.
	SourceCoverage float64 `json:"source_coverage"`
	// SameSource is how many of the top five passages come from the best
	// passage's source.
	SameSource int `json:"same_source"`
}

// TermDetail is what the signals saw of one question term.
type TermDetail struct {
	Term string  `json:"term"`
	Name bool    `json:"name"`
	DF   int     `json:"df"`
	IDF  float64 `json:"idf"`
	// InWindows: one of the top windows holds it (as the engine's coverage
	// counts a match: the term, a compound containing it, or a part of it).
	InWindows bool `json:"in_windows"`
}

// Indexer returns an engine over sources. The evaluation calls it once for
// the whole set and once for each half; the engine must not abstain (see
// Permissive), and the caller releases what it opened.
type Indexer func(ctx context.Context, name string, sources []store.Source) (*retrieval.Engine, error)

// Permissive returns p with abstention off: every question with a ranked
// passage is answered, and the engine still reports Coverage and Absent,
// which it computes before deciding. The bounds are infinite rather than 0
// and 1 because a share summed from parts can land a rounding error past 1.
func Permissive(p retrieval.Params) retrieval.Params {
	p.MinSupport, p.MaxAbsentNames = math.Inf(-1), math.Inf(1)
	p.MinSupportEnglish, p.MaxAbsentNamesEnglish = math.Inf(-1), math.Inf(1)
	return p
}

// Split divides a set's articles into two halves, alternating in the order
// the articles first appear among the sources; each half keeps its own
// sources and questions. A source no question refers to belongs to no
// article and goes to both halves.
func Split(set *Set) (a, b *Set) {
	groupOf := make(map[string]string, len(set.Sources))
	for _, it := range set.Items {
		groupOf[it.SourceID] = it.Group
	}
	half := make(map[string]int)
	for _, src := range set.Sources {
		if g, ok := groupOf[src.ID]; ok {
			if _, seen := half[g]; !seen {
				half[g] = len(half) % 2
			}
		}
	}
	halves := [2]*Set{{Name: set.Name + "/A"}, {Name: set.Name + "/B"}}
	for _, src := range set.Sources {
		g, ok := groupOf[src.ID]
		if !ok {
			halves[0].Sources = append(halves[0].Sources, src)
			halves[1].Sources = append(halves[1].Sources, src)
			continue
		}
		halves[half[g]].Sources = append(halves[half[g]].Sources, src)
	}
	for _, it := range set.Items {
		h := half[it.Group]
		halves[h].Items = append(halves[h].Items, it)
	}
	return halves[0], halves[1]
}

// AbstentionCases asks every question of the set twice: of the whole
// collection (answerable) and of the half lacking its article
// (unanswerable). Answerable cases come first, in the set's order.
func AbstentionCases(ctx context.Context, set *Set, index Indexer) ([]Case, error) {
	full, err := index(ctx, set.Name, set.Sources)
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", set.Name, err)
	}
	cases, err := askAll(ctx, full, set.Items, true)
	if err != nil {
		return nil, err
	}
	a, b := Split(set)
	for _, side := range []struct{ indexed, asked *Set }{{a, b}, {b, a}} {
		e, err := index(ctx, side.indexed.Name, side.indexed.Sources)
		if err != nil {
			return nil, fmt.Errorf("index %s: %w", side.indexed.Name, err)
		}
		more, err := askAll(ctx, e, side.asked.Items, false)
		if err != nil {
			return nil, err
		}
		cases = append(cases, more...)
	}
	return cases, nil
}

func askAll(ctx context.Context, e *retrieval.Engine, items []Item, answerable bool) ([]Case, error) {
	asker := NewAsker(e)
	cases := make([]Case, 0, len(items))
	for _, it := range items {
		c, err := asker.Case(ctx, it.Question, it.Answers)
		if err != nil {
			return nil, fmt.Errorf("question %s: %w", it.ID, err)
		}
		c.ID, c.Group, c.Answerable = it.ID, it.Group, answerable
		cases = append(cases, c)
	}
	return cases, nil
}

// SanityQuestion is a question about the default corpus whose fate is known.
type SanityQuestion struct {
	Question   string
	Answerable bool
}

// SanityQuestions are asked of the default corpus, whose articles never
// name Bundeswehr troops, football, oil prices or China, and do answer the
// others. Every recommended rule must decide all of them right.
var SanityQuestions = []SanityQuestion{
	{"Wie viele Bundeswehr-Soldaten sind im Irak stationiert?", false},
	{"Wer hat das Fußballspiel gewonnen?", false},
	{"Wie hoch ist der Ölpreis?", false},
	{"Welche Rolle spielt China bei den Gesprächen?", false},
	{"Wie viele US-Soldaten sind im Irak?", true},
	{"Wann endet die Mission der Koalition im Irak?", true},
	{"Wer ist Daniel Shapiro?", true},
}

// hitTop is how many quotes an answer cites in the evaluation: hit@5.
const hitTop = 5

// Asker asks questions of one engine with abstention off and measures each
// question's decision features.
type Asker struct {
	engine   *retrieval.Engine
	embedder *retrieval.HashEmbedder
}

// NewAsker returns an Asker over an engine opened with Permissive params.
func NewAsker(e *retrieval.Engine) *Asker {
	return &Asker{engine: e, embedder: retrieval.NewHashEmbedder()}
}

// Case asks a question; Hit says whether a cited quote contains one of
// answers. The case's ID, Group and Answerable are the caller's to fill.
func (a *Asker) Case(ctx context.Context, question string, answers []string) (Case, error) {
	c := Case{Question: question}
	ans, err := a.engine.Ask(ctx, retrieval.Question{Text: question, Top: hitTop})
	if err != nil {
		return c, err
	}
	// Ask ranks max(4·top, 20) passages; the same ranking feeds the signals.
	ranked, err := a.engine.Rank(ctx, question, max(4*hitTop, 20))
	if err != nil {
		return c, err
	}
	c.Ranked = len(ranked) > 0
	if c.Ranked && !ans.Answered {
		return c, fmt.Errorf("the engine abstained (coverage %.2f, absent %.2f): open it with eval.Permissive params", ans.Coverage, ans.Absent)
	}
	c.Coverage, c.Absent = ans.Coverage, ans.Absent
	c.EngineSupport, c.EngineAbsentNames = ans.Support, ans.AbsentNames
	for _, cit := range ans.Citations {
		if containsAnswer(cit.Quote, answers) {
			c.Hit = true
			break
		}
	}
	if len(ans.Citations) > 0 {
		c.Quote = ans.Citations[0].SourceID + ": " + ans.Citations[0].Quote
	}
	c.Signals, c.Terms, err = a.signals(ctx, question, ranked)
	return c, err
}

// windowsChecked is how many top passages, each with its neighbours, the
// signals look at: as many as the engine's coverage does.
const windowsChecked = 3

// signals measures a ranking the way the engine's coverage check does (the
// question's German content terms, weighed by IDF, against the windows of
// the top passages), adding what that check leaves out.
func (a *Asker) signals(ctx context.Context, question string, ranked []retrieval.Ranked) (Signals, []TermDetail, error) {
	s := Signals{Names: 1}
	if len(ranked) == 0 {
		return s, nil, nil
	}
	s.TopScore, s.TopVector = ranked[0].Score, ranked[0].Vector
	for _, r := range ranked[:min(len(ranked), hitTop)] {
		if r.SourceID == ranked[0].SourceID {
			s.SameSource++
		}
	}
	st := a.engine.Store()
	terms, err := weighTerms(ctx, st, question)
	if err != nil {
		return s, nil, err
	}
	want, names := weight(terms, false, nil), weight(terms, true, nil)
	if want == 0 {
		return s, terms, nil
	}
	if names > 0 {
		s.Names = 0
	}
	words := make([]string, len(terms))
	for i, t := range terms {
		words[i] = t.Term
	}
	questionVector := a.embedder.EmbedTerms(words)
	bySource := make(map[string][]store.Passage)
	for _, best := range ranked[:min(len(ranked), windowsChecked)] {
		ps, ok := bySource[best.SourceID]
		if !ok {
			if ps, err = st.SourcePassages(ctx, best.SourceID); err != nil {
				return s, nil, err
			}
			bySource[best.SourceID] = ps
		}
		var windowTerms []string
		for _, p := range ps {
			if p.Ord >= best.Ord-1 && p.Ord <= best.Ord+1 {
				windowTerms = append(windowTerms, germanTerms(p.Text)...)
			}
		}
		window := analysis.TermSet(windowTerms)
		for i := range terms {
			terms[i].InWindows = terms[i].InWindows || analysis.Covered(terms[i].Term, window)
		}
		if names > 0 {
			s.Names = math.Max(s.Names, weight(terms, true, window)/names)
		}
		s.WindowVector = math.Max(s.WindowVector, cosine(questionVector, a.embedder.EmbedTerms(windowTerms)))
	}
	for _, t := range terms {
		if t.Name && t.DF == 0 && !t.InWindows {
			s.AbsentNames += t.IDF / want
		}
	}
	var sourceTerms []string
	for _, p := range bySource[ranked[0].SourceID] {
		sourceTerms = append(sourceTerms, germanTerms(p.Text)...)
	}
	s.SourceCoverage = weight(terms, false, analysis.TermSet(sourceTerms)) / want
	return s, terms, nil
}

// weighTerms returns the question's terms with their passage frequencies
// and IDF.
func weighTerms(ctx context.Context, st *store.Store, question string) ([]TermDetail, error) {
	terms := questionTerms(question)
	if len(terms) == 0 {
		return nil, nil
	}
	words := make([]string, len(terms))
	for i, t := range terms {
		words[i] = t.Term
	}
	df, total, err := st.DocFreq(ctx, "terms", words)
	if err != nil {
		return nil, err
	}
	for i := range terms {
		terms[i].DF = df[terms[i].Term]
		terms[i].IDF = inverseFrequency(terms[i].DF, total)
	}
	return terms, nil
}

// weight sums the IDF of the terms (only the names, if onlyNames) that in
// covers; all of them if in is nil.
func weight(terms []TermDetail, onlyNames bool, in map[string]bool) float64 {
	var sum float64
	for _, t := range terms {
		if (t.Name || !onlyNames) && (in == nil || analysis.Covered(t.Term, in)) {
			sum += t.IDF
		}
	}
	return sum
}

// inverseFrequency is the engine's IDF of a term found in df of total passages.
func inverseFrequency(df, total int) float64 {
	n, d := float64(total), float64(df)
	return math.Log(1 + (n-d+0.5)/(d+0.5))
}

// questionTerms returns a question's distinct German content terms, marking
// its names and figures: numbers, and words written with a capital other
// than the first.
func questionTerms(question string) []TermDetail {
	var out []TermDetail
	index := make(map[string]int)
	for i, tok := range analysis.For(analysis.German).Tokens(question) {
		if tok.Stop || tok.Term == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(tok.Text)
		name := tok.Num || i > 0 && unicode.IsUpper(first)
		if j, ok := index[tok.Term]; ok {
			out[j].Name = out[j].Name || name
			continue
		}
		index[tok.Term] = len(out)
		out = append(out, TermDetail{Term: tok.Term, Name: name})
	}
	return out
}

func germanTerms(text string) []string {
	return analysis.For(analysis.German).Terms(text)
}

// cosine is the dot product of two L2-normalised vectors.
func cosine(a, b []float32) float64 {
	var dot float64
	for i := range min(len(a), len(b)) {
		dot += float64(a[i]) * float64(b[i])
	}
	return dot
}

// Feature names a decision feature of a Case.
type Feature string

// The features a Rule can bound.
const (
	// The engine's own: what it decides on, and the parts of its support.
	EngineSupport     Feature = "engine_support"
	EngineAbsentNames Feature = "engine_absent_names"
	Coverage          Feature = "coverage"
	Absent            Feature = "absent"
	// Margin is Coverage − Absent: the weight the best window covers less
	// the weight the collection never names.
	Margin Feature = "margin"
	// Support is Margin + SupportVectorWeight·WindowVector.
	Support Feature = "support"
	// The Signals.
	TopScore       Feature = "top_score"
	TopVector      Feature = "top_vector"
	WindowVector   Feature = "window_vector"
	Names          Feature = "names"
	AbsentNames    Feature = "absent_names"
	SourceCoverage Feature = "source_coverage"
	SameSource     Feature = "same_source"
)

// SupportVectorWeight weighs WindowVector in Support. Chosen on XQuAD-R
// German among 0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2 and 3 (with absent names
// bounded and the default corpus's sanity questions decided right), it
// abstains most at an answer rate of 0.95.
const SupportVectorWeight = 1.5

// featureInfo says how a feature reads: its value, whether a high value
// speaks for answering, and the range a sweep tries bounds in, with the
// least step that can matter (1 for a count).
type featureInfo struct {
	value    func(Case) float64
	high     bool
	lo, hi   float64
	leastGap float64
}

var features = map[Feature]featureInfo{
	EngineSupport:     {func(c Case) float64 { return c.EngineSupport }, true, -0.5, 2, 0},
	EngineAbsentNames: {func(c Case) float64 { return c.EngineAbsentNames }, false, 0, 1, 0},
	Coverage:          {func(c Case) float64 { return c.Coverage }, true, 0, 1, 0},
	Absent:            {func(c Case) float64 { return c.Absent }, false, 0, 1, 0},
	Margin:            {func(c Case) float64 { return c.Coverage - c.Absent }, true, -0.5, 1, 0},
	Support:           {support, true, -0.5, 2, 0},
	TopScore:          {func(c Case) float64 { return c.Signals.TopScore }, true, 0, 3.5, 0},
	TopVector:         {func(c Case) float64 { return c.Signals.TopVector }, true, 0, 1, 0},
	WindowVector:      {func(c Case) float64 { return c.Signals.WindowVector }, true, 0, 1, 0},
	Names:             {func(c Case) float64 { return c.Signals.Names }, true, 0, 1, 0},
	AbsentNames:       {func(c Case) float64 { return c.Signals.AbsentNames }, false, 0, 1, 0},
	SourceCoverage:    {func(c Case) float64 { return c.Signals.SourceCoverage }, true, 0, 1, 0},
	SameSource:        {func(c Case) float64 { return float64(c.Signals.SameSource) }, true, 0, hitTop, 1},
}

func support(c Case) float64 {
	return c.Coverage - c.Absent + SupportVectorWeight*c.Signals.WindowVector
}

// CandidateFeatures are the features beyond the engine's two, in a fixed
// order: each is measured alone and added to them.
func CandidateFeatures() []Feature {
	return []Feature{Margin, Support, TopScore, TopVector, WindowVector, Names, AbsentNames, SourceCoverage, SameSource}
}

// steps returns from, from+step, … up to to, rounded so that printed
// bounds read as written.
func steps(from, to, step float64) []float64 {
	var out []float64
	for i := 0; ; i++ {
		v := math.Round((from+float64(i)*step)*1e6) / 1e6
		if v > to+1e-9 {
			return out
		}
		out = append(out, v)
	}
}

// Condition bounds one feature: a case is answered only if its value is at
// least Bound, for a feature where high speaks for answering (coverage), or
// at most Bound otherwise (absent).
type Condition struct {
	Feature Feature `json:"feature"`
	Bound   float64 `json:"bound"`
}

func (c Condition) String() string {
	op := "≥"
	if !features[c.Feature].high {
		op = "≤"
	}
	return fmt.Sprintf("%s %s %.2f", c.Feature, op, c.Bound)
}

// Rule answers a question when a passage was ranked and every condition
// holds.
type Rule []Condition

// Answers applies the rule to a case. Its conditions must name known
// features, as Grid and EngineRule make them.
func (r Rule) Answers(c Case) bool {
	if !c.Ranked {
		return false
	}
	for _, cond := range r {
		info, ok := features[cond.Feature]
		if !ok {
			panic(fmt.Sprintf("eval: rule on unknown feature %q", cond.Feature))
		}
		v := info.value(c)
		if info.high && v < cond.Bound || !info.high && v > cond.Bound {
			return false
		}
	}
	return true
}

func (r Rule) String() string {
	parts := make([]string, len(r))
	for i, c := range r {
		parts[i] = c.String()
	}
	return strings.Join(parts, ", ")
}

// Wrong returns the questions of cases the rule decides against their
// Answerable: for checking a rule on questions whose answer is known.
func (r Rule) Wrong(cases []Case) []string {
	var out []string
	for _, c := range cases {
		if r.Answers(c) != c.Answerable {
			out = append(out, c.Question)
		}
	}
	return out
}

// EngineRule is the engine's own decision under p.
func EngineRule(p retrieval.Params) Rule { return EngineRuleFor(p, "de") }

// EngineRuleFor is the engine's decision under p for questions in lang.
func EngineRuleFor(p retrieval.Params, lang string) Rule {
	minSupport, maxAbsentNames := p.Thresholds(lang)
	return Rule{{EngineSupport, minSupport}, {EngineAbsentNames, maxAbsentNames}}
}

// EngineFeatures are the two features the engine decides on.
func EngineFeatures() []Feature { return []Feature{EngineSupport, EngineAbsentNames} }

// Grid returns every rule bounding each of the features at every step
// across its range (a count steps by 1 at least): their cross product.
func Grid(step float64, fs ...Feature) ([]Rule, error) {
	if step <= 0 {
		return nil, fmt.Errorf("grid step %v: want a positive step", step)
	}
	rules := []Rule{nil}
	for _, f := range fs {
		info, ok := features[f]
		if !ok {
			return nil, fmt.Errorf("unknown feature %q", f)
		}
		bounds := steps(info.lo, info.hi, max(step, info.leastGap))
		next := make([]Rule, 0, len(rules)*len(bounds))
		for _, r := range rules {
			for _, b := range bounds {
				next = append(next, append(r[:len(r):len(r)], Condition{f, b}))
			}
		}
		rules = next
	}
	return rules, nil
}

// Point is how a rule does on the cases.
type Point struct {
	Rule Rule `json:"rule"`
	// Answered is the share of answerable questions answered; Abstained the
	// share of unanswerable ones abstained on.
	Answered  float64 `json:"answered"`
	Abstained float64 `json:"abstained"`
	// HitAnswered is hit@5 among the answerable questions answered; Hit is
	// hit@5 over all answerable questions, an abstention counting as a miss.
	HitAnswered float64 `json:"hit5_answered"`
	Hit         float64 `json:"hit5"`
}

// Measure applies a rule to every case.
func Measure(cases []Case, r Rule) Point {
	p := measure(cases, r.Answers)
	p.Rule = r
	return p
}

func measure(cases []Case, answers func(Case) bool) Point {
	var p Point
	var answerable, unanswerable, hits float64
	for _, c := range cases {
		answered := answers(c)
		if !c.Answerable {
			unanswerable++
			if !answered {
				p.Abstained++
			}
			continue
		}
		answerable++
		if answered {
			p.Answered++
			if c.Hit {
				hits++
			}
		}
	}
	if p.Answered > 0 {
		p.HitAnswered = hits / p.Answered
	}
	if answerable > 0 {
		p.Hit = hits / answerable
		p.Answered /= answerable
	}
	if unanswerable > 0 {
		p.Abstained /= unanswerable
	}
	return p
}

// Sweep measures every rule.
func Sweep(cases []Case, rules []Rule) []Point {
	points := make([]Point, len(rules))
	for i, r := range rules {
		points[i] = Measure(cases, r)
	}
	return points
}

// Frontier returns the points no other point beats on both rates, one per
// distinct pair of rates (the first in the sweep's order), most answers
// first.
func Frontier(points []Point) []Point {
	order := make([]int, len(points))
	for i := range order {
		order[i] = i
	}
	// Most answers first, then most abstentions: a point is on the frontier
	// when it abstains more than every point before it.
	slices.SortStableFunc(order, func(i, j int) int {
		if c := cmp.Compare(points[j].Answered, points[i].Answered); c != 0 {
			return c
		}
		return cmp.Compare(points[j].Abstained, points[i].Abstained)
	})
	var out []Point
	for _, i := range order {
		if len(out) == 0 || points[i].Abstained > out[len(out)-1].Abstained {
			out = append(out, points[i])
		}
	}
	return out
}

// Targets are the rates an operating point must reach.
type Targets struct {
	Abstained float64 `json:"abstained"`
	Answered  float64 `json:"answered"`
}

// Choice is a recommended operating point and why it was chosen.
type Choice struct {
	Point
	// Met is true when the point reaches both targets.
	Met bool   `json:"met"`
	Why string `json:"why"`
}

// Admissible returns the points whose rule decides every sanity case right.
func Admissible(points []Point, sanity []Case) []Point {
	var out []Point
	for _, p := range points {
		if len(p.Rule.Wrong(sanity)) == 0 {
			out = append(out, p)
		}
	}
	return out
}

// Recommend picks an operating point among those whose rule decides every
// sanity case right: of those meeting both targets, the one with the most
// right decisions (answered + abstained); if none does, the one that keeps
// the answer-rate target and abstains most, since refusing an answerable
// question is what a member notices first; failing that too, the most
// right decisions. Ties go to the higher hit@5, then to the earlier point.
func Recommend(points []Point, t Targets, sanity []Case) (Choice, bool) {
	admissible := Admissible(points, sanity)
	best := func(keep func(Point) bool, key func(Point) float64) (Point, bool) {
		var top Point
		found := false
		for _, p := range admissible {
			if keep(p) && (!found || key(p) > key(top) || key(p) == key(top) && p.Hit > top.Hit) {
				top, found = p, true
			}
		}
		return top, found
	}
	right := func(p Point) float64 { return p.Answered + p.Abstained }
	if p, ok := best(func(p Point) bool { return p.Answered >= t.Answered && p.Abstained >= t.Abstained }, right); ok {
		return Choice{p, true, "meets both targets, most right decisions"}, true
	}
	if p, ok := best(func(p Point) bool { return p.Answered >= t.Answered }, func(p Point) float64 { return p.Abstained }); ok {
		return Choice{p, false, fmt.Sprintf("no point meets both targets; keeps answered ≥ %.2f and abstains most", t.Answered)}, true
	}
	if p, ok := best(func(Point) bool { return true }, right); ok {
		return Choice{p, false, fmt.Sprintf("no point keeps answered ≥ %.2f; most right decisions", t.Answered)}, true
	}
	return Choice{}, false
}

// HeldOut checks that choosing a rule does not merely fit the cases: the
// articles are split in two folds (alternating in order of first
// appearance), a rule is chosen with Recommend on one fold's cases and
// measured on the other's, both ways. It returns the two rules chosen and
// the pooled held-out figures.
func HeldOut(cases []Case, rules []Rule, t Targets, sanity []Case) ([2]Rule, Point, error) {
	fold := make(map[string]int)
	for _, c := range cases {
		if _, ok := fold[c.Group]; !ok {
			fold[c.Group] = len(fold) % 2
		}
	}
	var chosen [2]Rule
	for f := range chosen {
		var train []Case
		for _, c := range cases {
			if fold[c.Group] != f {
				train = append(train, c)
			}
		}
		choice, ok := Recommend(Sweep(train, rules), t, sanity)
		if !ok {
			return chosen, Point{}, fmt.Errorf("no rule for fold %d", f)
		}
		chosen[f] = choice.Rule
	}
	p := measure(cases, func(c Case) bool { return chosen[fold[c.Group]].Answers(c) })
	return chosen, p, nil
}

// Separation is the area under the ROC curve of one feature: the chance
// that an answerable case lies further on the answering side than an
// unanswerable one, ties counting half. 0.5 is no separation at all.
func Separation(cases []Case, f Feature) (float64, error) {
	info, ok := features[f]
	if !ok {
		return 0, fmt.Errorf("unknown feature %q", f)
	}
	type scored struct {
		v          float64
		answerable bool
	}
	all := make([]scored, 0, len(cases))
	var pos, neg float64
	for _, c := range cases {
		v := info.value(c)
		if !info.high {
			v = -v
		}
		all = append(all, scored{v, c.Answerable})
		if c.Answerable {
			pos++
		} else {
			neg++
		}
	}
	if pos == 0 || neg == 0 {
		return 0, fmt.Errorf("separation needs answerable and unanswerable cases")
	}
	slices.SortFunc(all, func(a, b scored) int { return cmp.Compare(a.v, b.v) })
	// Mann–Whitney: for each answerable case, count the unanswerable ones
	// below it, those tied with it counting half.
	var wins, below float64
	for i := 0; i < len(all); {
		j := i
		var p, n float64
		for ; j < len(all) && all[j].v == all[i].v; j++ {
			if all[j].answerable {
				p++
			} else {
				n++
			}
		}
		wins += p * (below + n/2)
		below += n
		i = j
	}
	return wins / (pos * neg), nil
}
