package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Source is one indexed text with what is known about it.
type Source struct {
	ID        string
	Title     string
	Outlet    string
	URL       string
	Language  string // "de" or "en"
	Published Date
	// Note says where metadata that the text does not print came from.
	Note string
	// Origin names where the text was read from: a file path, or
	// "default/<file>" for the embedded collection.
	Origin    string
	Text      string
	Hash      string
	IndexedAt time.Time
}

// Date is a publication date cut to the precision the evidence supports.
type Date struct {
	// Value is "2020-06-12", "2024-09", "2024", or "" when unknown.
	Value string
	// Inferred is true when the text does not print the date and it was
	// worked out from clues; it must never be shown as if printed.
	Inferred bool
}

// Precision is "day", "month", "year", or "" for an unknown date.
func (d Date) Precision() string {
	switch len(d.Value) {
	case len("2006-01-02"):
		return "day"
	case len("2006-01"):
		return "month"
	case len("2006"):
		return "year"
	}
	return ""
}

// Known reports whether the date is known at all.
func (d Date) Known() bool { return d.Value != "" }

// Passage is one quotable sentence or heading of a source, located by
// byte offsets.
type Passage struct {
	ID       int64
	SourceID string
	Ord      int // position among the source's passages
	Block    int // paragraph of the source it stands in
	Start    int // byte offset of the first byte in Source.Text
	End      int // byte offset just past the last byte
	Text     string
	// Terms are the passage's analysed terms, space-separated, as indexed.
	Terms string
	// Figure is true when the passage states a count ("2.500 Soldaten").
	Figure bool
	// Dated is true when the passage names a year or a month.
	Dated bool
	// Heading is true when the passage is a heading of its source (a
	// short line without a sentence's end; the retrieval package's
	// segmentation tells) rather than a sentence. The line that prints
	// the source's title is no passage.
	Heading bool
}

const sourceColumns = `id, title, outlet, url, language, published, published_inferred, note, origin, hash, indexed_at`

// Sources lists the indexed sources, oldest publication first, without
// their texts.
func (s *Store) Sources(ctx context.Context) ([]Source, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+sourceColumns+` FROM sources ORDER BY published, id`)
	if err != nil {
		return nil, s.fail("list sources", err)
	}
	defer rows.Close()
	var out []Source
	for rows.Next() {
		var src Source
		if err := scanSource(rows, &src); err != nil {
			return nil, s.fail("list sources", err)
		}
		out = append(out, src)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("list sources", err)
	}
	return out, nil
}

// SourcesWithText lists the indexed sources with their texts, by id: what
// a change of one source passes back to the index unchanged.
func (s *Store) SourcesWithText(ctx context.Context) ([]Source, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+sourceColumns+`, text FROM sources ORDER BY id`)
	if err != nil {
		return nil, s.fail("list sources", err)
	}
	defer rows.Close()
	var out []Source
	for rows.Next() {
		var src Source
		if err := scanSource(rows, &src, &src.Text); err != nil {
			return nil, s.fail("list sources", err)
		}
		out = append(out, src)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("list sources", err)
	}
	return out, nil
}

// Source reads one source with its text.
func (s *Store) Source(ctx context.Context, id string) (Source, error) {
	row := s.stmts.source.QueryRowContext(ctx, id)
	var src Source
	if err := scanSource(row, &src, &src.Text); err != nil {
		return Source{}, s.fail(fmt.Sprintf("source %s", id), err)
	}
	return src, nil
}

// SourceInfo reads what is known about one source, without its text.
func (s *Store) SourceInfo(ctx context.Context, id string) (Source, error) {
	row := s.stmts.sourceInfo.QueryRowContext(ctx, id)
	var src Source
	if err := scanSource(row, &src); err != nil {
		return Source{}, s.fail(fmt.Sprintf("source %s", id), err)
	}
	return src, nil
}

// SourceInfos reads what is known about several sources, without their
// texts; a source that is not indexed is left out.
func (s *Store) SourceInfos(ctx context.Context, ids []string) (map[string]Source, error) {
	out := make(map[string]Source, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, s.fail("read sources", err)
	}
	rows, err := s.stmts.sourceInfos.QueryContext(ctx, string(list))
	if err != nil {
		return nil, s.fail("read sources", err)
	}
	defer rows.Close()
	for rows.Next() {
		var src Source
		if err := scanSource(rows, &src); err != nil {
			return nil, s.fail("read sources", err)
		}
		out[src.ID] = src
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("read sources", err)
	}
	return out, nil
}

type scanner interface{ Scan(dest ...any) error }

func scanSource(r scanner, src *Source, extra ...any) error {
	var indexedAt string
	dest := append([]any{&src.ID, &src.Title, &src.Outlet, &src.URL, &src.Language,
		&src.Published.Value, &src.Published.Inferred, &src.Note, &src.Origin, &src.Hash, &indexedAt}, extra...)
	if err := r.Scan(dest...); err != nil {
		return err
	}
	t, err := time.Parse(time.RFC3339, indexedAt)
	if err != nil {
		return fmt.Errorf("source %s: indexed_at %q: %w", src.ID, indexedAt, err)
	}
	src.IndexedAt = t
	return nil
}
