package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"github.com/quellen/quellen/internal/fakediscord"
	"github.com/quellen/quellen/internal/testpages"
)

// quellenWith runs the built binary with a data directory and more
// environment variables.
func quellenWith(t *testing.T, dataDir string, env []string, args ...string) result {
	t.Helper()
	return runQuellen(t, dataDir, "", env, args...)
}

// allowLocal lets the binary fetch the test pages on 127.0.0.1.
var allowLocal = []string{"QUELLEN_ALLOW_PRIVATE_SOURCES=true"}

type addJSON struct {
	Added []struct {
		ID                 string   `json:"id"`
		Title              string   `json:"title"`
		Outlet             string   `json:"outlet"`
		URL                string   `json:"url"`
		Published          string   `json:"published"`
		PublishedPrecision string   `json:"published_precision"`
		PublishedInferred  bool     `json:"published_inferred"`
		Author             string   `json:"author"`
		DateFrom           string   `json:"date_from"`
		Passages           int      `json:"passages"`
		Warnings           []string `json:"warnings"`
	} `json:"added"`
	Failed []struct {
		Input       string `json:"input"`
		Error       string `json:"error"`
		Refused     bool   `json:"refused"`
		DuplicateOf string `json:"duplicate_of"`
	} `json:"failed"`
}

func decode[T any](t *testing.T, r result) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
		t.Fatalf("not JSON (%v): %q\nstderr: %s", err, r.stdout, r.stderr)
	}
	return v
}

func askJSON(t *testing.T, data, question string) answerJSON {
	t.Helper()
	r := quellen(t, data, "", "ask", "--json", question)
	if r.code != 0 {
		t.Fatalf("ask: %d %s", r.code, r.stderr)
	}
	return decode[answerJSON](t, r)
}

func quotes(a answerJSON, id string) bool {
	for _, c := range a.Citations {
		if c.SourceID == id {
			return true
		}
	}
	return false
}

const (
	bundeswehrID       = "bundeswehr-verlaengert-ausbildungsmission-im-irak"
	bundeswehrQuestion = "Bis wann gilt das Mandat der Bundeswehr im Irak?"
)

