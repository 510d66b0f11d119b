package timex

import "strings"

// deQuantity reads how many units a phrase counts: "drei", "15", "einen",
// "anderthalb", "zweieinhalb", "drei dreiviertel", "ein halbes", "wenige".
func (m *matcher) deQuantity(i int) (quantity, int, bool) {
	w := m.low(i)
	if q, j, ok := m.decimalQuantity(i, ","); ok {
		return q, j, true // "1,5 Stunden"
	}
	if n, ok := m.number(i); ok {
		if m.digits(i) > 4 || m.partOfBigNumber(i) || m.dot(i+1) {
			return quantity{}, i, false
		}
		q, j := quantity{n: n}, i+1
		if m.is(j, "dreiviertel") {
			q.quarters, j = 3, j+1
		}
		return q, j, true
	}
	switch w {
	case "wenige", "wenigen", "weniger", "einige", "einigen", "einiger", "mehrere", "mehreren", "mehrerer",
		"etliche", "etlichen", "zahlreiche", "zahlreichen", "viele", "vielen", "paar":
		return quantity{unknown: true}, i + 1, true
	case "anderthalb", "eineinhalb":
		return quantity{n: 1, quarters: 2}, i + 1, true
	case "dreiviertel":
		return quantity{quarters: 3}, i + 1, true
	case "halbe", "halben", "halbes", "halber":
		return quantity{quarters: 2}, i + 1, true
	}
	if stem, ok := strings.CutSuffix(w, "einhalb"); ok {
		if n, ok := deNumber(stem); ok {
			return quantity{n: n, quarters: 2}, i + 1, true
		}
	}
	n, ok := deNumber(w)
	if !ok {
		return quantity{}, i, false
	}
	j := i + 1
	if n == 1 {
		// "ein halbes Jahr", "einer halben Stunde", "ein paar Tage"
		if m.is(j, "halbe", "halben", "halbes", "halber") {
			return quantity{quarters: 2}, j + 1, true
		}
		if m.is(j, "paar") {
			return quantity{unknown: true}, j + 1, true
		}
		if m.is(j, "ganzen", "ganzes", "ganze", "vollen", "volles", "volle") {
			j++
		}
	}
	q := quantity{n: n}
	if m.is(j, "dreiviertel") {
		q.quarters, j = 3, j+1
	}
	return q, j, true
}

// deUnit reads a unit noun, also glued by a hyphen to its number ("90-Tage").
func (m *matcher) deUnit(i int) (unitWord, int, bool) {
	if m.is(i, "-") && m.glued(i) && m.glued(i+1) {
		i++
	}
	u, ok := deUnitWords[m.low(i)]
	if !ok || !m.isWord(i) {
		return unitWord{}, i, false
	}
	return u, i + 1, true
}

// deDurationUnit is deUnit for a length of time, which may also be
// counted in working or calendar days (deCountedDays).
func (m *matcher) deDurationUnit(i int) (unitWord, int, bool) {
	if u, ok := deCountedDays[m.low(i)]; ok && m.isWord(i) {
		return u, i + 1, true
	}
	return m.deUnit(i)
}

