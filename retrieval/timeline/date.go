package timeline

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/quellen/quellen/retrieval/timex"
)

// precisionRank orders timex's precisions finest first. A coarser date
// sorts before the finer dates that start on the same day: a year comes
// before its January.
var precisionRank = map[string]int{
	timex.PrecisionDay: 0, timex.PrecisionWeek: 1, timex.PrecisionMonth: 2, timex.PrecisionSeason: 3,
	timex.PrecisionQuarter: 4, timex.PrecisionHalf: 5, timex.PrecisionYear: 6, timex.PrecisionDecade: 7,
	timex.PrecisionCentury: 8,
}

// Interval returns the first and last day a TIMEX date value covers
// ("2024-09": 1 to 30 September 2024; "BC0247": the whole of 247 BC, in
// proleptic Gregorian days), and false for a value that is no calendar
// date.
func Interval(value string) (first, last time.Time, ok bool) {
	iv, ok := timex.ParseValue(value)
	return iv.First, iv.Last, ok
}

// Bound is one end of a date filter: a day, month or year.
type Bound struct {
	Value string // "2024", "2024-09" or "2024-09-27"; "" for no bound
	iv    timex.Interval
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
	iv, ok := timex.ParseValue(s)
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
	ia, okA := timex.ParseValue(a)
	ib, okB := timex.ParseValue(b)
	if !okA || !okB {
		return okA && !okB
	}
	if !ia.First.Equal(ib.First) {
		return ia.First.After(ib.First)
	}
	return precisionRank[ia.Precision] < precisionRank[ib.Precision]
}
