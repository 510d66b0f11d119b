package retrieval

import (
	"context"
	"slices"
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/retrieval/timex"
	"github.com/quellen/quellen/store"
)

// articleLine answers a question about an article rather than what it
// reports — when it appeared ("what time did the afp piece on the us troop
// cut go out"), who took its picture, under which license it stands or
// what its headline is — with the line of the article that says so
// (lineOf: its date line, its picture credit, its title line). Of the
// sources in the order verification read their passages, the first whose
// passage covers the question's subject, meets its owner, place and time,
// and names its names somewhere in its text (an agency stands in the date
// line only) is the article asked of; for a headline, of the first few
// such, the one whose title says most of the subject, and none when no
// title says any of it. It is cited by that line, verbatim. There is no
// fact when the article has no such line: a date or title read from
// metadata alone is no quote.
func (e *Engine) articleLine(ctx context.Context, q *question, verdicts []verdict, d Decision, lineOf lineReader) ([]fact, error) {
	if len(q.concepts) == 0 && len(q.Constraints) == 0 && q.Time.Year() == 0 {
		return e.everyArticleLine(ctx, lineOf)
	}
	// The names no passage holds are checked on the whole text. The
	// subject's coverage is of the rest.
	indexed := 1 - d.AbsentNames
	seen := make(map[string]bool)
	var found []verdict // the first verdict of each article that may be the one asked of, in order
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
		v.source = src
		found = append(found, v)
		// Only a headline question weighs more than the first: the
		// article whose title says most of its subject is the one asked
		// of ("die Schlagzeile des Artikels über den Truppenabbau").
		if !q.AsksHeadline || len(found) == maxHeadlineArticles {
			break
		}
	}
	if len(found) == 0 {
		return nil, nil
	}
	best := found[0]
	for _, v := range found[1:] {
		if titleShare(q, v.source) > titleShare(q, best.source) {
			best = v
		}
	}
	// A headline that says nothing of the subject is another article's.
	if q.AsksHeadline && titleShare(q, best.source) == 0 {
		return nil, nil
	}
	src := best.source
	start, end, ok := lineOf(src)
	if !ok {
		return nil, nil
	}
	p := store.Passage{SourceID: src.ID, Start: start, End: end, Text: src.Text[start:end]}
	vd := verdict{Ranked: Ranked{Passage: p, Score: best.Score}, ok: true, coverage: best.coverage, source: src}
	return []fact{{verdicts: []verdict{vd}, date: src.Published.Value, textDated: true}}, nil
}

// maxHeadlineArticles is how many articles a headline question weighs by
// their titles.
const maxHeadlineArticles = 5

// titleShare is the share of a question's focus concepts that a source's
// title holds, in any form, a compound by the share of its parts the title
// holds ("Truppen|abbau" half by "Truppenpräsenz").
func titleShare(q *question, src store.Source) float64 {
	if len(q.concepts) == 0 {
		return 0
	}
	terms := analysis.TermSet(analysis.For(src.Language).Terms(src.Title))
	var n float64
	for i, c := range q.concepts {
		if slices.ContainsFunc(c, func(t string) bool { return covers(terms, t) }) {
			n++
			continue
		}
		if parts := q.parts[i]; len(parts) > 1 {
			held := 0
			for _, p := range parts {
				if terms[p] {
					held++
				}
			}
			n += float64(held) / float64(len(parts))
		}
	}
	return n / float64(len(q.concepts))
}

// everyArticleLine answers a question that says nothing of which article
// it asks of — no subject, constraint or time ("unter welcher Lizenz steht
// das Beitragsbild") — with the line of every article that has one, at
// most maxArticleLines: in a collection where one article has a picture,
// that is its credit. It reads every source's text, which only such a
// question does.
func (e *Engine) everyArticleLine(ctx context.Context, lineOf lineReader) ([]fact, error) {
	sources, err := e.store.SourcesWithText(ctx)
	if err != nil {
		return nil, err
	}
	var facts []fact
	for _, src := range sources {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		start, end, ok := lineOf(src)
		if !ok {
			continue
		}
		p := store.Passage{SourceID: src.ID, Start: start, End: end, Text: src.Text[start:end]}
		src.Text = ""
		vd := verdict{Ranked: Ranked{Passage: p}, ok: true, source: src}
		if facts = append(facts, fact{verdicts: []verdict{vd}, date: src.Published.Value, textDated: true}); len(facts) == maxArticleLines {
			break
		}
	}
	return facts, nil
}

