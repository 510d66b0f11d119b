package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/quellen/quellen/store"
)

// folderHashes is what an index built from sources should hold: each
// source's id and the hash of its file.
func folderHashes(dir string, sources []store.Source) (map[string]string, error) {
	out := make(map[string]string, len(sources))
	for _, s := range sources {
		data, err := os.ReadFile(filepath.Join(dir, s.ID+".md"))
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(data)
		out[s.ID] = hex.EncodeToString(sum[:])
	}
	return out, nil
}

// indexedHashes asks `quellen sources --json` what the index holds.
func (q quellen) indexedHashes() (map[string]string, error) {
	r := q.run(5*time.Minute, "sources", "--json")
	if r.code != 0 {
		return nil, fmt.Errorf("sources: exit %d: %s", r.code, firstLine(r.stderr))
	}
	var list []struct{ ID, Hash string }
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(list))
	for _, s := range list {
		out[s.ID] = s.Hash
	}
	return out, nil
}

var (
	checkVersion  = regexp.MustCompile(`(?m)^version\s+(\S+)`)
	checkContents = regexp.MustCompile(`(?m)^contents\s+(\d+) sources`)
)

// checked is what `quellen check` said.
type checked struct {
	code    int
	ok      bool
	version int // 0: never built
	sources int
	noIndex bool
	output  string
}

func (q quellen) check() checked {
	r := q.run(5*time.Minute, "check")
	c := checked{code: r.code, ok: r.code == 0 && strings.Contains(r.stdout, "check       ok"), output: r.stdout + r.stderr}
	if m := checkVersion.FindStringSubmatch(r.stdout); m != nil {
		c.version, _ = strconv.Atoi(m[1])
	}
	if m := checkContents.FindStringSubmatch(r.stdout); m != nil {
		c.sources, _ = strconv.Atoi(m[1])
	}
	c.noIndex = strings.Contains(r.stderr, "no index at")
	return c
}

func sameHashes(a, b map[string]string) bool { return maps.Equal(a, b) }
