package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// timelineJSON is the documented contract of `timeline --json`.
type timelineJSON struct {
	Events []struct {
		Date      string `json:"date"`
		Precision string `json:"precision"`
		Mod       string `json:"mod"`
		Kind      string `json:"kind"`
		DateText  string `json:"date_text"`
		DateFrom  string `json:"date_from"`
		Count     *int64 `json:"count"`
		Place     string `json:"place"`
		Quote     string `json:"quote"`
		Citations []struct {
			SourceID  string  `json:"source_id"`
			Title     string  `json:"title"`
			Outlet    *string `json:"outlet"`
			URL       *string `json:"url"`
			Published string  `json:"published"`
			Start     int     `json:"start"`
			End       int     `json:"end"`
		} `json:"citations"`
	} `json:"events"`
	Undated []json.RawMessage `json:"undated"`
}

func TestTimelineJSONOnTheDefaultCorpus(t *testing.T) {
	data := t.TempDir()
	r := quellen(t, data, "", "timeline", "--topic", "deadline", "--json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var tl timelineJSON
	if err := json.Unmarshal([]byte(r.stdout), &tl); err != nil {
		t.Fatalf("%v in %s", err, r.stdout)
	}
	if len(tl.Events) != 3 || tl.Undated == nil {
		t.Fatalf("%d deadlines and undated %v, want the three of the corpus", len(tl.Events), tl.Undated)
	}
	first := tl.Events[0]
	if first.Date != "2025-09" || first.Precision != "month" || first.Mod != "END" || first.Kind != "deadline" ||
		first.DateText != "Ende September 2025" || first.DateFrom != "text" || first.Count != nil || first.Place != "" {
		t.Errorf("first deadline = %+v", first)
	}
	c := first.Citations[0]
	if c.SourceID != "koalitionsmission-ende-2025" || c.Outlet == nil || c.URL == nil || c.Published != "2024-09" || c.End <= c.Start {
		t.Errorf("citation = %+v", c)
	}

	// The text form lists the troop figures oldest first, in German.
	r = quellen(t, data, "", "timeline", "--topic", "troops", "--from", "2024")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"2024 (Stand der Quelle, erschlossen) · ≈ 2.500 Soldaten (US) · Irak", "900 Soldaten (US) · Syrien", "„Rund 2.500 US-Soldaten im Irak"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "5.000") {
		t.Errorf("--from 2024 shows a figure of 2020:\n%s", r.stdout)
	}
}

func TestTimelineRejectsBadFlags(t *testing.T) {
	data := t.TempDir()
	for _, args := range [][]string{
		{"--from", "2024-13"},
		{"--to", "Mai 2024"},
		{"--topic", "weather"},
		{"--from", "2025", "--to", "2024"},
		{"--lang", "fr"},
	} {
		r := quellen(t, data, "", append([]string{"timeline"}, args...)...)
		if r.code != 2 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
			t.Errorf("timeline %q: exit %d, stderr %q; want 2 and one line", args, r.code, r.stderr)
		}
	}
}
