package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/internal/fakediscord"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// componentJSON is a message component as sent.
type componentJSON struct {
	Type       int             `json:"type"`
	Style      int             `json:"style"`
	Label      string          `json:"label"`
	URL        string          `json:"url"`
	CustomID   string          `json:"custom_id"`
	Components []componentJSON `json:"components"`
	Emoji      *struct {
		Name string `json:"name"`
	} `json:"emoji"`
}

// buttons lists the buttons of a message's components, row by row.
func buttons(t *testing.T, raw json.RawMessage) [][]componentJSON {
	t.Helper()
	var rows []componentJSON
	if err := json.Unmarshal(raw, &rows); err != nil {
		t.Fatalf("components %s: %v", raw, err)
	}
	var out [][]componentJSON
	for _, r := range rows {
		out = append(out, r.Components)
	}
	return out
}

// button finds the button whose custom id starts with prefix.
func button(t *testing.T, raw json.RawMessage, prefix string) componentJSON {
	t.Helper()
	for _, row := range buttons(t, raw) {
		for _, b := range row {
			if b.CustomID != "" && strings.HasPrefix(b.CustomID, prefix) {
				return b
			}
		}
	}
	t.Fatalf("no button %s… in %s", prefix, raw)
	return componentJSON{}
}

func (h *harness) press(t *testing.T, messageID, customID string, origin fakediscord.Origin) fakediscord.SentInteraction {
	t.Helper()
	in, err := h.fake.PressComponent(context.Background(), fakediscord.ComponentPress{CustomID: customID, MessageID: messageID, Origin: origin})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// original waits for an interaction's reply, deferred and edited in on a
// loaded machine, and returns its message.
func (h *harness) original(t *testing.T, in fakediscord.SentInteraction) fakediscord.Message {
	t.Helper()
	if isDeferred(h.wait(t, in.Callback())) {
		h.wait(t, in.EditOriginal())
	}
	m, ok := h.fake.Original(in)
	if !ok {
		t.Fatal("no original message")
	}
	return m
}

// "Show passages" on a private answer opens a private view of its own:
// the answer, its quotes and its vote buttons stay.
func TestShowPassagesKeepsThePrivateAnswer(t *testing.T) {
	h := startBot(t, harnessOptions{})
	in := h.ask(t, "Wie viele US-Soldaten sind im Irak?", fakediscord.Origin{}, fakediscord.CommandOption{Name: "private", Value: true})
	answer := h.original(t, in)
	if !answer.Ephemeral() {
		t.Fatal("the private answer is not ephemeral")
	}
	press := h.press(t, answer.ID, button(t, answer.Components, passagesPrefix).CustomID, fakediscord.Origin{})
	cb := decode[callback](t, h.wait(t, press.Callback()))
	if cb.Type != 4 || cb.Data.Flags&64 == 0 || len(cb.Data.Embeds) != 1 || !strings.Contains(cb.Data.Embeds[0].Description, "**„") {
		t.Fatalf("passages = %+v, want a new private message", cb)
	}
	after, ok := h.fake.Message(answer.ID)
	if !ok || after.Edits != 0 || string(after.Embeds) != string(answer.Embeds) {
		t.Fatalf("the private answer changed: %d edits", after.Edits)
	}
	button(t, after.Components, votePrefix+"1")

	// The view pages itself.
	view := h.original(t, press)
	next := button(t, view.Components, passagesPagePrefix+"1:")
	page2 := h.press(t, view.ID, next.CustomID, fakediscord.Origin{})
	if cb := decode[callback](t, h.wait(t, page2.Callback())); cb.Type != 7 || !strings.Contains(cb.Data.Embeds[0].Footer.Text, "2") {
		t.Errorf("page 2 = %+v, want an update of the private view", cb)
	}
}

// Only the member who ran /sources or /timeline turns its pages; anyone
// else gets a private copy at the page they asked for.
func TestOnlyTheAskerPagesAPublicList(t *testing.T) {
	h := startBot(t, harnessOptions{extra: manySources(12)})
	ctx := context.Background()
	other := h.fake.AddUser("someone-else")
	in, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "sources"})
	if err != nil {
		t.Fatal(err)
	}
	list := h.original(t, in)
	next := button(t, list.Components, sourcesPrefix+"1").CustomID

	theirs := h.press(t, list.ID, next, fakediscord.Origin{User: other})
	cb := decode[callback](t, h.wait(t, theirs.Callback()))
	if cb.Type != 4 || cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Embeds[0].Footer.Text, "2 of 2") {
		t.Fatalf("another member's press = type %d flags %d %+v, want a private copy of page 2", cb.Type, cb.Data.Flags, cb.Data.Embeds)
	}
	if m, _ := h.fake.Message(list.ID); m.Edits != 0 {
		t.Fatal("another member turned the asker's list")
	}
	mine := h.press(t, list.ID, next, fakediscord.Origin{})
	if cb := decode[callback](t, h.wait(t, mine.Callback())); cb.Type != 7 || !strings.Contains(cb.Data.Embeds[0].Footer.Text, "2 of 2") {
		t.Errorf("the asker's press = type %d, want the list turned", cb.Type)
	}

	tl, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "timeline"})
	if err != nil {
		t.Fatal(err)
	}
	page := h.original(t, tl)
	theirs = h.press(t, page.ID, button(t, page.Components, timelinePrefix+"1:").CustomID, fakediscord.Origin{User: other})
	call := h.wait(t, theirs.Callback())
	var copyCB struct {
		Type int `json:"type"`
		Data struct {
			Flags  int `json:"flags"`
			Embeds []struct {
				Image struct {
					URL string `json:"url"`
				} `json:"image"`
			} `json:"embeds"`
		} `json:"data"`
	}
	call.Decode(&copyCB)
	if copyCB.Type != 4 || copyCB.Data.Flags&64 == 0 || !strings.HasPrefix(copyCB.Data.Embeds[0].Image.URL, "https://cdn.discordapp.com/attachments/") {
		t.Errorf("another member's timeline press = %s, want a private copy showing the chart", call.Body)
	}
	if m, _ := h.fake.Message(page.ID); m.Edits != 0 {
		t.Error("another member turned the asker's timeline")
	}
}

