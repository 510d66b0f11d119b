package retrieval

// A person named in full once, then by one word of the name.

import (
	"context"
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/store"
)

// namedByPart reports whether a sentence of src names the person of a
// two-word name asked ("jason chen") by one word of it alone, as writers
// do once they have named someone in full: "Jason gave himself two weeks
// …", "Chen said …". The sentence writes the word capitalised and not
// beside another capitalised word; its source writes the two words
// together somewhere and pairs neither with another capitalised word
// ("Jason Smith" elsewhere makes "Jason" two people's).
func (v *verifier) namedByPart(ctx context.Context, words []string, text string, src store.Source) (bool, error) {
	if len(words) != 2 || !partAlone(text, words) {
		return false, nil
	}
	key := strings.Join(words, " ")
	at := src.ID + "\x00" + key
	if full, ok := v.inFull[at]; ok {
		return full, nil
	}
	all, err := v.sources.of(ctx, src.ID)
	if err != nil {
		return false, err
	}
	together, other := false, false
	for _, p := range all {
		toks := analysis.Scan(p.Text)
		for i := 1; i < len(toks) && !other; i++ {
			a, b := toks[i-1], toks[i]
			if !analysis.StartsUpper(a.Text) || !analysis.StartsUpper(b.Text) || !adjacent(p.Text, a, b) {
				continue
			}
			first, last := strings.ToLower(a.Text) == words[0], strings.ToLower(b.Text) == words[1]
			switch {
			case first && last:
				together = true
			case first || last:
				other = true
			}
		}
	}
	full := together && !other
	v.inFull[at] = full
	return full, nil
}

// twoWordNames returns the two-word names a named constraint may be, or
// be one word of: its own two words, or one word and the question's word
// right before or after it ("jason chen", read as naming "chen" only
// where "jason" is also a word of the dictionary). Which one the source
// writes, namedByPart finds.
func (v *verifier) twoWordNames(c query.Constraint) [][]string {
	switch words := strings.Fields(c.Key); len(words) {
	case 2:
		return [][]string{words}
	case 1:
	default:
		return nil
	}
	var names [][]string
	toks := analysis.Scan(v.q.Text)
	for i, t := range toks {
		if t.Start != c.Start || t.Start+len(t.Text) != c.End {
			continue
		}
		if i > 0 && v.q.Text[toks[i-1].Start+len(toks[i-1].Text):t.Start] == " " {
			names = append(names, []string{strings.ToLower(toks[i-1].Text), c.Key})
		}
		if i+1 < len(toks) && v.q.Text[c.End:toks[i+1].Start] == " " {
			names = append(names, []string{c.Key, strings.ToLower(toks[i+1].Text)})
		}
	}
	return names
}

// partAlone reports whether text writes one of a two-word name's words
// capitalised with no capitalised word right beside it.
func partAlone(text string, words []string) bool {
	toks := analysis.Scan(text)
	beside := func(i, j int) bool {
		return j >= 0 && j < len(toks) && analysis.StartsUpper(toks[j].Text) &&
			adjacent(text, toks[min(i, j)], toks[max(i, j)])
	}
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		if (w == words[0] || w == words[1]) && analysis.StartsUpper(t.Text) && !beside(i, i-1) && !beside(i, i+1) {
			return true
		}
	}
	return false
}
