package main

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean escapes what a terminal would act on rather than show, as Go
// writes it (\n, \x1b, \u202e): for names, titles and one-line messages,
// so that a file name with a newline or an escape code can neither forge
// a line of output nor recolour or clear the screen.
func clean(s string) string { return escape(s, false) }

// cleanText is clean for running text (a quote): line breaks and tabs stay.
func cleanText(s string) string { return escape(s, true) }

func escape(s string, keepLines bool) string {
	printable := func(r rune) bool {
		return r != utf8.RuneError && (unicode.IsPrint(r) || r == ' ' || (keepLines && (r == '\n' || r == '\t')))
	}
	if strings.IndexFunc(s, func(r rune) bool { return !printable(r) }) < 0 {
		return s
	}
	var b strings.Builder
	for i, w := 0, 0; i < len(s); i += w {
		r, size := utf8.DecodeRuneInString(s[i:])
		w = size
		if printable(r) {
			b.WriteString(s[i : i+size])
			continue
		}
		if r == utf8.RuneError {
			b.WriteString(strconv.Quote(s[i : i+size])[1 : len(strconv.Quote(s[i:i+size]))-1])
			continue
		}
		q := strconv.QuoteRuneToASCII(r)
		b.WriteString(q[1 : len(q)-1])
	}
	return b.String()
}
