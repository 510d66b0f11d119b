package retrieval

// Answer types: whether a passage holds what the question asks for.

import (
	"net/netip"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/figure"
	"github.com/quellen/quellen/retrieval/lexicon"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/retrieval/timex"
	"github.com/quellen/quellen/store"
)

// weakType is answerType's verdict on a passage that shows no sign of what
// a who, where, why or which-organisation question asks for, or answers
// "how often" only with a figure of something else ("an fünf Orten"): a
// name can hide in a noun and a reason in a participle, so it is not
// refused, only ranked after the others.
const weakType = "weak-type"

// answerType says whether the passage holds what the question asks for,
// with the events that show it.
func (v *verifier) answerType(r Ranked, events []store.Event, lang string) ([]store.Event, string) {
	var dated []store.Event
	for _, ev := range events {
		if ev.Date != "" {
			dated = append(dated, ev)
		}
	}
	// "An welchem Wochentag …?", "what day of the week did the talks
	// start": only a sentence that names the day answers.
	if v.q.Type.Temporal() && v.q.AsksWeekday {
		if !namesWeekday(r.Text) {
			return nil, failType
		}
		return dated, "" // the day named is the answer, resolved or not ("am Mittwochabend")
	}
	// "Zum wievielten Mal …?": only a sentence that gives a place in a
	// row answers ("zum dritten Mal", "the sixth major stable release").
	if v.q.AsksOrdinal && !statesOrdinal(r.Text) {
		return nil, failType
	}
	// "Um wie viel Uhr …?", "what time does the ferry leave": only a
	// sentence that gives a time of day answers ("um 7:40 Uhr", "at 9
	// a.m."); a part of the day ("am Abend") less surely. It is the answer
	// whatever type the words give ("fähre laboe abfahrt uhrzeit").
	if v.q.AsksClock {
		switch statesClock(v.tagsOf(r.Passage, lang)) {
		case clockTime:
			return dated, ""
		case clockPart:
			return dated, weakType
		}
		return nil, failType
	}
	// "On which days …?" is answered best by weekdays ("on Tuesday,
	// Wednesday and Thursday"), by dates less surely.
	days := v.q.Type.Temporal() && v.q.AsksDays
	if days && namesWeekday(r.Text) {
		return dated, ""
	}
	// A life's dates answer when someone was born or died, not when he
	// won a prize: "Akshay Venkatesh (* 21. November 1981 in Neu-Delhi)
	// ist ein … Mathematiker" gives no date of the Abel Prize.
	if v.q.Type.Temporal() && !v.asksLife && onlyLifeDates(r.Text, v.tagsOf(r.Passage, lang)) {
		return nil, failType
	}
	// "kassenwart email adresse" is answered by an address written as
	// one ("kasse@ruderclub.example"), not by a sentence about his mail.
	if v.q.AsksAddress != "" && v.q.Type != query.Count && !v.q.Type.Temporal() && !writesAddress(r.Text, v.q.AsksAddress) {
		return nil, failType
	}
	switch v.q.Type {
	case query.Count:
		// A figure answers "how many households" only beside the word it
		// counts: "State Route 99" and "32 km" count no households.
		if v.casualties && !timeline.SaysCasualtiesIn(r.Text, r.Terms) || v.deaths && !timeline.SaysDeathsIn(r.Text, r.Terms) ||
			v.captured && !timeline.SaysCaptured(r.Text) {
			return nil, failType
		}
		// What something cost is answered by a sum of money.
		if v.q.AsksMoney && !statesMoney(r.Text) {
			return nil, failType
		}
		dates := v.tagsOf(r.Passage, lang)
		if v.q.CountsTime() {
			// "nach nur 45 Tagen" counts days: a length of time is the figure.
			dates = slices.DeleteFunc(slices.Clone(dates), func(d timex.Expr) bool { return d.Kind == timex.KindDuration })
		}
		// "How often …?" is answered by how often without a number too:
		// "In den vergangenen Monaten schlugen mehrfach Raketen … ein". A
		// figure that counts something else ("an fünf Orten") answers it
		// less surely.
		if v.q.HowOften && (statesFrequency(r.Text) || repeats(r.Text, v.tagsOf(r.Passage, lang))) {
			return nil, ""
		}
		// "How much space do the scan files take?": "… can easily
		// consume 300MB" says how much, naming no space.
		if v.q.AsksStorage && statesDataSize(r.Text) {
			return nil, ""
		}
		// "Wie viel schneller …?" is answered by the ratio, whatever
		// noun the sentence names: a multiple that compares ("four times
		// faster") or a share beside a change ("about 40% faster",
		// "shrinks the index by around 5%"; changedByShare).
		if v.q.AsksChange && (statesMultiple(r.Text) || changedByShare(r.Text)) {
			return nil, ""
		}
		// "Wie viele Jahre gibt es den Server?": "sein 20-jähriges
		// Bestehen", "its 20-year anniversary" count its years.
		if (v.q.Counted == "jahr" || v.q.Counted == "year") && yearsAdjective.MatchString(r.Text) {
			return nil, ""
		}
		if len(answerFigures(r.Text, lang, dates, v.numbered, v.q.NumberOf)) > 0 && (v.namesCounted(r.Passage) || v.personsCounted(r.Text, lang, dates)) {
			if v.q.HowOften {
				return nil, weakType
			}
			if !v.figureBesideCounted(r.Text, lang, dates) {
				return nil, weakType
			}
			return nil, ""
		}
		// "a single RC bug is enough": one, said in words.
		if v.singleCounts(r.Text, lang) {
			return nil, ""
		}
		// "Sie entsendet einen Abgeordneten": an article before the noun
		// counted says one, less surely than a figure.
		if v.articleCounts(r.Text, lang) {
			return nil, weakType
		}
	case query.Date:
		// "… sind jetzt frei verfügbar" is dated by its source only: it
		// says nothing of when.
		if onlyNow(v.tagsOf(r.Passage, lang)) {
			dated = slices.DeleteFunc(dated, func(ev store.Event) bool { return ev.DateFrom == timeline.FromPublished })
		}
		if v.onlyYearAsked(r.Passage, lang) {
			return nil, weakType
		}
		// A day its source's date does not resolve still answers "an
		// welchem Tag": "traf am Montag" in an article dated by its year.
		if len(dated) > 0 || r.Dated || v.statesDate(r.Passage, lang) {
			if days {
				return dated, weakType
			}
			return dated, ""
		}
		// "When does the choir rehearse?" is answered by the weekday it
		// repeats on: "every second Thursday", "jeden Montag"; not by
		// "jedes Jahr", nor a question of what happened once.
		if !v.q.Past && slices.ContainsFunc(v.tagsOf(r.Passage, lang), timex.OnWeekday) {
			return nil, ""
		}
		// "Support for WERL will be removed in Elixir v1.18": the
		// version it happens in answers when, less surely than a date.
		if inVersion(r.Text, v.q.Text) {
			return nil, weakType
		}
	case query.Deadline, query.Start:
		want := timeline.AspectEnd
		if v.q.Type == query.Start {
			want = timeline.AspectStart
		}
		var facts []store.Event
		for _, ev := range events {
			// An event dated relative to a day the source does not give
			// still says what ended, when the sentence names its date.
			if ev.Date == "" && !r.Dated {
				continue
			}
			if timeline.HasAspect(ev.Aspect, want) || v.q.Type == query.Deadline && ev.Kind == timeline.KindDeadline || v.q.Type == query.Start && ev.Since {
				facts = append(facts, ev)
			}
		}
		if len(facts) > 0 {
			return facts, ""
		}
		// "within 21 days" answers "bis wann" with no date (setsPeriod);
		// "not allowed … until the end of the freeze" answers "ab wann"
		// (startsOnlyAt).
		if v.q.Type == query.Deadline && setsPeriod(r.Text) || v.q.Type == query.Start && startsOnlyAt(r.Text) {
			return dated, ""
		}
		// "The school keeps its buses until the lease expires" answers
		// "until when" by the end it waits for, with no date; less
		// surely than a date.
		if v.q.Type == query.Deadline && len(dated) == 0 && !r.Dated && endsWithAnother(r.Text) {
			return nil, weakType
		}
		// A date in a sentence that says nothing of starting or ending
		// may still answer; it ranks after those that do. One that says
		// only since when ("seit Oktober") answers no "bis wann".
		if v.q.Type == query.Deadline && len(dated) > 0 && !slices.ContainsFunc(dated, func(ev store.Event) bool { return !ev.Since }) {
			return nil, failType
		}
		// "the 2013 DPL campaign" tells no more of when it ended than
		// "wann endete der Wahlkampf 2013" asks with: asked until or since
		// when, it is no answer ("Der Call for Papers der Wikimania 2015
		// ist offen" for its deadline).
		if v.onlyYearAsked(r.Passage, lang) {
			return nil, failType
		}
		if len(dated) > 0 || r.Dated {
			return dated, ""
		}
		// "deprecated since Python 3.3", "seit der Kernel-Version 2.2":
		// a version a thing dates from answers since when, less surely
		// than a date; "will be removed in Elixir v1.18" until when.
		if v.q.Type == query.Start && sinceVersion(r.Text) || v.q.Type == query.Deadline && inVersion(r.Text, v.q.Text) {
			return nil, weakType
		}
		// "Seit rund drei Monaten betreibt der Verein die Fähre", "has
		// been running for two years": a length of time up to now says
		// since when (before the source's day), less surely than a date.
		if v.q.Type == query.Start && lastsUpToNow(r.Text, v.tagsOf(r.Passage, lang)) {
			return nil, weakType
		}
	case query.Duration:
		dates := 0
		// "in den ersten Monaten", "seit Jahren": a length of time without
		// its amount says how long less surely than "acht Wochen".
		vague := false
		for _, x := range v.tagsOf(r.Passage, lang) {
			if x.Kind == timex.KindDuration && strings.Contains(x.Value, "X") {
				vague = true
				continue
			}
			if x.Kind == timex.KindDuration {
				return nil, ""
			}
			if x.Kind == timex.KindDate {
				dates++
			}
		}
		// From one date to another answers how long: "begann am 24. Juli
		// und dauerte bis zum 26. November".
		if dates >= 2 && spansDates(r.Text, v.tagsOf(r.Passage, lang)) {
			return nil, ""
		}
		// "How long was Hadrian's Wall?", "Wie lang ist der Rhein?" ask a
		// length: a figure with a unit of length answers.
		if v.q.AsksLength && statesLength(r.Text) {
			return nil, ""
		}
		// "How long do deleted files stay in the Trash?": "…, bis Sie den
		// Papierkorb leeren" says how long by what ends it, less surely
		// than a length of time.
		if lastsUntil(r.Text) {
			return nil, weakType
		}
		// "could cause child processes to hang indefinitely", "auf
		// unbestimmte Zeit": no end is a length too.
		if lastsWithoutEnd(r.Text) {
			return nil, ""
		}
		// Technical texts write a length of time with its unit's sign
		// glued on or after it: "defaults to 1h", "24h", "in less than
		// 100ms".
		if statesTimeSign(r.Text, v.q.Text) {
			return nil, ""
		}
		// "How long after the pullout did IS invade?": "drei Jahre
		// später" says how long after.
		if v.q.AsksOffset && statesOffset(v.tagsOf(r.Passage, lang)) {
			return nil, ""
		}
		if vague {
			return nil, weakType
		}
	case query.Person, query.Organisation:
		// "al-Sudani's first name" is answered where the name is written
		// with its first name ("Mohammed Shia al-Sudani"), not where it
		// stands alone.
		if part := v.q.NamePart; part != "" && v.named != nil {
			office := func(w string) bool { return v.title(w) || v.e.vocabulary.NamesPerson(analysis.English, w, "") }
			if namePartIn(v.read.tokensOf(r.Text, lang), v.named, part, office) {
				return nil, ""
			}
			return nil, failType
		}
		// Whom someone works for is said of the name: "Scott Geary of
		// VendHQ", not "Robert Swiecki reported that mod_auth_digest …".
		if v.q.AsksEmployer && v.named != nil && !statesEmployer(v.read.tokensOf(r.Text, lang), r.Text, v.named, v.mentionsOf(r.Passage, lang), lang) {
			return nil, failType
		}
		// "It was discovered that Exim does not …" says that someone
		// did, not who: no name in it answers who.
		if v.asksFinder && saysNoDoer(r.Text) {
			return nil, failType
		}
		// Who holds an office now is not answered by its former holders
		// ("The previous chairs were …").
		if v.q.WantsName && !v.q.Past && formerHolders(r.Text) {
			return nil, failType
		}
		// The answer to "who runs the Tyne and Wear Metro" is a name the
		// question does not give: its own name is no sign of one.
		// Capitalised words the dictionary lists as common English words
		// name a thing, not a person: "Antithesis refers to this approach
		// as Autonomous Testing" names no one who paid; nor do the words of
		// a short quoted term ("Punkte für „Design“": quotedTerms).
		text := v.withoutBodyNames(r.Text, lang)
		if v.q.Type == query.Person && !v.q.WantsName {
			text = withoutQuotedTerms(v.withoutCommonEnglish(text, lang))
		}
		if hasNameBesides(text, v.askedWords, v.title) || lang == analysis.English && englishNameBesides(text, v.askedWords, v.q.Type == query.Person) {
			return nil, ""
		}
		// A body that does it answers who does, less surely than a name:
		// "Der Leuchtturm wird vom Hafenausschuss betrieben" for "who runs
		// the lighthouse".
		if v.q.WantsName && !(v.q.Type == query.Person && namesBody(v.read.tokensOf(r.Text, lang), lang)) {
			// "Wie hieß der Auftragnehmer?", "Wer war US-Botschafter …?"
			// ask no description.
			return nil, failType
		}
		return nil, weakType
	case query.Place:
		// Where something is published online is said by its address
		// ("stehen unter security.debian.org bereit"); where someone was
		// born or died is not.
		if namesPlace(v.outsideAskedNames(r.Text, v.mentionsOf(r.Passage, lang))) || hasPlacePhrase(r.Text, v.askedWords, v.tagsOf(r.Passage, lang)) ||
			!v.asksLife && (writesWebAddress(r.Text, strings.ToLower(v.q.Text)) || writesFilePath(r.Text, strings.ToLower(v.q.Text))) {
			return nil, ""
		}
		return nil, weakType
	case query.Reason:
		if statesReason(r.Text) {
			return nil, ""
		}
		// "US-Militär nimmt Operationen gegen ISIS im Irak wieder auf."
		// says what "Why did the US resume operations against ISIS?"
		// asks about, and nothing of why.
		if v.restates(r.Passage, lang) {
			return nil, failType
		}
		return nil, weakType
	case query.List:
		// A list names several: countries, or items joined by commas and "und".
		if len(v.mentionsOf(r.Passage, lang)) >= 2 || enumerates(r.Text) {
			return nil, ""
		}
		return nil, weakType
	default:
		// "How big do ctenophores get?" is answered by a figure: "from
		// about 1 millimeter to 1.5 meters in size".
		if v.q.AsksSize {
			if len(answerFigures(r.Text, lang, v.tagsOf(r.Passage, lang), v.numbered, v.q.NumberOf)) == 0 {
				return nil, failType
			}
			// A figure with a unit of measure answers it surely; another
			// ("ten times their own weight") may.
			if !statesLength(r.Text) && !statesMeasure(r.Text) && !statesDataSize(r.Text) {
				return nil, weakType
			}
		}
		// "How old do you have to be?" is answered by an age: "members
		// must be over the age of 18", "mit etwa 28 Jahren". A year ("1248
		// begonnen") may tell it less surely; a sentence without a figure
		// does not.
		if v.q.AsksAge {
			if age, figures := statesAge(r.Text, lang, v.tagsOf(r.Passage, lang)); !age && !figures {
				return nil, failType
			} else if !age {
				return nil, weakType
			}
		}
		// "Wie hoch war der Ja-Anteil?" is answered by a share: "the vote
		// was 51.6% in favour", "die Hälfte". A sentence without one ranks
		// after those with one ("one in five adults" says it in words this
		// does not read).
		if v.q.AsksShare && !statesShare(r.Text) {
			return nil, weakType
		}
		// "mohammed shia al-sudani office": a noun for a role beside the
		// name answers ("Der irakische Premierminister Mohammed Shia
		// al-Sudani").
		if v.q.AsksRole {
			if v.roleBesideName(r.Passage, lang) {
				return nil, ""
			}
			return nil, failType
		}
		// "Since which release …?" is answered by what brought it in:
		// "die mit „Wheezy“ eingeführte UEFI-Unterstützung", "erstmals".
		// It names the release, by its number or its name: "In Elixir
		// v1.3, Elixir added …" before "Over the last versions we have
		// added …".
		if v.q.AsksSince && (!introduces(r.Text) || !namesRelease(r.Text, lang, v.askedWords, v.title)) {
			return nil, weakType
		}
		// "standard for public code latest version" is answered by a
		// sentence that names one: "We have released version 0.7.1 of the
		// standard" before one on semantic versioning.
		if v.q.AsksVersion && !namesRelease(r.Text, lang, v.askedWords, v.title) {
			return nil, weakType
		}
		// "name of us operation against isis": a sentence with a name the
		// question does not give ranks first.
		if v.q.AsksName && !hasNameBesides(r.Text, v.askedWords, v.title) {
			return nil, weakType
		}
		// "What does Gephi stand for?" is answered only where it is
		// spelled out: "IFTTT steht für …", "Very Long Instruction Word
		// (VLIW)"; not by "das Netzwerk-Analyse Tool Gephi".
		if v.q.AsksExpansion != "" && !spellsOut(r.Text, v.q.AsksExpansion) {
			return nil, failType
		}
		return nil, ""
	}
	return nil, failType
}

