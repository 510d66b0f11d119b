package retrieval

import (
	"context"
	"slices"
	"testing"

	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/store"
)

// A where-question asks where something happened: the answer's sentence
// says that it did, in the question's verb, its noun or, for a birth or a
// death, the signs of a life's dates; a sentence that places the person
// otherwise answers nothing. Verbs that only say where something is or
// took place ask no event of their own.
func TestWhereQuestionsNeedTheirEvent(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("maler", "2020", "Der Maler Karl Brandt wurde 1801 in Görlitz geboren. Er starb 1860 in Dresden, wo er zuletzt Zeichnen lehrte. "+
			"Seine Bilder hängen heute in Bautzen, einer Stadt in der Oberlausitz."),
		{ID: "fest", Title: "Town festival", Language: "en", Published: store.Date{Value: "2020"}, Hash: "fest",
			Text: "The lantern festival took place in Harrowgate last spring. Its founder, Edith Marsh, lived in Selby."},
		unrelated("sonst", "2020"),
	}, Options{Dictionary: embeddedDictionary})
	for _, tt := range []struct{ question, want string }{
		{"wo ist karl brandt begraben", ""}, // no grave is given
		{"wo ist karl brandt gestorben", "starb 1860"},
		{"wo wurde karl brandt geboren", "geboren"},
		{"wo hängen die bilder von karl brandt", "Bautzen"},                 // "hängen" asks where they are
		{"where did edith marsh die", ""},                                   // where she lived is no death
		{"where did edith marsh live", "lived in Selby"},                    // living is being somewhere
		{"where was the lantern festival held", "took place in Harrowgate"}, // "held" asks only where
	} {
		wantFirst(t, e, tt.question, tt.want)
	}
	// "liegt" asks only where it is, which the sentence says otherwise.
	e = newTestEngine(t, []store.Source{
		source("stadt", "2020", "Die Messe zog 1990 nach Bautzen, einer Stadt in der Oberlausitz."),
		unrelated("sonst", "2020"),
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "wo liegt bautzen", "Oberlausitz")
}

// A birth or a death asked of where or when is an event the answer's
// sentence states: in words ("passed away"), by a life's signs or its
// years in brackets after a name; where or when someone died answers
// nothing of the birth, nor do a club's years in brackets. A noun of birth
// or death after an article names a thing ("the silent death").
func TestBirthAndDeathQuestionsNeedTheirEvent(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("kapitaen", "2020", "Der Kapitän Karl Zarnow starb am 3. Mai 1990 in Bremen. Er fuhr dreißig Jahre zur See.\n\n"+
			"Seeleute wie Hinrich Zorbakel (1901–1962) prägten den Hafen von Zarnau.\n\n"+
			"Lotsen wie Karl Fischer (1899–1971) kannten jede Sandbank.\n\n"+
			"Kapitäne wie Jan Ruwe (1950–1955) fuhren nach Riga. Kapitäne wie Piet Ruwe (1800–1950) fuhren nach Danzig.\n\n"+
			"Otto Kramm leitete den Ruderverein (1950–1990) mit fester Hand.\n\n"+
			"Der Lotse Uwe Brakel wurde am 7. Juni 1988 bei einem Angriff getötet.\n\n"+
			"Der Lotse Ole Marten überlebte am 9. Juni 1988 einen Angriff, bei dem drei Menschen getötet wurden.\n\n"+
			"Der Lotse Jens Horn warnte am 3. Mai 1990 vor der tödlichen Gefahr im Hafen."),
		{ID: "club", Title: "Rowing club", Language: "en", Published: store.Date{Value: "2020"}, Hash: "club",
			Text: "Tom Vale, the skipper who led the rowing club for years, passed away on 4 May 1991 in Leeds. The club still rows on the Aire.\n\n" +
				"The Silent Death was a plague of the middle ages. It reached the town of Selby in 1362."},
		unrelated("sonst", "2020"),
	}, Options{Dictionary: embeddedDictionary})
	for _, tt := range []struct{ question, want string }{
		{"wo wurde karl zarnow geboren", ""}, // where he died is no birthplace
		{"wann wurde karl zarnow geboren", ""},
		{"wo starb karl zarnow", "in Bremen"},
		{"wann wurde hinrich zorbakel geboren", "(1901–1962)"},
		{"wann wurde otto kramm geboren", ""},              // the club's years
		{"wann wurde karl fischer geboren", "(1899–1971)"}, // a surname that is a noun too
		{"wann wurde jan ruwe geboren", ""},                // too short for a life
		{"wann wurde piet ruwe geboren", ""},               // too long for one
		{"when did tom vale die", "passed away"},
		{"wann starb uwe brakel", "getötet"}, // killed is a death
		{"wann starb ole marten", ""},        // he survived
		{"wann starb jens horn", ""},         // a deadly danger is no death
		{"when did the silent death reach selby", "in 1362"},
	} {
		wantFirst(t, e, tt.question, tt.want)
	}
	// A follow-up takes the question before's words, not their offsets.
	if _, err := e.Ask(context.Background(), Question{Text: "und in Bremen?", Previous: "wann genau war eigentlich der tod des kapitäns karl zarnow"}); err != nil {
		t.Fatal(err)
	}
}

