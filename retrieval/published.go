package retrieval

import (
	"context"
	"strings"
	"unicode"

	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/retrieval/timex"
	"github.com/quellen/quellen/store"
)

// published answers a question about when an article appeared ("what time
// did the afp piece on the us troop cut go out"): of the sources in the
// order verification read their passages, the first whose passage covers
// the question's subject, meets its owner, place and time, and names its
// names somewhere in its text (an agency in the date line), is cited by
// its date line, verbatim. It returns no fact when that source has no date
// line to quote: a date read from metadata alone is no quote.
func (e *Engine) published(ctx context.Context, q *question, verdicts []verdict, d Decision) ([]fact, error) {
	// The names no passage holds are checked on the whole text: an agency
	// stands in the date line only. The subject's coverage is of the rest.
	indexed := 1 - d.AbsentNames
	seen := make(map[string]bool)
	for _, v := range verdicts {
		if seen[v.SourceID] || indexed <= 0 || v.coverage/indexed < e.params.MinCoverage {
			continue
		}
		// That a sentence states no date, or not the agency, says nothing
		// of its article's; whose and where it is about does.
		switch v.reason {
		case failOwner, failPlace, failTime:
			continue
		}
		seen[v.SourceID] = true
		src, err := e.store.Source(ctx, v.SourceID)
		if err != nil {
			return nil, err
		}
		if !namesAllIn(q.Constraints, src) {
			continue
		}
		start, end, ok := datelineOf(src.Text, src.Language)
		if !ok {
			return nil, nil
		}
		p := store.Passage{SourceID: src.ID, Start: start, End: end, Text: src.Text[start:end]}
		vd := verdict{Ranked: Ranked{Passage: p, Score: v.Score}, ok: true, coverage: v.coverage, source: src}
		return []fact{{verdicts: []verdict{vd}, date: src.Published.Value, textDated: true}}, nil
	}
	return nil, nil
}

// namesAllIn reports whether a source's title, outlet or text names every
// name a question asks of, in any case.
func namesAllIn(cs []query.Constraint, src store.Source) bool {
	var all string
	for _, c := range cs {
		if c.Kind != query.Named {
			continue
		}
		if all == "" {
			all = strings.ToLower(src.Title + "\n" + src.Outlet + "\n" + src.Text)
		}
		if !containsWord(all, c.Key) {
			return false
		}
	}
	return true
}

// containsWord reports whether text holds phrase between word boundaries.
func containsWord(text, phrase string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], phrase)
		if k < 0 {
			return false
		}
		k += i
		before, after := k == 0 || !isWordByte(text[k-1]), k+len(phrase) == len(text) || !isWordByte(text[k+len(phrase)])
		if before && after {
			return true
		}
		i = k + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 0x80 || unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b))
}

// datelineOf returns the offsets of a text's first date line that states
// a date ("12.06.2020, 04:15 Uhr | AFP, dpa"; not "Lesezeit: 1 Minute").
func datelineOf(text, lang string) (start, end int, ok bool) {
	for _, s := range segment.Split(text) {
		if s.Kind != segment.Dateline {
			continue
		}
		for _, x := range timex.Tag(text[s.Start:s.End], timex.Options{Lang: lang}) {
			if (x.Kind == timex.KindDate || x.Kind == timex.KindTime) && x.Value != "" {
				return s.Start, s.End, true
			}
		}
	}
	return 0, 0, false
}
