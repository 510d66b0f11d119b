package retrieval

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/store"
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

// Check checks a claim against the sources. The claim is asked as a
// question without its figures and years ("Im Irak sind 7.000
// US-Soldaten" asks how many US soldiers are in Iraq), so that the
// passages on its matter are found and verified whatever figure they state;
// each that passes supports the claim when it states the claim's figure or
// year and contradicts it when it states another. A claim with neither is
// supported by the passages that answer it.
func (e *Engine) Check(ctx context.Context, c Claim) (*CheckResult, error) {
	text := strings.TrimSpace(c.Text)
	if text == "" {
		return nil, ErrEmptyQuestion
	}
	if utf8.RuneCountInString(text) > MaxQuestionLength {
		return nil, ErrQuestionTooLong
	}
	q, err := e.analyse(ctx, withoutNumbers(text), "")
	if err != nil {
		return nil, err
	}
	claimLang := q.Lang
	if claimLang == "" {
		claimLang = "de"
	}
	claimCounts, claimYears := countsAndYears(text, claimLang)
	switch {
	case len(claimCounts) > 0:
		q.Type = query.Count
	case len(claimYears) > 0:
		q.Type = query.Date
	}
	q.Time = query.Time{} // the claim's year is what is checked, no constraint
	version, err := e.IndexVersion(ctx)
	if err != nil {
		return nil, err
	}
	lang, _ := frameLanguage(q.Lang, c.Language)
	res := &CheckResult{Claim: text, Language: lang, IndexVersion: version, Supporting: []Citation{}, Contradicting: []Citation{}}
	passages := newSourcePassages(e.store)
	ranked, err := e.rank(ctx, q, e.params.Candidates, passages)
	if err != nil {
		return nil, err
	}
	verdicts, _, err := e.verify(ctx, q, ranked, passages)
	if err != nil {
		return nil, err
	}
	n := 0
	for _, v := range verdicts {
		if !v.ok || n >= checkedPassages {
			continue
		}
		n++
		var kind stanceKind
		if len(v.facts) > 0 && q.Type == query.Count && q.Troops {
			kind = figureStance(claimCounts, v.facts)
		} else {
			kind = stance(claimCounts, claimYears, v.Text, passageLanguage(v.Text, v.source.Language))
		}
		if kind == stanceNone {
			continue
		}
		src, err := e.store.Source(ctx, v.SourceID)
		if err != nil {
			return nil, err
		}
		cit := citation(len(res.Supporting)+len(res.Contradicting)+1, src, v.Passage)
		if kind == stanceFor {
			res.Supporting = append(res.Supporting, cit)
		} else {
			res.Contradicting = append(res.Contradicting, cit)
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

// checkedPassages is how many passing passages a claim check reads.
const checkedPassages = 10

// figureStance compares a claim's figures with the troop figures a passage
// states that match the claim's force, place and role.
func figureStance(claim []int64, facts []store.Event) stanceKind {
	for _, f := range facts {
		if slices.Contains(claim, f.Count) {
			return stanceFor
		}
	}
	return stanceAgainst
}

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
