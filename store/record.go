package store

import (
	"context"
	"database/sql"
	"errors"
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

// RecordAudit stores a moderator action. While a rebuild holds the
// database's write lock it waits, until ctx is done.
func (s *Store) RecordAudit(ctx context.Context, a AuditEntry) error {
	err := s.retryBusy(ctx, `INSERT INTO audit (at, user_id, guild_id, action, outcome, detail) VALUES (?,?,?,?,?,?)`,
		a.At.UTC().Format(time.RFC3339Nano), a.UserID, a.GuildID, a.Action, a.Outcome, a.Detail)
	if err != nil {
		return s.fail("record audit", err)
	}
	return nil
}

// Audit lists the audit trail, oldest first.
func (s *Store) Audit(ctx context.Context) ([]AuditEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+auditColumns+` FROM audit ORDER BY id`)
	if err != nil {
		return nil, s.fail("list audit", err)
	}
	out, err := scanAudit(rows)
	if err != nil {
		return nil, s.fail("list audit", err)
	}
	return out, nil
}

// AuditPage lists a page of the audit trail, newest first: limit entries
// after skipping offset, and how many there are in all.
func (s *Store) AuditPage(ctx context.Context, offset, limit int) ([]AuditEntry, int, error) {
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM audit`).Scan(&total); err != nil {
		return nil, 0, s.fail("count audit", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+auditColumns+` FROM audit ORDER BY id DESC LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, 0, s.fail("list audit", err)
	}
	out, err := scanAudit(rows)
	if err != nil {
		return nil, 0, s.fail("list audit", err)
	}
	return out, total, nil
}

const auditColumns = `at, user_id, guild_id, action, outcome, detail`

// scanAudit reads audit rows selected with auditColumns, and closes them.
func scanAudit(rows *sql.Rows) ([]AuditEntry, error) {
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var a AuditEntry
		var at string
		if err := rows.Scan(&at, &a.UserID, &a.GuildID, &a.Action, &a.Outcome, &a.Detail); err != nil {
			return nil, err
		}
		a.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, a)
	}
	return out, rows.Err()
}
