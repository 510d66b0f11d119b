package bot

import (
	"errors"
	"fmt"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// gatewayState is the bot's side of the gateway connection.
type gatewayState struct {
	fatal        chan error  // receives the one error that ends Run
	reconnecting atomic.Bool // a reconnect loop is running
	stopping     atomic.Bool // shutdown has begun: do not reconnect
}

// FatalGatewayError is a gateway close that reconnecting cannot mend:
// Discord would close every new connection the same way.
type FatalGatewayError struct {
	Code   int    // the close code, e.g. 4014; 401 for a token the REST API refuses
	Advice string // what to do about it
}

func (e *FatalGatewayError) Error() string {
	return fmt.Sprintf("Discord closed the gateway with %d: %s", e.Code, e.Advice)
}

// fatalAdvice says what to do about each close code Discord documents as
// not to be reconnected after; ok is false for the others.
func fatalAdvice(code int) (advice string, ok bool) {
	switch code {
	case 4004:
		return "authentication failed: the bot token is wrong or was reset; put the current token from the developer portal in DISCORD_TOKEN", true
	case 4010:
		return "invalid shard: QUELLEN_SHARD_ID must be at least 0 and below QUELLEN_SHARD_COUNT", true
	case 4011:
		return "sharding required: the bot is in too many servers for one connection; set QUELLEN_SHARD_COUNT (or auto) and run one process per shard", true
	case 4012:
		return "invalid API version: this build of Quellen speaks a gateway version Discord no longer accepts; update Quellen", true
	case 4013:
		return "invalid intents: this build of Quellen asks for intents Discord does not know; update Quellen", true
	case 4014:
		return "disallowed intents: turn on the Message Content intent in the developer portal (Bot → Privileged Gateway Intents), which QUELLEN_QA_CHANNEL_IDS and QUELLEN_THREAD_CHANNEL_IDS need, or unset those", true
	}
	return "", false
}

// asFatal returns the fatal error err stands for, or nil when reconnecting
// may help.
func asFatal(err error) *FatalGatewayError {
	var closeErr *websocket.CloseError
	if errors.As(err, &closeErr) {
		if advice, ok := fatalAdvice(closeErr.Code); ok {
			return &FatalGatewayError{Code: closeErr.Code, Advice: advice}
		}
	}
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusUnauthorized {
		advice, _ := fatalAdvice(4004)
		return &FatalGatewayError{Code: http.StatusUnauthorized, Advice: advice}
	}
	return nil
}

// configureShards sets the session's shard from the configuration, asking
// Discord for the count when it is ShardAuto.
func (b *Bot) configureShards() error {
	switch b.cfg.ShardCount {
	case 0:
		b.session.ShardID, b.session.ShardCount = 0, 1
		return nil
	case ShardAuto:
		gw, err := b.session.GatewayBot()
		if err != nil {
			if fatal := asFatal(err); fatal != nil {
				return fatal
			}
			return fmt.Errorf("ask Discord for the shard count (QUELLEN_SHARD_COUNT=auto): %w", err)
		}
		if b.cfg.ShardID >= gw.Shards {
			return fmt.Errorf("QUELLEN_SHARD_ID=%d, but Discord recommends %d shards (ids 0 to %d)", b.cfg.ShardID, gw.Shards, gw.Shards-1)
		}
		b.session.ShardID, b.session.ShardCount = b.cfg.ShardID, gw.Shards
	default:
		b.session.ShardID, b.session.ShardCount = b.cfg.ShardID, b.cfg.ShardCount
	}
	return nil
}

// open makes the first connection; a fatal close comes back as a
// *FatalGatewayError.
func (b *Bot) open() error {
	if err := b.session.Open(); err != nil {
		if fatal := asFatal(err); fatal != nil {
			return fatal
		}
		return fmt.Errorf("connect to Discord at %s: %w", b.cfg.APIURL, err)
	}
	return nil
}

func (b *Bot) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	b.connected.Store(true)
	if b.connects.Add(1) > 1 {
		b.metrics.reconnects.Inc()
	}
	b.log.Info("gateway ready", "session", r.SessionID, "guilds", len(r.Guilds))
}

func (b *Bot) onResumed(*discordgo.Session, *discordgo.Resumed) {
	b.connected.Store(true)
	b.metrics.reconnects.Inc()
	b.log.Info("gateway resumed")
}

// onDisconnect reconnects unless the bot is shutting down. discordgo
// emits Disconnect whenever it closed the connection: after a read error,
// a missed heartbeat acknowledgement or op 7.
func (b *Bot) onDisconnect(*discordgo.Session, *discordgo.Disconnect) {
	b.connected.Store(false)
	if b.gateway.stopping.Load() || !b.gateway.reconnecting.CompareAndSwap(false, true) {
		return
	}
	b.log.Warn("gateway disconnected; reconnecting")
	go b.reconnect()
}

// Reconnect back-off: at once, then doubling up to maxBackoff.
const (
	firstBackoff = time.Second
	maxBackoff   = 2 * time.Minute
)

// reconnect opens the gateway again (resuming the session when Discord
// allows) until it succeeds, the bot shuts down, or Discord closes with a
// fatal code, which ends Run.
func (b *Bot) reconnect() {
	defer b.gateway.reconnecting.Store(false)
	wait := firstBackoff
	for !b.gateway.stopping.Load() {
		err := b.session.Open()
		if err == nil || errors.Is(err, discordgo.ErrWSAlreadyOpen) {
			return
		}
		if fatal := asFatal(err); fatal != nil {
			select {
			case b.gateway.fatal <- fatal:
			default:
			}
			return
		}
		b.log.Warn("reconnect failed", "err", err, "retry_in", wait)
		select {
		case <-time.After(wait):
		case <-b.work.Done():
			return
		}
		wait = min(wait*2, maxBackoff)
	}
}
