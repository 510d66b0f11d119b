package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quellen/quellen/internal/fakediscord"
	"github.com/quellen/quellen/internal/testpages"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/fetch"
	"github.com/quellen/quellen/retrieval/manage"
	"github.com/quellen/quellen/store"
)

// moderator is a member with Manage Server.
var moderator = fakediscord.Origin{Permissions: fakediscord.DefaultPermissions | 1<<5}

// sourceHarness is a bot with /source over a source manager that may
// fetch the local test pages.
func sourceHarness(t *testing.T, allowPrivate bool) (*harness, *testpages.Site) {
	t.Helper()
	dir := t.TempDir()
	h := startBot(t, harnessOptions{sources: func(eng *retrieval.Engine) SourceManager {
		return manage.New(eng, manage.Options{Dir: filepath.Join(dir, "added-sources"), Fetcher: fetch.New(fetch.Options{AllowPrivate: allowPrivate})})
	}})
	return h, testpages.Serve(t)
}

// source sends /source SUB with options.
func (h *harness) source(t *testing.T, origin fakediscord.Origin, sub string, opts ...fakediscord.CommandOption) fakediscord.SentInteraction {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	in, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Origin: origin, Name: "source",
		Options: []fakediscord.CommandOption{{Name: sub, Options: opts}}})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// final waits for the private reply of a /source command as it ends: the
// deferral's last edit (a change may first say that it waits).
func (h *harness) final(t *testing.T, in fakediscord.SentInteraction) fakediscord.Message {
	t.Helper()
	cb := decode[callback](t, h.wait(t, in.Callback()))
	if cb.Data.Flags&64 == 0 {
		t.Fatalf("/source answered publicly: %+v", cb)
	}
	if cb.Type == 4 {
		m, _ := h.fake.Original(in)
		return m
	}
	for deadline := time.Now().Add(30 * time.Second); ; {
		if m, ok := h.fake.Original(in); ok && m.Edits > 0 && !strings.Contains(m.Content, "is running") {
			if !m.Ephemeral() {
				t.Fatal("the reply is not private")
			}
			return m
		}
		if time.Now().After(deadline) {
			t.Fatal("no final reply")
		}
		time.Sleep(10 * time.Millisecond) // waiting for the bot, not measuring it
	}
}

// posts are the messages the bot posted in the channel of its own,
// not as replies to interactions.
func posts(h *harness) []fakediscord.Message {
	var out []fakediscord.Message
	for _, m := range h.fake.ChannelMessages(h.fake.ChannelID) {
		if m.InteractionID == "" {
			out = append(out, m)
		}
	}
	return out
}

