package timex

import (
	"strings"
	"testing"
)

// want is one expected expression: its text and value, and the flags that
// matter for the case.
type want struct {
	text, value, mod string
	kind             Kind
	deadline, since  bool
	relative         bool
	unresolved       bool
}

type tagCase struct {
	name      string
	text      string
	anchor    string
	narrative bool
	lang      string
	want      []want
}

func runTagCases(t *testing.T, cases []tagCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Tag(tc.text, Options{Anchor: tc.anchor, Narrative: tc.narrative, Lang: tc.lang})
			if len(got) != len(tc.want) {
				t.Fatalf("Tag(%q) found %d expressions, want %d:\n%s", tc.text, len(got), len(tc.want), describe(got))
			}
			for k, w := range tc.want {
				e := got[k]
				if e.Text != w.text || e.Value != w.value || e.Mod != w.mod {
					t.Errorf("expression %d = %q %q %q, want %q %q %q", k, e.Text, e.Value, e.Mod, w.text, w.value, w.mod)
				}
				if w.kind != "" && e.Kind != w.kind {
					t.Errorf("%q: kind %q, want %q", e.Text, e.Kind, w.kind)
				}
				if e.Deadline != w.deadline || e.Since != w.since {
					t.Errorf("%q: deadline %v since %v, want %v %v", e.Text, e.Deadline, e.Since, w.deadline, w.since)
				}
				if e.Unresolved != w.unresolved {
					t.Errorf("%q: unresolved %v, want %v", e.Text, e.Unresolved, w.unresolved)
				}
				if w.relative && !e.Relative {
					t.Errorf("%q: not marked relative", e.Text)
				}
			}
		})
	}
}

func describe(es []Expr) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString("  " + e.Text + " → " + e.Value + " " + e.Mod + "\n")
	}
	return b.String()
}

// The cases the issue names, with the anchors of the default corpus.
func TestTagIssueExamples(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "numeric date in a sentence", text: "Die Verordnung vom 12.06.2020 gilt weiter.", anchor: "2020-06-12",
			want: []want{{text: "12.06.2020", value: "2020-06-12", kind: KindDate}}},
		{name: "day and month", text: "Die Schulen öffnen am 3. Januar wieder.", anchor: "2020-01",
			want: []want{{text: "3. Januar", value: "2020-01-03", relative: true}}},
		{name: "weekday and date", text: "Das Fest beginnt am Freitag, 27. September, um zehn.", anchor: "2024-09",
			want: []want{{text: "Freitag, 27. September", value: "2024-09-27", relative: true}}},
		{name: "month and year", text: "Im Dezember 2021 wurde gebaut.", anchor: "2024",
			want: []want{{text: "Dezember 2021", value: "2021-12"}}},
		{name: "vor a day is left to the timeline", text: "Bewirb Dich vor dem 23. November 2025 als Mitglied.",
			want: []want{{text: "23. November 2025", value: "2025-11-23"}}},
		{name: "vor a year is none", text: "Vor 2019 war die Seite statisch.",
			want: []want{{text: "2019", value: "2019"}}},
		{name: "deadline with end of month", text: "Die Anlage muss spätestens bis Ende September 2025 schließen.", anchor: "2024-09",
			want: []want{{text: "Ende September 2025", value: "2025-09", mod: "END", deadline: true}}},
		{name: "deadline next year", text: "Die Arbeiten dauern bis Ende September nächsten Jahres.", anchor: "2024-09",
			want: []want{{text: "Ende September nächsten Jahres", value: "2025-09", mod: "END", deadline: true, relative: true}}},
		{name: "since last year", text: "Seit Oktober vergangenen Jahres ruht der Betrieb.", anchor: "2024",
			want: []want{{text: "Oktober vergangenen Jahres", value: "2023-10", since: true, relative: true}}},
		{name: "start and middle", text: "Anfang 2020 und Mitte März", anchor: "2020-01",
			want: []want{{text: "Anfang 2020", value: "2020", mod: "START"}, {text: "Mitte März", value: "2020-03", mod: "MID", relative: true}}},
		{name: "season", text: "Im Winter 2023 fror der See zu.", want: []want{{text: "Winter 2023", value: "2023-WI"}}},
		{name: "since a year", text: "Seit 2015 steigen die Preise.", want: []want{{text: "2015", value: "2015", since: true}}},
		{name: "next year genitive", text: "Die Wahl ist Anfang nächsten Jahres.", anchor: "2020-06-12",
			want: []want{{text: "Anfang nächsten Jahres", value: "2021", mod: "START", relative: true}}},
		{name: "next year alone", text: "Der Bau soll im Sommer nächsten Jahres beginnen, die Planung nächsten Jahres.", anchor: "2020-06-12",
			want: []want{{text: "Sommer nächsten Jahres", value: "2021-SU", relative: true}, {text: "nächsten Jahres", value: "2021", relative: true}}},
		{name: "deadline after the preposition", text: "Der Antrag muss bis spätestens 30. Juni 2024 gestellt sein.",
			want: []want{{text: "30. Juni 2024", value: "2024-06-30", deadline: true}}},
		{name: "bare year", text: "2019 war ein gutes Jahr.", want: []want{{text: "2019", value: "2019"}}},
		// A chronicle's years of three digits.
		{name: "three digits opening a sentence", text: "Der Bischof zog nach Trier. 412 wurde er Abt des Klosters.", want: []want{{text: "412", value: "0412"}}},
		{name: "three digits after a death", text: "Nach ihrem Tod 734 fiel das Land an den Neffen.", want: []want{{text: "734", value: "0734"}}},
		{name: "century", text: "Kriege des 20. Jahrhunderts", want: []want{{text: "20. Jahrhunderts", value: "19"}}},
		{name: "decade", text: "in den 1990er Jahren", want: []want{{text: "den 1990er Jahren", value: "199"}}},
		{name: "range", text: "Gebaut wird zwischen September 2025 und September 2026.",
			want: []want{{text: "September 2025", value: "2025-09"}, {text: "September 2026", value: "2026-09"}}},
	})
}

