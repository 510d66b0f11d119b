package retrieval

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/store"
)

// MaxSourceBytes bounds one source file; a larger one is refused rather than
// slowing every rebuild down.
const MaxSourceBytes = 8 << 20

// frontMatter is the optional YAML header of a source file. Unknown keys are
// an error, so that a moderator's typo ("pubished") is reported, not ignored.
type frontMatter struct {
	ID            string `yaml:"id"`
	Title         string `yaml:"title"`
	Outlet        string `yaml:"outlet"`
	URL           string `yaml:"url"`
	Language      string `yaml:"language"`
	Published     string `yaml:"published"`
	PublishedFrom string `yaml:"published_from"`
	Note          string `yaml:"note"`
	OriginalFile  string `yaml:"original_file"`
}

// FileError is a source file that could not be read; the others still are.
type FileError struct {
	Path string
	Err  error
}

func (e FileError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e FileError) Unwrap() error { return e.Err }

// LoadSources reads every .md and .txt file below the root of fsys as a
// source. origin prefixes each source's Origin ("default", or the folder).
// Files that fail are returned as FileErrors and do not stop the others.
func LoadSources(fsys fs.FS, origin string) ([]store.Source, []FileError) {
	var sources []store.Source
	var failed []FileError
	seen := make(map[string]string) // id → file that claimed it
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			failed = append(failed, FileError{Path: p, Err: err})
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if p != "." && strings.HasPrefix(name, ".") {
				return fs.SkipDir
			}
			return nil
		}
		ext := strings.ToLower(path.Ext(name))
		if strings.HasPrefix(name, ".") || (ext != ".md" && ext != ".txt") || strings.EqualFold(name, "README.md") {
			return nil
		}
		data, err := readLimited(fsys, p)
		if err != nil {
			failed = append(failed, FileError{Path: p, Err: err})
			return nil
		}
		src, err := ParseSource(p, data)
		if err != nil {
			failed = append(failed, FileError{Path: p, Err: err})
			return nil
		}
		if other, dup := seen[src.ID]; dup {
			failed = append(failed, FileError{Path: p, Err: fmt.Errorf("id %q is already used by %s", src.ID, other)})
			return nil
		}
		seen[src.ID] = p
		src.Origin = path.Join(origin, p)
		sources = append(sources, src)
		return nil
	})
	if err != nil {
		failed = append(failed, FileError{Path: ".", Err: err})
	}
	return sources, failed
}

func readLimited(fsys fs.FS, p string) ([]byte, error) {
	info, err := fs.Stat(fsys, p)
	if err != nil {
		return nil, err
	}
	if info.Size() > MaxSourceBytes {
		return nil, fmt.Errorf("file has %d bytes, more than the %d a source may have", info.Size(), MaxSourceBytes)
	}
	return fs.ReadFile(fsys, p)
}

var idPattern = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N}._-]{0,127}$`)

// ParseSource reads one source file: optional YAML front matter between
// "---" lines, then the text, which is kept byte for byte.
func ParseSource(name string, data []byte) (store.Source, error) {
	if !utf8.Valid(data) {
		return store.Source{}, errors.New("not valid UTF-8 text; save it as UTF-8")
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	header, body, err := splitFrontMatter(data)
	if err != nil {
		return store.Source{}, err
	}
	var fm frontMatter
	if len(header) > 0 {
		dec := yaml.NewDecoder(bytes.NewReader(header))
		dec.KnownFields(true)
		// io.EOF: the header is empty ("---" then "---"), which is allowed.
		if err := dec.Decode(&fm); err != nil && !errors.Is(err, io.EOF) {
			return store.Source{}, fmt.Errorf("front matter: %w", err)
		}
	}
	text := string(body)
	if strings.TrimSpace(text) == "" {
		return store.Source{}, errors.New("no text after the front matter")
	}
	stem := strings.TrimSuffix(path.Base(name), path.Ext(name))
	src := store.Source{
		ID:       strings.TrimSpace(fm.ID),
		Title:    strings.TrimSpace(fm.Title),
		Outlet:   strings.TrimSpace(fm.Outlet),
		URL:      strings.TrimSpace(fm.URL),
		Language: strings.ToLower(strings.TrimSpace(fm.Language)),
		Note:     strings.TrimSpace(fm.Note),
		Text:     text,
	}
	if src.ID == "" {
		src.ID = stem
	}
	if !idPattern.MatchString(src.ID) {
		return store.Source{}, fmt.Errorf("id %q: use letters, digits, '.', '_' or '-' (at most 128)", src.ID)
	}
	if src.Title == "" {
		src.Title = headline(text, stem)
	}
	switch src.Language {
	case "", "de", "en":
	default:
		return store.Source{}, fmt.Errorf("language %q: use de or en", fm.Language)
	}
	if src.URL != "" && !strings.HasPrefix(src.URL, "https://") && !strings.HasPrefix(src.URL, "http://") {
		return store.Source{}, fmt.Errorf("url %q: use an http or https address", src.URL)
	}
	if src.Published, err = parsePublished(fm.Published, fm.PublishedFrom); err != nil {
		return store.Source{}, err
	}
	sum := sha256.Sum256(data)
	src.Hash = hex.EncodeToString(sum[:])
	return src, nil
}

// splitFrontMatter separates a leading "---" YAML block from the text. A file
// that does not start with "---" has no front matter.
func splitFrontMatter(data []byte) (header, body []byte, err error) {
	first, rest, ok := cutLine(data)
	if !ok || strings.TrimRight(string(first), " \t\r") != "---" {
		return nil, data, nil
	}
	headerStart := len(data) - len(rest)
	for len(rest) > 0 {
		line, next, _ := cutLine(rest)
		if t := strings.TrimRight(string(line), " \t\r"); t == "---" || t == "..." {
			return data[headerStart : len(data)-len(rest)], next, nil
		}
		rest = next
	}
	return nil, nil, errors.New(`front matter starts with "---" but never ends: close it with a line "---"`)
}

func cutLine(data []byte) (line, rest []byte, found bool) {
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		return data, nil, false
	}
	return data[:i], data[i+1:], true
}

func parsePublished(value, from string) (store.Date, error) {
	value = strings.TrimSpace(value)
	d := store.Date{Value: value}
	switch strings.ToLower(strings.TrimSpace(from)) {
	case "", "printed", "metadata":
	case "inferred":
		d.Inferred = true
	default:
		return store.Date{}, fmt.Errorf("published_from %q: use printed or inferred", from)
	}
	if value == "" {
		return d, nil
	}
	layouts := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}
	layout, ok := layouts[len(value)]
	if ok {
		if _, err := time.Parse(layout, value); err == nil {
			return d, nil
		}
	}
	return store.Date{}, fmt.Errorf("published %q: use YYYY, YYYY-MM or YYYY-MM-DD", value)
}

// headline takes the text's first block as the title when it is a heading,
// else the file name.
func headline(text, fallback string) string {
	for _, s := range segment.Split(text) {
		if s.Kind == segment.Heading {
			return text[s.Start:s.End]
		}
		break
	}
	return fallback
}
