package timeline

import (
	"errors"
	"testing"
)

func TestParseBound(t *testing.T) {
	for _, ok := range []string{"", "2024", "2024-09", "2024-09-27", " 2025 "} {
		if _, err := ParseBound(ok); err != nil {
			t.Errorf("ParseBound(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"24", "2024-9", "2024-13", "2024-02-30", "27.09.2024", "2024-Q1", "2023-WI", "heute", "0000"} {
		if _, err := ParseBound(bad); !errors.Is(err, ErrBadBound) {
			t.Errorf("ParseBound(%q) error = %v, want ErrBadBound", bad, err)
		}
	}
}

func FuzzParseBound(f *testing.F) {
	for _, s := range []string{"2024", "2024-09", "2024-09-27", "2024-13", "", " 2025-01 ", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseBound(s)
		if err != nil {
			if !errors.Is(err, ErrBadBound) {
				t.Fatalf("ParseBound(%q) error %v does not wrap ErrBadBound", s, err)
			}
			return
		}
		if b.IsZero() {
			return
		}
		if b.iv.Last.Before(b.iv.First) {
			t.Fatalf("ParseBound(%q) = %v..%v: ends before it starts", s, b.iv.First, b.iv.Last)
		}
		// A bound reads back as itself.
		again, err := ParseBound(b.Value)
		if err != nil || again.Value != b.Value || !again.iv.First.Equal(b.iv.First) {
			t.Fatalf("ParseBound(%q) = %q, which reads back as %q, %v", s, b.Value, again.Value, err)
		}
	})
}

func TestParseTopic(t *testing.T) {
	for in, want := range map[string]Topic{"": TopicAll, "all": TopicAll, "Truppen": TopicTroops, "troops": TopicTroops,
		"Gespräche": TopicTalks, "talks": TopicTalks, "Fristen": TopicDeadline, "deadline": TopicDeadline} {
		if got, err := ParseTopic(in); err != nil || got != want {
			t.Errorf("ParseTopic(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseTopic("weather"); err == nil {
		t.Error("ParseTopic(weather) succeeded")
	}
}

// Dates before the common era sort before every later one
// (timex.ParseValue reads them).
func TestDateAfterBeforeTheCommonEra(t *testing.T) {
	if !DateAfter("BC0216", "BC0247") || DateAfter("BC0247", "0800") || !DateAfter("0800", "BC0247") {
		t.Error("DateAfter: 216 BC is after 247 BC, and AD 800 after both")
	}
}

func TestDateAfter(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"2024-09", "2024", true},
		{"2024", "2024-09", false},
		{"2024-01", "2024", true}, // the same first day: the finer is the later statement
		{"2024", "2024-01", false},
		{"2020-06-12", "2020-01", true},
		{"2025", "x", true},
		{"x", "2025", false},
		{"2024-09", "2024-09", false},
	} {
		if got := DateAfter(tt.a, tt.b); got != tt.want {
			t.Errorf("DateAfter(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