// deRelativeUnitRule reads a unit moved from the anchor: "am selben Tag",
// "im selben Monat", "nächsten Jahres", "letzte Woche", "Jahr darauf", "am
// Tag darauf", "das ganze Jahr", "des Jahres", "Laufe des Jahres 1966".
func deRelativeUnitRule(m *matcher, i int) (candidate, bool) {
	j := i
	// "am selben Tag", "im selben Monat", "an diesem Tag" keep their preposition.
	if m.is(j, "am", "im") && m.is(j+1, "selben", "gleichen", "selbigen") && m.is(j+2, "tag", "monat") ||
		m.is(j, "an") && m.is(j+1, "diesem", "jenem") && m.is(j+2, "tag") {
		u := deUnitWords[m.low(j+2)]
		return cand(i, j+3, spec{kind: KindDate, date: dateSpec{ref: u.unit}, anchor: anchorBack})
	}
	if m.is(j, "laufe", "verlauf") && m.is(j+1, "des", "der") {
		return m.deInTheCourseOf(i, j)
	}
	if m.is(j, "das") && m.is(j+1, "ganze", "gesamte") && m.is(j+2, "jahr") {
		return cand(i, j+3, spec{kind: KindDate, date: dateSpec{ref: unitYear}, anchor: anchorStory})
	}
	// "am Tag darauf", "Tags darauf", "Jahr darauf", "im Jahr zuvor"
	prep := 0
	if m.is(j, "am", "im") {
		prep = 1
	}
	if u, ok := deUnitWords[m.low(j+prep)]; ok && !u.plural {
		unitTok := j + prep
		shift := 0
		switch {
		case m.is(unitTok+1, "darauf", "danach"):
			shift = 1
		case m.is(unitTok+1, "zuvor", "davor", "vorher"):
			shift = -1
		}
		switch u.unit {
		case unitDay, unitWeek, unitMonth, unitYear:
			if shift == 0 {
				break
			}
			// "am Tag darauf" keeps its preposition, "im Jahr darauf" not.
			start := unitTok
			if u.unit == unitDay {
				start = j
			}
			return cand(start, unitTok+2, spec{kind: KindDate, date: dateSpec{ref: u.unit, shift: shift}, anchor: anchorBack})
		}
	}
	// "des Jahres" alone: the year of the story.
	if m.is(j, "des") && m.is(j+1, "jahres") {
		if _, _, ok := m.deYear(j+2, true); !ok {
			return cand(j, j+2, spec{kind: KindDate, date: dateSpec{ref: unitYear}, anchor: anchorStory})
		}
	}
	k := j
	w, ok := deShiftWords[m.low(k)]
	if !ok {
		return candidate{}, false
	}
	u, ok := deUnitWords[m.low(k+1)]
	if !ok || u.plural {
		return candidate{}, false
	}
	switch u.unit {
	case unitDay:
		// "am letzten Tag" is the last day of something, not yesterday.
		if w.shift == -1 {
			return candidate{}, false
		}
	case unitWeek, unitMonth, unitQuarter, unitYear, unitWeekend:
	default:
		return candidate{}, false
	}
	d := dateSpec{ref: u.unit, shift: w.shift, newYear: m.is(k, "neuen")}
	if u.unit == unitWeekend {
		d.ref, d.weekend = unitWeek, true
	}
	end := k + 2
	return cand(j, end, spec{kind: KindDate, date: d, anchor: w.anchorOf()})
}

// deInTheCourseOf reads "Laufe des Jahres 1966", "Laufe des 18.
// Jahrhunderts", "Laufe des folgenden Jahres", "Laufe des 18. April".
func (m *matcher) deInTheCourseOf(i, laufe int) (candidate, bool) {
	k := laufe + 1
	if d, end, _, ok := m.deCalendarDate(k + 1); ok && d.day > 0 {
		return dateCand(laufe, end, d, "")
	}
	if s, end, ok := m.deModTarget(k); ok {
		return cand(laufe, end, s)
	}
	// "Laufe der darauffolgenden Tage"
	if w, ok := deShiftWords[m.low(k+1)]; ok && w.shift >= 0 {
		if u, ok := deUnitWords[m.low(k+2)]; ok && u.plural {
			return cand(laufe, k+3, spec{kind: KindDuration, value: durationValue(quantity{unknown: true}, u.unit)})
		}
	}
	return candidate{}, false
}

// deCompoundShiftRule reads "Vorjahr", "Folgejahr", "Vortag", "Vormonat".
func deCompoundShiftRule(m *matcher, i int) (candidate, bool) {
	c, ok := deCompoundShifts[m.low(i)]
	if !ok {
		return candidate{}, false
	}
	start := i
	if m.is(i-1, "des") && strings.HasSuffix(m.low(i), "s") {
		start = i - 1
	}
	return cand(start, i+1, spec{kind: KindDate, date: dateSpec{ref: c.unit, shift: c.shift}, anchor: shiftWord{c.shift, c.back}.anchorOf()})
}

