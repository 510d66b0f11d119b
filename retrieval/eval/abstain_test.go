package eval

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

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

func TestMeasureAppliesTheEnginesRule(t *testing.T) {
	decided := func(answerable, hit bool, eligible int, coverage, absentNames float64) Case {
		return Case{Answerable: answerable, Hit: hit, Decision: retrieval.Decision{Eligible: eligible, Coverage: coverage, AbsentNames: absentNames}}
	}
	cases := []Case{
		decided(true, true, 3, 0.9, 0),     // answered, hit
		decided(true, false, 1, 0.6, 0),    // answered, missed
		decided(true, true, 2, 0.3, 0),     // too little coverage: declined
		decided(false, false, 1, 0.8, 0.5), // names absent: declined
		decided(false, false, 0, 0.9, 0),   // nothing eligible: declined
		decided(false, true, 2, 0.7, 0),    // answered
	}
	p := retrieval.DefaultParams()
	p.MinCoverage, p.MaxAbsentNames = 0.5, 0.3
	got := Measure(cases, p)
	want := Point{MinCoverage: 0.5, MaxAbsentNames: 0.3, Answered: 2.0 / 3, Declined: 2.0 / 3, HitAnswered: 0.5}
	if got != want {
		t.Errorf("Measure = %+v, want %+v", got, want)
	}
	for _, c := range cases {
		if says := p.Answers(c.Decision); says != (c.Decision.Eligible > 0 && c.Decision.Coverage >= 0.5 && c.Decision.AbsentNames <= 0.3) {
			t.Errorf("Answers(%+v) = %v", c.Decision, says)
		}
	}
	sweep := Sweep(cases, p, []float64{0, 0.5, 1}, []float64{0.3, 1})
	if len(sweep) != 6 {
		t.Fatalf("sweep has %d points, want 6", len(sweep))
	}
	front := Frontier(sweep)
	for i := 1; i < len(front); i++ {
		if front[i].Answered > front[i-1].Answered {
			t.Errorf("frontier not ordered by answered: %+v", front)
		}
	}
	for _, f := range front {
		for _, o := range sweep {
			if o.Answered >= f.Answered && o.Declined >= f.Declined && (o.Answered > f.Answered || o.Declined > f.Declined) {
				t.Errorf("frontier point %+v is beaten by %+v", f, o)
			}
		}
	}
}

func TestSteps(t *testing.T) {
	if got := Steps(0, 0.3, 0.1); !slices.Equal(got, []float64{0, 0.1, 0.2, 0.3}) {
		t.Errorf("Steps = %v", got)
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
		d := c.Decision
		if c.Answerable && (!c.Hit || d.Coverage < 0.99 || d.Absent != 0) {
			t.Errorf("%s with its article: hit %v, decision %+v; want a hit, full coverage, nothing absent", c.ID, c.Hit, d)
		}
		if !c.Answerable && (c.Hit || d.Eligible > 0 && d.Absent < 0.5) {
			t.Errorf("%s without its article: hit %v, decision %+v; want no hit, and nothing eligible or mostly absent", c.ID, c.Hit, d)
		}
	}
	if p := Measure(cases, retrieval.DefaultParams()); p.Answered != 1 || p.Declined != 1 {
		t.Errorf("the default rule on the tiny set: %+v, want every question decided right", p)
	}
}
