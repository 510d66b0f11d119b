package retrieval

import (
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

// A why-question's answer gives a reason: a causal word in German or
// English.
func TestStatesReason(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Truman entließ MacArthur, da dieser eine Ausweitung des Krieges gefordert hatte.", true},
		{"Die Mission endet, weil der Islamische Staat besiegt ist.", true},
		{"Wegen der Angriffe wurde die Botschaft verstärkt.", true},
		{"He was dismissed because he had defied the president.", true},
		{"The talks were delayed due to the attacks.", true},
		{"Das Oberkommando erhielt der amerikanische General Douglas MacArthur.", false},
		{"The general arrived in Seoul in June.", false},
		{"This permits the safe execution of untrusted code.", true}, // what the thing before is for
		{"Dies ermöglicht den Bau größerer Schiffe.", true},
		{"The permit allows fishing in May.", false}, // its own subject: no pointer back
		{"This year permits were scarce.", false},
		{"These permits expire in May.", false}, // a noun
		{"He allowed two goals in the first half.", false},
		{"Das erlaubt die Verfassung nicht.", false}, // "Das" the object
		{"Dort erlaubt die Stadt keine Drohnen.", false},
		{"Parking permits cost thirty euros.", false},
		{"Die Bauern fürchten eine Dürre im Sommer.", true},               // a fear moves them
		{"Die Messe wurde abgesagt, ausgelöst durch einen Streik.", true}, // what set it off
		{"The recall was prompted by reports of overheating.", true},      // what prompted it
		{"The strike was triggered by a pay cut.", true},
		{"The protests were sparked by a new tax.", true},
		{"Er lehnte ab, mit der Begründung, der Plan sei zu teuer.", true},
		{"Die Stadt kündigte den Vertrag ohne Begründung.", false}, // no reason given
		// A phrase of several words gives the cause.
		{"In light of assuming the Project Manager position, we accept his immediate resignation.", true},
		{"In the light of the new rules, the club closed its bar.", true},
		{"The light of the moon fell on the lake.", false},
		{"Thanks to everyone who came out on Saturday!", false}, // thanks, no cause
		{"A huge thanks to Ali Ariff for this feature.", false},
		{"Thanks for reading!", false},
		{"The band played in a dank basement.", false},
		{"Vielen Dank an alle Helfer.", false}, // the noun
		{"Given the low number of downloads, the team has decided to retire this sticker sheet.", true},
		{"The sheet was retired, given that few people downloaded it.", true},
		{"She was given the award in May.", false},
		{"Given time, the project grew.", false},
		{"We are deprecating the shared plans in favor of new dedicated plans.", true}, // what it gives way to
		{"Die alte Schnittstelle entfällt zugunsten der neuen.", true},
		{"The favor was returned in May.", false},
		{"The council voted 7-2 in favor of the new tram line.", false}, // a vote, no reason
		{"Das Gericht entschied zugunsten des Klägers.", false},
		{"Sie spendeten 5000 Euro zugunsten der Flutopfer.", false},
		{"Um 3 Uhr wurde der Alarm ausgelöst.", false}, // a mechanism set off
		{"You will be prompted to enter a password.", false},
		{"The deploy was triggered manually.", false},
		{"Die Brücke wurde aus Sicherheitsgründen gesperrt.", true}, // a compound of "Gründe"
		{"Aus diesen Gründen blieb die Brücke gesperrt.", true},
		{"Er nannte Sicherheitsgründe für die Sperrung.", true},
		{"Sie wanderten vorbei an tiefen Abgründen.", false},
		{"Die Stiftung will im Frühjahr zwei Schulen gründen.", false},
		{"Investors feared a second default.", true},
		// A purpose gives the reason too.
		{"Der Verein sperrt den Platz, um den Rasen zu schonen.", true},
		{"Die Bäckerei öffnet um 6 Uhr, damals wie heute.", false}, // "um" with a figure tells a time
		{"Der Preis stieg um zehn Prozent auf zwei Euro, zu viel für viele.", false},
		{"It does this to make sure that the ferry does not run empty.", true},
		{"The gate is locked to prevent theft.", true},
		{"The pumps run at night so as to save power.", true},
		{"Nobody rides the old ferry, since it is slow.", true},
		{"The ferry has run since 1990.", false}, // a time
		{"The ferry has run since the war.", false},
		{"They want to make a new timetable.", false},
		{"Er kam um Mitternacht zu Hause an.", false},     // "zu" before no infinitive
		{"Sie fuhren um den See zu ihrer Mutter.", false}, //
		{"Es geht um viel zu viel Geld.", false},          //
		{"Er kam um Mitternacht, zu Fuß.", false},         // a clause break
		{"It has been closed since this morning.", false}, // a time
		{"He has lived there since he was born.", false},  //
		{"The ferry has run since it was built.", false},  //
	} {
		if got := statesReason(c.text); got != c.want {
			t.Errorf("statesReason(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A why-question about what people want or refuse is answered by the
// fear that moves them, said in the sentence after: the two are quoted
// as one span.
func TestFearAnswersWhy(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("hafen", "2022", "Die Fischer der Insel lehnen den Umbau des Hafens ab. Sie fürchten, ihre Liegeplätze zu verlieren. Der Bürgermeister hält an den Plänen fest."),
		unrelated("sonst", "2022"),
	}, Options{})
	wantFirst(t, e, "warum lehnen die fischer den umbau des hafens ab", "Liegeplätze")
}

// A sentence that says only what a why-question asks about ("US-Militär
// nimmt Operationen gegen ISIS im Irak wieder auf.") gives no reason and
// is not cited; one that adds what it has to tell may be.
func TestRestatingTheQuestionGivesNoReason(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2020-01-30", "US-Militär nimmt Operationen gegen ISIS im Irak wieder auf.\n\n"+
			"Das Pentagon hatte die Operationen nach dem Drohnenangriff in Bagdad ausgesetzt, um seine Stützpunkte zu schützen. "+
			"Nun sollen die gemeinsamen Operationen mit den irakischen Streitkräften gegen ISIS wieder beginnen, damit die Miliz nicht erstarkt."),
		otherNews("b", "2020-01-30")}, Options{Dictionary: embeddedDictionary})
	for _, q := range []string{"Why did the US resume operations against ISIS?", "Warum nimmt das US-Militär die Operationen gegen ISIS wieder auf?"} {
		ans := ask(t, e, q)
		for _, c := range ans.Citations {
			if c.Quote == "US-Militär nimmt Operationen gegen ISIS im Irak wieder auf." {
				t.Errorf("%s: cited the sentence that restates it (%+v)", q, ans.Decision)
			}
		}
	}
}

// A short sentence that covers little of the question says something of
// its own, though it adds few words: "Die Zweigstelle war zu teuer." is
// an answer, weakly, to why the branch closed.
func TestAShortAnswerIsNoRestatement(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2020-01-30", "Die Stadtbücherei in Lindach schloss im Januar ihre Zweigstelle am Markt. Die Zweigstelle war zu teuer."),
		otherNews("b", "2020-01-30")}, Options{})
	ans := ask(t, e, "Warum schloss die Stadtbücherei in Lindach ihre Zweigstelle?")
	if !slices.ContainsFunc(ans.Citations, func(c Citation) bool { return strings.Contains(c.Quote, "zu teuer") }) {
		t.Errorf("%+v (%+v), want the short answer cited", ans.Citations, ans.Decision)
	}
}
