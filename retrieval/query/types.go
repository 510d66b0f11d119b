package query

import (
	"slices"
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/timex"
)

// A cue is a run of words, lower-case, that marks an answer type; "*"
// stands for any one word and "…" for any number of words.
type cue struct {
	t     Type
	words []string
}

func cues(t Type, phrases ...string) []cue {
	out := make([]cue, len(phrases))
	for i, p := range phrases {
		out[i] = cue{t, strings.Fields(p)}
	}
	return out
}

// questionCues are tried in order; the first that matches decides.
// Specific phrases come before the single question words they contain
// ("seit wann" before "wann", "wie viele" before "wie lange").
var questionCues = concat(
	cues(Date, "um wie viel uhr", "um wieviel uhr"), // a time of day, not "wie viel"
	// An amount of time is a length of time, not a count.
	cues(Duration, "how much time", "wie viel zeit", "wieviel zeit"),
	cues(Count, "wie viele", "wieviele", "wie vielen", "wievielen", "wie viel", "wieviel", "how many times", "how many", "how much", "wie oft", "how often", "wie hoch … zahl",
		"wie groß … zahl", "wie hoch … anzahl", "wie stark", "what number", "zahl der", "anzahl der", "how strong"),
	// The size of a body of troops is its number of soldiers.
	asked(Count, []string{"how big", "how large"}, "troop", "troops", "contingent", "army", "force"),
	asked(Count, []string{"wie groß"}, "truppe", "truppen", "kontingent", "armee", "heer", "streitmacht"),
	cues(Start, "seit wann", "since when", "ab wann"),
	cues(Deadline, limitQuestions...),
	asked(Start, []string{"wann", "in welchem jahr", "an welchem tag", "in welchem monat"}, "begann", "begannen", "beginnt",
		"beginnen", "begonnen", "startete", "starteten", "gestartet", "anfing", "anfingen", "angefangen", "anfangen", "fing", "fingen",
		"eingeleitet", "eröffnet"),
	asked(Start, []string{"when", "what year", "which year", "what day", "which day"}, "begin", "began", "begun", "start",
		"started", "launched", "commence", "commenced"),
	cues(Deadline, limitPhrases...),
	cues(Deadline, "wann … enden", "wann … endet", "wann … endete",
		"wann … beendet", "wann … ende", "wann … auslaufen", "wann … ausläuft", "wann … abgeschlossen",
		"wann … abziehen", "wann … abgezogen", "wann … zurückziehen", "wann … verlassen",
		"when … end", "when … ends", "when … ended", "when … expire", "when … over", "when … conclude", "when … finish",
		"when … withdraw", "when … leave", "enddatum", "end date"),
	cues(Duration, "wie lange", "how long", "wie lang", "dauer", "duration"),
	cues(Date, "wann", "when", "whens", "in welchem jahr", "welches jahr", "welchem jahr", "welchen jahr", "an welchem tag",
		"welchem datum", "welchem monat", "what year", "which year", "what date", "what day", "which day", "datum", "date", "dates",
		"what time did", "what time does", "what time do", "what time was", "what time is", "what time were", "what time will",
		"um welche uhrzeit", "wochentag", "weekday", "day of the week"),
	cues(Date, daysCues...),
	cues(Reason, "warum", "weshalb", "wieso", "weswegen", "aus welchem grund", "aus welchen gründen", "why", "whys",
		"what reason", "which reason", "grund", "gründe", "reason", "reasons", "wozu"),
	// What something rests on is its ground: "Worauf beruht die Entscheidung?"
	// (Not "on what basis": "basis" and "grounds" would be cue words of
	// every question, and the German "Basis" is a military base.)
	cues(Reason, "worauf … beruhen", "worauf … beruht", "worauf … basieren", "worauf … basiert"),
	cues(Person, "wer", "wem", "wen", "wessen", "who", "whom", "whose", "whos", "welcher politiker", "welcher minister",
		"welche person", "welcher präsident", "welche politikerin", "which politician", "which minister",
		"which president", "which person"),
	titleCues,
	nameCues,
	cues(Place, "wo", "wohin", "woher", "where", "wheres", "in welchem land", "in welcher stadt", "in welcher region",
		"aus welchem land", "aus welcher stadt", "aus welcher region", "aus welchem bundesland",
		"welches land", "welche stadt", "which country", "which city", "what country", "what city", "which region",
		"which venue", "what venue", "welcher ort", "welchem ort", "welchen ort", "welcher veranstaltungsort", "welchem veranstaltungsort",
		// "in welchem Gebäude findet … statt": in which part of a place,
		// asked where (not "in which state", "in welchem Raum": a state
		// of work, a chat room).
		"in welchem gebäude", "in welchem saal", "in welcher halle", "in welchem hotel", "in welchem stadtteil",
		"in welchem bundesland", "in which building", "in what building", "in which hall", "in what hall", "in which hotel",
		"in what hotel", "in which district", "in what district"),
	cues(Organisation, "welche organisation", "welche partei", "welche gruppe", "welche miliz", "welches unternehmen",
		"welche firma", "welcher organisation", "welcher partei", "welcher gruppe", "welcher miliz", "welchem unternehmen",
		"welcher firma", "which organisation", "which organization", "which party", "which group", "which company",
		"what organisation", "what organization", "what group"),
)

