package bot

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/internal/fakediscord"
)

func TestParseAPIURL(t *testing.T) {
	tests := []struct {
		in      string
		want    string // scheme://host, empty when an error is expected
		wantErr string
	}{
		{in: "https://discord.com", want: "https://discord.com"},
		{in: "https://discord.com/", want: "https://discord.com"},
		{in: "http://127.0.0.1:8080", want: "http://127.0.0.1:8080"},
		{in: "http://[::1]:9000", want: "http://[::1]:9000"},
		{in: "", wantErr: "scheme must be http or https"},
		{in: "discord.com", wantErr: "scheme must be http or https"},
		{in: "ws://127.0.0.1:1", wantErr: "scheme must be http or https"},
		{in: "http://", wantErr: "a host is required"},
		{in: "http://:8080", wantErr: "a host is required"},
		{in: "http://user:pw@host", wantErr: "user information"},
		{in: "http://host/api/v9", wantErr: "without path"},
		{in: "http://host?x=1", wantErr: "without path"},
		{in: "http://host#frag", wantErr: "without path"},
		{in: "http://host:port", wantErr: "invalid port"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseAPIURL(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("parseAPIURL(%q) error = %v, want one containing %q", tt.in, err, tt.wantErr)
				}
				if !strings.Contains(err.Error(), "DISCORD_API_URL") {
					t.Errorf("error %q does not name the setting", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseAPIURL(%q): %v", tt.in, err)
			}
			if got.String() != tt.want {
				t.Errorf("parseAPIURL(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

// seenRequest is what a test server saw.
type seenRequest struct {
	method, path, rawQuery, host, auth, body string
}

func recordingServer(t *testing.T) (*httptest.Server, <-chan seenRequest) {
	t.Helper()
	seen := make(chan seenRequest, 10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		seen <- seenRequest{r.Method, r.URL.Path, r.URL.RawQuery, r.Host, r.Header.Get("Authorization"), string(body)}
		w.Write([]byte(`{"ok":true}`))
	}))
	t.Cleanup(srv.Close)
	return srv, seen
}

func TestNewHTTPClientSendsDiscordRequestsToAPIURL(t *testing.T) {
	target, seen := recordingServer(t)
	client, err := NewHTTPClient(target.URL, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if client.Timeout != 5*time.Second {
		t.Errorf("Timeout = %v, want 5s", client.Timeout)
	}

	req, err := http.NewRequest("POST", "https://discord.com/api/v9/webhooks/1/tok%2Fen?wait=true", strings.NewReader(`{"content":"hi"}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bot secret")
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("request to rewritten discord.com: %v", err)
	}
	resp.Body.Close()

	got := <-seen
	want := seenRequest{
		method: "POST", path: "/api/v9/webhooks/1/tok/en", rawQuery: "wait=true",
		host: strings.TrimPrefix(target.URL, "http://"), auth: "Bot secret", body: `{"content":"hi"}`,
	}
	if got != want {
		t.Errorf("target saw %+v, want %+v", got, want)
	}
	if req.URL.Host != "discord.com" || req.URL.Scheme != "https" {
		t.Errorf("caller's request was modified: %s", req.URL)
	}
}

func TestNewHTTPClientLeavesOtherHostsAlone(t *testing.T) {
	target, targetSeen := recordingServer(t)
	other, otherSeen := recordingServer(t)
	client, err := NewHTTPClient(target.URL, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := client.Get(other.URL + "/attachments/1/2/a.png")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := <-otherSeen; got.path != "/attachments/1/2/a.png" {
		t.Errorf("other host saw path %q", got.path)
	}
	select {
	case got := <-targetSeen:
		t.Errorf("a request for another host reached the API URL: %+v", got)
	default:
	}
}

func TestNewHTTPClientRejectsBadURL(t *testing.T) {
	if _, err := NewHTTPClient("discord.com", time.Second); err == nil {
		t.Fatal("NewHTTPClient accepted a URL without scheme")
	}
}

// captureTransport records the request it is asked to send.
type captureTransport struct{ got *http.Request }

func (c *captureTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	c.got = req
	return &http.Response{StatusCode: http.StatusNoContent, Body: http.NoBody, Request: req}, nil
}

func FuzzParseAPIURL(f *testing.F) {
	for _, seed := range []string{
		"https://discord.com", "http://127.0.0.1:8080", "http://[::1]:1/", "http://host/path",
		"ftp://x", "", "http://:0", "https://ex%61mple.com", "http://h?q", "http://a@b",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, apiURL string) {
		target, err := parseAPIURL(apiURL)
		if err != nil {
			if !strings.Contains(err.Error(), "DISCORD_API_URL") {
				t.Fatalf("error %q does not name the setting", err)
			}
			return
		}
		if target.Scheme != "http" && target.Scheme != "https" || target.Hostname() == "" {
			t.Fatalf("parseAPIURL(%q) accepted %#v", apiURL, target)
		}
		capture := &captureTransport{}
		rt := apiHostRewriter{target: target, next: capture}
		req, err := http.NewRequest("GET", "https://discord.com/api/v9/channels/1/messages?limit=2", nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := rt.RoundTrip(req); err != nil {
			t.Fatal(err)
		}
		want := url.URL{Scheme: target.Scheme, Host: target.Host, Path: "/api/v9/channels/1/messages", RawQuery: "limit=2"}
		if got := capture.got.URL.String(); got != want.String() {
			t.Fatalf("rewritten to %s, want %s", got, want.String())
		}
	})
}

// TestNewHTTPClientWithDiscordgo points an unmodified discordgo session at
// the fake through NewHTTPClient alone: the gateway address comes from
// GET /api/v9/gateway on the rewritten host.
func TestNewHTTPClientWithDiscordgo(t *testing.T) {
	f := fakediscord.New(t)
	client, err := NewHTTPClient(f.URL, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	s, err := discordgo.New("Bot " + f.Token)
	if err != nil {
		t.Fatal(err)
	}
	s.Client = client
	interactions := make(chan *discordgo.InteractionCreate, 1)
	s.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) { interactions <- i })
	if err := s.Open(); err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() {
		// Stop discordgo reconnecting if its heartbeat fails after Close.
		s.Lock()
		s.ShouldReconnectOnError = false
		s.Unlock()
		s.Close()
	})

	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	if _, err := s.ApplicationCommandBulkOverwrite(f.AppID, f.GuildID, []*discordgo.ApplicationCommand{{Name: "ping", Description: "Ping"}}); err != nil {
		t.Fatalf("register: %v", err)
	}
	sent, err := f.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "ping"})
	if err != nil {
		t.Fatal(err)
	}
	var i *discordgo.InteractionCreate
	select {
	case i = <-interactions:
	case <-ctx.Done():
		t.Fatal("no interaction arrived")
	}
	if err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: "pong"},
	}); err != nil {
		t.Fatalf("respond: %v", err)
	}
	if _, err := f.WaitFor(ctx, sent.Callback()); err != nil {
		t.Fatal(err)
	}
	if m, ok := f.Original(sent); !ok || m.Content != "pong" {
		t.Errorf("original response = %+v, %v", m, ok)
	}
	// The gateway's state is the fake's view of the socket; on a loaded
	// machine a heartbeat may still be on its way, so wait for it.
	got, _ := f.WaitGateway(ctx, func(s fakediscord.GatewayStats) bool { return s.Connected })
	if got.Identifies != 1 || !got.Connected {
		t.Errorf("gateway = %+v", got)
	}
}

// A burst of requests at once, then another: the second reuses the first's
// connections instead of opening new ones (the default transport keeps two).
func TestHTTPClientKeepsABurstsConnections(t *testing.T) {
	const burst = 20
	var mu sync.Mutex
	opened := 0
	release := make(chan struct{})
	var arrived sync.WaitGroup
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived.Done()
		<-release // hold every request until the whole burst is in flight
		io.WriteString(w, "{}")
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			mu.Lock()
			opened++
			mu.Unlock()
		}
	}
	srv.Start()
	defer srv.Close()
	client, err := NewHTTPClient(srv.URL, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	round := func() {
		arrived.Add(burst)
		var done sync.WaitGroup
		for range burst {
			done.Go(func() {
				resp, err := client.Get("https://discord.com/api/v9/gateway")
				if err != nil {
					t.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			})
		}
		arrived.Wait()
		for range burst {
			release <- struct{}{}
		}
		done.Wait()
	}
	round()
	mu.Lock()
	first := opened
	mu.Unlock()
	round()
	mu.Lock()
	defer mu.Unlock()
	if first != burst || opened != burst {
		t.Errorf("opened %d connections for the first burst of %d and %d in all after the second; want %d and %d", first, burst, opened, burst, burst)
	}
}
