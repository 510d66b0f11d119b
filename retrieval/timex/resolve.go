package timex

import "fmt"

// resolver turns candidates into values, in text order, keeping the dates
// told so far for narrative anchoring.
type resolver struct {
	m         *matcher
	opt       Options
	lang      language
	published calDate // the publication date; prec is precNone when unknown
	told      []toldDate
	section   calDate // the year of the current section of a narrative
}

func newResolver(m *matcher, opt Options, lang language) *resolver {
	r := &resolver{m: m, opt: opt, lang: lang}
	if d, ok := parseCalDate(opt.Anchor); ok && d.String() == opt.Anchor {
		r.published = d
	}
	return r
}

// resolution is the value of one candidate.
type resolution struct {
	value                string
	kind                 Kind
	relative, unresolved bool
}

// resolve computes the value of c and records it as told. keep is false for
// candidates that their context rules out (a bare "Um 449" outside a story
// set before Christ).
func (r *resolver) resolve(c candidate, side bool) (resolution, bool) {
	s := c.spec
	if r.opt.Narrative && s.narrativeValue != "" {
		return resolution{value: s.narrativeValue, kind: KindRef}, true
	}
	switch s.kind {
	case KindDuration, KindSet, KindRef:
		return resolution{value: s.value, kind: s.kind}, true
	}
	res, keep := r.resolveDate(c)
	if !keep {
		return res, false
	}
	if res.unresolved {
		res.value = ""
	} else if d, ok := parseCalDate(res.value); ok {
		if r.opt.Narrative {
			r.noteHeading(c, d)
		}
		// The year of the section ("Westfront 1944/1945") is the story's
		// even where it reads like a side mention.
		r.told = append(r.told, toldDate{calDate: d, side: side && r.section.year != d.year})
	}
	return res, true
}

// anchor finds the date a relative expression counts from, at precision
// need or finer. Narrative text looks at the dates told so far, and so do
// expressions of the story or pointing back at it in news; the publication
// date serves when the text told none (but not for those pointing back).
func (r *resolver) anchor(need precision, kind anchorKind) (calDate, bool) {
	if r.opt.Narrative || kind != anchorNow {
		if d, ok := r.lastTold(need); ok {
			return d, true
		}
		if len(r.told) > 0 || !r.opt.Narrative && kind == anchorBack {
			return calDate{}, false
		}
	}
	if r.published.prec >= need {
		return r.published, true
	}
	return calDate{}, false
}

// anchorEra reports whether the story is set before Christ.
func (r *resolver) anchorBC() bool {
	a, ok := r.anchor(precYear, anchorNow)
	return ok && a.year < 0
}

func unresolvedAs(kind Kind) (resolution, bool) {
	return resolution{kind: kind, relative: true, unresolved: true}, true
}

func (r *resolver) resolveDate(c candidate) (resolution, bool) {
	s := c.spec
	d := s.date
	kind := KindDate
	if d.hasTime || d.pod != "" {
		kind = KindTime
	}
	switch {
	case d.hasCentury:
		return resolution{value: formatCentury(d.century, d.bc), kind: kind}, true
	case d.hasDecade:
		return r.resolveDecade(d)
	case d.ref != unitNone:
		return r.resolveShift(s, kind)
	case d.weekday != 0 && d.day == 0:
		return r.resolveWeekday(c, kind)
	}
	return r.resolveCalendar(c, kind)
}

func (r *resolver) resolveDecade(d dateSpec) (resolution, bool) {
	bc := d.bc
	relative := false
	decade := d.decade
	if d.eraFromAnchor {
		bc, relative = r.anchorBC(), true
	}
	if d.twoDigit {
		a, ok := r.anchor(precYear, anchorNow)
		if !ok {
			return unresolvedAs(KindDate)
		}
		y := a.year
		if y < 0 {
			y, bc = -y, true
		}
		decade, relative = y/100*10+d.decade, true
	}
	return resolution{value: formatDecade(decade, bc), kind: KindDate, relative: relative}, true
}

