package bot

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/prompts"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/timeline"
)

const (
	cmdTimeline = "timeline"
	// timelinePrefix starts the custom id of a timeline's page buttons:
	// "tl:PAGE:TOPIC:FROM:TO:QUERY". The buttons carry the whole filter, so
	// that a press works after a restart and needs no cache: it runs the
	// timeline again, which takes milliseconds.
	timelinePrefix = "tl:"
	// maxTimelineQuery bounds the query option so that the filter always
	// fits a custom id of 100 characters.
	maxTimelineQuery = 60
	eventsPerPage    = 8
	// coreRunes is how much of each quote a page shows.
	coreRunes = 220
)

// timelineRequest is what a /timeline, or one of its page buttons, asks for.
type timelineRequest struct {
	topic    timeline.Topic
	from, to string
	query    string
}

func (r timelineRequest) customID(page int) string {
	return fmt.Sprintf("%s%d:%s:%s:%s:%s", timelinePrefix, page, r.topic, r.from, r.to, r.query)
}

// parseTimelineID reads "tl:PAGE:TOPIC:FROM:TO:QUERY"; the query, last,
// may hold colons.
func parseTimelineID(id string) (timelineRequest, int, error) {
	rest, ok := strings.CutPrefix(id, timelinePrefix)
	parts := strings.SplitN(rest, ":", 5)
	if !ok || len(parts) != 5 {
		return timelineRequest{}, 0, fmt.Errorf("not a timeline button: %q", id)
	}
	page, err := strconv.Atoi(parts[0])
	if err != nil || page < 0 {
		return timelineRequest{}, 0, fmt.Errorf("timeline button %q: page %q", id, parts[0])
	}
	r := timelineRequest{from: parts[2], to: parts[3], query: parts[4]}
	if r.topic, err = timeline.ParseTopic(parts[1]); err != nil {
		return timelineRequest{}, 0, fmt.Errorf("timeline button %q: %w", id, err)
	}
	return r, page, nil
}

// timelineOptions reads and checks the options of a /timeline; a problem
// comes back as the message for the member.
func (b *Bot) timelineOptions(i *discordgo.InteractionCreate, lang string) (timelineRequest, string) {
	var r timelineRequest
	var topic string
	for _, o := range i.ApplicationCommandData().Options {
		switch o.Name {
		case "topic":
			topic = o.StringValue()
		case "from":
			r.from = strings.TrimSpace(o.StringValue())
		case "to":
			r.to = strings.TrimSpace(o.StringValue())
		case "query":
			r.query = strings.Join(strings.Fields(o.StringValue()), " ")
		}
	}
	var err error
	if r.topic, err = timeline.ParseTopic(topic); err != nil {
		return r, b.text(lang, "discord_timeline_bad_topic", topic)
	}
	var bounds [2]timeline.Bound
	for k, o := range []struct{ value, de, en string }{{r.from, "von", "from"}, {r.to, "bis", "to"}} {
		if bounds[k], err = timeline.ParseBound(o.value); err != nil {
			name := o.en
			if lang == "de" {
				name = o.de
			}
			return r, b.text(lang, "discord_timeline_bad_date", map[string]string{"Option": name, "Value": o.value})
		}
	}
	if bounds[0].After(bounds[1]) {
		return r, b.text(lang, "discord_timeline_bad_range", map[string]string{"From": r.from, "To": r.to})
	}
	if utf8.RuneCountInString(r.query) > maxTimelineQuery || utf8.RuneCountInString(r.customID(math.MaxInt32)) > maxCustomID {
		return r, b.text(lang, "discord_timeline_query_too_long", maxTimelineQuery)
	}
	return r, ""
}

// timelineTimeout bounds building a timeline page.
const timelineTimeout = 10 * time.Second

// handleTimeline answers /timeline with the first page, the chart as the
// embed's image. Bad options and "no events" go to the member alone.
func (b *Bot) handleTimeline(i *discordgo.InteractionCreate) {
	lang := interactionLanguage(i)
	req, problem := b.timelineOptions(i, lang)
	if problem != "" {
		b.respondPrivately(i, problem)
		return
	}
	if ok, wait := b.limiter.allow(user(i).ID); !ok {
		b.respondPrivately(i, b.rateLimited(lang, wait))
		return
	}
	b.deliver(i, delivery{}, b.timelinePage(lang, req, 0, ""))
}

// pageTimeline turns a timeline message to another page for the member who
// ran it, and gives anyone else a private copy at that page. The chart,
// which shows every page's events, stays the embed's image.
func (b *Bot) pageTimeline(i *discordgo.InteractionCreate) {
	lang := interactionLanguage(i)
	req, page, err := parseTimelineID(i.MessageComponentData().CustomID)
	if err != nil {
		b.log.Warn("bad timeline button", "err", err)
		b.respondPrivately(i, b.text(lang, "discord_error", nil))
		return
	}
	chart := ""
	if m := i.Message; m != nil && len(m.Embeds) > 0 && m.Embeds[0].Image != nil {
		chart = m.Embeds[0].Image.URL
	}
	b.deliver(i, pagedDelivery(i), b.timelinePage(lang, req, page, chart))
}

