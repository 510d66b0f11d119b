package bot

import (
	"context"
	"errors"
	"net/http"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/retrieval"
)

var mentionPattern = regexp.MustCompile(`<@!?\d+>`)

// incoming is a message the bot answers, with what it needs to know about
// where it came from.
type incoming struct {
	msg      *discordgo.MessageCreate
	channel  *discordgo.Channel // where it was posted: a channel, thread, forum post or DM
	parent   *discordgo.Channel // a thread's channel or forum; nil otherwise
	question string
	previous string // the conversation it follows up on, or ""
	// newThread answers in a thread of its own (the channel's thread mode).
	newThread bool
}

// onMessage answers a message that is a question for the bot: every DM,
// a message that mentions it, every message of a Q&A channel and of its
// threads and forum posts, a reply to one of its answers, a message in a
// thread it answered in (these two are follow-ups, answered with the
// earlier question as context), and in a thread-mode channel each
// question in a thread of its own.
func (b *Bot) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	if m.Author == nil || m.Author.Bot || s.State.User == nil || m.Author.ID == s.State.User.ID {
		return
	}
	closing := b.inFlight.begin()
	defer b.inFlight.end()
	ctx, cancel := context.WithTimeout(b.work, storeTimeout)
	in, explicit := b.classify(ctx, s.State.User.ID, m)
	cancel()
	if in == nil {
		return
	}
	send := func(content string) {
		b.sendReply(in, in.channel, &discordgo.MessageSend{Content: content}, discordgo.PermissionAll)
	}
	switch {
	case closing:
		send(b.text("de", "discord_restarting", nil))
	case in.question == "":
		if explicit {
			send(b.text("de", "discord_empty_mention", nil))
		}
	default:
		b.answerMessage(in)
	}
}

// classify decides whether a message is a question for the bot; explicit
// says whether it names the bot (not only pings it by replying).
func (b *Bot) classify(ctx context.Context, botID string, m *discordgo.MessageCreate) (in *incoming, explicit bool) {
	explicit = strings.Contains(m.Content, "<@"+botID+">") || strings.Contains(m.Content, "<@!"+botID+">")
	in = &incoming{msg: m, question: strings.TrimSpace(mentionPattern.ReplaceAllString(m.Content, " "))}
	if m.GuildID == "" {
		in.channel = &discordgo.Channel{ID: m.ChannelID, Type: discordgo.ChannelTypeDM}
	} else {
		ch, err := b.channel(m.ChannelID)
		if err != nil {
			b.log.Warn("message in an unknown channel", "channel", m.ChannelID, "err", err)
			ch = &discordgo.Channel{ID: m.ChannelID, GuildID: m.GuildID, Type: discordgo.ChannelTypeGuildText}
		}
		in.channel = ch
		if ch.IsThread() && ch.ParentID != "" {
			if parent, err := b.channel(ch.ParentID); err == nil {
				in.parent = parent
			}
		}
	}
	dm := m.GuildID == ""
	if in.question == "" && !explicit && !dm && !(in.parent != nil && m.ID == in.channel.ID) {
		// Without the Message Content intent Discord blanks what others
		// write: nothing to answer, and nothing to look up.
		return nil, false
	}
	qa := b.qaChannels[in.channel.ID] || in.parent != nil && b.qaChannels[in.parent.ID]

	// A follow-up: a reply to one of the bot's answers, or a message in a
	// thread the bot answered in.
	if ref := m.ReferencedMessage; m.MessageReference != nil && ref != nil && ref.Author != nil && ref.Author.ID == botID {
		in.previous = b.repliedQuestion(ctx, ref)
	}
	followsThread := false
	if in.previous == "" && in.channel.IsThread() {
		if q, ok, err := b.memory.LastQuestionIn(ctx, in.channel.ID); err != nil {
			b.log.Error("read the thread's last question", "err", err)
		} else if ok {
			in.previous, followsThread = q.Question, true
		}
	}
	in.newThread = !dm && !in.channel.IsThread() && b.threadChannels[in.channel.ID]

	if !(dm || explicit || qa || in.previous != "" || followsThread || in.newThread) {
		return nil, false
	}
	// A new forum post: its title belongs to the question.
	if in.parent != nil && in.parent.Type == discordgo.ChannelTypeGuildForum && m.ID == in.channel.ID && in.channel.Name != "" &&
		!strings.Contains(strings.ToLower(in.question), strings.ToLower(in.channel.Name)) {
		in.question = strings.TrimSpace(in.channel.Name + "\n" + in.question)
	}
	return in, explicit
}

