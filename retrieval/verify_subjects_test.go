package retrieval

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/store"
)

// A collection that names something in many of its sources is about it,
// as a source is that names it throughout: a sentence that does not name
// it answers a question about it. One that names it in fewer than 30 % of
// its sources, or holds fewer than ten, is not.
func TestCollectionSubjectMeetsItsName(t *testing.T) {
	const answer = "Der Umzug des Archivs nach Lübeck scheiterte im Jahr 2011."
	fillers := []string{"Die Stadt ist alt.", "Der Hafen ist groß.", "Die Brücke ist neu.", "Der Markt ist bunt.", "Die Kirche ist hoch.",
		"Das Rathaus ist rot.", "Die Schule ist voll.", "Der Park ist grün.", "Die Straße ist breit.", "Der Turm ist schief.", "Das Ufer ist steil."}
	collection := func(sources, naming int) []store.Source {
		out := []store.Source{source("answer", "2023-03", "Die Mühle steht still.\n\n"+answer)}
		for i := 1; i < sources; i++ {
			text := fillers[i]
			if i <= naming {
				text = "Korvala wählt einen Vorstand.\n\n" + text
			}
			out = append(out, source(fmt.Sprintf("s%d", i), "2023-03", text))
		}
		return out
	}
	for _, c := range []struct {
		name            string
		sources, naming int
		want            string
	}{
		{"named in 4 of 10 sources", 10, 4, "im Jahr 2011"},
		{"named in 2 of 10 sources", 10, 2, ""},
		{"named in 5 of 6 sources", 6, 5, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newTestEngine(t, collection(c.sources, c.naming), Options{})
			wantFirst(t, e, "Wann scheiterte der Umzug des Korvala-Archivs nach Lübeck?", c.want)
		})
	}
}

// A word of a longer name that is the collection's subject on its own
// may be left out as the subject may: "korvala ftp" asked of Korvala's
// news is met by a sentence on its FTP services that does not name
// Korvala; the name's other words must still be written.
func TestSubjectWordOfALongerName(t *testing.T) {
	fillers := []string{"Die Stadt ist alt.", "Der Hafen ist groß.", "Die Brücke ist neu.", "Der Markt ist bunt.", "Die Kirche ist hoch.",
		"Das Rathaus ist rot.", "Die Schule ist voll.", "Der Park ist grün.", "Die Straße ist breit.", "Der Turm ist schief.", "Das Ufer ist steil."}
	sources := []store.Source{
		source("ftp", "2017-04", "Öffentliche FTP-Dienste werden abgeschaltet.\n\nNach Jahren werden alle öffentlichen FTP-Dienste am 1. November 2017 abgeschaltet."),
		source("web", "2017-05", "Die Webseiten bleiben.\n\nDie Webdienste werden am 3. Mai 2018 erneuert."),
		source("team", "2016-01", "Korvala wählt einen Vorstand.\n\nDas Korvala-FTP-Team sucht Helfer."),
	}
	for i := 1; i <= 9; i++ {
		sources = append(sources, source(fmt.Sprintf("s%d", i), "2016-02", "Korvala wählt einen Vorstand.\n\n"+fillers[i]))
	}
	e := newTestEngine(t, sources, Options{})
	wantFirst(t, e, "korvala ftp abschaltung datum", "1. November 2017")
	wantFirst(t, e, "korvala gopher abschaltung datum", "")
}

// Naming the collection's subject does not lift a sentence: of the
// question's constraints, only the others count in the share its own
// sentence states.
func TestInSentenceLeavesOutTheSubject(t *testing.T) {
	e := articleEngine(t, "2023-03", "Korvala tagte in Lübeck.")
	v := questionVerifier(t, e, "Wann tagte Korvala in Lübeck?")
	v.read = newReadings()
	v.q.Constraints = []query.Constraint{{Kind: query.Named, Key: "korvala", Text: "Korvala"}, {Kind: query.Named, Key: "lübeck", Text: "Lübeck"}}
	terms := v.read.passageTerms(store.Passage{Text: "Korvala tagte.", Terms: strings.Join(v.read.termsOf("Korvala tagte", "de"), " ")})
	for _, c := range []struct {
		subjects map[string]bool
		want     float64
	}{
		{nil, 0.5},
		{map[string]bool{"korvala": true}, 0},
		{map[string]bool{"lübeck": true}, 1},
	} {
		v.subjects = c.subjects
		if got := v.inSentence(Ranked{Passage: store.Passage{Text: "Korvala tagte."}}, terms, "de", nil); got != c.want {
			t.Errorf("subjects %v: inSentence = %v, want %v", c.subjects, got, c.want)
		}
	}
}

