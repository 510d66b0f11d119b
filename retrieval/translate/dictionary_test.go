package translate

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestOpenFixture(t *testing.T) {
	for _, chunkLen := range []int{0, 50, 4096} {
		d, err := OpenDir(writeFixture(t, fixtureArticles, chunkLen))
		if err != nil {
			t.Fatalf("chunks of %d: %v", chunkLen, err)
		}
		// Every key but the metadata article's, "prime minister" counted once.
		if got, want := d.Len(), 17; got != want {
			t.Errorf("chunks of %d: Len() = %d, want %d", chunkLen, got, want)
		}
		got := headwords(d.Lookup("prime minister"))
		if want := []string{"prime minister", "Prime Minister"}; !slices.Equal(got, want) {
			t.Errorf("chunks of %d: Lookup(prime minister) headwords = %q, want %q", chunkLen, got, want)
		}
	}
}

func headwords(entries []Entry) []string {
	var out []string
	for _, e := range entries {
		out = append(out, e.Headword)
	}
	return out
}

func TestLookup(t *testing.T) {
	d := fixtureDictionary(t)
	tests := []struct {
		query string
		want  []string // first translation of each article
	}{
		{"coalition", []string{"Koalition"}},
		{"Coalition", []string{"Koalition"}}, // dictd keys are lower case
		{"  prime   minister ", []string{"Ministerpräsident", "Premierminister"}},
		{"P.M.", []string{"Premierminister"}}, // punctuation ignored, as dictd does
		{"lead", []string{"Führung", "Blei"}},
		{"conquer sth.", []string{"erobern"}},
		{"conquer", nil},
		{"00-database-short", nil}, // metadata is not an article
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range d.Lookup(tt.query) {
			got = append(got, e.Translations[0].Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Lookup(%q) = %q, want %q", tt.query, got, tt.want)
		}
		if d.Has(tt.query) != (len(tt.want) > 0) {
			t.Errorf("Has(%q) = %v, want %v", tt.query, !(len(tt.want) > 0), len(tt.want) > 0)
		}
	}
}

func TestNormaliseKey(t *testing.T) {
	tests := map[string]string{
		"prime minister":     "prime minister",
		"Prime Minister":     "prime minister",
		" … and a half":      "and a half",
		"U.S.":               "us",
		"counter-government": "countergovernment",
		"pre-empt sb./sth.":  "preempt sbsth",
		"Straße":             "straße",
		"a\t b":              "a b",
		"":                   "",
		"!!!":                "",
	}
	for in, want := range tests {
		if got := normaliseKey(in); got != want {
			t.Errorf("normaliseKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOpenMissing(t *testing.T) {
	_, err := OpenDir(filepath.Join(t.TempDir(), "nowhere"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("OpenDir of a missing directory: %v, want fs.ErrNotExist", err)
	}
	dir := writeFixture(t, fixtureArticles, 64)
	os.Remove(filepath.Join(dir, IndexFile))
	if _, err := OpenDir(dir); !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "index") {
		t.Errorf("OpenDir without index: %v, want fs.ErrNotExist naming the index", err)
	}
}

func TestOpenCorrupt(t *testing.T) {
	dir := writeFixture(t, fixtureArticles, 64)
	index := filepath.Join(dir, IndexFile)
	tests := []struct {
		name, index string
	}{
		{"span beyond the data", "coalition\tA\tA\nlead\t////\tB\n"},
		{"bad number", "coalition\tA\t-\n"},
		{"no tabs", "coalition A B\n"},
	}
	for _, tt := range tests {
		if err := os.WriteFile(index, []byte(tt.index), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := OpenDir(dir); err == nil {
			t.Errorf("%s: OpenDir succeeded, want an error", tt.name)
		}
	}
}

func TestDingKeyLeavesAnObjectsPrepositionOut(t *testing.T) {
	tests := []struct{ headword, want string }{
		{"beat sb. to sth.", "beat"},                    // "beat to" would match "beat to win"
		{"provide sb. with sth.", "provide"},            // the preposition joins the second object
		{"take sth. into account", "take into account"}, // before a word it stays
		{"reduce sb. to begging", "reduce to begging"},
		{"turn sb. down", "turn down"},
		{"withdraw sth.", "withdraw"},
		{"to sth.", "to"}, // too short to be a verb with two objects
		{"etw. abziehen", "abziehen"},
	}
	for _, tt := range tests {
		if got := DingKey(tt.headword); got != tt.want {
			t.Errorf("DingKey(%q) = %q, want %q", tt.headword, got, tt.want)
		}
	}
}
