package translate

import (
	"bufio"
	"errors"
	"io/fs"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// This file measures whether German synonyms from OpenThesaurus (Debian's
// mythes-de) would help retrieval. It is a measurement only: the product
// does not read the thesaurus.

const mythesPath = "/usr/share/mythes/th_de_DE_v2.dat"

// readMyThes parses a MyThes .dat file: an encoding line, then per headword
// "word|meanings" followed by that many lines "pos|synonym|synonym|…".
// Annotated synonyms ("(ugs.)", "(Oberbegriff)") are left out.
func readMyThes(path string) (map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	syn := make(map[string][]string)
	scanner := bufio.NewScanner(f)
	scanner.Buffer(nil, 1<<20)
	scanner.Scan() // encoding
	for scanner.Scan() {
		word, count, ok := strings.Cut(scanner.Text(), "|")
		if !ok {
			continue
		}
		n, err := strconv.Atoi(count)
		if err != nil {
			continue
		}
		for range n {
			if !scanner.Scan() {
				break
			}
			fields := strings.Split(scanner.Text(), "|")
			for _, s := range fields[1:] {
				if strings.Contains(s, "(") || strings.Contains(s, " ") || strings.EqualFold(s, word) {
					continue
				}
				syn[word] = append(syn[word], s)
			}
		}
	}
	return syn, scanner.Err()
}

// BenchmarkXQuADRSynonyms reports retrieval with each German term expanded
// by its thesaurus synonyms at a fraction of its weight:
//
//	go test ./retrieval/translate -run '^$' -bench XQuADRSynonyms -benchtime 1x
func BenchmarkXQuADRSynonyms(b *testing.B) {
	set := loadXQuAD(b)
	dict := installedDictionary(b)
	thesaurus, err := readMyThes(mythesPath)
	if errors.Is(err, fs.ErrNotExist) {
		b.Skipf("mythes-de not installed: %v", err)
	}
	if err != nil {
		b.Fatal(err)
	}
	analyze := prefixAnalyzer(5)
	index := newBM25(set.sentences, analyze)
	tr := NewTranslator(dict)
	expand := func(terms []Term, share float64) []Term {
		out := slices.Clone(terms)
		for _, t := range terms {
			syns := thesaurus[strings.ToLower(t.Text)]
			for _, s := range syns {
				out = append(out, Term{Text: s, Weight: share * t.Weight / math.Sqrt(float64(len(syns))), From: t.From})
			}
		}
		return out
	}
	germanTerms := func(q string) []Term {
		var terms []Term
		for _, w := range words(q) {
			terms = append(terms, Term{Text: w, Weight: 1, From: w})
		}
		return terms
	}
	for _, share := range []float64{0, 0.1, 0.3, 0.6} {
		b.Run("share="+strconv.FormatFloat(share, 'g', -1, 64), func(b *testing.B) {
			var en, de metrics
			for b.Loop() {
				en = evaluate(set, index, false, func(q xquadQuestion) []queryGroup {
					return termsQuery(expand(tr.Translate(q.english), share), analyze)
				})
				de = evaluate(set, index, false, func(q xquadQuestion) []queryGroup {
					return termsQuery(expand(germanTerms(q.german), share), analyze)
				})
			}
			b.ReportMetric(en.r5, "enR@5")
			b.ReportMetric(en.mrr10, "enMRR@10")
			b.ReportMetric(de.r5, "deR@5")
			b.ReportMetric(de.mrr10, "deMRR@10")
		})
	}
}
