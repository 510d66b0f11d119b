package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/internal/fakediscord"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// maskedLink finds a markdown link [text](address) whose bracket is not
// escaped.
var maskedLink = regexp.MustCompile(`(^|[^\\])\[[^\]]*\]\(`)

// hostile is front matter written to abuse Discord's markdown.
var hostileTitle, hostileOutlet = "[Klick hier](https://evil.example/x) **Eilmeldung**", "@everyone <@123> __AFP__\n# Schlagzeile"

// renderedText is every string of an embed that Discord renders.
func renderedText(e *discordgo.MessageEmbed) []string {
	out := []string{e.Title, e.Description}
	if e.Footer != nil {
		out = append(out, e.Footer.Text)
	}
	for _, f := range e.Fields {
		out = append(out, f.Name, f.Value)
	}
	return out
}

func noMarkdownFromMetadata(t *testing.T, e *discordgo.MessageEmbed) {
	t.Helper()
	for _, s := range renderedText(e) {
		switch {
		case maskedLink.MatchString(s):
			t.Errorf("a masked link can form in %q", s)
		case strings.Contains(s, "https://evil.example"):
			t.Errorf("an address from the front matter would be linked in %q", s)
		case strings.Contains(s, "@everyone"), strings.Contains(s, "<@123>"):
			t.Errorf("a mention stands unbroken in %q", s)
		case strings.Contains(s, "**Eilmeldung**"), strings.Contains(s, "__AFP__"):
			t.Errorf("markdown of the front matter is not escaped in %q", s)
		case strings.Contains(s, "\n# Schlagzeile"):
			t.Errorf("a heading can start in %q", s)
		}
	}
}

func TestFrontMatterIsEscapedWhereDiscordRendersIt(t *testing.T) {
	b := testBot(t)
	c := retrieval.Citation{N: 1, SourceID: "s", Title: hostileTitle, Outlet: hostileOutlet, URL: "https://evil.example/x", Quote: "Ein Satz.", PassageID: 1, Published: "2024"}
	ans := &retrieval.Answer{Question: "Was [war](https://x.example) los?", Language: "de", Answered: true, Text: "Das sagen die Quellen:",
		Points: []retrieval.Point{{Citations: []int{1}}}, Citations: []retrieval.Citation{c},
		Related: []retrieval.Citation{c}}
	emb := b.answerEmbed(ans)
	noMarkdownFromMetadata(t, emb)
	if maskedLink.MatchString(emb.Title) {
		t.Errorf("the question's markdown link survives in the title %q", emb.Title)
	}
	ex := b.excerptEmbed("de", retrieval.Excerpt{Source: store.Source{Title: hostileTitle, Outlet: hostileOutlet, URL: "https://evil.example/x"}, Quote: store.Passage{Text: "Ein Satz."}}, 0, 1)
	noMarkdownFromMetadata(t, ex)
	plain := b.plainAnswer(ans)
	if maskedLink.MatchString(plain) || strings.Contains(plain, "@everyone") || strings.Contains(plain, "https://evil.example") {
		t.Errorf("plain answer %q", plain)
	}
	// The address is a link button, which Discord shows before opening.
	links := sourceLinks(ans.Citations)
	if len(links.Components) != 1 || links.Components[0].(discordgo.Button).URL != "https://evil.example/x" {
		t.Errorf("link buttons = %+v", links.Components)
	}
	if label := links.Components[0].(discordgo.Button).Label; utf8.RuneCountInString(label) > limitButtonLabel || strings.Contains(label, "\n") {
		t.Errorf("label %q", label)
	}
}

