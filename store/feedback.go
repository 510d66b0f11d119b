package store

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// Vote is a member's 👍 or 👎 on one answer. A member has one vote per
// answer; voting again replaces it.
type Vote struct {
	AnswerID string // the answer's message id
	// UserID is the member's Discord id. It is never stored: the store
	// keeps a keyed hash of it, enough to recognise the member's second
	// vote on the same answer. Votes read back have it empty.
	UserID       string
	Helpful      bool
	Reason       string // what was wrong, for a 👎, in the member's words
	Question     string
	Answer       string
	GuildID      string
	IndexVersion int
	At           time.Time
}

// userHash is the keyed hash a member's id is stored as. The key is made
// at random when the database is created, so the hash cannot be reversed by
// trying every id without the database.
func (s *Store) userHash(ctx context.Context, userID string) (string, error) {
	key, err := s.BotSetting(ctx, "user_hash_key")
	if err != nil {
		return "", err
	}
	if key == "" {
		return "", errors.New("the database has no user_hash_key")
	}
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write([]byte(userID))
	return hex.EncodeToString(mac.Sum(nil)), nil
}

// RecordVote stores a member's vote on an answer, replacing the vote they
// gave it before; changed says whether it differs from that one. A vote
// that keeps its direction keeps its reason unless it brings one. The vote
// is one statement, so that it waits its turn behind other writers (other
// shards) instead of failing as a read transaction turned writer would.
func (s *Store) RecordVote(ctx context.Context, v Vote) (changed bool, err error) {
	hash, err := s.userHash(ctx, v.UserID)
	if err != nil {
		return false, fmt.Errorf("record vote: %w", err)
	}
	var before bool
	err = s.db.QueryRowContext(ctx, `SELECT helpful FROM votes WHERE answer_id = ? AND user_hash = ?`, v.AnswerID, hash).Scan(&before)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		changed = true
	case err != nil:
		return false, fmt.Errorf("record vote: %w", err)
	default:
		changed = before != v.Helpful
	}
	err = s.retryBusy(ctx, `INSERT INTO votes (answer_id, user_hash, helpful, reason, question, answer, guild_id, index_version, at)
		VALUES (?,?,?,?,?,?,?,?,?)
		ON CONFLICT (answer_id, user_hash) DO UPDATE SET helpful = excluded.helpful,
			reason = CASE WHEN excluded.reason != '' OR votes.helpful != excluded.helpful THEN excluded.reason ELSE votes.reason END,
			at = excluded.at, index_version = excluded.index_version`,
		v.AnswerID, hash, v.Helpful, v.Reason, v.Question, v.Answer, v.GuildID, v.IndexVersion, v.At.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return false, fmt.Errorf("record vote: %w", err)
	}
	return changed, nil
}

// SetVoteReason adds what was wrong to a member's 👎 on an answer; it is
// ignored when the member has no 👎 on it.
func (s *Store) SetVoteReason(ctx context.Context, answerID, userID, reason string) error {
	hash, err := s.userHash(ctx, userID)
	if err != nil {
		return fmt.Errorf("set vote reason: %w", err)
	}
	err = s.retryBusy(ctx, `UPDATE votes SET reason = ? WHERE answer_id = ? AND user_hash = ? AND NOT helpful`, reason, answerID, hash)
	if err != nil {
		return fmt.Errorf("set vote reason: %w", err)
	}
	return nil
}

