package retrieval

import (
	"context"
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/translate"
	"github.com/quellen/quellen/store"
)

// embeddedDictionary opens the dictionary the binary embeds: nothing is
// read from the machine.
func embeddedDictionary() (*translate.Dictionary, error) {
	d, err := translate.LoadDing()
	if err != nil {
		return nil, err
	}
	return d.EnglishGerman(), nil
}

// oilPrices and oilPricesEnglish are sources about nothing the language
// tests ask of, so that a collection holds more than the article a test is
// about.
func oilPrices(id string) store.Source {
	return source(id, "2023-05", "Die Ölpreise stiegen im Sommer deutlich an. Händler erwarten weitere Erhöhungen.")
}

func oilPricesEnglish(id string) store.Source {
	return englishSource(id, "2016-01", "Oil prices rose in the summer. Traders expect further increases.")
}

// bilingualEngine is a test engine over sources with the embedded
// dictionary, so that questions meet sources of the other language.
func bilingualEngine(t *testing.T, sources []store.Source) *Engine {
	t.Helper()
	return newTestEngine(t, sources, Options{Dictionary: embeddedDictionary})
}

func englishSource(id, published, text string) store.Source {
	s := source(id, published, text)
	s.Language = "en"
	return s
}

// A collection of German and English articles answers questions in either
// language from the articles of both, each quote in its source's language.
func TestMixedCollectionAnswersBothLanguages(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("de", "2024-09", "Rund 2.500 US-Soldaten sind im Irak stationiert. Die Mission der Koalition endet spätestens im September 2025."),
		englishSource("en", "2024-06", "About 900 American troops remain in Syria. The Pentagon said the number would not change this year."),
		source("other", "2023-05", "Die Ölpreise stiegen im Sommer deutlich an. Händler erwarten weitere Erhöhungen."),
	}, Options{Dictionary: embeddedDictionary})
	tests := []struct {
		question, want string
	}{
		{"Wie viele US-Soldaten sind in Syrien?", "900 American troops"},
		{"How many US troops are in Syria?", "900 American troops"},
		{"How many US troops are in Iraq?", "2.500 US-Soldaten"},
		{"Wie viele US-Soldaten sind im Irak?", "2.500 US-Soldaten"},
		{"When will the coalition mission end?", "September 2025"},
	}
	for _, tt := range tests {
		ans, err := e.Ask(context.Background(), Question{Text: tt.question})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || !strings.Contains(ans.Citations[0].Quote, tt.want) {
			t.Errorf("%q: answered %v with %v, want a first quote with %q (%+v)", tt.question, ans.Answered, ans.Citations, tt.want, ans.Decision)
			continue
		}
		if lang := map[bool]string{true: "en", false: "de"}[strings.HasPrefix(tt.question, "How") || strings.HasPrefix(tt.question, "When")]; ans.Language != lang {
			t.Errorf("%q: framed in %s, want the question's language %s", tt.question, ans.Language, lang)
		}
	}
	// Neither language answers what no source says.
	for _, q := range []string{"Wie viele britische Soldaten sind in Syrien?", "How many British troops are in Syria?"} {
		if ans, err := e.Ask(context.Background(), Question{Text: q}); err != nil || ans.Answered {
			t.Errorf("%q answered (%v): %+v", q, err, ans)
		}
	}
}

// A name of several words is found in a source of the other language by
// its words' translations, and only by all of them.
func TestNameAcrossLanguages(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		source("de", "2024-01", "Die Lage bleibt gespannt. Der Islamische Staat unterhält in Wüstengebieten Schläferzellen."),
		oilPrices("other"),
	})
	if ans := ask(t, e, "Where does the Islamic State keep sleeper cells?"); !leads(ans, "Islamische Staat") {
		t.Errorf("Islamic State: %+v, want the German sentence", ans)
	}
	if ans := ask(t, e, "Where does the Islamic Front keep sleeper cells?"); ans.Answered {
		t.Errorf("Islamic Front: answered with %q, want declined", ans.Citations[0].Quote)
	}
	// The words of the name, each somewhere, are not the name.
	apart := bilingualEngine(t, []store.Source{
		source("de", "2024-01", "Islamistische Milizen bedrohen den Staat. Sie unterhalten in Wüstengebieten Schläferzellen."),
		oilPrices("other"),
	})
	if ans := ask(t, apart, "Where does the Islamic State keep sleeper cells?"); ans.Answered {
		t.Errorf("name's words apart: answered with %q, want declined", ans.Citations[0].Quote)
	}
}

