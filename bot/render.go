package bot

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/prompts"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
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
	limitButtonLabel = 80
	limitButtonURL   = 512
	limitEmbedURL    = 2048
	limitRowButtons  = 5

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

// metaText renders a value of a source's front matter (title, outlet) for
// a place where Discord renders markdown: on one line, with markdown
// escaped, no list or heading marker at its start and no address that
// would be linked, so that no source can format, link or ping through its
// metadata.
func metaText(s string) string {
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }), " ")
	s = escapeMarkdown(s)
	// An address in a title would become a link: a zero-width space keeps
	// it text. Links to sources are buttons.
	s = strings.ReplaceAll(s, "://", ":\u200b//")
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		return `\` + s
	}
	// "1. Title" would start a numbered list.
	if dot := strings.IndexByte(s, '.'); dot > 0 && strings.TrimLeft(s[:dot], "0123456789") == "" && strings.HasPrefix(s[dot+1:], " ") {
		return s[:dot] + `\` + s[dot:]
	}
	return s
}

// plainLabel is a value of front matter for a place that renders no
// markdown, such as a button label: one line, no control characters.
func plainLabel(s string, n int) string {
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }), " ")
	return truncate(s, n)
}

// webURL returns a source's address when it is an absolute http(s) URL
// Discord accepts as a link (well formed, within limit characters), in its
// canonical form; ok is false otherwise, and the address is not linked.
func webURL(raw string, limit int) (string, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.ContainsFunc(raw, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.Hostname() == "" || u.User != nil || u.Opaque != "" {
		return "", false
	}
	s := u.String()
	if utf8.RuneCountInString(s) > limit {
		return "", false
	}
	return s, true
}

// linkText writes a checked address (from webURL) into markdown text: in
// angle brackets, with every character markdown could read percent-encoded,
// so it shows and opens as exactly this address.
func linkText(u string) string {
	var b strings.Builder
	b.WriteByte('<')
	for _, r := range u {
		if strings.ContainsRune("<>()[]*_~|`\\\"'@", r) {
			fmt.Fprintf(&b, "%%%02X", r)
			continue
		}
		b.WriteRune(r)
	}
	b.WriteByte('>')
	return b.String()
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

// describe renders "Outlet · date (inferred)" for a citation. Addresses
// are never written into text: they are link buttons, which show the
// address before it is opened, so no source can mask where a link goes.
func describe(lang string, c retrieval.Citation, tm *prompts.Templates) string {
	var parts []string
	if c.Outlet != "" {
		parts = append(parts, metaText(c.Outlet))
	}
	date, _ := tm.Render(lang, "published", map[string]any{"Value": c.Published, "Inferred": c.PublishedInferred})
	parts = append(parts, date)
	return strings.Join(parts, " · ")
}

// citedSource is a source with the numbers of its quotes in an answer.
type citedSource struct {
	retrieval.Citation
	numbers []int
}

// citedSources lists each source of the citations once, in the order of
// its first quote.
func citedSources(cs []retrieval.Citation) []citedSource {
	var out []citedSource
	index := make(map[string]int)
	for _, c := range cs {
		key := c.SourceID
		if key == "" {
			key = c.Title + "\x00" + c.URL
		}
		if k, ok := index[key]; ok {
			out[k].numbers = append(out[k].numbers, c.N)
			continue
		}
		index[key] = len(out)
		out = append(out, citedSource{Citation: c, numbers: []int{c.N}})
	}
	return out
}

// answerReply renders an answer as an embed with its buttons, or as plain
// text where the bot may not embed (perms is what it may do there).
func (b *Bot) answerReply(ans *retrieval.Answer, perms int64) reply {
	if perms&discordgo.PermissionEmbedLinks == 0 {
		return reply{content: b.plainAnswer(ans), components: b.answerComponents(ans)}
	}
	return reply{embeds: []*discordgo.MessageEmbed{b.answerEmbed(ans)}, components: b.answerComponents(ans)}
}

