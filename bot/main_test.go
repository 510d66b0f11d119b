package bot

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// TestMain loads the engine's language data, which it reads once per
// process on the first question, before the tests run: a bot that has
// answered once has it, and tests that expect an answer within the first
// response's budget should not pay for it on a loaded machine.
func TestMain(m *testing.M) {
	if err := warmUp(); err != nil {
		fmt.Fprintln(os.Stderr, "warm up the engine:", err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

func warmUp() error {
	dir, err := os.MkdirTemp("", "quellen-bot-warmup-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, "index.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	eng, err := retrieval.New(st, retrieval.Options{})
	if err != nil {
		return err
	}
	sources, _ := retrieval.LoadSources(corpus.Default(), "default")
	if _, err := eng.Index(ctx, retrieval.IndexRequest{Collection: "warm-up", Sources: sources}, nil); err != nil {
		return err
	}
	_, err = eng.Ask(ctx, retrieval.Question{Text: "Wie viele US-Soldaten sind im Irak?"})
	return err
}
