package article

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/quellen/quellen/internal/testpages"
)

var testNow = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

// TestFromHTML reads the test pages as a moderator would add them: the
// article's text without navigation, cookie banner, teasers, comments or
// footer, and each piece of metadata from where the page states it.
func TestFromHTML(t *testing.T) {
	tests := []struct {
		page      string
		base      string
		title     string
		site      string
		author    string
		language  string
		canonical string
		date      Date
		has       []string // sentences of the article
		hasNot    []string // boilerplate
	}{
		{
			page: testpages.Bundeswehr, base: "https://www.nordkurier-beispiel.de/politik/bundeswehr-irak-mandat-100.html?utm_source=x",
			title: "Bundeswehr verlängert Ausbildungsmission im Irak", site: "Nordkurier Beispiel",
			author: "Katrin Vogel, Jonas Albrecht", language: "de",
			canonical: "https://www.nordkurier-beispiel.de/politik/bundeswehr-irak-mandat-100.html",
			date:      Date{"2024-10-15", "JSON-LD datePublished"},
			has: []string{
				"Die Obergrenze liegt künftig bei 300 Soldatinnen und Soldaten.",
				"Derzeit sind nach Angaben des Verteidigungsministeriums rund 260 deutsche Soldatinnen und Soldaten im Irak und in Jordanien stationiert.",
				"Das neue Mandat gilt bis zum 31. Oktober 2025.",
			},
			hasNot: []string{"Cookies", "Impressum", "Meistgelesen", "Leser4711", "Exit-Strategie", "Sturmwarnung", "Nato-Gipfel", "Alle akzeptieren", "Ihr Kommentar"},
		},
		{
			page: testpages.Guardian, base: "https://amp.dailyexample.co.uk/world/2025/apr/18/pentagon-syria-drawdown",
			title: "Pentagon confirms troop drawdown in Syria", site: "The Daily Example", author: "Sam Rivera", language: "en",
			canonical: "https://www.dailyexample.co.uk/world/2025/apr/18/pentagon-syria-drawdown",
			date:      Date{"2025-04-18", "meta article:published_time"},
			has:       []string{"will be cut to fewer than 1,000 over the coming months"},
			hasNot:    []string{"All rights reserved", "Related stories", "Iraq and US agree timetable"},
		},
		{
			page: testpages.Undated, base: "http://blog.example.org/koalition",
			title: "Hintergrund: Die Koalition gegen den IS", site: "blog.example.org", language: "de",
			has:    []string{"im Herbst 2014 gegründet"},
			hasNot: []string{"Impressum", "Themen"},
		},
		{
			page: testpages.TimeOnly, base: "https://news.example/gespraeche",
			title: "Neue Gespräche über Truppenabzug", site: "news.example",
			date: Date{"2024-01-25", "the first <time> of the article"},
			has:  []string{"eine neue Gesprächsrunde über die Zukunft"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			a, err := FromHTML(testpages.Page(tt.page), mustURL(tt.base), testNow)
			if err != nil {
				t.Fatal(err)
			}
			check := func(what, got, want string) {
				if got != want {
					t.Errorf("%s = %q, want %q", what, got, want)
				}
			}
			check("title", a.Title, tt.title)
			check("site", a.Site, tt.site)
			check("author", a.Author, tt.author)
			check("language", a.Language, tt.language)
			check("canonical", a.Canonical, tt.canonical)
			if a.Published != tt.date {
				t.Errorf("published = %+v, want %+v", a.Published, tt.date)
			}
			for _, s := range tt.has {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(a.Text, s) {
					t.Errorf("text has boilerplate %q:\n%s", s, a.Text)
				}
			}
			if strings.Contains(a.Text, "\n\n\n") || !strings.HasSuffix(a.Text, "\n") || strings.HasSuffix(a.Text, "\n\n") {
				t.Errorf("text not normalised: %q", a.Text)
			}
		})
	}
}

func TestFromHTMLRefusesPagesWithoutArticle(t *testing.T) {
	for _, body := range [][]byte{testpages.Page(testpages.FrontPage), []byte(""), []byte("<html><body><p>Kurz.</p></body></html>")} {
		if _, err := FromHTML(body, mustURL("https://news.example/"), testNow); !errors.Is(err, ErrNoArticle) {
			t.Errorf("%.40q: %v", body, err)
		}
	}
}

