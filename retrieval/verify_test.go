package retrieval

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/retrieval/translate"
	"github.com/quellen/quellen/store"
)

// Verification refuses a passage that does not satisfy the question: the
// same sentence is cited for the force it names and refused for another,
// in German and English.
func TestVerificationChecksWhoseTroops(t *testing.T) {
	ctx := context.Background()
	usOnly := []store.Source{
		source("a", "2024-09", "Rund 2.500 US-Soldaten sind im Irak stationiert. Sie beraten die irakische Armee."),
		source("b", "2024-01", "Die italienische Regierung kündigte neue Gespräche mit Bagdad an. Rom will die Beziehungen vertiefen."),
	}
	opts := Options{Dictionary: func() (*translate.Dictionary, error) {
		d, err := translate.LoadDing()
		if err != nil {
			return nil, err
		}
		return d.EnglishGerman(), nil
	}}
	e := newTestEngine(t, usOnly, opts)
	us, err := e.Ask(ctx, Question{Text: "Wie viele US-Soldaten sind im Irak?"})
	if err != nil {
		t.Fatal(err)
	}
	if !leads(us, "2.500 US-Soldaten") {
		t.Fatalf("US question: %+v, want the US figure", us)
	}
	if us.Decision.Lead != "" {
		t.Errorf("US question: the best-ranked candidate refused for %q, want it to pass", us.Decision.Lead)
	}
	// The decision says why the best-ranked candidate was refused: the
	// US figure ranks first for Syria, and is not of Syria.
	if syria := ask(t, e, "Wie viele US-Soldaten sind in Syrien?"); syria.Decision.Lead != failPlace {
		t.Errorf("Syria question: lead refused for %q, want %q", syria.Decision.Lead, failPlace)
	}
	for _, q := range []string{"Wie viele italienische Soldaten sind im Irak?", "How many Italian troops are in Iraq?",
		"Wie viele Bundeswehrsoldaten sind im Irak?", "Wie viele US-Soldaten sind in Syrien?", "Wie viele US-Soldaten waren 2015 im Irak?"} {
		ans := ask(t, e, q)
		if ans.Answered {
			t.Errorf("%q answered with %q; want declined: no figure of that force, place or year", q, ans.Citations[0].Quote)
		}
		if ans.Decision.Rejected[failOwner]+ans.Decision.Rejected[failPlace]+ans.Decision.Rejected[failTime] == 0 {
			t.Errorf("%q: decision %+v names no refused constraint", q, ans.Decision)
		}
	}
	// With an Italian figure in the collection, the Italian question cites it.
	both := append(usOnly, source("c", "2024-06", "Etwa 1.100 italienische Soldaten sind im Irak im Einsatz."))
	e = newTestEngine(t, both, opts)
	it, err := e.Ask(ctx, Question{Text: "Wie viele italienische Soldaten sind im Irak?"})
	if err != nil {
		t.Fatal(err)
	}
	if !leads(it, "1.100 italienische") {
		t.Fatalf("Italian question with an Italian figure: %+v", it)
	}
	for _, c := range it.Citations {
		if strings.Contains(c.Quote, "US-Soldaten") {
			t.Errorf("the Italian answer cites the US figure %q", c.Quote)
		}
	}
}

// An answer lists each source once, with the numbers of its quotes.
func TestSourcesAreListedOnce(t *testing.T) {
	e := newTestEngine(t, defaultSources(t), Options{})
	for _, q := range []string{"Wie viele US-Soldaten sind im Irak?", "Wann endet die Mission der Koalition?"} {
		ans, err := e.Ask(context.Background(), Question{Text: q, Top: 5})
		if err != nil {
			t.Fatal(err)
		}
		seen := make(map[string]bool)
		numbered := make(map[int]string)
		for _, s := range ans.Sources {
			if seen[s.SourceID] {
				t.Errorf("%q lists %s twice", q, s.SourceID)
			}
			seen[s.SourceID] = true
			for _, n := range s.Citations {
				numbered[n] = s.SourceID
			}
		}
		for _, c := range ans.Citations {
			if numbered[c.N] != c.SourceID {
				t.Errorf("%q: quote %d from %s is listed under %q", q, c.N, c.SourceID, numbered[c.N])
			}
		}
		if len(numbered) != len(ans.Citations) {
			t.Errorf("%q: %d quotes, %d listed", q, len(ans.Citations), len(numbered))
		}
	}
}

// With any --top, the lead is the newest matching figure; older ones are
// marked older.
func TestTopOneLeadsWithTheNewestFigure(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("old", "2020-06-12", "Der Einsatz von rund 5.000 US-Soldaten im Irak ist umstritten und wird im Parlament heftig diskutiert."),
		source("new", "2024-09", "Im Irak sind etwa 2.500 US-Soldaten."),
		source("mid", "2022-05", "Die USA haben 3.000 Soldaten im Irak."),
	}, Options{})
	for _, top := range []int{1, 2, 3, 0} {
		ans, err := e.Ask(context.Background(), Question{Text: "Wie viele US-Soldaten sind im Irak?", Top: top})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || ans.Citations[0].SourceID != "new" {
			t.Fatalf("top %d leads with %+v, want the newest source's figure", top, ans.Citations)
		}
		if !ans.Points[0].Newest {
			t.Errorf("top %d: the lead is not marked newest: %+v", top, ans.Points[0])
		}
		for _, p := range ans.Points[1:] {
			if !p.Older {
				t.Errorf("top %d: point %+v after the newest is not marked older", top, p)
			}
		}
	}
}

// A capital asked as whose troops stands for its country: "How many troops
// does Washington have in Syria?" is answered by the US figure, not by
// another country's.
func TestCapitalAsOwnerStandsForItsCountry(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024-09", "Rund 2.500 US-Soldaten im Irak und neunhundert in Syrien führen eine Koalition an."),
		source("b", "2024-09", "Russland hat etwa 4.000 Soldaten in Syrien."),
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "How many troops does Washington have in Syria?", "neunhundert")
	wantFirst(t, e, "How many troops does Moscow have in Syria?", "4.000")
}

// How many soldiers may be sent is answered by the cap ("bis zu 1.200
// Soldaten"); how many are there by the level, not the cap.
func TestCapAnswersHowManyMay(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("mandat", "2024-09", "Der Bundestag verlängerte das Mandat. In Litauen dürfen bis zu 1.200 deutsche Soldaten eingesetzt werden."),
		source("lage", "2024-10", "In Litauen sind derzeit etwa 800 deutsche Soldaten."),
		unrelated("u1", "2024-09"), unrelated("u2", "2024-09"),
	}, Options{})
	ans := ask(t, e, "Wie viele deutsche Soldaten dürfen in Litauen eingesetzt werden?")
	if !slices.ContainsFunc(ans.Citations, func(c Citation) bool { return strings.Contains(c.Quote, "1.200") }) {
		t.Errorf("may: cited %+v, want the cap", ans.Citations)
	}
	ans = ask(t, e, "Wie viele deutsche Soldaten sind in Litauen?")
	if !leads(ans, "800") {
		t.Errorf("are: cited %+v, want the level first", ans.Citations)
	}
	citesNone(t, ans, "1.200")
}

