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
	botCfg := bot.Config{
		Token:            getenv("DISCORD_TOKEN"),
		GuildID:          getenv("DISCORD_GUILD_ID"),
		APIURL:           getenv("DISCORD_API_URL"),
		ModeratorRoleIDs: splitList(getenv("QUELLEN_MODERATOR_ROLE_IDS")),
		QAChannelIDs:     splitList(getenv("QUELLEN_QA_CHANNEL_IDS")),
	}
	if bot.NormalizeToken(botCfg.Token) == "" {
		return inputError{bot.ErrNoToken}
	}
	if v := getenv("QUELLEN_RATE_LIMIT"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return badInput("QUELLEN_RATE_LIMIT=%q: give the questions a member may ask per minute, e.g. 5", v)
		}
		botCfg.RatePerMinute = n
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

	metrics := bot.NewMetrics()
	b, err := bot.New(botCfg, x.engine, x.store, x.sync, metrics, logger)
	if err != nil {
		return badInput("%v", err)
	}
	if addr := getenv("QUELLEN_METRICS_ADDR"); addr != "" {
		go func() {
			if err := metrics.Serve(ctx, addr, b.Connected); err != nil {
				logger.Error("metrics server", "addr", addr, "err", err)
			}
		}()
	}
	return b.Run(ctx)
}
