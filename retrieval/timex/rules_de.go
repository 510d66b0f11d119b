package timex

import (
	"strings"

	"github.com/quellen/quellen/retrieval/segment"
)

// deRules are the German rules, tried at every token; the longest match wins.
var deRules = []rule{
	deDateRule,
	deModRule,
	deYearPartRule,
	deYearRule,
	deYearContinuationRule,
	deDecadeRule,
	deCenturyRule,
	deSeasonRule,
	dePartOfYearRule,
	deHolidayRule,
	deDayOnlyRule,
	deRelativeUnitRule,
	deCompoundShiftRule,
	deOffsetRule,
	deDeicticRule,
	deWeekdayRule,
	deRefRule,
	deDurationRule,
	deDurationAdjectiveRule,
	deSetRule,
	deClockRule,
	dePartOfDayRule,
}

// deEra reads an era after a year: "v. Chr.", "v.Chr.", "vor Christus",
// "v. u. Z.", "n. Chr.".
func (m *matcher) deEra(i int) (bc bool, next int, ok bool) {
	switch m.low(i) {
	case "v", "vor":
		bc = true
	case "n", "nach":
	default:
		return false, i, false
	}
	abbreviated := m.low(i) == "v" || m.low(i) == "n"
	j := i + 1
	if abbreviated {
		if !m.dot(j) {
			return false, i, false
		}
		j++
	}
	switch m.low(j) {
	case "chr":
		j++
		if m.dot(j) {
			j++
		}
		return bc, j, true
	case "christus":
		return bc, j + 1, true
	case "u":
		if abbreviated && m.dot(j+1) && m.is(j+2, "z") {
			j += 3
			if m.dot(j) {
				j++
			}
			return bc, j, true
		}
	}
	return false, i, false
}

// yearRead is a year as written.
type yearRead struct {
	year               int
	twoDigit, eraGiven bool
}

func (y yearRead) apply(d *dateSpec) {
	d.year, d.hasYear, d.twoDigit, d.eraGiven = y.year, true, y.twoDigit, y.eraGiven
}

// deYear reads a year: four digits from 1000 to 2199, or up to four digits
// with an era ("490 v. Chr."). short also admits one to three digits
// without an era, which then take the era of the anchor ("im Jahr 478").
func (m *matcher) deYear(i int, short bool) (yearRead, int, bool) {
	n, ok := m.number(i)
	if !ok || n == 0 || n > maxYear || m.partOfBigNumber(i) {
		return yearRead{}, i, false
	}
	// "1930er" is a decade, "1939-Jahr" no year of ours.
	if m.isWord(i+1) && m.glued(i+1) {
		return yearRead{}, i, false
	}
	if bc, j, ok := m.deEra(i + 1); ok {
		if bc {
			n = -n
		}
		return yearRead{year: n, eraGiven: true}, j, true
	}
	if m.digits(i) == 4 && n >= 1000 && n <= 2199 {
		return yearRead{year: n}, i + 1, true
	}
	if short && m.digits(i) <= 3 {
		return yearRead{year: n}, i + 1, true
	}
	return yearRead{}, i, false
}

// deMonth reads a month name, or an abbreviation with its full stop when
// abbr allows it. "Augustmonate" counts as August.
func (m *matcher) deMonth(i int, abbr bool) (int, int, bool) {
	w := m.low(i)
	if !m.isWord(i) {
		return 0, i, false
	}
	if mo, ok := deMonths[w]; ok {
		return mo, i + 1, true
	}
	if mo, ok := deMonthAbbr[w]; ok && abbr && m.dot(i+1) {
		return mo, i + 2, true
	}
	for _, suffix := range []string{"monat", "monate", "monats"} {
		if stem, ok := strings.CutSuffix(w, suffix); ok {
			if mo, ok := deMonths[stem]; ok {
				return mo, i + 1, true
			}
		}
	}
	return 0, i, false
}

