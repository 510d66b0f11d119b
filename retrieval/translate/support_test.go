package translate

import (
	"slices"
	"testing"
)

// Support tells a word's usual sense from a rare one by how often Ding's
// phrases pair them: "last" is "letzte" far more often than a cobbler's
// "Leisten".
func TestSupport(t *testing.T) {
	d := mustDing(t)
	enDe, deEn := d.EnglishGerman(), d.GermanEnglish()
	tests := []struct {
		dict              *Dictionary
		head, usual, rare string
	}{
		{enDe, "last", "letzte", "Leisten"},
		{enDe, "weather", "Wetter", "verwittern"},
		{enDe, "doctor", "Arzt", "verfälschen"},
		{enDe, "company", "Firma", "Kompanie"},
		{deEn, "letzte", "last", "ultimate"},
		{deEn, "Wetter", "weather", "firedamp"},
	}
	for _, tt := range tests {
		usual, rare := tt.dict.Support(tt.head, tt.usual), tt.dict.Support(tt.head, tt.rare)
		if usual <= rare || usual < 3 {
			t.Errorf("Support(%q, %q) = %d, Support(%q, %q) = %d: want the first larger, at least 3", tt.head, tt.usual, usual, tt.head, tt.rare, rare)
		}
	}
	for _, tt := range []struct {
		dict        *Dictionary
		head, trans string
	}{
		{enDe, "prime minister", "Premierminister"}, // a phrase's headword has no count
		{nil, "last", "letzte"},                     // no dictionary
		{&Dictionary{}, "last", "letzte"},           // FreeDict has none
	} {
		if got := tt.dict.Support(tt.head, tt.trans); got != 0 {
			t.Errorf("Support(%q, %q) = %d, want 0", tt.head, tt.trans, got)
		}
	}
}

// weigh puts the translation the dictionary supports first among senses
// that are otherwise alike, and without support keeps the dictionary's
// order.
func TestWeighBySupport(t *testing.T) {
	entries := senses([]Entry{
		{Headword: "last", Translations: []Translation{{Text: "Leisten"}}},
		{Headword: "last", Translations: []Translation{{Text: "letzte"}}},
	}, 1)
	support := func(head, text string) int {
		if text == "letzte" {
			return 100
		}
		return 1
	}
	order := func(terms []Term) []string {
		var out []string
		for _, t := range terms {
			out = append(out, t.Text)
		}
		return out
	}
	with, _ := defaultWeighting.weigh(entries, "last", 1, nil, support)
	if got := order(with); !slices.Equal(got, []string{"letzte", "Leisten"}) || with[0].Weight <= with[1].Weight {
		t.Errorf("with support: %+v, want letzte first and heavier", with)
	}
	without, _ := defaultWeighting.weigh(entries, "last", 1, nil, nil)
	if got := order(without); !slices.Equal(got, []string{"Leisten", "letzte"}) {
		t.Errorf("without support: %v, want the dictionary's order", got)
	}
	off := defaultWeighting
	off.supportExp = 0
	if got, _ := off.weigh(entries, "last", 1, nil, support); !slices.Equal(order(got), []string{"Leisten", "letzte"}) {
		t.Errorf("supportExp 0: %v, want the dictionary's order", order(got))
	}
}

func TestSupportWordsAndStems(t *testing.T) {
	if got := SupportWords("to be the Last one's"); !slices.Equal(got, []string{"last", "one's"}) {
		t.Errorf("SupportWords = %q", got)
	}
	if got := SupportStems("die letzten Wochen"); !slices.Equal(got, []string{"letzt", "woch"}) {
		t.Errorf("SupportStems = %q", got)
	}
}

// A capitalised word the dictionary has as a name is searched in its
// common senses too: English capitalises titles ("Doctor Who", "Time
// Lord"), and Ding's only capitalised "Doctor" is the church's.
func TestTitlesKeepTheirCommonSenses(t *testing.T) {
	tr := NewTranslator(mustDing(t).EnglishGerman())
	tests := []struct {
		question string
		name     string   // the word as written, kept
		want     []string // common senses, at least one of them
	}{
		{"What enemy of Doctor Who is also a Time Lord?", "Doctor", []string{"Doktor", "Arzt"}},
		{"What enemy of Doctor Who is also a Time Lord?", "Lord", []string{"Herr"}},
	}
	for _, tt := range tests {
		w := weights(tr.Translate(tt.question))
		if w[tt.name] == 0 {
			t.Errorf("%q: %q not kept: %v", tt.question, tt.name, w)
		}
		if !slices.ContainsFunc(tt.want, func(s string) bool { return w[s] > 0 }) {
			t.Errorf("%q: none of %q among %v", tt.question, tt.want, w)
		}
	}
	off := *tr
	off.w.titleSenses = 0
	if w := weights(off.Translate("Who is Doctor Who?")); w["Doktor"] > 0 || w["Arzt"] > 0 {
		t.Errorf("titleSenses 0 still gives the common senses: %v", w)
	}
}

// Uses tells a common English word from a rare one a letter apart, and
// knows no word Ding never pairs, nor any German one.
func TestUses(t *testing.T) {
	d := mustDing(t)
	en := d.EnglishGerman()
	for _, c := range []struct{ common, rare string }{{"killed", "kieled"}, {"button", "bunton"}, {"married", "marred"}} {
		if en.Uses(c.common) <= en.Uses(c.rare) {
			t.Errorf("Uses(%s) = %d, Uses(%s) = %d; want the first more", c.common, en.Uses(c.common), c.rare, en.Uses(c.rare))
		}
	}
	if n := en.Uses("qxzvkj"); n != 0 {
		t.Errorf("Uses of an unknown word = %d, want 0", n)
	}
	if n := d.GermanEnglish().Uses("beamte"); n != 0 {
		t.Errorf("the German-English dictionary's Uses = %d, want 0", n)
	}
}
