package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestChunkRoundTrip(t *testing.T) {
	tests := [][]group{
		nil,
		{{num: 1, length: 3, extra: 1}},
		{{num: 7, length: 12, extra: 0, passages: []passageTF{{id: 40, tf: 2, length: 5}, {id: 41, tf: 1, length: 7}}}},
		{
			{num: 1, length: 300, extra: 2, passages: []passageTF{{id: 1, tf: 1, length: 100}}},
			{num: 1 << 40, length: 1, extra: 0, passages: []passageTF{{id: 1 << 41, tf: 1000, length: 1 << 20}}},
		},
	}
	for _, groups := range tests {
		var enc chunkEncoder
		for _, g := range groups {
			enc.add(g)
		}
		got, err := decodeChunk(enc.buf)
		if err != nil {
			t.Fatalf("decode %v: %v", groups, err)
		}
		if len(got) != len(groups) || !slices.EqualFunc(got, groups, sameGroup) {
			t.Errorf("round trip of %v gave %v", groups, got)
		}
	}
	// A chunk cut short is damage, not a shorter list.
	var enc chunkEncoder
	enc.add(group{num: 3, length: 2, passages: []passageTF{{id: 9, tf: 1, length: 2}}})
	if _, err := decodeChunk(enc.buf[:len(enc.buf)-1]); err == nil {
		t.Error("a truncated chunk decodes without error")
	}
}

// collection is a random collection for comparing the postings with FTS5:
// words drawn from a Zipf-like vocabulary, so that some terms are in most
// passages and some in one.
type collection struct {
	rng *rand.Rand
}

func (c collection) words(n int) string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("w%d", int(math.Floor(math.Pow(c.rng.Float64(), 3)*400)))
	}
	return strings.Join(out, " ")
}

func (c collection) source(id string, passages int) (Source, string, []IndexedPassage) {
	var text strings.Builder
	var ps []IndexedPassage
	for i := range passages {
		start := text.Len()
		text.WriteString("Satz. ")
		ps = append(ps, IndexedPassage{Passage: Passage{SourceID: id, Ord: i, Start: start, End: start + 5, Terms: c.words(1 + c.rng.IntN(12))}})
	}
	src := Source{ID: id, Title: id, Language: "de", Text: text.String(), Hash: id}
	return src, c.words(c.rng.IntN(4)), ps
}

