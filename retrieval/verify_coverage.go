package retrieval

// Coverage: how much of the question's subject a passage holds.

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

// troopStems are the analysed forms of troop words that the word test
// misses ("trupp" for "Truppen").
var troopStems = map[string]bool{"trupp": true, "soldat": true, "streitkraft": true, "troop": true, "soldier": true, "forc": true,
	"conting": true, "kontingent": true}

// absent is the share of the focus's weight that the collection never
// mentions (as a word or within a candidate's words), and of that the
// share carried by names.
func (v *verifier) absent() (all, names float64) {
	if v.want == 0 {
		return 0, 0
	}
	for i := range v.q.concepts {
		if !v.present[i] && !v.seen[i] && !v.numeral[i] {
			all += v.weight[i] / v.want
			if v.q.names[i] {
				names += v.weight[i] / v.want
			}
		}
	}
	return all, names
}

// troopTerm reports whether an analysed term, or a word, names troops
// (troopStems, query.IsTroopWord).
func troopTerm(t string) bool { return troopStems[t] || query.IsTroopWord(t) }

// inSentence is the share of the question's constraints and date that the
// passage's own sentence states, rather than its neighbours or title: a
// sentence that names the year asked about answers more surely than one
// whose neighbour does. A name the whole collection is about
// (verifier.subjects) is left out: every sentence may name it.
func (v *verifier) inSentence(r Ranked, terms map[string]bool, lang string, mentions []entity.Mention) float64 {
	n, have := 0, 0
	for _, c := range v.q.Constraints {
		// The collection's subject tells its sentences not apart.
		if c.Kind == query.Named && v.subjects[c.Key] {
			continue
		}
		n++
		switch c.Kind {
		case query.Named:
			if namesAll(c, lang, terms, v.read) {
				have++
			}
		case query.Owner, query.Where:
			if mentionedAny(mentions, c.Keys()) {
				have++
			}
		case query.Ordinal:
			if ordinalIn(r.Text, c.Key) {
				have++
			}
		}
	}
	if years := v.q.Time.Years(); len(years) > 0 {
		n++
		if slices.ContainsFunc(years, func(y string) bool { return terms[y] }) {
			have++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(have) / float64(n)
}

// passageTerms is the terms of a passage and of the sentences quoted with
// it (nil for none), with the signs they hold ("%").
func (s readings) passageTerms(p store.Passage, with ...*store.Passage) map[string]bool {
	terms := analysis.TermSet(strings.Fields(p.Terms))
	s.addSigns(terms, p.Text)
	for _, q := range with {
		if q == nil {
			continue
		}
		for _, t := range strings.Fields(q.Terms) {
			terms[t] = true
		}
		s.addSigns(terms, q.Text)
	}
	return terms
}

// factAspects is the set of aspects the facts state: an end for a
// deadline or an event that ends something, a start for one that starts.
func factAspects(facts []store.Event) map[string]bool {
	out := make(map[string]bool)
	for _, f := range facts {
		if f.Kind == timeline.KindDeadline || timeline.HasAspect(f.Aspect, timeline.AspectEnd) {
			out[timeline.AspectEnd] = true
		}
		if timeline.HasAspect(f.Aspect, timeline.AspectStart) || f.Since {
			out[timeline.AspectStart] = true
		}
	}
	return out
}

// aspectHappened is the aspect of a passage that dates an event in its
// own words within the time the question gives: it covers a verb of
// happening ("What happened in December 2021?": "Die
// US-Sicherheitsbeziehungen … gingen im Dezember 2021 … über").
const aspectHappened = "happened"

// datedIn reports whether a TIMEX value lies in the time a question
// names: in its years (Query.Time.Covers, spans included), and in its
// month where it names one month ("im Januar 2020": not 2020-06-12). A
// season, quarter or week ("2021-SU") is read by its year.
func datedIn(t query.Time, value string) bool {
	if !t.Covers(value) {
		return false
	}
	if t.Until != "" || !monthValue.MatchString(t.Value) {
		return true
	}
	return strings.HasPrefix(value, t.Value[:len("2006-01")])
}

// monthValue matches a TIMEX value of a month or a day of it: "2020-01",
// "2020-01-03".
var monthValue = regexp.MustCompile(`^\d{4}-\d{2}(?:-\d{2})?$`)

// happenTerms are the analysed verbs of happening, English and German
// ("happen", "occur"; "geschehen", "passieren", "sich ereignen").
var happenTerms = map[string]bool{"happen": true, "occur": true, "gescheh": true, "passi": true, "ereign": true}

// coverage is the share of the focus's weight that terms cover. A troop
// figure that matches covers the words for soldiers; a fact that ends or
// starts something covers the words for ending or starting ("Abzug" for
// "spätestens bis Ende September 2025"). seen records what a candidate's
// window covers, for absent.
func (v *verifier) coverage(terms map[string]bool, figure bool, aspects map[string]bool, seen bool) float64 {
	return v.share(v.weight, v.want, terms, figure, aspects, seen)
}

// share is coverage with the concepts weighed by weight, summing to want.
func (v *verifier) share(weight []float64, want float64, terms map[string]bool, figure bool, aspects map[string]bool, seen bool) float64 {
	if want == 0 {
		return 1
	}
	var have float64
	for i := range v.q.concepts {
		if v.covered(i, terms, figure, aspects) {
			have += weight[i]
			if seen {
				v.seen[i] = true
			}
		}
	}
	return have / want
}

// covered reports whether terms hold concept i: in any of its forms, all
// of its compound parts, another word for the people or children it
// counts, or as a name transliterated; an office only as itself
// (coversOffice); a troop word by a troop figure (figure), a word of
// ending or starting by a fact that does so (aspects), and a verb of
// happening by an event dated in the time asked (aspectHappened). It is the one home
// of what covers a concept.
func (v *verifier) covered(i int, terms map[string]bool, figure bool, aspects map[string]bool) bool {
	c := v.q.concepts[i]
	if figure && v.troop[i] || v.q.aspects[i] != "" && aspects[v.q.aspects[i]] || v.happenConcept[i] && aspects[aspectHappened] {
		return true
	}
	if v.q.offices[i] {
		return slices.ContainsFunc(c, func(t string) bool { return coversOffice(terms, c[0], t, v.q.translated[c[0]]) })
	}
	// "meist" covers no "Fußballweltmeister": the question's own compound
	// is covered by its parts, not by letters inside them.
	return coversAsParts(terms, c[0], v.q.parts[i]) || slices.ContainsFunc(c[1:], func(t string) bool { return covers(terms, t) }) ||
		allParts(terms, v.q.parts[i]) ||
		peopleIn(c, terms) || childTermsIn(c, terms) ||
		v.q.AsksShare && terms["%"] && slices.ContainsFunc(c, func(t string) bool { return shareTerms[t] }) ||
		v.sizeConcept[i] != "" && terms[v.sizeConcept[i]] ||
		v.versionConcept[i] && terms[versionSign] ||
		// An age asked ("how old", "wie alt": query.Query.AsksAge) is said
		// as an age in English: "over the age of 21". German's "im Alter
		// von" has the stem "alt" already.
		v.q.AsksAge && terms["age"] && slices.ContainsFunc(c, func(t string) bool { return t == "old" || t == "alt" }) ||
		v.q.names[i] && slices.ContainsFunc(c, func(t string) bool { return transliterated(terms, t, v.read) })
}

// shareTerms are the analysed words for a share, which a question that
// asks one (query.Query.AsksShare) finds said in percent: "Over 60% of
// Norway's population died" for "what share of norway's people died".
var shareTerms = map[string]bool{"anteil": true, "share": true, "proport": true, "fraction": true}

// peopleIn reports whether a concept that counts people as such
// (peopleTerms) finds another word for people in terms: "Leute" in
// "100.000 Mann".
func peopleIn(concept []string, terms map[string]bool) bool {
	if !slices.ContainsFunc(concept, func(t string) bool { return peopleTerms[t] }) {
		return false
	}
	for t := range peopleTerms {
		if terms[t] {
			return true
		}
	}
	return false
}

// childrenIn reports whether a concept that counts children ("Kinder",
// "children") finds daughters or sons in a sentence, as whole words: "Aus
// dieser Ehe gingen drei Töchter hervor" counts children; the reverse does
// not hold, nor does a "Tochtergesellschaft".
func childrenIn(concept []string, text string) bool {
	if !slices.ContainsFunc(concept, func(t string) bool { return childTerms[t] }) {
		return false
	}
	return slices.ContainsFunc(analysis.Scan(text), func(t analysis.Token) bool { return offspring[strings.ToLower(t.Text)] })
}

// childTermsIn is childrenIn for a window's analysed terms, for coverage.
func childTermsIn(concept []string, terms map[string]bool) bool {
	if !slices.ContainsFunc(concept, func(t string) bool { return childTerms[t] }) {
		return false
	}
	for _, t := range offspringTerms {
		if terms[t] {
			return true
		}
	}
	return false
}

// childTerms are the analysed words that count children; offspring the
// words, as written, for daughters and sons, offspringTerms their terms.
var (
	offspringTerms = []string{"tocht", "sohn", "daughter", "son"}
	childTerms     = map[string]bool{"kind": true, "child": true, "children": true, "kid": true}
	offspring      = map[string]bool{"tochter": true, "töchter": true, "töchtern": true, "sohn": true, "söhne": true, "söhnen": true,
		"daughter": true, "daughters": true, "son": true, "sons": true}
)

// allParts reports whether terms hold every part of a compound of two or
// more parts.
func allParts(terms map[string]bool, parts []string) bool {
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !terms[p] {
			return false
		}
	}
	return true
}

// covers reports whether terms hold t: the term, a compound holding it or
// a part of it, the sign it stands for, or a long word one typo away.
func covers(terms map[string]bool, t string) bool { return coversAsParts(terms, t, nil) }

// coversAsParts is covers for a term whose compound parts are known: a
// shorter word covers it only as whole parts (analysis.CoveredAsParts).
func coversAsParts(terms map[string]bool, t string, parts []string) bool {
	return analysis.CoveredAsParts(t, parts, terms) || symbols[t] != "" && terms[symbols[t]] || nearlyIn(terms, t)
}

// nearlyIn reports whether terms hold a word one typo away from a long
// term t (nearlyEqual).
func nearlyIn(terms map[string]bool, t string) bool {
	if utf8.RuneCountInString(t) < typoLength {
		return false
	}
	for w := range terms {
		if nearlyEqual(w, t) {
			return true
		}
	}
	return false
}

// coversOffice is covers for an office, the question's own term office
// or one of its translations t, which no part of it covers: the office's
// own term only as written, inflected ("Innenministerin" for
// "Innenminister"; analysis.Within) or mistyped; a translation only as
// written or as a compound's head ("burgermeist" of "mayor" in
// "oberburgermeist"), and the office's head alone ("minist" for
// "aussenminist") only beside another word of its translations
// (translated: "foreign" of "Foreign Minister", not "prime").
func coversOffice(terms map[string]bool, office, t string, translated []string) bool {
	if t != office {
		if !strings.HasSuffix(office, t) {
			return analysis.Within(t, terms)
		}
		return terms[t] && slices.ContainsFunc(translated, func(x string) bool { return x != t && !strings.HasSuffix(office, x) && terms[x] })
	}
	return analysis.WithinUnless(t, terms, deputyOf) || nearlyIn(terms, t)
}

// deputyOf reports whether the part of a compound before an office makes
// its holder a deputy: the "Vizeverteidigungsminister" is not the
// Verteidigungsminister. Only the compound's term tells: the index holds a
// compound's lexicon parts as terms too, so "Vizebürgermeister" (split
// Vize|bürgermeister) still covers "Bürgermeister", and "Vice President"
// in two words covers "President".
func deputyOf(before string) bool {
	return strings.HasSuffix(before, "vize") || strings.HasSuffix(before, "vice")
}

// addSigns adds to terms the signs a text holds ("%" for "51,6 %"),
// which cover the words they stand for, read once per text.
func (s readings) addSigns(terms map[string]bool, text string) {
	held, ok := s.signs[text]
	if !ok {
		held = signsIn(text, s.sizes, s.versions, s.versionsGiven)
		s.signs[text] = held
	}
	for _, sign := range held {
		terms[sign] = true
	}
}

// signsIn returns the signs a text holds, those of a size only where
// sizes asks for them, that of a release's number (versionSign) only
// where versions does, and not for a number given (the question's).
func signsIn(text string, sizes, versions bool, given map[string]bool) []string {
	var out []string
	if versions && versionNumbered(text, given) {
		out = append(out, versionSign)
	}
	span := statesLifeSpan(text)
	for _, sign := range signs {
		if sign == birthSign && lifeMark(text, '*') >= 0 || sign != birthSign && strings.Contains(text, sign) ||
			span && (sign == birthSign || sign == deathSign) || sign == deathSign && diedInOtherWords(text) {
			out = append(out, sign)
		}
	}
	if strings.ContainsAny(text, currencySigns) {
		out = append(out, currency)
	}
	if !sizes {
		return out
	}
	if data := statesDataSize(text); data || statesLength(text) || statesMeasure(text) {
		out = append(out, sizeSign)
		if data {
			out = append(out, dataSign)
		}
	}
	return out
}

// sizeSign is the sign of a figure with a unit of length, weight, area or
// data ("117 km", "3 Terabyte"), which covers the noun a question asks a
// size by ("Größe", "size"); dataSign that of an amount of data ("300MB"),
// which alone covers a noun for memory or space ("RAM", "space": a
// length is no disk space). verifier.sizeConcept tells the nouns.
const (
	sizeSign = "@size"
	dataSign = "@data"
)

// versionSign is the sign of a release's number ("Prometheus 2.43",
// "Helm v4": versionNumbered), which covers the noun a question asks a
// version by (query.Query.AsksVersion: "was ist die neueste Helm-Version",
// "latest jekyll release"): the answer "In Prometheus v2.47.0, released
// on 6th September 2023, …" says no "version". verifier.versionConcept
// tells the nouns.
const versionSign = "@numbered"

// versionNumbered reports whether a text writes a release's number, other
// than one given: a dotted version as versionsWritten reads one in either
// language ("2.47.0", "2.6.28", "10.7"; not "2.5 percent", "$4.99", a
// number of the thousands or a date in digits) and not after a word that
// refers to a part of a text ("Section 3.2"), or "v" and a number
// written as a word of its own ("v4", "v2.47.0"; "V8" is a name). A
// number after a name alone ("Node.js 19", "Nvidia 64") may be a release
// but is no sure sign of one. The numbers given are the question's, as
// versionNumbers returns them ("1.10" of "julia lts version vor 1.10"):
// they name the release asked about, not its answer.
func versionNumbered(text string, given map[string]bool) bool {
	return slices.ContainsFunc(versionNumbers(text), func(n string) bool { return !given[n] })
}

// versionNumbers returns the release numbers a text writes
// (versionNumbered), as written, without their "v".
func versionNumbers(text string) []string {
	var out []string
	de := versionsWritten(text, analysis.German)
	for n := range releasesWritten(text, analysis.English) {
		if _, ok := de[n]; ok {
			out = append(out, n)
		}
	}
	for _, t := range analysis.Scan(text) {
		if bareV(t.Text) && t.Text[0] == 'v' {
			out = append(out, t.Text[1:])
		}
	}
	slices.Sort(out)
	return out
}

// releasesWritten is versionsWritten without the numbers of parts of a
// text ("Section 3.2", "Kapitel 4.1": partWords).
func releasesWritten(text, lang string) map[string][]string {
	out := versionsWritten(text, lang)
	maps.DeleteFunc(out, func(_ string, nouns []string) bool {
		return slices.ContainsFunc(nouns, func(w string) bool { return partWords[w] })
	})
	return out
}

// partWords refer to a part of a text by its number: "Section 3.2",
// "Kapitel 4.1".
var partWords = lowerWordSet(`section sections abschnitt abschnitte chapter chapters kapitel artikel article articles figure abbildung abb table tabelle nr no page seite paragraph absatz`)

// symbols are the words a sign stands for in a text: "51,6 %" says
// "Prozent", "$5 million" says "money". window adds the sign's term;
// currency stands for any sign of currencySigns.
var symbols = map[string]string{"prozent": "%", "percent": "%", "prozentsatz": "%", "percentag": "%", "euro": "€", "dollar": "$", "geld": currency,
	"money": currency,
	// A life as encyclopaedias write it: "(* 9. August 1919 in La Grange;
	// † 10. November 1986)" says born and died.
	"gebar": birthSign, "geburt": birthSign, "geburtsort": birthSign, "geburtsdatum": birthSign, "born": birthSign,
	"birth": birthSign, "birthplac": birthSign, "sterb": deathSign, "versterb": deathSign, "tod": deathSign,
	"die": deathSign, "death": deathSign}

// signs are symbols' signs, each once.
var signs = func() []string {
	var out []string
	for _, s := range symbols {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}()

// statesLifeSpan reports whether a text gives a life's years in brackets
// right after a name, "Karl Brandt (1801–1860)", "Wilhelm II. (1859–1941)":
// born and died. A common noun alone before them, after an article or a
// lower-case word, is no name ("der Ruderverein (1950–1990)" gives the
// club's years; "Thomas Mann (1875–1955)" is a name), and the years span a
// life as lifeInBrackets reads one: more than minLifeYears, at most
// maxLifeYears.
func statesLifeSpan(text string) bool {
	for _, m := range lifeSpan.FindAllStringSubmatchIndex(text, -1) {
		word := text[m[2]:m[3]]
		from, err1 := strconv.Atoi(text[m[4]:m[5]])
		to, err2 := strconv.Atoi(text[m[6]:m[7]])
		if err1 != nil || err2 != nil || to-from <= minLifeYears || to-from > maxLifeYears {
			continue
		}
		before := strings.Fields(text[:m[2]])
		named := len(before) > 0 && analysis.StartsUpper(before[len(before)-1]) && !analysis.IsArticle(strings.ToLower(before[len(before)-1]))
		if named || !commonNoun(word) {
			return true
		}
	}
	return false
}

// lifeSpan is a capitalised word, perhaps a regnal number's dot, and two
// years in brackets after it.
var lifeSpan = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]*)\.?\s*\(\s*(\d{3,4})\s*[–—-]\s*(\d{3,4})\s*\)`)

// maxLifeYears is the most years a life's years in brackets lie apart.
const maxLifeYears = 110

// passedAway says died in other words: "… passed away after a long
// illness", or was killed: "bei dem … Suleimani getötet wurde", "nach der
// Ermordung von …", "he was killed in …", "kam ums Leben". An active
// "killed the bill", "tödliche Gefahr" or "ums Leben fürchten" says no
// one died (survived marks it void: diedInOtherWords).
var passedAway = regexp.MustCompile(`(?i)\bpass(?:ed|es)? away\b|` +
	`\b(?:was|were|been|being|got)\s+(?:\w+\s+)?(?:killed|murdered|assassinated|slain|shot dead)\b|` +
	`\b(?:getötet|ermordet|umgebracht|erschossen)\s+(?:wurde|wurden|worden)\b|` +
	`\b(?:wurde|wurden)\s+(?:\S+\s+){0,10}?(?:getötet|ermordet|umgebracht|erschossen)\b|` +
	`\b(?:ermordung|tötung)\s+(?:des|der|von|of)\b|\bums leben\s+(?:kam|kamen|gekommen)\b|\btödlich\s+verunglückt`)

// survived voids a death passedAway reads: "überlebte einen Angriff, bei
// dem drei Menschen getötet wurden".
// (RE2's \b knows ASCII letters only: "ü" begins no word for it.)
var survived = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:survived|survives|überlebte|überlebten|überlebt)(?:$|[^\pL])`)

