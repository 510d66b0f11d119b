package timex

// What a narrative has told so far, and which of it moves the story on.
// Relative expressions in a history ("im Oktober", "zwei Tage später")
// count from the story's last step, not from whatever date was mentioned
// last: side mentions ("seit 1856", "(1912/13)"), looks back ("im letzten
// Jahr") and section headings are told apart here.

// toldDate is a date the text told. A side mention ("seit 1856", "bis
// 1915", "(1912/13)", "Kriegsrat vom 8. Dezember 1912") is no step of the
// story: it may anchor a day or month, but not the year of what follows.
type toldDate struct {
	calDate
	side bool
}

// maxLookBack bounds how many told dates an anchor search looks at.
const maxLookBack = 64

// lastTold finds the anchor among the dates told. A year comes from the
// last step of the story (side mentions do not count). A month or day comes
// from the last date told if it is that precise; else from an earlier one
// that agrees with it ("im März … drei Wochen später" has no day to count
// from, even if some 11. März was told a year before).
func (r *resolver) lastTold(need precision) (calDate, bool) {
	// Look no further back than a few dozen dates: the story has moved on,
	// and a text full of dates must not take quadratic time.
	told := r.told
	if len(told) > maxLookBack {
		told = told[len(told)-maxLookBack:]
	}
	if need == precYear {
		for k := len(told) - 1; k >= 0; k-- {
			if t := told[k]; !t.side {
				return t.calDate, true
			}
		}
		return calDate{}, false
	}
	// A side mention of a bare year ("seit 1856") says nothing about days.
	for len(told) > 0 && told[len(told)-1].side && told[len(told)-1].prec == precYear {
		told = told[:len(told)-1]
	}
	if len(told) == 0 {
		return calDate{}, false
	}
	last := told[len(told)-1].calDate
	if last.prec >= need {
		return last, true
	}
	for k := len(told) - 2; k >= 0; k-- {
		t := told[k]
		if t.side && t.prec == precYear {
			continue
		}
		if t.year != last.year || last.prec >= precMonth && t.month != last.month {
			return calDate{}, false
		}
		if t.prec >= need {
			return t.calDate, true
		}
	}
	return calDate{}, false
}

// sideWords before a date make it a side mention rather than a step of the
// story: "seit 1856", "bis 1915", "ab 1941", "vom 8. Dezember 1912".
var sideWords = map[string]bool{
	"seit": true, "bis": true, "ab": true, "von": true, "vom": true, "nach": true, "vor": true,
	"zwischen": true, "(": true, "wie": true, "since": true, "until": true, "from": true, "after": true, "before": true,
	"between": true, "till": true,
}

// sideMention reports whether candidate k is a side mention: after one of
// the sideWords (or "mit dem"), in parentheses, or an end of a range or
// list of years.
func sideMention(m *matcher, cands []candidate, k int, ranges []int) bool {
	c := cands[k]
	// "im letzten Jahr", "zwei Tage zuvor": a look back, not a step forward.
	if c.spec.date.ref != unitNone && c.spec.date.shift < 0 {
		return true
	}
	p := c.start - 1
	if m.is(p, "dem", "den", "zum", "the") {
		p--
	}
	if sideWords[m.low(p)] || m.is(p, "mit") && m.is(c.start-1, "dem") || m.is(c.end, ")") {
		return true
	}
	if ranges[k] >= 0 {
		return true
	}
	if k+1 < len(cands) {
		if conn, ok := connector(m, c, cands[k+1]); ok && (conn == "/" || conn == "-") {
			return true
		}
	}
	if k > 0 {
		if conn, ok := connector(m, cands[k-1], c); ok && (conn == "/" || conn == "-") {
			return true
		}
	}
	return false
}

// maxHeading is the most tokens a heading line has.
const maxHeading = 8

// sectionBreak notes the headings between tokens from and to. A heading
// that is a year ("1863", "Kriegsjahr 1914") sets the year of its section;
// a heading without a date ("Östlicher Kriegsschauplatz") starts a part
// that goes back to that year.
func (r *resolver) sectionBreak(from, to int) {
	m := r.m
	for i := from; i < to; i++ {
		if !m.toks[i].newline {
			continue
		}
		end := i + 1
		for end < len(m.toks) && !m.toks[end].newline && end-i <= maxHeading {
			end++
		}
		if end > to || end-i > maxHeading || m.is(end-1, ".", "!", "?", ":", ";", ",") {
			continue
		}
		if r.section.prec != precNone {
			r.told = append(r.told, toldDate{calDate: r.section})
		}
	}
}

// noteHeading records a year that heads a section.
func (r *resolver) noteHeading(c candidate, d calDate) {
	m := r.m
	start := c.start
	for start > 0 && !m.toks[start].newline && c.end-start <= maxHeading {
		start--
	}
	end := c.end
	for end < len(m.toks) && !m.toks[end].newline && end-start <= maxHeading {
		end++
	}
	if end-start <= maxHeading && m.toks[start].newline && !m.is(end-1, ".", "!", "?", ":", ";", ",") {
		r.section = calDate{year: d.year, prec: precYear}
	}
}
