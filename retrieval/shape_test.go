package retrieval

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/retrieval/translate"
	"github.com/quellen/quellen/store"
)

// A deadline question leads with the date set for the end, not with a
// sentence that speaks of ending without a date of its own (dated only by
// its article: "Bagdad führt derzeit Gespräche …, um die Mission … zu
// beenden"), however well that sentence matches the question's words.
func TestDeadlineLeadsWithTheEndsDateNotTalkOfEnding(t *testing.T) {
	sources, failed := LoadSources(corpus.Default(), "default")
	if len(failed) > 0 {
		t.Fatal(failed)
	}
	e := newTestEngine(t, sources, Options{Dictionary: func() (*translate.Dictionary, error) {
		d, err := translate.LoadDing()
		if err != nil {
			return nil, err
		}
		return d.EnglishGerman(), nil
	}})
	// In German the sentence that sets the end names the mission, not the
	// troops, and an end that happened (2011) names the troops.
	for _, question := range []string{"When will the US troops withdraw from Iraq?", "Bis wann ziehen die US-Truppen aus dem Irak ab?"} {
		ans, err := e.Ask(context.Background(), Question{Text: question})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || len(ans.Citations) == 0 {
			t.Errorf("%s: declined", question)
			continue
		}
		if !strings.Contains(ans.Citations[0].Quote, "September 2025") {
			t.Errorf("%s: first quote %q, want the end set for September 2025", question, ans.Citations[0].Quote)
		}
	}
}

// The tense of a "when does it end" question chooses between an end that
// happened and a limit still ahead of its article: the present asks for
// the limit, the past for the end.
func TestTenseChoosesBetweenEndAndLimit(t *testing.T) {
	ctx := context.Background()
	e := newTestEngine(t, []store.Source{
		source("neu", "2024-09", "Die Mission der Koalition im Irak wird spätestens bis Ende September 2025 beendet, teilten beide Regierungen mit."),
		source("alt", "2012-01", "Die erste Mission der Koalition im Irak endete im Dezember 2011 mit dem Abzug der letzten Soldaten."),
		source("andere", "2023-05", "Die Regierung in Bagdad verhandelt über die Zukunft der Koalition im Irak."),
	}, Options{})
	for _, c := range []struct{ question, want string }{
		{"Wann endet die Mission der Koalition im Irak?", "September 2025"},
		{"Wann endete die Mission der Koalition im Irak?", "Dezember 2011"},
	} {
		ans, err := e.Ask(ctx, Question{Text: c.question})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || !strings.Contains(ans.Citations[0].Quote, c.want) {
			t.Errorf("%q: %+v; want %q first", c.question, ans.Citations, c.want)
		}
	}
}

// Of two sentences that give one deadline, the one that writes the date
// out leads, though the other, which works it out from its article's date
// ("nächsten Jahres"), says more of the question's words.
func TestSpelledDateLeadsOverTheSameDateWorkedOut(t *testing.T) {
	ctx := context.Background()
	bridge := source("bau", "2025-05", "Die neue Brücke über den Fluss soll bis Ende Juni nächsten Jahres fertig sein, so der Plan der Stadt für die neue Brücke.")
	due := source("frist", "2025-05", "Die neue Brücke über den Fluss wird spätestens bis Ende Juni 2026 fertig, sagte der Bürgermeister.")
	question := Question{Text: "Bis wann soll die neue Brücke über den Fluss fertig sein?"}
	e := newTestEngine(t, []store.Source{bridge, due, unrelated("c", "2025-05")}, Options{})
	ans, err := e.Ask(ctx, question)
	if err != nil {
		t.Fatal(err)
	}
	if !leads(ans, "Juni 2026") {
		t.Errorf("first quote %+v, want the one that writes the date out (%+v)", ans.Citations, ans.Decision)
	}
	// With no sentence that writes it out, the date worked out answers.
	e = newTestEngine(t, []store.Source{bridge, unrelated("c", "2025-05")}, Options{})
	if ans, err = e.Ask(ctx, question); err != nil {
		t.Fatal(err)
	}
	if !leads(ans, "nächsten Jahres") {
		t.Errorf("alone: %+v, want the date worked out (%+v)", ans.Citations, ans.Decision)
	}
}

