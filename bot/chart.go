package bot

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	imagedraw "image/draw"
	"image/png"
	"math"
	"sort"
	"strings"
	"time"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/quellen/quellen/retrieval/timeline"
)

// The chart is the timeline embed's image. Discord shows an embed image
// about 330 points wide on a phone and 400 on a desktop, so the chart is
// 800 pixels wide and its smallest text 19 points at 96 dpi (25 pixels):
// on a phone about 10 points, like the embed's own text. Its background is
// opaque white with near-black text, which reads the same in Discord's
// light and dark themes. Points carry numbers, not text, so no label can
// drift from its point or collide with another; the numbers are explained
// below the plot with each source's full title.
const (
	chartWidth    = 800 // pixels
	plotHeight    = 460 // pixels of the plot above the key
	chartDPI      = 96
	chartFile     = "timeline.png"
	maxKeyEntries = 8 // numbered points; later ones are counted in one line

	titleSize = 22 // points
	textSize  = 19
	keySize   = 18
)

// Colours: near-black text, light grey rules, a red "today", and the
// Okabe–Ito palette, told apart also by colour-blind readers, on white.
const (
	chartInk   = 0x1f2328
	chartGrid  = 0xd8dce0
	chartToday = 0xc01c28
)

// rgb is a colour from its hexadecimal value.
func rgb(hex uint32) color.RGBA {
	return color.RGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 0xff}
}

// chartColour is the colour of the i-th line or lane.
func chartColour(i int) color.Color {
	palette := [...]uint32{
		0x0072b2, // blue
		0xd55e00, // vermillion
		0x009e73, // bluish green
		0xcc79a7, // reddish purple
		0xe69f00, // orange
		0x56b4e9, // sky blue
	}
	return rgb(palette[i%len(palette)])
}

// chartText is what a chart says, in its reader's language.
type chartText struct {
	troopsTitle, troopsAxis, eventsTitle, today string
	kind                                        func(kind string) string       // a lane's name
	date                                        func(ev timeline.Event) string // an event's date
	count                                       func(n int64) string           // a figure, grouped as the reader writes it
	more                                        func(n int) string             // "+3 more in the list"
	year                                        func(y int) string             // an axis year, astronomical (0 is 1 BC)
}

// sans is the chart's typeface at size points.
func sans(size float64, bold bool) font.Font {
	f := font.Font{Typeface: "Liberation", Variant: "Sans", Size: vg.Points(size)}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return f
}

func textStyle(size float64, bold bool) text.Style {
	return text.Style{Color: rgb(chartInk), Font: sans(size, bold), Handler: plot.DefaultTextHandler}
}

// keyEntry explains one numbered point below the plot.
type keyEntry struct {
	n    int
	text string
}

// renderChart draws the dated events of tl as a PNG: for troops, the troop
// levels over time, a line per place and a numbered point per figure; else
// a time axis with a lane per kind of event, ranges as bars, numbered
// deadlines and today marked. The numbers are explained below the plot. It
// returns nil when nothing is dated.
func renderChart(tl timeline.Timeline, troops bool, today time.Time, txt chartText) ([]byte, error) {
	if len(tl.Events) == 0 {
		return nil, nil
	}
	p := plot.New()
	styleChart(p, txt)
	var keys []keyEntry
	var err error
	if troops {
		keys, err = drawTroops(p, tl.Events, txt)
	} else {
		keys, err = drawEvents(p, tl.Events, today, txt)
	}
	if err != nil {
		return nil, err
	}
	lines := keyLines(keys, txt)
	c := vgimg.NewWith(vgimg.UseImage(image.NewRGBA(image.Rect(0, 0, chartWidth, plotHeight+keyHeight(lines)))), vgimg.UseDPI(chartDPI))
	key := vg.Length(keyHeight(lines)) * vg.Inch / chartDPI
	p.Draw(draw.Crop(draw.New(c), vg.Points(6), -vg.Points(6), key, 0))
	img, ok := c.Image().(*image.RGBA)
	if !ok {
		return nil, fmt.Errorf("chart: the canvas is a %T, not RGBA", c.Image())
	}
	drawKey(img, lines, plotHeight)

	// Fast compression: the default level takes four times as long for a
	// file a fifth smaller.
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encode chart: %w", err)
	}
	return buf.Bytes(), nil
}

