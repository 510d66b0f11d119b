package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ErrWriterBusy reports that another process holds the writer lock; the
// error is a *BusyError that says which.
var ErrWriterBusy = errors.New("another rebuild is running")

// BusyError names the process that holds the writer lock.
type BusyError struct {
	PID   int       // 0 when the lock file does not say
	Since time.Time // zero when the lock file does not say
}

func (e *BusyError) Error() string {
	switch {
	case e.PID != 0 && !e.Since.IsZero():
		return fmt.Sprintf("%v (pid %d, since %s)", ErrWriterBusy, e.PID, e.Since.Local().Format("2006-01-02 15:04:05"))
	case e.PID != 0:
		return fmt.Sprintf("%v (pid %d)", ErrWriterBusy, e.PID)
	}
	return ErrWriterBusy.Error()
}

// Is makes errors.Is(err, ErrWriterBusy) hold.
func (e *BusyError) Is(target error) bool { return target == ErrWriterBusy }

// writerLock is the index's cross-process writer lock: an advisory lock on
// a file beside the database, which the operating system lets go of when
// the process ends, however it ends. Within a process it is re-entrant.
type writerLock struct {
	path string
	mu   sync.Mutex
	held int
	file *os.File
}

// lockPoll is how often a waiting LockWriter tries again.
const lockPoll = 100 * time.Millisecond

// LockWriter takes the writer lock of the index: one rebuild at a time
// across every process that shares the data directory, while readers go on
// undisturbed. When another process holds it, LockWriter returns a
// *BusyError if waiting is nil; otherwise it calls waiting once and waits
// until the lock is free or ctx is done. The returned unlock lets go.
func (s *Store) LockWriter(ctx context.Context, waiting func(*BusyError)) (unlock func(), err error) {
	if s.readOnly {
		return nil, &Error{Path: s.path, Op: "lock", Kind: ErrReadOnly, Err: errors.New("opened for reading only")}
	}
	l := &s.lock
	told := false
	for {
		busy, err := l.try()
		if err != nil {
			return nil, err
		}
		if busy == nil {
			return l.release, nil
		}
		if waiting == nil {
			return nil, busy
		}
		if !told {
			waiting(busy)
			told = true
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(lockPoll):
		}
	}
}

// try takes the lock if it is free; busy says who holds it if not.
func (l *writerLock) try() (busy *BusyError, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.held > 0 {
		l.held++
		return nil, nil
	}
	f, err := os.OpenFile(l.path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("writer lock %s: %w", l.path, err)
	}
	ok, err := tryLockFile(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("writer lock %s: %w", l.path, err)
	}
	if !ok {
		// The holder writes who it is right after taking the lock: give it
		// a moment when this one came in between.
		busy := readHolder(f)
		for try := 0; busy.PID == 0 && try < 10; try++ {
			time.Sleep(20 * time.Millisecond)
			busy = readHolder(f)
		}
		f.Close()
		return busy, nil
	}
	// Say who holds it, for the message of the next one that tries.
	if err := f.Truncate(0); err == nil {
		fmt.Fprintf(f, "pid %d\nsince %s\n", os.Getpid(), time.Now().UTC().Format(time.RFC3339))
		f.Sync()
	}
	l.file, l.held = f, 1
	return nil, nil
}

func (l *writerLock) release() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.held == 0 {
		return
	}
	l.held--
	if l.held == 0 && l.file != nil {
		// The contents stay: the next holder overwrites them.
		unlockFile(l.file)
		l.file.Close()
		l.file = nil
	}
}

// close lets go of the lock however often it was taken.
func (l *writerLock) close() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.file != nil {
		unlockFile(l.file)
		l.file.Close()
		l.file = nil
	}
	l.held = 0
}

// readHolder reads what the holder wrote into the lock file.
func readHolder(f *os.File) *BusyError {
	buf := make([]byte, 256)
	n, _ := f.ReadAt(buf, 0)
	busy := &BusyError{}
	for _, line := range strings.Split(string(buf[:n]), "\n") {
		key, value, _ := strings.Cut(line, " ")
		switch key {
		case "pid":
			busy.PID, _ = strconv.Atoi(value)
		case "since":
			busy.Since, _ = time.Parse(time.RFC3339, value)
		}
	}
	return busy
}
