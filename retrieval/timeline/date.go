package timeline

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/quellen/quellen/retrieval/timex"
)

// Precisions of a date, finest first. A coarser date sorts before the finer
// dates that start on the same day: a year comes before its January.
const (
	PrecisionDay     = "day"
	PrecisionWeek    = "week"
	PrecisionMonth   = "month"
	PrecisionSeason  = "season"
	PrecisionQuarter = "quarter"
	PrecisionHalf    = "half"
	PrecisionYear    = "year"
	PrecisionDecade  = "decade"
	PrecisionCentury = "century"
)

var precisionRank = map[string]int{
	PrecisionDay: 0, PrecisionWeek: 1, PrecisionMonth: 2, PrecisionSeason: 3, PrecisionQuarter: 4,
	PrecisionHalf: 5, PrecisionYear: 6, PrecisionDecade: 7, PrecisionCentury: 8,
}

// interval is the days a date value covers, first and last inclusive, at
// midnight UTC.
type interval struct {
	first, last time.Time
	precision   string
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// months returns the interval of n months from year y, month m.
func months(y int, m time.Month, n int, precision string) interval {
	first := day(y, m, 1)
	return interval{first: first, last: first.AddDate(0, n, -1), precision: precision}
}

var seasonStart = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

// parseValue reads a TIMEX date value ("2024", "2024-09", "2024-09-27",
// "2024-09-27T04:15", "2024-W05", "2023-WI", "2024-Q1", "2024-H2", "201"
// for the 2010s, "20" for the 1900s, and before the common era "BC0247",
// "BC0216-08-02", "BC046" for the 460s BC, "BC04" for the fifth century
// BC) as the interval it names, in proleptic Gregorian days: 247 BC is the
// astronomical year -246. Values with unknown digits or of another kind
// are not calendar dates here.
func parseValue(v string) (interval, bool) {
	digits, bc := strings.CutPrefix(v, "BC")
	if i := strings.IndexByte(digits, 'T'); i >= 0 && i == len("2006-01-02") {
		digits = digits[:i]
	}
	year, rest, _ := strings.Cut(digits, "-")
	if len(year) < 2 || len(year) > 4 || strings.Trim(year, "0123456789") != "" {
		return interval{}, false
	}
	n, err := strconv.Atoi(year)
	if err != nil {
		return interval{}, false
	}
	// A decade or century: "201" the 2010s; "BC046" 469 to 460 BC, "BC04"
	// (zero-based) 500 to 401 BC.
	span := func(from, to int, precision string) (interval, bool) {
		return interval{first: day(from, time.January, 1), last: day(to, time.December, 31), precision: precision}, rest == ""
	}
	switch {
	case len(year) == 2 && bc:
		return span(1-(n*100+100), 1-(n*100+1), PrecisionCentury)
	case len(year) == 2:
		return span(n*100, n*100+99, PrecisionCentury)
	case len(year) == 3 && bc:
		return span(1-(n*10+9), 1-max(n*10, 1), PrecisionDecade)
	case len(year) == 3:
		return span(n*10, n*10+9, PrecisionDecade)
	}
	if n == 0 {
		return interval{}, false
	}
	y := n
	if bc {
		y = 1 - n
	}
	switch {
	case rest == "":
		return months(y, time.January, 12, PrecisionYear), true
	case len(rest) == 2 && seasonStart[rest] != 0:
		return months(y, seasonStart[rest], 3, PrecisionSeason), true
	case len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H'):
		k, err := strconv.Atoi(rest[1:])
		if rest[0] == 'Q' && err == nil && k >= 1 && k <= 4 {
			return months(y, time.Month(3*k-2), 3, PrecisionQuarter), true
		}
		if rest[0] == 'H' && err == nil && k >= 1 && k <= 2 {
			return months(y, time.Month(6*k-5), 6, PrecisionHalf), true
		}
	case strings.HasPrefix(rest, "W"):
		week, _, _ := strings.Cut(rest[1:], "-") // "2024-W05-WE": the weekend of week 5
		k, err := strconv.Atoi(week)
		if err != nil || len(week) != 2 || k < 1 || k > 53 {
			return interval{}, false
		}
		// ISO weeks: week 1 holds the year's first Thursday.
		jan4 := day(y, time.January, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(k-1))
		return interval{first: monday, last: monday.AddDate(0, 0, 6), precision: PrecisionWeek}, true
	case len(rest) == 2 && strings.Trim(rest, "0123456789") == "":
		if m, _ := strconv.Atoi(rest); m >= 1 && m <= 12 {
			return months(y, time.Month(m), 1, PrecisionMonth), true
		}
	case len(rest) == 5 && rest[2] == '-' && strings.Trim(rest[:2]+rest[3:], "0123456789") == "":
		m, _ := strconv.Atoi(rest[:2])
		d, _ := strconv.Atoi(rest[3:])
		if t := day(y, time.Month(m), d); m >= 1 && m <= 12 && t.Month() == time.Month(m) && t.Day() == d {
			return interval{first: t, last: t, precision: PrecisionDay}, true
		}
	}
	return interval{}, false
}

// Interval returns the first and last day a TIMEX date value covers
// ("2024-09": 1 to 30 September 2024; "BC0247": the whole of 247 BC, in
// proleptic Gregorian days), and false for a value that is no calendar
// date.
func Interval(value string) (first, last time.Time, ok bool) {
	iv, ok := parseValue(value)
	return iv.first, iv.last, ok
}

// Precision is how fine a TIMEX date value is ("month" for "2025-09"), or ""
// for a value that is no calendar date.
func Precision(value string) string {
	iv, _ := parseValue(value)
	return iv.precision
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
	return !b.IsZero() && !o.IsZero() && b.iv.first.After(o.iv.last)
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
	if !ia.first.Equal(ib.first) {
		return ia.first.After(ib.first)
	}
	return precisionRank[ia.precision] < precisionRank[ib.precision]
}
