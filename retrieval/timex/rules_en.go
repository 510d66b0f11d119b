package timex

// enRules are the English rules, tried at every token; the longest match
// wins.
var enRules = []rule{
	enDateRule,
	enDayOnlyRule,
	enModRule,
	enYearRule,
	enDecadeRule,
	enCenturyRule,
	enSeasonRule,
	enPartOfYearRule,
	enHolidayRule,
	enRelativeUnitRule,
	enOffsetRule,
	enDeicticRule,
	enWeekdayRule,
	enRefRule,
	enDurationRule,
	enSetRule,
	enClockRule,
}

// enEra reads "BC", "BCE", "B.C.", "AD", "CE", "A.D." after a year.
func (m *matcher) enEra(i int) (bc bool, next int, ok bool) {
	switch m.low(i) {
	case "bc", "bce":
		return true, i + 1, m.capital(i)
	case "ad", "ce":
		return false, i + 1, m.capital(i)
	case "b", "a":
		if m.dot(i+1) && m.is(i+2, "c", "d") && m.glued(i+2) && m.dot(i+3) && m.capital(i) {
			return m.low(i) == "b", i + 4, true
		}
	}
	return false, i, false
}

// enYear reads a year: four digits from 1000 to 2199, or up to four digits
// with an era ("490 BC", "AD 800").
func (m *matcher) enYear(i int) (yearRead, int, bool) {
	if m.is(i, "ad") && m.capital(i) {
		if n, ok := m.number(i + 1); ok && n > 0 && n <= maxYear && m.digits(i+1) <= 4 {
			return yearRead{year: n, eraGiven: true}, i + 2, true
		}
	}
	n, ok := m.number(i)
	if !ok || n == 0 || n > maxYear || m.partOfBigNumber(i) || m.isWord(i+1) && m.glued(i+1) {
		return yearRead{}, i, false
	}
	if bc, j, ok := m.enEra(i + 1); ok {
		if bc {
			n = -n
		}
		return yearRead{year: n, eraGiven: true}, j, true
	}
	if m.digits(i) == 4 && n >= 1000 && n <= 2199 {
		return yearRead{year: n}, i + 1, true
	}
	return yearRead{}, i, false
}

// enMonth reads a month name or abbreviation. "May" and "March" must be
// capitalised, being common words too.
func (m *matcher) enMonth(i int) (int, int, bool) {
	w := m.low(i)
	if !m.isWord(i) {
		return 0, i, false
	}
	if mo, ok := enMonths[w]; ok {
		if (w == "may" || w == "march") && !m.capital(i) {
			return 0, i, false
		}
		return mo, i + 1, true
	}
	if mo, ok := enMonthAbbr[w]; ok && m.capital(i) {
		if m.dot(i + 1) {
			return mo, i + 2, true
		}
		return mo, i + 1, true
	}
	return 0, i, false
}

// enDay reads a day of the month: "27", "27th", "1st".
func (m *matcher) enDay(i int) (int, int, bool) {
	n, ok := m.number(i)
	if !ok || m.digits(i) > 2 || n < 1 || n > 31 || m.partOfBigNumber(i) {
		return 0, i, false
	}
	if m.is(i+1, "st", "nd", "rd", "th") && m.glued(i+1) {
		return n, i + 2, true
	}
	if m.isWord(i+1) && m.glued(i+1) {
		return 0, i, false
	}
	return n, i + 1, true
}

