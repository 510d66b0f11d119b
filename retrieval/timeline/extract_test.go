package timeline

import (
	"github.com/quellen/quellen/retrieval/timex"
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/names"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/store"
)

// extractText extracts the events of text as a source of lang published on
// published, cut into sentences as the index cuts them.
func extractText(t testing.TB, lang, published, text string) []store.Event {
	t.Helper()
	src := store.Source{ID: "s", Language: lang, Text: text, Published: store.Date{Value: published}}
	var sentences []Sentence
	for _, seg := range segment.Split(text) {
		if seg.Kind == segment.Sentence {
			sentences = append(sentences, Sentence{Start: seg.Start, End: seg.End})
		}
	}
	events := Extract(src, sentences, testRecognizer(t), nil)
	checkOffsets(t, text, events)
	return events
}

// testRecognizer is the recognizer the engine uses, made once per test.
func testRecognizer(t testing.TB) *entity.Recognizer {
	t.Helper()
	tab, err := names.New()
	if err != nil {
		t.Fatal(err)
	}
	return entity.New(tab)
}

// checkOffsets asserts what the store relies on: every event lies within
// the text and its anchor within its sentence.
func checkOffsets(t testing.TB, text string, events []store.Event) {
	t.Helper()
	for _, e := range events {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End || e.AnchorStart < e.Start || e.AnchorEnd > e.End || e.AnchorStart > e.AnchorEnd {
			t.Fatalf("event %+v has offsets outside the text of %d bytes", e, len(text))
		}
	}
}

