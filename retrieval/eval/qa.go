package eval

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// The QA set: questions as members ask them, over three collections, with
// the verbatim quotes that make a cited sentence a right answer or the mark
// that the collection does not answer them (testdata/qa/README.md). dev is
// for tuning; test is held back and reported once.

//go:embed testdata/qa/*.jsonl testdata/qa/collections.json testdata/qa/texts
var qaFiles embed.FS

// QAQuestion is one question of the QA set.
type QAQuestion struct {
	ID         string `json:"id"`
	Collection string `json:"collection"`
	Lang       string `json:"lang"`
	Style      string `json:"style"`
	Type       string `json:"type"`
	Question   string `json:"question"`
	Answerable bool   `json:"answerable"`
	// Accept are the quotes that make a cited passage right; AcceptOlder
	// are right but not first, being older than the newest source's.
	Accept      []string `json:"accept"`
	AcceptOlder []string `json:"accept_older"`
	Why         string   `json:"why"`
}

// QASplits names the halves of the QA sets, one per testdata/qa/*.jsonl
// file, sorted: the dev halves are tuned on, the test halves held back and
// reported once, the probes were written while tuning.
func QASplits() []string {
	entries, err := qaFiles.ReadDir("testdata/qa")
	if err != nil {
		return nil // cannot happen: the folder is embedded
	}
	var out []string
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".jsonl"); ok {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// IsHeldBack reports whether split is a held-back half, whose wrong answers
// must not be read while tuning.
func IsHeldBack(split string) bool { return strings.HasPrefix(split, "test") }

// LoadQA reads one half of the QA set.
func LoadQA(split string) ([]QAQuestion, error) {
	data, err := qaFiles.ReadFile("testdata/qa/" + split + ".jsonl")
	if err != nil || strings.ContainsAny(split, "/.") {
		return nil, fmt.Errorf("QA split %q: use one of %s", split, strings.Join(QASplits(), ", "))
	}
	var out []QAQuestion
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var q QAQuestion
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			return nil, fmt.Errorf("QA %s line %d: %w", split, n, err)
		}
		out = append(out, q)
	}
	return out, sc.Err()
}

// WithoutUmlauts returns the questions with each German one written as a
// keyboard without umlauts or ß makes one type it: "ä" as "ae", "ß" as
// "ss" ("Wie viele Soldaten sind in Sueddeutschland?"). The others, and
// everything but the question, stay as they are.
func WithoutUmlauts(questions []QAQuestion) []QAQuestion {
	out := slices.Clone(questions)
	for i := range out {
		if out[i].Lang == "de" {
			out[i].Question = umlautSpelling.Replace(out[i].Question)
		}
	}
	return out
}

var umlautSpelling = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue", "ß", "ss")

// qaCollection is one entry of collections.json.
type qaCollection struct {
	// Build says where the texts come from: "embedded" (the default
	// corpus), "xquad-r" (articles of an XQuAD-R file), "wikiwarsde",
	// "mlqa-de" (contexts of MLQA's German file) or "texts" (files kept
	// with the set, testdata/qa/texts).
	Build string `json:"build"`
	// File is the XQuAD-R file, relative to the repository root; its
	// base name is looked up in the benchmarks folder's xquad-r.
	File string `json:"file"`
	// Language is the XQuAD-R file's language; "de" when empty.
	Language string `json:"language"`
	// Articles are the XQuAD-R articles, each one source. An article's
	// own File and Language, when given, override the collection's: a
	// mixed collection takes some articles from de.json, some from en.json.
	Articles []struct {
		Index    int    `json:"index"`
		Title    string `json:"title"`
		File     string `json:"file"`
		Language string `json:"language"`
	} `json:"articles"`
	// Documents are the WikiWarsDE document ids (for "embedded", a
	// description of the files, not read here).
	Documents json.RawMessage `json:"documents"`
	// Contexts are MLQA question ids, each naming the context it was
	// asked of; each context is one German source, titled by the id.
	Contexts []string `json:"contexts"`
	// Sources are a "texts" collection's sources, each a file of
	// testdata/qa/texts with its metadata.
	Sources []struct {
		ID        string `json:"id"`
		Title     string `json:"title"`
		Language  string `json:"language"`
		Published string `json:"published"`
		File      string `json:"file"`
	} `json:"sources"`
}