// offsetUnit turns a count of units into a move of the anchor: weeks move
// by days, half-years by months.
func offsetUnit(q quantity, u unit) (unit, int, bool) {
	if q.unknown {
		return unitNone, 0, false
	}
	switch u {
	case unitDay, unitNight:
		if q.quarters != 0 {
			return unitNone, 0, false
		}
		return unitDay, q.n, true
	case unitWeek:
		return unitDay, 7*q.n + 7*q.quarters/4, true
	case unitMonth:
		return unitMonth, q.n, q.quarters == 0
	case unitQuarter:
		return unitMonth, 3 * q.n, q.quarters == 0
	case unitHalfYear:
		return unitMonth, 6 * q.n, q.quarters == 0
	case unitYear:
		if q.quarters != 0 {
			return unitMonth, 12*q.n + 3*q.quarters, true
		}
		return unitYear, q.n, true
	case unitDecade:
		return unitYear, 10 * q.n, q.quarters == 0
	}
	return unitNone, 0, false
}

var (
	deAfterWords  = []string{"später", "danach", "darauf", "nachher"}
	deBeforeWords = []string{"früher", "zuvor", "vorher", "davor", "eher"}
)

// deOffsetRule reads a date some units from the anchor, or a duration tied
// to an event: "zwei Tage später", "ein Jahr früher", "nach zwei Tagen",
// "vor zwei Wochen", "in drei Monaten", "Wenige Tage später", "Fünf Tage
// nach der Landung".
func deOffsetRule(m *matcher, i int) (candidate, bool) {
	j := i
	mod := ""
	lead := ""
	if m.is(j, "nach", "vor", "in") {
		lead = m.low(j)
		j++
	}
	if am, ok := deApprox[m.low(j)]; ok && m.low(j) != "über" {
		mod = am
		j++
	}
	q, k, ok := m.deQuantity(j)
	if !ok {
		// "Wochen später", "Jahre zuvor"
		if lead != "" || mod != "" {
			return candidate{}, false
		}
		u, ok := deUnitWords[m.low(j)]
		if !ok || !u.plural {
			return candidate{}, false
		}
		switch {
		case m.is(j+1, deAfterWords...):
			return cand(i, j+2, spec{kind: KindRef, value: "FUTURE_REF"})
		case m.is(j+1, deBeforeWords...):
			return cand(i, j+2, spec{kind: KindDuration, value: durationValue(quantity{unknown: true}, u.unit)})
		}
		return candidate{}, false
	}
	u, k2, ok := m.deUnit(k)
	if !ok {
		return candidate{}, false
	}
	shiftUnit, n, movable := offsetUnit(q, u.unit)
	switch {
	case lead == "" && m.is(k2, deAfterWords...), lead == "" && m.is(k2, deBeforeWords...):
		after := m.is(k2, deAfterWords...)
		if q.unknown {
			if after {
				return cand(i, k2+1, spec{kind: KindRef, value: "FUTURE_REF"})
			}
			return cand(i, k2+1, spec{kind: KindRef, value: "PAST_REF"})
		}
		if !movable {
			return candidate{}, false
		}
		if !after {
			n = -n
		}
		d := dateSpec{ref: shiftUnit, shift: n}
		if u.unit == unitNight {
			d.pod = "NI"
		}
		return cand(i, k2+1, spec{kind: KindDate, date: d, mod: mod, anchor: anchorBack})
	case lead == "" && m.is(k2, "nach", "vor"):
		// "zwei Wochen nach Kriegsbeginn": a duration reaching to an event.
		end, ok := m.deEventPhrase(k2 + 1)
		if !ok {
			return candidate{}, false
		}
		if q.unknown && m.is(k2, "nach") {
			return cand(i, end, spec{kind: KindRef, value: "FUTURE_REF"})
		}
		return cand(i, end, spec{kind: KindDuration, value: durationValue(q, u.unit), mod: mod})
	case lead == "nach" && movable && !m.startsEventPhrase(k2):
		fb := &fallback{start: i + 1, value: durationValue(q, u.unit)}
		return cand(i, k2, spec{kind: KindDate, date: dateSpec{ref: shiftUnit, shift: n}, mod: mod, anchor: anchorBack, fallback: fb})
	case lead == "nach" && q.unknown:
		return cand(i, k2, spec{kind: KindDuration, value: durationValue(q, u.unit), mod: mod})
	case lead == "nach":
		return cand(i+1, k2, spec{kind: KindDuration, value: durationValue(q, u.unit), mod: mod})
	case lead == "vor" && !m.startsEventPhrase(k2):
		if q.unknown {
			return cand(i, k2, spec{kind: KindRef, value: "PAST_REF"})
		}
		if !movable {
			return candidate{}, false
		}
		d := dateSpec{ref: shiftUnit, shift: -n}
		if u.unit == unitWeek {
			d = dateSpec{ref: unitWeek, shift: -q.n}
		}
		return cand(i, k2, spec{kind: KindDate, date: d, mod: mod})
	case lead == "in" && movable && !q.unknown && q.n > 0:
		d := dateSpec{ref: shiftUnit, shift: n}
		if u.unit == unitWeek {
			d = dateSpec{ref: unitWeek, shift: q.n}
		}
		return cand(i, k2, spec{kind: KindDate, date: d, mod: mod})
	}
	return candidate{}, false
}

