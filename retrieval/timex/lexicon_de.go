package timex

// German word tables. Keys are lower-case.

var deMonths = map[string]int{
	"januar": 1, "januars": 1, "jänner": 1, "februar": 2, "februars": 2, "feber": 2,
	"märz": 3, "märzes": 3, "maerz": 3, "april": 4, "aprils": 4, "mai": 5, "mais": 5,
	"juni": 6, "junis": 6, "juli": 7, "julis": 7, "august": 8, "augusts": 8,
	"september": 9, "septembers": 9, "oktober": 10, "oktobers": 10,
	"november": 11, "novembers": 11, "dezember": 12, "dezembers": 12,
}

// deMonthAbbr are month abbreviations; they count only with their full stop.
var deMonthAbbr = map[string]int{
	"jan": 1, "feb": 2, "febr": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7,
	"aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}

var deWeekdays = map[string]int{
	"montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5,
	"samstag": 6, "sonnabend": 6, "sonntag": 7,
}

// seasonWord is a season, possibly with a part ("Spätsommer": SU, END).
type seasonWord struct{ season, mod string }

var deSeasons = map[string]seasonWord{
	"frühling": {"SP", ""}, "frühlings": {"SP", ""}, "frühjahr": {"SP", ""}, "frühjahrs": {"SP", ""}, "frühjahres": {"SP", ""},
	"sommer": {"SU", ""}, "sommers": {"SU", ""},
	"herbst": {"FA", ""}, "herbstes": {"FA", ""}, "herbsts": {"FA", ""},
	"winter": {"WI", ""}, "winters": {"WI", ""},
	"spätsommer": {"SU", "END"}, "spätsommers": {"SU", "END"}, "frühsommer": {"SU", "START"}, "frühsommers": {"SU", "START"},
	"hochsommer": {"SU", "MID"}, "hochsommers": {"SU", "MID"},
	"spätherbst": {"FA", "END"}, "spätherbstes": {"FA", "END"}, "frühherbst": {"FA", "START"},
	"spätwinter": {"WI", "END"}, "frühwinter": {"WI", "START"}, "hochwinter": {"WI", "MID"},
	"spätfrühling": {"SP", "END"}, "spätfrühjahr": {"SP", "END"},
}

// unitWord is a unit noun; plural marks the forms that can stand for an
// unknown number of units ("seit Jahren").
type unitWord struct {
	unit   unit
	plural bool
}

var deUnitWords = map[string]unitWord{
	"sekunde": {unitSecond, false}, "sekunden": {unitSecond, true},
	"minute": {unitMinute, false}, "minuten": {unitMinute, true},
	"stunde": {unitHour, false}, "stunden": {unitHour, true},
	"tag": {unitDay, false}, "tages": {unitDay, false}, "tags": {unitDay, false}, "tage": {unitDay, true}, "tagen": {unitDay, true},
	"nacht": {unitNight, false}, "nächte": {unitNight, true}, "nächten": {unitNight, true},
	"woche": {unitWeek, false}, "wochen": {unitWeek, true},
	"wochenende": {unitWeekend, false}, "wochenendes": {unitWeekend, false}, "wochenenden": {unitWeekend, true},
	"monat": {unitMonth, false}, "monats": {unitMonth, false}, "monates": {unitMonth, false}, "monate": {unitMonth, true}, "monaten": {unitMonth, true},
	"quartal": {unitQuarter, false}, "quartals": {unitQuarter, false}, "quartale": {unitQuarter, true}, "quartalen": {unitQuarter, true},
	"halbjahr": {unitHalfYear, false}, "halbjahres": {unitHalfYear, false}, "halbjahrs": {unitHalfYear, false}, "halbjahre": {unitHalfYear, true},
	"jahr": {unitYear, false}, "jahres": {unitYear, false}, "jahrs": {unitYear, false}, "jahre": {unitYear, true}, "jahren": {unitYear, true},
	"jahrzehnt": {unitDecade, false}, "jahrzehnts": {unitDecade, false}, "jahrzehntes": {unitDecade, false}, "jahrzehnte": {unitDecade, true}, "jahrzehnten": {unitDecade, true},
	"jahrhundert": {unitCentury, false}, "jahrhunderts": {unitCentury, false}, "jahrhundertes": {unitCentury, false}, "jahrhunderte": {unitCentury, true}, "jahrhunderten": {unitCentury, true},
}

// deCountedDays are the units of days counted in a calendar, of work or
// not ("in der Regel 5-7 Werktage", "binnen 14 Kalendertagen"): a length
// of time (m.deDurationUnit), but no offset from a day nor a frequency,
// which count every day ("in drei Werktagen" is no date three days on,
// "jeden Werktag" not every day).
var deCountedDays = map[string]unitWord{
	"werktag": {unitDay, false}, "werktages": {unitDay, false}, "werktags": {unitDay, false}, "werktage": {unitDay, true}, "werktagen": {unitDay, true},
	"arbeitstag": {unitDay, false}, "arbeitstages": {unitDay, false}, "arbeitstags": {unitDay, false}, "arbeitstage": {unitDay, true}, "arbeitstagen": {unitDay, true},
	"kalendertag": {unitDay, false}, "kalendertages": {unitDay, false}, "kalendertags": {unitDay, false}, "kalendertage": {unitDay, true}, "kalendertagen": {unitDay, true},
}

// deUnitStems are the stems of duration adjectives: "achttägig",
// "zweimonatige", "anderthalbstündigem".
var deUnitStems = []struct {
	stem string
	unit unit
}{
	{"tägig", unitDay}, {"wöchig", unitWeek}, {"monatig", unitMonth}, {"jährig", unitYear},
	{"stündig", unitHour}, {"minütig", unitMinute}, {"sekündig", unitSecond},
}

// deLongWords are the "-lang" adverbs and adjectives of unknown length:
// "monatelang", "jahrzehntelangen".
var deLongStems = map[string]unit{
	"sekundenlang": unitSecond, "minutenlang": unitMinute, "stundenlang": unitHour,
	"tagelang": unitDay, "nächtelang": unitNight, "wochenlang": unitWeek, "monatelang": unitMonth,
	"jahrelang": unitYear, "jahrzehntelang": unitDecade, "jahrhundertelang": unitCentury,
}

// dePartWords put a mod on the expression after them: "Ende September".
var dePartWords = map[string]string{
	"anfang": "START", "beginn": "START", "anfangs": "START",
	"mitte": "MID",
	"ende":  "END", "ausgang": "END",
}

// deEarlyLate are the adjectives "frühen" and "späten" before a season,
// part of day or decade.
var deEarlyLate = map[string]string{
	"frühen": "START", "frühe": "START",
	"späten": "END", "späte": "END",
}

// deYearParts are the compounds of "Jahr" with a part word: "Jahresende".
var deYearParts = map[string]string{
	"jahresanfang": "START", "jahresbeginn": "START", "jahresmitte": "MID", "jahresende": "END",
	"jahresanfangs": "START", "jahresbeginns": "START", "jahresendes": "END",
}

// deShiftWords move a unit: "nächsten Jahres" is the anchor's year plus one.
// back marks the words that point back at a told date ("selben"), which in
// news still need a date of the text.
type shiftWord struct {
	shift int
	back  bool
}

// anchorOf is the anchor kind of an expression with a shift word.
func (w shiftWord) anchorOf() anchorKind {
	if w.back {
		return anchorBack
	}
	return anchorNow
}

var deShiftWords = map[string]shiftWord{
	"selben": {0, true}, "selbe": {0, true}, "selber": {0, true}, "selbigen": {0, true},
	"gleichen": {0, true}, "gleiche": {0, true}, "desselben": {0, true}, "derselben": {0, true}, "demselben": {0, true},
	"dieses": {0, false}, "diesen": {0, false}, "diesem": {0, false}, "dieser": {0, false}, "diese": {0, false},
	"laufenden": {0, false}, "laufende": {0, false}, "aktuellen": {0, false},
	"folgenden": {1, true}, "folgende": {1, true}, "darauffolgenden": {1, true}, "darauffolgende": {1, true},
	"anschließenden": {1, true}, "nachfolgenden": {1, true},
	"nächsten": {1, false}, "nächste": {1, false}, "nächster": {1, false}, "nächstes": {1, false},
	"kommenden": {1, false}, "kommende": {1, false}, "kommender": {1, false}, "kommendes": {1, false},
	"vorigen": {-1, false}, "vorige": {-1, false}, "voriger": {-1, false}, "voriges": {-1, false},
	"vergangenen": {-1, false}, "vergangene": {-1, false}, "vergangener": {-1, false}, "vergangenes": {-1, false},
	"letzten": {-1, false}, "letzte": {-1, false}, "letzter": {-1, false}, "letztes": {-1, false},
	"vorangegangenen": {-1, true}, "vorausgegangenen": {-1, true}, "vorherigen": {-1, true},
	"neuen": {1, false},
}

// deCompoundShifts are one-word relative units: "Vorjahr", "Folgetag".
var deCompoundShifts = map[string]struct {
	unit  unit
	shift int
	back  bool
}{
	"vorjahr": {unitYear, -1, false}, "vorjahres": {unitYear, -1, false}, "vorjahrs": {unitYear, -1, false},
	"folgejahr": {unitYear, 1, true}, "folgejahres": {unitYear, 1, true}, "folgejahrs": {unitYear, 1, true},
	"vormonat": {unitMonth, -1, false}, "vormonats": {unitMonth, -1, false},
	"folgemonat": {unitMonth, 1, true}, "folgemonats": {unitMonth, 1, true},
	"vorwoche": {unitWeek, -1, false}, "folgewoche": {unitWeek, 1, true},
	"vortag": {unitDay, -1, true}, "vortages": {unitDay, -1, true}, "folgetag": {unitDay, 1, true}, "folgetages": {unitDay, 1, true},
}

// deApprox are the words before a value or duration that set its mod.
var deApprox = map[string]string{
	"etwa": "APPROX", "ungefähr": "APPROX", "circa": "APPROX", "zirka": "APPROX",
	"rund": "APPROX", "knapp": "APPROX", "annähernd": "APPROX",
	"fast": "LESS_THAN", "beinahe": "LESS_THAN", "nahezu": "LESS_THAN",
	"mindestens": "EQUAL_OR_MORE", "wenigstens": "EQUAL_OR_MORE",
	"höchstens": "EQUAL_OR_LESS", "maximal": "EQUAL_OR_LESS",
	"über": "MORE_THAN",
}

// dePartsOfDay map to the TIMEX part-of-day codes.
var dePartsOfDay = map[string]string{
	"morgen": "MO", "morgens": "MO", "vormittag": "MO", "vormittags": "MO", "morgenstunden": "MO",
	"vormittagsstunden": "MO", "morgengrauen": "MO", "tagesanbruch": "MO", "morgendämmerung": "MO", "früh": "MO",
	"mittag": "MI", "mittags": "MI", "mittagsstunden": "MI",
	"nachmittag": "AF", "nachmittags": "AF", "nachmittagsstunden": "AF",
	"abend": "EV", "abends": "EV", "abendstunden": "EV", "abenddämmerung": "EV",
	"nacht": "NI", "nachts": "NI", "nachtstunden": "NI",
}

// dePodAlone are part-of-day words that name a part of a day on their own,
// without an article or date ("bis in die Abendstunden", "nachts").
var dePodAlone = map[string]bool{
	"morgenstunden": true, "vormittagsstunden": true, "mittagsstunden": true,
	"nachmittagsstunden": true, "abendstunden": true, "nachtstunden": true, "nachts": true,
	"morgengrauen": true, "tagesanbruch": true,
}

// holiday is a fixed feast (month, day) or a movable one (days from Easter).
type holiday struct {
	month, day   int
	easterOffset int
	movable      bool
}

var deHolidays = map[string]holiday{
	"neujahr": {month: 1, day: 1}, "neujahrstag": {month: 1, day: 1}, "neujahrstages": {month: 1, day: 1},
	"dreikönigstag": {month: 1, day: 6}, "valentinstag": {month: 2, day: 14},
	"maifeiertag": {month: 5, day: 1}, "reformationstag": {month: 10, day: 31},
	"allerheiligen": {month: 11, day: 1}, "heiligabend": {month: 12, day: 24}, "heiligabends": {month: 12, day: 24},
	"weihnachten": {month: 12, day: 25}, "weihnachtstag": {month: 12, day: 25},
	"silvester": {month: 12, day: 31}, "silvesterabend": {month: 12, day: 31},
	"ostern": {movable: true}, "ostersonntag": {movable: true}, "ostermontag": {easterOffset: 1, movable: true},
	"karfreitag": {easterOffset: -2, movable: true}, "gründonnerstag": {easterOffset: -3, movable: true},
	"pfingsten": {easterOffset: 49, movable: true}, "pfingstsonntag": {easterOffset: 49, movable: true},
	"pfingstmontag": {easterOffset: 50, movable: true}, "fronleichnam": {easterOffset: 60, movable: true},
	"rosenmontag": {easterOffset: -48, movable: true}, "aschermittwoch": {easterOffset: -46, movable: true},
}

// deRefWords are single words with a fixed *_REF value.
var deRefWords = map[string]string{
	"jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF", "heutzutage": "PRESENT_REF",
	"zurzeit": "PRESENT_REF", "momentan": "PRESENT_REF",
	"bald": "FUTURE_REF", "demnächst": "FUTURE_REF",
	"folgezeit": "FUTURE_REF", "baldmöglichst": "FUTURE_REF",
	"kürzlich": "PAST_REF", "jüngst": "PAST_REF", "neulich": "PAST_REF", "unlängst": "PAST_REF",
}

// deDeictic are the words for days around the anchor.
var deDeictic = map[string]int{
	"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2,
}

// deSetAdverbs are "every unit" adverbs.
var deSetAdverbs = map[string]string{
	"stündlich": "PT1H", "täglich": "P1D", "tagtäglich": "P1D", "allnächtlich": "P1NI", "wöchentlich": "P1W",
	"monatlich": "P1M", "vierteljährlich": "P1Q", "halbjährlich": "P6M", "jährlich": "P1Y", "alljährlich": "P1Y",
}

// deLeftMonthContext are the words after which a bare month name is a
// month ("im Mai"), as opposed to a name ("Karl Mai").
var deLeftMonthContext = map[string]bool{
	"im": true, "in": true, "seit": true, "bis": true, "ab": true, "vom": true, "von": true, "zum": true,
	"und": true, "oder": true, "bzw": true, "/": true, "-": true, "(": true, ",": true, "des": true, "dem": true, "den": true,
	"monat": true, "monats": true, "zwischen": true, "noch": true, "bereits": true, "schon": true, "erst": true,
	"spätestens": true, "frühestens": true, "nach": true, "vor": true, "gegen": true, "um": true, "jeden": true,
	"diesen": true, "dieses": true, "letzten": true, "nächsten": true, "vergangenen": true, "kommenden": true,
	"anfang": true, "mitte": true, "ende": true, "beginn": true, "über": true, "während": true, "am": true,
	"ganzen": true, "gesamten": true, "zu": true,
}
