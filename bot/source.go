package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/retrieval/fetch"
	"github.com/quellen/quellen/retrieval/manage"
	"github.com/quellen/quellen/store"
)

// SourceManager adds, removes and refreshes sources and keeps their audit
// trail; *manage.Manager is one.
type SourceManager interface {
	Add(ctx context.Context, actor manage.Actor, inputs []manage.Input, waiting manage.Waiting) ([]manage.Result, error)
	Remove(ctx context.Context, actor manage.Actor, id string, waiting manage.Waiting) (store.Source, error)
	Refresh(ctx context.Context, actor manage.Actor, id string, waiting manage.Waiting) ([]manage.Refreshed, error)
	Added(ctx context.Context) ([]store.Source, error)
	Log(ctx context.Context, offset, limit int) ([]store.AuditEntry, int, error)
}

const (
	cmdSource = "source"
	// sourceTimeout bounds an add or a refresh: a fetch takes at most ten
	// seconds, indexing one article well under a minute.
	sourceTimeout = 5 * time.Minute
	// sourceListPrefix and sourceLogPrefix start the custom ids of the
	// page buttons of /source list and /source log: "msl:PAGE", "mlog:PAGE".
	sourceListPrefix = "msl:"
	sourceLogPrefix  = "mlog:"
	sourcesListed    = 10 // added sources a page
	logEntries       = 10 // audit entries a page
	// autocompleteChoices is Discord's limit of choices.
	autocompleteChoices = 25
)

// sourceCommand is /source with its subcommands, for the home guild's
// moderators.
func sourceCommand() *discordgo.ApplicationCommand {
	manageGuild := int64(discordgo.PermissionManageGuild)
	contexts, installs := guildOnly()
	id := func(required bool) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionString, Name: "id", Required: required, Autocomplete: true, MaxLength: 128,
			NameLocalizations:        *localized("id", "id"),
			Description:              "The added source (type to search its title)",
			DescriptionLocalizations: *localized("Die hinzugefügte Quelle (tippen, um im Titel zu suchen)", "The added source (type to search its title)"),
		}
	}
	refreshID := id(false)
	refreshID.Description = "The added source; empty: every one with an address"
	refreshID.DescriptionLocalizations = *localized("Die hinzugefügte Quelle; leer: jede mit Adresse", "The added source; empty: every one with an address")
	sub := func(name, de, descDE, descEN string, options ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionSubCommand, Name: name, NameLocalizations: *localized(de, name),
			Description: descEN, DescriptionLocalizations: *localized(descDE, descEN), Options: options,
		}
	}
	return &discordgo.ApplicationCommand{
		Name:                     cmdSource,
		NameLocalizations:        localized("quelle", "source"),
		Description:              "Moderators: add, remove and refresh the sources answers are drawn from",
		DescriptionLocalizations: localized("Moderation: Quellen hinzufügen, entfernen und aktualisieren", "Moderators: add, remove and refresh the sources answers are drawn from"),
		DefaultMemberPermissions: &manageGuild,
		Contexts:                 contexts,
		IntegrationTypes:         installs,
		Options: []*discordgo.ApplicationCommandOption{
			sub("add", "hinzufügen", "Einen Artikel per Adresse oder Datei (.html, .md, .txt) hinzufügen", "Add an article by its address or a file (.html, .md, .txt)",
				&discordgo.ApplicationCommandOption{
					Type: discordgo.ApplicationCommandOptionString, Name: "url", MaxLength: fetch.MaxURLLength,
					NameLocalizations:        *localized("adresse", "url"),
					Description:              "The article's address, http or https",
					DescriptionLocalizations: *localized("Die Adresse des Artikels, http oder https", "The article's address, http or https"),
				},
				&discordgo.ApplicationCommandOption{
					Type: discordgo.ApplicationCommandOptionAttachment, Name: "file",
					NameLocalizations:        *localized("datei", "file"),
					Description:              "Or the article as an .html, .md or .txt file",
					DescriptionLocalizations: *localized("Oder der Artikel als .html-, .md- oder .txt-Datei", "Or the article as an .html, .md or .txt file"),
				},
				&discordgo.ApplicationCommandOption{
					Type: discordgo.ApplicationCommandOptionBoolean, Name: "announce",
					NameLocalizations:        *localized("ankuendigen", "announce"),
					Description:              "Also tell this channel that the source was added (default: only you see it)",
					DescriptionLocalizations: *localized("Auch diesem Kanal sagen, dass die Quelle hinzugefügt wurde (sonst siehst nur du es)", "Also tell this channel that the source was added (default: only you see it)"),
				}),
			sub("remove", "entfernen", "Eine hinzugefügte Quelle entfernen: keine Antwort zitiert sie mehr", "Remove an added source: no answer quotes it any more", id(true)),
			sub("refresh", "aktualisieren", "Hinzugefügte Quellen neu abrufen; geänderter Text wird neu indiziert", "Fetch added sources again; changed text is indexed again", refreshID),
			sub("list", "liste", "Die hinzugefügten Quellen", "The added sources"),
			sub("log", "protokoll", "Wer wann welche Quelle hinzugefügt, entfernt oder aktualisiert hat", "Who added, removed or refreshed which source, and when"),
		},
	}
}

