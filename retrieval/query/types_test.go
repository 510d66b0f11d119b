package query

import (
	"slices"
	"strings"
	"testing"
)

func TestAnswerTypes(t *testing.T) {
	tests := []struct {
		question string
		want     Type
		keyword  bool
	}{
		// German, natural.
		{"Wie viele US-Soldaten sind im Irak?", Count, false},
		{"wieviele soldaten sind noch im irak", Count, false},
		{"Wie viel Geld kostet der Einsatz?", Count, false},
		{"Wie hoch ist die Zahl der Soldaten?", Count, false},
		{"Wie stark ist die Truppe?", Count, false},
		{"Wie groß ist das deutsche Kontingent?", Count, false},
		{"an welchem tag fingen die kämpfe richtig an", Start, false},
		{"metro passengers per year", Count, true},
		{"flüchtlinge pro jahr", Count, true},
		{"how big is the us troop contingent in iraq", Count, false},
		{"How large was the Red Army?", Count, false},
		{"How big is the city?", Other, false},
		{"Wann ist die Frist für den Abzug?", Deadline, false},
		{"Gibt es einen Termin für den Abzug?", Deadline, false}, // a date set ahead, asked
		{"Wie oft war Alan Thicke verheiratet?", Count, false},   // how often is a count
		{"what was the title of tesla's 1937 article", Other, false},
		{"Wie hieß der Titel seines Buches?", Other, false}, // a title, not a person's name
		{"how many times was he married", Count, false},
		{"what is the schedule for the withdrawal", Deadline, false},
		{"Bis wann sollen die Truppen abziehen?", Deadline, false},
		{"Bis wann wird die Brücke eröffnet?", Deadline, false}, // until when, though the verb starts something
		{"by when must the hearing begin", Deadline, false},
		{"Wann endet die Mission der Koalition?", Deadline, false},
		{"Wann soll der Einsatz beendet werden?", Deadline, false},
		{"Gibt es einen Zeitplan für den Abzug?", Deadline, false},
		{"Seit wann sind US-Truppen im Irak?", Start, false},
		{"Wann begannen die Gespräche?", Start, false},
		{"Wann haben die Verhandlungen angefangen?", Start, false},
		{"Wie lange dauert der Prozess?", Duration, false},
		{"Wann marschierten die USA in den Irak ein?", Date, false},
		{"In welchem Jahr wurde der IS besiegt?", Date, false},
		{"An welchem Tag wurde Soleimani getötet?", Date, false},
		{"Warum fordert das Parlament den Abzug?", Reason, false},
		{"wie heißt der irakische innenminister", Person, false},
		{"In welchem Jahr begann der Krieg?", Start, false},
		{"an welchem tag fingen die kämpfe an", Start, false},
		{"what year did the war start", Start, false},
		{"Wie hieß der Auftragnehmer, der getötet wurde?", Person, false},
		{"what's the name of the iraqi prime minister", Person, false},
		{"Aus welchem Grund wächst der Druck?", Reason, false},
		{"Wer führte die Sicherheitsdelegation an?", Person, false},
		{"Wer ist der irakische Premierminister?", Person, false},
		{"Welcher Minister besuchte Bagdad?", Person, false},
		{"Wo sind die Soldaten stationiert?", Place, false},
		{"In welchem Land kämpft die Koalition?", Place, false},
		{"aus welchem land kommt die technische autorin", Place, false},
		{"in welchem gebäude findet die konferenz in wolfsburg statt", Place, false},
		{"In which building was the treaty signed?", Place, false},
		{"Welche Organisation führt die Koalition an?", Organisation, false},
		{"Welche Miliz griff die Botschaft an?", Organisation, false},
		{"Welche Länder gehören zur Koalition?", List, false},
		{"Ist der IS besiegt?", YesNo, false},
		{"Haben die USA Truppen im Irak?", YesNo, false},
		{"Gibt es US-Soldaten in Syrien?", YesNo, false},
		{"Setzt die Koalition ihre Einsätze in Syrien fort?", YesNo, false},
		// A verb first, typed without a question mark, still asks yes or
		// no; a first word that may be a noun begins a keyword query.
		{"greift die miliz auch zivilisten an", YesNo, false},
		{"findet die regierung den abzug richtig", YesNo, false},
		{"wollen die usa ihre truppen abziehen", YesNo, false},
		{"ende der mission im irak", Deadline, true},
		{"kosten des einsatzes im irak", Other, true},
		{"angriffe auf die botschaft in bagdad", Other, true},
		{"Und die Italiener?", Other, false},
		{"Was forderte das irakische Parlament?", Other, false},
		{"Was ist die Operation Inherent Resolve?", Other, false},
		// German, keywords.
		{"truppenabzug frist", Deadline, true},
		{"enden mission irak", Other, true},          // a verb first, but no clause
		{"us troops iraq photo credit", Other, true}, // a picture's credit, not how many
		{"us mission irak beratende rolle seit", Start, true},
		{"us troops iraq since", Start, true},
		{"Anzahl US-Soldaten Irak", Count, true},
		{"Truppenstärke Irak 2024", Count, true},
		{"Ende Koalitionsmission", Deadline, true},
		{"Beginn Strategischer Dialog", Start, true},
		{"Abzug Syrien", Other, true},
		{"Soleimani Drohnenangriff", Other, true},
		{"lochsystem erfinder", Person, true},
		{"stunden pro woche zarnix stelle", Count, true}, // a rate asked
		{"zarnix server anfragen per hour", Count, true},
		{"Mit wie vielen Soldaten verteidigte der König die Stadt?", Count, false},
		// English, natural.
		{"How many US troops are in Iraq?", Count, false},
		{"how many soldiers does the coalition have", Count, false},
		{"How much does the mission cost?", Count, false},
		{"When is the deadline for the withdrawal?", Deadline, false},
		{"When will the coalition mission end?", Deadline, false},
		{"Until when will US troops stay?", Deadline, false},
		{"When did the talks begin?", Start, false},
		{"Since when have US troops been in Iraq?", Start, false},
		{"How long will the process take?", Duration, false},
		{"In how much time was the bridge rebuilt?", Duration, false},
		{"Wie viel Zeit bleibt den Gemeinden für die Anträge?", Duration, false},
		{"Wieviel Zeit braucht die Fähre?", Duration, false},
		{"When did the US invade Iraq?", Date, false},
		{"What year was the coalition formed?", Date, false},
		{"Why did the parliament demand a withdrawal?", Reason, false},
		{"Who led the security delegation?", Person, false},
		{"Where are the troops stationed?", Place, false},
		{"Which country leads the coalition?", Place, false},
		{"Which group attacked the embassy?", Organisation, false},
		{"Which countries belong to the coalition?", List, false},
		// What something rests on is its ground.
		{"Worauf beruht die Schätzung der Opferzahl?", Reason, false},
		{"what base are the troops based on", Other, false}, // no reason cue in English
		// A noun in "s" of one thing asks for one.
		{"which news channel first showed the footage", Other, false},
		{"what census counted the most people", Other, false},
		{"which iraqis were killed", List, false}, // "-is", not "-sis"
		{"what gas was released", Other, false},
		{"what this means for the troops", Other, false},
		{"which us officials said so", List, false}, // the noun after the modifier
		{"Is the Islamic State defeated?", YesNo, false},
		{"Did the US withdraw its troops?", YesNo, false},
		{"What did the Iraqi parliament demand?", Other, false},
		// English, keywords.
		{"troop withdrawal deadline", Deadline, true},
		{"troops iraq number", Count, true},
		{"debconf13 austragungsort", Place, true},
		{"fosscamp 2017 location", Place, true},
		{"rust survey country with most respondents", Place, true},
		{"city hall architect", Person, true},                    // the place qualifies the noun asked
		{"zarnix location data leak", Other, true},               // nor is it the head here
		{"zarnix geburtsort", Other, true},                       // a birth asked: its own checks
		{"zarnix hilfe vor ort", Other, true},                    // "on the spot"
		{"popular mobilization forces arabic name", Other, true}, // a name asked, not how many
		{"coalition mission end", Deadline, true},
		{"talks start", Start, true},
		{"Suleimani drone strike", Other, true},
		{"swedish punch system inventor", Person, true},
		{"zarnix pottery fair attendees", Count, true}, // how many came
		{"zarnix plugin downloads", Count, true},
		{"töpfermarkt zarnau besucher", Count, true},
		{"töpfermarkt zarnau teilnehmer", Count, true},
		{"zarnix pottery fair visitors parking", Other, true}, // the visitors qualify what is asked
		{"zarnix forum german users", Other, true},            // users qualify the forum asked
		// Chat's question words without their apostrophe.
		{"wheres the embassy", Place, false},
		{"wich venue hosts the zarcon minidebconf", Place, false}, // chat's "wich"
		{"What location data does Zarnix collect?", Other, false}, // a compound's first noun asks no place
		{"Which town council voted against the plan?", Other, false},
		{"Wich die Armee zurück?", YesNo, false}, // a German verb, not chat's "which"
		{"An welchem Ort fand das Treffen statt?", Place, false},
		{"wich tomcat version fixes it", Other, false}, // "wich" asks "which" of what it names
		{"whos leading the delegation", Person, false},
		{"what did the militiamen who stormed the embassy use", Other, false}, // a relative clause, not who
		{"did the men who stormed the embassy use rockets", YesNo, false},
		{"who was the us ambassador when the militias stormed the embassy", Person, false}, // "when" opens a clause of time
		{"how many troops were there when the talks began", Count, false},
		{"who was the US secretary of state when the treaty was signed", Person, false}, // "state" a noun, no verb of saying
		{"when and where did the talks begin", Start, false},
		{"do you know who stormed the embassy", Person, false},         // asked after a verb of knowing
		{"r there more us troops in syria than in iraq", YesNo, false}, // chat's "r" for "are"
		{"whens the deadline", Deadline, false},
		{"whens the talks", Date, false},
		{"On which days do committees meet?", Date, false}, // the days are the answer, not its subject
		{"An welchen Tagen tagen die Ausschüsse?", Date, false},
		{"whys the mission ending", Reason, false},
		{"embassy rocket attacker", Other, true}, // an attacker may be a state or a militia
		// A keyword query ending in the year or date asks when; one asking
		// the name of an office asks who.
		{"decnet first release year", Date, true},
		{"gründung merit jahr", Date, true},
		{"belagerung von alesia monat", Date, true},
		{"coalition talks first round day", Date, true},
		{"metro passengers a day", Other, true}, // a rate
		{"soldaten tote je tag", Count, true},   // a rate of troops
		{"coalition mission end date", Deadline, true},
		{"irak innenminister name", Person, true},
		{"queen album name", Other, true},
		{"player of the year", Other, true},
		{"opferzahl bürgerkrieg", Count, true},              // a compound of "Zahl"
		{"zarnau originalrezept zucker menge", Count, true}, // an amount asked for
		{"zarnix gdpr fine amount", Count, true},
		{"hafen bußgeld betrag", Count, true},
		{"amount of plastic in oceans study author", Person, true}, // not at the end: the subject's
		{"menge jubelt papst rom", Other, true},                    // a crowd
		{"mitgliederzahlen nato", Count, true},
		{"postleitzahl bagdad", Other, true},
		{"gründung merit jahreszahl", Other, true},
		// A compound naming an event's year or date asks when.
		{"zarnau gründungsjahr", Date, true},
		{"todesjahr goethe", Date, true},
		{"hafen eröffnungsdatum", Date, true},
		{"zarnau lichtjahr", Other, true},
		{"zarnau geschäftsjahr", Other, true},
		{"zarnau ausbildungsjahr", Other, true},
		{"feier des gründungsjahres zarnau", Date, true},
		{"todestag zarnauer bürgermeister", Date, true}, // a day of an event
		{"bürgermeisterin geburtstag", Date, true},
		{"hafen eröffnungstag", Date, true},
		{"bundestag zarnau abgeordnete", Other, true},   // a parliament, not a day
		{"verhandlungstag prozess zarnau", Other, true}, // a day of a trial, not its date
		{"zarnau wahltag", Date, true},
		{"regatta abgabetermine", Deadline, true},
		{"zarnau anmeldeschlusses", Deadline, true},
		{"zarnau landtag sitze", Other, true},
		// A compound naming a limit asks until when; a "Frist" may be a
		// length, and its word alone does not say which.
		{"regatta anmeldeschluss", Deadline, true},
		{"zarnau abgabetermin antrag", Deadline, true},
		{"einsendeschluss fotowettbewerb zarnau", Deadline, true},
		{"beschluss stadtrat zarnau", Other, true},
		{"zarnau anschluss glasfaser", Other, true},
		{"Was geschah im Gründungsjahr?", Other, false},              // a question of what, not a keyword query
		{"Wie hoch war die Mitgliederzahl des Chors?", Count, false}, // how large a compound of "Zahl" is
		{"wie groß ist die opferzahl im winter", Count, false},
		{"wie hoch waren die besucherzahlen 2019", Count, false}, // plural
		{"wie hoch lag die arbeitslosenzahl", Count, false},
		{"Wie groß ist der See mit der höchsten Besucherzahl?", Other, false}, // the compound is not what is asked
		{"Wie hoch ist die Postleitzahl von Bonn?", Other, false},
		{"Wie groß ist die Fläche der Insel?", Other, false},
		{"year of the treaty", Other, true}, // "year" not last: what of the year is asked is unsaid
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := Parse(tt.question, nil)
			if q.Type != tt.want || q.Keyword != tt.keyword {
				t.Errorf("type %s, keyword %v; want %s, %v", q.Type, q.Keyword, tt.want, tt.keyword)
			}
		})
	}
}

