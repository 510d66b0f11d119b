package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestVotesAreOnePerMemberAndAnswerAndHashed(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	at := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	vote := func(user string, helpful bool, reason string) bool {
		t.Helper()
		changed, err := s.RecordVote(ctx, Vote{AnswerID: "m1", UserID: user, Helpful: helpful, Reason: reason,
			Question: "Wer?", Answer: "„X“", GuildID: "g", IndexVersion: 3, At: at})
		if err != nil {
			t.Fatal(err)
		}
		at = at.Add(time.Minute)
		return changed
	}
	if !vote("111111111111111111", true, "") {
		t.Error("a first vote is a change")
	}
	if vote("111111111111111111", true, "") {
		t.Error("the same vote again is no change")
	}
	if !vote("111111111111111111", false, "") {
		t.Error("👍 to 👎 is a change")
	}
	if err := s.SetVoteReason(ctx, "m1", "111111111111111111", "Die Zahl ist veraltet"); err != nil {
		t.Fatal(err)
	}
	vote("111111111111111111", false, "") // again 👎 without a reason keeps it
	vote("222222222222222222", true, "")

	votes, err := s.Votes(ctx)
	if err != nil || len(votes) != 2 {
		t.Fatalf("Votes = %+v, %v; want one per member", votes, err)
	}
	mine, ok, err := s.VoteOf(ctx, "m1", "111111111111111111")
	if err != nil || !ok || mine.Helpful || mine.Reason != "Die Zahl ist veraltet" || mine.UserID != "" {
		t.Errorf("VoteOf = %+v, %v, %v", mine, ok, err)
	}
	if _, ok, _ := s.VoteOf(ctx, "m2", "111111111111111111"); ok {
		t.Error("a vote on another answer was found")
	}
	// A reason is only for a 👎.
	s.SetVoteReason(ctx, "m1", "222222222222222222", "nichts")
	if v, _, _ := s.VoteOf(ctx, "m1", "222222222222222222"); v.Reason != "" {
		t.Errorf("a 👍 got a reason: %+v", v)
	}

	rows, err := s.db.QueryContext(ctx, `SELECT user_hash FROM votes`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var h string
		rows.Scan(&h)
		if strings.Contains(h, "111111111111111111") || strings.Contains(h, "222222222222222222") || len(h) != 64 {
			t.Errorf("user_hash %q is not a hash of the id", h)
		}
	}
}

func TestUserHashDependsOnTheDatabasesKey(t *testing.T) {
	a, _ := openTemp(t)
	b, _ := openTemp(t)
	ctx := context.Background()
	ha, err := a.userHash(ctx, "123")
	if err != nil {
		t.Fatal(err)
	}
	hb, _ := b.userHash(ctx, "123")
	again, _ := a.userHash(ctx, "123")
	if ha == hb || ha != again {
		t.Errorf("hashes %s, %s, %s: want stable per database and different across databases", ha, hb, again)
	}
}

