// Package timex finds temporal expressions in German and English text and
// normalises them to TIMEX2/TIMEX3 values ("2020-06-12", "2025-09" with mod
// END, "P3Y", "PRESENT_REF").
//
// Relative expressions ("im Januar", "am Montag", "zwei Tage später") are
// anchored to a date: for news, the publication date; for narrative text,
// the most recent date the text told before the expression. A relative
// expression whose anchor is unknown or too coarse is reported with an
// empty value and Unresolved set, never guessed.
//
// The rules follow the conventions of the WikiWarsDE annotations (which in
// turn follow HeidelTime), so that the benchmark scores compare like with
// like: spans leave out leading prepositions ("am", "im"), ranges are two
// expressions, and values use the TIMEX2 forms.
package timex

import (
	"fmt"
	"strings"
)

// Kind says what sort of thing an expression names.
type Kind string

const (
	KindDate     Kind = "date"     // a calendar date, month, season, year, decade or century
	KindTime     Kind = "time"     // a time or part of a day
	KindDuration Kind = "duration" // a length of time: P3Y
	KindSet      Kind = "set"      // a repetition: täglich, jeden Montag
	KindRef      Kind = "ref"      // PRESENT_REF, PAST_REF, FUTURE_REF
)

// Options set the anchor and language of a text.
type Options struct {
	// Anchor is the publication date of the text: "2024-09-27", "2024-09",
	// "2024", or "" when unknown. A value that is none of these counts as
	// unknown.
	Anchor string
	// Narrative anchors relative expressions to the most recent date told
	// before them instead of the publication date, and reads "heute" as
	// the present (PRESENT_REF).
	Narrative bool
	// Lang is "de" (the default) or "en".
	Lang string
}

// Expr is one temporal expression.
type Expr struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // UTF-8 byte offset of the expression in the input
	End   int    `json:"end"`   // byte offset after it
	Value string `json:"value"`
	Mod   string `json:"mod"` // START, MID, END, APPROX, MORE_THAN, LESS_THAN, …
	Kind  Kind   `json:"kind"`
	// Clock marks a time of day given by its hour ("10:00 Uhr", "acht
	// Uhr", "9 a.m.", "noon"), not by a part of the day ("am Abend").
	Clock bool `json:"clock,omitempty"`

	// Marker is the preposition that bounds the expression ("bis",
	// "spätestens bis", "seit", "until"); it lies before Start, from
	// MarkerStart on. Deadline is set for "bis", "spätestens", "by",
	// "until", "no later than"; Since for "seit", "since".
	Marker      string `json:"marker,omitempty"`
	MarkerStart int    `json:"marker_start"`
	Deadline    bool   `json:"deadline"`
	Since       bool   `json:"since"`

	// Relative says the value depends on the anchor. Unresolved says the
	// anchor was missing or too coarse: Value is then empty.
	Relative   bool `json:"relative"`
	Unresolved bool `json:"unresolved"`

	// RangeWith is the index of the other end of a range ("zwischen
	// September 2025 und September 2026", "1939–1945"), or -1.
	RangeWith int `json:"range_with"`
}

// Tag finds the temporal expressions of text, in order.
func Tag(text string, opt Options) []Expr {
	toks := tokenize(text)
	m := &matcher{toks: toks, text: text}
	lang := langGerman
	rules := deRules
	if strings.EqualFold(opt.Lang, "en") {
		lang, rules = langEnglish, enRules
	}
	cands := m.scan(rules)
	ranges := linkCoordinated(m, cands, lang)
	r := newResolver(m, opt, lang)
	out := make([]Expr, 0, len(cands))
	index := make([]int, len(cands)) // candidate → position in out, -1 when dropped
	prevEnd := 0
	for k, c := range cands {
		if opt.Narrative {
			r.sectionBreak(prevEnd, c.start)
		}
		prevEnd = c.end
		res, keep := r.resolve(c, sideMention(m, cands, k, ranges))
		if !keep {
			index[k] = -1
			continue
		}
		first, mod := c.start, c.spec.mod
		if res.unresolved && c.spec.fallback != nil {
			first, mod = c.spec.fallback.start, ""
			res = resolution{value: c.spec.fallback.value, kind: KindDuration}
		}
		start, end := toks[first].start, toks[c.end-1].end
		e := Expr{
			Text: text[start:end], Start: start, End: end,
			Value: res.value, Mod: mod, Kind: res.kind, Clock: res.kind == KindTime && c.spec.date.hasTime,
			MarkerStart: start, Relative: res.relative, Unresolved: res.unresolved, RangeWith: -1,
		}
		if res.kind == KindRef && c.spec.kind != KindRef {
			e.Mod = ""
		}
		markBound(m, cands, k, &e, lang)
		index[k] = len(out)
		out = append(out, e)
	}
	for k, other := range ranges {
		if other >= 0 && index[k] >= 0 && index[other] >= 0 {
			out[index[k]].RangeWith = index[other]
			out[index[other]].RangeWith = index[k]
		}
	}
	return out
}

// CheckAnchor reports whether s is a usable anchor: "", "YYYY", "YYYY-MM"
// or "YYYY-MM-DD".
func CheckAnchor(s string) error {
	if s == "" {
		return nil
	}
	d, ok := parseCalDate(s)
	if !ok || d.String() != s {
		return fmt.Errorf("anchor %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	return nil
}

type language uint8

const (
	langGerman language = iota
	langEnglish
)
