package translate

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// weighting holds the choices measured on the XQuAD-R development set
// (BenchmarkXQuADRWeighting in proxy_test.go varies each of them).
type weighting struct {
	// spread is the exponent α in weight = share^α, share being a
	// translation's part of its word's score: 1 divides a word's weight
	// among its translations, 0 gives every translation the full weight.
	spread float64
	// maxTranslations caps the alternatives kept per English word or phrase.
	maxTranslations int
	// maxPhraseWords bounds the length of the multi-word headwords tried.
	maxPhraseWords int
	// phraseWords is the weight, relative to a word on its own, of each word
	// of a matched phrase, searched beside the phrase's translations.
	phraseWords float64
	// evidence scores a sense by its examples and references instead of
	// treating all senses alike.
	evidence bool
	// labels lowers the score of archaic, regional, colloquial and
	// specialist translations.
	labels bool
	// lemmaScale scales the articles of a word's base form when the word
	// has articles of its own; 0 would look the base form up only when it
	// has none.
	lemmaScale float64
	// keepSource is the part of a translated word's weight kept by the
	// English word itself (loanwords such as "Team" are spelt alike).
	keepSource float64
	// keepName is the part of a name's weight it keeps when the dictionary
	// translates it ("Iraq" → "Irak").
	keepName float64
	// namesAsWords is the part of a capitalised word's weight given to its
	// common-word translations when the dictionary has no name for it
	// ("State" in "The Islamic State").
	namesAsWords float64
	// supportExp is the exponent γ of a translation's support: its score
	// is multiplied by support^γ, support being the senses of the
	// dictionary that pair it with the word (Dictionary.Support, at
	// least 1); 0 leaves support out. Measured on XQuAD-R's first half
	// (eval retrieval --half 1): 0.5 takes English questions over German
	// sentences from hit@5 0.900 to 0.904 and MRR@10 0.741 to 0.747, the
	// English questions of the mixed set from 0.882 / 0.730 to 0.892 /
	// 0.740, German over English 0.899 / 0.764 to 0.902 / 0.769 (the mixed
	// set's German questions 0.923 to 0.920); 0.25 and 1 did less.
	supportExp float64
	// titleSenses scales the common-word senses of a capitalised word the
	// dictionary also has as a name ("Doctor": Kirchenlehrer as a name,
	// Arzt and Doktor as a word); 0 leaves them out. Measured on XQuAD-R's
	// first half: 1 (as 0.5) takes English questions over German from
	// hit@5 0.904 to 0.907, MRR@10 0.747 to 0.750, the mixed set's English
	// questions from 0.892 / 0.740 to 0.894 / 0.744; German questions, which
	// capitalise every noun, are not affected.
	titleSenses float64
}

var defaultWeighting = weighting{
	spread:          0.35,
	maxTranslations: 8,
	maxPhraseWords:  4,
	phraseWords:     0.3,
	evidence:        true,
	labels:          true,
	lemmaScale:      0.3,
	keepSource:      0.15,
	keepName:        0.5,
	namesAsWords:    0.3,
	supportExp:      0.5,
	titleSenses:     1,
}

// sense is an article with a factor for its score: an article of the base
// form of an inflected word counts less than one of the word itself.
type sense struct {
	Entry
	scale float64
}

func senses(entries []Entry, scale float64) []sense {
	out := make([]sense, len(entries))
	for i, e := range entries {
		out[i] = sense{e, scale}
	}
	return out
}

// weigh scores the German translations in senses and shares weight among the
// best of them. FreeDict orders senses alphabetically, not by frequency, so a
// sense's score comes from the examples and references the dictionary gives
// it; within a sense the first translation is the usual one.
//
// known, when not nil, says whether the collection uses a translation:
// translations it never uses are left out before the best are chosen, so
// their share goes to those that can match, unless it uses none of them.
// weigh reports whether the terms it returns are ones the collection uses.
//
// support, when not nil, gives how strongly the dictionary pairs a sense's
// headword with a translation (Dictionary.Support): a word's usual sense
// recurs in its dictionary's phrases.
func (w weighting) weigh(senses []sense, from string, weight float64, known func(string) bool, support func(headword, text string) int) ([]Term, bool) {
	scores := make(map[string]float64)
	var order []string
	for _, e := range senses {
		score := e.scale
		if w.evidence {
			score *= 1 + math.Log1p(float64(e.Examples)) + 0.5*math.Log1p(float64(e.References))
		}
		for i, tr := range e.Translations {
			s := score / (1 + 0.5*float64(i))
			if w.labels {
				s *= labelFactor(tr.Labels)
			}
			if support != nil && w.supportExp > 0 {
				s *= math.Pow(float64(max(1, support(e.Headword, tr.Text))), w.supportExp)
			}
			if _, seen := scores[tr.Text]; !seen {
				order = append(order, tr.Text)
			}
			scores[tr.Text] += s
		}
	}
	slices.SortStableFunc(order, func(a, b string) int { return cmp.Compare(scores[b], scores[a]) })
	used := known == nil
	if known != nil {
		var kept []string
		for _, text := range order {
			if known(text) {
				kept = append(kept, text)
			}
		}
		if len(kept) > 0 {
			order, used = kept, true
		}
	}
	order = order[:min(len(order), w.maxTranslations)]
	var total float64
	for _, text := range order {
		total += scores[text]
	}
	terms := make([]Term, 0, len(order))
	for _, text := range order {
		share := scores[text] / total
		terms = append(terms, Term{Text: text, Weight: weight * math.Pow(share, w.spread), From: from})
	}
	return terms, used
}

// labelFactor lowers translations marked as outdated, rare, regional,
// colloquial or specialist: news articles use them less often.
func labelFactor(labels []string) float64 {
	f := 1.0
	for _, l := range labels {
		if factor, ok := labelFactors[l]; ok {
			f *= factor
		}
	}
	return f
}

var labelFactors = func() map[string]float64 {
	m := map[string]float64{"frühere Bezeichnung": 0.2, "former name": 0.2}
	set := func(factor float64, labels string) {
		for _, l := range strings.Fields(labels) {
			m[l] = factor
		}
	}
	set(0.2, "veraltet obs. alt dated archaic altertümlich selten rare veraltend poet.")
	set(0.5, "Ös. Schw. Bayr. Süddt. Norddt. Mitteldt. Mittelwestdt. Westdt. Ostdt. Nordostdt. Nordwestdt. Südwestdt. Mittelostdt. Westös. Südtirol Sachsen BW")
	set(0.5, "ugs. coll. slang vulg. humor. pej. euphem. Jugendsprache Kindersprache Jägersprache iron.")
	set(0.7, "techn. med. ornith. bot. chem. zool. min. electr. constr. geol. anat. textil. agr. phys. biol. math. naut. telco. mach. biochem. pharm. print astron. statist. photo. myc. aviat. ling.")
	return m
}()
