package fakediscord

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Gateway opcodes.
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opPresenceUpdate = 3
	opVoiceState     = 4
	opResume         = 6
	opReconnect      = 7
	opRequestMembers = 8
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatACK   = 11
)

// Gateway close codes the fake sends.
const (
	closeUnknownOpcode    = 4001
	closeDecodeError      = 4002
	closeNotAuthenticated = 4003
	closeAuthFailed       = 4004
	closeAlreadyAuthed    = 4005
	closeInvalidSeq       = 4007
	closeSessionTimedOut  = 4009
	closeInvalidShard     = 4010
	closeInvalidVersion   = 4012
	closeInvalidIntent    = 4013
	closeDisallowedIntent = 4014

	// knownIntents are the intent bits Discord defines; others are closed
	// with 4013.
	knownIntents = 1<<26 - 1
)

const writeTimeout = 5 * time.Second

// ErrIntentNotRequested is returned when a test sends an event the bot did
// not subscribe to with its intents; Discord would not deliver it.
var ErrIntentNotRequested = errors.New("fakediscord: the bot did not request the intent for this event")

// GatewayStats is what the gateway has seen, for tests to assert on.
type GatewayStats struct {
	Connections     int  // websocket connections accepted
	Identifies      int  // accepted IDENTIFYs, each starting a session
	Resumes         int  // accepted RESUMEs
	InvalidSessions int  // RESUMEs refused with op 9
	AuthFailures    int  // IDENTIFY or RESUME with a wrong token, closed with 4004
	Heartbeats      int  // op 1 heartbeats received, each acknowledged with op 11
	Intents         int  // intents of the latest accepted IDENTIFY
	Compress        bool // compress flag of the latest accepted IDENTIFY
	// Shards maps each shard id with a session to whether it is connected
	// as Connected defines it.
	Shards map[int]bool
	// Connected says the current session has a live connection on which
	// the client has sent a heartbeat. discordgo starts heartbeating when
	// Open returns, so from then on its handlers and goroutines are set up.
	Connected bool
	// Presence is the d of the latest op 3 presence update, if any.
	Presence json.RawMessage
}

// gatewaySession is one Discord session: it survives dropped connections
// and is resumed by id.
type gatewaySession struct {
	id       string
	intents  int
	compress bool
	shard    [2]int // shard id and count

	// sendMu is held while a sequence number is assigned and its frame
	// written, so frames leave in sequence order and a resume's replay is
	// not interleaved with new events.
	sendMu sync.Mutex

	// Guarded by Fake.mu.
	seq     int64
	events  []sentEvent
	conn    *gatewayConn // nil while disconnected
	ready   bool         // READY has been sent
	invalid bool         // can no longer be resumed
}

type sentEvent struct {
	seq   int64
	frame []byte
}

type gatewayConn struct {
	ws         *websocket.Conn
	writeMu    sync.Mutex
	compress   bool         // guarded by writeMu
	zw         *zlib.Writer // reused for every frame: a new one costs more than the frame; guarded by writeMu
	heartbeats int          // guarded by Fake.mu
}

type gatewayFrame struct {
	Op int     `json:"op"`
	D  any     `json:"d"`
	S  *int64  `json:"s"`
	T  *string `json:"t"`
}

func encodeFrame(fr gatewayFrame) []byte {
	b, err := json.Marshal(fr)
	if err != nil {
		panic(fmt.Sprintf("fakediscord: encode gateway frame op %d: %v", fr.Op, err))
	}
	return b
}

// send writes one frame: a text frame, or after an IDENTIFY asking for
// compression one complete zlib stream per binary frame, which is what
// discordgo decodes (it opens a new zlib reader for every frame).
func (c *gatewayConn) send(frame []byte) error {
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(writeTimeout))
	if !c.compress {
		return c.ws.WriteMessage(websocket.TextMessage, frame)
	}
	var buf bytes.Buffer
	if c.zw == nil {
		c.zw = zlib.NewWriter(&buf)
	} else {
		c.zw.Reset(&buf) // still one complete zlib stream per frame
	}
	c.zw.Write(frame) // writes to a bytes.Buffer do not fail
	c.zw.Close()
	return c.ws.WriteMessage(websocket.BinaryMessage, buf.Bytes())
}

func (c *gatewayConn) setCompress(on bool) {
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	c.compress = on
}

// closeWith sends a close frame and drops the connection.
func (c *gatewayConn) closeWith(code int, reason string) {
	c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason), time.Now().Add(writeTimeout))
	c.ws.Close()
}

