package retrieval

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/retrieval/translate"
	"github.com/quellen/quellen/store"
)

// today is a fixed date between the default corpus's two deadlines, so that
// the tests never depend on the clock.
var today = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

func figureOf(ev timeline.Event) int64 {
	n, _ := ev.Figure()
	return n
}

func TestTimelineOfTheDefaultCorpus(t *testing.T) {
	ctx := context.Background()
	e := newTestEngine(t, defaultSources(t), Options{})
	tl, err := e.Timeline(ctx, TimelineQuery{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	// Every quote is its sources' text, verbatim, at the cited offsets.
	texts := make(map[string]string)
	for _, ev := range append(append([]timeline.Event{}, tl.Events...), tl.Undated...) {
		for _, c := range ev.Citations {
			if _, ok := texts[c.SourceID]; !ok {
				src, err := e.store.Source(ctx, c.SourceID)
				if err != nil {
					t.Fatal(err)
				}
				texts[c.SourceID] = src.Text
			}
			if got := texts[c.SourceID][c.Start:c.End]; got != ev.Quote && len(ev.Citations) == 1 {
				t.Errorf("quote %q is not %s[%d:%d] = %q", ev.Quote, c.SourceID, c.Start, c.End, got)
			}
		}
	}
	for i := 1; i < len(tl.Events); i++ {
		if tl.Events[i].Before(tl.Events[i-1]) {
			t.Errorf("%s after %s: not in date order", tl.Events[i].Date, tl.Events[i-1].Date)
		}
	}
	if len(tl.Undated) == 0 {
		t.Error("no undated events: the Monday of a 2024 article cannot be dated")
	}

	type want struct {
		date, kind, mod, dateText, dateFrom, place, qualifier, status string
		count                                                         int64
		superseded                                                    bool
	}
	for _, w := range []want{
		{date: "2025-09", kind: "deadline", mod: "END", dateText: "Ende September 2025", dateFrom: "text", status: "ahead"},
		{date: "2025-09", kind: "deadline", mod: "END", dateText: "Ende September nächsten Jahres", dateFrom: "text", status: "ahead"},
		{date: "2026-09", kind: "deadline", dateText: "September 2025 und September 2026", dateFrom: "text", status: "ahead"},
		{date: "2021-12", kind: "event", dateText: "Dezember 2021", dateFrom: "text"},
		// A later source restating the same figure supersedes nothing.
		{date: "2024", kind: "troops", dateFrom: "published", count: 2500, place: "Irak", qualifier: "rund"},
		{date: "2024", kind: "troops", dateFrom: "published", count: 900, place: "Syrien"},
		{date: "2024-01", kind: "troops", dateFrom: "published", count: 2500, place: "Irak"},
		{date: "2024-09", kind: "troops", dateFrom: "published", count: 2500, place: "Irak", qualifier: "etwa"},
		{date: "2020-06-12", kind: "troops", dateFrom: "published", count: 5000, place: "Irak", qualifier: "rund", superseded: true},
		{date: "2020-01", kind: "troops", dateFrom: "published", count: 5000, place: "Irak", qualifier: "mehr als", superseded: true},
	} {
		found := false
		for _, ev := range tl.Events {
			if ev.Date != w.date || ev.Kind != w.kind || figureOf(ev) != w.count || ev.Place != w.place || ev.DateText != w.dateText {
				continue
			}
			found = true
			if ev.Mod != w.mod || ev.DateFrom != w.dateFrom || ev.Qualifier != w.qualifier || ev.Status != w.status || (ev.SupersededBy != nil) != w.superseded {
				t.Errorf("%+v: got mod %q, from %q, qualifier %q, status %q, superseded by %+v", w, ev.Mod, ev.DateFrom, ev.Qualifier, ev.Status, ev.SupersededBy)
			}
		}
		if !found {
			t.Errorf("no event %+v", w)
		}
	}
}

func TestTimelineFilters(t *testing.T) {
	ctx := context.Background()
	e := newTestEngine(t, defaultSources(t), Options{})
	tests := []struct {
		name  string
		q     TimelineQuery
		check func(timeline.Event) bool
		least int
	}{
		{"troops", TimelineQuery{Topic: timeline.TopicTroops}, func(ev timeline.Event) bool { return ev.Kind == "troops" }, 6},
		{"deadlines", TimelineQuery{Topic: timeline.TopicDeadline}, func(ev timeline.Event) bool { return ev.Kind == "deadline" }, 3},
		{"talks", TimelineQuery{Topic: timeline.TopicTalks}, func(ev timeline.Event) bool { return ev.Kind == "talks" }, 3},
		{"from 2024 to 2024-06", TimelineQuery{From: "2024", To: "2024-06"}, func(ev timeline.Event) bool {
			first, last, _ := ev.Span() // the winter of 2023 reaches into 2024
			return !last.Before(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)) && first.Before(time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC))
		}, 4},
		{"Kurdistan", TimelineQuery{Query: "Kurdistan"}, func(ev timeline.Event) bool { return strings.Contains(ev.Quote, "Kurdistan") }, 1},
		{"Syrien troops", TimelineQuery{Topic: timeline.TopicTroops, Query: "Syrien"}, func(ev timeline.Event) bool { return strings.Contains(ev.Quote, "Syrien") }, 1},
		// Owners and places select troop figures by whose and where, each
		// figure of a sentence that states two on its own.
		{"US troops in Syria", TimelineQuery{Topic: timeline.TopicTroops, Query: "US-Soldaten in Syrien"}, func(ev timeline.Event) bool {
			return ev.Force == "US" && ev.PlaceKey == "SY"
		}, 1},
		{"English query", TimelineQuery{Query: "Kurdistan phase"}, func(ev timeline.Event) bool { return strings.Contains(ev.Quote, "Kurdistan") }, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.Today = today
			tl, err := e.Timeline(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(tl.Events) < tt.least {
				t.Errorf("%d events, want at least %d", len(tl.Events), tt.least)
			}
			for _, ev := range tl.Events {
				if !tt.check(ev) {
					t.Errorf("event %s %s %q does not belong", ev.Date, ev.Kind, ev.Quote)
				}
			}
		})
	}
	for _, q := range []TimelineQuery{{From: "2024-13"}, {To: "24"}, {From: "2024-02-30"}} {
		if _, err := e.Timeline(ctx, q); !errors.Is(err, timeline.ErrBadBound) {
			t.Errorf("Timeline(%+v) error = %v, want ErrBadBound", q, err)
		}
	}
	if _, err := e.Timeline(ctx, TimelineQuery{Topic: "weather"}); err == nil {
		t.Error("an unknown topic was accepted")
	}
}