// namesCounted reports whether a passage's sentence holds the noun a count
// question counts, in any of its forms (a translation, a compound, its
// sign: "%" for "Prozent"); true for a question that names none.
func (v *verifier) namesCounted(p store.Passage) bool {
	if v.counted < 0 {
		return true
	}
	terms := v.read.passageTerms(p)
	c := v.q.concepts[v.counted]
	return slices.ContainsFunc(c, func(t string) bool { return covers(terms, t) }) || allParts(terms, v.q.parts[v.counted]) ||
		peopleIn(c, terms) || childrenIn(c, p.Text) || v.doersIn(c, terms)
}

// doersIn reports whether a concept that counts people as such
// (peopleTerms) finds, in terms, the noun of those who do what the
// question's verb says: "attendees" ("attende") for "how many people
// attended" ("attend"). The noun is read as any longer term that begins
// with one of the verb's terms or translations (minDoerStem letters or
// more), which a compound of it meets too ("Teilnehmerausweise"). Where
// the noun's term is the verb's ("Teilnehmer" and "teilgenommen" are both
// "teilnehm"), the concepts meet otherwise.
func (v *verifier) doersIn(concept []string, terms map[string]bool) bool {
	if !slices.ContainsFunc(concept, func(t string) bool { return peopleTerms[t] }) {
		return false
	}
	for i, c := range v.q.concepts {
		if !v.q.verbs[i] {
			continue
		}
		for _, verb := range c {
			if len(verb) < minDoerStem {
				continue
			}
			for t := range terms {
				if len(t) > len(verb) && strings.HasPrefix(t, verb) {
					return true
				}
			}
		}
	}
	return false
}

// minDoerStem is the shortest verb term doersIn reads a noun from: shorter
// ones begin too many words ("go" of "government").
const minDoerStem = 5

// articleCounts reports whether a sentence writes the noun a count
// question counts, other than troops, right after an indefinite article
// of a subject or an object: "einen Abgeordneten" is one.
func (v *verifier) articleCounts(text, lang string) bool {
	if v.counted < 0 {
		return false
	}
	c := v.q.concepts[v.counted]
	toks := v.read.tokensOf(text, lang)
	for i := 1; i < len(toks); i++ {
		if indefinite[strings.ToLower(toks[i-1].Text)] && slices.Contains(c, toks[i].Term) &&
			!(i >= 2 && prepositions[strings.ToLower(toks[i-2].Text)]) {
			return true
		}
	}
	return false
}

// figureBesideCounted reports whether a figure of the sentence (no date)
// stands within figureReach words of the noun a count question counts, a
// word that covers it ("Schiffe" of "Fährschiffe"); true for a question
// that names none and for a sentence without such a word.
func (v *verifier) figureBesideCounted(text, lang string, dates []timex.Expr) bool {
	if v.counted < 0 {
		return true
	}
	c := v.q.concepts[v.counted]
	toks := v.read.tokensOf(text, lang)
	var nouns []int
	word := make(map[string]bool)
	for i, t := range toks {
		clear(word)
		word[t.Term] = true
		for _, p := range t.Parts {
			word[p] = true
		}
		if slices.ContainsFunc(c, func(x string) bool { return covers(word, x) }) {
			nouns = append(nouns, i)
		}
	}
	if len(nouns) == 0 {
		return true // covered otherwise (a sign, people for persons): not judged here
	}
	for _, n := range answerFigures(text, lang, dates, v.numbered, v.q.NumberOf) {
		at := len(toks)
		for i, t := range toks {
			if t.Start >= n.Start {
				at = i
				break
			}
		}
		own := countsOwnNoun(text, toks, n.End, lang, nouns)
		for _, j := range nouns {
			if d := j - at; d >= -figureReach && d <= figureReach && (d > 0 || !own) {
				return true
			}
		}
	}
	return false
}

// measuredIn reports whether a word after a figure is a unit it is
// given in, which measures the thing counted rather than counting
// another: "80 Terabyte", "12 Prozent", "3 Jahre", "20 Grad". Units of
// length, weight, area and temperature are unitAfter's, of time
// timeUnits; data sizes, money and shares are read as the sentence's own
// checks read them, after a number.
func measuredIn(w string) bool {
	if unitAfter(w) || timeUnits[strings.ToLower(w)] {
		return true
	}
	s := "1 " + w
	return statesDataSize(s) || statesMoney(s) || statesShare(s)
}

// countsOwnNoun reports whether the figure ending at byte end of text
// counts a noun of its own right after it, adjectives between, which is
// none of the counted nouns at indices counted: "Die meisten Sorten tragen
// drei Blüten" counts blossoms, not kinds. A German noun is written with
// a capital; an English one is taken by its plural -s ("plus", "across"
// are none). A mark between (the clause ends: "numbered 450, organisers
// said") or a verb (German, lexicon: "340 hat") ends the search with none.
func countsOwnNoun(text string, toks []analysis.Token, end int, lang string, counted []int) bool {
	at := slices.IndexFunc(toks, func(t analysis.Token) bool { return t.Start >= end })
	prev := end
	for j := at; j >= 0 && j < len(toks) && j < at+figureReach; j++ {
		t := toks[j]
		if strings.TrimSpace(text[prev:t.Start]) != "" || t.Stop || t.Num || t.Verb || slices.Contains(counted, j) {
			return false
		}
		prev = t.Start + len(t.Text)
		w := strings.ToLower(t.Text)
		if lang == analysis.German && analysis.StartsUpper(t.Text) ||
			lang == analysis.English && !adjectiveLike(t, lang) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !notPlurals[w] && len(w) > 3 {
			return !measuredIn(t.Text)
		}
		if !adjectiveLike(t, lang) {
			return false
		}
	}
	return false
}

// notPlurals are English words in -s after a figure that are no nouns.
var notPlurals = lowerWordSet(`plus thus across towards afterwards perhaps always sometimes`)

// personsCounted reports whether a count question counts people as such
// ("wie viele Leute", "how many people") and a figure of the sentence
// counts persons by another noun: the noun names a person
// (vocabulary.NamesPerson, or "individuals") and follows the figure
// within figureReach words, with nothing between but numbers of a range,
// adjectives and "of the" ("Some 140 young volunteers", "20 bis 30
// Helfer", "12 der Helfer"); a noun of a thing, a unit or a preposition
// between makes the figure another's ("12 Prozent der Einwohner", "3
// photos per user", "20 Boote mit Helfern"). Which persons they are, the
// rest of the question says and coverage checks.
func (v *verifier) personsCounted(text, lang string, dates []timex.Expr) bool {
	if v.counted < 0 || !slices.ContainsFunc(v.q.concepts[v.counted], func(t string) bool { return peopleTerms[t] }) {
		return false
	}
	toks := v.read.tokensOf(text, lang)
	for _, n := range answerFigures(text, lang, dates, v.numbered, v.q.NumberOf) {
		at := slices.IndexFunc(toks, func(t analysis.Token) bool { return t.Start >= n.End })
		for j := at; j >= 0 && j < len(toks) && j < at+figureReach; j++ {
			t := toks[j]
			w := strings.ToLower(t.Text)
			if !t.Num && (personPlurals[w] || personNouns[w] && analysis.StartsUpper(t.Text) || v.e.vocabulary.NamesPerson(lang, t.Text, t.Lemma)) {
				return true
			}
			if !t.Num && !betweenCountAndPersons[w] && !adjectiveLike(t, lang) {
				break
			}
		}
	}
	return false
}

// betweenCountAndPersons may stand between a count and the persons it
// counts: the words of a range ("20 bis 30") and of a part ("12 of the").
var betweenCountAndPersons = lowerWordSet(`bis und oder zu to and or of the der den`)

// adjectiveLike reports whether a word may be an adjective before a
// noun: in German any word in lower case that is no stop word ("rund 60
// freiwillige Helfer"); in English a name or one of adjectiveEndings or
// englishAdjectives ("140 young local volunteers", "550 Regatta
// volunteers"), not a noun of a thing ("photos", "boats").
func adjectiveLike(t analysis.Token, lang string) bool {
	if t.Stop {
		return false
	}
	if lang == analysis.German {
		return !analysis.StartsUpper(t.Text)
	}
	w := strings.ToLower(t.Text)
	if w == "percent" || w == "cent" {
		return false // "12 percent of residents" counts a share
	}
	// A name qualifies the persons as an adjective does: "550 Regatta
	// volunteers".
	return analysis.StartsUpper(t.Text) || englishAdjectives[w] || slices.ContainsFunc(adjectiveEndings, func(e string) bool { return strings.HasSuffix(w, e) && len(w) > len(e)+2 })
}

// adjectiveEndings end English adjectives; englishAdjectives are common
// ones that end otherwise.
var (
	adjectiveEndings  = []string{"al", "ive", "ous", "ful", "ic", "ed", "ing", "able", "ible", "ant", "ent", "ish", "less"}
	englishAdjectives = lowerWordSet(`young old new local other extra more few many former senior junior`)
)

// personPlurals are nouns for persons the vocabulary does not list as
// such: "individuals" (WordNet's first sense of "individual" is no person).
var personPlurals = lowerWordSet(`individuals individuen`)

// personNouns are German nouns for persons the vocabulary does not lead
// to one, counted only as nouns, written with a capital: adjectives and
// participles made nouns ("Um die zwanzig Interessierte", "mit 40
// Freiwilligen"; not "28 teilnehmende Staaten") and plurals the lexicon
// reads otherwise ("Mitglieder", "Gästen").
var personNouns = lowerWordSet(`interessierte interessierten teilnehmende teilnehmenden anwesende anwesenden
	freiwillige freiwilligen beteiligte beteiligten studierende studierenden lehrende lehrenden
	mitglieder mitgliedern gäste gästen`)

// figureReach is how many words a count's figure may stand from the noun
// it counts ("2.500 Soldaten", "Soldaten: 2.500", "2,500 US troops"). Set
// on every QA split pooled: 3 gained one right first quote and one in
// three; 2 lost one right first quote (the noun's adjective or the word
// it is called by stands between: "eight strips, called comb rows").
const figureReach = 3

// singleCounts reports whether a sentence counts the noun a count
// question counts as one by a word for a single one ("a single RC bug",
// "ein einziger Fehler"), the noun at most two words after it.
func (v *verifier) singleCounts(text, lang string) bool {
	if v.counted < 0 {
		return false
	}
	c := v.q.concepts[v.counted]
	toks := v.read.tokensOf(text, lang)
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		if w != "single" && !strings.HasPrefix(w, "einzig") {
			continue
		}
		for _, n := range toks[i+1 : min(len(toks), i+3)] {
			if slices.Contains(c, n.Term) {
				return true
			}
		}
	}
	return false
}

// indefinite are the indefinite articles of a subject or an object, and
// prepositions the words before one that make it another's ("mit einem
// Abgeordneten der Partei" counts none of its own).
var (
	indefinite   = map[string]bool{"ein": true, "eine": true, "einen": true, "a": true, "an": true}
	prepositions = map[string]bool{"mit": true, "von": true, "zu": true, "bei": true, "aus": true, "nach": true, "für": true,
		"über": true, "unter": true, "vor": true, "gegen": true, "ohne": true, "durch": true, "with": true, "of": true, "to": true,
		"by": true, "from": true, "for": true, "about": true, "against": true, "without": true}
)