func TestEmbedURLIsOnlyAValidAddress(t *testing.T) {
	b := testBot(t)
	tests := []struct {
		url, want string
	}{
		{"https://example.org/artikel?id=1", "https://example.org/artikel?id=1"},
		{"http://example.org", "http://example.org"},
		{"", ""},
		{"javascript:alert(1)", ""},
		{"ftp://example.org/a", ""},
		{"/relative/path", ""},
		{"example.org/no-scheme", ""},
		{"https://", ""},
		{"https://exa mple.org", ""},
		{"[x](https://evil.example)", ""},
		{"https://user:pw@example.org/", ""},
		{"https://example.org/" + strings.Repeat("a", 2100), ""},
	}
	for _, tt := range tests {
		ex := retrieval.Excerpt{Source: store.Source{Title: "T", URL: tt.url}, Quote: store.Passage{Text: "Satz."}}
		if got := b.excerptEmbed("de", ex, 0, 1).URL; got != tt.want {
			t.Errorf("url %q: embed.url = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestMetaText(t *testing.T) {
	tests := map[string]string{
		"Normaler Titel":            "Normaler Titel",
		"- kein Listenpunkt":        `\- kein Listenpunkt`,
		"1. kein Listenpunkt":       `1\. kein Listenpunkt`,
		"3.500 Soldaten":            "3.500 Soldaten",
		"Zeile eins\n# Zeile zwei":  `Zeile eins \# Zeile zwei`,
		"[a](https://b.example)":    "\\[a\\](https:\u200b//b.example)",
		"Tab\tund\r\nZeilenumbruch": "Tab und Zeilenumbruch",
	}
	for in, want := range tests {
		if got := metaText(in); got != want {
			t.Errorf("metaText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLinkTextLeavesNothingForMarkdown(t *testing.T) {
	got := linkText("https://de.wikipedia.org/wiki/Irak_(Begriffsklärung)?a=*b*&c=[d]")
	if got != "<https://de.wikipedia.org/wiki/Irak%5F%28Begriffskl%C3%A4rung%29?a=%2Ab%2A&c=%5Bd%5D>" && strings.ContainsAny(strings.Trim(got, "<>"), "()[]*_<>") {
		t.Errorf("linkText = %q", got)
	}
}

func FuzzWebURL(f *testing.F) {
	for _, s := range []string{"https://example.org/a", "javascript:alert(1)", "http://[::1]:80/", "https://a b", "//x", "https://%zz", "HTTPS://EXAMPLE.ORG"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got, ok := webURL(raw, limitButtonURL)
		if !ok {
			return
		}
		u, err := url.Parse(got)
		if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || utf8.RuneCountInString(got) > limitButtonURL ||
			strings.ContainsFunc(got, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
			t.Fatalf("webURL(%q) accepted %q", raw, got)
		}
	})
}

func FuzzMetaText(f *testing.F) {
	for _, s := range []string{hostileTitle, hostileOutlet, "- a", "1. b", `\*`, "@here"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := metaText(s)
		if strings.ContainsAny(got, "\n\r") || strings.Contains(got, "@everyone") || strings.Contains(got, "@here") || maskedLink.MatchString(got) {
			t.Fatalf("metaText(%q) = %q", s, got)
		}
	})
}

// Through the fake Discord, which rejects malformed URLs as Discord does:
// hostile front matter is shown harmlessly, and a source whose url is not
// an address still has its passages shown.
func TestHostileFrontMatterThroughDiscord(t *testing.T) {
	src := func(id, u string) store.Source {
		return store.Source{ID: id, Title: hostileTitle, Outlet: hostileOutlet, URL: u, Language: "de", Hash: id,
			Text: "Im Irak sind rund " + id + " US-Soldaten stationiert. Die " + id + " US-Soldaten im Irak beraten die Armee."}
	}
	h := startBot(t, harnessOptions{only: []store.Source{
		src("2500", "https://evil.example/x"), src("2600", "kein Link"), src("2700", "javascript:alert(1)"),
	}})
	in := h.ask(t, "Wie viele US-Soldaten sind im Irak?", fakediscord.Origin{})
	call := h.wait(t, in.Callback())
	if call.Status != 204 {
		t.Fatalf("Discord refused the answer: %d %s", call.Status, call.Response)
	}
	var cb struct {
		Data struct {
			Embeds []*discordgo.MessageEmbed `json:"embeds"`
		} `json:"data"`
	}
	json.Unmarshal(call.Body, &cb)
	noMarkdownFromMetadata(t, cb.Data.Embeds[0])
	answer := h.original(t, in)
	press := h.press(t, answer.ID, button(t, answer.Components, passagesPrefix).CustomID, fakediscord.Origin{})
	for page := 1; ; page++ {
		if c := h.wait(t, press.Callback()); c.Status != 204 {
			t.Errorf("passage %d: Discord refused the excerpt: %s", page, c.Response)
		}
		view := h.original(t, press)
		var next string
		for _, id := range view.CustomIDs() {
			if strings.HasPrefix(id, fmt.Sprintf("%s%d:", passagesPagePrefix, page)) {
				next = id
			}
		}
		if next == "" || page > 5 {
			break
		}
		press = h.press(t, view.ID, next, fakediscord.Origin{})
	}
	src2, err := h.fake.SendSlashCommand(context.Background(), fakediscord.SlashCommand{Name: "sources"})
	if err != nil {
		t.Fatal(err)
	}
	c := h.wait(t, src2.Callback())
	if c.Status != 204 {
		t.Fatalf("/sources = %d %s", c.Status, c.Response)
	}
	cb.Data.Embeds = nil
	json.Unmarshal(c.Body, &cb)
	// /sources shows each checked address as itself, on a line of its own.
	list := cb.Data.Embeds[0]
	if !strings.Contains(list.Description, "\n<https://evil.example/x>\n") {
		t.Errorf("/sources does not show the address as plain text: %q", list.Description)
	}
	list.Description = strings.Replace(list.Description, "\n<https://evil.example/x>\n", "\n", 1)
	noMarkdownFromMetadata(t, list)
}