// A vote is one per member and answer: 👍, then 👎 with a reason, is one
// vote that changed, and the member sees the one they chose.
func TestVotesChangeAndAskWhatWasWrong(t *testing.T) {
	h := startBot(t, harnessOptions{})
	ctx := context.Background()
	in := h.ask(t, "Wie viele US-Soldaten sind im Irak?", fakediscord.Origin{})
	answer := h.original(t, in)

	up := h.press(t, answer.ID, votePrefix+"1", fakediscord.Origin{})
	view := h.original(t, up)
	if !view.Ephemeral() || !strings.Contains(view.Content, "👍") {
		t.Fatalf("vote view = %+v, want a private confirmation", view)
	}
	if b := button(t, view.Components, voteAgainPrefix+"1"); b.Style != 3 {
		t.Errorf("👍 has style %d, want 3 (chosen)", b.Style)
	}
	if m, _ := h.fake.Message(answer.ID); m.Edits != 0 {
		t.Error("a member's vote changed the public answer")
	}

	down := h.press(t, view.ID, button(t, view.Components, voteAgainPrefix+"0").CustomID, fakediscord.Origin{})
	var modal struct {
		Type int `json:"type"`
		Data struct {
			CustomID string `json:"custom_id"`
			Title    string `json:"title"`
		} `json:"data"`
	}
	if err := h.wait(t, down.Callback()).Decode(&modal); err != nil || modal.Type != 9 || modal.Data.CustomID != reasonModalPrefix+answer.ID {
		t.Fatalf("👎 answered %+v, want the 'what was wrong?' modal", modal)
	}
	sub, err := h.fake.SubmitModal(ctx, fakediscord.ModalSubmit{Opener: down, Values: map[string]string{reasonInput: "Die Zahl ist veraltet"}})
	if err != nil {
		t.Fatal(err)
	}
	cb := decode[callback](t, h.wait(t, sub.Callback()))
	if cb.Type != 7 || !strings.Contains(cb.Data.Content, "👎") || !strings.Contains(cb.Data.Content, "Die Zahl ist veraltet") {
		t.Errorf("after the modal: %+v, want the view updated to 👎 with the reason", cb)
	}
	view, _ = h.fake.Message(view.ID)
	if b := button(t, view.Components, voteAgainPrefix+"0"); b.Style != 4 {
		t.Errorf("👎 has style %d, want 4 (chosen)", b.Style)
	}

	other := h.fake.AddUser("another")
	h.wait(t, h.press(t, answer.ID, votePrefix+"1", fakediscord.Origin{User: other}).Callback())
	votes, err := h.store.Votes(ctx)
	if err != nil || len(votes) != 2 {
		t.Fatalf("votes = %+v, %v; want one per member", votes, err)
	}
	mine, ok, _ := h.store.VoteOf(ctx, answer.ID, h.fake.User.ID)
	if !ok || mine.Helpful || mine.Reason != "Die Zahl ist veraltet" || mine.Question != "Wie viele US-Soldaten sind im Irak?" || !strings.Contains(mine.Answer, "„") {
		t.Errorf("the member's vote = %+v", mine)
	}
}

