package timex

import (
	"testing"
	"time"
)

// A date value names the days it covers, at its precision.
func TestParseValue(t *testing.T) {
	d := func(s string) time.Time {
		v, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		value, first, last, precision string
	}{
		{"2024", "2024-01-01", "2024-12-31", "year"},
		{"2024-02", "2024-02-01", "2024-02-29", "month"},
		{"2024-09-27", "2024-09-27", "2024-09-27", "day"},
		{"2020-06-12T04:15", "2020-06-12", "2020-06-12", "day"},
		{"2024-W01", "2024-01-01", "2024-01-07", "week"},
		{"2021-W01-WE", "2021-01-04", "2021-01-10", "week"},
		{"2023-WI", "2023-12-01", "2024-02-29", "season"},
		{"2024-SU", "2024-06-01", "2024-08-31", "season"},
		{"2024-Q3", "2024-07-01", "2024-09-30", "quarter"},
		{"2024-H2", "2024-07-01", "2024-12-31", "half"},
		{"201", "2010-01-01", "2019-12-31", "decade"},
		{"19", "1900-01-01", "1999-12-31", "century"},
	}
	for _, tt := range tests {
		iv, ok := ParseValue(tt.value)
		if !ok || !iv.First.Equal(d(tt.first)) || !iv.Last.Equal(d(tt.last)) || iv.Precision != tt.precision {
			t.Errorf("ParseValue(%q) = %v..%v %q (%v), want %s..%s %s", tt.value, iv.First, iv.Last, iv.Precision, ok, tt.first, tt.last, tt.precision)
		}
	}
	for _, bad := range []string{"", "P3Y", "PRESENT_REF", "BC0000", "BC+490", "BC-490", "BCXX", "XXXX-09", "2024-13", "2024-02-30", "2024-Q5", "2024-W60", "0000", "2024-XX"} {
		if iv, ok := ParseValue(bad); ok {
			t.Errorf("ParseValue(%q) = %+v, want no calendar date", bad, iv)
		}
	}
}

// Dates before the common era are calendar dates too, in proleptic
// Gregorian years (247 BC is the astronomical year -246), so that they sort
// before every later one.
func TestParseValueBeforeTheCommonEra(t *testing.T) {
	tests := []struct {
		value               string
		firstYear, lastYear int
		precision           string
	}{
		{"BC0247", -246, -246, "year"},
		{"BC0001", 0, 0, "year"},
		{"BC046", -468, -459, "decade"}, // the 460s BC: 469 to 460 BC
		{"BC04", -499, -400, "century"}, // the fifth century BC: 500 to 401 BC
		{"BC0216-08-02", -215, -215, "day"},
		{"BC0216-08", -215, -215, "month"},
		{"BC0216-SU", -215, -215, "season"},
	}
	for _, tt := range tests {
		iv, ok := ParseValue(tt.value)
		if !ok || iv.First.Year() != tt.firstYear || iv.Last.Year() != tt.lastYear || iv.Precision != tt.precision {
			t.Errorf("ParseValue(%q) = %v..%v %q (%v), want years %d..%d %s", tt.value, iv.First, iv.Last, iv.Precision, ok, tt.firstYear, tt.lastYear, tt.precision)
		}
	}
	if iv, _ := ParseValue("BC04"); iv.First.YearDay() != 1 || iv.Last.Month() != time.December || iv.Last.Day() != 31 {
		t.Errorf("BC04 = %v..%v, want whole years", iv.First, iv.Last)
	}
	if iv, _ := ParseValue("BC0216-08-02"); iv.First.Month() != time.August || iv.First.Day() != 2 {
		t.Errorf("BC0216-08-02 = %v, want 2 August", iv.First)
	}
	for _, bad := range []string{"BC0216-13", "BC0216-02-30", "BC046-08", "BC0216-X8"} {
		if _, ok := ParseValue(bad); ok {
			t.Errorf("ParseValue(%q) reads a date", bad)
		}
	}
}