// peopleTerms are the analysed words that count people as such: a count
// of "Leute" is answered by one of "Mann" or "Menschen" ("Dabei ertranken
// schätzungsweise 100.000 Mann").
var peopleTerms = map[string]bool{"leut": true, "mensch": true, "person": true, "mann": true, "peopl": true, "men": true,
	"man": true}

// repeats reports whether a sentence's temporal expressions (tags) hold a
// repetition: "jedes Jahr", "alle zwei Jahre", "every other year",
// "stündlich", "annually" (timex.KindSet), which says how often. One
// capitalised word inside the sentence is a name's ("The Daily
// Telegraph"), as statesFrequency reads it.
func repeats(text string, tags []timex.Expr) bool {
	return slices.ContainsFunc(tags, func(x timex.Expr) bool {
		return x.Kind == timex.KindSet && !(x.Start > 0 && !strings.Contains(x.Text, " ") && analysis.StartsUpper(x.Text))
	})
}

// statesFrequency reports whether a sentence says how often without a
// number: "mehrfach", "wiederholt", "repeatedly", "several times", an
// adjective of them in its endings where it still says how often
// (frequencyWord: "der jährlichen Wahl", "die häufigen Kontrollen"), or a
// multiple ("dreimal", "twice", "5 Mal"). A
// multiple that compares ("twice as many", "dreimal so viele", "five
// times larger") says how much, and a capitalised English word
// mid-sentence is a name ("The Daily Telegraph"). A repetition the date
// rules read ("jedes Jahr") is repeats'.
func statesFrequency(text string) bool {
	toks := analysis.Scan(text)
	for i, tok := range toks {
		w := strings.ToLower(tok.Text)
		if frequencyWord(w) && (i == 0 || w == tok.Text) {
			return true
		}
		if n := multipleAt(text, toks, i); n > 0 && !comparing(toks[i+n:]) {
			return true
		}
	}
	return false
}

// multipleAt returns how many words at toks[i] say a multiple: one for a
// multiple written as one word ("dreimal", "twice"), two for a number or
// "several" before a noun of times ("5 Mal", "three times", "mehrere
// Male"), 0 for none. A number ending a sentence or an ordinal ("zum 3.
// Mal") is none.
func multipleAt(text string, toks []analysis.Token, i int) int {
	tok := toks[i]
	w := strings.ToLower(tok.Text)
	switch {
	case isMultiple(w):
		return 1
	case i+1 < len(toks) && query.IsTimesNoun(strings.ToLower(toks[i+1].Text)) &&
		(w == "several" || w == "many" || w == "mehrere" || w == "viele" || tok.Num || numberWord(w)) &&
		strings.TrimSpace(text[tok.Start+len(tok.Text):toks[i+1].Start]) == "" &&
		(toks[i+1].Text != "male" || !englishNumberWord(w)): // "two male soldiers"
		return 2
	}
	return 0
}

// statesMultiple reports whether a sentence gives a multiple that
// compares, which says by how much: "four times faster", "dreimal so
// schnell", "twice as large" (multipleAt, comparing). A multiple that
// says how often ("three times a week") is none.
func statesMultiple(text string) bool {
	toks := analysis.Scan(text)
	for i := range toks {
		if n := multipleAt(text, toks, i); n > 0 && comparing(toks[i+n:]) {
			return true
		}
	}
	return false
}

// changedByShare reports whether a sentence gives a share as the size of
// a change: a share right before a comparative ("about 40% faster", "20
// Prozent schneller", "30 percent more") or after "by" or "um" in a
// sentence whose verb changes something ("shrinks the index by around
// 5%", "wurde um 20 Prozent gesenkt"). A share that is a level ("more
// than 30% of the users", "rose to 40%") is none.
func changedByShare(text string) bool {
	for _, m := range shareAt.FindAllStringIndex(text, -1) {
		before := strings.Fields(strings.ToLower(text[:m[0]]))
		after := analysis.Scan(text[m[1]:])
		if comparing(after) {
			return true
		}
		// "by around 5%": a hedge may stand between "by" and the share.
		for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
			if before[k] == "by" || before[k] == "um" {
				if changesSomething(text) {
					return true
				}
				break
			}
			if !shareHedges[before[k]] {
				break
			}
		}
	}
	return false
}

// shareAt finds a share written with its figure: "40%", "20 Prozent",
// "5 per cent".
var shareAt = regexp.MustCompile(`(?i)\d[\d.,]*\s*(?:%|prozent\b|percent\b|per cent\b)`)

// shareHedges may stand between "by" or "um" and a share ("by around
// 5%", "um etwa 20 Prozent").
var shareHedges = lowerWordSet(`about around roughly nearly almost some over etwa rund ungefähr knapp fast über ca.`)

// changesSomething reports whether a sentence has a verb that makes
// something larger or smaller, faster or slower: "reduces", "increased",
// "verringert", "gesenkt", "beschleunigt".
func changesSomething(text string) bool {
	for _, t := range analysis.Scan(text) {
		w := strings.ToLower(t.Text)
		if slices.ContainsFunc(changeStems, func(s string) bool { return strings.HasPrefix(w, s) }) {
			return true
		}
	}
	return false
}

// changeStems begin the verbs of changesSomething, English and German.
var changeStems = strings.Fields(`increas decreas reduc improv shrink shrank speeds sped boost cuts lower rais
	erhöh steiger gesteigert verringer reduzier senkt gesenkt verbesser verkleiner vergrößer beschleunig verkürz verlänger`)

// isMultiple reports whether a word is a multiple written as one word, as
// the figure reader reads it ("dreimal", "twice"; not "einmal").
func isMultiple(w string) bool {
	for _, lang := range []string{analysis.German, analysis.English} {
		if ns := figure.Read(w, lang); len(ns) == 1 && ns[0].Times {
			return true
		}
	}
	return false
}

// numberWord reports whether a word is a number written out, German or
// English ("fünf", "five").
func numberWord(w string) bool {
	return len(figure.Read(w, analysis.German)) > 0 || englishNumberWord(w)
}

func englishNumberWord(w string) bool { return len(figure.Read(w, analysis.English)) > 0 }

// comparing reports whether the words after a multiple compare: "as
// many", "so viele", "more", "größer", "larger".
func comparing(rest []analysis.Token) bool {
	if len(rest) == 0 {
		return false
	}
	w := strings.ToLower(rest[0].Text)
	return comparingWords[w] || strings.HasSuffix(w, "er") && utf8.RuneCountInString(w) >= minComparative && !notComparatives[w]
}

// minComparative is the shortest word in "-er", in letters, read as a
// comparative ("größer", "larger"): shorter ones are other words ("aber",
// "oder", "per").
const minComparative = 5

var (
	// comparingWords follow a multiple that says how much, not how often;
	// notComparatives end in "-er" but compare nothing.
	comparingWords  = map[string]bool{"as": true, "so": true, "mehr": true, "more": true, "than": true, "wie": true, "the": true}
	notComparatives = map[string]bool{"after": true, "unter": true, "under": true, "wieder": true, "hinter": true,
		"later": true, "every": true, "jeder": true, "aller": true, "other": true, "either": true, "neither": true,
		"whether": true, "however": true, "together": true}
)

// frequencyWord reports whether a lower-case word says how often: one of
// frequencyWords, or one of inflectedFrequency in a German adjective's
// endings ("der jährlichen Wahl", "die häufigen Kontrollen"; not "die
// ständigen Mitglieder", "seltene Erden", whose adjectives say permanent
// and rare).
func frequencyWord(w string) bool {
	if frequencyWords[w] {
		return true
	}
	for _, end := range []string{"e", "en", "er", "es", "em"} {
		if b, ok := strings.CutSuffix(w, end); ok && inflectedFrequency[b] {
			return true
		}
	}
	return false
}

// inflectedFrequency are the words of frequencyWords whose adjective
// forms say how often too.
var inflectedFrequency = lowerWordSet(`häufig regelmäßig täglich wöchentlich monatlich jährlich stündlich halbjährlich
	vierteljährlich alljährlich gelegentlich`)

var frequencyWords = map[string]bool{"stündlich": true, "halbjährlich": true, "vierteljährlich": true, "alljährlich": true,
	"hourly": true, "yearly": true, "quarterly": true, "mehrfach": true, "mehrmals": true, "wiederholt": true, "häufig": true, "oft": true,
	"öfter": true, "vielfach": true, "sporadisch": true, "gelegentlich": true, "selten": true, "regelmäßig": true,
	"ständig": true, "täglich": true, "wöchentlich": true, "monatlich": true, "jährlich": true,
	"repeatedly": true, "often": true, "frequently": true, "sporadically": true, "occasionally": true, "rarely": true,
	"seldom": true, "regularly": true, "constantly": true, "daily": true, "weekly": true, "monthly": true, "annually": true}

// statesLength reports whether a sentence gives a figure with a unit of
// length: "73 miles (117 km)", "1.230 Kilometer".
func statesLength(text string) bool { return numberBefore(text, lengthUnits) }

// numberBefore reports whether a sentence writes a number right before one of
// units.
func numberBefore(text string, units map[string]bool) bool {
	toks := analysis.Scan(text)
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Num && units[strings.ToLower(toks[i+1].Text)] {
			return true
		}
	}
	return false
}

// statesMeasure reports whether a sentence gives a figure with a unit of
// weight or area ("1.200 Tonnen", "20.500 km²"), beside statesLength's.
func statesMeasure(text string) bool { return numberBefore(text, measureUnits) }

// statesDataSize reports whether a sentence gives an amount of data or
// memory with its unit: "640MB", "3 Terabyte", "8 GiB", "512 Bytes".
func statesDataSize(text string) bool { return dataSize.MatchString(text) }

// statesTimeSign reports whether a text writes a length of time by a
// number and the sign of its unit, hours to milliseconds ("1h", "24 h",
// "30min", "100ms", "10 sec"): no "s" alone ("the 90s", "100s of users",
// "iPhone 6s"), no "2D" or "3d", no rate ("20h/Woche", "20 h per week"),
// no time of day ("ab 19h", "at 8h"), no reading time ("5 min read"), and
// none the question writes itself, which names something ("das 11s
// update", of 802.11s).
func statesTimeSign(text, question string) bool {
	asked := strings.ToLower(question)
	for _, m := range timeSign.FindAllStringSubmatchIndex(text, -1) {
		after := strings.ToLower(strings.TrimSpace(text[m[1]:]))
		if strings.HasPrefix(after, "/") || notLengthAfter[firstWord(after)] || clockWords[wordBefore(text, m[0])] ||
			strings.Contains(asked, strings.ToLower(text[m[0]:m[1]])) {
			continue
		}
		return true
	}
	return false
}

var timeSign = regexp.MustCompile(`\b(\d+)(?:[.,]\d+)?\s?(h|hrs|min|ms|sec)\b`)

// notLengthAfter after a time sign make it a rate ("20 h per week") or a
// reading time ("5 min read").
var notLengthAfter = lowerWordSet(`per pro je read`)

// clockWords before an hour make it a time of day ("ab 19h", "um 20h",
// "Beginn 20h", "at 8h", "doors 19h").
var clockWords = lowerWordSet(`ab um bis gegen beginn einlass at from until start starts doors`)

// The short units are written with a capital B ("2 Mb" is megabits), the
// long ones in any case; a rate ("10 MB/s") is no amount.
var dataSize = regexp.MustCompile(`\b\d+([.,]\d+)?\s?([kKMGTP]i?B|[kKMGTP]i?[Bb]ytes?|(?i:bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|petabytes?|kibibytes?|mebibytes?|gibibytes?|tebibytes?))\b(?:[^/]|$)`)

// measureUnits are the units of weight and area a size is given in.
var measureUnits = map[string]bool{"kg": true, "kilogramm": true, "kilogram": true, "kilograms": true, "t": true, "tonnen": true,
	"tonnes": true, "tons": true, "tonne": true, "ton": true, "pounds": true, "pfund": true, "lb": true, "g": true, "gramm": true,
	"grams": true, "km²": true, "km2": true, "m²": true, "quadratkilometer": true, "quadratkilometern": true, "hektar": true,
	"hectares": true, "acres": true, "square": true}

// statesAge reports whether a sentence gives an age: a span of years
// ("Mit etwa 28 Jahren", "vor 515 Millionen Jahren"), a figure below
// maxBareAge outside its dates ("over the age of 18"), or an age written with its
// number ("die 36-jährige", "als Sechsjährige", "a six-year-old", "40 Jahre
// alt"). dates are the sentence's temporal expressions; figures reports
// whether it writes any figure at all.
func statesAge(text, lang string, dates []timex.Expr) (age, figures bool) {
	numbers := figure.Read(text, lang)
	for _, d := range dates {
		if d.Kind == timex.KindDuration && yearSpan.MatchString(d.Text) &&
			slices.ContainsFunc(numbers, func(n figure.Number) bool { return d.Start <= n.Start && n.End <= d.End }) {
			return true, true
		}
	}
	for _, n := range numbers {
		inDate := slices.ContainsFunc(dates, func(d timex.Expr) bool { return n.Start < d.End && d.Start < n.End })
		if !inDate && !n.Times && !n.Approx && n.Value < maxBareAge {
			return true, true
		}
	}
	return ageWritten.MatchString(text), len(numbers) > 0
}

// maxBareAge bounds an age given as a bare figure: "1162 geboren" gives a
// year and "2.500 Soldaten" a head count, no age; an age beyond it is
// written as a span of years ("vor 515 Millionen Jahren").
const maxBareAge = 1000

// yearSpan matches a span of time in years (with a number: "for years"
// is none); ageWritten an age written with its number, in figures or
// words. A word's age may be another thing's ("der Dreißigjährige Krieg",
// "die zweijährige Amtszeit"): a sentence it passes still ranks by what
// else it states.
var (
	yearSpan = regexp.MustCompile(`(?i)(jahr|year)`)
	// englishAge is an English age's number, in figures or words
	// ("twenty-one").
	englishAge = `(\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|\p{L}+ty)(-\p{L}+)?)`
	ageWritten = regexp.MustCompile(`(?i)(\d\s*-?\s*|\b(ein|zwei|drei|vier|fünf|sechs|sieben|sieb|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert)\p{L}*)jährig|` +
		englishAge + `-year-old|` + englishAge + `\s+(years old|years of age)|` +
		`\d+\s+jahre alt|the age of \d|im alter von \d|aged \d|` +
		`\d[\d.,]*\s+((million|billion|millionen|milliarden)\s+)?(years|jahren?)\b`)
)

