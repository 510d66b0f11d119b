package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
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

	hits, err := s.SearchPassages(ctx, TextQuery{Terms: []Term{{Text: "soldaten", Weight: 1}}}, 10)
	if err != nil || len(hits) != 1 {
		t.Fatalf("SearchPassages = %v, %v; want one hit", hits, err)
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
	sh, err := s.SearchSources(ctx, []Term{{Text: "bagdad", Weight: 1}}, 5)
	if err != nil || len(sh) != 1 || sh[0].SourceID != "b" {
		t.Fatalf("SearchSources = %v, %v", sh, err)
	}
	if v, _ := s.Meta(ctx, MetaIndexVersion); v != "2" {
		t.Fatalf("index version = %q, want 2", v)
	}

	if err := s.Update(ctx, func(tx *Tx) error { return tx.DeleteSource(ctx, "a") }); err != nil {
		t.Fatal(err)
	}
	if hits, _ := s.SearchPassages(ctx, TextQuery{Terms: []Term{{Text: "soldaten", Weight: 1}}}, 10); len(hits) != 0 {
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
	hits, err := s.SearchPassages(ctx, TextQuery{Terms: []Term{{Text: "soldaten", Weight: 1}}}, 10)
	if err != nil || len(hits) != 1 {
		t.Fatalf("old index no longer answers: %v, %v", hits, err)
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

func TestMatchExprQuotesTerms(t *testing.T) {
	tests := []struct {
		in   map[string][]Term
		want string
	}{
		{map[string][]Term{"terms": {{Text: "irak", Weight: 2}}}, `terms : "irak" OR terms : "irak"`},
		{map[string][]Term{"terms": {{Text: `a"b`}}, "grams": {{Text: "abc", Weight: 1}}}, `terms : "a""b" OR grams : "abc"`},
		{map[string][]Term{"terms": {{Text: ""}}}, ``},
	}
	for _, tt := range tests {
		if got := matchExpr(tt.in); got != tt.want {
			t.Errorf("matchExpr(%v) = %q, want %q", tt.in, got, tt.want)
		}
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
