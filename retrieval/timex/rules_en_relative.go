package timex

import "strings"

// enRelativeUnitRule reads "last week", "next year", "this month", "the
// following day", "the same day", "that day", "the day before", "the next
// day".
func enRelativeUnitRule(m *matcher, i int) (candidate, bool) {
	j := i
	if m.is(j, "the") {
		j++
	}
	if m.is(j, "that") && m.is(j+1, "day", "week", "month", "year") {
		u := enUnitWords[m.low(j+1)]
		return cand(i, j+2, spec{kind: KindDate, date: dateSpec{ref: u.unit}, anchor: anchorBack})
	}
	// "the day before", "the year after"
	if j > i {
		if u, ok := enUnitWords[m.low(j)]; ok && !u.plural && m.is(j+1, "before", "after") && !m.isWord(j+2) {
			shift := 1
			if m.is(j+1, "before") {
				shift = -1
			}
			return cand(i, j+2, spec{kind: KindDate, date: dateSpec{ref: u.unit, shift: shift}, anchor: anchorBack})
		}
	}
	w, ok := enShiftWords[m.low(j)]
	if !ok {
		return candidate{}, false
	}
	u, ok := enUnitWords[m.low(j+1)]
	if !ok || u.plural {
		return candidate{}, false
	}
	// "the next day" and "the previous year" point back at the story.
	anchor := w.anchorOf()
	if j > i {
		anchor = anchorBack
	}
	d := dateSpec{ref: u.unit, shift: w.shift}
	switch u.unit {
	case unitDay:
		if j == i && w.shift != 0 {
			return candidate{}, false // "last day" is no yesterday
		}
	case unitWeekend:
		d.ref, d.weekend = unitWeek, true
	case unitWeek, unitMonth, unitQuarter, unitYear:
	default:
		return candidate{}, false
	}
	return cand(i, j+2, spec{kind: KindDate, date: d, anchor: anchor})
}

// enQuantity reads "three", "3", "a", "a few", "several", "half a",
// "twenty-five".
func (m *matcher) enQuantity(i int) (quantity, int, bool) {
	if q, j, ok := m.decimalQuantity(i, "."); ok {
		return q, j, true // "1.5 hours"
	}
	if n, ok := m.number(i); ok {
		if m.digits(i) > 4 || m.partOfBigNumber(i) {
			return quantity{}, i, false
		}
		return quantity{n: n}, i + 1, true
	}
	w := m.low(i)
	switch w {
	case "several", "few", "many", "some":
		return quantity{unknown: true}, i + 1, true
	case "half":
		if m.is(i+1, "a", "an") {
			return quantity{quarters: 2}, i + 2, true
		}
	case "a", "an":
		if m.is(i+1, "few", "couple") {
			j := i + 2
			if m.is(j, "of") {
				j++
			}
			return quantity{unknown: true}, j, true
		}
	}
	n, ok := enNumbers[w]
	if !ok {
		return quantity{}, i, false
	}
	j := i + 1
	if n >= 20 && n < 100 && m.is(j, "-") && m.glued(j) {
		if u, ok := enNumbers[m.low(j+1)]; ok && u < 10 {
			n, j = n+u, j+2
		}
	}
	return quantity{n: n}, j, true
}

// enDurationUnit is enUnit for a length of time, which may also be
// counted in business, working or calendar days ("within 2 business
// days"): an offset from a day or a frequency counts every day, so only a
// length is read so.
func (m *matcher) enDurationUnit(i int) (unitWord, int, bool) {
	if m.is(i, "business", "working", "calendar") && m.is(i+1, "day", "days") {
		i++
	}
	return m.enUnit(i)
}

func (m *matcher) enUnit(i int) (unitWord, int, bool) {
	if m.is(i, "-") && m.glued(i) && m.glued(i+1) {
		i++
	}
	u, ok := enUnitWords[m.low(i)]
	if !ok {
		return unitWord{}, i, false
	}
	return u, i + 1, true
}