// deDay reads a day of the month: "27." or an ordinal word ("ersten").
func (m *matcher) deDay(i int) (int, int, bool) {
	if n, ok := m.number(i); ok {
		if m.digits(i) > 2 || n < 1 || n > 31 || !m.dot(i+1) {
			return 0, i, false
		}
		// "3.27." is a section number, "1.500" a count.
		if m.glued(i) && m.is(i-1, ".", ",") && m.ok(i-2) && m.toks[i-2].kind == tokNumber {
			return 0, i, false
		}
		return n, i + 2, true
	}
	if n, ok := deOrdinal(m.low(i)); ok && n >= 1 && n <= 31 {
		return n, i + 1, true
	}
	return 0, i, false
}

// deNumericDate reads "12.06.2020", "1.9.39", "27.9." and ISO "2020-06-12".
func (m *matcher) deNumericDate(i int) (dateSpec, int, bool) {
	var d dateSpec
	if m.digits(i) == 4 && m.is(i+1, "-") && m.glued(i+1) && m.digits(i+2) == 2 && m.glued(i+2) &&
		m.is(i+3, "-") && m.glued(i+3) && m.digits(i+4) == 2 && m.glued(i+4) && !m.partOfBigNumber(i) {
		y, _ := m.number(i)
		mo, _ := m.number(i + 2)
		day, _ := m.number(i + 4)
		if y < 1000 || mo < 1 || mo > 12 || day < 1 || day > daysIn(y, mo) {
			return d, i, false
		}
		return dateSpec{year: y, hasYear: true, month: mo, day: day}, i + 5, true
	}
	day, ok1 := m.number(i)
	mo, ok2 := m.number(i + 2)
	if !ok1 || !ok2 || m.digits(i) > 2 || m.digits(i+2) > 2 || !m.dot(i+1) || !m.glued(i+2) ||
		day < 1 || day > 31 || mo < 1 || mo > 12 {
		return d, i, false
	}
	if m.glued(i) && m.is(i-1, ".") {
		return d, i, false // "1.2.3.4"
	}
	if !m.dot(i + 3) {
		return d, i, false
	}
	d = dateSpec{month: mo, day: day}
	if y, ok := m.number(i + 4); ok && m.glued(i+4) && (m.digits(i+4) == 4 || m.digits(i+4) == 2) {
		if m.is(i+5, ".", ",") && m.glued(i+5) && m.ok(i+6) && m.toks[i+6].kind == tokNumber && m.glued(i+6) {
			return d, i, false
		}
		d.year, d.hasYear, d.twoDigit = y, true, m.digits(i+4) == 2
		if !d.twoDigit && (y < 1000 || day > daysIn(y, mo)) {
			return d, i, false
		}
		return d, i + 5, true
	}
	// Without a year "27.9." is a date only after a preposition.
	if !m.is(i-1, "am", "vom", "bis", "zum", "ab", "seit", "dem", "den") {
		return d, i, false
	}
	return d, i + 4, true
}

// deYearPhrase reads what may follow a month or season to give its year:
// "1939", ", 1777", "des Jahres 1789", "im Jahre 1911", "490 v. Chr.",
// "desselben Jahres", "nächsten Jahres", "des Vorjahres".
func (m *matcher) deYearPhrase(i int, d *dateSpec) (int, bool) {
	j := i
	if m.is(j, ",") {
		j++
	}
	if y, k, ok := m.deYear(j, false); ok {
		y.apply(d)
		return k, true
	}
	j = i
	if m.is(j, "des", "im", "in") && m.is(j+1, "jahres", "jahre", "jahr") {
		if y, k, ok := m.deYear(j+2, true); ok {
			y.apply(d)
			return k, true
		}
	}
	if shift, _, k, ok := m.deYearShift(i); ok {
		d.ref, d.shift = unitYear, shift
		return k, true
	}
	return i, false
}

