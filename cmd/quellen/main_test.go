package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// binary is the quellen binary built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "quellen-e2e-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "quellen")
	build := exec.Command("go", "build", "-tags", "sqlite_fts5", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("build quellen: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

// quellen runs the built binary with a data directory of its own.
func quellen(t *testing.T, dataDir, stdin string, args ...string) result {
	t.Helper()
	return runQuellen(t, dataDir, stdin, nil, args...)
}

// runQuellen runs the built binary with a data directory, standard input
// and more environment variables, without the environment's Discord token
// or sources folder, for at most a minute.
func runQuellen(t *testing.T, dataDir, stdin string, env []string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Env = append(append(os.Environ(), "QUELLEN_DATA="+dataDir, "QUELLEN_SOURCES=", "DISCORD_TOKEN="), env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run quellen %v: %v", args, err)
	}
	return result{out.String(), errb.String(), code}
}

// answerJSON is the documented contract of `ask --json`.
type answerJSON struct {
	Question  string `json:"question"`
	Answered  bool   `json:"answered"`
	Answer    string `json:"answer"`
	Citations []struct {
		N         int    `json:"n"`
		SourceID  string `json:"source_id"`
		Title     string `json:"title"`
		Outlet    string `json:"outlet"`
		URL       string `json:"url"`
		Published string `json:"published"`
		Quote     string `json:"quote"`
		Start     int    `json:"start"`
		End       int    `json:"end"`
	} `json:"citations"`
	Related []json.RawMessage `json:"related"`
}

func TestAskJSONOnTheDefaultCorpus(t *testing.T) {
	data := t.TempDir()
	texts := sharedCorpus(t)
	tests := []struct {
		question     string
		answered     bool
		wantInQuotes string
		lang         string
	}{
		{"Wie viele US-Soldaten sind im Irak?", true, "2.500", "de"},
		{"Wann endet die Mission der internationalen Koalition?", true, "2025", "de"},
		{"Wer führte die Sicherheitsdelegation an?", true, "Shapiro", "de"},
		{"Was forderte das irakische Parlament?", true, "Abzug", "de"},
		{"Welche Rolle spielt China bei den Gesprächen?", false, "", "de"},
		{"Wie viele Bundeswehr-Soldaten sind im Irak?", false, "", "de"},
	}
	for _, tt := range tests {
		r := quellen(t, data, "", "ask", "--json", tt.question)
		if r.code != 0 {
			t.Fatalf("ask %q: exit %d: %s", tt.question, r.code, r.stderr)
		}
		var a answerJSON
		if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
			t.Fatalf("ask %q: %v in %s", tt.question, err, r.stdout)
		}
		if a.Answered != tt.answered || a.Question != tt.question || a.Answer == "" {
			t.Errorf("ask %q: answered %v, answer %q", tt.question, a.Answered, a.Answer)
			continue
		}
		if !tt.answered {
			if len(a.Citations) != 0 || !strings.Contains(a.Answer, "keine Angabe") {
				t.Errorf("ask %q: abstention cites %d quotes, says %q", tt.question, len(a.Citations), a.Answer)
			}
			continue
		}
		all := ""
		for _, c := range a.Citations {
			all += c.Quote
			if c.Title == "" || c.SourceID == "" {
				t.Errorf("ask %q: citation %d lacks its source: %+v", tt.question, c.N, c)
			}
			if texts != nil {
				if text := texts[c.SourceID]; text[c.Start:c.End] != c.Quote {
					t.Errorf("ask %q: quote %d is not the received article's bytes %d..%d", tt.question, c.N, c.Start, c.End)
				}
			}
		}
		if !strings.Contains(all, tt.wantInQuotes) {
			t.Errorf("ask %q: no quote contains %q: %s", tt.question, tt.wantInQuotes, all)
		}
	}
}

// sharedCorpus maps the default sources' ids to the received article texts,
// or returns nil when ../shared is not beside the repository.
func sharedCorpus(t *testing.T) map[string]string {
	ids := map[string]string{
		"sudani-shapiro-koalitionsabzug":          "000_3690039fc1eff3aa.txt",
		"usa-truppenpraesenz-reduzieren-2020":     "001_a506cc4c43423c5a.txt",
		"koalitionsmission-ende-2025":             "002_0596e4a2a36b5ae2.txt",
		"us-militaer-operationen-wieder-auf-2020": "003_5b17a0ffa90be8d6.txt",
		"gespraeche-ueber-koalitionsende-2024":    "004_06745681e1347370.txt",
	}
	out := make(map[string]string)
	for id, file := range ids {
		b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "corpus", file))
		if err != nil {
			t.Logf("no shared corpus (%v): quotes checked by the retrieval tests only", err)
			return nil
		}
		out[id] = string(b)
	}
	return out
}

func TestAskBatchJSONLines(t *testing.T) {
	r := quellen(t, t.TempDir(), "Wie viele US-Soldaten sind im Irak?\n\nWer ist Daniel Shapiro?\n", "ask", "--batch", "--json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2: %s", len(lines), r.stdout)
	}
	for _, l := range lines {
		var a answerJSON
		if err := json.Unmarshal([]byte(l), &a); err != nil || !a.Answered {
			t.Errorf("line %s: %v", l, err)
		}
	}
}

