package manage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/article"
	"github.com/quellen/quellen/retrieval/fetch"
	"github.com/quellen/quellen/store"
)

// ErrInput marks a file that cannot be added for what it is: the wrong
// kind, too large, no article in it.
var ErrInput = errors.New("cannot be added")

// MaxFileBytes bounds an uploaded file, as fetch.DefaultMaxBytes bounds a page.
const MaxFileBytes = fetch.DefaultMaxBytes

// fileKinds are the files that can be added, by extension.
var fileKinds = map[string]bool{".html": true, ".htm": true, ".md": true, ".txt": true}

// AcceptsFile reports whether a file of this name can be added: an HTML
// page, Markdown or text.
func AcceptsFile(name string) bool { return fileKinds[strings.ToLower(path.Ext(name))] }

// TooLarge says why a file of n bytes cannot be added, or nil when it can.
func TooLarge(name string, n int) error {
	if n <= MaxFileBytes {
		return nil
	}
	return fmt.Errorf("%s has %d bytes, more than the %d MB a source may have", retrieval.Printable(name), n, MaxFileBytes>>20)
}

// Input is one source to add: an address to fetch, or a file's name and
// contents (.html, .htm, .md or .txt).
type Input struct {
	URL  string
	Name string
	Data []byte
}

func (in Input) String() string {
	if in.URL != "" {
		return in.URL
	}
	return in.Name
}

// Added is a source that was added.
type Added struct {
	// Source is the source as indexed, without its text.
	Source store.Source
	// DateFrom says where the date came from ("JSON-LD datePublished",
	// "the file's front matter"); "" when the date is unknown.
	DateFrom string
	Author   string
	Passages int
	Warnings []string
}

// Result is what became of one Input: Added, or Err.
type Result struct {
	Input Input
	Added *Added
	Err   error
}

// DuplicateError reports a source that the index holds already.
type DuplicateError struct {
	Of store.Source
	// By is "address" or "text".
	By string
}

func (e *DuplicateError) Error() string {
	if e.By == "address" {
		return fmt.Sprintf("already in the index as %s (%q): the same address", e.Of.ID, e.Of.Title)
	}
	return fmt.Sprintf("already in the index as %s (%q): the same text", e.Of.ID, e.Of.Title)
}

// candidate is an input made into a source, ready to be written.
type candidate struct {
	in       Input
	src      store.Source // with its text, id, origin and hash
	file     []byte       // the source file
	dateFrom string
	author   string
	warnings []string
	keys     []string // address keys for duplicates: asked, found, canonical
	textKey  string   // the text's key for duplicates
	oldHash  string   // refresh: the hash of the version fetched again
}