// answerEmbed renders an answer within Discord's limits.
func (b *Bot) answerEmbed(ans *retrieval.Answer) *discordgo.MessageEmbed {
	lang := ans.Language
	emb := &discordgo.MessageEmbed{
		Title:  truncate(escapeMarkdown(ans.Question), limitTitle),
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

	// Each source is a field, listed once with the numbers of its quotes,
	// while they leave the quotes room; quotes come first. Any left over
	// are named by number in one field.
	fieldBudget := limitEmbedTotal - utf8.RuneCountInString(emb.Title) - utf8.RuneCountInString(emb.Footer.Text) - minDescription
	sources := citedSources(ans.Citations)
	for k, s := range sources {
		f := &discordgo.MessageEmbedField{
			Name:  truncate(citationRefs(s.numbers)+" "+metaText(s.Title), sourceNameLength),
			Value: truncate(describe(lang, s.Citation, b.templates), limitFieldValue),
		}
		size := utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
		if len(emb.Fields) == limitFields-2 || size > fieldBudget-overflowFieldSize {
			var rest []int
			for _, more := range sources[k:] {
				rest = append(rest, more.numbers...)
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
			lines = append(lines, fmt.Sprintf("%s — %s, %s", quoteText(c.Quote, 300), metaText(c.Title), describe(lang, c, b.templates)))
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

// plainAnswer renders an answer as message text for a channel where the
// bot may not embed: the question, the framing, the quotes and the
// sources, within Discord's 2,000 characters; quotes are shortened first.
func (b *Bot) plainAnswer(ans *retrieval.Answer) string {
	lang := ans.Language
	byN := make(map[int]retrieval.Citation, len(ans.Citations))
	for _, c := range ans.Citations {
		byN[c.N] = c
	}
	var sources []string
	for _, s := range citedSources(ans.Citations) {
		sources = append(sources, citationRefs(s.numbers)+" "+metaText(s.Title)+" — "+describe(lang, s.Citation, b.templates))
	}
	for _, c := range ans.Related {
		sources = append(sources, quoteText(c.Quote, 200)+" — "+metaText(c.Title))
	}
	head := "**" + escapeMarkdown(truncate(ans.Question, 300)) + "**\n" + escapeMarkdown(ans.Text)
	tail := strings.Join(sources, "\n")
	for perQuote := 600; ; perQuote /= 2 {
		var body strings.Builder
		body.WriteString(head)
		for _, p := range ans.Points {
			body.WriteString("\n")
			if p.Label != "" {
				body.WriteString("**" + escapeMarkdown(p.Label) + ":** ")
			}
			body.WriteString(quoteText(byN[p.Citations[0]].Quote, perQuote) + " " + citationRefs(p.Citations))
		}
		text := body.String() + "\n\n" + tail
		if utf8.RuneCountInString(text) <= limitContent || perQuote < 40 {
			return truncate(text, limitContent)
		}
	}
}

// answerComponents are the buttons under an answer: its passages and the
// vote, then a link to each source that has an address (up to five).
func (b *Bot) answerComponents(ans *retrieval.Answer) []discordgo.MessageComponent {
	lang := ans.Language
	row := discordgo.ActionsRow{}
	if ids := passageIDs(ans.Citations); ids != "" {
		row.Components = append(row.Components, discordgo.Button{
			Label: b.text(lang, "discord_show_passages", nil), Style: discordgo.SecondaryButton,
			CustomID: passagesID(passagesPrefix, 0, ids),
		})
	}
	row.Components = append(row.Components, voteButtons(votePrefix, "", nil)...)
	rows := []discordgo.MessageComponent{row}
	if links := sourceLinks(ans.Citations); len(links.Components) > 0 {
		rows = append(rows, links)
	}
	return rows
}

// sourceLinks is a row of link buttons to the sources of citations, each
// address once, at most five; sources without a valid address get none.
func sourceLinks(cs []retrieval.Citation) discordgo.ActionsRow {
	row := discordgo.ActionsRow{}
	seen := make(map[string]bool)
	for _, s := range citedSources(cs) {
		u, ok := webURL(s.URL, limitButtonURL)
		if !ok || seen[u] || len(row.Components) == limitRowButtons {
			continue
		}
		seen[u] = true
		label := plainLabel(citationRefs(s.numbers)+" "+s.Title, limitButtonLabel)
		if strings.TrimSpace(s.Title) == "" {
			host, _ := url.Parse(u)
			label = plainLabel(citationRefs(s.numbers)+" "+host.Hostname(), limitButtonLabel)
		}
		row.Components = append(row.Components, discordgo.Button{Label: label, Style: discordgo.LinkButton, URL: u})
	}
	return row
}

// Button custom ids. They carry what the press needs, so a press works
// after a restart too.
const (
	passagesPrefix     = "psg:"  // on an answer: open the passages privately
	passagesPagePrefix = "psgp:" // in the private passages view: turn its page
	sourcesPrefix      = "src:"
	maxCustomID        = 100
)

// passageIDs lists the indexed passages an answer cites; a line of the
// article that no passage holds (its date line, a picture credit) has id
// 0 and no excerpt to open.
func passageIDs(cs []retrieval.Citation) string {
	var ids []string
	length := 0
	for _, c := range cs {
		if c.PassageID == 0 {
			continue
		}
		id := strconv.FormatInt(c.PassageID, 10)
		if length+len(id)+1 > maxCustomID-len(passagesPagePrefix)-4 {
			break
		}
		ids = append(ids, id)
		length += len(id) + 1
	}
	return strings.Join(ids, ",")
}

func passagesID(prefix string, page int, ids string) string {
	return fmt.Sprintf("%s%d:%s", prefix, page, ids)
}

// parsePassagesID reads "psg:PAGE:ID,ID,…" (or with psgp:).
func parsePassagesID(customID string) (page int, ids []int64, err error) {
	rest, ok := strings.CutPrefix(customID, passagesPagePrefix)
	if !ok {
		if rest, ok = strings.CutPrefix(customID, passagesPrefix); !ok {
			return 0, nil, fmt.Errorf("not a passages button: %q", customID)
		}
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

// passageBreak is what stands between two passages shown in order: a
// space within a paragraph, a line break between paragraphs (a heading is
// one of its own).
func passageBreak(a, b store.Passage) string {
	if a.Block == b.Block {
		return " "
	}
	return "\n"
}

// excerptEmbed shows one quote with the passages around it, a paragraph
// (or a heading) to a line.
func (b *Bot) excerptEmbed(lang string, ex retrieval.Excerpt, page, pages int) *discordgo.MessageEmbed {
	var desc strings.Builder
	for i, p := range ex.Before {
		next := ex.Quote
		if i+1 < len(ex.Before) {
			next = ex.Before[i+1]
		}
		desc.WriteString(escapeMarkdown(p.Text) + passageBreak(p, next))
	}
	desc.WriteString("**„" + escapeMarkdown(ex.Quote.Text) + "“**")
	prev := ex.Quote
	for _, p := range ex.After {
		desc.WriteString(passageBreak(prev, p) + escapeMarkdown(p.Text))
		prev = p
	}
	c := retrieval.Citation{Outlet: ex.Source.Outlet, URL: ex.Source.URL, Published: ex.Source.Published.Value, PublishedInferred: ex.Source.Published.Inferred}
	emb := &discordgo.MessageEmbed{
		Title:       truncate(metaText(ex.Source.Title), limitTitle),
		Description: truncate(desc.String(), limitDescription),
		Fields:      []*discordgo.MessageEmbedField{{Name: "\u200b", Value: truncate(describe(lang, c, b.templates), limitFieldValue)}},
		Footer:      &discordgo.MessageEmbedFooter{Text: b.text(lang, "discord_page", map[string]int{"Page": page + 1, "Pages": pages})},
	}
	if u, ok := webURL(ex.Source.URL, limitEmbedURL); ok {
		emb.URL = u
	}
	return emb
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
