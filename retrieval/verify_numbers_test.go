package retrieval

import (
	"slices"
	"testing"

	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/store"
)

func TestGivenNumbers(t *testing.T) {
	for _, c := range []struct {
		question, lang string
		names          []query.Constraint
		want           []givenNumber
	}{
		{"how many levels do you get with 10 bit per channel", "en", nil, []givenNumber{{value: 10}}},
		{"when did the 500,000 dong note come out", "en", nil, []givenNumber{{value: 500000}}},
		{"wann kam der 500.000-Dong-Schein heraus", "de", nil, []givenNumber{{value: 500000}}},
		{"region 2 dvd player", "en", nil, []givenNumber{{value: 2, label: true, noun: "region"}}},
		{"utf-16 bytes pro zeichen", "de", nil, []givenNumber{{digits: "16", label: true}}},
		{"wann wurde die Fähre 1990 gebaut", "de", nil, nil},                                                                                    // a year
		{"what happened in 492", "en", nil, nil},                                                                                                // a year after "in"
		{"wer führte um 460 v. chr. das heer", "de", nil, nil},                                                                                  // a year before an era
		{"roman fleet commander 148 bc", "en", nil, nil},                                                                                        //
		{"what did kublai's 2nd attempt cost", "en", nil, nil},                                                                                  // an ordinal
		{"was tat die 3. Division", "de", nil, nil},                                                                                             //
		{"which three captains sailed", "en", nil, nil},                                                                                         // a number in words
		{"how many died after 9/11", "en", nil, nil},                                                                                            // beside a slash
		{"wann landete Apollo 11", "de", []query.Constraint{{Kind: query.Named, Key: "apollo 11", Text: "Apollo 11", Start: 13, End: 22}}, nil}, // the name's
		{"debian 12 codename", "en", nil, []givenNumber{{value: 12, label: true, noun: "debian"}}},
		{"wie hoch ist die Fähre", "de", nil, nil},
		{"500,000 dong note", "de", nil, []givenNumber{{value: 500000}}},                        // grouped by threes in either language
		{"When did the 500.000 dong note come out?", "en", nil, []givenNumber{{value: 500000}}}, //
		{"Wie viele Stufen liefern 10 Bit pro Kanal?", "de", nil, []givenNumber{{value: 10}}},   // after a verb: a quantity
		{"Was geschah am 27.1.2020?", "de", nil, nil},                                           // a date
		{"what happened at 10:30", "en", nil, nil},                                              // a time
		{"Welche Fähre hat mehr als 500 Plätze?", "de", nil, nil},                               // a bound
		{"ferries with at least 3 decks", "en", nil, nil},                                       //
		{"what was the 2nd attempt", "en", nil, nil},                                            // an ordinal before a no-break space
		{"Warum gab es das Jahr-2000-Problem?", "de", nil, nil},                                 // a year, hyphened
		{"utf-16le bytes", "en", nil, []givenNumber{{digits: "16", label: true}}},
		{"Welche Spannung haben 230 V Geräte?", "de", nil, []givenNumber{{value: 230}}}, // volts, no era
	} {
		got := givenNumbers(c.question, c.lang, c.names)
		if !slices.Equal(got, c.want) {
			t.Errorf("givenNumbers(%q) = %+v, want %+v", c.question, got, c.want)
		}
	}
}

func TestStatesNumbers(t *testing.T) {
	for _, c := range []struct {
		text, lang string
		nums       []givenNumber
		want       bool
	}{
		{"Mit 8 Bit pro Kanal gibt es 256 Stufen.", "de", []givenNumber{{value: 10}}, false},
		{"Mit 10 Bit pro Kanal gibt es 1024 Stufen.", "de", []givenNumber{{value: 10}}, true},
		{"Der 500.000-Đồng-Schein kam 2003.", "de", []givenNumber{{value: 500000}}, true},
		{"The 500,000 dong note came out in 2003.", "en", []givenNumber{{value: 500000}}, true},
		{"Die zehnte Staffel beginnt im Mai.", "de", []givenNumber{{value: 10}}, true}, // an ordinal in words
		{"Zehn Fähren fahren.", "de", []givenNumber{{value: 10}}, true},                // a number in words
		{"UTF-32 uses four bytes.", "en", []givenNumber{{digits: "16"}}, false},
		{"UTF-16 uses two or four bytes.", "en", []givenNumber{{digits: "16"}}, true},
		{"Es gibt keine Zahl.", "de", nil, true},
		{"Der 500.000-Đồng-Schein kam 2003.", "de", []givenNumber{{value: 500}}, false},      // no number inside a bigger one
		{"Seit 10 Jahren gibt es 8 Bit pro Kanal.", "de", []givenNumber{{value: 10}}, false}, // a count of time
		{"Es gibt Dutzende Fähren.", "de", []givenNumber{{value: 12}}, false},                // a rough number
		{"Achten Sie auf die Fähre.", "de", []givenNumber{{value: 8}}, false},                // a verb, no ordinal
		{"Die Fähre Zone1 fährt.", "de", []givenNumber{{value: 1}}, true},                    // digits figure does not read
	} {
		if got := statesNumbers(c.text, c.lang, c.nums, true); got != c.want {
			t.Errorf("statesNumbers(%q, %+v) = %v, want %v", c.text, c.nums, got, c.want)
		}
	}
}