// English keywords find what their German translation finds, with the
// installed dictionary, even when the language detector takes them for German.
func TestTimelineQueryInEnglish(t *testing.T) {
	dict, err := translate.OpenDir(translate.DefaultDir)
	if err != nil {
		t.Skipf("FreeDict not installed: %v", err)
	}
	ctx := context.Background()
	e := newTestEngine(t, defaultSources(t), Options{Dictionary: func() (*translate.Dictionary, error) { return dict, nil }})
	quotes := func(query string) []string {
		tl, err := e.Timeline(ctx, TimelineQuery{Query: query, Today: today})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, ev := range tl.Events {
			out = append(out, ev.Quote)
		}
		return out
	}
	german := quotes("Truppen Syrien")
	if len(german) == 0 {
		t.Fatal("Truppen Syrien finds nothing")
	}
	if english := quotes("troops Syria"); !slices.Equal(english, german) {
		t.Errorf("troops Syria finds %q, want what Truppen Syrien finds: %q", english, german)
	}
}

func TestTimelineMergesWhatSourcesStateAlike(t *testing.T) {
	ctx := context.Background()
	sources := []store.Source{
		source("a", "2024-09", "Rund 2.500 US-Soldaten sind im Irak stationiert. Die Mission endet bis Ende September 2025."),
		source("b", "2024-09", "Etwa 2.500 US-Soldaten sind derzeit im Irak. Die Mission endet spätestens bis Ende September 2025."),
		source("c", "2024-09", "Die Wahl ist bis Ende September 2025 abzuhalten, sagte der Sprecher des Parlaments in Bagdad."),
	}
	e := newTestEngine(t, sources, Options{})
	tl, err := e.Timeline(ctx, TimelineQuery{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	var troops, deadlines []timeline.Event
	for _, ev := range tl.Events {
		switch ev.Kind {
		case "troops":
			troops = append(troops, ev)
		case "deadline":
			deadlines = append(deadlines, ev)
		}
	}
	if len(troops) != 1 || len(troops[0].Citations) != 2 || figureOf(troops[0]) != 2500 {
		t.Errorf("troops = %+v, want one 2.500 with two citations", troops)
	}
	// The mission's end is one event stated twice; the election is another.
	if len(deadlines) != 2 || len(deadlines[0].Citations)+len(deadlines[1].Citations) != 3 {
		t.Errorf("deadlines = %+v, want the mission's end (2 sources) and the election (1)", deadlines)
	}
}

// A question about when something ends leads with the end date, one about
// when it started with the start, whatever the order of the dates; each
// point that states an event is labelled with its date.
func TestAskWhenLeadsWithTheEndOrTheStart(t *testing.T) {
	ctx := context.Background()
	e := newTestEngine(t, []store.Source{
		source("a", "2024-09", "Die Verhandlungen über die Mission begannen im Winter 2023. "+
			"Die Mission endet spätestens bis Ende September 2025."),
		source("b", "2024-01", "Im Januar 2024 berieten die Delegationen über die Mission in Bagdad."),
	}, Options{})
	tests := []struct {
		question string
		lead     func(timeline.Event) bool
		want     string
	}{
		{"Wann endet die Mission?", func(ev timeline.Event) bool { return ev.Kind == timeline.KindDeadline }, "the end"},
		{"Bis wann läuft die Mission?", func(ev timeline.Event) bool { return ev.Kind == timeline.KindDeadline }, "the end"},
		{"When does the mission end?", func(ev timeline.Event) bool { return ev.Kind == timeline.KindDeadline }, "the end"},
		{"Wann begannen die Verhandlungen über die Mission?", func(ev timeline.Event) bool { return ev.Aspect == timeline.AspectStart }, "the start"},
	}
	for _, tt := range tests {
		ans, err := e.Ask(ctx, Question{Text: tt.question})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || len(ans.Events) == 0 {
			t.Fatalf("%q: answered %v with %d events (%+v)", tt.question, ans.Answered, len(ans.Events), ans.Decision)
		}
		if !tt.lead(ans.Events[0]) {
			t.Errorf("%q leads with %q (%s %s), want %s", tt.question, ans.Events[0].Quote, ans.Events[0].Kind, ans.Events[0].Date, tt.want)
		}
		byN := make(map[int]Citation)
		for _, c := range ans.Citations {
			byN[c.N] = c
		}
		if p := ans.Points[0]; p.Label == "" || !strings.Contains(ans.Events[0].Quote, byN[p.Citations[0]].Quote) {
			t.Errorf("%q: first point %+v does not quote its event %q with a date label", tt.question, p, ans.Events[0].Quote)
		}
	}
	// A question that does not ask when lists no events.
	ans, err := e.Ask(ctx, Question{Text: "Wo berieten die Delegationen?"})
	if err != nil || len(ans.Events) != 0 {
		t.Errorf("a where-question: %d events, %v", len(ans.Events), err)
	}
}

func BenchmarkTimeline(b *testing.B) {
	ctx := context.Background()
	e := newTestEngine(b, defaultSources(b), Options{})
	for _, q := range []TimelineQuery{{}, {Topic: timeline.TopicTroops}, {Query: "Abzug der Truppen"}} {
		q.Today = today
		b.Run(string(q.Topic)+"/"+q.Query, func(b *testing.B) {
			for b.Loop() {
				if _, err := e.Timeline(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