func TestTagRanges(t *testing.T) {
	for _, text := range []string{
		"Gebaut wird zwischen September 2025 und September 2026.",
		"Der Krieg dauerte von 1939 bis 1945.",
		"Der Krieg dauerte 1939–1945.",
	} {
		got := Tag(text, Options{})
		if len(got) != 2 || got[0].RangeWith != 1 || got[1].RangeWith != 0 {
			t.Errorf("Tag(%q) = %s, want a range of two ends", text, describe(got))
		}
		if len(got) == 2 && got[1].Deadline {
			t.Errorf("Tag(%q): the end of a range is no deadline", text)
		}
	}
	got := Tag("Im März und im April wurde gebaut.", Options{Anchor: "2024"})
	for _, e := range got {
		if e.RangeWith != -1 {
			t.Errorf("%q is no end of a range", e.Text)
		}
	}
}

// Relative expressions take the publication date in news.
func TestTagNewsAnchors(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "month, future", text: "Der Rat wird im Januar entscheiden.", anchor: "2024-09",
			want: []want{{text: "Januar", value: "2025-01", relative: true}}},
		{name: "month, past", text: "Der Rat hatte im Januar entschieden.", anchor: "2024-09",
			want: []want{{text: "Januar", value: "2024-01", relative: true}}},
		{name: "weekday, past", text: "Die Sitzung war am Montag.", anchor: "2024-09-18",
			want: []want{{text: "Montag", value: "2024-09-16", relative: true}}},
		{name: "weekday, future", text: "Die Sitzung wird am Freitag sein.", anchor: "2024-09-18",
			want: []want{{text: "Freitag", value: "2024-09-20", relative: true}}},
		{name: "weekday, same day", text: "Am Mittwoch tagte der Rat.", anchor: "2024-09-18",
			want: []want{{text: "Mittwoch", value: "2024-09-18", relative: true}}},
		{name: "last weekday", text: "Letzten Freitag schloss die Fabrik.", anchor: "2024-09-18",
			want: []want{{text: "Letzten Freitag", value: "2024-09-13", relative: true}}},
		{name: "last week", text: "Letzte Woche schloss die Fabrik.", anchor: "2024-09-18",
			want: []want{{text: "Letzte Woche", value: "2024-W37", relative: true}}},
		{name: "weeks ago", text: "Vor zwei Wochen schloss die Fabrik.", anchor: "2024-09-18",
			want: []want{{text: "Vor zwei Wochen", value: "2024-W36", relative: true}}},
		{name: "in days", text: "In drei Tagen öffnet sie wieder.", anchor: "2024-09-18",
			want: []want{{text: "In drei Tagen", value: "2024-09-21", relative: true}}},
		{name: "yesterday evening", text: "Gestern Abend brannte es.", anchor: "2024-09-18",
			want: []want{{text: "Gestern Abend", value: "2024-09-17TEV", kind: KindTime, relative: true}}},
		{name: "today in news", text: "Heute tagt der Rat.", anchor: "2024-09-18",
			want: []want{{text: "Heute", value: "2024-09-18", relative: true}}},
		{name: "tomorrow", text: "Der Rat tagt morgen.", anchor: "2024-09-18",
			want: []want{{text: "morgen", value: "2024-09-19", relative: true}}},
		{name: "the morning of a told day", text: "Der Rat tagt morgen. Am Morgen regnet es.", anchor: "2024-09-18",
			want: []want{{text: "morgen", value: "2024-09-19", relative: true}, {text: "Morgen", value: "2024-09-19TMO", kind: KindTime}}},
		{name: "the morning of the publication day", text: "Am Morgen regnete es.", anchor: "2024-09-18",
			want: []want{{text: "Morgen", value: "2024-09-18TMO", kind: KindTime, relative: true}}},
		{name: "end of the month", text: "Bis Ende des Monats wird entschieden.", anchor: "2024-09-18",
			want: []want{{text: "Ende des Monats", value: "2024-09", mod: "END", deadline: true, relative: true}}},
		{name: "end of the month of the story", text: "Im März 2019 begann der Bau. Ende des Monats stand das Dach.", anchor: "2024-09-18",
			want: []want{{text: "März 2019", value: "2019-03"}, {text: "Ende des Monats", value: "2019-03", mod: "END", relative: true}}},
		{name: "two-digit year", text: "Am 1.9.39 begann der Krieg.", anchor: "1939",
			want: []want{{text: "1.9.39", value: "1939-09-01", relative: true}}},
		{name: "calendar week", text: "In der KW 26 wird gebaut.", anchor: "2024-03",
			want: []want{{text: "KW 26", value: "2024-W26", relative: true}}},
		{name: "quarter", text: "Im dritten Quartal 2020 stieg der Umsatz.",
			want: []want{{text: "dritten Quartal 2020", value: "2020-Q3"}}},
		{name: "holiday", text: "Ostern 2024 fiel früh.", want: []want{{text: "Ostern 2024", value: "2024-03-31"}}},
	})
}

