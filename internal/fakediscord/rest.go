package fakediscord

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
)

// Discord's JSON error codes used by the fake.
const (
	codeUnknownChannel       = 10003
	codeUnknownMessage       = 10008
	codeUnknownUser          = 10013
	codeUnknownWebhook       = 10015
	codeUnknownInteraction   = 10062
	codeUnknownCommand       = 10063
	codeAlreadyAcknowledged  = 40060
	codeMissingAccess        = 50001
	codeCannotEditOthers     = 50005
	codeEmptyMessage         = 50006
	codeMissingPermissions   = 50013
	codeInvalidThreadParent  = 50024 // "Cannot execute action on this channel type"
	codeInvalidWebhookToken  = 50027
	codeThreadAlreadyCreated = 160004
	codeInvalidFormBody      = 50035
	codeInvalidJSON          = 50109
)

const (
	// maxRequestBytes bounds a request body; Discord's upload limit is lower.
	maxRequestBytes = 25 << 20
	// authorizationHeaderPrefix starts a bot's Authorization header.
	authorizationHeaderPrefix = "Bot "
)

// access says whether a route needs the bot's Authorization header. The
// interaction callback and webhook routes are authorised by the token in
// their path instead.
type access int

const (
	public access = iota
	botOnly
)

// reply is a handler's answer, recorded before it is written.
type reply struct {
	status int
	header http.Header
	body   any // nil for an empty body
}

// handler answers one REST call; the call's body is already read.
type handler func(r *http.Request, c *Call) reply

func jsonReply(status int, body any) reply { return reply{status: status, body: body} }

func noContent() reply { return reply{status: http.StatusNoContent} }

func errorReply(status, code int, message string) reply {
	return jsonReply(status, map[string]any{"message": message, "code": code})
}

// registerREST adds the REST routes below /api/v9.
func (f *Fake) registerREST(mux *http.ServeMux) {
	handle := func(pattern string, a access, h handler) {
		method, path, _ := strings.Cut(pattern, " ")
		mux.Handle(method+" /api/v9"+path, f.endpoint(a, h))
	}
	handle("GET /gateway", public, f.getGateway)
	handle("GET /gateway/bot", botOnly, f.getGatewayBot)
	handle("GET /users/@me", botOnly, f.getCurrentUser)
	handle("GET /users/{user}", botOnly, f.getUser)
	handle("POST /users/@me/channels", botOnly, f.createDM)
	handle("GET /guilds/{guild}", botOnly, f.getGuild)
	handle("GET /guilds/{guild}/roles", botOnly, f.getGuildRoles)
	handle("GET /guilds/{guild}/channels", botOnly, f.getGuildChannels)
	handle("GET /channels/{channel}", botOnly, f.getChannel)
	handle("POST /channels/{channel}/typing", botOnly, f.triggerTyping)
	handle("POST /channels/{channel}/messages", botOnly, f.createChannelMessage)
	handle("GET /channels/{channel}/messages/{message}", botOnly, f.getChannelMessage)
	handle("PATCH /channels/{channel}/messages/{message}", botOnly, f.editChannelMessage)
	handle("DELETE /channels/{channel}/messages/{message}", botOnly, f.deleteChannelMessage)
	handle("PUT /channels/{channel}/messages/{message}/reactions/{emoji}/@me", botOnly, f.addReaction)
	handle("POST /channels/{channel}/messages/{message}/threads", botOnly, f.startThreadFromMessage)
	for _, scope := range []string{"/applications/{app}", "/applications/{app}/guilds/{guild}"} {
		handle("GET "+scope+"/commands", botOnly, f.listCommands)
		handle("PUT "+scope+"/commands", botOnly, f.overwriteCommands)
		handle("POST "+scope+"/commands", botOnly, f.createCommand)
		handle("DELETE "+scope+"/commands/{command}", botOnly, f.deleteCommand)
	}
	handle("POST /interactions/{interaction}/{token}/callback", public, f.interactionCallback)
	handle("POST /webhooks/{app}/{token}", public, f.executeWebhook)
	handle("GET /webhooks/{app}/{token}/messages/{message}", public, f.getWebhookMessage)
	handle("PATCH /webhooks/{app}/{token}/messages/{message}", public, f.editWebhookMessage)
	handle("DELETE /webhooks/{app}/{token}/messages/{message}", public, f.deleteWebhookMessage)
}

// endpoint reads and records a REST call around h. Injected faults come
// first, then the authorisation check, then the route itself.
func (f *Fake) endpoint(a access, h handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		call, err := readCall(r)
		var rep reply
		if err != nil {
			rep = errorReply(http.StatusBadRequest, codeInvalidJSON, err.Error())
		} else if faulted, ok := f.takeFault(call); ok {
			rep = faulted
		} else if a == botOnly && (call.Authorization() != authorizationHeaderPrefix+f.Token || f.revoked.Load()) {
			rep = errorReply(http.StatusUnauthorized, 0, "401: Unauthorized")
		} else {
			rep = h(r, &call)
		}

		var body []byte
		if rep.body != nil {
			if body, err = json.Marshal(rep.body); err != nil {
				panic(fmt.Sprintf("fakediscord: encode reply to %s %s: %v", call.Method, call.Path, err))
			}
		}
		call.Status, call.Response = rep.status, body
		if rep.status >= 400 && rep.status != http.StatusTooManyRequests {
			f.logf("%s answered %s", call, body)
		}
		f.record(&call)

		for k, vs := range rep.header {
			w.Header()[k] = vs
		}
		if body != nil {
			w.Header().Set("Content-Type", "application/json")
		}
		w.WriteHeader(rep.status)
		w.Write(body)
	})
}

