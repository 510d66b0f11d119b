package wikiwars

import (
	"math"
	"os"
	"testing"
)

const benchmarkDir = "/work/shared/benchmarks/wikiwarsde"

func TestScoreHandMade(t *testing.T) {
	gold := []Mention{
		{Doc: "a", Start: 0, End: 10, Value: "1939-09"},  // exact match, right value
		{Doc: "a", Start: 20, End: 30, Value: "1940"},    // overlap only, wrong value
		{Doc: "a", Start: 40, End: 45, Value: "P3D"},     // missed
		{Doc: "b", Start: 0, End: 10, Value: "BC0490"},   // exact match in another document
		{Doc: "b", Start: 50, End: 60, Value: "1945-05"}, // predicted in the wrong document
	}
	pred := []Mention{
		{Doc: "a", Start: 0, End: 10, Value: "1939-09"},
		{Doc: "a", Start: 22, End: 35, Value: "1941"},
		{Doc: "a", Start: 70, End: 75, Value: "PRESENT_REF"}, // false alarm
		{Doc: "b", Start: 0, End: 10, Value: "BC0490"},
		{Doc: "a", Start: 50, End: 60, Value: "1945-05"}, // right span, wrong document
	}
	s := Score(gold, pred)
	checks := []struct {
		name      string
		got, want float64
	}{
		{"strict matches", float64(s.StrictMatches), 2},
		{"relaxed matches", float64(s.RelaxedMatches), 3},
		{"strict precision", s.StrictP, 2.0 / 5},
		{"strict recall", s.StrictR, 2.0 / 5},
		{"relaxed precision", s.RelaxedP, 3.0 / 5},
		{"relaxed recall", s.RelaxedR, 3.0 / 5},
		{"relaxed F1", s.RelaxedF1, 3.0 / 5},
		{"value accuracy", s.ValueAccuracy, 2.0 / 3},
	}
	for _, c := range checks {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	a := Align(gold, pred)
	if len(a.Missed) != 2 || len(a.Extra) != 2 {
		t.Errorf("Align: %d missed, %d extra; want 2 and 2", len(a.Missed), len(a.Extra))
	}
}

func TestScoreEmpty(t *testing.T) {
	s := Score(nil, nil)
	if s.RelaxedF1 != 0 || s.StrictF1 != 0 || s.ValueAccuracy != 0 {
		t.Errorf("Score(nil, nil) = %+v, want zeros", s)
	}
}

func TestParseDocument(t *testing.T) {
	raw := "<DOC>\n<DOCID>x</DOCID>\n<TEXT>\nAm <B>1. Mai</B> 1945\n</TEXT>\n</DOC>\n"
	d := parseDocument("01_x", []byte(raw))
	if d.Text != "\nx\n\nAm 1. Mai 1945\n\n\n" {
		t.Fatalf("text = %q", d.Text)
	}
	if got := d.Body(); got != "\nAm 1. Mai 1945\n\n\n" {
		t.Errorf("body = %q", got)
	}
	if d.Number() != 1 {
		t.Errorf("number = %d, want 1", d.Number())
	}
}

// The loader must reproduce the gold offsets, and the tagger must keep
// its development scores; the figures are printed for the record.
func TestDevelopmentSplit(t *testing.T) {
	if _, err := os.Stat(benchmarkDir); err != nil {
		t.Skipf("benchmark not available: %v", err)
	}
	c, err := Load(benchmarkDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != 22 {
		t.Fatalf("%d documents, want 22", len(c.Docs))
	}
	docs := map[string]Document{}
	for _, d := range c.Docs {
		docs[d.ID] = d
	}
	for _, g := range c.Gold {
		d := docs[g.Doc]
		if g.End > len(d.Text) || d.Text[g.Start:g.End] != g.Text {
			t.Fatalf("gold %q of %s does not match the text at [%d,%d)", g.Text, g.Doc, g.Start, g.End)
		}
		if g.Start < d.BodyStart {
			t.Fatalf("gold %q of %s lies before the body", g.Text, g.Doc)
		}
	}
	res := c.Evaluate(Dev)
	s := res.Scores
	t.Logf("dev: %d gold, %d predicted; strict P %.3f R %.3f F1 %.3f; relaxed P %.3f R %.3f F1 %.3f; value accuracy %.3f",
		s.Gold, s.Predicted, s.StrictP, s.StrictR, s.StrictF1, s.RelaxedP, s.RelaxedR, s.RelaxedF1, s.ValueAccuracy)
	if res.Documents != 11 || s.Gold == 0 {
		t.Fatalf("dev split has %d documents and %d gold mentions", res.Documents, s.Gold)
	}
	// Floors below the measured figures: a drop means a rule broke.
	if s.RelaxedF1 < 0.95 || s.StrictF1 < 0.93 || s.ValueAccuracy < 0.93 {
		t.Errorf("dev scores fell: relaxed F1 %.3f, strict F1 %.3f, value accuracy %.3f", s.RelaxedF1, s.StrictF1, s.ValueAccuracy)
	}
}