// A date worked out is restated only by another fact that writes out the
// same date of the same kind with the same modifier, and then loses only
// the written date's bonus.
func TestRestatedOnlyBySameDateKindAndModifier(t *testing.T) {
	ev := func(kind, date, mod string, relative bool) store.Event {
		return store.Event{Kind: kind, Date: date, Mod: mod, DateFrom: timeline.FromText, Relative: relative}
	}
	factOf := func(e store.Event) fact {
		return group(&question{Query: query.Query{Type: query.Deadline}}, []verdict{{ok: true, facts: []store.Event{e}}})[0]
	}
	worked := ev(timeline.KindDeadline, "2026-06", "END", true)
	for _, c := range []struct {
		name    string
		other   store.Event
		restate bool
	}{
		{"same", ev(timeline.KindDeadline, "2026-06", "END", false), true},
		{"another modifier", ev(timeline.KindDeadline, "2026-06", "START", false), false},
		{"another kind", ev(timeline.KindEvent, "2026-06", "END", false), false},
		{"worked out too", ev(timeline.KindDeadline, "2026-06", "END", true), false},
	} {
		facts := []fact{factOf(worked), factOf(c.other)}
		restated(facts)
		if facts[0].restated != c.restate {
			t.Errorf("%s: restated %v, want %v", c.name, facts[0].restated, c.restate)
		}
		if !facts[0].textDated {
			t.Errorf("%s: the fact's date is still the text's", c.name)
		}
	}
	q := &question{Query: query.Query{Type: query.Deadline}}
	rank := func(v verdict) float64 { return v.Score }
	f := factOf(worked)
	plain := factScore(q, f, rank, 2)
	f.restated = true
	if got := factScore(q, f, rank, 2); got != plain-writtenDateShare*2 {
		t.Errorf("restated score %v, want %v", got, plain-writtenDateShare*2)
	}
}

// A "when" question leads with a sentence that writes a date, though
// another says more of the question's words and is dated only by its
// article.
func TestWhenLeadsWithAWrittenDate(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2020-01", "Das Pentagon setzte Hunderte zusätzlicher Soldaten ein und reduzierte das Training der Armee und der Polizei."),
		source("b", "2020-01", "Die Armee braucht Hilfe. Beamte glauben, dass der Irak das seit 2015 laufende Training wieder aufnehmen will."),
		unrelated("c", "2020-01"),
	}, Options{})
	ans, err := e.Ask(context.Background(), Question{Text: "Seit wann gibt es das Training der Armee und der Polizei?"})
	if err != nil {
		t.Fatal(err)
	}
	if !leads(ans, "seit 2015") {
		t.Errorf("first quote %+v, want the one that writes its date (%+v)", ans.Citations, ans.Decision)
	}
}

// A "when" question's answer may write its date in a sentence whose
// stored event its article dates (the index keeps one event a sentence):
// the fact counts as dated by its text when the sentence names a year.
func TestWhenCountsTheDateTheSentenceWrites(t *testing.T) {
	v := verdict{Ranked: Ranked{Passage: store.Passage{Text: "… der 2014 gebildeten Koalition.", Dated: true}}, ok: true,
		facts: []store.Event{{Kind: timeline.KindTalks, Date: "2024-09", DateFrom: timeline.FromPublished}}}
	for _, c := range []struct {
		t    query.Type
		want bool
	}{{query.Date, true}, {query.Deadline, false}} {
		facts := group(&question{Query: query.Query{Type: c.t}}, []verdict{v})
		if len(facts) != 1 || facts[0].textDated != c.want {
			t.Errorf("%s: textDated %v, want %v", c.t, len(facts) == 1 && facts[0].textDated, c.want)
		}
	}
}

// A start the text marks as lasting ("das seit 2015 laufende Training")
// gains its bonus for "seit wann" though its sentence says little else of
// the question; a sentence that only begins something does not.
func TestSinceGainsThoughItSaysLittleElse(t *testing.T) {
	q := &question{Query: query.Query{Type: query.Start}}
	rank := func(v verdict) float64 { return v.Score }
	v := verdict{Ranked: Ranked{Score: 1}, ownFocus: 0.3}
	since := factScore(q, fact{verdicts: []verdict{v}, leads: true, since: true}, rank, 2)
	begins := factScore(q, fact{verdicts: []verdict{v}, leads: true}, rank, 2)
	if since != 3 || begins != 1 {
		t.Errorf("score with 'seit' %v, without %v; want 3 and 1", since, begins)
	}
	// A sentence that states nothing of the question gains nothing for
	// its "seit".
	v.ownFocus = 0
	if other := factScore(q, fact{verdicts: []verdict{v}, leads: true, since: true}, rank, 2); other != 1 {
		t.Errorf("score with 'seit' of another matter %v, want 1", other)
	}
}

