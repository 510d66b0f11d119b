package bot

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quellen/quellen/internal/fakediscord"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// recordingAnswerer notes every question the bot asks the engine.
type recordingAnswerer struct {
	Answerer
	mu    *sync.Mutex
	asked *[]retrieval.Question
}

func recorder() (func(Answerer) Answerer, func() []retrieval.Question) {
	var mu sync.Mutex
	var asked []retrieval.Question
	wrap := func(a Answerer) Answerer { return recordingAnswerer{a, &mu, &asked} }
	return wrap, func() []retrieval.Question {
		mu.Lock()
		defer mu.Unlock()
		return append([]retrieval.Question(nil), asked...)
	}
}

func (r recordingAnswerer) Ask(ctx context.Context, q retrieval.Question) (*retrieval.Answer, error) {
	r.mu.Lock()
	*r.asked = append(*r.asked, q)
	r.mu.Unlock()
	return r.Answerer.Ask(ctx, q)
}

// troopSources is a collection where a follow-up's answer depends on its
// constraint: only one sentence is about US troops in Syria.
func troopSources() []store.Source {
	src := func(id, text string) store.Source {
		return store.Source{ID: id, Title: "Bericht " + id, Outlet: "Agentur", URL: "https://example.org/" + id, Language: "de", Hash: id, Text: text}
	}
	return []store.Source{
		src("irak", "Im Irak sind rund 2.500 US-Soldaten stationiert. Sie beraten die irakische Armee."),
		src("syrien", "In Syrien sind rund 900 US-Soldaten stationiert. Sie unterstützen kurdische Kräfte."),
		src("land", "Syrien ist ein Land im Nahen Osten. In Syrien leben rund 21 Millionen Menschen."),
		src("wetter", "Im Sommer ist es in Bagdad sehr heiß. Die Temperaturen steigen auf 50 Grad."),
	}
}

// postBody is the part of a posted message the tests read.
type postBody struct {
	Content          string          `json:"content"`
	Embeds           []embedJSON     `json:"embeds"`
	Components       json.RawMessage `json:"components"`
	MessageReference *struct {
		MessageID       string `json:"message_id"`
		FailIfNotExists *bool  `json:"fail_if_not_exists"`
	} `json:"message_reference"`
}

func (h *harness) send(t *testing.T, msg fakediscord.ChatMessage) fakediscord.SentMessage {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	sent, err := h.fake.SendMessage(ctx, msg)
	if err != nil {
		t.Fatal(err)
	}
	return sent
}

// posts waits for the n-th message the bot posts in a channel.
func (h *harness) post(t *testing.T, channelID string, n int) (fakediscord.Call, postBody) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	calls, err := h.fake.WaitN(ctx, n, fakediscord.Route("POST", "/api/v9/channels/"+channelID+"/messages"))
	if err != nil {
		t.Fatal(err)
	}
	var body postBody
	if err := calls[n-1].Decode(&body); err != nil {
		t.Fatal(err)
	}
	return calls[n-1], body
}

func TestEveryDMIsAQuestion(t *testing.T) {
	h := startBot(t, harnessOptions{})
	sent := h.send(t, fakediscord.ChatMessage{DM: true, Content: "Wie viele US-Soldaten sind im Irak?"})
	call, body := h.post(t, sent.ChannelID, 1)
	if call.Status != 200 || len(body.Embeds) != 1 || !strings.Contains(body.Embeds[0].Description, "„") {
		t.Fatalf("DM answer = %s", call.Body)
	}
	noPings(t, call.Body)
	if body.MessageReference == nil || body.MessageReference.MessageID != sent.ID {
		t.Errorf("the answer does not reply to the DM")
	}
}

// A message in a thread the bot answered in follows up the thread's
// question: its constraint carries over.
func TestThreadFollowUpCarriesTheConstraint(t *testing.T) {
	wrap, asked := recorder()
	h := startBot(t, harnessOptions{
		only:     troopSources(),
		answerer: wrap,
		fakeOpts: []fakediscord.Option{fakediscord.WithGrantedIntents(fakediscord.IntentMessageContent)},
		setup:    func(f *fakediscord.Fake, cfg *Config) { cfg.QAChannelIDs = []string{f.ChannelID} },
	})
	ctx := context.Background()
	thread, err := h.fake.StartThread(ctx, fakediscord.ThreadStart{Name: "US-Truppen"})
	if err != nil {
		t.Fatal(err)
	}
	h.send(t, fakediscord.ChatMessage{ChannelID: thread, Content: "Wie viele US-Soldaten sind im Irak?"})
	if call, body := h.post(t, thread, 1); call.Status != 200 || !strings.Contains(body.Embeds[0].Description, "2.500") {
		t.Fatalf("first answer in the thread = %s", call.Body)
	}
	h.send(t, fakediscord.ChatMessage{ChannelID: thread, Content: "und in Syrien?"})
	call, body := h.post(t, thread, 2)
	qs := asked()
	if len(qs) != 2 || qs[1].Text != "und in Syrien?" || qs[1].Previous != "Wie viele US-Soldaten sind im Irak?" {
		t.Fatalf("questions asked = %+v, want the follow-up with the thread's question", qs)
	}
	if call.Status != 200 || len(body.Embeds) != 1 || body.Embeds[0].Title != "und in Syrien?" {
		t.Fatalf("follow-up answer = %s", call.Body)
	}
	// The constraint carried over: US troops in Syria, not Syria at large
	// (which "und in Syrien?" alone brings up in this collection).
	if d := body.Embeds[0].Description; !strings.Contains(d, "900 US-Soldaten") || strings.Contains(d, "21 Millionen") {
		t.Errorf("follow-up answer %q, want the US troops in Syria only", d)
	}
}

