package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/prompts"
	"github.com/quellen/quellen/retrieval/timeline"
)

// Command names, as registered (English) and as German clients see them.
const (
	cmdAsk      = "ask"
	cmdSources  = "sources"
	cmdReindex  = "reindex"
	cmdFeedback = "feedback"
	// cmdCheck is the message command ("Apps" in a message's menu).
	cmdCheck   = "Ask Quellen about this message"
	cmdCheckDE = "Quellen fragen"
)

// maxQuestionRunes mirrors retrieval.MaxQuestionLength for Discord's option limit.
const maxQuestionRunes = 1000

func localized(de, en string) *map[discordgo.Locale]string {
	return &map[discordgo.Locale]string{discordgo.German: de, discordgo.EnglishUS: en, discordgo.EnglishGB: en}
}

// Where commands may be used. Reading commands work on servers, in the
// bot's DMs and, installed by a member for themselves, in any DM; commands
// that change the bot's state are for the home server's moderators only.
func everywhere() (*[]discordgo.InteractionContextType, *[]discordgo.ApplicationIntegrationType) {
	return &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM, discordgo.InteractionContextPrivateChannel},
		&[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall, discordgo.ApplicationIntegrationUserInstall}
}

func guildOnly() (*[]discordgo.InteractionContextType, *[]discordgo.ApplicationIntegrationType) {
	return &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
		&[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
}

// publicCommands are the commands every member may use.
func publicCommands(tm *prompts.Templates) []*discordgo.ApplicationCommand {
	contexts, installs := everywhere()
	return []*discordgo.ApplicationCommand{
		{
			Name:                     cmdAsk,
			NameLocalizations:        localized("frage", "ask"),
			Description:              "Ask the sources: the answer quotes them verbatim, with citations",
			DescriptionLocalizations: localized("Frag die Quellen: Die Antwort zitiert sie wörtlich, mit Belegen", "Ask the sources: the answer quotes them verbatim, with citations"),
			Contexts:                 contexts,
			IntegrationTypes:         installs,
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type: discordgo.ApplicationCommandOptionString, Name: "question", Required: true, MaxLength: maxQuestionRunes,
					NameLocalizations:        *localized("frage", "question"),
					Description:              "Your question, in German or English",
					DescriptionLocalizations: *localized("Deine Frage, auf Deutsch oder Englisch", "Your question, in German or English"),
				},
				{
					Type: discordgo.ApplicationCommandOptionBoolean, Name: "private",
					NameLocalizations:        *localized("privat", "private"),
					Description:              "Show the answer to you only",
					DescriptionLocalizations: *localized("Die Antwort nur dir zeigen", "Show the answer to you only"),
				},
			},
		},
		{
			Name:                     cmdSources,
			NameLocalizations:        localized("quellen", "sources"),
			Description:              "List the sources the answers come from",
			DescriptionLocalizations: localized("Die Quellen auflisten, aus denen die Antworten stammen", "List the sources the answers come from"),
			Contexts:                 contexts,
			IntegrationTypes:         installs,
		},
		timelineCommand(tm, contexts, installs),
		{
			Type:              discordgo.MessageApplicationCommand,
			Name:              cmdCheck,
			NameLocalizations: &map[discordgo.Locale]string{discordgo.German: cmdCheckDE},
			Contexts:          contexts,
			IntegrationTypes:  installs,
		},
	}
}

// moderationCommands change what the bot answers from or show what
// members said; they live in the home guild only.
func moderationCommands() []*discordgo.ApplicationCommand {
	manageGuild := int64(discordgo.PermissionManageGuild)
	contexts, installs := guildOnly()
	minDays := 1.0
	return []*discordgo.ApplicationCommand{
		{
			Name:                     cmdReindex,
			NameLocalizations:        localized("neu-indizieren", "reindex"),
			Description:              "Moderators: rebuild the index from the sources",
			DescriptionLocalizations: localized("Moderation: den Index aus den Quellen neu aufbauen", "Moderators: rebuild the index from the sources"),
			DefaultMemberPermissions: &manageGuild,
			Contexts:                 contexts,
			IntegrationTypes:         installs,
		},
		{
			Name:                     cmdFeedback,
			NameLocalizations:        localized("rueckmeldungen", "feedback"),
			Description:              "Moderators: 👎 with reasons and the questions the sources could not answer",
			DescriptionLocalizations: localized("Moderation: 👎 mit Gründen und die Fragen, die die Quellen nicht beantworten", "Moderators: 👎 with reasons and the questions the sources could not answer"),
			DefaultMemberPermissions: &manageGuild,
			Contexts:                 contexts,
			IntegrationTypes:         installs,
			Options: []*discordgo.ApplicationCommandOption{{
				Type: discordgo.ApplicationCommandOptionInteger, Name: "days", MinValue: &minDays, MaxValue: maxFeedbackDays,
				NameLocalizations:        *localized("tage", "days"),
				Description:              "How many days back (default 30)",
				DescriptionLocalizations: *localized("Wie viele Tage zurück (Vorgabe 30)", "How many days back (default 30)"),
			}},
		},
	}
}

