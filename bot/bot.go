// Package bot is Quellen's Discord front end: slash commands, questions in
// channels, buttons and moderator commands. It renders what package
// retrieval returns and knows nothing of how answers are found.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/prompts"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

// Answerer is what the bot needs of the retrieval engine.
type Answerer interface {
	Ask(ctx context.Context, q retrieval.Question) (*retrieval.Answer, error)
	Sources(ctx context.Context) ([]store.Source, error)
	Excerpt(ctx context.Context, passageID int64, radius int) (retrieval.Excerpt, error)
	IndexVersion(ctx context.Context) (int, error)
	Timeline(ctx context.Context, q retrieval.TimelineQuery) (timeline.Timeline, error)
}

// Recorder keeps members' feedback and the moderators' audit trail.
type Recorder interface {
	RecordVote(ctx context.Context, v store.Vote) (changed bool, err error)
	RecordAudit(ctx context.Context, a store.AuditEntry) error
}

// Reindexer rebuilds the index from the configured collection.
type Reindexer func(ctx context.Context) (retrieval.IndexReport, error)

// Config is the bot's configuration, read from the environment by cmd.
type Config struct {
	Token   string
	GuildID string // register commands on this server only; "" registers globally
	APIURL  string // default https://discord.com
	// ModeratorRoleIDs may run moderator commands besides Manage Server.
	ModeratorRoleIDs []string
	// QAChannelIDs are channels where every message is a question.
	QAChannelIDs []string
	// RatePerMinute is how many questions one member may ask a minute.
	RatePerMinute int
	// Workers bounds the questions answered at once.
	Workers int
	// AnswerBudget is how long an interaction waits for its answer before
	// it is deferred; Discord allows three seconds for the first response.
	AnswerBudget time.Duration
	// ShutdownGrace is how long in-flight answers may take at shutdown.
	ShutdownGrace time.Duration
}

// ErrNoToken is returned by New without a token.
var ErrNoToken = errors.New("DISCORD_TOKEN is not set: create a bot in the Discord developer portal and put its token in DISCORD_TOKEN")

// Bot is a connected Discord bot.
type Bot struct {
	cfg       Config
	session   *discordgo.Session
	answerer  Answerer
	recorder  Recorder
	reindex   Reindexer
	templates *prompts.Templates
	log       *slog.Logger
	metrics   *Metrics
	limiter   *userLimiter

	moderatorRoles map[string]bool
	qaChannels     map[string]bool

	slots     chan struct{} // one per worker
	inFlight  sync.WaitGroup
	closing   atomic.Bool
	reindexMu sync.Mutex
	connected atomic.Bool
	connects  atomic.Int64
}

