package timeline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/figure"
	"github.com/quellen/quellen/retrieval/timex"
)

// Roles of a troop figure: what the number counts.
const (
	RoleLevel      = "level"      // troops present: "2.500 US-Soldaten sind im Irak"
	RoleCap        = "cap"        // a ceiling: "Obergrenze 1.400", "bis zu 1.400"
	RoleOut        = "out"        // troops leaving: "die letzten 142 Soldaten verließen Mali"
	RoleIn         = "in"         // troops arriving: "schickte 3.000 zusätzliche Soldaten"
	RoleTotal      = "total"      // a sum over time: "insgesamt 20.000 über die Jahre"
	RoleCasualties = "casualties" // the dead or wounded: "34 US-Soldaten wurden verletzt"
)

// troopFigure is a number of soldiers a sentence states: "rund 2.500
// US-Soldaten im Irak", "neunhundert in Syrien", "2,500 U.S. troops in Iraq".
type troopFigure struct {
	count      int64
	approx     bool   // an order of magnitude ("Hunderte"), not a count
	qualifier  string // "rund", "mehr als", … as written, lower-cased
	force      string // whose: a region or organisation key ("US", "UN"), "" unknown
	role       string
	place      string // as written
	placeKey   string // a region or city key when the place is a known one
	placeFrom  string
	start, end int // from the qualifier or number to the unit or place
	numStart   int // where the number itself starts
	numEnd     int
	// ownEnd, when not 0, ends the figure's own words before a unit it
	// shares with the next figure: "400.000 chinesische| und 100.000
	// nordkoreanische Soldaten".
	ownEnd int
	// partOf marks a part of the figure before it ("800 von ihnen"),
	// whose force it takes.
	partOf bool
}

// Unit nouns. German compounds end in them ("US-Soldaten",
// "Bodentruppen", "Spezialkräfte"); English ones are whole words.
var (
	germanUnitEndings = []string{"soldaten", "soldat", "soldatinnen", "truppen", "streitkräfte", "einsatzkräfte",
		"sicherheitskräfte", "spezialkräfte", "militärangehörige", "militärangehörigen", "militärberater",
		"marineinfanteristen", "fallschirmjäger", "blauhelme", "blauhelmsoldaten", "ausbilder"}
	englishUnits = wordSet(`troops soldiers soldier servicemembers personnel marines forces advisers advisors paratroopers
		peacekeepers trainers`)
)

// isUnit reports whether w names soldiers; prev is the word before it, for
// "service members".
func isUnit(w, prev word) bool {
	if englishUnits[w.lower] || w.lower == "mann" {
		return true
	}
	// "15.000 Bewaffnete", not "500 bewaffnete Fahrzeuge".
	if (w.lower == "bewaffnete" || w.lower == "bewaffneten") && w.capitalized() {
		return true
	}
	if w.lower == "members" && prev.lower == "service" {
		return true
	}
	for _, ending := range germanUnitEndings {
		if strings.HasSuffix(w.lower, ending) {
			return true
		}
	}
	return false
}

// Formations: nouns of a body of troops that say whose they are but do
// not count soldiers ("der deutsche Verband", "the British contingent").
var (
	germanFormationEndings = []string{"verband", "kontingent", "bataillon", "einheit", "division", "brigade", "regiment", "armee"}
	englishFormations      = wordSet(`contingent battalion unit division brigade regiment army`)
)

// isFormation reports whether w names a body of troops.
func isFormation(w word) bool {
	if englishFormations[w.lower] {
		return true
	}
	for _, ending := range germanFormationEndings {
		if strings.HasSuffix(w.lower, ending) {
			return true
		}
	}
	return false
}

// Qualifiers that stand right before a figure, longest first.
var qualifiers = [][]string{
	{"as", "many", "as"},
	{"mehr", "als"}, {"weniger", "als"}, {"bis", "zu"}, {"more", "than"}, {"fewer", "than"}, {"less", "than"},
	{"up", "to"}, {"at", "least"}, {"at", "most"}, {"no", "more", "than"},
	{"rund"}, {"etwa"}, {"ungefähr"}, {"circa"}, {"ca"}, {"knapp"}, {"fast"}, {"beinahe"}, {"über"},
	{"mindestens"}, {"höchstens"}, {"maximal"}, {"annähernd"}, {"gut"}, {"about"}, {"around"}, {"roughly"},
	{"approximately"}, {"some"}, {"nearly"}, {"almost"}, {"over"}, {"approx"}, {"maximum"},
}

// Words that make a figure a count of casualties, not of troops stationed.
var casualtyWords = []string{"getötet", "verletzt", "verwundet", "starben", "gestorben", "ums leben", "gefallen",
	"tote", "toten", "verletzte", "verwundete", "todesopfer", "tötete", "umgekommen", "umkamen",
	"killed", "wounded", "injured", "died", "dead ", "casualties", "deaths", "fatalities", "death toll", "perished",
	"lost their lives"}

// casualtyTerms are the analysed forms of verbs of dying that a sentence
// may write apart or inflect past the words above: "kamen dabei um"
// (umkommen), "starb" (sterben).
var casualtyTerms = []string{"umkomm", "sterb"}

