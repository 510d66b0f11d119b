package fakediscord_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/internal/fakediscord"
)

// wantCode checks that err is a Discord error with the given status and code.
func wantCode(t *testing.T, what string, err error, status, code int) {
	t.Helper()
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Response.StatusCode != status || rest.Message == nil || rest.Message.Code != code {
		t.Errorf("%s: error %v, want %d with Discord code %d", what, err, status, code)
	}
}

// Posting checks the bot's permissions in the channel as Discord does.
func TestPostingChecksPermissionsAndReferences(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	noSend, noEmbeds, noHistory := f.AddTextChannel("a"), f.AddTextChannel("b"), f.AddTextChannel("c")
	f.SetBotPermissions(noSend, 0, fakediscord.PermissionSendMessages)
	f.SetBotPermissions(noEmbeds, 0, fakediscord.PermissionEmbedLinks)
	f.SetBotPermissions(noHistory, 0, fakediscord.PermissionReadMessageHistory)
	s := connect(t, f, nil)
	ctx := waitCtx(t)

	_, err := s.ChannelMessageSend(noSend, "hallo")
	wantCode(t, "without Send Messages", err, 403, 50013)

	m, err := s.ChannelMessageSendComplex(noEmbeds, &discordgo.MessageSend{Content: "text", Embeds: []*discordgo.MessageEmbed{{Title: "t"}}})
	if err != nil || len(m.Embeds) != 0 {
		t.Errorf("without Embed Links: %v, %d embeds; want the message without its embeds", err, len(m.Embeds))
	}

	question, err := f.SendMessage(ctx, fakediscord.ChatMessage{ChannelID: noHistory, Content: "frage"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.ChannelMessageSendReply(noHistory, "antwort", &discordgo.MessageReference{MessageID: question.ID})
	wantCode(t, "a reply without Read Message History", err, 403, 50013)

	gone, err := f.SendMessage(ctx, fakediscord.ChatMessage{Content: "weg"})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.DeleteMessage(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	_, err = s.ChannelMessageSendReply(f.ChannelID, "antwort", &discordgo.MessageReference{MessageID: gone.ID})
	wantCode(t, "a reply to a deleted message", err, 400, 50035)
	keep := false
	m, err = s.ChannelMessageSendComplex(f.ChannelID, &discordgo.MessageSend{Content: "antwort",
		Reference: &discordgo.MessageReference{MessageID: gone.ID, FailIfNotExists: &keep}})
	if err != nil || m.MessageReference != nil {
		t.Errorf("fail_if_not_exists false: %v, reference %+v; want a plain message", err, m.MessageReference)
	}
}

// Shards get the events of their guilds only; DMs go to shard 0.
func TestShardsGetTheirGuilds(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	zero, one := f.AddGuild("zero", 0, 2), f.AddGuild("one", 1, 2)
	if fakediscord.ShardOf(zero.ID, 2) != 0 || fakediscord.ShardOf(one.ID, 2) != 1 {
		t.Fatalf("AddGuild put the guilds on shards %d and %d", fakediscord.ShardOf(zero.ID, 2), fakediscord.ShardOf(one.ID, 2))
	}
	var guilds [2]<-chan *discordgo.GuildCreate
	var messages [2]<-chan *discordgo.MessageCreate
	for shard := range 2 {
		connect(t, f, func(s *discordgo.Session) {
			s.ShardID, s.ShardCount = shard, 2
			guilds[shard] = collect[*discordgo.GuildCreate](s)
			messages[shard] = collect[*discordgo.MessageCreate](s)
		})
	}
	ctx := waitCtx(t)
	if _, err := f.WaitGateway(ctx, func(s fakediscord.GatewayStats) bool { return s.Shards[0] && s.Shards[1] }); err != nil {
		t.Fatal(err)
	}
	for shard, want := range []string{zero.ID, one.ID} {
		other := []string{one.ID, zero.ID}[shard]
		for g := receive(t, guilds[shard]); g.ID != want; g = receive(t, guilds[shard]) {
			if g.ID == other {
				t.Errorf("shard %d got the other shard's guild", shard)
			}
		}
	}
	if _, err := f.SendMessage(ctx, fakediscord.ChatMessage{ChannelID: one.ChannelID, Content: "<@" + f.Bot.ID + "> hallo"}); err != nil {
		t.Fatal(err)
	}
	if m := receive(t, messages[1]); m.GuildID != one.ID {
		t.Errorf("shard 1 got %+v", m.Message)
	}
	if _, err := f.SendMessage(ctx, fakediscord.ChatMessage{DM: true, Content: "privat"}); err != nil {
		t.Fatal(err)
	}
	if m := receive(t, messages[0]); m.GuildID != "" {
		t.Errorf("shard 0 got %+v, want the DM", m.Message)
	}
	if len(messages[0])+len(messages[1]) != 0 {
		t.Error("an event went to a shard it is not for")
	}
}

// A modal response is validated, and the member can submit it once, with
// values that fit its inputs.
func TestModalSubmit(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	var interactions <-chan *discordgo.InteractionCreate
	s := connect(t, f, func(s *discordgo.Session) { interactions = collect[*discordgo.InteractionCreate](s) })
	ctx := waitCtx(t)
	if _, err := s.ChannelMessageSendComplex(f.ChannelID, &discordgo.MessageSend{Content: "?", Components: []discordgo.MessageComponent{
		discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: "Grund", CustomID: "why", Style: discordgo.PrimaryButton}}},
	}}); err != nil {
		t.Fatal(err)
	}
	press, err := f.PressComponent(ctx, fakediscord.ComponentPress{CustomID: "why"})
	if err != nil {
		t.Fatal(err)
	}
	i := receive(t, interactions)
	modal := func(label string) *discordgo.InteractionResponse {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseModal, Data: &discordgo.InteractionResponseData{
			CustomID: "m:1", Title: "Was war falsch?",
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.TextInput{CustomID: "reason", Label: label, Style: discordgo.TextInputParagraph, MaxLength: 10},
			}}},
		}}
	}
	wantCode(t, "a label of 46 characters", s.InteractionRespond(i.Interaction, modal(strings.Repeat("x", 46))), 400, 50035)
	if err := s.InteractionRespond(i.Interaction, modal("Grund")); err != nil {
		t.Fatal(err)
	}
	if _, err := f.SubmitModal(ctx, fakediscord.ModalSubmit{Opener: press, Values: map[string]string{"reason": strings.Repeat("x", 11)}}); err == nil {
		t.Error("a value over max_length was submitted")
	}
	if _, err := f.SubmitModal(ctx, fakediscord.ModalSubmit{Opener: press, Values: map[string]string{"nope": "x"}}); err == nil {
		t.Error("a value for an input the modal lacks was submitted")
	}
	sub, err := f.SubmitModal(ctx, fakediscord.ModalSubmit{Opener: press, Values: map[string]string{"reason": "alt"}})
	if err != nil {
		t.Fatal(err)
	}
	i = receive(t, interactions)
	data := i.ModalSubmitData()
	row := data.Components[0].(*discordgo.ActionsRow)
	if i.Type != discordgo.InteractionModalSubmit || data.CustomID != "m:1" || row.Components[0].(*discordgo.TextInput).Value != "alt" || i.Message == nil {
		t.Errorf("modal submit = %+v", i.Interaction)
	}
	if err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage,
		Data: &discordgo.InteractionResponseData{Content: "danke"}}); err != nil {
		t.Errorf("updating the message the modal came from: %v", err)
	}
	if _, err := f.WaitFor(ctx, sub.Callback()); err != nil {
		t.Fatal(err)
	}
	if _, err := f.SubmitModal(ctx, fakediscord.ModalSubmit{Opener: press, Values: map[string]string{"reason": "x"}}); err == nil {
		t.Error("a modal was submitted twice")
	}
}

