// Package lang tells German questions from English ones.
//
// Detect counts function words ("der", "und", "wie" against "the", "and",
// "how") and a few spelling cues (umlauts and ß for German). Questions are
// short, but nearly every question has two or three function words, which is
// enough; a statistical model would need more text than a question gives.
package lang

import (
	"unicode"
	"unicode/utf8"
)

// Lang is a detected language.
type Lang int

const (
	// Unknown means the text gave no evidence: no function words, as in a
	// bare name ("Merkel?") or a list of keywords. Callers should treat it as
	// the collection's main language.
	Unknown Lang = iota
	German
	English
	// Other is a language the collection is not in, such as French or Spanish.
	Other
)

func (l Lang) String() string {
	switch l {
	case German:
		return "German"
	case English:
		return "English"
	case Other:
		return "other"
	}
	return "unknown"
}

// Detect returns the language of a question. Mixed questions get the language
// of the sentence they are built on: "Was hat Merkel about Brexit gesagt?" is
// German. It takes a microsecond or two for a question.
func Detect(text string) Lang {
	e := Measure(text)
	if e.nonLatin > e.latin {
		return Other
	}
	// Another language must beat both collection languages: the bot's users
	// write German or English, and a Spanish "son" in "Who was Ayurbarwada's
	// son?" is no reason to give up.
	switch de, en := e.German, e.English; {
	case e.Other > de && e.Other > en:
		return Other
	case de > en:
		return German
	case en > de:
		return English
	}
	return Unknown
}

// Evidence is what a text says of its language: the weight of its German,
// its English and (the most of any) other language's function words and
// spelling cues, as Detect weighs them.
type Evidence struct {
	German, English, Other float64
	latin, nonLatin        int // letters of the Latin script and of others
}

// Measure weighs the evidence of a text's language.
func Measure(text string) Evidence {
	var score [numLanguages]float64
	var buf [maxWordBytes]byte
	latin, nonLatin := 0, 0
	first := true // the next word starts the text
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		// Read one word, lower-cased into buf, noting its cues.
		word := buf[:0]
		upper, letters, overflow := 0, 0, false
		var cues languageSet
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !isInnerApostrophe(text, i, r, size) {
				break
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			if r < unicode.MaxLatin1 || unicode.Is(unicode.Latin, r) {
				latin++
			} else if unicode.IsLetter(r) {
				nonLatin++
			}
			cues |= letterCues[r]
			lower := unicode.ToLower(r)
			if len(word)+utf8.RuneLen(lower) > len(buf) {
				overflow = true
			} else {
				word = utf8.AppendRune(word, normaliseApostrophe(lower))
			}
			i += size
		}
		if letters >= 2 && upper == letters {
			continue // an acronym: "US" is not the pronoun "us"
		}
		cues |= suffixCues(word)
		for l := range numLanguages {
			if cues&(1<<l) != 0 {
				score[l] += cueWeight
			}
		}
		if overflow {
			continue
		}
		langs := functionWords[string(word)]
		if first && string(word) == "was" {
			// "Was ist …?" is German; "Was the …?" has English function
			// words after it to outweigh this.
			score[german] += 0.5
		}
		first = false
		for l := range numLanguages {
			if langs&(1<<l) != 0 {
				score[l]++
			}
		}
	}
	e := Evidence{German: score[german], English: score[english], latin: latin, nonLatin: nonLatin}
	for l := english + 1; l < numLanguages; l++ {
		e.Other = max(e.Other, score[l])
	}
	return e
}

// maxWordBytes bounds the words looked up; longer ones are no function words.
const maxWordBytes = 32

// cueWeight is the evidence of one word with a telling letter; it is less
// than a function word because names travel between languages ("Müller" in
// an English question).
const cueWeight = 0.75

// isInnerApostrophe keeps "don't" and "it's" one word.
func isInnerApostrophe(text string, i int, r rune, size int) bool {
	if r != '\'' && r != '’' || i+size >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	return unicode.IsLetter(next)
}

func normaliseApostrophe(r rune) rune {
	if r == '’' {
		return '\''
	}
	return r
}
