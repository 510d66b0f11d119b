package fakediscord

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// FuzzREST sends arbitrary requests, as a buggy bot might, to the REST
// surface. Whatever arrives, the fake must answer with JSON (or nothing),
// never with a server error, and record exactly one call with the status
// it answered.
func FuzzREST(f *testing.F) {
	const multipart = "--b\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n\r\n{\"content\":\"x\"}\r\n" +
		"--b\r\nContent-Disposition: form-data; name=\"files[0]\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nabc\r\n--b--\r\n"
	for _, seed := range [][4]string{
		{"GET", "/api/v9/gateway", "", ""},
		{"GET", "/api/v9/users/@me", "", ""},
		{"PUT", "/api/v9/applications/{app}/guilds/{guild}/commands", "application/json",
			`[{"name":"ask","description":"d","options":[{"type":3,"name":"q","description":"d","required":true}]}]`},
		{"POST", "/api/v9/applications/{app}/commands", "application/json", `{"name":"x","description":"d"}`},
		{"POST", "/api/v9/channels/{channel}/messages", "application/json",
			`{"content":"hi","embeds":[{"title":"t"}],"components":[{"type":1,"components":[{"type":2,"style":1,"label":"x","custom_id":"a"}]}]}`},
		{"POST", "/api/v9/channels/{channel}/messages", "multipart/form-data; boundary=b", multipart},
		{"PATCH", "/api/v9/channels/{channel}/messages/{message}", "application/json", `{"content":"edited","attachments":[]}`},
		{"DELETE", "/api/v9/channels/{channel}/messages/{message}", "", ""},
		{"POST", "/api/v9/interactions/{interaction}/{token}/callback", "application/json", `{"type":5,"data":{"flags":64}}`},
		{"PATCH", "/api/v9/webhooks/{app}/{token}/messages/@original", "application/json", `{"content":"answer"}`},
		{"POST", "/api/v9/webhooks/{app}/{token}?wait=true", "multipart/form-data; boundary=b", multipart},
		{"POST", "/api/v9/users/@me/channels", "application/json", `{"recipient_id":"{user}"}`},
		{"POST", "/api/v9/channels/{channel}/messages", "application/json", `{"content":`},
		{"GET", "/api/v9/nothing/here", "", ""},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}

	f.Fuzz(func(t *testing.T, method, path, contentType, body string) {
		fake, expand := fuzzFake(t)
		req, err := http.NewRequest(method, "http://fake"+expand(path), strings.NewReader(expand(body)))
		if err != nil || !strings.HasPrefix(req.URL.Path, "/api/") {
			return // not a request a client could send, or the gateway
		}
		req.Header.Set("Authorization", "Bot "+fake.Token)
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		before := len(fake.Calls())
		rec := httptest.NewRecorder()
		fake.routes().ServeHTTP(rec, req)

		if rec.Code == http.StatusMovedPermanently || rec.Code == http.StatusTemporaryRedirect {
			return // ServeMux cleaning an unclean path; never reaches the fake
		}
		if rec.Code >= 500 {
			t.Fatalf("%s %s answered %d: %s", method, path, rec.Code, rec.Body)
		}
		if rec.Body.Len() > 0 && !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("%s %s answered non-JSON %q", method, path, rec.Body)
		}
		calls := fake.Calls()
		if len(calls) != before+1 || calls[before].Status != rec.Code {
			t.Fatalf("%s %s answered %d but recorded %v", method, path, rec.Code, calls[before:])
		}
	})
}

// fuzzFake returns a fake with a bot message and an interaction that can
// still be answered, and a function that fills their ids into a seed.
func fuzzFake(t *testing.T) (*Fake, func(string) string) {
	fake := New(t, WithInteractionDeadline(0))
	fake.mu.Lock()
	defer fake.mu.Unlock()
	msg := fake.botMessageLocked(fake.ChannelID, messagePayload{Content: new("hi")}, nil)
	org, err := fake.resolveOriginLocked(Origin{})
	if err != nil {
		t.Fatal(err)
	}
	in, _ := fake.newInteractionLocked(interactionCommand, org, nil)
	in.created = time.Now()
	return fake, strings.NewReplacer(
		"{app}", fake.AppID, "{guild}", fake.GuildID, "{channel}", fake.ChannelID, "{user}", fake.User.ID,
		"{message}", msg.id, "{interaction}", in.id, "{token}", in.token,
	).Replace
}
