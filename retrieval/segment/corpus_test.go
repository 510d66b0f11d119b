package segment

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

const corpusDir = "/work/shared/corpus"

// corpusExpectations were checked by reading each article: how many sentences
// it has, every segment that is not a sentence, and phrases that must lie
// inside a single sentence (a break inside them would be wrong).
var corpusExpectations = []struct {
	file      string
	sentences int
	others    []string // non-sentence segments in order, as describe renders them
	within    []string
}{
	{
		file:      "000_3690039fc1eff3aa.txt",
		sentences: 18,
		others:    []string{"H:Noch keine Ergebnisse"},
		within: []string{
			"Rund 2.500 US-Soldaten im Irak",
			"den Islamischen Staat (IS).",
		},
	},
	{
		file:      "001_a506cc4c43423c5a.txt",
		sentences: 21,
		others: []string{
			"H:Kampf gegen den IS",
			"H:USA wollen Truppenpräsenz im Irak reduzieren",
			"D:12.06.2020, 04:15 Uhr | AFP, dpa",
			"H:Gespräche zwischen USA und Irak",
			"H:Im Irak wird der Konflikt zwischen USA und Iran ausgetragen",
		},
		within: []string{
			`Die USA wollen ihre Truppenpräsenz im Irak "in den kommenden Monaten" reduzieren.`,
			"Der Einsatz von rund 5.000 US-Soldaten im Irak ist hoch umstritten.",
		},
	},
	{
		file:      "002_0596e4a2a36b5ae2.txt",
		sentences: 12,
		others:    []string{"D:Veröffentlicht", "D:Lesezeit: 1 Minute"},
		within: []string{
			"wird beendet „spätestens bis Ende September 2025“kündigten Washington und Bagdad am Freitag, 27. September, an.",
			"„Zwei-Phasen-Übergangsplan“sagte ein US-Beamter.",
			"umfasst: „das Ende der Präsenz der Koalitionstruppen in Teilen des Irak“.",
		},
	},
	{
		file:      "003_5b17a0ffa90be8d6.txt",
		sentences: 27,
		others: []string{
			"H:US-Militär nimmt Operationen gegen ISIS im Irak wieder auf",
			"H:US-Militär Operationen gegen ISIS im Irak",
			"H:Operationen gegen ISIS",
			"H:Beiträge die im Zusammenhang stehen könnten",
			"C:Bild Urheberrechtshinweis nach EU-Urheberrecht Artikel 13",
			"C:Beitragsbild:By Markusszy – Own work, CC BY-SA 4.0, https://commons.wikimedia.org/w/index.php?curid=77539738",
		},
		within: []string{
			"nachdem die USA am 3. Januar einen Drohnenangriff",
			"die mehr als 5.000 Soldaten nicht ab.",
		},
	},
	{
		file:      "004_06745681e1347370.txt",
		sentences: 13,
		within: []string{
			"Die Vereinigten Staaten marschierten 2003 in den Irak ein und stürzten Staatschef Saddam Hussein.",
		},
	},
}

func TestSplitCorpus(t *testing.T) {
	if _, err := os.Stat(corpusDir); os.IsNotExist(err) {
		t.Skipf("%s absent", corpusDir)
	}
	for _, want := range corpusExpectations {
		t.Run(want.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(corpusDir, want.file))
			if err != nil {
				t.Fatal(err)
			}
			text := string(raw)
			segs := Split(text)
			checkInvariants(t, text, segs)

			var sentences, others []string
			for i, s := range segs {
				d := describe(text, segs[i:i+1])[0]
				if s.Kind != Sentence {
					others = append(others, d)
					continue
				}
				body := text[s.Start:s.End]
				sentences = append(sentences, body)
				if !looksLikeWholeSentence(body) {
					t.Errorf("sentence does not start and end like one: %q", body)
				}
			}
			if len(sentences) != want.sentences {
				t.Errorf("%d sentences, want %d:\n%s", len(sentences), want.sentences, strings.Join(sentences, "\n"))
			}
			if !slices.Equal(others, want.others) {
				t.Errorf("non-sentences\n got %q\nwant %q", others, want.others)
			}
			for _, phrase := range want.within {
				if !slices.ContainsFunc(sentences, func(s string) bool { return strings.Contains(s, phrase) }) {
					t.Errorf("no single sentence holds %q", phrase)
				}
			}
		})
	}
}

// looksLikeWholeSentence reports whether s opens with a capital letter or an
// opening quote and ends with sentence-final punctuation (before any closing
// quote): in these edited articles every sentence does.
func looksLikeWholeSentence(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) && !isOpening(first) {
		return false
	}
	s = strings.TrimRightFunc(s, isClosing)
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", last)
}
