package retrieval

import (
	"strings"
	"testing"

	"github.com/quellen/quellen/store"
)

// A question about when an article appeared is answered by the date line
// of the article its subject points to, quoted verbatim; an article
// without one is declined, whatever dates its sentences state; and a
// question about when something the text reports appeared is no such
// question.
func TestPublicationQuestionQuotesTheDateline(t *testing.T) {
	withLine := "Abzug aus dem Norden\n\n12.06.2020, 04:15 Uhr | AFP, dpa\n\n" +
		"Die Regierung will ihre Truppen aus dem Norden abziehen. Eine Erklärung wurde am 10. Juni 2020 veröffentlicht."
	without := "Ende der Mission im Süden\n\nDie Mission im Süden endet im März 2026. Der Beschluss fiel im Mai 2024."
	e := newTestEngine(t, []store.Source{source("a", "2020-06-12", withLine), source("b", "2024-05", without)}, Options{})

	for _, q := range []string{"Wann erschien der AFP-Artikel über den Abzug aus dem Norden?", "Um wie viel Uhr wurde der Beitrag über die Truppen im Norden veröffentlicht?"} {
		ans := ask(t, e, q)
		if !ans.Answered || len(ans.Citations) != 1 {
			t.Fatalf("%q: answered %v with %d quotes, want the date line (%+v)", q, ans.Answered, len(ans.Citations), ans.Decision)
		}
		c := ans.Citations[0]
		if c.Quote != "12.06.2020, 04:15 Uhr | AFP, dpa" || withLine[c.Start:c.End] != c.Quote {
			t.Errorf("%q: quoted %q at %d–%d, want the date line as it stands", q, c.Quote, c.Start, c.End)
		}
		// The decision says so, for the engine and the evaluation alike.
		if d := ans.Decision; !d.ArticleQuestion || d.ArticleLines != 1 || !e.params.Answers(d) {
			t.Errorf("%q: decision %+v, want one article line that Params.Answers accepts", q, d)
		}
	}

	ans := ask(t, e, "Wann erschien der Artikel über das Ende der Mission im Süden?")
	if ans.Answered || e.params.Answers(ans.Decision) {
		t.Errorf("answered %+v for an article without a date line: its sentences' dates are not its own", ans.Citations)
	}
	// A report someone publishes in the news is dated by its sentence.
	ans = ask(t, e, "Wann wurde der Bericht des Ministeriums veröffentlicht?")
	if ans.Decision.ArticleQuestion {
		t.Errorf("a ministry's report read as a question about the article: %+v", ans.Decision)
	}

	ans = ask(t, e, "Wann wurde die Erklärung veröffentlicht?")
	if !leads(ans, "10. Juni 2020") {
		t.Errorf("the statement's date: %+v, want the sentence that states it", ans.Citations)
	}
}

// A question about an article's picture is answered by its credit line;
// one that names no article, by the line of every article that has one.
func TestPictureQuestionQuotesTheCredit(t *testing.T) {
	withPicture := "Abzug aus dem Norden\n\nDie Regierung will ihre Truppen aus dem Norden abziehen. Die Armee bereitet den Abzug vor.\n\n" +
		"Beitragsbild: Foto von Anna Muster, CC BY-SA 4.0"
	without := "Ende der Mission im Süden\n\nDie Mission im Süden endet im März 2026. Der Beschluss fiel im Mai 2024."
	e := newTestEngine(t, []store.Source{source("a", "2020-06-12", withPicture), source("b", "2024-05", without)}, Options{})
	for _, q := range []string{"Wer hat das Foto zum Artikel über den Abzug aus dem Norden gemacht?", "Unter welcher Lizenz steht das Beitragsbild?"} {
		ans := ask(t, e, q)
		if !ans.Answered || len(ans.Citations) != 1 || ans.Citations[0].Quote != "Beitragsbild: Foto von Anna Muster, CC BY-SA 4.0" {
			t.Errorf("%q: %+v, want the credit line", q, ans.Citations)
		}
	}
	ans := ask(t, e, "Wer hat das Foto zum Artikel über das Ende der Mission im Süden gemacht?")
	if ans.Answered {
		t.Errorf("answered %q for an article without a picture", ans.Citations[0].Quote)
	}
}