// A relative expression with no anchor, or one too coarse, is never
// guessed.
func TestTagUnresolved(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "weekday, year anchor", text: "Die Sitzung war am Montag.", anchor: "2024",
			want: []want{{text: "Montag", unresolved: true, relative: true}}},
		{name: "weekday, no anchor", text: "Die Sitzung war am Montag.",
			want: []want{{text: "Montag", unresolved: true, relative: true}}},
		{name: "month, no anchor", text: "Im Januar wird gewählt.",
			want: []want{{text: "Januar", unresolved: true, relative: true}}},
		{name: "morning with no anchor", text: "Am Morgen regnete es.",
			want: []want{{text: "Morgen", kind: KindTime, unresolved: true, relative: true}}},
		{name: "same day with nothing told", text: "Am selben Tag trat er zurück.", anchor: "2024-09-18",
			want: []want{{text: "Am selben Tag", unresolved: true, relative: true}}},
		{name: "last week, month anchor", text: "Letzte Woche schloss die Fabrik.", anchor: "2024-09",
			want: []want{{text: "Letzte Woche", unresolved: true, relative: true}}},
		{name: "deadline kept when unresolved", text: "Bis Ende März muss es fertig sein.",
			want: []want{{text: "Ende März", mod: "END", deadline: true, unresolved: true, relative: true}}},
	})
}

