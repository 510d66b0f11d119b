package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/quellen/quellen/internal/fakediscord"
	"github.com/quellen/quellen/store"
)

// checkSources is a collection where each claim below has one clear
// verdict: a figure one source states, a figure none states, a subject
// none mentions.
func checkSources() []store.Source {
	src := func(id, published, text string) store.Source {
		return store.Source{ID: id, Title: "Meldung " + id, Outlet: "Agentur", URL: "https://example.org/" + id, Language: "de", Hash: id,
			Published: store.Date{Value: published}, Text: text}
	}
	return []store.Source{
		src("a", "2020-06-12", "Der Einsatz von rund 5.000 US-Soldaten im Irak ist umstritten. Das Parlament forderte den Abzug."),
		src("b", "2024-09", "Rund 2.500 US-Soldaten im Irak beraten die irakische Armee. Die Mission endet 2025."),
		src("c", "2023", "Die Ölpreise stiegen im Sommer deutlich an. Händler rechnen mit weiteren Erhöhungen."),
	}
}

// "Ask Quellen about this message" checks a member's claim: the quotes for
// it, those against it, or that the sources say nothing.
func TestMessageCommandChecksAClaim(t *testing.T) {
	h := startBot(t, harnessOptions{only: checkSources(), cfg: Config{RatePerMinute: 100}})
	ctx := context.Background()
	tests := []struct {
		claim, verdict   string
		support, against bool
	}{
		{"Die Ölpreise stiegen im Sommer deutlich an.", "Von den Quellen gestützt", true, false},
		{"Im Irak sind 7.000 US-Soldaten stationiert.", "Die Quellen nennen anderes", false, true},
		{"Die Bundeswehr hat 300 Soldaten in Mali.", "Die Quellen sagen dazu nichts", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.claim, func(t *testing.T) {
			// Without the message content intent the bot cannot read the
			// message, but a message command brings its text.
			msg := h.send(t, fakediscord.ChatMessage{Content: tt.claim})
			if msg.ContentVisible {
				t.Fatal("the fake showed the bot a message's content without the intent")
			}
			in, err := h.fake.SendMessageCommand(ctx, fakediscord.MessageCommand{Name: cmdCheck, MessageID: msg.ID, Origin: fakediscord.Origin{Locale: "de"}})
			if err != nil {
				t.Fatal(err)
			}
			call := h.wait(t, in.Callback())
			noPings(t, call.Body)
			var cb struct {
				Type int `json:"type"`
				Data struct {
					Flags  int `json:"flags"`
					Embeds []struct {
						embedJSON
						URL string `json:"url"`
					} `json:"embeds"`
				} `json:"data"`
			}
			if err := call.Decode(&cb); err != nil || cb.Type != 4 || cb.Data.Flags&64 != 0 || len(cb.Data.Embeds) != 1 {
				t.Fatalf("check = %s", call.Body)
			}
			emb := cb.Data.Embeds[0]
			if !strings.Contains(emb.Title, tt.verdict) {
				t.Errorf("title %q, want %q", emb.Title, tt.verdict)
			}
			if !strings.Contains(emb.Description, "„"+escapeMarkdown(tt.claim)+"“") {
				t.Errorf("description %q does not quote the claim", emb.Description)
			}
			if !strings.HasSuffix(emb.URL, "/"+h.fake.GuildID+"/"+h.fake.ChannelID+"/"+msg.ID) {
				t.Errorf("url %q does not lead to the message", emb.URL)
			}
			fields := ""
			for _, f := range emb.Fields {
				fields += f.Name + "|"
				h.quotesAreVerbatim(t, strings.ReplaceAll(f.Value, "“ [", "“\n["))
			}
			if strings.Contains(fields, "stützt die Aussage") != tt.support || strings.Contains(fields, "andere Zahlen") != tt.against {
				t.Errorf("fields %q: want supporting %v, contradicting %v", fields, tt.support, tt.against)
			}
		})
	}

	empty := h.send(t, fakediscord.ChatMessage{Content: "<@" + h.fake.Bot.ID + ">"})
	in, err := h.fake.SendMessageCommand(ctx, fakediscord.MessageCommand{Name: cmdCheck, MessageID: empty.ID})
	if err != nil {
		t.Fatal(err)
	}
	if cb := decode[callback](t, h.wait(t, in.Callback())); cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, "no text") {
		t.Errorf("a message without text got %+v, want a private note", cb)
	}
}
