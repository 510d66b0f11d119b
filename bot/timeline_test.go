package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"image/png"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/quellen/quellen/internal/fakediscord"
	"github.com/quellen/quellen/store"
)

func (h *harness) timeline(t *testing.T, origin fakediscord.Origin, opts ...fakediscord.CommandOption) fakediscord.SentInteraction {
	t.Helper()
	ctx := context.Background()
	in, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Origin: origin, Name: "timeline", Options: opts})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// quotesAreVerbatim checks that every quote of a page, a line „…“ with
// "…" outside the marks where it was cut, is source text; it returns how
// many there are.
func (h *harness) quotesAreVerbatim(t *testing.T, description string) int {
	t.Helper()
	unescape := strings.NewReplacer(`\`, "")
	n := 0
	for _, line := range strings.Split(description, "\n") {
		line = strings.TrimSuffix(strings.TrimPrefix(line, "…"), "…")
		quote, opened := strings.CutPrefix(line, "„")
		quote, closed := strings.CutSuffix(quote, "“")
		if !opened || !closed {
			continue
		}
		quote = unescape.Replace(quote)
		n++
		found := false
		for _, text := range h.texts {
			found = found || strings.Contains(text, quote)
		}
		if !found {
			t.Errorf("quote %q is not verbatim source text", quote)
		}
	}
	return n
}

func TestTimelinePagesWithAChart(t *testing.T) {
	h := startBot(t, harnessOptions{})
	ctx := context.Background()
	in := h.timeline(t, fakediscord.Origin{Locale: "de"})
	call := h.wait(t, in.Callback())
	noPings(t, call.Body)
	cb := decode[callback](t, call)
	if cb.Type != 4 || len(cb.Data.Embeds) != 1 || cb.Data.Flags&64 != 0 {
		t.Fatalf("callback type %d, %d embeds, flags %d; want a public page", cb.Type, len(cb.Data.Embeds), cb.Data.Flags)
	}
	first := cb.Data.Embeds[0]
	if !strings.HasPrefix(first.Title, "Zeitleiste: Alle Ereignisse") || !strings.Contains(first.Footer.Text, "Seite 1 von") {
		t.Errorf("title %q, footer %q", first.Title, first.Footer.Text)
	}
	if n := h.quotesAreVerbatim(t, first.Description); n != eventsPerPage {
		t.Errorf("first page shows %d quotes, want %d", n, eventsPerPage)
	}
	if len(call.Files) != 1 || call.Files[0].Field != "files[0]" || call.Files[0].Name != chartFile {
		t.Fatalf("files = %+v, want the chart as files[0]", call.Files)
	}
	// The chart is the embed's image, not an attachment beside it.
	var image struct {
		Data struct {
			Embeds []struct {
				Image struct {
					URL string `json:"url"`
				} `json:"image"`
			} `json:"embeds"`
		} `json:"data"`
	}
	call.Decode(&image)
	if got := image.Data.Embeds[0].Image.URL; got != "attachment://"+chartFile {
		t.Errorf("embed image %q, want attachment://%s", got, chartFile)
	}
	img, err := png.Decode(bytes.NewReader(call.Files[0].Data))
	if err != nil {
		t.Fatalf("the chart is no PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != chartWidth || b.Dy() < plotHeight {
		t.Errorf("chart is %dx%d, want %d wide and at least %d high", b.Dx(), b.Dy(), chartWidth, plotHeight)
	}

	// Page on and back; the chart stays with the message.
	orig, ok := h.fake.Original(in)
	if !ok {
		t.Fatal("no timeline message")
	}
	var next string
	for _, id := range orig.CustomIDs() {
		if strings.HasPrefix(id, timelinePrefix+"1:") {
			next = id
		}
	}
	if next == "" || utf8.RuneCountInString(next) > maxCustomID {
		t.Fatalf("custom ids %q: no next button within %d characters", orig.CustomIDs(), maxCustomID)
	}
	press, err := h.fake.PressComponent(ctx, fakediscord.ComponentPress{CustomID: next, MessageID: orig.ID, Origin: fakediscord.Origin{Locale: "de"}})
	if err != nil {
		t.Fatal(err)
	}
	call = h.wait(t, press.Callback())
	noPings(t, call.Body)
	cb = decode[callback](t, call)
	if cb.Type != 7 || !strings.Contains(cb.Data.Embeds[0].Footer.Text, "Seite 2 von") {
		t.Fatalf("page 2 = type %d, %+v", cb.Type, cb.Data.Embeds)
	}
	second := cb.Data.Embeds[0]
	if second.Description == first.Description || h.quotesAreVerbatim(t, second.Description) == 0 {
		t.Errorf("page 2 shows nothing new: %q", second.Description)
	}
	back, err := h.fake.PressComponent(ctx, fakediscord.ComponentPress{CustomID: timelineRequest{topic: "all"}.customID(0), MessageID: orig.ID, Origin: fakediscord.Origin{Locale: "de"}})
	if err != nil {
		t.Fatal(err)
	}
	cb = decode[callback](t, h.wait(t, back.Callback()))
	if cb.Type != 7 || cb.Data.Embeds[0].Description != first.Description {
		t.Errorf("back on page 1: %+v", cb.Data.Embeds)
	}
	msg, _ := h.fake.Message(orig.ID)
	if len(msg.Files) != 1 || !strings.Contains(string(msg.Embeds), `"url":"https://cdn.discordapp.com/attachments/`) {
		t.Errorf("after paging the message has %d files and embeds %s, want its chart as the embed's image", len(msg.Files), msg.Embeds)
	}
}

