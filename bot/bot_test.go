package bot

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/internal/fakediscord"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// harness is a bot connected to a fake Discord, answering from a real
// engine over the default corpus (plus any extra sources).
type harness struct {
	fake   *fakediscord.Fake
	bot    *Bot
	store  *store.Store
	engine *retrieval.Engine
	texts  map[string]string // source id → text, to check quotes
}

type harnessOptions struct {
	cfg       Config
	extra     []store.Source
	only      []store.Source                         // a collection of these instead of the default corpus
	global    bool                                   // register the public commands globally, not in the fake's guild
	setup     func(f *fakediscord.Fake, cfg *Config) // sets channels of the fake in the configuration
	fakeOpts  []fakediscord.Option
	answerer  func(Answerer) Answerer // wraps the engine, e.g. to slow it down
	reindexer func(Reindexer) Reindexer
	// sources makes the source manager of /source over the engine; nil
	// leaves /source out.
	sources func(*retrieval.Engine) SourceManager
	logger  *slog.Logger
}

func startBot(t *testing.T, o harnessOptions) *harness { return startBotTB(t, o) }

// corpusEngine indexes the default corpus and extra into a store in a
// temporary folder; it returns the engine, its store and the sources.
func corpusEngine(t testing.TB, extra ...store.Source) (*retrieval.Engine, *store.Store, []store.Source) {
	t.Helper()
	sources, failed := retrieval.LoadSources(corpus.Default(), "default")
	if len(failed) > 0 {
		t.Fatal(failed)
	}
	return collectionEngine(t, filepath.Join(t.TempDir(), "index.db"), append(sources, extra...))
}

// collectionEngine indexes sources into the store at path.
func collectionEngine(t testing.TB, path string, sources []store.Source) (*retrieval.Engine, *store.Store, []store.Source) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	eng, err := retrieval.New(st, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := eng.Index(ctx, retrieval.IndexRequest{Collection: "test", Sources: sources}, nil); err != nil {
		t.Fatal(err)
	}
	return eng, st, sources
}

func startBotTB(t testing.TB, o harnessOptions) *harness {
	t.Helper()
	f := fakediscord.New(t, o.fakeOpts...)
	var eng *retrieval.Engine
	var st *store.Store
	var sources []store.Source
	if o.only != nil {
		eng, st, sources = collectionEngine(t, filepath.Join(t.TempDir(), "index.db"), o.only)
	} else {
		eng, st, sources = corpusEngine(t, o.extra...)
	}
	reindex := Reindexer(func(ctx context.Context, progress retrieval.Progress) (retrieval.IndexReport, error) {
		return eng.Index(ctx, retrieval.IndexRequest{Collection: "test", Sources: sources}, progress)
	})
	h := &harness{fake: f, store: st, engine: eng, texts: make(map[string]string)}
	for _, s := range sources {
		h.texts[s.ID] = s.Text
	}
	cfg := o.cfg
	cfg.Token = "Bot " + f.Token // the prefix is accepted and not doubled
	if !o.global {
		cfg.GuildID = f.GuildID
	}
	if cfg.HomeGuildID == "" {
		cfg.HomeGuildID = f.GuildID
	}
	if o.setup != nil {
		o.setup(f, &cfg)
	}
	var answerer Answerer = eng
	if o.answerer != nil {
		answerer = o.answerer(eng)
	}
	if o.reindexer != nil {
		reindex = o.reindexer(reindex)
	}
	var manager SourceManager
	if o.sources != nil {
		manager = o.sources(eng)
	}
	h.bot, _ = launchWith(t, f, cfg, answerer, st, reindex, manager, o.logger)
	h.wait(t, fakediscord.Route("PUT", "/api/v9/applications/"+f.AppID+"/guilds/"+cfg.HomeGuildID+"/commands"))
	return h
}

// launch runs a bot against f with cfg, its token and API address filled
// in. stop ends it and returns Run's error; a bot not stopped is stopped
// when the test ends, and must then end without error.
func launch(t testing.TB, f *fakediscord.Fake, cfg Config, a Answerer, m Memory, r Reindexer, log *slog.Logger) (b *Bot, stop func() error) {
	t.Helper()
	return launchWith(t, f, cfg, a, m, r, nil, log)
}