// "Who heads …" is answered by the body's chair, by name, and not by its
// former chairs.
func TestWhoHeadsIsAnsweredByTheChair(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		englishSource("a", "2016-01", "The panel meets every year. The Korean economist Hoesung Lee is the chair of the IPCC since 2015."),
		englishSource("b", "2016-01", "The panel meets every year. The previous chairs of the IPCC were Rajendra Pachauri and Robert Watson."),
		oilPricesEnglish("c"),
	})
	ans := ask(t, e, "who heads the ipcc right now")
	if !leads(ans, "Hoesung Lee") {
		t.Fatalf("%+v, want the chair first", ans)
	}
	citesNone(t, ans, "previous chairs")
}

// A paragraph that opens in one place speaks of it: its figure answers
// for that place, not for another its source names in other paragraphs.
func TestParagraphSpeaksOfItsPlace(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		englishSource("a", "2016-01", "In India, states govern their schools. This has resulted in 30 different examination boards.\n\n"+
			"South Africa has public and independent schools. South Africa funds public schools by taxes. Many schools in South Africa charge fees."),
		oilPricesEnglish("c"),
	})
	wantFirst(t, e, "How many examination boards are there in India?", "30 different")
	wantFirst(t, e, "How many examination boards are there in South Africa?", "")
}

// An office is named only by itself in a collection of both languages too:
// the English "minister" that translates its head is no Außenminister.
func TestOfficeInMixedCollection(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		source("de", "2024-09", "Am Montag besuchte Innenminister Abdul Amir al-Shammari die Provinz Dijala. Vizeverteidigungsminister Ali Hamid traf Premierminister Mohammed al-Sudani in Basra."),
		source("de2", "2024-09", "Der Außenminister blieb in Bagdad. Er sprach nicht."),
		oilPricesEnglish("en"),
	})
	wantFirst(t, e, "Wer ist der Innenminister?", "al-Shammari")
	wantFirst(t, e, "Wer ist der Außenminister?", "")
	// An English source names it in its own words.
	english := bilingualEngine(t, []store.Source{
		englishSource("en", "2024-09", "The talks went on. Iraqi Foreign Minister Fuad Hussein met the delegation in Baghdad."),
		oilPricesEnglish("other"),
	})
	wantFirst(t, english, "Wer ist der irakische Außenminister?", "Fuad Hussein")
	wantFirst(t, english, "Wer ist der irakische Innenminister?", "")
}

// An English office is covered by its translation as a German compound's
// head: the Oberbürgermeister is a mayor.
func TestEnglishOfficeInAGermanCompound(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		source("de", "2011-01", "Erdoğan wuchs in Istanbul auf. Von 1994 bis 1998 war Recep Tayyip Erdoğan Oberbürgermeister von Istanbul."),
		oilPrices("other"),
	})
	wantFirst(t, e, "Who was mayor of Istanbul?", "Oberbürgermeister")
}

// A translation is the dictionary's word, not the member's: it is never
// read as mistyped, so "discord" (Misston) finds no "Mission".
func TestTranslationIsNotMistyped(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		source("de", "2024-09", "Die Mission der Koalition endet im September 2025. Danach wechselt der Server die Rolle."),
		oilPrices("other"),
	})
	wantFirst(t, e, "How do I change my discord nickname?", "")
}

// A German word is translated as the question reads it, not as it reads
// alone: lower-case "pest" is the noun "Pest" (alone, "pes"), "kam … an"
// the verb "ankommen"; their English words cover them.
func TestGermanWordsTranslatedAsTheQuestionReadsThem(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		englishSource("en", "2016-01", "The disease spread through France. The plague eventually arrived in England in the spring of 1349."),
		oilPricesEnglish("other"),
	})
	wantFirst(t, e, "wann kam die pest in england an", "spring of 1349")
}

// An English adjective the dictionary files only with its verb ("be
// afraid") is translated, not guessed a name the sources must state.
func TestPredicativeAdjectiveIsTranslated(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		source("de", "2020-06", "Viele Iraker haben Angst vor einer Rückkehr des IS. Die Regierung schweigt."),
		oilPrices("other"),
	})
	wantFirst(t, e, "Who is afraid of a return of IS?", "Angst")
}

