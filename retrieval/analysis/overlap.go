package analysis

import (
	"slices"
	"strings"
)

// TermSet is the set of distinct analysed terms.
func TermSet(terms []string) map[string]bool {
	set := make(map[string]bool, len(terms))
	for _, t := range terms {
		set[t] = true
	}
	return set
}

// Jaccard is the share of terms two sets have in common: |a∩b| / |a∪b|,
// 0 when either is empty.
func Jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// minPart is the shortest term that counts as part of a compound.
const minPart = 5

// Covered reports whether a term, a compound containing it, or a part of it
// is among a set of terms: "abzug" is covered by "truppenabzug".
func Covered(term string, terms map[string]bool) bool {
	if terms[term] {
		return true
	}
	for w := range terms {
		if len(term) >= minPart && strings.Contains(w, term) || len(w) >= minPart && strings.Contains(term, w) {
			return true
		}
	}
	return false
}

// CoveredAsParts is Covered for a compound whose lexicon parts are known
// ("fuss", "ball", "weltmeist" of "fussballweltmeist"): a shorter term
// covers it only as one of its parts or several in a row, not as letters
// across or inside them ("meist" in "weltmeist"). With fewer than two
// parts it is Covered.
func CoveredAsParts(term string, parts []string, terms map[string]bool) bool {
	if len(parts) < 2 {
		return Covered(term, terms)
	}
	if terms[term] {
		return true
	}
	for w := range terms {
		if len(term) >= minPart && strings.Contains(w, term) || len(w) >= minPart && strings.Contains(term, w) && partsSpell(parts, w) {
			return true
		}
	}
	return false
}

// partsSpell reports whether parts in a row spell w.
func partsSpell(parts []string, w string) bool {
	for i := range parts {
		s := ""
		for _, p := range parts[i:] {
			s += p
			if s == w {
				return true
			}
			if len(s) >= len(w) {
				break
			}
		}
	}
	return false
}

// Within reports whether a term, or the term inflected, is among a set of
// terms: the term itself or as a compound's head, with an ending of
// withinEndings or none ("innenminist" in "innenministerin", "sekretar"
// in "generalsekretar", "botschaft" in "us-botschaft"); not a part before
// the head, nor a longer word ("innenminist" is not within
// "innenministerium", nor "prasident" within "prasidentschaftskandidat").
func Within(term string, terms map[string]bool) bool {
	return WithinUnless(term, terms, nil)
}

// WithinUnless is Within, but a compound whose part before term makes
// unless true does not count: "vize" in "vizeverteidigungsminist" makes
// a deputy, not the minister.
func WithinUnless(term string, terms map[string]bool, unless func(before string) bool) bool {
	if terms[term] {
		return true
	}
	if len(term) < minPart {
		return false
	}
	for w := range terms {
		if i := strings.LastIndex(w, term); i >= 0 && (i+len(term) == len(w) || slices.Contains(withinEndings, w[i+len(term):])) &&
			(unless == nil || !unless(w[:i])) {
			return true
		}
	}
	return false
}

// withinEndings are the endings of a person's noun that Within takes:
// feminine, plural and genitive.
var withinEndings = []string{"in", "innen", "erin", "erinnen", "s", "n", "en", "es", "er", "e"}
