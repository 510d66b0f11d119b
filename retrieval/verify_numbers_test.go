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
		{"who gave the club the 310k grant", "en", nil, []givenNumber{{value: 310000}}}, // a scale written on to it
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
		// A dotted version is one label as written, with the name before it
		// unless that is a word of versions or time.
		{"how many packages failed to build with clang 3.4", "en", nil, []givenNumber{{digits: "3.4", label: true, noun: "clang", version: true}}},
		{"when was the 9.5 point release", "en", nil, []givenNumber{{digits: "9.5", label: true, version: true}}},
		{"welche namen gibt es seit 1.70", "de", nil, []givenNumber{{digits: "1.70", label: true, version: true}}},
		{"why was release 1.1 first", "en", nil, []givenNumber{{digits: "1.1", label: true, version: true}}},
		{"changes in go 1.21.3", "en", nil, []givenNumber{{digits: "1.21.3", label: true, noun: "go", version: true}}},
		{"was bringt go 1.21 gegenüber 1.20", "de", nil, []givenNumber{{digits: "1.21", label: true, noun: "go", version: true}, {digits: "1.20", label: true, version: true}}}, // a comparison's word names nothing
		{"population 2.5 million", "en", nil, []givenNumber{{value: 2500000, label: true, noun: "population"}}},                                                                 // a decimal before a scale
		{"a gain of 1.5 percent", "en", nil, nil}, // a measure: no version
		// A verb's past before a version names nothing; "go" does.
		{"which languages reached 1.0 in the zarnix 1.0 release", "en", nil, []givenNumber{{digits: "1.0", label: true, version: true}, {digits: "1.0", label: true, noun: "zarnix", version: true}}},
		{"what broke in go 1.8", "en", nil, []givenNumber{{digits: "1.8", label: true, noun: "go", version: true}}},
		{"which languages hit 2.0", "en", nil, []givenNumber{{digits: "2.0", label: true, version: true}}}, // a past as its base
		{"Was geschah am 3.11.2020?", "de", nil, nil}, // a date
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
		{"The city awarded the club a $310,000 grant.", "en", []givenNumber{{value: 310000}}, true},
		{"The city awarded the club a $310 grant.", "en", []givenNumber{{value: 310000}}, false},
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
		{"Go 1.21 is released.", "en", []givenNumber{{digits: "1.21", version: true}}, true},
		{"Go 1.21.3 fixes a bug.", "en", []givenNumber{{digits: "1.21", version: true}}, true},                                    // a point release of it
		{"Go 1.21 is released.", "en", []givenNumber{{digits: "1.2", version: true}}, false},                                      // no prefix of digits
		{"Go 11.21 is released.", "en", []givenNumber{{digits: "1.21", version: true}}, false},                                    //
		{"Go 1 and 21 others.", "en", []givenNumber{{digits: "1.21", version: true}}, false},                                      // no parts
		{"Build failures fell to 9.5% of packages.", "en", []givenNumber{{digits: "9.5", version: true}}, false},                  // a share
		{"Tests pass with Python 3.4 and Django 1.6.", "en", []givenNumber{{digits: "3.4", noun: "clang", version: true}}, false}, // another thing's
		{"A rebuild with Clang 3.4 failed.", "en", []givenNumber{{digits: "3.4", noun: "clang", version: true}}, true},
		{"Starting with go1.21 the toolchain…", "en", []givenNumber{{digits: "1.21", noun: "go", version: true}}, true},
		{"Go v1.21 ist da.", "de", []givenNumber{{digits: "1.21", noun: "go", version: true}}, true},
		{"For example, v3.5.0 is scheduled for January 13th.", "en", []givenNumber{{digits: "3.5.0", noun: "helm", version: true}}, true}, // a version alone is its source's
		{"v3.5.0 is scheduled for January 13th.", "en", []givenNumber{{digits: "3.5.0", noun: "helm", version: true}}, true},
		{"Kubernetes v3.5.0 is scheduled.", "en", []givenNumber{{digits: "3.5.0", noun: "helm", version: true}}, false},                        // another name's
		{"This marks the end of support for v3.4, released in 2019.", "en", []givenNumber{{digits: "3.4", noun: "etcd", version: true}}, true}, // after a function word, alone too
		{"Das Upgrade auf v3.4 ist einfach.", "de", []givenNumber{{digits: "3.4", noun: "etcd", version: true}}, true},
		{"This marks the end of support for Kubernetes v3.4.", "en", []givenNumber{{digits: "3.4", noun: "etcd", version: true}}, false}, // a name between
		{"Helm 3.5 supports Kubernetes (v1.20).", "en", []givenNumber{{digits: "1.20", noun: "helm", version: true}}, false},
		{"Teil V. 2.1 beschreibt es.", "de", []givenNumber{{digits: "2.1", noun: "helm", version: true}}, false}, // a Roman five, no v taken off
		{"Clang\u00a03.4 baut alles.", "de", []givenNumber{{digits: "3.4", noun: "clang", version: true}}, true},
		{"Django 1.6 is out.", "en", []givenNumber{{digits: "1.6", noun: "go", version: true}}, false},              // another name ending so
		{"Mozilla-Firefox 3.5 ist da.", "de", []givenNumber{{digits: "3.5", noun: "firefox", version: true}}, true}, // a hyphened name's end
		{"Go 1.21.13 fixes it.", "en", []givenNumber{{digits: "1.21", noun: "go", version: true}}, true},            // no date: no month 21
		{"Python 2.7.18 is the last.", "en", []givenNumber{{digits: "2.7", noun: "python", version: true}}, true},   // no date: a year of two digits without a word of dates
		{"Das gibt es seit 1.70.", "de", []givenNumber{{digits: "1.70", version: true}}, true},                      // no month 70
		{"Die Version erschien am 9.5.2017.", "de", []givenNumber{{digits: "9.5", version: true}}, false},           // a date in digits
		{"Die Frist endet am 3.11. um Mitternacht.", "de", []givenNumber{{digits: "3.11", version: true}}, false},
		{"Ein Ticket kostet $2.50 am Automaten.", "en", []givenNumber{{digits: "2.50", version: true}}, false}, // a price
		{"Ein Ticket kostet 2.50 € am Automaten.", "de", []givenNumber{{digits: "2.50", version: true}}, false},
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