// ftsReference builds FTS5's tables for the store's passages and sources,
// as the index held them before it had postings, in a database of its own.
func ftsReference(t *testing.T, s *Store) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`CREATE VIRTUAL TABLE passages_fts USING fts5(terms, content='', tokenize='unicode61 remove_diacritics 0')`); err != nil {
		if strings.Contains(err.Error(), "no such module") {
			t.Skip("SQLite without FTS5 (build with -tags sqlite_fts5)")
		}
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE VIRTUAL TABLE sources_fts USING fts5(terms, content='', tokenize='unicode61 remove_diacritics 0');
		CREATE VIRTUAL TABLE passages_vocab USING fts5vocab('passages_fts', 'row')`); err != nil {
		t.Fatal(err)
	}
	err = storedTerms(context.Background(), s.db, func(sp *sourcePostings) error {
		whole := []string{sp.extra}
		for _, p := range sp.passages {
			whole = append(whole, p.terms)
			if _, err := db.Exec(`INSERT INTO passages_fts (rowid, terms) VALUES (?, ?)`, p.id, p.terms); err != nil {
				return err
			}
		}
		_, err := db.Exec(`INSERT INTO sources_fts (rowid, terms) VALUES (?, ?)`, sp.num, strings.Join(whole, " "))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// ftsSearch is the search as it was made with FTS5.
func ftsSearch(t *testing.T, db *sql.DB, terms []Term, table string, limit int) []Hit {
	t.Helper()
	var match []string
	for _, term := range terms {
		for range max(term.Weight, 1) {
			match = append(match, `terms : "`+term.Text+`"`)
		}
	}
	rows, err := db.Query(fmt.Sprintf(`SELECT rowid, -bm25(%[1]s) FROM %[1]s WHERE %[1]s MATCH ? ORDER BY bm25(%[1]s), rowid LIMIT ?`, table),
		strings.Join(match, " OR "), limit)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ID, &h.Score); err != nil {
			t.Fatal(err)
		}
		out = append(out, h)
	}
	return out
}

// sameHits compares rankings: the same ids in the same order, scores equal
// but for rounding. FTS5 and Search order equal scores alike (lower id
// first), so ties do not reorder them.
func sameHits(a, b []Hit) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID || math.Abs(a[i].Score-b[i].Score) > 1e-9*math.Max(1, math.Abs(a[i].Score)) {
			return false
		}
	}
	return true
}

// TestSearchScoresAsFTS5 is the ranking-equivalence test of the store:
// over a collection built in several updates, with sources replaced and
// removed and chunks split, every query ranks passages and sources exactly
// as FTS5's bm25() did over the same terms.
func TestSearchScoresAsFTS5(t *testing.T) {
	// At the default batch size and with batches that flush every few
	// sources, so that flushed postings are deleted, replaced and undone
	// within one update.
	for _, flush := range []int{defaultFlushBytes, 2 << 10} {
		t.Run(fmt.Sprintf("flush at %d bytes", flush), func(t *testing.T) { searchScoresAsFTS5(t, flush) })
	}
}

func searchScoresAsFTS5(t *testing.T, flush int) {
	ctx := context.Background()
	s, _ := openTemp(t)
	s.flushBytes = flush
	c := collection{rng: rand.New(rand.NewPCG(1, 2))}
	put := func(ids ...string) {
		err := s.Update(ctx, func(tx *Tx) error {
			for _, id := range ids {
				src, extra, ps := c.source(id, c.rng.IntN(9))
				if err := tx.PutSource(ctx, src, extra, ps); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	var ids []string
	for i := range 1500 {
		ids = append(ids, fmt.Sprintf("s%04d", i))
	}
	put(ids[:1200]...) // one large batch: the common terms' postings span several chunks
	for i := 1200; i < 1500; i += 25 {
		put(ids[i : i+25]...) // small updates append to the last chunks
	}
	put("s0003", "s0700", "s1490") // replaced
	if err := s.Update(ctx, func(tx *Tx) error {
		for _, id := range []string{"s0001", "s0500", "s1499", "s0004"} {
			if err := tx.DeleteSource(ctx, id); err != nil {
				return err
			}
		}
		src, extra, ps := c.source("s0004", 3) // deleted and put again in one update
		return tx.PutSource(ctx, src, extra, ps)
	}); err != nil {
		t.Fatal(err)
	}
	// Changes undone by Isolate leave the postings as they were: a new
	// source, a replaced one, and one put and removed again, each in a
	// savepoint that fails.
	boom := errors.New("undone")
	if err := s.Update(ctx, func(tx *Tx) error {
		for _, id := range []string{"s0002", "new1"} {
			if err := tx.Isolate(ctx, func() error {
				src, extra, ps := c.source(id, 4)
				if err := tx.PutSource(ctx, src, extra, ps); err != nil {
					return err
				}
				if id == "new1" {
					if err := tx.DeleteSource(ctx, id); err != nil {
						return err
					}
				}
				return boom
			}); !errors.Is(err, boom) {
				return err
			}
		}
		src, extra, ps := c.source("new2", 5) // and one that stays
		return tx.Isolate(ctx, func() error { return tx.PutSource(ctx, src, extra, ps) })
	}); err != nil {
		t.Fatal(err)
	}
	var chunks, multi int
	s.db.QueryRow(`SELECT count(*), (SELECT count(*) FROM (SELECT term FROM postings GROUP BY term HAVING count(*) > 1)) FROM postings`).Scan(&chunks, &multi)
	if multi == 0 {
		t.Fatalf("no term has several chunks (%d chunks): the test does not reach chunk boundaries", chunks)
	}
	if r, err := s.Check(ctx); err != nil || !r.OK() {
		t.Fatalf("check: %+v, %v", r, err)
	}

	ref := ftsReference(t, s)
	for q := range 200 {
		var terms []Term
		for range 1 + c.rng.IntN(6) {
			terms = append(terms, Term{Text: fmt.Sprintf("w%d", c.rng.IntN(420)), Weight: 1 + c.rng.IntN(3)})
		}
		got, err := s.Search(ctx, SearchQuery{Terms: terms, Passages: 50, Sources: 20})
		if err != nil {
			t.Fatal(err)
		}
		if want := ftsSearch(t, ref, terms, "passages_fts", 50); !sameHits(got.Passages, want) {
			t.Fatalf("query %d %v: passages\n got %v\nwant %v", q, terms, got.Passages, want)
		}
		wantSources := ftsSearch(t, ref, terms, "sources_fts", 20)
		nums := make(map[string]int64)
		rows, _ := s.db.Query(`SELECT id, num FROM sources`)
		for rows.Next() {
			var id string
			var num int64
			rows.Scan(&id, &num)
			nums[id] = num
		}
		rows.Close()
		gotSources := make([]Hit, len(got.Sources))
		for i, h := range got.Sources {
			gotSources[i] = Hit{ID: nums[h.SourceID], Score: h.Score}
		}
		if !sameHits(gotSources, wantSources) {
			t.Fatalf("query %d %v: sources\n got %v\nwant %v", q, terms, gotSources, wantSources)
		}
		for _, term := range terms {
			var df int
			ref.QueryRow(`SELECT coalesce((SELECT doc FROM passages_vocab WHERE term = ?), 0)`, term.Text).Scan(&df)
			if got.DF[term.Text] != df {
				t.Fatalf("df of %q = %d, FTS5 says %d", term.Text, got.DF[term.Text], df)
			}
		}
	}
}

func TestSearchLeavesOutCommonTerms(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	err := s.Update(ctx, func(tx *Tx) error {
		for i := range 10 {
			terms := "jahr"
			if i == 3 {
				terms = "jahr abzug"
			}
			src := Source{ID: fmt.Sprint(i), Text: "Ein Satz.", Hash: fmt.Sprint(i)}
			if err := tx.PutSource(ctx, src, "", []IndexedPassage{{Passage: Passage{End: 9, Terms: terms}}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		q     SearchQuery
		ranks int // passages ranked
	}{
		{"no pruning", SearchQuery{Terms: []Term{{Text: "jahr"}, {Text: "abzug"}}, Passages: 20}, 10},
		{"the common term left out", SearchQuery{Terms: []Term{{Text: "jahr"}, {Text: "abzug"}}, CommonShare: 0.5, Passages: 20}, 1},
		{"a collection too small to prune", SearchQuery{Terms: []Term{{Text: "jahr"}, {Text: "abzug"}}, CommonShare: 0.5, CommonMin: 100, Passages: 20}, 10},
		{"only common terms: all kept", SearchQuery{Terms: []Term{{Text: "jahr"}}, CommonShare: 0.5, Passages: 20}, 10},
	}
	for _, tt := range tests {
		res, err := s.Search(ctx, tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Passages) != tt.ranks || res.DF["jahr"] != 10 || len(tt.q.Terms) > 1 && res.DF["abzug"] != 1 || res.Total != 10 {
			t.Errorf("%s: %d passages ranked (want %d), df %v, total %d", tt.name, len(res.Passages), tt.ranks, res.DF, res.Total)
		}
	}
}

func TestCheckFindsDamagedPostings(t *testing.T) {
	ctx := context.Background()
	for _, damage := range []string{
		`UPDATE postings SET data = substr(data, 1, length(data) - 1) WHERE term = 'soldaten'`,
		`UPDATE postings SET passages = passages + 1 WHERE term = 'irak'`,
		`DELETE FROM postings WHERE term = 'bagdad'`,
		`UPDATE meta SET value = '1' WHERE key = 'passage_terms'`,
	} {
		s, _ := openTemp(t)
		putSample(t, s, "a", "Rund 2500 Soldaten im Irak", nil)
		putSample(t, s, "b", "Gespräche in Bagdad", nil)
		if r, err := s.Check(ctx); err != nil || !r.OK() {
			t.Fatalf("healthy: %+v, %v", r, err)
		}
		if _, err := s.db.Exec(damage); err != nil {
			t.Fatal(err)
		}
		r, err := s.Check(ctx)
		if err != nil || r.OK() || !strings.Contains(strings.Join(r.Problems, "\n"), "postings") {
			t.Errorf("after %q: %+v, %v", damage, r, err)
		}
	}
}

// TestMigrationBuildsPostingsFromAnFTS5Index opens an index of schema
// version 6, as FTS5 made it, and finds its passages through the postings
// the migration built from their stored terms.
func TestMigrationBuildsPostingsFromAnFTS5Index(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite3", fileURI(path, "mode=rwc&_journal_mode=WAL"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range migrations[:6] {
		if _, err := db.Exec(m); err != nil {
			if strings.Contains(err.Error(), "no such module") {
				t.Skip("SQLite without FTS5 (build with -tags sqlite_fts5)")
			}
			t.Fatal(err)
		}
	}
	for _, q := range []string{
		fmt.Sprintf(`PRAGMA application_id = %d`, ApplicationID), `PRAGMA user_version = 6`,
		`INSERT INTO sources (id, title, outlet, url, language, published, published_inferred, note, origin, text, hash, indexed_at)
			VALUES ('a', 'A', '', '', 'de', '2024', 0, '', '', 'Rund 2500 Soldaten im Irak. Gespräche in Bagdad.', 'h', '2024-01-01T00:00:00Z')`,
		`INSERT INTO passages (source_id, ord, block, start, end, text, terms, figure, dated, vector)
			VALUES ('a', 0, 0, 0, 27, 'Rund 2500 Soldaten im Irak.', 'rund 2500 soldat irak', 1, 0, x'0000803f')`,
		`INSERT INTO passages (source_id, ord, block, start, end, text, terms, figure, dated, vector)
			VALUES ('a', 1, 0, 28, 49, 'Gespräche in Bagdad.', 'gesprach bagdad', 0, 0, x'0000803f')`,
		`INSERT INTO passages_fts (rowid, terms, grams) SELECT id, terms, '' FROM passages`,
		`INSERT INTO sources_fts (rowid, terms) VALUES (1, 'rund 2500 soldat irak gesprach bagdad')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Search(ctx, SearchQuery{Terms: []Term{{Text: "bagdad", Weight: 1}}, Passages: 5, Sources: 5})
	if err != nil || len(res.Passages) != 1 || len(res.Sources) != 1 || res.Sources[0].SourceID != "a" {
		t.Fatalf("search after migration: %+v, %v", res, err)
	}
	if ps, _ := s.Passages(ctx, []int64{res.Passages[0].ID}); len(ps) != 1 || ps[0].Text != "Gespräche in Bagdad." || ps[0].Heading {
		t.Errorf("found %+v", ps)
	}
	if r, err := s.Check(ctx); err != nil || !r.OK() {
		t.Errorf("check after migration: %+v, %v", r, err)
	}
}

