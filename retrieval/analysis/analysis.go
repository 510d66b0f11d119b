// Package analysis turns text into the terms that search compares: words
// lower-cased, stemmed with the Snowball stemmer of the text's language,
// umlauts and ß folded, stop words dropped, and numbers normalised so that
// "2.500" and "2500" match.
//
// German words are first brought to their lemma with LanguageTool's lexicon
// (package lexicon): "Truppen" and "Truppe", "einmarschierten" and
// "einmarschieren", and "marschierten … ein" meet. A compound of lexicon
// words also gives its parts' terms beside its own ("Truppenabzug" →
// truppenabzug, trupp, abzug). Words the lexicon does not know are stemmed
// as before. The stem of the lemma is the term, so that a known and an
// unknown form of one word still meet.
package analysis

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/german"

	"github.com/quellen/quellen/retrieval/lexicon"
	"github.com/quellen/quellen/retrieval/names"
)

// germanLexicon is the embedded lexicon, read in place (no decoding); a
// lexicon that cannot be read (a broken build) leaves German to Snowball
// alone.
var germanLexicon = sync.OnceValue(func() *lexicon.Lexicon {
	l, err := lexicon.New()
	if err != nil {
		return nil
	}
	return l
})

// germanPlaces is the embedded table of country and city names; a table
// that cannot be read leaves place names after a point of the compass
// unsplit.
var germanPlaces = sync.OnceValue(func() *names.Table {
	t, err := names.Embedded()
	if err != nil {
		return nil
	}
	return t
})

// Language codes the analyzers know.
const (
	German  = "de"
	English = "en"
)

// Analyzer analyses text of one language. It holds only read-only tables and
// is safe for concurrent use.
type Analyzer struct {
	lang string
	stem func(*snowballstem.Env) bool
	stop map[string]bool
	lex  *lexicon.Lexicon // German only; nil: Snowball alone
	// places names countries and cities (German only; nil: none), for
	// compounds of a point of the compass and a place ("Nordirak").
	places *names.Table
}

// For returns the analyzer for a language code; anything but English is
// analysed as German, the collection's default language.
func For(lang string) *Analyzer {
	if lang == English {
		return &Analyzer{lang: English, stem: english.Stem, stop: englishStopWords}
	}
	return NewGerman(germanLexicon())
}

// Lexicon returns the German lexicon the German analyzer uses, decoded on
// the first call; nil if it cannot be decoded. Callers that need lemmas
// themselves (the German→English translator) share it instead of decoding
// their own.
func Lexicon() *lexicon.Lexicon { return germanLexicon() }

// NewGerman returns a German analyzer using lex for lemmas and compounds;
// with a nil lexicon it stems with Snowball alone, as before the lexicon.
func NewGerman(lex *lexicon.Lexicon) *Analyzer {
	return &Analyzer{lang: German, stem: german.Stem, stop: germanStopWords, lex: lex, places: germanPlaces()}
}

// Token is one word or number of a text, as written and as analysed.
type Token struct {
	Text  string // as written
	Start int    // byte offset in the analysed text
	Term  string // stemmed and folded; a number's digits without separators
	Stop  bool   // a stop word: no content of its own
	Num   bool   // a number
	// Lemma is the German lexicon's base form ("Truppe" for "Truppen",
	// "einmarschieren" for "marschierten" when "ein" ends the clause), ""
	// for a word the lexicon does not know and for English.
	Lemma string
	// Parts are the terms of a German compound's parts, after Term:
	// "Truppenabzug" has Term "truppenabzug" and Parts "trupp", "abzug";
	// of an irregular English verb form, its base's ("rebuilt" has Term
	// "rebuilt" and Parts "rebuild"), so that the form meets the base.
	Parts []string
	// Verb marks a word the German lexicon knows as a verb form
	// ("stationiert", "läuft").
	Verb bool
}

// Tokens splits text into words and numbers and analyses them.
// Hyphenated compounds give one token per part ("US-Soldaten" → "us",
// "soldat"), which is how German writes the compounds that matter here.
func (a *Analyzer) Tokens(text string) []Token {
	return a.tokens(text, nil)
}

// word is what the analysis makes of one word out of context.
type word struct {
	term, lemma     string
	stop, verb      bool
	adjective, noun bool
	parts           []string
}

