package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"
)

// measureKill kills `quellen index` with SIGKILL at random moments: 30
// times during a rebuild of 1,000 changed sources, and 30 times during the
// first build into an empty data directory. After each kill `quellen check`
// must pass and the index hold the old collection or the new one, whole.
func measureKill(c *config) error {
	sets, err := benchmarkSets(c.benchmarks)
	if err != nil {
		return err
	}
	a := synthetic(sets, 8000, 31)[:1000]
	b := synthetic(sets, 8000, 32)[:1000]
	srcA, srcB := c.dir("kill", "a"), c.dir("kill", "b")
	if _, err := writeSources(srcA, a); err != nil {
		return err
	}
	if _, err := writeSources(srcB, b); err != nil {
		return err
	}
	hashA, err := folderHashes(srcA, a)
	if err != nil {
		return err
	}
	hashB, err := folderHashes(srcB, b)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(33, 34))

	// How long a rebuild takes, to spread the kills over it.
	q := quellen{binary: c.binary, data: c.dir("kill", "data")}
	if r := q.run(10*time.Minute, "index", "--sources", srcA); r.code != 0 {
		return fmt.Errorf("index a: %s", firstLine(r.stderr))
	}
	r := q.run(10*time.Minute, "index", "--sources", srcB)
	if r.code != 0 {
		return fmt.Errorf("index b: %s", firstLine(r.stderr))
	}
	span := r.took
	fmt.Printf("a rebuild of 1,000 changed sources takes %s; kills fall uniformly within 1.1 × that\n", span.Round(100*time.Millisecond))

	kill := func(q quellen, src string) (time.Duration, bool, error) {
		cmd := q.command(context.Background(), "index", "--sources", src)
		if err := cmd.Start(); err != nil {
			return 0, false, err
		}
		delay := time.Duration(rng.Int64N(int64(span) * 11 / 10))
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		finished := false
		select {
		case <-time.After(delay):
			cmd.Process.Kill()
			<-done
		case <-done:
			finished = true
		}
		return delay, finished, nil
	}

	state := func(q quellen) (string, error) {
		ch := q.check()
		if ch.noIndex {
			return "none", nil
		}
		if !ch.ok {
			return "", fmt.Errorf("check failed: %s", ch.output)
		}
		if ch.version == 0 {
			if ch.sources != 0 {
				return "", fmt.Errorf("never built, yet %d sources", ch.sources)
			}
			return "empty", nil
		}
		have, err := q.indexedHashes()
		if err != nil {
			return "", err
		}
		switch {
		case sameHashes(have, hashA):
			return "a", nil
		case sameHashes(have, hashB):
			return "b", nil
		}
		return "", fmt.Errorf("the index holds %d sources, neither a nor b whole", len(have))
	}

	failures := 0
	tally := map[string]int{}
	kills, finished := 0, 0
	for kills < 30 && kills+finished < 90 {
		// Each time towards the collection the index does not hold.
		before, err := state(q)
		if err != nil {
			return err
		}
		src := srcA
		if before == "a" {
			src = srcB
		}
		_, done, err := kill(q, src)
		if err != nil {
			return err
		}
		if done {
			finished++
		} else {
			kills++
		}
		after, err := state(q)
		if err != nil {
			failures++
			fmt.Printf("rebuild kill %d: %v\n", kills, err)
			continue
		}
		if done {
			continue
		}
		if after == before {
			tally["killed, old index kept"]++
		} else {
			tally["killed after the commit, new index"]++
		}
	}
	fmt.Printf("rebuild kills: %d (and %d runs that ended before their kill), failures %d: %v\n", kills, finished, failures, tally)

	firstTally := map[string]int{}
	kills, finished = 0, 0
	for i := 0; kills < 30 && i < 90; i++ {
		fq := quellen{binary: c.binary, data: filepath.Join(c.tmp, "kill", fmt.Sprintf("first-%02d", i))}
		os.MkdirAll(fq.data, 0o755)
		_, done, err := kill(fq, srcA)
		if err != nil {
			return err
		}
		after, err := state(fq)
		os.RemoveAll(fq.data)
		if err != nil {
			failures++
			fmt.Printf("first-build kill %d: %v\n", i+1, err)
			continue
		}
		if done {
			finished++
			if after != "a" {
				failures++
			}
			continue
		}
		kills++
		if after == "b" {
			failures++
		}
		firstTally[after]++
	}
	fmt.Printf("first-build kills: %d (and %d runs that ended before their kill), failures %d: %v (none: no file yet; empty: made, never built; a: built)\n",
		kills, finished, failures, firstTally)
	if failures > 0 {
		return fmt.Errorf("%d kills left an index that is neither old nor new", failures)
	}
	return nil
}
