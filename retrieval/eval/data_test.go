package eval

import (
	"os"
	"path/filepath"
	"testing"
)

// benchmarks is the shared benchmark folder beside the repository.
func benchmarks(t *testing.T) string {
	dir := filepath.Join("..", "..", "..", "shared", "benchmarks", "xquad-r")
	if _, err := os.Stat(filepath.Join(dir, "de.json")); err != nil {
		t.Skip("no ../shared/benchmarks")
	}
	return dir
}

func TestLoadXQuADRPairs(t *testing.T) {
	dir := benchmarks(t)
	de, en := filepath.Join(dir, "de.json"), filepath.Join(dir, "en.json")
	deEn, err := LoadXQuADRPair(en, "en", de, "de")
	if err != nil {
		t.Fatal(err)
	}
	if len(deEn.Items) != 1190 || len(deEn.Sources) != 240 {
		t.Fatalf("de→en: %d questions, %d paragraphs", len(deEn.Items), len(deEn.Sources))
	}
	for _, s := range deEn.Sources {
		if s.Language != "en" {
			t.Fatalf("paragraph %s is %q, want en", s.ID, s.Language)
		}
	}
	if it := deEn.Items[0]; it.Lang != "de" || len(it.Answers) == 0 {
		t.Errorf("first item %+v", it)
	}

	mixed, err := LoadXQuADRMixed(de, en)
	if err != nil {
		t.Fatal(err)
	}
	if len(mixed.Items) != 2*1190 || len(mixed.Sources) != 240 {
		t.Fatalf("mixed: %d questions, %d paragraphs", len(mixed.Items), len(mixed.Sources))
	}
	langs := map[string]int{}
	articleLang := map[string]string{}
	for _, s := range mixed.Sources {
		langs[s.Language]++
		articleLang[s.Title] = s.Language
	}
	if langs["de"] == 0 || langs["en"] == 0 {
		t.Errorf("paragraph languages %v, want both", langs)
	}
	questions := map[string]int{}
	ids := map[string]bool{}
	for _, it := range mixed.Items {
		questions[it.Lang]++
		if ids[it.ID] {
			t.Fatalf("item id %s twice", it.ID)
		}
		ids[it.ID] = true
	}
	if questions["de"] != 1190 || questions["en"] != 1190 {
		t.Errorf("question languages %v", questions)
	}
}
