package manage

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/internal/testpages"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/fetch"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

var testNow = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

var moderator = Actor{UserID: "42", GuildID: "7"}

// env is an index of the default corpus, a Manager over it and a local
// site with the test pages.
type env struct {
	m     *Manager
	eng   *retrieval.Engine
	store *store.Store
	site  *testpages.Site
	dir   string
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	st, err := store.Open(ctx, filepath.Join(dir, "quellen.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	eng, err := retrieval.New(st, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := New(eng, Options{
		Dir:     filepath.Join(dir, "added-sources"),
		Fetcher: fetch.New(fetch.Options{AllowPrivate: true}),
		Now:     func() time.Time { return testNow },
	})
	if _, err := m.Sync(ctx, defaultRequest(t), nil); err != nil {
		t.Fatal(err)
	}
	return &env{m: m, eng: eng, store: st, site: testpages.Serve(t), dir: dir}
}

// defaultRequest is the embedded collection as cmd loads it.
func defaultRequest(t *testing.T) retrieval.IndexRequest {
	t.Helper()
	sources, failed := retrieval.LoadSources(corpus.Default(), "default")
	if len(failed) > 0 {
		t.Fatal(failed)
	}
	return retrieval.IndexRequest{Collection: "default", Sources: sources, Fingerprint: "fp"}
}

func (e *env) add(t *testing.T, inputs ...Input) []Result {
	t.Helper()
	results, err := e.m.Add(context.Background(), moderator, inputs, nil)
	if err != nil {
		t.Fatal(err)
	}
	return results
}

func (e *env) addOne(t *testing.T, in Input) *Added {
	t.Helper()
	r := e.add(t, in)[0]
	if r.Err != nil {
		t.Fatalf("add %s: %v", in, r.Err)
	}
	return r.Added
}

