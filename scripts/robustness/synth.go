package main

import (
	"fmt"
	"time"
)

// measureSynth indexes the speed benchmark's 100,000-passage synthetic
// collection (sentences of the benchmark texts drawn at random into
// sources) from files, as `quellen index --sources` does.
func measureSynth(c *config) error {
	sets, err := benchmarkSets(c.benchmarks)
	if err != nil {
		return err
	}
	sources := synthetic(sets, 100_000, 1)
	src := c.dir("synth", "sources")
	n, err := writeSources(src, sources)
	if err != nil {
		return err
	}
	q := quellen{binary: c.binary, data: c.dir("synth", "data")}
	r := q.run(60*time.Minute, "index", "--sources", src)
	fmt.Printf("index of %d sources (%s): exit %d in %s, peak resident memory %s\n", len(sources), mb(n), r.code, r.took.Round(time.Second), mb(r.maxRSS))
	fmt.Println(lastLine(r.stdout))
	if r.code != 0 {
		return fmt.Errorf("index: %s", firstLine(r.stderr))
	}
	ch := q.check()
	fmt.Printf("check: ok %v, %d sources\n", ch.ok, ch.sources)
	if !ch.ok || ch.sources != len(sources) {
		return fmt.Errorf("check: %s", ch.output)
	}
	return nil
}
