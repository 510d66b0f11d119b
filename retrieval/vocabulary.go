package retrieval

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/derive"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/lexicon"
	"github.com/quellen/quellen/retrieval/timex"
	"github.com/quellen/quellen/retrieval/translate"
)

// vocabulary is the question parser's gazetteer and its knowledge of
// common words (query.Vocabulary): the German lexicon and the dictionary's
// headwords in both languages. A question typed in lower case names what
// they do not know.
type vocabulary struct {
	*entity.Recognizer
	lex *lexicon.Lexicon
	// english and german return the dictionary from English and from
	// German, nil when there is none: then every English word counts as
	// known, and German words are judged by the lexicon alone.
	english, german func() *translate.Dictionary
	// relatives knows the nouns that name a person (query.Roles); nil
	// or returning nil knows none.
	relatives func() *derive.Table
}

// NamesPerson reports whether a noun names a person ("Konsul",
// "historian"): query.Roles.
func (v vocabulary) NamesPerson(lang, word, lemma string) bool {
	if v.relatives == nil {
		return false
	}
	return v.relatives().NamesPerson(lang, word, lemma)
}

// MayNamePerson reports whether a noun may name a person: it does
// (NamesPerson), or, in German, the last part of a compound does, inflected
// or not ("Regierungssprecher", "Kommandeurs"), from minRolePart letters.
// Such a part may mislead ("Flugzeugträger"), so it is read only where a
// person is likely anyway: a noun beside a name (roleBesideName), or
// where a wrong yes costs nothing but a declined answer given
// (namesSomeone, which only keeps a who-question from being declined).
func (v vocabulary) MayNamePerson(lang, word, lemma string) bool {
	if v.NamesPerson(lang, word, lemma) {
		return true
	}
	if lang == analysis.English {
		return false
	}
	for i := range word {
		if utf8.RuneCountInString(word[i:]) < minRolePart {
			break
		}
		part := word[i:] // NamesPerson reads it in lower case
		for _, form := range []string{part, strings.TrimSuffix(part, "s"), strings.TrimSuffix(part, "en"), strings.TrimSuffix(part, "n")} {
			if v.NamesPerson(lang, form, "") {
				return true
			}
		}
	}
	return false
}

// minRolePart is the shortest last part of a compound, in letters, read
// as a role: "Sprecher", "General"; not "Rat" in "Gemeinderat".
const minRolePart = 5

// typoLength is the length, in letters, from which a word one edit away
// from another counts as that word mistyped ("premierminster"): shorter
// names are too often one letter from a common word ("fresno", "Fresko").
// The question's vocabulary, coverage (covers) and owner heads
// (nearlyEqual) all forgive typos from this length.
const typoLength = 8

// maxNameLength is the longest word taken for a name, in letters: longer
// ones are known without a look. With typoLength it bounds a word's cost:
// its one-typo variants (about sixty per letter) are each looked up once,
// exactly.
const maxNameLength = 24

// Knows reports whether word, lower-case, is a common word of lang or one
// typo away from one; an English question's word may also be a common word
// German has taken in (germanLoan: "the ada health app" over German
// articles, which write "die App").
func (v vocabulary) Knows(lang, word string) bool {
	if utf8.RuneCountInString(word) > maxNameLength {
		return true
	}
	// A German compound with an English word is read in a question of
	// either language: "curl jessie neueste version sicherheitsupdate"
	// reads as English.
	if v.known(lang, word) || v.lex != nil && (lang != analysis.English && v.namedCompound(word) || v.loanCompound(word, lang == analysis.English)) ||
		lang == analysis.English && v.germanLoan(word) {
		return true
	}
	if v.unknownPlace(lang, word) {
		return false // no typo of a common word, though one edit away ("Kurdistans")
	}
	if utf8.RuneCountInString(word) < typoLength {
		_, ok := v.correction(lang, word)
		return ok
	}
	return slices.ContainsFunc(oneEditAway(word), func(w string) bool { return v.known(lang, w) })
}