func (e *env) ask(t *testing.T, q string) *retrieval.Answer {
	t.Helper()
	a, err := e.eng.Ask(context.Background(), retrieval.Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func cites(a *retrieval.Answer, id string) bool {
	for _, c := range a.Citations {
		if c.SourceID == id {
			return true
		}
	}
	return false
}

// bundeswehrQuestion is answered from the Bundeswehr test page only: the
// default corpus says nothing of the German mandate.
const bundeswehrQuestion = "Bis wann gilt das Mandat der Bundeswehr im Irak?"

func TestAddByAddressIsAnswerable(t *testing.T) {
	e := newEnv(t)
	before := e.ask(t, bundeswehrQuestion)
	a := e.addOne(t, Input{URL: e.site.URL + "/" + testpages.Bundeswehr + "?utm_source=newsletter"})
	s := a.Source
	if s.ID != bundeswehrID || s.Title != "Bundeswehr verlängert Ausbildungsmission im Irak" ||
		s.Outlet != "Nordkurier Beispiel" || s.Language != "de" || s.Published != (store.Date{Value: "2024-10-15"}) {
		t.Errorf("source %+v", s)
	}
	if a.DateFrom != "JSON-LD datePublished" || a.Author != "Katrin Vogel, Jonas Albrecht" || a.Passages < 8 || len(a.Warnings) != 0 {
		t.Errorf("added %+v", a)
	}
	// The page's canonical link is relative: resolved against where it was found.
	if !strings.HasSuffix(s.URL, "/politik/bundeswehr-irak-mandat-100.html") || !strings.HasPrefix(s.URL, e.site.URL) {
		t.Errorf("url %q", s.URL)
	}
	if !strings.Contains(s.Note, "By Katrin Vogel, Jonas Albrecht.") || !strings.Contains(s.Note, "JSON-LD datePublished") || !strings.Contains(s.Note, "Fetched 2025-06-01") {
		t.Errorf("note %q", s.Note)
	}
	file, err := os.ReadFile(filepath.Join(e.m.Dir(), s.ID+".md"))
	if err != nil || !strings.Contains(string(file), "published: \"2024-10-15\"") && !strings.Contains(string(file), "published: '2024-10-15'") {
		t.Errorf("file: %v\n%s", err, file)
	}
	after := e.ask(t, bundeswehrQuestion)
	if cites(before, s.ID) || !after.Answered || !cites(after, s.ID) {
		t.Fatalf("answer after the add does not quote it: %+v", after.Citations)
	}
	for _, c := range after.Citations {
		if c.SourceID == s.ID {
			text, _ := e.store.Source(context.Background(), s.ID)
			if text.Text[c.Start:c.End] != c.Quote {
				t.Errorf("quote %q is not the stored text at %d..%d", c.Quote, c.Start, c.End)
			}
		}
	}
	// Its events are in the timeline.
	tl, err := e.eng.Timeline(context.Background(), retrieval.TimelineQuery{Today: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if !timelineHas(tl.Events, s.ID) {
		t.Error("no event of the added source in the timeline")
	}
}

const bundeswehrID = "bundeswehr-verlaengert-ausbildungsmission-im-irak"

func TestAddWithoutDateWarns(t *testing.T) {
	e := newEnv(t)
	a := e.addOne(t, Input{URL: e.site.URL + "/" + testpages.Undated})
	if a.Source.Published.Known() || a.DateFrom != "" || len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], "unknown date") {
		t.Errorf("%+v", a)
	}
	if !strings.Contains(a.Source.Note, "states no publication date") {
		t.Errorf("note %q", a.Source.Note)
	}
}

func TestDuplicatesAreRefused(t *testing.T) {
	e := newEnv(t)
	page := testpages.Page(testpages.Bundeswehr)
	served := 0
	var mu sync.Mutex
	e.site.Mux.HandleFunc("/mirror/article", func(w http.ResponseWriter, _ *http.Request) {
		mu.Lock()
		served++
		mu.Unlock()
		// The same article on another address, without its canonical link.
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(strings.Replace(string(page), `<link rel="canonical" href="/politik/bundeswehr-irak-mandat-100.html">`, "", 1)))
	})
	first := e.addOne(t, Input{URL: e.site.URL + "/" + testpages.Bundeswehr})
	tests := []struct {
		in Input
		by string
	}{
		{Input{URL: e.site.URL + "/politik/bundeswehr-irak-mandat-100.html"}, "address"},               // its canonical address
		{Input{URL: e.site.URL + "/politik/bundeswehr-irak-mandat-100.html/?utm_medium=x"}, "address"}, // with a tracking parameter and a slash
		{Input{Name: "saved.html", Data: page}, "text"},                                                // the page saved and uploaded: its own address is another
		{Input{URL: e.site.URL + "/mirror/article"}, "text"},                                           // the same text elsewhere
	}
	for _, tt := range tests {
		r := e.add(t, tt.in)[0]
		var dup *DuplicateError
		if !errors.As(r.Err, &dup) || dup.By != tt.by || dup.Of.ID != first.Source.ID {
			t.Errorf("%s: %v, want a duplicate of %s by %s", tt.in, r.Err, first.Source.ID, tt.by)
		}
		if !Refused(r.Err) {
			t.Errorf("%s: not a refusal", tt.in)
		}
	}
	// An address the index holds is refused without fetching it (the test
	// site does not serve the canonical address: a fetch would fail the
	// checks above); the mirror, whose address is new, is fetched once.
	mu.Lock()
	defer mu.Unlock()
	if served != 1 {
		t.Errorf("the mirror was fetched %d times", served)
	}
	// Two inputs of one call that are the same are refused the second time.
	rs := e.add(t, Input{URL: e.site.URL + "/" + testpages.Guardian}, Input{URL: e.site.URL + "/" + testpages.Guardian + "#comments"})
	var dup *DuplicateError
	if rs[0].Err != nil || !errors.As(rs[1].Err, &dup) {
		t.Errorf("same address twice in one call: %v, %v", rs[0].Err, rs[1].Err)
	}
	if n, _ := os.ReadDir(e.m.Dir()); countMD(n) != 2 {
		t.Errorf("%d files in the folder, want 2", countMD(n))
	}
}

func countMD(entries []os.DirEntry) int {
	n := 0
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".md") {
			n++
		}
	}
	return n
}

