package translate

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/german"
)

// This file measures what translation does for retrieval on XQuAD-R, the
// development set: English questions against the 1,276 German sentences,
// scored with a plain BM25 standing in for the retrieval engine.

const xquadDir = "/work/shared/benchmarks/xquad-r"

type xquadQuestion struct {
	id, english, german string
	gold                []int // sentences holding the answer
}

type xquadSet struct {
	sentences []string
	questions []xquadQuestion
	// paragraph holds, for each sentence, the index of its paragraph.
	paragraph []int
}

// byParagraph returns the set with each paragraph as one retrieval unit.
func (s *xquadSet) byParagraph() *xquadSet {
	out := &xquadSet{}
	for i, sentence := range s.sentences {
		p := s.paragraph[i]
		if p == len(out.sentences) {
			out.sentences = append(out.sentences, sentence)
			out.paragraph = append(out.paragraph, p)
		} else {
			out.sentences[p] += " " + sentence
		}
	}
	for _, q := range s.questions {
		q.gold = []int{s.paragraph[q.gold[0]]}
		out.questions = append(out.questions, q)
	}
	return out
}

type squadFile struct {
	Data []struct {
		Paragraphs []struct {
			Sentences      []string `json:"sentences"`
			SentenceBreaks [][2]int `json:"sentence_breaks"`
			QAs            []struct {
				ID       string `json:"id"`
				Question string `json:"question"`
				Answers  []struct {
					Start int    `json:"answer_start"`
					Text  string `json:"text"`
				} `json:"answers"`
			} `json:"qas"`
		} `json:"paragraphs"`
	} `json:"data"`
}

func readSquad(path string) (*squadFile, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f squadFile
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &f, nil
}

// loadXQuAD pairs each English question with the German paragraphs' sentences
// and the German answer's sentence, or skips when the data is absent.
func loadXQuAD(tb testing.TB) *xquadSet {
	tb.Helper()
	de, err := readSquad(filepath.Join(xquadDir, "de.json"))
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("XQuAD-R not available: %v", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	en, err := readSquad(filepath.Join(xquadDir, "en.json"))
	if err != nil {
		tb.Fatal(err)
	}
	english := make(map[string]string)
	for _, a := range en.Data {
		for _, p := range a.Paragraphs {
			for _, qa := range p.QAs {
				english[qa.ID] = qa.Question
			}
		}
	}
	set := &xquadSet{}
	paragraphs := 0
	for _, a := range de.Data {
		for _, p := range a.Paragraphs {
			first := len(set.sentences)
			set.sentences = append(set.sentences, p.Sentences...)
			for range p.Sentences {
				set.paragraph = append(set.paragraph, paragraphs)
			}
			paragraphs++
			for _, qa := range p.QAs {
				q := xquadQuestion{id: qa.ID, german: qa.Question, english: english[qa.ID]}
				if q.english == "" || len(qa.Answers) == 0 {
					tb.Fatalf("question %s: no English question or no answer", qa.ID)
				}
				start := qa.Answers[0].Start
				for i, br := range p.SentenceBreaks {
					if br[0] <= start && start <= br[1] {
						q.gold = append(q.gold, first+i)
					}
				}
				if len(q.gold) == 0 {
					tb.Fatalf("question %s: answer at %d in no sentence", qa.ID, start)
				}
				set.questions = append(set.questions, q)
			}
		}
	}
	return set
}

// analyzer turns German text into index terms.
type analyzer func(text string) []string

func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func prefixAnalyzer(n int) analyzer {
	return func(text string) []string {
		ws := words(text)
		for i, w := range ws {
			if r := []rune(w); len(r) > n {
				ws[i] = string(r[:n])
			}
		}
		return ws
	}
}

func snowballAnalyzer(text string) []string {
	ws := words(text)
	for i, w := range ws {
		env := snowballstem.NewEnv(w)
		german.Stem(env)
		ws[i] = env.Current()
	}
	return ws
}

// germanStopWords are dropped from queries, as any German analyzer would.
var germanStopWords = func() map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(`aber als am an auch auf aus bei bin bis bist da damit dann
der den des dem die das dass du er es ein eine einem einen einer eines für hat hatte
hatten ich ihr im in ist ja jd jdm jdn jds kann man mit nach nicht noch nur ob oder
sein seine sich sie sind so über um und uns von vor war waren was wie wir wird
wurde wurden zu zum zur welche welcher welches wer wo wann warum wieviel viele`) {
		set[w] = true
	}
	return set
}()

type bm25 struct {
	postings map[string]map[int]int // term → sentence → frequency
	lengths  []int
	avgLen   float64
}

const bm25K1, bm25B = 1.2, 0.75

func newBM25(sentences []string, analyze analyzer) *bm25 {
	b := &bm25{postings: make(map[string]map[int]int), lengths: make([]int, len(sentences))}
	total := 0
	for i, s := range sentences {
		terms := analyze(s)
		b.lengths[i] = len(terms)
		total += len(terms)
		for _, t := range terms {
			if b.postings[t] == nil {
				b.postings[t] = make(map[int]int)
			}
			b.postings[t][i]++
		}
	}
	b.avgLen = float64(total) / float64(len(sentences))
	return b
}

