package retrieval

import (
	"context"
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

// A question whose answer lies in the sentence after the one that matches
// it quotes both as one span, verbatim.
func TestAnswerInTheNextSentenceIsOneSpan(t *testing.T) {
	text := "Über den Vertrag zum Abzug der Truppen wurde lange verhandelt. Er trat am 1. Januar 2021 in Kraft."
	e := newTestEngine(t, []store.Source{source("a", "2021-03", text),
		unrelated("b", "2021-02")}, Options{})
	ans := ask(t, e, "Wann wurde über den Vertrag zum Abzug verhandelt?")
	if !ans.Answered {
		t.Fatalf("not answered: %+v", ans.Decision)
	}
	c := ans.Citations[0]
	if c.Start != 0 || c.End != len(text) || c.Quote != text {
		t.Errorf("first quote %q (%d..%d), want both sentences as one span", c.Quote, c.Start, c.End)
	}
}

// A sentence after that points back and says how long only vaguely
// ("jahrelang") still continues the one that matches: the two are one
// span. A vague length ranks after a length with its amount.
func TestVagueLengthInTheNextSentenceIsOneSpan(t *testing.T) {
	text := "Die Armee marschierte 2003 in das Nachbarland ein. Dies löste einen jahrelangen Aufstand aus."
	e := newTestEngine(t, []store.Source{source("a", "2010", text), unrelated("b", "2010")}, Options{})
	ans := ask(t, e, "Wie lange dauerte der Aufstand nach dem Einmarsch der Armee?")
	if !ans.Answered || ans.Citations[0].Quote != text {
		t.Fatalf("cited %+v, want both sentences as one span", ans.Citations)
	}
	e = newTestEngine(t, []store.Source{source("a", "2010", "Der Aufstand nach dem Einmarsch der Armee dauerte jahrelang."),
		source("c", "2011", "Der Aufstand nach dem Einmarsch der Armee dauerte acht Jahre."), unrelated("b", "2010")}, Options{})
	wantFirst(t, e, "Wie lange dauerte der Aufstand nach dem Einmarsch der Armee?", "acht Jahre")
}

// What something led to is said by the sentence after it that points
// back: the two are quoted as one span; a question of something else cites
// the sentence alone.
func TestConsequenceQuotesTheSentenceThatPointsBack(t *testing.T) {
	text := "Die Armee marschierte 2003 in das Nachbarland ein und stürzte den Präsidenten. Dies löste einen jahrelangen Aufstand aus. Die Wirtschaft litt."
	e := newTestEngine(t, []store.Source{source("a", "2010", text),
		otherNews("b", "2010")}, Options{})
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"Wozu führte der Einmarsch der Armee in das Nachbarland?", true},
		{"Wann marschierte die Armee in das Nachbarland ein?", false},
	} {
		ans := ask(t, e, tc.q)
		if !ans.Answered {
			t.Fatalf("%q declined", tc.q)
		}
		if got := strings.Contains(ans.Citations[0].Quote, "Dies löste"); got != tc.want {
			t.Errorf("%q: quoted %q, want the next sentence with it: %v", tc.q, ans.Citations[0].Quote, tc.want)
		}
	}
}

// A sentence that names what is asked about but not what was done, and
// the next sentence of its paragraph that says it in the question's verb,
// are quoted as one span; a sentence of the next paragraph is not joined.
func TestQuestionsVerbInTheNextSentenceJoinsTheQuote(t *testing.T) {
	e := articleEngine(t, "2024", "Die Gespräche sollen zwischen Militärs stattfinden, um die Bedrohungen zu bewerten. "+
		"Auf dieser Grundlage werden beide Seiten entscheiden, wie schnell die Koalition ausläuft.\n\n"+
		"Die Regierung in Bagdad begrüßte die Gespräche zwischen den Militärs. Sie will bald entscheiden.")
	ans, err := e.Ask(context.Background(), Question{Text: "Was soll nach den Gesprächen zwischen den Militärs entschieden werden?", Top: 5})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Answered {
		t.Fatalf("%+v, want an answer", ans)
	}
	joined, decision := false, 0
	for _, c := range ans.Citations {
		if strings.Contains(c.Quote, "stattfinden") && strings.Contains(c.Quote, "wie schnell die Koalition ausläuft") {
			joined = true
		}
		if strings.Contains(c.Quote, "Auf dieser Grundlage") {
			decision++ // quoted once, in the span or alone
		}
		if strings.Contains(c.Quote, "ausläuft") && strings.Contains(c.Quote, "begrüßte") {
			t.Errorf("quote %q joins sentences of two paragraphs", c.Quote)
		}
	}
	if !joined {
		t.Errorf("citations %+v: want the talks and the decision in one quote", ans.Citations)
	}
	if decision != 1 {
		t.Errorf("citations %+v quote the decision %d times, want once", ans.Citations, decision)
	}
}