// resolveShift computes "zwei Tage später", "nächsten Jahres", "August
// desselben Jahres", "Ende des Monats", "letzte Woche".
func (r *resolver) resolveShift(s spec, kind Kind) (resolution, bool) {
	d := s.date
	need := precYear
	switch d.ref {
	case unitDay, unitWeek:
		need = precDay
	case unitMonth, unitQuarter, unitHalfYear:
		need = precMonth
	}
	a, ok := r.anchor(need, s.anchor)
	if !ok {
		return unresolvedAs(kind)
	}
	var value string
	switch d.ref {
	case unitDay:
		value = a.addDays(d.shift).String()
	case unitWeek:
		value = calDate{year: a.year, month: a.month, day: a.day, prec: precDay}.addDays(7 * d.shift).isoWeek()
		if d.weekend {
			value += "-WE"
		}
	case unitMonth:
		value = calDate{year: a.year, month: a.month, prec: precMonth}.addMonths(d.shift).String()
	case unitQuarter:
		q := (a.month-1)/3 + d.shift
		value = fmt.Sprintf("%s-Q%d", formatYear(a.year+floorDiv(q, 4)), q-floorDiv(q, 4)*4+1)
	case unitHalfYear:
		h := (a.month-1)/6 + d.shift
		value = fmt.Sprintf("%s-H%d", formatYear(a.year+floorDiv(h, 2)), h-floorDiv(h, 2)*2+1)
	default:
		if d.newYear && a.prec >= precMonth && a.month <= 6 {
			d.shift = 0
		}
		y := a.year + d.shift
		if !validYear(y) {
			return unresolvedAs(kind)
		}
		base := calDate{year: y, prec: precYear}
		// "August desselben Jahres", "8. Mai desselben Jahres", "Frühjahr des nächsten Jahres"
		if d.month > 0 || d.season != "" || d.half > 0 || d.quarter > 0 {
			d.year, d.hasYear, d.ref = y, true, unitNone
			res, keep := r.calendarValue(d, kind)
			res.relative = true
			return res, keep
		}
		value = base.String()
	}
	return resolution{value: value + timeSuffix(d), kind: kind, relative: true}, true
}

// timeSuffix writes the time or part of day of a date value.
func timeSuffix(d dateSpec) string {
	switch {
	case d.hasTime:
		return fmt.Sprintf("T%02d:%02d%s", d.hour, d.minute, d.timezone)
	case d.pod != "":
		return "T" + d.pod
	}
	return ""
}

// resolveWeekday picks the date of "am Montag": the last one up to the
// anchor, or the next one from it when the sentence speaks of the future
// or says "nächsten".
func (r *resolver) resolveWeekday(c candidate, kind Kind) (resolution, bool) {
	d := c.spec.date
	a, ok := r.anchor(precDay, c.spec.anchor)
	if !ok {
		return unresolvedAs(kind)
	}
	dir := d.weekdayDir
	delta := d.weekday - a.weekday()
	switch {
	case dir < 0 && delta >= 0:
		delta -= 7
	case dir > 0 && delta <= 0:
		delta += 7
	case dir == 0:
		if r.tense(c.start) > 0 {
			if delta < 0 {
				delta += 7
			}
		} else if delta > 0 {
			delta -= 7
		}
	}
	return resolution{value: a.addDays(delta).String() + timeSuffix(d), kind: kind, relative: true}, true
}

// resolveCalendar fills the year (and month) an explicit date leaves out
// from the anchor.
func (r *resolver) resolveCalendar(c candidate, kind Kind) (resolution, bool) {
	s := c.spec
	d := s.date
	relative := false
	switch {
	case d.hasYear && d.twoDigit:
		if a, ok := r.anchor(precYear, anchorNow); ok && a.year > 0 {
			d.year = a.year/100*100 + d.year
		} else if d.year < 50 {
			d.year += 2000
		} else {
			d.year += 1900
		}
		relative = true
	case d.hasYear && !d.eraGiven && d.year > 0 && d.year < 1000:
		if r.anchorBC() {
			d.year, relative = -d.year, true
		} else if s.onlyBC {
			return resolution{}, false
		}
	case d.hasYear:
	case d.month == 0 && d.day > 0:
		a, ok := r.anchor(precMonth, s.anchor)
		if !ok {
			return unresolvedAs(kind)
		}
		d.year, d.month, d.hasYear, relative = a.year, a.month, true, true
	case d.month > 0 || d.season != "" || d.half > 0 || d.quarter > 0 || d.week > 0 || d.movable:
		a, ok := r.anchor(precYear, s.anchor)
		if !ok {
			return unresolvedAs(kind)
		}
		d.year, d.hasYear, relative = a.year, true, true
		if !r.opt.Narrative && s.anchor == anchorNow && d.month > 0 && a.prec >= precMonth {
			switch t := r.tense(c.start); {
			case t > 0 && d.month < a.month:
				d.year++
			case t < 0 && d.month > a.month:
				d.year--
			}
		}
	default:
		return unresolvedAs(kind)
	}
	res, keep := r.calendarValue(d, kind)
	res.relative = res.relative || relative
	return res, keep
}