func (b *bm25) idf(df int) float64 {
	n := float64(len(b.lengths))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

func (b *bm25) saturate(tf, doc int) float64 {
	norm := bm25K1 * (1 - bm25B + bm25B*float64(b.lengths[doc])/b.avgLen)
	return float64(tf) * (bm25K1 + 1) / (float64(tf) + norm)
}

// queryGroup is a set of index terms standing for one source word. In a
// weighted query every term scores on its own; in a structured query
// (Pirkola 1998) the group scores as one term whose frequency is the sum of
// its members' and whose document frequency is that of their union.
type queryGroup map[string]float64

func (b *bm25) search(groups []queryGroup, structured bool, k int) []int {
	scores := make(map[int]float64)
	for _, g := range groups {
		if !structured {
			for term, w := range g {
				post := b.postings[term]
				idf := b.idf(len(post))
				for doc, tf := range post {
					scores[doc] += w * idf * b.saturate(tf, doc)
				}
			}
			continue
		}
		tfs := make(map[int]int)
		var weight float64
		for term, w := range g {
			weight += w
			for doc, tf := range b.postings[term] {
				tfs[doc] += tf
			}
		}
		idf := b.idf(len(tfs))
		for doc, tf := range tfs {
			scores[doc] += weight * idf * b.saturate(tf, doc)
		}
	}
	docs := make([]int, 0, len(scores))
	for doc := range scores {
		docs = append(docs, doc)
	}
	slices.SortFunc(docs, func(x, y int) int {
		return cmp.Or(cmp.Compare(scores[y], scores[x]), cmp.Compare(x, y))
	})
	return docs[:min(k, len(docs))]
}

type metrics struct{ r1, r5, r10, mrr10 float64 }

func (m metrics) String() string {
	return fmt.Sprintf("R@1 %.3f  R@5 %.3f  R@10 %.3f  MRR@10 %.3f", m.r1, m.r5, m.r10, m.mrr10)
}

func evaluate(set *xquadSet, index *bm25, structured bool, query func(q xquadQuestion) []queryGroup) metrics {
	var m metrics
	for _, q := range set.questions {
		for rank, doc := range index.search(query(q), structured, 10) {
			if !slices.Contains(q.gold, doc) {
				continue
			}
			if rank < 1 {
				m.r1++
			}
			if rank < 5 {
				m.r5++
			}
			m.r10++
			m.mrr10 += 1 / float64(rank+1)
			break
		}
	}
	n := float64(len(set.questions))
	return metrics{m.r1 / n, m.r5 / n, m.r10 / n, m.mrr10 / n}
}

// plainQuery is a question analysed as it is, every word one group.
func plainQuery(text string, analyze analyzer) []queryGroup {
	var groups []queryGroup
	for _, t := range analyze(text) {
		if !germanStopWords[t] {
			groups = append(groups, queryGroup{t: 1})
		}
	}
	return groups
}

// termsQuery groups the analysed terms by the English word they come from;
// a stem reached through two translations of one word counts once.
func termsQuery(terms []Term, analyze analyzer) []queryGroup {
	var groups []queryGroup
	byFrom := make(map[string]queryGroup)
	for _, term := range terms {
		g, ok := byFrom[term.From]
		if !ok {
			g = make(queryGroup)
			byFrom[term.From] = g
			groups = append(groups, g)
		}
		for _, t := range analyze(term.Text) {
			if !germanStopWords[t] {
				g[t] = max(g[t], term.Weight)
			}
		}
	}
	return groups
}

// TestXQuADRProxy logs R@k of English questions translated, against German
// and untranslated English questions, over German sentences and paragraphs:
//
//	go test ./retrieval/translate -run XQuADRProxy -v
func TestXQuADRProxy(t *testing.T) {
	if testing.Short() {
		t.Skip("retrieval measurement")
	}
	sentences := loadXQuAD(t)
	dict := installedDictionary(t)
	analyzers := []struct {
		name    string
		analyze analyzer
	}{{"prefix5", prefixAnalyzer(5)}, {"snowball", snowballAnalyzer}}
	units := []struct {
		name string
		set  *xquadSet
	}{{"sentence", sentences}, {"paragraph", sentences.byParagraph()}}
	bare, tr := NewTranslator(nil), NewTranslator(dict)
	for _, u := range units {
		for _, a := range analyzers {
			index := newBM25(u.set.sentences, a.analyze)
			run := func(name string, structured bool, query func(q xquadQuestion) []queryGroup) metrics {
				m := evaluate(u.set, index, structured, query)
				t.Logf("%-9s %-8s %-44s %s", u.name, a.name, name, m)
				return m
			}
			run("German questions", false, func(q xquadQuestion) []queryGroup { return plainQuery(q.german, a.analyze) })
			english := run("English questions as they are", false, func(q xquadQuestion) []queryGroup { return plainQuery(q.english, a.analyze) })
			run("English, no dictionary (NewTranslator(nil))", false, func(q xquadQuestion) []queryGroup {
				return termsQuery(bare.Translate(q.english), a.analyze)
			})
			translated := run("translated, weighted", false, func(q xquadQuestion) []queryGroup {
				return termsQuery(tr.Translate(q.english), a.analyze)
			})
			run("translated, structured (Pirkola)", true, func(q xquadQuestion) []queryGroup {
				return termsQuery(tr.Translate(q.english), a.analyze)
			})
			if translated.r5 <= english.r5 {
				t.Errorf("%s, %s: translation R@5 %.3f, no better than untranslated %.3f", u.name, a.name, translated.r5, english.r5)
			}
		}
	}
}

// BenchmarkXQuADRWeighting reports retrieval figures for weighting choices,
// each a change of one field of defaultWeighting:
//
//	go test ./retrieval/translate -run '^$' -bench XQuADRWeighting -benchtime 1x
func BenchmarkXQuADRWeighting(b *testing.B) {
	set := loadXQuAD(b)
	dict := installedDictionary(b)
	index := newBM25(set.sentences, prefixAnalyzer(5))
	paragraphs := set.byParagraph()
	paragraphIndex := newBM25(paragraphs.sentences, prefixAnalyzer(5))
	variants := []struct {
		name   string
		change func(w *weighting)
	}{
		{"default", func(w *weighting) {}},
		{"spread=0", func(w *weighting) { w.spread = 0 }},
		{"spread=0.25", func(w *weighting) { w.spread = 0.25 }},
		{"spread=0.5", func(w *weighting) { w.spread = 0.5 }},
		{"spread=0.75", func(w *weighting) { w.spread = 0.75 }},
		{"spread=1", func(w *weighting) { w.spread = 1 }},
		{"maxTranslations=1", func(w *weighting) { w.maxTranslations = 1 }},
		{"maxTranslations=2", func(w *weighting) { w.maxTranslations = 2 }},
		{"maxTranslations=3", func(w *weighting) { w.maxTranslations = 3 }},
		{"maxTranslations=4", func(w *weighting) { w.maxTranslations = 4 }},
		{"maxTranslations=8", func(w *weighting) { w.maxTranslations = 8 }},
		{"maxTranslations=12", func(w *weighting) { w.maxTranslations = 12 }},
		{"maxTranslations=all", func(w *weighting) { w.maxTranslations = math.MaxInt }},
		{"phraseWords=0", func(w *weighting) { w.phraseWords = 0 }},
		{"phraseWords=0.5", func(w *weighting) { w.phraseWords = 0.5 }},
		{"phraseWords=1", func(w *weighting) { w.phraseWords = 1 }},
		{"evidence=false", func(w *weighting) { w.evidence = false }},
		{"labels=false", func(w *weighting) { w.labels = false }},
		{"keepSource=0", func(w *weighting) { w.keepSource = 0 }},
		{"keepSource=0.1", func(w *weighting) { w.keepSource = 0.1 }},
		{"keepSource=0.4", func(w *weighting) { w.keepSource = 0.4 }},
		{"keepName=0.3", func(w *weighting) { w.keepName = 0.3 }},
		{"keepName=0.7", func(w *weighting) { w.keepName = 0.7 }},
		{"lemmaScale=0", func(w *weighting) { w.lemmaScale = 0 }},
		{"lemmaScale=0.3", func(w *weighting) { w.lemmaScale = 0.3 }},
		{"lemmaScale=0.6", func(w *weighting) { w.lemmaScale = 0.6 }},
		{"namesAsWords=0", func(w *weighting) { w.namesAsWords = 0 }},
		{"namesAsWords=0.2", func(w *weighting) { w.namesAsWords = 0.2 }},
		{"namesAsWords=0.4", func(w *weighting) { w.namesAsWords = 0.4 }},
		{"maxPhraseWords=1", func(w *weighting) { w.maxPhraseWords = 1 }},
		{"maxPhraseWords=2", func(w *weighting) { w.maxPhraseWords = 2 }},
		{"maxPhraseWords=6", func(w *weighting) { w.maxPhraseWords = 6 }},
	}
	for _, v := range variants {
		b.Run(v.name, func(b *testing.B) {
			tr := NewTranslator(dict)
			v.change(&tr.w)
			var m, pm metrics
			for b.Loop() {
				query := func(q xquadQuestion) []queryGroup {
					return termsQuery(tr.Translate(q.english), prefixAnalyzer(5))
				}
				m = evaluate(set, index, false, query)
				pm = evaluate(paragraphs, paragraphIndex, false, query)
			}
			b.ReportMetric(m.r1, "R@1")
			b.ReportMetric(m.r5, "R@5")
			b.ReportMetric(m.mrr10, "MRR@10")
			b.ReportMetric(pm.r5, "paraR@5")
			b.ReportMetric(pm.mrr10, "paraMRR@10")
		})
	}
}