// TestSourcesAddAnswerRemoveEndToEnd: a moderator adds an article by its
// address, it is answered from at once, kept by a rebuild, refused a
// second time, removed, and every step is in the log.
func TestSourcesAddAnswerRemoveEndToEnd(t *testing.T) {
	site := testpages.Serve(t)
	data := t.TempDir()
	page := site.URL + "/" + testpages.Bundeswehr

	r := quellenWith(t, data, allowLocal, "sources", "add", "--json", page)
	if r.code != 0 {
		t.Fatalf("add: %d %s", r.code, r.stderr)
	}
	added := decode[addJSON](t, r)
	if len(added.Added) != 1 || len(added.Failed) != 0 {
		t.Fatalf("%+v", added)
	}
	a := added.Added[0]
	if a.ID != bundeswehrID || a.Title != "Bundeswehr verlängert Ausbildungsmission im Irak" || a.Outlet != "Nordkurier Beispiel" ||
		a.Published != "2024-10-15" || a.PublishedPrecision != "day" || a.PublishedInferred || a.DateFrom != "JSON-LD datePublished" ||
		a.Passages == 0 || a.Author != "Katrin Vogel, Jonas Albrecht" || len(a.Warnings) != 0 {
		t.Errorf("added %+v", a)
	}
	if !quotes(askJSON(t, data, bundeswehrQuestion), bundeswehrID) {
		t.Fatal("the new source is not quoted")
	}

	// The same article again: refused, exit 2, naming the source.
	r = quellenWith(t, data, allowLocal, "sources", "add", "--json", page)
	dup := decode[addJSON](t, r)
	if r.code != 2 || len(dup.Failed) != 1 || dup.Failed[0].DuplicateOf != bundeswehrID || !dup.Failed[0].Refused {
		t.Errorf("second add: %d %+v %s", r.code, dup, r.stderr)
	}
	r = quellenWith(t, data, allowLocal, "sources", "add", page)
	if r.code != 2 || !strings.Contains(r.stderr, "already in the index as "+bundeswehrID) {
		t.Errorf("second add, text: %d %q", r.code, r.stderr)
	}

	// A rebuild keeps it.
	if r := quellen(t, data, "", "index"); r.code != 0 {
		t.Fatalf("index: %d %s", r.code, r.stderr)
	}
	if !quotes(askJSON(t, data, bundeswehrQuestion), bundeswehrID) {
		t.Fatal("the source is gone after a rebuild")
	}

	// The plain output names id, title, outlet, date and its kind, passages.
	r = quellenWith(t, data, allowLocal, "sources", "add", site.URL+"/"+testpages.Undated)
	for _, want := range []string{"added hintergrund-die-koalition-gegen-den-is", "title     Hintergrund: Die Koalition gegen den IS", "date      unknown", "passages  "} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("add output lacks %q:\n%s", want, r.stdout)
		}
	}
	if r.code != 0 || !strings.Contains(r.stderr, "warning:") || !strings.Contains(r.stderr, "unknown date") {
		t.Errorf("undated add: %d %q", r.code, r.stderr)
	}

	// Removal takes it out of the answers.
	r = quellen(t, data, "", "sources", "remove", bundeswehrID)
	if r.code != 0 || !strings.Contains(r.stdout, "removed "+bundeswehrID) {
		t.Fatalf("remove: %d %s %s", r.code, r.stdout, r.stderr)
	}
	if quotes(askJSON(t, data, bundeswehrQuestion), bundeswehrID) {
		t.Error("still quoted after the removal")
	}
	if r := quellen(t, data, "", "sources", "remove", bundeswehrID); r.code != 2 || !strings.Contains(r.stderr, "no source with this id") {
		t.Errorf("remove again: %d %s", r.code, r.stderr)
	}
	if r := quellen(t, data, "", "sources", "remove", "usa-truppenpraesenz-reduzieren-2020"); r.code != 2 || !strings.Contains(r.stderr, "configured collection") {
		t.Errorf("remove a default source: %d %s", r.code, r.stderr)
	}

	// The log, newest first.
	r = quellen(t, data, "", "sources", "log", "--json")
	log := decode[[]auditJSON](t, r)
	var actions []string
	for _, l := range log {
		actions = append(actions, l.Action+" "+l.Outcome)
		if !strings.HasPrefix(l.User, "cli:") {
			t.Errorf("user %q", l.User)
		}
	}
	want := "source remove refused,source remove refused,source remove ok,source add ok,source add refused,source add refused,source add ok"
	if got := strings.Join(actions, ","); got != want {
		t.Errorf("log %s, want %s", got, want)
	}
	if r := quellen(t, data, "", "check"); r.code != 0 {
		t.Errorf("check: %s %s", r.stdout, r.stderr)
	}
}