// On a private answer the vote is shown on the answer itself.
func TestVoteOnAPrivateAnswerMarksItsButton(t *testing.T) {
	h := startBot(t, harnessOptions{})
	in := h.ask(t, "Wer ist Daniel Shapiro?", fakediscord.Origin{}, fakediscord.CommandOption{Name: "private", Value: true})
	answer := h.original(t, in)
	up := h.press(t, answer.ID, votePrefix+"1", fakediscord.Origin{})
	cb := decode[callback](t, h.wait(t, up.Callback()))
	if cb.Type != 7 {
		t.Fatalf("callback type %d, want the private answer updated", cb.Type)
	}
	after, _ := h.fake.Message(answer.ID)
	if b := button(t, after.Components, votePrefix+"1"); b.Style != 3 {
		t.Errorf("👍 style %d, want 3", b.Style)
	}
	if string(after.Embeds) != string(answer.Embeds) {
		t.Error("the answer's text changed")
	}
}

// decliningAnswerer declines every question, as the sources would one
// they do not cover.
type decliningAnswerer struct{ Answerer }

func (decliningAnswerer) Ask(_ context.Context, q retrieval.Question) (*retrieval.Answer, error) {
	return &retrieval.Answer{Question: q.Text, Language: "de", Text: "Die Quellen enthalten dazu keine Angabe.", IndexVersion: 1}, nil
}

// /feedback shows moderators the recent 👎 with reasons and the declined
// questions with counts, paged.
func TestFeedbackReportIsPagedForModerators(t *testing.T) {
	h := startBot(t, harnessOptions{answerer: func(a Answerer) Answerer { return decliningAnswerer{a} }})
	ctx := context.Background()
	now := time.Now()
	for i := range 7 {
		if _, err := h.store.RecordVote(ctx, store.Vote{AnswerID: "a" + string(rune('0'+i)), UserID: "u", Question: "Frage " + string(rune('A'+i)),
			Reason: "Grund " + string(rune('A'+i)), At: now.Add(time.Duration(i-10) * time.Minute)}); err != nil {
			t.Fatal(err)
		}
	}
	for range 2 {
		h.wait(t, h.ask(t, "Wie hoch ist der Eiffelturm?", fakediscord.Origin{}).Callback())
	}
	// A declined question is noted just after its answer went out.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if c, _ := h.store.CountFeedback(ctx, now.Add(-time.Hour)); c.Declined == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the declined questions were not recorded")
		}
	}
	member, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "feedback"})
	if err != nil {
		t.Fatal(err)
	}
	if cb := decode[callback](t, h.wait(t, member.Callback())); cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, "moderators") {
		t.Errorf("a member's /feedback = %+v, want a private refusal", cb)
	}
	mod := fakediscord.Origin{Permissions: fakediscord.DefaultPermissions | 1<<5}
	in, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "feedback", Origin: mod})
	if err != nil {
		t.Fatal(err)
	}
	report := h.original(t, in)
	var embeds []embedJSON
	json.Unmarshal(report.Embeds, &embeds)
	if !report.Ephemeral() || len(embeds) != 1 || !strings.Contains(embeds[0].Description, "👎 7") || !strings.Contains(embeds[0].Description, "2 questions") {
		t.Fatalf("report = %+v", embeds)
	}
	unhelpful, declined := embeds[0].Fields[0].Value, embeds[0].Fields[1].Value
	if !strings.Contains(unhelpful, "Frage G") || !strings.Contains(unhelpful, "Grund G") || strings.Contains(unhelpful, "Frage B") {
		t.Errorf("first page of 👎 = %q, want the five newest", unhelpful)
	}
	if !strings.Contains(declined, "Wie hoch ist der Eiffelturm?") || !strings.Contains(declined, "×2") {
		t.Errorf("declined = %q, want the question twice", declined)
	}
	page2 := h.press(t, report.ID, button(t, report.Components, feedbackReportPrefix+"30:1").CustomID, mod)
	cb := decode[callback](t, h.wait(t, page2.Callback()))
	if cb.Type != 7 || !strings.Contains(cb.Data.Embeds[0].Fields[0].Value, "Frage A") || !strings.Contains(cb.Data.Embeds[0].Footer.Text, "2 of 2") {
		t.Errorf("page 2 = %+v", cb.Data.Embeds)
	}
}