// statesShare reports whether a sentence gives a share: a percentage
// ("51.6%", "40 Prozent", "5 Prozentpunkte": a percent word after a
// figure), or a fraction's word after an indefinite article, a number or a
// hedge (fractionBefore: "a third", "zwei Drittel", "nearly half"; "die
// Hälfte", halfArticles); "im Viertel", "the third round", "in der ersten
// Hälfte des Jahres" and "the percentage was unclear" give none.
func statesShare(text string) bool {
	lower := strings.ToLower(text)
	if strings.Contains(text, "%") || strings.Contains(lower, "per cent") || strings.Contains(lower, "percentage point") {
		return true
	}
	toks := analysis.Scan(text)
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		after := i > 0 && (toks[i-1].Num || fractionBefore[strings.ToLower(toks[i-1].Text)])
		if (strings.HasPrefix(w, "prozent") || strings.HasPrefix(w, "percent") || w == "promille") && i > 0 && toks[i-1].Num {
			return true
		}
		if fractionWords[w] && (after || w == "hälfte" && i > 0 && halfArticles[strings.ToLower(toks[i-1].Text)]) {
			return true
		}
	}
	return false
}

// fractionWords name a fraction; fractionBefore stand before one that is a
// share ("a third", "die Hälfte", "zwei Drittel").
var (
	fractionWords  = analysis.TermSet(strings.Fields(`hälfte half drittel third thirds viertel quarter quarters fünftel fifth fifths zehntel tenth tenths`))
	fractionBefore = analysis.TermSet(strings.Fields(`a an one two three four ein eine einem einer zwei drei vier knapp fast nearly almost about over`))
	// halfArticles stand before "Hälfte" as a share ("die Hälfte der
	// Stimmen", "zur Hälfte"), not "in der ersten Hälfte des Jahres".
	halfArticles = analysis.TermSet(strings.Fields(`die zur gut knapp fast`))
)

// statesMoney reports whether a sentence names a sum of money: a sign of
// currency ("$", "€") or a currency's name, alone or as a compound's last
// part ("151 Mio. US-Dollar"), or a weight of silver or gold.
func statesMoney(text string) bool {
	if strings.ContainsAny(text, currencySigns) {
		return true
	}
	for _, t := range analysis.Scan(text) {
		w := strings.ToLower(t.Text)
		if i := strings.LastIndex(w, "-"); i >= 0 {
			w = w[i+1:]
		}
		if currencies[w] {
			return true
		}
	}
	return false
}

var currencies = map[string]bool{"dollar": true, "dollars": true, "euro": true, "euros": true, "mark": true, "reichsmark": true,
	"pfund": true, "pound": true, "pounds": true, "franc": true, "francs": true, "franken": true, "yen": true, "rubel": true,
	"rupien": true, "rupees": true, "lire": true, "lira": true, "peseten": true, "pesetas": true, "cent": true, "cents": true,
	"usd": true, "eur": true, "gbp": true,
	// Older sums are weighed in metal or counted in old coins.
	"talent": true, "talente": true, "talenten": true, "talents": true, "drachmen": true, "denare": true, "sesterzen": true,
	"silber": true, "gold": true, "silver": true, "dukaten": true, "gulden": true, "taler": true}

var lengthUnits = map[string]bool{"km": true, "kilometer": true, "kilometern": true, "kilometres": true, "kilometers": true,
	"miles": true, "mile": true, "meter": true, "metern": true, "metres": true, "meters": true, "m": true, "feet": true,
	"ft": true, "yards": true, "meilen": true, "meile": true, "cm": true, "zentimeter": true, "mm": true, "millimeter": true,
	"millimeters": true, "millimetre": true, "millimetres": true, "centimeters": true, "centimetres": true, "inches": true,
	"inch": true, "zoll": true}

// roleNoun reports whether a word is a noun for a person's role (one the
// derive data lists, or in German a compound ending in one:
// vocabulary.MayNamePerson), a hyphened compound by its last part
// ("Revolutionsgarden-Kommandeurs", "Top-General"); a German noun is
// written with a capital.
func (v *verifier) roleNoun(t analysis.Token, lang string) bool {
	w := t.Text
	if i := strings.LastIndex(w, "-"); i >= 0 {
		w = w[i+1:]
	}
	return (lang == analysis.English || analysis.StartsUpper(w)) && v.e.vocabulary.MayNamePerson(lang, w, t.Lemma)
}

// roleBesideName reports whether a sentence writes a noun for a person's
// role (one the derive data lists: "Premierminister", "General",
// "Kommandeurs") within roleSpan words before a name the question asks of,
// or after it following a comma ("Abu Mahdi al-Muhandis, den
// stellvertretenden Befehlshaber"). A hyphened compound counts by its last
// part ("Revolutionsgarden-Kommandeurs", "Top-General").
func (v *verifier) roleBesideName(p store.Passage, lang string) bool {
	text := p.Text
	toks := v.read.tokensOf(text, lang)
	// Another person's name, not a place's ("der Außenminister Irans,
	// Abbas Araghchi"); the passage's places are read only then.
	otherName := func(k int) bool {
		return nameWordAt(toks, k, nil, nil) && !slices.ContainsFunc(v.mentionsOf(p, lang), func(m entity.Mention) bool {
			return m.Start <= toks[k].Start && toks[k].Start < m.End
		})
	}
	for _, c := range v.q.Constraints {
		if c.Kind != query.Named {
			continue
		}
		name := v.read.termsOf(c.Key, lang)
		for k, t := range toks {
			if !writesName(t, name, c, v.read) {
				continue
			}
			// The role stands before the whole name: the name's other
			// words written right before it ("Daniel" of "… für
			// Nahostpolitik Daniel Shapiro") are passed over first.
			j := k - 1
			for j >= 0 && adjacent(text, toks[j], toks[j+1]) && !v.roleNoun(toks[j], lang) &&
				(segment.NameParticle(strings.ToLower(toks[j].Text)) || nameWordAt(toks, j, nil, nil)) {
				j--
			}
			// Another's name ends the words that may hold the role
			// ("Bürgermeisterin Brekke und Maria Lindqvist": not Lindqvist's).
			for end := max(-1, j-roleSpan); j > end; j-- {
				if v.roleNoun(toks[j], lang) {
					return true
				}
				if otherName(j) {
					break
				}
			}
			if end := t.Start + len(t.Text); end < len(text) && text[end] == ',' {
				for j := k + 1; j < len(toks) && j <= k+roleSpan; j++ {
					if v.roleNoun(toks[j], lang) {
						return true
					}
				}
			}
		}
	}
	return false
}

// roleSpan is how many words before a name its role may stand: "des
// iranischen Revolutionsgarden-Kommandeurs Qasem Soleimani".
const roleSpan = 3

// How surely a sentence says the time of day (statesClock).
const (
	clockNone = iota
	clockPart // a part of the day: "am Abend", "Monday evening"
	clockTime // a time by its hour: "10:00 Uhr", "acht Uhr", "9 a.m."
)

// statesClock reports how surely a sentence says the time of day, by its
// temporal expressions (tags): a time by its hour (timex.Expr.Clock), or a
// part of the day.
func statesClock(tags []timex.Expr) int {
	how := clockNone
	for _, x := range tags {
		switch {
		case x.Kind == timex.KindTime && x.Clock:
			return clockTime
		case x.Kind == timex.KindTime:
			how = clockPart
		}
	}
	return how
}

// yearsAdjective matches a number of years written as an adjective:
// "20-jähriges", "20-year".
var yearsAdjective = regexp.MustCompile(`\b\d+-(jährig|year\b)`)

// statesOffset reports whether a sentence dates something by an amount of
// time after or before another date: "drei Jahre später", "two weeks
// later", "zehn Tage zuvor" (a relative date whose text holds a unit of
// time and ends in a word of offset).
func statesOffset(tags []timex.Expr) bool {
	return slices.ContainsFunc(tags, func(x timex.Expr) bool {
		if x.Kind != timex.KindDate || !x.Relative {
			return false
		}
		words := strings.Fields(strings.ToLower(x.Text))
		return len(words) >= 2 && offsetWords[words[len(words)-1]] && slices.ContainsFunc(words[:len(words)-1], timex.IsUnit)
	})
}

// offsetWords end a date given as an offset (statesOffset).
var offsetWords = lowerWordSet(`später danach darauf zuvor vorher früher later afterwards after earlier before`)

// statesOrdinal reports whether a sentence gives a place in a row: an
// ordinal word of German or English ("ersten", "dritten", "sixth",
// "dreißigste", "einundzwanzigste"; query.OrdinalOf up to the fifth, but
// not "last" nor a word for "first" that says when, "zunächst",
// "originally"), or one written in digits (query.DigitOrdinal: "zum 3.
// Mal", "the 21st edition"; not a day of a month, nor a number written
// onto another's dot, "Go 1.7. The …").
func statesOrdinal(text string) bool {
	toks := analysis.Scan(text)
	for i, t := range toks {
		if t.Num {
			if _, ok := query.DigitOrdinal(text, toks, i); ok && (t.Start == 0 || !strings.ContainsRune("0123456789.,", rune(text[t.Start-1]))) {
				return true
			}
			continue
		}
		w := strings.ToLower(t.Text)
		if key, ok := query.OrdinalOf(w); ok && key != "last" && !saysWhenFirst[w] {
			return true
		}
		if englishOrdinal.MatchString(w) || germanOrdinal.MatchString(w) && w != "achten" { // "achten" is a verb too
			return true
		}
	}
	return false
}

// saysWhenFirst are the words query.OrdinalOf reads as "first" that say
// when or how it was before, not a place in a row.
var saysWhenFirst = lowerWordSet(`zunächst zuerst anfangs anfänglich erstmals erstmalig firstly initially ursprünglich
	ursprüngliche ursprünglichen anfängliche anfänglichen originally`)

// englishOrdinal and germanOrdinal match the ordinal words of the two
// languages from the sixth on, as Scan gives them ("twenty-first" is
// "twenty" and "first"); a German one may be a compound of its units
// ("einundzwanzigste").
var (
	englishOrdinal = regexp.MustCompile(`^((six|seven|eigh|nin|ten|eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|thousand)th|(twen|thir|for|fif|six|seven|eigh|nine)tieth)$`)
	germanOrdinal  = regexp.MustCompile(`^(\p{L}+und)?(sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft|(drei|vier|fünf|sech|sieb|acht|neun)zehnt|(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)st|hundertst|tausendst)(e|en|er|es|em)$`)
)

// namesWeekday reports whether a text names a day of the week
// ("Mittwochabend" too).
func namesWeekday(text string) bool {
	return slices.ContainsFunc(analysis.Scan(text), func(t analysis.Token) bool { return timex.IsWeekday(strings.ToLower(t.Text)) })
}

// answerFigures returns the figures of a text that may answer how many or
// how much: not one in a time of day ("12:30"), a date or a year; not one
// that numbers a part of the text it refers to ("Abschnitt 4.2", "see
// Section 3.2", "Bug #123456"); nor the number of a numbered name the
// question asks of, by its key ("zeppelin lz 12": "Zeppelin LZ 12 carried …"
// counts nothing by its 12); nor the number of another name written before
// it (numbersAName: "Debian 7", "KDE 4"), unless it is the name numberOf
// whose number is asked ("rfc" for "RFC 8555").
func answerFigures(text, lang string, dates []timex.Expr, numbered []string, numberOf string) []figure.Number {
	var out []figure.Number
	for _, n := range figure.Read(text, lang) {
		if n.Start > 0 && text[n.Start-1] == ':' || n.End < len(text) && text[n.End] == ':' && n.End+1 < len(text) && text[n.End+1] >= '0' && text[n.End+1] <= '9' {
			continue
		}
		if slices.ContainsFunc(dates, func(d timex.Expr) bool { return n.Start < d.End && d.Start < n.End }) || readAsYear(n) {
			continue
		}
		if !n.Spelled && (refersTo(text, n.Start) || numbersAName(text, n.Start, lang, numberOf) || slices.ContainsFunc(numbered, func(key string) bool { return numbersNamed(text, n.Start, key) })) {
			continue
		}
		// A release's number counts nothing: "PRs and issues merged in
		// 1.8.0", "v2.4".
		if !n.Spelled && versionAt(text, n.Start) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// versionAt reports whether the number at byte offset at is a release's:
// a run of digits with two inner dots or more that does not group
// thousands ("1.8.0", "2.13.1", not "17.425.170"), or one with a "v"
// glued before it ("v2.4").
func versionAt(text string, at int) bool {
	start, end := numberRun(text, at)
	if parts := strings.Split(text[start:end], "."); len(parts) >= 3 && slices.ContainsFunc(parts[1:], func(p string) bool { return len(p) != 3 }) {
		return true
	}
	if start == 0 || text[start-1] != 'v' && text[start-1] != 'V' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:start-1])
	return !unicode.IsLetter(r)
}

// introduces reports whether a sentence says that something came in
// first or began: "eingeführt", "erstmals", "introduced", "for the first
// time", "seit", "since", or a word of starting (timeline.AspectOf).
func introduces(text string) bool {
	lower := " " + strings.ToLower(text) + " "
	if strings.Contains(lower, " first time") || strings.Contains(lower, " zum ersten mal") {
		return true
	}
	// "Starting from 1.5.0, we'll sign all our releases", "Starting with
	// version 0.1.2 both etcd and etcdctl have been ported": of a number,
	// a version or a name, not "starting from scratch".
	if startingWith(text) {
		return true
	}
	return slices.ContainsFunc(analysis.Scan(text), func(t analysis.Token) bool {
		w := strings.ToLower(t.Text)
		// "…, he added." reports speech, not what came in.
		if w == "added" && (saidAdded(text[t.Start+len(t.Text):])) {
			return false
		}
		return introducingWords[w] || timeline.AspectOf(w) == timeline.AspectStart
	})
}

// startingWith reports whether a sentence says "starting from" or
// "starting with" a number, a version or a name: "Starting from 1.5.0",
// "starting with version 0.1.2", "Starting with Debian 12".
func startingWith(text string) bool {
	toks := analysis.Scan(text)
	for i := 0; i+2 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Text, "starting") {
			continue
		}
		if p := strings.ToLower(toks[i+1].Text); p != "from" && p != "with" {
			continue
		}
		next := toks[i+2]
		if w := strings.ToLower(next.Text); next.Num || w == "version" || w == "release" || analysis.StartsUpper(next.Text) || len(w) > 1 && w[0] == 'v' && w[1] >= '0' && w[1] <= '9' {
			return true
		}
	}
	return false
}

