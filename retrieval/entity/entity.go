// Package entity finds who and where a text names: countries, nationality
// adjectives and cities (from package names, in German and English), and
// the armed forces news names as such ("Bundeswehr", "UN-Soldaten",
// "NATO"). Question analysis reads a question's constraints with it, and
// fact extraction the force and place of a troop figure.
package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/names"
)

// Mention is a country, nationality, city or force named in a text.
type Mention struct {
	Start, End int
	// Key is a region code ("IQ", "US"), a city's key ("IQ:Baghdad"), or
	// an organisation's key ("UN", "NATO", "EU") for a force that is no
	// country's.
	Key string
	// Country is the region code of a country, nationality or city, the
	// key itself for an organisation.
	Country string
	// Adjective marks a nationality adjective ("italienische", "Italian")
	// or a name as a compound's first part ("US-" in "US-Soldaten"): it
	// qualifies a noun.
	Adjective bool
	// Force marks an armed force named as such ("Bundeswehr", "UN"), or
	// a people or confession news names as a party ("Kurden", "Shiite"):
	// whose troops, never where.
	Force bool
	// City marks a city or capital.
	City bool
	// People marks the nouns for a nation's people ("Amerikaner",
	// "Italians"): whose, never where.
	People bool
}

// Recognizer finds mentions. It is read-only and safe for concurrent use.
type Recognizer struct {
	names *names.Table
}

// New returns a recognizer over a names table; nil recognises forces only.
func New(t *names.Table) *Recognizer { return &Recognizer{names: t} }

