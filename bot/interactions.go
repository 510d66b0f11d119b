package bot

import (
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// onInteraction routes every interaction: commands, button presses and
// modal submissions. While the bot shuts down, each gets a private "try
// again in a moment" instead of silence.
func (b *Bot) onInteraction(_ *discordgo.Session, i *discordgo.InteractionCreate) {
	closing := b.inFlight.begin()
	defer b.inFlight.end()
	if closing {
		b.refuseWhileClosing(i)
		return
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		switch name := i.ApplicationCommandData().Name; name {
		case cmdAsk:
			b.handleAsk(i)
		case cmdSources:
			b.handleSources(i, 0)
		case cmdTimeline:
			b.handleTimeline(i)
		case cmdCheck:
			b.handleCheck(i)
		case cmdReindex:
			b.handleReindex(i)
		case cmdFeedback:
			b.handleFeedbackReport(i, 0)
		case cmdSource:
			if b.sources != nil {
				b.handleSource(i)
			}
		default:
			b.log.Warn("unknown command", "name", name)
		}
	case discordgo.InteractionMessageComponent:
		id := i.MessageComponentData().CustomID
		switch {
		case strings.HasPrefix(id, timelinePrefix):
			b.pageTimeline(i)
		case strings.HasPrefix(id, passagesPrefix):
			b.openPassages(i)
		case strings.HasPrefix(id, passagesPagePrefix):
			b.pagePassages(i)
		case strings.HasPrefix(id, votePrefix), strings.HasPrefix(id, voteAgainPrefix):
			b.handleVote(i)
		case strings.HasPrefix(id, sourcesPrefix):
			b.pageSources(i)
		case strings.HasPrefix(id, feedbackReportPrefix):
			b.pageFeedbackReport(i)
		case strings.HasPrefix(id, sourceListPrefix) && b.sources != nil:
			b.pageSourceList(i)
		case strings.HasPrefix(id, sourceLogPrefix) && b.sources != nil:
			b.pageSourceLog(i)
		default:
			b.log.Warn("unknown button", "custom_id", id)
		}
	case discordgo.InteractionApplicationCommandAutocomplete:
		if i.ApplicationCommandData().Name == cmdSource {
			b.autocompleteSource(i)
		}
	case discordgo.InteractionModalSubmit:
		if strings.HasPrefix(i.ModalSubmitData().CustomID, reasonModalPrefix) {
			b.handleReason(i)
		}
	}
}

// refuseWhileClosing tells a member the bot is restarting.
func (b *Bot) refuseWhileClosing(i *discordgo.InteractionCreate) {
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		return
	}
	b.respondPrivately(i, b.text(interactionLanguage(i), "discord_restarting", nil))
}

// user is who sent an interaction, in a guild or a DM.
func user(i *discordgo.InteractionCreate) *discordgo.User {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	if i.User != nil {
		return i.User
	}
	return &discordgo.User{}
}

// interactionLanguage is the framing language for an interaction: the
// client's locale when German or English, else German.
func interactionLanguage(i *discordgo.InteractionCreate) string {
	if l := localeLanguage(i.Locale); l != "" {
		return l
	}
	return "de"
}

// respond answers an interaction; no message the bot sends can ping.
func (b *Bot) respond(i *discordgo.InteractionCreate, kind discordgo.InteractionResponseType, data *discordgo.InteractionResponseData) error {
	if data != nil {
		data.AllowedMentions = noMentions()
	}
	err := b.session.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: kind, Data: data})
	if err != nil {
		b.log.Error("interaction response", "interaction", i.ID, "type", int(kind), "err", err)
	}
	return err
}

// respondPrivately answers with a message only the member sees.
func (b *Bot) respondPrivately(i *discordgo.InteractionCreate, content string) error {
	return b.respond(i, discordgo.InteractionResponseChannelMessageWithSource, &discordgo.InteractionResponseData{
		Content: truncate(content, limitContent), Flags: discordgo.MessageFlagsEphemeral,
	})
}

func (b *Bot) editOriginal(i *discordgo.InteractionCreate, edit *discordgo.WebhookEdit) error {
	edit.AllowedMentions = noMentions()
	_, err := b.session.InteractionResponseEdit(i.Interaction, edit)
	if err != nil {
		b.log.Error("edit interaction response", "interaction", i.ID, "err", err)
	}
	return err
}

// reply is what an interaction is answered with.
type reply struct {
	content    string
	embeds     []*discordgo.MessageEmbed
	components []discordgo.MessageComponent
	files      []*discordgo.File
	// private replies go to the member alone even where the interaction is
	// answered for everyone: errors, refusals, "nothing found".
	private bool
}

func privateReply(content string) reply {
	return reply{content: truncate(content, limitContent), private: true}
}

