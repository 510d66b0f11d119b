// Package article reads a news article from a page: its main text, with
// navigation, comments and other boilerplate left out, and what the page
// says of itself: title, site, author, publication date, language and
// canonical address. The main text comes from a readability library
// (codeberg.org/readeck/go-readability, a port of Mozilla's
// Readability.js, the successor of go-shiori/go-readability); the metadata
// is read here, so that each value says where it came from and a date is
// taken only as the page states it.
package article

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// ErrNoArticle is returned for a page in which no article text is found.
var ErrNoArticle = errors.New("no article text found")

// MinWords is the fewest words an article's text may have: fewer, and the
// page is a front page, a paywall, or a page its scripts fill in.
const MinWords = 40

// Article is a page's main text and what the page says of itself.
type Article struct {
	Metadata
	// Text is the main text, paragraphs separated by a blank line.
	Text string
}

// FromHTML reads an HTML page. base is the page's address after redirects
// (nil for an uploaded file); now is the day a date is judged against: a
// publication date after tomorrow is not used.
func FromHTML(body []byte, base *url.URL, now time.Time) (Article, error) {
	if err := checkStructure(body); err != nil {
		return Article{}, err
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return Article{}, fmt.Errorf("the page cannot be read as HTML: %w", err)
	}
	meta := ReadMetadata(doc, base)
	if meta.Published.Known() && after(meta.Published.Value, now.AddDate(0, 0, 1)) {
		meta.Warnings = append(meta.Warnings, fmt.Sprintf("the page's %s %s lies in the future; it was not used", meta.Published.From, meta.Published.Value))
		meta.Published = Date{}
	}
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxElements
	found, err := parser.ParseAndMutate(doc, base)
	if err != nil {
		return Article{}, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	if found.Node == nil {
		return Article{}, fmt.Errorf("%w: the page has no block of text that reads as an article", ErrNoArticle)
	}
	var b strings.Builder
	if err := found.RenderText(&b); err != nil {
		return Article{}, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	// Every block the library ends with a line break (a caption, a line
	// of a list) is a paragraph of its own, not a sentence's continuation.
	text := Normalize(strings.ReplaceAll(b.String(), "\n", "\n\n"))
	if n := len(strings.Fields(text)); n < MinWords {
		return Article{}, fmt.Errorf("%w: only %d words of article text (is it a front page, a paywall, or a page its scripts fill in?)", ErrNoArticle, n)
	}
	if meta.Title == "" {
		meta.Title = clean(found.Title())
	}
	if meta.Author == "" {
		meta.Author = clean(found.Byline())
	}
	if meta.Language == "" {
		meta.Language = primaryLanguage(found.Language())
	}
	return Article{Metadata: meta, Text: text}, nil
}

// FromText reads a plain text or markdown page: the text as it is
// (normalised like an HTML page's), its first line as the title; a text
// states no date, site or author of its own.
func FromText(body []byte, base *url.URL) (Article, error) {
	text := Normalize(string(body))
	if strings.TrimSpace(text) == "" {
		return Article{}, fmt.Errorf("%w: the page is empty", ErrNoArticle)
	}
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	title := clean(strings.TrimLeft(line, "# "))
	if runes := []rune(title); len(runes) > 150 {
		cut := strings.LastIndex(string(runes[:150]), " ")
		if cut < 50 {
			cut = len(string(runes[:150]))
		}
		title = strings.TrimSpace(string(runes[:150])[:cut]) + "…"
	}
	a := Article{Text: text, Metadata: Metadata{Title: title}}
	if base != nil {
		a.Site = strings.TrimPrefix(strings.ToLower(base.Hostname()), "www.")
	}
	return a, nil
}

// Normalize prepares extracted text for storing: line breaks as "\n",
// no-break and other odd spaces as plain spaces, soft hyphens and
// zero-width characters and bytes that are no UTF-8 removed (they split words a reader sees whole),
// trailing spaces cut, at most one blank line between paragraphs, and
// one line break at the end. What it returns is stored byte for byte, so
// that quotes are verbatim to it.
func Normalize(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', utf8.RuneError:
			return -1
		case '\n', '\t':
			return r
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	var out strings.Builder
	blank := 0
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, " \t")
		if strings.TrimSpace(line) == "" {
			blank++
			continue
		}
		if out.Len() > 0 {
			if blank > 0 {
				out.WriteString("\n\n")
			} else {
				out.WriteString("\n")
			}
		}
		blank = 0
		out.WriteString(line)
	}
	if out.Len() == 0 {
		return ""
	}
	out.WriteString("\n")
	return out.String()
}
