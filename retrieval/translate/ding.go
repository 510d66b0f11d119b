package translate

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
)

// dict.tsv.gz is the Ding German-English dictionary (Debian trans-de-en,
// GPL-2+) and WordNet's irregular English forms, made compact by
// internal/mkdata; see NOTICE.
//
//go:embed dict.tsv.gz
var embeddedDict []byte

// Ding is the Ding German-English dictionary held in memory, read in both
// directions. It is read-only after it is loaded and safe for concurrent use.
type Ding struct {
	text    string      // the decompressed data; entries' fields are slices of it
	entries []dingEntry // one per D line
	en, de  map[string]int32
	// postings chain the entries of a key: en[key] and de[key] point at the
	// first, and each posting at the next (-1 ends the chain).
	postings []posting
	// irregular maps an irregular English form to its base forms
	// ("withdrew" → "withdraw"), from WordNet.
	irregular map[string]string
	// supports maps an English word to the German stems Ding pairs it
	// with more than once, "stem=n;stem=n" (see Support).
	supports map[string]string
}

type posting struct {
	entry uint32
	next  int32
}

// dingEntry is one Ding sense, its fields as the data writes them: English
// and German synonyms ("text[label|label];text") and the inflected forms the
// dictionary gives for them. They are parsed when looked up.
type dingEntry struct {
	en, enVariants, de, deVariants string
}

// LoadDing decodes the embedded dictionary, about 280,000 senses (see
// BenchmarkLoadDing for the time it takes), so callers load it once, on the
// first question that needs it.
func LoadDing() (*Ding, error) {
	zr, err := gzip.NewReader(bytes.NewReader(embeddedDict))
	if err != nil {
		return nil, fmt.Errorf("dictionary data: %w", err)
	}
	return ParseDing(zr)
}

// ParseDing reads a dictionary in the embedded format: lines
// "D TAB en TAB en-variants TAB de TAB de-variants TAB en-keys TAB de-keys",
// the term lists ";"-separated with
// each term "text" or "text[label|label]", the keys the DingKey of each
// side's terms and variants; lines "X TAB form TAB base;base" of irregular
// English forms; lines "S TAB word TAB stem=n;stem=n" of support counts
// (Dictionary.Support); '#' starts a comment.
func ParseDing(r io.Reader) (*Ding, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("dictionary: %w", err)
	}
	d := &Ding{text: string(data), irregular: make(map[string]string), supports: make(map[string]string)}
	lines := strings.Count(d.text, "\n") + 1
	d.entries = make([]dingEntry, 0, lines)
	d.en = make(map[string]int32, lines*3/2)
	d.de = make(map[string]int32, lines*3/2)
	d.postings = make([]posting, 0, lines*4)
	n := 0
	for line := range strings.Lines(d.text) {
		n++
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		var f [7]string
		k := 0
		for field := range strings.SplitSeq(line, "\t") {
			if k == len(f) {
				k++
				break
			}
			f[k] = field
			k++
		}
		switch {
		case f[0] == "X" && k == 3:
			d.irregular[f[1]] = f[2]
		case f[0] == "S" && k == 3:
			d.supports[f[1]] = f[2]
		case f[0] == "D" && k == 7:
			if f[1] == "" || f[3] == "" || f[5] == "" || f[6] == "" {
				return nil, fmt.Errorf("dictionary line %d: an entry needs English and German terms and keys", n)
			}
			idx := uint32(len(d.entries))
			d.entries = append(d.entries, dingEntry{en: f[1], enVariants: f[2], de: f[3], deVariants: f[4]})
			d.index(d.en, idx, f[5])
			d.index(d.de, idx, f[6])
		default:
			return nil, fmt.Errorf("dictionary line %d: not a D, X or S line", n)
		}
	}
	return d, nil
}

// index files an entry under each of its ";"-separated keys.
func (d *Ding) index(m map[string]int32, idx uint32, keys string) {
	for k := range strings.SplitSeq(keys, ";") {
		if k == "" {
			continue
		}
		head, ok := m[k]
		if !ok {
			head = -1
		} else if d.postings[head].entry == idx {
			continue
		}
		m[k] = int32(len(d.postings))
		d.postings = append(d.postings, posting{entry: idx, next: head})
	}
}

// parseTerms reads "text[label|label];text".
func parseTerms(s string) []Translation {
	var out []Translation
	for item := range strings.SplitSeq(s, ";") {
		text, labels, _ := strings.Cut(item, "[")
		t := Translation{Text: strings.TrimSpace(text)}
		if labels = strings.TrimSuffix(labels, "]"); labels != "" {
			t.Labels = strings.Split(labels, "|")
		}
		if t.Text != "" {
			out = append(out, t)
		}
	}
	return out
}

// dingPlaceholders are the object placeholders of Ding's verbs ("etw.
// abziehen", "withdraw sth."); a headword is filed without them, so that
// "abziehen" and "withdraw" find their articles.
var dingPlaceholders = map[string]bool{
	"sb": true, "sth": true, "sbsth": true, "sb's": true, "sbs": true, "one's": true, "ones": true,
	"jd": true, "jdm": true, "jdn": true, "jds": true, "etw": true, "jdmetw": true, "jdnetw": true, "sich": true,
}