// TestSourcesAddRefusals: each refusal exits 2 with a message that says
// why, and adds nothing.
func TestSourcesAddRefusals(t *testing.T) {
	site := testpages.Serve(t)
	data := t.TempDir()
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, bytes.Repeat([]byte("Satz. "), 1<<20), 0o644)
	pdf := filepath.Join(dir, "bericht.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.7"), 0o644)
	tests := []struct {
		env  []string
		arg  string
		want string
	}{
		{nil, site.URL + "/" + testpages.Bundeswehr, "127.0.0.1 is a loopback address"},
		{nil, "http://[::1]/x", "::1 is a loopback address"},
		{nil, "http://10.0.0.1/x", "10.0.0.1 is a private address"},
		{nil, "http://169.254.169.254/latest/meta-data/", "link-local"},
		{nil, "ftp://example.org/x", "only http and https"},
		{allowLocal, site.URL + "/" + testpages.FrontPage, "no article text found"},
		{allowLocal, site.URL + "/missing", "404"},
		{nil, "www.example.org/artikel", "needs http:// or https://"},
		{nil, big, "more than the 5 MB"},
		{nil, pdf, "only .html, .md and .txt files"},
	}
	for _, tt := range tests {
		r := quellenWith(t, data, tt.env, "sources", "add", tt.arg)
		if r.code != 2 || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("add %s: exit %d, %q; want 2 and %q", tt.arg, r.code, r.stderr, tt.want)
		}
	}
	if r := quellenWith(t, data, []string{"QUELLEN_ALLOW_PRIVATE_SOURCES=vielleicht"}, "sources", "add", "https://example.org/"); r.code != 2 || !strings.Contains(r.stderr, "QUELLEN_ALLOW_PRIVATE_SOURCES") {
		t.Errorf("bad variable: %d %s", r.code, r.stderr)
	}
	r := quellen(t, data, "", "sources", "--json")
	if list := decode[[]sourceJSON](t, r); len(list) != 5 {
		t.Errorf("%d sources after refusals, want the 5 default ones", len(list))
	}
}