// A troops timeline from a date on, in English: the figures since then,
// with their places and an English grouping, and none from before.
func TestTimelineOfTroopsInEnglish(t *testing.T) {
	src := func(id, published, text string) store.Source {
		return store.Source{ID: id, Title: "Bericht " + id, Language: "de", Hash: id, Published: store.Date{Value: published}, Text: text}
	}
	h := startBot(t, harnessOptions{only: []store.Source{
		src("alt", "2020-06-12", "Im Juni 2020 waren rund 5.000 US-Soldaten im Irak stationiert."),
		src("neu", "2024-09-15", "Im September 2024 waren rund 2.500 US-Soldaten im Irak stationiert."),
		src("syrien", "2024-09-20", "Im September 2024 waren rund 900 US-Soldaten in Syrien stationiert."),
		src("europa", "2024-10-02", "Im Oktober 2024 waren Hunderte von Truppen aus meist europäischen Ländern im Irak."),
	}})
	in := h.timeline(t, fakediscord.Origin{Locale: "en-US"}, fakediscord.CommandOption{Name: "topic", Value: "troops"},
		fakediscord.CommandOption{Name: "from", Value: "2024"})
	call := h.wait(t, in.Callback())
	cb := decode[callback](t, call)
	if len(cb.Data.Embeds) != 1 {
		t.Fatalf("callback = %s", call.Body)
	}
	emb := cb.Data.Embeds[0]
	if !strings.HasPrefix(emb.Title, "Timeline: Troop levels (") {
		t.Errorf("title %q", emb.Title)
	}
	// An order of magnitude of no force shows as such.
	for _, want := range []string{"2,500 troops (US) · Irak", "900 troops (US) · Syrien", "hundreds of troops"} {
		if !strings.Contains(emb.Description, want) {
			t.Errorf("description lacks %q:\n%s", want, emb.Description)
		}
	}
	if strings.Contains(emb.Description, "5,000") {
		t.Error("a figure of 2020 shows although from is 2024")
	}
	h.quotesAreVerbatim(t, emb.Description)
	var components []json.RawMessage
	json.Unmarshal(cb.Data.Components, &components)
	if len(components) != 0 {
		t.Errorf("one page has paging buttons: %s", cb.Data.Components)
	}
	if len(call.Files) != 1 {
		t.Errorf("no chart attached")
	}
}

func TestTimelineOptionsAreChecked(t *testing.T) {
	h := startBot(t, harnessOptions{})
	tests := []struct {
		name   string
		locale string
		opts   []fakediscord.CommandOption
		want   string
	}{
		{"month 13", "de", []fakediscord.CommandOption{{Name: "from", Value: "2024-13"}}, "„2024-13“ ist kein Datum für „von“"},
		{"day format", "en-US", []fakediscord.CommandOption{{Name: "to", Value: "27.09.2024"}}, `"27.09.2024" is not a date for "to"`},
		{"from after to", "de", []fakediscord.CommandOption{{Name: "from", Value: "2025"}, {Name: "to", Value: "2024-06"}}, "liegt nach"},
		{"nothing found", "de", []fakediscord.CommandOption{{Name: "query", Value: "Grönland"}}, "keine datierten Ereignisse"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := h.timeline(t, fakediscord.Origin{Locale: tt.locale}, tt.opts...)
			call := h.wait(t, in.Callback())
			noPings(t, call.Body)
			cb := decode[callback](t, call)
			if cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, tt.want) || len(call.Files) != 0 {
				t.Errorf("reply = %+v with %d files, want a private %q", cb.Data, len(call.Files), tt.want)
			}
		})
	}
}