func TestAddFiles(t *testing.T) {
	e := newEnv(t)
	md := []byte("---\ntitle: Feldkrankenhaus in Erbil\noutlet: Beispielzeitung\npublished: \"2025-03\"\n---\nIn Erbil betreibt das Deutsche Rote Kreuz seit März 2025 ein Feldkrankenhaus mit 80 Betten. Es versorgt vor allem Binnenflüchtlinge aus der Region.\n")
	txt := []byte("Notiz zur Lage\n\nIm Norden Iraks sind nach Angaben der Regierung 1.200 Peschmerga ausgebildet worden.\n")
	results := e.add(t,
		Input{Name: "erbil.md", Data: md},
		Input{Name: "notiz.txt", Data: txt},
		Input{Name: "seite.html", Data: testpages.Page(testpages.TimeOnly)},
		Input{Name: "bericht.pdf", Data: []byte("%PDF")},
		Input{Name: "riesig.txt", Data: []byte(strings.Repeat("Satz. ", MaxFileBytes/6+1))},
		Input{Name: "kaputt.md", Data: []byte("---\ntitle: [\n---\nText\n")},
	)
	want := []struct {
		id, title, date, dateFrom string
	}{
		{"feldkrankenhaus-in-erbil", "Feldkrankenhaus in Erbil", "2025-03", "the file's front matter"},
		{"notiz-zur-lage", "Notiz zur Lage", "", ""},
		{"neue-gespraeche-ueber-truppenabzug", "Neue Gespräche über Truppenabzug", "2024-01-25", "the first <time> of the article"},
	}
	for i, w := range want {
		r := results[i]
		if r.Err != nil {
			t.Errorf("%s: %v", r.Input, r.Err)
			continue
		}
		s := r.Added.Source
		if s.ID != w.id || s.Title != w.title || s.Published.Value != w.date || r.Added.DateFrom != w.dateFrom {
			t.Errorf("%s: %+v %q", r.Input, s, r.Added.DateFrom)
		}
		if !strings.Contains(s.Note, "Added from the file "+r.Input.Name) {
			t.Errorf("%s: note %q", r.Input, s.Note)
		}
	}
	for _, r := range results[3:] {
		if !errors.Is(r.Err, ErrInput) || !Refused(r.Err) {
			t.Errorf("%s: %v, want a refusal", r.Input, r.Err)
		}
	}
	if a := e.ask(t, "Wie viele Betten hat das Feldkrankenhaus in Erbil?"); !cites(a, "feldkrankenhaus-in-erbil") {
		t.Errorf("the uploaded file is not quoted: %+v", a.Citations)
	}
}

// TestFetchRefusalsReachTheModerator: a refused address is audited as
// refused with the fetcher's message, and nothing is added.
func TestFetchRefusalsReachTheModerator(t *testing.T) {
	e := newEnv(t)
	e.m.fetcher = fetch.New(fetch.Options{}) // the production rule: no private addresses
	r := e.add(t, Input{URL: e.site.URL + "/" + testpages.Bundeswehr})[0]
	if !errors.Is(r.Err, fetch.ErrForbidden) || !strings.Contains(r.Err.Error(), "loopback") || !Refused(r.Err) {
		t.Fatalf("%v", r.Err)
	}
	log, _, err := e.m.Log(context.Background(), 0, 1)
	if err != nil || len(log) != 1 || log[0].Action != ActionAdd || log[0].Outcome != OutcomeRefused || !strings.Contains(log[0].Detail, "loopback") || log[0].UserID != "42" {
		t.Errorf("audit %+v, %v", log, err)
	}
	if added, _ := e.m.Added(context.Background()); len(added) != 0 {
		t.Errorf("added %v", added)
	}
}

