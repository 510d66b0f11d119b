package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// sqliteFile makes a SQLite database of another program at path.
func sqliteFile(t *testing.T, path string, statements ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range statements {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// siblings lists the files beside path whose names start with its own.
func siblings(t *testing.T, path string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), filepath.Base(path)) {
			out = append(out, e.Name())
		}
	}
	return out
}

func TestOpenRefusesFilesThatAreNotOursAndLeavesThemAlone(t *testing.T) {
	tests := []struct {
		name  string
		make  func(t *testing.T, path string)
		modes []Mode
		want  error
	}{
		{"another program's database", func(t *testing.T, path string) {
			sqliteFile(t, path, `CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)`, `INSERT INTO notes (body) VALUES ('mine')`)
		}, []Mode{Create, ReadWrite, ReadOnly}, ErrForeign},
		{"another program's database in WAL mode with a schema version", func(t *testing.T, path string) {
			sqliteFile(t, path, `PRAGMA journal_mode=WAL`, `CREATE TABLE meta (k TEXT)`, `PRAGMA user_version = 2`)
		}, []Mode{Create, ReadWrite, ReadOnly}, ErrForeign},
		{"another program's database with our tables but its own application id", func(t *testing.T, path string) {
			sqliteFile(t, path, `PRAGMA application_id = 42`, `CREATE TABLE meta (k TEXT)`, `CREATE TABLE sources (k TEXT)`,
				`CREATE TABLE passages (k TEXT)`, `CREATE TABLE passages_fts (k TEXT)`, `CREATE TABLE sources_fts (k TEXT)`, `PRAGMA user_version = 1`)
		}, []Mode{Create, ReadWrite}, ErrForeign},
		{"an empty SQLite database", func(t *testing.T, path string) {
			sqliteFile(t, path, `PRAGMA user_version = 0`, `CREATE TABLE x (a)`, `DROP TABLE x`)
		}, []Mode{Create, ReadWrite}, ErrForeign},
		{"a zero-byte file", func(t *testing.T, path string) {
			if err := os.WriteFile(path, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}, []Mode{Create, ReadWrite, ReadOnly}, ErrEmptyFile},
		{"text", func(t *testing.T, path string) {
			os.WriteFile(path, bytes.Repeat([]byte("kein SQLite "), 50), 0o644)
		}, []Mode{Create, ReadOnly}, ErrCorrupt},
		{"a file shorter than a database header", func(t *testing.T, path string) {
			os.WriteFile(path, []byte("SQLite format 3\x00"), 0o644)
		}, []Mode{Create}, ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "quellen.db")
			tt.make(t, path)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			files := siblings(t, path)
			for _, mode := range tt.modes {
				s, err := OpenMode(context.Background(), path, mode)
				if err == nil {
					s.Close()
					t.Fatalf("mode %d: opened", mode)
				}
				if !errors.Is(err, tt.want) {
					t.Errorf("mode %d: error %v, want %v", mode, err, tt.want)
				}
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Error("the file was changed")
			}
			if got := siblings(t, path); strings.Join(got, ",") != strings.Join(files, ",") {
				t.Errorf("files beside it: %v, before %v", got, files)
			}
		})
	}
}

func TestOpenMarksNewIndexesAndAdoptsOldOnes(t *testing.T) {
	ctx := context.Background()
	_, path := openTemp(t)
	h, err := readHeader(path)
	if err != nil || h.applicationID != ApplicationID || int(h.userVersion) != SchemaVersion() {
		t.Fatalf("new index header %+v, %v", h, err)
	}
	// An index made before the application id: the same schema, id 0.
	old := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	putSample(t, s, "a", "Rund 2500 Soldaten im Irak", unit(1, 0))
	if _, err := s.db.Exec("PRAGMA application_id = 0"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if h, _ := readHeader(old); h.applicationID != 0 {
		t.Fatal("setup: application id not cleared")
	}
	s, err = OpenMode(ctx, old, ReadWrite)
	if err != nil {
		t.Fatalf("an old index was refused: %v", err)
	}
	defer s.Close()
	if h, _ := readHeader(old); h.applicationID != ApplicationID {
		t.Errorf("the old index was not marked: %#x", h.applicationID)
	}
	if n, _, _ := s.Counts(ctx); n != 1 {
		t.Errorf("the old index holds %d sources, want 1", n)
	}
}

func TestOpenMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.db")
	for _, mode := range []Mode{ReadWrite, ReadOnly} {
		if _, err := OpenMode(context.Background(), path, mode); !errors.Is(err, ErrNoIndex) {
			t.Errorf("mode %d: error %v, want ErrNoIndex", mode, err)
		}
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Error("opening a missing index without Create made a file")
	}
}

func TestConcurrentCreateMakesOneIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "quellen.db")
	var wg sync.WaitGroup
	stores := make([]*Store, 6)
	errs := make([]error, len(stores))
	for i := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(context.Background(), path)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("opener %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	// Each sees what another writes: they share one file.
	putSample(t, stores[0], "a", "Rund 2500 Soldaten im Irak", unit(1, 0))
	for i, s := range stores {
		if n, _, _ := s.Counts(context.Background()); n != 1 {
			t.Errorf("store %d sees %d sources, want 1", i, n)
		}
	}
	for _, name := range siblings(t, path) {
		if strings.Contains(name, ".new-") {
			t.Errorf("temporary file left: %s", name)
		}
	}
}

func TestReadOnlyStoreReadsAndRefusesWrites(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	putSample(t, s, "a", "Rund 2500 Soldaten im Irak", unit(1, 0))
	s.Close()
	ro, err := OpenMode(ctx, path, ReadOnly)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if hits := searchPassages(t, ro, "soldaten"); len(hits) != 1 {
		t.Fatalf("read-only search: %v", hits)
	}
	if err := ro.Update(ctx, func(*Tx) error { return nil }); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Update: %v, want ErrReadOnly", err)
	}
	if _, err := ro.LockWriter(ctx, nil); !errors.Is(err, ErrReadOnly) {
		t.Errorf("LockWriter: %v, want ErrReadOnly", err)
	}
	if err := ro.RecordDeclined(ctx, DeclinedQuestion{Question: "q"}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("RecordDeclined: %v, want ErrReadOnly", err)
	}
	if err := ro.RecordAudit(ctx, AuditEntry{UserID: "u"}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("RecordAudit: %v, want ErrReadOnly", err)
	}
}