// SaysCasualtiesIn is SaysCasualties for a sentence with its analysed
// terms (space-separated, as indexed), which also tell a separable verb
// written apart.
func SaysCasualtiesIn(text, terms string) bool {
	if SaysCasualties(text) || fellInBattle(text) {
		return true
	}
	for _, t := range strings.Fields(terms) {
		if slices.Contains(casualtyTerms, t) {
			return true
		}
	}
	return false
}

// woundedWords are casualtyWords that count the wounded, or the wounded
// with the dead ("casualties"): not the dead alone.
var woundedWords = []string{"verletzt", "verwundet", "verletzte", "verwundete", "wounded", "injured", "casualties"}

// AsksDeaths reports whether a question asks of the dead only: a word of
// death starts one of its words and none of woundedWords does ("How many
// sailors died …", "Wie viele Menschen starben …"; not "Aristoteles").
func AsksDeaths(question string) bool {
	return mentionsAny(question, deathWords) && !mentionsAny(question, woundedWords)
}

// deathWords are casualtyWords but woundedWords.
var deathWords = slices.DeleteFunc(slices.Clone(casualtyWords), func(w string) bool { return slices.Contains(woundedWords, w) })

// SaysDeathsIn reports whether a sentence (with its analysed terms, as
// SaysCasualtiesIn) speaks of the dead: "10 Seeleute verletzt" counts no
// dead.
func SaysDeathsIn(text, terms string) bool {
	// At a word's start: "studied" is no "died", "Aristoteles" no "Tote".
	if mentionsAny(text, deathWords) {
		return true
	}
	c := " " + strings.ToLower(text) + " "
	for _, t := range strings.Fields(terms) {
		if slices.Contains(casualtyTerms, t) {
			return true
		}
	}
	return livesLost(c) || fellInBattle(text)
}

// fellInBattle reports whether a German sentence says that a number of
// people fell, as history writes their death: "15.000 Römer fielen", a
// figure at most fellReach words before "fiel" or "fielen" in the same
// clause. Only for a question of casualties (SaysCasualtiesIn,
// SaysDeathsIn); as a troop figure's role (SaysCasualties) prices and
// votes fall too ("Die Wahl fiel auf …").
func fellInBattle(text string) bool {
	fields := strings.Fields(strings.ToLower(text))
	for k, f := range fields {
		if w := strings.TrimRight(f, ".,;:!?"); w != "fiel" && w != "fielen" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-fellReach && !strings.ContainsAny(fields[j], ",;:"); j-- {
			if r, _ := utf8.DecodeRuneInString(fields[j]); unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// fellReach is how many words before "fielen" its figure may stand ("15.000
// Römer", "rund 800 der Legionäre").
const fellReach = 4

// livesLost reports whether c, lower case and padded with spaces, says
// lives were lost: "kostete 86 Menschen das Leben", "claimed the lives of
// 86".
func livesLost(c string) bool {
	return strings.Contains(c, " das leben") && strings.Contains(c, "kost") ||
		strings.Contains(c, " lives") && (strings.Contains(c, "claimed") || strings.Contains(c, " cost"))
}

// prisonerWords ask of people taken prisoner; captureWords tell of them,
// with the compounds that end in "gefangene(n)" ("Kriegsgefangene").
var (
	prisonerWords = []string{"gefangen", "gefangene", "gefangenen", "gefangenschaft", "gefangennahme", "gefangengenommen",
		"prisoner", "prisoners", "captive", "captives"}
	captureWords = append([]string{"captured", "häftlinge", "detainees", "detained", "inhaftiert"}, prisonerWords...)
)

// AsksCaptured reports whether a question asks of people taken prisoner
// ("wie viele wurden gefangen genommen", "how many were taken prisoner");
// "how many towns were captured" does not.
func AsksCaptured(question string) bool {
	return slices.ContainsFunc(letterWords(question), func(w string) bool { return slices.Contains(prisonerWords, w) })
}

// SaysCaptured reports whether text speaks of people taken prisoner: a
// count of the captured is not one of the fallen.
func SaysCaptured(text string) bool {
	return slices.ContainsFunc(letterWords(text), func(w string) bool {
		return slices.Contains(captureWords, w) || strings.HasSuffix(w, "gefangene") || strings.HasSuffix(w, "gefangenen")
	})
}

// letterWords returns text's words, lower case, split at all but letters.
func letterWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
}

// mentionsAny reports whether text holds one of words at a word's start
// ("uninjured" holds no "injured").
func mentionsAny(text string, words []string) bool {
	c := " " + strings.ToLower(text) + " "
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(c, " "+w) })
}

// SaysCasualties reports whether text speaks of the dead or wounded:
// "16.000 Amerikaner waren gefallen", "50,000 were killed".
func SaysCasualties(text string) bool {
	c := " " + strings.ToLower(text) + " "
	for _, w := range casualtyWords {
		if strings.Contains(c, w) {
			return true
		}
	}
	return livesLost(c)
}