// timelinePage runs the timeline and renders one page of it. With chart
// "" it draws the chart and attaches it as the embed's image; otherwise
// chart is the address of the image the message already shows.
func (b *Bot) timelinePage(lang string, req timelineRequest, page int, chart string) <-chan reply {
	out := make(chan reply, 1)
	b.inFlight.begin()
	go func() {
		defer b.inFlight.end()
		ctx, cancel := context.WithTimeout(b.work, timelineTimeout)
		defer cancel()
		today := time.Now()
		tl, err := b.answerer.Timeline(ctx, retrieval.TimelineQuery{Topic: req.topic, From: req.from, To: req.to, Query: req.query, Today: today})
		if err != nil {
			b.log.Error("timeline failed", "err", err)
			out <- privateReply(b.text(lang, "discord_error", nil))
			return
		}
		if tl.Len() == 0 {
			out <- privateReply(b.text(lang, "discord_timeline_empty", nil))
			return
		}
		items := append(append([]timeline.Event{}, tl.Events...), tl.Undated...)
		pages := (len(items) + eventsPerPage - 1) / eventsPerPage
		page = min(max(page, 0), pages-1)
		emb := b.timelineEmbed(lang, req, tl.Len(), items[page*eventsPerPage:min(len(items), (page+1)*eventsPerPage)], page, pages, today)
		r := reply{embeds: []*discordgo.MessageEmbed{emb}, components: b.pager(lang, page, pages, req.customID)}
		if chart != "" {
			emb.Image = &discordgo.MessageEmbedImage{URL: chart}
		} else {
			png, err := renderChart(tl, req.topic == timeline.TopicTroops, today, b.chartText(lang))
			if err != nil {
				b.log.Error("timeline chart", "err", err)
			} else if png != nil {
				emb.Image = &discordgo.MessageEmbedImage{URL: "attachment://" + chartFile}
				r.files = []*discordgo.File{{Name: chartFile, ContentType: "image/png", Reader: bytes.NewReader(png)}}
			}
		}
		out <- r
	}()
	return out
}

// timelineEmbed renders one page of events: each with its date, the core
// of its quote and its source.
func (b *Bot) timelineEmbed(lang string, req timelineRequest, total int, events []timeline.Event, page, pages int, today time.Time) *discordgo.MessageEmbed {
	var desc strings.Builder
	if req.query != "" {
		desc.WriteString(escapeMarkdown(b.text(lang, "discord_timeline_query", req.query)) + "\n\n")
	}
	for k, ev := range events {
		if k > 0 {
			desc.WriteString("\n\n")
		}
		desc.WriteString(b.timelineEntry(lang, ev))
	}
	return &discordgo.MessageEmbed{
		Title:       truncate(b.text(lang, "discord_timeline_title", map[string]any{"Topic": string(req.topic), "Count": total}), limitTitle),
		Description: truncate(desc.String(), limitDescription),
		Color:       0x2b6cb0,
		Footer: &discordgo.MessageEmbedFooter{Text: truncate(b.text(lang, "discord_timeline_footer", map[string]any{
			"Page": page + 1, "Pages": pages, "Today": today.Format("2006-01-02")}), limitFooter)},
	}
}

// timelineEntry is one event of a page: a bold heading, the quote's core,
// the source.
func (b *Bot) timelineEntry(lang string, ev timeline.Event) string {
	var head []string
	if ev.Date != "" {
		head = append(head, b.text(lang, "event_label", ev))
	} else {
		undated := b.text(lang, "timeline_undated_heading", nil)
		if ev.DateText != "" {
			undated += " („" + ev.DateText + "“)"
		}
		head = append(head, undated)
	}
	if f, ok := ev.FigureText(lang); ok {
		head = append(head, b.text(lang, "event_troops", f))
	}
	if s := ev.SupersededBy; s != nil {
		head = append(head, b.text(lang, "event_superseded", map[string]any{"Count": timeline.FormatCount(lang, s.Count), "Date": s.Date}))
	}
	core := ev.Core(coreRunes)
	quote := "„" + escapeMarkdown(core.Text) + "“"
	if core.CutBefore {
		quote = "…" + quote
	}
	if core.CutAfter {
		quote += "…"
	}
	c := ev.Citations[0]
	cite := retrieval.Citation{Outlet: c.Outlet, URL: c.URL, Published: c.Published, PublishedInferred: c.PublishedInferred}
	source := metaText(truncate(c.Title, 90)) + " · " + describe(lang, cite, b.templates)
	if more := len(ev.Citations) - 1; more > 0 {
		source += " · " + b.text(lang, "discord_timeline_more_sources", more)
	}
	return "**" + escapeMarkdown(strings.Join(head, " · ")) + "**\n" + quote + "\n— " + source
}

// chartText is the chart's wording in lang.
func (b *Bot) chartText(lang string) chartText {
	return chartText{
		troopsTitle: b.text(lang, "timeline_chart_troops", nil),
		troopsAxis:  b.text(lang, "timeline_chart_troops_axis", nil),
		eventsTitle: b.text(lang, "timeline_chart_events", nil),
		today:       b.text(lang, "timeline_chart_today", nil),
		kind:        func(kind string) string { return b.text(lang, "timeline_kind", kind) },
		date:        func(ev timeline.Event) string { return b.text(lang, "event_date", ev) },
		count:       func(n int64) string { return timeline.FormatCount(lang, n) },
		more:        func(n int) string { return b.text(lang, "timeline_chart_more", n) },
		year:        func(y int) string { return axisYear(lang, y) },
	}
}

// axisYear writes an astronomical year for a chart's axis: "2024", and
// before the common era as the reader of lang writes it ("247 v. Chr."
// for -246).
func axisYear(lang string, y int) string {
	if y > 0 {
		return strconv.Itoa(y)
	}
	return prompts.FormatDate(lang, fmt.Sprintf("BC%04d", 1-y))
}