// A question asked under a context already done ends with its error.
func TestAskHonoursItsContext(t *testing.T) {
	e := newTestEngine(t, defaultSources(t), Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Ask(ctx, Question{Text: "Wie viele US-Soldaten sind im Irak?"}); err == nil {
		t.Fatal("Ask under a cancelled context answered")
	}
}

// Near misses are declined and their answerable twins answered: another
// country's minister (a genitive owner), and a president where a sentence
// names its own country's prime minister.
func TestVerificationDeclinesNearMisses(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024-09", "Frankreich schickte keine Soldaten. Der irakische Verteidigungsminister Thabet al-Abbassi sprach am Montag in Bagdad über den Abzug."),
		source("b", "2020-01", "Iran drohte mit Vergeltung. Das irakische Parlament stimmte für den Abzug, und Ministerpräsident Adel Abdul-Mahdi forderte einen Fahrplan. Am 3. Januar 2020 griffen Milizen die amerikanische Botschaft in Bagdad an."),
		source("c", "2011-01", "Ende 1967 waren 485.000 US-Soldaten sowie 50.000 südkoreanische Soldaten in Südvietnam stationiert. Bis dahin waren 16.000 Amerikaner gefallen."),
		source("d", "2011-01", "Der deutsche Geograph Ratzel lobte den Imperialismus. Das Reich lobte den Handel mit Frankreich."),
		source("e", "2020-01", "Die Lage blieb angespannt. In den vergangenen Monaten schlugen mehrfach Raketen auf irakischen Militärbasen ein. Washington macht dafür Iran-treue schiitische Milizen verantwortlich."),
		source("f", "2024-09", "Der irakische Regierungssprecher Basem al-Awadi sagte im Januar, die Mission ende 2025. Iranische Milizen griffen die Mission im Januar an."),
		source("g", "2011-01", "Das Land ist eine Monarchie. Harald war von 1991 bis 2020 König von Norwegen. Er lebt in Oslo."),
		source("h", "2011-01", "Der Kronprinz besuchte Berlin. Der Kronprinz sprach dort. Ein Kronprinz regiert nicht."),
		source("j", "2020-06", "Der Einsatz von rund 5.000 US-Soldaten in Syrien ist umstritten. Der Einsatz in Mali kostete jährlich 2 Milliarden Dollar."),
		source("i", "2024-09", "Die Lage ist ruhig. Seit Oktober 2023 greifen Milizen die Truppen der Koalition in Kuwait an. Die Koalition bleibt in Syrien bis Ende 2026."),
		source("k", "2024-09", "Der Außenminister blieb in Bagdad. Am Montag besuchte Innenminister Abdul Amir al-Shammari die Provinz Dijala. Vizeverteidigungsminister Ali Hamid traf Premierminister Mohammed al-Sudani in Basra."),
		source("l", "2024-02", "Der Premierminister traf Vertreter des US-Verteidigungsministeriums. Der US-Vizeverteidigungsminister Daniel Shapiro führte die Delegation an."),
	}, Options{})
	tests := []struct {
		question string
		want     string // a piece of the first quote, or "" for a declined question
	}{
		{"Wer ist der irakische Verteidigungsminister?", "Thabet al-Abbassi"},
		{"Wer ist der Verteidigungsminister Frankreichs?", ""},
		{"Wer ist der Präsident des Iran?", ""},
		{"Wann griffen Milizen die amerikanische Botschaft in Bagdad an?", "3. Januar 2020"},
		// The dead are not the troops stationed, nor one people another.
		{"Wie viele Amerikaner waren in Vietnam gefallen?", "16.000 Amerikaner"},
		{"Wie viele Südkoreaner waren in Vietnam gefallen?", ""},
		{"Wie viele Südkoreaner waren in Südvietnam stationiert?", "50.000 südkoreanische"},
		// "Which French geographer" asks for a geographer, not for France.
		{"welcher französische geograph lobte den handel", ""},
		// "dafür" takes its noun from the sentence before.
		{"Wen macht Washington für die Raketen auf die irakischen Militärbasen verantwortlich?", "Milizen"},
		// Who holds an office is answered by a name only.
		{"Wer war US-Botschafter in Bagdad am Tag des Angriffs der Milizen?", ""},
		// and where the office is named: a name at the meeting asked of is
		// not the ambassador's.
		{"Wer war der Botschafter beim Treffen mit al-Sudani?", ""},
		{"Wer war der Vizeverteidigungsminister beim Treffen mit al-Sudani?", "Ali Hamid"},
		// A sentence that does not name the office cannot say whose
		// spokesman spoke.
		{"Wann sagte der irakische Regierungssprecher, die Mission ende?", "Basem al-Awadi"},
		{"Wann sagte der iranische Regierungssprecher, die Mission ende?", ""},
		// When someone held an office is answered where that office is named.
		{"seit wann war harald könig", "von 1991"},
		{"seit wann war harald kronprinz", ""},
		// Since when answers no "until when".
		{"Bis wann bleibt die Koalition in Kuwait?", ""},
		{"Bis wann bleibt die Koalition in Syrien?", "bis Ende 2026"},
		// What something cost is a sum of money, not a figure of troops.
		{"Wie viel kostet der Einsatz in Syrien?", ""},
		{"Wie viel kostete der Einsatz in Mali?", "2 Milliarden Dollar"},
		// An office is named only by itself: the Premierminister is no
		// Außenminister, though both are ministers.
		{"Wer ist der Innenminister?", "al-Shammari"},
		{"Wer ist der Außenminister?", ""},
		{"aussenminister name", ""},
		// Nor is a deputy the office, nor its ministry.
		{"Wie hieß der US-Verteidigungsminister beim Treffen?", ""},
		{"Wie hieß der US-Vizeverteidigungsminister beim Treffen?", "Daniel Shapiro"},
	}
	for _, tt := range tests {
		wantFirst(t, e, tt.question, tt.want)
	}
}

// A year asked is met by the sentence's own paragraph, not by the one
// before it: "However, his religious views …" opens a paragraph of 1937,
// whatever year the paragraph before names.
func TestYearOfAnotherParagraphDoesNotHold(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("bio", "", "Edison won nothing in 1915.\n\nHowever, his religious views remain uncertain. For example, in his article \"A Machine to End War\", published in 1937, Tesla stated his views."),
		oilPricesEnglish("other"),
	}, Options{})
	wantFirst(t, e, "what was the title of tesla's 1915 article", "")
	wantFirst(t, e, "what was the title of tesla's 1937 article", "A Machine to End War")
}

// A region of a country asked is not met by a sentence on another region
// of it: a base in the north of Iraq is none in its south.
func TestAnotherRegionFailsThePlace(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024-01", "Die Spannungen im Irak nahmen zu, als im Dezember 2023 eine Rakete auf eine Basis im Nordirak einschlug."),
		oilPrices("other"),
	}, Options{})
	wantFirst(t, e, "Wann schlug eine Rakete auf eine Basis im Südirak ein?", "")
	wantFirst(t, e, "Wann schlug eine Rakete auf eine Basis im Nordirak ein?", "Dezember 2023")
	wantFirst(t, e, "Wann schlug eine Rakete auf eine Basis im Irak ein?", "Dezember 2023")
}

// An office is not covered by its parts in other words:
// "Verteidigungspolitik" and "Premierminister" make no
// Verteidigungsminister.
func TestOfficeIsNotCoveredByItsParts(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024-01", "Die Verteidigungspolitik des Irak blieb ruhig, sagte Premierminister Ali Hamid am Montag in Basra."),
		oilPrices("other"),
	}, Options{})
	wantFirst(t, e, "Wann sprach der Verteidigungsminister in Basra?", "")
}

// How big something is, is answered by a figure, not by any sentence about
// it, and surest by a figure with a unit of measure.
func TestSizeIsAnsweredByAFigure(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("bio", "", "Ctenophores are predators of the open sea. Ctenophores can eat ten times their own weight in a day. Ctenophores range from about 1 millimeter to 1.5 meters in size."),
		oilPricesEnglish("other"),
	}, Options{})
	ans := ask(t, e, "how big do ctenophores get")
	if !leads(ans, "1.5 meters") {
		t.Fatalf("size: %+v, want the figure with its unit first", ans)
	}
	citesNone(t, ans, "predators") // no size
}

// A count question that names soldiers but counts something else
// ("Zeitabschnitte", weeks) is answered by the figure of what it counts,
// as any count question is, not by the soldiers' figures.
func TestCountBesideSoldiersIsNoTroopCount(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("teilzeit", "2020-01", "Teilzeit ist für Soldaten möglich. Die Teilzeitbeschäftigung kann auf bis zu vier Zeitabschnitte verteilt werden. Im Standort dienen 800 Soldaten."),
		source("schutz", "2020-01", "Eine Soldatin ist in den ersten acht Wochen nach der Entbindung nicht zu Diensten heranzuziehen. Die Kaserne hat 1.200 Soldatinnen und Soldaten."),
		unrelated("u1", "2020-01"), unrelated("u2", "2020-01"),
	}, Options{})
	wantFirst(t, e, "auf wie viele zeitabschnitte kann ein soldat die teilzeit verteilen", "vier Zeitabschnitte")
	wantFirst(t, e, "wie viele wochen nach der entbindung hat eine soldatin dienstfrei", "acht Wochen")
	wantFirst(t, e, "wie viele soldaten dienen im standort", "800 Soldaten")
}

// An item's or a paragraph's label ("2.", "(1)") counts nothing: the
// count of what is asked answers.
func TestItemLabelIsNoCount(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("vertrag", "2020-01", "Der Zentralrat übernimmt:\n\n2. die Aufsicht über die Militärrabbiner und Militärrabbinerinnen mit Ausnahme der Fachaufsicht,\n\nFür jüdische Soldaten im In- und Ausland werden vom Zentralrat zehn Militärrabbiner bestellt."),
		unrelated("u1", "2020-01"), unrelated("u2", "2020-01"),
	}, Options{})
	wantFirst(t, e, "wie viele militärrabbiner gibt es", "zehn")
	ans := ask(t, e, "wie viele militärrabbiner gibt es")
	citesNone(t, ans, "Aufsicht")
}

// A figure asked of someone named is cited where that one's figure stands,
// not the next sentence's figure of another person.
func TestCountOfANamedPersonCitesOnlyTheirFigure(t *testing.T) {
	src := source("a", "2016-02-07", "Pro Bowl defensive tackle Kawann Short led the team in sacks with 11, while also forcing three fumbles. Fellow lineman Mario Addison added 6 sacks.")
	src.Language = "en"
	e := newTestEngine(t, []store.Source{src}, Options{})
	ans := ask(t, e, "How many sacks did Kawann Short have?")
	if !leads(ans, "Kawann Short") {
		t.Fatalf("answer %+v, want Kawann Short's figure", ans)
	}
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "Addison") {
			t.Errorf("cited %q, another player's figure", c.Quote)
		}
	}
}

// Capitalised words the dictionary lists as common English words name
// no other person: a count asked of an event named in the sentence before
// is answered by a sentence that names a group with capitals ("Open
// Source Developers"), where it does not name the event again; a count
// asked of someone named by the surname alone is still not answered by
// another person's figure.
func TestCountOfANamedEventReadsBackPastAGroupName(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		englishSource("a", "2019-05-20", "The old tram depot hosted the Brixwell hackathon this spring. Its tally, as the organisers put it on Sunday: 40 issues closed by nine Open Source Developers."),
		englishSource("b", "2019-05-21", "The library opened a new reading room. Its shelves hold old maps."),
		source("c", "2019-05-22", "Stürmerin Jana Feldt stand in jedem Spiel der Saison auf dem Platz. Ihre Kollegin Mira Oswald erzielte 14 Tore."),
	})
	wantFirst(t, e, "How many issues were closed at the Brixwell hackathon?", "40 issues")
	wantFirst(t, e, "Wie viele Tore erzielte Feldt?", "")
}

