package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"syscall"
	"time"
)

// quellen runs one quellen binary against one data directory.
type quellen struct {
	binary string
	data   string
	env    []string // extra variables
}

// result is how one run ended.
type result struct {
	stdout, stderr string
	code           int
	took           time.Duration
	maxRSS         int64 // bytes
}

func (q quellen) command(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, q.binary, args...)
	cmd.Env = append(os.Environ(), "QUELLEN_DATA="+q.data, "QUELLEN_SOURCES=", "DISCORD_TOKEN=")
	cmd.Env = append(cmd.Env, q.env...)
	return cmd
}

// run runs quellen to its end, or until timeout.
func (q quellen) run(timeout time.Duration, args ...string) result {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := q.command(ctx, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	began := time.Now()
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String(), took: time.Since(began)}
	if cmd.ProcessState != nil {
		r.code = cmd.ProcessState.ExitCode()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.maxRSS = ru.Maxrss * 1024
		}
	}
	if ctx.Err() != nil {
		r.code = -1
		r.stderr += fmt.Sprintf("\n(killed after %s)", timeout)
	} else if err != nil && cmd.ProcessState == nil {
		r.code = -2
		r.stderr += err.Error()
	}
	return r
}

// percentile of sorted durations, nearest rank.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p*float64(len(sorted))+0.999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

func sortDurations(d []time.Duration) []time.Duration {
	out := append([]time.Duration(nil), d...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

func mb(b int64) string { return fmt.Sprintf("%.0f MB", float64(b)/1e6) }

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
