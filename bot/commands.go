package bot

import (
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// Command names, as registered (English) and as German clients see them.
const (
	cmdAsk     = "ask"
	cmdSources = "sources"
	cmdReindex = "reindex"
)

// maxQuestionRunes mirrors retrieval.MaxQuestionLength for Discord's option limit.
const maxQuestionRunes = 1000

func localized(de, en string) *map[discordgo.Locale]string {
	return &map[discordgo.Locale]string{discordgo.German: de, discordgo.EnglishUS: en, discordgo.EnglishGB: en}
}

// commands are registered in one bulk overwrite at start.
func commands() []*discordgo.ApplicationCommand {
	manageGuild := int64(discordgo.PermissionManageGuild)
	noDM := false
	return []*discordgo.ApplicationCommand{
		{
			Name:                     cmdAsk,
			NameLocalizations:        localized("frage", "ask"),
			Description:              "Ask the sources: the answer quotes them verbatim, with citations",
			DescriptionLocalizations: localized("Frag die Quellen: Die Antwort zitiert sie wörtlich, mit Belegen", "Ask the sources: the answer quotes them verbatim, with citations"),
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
		},
		{
			Name:                     cmdReindex,
			NameLocalizations:        localized("neu-indizieren", "reindex"),
			Description:              "Moderators: rebuild the index from the sources",
			DescriptionLocalizations: localized("Moderation: den Index aus den Quellen neu aufbauen", "Moderators: rebuild the index from the sources"),
			DefaultMemberPermissions: &manageGuild,
			DMPermission:             &noDM,
		},
		timelineCommand(),
	}
}

func (b *Bot) registerCommands() error {
	appID := b.session.State.User.ID
	if b.session.State.Application != nil && b.session.State.Application.ID != "" {
		appID = b.session.State.Application.ID
	}
	if _, err := b.session.ApplicationCommandBulkOverwrite(appID, b.cfg.GuildID, commands()); err != nil {
		return fmt.Errorf("register slash commands: %w", err)
	}
	return nil
}
