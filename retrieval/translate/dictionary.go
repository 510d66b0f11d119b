package translate

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// DefaultDir is where Debian's dict-freedict-eng-deu installs the dictionary.
const DefaultDir = "/usr/share/dictd"

// FreeDict English→German file names inside a dictd directory.
const (
	IndexFile = "freedict-eng-deu.index"
	DictFile  = "freedict-eng-deu.dict.dz"
)

// Dictionary is a bilingual dictionary read in one direction: a dictd
// dictionary opened from files (FreeDict English→German), or a direction of
// the embedded Ding dictionary. It is read-only after it is opened and safe
// for concurrent use.
type Dictionary struct {
	data    []byte            // the uncompressed .dict file
	entries map[string][]span // normalised headword → its articles in data

	ding       *Ding // set instead of data and entries for the embedded dictionary
	fromGerman bool
}

type span struct{ offset, length uint32 }

// OpenDir opens the FreeDict English→German dictionary in dir, for example
// DefaultDir.
func OpenDir(dir string) (*Dictionary, error) {
	return Open(filepath.Join(dir, IndexFile), filepath.Join(dir, DictFile))
}

// Open reads a dictd dictionary: its .index file and its .dict.dz (dictzip or
// plain gzip) data file. The whole data file is inflated into memory, which
// makes lookups a map access plus parsing one short article. When a file is
// missing the error wraps fs.ErrNotExist.
func Open(indexPath, dictPath string) (*Dictionary, error) {
	compressed, err := os.ReadFile(dictPath)
	if err != nil {
		return nil, fmt.Errorf("dictionary data: %w", err)
	}
	indexText, err := os.ReadFile(indexPath)
	if err != nil {
		return nil, fmt.Errorf("dictionary index: %w", err)
	}
	// Parsing the index takes a third of the time inflating the data takes;
	// doing both at once shortens a bot's start.
	var (
		entries  map[string][]span
		spansEnd int64
		indexErr error
		parsed   = make(chan struct{})
	)
	go func() {
		defer close(parsed)
		entries, spansEnd, indexErr = parseIndex(indexText)
	}()
	data, err := decompressDict(compressed)
	<-parsed
	if err != nil {
		return nil, fmt.Errorf("dictionary data %s: %w", dictPath, err)
	}
	if indexErr != nil {
		return nil, fmt.Errorf("dictionary index %s: %w", indexPath, indexErr)
	}
	if spansEnd > int64(len(data)) {
		return nil, fmt.Errorf("dictionary index %s: entries reach byte %d of a %d-byte data file", indexPath, spansEnd, len(data))
	}
	if len(data) > math.MaxUint32 {
		return nil, fmt.Errorf("dictionary data %s: %d bytes, more than 4 GiB", dictPath, len(data))
	}
	return &Dictionary{data: data, entries: entries}, nil
}

// parseIndex maps each normalised headword to the spans of its articles and
// returns the end of the furthest span, which must lie inside the data file.
func parseIndex(text []byte) (entries map[string][]span, end int64, err error) {
	lines := bytes.Count(text, []byte{'\n'}) + 1
	entries = make(map[string][]span, lines*4/5)
	// A dictd index is sorted, so a headword's lines are adjacent: collect
	// them in one shared array and touch the map once per headword. The keys
	// are substrings of one string for the same reason: 370,000 headwords,
	// a handful of allocations.
	all := string(text)
	spans := make([]span, 0, lines)
	key, first := "", 0
	flush := func() {
		if key != "" && len(spans) > first {
			group := spans[first:len(spans):len(spans)]
			if earlier, ok := entries[key]; ok { // an unsorted index
				group = append(earlier, group...)
			}
			entries[key] = group
		}
		first = len(spans)
	}
	n := 0
	for line := range strings.Lines(all) {
		n++
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		if line == "" {
			continue
		}
		l, err := parseIndexLine(line)
		if err != nil {
			return nil, 0, fmt.Errorf("line %d: %w", n, err)
		}
		if l.offset+l.length > math.MaxUint32 {
			return nil, 0, fmt.Errorf("line %d: entry %d+%d beyond 4 GiB", n, l.offset, l.length)
		}
		end = max(end, l.offset+l.length)
		k := normaliseKey(l.headword)
		if k == "" || strings.HasPrefix(k, "00database") {
			continue // dictfmt's metadata articles
		}
		if k != key {
			flush()
			key = k
		}
		s := span{uint32(l.offset), uint32(l.length)}
		if len(spans) == first || spans[len(spans)-1] != s {
			spans = append(spans, s)
		}
	}
	flush()
	return entries, end, nil
}

// Len returns the number of distinct normalised headwords.
func (d *Dictionary) Len() int {
	if d.ding != nil {
		if d.fromGerman {
			return len(d.ding.de)
		}
		return len(d.ding.en)
	}
	return len(d.entries)
}

// Has reports whether the dictionary has an article for the headword.
func (d *Dictionary) Has(headword string) bool {
	if d.ding != nil {
		return len(d.ding.lookup(headword, d.fromGerman)) > 0
	}
	_, ok := d.entries[normaliseKey(headword)]
	return ok
}

// Lookup returns the articles filed under the headword, compared the way
// dictd compares them: case-insensitively and ignoring punctuation, so
// "U.S." finds "us". Articles that cannot be parsed are skipped.
func (d *Dictionary) Lookup(headword string) []Entry {
	if d.ding != nil {
		return d.ding.lookup(headword, d.fromGerman)
	}
	spans := d.entries[normaliseKey(headword)]
	out := make([]Entry, 0, len(spans))
	for _, s := range spans {
		e, err := parseEntry(string(d.data[s.offset : s.offset+s.length]))
		if err == nil {
			out = append(out, e)
		}
	}
	return out
}

// normaliseKey folds a headword the way dictfmt builds its index: lower case,
// letters, digits and single spaces only.
func normaliseKey(s string) string {
	if isNormalKey(s) {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsSpace(r):
			space = true
		}
	}
	return b.String()
}

// isNormalKey is the allocation-free fast path of normaliseKey for keys that
// are already lower-case ASCII words separated by single spaces.
func isNormalKey(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == ' ' && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}
