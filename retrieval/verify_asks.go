package retrieval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// asks reports whether a sentence is itself a question: it ends in a
// question mark, after any closing quotes, brackets and spaces. An
// interview's "Can you tell us about yourself and what Presslabs does?" or
// "What do you think the future holds for ShowMax and Prometheus?" names
// what the question asks about and answers none of it; the answer is the
// paragraph after it, quoted on its own. A question mark inside the
// sentence ("Wer zahlt? Der Bund.", one sentence to the segmenter) or in a
// quoted title ("the talk „Why Go?“ was given by …") does not end it.
func asks(text string) bool {
	t := strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'“”„«»‘’)]`, r)
	})
	if strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") {
		// A title quoted at the end: "… the talk „Why Go?“" closes a
		// quote that opened inside the sentence, after a word.
		return !quotedAtEnd(text)
	}
	return false
}

// quotedAtEnd reports whether text ends with a quotation that opens after
// its first word: the question mark is the quoted title's, not the
// sentence's ("Er hielt den Vortrag „Wozu Go?“", "… »Wozu Go?«"). A sentence that is
// wholly quoted ("„Wie geht es weiter?“") is a question.
func quotedAtEnd(text string) bool {
	t := strings.TrimRightFunc(text, unicode.IsSpace)
	closeAt := strings.LastIndexAny(t, `“”»«"`)
	if closeAt < 0 {
		return false
	}
	if _, n := utf8.DecodeRuneInString(t[closeAt:]); closeAt+n != len(t) {
		return false
	}
	open := strings.LastIndexAny(t[:closeAt], `„“«»"`)
	if open < 0 {
		return false
	}
	return strings.TrimSpace(t[:open]) != ""
}

// asksOnly reports whether every sentence a verdict quotes is a question:
// it states nothing.
func (vd verdict) asksOnly() bool {
	for _, p := range vd.spanned() {
		if !asks(p.Text) {
			return false
		}
	}
	return true
}
