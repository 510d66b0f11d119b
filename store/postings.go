package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"strings"
)

// The full-text index is Quellen's own: for every term, its postings, kept
// in the postings table as compressed chunks. It replaces SQLite's FTS5,
// which scored every matching row through a virtual-table callback, once for
// sentences and again for whole sources (97 % of a question's time at
// 100,000 passages). One pass over a term's postings now scores both: a
// chunk lists, source by source, the source's article length and how often
// the term occurs outside its passages (title, datelines, credits), then each of its
// passages holding the term with the term's frequency and the passage's
// length. The BM25 of a sentence and of its source (its whole text) come out
// of the same numbers FTS5 used, so the scores are the same.
//
// A chunk is one row (term, first): first is the number of the first
// source it lists; the chunks of a term cover ascending, disjoint ranges of
// source numbers. Sources are numbered in the order they are written and
// their passages' ids ascend with them, so new postings always go at the
// end: into the term's last chunk while it is small, else into a new one.
// Removing a source rewrites the chunks of its terms that list it.

// maxChunkBytes bounds a chunk: large enough that a term of a few thousand
// passages reads as one row, small enough that removing a source rewrites
// little.
const maxChunkBytes = 16 << 10

// group is one source's entry in a term's postings.
type group struct {
	num      int64 // the source's number (sources.num)
	length   int   // terms in the source's whole text: extra and every passage
	extra    int   // the term's frequency outside the passages
	passages []passageTF
}

// passageTF is one passage holding the term.
type passageTF struct {
	id     int64
	tf     int
	length int // terms in the passage
}

// chunkEncoder writes groups in the chunk format: per group the source
// number's distance from the previous group's (the first group's from 0),
// the article length, the extra frequency and the number of passages; per
// passage its id's distance from the previous passage's in the chunk (the
// first's from 0), the term frequency and the passage length. All unsigned
// varints.
type chunkEncoder struct {
	buf      []byte
	lastNum  int64
	lastID   int64
	groups   int
	passages int
}

func (e *chunkEncoder) add(g group) {
	e.buf = binary.AppendUvarint(e.buf, uint64(g.num-e.lastNum))
	e.buf = binary.AppendUvarint(e.buf, uint64(g.length))
	e.buf = binary.AppendUvarint(e.buf, uint64(g.extra))
	e.buf = binary.AppendUvarint(e.buf, uint64(len(g.passages)))
	for _, p := range g.passages {
		e.buf = binary.AppendUvarint(e.buf, uint64(p.id-e.lastID))
		e.buf = binary.AppendUvarint(e.buf, uint64(p.tf))
		e.buf = binary.AppendUvarint(e.buf, uint64(p.length))
		e.lastID = p.id
	}
	e.lastNum = g.num
	e.groups++
	e.passages += len(g.passages)
}

// errChunk is a chunk that cannot be read: a damaged index.
var errChunk = errors.New("damaged postings chunk")

// chunkReader reads the groups of a chunk in order without allocating.
type chunkReader struct {
	data    []byte
	num     int64
	id      int64
	pending int // passages of the current group not yet read
	err     error
}

func (r *chunkReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.data)
	if n <= 0 {
		r.err = errChunk
		r.data = nil
		return 0
	}
	r.data = r.data[n:]
	return v
}

// next reads the next group's header; its passages follow through
// passage. It returns false at the end of the chunk or on damage (r.err).
func (r *chunkReader) next() (num int64, length, extra, passages int, ok bool) {
	for r.pending > 0 && r.err == nil { // skip what the caller left unread
		r.passage()
	}
	if len(r.data) == 0 || r.err != nil {
		return 0, 0, 0, 0, false
	}
	r.num += int64(r.uvarint())
	length = int(r.uvarint())
	extra = int(r.uvarint())
	r.pending = int(r.uvarint())
	if r.err != nil || r.pending > len(r.data) {
		r.err = errChunk
		return 0, 0, 0, 0, false
	}
	return r.num, length, extra, r.pending, true
}

// passage reads the next passage of the current group.
func (r *chunkReader) passage() (id int64, tf, length int) {
	r.pending--
	r.id += int64(r.uvarint())
	tf = int(r.uvarint())
	length = int(r.uvarint())
	return r.id, tf, length
}

// decodeChunk reads a whole chunk into groups.
func decodeChunk(data []byte) ([]group, error) {
	r := chunkReader{data: data}
	var out []group
	for {
		num, length, extra, n, ok := r.next()
		if !ok {
			break
		}
		g := group{num: num, length: length, extra: extra, passages: make([]passageTF, n)}
		for i := range g.passages {
			id, tf, l := r.passage()
			g.passages[i] = passageTF{id: id, tf: tf, length: l}
		}
		out = append(out, g)
	}
	return out, r.err
}

// sourcePostings is what one source adds to the postings: its terms
// outside the passages and its passages' terms, as stored.
type sourcePostings struct {
	num      int64
	extra    string // space-separated
	passages []passageTerms
}

type passageTerms struct {
	id    int64
	terms string // space-separated
}

// rowQuerier is what storedTerms reads through: a transaction or the database.
type rowQuerier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// storedTerms calls fn with the stored terms of every source and its
// passages, in source number order: what the postings are made of, read
// back for a rebuild of the postings or a check of them. fn may write
// through the same transaction while the rows are read.
func storedTerms(ctx context.Context, q rowQuerier, fn func(*sourcePostings) error) error {
	rows, err := q.QueryContext(ctx, `SELECT s.num, s.terms, p.id, p.terms FROM sources s LEFT JOIN passages p ON p.source_id = s.id ORDER BY s.num, p.id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var cur *sourcePostings
	for rows.Next() {
		var num int64
		var extra string
		var id sql.NullInt64
		var terms sql.NullString
		if err := rows.Scan(&num, &extra, &id, &terms); err != nil {
			return err
		}
		if cur == nil || cur.num != num {
			if cur != nil {
				if err := fn(cur); err != nil {
					return err
				}
			}
			cur = &sourcePostings{num: num, extra: extra}
		}
		if id.Valid {
			cur.passages = append(cur.passages, passageTerms{id: id.Int64, terms: terms.String})
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if cur != nil {
		return fn(cur)
	}
	return nil
}

// lengths are the source's article length and the sum of its passages'.
func (sp *sourcePostings) lengths() (article, passages int) {
	article = countFields(sp.extra)
	for _, p := range sp.passages {
		n := countFields(p.terms)
		article += n
		passages += n
	}
	return article, passages
}

// groups returns the source's group for each of its terms.
func (sp *sourcePostings) groups() map[string]*group {
	article, _ := sp.lengths()
	out := make(map[string]*group)
	get := func(term string) *group {
		g, ok := out[term]
		if !ok {
			g = &group{num: sp.num, length: article}
			out[term] = g
		}
		return g
	}
	sp.count(get)
	return out
}

// count adds the source's term occurrences to the groups get returns for
// each term: those outside its passages to extra, those of each passage
// to that passage's frequency.
func (sp *sourcePostings) count(get func(term string) *group) {
	for t := range strings.FieldsSeq(sp.extra) {
		get(t).extra++
	}
	for _, p := range sp.passages {
		n := countFields(p.terms)
		for t := range strings.FieldsSeq(p.terms) {
			g := get(t)
			if last := len(g.passages) - 1; last >= 0 && g.passages[last].id == p.id {
				g.passages[last].tf++
			} else {
				g.passages = append(g.passages, passageTF{id: p.id, tf: 1, length: n})
			}
		}
	}
}

func countFields(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}
