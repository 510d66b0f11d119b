package retrieval

// Verbs the answer must state: who made something, and what happened
// where, are answered only by a sentence that says so.

import (
	"regexp"
	"slices"
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/timex"
)

// askedEvents returns the concepts of the events a where- or when-question
// asks of. A where-question's verbs ("wo ist sie begraben", "where was the
// ship repaired") are such events: the answer's sentence must say so, in
// the verb, its noun or a translation, not only place someone or
// something (where she died is no grave). Verbs that only say where
// something is or that it took place ("liegt", "located", "happen",
// "held") and light verbs ("get", "kommen") are no event of their own. A
// birth or a death asked of where or when ("where was he born", "wann
// starb sie") is such an event too, however the word is read,
// where the question asks no other verb ("when did the black death reach
// europe" asks of its reaching): the place or day of someone's death tells
// nothing of the birth. A when-question's word of ending or starting
// (timeline.AspectOf: "when was the line closed", "when did the plant
// shut down") is such an event too: "The line opened in 1969" dates no
// end, however its neighbours speak of one; a fact of the sentence that
// ends or starts something states it (statesAskedVerbs). A question typed
// as a deadline or a start ("wann endete die Blockade") reads its aspect
// by its type instead (answerType).
func (v *verifier) askedEvents() []int {
	if v.q.Type != query.Place && v.q.Type != query.Date {
		return nil
	}
	var out []int
	life, other := -1, false
	for i, c := range v.q.concepts {
		if v.q.Type == query.Place && v.q.verbs[i] && !placeVerbs[c[0]] {
			out = append(out, i)
		}
		if v.q.Type == query.Date && v.q.aspects[i] != "" && !lifeConcept(c) {
			out = append(out, i)
		}
		if lifeConcept(c) {
			life = i
		} else if v.q.verbs[i] {
			other = true
		}
	}
	if life >= 0 && !other && !slices.Contains(out, life) && !v.lifeNamesAThing(life) {
		out = append(out, life)
	}
	return out
}

// lifeNamesAThing reports whether the question writes concept i's word
// as a noun of birth or death (lifeNouns) after an article, at most one
// word between: "the black death", "der Schwarze Tod" name a thing, not
// someone's death; "when was the poet born" asks a birth. A follow-up's
// words taken from the question before are not in this text's offsets
// and count as no such noun.
func (v *verifier) lifeNamesAThing(i int) bool {
	text := v.q.Text
	for _, f := range v.q.Focus {
		if f.Term != v.q.concepts[i][0] || !writesAt(text, f.Start, f.Text) || !lifeNouns[strings.ToLower(f.Text)] {
			continue
		}
		before := strings.Fields(strings.ToLower(text[:f.Start]))
		for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
			if analysis.IsArticle(before[k]) {
				return true
			}
		}
	}
	return false
}

// lifeNouns are the nouns, as written, of a birth or a death.
var lifeNouns = lowerWordSet(`death deaths tod todes birth births geburt`)

// lifeConcept reports whether a concept's terms name a birth or a death
// (symbols: "geboren", "born", "starb", "died").
func lifeConcept(c []string) bool {
	return slices.ContainsFunc(c, func(t string) bool { return symbols[t] == birthSign || symbols[t] == deathSign })
}

// statesAskedVerbs reports whether a sentence, of analysed terms own,
// says what the question asks by its verb: the making a who-question asks
// the maker of (askedMaker; a discovery said by "find" too) and every
// event askedEvents found in a where- or when-question (the analysis reads
// a life's "*" and "†" as a birth and a death; aspects, the aspects of
// the sentence's facts, state an end or a start: factAspects).
func (v *verifier) statesAskedVerbs(own map[string]bool, text, lang string, aspects map[string]bool) bool {
	if v.made >= 0 && !v.covered(v.made, own, false, nil) && !(v.discovery && slices.ContainsFunc(findingTerms, func(t string) bool { return own[t] })) &&
		!(!v.discovery && lang == analysis.English && creditsBy(text)) {
		return false
	}
	for _, i := range v.happened {
		if !v.covered(i, own, false, aspects) {
			return false
		}
	}
	return true
}

// paysIn reports whether a text says that someone paid for something, in
// German or English: a form of paying, funding, financing, sponsoring,
// donating or supporting, or a payer's noun ("Sponsor", "Geldgeber").
// Words that only share a beginning say no payment: "Zahl" and
// "zahlreiche", "fordert", "Fund", "köstlich", "fundamental", "payload";
// nor does what something costs ("Tickets cost five euros").
func paysIn(text string) bool { return payWords.MatchString(text) }

// payWords are the forms paysIn reads, whole words, in any case.
var payWords = regexp.MustCompile(`(?i)\b(?:(?:be)?zahl(?:t|te|ten|st)|bezahl\w*|gezahlt|finanzier\w*|finanzielle?n?|förder(?:t|te|ten|n|ung|ungen|er|mittel\w*)|gefördert|spende(?:t|te|ten|n|r)?|gespendet|unterstütz\w*|zuschuss|zuschüsse|sponsor\w*|geldgeber\w*|` +
	`pa(?:y|ys|id|ying)|fund(?:s|ed|ing|er|ers)?|financ(?:e|es|ed|ing|ier|iers)|donat(?:e|es|ed|ing|ion|ions)|donors?|support(?:s|ed|ing|er|ers)?|grants?|granted|backed|underwr\w+)\b`)