func TestFocusLeavesOutCuesAndTime(t *testing.T) {
	tests := []struct {
		question string
		want     []string // analysed focus terms
	}{
		{"Wann ist die Frist für den Abzug?", []string{"abzug"}},
		{"troop withdrawal deadline", []string{"troop", "withdraw"}},
		{"Wie viele Soldaten waren 2020 im Einsatz?", []string{"soldat", "einsatz"}},
		{"Wer führte derzeit die Delegation an?", []string{"anfuhr", "delegation"}},        // "führte … an": anführen
		{"Bis wann sollen die Soldaten abziehen?", []string{"soldat"}},                     // a modal verb is no subject
		{"Until when must the troops withdraw?", []string{"troop"}},                        // "withdraw" is the cue
		{"Who else was killed in the strike?", []string{"kill", "strike"}},                 // "else" is no subject
		{"Wer leitet zur Zeit die Delegation?", []string{"leit", "delegation"}},            // "zur Zeit" says when
		{"Wie misst man die Zeit einer Fährfahrt?", []string{"mess", "zeit", "fahrfahrt"}}, // "Zeit" cues "wie viel Zeit" only
		{"Wie viele Soldaten sind insgesamt im Einsatz?", []string{"soldat", "einsatz"}},   // a sum asked for
		{"how many troops are there altogether", []string{"troop"}},
		{"Wie viele Soldaten sind ungefähr im Einsatz?", []string{"soldat", "einsatz"}}, // a hedge
		{"Wann ist die nächste Sonnenfinsternis?", []string{"sonnenfinsternis"}},        // "the next" is no subject
		{"Wie viele Soldaten sind eigentlich genau im Einsatz?", []string{"soldat", "einsatz"}},
		{"roughly how many troops are deployed right now", []string{"troop"}},
		{"Haben die Einsätze schon begonnen?", []string{"einsatz", "beginn"}}, // a particle of time; a cue of another type is the subject
		// A word that cues one type is the subject in a question of another.
		{"truppen abgezogen jahr", []string{"trupp", "abzieh"}},
		{"Wann wurden die Truppen abgezogen?", []string{"trupp"}},
		// What something grows to is the size asked; elsewhere it is the subject.
		{"how big do ctenophores get", []string{"ctenophor"}},
		{"when did the university become independent", []string{"univers", "becom", "independ"}},
		// A title asked for is the answer, not its subject.
		{"what was the title of tesla's 1937 article", []string{"tesla", "articl"}},
		// but the words of a title cue are no cue elsewhere.
		{"When did the Iraq war start?", []string{"war"}},
		{"Who won the title in 2010?", []string{"won", "titl"}},
		{"Wie heißt der Titel des Films?", []string{"film"}},
		{"have the operations already resumed", []string{"oper", "resum"}},
		{"committee meetings which days", []string{"committe", "meet"}},
		{"Wann tagen die Ausschüsse?", []string{"tag", "ausschuss"}},                  // the verb, not the days of "an welchen Tagen"
		{"Hey, wie viele Soldaten sind im Einsatz?", []string{"soldat", "einsatz"}},   // a greeting
		{"Kannst du mir sagen, wann die Frist für den Abzug ist?", []string{"abzug"}}, // a request's frame
		{"Weißt du, wie viele Soldaten im Einsatz sind?", []string{"soldat", "einsatz"}},
		{"can you tell me how many troops are deployed", []string{"troop"}},
		{"do you know who leads the delegation", []string{"lead", "deleg"}},
		{"what were the talks supposed to ease", []string{"talk", "eas"}}, // "supposed to" is modal
		// A doer's noun is the subject too, though it cues who.
		{"Wer war der Mörder des Präsidenten?", []string{"mord", "prasident"}},
		{"who was the author of the report", []string{"author", "report"}},
		// A particle hyphened to a name is part of the name.
		{"Wer ist al-Sudani?", nil},
		// The collection itself is no subject.
		{"what do the sources say about the delegation", []string{"say", "deleg"}},
		{"Was sagen die Artikel über die Delegation?", []string{"sag", "delegation"}},
		{"which articles mention the delegation", []string{"articl", "mention", "deleg"}}, // no determiner: asked of
		{"Wie heiß sind die Quellen im Kurort?", []string{"heiss", "quell"}},              // springs, which say nothing
		{"who were the sources for the story", []string{"sourc", "stori"}},
		// One article, named by its agency: the agency stays, as it tells
		// which article.
		{"welches land nennt der afp-text ein krisenland", []string{"nenn", "afp", "krisenland"}},
		{"what does the reuters article say about the delegation", []string{"reuter", "say", "deleg"}},
		{"Was steht im Text des Vertrags?", []string{"steh", "text", "vertrag"}}, // no speaking verb: a text in the news
		// Attributed to the latest report, it is the collection, asked
		// for its newest; a report asked about is a subject.
		{"wie viele us soldaten sind laut der neuesten meldung in syrien", []string{"soldat", "syri"}},
		{"how many troops are in syria according to the latest reports", []string{"troop", "syria"}},
		{"Wann war der Präsident laut Bericht in Bagdad?", []string{"prasident"}},
		{"Was fordert der neueste Bericht des Pentagons?", []string{"ford", "bericht", "pentagon"}}, // "neueste" asks the newest, as "latest" does
		{"what did the latest report find", []string{"report", "find"}},                             // "latest" asks the newest as ever
		{"how many troops are in syria according to the reuters report", []string{"troop", "syria", "reuter"}},
		{"how many troops are in syria according to sources", []string{"troop", "syria"}},
		{"wie viele soldaten sind laut den neuesten offiziellen angaben in syrien", []string{"soldat", "syri"}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := Parse(tt.question, nil)
			var got []string
			for _, f := range q.Focus {
				got = append(got, f.Term)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("focus %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("focus %v, want %v", got, tt.want)
				}
			}
		})
	}
}