func TestUnhelpfulVotesAndDeclinedQuestionsArePaged(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	base := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for i := range 7 {
		s.RecordVote(ctx, Vote{AnswerID: fmt.Sprint("m", i), UserID: "u", Helpful: i%3 == 0, Reason: fmt.Sprint("r", i),
			Question: fmt.Sprint("q", i), At: base.Add(time.Duration(i) * time.Hour)})
	}
	for i, q := range []string{"Wie viele Soldaten in Mali?", "wie viele  Soldaten in Mali", "Wer gewann das Spiel?", "Wie viele Soldaten in Mali?"} {
		if err := s.RecordDeclined(ctx, DeclinedQuestion{Question: q, GuildID: "g", IndexVersion: 2, Last: base.Add(time.Duration(i) * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	c, err := s.CountFeedback(ctx, base)
	if err != nil || c != (FeedbackCounts{Helpful: 3, Unhelpful: 4, Declined: 4, DistinctDeclined: 2}) {
		t.Errorf("CountFeedback = %+v, %v", c, err)
	}
	page, err := s.UnhelpfulVotes(ctx, base, 0, 3)
	if err != nil || len(page) != 3 || page[0].Question != "q5" || page[2].Question != "q2" {
		t.Errorf("first page of 👎 = %+v, %v; want newest first", page, err)
	}
	page, _ = s.UnhelpfulVotes(ctx, base, 3, 3)
	if len(page) != 1 || page[0].Question != "q1" || page[0].Reason != "r1" {
		t.Errorf("second page of 👎 = %+v", page)
	}
	if later, _ := s.UnhelpfulVotes(ctx, base.Add(3*time.Hour), 0, 10); len(later) != 2 {
		t.Errorf("since filter: %d votes, want 2", len(later))
	}
	declined, err := s.DeclinedQuestions(ctx, base, 0, 10)
	if err != nil || len(declined) != 2 || declined[0].Count != 3 || declined[0].Question != "Wie viele Soldaten in Mali?" || declined[1].Count != 1 {
		t.Errorf("DeclinedQuestions = %+v, %v", declined, err)
	}
	if next, _ := s.DeclinedQuestions(ctx, base, 1, 10); len(next) != 1 || next[0].Question != "Wer gewann das Spiel?" {
		t.Errorf("second page = %+v", next)
	}
}

func TestAskedQuestionsForFollowUps(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	base := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for i, q := range []AskedQuestion{
		{Key: "interaction-1", ChannelID: "thread", Question: "Wie viele US-Soldaten sind im Irak?", At: base},
		{Key: "message-2", ChannelID: "thread", Question: "und in Syrien?", At: base.Add(time.Hour)},
		{Key: "message-3", ChannelID: "other", Question: "Wer ist Daniel Shapiro?", At: base.Add(2 * time.Hour)},
	} {
		if err := s.RememberQuestion(ctx, q); err != nil {
			t.Fatalf("%d: %v", i, err)
		}
	}
	if q, ok, err := s.AnsweredQuestion(ctx, "unknown", "", "interaction-1"); err != nil || !ok || q.Question != "Wie viele US-Soldaten sind im Irak?" {
		t.Errorf("AnsweredQuestion = %+v, %v, %v", q, ok, err)
	}
	if _, ok, _ := s.AnsweredQuestion(ctx, "nothing"); ok {
		t.Error("an unknown answer has a question")
	}
	if q, ok, _ := s.LastQuestionIn(ctx, "thread"); !ok || q.Question != "und in Syrien?" {
		t.Errorf("LastQuestionIn = %+v", q)
	}
	if n, err := s.ForgetQuestions(ctx, base.Add(90*time.Minute)); err != nil || n != 2 {
		t.Errorf("ForgetQuestions = %d, %v", n, err)
	}
	if _, ok, _ := s.LastQuestionIn(ctx, "thread"); ok {
		t.Error("a forgotten question is still found")
	}
}

// A database of schema version 4 keeps its feedback as votes, without the
// members' plain ids.
func TestMigrationDropsPlainUserIDsOfFeedback(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.db")
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range migrations[:4] {
		if _, err := db.Exec(m); err != nil {
			t.Fatalf("migration %d: %v", i+1, err)
		}
	}
	db.Exec(`PRAGMA user_version = 4`)
	if _, err := db.Exec(`INSERT INTO feedback (at, user_id, question, answer, helpful, index_version) VALUES ('2025-01-01T00:00:00Z', '987654321987654321', 'Wer?', '„X“', 0, 4)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	votes, err := s.Votes(context.Background())
	if err != nil || len(votes) != 1 || votes[0].Question != "Wer?" || votes[0].Helpful || votes[0].IndexVersion != 4 {
		t.Fatalf("votes = %+v, %v", votes, err)
	}
	var n int
	s.db.QueryRow(`SELECT count(*) FROM votes WHERE user_hash LIKE '%987654321987654321%'`).Scan(&n)
	if n != 0 {
		t.Error("a plain user id survived the migration")
	}
	if err := s.db.QueryRow(`SELECT count(*) FROM feedback`).Scan(&n); err == nil {
		t.Error("the feedback table with plain ids still exists")
	}
}
