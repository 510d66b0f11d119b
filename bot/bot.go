// Package bot is Quellen's Discord front end: slash commands, a message
// command, questions in channels, threads, forums and DMs, buttons, a
// feedback modal and moderator commands. It renders what package retrieval
// returns and knows nothing of how answers are found.
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
	Check(ctx context.Context, c retrieval.Claim) (*retrieval.CheckResult, error)
	Sources(ctx context.Context) ([]store.Source, error)
	Excerpt(ctx context.Context, passageID int64, radius int) (retrieval.Excerpt, error)
	IndexVersion(ctx context.Context) (int, error)
	Timeline(ctx context.Context, q retrieval.TimelineQuery) (timeline.Timeline, error)
}

// Memory is what the bot keeps between messages and restarts: members'
// votes (their ids hashed by the store), the questions it declined, the
// question each answer answered, the moderators' audit trail and its own
// settings. *store.Store is one.
type Memory interface {
	RecordAudit(ctx context.Context, a store.AuditEntry) error
	RecordVote(ctx context.Context, v store.Vote) (changed bool, err error)
	SetVoteReason(ctx context.Context, answerID, userID, reason string) error
	CountFeedback(ctx context.Context, since time.Time) (store.FeedbackCounts, error)
	UnhelpfulVotes(ctx context.Context, since time.Time, offset, limit int) ([]store.Vote, error)
	RecordDeclined(ctx context.Context, d store.DeclinedQuestion) error
	DeclinedQuestions(ctx context.Context, since time.Time, offset, limit int) ([]store.DeclinedQuestion, error)
	RememberQuestion(ctx context.Context, q store.AskedQuestion) error
	AnsweredQuestion(ctx context.Context, keys ...string) (store.AskedQuestion, bool, error)
	LastQuestionIn(ctx context.Context, channelID string) (store.AskedQuestion, bool, error)
	ForgetQuestions(ctx context.Context, before time.Time) (int64, error)
	BotSetting(ctx context.Context, key string) (string, error)
	SetBotSetting(ctx context.Context, key, value string) error
}

// Reindexer rebuilds the index from the configured collection, telling
// progress how many sources it has prepared.
type Reindexer func(ctx context.Context, progress retrieval.Progress) (retrieval.IndexReport, error)

// ShardAuto as Config.ShardCount asks Discord how many shards to run
// (GET /gateway/bot).
const ShardAuto = -1

// Config is the bot's configuration, read from the environment by cmd.
type Config struct {
	Token  string
	APIURL string // default https://discord.com
	// GuildID registers the public commands on this server only, where
	// they appear at once (for development); "" registers them globally.
	GuildID string
	// HomeGuildID is the server whose moderators manage the bot: the
	// moderation commands (/reindex, /feedback, /source) are registered there only
	// and refused anywhere else, since the collection is shared by every
	// server. "" takes GuildID; with neither, they are not offered.
	HomeGuildID string
	// ModeratorRoleIDs may run moderator commands besides Manage Server.
	ModeratorRoleIDs []string
	// QAChannelIDs are channels (text or forum) where every message, and
	// every message of their threads and posts, is a question.
	QAChannelIDs []string
	// ThreadChannelIDs are channels where the bot answers each question in
	// a thread of its own, in which follow-ups go on.
	ThreadChannelIDs []string
	// RatePerMinute is how many questions one member may ask a minute.
	RatePerMinute int
	// Workers bounds the questions answered at once.
	Workers int
	// AnswerBudget is how long an interaction waits for its answer before
	// it is deferred; Discord allows three seconds for the first response.
	AnswerBudget time.Duration
	// ShutdownGrace is how long in-flight answers may take at shutdown.
	ShutdownGrace time.Duration
	// ShardID and ShardCount say which shard this process is; ShardCount 0
	// means a single shard, ShardAuto asks Discord. Only shard 0 registers
	// the commands.
	ShardID, ShardCount int
	// TokenLifetime is how long Discord accepts an interaction's token for
	// edits and follow-ups (15 minutes); ProgressEvery how often a long
	// /reindex edits its progress in (5 s). Tests shorten both.
	TokenLifetime time.Duration
	ProgressEvery time.Duration
}