// A version the question names ("9.5", "clang 3.4") is one the passage's
// source must write, as a version, not as its parts ("9.2 … am 5.
// Oktober"), and after the name the question puts before it: a source
// that names Python 3.4 answers nothing of Clang 3.4; a point release
// ("3.5.1") meets its version.
func TestGivenVersionMustBeWritten(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("punkt", "2022-09", "Das Team pflegt die stabile Reihe.\n\nDie Version 9.2 erschien am 5. Oktober 2017."),
		{ID: "clang", Title: "Rebuild", Language: "en", Published: store.Date{Value: "2022-09-01"}, Hash: "c",
			Text: "The archive was rebuilt.\n\nWith Clang 3.5.1, 1261 packages failed to build, 4 fewer than 3 years ago. The tests pass with Python 3.4."},
		unrelated("u1", "2022-09"), unrelated("u2", "2022-09"),
	}, Options{})
	wantFirst(t, e, "wann erschien die 9.2", "5. Oktober 2017")
	wantFirst(t, e, "wann erschien die 9.5", "")
	wantFirst(t, e, "how many packages failed to build with clang 3.5", "1261 packages")
	wantFirst(t, e, "how many packages failed to build with clang 3.4", "")
}

// A title that names the thing and its release gives the source that
// release, though no sentence writes the two together.
func TestTitleGivesVersion(t *testing.T) {
	zarnix := givenNumber{digits: "1.0", label: true, noun: "zarnix", version: true}
	for _, c := range []struct {
		title string
		n     givenNumber
		want  bool
	}{
		{"Zarnix Project is now 1.0 and ready for production", zarnix, true},
		{"Zarnix 1.0.2 released", zarnix, true},                               // a point release of it
		{"Zarnix Project is now 1.1 and ready for production", zarnix, false}, // another release
		{"Now 1.0: the Zarnix Project", zarnix, false},                        // the name after the number
		{"Quarnix is now 1.0", zarnix, false},                                 // another thing
		{"Zarnix grows by 1.0 percent", zarnix, false},                        // a measure
		{"Zarnix adds OAuth 1.0 support", zarnix, false},                      // another thing's version
		{"Zarnix Version 1.0", zarnix, true},
		{"Zarnix is now 1.0", givenNumber{digits: "1.0", label: true, version: true}, false}, // no noun asked: nothing to give
	} {
		if got := titleGivesVersion(c.title, "en", c.n); got != c.want {
			t.Errorf("titleGivesVersion(%q, %+v) = %v, want %v", c.title, c.n, got, c.want)
		}
	}
}

