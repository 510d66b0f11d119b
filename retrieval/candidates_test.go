package retrieval

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

func TestConceptShare(t *testing.T) {
	q := &question{total: 1000, df: map[string]int{"truppe": 100, "abzug": 10, "withdrawal": 0, "irak": 500}}
	q.concepts = [][]string{{"truppe"}, {"abzug", "withdrawal"}, {"irak"}, {"unbekannt"}}
	c := q.conceptWeights()
	idf := func(df float64) float64 { return math.Log(1 + (1000-df+0.5)/(df+0.5)) }
	want := idf(100) + idf(10) + idf(500) // a concept the collection never holds weighs nothing
	tests := []struct {
		terms string
		share float64
	}{
		{"", 0},
		{"truppe abzug irak", 1},
		{"truppe truppe", idf(100) / want},
		{"abzug bagdad", idf(10) / want},
		{"withdrawal", idf(10) / want}, // any form of a concept
		{"unbekannt", 0},
	}
	for _, tt := range tests {
		if got := c.share(tt.terms); math.Abs(got-tt.share) > 1e-12 {
			t.Errorf("share(%q) = %v, want %v", tt.terms, got, tt.share)
		}
	}

	// A question of more than 64 concepts is counted the same way.
	many := &question{total: 1000, df: map[string]int{}}
	var held []string
	for i := range 70 {
		term := fmt.Sprintf("t%d", i)
		many.concepts = append(many.concepts, []string{term})
		many.df[term] = 10
		if i%2 == 1 {
			held = append(held, term)
		}
	}
	if got := many.conceptWeights().share(strings.Join(held, " ")); math.Abs(got-0.5) > 1e-12 {
		t.Errorf("share of half of 70 concepts = %v, want 0.5", got)
	}
}

// A name the collection writes only with an inflectional ending the
// question lacks, or without one it has, is searched and covered by the
// forms it writes; a longer name that begins with it is another name.
func TestNameSearchedInTheCollectionsForms(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2010", "Die Erhebung der Cristeros konnte erst 1929 niedergeschlagen werden. Die Regierung lobte die Armee."),
		source("b", "2010", "Der Krieg der Hohenzollern begann. Die Soldaten kämpften lange. Verteidigungsminister Thabet al-Abbassi sprach."),
		source("c", "2010", "Am 14. Juli wurde die Bastille gestürmt. General Martin schwieg."),
	}, Options{})
	for _, tt := range []struct {
		question string
		want     string // a form searched for, "" for none
		not      string
	}{
		{"wann wurde der cristero-aufstand niedergeschlagen", "cristeros", ""},
		{"wann begann der krieg der hohenzollerns", "hohenzollern", ""},
		{"was sagte abbas zum krieg", "", "abbassi"},       // another name, not an inflection
		{"wann wurde die bastile gestürmt", "bastill", ""}, // a typo: one edit from the collection's name
		{"was sagte general marvin", "", "martin"},         // another name: the typo must keep the first half
	} {
		q, err := e.analyse(context.Background(), tt.question, "")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.rank(context.Background(), q, e.params.Candidates, newSourcePassages(e.store)); err != nil {
			t.Fatal(err)
		}
		var searched []string
		for _, term := range q.terms {
			searched = append(searched, term.Text)
		}
		if tt.want != "" && !slices.Contains(searched, tt.want) {
			t.Errorf("%q searches %q, want %q among them", tt.question, searched, tt.want)
		}
		if tt.not != "" && slices.Contains(searched, tt.not) {
			t.Errorf("%q searches %q, want no %q", tt.question, searched, tt.not)
		}
	}
}

// A name is mistyped as a term one edit away after its first half, or by a
// doubled letter anywhere.
func TestMistypedAs(t *testing.T) {
	for _, tt := range []struct {
		name, term string
		want       bool
	}{
		{"bastile", "bastill", true},
		{"hanibal", "hannibal", true}, // a doubled letter typed once, in the first half
		{"hannibal", "hanibal", true},
		{"marvin", "martin", false}, // another letter in the first half: another name
		{"gerald", "herald", false},
		{"hanib", "hannib", false}, // too short
		{"hanibal", "hannibals", false},
	} {
		if got := mistypedAs(tt.name, tt.term); got != tt.want {
			t.Errorf("mistypedAs(%q, %q) = %v, want %v", tt.name, tt.term, got, tt.want)
		}
	}
}