func TestTroopFigures(t *testing.T) {
	type fig struct {
		count            int64
		place, qualifier string
	}
	tests := []struct {
		name, lang, text string
		want             []fig
	}{
		{"list inherits the unit", "de", "Rund 2.500 US-Soldaten im Irak und neunhundert in Syrien führen eine Koalition an.",
			[]fig{{2500, "Irak", "rund"}, {900, "Syrien", ""}}},
		{"qualifier of two words", "de", "Die USA zogen die mehr als 5.000 Soldaten nicht ab.", []fig{{5000, "", "mehr als"}}},
		{"verb before the place", "de", "Etwa 1.200 Bundeswehrsoldaten sind in Litauen stationiert.", []fig{{1200, "Litauen", "etwa"}}},
		{"number word", "de", "Zweitausendfünfhundert Soldaten bleiben im Irak.", []fig{{2500, "Irak", ""}}},
		{"place named before", "de", "Unklar ist, was mit den im Irak stationierten Truppen geschieht, etwa 2.500 Soldaten.",
			[]fig{{2500, "Irak", "etwa"}}},
		{"place with article", "de", "Rund 40.000 Soldaten in der Region sind in Alarmbereitschaft.", []fig{{40000, "Region", "rund"}}},
		{"hyphenated place", "de", "Die USA haben 2.700 Soldaten in Saudi-Arabien.", []fig{{2700, "Saudi-Arabien", ""}}},
		{"casualties are no troop level", "de", "Bei dem Angriff wurden 34 US-Soldaten verletzt.", nil},
		{"a year is no figure", "de", "2003 marschierten die Vereinigten Staaten in den Irak ein.", nil},
		{"a year before a verb and a unit is no figure", "de", "1830 besetzten französische Truppen Algier, Oran und Bône.", nil},
		{"a bare number is no figure", "de", "Der Stützpunkt liegt 300 Kilometer nördlich von Bagdad.", nil},
		{"a section number is no figure", "de", "Sie gilt nach Maßgabe der §§ 3 und 4 auch für Berufssoldaten.", nil},
		{"a figure after a section and a comma", "en", "Under Section 1206, 3,000 U.S. troops are stationed in Iraq.", []fig{{3000, "Iraq", ""}}},
		{"a bare number after a place is no figure", "de", "Die USA haben Truppen im Irak und 900 Fahrzeuge in Syrien.", nil},
		{"English thousands", "en", "About 2,500 U.S. troops are stationed in Iraq and 900 in Syria.",
			[]fig{{2500, "Iraq", "about"}, {900, "Syria", ""}}},
		{"English number words", "en", "Nine hundred soldiers remain in Syria.", []fig{{900, "Syria", ""}}},
		{"German number word with ein", "de", "Im Norden landeten eintausend Fallschirmjäger.", []fig{{1000, "Norden", ""}}},
		{"adverb and listed nationalities before the unit", "de", "Dort waren über 100.000 hauptsächlich deutsche und britische Soldaten.",
			[]fig{{100000, "", "über"}}},
		{"armed men", "de", "Die Kosakenarmee war auf 15.000 Bewaffnete zusammengeschmolzen.", []fig{{15000, "", ""}}},
		{"the level troops are brought to", "de", "Die USA wollen die Zahl ihrer Soldaten im Irak auf 3.000 reduzieren.",
			[]fig{{3000, "Irak", ""}}},
		{"the level a strength is brought to", "de", "Die Truppenstärke wurde weiter auf etwa 115.000 vergrößert.", []fig{{115000, "", "etwa"}}},
		{"English level troops are brought to", "en", "The US will cut the number of its troops in Iraq to 3,000.",
			[]fig{{3000, "Iraq", ""}}},
		{"a distance after troops is no level", "de", "Die Soldaten marschierten auf 300 Kilometer Länge.", nil},
		{"an English distance after troops is no level", "en", "Troops advanced to 300 km from the capital.", nil},
		{"the level of something else troops have", "de", "Die US-Truppen reduzierten die Zahl ihrer Stützpunkte im Irak auf drei.", nil},
		{"the English level of something else", "en", "US troops cut the number of their bases in Iraq to 3.", nil},
		{"a share is no level", "de", "Die Zahl der Soldaten im Irak sank auf 30 % des früheren Standes.", nil},
		{"a level by a time", "de", "Die Truppenstärke soll bis Ende des Jahres auf 2.500 sinken.", []fig{{2500, "", ""}}},
		{"an English noun four words on is no unit", "en", "Some 300 families were housed by soldiers in Mosul.", nil},
		{"English tons for troops", "en", "The plane carried 200 tons of food for troops in Iraq.", nil},
		{"English service members", "en", "More than 5,000 service members are in Iraq.", []fig{{5000, "Iraq", "more than"}}},
		{"English casualties", "en", "Dozens of troops were injured, and 34 soldiers were wounded.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []fig
			for _, e := range extractText(t, tt.lang, "2024-09", tt.text) {
				if e.Kind == KindTroops && e.Role != RoleCasualties {
					place := e.Place
					if e.PlaceFrom == "article" {
						place = ""
					}
					got = append(got, fig{e.Count, place, e.Qualifier})
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("figures = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("figure %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestFigureForceAndRole(t *testing.T) {
	type fig struct {
		count       int64
		force, role string
		place       string
	}
	tests := []struct {
		name, lang, text string
		want             []fig
	}{
		{"compound prefix", "de", "Rund 2.500 US-Soldaten im Irak und neunhundert in Syrien führen eine Koalition an.",
			[]fig{{2500, "US", RoleLevel, "IQ"}, {900, "US", RoleLevel, "SY"}}},
		{"space as thousands separator", "de", "Im Libanon sind etwa 12 000 UN-Soldaten stationiert.", []fig{{12000, "UN", RoleLevel, "LB"}}},
		{"thin space", "de", "Im Libanon sind etwa 12 000 UN-Soldaten stationiert.", []fig{{12000, "UN", RoleLevel, "LB"}}},
		{"number word below a hundred", "de", "Bei der Übung waren zwölf deutsche Soldaten in Litauen.", []fig{{12, "DE", RoleLevel, "LT"}}},
		{"four digits with a unit are no year", "de", "In Mali sind etwa 1000 deutsche Soldatinnen und Soldaten im Einsatz.",
			[]fig{{1000, "DE", RoleLevel, "ML"}}},
		{"no place from a noun of a phrase", "de", "Im Falle der rund 1100 Soldaten der Bundeswehr gilt das Mandat.",
			[]fig{{1100, "DE", RoleLevel, ""}}},
		{"cap by noun", "de", "Das Mandat sieht eine Obergrenze von 1.400 Bundeswehrsoldaten in Mali vor.", []fig{{1400, "DE", RoleCap, "ML"}}},
		{"cap by qualifier", "de", "Der Bundestag erlaubt bis zu 1.400 Soldaten in Mali.", []fig{{1400, "", RoleCap, "ML"}}},
		{"leaving", "de", "Am Freitag verließen die letzten 142 deutschen Soldaten Mali.", []fig{{142, "DE", RoleOut, ""}}},
		{"a cumulative total", "de", "Insgesamt dienten über die Jahre 20.000 deutsche Soldaten in Afghanistan.",
			[]fig{{20000, "DE", RoleTotal, "AF"}}},
		{"a sum at one moment is a level", "de", "Insgesamt marschierten 43.000 Soldaten der ARVN und 31.000 US-Soldaten nach Kambodscha ein.",
			[]fig{{43000, "", RoleLevel, ""}, {31000, "US", RoleLevel, "KH"}}},
		{"arriving", "de", "Das Pentagon schickte 3.000 zusätzliche Soldaten in die Region.", []fig{{3000, "US", RoleIn, ""}}},
		{"negated movement is a level", "de", "Die USA zogen die mehr als 5.000 Soldaten nicht ab.", []fig{{5000, "US", RoleLevel, ""}}},
		{"subject country", "de", "Die Vereinigten Staaten haben 2.500 Truppen im Irak.", []fig{{2500, "US", RoleLevel, "IQ"}}},
		{"force named after the unit", "de", "Rund 300 Soldaten aus Italien sind in Erbil.", []fig{{300, "IT", RoleLevel, ""}}},
		{"apposition", "de", "Unklar ist, was mit den im Irak stationierten amerikanischen Truppen geschieht, etwa 2.500 Soldaten.",
			[]fig{{2500, "US", RoleLevel, "IQ"}}},
		{"an order of magnitude", "de", "Hunderte von Truppen aus meist europäischen Ländern sind ebenfalls Teil der Koalition.",
			[]fig{{100, "", RoleLevel, ""}}},
		{"casualties", "de", "Bei dem Angriff wurden 34 US-Soldaten verletzt.", nil},
		{"two nationalities", "de", "In Erbil dienen je fünf französische und britische Soldaten.", []fig{{5, "FR GB", RoleLevel, "IQ:Erbil"}}},
		{"sent into a country", "de", "Im Mai 1970 marschierten 31.000 US-Soldaten nach Kambodscha ein.", []fig{{31000, "US", RoleLevel, "KH"}}},
		{"a year is no count of the soldiers after it", "de", "Im Januar 2020 waren 5.000 US-Soldaten im Irak.", []fig{{5000, "US", RoleLevel, "IQ"}}},
		{"two figures share one unit", "de", "Damals griffen 400.000 chinesische und 100.000 nordkoreanische Soldaten an.",
			[]fig{{400000, "CN", RoleLevel, ""}, {100000, "KP", RoleLevel, ""}}},
		{"a list shares the place after it", "de", "Damals waren 485.000 US-Soldaten sowie 50.000 südkoreanische Soldaten in Südvietnam stationiert.",
			[]fig{{485000, "US", RoleLevel, "VN"}, {50000, "KR", RoleLevel, "VN"}}},
		{"a noun after the number is what it counts", "de", "Damals schickten 16 Mitgliedsländer Truppen nach Korea.", nil},
		{"a list goes on to other things", "de", "Die Polen hatten 120.000 Soldaten und 460 Geschütze zur Verfügung.",
			[]fig{{120000, "PL", RoleLevel, ""}}},
		{"a formation's nationality", "de", "Damals war dieser deutsche Verband ca. 110 Soldaten stark.",
			[]fig{{110, "DE", RoleLevel, ""}}},
		{"English", "en", "About 2,500 U.S. troops are stationed in Iraq and 900 in Syria.",
			[]fig{{2500, "US", RoleLevel, "IQ"}, {900, "US", RoleLevel, "SY"}}},
		{"English nationality", "en", "Some 400 Italian soldiers are deployed in Iraq.", []fig{{400, "IT", RoleLevel, "IQ"}}}, // "are deployed": there, not arriving
		{"English cap", "en", "The mandate allows up to 1,400 German troops in Mali.", []fig{{1400, "DE", RoleCap, "ML"}}},
		{"a part of those counted", "de", "Rund 2.500 US-Soldaten sind im Irak stationiert, 900 von ihnen in Erbil.",
			[]fig{{2500, "US", RoleLevel, "IQ"}, {900, "US", RoleLevel, "IQ:Erbil"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []fig
			for _, e := range extractText(t, tt.lang, "2024-09", tt.text) {
				if e.Kind == KindTroops && e.Role != RoleCasualties {
					place := e.PlaceKey
					if e.PlaceFrom == "article" {
						place = ""
					}
					got = append(got, fig{e.Count, e.Force, e.Role, place})
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("figures = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("figure %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// A bare number that counts a part of the troops just counted ("von
// ihnen", "davon", "of them", "of whom") is a figure of their force, and
// of their role where its own words give none.
func TestPartOfThoseCounted(t *testing.T) {
	type fig struct {
		count       int64
		force, role string
	}
	tests := []struct {
		lang, text string
		want       []fig
	}{
		{"de", "Über 9.000 ukrainische Soldaten wurden im Winter verwundet, rund 800 von ihnen schwer.",
			[]fig{{9000, "UA", RoleCasualties}, {800, "UA", RoleCasualties}}},
		{"en", "Some 300 French troops were wounded, 40 of them seriously.", []fig{{300, "FR", RoleCasualties}, {40, "FR", RoleCasualties}}},
		{"en", "Some 300 French troops were wounded, 40 seriously.", []fig{{300, "FR", RoleCasualties}}},
		// A state of its own keeps the part's own role.
		{"de", "Mehr als 3.000 polnische Soldaten wurden verwundet, 2.000 davon sind wieder im Dienst.",
			[]fig{{3000, "PL", RoleCasualties}, {2000, "PL", RoleLevel}}},
		// A part of another number counted between is none of the troops.
		{"en", "Some 2,500 US troops operate from 12 bases, 3 of them in Syria.", []fig{{2500, "US", RoleLevel}}},
		{"de", "Die Armee verlegte 5.000 Soldaten und 200 Panzer nach Kuwait, 50 davon in die Stadt.", []fig{{5000, "", RoleIn}}},
		// The part named before the number.
		{"de", "Rund 2.500 dänische Soldaten sind im Land, davon 300 in Kabul.", []fig{{2500, "DK", RoleLevel}, {300, "DK", RoleLevel}}},
		{"en", "About 1,200 Dutch troops are deployed, including 200 in the north.", []fig{{1200, "NL", RoleLevel}, {200, "NL", RoleLevel}}},
		{"en", "About 1,200 Dutch troops are deployed, including 200 tanks.", []fig{{1200, "NL", RoleLevel}}},
		{"de", "Rund 2.500 dänische Soldaten sind im Land, davon 300 Panzer.", []fig{{2500, "DK", RoleLevel}}},
		{"de", "Rund 2.500 dänische Soldaten sind im Land, davon etwa 300 in Kabul.", []fig{{2500, "DK", RoleLevel}, {300, "DK", RoleLevel}}},
		{"de", "Rund 2.500 Soldaten der Mission sind im Land, darunter 300 aus Dänemark.", []fig{{2500, "", RoleLevel}}},
		{"de", "Das Land hat 2.500 Soldaten und davon 300 Panzer.", []fig{{2500, "", RoleLevel}}},
		// "davon betroffene Dörfer": the adverb of an adjective, no part.
		{"de", "Die 2.000 französischen Soldaten sollen 300 davon betroffene Dörfer schützen.", []fig{{2000, "FR", RoleLevel}}},
	}
	for _, tt := range tests {
		var got []fig
		for _, e := range extractText(t, tt.lang, "2024-09", tt.text) {
			if e.Kind == KindTroops {
				got = append(got, fig{e.Count, e.Force, e.Role})
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: figures %+v, want %+v", tt.text, got, tt.want)
		}
	}
}

func TestEventKindsAndDates(t *testing.T) {
	type ev struct {
		kind, date, mod, dateText, dateFrom string
	}
	tests := []struct {
		name, lang, published, text string
		want                        []ev
	}{
		{"deadline by marker", "de", "2024-09", "Die Mission endet spätestens bis Ende September 2025.",
			[]ev{{"deadline", "2025-09", "END", "Ende September 2025", "text"}}},
		{"relative deadline", "de", "2024-09", "Die erste Phase läuft bis Ende September nächsten Jahres.",
			[]ev{{"deadline", "2025-09", "END", "Ende September nächsten Jahres", "text"}}},
		{"range ending ahead of publication", "de", "2024-09", "Die zweite Phase, zwischen September 2025 und September 2026, betrifft Kurdistan.",
			[]ev{{"deadline", "2026-09", "", "September 2025 und September 2026", "text"}}},
		{"past end is no deadline", "de", "2024-09", "Ende 2017 verkündete der Irak den Sieg.",
			[]ev{{"talks", "2017", "END", "Ende 2017", "text"}}},
		{"talks relative to publication", "de", "2024-03", "Im Januar trafen sich die Delegationen in Bagdad.",
			[]ev{{"talks", "2024-01", "", "Januar", "text"}}},
		{"event", "de", "2024-01", "Die Vereinigten Staaten marschierten 2003 in den Irak ein.",
			[]ev{{"event", "2003", "", "2003", "text"}}},
		{"as of writing", "de", "2024", "Bagdad führt derzeit Gespräche mit der Koalition.",
			[]ev{{"talks", "2024", "", "", "published"}}},
		{"unknown day of a year-dated article", "de", "2024", "Der Premierminister traf am Montag die Delegation.",
			[]ev{{"talks", "", "", "Montag", ""}}},
		{"relative date without publication", "de", "", "Im Januar begannen die Gespräche.",
			[]ev{{"talks", "", "", "Januar", ""}}},
		{"a length of time alone dates nothing", "de", "2024-01", "Dies löste einen jahrelangen Aufstand aus.", nil},
		{"a year describing a noun", "de", "2024-09", "Die Zukunft der 2014 gebildeten Koalition ist offen.", nil},
		{"no temporal expression", "de", "2024-09", "Der Irak sagt, die Aufgabe der Koalition sei beendet.", nil},
		{"figure dated by publication, not by another clause", "de", "2024-01",
			"Die USA haben 2.500 Truppen im Irak, die den IS bekämpfen, der 2014 große Teile des Landes erobert hatte.",
			[]ev{{"troops", "2024-01", "", "", "published"}}},
		{"figure dated by its clause", "de", "2024", "Im Januar 2020 waren 5.000 US-Soldaten im Irak stationiert.",
			[]ev{{"troops", "2020-01", "", "Januar 2020", "text"}}},
		{"figure in a relative clause dated by the clause it describes", "de", "2011",
			"Am 1. Januar 1951 begann eine Offensive, der die 200.000 Soldaten der UN-Streitkräfte nicht standhielten.",
			[]ev{{"troops", "1951-01-01", "", "1. Januar 1951", "text"}}},
		{"figure in an undated article", "de", "", "Rund 2.500 US-Soldaten sind im Irak.",
			[]ev{{"troops", "", "", "", ""}}},
		{"figure and deadline", "de", "2024-09", "Die 2.500 Soldaten im Irak sollen bis Ende 2025 abziehen.",
			[]ev{{"troops", "2024-09", "", "", "published"}, {"deadline", "2025", "END", "Ende 2025", "text"}}},
		{"English deadline", "en", "2024-09", "The mission will end by September 2025, officials said.",
			[]ev{{"deadline", "2025-09", "", "September 2025", "text"}}},
		{"before a day ahead is a deadline", "en", "2019-04-18", "Sign up here before Aug 27 for Early Bird pricing.",
			[]ev{{"deadline", "2019-08-27", "", "Aug 27", "text"}}},
		{"vor dem Tag ahead is a deadline", "de", "2025-07-10", "Wer das Repositorium nutzt, muss vor dem 4. August 2025 handeln.",
			[]ev{{"deadline", "2025-08-04", "", "4. August 2025", "text"}}},
		{"before a past day dates a figure", "en", "2024-09", "Shortly before September 11, 2001, 5,000 US troops were stationed in Afghanistan.",
			[]ev{{"troops", "2001-09-11", "", "September 11, 2001", "text"}}},
		{"vor dem Tag past is none", "de", "2024-09", "Kurz vor dem 3. Oktober 1990 trafen sich die Delegationen in Bonn.", nil},
		{"not before a day ahead is none", "en", "2026-01-10", "The shop will not open before May 3, 2026.",
			[]ev{{"event", "2026-05-03", "", "May 3, 2026", "text"}}},
		{"a deadline named ahead", "en", "2023-07-05", "The deadline is July 9, 2023.",
			[]ev{{"deadline", "2023-07-09", "", "July 9, 2023", "text"}}},
		{"Anmeldeschluss ahead", "de", "2013-11-20", "Anmeldeschluss ist der 6. Dezember 2013.",
			[]ev{{"deadline", "2013-12-06", "", "6. Dezember 2013", "text"}}},
		{"a deadline named in the past is none", "en", "2023-08-01", "The deadline was July 9, 2023.",
			[]ev{{"event", "2023-07-09", "", "July 9, 2023", "text"}}},
		{"a resolution ahead is none", "de", "2013-11-20", "Der Beschluss gilt ab dem 6. Dezember 2013.",
			[]ev{{"event", "2013-12-06", "", "6. Dezember 2013", "text"}}},
		{"a deadline marked by bis beats another date", "de", "2013-06-01", "Die Konferenz findet am 12. Oktober statt; die Anmeldefrist läuft bis zum 9. Juli.",
			[]ev{{"deadline", "2013-07-09", "", "9. Juli", "text"}}},
		{"a deadline word with one date ahead", "en", "2025-01-10", "The deadline for Zarcon 2025 is extended to Feb 14th.",
			[]ev{{"deadline", "2025-02-14", "", "Feb 14th", "text"}}},
		{"a deadline word with two dates sets none", "en", "2023-06-01", "The deadline for the October 12 launch is July 9.",
			[]ev{{"event", "2023-10-12", "", "October 12", "text"}}},
		{"the trade paper is no deadline", "en", "2024-01-10", "The film opens March 3, 2024, Deadline reported.",
			[]ev{{"talks", "2024-03-03", "", "March 3, 2024", "text"}}},
		{"English meeting", "en", "2024-09-27", "The two sides met on Monday in Baghdad.",
			[]ev{{"talks", "2024-09-23", "", "Monday", "text"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events := extractText(t, tt.lang, tt.published, tt.text)
			var got []ev
			for _, e := range events {
				got = append(got, ev{e.Kind, e.Date, e.Mod, e.DateText, e.DateFrom})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("events = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("event %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestExtractMarksTheArticlePlace(t *testing.T) {
	text := "Die Lage im Irak ist angespannt. Im Irak wird gekämpft. Die Truppen im Irak bleiben. " +
		"Die USA zogen die mehr als 5.000 Soldaten nicht ab."
	var troops []store.Event
	for _, e := range extractText(t, "de", "2020-01", text) {
		if e.Kind == KindTroops {
			troops = append(troops, e)
		}
	}
	if len(troops) != 1 || troops[0].Place != "Irak" || troops[0].PlaceFrom != "article" {
		t.Fatalf("troops = %+v, want the article's place, marked as such", troops)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Rund 2.500 US-Soldaten im Irak und neunhundert in Syrien.",
		"Die Mission endet spätestens bis Ende September 2025.",
		"„Die zweite Phase, zwischen September 2025 und September 2026, betrifft Kurdistan“",
		"About 2,500 U.S. troops are in Iraq, and nine hundred in Syria, until 2026.",
		"im in im Irak 1,000,000 troops in",
	} {
		f.Add(s, "2024-09", "de")
	}
	f.Fuzz(func(t *testing.T, text, published, lang string) {
		if strings.Count(text, "") > 2000 {
			return
		}
		events := extractText(t, lang, published, text)
		for _, e := range events {
			if _, ok := timex.ParseValue(e.Date); e.Date != "" && !ok {
				t.Fatalf("event dated %q, which is no calendar date", e.Date)
			}
			if e.Kind == KindTroops && e.Count <= 0 {
				t.Fatalf("troop event with count %d", e.Count)
			}
		}
	})
}

// RoleOf reads what a clause's figures count, or what a question asks to
// count, from its words.
func TestRoleOf(t *testing.T) {
	for clause, want := range map[string]string{
		"Wie viele US-Soldaten sind im Irak?":                RoleLevel,
		"how many us troops are deployed in iraq these days": RoleLevel, // a state: how many are there
		"wie viele soldaten sind im irak eingesetzt":         RoleLevel,
		"how many troops did the us deploy to iraq":          RoleIn,
		"Die USA entsandten weitere 3.000 Soldaten":          RoleIn,
		"how many additional troops are deployed":            RoleIn, // more of them: arriving
		"Wie viele Soldaten ziehen ab?":                      RoleOut,
		"Wie hoch ist die Obergrenze für die Soldaten?":      RoleCap,
		"Die USA zogen die mehr als 5.000 Soldaten nicht ab": RoleLevel,
	} {
		if got := RoleOf(clause); got != want {
			t.Errorf("RoleOf(%q) = %q, want %q", clause, got, want)
		}
	}
}

// What was closed, shut down, retired, dissolved or abolished ended.
func TestAspectOfClosing(t *testing.T) {
	for w, want := range map[string]string{"closed": AspectEnd, "dissolved": AspectEnd, "aufgelöst": AspectEnd,
		"abolished": AspectEnd, "shut": AspectEnd, "retired": AspectEnd, "decommissioned": AspectEnd,
		"began": AspectStart, "geschlossen": ""} {
		if got := AspectOf(w); got != want {
			t.Errorf("AspectOf(%q) = %q, want %q", w, got, want)
		}
	}
}

// Talks behind closed doors end nothing.
func TestClosedDoorsEndNothing(t *testing.T) {
	if got := aspect(words("The talks behind closed doors began in May.", 0, len("The talks behind closed doors began in May."))); got != AspectStart {
		t.Errorf("aspect = %q, want start only", got)
	}
	if got := aspect(words("The embassy closed in May.", 0, len("The embassy closed in May."))); got != AspectEnd {
		t.Errorf("aspect = %q, want end", got)
	}
}

// "Get started" is the idiom for beginning to use something ("Get
// Started guide", "get started with Flux"): it starts no event, as "the
// talks got started" and "the season gets started on August 18" do.
func TestGettingStartedStartsNothing(t *testing.T) {
	for text, want := range map[string]string{
		"Dive into our Get Started guide to get started with Flux today.": "",
		"Getting started with the new release is easy since May.":         "",
		"The talks got started in May.":                                   AspectStart,
		"Flux was started in 2016.":                                       AspectStart,
		"The Bundesliga season gets started on August 18.":                AspectStart,
		"Construction will get started in spring 2025.":                   AspectStart,
	} {
		if got := aspect(words(text, 0, len(text))); got != want {
			t.Errorf("aspect(%q) = %q, want %q", text, got, want)
		}
	}
}

// A sentence in the other language than its source's has its figures,
// dates and names read by its own language's rules: an English "2,500" in
// a German source is two thousand five hundred, not two and a half, "In
// March 2019" a month and "American soldiers" the United States'.
func TestSentenceLanguageReadsItsFigures(t *testing.T) {
	text := "Die Mission wird fortgesetzt. In March 2019 about 2,500 American soldiers were stationed in Iraq."
	src := store.Source{ID: "s", Language: "de", Text: text, Published: store.Date{Value: "2024-01"}}
	second := strings.Index(text, "In March")
	for _, c := range []struct {
		lang string
		want bool
	}{{"en", true}, {"", false}} {
		sentences := []Sentence{{Start: 0, End: second - 1}, {Start: second, End: len(text), Lang: c.lang}}
		events := Extract(src, sentences, testRecognizer(t), nil)
		checkOffsets(t, text, events)
		got := slices.ContainsFunc(events, func(ev store.Event) bool {
			return ev.Count == 2500 && ev.Date == "2019-03" && ev.Force == "US" && ev.PlaceKey == "IQ"
		})
		if got != c.want {
			t.Errorf("sentence language %q: %+v; a figure of 2500 US soldiers in Iraq in March 2019: %v, want %v", c.lang, events, got, c.want)
		}
	}
}

func TestAsksAllowed(t *testing.T) {
	for q, want := range map[string]bool{
		"Wie viele deutsche Soldaten dürfen in Litauen eingesetzt werden?":   true,
		"how many career soldiers could retire early":                        true,
		"how many troops may be deployed":                                    true,
		"how many german soldiers were in lithuania in may":                  false, // the month
		"how many troops were there in may 2020":                             false,
		"can you tell me how many troops are in iraq":                        false, // a request
		"kannst du mir sagen, wie viele soldaten im irak sind":               false,
		"Wie viele Soldaten sind im Irak?":                                   false,
		"Können Sie mir sagen, wie viele deutsche Soldaten in Litauen sind?": false,
		"Darf ich fragen, wie viele Soldaten im Irak sind?":                  false,
		"how many troops were deployed last may":                             false,
	} {
		if got := AsksAllowed(q); got != want {
			t.Errorf("AsksAllowed(%q) = %v, want %v", q, got, want)
		}
	}
}
