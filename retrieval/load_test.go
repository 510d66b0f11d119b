package retrieval

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestParseSource(t *testing.T) {
	tests := []struct {
		name, data string
		wantErr    string
		check      func(t *testing.T, text, id, title, published string, inferred bool)
	}{
		{name: "plain.txt", data: "Kampf gegen den IS\n\nDie USA ziehen ab.\n",
			check: func(t *testing.T, text, id, title, published string, inferred bool) {
				if id != "plain" || title != "Kampf gegen den IS" || published != "" {
					t.Errorf("id %q title %q published %q", id, title, published)
				}
			}},
		{name: "a.md", data: "---\nid: x1\ntitle: T\npublished: '2024-09'\npublished_from: inferred\n---\nText.\n",
			check: func(t *testing.T, text, id, title, published string, inferred bool) {
				if text != "Text.\n" || id != "x1" || published != "2024-09" || !inferred {
					t.Errorf("text %q id %q published %q inferred %v", text, id, published, inferred)
				}
			}},
		{name: "crlf.md", data: "---\r\nid: c\r\n---\r\nText.\r\n",
			check: func(t *testing.T, text, id, title, published string, inferred bool) {
				if text != "Text.\r\n" || id != "c" {
					t.Errorf("text %q id %q", text, id)
				}
			}},
		{name: "empty-header.md", data: "---\n---\nText.", check: func(t *testing.T, text, id, _, _ string, _ bool) {
			if text != "Text." || id != "empty-header" {
				t.Errorf("text %q id %q", text, id)
			}
		}},
		{name: "typo.md", data: "---\npubished: 2024\n---\nText.", wantErr: "pubished"},
		{name: "date.md", data: "---\npublished: 2024-13-01\n---\nText.", wantErr: "YYYY"},
		{name: "from.md", data: "---\npublished_from: guessed\n---\nText.", wantErr: "printed or inferred"},
		{name: "open.md", data: "---\nid: x\nText.", wantErr: "never ends"},
		{name: "empty.md", data: "---\nid: x\n---\n  \n", wantErr: "no text"},
		{name: "latin1.txt", data: "Stra\xdfe", wantErr: "UTF-8"},
		{name: "badid.md", data: "---\nid: ../etc\n---\nText.", wantErr: "id"},
		{name: "lang.md", data: "---\nlanguage: fr\n---\nTexte.", wantErr: "language"},
		{name: "url.md", data: "---\nurl: javascript:alert(1)\n---\nText.", wantErr: "url"},
		{name: "markdown-url.md", data: "---\nurl: \"[Tagesschau](https://evil.example/x)\"\n---\nText.", wantErr: "url"},
		{name: "url-no-host.md", data: "---\nurl: https:///pfad\n---\nText.", wantErr: "no host"},
		{name: "url-space.md", data: "---\nurl: https://a.example/x \"Titel\"\n---\nText.", wantErr: "url"},
		{name: "url-relative.md", data: "---\nurl: /artikel/1\n---\nText.", wantErr: "url"},
		{name: "url-user.md", data: "---\nurl: https://user:pw@a.example/\n---\nText.", wantErr: "password"},
		{name: "url-ok.md", data: "---\nurl: https://de.wikipedia.org/wiki/Straße_(Begriffsklärung)?a=1#b\n---\nText.",
			check: func(t *testing.T, text, id, title, published string, inferred bool) {}},
		{name: "yaml.md", data: "---\ntitle: [unclosed\n---\nText.", wantErr: "front matter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := ParseSource(tt.name, []byte(tt.data))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, src.Text, src.ID, src.Title, src.Published.Value, src.Published.Inferred)
		})
	}
}

