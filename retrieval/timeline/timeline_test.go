package timeline

import (
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/quellen/quellen/store"
)

var today = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// corpus is a few sources and their stored events, as the index keeps them.
type corpus struct {
	sources map[string]store.Source
	events  []store.Event
}

func (c *corpus) add(t *testing.T, id, published, text string) {
	t.Helper()
	if c.sources == nil {
		c.sources = make(map[string]store.Source)
	}
	src := store.Source{ID: id, Title: "Titel " + id, Language: "de", Text: text, Published: store.Date{Value: published}}
	c.sources[id] = src
	for _, e := range extractText(t, "de", published, text) {
		e.SourceID, e.Quote = id, text[e.Start:e.End]
		c.events = append(c.events, e)
	}
}

func (c *corpus) build() Timeline { return c.buildOn(today) }

func (c *corpus) buildOn(day time.Time) Timeline {
	tl, err := Build(context.Background(), c.events, c.sources, day)
	if err != nil {
		panic(err) // a background context never ends
	}
	return tl
}

func TestBuildMergesOrdersAndMarks(t *testing.T) {
	var c corpus
	c.add(t, "alt", "2020-06-12", "Der Einsatz von rund 5.000 US-Soldaten im Irak ist umstritten.")
	c.add(t, "a", "2024-09", "Rund 2.500 US-Soldaten sind im Irak. Die Mission endet spätestens bis Ende September 2025.")
	c.add(t, "b", "2024-09", "Etwa 2.500 Soldaten sind im Irak stationiert. Die Mission endet bis Ende September 2025.")
	c.add(t, "c", "2024", "Bagdad führt derzeit Gespräche. Die Wahl soll bis Ende 2026 stattfinden.")
	c.add(t, "d", "2024-01", "Im Januar trafen sich die Delegationen. Am Mittwoch kam es zu Protesten in Basra.")
	tl := c.build()

	var got []string
	for _, e := range tl.Events {
		got = append(got, e.Date+" "+e.Kind)
	}
	want := []string{"2020-06-12 troops", "2024 talks", "2024-01 talks", "2024-09 troops", "2025-09 deadline", "2026 deadline"}
	if !slices.Equal(got, want) {
		t.Fatalf("events = %q, want %q (a year before its months, merged alike statements)", got, want)
	}
	troops, deadline := tl.Events[3], tl.Events[4]
	if len(troops.Citations) != 2 || len(deadline.Citations) != 2 {
		t.Errorf("citations: troops %d, deadline %d; want 2 each", len(troops.Citations), len(deadline.Citations))
	}
	if s := tl.Events[0].SupersededBy; s == nil || s.Date != "2024-09" || s.Count != 2500 {
		t.Errorf("the 2020 figure is superseded by %+v, want the 2.500 of 2024-09", s)
	}
	if troops.SupersededBy != nil {
		t.Errorf("the newest figure is superseded by %+v", troops.SupersededBy)
	}
	if deadline.Status != StatusAhead || tl.Events[5].Status != StatusAhead {
		t.Errorf("statuses %q, %q on %s, want ahead", deadline.Status, tl.Events[5].Status, today)
	}
	if later := c.buildOn(time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)); later.Events[4].Status != StatusPast {
		t.Errorf("status on 2025-10-01 = %q, want past", later.Events[4].Status)
	}
	if len(tl.Undated) != 1 || tl.Undated[0].DateText != "Mittwoch" {
		t.Errorf("undated = %+v, want the Wednesday of a month-dated article", tl.Undated)
	}
}

func TestYearAndMonthContainingItAreNotLater(t *testing.T) {
	var c corpus
	c.add(t, "y", "2024", "Rund 2.500 US-Soldaten sind im Irak.")
	c.add(t, "m", "2024-01", "Die USA haben 2.000 Soldaten im Irak.")
	tl := c.build()
	for _, e := range tl.Events {
		if e.SupersededBy != nil {
			t.Errorf("%s %d superseded by %+v: neither date is later", e.Date, e.Count, e.SupersededBy)
		}
	}
}

