package derive

import (
	"bytes"
	"compress/gzip"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/analysis"
)

func TestRelatives(t *testing.T) {
	tab, err := New()
	if err != nil {
		t.Fatal(err)
	}
	term := func(lang, w string) string { return analysis.For(lang).Terms(w)[0] }
	for _, c := range []struct {
		lang, word, relative string
		want                 bool
	}{
		{"de", "starb", "Tod", true},
		{"de", "Tod", "gestorben", true},
		{"de", "abgezogen", "Abzug", true},
		{"de", "Angriff", "angegriffen", true},
		{"de", "gegründet", "Gründung", true},
		{"de", "verhandelt", "Verhandlungen", true},
		{"de", "gewählt", "Wahl", true},
		{"de", "einmarschierten", "Einmarsch", true},
		{"en", "died", "death", true},
		{"en", "withdraw", "withdrawal", true},
		{"en", "invaded", "invasion", true},
		{"de", "Kraft", "zwingen", false}, // "force" is two senses
		{"de", "Einschnitt", "einziehen", false},
	} {
		// The analyzer may give both one term already ("gewählt", "Wahl").
		a, b := term(c.lang, c.word), term(c.lang, c.relative)
		got := a == b || slices.Contains(tab.Relatives(c.lang, a), b)
		if got != c.want {
			t.Errorf("%s %q ~ %q: %v, want %v (relatives %v)", c.lang, c.word, c.relative, got, c.want, tab.Relatives(c.lang, term(c.lang, c.word)))
		}
	}
}

func TestParseRefusesMalformedLines(t *testing.T) {
	for _, in := range []string{"de\tsterben\n", "fr\tmourir\tmort\tmour\tmort\n", "de\tsterben\tTod\t\ttod\n",
		"person\tfr\tconsul\n", "person\tde\n", "person\tde\t\n"} {
		if _, err := Parse(strings.NewReader(in)); err == nil {
			t.Errorf("Parse(%q): no error", in)
		}
	}
	tab, err := Parse(strings.NewReader("# comment\n\nde\tsterben\tTod\tsterb\ttod\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := tab.Relatives("de", "tod"); !slices.Contains(got, "sterb") {
		t.Errorf("relatives of tod = %v, want sterb", got)
	}
}

// The table's terms are the analyzer's: a change to the analysis that is
// not followed by `go run ./internal/mkdata -only derive` fails here.
func TestTermsAreTheAnalysers(t *testing.T) {
	zr, err := gzip.NewReader(bytes.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			continue
		}
		a := analysis.For(f[0])
		for i, w := range f[1:3] {
			if got := a.Terms(w); len(got) == 0 || got[0] != f[3+i] {
				t.Errorf("%s %q: table term %q, analyzer %v", f[0], w, f[3+i], got)
			}
		}
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// The nouns that name a person come from WordNet's noun.person (the
// commonest sense) and, in German, from their first translations.
func TestNamesPerson(t *testing.T) {
	tab, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang, word, lemma string
		want              bool
	}{
		{"de", "Konsul", "", true},
		{"de", "Konsuln", "Konsul", true},   // a plural by its lemma
		{"de", "Konsulin", "", true},        // a feminine
		{"de", "Flugzeugträger", "", false}, // a compound is read whole
		{"en", "emissaries", "", true},
		{"en", "mercenaries", "", true},
		{"en", "witnesses", "", true},
		{"en", "wives", "", true}, // -ves: wife
		{"en", "representatives", "", true},
		{"en", "relatives", "", true},
		{"en", "rookies", "", true},
		{"de", "Präsident", "", true},
		{"de", "Musiker", "", true},
		{"de", "Musik", "", false}, // one term with "Musiker", no person
		{"de", "Stelle", "", false},
		{"de", "Land", "", false},
		{"de", "Jahr", "", false},
		{"en", "consul", "", true},
		{"en", "historians", "", true},
		{"en", "men", "", true},
		{"en", "country", "", false},
		{"en", "lincoln", "", false}, // a name, not a common noun
		{"en", "year", "", false},
	} {
		if got := tab.NamesPerson(c.lang, c.word, c.lemma); got != c.want {
			t.Errorf("NamesPerson(%s, %q, %q) = %v, want %v", c.lang, c.word, c.lemma, got, c.want)
		}
	}
	var none *Table
	if none.NamesPerson("de", "Konsul", "") {
		t.Error("a nil table knows no person")
	}
}
