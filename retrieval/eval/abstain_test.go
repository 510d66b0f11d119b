package eval

import (
	"context"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// testIndexer indexes sources into fresh stores under the test's temporary
// folder, with the given params.
func testIndexer(t testing.TB, p retrieval.Params) Indexer {
	t.Helper()
	dir := t.TempDir()
	n := 0
	return func(ctx context.Context, name string, sources []store.Source) (*retrieval.Engine, error) {
		n++
		st, err := store.Open(ctx, filepath.Join(dir, strings.NewReplacer("/", "-").Replace(name)+"-"+string(rune('a'+n))+".db"))
		if err != nil {
			return nil, err
		}
		t.Cleanup(func() { st.Close() })
		e, err := retrieval.New(st, retrieval.Options{Params: &p})
		if err != nil {
			return nil, err
		}
		if _, err := e.Index(ctx, retrieval.IndexRequest{Collection: name, Sources: sources}, nil); err != nil {
			return nil, err
		}
		return e, nil
	}
}

// handMade builds a case from its decision features.
func handMade(answerable, hit bool, coverage, absent, absentNames float64) Case {
	return Case{Ranked: true, Answerable: answerable, Hit: hit, Coverage: coverage, Absent: absent,
		Signals: Signals{AbsentNames: absentNames}}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestMeasureAppliesTheRule(t *testing.T) {
	cases := []Case{
		handMade(true, true, 0.9, 0.0, 0),  // answered, hit
		handMade(true, false, 0.6, 0.1, 0), // answered, miss
		handMade(true, true, 0.3, 0.0, 0),  // abstained below coverage 0.5
		handMade(true, true, 0.8, 0.4, 0),  // abstained above absent 0.25
		handMade(false, false, 0.2, 0.5, 0),
		handMade(false, false, 0.7, 0.0, 0), // wrongly answered
		{Answerable: false},                 // nothing ranked: abstains whatever the rule
	}
	got := Measure(cases, Rule{{Coverage, 0.5}, {Absent, 0.25}})
	want := Point{Answered: 0.5, Abstained: 2.0 / 3, HitAnswered: 0.5, Hit: 0.25}
	if !near(got.Answered, want.Answered) || !near(got.Abstained, want.Abstained) ||
		!near(got.HitAnswered, want.HitAnswered) || !near(got.Hit, want.Hit) {
		t.Errorf("Measure = %+v, want %+v", got, want)
	}
	// Bounds are inclusive on both sides.
	edge := []Case{handMade(true, true, 0.5, 0.25, 0)}
	if p := Measure(edge, Rule{{Coverage, 0.5}, {Absent, 0.25}}); p.Answered != 1 {
		t.Errorf("a case exactly at both bounds is not answered: %+v", p)
	}
	if p := Measure(nil, Rule{{Coverage, 0.5}}); p.Answered != 0 || p.Abstained != 0 {
		t.Errorf("Measure of no cases = %+v, want zeros", p)
	}
}

func TestDerivedFeatures(t *testing.T) {
	c := Case{Ranked: true, Coverage: 0.75, Absent: 0.25, Signals: Signals{WindowVector: 0.5}}
	for _, tt := range []struct {
		rule Rule
		want bool
	}{
		{Rule{{Margin, 0.5}}, true},
		{Rule{{Margin, 0.55}}, false},
		{Rule{{Support, 1.25}}, true}, // 0.5 + 1.5·0.5
		{Rule{{Support, 1.3}}, false},
		{Rule{{AbsentNames, 0}}, true},
	} {
		if got := tt.rule.Answers(c); got != tt.want {
			t.Errorf("%s: Answers = %v, want %v", tt.rule, got, tt.want)
		}
	}
}

func TestGridIsTheCrossProduct(t *testing.T) {
	rules, err := Grid(0.05, Coverage, Absent)
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) != 21*21 {
		t.Fatalf("Grid(coverage, absent) has %d rules, want 441", len(rules))
	}
	if got := rules[0].String(); got != "coverage ≥ 0.00, absent ≤ 0.00" {
		t.Errorf("first rule = %q", got)
	}
	if got := rules[len(rules)-1].String(); got != "coverage ≥ 1.00, absent ≤ 1.00" {
		t.Errorf("last rule = %q", got)
	}
	seen := make(map[string]bool)
	for _, r := range rules {
		seen[r.String()] = true
	}
	if len(seen) != len(rules) {
		t.Errorf("Grid repeats rules: %d distinct of %d (a shared backing array?)", len(seen), len(rules))
	}
	if _, err := Grid(0.05, "nonsense"); err == nil {
		t.Error("Grid accepts an unknown feature")
	}
	if _, err := Grid(0, Coverage); err == nil {
		t.Error("Grid accepts a zero step")
	}
	// A count steps by whole numbers however fine the grid.
	counts, err := Grid(0.01, SameSource)
	if err != nil {
		t.Fatal(err)
	}
	if len(counts) != hitTop+1 {
		t.Errorf("Grid(0.01, same_source) has %d rules, want %d", len(counts), hitTop+1)
	}
}

func TestFrontierKeepsOnlyUndominatedPoints(t *testing.T) {
	p := func(name string, answered, abstained float64) Point {
		return Point{Rule: Rule{{Feature(name), 0}}, Answered: answered, Abstained: abstained}
	}
	points := []Point{
		p("a", 1.0, 0.1),
		p("b", 0.9, 0.5),
		p("c", 0.8, 0.4), // dominated by b
		p("d", 0.9, 0.5), // same rates as b, later
		p("e", 0.5, 0.9),
		p("f", 0.5, 0.8), // dominated by e
	}
	var got []string
	for _, q := range Frontier(points) {
		got = append(got, string(q.Rule[0].Feature))
	}
	if want := []string{"a", "b", "e"}; !slices.Equal(got, want) {
		t.Errorf("Frontier = %v, want %v", got, want)
	}
}

func TestRecommend(t *testing.T) {
	targets := Targets{Abstained: 0.9, Answered: 0.95}
	pt := func(bound, answered, abstained float64) Point {
		return Point{Rule: Rule{{Coverage, bound}}, Answered: answered, Abstained: abstained}
	}
	tests := []struct {
		name   string
		points []Point
		sanity []Case
		want   float64 // the chosen rule's coverage bound
		met    bool
	}{
		{"meets both, most right decisions", []Point{pt(0.1, 0.99, 0.5), pt(0.2, 0.96, 0.92), pt(0.3, 0.95, 0.95), pt(0.4, 0.9, 0.99)}, nil, 0.3, true},
		{"keeps the answer rate, abstains most", []Point{pt(0.1, 0.99, 0.5), pt(0.2, 0.96, 0.8), pt(0.3, 0.94, 0.95)}, nil, 0.2, false},
		{"nothing keeps it: most right decisions", []Point{pt(0.1, 0.9, 0.5), pt(0.2, 0.8, 0.7), pt(0.3, 0.5, 0.9)}, nil, 0.2, false},
		// The sanity case has coverage 0.25: a rule answering it (bound ≤ 0.25)
		// is out, since it must abstain.
		{"sanity rules out", []Point{pt(0.2, 0.96, 0.95), pt(0.3, 0.9, 0.97)}, []Case{handMade(false, false, 0.25, 0, 0)}, 0.3, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Recommend(tt.points, targets, tt.sanity)
			if !ok {
				t.Fatal("no choice")
			}
			if got.Rule[0].Bound != tt.want || got.Met != tt.met {
				t.Errorf("chose %s (met %v, %s), want coverage ≥ %.2f (met %v)", got.Rule, got.Met, got.Why, tt.want, tt.met)
			}
		})
	}
	if _, ok := Recommend(nil, targets, nil); ok {
		t.Error("Recommend chose among no points")
	}
}