func TestFilter(t *testing.T) {
	var c corpus
	c.add(t, "a", "2024-09", "Rund 2.500 US-Soldaten sind im Irak. Die Mission endet bis Ende September 2025.")
	c.add(t, "b", "2020-06", "Im Januar trafen sich die Delegationen in Bagdad. Am Mittwoch traf man sich wieder.")
	tl := c.build()
	bound := func(s string) Bound {
		b, err := ParseBound(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name    string
		f       Filter
		dated   []string
		undated int
	}{
		{"all", Filter{}, []string{"2020-01", "2024-09", "2025-09"}, 1},
		{"troops", Filter{Topic: TopicTroops}, []string{"2024-09"}, 0},
		{"talks", Filter{Topic: TopicTalks}, []string{"2020-01"}, 1},
		{"from", Filter{From: bound("2024-09-15")}, []string{"2024-09", "2025-09"}, 1},
		{"to", Filter{To: bound("2024")}, []string{"2020-01", "2024-09"}, 1},
		{"from and to", Filter{From: bound("2025"), To: bound("2025-12")}, []string{"2025-09"}, 1},
		{"match", Filter{Match: func(e Event) bool { return e.Citations[0].SourceID == "b" }}, []string{"2020-01"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tl.Filter(tt.f)
			var dates []string
			for _, e := range got.Events {
				dates = append(dates, e.Date)
			}
			if !slices.Equal(dates, tt.dated) || len(got.Undated) != tt.undated {
				t.Errorf("dated %q and %d undated, want %q and %d", dates, len(got.Undated), tt.dated, tt.undated)
			}
		})
	}
}

func TestEventJSONContract(t *testing.T) {
	var c corpus
	c.add(t, "a", "2024-09", "Die Mission endet spätestens bis Ende September 2025. Rund 2.500 US-Soldaten sind im Irak.")
	tl := c.build()
	raw, err := json.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	var decoded struct {
		Events  []map[string]any `json:"events"`
		Undated []map[string]any `json:"undated"`
	}
	if err := json.Unmarshal(raw, &decoded); err != nil {
		t.Fatal(err)
	}
	if decoded.Undated == nil || len(decoded.Events) != 2 {
		t.Fatalf("JSON %s: want two events and an undated list", raw)
	}
	deadline, troops := decoded.Events[1], decoded.Events[0]
	for key, want := range map[string]any{"date": "2025-09", "precision": "month", "mod": "END", "kind": "deadline",
		"date_text": "Ende September 2025", "date_from": "text", "place": ""} {
		if got, ok := deadline[key]; !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("deadline %q = %#v, want %#v", key, got, want)
		}
	}
	for key, want := range map[string]any{"kind": "troops", "count": 2500.0, "place": "Irak", "date_from": "published", "date": "2024-09"} {
		if got := troops[key]; !reflect.DeepEqual(got, want) {
			t.Errorf("troops %q = %#v, want %#v", key, got, want)
		}
	}
	if _, ok := deadline["count"]; ok {
		t.Errorf("deadline has a count: %s", raw)
	}
	cites, _ := deadline["citations"].([]any)
	if len(cites) != 1 {
		t.Fatalf("citations = %#v", deadline["citations"])
	}
	cite := cites[0].(map[string]any)
	for _, key := range []string{"source_id", "title", "outlet", "url", "published", "start", "end"} {
		if _, ok := cite[key]; !ok {
			t.Errorf("citation has no %q: %v", key, cite)
		}
	}
	text := c.sources["a"].Text
	if q := deadline["quote"].(string); q != text[int(cite["start"].(float64)):int(cite["end"].(float64))] {
		t.Errorf("quote %q is not the source's text at the citation's offsets", q)
	}
}

func TestCoreIsAVerbatimPartAroundTheAnchor(t *testing.T) {
	var c corpus
	c.add(t, "a", "2024", "Rund 2.500 US-Soldaten im Irak und neunhundert in Syrien führen im Rahmen der Operation Inherent "+
		"Resolve eine internationale Koalition an, die kurdische, irakische und lokale syrische Kräfte im Kampf gegen den IS "+
		"unterstützt, der einst weite Teile des Landes im Irak und in Syrien beherrschte, aber 2019 für territorial besiegt erklärt wurde.")
	tl := c.build()
	for _, e := range tl.Events {
		for _, budget := range []int{40, 80, 160, 1000} {
			core := e.Core(budget)
			if !strings.Contains(e.Quote, core.Text) || utf8.RuneCountInString(core.Text) > budget {
				t.Errorf("core %q (budget %d) is not a verbatim part of the quote within budget", core.Text, budget)
			}
			as, ae := e.anchor()
			anchor := e.Quote[as:ae]
			if budget >= 40 && !strings.Contains(core.Text, anchor) {
				t.Errorf("core %q (budget %d) lost the anchor %q", core.Text, budget, anchor)
			}
			whole := core.Text == e.Quote
			if whole == (core.CutBefore || core.CutAfter) {
				t.Errorf("core %q: cut before %v, after %v", core.Text, core.CutBefore, core.CutAfter)
			}
		}
	}
}

func TestFormatCount(t *testing.T) {
	for _, tt := range []struct {
		lang string
		n    int64
		want string
	}{{"de", 2500, "2.500"}, {"en", 2500, "2,500"}, {"de", 900, "900"}, {"de", 1234567, "1.234.567"}, {"en", 100000, "100,000"}} {
		if got := FormatCount(tt.lang, tt.n); got != tt.want {
			t.Errorf("FormatCount(%s, %d) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
	for q, want := range map[string]string{"rund": "≈", "about": "≈", "mehr als": ">", "more than": ">", "bis zu": "≤", "": ""} {
		if got := QualifierSymbol(q); got != want {
			t.Errorf("QualifierSymbol(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestOnlyExactLevelsArePlotted(t *testing.T) {
	level := func(role string, approx bool) Event {
		return Event{Event: store.Event{Kind: KindTroops, Count: 1400, Role: role, Approx: approx, Force: "DE", Place: "Mali"}}
	}
	for _, tt := range []struct {
		ev   Event
		want bool
	}{
		{level(RoleLevel, false), true},
		{level("", false), true},
		{level(RoleCap, false), false},
		{level(RoleOut, false), false},
		{level(RoleIn, false), false},
		{level(RoleTotal, false), false},
		{level(RoleCasualties, false), false},
		{level(RoleLevel, true), false},
		{Event{Event: store.Event{Kind: KindDeadline}}, false},
	} {
		if got := tt.ev.Level(); got != tt.want {
			t.Errorf("Level(%s, approx %v, kind %s) = %v, want %v", tt.ev.Role, tt.ev.Approx, tt.ev.Kind, got, tt.want)
		}
	}
	if s := level(RoleLevel, false).Series(); s != "DE · Mali" {
		t.Errorf("Series = %q, want whose and where", s)
	}
}