// analyseWord analyses one word as written, out of context.
func (a *Analyzer) analyseWord(text string) word {
	lower := strings.ToLower(text)
	w := word{stop: a.stop[lower]}
	if a.lex == nil || w.stop {
		w.term = a.stemWord(lower)
		// An irregular English form is indexed with its base's term too:
		// "Libraries are rebuilt weekly" answers "how often are the
		// libraries rebuilt" and "… rebuild".
		if a.lang == English && !w.stop {
			if base, ok := englishBase(lower); ok {
				if t := a.stemWord(base); t != w.term {
					w.parts = []string{t}
				}
			}
		}
		return w
	}
	e := a.lex.Analyse(text)
	if parts, ok := a.compassPlace(text, e); ok {
		e.Parts = parts
	}
	return a.wordOf(e, w)
}

// compassPoints begin German place names that are a region of another:
// "Nordirak", "Südostasien", "Westeuropa". Longest first.
var compassPoints = []string{"nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west"}

// continents are the places the names table (countries and cities) lacks
// that German most often writes after a point of the compass, by their
// genitives too.
var continents = map[string]string{
	"europa": "Europa", "europas": "Europa", "asien": "Asien", "asiens": "Asien", "afrika": "Afrika", "afrikas": "Afrika",
	"amerika": "Amerika", "amerikas": "Amerika", "australien": "Australien", "australiens": "Australien",
}

// compassPlace splits a capitalised word that is a point of the compass
// followed by a country, city or continent into the two, the place by its
// name's usual form: "Nordirak" → Nord, Irak; "Osteuropas" → Ost, Europa; so that a question about Iraq
// meets the north of Iraq, as "Westafrika" meets Africa through the
// lexicon. A word the lexicon knows whole and does not split ("Nordsee",
// "Ostern") is left as it is; one it splits otherwise is split so instead
// ("Westeuropa" is no "Weste" and "Uropa"). The place must be a name of the
// table or a continent: "Westfalen" and "Ostrowski" are not split.
func (a *Analyzer) compassPlace(text string, e lexicon.Entry) ([]string, bool) {
	if a.places == nil || !StartsUpper(text) || e.Known && len(e.Parts) == 0 {
		return nil, false
	}
	lower := strings.ToLower(text)
	for _, p := range compassPoints {
		rest, ok := strings.CutPrefix(lower, p)
		if !ok || utf8.RuneCountInString(rest) < minPlaceLetters {
			continue
		}
		place, ok := continents[rest]
		if !ok {
			place, ok = a.placeNamed(UpperFirst(rest))
		}
		if !ok {
			continue
		}
		// "Südsudan" and "Südgeorgien" are places of their own, not parts
		// of Sudan and Georgia. Asked only of a word that begins with a
		// point of the compass and a place: most words do neither.
		if _, whole := a.placeNamed(text); whole {
			return nil, false
		}
		return []string{UpperFirst(p), place}, true
	}
	return nil, false
}

// minPlaceLetters is the shortest place split off a point of the compass
// ("Ostrom"): a shorter rest is a word's ending, not a place.
const minPlaceLetters = 3

// placeNamed returns the usual German name of the country or city whose
// name, in any of its forms, is the whole of w: "Iraks" → "Irak".
func (a *Analyzer) placeNamed(w string) (string, bool) {
	for _, m := range a.places.Find(w, German) {
		if m.Start == 0 && m.End == len(w) && (m.Kind == names.Country || m.Kind == names.City) {
			if c := a.places.Canonical(m.Key, German); c != "" {
				return c, true
			}
		}
	}
	return "", false
}

// wordOf is the word the lexicon's entry e makes, its stop flag set in w.
func (a *Analyzer) wordOf(e lexicon.Entry, w word) word {
	if e.POS == lexicon.Adjective {
		// A participle used as an adjective is its verb's: "die 2014
		// gebildete Koalition" was formed ("bilden"), "der getötete
		// General" killed, "die abgezogenen Truppen" withdrawn.
		if v := a.lex.Analyse(e.Lemma); v.POS == lexicon.Verb && v.Lemma != e.Lemma && !lexicalised[strings.ToLower(e.Lemma)] {
			e.Lemma = v.Lemma
		}
	}
	w.term = a.stemWord(strings.ToLower(a.lex.Masculine(e.Lemma, e.POS)))
	if e.Known {
		w.lemma = e.Lemma
		w.verb = e.POS == lexicon.Verb
		w.adjective, w.noun = e.POS == lexicon.Adjective, e.POS == lexicon.Noun
	}
	for _, p := range e.Parts {
		if t := a.stemWord(strings.ToLower(a.lex.Masculine(p, lexicon.Noun))); t != w.term && !a.stop[strings.ToLower(p)] {
			w.parts = append(w.parts, t)
		}
	}
	return w
}

