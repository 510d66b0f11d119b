package retrieval

// Speakers: who says a paragraph of an interview.

import (
	"regexp"
	"slices"
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
// of a source whose passages are all: the label of the nearest paragraph
// at or before p's (up to speakerReach back) that opens with one, and
// where the label is a first name alone ("Maciej:"), the surname the
// source writes after it ("Maciej Szulik"), when it writes exactly one.
// It returns nil for a paragraph no label speaks, a label that is a noun
// of the German lexicon ("Hinweis:") or that the source also writes in
// lower case ("Note:" beside "note"), and a first name the source gives
// no surname or more than one. names caches the full names by source and
// label.
func speakerOf(all []store.Passage, p store.Passage, names map[string][]string) []string {
	label := speakerLabelOf(all, p)
	if label == nil {
		return nil
	}
	key := p.SourceID + "\x00" + strings.Join(label, " ")
	full, ok := names[key]
	if !ok {
		full = fullName(all, label)
		names[key] = full
	}
	return full
}

// speakerLabelOf returns the words of the label that opens the nearest
// paragraph at or before p's, up to speakerReach back; nil for none.
func speakerLabelOf(all []store.Passage, p store.Passage) []string {
	first := make(map[int]store.Passage) // each paragraph's first passage
	for _, q := range all {
		if q.Block < p.Block-speakerReach || q.Block > p.Block {
			continue
		}
		if f, ok := first[q.Block]; !ok || q.Ord < f.Ord {
			first[q.Block] = q
		}
	}
	for b := p.Block; b >= p.Block-speakerReach; b-- {
		if f, ok := first[b]; ok && f.Ord <= p.Ord {
			if m := speakerLabel.FindStringSubmatch(f.Text); m != nil {
				return strings.Fields(m[1])
			}
		}
	}
	return nil
}

// fullName returns a speaker's label as a full name (speakerOf), nil for
// none.
func fullName(all []store.Passage, label []string) []string {
	if slices.ContainsFunc(label, commonNoun) {
		return nil
	}
	lower := strings.ToLower(label[0])
	var surnames []string
	for _, q := range all {
		if !strings.Contains(strings.ToLower(q.Text), lower) {
			continue
		}
		toks := analysis.Scan(q.Text)
		for i, t := range toks {
			if t.Text == lower {
				return nil
			}
			if len(label) > 1 || t.Text != label[0] || i+1 >= len(toks) {
				continue
			}
			next := toks[i+1]
			if analysis.StartsUpper(next.Text) && adjacent(q.Text, t, next) && !slices.Contains(surnames, next.Text) {
				surnames = append(surnames, next.Text)
			}
		}
	}
	if len(label) > 1 {
		return label
	}
	if len(surnames) != 1 {
		return nil
	}
	return []string{label[0], surnames[0]}
}