// Words that only look like dates are none.
func TestTagNotDates(t *testing.T) {
	for _, text := range []string{
		"Die Sitzung dauerte lange.",
		"Karl Mai sagte nichts.",
		"Die Mai-Kundgebung fiel aus.",
		"Die Armee griff mit 1500 Panzern an.",
		"Rund 2000 Menschen demonstrierten.",
		"Er wurde von 1200 auf 1800 Euro erhöht.",
		"Er ist 45 Jahre alt.",
		"Eines Tages kam er wieder.",
		"Das Spiel endete 3:1.",
		"Abschnitt 3.27. regelt das.",
		"Er zahlte 13.000 Euro.",
		"300 wurden gefangen genommen.",            // a plural verb: a count
		"Der Flug Nr. 370 wurde nie gefunden.",     // after an abbreviation
		"Er schrieb bis zu seinem Tod 120 Romane.", // a count before a noun
		"Sie wog bei der Geburt 850 Gramm.",
		"CVE-2017-16944 erlaubt einen Absturz.", // an identifier's number
	} {
		if got := Tag(text, Options{Anchor: "2024-09-18"}); len(got) != 0 {
			t.Errorf("Tag(%q) = %s, want nothing", text, describe(got))
		}
	}
	for _, text := range []string{
		"CVE-2017-16943 A use-after-free vulnerability was discovered in Exim.",
		"It fixes cve-2014-0160 in OpenSSL.",
		"It fixes cve-2013-2014 in curl.",         // the identifier's last number
		"Exim is affected by CVE-2016-1531 only.", // the same
	} {
		if got := Tag(text, Options{Anchor: "2024-09-18", Lang: "en"}); len(got) != 0 {
			t.Errorf("Tag(%q) = %s, want nothing", text, describe(got))
		}
	}
}