var deDeterminers = map[string]bool{
	"der": true, "die": true, "das": true, "dem": true, "den": true, "des": true,
	"einem": true, "einer": true, "eines": true, "seinem": true, "seiner": true, "seines": true,
	"ihrem": true, "ihrer": true, "ihres": true, "dessen": true, "deren": true,
}

// startsEventPhrase reports whether a noun phrase begins at i ("nach zwei
// Tagen der Belagerung" is a duration, not a date).
func (m *matcher) startsEventPhrase(i int) bool {
	return deDeterminers[m.low(i)]
}

// deEventPhrase reads the noun phrase of an event after "nach"/"vor":
// "der Landung", "Kriegsbeginn", "Beginn des Krieges", "der japanischen
// Kapitulation", "seinem Tod". It returns the token after it.
func (m *matcher) deEventPhrase(i int) (int, bool) {
	// "15 Tage nach einem deutschen Angriff" names no particular event.
	if m.is(i, "einem", "einer", "eines") {
		return i, false
	}
	end, ok := m.deNounPhrase(i)
	if !ok {
		return i, false
	}
	// one genitive: "Beginn der Schlacht", "der Aufnahme der Kampfhandlungen"
	if m.is(end, "des", "der") {
		if e2, ok := m.deNounPhrase(end); ok {
			end = e2
		}
	}
	return end, true
}

func (m *matcher) deNounPhrase(i int) (int, bool) {
	j := i
	if deDeterminers[m.low(j)] {
		j++
	}
	for n := 0; n < 3 && m.isWord(j) && !m.capital(j) && isAdjectiveForm(m.low(j)); n++ {
		j++
	}
	if !m.capital(j) {
		return i, false
	}
	if _, isMonth := deMonths[m.low(j)]; isMonth {
		return i, false
	}
	return j + 1, true
}