// A question about an article's headline quotes the title where the text
// prints it, and declines for an article whose title is not in its text.
func TestHeadlineQuestionQuotesTheTitle(t *testing.T) {
	printed := source("a", "2020-06-12", "Kampf im Norden\n\nAbzug aus dem Norden beschlossen\n\nDie Regierung will ihre Truppen aus dem Norden abziehen. Die Armee bereitet den Abzug vor.")
	printed.Title = "Abzug aus dem Norden beschlossen"
	unprinted := source("b", "2024-05", "Die Mission im Süden endet im März 2026. Der Beschluss über die Mission fiel im Mai 2024.")
	unprinted.Title = "Ende der Mission im Süden"
	e := newTestEngine(t, []store.Source{printed, unprinted}, Options{Dictionary: embeddedDictionary})
	for _, q := range []string{"Wie lautet die Schlagzeile des Artikels über den Abzug aus dem Norden?", "what was the headline of the article on the withdrawal from the north"} {
		ans := ask(t, e, q)
		if !ans.Answered || len(ans.Citations) != 1 || ans.Citations[0].Quote != "Abzug aus dem Norden beschlossen" {
			t.Errorf("%q: %+v, want the title line", q, ans.Citations)
		}
	}
	if ans := ask(t, e, "Wie lautet die Überschrift des Artikels über die Mission im Süden?"); ans.Answered {
		t.Errorf("answered %q for an article that does not print its title", ans.Citations[0].Quote)
	}
}

// A headline question declines rather than quote a title that says nothing
// of what it asks about: that headline is of another story.
func TestHeadlineQuestionNeedsATitleOnTheSubject(t *testing.T) {
	src := source("a", "2020-06-12", "Haushalt beschlossen\n\nDer Bundestag hat den Haushalt beschlossen. Die Regierung will ihre Truppen aus dem Norden abziehen.")
	src.Title = "Haushalt beschlossen"
	e := newTestEngine(t, []store.Source{src, unrelated("b", "2020")}, Options{})
	if ans := ask(t, e, "Wie lautet die Schlagzeile des Artikels über den Abzug aus dem Norden?"); ans.Answered {
		t.Errorf("quoted %q, a headline on another subject", ans.Citations[0].Quote)
	}
	if ans := ask(t, e, "Wie lautet die Schlagzeile des Artikels über den Haushalt?"); !ans.Answered || ans.Citations[0].Quote != "Haushalt beschlossen" {
		t.Errorf("%+v, want the title line", ans.Citations)
	}
}

// A title is found on its line however the text marks or spaces it, and
// quoted without the marks and the site.
func TestTitleIn(t *testing.T) {
	for _, c := range []struct {
		line, title, want string
	}{
		{"Die Bundeswehr verlässt Mali", "Die Bundeswehr verlässt Mali", "Die Bundeswehr verlässt Mali"},
		{"# Die Bundeswehr verlässt Mali", "Die Bundeswehr verlässt Mali", "Die Bundeswehr verlässt Mali"},
		{"## die  Bundeswehr verlässt MALI ", "Die Bundeswehr verlässt Mali", "die  Bundeswehr verlässt MALI"},
		{"Truppenabzug | tagesschau.de", "Truppenabzug", "Truppenabzug"},
		{"Truppenabzug", "Truppenabzug | tagesschau.de", "Truppenabzug"},
		{"Truppenabzug aus Mali", "Truppenabzug", ""},
		{"#", "Truppenabzug", ""},
		{"Truppenabzug", "", ""},
	} {
		start, end, ok := titleIn(c.line, c.title)
		got := ""
		if ok {
			got = c.line[start:end]
		}
		if got != c.want {
			t.Errorf("titleIn(%q, %q) = %q, want %q", c.line, c.title, got, c.want)
		}
	}
}

// titleIn reads any line of a source's text: it never panics, and what it
// finds lies within the line and writes the title's words.
func FuzzTitleIn(f *testing.F) {
	f.Add("# Die Bundeswehr verlässt Mali", "Die Bundeswehr verlässt Mali")
	f.Add("Truppenabzug | tagesschau.de", "Truppenabzug")
	f.Add("#", "")
	f.Add(" | ", " | ")
	f.Fuzz(func(t *testing.T, line, title string) {
		start, end, ok := titleIn(line, title)
		if !ok {
			return
		}
		if start < 0 || end > len(line) || start >= end {
			t.Fatalf("titleIn(%q, %q) = %d, %d", line, title, start, end)
		}
		t0, _, _ := strings.Cut(strings.TrimSpace(title), " | ")
		if !sameWords(line[start:end], t0) {
			t.Fatalf("titleIn(%q, %q) found %q", line, title, line[start:end])
		}
	})
}