// Words of a ceiling: the qualifiers "bis zu", "up to", and nouns of a cap.
var (
	capQualifiers = wordSet(`bis-zu up-to höchstens maximal at-most maximum no-more-than`)
	// capPhrases are the cap qualifiers as a question writes them.
	capPhrases = []string{"bis zu", "up to", "höchstens", "maximal", "at most", "no more than"}
	capWords   = []string{"obergrenze", "höchstgrenze", "mandatsgrenze", "personalobergrenze", "ceiling", "cap ",
		"limit", "maximum", "höchstzahl"}
	// A figure is a sum over time when a sum word and a span of time meet
	// ("insgesamt 20.000 über die Jahre"), or a verb of serving in turn
	// says so; "insgesamt" alone sums a moment's troops ("Insgesamt
	// marschierten 43.000 … und 31.000 … ein").
	sumWords  = []string{"insgesamt", "in total", "altogether", "total of", "a total"}
	spanWords = []string{"über die jahre", "im laufe", "seit ", "bis heute", "in den jahren", "während des", "während der",
		"over the years", "since ", "throughout", "during the", "to date", "so far"}
	servedWords = []string{"dienten", "gedient", "rotierten", "served", "rotated"}
	// outWords and inWords are movements; a negation ("zogen … nicht ab")
	// makes the figure a level again.
	outWords = []string{"verließen", "verlassen", "verlässt", "verließ", "abgezogen", "abziehen", "abzug von", "zogen",
		"zieht", "ziehen", "heimgekehrt", "zurückgekehrt", "zurückgeholt", "rückverlegt", "reduziert", "verringert",
		"withdrew", "withdrawn", "withdraw", "withdrawal of", "pulled out", "pull out", "left", "leave", "leaving",
		"returned home", "return home", "brought home", "cut", "reduce", "reduced"}
	inWords = []string{"entsandt", "entsenden", "entsendet", "entsandte", "schickte", "schickten", "geschickt", "schicken",
		"verlegt", "verlegen", "verlegte", "aufgestockt", "aufstocken", "zusätzliche", "zusätzlicher", "zusätzlichen",
		"weitere", "verstärkung", "setzte", "setzten", "eingesetzt",
		"deployed", "deploy", "deploying", "sent", "send", "sending", "dispatched", "additional", "reinforcement",
		"reinforcements", "more troops"}
	negations = wordSet(`nicht kein keine keinen not no never`)
)

// Nouns after "im"/"in" that are no place.
var notPlaces = wordSet(`rahmen kampf laufe zuge einsatz land lande moment vergleich gegensatz zusammenhang fall falle
	jahr jahre jahren monat monaten vorfeld namen auftrag dienst zukunft kürze kraft betrieb frage ordnung gefahr
	haft höhe folge gange verlauf anschluss hinblick blick sinne total addition general particular fact
	bereitschaft alarmbereitschaft reserve ruhestand urlaub zuständigkeit stärke summe schnitt durchschnitt
	wesentlichen allgemeinen grunde übrigen ganzen einzelnen jahresverlauf`)

// figureSentence holds what troopFigures needs of one sentence.
type figureSentence struct {
	text     string // the source's whole text
	lo, hi   int    // the sentence
	ws       []word
	mentions []entity.Mention // in the sentence
	lang     string
	// date reports whether text[a:b] lies within a temporal expression
	// the date rules found: its number is a date, not a count.
	date func(a, b int) bool
}

