// Package query analyses a question once, for every part of Quellen that
// answers it: its language, the kind of answer it asks for (a count, a
// date, a deadline, a person, …), the words that carry its subject (the
// focus) and the constraints an answer must meet — whose troops, where,
// when.
//
// Parse reads German and English, natural questions ("Wie viele
// US-Soldaten sind im Irak?") and keyword queries ("truppenabzug frist",
// "troops iraq number"). It knows no collection: whether a passage meets a
// query is decided where passages are read.
package query

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/figure"
	"github.com/quellen/quellen/retrieval/lang"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/retrieval/timex"
)

// Type is the kind of answer a question asks for.
type Type string

// Answer types.
const (
	Count        Type = "count"        // how many, how much, a figure
	Date         Type = "date"         // when
	Deadline     Type = "deadline"     // until when, by when, when does it end
	Start        Type = "start"        // since when, when did it begin
	Duration     Type = "duration"     // how long
	Person       Type = "person"       // who
	Place        Type = "place"        // where
	Organisation Type = "organisation" // which organisation, party, group
	Reason       Type = "reason"       // why
	YesNo        Type = "yesno"        // is it so?
	List         Type = "list"         // which ones
	Other        Type = "other"
)

// Temporal reports whether the type asks for a date of some kind.
func (t Type) Temporal() bool { return t == Date || t == Deadline || t == Start }

// Kind is the kind of a constraint.
type Kind string

// Constraint kinds.
const (
	// Owner: whose — a nationality, a country's or an organisation's
	// forces ("italienische Soldaten", "US-Soldaten", "Bundeswehr",
	// "UN-Truppen", "troops from Italy").
	Owner Kind = "owner"
	// Where: a place ("im Irak", "in Syria").
	Where Kind = "place"
	// Named: a person, organisation or other name the answer must mention.
	Named Kind = "name"
	// Ordinal: one of several by its place ("die zweite Phase", "the first
	// invasion"); Key is the place, "1", "2", …, or "last".
	Ordinal Kind = "ordinal"
)

// Constraint is something an answer must satisfy besides its type.
type Constraint struct {
	Kind Kind `json:"kind"`
	// Key is what is compared: a region code ("US", "IQ"), an
	// organisation's key ("UN"), or for a name its words, lower-case and
	// joined by spaces. An owner or place constraint that accepts several
	// joins their keys by "|" (Keys reads them): a city's key holds a space
	// ("US:New York").
	Key string `json:"key"`
	// Text is the constraint as written in the question; Start and End are
	// its byte offsets there.
	Text       string `json:"text"`
	Start, End int    `json:"-"`
	// Head is the analysed noun an owner constraint qualifies ("soldat"
	// for "italienische Soldaten"), "" when it qualifies none; HeadParts
	// are its parts when it is a compound ("rakete", "angriff").
	Head      string   `json:"head,omitempty"`
	HeadParts []string `json:"head_parts,omitempty"`
	// Asked marks an owner and its noun that a "welcher"/"which" question
	// asks for ("welcher französische Geograph"): an answer must name
	// that noun.
	Asked bool `json:"asked,omitempty"`
	// Guessed marks a name found only because no vocabulary knows the
	// word, in a question typed in lower case ("haushalte in clovis"): it
	// may be a rare word, so it stays a focus word as well.
	Guessed bool `json:"guessed,omitempty"`
	// When marks an ordinal "first" said of when something happened, not
	// of which one ("negotiators first met on screen", "erstmals", "als
	// erster"; firstSaysWhen): a sentence saying it started meets it.
	When bool `json:"when,omitempty"`
	// Said marks an owner or place the question attributes what it asks
	// to ("laut Teheran", "according to the Pentagon"): the answer's own
	// sentence must name it.
	Said bool `json:"said,omitempty"`
}

// Time is the time a question asks about.
type Time struct {
	// Value is the TIMEX value of a date the question names ("2020",
	// "2020-06"), "" when it names none.
	Value string `json:"value,omitempty"`
	// Text is that date as written.
	Text string `json:"text,omitempty"`
	// Current marks a question about the present state ("derzeit",
	// "zuletzt", "now"): the newest statement answers it.
	Current bool `json:"current,omitempty"`
	// Newest marks one about the newest of something ("die neueste
	// Version", "the latest release"), which is the newest source's
	// whatever it asks: not every present-state word asks so ("was ist
	// noch bekannt", "what is still unknown").
	Newest bool `json:"newest,omitempty"`
	// Now marks one about how things are now ("derzeit", "jetzt",
	// "now", "currently"), not about the latest of what happened
	// ("zuletzt", "recently", "still").
	Now bool `json:"now,omitempty"`
	// Until is the TIMEX value of the date a span the question names ends
	// with ("im Winter 1777/78", "von 1939 bis 1945"), "" for one date.
	Until string `json:"until,omitempty"`
	// Month is the month (1–12) of a date the question names without a
	// year ("Ende Oktober", "im März"), 0 when it names none or a year.
	Month int `json:"month,omitempty"`
	// Start and End locate Text in the question.
	Start, End int `json:"-"`
}

// CoversMonth reports whether a TIMEX value ("2020-10-28", "2019-10")
// lies in the month the question asks about without a year.
func (t Time) CoversMonth(value string) bool {
	if t.Month == 0 || len(value) < 7 || value[4] != '-' {
		return false
	}
	m, err := strconv.Atoi(value[5:7])
	return err == nil && m == t.Month
}

// maxSpanYears bounds the years a span's checks read one by one.
const maxSpanYears = 50

// Covers reports whether a TIMEX value ("1778-WI", "2020-06-12",
// "BC0247") lies in the years the question asks about: its date's year, or
// any of a span's.
func (t Time) Covers(value string) bool {
	from, to := t.years()
	y, ok := timex.ValueYear(value)
	return from != 0 && ok && from <= y && y <= to
}

// WithinRange reports whether the years the question asks about meet a
// range of two TIMEX values, its first and last year included ("von April
// 2008 bis April 2010" holds 2009); false when either end has no year.
func (t Time) WithinRange(first, last string) bool {
	from, to := t.years()
	a, ok1 := timex.ValueYear(first)
	b, ok2 := timex.ValueYear(last)
	return from != 0 && ok1 && ok2 && from <= max(a, b) && min(a, b) <= to
}

// YearsBetween reports whether a TIMEX value's year lies between two
// others' years, either first, the ends included; false when a value has
// no year.
func YearsBetween(value, first, last string) bool {
	y, ok := timex.ValueYear(value)
	a, ok1 := timex.ValueYear(first)
	b, ok2 := timex.ValueYear(last)
	return ok && ok1 && ok2 && min(a, b) <= y && y <= max(a, b)
}

// Years returns the years the question asks about, as written in a text
// ("1777", "1778"; "247" for 247 BC, so that a text's "247" of the common
// era matches too: the date checks read the era), at most maxSpanYears of
// them; none when it names no date.
func (t Time) Years() []string {
	from, to := t.years()
	var out []string
	for y := from; from != 0 && y <= to && len(out) < maxSpanYears; y++ {
		if y != 0 {
			out = append(out, strconv.Itoa(max(y, -y)))
		}
	}
	return out
}

// years returns the first and last year asked about, 0, 0 for none. A
// date that reaches into the next year covers it too: "winter 2023" is
// December 2023 to February 2024 (timex.ParseValue).
func (t Time) years() (from, to int) {
	from = t.Year()
	to = from
	// The span is counted in the value's own years (ParseValue's are
	// astronomical, Year's as written), so only their difference is used.
	if iv, ok := timex.ParseValue(t.Value); ok && from != 0 {
		to = from + iv.Last.Year() - iv.First.Year()
	}
	if y, ok := timex.ValueYear(t.Until); ok && y > to {
		to = y
	}
	return from, to
}

// holds reports whether the question's date covers text[a:b].
func (t Time) holds(a, b int) bool { return t.Text != "" && a >= t.Start && b <= t.End }

// Year returns the year of the question's date, negative before the
// common era ("BC0247" is -247), 0 when it names none.
func (t Time) Year() int {
	y, _ := timex.ValueYear(t.Value)
	return y
}

// spanJoiner reports whether the text between two dates makes them a
// span: a slash or dash, "bis", "to", "until", or "und"/"and" after
// "zwischen"/"between" (before, the question's text before the first).
func spanJoiner(between, before string) bool {
	switch strings.ToLower(strings.TrimSpace(between)) {
	case "/", "-", "–", "—", "bis", "to", "until", "till", "through":
		return true
	case "und", "and":
		f := strings.Fields(strings.ToLower(before))
		return len(f) > 0 && (f[len(f)-1] == "zwischen" || f[len(f)-1] == "between")
	}
	return false
}

// Term is one content word of a question.
type Term struct {
	Text  string `json:"text"`  // as written
	Term  string `json:"term"`  // analysed
	Start int    `json:"start"` // byte offset in the question
	// Name marks a name or figure: a number, or a word capitalised other
	// than first in a question (in German that includes every noun).
	Name bool `json:"name,omitempty"`
	// Verb marks a verb: answers often say it in other words.
	Verb bool `json:"verb,omitempty"`
	// Parts are a compound's parts, analysed ("korruption", "index" for
	// "Korruptionsindex"): a text that holds them all holds the word's
	// meaning ("Korruptionswahrnehmungsindex", "Index der Korruption").
	Parts []string `json:"parts,omitempty"`
	// Asked marks the noun a which-word asks for ("company" in "which
	// company restored the footage"; whichNouns): the answer names one of
	// its kind, often without the word.
	Asked bool `json:"asked,omitempty"`
}

