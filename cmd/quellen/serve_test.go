package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/quellen/quellen/bot"
	"github.com/quellen/quellen/internal/fakediscord"
	"github.com/quellen/quellen/store"
)

// The binary as deployed: configuration from the environment and .env,
// against a fake Discord on 127.0.0.1, with metrics, then SIGTERM.
func TestServeEndToEnd(t *testing.T) {
	f := fakediscord.New(t)
	data := t.TempDir()
	metrics := freeAddr(t)
	envFile := t.TempDir() + "/.env"
	// The token comes from .env, with its "Bot " prefix; the environment
	// sets the rest.
	os.WriteFile(envFile, []byte("DISCORD_TOKEN=Bot "+f.Token+"\nQUELLEN_LOG_LEVEL=debug\n"), 0o600)
	cmd := exec.Command(binary, "serve", "--env", envFile)
	cmd.Env = append(os.Environ(), "QUELLEN_DATA="+data, "QUELLEN_SOURCES=", "DISCORD_TOKEN=",
		"DISCORD_API_URL="+f.URL, "DISCORD_GUILD_ID="+f.GuildID, "QUELLEN_METRICS_ADDR="+metrics)
	var logs lockedBuffer
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
	})

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := f.WaitFor(ctx, fakediscord.Route("PUT", "/api/v9/applications/"+f.AppID+"/guilds/"+f.GuildID+"/commands")); err != nil {
		t.Fatalf("commands not registered: %v\nlog:\n%s", err, logs.String())
	}
	in, err := f.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "ask", Options: []fakediscord.CommandOption{{Name: "question", Value: "Wie viele US-Soldaten sind im Irak?"}}})
	if err != nil {
		t.Fatal(err)
	}
	if body := answerBody(ctx, t, f, in); !strings.Contains(body, "2.500") {
		t.Errorf("answer does not quote the 2.500 figure: %s", body)
	}

	for path, want := range map[string]string{"/healthz": "ok", "/metrics": "quellen_questions_total"} {
		// The bot counts a question once its answer is sent: poll a moment.
		var status int
		var body []byte
		for range 50 {
			resp, err := http.Get("http://" + metrics + path)
			if err != nil {
				t.Fatalf("GET %s: %v", path, err)
			}
			body, _ = io.ReadAll(resp.Body)
			resp.Body.Close()
			status = resp.StatusCode
			if status == 200 && strings.Contains(string(body), want) {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if status != 200 || !strings.Contains(string(body), want) {
			t.Errorf("GET %s = %d %.80q", path, status, body)
		}
	}

	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("serve exited with %v after SIGTERM\nlog:\n%s", err, logs.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop after SIGTERM")
	}
	if strings.Contains(logs.String(), f.Token) {
		t.Error("the token appears in the log")
	}
	if f.Gateway().Connected {
		t.Error("the gateway is still connected after shutdown")
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// lockedBuffer collects a process's output while the test may read it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestLoadServeConfig(t *testing.T) {
	base := map[string]string{"DISCORD_TOKEN": "Bot abc"}
	tests := []struct {
		name    string
		env     map[string]string
		check   func(serveConfig) bool
		wantErr string
	}{
		{"defaults", nil, func(c serveConfig) bool {
			return c.bot.ShardCount == 0 && c.bot.ShardID == 0 && c.bot.HomeGuildID == "" && c.bot.RatePerMinute == 0
		}, ""},
		{"home guild and thread channels", map[string]string{"DISCORD_HOME_GUILD_ID": " 123456789012345678 ", "QUELLEN_THREAD_CHANNEL_IDS": "1, 2,,3"},
			func(c serveConfig) bool {
				return c.bot.HomeGuildID == "123456789012345678" && strings.Join(c.bot.ThreadChannelIDs, " ") == "1 2 3"
			}, ""},
		{"shards", map[string]string{"QUELLEN_SHARD_ID": "1", "QUELLEN_SHARD_COUNT": "2"},
			func(c serveConfig) bool { return c.bot.ShardID == 1 && c.bot.ShardCount == 2 }, ""},
		{"auto shards", map[string]string{"QUELLEN_SHARD_ID": "3", "QUELLEN_SHARD_COUNT": "Auto"},
			func(c serveConfig) bool { return c.bot.ShardID == 3 && c.bot.ShardCount == bot.ShardAuto }, ""},
		{"no token", map[string]string{"DISCORD_TOKEN": "Bot "}, nil, "DISCORD_TOKEN is not set"},
		{"guild id with a name", map[string]string{"DISCORD_HOME_GUILD_ID": "my-server"}, nil, "DISCORD_HOME_GUILD_ID"},
		{"channel id with a hash", map[string]string{"QUELLEN_QA_CHANNEL_IDS": "123,#fragen"}, nil, "QUELLEN_QA_CHANNEL_IDS"},
		{"shard count zero", map[string]string{"QUELLEN_SHARD_COUNT": "0"}, nil, "QUELLEN_SHARD_COUNT"},
		{"shard id too big", map[string]string{"QUELLEN_SHARD_ID": "2", "QUELLEN_SHARD_COUNT": "2"}, nil, "below QUELLEN_SHARD_COUNT"},
		{"shard id without count", map[string]string{"QUELLEN_SHARD_ID": "1"}, nil, "needs QUELLEN_SHARD_COUNT"},
		{"negative shard id", map[string]string{"QUELLEN_SHARD_ID": "-1", "QUELLEN_SHARD_COUNT": "2"}, nil, "QUELLEN_SHARD_ID"},
		{"rate limit", map[string]string{"QUELLEN_RATE_LIMIT": "many"}, nil, "QUELLEN_RATE_LIMIT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			getenv := func(k string) string {
				if v, ok := tt.env[k]; ok {
					return v
				}
				return base[k]
			}
			c, err := loadServeConfig(getenv)
			if tt.wantErr != "" {
				var in inputError
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.As(err, &in) {
					t.Fatalf("error = %v, want an input error naming %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || !tt.check(c) {
				t.Errorf("config = %+v, %v", c.bot, err)
			}
		})
	}
}

// serveProcess runs quellen serve with extra environment against f.
func serveProcess(t *testing.T, f *fakediscord.Fake, data string, env ...string) (*exec.Cmd, *lockedBuffer, <-chan error) {
	t.Helper()
	cmd := exec.Command(binary, "serve", "--env", filepath.Join(t.TempDir(), "none.env"))
	cmd.Env = append(os.Environ(), append([]string{"QUELLEN_DATA=" + data, "QUELLEN_SOURCES=", "DISCORD_TOKEN=" + f.Token,
		"DISCORD_API_URL=" + f.URL, "DISCORD_GUILD_ID=", "QUELLEN_LOG_LEVEL=info"}, env...)...)
	logs := &lockedBuffer{}
	cmd.Stderr = logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() { cmd.Process.Kill() })
	return cmd, logs, exited
}

// Two quellen serve processes, shards 0 and 1 of 2, share one data
// directory: each answers the guild Discord routes to it, only shard 0
// registers commands, and the votes of both land in the one database.
func TestTwoShardProcessesShareADataDirectory(t *testing.T) {
	f := fakediscord.New(t)
	zero, one := f.AddGuild("zero", 0, 2), f.AddGuild("one", 1, 2)
	data := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	shard := func(id string) []string {
		return []string{"QUELLEN_SHARD_ID=" + id, "QUELLEN_SHARD_COUNT=2", "DISCORD_HOME_GUILD_ID=" + zero.ID}
	}
	// Shard 0 builds the index first; shard 1 then opens it.
	cmd0, logs0, exited0 := serveProcess(t, f, data, shard("0")...)
	if _, err := f.WaitFor(ctx, fakediscord.Route("PUT", "/api/v9/applications/"+f.AppID+"/guilds/"+zero.ID+"/commands")); err != nil {
		t.Fatalf("shard 0 did not register: %v\n%s", err, logs0.String())
	}
	cmd1, logs1, exited1 := serveProcess(t, f, data, shard("1")...)
	if _, err := f.WaitGateway(ctx, func(s fakediscord.GatewayStats) bool { return s.Shards[0] && s.Shards[1] }); err != nil {
		t.Fatalf("both shards did not connect: %v\n%s", err, logs1.String())
	}
	for _, g := range []fakediscord.Guild{zero, one} {
		in, err := f.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "ask", Origin: fakediscord.Origin{ChannelID: g.ChannelID},
			Options: []fakediscord.CommandOption{{Name: "question", Value: "Wie viele US-Soldaten sind im Irak?"}}})
		if err != nil {
			t.Fatal(err)
		}
		if body := answerBody(ctx, t, f, in); !strings.Contains(body, "2.500") {
			t.Fatalf("guild %s: %s", g.ID, body)
		}
		answer, _ := f.Original(in)
		vote, err := f.PressComponent(ctx, fakediscord.ComponentPress{CustomID: "fb:1", MessageID: answer.ID, Origin: fakediscord.Origin{ChannelID: g.ChannelID}})
		if err != nil {
			t.Fatal(err)
		}
		if call, err := f.WaitFor(ctx, vote.Callback()); err != nil || call.Status != 204 {
			t.Fatalf("vote in guild %s: %v", g.ID, err)
		}
	}
	puts := 0
	for _, c := range f.Calls() {
		if c.Method == "PUT" && c.Path == "/api/v9/applications/"+f.AppID+"/commands" {
			puts++
		}
	}
	if puts != 1 {
		t.Errorf("global commands registered %d times, want once, by shard 0", puts)
	}
	for i, cmd := range []*exec.Cmd{cmd0, cmd1} {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-[]<-chan error{exited0, exited1}[i]:
			if err != nil {
				t.Errorf("shard %d exited with %v\n%s", i, err, []*lockedBuffer{logs0, logs1}[i].String())
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("shard %d did not stop", i)
		}
	}
	st, err := store.Open(ctx, filepath.Join(data, dbFile))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if votes, err := st.Votes(ctx); err != nil || len(votes) != 2 {
		t.Errorf("votes in the shared database = %+v, %v; want one from each shard", votes, err)
	}
	if !strings.Contains(logs0.String(), "shard=0") || !strings.Contains(logs1.String(), "shard=1") {
		t.Errorf("logs do not name the shards:\n%s\n%s", logs0.String(), logs1.String())
	}
}

