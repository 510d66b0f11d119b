package bot

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"math"
	"sort"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/quellen/quellen/retrieval/timeline"
)

// The chart has a fixed size, so that a timeline message looks the same
// every time.
const (
	chartWidth  = 800
	chartHeight = 400
	chartDPI    = 96
	chartFile   = "timeline.png"
)

// chartText is what a chart says, in its reader's language.
type chartText struct {
	troopsTitle, troopsAxis, eventsTitle, today string
	kind                                        func(kind string) string         // a lane's name
	date                                        func(ev timeline.Event) string   // a deadline's label
	count                                       func(n int64) string             // a figure, grouped as the reader writes it
	source                                      func(c timeline.Citation) string // a point's label
}

// renderChart draws the dated events of tl as a PNG: for troops, the troop
// levels over time, a line per place and a point per figure labelled with
// its source; otherwise a time axis with a lane per kind of event, ranges
// as bars and today marked. It returns nil when nothing is dated.
func renderChart(tl timeline.Timeline, troops bool, today time.Time, txt chartText) ([]byte, error) {
	if len(tl.Events) == 0 {
		return nil, nil
	}
	p := plot.New()
	p.X.Tick.Marker = timeTicks{}
	p.Legend.Top = true
	p.Legend.Left = true
	var err error
	if troops {
		err = drawTroops(p, tl.Events, txt)
	} else {
		err = drawEvents(p, tl.Events, today, txt)
	}
	if err != nil {
		return nil, err
	}
	c := vgimg.NewWith(vgimg.UseImage(image.NewRGBA(image.Rect(0, 0, chartWidth, chartHeight))), vgimg.UseDPI(chartDPI))
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("encode chart: %w", err)
	}
	return buf.Bytes(), nil
}

// unix places a time on the chart's x axis.
func unix(t time.Time) float64 { return float64(t.Unix()) }

// middle is the middle of the days an event's date covers.
func middle(ev timeline.Event) time.Time {
	first, last, _ := ev.Span()
	return first.Add(last.AddDate(0, 0, 1).Sub(first) / 2)
}

// padX widens the x axis to at least a year, by a twentieth on the left and
// by a label's width on the right, so that points at its ends and their
// labels stay on the chart.
func padX(p *plot.Plot, lo, hi float64) {
	span := math.Max(hi-lo, 365*24*3600)
	mid := (lo + hi) / 2
	lo, hi = mid-span*0.525, mid+span*0.525
	p.X.Min, p.X.Max = lo, hi+(hi-lo)*labelWidth/(chartWidth-2*labelWidth)
}

func drawTroops(p *plot.Plot, events []timeline.Event, txt chartText) error {
	p.Title.Text = txt.troopsTitle
	p.Y.Label.Text = txt.troopsAxis
	p.Y.Tick.Marker = countTicks{format: txt.count}
	byPlace := make(map[string][]timeline.Event)
	lo, hi, top := math.Inf(1), math.Inf(-1), 0.0
	for _, ev := range events {
		n, ok := ev.Figure()
		if !ok {
			continue
		}
		byPlace[ev.Place] = append(byPlace[ev.Place], ev)
		x := unix(middle(ev))
		lo, hi, top = math.Min(lo, x), math.Max(hi, x), math.Max(top, float64(n))
	}
	if len(byPlace) == 0 {
		return nil
	}
	places := make([]string, 0, len(byPlace))
	for place := range byPlace {
		places = append(places, place)
	}
	sort.Strings(places)
	p.Y.Min, p.Y.Max = 0, top*1.3
	padX(p, lo, hi)
	var all plotter.XYs
	var labels []string
	for i, place := range places {
		list := byPlace[place]
		xys := make(plotter.XYs, len(list))
		for k, ev := range list {
			n, _ := ev.Figure()
			xys[k] = plotter.XY{X: unix(middle(ev)), Y: float64(n)}
			labels = append(labels, txt.source(ev.Citations[0]))
		}
		all = append(all, xys...)
		line, points, err := plotter.NewLinePoints(xys)
		if err != nil {
			return fmt.Errorf("chart: %w", err)
		}
		line.Color = plotutil.Color(i)
		points.Color, points.Shape, points.Radius = plotutil.Color(i), plotutil.Shape(i), vg.Points(4)
		p.Add(line, points)
		if place == "" {
			place = "–"
		}
		p.Legend.Add(place, line, points)
	}
	return addLabels(p, all, labels)
}