// ErrNoToken is returned by New without a token.
var ErrNoToken = errors.New("DISCORD_TOKEN is not set: create a bot in the Discord developer portal and put its token in DISCORD_TOKEN")

// Bot is a connected Discord bot.
type Bot struct {
	cfg       Config
	session   *discordgo.Session
	answerer  Answerer
	memory    Memory
	reindex   Reindexer
	sources   SourceManager // nil: /source is not offered
	templates *prompts.Templates
	log       *slog.Logger
	metrics   *Metrics
	limiter   *userLimiter

	moderatorRoles map[string]bool
	qaChannels     map[string]bool
	threadChannels map[string]bool

	// work is the context of everything the bot does: it outlives Run's
	// context by the shutdown grace, so in-flight answers can finish.
	work      context.Context
	stopWork  context.CancelFunc
	slots     chan struct{} // one per worker
	inFlight  tracker
	reindexMu sync.Mutex
	connected atomic.Bool
	connects  atomic.Int64
	gateway   gatewayState
	warned    warnOnce
}

// New prepares a bot; Run connects it. sources manages the sources for
// /source; nil leaves the command out.
func New(cfg Config, answerer Answerer, memory Memory, reindex Reindexer, sources SourceManager, metrics *Metrics, log *slog.Logger) (*Bot, error) {
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
		// One answer per core but one: that core keeps the gateway and the
		// acknowledgements going while answers are worked out. Measured with
		// BenchmarkInteractionLatency at 50 in flight on 2 cores (medians of
		// ten runs): one worker 17.8 ms to the callback and 97 ms to the
		// answer; two workers 21.3 ms and 138 ms.
		cfg.Workers = max(1, runtime.NumCPU()-1)
	}
	if cfg.AnswerBudget <= 0 {
		cfg.AnswerBudget = 1500 * time.Millisecond
	}
	if cfg.ShutdownGrace <= 0 {
		cfg.ShutdownGrace = 10 * time.Second
	}
	if cfg.TokenLifetime <= 0 {
		cfg.TokenLifetime = 15 * time.Minute
	}
	if cfg.ProgressEvery <= 0 {
		cfg.ProgressEvery = 5 * time.Second
	}
	if cfg.HomeGuildID == "" {
		cfg.HomeGuildID = cfg.GuildID
	}
	if cfg.ShardCount != ShardAuto && (cfg.ShardCount < 0 || cfg.ShardID < 0 || cfg.ShardCount > 0 && cfg.ShardID >= cfg.ShardCount || cfg.ShardCount == 0 && cfg.ShardID != 0) {
		return nil, fmt.Errorf("shard %d of %d: the shard id must be at least 0 and below the shard count", cfg.ShardID, cfg.ShardCount)
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
	// The bot reconnects itself (see gateway.go), so that it can tell a
	// fatal close code from a dropped connection.
	session.ShouldReconnectOnError = false
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
		cfg: cfg, session: session, answerer: answerer, memory: memory, reindex: reindex, sources: sources,
		templates: templates, log: log, metrics: metrics,
		limiter:        newUserLimiter(cfg.RatePerMinute, time.Minute),
		moderatorRoles: set(cfg.ModeratorRoleIDs),
		qaChannels:     set(cfg.QAChannelIDs),
		threadChannels: set(cfg.ThreadChannelIDs),
		slots:          make(chan struct{}, cfg.Workers),
		gateway:        gatewayState{fatal: make(chan error, 1)},
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
// privileged and only needed to read every message of a Q&A channel or of
// the bot's own threads; mentions, replies to the bot and DMs carry their
// content without it.
func (b *Bot) intents() discordgo.Intent {
	in := discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if len(b.qaChannels) > 0 || len(b.threadChannels) > 0 {
		in |= discordgo.IntentMessageContent
	}
	return in
}

// questionMemory is how long the question of an answer is kept for
// follow-ups.
const questionMemory = 90 * 24 * time.Hour

// Run connects to Discord, registers the commands (on shard 0) and serves
// until ctx is done or Discord closes the gateway for good (a
// *FatalGatewayError); then it lets in-flight answers finish and closes the
// gateway.
func (b *Bot) Run(ctx context.Context) error {
	b.work, b.stopWork = context.WithCancel(context.WithoutCancel(ctx))
	defer b.stopWork()
	if err := b.configureShards(); err != nil {
		return err
	}
	if err := b.open(); err != nil {
		return err
	}
	if b.session.ShardID == 0 {
		// Registration finishes even when a stop comes meanwhile.
		if err := b.registerCommands(b.work); err != nil {
			b.shutdown()
			return err
		}
	}
	b.forgetOldQuestions()
	go func() {
		// A bot runs for months: once a day, not only at start.
		daily := time.NewTicker(24 * time.Hour)
		defer daily.Stop()
		for {
			select {
			case <-daily.C:
				b.forgetOldQuestions()
			case <-b.work.Done():
				return
			}
		}
	}()
	b.log.Info("bot ready", "user", b.session.State.User.Username, "shard", b.session.ShardID, "shards", b.session.ShardCount,
		"home_guild", b.cfg.HomeGuildID, "intents", int(b.session.Identify.Intents))
	var fatal error
	select {
	case <-ctx.Done():
	case fatal = <-b.gateway.fatal:
		b.log.Error("gateway closed for good", "err", fatal)
	}
	if err := b.shutdown(); err != nil && fatal == nil {
		return err
	}
	return fatal
}

// forgetOldQuestions drops the questions remembered for follow-ups that
// are older than questionMemory.
func (b *Bot) forgetOldQuestions() {
	ctx, cancel := context.WithTimeout(b.work, storeTimeout)
	defer cancel()
	if n, err := b.memory.ForgetQuestions(ctx, time.Now().Add(-questionMemory)); err != nil {
		b.log.Warn("forget old questions", "err", err)
	} else if n > 0 {
		b.log.Info("forgot old questions", "count", n)
	}
}

// shutdown stops taking work, lets in-flight answers finish within the
// grace period and closes the gateway.
func (b *Bot) shutdown() error {
	idle := b.inFlight.close()
	select {
	case <-idle:
	case <-time.After(b.cfg.ShutdownGrace):
		b.log.Warn("shutdown: answers still in flight after the grace period")
	}
	b.stopWork()
	b.log.Info("closing the gateway")
	b.gateway.stopping.Store(true)
	return b.session.Close()
}

// Connected reports whether the gateway connection is up, for /healthz.
func (b *Bot) Connected() bool { return b.connected.Load() }

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

// tracker counts the work in flight so that shutdown can wait for it.
// Unlike a sync.WaitGroup it may be joined while shutdown waits.
type tracker struct {
	mu      sync.Mutex
	n       int
	closing bool
	idle    chan struct{} // closed when n drops to 0 after close
}

// begin counts one more piece of work; it reports whether the bot is
// shutting down, in which case the work should only say so. Every begin
// needs an end.
func (t *tracker) begin() (closing bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n++
	return t.closing
}

func (t *tracker) end() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n--
	if t.n == 0 && t.idle != nil {
		close(t.idle)
		t.idle = nil
	}
}

func (t *tracker) isClosing() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.closing
}

// close marks shutdown; the channel is closed once no work is in flight.
func (t *tracker) close() <-chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.closing = true
	idle := make(chan struct{})
	if t.n == 0 {
		close(idle)
	} else {
		t.idle = idle
	}
	return idle
}

// warnOnce logs a warning once per key, e.g. a missing permission once per
// channel.
type warnOnce struct{ seen sync.Map }

func (w *warnOnce) warn(log *slog.Logger, key, msg string, args ...any) {
	if _, seen := w.seen.LoadOrStore(key, true); !seen {
		log.Warn(msg, args...)
	}
}
