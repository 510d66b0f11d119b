package translate

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/lexicon"
	"github.com/quellen/quellen/retrieval/names"
)

// Term is one weighted query term in the target language: German for
// NewTranslator, English for NewGermanTranslator.
type Term struct {
	// Text is a German word or phrase ("Ministerpräsident", "führende
	// Rolle"), or a name, acronym or number kept as written ("Obama", "US",
	// "1990"). It is neither stemmed nor lower-cased.
	Text string
	// Weight is in (0, 1]. Each English word has weight 1, which its
	// alternatives share sub-linearly (weight ∝ share^0.35: eight equally
	// likely alternatives get about 0.4 each), so a word with many
	// translations does not drown one with a single translation. The words
	// of a matched phrase weigh 0.3 as much beside the phrase's translations.
	Weight float64
	// From is the English word or phrase Text stands for, as written in the
	// question; the alternatives for one word have the same From.
	From string
	// Part is 0 when Text translates all of From, and i when it translates
	// only its i-th part, From being a compound or hyphenated word
	// translated part by part ("Bundeswehr|soldaten", "US-Soldaten"): the
	// alternatives for one word have the same From and Part.
	Part int
}

// Translator turns English questions into weighted German query terms with
// a bilingual dictionary. It is safe for concurrent use.
type Translator struct {
	dict *Dictionary
	w    weighting

	// german is set for a German→English translator, which reads German
	// questions: every noun is capitalised, so only acronyms are names;
	// words are looked up by their lexicon lemma and compounds by their
	// parts.
	german bool
	de     *analysis.Analyzer
	lex    *lexicon.Lexicon

	// places names countries, nationalities and cities in both languages
	// ("Warsaw" → "Warschau"); nil when its data cannot be read.
	places *names.Table

	// known and lookups are set for one call of TranslateIn: whether the
	// collection searched uses a target-language word or phrase, and the
	// dictionary's answers so far.
	known   func(string) bool
	lookups map[lookupKey][]Entry
	// sure says whether the collection is known to use a text: known
	// with the texts not asked about yet taken as unused.
	sure func(string) bool
}

// lookupKey is one question to the dictionary: matching's arguments.
type lookupKey struct {
	surface string
	proper  bool
}

// newPlaces loads the names table; it is small (a few milliseconds), and a
// translator works without it.
func newPlaces() *names.Table {
	t, err := names.Embedded()
	if err != nil {
		return nil
	}
	return t
}

// NewTranslator returns a Translator from English to German using d
// (FreeDict opened from files, or Ding's EnglishGerman). With a nil
// Dictionary the Translator still drops English function words and passes
// names, numbers and the remaining words through unchanged, which is the
// best a German index can be searched with when no dictionary is installed.
func NewTranslator(d *Dictionary) *Translator {
	return &Translator{dict: d, w: defaultWeighting, places: newPlaces()}
}

// NewGermanTranslator returns a Translator from German to English using d
// (Ding's GermanEnglish) and lex for German lemmas and compound parts; lex
// may be nil. Its Terms are English words and phrases.
func NewGermanTranslator(d *Dictionary, lex *lexicon.Lexicon) *Translator {
	return &Translator{dict: d, w: defaultWeighting, german: true, de: analysis.NewGerman(lex), lex: lex, places: newPlaces()}
}

// markSeparable gives the tokens of a German question the separable verbs
// the German analysis finds in it.
func (t *Translator) markSeparable(question string, tokens []token) {
	byStart := make(map[int]analysis.Token)
	for _, a := range t.de.Tokens(question) {
		byStart[a.Start] = a
	}
	for i := range tokens {
		a, ok := byStart[tokens[i].start]
		if !ok || a.Text != tokens[i].text {
			continue
		}
		if a.Stop && t.lex.IsParticle(a.Text) && !t.isStop(strings.ToLower(a.Text)) {
			tokens[i].particle = true
		}
		if a.Lemma != "" {
			// A word the lexicon knows in neither case except as a
			// compound it reads into the capitalised form ("Hochladen" as
			// Hoch|lade), and the dictionary has as written ("hochladen"),
			// is that word.
			if e := t.lex.Analyse(a.Text); e.Lemma != a.Lemma && (e.Known || t.listedNoun(a.Text) || t.dict == nil || !t.dict.Has(a.Text)) {
				tokens[i].lemma = a.Lemma // set by the clause, not the word
			}
		}
	}
}

