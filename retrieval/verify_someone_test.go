package retrieval

import (
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

// A who-question is answered only by a passage that names someone: a
// name, a noun for a person, people or a group, a people, a body or the
// doer of a passive. A sentence that says what was done and names no one
// who did it is no answer to who did it, however well it states the rest
// (Decision.Someone).
func TestWhoIsAnsweredOnlyWhereSomeoneIsNamed(t *testing.T) {
	for _, c := range []struct {
		name, text, question, want string
	}{
		{"nobody", "Der Hafenkran in Lindau wurde 1998 erneuert. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", ""},
		{"a name", "Der Hafenkran in Lindau wurde 1998 von Ingrid Wolters erneuert. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", "Ingrid Wolters"},
		// hasNameBesides reads no pair at a sentence's start; a word after
		// the first that is no noun is a name (nameWordAt).
		{"a name opening the sentence", "Ingrid Wolters erneuerte 1998 den Hafenkran in Lindau. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", "Ingrid Wolters"},
		{"a noun for a role, passive", "Der Hafenkran in Lindau wurde 1998 von örtlichen Handwerkern erneuert. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", "Handwerkern"},
		{"a body", "Der Hafenkran in Lindau wurde 1998 im Auftrag des Bauausschusses erneuert. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", "Bauausschusses"},
		{"a name, active", "1998 erneuerte Siemens den Hafenkran in Lindau. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", "Siemens"},
		{"a noun for a role, active", "Ein Handwerker erneuerte 1998 den Hafenkran in Lindau. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", "Handwerker"},
		{"a noun for people", "Einige Leute erneuerten 1998 den Hafenkran in Lindau. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", "Leute"},
		{"a company", "Der Hafenkran in Lindau wurde 1998 von Siemens erneuert. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", "Siemens"},
		{"the doer of a passive", "Der Hafenkran in Lindau wurde 1998 von der Stadt erneuert. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", "Stadt"},
		{"a group", "Der Hafenkran in Lindau wurde 1998 im Auftrag der Hafenbehörde erneuert. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", "Hafenbehörde"},
		{"a people", "Viele Iraker fürchten eine Rückkehr des IS. Die Regierung schweigt.",
			"Wer fürchtet eine Rückkehr des IS?", "Iraker"},
		// A first word the lexicon does not know, before the verb: a name.
		{"a first name opening the sentence", "Dominik hat 1998 den Hafenkran in Lindau erneuert. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", "Dominik"},
		{"a noun opening the sentence", "Handarbeit hat 1998 den Hafenkran in Lindau erneuert. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", ""},
		{"an unknown word opening a passive", "Hafenkrann wurde 1998 in Lindau erneuert. Die Arbeiten dauerten drei Monate.",
			"Wer hat den Hafenkran in Lindau erneuert?", ""},
		{"english, nobody", "The harbour crane in Lindau was renewed in 1998. The work took three months.",
			"who renewed the harbour crane in lindau", ""},
		{"english, a group", "A local organisation renewed the harbour crane in Lindau in 1998. The work took three months.",
			"who renewed the harbour crane in lindau", "organisation"},
		{"english, by whom", "The harbour crane in Lindau was renewed in 1998 by the city. The work took three months.",
			"who renewed the harbour crane in lindau", "by the city"},
		{"english, a name", "The harbour crane in Lindau was renewed in 1998 by Ingrid Wolters. The work took three months.",
			"who renewed the harbour crane in lindau", "Ingrid Wolters"},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := source("a", "2020-01-01", c.text)
			if strings.HasPrefix(c.name, "english") {
				src.Language = "en"
			}
			e := bilingualEngine(t, []store.Source{src, unrelated("b", "2020-01-01")})
			wantFirst(t, e, c.question, c.want)
			if c.want == "" {
				if d := ask(t, e, c.question).Decision; d.Someone == nil || d.Eligible == 0 || d.Rejected[failNobody] == 0 {
					t.Errorf("%s: decision %+v, want a passage refused for naming no one", c.question, d)
				}
			}
		})
	}
}

// "When was it closed?" asks of an end: a sentence that dates only the
// start is no answer, however its neighbour speaks of an end; one that
// dates the end is.
func TestWhenItEndedNeedsTheEndStated(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
	}{
		{"only the start", "Engineers in Lyon later praised the end-to-end design of the new lines.\n\n" +
			"The Kolibri line opened in 1969 and linked four towns.", ""},
		{"the end", "The Kolibri line opened in 1969 and linked four towns. " +
			"The Kolibri line was closed in 1990.", "1990"},
		// The question's "closed" is not in the sentence: its fact ends
		// something (shut is an end word), and that states it.
		{"the end in other words", "The Kolibri line opened in 1969 and linked four towns. " +
			"The Kolibri line was shut down in 1990.", "1990"},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := bilingualEngine(t, []store.Source{englishSource("a", "2020-01-01", c.text), unrelated("b", "2020-01-01")})
			wantFirst(t, e, "when was the kolibri line closed", c.want)
		})
	}
}
