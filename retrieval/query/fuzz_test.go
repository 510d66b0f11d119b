package query

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds Parse any text, in lower case too (where a vocabulary
// tells the names): it must not panic, and every constraint's offsets must
// lie within the text and hold what the constraint says was written.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Wie viele US-Soldaten sind im Irak?", "wie viele haushalte gibt es in clovis", "When did Henry die?",
		"Wann zogen die Briten aus Aden ab?", "Wer gewann den Super Bowl 51?", "how much did the war cost?",
		"bis wann ziehen die truppen ab", "al-Sudani", "Super Bowl 5", "wie viele", "how many", "ä", "",
		"mit wie vielen", "whats his first name", "ende oktober", "haben die usa", "the sources say",
		"apache cve-2013-1862 betroffene module", "Wann erschien DSA-3125-1?", "wich venue", "cve-", "a-1-",
		"kubecon na 2022", "KubeCon EU", "wann findet die kubecon nordamerika statt", "kubecon north america", "CVE-2014-0160 eu", "na eu",
	} {
		f.Add(s)
	}
	g := recognizer(f)
	v := knownWords{g, map[string]bool{"wie": true, "viele": true, "haushalte": true}}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for k, gaz := range []Gazetteer{g, v, nil} {
			q := Parse(text, gaz)
			lower := strings.ToLower(text) == text
			for _, c := range q.Constraints {
				if c.Start < 0 || c.End > len(text) || c.Start > c.End {
					t.Fatalf("Parse(%q): constraint %+v out of the text", text, c)
				}
				if c.Text != text[c.Start:c.End] {
					t.Fatalf("Parse(%q): constraint text %q is not text[%d:%d] %q", text, c.Text, c.Start, c.End, text[c.Start:c.End])
				}
				if c.Guessed && (!lower || k != 1) {
					t.Fatalf("Parse(%q): %q guessed without a vocabulary or with capitals", text, c.Text)
				}
			}
		}
	})
}