// A collection about a name writes its releases by their number alone: "the
// 5.1 release" speaks of "korvala 5.1" in Korvala's news, though the
// sentence does not name Korvala; the number of another release does not,
// nor does the number asked where it is no release's.
func TestSubjectsReleaseByItsNumber(t *testing.T) {
	fillers := []string{"The city is old.", "The harbour is large.", "The bridge is new.", "The market is busy.", "The church is tall.",
		"The town hall is red.", "The school is full.", "The park is green.", "The street is wide.", "The tower leans."}
	sources := []store.Source{
		englishSource("plan", "2018-07", "Looking back at 5.0.\n\nThe main goal of the 5.1 release is the new file format, which we expect to have ready around November."),
		englishSource("size", "2018-08", "A new board.\n\nThe board is 4.2 centimetres wide and was expected in March."),
		englishSource("fixes", "2019-04", "Bugs fixed.\n\nThe bugs fixed for Korvala 5.1 are listed on its milestone page."),
	}
	for i := 0; i < 10; i++ {
		sources = append(sources, englishSource(fmt.Sprintf("s%d", i), "2018-01", "Today Korvala ships a release.\n\n"+fillers[i]))
	}
	e := bilingualEngine(t, sources)
	wantFirst(t, e, "when is korvala 5.1 expected to be ready", "around November")
	wantFirst(t, e, "when is korvala 5.2 expected to be ready", "")
	wantFirst(t, e, "when was korvala 4.2 expected", "")
}

func TestReleaseNumbered(t *testing.T) {
	for _, c := range []struct {
		text, num string
		want      bool
	}{
		{"This is the main goal of the 5.1 release.", "5.1", true},
		{"Version 4.0.0 is out.", "4.0.0", true},
		{"Korvala v1.15 ships today.", "1.15", true},
		{"Die Versionen 2.3 und 2.4 bringen neue Funktionen.", "2.3", true},
		{"The 5.1 stable branch is tagged.", "5.1", true},
		{"We shipped “the 5.1 release”.", "5.1", true},
		{"**Version 5.1** is out.", "5.1", true},
		{"It is made from the lp:korvala/5.1 branch.", "5.1", true},
		{"The 1.0-Release is out.", "1.0", true},
		{"The board is 5.1 centimetres wide.", "5.1", false},
		{"This is the main goal of the 5.10 release.", "5.1", false},
		{"The 5 release is out.", "5", false}, // no dot: a count as likely as a release
		{"GCC release 4.9 will contain the Go 1.2 (not 1.3) version of gccgo.", "1.3", false},
		{"Inflation stayed stable, 2.3 percent.", "2.3", false},
		{"The API is stable. 5.1 percent of users upgraded.", "5.1", false},
		{"Use a series 5.1 kΩ resistor.", "5.1", false},
		{"Certificates are now supported in TLS versions 1.2 and 1.3.", "1.2", false},
		{"It needs the more modern OpenSSL 1.1 version.", "1.1", false},
		{"Korvala now requires Python version 3.6.", "3.6", false},
		{"Korvala version 3.6 is out.", "3.6", true},
		{"After Python v3.6, Korvala v3.6 is out.", "3.6", true},
	} {
		if got := releaseNumbered(c.text, "korvala", c.num); got != c.want {
			t.Errorf("releaseNumbered(%q, %q) = %v, want %v", c.text, c.num, got, c.want)
		}
	}
}

// releaseNumbered reads any sentence without failing, and finds a release
// only where the sentence writes its number.
func FuzzReleaseNumbered(f *testing.F) {
	for _, s := range []string{"the 5.1 release", "v1.15 ships", "Go 1.2 (not 1.3) version", "„5.1“-Release", "- . / 5.1 -", "version", ""} {
		f.Add(s, "5.1")
	}
	f.Fuzz(func(t *testing.T, text, num string) {
		if releaseNumbered(text, "korvala", num) && !strings.Contains(strings.ToLower(text), strings.ToLower(num)) {
			t.Errorf("releaseNumbered(%q, %q) is true, but the sentence does not write the number", text, num)
		}
	})
}
