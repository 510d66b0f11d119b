package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// measureReaders asks 200 questions, each in a `quellen ask` process of its
// own, two at a time, while `quellen index` rebuilds a collection of 5,000
// sources whose every file changed; when a rebuild ends before the
// questions do, the folder is changed back and another starts, so that
// every question is asked during a rebuild.
func measureReaders(c *config) error {
	sets, err := benchmarkSets(c.benchmarks)
	if err != nil {
		return err
	}
	all := synthetic(sets, 40_000, 11)
	if len(all) < 5000 {
		return fmt.Errorf("only %d sources", len(all))
	}
	a := all[:5000]
	b := synthetic(sets, 40_000, 12)[:5000]
	src := c.dir("readers", "sources")
	q := quellen{binary: c.binary, data: c.dir("readers", "data")}
	if _, err := writeSources(src, a); err != nil {
		return err
	}
	if r := q.run(30*time.Minute, "index", "--sources", src); r.code != 0 {
		return fmt.Errorf("first index: %s", firstLine(r.stderr))
	}
	start := q.check()
	questions := questions(sets)
	rng := rand.New(rand.NewPCG(13, 14))

	const total, parallel = 200, 2
	var mu sync.Mutex
	var took []time.Duration
	var errorsSeen []string
	asked, stale := 0, 0
	next := make(chan string)
	var wg sync.WaitGroup
	for range parallel {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for question := range next {
				r := q.run(5*time.Minute, "ask", "--json", question)
				mu.Lock()
				took = append(took, r.took)
				if r.code != 0 || strings.Contains(r.stderr, "locked") {
					errorsSeen = append(errorsSeen, fmt.Sprintf("exit %d: %s", r.code, firstLine(r.stderr)))
				}
				if strings.Contains(r.stderr, "changed since") {
					stale++
				}
				mu.Unlock()
			}
		}()
	}
	rebuilds, rebuildFailures := 0, 0
	var rebuildTimes []time.Duration
	collections := [][]store.Source{b, a}
	for asked < total {
		if _, err := writeSources(src, collections[rebuilds%2]); err != nil {
			return err
		}
		writer := q.command(context.Background(), "index")
		began := time.Now()
		if err := writer.Start(); err != nil {
			return err
		}
		done := make(chan error, 1)
		go func() { done <- writer.Wait() }()
		running := true
		for running && asked < total {
			select {
			case err := <-done:
				running = false
				if err != nil {
					rebuildFailures++
				}
				rebuildTimes = append(rebuildTimes, time.Since(began))
			case next <- questions[rng.IntN(len(questions))]:
				asked++
			}
		}
		if running {
			if err := <-done; err != nil {
				rebuildFailures++
			}
			rebuildTimes = append(rebuildTimes, time.Since(began))
		}
		rebuilds++
	}
	close(next)
	wg.Wait()
	end := q.check()
	byReaders := (end.version - start.version) - (rebuilds - rebuildFailures)
	sorted := sortDurations(took)
	fmt.Printf("questions: %d during %d rebuilds of 5,000 changed sources (each %s; %d failed)\n", len(took), rebuilds, durations(rebuildTimes), rebuildFailures)
	fmt.Printf("errors: %d; rebuilt by a reader: %d; told the index is out of date: %d\n", len(errorsSeen), byReaders, stale)
	fmt.Printf("question time (process, wall): median %s, p90 %s, p99 %s, max %s\n",
		ms(percentile(sorted, 0.5)), ms(percentile(sorted, 0.9)), ms(percentile(sorted, 0.99)), ms(sorted[len(sorted)-1]))
	fmt.Printf("check after: ok %v, version %d → %d\n", end.ok, start.version, end.version)
	for i, e := range errorsSeen {
		if i == 5 {
			break
		}
		fmt.Println("  error:", e)
	}
	if len(errorsSeen) > 0 || byReaders != 0 || !end.ok {
		return fmt.Errorf("%d errors, %d rebuilds by readers, check ok %v", len(errorsSeen), byReaders, end.ok)
	}
	return readersInProcess(c, q, src, questions, collections[rebuilds%2])
}

// readersInProcess asks 200 questions from one long-running process, as a
// `quellen serve` shard does, while a `quellen index` process rebuilds.
func readersInProcess(c *config, q quellen, src string, questions []string, next []store.Source) error {
	ctx := context.Background()
	st, err := store.OpenMode(ctx, filepath.Join(q.data, "quellen.db"), store.ReadWrite)
	if err != nil {
		return err
	}
	defer st.Close()
	eng, err := retrieval.New(st, retrieval.Options{})
	if err != nil {
		return err
	}
	// Warm up as a serving process is: one question before the rebuild.
	if _, err := eng.Ask(ctx, retrieval.Question{Text: questions[0]}); err != nil {
		return err
	}
	if _, err := writeSources(src, next); err != nil {
		return err
	}
	writer := q.command(ctx, "index")
	if err := writer.Start(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- writer.Wait() }()
	rng := rand.New(rand.NewPCG(15, 16))
	var took []time.Duration
	failures, during := 0, 0
	running := true
	for len(took) < 200 {
		select {
		case err := <-done:
			running = false
			if err != nil {
				return fmt.Errorf("rebuild: %v", err)
			}
		default:
		}
		began := time.Now()
		_, err := eng.Ask(ctx, retrieval.Question{Text: questions[rng.IntN(len(questions))]})
		took = append(took, time.Since(began))
		if err != nil {
			failures++
		}
		if running {
			during++
		}
	}
	if running {
		<-done
	}
	sorted := sortDurations(took)
	fmt.Printf("in one serving process: %d questions, %d during the rebuild, %d errors; median %s, p90 %s, p99 %s, max %s\n",
		len(took), during, failures, ms(percentile(sorted, 0.5)), ms(percentile(sorted, 0.9)), ms(percentile(sorted, 0.99)), ms(sorted[len(sorted)-1]))
	if failures > 0 {
		return fmt.Errorf("%d questions failed in process", failures)
	}
	return nil
}

func durations(d []time.Duration) string {
	parts := make([]string, len(d))
	for i, x := range d {
		parts[i] = x.Round(100 * time.Millisecond).String()
	}
	return strings.Join(parts, ", ")
}
