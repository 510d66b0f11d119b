package main

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync"
	"time"
)

// measureWriters starts two `quellen index` processes together, on a
// changed collection of 3,000 sources, five times: one must succeed, the
// other wait or refuse clearly, and the index must pass its check.
func measureWriters(c *config) error {
	sets, err := benchmarkSets(c.benchmarks)
	if err != nil {
		return err
	}
	src := c.dir("writers", "sources")
	q := quellen{binary: c.binary, data: c.dir("writers", "data")}
	bad := 0
	for round := range 5 {
		if _, err := writeSources(src, synthetic(sets, 18_000, uint64(20+round))[:3000]); err != nil {
			return err
		}
		type outcome struct {
			code   int
			stderr string
		}
		var outs [2]outcome
		var wg sync.WaitGroup
		for i := range outs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				args := []string{"index"}
				if round == 0 {
					args = append(args, "--sources", src)
				}
				cmd := q.command(context.Background(), args...)
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				cmd.Run()
				outs[i] = outcome{cmd.ProcessState.ExitCode(), stderr.String()}
			}()
		}
		wg.Wait()
		ch := q.check()
		codes := fmt.Sprintf("%d/%d", outs[0].code, outs[1].code)
		refusal := ""
		for _, o := range outs {
			if o.code != 0 {
				refusal = firstLine(o.stderr)
			}
		}
		fmt.Printf("round %d: exits %s; check ok %v, version %d; %s\n", round+1, codes, ch.ok, ch.version, refusal)
		oneRefused := (outs[0].code == 0) != (outs[1].code == 0) && strings.Contains(refusal, "another rebuild is running (pid ")
		bothDone := outs[0].code == 0 && outs[1].code == 0 // the second came after the first ended
		if !(oneRefused || bothDone) || !ch.ok {
			bad++
		}
		time.Sleep(100 * time.Millisecond)
	}
	if bad > 0 {
		return fmt.Errorf("%d rounds went wrong", bad)
	}
	return nil
}
