package fakediscord

import (
	"encoding/json"
	"strconv"
	"time"
)

// The types below are Discord's JSON shapes, written from the API reference
// rather than borrowed from discordgo, so that a decoding mistake on the
// bot's side shows up here as it would against Discord. Types are exact:
// snowflakes and permission sets are strings, timestamps RFC 3339.

type wireUser struct {
	ID            string  `json:"id"`
	Username      string  `json:"username"`
	Discriminator string  `json:"discriminator"`
	GlobalName    *string `json:"global_name"`
	Avatar        *string `json:"avatar"`
	Bot           bool    `json:"bot,omitempty"`
	PublicFlags   int     `json:"public_flags"`
}

type wireMember struct {
	User                       *wireUser `json:"user,omitempty"`
	Nick                       *string   `json:"nick"`
	Avatar                     *string   `json:"avatar"`
	Roles                      []string  `json:"roles"`
	JoinedAt                   string    `json:"joined_at"`
	PremiumSince               *string   `json:"premium_since"`
	Deaf                       bool      `json:"deaf"`
	Mute                       bool      `json:"mute"`
	Flags                      int       `json:"flags"`
	Pending                    bool      `json:"pending"`
	Permissions                string    `json:"permissions,omitempty"`
	CommunicationDisabledUntil *string   `json:"communication_disabled_until"`
}

type wireRole struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Color       int    `json:"color"`
	Hoist       bool   `json:"hoist"`
	Position    int    `json:"position"`
	Permissions string `json:"permissions"`
	Managed     bool   `json:"managed"`
	Mentionable bool   `json:"mentionable"`
	Flags       int    `json:"flags"`
}

type wireChannel struct {
	ID                   string              `json:"id"`
	Type                 int                 `json:"type"`
	GuildID              string              `json:"guild_id,omitempty"`
	Name                 string              `json:"name,omitempty"`
	Position             int                 `json:"position"`
	PermissionOverwrites []wireOverwrite     `json:"permission_overwrites"`
	Topic                *string             `json:"topic"`
	NSFW                 bool                `json:"nsfw"`
	LastMessageID        *string             `json:"last_message_id"`
	RateLimitPerUser     int                 `json:"rate_limit_per_user"`
	Recipients           []wireUser          `json:"recipients,omitempty"`
	Flags                int                 `json:"flags"`
	ParentID             string              `json:"parent_id,omitempty"`
	OwnerID              string              `json:"owner_id,omitempty"`
	ThreadMetadata       *wireThreadMetadata `json:"thread_metadata,omitempty"`
}

type wireOverwrite struct {
	ID    string `json:"id"`
	Type  int    `json:"type"`
	Allow string `json:"allow"`
	Deny  string `json:"deny"`
}

type wireThreadMetadata struct {
	Archived            bool   `json:"archived"`
	AutoArchiveDuration int    `json:"auto_archive_duration"`
	ArchiveTimestamp    string `json:"archive_timestamp"`
	Locked              bool   `json:"locked"`
}

type wireAttachment struct {
	ID          string `json:"id"`
	Filename    string `json:"filename"`
	ContentType string `json:"content_type,omitempty"`
	Size        int    `json:"size"`
	URL         string `json:"url"`
	ProxyURL    string `json:"proxy_url"`
}

type wireMessageReference struct {
	Type      int    `json:"type"`
	MessageID string `json:"message_id"`
	ChannelID string `json:"channel_id"`
	GuildID   string `json:"guild_id,omitempty"`
}

type wireInteractionMetadata struct {
	ID                           string            `json:"id"`
	Type                         int               `json:"type"`
	User                         wireUser          `json:"user"`
	AuthorizingIntegrationOwners map[string]string `json:"authorizing_integration_owners"`
	InteractedMessageID          string            `json:"interacted_message_id,omitempty"`
}

type wireMessage struct {
	ID                  string                   `json:"id"`
	Type                int                      `json:"type"`
	ChannelID           string                   `json:"channel_id"`
	GuildID             string                   `json:"guild_id,omitempty"`
	Author              wireUser                 `json:"author"`
	Member              *wireMember              `json:"member,omitempty"`
	Content             string                   `json:"content"`
	Timestamp           string                   `json:"timestamp"`
	EditedTimestamp     *string                  `json:"edited_timestamp"`
	TTS                 bool                     `json:"tts"`
	MentionEveryone     bool                     `json:"mention_everyone"`
	Mentions            []wireUser               `json:"mentions"`
	MentionRoles        []string                 `json:"mention_roles"`
	Attachments         []wireAttachment         `json:"attachments"`
	Embeds              json.RawMessage          `json:"embeds"`
	Components          json.RawMessage          `json:"components"`
	Pinned              bool                     `json:"pinned"`
	Flags               int                      `json:"flags"`
	WebhookID           string                   `json:"webhook_id,omitempty"`
	ApplicationID       string                   `json:"application_id,omitempty"`
	MessageReference    *wireMessageReference    `json:"message_reference,omitempty"`
	ReferencedMessage   json.RawMessage          `json:"referenced_message,omitempty"`
	InteractionMetadata *wireInteractionMetadata `json:"interaction_metadata,omitempty"`
}