// QACollection builds the sources of a QA collection as collections.json
// says: "embedded" is the product's default corpus; "xquad-r",
// "wikiwarsde" and "mlqa-de" collections are read from the benchmarks
// folder (../shared/benchmarks).
func QACollection(name, benchmarks string) ([]store.Source, error) {
	raw, err := qaFiles.ReadFile("testdata/qa/collections.json")
	if err != nil {
		return nil, err
	}
	var all map[string]qaCollection
	if err := json.Unmarshal(raw, &all); err != nil {
		return nil, fmt.Errorf("collections.json: %w", err)
	}
	c, ok := all[name]
	if !ok {
		names := make([]string, 0, len(all))
		for n := range all {
			names = append(names, n)
		}
		sort.Strings(names)
		return nil, fmt.Errorf("QA collection %q: use one of %s", name, strings.Join(names, ", "))
	}
	switch c.Build {
	case "embedded":
		sources, failed := retrieval.LoadSources(corpus.Default(), "default")
		if len(failed) > 0 {
			return nil, fmt.Errorf("default collection: %v", failed[0])
		}
		return sources, nil
	case "xquad-r":
		files := make(map[string]*squadFile)
		var out []store.Source
		for _, a := range c.Articles {
			file, lang := c.File, c.Language
			if a.File != "" {
				file, lang = a.File, a.Language
			}
			if lang == "" {
				lang = "de"
			}
			f, ok := files[file]
			if !ok {
				var err error
				if f, err = readSquad(filepath.Join(benchmarks, "xquad-r", filepath.Base(file))); err != nil {
					return nil, err
				}
				files[file] = f
			}
			if a.Index < 0 || a.Index >= len(f.Data) || f.Data[a.Index].Title != a.Title {
				return nil, fmt.Errorf("%s article %d is not %q in this %s", name, a.Index, a.Title, filepath.Base(file))
			}
			var parts []string
			for _, p := range f.Data[a.Index].Paragraphs {
				parts = append(parts, p.Context)
			}
			text := strings.Join(parts, "\n\n")
			out = append(out, store.Source{ID: a.Title, Title: a.Title, Language: lang, Text: text, Hash: hashOf(text)})
		}
		return out, nil
	case "wikiwarsde":
		var docs []string
		if err := json.Unmarshal(c.Documents, &docs); err != nil {
			return nil, fmt.Errorf("collections.json %s documents: %w", name, err)
		}
		var out []store.Source
		for _, doc := range docs {
			data, err := os.ReadFile(filepath.Join(benchmarks, "wikiwarsde", "in", doc+".sgm"))
			if err != nil {
				return nil, fmt.Errorf("wikiwars: %w", err)
			}
			text := string(data)
			if i := strings.Index(text, "<TEXT>"); i >= 0 {
				text = text[i+len("<TEXT>"):]
			}
			if i := strings.Index(text, "</TEXT>"); i >= 0 {
				text = text[:i]
			}
			text = strings.TrimSpace(tags.ReplaceAllString(text, ""))
			out = append(out, store.Source{ID: doc, Title: doc, Language: "de", Text: text, Hash: hashOf(text)})
		}
		return out, nil
	case "mlqa-de":
		return mlqaContexts(name, filepath.Join(benchmarks, "mlqa-de", "dev-context-de-question-de.jsonl"), c.Contexts)
	case "texts":
		var out []store.Source
		for _, s := range c.Sources {
			data, err := qaFiles.ReadFile("testdata/qa/texts/" + s.File)
			if err != nil {
				return nil, fmt.Errorf("QA collection %s: %w", name, err)
			}
			text := string(data)
			out = append(out, store.Source{ID: s.ID, Title: s.Title, Language: s.Language, Published: store.Date{Value: s.Published},
				Text: text, Hash: hashOf(text)})
		}
		return out, nil
	}
	return nil, fmt.Errorf("QA collection %q: unknown build %q", name, c.Build)
}

var tags = regexp.MustCompile(`<[^>]*>`)