// enOffsetRule reads "two weeks ago", "in three days", "two days later", "a
// year earlier".
func enOffsetRule(m *matcher, i int) (candidate, bool) {
	j := i
	lead := ""
	if m.is(j, "in") {
		lead, j = "in", j+1
	}
	mod := ""
	if am, ok := enApprox[m.low(j)]; ok && am == "APPROX" {
		mod, j = am, j+1
	}
	q, k, ok := m.enQuantity(j)
	if !ok {
		return candidate{}, false
	}
	u, k2, ok := m.enUnit(k)
	if !ok {
		return candidate{}, false
	}
	shiftUnit, n, movable := offsetUnit(q, u.unit)
	weekly := func(sign int) dateSpec {
		if u.unit == unitWeek {
			return dateSpec{ref: unitWeek, shift: sign * q.n}
		}
		return dateSpec{ref: shiftUnit, shift: sign * n}
	}
	switch {
	case lead == "" && m.is(k2, "ago"):
		if q.unknown {
			return refCand(i, k2+1, "PAST_REF")
		}
		if !movable {
			return candidate{}, false
		}
		return cand(i, k2+1, spec{kind: KindDate, date: weekly(-1), mod: mod})
	case lead == "" && m.is(k2, "later", "afterwards", "earlier") || lead == "" && m.is(k2, "before", "after") && !m.isWord(k2+1):
		after := m.is(k2, "later", "afterwards", "after")
		if q.unknown {
			if after {
				return refCand(i, k2+1, "FUTURE_REF")
			}
			return refCand(i, k2+1, "PAST_REF")
		}
		if !movable {
			return candidate{}, false
		}
		if !after {
			n = -n
		}
		return cand(i, k2+1, spec{kind: KindDate, date: dateSpec{ref: shiftUnit, shift: n}, mod: mod, anchor: anchorBack})
	case lead == "in" && movable && !q.unknown && q.n > 0 && !m.is(k2, "of"):
		return cand(i, k2, spec{kind: KindDate, date: weekly(1), mod: mod})
	}
	return candidate{}, false
}

// enDeicticRule reads "today", "yesterday", "tomorrow", "tonight", also with
// a part of day ("yesterday morning"), and "this morning", "last night".
func enDeicticRule(m *matcher, i int) (candidate, bool) {
	if n, ok := enDeictic[m.low(i)]; ok {
		d := dateSpec{ref: unitDay, shift: n}
		j := i + 1
		if m.is(i, "tonight") {
			d.pod = "NI"
		} else if pod, ok := enPartsOfDay[m.low(j)]; ok {
			d.pod, j = pod, j+1
		}
		s := spec{kind: KindDate, date: d}
		if n == 0 && d.pod == "" {
			s.narrativeValue = "PRESENT_REF"
		}
		return cand(i, j, s)
	}
	if m.is(i, "this") {
		if pod, ok := enPartsOfDay[m.low(i+1)]; ok {
			return cand(i, i+2, spec{kind: KindTime, date: dateSpec{ref: unitDay, pod: pod}})
		}
	}
	if m.is(i, "last") && m.is(i+1, "night") {
		return cand(i, i+2, spec{kind: KindTime, date: dateSpec{ref: unitDay, shift: -1, pod: "NI"}})
	}
	return candidate{}, false
}

// enWeekdayRule reads "Monday", "last Friday", "next Wednesday", "Monday
// morning", "on Mondays" (every Monday).
func enWeekdayRule(m *matcher, i int) (candidate, bool) {
	j := i
	dir := 0
	if w, ok := enShiftWords[m.low(j)]; ok && !w.back {
		if _, isDay := enWeekdays[m.low(j+1)]; isDay {
			dir, j = w.shift, j+1
		}
	}
	w := m.low(j)
	if !m.capital(j) {
		return candidate{}, false
	}
	if stem, ok := strings.CutSuffix(w, "s"); ok && j == i {
		if wd, ok := enWeekdays[stem]; ok {
			return cand(i, j+1, spec{kind: KindSet, value: weekdaySet(wd)})
		}
	}
	wd, ok := enWeekdays[w]
	if !ok {
		return candidate{}, false
	}
	d := dateSpec{weekday: wd, weekdayDir: dir}
	k := j + 1
	if pod, ok := enPartsOfDay[m.low(k)]; ok {
		d.pod, k = pod, k+1
	}
	return cand(i, k, spec{kind: KindDate, date: d})
}

