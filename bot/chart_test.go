package bot

import (
	"bytes"
	"context"
	"flag"
	"image"
	"image/png"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quellen/quellen/prompts"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

var updateGolden = flag.Bool("update", false, "rewrite the chart's golden images in testdata")

var testToday = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

// wordingBot is a bot that can only render its templates.
func wordingBot(tb testing.TB) *Bot {
	tb.Helper()
	tm, err := prompts.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return &Bot{templates: tm, log: slog.New(slog.DiscardHandler)}
}

// corpusTimeline is the default corpus's timeline for topic.
func corpusTimeline(t testing.TB, topic timeline.Topic) timeline.Timeline {
	t.Helper()
	eng, _, _ := corpusEngine(t)
	tl, err := eng.Timeline(context.Background(), retrieval.TimelineQuery{Topic: topic, Today: testToday})
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

// fixtureTimeline is a timeline made in the test, so that the golden
// images depend on the chart alone: troop figures for two places, some
// close together, from sources with long titles, and deadlines, talks and
// a range.
func fixtureTimeline(troops bool) timeline.Timeline {
	sources := map[string]store.Source{}
	var events []store.Event
	add := func(id, title, outlet, published string, ev store.Event) {
		sources[id] = store.Source{ID: id, Title: title, Outlet: outlet, Language: "de", Published: store.Date{Value: published}}
		ev.SourceID, ev.Quote = id, "Satz."
		ev.Start, ev.End = 0, len(ev.Quote)
		events = append(events, ev)
	}
	if troops {
		figure := func(id, title, outlet, date, place string, n int64) {
			add(id, title, outlet, date, store.Event{Kind: timeline.KindTroops, Date: date, DateFrom: "text", Count: n, Place: place, PlaceFrom: "text"})
		}
		figure("a", "USA wollen Truppenpräsenz im Irak reduzieren", "AFP, dpa", "2020-06-12", "Irak", 5000)
		figure("b", "US-Militär nimmt Operationen gegen den IS wieder auf", "", "2020-06", "Irak", 5000)
		figure("c", "USA und Irak leiten Gespräche über das Ende der Koalitionsmission ein", "Reuters", "2024-01", "Irak", 2500)
		figure("d", "Irakischer Premierminister berät mit US-Verteidigungsministerium über Abzug der Koalitionstruppen", "", "2024-07", "Irak", 2500)
		figure("e", "Mission der Anti-IS-Koalition im Irak endet spätestens im September 2025", "", "2024-09", "Irak", 2500)
		figure("f", "Irakischer Premierminister berät mit US-Verteidigungsministerium über Abzug der Koalitionstruppen", "", "2024-07", "Syrien", 900)
	} else {
		add("g", "Mission der Anti-IS-Koalition im Irak endet spätestens im September 2025", "", "2024-09",
			store.Event{Kind: timeline.KindDeadline, Date: "2025-09", Mod: "END", DateFrom: "text"})
		add("h", "Koalition plant Übergang bis 2026", "dpa", "2024-09",
			store.Event{Kind: timeline.KindDeadline, Date: "2026-09", DateFrom: "text", RangeStart: "2025-09", RangeEnd: "2026-09"})
		add("i", "USA und Irak leiten Gespräche ein", "Reuters", "2024-01", store.Event{Kind: timeline.KindTalks, Date: "2024-01-25", DateFrom: "text"})
		add("j", "Parlament fordert Abzug", "AFP", "2020-01", store.Event{Kind: timeline.KindEvent, Date: "2020-01-05", DateFrom: "text"})
		add("k", "Angriff auf Stützpunkt", "AFP", "2020-03", store.Event{Kind: timeline.KindEvent, Date: "2020-03", DateFrom: "text"})
	}
	for i := range events {
		events[i].Ord = i
	}
	tl, err := timeline.Build(context.Background(), events, sources, testToday)
	if err != nil {
		panic(err) // a background context never ends
	}
	return tl
}

// differentPixels counts the pixels where a and b differ by more than a
// little in any channel: anti-aliasing may change, the drawing may not.
func differentPixels(a, b image.Image) int {
	n := 0
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			for _, d := range []int{int(r1) - int(r2), int(g1) - int(g2), int(b1) - int(b2)} {
				if d > 0x3000 || d < -0x3000 {
					n++
					break
				}
			}
		}
	}
	return n
}

