package store

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "index.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func unit(vals ...float32) []float32 { return vals }

func putSample(t *testing.T, s *Store, id, text string, vec []float32) {
	t.Helper()
	src := Source{ID: id, Title: "T " + id, Language: "de", Text: text, Hash: "h-" + text, Published: Date{Value: "2024-09", Inferred: true}}
	passages := []IndexedPassage{{
		Passage: Passage{SourceID: id, Start: 0, End: len(text), Terms: strings.ToLower(text)},
		Vector:  vec,
	}}
	err := s.Update(context.Background(), func(tx *Tx) error {
		if err := tx.PutSource(context.Background(), src, strings.ToLower(text), passages); err != nil {
			return err
		}
		_, err := tx.BumpVersion(context.Background())
		return err
	})
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
}

// searchPassages ranks passages for terms of weight 1.
func searchPassages(t *testing.T, s *Store, terms ...string) []Hit {
	t.Helper()
	q := SearchQuery{Passages: 10}
	for _, term := range terms {
		q.Terms = append(q.Terms, Term{Text: term, Weight: 1})
	}
	res, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%v): %v", terms, err)
	}
	return res.Passages
}

func TestMigrationsReachCurrentVersion(t *testing.T) {
	s, path := openTemp(t)
	var v int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	if v != SchemaVersion() {
		t.Fatalf("user_version = %d, want %d", v, SchemaVersion())
	}
	s.Close()
	// Reopening an up-to-date database must not re-run migrations (they would fail on existing tables).
	s2, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	s2.Close()
}

func TestPutSearchReadDelete(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	putSample(t, s, "a", "Rund 2500 Soldaten im Irak", unit(1, 0))
	putSample(t, s, "b", "Gespräche in Bagdad", unit(0, 1))

	hits := searchPassages(t, s, "soldaten")
	if len(hits) != 1 {
		t.Fatalf("Search = %v; want one hit", hits)
	}
	ps, err := s.Passages(ctx, []int64{hits[0].ID})
	if err != nil || len(ps) != 1 || ps[0].Text != "Rund 2500 Soldaten im Irak" || ps[0].SourceID != "a" {
		t.Fatalf("Passages = %+v, %v", ps, err)
	}
	vh, err := s.SearchVectors(ctx, unit(0, 1), 10) // more than the collection holds: clamped
	if err != nil || len(vh) != 2 {
		t.Fatalf("SearchVectors = %v, %v; want 2 hits", vh, err)
	}
	if got, _ := s.Passages(ctx, []int64{vh[0].ID}); got[0].SourceID != "b" {
		t.Fatalf("nearest vector is %+v, want source b", got[0])
	}
	res, err := s.Search(ctx, SearchQuery{Terms: []Term{{Text: "bagdad", Weight: 1}}, Sources: 5})
	if err != nil || len(res.Sources) != 1 || res.Sources[0].SourceID != "b" || res.Total != 2 || res.DF["bagdad"] != 1 {
		t.Fatalf("Search for sources = %+v, %v", res, err)
	}
	if v, _ := s.Meta(ctx, MetaIndexVersion); v != "2" {
		t.Fatalf("index version = %q, want 2", v)
	}

	if err := s.Update(ctx, func(tx *Tx) error { return tx.DeleteSource(ctx, "a") }); err != nil {
		t.Fatal(err)
	}
	if hits := searchPassages(t, s, "soldaten"); len(hits) != 0 {
		t.Fatalf("deleted source still found: %v", hits)
	}
	if s.VectorCount() != 1 {
		t.Fatalf("VectorCount = %d after delete, want 1", s.VectorCount())
	}
}

func TestFailedUpdateKeepsPreviousIndex(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	putSample(t, s, "a", "Rund 2500 Soldaten im Irak", unit(1, 0))
	if _, err := s.SearchVectors(ctx, unit(1, 0), 5); err != nil { // loads the vectors
		t.Fatal(err)
	}
	boom := errors.New("injected failure half-way")
	err := s.Update(ctx, func(tx *Tx) error {
		if err := tx.DeleteSource(ctx, "a"); err != nil {
			return err
		}
		src := Source{ID: "c", Text: "neu", Hash: "x"}
		if err := tx.PutSource(ctx, src, "neu", []IndexedPassage{{Passage: Passage{End: 3, Terms: "neu"}, Vector: unit(0, 1)}}); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Update error = %v, want the injected one", err)
	}
	if hits := searchPassages(t, s, "soldaten"); len(hits) != 1 {
		t.Fatalf("old index no longer answers: %v", hits)
	}
	if s.VectorCount() != 1 {
		t.Fatalf("VectorCount = %d, want the old 1", s.VectorCount())
	}
}

func TestVectorsSurviveRestartWithoutReembedding(t *testing.T) {
	s, path := openTemp(t)
	putSample(t, s, "a", "eins", unit(0.6, 0.8))
	s.Close()
	s2, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	hits, err := s2.SearchVectors(context.Background(), unit(0.6, 0.8), 1)
	if err != nil || len(hits) != 1 || hits[0].Score < 0.999 {
		t.Fatalf("after restart SearchVectors = %v, %v", hits, err)
	}
}

func TestCorruptDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.db")
	garbage := []byte(strings.Repeat("this is not a database ", 400))
	if err := os.WriteFile(path, garbage, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), path)
	if !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Open(garbage) error = %v, want ErrCorrupt", err)
	}
	after, _ := os.ReadFile(path)
	if string(after) != string(garbage) {
		t.Fatal("Open changed the corrupt file; it must leave it for the user")
	}
}