// The sentence after may say a noun of the question, not only its verb:
// the quote then shows both what is asked about and the answer.
func TestQuestionsNounInTheNextSentenceJoinsTheQuote(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "", "Die Schlacht von Monmouth dauerte bis in die Abendstunden. Infolge der Schlacht wurde General Lee vor das Kriegsgericht gestellt.\n\n"+
			"Im Winter zog die Armee nach Middlebrook."),
		unrelated("b", ""),
	}, Options{})
	ans := ask(t, e, "Wer kam nach der Schlacht von Monmouth vor das Kriegsgericht?")
	if !leads(ans, "Monmouth") || !strings.Contains(ans.Citations[0].Quote, "General Lee") {
		t.Errorf("%+v, want the battle and the court martial in one quote first", ans.Citations)
	}
}

// A troop figure is checked against the question as a fact of its own
// sentence: the sentence before it, which states no figure, is not quoted
// with it, though the figure's sentence points back ("Dort …").
func TestTroopFigureIsNoContinuation(t *testing.T) {
	text := "Die Vereinigten Staaten haben Soldaten in den Irak verlegt. Dort sind es nun 2.500 US-Soldaten."
	e := newTestEngine(t, []store.Source{source("a", "2024-09", text),
		unrelated("b", "2024-08")}, Options{})
	ans := ask(t, e, "Wie viele US-Soldaten sind im Irak?")
	if !ans.Answered || len(ans.Citations) == 0 {
		t.Fatalf("not answered: %+v", ans.Decision)
	}
	if q := ans.Citations[0].Quote; q != "Dort sind es nun 2.500 US-Soldaten." {
		t.Errorf("first quote %q, want the figure's sentence alone", q)
	}
}

// A reason the matching sentence points back to ("Aus diesem Grund …",
// "That is why …") lies in the sentence before: the two are quoted as one
// span, verbatim; a sentence that gives its own reason is quoted alone.
func TestReasonInThePreviousSentenceIsOneSpan(t *testing.T) {
	const (
		council = "Der Rat lehnte die neue Steuer ab. "
		back    = "Aus diesem Grund trat der Bürgermeister zurück."
		own     = "Der Kämmerer trat zurück, weil er krank war."
		enPrev  = "The council rejected the new tax. "
		enBack  = "That is why the mayor resigned."
	)
	de := newTestEngine(t, []store.Source{source("a", "2010", council+back),
		source("b", "2011", "Die Bahn fuhr pünktlich. "+own)}, Options{})
	en := newTestEngine(t, []store.Source{englishSource("c", "2012", enPrev+enBack+" The weather was fine."),
		englishSource("d", "2012", "The trains ran on time. The budget was passed.")}, Options{})
	for _, tc := range []struct {
		e       *Engine
		q, want string
	}{
		{de, "Warum trat der Bürgermeister zurück?", council + back},
		{de, "Warum trat der Kämmerer zurück?", own},
		{en, "Why did the mayor resign?", enPrev + enBack},
	} {
		e := tc.e
		ans := ask(t, e, tc.q)
		if !ans.Answered {
			t.Fatalf("%q declined: %+v", tc.q, ans.Decision)
		}
		if c := ans.Citations[0]; c.Quote != tc.want {
			t.Errorf("%q: quoted %q, want %q", tc.q, c.Quote, tc.want)
		}
	}
}