// enYearPhrase reads the year after a month or day: "2024", ", 2024", "of
// 2024", "last year", "of next year".
func (m *matcher) enYearPhrase(i int, d *dateSpec) (int, bool) {
	j := i
	if m.is(j, ",", "of") {
		j++
	}
	if y, k, ok := m.enYear(j); ok {
		y.apply(d)
		return k, true
	}
	j = i
	if m.is(j, "of") {
		j++
	}
	if w, ok := enShiftWords[m.low(j)]; ok && m.is(j+1, "year") && !w.back {
		d.ref, d.shift = unitYear, w.shift
		return j + 2, true
	}
	if m.is(j, "that", "the") && m.is(j+1, "same") && m.is(j+2, "year") || m.is(j, "that") && m.is(j+1, "year") {
		d.ref = unitYear
		return j + 2 + btoi(m.is(j+1, "same")), true
	}
	return i, false
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// enCalendarDate reads "September 27, 2024", "27 September 2024", "the
// 27th of September", "Friday, September 27", "September 2025", "October
// last year", "2024-09-27", "9/27/2024".
func (m *matcher) enCalendarDate(i int) (d dateSpec, next int, bare bool, ok bool) {
	j := i
	if wd, found := enWeekdays[m.low(j)]; found && m.capital(j) {
		d.weekday = wd
		j++
		if m.is(j, ",") {
			j++
		}
		if m.is(j, "the") {
			j++
		}
	}
	if nd, k, found := m.enNumericDate(j); found {
		nd.weekday = d.weekday
		return nd, k, false, true
	}
	// "September 27, 2024", "Sept. 27"
	if mo, k, found := m.enMonth(j); found {
		if day, k2, found := m.enDay(k); found && !(m.digits(k) == 4) {
			d.month, d.day = mo, day
			if k3, found := m.enYearPhrase(k2, &d); found {
				k2 = k3
			}
			return d, k2, false, true
		}
		if d.weekday != 0 {
			return d, i, false, false
		}
		d.month = mo
		if k2, found := m.enYearPhrase(k, &d); found {
			return d, k2, false, true
		}
		return d, k, true, true
	}
	// "27 September 2024", "the 27th of September"
	k := j
	if m.is(k, "the") {
		k++
	}
	day, k2, found := m.enDay(k)
	if !found {
		if n, isOrd := enOrdinals[m.low(k)]; isOrd && n > 0 && k > j {
			day, k2, found = n, k+1, true
		}
	}
	if !found {
		return d, i, false, false
	}
	if m.is(k2, "of") {
		k2++
	}
	mo, k3, found := m.enMonth(k2)
	if !found {
		return d, i, false, false
	}
	d.day, d.month = day, mo
	if k4, found := m.enYearPhrase(k3, &d); found {
		k3 = k4
	}
	return d, k3, false, true
}

// enNumericDate reads ISO "2024-09-27", "9/27/2024" (month first) and
// "27.09.2024".
func (m *matcher) enNumericDate(i int) (dateSpec, int, bool) {
	if d, k, ok := m.deNumericDate(i); ok && d.hasYear {
		return d, k, ok
	}
	mo, ok1 := m.number(i)
	day, ok2 := m.number(i + 2)
	y, ok3 := m.number(i + 4)
	if !ok1 || !ok2 || !ok3 || !m.is(i+1, "/") || !m.is(i+3, "/") || !m.glued(i+1) || !m.glued(i+2) ||
		!m.glued(i+3) || !m.glued(i+4) || m.digits(i+4) != 4 || mo < 1 || mo > 12 || day < 1 || y < 1000 ||
		day > daysIn(y, mo) || m.partOfBigNumber(i) {
		return dateSpec{}, i, false
	}
	return dateSpec{year: y, hasYear: true, month: mo, day: day}, i + 5, true
}

func enDateRule(m *matcher, i int) (candidate, bool) {
	d, j, bare, ok := m.enCalendarDate(i)
	if !ok {
		return candidate{}, false
	}
	if bare && !enLeftMonthContext[m.low(i-1)] {
		return candidate{}, false
	}
	if d.day > 0 {
		k := j
		if m.is(k, ",", "at") {
			k++
		}
		if c, end, ok := m.enClock(k); ok && c.uhr {
			d.hour, d.minute, d.hasTime, d.timezone = c.hour, c.minute, true, c.timezone
			j = end
		}
	}
	return dateCand(i, j, d, "")
}

// enDayOnlyRule reads a bare day at one end of a range of days whose
// other end gives the month: "22" of "22-28 September" (linkCoordinated
// lends it the month and year), "28" of "September 22-28" or "September
// 22 to 28" (the month before it, and a year after it: "September 22-28,
// 2025"). The first day comes before the last: "won 21-3" is a score.
func enDayOnlyRule(m *matcher, i int) (candidate, bool) {
	n, ok := m.number(i)
	if !ok || m.digits(i) > 2 || n < 1 || n > 31 || m.partOfBigNumber(i) {
		return candidate{}, false
	}
	d := dateSpec{day: n}
	// A range runs forward: "21-3" is a score, "28-22" no range.
	if m.is(i+1, "-", "–", "to", "through", "until") && m.digits(i+2) > 0 && m.digits(i+2) <= 2 {
		if e, _, _, ok := m.enCalendarDate(i + 2); ok && e.day > n && e.month > 0 {
			return dateCand(i, i+1, d, "")
		}
	}
	if first, ok := m.number(i - 2); ok && first < n && m.is(i-1, "-", "–", "to", "through", "until") && m.digits(i-2) <= 2 {
		if mo, k, ok := m.enMonth(i - 3); ok && k == i-2 {
			d.month = mo
			next := i + 1
			if k2, ok := m.enYearPhrase(next, &d); ok {
				next = k2
			}
			return dateCand(i, next, d, "")
		}
	}
	return candidate{}, false
}

// enModRule reads "early 2020", "mid-March", "late September 2025", "the
// end of September 2025", "the beginning of next year", "the end of the
// month".
func enModRule(m *matcher, i int) (candidate, bool) {
	j := i
	if mod, ok := enPartWords[m.low(j)]; ok {
		j++
		if m.is(j, "-") && m.glued(j) {
			j++
		}
		s, k, ok := m.enModTarget(j)
		if !ok {
			return candidate{}, false
		}
		s.mod = mod
		return cand(i, k, s)
	}
	if m.is(j, "the") {
		j++
	}
	mod, ok := enPartNouns[m.low(j)]
	if !ok || !m.is(j+1, "of") {
		return candidate{}, false
	}
	s, k, ok := m.enModTarget(j + 2)
	if !ok {
		return candidate{}, false
	}
	s.mod = mod
	return cand(i, k, s)
}

func (m *matcher) enModTarget(j int) (spec, int, bool) {
	if d, k, _, ok := m.enCalendarDate(j); ok && d.day == 0 && d.weekday == 0 {
		return spec{kind: KindDate, date: d}, k, true
	}
	if y, k, ok := m.enYear(j); ok {
		var d dateSpec
		y.apply(&d)
		return spec{kind: KindDate, date: d}, k, true
	}
	if c, ok := enDecadeRule(m, j); ok {
		return c.spec, c.end, true
	}
	if c, ok := enSeasonRule(m, j); ok {
		return c.spec, c.end, true
	}
	if c, ok := enCenturyRule(m, j); ok {
		return c.spec, c.end, true
	}
	k := j
	if m.is(k, "the") {
		k++
	}
	shift, anchor := 0, anchorNow
	if m.is(j, "the") {
		anchor = anchorStory
	}
	if w, ok := enShiftWords[m.low(k)]; ok {
		shift, anchor = w.shift, w.anchorOf()
		k++
	}
	if u, ok := enUnitWords[m.low(k)]; ok && !u.plural {
		switch u.unit {
		case unitDay, unitWeek, unitMonth, unitYear, unitQuarter:
			return spec{kind: KindDate, date: dateSpec{ref: u.unit, shift: shift}, anchor: anchor}, k + 1, true
		}
	}
	return spec{}, j, false
}

// enYearRule reads "2019", "490 BC", "AD 800", "the year 2020", and a
// hedged year after a preposition of time: "until around 2018", "in about
// 1850" ("about 2000 people" stays a count).
func enYearRule(m *matcher, i int) (candidate, bool) {
	j := i
	mod := ""
	if m.is(j, "the") && m.is(j+1, "year") {
		j += 2
	} else if am, ok := enApprox[m.low(j)]; ok && am == "APPROX" && !m.is(j, "some") && m.is(i-1, enYearPrepositions...) {
		mod = am
		j++
	}
	y, k, ok := m.enYear(j)
	if !ok {
		return candidate{}, false
	}
	switch {
	case y.eraGiven:
	case mod != "":
		if m.inIdentifier(j, k) || !m.plausibleHedgedYear(k) {
			return candidate{}, false
		}
	case j == i && !m.plausibleEnglishYear(i, k):
		return candidate{}, false
	}
	var d dateSpec
	y.apply(&d)
	return dateCand(i, k, d, mod)
}

// enYearPrepositions are the prepositions of time before which a hedged
// number is a year: "until around 2018", "since about 2010".
var enYearPrepositions = []string{"in", "until", "till", "by", "since", "from", "before", "after"}

// plausibleHedgedYear reports whether the four digits ending before next,
// a hedge and a preposition of time before them, are a year: what follows
// ends the phrase (a mark, the text's end, a name, a function word: "until
// around 2018, when", "in about 1850 the mill"), where a count goes on to
// what it counts ("in about 1200 schools", "fell by about 1200 points").
func (m *matcher) plausibleHedgedYear(next int) bool {
	if m.digits(next-1) != 4 {
		return false
	}
	if !m.ok(next) || m.toks[next].kind == tokPunct || m.capital(next) {
		return true
	}
	return m.is(next, "and", "or", "but", "when", "while", "the", "a", "an", "it", "he", "she", "they", "we", "as", "with",
		"its", "his", "her", "their", "was", "were", "had", "is", "by", "in", "on", "at", "during", "after", "before", "until")
}

// plausibleEnglishYear rejects counts: "over 2000 people", "1500 troops".
func (m *matcher) plausibleEnglishYear(i, next int) bool {
	if m.inIdentifier(i, next) {
		return false
	}
	if m.is(i-1, "over", "about", "around", "some", "nearly", "almost", "than", "least", "approximately", "roughly", "$", "€", "£") {
		return false
	}
	// "In 2020 volunteers met online": after a preposition of time that
	// opens the sentence a number a year can be is one, whatever noun
	// follows it ("resulted in 2000 cases" counts).
	if n, _ := m.number(i); n >= minPrepositionYear && n <= maxPrepositionYear && m.is(i-1, enYearPrepositions...) && m.sentenceStart(i-1) {
		return true
	}
	return !m.is(next, englishCountNouns...)
}

// A number from minPrepositionYear to maxPrepositionYear after a
// preposition of time that opens a sentence is a year before any noun
// ("In 2020 volunteers met", "Since 1990 troops have …"); outside that
// span a count.
const (
	minPrepositionYear = 1800
	maxPrepositionYear = 2100
)

// englishCountNouns are the words after which a four-digit number counts
// rather than dates: "1500 troops", "2000 votes", "1024 bits". English
// writes a year before a plural noun too ("the 2020 elections", "the 2019
// students"), so only units and nouns a figure counts far more often than
// a year qualifies are listed.
var englishCountNouns = []string{"people", "soldiers", "troops", "men", "women", "children", "dead", "km", "miles", "meters",
	"metres", "tons", "tonnes", "dollars", "euros", "pounds", "units", "times", "percent", "%", "cases", "jobs",
	"homes", "houses", "votes", "members", "employees", "workers",
	"bits", "bytes", "kilobytes", "megabytes", "gigabytes", "pixels", "characters", "packages", "downloads",
	"participants", "volunteers", "kilometres", "kilometers", "feet", "acres", "hectares", "barrels"}

// enDecadeRule reads "the 1990s", "the '90s", "the early 1990s", "the
// nineties".
func enDecadeRule(m *matcher, i int) (candidate, bool) {
	j := i
	if m.is(j, "the") {
		j++
	}
	mod := ""
	if mm, ok := enPartWords[m.low(j)]; ok {
		mod = mm
		j++
		if m.is(j, "-") && m.glued(j) {
			j++
		}
	}
	if m.is(j, "'") && m.glued(j+1) {
		j++
	}
	n, ok := m.number(j)
	if !ok || n%10 != 0 || m.partOfBigNumber(j) {
		return enDecadeWord(m, i, j, mod)
	}
	k := j + 1
	if m.is(k, "'") && m.glued(k) {
		k++
	}
	if !m.is(k, "s") || !m.glued(k) {
		return candidate{}, false
	}
	var d dateSpec
	switch m.digits(j) {
	case 4:
		d.decade, d.hasDecade = n/10, true
	case 2:
		d.decade, d.hasDecade, d.twoDigit = n/10, true, true
	default:
		return candidate{}, false
	}
	return dateCand(i, k+1, d, mod)
}

var enDecadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}