// standsAsNoun reports whether the known word toks[i] of a lower-case text
// stands where a noun does. "wie viele gefangene waren es": an adjective
// no noun follows stands for the noun made of it ("Gefangene", "Tote"),
// which edited text writes with a capital; so does a verb form after an
// article or "viele", where no finite verb stands ("wie viele verletzte").
// A word alone tells nothing of where it stands; an adjective before "und"
// or "oder" may share the noun after the next one ("verletzte und getötete
// soldaten"), and one after "wie" is said of something ("wie hoch war").
func standsAsNoun(toks []Token, words []word, i int) bool {
	w := words[i]
	if len(toks) < 2 || w.stop || w.lemma == "" {
		return false
	}
	last := i+1 == len(toks)
	if !last && !toks[i+1].Num && !words[i+1].stop && !words[i+1].verb || !last && joinsClause(toks[i+1].Text) {
		return false
	}
	if i > 0 && degreeWords[strings.ToLower(toks[i-1].Text)] {
		return false
	}
	return !w.verb || i > 0 && nounDeterminers[strings.ToLower(toks[i-1].Text)]
}

// qualifiesNext reports whether toks[i] stands between an article, a
// determiner or an inflected adjective (attributive) and a noun, where a
// form that is a verb's and an adjective's is the adjective: "zur größten
// bekannten Primzahl", "alle bekannten Fälle", not "sie bekannten sich".
// The noun is capitalised, or in a lower-case text one the lexicon reads
// so.
func qualifiesNext(toks []Token, words []word, i int, lowerText bool) bool {
	if i == 0 || i+1 >= len(toks) || toks[i-1].Num || toks[i+1].Num {
		return false
	}
	prev := strings.ToLower(toks[i-1].Text)
	if !articleWords[prev] && !nounDeterminers[prev] && !attributive(toks, words, i-1) {
		return false
	}
	next := words[i+1]
	if lowerText {
		return next.noun || next.lemma == "" && !next.stop
	}
	first, _ := utf8.DecodeRuneInString(toks[i+1].Text)
	return unicode.IsUpper(first) && !next.stop
}