// read returns the next frame's opcode and data. A frame that is not JSON
// closes the connection with 4002, as Discord does.
func (c *gatewayConn) read() (int, json.RawMessage, error) {
	mt, data, err := c.ws.ReadMessage()
	if err != nil {
		return 0, nil, err
	}
	if mt != websocket.TextMessage {
		c.closeWith(closeDecodeError, "Decode error.")
		return 0, nil, fmt.Errorf("gateway frame of message type %d, want text", mt)
	}
	var fr struct {
		Op int             `json:"op"`
		D  json.RawMessage `json:"d"`
	}
	if err := json.Unmarshal(data, &fr); err != nil {
		c.closeWith(closeDecodeError, "Decode error.")
		return 0, nil, fmt.Errorf("decode gateway frame: %w", err)
	}
	return fr.Op, fr.D, nil
}

func (f *Fake) serveGateway(w http.ResponseWriter, r *http.Request) {
	if !websocket.IsWebSocketUpgrade(r) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(`{"message": "404: Not Found", "code": 0}`))
		return
	}
	upgrader := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered the client
	}
	conn := &gatewayConn{ws: ws}
	f.mu.Lock()
	if f.closed {
		f.mu.Unlock()
		ws.Close()
		return
	}
	f.liveConns[conn] = struct{}{}
	f.conns.Add(1)
	f.stats.Connections++
	f.notifyLocked()
	f.mu.Unlock()
	defer func() {
		ws.Close()
		f.mu.Lock()
		delete(f.liveConns, conn)
		f.mu.Unlock()
		f.conns.Done()
	}()

	err = f.runGateway(conn, r.URL.Query())
	var closeErr *websocket.CloseError
	if err != nil && !errors.Is(err, net.ErrClosed) && !errors.As(err, &closeErr) && !f.isClosed() {
		f.logf("gateway connection ended: %v", err)
	}
}

func (f *Fake) isClosed() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.closed
}

// runGateway speaks the protocol on one connection: HELLO, then IDENTIFY
// or RESUME, then heartbeats until the connection ends.
func (f *Fake) runGateway(conn *gatewayConn, query url.Values) error {
	if v := query.Get("v"); v != "9" {
		conn.closeWith(closeInvalidVersion, "Invalid API version.")
		return fmt.Errorf("gateway version %q, want 9", v)
	}
	if enc := query.Get("encoding"); enc != "" && enc != "json" {
		conn.closeWith(closeDecodeError, "Decode error.")
		return fmt.Errorf("gateway encoding %q, want json", enc)
	}
	hello := map[string]any{"heartbeat_interval": f.cfg.heartbeatInterval.Milliseconds()}
	if err := conn.send(encodeFrame(gatewayFrame{Op: opHello, D: hello})); err != nil {
		return fmt.Errorf("send HELLO: %w", err)
	}
	sess, err := f.handshake(conn)
	if err != nil {
		return err
	}
	return f.serveSession(conn, sess)
}

// handshake waits for IDENTIFY or an acceptable RESUME.
func (f *Fake) handshake(conn *gatewayConn) (*gatewaySession, error) {
	for {
		op, d, err := conn.read()
		if err != nil {
			return nil, err
		}
		switch op {
		case opHeartbeat:
			if err := f.acknowledge(conn); err != nil {
				return nil, err
			}
		case opIdentify:
			return f.identify(conn, d)
		case opResume:
			sess, err := f.resume(conn, d)
			if sess != nil || err != nil {
				return sess, err
			}
		default:
			conn.closeWith(closeNotAuthenticated, "Not authenticated.")
			return nil, fmt.Errorf("op %d before IDENTIFY", op)
		}
	}
}

func (f *Fake) tokenOK(token string) bool {
	return !f.revoked.Load() && (token == f.Token || token == authorizationHeaderPrefix+f.Token)
}

func (f *Fake) rejectToken(conn *gatewayConn) error {
	f.mu.Lock()
	f.stats.AuthFailures++
	f.notifyLocked()
	f.mu.Unlock()
	conn.closeWith(closeAuthFailed, "Authentication failed.")
	return errors.New("wrong token, closed with 4004")
}