// A paragraph names its subject once: a name two sentences back in the
// passage's own paragraph still stands for it, one in another paragraph
// does not.
func TestNameEarlierInTheParagraphHolds(t *testing.T) {
	text := "Die Stadt wird von dem Valtorino Express bedient. Sie wurde 1980 eröffnet. Das Netz betreibt die Firma Weber und Söhne im Auftrag des Landes.\n\n" +
		"Die Brücke über den Fluss wurde 1990 gebaut. Sie wird von der Firma Krause und Partner betrieben."
	e := newTestEngine(t, []store.Source{source("a", "2021-03", text),
		unrelated("b", "2021-02")}, Options{})
	ans := ask(t, e, "Wer betreibt das Netz des Valtorino Express?")
	if !leads(ans, "Weber und Söhne") {
		t.Fatalf("answer %+v, want the operator two sentences after the name", ans)
	}
	ans = ask(t, e, "Wer betreibt die Brücke des Valtorino Express?")
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "Krause") {
			t.Errorf("cited %q: the name stands in another paragraph", c.Quote)
		}
	}
}

// Of the passages that pass, the one that says what the question asks in
// its own verb leads, though answers may word the verb otherwise
// (Params.OwnVerbWeight).
func TestQuestionsVerbLeads(t *testing.T) {
	// The harbour is no name: a name would be a constraint, and a
	// sentence that states it itself leads (verifier.inSentence).
	text := "The harbour is the largest of the region, home to the fleet of Admiral Reyes. " +
		"The harbour also suffered damage from Storm Fay.\n\nA fair was held there from 1790; it was named after Ellen Crane, a ship's captain."
	sources := []store.Source{{ID: "a", Title: "The harbour", Language: "en", Text: text, Hash: text},
		{ID: "b", Title: "Other", Language: "en", Text: "The government praised the army. The budget was passed.", Hash: "b"}}
	for _, tt := range []struct {
		weight float64
		lead   bool
	}{{1, true}, {0.5, false}} {
		p := DefaultParams()
		p.OwnVerbWeight = tt.weight
		p.CoverWeight = 0 // the window's coverage (1.00 against 0.56 here) aside: this weighs the verb alone
		p.OwnWeight = 10  // and the search's score, which favours the rarer verb already
		e := newTestEngine(t, sources, Options{Params: &p})
		ans := ask(t, e, "who was the harbour named after")
		if !ans.Answered {
			t.Fatalf("OwnVerbWeight %v: not answered: %+v", tt.weight, ans.Decision)
		}
		if got := strings.Contains(ans.Citations[0].Quote, "named after"); got != tt.lead {
			t.Errorf("OwnVerbWeight %v: first quote %q, want the naming sentence first: %v", tt.weight, ans.Citations[0].Quote, tt.lead)
		}
	}
}

// A sentence about another country answers no question about the one
// asked, though its source names that one elsewhere; a sentence that names
// no country may take its place from the source ("das Land").
func TestSentenceAboutAnotherCountryFailsThePlace(t *testing.T) {
	text := "Frankreich zog sich aus Indochina zurück. Laos wurde ein Königreich. Kambodscha blieb neutral.\n\n" +
		"Die Konferenz tagte lange. Die freien Wahlen für ganz Vietnam sollten im Juli 1956 stattfinden. Danach kam es anders.\n\n" +
		"Die Verhandlungen dauerten Monate. Im Land sollten die Wahlen im März 1958 stattfinden."
	e := newTestEngine(t, []store.Source{source("a", "2010", text),
		unrelated("b", "2010")}, Options{})
	ans := ask(t, e, "Wann sollten die freien Wahlen in Laos stattfinden?")
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "Vietnam") {
			t.Errorf("cited %q for Laos: the sentence is about Vietnam", c.Quote)
		}
	}
	ans = ask(t, e, "Wann sollten die Wahlen in Vietnam stattfinden?")
	if !leads(ans, "Juli 1956") {
		t.Errorf("Vietnam: %+v, want the sentence that names it", ans)
	}
}

// A sentence that calls its place "das Land" speaks of the one country its
// source names, though the source names it once only; without that word it
// needs the name or a source that names the place more often.
func TestCountryCalledDasLand(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"Im Index der menschlichen Entwicklung steht das Land auf dem 165. Platz von 189.", true},
		{"Im Index der menschlichen Entwicklung steht es auf dem 165. Platz von 189.", false},
	} {
		text := "Von 1884 bis 1916 war Togo eine deutsche Kolonie. Der Kaiser besuchte sie nie. Die Händler kamen mit Schiffen.\n\n" +
			"Die Wirtschaft lebt von der Landwirtschaft. Die Bauern ernten Kakao. " + tc.sentence
		e := articleEngine(t, "2018", text)
		// Asked as who has the rank, and (in lower case) as where.
		for _, question := range []string{"Welchen Platz hat Togo im Index der menschlichen Entwicklung?", "welchen platz hat togo im index der menschlichen entwicklung"} {
			ans := ask(t, e, question)
			if got := leads(ans, "165. Platz"); got != tc.want {
				t.Errorf("%q after %q: answered with the rank %v, want %v (%+v)", question, tc.sentence, got, tc.want, ans.Citations)
			}
		}
	}
	// A source that names another country too leaves open which one.
	text := "Von 1884 bis 1916 war Togo eine deutsche Kolonie. Der Irak war britisches Mandat.\n\n" +
		"Die Bauern ernten Kakao. Im Index der menschlichen Entwicklung steht das Land auf dem 165. Platz von 189."
	e := articleEngine(t, "2018", text)
	if ans := ask(t, e, "welchen platz hat togo im index der menschlichen entwicklung"); ans.Answered {
		t.Errorf("answered %q, though the source names Iraq too", ans.Citations[0].Quote)
	}
	for text, want := range map[string]bool{"Das Land liegt am Meer.": true, "Er kaufte Land.": false, "the country's army": true, "a country road": false,
		"Auf dem Land leben 40 Prozent.": false, "Im Ranking steht das Land Hessen auf dem 7. Platz.": false, "Sie leben in dem Land seit 1990.": true} {
		if got := countryAnaphor(text); got != want {
			t.Errorf("countryAnaphor(%q) = %v, want %v", text, got, want)
		}
	}
}

// A paragraph that opens with its place ("In Chile verbot …") sets the
// place of its sentences, though the source names it only there and two
// sentences before; a
// paragraph that opens elsewhere does not.
func TestParagraphOpeningSetsThePlace(t *testing.T) {
	for _, tc := range []struct {
		opening string
		want    bool
	}{
		{"In Chile verbot die Regierung 2009 den Verkauf von Feuerwerk.", true},
		{"Die Regierung verbot 2009 den Verkauf von Feuerwerk.", false},
		{"In Peru verbot die Regierung 2009 den Verkauf von Feuerwerk.", false},
		{"Der Minister reiste 2009 nach Chile und verbot den Verkauf von Feuerwerk.", false}, // a journey, not the setting
		{"In Chile verbot die Regierung 2009 den Verkauf von Feuerwerk. In Peru folgte 2010 ein ähnliches Verbot.", false},
	} {
		text := tc.opening + " Das Verbot schuf einen Schwarzmarkt. Im Jahre 2012 wurden mehr als 140 Händler verhaftet, weil sie Raketen verkauft hätten. Die Händler zahlten Strafen."
		e := newTestEngine(t, []store.Source{source("a", "2015", text),
			otherNews("b", "2015")}, Options{})
		ans := ask(t, e, "Wie viele Händler wurden 2012 in Chile verhaftet?")
		got := ans.Answered && strings.Contains(ans.Citations[0].Quote, "140 Händler")
		if got != tc.want {
			t.Errorf("after %q: answered with the figure %v, want %v (%+v)", tc.opening, got, tc.want, ans.Citations)
		}
	}
}

// A sentence that states nothing the question asks of answers nothing,
// however well its neighbours cover the question: its date is not the
// asked one's.
func TestSentenceMustStateSomethingAsked(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2019", "Die Rebellen kämpften monatelang in den Bergen gegen die Armee. Im März häuften sich Meldungen über Anschläge. Die Bevölkerung floh."),
		otherNews("b", "2019")}, Options{})
	ans := ask(t, e, "Wann kämpften die Rebellen gegen die Armee?")
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "Im März") && !strings.Contains(c.Quote, "Rebellen") {
			t.Errorf("cited %q, which states nothing of rebels, fighting or the army", c.Quote)
		}
	}
	if ans.Decision.Rejected["own"] == 0 {
		t.Errorf("decision %+v: the sentence was not refused for stating nothing asked", ans.Decision)
	}
}

// "An welchem Wochentag …?" is answered only by a sentence that names the
// day of the week, not by one with another date.
func TestWeekdayQuestionWantsTheDay(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2020-01", "Das Ministerium teilte mit, dass die Armee die Ausbildung der Polizei 2015 aufnahm. Die Armee nimmt die Ausbildung am Mittwochabend wieder auf."),
		otherNews("b", "2020-01")}, Options{})
	ans := ask(t, e, "An welchem Wochentag teilte das Ministerium mit, dass die Armee die Ausbildung wieder aufnimmt?")
	if !leads(ans, "Mittwoch") {
		t.Errorf("%+v, want the sentence that names the weekday first", ans.Citations)
	}
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "2015") {
			t.Errorf("cited %q, which names no day of the week", c.Quote)
		}
	}
}

