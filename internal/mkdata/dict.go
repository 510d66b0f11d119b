package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/translate"
)

// buildDict writes the Ding German-English dictionary in a compact form both
// directions read, plus WordNet's irregular English forms:
//
//	D TAB en TAB en-variants TAB de TAB de-variants TAB en-keys TAB de-keys
//	X TAB inflected TAB base base …
//	S TAB english-word TAB german-stem=count;german-stem=count …
//
// A D line is one Ding line's first sense: its English and German synonyms
// (";" between them, each "text" or "text[label|label]"), and the inflected
// forms its later senses give ("withdrawals"/"Abzüge", "withdrew"/"zog ab").
// Later senses that are phrases of their own become D lines too. The keys
// are the lookup keys of each side's terms and variants (translate.DingKey),
// so that loading the dictionary does no normalising.
//
// S lines count how often Ding pairs an English word with a German stem
// (translate.Dictionary.Support; supportTable).
//
// Ding gives no frequencies. Weighing senses by how many compounds their
// word is part of (Abzug: Truppenabzug, Abzugsdatum, …) was tried and
// dropped: on the first half of XQuAD-R's articles, English questions, it
// gave hit@5 0.856 against 0.864 without it.
func buildDict(in, out string) error {
	type line struct {
		en, enVar, de, deVar []dingTerm
	}
	var lines []line
	err := readDingLines(pkgPath(in, "trans-de-en", "usr", "share", "trans", "de-en"), func(pairs []dingPair) {
		if len(pairs) == 0 || !pairs[0].first {
			return
		}
		head := line{en: pairs[0].en, de: pairs[0].de, enVar: altTerms(pairs[0].en), deVar: altTerms(pairs[0].de)}
		// "to withdraw {withdrew; withdrawn}": irregular forms in braces.
		for _, t := range head.en {
			for _, g := range t.grammar {
				for _, form := range strings.Split(g, ";") {
					if form = strings.TrimSpace(form); strings.Count(form, " ") == 0 && len(form) > 2 && !isGrammarTag(form) {
						head.enVar = append(head.enVar, dingTerm{text: form})
					}
				}
			}
		}
		for _, p := range pairs[1:] {
			p.en, p.de = dropPronouns(p.en), dropPronouns(p.de)
			if isInflectionSense(p, pairs[0]) {
				head.enVar = append(append(head.enVar, p.en...), altTerms(p.en)...)
				head.deVar = append(append(head.deVar, p.de...), altTerms(p.de)...)
				continue
			}
			lines = append(lines, line{en: p.en, de: p.de, enVar: altTerms(p.en), deVar: altTerms(p.de)})
		}
		lines = append(lines, head)
	})
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("# Ding German-English dictionary (trans-de-en 1.9-6, GPL-2+) and WordNet 3.0 exceptions, built by internal/mkdata; see NOTICE.\n")
	for _, l := range lines {
		en, de := termList(l.en), termList(l.de)
		if en == "" || de == "" {
			continue
		}
		enVar, deVar := termList(l.enVar), termList(l.deVar)
		enKeys, deKeys := keyList(en, enVar), keyList(de, deVar)
		if enKeys == "" || deKeys == "" {
			continue // only placeholders: nothing to look up
		}
		fmt.Fprintf(&b, "D\t%s\t%s\t%s\t%s\t%s\t%s\n", en, enVar, de, deVar, enKeys, deKeys)
	}
	supports, err := supportTable(pkgPath(in, "trans-de-en", "usr", "share", "trans", "de-en"), func(pair func(en, de []dingTerm)) {
		for _, l := range lines {
			pair(l.en, l.de)
		}
	})
	if err != nil {
		return err
	}
	b.WriteString(supports)
	exc := make(map[string][]string)
	wn := pkgPath(in, "wordnet-base", "usr", "share", "wordnet")
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		if err := readExceptions(wn+"/"+pos+".exc", exc); err != nil {
			return err
		}
	}
	for _, form := range sortedKeys(exc) {
		fmt.Fprintf(&b, "X\t%s\t%s\n", form, strings.Join(exc[form], ";"))
	}
	return writeGzip(out+"/retrieval/translate/dict.tsv.gz", []byte(b.String()))
}

// readDingLines calls fn with each Ding line's aligned pairs, in file order.
func readDingLines(path string, fn func([]dingPair)) error {
	var cur []dingPair
	err := readDing(path, func(p dingPair) {
		if p.first && len(cur) > 0 {
			fn(cur)
			cur = nil
		}
		cur = append(cur, p)
	})
	if len(cur) > 0 {
		fn(cur)
	}
	return err
}