// Add adds the inputs as new sources, in one transaction of the index:
// each is fetched (or read) and its article extracted first, and refused
// when the index holds it already (the same address or the same text); the
// others are indexed together. A result per input says what became of it.
// Add waits for another change or rebuild, telling waiting, until ctx is
// done; the error is for what stopped every input (a lock, the index).
func (m *Manager) Add(ctx context.Context, actor Actor, inputs []Input, waiting Waiting) ([]Result, error) {
	results := make([]Result, len(inputs))
	cands := make([]*candidate, len(inputs))
	indexed, err := m.engine.Sources(ctx)
	if err != nil {
		return nil, err
	}
	byAddress := addressIndex(indexed)
	for i, in := range inputs {
		results[i].Input = in
		if in.URL != "" {
			// Refuse an address the index holds before fetching it.
			if u, err := fetch.CheckURL(in.URL); err == nil {
				if of, ok := byAddress[addressKey(u.String())]; ok {
					results[i].Err = &DuplicateError{Of: of, By: "address"}
					continue
				}
			}
		}
		cands[i], results[i].Err = m.prepare(ctx, in)
		if err := ctx.Err(); err != nil {
			for j := range results {
				if results[j].Err == nil {
					results[j].Input, results[j].Err = inputs[j], err
				}
			}
			m.auditAll(ctx, actor, results)
			return results, err
		}
	}
	if count(cands) == 0 {
		m.auditAll(ctx, actor, results)
		return results, nil
	}

	release, err := m.acquire(ctx, waiting)
	if err != nil {
		m.auditFailure(ctx, actor, results, cands, err)
		return results, err
	}
	defer release()
	if err := m.recover(ctx); err != nil {
		m.auditFailure(ctx, actor, results, cands, err)
		return results, err
	}
	st, err := m.state(ctx)
	if err != nil {
		m.auditFailure(ctx, actor, results, cands, err)
		return results, err
	}
	m.refuseDuplicates(st.sources, cands, results)
	var put []store.Source
	for i, c := range cands {
		if c == nil {
			continue
		}
		c.src.ID = uniqueID(c.src.ID, st.sources, cands[:i])
		if err := m.finish(c); err != nil {
			results[i].Err, cands[i] = err, nil
			continue
		}
		if err := writeFile(filepath.Join(m.dir, pendingDir, fileName(c.src.ID)), c.file); err != nil {
			m.dropPending(cands)
			err = fmt.Errorf("added sources: %w", err)
			m.auditFailure(ctx, actor, results, cands, err)
			return results, err
		}
		put = append(put, c.src)
	}
	if len(put) == 0 {
		m.auditAll(ctx, actor, results)
		return results, nil
	}
	failed, err := m.index(ctx, st, put, nil)
	if err != nil {
		m.dropPending(cands)
		m.auditFailure(ctx, actor, results, cands, err)
		return results, err
	}
	for i, c := range cands {
		if c == nil {
			continue
		}
		pending := filepath.Join(m.dir, pendingDir, fileName(c.src.ID))
		if why, bad := failed[c.src.ID]; bad {
			os.Remove(pending)
			results[i].Err = fmt.Errorf("%w: %v", ErrInput, why)
			continue
		}
		if err := move(pending, filepath.Join(m.dir, fileName(c.src.ID))); err != nil {
			// The index holds it: the next change or rebuild moves it into
			// place (recover), whatever happens to this process.
			m.log.Warn("added sources: a committed source waits in the journal", "id", c.src.ID, "err", err)
		}
		passages, err := m.store.SourcePassages(ctx, c.src.ID)
		if err != nil {
			m.log.Warn("count the passages of an added source", "id", c.src.ID, "err", err)
		}
		src := c.src
		src.Text = ""
		if indexedSrc, err := m.store.SourceInfo(ctx, c.src.ID); err == nil {
			src = indexedSrc
		}
		results[i].Added = &Added{Source: src, DateFrom: c.dateFrom, Author: c.author, Passages: len(passages), Warnings: c.warnings}
	}
	m.auditAll(ctx, actor, results)
	return results, nil
}

func count(cands []*candidate) int {
	n := 0
	for _, c := range cands {
		if c != nil {
			n++
		}
	}
	return n
}

// dropPending deletes the journal files of candidates that were not indexed.
func (m *Manager) dropPending(cands []*candidate) {
	for _, c := range cands {
		if c != nil && c.src.ID != "" {
			os.Remove(filepath.Join(m.dir, pendingDir, fileName(c.src.ID)))
		}
	}
}

// prepare fetches or reads an input and makes a source of it, with an id
// derived from its title that finish may still change.
func (m *Manager) prepare(ctx context.Context, in Input) (*candidate, error) {
	switch {
	case in.URL != "" && in.Name != "":
		return nil, fmt.Errorf("%w: give an address or a file, not both", ErrInput)
	case in.URL != "":
		return m.fromAddress(ctx, in)
	case in.Name != "":
		return m.fromFile(in)
	}
	return nil, fmt.Errorf("%w: give an address or a file", ErrInput)
}

func (m *Manager) fromAddress(ctx context.Context, in Input) (*candidate, error) {
	page, err := m.fetcher.Get(ctx, in.URL)
	if err != nil {
		return nil, err
	}
	var a article.Article
	if page.IsHTML() {
		a, err = article.FromHTML(page.Body, page.URL, m.now())
	} else {
		a, err = article.FromText(page.Body, page.URL)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInput, err)
	}
	address := a.Canonical
	if address == "" {
		address = page.URL.String()
	}
	c := m.fromArticle(in, a, address)
	c.keys = append(c.keys, addressKey(in.URL), addressKey(page.URL.String()))
	c.src.Note = joinNote(c.src.Note, fmt.Sprintf("Fetched %s from %s.", m.now().UTC().Format("2006-01-02"), page.URL))
	return c, nil
}