// A demonstrative takes its noun's owner from the sentence before, even
// for a count: "In diesem Streik …" after "Der chilenische Streik …" is the
// Chilean strike's, not the Peruvian one's.
func TestDemonstrativeTakesTheOwnerBefore(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2010", "Der chilenische Streik von 1990 dauerte Wochen. In diesem Streik wurden 300 Arbeiter verhaftet."),
		source("b", "2010", "Der peruanische Streik von 1992 dauerte Tage. In diesem Streik wurden 500 Arbeiter verhaftet.")}, Options{})
	ans := ask(t, e, "Wie viele Arbeiter wurden beim chilenischen Streik verhaftet?")
	if !leads(ans, "300 Arbeiter") {
		t.Fatalf("%+v, want the Chilean figure", ans.Citations)
	}
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "500") {
			t.Errorf("cited the Peruvian strike's %q", c.Quote)
		}
	}
}

// A question about someone's office is answered where a noun for a role
// stands beside the name, as the last part of a compound too
// ("Regierungssprecher"); a sentence that only names him does not answer.
func TestRoleQuestionWantsTheRoleBesideTheName(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024", "Basem al-Awadi traf am Montag in Bagdad ein. Der irakische Regierungssprecher Basem al-Awadi erklärte das Ende der Mission."),
		source("b", "2024", "Karl Tomsen besuchte die Stadt. Tomsen blieb drei Tage.")}, Options{})
	ans := ask(t, e, "Welches Amt hat Basem al-Awadi?")
	if !leads(ans, "Regierungssprecher") {
		t.Errorf("%+v, want the sentence with his role", ans.Citations)
	}
	ans = ask(t, e, "Welches Amt hat Karl Tomsen?")
	if ans.Answered {
		t.Errorf("answered %q, which names no role", ans.Citations[0].Quote)
	}
}

// A figure whose sentence names no place stands where the sentence
// before says, not where its article is mostly about.
func TestPlacelessFigureTakesThePlaceBefore(t *testing.T) {
	text := "Im Westen begann der Krieg. Im Westen standen die Heere lange still. Im Westen fiel Paris.\n\n" +
		"Im September begann die Besetzung. Dabei besetzte die Rote Armee Teile Ostpolens. Dennoch fielen 3000 sowjetische Soldaten."
	e := newTestEngine(t, []store.Source{source("a", "1940", text),
		otherNews("b", "1940")}, Options{})
	ans := ask(t, e, "Wie viele sowjetische Soldaten fielen in Ostpolen?")
	if !leads(ans, "3000") {
		t.Errorf("%+v (%+v), want the figure after the sentence on Eastern Poland", ans.Citations, ans.Decision)
	}
}

// A figure whose sentence names no place stands where the figure beside
// it stands, not in a place the sentence before merely mentions: the
// hundreds after "2.500 Truppen im Irak" are not in Syria.
func TestPlacelessFigureStandsWithTheFigureBeside(t *testing.T) {
	text := "Die Vereinigten Staaten haben 2.500 Truppen im Irak, um ein Wiederaufleben der Miliz zu verhindern, die 2014 große Teile des Irak und Syriens erobert hatte. " +
		"Hunderte von Truppen aus meist europäischen Ländern sind ebenfalls Teil der Koalition."
	e := newTestEngine(t, []store.Source{source("a", "2024", text),
		otherNews("b", "2024")}, Options{})
	ans := ask(t, e, "Wie viele Soldaten hat die Koalition in Syrien?")
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "Hunderte") {
			t.Errorf("cited %q for Syria (%+v)", c.Quote, ans.Decision)
		}
	}
	ans = ask(t, e, "Wie viele Soldaten hat die Koalition im Irak?")
	if !slices.ContainsFunc(ans.Citations, func(c Citation) bool { return strings.Contains(c.Quote, "Hunderte") }) {
		t.Errorf("%+v (%+v), want the hundreds cited for Iraq", ans.Citations, ans.Decision)
	}
}

// A life written as encyclopaedias write it, "(* 9. August 1919 in La
// Grange; † 1986)", says when and where its name was born; not of a name
// the sentence gives after it.
func TestLifeSignsAnswerBirth(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2010", "Leona Woods (* 9. August 1919 in La Grange; † 10. November 1986 in Santa Monica) war eine Physikerin, die unter Enrico Fermi arbeitete."),
		otherNews("b", "2010")}, Options{})
	ans := ask(t, e, "Wann wurde Leona Woods geboren?")
	if !leads(ans, "1919") {
		t.Errorf("%+v (%+v), want the sentence with her dates", ans.Citations, ans.Decision)
	}
	ans = ask(t, e, "Wann wurde Enrico Fermi geboren?")
	if ans.Answered {
		t.Errorf("answered %q for Fermi: the dates are Leona Woods'", ans.Citations[0].Quote)
	}
	// Nor is a shared first name the same person: Leona Fermi is not
	// named before the dates, only a Leona.
	ans = ask(t, e, "Wann wurde Leona Fermi geboren?")
	if ans.Answered {
		t.Errorf("answered %q for Leona Fermi: the dates are Leona Woods'", ans.Citations[0].Quote)
	}
}

// A figure stands in one place: a count question that asks of two places
// ("im Irak und in Syrien") cites a figure of either, and one of a third
// place of neither; the older figure of the other place is not marked
// older, being no earlier figure of the same.
func TestFigureOfEitherPlaceAsked(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024-09", "Rund 900 US-Soldaten sind in Syrien stationiert. Sie bekämpfen den IS."),
		source("b", "2024-06", "Etwa 2.000 US-Soldaten sind in Jordanien im Einsatz. Sie bilden Soldaten aus."),
		source("c", "2024-01", "Rund 2.500 US-Soldaten sind im Irak stationiert. Sie beraten die Armee."),
	}, Options{})
	for _, q := range []string{"Wie viele US-Soldaten sind im Irak und in Syrien?", "Wie viele US-Soldaten sind im Irak und Syrien?"} {
		ans := ask(t, e, q)
		if !leads(ans, "900 US-Soldaten") {
			t.Fatalf("%q: %+v, want the Syrian figure first", q, ans)
		}
		iraq := false
		for _, c := range ans.Citations {
			if strings.Contains(c.Quote, "Jordanien") {
				t.Errorf("%q cited %q: Jordan was not asked", q, c.Quote)
			}
			iraq = iraq || strings.Contains(c.Quote, "2.500")
		}
		if !iraq {
			t.Errorf("%q: %+v, want the Iraqi figure too", q, ans.Citations)
		}
		for _, p := range ans.Points {
			if p.Older {
				t.Errorf("%q: point %+v marked older: it is another place's figure", q, p)
			}
		}
	}
}

// A history tells what happened at the time it last named until it names
// another: a sentence with no date of its own meets a question's year when
// the last date before it in its paragraph is of that year.
func TestUndatedSentenceTakesItsParagraphsDate(t *testing.T) {
	text := "Im Winter 1777 war die Lage des Heeres schlecht. Viele Männer gingen nach Hause. Das Heer hatte nur noch 300 Pferde.\n\n" +
		"Im Sommer 1780 kam Hilfe aus Frankreich. Die Franzosen brachten Waffen. Das Heer hatte wieder 900 Pferde."
	e := newTestEngine(t, []store.Source{source("a", "", text),
		unrelated("b", "")}, Options{})
	for year, want := range map[string]string{"1777": "300 Pferde", "1780": "900 Pferde"} {
		ans := ask(t, e, "Wie viele Pferde hatte das Heer "+year+"?")
		if !ans.Answered || !strings.Contains(ans.Citations[0].Quote, want) {
			t.Errorf("%s: %+v, want %q first", year, ans.Citations, want)
		}
		for _, c := range ans.Citations {
			if other := map[string]string{"1777": "900", "1780": "300"}[year]; strings.Contains(c.Quote, other+" Pferde") {
				t.Errorf("%s: cited %q, of another year", year, c.Quote)
			}
		}
	}
}

// A source's place stands for a sentence that names none only when the
// source names it more than in passing: the default articles name Syria
// once or twice beside Iraq, so no sentence of theirs says when the US
// invaded Syria.
func TestPlaceNamedInPassingIsNoContext(t *testing.T) {
	e := newTestEngine(t, defaultSources(t), Options{Dictionary: embeddedDictionary})
	ans := ask(t, e, "When did the US invade Syria?")
	if ans.Answered {
		t.Errorf("answered %q for Syria, which its source names only in passing", ans.Citations[0].Quote)
	}
}

// An office is found under its other names, and who holds it now is the
// newest source's answer: "Wer ist derzeit Ministerpräsident?" leads with
// the 2024 article's "Premierminister", not the 2020 one's predecessor.
func TestCurrentOfficeHolderLeads(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("old", "2020-01", "Der irakische Ministerpräsident Adel Abdul-Mahdi forderte derzeit einen Fahrplan."),
		source("new", "2024-09", "Der irakische Premierminister Mohammed Shia al-Sudani traf am Montag in Bagdad Vertreter der USA."),
		unrelated("other", "2024-01"),
	}, Options{})
	// Asked in the present, "who is" an office's holder asks who holds it
	// now, with or without "derzeit".
	for _, q := range []string{"Wer ist derzeit der irakische Ministerpräsident?", "Wer ist der irakische Ministerpräsident?"} {
		ans := ask(t, e, q)
		if !leads(ans, "al-Sudani") {
			t.Errorf("%q: %+v, want the newest source's Premierminister first", q, ans.Citations)
		}
	}
	// So does "who is" an office of a body the question names, no
	// country ("der Schriftführer von Zarnix"), though an older source
	// says it in more of the question's words.
	e = newTestEngine(t, []store.Source{
		source("old", "2014-03", "Der Schriftführer von Zarnix ist seit Jahren Kurt Roeckel."),
		source("new", "2016-04", "Die Mitglieder wurden von Ada Brandt, Schriftführerin von Zarnix, zur Abstimmung gerufen."),
		unrelated("other", "2016-01"),
	}, Options{})
	if ans := ask(t, e, "wer ist der schriftführer von zarnix"); !leads(ans, "Ada Brandt") {
		t.Errorf("Schriftführer: %+v, want the newest source's first", ans.Citations)
	}
}

