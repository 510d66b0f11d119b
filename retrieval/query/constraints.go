package query

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/entity"
)

// Prepositions before a place name that say where ("im Irak", "in Syria")
// and that say whose ("Soldaten aus Italien", "troops from Italy").
var (
	wherePrepositions = wordSet(`in im ins nach into inside within at across throughout`)
	ownerPrepositions = wordSet(`aus von vom from of`)
	articles          = wordSet(`der die das den dem des the`)
)

// constraints reads the question's owner, place and name constraints from
// its tokens and the places and nationalities it names.
func constraints(text, lang string, toks []analysis.Token, mentions []entity.Mention) []Constraint {
	sort.Slice(mentions, func(i, j int) bool { return mentions[i].Start < mentions[j].Start })
	var out []Constraint
	var bare []int // indexes in out of country names with no preposition
	covered := make([]bool, len(toks))
	for _, m := range mentions {
		first, last := tokenSpan(toks, m.Start, m.End)
		rest := "" // the compound's rest after a force named in it ("Bundeswehr|soldaten")
		if first < 0 {
			if first = tokenAt(toks, m.Start); first < 0 {
				continue
			}
			last = first
			t := toks[first]
			rest = t.Text[m.End-t.Start:]
		}
		for k := first; k <= last; k++ {
			covered[k] = true
		}
		c := Constraint{Key: m.Key, Text: text[m.Start:m.End], Start: m.Start, End: m.End}
		next := last + 1
		hyphen := rest == "" && next < len(toks) && strings.TrimSpace(text[m.End:toks[next].Start]) == "-"
		troopsNext := next < len(toks) && isTroopWord(strings.ToLower(toks[next].Text))
		prep := prepositionBefore(toks, first)
		switch {
		case m.Force || m.Adjective || hyphen || rest != "" || prep != "" && ownerPrepositions[prep]:
			c.Kind = Owner
		case prep != "" && wherePrepositions[prep]:
			c.Kind = Where
		case troopsNext:
			c.Kind = Owner // "US troops", "USA Truppen"
		default:
			c.Kind = Where
			bare = append(bare, len(out))
		}
		switch {
		case rest != "":
			if terms := analysis.For(lang).Terms(rest); len(terms) > 0 {
				c.Head = terms[len(terms)-1]
			}
		case c.Kind == Owner && (m.Adjective || hyphen || troopsNext):
			c.Head = headAfter(toks, next, hyphen, lang)
		}
		out = append(out, c)
	}
	// A country named with no preposition is where, unless another says
	// where: then it says whose ("Wie viele Soldaten haben die USA im
	// Irak?").
	hasWhere := false
	for i, c := range out {
		if c.Kind == Where && !contains(bare, i) {
			hasWhere = true
		}
	}
	for k, i := range bare {
		if hasWhere || k < len(bare)-1 {
			out[i].Kind = Owner
		}
	}
	return append(out, namedConstraints(text, toks, covered)...)
}

func contains(list []int, x int) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

// tokenSpan returns the first and last token within text[start:end].
func tokenSpan(toks []analysis.Token, start, end int) (int, int) {
	first, last := -1, -1
	for i, t := range toks {
		if t.Start >= start && t.Start+len(t.Text) <= end {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// prepositionBefore returns the preposition before token i, skipping an
// article ("in den Irak"), lower-case, or "".
func prepositionBefore(toks []analysis.Token, i int) string {
	j := i - 1
	if j >= 0 && articles[strings.ToLower(toks[j].Text)] {
		j--
	}
	if j < 0 {
		return ""
	}
	w := strings.ToLower(toks[j].Text)
	if wherePrepositions[w] || ownerPrepositions[w] {
		return w
	}
	return ""
}

// headAfter returns the analysed noun an owner constraint qualifies: the
// compound's rest after a hyphen ("US-Soldaten"); in German the next noun
// within two words ("italienische Soldaten"); in English the last of the
// content words that follow ("Iraqi prime minister", "Italian troops").
func headAfter(toks []analysis.Token, next int, hyphen bool, lang string) string {
	if next >= len(toks) {
		return ""
	}
	if hyphen {
		return toks[next].Term
	}
	if lang == analysis.English {
		head := ""
		for k := next; k < len(toks) && k < next+3 && !toks[k].Stop && !toks[k].Num; k++ {
			head = toks[k].Term
			if isTroopWord(strings.ToLower(toks[k].Text)) {
				break
			}
		}
		return head
	}
	for k := next; k < len(toks) && k < next+2; k++ {
		w := strings.ToLower(toks[k].Text)
		if isTroopWord(w) || (startsUpper(toks[k].Text) && !toks[k].Stop) {
			return toks[k].Term
		}
	}
	return ""
}

// tokenAt returns the token that holds byte offset i, or -1.
func tokenAt(toks []analysis.Token, i int) int {
	for k, t := range toks {
		if t.Start <= i && i < t.Start+len(t.Text) {
			return k
		}
	}
	return -1
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// namedConstraints returns the names of persons and organisations a question names
// that the gazetteer did not: runs of two or more capitalised words not
// first in the question ("Daniel Shapiro"), words with a lower-case
// particle ("al-Sudani"), and acronyms ("HMC", "ISIS").
func namedConstraints(text string, toks []analysis.Token, covered []bool) []Constraint {
	var out []Constraint
	for i := 0; i < len(toks); i++ {
		if covered[i] || toks[i].Num || !startsUpper(toks[i].Text) && !particle(text, toks, i) {
			continue
		}
		j := i
		for j+1 < len(toks) && !covered[j+1] && startsUpper(toks[j+1].Text) && !toks[j+1].Num &&
			strings.TrimSpace(text[toks[j].Start+len(toks[j].Text):toks[j+1].Start]) == "" {
			j++
		}
		run := j - i + 1
		acronym := run == 1 && isAcronym(toks[i].Text)
		if (run >= 2 && i > 0) || acronym || particle(text, toks, i) {
			start, end := toks[i].Start, toks[j].Start+len(toks[j].Text)
			var terms []string
			for k := i; k <= j; k++ {
				if toks[k].Term != "" {
					terms = append(terms, toks[k].Term)
				}
			}
			out = append(out, Constraint{Kind: Named, Key: strings.Join(terms, " "), Text: text[start:end], Start: start, End: end})
		}
		i = j
	}
	return out
}

// isAcronym reports whether a word is written in capitals, two or more.
func isAcronym(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// particle reports whether token i is the name part after a lower-case
// particle and a hyphen ("al-Sudani", "bin-Salman"): the particle scans as
// a word of its own.
func particle(text string, toks []analysis.Token, i int) bool {
	if i == 0 || !startsUpper(toks[i].Text) {
		return false
	}
	prev := toks[i-1]
	gap := text[prev.Start+len(prev.Text) : toks[i].Start]
	switch strings.ToLower(prev.Text) {
	case "al", "el", "bin", "ibn", "abu", "abd", "ul":
		return gap == "-"
	}
	return false
}