// attributive reports whether toks[k] is an adjective with an ending it
// takes before a noun ("größten"), not the sentence's first word, where an
// adverb stands ("Später bekannten sie …"). "-er" is left out: it ends
// comparatives used as adverbs too ("erst später bekannten sie").
func attributive(toks []Token, words []word, k int) bool {
	if k == 0 || !words[k].adjective {
		return false
	}
	w := strings.ToLower(toks[k].Text)
	for _, end := range []string{"e", "en", "em", "es"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// beForms are the finite forms of "sein".
var beForms = map[string]bool{"ist": true, "sind": true, "war": true, "waren": true, "sei": true, "seien": true, "bin": true,
	"bist": true, "seid": true, "wäre": true, "wären": true}

// nounDeterminers are the words after which a lower-case word is a noun,
// not a finite verb: articles and "viele".
var nounDeterminers = map[string]bool{"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true,
	"eine": true, "einen": true, "einem": true, "einer": true, "viele": true, "vielen": true, "wieviele": true, "keine": true, "alle": true}

// IsArticle reports whether a lower-case word is an article, German or
// English, or a German preposition fused with one ("ins", "zum").
func IsArticle(w string) bool { return articleWords[w] }

var articleWords = map[string]bool{"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true,
	"eine": true, "einen": true, "einem": true, "einer": true, "eines": true, "ins": true, "im": true, "am": true, "vom": true,
	"zum": true, "zur": true, "beim": true, "the": true, "a": true, "an": true}

// degreeWords ask or say how much of a quality something has.
var degreeWords = map[string]bool{"wie": true, "how": true, "so": true, "zu": true, "sehr": true}

// lexicalised are adjectives that have the form of a participle but have
// left their verb's meaning ("gesamt" is not "gesamt" from "samen",
// "bekannt" not "bekannt" from "bekennen").
var lexicalised = map[string]bool{"gesamt": true, "bekannt": true, "bestimmt": true, "verschieden": true, "entschieden": true,
	"verwandt": true, "gewiss": true, "gelegen": true, "gewohnt": true, "geeignet": true, "erfahren": true, "verlegen": true,
	"gelehrt": true, "gespannt": true, "berühmt": true, "beliebt": true, "bewusst": true}

// tokens is Tokens, with the words' analyses taken from c when it has them.
// A text typed all in lower case, as members type questions, writes its
// nouns in lower case: a word the lexicon does not know as written is read
// as the noun it is capitalised ("wie viele soldatinnen").
func (a *Analyzer) tokens(text string, c *Cache) []Token {
	toks := Scan(text)
	lowerText := a.lex != nil && strings.ToLower(text) == text
	words := make([]word, len(toks))
	for i := range toks {
		if toks[i].Num {
			continue
		}
		if c != nil {
			words[i] = c.word(toks[i].Text)
		} else {
			words[i] = a.analyseWord(toks[i].Text)
		}
	}
	for i := range toks {
		if toks[i].Num {
			continue
		}
		w := words[i]
		if lowerText && !w.stop && w.lemma == "" {
			if e, ok := a.lex.Noun(toks[i].Text); ok {
				w = a.wordOf(e, word{})
			}
		}
		// "wie viele rippenquallen arten sind bestätigt": an infinitive
		// right before a finite "sein" would be a second finite verb, or
		// one no "zu" governs; the word is the noun it also is. A
		// participle stands there ("gefallen sind", "verboten ist"): one
		// in ge- or apart from its infinitive is left a verb.
		if lower := strings.ToLower(toks[i].Text); lowerText && !w.stop && w.verb && i+1 < len(toks) &&
			beForms[strings.ToLower(toks[i+1].Text)] && !(i > 0 && strings.EqualFold(toks[i-1].Text, "zu")) &&
			strings.EqualFold(w.lemma, lower) && !strings.HasPrefix(lower, "ge") {
			if e, ok := a.lex.Nominalised(toks[i].Text); ok {
				w = a.wordOf(e, word{})
			}
		}
		if w.verb && qualifiesNext(toks, words, i, lowerText) {
			if e, ok := a.lex.Adjective(toks[i].Text); ok {
				w = a.wordOf(e, word{})
			}
		}
		if lowerText && standsAsNoun(toks, words, i) {
			if e, ok := a.lex.Nominalised(toks[i].Text); ok {
				w = a.wordOf(e, word{})
			}
		}
		toks[i].Term, toks[i].Stop, toks[i].Lemma, toks[i].Verb, toks[i].Parts = w.term, w.stop, w.lemma, w.verb, w.parts
	}
	if a.lex != nil {
		a.joinSeparable(text, toks)
	}
	return toks
}

// joinSeparable gives a separable verb split by a main clause its
// infinitive: in "Die Truppen marschierten im März ein." the verb token
// "marschierten" gets the lemma "einmarschieren", and the particle, which
// has no meaning of its own there, becomes a stop word. A particle counts
// only where it ends its clause (a punctuation mark or the text's end
// follows), and the verb is looked for in the same clause.
func (a *Analyzer) joinSeparable(text string, toks []Token) {
	for i := range toks {
		// A clause also ends where "und" or "oder" joins the next verb:
		// "marschierten 2003 in den Irak ein und stürzten …", not "vor und
		// nach dem Krieg".
		end := toks[i].Start + len(toks[i].Text)
		if toks[i].Num || !a.lex.IsParticle(toks[i].Text) || !endsClause(text, end) && !(i+2 < len(toks) && joinsClause(toks[i+1].Text) && toks[i+2].Verb) {
			continue
		}
		// The finite verb stands early in a main clause: the clause is
		// read from its start, so that "fingen" in "an welchem tag fingen
		// die kämpfe an" takes the particle, not "kämpfe". A capital
		// inside the clause marks a noun ("Die Kämpfe fingen … an"). Of
		// clauses joined by "und" ("gingen … vor und greifen … an"), the
		// last with a verb is read first (not "Armee- und Polizeipersonal").
		start := i
		for start > 0 && !clauseBefore(text, toks, start-1) {
			start--
		}
		var from []int
		for j := i - 1; j > start; j-- {
			if conjunctions[strings.ToLower(toks[j].Text)] {
				from = append(from, j+1)
			}
		}
		from = append(from, start)
	join:
		for _, first := range from {
			for j := first; j < i; j++ {
				if j > start && StartsUpper(toks[j].Text) {
					continue
				}
				if lemma, ok := a.lex.Separable(toks[j].Text, toks[i].Text); ok {
					toks[j].Lemma = lemma
					toks[j].Term = a.stemWord(lemma)
					toks[j].Stop = false
					toks[i].Stop = true
					break join
				}
			}
		}
	}
}

// endsClause reports whether the text after offset end starts with a clause
// boundary: the end of the text or a punctuation mark (not a hyphen).
func endsClause(text string, end int) bool {
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		switch {
		case r == ' ' || r == '\t' || r == '\u00a0':
			end += size
		case strings.ContainsRune(".,;:!?)\n\"“”„»«", r):
			return true
		default:
			return false
		}
	}
	return true
}

// clauseBefore reports whether a clause ends after toks[k], read backwards
// from a particle: as endsClause, but not at the dot of a day or an
// ordinal of two digits at most after a preposition or an article ("am 8.
// August", "im 19. Jahrhundert"; "stieg auf 12." and a year's dot end a
// sentence), nor at a quotation mark that opens or closes words within
// the clause ("einer „insgesamt defensiven“ Militäraktion"; one before a
// comma or a full stop ends it: "dem „Kalten Krieg“, dann …").
func clauseBefore(text string, toks []Token, k int) bool {
	tok := toks[k]
	end := tok.Start + len(tok.Text)
	rest := strings.TrimLeft(text[end:], " \t")
	if tok.Num && len(tok.Text) <= 2 && strings.HasPrefix(rest, ".") && k > 0 && dateWords[strings.ToLower(toks[k-1].Text)] {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest); r != utf8.RuneError && strings.ContainsRune(quoteMarks, r) {
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, quoteMarks+" \t"))
		return next == utf8.RuneError || strings.ContainsRune(".,;:!?)\n", next)
	}
	return endsClause(text, end)
}

