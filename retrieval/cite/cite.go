// Package cite defines a citation: a verbatim span of a source's text with
// what a reader needs to find the source. Answers, claim checks and
// timelines all cite through it.
package cite

import "github.com/quellen/quellen/store"

// Citation is a quote of a source: text[Start:End] of the source's text,
// in UTF-8 bytes, and the source's metadata.
type Citation struct {
	// N numbers the citation within an answer, from 1; 0 where nothing is
	// numbered (a timeline).
	N                 int    `json:"n,omitempty"`
	SourceID          string `json:"source_id"`
	Title             string `json:"title"`
	Outlet            string `json:"outlet"`
	URL               string `json:"url"`
	Published         string `json:"published"`
	PublishedInferred bool   `json:"published_inferred"`
	// Quote is the source's text from Start to End, verbatim; "" where
	// the quote is the event's (a timeline).
	Quote string `json:"quote,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// PassageID is the passage the quote starts in, 0 when unknown.
	PassageID int64 `json:"passage_id,omitempty"`
}

// Of cites src[start:end]. The quote is filled in when src carries its text.
func Of(src store.Source, start, end int) Citation {
	c := Citation{SourceID: src.ID, Title: src.Title, Outlet: src.Outlet, URL: src.URL,
		Published: src.Published.Value, PublishedInferred: src.Published.Inferred, Start: start, End: end}
	if start >= 0 && end <= len(src.Text) && start <= end {
		c.Quote = src.Text[start:end]
	}
	return c
}
