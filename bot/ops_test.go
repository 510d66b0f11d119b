package bot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/internal/fakediscord"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

func manySources(n int) []store.Source {
	var out []store.Source
	for i := range n {
		id := fmt.Sprintf("extra-%02d", i)
		out = append(out, store.Source{ID: id, Title: "Zusatz " + id, Language: "de", Hash: id,
			Text: fmt.Sprintf("Der Zusatztext Nummer %d handelt von Bagdad.", i)})
	}
	return out
}

// failingAnswerer fails every question, like a broken disk.
type failingAnswerer struct{ Answerer }

func (failingAnswerer) Ask(context.Context, retrieval.Question) (*retrieval.Answer, error) {
	return nil, errors.New("disk I/O error")
}

func TestFailedQuestionGetsAPrivateError(t *testing.T) {
	h := startBot(t, harnessOptions{answerer: func(a Answerer) Answerer { return failingAnswerer{a} }})
	in := h.ask(t, "Wer ist Daniel Shapiro?", fakediscord.Origin{Locale: "de"})
	cb := decode[callback](t, h.wait(t, in.Callback()))
	if cb.Type != 4 || cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, "nicht geklappt") {
		t.Errorf("failed question got %+v, want a private error message", cb)
	}
	if strings.Contains(cb.Data.Content, "disk I/O") {
		t.Errorf("internal error shown to the member: %q", cb.Data.Content)
	}
}

// Discord itself keeps /reindex out of DMs (dm_permission false); the bot
// also refuses it there and checks moderators itself, since servers can
// change who sees a command.
func TestReindexIsNotOfferedInDMs(t *testing.T) {
	h := startBot(t, harnessOptions{})
	_, err := h.fake.SendSlashCommand(context.Background(), fakediscord.SlashCommand{Name: "reindex", Origin: fakediscord.Origin{DM: true}})
	if err == nil {
		t.Fatal("the fake delivered /reindex in a DM")
	}
}

func TestIsModerator(t *testing.T) {
	b := &Bot{moderatorRoles: map[string]bool{"mods": true}}
	tests := []struct {
		name   string
		member *discordgo.Member
		want   bool
	}{
		{"manage server", &discordgo.Member{Permissions: discordgo.PermissionManageGuild}, true},
		{"administrator", &discordgo.Member{Permissions: discordgo.PermissionAdministrator}, true},
		{"moderator role", &discordgo.Member{Roles: []string{"x", "mods"}}, true},
		{"member", &discordgo.Member{Roles: []string{"x"}, Permissions: discordgo.PermissionSendMessages}, false},
		{"direct message", nil, false},
	}
	for _, tt := range tests {
		i := &discordgo.InteractionCreate{Interaction: &discordgo.Interaction{Member: tt.member}}
		if got := b.isModerator(i); got != tt.want {
			t.Errorf("%s: isModerator = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// syncBuffer is a log sink safe for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestTokenIsNeverLogged(t *testing.T) {
	var logs syncBuffer
	h := startBot(t, harnessOptions{logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	in := h.ask(t, "Wer ist Daniel Shapiro?", fakediscord.Origin{})
	h.wait(t, in.Callback())
	h.fake.DropConnection()
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(logs.String(), "bot ready"); {
		if time.Now().After(deadline) {
			t.Fatalf("nothing was logged: %q", logs.String())
		}
		time.Sleep(10 * time.Millisecond) // waiting for a log line, not measuring time
	}
	if strings.Contains(logs.String(), h.fake.Token) {
		t.Errorf("the token appears in the log")
	}
}

func TestHealthAndMetrics(t *testing.T) {
	m := NewMetrics()
	m.questions.WithLabelValues("slash", "answered").Inc()
	m.latency.WithLabelValues("slash").Observe(0.004)
	healthy := false
	srv := httptest.NewServer(m.Handler(func() bool { return healthy }))
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := get("/healthz"); code != http.StatusServiceUnavailable {
		t.Errorf("/healthz while disconnected = %d", code)
	}
	healthy = true
	if code, _ := get("/healthz"); code != http.StatusOK {
		t.Errorf("/healthz while connected = %d", code)
	}
	code, body := get("/metrics")
	for _, want := range []string{`quellen_questions_total{outcome="answered",via="slash"} 1`, "quellen_answer_seconds", "quellen_reindex_seconds", "quellen_gateway_reconnects_total", "quellen_abstentions_total"} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}