// Mentions returns the mentions of text, in order; of overlapping ones the
// longer wins. lang ("de", "en") is the text's language.
func (r *Recognizer) Mentions(text, lang string) []Mention {
	var out []Mention
	if r != nil && r.names != nil {
		for _, m := range r.names.Find(text, lang) {
			if (m.Kind == names.Country || m.Kind == names.City) && !m.Prefix && newNamed(text, m.Start) || continentNamed(text, m.Start, m.End) {
				continue
			}
			out = append(out, Mention{
				Start: m.Start, End: m.End, Key: m.Key, Country: m.Country,
				Adjective: m.Kind == names.Nationality || m.Prefix, City: m.Kind == names.City, People: m.Kind == names.People,
			})
		}
	}
	out = append(out, forces(text)...)
	out = append(out, peoples(text)...)
	out = append(out, r.regions(text, lang)...)
	if lang == "de" {
		out = append(out, r.cityAdjectives(text)...)
		out = append(out, r.speakers(text)...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	kept := out[:0]
	end := -1
	for _, m := range out {
		if m.Start < end {
			continue // inside a longer mention
		}
		kept = append(kept, m)
		end = m.End
	}
	return kept
}

// newPrefixes name a place after another that the gazetteer does not
// know as a whole: "New Jersey" is not Jersey, "Neu-England" not England,
// "Nieuw Nederland" not the Netherlands. Written with a capital: "new US
// troops" are American.
var newPrefixes = []string{"New", "Neu", "Nieuw", "Nova", "Nueva", "Nuevo", "Nouvelle", "Nouveau"}

// newNamed reports whether the country's or city's name starting at start
// follows one of newPrefixes written as a word of its own ("New Jersey",
// "Neu-England").
func newNamed(text string, start int) bool {
	if start < 2 || text[start-1] != ' ' && text[start-1] != '-' {
		return false
	}
	i := start - 1
	for i > 0 && isASCIILetter(text[i-1]) {
		i--
	}
	if i > 0 && text[i-1] >= utf8.RuneSelf {
		return false // the word goes on before: "Grünew"
	}
	return slices.Contains(newPrefixes, text[i:start-1])
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// continentNamed reports whether the name or adjective text[start:end] is
// "America", "Amerika" or "American" after a word that makes it a continent
// ("South America", "Latin American", "Mittel-Amerika"), which the United
// States are not. Only the word right before it is read.
func continentNamed(text string, start, end int) bool {
	if name := strings.ToLower(text[start:end]); !strings.HasPrefix(name, "americ") && !strings.HasPrefix(name, "amerik") {
		return false
	}
	i := start
	// ASCII space only: a byte of a longer letter ("à" ends in 0xa0) is
	// no space.
	for i > 0 && strings.IndexByte("- \t\n\r", text[i-1]) >= 0 {
		i--
	}
	if i == start {
		return false // written onto a word: "Südamerika" is regions'
	}
	k := i
	for k > 0 && isASCIILetter(text[k-1]) || k > 1 && text[k-2] == 0xc3 && text[k-1] == 0xbc { // "ü" of "Süd"
		if isASCIILetter(text[k-1]) {
			k--
		} else {
			k -= 2
		}
	}
	return continentWords[strings.ToLower(text[k:i])]
}

var continentWords = map[string]bool{"south": true, "north": true, "latin": true, "central": true,
	"süd": true, "nord": true, "latein": true, "mittel": true, "zentral": true}

// directionPrefixes make a region of a country of a word: "Südvietnam",
// "Nordirak", "Ostukraine". A name the table has as a whole ("Südkorea",
// "Nordkorea") is found as that name, which is longer, first.
var directionPrefixes = []string{"süd", "nord", "ost", "west", "zentral", "mittel"}

// regions finds words made of a direction and a country's name: the
// region is within the country.
func (r *Recognizer) regions(text, lang string) []Mention {
	if r == nil || r.names == nil {
		return nil
	}
	var out []Mention
	for _, w := range scanWords(text) {
		word := text[w.start:w.end]
		if c := word[0] | 0x20; c != 's' && c != 'n' && c != 'o' && c != 'w' && c != 'z' && c != 'm' {
			continue // no direction prefix starts otherwise
		}
		lower := strings.ToLower(word)
		for _, p := range directionPrefixes {
			rest, ok := strings.CutPrefix(lower, p)
			// "Südamerika(s)" is a continent, no region of the US.
			if !ok || utf8.RuneCountInString(rest) < 3 || strings.HasPrefix(rest, "amerika") {
				continue
			}
			name := capitaliseWords(rest, false)
			for _, m := range r.names.Find(name, lang) {
				if m.Start == 0 && m.End == len(name) && m.Kind == names.Country {
					out = append(out, Mention{Start: w.start, End: w.end, Key: m.Key, Country: m.Country})
					break
				}
			}
		}
	}
	return out
}

// CityAdjectiveEnding makes a German city's name its adjective, written
// with a capital and never inflected: "Pariser", "Berliner", "Genfer".
const CityAdjectiveEnding = "er"

// cityAdjectives finds the German adjectives of cities ("die Pariser
// Ausstellung", "der Berliner Senat"). They say whose, like a
// nationality, not where.
func (r *Recognizer) cityAdjectives(text string) []Mention {
	if r == nil || r.names == nil {
		return nil
	}
	var out []Mention
	for _, w := range scanWords(text) {
		word := text[w.start:w.end]
		stem, ok := strings.CutSuffix(word, CityAdjectiveEnding)
		if !ok || utf8.RuneCountInString(stem) < 3 || !unicode.IsUpper([]rune(stem)[0]) {
			continue
		}
		for _, m := range r.names.Find(stem, "de") {
			if m.Start == 0 && m.End == len(stem) && m.Kind == names.City {
				out = append(out, Mention{Start: w.start, End: w.end, Key: m.Key, Country: m.Country, City: true, Adjective: true})
				break
			}
		}
	}
	return out
}

// speakers finds the German compounds of a nationality's adjective and
// "-sprachig" ("für Deutschsprachige", "französischsprachige Leute"):
// they say whose language, as the adjective says whose ("German
// speakers").
func (r *Recognizer) speakers(text string) []Mention {
	// Most texts hold no such word: they are not scanned.
	if r == nil || r.names == nil || !strings.Contains(text, "prachig") && !strings.Contains(text, "PRACHIG") {
		return nil
	}
	var out []Mention
	for _, w := range scanWords(text) {
		lower := strings.ToLower(text[w.start:w.end])
		i := strings.Index(lower, speakingPart)
		if i < 4 {
			continue
		}
		adjective := lower[:i] + "e" // "deutsche", "französische": the gazetteer's form
		for _, m := range r.names.Find(adjective, "de") {
			if m.Start == 0 && m.End == len(adjective) && m.Kind == names.Nationality {
				out = append(out, Mention{Start: w.start, End: w.end, Key: m.Key, Country: m.Country, Adjective: true})
				break
			}
		}
	}
	return out
}

// speakingPart is the part of a German compound that makes a
// nationality's adjective a language's speakers: "deutschsprachig".
const speakingPart = "sprachig"

// QuestionMentions is Mentions for a question, which members often type
// in lower case ("truppen irak"): a lower-case word also matches a name
// written with a capital.
func (r *Recognizer) QuestionMentions(text, lang string) []Mention {
	found := r.Mentions(text, lang)
	// A short lower-case word may be an abbreviation ("die usa",
	// "us-verteidigungsminister"): it is read in capitals before the
	// words are read capitalised, where "Usa" is no name.
	const hyphenParts = 2 // the variant that capitalises the parts of hyphened words
	for k, variant := range []string{abbreviationsUpper(text, lang), capitaliseWords(text, false), capitaliseWords(text, true)} {
		// Without a hyphen the last variant reads nothing the one before
		// did not, and keeps none of it.
		if variant == text || k == hyphenParts && !strings.Contains(text, "-") {
			continue
		}
		for _, m := range r.Mentions(variant, lang) {
			// A proper name only a capitalised variant finds is one only in
			// a question typed all in lower case, and not after "ein" or
			// "a": "Ist der Iran ein islamischer Staat?" asks of any.
			if m.Force && properForce(m.Key) && k > 0 && (strings.ToLower(text) != text || afterIndefinite(text, m.Start)) {
				continue
			}
			// Hyphenated parts in capitals name only a name that spans the
			// hyphen ("Französisch-Guayana"), or one joined to a name before
			// it ("us-iran talks"): "pro-iranian" is no Iran.
			if k == hyphenParts && !strings.Contains(text[m.Start:m.End], "-") && !slices.ContainsFunc(found, func(f Mention) bool {
				return m.Start > 0 && text[m.Start-1] == '-' && f.End == m.Start-1
			}) {
				continue
			}
			// A longer name read in capitals holds the shorter one read as
			// written: "französisch-guayana" is French Guiana, not French.
			// It is kept when every name it overlaps lies within it.
			within := true
			for _, f := range found {
				if m.Start < f.End && f.Start < m.End {
					within = within && m.Start <= f.Start && f.End <= m.End && m.End-m.Start > f.End-f.Start
				}
			}
			if within {
				found = slices.DeleteFunc(found, func(f Mention) bool { return m.Start <= f.Start && f.End <= m.End })
				found = append(found, m)
			}
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].Start < found[j].Start })
	return found
}

// properForce reports whether the force of key is named by proper names
// only (force.proper).
func properForce(key string) bool {
	return slices.ContainsFunc(forcesTable, func(f force) bool { return f.key == key && f.proper })
}

// afterIndefinite reports whether an indefinite article stands right
// before the word at start.
func afterIndefinite(text string, start int) bool {
	ws := scanWords(text)
	i := slices.IndexFunc(ws, func(w span) bool { return w.start == start })
	return i > 0 && afterWord(text, ws, i, indefiniteArticles)
}

var indefiniteArticles = []string{"ein", "eine", "einem", "einen", "einer", "eines", "a", "an"}

// maxAbbreviation is the longest lower-case word, in letters, read as an
// abbreviation in a question ("nato"): the gazetteer's abbreviations are
// of two to four letters (US, USA, UN, UNO, EU, NATO).
const maxAbbreviation = 4

// abbreviationsUpper writes in capitals the lower-case words of two to
// maxAbbreviation ASCII letters that are no common short words of the
// question's language, keeping the text's byte offsets: "usa", "uno",
// "us-soldaten". English "us" and "is" are words, not the United States
// or the Islamic State, unless a hyphen joins them to the next word.
func abbreviationsUpper(text, lang string) string {
	b := []byte(text)
	ws := scanWords(text)
	for i, w := range ws {
		word := text[w.start:w.end]
		if n := len(word); n < 2 || n > maxAbbreviation || strings.ToLower(word) != word || strings.IndexFunc(word, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			continue
		}
		hyphen := w.end < len(text) && text[w.end] == '-'
		if !hyphen && (notAbbreviations[lang][word] && !afterWord(text, ws, i, beforeAbbreviations) || analysis.For(lang).IsStop(word)) {
			continue
		}
		copy(b[w.start:w.end], strings.ToUpper(word))
	}
	return string(b)
}

// notAbbreviations are the short words of each language, besides its stop
// words, that a gazetteer abbreviation may spell ("us"): read as words
// unless a hyphen joins them to the next. A question with no other short
// word is read once only.
var notAbbreviations = map[string]map[string]bool{
	"en": {"us": true, "is": true, "it": true, "am": true, "go": true, "me": true, "my": true, "no": true, "up": true, "we": true},
	// "is" typed for "ist" ("woran is er gestorben"); "der is", "gegen den
	// is" are the IS (beforeAbbreviations).
	"de": {"du": true, "er": true, "ja": true, "je": true, "ob": true, "wo": true, "is": true},
}

// beforeAbbreviations are the German articles and prepositions that make
// a short word after them a name's abbreviation ("den is", "gegen is"; not
// "das", also the pronoun of "was das is").
var beforeAbbreviations = []string{"der", "den", "dem", "des", "gegen", "vom", "beim", "zum"}

// capitaliseWords writes each word's first letter as a capital where that
// keeps the text's byte offsets; with parts, each part of a hyphenated
// word too ("französisch-guayana" → "Französisch-Guayana").
func capitaliseWords(text string, parts bool) string {
	b := []byte(text)
	atStart := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if atStart && unicode.IsLower(r) {
			if u := unicode.ToUpper(r); utf8.RuneLen(u) == size {
				utf8.EncodeRune(b[i:], u)
			}
		}
		atStart = !unicode.IsLetter(r) && !unicode.IsDigit(r) && (parts || r != '-')
		i += size
	}
	return string(b)
}

// Names returns the written forms of a key's name in German and English
// ("IQ": "Irak", "Iraq", "irakisch", …); a force's forms for an
// organisation's key.
func (r *Recognizer) Names(key string) []string {
	var out []string
	if r != nil && r.names != nil {
		for _, lang := range []string{"de", "en"} {
			for _, n := range r.names.Names(key, lang) {
				out = append(out, n.Text)
			}
		}
	}
	for _, f := range forcesTable {
		if f.key == key {
			for _, form := range f.forms {
				out = append(out, strings.TrimSuffix(form, "*"))
			}
			out = append(out, f.upper...)
		}
	}
	return out
}

// Within reports whether a mention's key lies within a constraint's key:
// the same place or force, or a city within the constraint's country.
func Within(key, constraint string) bool {
	if key == constraint {
		return true
	}
	country, _, isCity := strings.Cut(key, ":")
	return isCity && country == constraint
}

// A force is an armed force or an organisation whose troops news counts.
type force struct {
	key string
	// forms are lower-case words or phrases; a form ending in "*" matches
	// as the start of a word ("bundeswehrsoldaten").
	forms []string
	// upper forms must be written in capitals ("UN", "EU"): in lower case
	// they are other words ("un-", "eu").
	upper []string
	// notAfter are words that make a form, not an upper form, another's
	// name when written right before it ("Western European Union").
	notAfter []string
	// proper marks forms that name the force only as a proper name, with
	// a capital ("der Islamische Staat"; "ein islamischer Staat" is any).
	proper bool
}

// forcesTable lists the forces news names by an organisation rather than a
// country, each with the key a question's constraint compares.
var forcesTable = []force{
	{key: "DE", forms: []string{"bundeswehr*"}},
	{key: "AT", forms: []string{"bundesheer*"}},
	{key: "US", forms: []string{"pentagon*"}},
	{key: "UN", forms: []string{"vereinte nationen", "vereinten nationen", "united nations", "blauhelm*", "u.n."}, upper: []string{"UN", "UNO"}},
	{key: "NATO", forms: []string{"nato*"}},
	// The jihadist group, by its every name: "IS", "ISIS", "ISIL", "Daesh".
	{key: "ISIS", forms: []string{"islamische staat", "islamischer staat", "islamischen staat", "islamischen staates", "islamischen staats", "islamic state", "isis", "isil", "daesh", "daesch"},
		upper: []string{"IS", "ISIS", "ISIL"}, proper: true},
	{key: "EU", forms: []string{"europäische union", "europäischen union", "europäischer union", "european union"}, upper: []string{"EU"},
		notAfter: []string{"western", "west"}},
}

// peoplesTable lists the peoples and confessions news names as parties
// with no state of their own ("kurdische Kräfte", "Shiite militias",
// "sunnitische Parteien"): whose, as a force is. Each is read as whole
// words only: a German stem with a people's or an adjective's ending
// ("Kurden", "kurdischen"; not "Kurdirektor" or "Alan Kurdi"), or an
// English form as written.
var peoplesTable = []people{
	{key: "KURD", stems: []string{"kurd"}, english: []string{"kurd", "kurds", "kurdish"}, adjectives: []string{"kurdish"}},
	{key: "SHIA", stems: []string{"schiit"}, english: []string{"shia", "shias", "shiite", "shiites"}, adjectives: []string{"shia", "shiite"}},
	{key: "SUNNI", stems: []string{"sunnit"}, english: []string{"sunni", "sunnis"}, adjectives: []string{"sunni"}},
	{key: "YAZIDI", stems: []string{"jesid", "ezid"}, english: []string{"yazidi", "yazidis"}, adjectives: []string{"yazidi"}},
	{key: "ALAWITE", stems: []string{"alawit"}, english: []string{"alawite", "alawites"}, adjectives: []string{"alawite"}},
	// "Drusen" are glands and crystals too: the people only by its
	// adjective or in English.
	{key: "DRUZE", stems: []string{"drus"}, english: []string{"druze", "druzes"}, adjectives: []string{"druze"}},
}

// people is a people or confession: its key, German stems, English forms,
// and of those the adjectives, which qualify a noun.
type people struct {
	key                        string
	stems, english, adjectives []string
}

// peopleNouns and peopleAdjectives are the German endings of a people's
// stem: its members ("Kurde", "Kurden", "Kurdin"), its adjective
// ("kurdisch", "kurdischen").
var (
	peopleNouns      = []string{"e", "en", "in", "innen"}
	peopleAdjectives = []string{"isch", "ische", "ischen", "ischer", "isches", "ischem"}
)

// IsPeople reports whether a key is one of peoplesTable's.
func IsPeople(key string) bool {
	return slices.ContainsFunc(peoplesTable, func(p people) bool { return p.key == key })
}

// peoples finds the peoples of peoplesTable a text names.
func peoples(text string) []Mention {
	var out []Mention
	for _, w := range scanWords(text) {
		lower := strings.ToLower(text[w.start:w.end])
		for _, p := range peoplesTable {
			adjective, ok := false, slices.Contains(p.english, lower)
			if ok {
				adjective = slices.Contains(p.adjectives, lower)
			}
			for _, stem := range p.stems {
				rest, found := strings.CutPrefix(lower, stem)
				if !found {
					continue
				}
				if slices.Contains(peopleAdjectives, rest) {
					ok, adjective = true, true
				} else if slices.Contains(peopleNouns, rest) && p.key != "DRUZE" {
					ok = true
				}
			}
			if ok {
				out = append(out, Mention{Start: w.start, End: w.end, Key: p.key, Country: p.key, Force: true, Adjective: adjective})
				break
			}
		}
	}
	return out
}

// forceInitials are the lower-case first bytes of every form and upper
// form of forcesTable: a word starting otherwise names no force.
var forceInitials = func() (set [256]bool) {
	for _, f := range forcesTable {
		for _, form := range f.forms {
			set[form[0]] = true
		}
		for _, u := range f.upper {
			set[strings.ToLower(u)[0]] = true
		}
	}
	return set
}()

// forces finds the forces a text names.
func forces(text string) []Mention {
	var out []Mention
	ws := scanWords(text)
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		word := text[w.start:w.end]
		if c := word[0]; c < utf8.RuneSelf && !forceInitials[c|0x20] {
			continue // every form starts with an ASCII letter
		}
		lower := strings.ToLower(word)
		for _, f := range forcesTable {
			if end, ok := matchForce(text, ws, i, lower, word, f); ok {
				if afterWord(text, ws, i, f.notAfter) && !slices.Contains(f.upper, word) {
					continue
				}
				hyphen := end < len(text) && text[end] == '-'
				compound := end < w.end || hyphen
				out = append(out, Mention{Start: w.start, End: end, Key: f.key, Country: f.key, Force: true, Adjective: compound})
				break
			}
		}
	}
	return out
}

