// Package testpages holds real-looking article pages (navigation, cookie
// banners, comments, teasers of other articles, JSON-LD) for tests of
// fetching and extraction, and a local server that serves them.
package testpages

import (
	"embed"
	"net/http"
	"net/http/httptest"
	"testing"
)

//go:embed *.html
var pages embed.FS

// The pages, by file name.
const (
	// Bundeswehr is a German article with a JSON-LD NewsArticle (date,
	// two authors, publisher), Open Graph tags, a relative canonical link,
	// a cookie banner, navigation, a teaser box, comments and a sidebar.
	Bundeswehr = "bundeswehr.html"
	// Guardian is an English article whose date is only in
	// article:published_time, with a profile address as article:author.
	Guardian = "guardian-like.html"
	// Undated is a German article that states no date anywhere.
	Undated = "undated.html"
	// TimeOnly dates itself only by a <time> in its <article> (and has a
	// misleading <time> in its page header).
	TimeOnly = "timeonly.html"
	// FrontPage is a list of teasers: no article.
	FrontPage = "frontpage.html"
)

// Page returns a page's bytes.
func Page(name string) []byte {
	data, err := pages.ReadFile(name)
	if err != nil {
		panic("testpages: no page " + name)
	}
	return data
}

// Site is a local web server with the pages at /<name> (text/html) and
// whatever a test adds to Mux.
type Site struct {
	URL string
	Mux *http.ServeMux
}

// Serve starts a Site on 127.0.0.1 for the length of the test.
func Serve(t testing.TB) *Site {
	t.Helper()
	mux := http.NewServeMux()
	entries, _ := pages.ReadDir(".")
	for _, e := range entries {
		data := Page(e.Name())
		mux.HandleFunc("/"+e.Name(), func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(data)
		})
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return &Site{URL: srv.URL, Mux: mux}
}