// launchWith is launch with a source manager for /source.
func launchWith(t testing.TB, f *fakediscord.Fake, cfg Config, a Answerer, m Memory, r Reindexer, sources SourceManager, log *slog.Logger) (b *Bot, stop func() error) {
	t.Helper()
	if cfg.Token == "" {
		cfg.Token = f.Token
	}
	cfg.APIURL = f.URL
	b, err := New(cfg, a, m, r, sources, nil, log)
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(runCtx) }()
	var once sync.Once
	var runErr error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(15 * time.Second):
				runErr = errors.New("Run did not return after cancel")
			}
		})
		return runErr
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	return b, stop
}

func (h *harness) wait(t testing.TB, m fakediscord.Matcher) fakediscord.Call {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := h.fake.WaitFor(ctx, m)
	if err != nil {
		t.Fatalf("waiting for a call: %v", err)
	}
	return c
}

func (h *harness) ask(t *testing.T, question string, origin fakediscord.Origin, opts ...fakediscord.CommandOption) fakediscord.SentInteraction {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	in, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Origin: origin, Name: "ask",
		Options: append([]fakediscord.CommandOption{{Name: "question", Value: question}}, opts...)})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// callback is the JSON of an interaction response.
type callback struct {
	Type int `json:"type"`
	Data struct {
		Content         string          `json:"content"`
		Flags           int             `json:"flags"`
		Embeds          []embedJSON     `json:"embeds"`
		Components      json.RawMessage `json:"components"`
		AllowedMentions *struct {
			Parse []string `json:"parse"`
		} `json:"allowed_mentions"`
	} `json:"data"`
}

type embedJSON struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	Fields      []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"fields"`
	Footer struct {
		Text string `json:"text"`
	} `json:"footer"`
}

func decode[T any](t *testing.T, c fakediscord.Call) T {
	t.Helper()
	var v T
	if err := c.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func noPings(t *testing.T, raw json.RawMessage) {
	t.Helper()
	var body struct {
		AllowedMentions *struct {
			Parse []string `json:"parse"`
		} `json:"allowed_mentions"`
		Data *struct {
			AllowedMentions *struct {
				Parse []string `json:"parse"`
			} `json:"allowed_mentions"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &body); err != nil {
		t.Fatal(err)
	}
	am := body.AllowedMentions
	if body.Data != nil {
		am = body.Data.AllowedMentions
	}
	if am == nil || am.Parse == nil || len(am.Parse) != 0 {
		t.Errorf("allowed_mentions.parse is not an empty list in %s", raw)
	}
}

func TestAskAnswersWithVerbatimQuotes(t *testing.T) {
	h := startBot(t, harnessOptions{})
	in := h.ask(t, "Wie viele US-Soldaten sind im Irak?", fakediscord.Origin{Locale: "de"})
	call := h.wait(t, in.Callback())
	cb := decode[callback](t, call)
	if cb.Type != 4 || len(cb.Data.Embeds) != 1 {
		t.Fatalf("callback type %d with %d embeds, want an immediate answer", cb.Type, len(cb.Data.Embeds))
	}
	noPings(t, call.Body)
	emb := cb.Data.Embeds[0]
	if emb.Title != "Wie viele US-Soldaten sind im Irak?" || !strings.Contains(emb.Footer.Text, "Index-Version") {
		t.Errorf("title %q footer %q", emb.Title, emb.Footer.Text)
	}
	// Every quote shown must be a sentence of a source, verbatim.
	quotes := 0
	for _, part := range strings.Split(emb.Description, "„")[1:] {
		quote, _, ok := strings.Cut(part, "“")
		if !ok {
			t.Fatalf("unclosed quote in %q", emb.Description)
		}
		quotes++
		found := false
		for _, text := range h.texts {
			found = found || strings.Contains(text, quote)
		}
		if !found {
			t.Errorf("quote %q is not verbatim source text", quote)
		}
	}
	if quotes == 0 || !strings.Contains(emb.Description, "2.500") {
		t.Errorf("description has %d quotes and no 2.500: %q", quotes, emb.Description)
	}
	if len(emb.Fields) == 0 || !strings.HasPrefix(emb.Fields[0].Name, "[1] ") {
		t.Errorf("fields = %+v, want numbered sources", emb.Fields)
	}
}

func TestEnglishLocaleFramesInEnglish(t *testing.T) {
	h := startBot(t, harnessOptions{})
	in := h.ask(t, "Wie viele US-Soldaten sind im Irak?", fakediscord.Origin{Locale: "en-GB"})
	cb := decode[callback](t, h.wait(t, in.Callback()))
	if d := cb.Data.Embeds[0].Description; !strings.HasPrefix(d, "The sources") || !strings.Contains(d, "„") {
		t.Errorf("description %q: want English framing around German quotes", d)
	}
}

