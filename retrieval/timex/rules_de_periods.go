package timex

import "strings"

// deDecadeAt reads a decade: "1930er-Jahren", "den 1990er Jahren", "der
// 460er Jahre" (era from the anchor), "die zwanziger Jahre" (century from
// the anchor), with "frühen"/"späten".
func (m *matcher) deDecadeAt(i int) (candidate, bool) {
	j := i
	if m.is(j, "die", "den") {
		j++
	}
	mod := ""
	if mm, ok := deEarlyLate[m.low(j)]; ok {
		mod = mm
		j++
	}
	var d dateSpec
	switch n, isNum := m.number(j); {
	case isNum && m.is(j+1, "er", "ern") && m.glued(j+1) && n%10 == 0 && !m.partOfBigNumber(j):
		switch m.digits(j) {
		case 4:
			d.decade, d.hasDecade = n/10, true
		case 3:
			d.decade, d.hasDecade = n/10, true
			d.eraFromAnchor = true
		case 2:
			d.decade, d.hasDecade, d.twoDigit = n/10, true, true
		default:
			return candidate{}, false
		}
		j += 2
	default:
		w := m.low(j)
		stem, ok := strings.CutSuffix(w, "er")
		if !ok {
			stem, ok = strings.CutSuffix(w, "ern")
		}
		tens, isTens := deTens[stem]
		if !ok || !isTens {
			// "Zwanzigerjahre", "Zwanzigerjahren"
			stem, _, found := strings.Cut(w, "erjahre")
			if tens, found = deTens[stem]; !found || !strings.HasSuffix(w, "erjahre") && !strings.HasSuffix(w, "erjahren") {
				return candidate{}, false
			}
			d.decade, d.hasDecade, d.twoDigit = tens/10, true, true
			return dateCand(i, j+1, d, mod)
		}
		if !m.is(j+1, "jahre", "jahren", "jahrzehnt") {
			return candidate{}, false
		}
		d.decade, d.hasDecade, d.twoDigit = tens/10, true, true
		return dateCand(i, j+2, d, mod)
	}
	if m.is(j, "-") && m.glued(j) && m.is(j+1, "jahre", "jahren") {
		j += 2
	} else if m.is(j, "jahre", "jahren", "jahrzehnt", "jahrzehnts") {
		j++
	}
	if bc, k, ok := m.deEra(j); ok {
		d.bc, d.eraFromAnchor = bc, false
		j = k
	}
	return dateCand(i, j, d, mod)
}

func deDecadeRule(m *matcher, i int) (candidate, bool) { return m.deDecadeAt(i) }

// deCenturyAt reads a century: "20. Jahrhunderts", "18. Jh.", "4. Jh. v.
// Chr.", "zwanzigsten Jahrhundert".
func (m *matcher) deCenturyAt(i int) (candidate, bool) {
	n, j, ok := 0, i, false
	if v, isNum := m.number(i); isNum && m.digits(i) <= 2 && m.dot(i+1) {
		n, j, ok = v, i+2, true
	} else if v, isOrd := deOrdinal(m.low(i)); isOrd && v > 0 {
		n, j, ok = v, i+1, true
	}
	if !ok || n < 1 || n > 40 {
		return candidate{}, false
	}
	switch {
	case m.is(j, "jahrhundert", "jahrhunderts", "jahrhunderte"):
		j++
	case m.is(j, "jh", "jhd", "jhdt", "jhs") && m.dot(j+1):
		j += 2
	default:
		return candidate{}, false
	}
	d := dateSpec{century: n - 1, hasCentury: true}
	if bc, k, ok := m.deEra(j); ok {
		d.bc = bc
		j = k
	}
	return dateCand(i, j, d, "")
}

func deCenturyRule(m *matcher, i int) (candidate, bool) { return m.deCenturyAt(i) }

// deSeasonRule reads a season: "Sommer 1940", "Frühjahr 479 v. Chr.",
// "Herbst des Jahres 1972", "späten Frühjahr 1861", "des Sommers",
// "Frühjahr des nächsten Jahres", "Winter".
func deSeasonRule(m *matcher, i int) (candidate, bool) {
	j := i
	mod := ""
	// "des Sommers" keeps its article (but "des Frühjahres 1918" does not).
	if m.is(j, "des") {
		if sw, ok := deSeasons[m.low(j+1)]; !ok || sw.mod != "" || !strings.HasSuffix(m.low(j+1), "s") || m.ok(j+2) && m.toks[j+2].kind == tokNumber {
			return candidate{}, false
		}
		j++
	}
	if mm, ok := deEarlyLate[m.low(j)]; ok {
		mod = mm
		j++
	}
	sw, ok := deSeasons[m.low(j)]
	if !ok {
		return candidate{}, false
	}
	start := i
	if sw.mod != "" {
		mod = sw.mod
	}
	d := dateSpec{season: sw.season}
	k := j + 1
	if k2, ok := m.deYearPhrase(k, &d); ok {
		k = k2
	} else if m.is(k, "des", "im") && m.is(k+1, "jahres", "jahre") {
		if y, k3, ok := m.deYear(k+2, true); ok {
			y.apply(&d)
			k = k3
		}
	}
	// "Jens Herbst" is a name.
	if k == j+1 && j == i && m.capital(i-1) && !m.sentenceStart(i-1) {
		return candidate{}, false
	}
	return dateCand(start, k, d, mod)
}

