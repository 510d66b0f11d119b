package retrieval

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/names"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/timex"
	"github.com/quellen/quellen/store"
)

// A where-question's answer names a place; a nationality adjective, a
// compound's first part, a force or a people says whose, not where.
func TestNamesPlace(t *testing.T) {
	table, err := names.New()
	if err != nil {
		t.Fatal(err)
	}
	r := entity.New(table)
	for _, c := range []struct {
		text, lang string
		want       bool
	}{
		{"Die USA griffen in der Nähe des Flughafens von Bagdad an.", "de", true},
		{"Die Truppen sind in Syrien stationiert.", "de", true},
		{"The strike happened near Baghdad airport.", "en", true},
		{"Die irakischen Beamten nannten den US-Streik einen Verstoß gegen die irakische Souveränität.", "de", false},
		{"Die Bundeswehr bildet Soldaten aus.", "de", false},
		{"Die Amerikaner waren empört.", "de", false},
		{"Iraqi officials called the strike a violation.", "en", false},
	} {
		if got := namesPlace(r.Mentions(c.text, c.lang)); got != c.want {
			t.Errorf("namesPlace(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A sentence that names only another place does not answer for the place
// asked, whatever its context names; a place within the one asked, or the
// country that holds it, is no other.
func TestNamesOtherPlace(t *testing.T) {
	table, err := names.New()
	if err != nil {
		t.Fatal(err)
	}
	r := entity.New(table)
	for _, c := range []struct {
		text, key string
		want      bool
	}{
		{"1466 starben mutmaßlich 40.000 Menschen an der Pest in Paris.", "GB:London", true},
		{"Die USA haben auch 900 Soldaten in Syrien.", "IQ", true},
		{"Rund 2.500 US-Soldaten im Irak und neunhundert in Syrien.", "IQ", false},
		{"Die Botschaft in Bagdad wurde angegriffen.", "IQ", false},
		{"Im Irak sind 2.500 Soldaten stationiert.", "IQ:Baghdad", false},
		{"Die irakische Regierung und die US-Truppen verhandeln.", "SY", false},
		{"Die Gespräche dauern an.", "IQ", false},
		{"Der Einsatz kostete die USA mehr als 2 Billionen Dollar.", "IQ", false}, // an actor, not where
		{"Die Soldaten wurden nach Syrien verlegt.", "IQ", true},
		{"Die Soldaten wurden nach Syrien verlegt.", "IQ|SY", false}, // places asked together: either
	} {
		if got := namesOtherPlace(c.text, r.Mentions(c.text, "de"), query.Constraint{Key: c.key}.Keys()); got != c.want {
			t.Errorf("namesOtherPlace(%q, %s) = %v, want %v", c.text, c.key, got, c.want)
		}
	}
}

// A name written before a noun ("die Krakauer Börse") is not answered by a
// sentence that gives that noun another name and never names it.
func TestAnotherNames(t *testing.T) {
	table, err := names.New()
	if err != nil {
		t.Fatal(err)
	}
	v := testVocabulary(t)
	v.Recognizer = entity.New(table)
	for _, c := range []struct {
		question, lang, text string
		want                 bool
	}{
		{"Wann wurde die erste Krakauer Börse gegründet?", "de", "Die erste Warschauer Börse wurde im Jahr 1817 gegründet.", true},
		{"Wann wurde die erste Krakauer Börse gegründet?", "de", "Die erste Krakauer Börse wurde 1818 gegründet.", false},
		{"Wann wurde die erste Krakauer Börse gegründet?", "de", "In Krakau wurde die erste Börse 1818 gegründet.", false},
		{"Wann wurde die erste Krakauer Börse gegründet?", "de", "Die Börse wurde 1818 gegründet.", false},
		{"when did northumbria university become independent", "en", "Newcastle University became independent from Durham University in 1963.", true},
		{"when did northumbria university become independent", "en", "Northumbria University became a university in 1992.", false},
	} {
		q := query.Parse(c.question, v)
		var named *query.Constraint
		for i := range q.Constraints {
			if q.Constraints[i].Kind == query.Named && q.Constraints[i].Head != "" {
				named = &q.Constraints[i]
			}
		}
		if named == nil {
			t.Fatalf("%q: no name with a head in %+v", c.question, q.Constraints)
		}
		if got := anotherNames(analysis.For(c.lang).Tokens(c.text), c.lang, *named, newReadings()); got != c.want {
			t.Errorf("anotherNames(%q) for %q = %v, want %v", c.text, named.Text, got, c.want)
		}
	}
}

// A count question's figure stands beside the noun it counts: a road's
// number or a distance counts no households.
func TestCountNeedsTheCountedNoun(t *testing.T) {
	ctx := context.Background()
	e := newTestEngine(t, append(defaultSources(t),
		source("fresno", "2010", "Fresno ist eine Stadt in Kalifornien. Im Jahr 2010 gab es in Fresno 158.349 Haushalte. "+
			"Die State Route 168 führt nach Osten in die Stadt Clovis, etwa 15 km entfernt.")), Options{})
	ans, err := e.Ask(ctx, Question{Text: "Wie viele Haushalte gibt es in Fresno?"})
	if err != nil {
		t.Fatal(err)
	}
	if !leads(ans, "158.349 Haushalte") {
		t.Fatalf("Fresno: %+v, want the households", ans)
	}
	ans, err = e.Ask(ctx, Question{Text: "Wie viele Haushalte gibt es in Clovis?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Answered {
		t.Errorf("Clovis answered with %q; want declined: no figure counts its households", ans.Citations[0].Quote)
	}
}

// An indefinite article before the counted noun says one: "Sie entsendet
// einen Abgeordneten" answers how many members a party sends, where no
// figure does; a sentence without the noun does not.
func TestArticleCountsOne(t *testing.T) {
	ctx := context.Background()
	e := newTestEngine(t, append(defaultSources(t),
		source("partei", "2019", "Rødt ist eine sozialistische Partei in Norwegen. Sie entsendet einen Abgeordneten ins Parlament."),
		source("verein", "2019", "Der Verein Blau ist eine Gruppe in Schweden. Der Vorsitzende sprach mit einem Abgeordneten des Vereins Blau.")), Options{})
	ans, err := e.Ask(ctx, Question{Text: "Wie viele Abgeordnete entsendet Rødt ins Parlament?"})
	if err != nil {
		t.Fatal(err)
	}
	if !leads(ans, "einen Abgeordneten") {
		t.Fatalf("Rødt: %+v, want the one member", ans)
	}
	ans, err = e.Ask(ctx, Question{Text: "Wie viele Abgeordnete hat der Verein Blau?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Answered {
		t.Errorf("Blau answered with %q; want declined: an article after a preposition counts none of its members", ans.Citations[0].Quote)
	}
	league := source("league", "2019", "The Green League is a party in Finland. Its chairman spoke with a senator of the Green League.")
	league.Language = "en"
	e = newTestEngine(t, []store.Source{league}, Options{})
	if ans = ask(t, e, "How many senators does the Green League have?"); ans.Answered {
		t.Errorf("Green League answered with %q; want declined: an article after a preposition counts none", ans.Citations[0].Quote)
	}
}

// An English question's office is found in a German sentence through its
// translations ("ambassador" → "Botschafterin"), bound to its owner there.
func TestEnglishOfficeIsFoundInGerman(t *testing.T) {
	ctx := context.Background()
	opts := Options{Dictionary: embeddedDictionary}
	e := newTestEngine(t, append(defaultSources(t),
		source("botschaft", "2024-03", "Das teilte die Sprecherin der amerikanischen Botschafterin in Bagdad, Alina Romanowski, am Montag mit.")), opts)
	ans, err := e.Ask(ctx, Question{Text: "Who is the American ambassador to Iraq?"})
	if err != nil {
		t.Fatal(err)
	}
	if !leads(ans, "Alina Romanowski") {
		t.Fatalf("%+v; want the ambassador's name", ans)
	}
}

// A numbered name is written with its number right after it, or with one
// capitalised word between ("Debian GNU/Linux 12"): "Super Bowl 50" is
// not "Super Bowl 51", nor is a clock's "4:51" its number, nor "Georg
// III." George IV.
func TestNumberedAsAsked(t *testing.T) {
	for _, c := range []struct {
		key, text string
		want      bool
	}{
		{"bowl 51", "Die Broncos gewannen den Super Bowl 51 gegen Carolina.", true},
		{"bowl 51", "Die Broncos gewannen den Super Bowl 50. Mit 4:51 verbleibenden Minuten …", false},
		{"bowl 51", "Der Super Bowl 510 fand nie statt.", false},
		{"apollo 11", "Apollo 11 landete am 20. Juli 1969.", true},
		{"apollo", "Apollo landete.", true},
		{"daniel shapiro", "Daniel Shapiro führte eine Delegation an.", true},
		{"george iv", "Sein ältester Sohn trat als Georg IV. die Thronfolge an.", true}, // the name in German
		{"george iv", "Georg III. herrschte 59 Jahre. Nach ihm folgte Wilhelm IV.", false},
		{"george iv", "Georg IVa war kein König.", false},
		{"iso 838", "Er ist im Standard ISO 838 beschrieben.", true}, // a short name, written as asked
		{"iso 838", "Er ist im Standard ISO 8380 beschrieben.", false},
		{"zarnix 2.0", "Zarnix 2.0 lief auf zwei Rechnern.", true}, // a version
		{"zarnix 2.0", "Zarnix 2.1 lief auf vier Rechnern.", false},
		{"zarnix 1.15", "Zarnix v1.15 has just been released.", true}, // a version with its "v"
		{"zarnix 1.15", "Zarnix v1.16 has just been released.", false},
		{"zarnix 1.15", "Zarnix xv1.15 is no version of it.", false},
		{"zarnix 7", "Zarnix 7.0 (Kiefer) came out in 2013.", true}, // a point release of it
		{"zarnix 7", "Zarnix 70 never came out.", false},
		{"zarnix 12", "Zarnix Quantix 12 supports nine boards.", true}, // one capitalised word between
		{"zarnix 12", "Zarnix ships gnu 12 tools.", false},
		{"zarnix 12", "Zarnix Mail Quantix 12 ships.", false}, // two words between: another product's number
		{"zarnix 12", "Er nutzte Zarnix. Seit 12 Jahren läuft es.", false},
		{"zarnix 12", "Zarnix Nutzer 12 kamen.", false}, // a noun between
		{"friedrich iv", "Friedrich Wilhelm IV. bestieg den Thron.", false},
	} {
		if got := numberedAsAsked(c.key, c.text); got != c.want {
			t.Errorf("numberedAsAsked(%q, %q) = %v, want %v", c.key, c.text, got, c.want)
		}
	}
}

// A sentence that writes a numbered name with another number speaks of
// another bearer or version, whatever the sentence before it says.
func TestNumberedOtherwise(t *testing.T) {
	for _, c := range []struct {
		key, text string
		want      bool
	}{
		{"zarnix 2.0", "Zarnix 2.1 lief auf vier Rechnern.", true},
		{"zarnix 2.0", "Zarnix 2.0 lief auf zwei Rechnern.", false},
		{"zarnix 2.0", "Zarnix lief auf vier Rechnern.", false}, // no number at all
		{"zarnix 7", "Zarnix 7.1 kam im Juni.", false},          // a point release of it
		{"apollo 11", "Apollo 12 landete im November.", true},
		{"bowl 51", "Im Super Bowl 2017 siegten die Patriots.", false}, // a year is no number of it
		{"george iv", "Georg III. herrschte 59 Jahre.", true},
		{"george iv", "Georg wurde 1820 König.", false},
		{"zarnix", "Zarnix 2.1 kam heraus.", false},               // a name asked without a number
		{"version 3.0", "Die Version 3 der Ordnung gilt.", false}, // 3 and 3.0 are one version
		{"version 3.0", "Die Version 3.1 der Ordnung gilt.", true},
		{"zarnix 2021.1", "Zarnix 2020.4 kam im Herbst.", true}, // a version that begins with four digits
		{"zarnix 2021.1", "Zarnix 2021.1 kam im Frühjahr.", false},
		{"zarnix 2021.1", "Zarnix 2020 kam im Herbst.", false}, // a year after it is none of its versions
	} {
		if got := numberedOtherwise(c.key, c.text); got != c.want {
			t.Errorf("numberedOtherwise(%q, %q) = %v, want %v", c.key, c.text, got, c.want)
		}
	}
}

// A name with its number written onto it ("DebConf16") is one of a
// series: a text that writes the series only with another number speaks
// of another of it, glued or apart; one that writes the number asked, or
// none, does not.
func TestGluedNumberOtherwise(t *testing.T) {
	for _, c := range []struct {
		key, text string
		want      bool
	}{
		{"zarcon16", "Die Zarcon15 hatte 550 Teilnehmer.", true},
		{"zarcon16", "Die Zarcon 15 hatte 550 Teilnehmer.", true},
		{"zarcon16", "Nach der Zarcon15 kommt die Zarcon16 in Kapstadt.", false}, // the one asked too
		{"zarcon16", "Die Zarcon 16 hatte 280 Teilnehmer.", false},
		{"zarcon16", "Die Zarcon hatte 280 Teilnehmer.", false},               // no number at all
		{"zarcon16", "Zarconia15 liegt am Meer.", false},                      // another name's letters
		{"zarcon16", "Die Zarcon hatte 2016 viele Gäste.", false},             // a year is no number of it
		{"zarcon", "Die Zarcon15 hatte 550 Teilnehmer.", false},               // asked without a number
		{"g7", "Die G8 tagte in Genua.", false},                               // too short a name to tell
		{"windows10", "Das Update erscheint für Windows 7, 8 und 10.", false}, // a list that holds it
		{"zarcon16", "Die Zarcon 14 und 15 waren kleiner.", true},
	} {
		name, num, ok := query.GluedNumber(c.key)
		if got := ok && gluedOtherwise(name, num, c.text); got != c.want {
			t.Errorf("glued %q over %q: %v, want %v", c.key, c.text, got, c.want)
		}
	}
	// A digit is no typo.
	if oneEdit("zarcon15", "zarcon16") || !oneEdit("zarcon", "zarcin") {
		t.Error("oneEdit takes a digit for a typo, or a letter for none")
	}
}

// "How long" asks a length as well as a duration: a figure with a unit of
// length answers it; German "wie lange" asks only how long in time.
func TestHowLongMayAskALength(t *testing.T) {
	for _, c := range []struct {
		question, text string
		want           bool
	}{
		{"how long was hadrians wall", "The extent of Hadrian's Wall was 73 miles (117 km).", true},
		{"Wie lang ist der Rhein?", "Der Rhein ist 1.230 Kilometer lang.", true},
		{"Wie lange dauerte der Krieg?", "Der Rhein ist 1.230 Kilometer lang.", false},
		{"how long was hadrians wall", "The wall was built in 122 AD.", false},
	} {
		if got := query.Parse(c.question, nil).AsksLength && statesLength(c.text); got != c.want {
			t.Errorf("%q over %q: %v, want %v", c.question, c.text, got, c.want)
		}
	}
}

// A who question's answer is a name the question does not already give:
// "the Tyne and Wear Metro" names no one for "who runs the Tyne and Wear
// Metro", "DB Regio" does.
func TestNameBesidesTheQuestions(t *testing.T) {
	asked := "wer betreibt die tyne and wear metro"
	titles := func(w string) bool { return w == "Präsident" || w == "Kanzler" }
	tests := []struct {
		sentence string
		want     bool
	}{
		{"The city is served by the Tyne and Wear Metro, a system of railways.", false},
		{"The network is operated by DB Regio on behalf of Nexus.", true},
		{"Der Premierminister traf Mohammed al-Sudani.", true},
		{"Der Betreiber ist die Stadt.", false},
		// A month or weekday next to a place names no one.
		{"Als er am 8. November Québec erreichte, lag seine Mannstärke bei 650.", false},
		{"He reached the town on Monday Morning.", false},
		// A month is a name where no number dates it.
		{"On Monday Theresa May said so.", true},
		{"Der Sozialdemokrat August Bebel sprach.", true},
		{"Am 3. Mai 2020 sprach er.", false},
		{"Das sagte Kanzler Kohl am Montag.", true},
		{"Das sagte Präsident Müller.", true},
		// Two German nouns in a row are no name, unless the first is a title.
		{"Von der Schlacht von Mylae bis zum Abzug Roms aus Afrika.", false},
		{"Rom erhielt über 400 Talent Silber.", false},
	}
	for _, tt := range tests {
		if got := hasNameBesides(tt.sentence, lowerWordSet(asked), titles); got != tt.want {
			t.Errorf("hasNameBesides(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
	if !hasPersonName("The city is served by the Tyne and Wear Metro.", nil) {
		t.Error("hasPersonName: a name is a name when nothing was asked")
	}
	// A noun that is no office before a name names a thing, not a person.
	if hasPersonName("Sie entsendet einen Abgeordneten ins nationale Parlament Storting.", titles) {
		t.Error("hasPersonName: \"Parlament Storting\" names no person")
	}
	if !hasPersonName("Das sagte Präsident Müller.", titles) {
		t.Error("hasPersonName: an office before a name names a person")
	}
	if hasPersonName("Die Bilder gingen für 9 Millionen Euro an die Zeitschrift Bunte.", titles) {
		t.Error("hasPersonName: a noun after a number before a name names a thing")
	}
	if !hasPersonName("Fellow lineman Mark Addison added 6 sacks.", titles) {
		t.Error("hasPersonName: a first name that is also a noun (Mark) is a name")
	}
	// A word with a digit names a thing: a model, not a person.
	if hasPersonName("Die Werft lieferte 40 Boote des Typs Kormoran K7 aus.", titles) {
		t.Error("hasPersonName: \"Kormoran K7\" names no person")
	}
	// So does a word in capitals or with a capital inside; "Mc" and "Mac"
	// begin surnames.
	for s, want := range map[string]bool{
		"Unterstützt werden Motorola/IBM PowerPC und andere.": false,
		"Das Treffen fand im OK Lab statt.":                   false,
		"Die Rechner laufen mit Intel Xeon.":                  true, // a brand is no person's name to this rule
		"Das sagte Senator John McCain.":                      true,
		"Das sagte General Douglas MacArthur.":                true,
		"The award went to LeBron James.":                     true,
		"Das sagte Leonardo DiCaprio.":                        true,
		"Sie nutzen GitHub Actions.":                          false,
	} {
		if got := hasPersonName(s, titles); got != want {
			t.Errorf("hasPersonName(%q) = %v, want %v", s, got, want)
		}
	}
}

// A number right after a name inside a sentence numbers it (a version, a
// model) and counts nothing, unless it is the name whose number is asked.
func TestNumbersAName(t *testing.T) {
	for _, tt := range []struct {
		text, number, lang, asked string
		want                      bool
	}{
		{"Users of other architectures are encouraged to upgrade to Debian 7.", "7", "en", "", true},
		{"Die Besucher konnten sich über das kommende KDE 4 informieren.", "4", "de", "", true},
		{"Please note that Debian 6.0 (squeeze) is out.", "6.0", "en", "", true},
		{"Das ist keine neue Version von Debian 6.0, sondern ein Update.", "6.0", "de", "", true},
		{"Das kommende „KDE 4“ bringt mehr.", "4", "de", "", false}, // a quotation opens: its capital may be its sentence's
		{"He said \"About 500 came\".", "500", "en", "", false},
		{"The release of Go 1.18 in March brought generics.", "1.18", "en", "", true},
		{"Nobody said how 500 of them came.", "500", "en", "", false},
		// A count goes on to what it counts, in figures or words.
		{"Nun schickt Italien 2.000 Soldaten.", "2.000", "de", "", false},
		{"Last year Italy sent Libya 2,000 troops.", "2", "en", "", false},
		{"According to Reuters 300 people died.", "300", "en", "", false},
		{"Am Montag kamen in Berlin 300 neue Fälle hinzu.", "300", "de", "", false},
		// A German thousands dot writes a count.
		{"Italien schickt 2.000 Soldaten, Frankreich 1.500.", "1.500", "de", "", false},
		// A month or weekday is no name.
		{"On Monday 200 came.", "200", "en", "", false},
		// A capitalised word opening the sentence is no name.
		{"Rund 500 kamen.", "500", "de", "", false},
		{"They came. About 500 stayed.", "500", "en", "", false},
		{"He said: About 500 stayed.", "500", "en", "", false},
		{"„Etwa 40 kamen.", "40", "de", "", false},
		{"Debian  7 is out.", "7", "en", "", false}, // two spaces: no name's number
		// A lower-case word before it is none.
		{"Es kamen über 100 zum Treffen.", "100", "de", "", false},
		// The name whose number is asked.
		{"The protocol is defined in RFC 8555.", "8555", "en", "rfc", false},
		{"The protocol is defined in RFC 8555.", "8555", "en", "", true},
	} {
		at := strings.Index(tt.text, tt.number)
		if got := numbersAName(tt.text, at, tt.lang, tt.asked); got != tt.want {
			t.Errorf("numbersAName(%q, %q, %q) = %v, want %v", tt.text, tt.number, tt.asked, got, tt.want)
		}
	}
}

// A name written as another language spells its sounds is the same name.
func TestTransliteratedNames(t *testing.T) {
	for _, c := range []struct {
		terms []string
		name  string
		want  bool
	}{
		{[]string{"temudschin", "freund"}, "temujin", true},
		{[]string{"dschihad"}, "jihad", true},
		{[]string{"tschad"}, "chad", false}, // too short to tell
		{[]string{"temudschin"}, "temur", false},
		{[]string{"tuchatschewski"}, "tukhachevsky", true},
		{[]string{"jekaterinburg"}, "yekaterinburg", true},
		{[]string{"schukow"}, "zhukov", true},
		{[]string{"trotzki"}, "trotsky", true},
		{[]string{"wrangel"}, "vrangel", true},
		{[]string{"denikin"}, "kolchak", false},
		{[]string{"suleimani"}, "soleimani", true},
		{[]string{"gorbatschow"}, "gorbachev", true}, // Russian "-ев": English "-ev", German "-ow"
		{[]string{"chruschtschow"}, "khrushchev", true},
		{[]string{"medwedew"}, "medvedev", true},
		{[]string{"breschnew"}, "brezhnev", true},
		{[]string{"gorbatschow"}, "gorbunov", false},
		{[]string{"sudani"}, "sadani", false},
		// English and German spellings of one name: "c" as "k", a letter
		// doubled, another ending.
		{[]string{"karthago"}, "carthag", true},
		{[]string{"philipp"}, "philip", true},
		{[]string{"jakobin"}, "jacobin", true},
		{[]string{"arktur"}, "arcturus", true},
		{[]string{"marke", "markt"}, "marcus", false}, // too short to tell
		{[]string{"karthag"}, "kartell", false},
		{[]string{"makedonenkonig"}, "macedon", true}, // a compound that begins with it
		{[]string{"filipinos"}, "philip", false},      // too short to begin another word
	} {
		terms := make(map[string]bool)
		for _, t := range c.terms {
			terms[t] = true
		}
		if got := transliterated(terms, c.name, newReadings()); got != c.want {
			t.Errorf("transliterated(%v, %q) = %v, want %v", c.terms, c.name, got, c.want)
		}
	}
}

// A sentence that runs from one date to another says how long.
func TestSpansDates(t *testing.T) {
	for _, c := range []struct {
		text, lang string
		want       bool
	}{
		{"Die Ebroschlacht begann am 24. Juli und dauerte bis zum 26. November.", "de", true},
		{"Das Sommertheater war von 1870 bis 1939 in Betrieb.", "de", true},
		{"The war lasted from 1950 to 1953.", "en", true},
		{"Am 24. Juli begann die Schlacht, am 26. November fiel die Stadt.", "de", false},
		{"Zwischen 1950 und 1953 tobte der Krieg.", "de", true},
		{"The fair first opened in May 1852 at Kelbra, but by September had moved to Jena.", "en", true},
		{"Der Streik dauerte vom 3. März 2019 – 5. April 2019.", "de", true},
		{"If we compare this to the 2018 survey, where 75% of responders used Rust, more responders were using Rust in 2019.", "en", false},
		{"Im Jahr 2018 kamen 300 Gäste, 2019 kamen bis zu 400.", "de", false},
		{"In 2018 he moved to Berlin; in 2019 he left.", "en", false},
		{"It was written in 2018 by Smith and published in 2019.", "en", false},
		{"Die Schlacht tobte zwischen dem 24. Juli und dem 26. November.", "de", true},
	} {
		if got := spansDates(c.text, timex.Tag(c.text, timex.Options{Lang: c.lang})); got != c.want {
			t.Errorf("spansDates(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestHasPlacePhrase(t *testing.T) {
	for _, c := range []struct {
		text, question string
		want           bool
	}{
		{"We met many of you at GopherCon in Chicago in October.", "latest gophercon location", true},
		{"“Compatibility”, a talk by Russ Cox at GopherCon.", "latest gophercon location", false}, // the place asked about, no more
		{"Die Frist kann bei Bedarf verlängert werden.", "wo wird die frist verlängert", false},   // no place
		{"The treaty was signed in Paris.", "where was the treaty signed", true},
		{"The talks went well.", "where were the talks", false},
		{"At SciPy 2025 in July, pyOpenSci hosted a session.", "scipy 2025 location", false}, // a month tells when
		{"Das Treffen findet im Mai statt.", "wo ist das treffen", false},
		{"Das Treffen findet im Sommer statt.", "wo ist das treffen", false}, // a time noun
		{"Das Treffen fand im Jahr 2025 statt.", "wo war das treffen", false},
		{"The meetup is held at Monday noon.", "where is the meetup", false},
		{"SciPy 2024 was held in Tacoma in July.", "scipy 2024 location", true},
		{"We chatted with Ann Lee, a developer at NASA’s Glenn Research Center.", "at which nasa site does ann lee work", true},
		{"We chatted with Ann Lee, a developer at NASA's lab.", "at which nasa site does ann lee work", false}, // no name after it
		{"We chatted with Ann Lee, a developer at NASA.", "at which nasa site does ann lee work", false},
		{"Ihre Truppen wurden in der Normandie und der Gascogne versammelt.", "wo wurden die truppen versammelt", true},
		{"Der Verein trifft sich in der Oberlausitz.", "wo trifft sich der verein", true},
		{"Der Verein trifft sich in der Regel am Abend.", "wo trifft sich der verein", false}, // a common noun
		{"The club meets in the evening.", "where does the club meet", false},
		{"Delete any files in the Trash folder.", "where is the trash folder", false}, // "in the" is left out
		{"Romanowski schrieb danach auf X, das Treffen sei ein Erfolg gewesen.", "wo schrieb die botschafterin", true},
		{"Die Ausstellung bleibt auf Dauer geöffnet.", "wo ist die ausstellung", false},             // a common noun
		{"Ein Server, auf dem Sie Backups erstellt haben.", "wo wird das backup eingehängt", false}, // a pronoun
		{"The slides are on GitHub.", "where are the slides", false},                                // "on" is left out
	} {
		var tags []timex.Expr
		for _, l := range []string{"de", "en"} {
			tags = append(tags, timex.Tag(c.text, timex.Options{Lang: l})...)
		}
		if got := hasPlacePhrase(c.text, lowerWordSet(c.question), tags); got != c.want {
			t.Errorf("hasPlacePhrase(%q) for %q = %v, want %v", c.text, c.question, got, c.want)
		}
	}
}

// A sentence states the ordinal asked for in any of its forms: "erstmals"
// says "first" ("when does the treadwheel first show up").
func TestOrdinalIn(t *testing.T) {
	for _, tt := range []struct {
		text, key string
		want      bool
	}{
		{"In England ist das Tretrad erstmals 1331 fassbar.", "1", true},
		{"Die erste Sitzung fand im Januar statt.", "1", true},
		{"Die zweite Phase beginnt 2025.", "1", false},
		{"Der 14. Verfassungszusatz trat 1868 in Kraft.", "14", true},
		{"Die letzte Einheit zog ab.", "1", false},
		// What was so originally was so first.
		{"DECnet was originally released in 1975.", "1", true},
		{"Das Denkmal stand ursprünglich am Hafen.", "1", true},
	} {
		if got := ordinalIn(tt.text, tt.key); got != tt.want {
			t.Errorf("ordinalIn(%q, %q) = %v, want %v", tt.text, tt.key, got, tt.want)
		}
	}
}

// "How often …?" is answered by a word for how often as well as by a
// number.
func TestHowOftenInWords(t *testing.T) {
	for s, want := range map[string]bool{"In den vergangenen Monaten schlugen mehrfach Raketen ein.": true,
		"Rockets hit the base several times.": true, "Die Raketen schlugen ein.": false, "Many people died.": false,
		"Sie greifen weiterhin sporadisch Armee- und Polizeipersonal an.": true, "Militias occasionally fire rockets.": true,
		"Er war dreimal verheiratet.": true, "He was married twice.": true, "Die Raketen schlugen 5 Mal ein.": true,
		"Raketen trafen die Basis an fünf Orten.": false, "Das Jahresmal steht im Park.": false,
		// Not how often: a comparison, "once" as "when", a name, a sex.
		"Sie griffen nicht einmal nachts an.": false, "Once the mission ends, they leave.": false,
		"There were twice as many troops.": false, "Es waren dreimal so viele Soldaten.": false,
		"The base is five times larger.": false, "The Daily Telegraph reported it.": false,
		"Two male soldiers were hurt.": false, "Täglich greifen sie an.": true,
		// An adjective's endings.
		"Nach der jährlichen Wahl des Vorstands tagt der Verein.": true, "Die häufigen Kontrollen ärgern die Fahrer.": true,
		"Die vierteljährlichen Berichte erscheinen bald.": true, "Die ständigen Mitglieder stimmten zu.": false,
		"Er litt an einer seltenen Krankheit.": false,
		"Die Kosten sind erheblich.":           false} {
		if got := statesFrequency(s); got != want {
			t.Errorf("statesFrequency(%q) = %v, want %v", s, got, want)
		}
	}
	e := newTestEngine(t, []store.Source{
		source("a", "2020-06", "In den vergangenen Monaten schlugen mehrfach Raketen auf irakischen Militärbasen ein, die von US-Truppen genutzt werden. Die Regierung schwieg."),
		source("b", "2010", "Die Regierung lobte die Armee. Der Haushalt wurde beschlossen. Das Land hat viele Einwohner."),
	}, Options{})
	ans, err := e.Ask(context.Background(), Question{Text: "Wie oft schlugen Raketen auf den Militärbasen der US-Truppen ein?"})
	if err != nil {
		t.Fatal(err)
	}
	if !leads(ans, "mehrfach") {
		t.Errorf("answer %+v, want the sentence that says 'mehrfach'", ans)
	}
}

// keyStarts agrees with the keys it stands in for, on every word of the
// default articles and on words written to try each rule.
func TestKeyStartsAgreesWithTheKeys(t *testing.T) {
	words := []string{"dschihad", "tschad", "khan", "schukow", "zhukov", "tzar", "ckx", "philipp", "vrangel", "yekaterinburg",
		"jakobin", "ouagadougou", "oslo", "carthag", "chemnitz", "cc", "c", "a", "cognac", "tsch", "dsch"}
	for _, s := range defaultSources(t) {
		words = append(words, analysis.For(s.Language).Terms(s.Text)...)
	}
	read := newReadings()
	for _, w := range words {
		sound, cognate := keyStarts(w)
		if k := read.of(w); k != "" && k[0] != sound {
			t.Errorf("keyStarts(%q) sound %q, key %q", w, sound, k)
		}
		if k := read.cognate(w); k != "" && k[0] != cognate {
			t.Errorf("keyStarts(%q) cognate %q, key %q", w, cognate, k)
		}
	}
}

// A token writes the name asked of by its first or last word, with an
// ending, mistyped when the name was guessed, or in another language's
// spelling; another name does not.
func TestWritesName(t *testing.T) {
	for _, c := range []struct {
		word, key string
		guessed   bool
		want      bool
	}{
		{"Mahdi", "Abdul Mahdi", false, true},
		{"Abdul", "Abdul Mahdi", false, true},
		{"Hannibals", "Hannibal", false, true},
		{"Hannibol", "Hannibal", true, true},
		{"Hannibol", "Hannibal", false, false}, // a typo forgiven only in a guessed name
		{"Hanibal", "Hannibal", false, true},   // a letter doubled or not
		{"Suleimani", "Soleimani", false, true},
		{"Karthago", "Carthage", false, true},
		{"Sudani", "Sadani", false, false},
		{"Scipio", "Hannibal", false, false},
	} {
		read := newReadings()
		tok := analysis.For("de").Tokens(c.word)[0]
		name := read.termsOf(c.key, "de")
		if got := writesName(tok, name, query.Constraint{Kind: query.Named, Key: c.key, Guessed: c.guessed}, read); got != c.want {
			t.Errorf("writesName(%q, %q, guessed %v) = %v, want %v", c.word, c.key, c.guessed, got, c.want)
		}
	}
}

// A count of days is answered by a length of time, which the date rules
// read as a duration ("nach nur 45 Tagen").
func TestCountOfDaysIsAnsweredByALengthOfTime(t *testing.T) {
	e := articleEngine(t, "2010", "Nach nur 45 Tagen trat der Minister zurück. Sein Nachfolger blieb länger.")
	if ans := ask(t, e, "Nach wie vielen Tagen trat der Minister zurück?"); !leads(ans, "45 Tagen") {
		t.Errorf("answer %+v, want the sentence of 45 days", ans)
	}
}

// A question for a part of a name is answered by the sentence that writes
// the name with it, not by one that names the person as the question does.
func TestNamePartQuestionLeadsWithTheFullName(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024-02", "In Bagdad traf al-Sudani am Montag die Delegation. Die Gespräche dauerten an."),
		source("b", "2024-01", "Die Bahn fuhr pünktlich. Später reiste Premierminister Mohammed Shia al-Sudani nach Washington."),
	}, Options{})
	for _, q := range []string{"Wie lautet der Vorname von al-Sudani?", "wie ist der vorname von al-sudani"} {
		if ans := ask(t, e, q); !leads(ans, "Mohammed Shia al-Sudani") {
			t.Errorf("%q: %+v, want the sentence with the first name", q, ans.Citations)
		}
	}
}

func TestNamePartIn(t *testing.T) {
	named := func(words ...string) func(analysis.Token) bool {
		return func(t analysis.Token) bool { return slices.Contains(words, strings.ToLower(t.Text)) }
	}
	tests := []struct {
		text string
		name string
		part query.NamePart
		want bool
	}{
		{"Der Premierminister Mohammed Shia al-Sudani reiste ab.", "sudani", query.NameFirst, true},
		{"Der Premierminister Mohammed Shia al-Sudani reiste ab.", "sudani", query.NameMiddle, true},
		{"Im Januar leitete al-Sudani die Sitzung.", "sudani", query.NameFirst, false},
		{"Außenminister Mike Pompeo lehnte ab.", "pompeo", query.NameFirst, true},
		{"Außenminister Mike Pompeo lehnte ab.", "pompeo", query.NameMiddle, false}, // a title is no name
		{"Außenminister Mike Pompeo lehnte ab.", "mike", query.NameLast, true},
		{"Am Montag Pompeo gesehen.", "pompeo", query.NameFirst, false}, // a weekday is no name
		{"Auch Pompeo sagte das.", "pompeo", query.NameFirst, false},    // the sentence's first word
		{"Dann sprach President Biden.", "biden", query.NameFirst, false},
		{"Von der Leyen sagte das.", "leyen", query.NameFirst, false},
		{"Dann sprach Ursula von der Leyen.", "leyen", query.NameFirst, true},
	}
	office := func(w string) bool { return w == "president" }
	for _, tt := range tests {
		toks := analysis.For("de").Tokens(tt.text)
		if got := namePartIn(toks, named(tt.name), tt.part, office); got != tt.want {
			t.Errorf("namePartIn(%q, %s, %s) = %v, want %v", tt.text, tt.name, tt.part, got, tt.want)
		}
	}
}

// "How often …?" leads with the sentence that says how often, before one
// whose figure counts something else.
func TestHowOftenLeadsWithFrequency(t *testing.T) {
	text := "Die Milizen greifen die Stützpunkte an fünf Orten im Irak an. Der Haushalt wurde beschlossen.\n\n" +
		"Die Milizen greifen die Stützpunkte fast täglich an."
	e := articleEngine(t, "2024-01", text)
	if ans := ask(t, e, "Wie oft greifen die Milizen die Stützpunkte an?"); !leads(ans, "fast täglich") {
		t.Errorf("led with %+v, want the sentence that says how often", ans.Citations)
	}
}

// An age is a figure that is no year, or an age's adjective.
func TestStatesAge(t *testing.T) {
	for _, tt := range []struct {
		sentence, lang string
		want           bool
	}{
		{"Candidates for the council must be over the age of 21.", "en", true},
		{"Mit etwa 40 Jahren zog die Malerin nach Lissabon.", "de", true},    // a span of years
		{"Der 52-jährige Bürgermeister trat zurück.", "de", true},            // with its figure
		{"Als Zwölfjähriger gewann er sein erstes Turnier.", "de", true},     // with its number's word
		{"The oldest fossils date back some 500 million years.", "en", true}, // a span of years
		{"Er starb am 3. Mai.", "de", false},                                 // a day, no age
		{"He died on 12 March 1950.", "en", false},                           // a date
		{"Der Dom wurde 1248 begonnen.", "de", false},                        // a year
		{"Der langjährige Vorsitzende sprach zuerst.", "de", false},          // long-serving, no age
		{"Members of the police are disqualified from sitting on the council.", "en", false},
	} {
		if got, _ := statesAge(tt.sentence, tt.lang, timex.Tag(tt.sentence, timex.Options{Lang: tt.lang})); got != tt.want {
			t.Errorf("statesAge(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// A share is given in percent or as a fraction.
func TestStatesShare(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     bool
	}{
		{"In the final count 57.3% voted for the new charter.", true},
		{"Rund 40 Prozent der Mitglieder stimmten dafür.", true},
		{"Die Partei verlor 5 Prozentpunkte.", true},
		{"Nearly a third of the crop was lost.", true},
		{"Die Hälfte der Delegierten stimmte zu.", true},
		{"Zwei Drittel der Stimmen entfielen auf den Amtsinhaber.", true},
		{"Turnout fell by 12 per cent.", true},
		{"The charter vote was held in 1979.", false},
		{"They won in the third round.", false},  // an ordinal
		{"Er wohnt im Viertel am Hafen.", false}, // a quarter of a town
		{"In the second half of the year prices rose.", false},
	} {
		if got := statesShare(tt.sentence); got != tt.want {
			t.Errorf("statesShare(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestStatesMoney(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     bool
	}{
		{"Die Brücke kostete 130 Mio. US-Dollar.", true},
		{"Das Projekt kostete 3 Mrd. €.", true},
		{"Die Stadt musste 50 Talente Silber zahlen.", true},
		{"Der Einsatz von rund 3.000 Soldaten in Mali ist umstritten.", false},
		{"Allein 1917 wurden 40.000 Gefallene gezählt.", false},
	} {
		if got := statesMoney(tt.sentence); got != tt.want {
			t.Errorf("statesMoney(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// An office's former holders are named as such.
func TestFormerHolders(t *testing.T) {
	for text, want := range map[string]bool{
		"The previous chairs were Rajendra K. Pachauri and Robert Watson.":     true,
		"Der frühere Botschafter Douglas Silliman sprach in Bagdad.":           true,
		"Ex-President Trump spoke.":                                            true,
		"Hoesung Lee is the chair of the IPCC.":                                false,
		"The previous meeting was in May.":                                     false,
		"Former Iraqi Prime Minister Adel Abdul-Mahdi resigned.":               true,
		"Prime Minister Mohammed al-Sudani met former president Barham Salih.": false,
	} {
		if got := formerHolders(text); got != want {
			t.Errorf("formerHolders(%q) = %v, want %v", text, got, want)
		}
	}
}

// A sentence that tells only how something was before says nothing of
// now: it answers no question of how things are now.
func TestStatesFormer(t *testing.T) {
	for text, want := range map[string]bool{
		"Your zarnix token used to be stored in ~/.zarnix/config.":                              true,
		"Früher lag der Schlüssel im Ordner ~/.zarnix.":                                         true,
		"The archive was formerly hosted in Quaxo.":                                             true,
		"Die Mitglieder trafen sich ehemals jeden Montag in Varenkow.":                          true,
		"Der Abzug begann früher als geplant.":                                                  false, // compares
		"Die Seiten werden zwei Sekunden früher geladen als bisher.":                            false,
		"Früher oder später zieht die Truppe ab.":                                               false,
		"Die Truppe zog zwei Tage früher ab.":                                                   false,
		"The team, used to it, moved on.":                                                       false, // no state before
		"The zarnix token is stored in ~/.zarnix/credentials and is used to sign every upload.": false, // a passive
		"As previously announced, the token is stored in ~/.zarnix/credentials.":                false,
		"The token used to be stored in ~/.zarnix/config but is now stored in ~/.zarnix/keys.":  false, // says now too
		"Früher hieß der Kalender Quaxo, inzwischen heißt er Zarnix.":                           false,
		"The zarnix token is stored in ~/.zarnix/credentials.":                                  false,
	} {
		if got := statesFormer(text); got != want {
			t.Errorf("statesFormer(%q) = %v, want %v", text, got, want)
		}
	}
	e := newTestEngine(t, []store.Source{
		englishSource("a", "2031-05-02", "Zarnix 2.1 has some nice upgrades. "+
			"Your zarnix token used to be stored in the file ~/.zarnix/config on every machine. "+
			"Since the move the zarnix token is stored in the file ~/.zarnix/credentials on every machine."),
		englishSource("c", "2031-06-11", "Quaxo 3.0 has some nice upgrades. "+
			"Your quaxo key used to be stored in the file ~/.quaxo/keys on every machine."),
		source("d", "2031-06-12", "Der Zarnix-Kalender, früher Varenko-Plan genannt, wurde am 3. Juni 2031 aktualisiert."),
		unrelated("b", "2031-05-02"),
	}, Options{})
	wantFirst(t, e, "where is the zarnix token stored now", "credentials")
	wantFirst(t, e, "where is the quaxo key stored now", "")
	// The latest of what happened is no state now: "zuletzt" asks when it
	// last happened, whatever the sentence says it was called before.
	wantFirst(t, e, "wann wurde der zarnix-kalender zuletzt aktualisiert", "3. Juni 2031")
}

// A life's dates are only those within its signs.
func TestOnlyLifeDates(t *testing.T) {
	for text, want := range map[string]bool{
		"Akshay Venkatesh (* 21. November 1981 in Neu-Delhi) ist ein indisch-australischer Mathematiker.": true,
		"C. V. Raman wurde am 7. November 1888 in Tiruchirappalli geboren.":                               false, // told in words: left alone
		"Die Idee zu dem Festival wurde 2015 in Berlin geboren.":                                          false,
		"Akshay Venkatesh (* 21. November 1981) erhielt 2018 die Fields-Medaille.":                        false,
		"Raman wurde 1888 geboren und erhielt 1930 den Nobelpreis.":                                       false,
		"Raman erhielt 1930 den Nobelpreis.":                                                              false,
		"The hospital where Marshall was born opened in 1917.":                                            false,
		"Das Krankenhaus, in dem er geboren wurde, öffnete 1917.":                                         false,
	} {
		if got := onlyLifeDates(text, timex.Tag(text, timex.Options{Lang: "de"})); got != want {
			t.Errorf("onlyLifeDates(%q) = %v, want %v", text, got, want)
		}
	}
}

// A question for someone's office is answered by the sentence that writes
// the office before the name, though the first name and an attribute
// ("für Verkehr") stand between them.
func TestRoleBeforeTheWholeName(t *testing.T) {
	e := articleEngine(t, "2024-02", "Die Ministerin für Verkehr Maria Lindqvist eröffnete die Brücke. Lindqvist sprach von einem großen Tag.")
	if ans := ask(t, e, "welchen posten hat lindqvist"); !leads(ans, "Ministerin für Verkehr") {
		t.Errorf("answer %+v (%+v), want the sentence with the office", ans.Citations, ans.Decision)
	}
	// A place between the office and the name is no other person's name.
	e = articleEngine(t, "2024-02", "Am Montag sprach der Bürgermeister von Wien, Lars Brekke, im Rathaus.")
	if ans := ask(t, e, "welchen posten hat brekke"); !leads(ans, "Bürgermeister von Wien") {
		t.Errorf("answer %+v (%+v), want the sentence with the office", ans.Citations, ans.Decision)
	}
	// Another's name and office before the name are not its role.
	for _, text := range []string{
		"Der Bürgermeister Jonas Berglund empfing Maria Lindqvist im Rathaus.",
		"Die Bürgermeisterin Brekke und Maria Lindqvist eröffneten die Brücke.",
	} {
		e := articleEngine(t, "2024-02", text)
		if ans := ask(t, e, "welchen posten hat lindqvist"); ans.Answered {
			t.Errorf("%q: answer %+v, want none: the office is another's", text, ans.Citations)
		}
	}
}

// English capitalises names only, so one capitalised word inside an
// English sentence is a name ("codenamed Bookworm"); a sentence's first
// word, one after a colon, dash or quote, "I", a month, an office or the
// question's own word is none.
func TestEnglishNameBesides(t *testing.T) {
	own := map[string]bool{"debian": true}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The testing release is currently codenamed Bookworm.", true},
		{"It was held in Bordeaux in July.", true},
		{"The testing release is intended to become the next stable release.", false},
		{"Debian continues to work on it.", false},
		{"The release is maintained by Debian developers.", false},
		{"He said: Many packages were updated.", false},
		{"It was released on 6 February 2011.", false},
		{"Then I wrote the installer.", false},
		{"The current testing version is codenamed in July.", false},
		{"The company is led by the President.", false},
		{"He wrote – Many packages were updated.", false},
		{"The project was led by Fischer.", true}, // a German noun, an English name
		{"Debian 3.1 was codenamed Sarge.", true},
		{"This means you can ship SCSS and CoffeeScript.", true}, // names of things
	} {
		if got := englishNameBesides(c.text, own, false); got != c.want {
			t.Errorf("englishNameBesides(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	// A person is named by no word in capitals or with a capital inside.
	for _, c := range []struct {
		text string
		want bool
	}{
		{"This means you can ship SCSS and CoffeeScript.", false},
		{"The assets are being contributed by IBM.", true},       // the doer
		{"As @fabxc explains, the storage was rewritten.", true}, // a handle
		{"@fabxc explains how he rewrote the storage.", true},
		{"Please report it to security@example.org today.", false}, // an address
		{"The project was led by Fischer.", true},
		{"The port was written by Richard McDonald.", true},
	} {
		if got := englishNameBesides(c.text, own, true); got != c.want {
			t.Errorf("englishNameBesides(%q) for a person = %v, want %v", c.text, got, c.want)
		}
	}
}

// A question for a name is answered by an English sentence that names it
// in one word.
func TestNameInOneEnglishWord(t *testing.T) {
	src := store.Source{ID: "a", Title: "Releases", Language: "en", Published: store.Date{Value: "2023-02-15"},
		Text: "The project ships a new release every two years. The current testing version is codenamed Bookworm. Many packages were updated."}
	src.Hash = src.Text
	e := newTestEngine(t, []store.Source{src, unrelated("b", "2020-01-01")}, Options{})
	wantFirst(t, e, "wie heißt die aktuelle testing version", "Bookworm")
}

// A repetition the date rules read says how often: "jedes Jahr", "every
// two years"; a rate ("pro Monat") and "each" of a thing do not.
func TestRepeats(t *testing.T) {
	for _, c := range []struct {
		text, lang string
		want       bool
	}{
		{"Der Verein wählt jedes Jahr einen Vorstand.", "de", true},
		{"The club elects its board every two years.", "en", true},
		{"Die Kontrollen finden stündlich statt.", "de", true},
		{"Die Miete liegt bei 500 Euro pro Monat.", "de", false},
		{"Jedes Mitglied wählt.", "de", false},
		{"The Daily Courier printed the verdict.", "en", false}, // a name
	} {
		if got := repeats(c.text, timex.Tag(c.text, timex.Options{Lang: c.lang})); got != c.want {
			t.Errorf("repeats(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A count question is answered by one said in words: "a single late
// payment", "ein einziger Fehler".
func TestSingleAnswersACount(t *testing.T) {
	e := articleEngine(t, "2023-03", "The rowing club bans members who pay late. For the rowing club, a single late payment is enough for a ban.")
	wantFirst(t, e, "how many late payments are enough for a ban from the rowing club", "a single late payment")
}

// A count's figure beside the noun it counts answers before a figure that
// counts something else in a sentence that names the noun too ("zwei
// Typen von Paketen" counts types, not packages).
func TestFigureBesideTheCountedNounLeads(t *testing.T) {
	e := articleEngine(t, "2023-03", "Im Hafen von Zarnau gibt es zwei verschiedene Typen von Fährschiffen, große und kleine Fährschiffe im Hafen von Zarnau. "+
		"Der Hafen ist alt. Im Hafen von Zarnau liegen 14 Fährschiffe.")
	wantFirst(t, e, "wie viele fährschiffe gibt es im hafen von zarnau", "14 Fährschiffe")
}

// The counted noun is met as coverage meets it, a part of the compound
// too: "Schiffe" names the "Fährschiffe" counted, so a sentence whose only
// figure stands far from it answers after one with the figure beside the
// noun.
func TestFigureFarFromAPartOfTheCountedNounIsWeak(t *testing.T) {
	e := articleEngine(t, "2023-03", "Im Hafen von Zarnau baute man 12 neue Anleger, damit dort auch große Schiffe anlegen können. "+
		"Der Hafen ist alt. Vor dem Umbau verkehrten dort etwa zwanzig verschiedene Fährschiffe.")
	wantFirst(t, e, "wie viele fährschiffe gab es vor dem umbau im hafen von zarnau", "etwa zwanzig verschiedene Fährschiffe")
}

// A body of people answers who does something, less surely than a name:
// "vom Hafenausschuss betrieben" for "who runs …".
func TestBodyAnswersWhoRunsIt(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("turm", "2020", "Der Leuchtturm von Zarnau wurde 1902 gebaut. Der Leuchtturm von Zarnau wird seit 1990 vom Hafenausschuss betrieben. Er ist 40 Meter hoch."),
		unrelated("sonst", "2020"),
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "who runs the lighthouse of zarnau", "Hafenausschuss")
}

func TestNamesBody(t *testing.T) {
	r := newReadings()
	for _, c := range []struct {
		text, lang string
		want       bool
	}{
		{"Der Turm wird vom Hafenausschuss betrieben.", "de", true},
		{"Das entschied der Vorstand des Ausschusses.", "de", true},
		{"Die Gremien tagen im Mai.", "de", true},
		{"The harbour board runs it.", "en", true},
		{"They went on board the ship.", "en", false},
		{"The dashboard shows it.", "en", false},
		{"Der Turm ist hoch.", "de", false},
	} {
		if got := namesBody(r.tokensOf(c.text, c.lang), c.lang); got != c.want {
			t.Errorf("namesBody(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A place inside the name a question asks of is part of that name, not
// where: "Jordan" in "Kim Jordan" answers no where-question about her,
// "Paris" beside it does.
func TestPlaceInsideAskedNameIsNoAnswer(t *testing.T) {
	table, err := names.New()
	if err != nil {
		t.Fatal(err)
	}
	r := entity.New(table)
	e := articleEngine(t, "2020", "Kim Jordan wurde 1950 geboren.")
	v := questionVerifier(t, e, "where was kim jordan born")
	// The names stage reads the lower-case words as one name where the
	// candidates write them so.
	v.q.Constraints = []query.Constraint{{Kind: query.Named, Key: "kim jordan", Text: "kim jordan", Guessed: true}}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The painter Kim Jordan was born in 1950.", false},
		{"İlhan said Kim Jordan was born in 1950.", false}, // offsets hold after a letter lower case shortens
		{"The painter Kim Jordan was born in Paris.", true},
		{"After visiting Kim, Jordan was his next stop.", true}, // not the name: a comma between
		{"Jordan mourned Kim Brand.", true},                     // the country alone is a place
	} {
		if got := namesPlace(v.outsideAskedNames(c.text, r.Mentions(c.text, "en"))); got != c.want {
			t.Errorf("%q: a place outside the asked name = %v, want %v", c.text, got, c.want)
		}
	}
}

// "Now" dates a sentence by its source only: it does not say when
// something happened. A date of its own does.
func TestNowIsNoDate(t *testing.T) {
	for _, c := range []struct {
		text     string
		answered bool
	}{
		{"Die Kartenwerkzeuge sind jetzt frei im System verfügbar.", false},
		{"Die Kartenwerkzeuge sind seit März 2019 frei im System verfügbar.", true},
	} {
		e := newTestEngine(t, []store.Source{source("a", "2023-02-04", "Das Handbuch beschreibt das System. "+c.text),
			otherNews("b", "2022-05")}, Options{})
		ans := ask(t, e, "Wann wurden die Kartenwerkzeuge frei verfügbar?")
		if ans.Answered != c.answered {
			t.Errorf("%q: answered %v, want %v (%+v)", c.text, ans.Answered, c.answered, ans.Decision)
		}
	}
}

// An address is written in its own form: an e-mail address with "@" and
// a domain, an IPv4 address as four numbers, an IPv6 one with colons.
func TestWritesAddress(t *testing.T) {
	for _, tt := range []struct {
		text, kind string
		want       bool
	}{
		{"Schreiben Sie an vorstand@ruderclub.example.", query.AddressEmail, true},
		{"Der Vorstand ist per E-Mail erreichbar.", query.AddressEmail, false},
		{"Der Drucker hat die Adresse 10.0.2.2 im Netz.", query.AddressIP, true},
		{"Der Drucker hat die Adresse 10.0.2.2 im Netz.", query.AddressIPv6, false},
		{"Der Server lauscht auf fe80::1 und ::1.", query.AddressIPv6, true},
		{"Die Sitzung beginnt um 12:30:45 Uhr.", query.AddressIPv6, false},  // a time
		{"Version 1.2.3 brachte die Wende.", query.AddressIP, false},        // three numbers: a version
		{"Siehe Abschnitt 4.2.1.", query.AddressIPv4, false},                // a section, ended by a dot
		{"Siehe Abschnitt 5.2.1.3 für Details.", query.AddressIPv4, false},  // four numbers of a section
		{"Der Wert 999.1.1.1 ist ungültig.", query.AddressIPv4, false},      // no address parses so
		{"Der Router (siehe unten): ein Kasten.", query.AddressIPv6, false}, // a colon after a bracket
		{"Die Magie von cafe::babe ist alt.", query.AddressIPv6, false},     // hex letters, no digit
		{"Er nutzt std::vector und a::b.", query.AddressIPv6, false},
		{"Lokal ist ::1 erreichbar.", query.AddressIPv6, true},
		{"Version 1.2.3.4.5 folgte.", query.AddressIPv4, false}, // four numbers of a longer run
	} {
		if got := writesAddress(tt.text, tt.kind); got != tt.want {
			t.Errorf("writesAddress(%q, %s) = %v, want %v", tt.text, tt.kind, got, tt.want)
		}
	}
}

// The figures that may answer how many or how much leave out those that
// number a part of a text and those of a numbered name asked of.
func TestAnswerFigures(t *testing.T) {
	for _, tt := range []struct {
		text, lang string
		numbered   []string
		want       []int64
	}{
		{"Siehe Abschnitt 4.2, dort stehen 40 Beispiele.", "de", nil, []int64{40}},
		{"See Section 3.2 for the 12 steps.", "en", nil, []int64{12}},
		{"Kapitel 3 nennt keine Zahl.", "de", nil, nil},
		{"Bug #123456 was closed by 3 developers.", "en", nil, []int64{3}},
		{"Version 12 of the manual has 80 pages.", "en", []string{"version 12"}, []int64{80}},
		{"Version 12 of the manual has 80 pages.", "en", nil, []int64{12, 80}},
		{"Um 12:30 kamen 5 Gäste.", "de", nil, []int64{5}},
		{"Das Stadion hat auf beiden Seiten 4.000 Sitzplätze.", "de", nil, []int64{4000}}, // "Seiten" stands before counts too
		{"Siehe Nr.5 der Liste mit 8 Punkten.", "de", nil, []int64{8}},
		{"Zeppelin LZ 12 replaced 120 older ships.", "en", []string{"lz 12"}, []int64{120}}, // another number than the name's
		{"Zeppelin LZ 120 had 7 cabins.", "en", []string{"lz 12"}, []int64{7}},              // another name's number (numbersAName)
		{"Version 2.3 adds 9 tools.", "en", []string{"version 2.3"}, []int64{9}},
		{"Since Debian 7, 3 bugs were counted.", "en", nil, []int64{3}}, // a name's number (numbersAName)
	} {
		var got []int64
		for _, n := range answerFigures(tt.text, tt.lang, timex.Tag(tt.text, timex.Options{Lang: tt.lang}), tt.numbered, "") {
			got = append(got, n.Value)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("answerFigures(%q, %v) = %v, want %v", tt.text, tt.numbered, got, tt.want)
		}
	}
}

// An amount of data is a figure with a unit of bytes, attached or not.
func TestStatesDataSize(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Die Scans belegen leicht 300MB.", true},
		{"Das Archiv ist größer als 3 Terabyte.", true},
		{"The limit is 8 GiB.", true},
		{"Each entry takes 512 bytes.", true},
		{"Der Kurs dauert 40 Minuten.", false},
		{"Die MBR-Partitionstabelle ist alt.", false}, // no figure
		{"The 3 mbps line is slow.", false},           // a rate, no amount
		{"It copies 10 MB/s.", false},                 // a rate
		{"The line has 2 Mb.", false},                 // megabits
		{"Das Video ist 2,5 GB groß.", true},
	} {
		if got := statesDataSize(tt.text); got != tt.want {
			t.Errorf("statesDataSize(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A web address the question does not write says where something is
// online; a file name or a version number does not.
func TestWritesWebAddress(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Die Protokolle findet man auf protokolle.korvala.example.org.", true},
		{"See https://korvala.example/minutes for the minutes.", true},
		{"Die Protokolle liegen in der Datei protokolle.txt.gz.", false},
		{"Version 2.4.1 brachte neue Protokolle.", false},
		{"Schreiben Sie an vorstand@korvala.example.org.", false}, // an e-mail address, not where it is published
		{"Die Seite www.korvala.example.org ist neu.", true},
		{"Die Regel steht z.B.de facto im Heft.", false},
		{"Siehe S.3.de im Anhang.", false},
		{"Vorstand Müller.example.de schrieb.", false},
	} {
		if got := writesWebAddress(c.text, "wo findet man die protokolle?"); got != c.want {
			t.Errorf("writesWebAddress(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if writesWebAddress("Siehe protokolle.korvala.example.org.", "was steht auf protokolle.korvala.example.org?") {
		t.Error("an address the question writes counts as the answer")
	}
}

// "Wo …?" of something online is answered by where it is, its address,
// before a sentence that says only that it exists.
func TestWhereOnlineLeadsWithTheAddress(t *testing.T) {
	e := articleEngine(t, "2023-03", "Die Protokolle des Rudervereins Korvala findet man ausführlich.\n\n"+
		"Die Protokolle des Rudervereins Korvala findet man unter archiv.rv-example.org.")
	wantFirst(t, e, "Wo findet man die Protokolle des Rudervereins Korvala?", "archiv.rv-example.org")
}

// A numbered name of a series ("DebConf16") is met by a sentence about
// that one only: the figures of another of the series ("DebConf15") do
// not answer, though their source names the one asked elsewhere, and a
// sentence that names no number takes the one its paragraph names.
func TestAnotherOfANumberedSeriesDoesNotAnswer(t *testing.T) {
	past := "Die Zarcon15 in Heidelberg ist die bislang größte Zarcon mit ca. 550 Teilnehmern aus 53 Ländern.\n\n" +
		"Die Zarcon14 in Portland war kleiner. Die Konferenz hatte um die 200 Teilnehmer aus 32 Ländern.\n\n" +
		"Die nächste Konferenz, die Zarcon16, findet in Kapstadt statt. Die Anmeldung zur Zarcon16 beginnt im Januar. Die Zarcon16 sucht Helfer."
	next := "Die Zarcon16 in Kapstadt endete am Samstag. Die Stadt bot viele Hotels."
	e := newTestEngine(t, []store.Source{titled(source("a", "2015-08-17", past), "Zarcon15 endet, Zarcon16 kommt nach Kapstadt"), source("b", "2016-07-09", next), unrelated("c", "2016")}, Options{})
	if ans := ask(t, e, "wie viele länder waren bei der zarcon16 vertreten"); ans.Answered {
		t.Errorf("answered %q; only Zarcon15's and Zarcon14's countries are given", ans.Citations[0].Quote)
	}
	if ans := ask(t, e, "wie viele länder waren bei der zarcon15 vertreten"); !leads(ans, "53 Ländern") {
		t.Errorf("Zarcon15's countries: %+v", ans)
	}
	// The one its paragraph names last before it, however far back;
	// a sentence that names the one asked is about it.
	for _, c := range []struct{ paragraph, want string }{
		{"Die Zarcon14 in Portland war kleiner. Sie fand im Juli statt. Die Konferenz hatte um die 200 Teilnehmer aus 32 Ländern.", ""},
		{"Die Zarcon14 war kleiner als die Zarcon16. Die Konferenz hatte um die 200 Teilnehmer aus 32 Ländern.", "32 Ländern"},
		{"Die Zarcon16 war größer als die Zarcon15 mit ihren 550 Teilnehmern aus 32 Ländern.", "32 Ländern"},
	} {
		e := newTestEngine(t, []store.Source{titled(source("a", "2016-07-09", c.paragraph), "Zarcon16 kommt nach Kapstadt"), source("b", "2016-07-09", next), unrelated("c", "2016")}, Options{})
		wantFirst(t, e, "wie viele länder waren bei der zarcon16 vertreten", c.want)
	}
}

// A numbered name's letters and its number apart ("Zarcon" … "10 Tage")
// do not name it: the sentence, its paragraph or its title must write the
// number asked with the letters. A question that mistypes the letters
// ("zarcn15") is read as the name the text writes with that number.
func TestNumberedNameIsNamedWithItsNumber(t *testing.T) {
	text := "Die Zarcon fand in Kapstadt statt, im Zentrum der Stadt. Sie dauerte 10 Tage.\n\n" +
		"Die Zarcon15 fand in Heidelberg statt."
	e := newTestEngine(t, []store.Source{titled(source("a", "2016-07-09", text), "Zarcon-Bericht"), unrelated("b", "2016")}, Options{})
	if ans := ask(t, e, "wo fand die zarcon10 statt"); ans.Answered {
		t.Errorf("answered %q; no Zarcon10 is named", ans.Citations[0].Quote)
	}
	wantFirst(t, e, "wo fand die zarcn15 statt", "Heidelberg")
}

// titled gives a source a title.
func titled(s store.Source, title string) store.Source {
	s.Title = title
	return s
}

// "Since which release …?" is answered first by the sentence that says
// what brought it in, not by one that says it is there now.
func TestSinceWhichLeadsWithWhatBroughtItIn(t *testing.T) {
	text := "Zarnix unterstützt jetzt auch das Booten mit UEFI auf vielen Rechnern.\n\n" +
		"Die mit „Kiefer“ eingeführte UEFI-Unterstützung von Zarnix wurde überarbeitet."
	e := articleEngine(t, "2015-04", text)
	wantFirst(t, e, "seit welcher version unterstützt zarnix uefi", "eingeführte")
	if q := query.Parse("seit welcher version unterstützt zarnix uefi", nil); !q.AsksSince {
		t.Error("seit welcher version: AsksSince not set")
	}
	if q := query.Parse("ab welcher pin-priority wird ein paket nicht installiert", nil); q.AsksSince {
		t.Error("ab welcher pin-priority asks a threshold, not since which")
	}
	// "adds" says what a release brought in, as release notes write it.
	en := articleEngine(t, "2015-04", "Zarnix 8 boots with UEFI boot on all computers.\n\nZarnix 7 adds UEFI boot on old computers.")
	wantFirst(t, en, "which zarnix version added uefi boot", "adds")
	// What brought it in names the release: its number or its name.
	named := articleEngine(t, "2015-04", "Over the last versions the team added many enhancements to UEFI boot in Zarnix.\n\n"+
		"In version 1.3 of Zarnix, the team added UEFI boot.")
	wantFirst(t, named, "since which zarnix version does it have uefi boot", "1.3")
	for text, want := range map[string]bool{
		"In Zarnix v1.3, the team added UEFI boot.":          true,
		"Zarnix 7 adds UEFI boot.":                           true,
		"The zarnix 1.5.0 release added UEFI boot.":          true, // after a word of the question
		"The mit „Kiefer“ eingeführte UEFI-Unterstützung.":   true,
		"Over the last 3 versions the team added UEFI boot.": false, // a count
		"Since 2019 the team has added UEFI boot.":           false, // a year
	} {
		if got := namesRelease(text, "en", map[string]bool{"zarnix": true, "uefi": true, "boot": true}, nil); got != want {
			t.Errorf("namesRelease(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"Zarnix 7 added UEFI boot.":                                  true,
		"UEFI boot works now, the team added.":                       false, // said
		"The team added that UEFI boot works.":                       false,
		"The team added “UEFI boot works.”":                          false,
		"Zarnix 7 adds UEFI boot on old boxes.":                      true,
		"Starting from 1.5.0, we sign all our releases.":             true,
		"Starting with version 0.1.2 Zarnix has been ported to BSD.": true,
		"We are starting work on version 0.1.2.":                     false,
	} {
		if got := introduces(text); got != want {
			t.Errorf("introduces(%q) = %v, want %v", text, got, want)
		}
	}
}

// "How many people attended" is answered by a figure of attendees: the
// noun of those who do what the question's verb says counts people; a
// figure of something else does not.
func TestPeopleCountedByTheirDoing(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2017-08", "Die Zarcon17 war die bisher größte Zarcon, mit 117 Anwesenden und 40 Sitzungen."),
		source("b", "2017-08", "The Zarcamp17 may have been the biggest Zarcamp ever, with 117 attendees."),
		source("c", "2017-08", "The Zarcamp16 was held in a school and had 40 sessions in three rooms."),
		source("d", "2017-08", "Seven people attended the meeting of the Zarnix web team."),
		unrelated("e", "2017"),
	}, Options{})
	wantFirst(t, e, "how many people attended the zarcamp17", "117 attendees")
	if ans := ask(t, e, "how many people attended the zarcamp16"); ans.Answered {
		t.Errorf("answered %q; only sessions are counted", ans.Citations[0].Quote)
	}
}

// Whom someone works for is said of the name: the sentence that joins
// the name to a company answers; one that names the person beside other
// capitalised words does not, and with no other the question declines.
func TestEmployerIsSaidOfTheName(t *testing.T) {
	e := articleEngine(t, "2016-07", "Tomas Velk of Zarnix Labs discovered a flaw in the Frobnicator parser. "+
		"Ilse Marten reported that the Frobnicator module of Quaxo leaks memory when it reads Digest headers.")
	wantFirst(t, e, "which company did tomas velk work for", "Zarnix Labs")
	wantFirst(t, e, "which company did ilse marten work for", "")
	table, err := names.New()
	if err != nil {
		t.Fatal(err)
	}
	places := entity.New(table)
	named := func(t analysis.Token) bool {
		return slices.Contains([]string{"scott", "geary", "karl", "berg", "marc", "burkels", "anna", "sommer", "robert", "swiecki", "adam", "langley", "olaf", "scholz"}, strings.ToLower(t.Text))
	}
	for _, c := range []struct {
		sentence, lang string
		want           bool
	}{
		{"Scott Geary of VendHQ discovered that the server used the Proxy header.", "en", true},
		{"Karl Berg of the PROSECCO team at INRIA reported that a client accepts it.", "en", true},
		{"Google's Adam Langley found the flaw.", "en", true},
		{"„Spenden spielen eine Rolle“, bemerkt Marc Burkels, Bare-Metal-Server-Manager von LeaseWeb.", "de", true},
		{"Anna Sommer arbeitet für die Firma Zarnix.", "de", true},
		{"The film was produced by Zarnix Studios, with whom Adam was employed at the time.", "en", true},
		{"Adam Langley, a Zarnix employee, found the flaw.", "en", true},          // a phrase before a comma
		{"Anna Sommer ist dort seit Jahren angestellt.", "de", true},              // and before a full stop
		{"Adam Langley, a self-employed developer, found the flaw.", "en", false}, // a word's part
		{"Robert Swiecki reported that mod_auth_digest does not reset the Authorization header.", "en", false},
		{"Robert Swiecki and Hanno Böck discovered that the X509 function reads out of bounds.", "en", false},
		{"The Berlin team of Robert Swiecki met in May.", "en", false}, // "of" before the name, not after it
		{"Robert Swiecki tested the frameworks for Zarnix.", "en", false},
		{"Anna Sommer erfuhr von dem Fehler erst später.", "de", false},                   // a noun after "von", no employer
		{"Scott Geary (VendHQ) discovered the flaw.", "en", true},                         // a name in brackets after the person's
		{"Scott Geary (https://example.org/sg) found it.", "en", false},                   // an address is no employer
		{"Olaf Scholz (SPD) said so.", "en", false},                                       // a party, in capitals
		{"Anna Berg (Germany) won the race.", "en", false},                                // a place
		{"Anna Berg (Präsidentin) eröffnete die Sitzung.", "de", false},                   // an office
		{"Anna arbeitet tagsüber im Politik-Team bei Wikimedia Deutschland.", "de", true}, // a verb of working, then "bei"
		{"Anna Sommer arbeitet seit 2020 für Wikimedia.", "de", true},                     // or "für"
		{"Anna Sommer arbeitet tagsüber im Garten bei schönem Wetter.", "de", false},
		{"Anna Sommer arbeitet seit Jahren gern, für Wikimedia spendet sie.", "de", false}, // the clause ends before "für"      // "bei" before a common noun
	} {
		if got := statesEmployer(analysis.For(c.lang).Tokens(c.sentence), c.sentence, named, places.Mentions(c.sentence, c.lang), c.lang); got != c.want {
			t.Errorf("statesEmployer(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}

// That something lasts without end answers how long it lasts.
func TestEndlessAnswersHowLong(t *testing.T) {
	e := articleEngine(t, "2014-07", "A flaw was found in the Zarnix server. A remote attacker could cause its child processes to hang indefinitely.")
	wantFirst(t, e, "how long do the zarnix child processes hang", "hang indefinitely")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"A remote attacker could cause child processes to hang indefinitely.", true},
		{"Die Prozesse hängen auf unbestimmte Zeit.", true},
		{"Der Vertrag gilt unbefristet.", true},
		{"Der Vertrag ist unbefristete Arbeit.", true},
		{"The processes hang until the server restarts.", false}, // lastsUntil's, less surely
		{"The processes hang.", false},
		{"The server checks a token for every request.", false}, // no "for ever"
		{"It has no endpoint for that.", false},
	} {
		if got := lastsWithoutEnd(c.text); got != c.want {
			t.Errorf("lastsWithoutEnd(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A finding told in an impersonal passive says that someone found it, not
// who: it answers no "who" question, while a sentence that names the
// finder does, and a claim's clause may name who did what.
func TestFindingWithoutFinderAnswersNoWho(t *testing.T) {
	e := articleEngine(t, "2017-11", "It was discovered that Zarnix does not properly handle BDAT data headers.")
	wantFirst(t, e, "who discovered the zarnix bdat flaw", "")
	e = articleEngine(t, "2017-11", "Ilse Marten discovered that Zarnix does not properly handle BDAT data headers.")
	wantFirst(t, e, "who discovered the zarnix bdat flaw", "Ilse Marten")
	// Of who did something else, the finding's clause may tell.
	e = articleEngine(t, "2017-11", "It was reported that Ilse Marten was named chair of the Zarnix board.")
	wantFirst(t, e, "who was named chair of the zarnix board", "Ilse Marten")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"CVE-2017-16944 It was discovered that Exim does not properly handle BDAT data headers.", true},
		{"Es wurde festgestellt, dass Exim die Kopfzeilen nicht richtig verarbeitet.", true},
		{"It was discovered by Ilse Marten that Exim does not handle them.", false},
		{"Dabei wurde festgestellt, dass die Version von Exim abstürzt.", true},
		{"It has been claimed that the Hungarians under Ferenc Deák directed it.", false},
		{"Ilse Marten discovered that Exim does not handle them.", false},
	} {
		if got := saysNoDoer(c.text); got != c.want {
			t.Errorf("saysNoDoer(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// Who founded something is no question of who found it: the founder's
// sentence may speak impersonally of other findings.
func TestAsksFinder(t *testing.T) {
	for _, c := range []struct {
		question string
		want     bool
	}{
		{"who discovered the bdat flaw", true},
		{"wer hat die luecke entdeckt", true},
		{"who found the bug", true},
		{"who reported it", true},
		{"who founded debian", false},
		{"who is the founder of the project", false},
		{"which foundation pays for it", false},
		{"which foundry cast the bell", false},
		{"who leads the project", false},
	} {
		if got := asksFinder(c.question); got != c.want {
			t.Errorf("asksFinder(%q) = %v, want %v", c.question, got, c.want)
		}
	}
}

// English capitalises a body's name ("the Core Team"), not only a
// person's: a who-question is not answered by a run of capitalised common
// words that ends in a body's noun, but by a name, though its words are
// common ones ("Bill Gates"); a question that asks what someone or
// something is called takes any name.
func TestEnglishWhoNeedsAPersonsName(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("council", "2023-06", "The creation of the Zarnix Council marks the end of both the Core Team and the Steering Chat. "+
			"The Zarnix Council meets every month in public."),
		englishSource("team", "2022-01", "Tomas Varnak is leaving the Zarnix Council after five years."),
		unrelated("other", "2023-06"),
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "who left the zarnix council", "Tomas Varnak")
	bodies := "The creation of the Zarnix Council marks the end of both the Core Team and the Steering Chat."
	for _, c := range []struct {
		question, text string
		name           bool
	}{
		{"who leads the zarnix council", bodies, false},
		{"who leads the zarnix council", "The Zarnix Council is led by Bill Gates.", true},
		{"who leads the zarnix council", "Tomas Varnak is leaving the Core Team.", true},
		{"who leads the zarnix council", "The council moved to Cargo and Rust.", false}, // common words alone
		{"who is the zarnix council's newest member called", bodies, true},              // a name asked as such
	} {
		v := &verifier{e: e, q: &question{Query: query.Parse(c.question, e.vocabulary)}, askedWords: map[string]bool{"zarnix": true, "council": true}}
		text := v.withoutBodyNames(c.text, "en")
		if got := hasNameBesides(text, v.askedWords, nil) || englishNameBesides(text, v.askedWords, v.q.Type == query.Person); got != c.name {
			t.Errorf("%q over %q (as %q): names someone %v, want %v", c.question, c.text, text, got, c.name)
		}
	}
}

// A file's path says where something is stored on the machine, unless the
// question gives it.
func TestWritesFilePath(t *testing.T) {
	for _, c := range []struct {
		text, question string
		want           bool
	}{
		{"We've moved the token to ~/.cargo/credentials, so that it can be permissioned 600.", "where is the token stored", true},
		{"Die Quellen stehen in /etc/apt/sources.list.", "wo stehen die paketquellen", true},
		{"Logs go to (/var/log/zarnix/) by default.", "where are the logs", true},
		{"The file /etc/zarnix.conf is read first.", "what does /etc/zarnix.conf hold", false}, // the question's own
		{"The service runs 24/7 and/or on demand.", "when does it run", false},
		{"Prices rose by 3/4 in a year.", "where did prices rise", false},
		{"Read the guide at https://example.org/docs first.", "where is the guide", false}, // an address, not a path
		{"Read /etc/zarnix.conf.", "where is /etc/zarnix.conf", false},                     // the question's own, before the stop
		{"Type /help or drive at 50 km /h.", "where is the help", false},                   // one step is no path
		{"Edit `~/.zarnix/config.toml` first.", "where is the config", true},
		{"It lives in $HOME/.zarnix now.", "where does it live", true},
	} {
		if got := writesFilePath(c.text, c.question); got != c.want {
			t.Errorf("writesFilePath(%q, %q) = %v, want %v", c.text, c.question, got, c.want)
		}
	}
}

// Where something is stored is answered by the sentence that writes its
// path, not by one that only says it is stored.
func TestWhereStoredIsAnsweredByAPath(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("zarnix", "2016-01", "Zarnix stores the login token safely. "+
			"Since version 2, Zarnix stores the login token of each account in ~/.zarnix/credentials on the machine it runs on."),
		unrelated("other", "2016-01"),
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "where does zarnix store the login token", "~/.zarnix/credentials")
}

// "Wann probt der Chor?" is answered by the weekday it repeats on, which
// no date gives; a question of what happened once is not.
func TestWhenAnsweredByARepeatedWeekday(t *testing.T) {
	e := articleEngine(t, "2024-03", "Der Chor des Ortes probt jeden zweiten Donnerstag im Gemeindehaus. Im Sommer singt er vor dem Rathaus.")
	wantFirst(t, e, "Wann probt der Chor?", "jeden zweiten Donnerstag")
	wantFirst(t, e, "Wann wurde der Chor gegründet?", "")
}

// A figure with a noun of its own right after it counts that noun, not a
// noun asked for that stands before it; a unit after a figure measures
// rather than counts, a noun asked for after the figure is counted by it,
// and a mark or a verb after it ends the figure's words.
func TestFigureCountsItsOwnNoun(t *testing.T) {
	tests := []struct {
		lang, text, figure, counted string
		own                         bool
	}{
		{"de", "Die meisten Apfelsorten im Garten tragen drei Kerngehäuse.", "drei", "Apfelsorten", true},
		{"de", "Die Apfelsorten tragen fünf weiße Blüten.", "fünf", "Apfelsorten", true},
		{"de", "Die Festplatte des Klubs fasst 12 Gigabyte.", "12", "Festplatte", false},
		{"de", "Im Gewächshaus hat die Luft 20 Grad.", "20", "Luft", false},
		{"de", "Im Garten wachsen 35 alte Apfelsorten.", "35", "Apfelsorten", false},
		{"de", "Apfelsorten hat der Garten inzwischen 35, sagte Gärtnerin Pia Lenz.", "35", "Apfelsorten", false},
		{"en", "The orchard's pear varieties bear nine seeds.", "nine", "varieties", true},
		{"en", "Pear varieties numbered 28, the gardener said.", "28", "varieties", false},
		{"en", "Pear varieties numbered 28 across two orchards.", "28", "varieties", false},
		{"en", "The orchard grew to 28 varieties.", "28", "varieties", false},
		{"en", "The mill took 3 years to rebuild.", "3", "mill", false},
	}
	for _, tt := range tests {
		toks := analysis.For(tt.lang).Tokens(tt.text)
		var counted []int
		for i, tok := range toks {
			if tok.Text == tt.counted {
				counted = append(counted, i)
			}
		}
		end := strings.Index(tt.text, tt.figure) + len(tt.figure)
		if got := countsOwnNoun(tt.text, toks, end, tt.lang, counted); got != tt.own {
			t.Errorf("%q: %s counts a noun of its own: %v, want %v", tt.text, tt.figure, got, tt.own)
		}
	}
}

// The figure of a noun of its own answers a count of another noun less
// surely than one beside it, though its sentence says more of the question.
func TestFigureOfItsOwnNounRanksAfter(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("garten", "2024-05", "Im Garten tragen Apfelsorten drei Kerngehäuse.\n\n"+
			"Im Garten hat der Pomologenverein bei seinen Zählungen der letzten Jahre insgesamt 35 Apfelsorten gefunden."),
		unrelated("b", "2024-05"),
	}, Options{})
	wantFirst(t, e, "Wie viele Apfelsorten gibt es im Garten?", "35 Apfelsorten")
}

// A version's number is written with or without its "v": "Elixir v1.15"
// holds the term "v1", which covers the "1" of "elixir 1.15".
func TestVersionForm(t *testing.T) {
	for in, want := range map[string]string{"1": "v1", "15": "v15", "v1": "", "v": "", "va": "", "one": "", "": ""} {
		if got := versionForm(in); got != want {
			t.Errorf("versionForm(%q) = %q, want %q", in, got, want)
		}
	}
	if !coversName(map[string]bool{"v1": true}, "1") || coversName(map[string]bool{"v2": true}, "1") || coversName(map[string]bool{"8": true}, "v8") {
		t.Error("coversName: v1 must cover 1, v2 must not, 8 must not cover v8")
	}
}

// History writes soldiers' death as their fall: "800 Kelbrer fielen"
// answers how many died.
func TestFallenCountAsDead(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2020-01-10", "Jorvan lockte die Kelbrer an den Zarnix-See. 800 Kelbrer fielen, unter ihnen Jorvan."),
		unrelated("b", "2020-01-10"),
	}, Options{})
	wantFirst(t, e, "Wie viele Kelbrer starben am Zarnix-See?", "800 Kelbrer fielen")
}

// "How long after …?" is answered by an offset ("drei Jahre später"); a
// question of how long something lasted is not.
func TestHowLongAfterIsAnsweredByAnOffset(t *testing.T) {
	const text = "Der Abzug der Kelbrer aus Zarnix begann im Mai 2011. Die Jorvaner fielen drei Jahre später in Zarnix ein."
	e := newTestEngine(t, []store.Source{source("a", "2020-01-10", text), unrelated("b", "2020-01-10")}, Options{})
	wantFirst(t, e, "Wie lange nach dem Abzug der Kelbrer fielen die Jorvaner in Zarnix ein?", "drei Jahre später")
	wantFirst(t, e, "Wie lange dauerte der Einfall der Jorvaner in Zarnix?", "")
}

// An offset is a relative date of an amount of time and a word of offset.
func TestStatesOffset(t *testing.T) {
	for _, c := range []struct {
		text, lang string
		want       bool
	}{
		{"Drei Jahre später fielen die Jorvaner ein.", "de", true},
		{"Two weeks later the army returned.", "en", true},
		{"Die Jorvaner fielen letzte Woche ein.", "de", false}, // no offset
		{"Die Jorvaner fielen 2014 ein.", "de", false},
	} {
		if got := statesOffset(timex.Tag(c.text, timex.Options{Lang: c.lang})); got != c.want {
			t.Errorf("statesOffset(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A count of years is answered by the years written as an adjective.
func TestYearsWrittenAsAnAdjective(t *testing.T) {
	const text = "Der Zarnix-Server in Kelbra hat in jedem Jahr mehr Nutzer. Der Zarnix-Server feiert sein 20-jähriges Bestehen!"
	e := newTestEngine(t, []store.Source{source("a", "2020-01-10", text), unrelated("b", "2020-01-10")}, Options{})
	wantFirst(t, e, "Wie viele Jahre gibt es den Zarnix-Server schon?", "20-jähriges Bestehen")
}

// "Which version …?" is answered first by a sentence that names a
// release, not by one that speaks of versions.
func TestWhichVersionIsAnsweredByARelease(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		titled(englishSource("a", "2023-08-07", "The latest call on the Zarnix standard discussed which version of the Zarnix standard should be the next and how semantic versioning applies to it."), "Zarnix standard call"),
		titled(englishSource("b", "2023-08-07", "We have released version 0.7.1 of the Zarnix standard."), "Zarnix standard call notes"),
		unrelated("c", "2023-08-07"),
	}, Options{})
	wantFirst(t, e, "Which version of the Zarnix standard is the newest?", "0.7.1")
}

func TestStatesTimeSign(t *testing.T) {
	for _, tt := range []struct {
		text, question string
		want           bool
	}{
		{"Events expire after a TTL (defaults to 1h).", "how long do events live", true},
		{"Teams had 24 h to build their projects.", "how long did teams have", true},
		{"Pages load in less than 100ms.", "how long do pages take to load", true},
		{"The job runs for 30min every night.", "how long does the job run", true},
		{"Segregation academies spread in the 1970s.", "how long did they spread", false}, // a decade
		{"Zeit: 20h/Woche", "wie lange war die stelle befristet", false},                  // a rate
		{"Nodes need the 11s update by March.", "wie lange für das 11s update", false},    // a name the question writes
		{"The game renders in 3D.", "how long does it render", false},
		{"The request times out after 10 sec.", "how long until it times out", true},
		{"Music of the 90s was popular; 100s of users came.", "how long was it popular", false}, // no "s" alone
		{"Einlass ab 19h, Beginn 20h.", "wie lange dauert das konzert", false},                  // times of day
		{"Zarnix 2.0 is out · 5 min read", "how long did zarnix 2.0 take", false},               // a reading time
		{"The job pays for 20 h per week.", "how long is the job", false},                       // a rate
	} {
		if got := statesTimeSign(tt.text, tt.question); got != tt.want {
			t.Errorf("statesTimeSign(%q, %q) = %v, want %v", tt.text, tt.question, got, tt.want)
		}
	}
}

// A length of time written with its unit's sign ("24h") answers how long.
func TestHowLongIsAnsweredByATimeSign(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("hack", "2017-05-01", "The Energy Hackday took place in Berlin. Within 24h the teams built creative projects from open energy data. "+
			"The jury met in the evening."),
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "how long did the teams have to build projects at the energy hackday", "Within 24h")
}

// Capitalised common English words name a thing, not a person: a
// sentence that names only such a term answers no who-question, one that
// names a person does.
func TestCommonWordsCapitalisedNameNoOne(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("zx", "2024-02-01", "Zarnix ran its tests with Quorble. Quorble refers to this approach as Autonomous Testing. "+
			"The tests found two bugs in the storage layer."),
		englishSource("jp", "2020-01-30", "Funding for the Jepsen tests of Zarnix was provided by Mara Okonjo."),
	}, Options{Dictionary: embeddedDictionary})
	ans := ask(t, e, "who paid for the quorble testing of zarnix")
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "Autonomous Testing") {
			t.Errorf("cited %q for a who-question: it names no one", c.Quote)
		}
	}
	wantFirst(t, e, "who paid for the jepsen tests of zarnix", "Mara Okonjo")
}

func TestVersionAt(t *testing.T) {
	for _, tt := range []struct {
		text, number string
		want         bool
	}{
		{"PRs and issues merged in 1.8.0.", "1.8.0", true},
		{"Gitea 2.13.1 is out.", "2.13.1", true},
		{"We merged 676 pull requests for v2.4.", "2.4", true},
		{"We merged 676 pull requests for v2.4.", "676", false},
		{"Die Zahl hat 17.425.170 Stellen.", "17.425.170", false}, // thousands grouped
		{"It costs 1.5 million.", "1.5", false},
	} {
		at := strings.Index(tt.text, tt.number)
		if got := versionAt(tt.text, at); got != tt.want {
			t.Errorf("versionAt(%q, %q) = %v, want %v", tt.text, tt.number, got, tt.want)
		}
	}
}

// A release's number is no count: "PRs and issues merged in 1.8.0"
// answers no "how many issues were closed in zarnix 1.8.0".
func TestReleaseNumberIsNoCount(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("rel", "2019-04-21", "Zarnix 1.8.0 is released with many fixes. PRs and issues merged in 1.8.0. Get in touch on our forum."),
	}, Options{Dictionary: embeddedDictionary})
	if ans := ask(t, e, "how many issues were closed in zarnix 1.8.0"); ans.Answered {
		t.Errorf("answered with %q: a release's number counts nothing", ans.Citations[0].Quote)
	}
	e = newTestEngine(t, []store.Source{
		englishSource("rel", "2019-04-21", "Zarnix 1.8.0 is released with many fixes. In this release we closed 245 issues. Get in touch on our forum."),
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "how many issues were closed in zarnix 1.8.0", "closed 245 issues")
}

// A list is items joined by commas and a last "and": short ones ("NumPy,
// SciPy, NetworkX, Xarray, and pandas", „Design“, „Technischer
// Anspruch“ und „Convergence“), not clauses joined by commas.
func TestEnumerates(t *testing.T) {
	for text, want := range map[string]bool{
		"At the moment, we are targeting NumPy, SciPy, NetworkX, Xarray, and pandas.":                                         true,
		"Punkte gibt es für „Kreativität“, „Funktionalität“, „Design“, „Technischer Anspruch“ und „Convergence“.":             true,
		"It joins the Android workgroup, Build and Packaging workgroup, and Testing workgroup.":                               true,
		"In this blog post, we will discuss how we manage translations for Scientific Python projects, and how you can help.": false,
		"NumPy and SciPy are both targeted.": false,
	} {
		if got := enumerates(text); got != want {
			t.Errorf("enumerates(%q) = %v, want %v", text, got, want)
		}
	}
}
