package article

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/publicsuffix"
)

// Metadata is what a page says of itself, each value from the best place
// the page states it; Warnings say what was found but not used.
type Metadata struct {
	Title     string
	Site      string
	Author    string
	Language  string // the primary language subtag, lower case: "de", "en", "fr"; "" when unstated
	Canonical string // an absolute http(s) address; "" when the page names none usable
	Published Date
	Warnings  []string
}

// page is what one walk over the document collects.
type page struct {
	lang     string
	title    string
	h1       string
	meta     map[string]string // lower-case name, property, itemprop or http-equiv → first content
	links    []string          // rel=canonical hrefs
	jsonLD   []string
	times    []timeElement
	articles int // <article> elements seen
}

type timeElement struct {
	value     string // datetime, else the element's text
	published bool   // itemprop=datePublished or the pubdate attribute
	inArticle bool   // inside <article> or <main>
}

// excludedWords in a class or id mark containers whose dates are not the
// article's: comments, teasers of other articles, sidebars.
var excludedWords = []string{"comment", "kommentar", "related", "teaser", "sidebar", "recommend", "empfehl", "more-articles", "newsletter"}

// ReadMetadata reads a parsed page's metadata. base is the page's address
// (after redirects), for relative addresses and the site's host; nil for a
// page that was uploaded, not fetched.
func ReadMetadata(doc *html.Node, base *url.URL) Metadata {
	p := collect(doc)
	var m Metadata
	var lds []LinkedData
	for _, block := range p.jsonLD {
		lds = append(lds, ParseJSONLD(block)...)
	}
	ld := LinkedData{}
	if len(lds) > 0 {
		ld = lds[0]
	}

	m.Site = first(p.meta["og:site_name"], ld.Publisher, p.meta["application-name"])
	m.Title = first(ld.Headline, p.meta["og:title"], p.meta["twitter:title"], p.meta["title"], p.meta["dc.title"],
		stripSite(p.title, m.Site), p.h1)
	if m.Site == "" && base != nil {
		m.Site = strings.TrimPrefix(strings.ToLower(base.Hostname()), "www.")
	}
	author := p.meta["article:author"]
	if strings.Contains(author, "://") {
		author = "" // a profile address, not a name
	}
	m.Author = first(ld.Author, p.meta["author"], author, p.meta["dc.creator"], p.meta["byl"])
	m.Language = primaryLanguage(first(p.lang, p.meta["content-language"], p.meta["dc.language"], ld.Language, p.meta["og:locale"]))
	m.Canonical, m.Warnings = canonical(base, append(append(p.links, p.meta["og:url"]), ld.URL))
	m.Published, m.Warnings = published(p, lds, m.Warnings)
	return m
}

// collect walks the document once.
func collect(doc *html.Node) *page {
	p := &page{meta: map[string]string{}}
	var walk func(n *html.Node, inArticle, excluded bool, depth int)
	walk = func(n *html.Node, inArticle, excluded bool, depth int) {
		if depth > 512 {
			return // the parser nests at most 512 deep; nothing sane is below
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if p.lang == "" {
					p.lang = attr(n, "lang")
					if p.lang == "" {
						p.lang = attr(n, "xml:lang")
					}
				}
			case atom.Title:
				if p.title == "" {
					p.title = clean(textOf(n))
				}
			case atom.H1:
				if p.h1 == "" && !excluded {
					p.h1 = clean(textOf(n))
				}
			case atom.Meta:
				content := clean(attr(n, "content"))
				for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
					if k := strings.ToLower(strings.TrimSpace(attr(n, key))); k != "" && content != "" {
						if _, seen := p.meta[k]; !seen {
							p.meta[k] = content
						}
					}
				}
			case atom.Link:
				if hasToken(attr(n, "rel"), "canonical") {
					if href := strings.TrimSpace(attr(n, "href")); href != "" {
						p.links = append(p.links, href)
					}
				}
			case atom.Script:
				if t := strings.ToLower(strings.TrimSpace(attr(n, "type"))); t == "application/ld+json" {
					p.jsonLD = append(p.jsonLD, textOf(n))
				}
				return
			case atom.Article, atom.Main:
				inArticle = true
				p.articles++
			case atom.Nav, atom.Aside, atom.Footer:
				excluded = true
			case atom.Time:
				if !excluded {
					value, pub := attr(n, "datetime"), false
					if value == "" {
						value = textOf(n)
					}
					if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
						pub = true
					}
					p.times = append(p.times, timeElement{value: clean(value), published: pub, inArticle: inArticle})
				}
			}
			if !excluded {
				marks := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
				for _, w := range excludedWords {
					if strings.Contains(marks, w) {
						excluded = true
						break
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle, excluded, depth+1)
		}
	}
	walk(doc, false, false, 0)
	return p
}

