// Package fakediscord is an in-process stand-in for Discord's REST API and
// gateway, for tests that drive an unmodified discordgo session.
//
// A Fake listens on 127.0.0.1. Point the bot's DISCORD_API_URL at Fake.URL;
// the gateway address is then learned from GET /api/v9/gateway, exactly as
// against real Discord. Every REST call is recorded (see Call, WaitFor) and
// answered the way Discord answers it, including its validation errors, so a
// payload Discord would reject fails here too. Events reach the bot through
// SendSlashCommand, SendAutocomplete, SendMessageCommand, PressComponent,
// SubmitModal, SendMessage, DeleteMessage, StartThread and PostInForum.
//
// The fake has the guild New makes and any a test adds with AddGuild; a bot
// that identifies with a shard gets the events of the guilds Discord's rule
// gives that shard, and DMs on shard 0. When the bot posts, its permissions
// in the channel count (SetBotPermissions), as on Discord.
//
// Typical use in a bot test:
//
//	f := fakediscord.New(t)
//	// start the bot with DISCORD_API_URL=f.URL and DISCORD_TOKEN=f.Token
//	if err := f.WaitReady(ctx); err != nil { ... }
//	in, err := f.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "ask",
//		Options: []fakediscord.CommandOption{{Name: "question", Value: "Wer?"}}})
//	call, err := f.WaitFor(ctx, in.EditOriginal())
//
// Like Discord, the fake dispatches MESSAGE_CREATE, MESSAGE_UPDATE and
// MESSAGE_DELETE for the bot's own visible messages, so a bot must ignore
// messages it wrote itself.
//
// Close the discordgo session before the Fake goes away (register the
// session's t.Cleanup after calling New): discordgo reconnects forever to a
// gateway that has vanished. discordgo's heartbeat goroutine can also fail
// once more after Session.Close and start reconnecting; setting
// ShouldReconnectOnError to false under the session's lock before Close
// prevents that.
package fakediscord

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Intent bits the fake interprets. Privileged intents must be granted with
// WithGrantedIntents, or an IDENTIFY requesting them is closed with 4014.
const (
	IntentGuilds         = 1 << 0
	IntentGuildMembers   = 1 << 1 // privileged
	IntentGuildPresences = 1 << 8 // privileged
	IntentGuildMessages  = 1 << 9
	IntentDirectMessages = 1 << 12
	IntentMessageContent = 1 << 15 // privileged

	privilegedIntents = IntentGuildMembers | IntentGuildPresences | IntentMessageContent
)

// Permission bits used for the default member and bot permissions.
const (
	PermissionAddReactions          int64 = 1 << 6
	PermissionViewChannel           int64 = 1 << 10
	PermissionSendMessages          int64 = 1 << 11
	PermissionEmbedLinks            int64 = 1 << 14
	PermissionAttachFiles           int64 = 1 << 15
	PermissionReadMessageHistory    int64 = 1 << 16
	PermissionUseApplicationCommand int64 = 1 << 31
	PermissionCreatePublicThreads   int64 = 1 << 35
	PermissionSendMessagesInThreads int64 = 1 << 38

	// DefaultPermissions is what an ordinary member may do in a text channel.
	DefaultPermissions = PermissionAddReactions | PermissionViewChannel | PermissionSendMessages |
		PermissionEmbedLinks | PermissionAttachFiles | PermissionReadMessageHistory |
		PermissionUseApplicationCommand | PermissionCreatePublicThreads | PermissionSendMessagesInThreads
)

// User is a Discord account known to the fake.
type User struct {
	ID         string
	Username   string
	GlobalName string
	Bot        bool
}

// Fake is a running fake Discord. Its exported fields are fixed by New and
// safe to read from any goroutine.
type Fake struct {
	// URL is the REST base address to put in DISCORD_API_URL.
	URL string
	// GatewayURL is what GET /api/v9/gateway reports.
	GatewayURL string
	// Token is the bot token the fake accepts, without the "Bot " prefix.
	Token string
	// AppID is the application id; interactions and command routes use it.
	AppID string
	// Bot is the bot's own user.
	Bot User
	// User is the human who triggers events unless a test names another.
	User User
	// GuildID is the guild the bot is in unless a test adds more (AddGuild).
	GuildID string
	// ChannelID is a text channel in that guild.
	ChannelID string

	cfg     config
	tb      testing.TB
	srv     *httptest.Server
	revoked atomic.Bool // the token was reset in the developer portal

	mu      sync.Mutex
	changed chan struct{} // closed and replaced on every state change
	closed  bool
	conns   sync.WaitGroup // gateway connections still being served
	state
}

