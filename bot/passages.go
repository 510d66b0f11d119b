package bot

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/retrieval"
)

// excerptTimeout bounds reading one passage with its context.
const excerptTimeout = 2 * time.Second

// openPassages answers "Show passages" on an answer with a new private,
// paged view of each quote in its context. The answer itself stays as it
// is, private or not.
func (b *Bot) openPassages(i *discordgo.InteractionCreate) {
	b.showPassages(i, delivery{ephemeral: true})
}

// pagePassages turns the page of a private passages view.
func (b *Bot) pagePassages(i *discordgo.InteractionCreate) {
	b.showPassages(i, delivery{update: true})
}

func (b *Bot) showPassages(i *discordgo.InteractionCreate, how delivery) {
	lang := interactionLanguage(i)
	id := i.MessageComponentData().CustomID
	page, ids, err := parsePassagesID(id)
	if err != nil {
		b.log.Warn("bad passages button", "err", err)
		b.respondPrivately(i, b.text(lang, "discord_error", nil))
		return
	}
	out := make(chan reply, 1)
	go func() {
		ctx, cancel := context.WithTimeout(b.work, excerptTimeout)
		defer cancel()
		ex, err := b.answerer.Excerpt(ctx, ids[page], 2)
		switch {
		case errors.Is(err, retrieval.ErrNotFound):
			out <- privateReply(b.text(lang, "discord_passage_gone", nil))
		case err != nil:
			b.log.Error("excerpt", "err", err)
			out <- privateReply(b.text(lang, "discord_error", nil))
		default:
			_, list, _ := cutPassagesList(id)
			out <- reply{
				embeds:     []*discordgo.MessageEmbed{b.excerptEmbed(lang, ex, page, len(ids))},
				components: b.pager(lang, page, len(ids), func(p int) string { return passagesID(passagesPagePrefix, p, list) }),
			}
		}
	}()
	b.deliver(i, how, out)
}

// cutPassagesList splits "psg:PAGE:LIST" into page text and id list.
func cutPassagesList(id string) (page, list string, ok bool) {
	for _, prefix := range []string{passagesPagePrefix, passagesPrefix} {
		if rest, found := strings.CutPrefix(id, prefix); found {
			return strings.Cut(rest, ":")
		}
	}
	return "", "", false
}