// maxArticleLines is how many articles' lines a question that names no
// article cites: as many as a short answer's quotes.
const maxArticleLines = 3

// lineReader returns the offsets in a source's text of the line an
// article question asks for, ok false when the source has none.
type lineReader func(src store.Source) (start, end int, ok bool)

// articleLineOf returns the reader of the article line a question asks
// for, nil when it asks of what the article reports.
func articleLineOf(q *question) lineReader {
	switch {
	case q.AsksPublished:
		return func(src store.Source) (int, int, bool) { return datelineOf(src.Text, src.Language) }
	case q.AsksCredit:
		return func(src store.Source) (int, int, bool) { return creditOf(src.Text, src.Language) }
	case q.AsksHeadline:
		return headlineOf
	}
	return nil
}

// headlineOf returns the offsets of a source's headline: its title where
// the text prints it as a line of its own. A title the text does not print
// (given beside it by whoever added the source) is no quote.
func headlineOf(src store.Source) (start, end int, ok bool) {
	title := strings.TrimSpace(src.Title)
	if title == "" {
		return 0, 0, false
	}
	for _, s := range segment.Split(src.Text) {
		if s.Kind != segment.Heading {
			continue
		}
		if from, to, ok := titleIn(src.Text[s.Start:s.End], title); ok {
			return s.Start + from, s.Start + to, true
		}
	}
	return 0, 0, false
}

// titleIn returns where a line of a source's text prints its title: as
// it is, in another case or spacing, after a Markdown heading's "#" marks
// ("# Die Bundeswehr verlässt Mali"), or with a site's name after " | "
// on the line or on the title ("Truppenabzug | tagesschau.de"); the
// offsets are the title's words on the line, without the marks and the
// site.
func titleIn(line, title string) (start, end int, ok bool) {
	start = len(line) - len(strings.TrimLeft(line, "# \t"))
	end = len(strings.TrimRight(line, " \t"))
	if start >= end {
		return 0, 0, false // marks and spaces only
	}
	if i := strings.Index(line[start:end], " | "); i >= 0 {
		end = start + i
	}
	if t, _, _ := strings.Cut(strings.TrimSpace(title), " | "); start >= end || !sameWords(line[start:end], t) {
		return 0, 0, false
	}
	return start, end, true
}

// sameWords reports whether two texts write the same words, case and
// white space aside.
func sameWords(a, b string) bool {
	x, y := strings.Fields(a), strings.Fields(b)
	return slices.EqualFunc(x, y, strings.EqualFold)
}

// namesAllIn reports whether a source's title, outlet or text names every
// name a question asks of, as verification reads a name (namesAll): its
// terms, a transliteration, a typo of a guessed name.
func namesAllIn(cs []query.Constraint, src store.Source) bool {
	var terms map[string]bool
	var read readings
	for _, c := range cs {
		if c.Kind != query.Named {
			continue
		}
		if terms == nil { // read only for a question that names someone
			terms = analysis.TermSet(analysis.For(src.Language).Terms(src.Title + "\n" + src.Outlet + "\n" + src.Text))
			read = newReadings()
		}
		if !namesAll(c, src.Language, terms, read) {
			return false
		}
	}
	return true
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

// creditOf returns the offsets of a text's first credit line that names
// who made or owns a picture ("Beitragsbild:By Markusszy – Own work, CC
// BY-SA 4.0, …"), or else its first credit line.
func creditOf(text, _ string) (start, end int, ok bool) {
	first := -1
	segs := segment.Split(text)
	for i, s := range segs {
		if s.Kind != segment.Credit {
			continue
		}
		if first < 0 {
			first = i
		}
		if segment.NamesMaker(text[s.Start:s.End]) {
			return s.Start, s.End, true
		}
	}
	if first >= 0 {
		return segs[first].Start, segs[first].End, true
	}
	return 0, 0, false
}