// troopFigures finds the troop figures of a sentence.
func troopFigures(s figureSentence) []troopFigure {
	text, ws := s.text, s.ws
	var out []troopFigure
	prevNum := -1 // where the number read before this one starts
	for _, n := range figure.Read(text[s.lo:s.hi], s.lang) {
		numStart := n.Start + s.lo
		before := prevNum
		prevNum = numStart
		if n.Times {
			continue // "dreimal so viele Soldaten" counts no soldiers
		}
		n.Start += s.lo
		n.End += s.lo
		// "§§ 3 und 4 auch für Berufssoldaten" numbers sections; read in
		// the sentence alone ("…, he said no. 2,500 U.S. troops …").
		if n.Value < 2 || !n.Spelled && figure.Reference(text[s.lo:s.hi], n.Start-s.lo) {
			continue
		}
		i := wordAt(ws, n.Start)
		last := wordAt(ws, n.End-1)
		if i < 0 || last < 0 {
			continue
		}
		f := troopFigure{count: n.Value, approx: n.Approx, start: n.Start, end: n.End, numStart: n.Start, numEnd: n.End}
		target := false
		f.qualifier, f.start = qualifierBefore(text, ws, i, f.start)
		after := last + 1
		// The unit may follow after a few words ("1000 deutsche
		// Soldatinnen", "2,500 U.S. troops", "über 100.000 hauptsächlich
		// deutsche und britische Soldaten") or "von"/"of" for an order of
		// magnitude ("Hunderte von Truppen").
		unit := -1
		for k, limit := after, after+wordsBeforeUnit(s.lang); k < len(ws) && k < limit; k++ {
			if !joined(text, ws[k-1], ws[k]) {
				break
			}
			if isUnit(ws[k], ws[k-1]) {
				unit = k
				break
			}
			// Two figures may share one unit, each with its nationality:
			// "400.000 chinesische und 100.000 nordkoreanische Soldaten".
			if ws[k].num && f.ownEnd == 0 && k > after+1 && conjunctions[ws[k-1].lower] && s.onlyNationalities(ws[after:k]) {
				f.ownEnd, limit = ws[k-2].end, k+4
				continue
			}
			// Between number and unit stand adjectives, nationalities and
			// their "und": "fünf Schweizer und schwedische Soldaten".
			if ws[k].num || (k > after || s.lang == "de") && ws[k].capitalized() && !s.nationalityAt(ws[k]) && ws[k].lower != "u" {
				break
			}
		}
		if unit < 0 {
			f.ownEnd = 0
		}
		// A number within a date is a date, unless it counts soldiers and
		// is no more than four digits ("etwa 1000 deutsche Soldatinnen"),
		// only nationalities standing between: in "1830 besetzten
		// französische Truppen" the year is followed by a verb.
		if s.date(n.Start, n.End) && (unit < 0 || !n.Plain4 || !s.onlyNationalities(ws[after:unit])) {
			continue
		}
		if unit >= 0 {
			f.end = ws[unit].end
			if f.ownEnd > 0 {
				f.end = f.ownEnd
			}
			after = unit + 1
		} else if len(out) > 0 && out[len(out)-1].numStart == before && (partOfThem(text, ws, after, s.lang) || partNamedBefore(text, ws, wordAt(ws, f.start)) && placedOrAlone(text, ws, after)) {
			// "9.000 Soldaten wurden verwundet, rund 800 von ihnen schwer",
			// "2.500 Soldaten, davon etwa 300 in Kabul": a part of the
			// troops counted right before, theirs; not of another number
			// between ("2,500 troops at 12 bases, 3 of them in Syria").
			f.force, f.partOf = out[len(out)-1].force, true
		} else if target = s.troopTarget(ws, i, f.start, f.numEnd, after); !target && (len(out) == 0 || !listed(text, out[len(out)-1], f) || s.countsNoun(ws, after)) {
			// A bare number is a troop figure only in a list after one:
			// "2.500 US-Soldaten im Irak und neunhundert in Syrien", or as
			// the level troops are brought to.
			continue
		}
		f.role = role(text, s.lo, s.hi, f, ws, i)
		if f.partOf && f.role == RoleLevel && !saysState(text[f.numEnd:min(clauseEnd(text, f.numEnd), s.hi)]) {
			// "…wounded, 40 of them seriously": wounded too; "…, 2.000
			// davon sind wieder im Dienst" says a state of its own.
			f.role = out[len(out)-1].role
		}
		if target && (f.role == RoleOut || f.role == RoleIn) {
			f.role = RoleLevel // "auf 3.000 reduzieren": the level they are brought to
		}
		if !f.partOf {
			f.force = s.forceOf(f, unit, out)
		}
		if place, key, end, ok := s.placeAfter(after); ok {
			f.place, f.placeKey, f.placeFrom = place, key, FromText
			if f.ownEnd == 0 {
				f.end = max(f.end, end)
			}
		}
		out = append(out, f)
	}
	// Figures listed before one whose place follows it share that place:
	// "485.000 US-Soldaten sowie 50.000 südkoreanische Soldaten in
	// Südvietnam".
	for k := len(out) - 2; k >= 0; k-- {
		if out[k].place == "" && out[k+1].place != "" && listed(text, out[k], out[k+1]) {
			out[k].place, out[k].placeKey, out[k].placeFrom = out[k+1].place, out[k+1].placeKey, out[k+1].placeFrom
		}
	}
	// A figure without a place of its own takes the nearest place named
	// before it in the sentence: "die im Irak stationierten Truppen, etwa
	// 2.500 Soldaten".
	for k := range out {
		if out[k].place == "" {
			out[k].place, out[k].placeKey = s.placeBefore(out[k].numStart)
			if out[k].place != "" {
				out[k].placeFrom = FromText
			}
		}
	}
	return out
}

// partOfThem reports whether the words from ws[k] on say that a bare
// number counts a part of those counted before it: "von ihnen", "davon",
// "of them", "of whom". A German "davon" before a lower-case word and a
// noun is the adverb of that word ("300 davon betroffene Dörfer").
func partOfThem(text string, ws []word, k int, lang string) bool {
	if k >= len(ws) || !joined(text, ws[k-1], ws[k]) {
		return false
	}
	if ws[k].lower == "davon" {
		j := k + 1
		return lang != "de" || j+1 >= len(ws) || !joined(text, ws[k], ws[j]) || ws[j].capitalized() || !ws[j+1].capitalized()
	}
	return k+1 < len(ws) && joined(text, ws[k], ws[k+1]) &&
		(ws[k].lower == "von" && ws[k+1].lower == "ihnen" || ws[k].lower == "of" && (ws[k+1].lower == "them" || ws[k+1].lower == "whom"))
}