// A month named without a year is asked of as such; with a year, the
// year decides.
func TestTimeMonth(t *testing.T) {
	tests := []struct {
		question string
		month    int
	}{
		{"wo wurde ende oktober eine basis beschossen", 10},
		{"Was geschah im März?", 3},
		{"Was geschah am 3. Januar?", 1},
		{"Wie viele Soldaten waren im Juni 2020 im Irak?", 0},
		{"Wie viele Soldaten sind im Irak?", 0},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := Parse(tt.question, nil).Time.Month; got != tt.month {
				t.Errorf("month %d, want %d", got, tt.month)
			}
		})
	}
	if !(Time{Month: 10}).CoversMonth("2019-10-28") || (Time{Month: 10}).CoversMonth("2019-12") || (Time{}).CoversMonth("2019-10") {
		t.Error("CoversMonth reads the month of a value wrongly")
	}
}

func TestTime(t *testing.T) {
	tests := []struct {
		question string
		year     int
		current  bool
	}{
		{"Wie viele US-Soldaten waren 2020 im Irak?", 2020, false},
		{"Wie viele Soldaten waren im Juni 2020 im Irak?", 2020, false},
		{"Wie viele US-Soldaten sind derzeit im Irak?", 0, true},
		{"How many troops are currently in Iraq?", 0, true},
		{"How many troops were in Iraq in 2024?", 2024, false},
		{"Wie viele Soldaten sind im Irak?", 0, false},
		{"wer ist zur zeit ministerpräsident", 0, true},
		{"how many troops are in iraq at the moment", 0, true},
		{"Wie viele Soldaten sind im Moment dort?", 0, true},
		{"What was the moment of truth?", 0, false},
		{"what are the us troops in iraq doing these days", 0, true},
		{"how many us troops in iraq rn", 0, true},
		{"how many us troops are in iraq atm", 0, true},
		{"Wie viele Soldaten sind dieser Tage im Irak?", 0, true},
		{"Wie viele Soldaten sind heutzutage im Irak?", 0, true},
		{"How many days did the siege last?", 0, false},
		{"Was geschah in der Zeit des Krieges?", 0, false},
		{"what is the newest stable release", 0, true},
		{"was ist die neueste zwischenveröffentlichung", 0, true},
		{"welches ist die neuste version", 0, true},
		{"What is the new release called?", 0, false},
		{"who left the team most recently", 0, true},
		{"what did the most recent survey find", 0, true},
		{"wer ist kürzlich ausgetreten", 0, true},
		{"wer ist der jüngste abgeordnete", 0, false}, // the youngest
		{"what happened in recent years", 0, false},
		{"exim cve-2017-16943 default install affected", 0, false}, // an identifier's number
		{"curl cve-2013-2014 fix version", 0, false},               // its last number
		{"samba 2015 cve", 2015, false},
		{"bis wann muss der knoten auf 2021.3.2-hafen1 aktualisiert sein", 0, false}, // a version's first number
		{"firmware 2018.1.4+nord stable date", 0, false},
		{"which firmware came out in 2018.", 2018, false}, // a year that ends the sentence
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := Parse(tt.question, nil)
			if q.Time.Year() != tt.year || q.Time.Current != tt.current {
				t.Errorf("time %+v (year %d), want year %d, current %v", q.Time, q.Time.Year(), tt.year, tt.current)
			}
		})
	}
}