// deYearShift reads a year given relative to the anchor: "des Jahres",
// "desselben Jahres", "des folgenden Jahres", "nächsten Jahres", "dieses
// Jahres", "des Vorjahres".
func (m *matcher) deYearShift(i int) (shift int, anchor anchorKind, next int, ok bool) {
	j := i
	if m.is(j, "des", "der") {
		j++
	}
	if m.is(j, "jahres", "jahrs") && j > i {
		if _, _, ok := m.deYear(j+1, true); ok {
			return 0, anchorNow, i, false
		}
		return 0, anchorStory, j + 1, true
	}
	if c, found := deCompoundShifts[m.low(j)]; found && c.unit == unitYear {
		return c.shift, shiftWord{c.shift, c.back}.anchorOf(), j + 1, true
	}
	if w, found := deShiftWords[m.low(j)]; found && m.is(j+1, "jahres", "jahrs") {
		return w.shift, w.anchorOf(), j + 2, true
	}
	return 0, anchorNow, i, false
}

// deCalendarDate reads a date of day or month precision: "Freitag, 27.
// September 2024", "27. September", "September 1939", "August desselben
// Jahres", "12.06.2020". bare reports a month name with nothing else.
func (m *matcher) deCalendarDate(i int) (d dateSpec, next int, bare bool, ok bool) {
	j := i
	if wd, found := deWeekdays[m.low(j)]; found {
		d.weekday = wd
		j++
		if m.is(j, ",") {
			j++
		}
		if m.is(j, "den", "dem") {
			j++
		}
	}
	if nd, k, found := m.deNumericDate(j); found {
		nd.weekday = d.weekday
		return nd, k, false, true
	}
	if day, k, found := m.deDay(j); found {
		mo, k2, found := m.deMonth(k, true)
		if !found {
			return d, i, false, false
		}
		d.day, d.month = day, mo
		if k3, found := m.deYearPhrase(k2, &d); found {
			k2 = k3
		}
		if d.hasYear && !d.twoDigit && d.year > 0 && day > daysIn(d.year, mo) {
			return d, i, false, false
		}
		return d, k2, false, true
	}
	if d.weekday != 0 {
		return d, i, false, false
	}
	mo, k, found := m.deMonth(j, true)
	if !found {
		return d, i, false, false
	}
	d.month = mo
	if k2, found := m.deYearPhrase(k, &d); found {
		return d, k2, false, true
	}
	abbreviated := k > j+1
	if abbreviated {
		return d, i, false, false
	}
	return d, k, true, true
}

// bareMonthOK decides whether a month name with nothing after it is a
// month: after a preposition ("im Mai") or in a list of months, and not in
// a name ("Karl Mai", "August Bebel").
func (m *matcher) bareMonthOK(i, next int) bool {
	if deLeftMonthContext[m.low(i-1)] {
		return true
	}
	// "Mai/Juni 1940", "März und April"
	if m.is(next, "/", "-", "und", "oder", "bis") {
		if _, _, ok := m.deMonth(next+1, true); ok {
			return true
		}
	}
	return false
}

func deDateRule(m *matcher, i int) (candidate, bool) {
	d, j, bare, ok := m.deCalendarDate(i)
	if !ok || (bare && !m.bareMonthOK(i, j)) {
		return candidate{}, false
	}
	if d.day > 0 {
		j = m.deTimeAfterDate(j, &d)
	}
	return dateCand(i, j, d, "")
}

// deTimeAfterDate reads a time or part of day right after a date: "11.
// November 11 Uhr", "8. Mai, 23:01 Uhr mitteleuropäischer Zeit", "17. Juli
// morgens".
func (m *matcher) deTimeAfterDate(j int, d *dateSpec) int {
	k := j
	if m.is(k, ",") {
		k++
	}
	if c, end, ok := m.deClock(k); ok {
		d.hour, d.minute, d.hasTime, d.timezone = c.hour, c.minute, true, c.timezone
		return end
	}
	if pod, ok := dePartsOfDay[m.low(j)]; ok && m.is(j, "morgens", "vormittags", "mittags", "nachmittags", "abends", "nachts", "früh") {
		d.pod = pod
		return j + 1
	}
	return j
}

