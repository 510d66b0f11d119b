package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	byteorder "encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"
)

// writeFolder writes n sources into dir, each text marked so that two
// folders made with different marks differ in every file.
func writeFolder(t *testing.T, dir string, n int, mark string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		var text strings.Builder
		fmt.Fprintf(&text, "---\nid: f%04d\npublished: '2024'\n---\n", i)
		for j := range 8 {
			fmt.Fprintf(&text, "Im Jahr %d meldete die Zeitung %d (%s) einen Bericht über US-Soldaten in Stadt %d. ", 1990+j, i, mark, j)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%04d.md", i)), []byte(text.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// indexVersion reads the index version as `check` prints it.
func indexVersion(t *testing.T, data string) string {
	t.Helper()
	r := quellen(t, data, "", "check")
	m := regexp.MustCompile(`(?m)^version\s+(\S+)`).FindStringSubmatch(r.stdout)
	if m == nil {
		t.Fatalf("check printed no version: %s %s", r.stdout, r.stderr)
	}
	return m[1]
}

func TestDatabaseFaultsSayWhatToDoAndChangeNothing(t *testing.T) {
	foreign := func(t *testing.T, path string) {
		db, err := sql.Open("sqlite3", "file:"+path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for _, q := range []string{`PRAGMA journal_mode=WAL`, `CREATE TABLE kunden (name TEXT)`, `INSERT INTO kunden VALUES ('Erika')`} {
			if _, err := db.Exec(q); err != nil {
				t.Fatal(err)
			}
		}
	}
	tests := []struct {
		name string
		make func(t *testing.T, path string)
		code int
		want string
	}{
		{"another program's database", foreign, 2, "not a Quellen index"},
		{"a zero-byte file", func(t *testing.T, path string) { os.WriteFile(path, nil, 0o644) }, 2, "empty"},
		{"garbage", func(t *testing.T, path string) { os.WriteFile(path, bytes.Repeat([]byte("kein SQLite "), 500), 0o644) }, 1, "damaged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := t.TempDir()
			path := filepath.Join(data, "quellen.db")
			tt.make(t, path)
			before, _ := os.ReadFile(path)
			entries, _ := os.ReadDir(data)
			for _, args := range [][]string{{"ask", "Wer?"}, {"sources"}, {"timeline"}, {"index"}, {"check"}} {
				r := quellen(t, data, "", args...)
				msg := strings.TrimSpace(r.stderr)
				if r.code != tt.code || !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
					t.Errorf("%s: exit %d, stderr %q; want exit %d and one line saying %q", args[0], r.code, msg, tt.code, tt.want)
				}
				if !strings.Contains(msg, "QUELLEN_DATA") && !strings.Contains(msg, "move it away") {
					t.Errorf("%s: %q says nothing of what to do", args[0], msg)
				}
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("the file was changed")
			}
			if after, _ := os.ReadDir(data); len(after) != len(entries) {
				t.Errorf("files were added beside it: %d before, %d after", len(entries), len(after))
			}
		})
	}
}

func TestReadersAnswerFromTheIndexAsBuiltAndSaySoWhenItIsOld(t *testing.T) {
	data, src := t.TempDir(), t.TempDir()
	writeFolder(t, src, 5, "alt")
	if r := quellen(t, data, "", "index", "--sources", src); r.code != 0 {
		t.Fatalf("index: %s", r.stderr)
	}
	if r := quellen(t, data, "", "ask", "Welche Zeitung meldete einen Bericht?"); r.code != 0 || strings.Contains(r.stderr, "changed") {
		t.Fatalf("ask on a current index: exit %d, stderr %q", r.code, r.stderr)
	}
	version := indexVersion(t, data)
	// A moderator edits a source and adds one, and does not reindex.
	os.WriteFile(filepath.Join(src, "f0001.md"), []byte("Ganz neuer Text über Basra."), 0o644)
	os.WriteFile(filepath.Join(src, "neu.md"), []byte("Noch ein Text."), 0o644)
	for _, args := range [][]string{{"ask", "--json", "Was geschah in Basra?"}, {"sources", "--json"}, {"timeline", "--json"}} {
		r := quellen(t, data, "", args...)
		if r.code != 0 {
			t.Fatalf("%s: exit %d: %s", args[0], r.code, r.stderr)
		}
		if strings.Count(r.stderr, "changed since the index was built") != 1 || !strings.Contains(r.stderr, "quellen index") {
			t.Errorf("%s: stderr %q does not say once that the index is out of date", args[0], r.stderr)
		}
	}
	r := quellen(t, data, "", "sources", "--json")
	var sources []struct{ ID string }
	json.Unmarshal([]byte(r.stdout), &sources)
	if len(sources) != 5 {
		t.Errorf("a reader changed the index: %d sources, want the 5 built", len(sources))
	}
	if v := indexVersion(t, data); v != version {
		t.Errorf("index version %s after readers, want %s: a reader rebuilt", v, version)
	}
	if r := quellen(t, data, "", "index"); r.code != 0 {
		t.Fatalf("index: %s", r.stderr)
	}
	if r := quellen(t, data, "", "ask", "Was geschah in Basra?"); strings.Contains(r.stderr, "changed") {
		t.Errorf("after index the reader still says the index is old: %q", r.stderr)
	}
}

func TestHostileSourcesFolderEndToEnd(t *testing.T) {
	data, base := t.TempDir(), t.TempDir()
	src := filepath.Join(base, "sources")
	os.MkdirAll(src, 0o755)
	os.WriteFile(filepath.Join(base, "outside.md"), []byte("GEHEIMNIS außerhalb"), 0o644)
	os.WriteFile(filepath.Join(src, "gut.md"), []byte("---\nid: gut\nurl: https://example.org/gut\n---\nIn Bagdad regnete es am Montag stark.\n"), 0o644)
	os.WriteFile(filepath.Join(src, "link.md"), []byte("---\nurl: \"[hier](https://evil.example/x)\"\n---\nText.\n"), 0o644)
	os.WriteFile(filepath.Join(src, "neue\nzeile\x1b[31m.md"), []byte("---\ntitel: x\n---\nText.\n"), 0o644)
	for target, name := range map[string]string{
		"/proc/self/environ": "environ.md", "/etc/passwd": "passwd.md", "/dev/zero": "zero.md",
		filepath.Join(base, "outside.md"): "outside.md", "../outside.md": "relative.md",
	} {
		if err := os.Symlink(target, filepath.Join(src, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(src, "pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, "index", "--sources", src)
	cmd.Env = append(os.Environ(), "QUELLEN_DATA="+data, "QUELLEN_SOURCES=", "SECRET_FOR_TEST=tokentokentoken")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatal("index did not end: a pipe or /dev/zero was read")
	}
	if code := cmd.ProcessState.ExitCode(); code != 1 {
		t.Fatalf("index: exit %d (%v), want 1; stderr %s", code, err, stderr.String())
	}
	for _, name := range []string{"environ.md", "passwd.md", "zero.md", "outside.md", "relative.md", "pipe.md", "link.md", `"neue\nzeile\x1b[31m.md"`} {
		if !strings.Contains(stderr.String(), "failed: "+name+": ") {
			t.Errorf("stderr does not name %s: %s", name, stderr.String())
		}
	}
	if strings.Contains(stderr.String(), "\x1b") {
		t.Error("an escape code reached the terminal")
	}
	if !strings.Contains(stdout.String(), "8 failed") {
		t.Errorf("the summary does not count the failures: %s", stdout.String())
	}
	db, _ := os.ReadFile(filepath.Join(data, "quellen.db"))
	for _, secret := range []string{"tokentokentoken", "root:x:0:0", "GEHEIMNIS"} {
		if bytes.Contains(db, []byte(secret)) {
			t.Errorf("the index holds %q from outside the folder", secret)
		}
	}
	r := quellen(t, data, "", "sources", "--json")
	var sources []struct{ ID, URL string }
	if err := json.Unmarshal([]byte(r.stdout), &sources); err != nil || len(sources) != 1 || sources[0].ID != "gut" {
		t.Errorf("sources: %s (%v), want gut alone", r.stdout, err)
	}
}

// startIndex starts `index` and returns once it has begun writing.
func startIndex(t *testing.T, data, src string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(binary, "index", "--sources", src)
	cmd.Env = append(os.Environ(), "QUELLEN_DATA="+data, "QUELLEN_SOURCES=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "indexed ") {
			break
		}
	}
	go func() {
		for sc.Scan() {
		}
	}()
	return cmd, &stderr
}

func TestSecondWriterIsRefusedOrWaitsAndReadersGoOn(t *testing.T) {
	data, src := t.TempDir(), t.TempDir()
	writeFolder(t, src, 1500, "alt")
	if r := quellen(t, data, "", "index", "--sources", src); r.code != 0 {
		t.Fatalf("first index: %s", r.stderr)
	}
	before := indexVersion(t, data)
	writeFolder(t, src, 1500, "neu")
	first, firstErr := startIndex(t, data, src)

	second := quellen(t, data, "", "index", "--sources", src)
	if second.code != 1 || !regexp.MustCompile(`another rebuild is running \(pid \d+, since [0-9: -]+\)`).MatchString(second.stderr) {
		t.Errorf("second index: exit %d, stderr %q; want 1 naming the running rebuild", second.code, second.stderr)
	}
	// Readers in other processes answer meanwhile, from the old index or
	// the new, and never rebuild.
	var readers sync.WaitGroup
	failures := make(chan string, 100)
	for range 2 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for range 5 {
				r := quellen(t, data, "", "ask", "--json", "Welche Zeitung meldete einen Bericht über US-Soldaten?")
				if r.code != 0 || strings.Contains(r.stderr, "locked") {
					failures <- fmt.Sprintf("exit %d: %s", r.code, r.stderr)
				}
			}
		}()
	}
	waiter := exec.Command(binary, "index", "--wait", "--sources", src)
	waiter.Env = append(os.Environ(), "QUELLEN_DATA="+data, "QUELLEN_SOURCES=")
	var waiterErr bytes.Buffer
	waiter.Stderr = &waiterErr
	if err := waiter.Start(); err != nil {
		t.Fatal(err)
	}
	readers.Wait()
	close(failures)
	for f := range failures {
		t.Errorf("reader during the rebuild: %s", f)
	}
	if err := first.Wait(); err != nil {
		t.Fatalf("the running index failed: %v: %s", err, firstErr.String())
	}
	if err := waiter.Wait(); err != nil {
		t.Errorf("index --wait: %v: %s", err, waiterErr.String())
	}
	if !strings.Contains(waiterErr.String(), "waiting") {
		t.Errorf("index --wait did not say it waits: %q", waiterErr.String())
	}
	if r := quellen(t, data, "", "check"); r.code != 0 {
		t.Errorf("check after two writers: exit %d: %s", r.code, r.stdout)
	}
	var b, a int
	fmt.Sscan(before, &b)
	fmt.Sscan(indexVersion(t, data), &a)
	if a != b+1 {
		t.Errorf("index version %d → %d: want exactly one rebuild (the waiter found nothing to change)", b, a)
	}
}

func TestFirstBuildByConcurrentReadersHappensOnce(t *testing.T) {
	data := t.TempDir()
	var wg sync.WaitGroup
	results := make([]result, 3)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = quellen(t, data, "", "ask", "Wer ist Daniel Shapiro?")
		}()
	}
	wg.Wait()
	for i, r := range results {
		if r.code != 0 {
			t.Errorf("reader %d: exit %d: %s", i, r.code, r.stderr)
		}
	}
	if v := indexVersion(t, data); v != "1" {
		t.Errorf("index version %s, want 1: built once", v)
	}
}