// germanLoan reports whether a word is one German has taken in from
// English as it is written there ("App", "Apps"): the lexicon lists it as
// a common word's form (Lexicon.ListsCommon), and the dictionary from
// German translates its lemma by English words that hold it ("App":
// "mobile app"). "Müller" ("miller"), "Spiegel" ("mirror") and names the
// lexicon lists ("Opel", "Telekom") are not such words, nor is a place's
// name ("Bayern").
func (v vocabulary) germanLoan(word string) bool {
	d := v.german()
	if d == nil || v.lex == nil {
		return false
	}
	lemma, ok := v.lex.CommonLemma(word)
	if !ok {
		return false
	}
	lemma = strings.ToLower(lemma)
	loan := slices.ContainsFunc(d.Lookup(lemma), func(e translate.Entry) bool {
		return slices.ContainsFunc(e.Translations, func(t translate.Translation) bool {
			return !analysis.StartsUpper(t.Text) && slices.Contains(strings.Fields(t.Text), lemma)
		})
	})
	return loan && !v.placeName(word) && !v.germanName(word) && (v.Recognizer == nil || len(v.QuestionMentions(word, analysis.German)) == 0)
}

// KnowsEnglish reports whether the vocabulary has an English dictionary:
// without one it takes every English word for known.
func (v vocabulary) KnowsEnglish() bool { return v.english() != nil }

// Lists reports whether word is a form the lexicon (German) or the
// dictionary (English) lists as it stands (query.LanguageVocabulary).
func (v vocabulary) Lists(lang, word string) bool { return v.listed(lang, word) }

// correction returns the common word of lang that word, lower-case and
// unknown, mistypes: one edit away from eight letters on, one left-out
// letter away from four ("aktuel", "angy"); in English, a left-out letter
// first and of those the commonest word (translate.Dictionary.Uses). Other
// edits of a short name too often make a common word ("fresno", "Fresko").
func (v vocabulary) correction(lang, word string) (string, bool) {
	// A typo is of a common word, never of a name the dictionary lists:
	// "alan" is no "Aldan", the river. English writes its months and
	// weekdays with a capital, but they are words: "decmber" is December.
	commonWord := func(w string) bool {
		return v.listed(lang, w) && !(lang == analysis.English && v.properName(w) && !timex.IsMonth(w) && !timex.IsWeekday(w))
	}
	variants := typoVariants(word)
	if lang == analysis.English && len(variants) > 0 {
		// A left-out letter is the commonest typo; of the English words
		// it may leave, the one Ding pairs most often is the commonest:
		// "kiled" is "killed", not "kieled".
		best, bestUse := "", -1
		for _, w := range oneLetterMore(word) {
			if !commonWord(w) {
				continue
			}
			if use := v.english().Uses(w); use > bestUse {
				best, bestUse = w, use
			}
		}
		if best != "" {
			return best, true
		}
	}
	for _, w := range variants {
		if commonWord(w) {
			return w, true
		}
	}
	return "", false
}

// transcription returns the German word a lower-case word the lexicon
// does not list stands for, written without its umlauts or ß
// (transcribed): a word the lexicon lists ("gruendung" for "gründung",
// "fuer" for "für"), a compound of its words ("gruendungsjahr") or a
// place the gazetteer knows ("oesterreich").
func (v vocabulary) transcription(lang, word string) (string, bool) {
	if lang == analysis.English || v.lex == nil || !strings.ContainsAny(word, "es") || v.lex.Lists(word) {
		return "", false
	}
	// The lexicon lists no function words: "fuer" is "für", a stop
	// word, not "Feuer" mistyped; one typed as it is spelt ("dass") is
	// left as it is, not spelt the old way ("daß").
	stop := analysis.For(analysis.German).IsStop
	if stop(word) {
		return "", false
	}
	variants := transcribed(word)
	for _, w := range variants {
		if v.lex.Lists(w) || stop(w) {
			return w, true
		}
	}
	// A compound of the lexicon's words ("gruendungsjahr",
	// "streitkraefte"), unless the word as typed reads as one too; a word
	// with no letters to read either way is not analysed.
	if len(variants) > 0 && !v.lex.Knows(word) {
		for _, w := range variants {
			if v.lex.Knows(w) {
				return w, true
			}
		}
	}
	// A place's name the gazetteer knows ("oesterreich", "groenland").
	// The dictionary is not asked: it takes half a second and 80 MB to
	// open, which a German question over German sources should not cost
	// for a name typed with "ss" ("Mississippi").
	for _, w := range variants {
		if v.Recognizer != nil && slices.ContainsFunc(v.QuestionMentions(w, analysis.German), func(m entity.Mention) bool { return m.Start == 0 && m.End == len(w) }) {
			return w, true
		}
	}
	return "", false
}