// A question that asks for a sum says so (Query.Sum).
func TestSum(t *testing.T) {
	for q, want := range map[string]bool{
		"Wie viele Soldaten sind insgesamt im Irak und in Syrien?": true,
		"how many troops are in iraq and syria altogether":         true,
		"how many troops are there in total":                       true,
		"Wie viele Soldaten sind im Irak?":                         false,
	} {
		if got := Parse(q, nil).Sum; got != want {
			t.Errorf("Parse(%q).Sum = %v, want %v", q, got, want)
		}
	}
}

// A question may name a span of years; any year in it is asked about, and
// the span's words are time, not the question's subject.
func TestTimeSpan(t *testing.T) {
	tests := []struct {
		question string
		years    []string
	}{
		{"wie viele mann hatte die kontinentalarmee im winter 1777/78 noch", []string{"1777", "1778"}},
		{"Was geschah von 1939 bis 1945 in Polen?", []string{"1939", "1940", "1941", "1942", "1943", "1944", "1945"}},
		{"What happened between 2014 and 2017?", []string{"2014", "2015", "2016", "2017"}},
		{"Was geschah zwischen 2014 und 2017?", []string{"2014", "2015", "2016", "2017"}},
		{"Was geschah am 1. und 2. Mai 2020?", []string{"2020"}}, // two days, no span
		{"Wie viele Soldaten waren 2020 im Irak?", []string{"2020"}},
		{"Wie viele Soldaten sind im Irak?", nil},
		{"Was geschah 216 v. Chr.?", []string{"216"}}, // written as the text writes it
		{"Was geschah 218–216 v. Chr.?", []string{"218", "217", "216"}},
	}
	for _, tt := range tests {
		q := Parse(tt.question, nil)
		if got := q.Time.Years(); !slices.Equal(got, tt.years) {
			t.Errorf("Parse(%q).Time = %+v: years %q, want %q", tt.question, q.Time, got, tt.years)
		}
		for _, f := range q.Focus {
			if f.Term == "78" || f.Term == "1945" || f.Term == "2017" {
				t.Errorf("Parse(%q): the span's %q is a focus word", tt.question, f.Text)
			}
		}
	}
	span := Time{Value: "1777-WI", Until: "1778-WI"}
	for value, want := range map[string]bool{"1777-WI": true, "1778-03": true, "1779": false, "1776-12-24": false, "": false, "PRESENT_REF": false} {
		if got := span.Covers(value); got != want {
			t.Errorf("%+v.Covers(%q) = %v, want %v", span, value, got, want)
		}
	}
	// A winter reaches into the next year.
	winter := Time{Value: "2023-WI"}
	for value, want := range map[string]bool{"2023-12": true, "2024-01": true, "2023": true, "2025": false} {
		if got := winter.Covers(value); got != want {
			t.Errorf("%+v.Covers(%q) = %v, want %v", winter, value, got, want)
		}
	}
	// Before the common era the years run backwards: 218 BC to 216 BC.
	bc := Time{Value: "BC0218", Until: "BC0216"}
	for value, want := range map[string]bool{"BC0217": true, "BC0216-SU": true, "BC0219": false, "0217": false} {
		if got := bc.Covers(value); got != want {
			t.Errorf("%+v.Covers(%q) = %v, want %v", bc, value, got, want)
		}
	}
}

// A deadline question asks for a limit set in advance ("Bis wann …?",
// "Frist"), or in the present for an end still ahead ("Wann endet …?",
// "Wann ziehen … ab?"), or in the past for when something ended ("Wann
// verließen …?").
func TestAsksLimit(t *testing.T) {
	tests := []struct {
		question string
		want     bool
	}{
		{"Bis wann ziehen die US-Truppen aus dem Irak ab?", true},
		{"Wann ist die Frist für den Abzug?", true},
		{"troop withdrawal deadline", true},
		{"Until when will the troops stay?", true},
		{"Wann verließen die letzten US-Soldaten Vietnam?", false},
		{"When did the last US soldiers leave Vietnam?", false},
		{"Wann endet die Mission?", true},
		{"Wann ziehen die US-Truppen aus dem Irak ab?", true},
		{"When do the US troops withdraw from Iraq?", true},
		{"Wann endete die Mission?", false},
		{"Wann zogen die US-Truppen aus dem Irak ab?", false},
		{"Wann wurde die Mission beendet?", false},
		{"Wie viele Soldaten sind im Irak?", false},
	}
	for _, tt := range tests {
		if got := Parse(tt.question, nil).AsksLimit(); got != tt.want {
			t.Errorf("%s: AsksLimit = %v, want %v", tt.question, got, tt.want)
		}
	}
}

