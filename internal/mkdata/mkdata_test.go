package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestParseDingLine(t *testing.T) {
	line := "Abzug {m} (aus/von einem Ort) [mil.] | Abzüge {pl} :: pull-out; pullout [Am.] (from a place) | pull-outs"
	pairs := parseDingLine(line)
	if len(pairs) != 2 {
		t.Fatalf("%d pairs, want 2", len(pairs))
	}
	p := pairs[0]
	if !p.first || p.de[0].text != "Abzug" || !p.de[0].has("m") || !slices.Equal(p.de[0].labels, []string{"mil."}) {
		t.Errorf("German side %+v", p.de)
	}
	if len(p.en) != 2 || p.en[0].text != "pull-out" || p.en[1].text != "pullout" || !slices.Equal(p.en[1].labels, []string{"Am."}) {
		t.Errorf("English side %+v", p.en)
	}
	if !pairs[1].de[0].has("pl") || pairs[1].first {
		t.Errorf("second sense %+v", pairs[1])
	}
	// Abbreviations between slashes and "to" before verbs go.
	v := parseDingLine("französisch {adj} /frz./ [geogr.] :: French /Fr./")[0]
	if v.de[0].text != "französisch" || v.en[0].text != "French" {
		t.Errorf("abbreviations kept: %+v", v)
	}
	// An abbreviation with several forms holds a semicolon that splits no
	// synonyms.
	g := parseDingLine("Regierung {f} [pol.] :: government /Gov.; Govt./; administration [Am.]")[0]
	if len(g.en) != 2 || g.en[0].text != "government" || g.en[1].text != "administration" {
		t.Errorf("abbreviation with a semicolon: %+v", g.en)
	}
	// Alternatives joined by a slash are one term each: the first the text,
	// the others forms to look it up by.
	a := parseDingLine("einen Abänderungsantrag stellen/einbringen :: to move/propose an amendment")[0]
	if a.de[0].text != "einen Abänderungsantrag stellen" || !slices.Equal(a.de[0].alts, []string{"einen Abänderungsantrag einbringen"}) ||
		a.en[0].text != "move an amendment" || !slices.Equal(a.en[0].alts, []string{"propose an amendment"}) {
		t.Errorf("slash alternatives: %+v / %+v", a.de, a.en)
	}
	for _, one := range []string{"Ein-/Ausgabe {f} :: input/output", "rund um die Uhr :: 24/7", "und/oder :: and/or"} {
		p := parseDingLine(one)[0]
		if len(p.en[0].alts) > 0 || len(p.de[0].alts) > 0 {
			t.Errorf("%q split: %+v / %+v", one, p.de, p.en)
		}
	}
	if w := parseDingLine("abziehen {vt} :: to withdraw")[0]; w.en[0].text != "withdraw" {
		t.Errorf("to kept: %q", w.en[0].text)
	}
	for _, bad := range []string{"# comment", "no separator", "a | b :: c"} {
		if got := parseDingLine(bad); got != nil {
			t.Errorf("parseDingLine(%q) = %+v, want nothing", bad, got)
		}
	}
}

// Ding writes other spellings in angle brackets: they are forms to look a
// term up by, not part of its text ("last <laste>" is "last", whose key
// was "last laste" and never met the word).
func TestDingOtherSpellings(t *testing.T) {
	tests := []struct {
		line     string
		en, alts []string
	}{
		{"letzte; letzter; letztes {adj} :: last <laste>", []string{"last"}, []string{"laste"}},
		{"Abbrecher {m} :: dropout <drop-out> <drop out>", []string{"dropout"}, []string{"drop-out", "drop out"}},
		{"Abzug {m} :: withdrawal", []string{"withdrawal"}, nil},
	}
	for _, tt := range tests {
		p := parseDingLine(tt.line)[0]
		var en []string
		for _, e := range p.en {
			en = append(en, e.text)
		}
		var alts []string
		for _, a := range altTerms(p.en) {
			alts = append(alts, a.text)
		}
		if !slices.Equal(en, tt.en) || !slices.Equal(alts, tt.alts) {
			t.Errorf("%q: terms %q, other spellings %q; want %q, %q", tt.line, en, alts, tt.en, tt.alts)
		}
	}
}

func TestInflectionSense(t *testing.T) {
	pairs := parseDingLine("zurückziehen {vt} | zurückziehend | er/sie zieht zurück | ich/er/sie zog zurück | seine Kandidatur zurückziehen :: to withdraw | withdrawing | he/she withdraws | I/he/she withdrew | to withdraw one's candidature")
	var got []bool
	for _, p := range pairs[1:] {
		p.en, p.de = dropPronouns(p.en), dropPronouns(p.de)
		got = append(got, isInflectionSense(p, pairs[0]))
	}
	if want := []bool{true, true, true, false}; !slices.Equal(got, want) {
		t.Errorf("inflection senses %v, want %v", got, want)
	}
}

