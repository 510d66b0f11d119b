package fakediscord_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/quellen/quellen/internal/fakediscord"
)

// These tests drive an unmodified discordgo v0.29.0 session whose HTTP
// client sends discord.com requests to the fake, as the bot's does (the
// bot's own client is tested against the fake in package bot; this package
// does not import bot so that its tests do not depend on all of bot
// compiling). Session.Close sleeps a second, so tests that open sessions
// run in parallel.

// waitTimeout bounds every wait; generous because a loaded machine can
// stall the race detector for seconds.
const waitTimeout = 20 * time.Second

func waitCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), waitTimeout)
	t.Cleanup(cancel)
	return ctx
}

// newSession returns a discordgo session for f that is not yet open.
func newSession(t *testing.T, f *fakediscord.Fake, token string) *discordgo.Session {
	t.Helper()
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		t.Fatal(err)
	}
	target, err := url.Parse(f.URL)
	if err != nil {
		t.Fatal(err)
	}
	s.Client = &http.Client{Transport: toFake{target}, Timeout: waitTimeout}
	return s
}

// toFake sends requests for discord.com to the fake.
type toFake struct{ target *url.URL }

func (t toFake) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host == "discord.com" {
		req = req.Clone(req.Context())
		req.URL.Scheme, req.URL.Host, req.Host = t.target.Scheme, t.target.Host, ""
	}
	return http.DefaultTransport.RoundTrip(req)
}

// open connects s and closes it when the test ends, before the fake does.
func open(t *testing.T, s *discordgo.Session) {
	t.Helper()
	if err := s.Open(); err != nil {
		t.Fatalf("open session: %v", err)
	}
	t.Cleanup(func() { closeSession(s) })
}

// closeSession closes s for good. discordgo's heartbeat goroutine can run
// once more after Close, fail on the closed connection and reconnect
// forever, so reconnecting is switched off first, under the session's lock
// because discordgo's goroutines read the flag.
func closeSession(s *discordgo.Session) {
	s.Lock()
	s.ShouldReconnectOnError = false
	s.Unlock()
	s.Close()
}

// connect opens a session for f after setup has added handlers.
func connect(t *testing.T, f *fakediscord.Fake, setup func(*discordgo.Session)) *discordgo.Session {
	t.Helper()
	s := newSession(t, f, f.Token)
	if setup != nil {
		setup(s)
	}
	open(t, s)
	if err := f.WaitReady(waitCtx(t)); err != nil {
		t.Fatal(err)
	}
	return s
}

// receive returns the next value from ch.
func receive[T any](t *testing.T, ch <-chan T) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(waitTimeout):
		t.Fatalf("no %T arrived within %v", *new(T), waitTimeout)
		panic("unreachable")
	}
}

// collect adds a handler that forwards events of type T to the returned
// channel; discordgo runs handlers in their own goroutines.
func collect[T any](s *discordgo.Session) <-chan T {
	ch := make(chan T, 16)
	s.AddHandler(func(_ *discordgo.Session, ev T) { ch <- ev })
	return ch
}

func TestConnectAndReady(t *testing.T) {
	t.Parallel()
	for _, compress := range []bool{true, false} {
		t.Run(map[bool]string{true: "zlib frames", false: "text frames"}[compress], func(t *testing.T) {
			t.Parallel()
			f := fakediscord.New(t)
			var ready <-chan *discordgo.Ready
			var guilds <-chan *discordgo.GuildCreate
			s := connect(t, f, func(s *discordgo.Session) {
				s.Compress = compress
				ready = collect[*discordgo.Ready](s)
				guilds = collect[*discordgo.GuildCreate](s)
			})

			r := receive(t, ready)
			if r.User.ID != f.Bot.ID || !r.User.Bot || r.Application.ID != f.AppID || r.SessionID == "" || r.Version != 9 {
				t.Errorf("READY = user %+v, application %+v, session %q, v %d", r.User, r.Application, r.SessionID, r.Version)
			}
			g := receive(t, guilds)
			if g.ID != f.GuildID || g.Unavailable || len(g.Channels) == 0 || g.Channels[0].ID != f.ChannelID || g.Channels[0].GuildID != f.GuildID {
				t.Errorf("GUILD_CREATE = %+v", g.Guild)
			}
			stats := f.Gateway()
			if stats.Identifies != 1 || stats.Compress != compress || stats.Intents != int(discordgo.IntentsAllWithoutPrivileged) {
				t.Errorf("gateway stats = %+v, want one identify, compress %v, default intents", stats, compress)
			}
			me, err := s.User("@me")
			if err != nil || me.ID != f.Bot.ID {
				t.Errorf("GET /users/@me = %+v, %v", me, err)
			}
			call, err := f.WaitFor(waitCtx(t), fakediscord.Route("GET", "/api/v9/users/@me"))
			if err != nil {
				t.Fatal(err)
			}
			if call.Authorization() != "Bot "+f.Token {
				t.Errorf("Authorization = %q", call.Authorization())
			}
		})
	}
}