// dePartOfYearRule reads half-years and quarters: "1. Halbjahr", "zweiten
// Jahreshälfte", "ersten Hälfte des Jahres 1863", "dritten Quartal 2020".
func dePartOfYearRule(m *matcher, i int) (candidate, bool) {
	// "KW 26", "26. Kalenderwoche 1941"
	if m.is(i, "kw") && m.capital(i) {
		if w, ok := m.number(i + 1); ok && w >= 1 && w <= 53 {
			d := dateSpec{week: w}
			j := i + 2
			if k, ok := m.deYearPhrase(j, &d); ok {
				j = k
			}
			return dateCand(i, j, d, "")
		}
	}
	n, j := 0, i
	if v, ok := m.number(i); ok && m.digits(i) <= 2 && m.dot(i+1) {
		n, j = v, i+2
	} else if v, ok := deOrdinal(m.low(i)); ok {
		n, j = v, i+1
	} else {
		return candidate{}, false
	}
	var d dateSpec
	switch {
	case m.is(j, "halbjahr", "halbjahres", "halbjahrs", "jahreshälfte") && (n == 1 || n == 2 || n == -1):
		d.half = n
		j++
	case m.is(j, "hälfte") && m.is(j+1, "des") && m.is(j+2, "jahres") && (n == 1 || n == 2 || n == -1):
		d.half = n
		j += 3
	case m.is(j, "quartal", "quartals") && ((n >= 1 && n <= 4) || n == -1):
		d.quarter = n
		j++
	case m.is(j, "kalenderwoche") && n >= 1 && n <= 53:
		d.week = n
		j++
	default:
		return candidate{}, false
	}
	if d.half == -1 {
		d.half = 2
	}
	if d.quarter == -1 {
		d.quarter = 4
	}
	if k, ok := m.deYearPhrase(j, &d); ok {
		j = k
	}
	return dateCand(i, j, d, "")
}

// deHolidayRule reads feasts: "Weihnachten 1966", "Neujahrstag 1863",
// "Ersten Weihnachtstag 1776", "Ostern".
func deHolidayRule(m *matcher, i int) (candidate, bool) {
	j := i
	second := false
	if n, ok := deOrdinal(m.low(j)); ok && (n == 1 || n == 2) && m.is(j+1, "weihnachtstag", "weihnachtsfeiertag") {
		second = n == 2
		j++
	}
	h, ok := deHolidays[m.low(j)]
	if !ok {
		if m.is(j, "weihnachtsfeiertag") {
			h, ok = holiday{month: 12, day: 25}, true
		}
		if !ok {
			return candidate{}, false
		}
	}
	d := dateSpec{month: h.month, day: h.day, movable: h.movable, easterOffset: h.easterOffset}
	if second {
		d.day = 26
	}
	k := j + 1
	if y, k2, ok := m.deYear(k, false); ok {
		y.apply(&d)
		k = k2
	}
	return dateCand(i, k, d, "")
}

// deDayOnlyRule reads a bare day: "am 24." (month from the anchor), "vom
// 26. bis 31. August", "am 8. und 9. Mai", "am 27./28. September".
func deDayOnlyRule(m *matcher, i int) (candidate, bool) {
	n, ok := m.number(i)
	if !ok || m.digits(i) > 2 || n < 1 || n > 31 || !m.dot(i+1) {
		return candidate{}, false
	}
	if !m.is(i-1, "am", "vom", "dem", "zum", "den") {
		return candidate{}, false
	}
	next := i + 2
	d := dateSpec{day: n}
	if m.is(next, "/", "-", "und", "bis", "oder", "auf", "zum") {
		return dateCand(i, next, d, "")
	}
	// "am 24. die rumänische Armee" but not "am 2. Armeekorps".
	if m.capital(next) || m.ok(next) && m.toks[next].kind == tokNumber {
		return candidate{}, false
	}
	return dateCand(i, next, d, "")
}
