package eval

import (
	"context"
	"strings"

	"github.com/quellen/quellen/retrieval"
)

// Ranker ranks quotable passages for a question, abstention aside.
type Ranker interface {
	Rank(ctx context.Context, question string, limit int) ([]retrieval.Ranked, error)
}

// Scores are retrieval figures over a set of questions.
type Scores struct {
	Questions int
	Hit1      float64
	Hit5      float64
	Hit10     float64
	MRR10     float64
}

// Retrieval ranks every question's passages and scores where the first quote
// containing an answer stands.
func Retrieval(ctx context.Context, r Ranker, items []Item) (Scores, error) {
	var s Scores
	for _, it := range items {
		ranked, err := r.Rank(ctx, it.Question, 10)
		if err != nil {
			return s, err
		}
		s.Questions++
		for i, p := range ranked {
			if containsAnswer(p.Text, it.Answers) {
				if i == 0 {
					s.Hit1++
				}
				if i < 5 {
					s.Hit5++
				}
				s.Hit10++
				s.MRR10 += 1 / float64(i+1)
				break
			}
		}
	}
	if s.Questions > 0 {
		n := float64(s.Questions)
		s.Hit1 /= n
		s.Hit5 /= n
		s.Hit10 /= n
		s.MRR10 /= n
	}
	return s, nil
}

func containsAnswer(quote string, answers []string) bool {
	for _, a := range answers {
		if a != "" && strings.Contains(quote, a) {
			return true
		}
	}
	return false
}