// handleSource answers /source for moderators of the home guild, always
// privately; only an add with announce says so in the channel.
func (b *Bot) handleSource(i *discordgo.InteractionCreate) {
	data := i.ApplicationCommandData()
	if len(data.Options) == 0 {
		return
	}
	sub := data.Options[0]
	if !b.moderationAllowed(i, cmdSource+" "+sub.Name) {
		return
	}
	switch sub.Name {
	case "add":
		b.sourceAdd(i, sub)
	case "remove":
		b.sourceRemove(i, optionString(sub, "id"))
	case "refresh":
		b.sourceRefresh(i, optionString(sub, "id"))
	case "list":
		b.deliver(i, delivery{ephemeral: true}, b.sourceListPage(i, 0))
	case "log":
		b.deliver(i, delivery{ephemeral: true}, b.sourceLogPage(i, 0))
	default:
		b.log.Warn("unknown /source subcommand", "name", sub.Name)
	}
}

func optionString(o *discordgo.ApplicationCommandInteractionDataOption, name string) string {
	for _, opt := range o.Options {
		if opt.Name == name {
			if s, ok := opt.Value.(string); ok {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

func optionBool(o *discordgo.ApplicationCommandInteractionDataOption, name string) bool {
	for _, opt := range o.Options {
		if opt.Name == name {
			v, _ := opt.Value.(bool)
			return v
		}
	}
	return false
}

func actorOf(i *discordgo.InteractionCreate) manage.Actor {
	return manage.Actor{UserID: user(i).ID, GuildID: i.GuildID}
}

// waitingEdit tells the moderator, in the deferred reply, that the change
// waits for a rebuild or another change.
func (b *Bot) waitingEdit(i *discordgo.InteractionCreate, lang string) manage.Waiting {
	return func(*store.BusyError) {
		msg := b.text(lang, "discord_source_waiting", nil)
		b.editOriginal(i, &discordgo.WebhookEdit{Content: &msg})
	}
}

// finishPrivately edits the deferred private reply into r.
func (b *Bot) finishPrivately(i *discordgo.InteractionCreate, r reply) {
	content := truncate(r.content, limitContent)
	embeds := r.embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	b.editOriginal(i, &discordgo.WebhookEdit{Content: &content, Embeds: &embeds})
}

// sourceAdd adds the article at url, or the attached file.
func (b *Bot) sourceAdd(i *discordgo.InteractionCreate, sub *discordgo.ApplicationCommandInteractionDataOption) {
	lang := interactionLanguage(i)
	address := optionString(sub, "url")
	var attachment *discordgo.MessageAttachment
	if id := optionString(sub, "file"); id != "" {
		if res := i.ApplicationCommandData().Resolved; res != nil {
			attachment = res.Attachments[id]
		}
		if attachment == nil {
			b.respondPrivately(i, b.text(lang, "discord_error", nil))
			return
		}
	}
	if (address == "") == (attachment == nil) {
		b.respondPrivately(i, b.text(lang, "discord_source_add_what", nil))
		return
	}
	if attachment != nil && !manage.AcceptsFile(attachment.Filename) {
		b.respondPrivately(i, b.text(lang, "discord_source_file_kind", plainLabel(attachment.Filename, 100)))
		return
	}
	if err := b.deferNow(i, true); err != nil {
		return
	}
	ctx, cancel := context.WithTimeout(b.work, sourceTimeout)
	defer cancel()
	in := manage.Input{URL: address}
	if attachment != nil {
		data, err := b.download(ctx, attachment)
		if err != nil {
			b.log.Warn("download an attachment", "file", attachment.Filename, "err", err)
			b.finishPrivately(i, reply{content: b.text(lang, "discord_source_not_added", map[string]string{"Input": escapeMarkdown(attachment.Filename), "Reason": escapeMarkdown(err.Error())})})
			return
		}
		in = manage.Input{Name: attachment.Filename, Data: data}
	}
	results, err := b.sources.Add(ctx, actorOf(i), []manage.Input{in}, b.waitingEdit(i, lang))
	if err == nil && len(results) == 1 {
		err = results[0].Err
	}
	if err != nil {
		b.finishPrivately(i, reply{content: b.sourceRefusal(lang, in.String(), err)})
		return
	}
	added := results[0].Added
	r := b.addedReply(lang, added)
	if optionBool(sub, "announce") {
		if err := b.announce(i, lang, added.Source); err != nil {
			r.content = b.text(lang, "discord_source_announce_failed", nil)
		}
	}
	b.finishPrivately(i, r)
}

// download reads an attached file from Discord's CDN (or, for tests and
// proxies, from the host of DISCORD_API_URL), at most the size a source
// file may have.
func (b *Bot) download(ctx context.Context, a *discordgo.MessageAttachment) ([]byte, error) {
	if err := manage.TooLarge(a.Filename, a.Size); err != nil {
		return nil, err
	}
	u, err := url.Parse(a.URL)
	if err != nil || !b.attachmentHost(u) {
		return nil, fmt.Errorf("the attachment's address %q is not Discord's", a.URL)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := b.session.Client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("download %s: %w", a.Filename, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("download %s: %s", a.Filename, resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, manage.MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("download %s: %w", a.Filename, err)
	}
	if err := manage.TooLarge(a.Filename, len(data)); err != nil {
		return nil, err
	}
	return data, nil
}

// attachmentHost reports whether u is where Discord serves attachments:
// its CDN over https, or the host DISCORD_API_URL names.
func (b *Bot) attachmentHost(u *url.URL) bool {
	switch {
	case u.Scheme == "https" && (u.Host == "cdn.discordapp.com" || u.Host == "media.discordapp.net"):
		return true
	}
	api, err := url.Parse(b.cfg.APIURL)
	return err == nil && u.Scheme == api.Scheme && u.Host == api.Host
}

// sourceRefusal says why a source was not added, removed or refreshed.
func (b *Bot) sourceRefusal(lang, input string, err error) string {
	var dup *manage.DuplicateError
	var notAdded *manage.NotAddedError
	switch {
	case errors.As(err, &dup):
		return b.text(lang, "discord_source_duplicate", map[string]string{"ID": escapeMarkdown(dup.Of.ID), "Title": metaText(dup.Of.Title), "By": dup.By})
	case errors.As(err, &notAdded):
		return b.text(lang, "discord_source_not_added_source", map[string]string{"ID": escapeMarkdown(notAdded.Source.ID), "Title": metaText(notAdded.Source.Title)})
	case errors.Is(err, manage.ErrUnknown):
		return b.text(lang, "discord_source_unknown", escapeMarkdown(input))
	case errors.Is(err, retrieval.ErrReindexRunning):
		return b.text(lang, "discord_reindex_running", nil)
	case errors.Is(err, context.DeadlineExceeded):
		return b.text(lang, "discord_source_timeout", nil)
	}
	reason := err.Error()
	reason = strings.TrimPrefix(reason, input+": ")
	return b.text(lang, "discord_source_not_added", map[string]string{"Input": escapeMarkdown(truncate(input, 200)), "Reason": escapeMarkdown(truncate(reason, 1200))})
}

// addedReply shows an added source: title, outlet, date and where it came
// from (or unknown, with the warning), id, passages and address.
func (b *Bot) addedReply(lang string, a *manage.Added) reply {
	s := a.Source
	date := b.text(lang, "published", map[string]any{"Value": s.Published.Value, "Inferred": s.Published.Inferred})
	if s.Published.Known() && a.DateFrom != "" {
		date += " · " + b.text(lang, "discord_source_date_from", escapeMarkdown(a.DateFrom))
	}
	fields := []*discordgo.MessageEmbedField{
		{Name: b.text(lang, "discord_source_field_id", nil), Value: "`" + strings.ReplaceAll(s.ID, "`", "'") + "`", Inline: true},
		{Name: b.text(lang, "discord_source_field_passages", nil), Value: strconv.Itoa(a.Passages), Inline: true},
		{Name: b.text(lang, "discord_source_field_date", nil), Value: truncate(date, limitFieldValue)},
	}
	if s.Outlet != "" {
		fields = append(fields, &discordgo.MessageEmbedField{Name: b.text(lang, "discord_source_field_outlet", nil), Value: truncate(metaText(s.Outlet), limitFieldValue), Inline: true})
	}
	if a.Author != "" {
		fields = append(fields, &discordgo.MessageEmbedField{Name: b.text(lang, "discord_source_field_author", nil), Value: truncate(metaText(a.Author), limitFieldValue), Inline: true})
	}
	if u, ok := webURL(s.URL, limitEmbedURL); ok {
		fields = append(fields, &discordgo.MessageEmbedField{Name: b.text(lang, "discord_source_field_address", nil), Value: truncate(linkText(u), limitFieldValue)})
	}
	if len(a.Warnings) > 0 {
		var w []string
		for _, warning := range a.Warnings {
			w = append(w, "⚠️ "+escapeMarkdown(warning))
		}
		fields = append(fields, &discordgo.MessageEmbedField{Name: b.text(lang, "discord_source_field_warnings", nil), Value: truncate(strings.Join(w, "\n"), limitFieldValue)})
	}
	return reply{embeds: []*discordgo.MessageEmbed{{
		Title:       truncate(b.text(lang, "discord_source_added_title", nil), limitTitle),
		Description: truncate("**"+metaText(s.Title)+"**", limitDescription),
		Fields:      fields,
		Color:       0x2f855a,
	}}}
}

// announce tells the channel, when the moderator asked for it, which
// source was added: title, outlet and date, no address, no mention.
func (b *Bot) announce(i *discordgo.InteractionCreate, lang string, s store.Source) error {
	date := b.text(lang, "published", map[string]any{"Value": s.Published.Value, "Inferred": s.Published.Inferred})
	content := b.text(lang, "discord_source_announce", map[string]string{"Title": metaText(s.Title), "Outlet": metaText(s.Outlet), "Date": date})
	_, err := b.session.ChannelMessageSendComplex(i.ChannelID, &discordgo.MessageSend{Content: truncate(content, limitContent), AllowedMentions: noMentions()})
	if err != nil {
		b.log.Warn("announce an added source", "channel", i.ChannelID, "err", err)
	}
	return err
}

// sourceRemove removes an added source.
func (b *Bot) sourceRemove(i *discordgo.InteractionCreate, id string) {
	lang := interactionLanguage(i)
	if err := b.deferNow(i, true); err != nil {
		return
	}
	ctx, cancel := context.WithTimeout(b.work, sourceTimeout)
	defer cancel()
	src, err := b.sources.Remove(ctx, actorOf(i), id, b.waitingEdit(i, lang))
	if err != nil {
		b.finishPrivately(i, reply{content: b.sourceRefusal(lang, id, err)})
		return
	}
	b.finishPrivately(i, reply{content: b.text(lang, "discord_source_removed", map[string]string{"ID": escapeMarkdown(src.ID), "Title": metaText(src.Title)})})
}

// sourceRefresh fetches the added source id, or every one, again.
func (b *Bot) sourceRefresh(i *discordgo.InteractionCreate, id string) {
	lang := interactionLanguage(i)
	if err := b.deferNow(i, true); err != nil {
		return
	}
	ctx, cancel := context.WithTimeout(b.work, sourceTimeout)
	defer cancel()
	out, err := b.sources.Refresh(ctx, actorOf(i), id, b.waitingEdit(i, lang))
	if err != nil && out == nil {
		b.finishPrivately(i, reply{content: b.sourceRefusal(lang, id, err)})
		return
	}
	var lines []string
	for _, r := range out {
		idText := "`" + strings.ReplaceAll(r.Source.ID, "`", "'") + "`"
		switch {
		case r.Err != nil:
			lines = append(lines, b.text(lang, "discord_source_refresh_failed", map[string]string{"ID": idText, "Reason": escapeMarkdown(truncate(r.Err.Error(), 300))}))
		case r.Changed:
			lines = append(lines, b.text(lang, "discord_source_refresh_changed", map[string]any{"ID": idText, "Passages": r.Passages}))
		default:
			lines = append(lines, b.text(lang, "discord_source_refresh_unchanged", idText))
		}
	}
	if len(lines) == 0 {
		lines = append(lines, b.text(lang, "discord_source_refresh_none", nil))
	}
	b.finishPrivately(i, reply{content: truncate(strings.Join(lines, "\n"), limitContent)})
}

// autocompleteSource offers the added sources whose id or title holds
// what the moderator typed; nothing to anyone else.
func (b *Bot) autocompleteSource(i *discordgo.InteractionCreate) {
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	if b.sources != nil && i.GuildID == b.cfg.HomeGuildID && b.isModerator(i) {
		typed := ""
		for _, sub := range i.ApplicationCommandData().Options {
			for _, o := range sub.Options {
				if o.Focused {
					typed, _ = o.Value.(string)
				}
			}
		}
		typed = strings.ToLower(strings.TrimSpace(typed))
		ctx, cancel := context.WithTimeout(b.work, storeTimeout)
		added, err := b.sources.Added(ctx)
		cancel()
		if err != nil {
			b.log.Warn("autocomplete added sources", "err", err)
		}
		for _, s := range added {
			if typed != "" && !strings.Contains(strings.ToLower(s.ID), typed) && !strings.Contains(strings.ToLower(s.Title), typed) {
				continue
			}
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: plainLabel(s.Title+" · "+s.ID, 100), Value: s.ID})
			if len(choices) == autocompleteChoices {
				break
			}
		}
	}
	b.respond(i, discordgo.InteractionApplicationCommandAutocompleteResult, &discordgo.InteractionResponseData{Choices: choices})
}

// pageSourceList and pageSourceLog turn the pages of /source list and
// /source log, for moderators of the home guild.
func (b *Bot) pageSourceList(i *discordgo.InteractionCreate) {
	if !b.moderationAllowed(i, cmdSource+" list") {
		return
	}
	page, err := strconv.Atoi(strings.TrimPrefix(i.MessageComponentData().CustomID, sourceListPrefix))
	if err != nil || page < 0 {
		b.respondPrivately(i, b.text(interactionLanguage(i), "discord_error", nil))
		return
	}
	b.deliver(i, delivery{update: true}, b.sourceListPage(i, page))
}

func (b *Bot) pageSourceLog(i *discordgo.InteractionCreate) {
	if !b.moderationAllowed(i, cmdSource+" log") {
		return
	}
	page, err := strconv.Atoi(strings.TrimPrefix(i.MessageComponentData().CustomID, sourceLogPrefix))
	if err != nil || page < 0 {
		b.respondPrivately(i, b.text(interactionLanguage(i), "discord_error", nil))
		return
	}
	b.deliver(i, delivery{update: true}, b.sourceLogPage(i, page))
}

// sourceListPage renders a page of the added sources, newest first.
func (b *Bot) sourceListPage(i *discordgo.InteractionCreate, page int) <-chan reply {
	lang := interactionLanguage(i)
	out := make(chan reply, 1)
	go func() {
		ctx, cancel := context.WithTimeout(b.work, storeTimeout)
		defer cancel()
		added, err := b.sources.Added(ctx)
		if err != nil {
			b.log.Error("list added sources", "err", err)
			out <- privateReply(b.text(lang, "discord_error", nil))
			return
		}
		pages := max(1, (len(added)+sourcesListed-1)/sourcesListed)
		page = min(max(page, 0), pages-1)
		var lines []string
		for _, s := range added[page*sourcesListed : min(len(added), (page+1)*sourcesListed)] {
			c := retrieval.Citation{Outlet: s.Outlet, Published: s.Published.Value, PublishedInferred: s.Published.Inferred}
			line := fmt.Sprintf("**%s**\n%s · `%s` · %s", metaText(s.Title), describe(lang, c, b.templates), strings.ReplaceAll(s.ID, "`", "'"),
				b.text(lang, "discord_source_indexed", s.IndexedAt.UTC().Format("2006-01-02")))
			if u, ok := webURL(s.URL, limitEmbedURL); ok {
				line += "\n" + linkText(u)
			}
			lines = append(lines, line)
		}
		if len(lines) == 0 {
			lines = append(lines, b.text(lang, "discord_source_list_empty", nil))
		}
		out <- reply{
			embeds: []*discordgo.MessageEmbed{{
				Title:       truncate(b.text(lang, "discord_source_list_title", len(added)), limitTitle),
				Description: truncate(strings.Join(lines, "\n\n"), limitDescription),
				Footer:      &discordgo.MessageEmbedFooter{Text: b.text(lang, "discord_page", map[string]int{"Page": page + 1, "Pages": pages})},
			}},
			components: b.pager(lang, page, pages, func(p int) string { return sourceListPrefix + strconv.Itoa(p) }),
		}
	}()
	return out
}

// sourceLogPage renders a page of the audit trail, newest first: when,
// who (a member as a mention, which in an embed pings no one), what, how
// it ended.
func (b *Bot) sourceLogPage(i *discordgo.InteractionCreate, page int) <-chan reply {
	lang := interactionLanguage(i)
	out := make(chan reply, 1)
	go func() {
		ctx, cancel := context.WithTimeout(b.work, storeTimeout)
		defer cancel()
		page = max(page, 0)
		entries, total, err := b.sources.Log(ctx, page*logEntries, logEntries)
		if err == nil && len(entries) == 0 && total > 0 {
			// The page is past the end (the log is newest first and only grows).
			page = (total - 1) / logEntries
			entries, total, err = b.sources.Log(ctx, page*logEntries, logEntries)
		}
		if err != nil {
			b.log.Error("audit log", "err", err)
			out <- privateReply(b.text(lang, "discord_error", nil))
			return
		}
		pages := max(1, (total+logEntries-1)/logEntries)
		var lines []string
		for _, e := range entries {
			who := escapeMarkdown(e.UserID)
			if isSnowflakeID(e.UserID) {
				who = "<@" + e.UserID + ">"
			}
			lines = append(lines, fmt.Sprintf("`%s` %s · **%s** · %s\n%s", e.At.UTC().Format("2006-01-02 15:04"), who, escapeMarkdown(e.Action),
				b.text(lang, "discord_audit_outcome", e.Outcome), escapeMarkdown(truncate(strings.Join(strings.Fields(e.Detail), " "), 250))))
		}
		if len(lines) == 0 {
			lines = append(lines, b.text(lang, "discord_source_log_empty", nil))
		}
		out <- reply{
			embeds: []*discordgo.MessageEmbed{{
				Title:       truncate(b.text(lang, "discord_source_log_title", total), limitTitle),
				Description: truncate(strings.Join(lines, "\n"), limitDescription),
				Footer:      &discordgo.MessageEmbedFooter{Text: b.text(lang, "discord_page", map[string]int{"Page": page + 1, "Pages": pages}) + " · UTC"},
			}},
			components: b.pager(lang, page, pages, func(p int) string { return sourceLogPrefix + strconv.Itoa(p) }),
		}
	}()
	return out
}

// isSnowflakeID reports whether s is a Discord id.
func isSnowflakeID(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
