package bot

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/internal/fakediscord"
)

// registeredCommand is a command as the bot sent it.
type registeredCommand struct {
	Type                     int               `json:"type"`
	Name                     string            `json:"name"`
	NameLocalizations        map[string]string `json:"name_localizations"`
	DescriptionLocalizations map[string]string `json:"description_localizations"`
	DefaultMemberPermissions *string           `json:"default_member_permissions"`
	Contexts                 []int             `json:"contexts"`
	IntegrationTypes         []int             `json:"integration_types"`
	Options                  []struct {
		Name              string            `json:"name"`
		NameLocalizations map[string]string `json:"name_localizations"`
		MaxLength         int               `json:"max_length"`
		Required          bool              `json:"required"`
		Choices           []struct {
			Name              string            `json:"name"`
			NameLocalizations map[string]string `json:"name_localizations"`
			Value             string            `json:"value"`
		} `json:"choices"`
	} `json:"options"`
}

func commandsIn(t *testing.T, h *harness, guildID string) map[string]registeredCommand {
	t.Helper()
	path := "/api/v9/applications/" + h.fake.AppID + "/commands"
	if guildID != "" {
		path = "/api/v9/applications/" + h.fake.AppID + "/guilds/" + guildID + "/commands"
	}
	var cmds []registeredCommand
	if err := h.wait(t, fakediscord.Route("PUT", path)).Decode(&cmds); err != nil {
		t.Fatal(err)
	}
	byName := make(map[string]registeredCommand)
	for _, c := range cmds {
		byName[c.Name] = c
	}
	return byName
}

func TestCommandsCarryContextsAndIntegrationTypes(t *testing.T) {
	h := startBot(t, harnessOptions{})
	call := h.wait(t, fakediscord.Route("PUT", "/api/v9/applications/"+h.fake.AppID+"/guilds/"+h.fake.GuildID+"/commands"))
	if got := call.Authorization(); got != "Bot "+h.fake.Token {
		t.Errorf("Authorization = %q, want exactly one Bot prefix", got)
	}
	cmds := commandsIn(t, h, h.fake.GuildID)
	var names []string
	for name := range cmds {
		names = append(names, name)
	}
	slices.Sort(names)
	if strings.Join(names, ",") != "Ask Quellen about this message,ask,feedback,reindex,sources,timeline" {
		t.Fatalf("registered %v", names)
	}
	for _, name := range []string{"ask", "sources", "timeline", cmdCheck} {
		c := cmds[name]
		if !slices.Equal(c.Contexts, []int{0, 1, 2}) || !slices.Equal(c.IntegrationTypes, []int{0, 1}) || c.DefaultMemberPermissions != nil {
			t.Errorf("%s: contexts %v, integration types %v, permissions %v; want usable everywhere, installed either way", name, c.Contexts, c.IntegrationTypes, c.DefaultMemberPermissions)
		}
	}
	for _, name := range []string{"reindex", "feedback"} {
		c := cmds[name]
		if !slices.Equal(c.Contexts, []int{0}) || !slices.Equal(c.IntegrationTypes, []int{0}) || c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != "32" {
			t.Errorf("%s: contexts %v, integration types %v, permissions %v; want guilds only, guild-installed, Manage Server", name, c.Contexts, c.IntegrationTypes, c.DefaultMemberPermissions)
		}
	}
	check := cmds[cmdCheck]
	if check.Type != 3 || check.NameLocalizations["de"] != "Quellen fragen" {
		t.Errorf("message command = %+v", check)
	}
	ask := cmds["ask"]
	if ask.NameLocalizations["de"] != "frage" || ask.DescriptionLocalizations["de"] == "" {
		t.Errorf("ask localisations = %v", ask.NameLocalizations)
	}
	if len(ask.Options) != 2 || ask.Options[0].Name != "question" || !ask.Options[0].Required || ask.Options[0].MaxLength != 1000 || ask.Options[0].NameLocalizations["de"] != "frage" {
		t.Errorf("ask options = %+v", ask.Options)
	}
	topic := cmds["timeline"].Options[0]
	troops := slices.IndexFunc(topic.Choices, func(c struct {
		Name              string            `json:"name"`
		NameLocalizations map[string]string `json:"name_localizations"`
		Value             string            `json:"value"`
	}) bool {
		return c.Value == "troops"
	})
	if topic.Name != "topic" || len(topic.Choices) != 4 || troops < 0 || topic.Choices[troops].NameLocalizations["de"] != "Truppenstärke" || topic.Choices[troops].Name != "Troop levels" {
		t.Errorf("timeline topic = %+v, want four localised choices", topic)
	}
	// The commands live in the guild, so the global scope is emptied.
	if global := commandsIn(t, h, ""); len(global) != 0 {
		t.Errorf("global commands = %v, want none", global)
	}
	// Only the intents the configuration needs: no message content without Q&A channels.
	if in := h.fake.Gateway().Intents; in&fakediscord.IntentMessageContent != 0 {
		t.Errorf("intents %b include MESSAGE_CONTENT without Q&A channels", in)
	}
}