func TestVersionGivenByTitle(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		{ID: "zarnix", Title: "Zarnix Project is now 1.0 and ready for production", Language: "en", Published: store.Date{Value: "2016-08-23"}, Hash: "z",
			Text: "Today the project reached a milestone.\n\nLanguages moving to 1.0 include C++, Java and Go across Linux and Mac."},
		unrelated("u1", "2022-09"), unrelated("u2", "2022-09"),
	}, Options{})
	wantFirst(t, e, "which languages reached 1.0 with the zarnix 1.0 release", "Languages moving to 1.0")
	wantFirst(t, e, "which languages reached 1.1 with the zarnix 1.1 release", "")
}

func TestOtherVersion(t *testing.T) {
	go121 := []givenNumber{{digits: "1.21", label: true, noun: "go", version: true}}
	for _, c := range []struct {
		text string
		nums []givenNumber
		want bool
	}{
		{"In Go 1.23, overhead is small.", go121, true},
		{"Go 1.21.3 and Go 1.22 fix it.", go121, false}, // a point release of the question's
		{"Go 1.2 is old.", go121, true},                 // no prefix of digits
		{"Python 3.12 is out.", go121, false},           // another name's
		{"Version 1.23 is out.", go121, false},          // no name: nothing to tell apart
		{"For example, v1.23 is out.", go121, false},    // a version alone names no other
		{"In Go 1.23, overhead is small.", []givenNumber{{digits: "1.21", label: true, version: true}}, false},                                   // a question's version without a name
		{"Go 1.23 Release Notes", []givenNumber{{value: 5}}, false},                                                                              // no version asked
		{"In Go 1.23, it is faster.", append(go121, givenNumber{digits: "1.23", label: true, noun: "go", version: true}), false},                 // the other asked one
		{"In Go 1.23, it is faster than in Go 1.21.", append(go121, givenNumber{digits: "1.23", label: true, noun: "go", version: true}), false}, // both asked
	} {
		if got := otherVersion(c.text, "en", c.nums); got != c.want {
			t.Errorf("otherVersion(%q, %+v) = %v, want %v", c.text, c.nums, got, c.want)
		}
	}
}

// A source titled by one release is about it: a version asked without a
// name ("during the 0.38.0 release cycle") that its passage does not give
// is another release's where the title names another.
func TestTitledByAnotherRelease(t *testing.T) {
	bare := []givenNumber{{digits: "0.38.0", label: true, version: true}}
	short := []givenNumber{{digits: "0.38", label: true, version: true}}
	two := []givenNumber{{digits: "0.37.0", label: true, version: true}, {digits: "0.38.0", label: true, version: true}}
	falco := map[string]bool{"falco": true, "prs": true}
	for _, c := range []struct {
		title string
		nums  []givenNumber
		want  bool
	}{
		{"Introducing Falco 0.40.0", bare, true},
		{"Introducing Falco 0.38.0", bare, false},
		{"Introducing Falco 0.38.1", short, false},                     // a point release of the one asked
		{"Introducing Falco 0.38", bare, false},                        // the same release, its zero left off
		{"Introducing Falco 0.38.0", two, false},                       // one of the versions asked
		{"Introducing Falco 0.40.0", two, true},                        // none of them
		{"Falco now supports Kubernetes 1.30", bare, false},            // another thing's release
		{"4.0.0", bare, true},                                          // a number alone titles its release
		{"Upgrading from Falco 0.39 to Falco 0.40", bare, false},       // two releases: about neither alone
		{"Falco Weekly 3 - 2024", bare, false},                         // no release
		{"Chapter 3.2: Routing", bare, false},                          // a part's number, no release
		{"Introducing Falco 0.40.0", []givenNumber{{value: 5}}, false}, // no version asked
		{"Introducing Falco 0.40.0", []givenNumber{{digits: "0.38.0", label: true, noun: "falco", version: true}}, false}, // named: otherVersion's
	} {
		if got := titledByAnotherRelease(c.title, "en", c.nums, falco); got != c.want {
			t.Errorf("titledByAnotherRelease(%q, %+v) = %v, want %v", c.title, c.nums, got, c.want)
		}
	}
}