// diedInOtherWords reports whether a text says someone died in other words
// than the verb (passedAway) and no one there survived.
func diedInOtherWords(text string) bool {
	// The expression is slow on a long sentence; most hold none of its
	// words.
	lower := strings.ToLower(text)
	if !slices.ContainsFunc(deathStems, func(w string) bool { return strings.Contains(lower, w) }) {
		return false
	}
	return passedAway.MatchString(text) && !survived.MatchString(text)
}

// deathStems are words one of which every match of passedAway holds.
var deathStems = []string{"away", "killed", "murdered", "assassinated", "slain", "shot dead", "getötet", "ermordet", "umgebracht",
	"erschossen", "ermordung", "tötung", "ums leben", "tödlich"}

// birthSign and deathSign mark a date of birth and of death.
const (
	birthSign = "*"
	deathSign = "†"
)

// lifeMark returns the offset of a life's sign in text: '*' after "(" or
// before a number ("(* 9. August 1919", "* 11. September 1933"), '†'
// anywhere; -1 for none.
func lifeMark(text string, sign rune) int {
	if sign == '†' {
		return strings.IndexRune(text, sign)
	}
	for i := 0; i < len(text); i++ {
		if text[i] != '*' {
			continue
		}
		rest := strings.TrimLeft(text[i+1:], " \u00a0")
		if i > 0 && text[i-1] == '(' || rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return i
		}
	}
	return -1
}

const (
	currency      = "¤"
	currencySigns = "$€£¥"
)
