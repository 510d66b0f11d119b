package timeline

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/quellen/quellen/retrieval/timex"
)

// Precisions of a date (timex's), finest first. A coarser date sorts
// before the finer dates that start on the same day: a year comes before
// its January.
const (
	PrecisionDay     = timex.PrecisionDay
	PrecisionWeek    = timex.PrecisionWeek
	PrecisionMonth   = timex.PrecisionMonth
	PrecisionSeason  = timex.PrecisionSeason
	PrecisionQuarter = timex.PrecisionQuarter
	PrecisionHalf    = timex.PrecisionHalf
	PrecisionYear    = timex.PrecisionYear
	PrecisionDecade  = timex.PrecisionDecade
	PrecisionCentury = timex.PrecisionCentury
)

var precisionRank = map[string]int{
	PrecisionDay: 0, PrecisionWeek: 1, PrecisionMonth: 2, PrecisionSeason: 3, PrecisionQuarter: 4,
	PrecisionHalf: 5, PrecisionYear: 6, PrecisionDecade: 7, PrecisionCentury: 8,
}

// interval is the days a date value covers, first and last inclusive, at
// midnight UTC, and its precision (timex's).
type interval = timex.Interval

// parseValue reads a TIMEX date value as the interval it names.
func parseValue(v string) (interval, bool) { return timex.ParseValue(v) }

// Interval returns the first and last day a TIMEX date value covers
// ("2024-09": 1 to 30 September 2024; "BC0247": the whole of 247 BC, in
// proleptic Gregorian days), and false for a value that is no calendar
// date.
func Interval(value string) (first, last time.Time, ok bool) {
	iv, ok := parseValue(value)
	return iv.First, iv.Last, ok
}

// Precision is how fine a TIMEX date value is ("month" for "2025-09"), or ""
// for a value that is no calendar date.
func Precision(value string) string {
	iv, _ := parseValue(value)
	return iv.Precision
}

// Bound is one end of a date filter: a day, month or year.
type Bound struct {
	Value string // "2024", "2024-09" or "2024-09-27"; "" for no bound
	iv    interval
}

// ErrBadBound is wrapped by ParseBound's errors.
var ErrBadBound = errors.New("not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")

// ParseBound reads a date filter as a user types it: YYYY, YYYY-MM or
// YYYY-MM-DD, with surrounding space ignored. "" is no bound.
func ParseBound(s string) (Bound, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Bound{}, nil
	}
	if !timex.IsDateValue(s) {
		return Bound{}, fmt.Errorf("%q: %w", s, ErrBadBound)
	}
	iv, ok := parseValue(s)
	if !ok {
		return Bound{}, fmt.Errorf("%q: %w", s, ErrBadBound)
	}
	return Bound{Value: s, iv: iv}, nil
}

// IsZero reports whether the bound is open.
func (b Bound) IsZero() bool { return b.Value == "" }

// After reports whether b starts after o ends; an open bound is after
// nothing.
func (b Bound) After(o Bound) bool {
	return !b.IsZero() && !o.IsZero() && b.iv.First.After(o.iv.Last)
}

// DateAfter reports whether date value a starts after b ("2024-09" after
// "2024"; "2024" not after "2024-01", which starts the same day), with the
// finer of two dates that start the same day after the coarser. A value
// that is no calendar date is after none and before any.
func DateAfter(a, b string) bool {
	ia, okA := parseValue(a)
	ib, okB := parseValue(b)
	if !okA || !okB {
		return okA && !okB
	}
	if !ia.First.Equal(ib.First) {
		return ia.First.After(ib.First)
	}
	return precisionRank[ia.Precision] < precisionRank[ib.Precision]
}
