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
		{"at the coverage threshold", Decision{Eligible: 1, Coverage: p.MinCoverage}, true},
		{"just below it", Decision{Eligible: 1, Coverage: p.MinCoverage - eps}, false},
		{"with absent names at the bound", Decision{Eligible: 1, Coverage: 1, AbsentNames: p.MaxAbsentNames}, true},
		{"with absent names just above it", Decision{Eligible: 1, Coverage: 1, AbsentNames: p.MaxAbsentNames + eps}, false},
		{"with no eligible passage", Decision{Eligible: 0, Coverage: 1}, false},
	}
	for _, tt := range tests {
		if got := p.Answers(tt.d); got != tt.want {
			t.Errorf("%s: Answers = %v, want %v", tt.name, got, tt.want)
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
