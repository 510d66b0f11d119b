// Package derive links the verbs and nouns that name one event: "sterben"
// and "Tod", "abziehen" and "Abzug", "die" and "death". News writes the
// noun where a member's question has the verb ("Wann starb …?" / "Nach dem
// Tod …"); the search lets either stand for the other. It also knows the
// nouns that name a person ("Konsul", "historian"), which make "welcher
// Konsul …" a question for someone.
//
// The table is built by internal/mkdata from WordNet 3.0's derivational
// pointers (English), and from LanguageTool's German lexicon and the Ding
// dictionary (German; see that builder for the rules), and embedded.
package derive

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
)

//go:embed relatives.tsv.gz
var embedded []byte

// Table maps an analysed term to the terms of its relatives, per language.
// It is read-only and safe for concurrent use.
type Table struct {
	relatives map[string]map[string][]string // language → term → terms
	words     map[string]map[string][]string // language → term → the relatives as written
	persons   map[string]map[string]bool     // language → lower-case noun that names a person
}

// New reads the embedded table.
func New() (*Table, error) {
	zr, err := gzip.NewReader(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("derive: %w", err)
	}
	return Parse(zr)
}

// Parse reads a table of "LANG TAB verb TAB noun TAB verb-term TAB
// noun-term" lines ("#" starts a comment): each word with the term its
// language's analyzer gives it (TestTermsAreTheAnalysers keeps them so),
// so that reading the table analyses nothing; and of "person TAB LANG TAB
// noun" lines, the nouns that name a person, as written.
func Parse(r io.Reader) (*Table, error) {
	t := &Table{relatives: make(map[string]map[string][]string), words: make(map[string]map[string][]string),
		persons: make(map[string]map[string]bool)}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if f[0] == "person" {
			if len(f) != 3 || f[2] == "" || f[1] != analysis.German && f[1] != analysis.English {
				return nil, fmt.Errorf("derive line %d: want person TAB LANG TAB noun, got %q", n, line)
			}
			if t.persons[f[1]] == nil {
				t.persons[f[1]] = make(map[string]bool)
			}
			t.persons[f[1]][strings.ToLower(f[2])] = true
			continue
		}
		if len(f) != 5 || f[3] == "" || f[4] == "" {
			return nil, fmt.Errorf("derive line %d: want LANG TAB verb TAB noun TAB verb-term TAB noun-term, got %q", n, line)
		}
		lang := f[0]
		if lang != analysis.German && lang != analysis.English {
			return nil, fmt.Errorf("derive line %d: unknown language %q", n, lang)
		}
		if f[3] == f[4] {
			continue
		}
		if t.relatives[lang] == nil {
			t.relatives[lang] = make(map[string][]string)
			t.words[lang] = make(map[string][]string)
		}
		t.add(lang, f[3], f[4], f[2])
		t.add(lang, f[4], f[3], f[1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("derive: %w", err)
	}
	return t, nil
}

func (t *Table) add(lang, from, to, word string) {
	for _, x := range t.relatives[lang][from] {
		if x == to {
			return
		}
	}
	t.relatives[lang][from] = append(t.relatives[lang][from], to)
	t.words[lang][from] = append(t.words[lang][from], word)
}

// Relatives returns the terms of the words that name the same event as
// the word whose term is term, in lang: "sterb" → "tod"; "die" → "death".
// The slice is shared: do not change it.
func (t *Table) Relatives(lang, term string) []string {
	if t == nil {
		return nil
	}
	return t.relatives[lang][term]
}

// Words returns the relatives of Relatives as written ("death" for
// "die"), in the same order, to be translated.
func (t *Table) Words(lang, term string) []string {
	if t == nil {
		return nil
	}
	return t.words[lang][term]
}

// NamesPerson reports whether a noun, as written, names a person in lang:
// "Konsul", "historian", also as a plural ("Konsuln" with its lemma given,
// "historians", "emissaries", "men") or a German feminine ("Konsulin").
// lemma may be "". A compound is read as a whole: its last part may name
// a person where the whole does not ("Flugzeugträger").
func (t *Table) NamesPerson(lang, word, lemma string) bool {
	if t == nil {
		return false
	}
	set := t.persons[lang]
	w, l := strings.ToLower(word), strings.ToLower(lemma)
	if set[w] || set[l] {
		return true
	}
	if lang == analysis.English {
		if base, ok := analysis.EnglishIrregular(w); ok && set[base] {
			return true
		}
		return slices.ContainsFunc(analysis.EnglishSingulars(w), func(b string) bool { return set[b] })
	}
	for _, x := range []string{w, l} {
		if b, ok := strings.CutSuffix(x, "innen"); ok && set[b] {
			return true
		}
		if b, ok := strings.CutSuffix(x, "in"); ok && x != "" && set[b] {
			return true
		}
	}
	return false
}
