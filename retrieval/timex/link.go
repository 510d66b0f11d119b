package timex

import "strings"

// connector returns the words between two neighbouring candidates, joined
// by spaces, or "" with ok false when there are more than three.
func connector(m *matcher, a, b candidate) (string, bool) {
	n := b.start - a.end
	if n < 0 || n > 3 {
		return "", false
	}
	words := make([]string, 0, n)
	for i := a.end; i < b.start; i++ {
		if m.toks[i].newline {
			return "", false
		}
		words = append(words, m.low(i))
	}
	if b.start < len(m.toks) && m.toks[b.start].newline {
		return "", false
	}
	return strings.Join(words, " "), true
}

var (
	deCoordinators = map[string]bool{
		"-": true, "/": true, "bis": true, "und": true, "oder": true, "bzw .": true, "bis zum": true,
		"bis zur": true, "bis in den": true, "auf den": true, "zum": true, "und dem": true, "und den": true,
		"bis am": true, "bis ins": true,
	}
	deRangeConnectors = map[string]bool{
		"-": true, "bis": true, "bis zum": true, "bis zur": true, "bis in den": true, "bis am": true, "bis ins": true,
	}
	enCoordinators = map[string]bool{
		"-": true, "/": true, "to": true, "and": true, "or": true, "until": true, "till": true, "through": true,
		"and the": true, "to the": true,
	}
	enRangeConnectors = map[string]bool{"-": true, "to": true, "until": true, "till": true, "through": true, "to the": true}
)

// linkCoordinated lets the first of two coordinated dates borrow what it
// leaves out from the second ("am 8. und 9. Mai 1945", "Mai/Juni 1940",
// "264–260 v. Chr.") and finds ranges ("1939 bis 1945", "zwischen
// September 2025 und September 2026"). It returns, per candidate, the
// index of the other end of its range or -1.
func linkCoordinated(m *matcher, cands []candidate, lang language) []int {
	ranges := make([]int, len(cands))
	for k := range ranges {
		ranges[k] = -1
	}
	coordinators, rangeConnectors := deCoordinators, deRangeConnectors
	between := []string{"zwischen"}
	if lang == langEnglish {
		coordinators, rangeConnectors = enCoordinators, enRangeConnectors
		between = []string{"between", "from"}
	}
	for k := len(cands) - 2; k >= 0; k-- {
		a, b := &cands[k], &cands[k+1]
		conn, ok := connector(m, *a, *b)
		if !ok || !coordinators[conn] {
			continue
		}
		borrow(&a.spec, b.spec)
		if a.spec.kind != b.spec.kind || a.spec.kind == KindRef || a.spec.kind == KindSet {
			continue
		}
		isRange := rangeConnectors[conn]
		if !isRange && (conn == "und" || conn == "and") {
			p := a.start - 1
			if m.is(p, "dem", "den", "the") {
				p--
			}
			isRange = m.is(p, between...)
		}
		if isRange {
			ranges[k], ranges[k+1] = k+1, k
		}
	}
	return ranges
}

// borrow fills what the first of two coordinated dates leaves out.
func borrow(a *spec, b spec) {
	if a.kind != KindDate && a.kind != KindTime || b.kind != KindDate && b.kind != KindTime {
		return
	}
	ad, bd := &a.date, b.date
	if ad.ref != unitNone || ad.hasCentury || ad.hasDecade {
		return
	}
	// "264–260 v. Chr.": the era of the second year.
	if ad.hasYear && !ad.eraGiven && bd.hasYear && bd.eraGiven && ad.month == 0 && bd.month == 0 {
		if bd.year < 0 && ad.year > 0 {
			ad.year = -ad.year
		}
		ad.eraGiven = true
		a.onlyBC = false
		return
	}
	if ad.hasYear || bd.hasCentury || bd.hasDecade {
		return
	}
	// "am 8. und 9. Mai": the month (and year) of the second day.
	if ad.day > 0 && ad.month == 0 && bd.month > 0 {
		ad.month = bd.month
	}
	if ad.month > 0 && bd.month > 0 || ad.season != "" && bd.season != "" {
		if bd.hasYear {
			ad.year, ad.hasYear, ad.twoDigit, ad.eraGiven = bd.year, true, bd.twoDigit, bd.eraGiven
		} else if bd.ref == unitYear {
			ad.ref, ad.shift = bd.ref, bd.shift
			a.anchor = b.anchor
		}
	}
}

