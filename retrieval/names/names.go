// Package names finds country, nationality and city names in German and
// English text and lists each place's names in either language, so that a
// question about "Iraq" meets a passage about "den Irak" and "italienische
// Soldaten" meets "Italy".
//
// The names come from Unicode CLDR (country names, and cities from its time
// zones), WordNet (English synonyms and nationality adjectives), Ding and
// LanguageTool's German lexicon (German nationality adjectives, the nouns
// for a nation's people, and their inflections); internal/mkdata builds the embedded names.tsv.gz from them
// (see NOTICE). A place is identified by its key: an ISO 3166 region code
// ("IQ", "US") for a country, "IQ:Baghdad" for a city, which also names its
// country.
//
// Limitations: names are matched as written, word by word, so a name inside a
// closed compound ("Irakkrieg") is not found, while one before a hyphen
// ("Irak-Krieg", "US-Soldaten") is. A name shared by several places
// ("Georgia" is also an American state) is reported with the one key the data
// gives it.
package names

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed names.tsv.gz
var embedded []byte

// Kind is what a name names.
type Kind uint8

const (
	Country     Kind = iota + 1 // "Irak", "United States", "USA"
	Nationality                 // a nationality adjective: "italienische", "Iraqi"
	City                        // a capital or city: "Bagdad", "Washington"
	People                      // a nation's people: "Amerikaner", "Irakerinnen", "Italians"
)