func TestSourcesAddFileAndRefresh(t *testing.T) {
	site := testpages.Serve(t)
	data := t.TempDir()
	var mu sync.Mutex
	figure := "80"
	site.Mux.HandleFunc("/live", func(w http.ResponseWriter, _ *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><head><title>Feldkrankenhaus in Erbil</title><meta property="article:published_time" content="2025-03-04"></head><body><article><h1>Feldkrankenhaus in Erbil</h1><p>In Erbil betreibt das Deutsche Rote Kreuz seit März 2025 ein Feldkrankenhaus mit %s Betten. %s</p></article></body></html>`,
			figure, strings.Repeat("Es versorgt vor allem Binnenflüchtlinge aus der Region und wird von Spenden getragen. ", 5))
	})
	file := filepath.Join(t.TempDir(), "notiz.md")
	os.WriteFile(file, []byte("---\ntitle: Notiz zur Grenze\npublished: \"2025-02\"\n---\nAn der Grenze zu Syrien patrouillieren nach Angaben der Regierung 3.000 Grenzschützer.\n"), 0o644)
	r := quellenWith(t, data, allowLocal, "sources", "add", file, site.URL+"/live")
	if r.code != 0 || !strings.Contains(r.stdout, "added notiz-zur-grenze") || !strings.Contains(r.stdout, "February 2025 (printed: the file's front matter)") {
		t.Fatalf("add: %d %s %s", r.code, r.stdout, r.stderr)
	}
	r = quellenWith(t, data, allowLocal, "sources", "refresh")
	if r.code != 0 || !strings.Contains(r.stdout, "unchanged feldkrankenhaus-in-erbil") {
		t.Errorf("refresh unchanged: %d %s %s", r.code, r.stdout, r.stderr)
	}
	mu.Lock()
	figure = "120"
	mu.Unlock()
	r = quellenWith(t, data, allowLocal, "sources", "refresh", "--json", "feldkrankenhaus-in-erbil")
	refreshed := decode[struct {
		Refreshed []refreshedJSON `json:"refreshed"`
	}](t, r)
	if r.code != 0 || len(refreshed.Refreshed) != 1 || !refreshed.Refreshed[0].Changed {
		t.Fatalf("refresh changed: %d %+v %s", r.code, refreshed, r.stderr)
	}
	a := askJSON(t, data, "Wie viele Betten hat das Feldkrankenhaus in Erbil?")
	if len(a.Citations) == 0 || !strings.Contains(a.Citations[0].Quote, "120 Betten") {
		t.Errorf("after the refresh: %+v", a.Citations)
	}
	if r := quellen(t, data, "", "sources", "refresh", "notiz-zur-grenze"); r.code != 2 || !strings.Contains(r.stderr, "no address") {
		t.Errorf("refresh a file: %d %s", r.code, r.stderr)
	}
}

// TestKilledDuringAddLeavesAConsistentIndex kills the binary at moments
// across an add of a 50 KB article (while fetching, as soon as its file
// is in the journal, and at growing delays after the page was served,
// through extraction, indexing, commit and the file's move) and checks
// each time: PRAGMA integrity_check and 'quellen check' are ok, questions
// are answered, and after the next change the article is either wholly
// in (indexed, its file in place) or wholly out — and can be added.
func TestKilledDuringAddLeavesAConsistentIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary some dozen times")
	}
	data := t.TempDir()
	if r := quellen(t, data, "", "index"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	page := testpages.Long(50<<10, 3)
	served := make(chan struct{}, 1)
	hold := make(chan struct{})
	var holdMu sync.Mutex
	holding := false
	mux := http.NewServeMux()
	mux.HandleFunc("/long", func(w http.ResponseWriter, req *http.Request) {
		holdMu.Lock()
		h := holding
		holdMu.Unlock()
		if h {
			select {
			case <-hold:
			case <-req.Context().Done():
				return
			}
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
		select {
		case served <- struct{}{}:
		default:
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	url := srv.URL + "/long"
	dbPath := filepath.Join(data, "quellen.db")
	pending := filepath.Join(data, addedSourcesDir, ".pending")
	const id = "lagebericht-3"

	type moment struct {
		name string
		wait func(cmd *exec.Cmd) // returns when it is time to kill
	}
	var moments []moment
	moments = append(moments, moment{"while fetching", func(*exec.Cmd) {
		time.Sleep(300 * time.Millisecond)
	}})
	moments = append(moments, moment{"file in the journal", func(*exec.Cmd) {
		for end := time.Now().Add(20 * time.Second); time.Now().Before(end); {
			if entries, _ := os.ReadDir(pending); len(entries) > 0 {
				return
			}
			time.Sleep(200 * time.Microsecond)
		}
	}})
	for _, d := range []time.Duration{0, 2, 5, 10, 20, 40, 80, 120, 200, 300, 500, 800} {
		moments = append(moments, moment{fmt.Sprintf("%v after the page was served", d*time.Millisecond), func(*exec.Cmd) {
			select {
			case <-served:
			case <-time.After(20 * time.Second):
			}
			time.Sleep(d * time.Millisecond)
		}})
	}
	states := map[string]int{}
	for _, m := range moments {
		holdMu.Lock()
		holding = m.name == "while fetching"
		holdMu.Unlock()
		select {
		case <-served:
		default:
		}
		cmd := exec.Command(binary, "sources", "add", url)
		cmd.Env = append(os.Environ(), "QUELLEN_DATA="+data, "QUELLEN_SOURCES=", "QUELLEN_ALLOW_PRIVATE_SOURCES=true")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		m.wait(cmd)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()

		// Consistent right after the kill, for readers.
		integrity(t, dbPath)
		if r := quellen(t, data, "", "check"); r.code != 0 {
			t.Fatalf("%s: check: %s %s", m.name, r.stdout, r.stderr)
		}
		if a := askJSON(t, data, "Wie viele US-Soldaten sind im Irak?"); !a.Answered {
			t.Fatalf("%s: a question is not answered after the kill", m.name)
		}
		indexed := hasSource(t, data, id)
		if indexed != quotes(askJSON(t, data, "Wie viele Soldaten umfasst die Übungsmission Nordlicht3?"), id) {
			t.Errorf("%s: indexed %v but answered %v", m.name, indexed, !indexed)
		}
		// The next writer finishes what the kill interrupted.
		if r := quellen(t, data, "", "index"); r.code != 0 {
			t.Fatalf("%s: index after the kill: %s", m.name, r.stderr)
		}
		_, fileErr := os.Stat(filepath.Join(data, addedSourcesDir, id+".md"))
		left, _ := os.ReadDir(pending)
		if indexed != (fileErr == nil) || len(left) > 0 || hasSource(t, data, id) != indexed {
			t.Fatalf("%s: indexed %v, file %v, journal %d", m.name, indexed, fileErr, len(left))
		}
		state := "old state (not added)"
		if indexed {
			state = "new state (added)"
			if r := quellen(t, data, "", "sources", "remove", id); r.code != 0 {
				t.Fatalf("%s: remove: %s", m.name, r.stderr)
			}
		}
		states[state]++
		t.Logf("killed %s: %s", m.name, state)
	}
	t.Logf("kills that left the old state: %d, the new state: %d", states["old state (not added)"], states["new state (added)"])
	// Finally an add runs to its end.
	close(hold)
	holdMu.Lock()
	holding = false
	holdMu.Unlock()
	if r := quellenWith(t, data, allowLocal, "sources", "add", url); r.code != 0 {
		t.Fatalf("add after the kills: %s", r.stderr)
	}
	integrity(t, dbPath)
	if !quotes(askJSON(t, data, "Wie viele Soldaten umfasst die Übungsmission Nordlicht3?"), id) {
		t.Error("the article is not answered from after a complete add")
	}
}

// integrity runs SQLite's own PRAGMA integrity_check on the index file.
func integrity(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q, %v", res, err)
	}
}

func hasSource(t *testing.T, data, id string) bool {
	t.Helper()
	r := quellen(t, data, "", "sources", "--json")
	for _, s := range decode[[]sourceJSON](t, r) {
		if s.ID == id {
			return true
		}
	}
	return false
}

// TestSourceManagementThroughServe: the binary as deployed takes /source
// add from the fake Discord and answers from the article; a removal from
// the command line, another process, takes it out of the bot's answers.
func TestSourceManagementThroughServe(t *testing.T) {
	f := fakediscord.New(t)
	site := testpages.Serve(t)
	data := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd, logs, exited := serveProcess(t, f, data, "DISCORD_HOME_GUILD_ID="+f.GuildID, "DISCORD_GUILD_ID="+f.GuildID, "QUELLEN_ALLOW_PRIVATE_SOURCES=true")
	if _, err := f.WaitFor(ctx, fakediscord.Route("PUT", "/api/v9/applications/"+f.AppID+"/guilds/"+f.GuildID+"/commands")); err != nil {
		t.Fatalf("commands not registered: %v\n%s", err, logs.String())
	}
	mod := fakediscord.Origin{Permissions: fakediscord.DefaultPermissions | 1<<5}
	add, err := f.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "source", Origin: mod, Options: []fakediscord.CommandOption{{Name: "add",
		Options: []fakediscord.CommandOption{{Name: "url", Value: site.URL + "/" + testpages.Bundeswehr}}}}})
	if err != nil {
		t.Fatal(err)
	}
	if body := answerBody(ctx, t, f, add); !strings.Contains(body, "Source added") {
		t.Fatalf("/source add: %s\n%s", body, logs.String())
	}
	ask := func() string {
		in, err := f.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "ask", Options: []fakediscord.CommandOption{{Name: "question", Value: bundeswehrQuestion}}})
		if err != nil {
			t.Fatal(err)
		}
		return answerBody(ctx, t, f, in)
	}
	if body := ask(); !strings.Contains(body, "31. Oktober 2025") {
		t.Fatalf("not answered from the added article: %s", body)
	}
	if r := quellen(t, data, "", "sources", "remove", bundeswehrID); r.code != 0 {
		t.Fatalf("remove: %s", r.stderr)
	}
	if body := ask(); strings.Contains(body, "31. Oktober 2025") {
		t.Errorf("the bot still quotes the removed article: %s", body)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("serve exited with %v\n%s", err, logs.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
}
