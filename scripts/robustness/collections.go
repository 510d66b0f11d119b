package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/quellen/quellen/retrieval/eval"
	"github.com/quellen/quellen/store"
)

// benchmarkSets loads the XQuAD-R and MLQA German texts whose sentences the
// synthetic collections are drawn from.
func benchmarkSets(dir string) ([]*eval.Set, error) {
	de := filepath.Join(dir, "xquad-r", "de.json")
	xquad, err := eval.LoadXQuADR(de, de)
	if err != nil {
		return nil, err
	}
	mlqa, err := eval.LoadMLQA(filepath.Join(dir, "mlqa-de", "dev-context-de-question-de.jsonl"))
	if err != nil {
		return nil, err
	}
	return []*eval.Set{xquad, mlqa}, nil
}

// questions returns the benchmark questions, for readers to ask.
func questions(sets []*eval.Set) []string {
	var out []string
	for _, s := range sets {
		for _, it := range s.Items {
			out = append(out, it.Question)
		}
	}
	return out
}

// synthetic draws a collection of about passages sentences (the speed
// benchmark's, eval.Synthesize) with the given seed.
func synthetic(sets []*eval.Set, passages int, seed uint64) []store.Source {
	return eval.Synthesize(sets, passages, seed)
}

// syntheticBytes draws sources until their texts hold at least bytes bytes.
func syntheticBytes(sets []*eval.Set, bytes int, seed uint64) []store.Source {
	// About 150 bytes a sentence; draw generously and cut.
	all := eval.Synthesize(sets, bytes/100+1000, seed)
	total := 0
	for i, s := range all {
		total += len(s.Text)
		if total >= bytes {
			return all[:i+1]
		}
	}
	return all
}

// writeSources writes each source as a Markdown file with front matter,
// named by its id, into dir.
func writeSources(dir string, sources []store.Source) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	var total int64
	for _, s := range sources {
		body := fmt.Sprintf("---\nid: %s\ntitle: %s\nlanguage: de\npublished: %q\n---\n%s\n", s.ID, s.Title, s.Published.Value, s.Text)
		if err := os.WriteFile(filepath.Join(dir, s.ID+".md"), []byte(body), 0o644); err != nil {
			return 0, err
		}
		total += int64(len(body))
	}
	return total, nil
}

// taggerTrap is the benchmark sentence on which the temporal tagger once
// read a date across a sentence end, making an event whose anchor lay
// outside its quote.
const taggerTrap = "Die Frauen in Deutschland bekamen ihr Wahlrecht für die Jahre 2001-02. Januar 1942 wurde es wieder abgeschafft."

// repetitive is a text of about size bytes made of a few dated sentences
// said again and again, the worst case for grouping events.
func repetitive(size int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	sentences := []string{
		"Am 3. Januar 2020 wurden rund 5.000 US-Soldaten im Irak gezählt.",
		"Die Mission der Koalition endet spätestens im September 2025.",
		"Im Jahr 2024 begannen Gespräche über den Abzug der Truppen.",
		"Wann die letzten Soldaten abziehen, ist seit 2023 umstritten.",
		"Bis Ende 2026 sollen die Truppen Syrien verlassen haben.",
	}
	var b strings.Builder
	for b.Len() < size {
		s := sentences[rng.IntN(len(sentences))]
		if rng.IntN(4) == 0 {
			// Vary a word now and then so that not every sentence is the same.
			s = strings.Replace(s, "Truppen", fmt.Sprintf("Truppen %d", rng.IntN(1000)), 1)
		}
		b.WriteString(s)
		if rng.IntN(6) == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	return b.String()
}
