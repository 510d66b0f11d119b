// Command quellen answers questions from a collection of news articles with
// verbatim, cited quotes, from the command line or as a Discord bot.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/quellen/quellen/store"
)

// env is what a subcommand may touch of the outside world. Subcommands get
// it passed in rather than reaching for os.* so that tests can run them
// in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	// stdoutIsTerminal decides between a progress bar and plain lines.
	stdoutIsTerminal bool
}

// command is one subcommand of the binary.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// inputError marks an error in what the user gave us (a flag, a question, a
// data directory): it exits with status 2 and a one-line message.
type inputError struct{ err error }

func (e inputError) Error() string { return e.err.Error() }
func (e inputError) Unwrap() error { return e.err }

// badInput wraps a formatted message as an inputError.
func badInput(format string, args ...any) error {
	return inputError{fmt.Errorf(format, args...)}
}

// partialError marks a run that did its job but not all of it (some source
// files failed to index): exit status 1, after the details were printed.
type partialError struct{ err error }

func (e partialError) Error() string { return e.err.Error() }
func (e partialError) Unwrap() error { return e.err }

func commands() []command {
	return []command{
		{"ask", "answer a question with cited quotes", runAsk},
		{"index", "(re)build the index from the default corpus or a sources folder", runIndex},
		{"sources", "list the indexed sources; add, remove or refresh sources (by address or file); their log", runSources},
		{"eval", "measure retrieval, abstention, speed or date tagging on benchmark data", runEval},
		{"serve", "run the Discord bot", runServe},
		{"dates", "print the temporal expressions of a text read from standard input", runDates},
		{"timeline", "list the dated events and troop figures of the sources in date order", runTimeline},
		{"check", "verify the index: integrity, orphan rows, events, versions; exit 0 when healthy", runCheck},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, &env{
		stdin:            os.Stdin,
		stdout:           os.Stdout,
		stderr:           os.Stderr,
		getenv:           os.Getenv,
		stdoutIsTerminal: isTerminal(os.Stdout),
	}, os.Args[1:])
	stop()
	os.Exit(code)
}

// run executes one subcommand and maps its error to an exit status.
func run(ctx context.Context, e *env, args []string) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range cmds {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		return exitStatus(e.stderr, c.name, err)
	}
	fmt.Fprintf(e.stderr, "quellen: unknown command %q; run 'quellen help' for the list\n", args[0])
	return 2
}

func exitStatus(stderr io.Writer, name string, err error) int {
	var in inputError
	var partial partialError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &partial):
		fmt.Fprintf(stderr, "quellen %s: %s\n", name, oneLine(err))
		return 1
	case errors.As(err, &in), errors.Is(err, errFlagParse):
		fmt.Fprintf(stderr, "quellen %s: %s\n", name, oneLine(err))
		return 2
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(stderr, "quellen %s: interrupted\n", name)
		return 130
	}
	if msg, code, ok := describeStoreError(err); ok {
		fmt.Fprintf(stderr, "quellen %s: %s\n", name, oneLine(errors.New(msg)))
		return code
	}
	fmt.Fprintf(stderr, "quellen %s: %s\n", name, oneLine(err))
	return 1
}

// describeStoreError turns a database fault into one line that says what
// happened and what to do, and its exit status: 2 when the data directory
// the user named holds something else than an index (their input), 1 for
// the environment (a damaged file, a full disk, a read-only folder).
func describeStoreError(err error) (msg string, code int, ok bool) {
	path := "the index"
	var se *store.Error
	if errors.As(err, &se) {
		path = se.Path
	}
	cause := err.Error()
	if se != nil {
		cause = se.Err.Error()
	}
	var busy *store.BusyError
	switch {
	case errors.As(err, &busy):
		return fmt.Sprintf("%v: wait for it to end, or run 'quellen index --wait'", busy), 1, true
	case errors.Is(err, store.ErrForeign):
		return fmt.Sprintf("%s is not a Quellen index (%s); nothing was changed: set QUELLEN_DATA to the folder of your index, or move the file away", path, cause), 2, true
	case errors.Is(err, store.ErrEmptyFile):
		return fmt.Sprintf("%v; nothing was changed: remove it to build a new index, or set QUELLEN_DATA to the folder of your index", err), 2, true
	case errors.Is(err, store.ErrCorrupt):
		return fmt.Sprintf("index %s is damaged or not a database (%s); nothing was changed: move it away and run 'quellen index' to build a new one ('quellen check' says what is wrong)", path, cause), 1, true
	case errors.Is(err, store.ErrDiskFull):
		return fmt.Sprintf("the disk holding %s is full (%s); the index was not changed: free some space and run the command again", path, cause), 1, true
	case errors.Is(err, store.ErrReadOnly):
		return fmt.Sprintf("%s can only be read here (%s): questions are answered from it, but rebuilding needs a data directory quellen can write (QUELLEN_DATA)", path, cause), 1, true
	case errors.Is(err, store.ErrIO):
		return fmt.Sprintf("cannot read or write %s (%s): check the disk and the permissions of the data directory", path, cause), 1, true
	case errors.Is(err, store.ErrNewer):
		return fmt.Sprintf("%s was made by a newer quellen (%s): use that version, or build a new index in another QUELLEN_DATA", path, cause), 1, true
	case errors.Is(err, store.ErrOutdated):
		return fmt.Sprintf("%s was made by an older quellen (%s): run 'quellen index' where the data directory can be written", path, cause), 1, true
	case errors.Is(err, store.ErrNoIndex):
		return fmt.Sprintf("no index at %s: run 'quellen index'", path), 1, true
	case errors.Is(err, store.ErrBusy):
		return fmt.Sprintf("the index %s is busy (%s): try again", path, cause), 1, true
	}
	return "", 0, false
}

// oneLine makes an error one line of printable text.
func oneLine(err error) string {
	return clean(strings.Join(strings.Fields(err.Error()), " "))
}

func usage(w io.Writer, cmds []command) {
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].name < cmds[j].name })
	fmt.Fprintln(w, "usage: quellen <command> [flags] [arguments]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nrun 'quellen <command> -h' for the flags of one command")
}

// newLogger builds the process logger from QUELLEN_LOG_LEVEL.
func newLogger(w io.Writer, level string) (*slog.Logger, error) {
	// The command line stays quiet unless asked; the bot's serve command logs at info.
	l := slog.LevelWarn
	if level != "" {
		if err := l.UnmarshalText([]byte(level)); err != nil {
			return nil, badInput("QUELLEN_LOG_LEVEL=%q: want debug, info, warn or error", level)
		}
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l})), nil
}