// partNamedBefore reports whether the word right before the number at
// ws[i] names it a part of those counted before, after a comma or a
// dash: "2.500 Soldaten, davon 300 in Kabul", "…, darunter 40 in Erbil",
// "1,200 troops, including 200 in Erbil".
func partNamedBefore(text string, ws []word, i int) bool {
	if i < 2 || !joined(text, ws[i-1], ws[i]) || !partWordsBefore[ws[i-1].lower] {
		return false
	}
	gap := strings.TrimSpace(text[ws[i-2].end:ws[i-1].start])
	return gap == "," || gap == "–" || gap == "-" || gap == "—"
}

var partWordsBefore = wordSet(`davon darunter including`)

// placedOrAlone reports whether a bare number's next word, ws[k], is a
// preposition of where (placePrepositions) or no word of its clause:
// "davon 300 in Kabul", "davon 300." count the troops, "davon 300
// Panzer", "including 200 tanks" count something else, and "darunter 300
// aus Deutschland" another force.
func placedOrAlone(text string, ws []word, k int) bool {
	return k >= len(ws) || !joined(text, ws[k-1], ws[k]) || placePrepositions[ws[k].lower] && !originWords[ws[k].lower]
}

// originWords are the prepositions of placePrepositions that say where
// troops come from, not where they are.
var originWords = wordSet(`aus from`)

// saysState reports whether the rest of a part's clause says a state of
// its own with a form of "sein", "bleiben" or "be", "remain", "stay"
// ("2.000 davon sind wieder im Dienst"), which a part's role is not
// taken over for.
func saysState(rest string) bool {
	for _, w := range strings.Fields(strings.ToLower(rest)) {
		if stateVerbs[strings.Trim(w, ".,;:!?")] {
			return true
		}
	}
	return false
}

var stateVerbs = wordSet(`ist sind war waren bleibt bleiben blieb blieben is are was were remain remains remained stay stays stayed`)

// wordsBeforeUnit is how many words after a number are read for its unit,
// the unit included. German may put four words between ("über 100.000
// hauptsächlich deutsche und britische Soldaten"): a capitalised noun among
// them ends the search. English nouns have no capital, so English reads
// three ("Some 300 families were housed by soldiers" counts no soldiers).
// Chosen on the figure tests (TestTroopFigures); not measured alone on
// the QA pool, which gained one answer with the commit's other figure
// rules ("eintausend Fallschirmjäger").
func wordsBeforeUnit(lang string) int {
	if lang == "de" {
		return 5
	}
	return 4
}

// troopTarget reports whether the bare number at ws[i] (its qualifier from
// start, the number ending at numEnd) is the level a clause brings troops
// to: "auf" or "to" before it, troops or their strength the nearest noun
// before that, and nothing after it that it would count or measure
// instead. "die Zahl ihrer Soldaten im Irak auf 3.000 reduzieren", "die
// Truppenstärke … auf etwa 115.000 vergrößert", "cut the number of its
// troops in Iraq to 3,000".
func (s figureSentence) troopTarget(ws []word, i, start, numEnd, after int) bool {
	p := wordAt(ws, start) - 1
	if p < 0 || ws[p].lower != "auf" && ws[p].lower != "to" || s.countsNoun(ws, after) {
		return false
	}
	if strings.HasPrefix(strings.TrimSpace(s.text[numEnd:]), "%") {
		return false // "auf 30 % des früheren Standes"
	}
	if after < len(ws) && joined(s.text, ws[after-1], ws[after]) && !ws[after].num && (percentWords[ws[after].lower] ||
		s.lang != "de" && !englishAfterTarget[ws[after].lower]) {
		return false // "to 300 km", "auf 30 Prozent"
	}
	// The noun nearest before "auf" or "to" names the troops or their
	// strength: "die Zahl ihrer Soldaten im Irak auf 3.000", not "die Zahl
	// ihrer Stützpunkte im Irak auf drei". Places, times, numbers and, in
	// German, lower-case words stand between.
	cs, _ := clause(s.text, s.lo, s.hi, ws[i].start)
	for k := p - 1; k >= 0 && ws[k].start >= cs; k-- {
		w := ws[k]
		switch {
		case w.num || targetSkips[w.lower] || timex.IsMonth(w.lower) || s.lang == "de" && !w.capitalized() || s.mentionAt(w):
			continue
		case isUnit(w, word{}) || strengthWord(w.lower):
			return true
		}
		return false
	}
	return false
}

// targetSkips are the words that may stand between a troop noun and the
// "auf"/"to" of the level it is brought to: articles, possessives,
// prepositions and times (and months, timex.IsMonth).
var targetSkips = wordSet(`the a an its their his her of in at by from within until
	ende anfang mitte jahres jahr monats woche`)

// percentWords after a number make it a share, not a count.
var percentWords = wordSet(`prozent percent per`)

// englishAfterTarget are the words that may follow an English target
// level: "to 3,000 by May", "to 3,000 in Iraq".
var englishAfterTarget = wordSet(`by in from within before after until at and or over during this next troops soldiers`)