// afterWord reports whether word i of text follows one of words, lower-case,
// with only spaces between them.
func afterWord(text string, ws []span, i int, words []string) bool {
	return i > 0 && strings.TrimSpace(text[ws[i-1].end:ws[i].start]) == "" &&
		slices.Contains(words, strings.ToLower(text[ws[i-1].start:ws[i-1].end]))
}

// matchForce matches force f at word i and returns where the match ends.
func matchForce(text string, ws []span, i int, lower, word string, f force) (int, bool) {
	for _, u := range f.upper {
		// In a run of capitals ("THIS IS THE …") the letters are no name.
		if word == u && !capitalsBeside(text, ws, i) {
			return ws[i].end, true
		}
	}
	for _, form := range f.forms {
		if prefix, ok := strings.CutSuffix(form, "*"); ok {
			if strings.HasPrefix(lower, prefix) {
				if len(lower)-len(prefix) <= 2 {
					return ws[i].end, true // an ending: "Blauhelme", "NATOs"
				}
				return ws[i].start + len(prefix), true // a compound: "Bundeswehrsoldaten"
			}
			continue
		}
		match, k := true, 0
		for p := range strings.FieldsSeq(form) {
			if i+k >= len(ws) || !strings.EqualFold(text[ws[i+k].start:ws[i+k].end], p) || strings.ToLower(text[ws[i+k].start:ws[i+k].end]) != p {
				match = false
				break
			}
			k++
		}
		if match && !(f.proper && !allCapitalised(text, ws[i:i+k])) {
			return ws[i+k-1].end, true
		}
	}
	return 0, false
}