// Terms of one group are alternatives for one word: a passage or source
// scores the best of them, not their sum; ungrouped terms still add up.
func TestSearchGroupScoresItsBestTerm(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	putSample(t, s, "a", "apotheke pharmazie techniker", unit(1, 0))
	putSample(t, s, "b", "apotheke apotheke techniker", unit(1, 0))
	putSample(t, s, "c", "pharmazie", unit(1, 0))
	for i := range 7 { // idf > 0 for every term above
		putSample(t, s, fmt.Sprintf("filler%d", i), "andere worte", unit(0, 1))
	}
	// scores returns each source's passage and source score for terms.
	scores := func(terms ...Term) map[string][2]float64 {
		t.Helper()
		res, err := s.Search(ctx, SearchQuery{Terms: terms, Passages: 20, Sources: 20})
		if err != nil {
			t.Fatal(err)
		}
		out := make(map[string][2]float64)
		for _, h := range res.Passages {
			ps, err := s.Passages(ctx, []int64{h.ID})
			if err != nil || len(ps) != 1 {
				t.Fatalf("Passages(%d) = %v, %v", h.ID, ps, err)
			}
			v := out[ps[0].SourceID]
			v[0] = h.Score
			out[ps[0].SourceID] = v
		}
		for _, h := range res.Sources {
			v := out[h.SourceID]
			v[1] = h.Score
			out[h.SourceID] = v
		}
		return out
	}
	apotheke := scores(Term{Text: "apotheke", Weight: 2})
	pharmazie := scores(Term{Text: "pharmazie", Weight: 1})
	techniker := scores(Term{Text: "techniker", Weight: 1})
	combine := func(f func(a, b float64) float64, maps ...map[string][2]float64) map[string][2]float64 {
		out := make(map[string][2]float64)
		for _, m := range maps {
			for id, v := range m {
				o := out[id]
				o[0], o[1] = f(o[0], v[0]), f(o[1], v[1])
				out[id] = o
			}
		}
		return out
	}
	sum := func(a, b float64) float64 { return a + b }
	best := combine(math.Max, apotheke, pharmazie)
	tests := []struct {
		name  string
		terms []Term
		want  map[string][2]float64
	}{
		{"ungrouped terms add up", []Term{{Text: "apotheke", Weight: 2}, {Text: "pharmazie", Weight: 1}},
			combine(sum, apotheke, pharmazie)},
		{"a group scores its best term", []Term{{Text: "apotheke", Weight: 2, Group: 1}, {Text: "pharmazie", Weight: 1, Group: 1}},
			best},
		{"groups and terms add up", []Term{{Text: "techniker", Weight: 1}, {Text: "apotheke", Weight: 2, Group: 7}, {Text: "pharmazie", Weight: 1, Group: 7}},
			combine(sum, best, techniker)},
		{"two groups add up", []Term{{Text: "apotheke", Weight: 2, Group: 1}, {Text: "techniker", Weight: 1, Group: 2}, {Text: "pharmazie", Weight: 1, Group: 1}},
			combine(sum, best, techniker)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scores(tt.terms...)
			if len(got) != len(tt.want) {
				t.Fatalf("scored %v, want %v", got, tt.want)
			}
			for id, w := range tt.want {
				g := got[id]
				if math.Abs(g[0]-w[0]) > 1e-9 || math.Abs(g[1]-w[1]) > 1e-9 {
					t.Errorf("source %s: passage, source scores %v, want %v", id, g, w)
				}
			}
		})
	}
	// The best term differs by source: b's is apotheke, c's pharmazie.
	if !(apotheke["b"][0] > pharmazie["b"][0] && pharmazie["c"][0] > apotheke["c"][0]) {
		t.Fatalf("fixture does not separate the terms: %v %v", apotheke, pharmazie)
	}
}