func (f *Fake) identify(conn *gatewayConn, d json.RawMessage) (*gatewaySession, error) {
	var id struct {
		Token    string  `json:"token"`
		Intents  *int    `json:"intents"`
		Compress bool    `json:"compress"`
		Shard    *[2]int `json:"shard"`
	}
	if err := json.Unmarshal(d, &id); err != nil || id.Intents == nil {
		conn.closeWith(closeDecodeError, "Decode error.")
		return nil, fmt.Errorf("IDENTIFY without token and intents: %s", d)
	}
	if !f.tokenOK(id.Token) {
		return nil, f.rejectToken(conn)
	}
	if *id.Intents&^knownIntents != 0 || *id.Intents < 0 {
		conn.closeWith(closeInvalidIntent, "Invalid intent(s).")
		return nil, fmt.Errorf("IDENTIFY with unknown intent bits %#x", *id.Intents)
	}
	if disallowed := *id.Intents & privilegedIntents &^ f.cfg.grantedIntents; disallowed != 0 {
		conn.closeWith(closeDisallowedIntent, "Disallowed intent(s).")
		return nil, fmt.Errorf("IDENTIFY asks for privileged intents %#x that are not granted (WithGrantedIntents)", disallowed)
	}
	shard := [2]int{0, 1}
	if id.Shard != nil {
		shard = *id.Shard
		if shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1] {
			conn.closeWith(closeInvalidShard, "Invalid shard.")
			return nil, fmt.Errorf("invalid shard %v", shard)
		}
	}

	sess := &gatewaySession{id: randomHex(16), intents: *id.Intents, compress: id.Compress, shard: shard}
	conn.setCompress(id.Compress)
	// The session counts as ready before READY is written: anything sent
	// to it meanwhile waits for sendMu and so follows READY, as on Discord,
	// while the client, which may act as soon as it reads READY, finds the
	// session ready.
	sess.sendMu.Lock()
	defer sess.sendMu.Unlock()
	f.mu.Lock()
	sess.conn, sess.ready = conn, true
	f.sessions[sess.id] = sess
	f.current = sess
	f.shards[shard[0]] = sess
	f.shardCount = shard[1]
	f.stats.Identifies++
	f.stats.Intents = sess.intents
	f.stats.Compress = sess.compress
	f.notifyLocked()
	ready := f.readyLocked(sess, shard)
	var guilds []wireGuild
	for _, id := range f.guildOrder {
		if ShardOf(id, shard[1]) == shard[0] {
			guilds = append(guilds, f.guildWireLocked(f.guilds[id]))
		}
	}
	f.mu.Unlock()

	f.emit(sess, "READY", ready)
	if sess.intents&IntentGuilds != 0 {
		for _, g := range guilds {
			f.emit(sess, "GUILD_CREATE", g)
		}
	}
	return sess, nil
}

func (f *Fake) readyLocked(sess *gatewaySession, shard [2]int) map[string]any {
	guilds := []map[string]any{}
	for _, id := range f.guildOrder {
		if ShardOf(id, shard[1]) == shard[0] {
			guilds = append(guilds, map[string]any{"id": id, "unavailable": true})
		}
	}
	return map[string]any{
		"v":                       9,
		"user":                    f.currentUserWire(),
		"guilds":                  guilds,
		"session_id":              sess.id,
		"session_type":            "normal",
		"resume_gateway_url":      f.GatewayURL,
		"shard":                   shard,
		"application":             map[string]any{"id": f.AppID, "flags": 0},
		"private_channels":        []any{},
		"relationships":           []any{},
		"presences":               []any{},
		"guild_join_requests":     []any{},
		"geo_ordered_rtc_regions": []string{},
		"user_settings":           map[string]any{},
		"auth":                    map[string]any{},
		"_trace":                  []string{`["fakediscord"]`},
	}
}

// resume answers op 6: with the missed events and RESUMED if the session
// can be resumed, else with op 9 and a nil session so the client identifies.
func (f *Fake) resume(conn *gatewayConn, d json.RawMessage) (*gatewaySession, error) {
	var rs struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	if err := json.Unmarshal(d, &rs); err != nil {
		conn.closeWith(closeDecodeError, "Decode error.")
		return nil, fmt.Errorf("decode RESUME: %w", err)
	}
	if !f.tokenOK(rs.Token) {
		return nil, f.rejectToken(conn)
	}
	f.mu.Lock()
	sess := f.sessions[rs.SessionID]
	if sess == nil || sess.invalid || rs.Seq > sess.seq {
		f.stats.InvalidSessions++
		f.notifyLocked()
		f.mu.Unlock()
		return nil, conn.send(encodeFrame(gatewayFrame{Op: opInvalidSession, D: false}))
	}
	f.mu.Unlock()

	sess.sendMu.Lock()
	defer sess.sendMu.Unlock()
	f.mu.Lock()
	stale := sess.conn
	var missed [][]byte
	for _, ev := range sess.events {
		if ev.seq > rs.Seq {
			missed = append(missed, ev.frame)
		}
	}
	f.mu.Unlock()
	if stale != nil {
		stale.ws.Close() // Discord ends the old connection of a resumed session
	}
	conn.setCompress(sess.compress)
	for _, frame := range missed {
		if err := conn.send(frame); err != nil {
			return nil, fmt.Errorf("replay missed events: %w", err)
		}
	}
	f.mu.Lock()
	sess.conn = conn
	f.current = sess
	f.shards[sess.shard[0]] = sess
	f.mu.Unlock()
	f.emit(sess, "RESUMED", map[string]any{"_trace": []string{`["fakediscord"]`}})
	f.mu.Lock()
	f.stats.Resumes++
	f.notifyLocked()
	f.mu.Unlock()
	return sess, nil
}

