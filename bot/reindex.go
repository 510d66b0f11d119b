package bot

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/manage"
	"github.com/quellen/quellen/store"
)

// reindexTimeout bounds a rebuild; it may outlast the interaction's token,
// and then its result goes to the channel.
const reindexTimeout = 30 * time.Minute

// isModerator decides on our side, from the interaction itself, whether
// the member may run moderator commands: Manage Server or a moderator role.
// default_member_permissions only hides the command; servers can change it.
func (b *Bot) isModerator(i *discordgo.InteractionCreate) bool {
	if i.Member == nil {
		return false
	}
	if i.Member.Permissions&discordgo.PermissionManageGuild != 0 || i.Member.Permissions&discordgo.PermissionAdministrator != 0 {
		return true
	}
	for _, r := range i.Member.Roles {
		if b.moderatorRoles[r] {
			return true
		}
	}
	return false
}

func (b *Bot) audit(i *discordgo.InteractionCreate, action, outcome, detail string) {
	ctx, cancel := context.WithTimeout(b.work, storeTimeout)
	defer cancel()
	err := b.memory.RecordAudit(ctx, store.AuditEntry{At: time.Now(), UserID: user(i).ID, GuildID: i.GuildID, Action: action, Outcome: outcome, Detail: detail})
	if err != nil {
		b.log.Error("record audit", "err", err)
	}
}

// handleReindex rebuilds the index for a moderator of the home guild. It
// defers at once and edits its progress in while the old index keeps
// answering. An interaction's token lives 15 minutes: a rebuild that runs
// longer says so while the token still works, and its result is then
// posted in the channel.
func (b *Bot) handleReindex(i *discordgo.InteractionCreate) {
	lang := interactionLanguage(i)
	if !b.moderationAllowed(i, cmdReindex) {
		return
	}
	if !b.reindexMu.TryLock() {
		b.audit(i, cmdReindex, manage.OutcomeBusy, "already running")
		b.respondPrivately(i, b.text(lang, "discord_reindex_running", nil))
		return
	}
	defer b.reindexMu.Unlock()
	received := time.Now()
	if err := b.respond(i, discordgo.InteractionResponseDeferredChannelMessageWithSource, &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}); err != nil {
		return
	}
	ctx, cancel := context.WithTimeout(b.work, reindexTimeout)
	defer cancel()

	var done, total atomic.Int64
	type outcome struct {
		report retrieval.IndexReport
		err    error
	}
	finished := make(chan outcome, 1)
	go func() {
		report, err := b.reindex(ctx, func(d, t int) { done.Store(int64(d)); total.Store(int64(t)) })
		finished <- outcome{report, err}
	}()

	// The token is used up to a margin before it expires.
	lastCall := received.Add(b.cfg.TokenLifetime - b.cfg.TokenLifetime/15)
	tick := time.NewTicker(b.cfg.ProgressEvery)
	defer tick.Stop()
	late := time.NewTimer(time.Until(lastCall))
	defer late.Stop()
	tokenValid := true
	var result outcome
wait:
	for {
		select {
		case result = <-finished:
			break wait
		case <-tick.C:
			if tokenValid && total.Load() > 0 {
				progress := b.text(lang, "discord_reindex_progress", map[string]any{"Done": done.Load(), "Total": total.Load(),
					"Minutes": int(time.Since(received).Minutes())})
				b.editOriginal(i, &discordgo.WebhookEdit{Content: &progress})
			}
		case <-late.C:
			notice := b.text(lang, "discord_reindex_late", nil)
			b.editOriginal(i, &discordgo.WebhookEdit{Content: &notice})
			tokenValid = false
		}
	}
	b.metrics.reindex.Observe(result.report.Duration.Seconds())
	content := truncate(b.reindexResult(i, lang, result.report, result.err), limitContent)
	if tokenValid && time.Now().Before(lastCall) {
		if b.editOriginal(i, &discordgo.WebhookEdit{Content: &content}) == nil {
			return
		}
	}
	b.postReindexResult(i, lang, content)
}

// reindexResult audits a finished rebuild and says how it went.
func (b *Bot) reindexResult(i *discordgo.InteractionCreate, lang string, report retrieval.IndexReport, err error) string {
	switch {
	case errors.Is(err, retrieval.ErrReindexRunning):
		b.audit(i, cmdReindex, manage.OutcomeBusy, "already running")
		return b.text(lang, "discord_reindex_running", nil)
	case err != nil:
		b.audit(i, cmdReindex, manage.OutcomeFailed, err.Error())
		return b.text(lang, "discord_reindex_failed", err.Error())
	}
	var failed []string
	for _, f := range report.Failed {
		failed = append(failed, f.Error())
	}
	outcome := manage.OutcomeOK
	if len(failed) > 0 {
		outcome = manage.OutcomePartial
	}
	b.audit(i, cmdReindex, outcome, fmt.Sprintf("version %d, %d added, %d updated, %d removed, %d failed", report.Version, report.Added, report.Updated, report.Removed, len(failed)))
	return b.text(lang, "discord_reindex_done", map[string]any{
		"Duration": report.Duration.Round(time.Millisecond), "Version": report.Version, "Added": report.Added,
		"Updated": report.Updated, "Removed": report.Removed, "Unchanged": report.Unchanged,
		"Passages": report.Passages, "Failed": failed,
	})
}

// postReindexResult posts a rebuild's result in the moderator's channel
// once the interaction's token can no longer carry it; if the bot may not
// post there, it tells the moderator in a DM.
func (b *Bot) postReindexResult(i *discordgo.InteractionCreate, lang, content string) {
	text := truncate(b.text(lang, "discord_reindex_result_for", map[string]string{"User": user(i).ID})+"\n"+content, limitContent)
	_, err := b.session.ChannelMessageSendComplex(i.ChannelID, &discordgo.MessageSend{Content: text, AllowedMentions: noMentions()})
	if err == nil {
		return
	}
	b.log.Warn("post the reindex result in the channel", "channel", i.ChannelID, "err", err)
	if err := b.sendDM(user(i).ID, &discordgo.MessageSend{Content: truncate(content, limitContent)}); err != nil {
		b.log.Error("send the reindex result by DM", "err", err)
	}
}

// sendDM sends a member a direct message.
func (b *Bot) sendDM(userID string, msg *discordgo.MessageSend) error {
	ch, err := b.session.UserChannelCreate(userID)
	if err != nil {
		return fmt.Errorf("open a DM: %w", err)
	}
	msg.AllowedMentions = noMentions()
	if _, err := b.session.ChannelMessageSendComplex(ch.ID, msg); err != nil {
		return fmt.Errorf("send a DM: %w", err)
	}
	return nil
}
