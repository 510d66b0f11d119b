package retrieval

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
)

// failingEmbedder fails after a number of calls, like a model server dying
// half-way through a rebuild.
type failingEmbedder struct {
	HashEmbedder
	calls, failAfter atomic.Int64
}

func (f *failingEmbedder) Embed(ctx context.Context, lang, text string) ([]float32, error) {
	if f.calls.Add(1) > f.failAfter.Load() {
		return nil, errors.New("embedder died")
	}
	return f.HashEmbedder.Embed(ctx, lang, text)
}

func TestFailedRebuildKeepsOldIndexAnswering(t *testing.T) {
	emb := &failingEmbedder{HashEmbedder: *NewHashEmbedder()}
	emb.failAfter.Store(1 << 30)
	sources := defaultSources(t)
	e := newTestEngine(t, sources, Options{Embedder: emb})
	ctx := context.Background()
	before, err := e.Ask(ctx, Question{Text: "Wie viele US-Soldaten sind im Irak?"})
	if err != nil || !before.Answered {
		t.Fatalf("before: %+v, %v", before, err)
	}
	version, _ := e.IndexVersion(ctx)

	// A new collection: one source changed, one removed. Fail half-way.
	changed := append(sources[:0:0], sources[1:]...)
	changed[0].Text += "\nEin neuer Satz über Soldaten."
	changed[0].Hash = "changed"
	emb.calls.Store(0)
	emb.failAfter.Store(10)
	if _, err := e.Index(ctx, IndexRequest{Collection: "test", Sources: changed}, nil); err == nil {
		t.Fatal("Index succeeded despite the embedder failing")
	}
	emb.failAfter.Store(1 << 30)
	after, err := e.Ask(ctx, Question{Text: "Wie viele US-Soldaten sind im Irak?"})
	if err != nil || !after.Answered || len(after.Citations) != len(before.Citations) {
		t.Fatalf("after a failed rebuild: %+v, %v", after, err)
	}
	if v, _ := e.IndexVersion(ctx); v != version {
		t.Errorf("index version moved from %d to %d on a failed rebuild", version, v)
	}
	all, _ := e.Sources(ctx)
	if len(all) != len(sources) {
		t.Errorf("%d sources after a failed rebuild, want the old %d", len(all), len(sources))
	}
}

func TestIncrementalRebuild(t *testing.T) {
	sources := defaultSources(t)
	e := newTestEngine(t, sources, Options{})
	ctx := context.Background()
	again, err := e.Index(ctx, IndexRequest{Collection: "test", Sources: sources}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if again.Changed() || again.Unchanged != len(sources) || again.Passages != 0 {
		t.Errorf("unchanged collection rebuilt: %+v", again)
	}
	edited := append(sources[:0:0], sources...)
	edited[2].Text += "\nNachtrag."
	edited[2].Hash = "edited"
	report, err := e.Index(ctx, IndexRequest{Collection: "test", Sources: edited[:4]}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if report.Updated != 1 || report.Removed != 1 || report.Unchanged != 3 {
		t.Errorf("report = %+v, want 1 updated, 1 removed, 3 unchanged", report)
	}
	// A file that fails to load this time keeps what the index has from it.
	broken := strings.TrimPrefix(edited[3].Origin, "default/")
	kept, err := e.Index(ctx, IndexRequest{Collection: "default", Sources: edited[:3],
		Failed: []FileError{{Path: broken, Err: errors.New("broken")}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if kept.Removed != 0 {
		t.Errorf("a source whose file failed to load was removed: %+v", kept)
	}
	if all, _ := e.Sources(ctx); len(all) != 4 {
		t.Errorf("%d sources indexed, want 4", len(all))
	}
}

func TestSecondReindexIsRefusedWhileOneRuns(t *testing.T) {
	e := newTestEngine(t, defaultSources(t), Options{})
	e.indexing.Lock()
	_, err := e.Index(context.Background(), IndexRequest{Collection: "test"}, nil)
	e.indexing.Unlock()
	if !errors.Is(err, ErrReindexRunning) {
		t.Fatalf("error = %v, want ErrReindexRunning", err)
	}
}
