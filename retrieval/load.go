package retrieval

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/retrieval/timex"
	"github.com/quellen/quellen/store"
)

// MaxSourceBytes bounds one source file; a larger one is refused rather than
// slowing every rebuild down.
const MaxSourceBytes = 8 << 20

// frontMatter is the optional YAML header of a source file. Unknown keys are
// an error, so that a moderator's typo ("pubished") is reported, not ignored.
type frontMatter struct {
	ID            string `yaml:"id,omitempty"`
	Title         string `yaml:"title,omitempty"`
	Outlet        string `yaml:"outlet,omitempty"`
	URL           string `yaml:"url,omitempty"`
	Language      string `yaml:"language,omitempty"`
	Published     string `yaml:"published,omitempty"`
	PublishedFrom string `yaml:"published_from,omitempty"`
	Note          string `yaml:"note,omitempty"`
	OriginalFile  string `yaml:"original_file,omitempty"`
}

// FileError is a source file that could not be read; the others still are.
type FileError struct {
	Path string
	Err  error
}

func (e FileError) Error() string { return Printable(e.Path) + ": " + e.Err.Error() }
func (e FileError) Unwrap() error { return e.Err }

// Keep reports whether the index keeps what it holds from the file: yes
// for a broken edit of a source (a typo in its front matter, a file grown
// too large), no for what is no source at all (a pipe, a link leading
// out of the folder).
func (e FileError) Keep() bool { return !errors.Is(e.Err, ErrNotRegular) }

// ErrNotRegular marks a file that is not read because it is not a regular
// file inside the sources folder: a named pipe, a device, a socket, a link
// to a folder, or a link whose target lies outside.
var ErrNotRegular = errors.New("not read")

// Printable returns s as it is when every character prints, else quoted
// with Go's escapes, so that a file name with a newline or a terminal
// escape code cannot forge or garble what is shown.
func Printable(s string) string {
	for _, r := range s {
		if !unicode.IsPrint(r) || r == utf8.RuneError {
			return strconv.Quote(s)
		}
	}
	return s
}

// LoadSources reads every .md and .txt file below the root of fsys as a
// source, for file systems whose reads never wait: the embedded default
// collection, or one in memory. A folder on disk is read with Folder.Load.
// origin prefixes each source's Origin ("default"). Files that fail are
// returned as FileErrors and do not stop the others.
func LoadSources(fsys fs.FS, origin string) ([]store.Source, []FileError) {
	// Nothing here waits, so nothing needs cancelling.
	sources, failed, _ := loadSources(context.Background(), fsys, origin)
	return sources, failed
}

// loadSources walks fsys for sources. Only regular files are read (a
// Folder also follows links that stay inside it); each is read at most up
// to MaxSourceBytes. The error is ctx's, when it ends the walk.
func loadSources(ctx context.Context, fsys fs.FS, origin string) ([]store.Source, []FileError, error) {
	var sources []store.Source
	var failed []FileError
	seen := make(map[string]string) // id → file that claimed it
	err := walkSourceFiles(ctx, fsys, func(p string, _ fs.DirEntry, err error) error {
		if err != nil {
			failed = append(failed, FileError{Path: p, Err: err})
			return nil
		}
		data, err := readSource(ctx, fsys, p)
		if err != nil {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return ctxErr
			}
			failed = append(failed, FileError{Path: p, Err: err})
			return nil
		}
		src, err := ParseSource(p, data)
		if err != nil {
			failed = append(failed, FileError{Path: p, Err: err})
			return nil
		}
		if other, dup := seen[src.ID]; dup {
			failed = append(failed, FileError{Path: p, Err: fmt.Errorf("id %q is already used by %s", src.ID, Printable(other))})
			return nil
		}
		seen[src.ID] = p
		src.Origin = path.Join(origin, p)
		sources = append(sources, src)
		return nil
	})
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return sources, failed, ctxErr
		}
		failed = append(failed, FileError{Path: ".", Err: err})
	}
	return sources, failed, nil
}

// walkSourceFiles walks fsys and calls visit for each file that may be a
// source: a .md or .txt file, not README.md, neither it nor a folder above
// it hidden (a name starting with "."). A path that cannot be read is
// passed with its error (a folder's contents are then skipped). The walk
// ends with ctx's error when ctx ends, or with visit's.
func walkSourceFiles(ctx context.Context, fsys fs.FS, visit func(p string, d fs.DirEntry, err error) error) error {
	return fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			if verr := visit(p, d, err); verr != nil {
				return verr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if p != "." && strings.HasPrefix(name, ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !IsSourceFile(name) {
			return nil
		}
		return visit(p, d, nil)
	})
}

// IsSourceFile reports whether a file of this name in a sources folder is
// read as a source: a .md or .txt file, not hidden, not README.md.
func IsSourceFile(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return !strings.HasPrefix(name, ".") && (ext == ".md" || ext == ".txt") && !strings.EqualFold(name, "README.md")
}

// readSource reads one file if it is a regular file, at most MaxSourceBytes
// of it: the limit holds while reading, whatever the file claims its size is.
func readSource(ctx context.Context, fsys fs.FS, p string) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w", describeMode(info.Mode()), ErrNotRegular)
	}
	if info.Size() > MaxSourceBytes {
		return nil, tooLarge(info.Size())
	}
	var buf bytes.Buffer
	chunk := make([]byte, 256<<10)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n, err := f.Read(chunk)
		buf.Write(chunk[:n])
		if buf.Len() > MaxSourceBytes {
			return nil, tooLarge(int64(buf.Len()))
		}
		if errors.Is(err, io.EOF) {
			return buf.Bytes(), nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func tooLarge(n int64) error {
	return fmt.Errorf("file has more than %d bytes (at least %d), more than a source may have", MaxSourceBytes, n)
}

// describeMode names a file type that is not read.
func describeMode(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a link to a folder, which is not followed"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a link"
	}
	return "not a regular file (" + m.Type().String() + ")"
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
	if err := checkURL(src.URL); err != nil {
		return store.Source{}, err
	}
	if src.Published, err = parsePublished(fm.Published, fm.PublishedFrom); err != nil {
		return store.Source{}, err
	}
	sum := sha256.Sum256(data)
	src.Hash = hex.EncodeToString(sum[:])
	return src, nil
}

// checkURL accepts "" or an absolute http(s) address: a scheme, a host, and
// only characters an address may carry, so that nothing in it can be read
// as markdown or break out of a link.
func checkURL(raw string) error {
	if raw == "" {
		return nil
	}
	bad := func(why string) error {
		return fmt.Errorf("url %s: %s; use an absolute address such as https://example.org/article", Printable(raw), why)
	}
	if len(raw) > 2048 {
		return bad("longer than 2,048 characters")
	}
	for _, r := range raw {
		// RFC 3986 leaves these out of an address; non-ASCII letters of an
		// internationalised address are let through.
		if r <= ' ' || r == 0x7f || strings.ContainsRune("<>\"`{}|\\^", r) || (r >= 0x80 && (!unicode.IsPrint(r) || unicode.IsSpace(r))) {
			return bad(fmt.Sprintf("the character %q has no place in an address", r))
		}
	}
	u, err := url.Parse(raw)
	if err != nil {
		return bad("not an address")
	}
	if scheme := strings.ToLower(u.Scheme); scheme != "http" && scheme != "https" {
		return bad("not an http or https address")
	}
	if u.Host == "" || u.Hostname() == "" || u.Opaque != "" {
		return bad("no host")
	}
	if u.User != nil {
		return bad("a user name or password in the address")
	}
	return nil
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
	if timex.IsDateValue(value) {
		return d, nil
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