// titleCues ask for a title, which is what the answer is, not its
// subject: "what was the title of tesla's 1937 article" is answered by the
// title quoted, wherever the sentence calls it an article. Only their
// "title", "heißt" and "lautet" cue, and only a title question (cueWord):
// "war" of them is other questions' subject ("When did the Iraq war
// start?"), and so is a title ("Who won the title in 2010?").
var titleCues = cues(Other, "what was the title", "what is the title", "what's the title", "whats the title", "which title",
	"what title", "wie lautet der titel", "wie lautete der titel", "wie heißt der titel", "wie hieß der titel",
	"welchen titel", "welcher titel", "was ist der titel", "was war der titel")

// cueWord reports whether a word of cue c is a cue word of c's type (of
// any type, when anyType): not "…", not a subject noun; of a title cue
// only the title and the German verbs that say what it is ("heißt",
// "lautet"), and only of its own type.
func cueWord(c cue, w string, anyType bool) bool {
	if w == "…" || subjectNouns[w] {
		return false
	}
	// A unit of time cues only its own type: "which days" asks a date,
	// "wie viele Tage" counts days, "pro Tag" asks a rate.
	if anyType && timex.IsUnit(w) {
		return false
	}
	if slices.ContainsFunc(c.words, func(x string) bool { return titleWords[x] }) {
		return !anyType && (titleWords[w] || nameWords[w] || w == "lautet" || w == "lautete")
	}
	return true
}

// keywordCues name what a keyword query wants, where no question word says it.
var keywordCues = concat(
	cues(Count, "anzahl", "zahl", "zahlen", "number", "numbers", "truppenstärke", "stärke", "strength", "figure",
		"figures", "count", "per year", "pro jahr", "per day", "pro tag", "per month", "pro monat",
		"per week", "pro woche", "per hour", "pro stunde"),
	// An amount asked for, as the query's last word (amountNouns):
	// "originalrezept zucker menge", "gdpr fine amount".
	cues(Count, amountNouns...),
	// A sum asked for: how many in all, not what of.
	cues(Count, sumWords...),
	cues(Deadline, "ende", "end", "abzugsdatum", "abzugstermin"),
	cues(Start, "beginn", "anfang", "start", "seit", "since"),
	// Who did something, named by the doer's noun: "punch system inventor".
	cues(Person, agentNouns...),
	// Whom someone works for is an organisation: "mario kahlhofer
	// arbeitgeber".
	cues(Organisation, employerNounList...),
)

