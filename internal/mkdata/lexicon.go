package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/quellen/quellen/retrieval/lexicon"
)

// buildLexicon writes LanguageTool's German lexicon as one line per lemma:
// "POS TAB lemma TAB form form …", each form written as the number of bytes
// to cut from the lemma's end and the letters to add ("Truppe" "0:n" is
// "Truppen"), which leaves gzip little to store. Separable verbs get a line
// "P TAB lemma TAB particle TAB stem stem …" with the finite stems a main
// clause writes apart from the particle ("marschierten … ein").
func buildLexicon(in, out string) error {
	lt, err := readLT(in)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("# LanguageTool German lexicon (german-*-dict 3.4.0, CC BY-SA 4.0), built by internal/mkdata; see NOTICE.\n")
	write := func(pos string, lemmas map[string][]string) {
		for _, lemma := range sortedKeys(lemmas) {
			if strings.ContainsAny(lemma, " \t") {
				continue
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\n", pos, lemma, encodeForms(lemma, lemmas[lemma]))
		}
	}
	write("N", lt.nouns)
	write("A", lt.adjectives)
	verbForms := make(map[string][]string, len(lt.verbs))
	for lemma, v := range lt.verbs {
		verbForms[lemma] = v.forms
	}
	write("V", verbForms)
	for _, lemma := range sortedKeys(verbForms) {
		v := lt.verbs[lemma]
		if v.particle == "" || len(v.split) == 0 || strings.ContainsAny(lemma, " \t") {
			continue
		}
		fmt.Fprintf(&b, "P\t%s\t%s\t%s\n", lemma, v.particle, encodeForms(lemma, v.split))
	}
	if err := writeGzip(out+"/retrieval/lexicon/de.tsv.gz", []byte(b.String())); err != nil {
		return err
	}
	return buildLexiconTable(out)
}

// buildLexiconTable compiles the lexicon in out (de.tsv.gz) into the table
// the binary reads in place (de.lex): it needs no input package.
func buildLexiconTable(out string) error {
	gz, err := os.ReadFile(out + "/retrieval/lexicon/de.tsv.gz")
	if err != nil {
		return err
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return err
	}
	table, err := lexicon.Compile(zr)
	if err != nil {
		return err
	}
	path := out + "/retrieval/lexicon/de.lex"
	if err := os.WriteFile(path, table, 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d bytes\n", path, len(table))
	return nil
}

func encodeForms(lemma string, forms []string) string {
	var enc []string
	seen := map[string]bool{lemma: true}
	sorted := append([]string(nil), forms...)
	sort.Strings(sorted)
	for _, f := range sorted {
		if seen[f] || f == "" || strings.ContainsAny(f, " \t") {
			continue
		}
		seen[f] = true
		p := commonPrefix(lemma, f)
		enc = append(enc, strconv.Itoa(len(lemma)-p)+":"+f[p:])
	}
	return strings.Join(enc, " ")
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	// never cut inside a UTF-8 sequence
	for n > 0 && n < len(a) && a[n]&0xC0 == 0x80 {
		n--
	}
	return n
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