func TestCheckOnAHealthyAndADamagedIndex(t *testing.T) {
	data := t.TempDir()
	if r := quellen(t, data, "", "check"); r.code != 1 || !strings.Contains(r.stderr, "no index") {
		t.Errorf("check without an index: exit %d, %q", r.code, r.stderr)
	}
	if r := quellen(t, data, "", "index"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	r := quellen(t, data, "", "check")
	if r.code != 0 || !strings.Contains(r.stdout, "check       ok") || !strings.Contains(r.stdout, "5 sources") || !strings.Contains(r.stdout, "collection  default") {
		t.Fatalf("healthy: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	path := filepath.Join(data, "quellen.db")
	file, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pageSize := int(byteorder.BigEndian.Uint16(file[16:18]))
	pages := len(file) / pageSize
	for p := pages / 3; p < pages-1; p += 2 {
		copy(file[p*pageSize:(p+1)*pageSize], bytes.Repeat([]byte{0x5a}, pageSize))
	}
	os.WriteFile(path, file, 0o644)
	r = quellen(t, data, "", "check")
	if r.code != 1 || (!strings.Contains(r.stdout, "problem:") && !strings.Contains(r.stderr, "damaged")) {
		t.Errorf("damaged: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "quellen index") {
		t.Errorf("damaged: %q says nothing of what to do", r.stderr)
	}
}

// inNamespace runs a shell script in a mount namespace of its own, where it
// may mount without touching the machine's mounts; it skips the test where
// that is not allowed.
func inNamespace(t *testing.T, script string) string {
	t.Helper()
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("no unshare")
	}
	if out, err := exec.Command("unshare", "-m", "true").CombinedOutput(); err != nil {
		t.Skipf("mount namespaces not allowed here: %v %s", err, out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "unshare", "-m", "sh", "-c", script)
	cmd.Env = append(os.Environ(), "Q="+binary, "QUELLEN_SOURCES=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return string(out)
}

func TestReadsWorkOnAReadOnlyDataDirectory(t *testing.T) {
	data := t.TempDir()
	if r := quellen(t, data, "", "index"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	out := inNamespace(t, `set -u
D=`+data+`
mount --bind "$D" "$D" && mount -o remount,ro,bind "$D" "$D" || exit 3
QUELLEN_DATA=$D "$Q" ask "Wer ist Daniel Shapiro?" >/dev/null; echo "ask=$?"
QUELLEN_DATA=$D "$Q" sources >/dev/null; echo "sources=$?"
QUELLEN_DATA=$D "$Q" timeline >/dev/null; echo "timeline=$?"
QUELLEN_DATA=$D "$Q" check >/dev/null; echo "check=$?"
QUELLEN_DATA=$D "$Q" index 2>&1; echo "index=$?"
`)
	for _, want := range []string{"ask=0", "sources=0", "timeline=0", "check=0", "index=1", "can only be read"} {
		if !strings.Contains(out, want) {
			t.Errorf("read-only data directory: no %q in\n%s", want, out)
		}
	}
}

func TestFullDiskFailsTheRebuildOnlyAndKeepsTheIndex(t *testing.T) {
	data, src := t.TempDir(), t.TempDir()
	writeFolder(t, src, 300, "neu")
	out := inNamespace(t, `set -u
D=`+data+`
mount -t tmpfs -o size=1200k tmpfs "$D" || exit 3
QUELLEN_DATA=$D "$Q" index >/dev/null; echo "first=$?"
dd if=/dev/zero of="$D/fill" bs=4k 2>/dev/null
QUELLEN_DATA=$D "$Q" ask "Wer ist Daniel Shapiro?" >/dev/null; echo "ask=$?"
QUELLEN_DATA=$D "$Q" index --sources `+src+` 2>&1 >/dev/null; echo "full=$?"
rm "$D/fill"; dd if=/dev/zero of="$D/fill" bs=4k count=16 2>/dev/null
QUELLEN_DATA=$D "$Q" index --sources `+src+` 2>&1 >/dev/null; echo "nearly=$?"
QUELLEN_DATA=$D "$Q" check >/dev/null; echo "check=$?"
QUELLEN_DATA=$D "$Q" sources | wc -l
`)
	for _, want := range []string{"first=0", "ask=0", "full=1", "nearly=1", "check=0", "is full", "free some space", "\n6\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("full disk: no %q in\n%s", want, out)
		}
	}
}