// calendarValue writes a date whose year is known.
func (r *resolver) calendarValue(d dateSpec, kind Kind) (resolution, bool) {
	if !validYear(d.year) {
		return unresolvedAs(kind)
	}
	var value string
	switch {
	case d.movable:
		if d.year < 1583 {
			return unresolvedAs(kind)
		}
		value = easter(d.year).addDays(d.easterOffset).String()
	case d.month > 0 && d.day > 0:
		if d.day > daysIn(d.year, d.month) {
			return unresolvedAs(kind)
		}
		value = calDate{year: d.year, month: d.month, day: d.day, prec: precDay}.String()
	case d.month > 0:
		value = calDate{year: d.year, month: d.month, prec: precMonth}.String()
	case d.season != "":
		value = formatYear(d.year) + "-" + d.season
	case d.half > 0:
		value = fmt.Sprintf("%s-H%d", formatYear(d.year), d.half)
	case d.quarter > 0:
		value = fmt.Sprintf("%s-Q%d", formatYear(d.year), d.quarter)
	case d.week > 0:
		value = fmt.Sprintf("%s-W%02d", formatYear(d.year), d.week)
	default:
		value = formatYear(d.year)
	}
	if d.day > 0 || d.movable {
		value += timeSuffix(d)
	}
	return resolution{value: value, kind: kind}, true
}

var (
	deFutureCues = map[string]bool{
		"wird": true, "werden": true, "wirst": true, "werde": true, "soll": true, "sollen": true,
		"will": true, "wollen": true, "plant": true, "planen": true, "geplant": true, "voraussichtlich": true,
		"künftig": true, "bevorstehenden": true, "anstehenden": true, "geplanten": true,
	}
	dePastCues = map[string]bool{
		"war": true, "waren": true, "hatte": true, "hatten": true, "wurde": true, "wurden": true,
		"gab": true, "kam": true, "fand": true, "sagte": true, "erklärte": true, "hat": true, "haben": true,
	}
	enFutureCues = map[string]bool{
		"will": true, "shall": true, "plans": true, "planned": true, "scheduled": true, "expected": true,
		"upcoming": true, "'ll": true, "going": true,
	}
	enPastCues = map[string]bool{
		"was": true, "were": true, "had": true, "did": true, "said": true, "has": true, "have": true, "ago": true,
	}
)

// tense guesses whether the sentence around token i speaks of the future
// (+1), the past (-1) or does not say (0). It decides the year of "im
// Januar" and the week of "am Montag" in news.
func (r *resolver) tense(i int) int {
	future, past := deFutureCues, dePastCues
	if r.lang == langEnglish {
		future, past = enFutureCues, enPastCues
	}
	m := r.m
	lo, hi := i, i
	for lo > 0 && i-lo < 30 && !sentenceEnd(m, lo-1) {
		lo--
	}
	for hi < len(m.toks)-1 && hi-i < 30 && !sentenceEnd(m, hi) {
		hi++
	}
	sawPast := false
	for k := lo; k <= hi; k++ {
		w := m.low(k)
		if future[w] {
			return 1
		}
		// "seit … im Oktober": what something runs since lies behind.
		if past[w] || k < i && (w == "seit" || w == "since") {
			sawPast = true
		}
	}
	if sawPast {
		return -1
	}
	return 0
}

// sentenceEnd reports whether token k ends a sentence: "!", "?" or a full
// stop not after a number ("am 3. Januar") or a single letter ("v. Chr.").
func sentenceEnd(m *matcher, k int) bool {
	switch m.low(k) {
	case "!", "?":
		return true
	case ".":
		return k > 0 && m.toks[k-1].kind == tokWord && len(m.toks[k-1].text) > 1
	}
	return m.ok(k+1) && m.toks[k+1].newline
}