// Query is a question analysed.
type Query struct {
	Text string `json:"text"`
	// Lang is "de" or "en", or "" for a language the collection is not in.
	Lang string `json:"lang"`
	Type Type   `json:"type"`
	// Keyword marks a keyword query: no question word, no verb first.
	Keyword bool `json:"keyword"`
	// Focus are the content words that carry the question's subject:
	// question words, the words that say what kind of answer is wanted
	// ("Frist", "Anzahl") and the constraints' own words are left out.
	Focus []Term `json:"focus"`
	// Content are all content words, focus and constraints alike: what
	// search looks for.
	Content     []Term       `json:"content"`
	Constraints []Constraint `json:"constraints"`
	Time        Time         `json:"time"`
	// Troops marks a question about soldiers or troops.
	Troops bool `json:"troops,omitempty"`
	// Counted is the term of the noun a count question counts: "haushalt"
	// in "Wie viele Haushalte gibt es in Fresno?", "inhabit" in "how many
	// inhabitants"; "" when it names none.
	Counted string `json:"counted,omitempty"`
	// NumberOf is the word, lower case, before "number", "nummer" or "nr":
	// the name whose number is asked ("rfc" of "acme renewal information
	// rfc number"), so that "RFC 8555" answers with its number, which
	// counts nothing otherwise (numberOf).
	NumberOf string `json:"number_of,omitempty"`
	// Past marks a question about what happened: "Wann zogen …?", "When
	// did …?", "Wann wurde … geschlossen?". A question in the present
	// ("Wann endet …?", "When do … leave?") may ask what is to come.
	Past bool `json:"past,omitempty"`
	// WantsName marks a question that asks for a name as such ("Wie
	// hieß der Auftragnehmer?", "What's the name of …"): a description
	// ("ein amerikanischer Auftragnehmer") does not answer it.
	WantsName bool `json:"wants_name,omitempty"`
	// AsksHolder marks a who-question of an office's holder ("wer ist der
	// Schriftführer von Debian", "who is the us president"): asked in the
	// present, of its holder now.
	AsksHolder bool `json:"asks_holder,omitempty"`
	// AsksName marks a question of any type that asks what something is
	// called ("name of the operation", "wie heißt die Operation"): a
	// sentence with a name leads.
	AsksName bool `json:"asks_name,omitempty"`
	// Sum marks a question that asks for a sum ("insgesamt", "altogether",
	// "in total"): of places asked together, one alone does not answer it.
	Sum bool `json:"sum,omitempty"`
	// AsksPublished marks a question about when an article appeared
	// ("Wann erschien der AFP-Artikel über den Truppenabbau?", "what time
	// did the piece on the troop cut go out") or which agency it came from:
	// its answer is the article's date line, not a date its text states.
	AsksPublished bool `json:"asks_published,omitempty"`
	// AsksRole marks a question about what office or job someone named
	// holds ("mohammed shia al-sudani office", "Welches Amt hat
	// Soleimani?"): a sentence answers where a noun for a person's role
	// stands beside the name ("der iranische Top-General Ghassem
	// Soleimani").
	AsksRole bool `json:"asks_role,omitempty"`
	// AsksEmployer marks an organisation question about whom someone
	// works for ("which company did Scott Geary work for", "für welche
	// Firma arbeitet sie"): where it names someone, a sentence answers
	// where it says so of the name ("Scott Geary of VendHQ"). The work
	// verb is then no subject.
	AsksEmployer bool `json:"asks_employer,omitempty"`
	// AsksCredit marks a question about an article's picture ("who took
	// the picture for the article about …", "unter welcher Lizenz steht
	// das Beitragsbild"): its answer is the picture's credit line.
	AsksCredit bool `json:"asks_credit,omitempty"`
	// AsksHeadline marks a question about an article's headline ("wie
	// lautet die Schlagzeile vom AFP-Artikel über den Truppenabbau"): its
	// answer is the article's title line.
	AsksHeadline bool `json:"asks_headline,omitempty"`
	// HowOften marks a question of how often ("wie oft", "how many
	// times"): a word for how often ("mehrfach", "repeatedly") answers it
	// as a number does, and soldiers it counts are events, not a level.
	HowOften bool `json:"how_often,omitempty"`
	// AsksLength marks a question that may ask a length: English "how
	// long" asks both a length and a time, German "wie lang" (not "wie
	// lange") a length.
	AsksLength bool `json:"asks_length,omitempty"`
	// AsksSince marks a question of since which version, release or the
	// like ("since which release does debian support uefi", "seit welcher
	// Version"): what brought it in first answers it.
	AsksSince bool `json:"asks_since,omitempty"`
	// AsksVersion marks a question of type Other, and no AsksSince one,
	// of which version or release something is ("which v8 version is in
	// node.js 19", "welche brltty version ist bei debian 12 dabei",
	// "standard for public code latest version"; asksVersion): a sentence
	// that names a release answers it.
	AsksVersion bool `json:"asks_version,omitempty"`
	// AsksSize marks a question of how big, wide or heavy something is
	// that asks no count ("how big do ctenophores get", "wie breit ist der
	// Rhein"), or a keyword query of type Other with a noun of size or
	// storage ("vereinsheim größe", "ram kassenrechner"): a figure
	// answers it, surest with its unit.
	AsksSize bool `json:"asks_size,omitempty"`
	// AsksStorage marks a question with a noun of memory or disk space
	// ("how much space do the scan files take", "ram kassenrechner"),
	// whatever its type: a count of it (and a keyword query, through
	// AsksSize) is answered by an amount of data ("300MB"), though it names
	// no space. The noun is read as written, so "outer space" and a German
	// "Speicher" for grain set it too.
	AsksStorage bool `json:"asks_storage,omitempty"`
	// AsksShare marks a question of what share of something is so ("what
	// share of norway's people died", "welcher Anteil der Bevölkerung"),
	// which a percentage answers; not of sharing ("how did they share
	// power") or of a part played ("welchen Anteil hatte Merkel").
	AsksShare bool `json:"asks_share,omitempty"`
	// AsksChange marks a count question of by how much something differs
	// or changed, asked by a comparative after "how much", "wie viel" or
	// "um wie viel" ("how much smaller did the index get", "wie viel
	// schneller startet der Server", "um wie viel ist der Server
	// schneller"): a ratio answers it ("about 40% faster", "four times
	// faster", "shrinks the index by around 5%"), naming no noun.
	AsksChange bool `json:"asks_change,omitempty"`
	// AsksAge marks a question of how old someone or something is ("How
	// old do you have to be to become an MSP?", "Wie alt war er?"), which
	// an age answers: "over the age of 18", "im Alter von 40 Jahren".
	AsksAge bool `json:"asks_age,omitempty"`
	// AsksAddress is the kind of address a question asks for, whose
	// answer is written in a form of its own: AddressEmail ("kassenwart
	// email adresse", "Wie lautet die E-Mail-Adresse …?") or AddressIP
	// ("router ip adresse"), AddressIPv4 or AddressIPv6 where the question
	// names the version ("what is the IPv6 address of …"); "" for none.
	AsksAddress string `json:"asks_address,omitempty"`
	// AsksDays marks a question of the days something happens on ("on
	// which days do committees meet", "an welchen Tagen"): weekdays
	// answer it best.
	AsksDays bool `json:"asks_days,omitempty"`
	// AsksMoney marks a how-much question about money: what something
	// cost, paid, earned or grossed ("Wie viel hat der Film eingespielt?"),
	// not how many ("Wie viele Menschenleben hat der Krieg gekostet?").
	AsksMoney bool `json:"asks_money,omitempty"`
	// AsksWeekday marks a question of the day of the week ("an welchem
	// Wochentag", "what day of the week"): a sentence answers it only by
	// naming the day.
	AsksWeekday bool `json:"asks_weekday,omitempty"`
	// AsksOrdinal marks a question of the place in a row ("zum
	// wievielten Mal", "der wievielte Präsident"): a sentence answers it
	// only by an ordinal ("zum dritten Mal", "the sixth major release").
	AsksOrdinal bool `json:"asks_ordinal,omitempty"`
	// AsksOffset marks a duration question of how long after or before
	// something another thing happened ("how long after the pullout did
	// …"): an offset answers it ("drei Jahre später").
	AsksOffset bool `json:"asks_offset,omitempty"`
	// AsksClock marks a question of the time of day ("Uhrzeit", "um wie
	// viel Uhr", "what time", "by what time"): a sentence answers it by a
	// time ("um 10:00 Uhr", "at 9 a.m."), not by a day alone.
	AsksClock bool `json:"asks_clock,omitempty"`
	// AsksConsequence marks a question of what something led to ("wozu
	// führte", "what did … lead to"): its answer may be the sentence after
	// the one that names the cause ("Dies löste … aus").
	AsksConsequence bool `json:"asks_consequence,omitempty"`
	// AsksExpansion is the short form whose long one a question asks
	// ("what does gephi stand for", "wofür steht WEP", "vliw stands for",
	// "abkürzung dhcp"), lower-case; "" for none. Only a sentence that
	// spells it out answers.
	AsksExpansion string `json:"asks_expansion,omitempty"`
	// NamePart is the part of a person's name asked for: NameFirst ("what's
	// al-Sudani's first name", "Vorname"), NameMiddle or NameLast; "" for
	// none. Such a question asks who (Person).
	NamePart NamePart `json:"name_part,omitempty"`
	// limit marks a question that asks for a limit set in advance.
	limit bool
	// countsTime marks a count of units of time (CountsTime).
	countsTime bool
}

// AsksLimit reports whether the question asks for a limit set in advance
// ("Bis wann …?", "Frist"): a deadline rather than the day something ended.
func (q Query) AsksLimit() bool { return q.limit }

// Has reports whether q has a constraint of kind k.
func (q Query) Has(k Kind) bool {
	return slices.ContainsFunc(q.Constraints, func(c Constraint) bool { return c.Kind == k })
}

// Gazetteer finds the places, nationalities and forces a text names.
type Gazetteer interface {
	QuestionMentions(text, lang string) []entity.Mention
}

// Vocabulary knows a language's common words. A question typed all in
// lower case has no capitals to tell its names by ("wie viele haushalte
// gibt es in clovis"); a word the vocabulary does not know is taken for
// one. A Gazetteer that is also a Vocabulary is asked; without one, a
// lower-case question names only what the gazetteer finds.
type Vocabulary interface {
	// Knows reports whether word, lower-case, is a common word of lang
	// ("de" or "en") or close to one by a typo.
	Knows(lang, word string) bool
}

// Roles knows the nouns that name a person ("Konsul", "historian"). A
// Gazetteer that is also a Roles is asked what "welcher …" or "which …"
// asks for.
type Roles interface {
	// NamesPerson reports whether a noun, as written or by its lemma
	// (which may be ""), names a person in lang.
	NamesPerson(lang, word, lemma string) bool
}

// asksWhichPerson reports whether a question asks "welcher" or "which"
// of a noun that names a person ("welcher mongolische Präsident", "which
// greek historian", "which three astronauts"), of its which-phrases'
// nouns (whichNouns).
func asksWhichPerson(toks []analysis.Token, nouns []whichNoun, lang string, r Roles) bool {
	return slices.ContainsFunc(nouns, func(n whichNoun) bool {
		return r.NamesPerson(lang, toks[n.head].Text, toks[n.head].Lemma)
	})
}

// whichNoun is the noun a which-word asks for, by its token's index: the
// answer names one of its kind, often without the word ("Lowry Digital"
// for "which company"). count is the index of the number before it that
// says how many are asked ("which three astronauts"), or -1.
type whichNoun struct{ head, count int }

// whichNouns returns the nouns a question's which-words ask for: of each
// phrase its head, at most four words on, not a word that qualifies
// another ("which general election", "which king's fleet"), after a
// number that says how many.
func whichNouns(text string, toks []analysis.Token, words []string, lang string) []whichNoun {
	var out []whichNoun
	for i := range toks {
		if !whichWords[words[i]] {
			continue
		}
		n := whichNoun{head: -1, count: -1}
		from := i + 1
		if from < len(toks) && isCount(text, toks, from, lang) {
			n.count, from = from, from+1
		}
		for k := from; k < len(toks) && k <= i+4; k++ {
			if toks[k].Text == "s" && n.head == k-1 {
				continue // a possessive: "which king's fleet" asks of the fleet
			}
			if toks[k].Stop || toks[k].Num || toks[k].Verb || englishVerb(lang, toks[k].Text) {
				break
			}
			n.head = k
			// German writes the noun with a capital: the first one is it.
			if lang != analysis.English && analysis.StartsUpper(toks[k].Text) {
				break
			}
		}
		if n.head >= 0 {
			out = append(out, n)
		}
	}
	return out
}

// isCount reports whether toks[i] of a question is a small number, in
// figures or words, standing alone ("which 3 consuls", "welche drei
// Länder", "which three astronauts"): how many a which-phrase asks for.
// A figure that is part of a word ("5G"), or scaled ("2 Millionen"), is
// none.
func isCount(text string, toks []analysis.Token, i int, lang string) bool {
	t := toks[i]
	end := t.Start + len(t.Text)
	if end < len(text) && text[end] != ' ' {
		return false
	}
	nums := figure.Read(text[t.Start:], lang)
	return len(nums) > 0 && nums[0].Start == 0 && nums[0].End == len(t.Text) && nums[0].Value > 1 && nums[0].Value <= maxCount
}

// maxCount is the largest number read as how many a which-phrase asks for;
// a larger one is a name's or a year's ("which 1990 treaty").
const maxCount = 12

// maxLookups is how many words of a lower-case question are looked up in
// the Vocabulary; the rest count as known.
const maxLookups = 16