func (m *Manager) fromFile(in Input) (*candidate, error) {
	if err := TooLarge(in.Name, len(in.Data)); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInput, err)
	}
	switch ext := strings.ToLower(path.Ext(in.Name)); ext {
	case ".html", ".htm":
		if !utf8.Valid(in.Data) {
			return nil, fmt.Errorf("%w: %s is not UTF-8; save it as UTF-8", ErrInput, retrieval.Printable(in.Name))
		}
		a, err := article.FromHTML(in.Data, nil, m.now())
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrInput, retrieval.Printable(in.Name), err)
		}
		c := m.fromArticle(in, a, a.Canonical)
		c.src.Note = joinNote(c.src.Note, fmt.Sprintf("Added from the file %s on %s.", in.Name, m.now().UTC().Format("2006-01-02")))
		return c, nil
	case ".md", ".txt":
		src, err := retrieval.ParseSource(in.Name, in.Data)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrInput, retrieval.Printable(in.Name), err)
		}
		// The file's own id is kept only when its front matter names one.
		if stem := strings.TrimSuffix(path.Base(in.Name), path.Ext(in.Name)); src.ID == stem {
			src.ID = slug(src.Title)
		}
		src.Text = article.Normalize(src.Text)
		src.Note = joinNote(src.Note, fmt.Sprintf("Added from the file %s on %s.", in.Name, m.now().UTC().Format("2006-01-02")))
		c := &candidate{in: in, src: src, textKey: textKey(src.Text)}
		if src.Published.Known() {
			c.dateFrom = "the file's front matter"
		} else {
			c.warnings = append(c.warnings, "the file gives no publication date (published: in its front matter): the source is added with an unknown date")
		}
		if src.URL != "" {
			c.keys = append(c.keys, addressKey(src.URL))
		}
		return c, nil
	default:
		return nil, fmt.Errorf("%w: %s: only .html, .md and .txt files can be added", ErrInput, retrieval.Printable(in.Name))
	}
}

// fromArticle makes a candidate of an extracted article kept at address.
func (m *Manager) fromArticle(in Input, a article.Article, address string) *candidate {
	c := &candidate{in: in, author: a.Author, warnings: a.Warnings, dateFrom: a.Published.From}
	src := store.Source{Title: a.Title, Outlet: a.Site, URL: address, Text: a.Text}
	switch a.Language {
	case "de", "en", "":
		src.Language = a.Language
	default:
		c.warnings = append(c.warnings, fmt.Sprintf("the page says it is in %q; Quellen reads German and English, and the text's language is detected", a.Language))
	}
	if src.Title == "" {
		src.Title = fallbackTitle(a.Text, address, in.Name)
	}
	var note []string
	if a.Author != "" {
		note = append(note, "By "+a.Author+".")
	}
	if a.Published.Known() {
		src.Published = store.Date{Value: a.Published.Value}
		note = append(note, "Date from the page's "+a.Published.From+".")
	} else {
		c.warnings = append(c.warnings, "the page states no publication date (no JSON-LD datePublished, article:published_time or <time>): the source is added with an unknown date")
		note = append(note, "The page states no publication date.")
	}
	src.Note = strings.Join(note, " ")
	src.ID = slug(src.Title)
	c.src = src
	if address != "" {
		c.keys = append(c.keys, addressKey(address))
	}
	c.textKey = textKey(a.Text)
	return c
}

// finish makes the candidate's source file and reads it back, as the
// folder will be read: the source then has its hash and origin. An
// address a source file may not carry as its link is dropped with a
// warning rather than losing the article.
func (m *Manager) finish(c *candidate) error {
	from := ""
	if c.src.Published.Known() {
		from = "metadata"
		if c.src.Published.Inferred {
			from = "inferred"
		}
	}
	file, err := retrieval.FormatSource(c.src, from)
	if err != nil && c.src.URL != "" {
		c.warnings = append(c.warnings, fmt.Sprintf("the address %s cannot be kept as the source's link", retrieval.Printable(c.src.URL)))
		c.src.URL = ""
		file, err = retrieval.FormatSource(c.src, from)
	}
	if err != nil {
		return fmt.Errorf("%w: %v", ErrInput, err)
	}
	src, err := retrieval.ParseSource(fileName(c.src.ID), file)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrInput, err)
	}
	src.Origin = filepath.Join(m.dir, fileName(src.ID))
	c.src, c.file = src, file
	return nil
}

// refuseDuplicates refuses every candidate whose address or text the
// index holds, or an earlier candidate has.
func (m *Manager) refuseDuplicates(indexed []store.Source, cands []*candidate, results []Result) {
	byAddress := addressIndex(indexed)
	byText := make(map[string]store.Source, len(indexed))
	for _, src := range indexed {
		byText[textKey(src.Text)] = src
	}
	for i, c := range cands {
		if c == nil {
			continue
		}
		var dup error
		for _, k := range c.keys {
			if of, ok := byAddress[k]; ok && k != "" {
				dup = &DuplicateError{Of: of, By: "address"}
				break
			}
		}
		if dup == nil {
			if of, ok := byText[c.textKey]; ok {
				dup = &DuplicateError{Of: of, By: "text"}
			}
		}
		if dup != nil {
			results[i].Err, cands[i] = dup, nil
			continue
		}
		// Later inputs of the same call are compared with this one.
		for _, k := range c.keys {
			if k != "" {
				byAddress[k] = c.src
			}
		}
		byText[c.textKey] = c.src
	}
}