// state is everything the fake remembers; guarded by Fake.mu.
type state struct {
	lastID       uint64
	calls        []Call
	faults       []*fault
	users        map[string]User
	guilds       map[string]*guild
	guildOrder   []string
	channels     map[string]*channel
	channelOrder []string
	dmChannels   map[string]string // user id -> DM channel id
	messages     map[string]*storedMessage
	messageOrder []string
	interactions map[string]*interaction // by interaction id
	webhooks     map[string]*interaction // by interaction token
	commands     map[string][]*registeredCommand
	sessions     map[string]*gatewaySession
	current      *gatewaySession         // the session identified or resumed last
	shards       map[int]*gatewaySession // the live session of each shard
	shardCount   int                     // of the latest IDENTIFY
	modals       map[string]*openModal   // by the id of the interaction that opened it
	uploads      map[string]Attachment   // files members attached to commands, by attachment id
	liveConns    map[*gatewayConn]struct{}
	stats        GatewayStats
}

type role struct {
	ID          string
	Name        string
	Permissions int64
}

type channel struct {
	ID         string
	Type       int // channelText, channelDM, channelPublicThread, channelForum, …
	GuildID    string
	Name       string
	Recipient  string // DM partner's user id
	ParentID   string // threads: the channel or forum they are in
	OwnerID    string // threads: who started them
	Overwrites []overwrite
}

type config struct {
	grantedIntents      int
	heartbeatInterval   time.Duration
	interactionDeadline time.Duration
	tokenLifetime       time.Duration
	guildLocale         string
	recommendedShards   int
}

// Option configures New.
type Option func(*config)

// WithGrantedIntents grants privileged intents (IntentMessageContent,
// IntentGuildMembers, IntentGuildPresences) as the developer portal would.
// Without IntentMessageContent granted and requested, message content is
// blanked except in DMs and messages that mention the bot.
func WithGrantedIntents(intents int) Option {
	return func(c *config) { c.grantedIntents |= intents & privilegedIntents }
}

// WithHeartbeatInterval sets the interval announced in HELLO (default 41.25 s,
// as on Discord).
func WithHeartbeatInterval(d time.Duration) Option {
	return func(c *config) { c.heartbeatInterval = d }
}

// WithInteractionDeadline sets how long after dispatch an interaction may
// still be answered on the callback route (default 3 s, as on Discord); zero
// disables the deadline.
func WithInteractionDeadline(d time.Duration) Option {
	return func(c *config) { c.interactionDeadline = d }
}

// WithTokenLifetime sets how long an interaction's token may be used for
// follow-ups and edits (default 15 minutes, as on Discord); later calls on
// its webhook answer 401 Invalid Webhook Token.
func WithTokenLifetime(d time.Duration) Option {
	return func(c *config) { c.tokenLifetime = d }
}

// WithRecommendedShards sets the shard count GET /gateway/bot recommends
// (default 1).
func WithRecommendedShards(n int) Option {
	return func(c *config) { c.recommendedShards = n }
}

// WithGuildLocale sets the guild's preferred locale (default "en-US").
func WithGuildLocale(locale string) Option {
	return func(c *config) { c.guildLocale = locale }
}

// New starts a fake Discord on 127.0.0.1 that is shut down when the test ends.
func New(tb testing.TB, opts ...Option) *Fake {
	tb.Helper()
	cfg := config{
		heartbeatInterval:   41250 * time.Millisecond,
		interactionDeadline: 3 * time.Second,
		tokenLifetime:       15 * time.Minute,
		guildLocale:         "en-US",
		recommendedShards:   1,
	}
	for _, opt := range opts {
		opt(&cfg)
	}
	f := &Fake{
		cfg:     cfg,
		tb:      tb,
		changed: make(chan struct{}),
		state: state{
			users:        make(map[string]User),
			guilds:       make(map[string]*guild),
			channels:     make(map[string]*channel),
			dmChannels:   make(map[string]string),
			messages:     make(map[string]*storedMessage),
			uploads:      make(map[string]Attachment),
			interactions: make(map[string]*interaction),
			webhooks:     make(map[string]*interaction),
			commands:     make(map[string][]*registeredCommand),
			sessions:     make(map[string]*gatewaySession),
			liveConns:    make(map[*gatewayConn]struct{}),
			shards:       make(map[int]*gatewaySession),
			modals:       make(map[string]*openModal),
		},
	}
	f.Token = "fake." + randomHex(12) + "." + randomHex(16)
	f.AppID = f.newID()
	f.Bot = User{ID: f.AppID, Username: "quellen-test-bot", Bot: true}
	f.User = User{ID: f.newID(), Username: "tester", GlobalName: "Test Person"}
	f.users[f.Bot.ID] = f.Bot
	f.users[f.User.ID] = f.User
	f.mu.Lock()
	g := f.addGuildLocked(f.newIDLocked(), "Quellen Test Guild")
	f.mu.Unlock()
	f.GuildID, f.ChannelID = g.ID, g.ChannelID

	if !discordLocales[cfg.guildLocale] {
		tb.Fatalf("fakediscord: guild locale %q is not a Discord locale", cfg.guildLocale)
	}

	// The addresses are set before the server starts so that its goroutines
	// see them.
	f.srv = httptest.NewUnstartedServer(f.routes())
	f.URL = "http://" + f.srv.Listener.Addr().String()
	f.GatewayURL = "ws://" + f.srv.Listener.Addr().String()
	f.srv.Start()
	tb.Cleanup(f.close)
	return f
}