func TestPutSourceRejectsOffsetsOutsideText(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	err := s.Update(ctx, func(tx *Tx) error {
		return tx.PutSource(ctx, Source{ID: "a", Text: "kurz"}, "", []IndexedPassage{{Passage: Passage{Start: 2, End: 99}}})
	})
	if err == nil || !strings.Contains(err.Error(), "outside the text") {
		t.Fatalf("error = %v, want offsets outside the text", err)
	}
}

func TestDatePrecision(t *testing.T) {
	for v, want := range map[string]string{"2020-06-12": "day", "2024-09": "month", "2024": "year", "": ""} {
		if got := (Date{Value: v}).Precision(); got != want {
			t.Errorf("Precision(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestAudit(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	if err := s.RecordAudit(ctx, AuditEntry{UserID: "u2", GuildID: "g", Action: "reindex", Outcome: "refused"}); err != nil {
		t.Fatal(err)
	}
	au, err := s.Audit(ctx)
	if err != nil || len(au) != 1 || au[0].Outcome != "refused" || au[0].UserID != "u2" {
		t.Fatalf("Audit = %+v, %v", au, err)
	}
}

func TestAuditPageIsNewestFirst(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	for i := range 7 {
		if err := s.RecordAudit(ctx, AuditEntry{UserID: "u", Action: "source add", Outcome: "ok", Detail: string(rune('a' + i))}); err != nil {
			t.Fatal(err)
		}
	}
	page, total, err := s.AuditPage(ctx, 2, 3)
	if err != nil || total != 7 || len(page) != 3 {
		t.Fatalf("AuditPage = %+v, %d, %v", page, total, err)
	}
	if got := page[0].Detail + page[1].Detail + page[2].Detail; got != "edc" {
		t.Errorf("page 2 of 3 a page, newest first = %q, want edc", got)
	}
	if page, _, _ := s.AuditPage(ctx, 6, 3); len(page) != 1 || page[0].Detail != "a" {
		t.Errorf("last page = %+v", page)
	}
}

func TestSourcesWithText(t *testing.T) {
	s, _ := openTemp(t)
	putSample(t, s, "b", "Gespräche in Bagdad", unit(0, 1))
	putSample(t, s, "a", "Rund 2500 Soldaten im Irak", unit(1, 0))
	got, err := s.SourcesWithText(context.Background())
	if err != nil || len(got) != 2 || got[0].ID != "a" || got[0].Text != "Rund 2500 Soldaten im Irak" || got[1].Hash != "h-Gespräche in Bagdad" {
		t.Fatalf("SourcesWithText = %+v, %v", got, err)
	}
}

func TestTermsExtending(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	putSample(t, s, "a", "Die Cristeros kämpften gegen Calles", unit(1, 0))
	putSample(t, s, "b", "Cristero Cristerobewegung Cristoph", unit(0, 1))
	for _, tt := range []struct {
		prefix string
		extra  int
		want   []string
	}{
		{"cristero", 2, []string{"cristeros"}}, // not the word itself, nor a compound
		{"cristero", 10, []string{"cristerobewegung", "cristeros"}},
		{"crist", 3, []string{"cristero", "cristoph"}},
		{"irak", 3, nil},
	} {
		got, err := s.TermsExtending(ctx, tt.prefix, tt.extra, 10)
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("TermsExtending(%q, %d) = %q, %v; want %q", tt.prefix, tt.extra, got, err, tt.want)
		}
	}
}

// TestConnectionsReadThroughAMemoryMap: every connection of the pool,
// not only the first, reads the file through a memory map (connect.go).
func TestConnectionsReadThroughAMemoryMap(t *testing.T) {
	ctx := context.Background()
	rw, path := openTemp(t)
	ro, err := OpenMode(ctx, path, ReadOnly)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	for _, s := range []*Store{rw, ro} {
		connectionsMap(t, s)
	}
}

func connectionsMap(t *testing.T, s *Store) {
	t.Helper()
	ctx := t.Context()
	var conns []*sql.Conn
	for range 3 {
		c, err := s.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns = append(conns, c)
	}
	for i, c := range conns {
		var size int64
		if err := c.QueryRowContext(ctx, "PRAGMA mmap_size").Scan(&size); err != nil {
			t.Fatal(err)
		}
		if size != mmapBytes {
			t.Errorf("connection %d maps %d bytes, want %d", i, size, mmapBytes)
		}
	}
}
