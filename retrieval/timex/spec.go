package timex

import (
	"fmt"
	"strconv"
)

// unit is a calendar or clock unit, for durations and for moving an anchor.
type unit uint8

const (
	unitNone unit = iota
	unitSecond
	unitMinute
	unitHour
	unitDay
	unitNight
	unitWeekend
	unitWeek
	unitMonth
	unitQuarter
	unitHalfYear
	unitYear
	unitDecade
	unitCentury
)

// quantity is how many units a duration spans: a whole number plus quarters
// ("anderthalb" is 1 and 2 quarters), or unknown ("einige Tage").
type quantity struct {
	n        int
	quarters int
	unknown  bool
}

// durationValue writes a TIMEX duration: P3Y, P1Y6M, PT30M, PXD.
func durationValue(q quantity, u unit) string {
	if q.unknown {
		switch u {
		case unitSecond:
			return "PTXS"
		case unitMinute:
			return "PTXM"
		case unitHour:
			return "PTXH"
		}
		return "PX" + unitLetter(u)
	}
	n, quarters := q.n, q.quarters
	switch u {
	case unitHour:
		if quarters == 0 && n > 0 && n%24 == 0 {
			return fmt.Sprintf("P%dD", n/24)
		}
		return clockDuration(n, quarters*15, "H", "M")
	case unitMinute:
		return clockDuration(n, quarters*15, "M", "S")
	case unitSecond:
		return fmt.Sprintf("PT%dS", n)
	case unitYear:
		return calendarDuration(n, "Y", quarters*3, "M")
	case unitMonth:
		return calendarDuration(n, "M", quarters*7, "D")
	case unitWeek:
		return calendarDuration(n, "W", quarters*7/4, "D")
	case unitDay:
		if quarters > 0 {
			return fmt.Sprintf("P%s%s", nonZero(n, "D"), fmt.Sprintf("T%dH", quarters*6))
		}
		return fmt.Sprintf("P%dD", n)
	case unitDecade:
		return calendarDuration(n, "DE", quarters*10/4, "Y")
	case unitCentury:
		if n == 0 && quarters == 2 {
			return "P5DE"
		}
		return calendarDuration(n, "CE", quarters*25, "Y")
	}
	return fmt.Sprintf("P%d%s", n, unitLetter(u))
}

func clockDuration(n, sub int, big, small string) string {
	return "PT" + nonZero(n, big) + nonZero(sub, small)
}

func calendarDuration(n int, big string, sub int, small string) string {
	s := "P" + nonZero(n, big) + nonZero(sub, small)
	if s == "P" {
		return "P0" + big
	}
	return s
}

func nonZero(n int, letter string) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n) + letter
}

func unitLetter(u unit) string {
	switch u {
	case unitSecond:
		return "S"
	case unitMinute, unitMonth:
		return "M"
	case unitHour:
		return "H"
	case unitDay:
		return "D"
	case unitNight:
		return "NI"
	case unitWeekend:
		return "WE"
	case unitWeek:
		return "W"
	case unitQuarter:
		return "Q"
	case unitHalfYear:
		return "H"
	case unitYear:
		return "Y"
	case unitDecade:
		return "DE"
	case unitCentury:
		return "CE"
	}
	return ""
}

// dateSpec is what a rule read of a calendar expression: the fields the text
// states, and how to take the rest from the anchor.
type dateSpec struct {
	// year is signed (-490 for 490 BC) and valid when hasYear.
	year    int
	hasYear bool
	// twoDigit marks a year written with two digits ("1.9.39"): the century
	// comes from the anchor. eraGiven marks a year with "v. Chr." or similar;
	// a year of up to three digits without one takes the era of the anchor.
	twoDigit, eraGiven bool
	// eraFromAnchor marks a decade written with three digits ("460er"),
	// which lies before Christ when the anchor does.
	eraFromAnchor bool
	month, day    int

	// century is zero-based (19 for the 20th century), decade the year
	// divided by ten (193); set when hasCentury or hasDecade.
	century, decade       int
	hasCentury, hasDecade bool
	bc                    bool // for centuries and decades

	season  string // SP, SU, FA, WI
	half    int    // 1 or 2: half-year
	quarter int    // 1 to 4
	week    int    // ISO week number, when stated
	weekend bool   // the weekend of the week

	// easterOffset places a movable feast relative to Easter Sunday.
	easterOffset int
	movable      bool

	weekday int // 1 Monday … 7 Sunday
	// weekdayDir picks the weekday's date: -1 the last one before the
	// anchor, +1 the next one, 0 by the tense of the sentence.
	weekdayDir int

	pod            string // part of day: MO, MI, AF, EV, NI
	hour, minute   int
	hasTime        bool
	timezone       string // "+01"
	midnightAtNext bool   // "Mitternacht": 24:00 of the anchor day

	// ref, when set, makes the value the anchor at that unit's precision,
	// moved by shift units ("zwei Tage später": unitDay, 2). The stated
	// fields above then refine it ("August desselben Jahres").
	ref   unit
	shift int
	// newYear marks "des neuen Jahres": the next year late in a year, but
	// the current one in its first months.
	newYear bool
}

// spec is a matched expression before anchoring.
type spec struct {
	kind Kind
	date dateSpec
	// value is fixed for durations, sets and the *_REF values.
	value string
	mod   string
	// anchor says what a relative expression counts from in news.
	anchor anchorKind
	// onlyBC keeps a bare three-digit year ("Um 449") only where the story
	// is set before Christ.
	onlyBC bool
	// fallback, when set, stands in for a date that finds no anchor: "nach
	// 77 Tagen" is then the duration "77 Tagen".
	fallback *fallback
	// narrativeValue replaces the value in narrative text: "heute" is the
	// publication day in news but the present (PRESENT_REF) in a history.
	narrativeValue string
}

// anchorKind says what a relative expression counts from in news; in
// narrative text all count from the dates told.
type anchorKind uint8

const (
	// anchorNow takes the publication date: "nächsten Jahres", "am Montag".
	anchorNow anchorKind = iota
	// anchorStory takes the last date told, or the publication date if the
	// text told none: "Ende des Monats", "um 15 Uhr".
	anchorStory
	// anchorBack takes only a date told before: "am selben Tag", "zwei
	// Tage später" have no meaning without one.
	anchorBack
)

// candidate is a match over tokens [start, end).
type candidate struct {
	start, end int
	spec       spec
}

// fallback is the duration a relative date falls back to, from token start.
type fallback struct {
	start int
	value string
}