// TestRemoveTakesEverythingOut: the removed source's passages, events and
// quotes are gone from every answer, its file from the folder.
func TestRemoveTakesEverythingOut(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	a := e.addOne(t, Input{URL: e.site.URL + "/" + testpages.Bundeswehr})
	id := a.Source.ID
	if !cites(e.ask(t, bundeswehrQuestion), id) {
		t.Fatal("not quoted before the removal")
	}
	removed, err := e.m.Remove(ctx, moderator, id, nil)
	if err != nil || removed.ID != id {
		t.Fatalf("Remove: %+v, %v", removed, err)
	}
	if cites(e.ask(t, bundeswehrQuestion), id) {
		t.Error("still quoted after the removal")
	}
	for _, q := range []string{bundeswehrQuestion, "Was kostet der Bundeswehreinsatz im Irak?", "Wo liegt der Schwerpunkt des deutschen Einsatzes im Irak?", "Wie viele deutsche Soldaten sind im Irak?"} {
		a := e.ask(t, q)
		if cites(a, id) {
			t.Errorf("%q still quotes it", q)
		}
		for _, r := range a.Related {
			if r.SourceID == id {
				t.Errorf("%q still offers it as related", q)
			}
		}
	}
	tl, _ := e.eng.Timeline(ctx, retrieval.TimelineQuery{Today: testNow})
	if timelineHas(tl.Events, id) || timelineHas(tl.Undated, id) {
		t.Error("its events are still in the timeline")
	}
	if ps, _ := e.store.SourcePassages(ctx, id); len(ps) != 0 {
		t.Errorf("%d passages left", len(ps))
	}
	if ev, _ := e.store.Events(ctx, id); len(ev) != 0 {
		t.Errorf("%d events left", len(ev))
	}
	if _, err := os.Stat(filepath.Join(e.m.Dir(), id+".md")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("file: %v", err)
	}
	report, err := e.store.Check(ctx)
	if err != nil || !report.OK() {
		t.Errorf("check: %+v, %v", report, err)
	}
	// What cannot be removed here.
	var notAdded *NotAddedError
	defaults, _ := e.eng.Sources(ctx)
	if _, err := e.m.Remove(ctx, moderator, defaults[0].ID, nil); !errors.As(err, &notAdded) || !strings.Contains(err.Error(), "configured collection") {
		t.Errorf("removing a default source: %v", err)
	}
	if _, err := e.m.Remove(ctx, moderator, id, nil); !errors.Is(err, ErrUnknown) {
		t.Errorf("removing it again: %v", err)
	}
	if n, _ := e.eng.Sources(ctx); len(n) != len(defaults) {
		t.Errorf("%d sources, want %d", len(n), len(defaults))
	}
}

func timelineHas(events []timelineEvent, id string) bool {
	for _, ev := range events {
		if ev.SourceID == id {
			return true
		}
		for _, c := range ev.Citations {
			if c.SourceID == id {
				return true
			}
		}
	}
	return false
}