// A version written after a version word is the version of the name
// before it in its sentence: "Zarnix ist in Version 4.2.0 erschienen"
// writes Zarnix 4.2.0, and the sentence after it, which says "diese
// Version", answers a question about Zarnix 4.2.0 by its neighbour.
func TestVersionWordOwnsTheNameBefore(t *testing.T) {
	for _, c := range []struct {
		text, digits string
		want         []string
	}{
		{"Der Editor Zarnix ist in Version 4.2.0 erschienen.", "4.2.0", []string{"version", "zarnix"}},
		{"Nun setzt Zarnix Python in Version 3.12 voraus.", "3.12", []string{"version", "python"}}, // the nearest name's
		{"Zarnix ist in Version v4.2 erschienen.", "4.2", []string{"version", "zarnix"}},
		{"Zarnix hat Version 4.2.1 veröffentlicht.", "4.2", []string{"version", "zarnix"}},
		{"Bundeskanzler Zarnix nannte Version 4.2.", "4.2", []string{"version", "zarnix"}}, // a noun of the lexicon opens the sentence
		{"Zarnix wurde gepflegt. Die Version 4.2 erschien.", "4.2", []string{"version"}},
		{"Zarnix 4.2 erschien.", "4.2", []string{"zarnix"}},
	} {
		if got := versionsWritten(c.text, "de")[c.digits]; !slices.Equal(got, c.want) {
			t.Errorf("versionsWritten(%q)[%q] = %q, want %q", c.text, c.digits, got, c.want)
		}
	}
	e := newTestEngine(t, []store.Source{
		source("z", "2025-04", "Der Editor Gazelle ist in Version 4.2.0 erschienen. Nach über anderthalb Jahren Arbeit bringt diese Version viele Neuerungen mit. Die Liste steht im Änderungsprotokoll.\n\nDer Editor Antilope ist in Version 4.3.0 erschienen."),
		unrelated("u1", "2025-04"), unrelated("u2", "2025-04"),
	}, Options{})
	wantFirst(t, e, "wie lange wurde an gazelle 4.2.0 gearbeitet", "anderthalb Jahren")
	wantFirst(t, e, "wie lange wurde an gazelle 4.3.0 gearbeitet", "")
}

// A quote about another release than the question's answers nothing of
// it, although its source names the question's elsewhere: the quote
// writes another release of the same name ("In Zarnix 2.5, …") and its
// source's title not the question's, or the title names another release
// and the quote and its neighbours not the question's. A quote that sets
// its source's own release against an older one ("smaller than with
// Zarnix 2.1" in the notes of 2.3) answers of the source's.
func TestVersionOfAnotherRelease(t *testing.T) {
	notes := func(version, text string) store.Source {
		return store.Source{ID: "notes-" + version, Title: "Zarnix " + version + " Release Notes", Language: "en",
			Published: store.Date{Value: "2022-09-01"}, Hash: version, Text: text}
	}
	e := newTestEngine(t, []store.Source{
		notes("2.3", "Zarnix 2.3 is the fourth release of the year.\n\nBinaries are 20% smaller than with Zarnix 2.1."),
		notes("2.5", "As announced with Zarnix 2.3, the old parser is gone.\n\nDocumentation moved to a new site.\n\nBuilds are faster than in Zarnix 2.3. In Zarnix 2.5, a build takes 40 seconds.\n\nMirrors keep their addresses.\n\nThe linker now runs 12 threads."),
		unrelated("u1", "2022-09"), unrelated("u2", "2022-09"),
	}, Options{})
	wantFirst(t, e, "how long does a build take in zarnix 2.5", "40 seconds")
	wantFirst(t, e, "how long does a build take in zarnix 2.3", "")
	wantFirst(t, e, "how many threads does the linker run in zarnix 2.5", "12 threads")
	wantFirst(t, e, "how many threads does the linker run in zarnix 2.3", "")
	wantFirst(t, e, "how much smaller are binaries in zarnix 2.3", "20% smaller")
}

// The version a question names counts nothing: "Zarnix 2.3 uses more
// threads" says not how many.
func TestAskedVersionIsNoCount(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		{ID: "notes", Title: "Zarnix 2.3 Release Notes", Language: "en", Published: store.Date{Value: "2022-09-01"}, Hash: "n",
			Text: "Zarnix 2.3 uses more threads than before.\n\nThe parser is new."},
		englishSource("u1", "2022-09", "The linker runs 12 threads in the old toolchain of another project."),
		unrelated("u2", "2022-09"),
	}, Options{})
	wantFirst(t, e, "how many threads does zarnix 2.3 use", "")
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