func embedsOf(t *testing.T, m fakediscord.Message) []embedJSON {
	t.Helper()
	var out []embedJSON
	if err := json.Unmarshal(m.Embeds, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// answerText is the text of an /ask answer's embed.
func (h *harness) answerText(t *testing.T, question string) string {
	t.Helper()
	m := h.original(t, h.ask(t, question, fakediscord.Origin{Locale: "de"}))
	var b strings.Builder
	for _, e := range embedsOf(t, m) {
		b.WriteString(e.Description)
		for _, f := range e.Fields {
			b.WriteString("\n" + f.Name + "\n" + f.Value)
		}
	}
	return b.String()
}

const bundeswehrQuestion = "Bis wann gilt das Mandat der Bundeswehr im Irak?"

// TestSourceAddByAddressIsAnsweredFrom: a moderator adds an article by its
// address; the reply is private and names title, outlet, date and where
// it came from, id and passages; nothing is posted in the channel; the
// next question is answered from it.
func TestSourceAddByAddressIsAnsweredFrom(t *testing.T) {
	h, site := sourceHarness(t, true)
	if strings.Contains(h.answerText(t, bundeswehrQuestion), "31. Oktober 2025") {
		t.Fatal("answered before the article was added")
	}
	m := h.final(t, h.source(t, moderator, "add", fakediscord.CommandOption{Name: "url", Value: site.URL + "/" + testpages.Bundeswehr}))
	embeds := embedsOf(t, m)
	if len(embeds) != 1 || embeds[0].Title != "Source added" || !strings.Contains(embeds[0].Description, "Bundeswehr verlängert Ausbildungsmission im Irak") {
		t.Fatalf("reply %+v %q", embeds, m.Content)
	}
	fields := map[string]string{}
	for _, f := range embeds[0].Fields {
		fields[f.Name] = f.Value
	}
	if fields["Id"] != "`bundeswehr-verlaengert-ausbildungsmission-im-irak`" || fields["Outlet"] != "Nordkurier Beispiel" ||
		!strings.Contains(fields["Published"], "15 October 2024") || !strings.Contains(fields["Published"], "JSON-LD datePublished") || fields["Passages"] == "" {
		t.Errorf("fields %+v", fields)
	}
	if msgs := posts(h); len(msgs) != 0 {
		t.Errorf("%d messages posted in the channel, want none", len(msgs))
	}
	if answer := h.answerText(t, bundeswehrQuestion); !strings.Contains(answer, "31. Oktober 2025") || !strings.Contains(answer, "Nordkurier Beispiel") {
		t.Errorf("the answer does not quote the added article: %q", answer)
	}
	audit, err := h.store.Audit(context.Background())
	if err != nil || len(audit) != 1 || audit[0].Action != "source add" || audit[0].Outcome != "ok" || audit[0].UserID != h.fake.User.ID || audit[0].GuildID != h.fake.GuildID {
		t.Errorf("audit %+v, %v", audit, err)
	}
	// Asked to, it says so in the channel: title, outlet, date; no ping.
	m = h.final(t, h.source(t, moderator, "add", fakediscord.CommandOption{Name: "url", Value: site.URL + "/" + testpages.Guardian},
		fakediscord.CommandOption{Name: "announce", Value: true}))
	msgs := posts(h)
	if len(msgs) != 1 || !strings.Contains(msgs[0].Content, "Pentagon confirms troop drawdown in Syria") || !strings.Contains(msgs[0].Content, "The Daily Example") {
		t.Errorf("announcement %+v", msgs)
	}
	noPings(t, h.wait(t, fakediscord.Route("POST", "/api/v9/channels/"+h.fake.ChannelID+"/messages")).Body)
	if len(embedsOf(t, m)) != 1 {
		t.Errorf("the moderator's reply: %q", m.Content)
	}
}

// TestSourceAddFromAttachment adds an uploaded .md file; other kinds are
// refused at once, privately.
func TestSourceAddFromAttachment(t *testing.T) {
	h, _ := sourceHarness(t, false)
	md := []byte("---\ntitle: Feldkrankenhaus in Erbil\npublished: \"2025-03\"\n---\nIn Erbil betreibt das Deutsche Rote Kreuz seit März 2025 ein Feldkrankenhaus mit 80 Betten. Es versorgt vor allem Binnenflüchtlinge aus der Region.\n")
	m := h.final(t, h.source(t, moderator, "add", fakediscord.CommandOption{Name: "file", Value: fakediscord.Attachment{Filename: "erbil.md", ContentType: "text/markdown", Data: md}}))
	if e := embedsOf(t, m); len(e) != 1 || !strings.Contains(e[0].Description, "Feldkrankenhaus in Erbil") {
		t.Fatalf("reply %q %s", m.Content, m.Embeds)
	}
	if answer := h.answerText(t, "Wie viele Betten hat das Feldkrankenhaus in Erbil?"); !strings.Contains(answer, "80 Betten") {
		t.Errorf("answer %q", answer)
	}
	m = h.final(t, h.source(t, moderator, "add", fakediscord.CommandOption{Name: "file", Value: fakediscord.Attachment{Filename: "bericht.pdf", Data: []byte("%PDF")}}))
	if !strings.Contains(m.Content, "only .html, .md and .txt") {
		t.Errorf("pdf: %q", m.Content)
	}
	m = h.final(t, h.source(t, moderator, "add"))
	if !strings.Contains(m.Content, "one of the two") {
		t.Errorf("neither: %q", m.Content)
	}
}

// TestSourceRefusals: members, duplicates and forbidden addresses are
// refused privately with what to do, and audited.
func TestSourceRefusals(t *testing.T) {
	h, site := sourceHarness(t, false)
	member := h.final(t, h.source(t, fakediscord.Origin{}, "add", fakediscord.CommandOption{Name: "url", Value: "https://example.org/a"}))
	if !strings.Contains(member.Content, "moderators") {
		t.Errorf("member: %q", member.Content)
	}
	loopback := h.final(t, h.source(t, moderator, "add", fakediscord.CommandOption{Name: "url", Value: site.URL + "/" + testpages.Bundeswehr}))
	if !strings.Contains(loopback.Content, "127.0.0.1 is a loopback address") || !strings.Contains(loopback.Content, "Nothing was changed") {
		t.Errorf("loopback: %q", loopback.Content)
	}
	metadata := h.final(t, h.source(t, moderator, "add", fakediscord.CommandOption{Name: "url", Value: "http://169.254.169.254/latest/meta-data/"}))
	if !strings.Contains(metadata.Content, "link-local") {
		t.Errorf("metadata: %q", metadata.Content)
	}
	unknown := h.final(t, h.source(t, moderator, "remove", fakediscord.CommandOption{Name: "id", Value: "gibt-es-nicht"}))
	if !strings.Contains(unknown.Content, "There is no source `gibt-es-nicht`") {
		t.Errorf("unknown: %q", unknown.Content)
	}
	builtIn := h.final(t, h.source(t, moderator, "remove", fakediscord.CommandOption{Name: "id", Value: "sudani-shapiro-koalitionsabzug"}))
	if !strings.Contains(builtIn.Content, "belongs to the collection the bot was set up with") {
		t.Errorf("built-in: %q", builtIn.Content)
	}
	audit, _ := h.store.Audit(context.Background())
	var got []string
	for _, a := range audit {
		got = append(got, a.Action+" "+a.Outcome)
	}
	if strings.Join(got, ",") != "source add refused,source add refused,source add refused,source remove refused,source remove refused" {
		t.Errorf("audit %v", got)
	}
	if audit[0].Detail != "not a moderator" {
		t.Errorf("member refusal audited as %+v", audit[0])
	}
}

func TestSourceDuplicateNamesTheSource(t *testing.T) {
	h, site := sourceHarness(t, true)
	h.final(t, h.source(t, moderator, "add", fakediscord.CommandOption{Name: "url", Value: site.URL + "/" + testpages.Bundeswehr}))
	m := h.final(t, h.source(t, fakediscord.Origin{Permissions: moderator.Permissions, Locale: "de"}, "add", fakediscord.CommandOption{Name: "url", Value: site.URL + "/" + testpages.Bundeswehr + "?utm_source=x"}))
	if !strings.Contains(m.Content, "schon als `bundeswehr") || !strings.Contains(m.Content, "unter derselben Adresse") {
		t.Errorf("duplicate: %q", m.Content)
	}
}

// TestSourceRemoveWithAutocomplete: the id is offered by autocomplete (to
// moderators only), and the removed source is quoted by no answer.
func TestSourceRemoveWithAutocomplete(t *testing.T) {
	h, site := sourceHarness(t, true)
	h.final(t, h.source(t, moderator, "add", fakediscord.CommandOption{Name: "url", Value: site.URL + "/" + testpages.Bundeswehr}))
	h.final(t, h.source(t, moderator, "add", fakediscord.CommandOption{Name: "url", Value: site.URL + "/" + testpages.Guardian}))
	choices := func(origin fakediscord.Origin, typed string) []string {
		t.Helper()
		in, err := h.fake.SendAutocomplete(context.Background(), fakediscord.Autocomplete{Origin: origin, Name: "source",
			Options: []fakediscord.CommandOption{{Name: "remove", Options: []fakediscord.CommandOption{{Name: "id", Value: typed, Focused: true}}}}})
		if err != nil {
			t.Fatal(err)
		}
		var cb struct {
			Type int `json:"type"`
			Data struct {
				Choices []struct{ Name, Value string } `json:"choices"`
			} `json:"data"`
		}
		if err := h.wait(t, in.Callback()).Decode(&cb); err != nil || cb.Type != 8 {
			t.Fatalf("autocomplete callback %+v, %v", cb, err)
		}
		var out []string
		for _, c := range cb.Data.Choices {
			out = append(out, c.Value+"="+c.Name)
		}
		return out
	}
	if got := choices(moderator, "BUNDES"); len(got) != 1 || got[0] != "bundeswehr-verlaengert-ausbildungsmission-im-irak=Bundeswehr verlängert Ausbildungsmission im Irak · bundeswehr-verlaengert-ausbildungsmission-im-irak" {
		t.Errorf("choices for BUNDES: %v", got)
	}
	if got := choices(moderator, ""); len(got) != 2 {
		t.Errorf("choices for nothing typed: %v (the default corpus cannot be removed here)", got)
	}
	if got := choices(fakediscord.Origin{}, ""); len(got) != 0 {
		t.Errorf("a member was offered %v", got)
	}
	m := h.final(t, h.source(t, moderator, "remove", fakediscord.CommandOption{Name: "id", Value: "bundeswehr-verlaengert-ausbildungsmission-im-irak"}))
	if !strings.Contains(m.Content, "Removed `bundeswehr-verlaengert-ausbildungsmission-im-irak`") {
		t.Fatalf("remove: %q", m.Content)
	}
	if answer := h.answerText(t, bundeswehrQuestion); strings.Contains(answer, "31. Oktober 2025") || strings.Contains(answer, "Nordkurier") {
		t.Errorf("still answered from the removed source: %q", answer)
	}
	if got := choices(moderator, ""); len(got) != 1 {
		t.Errorf("choices after the removal: %v", got)
	}
}

// TestSourceListAndLogArePaged: /source list shows the added sources and
// /source log the audit trail, newest first, ten a page, turned by the
// moderator's buttons.
func TestSourceListAndLogArePaged(t *testing.T) {
	h, site := sourceHarness(t, true)
	h.final(t, h.source(t, moderator, "add", fakediscord.CommandOption{Name: "url", Value: site.URL + "/" + testpages.Bundeswehr}))
	for range 11 {
		h.final(t, h.source(t, moderator, "add", fakediscord.CommandOption{Name: "url", Value: "ftp://example.org/x"}))
	}
	list := h.final(t, h.source(t, moderator, "list"))
	if e := embedsOf(t, list); len(e) != 1 || e[0].Title != "Added sources (1)" || !strings.Contains(e[0].Description, "`bundeswehr-verlaengert-ausbildungsmission-im-irak`") {
		t.Errorf("list %s", list.Embeds)
	}
	log := h.final(t, h.source(t, moderator, "log"))
	e := embedsOf(t, log)
	if len(e) != 1 || e[0].Title != "Audit log (12 entries)" || e[0].Footer.Text != "Page 1 of 2 · UTC" || strings.Count(e[0].Description, "source add") != 10 ||
		!strings.Contains(e[0].Description, "<@"+h.fake.User.ID+">") || !strings.Contains(e[0].Description, "only http and https") {
		t.Fatalf("log page 1 %+v", e)
	}
	press := h.press(t, log.ID, sourceLogPrefix+"1", moderator)
	h.wait(t, press.Callback())
	page2, _ := h.fake.Message(log.ID)
	e = embedsOf(t, page2)
	if e[0].Footer.Text != "Page 2 of 2 · UTC" || strings.Count(e[0].Description, "source add") != 2 || !strings.Contains(e[0].Description, "✅ ok") {
		t.Errorf("log page 2 %+v", e)
	}
}

// TestSourceIsRefusedOutsideTheHomeGuild: /source reaching another
// server (a stale registration) is refused there and audited.
func TestSourceIsRefusedOutsideTheHomeGuild(t *testing.T) {
	h, _ := sourceHarness(t, true)
	other := h.fake.AddGuild("another server", 0, 0)
	if _, err := h.bot.session.ApplicationCommandCreate(h.fake.AppID, "", sourceCommand()); err != nil {
		t.Fatal(err)
	}
	in := h.source(t, fakediscord.Origin{ChannelID: other.ChannelID, Permissions: moderator.Permissions}, "list")
	cb := decode[callback](t, h.wait(t, in.Callback()))
	if cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, "home server") {
		t.Errorf("/source in another guild: %+v", cb)
	}
	audit, _ := h.store.Audit(context.Background())
	if len(audit) != 1 || audit[0].Action != "source list" || audit[0].Detail != "not the home guild" {
		t.Errorf("audit %+v", audit)
	}
}

// TestSourceCommandRegistration: /source lives in the home guild, for
// Manage Server, guilds only, with its five subcommands.
func TestSourceCommandRegistration(t *testing.T) {
	h, _ := sourceHarness(t, true)
	cmds := commandsIn(t, h, h.fake.GuildID)
	c, ok := cmds["source"]
	if !ok || c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != "32" || len(c.Contexts) != 1 || c.Contexts[0] != 0 {
		t.Fatalf("/source = %+v", c)
	}
	var subs []string
	for _, o := range c.Options {
		subs = append(subs, o.Name)
	}
	if strings.Join(subs, ",") != "add,remove,refresh,list,log" {
		t.Errorf("subcommands %v", subs)
	}
	if h2 := startBot(t, harnessOptions{}); commandsIn(t, h2, h2.fake.GuildID)["source"].Name != "" {
		t.Error("/source registered without a source manager")
	}
}

var _ SourceManager = (*manage.Manager)(nil)

// TestSourceRefreshSaysWhatChanged: /source refresh indexes a page again
// only when its text changed, and says which.
func TestSourceRefreshSaysWhatChanged(t *testing.T) {
	h, site := sourceHarness(t, true)
	var mu sync.Mutex
	beds := "80"
	site.Mux.HandleFunc("/live", func(w http.ResponseWriter, _ *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><head><title>Feldkrankenhaus in Erbil</title></head><body><article><p>In Erbil betreibt das Deutsche Rote Kreuz ein Feldkrankenhaus mit %s Betten. %s</p></article></body></html>`,
			beds, strings.Repeat("Es versorgt vor allem Binnenflüchtlinge aus der Region. ", 8))
	})
	h.final(t, h.source(t, moderator, "add", fakediscord.CommandOption{Name: "url", Value: site.URL + "/live"}))
	if m := h.final(t, h.source(t, moderator, "refresh")); !strings.Contains(m.Content, "`feldkrankenhaus-in-erbil`: unchanged.") {
		t.Errorf("unchanged: %q", m.Content)
	}
	mu.Lock()
	beds = "120"
	mu.Unlock()
	m := h.final(t, h.source(t, moderator, "refresh", fakediscord.CommandOption{Name: "id", Value: "feldkrankenhaus-in-erbil"}))
	if !strings.Contains(m.Content, "`feldkrankenhaus-in-erbil`: its text changed and was indexed again") {
		t.Errorf("changed: %q", m.Content)
	}
	if answer := h.answerText(t, "Wie viele Betten hat das Feldkrankenhaus in Erbil?"); !strings.Contains(answer, "120 Betten") {
		t.Errorf("answer after the refresh: %q", answer)
	}
}

// TestSourceAddWaitsForARebuild: while another process rebuilds (holds
// the writer lock), an add says that it waits, questions are answered
// meanwhile, and the add completes once the rebuild ends.
func TestSourceAddWaitsForARebuild(t *testing.T) {
	h, site := sourceHarness(t, true)
	ctx := context.Background()
	other, err := store.Open(ctx, h.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	unlock, err := other.LockWriter(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	in := h.source(t, moderator, "add", fakediscord.CommandOption{Name: "url", Value: site.URL + "/" + testpages.Bundeswehr})
	h.wait(t, in.Callback())
	h.wait(t, in.EditOriginal())
	if m, _ := h.fake.Original(in); !strings.Contains(m.Content, "is running") || !m.Ephemeral() {
		t.Fatalf("while a rebuild holds the lock: %q", m.Content)
	}
	if answer := h.answerText(t, "Wie viele US-Soldaten sind im Irak?"); !strings.Contains(answer, "2.500") {
		t.Errorf("a question during the wait: %q", answer)
	}
	unlock()
	m := h.final(t, in)
	if e := embedsOf(t, m); len(e) != 1 || e[0].Title != "Source added" {
		t.Fatalf("after the rebuild: %q %s", m.Content, m.Embeds)
	}
}