// listedNoun reports whether the lexicon lists a word, capitalised, as a
// noun of its own, not read as a compound ("Verstärkungen"; not "Hoch|lade"
// for "Hochladen").
func (t *Translator) listedNoun(word string) bool {
	e := t.lex.Analyse(analysis.UpperFirst(word))
	return e.Known && len(e.Parts) == 0
}

// markPlaces gives each token that is a place's name on its own the same
// place's name in the other language: "Warsaw" → "Warschau", "irakische" →
// "Iraqi".
func (t *Translator) markPlaces(question string, tokens []token) {
	if t.places == nil {
		return
	}
	from, to := "en", "de"
	if t.german {
		from, to = "de", "en"
	}
	byStart := make(map[int]names.Mention)
	for _, m := range t.places.Find(question, from) {
		byStart[m.Start] = m
	}
	for i := range tokens {
		m, ok := byStart[tokens[i].start]
		if !ok || m.End != tokens[i].start+len(tokens[i].text) {
			continue
		}
		for _, n := range t.places.Names(m.Key, to) {
			if n.Kind == m.Kind {
				tokens[i].place = n.Text // the canonical form comes first
				break
			}
		}
	}
}

// isStop reports whether a lower-case word is a function word of the
// question's language.
func (t *Translator) isStop(lower string) bool {
	if t.german {
		return t.de.IsStop(lower)
	}
	return isEnglishStopWord(lower)
}