// transcribed returns the German words a lower-case word may stand for
// where it writes "ae", "oe", "ue" or "ss" for "ä", "ö", "ü" or "ß", as a
// keyboard without them makes one type: each such pair of letters read
// either way, up to maxTranscribed of them.
func transcribed(word string) []string {
	out := []string{""}
	pairs := 0
	for i := 0; i < len(word); i++ {
		letter := ""
		if i+1 < len(word) && pairs < maxTranscribed {
			switch word[i : i+2] {
			case "ae":
				letter = "ä"
			case "oe":
				letter = "ö"
			case "ue":
				// "que" is no "qü" ("quelle").
				if i == 0 || word[i-1] != 'q' {
					letter = "ü"
				}
			case "ss":
				letter = "ß"
			}
		}
		if letter == "" {
			for k := range out {
				out[k] += word[i : i+1]
			}
			continue
		}
		pairs++
		n := len(out)
		for k := 0; k < n; k++ {
			out = append(out, out[k]+letter)
			out[k] += word[i : i+2]
		}
		i++
	}
	return out[1:] // the first is the word as typed
}

// maxTranscribed is how many pairs of letters transcribed reads either
// way: enough for "muessen", "groessere", few enough to stay cheap.
const maxTranscribed = 3

// typoVariants returns the words a lower-case word may mistype: one edit
// away from eight letters on, one left-out letter (or, from five, two
// swapped ones) away from four; none for a shorter or a longer one.
func typoVariants(word string) []string {
	n := utf8.RuneCountInString(word)
	switch {
	case n > maxNameLength || n < minTypoLength:
		return nil
	case n < typoLength:
		variants := oneLetterMore(word)
		if n >= minTranspositionLength {
			variants = append(variants, transposed(word)...) // "musuem"
		}
		return variants
	default:
		return oneEditAway(word)
	}
}

// lowerHeadwordCorrection returns the German word of the dictionary's
// that word, lower-case and unknown to the lexicon, mistypes, as
// correction does: the lexicon has no adverbs, the dictionary has them,
// written in lower case as no name or noun is ("trotzdm" mistypes
// "trotzdem"). A word the dictionary has is no typo. It loads the
// dictionary, so it is asked only of a question typed in lower case, whose
// names the dictionary tells anyway.
func (v vocabulary) lowerHeadwordCorrection(word string) (string, bool) {
	if v.german == nil {
		return "", false
	}
	d := v.german()
	if d == nil || d.Has(word) {
		return "", false
	}
	for _, w := range typoVariants(word) {
		if lowerHeadword(d, w) {
			return w, true
		}
	}
	return "", false
}

// lowerHeadword reports whether the dictionary has a lower-case word as a
// headword written so: no noun or name, which German capitalises ("beide",
// not "Hanse" for "hanse").
func lowerHeadword(d *translate.Dictionary, w string) bool {
	return slices.ContainsFunc(d.Lookup(w), func(e translate.Entry) bool { return e.Headword == w })
}

// properName reports whether the English dictionary has word only as a
// name: every entry's headword is capitalised ("Aldan", "Kandahar").
func (v vocabulary) properName(word string) bool {
	return everyEntry(v.english(), word, func(e translate.Entry) bool { return analysis.StartsUpper(e.Headword) })
}

// everyEntry reports whether the dictionary d (nil for none) has word and
// every entry for it is as ok says.
func everyEntry(d *translate.Dictionary, word string, ok func(translate.Entry) bool) bool {
	if d == nil {
		return false
	}
	entries := d.Lookup(word)
	return len(entries) > 0 && !slices.ContainsFunc(entries, func(e translate.Entry) bool { return !ok(e) })
}

// listed reports whether word is a form the lexicon lists, or for English
// a headword of the dictionary, its lemma's, or one with "be" before it
// ("be afraid", translate.Predicative): a typo is corrected only to a word as it
// stands, never to one the lexicon reads as a compound ("minstar").
func (v vocabulary) listed(lang, word string) bool {
	if lang == analysis.English {
		d := v.english()
		if d == nil {
			return false
		}
		key, predicative := translate.Predicative(word)
		return d.Has(word) || slices.ContainsFunc(translate.LemmaCandidates(word), d.Has) || predicative && d.Has(key)
	}
	return v.lex != nil && v.lex.Lists(word)
}