// enRefRule reads "now", "currently", "soon", "recently", "at the moment",
// "in the future", "in the past".
func enRefRule(m *matcher, i int) (candidate, bool) {
	switch {
	case m.is(i, "at") && m.is(i+1, "the") && m.is(i+2, "moment"):
		return refCand(i, i+3, "PRESENT_REF")
	case m.is(i, "in") && m.is(i+1, "the") && m.is(i+2, "future"):
		return refCand(i, i+3, "FUTURE_REF")
	case m.is(i, "in") && m.is(i+1, "the") && m.is(i+2, "past"):
		return refCand(i, i+3, "PAST_REF")
	case m.is(i, "these") && m.is(i+1, "days"):
		return refCand(i, i+2, "PRESENT_REF")
	}
	if v, ok := enRefWords[m.low(i)]; ok {
		return refCand(i, i+1, v)
	}
	return candidate{}, false
}

// enDurationRule reads "three years", "more than two weeks", "about a
// month", "a year and a half", "several days", "the past three years",
// "a three-year" (adjective).
func enDurationRule(m *matcher, i int) (candidate, bool) {
	j := i
	mod := ""
	switch {
	case m.is(j, "more", "less", "fewer") && m.is(j+1, "than"):
		mod = "MORE_THAN"
		if !m.is(j, "more") {
			mod = "LESS_THAN"
		}
		j += 2
	case m.is(j, "at") && m.is(j+1, "least"):
		mod, j = "EQUAL_OR_MORE", j+2
	case m.is(j, "up") && m.is(j+1, "to"):
		mod, j = "EQUAL_OR_LESS", j+2
	default:
		if am, ok := enApprox[m.low(j)]; ok && !m.is(j, "some") {
			mod, j = am, j+1
		}
	}
	if m.is(j, "the") && m.is(j+1, "past", "last", "next", "coming", "first") {
		j += 2
	}
	q, k, ok := m.enQuantity(j)
	if !ok {
		// "for years", "for decades"
		if u, ok := enUnitWords[m.low(j)]; ok && u.plural && m.is(i-1, "for") && j == i {
			return cand(i, j+1, spec{kind: KindDuration, value: durationValue(quantity{unknown: true}, u.unit)})
		}
		return candidate{}, false
	}
	u, k2, ok := m.enDurationUnit(k)
	if !ok {
		return candidate{}, false
	}
	if q.n == 1 && q.quarters == 0 && !q.unknown && u.plural {
		return candidate{}, false
	}
	if m.is(k2, "and") && m.is(k2+1, "a") && m.is(k2+2, "half") {
		q.quarters, k2 = 2, k2+3
	}
	if m.is(k2, "old") {
		return candidate{}, false
	}
	return cand(i, k2, spec{kind: KindDuration, value: durationValue(q, u.unit), mod: mod})
}

