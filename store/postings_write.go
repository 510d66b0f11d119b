package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Metadata keys of the postings' totals, which BM25's average lengths are
// made of.
const (
	metaPassageTerms = "passage_terms" // terms in all passages
	metaSourceTerms  = "source_terms"  // terms in all sources' whole texts
)

// batch gathers the postings a transaction writes: per term, the groups
// of the sources put since the last flush, already encoded (a few bytes a
// posting, so that a rebuild holds little), and the sources removed, with
// their terms. What is gathered inside a savepoint is journaled, so that
// Isolate can take it back.
type batch struct {
	terms     map[string]*chunkEncoder
	bytes     int              // encoded postings and removed sources' terms
	deleted   []sourcePostings // committed sources removed
	pending   map[int64]bool   // sources put in this batch
	cancelled map[int64]bool   // put in this batch and removed again
	// Changes to the totals in meta.
	passageTerms, sourceTerms int64
	journal                   []undo

	// Reused while grouping one source's terms.
	index  map[string]int
	groups []termGroup
}

type termGroup struct {
	term string
	g    group
}

// undo takes back one change: an encoder's growth, or a source marked
// pending or cancelled.
type undo struct {
	enc   *chunkEncoder
	state chunkEncoder // the encoder before, with buf cut to its length then
	num   int64
	set   map[int64]bool
}

// mark is where a savepoint began.
type mark struct {
	journal, deleted, bytes   int
	passageTerms, sourceTerms int64
}

func (b *batch) mark() mark {
	return mark{len(b.journal), len(b.deleted), b.bytes, b.passageTerms, b.sourceTerms}
}

// undo takes back what was gathered since m.
func (b *batch) undo(m mark) {
	for i := len(b.journal) - 1; i >= m.journal; i-- {
		u := b.journal[i]
		if u.enc != nil {
			buf := u.enc.buf[:len(u.state.buf)]
			*u.enc = u.state
			u.enc.buf = buf
		} else {
			delete(u.set, u.num)
		}
	}
	b.journal = b.journal[:m.journal]
	b.deleted = b.deleted[:m.deleted]
	b.bytes, b.passageTerms, b.sourceTerms = m.bytes, m.passageTerms, m.sourceTerms
}

// keep forgets the journal: no savepoint is open any more.
func (b *batch) keep() { b.journal = b.journal[:0] }

func (b *batch) size() int { return b.bytes }

// add gathers the postings of a source put; journal records how to take
// them back.
func (b *batch) add(sp *sourcePostings, journal bool) {
	if b.terms == nil {
		b.terms, b.pending, b.cancelled, b.index = make(map[string]*chunkEncoder), make(map[int64]bool), make(map[int64]bool), make(map[string]int)
	}
	article, passages := sp.lengths()
	b.passageTerms += int64(passages)
	b.sourceTerms += int64(article)
	b.pending[sp.num] = true
	if journal {
		b.journal = append(b.journal, undo{num: sp.num, set: b.pending})
	}
	for _, tg := range b.group(sp, article) {
		enc := b.terms[tg.term]
		if enc == nil {
			enc = &chunkEncoder{}
			b.terms[strings.Clone(tg.term)] = enc
		}
		if journal {
			state := *enc
			state.buf = enc.buf[:len(enc.buf):len(enc.buf)]
			b.journal = append(b.journal, undo{enc: enc, state: state})
		}
		before := len(enc.buf)
		enc.add(tg.g)
		b.bytes += len(enc.buf) - before
	}
}

// group returns a source's group for each of its terms, in the order the
// terms first occur, in space reused from source to source.
func (b *batch) group(sp *sourcePostings, article int) []termGroup {
	clear(b.index)
	b.groups = b.groups[:0]
	get := func(term string) *group {
		i, ok := b.index[term]
		if !ok {
			i = len(b.groups)
			b.index[term] = i
			if i < cap(b.groups) {
				b.groups = b.groups[:i+1]
				b.groups[i].term = term
				b.groups[i].g = group{num: sp.num, length: article, passages: b.groups[i].g.passages[:0]}
			} else {
				b.groups = append(b.groups, termGroup{term: term, g: group{num: sp.num, length: article}})
			}
		}
		return &b.groups[i].g
	}
	sp.count(get)
	return b.groups
}