// Each answer links its sources with link buttons, each address once and
// at most five; a source is listed once however many of its sentences are
// quoted, and a source without a valid address gets no link.
func TestAnswersLinkTheirSourcesOnce(t *testing.T) {
	var sources []store.Source
	for i, u := range []string{"https://a.example/irak", "https://b.example/irak", "javascript:alert(1)", "https://c.example/x", "https://d.example/y", "https://e.example/z", "https://f.example/w"} {
		id := string(rune('a' + i))
		sources = append(sources, store.Source{ID: id, Title: "Bericht " + id, Outlet: "Agentur " + id, URL: u, Language: "de", Hash: id,
			Text: fmt.Sprintf("Im Irak sind rund %d US-Soldaten stationiert. Die %d US-Soldaten im Irak beraten die Armee. Das Wetter ist heiß.", 2500+i*100, 2500+i*100)})
	}
	h := startBot(t, harnessOptions{only: sources})
	in := h.ask(t, "Wie viele US-Soldaten sind im Irak?", fakediscord.Origin{})
	call := h.wait(t, in.Callback())
	cb := decode[callback](t, call)
	if len(cb.Data.Embeds) != 1 || len(cb.Data.Embeds[0].Fields) == 0 {
		t.Fatalf("answer = %s", call.Body)
	}
	titles := map[string]bool{}
	for _, f := range cb.Data.Embeds[0].Fields {
		title := f.Name[strings.Index(f.Name, " ")+1:]
		if titles[title] {
			t.Errorf("source %q listed twice", f.Name)
		}
		titles[title] = true
	}
	rows := buttons(t, cb.Data.Components)
	linked := 0
	for title := range titles {
		if strings.HasPrefix(title, "Bericht ") && title != "Bericht c" {
			linked++
		}
	}
	if linked == 0 {
		t.Fatalf("the answer cites no source with an address: %s", call.Body)
	}
	if len(rows) != 2 {
		t.Fatalf("%d rows of buttons, want the actions and the links", len(rows))
	}
	seen := map[string]bool{}
	for _, b := range rows[1] {
		if b.Style != 5 || !strings.HasPrefix(b.URL, "https://") || seen[b.URL] || b.Label == "" {
			t.Errorf("link button %+v: want a distinct https link with a label", b)
		}
		seen[b.URL] = true
	}
	if len(rows[1]) != min(linked, 5) {
		t.Errorf("%d link buttons for %d cited sources with an address", len(rows[1]), linked)
	}
}

// The rendering rule itself, on an answer made in the test: sources in
// the order of their first quote, each once with all its numbers, and link
// buttons for the first five valid addresses.
func TestCitedSourcesAndLinks(t *testing.T) {
	var cs []retrieval.Citation
	for n, s := range []struct{ id, url string }{
		{"a", "https://a.example/1"}, {"b", "https://b.example/2"}, {"a", "https://a.example/1"}, {"c", "ftp://c.example/3"},
		{"d", "https://d.example/4"}, {"e", "https://e.example/5"}, {"f", "https://a.example/1"}, {"g", "https://g.example/7"}, {"h", "https://h.example/8"},
	} {
		cs = append(cs, retrieval.Citation{N: n + 1, SourceID: s.id, Title: "Titel " + s.id, URL: s.url})
	}
	var got []string
	for _, s := range citedSources(cs) {
		got = append(got, s.SourceID+citationRefs(s.numbers))
	}
	if strings.Join(got, " ") != "a[1][3] b[2] c[4] d[5] e[6] f[7] g[8] h[9]" {
		t.Errorf("cited sources = %v", got)
	}
	var links []string
	for _, c := range sourceLinks(cs).Components {
		links = append(links, c.(discordgo.Button).URL)
	}
	if strings.Join(links, " ") != "https://a.example/1 https://b.example/2 https://d.example/4 https://e.example/5 https://g.example/7" {
		t.Errorf("links = %v, want five, each address once, none for ftp", links)
	}
}