// strengthWord reports whether a German word names a force's strength
// ("Truppenstärke", "Mannstärke", "Truppenanzahl", "Truppenpräsenz").
func strengthWord(lower string) bool {
	for _, end := range []string{"stärke", "anzahl", "präsenz"} {
		if strings.HasSuffix(lower, end) {
			return true
		}
	}
	return false
}

// countsNoun reports whether the word at k, right after a number, is a
// German noun the number counts ("120.000 Soldaten und 460 Geschütze"):
// then a bare number in a list of troops counts something else.
func (s figureSentence) countsNoun(ws []word, k int) bool {
	return s.lang == "de" && k < len(ws) && joined(s.text, ws[k-1], ws[k]) && ws[k].capitalized() && !s.nationalityAt(ws[k])
}

// onlyNationalities reports whether words are all nationalities and "und".
func (s figureSentence) onlyNationalities(ws []word) bool {
	for _, w := range ws {
		if !s.nationalityAt(w) && w.lower != "und" && w.lower != "and" {
			return false
		}
	}
	return true
}

// wordAt returns the index of the word holding byte offset i, or -1.
func wordAt(ws []word, i int) int {
	for k, w := range ws {
		if w.start <= i && i < w.end {
			return k
		}
	}
	return -1
}

// qualifierBefore returns the qualifier standing right before ws[i] and
// where it starts.
func qualifierBefore(text string, ws []word, i, start int) (string, int) {
	for _, q := range qualifiers {
		n := len(q)
		if i < n {
			continue
		}
		match := true
		for k, part := range q {
			w := ws[i-n+k]
			if w.lower != part || (k > 0 && !joined(text, ws[i-n+k-1], w)) {
				match = false
				break
			}
		}
		if match && joined(text, ws[i-1], ws[i]) {
			return strings.ToLower(text[ws[i-n].start:ws[i-1].end]), ws[i-n].start
		}
	}
	return "", start
}

// conjunctions join the items of a list.
var conjunctions = wordSet(`und sowie and`)

// listed reports whether f follows prev in a list: only "und", "and",
// "sowie" or a comma between the end of prev and f.
func listed(text string, prev, f troopFigure) bool {
	if prev.end > f.start {
		return false
	}
	switch strings.TrimSpace(text[prev.end:f.start]) {
	case "und", "and", "sowie", ",", ", und", ", and", "as well as", "plus":
		return true
	}
	return false
}

// clause returns the bounds of the clause around byte offset pos within
// text[lo:hi]: between commas, semicolons or colons.
func clause(text string, lo, hi, pos int) (int, int) {
	start, end := pos, pos
	for start > lo && !strings.ContainsRune(",;:", rune(text[start-1])) {
		start--
	}
	for end < hi && !strings.ContainsRune(",;:", rune(text[end])) {
		end++
	}
	return start, end
}

// role says what a figure counts, from its qualifier and the words of its
// clause.
func role(text string, lo, hi int, f troopFigure, ws []word, i int) string {
	cs, ce := clause(text, lo, hi, f.numStart)
	r := RoleOf(text[cs:ce])
	switch {
	case r == RoleCasualties:
	case capQualifiers[strings.ReplaceAll(f.qualifier, " ", "-")]:
		return RoleCap
	case r == RoleLevel && lastOf(ws, i) && !negatedIn(text, cs, ce):
		return RoleOut
	}
	return r
}

// RoleOf says what the troop figures of a clause count, or what a question
// asks to count ("Wie hoch ist die Obergrenze?"), from its words alone:
// casualties, a cap, a total over time, troops leaving or arriving, or
// else a level. A negation ("zogen … nicht ab") keeps a movement a level.
func RoleOf(clause string) string {
	c := " " + strings.ToLower(clause) + " "
	has := func(list []string) bool {
		for _, w := range list {
			if strings.Contains(c, w) {
				return true
			}
		}
		return false
	}
	hasWord := func(list []string) bool {
		for _, w := range list {
			for _, end := range []string{" ", ",", ".", "?", "!"} {
				if strings.Contains(c, " "+w+end) {
					return true
				}
			}
		}
		return false
	}
	negated := negatedIn(clause, 0, len(clause))
	switch {
	case SaysCasualties(clause):
		return RoleCasualties
	case hasWord(capPhrases) || has(capWords):
		return RoleCap
	case has(sumWords) && has(spanWords) || has(servedWords):
		return RoleTotal
	case !negated && hasWord(outWords):
		return RoleOut
	case !negated && hasWord(inWords) && !presentState(c, hasWord):
		return RoleIn
	}
	return RoleLevel
}