// Parse analyses a question. g recognises places and nationalities; nil
// finds none.
func Parse(text string, g Gazetteer) Query {
	q := Query{Text: text, Lang: detect(text)}
	l := q.Lang
	if l == "" {
		l = analysis.German
	}
	toks := analysis.For(l).Tokens(text)
	words := lowerWords(toks)
	if q.Lang == analysis.German && lang.Detect(text) == lang.Unknown && (englishKeywords(words) || keywordLike(text, words) && englishWords(words, g)) {
		q.Lang, l = analysis.English, analysis.English
		toks = analysis.For(l).Tokens(text)
	} else if q.Lang == analysis.English && keywordLike(text, words) && germanWords(words, g) {
		q.Lang, l = analysis.German, analysis.German
		toks = analysis.For(l).Tokens(text)
	} else if q.Lang == "" && keywordLike(text, words) {
		// A few keywords give the letters too little to tell another
		// language from these two ("debian-announce messages per year"
		// reads as Italian): the words that only one language lists
		// tell, and a query they leave even stays another language's.
		switch en, de := wordLanguages(words, g); {
		case en > de:
			q.Lang, l = analysis.English, analysis.English
			toks = analysis.For(l).Tokens(text)
		case de > en:
			q.Lang = analysis.German
		}
	}
	if l == analysis.English {
		idiomStops(text, toks)
	}
	q.Time = questionTime(text, l, toks, words)
	inTime := func(t analysis.Token) bool { return q.Time.holds(t.Start, t.Start+len(t.Text)) }
	// The words of the question's date say when, not what is asked: "end"
	// in "end of 1965" asks for no end date.
	var typeWords, raw, infinitives []string
	for i, t := range toks {
		if !inTime(t) {
			typeWords = append(typeWords, words[i])
			raw = append(raw, t.Text)
			if lemma := strings.ToLower(t.Lemma); t.Verb && lemma != "" && lemma != words[i] {
				infinitives = append(infinitives, lemma)
			}
		}
	}
	// A verb is its infinitive too for the cues, after the question's own
	// words: "Wann ziehen die Truppen ab?" says "wann … abziehen".
	typeWords = append(typeWords, infinitives...)
	raw = append(raw, infinitives...)
	q.AsksName = slices.ContainsFunc(words, func(w string) bool { return nameWords[w] })
	q.Troops = slices.ContainsFunc(toks, func(t analysis.Token) bool { return !t.Stop && t.Term != "" && isTroopWord(strings.ToLower(t.Text)) })
	r, _ := g.(Roles)
	which := whichNouns(text, toks, words, l)
	typed := questionType(typeInput{typeWords: typeWords, raw: raw, words: words, toks: toks, text: text, lang: l, roles: r, which: which,
		troops: q.Troops, asksName: q.AsksName, verbOnly: len(toks) > 0 && verbOnly(toks[0], l) && !inTime(toks[0])})
	q.Type, q.Keyword, q.AsksPublished = typed.final, typed.keyword, typed.published
	// What the words ask besides the type is read from the type they cue,
	// before a keyword query about troops is taken to ask how many.
	q.AsksCredit = typed.credit
	q.AsksHeadline = !q.AsksPublished && !q.AsksCredit && asksHeadline(words)
	q.Past = past(l, toks, words)
	q.AsksHolder = typed.cued == Person && (asksHolder(toks, words) || typed.holder)
	q.WantsName = q.AsksHolder || typed.cued == Person && wantsName(words)
	q.Sum = slices.ContainsFunc(words, func(w string) bool { return slices.Contains(sumWords, w) })
	padded := " " + strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) && r != '-' && r != '\'' {
			return ' '
		}
		return r
	}, strings.ToLower(text)) + " "
	q.HowOften = containsAny(padded, howOftenPhrases)
	q.AsksLength = containsAny(padded, lengthPhrases)
	q.AsksSince = containsAny(padded, sincePhrases) || asksSinceVersion(strings.Fields(padded))
	q.AsksVersion = q.Type == Other && !q.AsksSince && asksVersion(strings.Fields(padded), q.Keyword)
	q.AsksShare = asksShare(padded, words)
	q.AsksChange = q.Type == Count && asksChange(words)
	q.AsksStorage = slices.ContainsFunc(words, func(w string) bool { return storageNouns[w] })
	q.AsksSize = q.Type == Other && !q.AsksShare && (containsAny(padded, sizePhrases) ||
		q.Keyword && (q.AsksStorage || slices.ContainsFunc(words, func(w string) bool { return sizeNouns[w] })))
	q.AsksAge = containsAny(padded, agePhrases)
	if asksForAddress(words, q.Keyword) {
		q.AsksAddress = asksAddress(padded)
	}
	howMuch := (slices.Contains(words, "much") || slices.Contains(words, "viel")) && slices.ContainsFunc(words, func(w string) bool { return moneyWords[w] })
	endsInPrice := q.Keyword && len(words) > 0 && priceNouns[words[len(words)-1]]
	q.AsksMoney = q.Type == Count && (howMuch || endsInPrice)
	q.AsksWeekday = containsAny(padded, weekdayPhrases)
	q.AsksOrdinal = slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, "wievielt") })
	q.AsksOffset = q.Type == Duration && containsAny(padded, offsetPhrases)
	q.AsksClock = asksClock(padded)
	q.AsksDays = containsAny(padded, daysPhrases)
	q.AsksConsequence = containsAny(padded, consequencePhrases)
	if q.Type == Other {
		q.AsksExpansion = expansionAsked(words, toks)
	}
	// "What's al-Sudani's first name?" asks for it; "where did he get the
	// first name Woody from" asks where.
	if q.Type == Other || q.Type == Person {
		if q.NamePart = namePartOf(padded); q.NamePart != "" {
			q.Type, q.WantsName = Person, true
		}
	}
	// "Wann endet die Mission?", "When do the troops leave?": an end asked
	// of in the present or future is a limit still ahead, as "bis wann"
	// asks for one.
	q.limit = asksLimit(typeWords) || q.Type == Deadline && !q.Past
	var mentions []entity.Mention
	if g != nil {
		mentions = g.QuestionMentions(text, l)
	}
	// "us troops": the pronoun is no name, but before troops it is the US.
	for i, t := range toks {
		if words[i] == "us" && t.Text != "US" && i+1 < len(toks) && isTroopWord(words[i+1]) &&
			!slices.ContainsFunc(mentions, func(m entity.Mention) bool { return m.Start == t.Start }) {
			mentions = append(mentions, entity.Mention{Start: t.Start, End: t.Start + len(t.Text), Key: "US", Country: "US", Adjective: true})
		}
	}
	// The words that ask for the newest or the present are no names
	// either, in whichever language: "curl jessie neueste version" read
	// as English still asks for the newest.
	timeMask := make([]bool, len(toks))
	for i, t := range toks {
		timeMask[i] = inTime(t) || q.Time.Current && (currentWords[words[i]] || newestWords[words[i]])
	}
	var known func(string) bool
	if v, ok := g.(Vocabulary); ok && strings.ToLower(text) == text {
		asked := 0
		known = func(w string) bool {
			// A question of hundreds of unknown words is no question;
			// looking each up with its typos would cost it a second.
			if asked++; asked > maxLookups {
				return true
			}
			return v.Knows(l, w)
		}
	}
	q.Constraints = constraints(text, l, toks, mentions, q.Keyword, timeMask, known)
	q.AsksRole = typed.cued == Other && asksOffice(words, q.Keyword) &&
		slices.ContainsFunc(q.Constraints, func(c Constraint) bool { return c.Kind == Named })
	q.AsksEmployer = q.Type == Organisation && asksEmployer(words)
	// An identifier's words stay in the focus, as a guessed name's do: a
	// question of "py_unicode" and a cue word is about it.
	inConstraint := func(t analysis.Token) bool {
		for _, c := range q.Constraints {
			if !c.Guessed && !writtenIdentifier(c.Key) && t.Start < c.End && t.Start+len(t.Text) > c.Start {
				return true
			}
		}
		return false
	}
	// insideName reports whether a word stands within one name's span,
	// neither its first word nor its last.
	insideName := func(t analysis.Token) bool {
		return slices.ContainsFunc(q.Constraints, func(c Constraint) bool {
			return c.Kind == Named && c.Start < t.Start && t.Start+len(t.Text) < c.End
		})
	}
	guessedName := func(t analysis.Token) bool {
		for _, c := range q.Constraints {
			if c.Guessed && t.Start < c.End && t.Start+len(t.Text) > c.Start {
				return true
			}
		}
		return false
	}
	framed := frameWords(words)
	asked, counts := make(map[int]bool), make(map[int]bool)
	for _, n := range which {
		asked[n.head] = true
		if n.count >= 0 {
			counts[n.count] = true
		}
	}
	for i, t := range toks {
		if t.Stop || t.Term == "" {
			continue
		}
		term := Term{Text: t.Text, Term: t.Term, Start: t.Start, Name: isName(t, i) || guessedName(t), Verb: t.Verb || englishVerb(l, t.Text) || verbAfterWho(l, words, i), Parts: t.Parts,
			Asked: asked[i]}
		q.Content = append(q.Content, term)
		// Names are checked as constraints, not weighed as the focus.
		// "Which three astronauts …": how many are asked is the answer's
		// shape, which it lists rather than counts.
		if cueOf(q.Type, words[i], term.Verb) || inConstraint(t) || inTime(t) || currentAt(words, i) || counts[i] {
			continue
		}
		// A particle of direction that ends its clause belongs to its
		// verb, which the lexicon may not join with it ("wann kam rust
		// 1.29.1 raus", "fliegt softspace raus"): news writes
		// "erschien", "entfernt".
		if l == analysis.German && directionParticles[words[i]] && clauseEnds(text, t) {
			continue
		}
		// A German title in an English question ("who wrote das
		// aschkenasische rabbinat") keeps its article, which no index
		// holds.
		if l == analysis.English && germanArticles[words[i]] && guessedName(t) {
			continue
		}
		// So does an English title or name in a German question ("wer
		// hat how men have babies geschrieben", "tyne and wear metro"):
		// a small word inside it, which German does not have (no lemma),
		// no English index holds either; nor an English clitic ("let's
		// encrypt"). One that ends a name may be what tells it ("divvi
		// up").
		inside := insideName(t)
		if l == analysis.German && t.Lemma == "" && analysis.For(analysis.English).IsStop(words[i]) && (inside || clitic(text, t)) {
			continue
		}
		// And a German name's small words in an English question ("who
		// heads the bundesamt für migration und flüchtlinge"), where
		// English has no such word: no German index holds them.
		if l == analysis.English && inside && analysis.For(analysis.German).IsStop(words[i]) && (known == nil || !known(words[i])) {
			continue
		}
		// "Wie viele Soldaten sind im Irak stationiert?": a figure of
		// troops in Iraq says they are stationed there; "Bis wann läuft
		// die Mission?" asks when it ends, in whatever words.
		if q.AsksPublished && (articleNouns[words[i]] || publishWords[words[i]] || publishParticle(words, i) || agencyWords[words[i]]) ||
			q.AsksCredit && (articleNouns[words[i]] || pictureNouns[words[i]] || creditWords[words[i]] || takingVerbs[words[i]] || standVerbs[words[i]]) ||
			q.AsksHeadline && (articleNouns[words[i]] || headlineWords[words[i]] || titleWords[words[i]] || agencyWords[words[i]]) {
			continue // what the article is about is the subject, not that it appeared or its picture
		}
		if q.AsksRole && (officeWords[words[i]] || holdVerbs[words[i]]) {
			continue // the role is what is asked, in whatever words
		}
		if q.AsksEmployer && (workVerbs[words[i]] || employerNouns[words[i]]) {
			continue // whom one works for is what is asked: "Scott Geary of VendHQ"
		}
		if presenceVerbs[words[i]] || lightVerbs[words[i]] || q.AsksSize && growVerbs[words[i]] || modalVerbs[words[i]] || indefinites[words[i]] || hedges[words[i]] ||
			words[i] == "right" && i+1 < len(words) && words[i+1] == "now" || framed[i] || collectionRef(words, i) ||
			q.NamePart != "" && namePartWords[words[i]] || particleOfName(text, toks, i, inConstraint) {
			continue
		}
		q.Focus = append(q.Focus, term)
	}
	q.NumberOf = numberOf(words)
	if q.Type == Count {
		var word string
		q.Counted, word = counted(l, words, toks, inConstraint, q.Keyword)
		// "wie viele Tage Urlaub bekommt ein Soldat", "mutterschutz
		// soldatin wochen": a length of time is counted.
		unit := word == "" && countsUnit(words, q.Keyword)
		q.countsTime = timex.IsUnit(word) || unit
		// "auf wie viele Zeitabschnitte kann ein Soldat die Teilzeit
		// verteilen": soldiers are named, something else is counted, and
		// so is a length of time. A keyword query's noun before "number"
		// is no sure count of it ("us troops … request number").
		verb := func(k int) bool {
			return k < len(toks) && (toks[k].Verb && !toks[k].Stop || auxiliaries[words[k]] || modalVerbs[words[k]])
		}
		if q.Troops && (word != "" && !q.Keyword && !countsTroops(words, word, verb) || unit) {
			q.Troops = false
		}
	}
	return q
}

// typeInput is what questionType reads of a question.
type typeInput struct {
	// typeWords and raw are the question's words outside its date, lower
	// case and as written, with its verbs' infinitives after them; words
	// and toks all its words, lower case and analysed.
	typeWords, raw, words []string
	toks                  []analysis.Token
	text, lang            string
	roles                 Roles // nil knows no person's nouns
	// troops and asksName mark a question with a word for soldiers and one
	// that asks a name; verbOnly one that opens with a word that can only
	// be a verb (the function verbOnly).
	troops, asksName, verbOnly bool
	// which are the nouns the question's which-words ask for.
	which []whichNoun
}

// typeOutput is the answer type a question cues, the type it asks for in
// the end, whether it is a keyword query, whether it asks when (or from
// which agency) an article appeared, and whether it asks a picture's
// credit (Query.AsksCredit, read from the cued type).
type typeOutput struct {
	cued, final                Type
	keyword, published, credit bool
	// holder marks a keyword query that asks who holds an office.
	holder bool
}

// questionType decides the answer type in one place: the type the words
// cue (answerType), then what a which-question of a person's noun and a
// question about the article itself ask (the cued type), then what a
// keyword query about troops asks (the final one).
func questionType(in typeInput) typeOutput {
	t, keyword := answerType(in.typeWords, in.raw, in.text, in.lang, in.verbOnly)
	// "Welcher Konsul …", "which greek historian …": a which-question of
	// a noun that names a person asks for someone.
	if in.roles != nil && t == Other && asksWhichPerson(in.toks, in.which, in.lang, in.roles) {
		t = Person
	}
	out := typeOutput{keyword: keyword}
	switch {
	case (t == Date || t == Other) && asksPublished(in.words):
		t, out.published = Date, true
	case t != Count && asksAgency(in.words):
		out.published = true // "troop reduction article june 2020 news agencies": the date line names them
	}
	// A keyword query that ends in the year, the month or the day asks
	// when ("decnet first release year", "gründung merit jahr",
	// "usa truppen abgezogen jahr"), not one of a rate ("tote je tag",
	// "passengers a day"); one that asks
	// the name of an office asks who holds it ("irak innenminister name").
	if n := len(in.words); keyword && t == Other && n > 1 && dateEnds[in.lang][in.words[n-1]] && !ofTheYear[in.words[n-2]] {
		t = Date
	}
	// One whose head is the noun of a place asks where: "debconf13
	// austragungsort", "fosscamp 2017 location", "rust survey country with
	// most respondents"; not one where the noun qualifies another ("city
	// hall architect", "location data leak", "hilfe vor ort").
	if keyword && t == Other && placeHead(in.words) {
		t = Place
	}
	// So does one with a compound that names the year or date of an event:
	// "zarnau gründungsjahr", "todesjahr goethe", "hafen eröffnungsdatum".
	if keyword && t == Other && in.lang == analysis.German && slices.ContainsFunc(in.words, dateCompound) {
		t = Date
	}
	// One with a compound that names a limit asks until when:
	// "regatta anmeldeschluss", "abgabetermin steuererklärung".
	if keyword && t == Other && in.lang == analysis.German && slices.ContainsFunc(in.words, limitCompound) {
		t = Deadline
	}
	// One with a compound of "Zahl" asks how many: "opferzahl bürgerkrieg",
	// "mitgliederzahlen"; not a number of another kind ("postleitzahl").
	if keyword && t == Other && slices.ContainsFunc(in.words, countCompound) {
		t = Count
	}
	// So does a question of how large one is: "wie groß ist die
	// Einwohnerzahl", "wie hoch war die Opferzahl"; not one of how large
	// something else is ("wie groß ist das Land mit der höchsten
	// Einwohnerzahl").
	if t == Other && asksHowLarge(in.words) {
		t = Count
	}
	if keyword && t == Other && in.asksName && officeNamed(in.toks, in.words) {
		t, out.holder = Person, true
	}
	out.cued, out.final = t, t
	out.credit = (t == Person || t == Other) && asksCredit(in.words, t)
	// A keyword query about troops that asks for nothing else asks how
	// many: "us troops vietnam end of 1965"; not one that asks a name
	// ("popular mobilization forces arabic name") or a picture's credit
	// ("us troops iraq photo credit").
	if keyword && in.troops && t == Other && !in.asksName && !out.credit {
		out.final = Count
		// "deputy chief popular mobilization forces killed with
		// soleimani" asks for someone: a keyword query naming a person's
		// role asks who holds it.
		if in.roles != nil && slices.ContainsFunc(in.toks, func(tok analysis.Token) bool {
			return !tok.Stop && !isTroopWord(strings.ToLower(tok.Text)) && in.roles.NamesPerson(in.lang, strings.ToLower(tok.Text), strings.ToLower(tok.Lemma))
		}) {
			out.final = Person
		}
	}
	return out
}

