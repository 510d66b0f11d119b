package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
)

// Metadata keys of the postings' totals, which BM25's average lengths are
// made of.
const (
	metaPassageTerms = "passage_terms" // terms in all passages
	metaSourceTerms  = "source_terms"  // terms in all sources' whole texts
)

// flush writes the postings of the sources put and deleted since the last
// flush: first it takes the deleted sources out of their terms' chunks,
// then it appends the new sources' groups to the end of each term's
// postings, one term at a time.
func (t *Tx) flush(ctx context.Context) error {
	if len(t.postings) == 0 {
		return nil
	}
	ops := t.postings
	t.postings, t.postingsBytes = nil, 0

	// A source put and deleted within the batch never reaches the table.
	var adds []*sourcePostings
	pending := make(map[int64]int)
	removed := make(map[string][]int64) // term → source numbers to take out
	var passageTerms, sourceTerms int64
	for i := range ops {
		op := &ops[i]
		article, passages := op.lengths()
		if !op.del {
			pending[op.num] = len(adds)
			adds = append(adds, &op.sourcePostings)
			passageTerms += int64(passages)
			sourceTerms += int64(article)
			continue
		}
		passageTerms -= int64(passages)
		sourceTerms -= int64(article)
		if j, ok := pending[op.num]; ok {
			adds[j] = nil
			delete(pending, op.num)
			continue
		}
		for term := range op.groups() {
			removed[term] = append(removed[term], op.num)
		}
	}

	for _, term := range sortedKeys(removed) {
		if err := t.removeGroups(ctx, term, removed[term]); err != nil {
			return err
		}
	}

	added := make(map[string][]group)
	for _, sp := range adds {
		if sp == nil {
			continue
		}
		for term, g := range sp.groups() {
			added[term] = append(added[term], *g)
		}
	}
	for term := range added {
		// Sources are numbered in the order they are written, and map
		// order is random.
		slices.SortFunc(added[term], func(a, b group) int { return int(a.num - b.num) })
	}
	for _, term := range sortedKeys(added) {
		if err := t.appendGroups(ctx, term, added[term]); err != nil {
			return err
		}
	}
	if err := t.addTotal(ctx, metaPassageTerms, passageTerms); err != nil {
		return err
	}
	return t.addTotal(ctx, metaSourceTerms, sourceTerms)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

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
	n, _ := strconv.ParseInt(v, 10, 64)
	return t.SetMeta(ctx, key, strconv.FormatInt(n+delta, 10))
}

// appendGroups adds groups, all of sources newer than any the term's
// postings list, to the end of the term's postings.
func (t *Tx) appendGroups(ctx context.Context, term string, groups []group) error {
	last, err := t.stmt(ctx, `SELECT first, data FROM postings WHERE term = ? ORDER BY first DESC LIMIT 1`)
	if err != nil {
		return wrapErr(t.path, "write postings", err)
	}
	var first int64
	var data []byte
	switch err := last.QueryRowContext(ctx, term).Scan(&first, &data); {
	case err == sql.ErrNoRows:
	case err != nil:
		return wrapErr(t.path, "write postings", err)
	case len(data) < maxChunkBytes/2:
		// A small last chunk takes the new groups in: incremental updates
		// leave no trail of tiny chunks.
		old, err := decodeChunk(data)
		if err != nil {
			return wrapErr(t.path, fmt.Sprintf("postings of %q", term), fmt.Errorf("%w: %w", ErrCorrupt, err))
		}
		groups = append(old, groups...)
	}
	return t.writeChunks(ctx, term, groups)
}

// writeChunks writes groups as chunks of at most maxChunkBytes (a group
// is never split), replacing chunks with the same first source.
func (t *Tx) writeChunks(ctx context.Context, term string, groups []group) error {
	put, err := t.stmt(ctx, `INSERT OR REPLACE INTO postings (term, first, sources, passages, data) VALUES (?,?,?,?,?)`)
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
			return wrapErr(t.path, fmt.Sprintf("postings of %q", term), fmt.Errorf("%w: %w", ErrCorrupt, err))
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
	rows, err := t.tx.QueryContext(ctx, `SELECT s.num, s.terms, p.id, p.terms FROM sources s LEFT JOIN passages p ON p.source_id = s.id ORDER BY s.num, p.id`)
	if err != nil {
		return wrapErr(t.path, "rebuild postings", err)
	}
	defer rows.Close()
	for rows.Next() {
		var num int64
		var extra string
		var id sql.NullInt64
		var terms sql.NullString
		if err := rows.Scan(&num, &extra, &id, &terms); err != nil {
			return wrapErr(t.path, "rebuild postings", err)
		}
		if n := len(t.postings); n == 0 || t.postings[n-1].num != num {
			if t.postingsBytes >= flushBytes {
				if err := t.flush(ctx); err != nil {
					return err
				}
			}
			t.postings = append(t.postings, postingOp{sourcePostings: sourcePostings{num: num, extra: extra}})
			t.postingsBytes += len(extra)
		}
		if id.Valid {
			last := &t.postings[len(t.postings)-1]
			last.passages = append(last.passages, passageTerms{id: id.Int64, terms: terms.String})
			t.postingsBytes += len(terms.String)
		}
	}
	if err := rows.Err(); err != nil {
		return wrapErr(t.path, "rebuild postings", err)
	}
	return t.flush(ctx)
}
