package bot

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/prompts"
	"github.com/quellen/quellen/retrieval"
)

// Discord's limits on a message (characters).
const (
	limitContent     = 2000
	limitTitle       = 256
	limitDescription = 4096
	limitFields      = 25
	limitFieldName   = 256
	limitFieldValue  = 1024
	limitFooter      = 2048
	limitEmbedTotal  = 6000

	// minDescription is kept for the framing and quotes before source fields.
	minDescription = 2000
	// sourceNameLength bounds a source's title in its field name.
	sourceNameLength = 120
	// overflowFieldSize is kept for the field naming sources that did not fit.
	overflowFieldSize = 200
)

// noMentions is sent with every message: no quoted text may ping anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// escapeMarkdown makes text show as written: Discord markdown characters are
// backslash-escaped, and mention-like "@everyone"/"@here" are broken with a
// zero-width space so they never even look like a ping.
func escapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		switch r {
		case '\\', '*', '_', '~', '`', '|', '>', '<', '[', ']', '#':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	out := b.String()
	out = strings.ReplaceAll(out, "@everyone", "@\u200beveryone")
	out = strings.ReplaceAll(out, "@here", "@\u200bhere")
	return out
}

// truncate cuts s to at most n characters, ending in "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:max(n-1, 0)]) + "…"
}

// quoteText renders a quote in German quotation marks within budget
// characters. A quote that must be shortened is cut at a word and the "…"
// stands outside the marks, so no one mistakes the cut for the source's.
func quoteText(quote string, budget int) string {
	full := "„" + escapeMarkdown(quote) + "“"
	if utf8.RuneCountInString(full) <= budget {
		return full
	}
	words := strings.Fields(quote)
	var kept []string
	for _, w := range words {
		candidate := "„" + escapeMarkdown(strings.Join(append(kept, w), " ")) + "“…"
		if utf8.RuneCountInString(candidate) > budget {
			break
		}
		kept = append(kept, w)
	}
	if len(kept) == 0 {
		return "„…“"
	}
	return "„" + escapeMarkdown(strings.Join(kept, " ")) + "“…"
}