// The value kinds of the TIMEX conventions.
func TestTagValueKinds(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "before Christ", text: "Um das Jahr 500 v. Chr. und 490 v. Chr.", narrative: true,
			want: []want{{text: "Um das Jahr 500 v. Chr.", value: "BC0500", mod: "APPROX"}, {text: "490 v. Chr.", value: "BC0490"}}},
		{name: "era of a range", text: "Die Schlacht (264–260 v. Chr.) war lang.", narrative: true,
			want: []want{{text: "264", value: "BC0264"}, {text: "260 v. Chr.", value: "BC0260"}}},
		{name: "century before Christ", text: "Ende des 6. Jahrhunderts v. Chr.", narrative: true,
			want: []want{{text: "Ende des 6. Jahrhunderts v. Chr.", value: "BC05", mod: "END"}}},
		{name: "half-year", text: "Im Jahr 1863 … im 1. Halbjahr", narrative: true,
			want: []want{{text: "Jahr 1863", value: "1863"}, {text: "1. Halbjahr", value: "1863-H1", relative: true}}},
		{name: "time of a told day", text: "Am 22. Juni 1941 um 4 Uhr begann der Angriff.", narrative: true,
			want: []want{{text: "22. Juni 1941", value: "1941-06-22"}, {text: "4 Uhr", value: "1941-06-22T04:00", kind: KindTime, relative: true}}},
		{name: "time zone", text: "Am 8. Mai 1945 um 23:00 Uhr mitteleuropäischer Zeit trat sie in Kraft.", narrative: true,
			want: []want{{text: "8. Mai 1945", value: "1945-05-08"}, {text: "23:00 Uhr mitteleuropäischer Zeit", value: "1945-05-08T23:00+01", kind: KindTime, relative: true}}},
		{name: "part of day", text: "am Morgen des 22. Juni 1941", narrative: true,
			want: []want{{text: "Morgen des 22. Juni 1941", value: "1941-06-22TMO", kind: KindTime}}},
		{name: "durations", text: "drei Jahre, mehr als drei Tagen, einige Tage, anderthalb Jahre, einer halben Stunde, 48 Stunden",
			want: []want{
				{text: "drei Jahre", value: "P3Y", kind: KindDuration}, {text: "mehr als drei Tagen", value: "P3D", mod: "MORE_THAN"},
				{text: "einige Tage", value: "PXD"}, {text: "anderthalb Jahre", value: "P1Y6M"},
				{text: "einer halben Stunde", value: "PT30M"}, {text: "48 Stunden", value: "P2D"},
			}},
		{name: "working days", text: "dauert in der Regel 5-7 Werktage, binnen drei Arbeitstagen, nach 14 Kalendertagen",
			want: []want{
				{text: "5", value: "P5D", kind: KindDuration}, {text: "7 Werktage", value: "P7D", kind: KindDuration},
				{text: "drei Arbeitstagen", value: "P3D", kind: KindDuration}, {text: "14 Kalendertagen", value: "P14D", kind: KindDuration},
			}},
		{name: "working days are no offset or frequency", text: "Die Antwort kommt in drei Werktagen. Wir arbeiten jeden Werktag.", anchor: "2024-09-13",
			want: []want{{text: "drei Werktagen", value: "P3D", kind: KindDuration}}},
		{name: "duration mods", text: "fast einen Monat, etwa eine Woche, höchstens zwei Jahre",
			want: []want{{text: "fast einen Monat", value: "P1M", mod: "LESS_THAN"}, {text: "etwa eine Woche", value: "P1W", mod: "APPROX"},
				{text: "höchstens zwei Jahre", value: "P2Y", mod: "EQUAL_OR_LESS"}}},
		{name: "duration adjectives", text: "nach achttägiger und zweimonatiger Belagerung, jahrzehntelang",
			want: []want{{text: "achttägiger", value: "P8D"}, {text: "zweimonatiger", value: "P2M"}, {text: "jahrzehntelang", value: "PXDE"}}},
		{name: "present in a history", text: "Die Stadt heißt heute anders.", narrative: true,
			want: []want{{text: "heute", value: "PRESENT_REF", kind: KindRef}}},
		{name: "refs", text: "Bald kam es zum Krieg. Kürzlich war er noch hier.",
			want: []want{{text: "Bald", value: "FUTURE_REF", kind: KindRef}, {text: "Kürzlich", value: "PAST_REF", kind: KindRef}}},
		{name: "sets", text: "Der Zug fährt täglich und jeden Montag.",
			want: []want{{text: "täglich", value: "P1D", kind: KindSet}, {text: "jeden Montag", value: "XXXX-WXX-1", kind: KindSet}}},
		{name: "every second weekday", text: "Der Chor probt jeden zweiten Donnerstag, die Wahl ist jedes vierte Jahr.",
			want: []want{{text: "jeden zweiten Donnerstag", value: "XXXX-WXX-4", kind: KindSet}, {text: "jedes vierte Jahr", value: "P4Y", kind: KindSet}}},
		{name: "every second weekday, English", text: "The choir rehearses every second Thursday and votes every third year.", lang: "en",
			want: []want{{text: "every second Thursday", value: "XXXX-WXX-4", kind: KindSet}, {text: "every third year", value: "P3Y", kind: KindSet}}},
		{name: "every second alone", text: "Every second counts.", lang: "en",
			want: []want{{text: "Every second", value: "PT1S", kind: KindSet}}},
	})
}

