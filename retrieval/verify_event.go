package retrieval

import "github.com/quellen/quellen/retrieval/query"

// askedEvents returns the concepts of the verbs a where-question asks what
// happened by ("wo ist sie begraben", "where was the ship repaired"): the
// answer's sentence must say so, in the verb, its noun or a translation,
// not only place someone or something (where she died is no grave). Verbs that
// only say where something is or that it took place ("liegt", "located",
// "happen", "held") and light verbs ("get", "kommen") are no event of
// their own.
func (v *verifier) askedEvents() []int {
	if v.q.Type != query.Place {
		return nil
	}
	var out []int
	for i, c := range v.q.concepts {
		if v.q.verbs[i] && !placeVerbs[c[0]] {
			out = append(out, i)
		}
	}
	return out
}

// statesEvent reports whether a sentence, of analysed terms own, says
// every event askedEvents found in the question (the analysis reads a
// life's "*" and "†" as a birth and a death).
func (v *verifier) statesEvent(own map[string]bool) bool {
	for _, i := range v.happened {
		if !v.covered(i, own, false, nil) {
			return false
		}
	}
	return true
}

// placeVerbs are the analysed verbs, German and English, that say where
// something is, took place, began, came from or went to, and the light
// verbs that say little of their own: a where-question asks by them no
// event the answer must name (measured on XQuAD-R German questions:
// "Wo begann die Bewegung", "Woher stammten die Minister" are answered
// by sentences that say so in other words).
var placeVerbs = lowerWordSet(`lieg befind steh sitz locat situat sit happen gescheh passier stattfind held hold halt abhalt
	komm come go geh get use verwend take tak mach make do tun hab have giv gib find
	stamm origin entsteh beginn begin start leb live
	erreich reach arriv ankomm zieh hinzieh move`)