// Interaction tokens expire; a message command brings its target.
func TestTokensExpireAndMessageCommandsBringTheirTarget(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t, fakediscord.WithTokenLifetime(time.Nanosecond))
	var interactions <-chan *discordgo.InteractionCreate
	s := connect(t, f, func(s *discordgo.Session) { interactions = collect[*discordgo.InteractionCreate](s) })
	ctx := waitCtx(t)
	if _, err := s.ApplicationCommandBulkOverwrite(f.AppID, f.GuildID, []*discordgo.ApplicationCommand{{Type: discordgo.MessageApplicationCommand, Name: "Prüfen"}}); err != nil {
		t.Fatal(err)
	}
	target, err := f.SendMessage(ctx, fakediscord.ChatMessage{Content: "Im Irak sind 2.500 Soldaten."})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.SendMessageCommand(ctx, fakediscord.MessageCommand{Name: "Prüfen", MessageID: target.ID}); err != nil {
		t.Fatal(err)
	}
	i := receive(t, interactions)
	data := i.ApplicationCommandData()
	if data.TargetID != target.ID || data.Resolved.Messages[target.ID].Content != "Im Irak sind 2.500 Soldaten." {
		t.Errorf("message command data = %+v", data)
	}
	if err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
		t.Fatal(err)
	}
	answer := "zu spät"
	_, err = s.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &answer})
	wantCode(t, "an edit after the token expired", err, 401, 50027)
}