// enSetRule reads "daily", "every year", "every two weeks", "each Monday".
func enSetRule(m *matcher, i int) (candidate, bool) {
	if v, ok := enSetAdverbs[m.low(i)]; ok {
		return cand(i, i+1, spec{kind: KindSet, value: v})
	}
	if !m.is(i, "every", "each") {
		return candidate{}, false
	}
	if wd, ok := enWeekdays[m.low(i+1)]; ok {
		return cand(i, i+2, spec{kind: KindSet, value: weekdaySet(wd)})
	}
	j := i + 1
	q := quantity{n: 1}
	// "every second Thursday", "every third week": an ordinal before a
	// weekday or a unit says how many apart, not a second of time.
	if n, ok := enEveryNth[m.low(j)]; ok {
		if wd, ok := enWeekdays[m.low(j+1)]; ok {
			return cand(i, j+2, spec{kind: KindSet, value: weekdaySet(wd)})
		}
		if u, k, ok := m.enUnit(j + 1); ok {
			return cand(i, k, spec{kind: KindSet, value: durationValue(quantity{n: n}, u.unit)})
		}
	}
	if m.is(j, "other") {
		q, j = quantity{n: 2}, j+1
	} else if q2, k, ok := m.enQuantity(j); ok && !q2.unknown {
		q, j = q2, k
	}
	u, k, ok := m.enUnit(j)
	if !ok {
		return candidate{}, false
	}
	return cand(i, k, spec{kind: KindSet, value: durationValue(q, u.unit)})
}

// enEveryNth are the ordinals after "every" that say how many apart the
// repetitions are ("every other week" is read as a quantity of two).
var enEveryNth = map[string]int{"second": 2, "third": 3, "fourth": 4}

// enClock reads "3:45 pm", "3 p.m.", "15:30", "5 o'clock", "noon",
// "midnight", with a zone ("GMT").
func (m *matcher) enClock(i int) (clock, int, bool) {
	if m.is(i, "noon", "midday") {
		return clock{hour: 12, uhr: true}, i + 1, true
	}
	if m.is(i, "midnight") {
		return clock{hour: 24, uhr: true}, i + 1, true
	}
	h, ok := m.number(i)
	if !ok || m.digits(i) > 2 || h > 24 {
		return clock{}, i, false
	}
	c, j := clock{hour: h}, i+1
	if m.is(j, ":") && m.glued(j) && m.glued(j+1) && m.digits(j+1) == 2 {
		mins, _ := m.number(j + 1)
		if mins > 59 {
			return clock{}, i, false
		}
		c.minute, j = mins, j+2
	}
	switch {
	case m.is(j, "am", "pm") && (m.digits(i) <= 2):
		c.uhr = true
		if m.is(j, "pm") && c.hour < 12 {
			c.hour += 12
		}
		if m.is(j, "am") && c.hour == 12 {
			c.hour = 0
		}
		j++
	case m.is(j, "a", "p") && m.dot(j+1) && m.is(j+2, "m") && m.glued(j+2):
		c.uhr = true
		if m.is(j, "p") && c.hour < 12 {
			c.hour += 12
		}
		j += 3
		if m.dot(j) {
			j++
		}
	case m.is(j, "o") && m.is(j+1, "'") && m.is(j+2, "clock"):
		c.uhr, j = true, j+3
	}
	switch {
	case m.is(j, "gmt", "utc") && m.capital(j):
		c.timezone, c.uhr, j = "Z", true, j+1
	case m.is(j, "cet") && m.capital(j):
		c.timezone, c.uhr, j = "+01", true, j+1
	case m.is(j, "cest") && m.capital(j):
		c.timezone, c.uhr, j = "+02", true, j+1
	}
	if !c.uhr && j == i+1 {
		return clock{}, i, false
	}
	return c, j, true
}

// enClockRule reads a time on its own: "at 3:45 pm", "around 9 a.m.".
func enClockRule(m *matcher, i int) (candidate, bool) {
	j := i
	mod := ""
	if am, ok := enApprox[m.low(j)]; ok && am == "APPROX" {
		mod, j = am, j+1
	}
	c, k, ok := m.enClock(j)
	if !ok || !c.uhr && !m.is(i-1, "at", "from", "until", "till", "to", "by", "since", "before", "after") {
		return candidate{}, false
	}
	d := dateSpec{ref: unitDay, hour: c.hour, minute: c.minute, hasTime: true, timezone: c.timezone}
	return cand(i, k, spec{kind: KindTime, date: d, mod: mod, anchor: anchorStory})
}