// isInflectionSense reports whether a later sense of a Ding line only
// inflects its first one: a plural ("Abzüge {pl}" | "withdrawals") or a verb
// form ("zog ab" | "withdrew"), told by an English word that begins like the
// headword's.
func isInflectionSense(p, head dingPair) bool {
	for _, d := range p.de {
		if d.has("pl") {
			return true
		}
	}
	for _, e := range p.en {
		if strings.Contains(e.text, " ") {
			return false
		}
		ok := false
		for _, h := range head.en {
			if !strings.Contains(h.text, " ") && sharedPrefix(strings.ToLower(e.text), strings.ToLower(h.text)) >= min(4, utf8.RuneCountInString(h.text)) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return len(p.en) > 0
}

func sharedPrefix(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n
}

// maxTermWords bounds the terms kept: the translators look up phrases of at
// most four words, and a longer translation (an example sentence) is no
// search term.
const maxTermWords = 4

// termList writes terms as "text[label|label];text".
func termList(ts []dingTerm) string {
	var parts []string
	seen := make(map[string]bool)
	for _, t := range ts {
		t.text = strings.Join(strings.Fields(placeOrObject.ReplaceAllString(t.text, "")), " ")
		text := strings.NewReplacer("\t", " ", ";", ",", "[", "(", "]", ")").Replace(t.text)
		if text == "" || seen[text] || len(strings.Fields(text)) > maxTermWords {
			continue
		}
		seen[text] = true
		if len(t.labels) > 0 {
			var labels []string
			for _, l := range t.labels {
				labels = append(labels, strings.NewReplacer("|", "/", "]", ")", "\t", " ", ";", ",").Replace(l))
			}
			sort.Strings(labels)
			text += "[" + strings.Join(labels, "|") + "]"
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, ";")
}

// keyList lists the distinct lookup keys of two term lists.
func keyList(lists ...string) string {
	var keys []string
	for _, list := range lists {
		for _, item := range strings.Split(list, ";") {
			text, _, _ := strings.Cut(item, "[")
			if k := translate.DingKey(text); k != "" {
				keys = appendNew(keys, k)
			}
		}
	}
	return strings.Join(keys, ";")
}

// isGrammarTag reports whether a braced Ding annotation is a grammar tag
// ("m", "pl", "vt", "adj") rather than a list of irregular forms.
func isGrammarTag(s string) bool {
	switch s {
	case "adj", "adv", "vt", "vi", "vr", "pl", "sing", "prp", "conj", "interj", "num", "art", "ppron", "pron", "m", "f", "n", "sg", "no pl":
		return true
	}
	return false
}

// pronouns open Ding's verb-form senses: "he/she withdraws", "ich/er/sie zog zurück".
var pronouns = regexp.MustCompile(`^((I|he|she|it|we|you|they|ich|du|er|sie|es|wir|ihr)(/(I|he|she|it|we|you|they|ich|du|er|sie|es|wir|ihr))*) `)

func dropPronouns(ts []dingTerm) []dingTerm {
	out := make([]dingTerm, len(ts))
	for i, t := range ts {
		t.text = pronouns.ReplaceAllString(t.text, "")
		out[i] = t
	}
	return out
}

// placeOrObject are Ding's stand-ins for a place or an object inside a
// German verb phrase ("von einem Ort abziehen"): not words of the
// translation.
var placeOrObject = regexp.MustCompile(`\b(von|aus|an|in|nach|zu|bei) (einem|einen|einer|irgendeinem) (Ort|Platz|Ding)\b|\birgendwo(hin)?\b`)

// supportTable counts, for each English word and German stem that some D
// line offers as each other's translation (entries calls pair with each
// line's terms), the aligned senses of the whole dictionary, example
// phrases included, that hold both, and writes the pairs met more than
// once as S lines, sorted. The words and stems are translate.SupportWords
// and translate.SupportStems, which the translator reads them with.
func supportTable(path string, entries func(pair func(en, de []dingTerm))) (string, error) {
	counts := make(map[string]map[string]int)
	entries(func(en, de []dingTerm) {
		for _, e := range en {
			for _, w := range translate.SupportWords(e.text) {
				if counts[w] == nil {
					counts[w] = make(map[string]int)
				}
				for _, d := range de {
					for _, s := range translate.SupportStems(d.text) {
						counts[w][s] = 0
					}
				}
			}
		}
	})
	err := readDing(path, func(p dingPair) {
		var stems []string
		for _, d := range p.de {
			stems = appendNew(stems, translate.SupportStems(d.text)...)
		}
		var words []string
		for _, e := range p.en {
			words = appendNew(words, translate.SupportWords(e.text)...)
		}
		for _, w := range words {
			c := counts[w]
			if c == nil {
				continue
			}
			for _, s := range stems {
				if n, ok := c[s]; ok {
					c[s] = n + 1
				}
			}
		}
	})
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, w := range sortedKeys(counts) {
		var items []string
		for _, s := range sortedKeys(counts[w]) {
			if n := counts[w][s]; n > 2 {
				items = append(items, fmt.Sprintf("%s=%d", s, n))
			}
		}
		if len(items) > 0 {
			fmt.Fprintf(&b, "S\t%s\t%s\n", w, strings.Join(items, ";"))
		}
	}
	return b.String(), nil
}
