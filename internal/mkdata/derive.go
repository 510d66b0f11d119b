package main

import (
	"fmt"
	"slices"
	"sort"

	"github.com/quellen/quellen/retrieval/analysis"
	"strings"
	"unicode"
	"unicode/utf8"
)

// buildDerive writes the verbs and nouns that name one event, one pair a
// line, "LANG TAB verb TAB noun":
//
//   - English, from WordNet's derivational pointers between a verb and a
//     noun ("die" / "death", "withdraw" / "withdrawal");
//   - German, by word formation the lexicon confirms: the -ung noun
//     ("schließen" / "Schließung", "verhandeln" / "Verhandlung"), the bare
//     stem ("beginnen" / "Beginn") and -ieren's -ation ("kapitulieren" /
//     "Kapitulation");
//   - German, through the dictionary: a noun and a verb whose English
//     translations are one word or a WordNet pair, when the two German
//     words begin alike, by three letters for a WordNet pair and four for
//     one English word ("Abzug" / "abziehen": withdrawal / withdraw;
//     "Angriff" / "angreifen": attack), or
//     are each other's first translations' pair ("Tod" / "sterben": death
//     / die).
//
// News writes the noun where a question has the verb; the search lets
// either stand for the other.
func buildDerive(in, out string) error {
	wn := pkgPath(in, "wordnet-base", "usr", "share", "wordnet")
	verbs, err := readWordNetData(wn + "/data.verb")
	if err != nil {
		return err
	}
	nouns, err := readWordNetData(wn + "/data.noun")
	if err != nil {
		return err
	}
	type pair struct{ verb, noun string }
	english := make(map[pair]bool)
	for _, s := range verbs {
		for _, p := range s.ptrs {
			if p.symbol != "+" || p.pos != 'n' || p.from == 0 || p.from > len(s.words) {
				continue
			}
			n, ok := nouns[p.target]
			if !ok || p.to == 0 || p.to > len(n.words) || !eventFiles[n.lexfile] {
				continue
			}
			v, w := strings.ToLower(s.words[p.from-1]), strings.ToLower(n.words[p.to-1])
			if oneWord(v) && oneWord(w) && v != w {
				english[pair{v, w}] = true
			}
		}
	}
	lt, err := readLT(in)
	if err != nil {
		return err
	}
	german := make(map[pair]bool)
	for v := range lt.verbs {
		for _, n := range nounsOfVerb(v) {
			if _, ok := lt.nouns[n]; ok {
				german[pair{v, n}] = true
			}
		}
	}
	// Each German word's English translations from the first sense of
	// the Ding lines it heads; first marks the first of the first line.
	type translations struct {
		all   map[string]bool
		first string
	}
	deNouns := make(map[string]*translations)
	deVerbs := make(map[string]*translations)
	note := func(into map[string]*translations, de string, headword bool, en []dingTerm) {
		t := into[de]
		if t == nil {
			t = &translations{all: make(map[string]bool)}
			into[de] = t
		}
		if headword && t.first == "" && len(en) > 0 {
			t.first = strings.ToLower(en[0].text)
		}
		for _, e := range en {
			if oneWord(e.text) {
				t.all[strings.ToLower(e.text)] = true
			}
		}
	}
	err = readDingLines(pkgPath(in, "trans-de-en", "usr", "share", "trans", "de-en"), func(pairs []dingPair) {
		head := pairs[0]
		// Ding marks the grammar on a sense's last synonym only
		// ("abziehen; einbehalten {vt}"): the sense tells, and the
		// capital tells a noun from a verb.
		var nounSense, verbSense bool
		for _, d := range head.de {
			nounSense = nounSense || d.has("m") || d.has("f") || d.has("n")
			verbSense = verbSense || d.has("vt") || d.has("vi") || d.has("vr")
		}
		for i, d := range head.de {
			if !oneWord(d.text) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(d.text)
			switch {
			case nounSense && unicode.IsUpper(r):
				if _, ok := lt.nouns[d.text]; ok {
					note(deNouns, d.text, i == 0, head.en)
				}
			case verbSense && unicode.IsLower(r):
				if _, ok := lt.verbs[d.text]; ok {
					note(deVerbs, d.text, i == 0, head.en)
				}
			}
		}
	})
	if err != nil {
		return err
	}
	derived := make(map[string][]string) // English verb → its nouns
	for p := range english {
		derived[p.verb] = append(derived[p.verb], p.noun)
	}
	byEnglish := make(map[string][]string) // English noun → German nouns
	for n, t := range deNouns {
		for e := range t.all {
			byEnglish[e] = append(byEnglish[e], n)
		}
	}
	for v, tv := range deVerbs {
		for ev := range tv.all {
			// A WordNet pair, not one English word for both: "count" is a
			// verb and a noun, "zählen" and "Zahl", but also "Graf".
			for _, en := range derived[ev] {
				for _, n := range byEnglish[en] {
					if agentNoun(n) {
						continue
					}
					alike := sharedStem(foldLower(n), foldLower(v)) >= 3
					// Each other's first translations, linked by WordNet
					// and not only by being one English word ("force"); a
					// verb with a particle has too many senses for that.
					firsts := tv.first == ev && deNouns[n].first == en && lt.verbs[v].particle == "" && !hasPrefix(v)
					if alike || firsts {
						german[pair{v, n}] = true
					}
				}
			}
		}
	}
	// Nouns that name a person, for "welcher Konsul", "which historian":
	// WordNet's in English; in German those whose first translation, on
	// the first Ding line they head, is one of them.
	persons, err := readPersonNouns(wn+"/index.noun", nouns)
	if err != nil {
		return fmt.Errorf("person nouns: %w", err)
	}
	// Each word is written with the term the analyzer gives it, so that
	// the binary reads the table without analysing ten thousand words on
	// its first question; derive's tests keep the terms the analyzer's.
	de, en := analysis.For(analysis.German), analysis.For(analysis.English)
	var lines []string
	line := func(lang string, a *analysis.Analyzer, p pair) {
		v, n := firstTerm(a, p.verb), firstTerm(a, p.noun)
		if v != "" && n != "" && v != n {
			lines = append(lines, lang+"\t"+p.verb+"\t"+p.noun+"\t"+v+"\t"+n)
		}
	}
	for p := range english {
		line("en", en, p)
	}
	for p := range german {
		line("de", de, p)
	}
	// They are kept as written, not as terms: a German term joins the
	// musician to the music ("Musiker", "Musik": "musik").
	for w := range persons {
		lines = append(lines, "person\ten\t"+w)
	}
	for n, t := range deNouns {
		if persons[t.first] {
			lines = append(lines, "person\tde\t"+n)
		}
	}
	sort.Strings(lines)
	lines = slices.Compact(lines)
	text := "# Verbs and nouns that name one event, with their analysed terms, and nouns that name a person (WordNet 3.0; LanguageTool's German lexicon and Ding), built by internal/mkdata; see NOTICE.\n" +
		strings.Join(lines, "\n") + "\n"
	return writeGzip(out+"/retrieval/derive/relatives.tsv.gz", []byte(text))
}