// Narrative text anchors to the most recent date it told.
func TestTagNarrative(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "days later", text: "Am 1. September 1939 begann der Krieg. Zwei Tage später erklärten die Briten den Krieg.", narrative: true,
			want: []want{{text: "1. September 1939", value: "1939-09-01"}, {text: "Zwei Tage später", value: "1939-09-03", relative: true}}},
		{name: "same day and month", text: "Am 10. Mai 1940 griff die Wehrmacht an. Am selben Tag trat er zurück. Im Juni fiel Paris.", narrative: true,
			want: []want{{text: "10. Mai 1940", value: "1940-05-10"}, {text: "Am selben Tag", value: "1940-05-10"}, {text: "Juni", value: "1940-06"}}},
		{name: "bare day borrows from the next date", text: "Am 8. und 9. Mai 1945 wurde gekämpft.", narrative: true,
			want: []want{{text: "8.", value: "1945-05-08"}, {text: "9. Mai 1945", value: "1945-05-09"}}},
		{name: "side mention does not move the story", text: "Am 3. Juli 1944 begann es. Seit 1856 galt das Recht. Am 5. August siegten sie.", narrative: true,
			want: []want{{text: "3. Juli 1944", value: "1944-07-03"}, {text: "1856", value: "1856", since: true}, {text: "5. August", value: "1944-08-05"}}},
		{name: "look back does not move the story", text: "Im Jahr 1863 kam es zum Patt. Im letzten Jahr war es anders. Im Oktober griffen sie an.", narrative: true,
			want: []want{{text: "Jahr 1863", value: "1863"}, {text: "letzten Jahr", value: "1862"}, {text: "Oktober", value: "1863-10"}}},
		{name: "no day to count from", text: "Im März 1864 zogen sie los. Drei Wochen später kamen sie an.", narrative: true,
			want: []want{{text: "März 1864", value: "1864-03"}, {text: "Drei Wochen später", unresolved: true, relative: true}}},
		{name: "unanchored days after become a duration", text: "Nach 77 Tagen Belagerung fiel die Stadt.", narrative: true,
			want: []want{{text: "77 Tagen", value: "P77D", kind: KindDuration}}},
	})
}

