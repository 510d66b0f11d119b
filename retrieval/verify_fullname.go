package retrieval

// A person named in full once, then by one word of the name.

import (
	"context"
	"fmt"
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/store"
)

// fullNameUse is what a source writes of a two-word name (namedByPart):
// whether it writes the two words together and pairs neither with another
// name, and which of them it also writes in lower case.
type fullNameUse struct {
	full  bool
	lower [2]bool
}

// namedByPart reports whether a sentence of src, in lang, names the person
// of a two-word name asked ("jason chen") by one word of it alone, as
// writers do once they have named someone in full: "Jason gave himself
// two weeks …", "Chen said …". The sentence writes the word capitalised
// and not beside another capitalised word; its source writes the two
// words together somewhere and pairs neither with another capitalised
// word that is no function word ("Jason Smith" elsewhere makes "Jason"
// two people's; "Als Chen …" does not). A word that opens the sentence
// counts only where it is no function word and the source never writes
// it in lower case ("Grant money gave …" is not Grant Varenko's).
func (v *verifier) namedByPart(ctx context.Context, words []string, text, lang string, src store.Source) (bool, error) {
	if len(words) != 2 {
		return false, nil
	}
	stop := analysis.For(lang).IsStop
	alone, first := partAlone(text, words)
	if alone < 0 || first && stop(words[alone]) {
		return false, nil
	}
	use, err := v.fullNameUse(ctx, words, src, stop)
	if err != nil || !use.full {
		return false, err
	}
	return !first || !use.lower[alone], nil
}

// fullNameUse reads what src writes of a two-word name, once per source
// and name.
func (v *verifier) fullNameUse(ctx context.Context, words []string, src store.Source, stop func(string) bool) (fullNameUse, error) {
	at := src.ID + "\x00" + words[0] + " " + words[1]
	if use, ok := v.inFull[at]; ok {
		return use, nil
	}
	all, err := v.sources.of(ctx, src.ID)
	if err != nil {
		return fullNameUse{}, err
	}
	var use fullNameUse
	together, other := false, false
	for _, p := range all {
		toks := analysis.Scan(p.Text)
		for i, t := range toks {
			for k, w := range words {
				use.lower[k] = use.lower[k] || t.Text == w
			}
			if i == 0 || other {
				continue
			}
			a, b := toks[i-1], t
			if !analysis.StartsUpper(a.Text) || !analysis.StartsUpper(b.Text) || !adjacent(p.Text, a, b) {
				continue
			}
			la, lb := strings.ToLower(a.Text), strings.ToLower(b.Text)
			switch {
			case la == words[0] && lb == words[1]:
				together = true
			case la == words[0]:
				other = !stop(lb)
			case lb == words[1]:
				// A function word or a sentence's first word before
				// the surname is no first name: "Als Chen …".
				other = !stop(la) && i-1 > 0
			}
		}
	}
	use.full = together && !other
	v.inFull[at] = use
	return use, nil
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
	at := fmt.Sprintf("%s\x00%d", c.Key, c.Start)
	if names, ok := v.pairs[at]; ok {
		return names
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
	v.pairs[at] = names
	return names
}

// partAlone returns which of a two-word name's words text writes
// capitalised with no capitalised word right beside it (0 or 1; -1 for
// neither), and whether that word opens the text.
func partAlone(text string, words []string) (int, bool) {
	toks := analysis.Scan(text)
	beside := func(i, j int) bool {
		return j >= 0 && j < len(toks) && analysis.StartsUpper(toks[j].Text) &&
			adjacent(text, toks[min(i, j)], toks[max(i, j)])
	}
	for i, t := range toks {
		if !analysis.StartsUpper(t.Text) || beside(i, i-1) || beside(i, i+1) {
			continue
		}
		switch strings.ToLower(t.Text) {
		case words[0]:
			return 0, i == 0
		case words[1]:
			return 1, i == 0
		}
	}
	return -1, false
}
