package timex

import "testing"

func TestMonthAndWeekdayWords(t *testing.T) {
	for w, want := range map[string]bool{"juli": true, "jänner": true, "märzes": true, "july": true, "may": true, "mai": true,
		"montag": false, "monat": false, "Juli": false, "": false} {
		if got := IsMonth(w); got != want {
			t.Errorf("IsMonth(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"montag": true, "sunday": true, "mittwochabend": true, "juli": false, "woche": false, "feiertag": false} {
		if got := IsWeekday(w); got != want {
			t.Errorf("IsWeekday(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestMonthOf(t *testing.T) {
	for w, want := range map[string]int{"oktober": 10, "october": 10, "jänner": 1, "märzes": 3, "montag": 0, "mais": 5, "": 0} {
		if got := MonthOf(w); got != want {
			t.Errorf("MonthOf(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestIsUnit(t *testing.T) {
	for w, want := range map[string]bool{"tagen": true, "jahre": true, "weeks": true, "days": true, "soldaten": false, "juli": false} {
		if got := IsUnit(w); got != want {
			t.Errorf("IsUnit(%q) = %v, want %v", w, got, want)
		}
	}
}