func isAdjectiveForm(w string) bool {
	for _, s := range []string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// deDeicticRule reads "heute", "gestern", "morgen", "übermorgen", also with
// a part of day ("gestern Abend", "morgen früh"). In a history "heute" is
// the present (PRESENT_REF), in news the publication day.
func deDeicticRule(m *matcher, i int) (candidate, bool) {
	n, ok := deDeictic[m.low(i)]
	if !ok {
		return candidate{}, false
	}
	// The noun "Morgen" (morning) is capitalised; only "morgen" is tomorrow.
	if m.low(i) == "morgen" && m.toks[i].text != "morgen" {
		return candidate{}, false
	}
	d := dateSpec{ref: unitDay, shift: n}
	j := i + 1
	if pod, ok := dePartsOfDay[m.low(j)]; ok && m.isWord(j) {
		if m.low(j) != "früh" || n != 0 {
			d.pod = pod
			j++
		}
	}
	s := spec{kind: KindDate, date: d}
	if n == 0 && d.pod == "" {
		s.narrativeValue = "PRESENT_REF"
	}
	// "heutigen Tag" (bis zum heutigen Tag) is PRESENT_REF by deRefRule.
	return cand(i, j, s)
}

// deWeekdayRule reads weekdays: "am Montag", "letzten Freitag", "kommenden
// Mittwoch", "Montagabend", "montags" (every Monday).
func deWeekdayRule(m *matcher, i int) (candidate, bool) {
	j := i
	dir := 0
	if w, ok := deShiftWords[m.low(j)]; ok && !w.back {
		if wd, _ := weekdayWord(m.low(j + 1)); wd != 0 {
			dir = w.shift
			j++
		}
	}
	w := m.low(j)
	if !m.isWord(j) {
		return candidate{}, false
	}
	// "montags": every Monday.
	if stem, ok := strings.CutSuffix(w, "s"); ok && j == i {
		if wd, ok := deWeekdays[stem]; ok && m.toks[j].text == w {
			return cand(i, j+1, spec{kind: KindSet, value: weekdaySet(wd)})
		}
	}
	wd, pod := weekdayWord(w)
	if wd == 0 {
		return candidate{}, false
	}
	d := dateSpec{weekday: wd, weekdayDir: dir, pod: pod}
	k := j + 1
	if pod == "" {
		if p, ok := dePartsOfDay[m.low(k)]; ok && m.is(k, "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht") {
			d.pod = p
			k++
		}
	}
	return cand(i, k, spec{kind: KindDate, date: d})
}

// weekdayWord reads a weekday, alone or with a part of day glued on
// ("Montagabend").
func weekdayWord(w string) (int, string) {
	if wd, ok := deWeekdays[w]; ok {
		return wd, ""
	}
	if len(w) < len("montagabend") || !strings.Contains(w, "tag") && !strings.HasPrefix(w, "mittwoch") && !strings.HasPrefix(w, "sonnabend") {
		return 0, ""
	}
	for name, wd := range deWeekdays {
		if rest, ok := strings.CutPrefix(w, name); ok {
			if pod, ok := dePartsOfDay[rest]; ok {
				return wd, pod
			}
		}
	}
	return 0, ""
}

func weekdaySet(wd int) string { return weekdaySetPrefix + string(rune('0'+wd)) }

// weekdaySetPrefix begins the value of a repetition on a weekday
// ("XXXX-WXX-4": every Thursday).
const weekdaySetPrefix = "XXXX-WXX-"

// OnWeekday reports whether an expression is a repetition on a weekday
// ("jeden Montag", "every second Thursday").
func OnWeekday(x Expr) bool { return x.Kind == KindSet && strings.HasPrefix(x.Value, weekdaySetPrefix) }

// deRefRule reads the *_REF words and phrases: "jetzt", "bald", "kürzlich",
// "in der Folge", "wenig später", "kurz zuvor", "zu diesem Zeitpunkt",
// "bis zum heutigen Tag", "in Zukunft", "seit langer Zeit".
func deRefRule(m *matcher, i int) (candidate, bool) {
	w := m.low(i)
	switch {
	case m.is(i, "in") && m.is(i+1, "zukunft"):
		return refCand(i, i+2, "FUTURE_REF")
	case m.is(i, "in") && m.is(i+1, "naher") && m.is(i+2, "zukunft"):
		return refCand(i, i+3, "FUTURE_REF")
	case m.is(i, "in", "binnen") && m.is(i+1, "kürze", "kurzem"):
		return refCand(i, i+2, "FUTURE_REF")
	case m.is(i, "vor", "seit") && m.is(i+1, "kurzem"):
		return refCand(i, i+2, "PAST_REF")
	case m.is(i, "seit") && m.is(i+1, "langer") && m.is(i+2, "zeit"):
		return cand(i, i+3, spec{kind: KindDuration, value: "PXY"})
	case m.is(i, "so") && m.is(i+1, "bald") && m.is(i+2, "wie") && m.is(i+3, "möglich"):
		return refCand(i, i+4, "FUTURE_REF")
	case m.is(i, "wenig", "kurz") && m.is(i+1, "später", "darauf", "danach"):
		return refCand(i, i+2, "FUTURE_REF")
	case m.is(i, "kurze") && m.is(i+1, "zeit") && m.is(i+2, "später", "darauf", "danach"):
		return refCand(i, i+3, "FUTURE_REF")
	case m.is(i, "kurzer") && m.is(i+1, "zeit"):
		return refCand(i, i+2, "FUTURE_REF")
	case m.is(i, "heutigen", "heutige") && m.is(i+1, "tag", "tage", "zeit"):
		return refCand(i, i+2, "PRESENT_REF")
	}
	if v, ok := deRefWords[w]; ok {
		// "bald" in "so bald wie" is handled above; "bald darauf" too.
		return refCand(i, i+1, v)
	}
	return candidate{}, false
}

func refCand(start, end int, value string) (candidate, bool) {
	return cand(start, end, spec{kind: KindRef, value: value})
}
