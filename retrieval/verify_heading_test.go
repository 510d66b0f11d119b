package retrieval

import (
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/store"
)

// A heading states something where it labels a value or holds a verb;
// one that names a subject only does not.
func TestHeadingStates(t *testing.T) {
	for _, c := range []struct {
		lang, heading string
		want          bool
	}{
		{"en", "3.4 Release Manager: Larry Hastings", true},
		{"de", "CCC Chaostreff -> 40", true},
		{"en", "— Josh Aas, Co-Founder and Executive Director, ISRG", true},
		{"en", "Dan Hill is joining us in our strategic council", true},
		{"en", "SPARC removed from Jessie", true},
		{"en", "Fire destroyed the server", true},
		{"de", "Bundeswehr verlässt Mali", true},
		{"de", "Tagesordnung – Haushalt", true},
		{"en", "Matti Schneider", false},
		{"en", "PostgreSQL 9.6", false},
		{"en", "New log/slog package", false},
		{"de", "Seeschlacht bei Kap Bon", false},
		{"de", "Systemweite Einstellungen", false},
		{"en", "Support for Apple M1 devices", false},
		{"en", "Related articles", false},
		{"en", "Getting started", false},
		{"en", "Frequently asked questions", false},
		{"en", "United States", false},
		{"en", "Hundred Years War", false},
		{"en", "Embed", false},
		{"en", "Meeting at 19:30", false},
		{"en", "https://example.org/x", false},
		{"de", "Neue Funktionen", false},
		{"de", "Mehr zum Thema", false},
		{"en", "Oslo → Bergen", true},
		{"en", "Budget - approved", true},
		{"en", "The team took the prize", true},
		{"en", "Zarnix has a new parser", true},
	} {
		if got := headingStates(analysis.For(c.lang).Tokens(c.heading), c.heading, c.lang); got != c.want {
			t.Errorf("headingStates(%q, %s) = %v, want %v", c.heading, c.lang, got, c.want)
		}
	}
}

// A heading is searched and quoted where it states the answer; one that
// names its section's subject gives the sentences under it their subject
// but answers nothing itself.
func TestHeadingsAreSearchedAndRead(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		titled(englishSource("a", "2024-05-01", "This page lists the releases.\n\n"+
			"4.2 Release Manager: Kelbra Jorvan\n\n"+
			"Kelbra Jorvan\n\n"+
			"She has worked on the compiler since 2019.\n"), "Zarnix 4.2 release schedule"),
		source("b", "2024-05-01", "Seeschlacht bei Kap Bon\n\n"+
			"Dabei wurden 16 Schiffe von den Römern versenkt und 114 Schiffe gekapert.\n"),
		englishSource("d", "2024-06-01", "Attendees\n\nOskar Velmont\n\nNotes\n\nThe call discussed the budget.\n"),
		unrelated("c", "2024-05-01"),
	}, Options{})
	wantFirst(t, e, "who is the zarnix 4.2 release manager", "Kelbra Jorvan")
	wantFirst(t, e, "Wie viele Schiffe wurden bei Kap Bon gekapert?", "114 Schiffe gekapert")
	// A line of a roll that only names someone tells nothing of them.
	wantFirst(t, e, "oskar velmont organisation", "")
}

// A heading that states the answer leads only where no sentence answers
// about as well: the sentence under it says more.
func TestSentenceLeadsItsHeading(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("a", "2024-05-01", "Zarnix 3.1 added a TOML parser\n\n"+
			"The new release of Zarnix reads its settings from TOML files, which the parser that 3.1 adds reads twice as fast as the old one did.\n\n"+
			"Other changes\n\nThe manual was rewritten.\n"),
		unrelated("c", "2024-05-01"),
	}, Options{})
	wantFirst(t, e, "zarnix 3.1 toml parser", "twice as fast")
}

// A heading's dates are the timeline's as a sentence's are: "November
// 2002: Fire destroyed the server" dates the fire.
func TestHeadingsDateTheTimeline(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("a", "2003-01-10", "November 2002: Fire destroyed the Zarnix server\n\nThe fire brigade came late.\n"),
		unrelated("b", "2003-01-10"),
	}, Options{})
	tl, err := e.Timeline(t.Context(), TimelineQuery{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range tl.Events {
		if strings.HasPrefix(ev.Date, "2002-11") && strings.Contains(ev.Quote, "Fire destroyed") {
			return
		}
	}
	t.Errorf("no event of November 2002 quoting the heading in %+v", tl.Events)
}

// A source's passages are its sentences and its headings but the line
// that prints its title; datelines and credits are none.
func TestIsPassage(t *testing.T) {
	for _, c := range []struct {
		text string
		kind segment.Kind
		want bool
	}{
		{"Die Truppen ziehen ab.", segment.Sentence, true},
		{"Seeschlacht bei Kap Bon", segment.Heading, true},
		{"# Truppenabzug aus Mali", segment.Heading, false}, // the title
		{"Truppenabzug aus Mali | tagesschau.de", segment.Heading, false},
		{"Berlin, 3. Januar 2020", segment.Dateline, false},
		{"Foto: dpa", segment.Credit, false},
	} {
		if got := IsPassage("Truppenabzug aus Mali", c.text, c.kind); got != c.want {
			t.Errorf("IsPassage(%q, %s) = %v, want %v", c.text, c.kind, got, c.want)
		}
	}
}