// saidAdded reports whether the text after "added" makes it a verb of
// saying: punctuation or "that" follows ("…, he added.", "added that").
func saidAdded(after string) bool {
	after = strings.TrimLeft(after, " ")
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || strings.ContainsRune(".,;:!?\"'”“", r) || strings.HasPrefix(after, "that ")
}

// namesRelease reports whether a sentence names a release: a version
// written with its "v" ("v1.3"), a number after a name, a word for a
// version or a word of the question ("Zarnix 7", "version 1.3", "the
// rustup 1.5.0 release" for "which rustup version") that is no year ("Since 2019"
// names none) and no number the question gives, a quoted name („Kiefer“)
// or a name of two capitalised words the question does not give
// (hasNameBesides).
func namesRelease(text, lang string, asked map[string]bool, titles func(string) bool) bool {
	return strings.ContainsAny(text, "„“”\"") || hasNameBesides(text, asked, titles) || releaseNumber(text, lang, asked)
}

// releaseNumber reports whether a text numbers a release: "v4" or
// "v2.47.0", or a number that is no year written and not one of the
// question's (asked) after a capitalised word, a word for a version
// (versionWords) or an asked word: "Prometheus 2.43", "version 3".
func releaseNumber(text, lang string, asked map[string]bool) bool {
	written := years(text, lang)
	for _, t := range analysis.Scan(text) {
		if !t.Num {
			if bareV(t.Text) {
				return true
			}
			continue
		}
		if writtenYear(t.Text, written) || asked[t.Text] {
			continue
		}
		before := strings.Trim(wordBeforeAsWritten(text, t.Start), "(„“\"'")
		if analysis.StartsUpper(before) || versionWords[strings.ToLower(before)] || asked[strings.ToLower(before)] {
			return true
		}
	}
	return false
}

// releaseOf reports whether a text numbers a release of what the
// question names (asked, lower case): a number, "v4" or "v2.47.0" right
// after an asked word or after words for a version (versionWords, at
// most maxVersionWords) that follow one ("Jekyll v4.4.0", "Helm version
// 3" for "latest jekyll version"; not "Ruby 3.2.0", nor "The stable
// release version 4.0.6" for "latest kicad stable release").
func releaseOf(text, lang string, asked map[string]bool) bool {
	written := years(text, lang)
	for _, t := range analysis.Scan(text) {
		if !bareV(t.Text) && (!t.Num || writtenYear(t.Text, written)) {
			continue
		}
		at := t.Start
		before := strings.ToLower(strings.Trim(wordBeforeAsWritten(text, at), "(„“\"'"))
		for range maxVersionWords {
			if !versionWords[before] {
				break
			}
			at = strings.LastIndex(text[:at], wordBeforeAsWritten(text, at))
			before = strings.ToLower(strings.Trim(wordBeforeAsWritten(text, at), "(„“\"'"))
		}
		if asked[before] && !versionWords[before] {
			return true
		}
		// "a new version of Zarnix, the 2.31.0.": a release number in
		// apposition to the name, after its comma and an article, that
		// ends the clause (not "Since joining Zarnix, the 200
		// contributors", nor "After Zarnix, the 2.31.0 release of Talon").
		if end, ok := releaseNumberAt(text, t); ok && appositionArticles[before] && endsClause(text[end:]) {
			name := wordBeforeAsWritten(text, strings.LastIndex(text[:at], wordBeforeAsWritten(text, at)))
			if trimmed, ok := strings.CutSuffix(name, ","); ok && asked[strings.ToLower(trimmed)] {
				return true
			}
		}
	}
	return false
}

// releaseNumberAt reports whether a token of text opens a release number,
// dotted ("2.31.0", which analysis.Scan splits) or "v" and digits, and
// where it ends.
func releaseNumberAt(text string, t analysis.Token) (end int, ok bool) {
	if bareV(t.Text) {
		return t.Start + len(t.Text), true
	}
	if m := dottedRun.FindStringIndex(text[t.Start:]); m != nil && m[0] == 0 {
		return t.Start + m[1], true
	}
	return 0, false
}

// endsClause reports whether the text after a word ends its clause: it
// is empty or opens with a punctuation mark.
func endsClause(after string) bool {
	after = strings.TrimLeft(after, " ")
	return after == "" || strings.ContainsAny(after[:1], ".,;:!?)")
}

// appositionArticles open a number in apposition to a name before them
// ("Zarnix, the 2.31.0"; "Zarnix, die 4.4").
var appositionArticles = lowerWordSet(`the die der das`)

// writtenYear reports whether a run of digits is one of the years a text
// writes (written, from years).
func writtenYear(digits string, written []int64) bool {
	n, err := strconv.ParseInt(digits, 10, 64)
	return err == nil && slices.Contains(written, n)
}

// bareV reports whether a word is "v" or "V" and digits: "v4", "V2"
// (of "v2.47.0", as analysis.Scan splits it).
func bareV(w string) bool {
	return len(w) > 1 && (w[0] == 'v' || w[0] == 'V') && strings.Trim(w[1:], "0123456789") == ""
}

// maxVersionWords is how many words for a version releaseOf passes
// over between a name and its number ("stable release version").
const maxVersionWords = 3

var introducingWords = map[string]bool{"eingeführt": true, "eingeführte": true, "eingeführten": true, "eingeführter": true,
	"eingeführtes": true, "erstmals": true, "erstmalig": true, "erstmalige": true, "erstmaligen": true, "seit": true, "seitdem": true,
	"introduced": true, "introduces": true, "introducing": true, "since": true, "debuted": true, "adds": true, "added": true}

// numberRun returns the start and end of the run of digits and inner dots
// around byte offset at ("3.2" of "Section 3.2."; the dot that ends the
// sentence is not the run's).
func numberRun(text string, at int) (start, end int) {
	start, end = at, at
	for start > 0 && (isDigit(text[start-1]) || text[start-1] == '.' && start > 1 && isDigit(text[start-2])) {
		start--
	}
	for end < len(text) && (isDigit(text[end]) || text[end] == '.' && end+1 < len(text) && isDigit(text[end+1])) {
		end++
	}
	return start, end
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// wordBefore returns the word, lower case, that ends right before byte
// offset at, spaces between: "abschnitt" for "siehe Abschnitt 4.2" at the
// 4; "" for none.
func wordBefore(text string, at int) string { return strings.ToLower(wordBeforeAsWritten(text, at)) }

// wordBeforeAsWritten is wordBefore as the text writes the word.
func wordBeforeAsWritten(text string, at int) string {
	end := at
	for end > 0 && text[end-1] == ' ' {
		end--
	}
	start := strings.LastIndexFunc(text[:end], func(r rune) bool { return strings.ContainsRune(" \t\n(„“\"", r) })
	if start < 0 {
		return text[:end]
	}
	_, size := utf8.DecodeRuneInString(text[start:])
	return text[start+size : end]
}

// refersTo reports whether the figure at byte offset at numbers a part of
// a text it refers to: "Abschnitt 4.2", "see Section 3.2", "Nr. 5",
// "#123456", "§ 3", "§§ 3 und 4" (figure.Reference).
func refersTo(text string, at int) bool {
	start, _ := numberRun(text, at)
	return figure.Reference(text, start)
}

// numbersNamed reports whether the figure at byte offset at is the number
// of a numbered name or version the question asks of, by its key ("zeppelin
// lz 12": the 12 of "Zeppelin LZ 12 carried …", not the 120 of "LZ 120", nor
// the 3 of "Version 2.3").
func numbersNamed(text string, at int, key string) bool {
	name, num, _, ok := numberedKey(key)
	if !ok {
		return false
	}
	start, end := numberRun(text, at)
	return text[start:end] == num && strings.Trim(wordBefore(text, start), "(\"„“'") == name
}

// numbersAName reports whether the figure at byte offset at is the number
// of the name written right before it, a version or a model: "upgrade to
// Debian 7.", "Debian 7 (“wheezy”)", "mit KDE 4 informieren". The name is a
// capitalised word of letters inside its sentence (not after a full stop,
// colon or opening quote: sentenceOpens) and no month or weekday ("On
// Monday 200 workers"), one space before the number; the number ends the
// sentence or a clause, stands before an opening bracket, or before a
// German verb or an English small word ("in", "was"). A count goes on to
// what it counts ("Italy 2,000 troops", "in Berlin 300 neue Fälle"), and a
// number grouped by threes (groupedNumber: "Frankreich 1.500.") is one.
// The name asked, by its lower-case word ("rfc" for "RFC 8555"), is not
// another's.
func numbersAName(text string, at int, lang, asked string) bool {
	start, end := numberRun(text, at)
	nameEnd := len(strings.TrimRight(text[:start], " "))
	if start-nameEnd != 1 || groupedNumber.FindString(text[start:end]) == text[start:end] {
		return false
	}
	name := wordBeforeAsWritten(text, start)
	w := strings.ToLower(name)
	if name == "" || !analysis.StartsUpper(name) || w == asked || timex.IsMonth(w) || timex.IsWeekday(w) ||
		strings.ContainsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		return false
	}
	// The name opens no sentence: it is not the text's first word, nor
	// one sentenceOpens reads so ("They came. About 500 stayed.").
	toks := analysis.Scan(text)
	k := slices.IndexFunc(toks, func(t analysis.Token) bool { return t.Start == nameEnd-len(name) })
	if k <= 0 || sentenceOpens(text, toks, k) {
		return false
	}
	if end == len(text) {
		return true
	}
	after := text[end:]
	r, _ := utf8.DecodeRuneInString(after)
	switch {
	case strings.ContainsRune(".;:!?)”“’‘\"»", r):
		return true
	case r == ',':
		return len(after) < 2 || !isDigit(after[1])
	case r == ' ':
		if strings.HasPrefix(strings.TrimLeft(after, " "), "(") {
			return true
		}
		next := ""
		if j := slices.IndexFunc(toks, func(t analysis.Token) bool { return t.Start >= end }); j >= 0 {
			next = toks[j].Text
		}
		// "KDE 4 informieren": a verb after it; "300 neue Fälle" an
		// adjective of what is counted. In English a noun counted is in
		// lower case too ("Reuters 300 people"), a small word is not
		// ("Go 1.18 in March"), unless it says what of ("500 of them").
		if next == "" || analysis.StartsUpper(next) {
			return false
		}
		if lang == analysis.English {
			return analysis.For(analysis.English).IsStop(strings.ToLower(next)) && next != "of"
		}
		return analysis.Lexicon().Analyse(next).POS == lexicon.Verb
	}
	return false
}

func firstWord(s string) string {
	for _, tok := range analysis.Scan(s) {
		return tok.Text
	}
	return ""
}

// asksSomeone reports whether the question asks who, and so is answered
// only by a passage that names someone (Decision.Someone): a
// who-question, not a which-question, whose noun may take a person's for
// a thing's ("für welche Rechner kam Zarnix 2.0 heraus").
func (v *verifier) asksSomeone() bool { return v.q.Type == query.Person && !v.asksKind }

// namesSomeone reports whether a passage's sentence names someone: a
// body ("The Rust team": namesBody), a nation's people or a force ("Viele
// Iraker", "die Kurden"), these even where the question names them too;
// or, of the words the question does not give, a name (in German a
// capitalised word after the sentence's first that is no noun of the
// lexicon and stands in no short quoted term: nameWordAt, quotedTerms), a noun for a person's role ("einen amerikanischen
// Auftragnehmer": roleNoun), for people ("Leute"), for a group
// (groupWords, groupParts: "von russischen Behörden", "Iran-treue
// Milizen"), or any word after "by" but a number or a month ("by the
// city", and also "by the end of 1998"); or, in German, a passive with
// "von", "vom" or "durch" (passiveAgent). It errs towards someone: it
// only keeps a who-question from being declined.
func (v *verifier) namesSomeone(r Ranked, lang string) bool {
	toks := v.read.tokensOf(r.Text, lang)
	if namesBody(toks, lang) || slices.ContainsFunc(v.mentionsOf(r.Passage, lang), func(m entity.Mention) bool { return m.People || m.Force }) {
		return true
	}
	quoted := quotedTerms(r.Text)
	for k, t := range toks {
		w := strings.ToLower(t.Text)
		if v.askedWords[w] {
			continue
		}
		inQuote := slices.ContainsFunc(quoted, func(q [2]int) bool { return q[0] <= t.Start && t.Start < q[1] })
		if lang != analysis.English && !inQuote && nameWordAt(toks, k, nil, v.title) && !sentenceOpens(r.Text, toks, k) ||
			v.roleNoun(t, lang) || peopleTerms[t.Term] || groupWords[w] ||
			lang != analysis.English && slices.ContainsFunc(groupParts, func(g string) bool { return strings.HasSuffix(w, g) }) ||
			w == "by" && k+1 < len(toks) && !toks[k+1].Num && !timex.IsMonth(strings.ToLower(toks[k+1].Text)) {
			return true
		}
	}
	// "Dominik hat sein eHive vorgestellt": a German sentence opened by a
	// word the lexicon does not know, before its verb, names someone.
	return lang != analysis.English && (passiveAgent(toks) || unknownSubject(toks, v.e.vocabulary.lex, v.askedWords))
}

// auxiliaries are the German finite auxiliaries of the active voice's
// tenses, which the analysis reads as stop words, not verbs (modal verbs:
// query.IsModal); those of the passive ("wurde", "wird") are left out:
// "Hafenkrann wurde 1998 erneuert" names no one who did it.
var auxiliaries = lowerWordSet(`hat hatte haben hatten hätte ist war sind waren wäre könnte würde`)

// minUnknownSubject is the fewest letters of a first word unknownSubject
// takes for a name: shorter ones are abbreviations as often ("EU hat …").
const minUnknownSubject = 3

// unknownSubject reports whether a German sentence opens with a
// capitalised word the lexicon does not know, not asked of, followed by a
// verb or an active auxiliary: a name as its subject ("Dominik hat …",
// "Maranda implementierte …").
func unknownSubject(toks []analysis.Token, lex *lexicon.Lexicon, asked map[string]bool) bool {
	if lex == nil || len(toks) < 2 || !analysis.StartsUpper(toks[0].Text) || toks[0].Stop || toks[0].Num ||
		!toks[1].Verb && !auxiliaries[strings.ToLower(toks[1].Text)] && !query.IsModal(strings.ToLower(toks[1].Text)) {
		return false
	}
	w := strings.ToLower(toks[0].Text)
	return !asked[w] && utf8.RuneCountInString(w) >= minUnknownSubject && !lex.Knows(w)
}

