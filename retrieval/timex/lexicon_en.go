package timex

// English word tables. Keys are lower-case.

var enMonths = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// enMonthAbbr are abbreviations, with or without a full stop.
var enMonthAbbr = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var enWeekdays = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

var enSeasons = map[string]string{
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

var enUnitWords = map[string]unitWord{
	"second": {unitSecond, false}, "seconds": {unitSecond, true},
	"minute": {unitMinute, false}, "minutes": {unitMinute, true},
	"hour": {unitHour, false}, "hours": {unitHour, true},
	"day": {unitDay, false}, "days": {unitDay, true},
	"night": {unitNight, false}, "nights": {unitNight, true},
	"week": {unitWeek, false}, "weeks": {unitWeek, true},
	"weekend": {unitWeekend, false}, "weekends": {unitWeekend, true},
	"month": {unitMonth, false}, "months": {unitMonth, true},
	"quarter": {unitQuarter, false}, "quarters": {unitQuarter, true},
	"year": {unitYear, false}, "years": {unitYear, true},
	"decade": {unitDecade, false}, "decades": {unitDecade, true},
	"century": {unitCentury, false}, "centuries": {unitCentury, true},
}

// enPartWords put a mod on what follows: "early 2020", "late September".
var enPartWords = map[string]string{
	"early": "START", "mid": "MID", "late": "END",
}

// enPartNouns are "the end of", "the beginning of", "the middle of".
var enPartNouns = map[string]string{
	"beginning": "START", "start": "START", "middle": "MID", "end": "END",
}

// enShiftWords move a unit from the anchor: "next year", "last week".
var enShiftWords = map[string]shiftWord{
	"this": {0, false}, "current": {0, false}, "same": {0, true},
	"next": {1, false}, "coming": {1, false}, "following": {1, true},
	"last": {-1, false}, "past": {-1, false}, "previous": {-1, true}, "preceding": {-1, true},
}

var enApprox = map[string]string{
	"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
	"nearly": "LESS_THAN", "almost": "LESS_THAN",
	"over": "MORE_THAN",
}

var enPartsOfDay = map[string]string{
	"morning": "MO", "noon": "MI", "midday": "MI", "afternoon": "AF", "evening": "EV", "night": "NI",
}

var enHolidays = map[string]holiday{
	"christmas": {month: 12, day: 25}, "easter": {movable: true}, "halloween": {month: 10, day: 31},
}

var enRefWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
	"soon": "FUTURE_REF", "recently": "PAST_REF", "lately": "PAST_REF",
}

var enDeictic = map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

var enSetAdverbs = map[string]string{
	"hourly": "PT1H", "daily": "P1D", "nightly": "P1NI", "weekly": "P1W", "monthly": "P1M",
	"quarterly": "P1Q", "yearly": "P1Y", "annually": "P1Y",
}

// enLeftMonthContext are the words after which "May" is the month.
var enLeftMonthContext = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true, "to": true, "of": true,
	"early": true, "mid": true, "late": true, "during": true, "through": true, "before": true, "after": true,
	"and": true, "or": true, "/": true, "-": true, "last": true, "next": true, "this": true, "each": true, "every": true,
}