// timelineCommand is /timeline; its topics are fixed, localised choices.
func timelineCommand(tm *prompts.Templates, contexts *[]discordgo.InteractionContextType, installs *[]discordgo.ApplicationIntegrationType) *discordgo.ApplicationCommand {
	date := func(name, de, en, descDE, descEN string) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionString, Name: name, MaxLength: len("2006-01-02"),
			NameLocalizations: *localized(de, en), Description: descEN, DescriptionLocalizations: *localized(descDE, descEN),
		}
	}
	var choices []*discordgo.ApplicationCommandOptionChoice
	for _, t := range timeline.Topics {
		en, _ := tm.Render("en", "timeline_topic", string(t))
		de, _ := tm.Render("de", "timeline_topic", string(t))
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: en, NameLocalizations: *localized(de, en), Value: string(t)})
	}
	return &discordgo.ApplicationCommand{
		Name:                     cmdTimeline,
		NameLocalizations:        localized("zeitleiste", "timeline"),
		Description:              "Events, deadlines and troop figures of the sources in date order, with a chart",
		DescriptionLocalizations: localized("Ereignisse, Fristen und Truppenzahlen der Quellen nach Datum, mit Diagramm", "Events, deadlines and troop figures of the sources in date order, with a chart"),
		Contexts:                 contexts,
		IntegrationTypes:         installs,
		Options: []*discordgo.ApplicationCommandOption{
			{
				Type: discordgo.ApplicationCommandOptionString, Name: "topic", Choices: choices,
				NameLocalizations:        *localized("thema", "topic"),
				Description:              "Troops, talks, deadlines or all events",
				DescriptionLocalizations: *localized("Truppen, Gespräche, Fristen oder alle Ereignisse", "Troops, talks, deadlines or all events"),
			},
			date("from", "von", "from", "Erstes Datum: JJJJ, JJJJ-MM oder JJJJ-MM-TT", "First date: YYYY, YYYY-MM or YYYY-MM-DD"),
			date("to", "bis", "to", "Letztes Datum: JJJJ, JJJJ-MM oder JJJJ-MM-TT", "Last date: YYYY, YYYY-MM or YYYY-MM-DD"),
			{
				Type: discordgo.ApplicationCommandOptionString, Name: "query", MaxLength: maxTimelineQuery,
				NameLocalizations:        *localized("suche", "query"),
				Description:              "Only events whose sentence has these words",
				DescriptionLocalizations: *localized("Nur Ereignisse, deren Satz diese Wörter enthält", "Only events whose sentence has these words"),
			},
		},
	}
}

// scopesSetting remembers the guilds the bot registered commands in, so
// that a guild it no longer uses is emptied.
const scopesSetting = "command_guild_scopes"

// commandScopes are the command lists to register: the public commands
// globally (or in GuildID), the moderation commands in the home guild,
// and an empty list for every scope that had commands before and should
// not any more. The global scope is always overwritten, emptied when the
// public commands live in a guild.
func (b *Bot) commandScopes(previous []string) map[string][]*discordgo.ApplicationCommand {
	scopes := map[string][]*discordgo.ApplicationCommand{"": {}}
	scopes[b.cfg.GuildID] = append(scopes[b.cfg.GuildID], publicCommands(b.templates)...)
	if home := b.cfg.HomeGuildID; home != "" {
		scopes[home] = append(scopes[home], moderationCommands()...)
		if b.sources != nil {
			scopes[home] = append(scopes[home], sourceCommand())
		}
	}
	for _, old := range previous {
		if _, ok := scopes[old]; !ok {
			scopes[old] = []*discordgo.ApplicationCommand{}
		}
	}
	return scopes
}

// registerCommands overwrites each scope's commands in one call.
func (b *Bot) registerCommands(ctx context.Context) error {
	if b.cfg.HomeGuildID == "" {
		b.log.Warn("no DISCORD_HOME_GUILD_ID: /reindex, /feedback and /source are not offered anywhere")
	}
	stored, err := b.memory.BotSetting(ctx, scopesSetting)
	if err != nil {
		return fmt.Errorf("register commands: %w", err)
	}
	previous := splitIDs(stored)
	appID := b.session.State.User.ID
	if b.session.State.Application != nil && b.session.State.Application.ID != "" {
		appID = b.session.State.Application.ID
	}
	scopes := b.commandScopes(previous)
	order := make([]string, 0, len(scopes))
	for scope := range scopes {
		order = append(order, scope)
	}
	slices.Sort(order)
	var used []string
	for _, scope := range order {
		cmds := scopes[scope]
		if _, err := b.session.ApplicationCommandBulkOverwrite(appID, scope, cmds); err != nil {
			where := "globally"
			if scope != "" {
				where = "in guild " + scope
			}
			return fmt.Errorf("register slash commands %s: %w", where, err)
		}
		if scope != "" && len(cmds) > 0 {
			used = append(used, scope)
		}
	}
	if err := b.memory.SetBotSetting(ctx, scopesSetting, strings.Join(used, ",")); err != nil {
		return fmt.Errorf("register commands: %w", err)
	}
	return nil
}

func splitIDs(s string) []string {
	var out []string
	for _, id := range strings.Split(s, ",") {
		if id = strings.TrimSpace(id); id != "" {
			out = append(out, id)
		}
	}
	return out
}