// A disabled privileged intent ends serve with exit status 2 and what to
// do, instead of reconnecting forever.
func TestServeExitsOnADisallowedIntent(t *testing.T) {
	f := fakediscord.New(t) // Message Content is not granted
	_, logs, exited := serveProcess(t, f, t.TempDir(), "QUELLEN_QA_CHANNEL_IDS="+f.ChannelID)
	select {
	case err := <-exited:
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 2 {
			t.Errorf("serve ended with %v, want exit status 2", err)
		}
		if !strings.Contains(logs.String(), "turn on the Message Content intent in the developer portal") {
			t.Errorf("stderr lacks the advice:\n%s", logs.String())
		}
	case <-time.After(60 * time.Second):
		t.Fatal("serve kept running after Discord closed with 4014")
	}
}

// .env.example lists every variable quellen serve reads.
func TestEnvExampleListsEveryVariable(t *testing.T) {
	example, err := os.ReadFile("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	read := regexp.MustCompile(`getenv\("([A-Z_]+)"\)`)
	checked := 0
	defer func() {
		if checked < 10 {
			t.Errorf("found only %d variables read: the pattern no longer matches the code", checked)
		}
	}()
	for _, file := range []string{"serve.go", "app.go"} {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range read.FindAllSubmatch(src, -1) {
			checked++
			if !regexp.MustCompile(`(?m)^` + string(m[1]) + `=`).Match(example) {
				t.Errorf("%s reads %s, which .env.example does not list", file, m[1])
			}
		}
	}
}

// answerBody is the payload that carried an interaction's answer: its
// callback, or the edit after a deferral (the first question of a process
// loads the engine's lexicons and may take longer than the budget).
func answerBody(ctx context.Context, t *testing.T, f *fakediscord.Fake, in fakediscord.SentInteraction) string {
	t.Helper()
	call, err := f.WaitFor(ctx, in.Callback())
	if err != nil || call.Status != 204 {
		t.Fatalf("callback: %v %d %s", err, call.Status, call.Response)
	}
	var cb struct{ Type int }
	call.Decode(&cb)
	if cb.Type != 5 {
		return string(call.Body)
	}
	edit, err := f.WaitFor(ctx, in.EditOriginal())
	if err != nil || edit.Status != 200 {
		t.Fatalf("edit of the deferred answer: %v %d", err, edit.Status)
	}
	return string(edit.Body)
}