// slowAnswerer delays every answer, like a large index under load.
type slowAnswerer struct {
	Answerer
	delay time.Duration
}

func (s slowAnswerer) Ask(ctx context.Context, q retrieval.Question) (*retrieval.Answer, error) {
	time.Sleep(s.delay)
	return s.Answerer.Ask(ctx, q)
}

func TestSlowAnswerIsDeferredThenEdited(t *testing.T) {
	h := startBot(t, harnessOptions{
		cfg:      Config{AnswerBudget: 50 * time.Millisecond},
		answerer: func(a Answerer) Answerer { return slowAnswerer{a, 400 * time.Millisecond} },
	})
	in := h.ask(t, "Wie viele US-Soldaten sind im Irak?", fakediscord.Origin{})
	if cb := decode[callback](t, h.wait(t, in.Callback())); cb.Type != 5 {
		t.Fatalf("callback type %d, want 5 (deferred)", cb.Type)
	}
	edit := h.wait(t, in.EditOriginal())
	noPings(t, edit.Body)
	var body struct {
		Embeds []embedJSON `json:"embeds"`
	}
	if err := edit.Decode(&body); err != nil || len(body.Embeds) != 1 || !strings.Contains(body.Embeds[0].Description, "„") {
		t.Fatalf("edit = %s (%v)", edit.Body, err)
	}
}

func TestPrivateAskIsEphemeral(t *testing.T) {
	h := startBot(t, harnessOptions{})
	in := h.ask(t, "Wer ist Daniel Shapiro?", fakediscord.Origin{}, fakediscord.CommandOption{Name: "private", Value: true})
	if cb := decode[callback](t, h.wait(t, in.Callback())); cb.Data.Flags&64 == 0 {
		t.Errorf("flags = %d, want ephemeral", cb.Data.Flags)
	}
}

func TestMentionWithoutMessageContentIntentIsAnswered(t *testing.T) {
	h := startBot(t, harnessOptions{})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// A message without a mention: Discord blanks its content, and the bot ignores it.
	if _, err := h.fake.SendMessage(ctx, fakediscord.ChatMessage{Content: "Wie viele US-Soldaten sind im Irak?"}); err != nil {
		t.Fatal(err)
	}
	sent, err := h.fake.SendMessage(ctx, fakediscord.ChatMessage{Content: "<@" + h.fake.Bot.ID + "> Wie viele US-Soldaten sind im Irak?"})
	if err != nil {
		t.Fatal(err)
	}
	if !sent.ContentVisible {
		t.Fatal("the fake blanked a mention's content")
	}
	reply := h.wait(t, fakediscord.Route("POST", "/api/v9/channels/"+sent.ChannelID+"/messages"))
	noPings(t, reply.Body)
	var body struct {
		MessageReference struct {
			MessageID string `json:"message_id"`
		} `json:"message_reference"`
		Embeds []embedJSON `json:"embeds"`
	}
	if err := reply.Decode(&body); err != nil {
		t.Fatal(err)
	}
	if body.MessageReference.MessageID != sent.ID || len(body.Embeds) != 1 {
		t.Errorf("reply = %s, want an answer referencing message %s", reply.Body, sent.ID)
	}
	posts := 0
	for _, c := range h.fake.Calls() {
		if c.Method == "POST" && strings.HasSuffix(c.Path, "/messages") {
			posts++
		}
	}
	if posts != 1 {
		t.Errorf("%d replies, want 1 (the message without a mention gets none)", posts)
	}
}

func TestReindexRefusedForMembersAndInDMs(t *testing.T) {
	h := startBot(t, harnessOptions{})
	ctx := context.Background()
	member, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "reindex"})
	if err != nil {
		t.Fatal(err)
	}
	cb := decode[callback](t, h.wait(t, member.Callback()))
	if cb.Type != 4 || cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, "moderators") {
		t.Errorf("member's reindex got %+v, want a private refusal", cb)
	}
	audit, err := h.store.Audit(ctx)
	if err != nil || len(audit) != 1 || audit[0].Outcome != "refused" || audit[0].UserID != h.fake.User.ID || audit[0].Action != "reindex" {
		t.Errorf("audit = %+v, %v", audit, err)
	}
}