// corrected returns text with its mistyped words ("aktuel",
// "premierminster") written as the common words they mistype, and chat's
// short forms ("ops") as the words they stand for, so that the question's
// analysis weighs what was meant; at most maxCorrections unknown words are
// looked at. Words with a capital are left alone in a
// question that uses capitals: there they are names. A word the
// collection uses as written (used, nil for none) is no typo either: "fort
// caroline" is not "caroling", nor "rose tyler" "styler".
func (v vocabulary) corrected(lang, text string, used func(word string) bool) string {
	text = withoutIdioms(lang, text)
	lowerCase := strings.ToLower(text) == text
	german := lang != analysis.English && v.lex != nil
	// A word of a name the gazetteer knows, in either language, is no
	// typo: "hong kong" is not "hoing kong" nor "honig kong". The names are
	// read once, for the first word that has a correction.
	var names []entity.Mention
	namesRead := false
	inName := func(tok analysis.Token) bool {
		if !namesRead && v.Recognizer != nil {
			names = append(v.QuestionMentions(text, lang), v.QuestionMentions(text, otherLanguage(lang))...)
		}
		namesRead = true
		return slices.ContainsFunc(names, func(m entity.Mention) bool { return tok.Start < m.End && m.Start < tok.Start+len(tok.Text) })
	}
	var b strings.Builder
	last, looked := 0, 0
	for _, tok := range analysis.Scan(text) {
		w := strings.ToLower(tok.Text)
		// Chat's short forms, typed in lower case, are the words they
		// stand for: "ops" are operations, no name; unless the collection
		// uses them so.
		if long, ok := shortForms[lang][tok.Text]; ok && !(used != nil && used(w)) {
			b.WriteString(text[last:tok.Start])
			b.WriteString(long)
			last = tok.Start + len(tok.Text)
			continue
		}
		// German typed without its letters ("gruendung", "Strasse") is
		// the word with them, capitalised or not, unless the collection
		// writes it so ("Mueller" in a text that spells him so). The
		// analysis reads "ß" as "ss", so a word with "ss" is one the
		// collection writes whenever it writes the word with "ß": then it
		// is searched alike either way.
		if fix, ok := v.transcription(lang, w); ok && !tok.Num && !(used != nil && used(w)) {
			if analysis.StartsUpper(tok.Text) {
				fix = analysis.UpperFirst(fix)
			}
			b.WriteString(text[last:tok.Start])
			b.WriteString(fix)
			last = tok.Start + len(tok.Text)
			continue
		}
		if tok.Num || !lowerCase && w != tok.Text || utf8.RuneCountInString(w) < minTypoLength || looked >= maxCorrections {
			continue
		}
		// The lexicon is asked first, and the dictionary only for a word
		// with a correction: it takes half a second and 80 MB to load.
		if analysis.For(lang).IsStop(w) || german && (v.lex.Knows(w) || v.namedCompound(w)) {
			continue
		}
		// The first part of a hyphened compound is a name more often than
		// a typo: "abel-preis" is not "Fabel-Preis".
		if end := tok.Start + len(tok.Text); strings.HasPrefix(text[end:], "-") {
			continue
		}
		looked++
		// A possessive typed without its apostrophe ("syrias army") is the
		// place's: "syria's".
		if owner, ok := v.possessiveOfPlace(lang, w); ok {
			b.WriteString(text[last:tok.Start])
			b.WriteString(tok.Text[:len(owner)] + "'s")
			last = tok.Start + len(tok.Text)
			continue
		}
		// A German word the lexicon cannot correct may mistype one of the
		// dictionary's, asked only after the cheaper checks.
		fix, ok := v.correction(lang, w)
		if !ok && !(german && lowerCase) || lang == analysis.English && v.closedCompound(w) || inName(tok) || used != nil && used(w) {
			continue
		}
		if !ok {
			if fix, ok = v.lowerHeadwordCorrection(w); !ok {
				continue
			}
		}
		// A short word that a correction only gives an ending is more
		// often a name the collection never writes than a word cut short
		// that it never writes either: "vite" is no "Viten". A letter left
		// out inside is still put back ("wrld", "teur"), whatever the
		// collection writes: an English question over German texts needs
		// "world" to translate.
		if lower := strings.ToLower(fix); utf8.RuneCountInString(w) < minCorrectedAbsent && strings.HasPrefix(lower, w) && used != nil && !used(lower) {
			continue
		}
		// A word of the other language, or one the dictionary knows, is no
		// typo: a keyword question's language is a guess ("demarcation
		// line" is not "Leine"). The dictionary is asked where the question
		// gives no other sign of its language (all lower case, or no
		// question mark), as it is for names; a German question in
		// sentence case is read with the lexicon alone.
		if lang == analysis.English || lowerCase || !strings.Contains(text, "?") {
			// A place the dictionary names is no typo either: "kurdistan"
			// is not "kurdistans", nor "kandahar" "qandahar".
			if other := otherLanguage(lang); v.known(lang, w) || v.known(other, w) || analysis.For(other).IsStop(w) || v.placeName(w) {
				continue
			}
		} else if analysis.For(analysis.English).IsStop(w) {
			continue
		}
		b.WriteString(text[last:tok.Start])
		b.WriteString(fix)
		last = tok.Start + len(tok.Text)
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// shortForms are the clipped words of chat and headlines, by language, and
// the words they stand for.
var shortForms = map[string]map[string]string{
	analysis.English: {"ops": "operations", "govt": "government", "approx": "approximately", "yrs": "years", "hrs": "hours",
		"intl": "international", "dept": "department", "ppl": "people", "mps": "members of parliament",
		"rn": "right now", "distro": "distribution", "distros": "distributions", "max": "maximum"},
	analysis.German: {"max": "maximal", "distro": "Distribution", "distros": "Distributionen",
		"dran": "daran", "drauf": "darauf", "drin": "darin", "drüber": "darüber", "drunter": "darunter"},
}

// idioms are the phrases of chat and news that say in other words what
// the collection says plainly, by language: "boots on the ground" are
// troops; what was "set up" was established, and what was "shut down"
// closed.
var idioms = map[string][][2]string{
	analysis.English: {{"boots on the ground", "troops"}, {"set up", "established"}, {"shut down", "closed"}},
}

// withoutIdioms returns text with its idioms, in any case and as whole
// words with only spaces between, written plainly; chat's short forms are
// shortForms.
func withoutIdioms(lang, text string) string {
	for _, id := range idioms[lang] {
		want := strings.Fields(id[0])
		toks := analysis.Scan(text)
		var b strings.Builder
		last := 0
		for i := 0; i+len(want) <= len(toks); i++ {
			if !idiomAt(text, toks[i:i+len(want)], want) {
				continue
			}
			end := toks[i+len(want)-1]
			b.WriteString(text[last:toks[i].Start])
			b.WriteString(id[1])
			last = end.Start + len(end.Text)
			i += len(want) - 1
		}
		if last > 0 {
			b.WriteString(text[last:])
			text = b.String()
		}
	}
	return text
}

// idiomAt reports whether toks write words, in any case, with only spaces
// between them.
func idiomAt(text string, toks []analysis.Token, words []string) bool {
	for j, w := range words {
		if strings.ToLower(toks[j].Text) != w || j > 0 && strings.TrimSpace(text[toks[j-1].Start+len(toks[j-1].Text):toks[j].Start]) != "" {
			return false
		}
	}
	return true
}

func otherLanguage(lang string) string {
	if lang == analysis.English {
		return analysis.German
	}
	return analysis.English
}

// closedCompound reports whether an English word is two words the
// dictionary lists written as one ("airstrikes"): no typo.
func (v vocabulary) closedCompound(w string) bool {
	for i := 3; i+3 <= len(w); i++ {
		if v.listed(analysis.English, w[:i]) && v.listed(analysis.English, w[i:]) {
			return true
		}
	}
	return false
}

// maxCorrections bounds the unknown words of a question looked at for a
// typo, as query's maxLookups bounds those looked up for a name.
const maxCorrections = 16

// known reports whether the lexicon or the dictionary has word, as it is,
// as a common word: a place the dictionary lists ("Kandahar [geogr.]") is
// a name, left to the gazetteer where it knows it ("Iraq").
func (v vocabulary) known(lang, word string) bool {
	if !v.common(lang, word) {
		return false
	}
	// A word the lexicon has is no place the dictionary alone would name,
	// and needs no dictionary to tell.
	if lang != analysis.English && v.lex != nil && v.lex.Knows(word) {
		return true
	}
	return !v.unknownPlace(lang, word) // a place the gazetteer does not know: a guessed name
}

// unknownPlace reports whether word is a place the dictionary lists (as
// English, or as German translated only into names, one a place) and the
// gazetteer does not know.
func (v vocabulary) unknownPlace(lang, word string) bool {
	return (v.placeName(word) || lang != analysis.English && v.germanName(word)) && (v.Recognizer == nil || len(v.QuestionMentions(word, lang)) == 0)
}

// germanName reports whether the dictionary has a German word only as the
// name of a place: every English translation of every entry for it is
// capitalised, and one is a place the English dictionary files as such
// ("Krakau" → "Krakow"). German writes every noun with a capital, English
// only its names, but also its holidays, languages, faiths and weekdays
// ("Ostern" → "Easter"), which are no places.
func (v vocabulary) germanName(word string) bool {
	d := v.german()
	if d == nil || timex.IsWeekday(word) || timex.IsMonth(word) {
		return false
	}
	entries := d.Lookup(word)
	if len(entries) == 0 || slices.ContainsFunc(entries, func(e translate.Entry) bool { return len(e.Translations) == 0 || lowerTranslated(e) }) {
		return false
	}
	return slices.ContainsFunc(entries, func(e translate.Entry) bool {
		return slices.ContainsFunc(e.Translations, func(t translate.Translation) bool { return v.placeName(strings.ToLower(t.Text)) })
	})
}

// germanNoun reports whether the dictionary from German has word as a
// common noun: an entry whose headword is capitalised, as German writes
// nouns, translated by a lower-case English word ("Jahrestag" →
// "anniversary"), where a name's translations are all capitalised
// ("Heidelberg"). A surname that is also a trade's noun ("Wagner" →
// "cartwright") reads as the noun, as the lexicon reads "Fischer".
func (v vocabulary) germanNoun(word string) bool {
	d := v.german()
	if d == nil {
		return false
	}
	return slices.ContainsFunc(d.Lookup(word), func(e translate.Entry) bool { return analysis.StartsUpper(e.Headword) && lowerTranslated(e) })
}

// lowerTranslated reports whether an entry of the dictionary from German
// has a lower-case English translation: a common word's, as English writes
// only names with a capital.
func lowerTranslated(e translate.Entry) bool {
	return slices.ContainsFunc(e.Translations, func(t translate.Translation) bool { return !analysis.StartsUpper(t.Text) })
}

// possessiveOfPlace returns the place an English word unknown to the
// dictionary is the possessive of, written without its apostrophe:
// "syrias" → "syria"; "kansas" and "paris" are names as they stand.
func (v vocabulary) possessiveOfPlace(lang, w string) (string, bool) {
	if lang != analysis.English || v.Recognizer == nil || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return "", false
	}
	// The dictionary as written, not its lemmas, which would take "syrias"
	// for a plural of "syria".
	if d := v.english(); d != nil && d.Has(w) || len(v.QuestionMentions(w, lang)) > 0 {
		return "", false
	}
	owner := w[:len(w)-1]
	ms := v.QuestionMentions(owner, lang)
	// A country or city, not a nationality: "saudis", "qataris" are peoples.
	if len(ms) == 0 || ms[0].Start != 0 || ms[0].End != len(owner) || ms[0].Adjective || ms[0].People {
		return "", false
	}
	return owner, true
}

// placeName reports whether the dictionary has word only as the name of a
// place: every English entry for it is capitalised and translated as
// geographic ("Kandahar", "Paris").
func (v vocabulary) placeName(word string) bool {
	return everyEntry(v.english(), word, func(e translate.Entry) bool {
		return analysis.StartsUpper(e.Headword) && slices.ContainsFunc(e.Translations, func(t translate.Translation) bool {
			return slices.Contains(t.Labels, "geogr.")
		})
	})
}

// common is known without the look at places.
func (v vocabulary) common(lang, word string) bool {
	if lang == analysis.English {
		if v.english() == nil {
			return true
		}
		return v.listed(lang, strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "’s")) // "edison's"
	}
	// Spoken German shortens her- and hin- to r-: "raus", "rein",
	// "runter"; a verb's particle standing apart ("wie nah kam er heran")
	// is a word (lexical).
	if v.lex != nil && v.lexical(word) {
		return true
	}
	d := v.german()
	if d == nil {
		return v.lex == nil
	}
	// The dictionary's lookup ignores case. It lists pronouns and
	// determiners in their -e form only: "beiden", "mehreren" are "beide",
	// "mehrere" inflected.
	return slices.ContainsFunc(spokenForms(word), d.Has) || inflectedE(word, func(w string) bool { return lowerHeadword(d, w) })
}