// verbOnly reports whether a German question's first word is a verb form
// that is no noun as well: typed in lower case, "greift" can only be a
// verb, but "ende", "kosten", "angriffe" or "kämpfen" may begin a keyword
// query ("ende der mission im irak").
func verbOnly(t analysis.Token, lang string) bool {
	if !t.Verb || lang != analysis.German {
		return false
	}
	r, size := utf8.DecodeRuneInString(t.Text)
	capital := analysis.For(analysis.German).Tokens(string(unicode.ToUpper(r)) + t.Text[size:])
	return len(capital) == 0 || capital[0].Verb || capital[0].Lemma == ""
}

// past reports whether a question asks about the past: an auxiliary of a
// past tense ("did", "was", "wurde", "hatte", "hat … gegeben"), or a
// German verb in the preterite ("zogen", "starb", "stationierten").
func past(lang string, toks []analysis.Token, words []string) bool {
	if lang == analysis.English {
		for i, w := range words {
			switch w {
			case "did", "was", "were", "had":
				return true
			case "has", "have":
				// "When has the mission ended?": the perfect; "When does
				// it have to be finished?" is no perfect but a must.
				if i+1 < len(words) && words[i+1] == "to" {
					continue
				}
				for _, x := range words[i+1:] {
					if strings.HasSuffix(x, "ed") || strings.HasSuffix(x, "en") {
						return true
					}
				}
			}
		}
		return false
	}
	perfect, haveGe := false, false
	for i, t := range toks {
		switch words[i] {
		case "wurde", "wurden", "war", "waren", "hatte", "hatten", "gewesen", "worden":
			return true
		case "hat", "haben":
			perfect = true
			continue
		case "ist", "sind":
			// "ist … gestorben" is the perfect; "sind … stationiert" and
			// "ist … beendet" are more often a state.
			haveGe = true
			continue
		}
		if !t.Verb || t.Lemma == "" || modalOrIrregular[words[i]] {
			continue
		}
		// "hat … gegeben", "hat … verlassen": the perfect's participle
		// ends the clause.
		participle := strings.HasSuffix(words[i], "t") || strings.HasSuffix(words[i], "en")
		if participle && (perfect && (i == len(toks)-1 || strings.HasPrefix(words[i], "ge")) || haveGe && strings.HasPrefix(words[i], "ge")) {
			return true
		}
		if preterite(words[i], strings.ToLower(t.Lemma)) {
			return true
		}
	}
	return false
}

// preterite reports whether a German verb form is in the preterite, by
// its infinitive: the weak -te endings on the stem ("stationierten"), or a
// strong form that does not begin with the present stem and carries no
// ending of the present ("zogen", "zog", "starb"). A separable verb's
// particle is set aside ("abziehen" for "zogen").
func preterite(form, infinitive string) bool {
	stem := strings.TrimSuffix(strings.TrimSuffix(infinitive, "n"), "e")
	for _, p := range separableParticles {
		if rest, ok := strings.CutPrefix(stem, p); ok && !strings.HasPrefix(form, p) && len(rest) >= 2 {
			stem = rest
			break
		}
	}
	if form == infinitive || strings.HasPrefix(form, stem) {
		rest := form[len(stem):]
		for _, end := range []string{"te", "ten", "test", "tet", "ete", "eten"} {
			if rest == end {
				return true
			}
		}
		return false
	}
	// A present form with a changed vowel ends as the present does:
	// "stirbt", "fährst".
	return !strings.HasSuffix(form, "t") && !strings.HasSuffix(form, "st")
}

// asksHowLarge reports whether words ask how large a compound of "Zahl"
// is, as the subject right after the question words: "wie groß ist die
// Einwohnerzahl", "wie hoch war die Opferzahl".
func asksHowLarge(words []string) bool {
	for i := 0; i+4 < len(words); i++ {
		if words[i] == "wie" && largeWords[words[i+1]] && largeVerbs[words[i+2]] &&
			articles[words[i+3]] && countCompound(words[i+4]) {
			return true
		}
	}
	return false
}

// largeWords ask how large ("wie groß", "wie hoch"), largeVerbs say it
// of the subject after them.
var (
	largeWords = wordSet(`groß gross hoch`)
	largeVerbs = wordSet(`ist war sind waren lag liegt lagen liegen`)
)

// countCompound reports whether a word is a compound of "Zahl" that
// counts ("Opferzahl", "Mitgliederzahlen"), not one of notCounts.
func countCompound(w string) bool {
	stem := strings.TrimSuffix(w, "en")
	return len(stem) > len("zahl")+3 && strings.HasSuffix(stem, "zahl") && !notCounts[stem]
}

// notCounts are compounds of "Zahl" that name a number of another kind.
var notCounts = wordSet(`postleitzahl jahreszahl primzahl glückszahl kennzahl telefonzahl`)

// dateCompound reports whether a German word is a compound that names
// the date of something ("Gründungsdatum"; not its plural, whose ending
// "Soldaten" shares), the year of an event or the day of one, in any case
// ("Gründungsjahres", "Todestag"): its head "Jahr", its modifier a noun of
// an event in -ung ("Erscheinungsjahr") or one of eventYears
// ("Todesjahr"), not a year of another kind ("Lichtjahr",
// "Geschäftsjahr", "Lebensjahr", or one whose modifier ends as one of
// notEventYears: "Abrechnungsjahr"); or its head "Tag" and its modifier
// one of eventDays ("Geburtstag", "Wahltag"), not a day that is part of
// something longer ("Verhandlungstag", "Sitzungstag") nor a parliament
// ("Bundestag").
func dateCompound(w string) bool {
	if mod, ok := strings.CutSuffix(w, "datum"); ok && len(mod) >= 3 {
		return true
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "es"), "s")
	if mod, ok := strings.CutSuffix(w, "tag"); ok && eventDays[mod] {
		return true
	}
	mod, ok := strings.CutSuffix(w, "jahr")
	return ok && !slices.ContainsFunc(notEventYears, func(n string) bool { return strings.HasSuffix(mod, n) }) &&
		(strings.HasSuffix(mod, "ungs") && len(mod) > len("ungs")+1 || eventYears[mod])
}

// limitCompound reports whether a German word is a compound that names a
// limit set in advance, in any case: a "Schluss" or "Termin" after one of
// limitActs ("Anmeldeschluss", "Einsendeschlusses", "Abgabetermin"); not
// "Beschluss", "Anschluss" or "Verhandlungstermin". A "Frist" may be a
// length as well ("Aufgebotsfrist … mindestens sechs Monate"): its
// compounds are left to the question's other words.
func limitCompound(w string) bool {
	for _, head := range []string{"schluss", "termin"} {
		at := strings.LastIndex(w, head)
		if at < 0 || !slices.Contains([]string{"", "e", "s", "es", "en"}, w[at+len(head):]) {
			continue
		}
		if limitActs[w[:at]] {
			return true
		}
	}
	return false
}

// limitActs are the acts a "Schluss" or "Termin" ends the time for.
var limitActs = wordSet(`anmelde einsende bewerbungs melde annahme redaktions abgabe buchungs einreichungs anmeldungs zeichnungs`)

// eventYears are the modifiers other than nouns in -ung of a compound of
// "Jahr" that names the year of an event; notEventYears those in -ung
// that name a year of a course, a policy or the accounts; eventDays the
// modifiers of a compound of "Tag" that names the day of an event.
var (
	eventYears    = wordSet(`geburts todes sterbe bau`)
	notEventYears = []string{"ausbildungs", "versicherungs", "rechnungs", "veranlagungs"}
	eventDays     = wordSet(`geburts todes sterbe gründungs eröffnungs erscheinungs veröffentlichungs wahl hochzeits`)
)

// dateEnds, last in a keyword query, ask when ("date", "wann" and the
// like are cues of their own); not after ofTheYear ("player of the year",
// "fiscal year").
var (
	dateEnds = map[string]map[string]bool{analysis.German: wordSet(`jahr monat tag`), analysis.English: wordSet(`year month day`)}
	// placeNouns name a place; a keyword query whose head one is asks
	// where (placeHead). Nouns of a birth's or a founding's place keep the
	// question's event ("geburtsort" asks of a birth).
	placeNouns = wordSet(`ort location venue standort austragungsort veranstaltungsort tagungsort country city stadt land`)
	// Before a word of dateEnds, these make it no date: "player of the
	// year", "per day", "tote je tag".
	ofTheYear = wordSet(`the of des fiscal academic school calendar light a per pro je jeden jede every each`)
)

// placeHead reports whether a keyword query's head is a noun of a place:
// its last word, or the word before "with", "of", "mit" or "von" ("country
// with most respondents"), after at least one other word; "vor ort" is
// "on the spot".
func placeHead(words []string) bool {
	for i := 1; i < len(words); i++ {
		if !placeNouns[words[i]] || words[i-1] == "vor" {
			continue
		}
		if i == len(words)-1 || i+1 < len(words) && (words[i+1] == "with" || words[i+1] == "of" || words[i+1] == "mit" || words[i+1] == "von") {
			return true
		}
	}
	return false
}

// officeNamed reports whether a keyword query asks the name of an office:
// the office is the word right before "name" ("us ambassador name"), not
// any word of it ("head office name", "queen album name").
func officeNamed(toks []analysis.Token, words []string) bool {
	for i, w := range words {
		if (w == "name" || w == "namen") && i > 0 && !toks[i-1].Stop && IsOffice(toks[i-1].Text) {
			return true
		}
	}
	return false
}

// modalOrIrregular are present forms whose vowel differs from the
// infinitive's without a -t ending: not the preterite.
var modalOrIrregular = wordSet(`darf kann muss will mag soll weiß wird`)

// separableParticles are the particles German splits from a verb.
var separableParticles = []string{"zurück", "ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "los", "mit", "nach",
	"vor", "weg", "zu"}

// counted returns the term of the noun right after "wie viele", "wie
// viel", "wieviele", "how many" or "how much": the noun the question
// counts. Adjectives and constraint words between are passed ("wie viele
// italienische Soldaten"); at a verb or an auxiliary there is none ("how
// much did the war cost?" counts nothing named). Of a German compound
// written apart the last noun is counted. lang is the question's.
func counted(lang string, words []string, toks []analysis.Token, inConstraint func(analysis.Token) bool, keyword bool) (term, word string) {
	for i := 0; i < len(words); i++ {
		next := i + 1
		switch {
		case words[i] == "wieviele" || words[i] == "wievielen" || words[i] == "wieviel":
		case i+1 < len(words) && (words[i] == "wie" && (words[i+1] == "viele" || words[i+1] == "vielen" || words[i+1] == "viel") ||
			words[i] == "how" && (words[i+1] == "many" || words[i+1] == "much")):
			next = i + 2
		default:
			continue
		}
		// "how many times", "wie viele Male": how often, of nothing counted.
		if next < len(words) && IsTimesNoun(words[next]) {
			return "", ""
		}
		verb := func(k int) bool {
			return toks[k].Verb || englishVerb(analysis.English, words[k]) || auxiliaries[words[k]]
		}
		passed := func(k int) bool { return passedBeforeCounted(words[k], toks[k], inConstraint) }
		for k := next; k < len(toks) && k < next+3; k++ {
			if verb(k) {
				return "", ""
			}
			if passed(k) {
				continue
			}
			// Of two German nouns in a row, a compound written apart, the
			// last is counted ("rippenquallen arten"); a noun is what the
			// lexicon writes with a capital, not "genau" or "weltweit", or
			// a word it does not know ("kalmar spezies").
			// English writes its compounds apart too, but a plural present
			// verb looks like a noun there ("how many nations control …").
			if n := k + 1; lang == analysis.German && n < len(toks) && n < len(words) && !verb(n) && !passed(n) &&
				(analysis.StartsUpper(toks[n].Lemma) || toks[n].Lemma == "" && !saysWhen(words[n])) {
				return toks[n].Term, words[n]
			}
			return toks[k].Term, words[k]
		}
		return "", ""
	}
	return countedByCue(lang, words, toks, inConstraint, keyword)
}

// countsTroops reports whether the noun a count question counts, word,
// is one of soldiers or troops, or stands before one within a few words
// ("career soldiers", "us combat troops", "members of the armed forces")
// or right after one, up to a verb or a preposition that ends its phrase.
func countsTroops(words []string, word string, verb func(k int) bool) bool {
	i := slices.Index(words, word)
	if i < 0 {
		return true
	}
	for k := max(0, i-1); k < len(words) && k <= i+troopReach; k++ {
		if k > i && (verb(k) || troopStops[words[k]]) {
			return false // the noun phrase ends: "zeitabschnitte kann ein soldat", "panzer für die soldaten"
		}
		if isTroopWord(words[k]) {
			return true
		}
	}
	return false
}

// troopStops end the noun phrase of what is counted: "how many weapons
// for the troops" counts weapons.
var troopStops = wordSet(`for für with mit by gegen against from aus bei at`)

// troopReach is how many words after the counted noun countsTroops reads
// for a word of troops: "members of the armed forces".
const troopReach = 4

// countsUnit reports whether a count question's words count a unit of
// time: the word after "wie viele" or "how many" is one ("wie viele Tage
// Urlaub"), or a keyword query ends in one ("mutterschutz wochen").
func countsUnit(words []string, keyword bool) bool {
	if keyword && len(words) > 0 && timex.IsUnit(words[len(words)-1]) {
		return true
	}
	for i := 0; i+2 < len(words); i++ {
		if (words[i] == "wie" && (words[i+1] == "viele" || words[i+1] == "viel") || words[i] == "how" && (words[i+1] == "many" || words[i+1] == "much")) &&
			timex.IsUnit(words[i+2]) {
			return true
		}
	}
	return false
}

