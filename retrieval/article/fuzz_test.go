package article

import (
	"bytes"
	"errors"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"

	"github.com/quellen/quellen/internal/testpages"
)

var dateValue = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// FuzzParseDate: whatever a page writes as its date, a date that is read
// is a real calendar date in one of three precisions, and reading it again
// gives it back.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-10-15T17:45:00+02:00", "2024-02-30", "20240927", "27.09.2024, 17:45 Uhr", "27. September 2024",
		"September 27, 2024", "Fri, 27 Sep 2024 18:30:00 GMT", "2024-09", "2024", "09/10/2024", "0001-01-01", "märz 2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseDate(s)
		if !ok {
			if v != "" {
				t.Fatalf("ParseDate(%q) = %q but not ok", s, v)
			}
			return
		}
		if !dateValue.MatchString(v) {
			t.Fatalf("ParseDate(%q) = %q", s, v)
		}
		if again, ok := ParseDate(v); !ok || again != v {
			t.Fatalf("ParseDate(%q) = %q, which reads as %q, %v", s, v, again, ok)
		}
	})
}

// FuzzParseJSONLD: any script block gives articles whose values are
// single printable lines, and never panics.
func FuzzParseJSONLD(f *testing.F) {
	for _, s := range []string{
		`{"@type":"NewsArticle","headline":"H","datePublished":"2024-01-02","author":[{"name":"A"},"B"]}`,
		`{"@graph":[{"@type":["WebPage"],"mainEntity":{"@type":"Article","headline":"x"}}]}`,
		`[{"@type":"schema:BlogPosting","author":{"name":{"name":"deep"}}}]`,
		"<!-- {\"@type\":\"Article\",\"headline\":\"a\nb\"} -->",
		`{"@type":"Article","inLanguage":{"alternateName":"de"},"mainEntityOfPage":{"@id":"https://x/y"}}`,
		`[[[[[[[[[{"@type":"Article"}]]]]]]]]]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, block string) {
		for _, ld := range ParseJSONLD(block) {
			for _, v := range []string{ld.Type, ld.Headline, ld.DatePublished, ld.Author, ld.Publisher, ld.Language, ld.URL} {
				checkLine(t, v)
			}
		}
	})
}

// FuzzReadMetadata: any page's metadata are single printable lines, a
// date is as ParseDate reads it, a canonical address is an http(s) address
// on the page's own site.
func FuzzReadMetadata(f *testing.F) {
	for _, p := range []string{testpages.Bundeswehr, testpages.Guardian, testpages.TimeOnly, testpages.Undated} {
		f.Add(testpages.Page(p))
	}
	f.Add([]byte(`<html lang="de_AT"><meta property="article:published_time" content="2024-13-01"><link rel="Canonical alternate" href="//news.example/c"><time pubdate>27. Mai 2024</time>`))
	base, _ := url.Parse("https://www.news.example/a/b")
	f.Fuzz(func(t *testing.T, page []byte) {
		if checkStructure(page) != nil {
			return // refused before parsing, as FromHTML does
		}
		doc, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			return
		}
		m := ReadMetadata(doc, base)
		for _, v := range []string{m.Title, m.Site, m.Author, m.Language, m.Canonical, m.Published.Value, m.Published.From} {
			checkLine(t, v)
		}
		if m.Published.Known() && !dateValue.MatchString(m.Published.Value) {
			t.Fatalf("date %q", m.Published.Value)
		}
		if m.Language != "" && (len(m.Language) < 2 || len(m.Language) > 3 || strings.ToLower(m.Language) != m.Language) {
			t.Fatalf("language %q", m.Language)
		}
		if m.Canonical != "" {
			u, err := url.Parse(m.Canonical)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !sameSite(base, u) {
				t.Fatalf("canonical %q", m.Canonical)
			}
		}
	})
}

// FuzzFromHTML: the whole extraction never panics, refuses with
// ErrNoArticle when it finds no article, and stores normalised text.
func FuzzFromHTML(f *testing.F) {
	for _, p := range []string{testpages.Bundeswehr, testpages.Guardian, testpages.FrontPage} {
		f.Add(testpages.Page(p))
	}
	base, _ := url.Parse("https://news.example/a")
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := FromHTML(page, base, testNow)
		if err != nil {
			if !errors.Is(err, ErrNoArticle) && !errors.Is(err, ErrTooComplex) && !strings.Contains(err.Error(), "cannot be read as HTML") {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if a.Text != Normalize(a.Text) {
			t.Fatalf("text not normalised: %q", a.Text)
		}
		if len(strings.Fields(a.Text)) < MinWords {
			t.Fatalf("too short a text taken: %q", a.Text)
		}
	})
}

func checkLine(t *testing.T, v string) {
	t.Helper()
	if strings.IndexFunc(v, func(r rune) bool { return !unicode.IsPrint(r) }) >= 0 {
		t.Fatalf("value %q is not one printable line", v)
	}
}