// Threads and forum posts: members start them, the bot opens threads on
// messages, and each announces itself with THREAD_CREATE.
func TestThreadsAndForumPosts(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t, fakediscord.WithGrantedIntents(fakediscord.IntentMessageContent))
	forum := f.AddForumChannel("fragen")
	var threads <-chan *discordgo.ThreadCreate
	var messages <-chan *discordgo.MessageCreate
	s := connect(t, f, func(s *discordgo.Session) {
		s.Identify.Intents |= discordgo.IntentMessageContent
		threads = collect[*discordgo.ThreadCreate](s)
		messages = collect[*discordgo.MessageCreate](s)
	})
	ctx := waitCtx(t)
	post, err := f.PostInForum(ctx, fakediscord.ForumPost{ForumID: forum, Title: "Truppen", Content: "Wie viele?"})
	if err != nil {
		t.Fatal(err)
	}
	th := receive(t, threads)
	m := receive(t, messages)
	if th.ID != post.ChannelID || th.ParentID != forum || th.Name != "Truppen" || m.ID != th.ID || m.ChannelID != th.ID {
		t.Errorf("forum post: thread %+v, message %+v", th.Channel, m.Message)
	}
	if ch, err := s.State.Channel(th.ID); err != nil || !ch.IsThread() {
		t.Errorf("the thread is not in discordgo's state: %v", err)
	}
	_, err = s.ChannelMessageSend(forum, "direkt ins Forum")
	wantCode(t, "a message in the forum itself", err, 400, 50024)

	q, err := f.SendMessage(ctx, fakediscord.ChatMessage{Content: "Frage"})
	if err != nil {
		t.Fatal(err)
	}
	opened, err := s.MessageThreadStartComplex(f.ChannelID, q.ID, &discordgo.ThreadStart{Name: "Frage", AutoArchiveDuration: 1440})
	if err != nil || opened.ID != q.ID || opened.ParentID != f.ChannelID {
		t.Fatalf("thread on a message = %+v, %v", opened, err)
	}
	_, err = s.MessageThreadStartComplex(f.ChannelID, q.ID, &discordgo.ThreadStart{Name: "noch einmal"})
	wantCode(t, "a second thread on the message", err, 400, 160004)
	if _, err := s.ChannelMessageSend(opened.ID, "Antwort im Thread"); err != nil {
		t.Errorf("posting in the thread: %v", err)
	}
}

// A revoked token fails REST calls; unknown intent bits close with 4013.
func TestRevokedTokenAndUnknownIntents(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	s := connect(t, f, nil)
	f.RevokeToken()
	_, err := s.User("@me")
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Response.StatusCode != 401 {
		t.Errorf("REST with a revoked token: %v, want 401", err)
	}

	g := fakediscord.New(t)
	bad := newSession(t, g, g.Token)
	bad.Identify.Intents = 1 << 30
	err = bad.Open()
	if err == nil {
		closeSession(bad)
	}
	if err == nil || !strings.Contains(err.Error(), "4013") {
		t.Errorf("IDENTIFY with unknown intents: %v, want close 4013", err)
	}
}
