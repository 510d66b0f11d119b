package bot

import (
	"regexp"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

var mentionPattern = regexp.MustCompile(`<@!?\d+>`)

// onMessage answers a message that mentions the bot, and every message in a
// Q&A channel, with a reply that references it.
func (b *Bot) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	if b.closing.Load() || m.Author == nil || m.Author.Bot || s.State.User == nil || m.Author.ID == s.State.User.ID {
		return
	}
	mentioned := false
	for _, u := range m.Mentions {
		if u.ID == s.State.User.ID {
			mentioned = true
		}
	}
	if !mentioned && !b.qaChannels[m.ChannelID] {
		return
	}
	b.inFlight.Add(1)
	defer b.inFlight.Done()
	began := time.Now()
	question := strings.TrimSpace(mentionPattern.ReplaceAllString(m.Content, " "))
	lang := ""
	reply := func(send *discordgo.MessageSend) {
		send.Reference = &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID}
		send.AllowedMentions = noMentions()
		if _, err := s.ChannelMessageSendComplex(m.ChannelID, send); err != nil {
			b.log.Error("reply to message", "channel", m.ChannelID, "err", err)
		}
	}
	if question == "" {
		if mentioned {
			reply(&discordgo.MessageSend{Content: b.text("de", "discord_empty_mention", nil)})
		}
		return
	}
	if ok, _ := b.limiter.allow(m.Author.ID); !ok {
		b.metrics.questions.WithLabelValues("message", "rate_limited").Inc()
		s.MessageReactionAdd(m.ChannelID, m.ID, "⏳")
		return
	}
	r := <-b.answerAsync(question, lang)
	if r.err != nil {
		b.metrics.questions.WithLabelValues("message", "failed").Inc()
		b.log.Error("answer failed", "message", m.ID, "err", r.err)
		reply(&discordgo.MessageSend{Content: b.questionError("de", r.err)})
		return
	}
	reply(&discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{b.answerEmbed(r.answer)}, Components: b.answerComponents(r.answer)})
	b.observe("message", r.answer, began)
}