// addressIndex maps the address keys of the sources to them.
func addressIndex(sources []store.Source) map[string]store.Source {
	out := make(map[string]store.Source, len(sources))
	for _, src := range sources {
		if k := addressKey(src.URL); k != "" {
			out[k] = src
		}
	}
	return out
}

// trackingParams are query parameters that say where a reader came from,
// not which page: they are left out when addresses are compared.
var trackingParams = []string{"utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "at_medium", "at_campaign", "wt_mc", "ref", "cmpid", "ocid", "icid"}

// addressKey is what two addresses of the same page share: no scheme,
// host without "www." in lower case, no default port, fragment, tracking
// parameters or trailing slash, the other parameters sorted. "" for what
// is no address.
func addressKey(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		host += ":" + p
	}
	q := u.Query()
	for key := range q {
		for _, t := range trackingParams {
			if strings.HasPrefix(strings.ToLower(key), t) {
				q.Del(key)
			}
		}
	}
	p := strings.TrimSuffix(u.EscapedPath(), "/")
	key := host + p
	if enc := q.Encode(); enc != "" {
		key += "?" + enc
	}
	return key
}

// textKey is what two copies of the same text share: its words, in
// Unicode's composed form, whatever white space lies between them.
func textKey(text string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(norm.NFC.String(text)), " ")))
	return hex.EncodeToString(sum[:])
}

// slug makes an id of a title: lower-case ASCII letters and digits joined
// by "-", German umlauts spelt out, at most 60 characters, cut at a word;
// a content-derived suffix is added by uniqueID only when needed.
func slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFC.String(strings.ToLower(title)) {
		switch r {
		case 'ä':
			b.WriteString("ae")
			dash = false
			continue
		case 'ö':
			b.WriteString("oe")
			dash = false
			continue
		case 'ü':
			b.WriteString("ue")
			dash = false
			continue
		case 'ß':
			b.WriteString("ss")
			dash = false
			continue
		}
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			dash = false
			continue
		}
		if d := norm.NFD.String(string(r)); d != string(r) && len(d) > 0 && d[0] < utf8.RuneSelf && unicode.IsLetter(rune(d[0])) {
			b.WriteByte(d[0]) // é → e
			dash = false
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.Trim(b.String(), "-")
	if len(s) > 60 {
		s = s[:60]
		if i := strings.LastIndexByte(s, '-'); i > 20 {
			s = s[:i]
		}
	}
	if s == "" {
		s = "quelle"
	}
	return s
}

// uniqueID returns id, or id with a number when an indexed source or an
// earlier candidate has it.
func uniqueID(id string, indexed []store.Source, earlier []*candidate) string {
	taken := func(id string) bool {
		// An id whose file the collection would not read ("readme") is as
		// good as taken: the next rebuild would drop the source.
		if !retrieval.IsSourceFile(fileName(id)) {
			return true
		}
		for _, src := range indexed {
			if src.ID == id {
				return true
			}
		}
		for _, c := range earlier {
			if c != nil && c.src.ID == id {
				return true
			}
		}
		return false
	}
	if !taken(id) {
		return id
	}
	for n := 2; ; n++ {
		if next := fmt.Sprintf("%s-%d", id, n); !taken(next) {
			return next
		}
	}
}

// fallbackTitle names a source whose page has no title: its first line,
// else the last part of its address or file name.
func fallbackTitle(text, address, name string) string {
	if a, err := article.FromText([]byte(text), nil); err == nil && a.Title != "" {
		return a.Title
	}
	if u, err := url.Parse(address); err == nil && path.Base(u.Path) != "/" && path.Base(u.Path) != "." {
		return path.Base(u.Path)
	}
	if name != "" {
		return name
	}
	return "Ohne Titel"
}

func joinNote(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

// auditAll records each input's outcome.
func (m *Manager) auditAll(ctx context.Context, actor Actor, results []Result) {
	for _, r := range results {
		if r.Added != nil {
			s := r.Added.Source
			m.audit(ctx, actor, ActionAdd, OutcomeOK, fmt.Sprintf("%s · %s · %s", s.ID, s.Title, r.Input))
			continue
		}
		m.audit(ctx, actor, ActionAdd, outcomeOf(r.Err), Describe(r.Input.String(), r.Err))
	}
}

// auditFailure records an add that failed as a whole: the inputs refused
// before stay refused, the others failed with err.
func (m *Manager) auditFailure(ctx context.Context, actor Actor, results []Result, cands []*candidate, err error) {
	for i := range results {
		if cands[i] != nil {
			results[i].Err = err
		}
	}
	m.auditAll(ctx, actor, results)
}
