package store

import (
	"context"
	"fmt"
	"time"
)

// AuditEntry records one moderator action: who did what, when, and how it ended.
type AuditEntry struct {
	At      time.Time
	UserID  string
	GuildID string
	Action  string
	Outcome string // "ok", "refused", "failed", "busy"
	Detail  string
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
