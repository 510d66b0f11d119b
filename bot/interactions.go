package bot

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// onInteraction routes every interaction: slash commands and button presses.
func (b *Bot) onInteraction(s *discordgo.Session, i *discordgo.InteractionCreate) {
	if b.closing.Load() {
		return
	}
	b.inFlight.Add(1)
	defer b.inFlight.Done()
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		switch i.ApplicationCommandData().Name {
		case cmdAsk:
			b.handleAsk(i)
		case cmdSources:
			b.handleSources(i, 0, false)
		case cmdReindex:
			b.handleReindex(i)
		case cmdTimeline:
			b.handleTimeline(i)
		default:
			b.log.Warn("unknown command", "name", i.ApplicationCommandData().Name)
		}
	case discordgo.InteractionApplicationCommandAutocomplete:
		if i.ApplicationCommandData().Name == cmdTimeline {
			b.completeTimelineTopic(i)
		}
	case discordgo.InteractionMessageComponent:
		id := i.MessageComponentData().CustomID
		switch {
		case strings.HasPrefix(id, timelinePrefix):
			b.pageTimeline(i)
		case strings.HasPrefix(id, passagesPrefix):
			b.handlePassages(i)
		case strings.HasPrefix(id, feedbackPrefix):
			b.handleFeedback(i)
		case strings.HasPrefix(id, sourcesPrefix):
			page, _ := strconv.Atoi(strings.TrimPrefix(id, sourcesPrefix))
			b.handleSources(i, page, true)
		}
	}
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

// respond answers an interaction with a message; ephemeral ones only the
// asker sees.
func (b *Bot) respond(i *discordgo.InteractionCreate, kind discordgo.InteractionResponseType, data *discordgo.InteractionResponseData) error {
	data.AllowedMentions = noMentions()
	err := b.session.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: kind, Data: data})
	if err != nil {
		b.log.Error("interaction response", "interaction", i.ID, "err", err)
	}
	return err
}

func (b *Bot) respondPrivately(i *discordgo.InteractionCreate, content string) error {
	return b.respond(i, discordgo.InteractionResponseChannelMessageWithSource, &discordgo.InteractionResponseData{
		Content: truncate(content, limitContent), Flags: discordgo.MessageFlagsEphemeral,
	})
}

func (b *Bot) handleAsk(i *discordgo.InteractionCreate) {
	began := time.Now()
	var question string
	private := false
	for _, o := range i.ApplicationCommandData().Options {
		switch o.Name {
		case "question":
			question = o.StringValue()
		case "private":
			private = o.BoolValue()
		}
	}
	framing := interactionLanguage(i)
	if ok, wait := b.limiter.allow(user(i).ID); !ok {
		b.metrics.questions.WithLabelValues("slash", "rate_limited").Inc()
		b.respondPrivately(i, b.text(framing, "discord_rate_limited", map[string]int{"Limit": b.cfg.RatePerMinute, "Wait": int(math.Ceil(wait.Seconds()))}))
		return
	}
	var flags discordgo.MessageFlags
	if private {
		flags = discordgo.MessageFlagsEphemeral
	}

	// Alone, a question is answered in one response, well inside Discord's
	// three seconds. When other answers are being worked out, the CPU is
	// shared: acknowledge first (deferred), then answer and edit, so the
	// promise never depends on the load.
	lang := localeLanguage(i.Locale)
	var result <-chan answerResult
	select {
	case b.slots <- struct{}{}:
		if len(b.slots) == 1 {
			result = b.answerWithSlot(question, lang)
		} else {
			<-b.slots
		}
	default:
	}
	if result == nil {
		if err := b.respond(i, discordgo.InteractionResponseDeferredChannelMessageWithSource, &discordgo.InteractionResponseData{Flags: flags}); err != nil {
			return
		}
		b.finishDeferred(i, <-b.answerAsync(question, lang), began)
		return
	}
	budget := time.NewTimer(b.cfg.AnswerBudget)
	defer budget.Stop()
	select {
	case r := <-result:
		if r.err != nil {
			b.failQuestion(i, framing, r.err, "slash")
			return
		}
		b.respond(i, discordgo.InteractionResponseChannelMessageWithSource, &discordgo.InteractionResponseData{
			Embeds: []*discordgo.MessageEmbed{b.answerEmbed(r.answer)}, Components: b.answerComponents(r.answer), Flags: flags,
		})
		b.observe("slash", r.answer, began)
	case <-budget.C:
		// Too slow for one response: defer, then edit the reply.
		if err := b.respond(i, discordgo.InteractionResponseDeferredChannelMessageWithSource, &discordgo.InteractionResponseData{Flags: flags}); err != nil {
			return
		}
		b.finishDeferred(i, <-result, began)
	}
}

// finishDeferred edits a deferred reply with the answer or the error.
func (b *Bot) finishDeferred(i *discordgo.InteractionCreate, r answerResult, began time.Time) {
	if r.err != nil {
		content := b.questionError(interactionLanguage(i), r.err)
		b.editOriginal(i, &discordgo.WebhookEdit{Content: &content})
		b.metrics.questions.WithLabelValues("slash", "failed").Inc()
		return
	}
	embeds := []*discordgo.MessageEmbed{b.answerEmbed(r.answer)}
	components := b.answerComponents(r.answer)
	b.editOriginal(i, &discordgo.WebhookEdit{Embeds: &embeds, Components: &components})
	b.observe("slash", r.answer, began)
}

