package retrieval

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

// Every quote must be exactly the source's bytes at its offsets, trimmed of
// nothing but surrounding white space: the product's central promise.
func TestQuotesAreVerbatimSourceSlices(t *testing.T) {
	e := newTestEngine(t, defaultSources(t), Options{})
	ctx := context.Background()
	texts := make(map[string]string)
	for _, s := range defaultSources(t) {
		texts[s.ID] = s.Text
	}
	questions := []string{
		"Wie viele US-Soldaten sind im Irak?", "Wann endet die Mission der Koalition?", "Wer ist Daniel Shapiro?",
		"Was forderte das irakische Parlament?", "Seit wann läuft das Training?", "Wo schlugen Raketen ein?",
		"Was geschah am 3. Januar?", "Welche Rolle spielt Kurdistan?", "Was ist die Higher Military Commission?",
		"Warum wollen die USA ihre Truppen reduzieren?", "Was sagte Pompeo?", "Wer unterstützt die Milizen?",
	}
	// Every sentence of the corpus asked back as a question exercises every passage.
	for _, src := range defaultSources(t) {
		for _, line := range strings.Split(src.Text, "\n") {
			if len(line) > 20 {
				questions = append(questions, line[:min(len(line), 200)])
			}
		}
	}
	quotes := 0
	for _, q := range questions {
		ans, err := e.Ask(ctx, Question{Text: strings.ToValidUTF8(q, "")})
		if err != nil {
			t.Fatalf("Ask(%q): %v", q, err)
		}
		for _, c := range append(append([]Citation{}, ans.Citations...), ans.Related...) {
			quotes++
			text := texts[c.SourceID]
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
				t.Fatalf("%q: citation %d has offsets %d..%d outside %s", q, c.N, c.Start, c.End, c.SourceID)
			}
			if text[c.Start:c.End] != c.Quote {
				t.Errorf("%q: quote %q is not the source slice %q", q, c.Quote, text[c.Start:c.End])
			}
			if strings.TrimSpace(c.Quote) != c.Quote || c.Quote == "" {
				t.Errorf("%q: quote %q has surrounding white space", q, c.Quote)
			}
		}
	}
	if quotes < 100 {
		t.Fatalf("only %d quotes checked; the property needs many", quotes)
	}
}

func TestConflictingFiguresNewestFirst(t *testing.T) {
	sources := []store.Source{
		source("alt", "2020-06-12", "Der Einsatz von rund 5.000 US-Soldaten im Irak ist hoch umstritten."),
		source("neu", "2024-09", "Im Irak sind etwa 2.500 US-Soldaten stationiert."),
		source("auch-neu", "2024-01", "Die Vereinigten Staaten haben 2.500 US-Soldaten im Irak."),
		source("anderes", "2023", "Die Gespräche über den Handel dauern an."),
	}
	e := newTestEngine(t, sources, Options{})
	ans, err := e.Ask(context.Background(), Question{Text: "Wie viele US-Soldaten sind im Irak?"})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Answered || len(ans.Points) != 2 {
		t.Fatalf("want 2 points, got %+v", ans)
	}
	lead, older := ans.Points[0], ans.Points[1]
	if !lead.Newest || lead.Published != "2024-09" || len(lead.Citations) != 2 {
		t.Errorf("lead point = %+v, want the merged 2.500 figure from 2024-09 with two citations", lead)
	}
	if !older.Older || older.Published != "2020-06-12" {
		t.Errorf("second point = %+v, want the older 5.000 figure marked older", older)
	}
	if !strings.Contains(older.Label, "Ältere Angabe") {
		t.Errorf("older label = %q", older.Label)
	}
	first := ans.Citations[lead.Citations[0]-1]
	if !strings.Contains(first.Quote, "2.500") {
		t.Errorf("lead quote %q does not carry the newest figure", first.Quote)
	}
}

func TestAbstainsWhenTheSubjectIsAbsent(t *testing.T) {
	e := newTestEngine(t, defaultSources(t), Options{})
	tests := []struct {
		question string
		answered bool
	}{
		{"Wie viele Bundeswehr-Soldaten sind im Irak stationiert?", false},
		{"Wer hat das Fußballspiel gewonnen?", false},
		{"Wie hoch ist der Ölpreis?", false},
		{"Welche Rolle spielt China bei den Gesprächen?", false},
		{"Wie viele US-Soldaten sind im Irak?", true},
		{"Wann endet die Mission der Koalition im Irak?", true},
		{"Wer ist Daniel Shapiro?", true},
	}
	for _, tt := range tests {
		ans, err := e.Ask(context.Background(), Question{Text: tt.question})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Answered != tt.answered {
			t.Errorf("%q: answered = %v (decision %+v), want %v", tt.question, ans.Answered, ans.Decision, tt.answered)
		}
		if !ans.Answered {
			if len(ans.Citations) != 0 {
				t.Errorf("%q: an abstention cites %d quotes", tt.question, len(ans.Citations))
			}
			if ans.Text != "Die Quellen enthalten dazu keine Angabe." && !strings.HasPrefix(ans.Text, "Die Quellen enthalten dazu keine Angabe.") {
				t.Errorf("%q: abstention text = %q", tt.question, ans.Text)
			}
		}
	}
}

func TestAskRejectsBadQuestions(t *testing.T) {
	e := newTestEngine(t, defaultSources(t), Options{})
	for _, tt := range []struct {
		q    string
		want error
	}{
		{"", ErrEmptyQuestion},
		{"  \n\t", ErrEmptyQuestion},
		{strings.Repeat("ä", MaxQuestionLength+1), ErrQuestionTooLong},
	} {
		if _, err := e.Ask(context.Background(), Question{Text: tt.q}); !errors.Is(err, tt.want) {
			t.Errorf("Ask(%.20q) error = %v, want %v", tt.q, err, tt.want)
		}
	}
	if _, err := e.Ask(context.Background(), Question{Text: strings.Repeat("ä", MaxQuestionLength)}); err != nil {
		t.Errorf("a question of exactly %d characters is refused: %v", MaxQuestionLength, err)
	}
}

// A question in neither German nor English is answered as German, and the
// framing says so.
func TestOtherLanguagesAreAnsweredAsGermanWithANote(t *testing.T) {
	e := newTestEngine(t, defaultSources(t), Options{})
	ans, err := e.Ask(context.Background(), Question{Text: "Combien de soldats américains sont en Irak ?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Language != "de" || !strings.Contains(ans.Text, "als deutsch behandelt") {
		t.Errorf("language %q, framing %q: want German with a note", ans.Language, ans.Text)
	}
	en, err := e.Ask(context.Background(), Question{Text: "How many US soldiers are in Iraq?"})
	if err != nil {
		t.Fatal(err)
	}
	if en.Language != "en" || strings.Contains(en.Text, "treated as German") {
		t.Errorf("an English question: language %q, framing %q", en.Language, en.Text)
	}
}
