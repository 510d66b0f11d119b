package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"sync"
	"unicode/utf8"
)

// Term is one analysed query term with an integer weight: BM25 sums over
// the query's terms, so a term given twice counts twice, as one of weight
// 2 does; a weight of 0 or less counts as 1.
//
// Terms of one Group other than 0 are alternatives for one word of a
// question (its translations, say): a passage or source scores the best
// of them, not their sum, so a word with many alternatives counts once.
type Term struct {
	Text   string
	Weight int
	Group  int
}

// Hit is one search result; a higher Score is better.
type Hit struct {
	ID    int64
	Score float64
}

// SourceHit is one source-level search result; a higher Score is better.
type SourceHit struct {
	SourceID string
	Score    float64
}

// SearchQuery is a full-text query over the passages' analysed terms.
type SearchQuery struct {
	Terms []Term
	// CommonShare leaves out of the ranking the terms that occur in more
	// than this share of the passages (they weigh little and cost much),
	// unless that would leave none, or the share is fewer than CommonMin
	// passages (a small collection, where nothing is costly); 0 keeps
	// every term.
	CommonShare float64
	CommonMin   int
	// Passages and Sources are how many of each to return at most.
	Passages, Sources int
}

// SearchResult is what Search found.
type SearchResult struct {
	// Passages are the best passages by their own BM25, best first;
	// Sources the best sources by the BM25 of their whole text (title,
	// headings and every passage).
	Passages []Hit
	Sources  []SourceHit
	// DF is in how many passages each query term occurs, Total how many
	// passages there are: what inverse document frequencies are made of.
	DF    map[string]int
	Total int
}

// BM25's parameters, as FTS5 and most engines set them.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// Search ranks the passages and the sources by BM25 in one pass over the
// postings of the query's terms. The scores are FTS5's bm25() for a table
// of the passages' terms and one of the sources' whole texts: per term,
// idf · tf·(k1+1) / (tf + k1·(1 − b + b·len/avglen)) with idf = ln((N − df +
// 0.5)/(df + 0.5)), at least 1e-6, times the term's weight. Ties
// go to the passage or source written first.
func (s *Store) Search(ctx context.Context, q SearchQuery) (SearchResult, error) {
	st, err := s.current(ctx)
	if err != nil {
		return SearchResult{}, err
	}
	res := SearchResult{DF: make(map[string]int, len(q.Terms)), Total: int(st.passages)}
	texts := make([]string, 0, len(q.Terms))
	for _, t := range q.Terms {
		if t.Text != "" && !slices.Contains(texts, t.Text) {
			texts = append(texts, t.Text)
		}
	}
	if len(texts) == 0 {
		return res, nil
	}
	postings, err := s.readPostings(ctx, texts)
	if err != nil {
		return res, err
	}
	sdf := make(map[string]int, len(postings))
	for term, chunks := range postings {
		for _, c := range chunks {
			res.DF[term] += c.passages
			sdf[term] += c.sources
		}
	}
	ranked := q.Terms
	if limit := int(q.CommonShare * float64(res.Total)); q.CommonShare > 0 && limit >= q.CommonMin {
		var kept []Term
		for _, t := range q.Terms {
			if res.DF[t.Text] <= limit {
				kept = append(kept, t)
			}
		}
		if len(kept) > 0 {
			ranked = kept
		}
	}
	if q.Passages <= 0 && q.Sources <= 0 {
		return res, nil
	}

	acc := s.accumulators.Get().(*accumulators)
	defer s.accumulators.Put(acc)
	acc.reset()
	n, ns := float64(st.passages), float64(st.sources)
	avgPassage, avgSource := float64(st.passageTerms)/n, float64(st.sourceTerms)/ns
	bm := bm25Totals{n: n, ns: ns, avgPassage: avgPassage, avgSource: avgSource, passages: q.Passages > 0, sources: q.Sources > 0}
	for _, unit := range groupTerms(ranked) {
		into := &acc.passages
		intoSources := &acc.sources
		if len(unit) > 1 {
			into, intoSources = &acc.groupPassages, &acc.groupSources
		}
		for _, t := range unit {
			chunks := postings[t.Text]
			if len(chunks) == 0 {
				continue
			}
			idf, sidf := bm25IDF(n, float64(res.DF[t.Text])), bm25IDF(ns, float64(sdf[t.Text]))
			if err := bm.score(chunks, t.Weight, idf, sidf, into, intoSources, len(unit) > 1); err != nil {
				return res, s.fail(fmt.Sprintf("postings of %q", t.Text), corrupt(err))
			}
		}
		if len(unit) > 1 {
			acc.passages.addAll(&acc.groupPassages)
			acc.sources.addAll(&acc.groupSources)
		}
	}
	res.Passages = acc.passages.top(q.Passages)
	best := acc.sources.top(q.Sources)
	if len(best) == 0 {
		return res, nil
	}
	ids, err := s.sourceIDs(ctx, best)
	if err != nil {
		return res, err
	}
	for _, h := range best {
		if id, ok := ids[h.ID]; ok {
			res.Sources = append(res.Sources, SourceHit{SourceID: id, Score: h.Score})
		}
	}
	return res, nil
}