func (b *Bot) editOriginal(i *discordgo.InteractionCreate, edit *discordgo.WebhookEdit) {
	edit.AllowedMentions = noMentions()
	if _, err := b.session.InteractionResponseEdit(i.Interaction, edit); err != nil {
		b.log.Error("edit interaction response", "interaction", i.ID, "err", err)
	}
}

type answerResult struct {
	answer *retrieval.Answer
	err    error
}

// errBusy is returned when every worker is taken and the queue is long.
var errBusy = errors.New("too many questions at once")

// answerAsync answers on the bounded worker pool. The result channel
// always receives exactly one result.
func (b *Bot) answerAsync(question, lang string) <-chan answerResult {
	out := make(chan answerResult, 1)
	b.inFlight.Add(1)
	go func() {
		defer b.inFlight.Done()
		// Waiting for a worker is bounded too: a question that would wait
		// longer than a few seconds gets a clear "busy" instead.
		wait := time.NewTimer(10 * time.Second)
		defer wait.Stop()
		select {
		case b.slots <- struct{}{}:
		case <-wait.C:
			out <- answerResult{err: errBusy}
			return
		}
		b.answer(question, lang, out)
	}()
	return out
}

// answerWithSlot answers on a worker slot the caller already holds.
func (b *Bot) answerWithSlot(question, lang string) <-chan answerResult {
	out := make(chan answerResult, 1)
	b.inFlight.Add(1)
	go func() {
		defer b.inFlight.Done()
		b.answer(question, lang, out)
	}()
	return out
}

// answer runs one question on a held worker slot and releases it.
func (b *Bot) answer(question, lang string, out chan<- answerResult) {
	defer func() { <-b.slots }()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ans, err := b.answerer.Ask(ctx, retrieval.Question{Text: question, Language: lang})
	out <- answerResult{ans, err}
}

func (b *Bot) observe(via string, ans *retrieval.Answer, began time.Time) {
	outcome := "answered"
	if !ans.Answered {
		outcome = "abstained"
		b.metrics.abstentions.Inc()
	}
	b.metrics.questions.WithLabelValues(via, outcome).Inc()
	b.metrics.latency.WithLabelValues(via).Observe(time.Since(began).Seconds())
}

// questionError is what the asker reads when a question fails.
func (b *Bot) questionError(lang string, err error) string {
	switch {
	case errors.Is(err, retrieval.ErrEmptyQuestion), errors.Is(err, retrieval.ErrQuestionTooLong):
		return b.text(lang, "discord_bad_question", err.Error())
	case errors.Is(err, errBusy):
		return b.text(lang, "discord_busy", nil)
	}
	return b.text(lang, "discord_error", nil)
}

func (b *Bot) failQuestion(i *discordgo.InteractionCreate, lang string, err error, via string) {
	b.log.Error("answer failed", "interaction", i.ID, "err", err)
	b.metrics.questions.WithLabelValues(via, "failed").Inc()
	b.respondPrivately(i, b.questionError(lang, err))
}

