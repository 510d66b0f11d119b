package timex

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

// IsUnit reports whether a lower-case word names a unit of time, in German
// or English, in any form the tagger reads ("tagen", "jahre", "weeks",
// "quarters").
func IsUnit(word string) bool {
	_, de := deUnitWords[word]
	_, en := enUnitWords[word]
	return de || en
}