// A sentence printed in several sources (a newsletter's boilerplate) is
// one candidate, its best-ranked copy: the copies would crowd out the
// sentences that answer. A short one is kept in each source.
func TestDistinctTextsKeepsTheBestCopy(t *testing.T) {
	ranked := []Ranked{
		{Passage: store.Passage{ID: 1, Text: "Please note that this update does not constitute a new version."}},
		{Passage: store.Passage{ID: 2, Text: "The archive holds 51,000 packages."}},
		{Passage: store.Passage{ID: 3, Text: "Please note that this update  does not\nconstitute a new version."}},
		{Passage: store.Passage{ID: 4, Text: "Please note that this update does not constitute a new version of Zarnix 9."}},
		{Passage: store.Passage{ID: 5, Text: "Sie fand in Kiel statt."}},
		{Passage: store.Passage{ID: 6, Text: "Sie fand in Kiel statt."}}, // short: may speak of another each time
	}
	var got []int64
	for _, r := range distinctTexts(slices.Clone(ranked), 10) {
		got = append(got, r.ID)
	}
	if want := []int64{1, 2, 4, 5, 6}; !slices.Equal(got, want) {
		t.Errorf("distinctTexts kept %v, want %v", got, want)
	}
	// Past the limit nothing is read or dropped.
	got = got[:0]
	for _, r := range distinctTexts(slices.Clone(ranked), 1) {
		got = append(got, r.ID)
	}
	if want := []int64{1, 2, 3, 4, 5, 6}; !slices.Equal(got, want) {
		t.Errorf("distinctTexts with limit 1 kept %v, want %v", got, want)
	}
}

// A sentence that says it all stays a candidate though its source, a
// newsletter of many topics, ranks far below the sources that speak of
// the question's words throughout: the best passages by their own words
// are kept below the cut (Params.LexicalKeep).
func TestBestOwnWordsStayCandidates(t *testing.T) {
	var sources []store.Source
	for s := range 3 {
		var b strings.Builder
		for i := range 20 {
			fmt.Fprintf(&b, "Die Zarnix-Projektleiterin sprach in der Sitzung %d.\n\n", s*20+i)
		}
		b.WriteString("Der Rat wurde im Mai gewählt.")
		sources = append(sources, source(fmt.Sprintf("rat%d", s), "2014-04", b.String()))
	}
	var news strings.Builder
	for i := range 80 {
		fmt.Fprintf(&news, "Das Treffen Nummer %d der Übersetzer fand im Hafen statt.\n\n", i)
	}
	news.WriteString("Im April wurde Zara Quill zur neuen Zarnix-Projektleiterin gewählt.")
	sources = append(sources, source("news", "2017-08", news.String()))
	for _, keep := range []int{0, DefaultParams().LexicalKeep} {
		p := DefaultParams()
		p.LexicalKeep = keep
		e := newTestEngine(t, sources, Options{Params: &p})
		ans := ask(t, e, "wer wurde zur zarnix-projektleiterin gewählt")
		if got, want := leads(ans, "Zara Quill"), keep > 0; got != want {
			t.Errorf("LexicalKeep %d: leads with Zara Quill %v, want %v (%+v)", keep, got, want, ans.Citations)
		}
	}
}

// A question for the newest finds every passage of the newest matching
// sources (Params.NewestExpand), though their words rank below the cut:
// the newest release told in a short post ("The first Alpha for Zarnix
// v4 has been released.") among many older posts that say "version".
func TestNewestSourcesAreCandidates(t *testing.T) {
	var sources []store.Source
	for n := 1; n <= 12; n++ {
		var b strings.Builder
		for k, w := range []string{"json", "yaml", "toml", "xml", "csv", "ini"} {
			fmt.Fprintf(&b, "Zarnix version 1.%d brings fix %d of the %s parser. ", n, k+1, w)
		}
		sources = append(sources, englishSource(fmt.Sprintf("r%d", n), fmt.Sprintf("2020-%02d-15", n), b.String()))
	}
	alpha := "The first Alpha for Zarnix v4 has been released."
	sources = append(sources, englishSource("alpha", "2025-09-09", alpha+" The Alpha period runs through September."))
	for _, expand := range []int{0, DefaultParams().NewestExpand} {
		p := DefaultParams()
		p.NewestExpand = expand
		e := newTestEngine(t, sources, Options{Params: &p})
		for _, c := range []struct {
			question string
			newest   bool
		}{
			{"what is the latest zarnix version", true},
			{"which zarnix version fixes the toml parser", false}, // asks no newest
		} {
			got := isCandidate(t, e, c.question, alpha)
			if want := c.newest && expand > 0; got != want {
				t.Errorf("NewestExpand %d, %q: the newest post's sentence a candidate %v, want %v", expand, c.question, got, want)
			}
		}
	}
}