// Labels are about this wide and high, in pixels of the chart.
const labelWidth, labelHeight = 120, 11

// addLabels writes labels beside points, stacking those that would
// overlap: a label moves up a line for every earlier one that is too near.
func addLabels(p *plot.Plot, xys plotter.XYs, labels []string) error {
	order := make([]int, len(xys))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return xys[order[a]].X < xys[order[b]].X })
	xGap := (p.X.Max - p.X.Min) * labelWidth / chartWidth
	yGap := (p.Y.Max - p.Y.Min) * labelHeight / chartHeight * 1.3
	levels := make(map[int][]int) // level → points
	placed := make([]struct{ x, y float64 }, 0, len(xys))
	seen := make(map[string]plotter.XY) // label → the point it was placed at
	for _, i := range order {
		if at, ok := seen[labels[i]]; ok && xys[i].X-at.X < xGap/4 && math.Abs(xys[i].Y-at.Y) < yGap/4 {
			continue // the same label for the same point, stated twice
		}
		seen[labels[i]] = xys[i]
		level := 0
		for _, q := range placed {
			if xys[i].X-q.x < xGap && math.Abs(xys[i].Y+float64(level)*yGap-q.y) < yGap {
				level++
			}
		}
		placed = append(placed, struct{ x, y float64 }{xys[i].X, xys[i].Y + float64(level)*yGap})
		levels[level] = append(levels[level], i)
	}
	for level, points := range levels {
		var at plotter.XYs
		var text []string
		for _, i := range points {
			at = append(at, xys[i])
			text = append(text, labels[i])
		}
		names, err := plotter.NewLabels(plotter.XYLabels{XYs: at, Labels: text})
		if err != nil {
			return fmt.Errorf("chart: %w", err)
		}
		for k := range names.TextStyle {
			names.TextStyle[k].Font.Size = vg.Points(7)
			names.TextStyle[k].Color = color.Gray{Y: 0x30}
		}
		names.Offset = vg.Point{X: vg.Points(5), Y: vg.Points(4) + vg.Length(level)*vg.Points(labelHeight*72/chartDPI*1.3)}
		p.Add(names)
	}
	return nil
}

// laneOrder lists the kinds of events from the bottom lane up.
var laneOrder = []string{timeline.KindEvent, timeline.KindTalks, timeline.KindTroops, timeline.KindDeadline}

func drawEvents(p *plot.Plot, events []timeline.Event, today time.Time, txt chartText) error {
	p.Title.Text = txt.eventsTitle
	byKind := make(map[string][]timeline.Event)
	lo, hi := unix(today), unix(today)
	for _, ev := range events {
		byKind[ev.Kind] = append(byKind[ev.Kind], ev)
		first, last, _ := ev.Span()
		lo, hi = math.Min(lo, unix(first)), math.Max(hi, unix(last))
	}
	var ticks plot.ConstantTicks
	var deadlines plotter.XYs
	var deadlineLabels []string
	for _, kind := range laneOrder {
		list := byKind[kind]
		if len(list) == 0 {
			continue
		}
		y := float64(len(ticks))
		ticks = append(ticks, plot.Tick{Value: y, Label: txt.kind(kind)})
		colour := plotutil.Color(len(ticks) - 1)
		xys := make(plotter.XYs, len(list))
		for k, ev := range list {
			xys[k] = plotter.XY{X: unix(middle(ev)), Y: y}
			if kind == timeline.KindDeadline {
				deadlines = append(deadlines, xys[k])
				deadlineLabels = append(deadlineLabels, txt.date(ev))
			}
			if err := drawRange(p, ev, y, colour); err != nil {
				return err
			}
		}
		points, err := plotter.NewScatter(xys)
		if err != nil {
			return fmt.Errorf("chart: %w", err)
		}
		points.Color, points.Radius, points.Shape = colour, vg.Points(4), draw.RingGlyph{}
		if kind == timeline.KindDeadline {
			points.Shape, points.Radius = draw.TriangleGlyph{}, vg.Points(5)
		}
		p.Add(points)
	}
	p.Y.Tick.Marker = ticks
	p.Y.Min, p.Y.Max = -0.6, float64(len(ticks))+0.2
	padX(p, lo, hi)
	if err := addLabels(p, deadlines, deadlineLabels); err != nil {
		return err
	}
	now, err := plotter.NewLine(plotter.XYs{{X: unix(today), Y: p.Y.Min}, {X: unix(today), Y: p.Y.Max}})
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	now.Color = color.RGBA{R: 0xc5, G: 0x30, B: 0x30, A: 0xff}
	now.Dashes = []vg.Length{vg.Points(3), vg.Points(3)}
	p.Add(now)
	p.Legend.Add(txt.today, now)
	return nil
}