// A reply to an answer follows it up, also without the message content
// intent (a reply pings the bot) and for answers to /ask.
func TestReplyToAnAnswerIsAFollowUp(t *testing.T) {
	wrap, asked := recorder()
	h := startBot(t, harnessOptions{only: troopSources(), answerer: wrap})
	in := h.ask(t, "Wie viele US-Soldaten sind im Irak?", fakediscord.Origin{})
	answer := h.original(t, in)
	// A member replies seconds after the answer shows; the bot keeps its
	// question meanwhile.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if _, ok, _ := h.store.AnsweredQuestion(context.Background(), in.ID); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the answer's question was not kept")
		}
	}
	h.send(t, fakediscord.ChatMessage{ReplyTo: answer.ID, Content: "und in Syrien?"})
	call, body := h.post(t, h.fake.ChannelID, 1)
	qs := asked()
	if len(qs) != 2 || qs[1].Previous != "Wie viele US-Soldaten sind im Irak?" {
		t.Fatalf("questions asked = %+v", qs)
	}
	if call.Status != 200 || len(body.Embeds) != 1 || body.MessageReference == nil {
		t.Errorf("follow-up answer = %s", call.Body)
	}
	// A reply to that answer carries the whole conversation.
	var posted struct {
		ID string `json:"id"`
	}
	json.Unmarshal(call.Response, &posted)
	h.send(t, fakediscord.ChatMessage{ReplyTo: posted.ID, Content: "und wie viele Menschen leben dort?"})
	h.post(t, h.fake.ChannelID, 2)
	if qs := asked(); len(qs) != 3 || !strings.Contains(qs[2].Previous, "Irak") || !strings.Contains(qs[2].Previous, "und in Syrien?") {
		t.Errorf("second follow-up's previous = %q", qs[len(qs)-1].Previous)
	}
}

// A new post in a Q&A forum is answered in its thread; its title is part
// of the question.
func TestForumPostIsAnsweredInItsThread(t *testing.T) {
	wrap, asked := recorder()
	forum := ""
	h := startBot(t, harnessOptions{
		only:     troopSources(),
		answerer: wrap,
		fakeOpts: []fakediscord.Option{fakediscord.WithGrantedIntents(fakediscord.IntentMessageContent)},
		setup: func(f *fakediscord.Fake, cfg *Config) {
			forum = f.AddForumChannel("fragen")
			cfg.QAChannelIDs = []string{forum}
		},
	})
	post, err := h.fake.PostInForum(context.Background(), fakediscord.ForumPost{ForumID: forum, Title: "US-Soldaten in Syrien", Content: "Wie viele sind es?"})
	if err != nil {
		t.Fatal(err)
	}
	call, body := h.post(t, post.ChannelID, 1)
	if call.Status != 200 || body.MessageReference == nil || body.MessageReference.MessageID != post.ID {
		t.Fatalf("forum answer = %s", call.Body)
	}
	if qs := asked(); len(qs) != 1 || qs[0].Text != "US-Soldaten in Syrien\nWie viele sind es?" {
		t.Errorf("question = %+v, want the post's title and text", qs)
	}
}

// A question deleted while it is being answered still gets its answer,
// posted without the reply's reference.
func TestDeletedQuestionKeepsItsAnswer(t *testing.T) {
	var slow blockingAnswerer
	h := startBot(t, harnessOptions{answerer: func(a Answerer) Answerer {
		slow = blockingAnswerer{a, make(chan struct{}, 1), make(chan struct{})}
		return slow
	}})
	sent := h.send(t, fakediscord.ChatMessage{Content: "<@" + h.fake.Bot.ID + "> Wie viele US-Soldaten sind im Irak?"})
	<-slow.started
	if err := h.fake.DeleteMessage(context.Background(), sent.ID); err != nil {
		t.Fatal(err)
	}
	close(slow.release)
	call, body := h.post(t, h.fake.ChannelID, 1)
	if call.Status != 200 || len(body.Embeds) != 1 {
		t.Fatalf("answer to a deleted question = %d %s", call.Status, call.Response)
	}
	if body.MessageReference == nil || body.MessageReference.FailIfNotExists == nil || *body.MessageReference.FailIfNotExists {
		t.Errorf("message_reference = %+v, want fail_if_not_exists false", body.MessageReference)
	}
}

