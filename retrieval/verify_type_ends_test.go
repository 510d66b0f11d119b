package retrieval

import (
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/timex"
	"github.com/quellen/quellen/store"
)

func TestSetsPeriod(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Tenants may cancel the lease within 14 days of moving in.", true},
		{"Sie sollten den Schaden innerhalb von drei Wochen melden.", true},
		{"Die Truppen werden binnen sechs Monaten abziehen.", true},
		{"The troops will leave within the next 12 to 18 months.", true},
		{"Der Einspruch ist binnen eines Monats einzulegen.", true}, // "ist … zu"
		{"Visitors have to register within 24 hours!", true},
		{"Innerhalb von drei Wochen eroberten die Truppen Bagdad.", false}, // told of the past
		{"Innerhalb der letzten zwei Jahre wurden 200 Soldaten getötet.", false},
		{"Within a year of the invasion, 4,000 soldiers had died.", false},
		{"In May 2003 the troops took Baghdad within three weeks.", false},            // a month, no modal
		{"The troops, who will be honoured, took Baghdad within three weeks.", false}, // the modal of another clause
		{"The troops will stay within the borders for years.", false},                 // no period after "within"
		{"The base must stay within the Green Zone.", false},
		{"Das muss nach 21 Tagen geschehen.", false},
	} {
		if got := setsPeriod(c.text); got != c.want {
			t.Errorf("setsPeriod(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A sentence says how long something lasts by what ends it; "until" a
// date alone, a place or "bis zu" a figure does not.
func TestLastsUntil(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Gelöschte Briefe bleiben im Fach, bis Sie das Fach leeren.", true},
		{"You only see the old timetable until you close the window.", true},
		{"Die Fähre fährt, bis der Vertrag ausläuft.", true},
		{"The ferry runs till the harbour closes.", true},
		{"Die Fähre fährt bis zum Hafen.", false},              // a place
		{"Die Fähre fährt bis 2025.", false},                   // a date, which the date rules read
		{"The ferry runs until 2025.", false},                  //
		{"Bis Sonntag bleibt die Brücke gesperrt.", false},     // a day
		{"Die Preise stiegen um bis zu zehn Prozent.", false},  // "bis zu"
		{"The ferry runs until. You close the window.", false}, // not across a sentence end
		{"The offer runs until the end of March.", true},       // by its end
	} {
		if got := lastsUntil(c.text); got != c.want {
			t.Errorf("lastsUntil(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A sentence says until when by another thing's end or its lasting; an
// end that is unknown, past, compared or only "bis zu" a figure does not.
func TestEndsWithAnother(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Sobald die Werft den Bau beendet, fährt das Schiff aus.", true},
		{"Die Brücke bleibt gesperrt, solange der Fluss Hochwasser führt.", true},
		{"The ferry runs as long as the harbour is open.", true},
		{"The school will keep the old buses until the lease expires.", true},
		{"Wir bleiben bis zum Ende der Saison.", true},
		{"Wenn der Verein den Platz aufgibt, endet auch das Training.", true}, // the main clause's verb ends it
		{"When the mayor arrived, the band played.", false},
		{"The ferry runs daily, and the season ends in May.", false}, // no opener before the end
		{"Bis dahin war alles ruhig, und am Ende gewann die Stadt.", false},
		{"Nobody knows when the strike of the bakers will end.", false},
		{"When the strike of the bakers ended, the shops opened.", false}, // told in the past
		{"The queue was as long as a football field.", false},
		{"Bis zu 500 Bäcker wollen den Streik beenden.", false},
		{"Wenn die Mannschaft das Endspiel erreicht, feiert die Stadt.", false},
		{"Wenn sich die Einstellung der Bürger ändert, wächst der Park.", false},
		{"When asked about the end of the war, he declined to comment.", false},
		{"Till the end, he denied everything.", false},
		{"Die Stationierung endet, wenn der Vertrag nicht verlängert wird.", true}, // the verb before the opener
		{"The occupation will end once the new army is trained.", true},
		{"Wenn der Krieg zu Ende ist, kehren die Flüchtlinge zurück.", true},
		{"When the war comes to an end, the troops go home.", true},
		{"The ferry runs until the end of the season.", true},
		{"Die Waffenruhe gilt, bis der Rat und die Stadt die Gespräche beenden.", true},
		{"He said when the mission ends, the troops will leave.", true},
		{"Bis die Kämpfe eingestellt wurden, starben viele.", false}, // a participle told in the past
		{"Wenn der Betrieb eingestellt wird, schließt der Hafen.", true},
		{"When police stop a car, they check papers.", false},
		{"Once passengers end up in the port, they wait.", false},
		{"The tunnel is twice as long as the old one.", false},
		{"Nobody knows exactly when the war will end.", false},
		{"Until its end, the war killed thousands.", false},
	} {
		if got := endsWithAnother(c.text); got != c.want {
			t.Errorf("endsWithAnother(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestStartsOnlyAt(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Visitors are not admitted to the tower until the restoration is complete.", true},
		{"You shouldn't feed the fish until the water has cleared.", true},
		{"You wonʼt get a key until you sign.", true},
		{"No boats may leave until the storm warning is lifted.", true},
		{"You may not eat or drink until the doctor allows it.", true},
		{"You may not use that road until May.", true}, // "that" as a determiner
		{"Residents may not return to their homes in the evacuated zone until Friday.", true},
		{"Die Bauern boten erst dann Hilfe an, als der Winter kam.", true},
		{"Gemäht wird erst ab Juli.", true},
		{"Man darf erst nach dem Ende der Brutzeit mähen.", true},
		{"The museum stays open until the end of the year.", false}, // an end, no start
		{"He would not comment, troops stayed until May.", false},   // another clause
		{"The government said it would not comment, and the troops will guard the airport until the terminal opens.", false},
		{"Officials did not say that troops would stay until May.", false},
		{"It is not clear who will stay until May.", false}, // a hedge
		{"Not only did the troops stay, they held the town until the spring.", false},
		{"Nobody was not surprised by the many quiet years of peace the small valley town enjoyed until the war.", false}, // too far
		{"Die Soldaten kamen erst nach Kuwait, nicht in den Irak.", false},                                                // where, not from when
		{"Erst 2020 wurde das geändert.", false},
	} {
		if got := startsOnlyAt(c.text); got != c.want {
			t.Errorf("startsOnlyAt(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// "Ab wann …?" is answered by what must come first ("erst ab dem Ende der
// Brutzeit"), though the sentence gives no date.
func TestStartAnsweredByWhatMustComeFirst(t *testing.T) {
	e := articleEngine(t, "2023-03", "Die Wiese am Fluss gehört der Gemeinde. "+
		"Die Wiese am Fluss wird erst ab dem Ende der Brutzeit gemäht.")
	wantFirst(t, e, "ab wann wird die wiese am fluss gemäht", "erst ab dem Ende")
}

// "How long …?" is answered by a clause of what ends it ("bis Sie das Fach
// leeren"), and "why …?" by the next sentence that gives the purpose of
// what the first says ("Sie tut dies, um …"), quoted with it.
func TestUntilAndPurposeAnswer(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("fach", "2022-09", "Das Fach ist praktisch.\n\nGelöschte Briefe bleiben im Fach, bis Sie das Fach leeren."),
		source("faehre", "2022-09", "Die Fähre ist neu.\n\nBei Sturm legt die Fähre sofort im Hafen an. Sie tut dies, um die Fahrgäste zu schützen."),
		unrelated("u1", "2022-09"), unrelated("u2", "2022-09"),
	}, Options{})
	wantFirst(t, e, "Wie lange bleiben gelöschte Briefe im Fach?", "bis Sie das Fach leeren")
	wantFirst(t, e, "Warum legt die Fähre bei Sturm im Hafen an?", "um die Fahrgäste zu schützen")
}

// A date that only repeats the year the question asks with says no more
// of when than the question does: the sentence that gives the day leads.
func TestYearAskedIsNoAnswer(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "1979-03", "The 1979 Zarnix referendum was a vote on the new harbour rules of Quaxo."),
		source("b", "1979-03", "The Zarnix referendum was held on 1 March 1979 in Quaxo, a day of rain."),
		unrelated("c", "1979-03"),
	}, Options{})
	wantFirst(t, e, "what date was the 1979 zarnix referendum", "1 March 1979")
	e = newTestEngine(t, []store.Source{
		source("a", "1979-03", "These early days of the 1979 Zarnix campaign were the most intense days of the Zarnix campaign."),
		source("b", "1979-04", "The Zarnix campaign ended on 30 March, and a vote followed in the town hall of Quaxo."),
		unrelated("c", "1979-03"),
	}, Options{})
	wantFirst(t, e, "when did the zarnix campaign 1979 end", "30 March")
	// Asked until when or since when, a sentence whose only date is the
	// year asked gives no answer at all: "The call for papers of Zarnix
	// 2015 is open" tells no deadline of it.
	e = newTestEngine(t, []store.Source{
		source("a", "2015-03", "The call for papers of the Zarnix conference 2015 in Quaxo is open now."),
		unrelated("c", "2015-03"),
	}, Options{})
	wantFirst(t, e, "zarnix conference 2015 call for papers deadline", "")
}

func TestSinceVersion(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Py_UNICODE has been deprecated since Python 3.3.", true},
		{"Capabilities werden seit der Kernel-Version 2.2 unterstützt.", true},
		{"The option was introduced in 1.21 and is on by default.", true},
		{"As of v1.70, the flag is stable.", true},
		{"Die Regel gilt seit dem 3.11.2020.", false},                     // a date in digits
		{"Since 2.5 percent of users complained, it was removed.", false}, // a share
		{"Since then the module has grown.", false},                       // no version
		{"The module was rewritten for Python 3.3.", false},               // no word of starting
		{"The fix is there since Python 2.7.18.", true},                   // a point release, no date
		{"Seit dem 1.1. gilt die Regel.", false},                          // a day and a month
		{"Die Frist gilt seit 2.5 Jahren.", false},                        // a length of time
		{"Die Läden öffnen seit 9.30 Uhr.", false},                        // an hour
		{strings.Repeat("seit 1 ", 20000), false},                         // long, and read in its length
	} {
		if got := sinceVersion(c.text); got != c.want {
			t.Errorf("sinceVersion(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// "Seit wann …?" and "When will …?" over software are answered by the
// version a thing dates from ("deprecated since Python 3.3") or happens in
// ("will be removed in Zarnix v1.18"), though the sentence gives no date.
func TestAnsweredByVersion(t *testing.T) {
	for _, c := range []struct {
		name, title, date, text, question, want string
	}{
		{"since", "Remove old APIs", "2020-06-01",
			"This proposal removes old APIs.\n\nThe widget API has been deprecated since Python 3.3. It will be removed in a later release.",
			"since when is the widget api deprecated", "deprecated since Python 3.3"},
		{"when", "Zarnix v1.17 released", "2024-06-12",
			"Zarnix v1.17 brings a new type checker.\n\nSupport for Zorpterm (a terminal for Windows) will be removed in Zarnix v1.18.",
			"when will zorpterm support be removed from zarnix", "v1.18"},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newTestEngine(t, []store.Source{
				{ID: "notes", Title: c.title, Language: "en", Published: store.Date{Value: c.date}, Hash: "n", Text: c.text},
				unrelated("u1", "2022-09"), unrelated("u2", "2022-09"),
			}, Options{Dictionary: embeddedDictionary})
			wantFirst(t, e, c.question, c.want)
		})
	}
}

func TestInVersion(t *testing.T) {
	for _, c := range []struct {
		text, question string
		want           bool
	}{
		{"Support for Zorp will be removed in Zarnix v1.18.", "when will zorp be removed", true},
		{"Die Portierung kam erstmals mit Zarnix 6.0 als Vorschau.", "wann kam die portierung", true},
		{"In Zarnix 3.17 the module will be removed.", "whats the feature freeze date for zarnix 3.17", false}, // the version asked
		{"The module will be removed in a later release.", "when will the module be removed", false},           // no version
		{"Die Frist endet in 2.5 Jahren.", "wann endet die frist", false},                                      // a length of time
		{"The rule applies from 3.11.2020.", "when does the rule apply", false},                                // a date
		{"Prices rose from 1.5 to 2 percent.", "when did prices rise", false},                                  // a figure
		{"In Zarnix 3.12 and 3.13 the module changed.", "when did the module change", false},                   // a span of versions
		{"The API is removed in Zarnix v1.18.0.", "when is the api removed from zarnix 1.18", false},           // the version asked
		{"The API is removed in Zarnix 3.1.", "when is the api of zarnix 3.12 removed", true},                  // another version than asked
	} {
		if got := inVersion(c.text, c.question); got != c.want {
			t.Errorf("inVersion(%q, %q) = %v, want %v", c.text, c.question, got, c.want)
		}
	}
}

func TestLastsUpToNow(t *testing.T) {
	for _, c := range []struct {
		text, lang string
		want       bool
	}{
		{"Seit rund drei Monaten betreibt der Verein die Fähre.", "de", true},
		{"Er war seit zwei Jahren tot, als man ihn fand.", "de", false},                        // told in the past
		{"It's been open for a month.", "en", true},                                            // "'s been"
		{"The guild has not run the ferry for two years.", "en", false},                        // "run" is no "-ed" form read
		{"The guild has need of a ferry for two years.", "en", false},                          // "need" is no participle
		{"The yard, which has operated since 2019, ran the ferry for two years.", "en", false}, // the perfect is another clause's
		{"Die Stiftung unterstützt das Projekt schon seit über zehn Jahren.", "de", true},
		{"The guild has been running the ferry for two years.", "en", true},
		{"The guild ran the ferry for two years.", "en", false},           // no present perfect: over and done
		{"Die Fähre fuhr zwei Jahre lang.", "de", false},                  // no "seit"
		{"Seit Jahren betreibt der Verein die Fähre.", "de", false},       // no amount
		{"Seit dem 3. März betreibt der Verein die Fähre.", "de", false},  // a date, read as such
		{"The guild has been running the ferry since 2019.", "en", false}, // a date, read as such
		{"The ferry has carried passengers for decades.", "en", false},    // no amount
	} {
		tags := timex.Tag(c.text, timex.Options{Lang: c.lang})
		if got := lastsUpToNow(c.text, tags); got != c.want {
			t.Errorf("lastsUpToNow(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// "Seit wann …?" is answered by how long something has lasted up to its
// source's day ("seit rund drei Monaten"), though the sentence gives
// no date.
func TestStartAnsweredByLengthUpToNow(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("verein", "2021-04-01", "Der Hafenverein stellte sich vor.\n\nSeit rund drei Monaten betreibt der Verein die Fähre nach Lütjenholm. Sie fährt stündlich."),
		unrelated("u1", "2021-04"), unrelated("u2", "2021-04"),
	}, Options{})
	wantFirst(t, e, "seit wann betreibt der verein die fähre nach lütjenholm", "Seit rund drei Monaten")
}

// A version written alone with its "v" ("For example, v3.5.0 is
// scheduled …") is the version of what its source is about.
func TestABareVersionIsTheSubjects(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("b", "2020-11-11", "Zarnix adopted a release schedule for minor and patch releases.\n\n"+
			"For example, v3.5.0 is scheduled for Wednesday January 13th.\n"),
		unrelated("c", "2019-04-18"),
	}, Options{})
	wantFirst(t, e, "when is zarnix 3.5.0 scheduled", "v3.5.0 is scheduled")
	wantFirst(t, e, "when is zarnix 3.6.0 scheduled", "")
}