// New prepares a bot; Run connects it.
func New(cfg Config, answerer Answerer, recorder Recorder, reindex Reindexer, metrics *Metrics, log *slog.Logger) (*Bot, error) {
	token := NormalizeToken(cfg.Token)
	if token == "" {
		return nil, ErrNoToken
	}
	if cfg.APIURL == "" {
		cfg.APIURL = "https://discord.com"
	}
	if cfg.RatePerMinute <= 0 {
		cfg.RatePerMinute = 5
	}
	if cfg.Workers <= 0 {
		// One answer per core: more would only take CPU from acknowledgements.
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.AnswerBudget <= 0 {
		cfg.AnswerBudget = 1500 * time.Millisecond
	}
	if cfg.ShutdownGrace <= 0 {
		cfg.ShutdownGrace = 10 * time.Second
	}
	client, err := NewHTTPClient(cfg.APIURL, 20*time.Second)
	if err != nil {
		return nil, err
	}
	session, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	session.Client = client
	session.UserAgent = "DiscordBot (https://github.com/quellen/quellen, 1) Quellen"
	session.ShouldReconnectOnError = true
	session.ShouldRetryOnRateLimit = true
	session.MaxRestRetries = 3
	templates, err := prompts.Load()
	if err != nil {
		return nil, err
	}
	if metrics == nil {
		metrics = NewMetrics()
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	b := &Bot{
		cfg: cfg, session: session, answerer: answerer, recorder: recorder, reindex: reindex,
		templates: templates, log: log, metrics: metrics,
		limiter:        newUserLimiter(cfg.RatePerMinute, time.Minute),
		moderatorRoles: set(cfg.ModeratorRoleIDs),
		qaChannels:     set(cfg.QAChannelIDs),
		slots:          make(chan struct{}, cfg.Workers),
	}
	session.Identify.Intents = b.intents()
	session.AddHandler(b.onReady)
	session.AddHandler(b.onResumed)
	session.AddHandler(b.onDisconnect)
	session.AddHandler(b.onInteraction)
	session.AddHandler(b.onMessage)
	return b, nil
}

// NormalizeToken strips white space and the "Bot " prefix that Discord's
// Authorization header needs, so the token may be given either way.
func NormalizeToken(token string) string {
	fields := strings.Fields(token)
	if len(fields) > 0 && fields[0] == "Bot" {
		fields = fields[1:]
	}
	return strings.Join(fields, "")
}

func set(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		if id = strings.TrimSpace(id); id != "" {
			m[id] = true
		}
	}
	return m
}

// intents requests only what the configuration needs: message content is
// privileged and only needed to read every message of a Q&A channel;
// mentions of the bot carry their content without it.
func (b *Bot) intents() discordgo.Intent {
	in := discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if len(b.qaChannels) > 0 {
		in |= discordgo.IntentMessageContent
	}
	return in
}

// Run connects to Discord, registers the commands and serves until ctx is
// done; then it lets in-flight answers finish and closes the gateway.
func (b *Bot) Run(ctx context.Context) error {
	if err := b.session.Open(); err != nil {
		return fmt.Errorf("connect to Discord at %s: %w", b.cfg.APIURL, err)
	}
	if err := b.registerCommands(); err != nil {
		b.session.Close()
		return err
	}
	b.log.Info("bot ready", "user", b.session.State.User.Username, "guild", b.cfg.GuildID, "intents", int(b.session.Identify.Intents))
	<-ctx.Done()
	return b.shutdown()
}

func (b *Bot) shutdown() error {
	b.closing.Store(true)
	done := make(chan struct{})
	go func() { b.inFlight.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(b.cfg.ShutdownGrace):
		b.log.Warn("shutdown: answers still in flight after the grace period")
	}
	b.log.Info("closing the gateway")
	// discordgo's heartbeat goroutine can fire once more after Close and,
	// with reconnects on, dial a new connection that never ends.
	b.session.Lock()
	b.session.ShouldReconnectOnError = false
	b.session.Unlock()
	return b.session.Close()
}

// Connected reports whether the gateway connection is up, for /healthz.
func (b *Bot) Connected() bool { return b.connected.Load() }

func (b *Bot) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	b.connected.Store(true)
	if b.connects.Add(1) > 1 {
		b.metrics.reconnects.Inc()
	}
	b.log.Info("gateway ready", "session", r.SessionID)
}

func (b *Bot) onResumed(*discordgo.Session, *discordgo.Resumed) {
	b.connected.Store(true)
	b.metrics.reconnects.Inc()
	b.log.Info("gateway resumed")
}

func (b *Bot) onDisconnect(*discordgo.Session, *discordgo.Disconnect) {
	b.connected.Store(false)
	b.log.Warn("gateway disconnected; reconnecting")
}

// text renders a UI string in lang.
func (b *Bot) text(lang, name string, data any) string {
	s, err := b.templates.Render(lang, name, data)
	if err != nil {
		b.log.Error("render template", "name", name, "err", err)
		return name
	}
	return s
}

// localeLanguage maps a Discord locale to a framing language: "de" for
// German clients, "en" for English ones, "" to follow the question.
func localeLanguage(locale discordgo.Locale) string {
	l := string(locale)
	switch {
	case strings.HasPrefix(l, "de"):
		return "de"
	case strings.HasPrefix(l, "en"):
		return "en"
	}
	return ""
}