func TestHeartbeatsAreAcknowledged(t *testing.T) {
	t.Parallel()
	// discordgo reconnects when five intervals pass without an ACK, so
	// eight heartbeats on one connection prove they are acknowledged. The
	// interval leaves a second for ACKs to arrive on a loaded machine.
	f := fakediscord.New(t, fakediscord.WithHeartbeatInterval(200*time.Millisecond))
	connect(t, f, nil)
	stats, err := f.WaitGateway(waitCtx(t), func(s fakediscord.GatewayStats) bool { return s.Heartbeats >= 8 })
	if err != nil {
		t.Fatal(err)
	}
	if stats.Connections != 1 || stats.Identifies != 1 || stats.Resumes != 0 {
		t.Errorf("after %d heartbeats: %+v, want a single connection", stats.Heartbeats, stats)
	}
}

func TestWrongTokenIsClosedWith4004(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	s := newSession(t, f, "not-the-token")
	err := s.Open()
	var closeErr *websocket.CloseError
	if !errors.As(err, &closeErr) || closeErr.Code != 4004 {
		t.Fatalf("Open with a wrong token = %v, want close 4004", err)
	}
	if got := f.Gateway().AuthFailures; got != 1 {
		t.Errorf("AuthFailures = %d, want 1", got)
	}
}

func TestPrivilegedIntentMustBeGranted(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	s := newSession(t, f, f.Token)
	s.Identify.Intents |= discordgo.IntentMessageContent
	err := s.Open()
	var closeErr *websocket.CloseError
	if !errors.As(err, &closeErr) || closeErr.Code != 4014 {
		t.Fatalf("Open asking for an ungranted privileged intent = %v, want close 4014", err)
	}
}

// registerAsk registers the /ask command the interaction tests use.
func registerAsk(t *testing.T, s *discordgo.Session, f *fakediscord.Fake) []*discordgo.ApplicationCommand {
	t.Helper()
	minCount := 1.0
	cmds, err := s.ApplicationCommandBulkOverwrite(f.AppID, f.GuildID, []*discordgo.ApplicationCommand{{
		Name:              "ask",
		Description:       "Ask the articles",
		NameLocalizations: &map[discordgo.Locale]string{discordgo.German: "frage"},
		Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "Your question", Required: true},
			{Type: discordgo.ApplicationCommandOptionInteger, Name: "count", Description: "How many quotes", MinValue: &minCount, MaxValue: 5},
			{Type: discordgo.ApplicationCommandOptionBoolean, Name: "public", Description: "Show to everyone"},
			{Type: discordgo.ApplicationCommandOptionString, Name: "source", Description: "Source", Autocomplete: true},
		},
	}})
	if err != nil {
		t.Fatalf("register commands: %v", err)
	}
	return cmds
}