// countedByCue returns the noun a question counts that names its count
// rather than asking "how many": the noun after "anzahl der", "number of"
// ("number of public libraries", "die Zahl der Toten") or, in a keyword
// query, the one before a count word that ends it ("bibliotheken
// anzahl"). Constraint words, numbers, stop words and participles before
// the noun are passed ("number of registered voters", "Zahl der in
// Zarnau geborenen Kinder"). After it, in English, a verb or a participle
// ends the noun ("number of schools closed" counts schools) and a noun
// right after it is the head of a compound written apart ("fire
// stations"); in German a preposition or a stop word ends it ("Zahl der
// Toten im Winter" counts the dead) and a later noun after words that are
// neither is its head ("der bei dem Brand verletzten Kinder"). A number that
// names rather than counts ("phone number", "body count") counts nothing.
// lang is the question's.
func countedByCue(lang string, words []string, toks []analysis.Token, inConstraint func(analysis.Token) bool, keyword bool) (term, word string) {
	verb := func(k int) bool {
		return toks[k].Verb && !toks[k].Stop || englishVerb(lang, words[k]) || auxiliaries[words[k]]
	}
	noun := func(k int) bool {
		return !passedBeforeCounted(words[k], toks[k], inConstraint) && !verb(k) && !countCues[words[k]] && toks[k].Term != ""
	}
	for i, w := range words {
		// A keyword query of a rate ("sms pro monat", "emails per
		// month"): the noun before "pro" is counted, unless it is money
		// ("preis pro monat" asks an amount).
		if keyword && rateWords[w] && i == len(words)-2 && i > 0 {
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if verb(k) || moneyWords[words[k]] || feeWords[words[k]] {
					break
				}
				if noun(k) {
					return toks[k].Term, words[k]
				}
			}
		}
		if !countCues[w] {
			continue
		}
		// "number of …", "anzahl der …": the noun after.
		if i+1 < len(words) && countOf[words[i+1]] {
			found := -1
			for k := i + 2; k < len(words) && k < i+2+countedReach; k++ {
				switch {
				case noun(k):
					found = k
				case found < 0:
					continue // before the noun: participles, places, small words
				case lang == analysis.German && (toks[k].Stop || inConstraint(toks[k])):
					return toks[found].Term, words[found]
				case lang != analysis.German:
					return toks[found].Term, words[found]
				}
				if lang != analysis.German && k+1 < len(words) && !noun(k+1) {
					return toks[found].Term, words[found]
				}
			}
			if found >= 0 {
				return toks[found].Term, words[found]
			}
			return "", ""
		}
		// A keyword query's last word: the noun before it.
		if i == len(words)-1 && i > 0 && !namingNumbers[words[i-1]] {
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if verb(k) {
					break
				}
				if noun(k) {
					return toks[k].Term, words[k]
				}
			}
		}
	}
	return "", ""
}

// passedBeforeCounted reports whether a question's word w (lower case),
// analysed as t, stands before the noun a count question counts without
// being it: a stop word, a number, a cue word, a constraint's word or an
// inflected adjective ("wie viele italienische Soldaten").
func passedBeforeCounted(w string, t analysis.Token, inConstraint func(analysis.Token) bool) bool {
	return t.Stop || t.Num || cueWords[w] || englishCueWords[w] || inConstraint(t) || adjectiveEnding(w)
}

// countedReach bounds the words after "number of" or "Zahl der" read for
// the noun counted: a German participle's phrase stands between ("der bei
// dem Brand verletzten Kinder").
const countedReach = 7

// numberOf returns the word before the first "number", "nummer" or "nr"
// (Query.NumberOf): "rfc" of "rfc number" and of "the rfc number of acme";
// "" where none stands there or it is a stop or question word ("the
// number of troops", "what number", "welche nummer"). That a count
// question counts it too (Query.Counted: "acme renewal information rfc
// number") does no harm: the number it bears is then no count of
// another's.
func numberOf(words []string) string {
	for i := 1; i < len(words); i++ {
		if !numberWords[words[i]] {
			continue
		}
		w := words[i-1]
		if utf8.RuneCountInString(w) < 2 || questionWords[w] || analysis.For(analysis.German).IsStop(w) || analysis.For(analysis.English).IsStop(w) {
			return ""
		}
		return w
	}
	return ""
}

var numberWords = wordSet(`number nummer nr`)

// namingNumbers stand before "number" or "count" where it names or
// tallies something other than a count of it: "phone number", "jersey
// number", "body count".
var namingNumbers = wordSet(`phone telephone jersey serial house account version page flight bus room registration model
	tracking licence license body`)

// countCues name a count; rateWords make a keyword query a rate ("sms pro
// monat"); countOf stand between one and what it counts.
var (
	countCues = wordSet(`anzahl zahl number count`)
	rateWords = wordSet(`pro per je`)
	// feeWords are nouns of money moneyWords does not list, which a rate
	// asks the amount of ("gebühr pro jahr", "fee per month").
	feeWords = wordSet(`gebühr gebühren beitrag beiträge miete gehalt lohn fee fees rent salary wage wages charge`)
	countOf  = wordSet(`der des an von of`)
)

// IsTimesNoun reports whether a lower-case word counts times after a
// number or "many": "times", "Mal", "Male".
func IsTimesNoun(w string) bool { return timesNouns[w] }

var timesNouns = wordSet(`times mal male`)

// CountsTime reports whether a count question counts units of time ("nach
// wie vielen Tagen", "how many years"): its answer is a length of time
// ("nach nur 45 Tagen"), which the date rules read as a duration.
func (q Query) CountsTime() bool { return q.Type == Count && q.countsTime }

// auxiliaries are the verbs that follow "how much" or "wie viel" when no
// noun is counted.
var auxiliaries = wordSet(`did does do is are was were has have had will would can could kostet kostete hat haben ist sind war waren wird werden`)