// serveSession handles a connection's frames after the handshake.
func (f *Fake) serveSession(conn *gatewayConn, sess *gatewaySession) error {
	defer func() {
		f.mu.Lock()
		if sess.conn == conn {
			sess.conn = nil
		}
		f.notifyLocked()
		f.mu.Unlock()
	}()
	for {
		op, d, err := conn.read()
		if err != nil {
			// Closing with 1000 or 1001 ends a session on Discord; any other
			// way of leaving keeps it resumable.
			if websocket.IsCloseError(err, websocket.CloseNormalClosure, websocket.CloseGoingAway) {
				f.mu.Lock()
				sess.invalid = true
				f.mu.Unlock()
				return nil
			}
			return err
		}
		switch op {
		case opHeartbeat:
			if err := f.acknowledge(conn); err != nil {
				return err
			}
		case opPresenceUpdate:
			f.mu.Lock()
			f.stats.Presence = append(json.RawMessage(nil), d...)
			f.notifyLocked()
			f.mu.Unlock()
		case opVoiceState, opRequestMembers:
			// Accepted and not answered: the fake has no voice or member lists.
		case opIdentify, opResume:
			conn.closeWith(closeAlreadyAuthed, "Already authenticated.")
			return fmt.Errorf("op %d on an authenticated connection", op)
		default:
			conn.closeWith(closeUnknownOpcode, "Unknown opcode.")
			return fmt.Errorf("unknown op %d", op)
		}
	}
}

func (f *Fake) acknowledge(conn *gatewayConn) error {
	f.mu.Lock()
	f.stats.Heartbeats++
	conn.heartbeats++
	f.notifyLocked()
	f.mu.Unlock()
	return conn.send(encodeFrame(gatewayFrame{Op: opHeartbeatACK}))
}

// emit sends a dispatch with the session's next sequence number and keeps
// it for replay. The caller holds sess.sendMu. A failed write is not an
// error: the event is replayed when the client resumes, as on Discord.
func (f *Fake) emit(sess *gatewaySession, eventType string, payload any) int64 {
	f.mu.Lock()
	sess.seq++
	seq := sess.seq
	frame := encodeFrame(gatewayFrame{Op: opDispatch, D: payload, S: &seq, T: &eventType})
	sess.events = append(sess.events, sentEvent{seq: seq, frame: frame})
	conn := sess.conn
	f.mu.Unlock()
	if conn != nil {
		conn.send(frame)
	}
	return seq
}

// sessionForLocked is the ready session of the shard a guild's events go
// to (shard 0 for DMs, guildID ""), or nil.
func (f *Fake) sessionForLocked(guildID string) *gatewaySession {
	sess := f.shards[ShardOf(guildID, f.shardCount)]
	if sess == nil || !sess.ready || sess.invalid {
		return nil
	}
	return sess
}

// readySession waits until the shard that receives guildID's events (""
// for DMs) has a session that can receive events (it may be momentarily
// disconnected: events are then replayed on resume) and checks that it
// subscribed to needIntent, if not 0.
func (f *Fake) readySession(ctx context.Context, guildID, eventType string, needIntent int) (*gatewaySession, error) {
	var sess *gatewaySession
	err := f.waitUntil(ctx, func() bool {
		sess = f.sessionForLocked(guildID)
		return sess != nil
	})
	if err != nil {
		return nil, fmt.Errorf("dispatch %s: no gateway session: %w", eventType, err)
	}
	if needIntent != 0 && sess.intents&needIntent == 0 {
		return nil, fmt.Errorf("dispatch %s needs intent %#x, the bot asked for %#x: %w",
			eventType, needIntent, sess.intents, ErrIntentNotRequested)
	}
	return sess, nil
}

// send dispatches one event on sess.
func (f *Fake) send(sess *gatewaySession, eventType string, payload any) int64 {
	sess.sendMu.Lock()
	defer sess.sendMu.Unlock()
	return f.emit(sess, eventType, payload)
}

