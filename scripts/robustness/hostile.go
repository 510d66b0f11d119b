package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// wannQuestions are asked of the repetitive collection.
var wannQuestions = []string{
	"Wann endet die Mission der Koalition?",
	"Wann begannen die Gespräche über den Abzug der Truppen?",
	"Wie viele US-Soldaten sind im Irak?",
}

// measureHostile indexes a folder of every kind of file that must not be
// read (links out of it, a named pipe, /dev/zero, a 30 MB repetitive
// file) beside good ones and the tagger's trap: index must end within
// 30 s, name each refused file and index nothing from outside.
func measureHostile(c *config) error {
	base := c.dir("hostile")
	src := filepath.Join(base, "sources")
	os.MkdirAll(src, 0o755)
	secret := "SECRET_FROM_OUTSIDE_" + fmt.Sprint(os.Getpid())
	os.WriteFile(filepath.Join(base, "outside.md"), []byte(secret), 0o644)
	for i, text := range []string{
		"Rund 2.500 US-Soldaten sind im Irak. Die Mission endet spätestens im September 2025.",
		"Die Gespräche über den Abzug begannen im Januar 2024 in Bagdad.",
	} {
		os.WriteFile(filepath.Join(src, fmt.Sprintf("gut%d.md", i)), []byte("---\npublished: '2024-09'\n---\n"+text+"\n"), 0o644)
	}
	os.WriteFile(filepath.Join(src, "s014324.md"), []byte(taggerTrap+"\n"), 0o644)
	refused := map[string]string{}
	for name, target := range map[string]string{
		"environ.md": "/proc/self/environ", "passwd.md": "/etc/passwd", "zero.md": "/dev/zero",
		"outside.md": filepath.Join(base, "outside.md"), "relative.md": "../outside.md",
	} {
		if err := os.Symlink(target, filepath.Join(src, name)); err != nil {
			return err
		}
		refused[name] = "outside the sources folder"
	}
	if err := syscall.Mkfifo(filepath.Join(src, "pipe.md"), 0o644); err != nil {
		return err
	}
	refused["pipe.md"] = "named pipe"
	if err := os.WriteFile(filepath.Join(src, "huge.md"), []byte(repetitive(30_000_000, 1)), 0o644); err != nil {
		return err
	}
	refused["huge.md"] = "more than"

	q := quellen{binary: c.binary, data: c.dir("hostile", "data"), env: []string{"DISCORD_TOKEN_FOR_TEST=" + secret}}
	r := q.run(10*time.Minute, "index", "--sources", src)
	fmt.Printf("hostile folder: index exit %d in %s (limit 30 s), peak %s\n", r.code, r.took.Round(10*time.Millisecond), mb(r.maxRSS))
	bad := 0
	if r.took > 30*time.Second || r.code < 0 {
		bad++
	}
	for name, why := range refused {
		line := ""
		for _, l := range strings.Split(r.stderr, "\n") {
			if strings.HasPrefix(l, "failed: "+name+":") {
				line = l
			}
		}
		fmt.Printf("  %-12s %s\n", name, strings.TrimPrefix(line, "failed: "+name+": "))
		if !strings.Contains(line, why) {
			bad++
		}
	}
	db, _ := os.ReadFile(filepath.Join(q.data, "quellen.db"))
	leaked := bytes.Contains(db, []byte(secret)) || bytes.Contains(db, []byte("root:x:0:0"))
	have, err := q.indexedHashes()
	if err != nil {
		return err
	}
	fmt.Printf("  indexed: %d sources (want gut0, gut1, s014324); anything from outside in the index: %v\n", len(have), leaked)
	if leaked || len(have) != 3 {
		bad++
	}

	if bad > 0 {
		return fmt.Errorf("%d expectations not met", bad)
	}
	return nil
}

// measureRepetitive indexes 30 MB of repetitive sources (four of 7.5 MB,
// under the size limit) and times "Wann …?" questions and a timeline on
// them against the bot's deadlines.
func measureRepetitive(c *config) error {
	bad := 0
	rep := c.dir("repetitive", "sources")
	for i := range 4 {
		text := "---\npublished: '2024-09'\n---\n" + repetitive(7_500_000, uint64(40+i))
		if err := os.WriteFile(filepath.Join(rep, fmt.Sprintf("rep%d.md", i)), []byte(text), 0o644); err != nil {
			return err
		}
	}
	rq := quellen{binary: c.binary, data: c.dir("repetitive", "data")}
	r := rq.run(30*time.Minute, "index", "--sources", rep)
	fmt.Printf("30 MB repetitive collection: index exit %d in %s, peak %s; %s\n", r.code, r.took.Round(time.Second), mb(r.maxRSS), lastLine(r.stdout))
	if r.code != 0 {
		return fmt.Errorf("index of the repetitive collection: %s", firstLine(r.stderr))
	}
	for _, question := range wannQuestions {
		r := rq.run(10*time.Minute, "ask", "--json", question)
		answered := strings.Contains(r.stdout, `"answered":true`)
		fmt.Printf("  ask %q: exit %d in %s (deadline 30 s), answered %v, peak %s\n", question, r.code, r.took.Round(10*time.Millisecond), answered, mb(r.maxRSS))
		if r.code != 0 || r.took > 30*time.Second {
			bad++
		}
	}
	r = rq.run(10*time.Minute, "timeline", "--json")
	fmt.Printf("  timeline: exit %d in %s (deadline 10 s), %d bytes of JSON\n", r.code, r.took.Round(10*time.Millisecond), len(r.stdout))
	if r.code != 0 || r.took > 10*time.Second {
		bad++
	}
	if bad > 0 {
		return fmt.Errorf("%d expectations not met", bad)
	}
	return nil
}
