package translate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
)

// token is one word of an English question.
type token struct {
	text  string // as written, possessive "'s" removed: "Iraq", "U.S.", "well-known"
	lower string
	kind  tokenKind
	// first is true for the first word of the question or of a sentence in it,
	// where a capital letter says nothing about names.
	first bool
	// breakBefore is true when punctuation separates the token from the one
	// before it; a dictionary phrase never spans such a break.
	breakBefore bool
	start       int // byte offset in the question
	// lemma and particle are set for German questions from the German
	// analysis of the whole question: the lemma of a separable verb split
	// by its clause ("zogen … ab" → "abziehen") and its particle, which is
	// not translated on its own.
	lemma    string
	particle bool
	// place is the same place's name in the target language when the
	// token names a country, nationality or city on its own.
	place string
}

type tokenKind int

const (
	wordToken        tokenKind = iota // "soldiers"
	capitalisedToken                  // "Iraq", "Warsaw"
	acronymToken                      // "US", "U.S.", "NFL"
	numberToken                       // "1990", "3.5", "1990s"
)

// tokenize splits an English question into words. Apostrophes, hyphens and
// dots inside a word keep it together ("don't", "well-known", "U.S.", "3.5").
func tokenize(text string) []token {
	var tokens []token
	first, brk := true, false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			switch {
			case r == '.' || r == '?' || r == '!' || r == ':' || r == ';':
				first, brk = true, true
			case !unicode.IsSpace(r):
				brk = true
			}
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += size
				continue
			}
			// Keep an inner apostrophe, hyphen or dot when a letter or digit follows.
			if isJoiner(r) && j+size < len(text) {
				if next, _ := utf8.DecodeRuneInString(text[j+size:]); isWordRune(next) {
					j += size
					continue
				}
			}
			break
		}
		word := text[i:j]
		// An acronym written with dots keeps its final dot ("U.S.").
		if j < len(text) && text[j] == '.' && strings.Count(word, ".") > 0 && isAcronym(word+".") {
			word += "."
			j++
		}
		tok := newToken(word, first, brk)
		tok.start = i
		tokens = append(tokens, tok)
		first, brk = false, false
		i = j
	}
	return tokens
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isJoiner(r rune) bool { return r == '\'' || r == '’' || r == '-' || r == '.' }

func newToken(word string, first, brk bool) token {
	for _, suffix := range []string{"'s", "’s"} {
		if w, ok := strings.CutSuffix(word, suffix); ok && w != "" {
			word = w
		}
	}
	t := token{text: word, lower: strings.ToLower(word), first: first, breakBefore: brk}
	r, _ := utf8.DecodeRuneInString(word)
	switch {
	case strings.ContainsFunc(word, unicode.IsDigit):
		t.kind = numberToken
	case isAcronym(word):
		t.kind = acronymToken
	case unicode.IsUpper(r):
		t.kind = capitalisedToken
	}
	return t
}

// isAcronym reports whether word is two or more capitals, optionally with
// dots: "US", "U.S.", "NATO".
func isAcronym(word string) bool {
	letters := 0
	for _, r := range word {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// numberText keeps the digits of a number token and drops an English
// ordinal or plural ending: "1990s" → "1990", "5th" → "5".
func numberText(word string) string {
	end := len(word)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(word[:end])
		if unicode.IsDigit(r) {
			break
		}
		end -= size
	}
	if end == 0 {
		return word
	}
	return word[:end]
}

// LemmaCandidates returns the base forms of an English word to try when it has no
// dictionary article, most likely first: "troops" → "troop", "carried" →
// "carry", "led" → "lead".
func LemmaCandidates(w string) []string {
	if base, ok := analysis.EnglishIrregular(w); ok {
		return []string{base}
	}
	var out []string
	add := func(stem, suffix string) {
		if utf8.RuneCountInString(stem) >= 2 {
			out = append(out, stem+suffix)
		}
	}
	// A verb or adjective stem before -ed, -ing, -est, -er: as is, with a
	// silent e ("used" → "use"), or with a doubled consonant undone
	// ("planned" → "plan").
	addStem := func(stem string) {
		add(stem, "")
		add(stem, "e")
		if undoubled, ok := undouble(stem); ok {
			add(undoubled, "")
		}
	}
	if singulars := analysis.EnglishSingulars(w); len(singulars) > 0 {
		return singulars
	}
	switch {
	case strings.HasSuffix(w, "ied"):
		add(w[:len(w)-3], "y")
	case strings.HasSuffix(w, "ed"):
		addStem(w[:len(w)-2])
	case strings.HasSuffix(w, "ing"):
		addStem(w[:len(w)-3])
	case strings.HasSuffix(w, "iest"):
		add(w[:len(w)-4], "y")
	case strings.HasSuffix(w, "est"):
		addStem(w[:len(w)-3])
	case strings.HasSuffix(w, "ier"):
		add(w[:len(w)-3], "y")
	case strings.HasSuffix(w, "er"):
		addStem(w[:len(w)-2])
	}
	return out
}

// undouble removes a doubled final consonant: "stopp" → "stop".
func undouble(stem string) (string, bool) {
	n := len(stem)
	if n < 3 || stem[n-1] != stem[n-2] || strings.IndexByte("aeiou", stem[n-1]) >= 0 {
		return "", false
	}
	return stem[:n-1], true
}