// DocFreq counts the passages that hold a term and SourceFreq the sources:
// a source that holds it in three passages counts once.
func TestDocFreqAndSourceFreq(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	err := s.Update(ctx, func(tx *Tx) error {
		for i := range 4 {
			var ps []IndexedPassage
			for j := range 3 {
				terms := "satz"
				if i == 0 || i == 2 && j == 1 {
					terms = "satz korvala"
				}
				ps = append(ps, IndexedPassage{Passage: Passage{Ord: j, Start: 10 * j, End: 10*j + 9, Terms: terms}})
			}
			src := Source{ID: fmt.Sprint(i), Text: strings.Repeat("Ein Satz. ", 3), Hash: fmt.Sprint(i)}
			if err := tx.PutSource(ctx, src, "", ps); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	terms := []string{"satz", "korvala", "fehlt"}
	df, passages, err := s.DocFreq(ctx, terms)
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]int{"satz": 12, "korvala": 4}; !maps.Equal(df, want) || passages != 12 {
		t.Errorf("DocFreq = %v of %d passages, want %v of 12", df, passages, want)
	}
	sf, sources, err := s.SourceFreq(ctx, terms)
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]int{"satz": 4, "korvala": 2}; !maps.Equal(sf, want) || sources != 4 {
		t.Errorf("SourceFreq = %v of %d sources, want %v of 4", sf, sources, want)
	}
}
