package retrieval

// Speakers: who says a paragraph of an interview.

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/store"
)

// speakerLabel matches a paragraph that opens with who speaks it, as an
// interview writes it: one or two capitalised words and a colon ("Maciej:
// I was working on …", "Tobias König: Ja, …").
var speakerLabel = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?): `)

// speakerReach is how many paragraphs back from a passage's own the
// label of its speaker is looked for: an answer runs on over a few
// paragraphs after the one that names its speaker.
const speakerReach = 3

// speakerOf returns the words of the full name of who speaks the passage p
// of a source in lang whose passages are all: the label of the nearest
// paragraph at or before p's (up to speakerReach back, and not past a
// paragraph that asks a question, the interviewer's) that opens with one,
// as the source names that speaker elsewhere. A first name alone
// ("Maciej:") stands for the one surname the source writes right after
// it ("Maciej Szulik"); two words ("Tomas Quill:") must be written
// together outside a label too. It returns nil for a paragraph no label
// speaks, a label word the source also writes in lower case ("Summary:"
// beside "summary") or, in German, a noun of the lexicon ("Hinweis:"),
// and a first name the source gives no surname or more than one. names
// caches the answers by source and paragraph, and the full names by
// source and label, so that a source is read once for each speaker.
func speakerOf(all []store.Passage, p store.Passage, lang string, names map[string][]string) []string {
	key := "p\x00" + p.SourceID + "\x00" + strconv.Itoa(p.Block)
	if full, ok := names[key]; ok {
		return full
	}
	var full []string
	if label := speakerLabelOf(all, p); label != nil {
		byLabel := "l\x00" + p.SourceID + "\x00" + strings.Join(label, " ")
		var ok bool
		if full, ok = names[byLabel]; !ok {
			full = fullName(all, label, lang)
			names[byLabel] = full
		}
	}
	names[key] = full
	return full
}

// speakerLabelOf returns the words of the label that opens the nearest
// paragraph at or before p's, up to speakerReach back; nil for none, and
// for one behind a paragraph that asks a question.
func speakerLabelOf(all []store.Passage, p store.Passage) []string {
	first := make(map[int]store.Passage) // each paragraph's first passage
	asks := make(map[int]bool)           // the paragraphs with a question
	for _, q := range all {
		if q.Block < p.Block-speakerReach || q.Block > p.Block || q.Block == p.Block && q.Ord > p.Ord {
			continue
		}
		if f, ok := first[q.Block]; !ok || q.Ord < f.Ord {
			first[q.Block] = q
		}
		asks[q.Block] = asks[q.Block] || strings.HasSuffix(strings.TrimSpace(q.Text), "?")
	}
	for b := p.Block; b >= p.Block-speakerReach; b-- {
		f, ok := first[b]
		if !ok {
			continue
		}
		if m := speakerLabel.FindStringSubmatch(f.Text); m != nil {
			return strings.Fields(m[1])
		}
		if asks[b] {
			return nil
		}
	}
	return nil
}

// fullName returns a speaker's label as the full name its source writes
// (speakerOf), nil for none.
func fullName(all []store.Passage, label []string, lang string) []string {
	german := lang == analysis.German
	if german && slices.ContainsFunc(label, commonNoun) {
		return nil
	}
	lower := make(map[string]bool, len(label))
	for _, w := range label {
		lower[strings.ToLower(w)] = true
	}
	writtenLower := make(map[string]bool) // the words the source writes in lower case
	var surnames []string
	together := false
	for _, q := range all {
		toks := analysis.Scan(q.Text)
		for i, t := range toks {
			if !analysis.StartsUpper(t.Text) {
				writtenLower[t.Text] = true
				if lower[t.Text] {
					return nil
				}
				continue
			}
			if t.Text != label[0] || i+1 >= len(toks) || !adjacent(q.Text, t, toks[i+1]) {
				continue
			}
			next := toks[i+1]
			switch {
			case len(label) > 1:
				// Written together where no colon follows: not a label.
				together = together || next.Text == label[1] && !strings.HasPrefix(q.Text[next.Start+len(next.Text):], ":")
			case analysis.StartsUpper(next.Text) && !slices.Contains(surnames, next.Text) &&
				!(german && commonNoun(next.Text)) && !analysis.For(lang).IsStop(strings.ToLower(next.Text)):
				surnames = append(surnames, next.Text)
			}
		}
	}
	if len(label) > 1 {
		if !together {
			return nil
		}
		return label
	}
	surnames = slices.DeleteFunc(surnames, func(s string) bool { return writtenLower[strings.ToLower(s)] })
	if len(surnames) != 1 {
		return nil
	}
	return []string{label[0], surnames[0]}
}