// close stops the gateway connections and the HTTP server. Hijacked
// websocket connections are not tracked by httptest, so they are closed and
// waited for here, before the test is over and t.Logf would panic.
func (f *Fake) close() {
	f.mu.Lock()
	f.closed = true
	for c := range f.liveConns {
		c.ws.Close()
	}
	f.mu.Unlock()
	f.conns.Wait()
	f.srv.Close()
}

// RevokeToken makes the bot's token invalid, as resetting it in the
// developer portal does: REST calls answer 401 and IDENTIFY or RESUME is
// closed with 4004. A connection already open stays open until it drops.
func (f *Fake) RevokeToken() { f.revoked.Store(true) }

// AddUser makes a user known to the fake (for mentions and user options).
func (f *Fake) AddUser(username string) User {
	f.mu.Lock()
	defer f.mu.Unlock()
	u := User{ID: f.newIDLocked(), Username: username}
	f.users[u.ID] = u
	f.notifyLocked()
	return u
}

// AddRole adds a role to the default guild and returns its id. Roles added
// before the bot connects are part of GUILD_CREATE.
func (f *Fake) AddRole(name string, permissions int64) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	id := f.newIDLocked()
	g := f.guilds[f.GuildID]
	g.roles = append(g.roles, role{ID: id, Name: name, Permissions: permissions})
	f.notifyLocked()
	return id
}

// AddTextChannel adds a text channel to the default guild and returns its
// id. Channels added before the bot connects are part of GUILD_CREATE.
func (f *Fake) AddTextChannel(name string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.addChannelLocked(&channel{Type: channelText, GuildID: f.GuildID, Name: name})
}

// DMChannel returns the id of the direct-message channel between u and the
// bot, creating it on first use.
func (f *Fake) DMChannel(u User) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.registerUserLocked(u)
	return f.dmChannelLocked(u.ID)
}

func (f *Fake) dmChannelLocked(userID string) string {
	if id, ok := f.dmChannels[userID]; ok {
		return id
	}
	id := f.addChannelLocked(&channel{Type: channelDM, Recipient: userID})
	f.dmChannels[userID] = id
	return id
}

func (f *Fake) addChannelLocked(c *channel) string {
	c.ID = f.newIDLocked()
	f.channels[c.ID] = c
	f.channelOrder = append(f.channelOrder, c.ID)
	f.notifyLocked()
	return c.ID
}

// notifyLocked wakes everything waiting in waitUntil.
func (f *Fake) notifyLocked() {
	close(f.changed)
	f.changed = make(chan struct{})
}

// waitUntil blocks until cond, evaluated with f.mu held, is true.
func (f *Fake) waitUntil(ctx context.Context, cond func() bool) error {
	for {
		f.mu.Lock()
		if cond() {
			f.mu.Unlock()
			return nil
		}
		changed := f.changed
		f.mu.Unlock()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-changed:
		}
	}
}

func (f *Fake) logf(format string, args ...any) {
	f.tb.Logf("fakediscord: "+format, args...)
}

// routes is the fake's whole HTTP surface: the gateway at "/" and the REST
// API below /api/v9.
func (f *Fake) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", f.serveGateway)
	mux.HandleFunc("GET /attachments/{id}/{name}", f.serveUpload)
	f.registerREST(mux)
	mux.Handle("/", f.endpoint(public, func(*http.Request, *Call) reply {
		return errorReply(http.StatusNotFound, 0, "404: Not Found")
	}))
	return mux
}
