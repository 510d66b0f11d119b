package store

import (
	"context"
	"errors"
	"time"
)

// Feedback is a member's 👍 or 👎 on an answer.
type Feedback struct {
	At           time.Time
	UserID       string
	Question     string
	Answer       string
	Helpful      bool
	IndexVersion int
}

// AuditEntry records one moderator action: who did what, when, and how it ended.
type AuditEntry struct {
	At      time.Time
	UserID  string
	GuildID string
	Action  string
	Outcome string // "ok", "refused", "failed", "busy"
	Detail  string
}

// RecordFeedback stores a member's feedback. While a rebuild holds the
// database's write lock it waits, until ctx is done.
func (s *Store) RecordFeedback(ctx context.Context, f Feedback) error {
	err := s.retryBusy(ctx, `INSERT INTO feedback (at, user_id, question, answer, helpful, index_version) VALUES (?,?,?,?,?,?)`,
		f.At.UTC().Format(time.RFC3339Nano), f.UserID, f.Question, f.Answer, f.Helpful, f.IndexVersion)
	if err != nil {
		return s.fail("record feedback", err)
	}
	return nil
}

// retryBusy runs one small write, again while SQLite's write lock is held
// by a rebuild (whose transaction may outlast the busy timeout), until ctx
// is done.
func (s *Store) retryBusy(ctx context.Context, query string, args ...any) error {
	if s.readOnly {
		return &Error{Path: s.path, Op: "write", Kind: ErrReadOnly, Err: errors.New("opened for reading only")}
	}
	for {
		_, err := s.db.ExecContext(ctx, query, args...)
		if err == nil || kindOf(err) != ErrBusy || ctx.Err() != nil {
			return err
		}
	}
}

// RecordAudit stores a moderator action, waiting like RecordFeedback.
func (s *Store) RecordAudit(ctx context.Context, a AuditEntry) error {
	err := s.retryBusy(ctx, `INSERT INTO audit (at, user_id, guild_id, action, outcome, detail) VALUES (?,?,?,?,?,?)`,
		a.At.UTC().Format(time.RFC3339Nano), a.UserID, a.GuildID, a.Action, a.Outcome, a.Detail)
	if err != nil {
		return s.fail("record audit", err)
	}
	return nil
}

// Feedbacks lists stored feedback, oldest first.
func (s *Store) Feedbacks(ctx context.Context) ([]Feedback, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT at, user_id, question, answer, helpful, index_version FROM feedback ORDER BY id`)
	if err != nil {
		return nil, s.fail("list feedback", err)
	}
	defer rows.Close()
	var out []Feedback
	for rows.Next() {
		var f Feedback
		var at string
		if err := rows.Scan(&at, &f.UserID, &f.Question, &f.Answer, &f.Helpful, &f.IndexVersion); err != nil {
			return nil, s.fail("list feedback", err)
		}
		f.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, f)
	}
	return out, rows.Err()
}

// Audit lists the audit trail, oldest first.
func (s *Store) Audit(ctx context.Context) ([]AuditEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT at, user_id, guild_id, action, outcome, detail FROM audit ORDER BY id`)
	if err != nil {
		return nil, s.fail("list audit", err)
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var a AuditEntry
		var at string
		if err := rows.Scan(&at, &a.UserID, &a.GuildID, &a.Action, &a.Outcome, &a.Detail); err != nil {
			return nil, s.fail("list audit", err)
		}
		a.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, a)
	}
	return out, rows.Err()
}