// deModRule reads a part word before a date: "Ende September 2025",
// "Anfang 2020", "Mitte des Jahres", "Gegen Ende des 6. Jahrhunderts v.
// Chr.", "Anfang der 460er Jahre", "Ende September nächsten Jahres".
func deModRule(m *matcher, i int) (candidate, bool) {
	j := i
	// "Gegen Ende September" opening a sentence keeps "Gegen"; inside one,
	// "gegen Ende des Jahres" does not (as annotated).
	if m.toks[j].text == "Gegen" && m.is(j+1, "ende", "anfang", "beginn", "mitte") {
		j++
	}
	if m.is(j, "ungefähr", "etwa", "circa") && m.is(j+1, "ende", "anfang", "beginn", "mitte") {
		j++
	}
	mod, ok := dePartWords[m.low(j)]
	if !ok {
		return candidate{}, false
	}
	s, k, ok := m.deModTarget(j + 1)
	if !ok {
		return candidate{}, false
	}
	s.mod = mod
	return cand(i, k, s)
}

// deModTarget reads what a part word applies to.
func (m *matcher) deModTarget(j int) (spec, int, bool) {
	if d, k, _, ok := m.deCalendarDate(j); ok && d.day == 0 && d.weekday == 0 {
		return spec{kind: KindDate, date: d}, k, true
	}
	if y, k, ok := m.deYear(j, false); ok {
		var d dateSpec
		y.apply(&d)
		return spec{kind: KindDate, date: d}, k, true
	}
	if shift, anchor, k, ok := m.deYearShift(j); ok {
		return spec{kind: KindDate, date: dateSpec{ref: unitYear, shift: shift}, anchor: anchor}, k, true
	}
	k := j
	if m.is(k, "des", "der", "dieses", "diesen", "dieser") {
		k++
	}
	// "des Jahres 1939", "des Jahres 258 v. Chr."
	if m.is(k, "jahres", "jahrs") {
		if y, k2, ok := m.deYear(k+1, true); ok {
			var d dateSpec
			y.apply(&d)
			return spec{kind: KindDate, date: d}, k2, true
		}
	}
	// "des Monats", "des Tages", "der Woche", "nächster Woche", "des Sommers"
	shift, anchor := 0, anchorNow
	if m.is(j, "des", "der") {
		anchor = anchorStory
	}
	if w, ok := deShiftWords[m.low(k)]; ok && k+1 < len(m.toks) {
		if _, isUnit := deUnitWords[m.low(k+1)]; isUnit {
			shift, anchor = w.shift, w.anchorOf()
			k++
		}
	}
	if u, ok := deUnitWords[m.low(k)]; ok && !u.plural {
		switch u.unit {
		case unitDay, unitWeek, unitMonth, unitYear, unitQuarter:
			return spec{kind: KindDate, date: dateSpec{ref: u.unit, shift: shift}, anchor: anchor}, k + 1, true
		}
	}
	if c, ok := m.deCenturyAt(k); ok {
		return c.spec, c.end, true
	}
	if c, ok := m.deDecadeAt(k); ok {
		return c.spec, c.end, true
	}
	if c, ok := deSeasonRule(m, k); ok && c.start == k {
		return c.spec, c.end, true
	}
	return spec{}, j, false
}

// deYearPartRule reads "Jahresende", "Jahresmitte 1789", and "Monatsende".
func deYearPartRule(m *matcher, i int) (candidate, bool) {
	w := m.low(i)
	if mod, ok := deYearParts[w]; ok {
		var d dateSpec
		j := i + 1
		if y, k, ok := m.deYear(j, false); ok {
			y.apply(&d)
			j = k
		} else {
			d.ref = unitYear
		}
		return dateCand(i, j, d, mod)
	}
	if rest, ok := strings.CutPrefix(w, "monats"); ok {
		if mod, ok := dePartWords[rest]; ok {
			return dateCand(i, i+1, dateSpec{ref: unitMonth}, mod)
		}
	}
	return candidate{}, false
}