// The chart looks as reviewed: readable on a phone, numbers at their
// points, full titles in the key. Rewrite the images with -update after
// a deliberate change, and look at them.
func TestChartMatchesGoldenImages(t *testing.T) {
	for _, tt := range []struct {
		name   string
		lang   string
		troops bool
	}{{"troops-de", "de", true}, {"events-en", "en", false}} {
		t.Run(tt.name, func(t *testing.T) {
			data, err := renderChart(fixtureTimeline(tt.troops), tt.troops, testToday, wordingBot(t).chartText(tt.lang))
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "chart-"+tt.name+".png")
			if *updateGolden {
				if err := os.WriteFile(golden, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			got, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			wantImg, err := png.Decode(bytes.NewReader(want))
			if err != nil {
				t.Fatal(err)
			}
			if got.Bounds() != wantImg.Bounds() {
				t.Fatalf("chart is %v, golden %v", got.Bounds(), wantImg.Bounds())
			}
			total := got.Bounds().Dx() * got.Bounds().Dy()
			if n := differentPixels(got, wantImg); n > total/200 {
				os.WriteFile(filepath.Join(t.TempDir(), "got.png"), data, 0o644)
				t.Errorf("%d of %d pixels differ from %s (tolerance 0.5%%)", n, total, golden)
			}
		})
	}
}

// The chart is 800 pixels wide, as high as its key needs, and small:
// Discord takes attachments of up to 10 MiB, a phone on a slow line
// should not wait for the image.
func TestChartSize(t *testing.T) {
	for _, lang := range []string{"de", "en"} {
		for _, topic := range []timeline.Topic{timeline.TopicTroops, timeline.TopicAll, timeline.TopicDeadline} {
			tl := corpusTimeline(t, topic)
			data, err := renderChart(tl, topic == timeline.TopicTroops, testToday, wordingBot(t).chartText(lang))
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s %s: not a PNG: %v", lang, topic, err)
			}
			b := img.Bounds()
			most := plotHeight + keyHeight(make([][2]string, maxKeyEntries*keyMaxLines+1))
			if b.Dx() != chartWidth || b.Dy() < plotHeight || b.Dy() > most {
				t.Errorf("%s %s: %dx%d, want %d wide and %d to %d high", lang, topic, b.Dx(), b.Dy(), chartWidth, plotHeight, most)
			}
			if len(data) > 256<<10 {
				t.Errorf("%s %s: %d bytes, want at most 256 KiB", lang, topic, len(data))
			}
			if n := inked(img); n < b.Dx()*b.Dy()/50 {
				t.Errorf("%s %s: only %d pixels drawn", lang, topic, n)
			}
		}
	}
}

// inked counts the pixels that are not white: a chart that draws its data
// has many.
func inked(img image.Image) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, g, bl, _ := img.At(x, y).RGBA(); r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				n++
			}
		}
	}
	return n
}

func TestKeyWrapsFullTitles(t *testing.T) {
	txt := wordingBot(t).chartText("de")
	long := "Irakischer Premierminister berät mit US-Verteidigungsministerium über Abzug der Koalitionstruppen und die Zukunft der Mission"
	lines := keyLines([]keyEntry{{1, "2.500 · Irak · Juli 2024 — " + long}}, txt)
	if len(lines) != 2 || lines[0][0] != "1" || lines[1][0] != "" {
		t.Fatalf("key = %q, want the entry on two lines", lines)
	}
	joined := lines[0][1] + " " + lines[1][1]
	if !bytes.Contains([]byte(joined), []byte("Koalitionstruppen")) {
		t.Errorf("key %q lost the title", joined)
	}
	var many []keyEntry
	for i := range 11 {
		many = append(many, keyEntry{i + 1, "kurz"})
	}
	if lines := keyLines(many, txt); len(lines) != maxKeyEntries+1 || lines[maxKeyEntries][1] == "" {
		t.Errorf("key of 11 = %q, want %d entries and a line for the rest", lines, maxKeyEntries)
	}
}

func TestNoChartWithoutDatedEvents(t *testing.T) {
	data, err := renderChart(timeline.Timeline{}, false, testToday, wordingBot(t).chartText("de"))
	if err != nil || data != nil {
		t.Errorf("renderChart(empty) = %d bytes, %v; want none", len(data), err)
	}
}

func BenchmarkChart(b *testing.B) {
	for _, topic := range []timeline.Topic{timeline.TopicTroops, timeline.TopicAll} {
		tl := corpusTimeline(b, topic)
		txt := wordingBot(b).chartText("de")
		b.Run(string(topic), func(b *testing.B) {
			for b.Loop() {
				if _, err := renderChart(tl, topic == timeline.TopicTroops, testToday, txt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// An axis that reaches back before the common era keeps at most five
// labels and writes its years as the reader does.
func TestTimeTicksBeforeTheCommonEra(t *testing.T) {
	for lang, want := range map[string]string{"de": "v. Chr.", "en": "BC"} {
		ticks := timeTicks{year: func(y int) string { return axisYear(lang, y) }}
		lo := unix(time.Date(-246, time.January, 1, 0, 0, 0, 0, time.UTC)) // 247 BC
		hi := unix(testToday)
		got := ticks.Ticks(lo, hi)
		var labels []string
		for _, tk := range got {
			if tk.Label != "" {
				labels = append(labels, tk.Label)
			}
		}
		if len(labels) == 0 || len(labels) > 6 || len(got) > 60 {
			t.Errorf("%s: %d ticks, labels %q; want a few of each", lang, len(got), labels)
		}
		if !strings.Contains(strings.Join(labels, " "), want) {
			t.Errorf("%s: labels %q, none before the common era", lang, labels)
		}
	}
	if got := axisYear("de", -246); got != "247 v. Chr." {
		t.Errorf("axisYear(de, -246) = %q, want 247 v. Chr.", got)
	}
	if got := axisYear("en", 0); got != "1 BC" {
		t.Errorf("axisYear(en, 0) = %q, want 1 BC", got)
	}
	if got := axisYear("en", 2024); got != "2024" {
		t.Errorf("axisYear(en, 2024) = %q", got)
	}
	if first, ok := rangeEnd("BC0216", true); !ok || first.Year() != -215 {
		t.Errorf("rangeEnd(BC0216) = %v, %v; want 216 BC", first, ok)
	}
}
