package timex

// clock is a time of day as written.
type clock struct {
	hour, minute int
	timezone     string
	// uhr says whether "Uhr" or a zone made it unmistakably a time.
	uhr bool
}

// deClock reads a time of day: "4:45 Uhr", "4 Uhr 45", "7 Uhr", "14.30
// Uhr", "5 Uhr früh", "11 Uhr abends", "23:00 Uhr mitteleuropäischer Zeit",
// "7:30".
func (m *matcher) deClock(i int) (clock, int, bool) {
	h, ok := m.number(i)
	if !ok || m.digits(i) > 2 || h > 24 || m.partOfBigNumber(i) && !m.is(i+1, ":", ".") {
		if n, ok := deNumber(m.low(i)); ok && n >= 1 && n <= 12 && m.is(i+1, "uhr") {
			return m.deClockTail(clock{hour: n, uhr: true}, i+2)
		}
		return clock{}, i, false
	}
	if m.is(i+1, ":", ".") && m.glued(i+1) && m.glued(i+2) && m.digits(i+2) == 2 {
		mins, _ := m.number(i + 2)
		if mins > 59 {
			return clock{}, i, false
		}
		j := i + 3
		if m.is(j, ":") && m.glued(j) && m.digits(j+1) == 2 {
			j += 2
		}
		c := clock{hour: h, minute: mins}
		if m.is(i+1, ".") && !m.is(j, "uhr") {
			return clock{}, i, false
		}
		if m.is(j, "uhr") {
			c.uhr = true
			j++
		}
		return m.deClockTail(c, j)
	}
	if m.is(i+1, "uhr") {
		c, j := clock{hour: h, uhr: true}, i+2
		if mins, ok := m.number(j); ok && m.digits(j) == 2 && mins <= 59 && !m.dot(j+1) {
			c.minute = mins
			j++
		}
		return m.deClockTail(c, j)
	}
	return clock{}, i, false
}

// deClockTail reads what may follow a time: a part of day that moves the
// hour ("abends") and a time zone.
func (m *matcher) deClockTail(c clock, j int) (clock, int, bool) {
	switch {
	case m.is(j, "früh", "morgens", "vormittags"):
		j++
	case m.is(j, "nachmittags", "abends"):
		if c.hour < 12 {
			c.hour += 12
		}
		j++
	case m.is(j, "nachts"):
		if c.hour >= 6 && c.hour < 12 {
			c.hour += 12
		}
		j++
	}
	switch {
	case m.is(j, "mitteleuropäischer", "mitteleuropäische") && m.is(j+1, "zeit"):
		c.timezone, j = "+01", j+2
	case m.is(j, "mitteleuropäischer", "mitteleuropäische") && m.is(j+1, "sommerzeit"):
		c.timezone, j = "+02", j+2
	case m.is(j, "osteuropäischer") && m.is(j+1, "zeit"):
		c.timezone, j = "+02", j+2
	case m.is(j, "moskauer") && m.is(j+1, "zeit"):
		c.timezone, j = "+03", j+2
	case m.is(j, "mez"):
		c.timezone, j = "+01", j+1
	case m.is(j, "mesz"):
		c.timezone, j = "+02", j+1
	case m.is(j, "utc", "gmt"):
		c.timezone, j = "Z", j+1
	case m.is(j, "ortszeit"):
		j++
	}
	if c.timezone != "" {
		c.uhr = true
	}
	if c.hour == 24 && c.minute > 0 {
		return clock{}, j, false
	}
	return c, j, true
}

// deClockRule reads a time on its own: "4:45 Uhr", "knapp 9 Uhr", "um
// 7:30"; its day is the most recent day told.
func deClockRule(m *matcher, i int) (candidate, bool) {
	j := i
	mod := ""
	if m.is(j, "knapp", "gegen", "etwa", "ungefähr", "ca", "circa") {
		mod, j = "APPROX", j+1
		if m.dot(j) {
			j++
		}
	}
	c, k, ok := m.deClock(j)
	if !ok {
		return candidate{}, false
	}
	// A bare "7:30" is a time only after a word that asks for one, or
	// after the noun of a schedule ("Einlass 18:30", "Beginn: 19:30").
	if !c.uhr && mod == "" && !m.is(i-1, "um", "gegen", "ab", "bis", "zwischen", "von", "und", "seit", "vor", "nach", "-") && !m.afterSchedule(i) {
		return candidate{}, false
	}
	d := dateSpec{ref: unitDay, hour: c.hour, minute: c.minute, hasTime: true, timezone: c.timezone}
	return cand(i, k, spec{kind: KindTime, date: d, mod: mod, anchor: anchorStory})
}

// afterSchedule reports whether token i follows the noun of a schedule,
// at most scheduleReach tokens back over a colon, "ist", articles and
// nouns: "Einlass 18:30", "Beginn: 19:30", "Abfahrt der Fähre ist 7:30".
func (m *matcher) afterSchedule(i int) bool {
	for k := i - 1; k >= 0 && k >= i-scheduleReach; k-- {
		switch {
		case m.is(k, scheduleNouns...):
			return true
		case m.is(k, ":", "ist", "sind", "der", "die", "das", "des") || m.capital(k) && !m.sentenceStart(k):
		default:
			return false
		}
	}
	return false
}

