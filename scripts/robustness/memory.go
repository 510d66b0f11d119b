package main

import (
	"fmt"
	"time"
)

// measureMemory indexes 33 MB of synthetic sources from an empty data
// directory and reports the process's peak resident memory.
func measureMemory(c *config) error {
	sets, err := benchmarkSets(c.benchmarks)
	if err != nil {
		return err
	}
	src := c.dir("memory", "sources")
	n, err := writeSources(src, syntheticBytes(sets, 33_000_000, 7))
	if err != nil {
		return err
	}
	q := quellen{binary: c.binary, data: c.dir("memory", "data")}
	r := q.run(30*time.Minute, "index", "--sources", src)
	fmt.Printf("index of %s of sources: exit %d in %s, peak resident memory %s\n", mb(n), r.code, r.took.Round(time.Second), mb(r.maxRSS))
	if r.code != 0 {
		return fmt.Errorf("index: exit %d: %s", r.code, firstLine(r.stderr))
	}
	fmt.Println(lastLine(r.stdout))
	return nil
}