// TestDatesAreNeverGuessed: a page without a date has none; a future
// date or an unreadable one is not used but named in a warning.
func TestDatesAreNeverGuessed(t *testing.T) {
	body := func(meta string) []byte {
		return []byte(`<html><head>` + meta + `</head><body><article><h1>T</h1><p>` +
			strings.Repeat("Die Regierung hat neue Zahlen über die Truppen im Irak veröffentlicht. ", 12) + `</p></article></body></html>`)
	}
	tests := []struct {
		meta    string
		want    Date
		warning string
	}{
		{``, Date{}, ""},
		{`<meta property="article:published_time" content="2030-01-01T00:00:00Z">`, Date{}, "lies in the future"},
		{`<meta property="article:published_time" content="gestern">`, Date{}, "no date that can be read"},
		{`<meta property="article:published_time" content="09/10/2024">`, Date{}, "no date that can be read"},
		{`<meta property="article:published_time" content="kaputt"><meta name="date" content="2024-03-05">`, Date{"2024-03-05", "meta date"}, "no date that can be read"},
		{`<meta name="dc.date.issued" content="2024-03">`, Date{"2024-03", "meta dc.date.issued"}, ""},
	}
	for _, tt := range tests {
		a, err := FromHTML(body(tt.meta), mustURL("https://news.example/a"), testNow)
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != tt.want {
			t.Errorf("%s: published %+v, want %+v", tt.meta, a.Published, tt.want)
		}
		warned := strings.Join(a.Warnings, "; ")
		if tt.warning == "" && warned != "" || !strings.Contains(warned, tt.warning) {
			t.Errorf("%s: warnings %q, want %q", tt.meta, warned, tt.warning)
		}
	}
}

func TestCanonicalOnAnotherSiteIsIgnored(t *testing.T) {
	page := []byte(`<html><head><link rel="canonical" href="https://other-news.example/stolen"></head><body><article><p>` +
		strings.Repeat("Ein Satz über die Lage im Irak und die Truppen dort. ", 12) + `</p></article></body></html>`)
	a, err := FromHTML(page, mustURL("https://news.example/a"), testNow)
	if err != nil {
		t.Fatal(err)
	}
	if a.Canonical != "" || !strings.Contains(strings.Join(a.Warnings, ";"), "another site") {
		t.Errorf("canonical %q, warnings %q", a.Canonical, a.Warnings)
	}
	// An uploaded file has no address of its own: its canonical link is taken.
	a, err = FromHTML(page, nil, testNow)
	if err != nil || a.Canonical != "https://other-news.example/stolen" {
		t.Errorf("uploaded: %q, %v", a.Canonical, err)
	}
}

func TestFromText(t *testing.T) {
	a, err := FromText([]byte("# US-Truppen im Irak\r\n\r\n\r\nIm Irak sind 2.500 US-Soldaten stationiert.\u00a0Das sagte das Pentagon.\r\n"), mustURL("https://www.news.example/a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "US-Truppen im Irak" || a.Site != "news.example" || a.Published.Known() {
		t.Errorf("%+v", a.Metadata)
	}
	if want := "# US-Truppen im Irak\n\nIm Irak sind 2.500 US-Soldaten stationiert. Das sagte das Pentagon.\n"; a.Text != want {
		t.Errorf("text %q, want %q", a.Text, want)
	}
	if _, err := FromText([]byte(" \n\t\n"), nil); !errors.Is(err, ErrNoArticle) {
		t.Errorf("empty: %v", err)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"a", "a\n"},
		{"  \n\na  \n\n\n\nb\n\n", "a\n\nb\n"},
		{"Truppen\u00adabzug\u200b und\u00a0mehr\r\nZeile", "Truppenabzug und mehr\nZeile\n"},
		{"x\x00y\x1b[2Jz", "xy[2Jz\n"},
		{"\xffok", "ok\n"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHostileStructureIsRefusedBeforeParsing: a page nested too deeply or
// built of too many elements (which would hold the parser for hours) is
// refused by the scan before the parse; pages within the bounds are read.
func TestHostileStructureIsRefusedBeforeParsing(t *testing.T) {
	base := mustURL("https://news.example/a")
	sentence := "<p>Ein Satz über die Truppen im Irak und die Lage dort.</p>"
	tests := []struct {
		name string
		page string
		want error
	}{
		{"nested divs", strings.Repeat("<div>", 5_000_00/5), ErrTooComplex},
		{"nested spans closed late", strings.Repeat("<span>", 300) + strings.Repeat("</span>", 300), ErrTooComplex},
		{"too many elements", strings.Repeat("<b>x</b>", maxElements+1), ErrTooComplex},
		{"deep but within bounds", strings.Repeat("<div>", 200) + strings.Repeat(sentence, 20), nil},
		{"closed nesting repeated", strings.Repeat(strings.Repeat("<div>", 100)+sentence+strings.Repeat("</div>", 100), 20), ErrNoArticle},
		{"unclosed paragraphs are not nesting", strings.Repeat("<p>Ein Satz über die Truppen im Irak. ", 2000), nil},
	}
	for _, tt := range tests {
		_, err := FromHTML([]byte(tt.page), base, testNow)
		if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
	}
}
