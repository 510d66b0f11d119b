package bot

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quellen/quellen/internal/fakediscord"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/timeline"
)

// Close codes Discord sends for good (a wrong token, a disabled intent)
// end Run with what to do, instead of reconnecting forever.
func TestFatalCloseCodesEndRunWithAdvice(t *testing.T) {
	t.Run("4014 at start", func(t *testing.T) {
		f := fakediscord.New(t) // the Message Content intent is not granted
		eng, st, _ := corpusEngine(t)
		b, err := New(Config{Token: f.Token, APIURL: f.URL, QAChannelIDs: []string{f.ChannelID}}, eng, st, nil, nil, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		err = b.Run(ctx)
		var fatal *FatalGatewayError
		if !errors.As(err, &fatal) || fatal.Code != 4014 || !strings.Contains(err.Error(), "Message Content intent in the developer portal") {
			t.Fatalf("Run = %v, want a fatal 4014 with advice", err)
		}
	})
	t.Run("4004 after a reconnect", func(t *testing.T) {
		f := fakediscord.New(t)
		eng, st, _ := corpusEngine(t)
		b, err := New(Config{Token: f.Token, APIURL: f.URL, GuildID: f.GuildID}, eng, st, nil, nil, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		done := make(chan error, 1)
		go func() { done <- b.Run(ctx) }()
		if _, err := f.WaitFor(ctx, fakediscord.Route("PUT", "/api/v9/applications/"+f.AppID+"/guilds/"+f.GuildID+"/commands")); err != nil {
			t.Fatal(err)
		}
		if err := f.WaitReady(ctx); err != nil {
			t.Fatal(err)
		}
		f.RevokeToken() // reset in the developer portal
		if err := f.DropConnection(); err != nil {
			t.Fatal(err)
		}
		var fatal *FatalGatewayError
		if err := <-done; !errors.As(err, &fatal) || fatal.Code != 4004 || !strings.Contains(err.Error(), "DISCORD_TOKEN") {
			t.Fatalf("Run = %v, want a fatal 4004", err)
		}
		if s := f.Gateway(); s.AuthFailures != 1 {
			t.Errorf("%d refused handshakes, want one: no reconnecting after 4004", s.AuthFailures)
		}
	})
}

// A failure after a public deferral goes to the asker alone: the
// "thinking…" message is deleted and the error follows privately.
func TestFailureAfterAPublicDeferIsPrivate(t *testing.T) {
	h := startBot(t, harnessOptions{
		cfg:      Config{AnswerBudget: time.Nanosecond},
		answerer: func(a Answerer) Answerer { return failingAnswerer{a} },
	})
	check := func(in fakediscord.SentInteraction, want string) {
		t.Helper()
		if cb := decode[callback](t, h.wait(t, in.Callback())); cb.Type != 5 || cb.Data.Flags&64 != 0 {
			t.Fatalf("callback %+v, want a public deferral", cb)
		}
		follow := h.wait(t, in.Followup())
		var body struct {
			Content string `json:"content"`
			Flags   int    `json:"flags"`
		}
		follow.Decode(&body)
		if body.Flags&64 == 0 || !strings.Contains(body.Content, want) {
			t.Errorf("follow-up %s, want a private %q", follow.Body, want)
		}
		if del := h.wait(t, fakediscord.Route("DELETE", "/api/v9/webhooks/"+h.fake.AppID+"/"+in.Token+"/messages/@original")); del.Status != 204 {
			t.Errorf("deleting the deferred message answered %d", del.Status)
		}
		if _, ok := h.fake.Original(in); ok {
			t.Error("the public 'thinking…' message is still there")
		}
		for _, c := range h.fake.Calls() {
			if c.Method == "PATCH" && strings.Contains(c.Path, in.Token) {
				t.Errorf("the public message was edited: %s", c.Body)
			}
		}
	}
	check(h.ask(t, "Wer ist Daniel Shapiro?", fakediscord.Origin{Locale: "de"}), "nicht geklappt")
	check(h.timeline(t, fakediscord.Origin{Locale: "de"}, fakediscord.CommandOption{Name: "query", Value: "Grönland"}), "keine datierten Ereignisse")
}

// slowTimeline delays timelines after the first, like page presses on a
// loaded machine.
type slowTimeline struct {
	Answerer
	calls *atomic.Int32
	delay time.Duration
}

func (s slowTimeline) Timeline(ctx context.Context, q retrieval.TimelineQuery) (timeline.Timeline, error) {
	if s.calls.Add(1) > 1 {
		time.Sleep(s.delay)
	}
	return s.Answerer.Timeline(ctx, q)
}

// A page press that takes long is acknowledged at once (deferred update)
// and the page edited in.
func TestSlowTimelinePageIsDeferred(t *testing.T) {
	var calls atomic.Int32
	h := startBot(t, harnessOptions{
		cfg:      Config{AnswerBudget: 200 * time.Millisecond},
		answerer: func(a Answerer) Answerer { return slowTimeline{a, &calls, 400 * time.Millisecond} },
	})
	in := h.timeline(t, fakediscord.Origin{})
	page := h.original(t, in)
	press := h.press(t, page.ID, button(t, page.Components, timelinePrefix+"1:").CustomID, fakediscord.Origin{})
	if cb := decode[callback](t, h.wait(t, press.Callback())); cb.Type != 6 {
		t.Fatalf("callback type %d, want 6 (deferred update)", cb.Type)
	}
	edit := h.wait(t, press.EditOriginal())
	var body struct {
		Embeds []struct {
			Footer struct {
				Text string `json:"text"`
			} `json:"footer"`
			Image *struct {
				URL string `json:"url"`
			} `json:"image"`
		} `json:"embeds"`
	}
	if err := edit.Decode(&body); err != nil || edit.Status != 200 || len(body.Embeds) != 1 || !strings.Contains(body.Embeds[0].Footer.Text, "Page 2") {
		t.Fatalf("edit = %d %s", edit.Status, edit.Body)
	}
	if body.Embeds[0].Image == nil || !strings.HasPrefix(body.Embeds[0].Image.URL, "https://cdn.discordapp.com/") {
		t.Errorf("the page lost its chart: %s", edit.Body)
	}
	if m, _ := h.fake.Message(page.ID); len(m.Files) != 1 {
		t.Errorf("the message has %d files, want its chart", len(m.Files))
	}
}

// A rebuild longer than the interaction's token edits its progress in,
// says in time that the result will come in the channel, and posts it
// there.
func TestLongReindexReportsInTheChannel(t *testing.T) {
	const lifetime = 1500 * time.Millisecond
	proceed := make(chan struct{})
	h := startBot(t, harnessOptions{
		fakeOpts: []fakediscord.Option{fakediscord.WithTokenLifetime(lifetime)},
		cfg:      Config{TokenLifetime: lifetime, ProgressEvery: 50 * time.Millisecond},
		reindexer: func(r Reindexer) Reindexer {
			return func(ctx context.Context, progress retrieval.Progress) (retrieval.IndexReport, error) {
				progress(1, 3)
				<-proceed
				return r(ctx, progress)
			}
		},
	})
	mod := fakediscord.Origin{Permissions: fakediscord.DefaultPermissions | 1<<5}
	in, err := h.fake.SendSlashCommand(context.Background(), fakediscord.SlashCommand{Name: "reindex", Origin: mod})
	if err != nil {
		t.Fatal(err)
	}
	edited := func(want string) fakediscord.Matcher {
		return func(c fakediscord.Call) bool {
			return in.EditOriginal()(c) && strings.Contains(string(c.Body), want)
		}
	}
	if c := h.wait(t, edited("1 of 3 sources")); c.Status != 200 {
		t.Errorf("progress edit answered %d", c.Status)
	}
	if c := h.wait(t, edited("posted in this channel")); c.Status != 200 {
		t.Errorf("the notice came too late: %d %s", c.Status, c.Response)
	}
	close(proceed)
	post := h.wait(t, fakediscord.Route("POST", "/api/v9/channels/"+h.fake.ChannelID+"/messages"))
	noPings(t, post.Body)
	var body struct{ Content string }
	json.Unmarshal(post.Body, &body)
	if post.Status != 200 || !strings.Contains(body.Content, "<@"+h.fake.User.ID+">") || !strings.Contains(body.Content, "Reindexed") {
		t.Errorf("channel message = %d %q", post.Status, body.Content)
	}
	for _, c := range h.fake.Calls() {
		if in.Webhook()(c) && c.Status >= 300 {
			t.Errorf("the token was used after it expired: %v", c)
		}
	}
}