// drawRange draws a range ("zwischen September 2025 und September 2026")
// as a bar along its lane.
func drawRange(p *plot.Plot, ev timeline.Event, y float64, colour color.Color) error {
	if ev.RangeStart == "" || ev.RangeEnd == "" {
		return nil
	}
	first, firstOK := rangeEnd(ev.RangeStart, true)
	last, lastOK := rangeEnd(ev.RangeEnd, false)
	if !firstOK || !lastOK {
		return nil
	}
	bar, err := plotter.NewLine(plotter.XYs{{X: unix(first), Y: y}, {X: unix(last), Y: y}})
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	bar.Color, bar.Width = colour, vg.Points(3)
	p.Add(bar)
	return nil
}

// rangeEnd is the first (or last) day of a date value of a range.
func rangeEnd(value string, first bool) (time.Time, bool) {
	layouts := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}
	layout, ok := layouts[len(value)]
	if !ok {
		return time.Time{}, false
	}
	t, err := time.Parse(layout, value)
	if err != nil || first {
		return t, err == nil
	}
	switch len(value) {
	case 4:
		return t.AddDate(1, 0, -1), true
	case 7:
		return t.AddDate(0, 1, -1), true
	}
	return t, true
}

// timeTicks marks years on an axis of Unix seconds: every year, or every
// second, fifth or tenth when the axis spans many; months when it spans
// less than two years.
type timeTicks struct{}

func (timeTicks) Ticks(lo, hi float64) []plot.Tick {
	start, end := time.Unix(int64(lo), 0).UTC(), time.Unix(int64(hi), 0).UTC()
	var ticks []plot.Tick
	if years := end.Year() - start.Year(); years >= 2 {
		step := 1
		for _, s := range []int{1, 2, 5, 10, 20, 50, 100} {
			step = s
			if years/s <= 8 {
				break
			}
		}
		for y := start.Year(); y <= end.Year(); y++ {
			at := unix(time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC))
			if at < lo || at > hi {
				continue
			}
			label := ""
			if y%step == 0 {
				label = fmt.Sprint(y)
			}
			ticks = append(ticks, plot.Tick{Value: at, Label: label})
		}
		return ticks
	}
	for m := time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC); !m.After(end); m = m.AddDate(0, 1, 0) {
		at := unix(m)
		if at < lo {
			continue
		}
		label := ""
		if (m.Month()-1)%3 == 0 {
			label = m.Format("2006-01")
		}
		ticks = append(ticks, plot.Tick{Value: at, Label: label})
	}
	return ticks
}

// countTicks are the default ticks with their figures grouped as the
// reader writes them.
type countTicks struct{ format func(int64) string }

func (c countTicks) Ticks(lo, hi float64) []plot.Tick {
	ticks := plot.DefaultTicks{}.Ticks(lo, hi)
	for i := range ticks {
		if ticks[i].Label != "" {
			ticks[i].Label = c.format(int64(math.Round(ticks[i].Value)))
		}
	}
	return ticks
}