// deYearRule reads a year: "1939", "Jahr 1864", "das Jahr 256 v. Chr.",
// "490 v. Chr.", "um 1900", "Um 449" (in a text set before Christ).
func deYearRule(m *matcher, i int) (candidate, bool) {
	j := i
	if m.is(j, "das") && m.is(j+1, "jahr") {
		j++
	}
	if m.is(j, "jahr", "jahre", "jahres", "jahrs") {
		y, k, ok := m.deYear(j+1, true)
		if !ok || (!y.eraGiven && m.digits(j+1) < 3) {
			return candidate{}, false
		}
		var d dateSpec
		y.apply(&d)
		return dateCand(i, k, d, "")
	}
	mod := ""
	if m.is(j, "um", "etwa", "ca", "circa", "ungefähr", "gegen") {
		mod = "APPROX"
		j++
		if m.dot(j) {
			j++
		}
		if m.is(j, "das") && m.is(j+1, "jahr") {
			if y, k, ok := m.deYear(j+2, true); ok && m.digits(j+2) >= 3 {
				var d dateSpec
				y.apply(&d)
				return dateCand(i, k, d, mod)
			}
		}
	}
	// "264–260 v. Chr.": the first year takes the era of the second.
	if n, isNum := m.number(j); isNum && n > 0 && m.digits(j) <= 4 && m.is(j+1, "-", "bis", "/") && !m.partOfBigNumber(j) {
		if y2, _, ok := m.deYear(j+2, false); ok && y2.eraGiven && m.digits(j+2) <= 4 {
			y := n
			if y2.year < 0 {
				y = -n
			}
			return dateCand(i, j+1, dateSpec{year: y, hasYear: true, eraGiven: true}, mod)
		}
	}
	y, k, ok := m.deYear(j, false)
	short := false
	// "394 wurde Theodosius Alleinherrscher", "Nach seinem Tod 395": a
	// year of three digits where a chronicle writes one.
	if !ok && m.digits(j) == 3 && mod == "" && (m.chronicleStart(j) && m.is(j+1, deChronicleVerbs...) || m.is(j-1, deLifeNouns...)) {
		if y2, k2, ok2 := m.deYear(j, true); ok2 && m.plausibleBareYear(i, k2) {
			var d dateSpec
			y2.apply(&d)
			return dateCand(i, k2, d, "")
		}
	}
	if !ok && mod != "" && m.digits(j) == 3 {
		// "Um 449" counts only where the story is set before Christ.
		if y2, k2, ok2 := m.deYear(j, true); ok2 {
			y, k, ok, short = y2, k2, true, true
		}
	}
	if !ok {
		return candidate{}, false
	}
	if !y.eraGiven && !m.plausibleBareYear(i, k) {
		return candidate{}, false
	}
	var d dateSpec
	y.apply(&d)
	s := spec{kind: KindDate, date: d, mod: mod, onlyBC: short}
	return cand(i, k, s)
}

// chronicleStart reports whether token i opens a sentence as a year may:
// not after the full stop of an abbreviation the sentence splitter knows
// (segment.IsAbbreviation: "Nr. 370 wurde") or of a number.
func (m *matcher) chronicleStart(i int) bool {
	if !m.sentenceStart(i) {
		return false
	}
	if m.is(i-1, ".") && m.ok(i-2) && (m.toks[i-2].kind == tokNumber || segment.IsAbbreviation(m.toks[i-2].text)) {
		return false
	}
	return true
}

// deChronicleVerbs are the singular verbs after which a number opening a
// sentence is a year ("394 wurde …"); a plural one counts ("300 wurden
// gefangen").
var deChronicleVerbs = []string{"wurde", "starb", "kam", "begann", "folgte", "fiel", "zog", "trat", "gelang", "heiratete", "erhielt"}

