package main

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// dingPair is one aligned pair of a Ding line: German and English words or
// phrases that translate each other. A Ding line is "German :: English", each
// side a list of senses separated by " | " that pair up by position, each sense
// a list of synonyms separated by "; ".
type dingPair struct {
	de, en []dingTerm
	first  bool // the first sense of its line: the headword, not an inflection or example
}

type dingTerm struct {
	text    string   // annotations removed: "Truppenabzug", "troop withdrawal", "withdraw"
	grammar []string // "{m}", "{adj}", "{vt}" without braces
	labels  []string // "[mil.]" without brackets
	// alts are the other spellings Ding gives in angle brackets
	// ("dropout <drop-out> <drop out>", "last <laste>"): forms to look the
	// term up by, not words of its text.
	alts []string
}

// readDing reads the Ding dictionary file, calling fn for each aligned pair.
func readDing(path string, fn func(dingPair)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		for _, p := range parseDingLine(sc.Text()) {
			fn(p)
		}
	}
	return sc.Err()
}

func parseDingLine(line string) []dingPair {
	if strings.HasPrefix(line, "#") {
		return nil
	}
	de, en, ok := strings.Cut(line, " :: ")
	if !ok {
		return nil
	}
	deSenses := strings.Split(de, " | ")
	enSenses := strings.Split(en, " | ")
	if len(deSenses) != len(enSenses) {
		return nil // misaligned: no pair can be trusted
	}
	var out []dingPair
	for i := range deSenses {
		p := dingPair{de: parseDingSense(deSenses[i], false), en: parseDingSense(enSenses[i], true), first: i == 0}
		if len(p.de) > 0 && len(p.en) > 0 {
			out = append(out, p)
		}
	}
	return out
}

func parseDingSense(s string, english bool) []dingTerm {
	var out []dingTerm
	// An abbreviation may list several forms ("government /Gov.; Govt./"):
	// it goes before the synonyms are split at their semicolons.
	s = abbreviations.ReplaceAllString(s, "$1$2")
	for _, syn := range splitOutside(s, ';') {
		t := cleanDingTerm(syn)
		if english {
			t.text = strings.TrimPrefix(t.text, "to ")
		}
		// "adopt/pass an amendment" is two terms: the first is the text,
		// the other a form to look it up by.
		if v := slashVariants(t.text); len(v) > 1 {
			t.text = v[0]
			t.alts = append(t.alts, v[1:]...)
		}
		if t.text != "" {
			out = append(out, t)
		}
	}
	return out
}

// slashVariants returns the terms a text of several words with
// alternatives joined by a slash in its first such word stands for
// ("adopt/pass an amendment" → "adopt an amendment", "pass an amendment"),
// or the text alone.
func slashVariants(text string) []string {
	words := strings.Fields(text)
	if len(words) < 2 {
		return []string{text} // "input/output", "Ein-/Ausgabe", "24/7" are one term
	}
	for i, w := range words {
		opts := strings.Split(w, "/")
		if len(opts) < 2 || slices.ContainsFunc(opts, notAlternative) {
			continue
		}
		out := make([]string, 0, len(opts))
		for _, o := range opts {
			v := slices.Clone(words)
			v[i] = o
			out = append(out, strings.Join(v, " "))
		}
		return out
	}
	return []string{text}
}

// notAlternative reports whether a part of a slashed word is no word that
// may stand alone: shorter than three letters, with a digit, or a hyphened
// part ("An-/Aus…", "and/or").
func notAlternative(o string) bool {
	return utf8.RuneCountInString(o) < 3 || strings.HasPrefix(o, "-") || strings.HasSuffix(o, "-") ||
		strings.ContainsAny(o, "0123456789")
}

// abbreviations are the "/Gov.; Govt./" after a term: a slash after a
// space or the start, up to a slash before a space, a semicolon or the end.
var abbreviations = regexp.MustCompile(`(^|\s)/[^/\s][^/]*/(\s|;|$)`)

// splitOutside splits s on sep outside brackets.
func splitOutside(s string, sep byte) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		case sep:
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, s[start:])
}

// cleanDingTerm removes {grammar}, [labels], (notes) and <other
// spellings>, keeping all but the notes as data.
func cleanDingTerm(s string) dingTerm {
	var t dingTerm
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '{' || c == '[' || c == '(' || c == '<' {
			closer := map[byte]byte{'{': '}', '[': ']', '(': ')', '<': '>'}[c]
			end := strings.IndexByte(s[i+1:], closer)
			if end < 0 {
				break
			}
			inner := strings.TrimSpace(s[i+1 : i+1+end])
			switch c {
			case '{':
				t.grammar = append(t.grammar, inner)
			case '[':
				t.labels = append(t.labels, inner)
			case '<':
				if inner != "" {
					t.alts = append(t.alts, inner)
				}
			}
			i += end + 1
			continue
		}
		b.WriteByte(c)
	}
	// Abbreviations stand between slashes: "French /Fr./".
	words := strings.Fields(b.String())
	kept := words[:0]
	for _, w := range words {
		if len(w) > 2 && w[0] == '/' && w[len(w)-1] == '/' {
			continue
		}
		kept = append(kept, w)
	}
	t.text = strings.Join(kept, " ")
	return t
}

func (t dingTerm) has(grammar string) bool {
	for _, g := range t.grammar {
		for _, x := range strings.Split(g, ";") {
			if strings.TrimSpace(x) == grammar {
				return true
			}
		}
	}
	return false
}

// altTerms returns the other spellings of terms as terms of their own, to
// be filed as variants: looked up by, never offered as translations.
func altTerms(terms []dingTerm) []dingTerm {
	var out []dingTerm
	for _, t := range terms {
		for _, a := range t.alts {
			out = append(out, dingTerm{text: a})
		}
	}
	return out
}
