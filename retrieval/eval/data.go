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
// paragraph order.
func LoadXQuADR(contextsPath, questionsPath string) (*Set, error) {
	contexts, err := readSquad(contextsPath)
	if err != nil {
		return nil, err
	}
	questions := contexts
	if questionsPath != contextsPath {
		if questions, err = readSquad(questionsPath); err != nil {
			return nil, err
		}
	}
	answers := make(map[string][]string) // the answers are in the paragraphs' language
	for _, a := range contexts.Data {
		for _, p := range a.Paragraphs {
			for _, qa := range p.QAs {
				for _, ans := range qa.Answers {
					answers[qa.ID] = append(answers[qa.ID], ans.Text)
				}
			}
		}
	}
	set := &Set{Name: "xquad-r"}
	for ai, a := range contexts.Data {
		for pi, p := range a.Paragraphs {
			id := fmt.Sprintf("%s-%d", a.Title, pi)
			set.Sources = append(set.Sources, store.Source{ID: id, Title: strings.ReplaceAll(a.Title, "_", " "), Language: "de", Text: p.Context, Hash: id})
			if ai >= len(questions.Data) || pi >= len(questions.Data[ai].Paragraphs) {
				return nil, fmt.Errorf("%s and %s do not have the same paragraphs", contextsPath, questionsPath)
			}
			for _, qa := range questions.Data[ai].Paragraphs[pi].QAs {
				set.Items = append(set.Items, Item{ID: qa.ID, Question: qa.Question, Answers: answers[qa.ID], SourceID: id, Group: a.Title})
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
		set.Items = append(set.Items, Item{ID: row.ID, Question: row.Question, Answers: row.Answers.Text, SourceID: id, Group: id})
	}
	return set, sc.Err()
}