func TestTimelineQueryNarrows(t *testing.T) {
	h := startBot(t, harnessOptions{})
	in := h.timeline(t, fakediscord.Origin{Locale: "de"}, fakediscord.CommandOption{Name: "query", Value: "Kurdistan"})
	cb := decode[callback](t, h.wait(t, in.Callback()))
	if len(cb.Data.Embeds) != 1 {
		t.Fatalf("callback = %+v", cb.Data)
	}
	emb := cb.Data.Embeds[0]
	if !strings.Contains(emb.Title, "(1 Eintrag)") || !strings.Contains(emb.Description, "Suche: „Kurdistan“") ||
		!strings.Contains(emb.Description, "September 2026 · Frist") {
		t.Errorf("embed = %+v", emb)
	}
}

func TestTimelineIsRegisteredWithItsOptions(t *testing.T) {
	h := startBot(t, harnessOptions{})
	call := h.wait(t, fakediscord.Route("PUT", "/api/v9/applications/"+h.fake.AppID+"/guilds/"+h.fake.GuildID+"/commands"))
	var cmds []struct {
		Name              string            `json:"name"`
		NameLocalizations map[string]string `json:"name_localizations"`
		Options           []struct {
			Name         string `json:"name"`
			Autocomplete bool   `json:"autocomplete"`
			MaxLength    int    `json:"max_length"`
		} `json:"options"`
	}
	if err := call.Decode(&cmds); err != nil {
		t.Fatal(err)
	}
	for _, c := range cmds {
		if c.Name != "timeline" {
			continue
		}
		if c.NameLocalizations["de"] != "zeitleiste" || len(c.Options) != 4 || c.Options[0].Autocomplete || c.Options[3].MaxLength != maxTimelineQuery {
			t.Errorf("timeline = %+v", c)
		}
		return
	}
	t.Error("/timeline is not registered")
}

func TestParseTimelineID(t *testing.T) {
	r := timelineRequest{topic: "deadline", from: "2024", to: "2026-09-30", query: "Abzug: Irak"}
	got, page, err := parseTimelineID(r.customID(3))
	if err != nil || page != 3 || got != r {
		t.Errorf("parseTimelineID(%q) = %+v, %d, %v", r.customID(3), got, page, err)
	}
	for _, bad := range []string{"tl:", "tl:x:all:::", "tl:1:weather:::", "tl:-1:all:::", "src:1", "tl:1:all"} {
		if _, _, err := parseTimelineID(bad); err == nil {
			t.Errorf("parseTimelineID(%q) succeeded", bad)
		}
	}
}

func FuzzParseTimelineID(f *testing.F) {
	f.Add("tl:0:all:::")
	f.Add("tl:2:troops:2024:2025-06:Irak")
	f.Fuzz(func(t *testing.T, id string) {
		r, page, err := parseTimelineID(id)
		if err != nil {
			return
		}
		if page < 0 {
			t.Fatalf("page %d", page)
		}
		again, page2, err := parseTimelineID(r.customID(page))
		if err != nil || again != r || page2 != page {
			t.Fatalf("%q reads as %+v, which does not read back: %+v, %v", id, r, again, err)
		}
	})
}

func TestSlowTimelineIsDeferredThenEditedWithItsChart(t *testing.T) {
	h := startBot(t, harnessOptions{cfg: Config{AnswerBudget: time.Nanosecond}})
	in := h.timeline(t, fakediscord.Origin{Locale: "de"}, fakediscord.CommandOption{Name: "topic", Value: "deadline"})
	if cb := decode[callback](t, h.wait(t, in.Callback())); cb.Type != 5 {
		t.Fatalf("callback type %d, want 5 (deferred)", cb.Type)
	}
	edit := h.wait(t, in.EditOriginal())
	noPings(t, edit.Body)
	var body struct {
		Embeds []embedJSON `json:"embeds"`
	}
	if err := edit.Decode(&body); err != nil || len(body.Embeds) != 1 || !strings.Contains(body.Embeds[0].Title, "Fristen") {
		t.Fatalf("edit = %s (%v)", edit.Body, err)
	}
	if len(edit.Files) != 1 {
		t.Fatalf("edit has %d files, want the chart", len(edit.Files))
	}
	if _, err := png.Decode(bytes.NewReader(edit.Files[0].Data)); err != nil {
		t.Errorf("the chart is no PNG: %v", err)
	}
}
