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
// covers it only where it begins as one of its parts does, not as letters
// inside a part ("meist" in "weltmeist"); linking letters may follow a
// part ("verteidigungsminist" in "verteidigungsministerium"). With fewer
// than two parts it is Covered.
func CoveredAsParts(term string, parts []string, terms map[string]bool) bool {
	if len(parts) < 2 {
		return Covered(term, terms)
	}
	if terms[term] {
		return true
	}
	starts := partStarts(term, parts)
	for w := range terms {
		if len(term) >= minPart && strings.Contains(w, term) {
			return true
		}
		if len(w) >= minPart && slices.ContainsFunc(starts, func(at int) bool { return strings.HasPrefix(term[at:], w) }) {
			return true
		}
	}
	return false
}

// partStarts returns the byte offsets in term where its parts begin, each
// found after the one before it (linking letters between are skipped).
func partStarts(term string, parts []string) []int {
	var out []int
	at := 0
	for _, p := range parts {
		k := strings.Index(term[at:], p)
		if k < 0 {
			break
		}
		out = append(out, at+k)
		at += k + len(p)
	}
	return out
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
