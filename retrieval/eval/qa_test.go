package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every QA question names a collection that builds, and every accepted
// quote is a verbatim slice of one of that collection's texts: a quote that
// is not would make its question unanswerable by any engine.
func TestQASetQuotesAreInTheirCollections(t *testing.T) {
	benchmarks := filepath.Join("..", "..", "..", "shared", "benchmarks")
	if _, err := os.Stat(benchmarks); err != nil {
		t.Skipf("benchmarks folder not here: %v", err)
	}
	texts := make(map[string][]string)
	for _, split := range []string{"dev", "test", "probe", "dev2", "test2", "probe-en"} {
		questions, err := LoadQA(split)
		if err != nil {
			if split == "dev2" || split == "test2" {
				continue // the second set may not be written yet
			}
			t.Fatal(err)
		}
		for _, q := range questions {
			if _, ok := texts[q.Collection]; !ok {
				sources, err := QACollection(q.Collection, benchmarks)
				if err != nil {
					t.Fatalf("%s %s: %v", split, q.ID, err)
				}
				for _, s := range sources {
					texts[q.Collection] = append(texts[q.Collection], s.Text)
				}
			}
			if q.Answerable != (len(q.Accept) > 0) {
				t.Errorf("%s %s: answerable %v with %d accepted quotes", split, q.ID, q.Answerable, len(q.Accept))
			}
			for _, a := range append(append([]string(nil), q.Accept...), q.AcceptOlder...) {
				found := false
				for _, text := range texts[q.Collection] {
					if strings.Contains(text, a) {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("%s %s: %q is in no source of %s", split, q.ID, a, q.Collection)
				}
			}
		}
	}
}

func TestQACollectionRefusesAnUnknownName(t *testing.T) {
	_, err := QACollection("nonesuch", t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "default") {
		t.Fatalf("err = %v, want one naming the known collections", err)
	}
}