// "Wie hieß …?" asks for a name: a description of the person does not
// answer it, a name does.
func TestNameQuestionWantsAName(t *testing.T) {
	ctx := context.Background()
	q := Question{Text: "Wie hieß der Auftragnehmer, der im Dezember getötet wurde?"}
	described := []store.Source{source("a", "2020-01", "Im Dezember tötete ein Raketenangriff einen amerikanischen Auftragnehmer."),
		unrelated("b", "2020-01")}
	ans, err := newTestEngine(t, described, Options{}).Ask(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if ans.Answered {
		t.Errorf("answered with %q; want declined: no name is given", ans.Citations[0].Quote)
	}
	named := append(described, source("c", "2020-02", "Der im Dezember getötete Auftragnehmer hieß Nawres Hamid."))
	ans, err = newTestEngine(t, named, Options{}).Ask(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if !leads(ans, "Nawres Hamid") {
		t.Errorf("answer %+v, want the name", ans)
	}
}

// A count is answered in other words than the question's: "Einwohner" by
// a population, in another language, and "how much money" by an amount in a
// currency, though the text never writes "money".
func TestCountsInOtherWords(t *testing.T) {
	for _, c := range []struct{ text, question, want string }{
		{"Valtoria is a city on the coast. It has an estimated population of 853,382 in 2014. The city has two universities.",
			"Wie viele Einwohner hat Valtoria?", "853,382"},
		{"The merger was planned in 1953. Valtoria would have received $5 million in cash under the plan. The network kept its name.",
			"how much money would valtoria have gotten from the merger", "$5 million"},
	} {
		e := newTestEngine(t, []store.Source{{ID: "a", Title: "Valtoria", Language: "en", Text: c.text, Hash: "a"},
			{ID: "b", Title: "Other", Language: "en", Text: "The government praised the army. The budget was passed.", Hash: "b"}},
			Options{Dictionary: embeddedDictionary})
		ans := ask(t, e, c.question)
		if !ans.Answered || !strings.Contains(ans.Citations[0].Quote, c.want) {
			t.Errorf("%q: %+v, want %q (%+v)", c.question, ans.Citations, c.want, ans.Decision)
		}
	}
}

// A place named in a lower-case English question that the gazetteer does
// not know is a name the answer must give, as the dictionary translates it
// ("venice": "Venedig") or as German names its things ("Genfer").
func TestGuessedPlaceNameMeetsItsTranslation(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2010", "Im Jahr 1576 starben in Venedig 50.000 Menschen an der Pest. Die Stadt erholte sich langsam."),
		source("b", "2010", "Im Jahr 1630 starben in Mailand 60.000 Menschen an der Pest. Die Ärzte waren machtlos."),
	}, Options{Dictionary: embeddedDictionary})
	ans := ask(t, e, "how many people died in venice in the plague")
	if !leads(ans, "Venedig") {
		t.Fatalf("answer %+v, want the sentence about Venedig", ans)
	}
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "Mailand") {
			t.Errorf("cited %q for Venice", c.Quote)
		}
	}
}

// A month asked without a year is met only by a sentence of that month,
// its own or its paragraph's narrative (three sentences back, beyond its
// neighbours); the month named elsewhere in the collection, or "may" as a
// verb, is none.
func TestMonthWithoutYearConstrains(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2020-01", "Seit Ende Dezember nahmen die Spannungen zu. Die Regierung war besorgt. Die Armee blieb ruhig. Raketen trafen eine Basis im Norden des Landes. Die Bahn fuhr."),
		source("b", "2020-01", "Im Oktober fuhr die Bahn pünktlich. Der Haushalt wurde beschlossen."),
		source("c", "2020-01", "Officials said the troops may leave the base at Erbil soon. The talks went on."),
	}, Options{Dictionary: embeddedDictionary})
	if ans := ask(t, e, "Wo trafen Raketen Ende Dezember eine Basis?"); !leads(ans, "Basis im Norden") {
		t.Errorf("December: %+v, want the sentence of that paragraph", ans)
	}
	if ans := ask(t, e, "Wo trafen Raketen Ende Oktober eine Basis?"); ans.Answered {
		t.Errorf("October: answered %q", ans.Citations[0].Quote)
	}
	if ans := ask(t, e, "Which base did the troops leave in May?"); ans.Answered {
		t.Errorf("May: answered %q", ans.Citations[0].Quote)
	}
}

// A place asked of is met by a sentence or its neighbours that name the
// place, not by its adjective: the Spanish flu is no war Spain entered.
func TestPlaceIsNotMetByItsAdjective(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "1919", "Im Jahr 1918 starben viele Soldaten an der Spanischen Grippe. Die Lazarette waren überfüllt."),
		source("b", "1919", "Im Jahr 1917 trat Brasilien in den Krieg ein. Die Flotte lief aus."),
	}, Options{})
	if ans := ask(t, e, "Wann trat Brasilien in den Krieg ein?"); !leads(ans, "Brasilien") {
		t.Errorf("Brazil: %+v, want its sentence", ans)
	}
	if ans := ask(t, e, "Wann starben in Spanien viele Soldaten?"); ans.Answered {
		t.Errorf("Spain: answered %q", ans.Citations[0].Quote)
	}
}

// A hyphenated name's own parts are no translation of it: "al-qaeda" is
// not met by a sentence that names "Al Asad".
func TestGuessedNamesPartsAreNoTranslation(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2020", "Raketen trafen die Al Asad Air Base. Die Angriffe nahmen in den vergangenen Wochen zu."),
		unrelated("b", "2020"),
	}, Options{Dictionary: embeddedDictionary})
	if ans := ask(t, e, "were there more al-qaeda attacks in the weeks before"); ans.Answered {
		t.Errorf("answered %q for al-qaeda", ans.Citations[0].Quote)
	}
}

// The parties an article is about need not be named in every sentence:
// its own sources' names of them do, when it names each often enough; a
// party it does not name is still a near miss.
func TestArticlesPartiesStandForItsSentences(t *testing.T) {
	text := "Der Krieg zwischen Iran und Irak begann 1980. Der Irak griff zuerst an. Iran wehrte sich lange.\n\n" +
		"Die Armee des Irak rückte vor. Die Truppen Irans hielten stand. Viele Soldaten starben.\n\n" +
		"Die Verhandlungen dauerten Monate. Am 18. Juli 1988 lenkte die Führung ein. Damit trat am 20. August 1988 der Waffenstillstand in Kraft."
	e := newTestEngine(t, []store.Source{source("a", "2010", text),
		source("b", "2010", "Die Regierung in Syrien lobte die Armee. In Syrien wurde der Haushalt beschlossen. Syrien hat viele Einwohner.")}, Options{})
	ans := ask(t, e, "Wann trat der Waffenstillstand zwischen Iran und Irak in Kraft?")
	if !leads(ans, "20. August 1988") {
		t.Errorf("answer %+v, want the sentence of 20 August 1988", ans)
	}
	ans = ask(t, e, "Wann trat der Waffenstillstand zwischen Iran und Syrien in Kraft?")
	if ans.Answered {
		t.Errorf("answered %q for Iran and Syria", ans.Citations[0].Quote)
	}
}

// A question asking what something of an owner is called is answered only
// where the sentence names that thing: France's membership of a coalition
// names no French operation.
func TestAskedNameNeedsItsNoun(t *testing.T) {
	e := articleEngine(t, "2024-01", "Die USA führen die Operation Inherent Resolve gegen den IS. Frankreich gehört seit 2014 zur Koalition gegen den IS.")
	ans := ask(t, e, "Name der französischen Operation gegen den IS")
	if ans.Answered {
		t.Errorf("answered %q; no French operation is named", ans.Citations[0].Quote)
	}
}

// Asked what something is called, a sentence giving a name the question
// does not leads one that only repeats the question's words.
func TestAskedNameLeadsWithAName(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024-01", "Das Militär nimmt die Operation gegen den IS wieder auf. Die Regierung lobte die Armee."),
		source("b", "2024-01", "Die Koalition führt die Operation Inherent Resolve gegen den IS. Der Haushalt wurde beschlossen."),
	}, Options{})
	ans := ask(t, e, "Name der Operation gegen den IS")
	if !leads(ans, "Inherent Resolve") {
		t.Fatalf("answer %+v, want the sentence with the operation's name first", ans)
	}
}

// News gives an office once and then the person: a sentence naming the
// person answers a question about the office of its owner, and no other
// owner's.
func TestOfficeHolderNamedOnceStandsForTheOffice(t *testing.T) {
	text := "Der Minister traf am Montag in Bagdad eine Delegation, die von der amerikanischen Botschafterin in Bagdad, Alina Romanowski, begleitet wurde.\n\n" +
		"Die Gespräche dauerten drei Stunden. Romanowski schrieb danach auf X, das Treffen sei ein Erfolg gewesen."
	e := newTestEngine(t, []store.Source{source("a", "2024-09", text),
		unrelated("b", "2024-09")}, Options{})
	ans := ask(t, e, "wo schrieb die us-botschafterin über das treffen")
	cites := func(ans *Answer) bool {
		return slices.ContainsFunc(ans.Citations, func(c Citation) bool { return strings.Contains(c.Quote, "Romanowski schrieb") })
	}
	if !cites(ans) {
		t.Errorf("answer %+v, want Romanowski's sentence cited", ans)
	}
	ans = ask(t, e, "wo schrieb die irakische botschafterin über das treffen")
	if cites(ans) {
		t.Errorf("cited Romanowski's sentence for the Iraqi ambassador: %+v", ans.Citations)
	}
}