// tallyNouns name what is tallied of an event or a thing published, the
// people who came and the times it was taken: a keyword query whose last
// word is one asks how many ("chess festival 2019 attendees"; answerType),
// where one elsewhere qualifies what is asked ("festival visitors parking").
// They are what the answer's figure counts, so they are subjectNouns and
// stay in the focus. Members, users and staff are not: "forum german users"
// asks which forum.
var tallyNouns = []string{"attendees", "participants", "visitors", "viewers", "downloads", "subscribers", "registrations",
	"teilnehmer", "teilnehmende", "besucher", "zuschauer", "abonnenten", "anmeldungen"}

// endsWithWord reports whether text's last word is w, in any case.
func endsWithWord(text, w string) bool {
	toks := analysis.Scan(text)
	return len(toks) > 0 && strings.EqualFold(toks[len(toks)-1].Text, w)
}

// amountNouns ask for an amount as a keyword query's last word; elsewhere
// they are its subject's ("menge plastik meer studie autor") or a crowd
// ("menge jubelt").
var amountNouns = []string{"menge", "amount", "betrag"}

// priceNouns name what something costs: a keyword query whose last word
// is one asks how much ("workshop 3d drucker kosten", "conference ticket
// price"; Query.AsksMoney). "Preis" is left out, which is a prize too
// ("literatur nobel preis").
var priceNouns = wordSet(`kosten gebühr gebühren price prices cost costs fee fees`)

// agentNouns name a person by what they did: a keyword query that holds
// one asks who. They name what the answer is about too ("der Mörder von
// Kennedy"), so they are subjectNouns and stay in the focus.
var agentNouns = []string{"erfinder", "inventor", "entdecker", "discoverer", "gründer", "founder", "begründer",
	"autor", "author", "verfasser", "komponist", "composer", "architekt", "architect", "mörder", "murderer",
	"attentäter", "assassin"}

// sumWords ask for a sum (Query.Sum): "in total" holds "total".
var sumWords = []string{"insgesamt", "zusammen", "altogether", "combined", "overall", "total"}

// nameWords ask what something is called.
var nameWords = map[string]bool{"name": true, "namen": true, "heißt": true, "hieß": true, "heisst": true, "hiess": true,
	"heißen": true, "hießen": true, "called": true, "named": true, "genannt": true}

// nameCues ask for a name as such; they are Person cues too.
var nameCues = cues(Person, "wie heißt", "wie hieß", "wie heisst", "wie hiess", "wie heißen", "wie hießen", "wie heissen",
	"wie hiessen", "what's the name", "what is the name", "what was the name", "whats the name", "name des",
	"name of the")

// wantsName reports whether a question's words ask for a name as such:
// "wie heißt", "wie hieß". "What is the name of …" also asks for the name
// of a thing ("reserved matters"), which no capital marks.
func wantsName(words []string) bool {
	return slices.ContainsFunc(nameCues, func(c cue) bool { return c.words[0] == "wie" && matches(words, c.words) })
}

// asked is the cues of a question word and a word after it: "wann …
// begann", "in welchem jahr … begann", "how big … army" for every
// question word and word given.
func asked(t Type, questions []string, verbs ...string) []cue {
	var out []cue
	for _, q := range questions {
		for _, v := range verbs {
			out = append(out, cue{t, append(strings.Fields(q), "…", v)})
		}
	}
	return out
}