func TestLoadSourcesKeepsGoingPastBrokenFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md":          {Data: []byte("---\nid: a\n---\nErster Text.")},
		"b.txt":         {Data: []byte("Zweiter Text.")},
		"broken.md":     {Data: []byte("---\ntitel: x\n---\nText.")},
		"dup.md":        {Data: []byte("---\nid: a\n---\nNoch einer.")},
		"notes.json":    {Data: []byte("{}")},
		"README.md":     {Data: []byte("# about this folder")},
		".hidden/x.md":  {Data: []byte("versteckt")},
		"sub/deeper.md": {Data: []byte("Tiefer Text.")},
	}
	sources, failed := LoadSources(fsys, "/src")
	var ids []string
	for _, s := range sources {
		ids = append(ids, s.ID)
	}
	if strings.Join(ids, ",") != "a,b,deeper" {
		t.Errorf("loaded %v, want a,b,deeper", ids)
	}
	if len(failed) != 2 || failed[0].Path != "broken.md" || failed[1].Path != "dup.md" {
		t.Errorf("failed = %v, want broken.md and dup.md", failed)
	}
	if sources[2].Origin != "/src/sub/deeper.md" {
		t.Errorf("origin = %q", sources[2].Origin)
	}
}

// The loader reads files moderators bring: it must never panic, and what it
// keeps as text must be the file's bytes after the header.
func FuzzParseSource(f *testing.F) {
	for _, s := range []string{"---\nid: a\n---\nText.", "Text", "---\n---\n", "---\ntitle: [\n---\nx", "\ufeff---\nid: b\n---\r\nT\r\n", "---"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		src, err := ParseSource("f.md", []byte(data))
		if err != nil {
			return
		}
		if !strings.HasSuffix(data, src.Text) {
			t.Fatalf("text %q is not the tail of the file %q", src.Text, data)
		}
		if src.ID == "" || src.Hash == "" || strings.TrimSpace(src.Text) == "" {
			t.Fatalf("incomplete source %+v", src)
		}
	})
}

func TestCheckURL(t *testing.T) {
	for raw, ok := range map[string]bool{
		"": true, "https://www.tagesschau.de/ausland/irak-101.html": true, "HTTP://example.org": true,
		"https://[::1]:8080/x": true, "https://example.org/a_(b)": true,
		"https://example.org/\x1b[31m": false, "https://example.org/<script>": false, "ftp://example.org/": false,
		"https:example.org": false, "mailto:a@example.org": false, "https://example.org/a b": false,
		"[x](https://example.org)": false, "https://exa\u200bmple.org": false,
	} {
		if err := checkURL(raw); (err == nil) != ok {
			t.Errorf("checkURL(%q) = %v, want ok %v", raw, err, ok)
		}
	}
}

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"quelle.md":          "quelle.md",
		"Straße.md":          "Straße.md",
		"a\nb.md":            `"a\nb.md"`,
		"\x1b[2Jevil.md":     `"\x1b[2Jevil.md"`,
		"bidi\u202eevil.md":  `"bidi\u202eevil.md"`,
		"invalid\xffutf8.md": `"invalid\xffutf8.md"`,
	} {
		if got := Printable(in); got != want {
			t.Errorf("Printable(%q) = %s, want %s", in, got, want)
		}
	}
	if got := (FileError{Path: "a\nb.md", Err: errors.New("kaputt")}).Error(); got != `"a\nb.md": kaputt` {
		t.Errorf("FileError = %q", got)
	}
}

// lyingFS has one file that says it is ten bytes long and never ends.
type lyingFS struct{}

func (lyingFS) Open(string) (fs.File, error) { return lyingFile{}, nil }

type lyingFile struct{}

func (lyingFile) Stat() (fs.FileInfo, error) { return lyingInfo{}, nil }
func (lyingFile) Close() error               { return nil }
func (lyingFile) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

type lyingInfo struct{}

func (lyingInfo) Name() string       { return "zero.md" }
func (lyingInfo) Size() int64        { return 10 }
func (lyingInfo) Mode() fs.FileMode  { return 0o644 }
func (lyingInfo) ModTime() time.Time { return time.Time{} }
func (lyingInfo) IsDir() bool        { return false }
func (lyingInfo) Sys() any           { return nil }