func enDecadeWord(m *matcher, i, j int, mod string) (candidate, bool) {
	n, ok := enDecadeWords[m.low(j)]
	if !ok || !m.is(i, "the") {
		return candidate{}, false
	}
	return dateCand(i, j+1, dateSpec{decade: n, hasDecade: true, twoDigit: true}, mod)
}

// enCenturyRule reads "the 20th century", "the twentieth century", "the
// 5th century BC".
func enCenturyRule(m *matcher, i int) (candidate, bool) {
	j := i
	if m.is(j, "the") {
		j++
	}
	n := 0
	if v, k, ok := m.enDay(j); ok && k == j+2 {
		n, j = v, k
	} else if v, ok := enOrdinals[m.low(j)]; ok && v > 0 {
		n, j = v, j+1
	} else {
		return candidate{}, false
	}
	if m.is(j, "-") && m.glued(j) {
		j++
	}
	if !m.is(j, "century") {
		return candidate{}, false
	}
	d := dateSpec{century: n - 1, hasCentury: true}
	j++
	if bc, k, ok := m.enEra(j); ok {
		d.bc, j = bc, k
	}
	return dateCand(i, j, d, "")
}

// enSeasonRule reads "winter 2023", "the winter of 2023", "last summer",
// "this spring", "spring".
func enSeasonRule(m *matcher, i int) (candidate, bool) {
	j := i
	if m.is(j, "the") {
		j++
	}
	var d dateSpec
	if w, ok := enShiftWords[m.low(j)]; ok && !w.back {
		if s, ok := enSeasons[m.low(j+1)]; ok {
			d.season, d.ref, d.shift = s, unitYear, w.shift
			return dateCand(i, j+2, d, "")
		}
	}
	s, ok := enSeasons[m.low(j)]
	if !ok || m.low(j) == "fall" && !m.is(j-1, "the", "in", "this", "last", "next") {
		return candidate{}, false
	}
	d.season = s
	k := j + 1
	if k2, ok := m.enYearPhrase(k, &d); ok {
		k = k2
	} else if j > i {
		// "the winter" needs a year or is no date of ours.
		return candidate{}, false
	}
	return dateCand(i, k, d, "")
}