func (r reply) data(flags discordgo.MessageFlags) *discordgo.InteractionResponseData {
	return &discordgo.InteractionResponseData{Content: r.content, Embeds: r.embeds, Components: r.components, Files: r.files, Flags: flags}
}

// delivery says how an interaction is answered.
type delivery struct {
	// ephemeral answers only the member; else everyone in the channel
	// sees the answer (private replies aside).
	ephemeral bool
	// update turns the message a pressed button is on, instead of
	// answering with a new one.
	update bool
	// deferred says the interaction was acknowledged with a deferral
	// already (deferNow): the reply is edited in.
	deferred bool
}

// deferNow acknowledges an interaction at once with a deferral, before the
// work on it starts to take CPU from acknowledging others; deliver then
// edits the reply in (delivery.deferred).
func (b *Bot) deferNow(i *discordgo.InteractionCreate, ephemeral bool) error {
	var flags discordgo.MessageFlags
	if ephemeral {
		flags = discordgo.MessageFlagsEphemeral
	}
	return b.respond(i, discordgo.InteractionResponseDeferredChannelMessageWithSource, &discordgo.InteractionResponseData{Flags: flags})
}

// deliver answers i with the reply result will carry: in the first
// response when it comes within the answer budget, else acknowledged first
// (deferred, within Discord's three seconds) and then edited in. A private
// reply never becomes public: after a public deferral its "thinking…"
// message is deleted and the reply follows privately. deliver reports
// whether the reply was delivered as an answer for the channel (not
// private, no error).
func (b *Bot) deliver(i *discordgo.InteractionCreate, how delivery, result <-chan reply) bool {
	var flags discordgo.MessageFlags
	if how.ephemeral {
		flags = discordgo.MessageFlagsEphemeral
	}
	// Whether the message the answer goes to is seen by others.
	public := how.update && i.Message != nil && i.Message.Flags&discordgo.MessageFlagsEphemeral == 0 || !how.update && !how.ephemeral
	if !how.deferred {
		budget := time.NewTimer(b.cfg.AnswerBudget)
		defer budget.Stop()
		select {
		case r := <-result:
			if r.private && public {
				b.respond(i, discordgo.InteractionResponseChannelMessageWithSource, r.data(discordgo.MessageFlagsEphemeral))
				return false
			}
			kind := discordgo.InteractionResponseChannelMessageWithSource
			if how.update {
				kind, flags = discordgo.InteractionResponseUpdateMessage, 0
			}
			return b.respond(i, kind, r.data(flags)) == nil && !r.private
		case <-budget.C:
		}
	}
	if !how.deferred {
		kind := discordgo.InteractionResponseDeferredChannelMessageWithSource
		if how.update {
			kind, flags = discordgo.InteractionResponseDeferredMessageUpdate, 0
		}
		if err := b.respond(i, kind, &discordgo.InteractionResponseData{Flags: flags}); err != nil {
			return false // result is buffered: its producer does not wait
		}
	}
	r := <-result
	if r.private && public {
		if !how.update {
			if err := b.session.InteractionResponseDelete(i.Interaction); err != nil {
				b.log.Error("delete the deferred response", "interaction", i.ID, "err", err)
			}
		}
		_, err := b.session.FollowupMessageCreate(i.Interaction, false, &discordgo.WebhookParams{
			Content: r.content, Embeds: r.embeds, Components: r.components, Files: r.files,
			Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions(),
		})
		if err != nil {
			b.log.Error("private follow-up", "interaction", i.ID, "err", err)
		}
		return false
	}
	edit := &discordgo.WebhookEdit{Content: &r.content, Files: r.files}
	if r.embeds != nil || !how.update {
		embeds := r.embeds
		if embeds == nil {
			embeds = []*discordgo.MessageEmbed{}
		}
		edit.Embeds = &embeds
	}
	if r.components != nil {
		edit.Components = &r.components
	}
	return b.editOriginal(i, edit) == nil && !r.private
}

// ownsMessage reports whether the member pressing a button is the one the
// message was made for: its asker, or anyone for an ephemeral message,
// which only its asker sees.
func ownsMessage(i *discordgo.InteractionCreate) bool {
	m := i.Message
	switch {
	case m == nil:
		return false
	case m.Flags&discordgo.MessageFlagsEphemeral != 0:
		return true
	case m.InteractionMetadata != nil && m.InteractionMetadata.User != nil:
		return m.InteractionMetadata.User.ID == user(i).ID
	case m.Interaction != nil && m.Interaction.User != nil:
		return m.Interaction.User.ID == user(i).ID
	}
	return false
}

// pagedDelivery is how a page button is answered: the member who asked
// for the message turns its page; anyone else gets their own private copy
// at that page.
func pagedDelivery(i *discordgo.InteractionCreate) delivery {
	if ownsMessage(i) {
		return delivery{update: true}
	}
	return delivery{ephemeral: true}
}
