package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/retrieval/manage"
	"github.com/quellen/quellen/store"
)

// Custom ids of the feedback buttons and modal.
const (
	votePrefix           = "fb:"  // on an answer: "fb:1" 👍, "fb:0" 👎
	voteAgainPrefix      = "fbv:" // in the private vote view: "fbv:1:ANSWER"
	reasonModalPrefix    = "fbm:" // the "what was wrong?" modal: "fbm:ANSWER"
	feedbackReportPrefix = "fbk:" // /feedback pages: "fbk:DAYS:PAGE"
	reasonInput          = "reason"
	maxReasonRunes       = 500
	// Discord's limits on a modal's title and a text input's label and placeholder.
	limitModalTitle  = 45
	limitInputLabel  = 45
	limitPlaceholder = 100

	maxFeedbackDays     = 365.0
	defaultFeedbackDays = 30
	feedbackPerPage     = 5
)

// voteButtons are 👍 and 👎; the member's own vote, if given, is
// highlighted. prefix votePrefix gives the answer's buttons, whose answer
// is the message they are on; voteAgainPrefix names the answer.
func voteButtons(prefix, answerID string, chosen *bool) []discordgo.MessageComponent {
	id := func(helpful bool) string {
		v := "0"
		if helpful {
			v = "1"
		}
		if prefix == voteAgainPrefix {
			return prefix + v + ":" + answerID
		}
		return prefix + v
	}
	up, down := discordgo.SecondaryButton, discordgo.SecondaryButton
	if chosen != nil && *chosen {
		up = discordgo.SuccessButton
	}
	if chosen != nil && !*chosen {
		down = discordgo.DangerButton
	}
	return []discordgo.MessageComponent{
		discordgo.Button{Emoji: &discordgo.ComponentEmoji{Name: "👍"}, Style: up, CustomID: id(true)},
		discordgo.Button{Emoji: &discordgo.ComponentEmoji{Name: "👎"}, Style: down, CustomID: id(false)},
	}
}

// parseVote reads a vote button: whether it is 👍 and which answer it is
// about.
func parseVote(i *discordgo.InteractionCreate) (helpful bool, answerID string, ok bool) {
	id := i.MessageComponentData().CustomID
	if rest, found := strings.CutPrefix(id, voteAgainPrefix); found {
		v, answer, found := strings.Cut(rest, ":")
		return v == "1", answer, found && answer != "" && (v == "1" || v == "0")
	}
	v := strings.TrimPrefix(id, votePrefix)
	if i.Message == nil || v != "1" && v != "0" {
		return false, "", false
	}
	return v == "1", i.Message.ID, true
}

// handleVote stores a member's 👍 or 👎, one per member and answer: a
// second press changes it. 👎 asks what was wrong in a modal; 👍 shows the
// vote, on the private answer itself or in a private view under a public
// one, where it can be changed.
func (b *Bot) handleVote(i *discordgo.InteractionCreate) {
	lang := interactionLanguage(i)
	helpful, answerID, ok := parseVote(i)
	if !ok {
		b.log.Warn("bad vote button", "custom_id", i.MessageComponentData().CustomID)
		b.respondPrivately(i, b.text(lang, "discord_error", nil))
		return
	}
	ctx, cancel := context.WithTimeout(b.work, storeTimeout)
	defer cancel()
	v := store.Vote{AnswerID: answerID, UserID: user(i).ID, Helpful: helpful, GuildID: i.GuildID, At: time.Now()}
	if strings.HasPrefix(i.MessageComponentData().CustomID, votePrefix) {
		v.Question, v.Answer = b.answerText(ctx, i.Message)
	}
	if version, err := b.answerer.IndexVersion(ctx); err == nil {
		v.IndexVersion = version
	}
	if _, err := b.memory.RecordVote(ctx, v); err != nil {
		b.log.Error("record vote", "err", err)
		b.respondPrivately(i, b.text(lang, "discord_error", nil))
		return
	}
	if !helpful {
		b.askReason(i, lang, answerID)
		return
	}
	b.showVote(i, lang, answerID, true, "")
}

// answerText is the question and answer of an answer message, for a vote:
// the question as remembered (as asked), else the embed's title.
func (b *Bot) answerText(ctx context.Context, m *discordgo.Message) (question, answer string) {
	if m == nil {
		return "", ""
	}
	if len(m.Embeds) > 0 {
		question, answer = m.Embeds[0].Title, m.Embeds[0].Description
	} else {
		answer = m.Content
	}
	keys := []string{m.ID}
	if m.InteractionMetadata != nil {
		keys = append(keys, m.InteractionMetadata.ID)
	}
	if q, ok, err := b.memory.AnsweredQuestion(ctx, keys...); err == nil && ok {
		question = q.Question
	}
	return question, answer
}