// In a thread-mode channel each question gets a thread of its own, in
// which follow-ups go on.
func TestThreadModeAnswersInANewThread(t *testing.T) {
	wrap, asked := recorder()
	h := startBot(t, harnessOptions{
		only:     troopSources(),
		answerer: wrap,
		fakeOpts: []fakediscord.Option{fakediscord.WithGrantedIntents(fakediscord.IntentMessageContent)},
		setup:    func(f *fakediscord.Fake, cfg *Config) { cfg.ThreadChannelIDs = []string{f.ChannelID} },
	})
	sent := h.send(t, fakediscord.ChatMessage{Content: "Wie viele US-Soldaten sind im Irak?"})
	start := h.wait(t, fakediscord.Route("POST", "/api/v9/channels/"+h.fake.ChannelID+"/messages/"+sent.ID+"/threads"))
	if start.Status != 201 {
		t.Fatalf("thread start = %d %s", start.Status, start.Response)
	}
	thread := sent.ID // a thread on a message has the message's id
	if call, body := h.post(t, thread, 1); call.Status != 200 || len(body.Embeds) != 1 {
		t.Fatalf("answer in the thread = %s", call.Body)
	}
	h.send(t, fakediscord.ChatMessage{ChannelID: thread, Content: "und in Syrien?"})
	h.post(t, thread, 2)
	if qs := asked(); len(qs) != 2 || qs[1].Previous != "Wie viele US-Soldaten sind im Irak?" {
		t.Errorf("questions = %+v", qs)
	}
	for _, c := range h.fake.Calls() {
		if c.Method == "POST" && c.Path == "/api/v9/channels/"+h.fake.ChannelID+"/messages" {
			t.Errorf("the answer was posted in the channel, not the thread")
		}
	}
}

// Where the bot may not embed it answers in plain text; where it may not
// post it answers the asker by DM; without the message history it posts
// without a reference. Each is logged once per channel.
func TestMissingPermissionsFallBack(t *testing.T) {
	var logs syncBuffer
	var noEmbeds, noSend, noHistory string
	h := startBot(t, harnessOptions{
		logger: slog.New(slog.NewTextHandler(&logs, nil)),
		setup: func(f *fakediscord.Fake, cfg *Config) {
			noEmbeds, noSend, noHistory = f.AddTextChannel("no-embeds"), f.AddTextChannel("no-send"), f.AddTextChannel("no-history")
			f.SetBotPermissions(noEmbeds, 0, fakediscord.PermissionEmbedLinks)
			f.SetBotPermissions(noSend, 0, fakediscord.PermissionSendMessages)
			f.SetBotPermissions(noHistory, 0, fakediscord.PermissionReadMessageHistory)
		},
	})
	mention := "<@" + h.fake.Bot.ID + "> Wie viele US-Soldaten sind im Irak?"

	h.send(t, fakediscord.ChatMessage{ChannelID: noEmbeds, Content: mention})
	call, body := h.post(t, noEmbeds, 1)
	if call.Status != 200 || len(body.Embeds) != 0 || !strings.Contains(body.Content, "„") || !strings.Contains(body.Content, "[1]") {
		t.Errorf("answer without Embed Links = %s, want plain text with quotes and sources", call.Body)
	}

	dm := h.fake.DMChannel(h.fake.User)
	for n := 1; n <= 2; n++ {
		h.send(t, fakediscord.ChatMessage{ChannelID: noSend, Content: mention})
		call, body := h.post(t, dm, n)
		if call.Status != 200 || len(body.Embeds) != 1 || !strings.Contains(body.Content, noSend) {
			t.Errorf("answer %d by DM = %s", n, call.Body)
		}
	}
	for _, c := range h.fake.Calls() {
		if c.Method == "POST" && c.Path == "/api/v9/channels/"+noSend+"/messages" {
			t.Errorf("the bot tried to post where it may not: %v", c)
		}
	}
	if n := strings.Count(logs.String(), "may not post"); n != 1 {
		t.Errorf("the missing permission was logged %d times, want once", n)
	}

	h.send(t, fakediscord.ChatMessage{ChannelID: noHistory, Content: mention})
	call, body = h.post(t, noHistory, 1)
	if call.Status != 200 || body.MessageReference != nil || len(body.Embeds) != 1 {
		t.Errorf("answer without Read Message History = %d %s", call.Status, call.Body)
	}
}