// handlePassages shows the passages around each quote, one per page, to
// the presser only.
func (b *Bot) handlePassages(i *discordgo.InteractionCreate) {
	lang := interactionLanguage(i)
	page, ids, err := parsePassagesID(i.MessageComponentData().CustomID)
	if err != nil {
		b.log.Warn("bad passages button", "err", err)
		b.respondPrivately(i, b.text(lang, "discord_error", nil))
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	ex, err := b.answerer.Excerpt(ctx, ids[page], 2)
	if errors.Is(err, retrieval.ErrNotFound) {
		b.respondPrivately(i, b.text(lang, "discord_passage_gone", nil))
		return
	}
	if err != nil {
		b.log.Error("excerpt", "err", err)
		b.respondPrivately(i, b.text(lang, "discord_error", nil))
		return
	}
	list := strings.SplitN(i.MessageComponentData().CustomID, ":", 3)[2]
	data := &discordgo.InteractionResponseData{
		Embeds:     []*discordgo.MessageEmbed{b.excerptEmbed(lang, ex, page, len(ids))},
		Components: b.pager(lang, page, len(ids), func(p int) string { return passagesID(p, list) }),
		Flags:      discordgo.MessageFlagsEphemeral,
	}
	kind := discordgo.InteractionResponseChannelMessageWithSource
	if i.Message != nil && i.Message.Flags&discordgo.MessageFlagsEphemeral != 0 {
		kind = discordgo.InteractionResponseUpdateMessage // paging within the private reply
	}
	b.respond(i, kind, data)
}

// handleFeedback stores 👍/👎 with the question and answer it is about.
func (b *Bot) handleFeedback(i *discordgo.InteractionCreate) {
	lang := interactionLanguage(i)
	helpful := strings.TrimPrefix(i.MessageComponentData().CustomID, feedbackPrefix) == "1"
	f := store.Vote{At: time.Now(), UserID: user(i).ID, Helpful: helpful, GuildID: i.GuildID}
	if i.Message != nil {
		f.AnswerID = i.Message.ID
		if len(i.Message.Embeds) > 0 {
			f.Question = i.Message.Embeds[0].Title
			f.Answer = i.Message.Embeds[0].Description
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if v, err := b.answerer.IndexVersion(ctx); err == nil {
		f.IndexVersion = v
	}
	if _, err := b.recorder.RecordVote(ctx, f); err != nil {
		b.log.Error("record feedback", "err", err)
		b.respondPrivately(i, b.text(lang, "discord_error", nil))
		return
	}
	b.respondPrivately(i, b.text(lang, "discord_thanks", nil))
}

const sourcesPerPage = 10

// handleSources lists the indexed sources, paged.
func (b *Bot) handleSources(i *discordgo.InteractionCreate, page int, update bool) {
	lang := interactionLanguage(i)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	sources, err := b.answerer.Sources(ctx)
	if err != nil {
		b.log.Error("list sources", "err", err)
		b.respondPrivately(i, b.text(lang, "discord_error", nil))
		return
	}
	pages := max(1, (len(sources)+sourcesPerPage-1)/sourcesPerPage)
	page = min(max(page, 0), pages-1)
	var lines []string
	for _, s := range sources[page*sourcesPerPage : min(len(sources), (page+1)*sourcesPerPage)] {
		c := retrieval.Citation{Outlet: s.Outlet, URL: s.URL, Published: s.Published.Value, PublishedInferred: s.Published.Inferred}
		lines = append(lines, fmt.Sprintf("**%s**\n%s · `%s`", escapeMarkdown(s.Title), describe(lang, c, b.templates), s.ID))
	}
	data := &discordgo.InteractionResponseData{
		Embeds: []*discordgo.MessageEmbed{{
			Title:       b.text(lang, "discord_sources_title", len(sources)),
			Description: truncate(strings.Join(lines, "\n\n"), limitDescription),
			Footer:      &discordgo.MessageEmbedFooter{Text: b.text(lang, "discord_page", map[string]int{"Page": page + 1, "Pages": pages})},
		}},
		Components: b.pager(lang, page, pages, func(p int) string { return sourcesPrefix + strconv.Itoa(p) }),
	}
	kind := discordgo.InteractionResponseChannelMessageWithSource
	if update {
		kind = discordgo.InteractionResponseUpdateMessage
	}
	b.respond(i, kind, data)
}

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
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	err := b.recorder.RecordAudit(ctx, store.AuditEntry{At: time.Now(), UserID: user(i).ID, GuildID: i.GuildID, Action: action, Outcome: outcome, Detail: detail})
	if err != nil {
		b.log.Error("record audit", "err", err)
	}
}

// handleReindex rebuilds the index for a moderator. It defers at once; the
// old index keeps answering until the new one is committed.
func (b *Bot) handleReindex(i *discordgo.InteractionCreate) {
	lang := interactionLanguage(i)
	if i.GuildID == "" {
		b.audit(i, cmdReindex, "refused", "direct message")
		b.respondPrivately(i, b.text(lang, "discord_guild_only", nil))
		return
	}
	if !b.isModerator(i) {
		b.audit(i, cmdReindex, "refused", "not a moderator")
		b.respondPrivately(i, b.text(lang, "discord_moderators_only", nil))
		return
	}
	if !b.reindexMu.TryLock() {
		b.audit(i, cmdReindex, "busy", "already running")
		b.respondPrivately(i, b.text(lang, "discord_reindex_running", nil))
		return
	}
	defer b.reindexMu.Unlock()
	if err := b.respond(i, discordgo.InteractionResponseDeferredChannelMessageWithSource, &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}); err != nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	report, err := b.reindex(ctx)
	b.metrics.reindex.Observe(report.Duration.Seconds())
	var content string
	switch {
	case errors.Is(err, retrieval.ErrReindexRunning):
		content = b.text(lang, "discord_reindex_running", nil)
		b.audit(i, cmdReindex, "busy", "already running")
	case err != nil:
		content = b.text(lang, "discord_reindex_failed", err.Error())
		b.audit(i, cmdReindex, "failed", err.Error())
	default:
		var failed []string
		for _, f := range report.Failed {
			failed = append(failed, f.Error())
		}
		content = b.text(lang, "discord_reindex_done", map[string]any{
			"Duration": report.Duration.Round(time.Millisecond), "Version": report.Version, "Added": report.Added,
			"Updated": report.Updated, "Removed": report.Removed, "Unchanged": report.Unchanged,
			"Passages": report.Passages, "Failed": failed,
		})
		outcome := "ok"
		if len(failed) > 0 {
			outcome = "partial"
		}
		b.audit(i, cmdReindex, outcome, fmt.Sprintf("version %d, %d added, %d updated, %d removed, %d failed", report.Version, report.Added, report.Updated, report.Removed, len(failed)))
	}
	content = truncate(content, limitContent)
	b.editOriginal(i, &discordgo.WebhookEdit{Content: &content})
}
