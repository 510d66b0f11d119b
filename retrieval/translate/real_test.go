package translate

import (
	"errors"
	"io/fs"
	"runtime"
	"sync"
	"testing"
	"time"
)

// These tests read the FreeDict dictionary installed by Debian's
// dict-freedict-eng-deu and are skipped without it.

var loadInstalled = sync.OnceValues(func() (*Dictionary, error) {
	return OpenDir(DefaultDir)
})

// installedDictionary opens the installed dictionary once per test binary.
func installedDictionary(tb testing.TB) *Dictionary {
	tb.Helper()
	d, err := loadInstalled()
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("FreeDict not installed: %v", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func TestInstalledDictionary(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	d, err := OpenDir(DefaultDir)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("FreeDict not installed: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("opened %d headwords in %v, heap +%d MiB", d.Len(), elapsed, (after.HeapAlloc-before.HeapAlloc)>>20)
	if d.Len() < 300_000 {
		t.Errorf("Len() = %d, want the full dictionary (about 368,000 headwords)", d.Len())
	}

	tests := []struct {
		question, want string
	}{
		{"Who was the prime minister?", "Ministerpräsident"},
		{"Who leads the coalition?", "Koalition"},
		{"Who leads the coalition?", "Führung"},
		{"How many US soldiers are in Iraq?", "Soldaten"},
		{"How many US soldiers are in Iraq?", "Irak"},
		{"When did the Normans conquer England?", "erobern"},
		{"How many people were killed by the earthquake?", "Erdbeben"},
		{"What is the second busiest airport in the United States?", "Vereinigte Staaten"},
	}
	tr := NewTranslator(d)
	for _, tt := range tests {
		if w := weights(tr.Translate(tt.question)); w[tt.want] <= 0 {
			t.Errorf("Translate(%q) has no %q: %v", tt.question, tt.want, tr.Translate(tt.question))
		}
	}
	runtime.KeepAlive(d)
}

func BenchmarkOpen(b *testing.B) {
	if _, err := loadInstalled(); err != nil {
		b.Skip(err)
	}
	for b.Loop() {
		if _, err := OpenDir(DefaultDir); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	d := installedDictionary(b)
	for b.Loop() {
		d.Lookup("lead") // 24 articles
	}
}

func BenchmarkTranslate(b *testing.B) {
	tr := NewTranslator(installedDictionary(b))
	for b.Loop() {
		tr.Translate("Who was the prime minister of the United Kingdom when the US soldiers left Iraq in 2011?")
	}
}