// repliedQuestion is the conversation an answer of the bot was about: as
// remembered under its message or interaction, else its embed's title.
func (b *Bot) repliedQuestion(ctx context.Context, ref *discordgo.Message) string {
	keys := []string{ref.ID}
	if ref.InteractionMetadata != nil {
		keys = append(keys, ref.InteractionMetadata.ID)
	}
	if ref.MessageReference != nil {
		keys = append(keys, ref.MessageReference.MessageID) // the question it replied to
	}
	q, ok, err := b.memory.AnsweredQuestion(ctx, keys...)
	if err != nil {
		b.log.Error("read the answered question", "err", err)
	}
	if ok {
		return q.Question
	}
	// An answer from before the bot kept its questions: its title is the question.
	if len(ref.Embeds) > 0 && ref.Embeds[0].Title != "" && isAnswer(ref) {
		return unescapeMarkdown(ref.Embeds[0].Title)
	}
	return ""
}

// isAnswer reports whether a message of the bot is an answer: it carries
// the vote buttons.
func isAnswer(m *discordgo.Message) bool {
	for _, row := range m.Components {
		if r, ok := row.(*discordgo.ActionsRow); ok {
			for _, c := range r.Components {
				if btn, ok := c.(*discordgo.Button); ok && strings.HasPrefix(btn.CustomID, votePrefix) {
					return true
				}
			}
		}
	}
	return false
}

// conversation is what a follow-up of an answer takes as its previous
// question: the question with the ones it followed up on before it, the
// newest last, bounded to the latest maxConversationRunes characters.
func conversation(previous, question string) string {
	c := strings.TrimSpace(previous + "\n" + question)
	if n := utf8.RuneCountInString(c); n > maxConversationRunes {
		c = string([]rune(c)[n-maxConversationRunes:])
	}
	return c
}

const maxConversationRunes = 600

// channel finds a channel in the gateway's state, or asks the API.
func (b *Bot) channel(id string) (*discordgo.Channel, error) {
	if ch, err := b.session.State.Channel(id); err == nil {
		return ch, nil
	}
	ch, err := b.session.Channel(id)
	if err == nil && ch.GuildID != "" {
		b.session.State.ChannelAdd(ch)
	}
	return ch, err
}

// answerMessage answers a message question with a reply to it; in a
// thread-mode channel it opens a thread on the question and answers there.
func (b *Bot) answerMessage(in *incoming) {
	began := time.Now()
	m := in.msg
	if ok, _ := b.limiter.allow(m.Author.ID); !ok {
		b.metrics.questions.WithLabelValues("message", "rate_limited").Inc()
		if err := b.session.MessageReactionAdd(m.ChannelID, m.ID, "⏳"); err != nil {
			b.log.Warn("react to a rate-limited question", "err", err)
		}
		return
	}
	r := <-b.answerAsync(retrieval.Question{Text: in.question, Previous: in.previous})
	if r.err != nil {
		b.metrics.questions.WithLabelValues("message", "failed").Inc()
		b.log.Error("answer failed", "message", m.ID, "err", r.err)
		b.sendReply(in, in.channel, &discordgo.MessageSend{Content: b.questionError("de", r.err)}, discordgo.PermissionAll)
		return
	}
	b.observe("message", r.answer, began, m.GuildID)

	where := in.channel
	if in.newThread {
		if th, err := b.openThread(in); err == nil {
			where = th
		}
	}
	perms := b.channelPermissions(where, in)
	rep := b.answerReply(r.answer, perms)
	// The conversation is remembered before the answer is posted, so that
	// a follow-up, which can only come after it, finds it: under the
	// question's id (an answer refers to its question) for replies, under
	// the channel for threads, and then under the answer's own id.
	talk := conversation(in.previous, in.question)
	b.remember(m.ID, where.ID, talk)
	sent := b.sendReply(in, where, &discordgo.MessageSend{Content: rep.content, Embeds: rep.embeds, Components: rep.components}, perms)
	if sent != nil {
		b.remember(sent.ID, sent.ChannelID, talk)
	}
}

