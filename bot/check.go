package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/retrieval"
)

// handleCheck answers the message command "Ask Quellen about this
// message": the message's claim checked against the sources, with the
// quotes that support it and those that state another figure or date, or
// that the sources say nothing on it. The check is answered for the
// channel, like /ask; failures go to the member alone.
func (b *Bot) handleCheck(i *discordgo.InteractionCreate) {
	began := time.Now()
	lang := interactionLanguage(i)
	data := i.ApplicationCommandData()
	var target *discordgo.Message
	if data.Resolved != nil {
		target = data.Resolved.Messages[data.TargetID]
	}
	claim := ""
	if target != nil {
		claim = strings.TrimSpace(mentionPattern.ReplaceAllString(target.Content, " "))
	}
	if claim == "" {
		b.respondPrivately(i, b.text(lang, "discord_check_no_text", nil))
		return
	}
	if ok, wait := b.limiter.allow(user(i).ID); !ok {
		b.metrics.questions.WithLabelValues("check", "rate_limited").Inc()
		b.respondPrivately(i, b.rateLimited(lang, wait))
		return
	}
	out := make(chan reply, 1)
	b.inFlight.begin()
	go func() {
		defer b.inFlight.end()
		if !b.takeSlot() {
			out <- privateReply(b.questionError(lang, errBusy))
			return
		}
		defer func() { <-b.slots }()
		ctx, cancel := context.WithTimeout(b.work, answerTimeout)
		defer cancel()
		res, err := b.answerer.Check(ctx, retrieval.Claim{Text: claim, Language: localeLanguage(i.Locale)})
		if err != nil {
			b.log.Error("check failed", "interaction", i.ID, "err", err)
			b.metrics.questions.WithLabelValues("check", "failed").Inc()
			out <- privateReply(b.questionError(lang, err))
			return
		}
		b.metrics.questions.WithLabelValues("check", string(res.Verdict)).Inc()
		b.metrics.latency.WithLabelValues("check").Observe(time.Since(began).Seconds())
		out <- b.checkReply(i, target, res)
	}()
	if b.deliver(i, delivery{}, out) {
		b.remember(i.ID, i.ChannelID, claim)
	}
}

// checkReply renders a claim check: the verdict, the claim as written
// (linked to its message), the supporting and the contradicting quotes,
// and the sources as link buttons.
func (b *Bot) checkReply(i *discordgo.InteractionCreate, target *discordgo.Message, res *retrieval.CheckResult) reply {
	lang := res.Language
	emb := &discordgo.MessageEmbed{
		Title:       truncate(b.text(lang, "discord_check_title", string(res.Verdict)), limitTitle),
		Description: truncate(quoteText(res.Claim, 600)+"\n\n"+escapeMarkdown(res.Text), limitDescription),
		Footer:      &discordgo.MessageEmbedFooter{Text: truncate(b.text(lang, "discord_footer", res.IndexVersion), limitFooter)},
		Color:       verdictColour(res.Verdict),
	}
	if u, ok := webURL(messageLink(i.GuildID, target.ChannelID, target.ID), limitEmbedURL); ok {
		emb.URL = u
	}
	for _, part := range []struct {
		heading string
		cites   []retrieval.Citation
	}{
		{b.text(lang, "discord_check_supporting", nil), res.Supporting},
		{b.text(lang, "discord_check_contradicting", nil), res.Contradicting},
	} {
		if len(part.cites) == 0 {
			continue
		}
		var lines []string
		budget := max(limitFieldValue/len(part.cites)-4, 60)
		for _, c := range part.cites {
			source := fmt.Sprintf(" [%d] %s, %s", c.N, metaText(truncate(c.Title, 60)), describe(lang, c, b.templates))
			lines = append(lines, quoteText(c.Quote, max(budget-len([]rune(source)), 40))+source)
		}
		emb.Fields = append(emb.Fields, &discordgo.MessageEmbedField{
			Name: truncate(part.heading, limitFieldName), Value: truncate(strings.Join(lines, "\n"), limitFieldValue),
		})
	}
	r := reply{embeds: []*discordgo.MessageEmbed{emb}}
	all := append(append([]retrieval.Citation{}, res.Supporting...), res.Contradicting...)
	if links := sourceLinks(all); len(links.Components) > 0 {
		r.components = []discordgo.MessageComponent{links}
	}
	return r
}

func verdictColour(v retrieval.Verdict) int {
	switch v {
	case retrieval.Supported:
		return 0x2f855a
	case retrieval.Contradicted:
		return 0xc53030
	case retrieval.Disputed:
		return 0xd69e2e
	}
	return 0x718096
}

// messageLink is a message's address in the Discord client.
func messageLink(guildID, channelID, messageID string) string {
	if guildID == "" {
		guildID = "@me"
	}
	return "https://discord.com/channels/" + guildID + "/" + channelID + "/" + messageID
}