func TestRefreshReindexesOnlyChangedText(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	var mu sync.Mutex
	text := "Im Irak sind nach neuen Angaben 2.500 US-Soldaten stationiert."
	e.site.Mux.HandleFunc("/live", func(w http.ResponseWriter, _ *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<html><head><title>Lagebericht Irak</title><meta property="article:published_time" content="2025-05-02"></head><body><article><h1>Lagebericht Irak</h1><p>` +
			text + ` ` + strings.Repeat("Die Lage in der Region bleibt angespannt, sagen Beobachter vor Ort. ", 6) + `</p></article></body></html>`))
	})
	a := e.addOne(t, Input{URL: e.site.URL + "/live"})
	id := a.Source.ID
	versionBefore, _ := e.eng.IndexVersion(ctx)
	out, err := e.m.Refresh(ctx, moderator, id, nil)
	if err != nil || len(out) != 1 || out[0].Changed || out[0].Err != nil {
		t.Fatalf("unchanged refresh: %+v, %v", out, err)
	}
	if v, _ := e.eng.IndexVersion(ctx); v != versionBefore {
		t.Errorf("an unchanged page changed the index version %d → %d", versionBefore, v)
	}
	mu.Lock()
	text = "Im Irak sind nach neuen Angaben nur noch 2.000 US-Soldaten stationiert."
	mu.Unlock()
	out, err = e.m.Refresh(ctx, moderator, "", nil)
	if err != nil || len(out) != 1 || !out[0].Changed || out[0].Err != nil || out[0].Passages == 0 {
		t.Fatalf("changed refresh: %+v, %v", out, err)
	}
	answer := e.ask(t, "Wie viele US-Soldaten sind nach neuen Angaben im Irak stationiert?")
	quoted := ""
	for _, c := range answer.Citations {
		if c.SourceID == id {
			quoted += c.Quote
		}
	}
	if !strings.Contains(quoted, "2.000") || strings.Contains(quoted, "2.500 US-Soldaten stationiert") {
		t.Errorf("after the refresh the answer quotes %q", quoted)
	}
	file, _ := os.ReadFile(filepath.Join(e.m.Dir(), id+".md"))
	if !strings.Contains(string(file), "nur noch 2.000") {
		t.Error("the file was not updated")
	}
	// Refreshing what cannot be refreshed.
	defaults, _ := e.eng.Sources(ctx)
	var notAdded *NotAddedError
	if _, err := e.m.Refresh(ctx, moderator, defaults[0].ID, nil); !errors.As(err, &notAdded) {
		t.Errorf("refresh of a default source: %v", err)
	}
	file2 := e.addOne(t, Input{Name: "notiz.txt", Data: []byte("Notiz\n\nEin Satz ohne Adresse über die Truppen im Irak.\n")})
	if _, err := e.m.Refresh(ctx, moderator, file2.Source.ID, nil); !errors.Is(err, ErrNoAddress) {
		t.Errorf("refresh of a file without address: %v", err)
	}
}

// TestSyncKeepsAddedSources: a rebuild of the collection keeps the added
// sources, and an index built anew (the old one deleted) gets them back
// from their files.
func TestSyncKeepsAddedSources(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	a := e.addOne(t, Input{URL: e.site.URL + "/" + testpages.Bundeswehr})
	report, err := e.m.Sync(ctx, defaultRequest(t), nil)
	if err != nil || report.Removed != 0 || report.Changed() {
		t.Fatalf("rebuild: %+v, %v", report, err)
	}
	// A new index in the same data directory.
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "fresh.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	eng, err := retrieval.New(st, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := New(eng, Options{Dir: e.m.Dir()})
	report, err = m.Sync(ctx, defaultRequest(t), nil)
	if err != nil || report.Added != 6 {
		t.Fatalf("fresh build: %+v, %v", report, err)
	}
	if got, err := st.Source(ctx, a.Source.ID); err != nil || got.Hash != a.Source.Hash {
		t.Errorf("the added source came back as %+v, %v", got.Hash, err)
	}
	// A broken edit of an added file keeps what the index holds.
	path := filepath.Join(e.m.Dir(), a.Source.ID+".md")
	if err := os.WriteFile(path, []byte("---\ntitle: [broken\n---\ntext\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	report, err = e.m.Sync(ctx, defaultRequest(t), nil)
	if err != nil || len(report.Failed) != 1 || report.Removed != 0 || !strings.Contains(report.Failed[0].Path, a.Source.ID+".md") {
		t.Fatalf("broken file: %+v, %v", report, err)
	}
	if !cites(e.ask(t, bundeswehrQuestion), a.Source.ID) {
		t.Error("the source of the broken file is no longer answered from")
	}
}

// TestRecoverFollowsTheIndex: every state a crash can leave the journal
// in ends as the index has it.
func TestRecoverFollowsTheIndex(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	a := e.addOne(t, Input{URL: e.site.URL + "/" + testpages.Bundeswehr})
	id := a.Source.ID
	file := filepath.Join(e.m.Dir(), id+".md")
	committed, _ := os.ReadFile(file)
	write := func(path string, data []byte) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// 1. Crash after the commit of an add, before the move: the file waits
	// in .pending, the index holds it.
	if err := os.Rename(file, filepath.Join(e.m.Dir(), pendingDir, id+".md")); err != nil {
		t.Fatal(err)
	}
	// 2. Crash before the commit of another add: the index does not hold it.
	write(filepath.Join(e.m.Dir(), pendingDir, "never-committed.md"), []byte("---\nid: never-committed\ntitle: X\n---\nText.\n"))
	// 3. An interrupted write.
	write(filepath.Join(e.m.Dir(), pendingDir, ".tmp-123"), []byte("half"))
	// 4. Crash before the commit of a removal: the file set aside, the index still holds it.
	b := e.addOne(t, Input{URL: e.site.URL + "/" + testpages.Guardian})
	os.MkdirAll(filepath.Join(e.m.Dir(), removedDir), 0o755)
	if err := os.Rename(filepath.Join(e.m.Dir(), b.Source.ID+".md"), filepath.Join(e.m.Dir(), removedDir, b.Source.ID+".md")); err != nil {
		t.Fatal(err)
	}
	// 5. Crash after the commit of a removal: set aside, the index no longer holds it.
	write(filepath.Join(e.m.Dir(), removedDir, "gone.md"), []byte("---\nid: gone\ntitle: X\n---\nText.\n"))
	// 6. A refresh that did not commit: the new version waits, the index holds the old.
	write(filepath.Join(e.m.Dir(), pendingDir, b.Source.ID+".md"), []byte("---\nid: "+b.Source.ID+"\ntitle: X\n---\nNeuer Text.\n"))

	// Any change recovers first; so does a rebuild.
	if _, err := e.m.Sync(ctx, defaultRequest(t), nil); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(file); err != nil || string(got) != string(committed) {
		t.Errorf("the committed add is not in place: %v", err)
	}
	for _, gone := range []string{pendingDir + "/never-committed.md", pendingDir + "/.tmp-123", removedDir + "/gone.md", "gone.md", "never-committed.md"} {
		if _, err := os.Stat(filepath.Join(e.m.Dir(), gone)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s: %v", gone, err)
		}
	}
	bFile, err := os.ReadFile(filepath.Join(e.m.Dir(), b.Source.ID+".md"))
	if err != nil || strings.Contains(string(bFile), "Neuer Text") {
		t.Errorf("the removal that did not commit is not undone with the committed version: %v", err)
	}
	if added, _ := e.m.Added(ctx); len(added) != 2 {
		t.Errorf("added sources %d, want 2", len(added))
	}
	if _, err := e.store.Source(ctx, "never-committed"); err == nil {
		t.Error("an uncommitted source was indexed")
	}
}

// TestChangesOfOneProcessTakeTurns: adds and removals running at once all
// happen, one after the other.
func TestChangesOfOneProcessTakeTurns(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	waited := make(chan bool, 3)
	for _, p := range []string{testpages.Bundeswehr, testpages.Guardian, testpages.TimeOnly} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rs, err := e.m.Add(ctx, moderator, []Input{{URL: e.site.URL + "/" + p}}, func(*store.BusyError) { waited <- true })
			if err == nil {
				err = rs[0].Err
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if added, _ := e.m.Added(ctx); len(added) != 3 {
		t.Errorf("%d added", len(added))
	}
	// A rebuild does not wait for a change: it is told one runs.
	release, err := e.m.acquire(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.m.Sync(ctx, defaultRequest(t), nil); !errors.Is(err, retrieval.ErrReindexRunning) {
		t.Errorf("Sync during a change: %v", err)
	}
	release()
}

func TestAuditTrail(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	a := e.addOne(t, Input{URL: e.site.URL + "/" + testpages.Bundeswehr})
	e.add(t, Input{URL: e.site.URL + "/" + testpages.Bundeswehr})
	e.add(t, Input{URL: e.site.URL + "/" + testpages.FrontPage})
	if _, err := e.m.Remove(ctx, Actor{UserID: "cli:anna"}, a.Source.ID, nil); err != nil {
		t.Fatal(err)
	}
	log, total, err := e.m.Log(ctx, 0, 10)
	if err != nil || total != 4 {
		t.Fatalf("%d entries, %v", total, err)
	}
	want := []struct{ user, action, outcome, detail string }{
		{"cli:anna", ActionRemove, OutcomeOK, a.Source.ID},
		{"42", ActionAdd, OutcomeRefused, "no article text"},
		{"42", ActionAdd, OutcomeRefused, "already in the index as " + a.Source.ID},
		{"42", ActionAdd, OutcomeOK, a.Source.ID + " · Bundeswehr verlängert"},
	}
	for i, w := range want {
		l := log[i]
		if l.UserID != w.user || l.Action != w.action || l.Outcome != w.outcome || !strings.Contains(l.Detail, w.detail) || !l.At.Equal(testNow) {
			t.Errorf("entry %d = %+v, want %+v", i, l, w)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Bundeswehr verlängert Ausbildungsmission im Irak": "bundeswehr-verlaengert-ausbildungsmission-im-irak",
		"Größte Übung: „Straße“ frei?":                     "groesste-uebung-strasse-frei",
		"Élysée — café":                                    "elysee-cafe",
		"":                                                 "quelle",
		"!!!":                                              "quelle",
		"Eine sehr lange Überschrift die weit über sechzig Zeichen hinausgeht und weiter": "eine-sehr-lange-ueberschrift-die-weit-ueber-sechzig-zeichen",
		"مرحبا بالعالم": "quelle",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// An added source never gets an id whose file a rebuild would not read.
func TestUniqueIDAvoidsFilesTheCollectionSkips(t *testing.T) {
	for _, id := range []string{"readme", "README"} {
		got := uniqueID(id, nil, nil)
		if !retrieval.IsSourceFile(fileName(got)) {
			t.Errorf("uniqueID(%q) = %q, whose file %s is not read as a source", id, got, fileName(got))
		}
	}
	if got := uniqueID("bericht", nil, nil); got != "bericht" {
		t.Errorf("uniqueID(bericht) = %q, want it as it is", got)
	}
}

func TestAddressKey(t *testing.T) {
	same := []string{
		"https://www.news.example/a/b",
		"http://news.example/a/b/",
		"https://NEWS.example:443/a/b?utm_source=x&fbclid=y#top",
	}
	for _, u := range same[1:] {
		if addressKey(u) != addressKey(same[0]) {
			t.Errorf("%s: %q != %q", u, addressKey(u), addressKey(same[0]))
		}
	}
	for _, u := range []string{"https://news.example/a/c", "https://news.example/a/b?id=2", "https://other.example/a/b", "https://news.example:8080/a/b"} {
		if addressKey(u) == addressKey(same[0]) {
			t.Errorf("%s is taken for the same page", u)
		}
	}
	if addressKey("") != "" || addressKey("not an address") != "" {
		t.Error("keys for what is no address")
	}
}

type timelineEvent = timeline.Event

// FuzzAddressKey: any address a moderator or a page gives has a key, or
// none, without panicking, and the key of an address with a fragment,
// "www." or a tracking parameter added is the same.
func FuzzAddressKey(f *testing.F) {
	f.Add("https://www.news.example/a/b?x=1")
	f.Add("http://news.example:8080/%zz")
	f.Add("//[::1]/a?utm_source=x")
	f.Fuzz(func(t *testing.T, raw string) {
		k := addressKey(raw)
		if k == "" || strings.ContainsAny(raw, "#") || strings.TrimSpace(raw) != raw {
			return
		}
		u, err := url.Parse(raw)
		if err != nil || u.Host == "" || u.Opaque != "" {
			return
		}
		if strings.HasSuffix(raw, "/") || strings.HasSuffix(raw, "?") {
			return
		}
		if got := addressKey(raw + "#frag"); got != k {
			t.Fatalf("fragment changed the key of %q: %q → %q", raw, k, got)
		}
	})
}
