// Command robustness reproduces the robustness measurements of the README
// (issue 13): readers during a rebuild, two writers, kill -9 during
// rebuilds, the 100,000-passage synthetic collection, a hostile sources
// folder, and peak indexing memory. It drives a built quellen binary as a
// user would, each run with a data directory of its own under a temporary
// folder.
//
//	go run -tags sqlite_fts5 ./scripts/robustness -quellen bin/quellen -benchmarks ../shared/benchmarks [scenario ...]
//
// With no scenario named, all run (about ten minutes on two cores).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

type scenario struct {
	name string
	run  func(c *config) error
}

// config is what every scenario needs.
type config struct {
	binary     string
	benchmarks string
	tmp        string
}

func scenarios() []scenario {
	return []scenario{
		{"readers", measureReaders},
		{"writers", measureWriters},
		{"kill", measureKill},
		{"synth", measureSynth},
		{"hostile", measureHostile},
		{"repetitive", measureRepetitive},
		{"memory", measureMemory},
	}
}

func main() {
	binary := flag.String("quellen", "bin/quellen", "the quellen `binary` to measure")
	benchmarks := flag.String("benchmarks", "../shared/benchmarks", "the public benchmark `folder`")
	keep := flag.Bool("keep", false, "keep the temporary folder")
	flag.Parse()
	abs, err := filepath.Abs(*binary)
	if err != nil {
		fail(err)
	}
	tmp, err := os.MkdirTemp("", "quellen-robustness-")
	if err != nil {
		fail(err)
	}
	if !*keep {
		defer os.RemoveAll(tmp)
	} else {
		fmt.Println("temporary folder:", tmp)
	}
	c := &config{binary: abs, benchmarks: *benchmarks, tmp: tmp}
	want := map[string]bool{}
	for _, a := range flag.Args() {
		want[a] = true
	}
	failed := 0
	for _, s := range scenarios() {
		if len(want) > 0 && !want[s.name] {
			continue
		}
		fmt.Printf("== %s\n", s.name)
		if err := s.run(c); err != nil {
			fmt.Printf("FAIL %s: %v\n", s.name, err)
			failed++
		}
	}
	if failed > 0 {
		os.Exit(1)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "robustness:", err)
	os.Exit(1)
}

// dir makes a fresh folder under the temporary one.
func (c *config) dir(parts ...string) string {
	d := filepath.Join(append([]string{c.tmp}, parts...)...)
	os.RemoveAll(d)
	if err := os.MkdirAll(d, 0o755); err != nil {
		fail(err)
	}
	return d
}
