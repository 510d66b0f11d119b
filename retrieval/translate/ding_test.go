package translate

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

var sharedDing = sync.OnceValues(LoadDing)

func mustDing(t testing.TB) *Ding {
	t.Helper()
	d, err := sharedDing()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func BenchmarkLoadDing(b *testing.B) {
	for b.Loop() {
		if _, err := LoadDing(); err != nil {
			b.Fatal(err)
		}
	}
}

func translations(entries []Entry) []string {
	var out []string
	for _, e := range entries {
		for _, t := range e.Translations {
			out = append(out, t.Text)
		}
	}
	return out
}

func TestDingLookup(t *testing.T) {
	d := mustDing(t)
	enDe, deEn := d.EnglishGerman(), d.GermanEnglish()
	tests := []struct {
		dict *Dictionary
		word string
		want string // among the translations
	}{
		{enDe, "troop withdrawal", "Truppenabzug"},
		{enDe, "Iraq", "Irak"},
		{enDe, "withdraw", "abziehen"},
		{enDe, "withdrew", "zurückziehen"}, // an inflected form Ding gives beside its headword
		{enDe, "withdrawals", "Abzug"},     // a plural
		{enDe, "deadline", "Frist"},
		{enDe, "last", "letztes"},       // filed as "last <laste>": the other spelling is a variant
		{enDe, "drop out", "Abbrecher"}, // "dropout <drop-out> <drop out>"
		{deEn, "Truppenabzug", "troop withdrawal"},
		{deEn, "Irak", "Iraq"},
		{deEn, "abziehen", "withdraw"},
		{deEn, "Frist", "deadline"},
		{deEn, "Abzüge", "deduction"},
	}
	for _, tt := range tests {
		if got := translations(tt.dict.Lookup(tt.word)); !slices.Contains(got, tt.want) {
			t.Errorf("Lookup(%q) = %q, lacks %q", tt.word, got, tt.want)
		}
	}
	if got := d.Irregular("withdrew"); !slices.Contains(got, "withdraw") {
		t.Errorf("Irregular(withdrew) = %q", got)
	}
}

func TestParseDingErrors(t *testing.T) {
	for _, bad := range []string{
		"D\ttroop\t\tTruppe\t\ttroop",
		"D\ttroop\t\tTruppe\t\ttroop\t",
		"D\t\t\tTruppe\t\ttroop\ttruppe",
		"Q\ttroop",
	} {
		if _, err := ParseDing(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseDing(%q) gave no error", bad)
		}
	}
}

func FuzzParseDing(f *testing.F) {
	f.Add("D\ttroop withdrawal\t\tTruppenabzug[mil.]\t\ttroop withdrawal\ttruppenabzug\nX\twithdrew\twithdraw\n")
	f.Fuzz(func(t *testing.T, data string) {
		d, err := ParseDing(strings.NewReader(data))
		if err != nil {
			return
		}
		for _, w := range strings.Fields(data) {
			d.EnglishGerman().Lookup(w)
			d.GermanEnglish().Lookup(w)
		}
	})
}

func TestReversed(t *testing.T) {
	d := mustDing(t)
	back, ok := d.EnglishGerman().Reversed()
	if !ok || !slices.Contains(translations(back.Lookup("Truppenabzug")), "troop withdrawal") {
		t.Errorf("Reversed() does not read German to English")
	}
	if _, ok := fixtureDictionary(t).Reversed(); ok {
		t.Error("a dictd dictionary claims a reverse direction")
	}
}

// An English compound written as one word is looked up as two, its head in
// the singular: "airstrikes" is "air strike".
func TestClosedEnglishCompounds(t *testing.T) {
	d, err := sharedDing()
	if err != nil {
		t.Fatal(err)
	}
	tr := NewTranslator(d.EnglishGerman())
	for _, word := range []string{"airstrike", "airstrikes"} {
		var got []string
		for _, term := range tr.Translate(word) {
			got = append(got, term.Text)
		}
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "Luft") }) {
			t.Errorf("Translate(%q) = %v, want an air strike (Luftschlag, Luftangriff)", word, got)
		}
	}
}

// A noun used as a modifier is singular, but Ding files the military sense
// of "troop" under "troops" only: the translator reads both.
func TestSingularTakesThePluralsOwnSenses(t *testing.T) {
	tr := NewTranslator(mustDing(t).EnglishGerman())
	var got []string
	for _, term := range tr.Translate("troop contingent") {
		got = append(got, term.Text)
	}
	if !slices.Contains(got, "Truppe") {
		t.Errorf("Translate(troop contingent) = %q, lacks Truppe", got)
	}
}

// TopSupport gives the stem Ding pairs an English word with most often
// across its entries: "officials" is "Beamte" in senior officials,
// ministry official and more, which no entry of "official" says.
func TestTopSupport(t *testing.T) {
	d, err := LoadDing()
	if err != nil {
		t.Fatal(err)
	}
	en := d.EnglishGerman()
	if stem, n, share := en.TopSupport("officials"); stem != "beamt" || n < 5 || share < 0.5 {
		t.Errorf("TopSupport(officials) = %q, %d, %.2f; want beamt, at least 5, at least half", stem, n, share)
	}
	if stem, _, _ := en.TopSupport("qxzvkj"); stem != "" {
		t.Errorf("TopSupport of an unknown word = %q, want none", stem)
	}
	if stem, _, _ := d.GermanEnglish().TopSupport("beamte"); stem != "" {
		t.Errorf("TopSupport from German = %q, want none: the counts are of English words", stem)
	}
}

// TestVerbWithTwoObjectsIsFiledUnderTheVerb: an article headed "apprise sb.
// of sth." is the verb's, found by the verb alone, as its key says; "beat
// to" no longer finds "beat sb. to sth.".
func TestVerbWithTwoObjectsIsFiledUnderTheVerb(t *testing.T) {
	tr := NewTranslator(mustDing(t).EnglishGerman())
	tests := []struct {
		words string
		want  string // among the translations of the articles found
		found bool
	}{
		{"apprise", "über informieren", true},
		{"beat", "bei schneller sein", true},
		{"beat to", "bei schneller sein", false},
		{"take into account", "berücksichtigen", true}, // a preposition before a word stays
	}
	for _, tt := range tests {
		got := translations(tr.matching(tt.words, false))
		if slices.Contains(got, tt.want) != tt.found {
			t.Errorf("matching(%q) = %q: %q found %v, want %v", tt.words, got, tt.want, !tt.found, tt.found)
		}
	}
}
