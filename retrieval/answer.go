package retrieval

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/cite"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

// MaxQuestionLength bounds a question, in characters.
const MaxQuestionLength = 1000

// ErrEmptyQuestion and ErrQuestionTooLong reject questions before any search.
var (
	ErrEmptyQuestion   = errors.New("the question is empty")
	ErrQuestionTooLong = fmt.Errorf("the question is longer than %d characters", MaxQuestionLength)
)

// Question is what a member asks.
type Question struct {
	Text string
	// Top is how many quotes to cite at most; 0 gives a short answer: the
	// quotes that score close to the best, at most Params.ShortQuotes.
	Top int
	// Language forces the framing's language ("de", "en"), as a Discord
	// client's locale does; "" follows the question's own language.
	Language string
	// Previous is the question this one follows up on in a conversation
	// ("und in Syrien?" after "Wie viele US-Soldaten sind im Irak?"), or "".
	// What the follow-up does not say of its own is taken from it.
	Previous string
}

// Citation is one quote: a verbatim span of a source's text.
type Citation = cite.Citation

// Point is one fact of an answer with every citation that states it.
type Point struct {
	// Citations are the numbers (Citation.N) of the quotes stating the fact.
	Citations []int `json:"citations"`
	// Published is the newest publication date among them.
	Published string `json:"published"`
	// Newest marks the lead figure when sources give different figures.
	Newest bool `json:"newest"`
	// Older marks a figure that a more recent source gives differently.
	Older bool `json:"older"`
	// Label is the framing of the point ("Ältere Angabe (Juni 2020)"), or "".
	Label string `json:"label,omitempty"`
}

// SourceRef lists a source once in an answer, with the numbers of the
// quotes cut from it.
type SourceRef struct {
	Citations         []int  `json:"citations"`
	SourceID          string `json:"source_id"`
	Title             string `json:"title"`
	Outlet            string `json:"outlet"`
	URL               string `json:"url"`
	Published         string `json:"published"`
	PublishedInferred bool   `json:"published_inferred"`
}

// Answer is what Quellen says to a question.
type Answer struct {
	Question string `json:"question"`
	// Language is the framing's language.
	Language string `json:"language"`
	Answered bool   `json:"answered"`
	// Text is the framing around the quotes, in the question's language.
	Text      string     `json:"answer"`
	Points    []Point    `json:"points"`
	Citations []Citation `json:"citations"`
	// Sources lists each cited source once, in the order first cited.
	Sources []SourceRef `json:"sources"`
	// Related are the closest passages when the sources do not answer; they
	// are offered, never cited.
	Related      []Citation `json:"related,omitempty"`
	IndexVersion int        `json:"index_version"`
	// Decision is what the decision to answer rested on.
	Decision Decision `json:"decision"`
	// Events are the dated events the points state when the question asks
	// when; those points lead.
	Events []timeline.Event `json:"events,omitempty"`
}

// Ask answers a question from the index, in five stages: analyse the
// question, find candidate passages, verify each against the question,
// shape the passing ones into points, frame them in words.
func (e *Engine) Ask(ctx context.Context, q Question) (*Answer, error) {
	text := strings.TrimSpace(q.Text)
	if text == "" {
		return nil, ErrEmptyQuestion
	}
	if utf8.RuneCountInString(text) > MaxQuestionLength {
		return nil, ErrQuestionTooLong
	}
	question, err := e.analyse(ctx, text, q.Previous)
	if err != nil {
		return nil, err
	}
	version, err := e.IndexVersion(ctx)
	if err != nil {
		return nil, err
	}
	passages := newSourcePassages(e.store)
	ranked, err := e.rank(ctx, question, e.params.Candidates, passages)
	if err != nil {
		return nil, err
	}
	verdicts, decision, err := e.verify(ctx, question, ranked, passages)
	if err != nil {
		return nil, err
	}
	// Each stage reads the caller's deadline: a question that cannot be
	// answered in time ends with the context's error, not late.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// When an article appeared, or whose its picture is, is read from its
	// date line or picture credit: the dates its sentences state are of
	// what it reports, and an article without the line is declined.
	var facts []fact
	var conflicting bool
	if lineOf := articleLineOf(question); lineOf != nil {
		if facts, err = e.articleLine(ctx, question, verdicts, decision, lineOf); err != nil {
			return nil, err
		}
		decision.ArticleQuestion, decision.ArticleLines = true, len(facts)
	} else {
		facts, conflicting = e.shape(question, verdicts, q.Top)
	}

	lang, languageNote := frameLanguage(question.Lang, q.Language)
	ans := &Answer{Question: text, Language: lang, IndexVersion: version, Decision: decision,
		Points: []Point{}, Citations: []Citation{}, Sources: []SourceRef{}}
	if len(facts) == 0 {
		for i, r := range ranked[:min(len(ranked), relatedShown)] {
			src, err := e.store.Source(ctx, r.SourceID)
			if err != nil {
				return nil, err
			}
			ans.Related = append(ans.Related, citation(i+1, src, r.Passage))
		}
		return ans, e.frame(ans, false, languageNote)
	}
	ans.Answered = true
	if err := e.cite(ctx, ans, question, facts, conflicting); err != nil {
		return nil, err
	}
	return ans, e.frame(ans, conflicting, languageNote)
}

// relatedShown is how many related passages an abstention offers.
const relatedShown = 3

// frameLanguage is the language an answer is framed in: the one asked for,
// else the question's; a question in another language is answered in
// German with a note.
func frameLanguage(questionLang, asked string) (lang string, note bool) {
	switch {
	case asked == "de" || asked == "en":
		return asked, false
	case questionLang != "de" && questionLang != "en":
		return "de", true
	}
	return questionLang, false
}

func citation(n int, src store.Source, p store.Passage) Citation {
	c := cite.Of(src, p.Start, p.End)
	c.N, c.Quote, c.PassageID = n, p.Text, p.ID
	return c
}