func TestGermanNameForms(t *testing.T) {
	lt := &ltLexicon{nouns: map[string][]string{"Staaten": {"Staaten"}, "Emirate": {"Emirate", "Emiraten"}}}
	tests := []struct {
		name string
		want []string
	}{
		{"Irak", []string{"Irak", "Iraks"}},
		{"Paris", []string{"Paris"}},
		{"USA", []string{"USA"}},
		{"Vereinigte Staaten", []string{"Vereinigte Staaten", "Vereinigten Staaten"}},
		{"Vereinigte Arabische Emirate", []string{"Vereinigte Arabische Emirate", "Vereinigten Arabischen Emiraten"}},
	}
	for _, tt := range tests {
		if got := germanNameForms([]string{tt.name}, lt); !slices.Equal(got, tt.want) {
			t.Errorf("germanNameForms(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestDerivedAdjectives(t *testing.T) {
	lt := &ltLexicon{adjectives: map[string][]string{}}
	for _, a := range []string{"italienisch", "irakisch", "syrisch", "chilenisch", "polnisch"} {
		lt.adjectives[a] = []string{a}
	}
	for name, want := range map[string]string{"Italien": "italienisch", "Irak": "irakisch", "Syrien": "syrisch", "Chile": "chilenisch", "Polen": "polnisch"} {
		if got := derivedAdjectives(name, lt, nil); !slices.Contains(got, want) {
			t.Errorf("derivedAdjectives(%q) = %q, lacks %q", name, got, want)
		}
	}
	if got := derivedAdjectives("Türkis", lt, nil); got != nil {
		t.Errorf("Türkis gave %q", got)
	}
	// A two-letter base: "irisch", never Iran's "iranisch".
	lt.adjectives["irisch"], lt.adjectives["iranisch"] = []string{"irisch"}, []string{"iranisch"}
	if got := derivedAdjectives("Irland", lt, nil); !slices.Equal(got, []string{"irisch"}) {
		t.Errorf("Irland gave %q", got)
	}
	// An umlaut, and an adjective only Ding has.
	if got := derivedAdjectives("Niederlande", lt, map[string]bool{"niederländisch": true}); !slices.Contains(got, "niederländisch") {
		t.Errorf("Niederlande gave %q", got)
	}
}

func TestEncodeForms(t *testing.T) {
	if got := encodeForms("Abzug", []string{"Abzug", "Abzüge", "Abzugs"}); got != "0:s 2:üge" {
		t.Errorf("encodeForms = %q", got)
	}
}

// TestRegenerationChangesNothing rebuilds every data file from the inputs
// `make data` fetched and compares it with the committed one. It takes a
// minute and needs the inputs, so it runs only when QUELLEN_DATA_IN names
// their folder (QUELLEN_DATA_IN=/tmp/quellen-data go test ./internal/mkdata);
// `make data` makes the same check on every run.
func TestRegenerationChangesNothing(t *testing.T) {
	in := os.Getenv("QUELLEN_DATA_IN")
	if in == "" {
		t.Skip("QUELLEN_DATA_IN is not set")
	}
	if _, err := os.Stat(filepath.Join(in, "trans-de-en")); err != nil {
		t.Fatalf("no data inputs in %s; run make data", in)
	}
	out := t.TempDir()
	for name, build := range map[string]func(string, string) error{"names": buildNames, "lexicon": buildLexicon, "dict": buildDict} {
		if err := build(in, out); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	for _, f := range []string{"retrieval/names/names.tsv.gz", "retrieval/lexicon/de.tsv.gz", "retrieval/lexicon/de.lex", "retrieval/translate/dict.tsv.gz"} {
		want, err := os.ReadFile(filepath.Join("..", "..", f))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: regenerated file differs from the committed one", f)
		}
	}
}

func FuzzParseDingLine(f *testing.F) {
	f.Add("Abzug {m} (aus) [mil.] | Abzüge {pl} :: pull-out; pullout [Am.] | pull-outs")
	f.Add("a {b :: c [d")
	f.Fuzz(func(t *testing.T, line string) {
		for _, p := range parseDingLine(line) {
			if len(p.de) == 0 || len(p.en) == 0 {
				t.Fatalf("empty side in %+v", p)
			}
		}
	})
}

// supportTable counts the senses of the whole file, examples included,
// that pair a word with a stem some entry offers for it, and keeps those
// met at least three times.
func TestSupportTable(t *testing.T) {
	ding := `# test
letzte; letzter {adj} | in der letzten Woche | der letzte Tag | zum letzten Mal :: last | in the last week | the last day | for the last time
Leisten {m} :: last
dauern {vi} :: to last
`
	path := filepath.Join(t.TempDir(), "de-en")
	if err := os.WriteFile(path, []byte(ding), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := supportTable(path, func(pair func(en, de []dingTerm)) {
		for _, line := range []string{"letzte :: last", "Leisten :: last", "dauern :: to last"} {
			p := parseDingLine(line)[0]
			pair(p.en, p.de)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	// letzt: the headword's sense and three examples; leist and dau once
	// each, below the table's threshold; woch and tag are no entry's
	// translation of "last".
	if want := "S\tlast\tletzt=4\n"; got != want {
		t.Errorf("supportTable = %q, want %q", got, want)
	}
}

func TestDerivedPeople(t *testing.T) {
	lt := &ltLexicon{nouns: map[string][]string{
		"Syrer": {"Syrer", "Syrern"}, "Chinese": {"Chinese", "Chinesen"}, "Koreaner": {"Koreaner", "Koreanern"}, "Maler": {"Maler", "Malern"},
	}}
	ding := map[string][]string{"Maler": {"painter"}, "Koreaner": {"Korean"}, "Chinese": {"Chinese"}}
	tests := []struct {
		adj, en string
		want    []string
	}{
		{"syrisch", "Syrian", []string{"Syrer", "Syrern"}},                         // the lexicon has it, Ding does not
		{"chinesisch", "Chinese", []string{"Chinese", "Chinesen"}},                 // in -e, Ding agrees
		{"südkoreanisch", "South Korean", []string{"Südkoreaner", "Südkoreanern"}}, // a compass point before a people
		{"malisch", "Malian", nil},                                                 // "Maler" is a painter
		{"irisch", "Irish", nil},                                                   // too short a stem to guess
	}
	for _, tt := range tests {
		if got := derivedPeople([]string{tt.adj}, []string{tt.en}, ding, lt); !slices.Equal(got, tt.want) {
			t.Errorf("derivedPeople(%q) = %q, want %q", tt.adj, got, tt.want)
		}
	}
}

func TestDropSharedNames(t *testing.T) {
	countries := []countryNames{
		{code: "FM", enForms: []string{"Micronesia", "Federated States of Micronesia", "TT"}},
		{code: "PW", enForms: []string{"Palau", "Belau", "TT"}},
		{code: "CG", enForms: []string{"Congo", "Republic of the Congo"}},
		{code: "CD", enForms: []string{"Congo - Kinshasa", "Congo"}},
	}
	cldr := map[string][]string{"FM": {"Micronesia"}, "PW": {"Palau"}, "CG": {"Congo", "Congo - Brazzaville"}, "CD": {"Congo - Kinshasa"}}
	dropSharedNames(countries, cldr)
	want := map[string][]string{
		"FM": {"Micronesia", "Federated States of Micronesia"},
		"PW": {"Palau", "Belau"},
		"CG": {"Congo", "Republic of the Congo"}, // its CLDR name stays
		"CD": {"Congo - Kinshasa"},
	}
	for _, c := range countries {
		if !slices.Equal(c.enForms, want[c.code]) {
			t.Errorf("%s: %q, want %q", c.code, c.enForms, want[c.code])
		}
	}
}

// An adjective two countries have is left to the one whose name it begins
// like the longest, in German and in English alike.
func TestKeepLongestStart(t *testing.T) {
	countries := []countryNames{
		{code: "NE", deForms: []string{"Niger"}, enForms: []string{"Niger"}, deAdj: []string{"nigrisch", "nigerianisch"}, enAdj: []string{"Nigerien", "Nigerian"}},
		{code: "NG", deForms: []string{"Nigeria"}, enForms: []string{"Nigeria"}, deAdj: []string{"nigerianisch"}, enAdj: []string{"Nigerian"}},
	}
	keepLongestStart(countries, func(c *countryNames) (*[]string, []string) { return &c.deAdj, c.deForms })
	keepLongestStart(countries, func(c *countryNames) (*[]string, []string) { return &c.enAdj, c.enForms })
	want := map[string][2][]string{
		"NE": {{"nigrisch"}, {"Nigerien"}},
		"NG": {{"nigerianisch"}, {"Nigerian"}},
	}
	for _, c := range countries {
		if !slices.Equal(c.deAdj, want[c.code][0]) || !slices.Equal(c.enAdj, want[c.code][1]) {
			t.Errorf("%s: %q, %q; want %q, %q", c.code, c.deAdj, c.enAdj, want[c.code][0], want[c.code][1])
		}
	}
}

// A compound of a people noun and a thing the lexicon lists is no people
// noun: the "Perserkatze" Ding gives beside "Perser".
func TestThingOfPeople(t *testing.T) {
	lt := &ltLexicon{nouns: map[string][]string{"Katze": {"Katze"}, "Perser": {"Perser"}}}
	nouns := []string{"Perser", "Perserin", "Perserkatze"}
	for noun, want := range map[string]bool{"Perser": false, "Perserin": false, "Perserkatze": true, "Katze": false} {
		if got := thingOfPeople(noun, nouns, lt); got != want {
			t.Errorf("thingOfPeople(%q) = %v, want %v", noun, got, want)
		}
	}
}
