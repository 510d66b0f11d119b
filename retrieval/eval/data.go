// Package eval measures retrieval and abstention on public question
// answering data: XQuAD-R (development) and MLQA German (test).
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/quellen/quellen/store"
)

// Item is one benchmark question with the answers a cited quote must contain.
type Item struct {
	ID       string
	Question string
	Answers  []string
	// SourceID is the paragraph the question was written about.
	SourceID string
	// Group is the article the paragraph belongs to; leaving a group out of
	// the index makes the question certainly unanswerable.
	Group string
	// Lang is the question's language, "de" or "en".
	Lang string
}

// Set is a benchmark: the paragraphs to index as sources and the questions.
type Set struct {
	Name    string
	Sources []store.Source
	Items   []Item
}

type squadFile struct {
	Data []struct {
		Title      string `json:"title"`
		Paragraphs []struct {
			Context string `json:"context"`
			QAs     []struct {
				ID       string `json:"id"`
				Question string `json:"question"`
				Answers  []struct {
					Text string `json:"text"`
				} `json:"answers"`
			} `json:"qas"`
		} `json:"paragraphs"`
	} `json:"data"`
}

// LoadXQuADR reads an XQuAD-R file (de.json, en.json). Questions come from
// questionsPath and paragraphs from contextsPath, so that English questions
// can be asked of German paragraphs: the files share question ids and
// paragraph order. The paragraphs are taken to be German.
func LoadXQuADR(contextsPath, questionsPath string) (*Set, error) {
	return LoadXQuADRPair(contextsPath, "de", questionsPath, langOfFile(questionsPath))
}

// LoadXQuADRPair is LoadXQuADR with the paragraphs' and the questions'
// languages given: LoadXQuADRPair("en.json", "en", "de.json", "de") asks
// German questions of English paragraphs.
func LoadXQuADRPair(contextsPath, contextLang, questionsPath, questionLang string) (*Set, error) {
	return loadXQuADR(func(int) (string, string) { return contextsPath, contextLang }, []questionFile{{questionsPath, questionLang}})
}

// LoadXQuADRMixed builds a collection of both languages: article i's
// paragraphs are German when i is even and English when it is odd, and every
// question is asked twice, in German and in English. dePath and enPath are
// XQuAD-R's de.json and en.json.
func LoadXQuADRMixed(dePath, enPath string) (*Set, error) {
	set, err := loadXQuADR(func(article int) (string, string) {
		if article%2 == 0 {
			return dePath, "de"
		}
		return enPath, "en"
	}, []questionFile{{dePath, "de"}, {enPath, "en"}})
	if err != nil {
		return nil, err
	}
	set.Name = "xquad-r-mixed"
	return set, nil
}

type questionFile struct{ path, lang string }

// langOfFile reads a question file's language from its name (en.json).
func langOfFile(path string) string {
	if strings.HasSuffix(path, "en.json") {
		return "en"
	}
	return "de"
}

// loadXQuADR reads the paragraphs of article i from the file contexts(i)
// names, with its language, and the questions from each question file.
func loadXQuADR(contexts func(article int) (path, lang string), questionFiles []questionFile) (*Set, error) {
	files := make(map[string]*squadFile)
	read := func(path string) (*squadFile, error) {
		if f, ok := files[path]; ok {
			return f, nil
		}
		f, err := readSquad(path)
		if err != nil {
			return nil, err
		}
		files[path] = f
		return f, nil
	}
	first, _ := contexts(0)
	base, err := read(first)
	if err != nil {
		return nil, err
	}
	set := &Set{Name: "xquad-r"}
	for ai, a := range base.Data {
		path, lang := contexts(ai)
		ctx, err := read(path)
		if err != nil {
			return nil, err
		}
		if ai >= len(ctx.Data) {
			return nil, fmt.Errorf("%s and %s do not have the same articles", first, path)
		}
		article := ctx.Data[ai]
		for pi, p := range article.Paragraphs {
			id := fmt.Sprintf("%s-%d", a.Title, pi)
			set.Sources = append(set.Sources, store.Source{ID: id, Title: strings.ReplaceAll(article.Title, "_", " "), Language: lang, Text: p.Context, Hash: id})
			answers := make(map[string][]string) // the answers are in the paragraph's language
			for _, qa := range p.QAs {
				for _, ans := range qa.Answers {
					answers[qa.ID] = append(answers[qa.ID], ans.Text)
				}
			}
			for _, qf := range questionFiles {
				questions, err := read(qf.path)
				if err != nil {
					return nil, err
				}
				if ai >= len(questions.Data) || pi >= len(questions.Data[ai].Paragraphs) {
					return nil, fmt.Errorf("%s and %s do not have the same paragraphs", path, qf.path)
				}
				for _, qa := range questions.Data[ai].Paragraphs[pi].QAs {
					itemID := qa.ID
					if len(questionFiles) > 1 {
						itemID += "-" + qf.lang // one question in two languages
					}
					set.Items = append(set.Items, Item{ID: itemID, Question: qa.Question, Answers: answers[qa.ID], SourceID: id, Group: a.Title, Lang: qf.lang})
				}
			}
		}
	}
	return set, nil
}

func readSquad(path string) (*squadFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f squadFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &f, nil
}

// LoadMLQA reads MLQA's JSON Lines file; paragraphs shared by several
// questions become one source.
func LoadMLQA(path string) (*Set, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	set := &Set{Name: "mlqa-de"}
	ids := make(map[string]string)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		var row struct {
			ID       string `json:"id"`
			Question string `json:"question"`
			Context  string `json:"context"`
			Answers  struct {
				Text []string `json:"text"`
			} `json:"answers"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		id, ok := ids[row.Context]
		if !ok {
			id = fmt.Sprintf("mlqa-%d", len(ids))
			ids[row.Context] = id
			set.Sources = append(set.Sources, store.Source{ID: id, Title: id, Language: "de", Text: row.Context, Hash: id})
		}
		set.Items = append(set.Items, Item{ID: row.ID, Question: row.Question, Answers: row.Answers.Text, SourceID: id, Group: id, Lang: "de"})
	}
	return set, sc.Err()
}