// styleChart sets the chart's fonts, colours and line widths.
func styleChart(p *plot.Plot, txt chartText) {
	// Only fonts and colours change: plot.New's alignments stay.
	restyle := func(s *text.Style, size float64, bold bool) {
		s.Font, s.Color = sans(size, bold), rgb(chartInk)
	}
	p.BackgroundColor = color.White
	restyle(&p.Title.TextStyle, titleSize, true)
	p.Title.Padding = vg.Points(12)
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Color = rgb(chartInk)
		ax.LineStyle.Width = vg.Points(1.5)
		restyle(&ax.Label.TextStyle, textSize, false)
		restyle(&ax.Tick.Label, textSize, false)
		ax.Tick.LineStyle.Color = rgb(chartInk)
		ax.Tick.LineStyle.Width = vg.Points(1.5)
		ax.Tick.Length = vg.Points(6)
	}
	p.X.Tick.Marker = timeTicks{year: txt.year}
	restyle(&p.Legend.TextStyle, textSize, false)
	p.Legend.Top, p.Legend.Left = true, true
	p.Legend.XOffs = vg.Points(12)
	p.Legend.ThumbnailWidth = vg.Points(30)
	p.Legend.Padding = vg.Points(4)
}

// keyFace is the key's typeface, drawn straight onto the image: text the
// plot library draws goes through a transform per glyph, which for a key
// of full titles took most of the chart's time.
func keyFace(bold bool) xfont.Face {
	f := sans(keySize, bold)
	face := font.DefaultCache.Lookup(f, f.Size)
	return face.FontFace(chartDPI)
}

// Key geometry, in pixels.
const (
	keyNumberRight = 54 // numbers end here
	keyTextLeft    = 66 // texts start here
	keyRightMargin = 20 // texts end this far from the right edge
	keyLineHeight  = 31 // baseline to baseline
	keyTopPadding  = 14 // from the rule to the first line's top
	keyBottom      = 12 // below the last line
	keyRuleInset   = 16 // the rule's ends from the edges
	keyMaxLines    = 2  // lines of one entry
	keyAscent      = 20 // from a line's top to its baseline, roughly
)

// keyLines wraps the key's entries to the chart's width: each number at
// the left, its text beside it on at most two lines.
func keyLines(keys []keyEntry, txt chartText) [][2]string {
	var lines [][2]string
	face := keyFace(false)
	defer face.Close()
	room := fixed.I(chartWidth - keyTextLeft - keyRightMargin)
	shown := keys[:min(len(keys), maxKeyEntries)]
	for _, k := range shown {
		for i, line := range wrap(k.text, room, face, keyMaxLines) {
			number := ""
			if i == 0 {
				number = fmt.Sprint(k.n)
			}
			lines = append(lines, [2]string{number, line})
		}
	}
	if rest := len(keys) - len(shown); rest > 0 {
		lines = append(lines, [2]string{"", txt.more(rest)})
	}
	return lines
}