// deLifeNouns are the nouns of a life after which a number is its year
// ("nach seinem Tod 395").
var deLifeNouns = []string{"tod", "tode", "geburt", "krönung", "thronbesteigung", "hochzeit", "heirat", "abdankung"}

// plausibleBareYear rejects four-digit numbers that count something: "1500
// Soldaten", "mehr als 2000", "von 1200 auf 1800".
func (m *matcher) plausibleBareYear(start, next int) bool {
	if m.inIdentifier(start, next) {
		return false
	}
	if m.is(start-1, "über", "darunter", "davon", "rund", "mindestens", "höchstens", "maximal",
		"weitere", "insgesamt", "nur", "sogar", "fast", "knapp", "etwa", "ca", "circa", "ungefähr", "zirka") {
		return false
	}
	if m.is(start-1, "als") && m.is(start-2, "mehr", "weniger") {
		return false
	}
	if m.is(next, "auf") && m.ok(next+1) && m.toks[next+1].kind == tokNumber {
		return false
	}
	if m.is(next, "mann", "soldaten", "menschen", "personen", "tote", "toten", "opfer", "km", "m", "meter",
		"kilometer", "einwohner", "stück", "euro", "dollar", "mark", "pfund", "tonnen", "panzer", "flugzeuge",
		"schiffe", "gefangene", "verwundete", "mal", "prozent", "%", "ps", "kg", "t", "ha", "€", "$") {
		return false
	}
	// "1500 Panzern", "1400 hessischen Truppen": a count before a noun;
	// but "bis 1915 russische", "ab 1929 Jugoslawien" are years.
	if deYearLeftContext[m.low(start-1)] || start == 0 || m.toks[start].newline {
		return true
	}
	if _, isMonth := deMonths[m.low(next)]; m.capital(next) && !isMonth && !m.sentenceStart(next) {
		return false
	}
	if m.isWord(next) && !m.capital(next) && isAdjectiveForm(m.low(next)) && m.capital(next+1) && !deVerbLike(m.low(next)) {
		return false
	}
	return true
}

// deYearContinuationRule reads the short second year of "1911/12",
// "1930–34", "Winter 1777/78".
func deYearContinuationRule(m *matcher, i int) (candidate, bool) {
	n, ok := m.number(i)
	if !ok || m.digits(i) != 2 || !m.is(i-1, "/", "-") || m.digits(i-2) != 4 || m.partOfBigNumber(i) {
		return candidate{}, false
	}
	if m.isWord(i+1) && m.glued(i+1) {
		return candidate{}, false
	}
	first, _ := m.number(i - 2)
	if first < 1000 || first > 2199 {
		return candidate{}, false
	}
	y := first/100*100 + n
	if y <= first {
		y += 100
	}
	d := dateSpec{year: y, hasYear: true}
	if sw, ok := deSeasons[m.low(i-3)]; ok {
		d.season = sw.season
	}
	return dateCand(i, i+1, d, "")
}

// deYearLeftContext are the words after which a number is a year.
var deYearLeftContext = map[string]bool{
	"bis": true, "ab": true, "seit": true, "im": true, "in": true, "von": true, "nach": true, "vor": true,
	"bereits": true, "schon": true, "erst": true, "um": true, "noch": true, "*": true, "(": true, "-": true,
	"jahr": true, "jahre": true, "jahres": true, "anfang": true, "mitte": true, "ende": true, "frühjahr": true,
	"sommer": true, "herbst": true, "winter": true, "und": false,
}

// deVerbLike reports whether a word after a year is likely the verb of the
// sentence ("1941 griffen Truppen …"), which a count would not be followed by.
func deVerbLike(w string) bool {
	return !strings.HasSuffix(w, "ischen") && !strings.HasSuffix(w, "ische") && !strings.HasSuffix(w, "igen") &&
		!strings.HasSuffix(w, "ige") && !strings.HasSuffix(w, "lichen") && !strings.HasSuffix(w, "liche") &&
		!strings.HasSuffix(w, "weitere") && !strings.HasSuffix(w, "weiteren")
}
