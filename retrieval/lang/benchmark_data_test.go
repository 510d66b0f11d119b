package lang

import (
	"bufio"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"testing"
)

// TestDetectBenchmarkQuestions checks Detect on every question of the public
// benchmarks: XQuAD-R in German and English (development) and MLQA German
// (test, reported only).
func TestDetectBenchmarkQuestions(t *testing.T) {
	const dir = "/work/shared/benchmarks"
	sets := []struct {
		name, path string
		want       Lang
		read       func(path string) ([]string, error)
		test       bool // a test split: its errors are not shown, so nobody tunes on them
	}{
		{"XQuAD-R de", dir + "/xquad-r/de.json", German, squadQuestions, false},
		{"XQuAD-R en", dir + "/xquad-r/en.json", English, squadQuestions, false},
		{"MLQA de", dir + "/mlqa-de/dev-context-de-question-de.jsonl", German, mlqaQuestions, true},
	}
	for _, set := range sets {
		questions, err := set.read(set.path)
		if errors.Is(err, fs.ErrNotExist) {
			t.Skipf("benchmark data not available: %v", err)
		}
		if err != nil {
			t.Fatal(err)
		}
		counts := make(map[Lang]int)
		for _, q := range questions {
			got := Detect(q)
			counts[got]++
			if got != set.want && !set.test && testing.Verbose() {
				t.Logf("%s: Detect(%q) = %v", set.name, q, got)
			}
		}
		accuracy := float64(counts[set.want]) / float64(len(questions))
		t.Logf("%s: %d questions, %.1f%% %v; %v", set.name, len(questions), 100*accuracy, set.want, counts)
		if wrong := len(questions) - counts[set.want] - counts[Unknown]; float64(wrong) > 0.01*float64(len(questions)) {
			t.Errorf("%s: %d questions detected as another language, more than 1%%", set.name, wrong)
		}
	}
}

func squadQuestions(path string) ([]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f struct {
		Data []struct {
			Paragraphs []struct {
				QAs []struct {
					Question string `json:"question"`
				} `json:"qas"`
			} `json:"paragraphs"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, err
	}
	var out []string
	for _, a := range f.Data {
		for _, p := range a.Paragraphs {
			for _, qa := range p.QAs {
				out = append(out, qa.Question)
			}
		}
	}
	return out, nil
}

func mlqaQuestions(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	scanner := bufio.NewScanner(f)
	scanner.Buffer(nil, 1<<22)
	for scanner.Scan() {
		var row struct {
			Question string `json:"question"`
		}
		if err := json.Unmarshal(scanner.Bytes(), &row); err != nil {
			return nil, err
		}
		out = append(out, row.Question)
	}
	return out, scanner.Err()
}