// readCall captures a request, decoding a multipart body into its
// payload_json and files.
func readCall(r *http.Request) (Call, error) {
	c := Call{Method: r.Method, Path: r.URL.Path, Query: r.URL.Query(), Header: r.Header.Clone()}
	raw, err := io.ReadAll(io.LimitReader(r.Body, maxRequestBytes))
	if err != nil {
		return c, fmt.Errorf("read body: %w", err)
	}
	if len(raw) == 0 {
		return c, nil
	}
	mediaType, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return c, fmt.Errorf("content type %q: %w", r.Header.Get("Content-Type"), err)
	}
	switch mediaType {
	case "application/json":
		c.Body = raw
	case "multipart/form-data":
		if err := readMultipart(&c, raw, params["boundary"]); err != nil {
			return c, err
		}
	default:
		return c, fmt.Errorf("unsupported content type %q", mediaType)
	}
	if c.Body != nil && !json.Valid(c.Body) {
		return c, errors.New("the request body contains invalid JSON")
	}
	return c, nil
}

func readMultipart(c *Call, raw []byte, boundary string) error {
	mr := multipart.NewReader(bytes.NewReader(raw), boundary)
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("multipart body: %w", err)
		}
		data, err := io.ReadAll(part)
		if err != nil {
			return fmt.Errorf("multipart part %q: %w", part.FormName(), err)
		}
		switch {
		case part.FormName() == "payload_json":
			c.Body = data
		case part.FileName() != "":
			c.Files = append(c.Files, File{
				Field:       part.FormName(),
				Name:        part.FileName(),
				ContentType: part.Header.Get("Content-Type"),
				Data:        data,
			})
		}
	}
}

func (f *Fake) getGateway(*http.Request, *Call) reply {
	return jsonReply(http.StatusOK, map[string]any{"url": f.GatewayURL})
}

func (f *Fake) getGatewayBot(*http.Request, *Call) reply {
	return jsonReply(http.StatusOK, map[string]any{
		"url":    f.GatewayURL,
		"shards": f.cfg.recommendedShards,
		"session_start_limit": map[string]any{
			"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1,
		},
	})
}

func (f *Fake) getCurrentUser(*http.Request, *Call) reply {
	return jsonReply(http.StatusOK, f.currentUserWire())
}

func (f *Fake) getUser(r *http.Request, _ *Call) reply {
	f.mu.Lock()
	defer f.mu.Unlock()
	u, ok := f.users[r.PathValue("user")]
	if !ok {
		return errorReply(http.StatusNotFound, codeUnknownUser, "Unknown User")
	}
	return jsonReply(http.StatusOK, u.wire())
}

func (f *Fake) createDM(_ *http.Request, c *Call) reply {
	var body struct {
		RecipientID string `json:"recipient_id"`
	}
	if err := c.Decode(&body); err != nil {
		return formError("recipient_id", "BASE_TYPE_REQUIRED", "This field is required")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.users[body.RecipientID]; !ok {
		return errorReply(http.StatusBadRequest, codeUnknownUser, "Unknown User")
	}
	id := f.dmChannelLocked(body.RecipientID)
	return jsonReply(http.StatusOK, f.channelWireLocked(f.channels[id]))
}

func (f *Fake) getGuild(r *http.Request, _ *Call) reply {
	f.mu.Lock()
	defer f.mu.Unlock()
	g, ok := f.guilds[r.PathValue("guild")]
	if !ok {
		return errorReply(http.StatusForbidden, codeMissingAccess, "Missing Access")
	}
	return jsonReply(http.StatusOK, f.guildWireLocked(g))
}

func (f *Fake) getGuildRoles(r *http.Request, _ *Call) reply {
	f.mu.Lock()
	defer f.mu.Unlock()
	g, ok := f.guilds[r.PathValue("guild")]
	if !ok {
		return errorReply(http.StatusForbidden, codeMissingAccess, "Missing Access")
	}
	return jsonReply(http.StatusOK, f.guildWireLocked(g).Roles)
}

func (f *Fake) getGuildChannels(r *http.Request, _ *Call) reply {
	f.mu.Lock()
	defer f.mu.Unlock()
	g, ok := f.guilds[r.PathValue("guild")]
	if !ok {
		return errorReply(http.StatusForbidden, codeMissingAccess, "Missing Access")
	}
	var out []wireChannel
	for _, id := range f.channelOrder {
		if ch := f.channels[id]; ch.GuildID == g.id && !isThread(ch.Type) {
			out = append(out, f.channelWireLocked(ch))
		}
	}
	return jsonReply(http.StatusOK, out)
}

func (f *Fake) getChannel(r *http.Request, _ *Call) reply {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch, ok := f.channels[r.PathValue("channel")]
	if !ok {
		return errorReply(http.StatusNotFound, codeUnknownChannel, "Unknown Channel")
	}
	return jsonReply(http.StatusOK, f.channelWireLocked(ch))
}

func (f *Fake) triggerTyping(r *http.Request, _ *Call) reply {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.channels[r.PathValue("channel")]; !ok {
		return errorReply(http.StatusNotFound, codeUnknownChannel, "Unknown Channel")
	}
	return noContent()
}
