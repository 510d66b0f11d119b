package retrieval

// Holders: news gives a person's office once and then the person alone.

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/retrieval/timex"
)

// namesHolder reports whether a sentence names someone its source calls
// by an owner constraint's noun and owner: "Romanowski schrieb auf X" is
// by the US ambassador where the article introduced "der amerikanischen
// Botschafterin in Bagdad, Alina Romanowski".
func (v *verifier) namesHolder(ctx context.Context, text, sourceID, lang string, c query.Constraint) (bool, error) {
	key := sourceID + "\x00" + c.Key + "\x00" + c.Head
	names, ok := v.holders[key]
	if !ok {
		passages, err := v.sources.of(ctx, sourceID)
		if err != nil {
			return false, err
		}
		// Only a passage that names the owner can bind the noun to it:
		// the others are not read.
		owner := make(map[string]bool)
		srcLang := v.sourceLanguage(sourceID, lang)
		for _, k := range c.Keys() {
			for _, form := range v.e.entities.Names(k) {
				for _, t := range v.read.termsOf(form, srcLang) {
					owner[t] = true
				}
			}
		}
		for _, p := range passages {
			if !slices.ContainsFunc(strings.Fields(p.Terms), func(t string) bool { return owner[t] }) {
				continue
			}
			for _, n := range v.holdersIn(p.Text, v.passageLang(p, srcLang), c, v.mentionsOf(p, srcLang)) {
				if !slices.Contains(names, n) {
					names = append(names, n)
				}
			}
		}
		v.holders[key] = names
	}
	if len(names) == 0 {
		return false, nil
	}
	for _, tok := range analysis.Scan(text) {
		if slices.Contains(names, tok.Text) {
			return true, nil
		}
	}
	return false, nil
}

// holdersIn returns the surnames a text gives right after the
// constraint's noun bound to its owner: "Premierminister Mohammed Shia
// al-Sudani" → "Sudani"; "der amerikanischen Botschafterin in Bagdad,
// Alina Romanowski" → "Romanowski".
func (v *verifier) holdersIn(text, lang string, c query.Constraint, mentions []entity.Mention) []string {
	var out []string
	v.eachHead(text, lang, c, mentions, func(toks []analysis.Token, i int, owned, _ bool) {
		if !owned {
			return
		}
		if name := surnameAfter(text, toks, i+1, mentions); name != "" {
			out = append(out, name)
		}
	})
	return out
}

// surnameAfter returns the last word of the person's name that starts at
// token j, or "" when none does. A place the office is held in may come
// first, closed by a comma ("in Bagdad, Alina Romanowski"). A name is a
// run of capitalised words, joined by spaces or by hyphens after a
// particle ("al-Sudani"), up to a place or people; its surname is its last
// word that is no common word.
func surnameAfter(text string, toks []analysis.Token, j int, mentions []entity.Mention) string {
	if j+2 < len(toks) && toks[j].Stop && !analysis.StartsUpper(toks[j].Text) {
		// "in Bagdad, …", "to Iraq, …"
		k := j + 1
		for k < len(toks) && analysis.StartsUpper(toks[k].Text) && !strings.ContainsAny(between(text, toks, k), ",;:.") {
			k++
		}
		if k < len(toks) && k > j+1 && strings.TrimSpace(between(text, toks, k)) == "," {
			j = k
		} else {
			return ""
		}
	}
	last := ""
	for k := j; k < len(toks); k++ {
		tok := toks[k]
		if k > j {
			if gap := between(text, toks, k); gap != " " && gap != "-" {
				break
			}
		}
		if !analysis.StartsUpper(tok.Text) && !segment.NameParticle(tok.Text) {
			break
		}
		if slices.ContainsFunc(mentions, func(m entity.Mention) bool { return m.Start <= tok.Start && tok.Start < m.End }) {
			break // a place or people, no person
		}
		// A German word the lexicon knows, or a month or day, ends the
		// name or is none of it: "Thabet al-Abbassi Anfang September",
		// "Alina Romanowski on Monday".
		if w := strings.ToLower(tok.Text); tok.Lemma == "" && !timex.IsMonth(w) && !timex.IsWeekday(w) {
			last = tok.Text
		}
	}
	if utf8.RuneCountInString(last) < minSurname || segment.NameParticle(last) {
		return ""
	}
	return last
}

// between returns the text between token k-1 and token k.
func between(text string, toks []analysis.Token, k int) string {
	if k == 0 {
		return ""
	}
	return text[toks[k-1].Start+len(toks[k-1].Text) : toks[k].Start]
}

// minSurname is the shortest surname, in letters, that stands for its
// holder: shorter ones ("Al", "Ibn", "Li") are too often a particle or
// another word. Not tuned: the QA pool's holders are all longer.
const minSurname = 4
