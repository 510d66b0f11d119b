package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

// A sentence that ends in a question mark asks; one with a question mark
// inside it, or at the end of a title it quotes, states.
func TestAsks(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Can you tell us about yourself and what Presslabs does?", true},
		{"What do you think the future holds for ShowMax and Prometheus?", true},
		{"Wie geht es mit der Mission weiter? ", true},
		{"„Wie geht es weiter?“", true},
		{"Who pays (and when?)", true},
		{"Presslabs is a managed WordPress hosting platform.", false},
		{"Wer zahlt? Der Bund.", false},
		{"Er hielt den Vortrag „Wozu Go?“", false},
		{"She gave the talk \"Why Go?\"", false},
		{"Ask us anything!", false},
		{"", false},
	} {
		if got := asks(c.text); got != c.want {
			t.Errorf("asks(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// An interview's question names what is asked and answers none of it: the
// answer is the paragraph after it, or nothing.
func TestAQuestionAnswersNothing(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("a", "2024-05-01", "Can you tell us about yourself and what Velmora does?\n\n"+
			"We make tools for bakers.\n\n"+
			"Which hoster does Velmora run its monitoring on?\n\n"+
			"All of it runs on machines in our own data centre in Porto.\n"),
		unrelated("c", "2024-05-01"),
	}, Options{})
	wantFirst(t, e, "which hoster does velmora run its monitoring on", "")
	wantFirst(t, e, "where is velmora's data centre", "in Porto")
}
