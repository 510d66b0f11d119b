package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// synset is one WordNet synset: its words and its pointers.
type synset struct {
	offset  string
	lexfile int // the lexicographer file: 4 noun.act, 18 noun.person, …
	pos     byte
	words   []string // spaces for underscores, adjective markers removed
	ptrs    []wnPointer
}

type wnPointer struct {
	symbol string
	target string // synset offset
	pos    byte
	// from and to are the source and target word numbers, 1-based; 0 and 0
	// for a pointer between whole synsets.
	from, to int
}

// readWordNetData reads a WordNet data.* file into synsets by offset.
func readWordNetData(path string) (map[string]*synset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := make(map[string]*synset)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // the licence header
		}
		body, _, _ := strings.Cut(line, " | ")
		fields := strings.Fields(body)
		if len(fields) < 4 {
			continue
		}
		lexfile, err := strconv.Atoi(fields[1])
		if err != nil {
			continue
		}
		s := &synset{offset: fields[0], lexfile: lexfile, pos: fields[2][0]}
		n, err := strconv.ParseInt(fields[3], 16, 32)
		if err != nil {
			continue
		}
		i := 4
		for k := 0; k < int(n) && i+1 < len(fields); k++ {
			w := fields[i]
			if j := strings.IndexByte(w, '('); j > 0 { // "Italian(a)"
				w = w[:j]
			}
			s.words = append(s.words, strings.ReplaceAll(w, "_", " "))
			i += 2
		}
		if i >= len(fields) {
			continue
		}
		np, err := strconv.Atoi(fields[i])
		if err != nil {
			continue
		}
		i++
		for k := 0; k < np && i+3 < len(fields); k++ {
			st, err := strconv.ParseUint(fields[i+3], 16, 16)
			if err != nil {
				st = 0 // a malformed source/target: a pointer between whole synsets
			}
			s.ptrs = append(s.ptrs, wnPointer{symbol: fields[i], target: fields[i+1], pos: fields[i+2][0], from: int(st >> 8), to: int(st & 0xff)})
			i += 4
		}
		out[s.offset] = s
	}
	return out, sc.Err()
}

// indexEntry is one line of a WordNet index file: a lemma (underscores
// for spaces), how often its senses were tagged in the Semcor corpus, and
// its synsets' offsets, commonest sense first.
type indexEntry struct {
	lemma   string
	tagged  int
	offsets []string
}

// readIndex calls f for each entry of a WordNet index file (index.noun,
// index.verb, …), skipping the licence header and malformed lines.
func readIndex(path string, f func(indexEntry)) error {
	file, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read WordNet index: %w", err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 6 {
			continue
		}
		pcnt, err := strconv.Atoi(fields[3])
		if err != nil || 4+pcnt+2 >= len(fields) {
			continue
		}
		tagged, err := strconv.Atoi(fields[4+pcnt+1])
		if err != nil {
			continue
		}
		f(indexEntry{lemma: fields[0], tagged: tagged, offsets: fields[4+pcnt+2:]})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read WordNet index %s: %w", path, err)
	}
	return nil
}

// readTagCounts returns, for each lower-case lemma of a WordNet index file,
// how often its senses were tagged in the Semcor corpus: a measure of how
// common the word is.
func readTagCounts(path string, into map[string]int) error {
	return readIndex(path, func(e indexEntry) {
		into[strings.ReplaceAll(e.lemma, "_", " ")] += e.tagged
	})
}

// readExceptions reads a WordNet *.exc file: inflected form → base forms.
func readExceptions(path string, into map[string][]string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		for _, base := range fields[1:] {
			into[fields[0]] = appendNew(into[fields[0]], strings.ReplaceAll(base, "_", " "))
		}
	}
	return sc.Err()
}

// personFile is WordNet's lexicographer file of nouns that name people.
const personFile = 18

// readPersonNouns returns the one-word common nouns of a WordNet index.noun
// whose commonest sense (the index lists senses by frequency) names a
// person: "consul", "historian", "graduate", not "general"'s "a general
// fact" if that came first. A name ("Lincoln") is no common noun: its
// synset writes it with a capital.
func readPersonNouns(path string, nouns map[string]*synset) (map[string]bool, error) {
	out := make(map[string]bool)
	err := readIndex(path, func(e indexEntry) {
		if strings.ContainsAny(e.lemma, "_-.'0123456789") {
			return
		}
		first, ok := nouns[e.offsets[0]]
		if !ok || first.lexfile != personFile {
			return
		}
		for _, w := range first.words {
			if w == e.lemma { // written in lower case: a common noun
				out[w] = true
			}
		}
	})
	return out, err
}