func TestSeparation(t *testing.T) {
	cases := []Case{
		handMade(true, false, 0.9, 0, 0),
		handMade(true, false, 0.5, 0, 0),
		handMade(false, false, 0.5, 0, 0),
		handMade(false, false, 0.1, 0, 0),
	}
	// Pairs (answerable, unanswerable): 0.9 beats both, 0.5 ties one and
	// beats one: (2 + 1.5) / 4.
	if got, err := Separation(cases, Coverage); err != nil || !near(got, 0.875) {
		t.Errorf("Separation(coverage) = %v, %v; want 0.875", got, err)
	}
	// Absent speaks against answering: all zeros tie.
	if got, err := Separation(cases, Absent); err != nil || !near(got, 0.5) {
		t.Errorf("Separation(absent) = %v, %v; want 0.5", got, err)
	}
	if _, err := Separation(cases[:2], Coverage); err == nil {
		t.Error("Separation of one side only gives no error")
	}
}

func TestHeldOutChoosesOnTheOtherFold(t *testing.T) {
	// Articles a and c form fold 0, b fold 1. The unanswerable question of
	// b has a coverage of 0.6, above anything the rule chosen on a and c
	// has seen, so held out it is answered.
	var cases []Case
	for _, g := range []struct {
		group              string
		answerable, unansw float64
	}{{"a", 0.7, 0.3}, {"b", 0.8, 0.6}, {"c", 0.7, 0.3}} {
		c := handMade(true, true, g.answerable, 0, 0)
		c.Group = g.group
		u := handMade(false, false, g.unansw, 0, 0)
		u.Group = g.group
		cases = append(cases, c, u)
	}
	rules, err := Grid(0.05, Coverage)
	if err != nil {
		t.Fatal(err)
	}
	chosen, p, err := HeldOut(cases, rules, Targets{Abstained: 0.9, Answered: 0.95}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Each fold's rule is the first bound that separates the other fold:
	// above 0.6 for b, above 0.3 for a and c.
	if got := chosen[0].String(); got != "coverage ≥ 0.65" {
		t.Errorf("rule for fold 0 = %s, want coverage ≥ 0.65", got)
	}
	if got := chosen[1].String(); got != "coverage ≥ 0.35" {
		t.Errorf("rule for fold 1 = %s, want coverage ≥ 0.35", got)
	}
	if !near(p.Answered, 1) || !near(p.Abstained, 2.0/3) {
		t.Errorf("held-out point = %+v, want answered 1, abstained 2/3", p)
	}
}

func TestSplitAlternatesArticles(t *testing.T) {
	set := &Set{Name: "s"}
	for i, g := range []string{"x", "x", "y", "z", "z", "w"} {
		id := g + string(rune('0'+i))
		set.Sources = append(set.Sources, store.Source{ID: id})
		set.Items = append(set.Items, Item{ID: "q" + id, SourceID: id, Group: g})
	}
	set.Sources = append(set.Sources, store.Source{ID: "orphan"})
	a, b := Split(set)
	ids := func(s *Set) (sources, items []string) {
		for _, src := range s.Sources {
			sources = append(sources, src.ID)
		}
		for _, it := range s.Items {
			items = append(items, it.ID)
		}
		return
	}
	as, ai := ids(a)
	bs, bi := ids(b)
	if want := []string{"x0", "x1", "z3", "z4", "orphan"}; !slices.Equal(as, want) {
		t.Errorf("half A sources = %v, want %v", as, want)
	}
	if want := []string{"y2", "w5", "orphan"}; !slices.Equal(bs, want) {
		t.Errorf("half B sources = %v, want %v", bs, want)
	}
	if want := []string{"qx0", "qx1", "qz3", "qz4"}; !slices.Equal(ai, want) {
		t.Errorf("half A questions = %v, want %v", ai, want)
	}
	if want := []string{"qy2", "qw5"}; !slices.Equal(bi, want) {
		t.Errorf("half B questions = %v, want %v", bi, want)
	}
}

// A tiny set of three articles: every question is asked once with its
// article and once without.
func TestAbstentionCasesBuildsBothSides(t *testing.T) {
	set := &Set{Name: "tiny"}
	articles := []struct{ group, text, question, answer string }{
		{"Zoo", "Der Zoo von Leipzig hält drei Elefanten. Der Zoo öffnet um neun Uhr.", "Wie viele Elefanten hält der Zoo von Leipzig?", "drei"},
		{"Hafen", "Im Hamburger Hafen legen täglich vierzig Containerschiffe an. Der Hafen wächst.", "Wie viele Containerschiffe legen im Hamburger Hafen an?", "vierzig"},
		{"Bahn", "Die Bahnstrecke nach Rostock wird im Mai gesperrt. Busse ersetzen die Züge.", "Wann wird die Bahnstrecke nach Rostock gesperrt?", "im Mai"},
	}
	for _, a := range articles {
		set.Sources = append(set.Sources, store.Source{ID: a.group, Title: a.group, Language: "de", Text: a.text, Hash: a.text})
		set.Items = append(set.Items, Item{ID: a.group, Question: a.question, Answers: []string{a.answer}, SourceID: a.group, Group: a.group})
	}
	cases, err := AbstentionCases(context.Background(), set, testIndexer(t, Permissive(retrieval.DefaultParams())))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 2*len(articles) {
		t.Fatalf("%d cases, want %d", len(cases), 2*len(articles))
	}
	for i, c := range cases {
		wantAnswerable := i < len(articles)
		if c.Answerable != wantAnswerable {
			t.Errorf("case %d (%s) answerable = %v, want %v", i, c.ID, c.Answerable, wantAnswerable)
		}
		if c.Answerable && (!c.Hit || c.Coverage < 0.99 || c.Absent != 0) {
			t.Errorf("%s with its article: hit %v, coverage %.2f, absent %.2f; want a hit, full coverage, nothing absent", c.ID, c.Hit, c.Coverage, c.Absent)
		}
		if !c.Answerable && (c.Hit || c.Ranked && c.Absent < 0.5) {
			t.Errorf("%s without its article: hit %v, ranked %v, absent %.2f; want no hit, and nothing ranked or mostly absent", c.ID, c.Hit, c.Ranked, c.Absent)
		}
	}
	if p := Measure(cases, EngineRule(retrieval.DefaultParams())); p.Answered != 1 || p.Abstained != 1 {
		t.Errorf("the default rule on the tiny set: %+v, want every question decided right", p)
	}
}

// The default corpus's sanity questions: the engine with its defaults must
// abstain on the first four and answer the others, and replaying its rule
// offline on the features measured with abstention off must decide the
// same, which is what makes the sweep's figures the engine's.
func TestDefaultCorpusSanityQuestions(t *testing.T) {
	sources, failed := retrieval.LoadSources(corpus.Default(), "default")
	if len(failed) > 0 {
		t.Fatal(failed)
	}
	ctx := context.Background()
	defaults := retrieval.DefaultParams()
	engine, err := testIndexer(t, defaults)(ctx, "default", sources)
	if err != nil {
		t.Fatal(err)
	}
	permissive, err := testIndexer(t, Permissive(defaults))(ctx, "default", sources)
	if err != nil {
		t.Fatal(err)
	}
	asker := NewAsker(permissive)
	for _, tt := range SanityQuestions {
		ans, err := engine.Ask(ctx, retrieval.Question{Text: tt.Question})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Answered != tt.Answerable {
			t.Errorf("%q: answered = %v (coverage %.2f, absent %.2f), want %v", tt.Question, ans.Answered, ans.Coverage, ans.Absent, tt.Answerable)
		}
		c, err := asker.Case(ctx, tt.Question, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := EngineRule(defaults).Answers(c); got != ans.Answered {
			t.Errorf("%q: the rule replayed offline answers = %v, the engine %v (coverage %.2f/%.2f, absent %.2f/%.2f)",
				tt.Question, got, ans.Answered, c.Coverage, ans.Coverage, c.Absent, ans.Absent)
		}
	}
}
