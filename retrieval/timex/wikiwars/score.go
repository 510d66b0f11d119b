package wikiwars

import (
	"sort"

	"github.com/quellen/quellen/retrieval/timex"
)

// Scores are the extraction and normalisation figures of one run.
type Scores struct {
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`

	StrictMatches int     `json:"strict_matches"`
	StrictP       float64 `json:"strict_precision"`
	StrictR       float64 `json:"strict_recall"`
	StrictF1      float64 `json:"strict_f1"`

	RelaxedMatches int     `json:"relaxed_matches"`
	RelaxedP       float64 `json:"relaxed_precision"`
	RelaxedR       float64 `json:"relaxed_recall"`
	RelaxedF1      float64 `json:"relaxed_f1"`

	// ValueCorrect counts relaxed matches whose value equals the gold
	// value; ValueAccuracy is their share of the relaxed matches, the
	// figure HeidelTime reports. ValueModAccuracy asks the mod to agree too.
	ValueCorrect     int     `json:"value_correct"`
	ValueAccuracy    float64 `json:"value_accuracy"`
	ValueModAccuracy float64 `json:"value_mod_accuracy"`
}

// Pair is a gold mention and the prediction matched to it (relaxed).
type Pair struct {
	Gold, Predicted Mention
}

// Alignment is how predictions line up with the gold: matched pairs,
// unmatched gold (misses) and unmatched predictions (false alarms).
type Alignment struct {
	Pairs  []Pair
	Missed []Mention
	Extra  []Mention
}

// Align matches predictions to gold mentions one to one, by overlap within
// a document, taking gold and predictions in order of position.
func Align(gold, pred []Mention) Alignment {
	gold, pred = sorted(gold), sorted(pred)
	used := make([]bool, len(pred))
	var a Alignment
	byDoc := make(map[string][]int)
	for k, p := range pred {
		byDoc[p.Doc] = append(byDoc[p.Doc], k)
	}
	for _, g := range gold {
		match := -1
		for _, k := range byDoc[g.Doc] {
			p := pred[k]
			if used[k] || p.End <= g.Start || p.Start >= g.End {
				continue
			}
			// Prefer the exact span when several predictions overlap.
			if match < 0 || (p.Start == g.Start && p.End == g.End) {
				match = k
			}
		}
		if match < 0 {
			a.Missed = append(a.Missed, g)
			continue
		}
		used[match] = true
		a.Pairs = append(a.Pairs, Pair{Gold: g, Predicted: pred[match]})
	}
	for k, p := range pred {
		if !used[k] {
			a.Extra = append(a.Extra, p)
		}
	}
	return a
}

func sorted(ms []Mention) []Mention {
	out := append([]Mention(nil), ms...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Doc != out[j].Doc {
			return out[i].Doc < out[j].Doc
		}
		return out[i].Start < out[j].Start
	})
	return out
}

// Score computes the figures of predictions against gold mentions.
func Score(gold, pred []Mention) Scores {
	s := Scores{Gold: len(gold), Predicted: len(pred)}
	exact := make(map[Mention]int)
	for _, g := range gold {
		exact[spanKey(g)]++
	}
	for _, p := range pred {
		if exact[spanKey(p)] > 0 {
			exact[spanKey(p)]--
			s.StrictMatches++
		}
	}
	a := Align(gold, pred)
	s.RelaxedMatches = len(a.Pairs)
	valueMod := 0
	for _, p := range a.Pairs {
		if p.Gold.Value == p.Predicted.Value {
			s.ValueCorrect++
			if p.Gold.Mod == p.Predicted.Mod {
				valueMod++
			}
		}
	}
	s.StrictP, s.StrictR, s.StrictF1 = prf(s.StrictMatches, s.Predicted, s.Gold)
	s.RelaxedP, s.RelaxedR, s.RelaxedF1 = prf(s.RelaxedMatches, s.Predicted, s.Gold)
	s.ValueAccuracy = ratio(s.ValueCorrect, s.RelaxedMatches)
	s.ValueModAccuracy = ratio(valueMod, s.RelaxedMatches)
	return s
}

func spanKey(m Mention) Mention { return Mention{Doc: m.Doc, Start: m.Start, End: m.End} }

func prf(matches, predicted, gold int) (p, r, f1 float64) {
	p, r = ratio(matches, predicted), ratio(matches, gold)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Tag runs the tagger over a document's body the way the benchmark asks:
// German, narrative anchoring, and no publication date (the creation time
// of the files is the download date, not the time of the story).
func Tag(d Document) []Mention {
	var out []Mention
	for _, e := range timex.Tag(d.Body(), timex.Options{Narrative: true, Lang: "de"}) {
		out = append(out, Mention{
			Doc: d.ID, Text: e.Text,
			Start: d.BodyStart + e.Start, End: d.BodyStart + e.End,
			Value: e.Value, Mod: e.Mod,
		})
	}
	return out
}

// Result holds the scores of one split and the mentions behind them.
type Result struct {
	Split     Split     `json:"split"`
	Documents int       `json:"documents"`
	Scores    Scores    `json:"scores"`
	Gold      []Mention `json:"-"`
	Predicted []Mention `json:"-"`
}

// Evaluate tags every document of a split and scores it.
func (c *Corpus) Evaluate(s Split) Result {
	docs := c.Documents(s)
	var pred []Mention
	for _, d := range docs {
		pred = append(pred, Tag(d)...)
	}
	gold := c.GoldFor(docs)
	return Result{Split: s, Documents: len(docs), Scores: Score(gold, pred), Gold: gold, Predicted: pred}
}