// restates reports whether a sentence says the question again and no
// more: it covers at least minRestated of the question's subject, and at
// most maxNewTerms of its content words are none of the question's, in
// any of their forms or translations, or a part of one. A short answer
// that covers little of the question ("Die Zweigstelle war zu teuer.")
// says something else.
func (v *verifier) restates(p store.Passage, lang string) bool {
	if v.coverage(v.read.passageTerms(p), false, nil, false) < minRestated {
		return false
	}
	asked := v.questionTerms()
	var news []string
	for _, t := range v.read.tokensOf(p.Text, lang) {
		if t.Stop || t.Num || t.Term == "" || asked[t.Term] || slices.ContainsFunc(t.Parts, func(x string) bool { return asked[x] }) {
			continue
		}
		if !slices.Contains(news, t.Term) {
			news = append(news, t.Term)
		}
	}
	return len(news) <= maxNewTerms
}

// questionTerms returns every term of the question's concepts, their
// compound parts and its search terms, worked out once per question.
func (v *verifier) questionTerms() map[string]bool {
	if v.qTerms != nil {
		return v.qTerms
	}
	v.qTerms = make(map[string]bool)
	for i, c := range v.q.concepts {
		for _, t := range c {
			v.qTerms[t] = true
		}
		for _, t := range v.q.parts[i] {
			v.qTerms[t] = true
		}
	}
	for _, t := range v.q.terms {
		v.qTerms[t.Text] = true
	}
	return v.qTerms
}

// maxNewTerms is how many content words a sentence may add to the
// question's and still only restate it (restates): the place it names
// and the head of a compound with a word asked ("US-Militär … im Irak"
// for "the US"), say.
const maxNewTerms = 2

// minRestated is the share of the question's subject a sentence covers
// that restates it (restates).
const minRestated = 0.75

// passiveAgent reports whether a German sentence may be a passive that
// names who did it: a form of "werden" anywhere in it, and a capitalised
// word at most three words after "von", "vom" or "durch" with no number
// between ("wurde von der Stadt erneuert", "durch die Polizei
// beschlagnahmt"; also "durch einen Brand", which errs towards someone).
func passiveAgent(toks []analysis.Token) bool {
	if !slices.ContainsFunc(toks, func(t analysis.Token) bool { return passiveAuxiliaries[strings.ToLower(t.Text)] }) {
		return false
	}
	for k, t := range toks {
		if w := strings.ToLower(t.Text); w != "von" && w != "vom" && w != "durch" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3 && !toks[j].Num; j++ {
			if analysis.StartsUpper(toks[j].Text) {
				return true
			}
		}
	}
	return false
}

// passiveAuxiliaries are the forms of "werden" a German passive is built
// with.
var passiveAuxiliaries = lowerWordSet(`wird werden wurde wurden worden`)

// groupWords are nouns, as written, for a group of people that acts as
// one and that namesBody does not read (it marks bodies as a who-answer
// of their own); groupParts end a German compound that names one
// ("Ploughshares-Organisation", "Sicherheitsbehörden").
var (
	groupWords = lowerWordSet(`organisation organisationen organization organizations behörde behörden authority authorities
		miliz milizen militia militias`)
	groupParts = []string{"organisation", "behörde", "behörden", "miliz", "milizen"}
)

// hasPersonName reports whether a sentence names a person: two capitalised
// words in a row not at its start ("Daniel Shapiro"), neither with a digit
// ("Kormoran K7" is a model), or a name with a particle ("al-Sudani").
func hasPersonName(s string, titles func(string) bool) bool {
	return namesBesides(s, nil, titles, true)
}

// hasNameBesides is hasPersonName for a name not wholly made of the words
// own (lowerWordSet of the question): "the Tyne and Wear Metro" names no
// one new to a question about the Tyne and Wear Metro.
//
// Two nouns of the German lexicon in a row are no name ("Abzug Roms",
// "Talent Silber") unless the first is a title, which titles tells
// ("Kanzler Kohl", "Präsident Müller"); titles may be nil.
func hasNameBesides(s string, own map[string]bool, titles func(string) bool) bool {
	return namesBesides(s, own, titles, false)
}

// namesBesides is hasNameBesides, and hasPersonName when person: then a
// common noun that is no office, after an article, before a name names a
// thing ("ins Parlament Storting", "den Flughafen Tegel"), not a person.
func namesBesides(s string, own map[string]bool, titles func(string) bool, person bool) bool {
	toks := analysis.Scan(s)
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], toks[i]
		new := !own[strings.ToLower(a.Text)] || !own[strings.ToLower(b.Text)]
		// Two nouns of the lexicon are no name (asked last: it looks them up).
		nouns := func() bool {
			if person && thingBefore(toks, i-1, titles) {
				return true
			}
			return commonNoun(a.Text) && commonNoun(b.Text) && (titles == nil || !titles(a.Text))
		}
		// A word with a digit names a thing: "Kormoran K7", "Galaxy S10";
		// so does one in capitals or with a capital inside: "IBM
		// PowerPC", "OK Lab".
		if person && (strings.ContainsFunc(a.Text, unicode.IsDigit) || strings.ContainsFunc(b.Text, unicode.IsDigit) || namesThing(a.Text) || namesThing(b.Text)) {
			continue
		}
		if analysis.StartsUpper(b.Text) && i >= 2 && analysis.StartsUpper(a.Text) && strings.TrimSpace(s[a.Start+len(a.Text):b.Start]) == "" && new && !calendarAt(toks, i-1) && !calendarAt(toks, i) && !nouns() {
			return true
		}
		if analysis.StartsUpper(b.Text) && s[a.Start+len(a.Text):b.Start] == "-" && !own[strings.ToLower(b.Text)] &&
			query.HyphenParticles[strings.ToLower(a.Text)] {
			return true
		}
	}
	return false
}

// englishNameBesides reports whether an English sentence writes a word
// with a capital inside it that the question does not give and that is
// no month, weekday or office: English capitalises names only ("is
// currently codenamed Bookworm", "led by Fischer"), not its nouns, so one
// word is a name, where German needs two (hasNameBesides). A word after a
// colon, a dash, an ellipsis or a quote mark opens a sentence of its own,
// and "I" is none. For a person (person), a word in capitals or with a
// capital inside names a thing unless it follows "by" (so initials, "DHH",
// name no one, and "provided by AWS" someone), and a handle ("@fabxc",
// handle) names someone.
func englishNameBesides(s string, own map[string]bool, person bool) bool {
	toks := analysis.Scan(s)
	if person && slices.ContainsFunc(toks, func(t analysis.Token) bool { return handle(s, t) && !own[strings.ToLower(t.Text)] }) {
		return true
	}
	for i := 1; i < len(toks); i++ {
		b := toks[i]
		w := strings.ToLower(b.Text)
		if !analysis.StartsUpper(b.Text) || own[w] || b.Text == "I" || timex.IsMonth(w) || timex.IsWeekday(w) || query.IsOffice(b.Text) {
			continue
		}
		// A word in capitals or with a capital inside names a thing, not
		// a person ("SCSS and CoffeeScript"), but for the doer after "by"
		// ("contributed … by IBM").
		if person && namesThing(b.Text) && !strings.EqualFold(toks[i-1].Text, "by") {
			continue
		}
		if gap := s[toks[i-1].Start+len(toks[i-1].Text) : b.Start]; strings.ContainsAny(gap, ".:!?\"“”„'‘(–—…") {
			continue
		}
		return true
	}
	return false
}

// handle reports whether a token of s is a handle, written after an "@"
// that no letter or digit precedes: "@fabxc explains how he rewrote the
// storage", not the "example" of "security@example.org".
func handle(s string, t analysis.Token) bool {
	if t.Start == 0 || s[t.Start-1] != '@' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:t.Start-1])
	return t.Start == 1 || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// withoutBodyNames returns an English sentence with the names of bodies
// written in lower case, for a question that asks for a person (not what
// someone or something is called) when the engine knows English: a run of
// capitalised words that ends in a noun of a body (bodyWords: "the Core
// Team", "the interim Leadership Chat", "the Rust Project") and whose words
// the dictionary all lists as common words names no one, nor does one such
// word alone ("Cargo", "Rust"), where "Bill Gates" or "Tomas Varnak" does.
// Other sentences and questions it returns as they are.
func (v *verifier) withoutBodyNames(s, lang string) string {
	if lang != analysis.English || v.q.Type != query.Person || v.q.AsksName || v.e == nil || !v.e.vocabulary.KnowsEnglish() {
		return s
	}
	toks := analysis.Scan(s)
	var b strings.Builder
	last := 0
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && analysis.StartsUpper(toks[j].Text) && (j == i || s[toks[j-1].Start+len(toks[j-1].Text):toks[j].Start] == " ") {
			j++
		}
		if j == i {
			i++
			continue
		}
		run := toks[i:j]
		if (len(run) == 1 || bodyWords[strings.ToLower(run[len(run)-1].Text)]) && !slices.ContainsFunc(run, func(t analysis.Token) bool {
			return !v.e.vocabulary.Lists(analysis.English, strings.ToLower(t.Text))
		}) {
			end := run[len(run)-1].Start + len(run[len(run)-1].Text)
			b.WriteString(s[last:run[0].Start])
			b.WriteString(strings.ToLower(s[run[0].Start:end]))
			last = end
		}
		i = j
	}
	b.WriteString(s[last:])
	return b.String()
}

// namesThing reports whether a capitalised word is written as a thing's
// name, not a person's: in capitals and digits ("IBM", "EM64T":
// query.IsAcronym; so a name written all in capitals is read as a thing),
// or with a capital after two small letters or more ("PowerPC", "GitHub"),
// where a surname's prefix has one ("LeBron", "DiCaprio", "McCain") and
// "Mac" two ("MacArthur").
func namesThing(w string) bool {
	if query.IsAcronym(w) {
		return true
	}
	if strings.HasPrefix(w, "Mac") {
		return false
	}
	lower := 0
	for _, r := range w {
		if unicode.IsUpper(r) && lower >= 2 {
			return true
		}
		if unicode.IsLower(r) {
			lower++
		} else {
			lower = 0
		}
	}
	return false
}

// thingBefore reports whether toks[k] is a common noun that is no office,
// after an article or a number and at most one lower-case word ("ins
// nationale Parlament Storting", "den Flughafen Tegel", "14 Millionen
// US-Dollar"): the name after it names a thing. Without them it may be a
// first name ("Mark Rutte").
func thingBefore(toks []analysis.Token, k int, titles func(string) bool) bool {
	if !commonNoun(toks[k].Text) || titles == nil || titles(toks[k].Text) {
		return false
	}
	article := func(j int) bool { return j >= 0 && (analysis.IsArticle(strings.ToLower(toks[j].Text)) || toks[j].Num) }
	return article(k-1) || k >= 2 && !analysis.StartsUpper(toks[k-1].Text) && article(k-2)
}

// commonNoun reports whether the German lexicon reads a capitalised word
// as one of its nouns.
func commonNoun(w string) bool {
	e := analysis.Lexicon().Analyse(w)
	return e.Known && e.POS == lexicon.Noun
}

// calendarAt reports whether toks[k] names a weekday, or a month next to
// a number, which is no part of a person's name: "Als er am 8. November
// Québec erreichte" names no one; "Theresa May" and "August Bebel" do.
func calendarAt(toks []analysis.Token, k int) bool {
	w := strings.ToLower(toks[k].Text)
	if timex.IsWeekday(w) {
		return true
	}
	return timex.IsMonth(w) && (k > 0 && toks[k-1].Num || k+1 < len(toks) && toks[k+1].Num)
}

// enumerates reports whether a sentence lists three or more items: two
// commas before an "und", "and" or "oder", the item before it of at most
// maxListItem words ("NumPy, SciPy, NetworkX, Xarray, and
// pandas"). Clauses joined by commas list nothing: "In this blog post,
// we will discuss how we manage translations for Scientific Python
// projects, and how you can participate".
func enumerates(s string) bool {
	for _, conj := range []string{" und ", " and ", " oder ", " or ", " sowie "} {
		for i := 0; ; {
			k := strings.Index(s[i:], conj)
			if k < 0 {
				break
			}
			i += k
			if listBefore(s[:i]) {
				return true
			}
			i += len(conj)
		}
	}
	return false
}

// listBefore reports whether text holds two commas and ends in an item of
// at most maxListItem words after one, as enumerates reads a list: the
// first item may be the end of a clause ("It joins the Android
// workgroup"), the one before the "and" is a short item, not a clause.
func listBefore(text string) bool {
	if strings.Count(text, ",") < 2 {
		return false
	}
	items := strings.Split(text, ",")
	last := items[len(items)-1]
	if strings.TrimSpace(last) == "" { // a comma before the "and": "NetworkX, Xarray, and pandas"
		last = items[len(items)-2]
	}
	return len(strings.Fields(last)) <= maxListItem
}

// maxListItem is the most words an item of a list enumerates reads may
// have: "Build and Packaging workgroup", "Technischer Anspruch".
const maxListItem = 4

// namesPlace reports whether mentions name a place: a country or city, not
// a nationality adjective, a compound's first part, a force or a people
// ("irakische Souveränität", "US-Streik" say whose, not where).
func namesPlace(ms []entity.Mention) bool { return slices.ContainsFunc(ms, saysWhere) }

// outsideAskedNames returns the mentions of a sentence that stand outside
// the names the question gives of several words, written there word for
// word in any case with only spaces between: "Jordan" in "Kim Jordan was
// born in 1950" is part of the woman asked of, not where she was born.
func (v *verifier) outsideAskedNames(text string, ms []entity.Mention) []entity.Mention {
	var toks []analysis.Token
	var spans [][2]int
	for _, c := range v.q.Constraints {
		words := strings.Fields(c.Key)
		if c.Kind != query.Named || len(words) < 2 {
			continue
		}
		if toks == nil {
			toks = analysis.Scan(text)
		}
		for i := 0; i+len(words) <= len(toks); i++ {
			run := toks[i : i+len(words)]
			if !slices.EqualFunc(run, words, func(t analysis.Token, w string) bool { return strings.EqualFold(t.Text, w) }) ||
				!spacedOnly(text, run) {
				continue
			}
			last := run[len(run)-1]
			spans = append(spans, [2]int{run[0].Start, last.Start + len(last.Text)})
		}
	}
	if len(spans) == 0 {
		return ms
	}
	return slices.DeleteFunc(slices.Clone(ms), func(m entity.Mention) bool {
		return slices.ContainsFunc(spans, func(s [2]int) bool { return s[0] <= m.Start && m.End <= s[1] })
	})
}

