package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/joho/godotenv"

	"github.com/quellen/quellen/bot"
	"github.com/quellen/quellen/retrieval"
)

// withDotEnv returns a getenv that falls back to the values of a .env file
// for variables the environment does not set; the process environment itself
// is left alone.
func withDotEnv(getenv func(string) string, path string) (func(string) string, error) {
	values, err := godotenv.Read(path)
	if errors.Is(err, os.ErrNotExist) {
		return getenv, nil
	}
	if err != nil {
		return nil, badInput("read %s: %v", path, err)
	}
	return func(key string) string {
		if v := getenv(key); v != "" {
			return v
		}
		return values[key]
	}, nil
}

func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// serveConfig is what quellen serve reads from the environment, once.
type serveConfig struct {
	bot         bot.Config
	metricsAddr string
}

// loadServeConfig reads and checks the bot's variables; a mistake is an
// input error that names the variable.
func loadServeConfig(getenv func(string) string) (serveConfig, error) {
	c := serveConfig{
		bot: bot.Config{
			Token:   getenv("DISCORD_TOKEN"),
			APIURL:  getenv("DISCORD_API_URL"),
			GuildID: strings.TrimSpace(getenv("DISCORD_GUILD_ID")),
			// DISCORD_HOME_GUILD_ID defaults to DISCORD_GUILD_ID in bot.New.
			HomeGuildID:      strings.TrimSpace(getenv("DISCORD_HOME_GUILD_ID")),
			ModeratorRoleIDs: splitList(getenv("QUELLEN_MODERATOR_ROLE_IDS")),
			QAChannelIDs:     splitList(getenv("QUELLEN_QA_CHANNEL_IDS")),
			ThreadChannelIDs: splitList(getenv("QUELLEN_THREAD_CHANNEL_IDS")),
		},
		metricsAddr: getenv("QUELLEN_METRICS_ADDR"),
	}
	if bot.NormalizeToken(c.bot.Token) == "" {
		return c, inputError{bot.ErrNoToken}
	}
	ids := []struct {
		name   string
		values []string
	}{
		{"DISCORD_GUILD_ID", []string{c.bot.GuildID}},
		{"DISCORD_HOME_GUILD_ID", []string{c.bot.HomeGuildID}},
		{"QUELLEN_MODERATOR_ROLE_IDS", c.bot.ModeratorRoleIDs},
		{"QUELLEN_QA_CHANNEL_IDS", c.bot.QAChannelIDs},
		{"QUELLEN_THREAD_CHANNEL_IDS", c.bot.ThreadChannelIDs},
	}
	for _, v := range ids {
		for _, id := range v.values {
			if id != "" && !isSnowflake(id) {
				return c, badInput("%s: %q is not a Discord id (turn on Developer Mode in Discord, then right-click → Copy ID)", v.name, id)
			}
		}
	}
	if v := getenv("QUELLEN_RATE_LIMIT"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return c, badInput("QUELLEN_RATE_LIMIT=%q: give the questions a member may ask per minute, e.g. 5", v)
		}
		c.bot.RatePerMinute = n
	}
	switch v := strings.TrimSpace(getenv("QUELLEN_SHARD_COUNT")); {
	case v == "":
	case strings.EqualFold(v, "auto"):
		c.bot.ShardCount = bot.ShardAuto
	default:
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return c, badInput("QUELLEN_SHARD_COUNT=%q: give the number of shards (processes), e.g. 2, or auto", v)
		}
		c.bot.ShardCount = n
	}
	if v := strings.TrimSpace(getenv("QUELLEN_SHARD_ID")); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return c, badInput("QUELLEN_SHARD_ID=%q: give this process's shard, from 0 to QUELLEN_SHARD_COUNT−1", v)
		}
		if c.bot.ShardCount == 0 && n > 0 {
			return c, badInput("QUELLEN_SHARD_ID=%d needs QUELLEN_SHARD_COUNT", n)
		}
		if c.bot.ShardCount > 0 && n >= c.bot.ShardCount {
			return c, badInput("QUELLEN_SHARD_ID=%d: must be below QUELLEN_SHARD_COUNT=%d", n, c.bot.ShardCount)
		}
		c.bot.ShardID = n
	}
	return c, nil
}

// isSnowflake reports whether s looks like a Discord id: digits only.
func isSnowflake(s string) bool {
	if len(s) == 0 || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "[--env FILE]")
	envFile := fs.String("env", ".env", "read configuration from `FILE` when it exists; the environment wins")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	getenv, err := withDotEnv(e.getenv, *envFile)
	if err != nil {
		return err
	}
	e = &env{stdin: e.stdin, stdout: e.stdout, stderr: e.stderr, getenv: getenv, stdoutIsTerminal: e.stdoutIsTerminal}
	cfg := loadConfig(e)
	if cfg.logLevel == "" {
		cfg.logLevel = "info"
	}
	sc, err := loadServeConfig(getenv)
	if err != nil {
		return err
	}
	x, err := openIndex(ctx, cfg, e.stderr)
	if err != nil {
		return err
	}
	defer x.Close()
	logger := x.log
	report, err := x.ready(ctx)
	if err != nil {
		return fmt.Errorf("index before serving: %w", err)
	}
	for _, f := range report.Failed {
		logger.Warn("source file skipped", "file", f.Path, "err", f.Err)
	}

	// /reindex rebuilds from the configured collection and reports progress.
	reindex := func(ctx context.Context, progress retrieval.Progress) (retrieval.IndexReport, error) {
		col, err := resolveCollection(ctx, x.cfg, x.store, "")
		if err != nil {
			return retrieval.IndexReport{}, err
		}
		return syncIndex(ctx, x.sources, col, progress)
	}
	metrics := bot.NewMetrics()
	b, err := bot.New(sc.bot, x.engine, x.store, reindex, x.sources, metrics, logger)
	if err != nil {
		return badInput("%v", err)
	}
	if sc.metricsAddr != "" {
		go func() {
			if err := metrics.Serve(ctx, sc.metricsAddr, b.Connected); err != nil {
				logger.Error("metrics server", "addr", sc.metricsAddr, "err", err)
			}
		}()
	}
	err = b.Run(ctx)
	var fatal *bot.FatalGatewayError
	if errors.As(err, &fatal) && fatal.Code != 4012 && fatal.Code != 4013 {
		// A wrong token, a disabled intent or a wrong shard is the
		// configuration's to fix.
		return inputError{err}
	}
	return err
}
