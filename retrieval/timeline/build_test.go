package timeline

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/store"
)

// referenceBuild groups as Build did before it had an index: every mention
// compared with every group of its kind and date, in the order the groups
// were made. Build must group exactly alike.
func referenceBuild(stored []store.Event, sources map[string]store.Source, today time.Time) Timeline {
	var dated, undated []*group
	candidates := make(map[string][]*group)
	for _, se := range stored {
		src, ok := sources[se.SourceID]
		if !ok {
			continue
		}
		m := fromStored(se, src, analysis.TermSet(analysis.For(src.Language).Terms(se.Quote)))
		key := m.event.Kind + "/" + m.event.Date
		var found *group
		for _, g := range candidates[key] {
			e := g.mentions[0].event
			if m.event.Kind == KindTroops {
				if e.Count == m.event.Count && e.Role == m.event.Role && (e.Force == m.event.Force || e.Force == "" || m.event.Force == "") &&
					strings.EqualFold(e.Place, m.event.Place) {
					found = g
					break
				}
				continue
			}
			if analysis.Jaccard(g.mentions[0].terms, m.terms) >= sameWords {
				found = g
				break
			}
		}
		if found != nil {
			found.add(m)
			continue
		}
		g := &group{mentions: []mention{m}, sentences: map[sentenceAt]bool{{m.citation.SourceID, m.citation.Start}: true}}
		candidates[key] = append(candidates[key], g)
		if m.event.Date == "" {
			undated = append(undated, g)
		} else {
			dated = append(dated, g)
		}
	}
	t := Timeline{Events: finish(dated), Undated: finish(undated)}
	sort.SliceStable(t.Events, func(i, j int) bool { return before(t.Events[i], t.Events[j]) })
	sort.SliceStable(t.Undated, func(i, j int) bool { return citedBefore(t.Undated[i], t.Undated[j]) })
	markSuperseded(t.Events)
	markDeadlines(t.Events, today)
	return t
}

// variants are sentences that are alike, half-alike and unlike, dated alike,
// so that grouping has choices to make.
var variants = []string{
	"Die Mission der Koalition endet spätestens im September 2025.",
	"Die Mission der internationalen Koalition endet im September 2025.",
	"Im September 2025 endet die Mission.",
	"Die Koalition berät im September 2025 über ihre Mission.",
	"Rund 2.500 US-Soldaten sind im September 2025 im Irak.",
	"Etwa 2.500 Soldaten sind im September 2025 im Irak stationiert.",
	"Im September 2025 waren 900 Soldaten in Syrien.",
	"Im Jahr 2024 begannen Gespräche über den Abzug der Truppen.",
	"Die Gespräche über den Abzug begannen 2024 in Bagdad.",
	"2024 sprach man in Bagdad über Truppen und Abzug und Zeitplan.",
	"Am Mittwoch trafen sich die Delegationen.",
	"Am Mittwoch trafen sich die Delegationen erneut in Bagdad.",
}

// randomCollection makes sources of random runs of the variants, some
// sentences changed by a word, as a repetitive collection would be.
func randomCollection(t testing.TB, seed uint64, sources, sentences int) ([]store.Event, map[string]store.Source) {
	rng := rand.New(rand.NewPCG(seed, 1))
	bySource := make(map[string]store.Source)
	var stored []store.Event
	for s := range sources {
		var b strings.Builder
		for range sentences {
			v := variants[rng.IntN(len(variants))]
			if rng.IntN(3) == 0 {
				v = strings.Replace(v, "Koalition", fmt.Sprintf("Koalition %d", rng.IntN(20)), 1)
			}
			b.WriteString(v + " ")
		}
		id := fmt.Sprintf("s%03d", s)
		published := []string{"2024-09", "2024", "2025-01-02", ""}[rng.IntN(4)]
		src := store.Source{ID: id, Title: id, Language: "de", Text: b.String(), Published: store.Date{Value: published}}
		bySource[id] = src
		for _, e := range extractText(t, "de", published, src.Text) {
			e.SourceID, e.Quote = id, src.Text[e.Start:e.End]
			stored = append(stored, e)
		}
	}
	return stored, bySource
}

func TestBuildGroupsAsAScanOfEveryGroupWould(t *testing.T) {
	for seed := range uint64(12) {
		stored, sources := randomCollection(t, seed, 1+int(seed%5), 5+int(seed)*7)
		got, err := Build(context.Background(), stored, sources, today)
		if err != nil {
			t.Fatal(err)
		}
		want := referenceBuild(stored, sources, today)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: Build made %d+%d events, a scan of every group %d+%d, or they differ",
				seed, len(got.Events), len(got.Undated), len(want.Events), len(want.Undated))
		}
		if got.Len() == 0 {
			t.Fatalf("seed %d: no events to compare", seed)
		}
	}
}

func TestPrefixIsLongEnough(t *testing.T) {
	// |x| − ⌈0.6·|x|⌉ + 1 for every size a sentence has.
	want := map[int]int{1: 1, 2: 1, 3: 2, 4: 2, 5: 3, 6: 3, 7: 3, 10: 5, 20: 9}
	for n, k := range want {
		terms := make(map[string]bool)
		for i := range n {
			terms[fmt.Sprint("t", i)] = true
		}
		if got := len(rarity{}.prefix(terms)); got != k {
			t.Errorf("prefix of %d words has %d, want %d", n, got, k)
		}
	}
}

// countdown is a context whose deadline passes after a number of looks at
// it: a deadline that strikes in the middle of the work, without a clock.
type countdown struct {
	context.Context
	left int
}

func (c *countdown) Err() error {
	if c.left <= 0 {
		return context.DeadlineExceeded
	}
	c.left--
	return nil
}

func TestBuildStopsAtItsDeadline(t *testing.T) {
	stored, sources := randomCollection(t, 3, 4, 400)
	if len(stored) < 4*checkEvery {
		t.Fatalf("only %d events: too few for the deadline to strike mid-way", len(stored))
	}
	for _, looks := range []int{0, 1, 3} {
		ctx := &countdown{Context: context.Background(), left: looks}
		tl, err := Build(ctx, stored, sources, today)
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("after %d looks: error %v, want the deadline", looks, err)
		}
		if tl.Len() != 0 {
			t.Errorf("after %d looks: a partial timeline of %d events", looks, tl.Len())
		}
	}
}

// A source that says the same few things thousands of times is grouped
// in about linear time: the groups stay few and no mention is compared
// with more than maxCandidates of them.
func TestRepetitiveSourceMakesFewGroups(t *testing.T) {
	stored, sources := randomCollection(t, 9, 1, 3000)
	tl, err := Build(context.Background(), stored, sources, today)
	if err != nil {
		t.Fatal(err)
	}
	if tl.Len() > 200 {
		t.Errorf("%d events from %d mentions of %d sentences", tl.Len(), len(stored), len(variants))
	}
}