// eventFiles are WordNet's lexicographer files of nouns that name what
// happens: acts, events, processes, states, phenomena ("withdrawal",
// "death", "election"), not the doer ("founder", "warrior"), the tool
// ("counter") or the thing made ("statement").
var eventFiles = map[int]bool{4: true, 11: true, 19: true, 22: true, 26: true}

// agentNoun reports whether a German noun names the doer of its verb
// ("Wähler", "Angreiferin", "Gründer"), not what happens.
func agentNoun(n string) bool {
	for _, end := range []string{"er", "erin", "or", "orin", "ant", "antin", "ent", "entin"} {
		if strings.HasSuffix(n, end) {
			return true
		}
	}
	return false
}

// nounsOfVerb returns the nouns German forms from a verb's infinitive:
// verhandeln → Verhandlung, ändern → Änderung, schließen → Schließung,
// beginnen → Beginn, kapitulieren → Kapitulation, Kapitulierung.
func nounsOfVerb(v string) []string {
	var stems []string
	switch {
	case strings.HasSuffix(v, "eln"):
		stems = append(stems, v[:len(v)-3]+"l")
	case strings.HasSuffix(v, "ern"):
		stems = append(stems, v[:len(v)-1])
	case strings.HasSuffix(v, "en"):
		stems = append(stems, v[:len(v)-2])
	default:
		return nil
	}
	var out []string
	for _, s := range stems {
		if utf8.RuneCountInString(s) < 3 {
			continue
		}
		out = append(out, upper(s+"ung"), upper(s))
		if b, ok := strings.CutSuffix(s, "ier"); ok {
			out = append(out, upper(b+"ation"), upper(b))
		}
	}
	return out
}

func firstTerm(a *analysis.Analyzer, w string) string {
	if t := a.Terms(w); len(t) > 0 {
		return t[0]
	}
	return ""
}

func upper(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func oneWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// prefixes are the particles and prefixes German verbs and their nouns
// begin with: sharing one alone makes two words no kin ("Einschnitt",
// "einziehen").
var prefixes = []string{"ab", "an", "auf", "aus", "be", "bei", "dar", "durch", "ein", "ent", "er", "fort", "ge", "her", "hin",
	"los", "mit", "nach", "über", "uber", "um", "unter", "ver", "vor", "weg", "zer", "zu", "zurück", "zuruck"}

func hasPrefix(w string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) && len(w) > len(p)+3 {
			return true
		}
	}
	return false
}

// sharedStem is how many letters two words begin with alike, 0 when those
// letters are no more than a prefix both have.
func sharedStem(a, b string) int {
	n := commonStart(a, b)
	for _, p := range prefixes {
		if n <= len(p) && strings.HasPrefix(a, p) && strings.HasPrefix(b, p) {
			return 0
		}
	}
	return n
}

func commonStart(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