func TestSlashCommandRoundTrip(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t, fakediscord.WithGuildLocale("de"))
	var interactions <-chan *discordgo.InteractionCreate
	s := connect(t, f, func(s *discordgo.Session) { interactions = collect[*discordgo.InteractionCreate](s) })
	cmds := registerAsk(t, s, f)
	if len(cmds) != 1 || cmds[0].ID == "" || cmds[0].ApplicationID != f.AppID || cmds[0].GuildID != f.GuildID {
		t.Fatalf("registered commands = %+v", cmds)
	}

	admin := f.AddRole("admin", fakediscord.DefaultPermissions)
	perms := fakediscord.DefaultPermissions | 1<<5 // MANAGE_GUILD
	ctx := waitCtx(t)
	sent, err := f.SendSlashCommand(ctx, fakediscord.SlashCommand{
		Origin: fakediscord.Origin{Roles: []string{admin}, Permissions: perms, Locale: "de"},
		Name:   "ask",
		Options: []fakediscord.CommandOption{
			{Name: "question", Value: "Wer hat gewonnen?"},
			{Name: "count", Value: 3},
			{Name: "public", Value: true},
		},
	})
	if err != nil {
		t.Fatal(err)
	}

	i := receive(t, interactions)
	data := i.ApplicationCommandData()
	checks := []struct {
		name      string
		got, want any
	}{
		{"id", i.ID, sent.ID},
		{"token", i.Token, sent.Token},
		{"application id", i.AppID, f.AppID},
		{"type", i.Type, discordgo.InteractionApplicationCommand},
		{"guild", i.GuildID, f.GuildID},
		{"channel", i.ChannelID, f.ChannelID},
		{"user", i.Member.User.ID, f.User.ID},
		{"roles", strings.Join(i.Member.Roles, ","), admin},
		{"permissions", i.Member.Permissions, perms},
		{"app permissions", i.AppPermissions, fakediscord.DefaultPermissions},
		{"locale", i.Locale, discordgo.German},
		{"guild locale", *i.GuildLocale, discordgo.German},
		{"command id", data.ID, cmds[0].ID},
		{"command", data.Name, "ask"},
		{"question", data.GetOption("question").StringValue(), "Wer hat gewonnen?"},
		{"count", data.GetOption("count").IntValue(), int64(3)},
		{"public", data.GetOption("public").BoolValue(), true},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v (%T), want %v", c.name, c.got, c.got, c.want)
		}
	}

	// Defer, then fill in @original, then add a follow-up.
	if err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
	}); err != nil {
		t.Fatalf("defer: %v", err)
	}
	callback, err := f.WaitFor(ctx, sent.Callback())
	if err != nil {
		t.Fatal(err)
	}
	var resp struct{ Type int }
	if err := callback.Decode(&resp); err != nil || resp.Type != 5 || callback.Status != 204 {
		t.Errorf("callback = %v, type %d, %v", callback, resp.Type, err)
	}

	answer := "„Zitat“ [1]"
	edited, err := s.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &answer})
	if err != nil {
		t.Fatalf("edit @original: %v", err)
	}
	if edited.Content != answer || edited.ID == "" {
		t.Errorf("edit returned %+v", edited)
	}
	if _, err := f.WaitFor(ctx, sent.EditOriginal()); err != nil {
		t.Fatal(err)
	}
	if m, ok := f.Original(sent); !ok || m.Content != answer || m.Edits != 1 {
		t.Errorf("original = %+v, %v", m, ok)
	}

	followup, err := s.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: "Quellen: …"})
	if err != nil {
		t.Fatalf("follow-up: %v", err)
	}
	call, err := f.WaitFor(ctx, sent.Followup())
	if err != nil {
		t.Fatal(err)
	}
	if call.Query.Get("wait") != "true" || call.Status != 200 || followup.ID == "" || followup.ChannelID != f.ChannelID {
		t.Errorf("follow-up call %v returned %+v", call, followup)
	}
	if got := f.Followups(sent); len(got) != 1 || got[0].Content != "Quellen: …" {
		t.Errorf("follow-ups = %+v", got)
	}

	// In a DM only global commands exist, and the user comes without member.
	dm := fakediscord.SlashCommand{Origin: fakediscord.Origin{DM: true}, Name: "ask", Options: []fakediscord.CommandOption{{Name: "question", Value: "q"}}}
	if _, err := f.SendSlashCommand(ctx, dm); err == nil {
		t.Error("a guild command was invoked in a DM")
	}
	if _, err := s.ApplicationCommandCreate(f.AppID, "", &discordgo.ApplicationCommand{
		Name: "ask", Description: "Ask the articles",
		Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "Your question", Required: true}},
	}); err != nil {
		t.Fatalf("register global command: %v", err)
	}
	if _, err := f.SendSlashCommand(ctx, dm); err != nil {
		t.Fatal(err)
	}
	i = receive(t, interactions)
	if i.Member != nil || i.User == nil || i.User.ID != f.User.ID || i.GuildID != "" || i.ChannelID != f.DMChannel(f.User) {
		t.Errorf("DM interaction: member %v, user %v, guild %q, channel %q", i.Member, i.User, i.GuildID, i.ChannelID)
	}
}