// groupTerms splits a query's terms into the units it scores: each
// ungrouped term alone, and the terms of one group together, in the order
// of each unit's first term.
func groupTerms(terms []Term) [][]Term {
	var units [][]Term
	at := make(map[int]int) // group → its unit
	for _, t := range terms {
		if t.Group == 0 {
			units = append(units, []Term{t})
			continue
		}
		i, ok := at[t.Group]
		if !ok {
			i = len(units)
			at[t.Group] = i
			units = append(units, nil)
		}
		units[i] = append(units[i], t)
	}
	return units
}

// bm25Totals are what BM25 needs of the whole index, and which rankings a
// search asks for.
type bm25Totals struct {
	n, ns                 float64 // passages, sources
	avgPassage, avgSource float64 // their average lengths in terms
	passages, sources     bool
}

// score adds one term's BM25, times its weight, to each passage and source
// of its postings, or, with keepMax, keeps the larger of that and what the
// table holds.
func (b bm25Totals) score(chunks []chunkRow, w int, idf, sidf float64, passages, sources *scoreTable, keepMax bool) error {
	weight := float64(max(w, 1))
	for _, c := range chunks {
		r := chunkReader{data: c.data}
		for {
			num, length, extra, k, ok := r.next()
			if !ok {
				break
			}
			tf := extra
			for range k {
				id, ptf, plen := r.passage()
				tf += ptf
				if b.passages {
					passages.put(id, weight*bm25(idf, float64(ptf), float64(plen), b.avgPassage), keepMax)
				}
			}
			if b.sources {
				sources.put(num, weight*bm25(sidf, float64(tf), float64(length), b.avgSource), keepMax)
			}
		}
		if r.err != nil {
			return r.err
		}
	}
	return nil
}

// bm25IDF is FTS5's inverse document frequency.
func bm25IDF(n, df float64) float64 {
	idf := math.Log((n - df + 0.5) / (df + 0.5))
	if idf <= 0 {
		idf = 1e-6
	}
	return idf
}

// bm25 is one term's share of a document's score, written as FTS5 writes it.
func bm25(idf, tf, length, avg float64) float64 {
	return idf * ((tf * (bm25K1 + 1.0)) / (tf + bm25K1*(1-bm25B+bm25B*length/avg)))
}

// chunkRow is one row of the postings table.
type chunkRow struct {
	sources, passages int
	data              []byte
}

// readPostings reads the chunks of the given terms, in order.
func (s *Store) readPostings(ctx context.Context, terms []string) (map[string][]chunkRow, error) {
	list, err := json.Marshal(terms)
	if err != nil {
		return nil, s.fail("search", err)
	}
	rows, err := s.stmts.postings.QueryContext(ctx, string(list))
	if err != nil {
		return nil, s.fail("search", err)
	}
	defer rows.Close()
	out := make(map[string][]chunkRow, len(terms))
	for rows.Next() {
		var term string
		var c chunkRow
		if err := rows.Scan(&term, &c.sources, &c.passages, &c.data); err != nil {
			return nil, s.fail("search", err)
		}
		out[term] = append(out[term], c)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("search", err)
	}
	return out, nil
}

