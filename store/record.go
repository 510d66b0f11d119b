package store

import (
	"context"
	"fmt"
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

// RecordFeedback stores a member's feedback.
func (s *Store) RecordFeedback(ctx context.Context, f Feedback) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO feedback (at, user_id, question, answer, helpful, index_version) VALUES (?,?,?,?,?,?)`,
		f.At.UTC().Format(time.RFC3339Nano), f.UserID, f.Question, f.Answer, f.Helpful, f.IndexVersion)
	if err != nil {
		return fmt.Errorf("record feedback: %w", err)
	}
	return nil
}

// RecordAudit stores a moderator action.
func (s *Store) RecordAudit(ctx context.Context, a AuditEntry) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO audit (at, user_id, guild_id, action, outcome, detail) VALUES (?,?,?,?,?,?)`,
		a.At.UTC().Format(time.RFC3339Nano), a.UserID, a.GuildID, a.Action, a.Outcome, a.Detail)
	if err != nil {
		return fmt.Errorf("record audit: %w", err)
	}
	return nil
}

// Feedbacks lists stored feedback, oldest first.
func (s *Store) Feedbacks(ctx context.Context) ([]Feedback, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT at, user_id, question, answer, helpful, index_version FROM feedback ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list feedback: %w", err)
	}
	defer rows.Close()
	var out []Feedback
	for rows.Next() {
		var f Feedback
		var at string
		if err := rows.Scan(&at, &f.UserID, &f.Question, &f.Answer, &f.Helpful, &f.IndexVersion); err != nil {
			return nil, fmt.Errorf("list feedback: %w", err)
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
		return nil, fmt.Errorf("list audit: %w", err)
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var a AuditEntry
		var at string
		if err := rows.Scan(&at, &a.UserID, &a.GuildID, &a.Action, &a.Outcome, &a.Detail); err != nil {
			return nil, fmt.Errorf("list audit: %w", err)
		}
		a.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, a)
	}
	return out, rows.Err()
}