// After an article a noun of birth or death names a thing ("the black
// death"); a participle there still asks a birth ("the captain born").
func TestLifeNamesAThing(t *testing.T) {
	e := articleEngine(t, "2020", "Der Kapitän starb 1990 in Bremen.")
	for _, c := range []struct {
		question string
		want     bool
	}{
		{"when did the black death reach europe", true},
		{"wann erreichte der schwarze tod zarnau", true},
		{"when was the captain born", false},
		{"when did captain vale die", false},
	} {
		v := questionVerifier(t, e, c.question)
		q := v.q
		life := slices.IndexFunc(q.concepts, lifeConcept)
		if life < 0 {
			t.Fatalf("%q: no concept of birth or death in %q", c.question, q.concepts)
		}
		if got := v.lifeNamesAThing(life); got != c.want {
			t.Errorf("%q: lifeNamesAThing = %v, want %v", c.question, got, c.want)
		}
	}
}

// A question that asks another verb asks that event, not the birth or
// death it names: "wann wurde er nach seinem tod geehrt" asks when he was
// honoured.
func TestLifeWordBesideAnotherVerbIsNoEvent(t *testing.T) {
	e := articleEngine(t, "2020", "Der Kapitän starb 1990 in Bremen.")
	for _, c := range []struct {
		question string
		life     bool
	}{
		{"wann wurde karl zarnow nach seinem tod geehrt", false},
		{"wann starb karl zarnow", true},
	} {
		v := questionVerifier(t, e, c.question)
		q := v.q
		events := v.askedEvents()
		got := slices.ContainsFunc(events, func(i int) bool { return lifeConcept(q.concepts[i]) })
		if got != c.life {
			t.Errorf("%q: a birth or death among the asked events %v of %q = %v, want %v", c.question, events, q.concepts, got, c.life)
		}
	}
}

// "What happened in December 2021?" asks for any event its sources date
// then: the sentence that dates one in its own words answers, though it
// writes no "happen"; a month none dates is declined.
func TestWhatHappenedThenIsWhatTheTextDatesThen(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024-01-15", "Die Sicherheitsbeziehungen mit dem Irak gingen im Dezember 2021 vollständig in eine beratende Rolle über. "+
			"Die Gespräche über die Zukunft der Mission dauern an."),
		otherNews("b", "2024-01-15")}, Options{Dictionary: embeddedDictionary})
	for _, q := range []string{"What happened in December 2021?", "Was geschah im Dezember 2021?"} {
		if ans := ask(t, e, q); !leads(ans, "Dezember 2021") {
			t.Errorf("%s: %+v (%+v), want the sentence dated December 2021", q, ans.Citations, ans.Decision)
		}
	}
	for _, q := range []string{"What happened in March 2021?", "Was passierte im März 2021?"} {
		if ans := ask(t, e, q); ans.Answered {
			t.Errorf("%s: answered %q, which no sentence dates", q, ans.Citations[0].Quote)
		}
	}
}

// A time named without a plain month is read by its years: a season
// ("im Sommer 2021") holds the events its year dates.
func TestDatedInReadsSeasonsByTheirYears(t *testing.T) {
	for _, c := range []struct {
		time  query.Time
		value string
		want  bool
	}{
		{query.Time{Value: "2021-12"}, "2021-12-03", true},
		{query.Time{Value: "2021-12"}, "2021-06-03", false},
		{query.Time{Value: "2021-SU"}, "2021-07-14", true},
		{query.Time{Value: "2021-SU"}, "2022-07-14", false},
		{query.Time{Value: "2021"}, "2021-07", true},
		{query.Time{Value: "2021-03", Until: "2021-05"}, "2021-04-02", true},
	} {
		if got := datedIn(c.time, c.value); got != c.want {
			t.Errorf("datedIn(%+v, %q) = %v, want %v", c.time, c.value, got, c.want)
		}
	}
}