// sourceIDs maps source numbers to their ids, from the store's cache of
// those read before: a number is never given to another source.
func (s *Store) sourceIDs(ctx context.Context, hits []Hit) (map[int64]string, error) {
	out := make(map[int64]string, len(hits))
	var nums []int64
	s.mu.Lock()
	for _, h := range hits {
		if id, ok := s.sourceNames[h.ID]; ok {
			out[h.ID] = id
		} else {
			nums = append(nums, h.ID)
		}
	}
	s.mu.Unlock()
	if len(nums) == 0 {
		return out, nil
	}
	list, err := json.Marshal(nums)
	if err != nil {
		return nil, s.fail("search sources", err)
	}
	rows, err := s.stmts.sourceIDs.QueryContext(ctx, string(list))
	if err != nil {
		return nil, s.fail("search sources", err)
	}
	defer rows.Close()
	read := make(map[int64]string, len(nums))
	for rows.Next() {
		var num int64
		var id string
		if err := rows.Scan(&num, &id); err != nil {
			return nil, s.fail("search sources", err)
		}
		read[num], out[num] = id, id
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("search sources", err)
	}
	s.mu.Lock()
	if len(s.sourceNames) >= maxSourceNames {
		clear(s.sourceNames)
	}
	maps.Copy(s.sourceNames, read)
	s.mu.Unlock()
	return out, nil
}

// maxSourceNames bounds the cache of source numbers' ids (a few megabytes).
const maxSourceNames = 100_000

// accumulators are the score tables of one search, kept for the next.
type accumulators struct {
	passages, sources scoreTable
	// groupPassages and groupSources hold the best score of one group of
	// terms before it is added.
	groupPassages, groupSources scoreTable
}

func (a *accumulators) reset() {
	a.passages.reset()
	a.sources.reset()
	a.groupPassages.reset()
	a.groupSources.reset()
}

func newAccumulatorPool() sync.Pool {
	return sync.Pool{New: func() any { return new(accumulators) }}
}

// scoreTable sums scores by id: a page of 1,024 scores per range of ids
// that any posting reaches, so that adding is an index, not a hash, and a
// search touches memory in proportion to its postings, however large ids
// have grown. The pages stay for the next search; only the scores set are
// zeroed.
type scoreTable struct {
	pages   [][]float64
	touched []int64 // ids with a score, in the order first scored
}

const pageBits = 10

func (t *scoreTable) add(id int64, v float64) { t.put(id, v, false) }

// put adds v to id's score, or with keepMax makes it the larger of the two.
func (t *scoreTable) put(id int64, v float64, keepMax bool) {
	p := int(id >> pageBits)
	if p >= len(t.pages) {
		t.pages = slices.Grow(t.pages, p+1-len(t.pages))[:p+1]
	}
	page := t.pages[p]
	if page == nil {
		page = make([]float64, 1<<pageBits)
		t.pages[p] = page
	}
	i := id & (1<<pageBits - 1)
	if page[i] == 0 {
		t.touched = append(t.touched, id)
	}
	if keepMax {
		page[i] = max(page[i], v)
	} else {
		page[i] += v
	}
}

// addAll adds the scores of other to t and empties other.
func (t *scoreTable) addAll(other *scoreTable) {
	for _, id := range other.touched {
		t.add(id, other.pages[id>>pageBits][id&(1<<pageBits-1)])
	}
	other.reset()
}

func (t *scoreTable) reset() {
	for _, id := range t.touched {
		t.pages[id>>pageBits][id&(1<<pageBits-1)] = 0
	}
	t.touched = t.touched[:0]
}