// echoEvent is an event caused by the bot's own REST call, such as
// MESSAGE_CREATE for a message it sent; Discord dispatches those too.
type echoEvent struct {
	eventType  string
	guildID    string // "" for DMs
	payload    any
	needIntent int
}

// update runs fn with f.mu held, then dispatches the events fn queued to
// the current session if it subscribed to them. Events are sent after the
// lock is released because sending waits on the session's send lock.
func (f *Fake) update(fn func(echoes *[]echoEvent) reply) reply {
	var echoes []echoEvent
	f.mu.Lock()
	rep := fn(&echoes)
	sessions := make([]*gatewaySession, len(echoes))
	for i, ev := range echoes {
		sessions[i] = f.sessionForLocked(ev.guildID)
	}
	f.mu.Unlock()
	for i, ev := range echoes {
		if sess := sessions[i]; sess != nil && sess.intents&ev.needIntent != 0 {
			f.send(sess, ev.eventType, ev.payload)
		}
	}
	return rep
}

// Dispatch sends an arbitrary event (op 0) to the bot and returns its
// sequence number. Prefer the typed senders; this is for events the fake
// has no builder for.
func (f *Fake) Dispatch(ctx context.Context, eventType string, payload any) (int64, error) {
	sess, err := f.readySession(ctx, f.GuildID, eventType, 0)
	if err != nil {
		return 0, err
	}
	return f.send(sess, eventType, payload), nil
}

// Gateway returns what the gateway has seen so far.
func (f *Fake) Gateway() GatewayStats {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.gatewayLocked()
}

func (f *Fake) gatewayLocked() GatewayStats {
	s := f.stats
	s.Presence = append(json.RawMessage(nil), s.Presence...)
	live := func(sess *gatewaySession) bool {
		return sess != nil && sess.ready && sess.conn != nil && sess.conn.heartbeats > 0
	}
	s.Connected = live(f.current)
	s.Shards = make(map[int]bool, len(f.shards))
	for id, sess := range f.shards {
		s.Shards[id] = live(sess)
	}
	return s
}

// WaitGateway blocks until cond holds for the gateway's stats.
func (f *Fake) WaitGateway(ctx context.Context, cond func(GatewayStats) bool) (GatewayStats, error) {
	var s GatewayStats
	err := f.waitUntil(ctx, func() bool {
		s = f.gatewayLocked()
		return cond(s)
	})
	if err != nil {
		return s, fmt.Errorf("wait for gateway (now %+v): %w", s, err)
	}
	return s, nil
}

// WaitReady blocks until the bot has a live gateway session and has begun
// heartbeating on it (see GatewayStats.Connected). Wait for this before
// dropping or closing the connection: discordgo's heartbeat goroutine,
// caught before its first beat, would otherwise fail on the closed
// connection and close the next one with 1000, ending the session.
func (f *Fake) WaitReady(ctx context.Context) error {
	_, err := f.WaitGateway(ctx, func(s GatewayStats) bool { return s.Connected })
	return err
}

// liveConn is the current session's connection.
func (f *Fake) liveConn() (*gatewayConn, *gatewaySession, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.current == nil || f.current.conn == nil {
		return nil, nil, errors.New("fakediscord: no live gateway connection")
	}
	return f.current.conn, f.current, nil
}

// DropConnection cuts the live gateway connection without a close frame, as
// a network failure would. The session stays resumable: discordgo notices,
// closes its side (which takes it a second) and resumes with op 6; events
// sent meanwhile are replayed.
func (f *Fake) DropConnection() error {
	conn, _, err := f.liveConn()
	if err != nil {
		return err
	}
	return conn.ws.Close()
}

// CloseConnection closes the live gateway connection with a close code.
// Like Discord, 4007 and 4009 also end the session, so the client's RESUME
// is refused with op 9 and it identifies again.
func (f *Fake) CloseConnection(code int, reason string) error {
	conn, sess, err := f.liveConn()
	if err != nil {
		return err
	}
	if code == closeInvalidSeq || code == closeSessionTimedOut {
		f.mu.Lock()
		sess.invalid = true
		f.mu.Unlock()
	}
	conn.closeWith(code, reason)
	return nil
}

// RequestReconnect sends op 7 RECONNECT; discordgo closes and resumes.
func (f *Fake) RequestReconnect() error {
	conn, _, err := f.liveConn()
	if err != nil {
		return err
	}
	return conn.send(encodeFrame(gatewayFrame{Op: opReconnect}))
}
