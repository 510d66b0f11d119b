package timex

import "testing"

// A date value is one of the three forms and a real day.
func TestIsDateValue(t *testing.T) {
	for s, want := range map[string]bool{"2024": true, "2024-09": true, "2024-02-29": true, "2023-02-29": false,
		"2024-13": false, "24-09": false, "2024-9-1": false, "": false, "Sept 2024": false} {
		if got := IsDateValue(s); got != want {
			t.Errorf("IsDateValue(%q) = %v, want %v", s, got, want)
		}
	}
}
