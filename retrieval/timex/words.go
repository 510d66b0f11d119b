package timex

import "strings"

// IsMonth reports whether a lower-case word names a month, in German or
// English, in any form the tagger reads as one ("juli", "jänner",
// "märzes", "july"): the one list of month names other packages ask.
func IsMonth(word string) bool { return MonthOf(word) != 0 }

// MonthOf returns the number (1–12) of the month a lower-case word names,
// as IsMonth reads it; 0 for a word that names none.
func MonthOf(word string) int {
	if m, ok := deMonths[word]; ok {
		return m
	}
	return enMonths[word]
}

// IsWeekday reports whether a lower-case word names a day of the week, in
// German or English ("montag", "monday"), a part of the day glued on too
// ("mittwochabend").
func IsWeekday(word string) bool {
	_, en := enWeekdays[word]
	wd, _ := weekdayWord(word) // the German ones, alone or with a part of day
	return en || wd > 0
}

// IsDeictic reports whether a lower-case word names a day by today, in
// German or English ("gestern", "yesterday", "heute", "tonight").
func IsDeictic(word string) bool {
	_, de := deDeictic[word]
	_, en := enDeictic[word]
	return de || en
}

// MonthsOf returns the months (1–12) a date expression's words name ("Ende
// Oktober" is October, though no year resolves it); none for an
// expression of another kind.
func MonthsOf(x Expr) []int {
	if x.Kind != KindDate {
		return nil
	}
	var out []int
	for _, w := range strings.Fields(strings.ToLower(x.Text)) {
		if m := MonthOf(strings.Trim(w, ".,;:()")); m != 0 {
			out = append(out, m)
		}
	}
	return out
}

// IsUnit reports whether a lower-case word names a unit of time, in German
// or English, in any form the tagger reads ("tagen", "jahre", "weeks",
// "quarters").
func IsUnit(word string) bool {
	_, de := deUnitWords[word]
	_, en := enUnitWords[word]
	return de || en
}