// properNoun reports whether the dictionary lists a lower-case German word
// only as a name: each of its entries capitalised and rendered in English
// as itself ("Greenpeace" → "Greenpeace"), where "Matrix" → "matrix" is a
// noun like any other. Typed in lower case, such a word is a name the
// question asks about.
func (v vocabulary) properNoun(word string) bool {
	return everyEntry(v.german(), word, func(e translate.Entry) bool {
		return analysis.StartsUpper(e.Headword) && slices.ContainsFunc(e.Translations, func(t translate.Translation) bool { return t.Text == e.Headword })
	})
}

// inflectedE reports whether a lower-case German word ends in -en or -em
// and its form in -e is one has says it has ("beiden" of "beide"; common
// asks for a lower-case headword, so "hansen" is no "Hanse" inflected). Names
// end in -er too often to read the other endings so ("Esper" is no
// "Espe").
func inflectedE(word string, has func(string) bool) bool {
	for _, end := range []string{"en", "em"} {
		if stem, ok := strings.CutSuffix(word, end); ok && utf8.RuneCountInString(stem) >= minInflectedStem {
			return has(stem + "e")
		}
	}
	return false
}

// minInflectedStem is the shortest stem, in letters, inflectedE reads
// before its -e: "beid-en" is "beide", but "d-en" is no inflected "de".
const minInflectedStem = 3