func concat(lists ...[]cue) []cue {
	var out []cue
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// germanQuestionWords and englishQuestionWords make a sentence a question
// rather than a keyword query; questionWords are both.
var (
	germanQuestionWords = wordSet(`wie wann wo wer wem wen wessen was warum weshalb wieso weswegen welche welcher welches welchem
	welchen wohin woher wozu wieviel wieviele wievielen worum worauf woraus wofür womit wovon worüber wogegen wodurch woran worin
	wonach wobei wovor wohinter wievielte wievielten wievielter wievieltes wievieltem`)
	englishQuestionWords = wordSet(`how when where who whom whose what which why whats whos wheres whens whys hows`)
	questionWords        = union(germanQuestionWords, englishQuestionWords)
)

// union returns the words of both sets.
func union(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for _, m := range []map[string]bool{a, b} {
		for w := range m {
			out[w] = true
		}
	}
	return out
}

// yesNoStarts are the verbs a yes/no question starts with, by language.
var yesNoStarts = map[string]map[string]bool{
	"de": wordSet(`ist sind hat haben wird werden gibt gab kann können soll sollen war waren bleibt bleiben hatte
		hatten wurde wurden darf dürfen muss müssen stimmt stehen steht will wollen wollte wollten möchte möchten
		könnte könnten sollte sollten würde würden`),
	"en": wordSet(`is are does do did has have will can was were should could would may must`),
}

// isList reports whether words[i] asks for a list: "welche" before a noun
// ("Welche Länder …"), "which" or "what" before a plural ("which countries").
func isList(words []string, raw []string, i int) bool {
	if i+1 >= len(words) {
		return false
	}
	switch words[i] {
	case "welche":
		return analysis.StartsUpper(raw[i+1])
	case "which", "what":
		next := words[i+1]
		// A modifier says what kind of thing is asked for, the noun
		// after it whether one or several: "which news agency", "which us
		// officials".
		if nounModifiers[next] && i+2 < len(words) {
			next = words[i+2]
		}
		return englishPlural(next) && !englishVerbs[next]
	}
	return false
}

// englishPlural reports whether an English word reads as a plural: it
// ends in "s", but not as "class", "census" or "crisis" do ("iraqis" is
// one), and is no noun in "s" of one thing ("news", "gas").
func englishPlural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "sis") &&
		!massNounsInS[w]
}

// massNounsInS are English nouns ending in "s" that name one thing, and
// the determiners in "s" ("what this means", "what his role was").
var massNounsInS = wordSet(`news series species means politics physics economics mathematics headquarters athletics gas lens atlas chaos
	this his its`)

// nounModifiers are words that stand before the noun a which-question
// asks for, saying what kind it is.
var nounModifiers = wordSet(`news us uk un eu`)

var englishVerbs = wordSet(`is was does has have had did do are were be been go goes take takes make makes used
	say says give gives find leave leaves start starts end ends begin die win
	lead leads fear fears happen happens happened get gets`)

// subjectNouns are words of the cues that also name what the answer is
// about ("Welcher Minister …"): they stay in the focus. "Zeit" of "wie
// viel Zeit" names what other questions ask of ("die Zeit, die eine
// Maschine braucht"); "time" is a cue word of "what time did" as well.
var subjectNouns = func() map[string]bool {
	m := wordSet(`politiker politikerin minister präsident person organisation partei gruppe miliz unternehmen
	firma politician president organisation organization party group company
	troop troops contingent army force truppe truppen kontingent armee heer streitmacht zeit
	gebäude saal halle hotel stadtteil bundesland building hall district`)
	for _, w := range slices.Concat(agentNouns, tallyNouns, employerNounList) {
		m[w] = true
	}
	return m
}()

// cueWords are the words that say what kind of answer a question wants; they
// are no part of its subject.
var cueWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, c := range concat(questionCues, keywordCues) {
		for _, w := range c.words {
			if cueWord(c, w, true) {
				m[w] = true
			}
		}
	}
	for w := range questionWords {
		m[w] = true
	}
	return m
}()

// typeCueWords are cueWords by the type their cue marks.
var typeCueWords = func() map[Type]map[string]bool {
	m := make(map[Type]map[string]bool)
	for _, c := range concat(questionCues, keywordCues) {
		if m[c.t] == nil {
			m[c.t] = make(map[string]bool)
		}
		for _, w := range c.words {
			if cueWord(c, w, false) {
				m[c.t][w] = true
			}
		}
	}
	return m
}()

