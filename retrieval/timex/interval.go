package timex

// Date values as the intervals of days they name: the one reading of a
// TIMEX value's calendar extent, which timelines, filters and the
// question's time all use.

import (
	"strconv"
	"strings"
	"time"
)

// Precisions of a date value, finest first.
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

// Interval is the days a date value covers, first and last inclusive, at
// midnight UTC, and how fine the value is (a Precision).
type Interval struct {
	First, Last time.Time
	Precision   string
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// months returns the interval of n months from year y, month m.
func months(y int, m time.Month, n int, precision string) Interval {
	first := day(y, m, 1)
	return Interval{First: first, Last: first.AddDate(0, n, -1), Precision: precision}
}

var seasonStart = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

// ParseValue reads a TIMEX date value ("2024", "2024-09", "2024-09-27",
// "2024-09-27T04:15", "2024-W05", "2023-WI", "2024-Q1", "2024-H2", "201"
// for the 2010s, "20" for the 1900s, and before the common era "BC0247",
// "BC0216-08-02", "BC046" for the 460s BC, "BC04" for the fifth century
// BC) as the interval it names, in proleptic Gregorian days: 247 BC is the
// astronomical year -246. Values with unknown digits or of another kind
// are not calendar dates here.
func ParseValue(v string) (Interval, bool) {
	digits, bc := strings.CutPrefix(v, "BC")
	if i := strings.IndexByte(digits, 'T'); i >= 0 && i == len("2006-01-02") {
		digits = digits[:i]
	}
	year, rest, _ := strings.Cut(digits, "-")
	if len(year) < 2 || len(year) > 4 || strings.Trim(year, "0123456789") != "" {
		return Interval{}, false
	}
	n, err := strconv.Atoi(year)
	if err != nil {
		return Interval{}, false
	}
	// A decade or century: "201" the 2010s; "BC046" 469 to 460 BC, "BC04"
	// (zero-based) 500 to 401 BC.
	span := func(from, to int, precision string) (Interval, bool) {
		return Interval{First: day(from, time.January, 1), Last: day(to, time.December, 31), Precision: precision}, rest == ""
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
		return Interval{}, false
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
			return Interval{}, false
		}
		// ISO weeks: week 1 holds the year's first Thursday.
		jan4 := day(y, time.January, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(k-1))
		return Interval{First: monday, Last: monday.AddDate(0, 0, 6), Precision: PrecisionWeek}, true
	case len(rest) == 2 && strings.Trim(rest, "0123456789") == "":
		if m, _ := strconv.Atoi(rest); m >= 1 && m <= 12 {
			return months(y, time.Month(m), 1, PrecisionMonth), true
		}
	case len(rest) == 5 && rest[2] == '-' && strings.Trim(rest[:2]+rest[3:], "0123456789") == "":
		m, _ := strconv.Atoi(rest[:2])
		d, _ := strconv.Atoi(rest[3:])
		if t := day(y, time.Month(m), d); m >= 1 && m <= 12 && t.Month() == time.Month(m) && t.Day() == d {
			return Interval{First: t, Last: t, Precision: PrecisionDay}, true
		}
	}
	return Interval{}, false
}
