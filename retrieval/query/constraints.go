package query

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/timex"
)

// Prepositions before a place name that say where ("im Irak", "in Syria")
// and that say whose ("Soldaten aus Italien", "troops from Italy").
var (
	wherePrepositions = wordSet(`in im ins nach into inside within at across throughout`)
	// nearPrepositions say where too, but in a question they may say whose
	// ("aus", "from"): only an answer's sentence reads them as where.
	nearPrepositions  = wordSet(`bei nahe near an am aus from to`)
	ownerPrepositions = wordSet(`aus von vom from of gegen against`)
	articles          = wordSet(`der die das den dem des the`)
	directions        = wordSet(`south north east west southern northern eastern western central
		süd nord ost west`)
)

// fraction reports whether the English ordinal toks[i] is a fraction's
// denominator: after "a" or "one" and before "of" ("a fifth of", "one
// third of"); plurals ("two thirds") are no ordinals anyway.
func fraction(toks []analysis.Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || strings.ToLower(toks[i+1].Text) != "of" {
		return false
	}
	prev := strings.ToLower(toks[i-1].Text)
	return prev == "a" || prev == "one"
}

// bareVerbBefore reports whether toks[k], in an English question asked
// with "do", stands before what a verb takes, not a noun: an article, a
// possessive or "to" ("does the city council expect the bridge to
// open", "did the army want to stay"); not "that", which may open a
// relative clause ("the navy ship that sank").
func bareVerbBefore(toks []analysis.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[k+1].Text) {
	case "the", "a", "an", "its", "their", "his", "her", "to":
		return true
	}
	return false
}

// IsDirection reports whether a lower-case word is a compass direction of
// German or English ("north", "südlichen" is not): no name of its own.
func IsDirection(w string) bool { return directions[w] }

// constraints reads the question's owner, place and name constraints from
// its tokens and the places and nationalities it names.
func constraints(text, lang string, toks []analysis.Token, mentions []entity.Mention, keyword bool, inTime []bool, known func(string) bool) []Constraint {
	sort.Slice(mentions, func(i, j int) bool { return mentions[i].Start < mentions[j].Start })
	var out []Constraint
	var bare []int                 // indexes in out of country names with no preposition
	together := make(map[int]bool) // indexes in out of places asked with the one before
	covered := slices.Clone(inTime)
	// An identifier written with underscores is one name: no place,
	// nationality or ordinal of its parts (snakeConstraints).
	snakes := snakeConstraints(text, toks, covered)
	snakes = append(snakes, hostConstraints(text, toks, covered)...)
	mentions = slices.DeleteFunc(slices.Clone(mentions), func(m entity.Mention) bool {
		return slices.ContainsFunc(snakes, func(c Constraint) bool { return m.Start < c.End && c.Start < m.End })
	})
	lower := strings.ToLower(text) == text
	// named marks the tokens of a place or nationality: no noun an owner
	// qualifies ("soviet deaths afghanistan").
	named := make([]bool, len(toks))
	for _, m := range mentions {
		for k, t := range toks {
			if t.Start < m.End && t.Start+len(t.Text) > m.Start {
				named[k] = true
			}
		}
	}
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
		// An English possessive owns the noun after it: "Iraq's prime
		// minister".
		possessive := lang == analysis.English && (strings.HasPrefix(text[m.End:], "'s ") || strings.HasPrefix(text[m.End:], "’s "))
		if possessive && next < len(toks) && toks[next].Text == "s" {
			next++
		}
		// The second of two names joined by a hyphen is a party as the
		// first is: "US-Iraq talks".
		paired := len(out) > 0 && m.Start > 0 && text[m.Start-1] == '-' && out[len(out)-1].End == m.Start-1 && out[len(out)-1].Kind == Owner
		troopsNext := next < len(toks) && isTroopWord(strings.ToLower(toks[next].Text))
		prep := prepositionBefore(toks, first)
		// "die us delegation": an abbreviation typed in lower case between
		// an article and its noun, without the hyphen, says whose the noun
		// is; a name there is otherwise a subject before its object
		// ("schickten die USA Truppen" is no US noun, "forderte der Irak
		// Abzug" none of Iraq's).
		name := text[m.Start:m.End]
		// An abbreviation is one short word in one case ("US", "us"; not
		// "Rom"); the noun after it follows without a gap and says no time
		// ("in USA Ende 2011", "in UK yesterday").
		abbreviation := first == last && utf8.RuneCountInString(name) <= MaxAbbreviationLetters &&
			(strings.ToLower(name) == name || strings.ToUpper(name) == name)
		nounNext := next < len(toks) && !named[next] && !toks[next].Stop && !toks[next].Num && !toks[next].Verb &&
			!(next < len(inTime) && inTime[next]) && !saysWhen(strings.ToLower(toks[next].Text)) &&
			strings.TrimSpace(text[m.End:toks[next].Start]) == ""
		var smallBefore string // the small word before the name, lower case
		if first > 0 && toks[first-1].Stop {
			smallBefore = strings.ToLower(toks[first-1].Text)
		}
		// An abbreviation between an article and its noun, typed in lower
		// case without the hyphen ("die us delegation"), or after another
		// small word ("auf us einrichtungen", "on US bases"), is the
		// noun's owner, a compound written apart, not the place.
		attributive := !hyphen && rest == "" && abbreviation && nounNext && smallBefore != "" &&
			(articles[smallBefore] && lang == analysis.German && prep == "" && strings.ToLower(name) == name || !articles[smallBefore])
		before := -1 // the noun a genitive or "of" owner follows
		if !m.Force && !m.Adjective && !m.People && !hyphen && rest == "" {
			before = nounBefore(text, toks, first, prep, lang, lower)
		}
		switch {
		case (prep == "from" || prep == "aus") && departsBefore(toks, first):
			c.Kind = Where // "the withdrawal from Afghanistan", "Abzug aus dem Irak"
		case m.Force || m.Adjective || m.People || hyphen || paired || possessive || attributive || rest != "" || prep != "" && ownerPrepositions[prep]:
			c.Kind = Owner
		case prep != "" && wherePrepositions[prep]:
			c.Kind = Where
		case troopsNext:
			c.Kind = Owner // "US troops", "USA Truppen"
		case before >= 0:
			c.Kind = Owner // "der Verteidigungsminister Frankreichs"
		case subjectAfterVerb(toks, first, lang):
			c.Kind = Owner // "an wie vielen Orten haben die USA zurückgeschlagen": who acted, not where
		case len(out) > 0 && out[len(out)-1].Kind == Where && !contains(bare, len(out)-1) && joins(text[out[len(out)-1].End:m.Start]) &&
			!(next < len(toks) && wherePrepositions[strings.ToLower(toks[next].Text)]):
			// "in Iraq and Syria": the preposition stands for both; not
			// in "Frankreich in Mali und Deutschland in Niger".
			c.Kind = Where
		default:
			c.Kind = Where
			bare = append(bare, len(out))
		}
		switch {
		case rest != "":
			if terms := analysis.For(lang).Terms(rest); len(terms) > 0 {
				c.Head = terms[len(terms)-1]
			}
		case c.Kind == Owner && (m.Adjective || hyphen || paired || troopsNext || possessive || attributive):
			c.Head, c.HeadParts = headAfter(toks, named, next, hyphen, lang, lower)
		case c.Kind == Owner && before >= 0:
			c.Head, c.HeadParts = toks[before].Term, toks[before].Parts
		}
		// A people's adjective before a word for land describes a place
		// ("in den kurdischen Gebieten", "the Kurdish region"), which news
		// names in many ways: it constrains nothing.
		if entity.IsPeople(m.Key) && c.Head != "" && landHeads[c.Head] {
			continue
		}
		c.Asked = c.Kind == Owner && c.Head != "" && first > 0 && whichWords[strings.ToLower(toks[first-1].Text)]
		// Places joined by "und" are asked together ("im Irak und in
		// Syrien", "in Iraq and Syria"): one constraint of either.
		if n := len(out); c.Kind == Where && n > 0 && out[n-1].Kind == Where && !contains(bare, n-1) && !contains(bare, n) &&
			joinsPlaces(text[out[n-1].End:m.Start]) {
			together[n] = true
		}
		out = append(out, c)
	}
	// A country named with no preposition is where, unless something else
	// says where ("Wie viele Soldaten haben die USA im Irak?", "… in der
	// Golfregion"): then it says whose. Of several such names, all but the
	// last say whose; names joined by "und" decide together.
	hasWhere := placePhrase(text, toks, covered)
	for i, c := range out {
		if c.Kind == Where && !contains(bare, i) {
			hasWhere = true
		}
	}
	groups := coordinated(text, out, bare)
	for g, members := range groups {
		for _, i := range members {
			if hasWhere || g < len(groups)-1 {
				out[i].Kind = Owner
			}
		}
	}
	out = mergeCoordinated(text, out, together)
	for i, t := range toks {
		key, ok := OrdinalOf(strings.ToLower(t.Text))
		if !ok {
			key, ok = DigitOrdinal(text, toks, i)
		}
		if ok && !covered[i] {
			// "die letzten US-Soldaten" asks when the last left, not for
			// "the last" of several.
			if key == "last" && i+1 < len(toks) && (isTroopWord(strings.ToLower(toks[i+1].Text)) || i+2 < len(toks) && isTroopWord(strings.ToLower(toks[i+2].Text))) {
				continue
			}
			// "first name", "first lady" are nouns of their own: "where did
			// he get the first name woody" asks of no first. ("last name"
			// stays an ordinal: "last" alone is a light verb, and its
			// translations, many, would cover what it asks.)
			if lang == analysis.English && key == "1" && i+1 < len(toks) && fixedOrdinalNouns[strings.ToLower(toks[i+1].Text)] {
				continue
			}
			// "Why were they sent there in the first place?": at all, no
			// rank ("who took first place" keeps its rank).
			if lang == analysis.English && key == "1" && inTheFirstPlace(text, toks, i) {
				continue
			}
			// "a fifth of the votes", "one third of": a fraction, no rank
			// (German writes it as a word of its own, "Fünftel").
			if lang == analysis.English && key != "1" && key != "last" && fraction(toks, i) {
				continue
			}
			// "How long did the war last?": at the end, the verb.
			if key == "last" && i == len(toks)-1 && lang == analysis.English {
				continue
			}
			// "um wie viel senkt es die cpu last", "die CPU-Last": in a
			// German question the English word at a clause's end or
			// after a hyphen is the noun for a load ("Last"); before a
			// noun it is still a rank ("wer war der last speaker").
			if lang == analysis.German && strings.EqualFold(t.Text, "last") &&
				(i == len(toks)-1 || strings.HasSuffix(text[:t.Start], "-") || strings.ContainsAny(text[t.Start+len(t.Text):toks[i+1].Start], ",.;:!?")) {
				continue
			}
			// "ursprünglich", "originally" in a question ask what was so
			// before ("Wofür wurde DECnet ursprünglich geschaffen?"), which
			// its answer need not call first; in a text they say first.
			if textOrdinals[strings.ToLower(t.Text)] {
				continue
			}
			out = append(out, Constraint{Kind: Ordinal, Key: key, Text: t.Text, Start: t.Start, End: t.Start + len(t.Text),
				When: key == "1" && firstSaysWhen(toks, i, lang)})
			covered[i] = true
		}
	}
	out = append(out, snakes...)
	out = append(out, namedConstraints(text, lang, toks, covered, keyword, known)...)
	out = regionEditions(text, toks, out)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = strings.ToLower(t.Text)
	}
	for i, c := range out {
		out[i].Said = (c.Kind == Owner || c.Kind == Where) && attributed(words, tokenAt(toks, c.Start))
	}
	return out
}

