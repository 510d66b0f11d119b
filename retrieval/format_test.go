package retrieval

import (
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

func TestFormatSourceReadsBack(t *testing.T) {
	tests := []struct {
		src  store.Source
		from string
	}{
		{store.Source{ID: "a", Title: "US-Truppen: „Abzug“ bis 2026?", Outlet: "Nordkurier Beispiel", URL: "https://news.example/a?x=1&y=2",
			Language: "de", Published: store.Date{Value: "2024-10-15"}, Note: "By Katrin Vogel. Date from the page's JSON-LD datePublished.",
			Text: "Erster Satz.\n\nZweiter Satz: mit Doppelpunkt.\n"}, "metadata"},
		{store.Source{ID: "b", Title: "--- yes: no ---", Text: "---\nnot front matter\n---\n"}, ""},
		{store.Source{ID: "c", Title: "#1 'quoted' \"title\" @at", Published: store.Date{Value: "2024", Inferred: true}, Text: "x"}, "inferred"},
		{store.Source{ID: "d", Title: "null", Outlet: "true", Note: "0x10", Text: "Text ohne Zeilenende"}, ""},
	}
	for _, tt := range tests {
		data, err := FormatSource(tt.src, tt.from)
		if err != nil {
			t.Errorf("%s: %v", tt.src.ID, err)
			continue
		}
		back, err := ParseSource("x.md", data)
		if err != nil {
			t.Fatalf("%s: %v\n%s", tt.src.ID, err, data)
		}
		back.Hash = ""
		if back != tt.src {
			t.Errorf("%s: read back as %+v, want %+v", tt.src.ID, back, tt.src)
		}
		if !strings.HasSuffix(string(data), tt.src.Text) {
			t.Errorf("%s: the text is not at the end byte for byte", tt.src.ID)
		}
	}
}

func TestFormatSourceRefusesWhatWouldNotReadBack(t *testing.T) {
	for _, src := range []store.Source{
		{ID: "a", Title: "T"},                            // no text
		{ID: "a b", Title: "T", Text: "x"},               // not an id
		{ID: "a", Title: "T", Language: "fr", Text: "x"}, // not a language sources may have
		{ID: "a", Title: "T", URL: "javascript:alert(1)", Text: "x"},
		{ID: "a", Title: " padded ", Text: "x"},
		{ID: "a", Title: "T", Published: store.Date{Value: "15.10.2024"}, Text: "x"},
	} {
		if data, err := FormatSource(src, "metadata"); err == nil {
			t.Errorf("%+v written as\n%s", src, data)
		}
	}
}

// FuzzFormatSource: whatever a page's metadata hold, a source is either
// refused or written so that it reads back exactly.
func FuzzFormatSource(f *testing.F) {
	f.Add("Titel: „x“", "Outlet", "Note # comment", "Text.\n")
	f.Add("- list", "{a: b}", "'", "---\n")
	f.Add("", "&anchor", "*alias", "\ufeffText")
	f.Fuzz(func(t *testing.T, title, outlet, note, text string) {
		src := store.Source{ID: "fuzz", Title: title, Outlet: outlet, Note: note, Text: text}
		data, err := FormatSource(src, "")
		if err != nil {
			return
		}
		back, err := ParseSource("fuzz.md", data)
		if err != nil {
			t.Fatalf("written but unreadable: %v\n%q", err, data)
		}
		back.Hash = ""
		if back != src {
			t.Fatalf("read back as %+v, want %+v", back, src)
		}
	})
}