func citationRefs(ns []int) string {
	var b strings.Builder
	for _, n := range ns {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}

// describe renders "Outlet · date (inferred) · link" for a citation.
func describe(lang string, c retrieval.Citation, tm *prompts.Templates) string {
	var parts []string
	if c.Outlet != "" {
		parts = append(parts, escapeMarkdown(c.Outlet))
	}
	date, _ := tm.Render(lang, "published", map[string]any{"Value": c.Published, "Inferred": c.PublishedInferred})
	parts = append(parts, date)
	if c.URL != "" {
		parts = append(parts, "[Link]("+c.URL+")")
	}
	return strings.Join(parts, " · ")
}

// answerEmbed renders an answer within Discord's limits.
func (b *Bot) answerEmbed(ans *retrieval.Answer) *discordgo.MessageEmbed {
	lang := ans.Language
	emb := &discordgo.MessageEmbed{
		Title:  truncate(ans.Question, limitTitle),
		Footer: &discordgo.MessageEmbedFooter{Text: truncate(b.text(lang, "discord_footer", ans.IndexVersion), limitFooter)},
		Color:  0x2b6cb0,
	}
	if !ans.Answered {
		emb.Color = 0x718096
	}
	byN := make(map[int]retrieval.Citation, len(ans.Citations))
	for _, c := range ans.Citations {
		byN[c.N] = c
	}

	// Sources are listed as fields while they leave the quotes room;
	// quotes come first. Any left over are named by number in one field.
	fieldBudget := limitEmbedTotal - utf8.RuneCountInString(emb.Title) - utf8.RuneCountInString(emb.Footer.Text) - minDescription
	for k, c := range ans.Citations {
		f := &discordgo.MessageEmbedField{
			Name:  truncate(fmt.Sprintf("[%d] %s", c.N, c.Title), sourceNameLength),
			Value: truncate(describe(lang, c, b.templates), limitFieldValue),
		}
		size := utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
		if len(emb.Fields) == limitFields-2 || size > fieldBudget-overflowFieldSize {
			var rest []int
			for _, more := range ans.Citations[k:] {
				rest = append(rest, more.N)
			}
			emb.Fields = append(emb.Fields, &discordgo.MessageEmbedField{Name: "…", Value: truncate(citationRefs(rest), overflowFieldSize-1)})
			break
		}
		fieldBudget -= size
		emb.Fields = append(emb.Fields, f)
	}
	if len(ans.Related) > 0 {
		var lines []string
		for _, c := range ans.Related {
			lines = append(lines, fmt.Sprintf("%s — %s, %s", quoteText(c.Quote, 300), escapeMarkdown(c.Title), describe(lang, c, b.templates)))
		}
		emb.Fields = append(emb.Fields, &discordgo.MessageEmbedField{
			Name:  truncate(b.text(lang, "related_heading", nil), limitFieldName),
			Value: truncate(strings.Join(lines, "\n"), limitFieldValue),
		})
	}

	// The description gets what the rest leaves of the message's budget.
	used := utf8.RuneCountInString(emb.Title) + utf8.RuneCountInString(emb.Footer.Text)
	for _, f := range emb.Fields {
		used += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	budget := min(limitDescription, limitEmbedTotal-used)
	framing := escapeMarkdown(ans.Text)
	var points []string
	overhead := utf8.RuneCountInString(framing)
	for _, p := range ans.Points {
		head := ""
		if p.Label != "" {
			head = "**" + escapeMarkdown(p.Label) + ":**\n"
		}
		refs := " " + citationRefs(p.Citations)
		overhead += utf8.RuneCountInString(head+refs) + 2
		points = append(points, head+"\x00"+refs)
	}
	perQuote := budget - overhead
	if len(points) > 0 {
		perQuote /= len(points)
	}
	var desc strings.Builder
	desc.WriteString(framing)
	for i, p := range ans.Points {
		quote := quoteText(byN[p.Citations[0]].Quote, max(perQuote, 20))
		desc.WriteString("\n\n")
		desc.WriteString(strings.Replace(points[i], "\x00", quote, 1))
	}
	emb.Description = truncate(desc.String(), budget)
	return emb
}

// answerComponents are the buttons under an answer.
func (b *Bot) answerComponents(ans *retrieval.Answer) []discordgo.MessageComponent {
	lang := ans.Language
	row := discordgo.ActionsRow{}
	if ids := passageIDs(ans); ids != "" {
		row.Components = append(row.Components, discordgo.Button{
			Label: b.text(lang, "discord_show_passages", nil), Style: discordgo.SecondaryButton,
			CustomID: passagesID(0, ids),
		})
	}
	row.Components = append(row.Components,
		discordgo.Button{Emoji: &discordgo.ComponentEmoji{Name: "👍"}, Style: discordgo.SecondaryButton, CustomID: feedbackPrefix + "1"},
		discordgo.Button{Emoji: &discordgo.ComponentEmoji{Name: "👎"}, Style: discordgo.SecondaryButton, CustomID: feedbackPrefix + "0"},
	)
	return []discordgo.MessageComponent{row}
}

// Button custom ids. They carry what the press needs, so a press works
// after a restart too.
const (
	passagesPrefix = "psg:"
	feedbackPrefix = "fb:"
	sourcesPrefix  = "src:"
	maxCustomID    = 100
)

func passageIDs(ans *retrieval.Answer) string {
	var ids []string
	length := 0
	for _, c := range ans.Citations {
		id := strconv.FormatInt(c.PassageID, 10)
		if length+len(id)+1 > maxCustomID-len(passagesPrefix)-4 {
			break
		}
		ids = append(ids, id)
		length += len(id) + 1
	}
	return strings.Join(ids, ",")
}

func passagesID(page int, ids string) string {
	return fmt.Sprintf("%s%d:%s", passagesPrefix, page, ids)
}

// parsePassagesID reads "psg:PAGE:ID,ID,…".
func parsePassagesID(customID string) (page int, ids []int64, err error) {
	rest, ok := strings.CutPrefix(customID, passagesPrefix)
	if !ok {
		return 0, nil, fmt.Errorf("not a passages button: %q", customID)
	}
	pageText, list, ok := strings.Cut(rest, ":")
	if !ok {
		return 0, nil, fmt.Errorf("passages button %q: no ids", customID)
	}
	if page, err = strconv.Atoi(pageText); err != nil || page < 0 {
		return 0, nil, fmt.Errorf("passages button %q: page: %v", customID, err)
	}
	for _, s := range strings.Split(list, ",") {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0, nil, fmt.Errorf("passages button %q: id %q", customID, s)
		}
		ids = append(ids, id)
	}
	if page >= len(ids) {
		page = len(ids) - 1
	}
	return page, ids, nil
}

// excerptEmbed shows one quote with the sentences around it.
func (b *Bot) excerptEmbed(lang string, ex retrieval.Excerpt, page, pages int) *discordgo.MessageEmbed {
	var desc strings.Builder
	for _, p := range ex.Before {
		desc.WriteString(escapeMarkdown(p.Text) + " ")
	}
	desc.WriteString("**„" + escapeMarkdown(ex.Quote.Text) + "“**")
	for _, p := range ex.After {
		desc.WriteString(" " + escapeMarkdown(p.Text))
	}
	c := retrieval.Citation{Outlet: ex.Source.Outlet, URL: ex.Source.URL, Published: ex.Source.Published.Value, PublishedInferred: ex.Source.Published.Inferred}
	return &discordgo.MessageEmbed{
		Title:       truncate(ex.Source.Title, limitTitle),
		URL:         ex.Source.URL,
		Description: truncate(desc.String(), limitDescription),
		Fields:      []*discordgo.MessageEmbedField{{Name: "\u200b", Value: truncate(describe(lang, c, b.templates), limitFieldValue)}},
		Footer:      &discordgo.MessageEmbedFooter{Text: b.text(lang, "discord_page", map[string]int{"Page": page + 1, "Pages": pages})},
	}
}

// pager is a row of previous/next buttons for a paged reply.
func (b *Bot) pager(lang string, page, pages int, id func(page int) string) []discordgo.MessageComponent {
	if pages <= 1 {
		return []discordgo.MessageComponent{}
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: b.text(lang, "discord_previous", nil), Style: discordgo.SecondaryButton, CustomID: id(max(page-1, 0)), Disabled: page == 0},
		discordgo.Button{Label: b.text(lang, "discord_next", nil), Style: discordgo.SecondaryButton, CustomID: id(min(page+1, pages-1)), Disabled: page >= pages-1},
	}}}
}