// quoteMarks open or close a quotation.
const quoteMarks = "\"“”„»«"

// dateWords stand before a day's or an ordinal's number.
var dateWords = map[string]bool{"am": true, "im": true, "vom": true, "zum": true, "zur": true, "beim": true, "ins": true,
	"bis": true, "seit": true, "ab": true, "und": true, "der": true, "die": true, "das": true, "den": true, "dem": true, "des": true}

// IsStop reports whether a lower-case word is one of the language's stop words.
func (a *Analyzer) IsStop(lower string) bool { return a.stop[lower] }

// Scan splits text into words and numbers without analysing words: a
// number's Term is its digits, a word's Term is empty. It is for callers
// that look only at numbers or at words as written.
func Scan(text string) []Token {
	var out []Token
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		// Only ASCII digits make a number; other scripts' digits ("٣") are
		// read as part of a word.
		if r < utf8.RuneSelf && unicode.IsDigit(r) {
			end, digits := scanNumber(text, i)
			out = append(out, Token{Text: text[start:end], Start: start, Term: digits, Num: true})
			i = end
			continue
		}
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			i += size
		}
		out = append(out, Token{Text: text[start:i], Start: start})
	}
	return out
}

// Terms returns the analysed content terms of text, in order, stop words
// left out; a compound's parts follow its own term.
func (a *Analyzer) Terms(text string) []string {
	return terms(a.Tokens(text))
}

// TokenTerms returns the terms of tokens as Terms gives them: each content
// word's term and its compound parts.
func TokenTerms(toks []Token) []string { return terms(toks) }

func terms(toks []Token) []string {
	var out []string
	for _, t := range toks {
		if !t.Stop && t.Term != "" {
			out = append(out, t.Term)
			out = append(out, t.Parts...)
		}
	}
	return out
}

// Cache remembers how an analyzer analyses words, for one goroutine that
// analyses much text: a collection repeats its words, so most are analysed
// once. It gives what the analyzer gives. It is not safe for concurrent
// use.
type Cache struct {
	a        *Analyzer
	cur, old map[string]word
}