func TestTagEnglish(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "US date with deadline", text: "The plant must close by September 30, 2025.", lang: "en",
			want: []want{{text: "September 30, 2025", value: "2025-09-30", deadline: true}}},
		{name: "no later than", text: "Applications are due no later than 12 June 2020.", lang: "en",
			want: []want{{text: "12 June 2020", value: "2020-06-12", deadline: true}}},
		{name: "end of month", text: "Work runs until the end of September 2025.", lang: "en",
			want: []want{{text: "the end of September 2025", value: "2025-09", mod: "END", deadline: true}}},
		{name: "deadline after a hedge", text: "The bridge stays closed until around March 2031.", lang: "en",
			want: []want{{text: "March 2031", value: "2031-03", deadline: true}}},
		{name: "deadline at a hedged bare year", text: "The ferry ran until around 1987.", lang: "en",
			want: []want{{text: "around 1987", value: "1987", mod: "APPROX", deadline: true}}},
		{name: "hedged year after in", text: "The mill was built in about 1840 by the river.", lang: "en",
			want: []want{{text: "about 1840", value: "1840", mod: "APPROX"}}},
		{name: "hedged count after a preposition", text: "They lost by about 1500 votes.", lang: "en", want: nil},
		{name: "hedged count before its noun", text: "The charity ran in about 1200 parishes.", lang: "en", want: nil},
		{name: "count of a unit", text: "The update raises the limit of the keys to 2048 bits.", lang: "en", want: nil},
		{name: "count of people", text: "The congress drew 1500 participants.", lang: "en", want: nil},
		{name: "year after a preposition before a counted noun", text: "In 2020 participants met online.", lang: "en",
			want: []want{{text: "2020", value: "2020"}}},
		{name: "year after since before troops", text: "Since 2015 troops have trained there.", lang: "en",
			want: []want{{text: "2015", value: "2015", since: true}}},
		{name: "count after a preposition inside the sentence", text: "The storm resulted in 2000 cases of damage.", lang: "en", want: nil},
		{name: "no hedged year without a preposition", text: "The organisers counted about 1900.", lang: "en", want: nil},
		{name: "some is no hedge of a year", text: "The fund ran until some 1900 claims were paid.", lang: "en", want: nil},
		{name: "range of days before the month", text: "The festival will run on 22-28 September 2025 in Quaxo.", lang: "en",
			want: []want{{text: "22", value: "2025-09-22"}, {text: "28 September 2025", value: "2025-09-28"}}},
		{name: "range of days after the month", text: "The summit ran September 22-28, 2025 in Quaxo.", lang: "en",
			want: []want{{text: "September 22", value: "2025-09-22"}, {text: "28, 2025", value: "2025-09-28"}}},
		{name: "range of days with to", text: "It was held from 6 to 12 August 2017.", lang: "en",
			want: []want{{text: "6", value: "2017-08-06"}, {text: "12 August 2017", value: "2017-08-12"}}},
		{name: "a score is no day", text: "The team won 2-1 on 3 September 2025.", lang: "en",
			want: []want{{text: "3 September 2025", value: "2025-09-03"}}},
		{name: "a score after a day and month is no day", text: "The Senate voted on 14 March 21-3.", lang: "en", anchor: "2024-03-20",
			want: []want{{text: "14 March", value: "2024-03-14"}}},
		{name: "a score after a date is no day", text: "Celtic beat Rangers on September 3 2025, 3-1.", lang: "en",
			want: []want{{text: "September 3 2025", value: "2025-09-03"}}},
		{name: "range of days after the month with to", text: "The summit ran September 22 to 28, 2025 in Quaxo.", lang: "en",
			want: []want{{text: "September 22", value: "2025-09-22"}, {text: "28, 2025", value: "2025-09-28"}}},
		{name: "through is until", text: "The pottery exhibition runs through March 2025.", lang: "en",
			want: []want{{text: "March 2025", value: "2025-03", deadline: true}}},
		{name: "before the end is a deadline", text: "The bridge repairs must be finished before the end of October 2027.", lang: "en",
			want: []want{{text: "the end of October 2027", value: "2027-10", mod: "END", deadline: true}}},
		{name: "not before the end is the earliest day", text: "The tram line will not open before the end of 2027.", lang: "en",
			want: []want{{text: "the end of 2027", value: "2027", mod: "END"}}},
		{name: "through a time is no deadline", text: "The bakery came through the 2009 recession unharmed.", lang: "en",
			want: []want{{text: "2009", value: "2009"}}},
		{name: "before a year is none", text: "Before 2019 the site was static.", lang: "en",
			want: []want{{text: "2019", value: "2019"}}},
		{name: "before a day is left to the timeline", text: "Sign up here before Aug 27 for Early Bird pricing.", lang: "en", anchor: "2019-04-18",
			want: []want{{text: "Aug 27", value: "2019-08-27"}}},
		{name: "not before a day is the earliest day", text: "The shop will not open before May 3, 2026.", lang: "en",
			want: []want{{text: "May 3, 2026", value: "2026-05-03"}}},
		{name: "decimal hours", text: "The ferry crossing to Lindholm takes 1.5 hours.", lang: "en",
			want: []want{{text: "1.5 hours", value: "PT1H30M"}}},
		{name: "no quarter, no quantity", text: "The ferry crossing takes 1.2 hours.", lang: "en", want: nil},
		{name: "decimal years", text: "The survey took 2.25 years.", lang: "en",
			want: []want{{text: "2.25 years", value: "P2Y3M"}}},
		{name: "decimal comma", text: "Die Sitzung dauert 1,5 Stunden.", lang: "de",
			want: []want{{text: "1,5 Stunden", value: "PT1H30M"}}},
		{name: "since after an abbreviated hedge", text: "Der Betrieb ruht seit ca. Mitte 2024.", lang: "de",
			want: []want{{text: "Mitte 2024", value: "2024", mod: "MID", since: true}}},
		{name: "since last year", text: "Prices have risen since October last year.", anchor: "2024", lang: "en",
			want: []want{{text: "October last year", value: "2023-10", since: true, relative: true}}},
		{name: "parts", text: "in early 2020 and mid-March", anchor: "2020-01", lang: "en",
			want: []want{{text: "early 2020", value: "2020", mod: "START"}, {text: "mid-March", value: "2020-03", mod: "MID", relative: true}}},
		{name: "weeks", text: "Last week and two weeks ago", anchor: "2024-09-18", lang: "en",
			want: []want{{text: "Last week", value: "2024-W37"}, {text: "two weeks ago", value: "2024-W36"}}},
		{name: "weekday", text: "The council met on Monday.", anchor: "2024-09-18", lang: "en",
			want: []want{{text: "Monday", value: "2024-09-16", relative: true}}},
		{name: "decade, century, season", text: "the 1990s, the 20th century, winter 2023", lang: "en",
			want: []want{{text: "the 1990s", value: "199"}, {text: "the 20th century", value: "19"}, {text: "winter 2023", value: "2023-WI"}}},
		{name: "modal may is no month", text: "You may go in May 2024.", lang: "en",
			want: []want{{text: "May 2024", value: "2024-05"}}},
		{name: "working days", text: "reviews within 2 business days, about ten working days", lang: "en",
			want: []want{{text: "2 business days", value: "P2D", kind: KindDuration}, {text: "about ten working days", value: "P10D", mod: "APPROX"}}},
		// Counted days are no offset from a day nor a frequency: they
		// do not count every day.
		{name: "working days are no offset or frequency", text: "It ships in 3 business days. We work every working day.", lang: "en", anchor: "2024-09-13",
			want: []want{{text: "3 business days", value: "P3D", kind: KindDuration}}},
		{name: "durations and sets", text: "three years, more than two weeks, daily", lang: "en",
			want: []want{{text: "three years", value: "P3Y"}, {text: "more than two weeks", value: "P2W", mod: "MORE_THAN"}, {text: "daily", value: "P1D", kind: KindSet}}},
		{name: "times", text: "On 1 September 1939 at 4:45 am the war began.", lang: "en", narrative: true,
			want: []want{{text: "1 September 1939 at 4:45 am", value: "1939-09-01T04:45", kind: KindTime}}},
		{name: "yesterday", text: "Yesterday morning it rained.", anchor: "2024-09-18", lang: "en",
			want: []want{{text: "Yesterday morning", value: "2024-09-17TMO"}}},
		{name: "before Christ", text: "Rome fell in 146 BC.", lang: "en",
			want: []want{{text: "146 BC", value: "BC0146"}}},
	})
}

