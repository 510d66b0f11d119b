package retrieval

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
)

// Verdict is what the sources say of a claim.
type Verdict string

// Verdicts of a claim check.
const (
	// Supported: sources state the claim and none states otherwise.
	Supported Verdict = "supported"
	// Contradicted: sources state another figure or date and none the claim's.
	Contradicted Verdict = "contradicted"
	// Disputed: some sources state the claim, others state otherwise.
	Disputed Verdict = "disputed"
	// Silent: the sources say nothing on the claim.
	Silent Verdict = "silent"
)

// Claim is a statement from chat to check against the sources.
type Claim struct {
	Text string
	// Language forces the framing's language ("de", "en"); "" follows the claim.
	Language string
}

// CheckResult is what the sources say of a claim: the quotes that support
// it and those that state another figure or date.
type CheckResult struct {
	Claim         string     `json:"claim"`
	Language      string     `json:"language"`
	Verdict       Verdict    `json:"verdict"`
	Text          string     `json:"text"`
	Supporting    []Citation `json:"supporting"`
	Contradicting []Citation `json:"contradicting"`
	IndexVersion  int        `json:"index_version"`
}

// Check checks a claim against the sources: the passages that answer it as a
// question are read for the claim's figures and years. A passage that states
// them supports the claim; one on the same matter that states other figures
// or years contradicts it. A claim without figures or years is supported by
// the passages that answer it.
func (e *Engine) Check(ctx context.Context, c Claim) (*CheckResult, error) {
	text := strings.TrimSpace(c.Text)
	if text == "" {
		return nil, ErrEmptyQuestion
	}
	if utf8.RuneCountInString(text) > MaxQuestionLength {
		return nil, ErrQuestionTooLong
	}
	ans, err := e.Ask(ctx, Question{Text: text, Language: c.Language})
	if err != nil {
		return nil, err
	}
	res := &CheckResult{Claim: text, Language: ans.Language, IndexVersion: ans.IndexVersion,
		Supporting: []Citation{}, Contradicting: []Citation{}}
	if ans.Answered {
		// A contradiction need not rank among the quotes an answer cites:
		// every passage on the matter is read.
		// The matter is the claim without its figures: a passage on it that
		// states another figure must be found as readily as one that agrees.
		ranked, err := e.Rank(ctx, withoutNumbers(text), checkedPassages)
		if err != nil {
			return nil, err
		}
		claimCounts, claimYears := countsAndYears(text, ans.Language)
		best := 0.0
		for _, r := range ranked {
			best = max(best, r.Lexical)
		}
		for _, r := range ranked {
			if r.Lexical < checkMinRelative*best {
				continue
			}
			src, err := e.store.Source(ctx, r.SourceID)
			if err != nil {
				return nil, err
			}
			switch stance(claimCounts, claimYears, r.Text, src.Language) {
			case stanceFor:
				res.Supporting = append(res.Supporting, citation(len(res.Supporting)+len(res.Contradicting)+1, src, r.Passage))
			case stanceAgainst:
				res.Contradicting = append(res.Contradicting, citation(len(res.Supporting)+len(res.Contradicting)+1, src, r.Passage))
			}
		}
	}
	switch {
	case len(res.Supporting) > 0 && len(res.Contradicting) > 0:
		res.Verdict = Disputed
	case len(res.Supporting) > 0:
		res.Verdict = Supported
	case len(res.Contradicting) > 0:
		res.Verdict = Contradicted
	default:
		res.Verdict = Silent
	}
	res.Text, err = e.templates.Render(res.Language, "check", res)
	return res, err
}

// checkedPassages is how many of the best passages a claim check reads, and
// checkMinRelative the share of the best passage's own match (Ranked.Lexical) a passage needs to count as
// on the claim's matter. Not yet measured: set by hand on the default
// collection's figures.
const (
	checkedPassages  = 10
	checkMinRelative = 0.5
)

type stanceKind int

const (
	stanceNone stanceKind = iota
	stanceFor
	stanceAgainst
)

// stance says whether a quote that answers a claim states its figures
// (for), states others (against) or neither.
func stance(claimCounts, claimYears []int64, quote, lang string) stanceKind {
	if len(claimCounts) == 0 && len(claimYears) == 0 {
		return stanceFor
	}
	counts, years := countsAndYears(quote, lang)
	against := false
	if len(claimCounts) > 0 && len(counts) > 0 {
		if shares(claimCounts, counts) {
			return stanceFor
		}
		against = true
	}
	if len(claimYears) > 0 && len(years) > 0 {
		if shares(claimYears, years) {
			return stanceFor
		}
		against = true
	}
	if against {
		return stanceAgainst
	}
	return stanceNone
}

// withoutNumbers drops the numbers of a text.
func withoutNumbers(text string) string {
	var b strings.Builder
	last := 0
	for _, tok := range analysis.Scan(text) {
		if tok.Num {
			b.WriteString(text[last:tok.Start])
			last = tok.Start + len(tok.Text)
		}
	}
	b.WriteString(text[last:])
	return b.String()
}

func shares(a, b []int64) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// countsAndYears splits a text's figures into counts and years.
func countsAndYears(text, lang string) ([]int64, []int64) {
	return counts(text, lang), years(text, lang)
}
