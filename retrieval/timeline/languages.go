package timeline

import (
	"cmp"
	"slices"

	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/timex"
)

// language returns the language a sentence of a source written in lang
// is read in: its own where it names one ("de" or "en"), else lang.
func (s Sentence) language(lang string) string {
	if s.Lang == "de" || s.Lang == "en" {
		return s.Lang
	}
	return lang
}

// otherLanguage returns the sentences written in another language than
// their source's, lang.
func otherLanguage(sentences []Sentence, lang string) []Sentence {
	var out []Sentence
	for _, s := range sentences {
		if s.language(lang) != lang {
			out = append(out, s)
		}
	}
	return out
}

// retagged returns a text's temporal expressions, tagged in the source's
// language (exprs), with those of each sentence written in the other
// language (others) tagged again in its own: "In March 2019" in a German
// source. A sentence is tagged alone, so a relative expression in it is
// anchored to the publication date only. Ranges keep their other end.
func retagged(text string, exprs []timex.Expr, others []Sentence, opt timex.Options) []timex.Expr {
	if len(others) == 0 {
		return exprs
	}
	type entry struct {
		e      timex.Expr
		old    int // index in exprs, or -1
		group  int // index in others of a retagged one, or -1
		within int // its index within the sentence's own tags
	}
	inOther := func(e timex.Expr) bool {
		return slices.ContainsFunc(others, func(s Sentence) bool { return e.Start >= s.Start && e.Start < s.End })
	}
	var all []entry
	for i, e := range exprs {
		if !inOther(e) {
			all = append(all, entry{e: e, old: i, group: -1})
		}
	}
	for g, s := range others {
		o := opt
		o.Lang = s.Lang
		for k, e := range timex.Tag(text[s.Start:s.End], o) {
			e.Start, e.End, e.MarkerStart = e.Start+s.Start, e.End+s.Start, e.MarkerStart+s.Start
			all = append(all, entry{e: e, old: -1, group: g, within: k})
		}
	}
	slices.SortStableFunc(all, func(a, b entry) int { return cmp.Compare(a.e.Start, b.e.Start) })
	oldAt := make(map[int]int)
	groupAt := make(map[[2]int]int)
	for i, en := range all {
		if en.old >= 0 {
			oldAt[en.old] = i
		} else {
			groupAt[[2]int{en.group, en.within}] = i
		}
	}
	out := make([]timex.Expr, len(all))
	for i, en := range all {
		e := en.e
		if e.RangeWith >= 0 {
			var at int
			var ok bool
			if en.old >= 0 {
				at, ok = oldAt[e.RangeWith]
			} else {
				at, ok = groupAt[[2]int{en.group, e.RangeWith}]
			}
			e.RangeWith = -1
			if ok {
				e.RangeWith = at
			}
		}
		out[i] = e
	}
	return out
}

// remention returns the mentions of a text read in the source's language
// (mentions), with those of each sentence written in the other language
// (others) read again in its own ("American soldiers" in a German source).
func remention(text string, mentions []entity.Mention, others []Sentence, rec *entity.Recognizer) []entity.Mention {
	if len(others) == 0 {
		return mentions
	}
	out := slices.DeleteFunc(slices.Clone(mentions), func(m entity.Mention) bool {
		return slices.ContainsFunc(others, func(s Sentence) bool { return m.Start >= s.Start && m.Start < s.End })
	})
	for _, s := range others {
		for _, m := range rec.Mentions(text[s.Start:s.End], s.Lang) {
			m.Start, m.End = m.Start+s.Start, m.End+s.Start
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b entity.Mention) int { return cmp.Compare(a.Start, b.Start) })
	return out
}