// TypeCue reports whether a word of a keyword query cues its answer type
// ("date" of "etcd 3.4 first release date", "anzahl"): what is asked, not
// a subject, and so no name either, however a collection's headings write
// it ("Date & Time:"). In a question in words a cue word may be part of a
// name ("the financial times"): false there.
func (q Query) TypeCue(word string) bool {
	w := strings.ToLower(word)
	return q.Keyword && typeCueWords[q.Type][w] && !questionWords[w]
}

// cueOf reports whether a lower-case word cues a question of type t, as
// no subject: a question word, a word of a cue that marks t, or a word
// of another's cue that is no verb ("since", "monat"). A verb cues only
// its own type: "abgezogen" marks "wann … abgezogen" as a deadline
// question, but in "usa truppen abgezogen jahr", which asks a date, it is
// the subject.
func cueOf(t Type, w string, verb bool) bool {
	// "Wann tagen die Ausschüsse?": the verb that is a unit's plural too
	// is the subject, not "an welchen Tagen"'s cue.
	return questionWords[w] || typeCueWords[t][w] && !(verb && timex.IsUnit(w)) || cueWords[w] && !verb
}

// answerType returns the answer type a question asks for and whether it is
// a keyword query.
// verbOnly says that the first word can only be a verb (query's
// verbOnly).
func answerType(words, raw []string, text, lang string, verbOnly bool) (Type, bool) {
	if lang == analysis.English {
		words = chatSpelled(words) // "wich" is a German verb's form
	}
	keyword := keywordLike(text, words)
	yesNo := len(words) > 0 && yesNoStarts[lang][words[0]] || verbFirst(words, text, lang, verbOnly) || chatAre(words, lang)
	if yesNo {
		keyword = false
	}
	list := questionCues
	if keyword {
		list = concat(questionCues, keywordCues)
	}
	words = withoutRelatives(words, lang, yesNo)
	for _, c := range list {
		if matches(words, c.words) {
			// "menge" elsewhere qualifies what is asked ("menge plastik
			// studie autor"), or is a crowd.
			if len(c.words) == 1 && slices.Contains(amountNouns, c.words[0]) && !endsWithWord(text, c.words[0]) {
				continue
			}
			return c.t, keyword
		}
	}
	if keyword && len(words) > 1 && (slices.Contains(tallyNouns, words[len(words)-1]) || priceNouns[words[len(words)-1]]) {
		return Count, keyword
	}
	if yesNo {
		return YesNo, keyword
	}
	for i := range words {
		if isList(words, raw, i) {
			return List, keyword
		}
	}
	return Other, keyword
}

// chatSpellings are question words as chat often types them ("wich
// venue"), and the word each stands for.
var chatSpellings = map[string]string{"wich": "which", "whcih": "which", "whic": "which", "wehre": "where", "wher": "where"}

// chatSpelled returns words with chat's spellings of question words
// (chatSpellings) written out, for the cues to read.
func chatSpelled(words []string) []string {
	var out []string
	for i, w := range words {
		if full, ok := chatSpellings[w]; ok {
			if out == nil {
				out = slices.Clone(words)
			}
			out[i] = full
		}
	}
	if out == nil {
		return words
	}
	return out
}

// chatAre reports whether an English question opens with chat's "r" for
// "are" ("r there more us troops in syria", "r u sure"): before "there" or
// a pronoun only, not in "r&d budget".
func chatAre(words []string, lang string) bool {
	return lang == analysis.English && len(words) > 1 && words[0] == "r" && chatAreNext[words[1]]
}

var chatAreNext = wordSet(`there they we you u the these those`)