// AsksAllowed reports whether a question asks how many may or can be
// somewhere or do something ("Wie viele Soldaten dürfen entsandt
// werden?", "how many career soldiers could retire early"): a cap ("bis
// zu 1.200 Soldaten") answers it as well as a level does. The verb must
// follow the count's words ("wie viele", "how many"): one before them
// asks the reader ("Können Sie mir sagen, wie viele …", "can you tell me
// how many …"). The month ("in may", "last may") is no such verb.
func AsksAllowed(question string) bool {
	words := strings.FieldsFunc(strings.ToLower(question), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	counted := false
	for i, w := range words {
		if countWords[w] {
			counted = true
			continue
		}
		if !counted || !allowedWords[w] {
			continue
		}
		next, prev := "", ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		if i > 0 {
			prev = words[i-1]
		}
		month := w == "may" && (monthBefore[prev] || next != "" && next[0] >= '0' && next[0] <= '9' || next == "")
		if !month {
			return true
		}
	}
	return false
}

// allowedWords are the verbs of may and can, German and English;
// countWords the words of a count they follow; monthBefore stand before a
// month ("in may", "last may").
var (
	allowedWords = map[string]bool{"darf": true, "dürfen": true, "durfte": true, "durften": true, "kann": true, "können": true,
		"konnte": true, "konnten": true, "könnte": true, "könnten": true, "dürfte": true, "dürften": true,
		"can": true, "could": true, "may": true, "might": true, "allowed": true, "permitted": true}
	countWords  = map[string]bool{"viele": true, "viel": true, "wieviele": true, "wieviel": true, "many": true, "much": true, "anzahl": true, "number": true}
	monthBefore = map[string]bool{"in": true, "of": true, "since": true, "until": true, "by": true, "early": true, "late": true, "mid": true,
		"from": true, "last": true, "this": true, "next": true, "during": true, "end": true}
)

// presentState reports whether the only word of arriving in a clause is a
// participle after a present "to be": "2,500 troops are deployed in Iraq",
// "wie viele Soldaten sind im Irak eingesetzt" say how many are there, not
// how many came.
func presentState(c string, hasWord func([]string) bool) bool {
	if !hasWord(presentBe) || !hasWord(stateParticiples) {
		return false
	}
	for _, w := range inWords {
		if !slices.Contains(stateParticiples, w) && hasWord([]string{w}) {
			return false
		}
	}
	return true
}

var (
	presentBe        = []string{"are", "is", "sind", "ist"}
	stateParticiples = []string{"deployed", "eingesetzt"}
)

// negatedIn reports whether text[a:b] holds a negation.
func negatedIn(text string, a, b int) bool {
	for _, w := range words(text, a, b) {
		if negations[w.lower] {
			return true
		}
	}
	return false
}

// lastOf reports whether the figure at ws[i] is "die letzten …": the last
// of a force, leaving.
func lastOf(ws []word, i int) bool {
	return i > 0 && (ws[i-1].lower == "letzten" || ws[i-1].lower == "last")
}

// forceOf says whose troops a figure counts: a name in the unit word
// ("US-Soldaten", "Bundeswehrsoldaten"), a nationality between number and
// unit ("1000 deutsche Soldatinnen", "2,500 U.S. troops"), a name after the
// unit ("Soldaten der Bundeswehr", "troops from Italy"), the force of the
// figure it is listed after, the force of a unit named earlier in the
// sentence ("die amerikanischen Truppen …, etwa 2.500 Soldaten"), or a
// country or force the sentence names as its subject ("Die USA … zogen
// die 5.000 Soldaten nicht ab"). "" when none says.
func (s figureSentence) forceOf(f troopFigure, unit int, earlier []troopFigure) string {
	ws := s.ws
	if unit >= 0 {
		u := ws[unit]
		var keys []string
		for _, m := range s.mentions {
			// In the unit word ("US-Soldaten", "Bundeswehrsoldaten"), or
			// between number and unit ("deutsche", "U.S."), but no city;
			// several for "Schweizer und schwedische Soldaten".
			if m.City {
				continue
			}
			if f.ownEnd > 0 {
				// A shared unit: only the figure's own nationality.
				if m.Start >= f.numEnd && m.End <= f.ownEnd && !slices.Contains(keys, m.Country) {
					keys = append(keys, m.Country)
				}
				continue
			}
			if (m.Start >= u.start && m.Start < u.end) || (m.End <= u.end && m.Start >= f.numEnd) {
				if !slices.Contains(keys, m.Country) {
					keys = append(keys, m.Country)
				}
			}
		}
		if len(keys) > 0 {
			return strings.Join(keys, " ")
		}
		// After the unit: "der Bundeswehr", "aus Italien", "from Italy".
		for k := unit + 1; k < len(ws) && k <= unit+3; k++ {
			if !ownerWords[ws[k-1].lower] && k > unit+1 {
				break
			}
			for _, m := range s.mentions {
				if m.Start == ws[k].start && !m.City && (ownerWords[ws[k-1].lower] || m.Force) {
					return m.Country
				}
			}
		}
	} else if len(earlier) > 0 && listed(s.text, earlier[len(earlier)-1], f) {
		return earlier[len(earlier)-1].force
	}
	// A unit or formation with a nationality earlier in the sentence, in
	// apposition or as the subject: "dieser deutsche Verband … mit ca.
	// 110 Soldaten".
	for k := 0; k < len(ws) && ws[k].end <= f.numStart; k++ {
		if !isUnit(ws[k], word{}) && !isFormation(ws[k]) {
			continue
		}
		for _, m := range s.mentions {
			if (m.Adjective || m.Force) && m.End <= ws[k].end && m.Start >= ws[max(k-2, 0)].start {
				return m.Country
			}
		}
	}
	// The sentence's subject: a country or force named before the figure,
	// not as a place ("im Irak") or a city.
	best := ""
	for _, m := range s.mentions {
		if m.Start >= f.numStart {
			break
		}
		if m.City || m.Adjective && !m.Force {
			continue
		}
		if k := wordAt(ws, m.Start); k > 0 && placePrepositions[ws[k-1].lower] ||
			k > 1 && articleWords[ws[k-1].lower] && placePrepositions[ws[k-2].lower] {
			continue
		}
		best = m.Country
	}
	return best
}

var (
	ownerWords        = wordSet(`der des aus von vom from of`)
	placePrepositions = wordSet(`in im ins nach into at across from aus`)
	articleWords      = wordSet(`der die das den dem des the`)
)

// placeAfter reads "im Irak", "in Syrien", "in der Region", "in Iraq" from
// ws[k] on, allowing two verbs or adverbs before the preposition ("sind
// im Irak", "are currently in Iraq"). It returns the place, its key when
// it is a known one, and where it ends.
func (s figureSentence) placeAfter(k int) (string, string, int, bool) {
	ws := s.ws
	for skip := 0; skip <= 2 && k+skip < len(ws); skip++ {
		p := k + skip
		if p > 0 && !joined(s.text, ws[p-1], ws[p]) {
			return "", "", 0, false
		}
		if place, key, end, ok := s.placeAt(p, true); ok {
			return place, key, end, true
		}
		if ws[p].capitalized() && ws[p].lower != "in" {
			return "", "", 0, false // a noun: the figure's phrase has ended
		}
	}
	return "", "", 0, false
}

// placeBefore returns the nearest place named before offset pos, without an
// article ("im Irak", "in Syrien"): with one, the noun is as often no place
// ("in der Pressemitteilung").
func (s figureSentence) placeBefore(pos int) (string, string) {
	best, bestKey := "", ""
	for p := range s.ws {
		if s.ws[p].start >= pos {
			break
		}
		if place, key, end, ok := s.placeAt(p, false); ok && end <= pos {
			best, bestKey = place, key
		}
	}
	return best, bestKey
}

// mentionAt reports whether w is part of a name the sentence mentions: a
// place, a city, a nationality or a force.
func (s figureSentence) mentionAt(w word) bool { return s.mentionsAt(w, true) }

// nationalityAt reports whether a word is a nationality or country named
// before a unit: a mention, not of a city.
func (s figureSentence) nationalityAt(w word) bool { return s.mentionsAt(w, false) }

// mentionsAt reports whether a mention holds w, cities counted or not.
func (s figureSentence) mentionsAt(w word, cities bool) bool {
	return slices.ContainsFunc(s.mentions, func(m entity.Mention) bool {
		return m.Start <= w.start && w.start < m.End && (cities || !m.City)
	})
}

// placeAt reads a place phrase starting with the preposition at ws[p]
// ("in", "im", or "nach" for troops sent somewhere): a known country or
// city, or else up to three capitalised words that are no common noun of
// place phrases ("im Rahmen", "im Falle").
func (s figureSentence) placeAt(p int, withArticle bool) (string, string, int, bool) {
	ws, text := s.ws, s.text
	if ws[p].lower != "in" && ws[p].lower != "im" && ws[p].lower != "nach" {
		return "", "", 0, false
	}
	q := p + 1
	if withArticle && ws[p].lower == "in" && q < len(ws) && (ws[q].lower == "der" || ws[q].lower == "den" || ws[q].lower == "the") {
		q++
	}
	if q >= len(ws) {
		return "", "", 0, false
	}
	for _, m := range s.mentions {
		if m.Start == ws[q].start && !m.Force && !m.Adjective {
			return text[m.Start:m.End], m.Key, m.End, true
		}
	}
	first := q
	for q < len(ws) && q < first+3 && ws[q].capitalized() && !ws[q].num && joined(text, ws[q-1], ws[q]) {
		if q > first && gap(text, ws[q-1], ws[q]) == "." {
			break
		}
		q++
	}
	if q == first || notPlaces[ws[first].lower] || s.date(ws[first].start, ws[q-1].end) {
		return "", "", 0, false
	}
	return text[ws[first].start:ws[q-1].end], "", ws[q-1].end, true
}

// articlePlace is the place an article names most often with "im" or "in"
// and at least three times: where its troops are when a sentence does not
// say ("zogen die mehr als 5.000 Soldaten nicht ab").
func articlePlace(text string, mentions []entity.Mention, date func(a, b int) bool) (string, string) {
	s := figureSentence{text: text, lo: 0, hi: len(text), ws: words(text, 0, len(text)), mentions: mentions, date: date}
	counts := make(map[string]int)
	keys := make(map[string]string)
	best := ""
	for p := range s.ws {
		place, key, _, ok := s.placeAt(p, false)
		if !ok {
			continue
		}
		counts[place]++
		keys[place] = key
		if counts[place] > counts[best] || (counts[place] == counts[best] && place < best) {
			best = place
		}
	}
	if counts[best] < 3 {
		return "", ""
	}
	return best, keys[best]
}
