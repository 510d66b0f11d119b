// Package wikiwars loads the WikiWarsDE temporal-expression benchmark and
// scores a tagger against it: extraction precision, recall and F1, strict
// (same span) and relaxed (overlapping span), and value accuracy on the
// relaxed matches.
package wikiwars

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Mention is one temporal expression, annotated or predicted: a byte span
// of a document's text and its value.
type Mention struct {
	Doc        string
	Text       string
	Start, End int
	Value, Mod string
}

// Document is one article: the .sgm file with every tag removed (the
// coordinates of the gold offsets) and where its <TEXT> body begins.
type Document struct {
	ID        string
	Text      string
	BodyStart int
}

// Body is the running text of the document, which starts at BodyStart.
func (d Document) Body() string { return d.Text[d.BodyStart:] }

// Number is the document's position in the corpus, 1 to 22.
func (d Document) Number() int {
	n, _ := strconv.Atoi(strings.SplitN(d.ID, "_", 2)[0])
	return n
}

// Corpus is the benchmark: documents and gold mentions without the
// document-creation-time rows.
type Corpus struct {
	Docs []Document
	Gold []Mention
}

// Split names a part of the corpus.
type Split string

const (
	Dev  Split = "dev"  // documents 01–11: tune on these
	Test Split = "test" // documents 12–22: report only
)

// Contains reports whether document number n belongs to the split.
func (s Split) Contains(n int) bool {
	switch s {
	case Dev:
		return n >= 1 && n <= 11
	case Test:
		return n >= 12 && n <= 22
	}
	return false
}

// Load reads dir/in/*.sgm and dir/wikiwarsde_gold.jsonl.
func Load(dir string) (*Corpus, error) {
	files, err := filepath.Glob(filepath.Join(dir, "in", "*.sgm"))
	if err != nil {
		return nil, fmt.Errorf("list documents in %s: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no documents in %s", filepath.Join(dir, "in"))
	}
	sort.Strings(files)
	c := &Corpus{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read document: %w", err)
		}
		c.Docs = append(c.Docs, parseDocument(strings.TrimSuffix(filepath.Base(f), ".sgm"), raw))
	}
	gold, err := loadGold(filepath.Join(dir, "wikiwarsde_gold.jsonl"))
	if err != nil {
		return nil, err
	}
	c.Gold = gold
	return c, nil
}

// parseDocument removes every <...> tag and notes where the body begins.
func parseDocument(id string, raw []byte) Document {
	var text bytes.Buffer
	bodyStart := -1
	for i := 0; i < len(raw); {
		if raw[i] != '<' {
			j := bytes.IndexByte(raw[i:], '<')
			if j < 0 {
				j = len(raw) - i
			}
			text.Write(raw[i : i+j])
			i += j
			continue
		}
		j := bytes.IndexByte(raw[i:], '>')
		if j < 0 {
			text.Write(raw[i:])
			break
		}
		if bodyStart < 0 && bytes.EqualFold(raw[i:i+j+1], []byte("<TEXT>")) {
			bodyStart = text.Len()
		}
		i += j + 1
	}
	if bodyStart < 0 {
		bodyStart = 0
	}
	return Document{ID: id, Text: text.String(), BodyStart: bodyStart}
}

type goldRow struct {
	Doc   string  `json:"doc"`
	Text  string  `json:"text"`
	Start int     `json:"start_byte"`
	End   int     `json:"end_byte"`
	Val   *string `json:"val"`
	Mod   string  `json:"mod"`
	IsDCT bool    `json:"is_dct"`
}

func loadGold(path string) ([]Mention, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open gold: %w", err)
	}
	defer f.Close()
	var out []Mention
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var r goldRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("gold %s line %d: %w", path, line, err)
		}
		if r.IsDCT {
			continue
		}
		m := Mention{Doc: r.Doc, Text: r.Text, Start: r.Start, End: r.End, Mod: r.Mod}
		if r.Val != nil {
			m.Value = *r.Val
		}
		out = append(out, m)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gold %s: %w", path, err)
	}
	return out, nil
}

// Documents returns the documents of a split.
func (c *Corpus) Documents(s Split) []Document {
	var out []Document
	for _, d := range c.Docs {
		if s.Contains(d.Number()) {
			out = append(out, d)
		}
	}
	return out
}

// GoldFor returns the gold mentions of the given documents.
func (c *Corpus) GoldFor(docs []Document) []Mention {
	ids := make(map[string]bool, len(docs))
	for _, d := range docs {
		ids[d.ID] = true
	}
	var out []Mention
	for _, g := range c.Gold {
		if ids[g.Doc] {
			out = append(out, g)
		}
	}
	return out
}
