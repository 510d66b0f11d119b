package retrieval

import (
	"context"
	"errors"
	"testing"

	"github.com/quellen/quellen/store"
)

func TestCheckTellsSupportFromContradiction(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2020-06-12", "Der Einsatz von rund 5.000 US-Soldaten im Irak ist umstritten. Das Parlament forderte den Abzug."),
		source("b", "2024-09", "Rund 2.500 US-Soldaten im Irak beraten die irakische Armee. Die Mission endet 2025."),
		source("c", "2023", "Die Ölpreise stiegen im Sommer deutlich an. Händler rechnen mit weiteren Erhöhungen."),
	}, Options{})
	tests := []struct {
		claim                   string
		want                    Verdict
		supporting, contradicts int
	}{
		{"Im Irak sind 2.500 US-Soldaten stationiert.", Disputed, 1, 1},
		{"Im Irak sind 7.000 US-Soldaten stationiert.", Contradicted, 0, 2},
		{"Die Bundeswehr hat 300 Soldaten in Mali.", Silent, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.claim, func(t *testing.T) {
			res, err := e.Check(context.Background(), Claim{Text: tt.claim})
			if err != nil {
				t.Fatal(err)
			}
			if res.Verdict != tt.want || len(res.Supporting) != tt.supporting || len(res.Contradicting) != tt.contradicts {
				t.Fatalf("verdict %s with %d supporting, %d contradicting; want %s, %d, %d (%+v)",
					res.Verdict, len(res.Supporting), len(res.Contradicting), tt.want, tt.supporting, tt.contradicts, res)
			}
			if res.Text == "" {
				t.Error("no framing text")
			}
		})
	}
	if _, err := e.Check(context.Background(), Claim{Text: "  "}); !errors.Is(err, ErrEmptyQuestion) {
		t.Errorf("empty claim: %v, want ErrEmptyQuestion", err)
	}
}

func TestFollowUpTakesWhatItDoesNotSayFromThePreviousQuestion(t *testing.T) {
	e := newTestEngine(t, defaultSources(t), Options{})
	ans, err := e.Ask(context.Background(), Question{Text: "und in Syrien?", Previous: "Wie viele US-Soldaten sind im Irak?", Top: 3})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Answered || len(ans.Citations) == 0 {
		t.Fatalf("follow-up not answered: %+v", ans)
	}
	if ans.Question != "und in Syrien?" {
		t.Errorf("answer's question %q, want the follow-up as asked", ans.Question)
	}
	alone, err := e.Ask(context.Background(), Question{Text: "und in Syrien?", Top: 3})
	if err != nil {
		t.Fatal(err)
	}
	if alone.Answered && len(alone.Citations) > 0 && alone.Citations[0].PassageID == ans.Citations[0].PassageID {
		t.Errorf("the previous question changed nothing: both lead with %q", ans.Citations[0].Quote)
	}
}