func TestCheckAnchor(t *testing.T) {
	for _, ok := range []string{"", "2024", "2024-09", "2024-09-27"} {
		if err := CheckAnchor(ok); err != nil {
			t.Errorf("CheckAnchor(%q) = %v, want nil", ok, err)
		}
	}
	for _, bad := range []string{"24", "2024-13", "2024-02-30", "2024-9", "heute", "2024-09-27T10:00"} {
		if err := CheckAnchor(bad); err == nil {
			t.Errorf("CheckAnchor(%q) = nil, want an error", bad)
		}
	}
}

// BenchmarkTag tags news sentences; the timeline tags 100,000 of them at
// index time.
func BenchmarkTag(b *testing.B) {
	sentences := []string{
		"Der irakische Premierminister traf am Montag in Bagdad mit Vertretern des US-Verteidigungsministeriums zusammen.",
		"Die Mission der Koalition soll spätestens bis Ende September 2025 enden, teilte die Regierung am Freitag, 27. September, mit.",
		"Seit Oktober vergangenen Jahres griffen Milizen die Stützpunkte mehr als 150 Mal an.",
		"Rund 2500 US-Soldaten sind derzeit im Irak stationiert, nachdem die Zahl im Dezember 2021 gesenkt worden war.",
		"Die Gespräche sollen in den kommenden Monaten fortgesetzt werden.",
	}
	opt := Options{Anchor: "2024-09"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Tag(sentences[i%len(sentences)], opt)
	}
}
