package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The expressions the timeline needs from the default corpus, with the
// publication anchors recorded beside it.
func TestTagDefaultCorpus(t *testing.T) {
	dir := "/work/shared/corpus"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("default corpus not available: %v", err)
	}
	cases := []struct {
		prefix, anchor string
		want           want
	}{
		{"002_", "2024-09", want{text: "Ende September 2025", value: "2025-09", mod: "END", deadline: true}},
		{"002_", "2024-09", want{text: "Ende September nächsten Jahres", value: "2025-09", mod: "END", deadline: true, relative: true}},
		{"002_", "2024-09", want{text: "Freitag, 27. September", value: "2024-09-27", relative: true}},
		{"000_", "2024", want{text: "Dezember 2021", value: "2021-12"}},
		{"000_", "2024", want{text: "Oktober vergangenen Jahres", value: "2023-10", since: true, relative: true}},
		{"001_", "2020-06-12", want{text: "12.06.2020, 04:15 Uhr", value: "2020-06-12T04:15"}},
		{"003_", "2020-01", want{text: "3. Januar", value: "2020-01-03", relative: true}},
	}
	for _, c := range cases {
		files, _ := filepath.Glob(filepath.Join(dir, c.prefix+"*.txt"))
		if len(files) != 1 {
			t.Fatalf("%s: %d files", c.prefix, len(files))
		}
		raw, err := os.ReadFile(files[0])
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		var found *Expr
		exprs := Tag(text, Options{Anchor: c.anchor})
		checkExprs(t, text, exprs)
		for k := range exprs {
			if exprs[k].Text == c.want.text {
				found = &exprs[k]
				break
			}
		}
		if found == nil {
			t.Errorf("%s: %q not found among\n%s", c.prefix, c.want.text, describe(exprs))
			continue
		}
		if found.Value != c.want.value || found.Mod != c.want.mod || found.Deadline != c.want.deadline ||
			found.Since != c.want.since || found.Relative != c.want.relative {
			t.Errorf("%s: %q = %+v, want %+v", c.prefix, c.want.text, *found, c.want)
		}
		if !strings.Contains(text, found.Text) || text[found.Start:found.End] != found.Text {
			t.Errorf("%s: span of %q is off", c.prefix, found.Text)
		}
	}
}
