package retrieval

import "testing"

// The decision on both sides of each threshold, for German and English.
func TestAnswersOnBothSidesOfTheThresholds(t *testing.T) {
	p := DefaultParams()
	at := func(value, absentNames float64) support {
		// Coverage alone carries the support: Support() adds nothing else.
		return support{Coverage: value, AbsentNames: absentNames}
	}
	const eps = 1e-9
	tests := []struct {
		name string
		s    support
		lang string
		want bool
	}{
		{"German at the support threshold", at(p.MinSupport, 0), "de", true},
		{"German just below it", at(p.MinSupport-eps, 0), "de", false},
		{"German with absent names at the bound", at(2, p.MaxAbsentNames), "de", true},
		{"German with absent names just above it", at(2, p.MaxAbsentNames+eps), "de", false},
		{"English at its own threshold", at(p.MinSupportEnglish, 0), "en", true},
		{"English just below it", at(p.MinSupportEnglish-eps, 0), "en", false},
		{"English with absent names just above its bound", at(2, p.MaxAbsentNamesEnglish+eps), "en", false},
	}
	for _, tt := range tests {
		if got := p.answers(tt.s, tt.lang); got != tt.want {
			t.Errorf("%s: answers = %v, want %v (support %.3f)", tt.name, got, tt.want, tt.s.Support())
		}
	}
}

func TestSupportAddsItsParts(t *testing.T) {
	s := support{Coverage: 0.8, Absent: 0.2, WindowVector: 0.2, SourceCoverage: 0.4}
	if got, want := s.Support(), 0.8-0.2+1.5*0.2+0.75*0.4; got < want-1e-12 || got > want+1e-12 {
		t.Errorf("Support() = %v, want %v", got, want)
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
