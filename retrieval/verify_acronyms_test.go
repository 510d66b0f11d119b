package retrieval

import (
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

func TestAcronymsIn(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string // short=long
	}{
		{"Die Sitzung der Gemeinsamen Planungsgruppe (GP) begann.", []string{"GP=Gemeinsamen Planungsgruppe"}},
		{"the North Atlantic Treaty Organization (NATO) met", []string{"NATO=North Atlantic Treaty Organization"}},
		{"die Partei des Demokratischen Sozialismus (PDS) gewann", []string{"PDS=Partei des Demokratischen Sozialismus"}},
		{"the Bank for International Settlements (BIS) said", []string{"BIS=Bank for International Settlements"}},
		{"Two: Alpha Beta (AB) and Gamma Delta (GD).", []string{"AB=Alpha Beta", "GD=Gamma Delta"}},
		{"the Nuclear Energy Agency, (NEA)", []string{"NEA=Nuclear Energy Agency"}}, // punctuation trimmed
		{"Angela Merkel (CDU) sagte", nil},           // the initials are another's
		{"die Wahl (2019) und der Rat", nil},         // no letters
		{"ein Bericht der Agentur (dpa) zeigt", nil}, // no capitals
		{"der Ölkonzern (Öl) wuchs", nil},            // one capital, however many bytes
		{"the Planning Group (P) met", nil},          // one letter
		{"a group (GP) met", nil},                    // lower-case words
		{"(GP) opens the text", nil},                 // nothing before
		{"unclosed Planning Group (GP", nil},
		{"Squeeze-LTS (Long Term Support) for Debian 6.0", []string{"LTS=Long Term Support"}}, // the short form first
		{"the DSA (Debian System Administrators) team", []string{"DSA=Debian System Administrators"}},
		{"the CDU (Christian Democrats) won", nil},              // the initials are another's
		{"the GP (Planning Group and others) met", nil},         // more than the name
		{"LTS (see Long Term Support) ends", nil},               // more than the name before it
		{"( Long Term Support) ends", nil},                      // no short form
		{"Angela Merkel (Christlich Demokratische Union)", nil}, // no short form before
	} {
		var got []string
		for _, a := range acronymsIn(tt.text) {
			got = append(got, a.Short+"="+a.Long)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("acronymsIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestShortFormsIn(t *testing.T) {
	short := []acronym{{Short: "NMMK"}, {Short: "GP"}}
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Der NMMK-Vorstand tagte.", []string{"NMMK"}},
		{"Heute zeigt das NMMK Fotografie, die GP Malerei, das NMMK Drucke.", []string{"NMMK", "GP"}}, // each once
		{"Heute zeigt das nmmk Fotografie.", nil},                                                     // not as written
		{"Die NMMKS zeigt Fotografie.", nil},                                                          // another word
	} {
		var got []string
		for _, a := range shortFormsIn(tt.text, short) {
			got = append(got, a.Short)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("shortFormsIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A name the question gives is named again by the short form its source
// defines for it: the sentence that uses only the short form, paragraphs
// after the definition, answers.
func TestShortFormNamesTheName(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("museum", "2021", "Die Stiftung Kaltenbrunn Oberwies (SKO) öffnete 1975 ein Haus am Hafen. "+
			"Der Bau kostete viel Geld.\n\nIm Winter schneite es oft.\n\nHeute zeigt die SKO vor allem Fotografie aus Japan."),
		source("galerie", "2021", "Eine kleine Galerie zeigt heute vor allem Malerei aus Peru."),
	}, Options{})
	ans := ask(t, e, "Was zeigt die Stiftung Kaltenbrunn Oberwies heute?")
	if !ans.Answered || !slices.ContainsFunc(ans.Citations, func(c Citation) bool { return strings.Contains(c.Quote, "Fotografie") }) {
		t.Fatalf("answered %v with %+v; want the sentence on what the SKO shows", ans.Answered, ans.Citations)
	}
	if strings.Contains(ans.Citations[0].Quote, "Peru") {
		t.Errorf("led with %q, another gallery's", ans.Citations[0].Quote)
	}
}

// A sentence that names what the question asks of only by its short form
// states it itself: "Die SKO hat ihren Sitz in Lübeck" answers where the
// Stiftung Kaltenbrunn Oberwies is, though no other word of the question
// is in it.
func TestShortFormInTheAnswerItself(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("stiftung", "2021", "Die Stiftung Kaltenbrunn Oberwies (SKO) vergibt jedes Jahr drei Preise.\n\n"+
			"Im Winter schneite es oft.\n\nDie SKO hat ihren Sitz in Lübeck."),
		source("verein", "2021", "Ein Ruderverein hat seinen Sitz in Kiel."),
	}, Options{})
	ans := ask(t, e, "Wo befindet sich die Stiftung Kaltenbrunn Oberwies?")
	if !ans.Answered || !slices.ContainsFunc(ans.Citations, func(c Citation) bool { return strings.Contains(c.Quote, "Lübeck") }) {
		t.Fatalf("answered %v with %+v; want the sentence on the SKO's seat", ans.Answered, ans.Citations)
	}
}

// A short form the question asks by ("SKO") is named by the name another
// source of the collection defines it by, spelled out: a source that never
// writes the short form answers.
func TestShortFormAskedNamesTheSpelledOutName(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("def", "2014", "Die Bewerbungen für die Stiftung Kaltenbrunn Oberwies (SKO) beginnen im März."),
		source("news", "2015", "Die Stiftung Kaltenbrunn Oberwies hat ihren Sitz in Lübeck.\n\nIm Winter schneite es oft."),
		source("verein", "2015", "Ein Ruderverein hat seinen Sitz in Kiel."),
	}, Options{})
	wantFirst(t, e, "Wo hat die SKO ihren Sitz?", "Lübeck")
	// Without a definition in the collection, the letters name nothing.
	e = newTestEngine(t, []store.Source{
		source("news", "2015", "Die Stiftung Kaltenbrunn Oberwies hat ihren Sitz in Lübeck.\n\nIm Winter schneite es oft."),
		source("verein", "2015", "Ein Ruderverein hat seinen Sitz in Kiel."),
	}, Options{})
	wantFirst(t, e, "Wo hat die SKO ihren Sitz?", "")
	// The name's words apart name nothing: "a long term" and "Support"
	// are no Long Term Support.
	e = newTestEngine(t, []store.Source{
		{ID: "def", Title: "Zarnix", Language: "en", Text: "Zarnix 6 gets Long Term Support (LTS) for two more years.", Hash: "def"},
		{ID: "news", Title: "Zarnix 7", Language: "en", Text: "Support for Zarnix 7 ends on 25 April 2018, after a long term.", Hash: "news"},
		{ID: "other", Title: "Other", Language: "en", Text: "The government praised the army. The budget was passed.", Hash: "other"},
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "When does LTS end for Zarnix 7?", "")
	wantFirst(t, e, "When does LTS end for Zarnix 6?", "")
}

// A short form asked is named where a sentence, or the one before it,
// writes out the name the collection defines it by, either way round
// ("LTS (Long Term Support)"), though no sentence near it writes "LTS".
func TestShortFormSpelledOutNearby(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2016-01", "Zarnix-LTS (Long Term Support) for Zarnix 6 will end in February."),
		source("b", "2016-02", "Quaxo reported on its sponsored Zarnix Long Term Support. "+
			"December detailed 113 work hours distributed to 9 paid contributors."),
		unrelated("c", "2016-02"),
	}, Options{})
	wantFirst(t, e, "how many paid lts contributors are there", "9 paid contributors")
}
