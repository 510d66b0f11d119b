package retrieval

import (
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

// paragraphs splits a text into passages, one per paragraph (a blank line
// between), numbered in order: each its own block.
func paragraphs(id, text string) []store.Passage {
	var out []store.Passage
	for i, p := range strings.Split(text, "\n\n") {
		out = append(out, store.Passage{SourceID: id, Ord: i, Block: i, Text: p})
	}
	return out
}

func TestSpeakerOf(t *testing.T) {
	interview := "We spoke with Ada Wrenfield and Tomas Quill, who lead the scheduler group.\n\n" +
		"What brought you here?\n\n" +
		"Ada: I have worked on the scheduler since 2016.\n\n" +
		"Later I became a lead.\n\n" +
		"Tomas Quill: I joined in 2019.\n\n" +
		"What keeps you busy?\n\n" +
		"Mostly reviews."
	long := "Ada Wrenfield wrote to us.\n\nAda: One thing first.\n\nThen a second.\n\nThen a third.\n\nThen a fourth.\n\nThen a fifth."
	for _, c := range []struct {
		name string
		text string
		lang string
		at   int // the paragraph asked about
		want []string
	}{
		{"a first name is the name the source gives it", interview, "en", 2, []string{"Ada", "Wrenfield"}},
		{"an answer runs on after its label", interview, "en", 3, []string{"Ada", "Wrenfield"}},
		{"a full name as the label", interview, "en", 4, []string{"Tomas", "Quill"}},
		{"a question paragraph speaks no one's answer", interview, "en", 1, nil},
		{"an answer after the interviewer's question is no earlier speaker's", interview, "en", 6, nil},
		{"a label too far back speaks no more", long, "en", 5, nil},
		{"a label the source writes in lower case is a word", "Summary: the meeting moved.\n\nIn summary, Summary Jones left.", "en", 0, nil},
		{"two words the source writes only as a label are no name", "Date Reported: 2020-01-02\n\nThe bug was fixed.", "en", 0, nil},
		{"a German noun is no speaker", "Hinweis: Die Sitzung entfällt.\n\nHinweis Eins folgt.", "de", 0, nil},
		{"a German noun is no surname", "Heute hat Anna Geburtstag, sagt Anna Kroll.\n\nAnna: Ich freue mich.", "de", 1, []string{"Anna", "Kroll"}},
		{"a first name of two people is no one's", "Ada Wrenfield and Ada Quill spoke.\n\nAda: I agree.", "en", 1, nil},
		{"a first name with no surname is no one's", "Ada spoke first.\n\nAda: I agree.", "en", 1, nil},
	} {
		all := paragraphs("s", c.text)
		if got := speakerOf(all, all[c.at], c.lang, make(map[string][]string)); !slices.Equal(got, c.want) {
			t.Errorf("%s: speakerOf(paragraph %d) = %q, want %q", c.name, c.at, got, c.want)
		}
	}
}

// An interview's answer is said by whom its paragraph's label names, by the
// full name its source gives: "since when has ada wrenfield worked on the
// scheduler" is answered by Ada's "since 2016", and not for Tomas Quill.
func TestInterviewAnswerIsTheSpeakers(t *testing.T) {
	text := "We spoke with Ada Wrenfield and Tomas Quill, who lead the scheduler group of the project.\n\n" +
		"How did you get involved?\n\n" +
		"Ada: I am the chair of the group. I have worked on the scheduler since 2016, and in 2020 I became a lead.\n\n" +
		"Tomas: I came to the group after a conference talk in 2019.\n\n" +
		"What keeps you busy?\n\n" +
		"Tomas: Mostly reviews of the scheduler code."
	e := newTestEngine(t, []store.Source{
		{ID: "spotlight", Title: "Scheduler group spotlight", Language: "en", Published: store.Date{Value: "2024-03-01"}, Hash: "spotlight", Text: text},
		{ID: "other", Title: "Release notes", Language: "en", Published: store.Date{Value: "2024-02-01"}, Hash: "other",
			Text: "The release brings a faster build. The build cache is now on by default."},
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "since when has ada wrenfield worked on the scheduler", "since 2016")
	citesNone(t, ask(t, e, "since when has tomas quill worked on the scheduler"), "since 2016")
}