func TestModeratorReindexWhileQuestionsAreAnswered(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{})
	var once sync.Once
	h := startBot(t, harnessOptions{
		reindexer: func(r Reindexer) Reindexer {
			return func(ctx context.Context, progress retrieval.Progress) (retrieval.IndexReport, error) {
				once.Do(func() { close(started) })
				<-release
				return r(ctx, progress)
			}
		},
	})
	modRole := h.fake.AddRole("mods", fakediscord.DefaultPermissions)
	h.bot.moderatorRoles[modRole] = true
	ctx := context.Background()
	re, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "reindex", Origin: fakediscord.Origin{Roles: []string{modRole}}})
	if err != nil {
		t.Fatal(err)
	}
	if cb := decode[callback](t, h.wait(t, re.Callback())); cb.Type != 5 {
		t.Fatalf("moderator's reindex callback type %d, want 5 (deferred at once)", cb.Type)
	}
	<-started
	// A second reindex while one runs is told so.
	second, _ := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "reindex", Origin: fakediscord.Origin{Permissions: fakediscord.DefaultPermissions | 1<<5}})
	if cb := decode[callback](t, h.wait(t, second.Callback())); !strings.Contains(cb.Data.Content, "already running") {
		t.Errorf("second reindex: %q", cb.Data.Content)
	}
	// Questions are answered from the old index meanwhile.
	q := h.ask(t, "Wie viele US-Soldaten sind im Irak?", fakediscord.Origin{})
	if cb := decode[callback](t, h.wait(t, q.Callback())); cb.Type != 4 || len(cb.Data.Embeds) != 1 {
		t.Fatalf("question during reindex: %+v", cb)
	}
	close(release)
	edit := h.wait(t, re.EditOriginal())
	var body struct{ Content string }
	edit.Decode(&body)
	if !strings.Contains(body.Content, "Reindexed") || !strings.Contains(body.Content, "unchanged") {
		t.Errorf("reindex result = %q", body.Content)
	}
	audit, _ := h.store.Audit(ctx)
	outcomes := ""
	for _, a := range audit {
		outcomes += a.Outcome + " "
	}
	if outcomes != "busy ok " {
		t.Errorf("audit outcomes = %q, want busy then ok", outcomes)
	}
}

func TestRateLimitIsFriendlyAndPrivate(t *testing.T) {
	h := startBot(t, harnessOptions{cfg: Config{RatePerMinute: 2}})
	var last fakediscord.SentInteraction
	for range 3 {
		last = h.ask(t, "Wer ist Daniel Shapiro?", fakediscord.Origin{})
		h.wait(t, last.Callback())
	}
	cb := decode[callback](t, h.wait(t, last.Callback()))
	if cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, "2 questions a minute") {
		t.Errorf("third question got %+v, want a private rate-limit message", cb)
	}
	// Another member is answered, at once or (on a loaded machine, while
	// an earlier answer still holds its worker) deferred and edited in.
	other := h.fake.AddUser("someone-else")
	in := h.ask(t, "Wer ist Daniel Shapiro?", fakediscord.Origin{User: other})
	if m := h.original(t, in); strings.Contains(m.Content, "questions a minute") || string(m.Embeds) == "[]" || len(m.Embeds) == 0 {
		t.Errorf("another member was limited too: %+v", m)
	}
}

func TestRateLimited429IsRetried(t *testing.T) {
	h := startBot(t, harnessOptions{})
	h.fake.RateLimitNext(func(c fakediscord.Call) bool { return strings.HasSuffix(c.Path, "/callback") }, 1, 200*time.Millisecond)
	in := h.ask(t, "Wer ist Daniel Shapiro?", fakediscord.Origin{})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	calls, err := h.fake.WaitN(ctx, 2, in.Callback())
	if err != nil {
		t.Fatal(err)
	}
	if calls[0].Status != 429 || calls[1].Status >= 300 {
		t.Errorf("statuses %d then %d, want 429 then success", calls[0].Status, calls[1].Status)
	}
}