// lexical reports whether the lexicon has a lower-case German word, or a
// form of it spoken German shortens, or has it as a verb's particle: common
// without a look in the dictionary.
func (v vocabulary) lexical(word string) bool {
	if v.lex == nil {
		return true
	}
	return slices.ContainsFunc(spokenForms(word), v.lex.Knows) || v.lex.IsParticle(word)
}

// spokenForms returns a lower-case German word and, for one spoken German
// shortens ("raus", "rein", "runter"), its her- and hin- forms.
func spokenForms(word string) []string {
	if !strings.HasPrefix(word, "r") {
		return []string{word}
	}
	return []string{word, "he" + word, "hin" + word[1:]}
}

// endsAsWord reports whether a lower-case German word the lexicon does not
// know ends as a word it does, of three letters or more after four or
// more ("drehstart", "mittelrheintal": compounds the splitter missed), or is
// an adjective derived from a word it knows ("kieferlosen", "seenreich"):
// no name. "leipzig" and "carlos" end in a suffix, but their stems are no
// words.
func (v vocabulary) endsAsWord(w string) bool {
	if v.lex == nil {
		return false
	}
	if endsIn(w, 4, 3, func(tail string) bool { return v.lex.Knows(tail) && !placeEndings[tail] }) {
		return true
	}
	for _, suffix := range adjectiveSuffixes {
		for _, ending := range []string{"", "e", "en", "er", "es", "em"} {
			if stem, ok := strings.CutSuffix(w, suffix+ending); ok && utf8.RuneCountInString(stem) >= 3 && v.lex.Knows(stem) {
				return true
			}
		}
	}
	return false
}