// adjectiveEnding reports whether a word ends as an inflected German
// adjective before a noun does ("zusätzliche", "amerikanischen").
func adjectiveEnding(w string) bool {
	for _, end := range []string{"ische", "ischen", "ischer", "liche", "lichen", "licher", "ige", "igen", "iger"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// OrdinalOf returns the place an ordinal word names, lower-case, in German
// or English: "1" for "erste", "ersten", "first", "last" for "letzte".
func OrdinalOf(word string) (string, bool) {
	for _, o := range ordinalWords {
		if o.word == word {
			return o.key, true
		}
	}
	return "", false
}

// firstAdverbs are the words for "first" that say when, whatever follows
// them (firstSaysWhen).
const firstAdverbs = "zunächst zuerst anfangs anfänglich erstmals erstmalig firstly initially"

var ordinalWords = func() []struct{ word, key string } {
	var out []struct{ word, key string }
	for key, forms := range map[string]string{
		"1": "erste ersten erster erstes erstem erstmalige erstmaligen ursprünglich ursprüngliche ursprünglichen anfängliche anfänglichen first originally " + firstAdverbs,
		"2": "zweite zweiten zweiter zweites zweitem second",
		"3": "dritte dritten dritter drittes drittem third", "4": "vierte vierten vierter viertes fourth",
		"5": "fünfte fünften fünfter fünftes fifth", "last": "letzte letzten letzter letztes letztem last final",
	} {
		for _, w := range strings.Fields(forms) {
			out = append(out, struct{ word, key string }{w, key})
		}
	}
	return out
}()

// detect returns the question's language: German or English, "" for
// another; a question with no evidence either way is German.
func detect(text string) string {
	// A question's first word frames it: "wer hat the lord of the flies
	// geschrieben" is German, "who wrote Die Blechtrommel" English, however
	// many words of the other language the title brings. "was" is an
	// English word too, and a word in capitals a name ("WHO").
	if toks := analysis.Scan(text); len(toks) > 1 && strings.ToUpper(toks[0].Text) != toks[0].Text {
		switch first := strings.ToLower(toks[0].Text); {
		case germanQuestionWords[first] && first != "was":
			return analysis.German
		case englishQuestionWords[first]:
			return analysis.English
		}
	}
	switch lang.Detect(text) {
	case lang.English:
		return analysis.English
	case lang.Other:
		return ""
	}
	return analysis.German
}

// englishKeywords reports whether a keyword query with no function words
// is English: more of its words are English cue or troop words than
// German ones ("troop withdrawal deadline").
func englishKeywords(words []string) bool {
	en, de := 0, 0
	for _, w := range words {
		switch {
		case englishTroopWords[w] || englishCueWords[w]:
			en++
		case isTroopWord(w) || cueWords[w]:
			de++
		}
	}
	return en > de
}

// englishWords reports whether one or more of a short question's words are
// English words only and none German only, as a Vocabulary knows them
// (and the gazetteer the places it spells), or the English-only ones
// outnumber the German-only ones as germanWords asks the other way:
// "soviet deaths afghanistan" is English, and "iso 838 hole diameter",
// whose "hole" German has too, and "moore foundation grant amount", whose
// "moore" is a German plural; "truppenabzug frist" is German.
func englishWords(words []string, g Gazetteer) bool {
	en, de := wordLanguages(words, g)
	return en >= 1 && de == 0 || en >= minGermanWords && en > germanMajority*de
}

// germanWords reports whether a keyword query's words that only one
// language lists are German, by more than two to one: "is kalifat
// ausgerufen jahr" ("is" for the IS) is German, though its first word
// makes the letters look English. Unlike englishWords, which decides a
// query whose letters told nothing, it overrules the letters, so it asks
// for a clear majority rather than one word.
func germanWords(words []string, g Gazetteer) bool {
	en, de := wordLanguages(words, g)
	return de >= minGermanWords && de > germanMajority*en
}

// minGermanWords and germanMajority are how many German-only words, and
// how many times the English-only ones, overrule a keyword query's
// English-looking letters (chosen by hand on "is kalifat ausgerufen jahr":
// one English word against three German; no spent QA half or dev20
// question of another language changed); and how many English-only
// content words, and how many times the German-only ones, make a keyword
// query English that a German-only word would leave German (englishWords:
// "moore foundation grant amount"; measured in the sixty-first session).
const (
	minGermanWords = 2
	germanMajority = 2
)

// wordLanguages counts a question's words that only English lists and
// those that only German does; none without a Vocabulary that knows
// English.
func wordLanguages(words []string, g Gazetteer) (en, de int) {
	v, ok := g.(LanguageVocabulary)
	if !ok || !v.KnowsEnglish() {
		return 0, 0
	}
	for _, w := range words[:min(len(words), maxLanguageWords)] {
		inEnglish, inGerman := v.Lists(analysis.English, w), v.Lists(analysis.German, w)
		unknown := !inEnglish && !inGerman
		if inEnglish != inGerman || unknown && utf8.RuneCountInString(w) > MaxAbbreviationLetters {
			// A place spelt one language's way tells that language
			// ("bagdad", "baghdad"); one both write alike tells none,
			// though one language's word list has it ("usa"), and an
			// unknown abbreviation is read alike in both ("us").
			placeEN, placeDE := len(g.QuestionMentions(w, analysis.English)) > 0, len(g.QuestionMentions(w, analysis.German)) > 0
			switch {
			case placeEN && placeDE:
				continue
			case unknown:
				inEnglish, inGerman = placeEN, placeDE
			}
		}
		switch {
		case inEnglish && !inGerman:
			en++
		case inGerman && !inEnglish:
			de++
		}
	}
	return en, de
}

// keywordLike reports whether a question has neither a question mark nor a
// question word: a keyword query, whose few words may be of either
// language. A question in words tells its language by its letters and
// question words, with no look-up.
func keywordLike(text string, words []string) bool {
	return !strings.ContainsRune(text, '?') && !slices.ContainsFunc(words, func(w string) bool { return questionWords[w] })
}

// LanguageVocabulary is a Vocabulary that can tell whether it knows English
// words or only takes every word for one (without a dictionary): only then
// do its words tell a question's language. Lists reports whether a word, as
// written, is a form the lexicon or dictionary lists: no compound read into
// it, no typo forgiven, which Knows allows.
type LanguageVocabulary interface {
	Vocabulary
	KnowsEnglish() bool
	Lists(lang, word string) bool
}

// maxLanguageWords is how many words of a question too short to tell its
// language by its letters are looked up to tell it.
const maxLanguageWords = 8

func lowerWords(toks []analysis.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = strings.ToLower(t.Text)
	}
	return out
}

// isName reports whether the i-th token of a question is a name or a
// figure: a number, or a word capitalised other than first.
func isName(tok analysis.Token, i int) bool {
	first, _ := utf8.DecodeRuneInString(tok.Text)
	return tok.Num || i > 0 && unicode.IsUpper(first)
}

// FollowUp returns q as a follow-up of prev ("und in Syrien?" after "Wie
// viele US-Soldaten sind im Irak?"): what q does not say of its own — the
// answer type, a kind of constraint, the time, the focus — it takes from
// prev. Its text is q's own.
func (q Query) FollowUp(prev Query) Query {
	out := q
	if out.Type == Other || out.Type == List && prev.Type != Other {
		out.Type = prev.Type
		out.limit = q.limit || prev.limit // "und die Briten?" after "Bis wann …?"
	}
	out.Troops = q.Troops || prev.Troops
	if !q.Time.names() {
		out.Time = prev.Time
	}
	out.Constraints = slices.Clone(q.Constraints)
	for _, c := range prev.Constraints {
		if !q.Has(c.Kind) {
			out.Constraints = append(out.Constraints, c)
		}
	}
	if len(q.Focus) == 0 {
		out.Focus = prev.Focus
	}
	// Search looks for both questions' words, the follow-up's first.
	have := make(map[string]bool)
	for _, t := range q.Content {
		have[t.Term] = true
	}
	for _, t := range prev.Content {
		if have[t.Term] || replaced(t, prev, q) {
			continue
		}
		have[t.Term] = true
		out.Content = append(out.Content, t)
	}
	return out
}

// replaced reports whether a content word of prev belongs to a constraint
// that the follow-up q replaces with its own of the same kind.
func replaced(t Term, prev, q Query) bool {
	for _, c := range prev.Constraints {
		if c.Kind != Named && t.Start >= c.Start && t.Start < c.End && q.Has(c.Kind) {
			return true
		}
	}
	return prev.Time.Text != "" && strings.Contains(prev.Time.Text, t.Text) && q.Time.names()
}

// names reports whether a question names a time of its own: a date, a
// month without a year, or the present.
func (t Time) names() bool { return t.Value != "" || t.Month != 0 || t.Current }

// questionTime reads the date a question names and whether it asks about
// the present.
func questionTime(text, l string, toks []analysis.Token, words []string) Time {
	var t Time
	for i := range words {
		if currentAt(words, i) {
			t.Current = true
			t.Now = t.Now || nowWords[words[i]]
		}
		if newestWords[words[i]] {
			t.Newest, t.Current = true, true
		}
	}
	dates := timex.Tag(text, timex.Options{Lang: l})
	for k, e := range dates {
		if e.Unresolved || e.Value == "" || (e.Kind != timex.KindDate && e.Kind != timex.KindTime) {
			continue
		}
		if y, ok := timex.ValueYear(e.Value); ok {
			t.Value, t.Text, t.Start, t.End = e.Value, e.Text, e.Start, e.End
			// "1777/78", "von 1939 bis 1945", "between 2014 and 2017": a span.
			if k+1 < len(dates) {
				n := dates[k+1]
				if ny, ok := timex.ValueYear(n.Value); ok && n.Start >= e.End && (ny > y || ny == y && n.Value > e.Value) && spanJoiner(text[e.End:n.Start], text[:e.Start]) {
					t.Until, t.Text, t.End = n.Value, text[e.Start:n.End], n.End
				}
			}
			return t
		}
	}
	// A month named without a year ("ende oktober"): the date rules cannot
	// resolve it, but it still says when.
	for _, e := range dates {
		if months := timex.MonthsOf(e); e.Unresolved && len(months) > 0 {
			t.Month, t.Text, t.Start, t.End = months[0], e.Text, e.Start, e.End
			break
		}
	}
	// A keyword query names a year bare: "Kenia Korruptionsindex 2015".
	for i, tok := range toks {
		if tok.Num && len(tok.Text) == 4 && tok.Text >= "1900" && tok.Text <= "2100" &&
			(i+1 == len(toks) || !isTroopWord(words[i+1])) && !timex.InIdentifier(text, tok.Start, tok.Start+len(tok.Text)) &&
			!timex.InVersion(text, tok.Start, tok.Start+len(tok.Text)) {
			t.Value, t.Text, t.Start, t.End, t.Month = tok.Text, tok.Text, tok.Start, tok.Start+len(tok.Text), 0
			return t
		}
	}
	return t
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// presenceVerbs say troops are somewhere; a troop figure with its place
// says so too.
var presenceVerbs = wordSet(`stationiert stationierten stationieren befinden befindet dienen dient eingesetzt
	stationed deployed based serving present`)

// asksEmployer reports whether an organisation question asks whom
// someone works for: the noun for an employer ("mario kahlhofer
// arbeitgeber"; the type comes from keywordCues, so "Darf mein
// Arbeitgeber …" stays a yes/no question), a work verb right before "for"
// or "at" ("did he work for"), or "für" or "bei" right before the
// which-word ("für welche Firma arbeitet sie"). Not "employed by" (who
// employed whom), nor "the work on the bridge".
func asksEmployer(words []string) bool {
	if slices.ContainsFunc(words, func(w string) bool { return employerNouns[w] }) {
		return true
	}
	if !slices.ContainsFunc(words, func(w string) bool { return workVerbs[w] }) {
		return false
	}
	for i, w := range words {
		if workVerbs[w] && w != "employed" && i+1 < len(words) && employerPrepositions[words[i+1]] ||
			employerPrepositions[w] && i+1 < len(words) && whichWords[words[i+1]] {
			return true
		}
	}
	return false
}

// workVerbs say that someone works for the organisation an organisation
// question asks for ("which company did he work for", "für welche Firma
// arbeitet sie"), which its answer says by the name alone ("X of VendHQ",
// "X von der Firma Y").
var workVerbs = wordSet(`arbeiten arbeitet arbeitete arbeiteten gearbeitet tätig beschäftigt angestellt
	work works worked working employed employs`)

// employerNounList name whom someone works for; a keyword query of one
// asks for an organisation (keywordCues), employerNouns holds them.
var (
	employerNounList = []string{"arbeitgeber", "arbeitgeberin", "arbeitgebers", "employer", "employers"}
	employerNouns    = wordSet(strings.Join(employerNounList, " "))
)

// IsWorkVerb reports whether a lower-case word is a verb of working
// ("arbeitet", "works"), as an employer question reads it.
func IsWorkVerb(w string) bool { return workVerbs[w] }

// IsEmployerPreposition reports whether a lower-case word joins a verb of
// working to whom one works for ("bei", "für", "for", "at").
func IsEmployerPreposition(w string) bool { return employerPrepositions[w] }

// employerPrepositions join a work verb to whom one works for ("work
// for", "arbeitet bei"), not to what is worked on ("did the work on the
// bridge").
var employerPrepositions = wordSet(`für bei for at`)

// indefinites stand for what the answer names: "Wurde jemand getötet?" is
// answered by "niemand wurde getötet", "Who else was killed?" by a name.
var indefinites = wordSet(`jemand jemanden jemandem niemand niemanden irgendwer irgendjemand etwas nichts sonst
	someone somebody anyone anybody nobody something anything nothing else`)

// frames are the words that wrap a question in a request ("Kannst du mir
// sagen, wann …", "do you know who …"): the question is what follows.
var frames = [][]string{
	{"kannst", "du", "mir", "sagen"}, {"können", "sie", "mir", "sagen"}, {"weißt", "du"}, {"weisst", "du"}, {"wissen", "sie"},
	{"sag", "mir"}, {"sag", "mal"}, {"ich", "möchte", "wissen"}, {"ich", "will", "wissen"}, {"ich", "wüsste", "gern"},
	{"can", "you", "tell", "me"}, {"could", "you", "tell", "me"}, {"tell", "me"}, {"do", "you", "know"},
	{"i", "want", "to", "know"}, {"i'd", "like", "to", "know"}, {"i", "would", "like", "to", "know"}, {"i", "wonder"},
}

// frameWords marks the words of a frame that opens the question, after a
// greeting or hedge if any.
func frameWords(words []string) map[int]bool {
	start := 0
	for start < len(words) && hedges[words[start]] {
		start++
	}
	for _, f := range frames {
		if len(words)-start > len(f) && slices.Equal(words[start:start+len(f)], f) {
			out := make(map[int]bool, len(f))
			for k := range f {
				out[start+k] = true
			}
			return out
		}
	}
	return nil
}

// particleOfName reports whether toks[i] is a particle hyphened to a name
// the question's constraints hold ("al" in "al-Sudani"): part of the name,
// not of the subject.
func particleOfName(text string, toks []analysis.Token, i int, inConstraint func(analysis.Token) bool) bool {
	if i+1 >= len(toks) || !HyphenParticles[strings.ToLower(toks[i].Text)] || !inConstraint(toks[i+1]) {
		return false
	}
	return text[toks[i].Start+len(toks[i].Text):toks[i+1].Start] == "-"
}

// HyphenParticles are the particles hyphened to Arabic names ("al-Sudani",
// "Abu-Mahdi"), lower-case.
var HyphenParticles = wordSet(`al el bin ibn abu abd`)

// collectionRef reports whether words[i] refers to the collection asked
// as a whole ("who do the articles call …", "was sagen die Quellen über
// …", "laut den Artikeln"): what the sources say is asked, not of them.
// It must be one that speaks: a verb of saying, naming or reporting in the
// question, or "laut"/"according to" before it ("die Quellen in
// Baden-Baden" are springs, "the sources for the story" its informants).
// A report or the news ("laut der neuesten Meldung", "according to the
// latest reports") is the collection only after "laut"/"according to";
// the words of recency between are the collection's too, and what they
// ask (the newest) is asked by any count question.
func collectionRef(words []string, i int) bool {
	if words[i] == "according" && i+1 < len(words) && words[i+1] == "to" {
		for j := i + 2; j < len(words) && j <= i+5; j++ {
			if !collectionDeterminers[words[j]] && !recentWords[words[j]] && !currentWords[words[j]] && !segment.IsNewsAgency(words[j]) {
				return collectionRef(words, j)
			}
		}
		return false
	}
	recent := func(w string) bool { return recentWords[w] || currentWords[w] }
	if recent(words[i]) {
		for j := i + 1; j < len(words) && j <= i+2; j++ {
			if !recent(words[j]) {
				return (collectionNouns[words[j]] || reportNouns[words[j]]) && collectionRef(words, j)
			}
		}
		return false
	}
	if !collectionNouns[words[i]] && !reportNouns[words[i]] || i == 0 {
		return false
	}
	// An agency may name the article: "der afp-text", "the reuters
	// article"; recency may qualify it: "den neuesten Meldungen".
	j := i - 1
	for j > 0 && (recent(words[j]) || segment.IsNewsAgency(words[j])) {
		j--
	}
	attributed := accordingTo(words, j)
	if collectionDeterminers[words[j]] {
		attributed = j >= 1 && accordingTo(words, j-1)
	} else if !attributed {
		return false
	}
	return attributed || collectionNouns[words[i]] && slices.ContainsFunc(words, func(w string) bool { return speakingVerbs[w] })
}

var (
	collectionNouns       = wordSet(`articles sources texts artikel artikeln quellen texte texten article text textes artikels`)
	collectionDeterminers = wordSet(`the these this your die den diesen deinen ihren der dem des dieser diesem`)
	// reportNouns name a report or the news, which the collection is only
	// where the question attributes to it.
	reportNouns = wordSet(`meldung meldungen bericht berichten berichte berichts nachrichten angaben informationen stand
		report reports news information accounts`)
	// recentWords, with currentWords (which hold "neueste", "newest"),
	// say which report: the newest, or an official one.
	recentWords   = wordSet(`letzten letzte jüngsten jüngste offiziellen offizielle recent most last official`)
	speakingVerbs = wordSet(`say says said call calls called mention mentions mentioned write writes wrote report
		reports reported describe describes described claim claims claimed state states stated tell tells told
		sagen sagt sagte sagten nennen nennt nannte nannten erwähnen erwähnt erwähnte erwähnten schreiben schreibt
		schrieb schrieben berichten berichtet berichtete berichteten beschreiben beschreibt beschrieb behaupten behauptet`)
)

// asksPublished reports whether a question's words ask when an article
// appeared: a word for the article ("Artikel", "piece") and one for its
// appearing ("erschien", "veröffentlicht", "published", "go out").
func asksPublished(words []string) bool {
	article, appeared := false, false
	for i, w := range words {
		article = article || isArticle(words, i)
		appeared = appeared || publishWords[w] || publishParticle(words, i)
	}
	return article && appeared
}

// isArticle reports whether words[i] names the article asked of: a word
// for an article that no one else owns ("seinen Artikel", "der Beitrag
// des Ministeriums" are someone's in the news). An English possessive
// ("the UN's piece") is not read: the tokens split it off.
func isArticle(words []string, i int) bool {
	if !articleNouns[words[i]] {
		return false
	}
	if i > 0 && possessives[words[i-1]] {
		return false
	}
	return !(i+1 < len(words) && (words[i+1] == "des" || words[i+1] == "of" && i+2 < len(words) && words[i+2] != "the"))
}

// possessives are the pronouns that give an article an owner in the news.
var possessives = wordSet(`sein seine seinen seinem seines ihr ihre ihren ihrem ihres its their his her`)

// asksCredit reports whether a question's words ask who made a picture or
// under which license it stands: a word for the picture ("Bild", "photo")
// and one for its credit ("Lizenz", "Fotograf", "credit"), or a who
// question of a picture ("who took the picture").
func asksCredit(words []string, t Type) bool {
	picture, credit, taken := false, false, false
	for _, w := range words {
		picture = picture || pictureNouns[w]
		credit = credit || creditWords[w]
		taken = taken || takingVerbs[w]
	}
	return picture && (credit || t == Person && taken) // not "Wer steht auf dem Foto?"
}

// asksHeadline reports whether a question's words ask for an article's
// headline: a word for one ("Schlagzeile", "headline"), not made by someone
// ("which general made headlines"), or a title of an article ("der Titel
// des Artikels", "the title of the piece"; not "welchen Titel trägt er laut
// dem Artikel").
func asksHeadline(words []string) bool {
	for i, w := range words {
		if headlineWords[w] && !slices.ContainsFunc(words, func(w string) bool { return makingVerbs[w] }) {
			return true
		}
		if titleWords[w] && i+2 < len(words) && (words[i+1] == "des" || words[i+1] == "of" || words[i+1] == "vom") &&
			(isArticle(words, i+2) || i+3 < len(words) && isArticle(words, i+3)) {
			return true
		}
	}
	return false
}

var (
	headlineWords = wordSet(`schlagzeile schlagzeilen überschrift überschriften headline headlines`)
	titleWords    = wordSet(`titel title`)
	makingVerbs   = wordSet(`make makes made making machen macht machte machten gemacht sorgte sorgten`)
)

// pictureNouns name an article's picture; creditWords its credit;
// takingVerbs its taking; standVerbs its standing under a license.
var (
	pictureNouns = wordSet(`bild bildes beitragsbild titelbild aufmacherbild foto fotos photo photograph picture image pic`)
	creditWords  = wordSet(`lizenz lizensiert lizenziert urheber urheberin urheberrecht fotograf fotografin bildrechte bildquelle
		license licence licensed photographer credit credited copyright`)
	takingVerbs = wordSet(`took taken take shot made gemacht aufgenommen fotografiert geschossen`)
	standVerbs  = wordSet(`steht stehen stand stands`)
)

// asksOffice reports whether a question asks for an office or job: a
// keyword query with a word for one ("soleimani job position"), or that
// word after a which-word ("Welches Amt hat …", "what position did …") or
// ending the question ("what was his job"); not "what did al-sudani's
// office say", whose office speaks.
func asksOffice(words []string, keyword bool) bool {
	for i, w := range words {
		if officeWords[w] && (keyword || i > 0 && whichWords[words[i-1]] || i == len(words)-1) {
			return true
		}
	}
	return false
}

// officeWords ask for someone's office or job; holdVerbs say that he holds
// it.
var (
	officeWords = wordSet(`office job position role title occupation rank post profession
		amt funktion rolle titel beruf dienstgrad posten`)
	holdVerbs = wordSet(`hold holds held have has had hat hatte hatten innehat innehatte bekleidet bekleidete`)
)

// asksAgency reports whether a question asks which news agency an article
// came from: a word for the article and one for an agency.
func asksAgency(words []string) bool {
	article := false
	for i := range words {
		article = article || isArticle(words, i)
	}
	return article && slices.ContainsFunc(words, func(w string) bool { return agencyWords[w] })
}

// agencyWords name a news agency as such.
var agencyWords = wordSet(`agentur agenturen nachrichtenagentur nachrichtenagenturen presseagentur agency agencies`)

// publishParticle reports whether words[i] is the "out" of "go out" or
// "come out", or its verb.
func publishParticle(words []string, i int) bool {
	switch {
	case words[i] == "out" && i > 0:
		return publishOutVerbs[words[i-1]]
	case publishOutVerbs[words[i]] && i+1 < len(words):
		return words[i+1] == "out"
	}
	return false
}

// articleNouns name an article as such; publishWords its appearing.
var (
	articleNouns = wordSet(`artikel artikels zeitungsartikel beitrag beitrags article piece`)
	publishWords = wordSet(`veröffentlicht veröffentlichte erschienen erschien erscheint publiziert datiert
		published publish posted released appeared dated`)
	publishOutVerbs = wordSet(`go goes went gone come comes came`)
)

// directionParticles are the German verb particles of direction, in
// full and as said ("raus" for "heraus"); "rein" is left out, which is an
// adjective too.
var directionParticles = wordSet(`heraus hinaus herein hinein herunter hinunter herauf hinauf herüber hinüber
	raus rüber runter rauf`)

// clauseEnds reports whether a token ends its clause: the text ends after
// it or a punctuation mark other than a hyphen follows ("raus?", "raus –
// und", "raus“").
func clauseEnds(text string, t analysis.Token) bool {
	rest := strings.TrimLeftFunc(text[t.Start+len(t.Text):], unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || unicode.IsPunct(r) && r != '-'
}

// clitic reports whether a token is an English clitic written after its
// apostrophe: the "s" of "let's", the "t" of "don't".
func clitic(text string, t analysis.Token) bool {
	return (t.Text == "s" || t.Text == "t") && (strings.HasSuffix(text[:t.Start], "'") || strings.HasSuffix(text[:t.Start], "’"))
}

// germanArticles are the German articles a German title or name in an
// English question may begin with.
var germanArticles = wordSet(`der die das des dem den ein eine einer eines einem einen`)

// hedges say how sure or how exact the asker wants the answer, or soften
// or greet ("Wie viele Soldaten sind ungefähr im Irak?", "how many
// exactly", "Hey, …"), and particles of time ("schon", "already"): never
// what a question is about, nor a name; nor is "the next" one ("Wann ist
// der nächste Vollmond?" asks of full moons).
var hedges = wordSet(`ungefähr etwa ca circa zirka rund genau eigentlich überhaupt bitte mal schon bereits
	nächste nächsten nächster nächstes
	approximately approx roughly exactly precisely actually really please already next upcoming
	hey hi hallo hello moin servus okay ok na danke thanks`)

// lightVerbs carry little of a question's subject: that something runs,
// lasts or stays is in the date or figure that answers it, and what a
// name "lautet" in the name.
var lightVerbs = wordSet(`läuft laufen lief liefen gilt gelten galt bleibt bleiben blieb blieben dauert dauern dauerte
	lautet lauten lautete lauteten
	runs run ran last lasts lasted remain remains remained stay stays stayed`)

// growVerbs say that something gets to a size: of a size asked ("how big
// do ctenophores get") the figure tells it, as German's "werden", a stop
// word, does; elsewhere they carry the subject ("became independent").
var growVerbs = wordSet(`get gets got become becomes became grow grows grew`)

// modalVerbs say how the question regards what it asks about ("Bis wann
// sollen die Soldaten abziehen?"), never what it is about.
// IsModal reports whether a lower-case word is a modal verb's form,
// German or English ("sollte", "können", "must").
func IsModal(w string) bool { return modalVerbs[w] }

var modalVerbs = wordSet(`soll sollen sollte sollten solle sollst muss müssen musste mussten kann können konnte konnten
	darf dürfen durfte durften will wollen wollte wollten mag mögen möchte möchten
	should shall must can could may might would supposed`)

// englishVerb reports whether an English word is most likely a verb form:
// the analysis knows no English parts of speech, so a past form ("killed",
// "fought") or a common auxiliary-like verb is taken as one.
func englishVerb(lang, w string) bool {
	if lang != analysis.English {
		return false
	}
	w = strings.ToLower(w)
	return strings.HasSuffix(w, "ed") && len(w) > 4 || englishVerbs[w] || analysis.EnglishIrregularVerb(w)
}

// EnglishVerb reports whether a lower-case English word is most likely a
// verb form, as englishVerb reads a question's words.
func EnglishVerb(w string) bool { return englishVerb(analysis.English, w) }

// verbAfterWho reports whether words[i] is the verb of an English
// question that asks who heads something: one of leadVerbs right after
// "who" ("who heads the ipcc", "who runs the mission"), or after a word
// of the present ("who currently leads").
func verbAfterWho(lang string, words []string, i int) bool {
	if lang != analysis.English || i == 0 || !leadVerbs[words[i]] {
		return false
	}
	j := i - 1
	if j > 0 && currentWords[words[j]] {
		j--
	}
	return j == 0 && words[0] == "who"
}

// currentAt reports whether words[i] asks about the present: a word of
// currentWords, "recently", "kürzlich", "jüngst", "most recent", or the
// noun of "zur Zeit", "im Moment", "at the moment", "at present", "these
// days", "dieser Tage".
func currentAt(words []string, i int) bool {
	if currentWords[words[i]] {
		return true
	}
	before := func(k int, w string) bool { return i >= k && words[i-k] == w }
	switch words[i] {
	case "recently", "kürzlich", "jüngst":
		// "who left most recently", "wer ist kürzlich ausgetreten"
		// ("jüngste" is the youngest too).
		return true
	case "recent":
		return before(1, "most") // "the most recent survey", not "in recent years"
	case "zeit":
		return before(1, "zur")
	case "moment":
		return before(1, "im") || before(1, "the") && before(2, "at")
	case "present":
		return before(1, "at")
	case "days":
		return before(1, "these") // "what are they doing these days"
	case "tage":
		return before(1, "dieser") || before(1, "diese") && before(2, "in") // "dieser Tage", "in diese Tage"
	}
	return false
}

// currentWords ask about the present state; "rn" and "atm" are chat's
// "right now" and "at the moment".
var currentWords = wordSet(`derzeit derzeitig derzeitige aktuell aktuelle aktuellen zurzeit momentan gegenwärtig heute jetzt heutzutage
	zuletzt nun inzwischen mittlerweile noch neueste neuesten neuester neuestes neuste neusten neuster
	currently current now today presently latest newest still nowadays rn atm`)

// IsNowWord reports whether a lower-case word says how things are now
// ("derzeit", "jetzt", "now", "currently"): in a question it asks so
// (Time.Now), in a sentence it tells so.
func IsNowWord(w string) bool { return nowWords[w] }

// nowWords ask how things are now (Time.Now): the present-state words
// but those that ask for the latest or what is still so.
var nowWords = wordSet(`derzeit derzeitig derzeitige aktuell zurzeit momentan gegenwärtig heute jetzt heutzutage nun inzwischen
	mittlerweile currently now today presently nowadays rn atm`)

// newestWords ask for the newest of something (Time.Newest), and so
// about the present (Time.Current).
var newestWords = wordSet(`neueste neuesten neuester neuestes neuste neusten neuster aktuelle aktuellen aktueller aktuelles aktuellste aktuellsten newest latest current`)

// Phrases that mark what a question asks (Query.HowOften, AsksLength,
// AsksSize, AsksWeekday, AsksConsequence), matched in its lower-case text with a
// space before and after.
var (
	howOftenPhrases = []string{" wie oft ", " wie häufig ", " wie viele male ", " how often ", " how many times ", " how frequently "}
	lengthPhrases   = []string{" how long ", " wie lang "}
	// releaseNouns and words ending in "version" name what a release is
	// (asksSinceVersion); bringsIn are the verbs of bringing in after one.
	releaseNouns = wordSet(`release releases veröffentlichung ausgabe`)
	notVersions  = wordSet(`conversion subversion diversion inversion aversion reversion perversion`)
	bringsIn     = wordSet(`added introduced brought first adds introduces brings`)
	sincePhrases = []string{" since which ", " since what ", " seit welcher ", " seit welchem ", " seit welchen "}
	// "wie hoch", "how high" and "wie schwer" ask as often how high a
	// risk is or how severe a wound as a height or a weight: not sizes.
	sizePhrases = []string{" how big ", " how large ", " how tall ", " how wide ", " how deep ", " how heavy ",
		" wie groß ", " wie gross ", " wie breit ", " wie tief "}
	// sizeNouns ask how big something is in a keyword query ("vereinsheim
	// größe", "zip max file size"): a figure answers it, as sizePhrases do
	// in a question.
	sizeNouns = map[string]bool{"größe": true, "grösse": true, "dateigröße": true, "size": true}
	// storageNouns name memory or disk space (Query.AsksStorage); SizeWords
	// gives both lists.
	storageNouns = map[string]bool{"ram": true, "arbeitsspeicher": true, "hauptspeicher": true, "speicher": true, "speicherplatz": true,
		"plattenplatz": true, "festplattenplatz": true, "memory": true, "space": true}
	sharePhrases = []string{" share of ", " proportion of ", " percentage of ", " fraction of ", " what share ", " what proportion ",
		" what percentage ", " which share ", " which proportion ", " welcher anteil ", " anteil der ", " anteil des ", " anteil von ",
		" anteil an der bevölkerung ", " prozentsatz "}
	// shareHeights ask how high or large something is, which of a share
	// is a percentage: "wie hoch war der Ja-Anteil".
	shareHeights   = []string{" wie hoch ", " wie groß ", " wie gross "}
	agePhrases     = []string{" how old ", " wie alt "}
	weekdayPhrases = []string{"wochentag", "day of the week", "weekday"}
	// offsetPhrases ask how long after or before something another thing
	// happened (Query.AsksOffset).
	offsetPhrases = []string{" how long after ", " how long before ", " how soon after ", " wie lange nach ", " wie lange vor ",
		" wie lange danach ", " wie bald nach "}
	// clockPhrases ask the time of day (Query.AsksClock): "what time" only
	// before a verb that asks when ("what time does the ferry leave", not
	// "what time of year", "what time period"), "Uhrzeit" not in a
	// question of when ("Wann wird die Uhrzeit umgestellt?") unless as
	// one of whichClockPhrases.
	whichClockPhrases = []string{" welche uhrzeit", " welcher uhrzeit"}
	clockPhrases      = []string{" wie viel uhr ", " wieviel uhr ", " what time does ", " what time do ", " what time did ",
		" what time is ", " what time are ", " what time was ", " what time were ", " what time will ", " what time must ",
		" what time should ", " what time can ", " at what hour ", " by what time ", " time of day "}
	// daysCues ask on which days something happens (a date: types.go's
	// questionCues); a weekday answers best ("on Tuesday, Wednesday and
	// Thursday"), a date less surely. daysPhrases are they as words.
	daysCues           = []string{"which days", "what days", "an welchen tagen", "welche tage"}
	daysPhrases        = asWords(daysCues)
	consequencePhrases = []string{" lead to ", " led to ", " leads to ", " result in ", " resulted in ", " consequence", " effect of ",
		" effects of ", " aftermath ", " wozu führte", " führte zu ", " führten zu ", " welche folgen", " folgen hatte", " folgen hat",
		" zur folge", " auswirkung", " konsequenz"}
)

// moneyWords ask what something cost, paid or earned.
var moneyWords = wordSet(`kosten kostet kostete kosteten gekostet zahlen zahlt zahlte zahlten gezahlt bezahlt bezahlen bezahlte
	budget etat eingespielt einspielte verdient verdiente verdienten ausgegeben umsatz preis
	cost costs costed pay pays paid budget revenue gross grossed earn earns earned spend spent price`)

// NamePart is a part of a person's name.
type NamePart string

// The parts of a name a question may ask for.
const (
	NameFirst  NamePart = "first"  // written before the family name
	NameMiddle NamePart = "middle" // between the first and the family name
	NameLast   NamePart = "last"   // the family name, written last
)

// namePartPhrases ask for a part of a name, matched as the phrases above.
var namePartPhrases = []struct {
	part    NamePart
	phrases []string
}{
	{NameMiddle, []string{" middle name ", " middle names ", " zweiter vorname ", " zweiten vornamen ", " mittelname ", " mittelnamen "}},
	{NameFirst, []string{" first name ", " first names ", " given name ", " forename ", " vorname ", " vornamen ", " rufname ",
		" rufnamen "}},
	{NameLast, []string{" last name ", " surname ", " family name ", " nachname ", " nachnamen ", " familienname ",
		" familiennamen ", " zuname ", " zunamen "}},
}

// namePartWords are the words of namePartPhrases: they say what is asked,
// not of whom, and stay out of the focus.
var namePartWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, p := range namePartPhrases {
		for _, ph := range p.phrases {
			for _, w := range strings.Fields(ph) {
				m[w] = true
			}
		}
	}
	return m
}()

// namePartOf returns the part of a name the padded lower-case text asks
// for, the one asked first where it asks for two ("Vorname und
// Nachname"); "" for none.
func namePartOf(padded string) NamePart {
	part, at := NamePart(""), len(padded)
	for _, p := range namePartPhrases {
		for _, ph := range p.phrases {
			// "zweiter vorname" holds "vorname": the middle name's phrases
			// come first and win where they start at the same place or
			// earlier.
			if i := strings.Index(padded, ph); i >= 0 && i < at {
				part, at = p.part, i
			}
		}
	}
	return part
}

// asksShare reports whether a question asks what share of something is
// so: by a phrase of sharePhrases, or by how high or large a German share
// is, "Anteil" or a compound's head ("wie hoch war der Ja-Anteil", "wie
// groß ist der Frauenanteil"). English says "share of" (sharePhrases);
// "how high was the share price" asks a price.
func asksShare(padded string, words []string) bool {
	if containsAny(padded, sharePhrases) {
		return true
	}
	return containsAny(padded, shareHeights) && slices.ContainsFunc(words, func(w string) bool { return strings.HasSuffix(w, "anteil") })
}

// asksChange reports whether a question's words, lower case, ask by how
// much something differs: "how much", "wie viel", "wieviel" or "how many
// times" before a comparative ("faster", "größer", typed "groesser" too),
// right after it, after "prozent", "percent" or "mal" ("wie viel Prozent
// schneller"), or later in the question when a verb follows the question
// words, so that no noun is counted ("um wie viel ist der Server
// schneller").
func asksChange(words []string) bool {
	for i := range words {
		next := 0 // the first word after the question words
		switch {
		case i+1 < len(words) && words[i] == "how" && words[i+1] == "much":
			next = i + 2
		case i+2 < len(words) && words[i] == "how" && words[i+1] == "many" && words[i+2] == "times":
			next = i + 3
		case i+1 < len(words) && words[i] == "wie" && words[i+1] == "viel":
			next = i + 2
		case words[i] == "wieviel":
			next = i + 1
		default:
			continue
		}
		if next < len(words) && (words[next] == "prozent" || words[next] == "percent" || words[next] == "mal") {
			next++
		}
		if next >= len(words) {
			return false
		}
		if comparative(words[next]) {
			return true
		}
		return auxiliaries[words[next]] && slices.ContainsFunc(words[next+1:], comparative)
	}
	return false
}

// comparative reports whether a word, lower case, is one of the
// comparatives a question of by how much asks with (Query.AsksChange),
// in either language, a German one also typed without umlauts or ß.
func comparative(w string) bool {
	return comparatives[withoutUmlauts.Replace(w)]
}

// comparatives are the comparatives of asksChange, lower case, the German
// ones as withoutUmlauts spells them.
var comparatives = wordSet(`faster slower quicker bigger larger smaller higher lower cheaper longer shorter heavier lighter
	schneller langsamer groesser kleiner hoeher niedriger billiger teurer laenger kuerzer schwerer leichter`)

// withoutUmlauts spells a German word without umlauts or ß, as a
// keyboard without them makes one type it: "größer" as "groesser".
var withoutUmlauts = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// asWords returns phrases with a space at each end, to be found as words
// in a question's padded text.
func asWords(phrases []string) []string {
	out := make([]string, len(phrases))
	for i, p := range phrases {
		out[i] = " " + p + " "
	}
	return out
}

// The kinds of address Query.AsksAddress names.
const (
	AddressEmail = "email"
	AddressIP    = "ip"   // either version
	AddressIPv4  = "ipv4" // asked by that name
	AddressIPv6  = "ipv6"
)

// asksAddress returns the kind of address a question, lower case and
// padded with spaces, asks for: an e-mail or an IP address named as such
// ("email adresse", "e-mail-adresse", "ipv6 address", "adresse ipv4"),
// the address's word and the kind's at most two words apart; "" for none.
// A mail or an IP named without the word for address asks something else
// ("wie viele mails", "wann wurde tcp/ip veröffentlicht"). A kind written
// onto the word for address wins over one written apart ("the ip address
// of the mail server" asks an IP address), and an IP's version is the one
// the match names.
func asksAddress(padded string) string {
	for _, form := range addressForms {
		if m := form.re.FindStringSubmatch(padded); m != nil {
			if form.kind == AddressIP {
				for _, v := range m[1:] {
					if v != "" {
						return "ip" + v // "ipv4", "ipv6"
					}
				}
			}
			return form.kind
		}
	}
	return ""
}

// addressForms are the ways a question names an address's kind, tried in
// order; an IP form's first group is its version ("v4", "v6"), if named.
var addressForms = []struct {
	kind string
	re   *regexp.Regexp
}{
	{AddressIP, regexp.MustCompile(` ip(v4|v6)?-?(?:adresse|address)`)},
	{AddressEmail, regexp.MustCompile(` (?:e-?)?mail-?(?:adresse|address)`)},
	{AddressIP, regexp.MustCompile(` ip(v4|v6)? (?:[^ ]+ ){0,2}[a-z-]*(?:adresse|address) |[ -](?:adresse|address) (?:[^ ]+ ){0,2}ip(v4|v6)? `)},
	{AddressEmail, regexp.MustCompile(` (?:e-?)?mail (?:[^ ]+ ){0,2}[a-z-]*(?:adresse|address) |[ -](?:adresse|address) (?:[^ ]+ ){0,2}(?:e-?)?mail `)},
}

// asksForAddress reports whether a question asks for an address rather
// than about one: a keyword query, or one that asks what or which ("what
// is the email address of …", "Welche IP-Adresse hat …", "Wie lautet die
// E-Mail-Adresse …"); not "how do i change my email address" or "why did
// the ip address change".
func asksForAddress(words []string, keyword bool) bool {
	return keyword || slices.ContainsFunc(words, func(w string) bool { return whatWords[w] })
}

var whatWords = wordSet(`what what's whats which welche welcher welches welchen welchem lautet lauten heißt heisst`)

// SizeWords returns the nouns by which a question asks how big or how
// much memory or space (Query.AsksSize, Query.AsksStorage), lower case:
// a figure with its unit covers them in an answer.
func SizeWords() []string {
	var out []string
	for _, m := range []map[string]bool{sizeNouns, storageNouns} {
		for w := range m {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// StorageWord reports whether a noun of SizeWords names memory or disk
// space ("RAM", "Speicherplatz"), which an amount of data answers.
func StorageWord(w string) bool { return storageNouns[w] }

// asksSinceVersion reports whether words ask from which version or
// release on something holds: "ab welcher go version läuft …", "which go
// version added …", "what release introduced …"; not "ab welcher
// pin-priority" (a threshold) nor "which version is in gcc" (no verb of
// bringing in).
func asksSinceVersion(words []string) bool {
	for i, w := range words {
		var from bool
		switch {
		case w == "ab" && i+1 < len(words) && (words[i+1] == "welcher" || words[i+1] == "welchem"):
			from = true
		case w != "which" && w != "what":
			continue
		}
		for j := i + 1; j < len(words) && j <= i+3; j++ {
			if !versionNoun(words[j]) {
				continue
			}
			if from || j+1 < len(words) && bringsIn[words[j+1]] {
				return true
			}
		}
	}
	return false
}

// asksVersion reports whether words ask which version or release
// something is: a version noun (versionNoun) asked for within three words
// after "which", "welche" and the like, after "what" only as "what
// version" or "what is …", or within three words after "latest",
// "neueste" and the like where a form of "be" or nothing but an article
// stands before that ("whats the latest go release", "welche ist die
// neuste version"), or anywhere in a keyword query ("gosa version
// bookworm"). Not "the first version of dpkg", "version 1.1 of the
// social contract", "which release manager approved it" (a noun after
// the version noun names another thing), "what changed in the current
// version" or "what is new in the latest go release".
func asksVersion(words []string, keyword bool) bool {
	asked := func(j int) bool {
		return versionNoun(words[j]) && !(j+1 < len(words) && releaseCompounds[words[j+1]])
	}
	within := func(i int) bool {
		for j := i + 1; j < len(words) && j <= i+3; j++ {
			if asked(j) {
				return true
			}
		}
		return false
	}
	for i, w := range words {
		switch {
		case keyword && asked(i):
			return true
		case w == "what" && i+1 < len(words) && (asked(i+1) || versionBeForms[words[i+1]]) && within(i):
			return true
		case w != "what" && whichWords[w] && within(i):
			return true
		case newestWords[w] && within(i):
			k := i - 1
			if k >= 0 && DefiniteArticle(words[k]) {
				k--
			}
			if k < 0 || versionBeForms[words[k]] {
				return true
			}
		}
	}
	return false
}

// VersionNoun reports whether a lower-case word names a version or a
// release (versionNoun): "version", "versionen", "release".
func VersionNoun(w string) bool { return versionNoun(w) }

// versionNoun reports whether a lower-case word names a version or a
// release: "version", a compound ending in it ("goversion"), its plural,
// "versionsnummer", "release" (releaseNouns).
func versionNoun(w string) bool {
	return strings.HasSuffix(w, "version") && !notVersions[w] || w == "versions" || w == "versionen" || w == "versionsnummer" || releaseNouns[w]
}

// releaseCompounds name, after a version noun, another thing than the
// version: "release manager", "release notes", "release date".
var releaseCompounds = wordSet(`manager managerin managers notes note date datum termin schedule team party partys parties cycle zyklus process prozess candidate plan`)

// versionBeForms are the forms of "be" between a question word and what
// it asks: "what is the latest release", "welche ist die neuste".
var versionBeForms = wordSet(`is are was were whats ist sind war waren`)

// asksClock reports whether a question's padded lower-case text asks the
// time of day (clockPhrases, or "Uhrzeit" where it does not ask when
// unless it asks which: "Wann und zu welcher Uhrzeit …?").
func asksClock(padded string) bool {
	return containsAny(padded, clockPhrases) || strings.Contains(padded, "uhrzeit") &&
		(!strings.Contains(padded, " wann ") || containsAny(padded, whichClockPhrases))
}

// containsAny reports whether s contains one of the phrases.
func containsAny(s string, phrases []string) bool {
	return slices.ContainsFunc(phrases, func(p string) bool { return strings.Contains(s, p) })
}

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// expansionAsked returns the short form a question asks to spell out, as
// AsksExpansion reads it from its lower-case words and its tokens as
// written: the word before "stand for" or "stands for" ("what does gephi
// stand for", "vliw stands for", "what is apt short for"), the word after
// "steht" before "für" ("wofür steht wep", "für was steht mac"), or the
// other word of a two-word question with "acronym", "abbreviation" or
// "abkürzung" ("abkürzung dhcp"); "" for none. Words of more than a short
// form's letters are none ("what does the community stand for"), and so
// is a word after an article or a possessive, or one written with a
// capital but not all in capitals: "wofür steht die partei", "what does
// the party stand for" and "Wofür steht Merz?" ask what someone stands
// for, not what letters mean.
func expansionAsked(words []string, toks []analysis.Token) string {
	short := func(k int) string {
		w := words[k]
		if n := utf8.RuneCountInString(w); n < minShortForm || n > maxShortForm {
			return ""
		}
		if k > 0 && (analysis.IsArticle(words[k-1]) || possessiveWords[words[k-1]]) {
			return ""
		}
		written := w
		if k < len(toks) {
			written = toks[k].Text
		}
		if written != w && written != strings.ToUpper(written) {
			return ""
		}
		// "what does it stand for", "wofür steht die …": a function word
		// is no short form unless written in capitals ("IT").
		if written == w && (analysis.For(analysis.German).IsStop(w) || analysis.For(analysis.English).IsStop(w) || possessiveWords[w]) {
			return ""
		}
		return w
	}
	for i, w := range words {
		next := func(k int) string {
			if i+k < len(words) {
				return words[i+k]
			}
			return ""
		}
		switch {
		case (w == "stand" || w == "stands" || w == "short") && next(1) == "for" && i > 0:
			return short(i - 1)
		case w == "steht" && i+1 < len(words) && (slices.Contains(words[:i], "wofür") || slices.Contains(words[:i], "was") && slices.Contains(words[:i], "für")):
			return short(i + 1)
		case w == "steht" && next(1) == "für" && i > 0:
			return short(i - 1)
		}
	}
	if len(words) == 2 {
		for i, w := range words {
			if w == "acronym" || w == "abbreviation" || w == "abkürzung" {
				return short(1 - i)
			}
		}
	}
	return ""
}

// possessiveWords are the possessive determiners before a noun in either
// language: "what does his party stand for" asks no short form.
var possessiveWords = wordSet(`my your his her its our their mein meine dein deine sein seine ihr ihre unser unsere euer eure`)

// minShortForm and maxShortForm bound the letters of a short form
// expansionAsked takes: "wep" and "ifttt" are ones; a single letter
// ("what does the letter p stand for") is left to the ranking, as
// "nfdi4culture" is a name, not one to spell out.
const (
	minShortForm = 2
	maxShortForm = 6
)
