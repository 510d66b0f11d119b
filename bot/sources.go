package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/retrieval"
)

const (
	sourcesPerPage = 10
	sourcesTimeout = 2 * time.Second
)

// handleSources answers /sources with the first page of the indexed
// sources.
func (b *Bot) handleSources(i *discordgo.InteractionCreate, page int) {
	b.deliver(i, delivery{}, b.sourcesPage(i, page))
}

// pageSources turns a /sources message to another page for the member
// who ran it, and gives anyone else a private copy at that page.
func (b *Bot) pageSources(i *discordgo.InteractionCreate) {
	page, err := strconv.Atoi(strings.TrimPrefix(i.MessageComponentData().CustomID, sourcesPrefix))
	if err != nil {
		b.log.Warn("bad sources button", "custom_id", i.MessageComponentData().CustomID)
		b.respondPrivately(i, b.text(interactionLanguage(i), "discord_error", nil))
		return
	}
	b.deliver(i, pagedDelivery(i), b.sourcesPage(i, page))
}

// sourcesPage renders one page of the sources: title, outlet, date, id and
// the address as plain text (never a masked link).
func (b *Bot) sourcesPage(i *discordgo.InteractionCreate, page int) <-chan reply {
	lang := interactionLanguage(i)
	out := make(chan reply, 1)
	go func() {
		ctx, cancel := context.WithTimeout(b.work, sourcesTimeout)
		defer cancel()
		sources, err := b.answerer.Sources(ctx)
		if err != nil {
			b.log.Error("list sources", "err", err)
			out <- privateReply(b.text(lang, "discord_error", nil))
			return
		}
		pages := max(1, (len(sources)+sourcesPerPage-1)/sourcesPerPage)
		page = min(max(page, 0), pages-1)
		var lines []string
		for _, s := range sources[page*sourcesPerPage : min(len(sources), (page+1)*sourcesPerPage)] {
			c := retrieval.Citation{Outlet: s.Outlet, Published: s.Published.Value, PublishedInferred: s.Published.Inferred}
			line := fmt.Sprintf("**%s**\n%s · `%s`", metaText(s.Title), describe(lang, c, b.templates), strings.ReplaceAll(s.ID, "`", "'"))
			if u, ok := webURL(s.URL, limitEmbedURL); ok {
				line += "\n" + linkText(u)
			}
			lines = append(lines, line)
		}
		out <- reply{
			embeds: []*discordgo.MessageEmbed{{
				Title:       b.text(lang, "discord_sources_title", len(sources)),
				Description: truncate(strings.Join(lines, "\n\n"), limitDescription),
				Footer:      &discordgo.MessageEmbedFooter{Text: b.text(lang, "discord_page", map[string]int{"Page": page + 1, "Pages": pages})},
			}},
			components: b.pager(lang, page, pages, func(p int) string { return sourcesPrefix + strconv.Itoa(p) }),
		}
	}()
	return out
}