func TestSurnameAfterAnOffice(t *testing.T) {
	a := analysis.For(analysis.German)
	for _, tt := range []struct{ text, office, want string }{
		{"Premierminister Mohammed Shia al-Sudani traf Shapiro.", "Premierminister", "Sudani"},
		{"die Botschafterin in Bagdad, Alina Romanowski, begleitete ihn", "Botschafterin", "Romanowski"},
		{"Verteidigungsminister Thabet al-Abbassi Anfang September", "Verteidigungsminister", "Abbassi"},
		{"der Premierminister traf in Bagdad ein", "Premierminister", ""},
		{"Verteidigungsminister Iraks", "Verteidigungsminister", ""},
	} {
		toks := a.Tokens(tt.text)
		i := slices.IndexFunc(toks, func(tok analysis.Token) bool { return tok.Text == tt.office })
		var ms []entity.Mention
		if k := strings.Index(tt.text, "Iraks"); k >= 0 {
			ms = append(ms, entity.Mention{Start: k, End: k + len("Iraks"), Key: "IQ", Country: "IQ"})
		}
		if got := surnameAfter(tt.text, toks, i+1, ms); got != tt.want {
			t.Errorf("surnameAfter(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// An English office the dictionary translates whole ("foreign minister" →
// "Außenminister") is that office only: another minister of the same
// country does not answer for it.
func TestEnglishOfficeIsTranslatedWhole(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024-09", "Der irakische Premierminister Mohammed Shia al-Sudani traf am Montag in Bagdad eine Delegation. US-Außenminister Mike Pompeo sprach mit ihm."),
		unrelated("b", "2024-09"),
	}, Options{Dictionary: embeddedDictionary})
	for question, want := range map[string]bool{"Who is the Iraqi prime minister?": true, "Who is the Iraqi foreign minister?": false} {
		ans := ask(t, e, question)
		if ans.Answered != want {
			t.Errorf("%s answered %v, want %v (%+v)", question, ans.Answered, want, ans.Citations)
		}
	}
}

// A country a long article names in passing is no party of it: a sentence
// that names no party is not taken for one about that country.
func TestCountryNamedInPassingIsNoParty(t *testing.T) {
	var b strings.Builder
	b.WriteString("Der Krieg zwischen Iran und Irak begann 1980. Der Irak griff Iran an.\n\n")
	for i := range 12 {
		fmt.Fprintf(&b, "Im Jahr %d kämpften Iran und Irak an der Front. Die Armee des Irak rückte vor.\n\n", 1981+i%7)
	}
	b.WriteString("Syrien unterstützte Iran mit Waffen. Auch Syrien schloss die Grenze.\n\n")
	b.WriteString("Die Verhandlungen dauerten Monate. Damit trat am 20. August 1988 der Waffenstillstand in Kraft.")
	e := newTestEngine(t, []store.Source{source("a", "2010", b.String()),
		unrelated("b", "2010")}, Options{})
	for question, want := range map[string]bool{
		"Wann trat der Waffenstillstand zwischen Iran und Irak in Kraft?":   true,
		"Wann trat der Waffenstillstand zwischen Syrien und Irak in Kraft?": false,
	} {
		ans := ask(t, e, question)
		if got := ans.Answered && strings.Contains(ans.Citations[0].Quote, "20. August 1988"); got != want {
			t.Errorf("%s: cites the ceasefire %v, want %v (%+v)", question, got, want, ans.Citations)
		}
	}
}

// A day its article's date does not resolve ("am Montag" in an article
// dated only by its year) still answers "an welchem Tag".
func TestWeekdayAnswersWhichDay(t *testing.T) {
	e := articleEngine(t, "2024", "Der Minister traf am Montag in Bagdad ein. Er sprach mit der Regierung.")
	ans := ask(t, e, "An welchem Tag traf der Minister in Bagdad ein?")
	if !leads(ans, "am Montag") {
		t.Errorf("%+v, want the sentence that names the day", ans)
	}
}

// A question about a span of years ("im Winter 1777/78") is met by a
// figure of any year in it, and not by one of a year outside.
func TestFigureInTheYearsOfASpan(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "", "Die Armee bezog ihr Winterlager. Im Februar 1778 zählte die Armee nur noch rund 5000 Soldaten.\n\n"+
			"Im Sommer 1780 zählte die Armee wieder 9000 Soldaten."),
		unrelated("b", ""),
	}, Options{})
	ans := ask(t, e, "Wie viele Soldaten zählte die Armee im Winter 1777/78?")
	if !leads(ans, "5000 Soldaten") {
		t.Fatalf("%+v, want the figure of February 1778", ans)
	}
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "9000") {
			t.Errorf("cited %q, of 1780", c.Quote)
		}
	}
}

// A sum asked of places asked together ("altogether", "insgesamt") is
// answered only by a sentence that gives every place's figure: one
// place's figure alone is no sum, and a place no source gives declines.
func TestSumOfPlacesNeedsEveryPlace(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024-09", "Rund 2.500 US-Soldaten sind im Irak stationiert. Sie beraten die Armee."),
		source("b", "2024-06", "Rund 2.500 US-Soldaten im Irak und neunhundert in Syrien unterstützen die Koalition. Sie bekämpfen den IS."),
	}, Options{})
	ans := ask(t, e, "Wie viele US-Soldaten sind insgesamt im Irak und in Syrien?")
	if !leads(ans, "neunhundert in Syrien") {
		t.Errorf("%+v, want the sentence with both places first", ans.Citations)
	}
	for _, c := range ans.Citations {
		if !strings.Contains(c.Quote, "Syrien") {
			t.Errorf("cited %q: one place's figure is no sum of both", c.Quote)
		}
	}
	ans = ask(t, e, "Wie viele US-Soldaten sind insgesamt im Irak und im Libanon?")
	if ans.Answered {
		t.Errorf("Lebanon: answered with %q, want declined: no source gives its figure", ans.Citations[0].Quote)
	}
}

// A hedge ("ungefähr", "eigentlich", "right now") is no part of what a
// question asks about: the plain question's answer answers it too.
func TestHedgesDoNotDecline(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024-09", "Rund 2.500 US-Soldaten sind im Irak stationiert. Sie beraten die Armee."),
		unrelated("b", "2024-06"),
	}, Options{})
	for _, q := range []string{"Wie viele US-Soldaten sind ungefähr im Irak?", "Wie viele US-Soldaten sind eigentlich im Irak?",
		"Wie viele US-Soldaten sind genau im Irak?", "how many US troops are in iraq right now, approximately"} {
		ans := ask(t, e, q)
		if !leads(ans, "2.500") {
			t.Errorf("%q: %+v, want the figure", q, ans.Decision)
		}
	}
}

// A sentence that opens with the asked noun after a definite article takes
// its owner from the sentences before ("Der Bürgerkrieg begann …" in a
// paragraph on the Chinese one); one whose noun has an owner of its own in
// a genitive ("Der Einsatz der Koalition") or another's does not.
func TestDefiniteNounTakesItsOwnerFromBefore(t *testing.T) {
	text := "Der chinesische Bürgerkrieg war ein Konflikt um die Führung Chinas. Der Bürgerkrieg begann 1927 nach dem Nordfeldzug.\n\n" +
		"In Korea herrschte Ruhe. Frankreich schickte Berater nach Korea. Der Einsatz der Koalition begann 1950."
	e := newTestEngine(t, []store.Source{source("a", "2010", text),
		source("b", "2010", "Die Regierung lobte die Armee. Der Haushalt wurde beschlossen. Das Land hat viele Einwohner.")}, Options{})
	ans := ask(t, e, "Wann begann der chinesische Bürgerkrieg?")
	if !leads(ans, "1927") {
		t.Errorf("answer %+v, want the sentence of 1927", ans)
	}
	// Named only after it, the owner is not the sentence's.
	e2 := newTestEngine(t, []store.Source{source("a", "2010", "In Korea herrschte Ruhe. Der Bürgerkrieg begann 1927 nach dem Nordfeldzug. In China wuchs die Armee."),
		source("b", "2010", "Die Regierung lobte die Armee. Der Haushalt wurde beschlossen. Das Land hat viele Einwohner.")}, Options{})
	ans = ask(t, e2, "Wann begann der chinesische Bürgerkrieg?")
	if ans.Answered && strings.Contains(ans.Citations[0].Quote, "1927") {
		t.Errorf("answered %q: China is named only in the sentence after it", ans.Citations[0].Quote)
	}
	ans = ask(t, e, "Wann begann der französische Einsatz?")
	if ans.Answered && strings.Contains(ans.Citations[0].Quote, "1950") {
		t.Errorf("answered %q: the coalition's operation is not France's", ans.Citations[0].Quote)
	}
}

// A date before the common era is a date: "Ab 247 v. Chr." answers since
// when, and the timeline lists it.
func TestDatesBeforeTheCommonEraAnswer(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2010", "Karthago führte lange Krieg. Ab 247 v. Chr. übernahm in Sizilien Hamilkar Barkas den karthagischen Oberbefehl. Die Römer siegten."),
		source("b", "2010", "Die Regierung lobte die Armee. Der Haushalt wurde beschlossen. Das Land hat viele Einwohner."),
	}, Options{})
	ans := ask(t, e, "Ab wann hatte Hamilkar Barkas den Oberbefehl?")
	if !leads(ans, "247 v. Chr.") {
		t.Errorf("answer %+v, want the sentence of 247 BC", ans)
	}
	tl, err := e.Timeline(context.Background(), TimelineQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(tl.Events, func(ev timeline.Event) bool { return ev.Date == "BC0247" }) {
		t.Errorf("timeline %+v has no event of 247 BC", tl.Events)
	}
}

