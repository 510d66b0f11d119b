package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/quellen/quellen/internal/fakediscord"
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
	call, err := f.WaitFor(ctx, in.Callback())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(call.Body), "2.500") {
		t.Errorf("answer does not quote the 2.500 figure: %s", call.Body)
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
