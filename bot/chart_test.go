package bot

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"log/slog"
	"testing"
	"time"

	"github.com/quellen/quellen/prompts"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/timeline"
)

var chartToday = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

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
	tl, err := eng.Timeline(context.Background(), retrieval.TimelineQuery{Topic: topic, Today: chartToday})
	if err != nil {
		t.Fatal(err)
	}
	return tl
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

func TestChartIsAPNGOfTheExpectedSize(t *testing.T) {
	for _, lang := range []string{"de", "en"} {
		for _, topic := range []timeline.Topic{timeline.TopicTroops, timeline.TopicAll, timeline.TopicDeadline} {
			tl := corpusTimeline(t, topic)
			data, err := renderChart(tl, topic == timeline.TopicTroops, chartToday, wordingBot(t).chartText(lang))
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s %s: not a PNG: %v", lang, topic, err)
			}
			if b := img.Bounds(); b.Dx() != chartWidth || b.Dy() != chartHeight {
				t.Errorf("%s %s: %dx%d, want %dx%d", lang, topic, b.Dx(), b.Dy(), chartWidth, chartHeight)
			}
			if n := inked(img); n < chartWidth*chartHeight/100 {
				t.Errorf("%s %s: only %d pixels drawn", lang, topic, n)
			}
		}
	}
}

func TestNoChartWithoutDatedEvents(t *testing.T) {
	data, err := renderChart(timeline.Timeline{}, false, chartToday, wordingBot(t).chartText("de"))
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
				if _, err := renderChart(tl, topic == timeline.TopicTroops, chartToday, txt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
