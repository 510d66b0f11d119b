package article

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Date is a publication date as a page states it.
type Date struct {
	// Value is "2024-09-27", "2024-09" or "2024", as precise as the page
	// states it; "" when the page states none.
	Value string
	// From says where the page states it, for the moderator and the
	// source's note: "JSON-LD datePublished", "meta article:published_time",
	// "<time datetime>", …
	From string
}

// Known reports whether the page states a date.
func (d Date) Known() bool { return d.Value != "" }

var (
	isoDate    = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$`)
	isoCompact = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:T\d{2}(?:\d{2}(?:\d{2})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$`)
	isoMonth   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	isoYear    = regexp.MustCompile(`^(\d{4})$`)
	// 27.09.2024, 27.9.2024, optionally with a time ("18:30 Uhr").
	germanNumeric = regexp.MustCompile(`^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:[,\s]+(?:um\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*Uhr)?(?:\s*(?:MEZ|MESZ|CET|CEST))?)?$`)
	// 27. September 2024, 27 September 2024, 27 Sep 2024
	dayMonthYear = regexp.MustCompile(`^(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})(?:[,\s]+.*)?$`)
	// September 27, 2024; Sep. 27 2024
	monthDayYear = regexp.MustCompile(`^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[,\s]+.*)?$`)
	// September 2024
	monthYear = regexp.MustCompile(`^(\p{L}+)\.?\s+(\d{4})$`)
)

// monthNames are the German and English month names and their usual
// abbreviations, lower case.
var monthNames = map[string]int{
	"januar": 1, "jänner": 1, "january": 1, "jan": 1,
	"februar": 2, "february": 2, "feb": 2, "febr": 2,
	"märz": 3, "maerz": 3, "march": 3, "mar": 3, "mär": 3, "mrz": 3,
	"april": 4, "apr": 4,
	"mai": 5, "may": 5,
	"juni": 6, "june": 6, "jun": 6,
	"juli": 7, "july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "october": 10, "okt": 10, "oct": 10,
	"november": 11, "nov": 11,
	"dezember": 12, "december": 12, "dez": 12, "dec": 12,
}

// rfcLayouts are the date formats of HTTP and e-mail headers, which some
// pages use in their metadata.
var rfcLayouts = []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.RFC822Z, time.RFC822, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700"}

// ParseDate reads a publication date as pages write it, in metadata
// (ISO 8601, RFC 1123) or in text (27.09.2024, 27. September 2024,
// September 27, 2024), and returns it as precise as it is written: a day
// "2024-09-27", a month "2024-09" or a year "2024". A date with a time and
// an offset is the day at that offset, the day the page's readers saw.
// Anything else, including an order of day and month that cannot be told
// apart (09/10/2024), is not a date: ok is false, never a guess.
func ParseDate(s string) (value string, ok bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 100 {
		return "", false
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		if m[4] != "" && !validTime(m[4], m[5], m[6]) {
			return "", false
		}
		return day(m[1], m[2], m[3])
	}
	if m := isoCompact.FindStringSubmatch(s); m != nil {
		return day(m[1], m[2], m[3])
	}
	if m := isoMonth.FindStringSubmatch(s); m != nil {
		return month(m[1], m[2])
	}
	if m := isoYear.FindStringSubmatch(s); m != nil {
		return year(m[1])
	}
	if m := germanNumeric.FindStringSubmatch(s); m != nil {
		return day(m[3], m[2], m[1])
	}
	if m := dayMonthYear.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNames[strings.ToLower(m[2])]; ok {
			return day(m[3], strconv.Itoa(mo), m[1])
		}
	}
	if m := monthDayYear.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNames[strings.ToLower(m[1])]; ok {
			return day(m[3], strconv.Itoa(mo), m[2])
		}
	}
	if m := monthYear.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNames[strings.ToLower(m[1])]; ok {
			return month(m[2], strconv.Itoa(mo))
		}
	}
	for _, layout := range rfcLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return day(strconv.Itoa(t.Year()), strconv.Itoa(int(t.Month())), strconv.Itoa(t.Day()))
		}
	}
	return "", false
}

// The years a publication date may have: older or later ones are typos
// or placeholders (0001-01-01, 9999-12-31).
const minYear, maxYear = 1800, 2200

func year(y string) (string, bool) {
	n, err := strconv.Atoi(y)
	if err != nil || n < minYear || n > maxYear {
		return "", false
	}
	return fmt.Sprintf("%04d", n), true
}

func month(y, m string) (string, bool) {
	yy, ok := year(y)
	mo, err := strconv.Atoi(m)
	if !ok || err != nil || mo < 1 || mo > 12 {
		return "", false
	}
	return fmt.Sprintf("%s-%02d", yy, mo), true
}

func day(y, m, d string) (string, bool) {
	ym, ok := month(y, m)
	dd, err := strconv.Atoi(d)
	if !ok || err != nil || dd < 1 {
		return "", false
	}
	yn, _ := strconv.Atoi(y)
	mn, _ := strconv.Atoi(m)
	// time.Date normalises 31 September to 1 October: such a day does not exist.
	if t := time.Date(yn, time.Month(mn), dd, 12, 0, 0, 0, time.UTC); t.Day() != dd {
		return "", false
	}
	return fmt.Sprintf("%s-%02d", ym, dd), true
}

func validTime(h, m, s string) bool {
	hh, _ := strconv.Atoi(h)
	mm, _ := strconv.Atoi(m)
	ss := 0
	if s != "" {
		ss, _ = strconv.Atoi(s)
	}
	return hh <= 24 && mm <= 59 && ss <= 60
}

// after reports whether the date value a lies after the day of now, by
// its own precision (a year after now's year, …).
func after(value string, now time.Time) bool {
	return value > now.Format("2006-01-02")[:len(value)]
}