// enPartOfYearRule reads "the first quarter of 2021", "Q3 2020", "the
// second half of 2023", "H1 2024".
func enPartOfYearRule(m *matcher, i int) (candidate, bool) {
	var d dateSpec
	j := i
	w := m.low(j)
	if len(w) == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4' && m.capital(j) {
		n := int(w[1] - '0')
		if w[0] == 'h' && n > 2 {
			return candidate{}, false
		}
		if w[0] == 'q' {
			d.quarter = n
		} else {
			d.half = n
		}
		k := j + 1
		if k2, ok := m.enYearPhrase(k, &d); ok {
			k = k2
		}
		return dateCand(i, k, d, "")
	}
	if m.is(j, "the") {
		j++
	}
	n, ok := enOrdinals[m.low(j)]
	if !ok {
		return candidate{}, false
	}
	switch {
	case m.is(j+1, "quarter") && (n >= 1 && n <= 4 || n == -1):
		d.quarter = n
		if n == -1 {
			d.quarter = 4
		}
	case m.is(j+1, "half") && (n == 1 || n == 2 || n == -1):
		d.half = n
		if n == -1 {
			d.half = 2
		}
	default:
		return candidate{}, false
	}
	k := j + 2
	if k2, ok := m.enYearPhrase(k, &d); ok {
		k = k2
	}
	return dateCand(i, k, d, "")
}

