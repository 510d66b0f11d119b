package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/quellen/quellen/internal/fakediscord"
)

// In a Q&A channel every message is a question; reading them needs the
// privileged message content intent, which the bot then requests.
func TestQAChannelAnswersEveryMessageButBots(t *testing.T) {
	f := fakediscord.IntentMessageContent
	qa := "" // filled after the fake exists
	h := startBot(t, harnessOptions{
		fakeOpts: []fakediscord.Option{fakediscord.WithGrantedIntents(f)},
		cfg:      Config{QAChannelIDs: []string{"placeholder"}},
	})
	qa = h.fake.ChannelID
	h.bot.qaChannels = map[string]bool{qa: true}
	if in := h.fake.Gateway().Intents; in&f == 0 {
		t.Fatalf("intents %b lack MESSAGE_CONTENT although Q&A channels are configured", in)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	robot := h.fake.AddUser("other-bot")
	robot.Bot = true
	if _, err := h.fake.SendMessage(ctx, fakediscord.ChatMessage{Author: robot, Content: "Wie viele US-Soldaten sind im Irak?"}); err != nil {
		t.Fatal(err)
	}
	sent, err := h.fake.SendMessage(ctx, fakediscord.ChatMessage{Content: "Wie viele US-Soldaten sind im Irak?"})
	if err != nil {
		t.Fatal(err)
	}
	reply := h.wait(t, fakediscord.Route("POST", "/api/v9/channels/"+qa+"/messages"))
	var body struct {
		MessageReference struct {
			MessageID string `json:"message_id"`
		} `json:"message_reference"`
	}
	reply.Decode(&body)
	if body.MessageReference.MessageID != sent.ID {
		t.Errorf("reply references %q, want the member's message %s", body.MessageReference.MessageID, sent.ID)
	}
	// The bot's own reply comes back as MESSAGE_CREATE; it must not answer itself,
	// nor the other bot: exactly one reply.
	time.Sleep(300 * time.Millisecond) // nothing to wait on: asserting an absence
	posts := 0
	for _, c := range h.fake.Calls() {
		if c.Method == "POST" && strings.HasSuffix(c.Path, "/messages") {
			posts++
		}
	}
	if posts != 1 {
		t.Errorf("%d replies, want 1", posts)
	}
}

func TestSourcesArePaged(t *testing.T) {
	h := startBot(t, harnessOptions{extra: manySources(12)})
	ctx := context.Background()
	in, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "sources", Origin: fakediscord.Origin{Locale: "de"}})
	if err != nil {
		t.Fatal(err)
	}
	cb := decode[callback](t, h.wait(t, in.Callback()))
	if len(cb.Data.Embeds) != 1 || !strings.Contains(cb.Data.Embeds[0].Title, "17") || !strings.Contains(cb.Data.Embeds[0].Footer.Text, "1 von 2") {
		t.Fatalf("first page = %+v", cb.Data.Embeds)
	}
	noPings(t, h.wait(t, in.Callback()).Body)
	orig, _ := h.fake.Original(in)
	next, err := h.fake.PressComponent(ctx, fakediscord.ComponentPress{CustomID: sourcesPrefix + "1", MessageID: orig.ID, Origin: fakediscord.Origin{Locale: "de"}})
	if err != nil {
		t.Fatal(err)
	}
	cb = decode[callback](t, h.wait(t, next.Callback()))
	if cb.Type != 7 || !strings.Contains(cb.Data.Embeds[0].Footer.Text, "2 von 2") {
		t.Errorf("second page = type %d, %+v", cb.Type, cb.Data.Embeds)
	}
}