func TestInteractionResponseRules(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	var interactions <-chan *discordgo.InteractionCreate
	s := connect(t, f, func(s *discordgo.Session) { interactions = collect[*discordgo.InteractionCreate](s) })
	registerAsk(t, s, f)
	ctx := waitCtx(t)
	if _, err := f.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "ask", Options: []fakediscord.CommandOption{{Name: "question", Value: "q"}}}); err != nil {
		t.Fatal(err)
	}
	i := receive(t, interactions)

	wantCode := func(what string, err error, code int) {
		t.Helper()
		var rest *discordgo.RESTError
		if !errors.As(err, &rest) || rest.Message == nil || rest.Message.Code != code {
			t.Errorf("%s: error %v, want Discord code %d", what, err, code)
		}
	}
	_, err := s.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: "too early"})
	wantCode("follow-up before the response", err, 10015)
	err = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{}})
	wantCode("empty message", err, 50006)
	err = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{Content: strings.Repeat("ä", 2001)}})
	wantCode("2001 characters", err, 50035)
	if err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{Content: "ok", Flags: discordgo.MessageFlagsEphemeral}}); err != nil {
		t.Fatalf("valid response: %v", err)
	}
	err = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{Content: "again"}})
	wantCode("second response", err, 40060)

	_, err = s.ApplicationCommandBulkOverwrite(f.AppID, f.GuildID, []*discordgo.ApplicationCommand{{
		Name: "ask", Description: "x", NameLocalizations: &map[discordgo.Locale]string{"de-DE": "frage"},
	}})
	wantCode("locale de-DE", err, 50035)
}

func TestLateResponseIsRejected(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t, fakediscord.WithInteractionDeadline(time.Nanosecond))
	var interactions <-chan *discordgo.InteractionCreate
	s := connect(t, f, func(s *discordgo.Session) { interactions = collect[*discordgo.InteractionCreate](s) })
	registerAsk(t, s, f)
	if _, err := f.SendSlashCommand(waitCtx(t), fakediscord.SlashCommand{Name: "ask", Options: []fakediscord.CommandOption{{Name: "question", Value: "q"}}}); err != nil {
		t.Fatal(err)
	}
	i := receive(t, interactions)
	err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Response.StatusCode != 404 || rest.Message.Code != 10062 {
		t.Fatalf("late response = %v, want 404 Unknown interaction", err)
	}
}