// A name typed one letter off in a lower-case question is the collection's
// name ("hanibal" for "Hannibal"), in German and through an English stem
// that cuts it short ("hanib"); a name two letters off is not.
func TestMistypedNameIsTheCollections(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2010", "Karthago rüstete zum Krieg. Hannibal überquerte mit 50.000 Soldaten die Alpen. Die Römer waren überrascht."),
		source("b", "2010", "Die Regierung lobte die Armee. Der Haushalt wurde beschlossen. Das Land hat viele Einwohner."),
	}, Options{Dictionary: embeddedDictionary})
	for _, question := range []string{"wie viele soldaten hatte hanibal", "how many soldiers did hanibal have"} {
		ans := ask(t, e, question)
		if !leads(ans, "50.000") {
			t.Errorf("%q: answer %+v, want Hannibal's 50.000", question, ans)
		}
	}
	ans := ask(t, e, "wie viele soldaten hatte hanubel")
	if ans.Answered {
		t.Errorf("answered %q for a name two letters off", ans.Citations[0].Quote)
	}
}

// A count of people is answered by a figure of another word for people
// ("Leute" by "Mann"), not by one of things.
func TestCountOfPeopleInOtherWords(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2010", "Die Flotte segelte nach Süden. Im Sturm vor Sizilien ertranken schätzungsweise 100.000 Mann. Rom baute neue Schiffe."),
		source("b", "2010", "Die Regierung lobte die Armee. Der Haushalt wurde beschlossen. Das Land hat viele Einwohner."),
	}, Options{})
	ans := ask(t, e, "Wie viele Leute sind im Sturm vor Sizilien ertrunken?")
	if !leads(ans, "100.000 Mann") {
		t.Errorf("answer %+v, want the 100.000 men", ans)
	}
	ans = ask(t, e, "Wie viele Schiffe sind im Sturm vor Sizilien gesunken?")
	if ans.Answered && strings.Contains(ans.Citations[0].Quote, "100.000") {
		t.Errorf("answered %q: men are no ships", ans.Citations[0].Quote)
	}
	// Daughters and sons are children.
	e = newTestEngine(t, []store.Source{
		source("c", "2010", "1947 heiratete der Maler Hugo Balder in Bern. Aus dieser zweiten Ehe gingen drei Töchter hervor. Er starb 1970."),
	}, Options{})
	ans = ask(t, e, "Wie viele Kinder hatte Hugo Balder aus der zweiten Ehe?")
	if !leads(ans, "drei Töchter") {
		t.Errorf("answer %+v, want the three daughters", ans)
	}
	// Not the reverse: children are not all daughters; nor is a
	// subsidiary ("Tochtergesellschaft") a daughter.
	e = newTestEngine(t, []store.Source{
		source("d", "2010", "Der Maler Karl Ostner lebte in Bern. Karl Ostner hatte mit ihr fünf Kinder. Er starb 1970."),
		source("f", "2010", "Die Firma Lenz wuchs. Die Lenz-Tochtergesellschaft beschäftigt 500 Mitarbeiter. Sie sitzt in Zürich."),
	}, Options{})
	if ans = ask(t, e, "Wie viele Töchter hatte Karl Ostner?"); ans.Answered {
		t.Errorf("answered %q: five children are not five daughters", ans.Citations[0].Quote)
	}
	if ans = ask(t, e, "Wie viele Kinder hat die Firma Lenz?"); ans.Answered {
		t.Errorf("answered %q: a subsidiary is no child", ans.Citations[0].Quote)
	}
}

// A follow-up keeps the names of the question before, with that
// question's offsets: reading the office asked of must not read them in
// the shorter follow-up. A title before a name ("präsident fahd") is no
// office asked of.
func TestOfficeAskedInAFollowUp(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("g", "2011-01", "Das Land ist eine Monarchie. Harald war von 1991 bis 2020 König von Norwegen. Er lebt in Oslo."),
		source("h", "2011-01", "Die Stadt wuchs. Im Mai 1990 war Präsident Harald in Bergen. Dort sprach er."),
	}, Options{})
	ans, err := e.Ask(context.Background(), Question{Text: "und seit wann?", Previous: "seit wann war harald kronprinz"})
	if err != nil {
		t.Fatalf("follow-up: %v", err)
	}
	if ans.Answered {
		t.Errorf("follow-up answered with %q, want declined", ans.Citations[0].Quote)
	}
	if ans = ask(t, e, "wann war präsident harald in bergen"); !leads(ans, "Mai 1990") {
		t.Errorf("answer %+v, want the visit in May 1990", ans)
	}
}

func TestRegionAt(t *testing.T) {
	for _, tt := range []struct{ text, name, want string }{
		{"eine Basis im Nordirak", "Nordirak", "north"},
		{"im südlichen Irak", "Irak", "south"},
		{"bases in northern Iraq", "Iraq", "north"},
		{"in Iraq", "Iraq", ""},
		{"in Ostsyrien", "Ostsyrien", "east"},
		{"in Westfalen", "Westfalen", "west"},          // a prefix; only the same country's mentions are compared
		{"in Nordsyrien, Irak und Kuwait", "Irak", ""}, // a region's name before it is no adjective
		{"im Süden des Landes, Irak", "Irak", ""},
		{"im Nord-Irak", "Irak", "north"},
		{"a base (northern Iraq)", "Iraq", "north"},
	} {
		i := strings.Index(tt.text, tt.name)
		if got := regionAt(tt.text, i, i+len(tt.name)); got != tt.want {
			t.Errorf("regionAt(%q, %q) = %q, want %q", tt.text, tt.name, got, tt.want)
		}
	}
}

// The noun a which-word asks for weighs less in the focus: the answer
// names one of its kind ("handed to Brightline Studios"), seldom the kind
// ("company"). It weighs in full in what the sentence itself says.
func TestAskedNounWeighsLess(t *testing.T) {
	e := newTestEngine(t, []store.Source{englishSource("a", "2009", "The old reels were handed to Brightline Studios for repair. The company is in Leeds.")},
		Options{Dictionary: embeddedDictionary})
	for _, question := range []string{"Which company repaired the reels?", "Welche Firma reparierte die Filmrollen?"} {
		q, err := e.analyse(context.Background(), question, "")
		if err != nil {
			t.Fatal(err)
		}
		v := e.newVerifier(q, newSourcePassages(e.store), nil)
		asked := slices.Index(q.asked, true)
		if asked < 0 {
			t.Fatalf("%s: no concept asked (%v)", question, q.concepts)
		}
		if want := v.ownWeight[asked] * e.params.AskedWeight; v.weight[asked] != want || want == v.ownWeight[asked] {
			t.Errorf("%s: %v weighs %v in the focus, want %v (in the sentence %v)", question, q.concepts[asked], v.weight[asked], want, v.ownWeight[asked])
		}
	}
}

// A question of two places asked apart ("im Niger …, wenn … in Mali")
// holds each as a constraint of its own; a sentence about one of them
// names no other place to the other: not with a preposition ("im Niger"),
// nor as a country it speaks of ("endete für Niger").
func TestPlaceAskedBesideAnotherIsNoOtherPlace(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024-09", "Die Mission der Blauhelme in Mali endet im Juni 2025. Die Blauhelme werden ihre Patrouillen im Niger jedoch fortführen. Die Regierung lobte die Armee."),
		source("b", "2024-09", "Mali und Tschad schlossen 2023 ein Abkommen. Die Regierung in Mali lobte die Armee. Der Haushalt wurde beschlossen. Die Mission endete für Niger im Juni 2024. Die Bahn fuhr pünktlich."),
		unrelated("c", "2024-09")}, Options{})
	for question, want := range map[string]string{
		"Setzen die Blauhelme ihre Patrouillen im Niger fort, wenn die Mission in Mali endet?": "im Niger jedoch fortführen",
		"Wann endete die Mission in Niger, wenn sie in Mali endete?":                           "endete für Niger im Juni 2024",
	} {
		ans := ask(t, e, question)
		if !ans.Answered || !slices.ContainsFunc(ans.Citations, func(c Citation) bool { return strings.Contains(c.Quote, want) }) {
			t.Errorf("%s: answered %v, citations %+v, decision %+v: want %q cited", question, ans.Answered, ans.Citations, ans.Decision, want)
		}
	}
}

// "first" said of when something happened is met by a sentence that says
// it started; a third time is not met by a start.
func TestFirstIsMetByAStart(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2021-03", "Der Austausch der Zollbeamten begann am Dienstag mit einer Telefonkonferenz. Die Regierung lobte die Armee."),
		unrelated("b", "2021-03")}, Options{})
	wantFirst(t, e, "Wann berieten sich die Zollbeamten erstmals beim Austausch?", "begann am Dienstag")
	if ans := ask(t, e, "Wann berieten sich die Zollbeamten zum dritten Mal beim Austausch?"); ans.Answered {
		t.Errorf("answered %q for the third time", ans.Citations[0].Quote)
	}
}