// top returns the n best ids by score, best first, the lower id first
// among equals.
func (t *scoreTable) top(n int) []Hit {
	if n <= 0 || len(t.touched) == 0 {
		return nil
	}
	better := func(a, b Hit) bool { return a.Score > b.Score || a.Score == b.Score && a.ID < b.ID }
	// A min-heap of the best n seen: its root is the worst of them.
	heap := make([]Hit, 0, min(n, len(t.touched)))
	for _, id := range t.touched {
		h := Hit{ID: id, Score: t.pages[id>>pageBits][id&(1<<pageBits-1)]}
		switch {
		case len(heap) < n:
			heap = append(heap, h)
			for i := len(heap) - 1; i > 0; {
				parent := (i - 1) / 2
				if !better(heap[parent], heap[i]) {
					break
				}
				heap[parent], heap[i] = heap[i], heap[parent]
				i = parent
			}
		case better(h, heap[0]):
			heap[0] = h
			for i := 0; ; {
				worst, l, r := i, 2*i+1, 2*i+2
				if l < len(heap) && better(heap[worst], heap[l]) {
					worst = l
				}
				if r < len(heap) && better(heap[worst], heap[r]) {
					worst = r
				}
				if worst == i {
					break
				}
				heap[worst], heap[i] = heap[i], heap[worst]
				i = worst
			}
		}
	}
	slices.SortFunc(heap, func(a, b Hit) int {
		switch {
		case better(a, b):
			return -1
		case better(b, a):
			return 1
		}
		return 0
	})
	return heap
}

// DocFreq returns in how many passages each term occurs, and how many
// passages there are.
func (s *Store) DocFreq(ctx context.Context, terms []string) (map[string]int, int, error) {
	st, err := s.current(ctx)
	if err != nil {
		return nil, 0, err
	}
	out, err := s.termCounts(ctx, s.stmts.docFreq, "document frequency", terms)
	if err != nil {
		return nil, 0, err
	}
	return out, int(st.passages), nil
}

// SourceFreq returns in how many sources each term occurs, and how many
// sources there are.
func (s *Store) SourceFreq(ctx context.Context, terms []string) (map[string]int, int, error) {
	st, err := s.current(ctx)
	if err != nil {
		return nil, 0, err
	}
	out, err := s.termCounts(ctx, s.stmts.sourceFreq, "source frequency", terms)
	if err != nil {
		return nil, 0, err
	}
	return out, int(st.sources), nil
}

// termCounts runs a statement that counts, per term of a JSON list, what
// the postings hold of it.
func (s *Store) termCounts(ctx context.Context, stmt *sql.Stmt, what string, terms []string) (map[string]int, error) {
	out := make(map[string]int, len(terms))
	if len(terms) == 0 {
		return out, nil
	}
	list, err := json.Marshal(terms)
	if err != nil {
		return nil, s.fail(what, err)
	}
	rows, err := stmt.QueryContext(ctx, string(list))
	if err != nil {
		return nil, s.fail(what, err)
	}
	defer rows.Close()
	for rows.Next() {
		var term string
		var n int
		if err := rows.Scan(&term, &n); err != nil {
			return nil, s.fail(what, err)
		}
		out[term] = n
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail(what, err)
	}
	return out, nil
}

// TermsExtending returns, in order, up to limit indexed terms that begin
// with prefix and run at most extra letters longer ("cristeros" for
// "cristero"): the forms of a word the collection writes with an ending
// the question lacks.
func (s *Store) TermsExtending(ctx context.Context, prefix string, extra, limit int) ([]string, error) {
	if prefix == "" || limit <= 0 {
		return nil, nil
	}
	// Terms compare as bytes; no UTF-8 text holds the byte 0xff, so every
	// term beginning with prefix sorts below prefix+"\xff".
	rows, err := s.stmts.extending.QueryContext(ctx, prefix, prefix+"\xff", utf8.RuneCountInString(prefix)+extra, limit)
	if err != nil {
		return nil, s.fail("terms extending "+prefix, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, s.fail("terms extending "+prefix, err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("terms extending "+prefix, err)
	}
	return out, nil
}