// spacedOnly reports whether only spaces stand between the tokens of run,
// in text: one name, not "Paris, Hilton".
func spacedOnly(text string, run []analysis.Token) bool {
	for k := 1; k < len(run); k++ {
		if !adjacent(text, run[k-1], run[k]) {
			return false
		}
	}
	return true
}

// hasPlacePhrase reports whether a sentence names a place with a
// preposition of place ("in", "im", "nach", "at", "auf") and a
// capitalised word that is none of the question's words (asked,
// lower-case) and no month or weekday: right after the preposition, after
// the possessive of one of the question's words ("at NASA's Glenn
// Research Center"), or after a German article ("in der Oberlausitz";
// after an article or "auf", a word the lexicon lists as a common one
// names none: "in der Nähe", "auf Dauer"). ("bei" would take "bei Bedarf"
// for a place.)
//
// A word within one of the sentence's temporal expressions (tags) tells
// when, not where: "im Sommer", "im Jahr 2025", "in Jan. 2025".
func hasPlacePhrase(s string, asked map[string]bool, tags []timex.Expr) bool {
	toks := analysis.Scan(s)
	for i := 1; i < len(toks); i++ {
		switch prep := strings.ToLower(toks[i-1].Text); prep {
		case "in", "im", "nach", "at", "auf":
			// "by Russ Cox at GopherCon" tells where GopherCon is no
			// more than the question that asks it.
			k := i
			// "at NASA's Glenn Research Center": the place of what the
			// question names, after its possessive.
			if asked[strings.ToLower(toks[k].Text)] && k+2 < len(toks) && toks[k+1].Text == "s" && possessiveAt(s, toks[k]) {
				k += 2
			}
			// "in der Oberlausitz": a name after a German article, one
			// the lexicon lists as no common word, every noun being
			// capitalised ("in der Nähe", "in der Regel" name no place).
			// English "in the …" is left out: "in the Trash folder",
			// "in the Linux kernel" made quotes that name no place lead.
			article := false
			if placeArticles[strings.ToLower(toks[k].Text)] && k+1 < len(toks) {
				k, article = k+1, true
			}
			w := strings.ToLower(toks[k].Text)
			// "auf X", "auf Mastodon": where something is written or
			// said; "auf Dauer", "auf Wunsch", "auf dem Sie …" name no
			// place. (English "on" is left out as "the" is: "on Apple
			// Silicon".) "At SciPy 2025 in July", "im Mai": a month or a
			// weekday tells when, not where.
			german := article || prep == "auf"
			inTime := slices.ContainsFunc(tags, func(x timex.Expr) bool { return x.Start <= toks[k].Start && toks[k].Start < x.End })
			if analysis.StartsUpper(toks[k].Text) && !asked[w] && !inTime && !timex.IsMonth(w) && !timex.IsWeekday(w) &&
				!(german && (analysis.Lexicon().ListsCommon(toks[k].Text) || analysis.For(analysis.German).IsStop(w))) {
				return true
			}
		}
	}
	return false
}

// placeArticles are the articles that may stand between a preposition of
// place and a place's name (hasPlacePhrase).
var placeArticles = lowerWordSet(`der den dem`)

// possessiveAt reports whether an English possessive's apostrophe follows
// a token of text: "NASA's", "NASA’s".
func possessiveAt(text string, t analysis.Token) bool {
	rest := text[t.Start+len(t.Text):]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// lowerWordSet returns a text's words, lower-case.
func lowerWordSet(text string) map[string]bool {
	out := make(map[string]bool)
	for _, tok := range analysis.Scan(text) {
		out[strings.ToLower(tok.Text)] = true
	}
	return out
}

// spansDates reports whether a sentence runs from one of its dates to
// another: two dates timex links as a range ("vom 3. bis 5. Mai"), or a
// marker of a span among the last words before the second of two dates
// that follow each other closely ("begann am 24. Juli und dauerte bis zum
// 26. November", "from 1950 to 1953", "opening in May 1852 …, but by
// September", "2014–2016"), or "und" / "and" between them after
// "zwischen" / "between" before the first ("zwischen dem 24. Juli und dem
// 26. November"). A marker elsewhere spans nothing: "compare this to the
// 2018 survey … in 2019", "moved to Berlin; in 2019".
func spansDates(text string, tags []timex.Expr) bool {
	var dates []timex.Expr
	for _, x := range tags {
		if x.Kind != timex.KindDate {
			continue
		}
		if x.RangeWith >= 0 {
			return true
		}
		dates = append(dates, x)
	}
	slices.SortFunc(dates, func(a, b timex.Expr) int { return a.Start - b.Start })
	for i, a := range dates {
		before := strings.Fields(strings.ToLower(text[:a.Start]))
		if n := len(before); n > 0 && analysis.IsArticle(before[n-1]) {
			before = before[:n-1] // "zwischen dem 24. Juli"
		}
		between := len(before) > 0 && (before[len(before)-1] == "zwischen" || before[len(before)-1] == "between")
		for _, b := range dates[i+1:] {
			if b.Start < a.End {
				continue
			}
			gap := strings.Fields(strings.ToLower(text[a.End:b.Start]))
			if len(gap) > maxSpanGapWords {
				break
			}
			last := " " + strings.Join(gap[max(0, len(gap)-spanMarkerReach):], " ") + " "
			holds := func(m string) bool { return strings.Contains(last, m) }
			if slices.ContainsFunc(spanMarkers, holds) || between && (holds(" und ") || holds(" and ")) {
				return true
			}
		}
	}
	return false
}

// spanMarkers lead from one date to the next (spansDates), among the last
// spanMarkerReach words before it.
var spanMarkers = []string{" bis ", " until ", " till ", " to ", " through ", " but by ", "–", " - "}

// maxSpanGapWords is the most words between two dates a span joins: four
// in "begann am 24. Juli und dauerte bis zum 26. November";
// spanMarkerReach, how near the second date its marker stands ("bis
// zum"). Chosen by hand on such examples, not tuned.
const (
	maxSpanGapWords = 6
	spanMarkerReach = 2
)

// title reports whether a German word names a person ("Kanzler",
// "Präsident"): before a surname that is also a noun ("Kohl", "Müller")
// it makes a name.
func (v *verifier) title(w string) bool {
	return v.e.vocabulary.NamesPerson(analysis.German, w, "")
}

// namePartIn reports whether a sentence writes a person's name with the
// part asked for: a word of a name before it (first: "Mohammed Shia
// al-Sudani"), two (middle: "Michael Richard Pompeo"), or one after it
// (last: "Mike Pompeo" for Mike's). named tells the asked name's words,
// title the nouns of an office. Particles ("al", "von") are passed over;
// the sentence's first word (capitalised anyway), a word the German
// lexicon knows as a noun ("Premierminister"), an office ("President"), a
// month or a weekday is no name's.
func namePartIn(toks []analysis.Token, named func(analysis.Token) bool, part query.NamePart, title func(string) bool) bool {
	nameWord := func(k int) bool { return nameWordAt(toks, k, named, title) }
	particle := func(k int) bool { return segment.NameParticle(strings.ToLower(toks[k].Text)) }
	for i, t := range toks {
		if !named(t) {
			continue
		}
		if part == query.NameLast {
			k := i + 1
			for k < len(toks) && particle(k) {
				k++
			}
			if k < len(toks) && nameWord(k) {
				return true
			}
			continue
		}
		before := 0
		for k := i - 1; k >= 0; k-- {
			if particle(k) {
				continue
			}
			if !nameWord(k) {
				break
			}
			before++
		}
		if part == query.NameFirst && before >= 1 || part == query.NameMiddle && before >= 2 {
			return true
		}
	}
	return false
}

// nameWordAt reports whether toks[k] may be a word of a person's name
// other than the asked one's (named, which may be nil): capitalised, not
// the sentence's first word (capitalised anyway), no noun the German
// lexicon knows ("Premierminister"), no office (title, which may be nil),
// month or weekday.
func nameWordAt(toks []analysis.Token, k int, named func(analysis.Token) bool, title func(string) bool) bool {
	t := toks[k]
	w := strings.ToLower(t.Text)
	return k > 0 && analysis.StartsUpper(t.Text) && !timex.IsMonth(w) && !timex.IsWeekday(w) && !commonNoun(t.Text) &&
		(title == nil || !title(w)) && (named == nil || !named(t))
}

// formerHolders reports whether the offices a sentence names are all
// former ones: each with a word for "former" at most three words before
// it ("the previous chairs", "Der frühere Botschafter", "Former Iraqi
// Prime Minister", "ex-president"). A sentence that names a holder now
// too ("Prime Minister al-Sudani met former president Salih") answers.
func formerHolders(text string) bool {
	toks := analysis.Scan(text)
	offices, former := 0, 0
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		if before, after, ok := strings.Cut(w, "-"); ok && formerWords[before] && query.IsOffice(after) {
			offices++
			former++
			continue
		}
		if !query.IsOffice(t.Text) || i > 0 && query.IsOffice(toks[i-1].Text) {
			continue // an office of two words ("Prime Minister") counts once
		}
		offices++
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if formerWords[strings.ToLower(toks[k].Text)] {
				former++
				break
			}
		}
	}
	return offices > 0 && former == offices
}

// statesFormer reports whether a sentence tells only how something was
// before: "used to be stored" (not "is used to sign", "got used to"),
// "formerly", "früher" (not "früher als", "früher oder später", "je
// früher", "zwei Tage früher": they compare), "ehemals", "vormals",
// "einstmals"; and says nothing of now (query.IsNowWord: "… but is now
// stored in", "inzwischen", "heute"). "Previously" says as often what was
// announced before ("as previously announced").
func statesFormer(text string) bool {
	toks := analysis.Scan(text)
	former := false
	for i := range toks {
		w, before, next := lowerAt(toks, i), lowerAt(toks, i-1), lowerAt(toks, i+1)
		if query.IsNowWord(w) {
			return false
		}
		switch {
		case w == "used" && next == "to" && i > 0 && !beOrGet[before] && i+2 < len(toks) && !usedToObjects[lowerAt(toks, i+2)]:
			former = true
		case w == "früher" && !slices.ContainsFunc(toks[i+1:], func(t analysis.Token) bool { return strings.EqualFold(t.Text, "als") }) &&
			next != "oder" && before != "je" && !timeUnits[before]:
			former = true
		case formerStates[w]:
			former = true
		}
	}
	return former
}

// formerStates are the adverbs that tell how something was before, but
// "früher" (statesFormer).
var formerStates = map[string]bool{"formerly": true, "ehemals": true, "vormals": true, "einstmals": true}

// usedToObjects after "used to" make it "accustomed to" ("used to it"),
// not a verb of how things were.
var usedToObjects = map[string]bool{"it": true, "this": true, "that": true, "them": true, "him": true, "her": true, "me": true,
	"us": true, "you": true, "the": true, "a": true, "an": true, "such": true, "being": true}

// beOrGet are the forms of "be" and "get" that make "used to" a passive
// ("is used to sign") or a habit ("got used to"), no state before.
var beOrGet = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"get": true, "gets": true, "got": true, "getting": true, "gotten": true}

// formerWords say that someone held an office before.
var formerWords = map[string]bool{"former": true, "previous": true, "ex": true, "ehemalige": true, "ehemaligen": true,
	"ehemaliger": true, "frühere": true, "früheren": true, "früherer": true, "vormalige": true, "vormaligen": true,
	"vormaliger": true, "einstige": true, "einstigen": true, "einstiger": true, "alt": true}

// onlyLifeDates reports whether every date a sentence gives is of a life:
// within the parenthesis of its signs ("(* 9. August 1919 in La Grange;
// † 10. November 1986)"). A birth told in words is left alone: "Die Idee
// wurde 2015 geboren" tells none.
func onlyLifeDates(text string, tags []timex.Expr) bool {
	var dates []timex.Expr
	for _, x := range tags {
		if x.Kind == timex.KindDate {
			dates = append(dates, x)
		}
	}
	mark := lifeMark(text, '*')
	if len(dates) == 0 || mark < 0 {
		return false
	}
	open := strings.LastIndex(text[:mark], "(")
	end := strings.Index(text[mark:], ")")
	if open < 0 || end < 0 {
		return false
	}
	end += mark
	return !slices.ContainsFunc(dates, func(x timex.Expr) bool { return x.Start < open || x.End > end })
}

// namesBody reports whether a sentence's tokens, in lang, name a body of
// people: a word of bodyWords, not "on board"; in German a compound that
// ends in one ("des Hafenausschusses", "des Segelteams").
func namesBody(toks []analysis.Token, lang string) bool {
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		if bodyWords[w] && !(w == "board" && i > 0 && strings.EqualFold(toks[i-1].Text, "on")) {
			return true
		}
		if lang == analysis.German && slices.ContainsFunc(bodyParts, func(b string) bool {
			return len(t.Term) > len(b)+2 && strings.HasSuffix(t.Term, b)
		}) {
			return true
		}
	}
	return false
}

// bodyWords are the nouns, German and English, as written, of a body of
// people that does something as one; bodyParts the German ones' analysed
// terms, which end a compound that names one.
var (
	bodyWords = lowerWordSet(`team teams komitee komitees ausschuss ausschusses ausschüsse ausschüssen kommission kommissionen
		gremium gremiums gremien committee committees board boards council councils commission commissions
		chat chats project projects`)
	bodyParts = []string{"team", "komitee", "ausschuss", "kommission", "gremium"}
)

// onlyNow reports whether a sentence's temporal expressions say only that
// something holds now ("sind jetzt frei verfügbar", "currently"): its date
// is its source's, which says when it was written, not when the thing
// asked of happened.
func onlyNow(tags []timex.Expr) bool {
	return len(tags) > 0 && !slices.ContainsFunc(tags, func(x timex.Expr) bool { return x.Value != "PRESENT_REF" })
}

// writesAddress reports whether a text writes an address of the kind
// (query.AddressEmail, AddressIP, AddressIPv4, AddressIPv6) as such:
// "kasse@ruderclub.example", "10.0.2.2", "fe80::1". An IP address is one that
// parses as one (net/netip), not four numbers of a section ("Abschnitt
// 5.2.1.3") nor a colon after a bracket; an IPv6 address holds "::" or
// seven colons and a digit ("cafe::babe" and "std::vector" are no
// addresses).
func writesAddress(text, kind string) bool {
	switch kind {
	case query.AddressEmail:
		return emailForm.MatchString(text)
	case query.AddressIP:
		return writesIPv4(text) || writesIPv6(text)
	case query.AddressIPv4:
		return writesIPv4(text)
	case query.AddressIPv6:
		return writesIPv6(text)
	}
	return false
}