// capitalsBeside reports whether a word right next to word i, with only
// spaces between, is written in capitals too, two letters or more and no
// dot: a heading or a shout ("THIS IS THE …"), not a name ("PKK, IS und
// YPG" keeps it).
func capitalsBeside(text string, ws []span, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(ws) {
			continue
		}
		a, b := min(ws[i].end, ws[j].end), max(ws[i].start, ws[j].start) // the gap between them
		w := text[ws[j].start:ws[j].end]
		if strings.TrimSpace(text[a:b]) == "" && len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w && !strings.Contains(w, ".") {
			return true
		}
	}
	return false
}

// allCapitalised reports whether every word of ws starts with a capital:
// "Islamic State", "Islamischer Staat" name the group; "an Islamic
// state", "ein islamischer Staat" any such state.
func allCapitalised(text string, ws []span) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(text[w.start:])
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

type span struct{ start, end int }

// scanWords splits text into words of letters, digits and inner dots
// ("u.n."); a hyphen ends a word.
func scanWords(text string) []span {
	var out []span
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '.' && j+1 < len(text) && isLetter(text[j+1:])) {
				j += size
				continue
			}
			if r == '.' && j > i && strings.Count(text[i:j], ".") > 0 {
				j += size // the closing dot of "u.n."
			}
			break
		}
		out = append(out, span{i, j})
		i = j
	}
	return out
}

func isLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