// withoutRelatives returns words without the English relative pronouns
// after a question's first word, where a question word or a verb opens it:
// in "what did the militiamen who stormed the embassy use", "who" says which militiamen,
// not that a person is asked for. After a verb of knowing or telling, its
// object ("can you tell me who leads"), "known", "clear" or "and" it still
// asks.
func withoutRelatives(words []string, lang string, yesNo bool) []string {
	if lang != analysis.English || len(words) == 0 || !yesNo && !questionWords[words[0]] {
		return words
	}
	var out []string
	asks := func(i int) bool { // "tell who", "tell me who", "known who", "and who"
		asking := func(w string) bool { return speakingVerbs[w] || knowingWords[w] }
		// After "of" or an article the word is a noun: "secretary of
		// state when …".
		noun := i >= 2 && (words[i-2] == "of" || articles[words[i-2]])
		return asking(words[i-1]) && !noun || i >= 2 && objectPronouns[words[i-1]] && asking(words[i-2])
	}
	for i, w := range words {
		if i > 0 && relativeWords[w] && !asks(i) {
			if out == nil {
				out = slices.Clone(words)
			}
			out[i] = ""
		}
	}
	if out == nil {
		return words
	}
	return out
}

// relativeWords are the English question words that also open a relative
// clause, or, "when", a clause of time ("who was the ambassador when the
// militias stormed the embassy" asks who); after a verb of saying (speakingVerbs) or one of knowingWords,
// and after objectPronouns between such a verb and them, they still ask.
var (
	relativeWords  = wordSet(`who whom whose when`)
	knowingWords   = wordSet(`know knows knew known ask asked wonder find out show clear unclear announced and or`)
	objectPronouns = wordSet(`me us him her them you`)
)

// matches reports whether the cue's words occur in order in words, "…"
// allowing any words between.
func matches(words, pattern []string) bool {
	for start := range words {
		if matchAt(words, start, pattern) {
			return true
		}
	}
	return false
}

func matchAt(words []string, i int, pattern []string) bool {
	if len(pattern) == 0 {
		return true
	}
	if pattern[0] == "…" {
		for j := i; j <= len(words); j++ {
			if matchAt(words, j, pattern[1:]) {
				return true
			}
		}
		return false
	}
	if i >= len(words) || (pattern[0] != "*" && words[i] != pattern[0]) {
		return false
	}
	return matchAt(words, i+1, pattern[1:])
}

// troopWords are the nouns of soldiers and troops, German compounds by
// their ending.
var (
	troopEndings = []string{"soldaten", "soldat", "soldatinnen", "soldatin", "truppen", "truppe", "streitkräfte",
		"streitkräften", "einsatzkräfte", "spezialkräfte", "militärangehörige", "militärangehörigen", "militärberater",
		"marineinfanteristen", "fallschirmjäger", "truppenstärke", "truppenpräsenz", "blauhelme", "blauhelmsoldaten",
		"kontingent", "truppenkontingent"}
	englishTroopWords = wordSet(`troops troop soldiers soldier servicemembers personnel marines forces advisers advisors
		paratroopers peacekeepers contingent contingents gis`)
)

// SameOffice reports whether two analysed terms name one office in other
// words: news calls a head of government "Ministerpräsident",
// "Premierminister" or "Regierungschef".
func SameOffice(a, b string) bool {
	ga, gb := groupOf(a), groupOf(b)
	return ga != nil && ga == gb && ga.office
}

// Synonym is a word of a synonym group and its language.
type Synonym struct{ Word, Lang string }

// Synonyms returns the words, in both languages, of the group an analysed
// term belongs to ("Premierminister", "Regierungschef" for
// "ministerprasident"; "population", "Bevölkerung" for "einwohn"), nil for
// a term of none. News and questions name these in other words more often
// than a dictionary translates or a stem joins them.
func Synonyms(term string) []Synonym {
	if g := groupOf(term); g != nil {
		return g.words
	}
	return nil
}