// A source titled by an owner alone is about it: its inhabitants are that
// city's, though the sentence does not name it. A headline that names the
// city among other words does not make every sentence of it the city's.
func TestSourceTitledByTheOwner(t *testing.T) {
	const text = "Wien liegt an der Donau und war lange Kaiserstadt. Die Altstadt ist heute Weltkulturerbe.\n\n" +
		"Nach der Volkszählung von 1900 waren von 1,7 Millionen Einwohnern 87 % Katholiken und 9 % Juden. Die Stadt wuchs danach rasch."
	for _, c := range []struct{ title, text, question, want string }{
		{"Wien", text, "wie viel prozent der einwohner wiens waren 1900 katholiken", "87 % Katholiken"},
		{"Neue Zahlen aus Wien und Graz", text, "wie viel prozent der einwohner wiens waren 1900 katholiken", ""},
		// The title is a city, not its country.
		{"Wien", text, "wie viel prozent der einwohner österreichs waren 1900 katholiken", ""},
		// The sentence names another city, known or not.
		{"Wien", strings.Replace(text, "Nach der Volkszählung", "In Paris waren nach der Volkszählung", 1),
			"wie viel prozent der einwohner wiens waren 1900 katholiken", ""},
		{"Wien", strings.Replace(text, "Nach der Volkszählung", "In Graz waren nach der Volkszählung", 1),
			"wie viel prozent der einwohner wiens waren 1900 katholiken", ""},
	} {
		t.Run(c.title, func(t *testing.T) {
			src := source("a", "2020-01-01", c.text)
			src.Title = c.title
			e := newTestEngine(t, []store.Source{src, unrelated("b", "2020-01-01")}, Options{})
			wantFirst(t, e, c.question, c.want)
		})
	}
}

// A sentence that states a range of years meets a question about a year
// inside it, and not one about a year outside it.
func TestRangeOfYearsMeetsAYearInside(t *testing.T) {
	src := source("a", "2020-01-01", "Der Verein wurde 1990 gegründet und hat heute 300 Mitglieder. "+
		"Max Mustermann leitete den Verein von 2008 bis 2012. Danach übernahm Erika Musterfrau die Leitung.")
	e := newTestEngine(t, []store.Source{src, unrelated("b", "2020-01-01")}, Options{})
	wantFirst(t, e, "wer leitete den verein 2010", "Max Mustermann")
	wantFirst(t, e, "wer leitete den verein 2015", "")
	for _, c := range []struct {
		text  string
		meets bool
	}{
		// Two ranges in one sentence, a month without a year beside it,
		// and a term of office in brackets meet it too.
		{"Anna Schmidt leitete den Verein von 2004 bis 2008 und Max Mustermann von 2008 bis 2012.", true},
		{"Im März wurde Max Mustermann gewählt; er leitete den Verein von 2008 bis 2012.", true},
		{"Den Verein leiteten Anna Schmidt (2004–2008) und Max Mustermann (2008–2012).", true},
		// Not a life's dates, a range of a unit's numbers, nor a range
		// beside the sentence's own year.
		{"Max Mustermann (1950–2020) leitete den Verein.", false},
		{"Im Ofen des Vereins stieg die Temperatur von 1500 bis 1800 Grad.", false},
		{"Max Mustermann leitete den Verein, der von 2008 bis 2012 renoviert wurde, im Jahr 2015.", false},
	} {
		text := "Der Verein wurde 1990 gegründet. " + c.text + " Er war sehr beliebt."
		e := articleEngine(t, "2020-01-01", text)
		if c.meets {
			wantFirst(t, e, "wer leitete den verein 2010", "Max Mustermann")
			continue
		}
		citesNone(t, ask(t, e, "wer leitete den verein 2010"), "Max Mustermann")
		citesNone(t, ask(t, e, "wie hoch war die temperatur im ofen 1600"), "Ofen")
	}
}

// An address asked for is answered by a sentence that writes one as such,
// not by one that only speaks of the team, its mail or its address; where
// no sentence writes one of the kind asked, the answer declines.
func TestAddressIsAnsweredByOneWritten(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("club", "", "The membership team keeps the email address list of the club. Members reach it at members@rowing-club.example when they move. The club printer has its own network address in the office. Its address is 192.168.4.20 since the move. The office network (since 2020): IPv6 for the printer is planned."),
		oilPricesEnglish("other"),
	}, Options{})
	wantFirst(t, e, "membership team email address", "members@rowing-club.example")
	wantFirst(t, e, "club printer ip address", "192.168.4.20")
	wantFirst(t, e, "club printer ipv6 address", "") // only an IPv4 address is given
}

// A count of memory or disk space is answered by an amount of data, which
// need not name the space; and a keyword query for a size by a figure
// with its unit, which need not name the size.
func TestStorageIsAnsweredByAnAmountOfData(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("server", "", "The archive server keeps every scan of the club's records. The scan archive can easily consume 300MB. The archive server was bought in 2019 from a local shop. The office has little space left for paper files."),
		oilPricesEnglish("other"),
	}, Options{})
	wantFirst(t, e, "how much space does the scan archive need", "300MB")
	wantFirst(t, e, "scan archive size", "300MB")
}

// The number of a numbered name the question asks of is no count of it:
// "Zeppelin LZ 12" counts no passengers.
func TestNumberedNameCountsNothing(t *testing.T) {
	e := articleEngine(t, "2024-03-01", "Mit Zeppelin LZ 12 reisten damals viele Passagiere über den See. Der Verein kaufte das Luftschiff 1990.")
	wantFirst(t, e, "Wie viele Passagiere reisten mit Zeppelin LZ 12?", "")
}

// A number that refers to a part of a document ("see Section 3.2") or
// that belongs to a numbered name the question asks of ("Version 12")
// counts nothing.
func TestReferenceNumbersCountNothing(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("manual", "", "See Section 3.2 for how the registration forms and other papers are filed. Version 12 of the rowing manual was printed for the new season."),
		oilPricesEnglish("other"),
	}, Options{})
	wantFirst(t, e, "How many registration forms are filed?", "")
	wantFirst(t, e, "how many pages has version 12 of the rowing manual", "")
}

// An owner of something else than the troops a count question counts
// ("türkische Drohnenangriffe") is said by the sentence, not by the
// figure's force, where another owner qualifies the troops: the Syrian
// figure answers of Syrian soldiers hurt in Turkish attacks, and no
// Turkish soldiers' figure is made of it. An owner alone stays the
// troops' whatever noun it qualifies: the Kenyan army's figure is none
// of the British army's.
func TestOwnerOfAnotherThingIsNoForce(t *testing.T) {
	e := articleEngine(t, "2019-10", "Rund 7.000 syrische Soldaten wurden bei türkischen Drohnenangriffen verletzt, mindestens 300 von ihnen lebensgefährlich.")
	wantFirst(t, e, "Wie viele syrische Soldaten wurden bei türkischen Drohnenangriffen verletzt?", "7.000 syrische Soldaten")
	wantFirst(t, e, "Wie viele türkische Soldaten wurden bei türkischen Drohnenangriffen verletzt?", "")
	wantFirst(t, e, "Wie viele syrische Soldaten wurden bei russischen Drohnenangriffen verletzt?", "")
	e = articleEngine(t, "2019-10", "Die kenianische Armee, die von der britischen Armee ausgebildet wird, zählt rund 24.000 Soldaten.")
	wantFirst(t, e, "Wie viele Soldaten hat die britische Armee?", "")
	wantFirst(t, e, "Wie viele Soldaten hat die kenianische Armee?", "24.000 Soldaten")
}

// To a "when" question, a sentence that dates itself to another year
// gives the date of another event than the one asked, though its source
// is of the year asked: a chess festival held in March 2023, recalled in a
// report of 2025, says nothing of when the 2025 festival takes place. A
// figure of now beside one of another year to compare is still of its
// source's year, and so is a state that lasts since another year.
func TestSentenceOfAnotherYearIsNotOfItsSources(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("club", "2025-06", "The Lindenau Chess Festival took place in March 2023 in the town hall.\n\n"+
			"The Lindenau chess club has 340 members, up from 200 in 2019.\n\n"+
			"Since 2021 the junior section of the club has trained on Fridays."),
		oilPricesEnglish("other"),
	}, Options{})
	wantFirst(t, e, "When does the Lindenau Chess Festival 2025 take place?", "")
	wantFirst(t, e, "When did the Lindenau Chess Festival 2023 take place?", "March 2023")
	wantFirst(t, e, "How many members did the Lindenau chess club have in 2025?", "340 members")
	wantFirst(t, e, "When does the junior section of the Lindenau chess club train in 2025?", "on Fridays")
}

// A paragraph that opens by pointing back ("During this event") speaks of
// what the paragraph before named, though that paragraph's last sentence
// does not name it: a figure there answers a question about it.
func TestParagraphPointingBackTakesTheNameBefore(t *testing.T) {
	text := "In the spirit of the Zarnix Foundation's mission, the project held its first description workshop on May 13, 2022. " +
		"We gathered to learn about writing from the ground up.\n\n" +
		"During this event, thirteen people wrote 23 image descriptions in one hour. Wow!\n\n" +
		"Elsewhere, the Quorle Guild met for a writing sprint. Nine people wrote 14 descriptions there."
	e := newTestEngine(t, []store.Source{englishSource("ws", "2022-05-19", text)}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "how many people wrote image descriptions at the zarnix foundation workshop", "thirteen people")
}

func TestOpensPointingBack(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"During this event, thirteen people wrote 23 descriptions.", true},
		{"Diese Änderung kam 2020.", true},
		{"In diesem Jahr kamen 200 Gäste.", true},
		{"Thirteen people wrote 23 descriptions during the event.", false},
		{"The workshop was a success, and this is why.", false}, // too late in the sentence
		{"Police said that 40 people were injured.", false},     // "that" opens a clause
	} {
		if got := opensPointingBack(tt.text); got != tt.want {
			t.Errorf("opensPointingBack(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