func TestErrorsExitTwoWithOneLine(t *testing.T) {
	data := t.TempDir()
	notADir := filepath.Join(t.TempDir(), "file")
	os.WriteFile(notADir, []byte("x"), 0o644)
	tests := []struct {
		name    string
		data    string
		args    []string
		wantErr string
	}{
		{"empty question", data, []string{"ask", "  "}, "empty"},
		{"no question", data, []string{"ask"}, "no question"},
		{"long question", data, []string{"ask", strings.Repeat("x", 1001)}, "longer than 1000"},
		{"data dir is a file", notADir, []string{"ask", "Wer?"}, "data directory"},
		{"bad flag", data, []string{"ask", "--top", "-1", "Wer?"}, "--top"},
		{"unknown command", data, []string{"frag"}, "unknown command"},
		{"missing sources folder", data, []string{"index", "--sources", "/nonexistent/quellen"}, "sources folder"},
		{"serve without a token", data, []string{"serve", "--env", "/nonexistent/.env"}, "DISCORD_TOKEN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := quellen(t, tt.data, "", tt.args...)
			if r.code != 2 {
				t.Errorf("exit %d, want 2; stderr %q", r.code, r.stderr)
			}
			msg := strings.TrimSpace(r.stderr)
			if !strings.Contains(msg, tt.wantErr) {
				t.Errorf("stderr %q does not mention %q", msg, tt.wantErr)
			}
			if tt.name != "bad flag" && tt.name != "unknown command" && strings.Count(msg, "\n") > 0 {
				t.Errorf("message is not one line: %q", msg)
			}
		})
	}
}

func TestIndexSourcesFolderIsRememberedAndReportsBrokenFiles(t *testing.T) {
	data, src := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(src, "a.md"), []byte("---\ntitle: Wetter\npublished: '2025-01-02'\n---\nIn Bagdad regnete es am Montag stark.\n"), 0o644)
	os.WriteFile(filepath.Join(src, "b.md"), []byte("---\ntitel: Tippfehler\n---\nText.\n"), 0o644)
	r := quellen(t, data, "", "index", "--sources", src)
	if r.code != 1 || !strings.Contains(r.stderr, "b.md") || !strings.Contains(r.stderr, "titel") {
		t.Fatalf("index: exit %d, stderr %q; want exit 1 naming b.md and the bad key", r.code, r.stderr)
	}
	r = quellen(t, data, "", "sources", "--json")
	var sources []struct{ ID, Title string }
	if err := json.Unmarshal([]byte(r.stdout), &sources); err != nil || len(sources) != 1 || sources[0].Title != "Wetter" {
		t.Fatalf("sources after index --sources: %s (%v)", r.stdout, err)
	}
	r = quellen(t, data, "", "ask", "--json", "Regnete es in Bagdad stark?")
	var a answerJSON
	if err := json.Unmarshal([]byte(r.stdout), &a); err != nil || !a.Answered || a.Citations[0].Published != "2025-01-02" {
		t.Fatalf("ask from the remembered folder: %s (%v)", r.stdout, err)
	}
}

// A rebuild killed half-way, by SIGKILL while it writes, leaves the previous
// index answering.
func TestKilledRebuildLeavesTheOldIndex(t *testing.T) {
	data, src := t.TempDir(), t.TempDir()
	if r := quellen(t, data, "", "ask", "Wer ist Daniel Shapiro?"); r.code != 0 {
		t.Fatalf("first ask: %s", r.stderr)
	}
	const files = 2000
	for i := range files {
		var text strings.Builder
		for j := range 12 {
			fmt.Fprintf(&text, "Im Jahr %d meldete die Zeitung Nummer %d einen neuen Bericht über das Wetter in Stadt %d. ", 1900+j, i, j)
		}
		os.WriteFile(filepath.Join(src, fmt.Sprintf("f%04d.md", i)), []byte(text.String()), 0o644)
	}
	cmd := exec.Command(binary, "index", "--sources", src)
	cmd.Env = append(os.Environ(), "QUELLEN_DATA="+data, "QUELLEN_SOURCES=")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The last progress line comes right before the commit.
	sc := bufio.NewScanner(out)
	want := fmt.Sprintf("indexed %d/%d sources", files, files)
	for sc.Scan() && sc.Text() != want {
	}
	cmd.Process.Kill()
	cmd.Wait()

	r := quellen(t, data, "", "sources", "--json")
	var sources []struct{ ID string }
	if err := json.Unmarshal([]byte(r.stdout), &sources); err != nil || len(sources) != 5 {
		t.Fatalf("after the kill: %d sources (%v), want the 5 of the old index; stderr %s", len(sources), err, r.stderr)
	}
	r = quellen(t, data, "", "ask", "--json", "Wer ist Daniel Shapiro?")
	var a answerJSON
	if err := json.Unmarshal([]byte(r.stdout), &a); err != nil || !a.Answered {
		t.Fatalf("after the kill the old index does not answer: %s %s", r.stdout, r.stderr)
	}
}

// TestEnglishQuestionWithNoDictionaryInstalled is the fresh machine: no
// QUELLEN_DICT and no dictionary package, so the embedded Ding dictionary
// translates the English question for the German default articles.
func TestEnglishQuestionWithNoDictionaryInstalled(t *testing.T) {
	data := t.TempDir()
	t.Setenv("QUELLEN_DICT", "")
	r := quellen(t, data, "", "ask", "--json", "How many US troops are in Iraq?")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var a answerJSON
	if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
		t.Fatalf("%v in %s", err, r.stdout)
	}
	if !a.Answered {
		t.Fatalf("declined: %q (stderr %s)", a.Answer, r.stderr)
	}
	// The articles give the US troop level as 2.500 (2024) and 5.000 (2020).
	figure := false
	for _, c := range a.Citations {
		figure = figure || strings.Contains(c.Quote, "2.500") || strings.Contains(c.Quote, "5.000")
	}
	if !figure {
		t.Errorf("no quote gives a US troop figure: %+v", a.Citations)
	}
	if strings.Contains(r.stderr, "not translated") {
		t.Errorf("warned of a missing dictionary: %s", r.stderr)
	}
}