// CoverOnly reports whether the words of a term's synonym group cover it in
// a passage but are not searched for: the rest of the question finds the
// passage, and searching for words as common as "formed" or "head" would
// rank others first (measured on XQuAD-R: each cost up to 0.004 MRR@10).
func CoverOnly(term string) bool {
	g := groupOf(term)
	return g != nil && g.coverOnly
}

// CompoundSynonyms returns the words of the group a compound's last part
// belongs to ("Unterredungen" for "friedensverhandl"), nil for none: a
// compound is a kind of its head.
func CompoundSynonyms(term string) []Synonym {
	if g := groupWhere(func(stem string) bool { return len(term) >= len(stem)+minModifier && strings.HasSuffix(term, stem) }); g != nil {
		return g.words
	}
	return nil
}

// minModifier is the shortest first part, in bytes, that makes a word
// ending in a synonym's stem a compound of it ("friedens|verhandl"), not
// the stem inflected.
const minModifier = 4

func groupOf(term string) *synonymGroup {
	for i := range synonymGroups {
		if slices.Contains(synonymGroups[i].exact, term) {
			return &synonymGroups[i]
		}
	}
	return groupWhere(func(stem string) bool { return strings.HasPrefix(term, stem) })
}

// groupWhere returns the first synonym group with a stem that match
// accepts, or nil.
func groupWhere(match func(stem string) bool) *synonymGroup {
	for i := range synonymGroups {
		if slices.ContainsFunc(synonymGroups[i].stems, match) {
			return &synonymGroups[i]
		}
	}
	return nil
}

// synonymGroup is words of one meaning and the analysed stems that start
// them; office marks the names of an office, which owner checks accept
// for each other.
type synonymGroup struct {
	words  []Synonym
	stems  []string
	office bool
	// exact are analysed terms that belong to the group only as they
	// stand: "head", not "headquarters" or "headline".
	exact []string
	// coverOnly marks a group whose words cover each other but are not
	// searched for (CoverOnly).
	coverOnly bool
}

var synonymGroups = []synonymGroup{
	{
		words: []Synonym{{"Premierminister", "de"}, {"Ministerpräsident", "de"}, {"Regierungschef", "de"}, {"premier", "en"}},
		stems: []string{"premiermin", "ministerprasident", "regierungschef"}, office: true,
	},
	{
		words: []Synonym{{"Einwohner", "de"}, {"Bevölkerung", "de"}, {"Einwohnerzahl", "de"}, {"population", "en"},
			{"inhabitants", "en"}, {"residents", "en"}},
		stems: []string{"einwohn", "bevolker", "popul", "inhabit"},
	},
	{
		// An invasion is a march into a country: "Die Vereinigten Staaten
		// marschierten 2003 in den Irak ein" says when the US invaded.
		words: []Synonym{{"Einmarsch", "de"}, {"einmarschieren", "de"}, {"Invasion", "de"}, {"invasion", "en"}, {"invade", "en"}},
		stems: []string{"einmarsch", "invas", "invad"},
	},
	{
		// News calls the same talks by any of these: "Die Unterredungen
		// begannen …" answers when the negotiations began.
		words: []Synonym{{"Verhandlungen", "de"}, {"Gespräche", "de"}, {"Unterredungen", "de"}, {"negotiations", "en"},
			{"talks", "en"}},
		stems: []string{"verhandl", "gesprach", "unterred", "negotiat", "talks"},
	},
	{
		// A body is founded, formed, established or created: "was formed
		// in 1966" says when it was set up.
		words: []Synonym{{"founded", "en"}, {"formed", "en"}, {"established", "en"}, {"created", "en"},
			{"gegründet", "de"}, {"Gründung", "de"}},
		stems: []string{"establish", "grundung", "gegrundet"},
		// "form" is a noun as often ("what form …"): only the others join.
		exact: []string{"found", "creat"}, coverOnly: true,
	},
	{
		// Who heads a body is its chair or leader: "who heads the ipcc" is
		// answered by "Hoesung Lee is the chair of the IPCC".
		words: []Synonym{{"chair", "en"}, {"chairman", "en"}, {"chairwoman", "en"}, {"leader", "en"}, {"head", "en"},
			{"Vorsitzende", "de"}, {"Vorsitz", "de"}, {"Leiter", "de"}, {"Leiterin", "de"}},
		stems: []string{"chairm", "chairw", "chairp", "vorsitz"},
		exact: []string{"head", "chair", "leader"}, coverOnly: true,
	},
}

