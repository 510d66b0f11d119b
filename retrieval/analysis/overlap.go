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
	if within(term, terms) {
		return true
	}
	for w := range terms {
		if len(w) >= minPart && holds(term, w) {
			return true
		}
	}
	return false
}

// within reports whether a term is among terms as itself, as its letters
// and its number apart ("covid19" asked is "COVID-19" written), or within
// a longer term ("bagdad" in "bagdadbesuch"): what Covered and Covering
// share.
func within(term string, terms map[string]bool) bool {
	if terms[term] {
		return true
	}
	if letters := strings.TrimRight(term, "0123456789"); letters != term && letters != "" && terms[letters] && terms[term[len(letters):]] {
		return true
	}
	if len(term) < minPart {
		return false
	}
	for w := range terms {
		if holds(w, term) {
			return true
		}
	}
	return false
}

// Covering is Covered without a part of a term alone: the term itself,
// its letters and number apart ("covid19" of "COVID-19"), a longer term
// that holds it ("bagdad" in "bagdadbesuch"), or terms that spell all of
// it (Spelled: "built" and "in" of "builtin", "grammy" of "grammys");
// "except" does not cover "exceptiongroup".
func Covering(term string, terms map[string]bool) bool {
	return within(term, terms) || Spelled(term, terms)
}

// Spelled reports whether terms spell all of term, split where they end
// (what terms a text holds, not where: "bern" and "stein" spell
// "bernstein" wherever they stand), each of two letters or more, with a
// linking "s" or an ending the stems left off between two ("regierung",
// "chef" of "regierungschef"; "luth", "bibel" of "lutherbibel"), and an
// inflection's ending at the end ("grammy" of "grammys", "bundesamt" of
// "bundesamts"); at least one term of five letters or more.
func Spelled(term string, terms map[string]bool) bool {
	// reach[i] holds what is known of spelling term[:i]: 1 spelled, 2
	// spelled with a term of five letters or more; each end is reached
	// once, so a long term costs its length squared.
	n := len(term)
	reach := make([]uint8, n+1)
	reach[0] = 1
	for i := 0; i < n; i++ {
		if reach[i] == 0 {
			continue
		}
		for j := i + 2; j <= n; j++ {
			w := term[i:j]
			if !terms[w] {
				continue
			}
			r := reach[i]
			if len(w) >= minPart {
				r = 2
			}
			// The word, then a linking letter or an ending the stems
			// left off ("luth|er|bibel").
			reach[j] = max(reach[j], r)
			for _, e := range inflectionEnds {
				if k := j + len(e); k < n && strings.HasPrefix(term[j:], e) {
					reach[k] = max(reach[k], r)
				}
			}
		}
	}
	if reach[n] == 2 {
		return true
	}
	// An inflection's ending at the end ("grammy|s").
	return slices.ContainsFunc(inflectionEnds, func(e string) bool {
		return n > len(e) && strings.HasSuffix(term, e) && reach[n-len(e)] == 2
	})
}

// inflectionEnds are the endings a name's term may have beyond the word
// written, at its end or inside it: a plural or a genitive ("Grammys",
// "Bundesamts"), a linking letter, or what German stems leave off
// ("Luther" is "luth").
var inflectionEnds = []string{"s", "es", "n", "en", "e", "er", "ern", "ns"}

// holds reports whether word holds part other than beside a digit: a
// number written onto a name makes another name ("debconf16" holds no
// "debconf", nor "debconf1"), as a compound's parts do not.
func holds(word, part string) bool {
	for at := 0; ; {
		k := strings.Index(word[at:], part)
		if k < 0 {
			return false
		}
		i, j := at+k, at+k+len(part)
		if !(i > 0 && isDigit(word[i-1]) || j < len(word) && isDigit(word[j])) {
			return true
		}
		at = i + 1
	}
}

// CoveredAsParts is Covered for a compound whose lexicon parts are known
// ("fuss", "ball", "weltmeist" of "fussballweltmeist"): a shorter term
// covers it only as one of its parts or several in a row, beginning where
// a part begins and ending where one ends (linking letters after it
// allowed: "waffenstillstand" in "waffenstillstandsabkomm"), not as letters
// inside or across them ("meist", "fussballwelt"). With fewer than two
// parts it is Covered.
func CoveredAsParts(term string, parts []string, terms map[string]bool) bool {
	if len(parts) < 2 {
		return Covered(term, terms)
	}
	if terms[term] {
		return true
	}
	spans := partSpans(term, parts)
	for w := range terms {
		if len(term) >= minPart && holds(w, term) {
			return true
		}
		if len(w) >= minPart && spellsParts(term, spans, w) {
			return true
		}
	}
	return false
}

// partSpans returns where each of term's parts begins and ends, each found
// after the one before it; the letters between two parts link them.
func partSpans(term string, parts []string) [][2]int {
	var out [][2]int
	at := 0
	for _, p := range parts {
		k := strings.Index(term[at:], p)
		if k < 0 {
			break
		}
		out = append(out, [2]int{at + k, at + k + len(p)})
		at += k + len(p)
	}
	return out
}

// spellsParts reports whether w is term's text from where one part begins
// to where one ends, or to the next part's beginning (its linking letters),
// or to term's end.
func spellsParts(term string, spans [][2]int, w string) bool {
	for _, a := range spans {
		if !strings.HasPrefix(term[a[0]:], w) {
			continue
		}
		end := a[0] + len(w)
		if end == len(term) {
			return true
		}
		for k, b := range spans {
			next := len(term)
			if k+1 < len(spans) {
				next = spans[k+1][0]
			}
			if end >= b[1] && end <= next {
				return true
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
