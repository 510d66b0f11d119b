// Command quellen-bleve is the reference side of `quellen eval speed
// --against bleve`: bleve v2.5.7 with its German analyzer, indexing the same
// sentence passages and answering the same questions as Quellen, so that
// the two can be timed side by side in one run. It lives in a module of its
// own so that bleve never becomes a dependency of Quellen itself.
//
// It speaks the worker protocol of `quellen eval speed`:
//
//	quellen-bleve index DIR PASSAGES.jsonl
//
// indexes the passages (one JSON object {"id", "text"} a line) into a new
// index in DIR and prints one JSON line: passages, seconds, peak_rss_kb.
//
//	quellen-bleve serve DIR
//
// opens the index and answers the questions read from standard input (one
// JSON object {"q"} a line) with the ten best passages, printing for each
// one JSON line {"us", "ids"}: the microseconds the search took inside this
// process, and the passages' ids. The first line printed, before any
// question, is {"open_us"}; at the end of the input a last line gives
// peak_rss_kb.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/de"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "quellen-bleve:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	switch {
	case len(args) == 3 && args[0] == "index":
		return index(args[1], args[2])
	case len(args) == 2 && args[0] == "serve":
		return serve(args[1])
	}
	return errors.New("usage: quellen-bleve index DIR PASSAGES.jsonl | quellen-bleve serve DIR")
}

// passage is one sentence to index.
type passage struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// batchSize is how many passages go into one bleve batch, as bleve's own
// examples batch.
const batchSize = 1000

// index builds the index the way a user of bleve would: the default
// mapping with German as the default analyzer (so the text is analysed
// with bleve's German stemmer and stop words, and stored), written in
// batches.
func index(dir, data string) error {
	f, err := os.Open(data)
	if err != nil {
		return err
	}
	defer f.Close()
	mapping := bleve.NewIndexMapping()
	mapping.DefaultAnalyzer = de.AnalyzerName
	began := time.Now()
	idx, err := bleve.New(dir, mapping)
	if err != nil {
		return fmt.Errorf("create index: %w", err)
	}
	batch := idx.NewBatch()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var p passage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return fmt.Errorf("passage %d: %w", n+1, err)
		}
		if err := batch.Index(p.ID, map[string]any{"text": p.Text}); err != nil {
			return err
		}
		n++
		if batch.Size() >= batchSize {
			if err := idx.Batch(batch); err != nil {
				return err
			}
			batch.Reset()
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if batch.Size() > 0 {
		if err := idx.Batch(batch); err != nil {
			return err
		}
	}
	if err := idx.Close(); err != nil {
		return err
	}
	return emit(map[string]any{"passages": n, "seconds": time.Since(began).Seconds(), "peak_rss_kb": peakRSS()})
}

// serve answers questions with a match query over the text: the question
// analysed with the German analyzer, its terms ORed, ranked by bleve's
// TF-IDF scoring, ten hits, no stored fields loaded.
func serve(dir string) error {
	began := time.Now()
	idx, err := bleve.Open(dir)
	if err != nil {
		return fmt.Errorf("open index: %w", err)
	}
	defer idx.Close()
	if err := emit(map[string]any{"open_us": micros(time.Since(began))}); err != nil {
		return err
	}
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var req struct {
			Q string `json:"q"`
		}
		if err := json.Unmarshal(sc.Bytes(), &req); err != nil {
			return fmt.Errorf("question: %w", err)
		}
		t0 := time.Now()
		q := bleve.NewMatchQuery(req.Q)
		q.SetField("text")
		res, err := idx.Search(bleve.NewSearchRequestOptions(q, 10, 0, false))
		if err != nil {
			return fmt.Errorf("search %q: %w", req.Q, err)
		}
		took := time.Since(t0)
		ids := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			ids[i] = h.ID
		}
		if err := emit(map[string]any{"us": micros(took), "ids": ids}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return emit(map[string]any{"peak_rss_kb": peakRSS()})
}

func micros(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e3 }

var out = bufio.NewWriter(os.Stdout)

func emit(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	out.Write(b)
	out.WriteByte('\n')
	return out.Flush()
}

// peakRSS is the process's peak resident set size in kB (VmHWM), 0 when
// /proc does not say.
func peakRSS() int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return kb
		}
	}
	return 0
}