// A question's tense: what happened, or what is or is to come.
func TestPast(t *testing.T) {
	for _, c := range []struct {
		question string
		want     bool
	}{
		{"Wann zogen die US-Truppen aus dem Irak ab?", true},
		{"Wann starb Dschingis Khan?", true},
		{"Wann stationierten die USA Truppen in Kuwait?", true},
		{"Wann wurde die Botschaft geschlossen?", true},
		{"Wann hat die Koalition den Irak verlassen?", true},
		{"When did the troops leave?", true},
		{"When was the embassy closed?", true},
		{"Wann ziehen die US-Truppen aus dem Irak ab?", false},
		{"Wann endet die Mission?", false},
		{"Wann stirbt die Mission?", false},
		{"Bis wann bleiben die Soldaten?", false},
		{"When do the troops leave?", false},
		{"When will the mission end?", false},
		{"When has the mission ended?", true},
		{"By when does the mission have to be finished?", false}, // a must, not the perfect
		{"Wann darf die Bundeswehr abziehen?", false},
		{"Was weiß man über den Abzug?", false},
		{"Wann sind die Soldaten stationiert?", false},
		{"Wann ist der General gestorben?", true},
	} {
		if got := Parse(c.question, nil).Past; got != c.want {
			t.Errorf("%s: Past = %v, want %v", c.question, got, c.want)
		}
	}
}

func TestSameOffice(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"ministerprasident", "premierminist", true},
		{"premierminist", "regierungschef", true},
		{"ministerprasident", "ministerprasident", true},
		{"ministerprasident", "verteidigungsminist", false},
		{"botschaft", "botschaft", false}, // no office of the table
	} {
		if got := SameOffice(c.a, c.b); got != c.want {
			t.Errorf("SameOffice(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	if Synonyms("ministerprasident") == nil || Synonyms("einwohn") == nil || Synonyms("soldat") != nil {
		t.Error("Synonyms: want the words of a head of government and of a population, none for soldiers")
	}
	if SameOffice("einwohn", "popul") {
		t.Error("SameOffice: a population is no office")
	}
	if Synonyms("einmarschi") == nil || Synonyms("invad") == nil {
		t.Error("invasion: want Einmarsch for invade and einmarschieren")
	}
	if Synonyms("unterred") == nil || CompoundSynonyms("friedensverhandl") == nil || CompoundSynonyms("verhandl") != nil ||
		CompoundSynonyms("friedenstrupp") != nil {
		t.Error("talks: want Unterredungen for Verhandlungen and for a compound ending in them, none for the word alone or other compounds")
	}
}

func TestWantsName(t *testing.T) {
	for _, c := range []struct {
		question string
		want     bool
	}{
		{"Wie hieß der Auftragnehmer, der getötet wurde?", true},
		{"wie heißt der irakische innenminister", true},
		{"Wer griff die Botschaft an?", false},                     // a group answers too
		{"What is the name of matters outside its powers?", false}, // a thing's name
	} {
		if got := Parse(c.question, nil).WantsName; got != c.want {
			t.Errorf("%q: WantsName = %v, want %v", c.question, got, c.want)
		}
	}
}

func TestAsksName(t *testing.T) {
	for _, c := range []struct {
		question string
		want     bool
	}{
		{"name of us operation against isis", true},
		{"Wie heißt die Operation der Koalition?", true},
		{"What was the operation called?", true},
		{"Wann begann die Operation?", false},
	} {
		if got := Parse(c.question, nil).AsksName; got != c.want {
			t.Errorf("%q: AsksName = %v, want %v", c.question, got, c.want)
		}
	}
}

// Whom someone named works for is asked by a work verb or a final "from"
// in an organisation question; the verb is then no subject a quote must
// state ("Scott Geary of VendHQ").
func TestAsksEmployer(t *testing.T) {
	for _, c := range []struct {
		question string
		want     bool
	}{
		{"Which company did Scott Geary work for?", true},
		{"Which company does Anna Berg work at?", true},
		{"Für welche Firma arbeitet Anna Berg?", true},
		{"Bei welcher Firma arbeitet Anna Berg?", true},
		{"Bei welchem Unternehmen arbeitete Anna Berg?", true},
		{"Which company made the Zarnix?", false},                                 // no one works for it
		{"Which company did the work on the bridge?", false},                      // what was worked on
		{"Which company did the repair work on the old bridge at Mostar?", false}, // "at" is where
		{"Which company was employed by Tesla to build the factory?", false},      // who employed whom
		{"Who did Scott Geary work for?", false},                                  // a person question
		{"anna berg arbeitgeber", true},                                           // the noun asks it outright
		{"Who is Scott Geary's employer?", false},                                 // a person question, as "who" says
		{"Wie viele Arbeitgeber gibt es in Bremen?", false},                       // a count of them
	} {
		q := Parse(c.question, nil)
		if got := q.AsksEmployer; got != c.want {
			t.Errorf("%q (type %s): AsksEmployer = %v, want %v", c.question, q.Type, got, c.want)
		}
		if q.AsksEmployer && slices.ContainsFunc(q.Focus, func(f Term) bool { return workVerbs[strings.ToLower(f.Text)] || employerNouns[strings.ToLower(f.Text)] }) {
			t.Errorf("%q: focus %v holds the work verb", c.question, q.Focus)
		}
	}
}

// A body of troops is asked about as troops: its figures answer.
func TestTroopWords(t *testing.T) {
	for q, want := range map[string]bool{
		"how big is the german contingent in mali":      true,
		"Wie groß ist das deutsche Kontingent in Mali?": true,
		"Wie viele US-Soldaten sind im Irak?":           true,
		"Wie viele Einwohner hat die Stadt?":            false,
		"how many GIs are deployed in iran these days":  true, // soldiers, and whose
		// Soldiers named, something else counted: not their figures.
		"auf wie viele zeitabschnitte kann ein soldat die teilzeit verteilen": false,
		"wie viele wochen mutterschutz hat eine soldatin":                     false,
		"wie viele tage urlaub bekommt ein soldat":                            false, // a length of time
		"how many rockets hit the base where us troops are":                   false,
		"mutterschutz soldatin wochen":                                        false, // a keyword query ending in a unit of time
		"how many career soldiers could retire early":                         true,  // a compound written apart
		"wie viele italienische soldaten sind im irak":                        true,
		"how many us combat troops are in iraq":                               true,
		"how many members of the armed forces are in iraq":                    true,
		"how many weapons for the troops are there":                           false,
		"wie viele panzer für die soldaten gibt es":                           false,
		"us troops not withdrawn after request number":                        true, // a keyword query's noun before "number" is no sure count
	} {
		if got := Parse(q, nil).Troops; got != want {
			t.Errorf("%q: Troops = %v, want %v", q, got, want)
		}
	}
}

// A question about when an article appeared asks for its date line; what
// the article is about is its subject, not the article or its appearing.
func TestAsksPublished(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
		focus    []string
	}{
		{"Wann erschien der Artikel über den Truppenabbau?", true, []string{"truppenabbau"}},
		{"Wann wurde der Beitrag über die Koalition veröffentlicht?", true, []string{"koalition"}},
		{"Wann wurde der Bericht des Ministeriums veröffentlicht?", false, nil}, // a report in the news
		{"Wann veröffentlichte das Ministerium seinen Artikel?", false, nil},
		{"When were the hostages released, according to the report?", false, nil},
		{"Wann erschien der Präsident laut Bericht in Bagdad?", false, nil},
		{"what time did the piece on the troop cut go out", true, []string{"troop", "cut"}},
		{"when was the article about the coalition published", true, []string{"coalit"}},
		{"Wann wurde die Erklärung veröffentlicht?", false, nil}, // a statement the text reports, not the article
		{"When did the troops go out?", false, nil},
		{"Wie viele Artikel erschienen 2020?", false, nil}, // a count, not a date
	} {
		t.Run(tt.question, func(t *testing.T) {
			q := Parse(tt.question, nil)
			if q.AsksPublished != tt.want {
				t.Fatalf("AsksPublished = %v, want %v", q.AsksPublished, tt.want)
			}
			if !tt.want {
				return
			}
			if q.Type != Date {
				t.Errorf("type %v, want date", q.Type)
			}
			var got []string
			for _, f := range q.Focus {
				got = append(got, f.Term)
			}
			if !slices.Equal(got, tt.focus) {
				t.Errorf("focus %v, want %v", got, tt.focus)
			}
		})
	}
}