// attributed reports whether the constraint starting at words[k] (lower
// case; k < 0 for none) is whom the question attributes what it asks to:
// "laut Teheran", "laut der kurdischen Regionalregierung", "according to
// the Pentagon".
func attributed(words []string, k int) bool {
	for k > 0 && articles[words[k-1]] {
		k--
	}
	return k >= 1 && accordingTo(words, k-1)
}

// accordingTo reports whether words[j] ends "laut" or "according to",
// which attribute what follows to whom it names.
func accordingTo(words []string, j int) bool {
	return words[j] == "laut" || words[j] == "to" && j >= 1 && words[j-1] == "according"
}

// firstSaysWhen reports whether the ordinal "first" at toks[i] says when
// something happened, not which one: "negotiators first met on screen",
// "wer reiste als erster"; not "the first phase", "die erste Drehphase",
// "die erste der drei Phasen", "wer war der erste, der landete". It is an
// adverb of time ("erstmals", "zuerst"), or it follows no article and
// nothing but a verb, a stop word or the question's end follows it.
func firstSaysWhen(toks []analysis.Token, i int, lang string) bool {
	w := strings.ToLower(toks[i].Text)
	if firstAdverbSet[w] {
		return true
	}
	if i > 0 && analysis.IsArticle(strings.ToLower(toks[i-1].Text)) {
		return false
	}
	if i+1 == len(toks) {
		return true
	}
	next := toks[i+1]
	return next.Stop || next.Verb || englishVerb(lang, next.Text)
}

// firstAdverbSet holds firstAdverbs, for firstSaysWhen.
var firstAdverbSet = wordSet(firstAdverbs)

// fixedOrdinalNouns are the English nouns that "first" makes a noun of
// its own with, asking no rank: "first name", "first lady".
var fixedOrdinalNouns = wordSet(`name names lady`)

// inTheFirstPlace reports whether toks[i] is the "first" of the idiom "in
// the first place", which ends its clause ("Why did they go there in the
// first place?"); "in the first place of worship" and "in the first place
// they searched" rank a place.
func inTheFirstPlace(text string, toks []analysis.Token, i int) bool {
	if i < 2 || i+1 >= len(toks) || !strings.EqualFold(toks[i-2].Text, "in") || !strings.EqualFold(toks[i-1].Text, "the") ||
		!strings.EqualFold(toks[i+1].Text, "place") {
		return false
	}
	if i+2 == len(toks) {
		return true
	}
	between := strings.TrimSpace(text[toks[i+1].Start+len(toks[i+1].Text) : toks[i+2].Start])
	first, _ := utf8.DecodeRuneInString(between)
	return strings.ContainsRune(",;:.!?)–—…", first) || clauseJoiners[strings.ToLower(toks[i+2].Text)]
}

