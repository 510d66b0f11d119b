package corpus

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// The articles' text must stay byte for byte what was received: quotes are
// checked against it.
func TestDefaultTextsAreUnchanged(t *testing.T) {
	const shared = "../../shared/corpus"
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("no shared corpus beside the repository: %v", err)
	}
	entries, err := fs.ReadDir(Default(), ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 5 {
		t.Fatalf("default corpus has %d files, want 5", len(entries))
	}
	for _, e := range entries {
		data, err := fs.ReadFile(Default(), e.Name())
		if err != nil {
			t.Fatal(err)
		}
		// The front matter ends at the first "\n---\n" after the opening line.
		end := bytes.Index(data[4:], []byte("\n---\n"))
		if !bytes.HasPrefix(data, []byte("---\n")) || end < 0 {
			t.Fatalf("%s: no front matter", e.Name())
		}
		body := data[4+end+len("\n---\n"):]
		orig, err := os.ReadFile(filepath.Join(shared, e.Name()[:len(e.Name())-len(".md")]+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(body, orig) {
			t.Errorf("%s: text differs from the received article", e.Name())
		}
	}
}