func TestAutocompleteAndComponents(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	var interactions <-chan *discordgo.InteractionCreate
	s := connect(t, f, func(s *discordgo.Session) { interactions = collect[*discordgo.InteractionCreate](s) })
	registerAsk(t, s, f)
	ctx := waitCtx(t)

	ac, err := f.SendAutocomplete(ctx, fakediscord.Autocomplete{Name: "ask", Options: []fakediscord.CommandOption{
		{Name: "question", Value: "q"}, {Name: "source", Value: "Spi", Focused: true},
	}})
	if err != nil {
		t.Fatal(err)
	}
	i := receive(t, interactions)
	if i.Type != discordgo.InteractionApplicationCommandAutocomplete {
		t.Fatalf("type = %v", i.Type)
	}
	if o := i.ApplicationCommandData().GetOption("source"); o == nil || !o.Focused || o.StringValue() != "Spi" {
		t.Errorf("focused option = %+v", o)
	}
	if err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "Spiegel", Value: "spiegel"}}},
	}); err != nil {
		t.Fatalf("autocomplete result: %v", err)
	}
	if _, err := f.WaitFor(ctx, ac.Callback()); err != nil {
		t.Fatal(err)
	}

	sentMsg, err := s.ChannelMessageSendComplex(f.ChannelID, &discordgo.MessageSend{
		Content: "Mehr?",
		Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Mehr Zitate", Style: discordgo.PrimaryButton, CustomID: "more:42"},
		}}},
	})
	if err != nil {
		t.Fatalf("send message with button: %v", err)
	}
	press, err := f.PressComponent(ctx, fakediscord.ComponentPress{CustomID: "more:42"})
	if err != nil {
		t.Fatal(err)
	}
	i = receive(t, interactions)
	if i.Type != discordgo.InteractionMessageComponent || i.MessageComponentData().CustomID != "more:42" ||
		i.Message == nil || i.Message.ID != sentMsg.ID {
		t.Fatalf("component interaction = %+v", i.Interaction)
	}
	if err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseUpdateMessage,
		Data: &discordgo.InteractionResponseData{Content: "Drei weitere Zitate"},
	}); err != nil {
		t.Fatalf("update message: %v", err)
	}
	if _, err := f.WaitFor(ctx, press.Callback()); err != nil {
		t.Fatal(err)
	}
	if m, ok := f.Message(sentMsg.ID); !ok || m.Content != "Drei weitere Zitate" || !slices.Equal(m.CustomIDs(), []string{"more:42"}) {
		t.Errorf("message after update = %+v", m)
	}
	if _, err := f.PressComponent(ctx, fakediscord.ComponentPress{CustomID: "no-such-button"}); err == nil {
		t.Error("pressing a button no message has succeeded")
	}
}

