package timex

import "strings"

// deDurationAdjectives may stand between the article and the count of a
// duration ("die nächsten vier Tage") or make a bare plural one ("in den
// folgenden Monaten").
var deDurationAdjectives = map[string]bool{
	"nächsten": true, "letzten": true, "ersten": true, "folgenden": true, "kommenden": true,
	"vergangenen": true, "vorangegangenen": true, "darauffolgenden": true, "frühen": true,
	"späteren": true, "vorherigen": true, "aufeinanderfolgenden": true,
}

// deDurationRule reads durations: "15 Tage", "mehr als drei Tagen", "etwa
// eine Woche", "anderthalb Jahre", "die nächsten vier Tage", "ersten beiden
// Tagen", "folgenden Monaten", "seit Jahren", "zwischen 18 und 45 Jahren"
// (both ends).
func deDurationRule(m *matcher, i int) (candidate, bool) {
	j := i
	mod := ""
	// "Innerhalb weniger Tage" opening a sentence keeps its preposition.
	if m.toks[j].text == "Innerhalb" || m.toks[j].text == "Binnen" {
		j++
	}
	switch {
	case m.is(j, "mehr") && m.is(j+1, "als"):
		mod, j = "MORE_THAN", j+2
	case m.is(j, "weniger") && m.is(j+1, "als"):
		mod, j = "LESS_THAN", j+2
	case m.is(j, "bis") && m.is(j+1, "zu"):
		mod, j = "EQUAL_OR_LESS", j+2
	default:
		if am, ok := deApprox[m.low(j)]; ok {
			mod, j = am, j+1
			if m.dot(j) { // "ca."
				j++
			}
		}
	}
	adjective := false
	if deDurationAdjectives[m.low(j)] {
		adjective = true
		j++
	}
	q, k, ok := m.deQuantity(j)
	if m.is(j, "eines") && !m.is(j+1, "halben") {
		return candidate{}, false // "eines Tages" is some day, no duration
	}
	if !ok {
		if mod != "" {
			return candidate{}, false
		}
		// "folgenden Monaten", "Folgejahren"; "seit Jahren"
		if u, k2, ok := m.deUnit(j); ok && u.plural && (adjective || m.is(i-1, "seit")) {
			return cand(i, k2, spec{kind: KindDuration, value: durationValue(quantity{unknown: true}, u.unit)})
		}
		if strings.HasPrefix(m.low(i), "folge") {
			if u, ok := deUnitWords[strings.TrimPrefix(m.low(i), "folge")]; ok && u.plural {
				return cand(i, i+1, spec{kind: KindDuration, value: durationValue(quantity{unknown: true}, u.unit)})
			}
		}
		return candidate{}, false
	}
	if deDurationAdjectives[m.low(k)] || m.is(k, "ganzen", "vollen", "langen") {
		k++
	}
	u, k2, ok := m.deDurationUnit(k)
	if !ok {
		return m.deCoordinatedDuration(i, j, q, k, mod)
	}
	if m.is(k2, "alt", "älter", "jünger", "jung") {
		return candidate{}, false
	}
	// "einen Tag" needs a singular unit, "drei Tage" a plural one; "ein
	// Tag" with a plural is an article before something else.
	if q.n == 1 && q.quarters == 0 && !q.unknown && u.plural && m.isWord(j) {
		return candidate{}, false
	}
	return cand(i, k2, spec{kind: KindDuration, value: durationValue(q, u.unit), mod: mod})
}

// deCoordinatedDuration reads the first number of "zwischen 18 und 45
// Jahren", which takes the unit of the second.
func (m *matcher) deCoordinatedDuration(i, j int, q quantity, k int, mod string) (candidate, bool) {
	if q.unknown || !m.is(k, "und", "bis", "oder", "-") || m.toks[j].kind != tokNumber {
		return candidate{}, false
	}
	q2, k2, ok := m.deQuantity(k + 1)
	if !ok || q2.unknown {
		return candidate{}, false
	}
	u, _, ok := m.deDurationUnit(k2)
	if !ok || !u.plural {
		return candidate{}, false
	}
	return cand(i, k, spec{kind: KindDuration, value: durationValue(q, u.unit), mod: mod})
}