// wrap breaks s into at most maxLines lines no wider than room, cutting
// the last at a word with "…" when the text goes on.
func wrap(s string, room fixed.Int26_6, face xfont.Face, maxLines int) []string {
	width := func(s string) fixed.Int26_6 { return xfont.MeasureString(face, s) }
	var lines []string
	line := ""
	words := strings.Fields(s)
	for _, w := range words {
		candidate := strings.TrimSpace(line + " " + w)
		if width(candidate) <= room || line == "" {
			line = candidate
			continue
		}
		if len(lines) == maxLines-1 {
			// The last line: cut it and say so.
			for line != "" && width(line+" …") > room {
				cut := strings.LastIndexByte(line, ' ')
				if cut < 0 {
					line = ""
					break
				}
				line = line[:cut]
			}
			return append(lines, strings.TrimSpace(line+" …"))
		}
		lines = append(lines, line)
		line = w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// keyHeight is the height in pixels the key's lines take.
func keyHeight(lines [][2]string) int {
	if len(lines) == 0 {
		return 0
	}
	return keyTopPadding + len(lines)*keyLineHeight + keyBottom
}

// drawKey writes the key's lines below the plot, which ends at top.
func drawKey(img *image.RGBA, lines [][2]string, top int) {
	if len(lines) == 0 {
		return
	}
	grid := image.NewUniform(rgb(chartGrid))
	imagedraw.Draw(img, image.Rect(keyRuleInset, top, chartWidth-keyRuleInset, top+1), grid, image.Point{}, imagedraw.Src)
	bold, regular := keyFace(true), keyFace(false)
	defer bold.Close()
	defer regular.Close()
	ink := image.NewUniform(rgb(chartInk))
	baseline := top + keyTopPadding + keyAscent
	for _, l := range lines {
		if l[0] != "" {
			d := xfont.Drawer{Dst: img, Src: ink, Face: bold}
			d.Dot = fixed.P(keyNumberRight, baseline)
			d.Dot.X -= d.MeasureString(l[0])
			d.DrawString(l[0])
		}
		d := xfont.Drawer{Dst: img, Src: ink, Face: regular, Dot: fixed.P(keyTextLeft, baseline)}
		d.DrawString(l[1])
		baseline += keyLineHeight
	}
}

// unix places a time on the chart's x axis.
func unix(t time.Time) float64 { return float64(t.Unix()) }

// middle is the middle of the days an event's date covers.
func middle(ev timeline.Event) time.Time {
	first, last, _ := ev.Span()
	return first.Add(last.AddDate(0, 0, 1).Sub(first) / 2)
}

// padX widens the x axis to at least a year, and a little on each side,
// so that points at its ends and their numbers stay on the chart.
func padX(p *plot.Plot, lo, hi float64) {
	span := math.Max(hi-lo, 365*24*3600)
	mid := (lo + hi) / 2
	p.X.Min, p.X.Max = mid-span*0.56, mid+span*0.56
}

// numberStyle is the style of a point's number.
func numberStyle(colour color.Color, above bool) text.Style {
	s := textStyle(textSize, true)
	s.Color = colour
	s.XAlign = text.XCenter
	s.YAlign = text.YBottom
	if !above {
		s.YAlign = text.YTop
	}
	return s
}

// numberedPoint is a point to number, with its colour.
type numberedPoint struct {
	plotter.XY
	colour color.Color
}

// addNumbers writes 1, 2, … beside points in x order: above the point,
// or below it where the number above would touch the previous one.
func addNumbers(p *plot.Plot, points []numberedPoint, radius vg.Length) error {
	// How far apart two numbers must be, in the axes' units.
	xGap := (p.X.Max - p.X.Min) * 44 / chartWidth
	yGap := (p.Y.Max - p.Y.Min) * 34 / plotHeight
	var above, below []plotter.XY
	var aboveText, belowText []string
	var aboveStyle, belowStyle []text.Style
	for i, pt := range points {
		clash := false
		for _, q := range above {
			if math.Abs(pt.X-q.X) < xGap && math.Abs(pt.Y-q.Y) < yGap {
				clash = true
			}
		}
		label := fmt.Sprint(i + 1)
		if clash {
			below, belowText, belowStyle = append(below, pt.XY), append(belowText, label), append(belowStyle, numberStyle(pt.colour, false))
		} else {
			above, aboveText, aboveStyle = append(above, pt.XY), append(aboveText, label), append(aboveStyle, numberStyle(pt.colour, true))
		}
	}
	for _, side := range []struct {
		xys    plotter.XYs
		labels []string
		styles []text.Style
		dy     vg.Length
	}{{above, aboveText, aboveStyle, radius + vg.Points(3)}, {below, belowText, belowStyle, -radius - vg.Points(3)}} {
		if len(side.xys) == 0 {
			continue
		}
		l, err := plotter.NewLabels(plotter.XYLabels{XYs: side.xys, Labels: side.labels})
		if err != nil {
			return fmt.Errorf("chart: %w", err)
		}
		l.TextStyle = side.styles
		l.Offset = vg.Point{Y: side.dy}
		p.Add(l)
	}
	return nil
}

func drawTroops(p *plot.Plot, events []timeline.Event, txt chartText) ([]keyEntry, error) {
	p.Title.Text = txt.troopsTitle
	p.Y.Label.Text = txt.troopsAxis
	p.Y.Tick.Marker = countTicks{format: txt.count}
	// One line per force and place; caps, movements, totals, casualties
	// and orders of magnitude are no level and stay off the chart (the
	// list beside it names them).
	byPlace := make(map[string][]timeline.Event)
	var figures []timeline.Event
	lo, hi, top := math.Inf(1), math.Inf(-1), 0.0
	for _, ev := range events {
		n, ok := ev.Figure()
		if !ok || !ev.Level() {
			continue
		}
		byPlace[ev.Series()] = append(byPlace[ev.Series()], ev)
		figures = append(figures, ev)
		x := unix(middle(ev))
		lo, hi, top = math.Min(lo, x), math.Max(hi, x), math.Max(top, float64(n))
	}
	if len(byPlace) == 0 {
		return nil, nil
	}
	places := make([]string, 0, len(byPlace))
	for place := range byPlace {
		places = append(places, place)
	}
	sort.Strings(places)
	// The top third stays free for the legend.
	p.Y.Min, p.Y.Max = 0, top*1.45
	padX(p, lo, hi)
	grid := plotter.NewGrid()
	grid.Vertical.Width = 0
	grid.Horizontal.Color, grid.Horizontal.Width = rgb(chartGrid), vg.Points(1)
	p.Add(grid)
	radius := vg.Points(5)
	colourOf := make(map[string]color.Color, len(places))
	for i, place := range places {
		colour := chartColour(i)
		colourOf[place] = colour
		list := byPlace[place]
		xys := make(plotter.XYs, len(list))
		for k, ev := range list {
			n, _ := ev.Figure()
			xys[k] = plotter.XY{X: unix(middle(ev)), Y: float64(n)}
		}
		line, points, err := plotter.NewLinePoints(xys)
		if err != nil {
			return nil, fmt.Errorf("chart: %w", err)
		}
		line.Color, line.Width = colour, vg.Points(2.5)
		points.Color, points.Shape, points.Radius = colour, draw.CircleGlyph{}, radius
		p.Add(line, points)
		if place == "" {
			place = "–"
		}
		p.Legend.Add(place, line, points)
	}
	sort.SliceStable(figures, func(a, b int) bool { return unix(middle(figures[a])) < unix(middle(figures[b])) })
	var numbered []numberedPoint
	var keys []keyEntry
	for i, ev := range figures {
		n, _ := ev.Figure()
		numbered = append(numbered, numberedPoint{plotter.XY{X: unix(middle(ev)), Y: float64(n)}, colourOf[ev.Series()]})
		entry := txt.count(n)
		if s := ev.Series(); s != "" {
			entry += " · " + s
		}
		keys = append(keys, keyEntry{n: i + 1, text: entry + " · " + txt.date(ev) + " — " + sourceName(ev)})
	}
	return keys, addNumbers(p, numbered, radius)
}

// sourceName is the full title of an event's source, with its outlet.
func sourceName(ev timeline.Event) string {
	c := ev.Citations[0]
	name := strings.Join(strings.Fields(c.Title), " ")
	if c.Outlet != "" {
		name += " (" + strings.Join(strings.Fields(c.Outlet), " ") + ")"
	}
	if more := len(ev.Citations) - 1; more > 0 {
		name += fmt.Sprintf(" +%d", more)
	}
	return name
}

// laneOrder lists the kinds of events from the bottom lane up.
func laneOrder() []string {
	return []string{timeline.KindEvent, timeline.KindTalks, timeline.KindTroops, timeline.KindDeadline}
}

func drawEvents(p *plot.Plot, events []timeline.Event, today time.Time, txt chartText) ([]keyEntry, error) {
	p.Title.Text = txt.eventsTitle
	byKind := make(map[string][]timeline.Event)
	lo, hi := unix(today), unix(today)
	for _, ev := range events {
		byKind[ev.Kind] = append(byKind[ev.Kind], ev)
		first, last, _ := ev.Span()
		lo, hi = math.Min(lo, unix(first)), math.Max(hi, unix(last))
	}
	var ticks plot.ConstantTicks
	var numbered []numberedPoint
	var keys []keyEntry
	radius := vg.Points(6)
	for _, kind := range laneOrder() {
		list := byKind[kind]
		if len(list) == 0 {
			continue
		}
		y := float64(len(ticks))
		ticks = append(ticks, plot.Tick{Value: y, Label: txt.kind(kind)})
		colour := chartColour(len(ticks) - 1)
		xys := make(plotter.XYs, len(list))
		for k, ev := range list {
			xys[k] = plotter.XY{X: unix(middle(ev)), Y: y}
			if kind == timeline.KindDeadline {
				numbered = append(numbered, numberedPoint{xys[k], colour})
				keys = append(keys, keyEntry{n: len(keys) + 1, text: txt.date(ev) + " — " + sourceName(ev)})
			}
			if err := drawRange(p, ev, y, colour); err != nil {
				return nil, err
			}
		}
		points, err := plotter.NewScatter(xys)
		if err != nil {
			return nil, fmt.Errorf("chart: %w", err)
		}
		points.Color, points.Radius, points.Shape = colour, radius, draw.CircleGlyph{}
		if kind == timeline.KindDeadline {
			points.Shape, points.Radius = draw.PyramidGlyph{}, vg.Points(7)
		}
		p.Add(points)
	}
	p.Y.Tick.Marker = ticks
	p.Y.Min, p.Y.Max = -0.6, float64(len(ticks))-0.2
	padX(p, lo, hi)
	now, err := plotter.NewLine(plotter.XYs{{X: unix(today), Y: p.Y.Min}, {X: unix(today), Y: p.Y.Max}})
	if err != nil {
		return nil, fmt.Errorf("chart: %w", err)
	}
	now.Color, now.Width = rgb(chartToday), vg.Points(2)
	now.Dashes = []vg.Length{vg.Points(6), vg.Points(4)}
	p.Add(now)
	p.Legend.Add(txt.today, now)
	return keys, addNumbers(p, numbered, vg.Points(7))
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
	bar.Color, bar.Width = colour, vg.Points(5)
	p.Add(bar)
	return nil
}

// rangeEnd is the first (or last) day of a date value of a range.
func rangeEnd(value string, first bool) (time.Time, bool) {
	from, to, ok := timeline.Interval(value)
	if first {
		return from, ok
	}
	return to, ok
}

// timeTicks marks years on an axis of Unix seconds, labelled every year,
// second, fifth, tenth … thousandth so that at most five labels show, with
// a tick at a fifth of that step; months when it spans less than two
// years. year writes a label from an astronomical year (0 is 1 BC).
type timeTicks struct{ year func(int) string }

func (t timeTicks) Ticks(lo, hi float64) []plot.Tick {
	start, end := time.Unix(int64(lo), 0).UTC(), time.Unix(int64(hi), 0).UTC()
	var ticks []plot.Tick
	if years := end.Year() - start.Year(); years >= 2 {
		step := 1
		for _, s := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000} {
			step = s
			if years/s <= 5 {
				break
			}
		}
		minor := max(1, step/5)
		mod := func(y, m int) int { return ((y % m) + m) % m }
		for y := start.Year(); y <= end.Year(); y++ {
			if mod(y, minor) != 0 {
				continue
			}
			at := unix(time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC))
			if at < lo || at > hi {
				continue
			}
			label := ""
			if mod(y, step) == 0 {
				label = t.year(y)
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
		if (m.Month()-1)%6 == 0 {
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
