package retrieval

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

// trapText is the benchmark sentence on which the temporal tagger once read
// a date across a sentence end and made an event whose anchor lay outside
// its quote.
const trapText = "Das Budget galt für die Jahre 2001-02. Januar 1942 wurde es geändert."

// unguardedExtract is an extractor as it was before events were checked
// where they are made: for the trap it anchors the first sentence's event
// on "Jahre 2001-02. Januar 1942", past the sentence's end.
func unguardedExtract(src store.Source, sentences []timeline.Sentence, rec *entity.Recognizer, log *slog.Logger) []store.Event {
	events := timeline.Extract(src, sentences, rec, log)
	if i := strings.Index(src.Text, "Jahre 2001-02. Januar 1942"); i >= 0 && len(sentences) > 0 {
		s := sentences[0]
		events = append(events, store.Event{SourceID: src.ID, Ord: len(events), Start: s.Start, End: s.End, Kind: timeline.KindEvent,
			Date: "2001", DateFrom: timeline.FromText, AnchorStart: i, AnchorEnd: i + len("Jahre 2001-02. Januar 1942")})
	}
	return events
}

func TestSourceThatCannotBeWrittenIsSkippedAndTheOthersIndexed(t *testing.T) {
	ctx := context.Background()
	sources := defaultSources(t)
	first := source("s014324", "2020", "Der Haushalt wurde im Jahr 2001 beschlossen.")
	first.Origin = "col/s014324.md"
	e := newTestEngine(t, append(sources, first), Options{})
	e.extract = unguardedExtract

	changed := append([]store.Source(nil), sources...)
	changed[0].Text += "\nEin neuer Satz über Soldaten im Irak."
	changed[0].Hash = "changed"
	trap := source("s014324", "2020", trapText)
	trap.Origin = "col/s014324.md"
	extra := source("extra", "2021", "Im März 2021 tagte der Ausschuss in Bagdad.")
	report, err := e.Index(ctx, IndexRequest{Collection: "col", Sources: append(changed, trap, extra)}, nil)
	if err != nil {
		t.Fatalf("one bad source stopped the rebuild: %v", err)
	}
	if len(report.Failed) != 1 || report.Failed[0].Path != "s014324.md" || !strings.Contains(report.Failed[0].Error(), "anchor") {
		t.Fatalf("failed = %v, want s014324.md named with its anchor", report.Failed)
	}
	if report.Added != 1 || report.Updated != 1 {
		t.Errorf("report %+v: want 1 added (extra), 1 updated (the changed default); the trap counts as failed", report)
	}
	kept, err := e.store.Source(ctx, "s014324")
	if err != nil || kept.Text != first.Text {
		t.Errorf("the bad source's previous version: %q, %v", kept.Text, err)
	}
	if src, err := e.store.Source(ctx, "extra"); err != nil || src.Text != extra.Text {
		t.Errorf("the other new source was not indexed: %v", err)
	}
	if src, _ := e.store.Source(ctx, changed[0].ID); src.Hash != "changed" {
		t.Error("the other changed source was not updated")
	}
	if r, err := e.store.Check(ctx); err != nil || !r.OK() {
		t.Errorf("check: %v, %v", r.Problems, err)
	}
}

func TestTrapSourceIsIndexedWithoutItsBadEvent(t *testing.T) {
	ctx := context.Background()
	trap := source("s014324", "2020", trapText)
	e := newTestEngine(t, []store.Source{trap, source("b", "2021", "Im März 2021 tagte der Ausschuss.")}, Options{})
	events, err := e.store.Events(ctx, "s014324")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range events {
		if ev.AnchorStart < ev.Start || ev.AnchorEnd > ev.End {
			t.Errorf("stored event anchored outside its quote: %+v", ev)
		}
	}
	if n, _, _ := e.store.Counts(ctx); n != 2 {
		t.Errorf("%d sources indexed, want 2", n)
	}
}

// panickyEmbedder panics on one text, as a bug in the analysis of a
// hostile text would.
type panickyEmbedder struct{ HashEmbedder }

func (p *panickyEmbedder) Embed(ctx context.Context, lang, text string) ([]float32, error) {
	if strings.Contains(text, "Absturz") {
		panic("index out of range")
	}
	return p.HashEmbedder.Embed(ctx, lang, text)
}