func TestWriterLockIsOneAtATimeAcrossStores(t *testing.T) {
	ctx := context.Background()
	a, path := openTemp(t)
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	unlock, err := a.LockWriter(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	again, err := a.LockWriter(ctx, nil) // re-entrant within one store
	if err != nil {
		t.Fatalf("re-entrant LockWriter: %v", err)
	}
	again()
	_, err = b.LockWriter(ctx, nil)
	var busy *BusyError
	if !errors.As(err, &busy) || !errors.Is(err, ErrWriterBusy) || busy.PID != os.Getpid() || busy.Since.IsZero() {
		t.Fatalf("second writer: %v, want a BusyError naming this process", err)
	}
	if !strings.Contains(err.Error(), fmt.Sprintf("pid %d", os.Getpid())) {
		t.Errorf("message %q does not name the pid", err)
	}
	// A waiting writer is told once and gets the lock when it is let go.
	told := make(chan *BusyError, 1)
	got := make(chan error, 1)
	go func() {
		unlockB, err := b.LockWriter(ctx, func(be *BusyError) { told <- be })
		if err == nil {
			unlockB()
		}
		got <- err
	}()
	if be := <-told; be.PID != os.Getpid() {
		t.Errorf("waiting writer was told pid %d", be.PID)
	}
	unlock()
	if err := <-got; err != nil {
		t.Fatalf("waiting writer: %v", err)
	}
	// A waiting writer gives up when its context ends.
	unlock, _ = a.LockWriter(ctx, nil)
	defer unlock()
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := b.LockWriter(cctx, func(*BusyError) {}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled waiting writer: %v", err)
	}
}

func TestAnotherStoresUpdateIsSeen(t *testing.T) {
	ctx := context.Background()
	a, path := openTemp(t)
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	putSample(t, a, "a", "Rund 2500 Soldaten im Irak", unit(1, 0))
	if res, _ := b.Search(ctx, SearchQuery{Terms: []Term{{Text: "soldaten"}}}); res.Total != 1 {
		t.Fatalf("b counts %d passages, want 1", res.Total)
	}
	if hits, _ := b.SearchVectors(ctx, unit(1, 0), 5); len(hits) != 1 {
		t.Fatalf("b finds %d vectors, want 1", len(hits))
	}
	putSample(t, a, "b", "Gespräche in Bagdad", unit(0, 1))
	if res, _ := b.Search(ctx, SearchQuery{Terms: []Term{{Text: "soldaten"}}}); res.Total != 2 {
		t.Errorf("after a's second update b counts %d passages, want 2", res.Total)
	}
	if hits, _ := b.SearchVectors(ctx, unit(0, 1), 5); len(hits) != 2 {
		t.Errorf("after a's second update b finds %d vectors, want 2", len(hits))
	}
}

func TestIsolateUndoesOneSourceAndKeepsTheRest(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	putSample(t, s, "bad", "Alte Fassung des Textes", unit(1, 0))
	if _, err := s.SearchVectors(ctx, unit(1, 0), 5); err != nil {
		t.Fatal(err)
	}
	good := Source{ID: "good", Title: "G", Text: "Ein guter Text.", Hash: "g"}
	bad := Source{ID: "bad", Title: "B", Text: "Neue Fassung.", Hash: "b2"}
	var isolated error
	err := s.Update(ctx, func(tx *Tx) error {
		if err := tx.Isolate(ctx, func() error {
			return tx.PutSource(ctx, good, "gut", []IndexedPassage{{Passage: Passage{End: len(good.Text), Terms: "gut"}, Vector: unit(0, 1)}})
		}); err != nil {
			return err
		}
		isolated = tx.Isolate(ctx, func() error {
			if err := tx.PutSource(ctx, bad, "neu", []IndexedPassage{{Passage: Passage{End: len(bad.Text), Terms: "neu"}, Vector: unit(0, 1)}}); err != nil {
				return err
			}
			return tx.PutEvents(ctx, bad, []Event{{Start: 0, End: 4, AnchorStart: 2, AnchorEnd: 9, Kind: "event"}})
		})
		if isolated != nil && !errors.Is(isolated, ErrInvalid) {
			return isolated
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !errors.Is(isolated, ErrInvalid) || !strings.Contains(isolated.Error(), "anchor") {
		t.Fatalf("the bad source's error %v, want ErrInvalid about its anchor", isolated)
	}
	src, err := s.Source(ctx, "bad")
	if err != nil || src.Text != "Alte Fassung des Textes" {
		t.Errorf("the bad source's old version: %q, %v", src.Text, err)
	}
	if _, err := s.Source(ctx, "good"); err != nil {
		t.Errorf("the good source was not kept: %v", err)
	}
	if n := s.VectorCount(); n != 2 {
		t.Errorf("%d vectors in memory, want 2 (old bad, new good)", n)
	}
	if r, err := s.Check(ctx); err != nil || !r.OK() {
		t.Errorf("check after an isolated failure: %+v, %v", r, err)
	}
}

func TestCheckFindsDamage(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	for i := range 200 {
		putSample(t, s, fmt.Sprintf("s%03d", i), strings.Repeat(fmt.Sprintf("Satz %d über Soldaten im Irak. ", i), 20), unit(1, 0))
	}
	r, err := s.Check(ctx)
	if err != nil || !r.OK() || r.Sources != 200 || r.Passages != 200 {
		t.Fatalf("healthy index: %+v, %v", r, err)
	}

	// Rows the store itself would never leave: an orphan and a bad anchor.
	if _, err := s.db.Exec(`PRAGMA foreign_keys = OFF`); err != nil {
		t.Fatal(err)
	}
	conn, _ := s.db.Conn(ctx)
	conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF`)
	if _, err := conn.ExecContext(ctx, `INSERT INTO events (source_id, ord, start, end, quote, kind, date, range_start, range_end, mod,
		date_text, date_from, relative, since, place, place_from, qualifier, anchor_start, anchor_end)
		VALUES ('gone', 0, 0, 4, 'Satz', 'event', '', '', '', '', '', '', 0, 0, '', '', '', 2, 9)`); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	r, err = s.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(r.Problems, "\n")
	if !strings.Contains(joined, "events whose source is gone") || !strings.Contains(joined, "anchor lies outside") {
		t.Errorf("problems %q miss the orphan or the anchor", joined)
	}
	s.Close()

	// Damaged pages: overwrite the second half of the file but its last page.
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pageSize := int(binary.BigEndian.Uint16(data[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := len(data) / pageSize
	if pages < 8 {
		t.Fatalf("only %d pages", pages)
	}
	for p := pages / 2; p < pages-1; p++ {
		copy(data[p*pageSize:(p+1)*pageSize], bytes.Repeat([]byte{0xa5}, pageSize))
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := OpenMode(ctx, path, ReadWrite)
	if err != nil {
		if !errors.Is(err, ErrCorrupt) {
			t.Fatalf("open of a damaged index: %v, want ErrCorrupt", err)
		}
		return
	}
	defer d.Close()
	r, err = d.Check(ctx)
	t.Logf("check of the damaged index: %d problems (first: %.200v), error %v", len(r.Problems), r.Problems, err)
	if err == nil && r.OK() {
		t.Fatalf("damaged index passes its check: %+v", r)
	}
}

func TestCheckpointTruncatesTheLog(t *testing.T) {
	s, path := openTemp(t)
	for i := range 50 {
		putSample(t, s, fmt.Sprintf("s%d", i), strings.Repeat("Ein Satz über das Wetter. ", 100), unit(1, 0))
	}
	info, err := os.Stat(path + "-wal")
	if err != nil || info.Size() == 0 {
		t.Fatalf("setup: no log to truncate (%v)", err)
	}
	complete, err := s.Checkpoint(context.Background())
	if err != nil || !complete {
		t.Fatalf("Checkpoint = %v, %v", complete, err)
	}
	if info, err := os.Stat(path + "-wal"); err == nil && info.Size() != 0 {
		t.Errorf("log has %d bytes after the checkpoint", info.Size())
	}
}

func TestErrorKinds(t *testing.T) {
	err := wrapErr("/x/quellen.db", "search", fmt.Errorf("step: %w", errors.New("plain")))
	if strings.Contains(err.Error(), "/x/") || !strings.Contains(err.Error(), "plain") {
		t.Errorf("plain error: %v", err)
	}
	if got := wrapErr("p", "op", context.Canceled); !errors.Is(got, context.Canceled) {
		t.Errorf("context error lost: %v", got)
	}
	inv := invalid("event %d has its anchor outside", 3)
	if !errors.Is(inv, ErrInvalid) || inv.Error() != "event 3 has its anchor outside" {
		t.Errorf("invalid: %v", inv)
	}
}

// The header of whatever file lies where the index should be is outside
// input: reading it must never panic, never accept a file without our
// application id, and never change the file.
func FuzzInspect(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("SQLite format 3\x00"))
	f.Add(append([]byte("SQLite format 3\x00"), make([]byte, 84)...))
	ours := append([]byte("SQLite format 3\x00"), make([]byte, 84)...)
	binary.BigEndian.PutUint32(ours[68:], ApplicationID)
	f.Add(ours)
	legacy := append([]byte("SQLite format 3\x00"), make([]byte, 200)...)
	binary.BigEndian.PutUint32(legacy[60:], 2)
	f.Add(legacy)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "quellen.db")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		kind, err := inspect(context.Background(), path)
		if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
			t.Fatal("inspect changed the file")
		}
		if err == nil && kind == fileOurs && (len(data) < 100 || binary.BigEndian.Uint32(data[68:72]) != ApplicationID) {
			t.Fatalf("accepted as ours without the application id: %q", data)
		}
		if err == nil && kind == fileMissing {
			t.Fatal("an existing file reported missing")
		}
	})
}