// A number the question gives of what it asks about is one the passage,
// its neighbours or (for a number after a word, which tells one thing from
// others of its kind) its source must give: the figure for 8 bits answers
// nothing of 10 bits, and a source on region 1 nothing of region 2.
func TestGivenNumbersMustBeStated(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("farben", "2022-09", "Farbtiefe ist ein weites Feld.\n\nMit 8 Bit pro Kanal gibt es genau 256 Stufen für jede Farbe."),
		source("zonen", "2022-09", "Ländercodes sind alt.\n\nEin Abspielgerät der Zone 1 spielt nur Scheiben aus Nordamerika ab."),
		// The collection gives the numbers elsewhere: they are no names it lacks.
		source("hafen", "2022-09", "Die Fähre fährt seit 10 Jahren mit 10 Booten von Steg 2 ab."),
		unrelated("u1", "2022-09"), unrelated("u2", "2022-09"),
	}, Options{})
	wantFirst(t, e, "Wie viele Stufen gibt es mit 8 Bit pro Kanal?", "256 Stufen")
	wantFirst(t, e, "Wie viele Stufen gibt es mit 10 Bit pro Kanal?", "")
	wantFirst(t, e, "Welche Scheiben spielt ein Abspielgerät der Zone 1 ab?", "Nordamerika")
	wantFirst(t, e, "Welche Scheiben spielt ein Abspielgerät der Zone 2 ab?", "")
}

// A label is given by its source at large (the Zone 3 of the title's
// paragraph, far from the answer); a quantity only by the passage and its
// neighbours, and not by a count of time there ("seit 10 Jahren").
func TestGivenNumbersWhereStated(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("suedamerika", "2022-09", "Die Zone 3 umfasst Südamerika.\n\nDas ist lange her.\n\nEs gab viele Streitfragen.\n\nEin Abspielgerät spielt nur Scheiben aus Brasilien ab."),
		source("farben", "2022-09", "Farbtiefe ist seit 10 Jahren ein weites Feld.\n\nMit 8 Bit pro Kanal gibt es genau 256 Stufen für jede Farbe."),
		source("hafen", "2022-09", "Die Fähre fährt mit 10 Booten von Steg 2 ab."),
		unrelated("u1", "2022-09"), unrelated("u2", "2022-09"),
	}, Options{})
	wantFirst(t, e, "Welche Scheiben spielt ein Abspielgerät der Zone 3 ab?", "Brasilien")
	wantFirst(t, e, "Wie viele Stufen gibt es mit 10 Bit pro Kanal?", "")
}

// A label the paragraph gives as an ordinal before its noun and the
// answer ("die erste Version … 73 Sprachen") is given: "Version 1" is met,
// "Version 2" is not, nor is "Version 1" by an ordinal of another noun
// ("in der ersten Woche … eine neue Version").
func TestGivenLabelInWordsEarlierInTheParagraph(t *testing.T) {
	// An article whose paragraph opens as given and ends with the answer,
	// beside one that writes the figure 1, so that it is no name the
	// collection lacks.
	article := func(opening string) *Engine {
		return newTestEngine(t, []store.Source{
			source("a", "2022-09", opening+" Sie enthält neue Treiber. Sie nutzt ein neues Thema. Das Programm unterstützt 73 Sprachen."),
			source("verein", "2022-09", "Der Verein hat 1 Haus und 2 Boote."),
			unrelated("u1", "2022-09"), unrelated("u2", "2022-09"),
		}, Options{})
	}
	e := article("Das Team hat die erste Version des Programms vorgestellt.")
	wantFirst(t, e, "Wie viele Sprachen unterstützt das Programm in Version 1?", "73 Sprachen")
	wantFirst(t, e, "Wie viele Sprachen unterstützt das Programm in Version 2?", "")
	e = article("Das Team hat in der ersten Woche des Jahres eine neue Version des Programms vorgestellt.")
	wantFirst(t, e, "Wie viele Sprachen unterstützt das Programm in Version 1?", "")
}

// FuzzGivenNumbers reads any question without failing, and every number it
// finds in a question is one the question itself states.
func FuzzGivenNumbers(f *testing.F) {
	for _, s := range []string{"how many levels with 10 bit", "utf-16 bytes", "die 3. Division", "9/11", "500,000 dong", "x-", "-1", "1.000.000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, lang := range []string{"de", "en"} {
			nums := givenNumbers(q, lang, nil)
			if !statesNumbers(q, lang, nums, true) {
				t.Errorf("givenNumbers(%q, %s) = %+v, which the question does not state", q, lang, nums)
			}
		}
	})
}