// scheduleNouns name what a schedule gives the hour of; scheduleReach is
// how many tokens afterSchedule looks back for one.
var scheduleNouns = []string{"beginn", "einlass", "abfahrt", "ankunft", "anpfiff", "anstoß", "start", "ende", "schluss", "öffnung", "treffpunkt"}

const scheduleReach = 4

// dePartOfDayRule reads parts of days: "Morgen des 22. Juni 1941", "gegen
// Abend des 22. Juni 1940", "frühen Morgen des 6. Juni", "Nachmittag
// desselben Tages", "am selben Abend", "nächsten Morgen", "am Morgen
// darauf", "am Abend", "Nacht vom 16.", "Abendstunden", "nachts",
// "Mitternacht".
func dePartOfDayRule(m *matcher, i int) (candidate, bool) {
	j := i
	mod := ""
	approx := m.is(j, "gegen")
	if approx {
		mod, j = "APPROX", j+1
	}
	if m.is(j, "mitternacht") {
		d := dateSpec{ref: unitDay, hour: 24, hasTime: true}
		return cand(i, j+1, spec{kind: KindTime, date: d, mod: mod, anchor: anchorStory})
	}
	// The span leaves out "am"/"im" ("am [Abend]") but keeps "gegen".
	am := m.is(j, "am", "im")
	start := i
	if am {
		j++
		if !approx {
			start = j
		}
	}
	// "am selben Abend" (as annotated, with "am"), "nächsten Morgen"
	if w, ok := deShiftWords[m.low(j)]; ok && w.shift >= 0 && (w.back || w.shift == 1) {
		k := j + 1
		if pm, ok := deEarlyLate[m.low(k)]; ok {
			mod, k = pm, k+1
		}
		pod, ok := dePartsOfDay[m.low(k)]
		if !ok || !m.capital(k) {
			return candidate{}, false
		}
		if am && w.shift == 0 {
			start = i
		}
		d := dateSpec{ref: unitDay, shift: w.shift, pod: pod}
		return cand(start, k+1, spec{kind: KindTime, date: d, mod: mod, anchor: anchorBack})
	}
	if pm, ok := deEarlyLate[m.low(j)]; ok {
		mod, j = pm, j+1
	}
	pod, ok := dePartsOfDay[m.low(j)]
	if !ok || m.low(j) == "früh" {
		return candidate{}, false
	}
	k := j + 1
	// "Nacht vom 16." (the month comes from the date after it)
	if m.is(j, "nacht") && m.is(k, "vom", "zum") {
		if day, k2, ok := m.deDay(k + 1); ok && m.toks[k+1].kind == tokNumber {
			d := dateSpec{day: day, pod: "NI"}
			s := spec{kind: KindTime, date: d, mod: mod}
			if mo, k3, ok := m.deMonth(k2, true); ok {
				s.date.month = mo
				if k4, ok := m.deYearPhrase(k3, &s.date); ok {
					k3 = k4
				}
				if m.is(k, "zum") {
					s.date.day-- // the night to the 17th begins on the 16th
					if s.date.day < 1 {
						return candidate{}, false
					}
				}
				return cand(start, k3, s)
			}
			if m.is(k, "zum") {
				return candidate{}, false
			}
			return cand(start, k2, s)
		}
	}
	// "Morgen des 22. Juni 1941", "Morgenstunden des 7. Mai"
	if m.is(k, "des") {
		if d, k2, _, ok := m.deCalendarDate(k + 1); ok && d.day > 0 {
			d.pod = pod
			return cand(start, k2, spec{kind: KindTime, date: d, mod: mod})
		}
		if m.is(k+1, "selben", "gleichen", "folgenden", "nächsten") && m.is(k+2, "tages") {
			shift := deShiftWords[m.low(k+1)].shift
			return cand(start, k+3, spec{kind: KindTime, date: dateSpec{ref: unitDay, shift: shift, pod: pod}, mod: mod, anchor: anchorBack})
		}
	}
	// "Nachmittag desselben Tages", "Morgen dieses Tages"
	if m.is(k, "desselben", "dieses", "jenes") && m.is(k+1, "tages") {
		return cand(start, k+2, spec{kind: KindTime, date: dateSpec{ref: unitDay, pod: pod}, mod: mod, anchor: anchorBack})
	}
	// "am Morgen darauf"
	if m.is(k, "darauf", "danach") && m.capital(j) {
		return cand(i, k+1, spec{kind: KindTime, date: dateSpec{ref: unitDay, shift: 1, pod: pod}, mod: mod, anchor: anchorBack})
	}
	// "am Abend", "am frühen Nachmittag"; "bis in die Abendstunden", "nachts"
	if (am && m.capital(j)) || dePodAlone[m.low(j)] && (j == i || mod != "") {
		if m.low(j) == "nachts" && m.capital(j) {
			return candidate{}, false
		}
		return cand(start, k, spec{kind: KindTime, date: dateSpec{ref: unitDay, pod: pod}, mod: mod, anchor: anchorStory})
	}
	return candidate{}, false
}