// A question that names a release finds every passage of the post titled
// with its number, though the post speaks of it without one ("This
// version only has 3 of them") and its words rank low: the other
// releases' posts write the question's words and digits throughout.
func TestTitledSourcesAreCandidates(t *testing.T) {
	var sources []store.Source
	for n := range 24 {
		version := fmt.Sprintf("1.7.%d", n+6) // 1.7.6 … 1.7.29
		if n%2 == 1 {
			version = fmt.Sprintf("1.%d.5", n+8) // 1.9.5 … 1.31.5
		}
		var b strings.Builder
		for k, w := range []string{"json", "yaml", "toml", "xml", "csv", "ini"} {
			fmt.Fprintf(&b, "Zarnix %s brings parser fix %d of the %s parser. ", version, k+1, w)
		}
		s := englishSource(fmt.Sprintf("r%d", n), fmt.Sprintf("2020-%02d-%02d", n%12+1, n+1), b.String())
		s.Title = "Release of " + version
		sources = append(sources, s)
	}
	few := "This version only has 3 of them as we prepare for the next."
	var filler strings.Builder
	for _, system := range []string{"Linux", "macOS", "Windows", "FreeBSD", "OpenBSD", "NetBSD", "Solaris", "Haiku", "AIX", "illumos"} {
		fmt.Fprintf(&filler, " The download page lists binaries for %s.", system)
	}
	point := englishSource("p", "2021-03-27", "We are happy to announce that Zarnix has been released. "+few+filler.String())
	point.Title = "Zarnix 1.7.5 is released"
	sources = append(sources, point)
	for _, expand := range []int{0, DefaultParams().TitledExpand} {
		p := DefaultParams()
		p.TitledExpand = expand
		e := newTestEngine(t, sources, Options{Params: &p})
		for _, c := range []struct {
			question string
			titled   bool
		}{
			{"zarnix 1.7.5 number of parser fixes", true},
			{"zarnix number of parser fixes", false}, // names no release
		} {
			got := isCandidate(t, e, c.question, few)
			if want := c.titled && expand > 0; got != want {
				t.Errorf("TitledExpand %d, %q: the titled post's sentence a candidate %v, want %v", expand, c.question, got, want)
			}
		}
	}
}

// isCandidate reports whether a passage of text is among the candidates
// e ranks for a question (Params.Candidates and those kept below them).
func isCandidate(t *testing.T, e *Engine, question, text string) bool {
	t.Helper()
	q, err := e.analyse(context.Background(), question, "")
	if err != nil {
		t.Fatal(err)
	}
	ranked, err := e.rank(context.Background(), q, e.params.Candidates, newSourcePassages(e.store))
	if err != nil {
		t.Fatal(err)
	}
	return slices.ContainsFunc(ranked, func(r Ranked) bool { return r.Text == text })
}

func TestFullNumbers(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"1.7", "1.7.5"}, []string{"1.7.5"}},
		{[]string{"1.7"}, []string{"1.7"}},
		{[]string{"1.17", "1.7"}, []string{"1.17", "1.7"}}, // 1.17 extends no 1.7
		{[]string{"2.3", "2.3.1", "2.4"}, []string{"2.3.1", "2.4"}},
		{nil, nil},
	} {
		if got := fullNumbers(c.in); !slices.Equal(got, c.want) {
			t.Errorf("fullNumbers(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A title's release is the product's asked, or a release alone: "Release
// of 1.7.1", "Gitea 1.7.5 is released" for a question on gitea, not
// "Kubernetes 1.21: Power to the Community" for one on go.
func TestOfAsked(t *testing.T) {
	asked := map[string]bool{"gitea": true, "merged": true}
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Release of 1.7.1", true},
		{"Gitea 1.7.5 is released", true},
		{"1.7.5", true},
		{"Version 1.7.5", true},
		{"Kubernetes 1.21: Power to the Community", false},
		{"Gitea Turns 1.21", true},
		{"Jekyll turns 2.0.0", true},
	} {
		var got bool
		for _, nouns := range releasesWritten(c.title, "en") {
			got = got || ofAsked(c.title, nouns, asked)
		}
		if got != c.want {
			t.Errorf("%q: of the product asked %v, want %v", c.title, got, c.want)
		}
	}
}