func hashOf(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// QAResult is how the engine answered one question.
type QAResult struct {
	QAQuestion
	Answered bool `json:"answered"`
	// FirstRight: the first quote holds an accepted answer (the newest
	// where sources differ). InThree: one of the first three quotes holds
	// an accepted or an older accepted answer.
	FirstRight bool `json:"first_right"`
	InThree    bool `json:"in_three"`
	Quotes     int  `json:"quotes"`
	// Verbatim: every quote is its source's text at its offsets.
	Verbatim bool               `json:"verbatim"`
	Cited    []string           `json:"cited"`
	Decision retrieval.Decision `json:"decision"`
	// Found is where the first passage holding an accepted answer stands
	// in the search's ranking (Engine.Rank, its first Params.Candidates
	// passages; 1 for the first), 0 when none of them holds one: it tells
	// a miss of the search from one of verification or ordering. It
	// undercounts what verification reads: for a question of a troop
	// figure, a deadline or a start, the passages stating one below that
	// cut are read too, and an answer quoted as two sentences is held by
	// neither alone.
	Found int `json:"found,omitempty"`
}

// Right reports whether the engine did what the question wants: an
// answerable question answered with a right first quote, an unanswerable
// one declined.
func (r QAResult) Right() bool {
	if r.Answerable {
		return r.FirstRight
	}
	return !r.Answered
}

// AskQA asks every question of a collection's engine with default settings
// and scores the answers; texts are the collection's sources by id, to
// check each quote against.
func AskQA(ctx context.Context, e *retrieval.Engine, questions []QAQuestion, texts map[string]string) ([]QAResult, error) {
	var out []QAResult
	for _, q := range questions {
		ans, err := e.Ask(ctx, retrieval.Question{Text: q.Question})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", q.ID, err)
		}
		r := QAResult{QAQuestion: q, Answered: ans.Answered, Quotes: len(ans.Citations), Verbatim: true, Decision: ans.Decision}
		if q.Answerable {
			ranked, err := e.Rank(ctx, q.Question, e.Params().Candidates)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", q.ID, err)
			}
			for i, p := range ranked {
				if containsAnswer(p.Text, q.Accept) || containsAnswer(p.Text, q.AcceptOlder) {
					r.Found = i + 1
					break
				}
			}
		}
		for i, c := range ans.Citations {
			r.Cited = append(r.Cited, c.Quote)
			if text, ok := texts[c.SourceID]; !ok || c.Start < 0 || c.End > len(text) || c.Start > c.End || text[c.Start:c.End] != c.Quote {
				r.Verbatim = false
			}
			if !ans.Answered {
				continue
			}
			if i == 0 && containsAnswer(c.Quote, q.Accept) {
				r.FirstRight = true
			}
			if i < 3 && (containsAnswer(c.Quote, q.Accept) || containsAnswer(c.Quote, q.AcceptOlder)) {
				r.InThree = true
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// QAScores sums QA results.
type QAScores struct {
	Questions    int `json:"questions"`
	Answerable   int `json:"answerable"`
	Unanswerable int `json:"unanswerable"`
	// FirstRight and InThree are shares of the answerable questions,
	// Declined of the unanswerable ones; Right is the share of all decided
	// right (Right()).
	FirstRight float64 `json:"first_right"`
	InThree    float64 `json:"in_three"`
	Declined   float64 `json:"declined"`
	Right      float64 `json:"right"`
	// MedianQuotes is the median number of quotes of the answered
	// questions; Verbatim the share of answers whose every quote is verbatim.
	MedianQuotes float64 `json:"median_quotes"`
	Verbatim     float64 `json:"verbatim"`
}

// ScoreQA sums results.
func ScoreQA(results []QAResult) QAScores {
	var s QAScores
	var quotes []int
	verbatim := 0
	for _, r := range results {
		s.Questions++
		if r.Right() {
			s.Right++
		}
		if r.Verbatim {
			verbatim++
		}
		if r.Answered {
			quotes = append(quotes, r.Quotes)
		}
		if r.Answerable {
			s.Answerable++
			if r.FirstRight {
				s.FirstRight++
			}
			if r.InThree {
				s.InThree++
			}
		} else {
			s.Unanswerable++
			if !r.Answered {
				s.Declined++
			}
		}
	}
	if s.Answerable > 0 {
		s.FirstRight /= float64(s.Answerable)
		s.InThree /= float64(s.Answerable)
	}
	if s.Unanswerable > 0 {
		s.Declined /= float64(s.Unanswerable)
	}
	if s.Questions > 0 {
		s.Right /= float64(s.Questions)
		s.Verbatim = float64(verbatim) / float64(s.Questions)
	}
	if len(quotes) > 0 {
		sort.Ints(quotes)
		m := len(quotes) / 2
		if len(quotes)%2 == 1 {
			s.MedianQuotes = float64(quotes[m])
		} else {
			s.MedianQuotes = float64(quotes[m-1]+quotes[m]) / 2
		}
	}
	return s
}

// mlqaContexts reads the contexts of the MLQA questions ids names from
// path (LoadMLQA), in the order given, one source each titled by its id.
func mlqaContexts(name, path string, ids []string) ([]store.Source, error) {
	set, err := LoadMLQA(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	texts := make(map[string]string, len(set.Sources))
	for _, s := range set.Sources {
		texts[s.ID] = s.Text
	}
	contextOf := make(map[string]string, len(set.Items))
	for _, it := range set.Items {
		contextOf[it.ID] = texts[it.SourceID]
	}
	out := make([]store.Source, 0, len(ids))
	for _, id := range ids {
		text, ok := contextOf[id]
		if !ok {
			return nil, fmt.Errorf("%s: no MLQA question %q in %s", name, id, path)
		}
		out = append(out, store.Source{ID: id, Title: id, Language: "de", Text: text, Hash: hashOf(text)})
	}
	return out, nil
}
