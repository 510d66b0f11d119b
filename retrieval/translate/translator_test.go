package translate

import (
	"math"
	"strings"
	"testing"
)

// weights sums the weights per German text.
func weights(terms []Term) map[string]float64 {
	m := make(map[string]float64)
	for _, t := range terms {
		m[t.Text] += t.Weight
	}
	return m
}

func TestTranslate(t *testing.T) {
	tr := NewTranslator(fixtureDictionary(t))
	tests := []struct {
		question string
		want     []string // terms that must be there
		absent   []string // terms that must not
		heavier  [][2]string
	}{
		{
			question: "Who was the prime minister in 1990?",
			want:     []string{"Ministerpräsident", "Premierminister", "1990"},
			absent:   []string{"Who", "was", "the", "in", "Wechsel"},
			// The phrase outweighs the senses of its words.
			heavier: [][2]string{{"Ministerpräsident", "Minister"}, {"Ministerpräsident", "erstklassig"}},
		},
		{
			question: "Who leads the coalition?",
			want:     []string{"Koalition", "Führung", "Leinen"},
			absent:   []string{"Who", "the"},
			// "leads" has an article of its own; the base form's count less
			// but the sense with examples still wins over the bare one.
			heavier: [][2]string{{"Koalition", "Führung"}, {"Führung", "Blei"}},
		},
		{
			question: "How many US soldiers are in Iraq?",
			want:     []string{"US", "Soldat", "Irak", "Iraq"},
			absent:   []string{"How", "many", "are", "IQ"},
			// The archaic translation weighs less.
			heavier: [][2]string{{"Soldat", "Kriegsknecht"}},
		},
		{
			question: "What did Bush say about the war?",
			want:     []string{"Bush", "Krieg", "say"},
			// A name keeps most of its weight; the shrub gets little.
			heavier: [][2]string{{"Bush", "Busch"}},
		},
		{
			question: "When were the Gauls conquered?",
			want:     []string{"erobern", "Gauls"},
			absent:   []string{"etw."},
		},
		{
			// A stop word is not translated, even when its key hides an article.
			question: "What would it be?",
			absent:   []string{"Wechsel", "be"},
		},
		{
			question: "Is that actually the PM?",
			want:     []string{"eigentlich", "tatsächlich", "Premierminister", "PM"},
			absent:   []string{"eigentlicheigtl."},
		},
	}
	for _, tt := range tests {
		terms := tr.Translate(tt.question)
		w := weights(terms)
		for _, text := range tt.want {
			if w[text] <= 0 {
				t.Errorf("Translate(%q) has no %q: %v", tt.question, text, terms)
			}
		}
		for _, text := range tt.absent {
			if _, ok := w[text]; ok {
				t.Errorf("Translate(%q) has %q: %v", tt.question, text, terms)
			}
		}
		for _, pair := range tt.heavier {
			if w[pair[0]] <= w[pair[1]] {
				t.Errorf("Translate(%q): %q weighs %.3f, not more than %q at %.3f", tt.question, pair[0], w[pair[0]], pair[1], w[pair[1]])
			}
		}
	}
}

func TestTranslatePhraseFirst(t *testing.T) {
	tr := NewTranslator(fixtureDictionary(t))
	terms := tr.Translate("prime ministers")
	if len(terms) == 0 || terms[0].Text != "Ministerpräsident" && terms[0].Text != "Premierminister" || terms[0].From != "prime ministers" {
		t.Fatalf("Translate(prime ministers) = %v, want the phrase's translation first", terms)
	}
	// The phrase's words back it up at a fraction of a word's weight.
	for _, term := range terms {
		if term.From != "prime ministers" && term.Weight > defaultWeighting.phraseWords*terms[0].Weight {
			t.Errorf("Translate(prime ministers) has %+v, heavier than %.2f of the phrase's %.3f", term, defaultWeighting.phraseWords, terms[0].Weight)
		}
	}
	if w := weights(terms); w["Minister"] <= 0 {
		t.Errorf("Translate(prime ministers) = %v, want the single word's Minister as backing", terms)
	}
}

func TestTranslateWithoutDictionary(t *testing.T) {
	tr := NewTranslator(nil)
	got := tr.Translate("Who leads the coalition in Iraq since 2003?")
	var texts []string
	for _, term := range got {
		texts = append(texts, term.Text)
		if term.Weight != 1 || term.From != term.Text {
			t.Errorf("term %+v: want weight 1 and From equal to Text", term)
		}
	}
	if want := "leads coalition Iraq 2003"; strings.Join(texts, " ") != want {
		t.Errorf("Translate without dictionary = %q, want %q", texts, want)
	}
}

func FuzzTranslate(f *testing.F) {
	for _, q := range []string{"Who was the prime minister in 1990?", "U.S.-led war's end", "’s '' -- .. 3.5th", "PRIME MINISTER", "ÄÖÜ ß ǅ"} {
		f.Add(q)
	}
	tr := NewTranslator(fixtureDictionary(f))
	f.Fuzz(func(t *testing.T, question string) {
		for _, term := range tr.Translate(question) {
			if term.Text == "" || term.From == "" || !(term.Weight > 0) || term.Weight > 1+1e-9 || math.IsInf(term.Weight, 0) {
				t.Errorf("Translate(%q) gave %+v", question, term)
			}
		}
	})
}