// askReason opens the "what was wrong?" modal for a 👎.
func (b *Bot) askReason(i *discordgo.InteractionCreate, lang, answerID string) {
	err := b.session.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseModal,
		Data: &discordgo.InteractionResponseData{
			CustomID: reasonModalPrefix + answerID,
			Title:    truncate(b.text(lang, "discord_reason_title", nil), limitModalTitle),
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.TextInput{
					CustomID: reasonInput, Style: discordgo.TextInputParagraph, Required: false, MaxLength: maxReasonRunes,
					Label:       truncate(b.text(lang, "discord_reason_label", nil), limitInputLabel),
					Placeholder: truncate(b.text(lang, "discord_reason_placeholder", nil), limitPlaceholder),
				},
			}}},
		},
	})
	if err != nil {
		b.log.Error("open reason modal", "interaction", i.ID, "err", err)
	}
}

// handleReason stores what a member said was wrong with an answer.
func (b *Bot) handleReason(i *discordgo.InteractionCreate) {
	lang := interactionLanguage(i)
	data := i.ModalSubmitData()
	answerID := strings.TrimPrefix(data.CustomID, reasonModalPrefix)
	reason := ""
	for _, row := range data.Components {
		r, ok := row.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, c := range r.Components {
			if in, ok := c.(*discordgo.TextInput); ok && in.CustomID == reasonInput {
				reason = strings.TrimSpace(in.Value)
			}
		}
	}
	if utf8.RuneCountInString(reason) > maxReasonRunes {
		reason = truncate(reason, maxReasonRunes)
	}
	ctx, cancel := context.WithTimeout(b.work, storeTimeout)
	defer cancel()
	if err := b.memory.SetVoteReason(ctx, answerID, user(i).ID, reason); err != nil {
		b.log.Error("record vote reason", "err", err)
		b.respondPrivately(i, b.text(lang, "discord_error", nil))
		return
	}
	b.showVote(i, lang, answerID, false, reason)
}

// showVote shows a member their vote: a private message is updated in
// place (the private answer, or the vote view), a public answer gets a
// private vote view beneath it.
func (b *Bot) showVote(i *discordgo.InteractionCreate, lang, answerID string, helpful bool, reason string) {
	content := b.text(lang, "discord_vote_saved", map[string]any{"Helpful": helpful, "Reason": escapeMarkdown(reason)})
	if i.Message != nil && i.Message.Flags&discordgo.MessageFlagsEphemeral != 0 {
		// An update replaces the message: what stays is sent again.
		data := &discordgo.InteractionResponseData{Content: i.Message.Content, Embeds: i.Message.Embeds,
			Components: markVote(i.Message.Components, helpful)}
		if isVoteView(i.Message) {
			data.Content = truncate(content, limitContent)
		}
		b.respond(i, discordgo.InteractionResponseUpdateMessage, data)
		return
	}
	b.respond(i, discordgo.InteractionResponseChannelMessageWithSource, &discordgo.InteractionResponseData{
		Content:    truncate(content, limitContent),
		Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: voteButtons(voteAgainPrefix, answerID, &helpful)}},
		Flags:      discordgo.MessageFlagsEphemeral,
	})
}

// isVoteView reports whether a message is the private vote view.
func isVoteView(m *discordgo.Message) bool {
	for _, row := range m.Components {
		if r, ok := row.(*discordgo.ActionsRow); ok {
			for _, c := range r.Components {
				if btn, ok := c.(*discordgo.Button); ok && strings.HasPrefix(btn.CustomID, voteAgainPrefix) {
					return true
				}
			}
		}
	}
	return false
}

// markVote returns a message's components with the vote buttons styled to
// show the member's vote.
func markVote(rows []discordgo.MessageComponent, helpful bool) []discordgo.MessageComponent {
	out := make([]discordgo.MessageComponent, 0, len(rows))
	for _, row := range rows {
		r, ok := row.(*discordgo.ActionsRow)
		if !ok {
			out = append(out, row)
			continue
		}
		next := discordgo.ActionsRow{}
		for _, c := range r.Components {
			btn, ok := c.(*discordgo.Button)
			if !ok {
				next.Components = append(next.Components, c)
				continue
			}
			marked := *btn
			if id := btn.CustomID; strings.HasPrefix(id, votePrefix) || strings.HasPrefix(id, voteAgainPrefix) {
				up := strings.HasPrefix(id, votePrefix+"1") || strings.HasPrefix(id, voteAgainPrefix+"1")
				switch {
				case up && helpful:
					marked.Style = discordgo.SuccessButton
				case !up && !helpful:
					marked.Style = discordgo.DangerButton
				default:
					marked.Style = discordgo.SecondaryButton
				}
			}
			next.Components = append(next.Components, marked)
		}
		out = append(out, next)
	}
	return out
}

// moderationAllowed checks that a moderation command comes from a
// moderator of the home guild; it refuses privately, and audits, anything
// else.
func (b *Bot) moderationAllowed(i *discordgo.InteractionCreate, action string) bool {
	lang := interactionLanguage(i)
	switch {
	case i.GuildID == "":
		b.audit(i, action, manage.OutcomeRefused, "direct message")
		b.respondPrivately(i, b.text(lang, "discord_guild_only", nil))
		return false
	case i.GuildID != b.cfg.HomeGuildID:
		b.audit(i, action, manage.OutcomeRefused, "not the home guild")
		b.respondPrivately(i, b.text(lang, "discord_home_only", nil))
		return false
	case !b.isModerator(i):
		b.audit(i, action, manage.OutcomeRefused, "not a moderator")
		b.respondPrivately(i, b.text(lang, "discord_moderators_only", nil))
		return false
	}
	return true
}