type wireGuild struct {
	ID                          string        `json:"id"`
	Name                        string        `json:"name"`
	Icon                        *string       `json:"icon"`
	OwnerID                     string        `json:"owner_id"`
	JoinedAt                    string        `json:"joined_at"`
	Large                       bool          `json:"large"`
	Unavailable                 bool          `json:"unavailable"`
	MemberCount                 int           `json:"member_count"`
	PreferredLocale             string        `json:"preferred_locale"`
	VerificationLevel           int           `json:"verification_level"`
	DefaultMessageNotifications int           `json:"default_message_notifications"`
	ExplicitContentFilter       int           `json:"explicit_content_filter"`
	MFALevel                    int           `json:"mfa_level"`
	PremiumTier                 int           `json:"premium_tier"`
	NSFWLevel                   int           `json:"nsfw_level"`
	SystemChannelID             *string       `json:"system_channel_id"`
	ApplicationID               *string       `json:"application_id"`
	Features                    []string      `json:"features"`
	Roles                       []wireRole    `json:"roles"`
	Emojis                      []any         `json:"emojis"`
	Stickers                    []any         `json:"stickers"`
	Channels                    []wireChannel `json:"channels"`
	Threads                     []wireChannel `json:"threads"`
	Members                     []wireMember  `json:"members"`
	VoiceStates                 []any         `json:"voice_states"`
	Presences                   []any         `json:"presences"`
}

// timestamp formats t the way Discord does.
func timestamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000+00:00") }

func permissionString(p int64) string { return strconv.FormatInt(p, 10) }

// currentUserWire is the bot's own user as READY and GET /users/@me carry
// it, with the account fields only the owner sees.
func (f *Fake) currentUserWire() any {
	return struct {
		wireUser
		Verified   bool `json:"verified"`
		MFAEnabled bool `json:"mfa_enabled"`
		Flags      int  `json:"flags"`
	}{wireUser: f.Bot.wire(), Verified: true}
}

func (u User) wire() wireUser {
	w := wireUser{ID: u.ID, Username: u.Username, Discriminator: "0", Bot: u.Bot}
	if u.GlobalName != "" {
		name := u.GlobalName
		w.GlobalName = &name
	}
	return w
}

// memberLocked is u's guild member object; withUser adds the nested user,
// which Discord leaves out where the user is sent next to the member.
func (f *Fake) memberLocked(u User, roles []string, permissions int64, withUser bool) wireMember {
	m := wireMember{
		Roles:    append([]string{}, roles...),
		JoinedAt: timestamp(snowflakeTime(f.GuildID)),
	}
	if permissions != 0 {
		m.Permissions = permissionString(permissions)
	}
	if withUser {
		w := u.wire()
		m.User = &w
	}
	return m
}

func (f *Fake) channelWireLocked(c *channel) wireChannel {
	w := wireChannel{ID: c.ID, Type: c.Type, GuildID: c.GuildID, Name: c.Name, PermissionOverwrites: []wireOverwrite{},
		ParentID: c.ParentID, OwnerID: c.OwnerID}
	if c.Type == channelDM {
		w.Recipients = []wireUser{f.users[c.Recipient].wire()}
	}
	for _, o := range c.Overwrites {
		w.PermissionOverwrites = append(w.PermissionOverwrites, wireOverwrite{ID: o.id, Type: o.kind,
			Allow: permissionString(o.allow), Deny: permissionString(o.deny)})
	}
	if isThread(c.Type) {
		w.ThreadMetadata = &wireThreadMetadata{AutoArchiveDuration: 1440, ArchiveTimestamp: timestamp(snowflakeTime(c.ID))}
	}
	return w
}

// guildWireLocked is the full guild object of GUILD_CREATE and GET /guilds/{id}.
func (f *Fake) guildWireLocked(gd *guild) wireGuild {
	g := wireGuild{
		ID:              gd.id,
		Name:            gd.name,
		OwnerID:         gd.ownerID,
		JoinedAt:        timestamp(snowflakeTime(gd.id)),
		PreferredLocale: f.cfg.guildLocale,
		Features:        []string{},
		Emojis:          []any{},
		Stickers:        []any{},
		Threads:         []wireChannel{},
		VoiceStates:     []any{},
		Presences:       []any{},
		Members:         []wireMember{f.memberLocked(f.Bot, nil, 0, true)},
	}
	for i, r := range gd.roles {
		g.Roles = append(g.Roles, wireRole{ID: r.ID, Name: r.Name, Position: i, Permissions: permissionString(r.Permissions)})
	}
	for _, id := range f.channelOrder {
		c := f.channels[id]
		if c.GuildID != gd.id {
			continue
		}
		w := f.channelWireLocked(c)
		if isThread(c.Type) {
			g.Threads = append(g.Threads, w)
			continue
		}
		w.GuildID = "" // GUILD_CREATE leaves guild_id out of its channels
		w.Position = len(g.Channels)
		g.Channels = append(g.Channels, w)
	}
	for _, u := range f.users {
		if !u.Bot {
			g.MemberCount++
		}
	}
	g.MemberCount++ // the bot
	return g
}

// snowflakeTime is when the snowflake id was made.
func snowflakeTime(id string) time.Time {
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return time.Time{}
	}
	return time.UnixMilli(int64(n>>22) + discordEpoch)
}
