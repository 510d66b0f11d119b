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
		{"Er hielt den Vortrag »Wozu Go?«", false},
		{"Er fragte: »Wie geht es weiter?«", false},
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
// answer is the paragraph after it, or nothing where another question
// follows.
func TestAQuestionAnswersNothing(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("a", "2024-05-01", "Can you tell us about yourself and what Velmora does?\n\n"+
			"We make tools for bakers.\n\n"+
			"Which hoster does Velmora run its monitoring on?\n\n"+
			"What do you think the future holds for Velmora?\n\n"+
			"All of it runs on machines in our own data centre in Porto.\n"),
		unrelated("c", "2024-05-01"),
	}, Options{})
	wantFirst(t, e, "which hoster does velmora run its monitoring on", "")
	wantFirst(t, e, "where is velmora's data centre", "in Porto")
}

// A question the text asks itself, and answers in the sentence after it,
// is quoted with that sentence: "When was the first commit to Velmora? All
// the way back on October 19, 2008." The sentence after a question that
// asks something else answers nothing of this one.
func TestAQuestionIsQuotedWithItsAnswer(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("a", "2014-11-05", "Velmora just turned 2.5.0 and has gained a lot of wisdom along the way.\n\n"+
			"When was the first commit to Velmora? All the way back on October 19, 2008. It features interesting historical tidbits.\n\n"+
			"What is your favourite feature? The new parser, which Velmora got in 2012.\n"),
		unrelated("c", "2014-11-05"),
	}, Options{})
	wantFirst(t, e, "when was the first commit to velmora", "October 19, 2008")
	wantFirst(t, e, "when did velmora get its first release", "")
}

// A heading that asks a question is quoted with the paragraph under it
// that answers: "When does Velmora 2 support end?" and "Support ends on 31
// March 2026."
func TestAQuestionHeadingIsQuotedWithItsAnswer(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("a", "2025-01-10", "Velmora 2 FAQ\n\nWhen does Velmora 2 support end?\n\nOn 31 March 2026, after two years.\n\nCan I upgrade in place?\n\nYes, with the migrate command.\n"),
		unrelated("c", "2025-01-10"),
	}, Options{})
	wantFirst(t, e, "when does velmora 2 support end", "31 March 2026")
}

// An interview's question that asks something else than the member does
// lends its names to no answer: "What do you think the future holds for
// Velmora and Rust?" covers too little of "since when does velmora use
// rust" (Params.AsksCoverage) for the paragraph after it to answer.
func TestAnotherQuestionLendsNoNames(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("a", "2024-05-01", "Velmora makes tools for bakers.\n\n"+
			"What do you think the future holds for Velmora and Rust?\n\n"+
			"We started with Go in 2019 and we will stay with it for the next years.\n"),
		unrelated("c", "2024-05-01"),
	}, Options{})
	wantFirst(t, e, "since when does velmora use rust", "")
}