// A question about an article's picture asks for its credit line.
func TestAsksCredit(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"who took the picture for the article about the troop cut", true},
		{"Unter welcher Lizenz steht das Beitragsbild?", true},
		{"Wer ist der Fotograf des Bildes?", true},
		{"Wer hat das Foto zum Artikel über den Abzug gemacht?", true},
		{"Welches Bild zeichnet der Bericht von der Lage?", false}, // a picture in words, not the article's
		{"Wer steht auf dem Foto?", false},                         // who is shown, not who took it
		{"Who is in the picture?", false},
		{"who took the city of Mosul", false},
	} {
		if got := Parse(tt.question, nil).AsksCredit; got != tt.want {
			t.Errorf("Parse(%q).AsksCredit = %v, want %v", tt.question, got, tt.want)
		}
	}
}

// A question about an article's headline asks for its title line, and its
// focus is what the article is about.
func TestAsksHeadline(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
		focus    []string
	}{
		{"wie lautet die schlagzeile vom artikel über den truppenabbau", true, []string{"truppenabbau"}},
		{"Was ist die Überschrift des Beitrags über die Koalition?", true, []string{"koalition"}},
		{"what was the headline of the piece on the troop cut", true, []string{"troop", "cut"}},
		{"Wie lautet der Titel des Artikels über den Abzug?", true, []string{"abzug"}},
		{"Welchen Titel trug der General?", false, nil}, // a person's title, not an article's
		{"Welchen Titel trägt Shapiro laut dem Artikel?", false, nil},
		{"which general made headlines after the strike", false, nil}, // news, not a headline
		{"Welcher Politiker machte Schlagzeilen?", false, nil},
		{"Wann erschien der Artikel mit der Schlagzeile über den Abzug?", false, nil}, // when it appeared
	} {
		q := Parse(tt.question, nil)
		if q.AsksHeadline != tt.want {
			t.Errorf("Parse(%q).AsksHeadline = %v, want %v", tt.question, q.AsksHeadline, tt.want)
			continue
		}
		if !tt.want {
			continue
		}
		var got []string
		for _, f := range q.Focus {
			got = append(got, f.Term)
		}
		if !slices.Equal(got, tt.focus) {
			t.Errorf("%q: focus %v, want %v", tt.question, got, tt.focus)
		}
	}
}

// A question about which agency an article came from asks for its date
// line too, keeping its own type.
func TestAsksAgency(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"troop reduction article june 2020 news agencies", true},
		{"Von welcher Nachrichtenagentur stammt der Artikel über den Abzug?", true},
		{"Was meldete die staatliche Nachrichtenagentur INA?", false}, // an agency in the news, not the article's
		{"Which agency did the report say was in charge?", false},
		{"Wie viele Artikel hat die Agentur veröffentlicht?", false}, // a count
	} {
		if got := Parse(tt.question, nil).AsksPublished; got != tt.want {
			t.Errorf("Parse(%q).AsksPublished = %v, want %v", tt.question, got, tt.want)
		}
	}
}

// A question about someone's office asks for the noun of his role, in a
// keyword query, after a which-word or at the question's end; an office
// that does something is no such question.
func TestAsksRole(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"Soleimani job position", true},
		{"Welches Amt hat Basem al-Awadi?", true},
		{"What position did Leotychidas hold?", true},
		{"What was Pompeo's job?", true},
		{"What did Al-Sudani's office say about the talks?", false},
		{"Welche Rolle spielte die Armee?", false}, // no one named
	} {
		if got := Parse(tt.question, recognizer(t)).AsksRole; got != tt.want {
			t.Errorf("Parse(%q).AsksRole = %v, want %v", tt.question, got, tt.want)
		}
	}
}

// "what time" asks when only before its verb: "What time frame did the US
// set?" asks for a span.
func TestWhatTime(t *testing.T) {
	for q, want := range map[string]Type{
		"What time did the talks begin?":                     Date,
		"what time did the piece go out":                     Date,
		"What time frame did the US set for the withdrawal?": Other,
		// Dates asked for are a date, not a list of things.
		"between which dates can a soldier be released early": Date,
	} {
		if got := Parse(q, nil).Type; got != want {
			t.Errorf("Parse(%q).Type = %s, want %s", q, got, want)
		}
	}
}