func TestDroppedGatewayIsResumed(t *testing.T) {
	h := startBot(t, harnessOptions{})
	if err := h.fake.DropConnection(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	stats, err := h.fake.WaitGateway(ctx, func(s fakediscord.GatewayStats) bool { return s.Resumes >= 1 && s.Connected })
	if err != nil {
		t.Fatal(err)
	}
	if stats.Identifies != 1 {
		t.Errorf("%d identifies, want the session resumed, not re-identified", stats.Identifies)
	}
	in := h.ask(t, "Wer ist Daniel Shapiro?", fakediscord.Origin{})
	h.wait(t, in.Callback())
}

func TestHundredInteractionsAcknowledgedInTime(t *testing.T) {
	h := startBot(t, harnessOptions{cfg: Config{RatePerMinute: 1000}})
	var wg sync.WaitGroup
	sent := make([]fakediscord.SentInteraction, 100)
	questions := []string{"Wie viele US-Soldaten sind im Irak?", "Wer ist Daniel Shapiro?", "Welche Rolle spielt China?", "Wann endet die Mission?"}
	for i := range sent {
		wg.Add(1)
		go func() {
			defer wg.Done()
			user := h.fake.AddUser("member")
			sent[i] = h.ask(t, questions[i%len(questions)], fakediscord.Origin{User: user})
		}()
	}
	wg.Wait()
	for _, in := range sent {
		// The fake refuses callbacks after Discord's three-second deadline.
		if c := h.wait(t, in.Callback()); c.Status >= 300 {
			t.Errorf("callback of %s answered %d", in.ID, c.Status)
		}
	}
}

func TestMarkdownAndEveryoneQuotedHarmlessly(t *testing.T) {
	nasty := store.Source{ID: "nasty", Title: "Aufruf", Language: "de", Hash: "n",
		Text: "Der Sprecher rief @everyone zum **Protest** gegen die Zollpolitik auf."}
	h := startBot(t, harnessOptions{extra: []store.Source{nasty}})
	in := h.ask(t, "Wer rief zum Protest gegen die Zollpolitik auf?", fakediscord.Origin{})
	call := h.wait(t, in.Callback())
	noPings(t, call.Body)
	d := decode[callback](t, call).Data.Embeds[0].Description
	if !strings.Contains(d, `\*\*Protest\*\*`) || !strings.Contains(d, "@\u200beveryone") || strings.Contains(d, " @everyone") {
		t.Errorf("description %q: markdown and @everyone not neutralised", d)
	}
}

// blockingAnswerer holds every question until release is closed.
type blockingAnswerer struct {
	Answerer
	started chan struct{} // receives once per question
	release chan struct{}
}

func (a blockingAnswerer) Ask(ctx context.Context, q retrieval.Question) (*retrieval.Answer, error) {
	a.started <- struct{}{}
	<-a.release
	return a.Answerer.Ask(ctx, q)
}

// At SIGTERM an answer being worked out is still delivered, and an
// interaction that arrives meanwhile is told, privately, to ask again.
func TestShutdownLetsInFlightAnswersFinishAndTurnsNewOnesAway(t *testing.T) {
	f := fakediscord.New(t)
	eng, st, _ := corpusEngine(t)
	slow := blockingAnswerer{eng, make(chan struct{}, 1), make(chan struct{})}
	b, stop := launch(t, f, Config{GuildID: f.GuildID, AnswerBudget: 20 * time.Millisecond}, slow, st, nil, nil)
	wctx, wcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer wcancel()
	if _, err := f.WaitFor(wctx, fakediscord.Route("PUT", "/api/v9/applications/"+f.AppID+"/guilds/"+f.GuildID+"/commands")); err != nil {
		t.Fatal(err)
	}
	ask := func() fakediscord.SentInteraction {
		in, err := f.SendSlashCommand(wctx, fakediscord.SlashCommand{Name: "ask", Options: []fakediscord.CommandOption{{Name: "question", Value: "Wer ist Daniel Shapiro?"}}})
		if err != nil {
			t.Fatal(err)
		}
		return in
	}
	first := ask()
	if _, err := f.WaitFor(wctx, first.Callback()); err != nil {
		t.Fatal(err)
	}
	<-slow.started
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }() // SIGTERM while the answer is still being worked out
	for !b.inFlight.isClosing() {
		time.Sleep(time.Millisecond) // waiting for a state, not measuring time
	}
	late := ask()
	call, err := f.WaitFor(wctx, late.Callback())
	if err != nil {
		t.Fatal(err)
	}
	var cb callback
	call.Decode(&cb)
	if cb.Type != 4 || cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, "restarting") {
		t.Errorf("an interaction during shutdown got %s, want a private 'restarting'", call.Body)
	}
	close(slow.release)
	if err := <-stopped; err != nil {
		t.Fatalf("Run: %v", err)
	}
	if _, err := f.WaitFor(wctx, first.EditOriginal()); err != nil {
		t.Fatalf("the in-flight answer was not delivered before shutdown: %v", err)
	}
	if f.Gateway().Connected {
		t.Error("the gateway is still connected after shutdown")
	}
}

func TestNewWithoutToken(t *testing.T) {
	if _, err := New(Config{Token: "Bot  "}, nil, nil, nil, nil, nil, nil); err != ErrNoToken {
		t.Fatalf("error = %v, want ErrNoToken", err)
	}
}