// A share a question asks of is said in percent: "what share", "what
// proportion", "welcher Anteil" are covered by a "%"; sharing and a part
// played are not.
func TestShareIsSaidInPercent(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		englishSource("en", "2016-01", "The plague reached Bergen in 1349. Over 60% of Norway's population died in 1348–50."),
		source("de", "2016-01", "Die Pest erreichte Bergen 1349. Mehr als 60 % der Bevölkerung Norwegens starben."),
		englishSource("treaty", "2016-01", "Support for the treaty stood at 60% in Norway. Merkel welcomed the agreement."),
		oilPricesEnglish("other"),
	})
	wantFirst(t, e, "what share of norway's people died", "60")
	wantFirst(t, e, "what proportion of the population of norway died", "60")
	wantFirst(t, e, "Welcher Anteil der Bevölkerung Norwegens starb?", "60")
	wantFirst(t, e, "how did the leaders share power in norway", "")
	wantFirst(t, e, "Welchen Anteil hatte Merkel an der Einigung?", "")
}

// "How old" asks an age, which English states as one: "over the age of
// 21" answers, a sentence on the same office without a figure does not.
func TestAgeIsSaidAsAnAge(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		englishSource("en", "2016-01", "Several rules apply to becoming a councillor in Tarvale. Candidates must be over the age of 21. "+
			"Judges are barred from becoming councillors."),
		oilPricesEnglish("other"),
	})
	wantFirst(t, e, "how old must you be to become a councillor in tarvale", "age of 21")
	wantFirst(t, e, "Wie alt müssen die Kandidaten in Tarvale sein?", "age of 21")
}

// "Wie hoch war der Ja-Anteil?" asks a share too: the sentence with the
// percentage leads, before one that names only the vote.
func TestShareHeightIsSaidInPercent(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("vote", "2016-01", "Bei der Volksabstimmung in Tarvale über die neue Verfassung stimmte 2015 eine klare Mehrheit mit Ja. "+
			"Es waren 57,3 % der Stimmen."),
		source("other", "2023-05", "Die Ölpreise stiegen im Sommer deutlich an. Händler erwarten weitere Erhöhungen."),
	}, Options{})
	wantFirst(t, e, "wie hoch war der ja-anteil bei der volksabstimmung in tarvale", "57,3 %")
}

// A German question typed in lower case names a place the dictionary
// knows only as a name ("mailand"); English sources write it as Ding
// translates it ("Milan"), and a source on another city does not answer.
func TestGermanGuessedNameIsMetByItsTranslation(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		englishSource("milan", "2016-01", "The old town of Milan has a puppet theatre. It was in operation from 1881 to 1953."),
		englishSource("turin", "2016-01", "The puppet theatre of Turin was in operation from 1881 to 1953."),
		oilPricesEnglish("other"),
	})
	wantFirst(t, e, "wie lange war das puppentheater in mailand in betrieb", "Milan")
	wantFirst(t, e, "wie lange war das puppentheater in venedig in betrieb", "") // no source names Venice
}

// "On which days" asks the days of the week something happens on: a
// sentence that names them leads one with only a month and year.
func TestWhichDaysIsAnsweredByWeekdays(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		englishSource("council", "", "Much of the work of the Tarvale Council is done in its boards. "+
			"Board meetings were first held in May 1999. "+
			"Board meetings take place on Monday and Friday mornings when the Council is sitting."),
		oilPricesEnglish("other"),
	})
	wantFirst(t, e, "tarvale council board meetings which days", "Monday")
	wantFirst(t, e, "On which days do the boards of the Tarvale Council meet?", "Monday")
}

// A sense Ding gives an English word only within other entries covers it:
// "officials" are the "Beamten" of the sentence, so the owner asked is
// checked against them, Iraqi and not Iranian.
func TestSupportedSenseCoversTheWord(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		source("de", "2020-01", "Der Angriff traf Bagdad. Die irakischen Beamten nannten den US-Streik einen Verstoß gegen die Souveränität."),
		oilPrices("other"),
	})
	wantFirst(t, e, "how did iraqi officials describe the us strike", "irakischen Beamten")
	wantFirst(t, e, "how did iranian officials describe the us strike", "")
}

// A name or an abbreviation takes no sense from Ding's other entries:
// "NBC" is the "ABC" of weapons there, not the network of that name.
func TestAbbreviationTakesNoSupportedSense(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		source("de", "2020-01", "Der Sender ABC zeigte 1998 ein neues Logo. Es wurde von Pittard Sullivan entworfen."),
		oilPrices("other"),
	})
	wantFirst(t, e, "which logo did abc show in 1998", "ABC")
	wantFirst(t, e, "which logo did nbc show in 1998", "")
}