// VoteOf returns a member's vote on an answer, if they gave one.
func (s *Store) VoteOf(ctx context.Context, answerID, userID string) (Vote, bool, error) {
	hash, err := s.userHash(ctx, userID)
	if err != nil {
		return Vote{}, false, fmt.Errorf("read vote: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+voteColumns+` FROM votes WHERE answer_id = ? AND user_hash = ?`, answerID, hash)
	if err != nil {
		return Vote{}, false, fmt.Errorf("read vote: %w", err)
	}
	votes, err := scanVotes(rows)
	if err != nil || len(votes) == 0 {
		return Vote{}, false, err
	}
	return votes[0], true, nil
}

const voteColumns = `answer_id, helpful, reason, question, answer, guild_id, index_version, at`

func scanVotes(rows *sql.Rows) ([]Vote, error) {
	defer rows.Close()
	var out []Vote
	for rows.Next() {
		var v Vote
		var at string
		if err := rows.Scan(&v.AnswerID, &v.Helpful, &v.Reason, &v.Question, &v.Answer, &v.GuildID, &v.IndexVersion, &at); err != nil {
			return nil, fmt.Errorf("read votes: %w", err)
		}
		v.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read votes: %w", err)
	}
	return out, nil
}

// Votes lists every vote, oldest first, without who gave it.
func (s *Store) Votes(ctx context.Context) ([]Vote, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+voteColumns+` FROM votes ORDER BY at, rowid`)
	if err != nil {
		return nil, fmt.Errorf("list votes: %w", err)
	}
	return scanVotes(rows)
}

// UnhelpfulVotes lists the 👎 given since a time, newest first, a page of
// at most limit from offset.
func (s *Store) UnhelpfulVotes(ctx context.Context, since time.Time, offset, limit int) ([]Vote, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+voteColumns+` FROM votes WHERE NOT helpful AND at >= ?
		ORDER BY at DESC, rowid DESC LIMIT ? OFFSET ?`, since.UTC().Format(time.RFC3339Nano), limit, offset)
	if err != nil {
		return nil, fmt.Errorf("list unhelpful votes: %w", err)
	}
	return scanVotes(rows)
}

// FeedbackCounts are what members said since a time.
type FeedbackCounts struct {
	Helpful, Unhelpful int
	// Declined counts the questions declined; DistinctDeclined the
	// different ones among them.
	Declined, DistinctDeclined int
}

// CountFeedback counts votes and declined questions since a time.
func (s *Store) CountFeedback(ctx context.Context, since time.Time) (FeedbackCounts, error) {
	var c FeedbackCounts
	at := since.UTC().Format(time.RFC3339Nano)
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM votes WHERE helpful AND at >= ?1),
		(SELECT count(*) FROM votes WHERE NOT helpful AND at >= ?1),
		(SELECT count(*) FROM declined WHERE at >= ?1),
		(SELECT count(DISTINCT norm) FROM declined WHERE at >= ?1)`, at).Scan(&c.Helpful, &c.Unhelpful, &c.Declined, &c.DistinctDeclined)
	if err != nil {
		return c, fmt.Errorf("count feedback: %w", err)
	}
	return c, nil
}

// DeclinedQuestion is a question the sources did not answer, with how
// often it was asked.
type DeclinedQuestion struct {
	Question     string // as last asked
	GuildID      string
	IndexVersion int
	Count        int
	Last         time.Time
}

// foldQuestion is the form that groups the same question asked twice:
// lower case, single spaces, without closing punctuation.
func foldQuestion(q string) string {
	q = strings.ToLower(strings.Join(strings.Fields(q), " "))
	return strings.TrimRightFunc(q, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

// RecordDeclined notes a question the sources did not answer.
func (s *Store) RecordDeclined(ctx context.Context, d DeclinedQuestion) error {
	err := s.retryBusy(ctx, `INSERT INTO declined (question, norm, guild_id, index_version, at) VALUES (?,?,?,?,?)`,
		d.Question, foldQuestion(d.Question), d.GuildID, d.IndexVersion, d.Last.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("record declined question: %w", err)
	}
	return nil
}

// DeclinedQuestions lists the questions declined since a time, the most
// often asked first (then the latest), a page of at most limit from offset.
func (s *Store) DeclinedQuestions(ctx context.Context, since time.Time, offset, limit int) ([]DeclinedQuestion, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT
			(SELECT question FROM declined d2 WHERE d2.norm = d.norm AND d2.at >= ?1 ORDER BY d2.at DESC, d2.id DESC LIMIT 1),
			count(*), max(at), max(index_version)
		FROM declined d WHERE at >= ?1 GROUP BY norm ORDER BY count(*) DESC, max(at) DESC LIMIT ?2 OFFSET ?3`,
		since.UTC().Format(time.RFC3339Nano), limit, offset)
	if err != nil {
		return nil, fmt.Errorf("list declined questions: %w", err)
	}
	defer rows.Close()
	var out []DeclinedQuestion
	for rows.Next() {
		var d DeclinedQuestion
		var last string
		if err := rows.Scan(&d.Question, &d.Count, &last, &d.IndexVersion); err != nil {
			return nil, fmt.Errorf("list declined questions: %w", err)
		}
		d.Last, _ = time.Parse(time.RFC3339Nano, last)
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list declined questions: %w", err)
	}
	return out, nil
}