// openThread opens a public thread on the question for its answer.
func (b *Bot) openThread(in *incoming) (*discordgo.Channel, error) {
	name := plainLabel(in.question, 100)
	th, err := b.session.MessageThreadStartComplex(in.msg.ChannelID, in.msg.ID, &discordgo.ThreadStart{Name: name, AutoArchiveDuration: 1440})
	if err != nil {
		b.warned.warn(b.log, "thread:"+in.msg.ChannelID, "cannot open threads in a thread-mode channel (Create Public Threads?); answering in the channel",
			"channel", in.msg.ChannelID, "err", err)
		return nil, err
	}
	if th.ParentID == "" {
		th.ParentID = in.msg.ChannelID
	}
	return th, nil
}

// channelPermissions is what the bot may do in a channel, from the
// gateway's state: in a thread, its parent's permissions, with Send
// Messages in Threads standing for Send Messages. Unknown permissions count
// as granted: the API's answer then decides.
func (b *Bot) channelPermissions(ch *discordgo.Channel, in *incoming) int64 {
	if ch.GuildID == "" && ch.Type == discordgo.ChannelTypeDM || in.msg.GuildID == "" {
		return discordgo.PermissionAll
	}
	base := ch.ID
	if ch.IsThread() && ch.ParentID != "" {
		base = ch.ParentID
	}
	perms, err := b.session.State.UserChannelPermissions(b.session.State.User.ID, base)
	if err != nil {
		return discordgo.PermissionAll
	}
	if ch.IsThread() {
		perms &^= discordgo.PermissionSendMessages
		if perms&discordgo.PermissionSendMessagesInThreads != 0 {
			perms |= discordgo.PermissionSendMessages
		}
	}
	return perms
}

// sendReply posts a reply to the question message in where (the
// question's channel or the thread opened for it). Where the bot may not
// post, it tells the asker privately, in a DM, and logs it once per
// channel; without Read Message History it posts without the reply's
// reference. A reply never fails because the question was deleted
// meanwhile. It returns the message sent in where, or nil.
func (b *Bot) sendReply(in *incoming, where *discordgo.Channel, send *discordgo.MessageSend, perms int64) *discordgo.Message {
	m := in.msg
	send.AllowedMentions = noMentions()
	if perms&discordgo.PermissionViewChannel == 0 || perms&discordgo.PermissionSendMessages == 0 {
		b.warned.warn(b.log, "send:"+where.ID, "may not post in a channel where a question came from; answering by DM", "channel", where.ID)
		b.replyByDM(in, send)
		return nil
	}
	if perms&discordgo.PermissionEmbedLinks == 0 {
		b.warned.warn(b.log, "embed:"+where.ID, "may not embed in a channel; answering in plain text", "channel", where.ID)
	}
	if where.ID == m.ChannelID {
		if perms&discordgo.PermissionReadMessageHistory != 0 {
			keep := false
			send.Reference = &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &keep}
		} else {
			b.warned.warn(b.log, "history:"+where.ID, "may not read the message history of a channel; answering without a reply reference", "channel", where.ID)
		}
	}
	sent, err := b.session.ChannelMessageSendComplex(where.ID, send)
	if err == nil {
		return sent
	}
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusForbidden {
		b.warned.warn(b.log, "send:"+where.ID, "Discord refused a reply for missing permissions; answering by DM", "channel", where.ID, "err", err)
		send.Reference = nil
		b.replyByDM(in, send)
		return nil
	}
	b.log.Error("reply to message", "channel", where.ID, "err", err)
	return nil
}

// replyByDM sends the asker the reply in a DM, saying why it is not in the
// channel.
func (b *Bot) replyByDM(in *incoming, send *discordgo.MessageSend) {
	note := b.text("de", "discord_cannot_post", map[string]string{"Channel": in.msg.ChannelID})
	dm := &discordgo.MessageSend{Content: truncate(note+"\n"+send.Content, limitContent), Embeds: send.Embeds, Components: send.Components}
	if err := b.sendDM(in.msg.Author.ID, dm); err != nil {
		b.log.Error("answer by DM", "user", in.msg.Author.ID, "err", err)
	}
}

// unescapeMarkdown undoes escapeMarkdown.
func unescapeMarkdown(s string) string {
	s = strings.ReplaceAll(s, "@\u200b", "@")
	var b strings.Builder
	escaped := false
	for _, r := range s {
		if r == '\\' && !escaped {
			escaped = true
			continue
		}
		escaped = false
		b.WriteRune(r)
	}
	return b.String()
}