// deDurationAdjectiveRule reads duration adjectives and adverbs:
// "achttägiger", "zweimonatige", "mehrjährigen", "anderthalbstündigem",
// "20-tägige", "monatelangen", "jahrzehntelang", "ganzjährig".
func deDurationAdjectiveRule(m *matcher, i int) (candidate, bool) {
	start, j := i, i
	mod := ""
	if am, ok := deApprox[m.low(j)]; ok && am != "MORE_THAN" {
		mod, j = am, j+1
	}
	var numeric quantity
	hasNumber := false
	if n, ok := m.number(j); ok && m.is(j+1, "-") && m.glued(j+1) && m.glued(j+2) && m.digits(j) <= 3 {
		numeric, hasNumber = quantity{n: n}, true
		j += 2
	}
	// "der 25-Jährige" is a person; "Dreimonatig-Freiwillige" a kind of one.
	if !m.isWord(j) || hasNumber && m.capital(j) || m.is(j+1, "-") && m.glued(j+1) {
		return candidate{}, false
	}
	w := m.low(j)
	if !strings.Contains(w, "lang") && !strings.Contains(w, "ig") {
		return candidate{}, false
	}
	if !hasNumber {
		for stem, u := range deLongStems {
			if rest, ok := strings.CutPrefix(w, stem); ok && isInflection(rest) {
				return cand(start, j+1, spec{kind: KindDuration, value: durationValue(quantity{unknown: true}, u), mod: mod})
			}
		}
	}
	for _, s := range deUnitStems {
		idx := strings.Index(w, s.stem)
		if idx < 0 || !isInflection(w[idx+len(s.stem):]) {
			continue
		}
		prefix := w[:idx]
		var q quantity
		switch {
		case hasNumber && prefix == "":
			q = numeric
		case hasNumber:
			return candidate{}, false
		case prefix == "mehr" || prefix == "viel":
			q = quantity{unknown: true}
		case prefix == "ganz":
			q = quantity{n: 1}
		case prefix == "halb":
			q = quantity{quarters: 2}
		case prefix == "anderthalb" || prefix == "eineinhalb":
			q = quantity{n: 1, quarters: 2}
		default:
			n, ok := deNumber(prefix)
			if !ok {
				if stem, ok := strings.CutSuffix(prefix, "einhalb"); ok {
					if n2, ok := deNumber(stem); ok {
						q = quantity{n: n2, quarters: 2}
						break
					}
				}
				return candidate{}, false
			}
			q = quantity{n: n}
		}
		return cand(start, j+1, spec{kind: KindDuration, value: durationValue(q, s.unit), mod: mod})
	}
	return candidate{}, false
}

func isInflection(s string) bool {
	switch s {
	case "", "e", "en", "er", "es", "em":
		return true
	}
	return false
}

// deEveryNth are the ordinals after "jeden" that say how many apart the
// repetitions are ("jeden zweiten Dienstag", "jedes dritte Jahr").
var deEveryNth = map[string]int{"zweiten": 2, "zweite": 2, "zweites": 2, "dritten": 3, "dritte": 3, "drittes": 3,
	"vierten": 4, "vierte": 4, "viertes": 4}

// deSetRule reads repetitions: "täglich", "jeden Tag", "jedes Jahr", "alle
// zwei Wochen".
func deSetRule(m *matcher, i int) (candidate, bool) {
	if v, ok := deSetAdverbs[m.low(i)]; ok {
		return cand(i, i+1, spec{kind: KindSet, value: v})
	}
	if m.is(i, "jeden", "jede", "jedes", "jeder") {
		if wd, ok := deWeekdays[m.low(i+1)]; ok {
			return cand(i, i+2, spec{kind: KindSet, value: weekdaySet(wd)})
		}
		// "jeden zweiten Dienstag", "jede dritte Woche".
		if n, ok := deEveryNth[m.low(i+1)]; ok {
			if wd, ok := deWeekdays[m.low(i+2)]; ok {
				return cand(i, i+3, spec{kind: KindSet, value: weekdaySet(wd)})
			}
			if u, k, ok := m.deUnit(i + 2); ok && !u.plural {
				return cand(i, k, spec{kind: KindSet, value: durationValue(quantity{n: n}, u.unit)})
			}
		}
		if u, k, ok := m.deUnit(i + 1); ok && !u.plural {
			return cand(i, k, spec{kind: KindSet, value: durationValue(quantity{n: 1}, u.unit)})
		}
	}
	if m.is(i, "alle") {
		if q, k, ok := m.deQuantity(i + 1); ok && !q.unknown {
			if u, k2, ok := m.deUnit(k); ok {
				return cand(i, k2, spec{kind: KindSet, value: durationValue(q, u.unit)})
			}
		}
	}
	return candidate{}, false
}
