package retrieval

import (
	"bytes"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/quellen/quellen/store"
)

// FormatSource writes src as a source file: YAML front matter, then the
// text byte for byte. ParseSource reads the file back as src (its id,
// title, outlet, url, language, date and note; the hash is the file's).
// publishedFrom says where a known date came from: "printed" (the text
// prints it), "metadata" (the page states it in its metadata) or
// "inferred"; it must agree with src.Published.Inferred. The text must
// not be empty.
func FormatSource(src store.Source, publishedFrom string) ([]byte, error) {
	if strings.TrimSpace(src.Text) == "" {
		return nil, fmt.Errorf("source %s: no text", src.ID)
	}
	if src.Published.Inferred != (publishedFrom == "inferred") && src.Published.Known() {
		return nil, fmt.Errorf("source %s: published_from %q disagrees with an inferred date", src.ID, publishedFrom)
	}
	fm := frontMatter{
		ID: src.ID, Title: src.Title, Outlet: src.Outlet, URL: src.URL, Language: src.Language,
		Published: src.Published.Value, Note: src.Note,
	}
	if src.Published.Known() {
		fm.PublishedFrom = publishedFrom
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(fm); err != nil {
		return nil, fmt.Errorf("source %s: front matter: %w", src.ID, err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("source %s: front matter: %w", src.ID, err)
	}
	b.WriteString("---\n")
	b.WriteString(src.Text)
	data := b.Bytes()
	// What is written must read back as what was meant.
	back, err := ParseSource(src.ID+".md", data)
	if err != nil {
		return nil, fmt.Errorf("source %s: %w", src.ID, err)
	}
	if back.ID != src.ID || back.Title != src.Title || back.Outlet != src.Outlet || back.URL != src.URL ||
		back.Language != src.Language || back.Published != src.Published || back.Note != src.Note || back.Text != src.Text {
		return nil, fmt.Errorf("source %s: its metadata do not survive being written (spaces around a value, a title the text's heading would replace?)", src.ID)
	}
	return data, nil
}