// Two sentences state one fact when they write one figure, not when each
// says an order of magnitude: "Hunderte von Raketen" and "Hunderte
// zusätzlicher Truppen" are two matters, and the second must not lend the
// first its rank.
func TestOrdersOfMagnitudeStateNoOneFact(t *testing.T) {
	de := store.Source{Language: "de"}
	v := func(text string) verdict {
		return verdict{Ranked: Ranked{Passage: store.Passage{Text: text}}, source: de}
	}
	q := &question{Query: query.Query{Type: query.Start}}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Die Schläge folgten auf Hunderte von Raketen seit Oktober.", "Das Pentagon setzte Hunderte zusätzlicher Truppen ein.", false},
		{"Rund 2.500 US-Soldaten sind im Irak.", "Die USA haben 2.500 Truppen im Irak stationiert.", true},
		{"Tausende flohen 2014.", "Hunderte von Raketen, dann 2.500 Soldaten.", false},
		// nor by a day or a figure after an order of magnitude
		{"Hunderte Raketen schlugen seit dem 17. Oktober ein.", "Tausende Soldaten trafen am 17. Oktober ein.", false},
		{"Tausende Menschen flohen, 12 Dörfer brannten.", "Die Miliz feuerte 12 Raketen ab.", false},
	} {
		if got := sameFact(q, v(c.a), v(c.b)); got != c.want {
			t.Errorf("sameFact(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// Nearly the same words state one fact only of the same years: two
// ordinances' "tritt am 1. Juli … in Kraft" of different years are two
// facts, and the newer source's must not stand for the older's.
func TestSameWordsOfOtherYearsAreTwoFacts(t *testing.T) {
	de := store.Source{Language: "de"}
	v := func(text, terms string) verdict {
		return verdict{Ranked: Ranked{Passage: store.Passage{Text: text, Terms: terms}}, source: de}
	}
	q := &question{Query: query.Query{Type: query.Start}}
	for _, c := range []struct {
		a, b verdict
		want bool
	}{
		{v("Diese Verordnung tritt am 1. Juli 1987 in Kraft.", "verordnung tritt 1 juli 1987 kraft"),
			v("Diese Verordnung tritt am 1. Juli 2009 in Kraft.", "verordnung tritt 1 juli 2009 kraft"), false},
		{v("Diese Verordnung tritt am 1. Juli 1987 in Kraft.", "verordnung tritt 1 juli 1987 kraft"),
			v("Die Verordnung tritt am 1. Juli 1987 in Kraft.", "verordnung tritt 1 juli 1987 kraft"), true},
	} {
		if got := sameFact(q, c.a, c.b); got != c.want {
			t.Errorf("sameFact(%q, %q) = %v, want %v", c.a.Text, c.b.Text, got, c.want)
		}
	}
}

// A limit set as a length of time ("innerhalb von 14 Tagen") answers a
// deadline question as a date set as a limit does, before a sentence
// that only dates the matter.
func TestDeadlineAnsweredByAPeriod(t *testing.T) {
	e := articleEngine(t, "2023-03", "Im März 2020 durfte jeder Mieter die Wohnung am Hafen kündigen. "+
		"Nach der Übergabe darf der Mieter die Wohnung am Hafen innerhalb von 14 Tagen kündigen.")
	wantFirst(t, e, "bis wann darf der mieter die wohnung am hafen kündigen", "innerhalb von 14 Tagen")
}

// A deadline question is answered by the end another thing waits for
// ("bis der Pachtvertrag … ausläuft") when no date is given; a sentence
// that says nothing of an end does not answer it.
func TestDeadlineAnsweredByAnotherEnd(t *testing.T) {
	e := articleEngine(t, "2023-03", "Die Fähre zum Leuchtturm fährt täglich. "+
		"Die Fähre zum Leuchtturm bleibt im Dienst, bis der Pachtvertrag des Hafens ausläuft.")
	wantFirst(t, e, "bis wann fährt die fähre zum leuchtturm", "bis der Pachtvertrag des Hafens ausläuft")
	e = articleEngine(t, "2023-03", "Die Fähre zum Leuchtturm fährt täglich. "+
		"Wenn die Stadt es wünscht, fährt die Fähre zum Leuchtturm auch mit Fahrrädern.")
	wantFirst(t, e, "bis wann fährt die fähre zum leuchtturm", "")
}

// "How often" is answered by a repetition the date rules read ("jeden
// Montag") before a figure of something else.
func TestHowOftenAnsweredByARepetition(t *testing.T) {
	e := articleEngine(t, "2023-03", "Der Rat der Stadt Zarnau tagt mit zwölf Mitgliedern. "+
		"Der Rat der Stadt Zarnau tagt jeden Montag im Rathaus.")
	wantFirst(t, e, "wie oft tagt der rat der stadt zarnau", "jeden Montag")
}

// A short list item states a fact: it is indexed and quoted as a
// sentence, without its bullet.
func TestListItemIsQuoted(t *testing.T) {
	e := articleEngine(t, "2024-01", "Die Lage am Hafen von Zarnau:\n\n"+
		"- Rund 300 Soldaten bewachen den Hafen von Zarnau\n- Die Fähre nach Zarnau fährt wieder\n\nDer Bürgermeister ist zufrieden.")
	ans := ask(t, e, "Wie viele Soldaten bewachen den Hafen von Zarnau?")
	if !leads(ans, "Rund 300 Soldaten bewachen den Hafen von Zarnau") {
		t.Fatalf("answered %v with %+v, want the list item first", ans.Answered, ans.Citations)
	}
	if q := ans.Citations[0].Quote; strings.HasPrefix(q, "-") {
		t.Errorf("quote %q keeps the list marker", q)
	}
}

// A question about the newest of something ("what is the newest release"),
// who holds an office now ("wer ist derzeit …"), who did something most
// recently, where something is now, or what is so now ("right now",
// "derzeit") leads with the newest source's fact though an older one
// scores better; any other question, even one in the present ("was ist
// noch bekannt", "still"), leads with the best-scoring fact.
func TestPresentStateLeadsWithTheNewestFact(t *testing.T) {
	for _, c := range []struct {
		question string
		newest   bool
	}{
		{"what is the newest zarnix release", true},
		{"was ist die aktuelle version von zarnix", true},
		{"wer ist derzeit vorsitzender von zarnix", true},
		{"who left the zarnix board most recently", true},
		{"wo tagt der vorstand von zarnix derzeit", true},                     // a place now
		{"which zarnix buildpack version is the platform on right now", true}, // what is now
		{"welches format nutzt zarnix derzeit", true},
		{"does zarnix still support pygments", false},        // still: asks whether it lasts, not the newest
		{"was wurde heute im zarnix rat beschlossen", false}, // "heute" of the past asks what happened that day
		{"wo tagte der vorstand von zarnix", false},
		{"what was the first zarnix release", false},
		{"was ist noch über zarnix bekannt", false}, // present, but asks no newest
		{"what is still unknown about zarnix", false},
	} {
		q := &question{Query: query.Parse(c.question, nil)}
		facts := []fact{{date: "2016-07", score: 2}, {date: "2017-06", score: 1}}
		order(q, facts, func(f fact) float64 { return f.score })
		if got := facts[0].date == "2017-06"; got != c.newest {
			t.Errorf("%q (type %s, time %+v): leads with %s, want newest first %v", c.question, q.Type, q.Time, facts[0].date, c.newest)
		}
	}
}

// A date in a sentence that ends or starts nothing answers a deadline or
// start question only where the sentence itself is about what is asked:
// the mission's sentence with its year does; a sentence on troops that
// names the mission's country in passing, with the year a militia took
// land, does not, though its neighbour speaks of the mission's end.
func TestDatedSentenceAnswersDeadlineOnlyAboutItsSubject(t *testing.T) {
	e := articleEngine(t, "2024-09", "Die Koalition führt ihre Mission in Zarnien im Jahr 2025 weiter.")
	wantFirst(t, e, "bis wann läuft die mission der koalition in zarnien", "im Jahr 2025")
	e = articleEngine(t, "2024-09", "Der Sprecher der Regierung erwartet ein Ende der Mission der Koalition. "+
		"Rund 2.500 Soldaten in Vardien und neunhundert in Zarnien unterstützen lokale Kräfte gegen die Miliz, die 2014 große Gebiete eroberte.")
	wantFirst(t, e, "bis wann erwartet der sprecher der regierung das ende der mission der koalition in zarnien", "")
}

// The newest of something is the newest source's statement of all of it:
// a newer source that says only part of the question ("refer to its
// security tracker page") does not lead; where every fact is of one date,
// the best stated leads as it would.
func TestNewestLeadsAmongFullStatements(t *testing.T) {
	q := &question{Query: query.Parse("zarnix jessie newest security version", nil)}
	stated := func(date string, coverage, score float64) fact {
		return fact{date: date, score: score, verdicts: []verdict{{coverage: coverage}}}
	}
	facts := []fact{stated("2017-11", 0.6, 5), stated("2016-03", 1, 3), stated("2016-12", 1, 2)}
	order(q, facts, func(f fact) float64 { return f.score })
	if facts[0].date != "2016-12" || facts[1].date != "2016-03" {
		t.Errorf("leads with %s, then %s; want the newest full statement (2016-12), then 2016-03", facts[0].date, facts[1].date)
	}
	// Who holds an office now: a newer source that misses a little of
	// the question still leads an older one that says it all.
	holder := &question{Query: query.Parse("wer ist derzeit vorsitzender von zarnix", nil)}
	facts = []fact{stated("2016-03", 1, 5), stated("2017-11", 0.95, 3)}
	order(holder, facts, func(f fact) float64 { return f.score })
	if facts[0].date != "2017-11" {
		t.Errorf("current holder: leads with %s, want the newer source (2017-11)", facts[0].date)
	}
	facts = []fact{stated("2016-12", 0.6, 5), stated("2016-12", 1, 3)}
	order(q, facts, func(f fact) float64 { return f.score })
	if facts[0].score != 5 {
		t.Errorf("of one date, leads with the statement scoring %v; want the best stated (5)", facts[0].score)
	}
}

// A release is numbered of what is asked right after its name or its
// words for a version, or in apposition after the name's comma and an
// article where the number ends the clause.
func TestReleaseOf(t *testing.T) {
	asked := map[string]bool{"zarnix": true}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Zarnix v4.4.0 has been published!", true},
		{"Zarnix version 4.3 is out.", true},
		{"It's to let fly out a new version of Zarnix, the 2.31.0.", true},
		{"Neue Version von Zarnix, die 4.4, ist da.", true},
		{"We recommend using Ruby 3.2.0 with Zarnix.", false},
		{"Since joining Zarnix, the 200 contributors wrote code.", false}, // a count, no release
		{"After Zarnix, the 2.31.0 release of Talon followed.", false},    // the clause goes on: Talon's
	} {
		if got := releaseOf(c.text, "en", asked); got != c.want {
			t.Errorf("releaseOf(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// Asked for the newest release of something, the statement that numbers
// its release leads one of the same date that numbers another's ("we
// recommend Ruby 3.2.0" in the post announcing Zarnix v4.4.0), even where
// that one is newer; without a release of its own, the newest leads.
func TestNewestReleaseIsTheAskedOnes(t *testing.T) {
	said := func(date, text string) fact {
		v := verdict{coverage: 1}
		v.Text = text
		return fact{date: date, verdicts: []verdict{v}}
	}
	for _, c := range []struct {
		question string
		facts    []fact
		lead     string
	}{
		{"was ist die neueste zarnix version", []fact{
			said("2025-01", "Regardless, we recommend using Ruby 3.2.0 or newer to install plugins for Zarnix."),
			said("2025-01", "Greetings, Zarnix v4.4.0 has been published!"),
		}, "Greetings, Zarnix v4.4.0 has been published!"},
		{"what is the latest zarnix release", []fact{
			said("2025-01", "Zarnix now needs Ruby 3.2.0."),
			said("2024-06", "Zarnix version 4.3 is out."),
		}, "Zarnix version 4.3 is out."},
		// A stop word of the question names nothing: "Die … ist 3.2"
		// numbers no release of what is asked.
		{"was ist die neueste zarnix version", []fact{
			said("2025-01", "Die empfohlene Ruby-Version ist 3.2."),
			said("2025-01", "Zarnix 4.4 ist erschienen."),
		}, "Zarnix 4.4 ist erschienen."},
		// The number in apposition to the name numbers its release.
		{"welche zarnix version ist die neueste", []fact{
			said("2025-02", "After Zarnix and its plugins, it's time for Zarnix Talon to know a new version."),
			said("2025-01", "It's to let fly out a new version of Zarnix, the 2.31.0."),
		}, "It's to let fly out a new version of Zarnix, the 2.31.0."},
		// "release" and "stable" are words for a version, not its owner.
		{"what is the latest zarnix stable release", []fact{
			said("2017-01", "The stable release version 4.0.6 is made from the stable branch."),
			said("2019-05", "The 5.1.2 stable version contains critical bug fixes."),
		}, "The 5.1.2 stable version contains critical bug fixes."},
	} {
		q := &question{Query: query.Parse(c.question, nil)}
		if !q.AsksVersion {
			t.Fatalf("%q: asks no version", c.question)
		}
		facts := slices.Clone(c.facts)
		order(q, facts, func(fact) float64 { return 0 })
		if got := facts[0].verdicts[0].Text; got != c.lead {
			t.Errorf("%q: leads with %q, want %q", c.question, got, c.lead)
		}
	}
}

// A count question's figures lead newest first only among those stated
// nearly as fully as the best (newestCountCoverage): a newer figure whose
// sentence says little of the question is likely another figure, not a
// newer one of what is asked, and keeps its place by score; one that
// misses a little of it still leads.
func TestNewerFigureLeadsOnlyIfStatedNearlyAsFully(t *testing.T) {
	q := &question{Query: query.Parse("wie viel speicher darf zarnix höchstens nutzen", nil)}
	figure := func(date string, count int64, coverage, score float64) fact {
		return fact{date: date, count: count, score: score, verdicts: []verdict{{coverage: coverage}}}
	}
	for _, c := range []struct {
		name     string
		facts    []fact
		wantDate string
	}{
		{"newer but partial", []fact{figure("2022-08", 50, 1, 3), figure("2023-08", 30, 0.6, 2)}, "2022-08"},
		{"newer, nearly full", []fact{figure("2022-08", 50, 1, 3), figure("2023-08", 30, 0.86, 2)}, "2023-08"},
		{"newer and full", []fact{figure("2022-08", 50, 0.9, 3), figure("2023-08", 30, 1, 2)}, "2023-08"},
	} {
		facts := slices.Clone(c.facts)
		if !order(q, facts, func(f fact) float64 { return f.score }) {
			t.Errorf("%s: two figures not reported as conflicting", c.name)
		}
		if facts[0].date != c.wantDate {
			t.Errorf("%s: leads with %s, want %s", c.name, facts[0].date, c.wantDate)
		}
	}
}

// Two advisories that say the same in other versions are one fact; asked
// for the newest, the fact leads with the newer advisory's sentence.
func TestNewestSourceLeadsItsFact(t *testing.T) {
	said := func(published, text string) verdict {
		v := verdict{ok: true, source: store.Source{Published: store.Date{Value: published}}}
		v.Text = text
		v.Terms = strings.Join(analysis.For("en").Terms(text), " ")
		return v
	}
	older := said("2016-03-14", "For the stable distribution (jessie), this problem has been fixed in version 4.84.2-1.")
	newer := said("2016-12-25", "For the stable distribution (jessie), this problem has been fixed in version 4.84.2-2+deb8u2.")
	for _, c := range []struct {
		question string
		lead     string
	}{
		{"zarnix jessie newest security version", newer.Text},
		{"zarnix jessie security version", older.Text}, // the best stated, as verification ranked it
	} {
		q := &question{Query: query.Parse(c.question, nil)}
		facts := group(q, []verdict{older, newer})
		if len(facts) != 1 {
			t.Fatalf("%q: %d facts, want the two sentences as one", c.question, len(facts))
		}
		if got := facts[0].verdicts[0].Text; got != c.lead {
			t.Errorf("%q: fact leads with %q, want %q", c.question, got, c.lead)
		}
	}
}

// A short answer keeps the facts close to the best, and the best always,
// whatever the sign of its score.
func TestCloseToBestKeepsTheBest(t *testing.T) {
	for _, c := range []struct {
		name   string
		scores []float64
		want   []float64
	}{
		{"positive", []float64{5, 4, 3.4, 1}, []float64{5, 4}},
		{"zero", []float64{0, -1}, []float64{0}},
		{"negative best kept", []float64{-1, -1.2, -2}, []float64{-1, -1.2}},
		{"all far below a negative best", []float64{-1, -5}, []float64{-1}},
	} {
		facts := make([]fact, len(c.scores))
		for i, s := range c.scores {
			facts[i].score = s
		}
		var got []float64
		for _, f := range closeToBest(facts, func(f fact) float64 { return f.score }, 0.7) {
			got = append(got, f.score)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: kept %v, want %v", c.name, got, c.want)
		}
	}
}

// Of two passages that pass, the one whose window (its sentence with the
// ones beside it) states the whole question leads one whose sentence
// states more of the question itself but not all of it: the harbour
// opened on 3 May, not the town hall the mayor opened (Params.CoverWeight;
// at the former 0.25 the town hall led).
func TestWindowThatStatesTheWholeQuestionLeads(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("hafen", "2019-05", "Der Bürgermeister von Lindau sprach am Montag vor dem Stadtrat über die Finanzen der Stadt. Der neue Hafen wurde am 3. Mai 2019 eröffnet."),
		source("rathaus", "2020-06", "Der Bürgermeister von Lindau eröffnete am 5. Juni 2020 das neue Rathaus."),
		unrelated("andere", "2024-01"),
	}, Options{})
	wantFirst(t, e, "Wann eröffnete der Bürgermeister von Lindau den neuen Hafen?", "3. Mai 2019")
}

// A "when" question asked plainly leads with the day a source writes out,
// before a season a newer source dates by its own day ("this summer").
func TestDateQuestionLeadsWithTheDayWrittenOut(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		{ID: "recap", Title: "Zarcon 2024 videos", Language: "en", Published: store.Date{Value: "2024-11-25"}, Hash: "r",
			Text: "We loved hosting Zarcon 2024 this summer in Sunnyvale, California. The talks are online."},
		{ID: "save", Title: "Zarcon 2024 schedule", Language: "en", Published: store.Date{Value: "2024-07-03"}, Hash: "s",
			Text: "Mark your calendars for August 27th, 2024, as Zarcon returns to the Cloud Campus in Sunnyvale, California."},
		unrelated("u1", "2024-01"), unrelated("u2", "2024-01"),
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "zarcon 2024 date", "August 27th, 2024")
}

// A who-question's quote that thanks someone for what was asked leads one
// that only names someone, the two otherwise ranked alike.
func TestCreditLeadsAWhoQuestion(t *testing.T) {
	e := newTestEngine(t, nil, Options{})
	en := store.Source{ID: "rel", Language: "en"}
	v := func(id, text string, credited bool) verdict {
		return verdict{Ranked: Ranked{Passage: store.Passage{SourceID: id, Text: text}, Score: 1}, ok: true, own: 0.5, coverage: 0.8,
			source: en, credited: credited}
	}
	q := &question{Query: query.Query{Type: query.Person}}
	facts, _ := e.shape(q, []verdict{
		v("a", "Mara Okonjo presented the ARM support of Zarnix in Lyon.", false),
		v("b", "Special thanks go to Ali Ariff for the ARM support of Zarnix.", true),
	}, 0)
	if len(facts) == 0 || !strings.Contains(facts[0].verdicts[0].Text, "Ali Ariff") {
		t.Errorf("facts %+v, want the thanks to Ali Ariff first", facts)
	}
}

// Of two figures of one article, the one it says holds now leads a count
// question of no date, though the other states more of the question.
func TestFigureSaidToHoldNowLeadsItsDate(t *testing.T) {
	for _, text := range []string{
		"Der Ruderclub am Hafen hat 120 Mitglieder, schrieb die Zeitung vor Jahren. Derzeit sind es 410 Mitglieder.",
		"Der Ruderclub am Hafen hat viele Mitglieder (ein Bericht nannte 120 Mitglieder). Wir haben derzeit 410 Mitglieder.",
	} {
		wantFirst(t, articleEngine(t, "2022-01", text), "Wie viele Mitglieder hat der Ruderclub am Hafen?", "410 Mitglieder")
	}
	// Asked of a month, "derzeit" says nothing of that month.
	e := articleEngine(t, "2022-01", "Im Januar hatte der Ruderclub am Hafen 120 Mitglieder. Derzeit hat der Ruderclub am Hafen 410 Mitglieder.")
	wantFirst(t, e, "Wie viele Mitglieder hatte der Ruderclub am Hafen im Januar?", "120 Mitglieder")
}