func TestChannelMessageWithAttachment(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	var created <-chan *discordgo.MessageCreate
	s := connect(t, f, func(s *discordgo.Session) { created = collect[*discordgo.MessageCreate](s) })
	csv := "rank,source\n1,spiegel\n"
	m, err := s.ChannelMessageSendComplex(f.ChannelID, &discordgo.MessageSend{
		Content: "Ergebnisse im Anhang",
		Files:   []*discordgo.File{{Name: "results.csv", ContentType: "text/csv", Reader: strings.NewReader(csv)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if m.ID == "" || m.Author.ID != f.Bot.ID || len(m.Attachments) != 1 || m.Attachments[0].Filename != "results.csv" || m.Attachments[0].Size != len(csv) {
		t.Errorf("returned message = %+v", m)
	}

	call, err := f.WaitFor(waitCtx(t), fakediscord.Route("POST", "/api/v9/channels/{id}/messages"))
	if err != nil {
		t.Fatal(err)
	}
	var body struct{ Content string }
	if err := call.Decode(&body); err != nil || body.Content != "Ergebnisse im Anhang" {
		t.Errorf("payload_json content = %q, %v", body.Content, err)
	}
	if len(call.Files) != 1 || call.Files[0].Field != "files[0]" || call.Files[0].Name != "results.csv" || string(call.Files[0].Data) != csv {
		t.Errorf("files = %+v", call.Files)
	}

	// Discord also dispatches the bot's own message to it.
	echo := receive(t, created)
	if echo.ID != m.ID || echo.Author.ID != f.Bot.ID || echo.Content != "Ergebnisse im Anhang" {
		t.Errorf("echoed MESSAGE_CREATE = %+v", echo.Message)
	}
}

func TestRateLimitIsRetried(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	s := newSession(t, f, f.Token) // REST only: no gateway needed
	route := fakediscord.Route("POST", "/api/v9/channels/{id}/messages")
	f.RateLimitNext(route, 1, 50*time.Millisecond)

	start := time.Now()
	m, err := s.ChannelMessageSend(f.ChannelID, "nach dem Warten")
	if err != nil {
		t.Fatalf("send after a 429: %v", err)
	}
	if waited := time.Since(start); waited < 50*time.Millisecond {
		t.Errorf("discordgo retried after %v, before retry_after", waited)
	}
	calls, err := f.WaitN(waitCtx(t), 2, route)
	if err != nil {
		t.Fatal(err)
	}
	if calls[0].Status != 429 || calls[1].Status != 200 || m.Content != "nach dem Warten" {
		t.Errorf("statuses %d, %d; message %+v", calls[0].Status, calls[1].Status, m)
	}
}

func TestUnknownRouteIsRecordedAs404(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	s := newSession(t, f, f.Token)
	_, err := s.Request("GET", discordgo.EndpointAPI+"no/such/route", nil)
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Response.StatusCode != 404 || rest.Message == nil {
		t.Fatalf("unknown route = %v, want a JSON 404", err)
	}
	if calls := f.Calls(); len(calls) != 1 || calls[0].Path != "/api/v9/no/such/route" || calls[0].Status != 404 {
		t.Errorf("calls = %v", calls)
	}
}

func TestDroppedConnectionResumes(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	var interactions <-chan *discordgo.InteractionCreate
	var resumed <-chan *discordgo.Resumed
	s := connect(t, f, func(s *discordgo.Session) {
		interactions = collect[*discordgo.InteractionCreate](s)
		resumed = collect[*discordgo.Resumed](s)
	})
	registerAsk(t, s, f)
	ctx := waitCtx(t)
	if err := f.DropConnection(); err != nil {
		t.Fatal(err)
	}
	// Sent while the bot is away; Discord replays it on RESUME.
	sent, err := f.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "ask", Options: []fakediscord.CommandOption{{Name: "question", Value: "q"}}})
	if err != nil {
		t.Fatal(err)
	}
	receive(t, resumed)
	if i := receive(t, interactions); i.ID != sent.ID {
		t.Errorf("got interaction %s, want the one sent while disconnected (%s)", i.ID, sent.ID)
	}
	stats, err := f.WaitGateway(ctx, func(s fakediscord.GatewayStats) bool { return s.Resumes == 1 && s.Connected })
	if err != nil {
		t.Fatal(err)
	}
	if stats.Identifies != 1 || stats.Connections != 2 {
		t.Errorf("stats = %+v, want one identify and two connections", stats)
	}
}

func TestEndedSessionIsIdentifiedAgain(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	s := connect(t, f, nil)
	// 4009 (session timed out) ends the session: discordgo's RESUME is
	// refused with op 9, and it identifies again.
	if err := f.CloseConnection(4009, "Session timed out."); err != nil {
		t.Fatal(err)
	}
	stats, err := f.WaitGateway(waitCtx(t), func(s fakediscord.GatewayStats) bool { return s.Identifies == 2 && s.Connected })
	if err != nil {
		t.Fatal(err)
	}
	if stats.InvalidSessions != 1 || stats.Resumes != 0 {
		t.Errorf("stats = %+v, want one refused resume", stats)
	}
	if _, err := s.User("@me"); err != nil {
		t.Errorf("REST after re-identify: %v", err)
	}
}

func TestReconnectRequestResumes(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	connect(t, f, nil)
	if err := f.RequestReconnect(); err != nil {
		t.Fatal(err)
	}
	stats, err := f.WaitGateway(waitCtx(t), func(s fakediscord.GatewayStats) bool { return s.Resumes == 1 && s.Connected })
	if err != nil {
		t.Fatal(err)
	}
	if stats.Identifies != 1 {
		t.Errorf("stats = %+v, want the session resumed, not identified again", stats)
	}
}

func TestMessageContentIntent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		granted     bool
		msg         func(f *fakediscord.Fake) fakediscord.ChatMessage
		wantVisible bool
	}{
		{"not granted, plain", false, func(*fakediscord.Fake) fakediscord.ChatMessage {
			return fakediscord.ChatMessage{Content: "Was steht in den Artikeln?"}
		}, false},
		{"not granted, mention", false, func(f *fakediscord.Fake) fakediscord.ChatMessage {
			return fakediscord.ChatMessage{Content: "<@" + f.Bot.ID + "> Was steht in den Artikeln?"}
		}, true},
		{"not granted, DM", false, func(*fakediscord.Fake) fakediscord.ChatMessage {
			return fakediscord.ChatMessage{Content: "Was steht in den Artikeln?", DM: true}
		}, true},
		{"granted, plain", true, func(*fakediscord.Fake) fakediscord.ChatMessage {
			return fakediscord.ChatMessage{Content: "Was steht in den Artikeln?"}
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var opts []fakediscord.Option
			if tt.granted {
				opts = append(opts, fakediscord.WithGrantedIntents(fakediscord.IntentMessageContent))
			}
			f := fakediscord.New(t, opts...)
			var created <-chan *discordgo.MessageCreate
			connect(t, f, func(s *discordgo.Session) {
				if tt.granted {
					s.Identify.Intents |= discordgo.IntentMessageContent
				}
				created = collect[*discordgo.MessageCreate](s)
			})
			msg := tt.msg(f)
			sent, err := f.SendMessage(waitCtx(t), msg)
			if err != nil {
				t.Fatal(err)
			}
			got := receive(t, created)
			want := ""
			if tt.wantVisible {
				want = msg.Content
			}
			if got.ID != sent.ID || got.Content != want || sent.ContentVisible != tt.wantVisible {
				t.Errorf("bot saw content %q (visible %v), want %q", got.Content, sent.ContentVisible, want)
			}
			if got.Author.ID != f.User.ID || got.Timestamp.IsZero() {
				t.Errorf("author %+v, timestamp %v", got.Author, got.Timestamp)
			}
			if m, _ := f.Message(sent.ID); m.Content != msg.Content {
				t.Errorf("fake lost the real content: %q", m.Content)
			}
		})
	}
}