// askedFunder reports whether a who-question asks who paid for something:
// by a verb of paying ("who paid for", "wer finanziert", "funded by";
// German "fördern" only as written with its umlaut, "fordern" asking a
// demand) or by the noun of one who pays ("the platinum sponsors", "fiscal
// sponsor", "Geldgeber"). An office of money ("finance minister",
// "chief financial officer", "Finanzchef") is none, nor is granting ("who
// granted him the county").
func (v *verifier) askedFunder() bool {
	if v.q.Type != query.Person && v.q.Type != query.Organisation {
		return false
	}
	for i, c := range v.q.concepts {
		if len(c) == 0 {
			continue
		}
		// The question's own word, not its translations: "found"
		// translates as German "Fund", "gave" as "spenden".
		if v.q.verbs[i] && slices.ContainsFunc(fundingStems, func(s string) bool { return strings.HasPrefix(c[0], s) }) ||
			c[0] == "ford" && v.q.verbs[i] && strings.Contains(strings.ToLower(v.q.Text), "förder") ||
			slices.Contains(funderNouns, c[0]) {
			return true
		}
	}
	// "wer hat die arbeit finanziell unterstützt": support in money.
	lower := strings.ToLower(v.q.Text)
	return strings.Contains(lower, "finanziell") || strings.Contains(lower, "financially")
}

var (
	// fundingStems begin the analysed verbs (stems without umlauts) of a
	// question that asks who paid: paying, funding, financing,
	// sponsoring, donating.
	fundingStems = []string{"pay", "paid", "fund", "financ", "sponsor", "donat", "bezahl", "zahl", "finanzi", "spend"}
	// funderNouns are the analysed nouns of one who pays (askedFunder).
	funderNouns = []string{"sponsor", "funder", "geldgeb", "spender", "donor"}
)

// creditsBy reports whether an English sentence credits a work to its
// maker as news and catalogues do without the verb of making: "by" and a
// capitalised name right after a comma or after the work's noun ("The
// “softWaves” theme, by Juliette Taka Belin, will be the default
// artwork"). After a participle "by" names who did something else
// ("criticised by", "sponsored by", "replaced by"), and a month or weekday
// after it is a time ("by March"). It answers who designed, composed,
// invented or produced it, not who discovered it.
func creditsBy(text string) bool {
	toks := analysis.Scan(text)
	for k := 1; k+1 < len(toks); k++ {
		next := toks[k+1].Text
		if w := strings.ToLower(next); toks[k].Text != "by" || !analysis.StartsUpper(next) || timex.IsMonth(w) || timex.IsWeekday(w) {
			continue
		}
		prev := toks[k-1]
		if strings.Contains(text[prev.Start+len(prev.Text):toks[k].Start], ",") || !participle(strings.ToLower(prev.Text)) {
			return true
		}
	}
	return false
}

// participle reports whether an English word may be a verb's past
// participle, regular ("criticised", "sponsored") or one of the common
// irregular ones ("made", "written", "held"), or a verb that takes "by"
// ("followed", "led", "run"); such a word before "by" names a doer, no
// credit.
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregularParticiples[w]
}

var irregularParticiples = lowerWordSet(`made built held led run set won lost paid kept shot caught taught bought sold told
	hit put cut read sent spent brought thought found left met sung drawn shown known seen done hung struck split`)

// placeVerbs are the analysed verbs, German and English, that say where
// something is, took place, began, came from or went to, and the light
// verbs that say little of their own: a where-question asks by them no
// event the answer must name (measured on XQuAD-R German questions:
// "Wo begann die Bewegung", "Woher stammten die Minister" are answered
// by sentences that say so in other words).
var placeVerbs = lowerWordSet(`lieg befind steh sitz locat situat sit happen gescheh passier stattfind held hold halt abhalt
	komm come go geh get use verwend take tak mach make do tun hab have giv gib find
	stamm origin entsteh beginn begin start leb live
	erreich reach arriv ankomm zieh hinzieh move`)

// askedMaker returns the concept of the verb a who-question asks the maker
// by ("wer komponierte die Hymne", "who designed the bridge"), or -1, and
// whether it asks a discovery: the answer's sentence must say so, in the
// verb or its noun ("Komponist", "designer"), or for a discovery in the
// plain verb "find" (findingTerms), not only name someone beside the
// thing.
func (v *verifier) askedMaker() (int, bool) {
	if v.q.Type != query.Person {
		return -1, false
	}
	stem := func(stems []string) func(string) bool {
		return func(t string) bool {
			return slices.ContainsFunc(stems, func(s string) bool { return strings.HasPrefix(t, s) })
		}
	}
	for i, c := range v.q.concepts {
		if v.q.verbs[i] && slices.ContainsFunc(c, stem(makerStems)) {
			return i, slices.ContainsFunc(c, stem(discoveryStems))
		}
	}
	return -1, false
}

// findingTerms are the analysed forms of "finden" and "find" ("gefunden",
// "fand", "found"), which say a discovery too: "Sie fand den Kometen".
// English "founded" is analysed as "found" as well, so "was founded by"
// passes for a discovery; it never answers a question of another making.
var findingTerms = []string{"find", "found"}

// makerStems begin the analysed verbs of making something first:
// inventing, discovering, composing, designing, producing (founding is left out:
// "found" is also the past of "find"); discoveryStems those of
// discovering.
var (
	makerStems     = []string{"erfind", "entdeck", "komponi", "entwerf", "invent", "discov", "compos", "design", "produc", "produzi"}
	discoveryStems = []string{"entdeck", "discov"}
)