// What a question asks besides its type is read once, from its words.
func TestQuestionProperties(t *testing.T) {
	type props struct{ howOften, length, size, weekday, consequence, share, age, days, since, clock, version bool }
	for _, tt := range []struct {
		question string
		want     props
	}{
		{"wie oft schlugen raketen ein", props{howOften: true}},
		{"Wie oft?", props{howOften: true}},
		{"how long, roughly, was the wall", props{length: true}},
		{"How many times did the militias attack?", props{howOften: true}},
		{"Wie viele Raketen schlugen ein?", props{}},
		{"how long was hadrians wall", props{length: true}},
		{"Wie lang ist der Rhein?", props{length: true}},
		{"Wie lange dauerte der Krieg?", props{}},
		{"An welchem Wochentag wurde Soleimani getötet?", props{weekday: true}},
		{"what day of the week did the talks start", props{weekday: true}},
		{"On which days do committees meet?", props{days: true}}, // a schedule: weekdays answer best
		{"An welchen Tagen tagen die Ausschüsse?", props{days: true}},
		{"Welche Tageszeitung berichtete zuerst?", props{}}, // a newspaper, not days
		{"Wozu führte der Einmarsch?", props{consequence: true}},
		{"what did the invasion lead to", props{consequence: true}},
		{"Wer führte die Delegation an?", props{}},
		{"how big do ctenophores get", props{size: true}},
		{"Wie breit ist der Rhein bei Köln?", props{size: true}},
		{"Wie hoch ist das Risiko?", props{}},                   // a risk's height is no size
		{"Wie schwer wurde der Soldat verletzt?", props{}},      // how severe
		{"Wie hoch ist die Zahl der Soldaten?", props{}},        // a count
		{"How large was the Red Army?", props{}},                // a count of troops
		{"when did the university become independent", props{}}, // no size
		{"what share of norway's people died", props{share: true}},
		{"Welcher Anteil der Bevölkerung starb?", props{share: true}},
		{"what percentage of voters backed the treaty", props{share: true}},
		{"how did the leaders share power", props{}},              // sharing
		{"Welchen Anteil hatte Merkel an der Einigung?", props{}}, // a part played
		{"wie hoch war 1979 der ja-anteil beim referendum", props{share: true}},
		{"Wie groß ist der Frauenanteil im Bundestag?", props{share: true}}, // a share, not a size
		{"how high was the share of votes for the assembly", props{share: true}},
		{"how high was the deutsche bank share price in 2008", props{}}, // a price
		{"Wie hoch ist der Anteil?", props{share: true}},
		{"Wie hoch ist der Turm?", props{}},         // a height; not a share
		{"Wie hoch war der Anteilschein?", props{}}, // a share certificate
		{"How old do you have to be to become an MSP?", props{age: true}},
		{"Wie alt war Dschingis Khan, als er starb?", props{age: true}},
		{"how old is the oldest tree", props{age: true}},
		{"Wie lange ist die Altersgrenze?", props{}},
		{"seit welcher version unterstützt zarnix uefi", props{since: true}},
		{"since which release does zarnix boot with uefi", props{since: true}},
		{"ab welcher go version läuft go auf windows arm64", props{since: true}},
		{"ab welchem release gibt es uefi", props{since: true}},
		{"which go version added generics", props{since: true}},
		{"what release first shipped uefi", props{since: true}},
		{"ab welcher pin-priority wird ein paket nicht installiert", props{}}, // a threshold
		{"ab welchem alter darf man wählen", props{}},                         // a threshold of age
		{"which go version is in gcc 4.8.0", props{version: true}},            // which, not since which
		{"what conversion added the tax", props{}},                            // no version
		{"welche brltty version ist bei debian 12 dabei", props{version: true}},
		{"standard for public code latest version", props{version: true}},
		{"gosa version bookworm", props{version: true}},
		{"whats the latest go release", props{version: true}},
		{"who wrote the first version of dpkg", props{}},                 // a person
		{"when was version 1.1 of the social contract adopted", props{}}, // a date
		{"was ist die neueste zarnix version", props{version: true}},
		{"welche ist die neuste version von zarnix", props{version: true}},
		{"which zarnix versions are supported", props{version: true}},
		{"which release manager approved it", props{}},        // another thing than a release
		{"what do the release notes say about tls", props{}},  // the notes
		{"what is new in the latest zarnix release", props{}}, // what is new
		{"what changed in the current version", props{}},      // what changed
		{"Um wie viel Uhr legt die Fähre ab?", props{clock: true}},
		{"fähre laboe abfahrt uhrzeit", props{clock: true}},
		{"what time does the ferry leave", props{clock: true}},
		{"by what time each day must the pier office report", props{clock: true}},
		{"Wie viel Uhr war es, als die Fähre ablegte?", props{clock: true}},
		{"what time of year does the regatta take place", props{}}, // a season
		{"what time period does the tribunal cover", props{}},      // a period
		{"Wann wird die Uhrzeit umgestellt?", props{}},             // a date
		{"Wann und zu welcher Uhrzeit legt die Fähre ab?", props{clock: true}},
		{"wie viele uhren verkauft der laden", props{}}, // clocks counted
		{"Wann legt die Fähre ab?", props{}},            // a day will do
	} {
		q := Parse(tt.question, nil)
		if got := (props{q.HowOften, q.AsksLength, q.AsksSize, q.AsksWeekday, q.AsksConsequence, q.AsksShare, q.AsksAge, q.AsksDays, q.AsksSince, q.AsksClock, q.AsksVersion}); got != tt.want {
			t.Errorf("%q: %+v, want %+v", tt.question, got, tt.want)
		}
	}
}

// A question for a part of a name asks who, and says which part.
func TestNamePart(t *testing.T) {
	tests := []struct {
		question string
		want     NamePart
	}{
		{"whats the generals first name", NameFirst},
		{"Wie lautet der Vorname des Botschafters?", NameFirst},
		{"what is the senators middle name", NameMiddle},
		{"Wie ist der Nachname der Ministerin?", NameLast},
		{"what's the family name of the king", NameLast},
		{"where did he get the first name woody from", ""}, // asks where
		{"Wie lauten Vorname und Nachname des Botschafters?", NameFirst},
		{"Who was the first president?", ""},
		{"what is the name of the operation", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := Parse(tt.question, nil)
			if q.NamePart != tt.want {
				t.Errorf("NamePart %q, want %q", q.NamePart, tt.want)
			}
			if tt.want != "" && (q.Type != Person || !q.WantsName) {
				t.Errorf("type %s, wants name %v; want a person's name", q.Type, q.WantsName)
			}
		})
	}
}

func TestAsksMoney(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"how much did the bridge in lisbon cost", true},
		{"Wie viel hat die Oper in Hamburg gekostet?", true},
		{"wie viel gold musste die stadt zahlen", true},
		{"bei wie vielen konzerten spielte die band", false},       // played, not grossed
		{"Wie viele Menschenleben hat der Krieg gekostet?", false}, // how many, not how much
		{"How many years did she spend in prison?", false},
		{"Wie viele Soldaten sind im Irak?", false},
		{"What did the mission cost the Iraqis?", false}, // no how-much question
		// A keyword query that ends in what something costs asks how much.
		{"harbour crane repair price", true},
		{"hafenkran reparatur kosten", true},
		{"kosten hafenkran reparatur", false}, // the price qualifies what is asked
		{"zarnix literatur preis", false},     // a prize
	} {
		if got := Parse(tt.question, nil).AsksMoney; got != tt.want {
			t.Errorf("Parse(%q).AsksMoney = %v, want %v", tt.question, got, tt.want)
		}
	}
}

