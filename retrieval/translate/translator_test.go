package translate

import (
	"errors"
	"math"
	"slices"
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
			// A verb and its particle are one phrase, looked up by the
			// verb's base form.
			question: "Which office deals with the war?",
			want:     []string{"behandeln"},
			heavier:  [][2]string{{"behandeln", "Geschäft"}},
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

// TranslateIn lets the collection choose among translations: what it never
// uses gives its weight to what it uses.
func TestTranslateIn(t *testing.T) {
	tr := NewTranslator(fixtureDictionary(t))
	tests := []struct {
		name     string
		question string
		known    []string // the texts the collection uses
		want     []string // terms that must be there
		absent   []string // terms that must not
		// heavier lists terms that weigh more than in Translate.
		heavier []string
		// sameRatio are two terms whose weights stand as in Translate.
		sameRatio [2]string
	}{
		{
			name:     "unused translations leave their weight to the used ones",
			question: "Who leads the coalition?",
			known:    []string{"Koalition", "Blei"},
			want:     []string{"Koalition", "Blei"},
			absent:   []string{"Führung", "Führungsrolle", "leads"},
			heavier:  []string{"Blei"},
		},
		{
			name:      "no translation used: all kept in Translate's shares",
			question:  "Who leads the coalition?",
			known:     []string{"Koalition"},
			want:      []string{"Führung", "Blei"},
			sameRatio: [2]string{"Führung", "Blei"},
		},
		{
			name:     "a phrase the collection never uses is translated word by word",
			question: "Who was the prime minister in 1990?",
			known:    []string{"Minister", "erstklassig"},
			want:     []string{"Minister", "1990"},
			absent:   []string{"Ministerpräsident", "Premierminister"},
			heavier:  []string{"Minister"},
		},
		{
			name:     "a used phrase is kept",
			question: "Who was the prime minister in 1990?",
			known:    []string{"Ministerpräsident", "Minister"},
			want:     []string{"Ministerpräsident", "Minister"},
		},
		{
			name:     "a capitalised word the collection never writes is a common word",
			question: "What did Bush say?",
			known:    []string{"Busch", "Strauch"},
			want:     []string{"Busch"},
			absent:   []string{"Bush"},
			heavier:  []string{"Busch"},
		},
		{
			name:     "a name the collection writes stays a name",
			question: "What did Bush say?",
			known:    []string{"Bush", "Busch"},
			want:     []string{"Bush", "Busch"},
		},
		{
			name:     "two words stand for a compound of their translations the collection uses",
			question: "How many war soldiers are there?",
			known:    []string{"Krieg", "Soldat", "Kriegssoldat"},
			want:     []string{"Kriegssoldat", "Krieg", "Soldat"},
		},
		{
			name:     "a compound the collection does not use is not searched",
			question: "How many war soldiers are there?",
			known:    []string{"Krieg", "Soldat", "Kriegsoldat"},
			absent:   []string{"Kriegssoldat"},
		},
		{
			name:     "no compound across punctuation",
			question: "Which war, soldiers?",
			known:    []string{"Krieg", "Soldat", "Kriegssoldat"},
			absent:   []string{"Kriegssoldat"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms, err := tr.TranslateIn(tt.question, usageOf(tt.known...))
			if err != nil {
				t.Fatal(err)
			}
			w := weights(terms)
			before := weights(tr.Translate(tt.question))
			for _, text := range tt.want {
				if w[text] <= 0 {
					t.Errorf("TranslateIn(%q) has no %q: %v", tt.question, text, terms)
				}
			}
			for _, text := range tt.absent {
				if _, ok := w[text]; ok {
					t.Errorf("TranslateIn(%q) has %q: %v", tt.question, text, terms)
				}
			}
			for _, text := range tt.heavier {
				if w[text] <= before[text]+1e-9 {
					t.Errorf("TranslateIn(%q): %q weighs %.3f, Translate %.3f; want more", tt.question, text, w[text], before[text])
				}
			}
			if p := tt.sameRatio; p != [2]string{} {
				if r, r0 := w[p[0]]/w[p[1]], before[p[0]]/before[p[1]]; math.Abs(r-r0) > 1e-9 {
					t.Errorf("%q / %q = %.3f, Translate %.3f; want the same shares", p[0], p[1], r, r0)
				}
			}
		})
	}
}

// usageOf is a collection that uses the given texts.
func usageOf(texts ...string) Usage {
	return func(asked []string) ([]bool, error) {
		used := make([]bool, len(asked))
		for i, s := range asked {
			used[i] = slices.Contains(texts, s)
		}
		return used, nil
	}
}

// TranslateIn asks about each text once, and returns usage's error.
func TestTranslateInAsks(t *testing.T) {
	tr := NewTranslator(fixtureDictionary(t))
	asked := make(map[string]int)
	rounds := 0
	_, err := tr.TranslateIn("Who was the prime minister in 1990?", func(texts []string) ([]bool, error) {
		rounds++
		for _, s := range texts {
			asked[s]++
		}
		return usageOf("Minister")(texts)
	})
	if err != nil {
		t.Fatal(err)
	}
	for s, n := range asked {
		if n != 1 {
			t.Errorf("asked about %q %d times", s, n)
		}
	}
	if asked["Ministerpräsident"] != 1 || asked["Minister"] != 1 {
		t.Errorf("%d rounds, asked %v; want the phrase's and the words' translations", rounds, asked)
	}
	// Compounds are asked about only of translations the collection uses.
	asked = make(map[string]int)
	if _, err := tr.TranslateIn("How many war soldiers?", func(texts []string) ([]bool, error) {
		for _, s := range texts {
			asked[s]++
		}
		return usageOf("Krieg")(texts)
	}); err != nil {
		t.Fatal(err)
	}
	if asked["Kriegssoldat"] != 0 {
		t.Errorf("asked about a compound of an unused translation: %v", asked)
	}
	broken := errors.New("index unreadable")
	if _, err := tr.TranslateIn("Who leads?", func([]string) ([]bool, error) { return nil, broken }); !errors.Is(err, broken) {
		t.Errorf("TranslateIn with a failing usage: %v, want %v", err, broken)
	}
	if _, err := tr.TranslateIn("Who leads?", func([]string) ([]bool, error) { return nil, nil }); err == nil {
		t.Error("TranslateIn with a usage that answers nothing: no error")
	}
}

// A word translated part by part marks each term with its part, so that
// the alternatives for one part can be told from those for another.
func TestTranslatePartsAreMarked(t *testing.T) {
	tr := NewTranslator(fixtureDictionary(t))
	parts := make(map[string]int)
	for _, term := range tr.Translate("coalition-soldier") {
		if term.From != "coalition-soldier" {
			t.Errorf("%+v: From is not the word as written", term)
		}
		parts[term.Text] = term.Part
	}
	if parts["Koalition"] != 1 || parts["Soldat"] != 2 || parts["coalition-soldier"] != 0 {
		t.Errorf("parts = %v, want Koalition 1, Soldat 2, the word as written 0", parts)
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
	// A collection that uses every other text, by length.
	usage := func(texts []string) ([]bool, error) {
		used := make([]bool, len(texts))
		for i, s := range texts {
			used[i] = len(s)%2 == 0
		}
		return used, nil
	}
	f.Fuzz(func(t *testing.T, question string) {
		in, err := tr.TranslateIn(question, usage)
		if err != nil {
			t.Fatal(err)
		}
		for _, term := range append(tr.Translate(question), in...) {
			if term.Text == "" || term.From == "" || !(term.Weight > 0) || term.Weight > 1+1e-9 || math.IsInf(term.Weight, 0) {
				t.Errorf("Translate(%q) gave %+v", question, term)
			}
		}
	})
}

// Predicative files an adjective under "be" only for a plain lower-case
// word: what the dictionary's key would reduce to "be" alone, or to
// another word, is none.
func TestPredicative(t *testing.T) {
	for word, want := range map[string]bool{"afraid": true, "glad": true, "": false, "?": false, "-": false, "sth": false, "Glad": false} {
		if key, ok := Predicative(word); ok != want || ok && key != "be "+word {
			t.Errorf("Predicative(%q) = %q, %v; want %v", word, key, ok, want)
		}
	}
}