// IsTroopWord reports whether a word, lower-case, names soldiers or troops.
func IsTroopWord(w string) bool { return isTroopWord(w) }

func isTroopWord(w string) bool {
	if englishTroopWords[w] {
		return true
	}
	for _, e := range troopEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// englishCueWords are the cue words that are English only.
var englishCueWords = wordSet(`how many much when since until till by deadline deadlines timetable end date long duration
	why reason reasons who whom whose where which what country city group party company number numbers strength figure
	figures count total start year day`)

// verbFirst reports whether a German question starts with its verb, as a
// yes/no question does, by one of two signs: a question mark and an
// article or pronoun right after the verb ("Setzt die Koalition …?"), or a
// first word that can only be a verb (verbOnly) and a clause after it, with
// an article, pronoun or preposition ("greift der is auch zivilisten an",
// typed without its question mark). A question word or a conjunction first
// says otherwise, and a keyword query has no clause ("ende mission irak";
// "kämpfen französische truppen …" neither, "Kämpfen" being a noun too).
func verbFirst(words []string, text, lang string, verbOnly bool) bool {
	if lang != "de" || len(words) < 2 || questionWords[words[0]] || conjunctions[words[0]] {
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(text), "?") && articlesAndPronouns[words[1]] {
		return true
	}
	return verbOnly && len(words) >= minClauseWords &&
		slices.ContainsFunc(words[1:], func(w string) bool { return articlesAndPronouns[w] || clauseWords[w] })
}

// minClauseWords is the fewest words of a question read as a clause
// without its question mark: a verb, an article and a noun.
const minClauseWords = 3

// clauseWords are prepositions and particles that a keyword query leaves out.
var clauseWords = wordSet(`in im an am auf aus bei mit nach von vom zu zum zur gegen für über unter durch um noch auch schon
	eigentlich wirklich ihre ihren ihrem seine seinen seinem`)

var conjunctions = wordSet(`und oder aber sowie denn doch`)

var articlesAndPronouns = wordSet(`der die das den dem des ein eine einen einem einer es er sie wir ihr man diese dieser
	dieses deren dessen`)

// limitPhrases ask for a limit set in advance ("Bis wann …?", "Frist"),
// not for when something ended ("Wann verließen …?"): they are deadline
// cues, and with limitCues they set Query.AsksLimit.
var limitPhrases = append(slices.Clip(limitQuestions), "frist", "fristen", "deadline",
	"deadlines", "stichtag", "zeitplan", "timetable", "termin", "schedule")

// limitQuestions ask until when, whatever the verb: "Bis wann wird die
// Brücke eröffnet?" asks a limit, not a start.
var limitQuestions = []string{"bis wann", "until when", "till when", "by when"}

// limitCues are the phrases that ask for a limit, also where another cue
// decided the type ("Wann endet die Mission spätestens?").
var limitCues = cues(Deadline, append([]string{"spätestens", "by what date"}, limitPhrases...)...)

// asksLimit reports whether a question's words ask for a limit.
func asksLimit(words []string) bool {
	return slices.ContainsFunc(limitCues, func(c cue) bool { return matches(words, c.words) })
}

// IsQuestionWord reports whether a lower-case word is a German or English
// question word ("wer", "how", "whats").
func IsQuestionWord(w string) bool { return questionWords[w] }