// placeEndings end German place and family names as words of their own
// ("Regensburg", "Stoltenberg", "Düsseldorf"): a word that ends so is no
// compound the lexicon missed.
var placeEndings = map[string]bool{"berg": true, "burg": true, "stein": true, "feld": true, "dorf": true, "hausen": true,
	"heim": true, "bach": true, "brück": true, "brücke": true, "stadt": true, "hafen": true, "furt": true, "mann": true}

// adjectiveSuffixes derive German adjectives from nouns and verbs.
var adjectiveSuffixes = []string{"los", "lich", "isch", "ig", "bar", "reich", "voll", "haft", "sam"}

// namedCompound reports whether a German word is a compound of a name and
// a noun the lexicon knows ("lutherbibel", "merkelregierung"): a thing, not
// a name.
func (v vocabulary) namedCompound(word string) bool {
	return endsIn(word, 3, 4, func(tail string) bool {
		_, size := utf8.DecodeRuneInString(tail)
		e := v.lex.Analyse(strings.ToUpper(tail[:size]) + tail[size:])
		return e.Known && e.POS == lexicon.Noun
	})
}

// loanCompound reports whether a German word is a compound of a noun the
// lexicon knows, with or without its linking "s", and a word both German
// (in the dictionary's German) and English ("sicherheitsupdate",
// "serverupdate"), of minLoanPart letters each: a thing German writes with
// an English word, not a name. Where the question reads as English only a
// compound with the linking "s" counts: "eisenhower", "birkenstock" are
// names there.
func (v vocabulary) loanCompound(word string, linked bool) bool {
	g := v.german()
	if v.english() == nil || g == nil {
		return false
	}
	rs := []rune(word)
	for i := minLoanPart; i+minLoanPart <= len(rs); i++ {
		head, tail := string(rs[:i]), string(rs[i:])
		if !g.Has(tail) || !v.listed(analysis.English, tail) {
			continue
		}
		heads := []string{strings.TrimSuffix(head, "s")}
		if !linked {
			heads = append(heads, head)
		} else if !strings.HasSuffix(head, "s") {
			continue
		}
		for _, h := range heads {
			if utf8.RuneCountInString(h) < minLoanPart {
				continue
			}
			_, size := utf8.DecodeRuneInString(h)
			if e := v.lex.Analyse(strings.ToUpper(h[:size]) + h[size:]); e.Known && e.POS == lexicon.Noun {
				return true
			}
		}
	}
	return false
}