// AskedQuestion is the question an answer of the bot answered, kept so
// that a follow-up can be answered with it as context.
type AskedQuestion struct {
	// Key is the answer's message id, or the id of the interaction the
	// answer was the response to (its messages carry that id too).
	Key       string
	ChannelID string
	Question  string
	At        time.Time
}

// RememberQuestion keeps the question an answer answered.
func (s *Store) RememberQuestion(ctx context.Context, q AskedQuestion) error {
	err := s.retryBusy(ctx, `INSERT INTO asked (key, channel_id, question, at) VALUES (?,?,?,?)
		ON CONFLICT (key) DO UPDATE SET channel_id = excluded.channel_id, question = excluded.question, at = excluded.at`,
		q.Key, q.ChannelID, q.Question, q.At.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("remember question: %w", err)
	}
	return nil
}

// AnsweredQuestion finds the question the answer with one of the keys
// answered (the first key that is known wins).
func (s *Store) AnsweredQuestion(ctx context.Context, keys ...string) (AskedQuestion, bool, error) {
	for _, key := range keys {
		if key == "" {
			continue
		}
		q, ok, err := s.askedWhere(ctx, `key = ?`, key)
		if err != nil || ok {
			return q, ok, err
		}
	}
	return AskedQuestion{}, false, nil
}

// LastQuestionIn finds the question of the bot's latest answer in a
// channel or thread.
func (s *Store) LastQuestionIn(ctx context.Context, channelID string) (AskedQuestion, bool, error) {
	return s.askedWhere(ctx, `channel_id = ? ORDER BY at DESC LIMIT 1`, channelID)
}

func (s *Store) askedWhere(ctx context.Context, where string, arg string) (AskedQuestion, bool, error) {
	var q AskedQuestion
	var at string
	err := s.db.QueryRowContext(ctx, `SELECT key, channel_id, question, at FROM asked WHERE `+where, arg).Scan(&q.Key, &q.ChannelID, &q.Question, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return q, false, nil
	}
	if err != nil {
		return q, false, fmt.Errorf("read asked question: %w", err)
	}
	q.At, _ = time.Parse(time.RFC3339Nano, at)
	return q, true, nil
}

// ForgetQuestions drops the questions remembered before a time; it
// returns how many.
func (s *Store) ForgetQuestions(ctx context.Context, before time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM asked WHERE at < ?`, before.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return 0, fmt.Errorf("forget questions: %w", err)
	}
	return res.RowsAffected()
}

// BotSetting reads one of the bot's settings; a missing key yields "".
func (s *Store) BotSetting(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM bot_settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("bot setting %s: %w", key, err)
	}
	return v, nil
}

// SetBotSetting stores one of the bot's settings.
func (s *Store) SetBotSetting(ctx context.Context, key, value string) error {
	err := s.retryBusy(ctx, `INSERT INTO bot_settings (key, value) VALUES (?,?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("set bot setting %s: %w", key, err)
	}
	return nil
}