// "in the first place" asks "at all": no rank is asked of, and neither
// "first" nor "place" is a word the answer must say; "first place" alone
// is a rank.
func TestInTheFirstPlaceIsNoRank(t *testing.T) {
	for _, tt := range []struct {
		question string
		ordinal  bool
	}{
		{"Why did the company hire a lawyer in the first place?", false},
		{"who took first place in the race", true},
		{"What did they find in the first place they searched?", true},
		{"Who preached in the first place of worship built in the colony?", true},
		{"why did they move in the first place, and when", false},
		{"who was the first governor of the colony", true},
	} {
		q := Parse(tt.question, nil)
		got := slices.ContainsFunc(q.Constraints, func(c Constraint) bool { return c.Kind == Ordinal })
		if got != tt.ordinal {
			t.Errorf("%q: ordinal constraint %v, want %v", tt.question, got, tt.ordinal)
		}
		if !tt.ordinal && slices.ContainsFunc(q.Content, func(c Term) bool { return c.Text == "place" || c.Text == "first" }) {
			t.Errorf("%q: content %+v holds the idiom's words", tt.question, q.Content)
		}
	}
}

// A range of time holds the years between its ends, the ends included,
// whichever end is written first; an end without a year holds nothing.
func TestTimeWithinRange(t *testing.T) {
	for _, c := range []struct {
		time        Time
		first, last string
		want        bool
	}{
		{Time{Value: "2009"}, "2008-04", "2010-04", true},
		{Time{Value: "2008"}, "2008-04", "2010-04", true},
		{Time{Value: "2011"}, "2008-04", "2010-04", false},
		{Time{Value: "2009"}, "2010", "2008", true},
		{Time{Value: "1944", Until: "1950"}, "1939", "1945", true},
		{Time{Value: "2009"}, "PRESENT_REF", "2010", false},
		{Time{}, "2008", "2010", false},
	} {
		if got := c.time.WithinRange(c.first, c.last); got != c.want {
			t.Errorf("%+v.WithinRange(%q, %q) = %v, want %v", c.time, c.first, c.last, got, c.want)
		}
	}
}

// A question names the kind of address it asks for, and only by the word
// for address: an e-mail or an IP address; the version of IP where it
// names one.
func TestAsksAddress(t *testing.T) {
	for _, tt := range []struct {
		question, want string
	}{
		{"kassenwart email adresse", AddressEmail},
		{"Wie lautet die E-Mail-Adresse des Kassenwarts?", AddressEmail},
		{"what is the email address of the treasurer", AddressEmail},
		{"an welche adresse geht die mail", AddressEmail},
		{"what is the ip address of the mail server", AddressIP},                   // the kind written onto "address" wins
		{"welche adresse hat der verein auf seiner mail an die stadt genannt", ""}, // words apart: a street address
		{"how do i change my email address", ""},                                   // asked about, not for
		{"why did the ip address change", ""},
		{"Welche Mailadresse hat der Verein?", AddressEmail},
		{"router ip adresse", AddressIP},
		{"Welche IP-Adresse hat der Drucker?", AddressIP},
		{"what is the ipv6 address of the printer", AddressIPv6},
		{"multicast adresse ipv4", AddressIPv4},
		{"wie viele mails kamen pro tag", ""},      // mails, no address
		{"wann wurde tcp/ip veröffentlicht", ""},   // IP named, no address
		{"Welche Adresse hat das Rathaus?", ""},    // a street address: no form of its own
		{"who answered the treasurer's email", ""}, // an e-mail, not its address
		{"how long is an ipv6 address", ""},        // its length is asked
	} {
		if got := Parse(tt.question, nil).AsksAddress; got != tt.want {
			t.Errorf("%q: AsksAddress %q, want %q", tt.question, got, tt.want)
		}
	}
}

// Memory and disk space are asked by their nouns, and in a keyword query
// a size by its noun too: an amount of data or a figure answers them.
func TestAsksStorageAndSize(t *testing.T) {
	for _, tt := range []struct {
		question      string
		storage, size bool
	}{
		{"how much space does the cache take", true, false}, // a count: the type's own figure rules
		{"ram kassenrechner", true, true},
		{"Wie viel Arbeitsspeicher braucht der Server?", true, false},
		{"backup festplattenplatz", true, true},
		{"vereinsheim größe", false, true},
		{"zip max file size", false, true},
		{"wer hat den speicher gebaut", true, false}, // the noun as written: a person's question reads it nowhere
		{"vereinsheim eröffnung", false, false},
		{"What is the size of the club house?", false, false}, // a question in words asks by its phrase ("how big")
	} {
		q := Parse(tt.question, nil)
		if q.AsksStorage != tt.storage || q.AsksSize != tt.size {
			t.Errorf("%q: AsksStorage %v, AsksSize %v, want %v, %v", tt.question, q.AsksStorage, q.AsksSize, tt.storage, tt.size)
		}
	}
}

// "How much faster …?" asks by how much something differs, which a ratio
// answers with no noun counted: a comparative after "how much", "wie
// viel" or "how many times", typed without umlauts too, or later where a
// verb follows the question words.
func TestAsksChange(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"wie viel schneller startet zarnix 3 als zarnix 2", true},
		{"how much smaller did the quarkdb index get in version 4", true},
		{"um wie viel größer werden die zarnix dateien", true},
		{"wie viel groesser werden die zarnix dateien", true}, // typed without umlauts
		{"wieviel schneller ist zarnix 3", true},
		{"wie viel prozent schneller ist zarnix 3", true},
		{"how many times faster is the new quarkdb parser", true},
		{"um wie viel ist zarnix 3 schneller als zarnix 2", true}, // a verb first: no noun is counted
		{"how much money did the club raise", false},              // a count, no comparative
		{"wie viele größere städte gibt es", false},               // "wie viele" counts a noun
		{"which quarkdb parser is faster", false},                 // no "how much": not a count
		{"how much water does the larger tank hold", false},       // a noun counted before the comparative
	} {
		if got := Parse(tt.question, nil).AsksChange; got != tt.want {
			t.Errorf("%q: AsksChange %v, want %v", tt.question, got, tt.want)
		}
	}
}

// A question for what a short form stands for names it: before "stand
// for", after "wofür steht", beside "abkürzung"; a single letter or a
// long word is no short form to spell out, and "mean" asks a meaning.
func TestAsksExpansion(t *testing.T) {
	for q, want := range map[string]string{
		"what does gephi stand for":                        "gephi",
		"vliw stands for":                                  "vliw",
		"wofür steht mac bei mac adresse":                  "mac",
		"Wofür steht WEP?":                                 "wep",
		"für was steht dhcp":                               "dhcp",
		"abkürzung dhcp":                                   "dhcp",
		"what is apt short for":                            "apt",
		"what does the letter p stand for":                 "",
		"what does the community stand for":                "",
		"what does yasg mean in drf-yasg":                  "",
		"wofür steht die partei":                           "",
		"what does the party stand for":                    "",
		"what does their party stand for":                  "",
		"Wofür steht Merz?":                                "",
		"What does SMART stand for?":                       "smart",
		"what does it stand for":                           "",
		"What does IT stand for?":                          "it",
		"wie viele soldaten stehen für die mission bereit": "",
	} {
		if got := Parse(q, nil).AsksExpansion; got != want {
			t.Errorf("%q: AsksExpansion = %q, want %q", q, got, want)
		}
	}
}