// clauseJoiners open a clause after the one before them.
var clauseJoiners = wordSet(`and or but`)

// idiomStops makes stop words of the words of an English idiom that asks
// nothing ("in the first place": at all).
func idiomStops(text string, toks []analysis.Token) {
	for i := range toks {
		if inTheFirstPlace(text, toks, i) {
			toks[i].Stop, toks[i+1].Stop = true, true
		}
	}
}

// DigitOrdinal returns the number of an ordinal written in digits at
// toks[i]: "14." before a word ("der 14. Verfassungszusatz"; a date's day
// is the time's, not an ordinal) or "14th". Only numbers below 1000 count:
// "1945." ends a sentence.
func DigitOrdinal(text string, toks []analysis.Token, i int) (string, bool) {
	t := toks[i]
	if !t.Num || len(t.Text) > 3 || strings.Trim(t.Text, "0123456789") != "" || t.Text[0] == '0' || i+1 >= len(toks) {
		return "", false
	}
	end, next := t.Start+len(t.Text), toks[i+1]
	// A day of a month is a date, with or without its year: "am 1. Mai",
	// "July 4th", "the 4th of July".
	month := func(k int) bool { return k >= 0 && k < len(toks) && timex.IsMonth(strings.ToLower(toks[k].Text)) }
	switch between := text[end:next.Start]; {
	case between == "" && suffixOrdinals[strings.ToLower(next.Text)]:
		if month(i-1) || month(i+2) || i+3 < len(toks) && strings.EqualFold(toks[i+2].Text, "of") && month(i+3) {
			return "", false
		}
		return t.Text, true
	case strings.TrimSpace(between) == "." && between[0] == '.' && !next.Num && !month(i+1):
		return t.Text, true
	}
	return "", false
}

// startsMonth reports whether s begins with a month's name: "1. Juli" is
// a date, not the first of something.
func startsMonth(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return timex.IsMonth(strings.ToLower(strings.TrimRight(w, ".,;:")))
}

// endsMonth reports whether s ends with a month's name ("March 14th").
func endsMonth(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && timex.IsMonth(strings.ToLower(f[len(f)-1]))
}

// suffixOrdinals are the endings of English ordinals written in digits.
var suffixOrdinals = wordSet(`st nd rd th`)

// DigitOrdinalIn reports whether text writes the ordinal key in digits:
// "14." before a word or "14th".
func DigitOrdinalIn(text, key string) bool {
	if key == "" || strings.Trim(key, "0123456789") != "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(text[i:], key)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(key)
		i = end
		if start > 0 && strings.ContainsRune("0123456789.,", rune(text[start-1])) {
			continue
		}
		rest := text[end:]
		if after, ok := strings.CutPrefix(rest, ". "); ok && !startsMonth(after) {
			return true
		}
		if after, ok := strings.CutPrefix(rest, ".\u00a0"); ok && !startsMonth(after) {
			return true
		}
		if len(rest) >= 2 && suffixOrdinals[strings.ToLower(rest[:2])] && (len(rest) == 2 || !unicode.IsLetter(rune(rest[2]))) &&
			!startsMonth(strings.TrimPrefix(rest[2:], " of ")) && !endsMonth(text[:start]) {
			return true
		}
	}
}

// coordinated groups the bare names, in order, joining those that only
// "und", "and", "sowie", "oder", "or" or a comma separate.
func coordinated(text string, cs []Constraint, bare []int) [][]int {
	var groups [][]int
	for k, i := range bare {
		if k > 0 {
			if joins(text[cs[bare[k-1]].End:cs[i].Start]) {
				groups[len(groups)-1] = append(groups[len(groups)-1], i)
				continue
			}
		}
		groups = append(groups, []int{i})
	}
	return groups
}

// joinsPlaces is joins, or a join word and the next place's preposition
// ("und in", "and in the", "oder nach").
func joinsPlaces(between string) bool {
	f := strings.Fields(strings.ToLower(between))
	if len(f) == 0 || !joins(f[0]) && !joins(between) {
		return false
	}
	for _, w := range f[1:] {
		if !wherePrepositions[w] && !articles[w] {
			return false
		}
	}
	return true
}

// joins reports whether the text between two names coordinates them:
// "und", "and", "sowie", "oder", "or" or a comma.
func joins(between string) bool {
	switch strings.ToLower(strings.TrimSpace(between)) {
	case "und", "and", "sowie", "oder", "or", ",", "und die", "and the":
		return true
	}
	return false
}