// A sentence that opens with a cause ("Due to …", "Grund dafür ist …")
// gives the reason for what the sentence before it says: the two are
// one span, so that the quote says both what is asked about and why.
func TestCauseInTheNextSentenceIsOneSpan(t *testing.T) {
	const (
		enWhat = "Existing users of Zarnix RC2 will need to perform a reinstall to get RC3. "
		enWhy  = "Due to the fundamental changes in partition layout, an in-place upgrade is not feasible."
		deWhat = "Nutzer von Zarnix RC2 müssen für RC3 komplett neu installieren. "
		deWhy  = "Grund dafür ist das neue Layout der Partitionen, das kein Upgrade erlaubt."
	)
	en := newTestEngine(t, []store.Source{englishSource("a", "2024", enWhat+enWhy+"\n\nThe weather was fine."),
		englishSource("b", "2024", "The trains ran on time. The budget was passed.")}, Options{})
	de := newTestEngine(t, []store.Source{source("c", "2024", deWhat+deWhy+"\n\nDas Wetter war schön."),
		source("d", "2024", "Die Bahn fuhr pünktlich. Der Haushalt wurde beschlossen.")}, Options{})
	for _, tc := range []struct {
		e       *Engine
		q, want string
	}{
		{en, "why do zarnix users need to reinstall for rc3", enWhat + enWhy},
		{de, "warum muss man zarnix für rc3 neu installieren", deWhat + deWhy},
	} {
		ans := ask(t, tc.e, tc.q)
		if !ans.Answered {
			t.Fatalf("%q declined: %+v", tc.q, ans.Decision)
		}
		if c := ans.Citations[0]; c.Quote != tc.want {
			t.Errorf("%q: quoted %q, want %q", tc.q, c.Quote, tc.want)
		}
	}
	for text, want := range map[string]bool{
		"Due to the changes, an upgrade is not feasible.": true,
		"„Denn das Layout ist neu“, sagte sie.":           true,
		"Grund dafür ist das Layout.":                     true,
		"The upgrade is due to arrive in May.":            false,
		"Denkbar ist ein Upgrade.":                        false,
	} {
		if got := opensWithCause(text); got != want {
			t.Errorf("opensWithCause(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestReasonBefore(t *testing.T) {
	for text, want := range map[string]bool{
		"Aus diesem Grund wurde er hingerichtet.":          true,
		"Deshalb zog die Armee ab.":                        true,
		"Die Armee zog deshalb ab.":                        true,
		"Daher wurde der Vertrag gekündigt.":               true,
		"That is why the troops stayed.":                   true,
		"For this reason, the talks failed.":               true,
		"Auf dieser Grundlage entscheidet der Rat.":        true, // a basis is a ground
		"On that basis the court ruled.":                   true,
		"Er kam daher nach Bagdad.":                        false, // "daher" within: from there
		"Deshalb zog die Armee ab, weil der Krieg endete.": false, // a reason of its own
		"Die Armee zog ab.":                                false,
	} {
		if got := reasonBefore(text); got != want {
			t.Errorf("reasonBefore(%q) = %v, want %v", text, got, want)
		}
	}
}

// A who question whose matching sentence names no one besides whom it asks
// of is quoted with the sentence after it that points back and names
// someone ("Zuvor wurde diese Position von Andy Rubin übernommen").
func TestWhoQuestionSpansToTheNameAfter(t *testing.T) {
	text := "Sundar Pichai wurde 2004 bei Google eingestellt. Er leitete zunächst die Entwicklung von Chrome.\n\n" +
		"Seit 2013 war Pichai zusätzlich für die Android-Entwicklung zuständig. Zuvor wurde diese Position von Andy Rubin übernommen."
	e := articleEngine(t, "2018", text)
	ans := ask(t, e, "Wer war vor Pichai für Android zuständig?")
	if !ans.Answered || !strings.Contains(ans.Citations[0].Quote, "Andy Rubin") {
		t.Errorf("cited %+v, want the Android sentence with the one after it that names Rubin", ans.Citations)
	}
}

// A sentence that tells what was done is quoted with the thanks after it,
// which name who did it, though the sentence names someone or something
// else itself; in the next paragraph only where the thanks point back.
func TestWhoQuestionSpansToTheThanksAfter(t *testing.T) {
	for _, c := range []struct {
		text, question string
		thanked        bool
	}{
		{"Zarnix 2.9 added ARM support for the Raspberry Pi boards. A huge thanks to student Ali Ariff for this feature.\n\nThe release also brings faster startup.",
			"who added arm support to zarnix", true},
		{"Zarnix 2.9 verifies signatures made with Notation by the Notary project.\n\nBig thanks to Microsoft for contributing to the development of this feature!",
			"which company contributed notation signature verification to zarnix", true},
		{"Zarnix 2.9 verifies signatures made with Notation by the Notary project.\n\nThanks go to Microsoft, whose machines run our tests.",
			"which company contributed notation signature verification to zarnix", false}, // thanks for something else
		{"Zarnix 2.9 verifies signatures made with Notation by the Notary project.\n\nThanks to Microsoft for the machines that run our tests.",
			"which company contributed notation signature verification to zarnix", false}, // "that" points back to nothing
		{"Zarnix 2.9 bringt ARM-Unterstützung für den Raspberry Pi. Wir danken Ali Ariff für diese Arbeit.",
			"wer hat die arm-unterstützung zu zarnix hinzugefügt", true},
	} {
		e := newTestEngine(t, []store.Source{englishSource("a", "2024-05-13", c.text)}, Options{})
		ans := ask(t, e, c.question)
		if !ans.Answered {
			t.Errorf("%s: declined", c.question)
			continue
		}
		if got := strings.Contains(ans.Citations[0].Quote, "hanks") || strings.Contains(ans.Citations[0].Quote, "danken"); got != c.thanked {
			t.Errorf("%s: first quote %q, the thanks in it %v, want %v", c.question, ans.Citations[0].Quote, got, c.thanked)
		}
	}
}

// A sentence that announces a list with a colon is quoted with the
// sentence after it, which opens the list, though in the next paragraph,
// for a list question and for one that asks for no other type (a keyword
// query).
func TestColonAnnouncesTheListAfterIt(t *testing.T) {
	text := "The rowing club has many members. Whoever wants to join the rowing club must bring the following papers:\n\n" +
		"A medical certificate from a doctor.\n\nTwo passport photos."
	e := articleEngine(t, "2023-03", text)
	wantFirst(t, e, "which papers must i bring to join the rowing club", "papers:\n\nA medical certificate")
	en := newTestEngine(t, []store.Source{englishSource("a", "2023-03", strings.TrimPrefix(text, "The rowing club has many members. ")),
		unrelated("b", "2023-03")}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, en, "rowing club join papers", "papers:\n\nA medical certificate")
}

// A sentence whose subject is a pronoun leaves the name a which or who
// question asks for to the sentence before: the two are quoted as one.
// A question of another type quotes the sentence alone.
func TestPronounSubjectQuotesTheSentenceBefore(t *testing.T) {
	const (
		lake  = "Im Norden des Landes liegt der Kernsee. "
		deep  = "Er ist der tiefste See der Region und friert nie zu."
		enPre = "The Hollow Gate was built by Ada Brenner. "
		enPro = "She also designed the northern tower of the harbour in 1931."
	)
	de := newTestEngine(t, []store.Source{source("a", "2010", lake+deep),
		otherNews("b", "2011")}, Options{})
	en := newTestEngine(t, []store.Source{englishSource("c", "2012", enPre+enPro),
		englishSource("d", "2012", "The trains ran on time. The budget was passed.")}, Options{})
	for _, tc := range []struct {
		e       *Engine
		q, want string
	}{
		{de, "Welcher See ist der tiefste der Region?", lake + deep},
		{en, "Who designed the northern tower of the harbour?", enPre + enPro},
		{en, "When was the northern tower of the harbour designed?", enPro}, // a date: the sentence holds it
	} {
		ans := ask(t, tc.e, tc.q)
		if !ans.Answered {
			t.Fatalf("%q declined: %+v", tc.q, ans.Decision)
		}
		if c := ans.Citations[0]; c.Quote != tc.want {
			t.Errorf("%q: quoted %q, want %q", tc.q, c.Quote, tc.want)
		}
	}
}

// A pronoun that stands for nothing before it, or for the reader, opens no
// span with the sentence before.
func TestPronounSubject(t *testing.T) {
	for text, want := range map[string]bool{
		"It is expected to be the next default filesystem.": true,
		"Er ist der tiefste See der Region.":                true,
		"Sie befürchten einen größeren Einfluss Teherans.":  true,
		"They moved to Leeds in 1990.":                      true,
		"Es gibt drei Arten von Paketen.":                   false,
		"Es gibt Ihnen genug Seil für alles.":               true, // it gives you: the thing before gives
		"It is recommended to use the command aptitude.":    false,
		"Es ist wichtig, dass die Datei gesichert wird.":    false,
		"Sie können neue Pakete mit aptitude installieren.": false,
		"Sie finden die Datei in Ihrem Verzeichnis.":        false,
		"Die Schule liegt im Norden.":                       false,
		"Es":                                                false,
	} {
		if got := pronounSubject(text); got != want {
			t.Errorf("pronounSubject(%q) = %v, want %v", text, got, want)
		}
	}
}

// A reason question's quote that opens with "This permits …" is quoted
// with the sentence before, which says what "this" is; and the sentence
// before, asked about, is quoted with it.
func TestEnablingSentenceJoinsTheOneBefore(t *testing.T) {
	text := "The harbour office opened in 2019. The port now runs a customs sandbox for small traders. This permits the safe inspection of untrusted cargo. Ships arrive daily."
	src := store.Source{ID: "a", Title: "Port news", Language: "en", Published: store.Date{Value: "2020-01-01"}, Text: text, Hash: text}
	e := newTestEngine(t, []store.Source{src, unrelated("b", "2020-01-01")}, Options{Dictionary: embeddedDictionary})
	for _, q := range []string{"why does the port run a customs sandbox", "why is the safe inspection of untrusted cargo permitted"} {
		ans := ask(t, e, q)
		if !ans.Answered || len(ans.Citations) == 0 {
			t.Fatalf("%s: declined", q)
		}
		if quote := ans.Citations[0].Quote; !strings.Contains(quote, "customs sandbox for small traders. This permits") {
			t.Errorf("%s: first quote %q, want both sentences", q, quote)
		}
	}
}