func (k Kind) String() string {
	switch k {
	case Country:
		return "country"
	case Nationality:
		return "nationality"
	case City:
		return "city"
	case People:
		return "people"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

func parseKind(s string) (Kind, bool) {
	switch s {
	case "country":
		return Country, true
	case "nationality":
		return Nationality, true
	case "city":
		return City, true
	case "people":
		return People, true
	}
	return 0, false
}

// Mention is one name found in a text.
type Mention struct {
	Start, End int    // byte offsets of the name in the text
	Text       string // the name as written, text[Start:End]
	Key        string // "IQ", or "IQ:Baghdad" for a city
	Country    string // the region code: Key itself, or a city's country
	Kind       Kind
	Lang       string // the language of the form that matched: "de" or "en"
	// Prefix is set for a name that is the first part of a hyphenated
	// compound ("US-Soldaten", "Irak-Einsatz"): it qualifies the word after
	// it the way a nationality adjective does.
	Prefix bool
}

// Name is one written form of a place's name.
type Name struct {
	Text string
	Kind Kind
}

// Table holds the names. It is read-only after New and safe for concurrent use.
type Table struct {
	// forms maps a written form, words separated by single spaces, to the
	// places it names.
	forms    map[string][]place
	maxWords int
	// first maps a form's first word to the most words of the forms it
	// begins, so that Find tries only lengths some form has.
	first map[string]int
	byKey map[string]map[string][]Name // key → language → names, canonical first
}

type place struct {
	key, lang string
	kind      Kind
}

// Embedded returns the embedded names, decoded on the first call and
// shared by every caller after it: the table is read-only. The analyzer,
// the translator and the engine each read it; one copy serves them all.
func Embedded() (*Table, error) { return embeddedTable() }

var embeddedTable = sync.OnceValues(New)

// New decodes the embedded names into a table of its own. It takes a few
// milliseconds (BenchmarkNew).
func New() (*Table, error) {
	zr, err := gzip.NewReader(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("names data: %w", err)
	}
	return Parse(zr)
}

// Parse reads a names table in the embedded format: one line per place,
// kind and language, "key TAB kind TAB lang TAB form TAB form…", the first
// form the canonical one; '#' starts a comment line.
func Parse(r io.Reader) (*Table, error) {
	t := &Table{forms: make(map[string][]place), byKey: make(map[string]map[string][]Name), first: make(map[string]int)}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 4 {
			return nil, fmt.Errorf("names line %d: want key, kind, language and names", n)
		}
		key, lang := fields[0], fields[2]
		kind, ok := parseKind(fields[1])
		if !ok {
			return nil, fmt.Errorf("names line %d: unknown kind %q", n, fields[1])
		}
		if key == "" || lang == "" {
			return nil, fmt.Errorf("names line %d: empty key or language", n)
		}
		if kind == City && !strings.Contains(key, ":") {
			return nil, fmt.Errorf("names line %d: city key %q names no country", n, key)
		}
		if t.byKey[key] == nil {
			t.byKey[key] = make(map[string][]Name)
		}
		for _, f := range fields[3:] {
			words := splitWords(f)
			if len(words) == 0 {
				continue
			}
			t.byKey[key][lang] = append(t.byKey[key][lang], Name{Text: f, Kind: kind})
			norm := strings.Join(words, " ")
			p := place{key: key, lang: lang, kind: kind}
			if !containsPlace(t.forms[norm], p) {
				t.forms[norm] = append(t.forms[norm], p)
			}
			t.maxWords = max(t.maxWords, len(words))
			t.first[words[0]] = max(t.first[words[0]], len(words))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("names: %w", err)
	}
	return t, nil
}

func containsPlace(ps []place, p place) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// Names returns the forms of a place's name in a language ("de", "en"),
// canonical first: for a country its names, then its nationality adjectives
// with their inflections, then the nouns for its people. Names("IQ", "de")
// gives Irak, Iraks, irakisch, irakische, …, Iraker, …; an unknown key gives
// nil.
func (t *Table) Names(key, lang string) []Name {
	return append([]Name(nil), t.byKey[key][lang]...)
}

// Canonical returns a place's usual name in a language, or "" when it has none.
func (t *Table) Canonical(key, lang string) string {
	for _, n := range t.byKey[key][lang] {
		if n.Kind == Country || n.Kind == City {
			return n.Text
		}
	}
	return ""
}

// Find returns the names mentioned in text, in text order; a longer name
// wins over one inside it ("Vereinigte Staaten von Amerika" over "Amerika").
// lang restricts the forms to one language ("de" or "en"); "" looks for both,
// as a German article quoting "U.S." needs. A form with several places
// ("Kongo") gives one mention per place. A capitalised word also matches a
// lower-case adjective ("Italienische Soldaten …" at the start of a sentence),
// but a lower-case word never matches a capitalised name, so "us" is not
// "US" and "turkey" not "Turkey".
func (t *Table) Find(text, lang string) []Mention {
	toks := tokenize(text)
	var out []Mention
	var buf []byte
	for i := 0; i < len(toks); {
		matched := false
		// Only lengths that a form beginning with this word has can match
		// as written; a capitalised word alone may also match lowered.
		longest := t.first[text[toks[i].start:toks[i].end]]
		if r, _ := utf8.DecodeRuneInString(text[toks[i].start:]); unicode.IsUpper(r) {
			longest = max(longest, 1)
		}
		for n := min(t.maxWords, len(toks)-i, longest); n >= 1; n-- {
			if n > 1 && !adjacent(text, toks[i:i+n]) {
				continue
			}
			start, end := toks[i].start, toks[i+n-1].end
			var places []place
			places, buf = t.lookup(text, toks[i:i+n], buf)
			found := false
			for j, p := range places {
				if lang != "" && p.lang != lang || slices.ContainsFunc(places[:j], func(q place) bool {
					return q.key == p.key && q.kind == p.kind && (lang == "" || q.lang == lang)
				}) {
					continue // one mention per place, whichever languages spell it so
				}
				found = true
				m := Mention{Start: start, End: end, Text: text[start:end], Key: p.key, Country: countryOf(p.key), Kind: p.kind, Lang: p.lang}
				m.Prefix = p.kind != Nationality && end < len(text) && text[end] == '-' && end+1 < len(text) && isLetterAt(text, end+1)
				out = append(out, m)
			}
			if found {
				i += n
				matched = true
				break
			}
		}
		if !matched {
			i++
		}
	}
	return out
}

// lookup finds the places a run of tokens names, trying the words as written
// and, for adjectives, with a capital first letter lowered. buf is scratch
// space for the key, returned for the next call.
func (t *Table) lookup(text string, toks []token, buf []byte) ([]place, []byte) {
	if len(toks) > 1 {
		buf = buf[:0]
		for i, tk := range toks {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, text[tk.start:tk.end]...)
		}
		return t.forms[string(buf)], buf
	}
	key := text[toks[0].start:toks[0].end]
	if ps := t.forms[key]; len(ps) > 0 {
		return ps, buf
	}
	r, size := utf8.DecodeRuneInString(key)
	if !unicode.IsUpper(r) {
		return nil, buf
	}
	buf = utf8.AppendRune(buf[:0], unicode.ToLower(r))
	buf = append(buf, key[size:]...)
	var out []place
	for _, p := range t.forms[string(buf)] {
		if p.kind == Nationality {
			out = append(out, p)
		}
	}
	return out, buf
}

func countryOf(key string) string {
	c, _, _ := strings.Cut(key, ":")
	return c
}

// token is a word's span. A word is letters and digits, with the dots of an
// abbreviation ("U.S.", "U.S.A."); an apostrophe separates words, so
// "Iraq's" gives "Iraq" and "s".
type token struct{ start, end int }

func tokenize(text string) []token {
	var out []token
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		i += size
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += size
				continue
			}
			// "U.S." and "U.S.A.": single capitals joined by dots, the last dot included.
			if r == '.' && isAbbreviation(text[start:i]) {
				i += size
				continue
			}
			break
		}
		out = append(out, token{start, i})
	}
	return out
}

// isAbbreviation reports whether s is one capital letter or capitals each
// followed by a dot so far ("U", "U.S").
func isAbbreviation(s string) bool {
	for i, r := range s {
		if i%2 == 0 && !(r >= 'A' && r <= 'Z') || i%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}

// splitWords splits a name as the data writes it into words the way tokenize
// splits a text, so that both meet: "Kongo-Kinshasa" gives two words.
func splitWords(s string) []string {
	var out []string
	for _, tk := range tokenize(s) {
		out = append(out, s[tk.start:tk.end])
	}
	return out
}

// adjacent reports whether tokens stand next to each other, separated by
// spaces, one hyphen or one apostrophe only, as the words of one name do
// ("Vereinigte Staaten", "Kongo-Kinshasa", "People's Republic").
func adjacent(text string, toks []token) bool {
	for i := 1; i < len(toks); i++ {
		gap := text[toks[i-1].end:toks[i].start]
		if gap == "-" || gap == "'" || gap == "’" {
			continue
		}
		if strings.TrimSpace(gap) != "" || gap == "" {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// Keys returns every key in the table, sorted.
func (t *Table) Keys() []string {
	out := make([]string, 0, len(t.byKey))
	for k := range t.byKey {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