// webForm is a web address: a URL, or a host name of three labels or
// more, each of two letters or digits at least, under a common top-level
// domain ("security.debian.org"; not "z.B.de" or "S.3.de").
var webForm = regexp.MustCompile(`(?i)\bhttps?://[^\s<>"]+|\b(?:[a-z0-9][a-z0-9-]*[a-z0-9]\.){2,}(?:org|com|net|edu|gov|info|io|de|at|ch|eu|uk|fr)\b`)

// writesWebAddress reports whether a text writes a web address that the
// question (lower case) does not: where something is published or can be
// had online. The domain of an e-mail address and a host name glued to a
// letter before it ("Müller.example.de") are none.
func writesWebAddress(text, question string) bool {
	for _, m := range webForm.FindAllStringIndex(text, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:m[0]]); r == '@' || unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		if !strings.Contains(question, strings.ToLower(text[m[0]:m[1]])) {
			return true
		}
	}
	return false
}

// filePath is a file's path as a sentence writes it: from the home folder
// ("~/.cargo/credentials", "$HOME/.cargo") or from the root in two steps or
// more ("/etc/apt/sources.list"; not "/help" nor "km /h"), a name with a
// letter in it first.
var filePath = regexp.MustCompile("(?:^|[\\s(„“\"'`])((?:~|\\$HOME)/[\\w.+-]+(?:/[\\w.+-]+)*|/[\\w.+-]*[A-Za-z][\\w.+-]*(?:/[\\w.+-]+)+)")

// writesFilePath reports whether a sentence writes a file's path that the
// question (lower case) does not: where something is stored on the
// machine ("We've moved the token to ~/.cargo/credentials").
func writesFilePath(text, question string) bool {
	for _, m := range filePath.FindAllStringSubmatchIndex(text, -1) {
		path := strings.TrimRight(text[m[2]:m[3]], ".,;:") // the sentence's stop is none of it
		if !strings.Contains(question, strings.ToLower(path)) {
			return true
		}
	}
	return false
}

func writesIPv4(text string) bool {
	for _, m := range ipv4Form.FindAllStringIndex(text, -1) {
		if start, end := numberRun(text, m[0]); start != m[0] || end != m[1] {
			continue // four numbers of a longer run ("1.2.3.4.5")
		}
		if a, err := netip.ParseAddr(text[m[0]:m[1]]); err == nil && a.Is4() && !refersTo(text, m[0]) {
			return true
		}
	}
	return false
}

func writesIPv6(text string) bool {
	for _, m := range ipv6Form.FindAllStringIndex(text, -1) {
		c := text[m[0]:m[1]]
		if !strings.Contains(c, "::") && strings.Count(c, ":") < 7 || !strings.ContainsAny(c, digits) {
			continue
		}
		if a, err := netip.ParseAddr(c); err == nil && a.Is6() {
			return true
		}
	}
	return false
}

var (
	emailForm = regexp.MustCompile(`[\pL\pN._%+-]+@[\pL\pN-]+(\.[\pL\pN-]+)*\.\pL{2,}`)
	// Candidates, each checked by netip: four dotted numbers not inside a
	// longer run, and runs of hex digits and colons.
	ipv4Form = regexp.MustCompile(`\b\d{1,3}(\.\d{1,3}){3}\b`)
	ipv6Form = regexp.MustCompile(`[0-9A-Fa-f:]*:[0-9A-Fa-f:]*`)
)

// employerWords join a person to whom they work for ("Scott Geary of
// VendHQ", "Bjoern Baumbach from Sernet", "Marc Burkels,
// Bare-Metal-Server-Manager von LeaseWeb"); employerPhrases say it of
// anyone in the sentence ("Pixar Studios, with whom Bruce was employed").
var (
	employerWords   = lowerWordSet(`of from at von vom bei beim`)
	employerArticle = lowerWordSet(`the der den dem einer einem`)
	employerPhrases = []string{"works for", "worked for", "working for", "works at", "worked at", "employed", "employee", "employer",
		"arbeitet für", "arbeitet bei", "arbeitete für", "arbeitete bei", "angestellt", "beschäftigt", "arbeitgeber", "mitarbeiter von",
		"mitarbeiterin von"}
)

// maxEmployerGap is how many words may stand between a name and the
// word that joins it to its employer: an apposition's ("Marc Burkels,
// Bare-Metal-Server-Manager von LeaseWeb").
const maxEmployerGap = 4

// employerInBrackets reports whether a word in brackets after a person's
// name may name whom they work for: a name (names) that is not written in
// capitals only (a party, a role, a code: "SPD", "CEO", "USA"), no office
// and none of the places the sentence names (places, its mentions).
func employerInBrackets(t analysis.Token, names func(string) bool, places []entity.Mention) bool {
	return names(t.Text) && strings.ToUpper(t.Text) != t.Text && !query.IsOffice(t.Text) &&
		!slices.ContainsFunc(places, func(m entity.Mention) bool { return m.Start < t.Start+len(t.Text) && t.Start < m.End })
}

// statesEmployer reports whether a sentence says whom a person the
// question names works for (named tells the name's words): the name
// followed, within maxEmployerGap words, by "of", "from", "von", "bei" …
// and a name ("of the PROSECCO team", not "von dem Fehler"), or after an
// employer's possessive ("Google's Adam Langley"), or a name in brackets
// right after it (employerInBrackets; places are the sentence's
// mentions), or a phrase that says so outright ("works for", "arbeitet
// bei"), or in German the name before a verb of working that "bei" or
// "für" joins to a name a few words on.
func statesEmployer(toks []analysis.Token, s string, named func(analysis.Token) bool, places []entity.Mention, lang string) bool {
	// Punctuation ends a word; a hyphen or an apostrophe is inside one
	// ("self-employed" says nothing of an employer).
	notWord := func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
	}
	padded := " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), notWord), " ") + " "
	if slices.ContainsFunc(employerPhrases, func(p string) bool { return strings.Contains(padded, " "+p+" ") }) {
		return true
	}
	// A German noun is capitalised too: after "von" or "bei" only a word
	// the lexicon does not list as a noun names someone's employer.
	names := func(w string) bool {
		return analysis.StartsUpper(w) && !(lang == analysis.German && commonNoun(w))
	}
	// "Lilli arbeitet tagsüber im Politik-Team bei Wikimedia
	// Deutschland": in German, the person right before a verb of working,
	// then within maxEmployerGap words "bei" or "für" and a name. (English
	// says it with the preposition right after the verb, employerPhrases:
	// "worked on the demo at KubeCon" names an event.)
	for i := 1; lang == analysis.German && i < len(toks); i++ {
		if !named(toks[i-1]) || !query.IsWorkVerb(strings.ToLower(toks[i].Text)) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+1+maxEmployerGap; j++ {
			if strings.ContainsAny(s[toks[j-1].Start+len(toks[j-1].Text):toks[j].Start], ",.;:!?") {
				break // the clause ends
			}
			if query.IsEmployerPreposition(strings.ToLower(toks[j].Text)) && nameAfter(toks, j, names) {
				return true
			}
		}
	}
	for i, t := range toks {
		if !named(t) {
			continue
		}
		if i >= 2 && toks[i-1].Text == "s" && names(toks[i-2].Text) && !named(toks[i-2]) && strings.HasPrefix(s[toks[i-2].Start+len(toks[i-2].Text):], "'") {
			return true // "Google's Adam Langley"
		}
		// "Mario Kahlhofer (Dynatrace)": a name in brackets right after
		// the person's; not an address or a handle (lower case), nor a
		// party or a role in capitals ("(SPD)", "(CEO)"), an office or a
		// place ("(Germany)").
		if i+1 < len(toks) && !named(toks[i+1]) && strings.TrimSpace(s[t.Start+len(t.Text):toks[i+1].Start]) == "(" && employerInBrackets(toks[i+1], names, places) {
			return true
		}
		for j := i + 1; j < len(toks) && j <= i+1+maxEmployerGap; j++ {
			if !named(toks[j]) && employerWords[strings.ToLower(toks[j].Text)] && nameAfter(toks, j, names) {
				return true
			}
		}
	}
	return false
}

// nameAfter reports whether the word after toks[j], or after an article
// there, is a name (names): the employer a joining word ("of", "bei")
// leads to.
func nameAfter(toks []analysis.Token, j int, names func(string) bool) bool {
	k := j + 1
	if k < len(toks) && employerArticle[strings.ToLower(toks[k].Text)] {
		k++
	}
	return k < len(toks) && names(toks[k].Text)
}

// onlyYearAsked reports whether the dates a passage writes are all the
// year the question names, so that they say nothing of when more than it
// asks.
func (v *verifier) onlyYearAsked(passage store.Passage, lang string) bool {
	year := v.q.Time.Value
	if len(year) != 4 {
		return false
	}
	dates := 0
	for _, x := range v.tagsOf(passage, lang) {
		if x.Kind != timex.KindDate {
			continue
		}
		if x.Value != year {
			return false
		}
		dates++
	}
	return dates > 0
}

// finderVerbs are the stems of the verbs that ask who found or told of
// something: "who discovered", "wer hat … entdeckt", "who reported".
var finderVerbs = []string{"discover", "found", "find", "report", "notic", "identif", "entdeck", "gefunden", "fand", "festgestellt",
	"feststellt", "gemeldet", "meldet", "bemerkt"}

// notFinderWords begin as a finder verb and are none: "founded",
// "founder", "foundation", "foundry".
var notFinderWords = []string{"founde", "foundat", "foundr"}

// asksFinder reports whether a question asks who found or reported
// something.
func asksFinder(question string) bool {
	for _, t := range analysis.Scan(strings.ToLower(question)) {
		prefixOf := func(v string) bool { return strings.HasPrefix(t.Text, v) }
		if slices.ContainsFunc(finderVerbs, prefixOf) && !slices.ContainsFunc(notFinderWords, prefixOf) {
			return true
		}
	}
	return false
}

// impersonalPassive matches a clause that says a finding was made
// without saying by whom: "It was discovered that", "it has been
// reported that", "Es wurde festgestellt, dass". A claim's ("It has been
// claimed that the Hungarians under Ferenc Deák …") says who in its
// clause, and is not one.
var impersonalPassive = regexp.MustCompile(`(?i)(?:^|[\s(])(?:it (?:was|has been|had been|is) (?:discovered|found|reported|noticed|determined|identified) that|(?:es|dabei|damals|nun|später) (?:wurde|ist) (?:entdeckt|gefunden|festgestellt|gemeldet|berichtet|bemerkt)(?: worden)?, dass)\b`)

// saysNoDoer reports whether a sentence says only that something was
// found, in an impersonal passive with no doer ("It was discovered by Ilse
// Marten that" names one, and is no match): its names are of what was
// found, not of who found it.
func saysNoDoer(s string) bool {
	return impersonalPassive.MatchString(s)
}

// lastsUpToNow reports whether a sentence, with its date tags, gives how
// long something has lasted up to now, by an amount: a length of time
// after "seit" ("seit über zehn Jahren"; not "seit Jahren", nor in a
// clause told in the past: "war seit zwei Jahren tot, als …"), or after
// "for" in an English clause in the present perfect ("has been running
// for two years", "it's been open for a month").
func lastsUpToNow(text string, tags []timex.Expr) bool {
	return slices.ContainsFunc(tags, func(x timex.Expr) bool {
		if x.Kind != timex.KindDuration || strings.Contains(x.Value, "X") {
			return false
		}
		clause := text[strings.LastIndexAny(text[:x.MarkerStart], ",;:")+1 : x.MarkerStart]
		if x.Since {
			return !toldInPast.MatchString(clause) && !toldInPast.MatchString(text[x.End:min(len(text), x.End+maxPastReach)])
		}
		if !strings.HasSuffix(strings.ToLower(strings.TrimRight(clause, " ")), "for") {
			return false
		}
		m := presentPerfect.FindStringSubmatch(clause)
		return m != nil && !notParticiples[strings.ToLower(m[1])]
	})
}

// presentPerfect matches an English verb in the present perfect, its
// participle the submatch: "has been", "have not worked", "it's been",
// "'ve always lived".
var presentPerfect = regexp.MustCompile(`(?i)(?:\bhas|\bhave|'ve|’ve|'s|’s)\s+(?:(?:not|never|also|already|always|just|now|\w+ly)\s+)?(been|\w{2,}ed)\b`)

// notParticiples are words ending in "ed" after "has" or "have" that are
// no participle ("has need of", "have red paint").
var notParticiples = lowerWordSet(`need needs seed feed speed shed bed red bred breed greed weed deed creed steed`)

// toldInPast matches a German finite verb of the past that puts a length
// after "seit" before now ("war seit zwei Jahren tot", "hatte seit Monaten
// …"); maxPastReach is how far after the length it is looked for.
var toldInPast = regexp.MustCompile(`(?i)\b(?:war|waren|warst|hatte|hatten|hattest|wurde|wurden)\b`)

const maxPastReach = 40

// maxQuotedTerm is the most words a quoted term has: a category, a title
// or a slogan („Kreativität“, „Technischer Anspruch“), not a saying.
const maxQuotedTerm = 3

// quotedTerms returns the byte ranges of the short quoted terms of s
// (maxQuotedTerm words at most) between their quotation marks, which name
// a category, a title or a motto rather than someone: "Die Jury vergibt
// Punkte für „Design“ und „Convergence“" names no one who sat on the
// jury. A longer quotation, a saying, keeps its names.
func quotedTerms(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		closing, ok := quoteCloser[r]
		if !ok {
			i += size
			continue
		}
		open := i + size
		end := strings.IndexRune(s[open:], closing)
		if end < 0 {
			i = open // a mark without its pair: "Das war gut“, sagte sie", an inch's "
			continue
		}
		end += open
		if len(analysis.Scan(s[open:end])) <= maxQuotedTerm {
			out = append(out, [2]int{open, end})
		}
		i = end + utf8.RuneLen(closing)
	}
	return out
}

// withoutQuotedTerms returns s with the words of its short quoted terms
// (quotedTerms) in lower case, so that they read as no name.
func withoutQuotedTerms(s string) string {
	var b strings.Builder
	last := 0
	for _, q := range quotedTerms(s) {
		b.WriteString(s[last:q[0]])
		b.WriteString(strings.ToLower(s[q[0]:q[1]]))
		last = q[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// quoteCloser maps an opening quotation mark to its closing one, as
// German („…“, »…«, «…») and English (“…”, "…") write them.
var quoteCloser = map[rune]rune{'„': '“', '“': '”', '»': '«', '«': '»', '"': '"'}
