package retrieval

import "testing"

// The decision on both sides of each threshold.
func TestAnswersOnBothSidesOfTheThresholds(t *testing.T) {
	p := DefaultParams()
	const eps = 1e-9
	tests := []struct {
		name string
		d    Decision
		want bool
	}{
		{"at the coverage threshold", Decision{Eligible: 1, Coverage: p.MinCoverage, SentenceCoverage: p.MinCoverage}, true},
		{"just below it", Decision{Eligible: 1, Coverage: p.MinCoverage - eps, SentenceCoverage: p.MinCoverage - eps}, false},
		{"with absent names at the bound", Decision{Eligible: 1, Coverage: 1, AbsentNames: p.MaxAbsentNames}, true},
		{"with absent names just above it", Decision{Eligible: 1, Coverage: 1, AbsentNames: p.MaxAbsentNames + eps}, false},
		{"with no eligible passage", Decision{Eligible: 0, Coverage: 1}, false},
		{"with only thin windows whose sentences state too little", Decision{Eligible: 1, Coverage: p.ThinCoverage - eps}, false},
		{"with a thin window whose sentence states enough", Decision{Eligible: 1, Coverage: p.ThinCoverage - eps, SentenceCoverage: p.MinCoverage}, true},
		{"with a who-question's passages naming no one", Decision{Eligible: 1, Coverage: 1, SentenceCoverage: 1, Someone: &Reach{}}, false},
		{"with one that names someone at the threshold", Decision{Eligible: 1, Coverage: 1, SentenceCoverage: 1,
			Someone: &Reach{Coverage: p.MinCoverage, SentenceCoverage: p.MinCoverage}}, true},
		{"with one that names someone just below it", Decision{Eligible: 1, Coverage: 1, SentenceCoverage: 1,
			Someone: &Reach{Coverage: p.MinCoverage - eps, SentenceCoverage: p.MinCoverage - eps}}, false},
		{"with passages that show what is asked only weakly and thinly", Decision{Eligible: 1, Coverage: 1, SentenceCoverage: 1, Shown: &Reach{}}, false},
		{"with one that shows it at the threshold", Decision{Eligible: 1, Coverage: 1, SentenceCoverage: 1,
			Shown: &Reach{Coverage: p.MinCoverage, SentenceCoverage: p.MinCoverage}}, true},
		{"Shown before Someone", Decision{Eligible: 1, Coverage: 1, SentenceCoverage: 1,
			Someone: &Reach{Coverage: 1, SentenceCoverage: 1}, Shown: &Reach{}}, false},
	}
	for _, tt := range tests {
		if got := p.Answers(tt.d); got != tt.want {
			t.Errorf("%s: Answers = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A passage is cited when its window covers enough of the question, and
// one whose window covers little only when its own sentence states enough.
func TestCoversOnBothSidesOfTheThresholds(t *testing.T) {
	p := DefaultParams()
	const eps = 1e-9
	for _, c := range []struct {
		name        string
		window, own float64
		want        bool
	}{
		{"a window below the least coverage", p.MinCoverage - eps, 1, false},
		{"a thin window whose sentence states enough", p.MinCoverage, p.ThinOwn, true},
		{"a thin window whose sentence states too little", p.ThinCoverage - eps, p.ThinOwn - eps, false},
		{"a full window whose sentence states little", p.ThinCoverage, 0, true},
	} {
		if got := p.Covers(c.window, c.own); got != c.want {
			t.Errorf("%s (window %.3f, own %.3f): Covers = %v, want %v", c.name, c.window, c.own, got, c.want)
		}
	}
}

func TestParamsSet(t *testing.T) {
	p := DefaultParams()
	if err := p.Set("Context", "0.5"); err != nil || p.Context != 0.5 {
		t.Errorf("Set(Context) = %v, Context %v", err, p.Context)
	}
	if err := p.Set("ExpandTop", "7"); err != nil || p.ExpandTop != 7 {
		t.Errorf("Set(ExpandTop) = %v, ExpandTop %v", err, p.ExpandTop)
	}
	for _, bad := range [][2]string{{"Kontext", "1"}, {"Context", "viel"}, {"ExpandTop", "1.5"}} {
		if err := p.Set(bad[0], bad[1]); err == nil {
			t.Errorf("Set(%q, %q) accepted", bad[0], bad[1])
		}
	}
}