// objectPrepositions are the English prepositions that join a verb's
// second object to it in Ding's headwords ("provide sb. with sth.").
var objectPrepositions = map[string]bool{
	"to": true, "for": true, "with": true, "from": true, "of": true, "on": true, "at": true, "in": true, "into": true,
	"about": true, "against": true, "by": true, "as": true, "onto": true, "upon": true, "over": true,
}

// withoutObjects cuts a verb's second object from the end of a
// headword's words: a preposition between two placeholders at the end
// belongs to the objects, not to the verb, so "beat sb. to sth." is filed
// as "beat", for "beat to" would match "Who did they beat to win …?". A
// preposition before a word stays ("take sth. into account"). The words
// may be as written or normalised.
func withoutObjects(words []string) []string {
	n := len(words)
	if n >= 4 && dingPlaceholders[normaliseKey(words[n-1])] && objectPrepositions[normaliseKey(words[n-2])] && dingPlaceholders[normaliseKey(words[n-3])] {
		return words[:n-2]
	}
	return words
}

// DingKey is the lookup key of a Ding term: normalised as dictd keys are
// (lower case, letters, digits and single spaces), placeholders ("sth.",
// "etw.") left out, and a second object's preposition with them
// (withoutObjects). internal/mkdata writes each term's key into the data
// with it.
func DingKey(text string) string {
	k := normaliseKey(text)
	if !strings.Contains(k, " ") {
		if dingPlaceholders[k] {
			return ""
		}
		return k
	}
	words := withoutObjects(strings.Fields(k))
	kept := words[:0]
	for _, w := range words {
		if !dingPlaceholders[w] {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// EnglishGerman is the dictionary read from English to German, for
// NewTranslator.
func (d *Ding) EnglishGerman() *Dictionary { return &Dictionary{ding: d, fromGerman: false} }

// GermanEnglish is the dictionary read from German to English, for
// NewGermanTranslator.
func (d *Ding) GermanEnglish() *Dictionary { return &Dictionary{ding: d, fromGerman: true} }

// Reversed returns the same embedded dictionary read the other way
// (GermanEnglish for EnglishGerman and back), so that both directions share
// one load; false for a dictionary opened from dictd files, which has one
// direction only.
func (d *Dictionary) Reversed() (*Dictionary, bool) {
	if d == nil || d.ding == nil {
		return nil, false
	}
	return &Dictionary{ding: d.ding, fromGerman: !d.fromGerman}, true
}

// Irregular returns the base forms WordNet gives an irregular English form
// ("withdrew" → "withdraw", "troops" has none).
func (d *Ding) Irregular(form string) []string {
	bases, ok := d.irregular[strings.ToLower(form)]
	if !ok {
		return nil
	}
	return strings.Split(bases, ";")
}

// lookup returns the articles of a headword in one direction, as Entries:
// the headword and its inflected forms, and the other language's synonyms
// as translations. Ding has no examples or references to count, so every
// sense weighs alike.
func (d *Ding) lookup(headword string, fromGerman bool) []Entry {
	key := DingKey(headword)
	m := d.en
	if fromGerman {
		m = d.de
	}
	head, ok := m[key]
	if !ok {
		return nil
	}
	var idxs []uint32
	for p := head; p >= 0; p = d.postings[p].next {
		idxs = append(idxs, d.postings[p].entry)
	}
	slices.Reverse(idxs) // in the dictionary's order
	out := make([]Entry, 0, len(idxs))
	for _, i := range idxs {
		e := d.entries[i]
		srcText, dstText, variantText := e.en, e.de, e.enVariants
		if fromGerman {
			srcText, dstText, variantText = e.de, e.en, e.deVariants
		}
		src := parseTerms(srcText)
		if len(src) == 0 {
			continue // a line of blanks: nothing to translate from
		}
		head := src[0].Text
		for _, s := range src {
			if DingKey(s.Text) == key {
				head = s.Text
				break
			}
		}
		var variants []string
		for _, v := range parseTerms(variantText) {
			variants = append(variants, v.Text)
		}
		var trs []Translation
		for _, t := range parseTerms(dstText) {
			text := cleanGerman(t.Text)
			if fromGerman {
				text = cleanEnglish(t.Text)
			}
			// A translation of four words or more is a paraphrase, not
			// words an article would use.
			if text != "" && strings.Count(text, " ") < maxTranslationWords {
				trs = append(trs, Translation{Text: text, Labels: t.Labels})
			}
		}
		if len(trs) == 0 {
			continue
		}
		out = append(out, Entry{Headword: dingHeadword(head), Variants: variants, Translations: trs})
	}
	return out
}

// maxTranslationWords bounds the words of a translation kept.
const maxTranslationWords = 3

// dingHeadword removes placeholders from a headword as written, and a
// second object's preposition with them (withoutObjects), so that matching
// compares it with the question's words alone, as its key does.
func dingHeadword(text string) string {
	words := withoutObjects(strings.Fields(text))
	kept := words[:0]
	for _, w := range words {
		if !dingPlaceholders[normaliseKey(w)] {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// cleanEnglish drops English placeholders ("sb.", "sth.") from a
// translation into English.
func cleanEnglish(s string) string {
	words := strings.Fields(strings.NewReplacer("/", " ", "…", " ").Replace(s))
	kept := words[:0]
	for _, w := range words {
		if !dingPlaceholders[normaliseKey(w)] && !placeholders[w] {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}