// remove gathers the removal of a source: one put in this batch is left
// out when the batch is written, a committed one is taken out of its
// terms' chunks.
func (b *batch) remove(sp *sourcePostings, journal bool) {
	if b.terms == nil {
		b.terms, b.pending, b.cancelled, b.index = make(map[string]*chunkEncoder), make(map[int64]bool), make(map[int64]bool), make(map[string]int)
	}
	article, passages := sp.lengths()
	b.passageTerms -= int64(passages)
	b.sourceTerms -= int64(article)
	if b.pending[sp.num] {
		b.cancelled[sp.num] = true
		if journal {
			b.journal = append(b.journal, undo{num: sp.num, set: b.cancelled})
		}
		return
	}
	b.deleted = append(b.deleted, *sp)
	b.bytes += len(sp.extra)
	for _, p := range sp.passages {
		b.bytes += len(p.terms)
	}
}

// flush writes the batch: first it takes the removed sources out of their
// terms' chunks, then appends the new sources' groups to the end of each
// term's postings, one term at a time, and updates the totals.
func (t *Tx) flush(ctx context.Context) error {
	b := &t.postings
	if b.terms == nil {
		return nil
	}
	removed := make(map[string][]int64) // term → source numbers to take out
	for i := range b.deleted {
		for term := range b.deleted[i].groups() {
			removed[term] = append(removed[term], b.deleted[i].num)
		}
	}
	for _, term := range sortedKeys(removed) {
		if err := t.removeGroups(ctx, term, removed[term]); err != nil {
			return err
		}
	}
	for _, term := range sortedKeys(b.terms) {
		if enc := b.terms[term]; enc.groups > 0 {
			if err := t.appendGroups(ctx, term, enc.buf, b.cancelled); err != nil {
				return err
			}
		}
	}
	if err := t.addTotal(ctx, metaPassageTerms, b.passageTerms); err != nil {
		return err
	}
	if err := t.addTotal(ctx, metaSourceTerms, b.sourceTerms); err != nil {
		return err
	}
	*b = batch{groups: b.groups[:0]}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// putChunkSQL writes one chunk of a term's postings; every writer of
// chunks shares the prepared statement.
const putChunkSQL = `INSERT OR REPLACE INTO postings (term, first, sources, passages, data) VALUES (?,?,?,?,?)`

// addTotal adds delta to one of the postings' totals in meta.
func (t *Tx) addTotal(ctx context.Context, key string, delta int64) error {
	if delta == 0 {
		return nil
	}
	var v string
	err := t.tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if err != nil && err != sql.ErrNoRows {
		return wrapErr(t.path, "postings totals", err)
	}
	var n int64
	if v != "" {
		if n, err = strconv.ParseInt(v, 10, 64); err != nil {
			return wrapErr(t.path, "postings totals", fmt.Errorf("%w: %s is %q", ErrCorrupt, key, v))
		}
	}
	return t.SetMeta(ctx, key, strconv.FormatInt(n+delta, 10))
}

// appendGroups adds the encoded groups of sources newer than any the
// term's postings list, but those cancelled, to the end of the term's
// postings: into its last chunk while that is small, so that incremental
// updates leave no trail of tiny chunks, else into new chunks of at most
// maxChunkBytes.
func (t *Tx) appendGroups(ctx context.Context, term string, encoded []byte, cancelled map[int64]bool) error {
	last, err := t.stmt(ctx, `SELECT first, data FROM postings WHERE term = ? ORDER BY first DESC LIMIT 1`)
	if err != nil {
		return wrapErr(t.path, "write postings", err)
	}
	put, err := t.stmt(ctx, putChunkSQL)
	if err != nil {
		return wrapErr(t.path, "write postings", err)
	}
	var out chunkEncoder
	first := int64(-1)
	var g group
	copyGroups := func(data []byte, skip map[int64]bool) error {
		r := chunkReader{data: data}
		for {
			num, length, extra, n, ok := r.next()
			if !ok {
				break
			}
			g = group{num: num, length: length, extra: extra, passages: g.passages[:0]}
			for range n {
				id, tf, l := r.passage()
				g.passages = append(g.passages, passageTF{id: id, tf: tf, length: l})
			}
			if skip[num] {
				continue
			}
			if out.groups > 0 && len(out.buf) >= maxChunkBytes {
				if _, err := put.ExecContext(ctx, term, first, out.groups, out.passages, out.buf); err != nil {
					return wrapErr(t.path, fmt.Sprintf("write postings of %q", term), err)
				}
				out, first = chunkEncoder{}, -1
			}
			if first < 0 {
				first = num
			}
			out.add(g)
		}
		if r.err != nil {
			return wrapErr(t.path, fmt.Sprintf("postings of %q", term), corrupt(r.err))
		}
		return nil
	}
	var lastFirst int64
	var data []byte
	switch err := last.QueryRowContext(ctx, term).Scan(&lastFirst, &data); {
	case err == sql.ErrNoRows:
	case err != nil:
		return wrapErr(t.path, "write postings", err)
	case len(data) < maxChunkBytes/2:
		if err := copyGroups(data, nil); err != nil {
			return err
		}
	}
	if err := copyGroups(encoded, cancelled); err != nil {
		return err
	}
	if out.groups > 0 {
		if _, err := put.ExecContext(ctx, term, first, out.groups, out.passages, out.buf); err != nil {
			return wrapErr(t.path, fmt.Sprintf("write postings of %q", term), err)
		}
	}
	return nil
}

// writeChunks writes groups as chunks of at most maxChunkBytes (a group
// is never split), replacing chunks with the same first source.
func (t *Tx) writeChunks(ctx context.Context, term string, groups []group) error {
	put, err := t.stmt(ctx, putChunkSQL)
	if err != nil {
		return wrapErr(t.path, "write postings", err)
	}
	for len(groups) > 0 {
		var enc chunkEncoder
		n := 0
		for n < len(groups) && (n == 0 || len(enc.buf) < maxChunkBytes) {
			enc.add(groups[n])
			n++
		}
		if _, err := put.ExecContext(ctx, term, groups[0].num, enc.groups, enc.passages, enc.buf); err != nil {
			return wrapErr(t.path, fmt.Sprintf("write postings of %q", term), err)
		}
		groups = groups[n:]
	}
	return nil
}

// removeGroups takes the groups of the given sources out of a term's
// postings, rewriting only the chunks that list them.
func (t *Tx) removeGroups(ctx context.Context, term string, nums []int64) error {
	slices.Sort(nums)
	list, err := t.stmt(ctx, `SELECT first FROM postings WHERE term = ? ORDER BY first`)
	if err != nil {
		return wrapErr(t.path, "write postings", err)
	}
	rows, err := list.QueryContext(ctx, term)
	if err != nil {
		return wrapErr(t.path, "write postings", err)
	}
	var firsts []int64
	for rows.Next() {
		var f int64
		if err := rows.Scan(&f); err != nil {
			rows.Close()
			return wrapErr(t.path, "write postings", err)
		}
		firsts = append(firsts, f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return wrapErr(t.path, "write postings", err)
	}
	read, err := t.stmt(ctx, `SELECT data FROM postings WHERE term = ? AND first = ?`)
	if err != nil {
		return wrapErr(t.path, "write postings", err)
	}
	drop, err := t.stmt(ctx, `DELETE FROM postings WHERE term = ? AND first = ?`)
	if err != nil {
		return wrapErr(t.path, "write postings", err)
	}
	for i, first := range firsts {
		// Chunk i lists the sources from first up to the next chunk's first.
		end := int64(1<<63 - 1)
		if i+1 < len(firsts) {
			end = firsts[i+1]
		}
		lo, _ := slices.BinarySearch(nums, first)
		hi, _ := slices.BinarySearch(nums, end)
		if lo == hi {
			continue
		}
		gone := nums[lo:hi]
		var data []byte
		if err := read.QueryRowContext(ctx, term, first).Scan(&data); err != nil {
			return wrapErr(t.path, "write postings", err)
		}
		groups, err := decodeChunk(data)
		if err != nil {
			return wrapErr(t.path, fmt.Sprintf("postings of %q", term), corrupt(err))
		}
		kept := groups[:0]
		for _, g := range groups {
			if _, found := slices.BinarySearch(gone, g.num); !found {
				kept = append(kept, g)
			}
		}
		if len(kept) == len(groups) {
			continue
		}
		if _, err := drop.ExecContext(ctx, term, first); err != nil {
			return wrapErr(t.path, "write postings", err)
		}
		if err := t.writeChunks(ctx, term, kept); err != nil {
			return err
		}
	}
	return nil
}

// rebuildPostings makes the postings anew from the terms stored with the
// sources and passages: what migration to the postings does for an index
// FTS5 built.
func (t *Tx) rebuildPostings(ctx context.Context) error {
	for _, q := range []string{`DELETE FROM postings`, `DELETE FROM meta WHERE key IN ('` + metaPassageTerms + `', '` + metaSourceTerms + `')`} {
		if _, err := t.tx.ExecContext(ctx, q); err != nil {
			return wrapErr(t.path, "rebuild postings", err)
		}
	}
	err := storedTerms(ctx, t.tx, func(cur *sourcePostings) error {
		t.postings.add(cur, false)
		return t.maybeFlush(ctx, 0)
	})
	if err != nil {
		return wrapErr(t.path, "rebuild postings", err)
	}
	return t.flush(ctx)
}