// minLoanPart is the shortest part of a loanCompound, in letters.
const minLoanPart = 5

// endsIn reports whether a word ends in a tail of at least minTail letters
// after at least minHead that ok accepts, tried longest first.
func endsIn(word string, minHead, minTail int, ok func(tail string) bool) bool {
	rs := []rune(word)
	for i := minHead; i+minTail <= len(rs); i++ {
		if ok(string(rs[i:])) {
			return true
		}
	}
	return false
}

// minTypoLength is the shortest word taken for a common word mistyped.
const minTypoLength = 4

// minCorrectedAbsent is the length from which a correction may give a
// word an ending that makes a word the collection does not use.
const minCorrectedAbsent = 5

// oneLetterMore returns the words one inserted letter away from w, left
// to right, none before the first: a word's first letter is the one least
// often mistyped ("angy" is "angry", not "mangy"), and a short word
// without it is more often an abbreviation ("elts" is no "Zelts").
func oneLetterMore(w string) []string {
	rs := []rune(w)
	var out []string
	for i := 1; i <= len(rs); i++ {
		for _, l := range typoLetters {
			out = append(out, string(rs[:i])+string(l)+string(rs[i:]))
		}
	}
	return out
}

const typoLetters = "abcdefghijklmnopqrstuvwxyzäöüß"

// minTranspositionLength is the length from which two letters swapped
// ("musuem") count as a typo of a shorter word: a swap makes another
// common word less often than other edits do.
const minTranspositionLength = 5

// transposed returns the words two neighbouring letters of w swapped.
func transposed(w string) []string {
	rs := []rune(w)
	var out []string
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] != rs[i+1] {
			out = append(out, swapped(rs, i))
		}
	}
	return out
}

// swapped is rs with its letters i and i+1 swapped.
func swapped(rs []rune, i int) string {
	t := append([]rune(nil), rs...)
	t[i], t[i+1] = t[i+1], t[i]
	return string(t)
}

// oneEditAway returns the words one deletion, transposition, replacement
// or insertion of a letter away from w.
func oneEditAway(w string) []string {
	rs := []rune(w)
	var out []string
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
		if i+1 < len(rs) {
			out = append(out, swapped(rs, i))
		}
	}
	for _, l := range typoLetters {
		for i := 0; i <= len(rs); i++ {
			out = append(out, string(rs[:i])+string(l)+string(rs[i:]))
			if i < len(rs) && rs[i] != l {
				t := append([]rune(nil), rs...)
				t[i] = l
				out = append(out, string(t))
			}
		}
	}
	return out
}