// cacheWords bounds a cache: two generations of this many words (a few
// megabytes), the words of the newer one kept when the older is dropped.
const cacheWords = 20000

// NewCache returns an empty cache of a's analyses.
func (a *Analyzer) NewCache() *Cache {
	return &Cache{a: a, cur: make(map[string]word)}
}

func (c *Cache) word(text string) word {
	if w, ok := c.cur[text]; ok {
		return w
	}
	w, ok := c.old[text]
	if !ok {
		w = c.a.analyseWord(text)
	}
	if len(c.cur) >= cacheWords {
		c.old, c.cur = c.cur, make(map[string]word, cacheWords)
	}
	c.cur[strings.Clone(text)] = w
	return w
}

// Tokens is the analyzer's Tokens; the tokens' Parts are the cache's own,
// not to be changed.
func (c *Cache) Tokens(text string) []Token { return c.a.tokens(text, c) }

// Terms is the analyzer's Terms.
func (c *Cache) Terms(text string) []string { return terms(c.a.tokens(text, c)) }

func (a *Analyzer) stemWord(lower string) string {
	env := snowballstem.NewEnv(lower)
	a.stem(env)
	return Fold(env.Current())
}

// Fold replaces umlauts, ß and the other marked Latin letters with their
// base letters so that spellings with and without them meet ("Abzüge",
// "Abzuge"; "Straße", "Strasse"; "Szűrös", "szüros"; "Łódź", "Lodz").
func Fold(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case 'ä', 'à', 'á', 'â':
			b.WriteByte('a')
		case 'ö', 'ò', 'ó', 'ô':
			b.WriteByte('o')
		case 'ü', 'ù', 'ú', 'û':
			b.WriteByte('u')
		case 'é', 'è', 'ê':
			b.WriteByte('e')
		case 'ß':
			b.WriteString("ss")
		default:
			if base, ok := latinBase(r); ok {
				b.WriteString(base)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// latinBase returns the base letters of a Latin letter with marks: its
// canonical decomposition without the marks ("ű" → "u", "č" → "c"), or
// for letters that do not decompose, their usual spelling ("ł" → "l",
// "ø" → "o", "æ" → "ae").
func latinBase(r rune) (string, bool) {
	if r < 0xc0 || !unicode.Is(unicode.Latin, r) {
		return "", false
	}
	if base, ok := undecomposed[r]; ok {
		return base, true
	}
	d := norm.NFD.String(string(r))
	if len(d) > 1 && d[0] < utf8.RuneSelf && unicode.IsLetter(rune(d[0])) {
		return d[:1], true
	}
	return "", false
}

// undecomposed are the marked Latin letters Unicode does not decompose.
var undecomposed = map[rune]string{'ł': "l", 'ø': "o", 'đ': "d", 'ħ': "h", 'ı': "i", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d"}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// scanNumber reads a number starting at i. German thousands separators
// ("2.500", "1.000.000") are dropped so the figure matches "2500"; any other
// dot ("12.06.2020", "3. Januar") ends the number.
func scanNumber(text string, i int) (end int, digits string) {
	var b strings.Builder
	for {
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		b.WriteString(text[i:j])
		i = j
		if i+4 <= len(text) && text[i] == '.' && isDigit(text[i+1]) && isDigit(text[i+2]) && isDigit(text[i+3]) &&
			(i+4 == len(text) || !isDigit(text[i+4])) {
			i++
			continue
		}
		return i, b.String()
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// conjunctions join main clauses.
var conjunctions = map[string]bool{"und": true, "oder": true, "aber": true, "sondern": true, "denn": true}

// joinsClause reports whether a word joins two main clauses after a
// separable verb's particle: "und", "oder", "aber", "sondern".
func joinsClause(w string) bool {
	w = strings.ToLower(w)
	return conjunctions[w] && w != "denn"
}

// StartsUpper reports whether a word starts with a capital letter.
func StartsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// UpperFirst returns a word with its first letter a capital, as a name or
// a German noun is written: "miss" → "Miss"; an empty word or one that does
// not start with valid UTF-8 as it is.
func UpperFirst(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return w // empty, or no letter to capitalise
	}
	return string(unicode.ToUpper(r)) + w[size:]
}