func TestMessagesNeedTheirIntent(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	connect(t, f, func(s *discordgo.Session) { s.Identify.Intents = discordgo.IntentsGuilds })
	_, err := f.SendMessage(waitCtx(t), fakediscord.ChatMessage{Content: "hallo"})
	if !errors.Is(err, fakediscord.ErrIntentNotRequested) {
		t.Fatalf("SendMessage without GUILD_MESSAGES = %v, want ErrIntentNotRequested", err)
	}
}

// TestAttachmentOption: a file attached to a command arrives as the
// option's id with the attachment in resolved.attachments, and its url
// serves the file, as Discord's CDN does.
func TestAttachmentOption(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	var interactions <-chan *discordgo.InteractionCreate
	s := connect(t, f, func(s *discordgo.Session) { interactions = collect[*discordgo.InteractionCreate](s) })
	if _, err := s.ApplicationCommandBulkOverwrite(f.AppID, f.GuildID, []*discordgo.ApplicationCommand{{
		Name: "source", Description: "Sources",
		Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "add", Description: "Add",
			Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionAttachment, Name: "file", Description: "A file"}}}},
	}}); err != nil {
		t.Fatal(err)
	}
	data := []byte("# Titel\n\nText.\n")
	if _, err := f.SendSlashCommand(waitCtx(t), fakediscord.SlashCommand{Name: "source", Options: []fakediscord.CommandOption{{Name: "add", Options: []fakediscord.CommandOption{
		{Name: "file", Value: fakediscord.Attachment{Filename: "notiz.md", ContentType: "text/markdown", Data: data}}}}}}); err != nil {
		t.Fatal(err)
	}
	i := receive(t, interactions)
	d := i.ApplicationCommandData()
	id := d.Options[0].Options[0].Value.(string)
	a := d.Resolved.Attachments[id]
	if a == nil || a.Filename != "notiz.md" || a.Size != len(data) || a.ContentType != "text/markdown" {
		t.Fatalf("resolved attachment %+v", a)
	}
	resp, err := http.Get(a.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || string(got) != string(data) {
		t.Errorf("GET %s: %d %q", a.URL, resp.StatusCode, got)
	}
	if _, err := f.SendSlashCommand(waitCtx(t), fakediscord.SlashCommand{Name: "source", Options: []fakediscord.CommandOption{{Name: "add", Options: []fakediscord.CommandOption{
		{Name: "file", Value: "not a file"}}}}}); err == nil {
		t.Error("a string was taken for an attachment")
	}
}