// published picks the page's publication date from the most reliable
// place that states one: the article's JSON-LD datePublished, the
// article:published_time of Open Graph, other common meta tags, a <time>
// marked as the publication date, and the first <time> in the article. A
// date that cannot be read is passed over with a warning, never guessed.
func published(p *page, lds []LinkedData, warnings []string) (Date, []string) {
	type candidate struct{ value, from string }
	var cands []candidate
	for _, ld := range lds {
		if ld.DatePublished != "" {
			cands = append(cands, candidate{ld.DatePublished, "JSON-LD datePublished"})
		}
	}
	for _, key := range []string{"article:published_time", "og:published_time", "datepublished", "dc.date.issued", "dcterms.issued",
		"dc.date", "dcterms.date", "date", "pubdate", "publishdate", "publish-date", "publication_date", "sailthru.date",
		"parsely-pub-date", "citation_publication_date"} {
		if v := p.meta[key]; v != "" {
			cands = append(cands, candidate{v, "meta " + key})
		}
	}
	for _, t := range p.times {
		if t.published {
			cands = append(cands, candidate{t.value, "<time> marked as the publication date"})
		}
	}
	// A bare <time> counts when the page has an article element and the
	// <time> is in it: elsewhere a date may be anything (today's date in
	// the header, an event's).
	for _, t := range p.times {
		if !t.published && t.inArticle && p.articles > 0 {
			cands = append(cands, candidate{t.value, "the first <time> of the article"})
			break
		}
	}
	for _, c := range cands {
		if v, ok := ParseDate(c.value); ok {
			return Date{Value: v, From: c.from}, warnings
		}
		warnings = append(warnings, "the page's "+c.from+" "+quote(c.value)+" is no date that can be read; it was not used")
	}
	return Date{}, warnings
}

// canonical picks the page's own address for itself: the first of the
// candidates that is an absolute http(s) address on the same site as
// base (a page may not claim another site's address).
func canonical(base *url.URL, candidates []string) (string, []string) {
	var warnings []string
	for _, c := range candidates {
		if c == "" {
			continue
		}
		ref, err := url.Parse(c)
		if err != nil {
			continue
		}
		u := ref
		if base != nil {
			u = base.ResolveReference(ref)
		}
		if u.Scheme != "http" && u.Scheme != "https" || u.Hostname() == "" || u.User != nil {
			continue
		}
		if base != nil && !sameSite(base, u) {
			warnings = append(warnings, "the page names "+quote(u.String())+" on another site as its address; it was not used")
			continue
		}
		u.Fragment, u.RawFragment = "", ""
		return u.String(), warnings
	}
	return "", warnings
}

// sameSite reports whether a and b belong to one registrable domain
// (amp.example.co.uk and www.example.co.uk do).
func sameSite(a, b *url.URL) bool {
	ha, hb := strings.ToLower(a.Hostname()), strings.ToLower(b.Hostname())
	if ha == hb {
		return true
	}
	ra, errA := publicsuffix.EffectiveTLDPlusOne(ha)
	rb, errB := publicsuffix.EffectiveTLDPlusOne(hb)
	return errA == nil && errB == nil && ra == rb
}

// stripSite cuts " | Site", " - Site" or " – Site" off a <title> when the
// part after the separator is the site's name.
func stripSite(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), site) {
			return strings.TrimSpace(title[:i])
		}
		if i := strings.Index(title, sep); i > 0 && strings.EqualFold(strings.TrimSpace(title[:i]), site) {
			return strings.TrimSpace(title[i+len(sep):])
		}
	}
	return title
}

// primaryLanguage reduces a language tag to its primary subtag: "de-DE",
// "de_AT" and "DE" are "de"; anything that is no tag is "".
func primaryLanguage(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 || strings.IndexFunc(tag, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return ""
	}
	return tag
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func hasToken(list, token string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, token) {
			return true
		}
	}
	return false
}

// maxText bounds the text one element contributes to metadata, and
// maxTextNodes the nodes read for it.
const (
	maxText      = 64 << 10
	maxTextNodes = 1000
)

// textOf is the text inside n, at most maxText bytes of it from at most
// maxTextNodes nodes, so that nested elements cost no more than flat ones.
func textOf(n *html.Node) string {
	var b strings.Builder
	budget := maxTextNodes
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && b.Len() < maxText && budget > 0; c = c.NextSibling {
			budget--
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
			walk(c)
		}
	}
	walk(n)
	s := b.String()
	if len(s) > maxText {
		s = strings.ToValidUTF8(s[:maxText], "")
	}
	return s
}

// clean makes a metadata value one line of printable text, at most 500
// characters: white space collapsed, control and formatting characters
// (a right-to-left override) dropped.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case r == utf8.RuneError || !unicode.IsPrint(r):
			return -1
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 500 {
		runes := []rune(s)
		s = strings.TrimSpace(string(runes[:500])) + "…"
	}
	return s
}

func first(values ...string) string {
	for _, v := range values {
		if v = clean(v); v != "" {
			return v
		}
	}
	return ""
}

func quote(s string) string {
	if utf8.RuneCountInString(s) > 80 {
		s = string([]rune(s)[:80]) + "…"
	}
	return "“" + s + "”"
}