// handleFeedbackReport answers /feedback: for moderators of the home guild,
// privately, the recent 👎 with their reasons and the questions the
// sources could not answer, with counts, paged.
func (b *Bot) handleFeedbackReport(i *discordgo.InteractionCreate, page int) {
	if !b.moderationAllowed(i, cmdFeedback) {
		return
	}
	days := defaultFeedbackDays
	for _, o := range i.ApplicationCommandData().Options {
		if o.Name == "days" {
			days = int(o.IntValue())
		}
	}
	b.deliver(i, delivery{ephemeral: true}, b.feedbackReport(i, days, page))
}

// pageFeedbackReport turns the page of a /feedback view.
func (b *Bot) pageFeedbackReport(i *discordgo.InteractionCreate) {
	if !b.moderationAllowed(i, cmdFeedback) {
		return
	}
	daysText, pageText, _ := strings.Cut(strings.TrimPrefix(i.MessageComponentData().CustomID, feedbackReportPrefix), ":")
	days, err1 := strconv.Atoi(daysText)
	page, err2 := strconv.Atoi(pageText)
	if err1 != nil || err2 != nil || days < 1 || page < 0 {
		b.respondPrivately(i, b.text(interactionLanguage(i), "discord_error", nil))
		return
	}
	b.deliver(i, delivery{update: true}, b.feedbackReport(i, days, page))
}

func (b *Bot) feedbackReport(i *discordgo.InteractionCreate, days, page int) <-chan reply {
	lang := interactionLanguage(i)
	out := make(chan reply, 1)
	go func() {
		ctx, cancel := context.WithTimeout(b.work, storeTimeout)
		defer cancel()
		r, err := b.renderFeedbackReport(ctx, lang, days, page)
		if err != nil {
			b.log.Error("feedback report", "err", err)
			r = privateReply(b.text(lang, "discord_error", nil))
		}
		out <- r
	}()
	return out
}

func (b *Bot) renderFeedbackReport(ctx context.Context, lang string, days, page int) (reply, error) {
	since := time.Now().AddDate(0, 0, -days)
	counts, err := b.memory.CountFeedback(ctx, since)
	if err != nil {
		return reply{}, err
	}
	pages := max(1, (counts.Unhelpful+feedbackPerPage-1)/feedbackPerPage, (counts.DistinctDeclined+feedbackPerPage-1)/feedbackPerPage)
	page = min(max(page, 0), pages-1)
	votes, err := b.memory.UnhelpfulVotes(ctx, since, page*feedbackPerPage, feedbackPerPage)
	if err != nil {
		return reply{}, err
	}
	declined, err := b.memory.DeclinedQuestions(ctx, since, page*feedbackPerPage, feedbackPerPage)
	if err != nil {
		return reply{}, err
	}
	var down, missing []string
	for _, v := range votes {
		reason := b.text(lang, "discord_feedback_no_reason", nil)
		if v.Reason != "" {
			reason = "„" + escapeMarkdown(truncate(v.Reason, 120)) + "“"
		}
		down = append(down, fmt.Sprintf("• **%s** — %s (%s)", escapeMarkdown(truncate(v.Question, 80)), reason, v.At.Format("2006-01-02")))
	}
	for _, d := range declined {
		missing = append(missing, fmt.Sprintf("• %s — ×%d (%s)", escapeMarkdown(truncate(d.Question, 120)), d.Count, d.Last.Format("2006-01-02")))
	}
	none := b.text(lang, "discord_feedback_none", nil)
	field := func(name string, lines []string) *discordgo.MessageEmbedField {
		value := strings.Join(lines, "\n")
		if value == "" {
			value = none
		}
		return &discordgo.MessageEmbedField{Name: truncate(name, limitFieldName), Value: truncate(value, limitFieldValue)}
	}
	emb := &discordgo.MessageEmbed{
		Title:       truncate(b.text(lang, "discord_feedback_title", days), limitTitle),
		Description: b.text(lang, "discord_feedback_counts", counts),
		Fields: []*discordgo.MessageEmbedField{
			field(b.text(lang, "discord_feedback_unhelpful", nil), down),
			field(b.text(lang, "discord_feedback_declined", nil), missing),
		},
		Footer: &discordgo.MessageEmbedFooter{Text: b.text(lang, "discord_page", map[string]int{"Page": page + 1, "Pages": pages})},
		Color:  0x718096,
	}
	return reply{
		embeds:     []*discordgo.MessageEmbed{emb},
		components: b.pager(lang, page, pages, func(p int) string { return fmt.Sprintf("%s%d:%d", feedbackReportPrefix, days, p) }),
	}, nil
}