// boundWords are the markers that may stand before an expression.
var (
	deArticles = map[string]bool{"zum": true, "zur": true, "am": true, "im": true, "in": true, "den": true, "dem": true, "einschließlich": true}
	enArticles = map[string]bool{"the": true, "on": true, "in": true}
)

// hedged reports whether a word makes the value after it approximate
// (deApprox, enApprox: "etwa", "ca", "around").
func hedged(w string, lang language) bool {
	if lang == langEnglish {
		return enApprox[w] == "APPROX"
	}
	return deApprox[w] == "APPROX" || w == "ca"
}

// markBound finds the deadline or "since" marker before candidate k: "bis",
// "spätestens bis", "bis spätestens", "seit"; "by", "until", "through"
// (American for until the end of), "before the end of", "no later than",
// "since", also with a hedge between marker and date ("bis etwa", "until
// around"). A "bis" that joins two ends of a range is no deadline.
// "before" and "vor dem" before a day are marked without a deadline
// ("before", "vor"; negated "not before", "nicht vor"): the timeline reads
// them as one where the day lies ahead of the source's date.
func markBound(m *matcher, cands []candidate, k int, e *Expr, lang language) {
	c := cands[k]
	if c.spec.kind != KindDate && c.spec.kind != KindTime && c.spec.kind != KindDuration {
		return
	}
	p := c.start - 1
	articles := deArticles
	if lang == langEnglish {
		articles = enArticles
	}
	skipped := false // an article between marker and date
	if articles[m.low(p)] {
		p--
		skipped = true
	}
	// "until around March 2031", "bis ca. Mitte 2024": a hedge between
	// the marker and the date leaves the deadline.
	if m.is(p, ".") && m.is(p-1, "ca") {
		p--
	}
	if hedged(m.low(p), lang) {
		p--
	}
	if k > 0 && cands[k-1].end >= p {
		return // the word belongs to the range "1939 bis 1945"
	}
	start, marker := -1, ""
	deadline, since := false, false
	if lang == langEnglish {
		switch {
		case m.is(p, "by", "until", "till", "before") || m.is(p, "through", "thru") && !skipped:
			// "before the end of April" sets a deadline, "not before the
			// end of 2026" the earliest day, "before 2019" only says
			// earlier. "before Aug 27", a day, keeps its marker: whether
			// it bounds something ahead ("Sign up here before Aug 27") or
			// tells of the past ("Shortly before September 11, 2001") the
			// timeline decides by the source's date; "not before" is
			// marked so. "through" is "until" right before its date
			// ("through March 2025", "through the end of May"); "through
			// the 2008 crisis" passes a time, ends none.
			before := m.low(p) == "before"
			negated := m.is(p-1, "not") || m.is(p-2, "not")
			start, marker, deadline = p, m.low(p), !before || e.Mod == "END" && !negated
			if before && negated {
				marker = "not before"
			}
			if m.is(p-1, "not") && m.is(p, "by") {
				start = p - 1
			}
		case m.is(p, "than") && m.is(p-1, "later") && m.is(p-2, "no", "not"):
			start, marker, deadline = p-2, m.low(p-2)+" later than", true
		case m.is(p, "since"):
			start, marker, since = p, "since", true
		case m.is(p, "from"):
			start, marker = p, "from"
		}
	} else {
		switch {
		case m.is(p, "bis") && m.is(p-1, "spätestens"):
			start, marker, deadline = p-1, "spätestens bis", true
		case m.is(p, "spätestens") && m.is(p-1, "bis"):
			start, marker, deadline = p-1, "bis spätestens", true
		case m.is(p, "bis", "spätestens"):
			start, marker, deadline = p, m.low(p), true
		case m.is(p, "vor") && skipped && c.spec.date.day > 0:
			// "vor dem 23. November", a day, is marked as "before Aug
			// 27" is (the timeline decides whether it bounds something
			// ahead); "nicht vor dem …" so; "vor 2019" is not marked.
			start, marker = p, "vor"
			if m.is(p-1, "nicht") || m.is(p-2, "nicht") {
				marker = "nicht vor"
			}
		case m.is(p, "seit"):
			start, marker, since = p, "seit", true
		case m.is(p, "ab"):
			start, marker = p, "ab"
		}
	}
	if start < 0 {
		return
	}
	if c.spec.kind == KindDuration && !since {
		return
	}
	e.Marker, e.MarkerStart, e.Deadline, e.Since = marker, m.toks[start].start, deadline, since
}