// enHolidayRule reads "Christmas 2023", "Christmas Eve", "New Year's Day",
// "Easter Monday".
func enHolidayRule(m *matcher, i int) (candidate, bool) {
	var d dateSpec
	j := i
	switch {
	case m.is(j, "new") && m.is(j+1, "year") && m.is(j+2, "'") && m.is(j+3, "s") && m.is(j+4, "day", "eve"):
		d.month, d.day = 1, 1
		if m.is(j+4, "eve") {
			d.month, d.day = 12, 31
		}
		j += 5
	case m.is(j, "christmas") && m.capital(j):
		d.month, d.day = 12, 25
		j++
		if m.is(j, "eve") {
			d.day, j = 24, j+1
		} else if m.is(j, "day") {
			j++
		}
	case m.is(j, "easter") && m.capital(j):
		d.movable = true
		j++
		if m.is(j, "monday") {
			d.easterOffset, j = 1, j+1
		} else if m.is(j, "sunday") {
			j++
		}
	case m.is(j, "good") && m.is(j+1, "friday") && m.capital(j):
		d.movable, d.easterOffset, j = true, -2, j+2
	default:
		return candidate{}, false
	}
	if y, k, ok := m.enYear(j); ok {
		y.apply(&d)
		j = k
	}
	return dateCand(i, j, d, "")
}