// Without DISCORD_GUILD_ID the public commands are global, usable in DMs;
// the moderation commands stay in the home guild.
func TestModerationCommandsLiveInTheHomeGuildOnly(t *testing.T) {
	h := startBot(t, harnessOptions{global: true})
	global := commandsIn(t, h, "")
	home := commandsIn(t, h, h.fake.GuildID)
	if len(global) != 4 || global["ask"].Name == "" || global[cmdCheck].Name == "" {
		t.Errorf("global commands = %v, want the four public ones", global)
	}
	if len(home) != 2 || home["reindex"].Name == "" || home["feedback"].Name == "" {
		t.Errorf("home guild commands = %v, want reindex and feedback", home)
	}
	ctx := context.Background()
	in, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "ask", Origin: fakediscord.Origin{DM: true},
		Options: []fakediscord.CommandOption{{Name: "question", Value: "Wer ist Daniel Shapiro?"}}})
	if err != nil {
		t.Fatal(err)
	}
	if cb := decode[callback](t, h.wait(t, in.Callback())); len(cb.Data.Embeds) != 1 {
		t.Errorf("/ask in a DM = %+v", cb)
	}
	if _, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "reindex", Origin: fakediscord.Origin{DM: true}}); err == nil {
		t.Error("/reindex was offered in a DM")
	}
}

// A moderation command that reaches another server (left over from an
// older registration) is refused there and audited.
func TestModerationIsRefusedOutsideTheHomeGuild(t *testing.T) {
	h := startBot(t, harnessOptions{global: true})
	commandsIn(t, h, "")
	other := h.fake.AddGuild("another server", 0, 0)
	stale := moderationCommands()
	for _, c := range stale {
		if _, err := h.bot.session.ApplicationCommandCreate(h.fake.AppID, "", c); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	mod := fakediscord.Origin{ChannelID: other.ChannelID, Permissions: fakediscord.DefaultPermissions | int64(discordgo.PermissionManageGuild)}
	for _, name := range []string{"reindex", "feedback"} {
		in, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: name, Origin: mod})
		if err != nil {
			t.Fatal(err)
		}
		cb := decode[callback](t, h.wait(t, in.Callback()))
		if cb.Type != 4 || cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, "home server") {
			t.Errorf("/%s in another guild got %+v, want a private refusal", name, cb)
		}
	}
	audit, err := h.store.Audit(ctx)
	if err != nil || len(audit) != 2 || audit[0].Outcome != "refused" || audit[0].Detail != "not the home guild" || audit[0].GuildID != other.ID {
		t.Errorf("audit = %+v, %v", audit, err)
	}
}

// When the guild the commands were registered in changes, the old one is
// emptied, so no server keeps commands the bot no longer answers there.
func TestAChangedHomeGuildIsEmptied(t *testing.T) {
	f := fakediscord.New(t)
	eng, st, _ := corpusEngine(t)
	second := f.AddGuild("new home", 0, 0)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, stop := launch(t, f, Config{HomeGuildID: f.GuildID}, eng, st, nil, nil)
	home := fakediscord.Route("PUT", "/api/v9/applications/"+f.AppID+"/guilds/"+f.GuildID+"/commands")
	if _, err := f.WaitFor(ctx, home); err != nil {
		t.Fatal(err)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	launch(t, f, Config{HomeGuildID: second.ID}, eng, st, nil, nil)
	if _, err := f.WaitFor(ctx, fakediscord.Route("PUT", "/api/v9/applications/"+f.AppID+"/guilds/"+second.ID+"/commands")); err != nil {
		t.Fatal(err)
	}
	calls, err := f.WaitN(ctx, 2, home)
	if err != nil {
		t.Fatal(err)
	}
	var cmds []any
	if err := calls[1].Decode(&cmds); err != nil || len(cmds) != 0 {
		t.Errorf("the old home guild got %s, want an empty list", calls[1].Body)
	}
}