// mergeCoordinated makes owners joined by "und" or "oder" one constraint
// that any of them meets ("die USA und Großbritannien"), and so places
// asked together (together: their indexes in cs, each joined to the one
// before; "im Irak und in Syrien").
func mergeCoordinated(text string, cs []Constraint, together map[int]bool) []Constraint {
	var out []Constraint
	for i, c := range cs {
		n := len(out)
		if n > 0 && (c.Kind == Owner && out[n-1].Kind == Owner && joins(text[out[n-1].End:c.Start]) ||
			c.Kind == Where && out[n-1].Kind == Where && together[i]) {
			prev := &out[n-1]
			prev.Key += keySeparator + c.Key
			prev.Text = text[prev.Start:c.End]
			prev.End = c.End
			if prev.Head == "" {
				prev.Head = c.Head
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

// Keys returns the keys a constraint accepts: one, or several for owners
// joined by "und" ("USA und Großbritannien") or places asked together ("im
// Irak und in Syrien"). Keys are joined by keySeparator, not a space:
// a city's key holds one ("US:New York").
func (c Constraint) Keys() []string { return strings.Split(c.Key, keySeparator) }

// keySeparator joins the keys of a constraint that accepts several.
const keySeparator = "|"

// placePhrase reports whether the question names a place the gazetteer does
// not know: "in der Golfregion", "im Nordirak".
func placePhrase(text string, toks []analysis.Token, covered []bool) bool {
	for i := 1; i < len(toks); i++ {
		prep := strings.ToLower(toks[i-1].Text)
		j := i
		if articles[prep] && i >= 2 {
			prep, j = strings.ToLower(toks[i-2].Text), i
		}
		if (prep == "in" || prep == "im") && j < len(toks) && !covered[j] && !toks[j].Num && analysis.StartsUpper(toks[j].Text) &&
			!timex.IsMonth(strings.ToLower(toks[j].Text)) {
			return true
		}
	}
	return false
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
// article ("in den Irak") and a direction ("in South Vietnam"),
// lower-case, or "".
func prepositionBefore(toks []analysis.Token, i int) string {
	j := i - 1
	if j >= 0 && directions[strings.ToLower(toks[j].Text)] {
		j--
	}
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

// subjectAfterVerb reports whether the name at token i follows a verb and
// an article, as a question's subject does ("haben die USA", "did the
// US"): it names who acts, not where (or, as an object, whom: "Who
// attacked the US?"). A verb of being or lying somewhere leaves it a
// place: "Wo liegt der Irak?", "Where is the UK located?".
func subjectAfterVerb(toks []analysis.Token, i int, lang string) bool {
	if i < 2 || !articles[strings.ToLower(toks[i-1].Text)] {
		return false
	}
	v := toks[i-2]
	w := strings.ToLower(v.Text)
	if locatingVerbs[w] || presenceVerbs[w] {
		return false
	}
	return v.Verb || actingAuxiliaries[w] || englishVerb(lang, w)
}

var (
	// locatingVerbs say that something is or lies somewhere.
	locatingVerbs = wordSet(`ist sind war waren liegt liegen lag lagen befindet befinden is are was were lies lie lay located`)
	// actingAuxiliaries stand before the subject of a question that asks
	// what someone did: "haben die USA …", "did the US …".
	actingAuxiliaries = wordSet(`hat haben hatte hatten wird werden wurde wurden did does do has have had will would can could`)
)

// departsBefore reports whether the preposition before token i follows a
// word of leaving: then "from" and "aus" say where from, not whose ("the
// Soviet withdrawal from Afghanistan", "der Abzug aus dem Irak").
func departsBefore(toks []analysis.Token, i int) bool {
	j := i - 1
	if j >= 0 && directions[strings.ToLower(toks[j].Text)] {
		j--
	}
	if j >= 0 && articles[strings.ToLower(toks[j].Text)] {
		j--
	}
	j-- // the preposition
	if j >= 0 && departureWords[strings.ToLower(toks[j].Text)] {
		return true
	}
	// Who leaves may stand between as a genitive: "Abzug der Koalition aus
	// Syrien", "withdrawal of US troops from Syria"; not any noun ("the
	// withdrawal angered diplomats from France").
	for k := j - 1; k >= 1 && k >= j-2; k-- {
		if genitiveWords[strings.ToLower(toks[k].Text)] {
			return departureWords[strings.ToLower(toks[k-1].Text)]
		}
	}
	return false
}

// saysWhen reports whether a lower-case word says when or how surely
// rather than naming a thing: a month, a weekday, a day by today, "Ende",
// "derzeit", a hedge.
func saysWhen(w string) bool {
	return timex.IsMonth(w) || timex.IsWeekday(w) || timex.IsDeictic(w) || timeNouns[w] || currentWords[w] || hedges[w]
}

// timeNouns name a part of a span of time.
var timeNouns = wordSet(`ende anfang beginn mitte end beginning start middle`)

// genitiveWords join a noun to who it is of: "Abzug der Koalition",
// "withdrawal of US troops".
var genitiveWords = wordSet(`der des of`)

// whichWords ask which one of a kind: the noun after them is what is asked.
var whichWords = wordSet(`welcher welche welches welchen welchem which what`)

// departureWords are words of leaving a place.
var departureWords = wordSet(`withdrawal withdraw withdrew withdrawn withdrawing retreat retreated pullout exit departure
	evacuation evacuated leave left fled flee abzug rückzug truppenabzug abziehen abgezogen zogen zog ziehen rückkehr
	flucht flohen floh geflohen evakuierung evakuiert ausstieg abzugs rückzugs truppenabzugs`)

// genitivePrepositions say that the name after them owns the noun before
// them ("the defence minister of France", "der Präsident von Frankreich").
var genitivePrepositions = wordSet(`of von vom`)

// MaxAbbreviationLetters is the longest name read as an abbreviation, which
// takes no genitive "s": "US", "USA", "nbc".
const MaxAbbreviationLetters = 3

// nounBefore returns the token of the noun a country name owns when the
// name follows it as a German genitive ("der Verteidigungsminister
// Frankreichs", "der Präsident des Irak") or after "of"/"von" ("the foreign
// minister of Iraq"), or -1. The noun must stand right before the name, its
// article or its preposition, and in German be written with a capital (or
// the question be all lower case).
func nounBefore(text string, toks []analysis.Token, first int, prep, lang string, lowerCase bool) int {
	j := first - 1
	if j >= 0 && articles[strings.ToLower(toks[j].Text)] {
		j--
	}
	switch {
	case prep != "":
		if !genitivePrepositions[prep] || j < 0 || strings.ToLower(toks[j].Text) != prep {
			return -1
		}
		j--
	case lang != analysis.German:
		return -1
	default:
		// Without a preposition only a genitive: "Frankreichs", "des Irak";
		// an abbreviation ends in "s" uninflected ("die us delegation").
		name := strings.ToLower(toks[first].Text)
		art := ""
		if first-1 >= 0 && j == first-2 {
			art = strings.ToLower(toks[first-1].Text)
		}
		genitiveS := strings.HasSuffix(name, "s") && utf8.RuneCountInString(name) > MaxAbbreviationLetters
		if !genitiveS && art != "des" && art != "der" {
			return -1
		}
	}
	if j < 0 || toks[j].Stop || toks[j].Num {
		return -1
	}
	// Only a word and a space between the noun and what follows it: no
	// comma or clause boundary.
	if gap := text[toks[j].Start+len(toks[j].Text) : toks[j+1].Start]; strings.TrimSpace(gap) != "" {
		return -1
	}
	if lang == analysis.German && !analysis.StartsUpper(toks[j].Text) && !lowerCase {
		return -1
	}
	// "im Norden des Irak", "in der Hauptstadt Iraks" say where.
	if p := prepositionBefore(toks, j); p != "" && wherePrepositions[p] {
		return -1
	}
	return j
}

// endsNounPhrase reports whether an English word ends the noun phrase it
// stands in before next: a plural does, since English puts a modifier in
// the singular ("troop contingent"), so that the word after it is its verb
// ("american airstrikes hit"). A plural is "-s" after a letter other than
// "s", "u" or "i", five letters at least ("teams"; not "class", "status",
// "analysis"); not a field's name in "-ics" ("economics minister"), one
// of the plurals that do modify (pluralModifiers: "sports minister",
// "human rights groups"), nor one before an office ("affairs minister").
func endsNounPhrase(w, next string) bool {
	w = strings.ToLower(w)
	n := len(w)
	return n >= 5 && w[n-1] == 's' && !strings.ContainsRune("sui", rune(w[n-2])) &&
		!strings.HasSuffix(w, "ics") && !pluralModifiers[w] && !(next != "" && IsOffice(next) && !officeVerbs[strings.ToLower(next)])
}

// officeVerbs are offices that are verbs too: after a plural they are its
// verb ("which iraqi officials head the ministry").
var officeVerbs = wordSet(`head heads chair chairs judge judges`)

// pluralModifiers are English plurals that stand before the noun they
// qualify.
var pluralModifiers = wordSet(`arms sports savings customs rights affairs operations goods services relations
	headquarters series species liberties weapons`)

// headAfter returns the analysed noun an owner constraint qualifies: the
// compound's rest after a hyphen ("US-Soldaten"); in German the next noun
// within two words ("italienische Soldaten"); in English the last of the
// content words that follow ("Iraqi prime minister", "Italian troops").
func headAfter(toks []analysis.Token, named []bool, next int, hyphen bool, lang string, lowerCase bool) (string, []string) {
	if next >= len(toks) {
		return "", nil
	}
	if hyphen {
		// "US- und irakische Truppen": the hyphen leaves out the noun the
		// owner after the conjunction qualifies too.
		switch strings.ToLower(toks[next].Text) {
		case "und", "oder", "sowie", "and", "or":
			for k := next + 1; k < len(toks) && k <= next+3; k++ {
				if !named[k] && !toks[k].Stop && !toks[k].Num {
					return toks[k].Term, toks[k].Parts
				}
			}
			return "", nil
		}
		// "US-Iraq talks", "US-irakische Gespräche": the noun is the
		// second name's too, and follows it.
		if named[next] {
			k := next
			for k < len(toks) && named[k] {
				k++
			}
			return headAfter(toks, named, k, false, lang, lowerCase)
		}
		return toks[next].Term, toks[next].Parts
	}
	if lang == analysis.English {
		head, do := -1, doSupport(toks)
		for k := next; k < len(toks) && k < next+3 && !toks[k].Stop && !toks[k].Num && !named[k]; k++ {
			// A verb after the noun ends its phrase: "spanish refugees
			// remained", "german mercenaries fought"; the first word may
			// look like one ("armed forces").
			// After "did" and an office, the verb stands bare: "did the
			// iranian government spokesman tell" (but "did the israeli air
			// strike happen").
			if k > next && (toks[k].Verb || englishVerb(lang, toks[k].Text) ||
				do && IsOffice(toks[k-1].Text) && analysis.EnglishIrregularInfinitive(strings.ToLower(toks[k].Text)) ||
				do && bareVerbBefore(toks, k)) {
				break
			}
			head = k
			// A plural ends the noun phrase (endsNounPhrase): "american
			// airstrikes hit", "japanese teams sequence".
			following := ""
			if k+1 < len(toks) {
				following = toks[k+1].Text
			}
			if isTroopWord(strings.ToLower(toks[k].Text)) || endsNounPhrase(toks[k].Text, following) {
				break
			}
		}
		if head < 0 {
			return "", nil
		}
		return toks[head].Term, nil
	}
	for k := next; k < len(toks) && k < next+2; k++ {
		// An article opens another noun phrase: in "haben die athener den
		// ioniern geschickt" the Athenians qualify no Ionians.
		w := strings.ToLower(toks[k].Text)
		if toks[k].Stop || cueWords[w] || toks[k].Verb && !isTroopWord(w) {
			break // "athener anzahl", "der athener finanziert": no noun of theirs
		}
		// A question typed in lower case has no capitals to find the noun by.
		if isTroopWord(w) || analysis.StartsUpper(toks[k].Text) || lowerCase {
			return toks[k].Term, toks[k].Parts
		}
	}
	return "", nil
}

// RomanNumeral reports whether a word is a regnal number in Roman
// numerals, from II to XXXIX, in capitals or, as a lower-case question
// types it, in small letters ("IV", "iii"); not "I" or "V", which are
// words and letters too.
func RomanNumeral(w string) bool {
	if len(w) < 2 || len(w) > 6 || strings.ToUpper(w) != w && strings.ToLower(w) != w {
		return false
	}
	return romanNumeral.MatchString(strings.ToLower(w))
}

var romanNumeral = regexp.MustCompile(`^x{0,3}(ix|iv|v?i{0,3})$`)

// RegnalAfter reports whether next is a regnal number written right after
// a name's last word, one space between: part of the name ("George IV",
// "wilhelm iv"), which another number would name someone else.
func RegnalAfter(text string, last, next analysis.Token) bool {
	return RomanNumeral(next.Text) && oneSpace(text, last, next)
}

// versionDot reports whether a dot and nothing else joins two numbers,
// as in a version ("2.0", "1.5.3").
func versionDot(text string, a, b analysis.Token) bool {
	return text[a.Start+len(a.Text):b.Start] == "."
}

// oneSpace reports whether one space and nothing else stands between two
// tokens of text.
func oneSpace(text string, a, b analysis.Token) bool {
	return text[a.Start+len(a.Text):b.Start] == " "
}

// Genitive reports whether a lower-case word joins a noun to whom it is
// of: "der", "des", "of".
func Genitive(w string) bool { return genitiveWords[w] }

// DefiniteArticle reports whether a lower-case word is a definite
// article of German or English ("der", "des", "the").
func DefiniteArticle(w string) bool { return articles[w] }

// Demonstrative reports whether a lower-case word is a demonstrative of
// German or English ("diesem", "jene", "this"): the noun after it is one
// the text named before.
func Demonstrative(w string) bool { return demonstratives[w] }

var demonstratives = map[string]bool{"dieser": true, "diese": true, "dieses": true, "diesem": true, "diesen": true,
	"jener": true, "jene": true, "jenes": true, "jenem": true, "jenen": true, "this": true, "these": true, "that": true, "those": true}

// tokenAt returns the token that holds byte offset i, or -1.
func tokenAt(toks []analysis.Token, i int) int {
	for k, t := range toks {
		if t.Start <= i && i < t.Start+len(t.Text) {
			return k
		}
	}
	return -1
}

// namedConstraints returns the names of persons, organisations and places
// a question names that the gazetteer did not: runs of name words. A name
// word is capitalised and no stop word, and in German a word the lexicon
// does not know (German writes every noun with a capital); in English one
// not first in a question. Acronyms ("HMC", "ISIS") and names after a
// particle ("al-Sudani") are names too. In a question typed in lower case,
// known (nil for a question with capitals) tells the names: words of three
// letters or more it does not know, and letters with a number written onto
// them (numberedName: "debconf16", "gp3", "s3").
func namedConstraints(text, lang string, toks []analysis.Token, covered []bool, keyword bool, known func(string) bool) []Constraint {
	// An identifier ("CVE-2013-1862": a word and two or more numbers
	// joined by hyphens) is a name of its own, not part of the words
	// beside it ("openssl cve-2014-8176"). One number is not enough:
	// "Covid-19", "G-20" and "MH-17" are written "G20" or "MH17" too.
	hyphenNumber := func(k int) bool {
		return k+1 < len(toks) && toks[k+1].Num && text[toks[k].Start+len(toks[k].Text):toks[k+1].Start] == "-"
	}
	identifies := func(k int) bool { return hyphenNumber(k) && hyphenNumber(k+1) }
	isName := func(i int) bool {
		t := toks[i]
		if covered[i] || t.Num || t.Stop || cueWords[strings.ToLower(t.Text)] || directions[strings.ToLower(t.Text)] || hedges[strings.ToLower(t.Text)] ||
			officeWords[strings.ToLower(t.Text)] {
			return false
		}
		// An identifier is a name by its writing, in lower case too.
		if identifies(i) && isWord(strings.ToLower(t.Text)) {
			return true
		}
		if IsAcronym(t.Text) || particle(text, toks, i) {
			return true
		}
		if known != nil {
			w := strings.ToLower(t.Text)
			// A code of one or two letters and a number ("s3", "gp3") is
			// a name only where it stands alone, and no unit, substance
			// or part of a year (shortSymbol).
			if letters, _, ok := gluedParts(w); ok && utf8.RuneCountInString(letters) < shortCodeLetters &&
				(!standsAlone(text, t.Start, t.Start+len(t.Text)) || shortSymbol(w, letters)) {
				return false
			}
			return (utf8.RuneCountInString(w) >= 3 && isWord(w) || numberedName(w)) && !known(w)
		}
		if !analysis.StartsUpper(t.Text) {
			return false
		}
		if lang == analysis.English {
			return i > 0 || keyword
		}
		return t.Lemma == "" && len(t.Parts) == 0 && !commonNounEnding(strings.ToLower(t.Text))
	}
	// A run is guessed when no word of it is a name by its writing.
	guessed := func(i, j int) bool {
		if known == nil {
			return false
		}
		for k := i; k <= j; k++ {
			if IsAcronym(toks[k].Text) || particle(text, toks, k) {
				return false
			}
		}
		return true
	}
	var out []Constraint
	for i := 0; i < len(toks); i++ {
		if !isName(i) {
			continue
		}
		j := i
		for !identifies(j) && j+1 < len(toks) && isName(j+1) && !identifies(j+1) &&
			strings.TrimSpace(text[toks[j].Start+len(toks[j].Text):toks[j+1].Start]) == "" {
			j++
		}
		// An English function word does not begin a name guessed in a
		// German question: "standard for public code" asks of "public
		// code" ("Foundation for Public Code"), as "tyne and wear" keeps
		// its "and" and "divvi up" its "up". Other English stop words may
		// be names ("may", "under armour").
		if known != nil && lang != analysis.English {
			last := j
			for i <= j && englishFunctionWords[strings.ToLower(toks[i].Text)] {
				i++
			}
			if j < i {
				i = last
				continue
			}
		}
		// A number right after a name is part of it: "Super Bowl 51",
		// "Apollo 11" name another than "Super Bowl 50". A year is not
		// ("Obama 2009" asks of Obama in 2009), but a version that begins
		// with one is ("Gluon 2019.1", timex.InVersion).
		// So is a regnal number: "George IV", "Georg III." are not each other.
		if k := j + 1; k < len(toks) && !covered[k] && (toks[k].Num && (len(toks[k].Term) <= 3 || timex.InVersion(text, toks[k].Start, toks[k].Start+len(toks[k].Text))) && oneSpace(text, toks[j], toks[k]) ||
			RegnalAfter(text, toks[j], toks[k])) {
			j = k
			// A version's parts are one number: "Debian 2.0" is not
			// "Debian 2.1".
			for j+1 < len(toks) && toks[j].Num && toks[j+1].Num && versionDot(text, toks[j], toks[j+1]) {
				j++
			}
		}
		// An identifier's numbers are its parts: "CVE-2013-1862" is not
		// "CVE-2012-3499".
		if !covered[j] && identifies(j) {
			for hyphenNumber(j) && !covered[j+1] {
				j++
			}
		}
		start, end := toks[i].Start, toks[j].Start+len(toks[j].Text)
		var words []string
		for k := i; k <= j; k++ {
			if k > i && toks[k].Num && text[toks[k-1].Start+len(toks[k-1].Text):toks[k].Start] == "-" {
				words[len(words)-1] += "-" + toks[k].Text
				continue
			}
			if k > i && toks[k].Num && toks[k-1].Num && versionDot(text, toks[k-1], toks[k]) {
				words[len(words)-1] += "." + toks[k].Text
				continue
			}
			words = append(words, strings.ToLower(toks[k].Text))
		}
		c := Constraint{Kind: Named, Key: strings.Join(words, " "), Text: text[start:end], Start: start, End: end, Guessed: guessed(i, j)}
		// A name written before a noun qualifies it: "die Krakauer Börse",
		// "northumbria university". The noun is the name's head.
		if k := j + 1; k < len(toks) && !toks[k].Stop && !toks[k].Num && !toks[k].Verb && !englishVerb(lang, toks[k].Text) && !identifies(k) &&
			!cueWords[strings.ToLower(toks[k].Text)] && !(lang == analysis.English && k == len(toks)-1 && doSupport(toks)) &&
			strings.TrimSpace(text[end:toks[k].Start]) == "" && (known != nil || lang == analysis.English || analysis.StartsUpper(toks[k].Text)) {
			c.Head = toks[k].Term
		}
		out = append(out, c)
		i = j
	}
	return out
}

// nounEndings end German common nouns the lexicon may lack
// ("Biodiversität", "Rohstoffknappheit") and never names.
var nounEndings = []string{"ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ion", "ionen",
	"tät", "täten", "ismus", "ismen", "ist", "isten", "ität", "itäten", "nis", "nisse", "tum", "tümer", "ling", "linge",
	"ment", "ments", "enz", "enzen", "anz", "anzen", "ik", "iken", "ie", "ien", "ur", "uren", "eur", "eure", "ern",
	"isch", "ische", "ischen", "ischer", "isches", "ischem", "lich", "liche", "lichen"}

// commonNounEnding reports whether a word, lower-case, ends as common
// German nouns (and adjectives written with a capital) do.
func commonNounEnding(w string) bool {
	for _, e := range nounEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+3 {
			return true
		}
	}
	return false
}

// doSupport reports whether an English question is asked with "do", "does"
// or "did": its last word is then the verb ("Where did the strike happen?").
func doSupport(toks []analysis.Token) bool {
	for _, t := range toks {
		switch strings.ToLower(t.Text) {
		case "do", "does", "did":
			return true
		}
	}
	return false
}

// PlaceBefore reports whether the words of text before offset start end in
// a preposition of place, with at most an article between: "in Paris",
// "nach dem Irak", "near Baghdad". A country named as an actor ("kostete
// die USA") has none.
func PlaceBefore(text string, start int) bool {
	words := strings.Fields(strings.ToLower(text[:start]))
	for i := len(words) - 1; i >= 0 && i >= len(words)-2; i-- {
		w := strings.Trim(words[i], ",;:()„“\"")
		if wherePrepositions[w] || nearPrepositions[w] {
			return true
		}
		if !articles[w] {
			return false
		}
	}
	return false
}

// standsAlone reports whether the word at text[start:end] stands apart
// from the words and numbers beside it: after a space, a bracket or a
// quotation mark, and before one, a space, a mark that ends a clause or a
// full stop that ends the text or its sentence. "gp3" stands alone in
// "auf gp3 umstellen"; the "v2" of "v2.3" and the "t03" of
// "2022-04-11t03:14" do not.
func standsAlone(text string, start, end int) bool {
	if before, _ := utf8.DecodeLastRuneInString(text[:start]); start > 0 && !unicode.IsSpace(before) && !strings.ContainsRune("([\"'„“‚‘»«", before) {
		return false
	}
	if end == len(text) {
		return true
	}
	if text[end] == '.' {
		next, _ := utf8.DecodeRuneInString(text[end+1:])
		return end+1 == len(text) || unicode.IsSpace(next)
	}
	after, _ := utf8.DecodeRuneInString(text[end:])
	return unicode.IsSpace(after) || strings.ContainsRune(",;:!?)]\"“”'‘’«»", after)
}

// isWord reports whether w is written in letters only.
func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// numberedName reports whether a lower-case word of a question is a name
// with a number of at most MaxSeriesDigits digits written onto its
// letters, minNumberedLetters or more ("debconf10", "python3", "gp3",
// "s3"): typed in lower case it is a name all the same, which its number
// tells apart from the others of its series.
func numberedName(w string) bool {
	letters, _, ok := gluedParts(w)
	return ok && utf8.RuneCountInString(letters) >= minNumberedLetters
}

// shortSymbol reports whether a short code w, of the letters gluedParts
// split off (fewer than shortCodeLetters), is a unit, a substance or a
// part of a year, which texts write otherwise ("m²", "CO₂", "im dritten
// Quartal", "KW 12"): no name to find as typed.
func shortSymbol(w, letters string) bool {
	return shortSymbols[w] || letters == "kw"
}

// shortSymbols are the units, substances and parts of a year of
// shortSymbol, lower case.
var shortSymbols = wordSet(`m2 m3 km2 cm2 mm2 cm3 dm3 qm2 co2 h2 o2 o3 n2 no2 so2 ch4 nh3 pm1 pm10 q1 q2 q3 q4 h1`)

// minNumberedLetters is the fewest letters a lower-case word's glued
// number is read on as a name's ("pop3", "gp3", "s3"); a code of fewer
// than shortCodeLetters letters is one only where it stands alone
// (standsAlone). Measured on the pooled QA splits (171 files): reading
// "s3", "gp3", "rc2" and "m4" as names declined 8 more unanswerable
// questions and lost one right first quote and one in three ("rc1" that
// the text spells "Veröffentlichungskandidat 1"); read within a version or
// a timestamp too ("v2.3", "11t03"), without standsAlone, it gave
// -3 / -4 / +7.
// MaxSeriesDigits is the most digits of a series' number (four are a
// year: "zarnix2024").
const (
	minNumberedLetters = 1
	shortCodeLetters   = 3
	MaxSeriesDigits    = 3
)

// GluedNumber splits a one-word name that ends in a number of at most
// MaxSeriesDigits digits written onto its letters ("debconf16", "cop28")
// into the letters and the number; ok is false for any other key (one
// with a space, or anything but two letters or more before the number).
func GluedNumber(key string) (name, num string, ok bool) {
	if name, num, ok = gluedParts(key); !ok || utf8.RuneCountInString(name) < 2 {
		return "", "", false
	}
	return name, num, true
}

// gluedParts splits one word of letters followed by a number of at most
// MaxSeriesDigits digits into the two; ok is false for any other. A
// series' name needs two letters or more (GluedNumber: "gp3" beside "gp2"
// tells the volumes apart in verification); a question's lower-case name
// one (numberedName: "s3").
func gluedParts(w string) (letters, num string, ok bool) {
	if strings.ContainsRune(w, ' ') {
		return "", "", false
	}
	letters = strings.TrimRightFunc(w, func(r rune) bool { return r >= '0' && r <= '9' })
	num = w[len(letters):]
	if num == "" || len(num) > MaxSeriesDigits || letters == "" || !isWord(letters) {
		return "", "", false
	}
	return letters, num, true
}

// snakeIdentifier matches words joined by underscores, as programs name
// their variables, functions and modules ("HOMEBREW_NO_INSTALL_FROM_API",
// "mod_proxy_ajp", "__init_subclass__"), with two underscores before and
// after, and a word between two pairs ("__init__").
var snakeIdentifier = regexp.MustCompile(`__[\p{L}\p{N}]+__|(?:__)?[\p{L}\p{N}]+(?:_+[\p{L}\p{N}]+)+(?:__)?`)

// snakeSpans returns the byte spans of the identifiers a text writes with
// underscores (snakeIdentifier): with a letter in them ("1_000" is a
// number), and none that is part of a hyphenated word, a path, an address
// or a file name ("x86_64-apple-darwin", "/release_notes",
// "release_notes.txt").
func snakeSpans(text string) [][]int {
	var out [][]int
	for _, at := range snakeIdentifier.FindAllStringIndex(text, -1) {
		if strings.IndexFunc(text[at[0]:at[1]], unicode.IsLetter) < 0 {
			continue
		}
		if at[0] > 0 && strings.ContainsRune("-/.", rune(text[at[0]-1])) {
			continue
		}
		if after := text[at[1]:]; strings.HasPrefix(after, "/") || len(after) > 1 && strings.ContainsRune("-.", rune(after[0])) && isWordByte(after[1]) {
			continue
		}
		out = append(out, at)
	}
	return out
}

// isWordByte reports whether b is an ASCII letter or digit.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// SnakeIdentifiers returns the identifiers a text writes with underscores
// (snakeSpans), lower case, in order.
func SnakeIdentifiers(text string) []string {
	var out []string
	for _, at := range snakeSpans(text) {
		out = append(out, strings.ToLower(text[at[0]:at[1]]))
	}
	return out
}

// snakeConstraints returns a name constraint for each identifier a
// question writes with underscores (snakeSpans), keyed in lower case, its
// Text as written, and marks its tokens covered: its parts are no names,
// places or ordinals of their own ("api" of
// "homebrew_no_install_from_api", "berlin" of "berlin_mode", "third" of
// "third_party"), and its words are one name, written as it is
// ("mod_proxy_balancer" is not "mod_proxy_ajp").
func snakeConstraints(text string, toks []analysis.Token, covered []bool) []Constraint {
	return writtenConstraints(text, toks, covered, snakeSpans(text))
}

// hostConstraints returns a name constraint for each host name a question
// writes (hostSpans), as snakeConstraints does for identifiers: "login"
// and "gov" of "login.gov" are no names of their own.
func hostConstraints(text string, toks []analysis.Token, covered []bool) []Constraint {
	return writtenConstraints(text, toks, covered, hostSpans(text))
}

// writtenConstraints returns a name constraint for each span of text, an
// identifier written as one word, keyed in lower case, and marks the
// tokens within it covered.
func writtenConstraints(text string, toks []analysis.Token, covered []bool, spans [][]int) []Constraint {
	var out []Constraint
	for _, at := range spans {
		for k, t := range toks {
			if t.Start < at[1] && t.Start+len(t.Text) > at[0] {
				covered[k] = true
			}
		}
		id := text[at[0]:at[1]]
		out = append(out, Constraint{Kind: Named, Key: strings.ToLower(id), Text: id, Start: at[0], End: at[1]})
	}
	return out
}

// writtenIdentifier reports whether a named constraint's key is an
// identifier written as one word that writtenConstraints made: one with
// underscores or a host name. Its words stay in a question's focus.
func writtenIdentifier(key string) bool { return IsSnakeIdentifier(key) || IsHostName(key) }

// IsSnakeIdentifier reports whether a named constraint's key is an
// identifier written with underscores (snakeConstraints).
func IsSnakeIdentifier(key string) bool {
	spans := snakeSpans(key)
	return len(spans) == 1 && spans[0][0] == 0 && spans[0][1] == len(key)
}

// SnakeKind returns the kind of an identifier written with underscores:
// its first word ("mod" of "mod_proxy_ajp", "homebrew" of
// "homebrew_no_install_from_api"). Identifiers of one kind tell each other
// apart; others ("ZARNIX_HOME" beside "mod_proxy_ajp") do not.
func SnakeKind(id string) string {
	kind, _, _ := strings.Cut(strings.TrimLeft(strings.ToLower(id), "_"), "_")
	return kind
}

// IsIdentifier reports whether a named constraint's key is an identifier:
// a word and two or more numbers joined by hyphens ("cve-2013-1862",
// "dsa-3125-1"), not "covid-19"; or words joined by underscores
// (IsSnakeIdentifier).
func IsIdentifier(key string) bool {
	if writtenIdentifier(key) {
		return true
	}
	word, nums, ok := strings.Cut(key, "-")
	if !ok || word == "" || !isWord(word) || strings.ContainsRune(key, ' ') || !strings.Contains(nums, "-") {
		return false
	}
	for n := range strings.SplitSeq(nums, "-") {
		if n == "" || strings.TrimLeft(n, "0123456789") != "" {
			return false
		}
	}
	return true
}

// IsAcronym reports whether a word of two or more characters is written
// in capitals and digits only: "IBM", "EM64T" (and "42").
func IsAcronym(w string) bool {
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
	if i == 0 || !analysis.StartsUpper(toks[i].Text) {
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

// textOrdinals are the ordinal words (OrdinalOf) that say first only in an
// answer's text, not as a question's constraint.
var textOrdinals = wordSet(`ursprünglich ursprüngliche ursprünglichen anfänglich anfängliche anfänglichen originally`)

// landHeads are the analysed words for land after a people's adjective.
var landHeads = wordSet(`gebiet gebiete region regionen provinz provinzen norden land landes autonomiegebiet
	region regions area areas territory territori provinc north land`)

// englishFunctionWords are the English articles, prepositions and
// conjunctions that begin no name guessed in a German question
// (namedConstraints): a German index keeps them as words, but a name the
// collection writes with one ("Foundation for Public Code") holds it
// inside, not first.
var englishFunctionWords = wordSet(`the a an of for and or with from by to at on`)

// regionAliases are the ways news writes the region an event's edition
// is held in, by the key of the region's named constraint: "KubeCon NA",
// "KubeCon North America", "KubeCon Nordamerika" and "the North American
// event" speak of one edition; "KubeCon EU" and "KubeCon Europe" of
// another.
var regionAliases = map[string][]string{
	"north america": {"north america", "na", "nordamerika", "north american"},
	"europe":        {"europe", "eu", "europa", "european"},
	"asia":          {"asia", "asien"},
}

// RegionAliases returns the ways news writes the region of a named
// constraint's key ("na", "North America", "Nordamerika" for "north
// america"), or nil when the key names no region.
func RegionAliases(key string) []string { return slices.Clone(regionAliases[key]) }

// regionAdjectives are the names of regionAliases that a passage writes
// ("the North American event") but a question does not put after a name
// to say the edition.
var regionAdjectives = map[string]bool{"north american": true, "european": true}

// regionKey returns the key of the region that words (lower case, one
// word or two) name after a name in a question: any of regionAliases but
// the adjectives.
func regionKey(words string) (string, bool) {
	for key, names := range regionAliases {
		if !regionAdjectives[words] && slices.Contains(names, words) {
			return key, true
		}
	}
	return "", false
}

// regionEditions reads a region written right after a name, with a year
// after it, as the edition of an event the name names ("kubecon na 2022",
// "KubeCon EU 2026", "kubecon north america 2020", "fluxcon europe
// 2026"): a named constraint of its own, keyed by the region
// (RegionAliases), in place of the owner, place or name its words were
// read as ("EU" is no owner there, "america" no name) and of the name's
// head. A name that ends in one ("kubecon nordamerika 2022") is split.
// Without the year the words stay as they were read: "Radio Free Asia",
// "Merkel EU Gipfel", "EU-Kommission" name no edition.
func regionEditions(text string, toks []analysis.Token, out []Constraint) []Constraint {
	var regions []Constraint
	for i, c := range out {
		if c.Kind != Named {
			continue
		}
		// A name read with the region as its last word gives it up.
		if words := strings.Fields(c.Key); len(words) > 1 && yearAfter(text, toks, c.End) {
			split := false
			for n := 2; n >= 1 && !split; n-- {
				if len(words) <= n {
					continue
				}
				key, ok := regionKey(strings.Join(words[len(words)-n:], " "))
				if !ok {
					continue
				}
				last := slices.IndexFunc(toks, func(t analysis.Token) bool { return t.Start+len(t.Text) == c.End })
				first := last - n + 1
				if last < 0 || first < 1 || toks[first-1].Start < c.Start || strings.ToLower(text[toks[first].Start:c.End]) != strings.Join(words[len(words)-n:], " ") {
					break
				}
				regions = append(regions, Constraint{Kind: Named, Key: key, Text: text[toks[first].Start:c.End], Start: toks[first].Start, End: c.End})
				out[i].Key = strings.Join(words[:len(words)-n], " ")
				out[i].End = toks[first-1].Start + len(toks[first-1].Text)
				out[i].Text = text[out[i].Start:out[i].End]
				split = true
			}
			if split {
				continue
			}
		}
		// k is the name's last token: the one after it may name a region.
		k := slices.IndexFunc(toks, func(t analysis.Token) bool { return t.Start >= c.End }) - 1
		if k < 0 || toks[k].Start+len(toks[k].Text) != c.End || strings.TrimSpace(text[c.End:toks[k+1].Start]) != "" {
			continue
		}
		next := strings.ToLower(toks[k+1].Text)
		end := toks[k+1].Start + len(toks[k+1].Text)
		key, ok := "", false
		if k+2 < len(toks) && strings.TrimSpace(text[end:toks[k+2].Start]) == "" {
			if key, ok = regionKey(next + " " + strings.ToLower(toks[k+2].Text)); ok {
				end = toks[k+2].Start + len(toks[k+2].Text)
			}
		}
		if !ok {
			key, ok = regionKey(next)
		}
		if !ok || !yearAfter(text, toks, end) {
			continue
		}
		out[i].Head, out[i].HeadParts = "", nil
		regions = append(regions, Constraint{Kind: Named, Key: key, Text: text[toks[k+1].Start:end], Start: toks[k+1].Start, End: end})
	}
	if len(regions) == 0 {
		return out
	}
	out = slices.DeleteFunc(out, func(c Constraint) bool {
		return slices.ContainsFunc(regions, func(r Constraint) bool { return c.Start < r.End && r.Start < c.End && c.Start >= r.Start })
	})
	return append(out, regions...)
}

// yearAfter reports whether a year (four digits, 1900 to 2099) follows
// byte offset end of text after a space: "kubecon na 2022". A hyphen
// between ("EU-2022") or a word makes it none.
func yearAfter(text string, toks []analysis.Token, end int) bool {
	k := slices.IndexFunc(toks, func(t analysis.Token) bool { return t.Start >= end })
	if k < 0 || strings.TrimSpace(text[end:toks[k].Start]) != "" || toks[k].Start == end {
		return false
	}
	y := toks[k].Text
	return len(y) == 4 && (strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) && strings.Trim(y, "0123456789") == ""
}
