package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// precision is how fine a calendar value is.
type precision uint8

const (
	precNone precision = iota
	precYear
	precMonth
	precDay
)

// calDate is a point of the calendar at year, month or day precision. Years
// are signed: -490 is 490 BC (there is no year 0 in the values we write,
// and the one-year slip of BC arithmetic across the era boundary does not
// matter for the texts we read).
type calDate struct {
	year, month, day int
	prec             precision
}

// maxYear bounds the years we read and write, so that every value keeps its
// four-digit form.
const maxYear = 9999

func (d calDate) String() string {
	switch d.prec {
	case precYear:
		return formatYear(d.year)
	case precMonth:
		return fmt.Sprintf("%s-%02d", formatYear(d.year), d.month)
	case precDay:
		return fmt.Sprintf("%s-%02d-%02d", formatYear(d.year), d.month, d.day)
	}
	return ""
}

func formatYear(y int) string {
	if y < 0 {
		return fmt.Sprintf("BC%04d", -y)
	}
	return fmt.Sprintf("%04d", y)
}

// formatCentury writes the TIMEX century value: "19" for the 20th century,
// "BC04" for the fifth century BC. c is the zero-based century number.
func formatCentury(c int, bc bool) string {
	if bc {
		return fmt.Sprintf("BC%02d", c)
	}
	return fmt.Sprintf("%02d", c)
}

// formatDecade writes the TIMEX decade value: "193" for the 1930s, "BC046"
// for the 460s BC. d is the year divided by ten.
func formatDecade(d int, bc bool) string {
	if bc {
		return fmt.Sprintf("BC%03d", d)
	}
	return fmt.Sprintf("%03d", d)
}

func validYear(y int) bool { return y != 0 && y >= -maxYear && y <= maxYear }

// ValueYear returns the year a TIMEX date value begins with, numbered as
// years are before the common era ("BC0247" is -247, not the astronomical
// -246), and whether it has one: "2024-09" 2024, "1943-SU" 1943.
func ValueYear(value string) (int, bool) {
	d, ok := parseCalDate(value)
	return d.year, ok
}

// IsDateValue reports whether s is a date as front matter and users write
// one, YYYY, YYYY-MM or YYYY-MM-DD, and a real day of the calendar
// ("2024-02-30" is none).
func IsDateValue(s string) bool {
	layout, ok := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	if !ok {
		return false
	}
	_, err := time.Parse(layout, s)
	return err == nil
}

// parseCalDate reads a value of the forms YYYY, YYYY-MM, YYYY-MM-DD (with an
// optional BC prefix), ignoring anything after the day (a time) or after the
// year when it is no month (a season "1943-SU" counts as the year 1943).
func parseCalDate(v string) (calDate, bool) {
	bc := strings.HasPrefix(v, "BC")
	if bc {
		v = v[2:]
	}
	if len(v) < 4 {
		return calDate{}, false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil || y == 0 {
		return calDate{}, false
	}
	if bc {
		y = -y
	}
	d := calDate{year: y, prec: precYear}
	rest := v[4:]
	if len(rest) >= 3 && rest[0] == '-' && isDigits(rest[1:3]) && (len(rest) == 3 || rest[3] == '-' || rest[3] == 'T') {
		m, _ := strconv.Atoi(rest[1:3])
		if m < 1 || m > 12 {
			return d, true
		}
		d.month, d.prec = m, precMonth
		rest = rest[3:]
		if len(rest) >= 3 && rest[0] == '-' && isDigits(rest[1:3]) && (len(rest) == 3 || rest[3] == 'T') {
			day, _ := strconv.Atoi(rest[1:3])
			if day >= 1 && day <= daysIn(y, m) {
				d.day, d.prec = day, precDay
			}
		}
	}
	return d, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func (d calDate) time() time.Time {
	return time.Date(d.year, time.Month(d.month), d.day, 12, 0, 0, 0, time.UTC)
}

func fromTime(t time.Time) calDate {
	return calDate{year: t.Year(), month: int(t.Month()), day: t.Day(), prec: precDay}
}

// addDays moves a day-precision date.
func (d calDate) addDays(n int) calDate { return fromTime(d.time().AddDate(0, 0, n)) }

// addMonths moves a date of month or day precision by whole months, keeping
// the day inside the target month.
func (d calDate) addMonths(n int) calDate {
	m := d.year*12 + (d.month - 1) + n
	y, mo := floorDiv(m, 12), m-floorDiv(m, 12)*12+1
	out := calDate{year: y, month: mo, prec: d.prec}
	if d.prec == precDay {
		out.day = min(d.day, daysIn(y, mo))
	}
	return out
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// isoWeek writes the ISO week of a day-precision date, "2024-W38".
func (d calDate) isoWeek() string {
	y, w := d.time().ISOWeek()
	return fmt.Sprintf("%s-W%02d", formatYear(y), w)
}

// weekday is 1 for Monday … 7 for Sunday.
func (d calDate) weekday() int {
	wd := int(d.time().Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// easter returns Easter Sunday of a Gregorian year (the anonymous
// Gregorian algorithm), the base of the movable feasts.
func easter(year int) calDate {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return calDate{year: year, month: month, day: day, prec: precDay}
}
