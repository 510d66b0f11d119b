package bot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/prompts"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

func testBot(t *testing.T) *Bot {
	t.Helper()
	tm, err := prompts.Load()
	if err != nil {
		t.Fatal(err)
	}
	return &Bot{templates: tm}
}

func embedLength(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	return n
}

func TestAnswerEmbedKeepsDiscordLimits(t *testing.T) {
	long := strings.Repeat("Die Koalition beriet lange über den Abzug der Truppen aus dem Irak. ", 40) // ~2,700 characters
	ans := &retrieval.Answer{Question: strings.Repeat("Frage ", 100), Language: "de", Answered: true, Text: "Das sagen die Quellen dazu:"}
	for n := 1; n <= 30; n++ {
		ans.Citations = append(ans.Citations, retrieval.Citation{N: n, Title: strings.Repeat("Titel ", 60), Quote: long, Published: "2024-09"})
		ans.Points = append(ans.Points, retrieval.Point{Citations: []int{n}})
	}
	emb := testBot(t).answerEmbed(ans)
	if l := utf8.RuneCountInString(emb.Description); l > limitDescription {
		t.Errorf("description has %d characters, limit %d", l, limitDescription)
	}
	if l := utf8.RuneCountInString(emb.Title); l > limitTitle {
		t.Errorf("title has %d characters", l)
	}
	if len(emb.Fields) > limitFields {
		t.Errorf("%d fields, limit %d", len(emb.Fields), limitFields)
	}
	for _, f := range emb.Fields {
		if utf8.RuneCountInString(f.Name) > limitFieldName || utf8.RuneCountInString(f.Value) > limitFieldValue {
			t.Errorf("field %q too long", f.Name)
		}
	}
	if total := embedLength(emb); total > limitEmbedTotal {
		t.Errorf("embed has %d characters in all, limit %d", total, limitEmbedTotal)
	}
	// Every shortened quote says so outside its quotation marks.
	if !strings.Contains(emb.Description, "“…") {
		t.Errorf("no quote was marked as shortened: %q", emb.Description)
	}
	if strings.Contains(emb.Description, "…“") {
		t.Errorf("an ellipsis stands inside the quotation marks: the source did not write it")
	}
}

func TestQuoteText(t *testing.T) {
	tests := []struct {
		quote  string
		budget int
		want   string
	}{
		{"Kurz.", 100, "„Kurz.“"},
		{"Eins zwei drei vier", 12, "„Eins zwei“…"},
		{"Überlang", 3, "„…“"},
		{"a*b_c", 100, `„a\*b\_c“`},
	}
	for _, tt := range tests {
		if got := quoteText(tt.quote, tt.budget); got != tt.want {
			t.Errorf("quoteText(%q, %d) = %q, want %q", tt.quote, tt.budget, got, tt.want)
		}
		if got := quoteText(tt.quote, tt.budget); utf8.RuneCountInString(got) > max(tt.budget, 3) {
			t.Errorf("quoteText(%q, %d) = %q exceeds its budget", tt.quote, tt.budget, got)
		}
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := map[string]string{
		"**fett** und _kursiv_": `\*\*fett\*\* und \_kursiv\_`,
		"@everyone hört zu":     "@\u200beveryone hört zu",
		"<@123> `code` > zitat": `\<@123\> \` + "`" + `code\` + "`" + ` \> zitat`,
		"normaler Text":         "normaler Text",
	}
	for in, want := range tests {
		if got := escapeMarkdown(in); got != want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParsePassagesID(t *testing.T) {
	page, ids, err := parsePassagesID(passagesID(passagesPrefix, 1, "12,34,56"))
	if err != nil || page != 1 || len(ids) != 3 || ids[2] != 56 {
		t.Fatalf("parsePassagesID = %d, %v, %v", page, ids, err)
	}
	for _, bad := range []string{"psg:", "psg:x:1", "psg:0:", "psg:0:1,a", "fb:1"} {
		if _, _, err := parsePassagesID(bad); err == nil {
			t.Errorf("parsePassagesID(%q) accepted", bad)
		}
	}
	if page, _, _ := parsePassagesID("psg:9:1,2"); page != 1 {
		t.Errorf("page past the end = %d, want the last page", page)
	}
}

// A quote of an article's own line (its date line) is no indexed
// passage: it has no excerpt to open, and an answer of such quotes alone
// offers no passages button.
func TestPassageIDsSkipLinesWithoutPassage(t *testing.T) {
	cs := []retrieval.Citation{{PassageID: 12}, {PassageID: 0}, {PassageID: 34}}
	if got := passageIDs(cs); got != "12,34" {
		t.Errorf("passageIDs = %q, want 12,34", got)
	}
	if got := passageIDs([]retrieval.Citation{{PassageID: 0}}); got != "" {
		t.Errorf("passageIDs of a date line alone = %q, want none", got)
	}
}

func FuzzParsePassagesID(f *testing.F) {
	f.Add("psg:0:1,2,3")
	f.Add("psg:-1:1")
	f.Fuzz(func(t *testing.T, id string) {
		page, ids, err := parsePassagesID(id)
		if err == nil && (page < 0 || page >= len(ids)) {
			t.Fatalf("page %d out of %d ids", page, len(ids))
		}
	})
}

func TestUserLimiter(t *testing.T) {
	l := newUserLimiter(2, 60e9)
	if ok, _ := l.allow("a"); !ok {
		t.Fatal("first question refused")
	}
	if ok, _ := l.allow("a"); !ok {
		t.Fatal("second question refused")
	}
	ok, wait := l.allow("a")
	if ok || wait <= 0 || wait > 31e9 {
		t.Fatalf("third question: ok %v, wait %v; want refused with a wait of at most 30 s", ok, wait)
	}
	if ok, _ := l.allow("b"); !ok {
		t.Fatal("another user was limited")
	}
}

// "Show passages" writes a paragraph, and a heading, to a line of its own,
// the sentences of one paragraph on one line.
func TestExcerptKeepsParagraphs(t *testing.T) {
	b := testBot(t)
	ex := retrieval.Excerpt{
		Before: []store.Passage{{Text: "Teilnehmer", Block: 0}, {Text: "Die Sitzung begann.", Block: 1}},
		Quote:  store.Passage{Text: "Sie dauerte zwei Stunden.", Block: 1},
		After:  []store.Passage{{Text: "Notizen", Block: 2}},
	}
	want := "Teilnehmer\nDie Sitzung begann. **„Sie dauerte zwei Stunden.“**\nNotizen"
	if got := b.excerptEmbed("de", ex, 0, 1).Description; got != want {
		t.Errorf("description %q, want %q", got, want)
	}
}