// lemmas returns base forms to try for a word with no article of its own:
// the German lexicon's lemma, or WordNet's base of an irregular English form
// and the English suffix rules.
func (t *Translator) lemmas(tok token) []string {
	if t.german {
		if tok.lemma != "" {
			return []string{tok.lemma}
		}
		if t.lex == nil {
			return nil
		}
		// A lemma the lexicon only guesses from the ending ("grafische"
		// read as "grafisch", which it lists only as "graphisch") is tried
		// too: matchingLemma uses it only where the dictionary has it.
		e := t.lex.Analyse(tok.text)
		if e.Lemma != "" && !strings.EqualFold(e.Lemma, tok.text) {
			return []string{e.Lemma}
		}
		return nil
	}
	var out []string
	if t.dict != nil && t.dict.ding != nil {
		out = append(out, t.dict.ding.Irregular(tok.lower)...)
	}
	for _, l := range LemmaCandidates(tok.lower) {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// Translate turns an English question into German query terms, in question
// order. Multi-word headwords ("prime minister") are matched before single
// words, longest first, and their words are searched too at a lower weight;
// function words are dropped; names, acronyms and numbers are kept as
// written, beside their translation when the dictionary has one ("Iraq",
// "Irak"); inflected words are also looked up by their base form.
func (t *Translator) Translate(question string) []Term {
	return t.translate(question)
}

// Usage reports, for each of texts, whether the collection searched uses
// it: a target-language word or phrase as Term.Text would hold it.
type Usage func(texts []string) ([]bool, error)

// TranslateIn is Translate for a collection, which guides the choice among
// translations; usage says which texts it uses. A word's translations the
// collection never uses leave their weight to those it does (unless it
// uses none), and so does the word as written; a phrase none of whose
// translations it uses is translated word by word; a capitalised word it
// never writes is translated as a common word, not kept as a name
// ("Examination Boards"); and two English words in a row also stand for
// the German compounds of their translations that it uses ("pharmacy
// technicians" → "Apothekentechniker").
//
// The texts to ask about are learnt by translating, so the question is
// translated again, the dictionary's answers remembered, until each text
// met has been asked about: the translations, then the compounds of those
// used (and the words of a phrase the collection never uses). usage is
// called once per round with the texts not yet asked about; its error is
// returned.
func (t *Translator) TranslateIn(question string, usage Usage) ([]Term, error) {
	c := *t
	c.lookups = make(map[lookupKey][]Entry)
	known := make(map[string]bool)
	for range maxUsageRounds {
		var missing []string
		met := make(map[string]bool)
		c.known = func(s string) bool {
			used, ok := known[s]
			if !ok && !met[s] {
				met[s] = true
				missing = append(missing, s)
			}
			return used || !ok
		}
		c.sure = func(s string) bool { return known[s] }
		terms := c.translate(question)
		if len(missing) == 0 {
			return terms, nil
		}
		used, err := usage(missing)
		if err != nil {
			return nil, err
		}
		if len(used) != len(missing) {
			return nil, fmt.Errorf("translate: usage answered %d of %d texts", len(used), len(missing))
		}
		for i, s := range missing {
			known[s] = used[i]
		}
	}
	c.known = func(s string) bool { return known[s] }
	c.sure = c.known
	return c.translate(question), nil
}

// maxUsageRounds bounds how often TranslateIn translates a question before
// it takes the texts not asked about as unused.
const maxUsageRounds = 4

func (t *Translator) translate(question string) []Term {
	tokens := tokenize(question)
	if t.german && t.lex != nil {
		t.markSeparable(question, tokens)
	}
	t.markPlaces(question, tokens)
	var terms []Term
	words := make([][]Term, len(tokens)) // a token's terms when translated alone
	for i := 0; i < len(tokens); {
		if n, phrase := t.translatePhrase(tokens[i:]); n > 0 {
			terms = append(terms, phrase...)
			i += n
			continue
		}
		words[i] = t.translateWord(tokens[i])
		terms = append(terms, words[i]...)
		i++
	}
	return append(terms, t.compounds(tokens, words)...)
}

// compounds joins the translations of two English words in a row, each
// translated alone, into the German compounds the collection uses:
// "pharmacy technicians" → "Apothekentechniker", "plague outbreak" →
// "Pestausbruch". German writes as one word what English writes as two,
// and the compound is rarer, so more telling, than its parts, which the
// words' own translations already search. A compound weighs as a
// dictionary phrase does. Only compounds the collection uses are returned:
// none without known, and none for German questions.
func (t *Translator) compounds(tokens []token, words [][]Term) []Term {
	if t.known == nil || t.german {
		return nil
	}
	var out []Term
	for i := 0; i+1 < len(tokens); i++ {
		a, b := tokens[i], tokens[i+1]
		if words[i] == nil || words[i+1] == nil || b.breakBefore || a.kind == numberToken || b.kind == numberToken || a.kind == acronymToken || b.kind == acronymToken {
			continue
		}
		mods := t.compoundParts(words[i], a.text, false)
		heads := t.compoundParts(words[i+1], b.text, true)
		from := a.text + " " + b.text
		for _, m := range mods {
			for _, h := range heads {
				for _, c := range joinCompound(m, h) {
					if t.known(c) && !slices.ContainsFunc(out, func(t Term) bool { return t.Text == c }) {
						out = append(out, Term{Text: c, Weight: 1, From: from})
					}
				}
			}
		}
	}
	return out
}

// compoundParts are the best single-word translations of a word that the
// collection is known to use, at most three; nouns only for the head of a
// compound.
func (t *Translator) compoundParts(terms []Term, source string, nouns bool) []string {
	var out []string
	for _, term := range terms {
		if len(out) == 3 {
			break
		}
		if term.Text == source || strings.ContainsAny(term.Text, " -") || nouns && !analysis.StartsUpper(term.Text) || !t.sure(term.Text) {
			continue
		}
		out = append(out, term.Text)
	}
	return out
}

// joinCompound writes a modifier and a head as one German word, with each
// of the common linking letters: "Apotheke" + "Techniker" →
// "Apothekentechniker", "Gemeinschaft" + "Apotheke" → "Gemeinschaftsapotheke".
func joinCompound(mod, head string) []string {
	r, size := utf8.DecodeRuneInString(mod)
	mod = string(unicode.ToUpper(r)) + mod[size:]
	head = strings.ToLower(head)
	out := []string{mod + head, mod + "s" + head, mod + "n" + head, mod + "en" + head}
	if m, ok := strings.CutSuffix(mod, "e"); ok {
		out = append(out, m+head)
	}
	return out
}

// translatePhrase looks for the longest dictionary headword of two or more
// words starting at tokens[0] and returns how many tokens it covers and its
// terms. A phrase does not start with a function word, so "the coalition"
// or "in charge of" are not looked up, and ends with one only as a verb's
// particle, two words long ("dealt with" → "deal with").
func (t *Translator) translatePhrase(tokens []token) (int, []Term) {
	if t.dict == nil || tokens[0].kind == numberToken || t.isStop(tokens[0].lower) {
		return 0, nil
	}
	longest := 1
	for longest < len(tokens) && longest < t.w.maxPhraseWords && !tokens[longest].breakBefore {
		longest++
	}
	for n := longest; n >= 2; n-- {
		words := tokens[:n]
		last := words[n-1]
		// A verb and its particle ("dealt with") are looked up by the
		// verb's base form ("deal with"); other phrases end in a content
		// word.
		particle := n == 2 && !t.german && t.isStop(last.lower) && last.kind == wordToken
		if last.kind == numberToken || t.isStop(last.lower) && !particle {
			continue
		}
		surface := joinText(words)
		entries := t.matching(surface, false)
		if len(entries) == 0 && !particle {
			// "prime ministers" → "prime minister"
			prefix := joinText(words[:n-1]) + " "
			for _, lemma := range t.lemmas(last) {
				if entries = t.matching(prefix+lemma, false); len(entries) > 0 {
					break
				}
			}
		}
		if len(entries) == 0 && particle {
			// "dealt with" → "deal with"
			for _, lemma := range t.lemmas(words[0]) {
				if entries = t.matching(lemma+" "+last.lower, false); len(entries) > 0 {
					break
				}
			}
		}
		if len(entries) == 0 {
			continue
		}
		terms, used := t.w.weigh(senses(entries, 1), surface, 1, t.known, t.dict.Support)
		if !used {
			continue // the collection says it otherwise, if at all
		}
		// The phrase's words hedge against a phrase in another sense
		// ("yard line" → "Bebauungsgrenze") and against articles that say it
		// in other words.
		for _, w := range words {
			for _, term := range t.translateWord(w) {
				term.Weight *= t.w.phraseWords
				terms = append(terms, term)
			}
		}
		return n, terms
	}
	return 0, nil
}

func joinText(tokens []token) string {
	parts := make([]string, len(tokens))
	for i, tok := range tokens {
		parts[i] = tok.text
	}
	return strings.Join(parts, " ")
}

// translateWord handles one word outside any phrase.
func (t *Translator) translateWord(tok token) []Term {
	keep := []Term{{Text: tok.text, Weight: 1, From: tok.text}}
	switch {
	case tok.kind == numberToken:
		return []Term{{Text: numberText(tok.text), Weight: 1, From: tok.text}}
	case tok.kind != acronymToken && t.isStop(tok.lower), tok.particle:
		return nil
	case t.dict == nil:
		return keep
	case tok.kind == acronymToken || !t.german && tok.kind == capitalisedToken && !tok.first:
		return t.translateName(tok)
	}
	var found []sense
	if tok.lemma == "" {
		found = senses(t.matching(tok.lower, false), 1)
		found = append(found, senses(t.pluralSenses(tok.lower), 1)...)
	}
	// A noun's lemma from the clause is the word as the lexicon writes it
	// ("Mönchsgelübde" for a lower-case "mönchsgelübde"): its parts are
	// translated as a capitalised word's are.
	if t.german && len(found) == 0 && (tok.lemma == "" || analysis.StartsUpper(tok.lemma)) && !strings.Contains(tok.text, "-") {
		if terms := t.translateCompound(tok); terms != nil {
			return terms
		}
	}
	// FreeDict lists many inflected forms, but their articles hold only the
	// inflected translations ("leads": "Hauptrollen", "Leinen"); the base
	// form's articles hold the common senses ("lead": "Führung").
	lemmaScale := 1.0
	if len(found) > 0 {
		lemmaScale = t.w.lemmaScale
	}
	found = append(found, senses(t.matchingLemma(tok, false), lemmaScale)...)
	if len(found) == 0 && !t.german {
		// An adjective said of someone may be filed only with its verb:
		// "afraid" as "be afraid" ("Angst haben").
		if key, ok := Predicative(tok.lower); ok {
			found = senses(t.matching(key, false), 1)
		}
	}
	if len(found) == 0 {
		if tok.place != "" && tok.place != tok.text {
			// a place the dictionary lacks: "Erbil", "Mossul" → "Mosul"
			keep := t.kept(tok.text, t.w.keepName)
			return addTerm([]Term{{Text: tok.place, Weight: 1 - keep, From: tok.text}}, Term{Text: tok.text, Weight: keep, From: tok.text})
		}
		if terms := t.translateParts(tok); terms != nil {
			return terms
		}
		return keep // perhaps a name or loanword, perhaps a typo
	}
	kept := t.kept(tok.text, t.w.keepSource)
	terms, _ := t.w.weigh(found, tok.text, 1-kept, t.known, t.dict.Support)
	terms = addPlace(terms, tok, 1-kept)
	return addTerm(terms, Term{Text: tok.text, Weight: kept, From: tok.text})
}

// Predicative returns the headword under which the dictionary may file an
// English adjective said of someone, with its verb: "be afraid" for
// "afraid". It is false for what is no plain lower-case word ("", "?",
// "Glad", "sth"), which the dictionary's key would reduce to "be" alone or
// another word.
func Predicative(word string) (string, bool) {
	key := "be " + word
	return key, word != "" && DingKey(key) == key
}

// pluralSenses returns the articles of an English noun's plural that are
// headed by the plural itself: a noun used as a modifier is written in the
// singular ("troop withdrawal", "troop contingent"), but its military sense
// may be filed under the plural only ("troops": "Truppe", where "troop" is
// a "Schar").
func (t *Translator) pluralSenses(lower string) []Entry {
	if t.german || strings.HasSuffix(lower, "s") || strings.Contains(lower, " ") {
		return nil
	}
	plural := lower + "s"
	var out []Entry
	for _, e := range t.matching(plural, false) {
		if normaliseKey(e.Headword) == normaliseKey(plural) {
			out = append(out, e)
		}
	}
	return out
}

// kept is the share of a word's weight that the word as written keeps
// beside its translations: share, or none when the collection never uses
// it, so that its translations have it all.
func (t *Translator) kept(text string, share float64) float64 {
	if t.known != nil && !t.known(text) {
		return 0
	}
	return share
}

// addPlace adds a place's name in the other language to a word's terms at
// the weight of its best translation, unless the dictionary gave it already.
func addPlace(terms []Term, tok token, weight float64) []Term {
	if tok.place == "" || slices.ContainsFunc(terms, func(t Term) bool { return t.Text == tok.place }) {
		return terms
	}
	if len(terms) > 0 {
		weight = terms[0].Weight // the best translation's
	}
	return append(terms, Term{Text: tok.place, Weight: weight, From: tok.text})
}

// translateName handles an acronym or a capitalised word inside a sentence.
// It is a name unless the dictionary has it as a name ("Iraq" → "Irak"), and
// the senses of the common word spelt alike ("Bush" → "Busch") weigh less.
// The name itself is always kept: most names are spelt alike in German.
func (t *Translator) translateName(tok token) []Term {
	entries := t.matching(tok.text, true)
	if len(entries) == 0 && tok.kind == capitalisedToken {
		entries = t.matchingLemma(tok, true)
	}
	if len(entries) > 0 {
		keep := t.kept(tok.text, t.w.keepName)
		found := senses(entries, 1)
		if tok.kind == capitalisedToken && t.w.titleSenses > 0 {
			// English capitalises titles and names made of common words
			// ("Doctor Who", "Time Lord"): the common senses stand beside
			// the name's, and support and the collection choose.
			for _, e := range t.matching(tok.lower, false) {
				if !analysis.StartsUpper(e.Headword) {
					found = append(found, sense{e, t.w.titleSenses})
				}
			}
		}
		terms, _ := t.w.weigh(found, tok.text, 1-keep, t.known, t.dict.Support)
		terms = addPlace(terms, tok, 1-keep)
		return addTerm(terms, Term{Text: tok.text, Weight: keep, From: tok.text})
	}
	if tok.place != "" && tok.place != tok.text {
		keep := t.kept(tok.text, t.w.keepName)
		return addTerm([]Term{{Text: tok.place, Weight: 1 - keep, From: tok.text}}, Term{Text: tok.text, Weight: keep, From: tok.text})
	}
	keep := Term{Text: tok.text, Weight: 1, From: tok.text}
	if strings.Contains(tok.text, "-") {
		// "Asian-American": its parts, beside the word as written.
		if terms := t.translateParts(tok); terms != nil {
			return terms
		}
	}
	if tok.kind != capitalisedToken || t.w.namesAsWords == 0 {
		return []Term{keep}
	}
	common := t.matching(tok.lower, false)
	if len(common) == 0 {
		common = t.matchingLemma(tok, false)
	}
	if len(common) == 0 {
		return []Term{keep}
	}
	asWords := t.w.namesAsWords
	if t.known != nil && !t.known(tok.text) {
		// The collection never writes it: a capitalised common word
		// ("Examination Boards"), not a name it could match.
		asWords = 1
	}
	keep.Weight = 1 - asWords
	terms, _ := t.w.weigh(senses(common, 1), tok.text, asWords, t.known, t.dict.Support)
	return addTerm(terms, keep)
}

// addTerm appends term to the terms of one source word, adding its weight to
// an equal term already there ("England" translated as "England").
func addTerm(terms []Term, term Term) []Term {
	if term.Weight <= 0 {
		return terms
	}
	for i := range terms {
		if terms[i].Text == term.Text {
			terms[i].Weight += term.Weight
			return terms
		}
	}
	return append(terms, term)
}

// translateParts translates a word the dictionary has no article for by its
// parts, keeping the word as written beside them: a hyphenated word
// ("US-Soldaten", "plugs-out") by each part, an English closed compound
// ("spacesuit") by the two-word headword it joins ("space suit"). It returns
// nil when there are no such parts.
func (t *Translator) translateParts(tok token) []Term {
	var terms []Term
	if strings.Contains(tok.text, "-") {
		i := 0
		for part := range strings.SplitSeq(tok.text, "-") {
			if part == "" {
				continue
			}
			i++
			for _, term := range t.translateWord(newToken(part, false, false)) {
				term.From, term.Part = tok.text, i
				terms = append(terms, term)
			}
		}
	} else if !t.german && tok.kind == wordToken {
		// An English compound written as one word: "airbase" → "air
		// base"; a plural's head in its singular, "airstrikes" → "air
		// strike".
		r := []rune(tok.lower)
		for i := 3; i+3 <= len(r) && terms == nil; i++ {
			head := string(r[i:])
			for _, h := range []string{head, strings.TrimSuffix(head, "s"), strings.TrimSuffix(head, "es")} {
				if len(h) < 3 {
					continue
				}
				if found := t.matching(string(r[:i])+" "+h, false); len(found) > 0 {
					terms, _ = t.w.weigh(senses(found, 1), tok.text, 1-t.kept(tok.text, t.w.keepSource), t.known, t.dict.Support)
					break
				}
			}
		}
	}
	if terms == nil {
		return nil
	}
	return addTerm(terms, Term{Text: tok.text, Weight: t.kept(tok.text, t.w.keepSource), From: tok.text})
}

// translateCompound translates a German compound the dictionary lacks by its
// parts, each with the weight of a word: "Bundeswehrsoldaten" → "Bundeswehr"
// and "soldier". It returns nil for a word the lexicon does not split or
// whose lemma the dictionary has.
func (t *Translator) translateCompound(tok token) []Term {
	if t.lex == nil {
		return nil
	}
	word := tok.text
	if tok.lemma != "" {
		word = tok.lemma
	}
	e := t.lex.Analyse(word)
	if len(e.Parts) == 0 || len(t.matching(e.Lemma, false)) > 0 {
		return nil
	}
	var terms []Term
	for i, p := range e.Parts {
		found := senses(t.matching(p, false), 1)
		if len(found) == 0 {
			terms = append(terms, Term{Text: p, Weight: 1, From: tok.text, Part: i + 1})
			continue
		}
		weighed, _ := t.w.weigh(found, tok.text, 1, t.known, t.dict.Support)
		for _, term := range weighed {
			term.Part = i + 1
			terms = append(terms, term)
		}
	}
	return terms
}

// matchingLemma returns the articles of the first base form of a word that
// has any.
func (t *Translator) matchingLemma(tok token, proper bool) []Entry {
	for _, lemma := range t.lemmas(tok) {
		if entries := t.matching(lemma, proper); len(entries) > 0 {
			return entries
		}
	}
	return nil
}

// objectSuffixes complete a verb the way FreeDict files many of them:
// "conquer" is there only as "conquer sth." and "represent" only as
// "represent sb." and "represent sth.".
var objectSuffixes = []string{"", " sth", " sb", " sbsth"}

// matching returns the articles for surface whose headword, or one of whose
// variants, is surface itself, together with those of surface followed by an
// object placeholder ("conquer sth."). dictd's index also files an article
// under each abbreviation with its dots removed, so "be" finds "bill of
// exchange (b.e.)"; such articles are dropped, as are set phrases written as
// sentences ("Super!"). With proper set only articles whose headword is
// capitalised (names, nationalities) are returned.
func (t *Translator) matching(surface string, proper bool) []Entry {
	if t.lookups != nil {
		key := lookupKey{surface, proper}
		entries, ok := t.lookups[key]
		if !ok {
			entries = t.match(surface, proper)
			t.lookups[key] = entries
		}
		return entries
	}
	return t.match(surface, proper)
}

func (t *Translator) match(surface string, proper bool) []Entry {
	base := normaliseKey(surface)
	var out []Entry
	for _, suffix := range objectSuffixes {
		key := base + suffix
		for _, e := range t.dict.Lookup(key) {
			if proper && !analysis.StartsUpper(e.Headword) || strings.ContainsAny(e.Headword, "!?") {
				continue
			}
			if normaliseKey(e.Headword) == key || suffix == "" && slices.ContainsFunc(e.Variants, func(v string) bool {
				return strings.EqualFold(v, surface)
			}) {
				out = append(out, e)
			}
		}
	}
	return out
}

// TopSupport is the translator's dictionary's Dictionary.TopSupport.
func (t *Translator) TopSupport(word string) (string, int, float64) {
	if t.dict == nil {
		return "", 0, 0
	}
	return t.dict.TopSupport(word)
}