func TestPanicOnOneSourceSkipsOnlyIt(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e, err := New(st, Options{Embedder: &panickyEmbedder{*NewHashEmbedder()}})
	if err != nil {
		t.Fatal(err)
	}
	sources := append(defaultSources(t), source("crash", "2020", "Dieser Satz führt zum Absturz."))
	report, err := e.Index(ctx, IndexRequest{Collection: "test", Sources: sources}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(report.Failed) != 1 || !strings.Contains(report.Failed[0].Error(), "could not be analysed") {
		t.Fatalf("failed = %v", report.Failed)
	}
	if n, _, _ := st.Counts(ctx); n != len(sources)-1 {
		t.Errorf("%d sources indexed, want %d", n, len(sources)-1)
	}
}

func TestAnotherProcesssRebuildIsRefusedNamingIt(t *testing.T) {
	ctx := context.Background()
	e := newTestEngine(t, defaultSources(t), Options{})
	// A second store on the same file stands for another process: its
	// writer lock is its own.
	other, err := store.Open(ctx, e.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	unlock, err := other.LockWriter(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.Index(ctx, IndexRequest{Collection: "test"}, nil)
	unlock()
	if !errors.Is(err, ErrReindexRunning) || !strings.Contains(err.Error(), fmt.Sprintf("pid %d", os.Getpid())) {
		t.Fatalf("error %v, want ErrReindexRunning naming the process", err)
	}
	if _, err := e.Index(ctx, IndexRequest{Collection: "test", Sources: defaultSources(t)}, nil); err != nil {
		t.Fatalf("after the other let go: %v", err)
	}
}

// synthetic makes n sources of sentences of the default collection, each
// source a different run of them, with the given mark in every text so that
// two collections differ everywhere.
func synthetic(t testing.TB, n int, mark string) []store.Source {
	var pool []string
	for _, src := range defaultSources(t) {
		for _, seg := range segment.Split(src.Text) {
			if seg.Kind == segment.Sentence {
				pool = append(pool, src.Text[seg.Start:seg.End])
			}
		}
	}
	out := make([]store.Source, n)
	for i := range out {
		var b strings.Builder
		for j := range 6 {
			b.WriteString(pool[(i*7+j*13)%len(pool)] + " ")
		}
		b.WriteString(mark)
		out[i] = source(fmt.Sprintf("syn%05d", i), "2024", b.String())
	}
	return out
}

func TestReadersDuringARebuildSeeOldOrNewAndNoError(t *testing.T) {
	ctx := context.Background()
	old := synthetic(t, 400, "Stand alt.")
	e := newTestEngine(t, old, Options{})
	// A second engine on the same file is a second shard serving questions.
	shardStore, err := store.Open(ctx, e.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer shardStore.Close()
	shard, err := New(shardStore, Options{})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := e.IndexVersion(ctx)

	var asked, failures atomic.Int64
	var firstErr atomic.Value
	var committed atomic.Bool
	stop := make(chan struct{})
	afterCommit := make(chan struct{}, 64)
	var wg sync.WaitGroup
	for _, reader := range []*Engine{e, shard, shard} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				ans, err := reader.Ask(ctx, Question{Text: "Wie viele US-Soldaten sind im Irak?"})
				if err == nil {
					_, err = reader.Timeline(ctx, TimelineQuery{Topic: timeline.TopicTroops})
				}
				if err == nil {
					var v int
					v, err = reader.IndexVersion(ctx)
					if err == nil && v != before && v != before+1 {
						err = fmt.Errorf("index version %d, neither the old %d nor the new", v, before)
					}
					_ = ans
				}
				asked.Add(1)
				if err != nil {
					failures.Add(1)
					firstErr.CompareAndSwap(nil, err)
				}
				if committed.Load() {
					select {
					case afterCommit <- struct{}{}:
					default:
					}
				}
			}
		}()
	}
	report, err := e.Index(ctx, IndexRequest{Collection: "test", Sources: synthetic(t, 400, "Stand neu.")}, nil)
	during := asked.Load()
	// A few more questions after the commit, from the new index.
	committed.Store(true)
	for range 3 {
		<-afterCommit
	}
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if report.Updated != 400 {
		t.Fatalf("report %+v, want 400 updated", report)
	}
	if failures.Load() > 0 {
		t.Fatalf("%d of %d questions failed during the rebuild; first: %v", failures.Load(), asked.Load(), firstErr.Load())
	}
	t.Logf("%d questions while the index was rebuilt, %d in all", during, asked.Load())
	if v, _ := shard.IndexVersion(ctx); v != before+1 {
		t.Errorf("the shard reads version %d after the rebuild, want %d", v, before+1)
	}
}

func TestCancelledRebuildKeepsTheOldIndex(t *testing.T) {
	ctx := context.Background()
	e := newTestEngine(t, synthetic(t, 50, "alt"), Options{})
	version, _ := e.IndexVersion(ctx)
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	_, err := e.Index(cctx, IndexRequest{Collection: "test", Sources: synthetic(t, 300, "neu")}, func(done, total int) {
		if done == 100 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if v, _ := e.IndexVersion(ctx); v != version {
		t.Errorf("version moved from %d to %d", version, v)
	}
	if n, _, _ := e.store.Counts(ctx); n != 50 {
		t.Errorf("%d sources after a cancelled rebuild, want the old 50", n)
	}
	if r, err := e.store.Check(ctx); err != nil || !r.OK() {
		t.Errorf("check: %v, %v", r.Problems, err)
	}
}
