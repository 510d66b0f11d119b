package fakediscord

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
)

// Channel types, as numbered by Discord.
const (
	channelText          = 0
	channelDM            = 1
	channelPublicThread  = 11
	channelPrivateThread = 12
	channelForum         = 15
)

// Permission overwrite types.
const (
	overwriteRole   = 0
	overwriteMember = 1
)

// guild is a server the bot is in.
type guild struct {
	id      string
	name    string
	ownerID string
	roles   []role // roles[0] is @everyone, whose id is the guild's
}

// overwrite is a channel's permission overwrite for a role or a member.
type overwrite struct {
	id          string
	kind        int // overwriteRole or overwriteMember
	allow, deny int64
}

// Guild is a server of the fake.
type Guild struct {
	ID        string
	ChannelID string // its first text channel
}

// isThread reports whether a channel type is a thread.
func isThread(kind int) bool { return kind == channelPublicThread || kind == channelPrivateThread }

// addGuildLocked adds a guild with an @everyone role, owned by the fake's
// default user, and one text channel.
func (f *Fake) addGuildLocked(id, name string) Guild {
	g := &guild{id: id, name: name, ownerID: f.User.ID,
		roles: []role{{ID: id, Name: "@everyone", Permissions: DefaultPermissions}}}
	f.guilds[id] = g
	f.guildOrder = append(f.guildOrder, id)
	channel := f.addChannelLocked(&channel{Type: channelText, GuildID: id, Name: "general"})
	return Guild{ID: id, ChannelID: channel}
}

// AddGuild adds a guild the bot is in, with one text channel. When
// shardCount is above 1, its id is chosen so that the guild belongs to
// shard, by Discord's rule (guild_id >> 22) % shard_count. The guild is
// announced to a bot already connected with GUILD_CREATE.
func (f *Fake) AddGuild(name string, shard, shardCount int) Guild {
	f.mu.Lock()
	id := f.newIDLocked()
	if shardCount > 1 {
		n, _ := strconv.ParseUint(id, 10, 64)
		ms := n >> 22
		for int(ms%uint64(shardCount)) != shard {
			ms++
		}
		n = ms << 22
		f.lastID = n
		id = strconv.FormatUint(n, 10)
	}
	g := f.addGuildLocked(id, name)
	sess := f.sessionForLocked(id)
	var payload wireGuild
	if sess != nil && sess.intents&IntentGuilds != 0 {
		payload = f.guildWireLocked(f.guilds[id])
	}
	f.mu.Unlock()
	if payload.ID != "" {
		f.send(sess, "GUILD_CREATE", payload)
	}
	return g
}

// ShardOf is the shard a guild's events go to among count shards.
func ShardOf(guildID string, count int) int {
	if count <= 1 || guildID == "" {
		return 0
	}
	n, _ := strconv.ParseUint(guildID, 10, 64)
	return int((n >> 22) % uint64(count))
}

// AddForumChannel adds a forum channel to the default guild and returns its id.
func (f *Fake) AddForumChannel(name string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.addChannelLocked(&channel{Type: channelForum, GuildID: f.GuildID, Name: name})
}

// SetBotPermissions gives the bot a member overwrite in a channel: allow
// and deny are permission bits, as a server's moderators would set them. A
// connected bot gets CHANNEL_UPDATE.
func (f *Fake) SetBotPermissions(channelID string, allow, deny int64) error {
	f.mu.Lock()
	ch, ok := f.channels[channelID]
	if !ok || ch.GuildID == "" {
		f.mu.Unlock()
		return fmt.Errorf("channel %s is not a guild channel of the fake", channelID)
	}
	kept := ch.Overwrites[:0]
	for _, o := range ch.Overwrites {
		if !(o.kind == overwriteMember && o.id == f.Bot.ID) {
			kept = append(kept, o)
		}
	}
	ch.Overwrites = append(kept, overwrite{id: f.Bot.ID, kind: overwriteMember, allow: allow, deny: deny})
	sess := f.sessionForLocked(ch.GuildID)
	payload := f.channelWireLocked(ch)
	f.notifyLocked()
	f.mu.Unlock()
	if sess != nil && sess.intents&IntentGuilds != 0 {
		f.send(sess, "CHANNEL_UPDATE", payload)
	}
	return nil
}

// botPermissionsLocked computes what the bot may do in a channel, as
// Discord does: @everyone, the bot's roles, then the channel's overwrites;
// a thread has its parent's permissions.
func (f *Fake) botPermissionsLocked(channelID string) int64 {
	ch := f.channels[channelID]
	if ch == nil {
		return 0
	}
	if ch.GuildID == "" {
		return PermissionViewChannel | PermissionSendMessages | PermissionEmbedLinks | PermissionAttachFiles |
			PermissionReadMessageHistory | PermissionAddReactions
	}
	if isThread(ch.Type) {
		if parent := f.channels[ch.ParentID]; parent != nil {
			ch = parent
		}
	}
	g := f.guilds[ch.GuildID]
	perms := g.roles[0].Permissions
	var allow, deny int64
	for _, o := range ch.Overwrites {
		switch {
		case o.kind == overwriteRole && o.id == g.id:
			perms = perms&^o.deny | o.allow
		case o.kind == overwriteRole:
			// The bot has no roles of its own in the fake.
		case o.id == f.Bot.ID:
			allow, deny = o.allow, o.deny
		}
	}
	return perms&^deny | allow
}

// canSendLocked checks that the bot may post a message in a channel;
// Discord answers 403 Missing Permissions otherwise.
func (f *Fake) canSendLocked(channelID string, isReply, files bool) (reply, bool) {
	ch := f.channels[channelID]
	perms := f.botPermissionsLocked(channelID)
	need := PermissionViewChannel | PermissionSendMessages
	if isThread(ch.Type) {
		need = PermissionViewChannel | PermissionSendMessagesInThreads
	}
	if isReply {
		need |= PermissionReadMessageHistory
	}
	if files {
		need |= PermissionAttachFiles
	}
	if perms&need != need {
		return errorReply(http.StatusForbidden, codeMissingPermissions, "Missing Permissions"), false
	}
	return reply{}, true
}

// ThreadStart is a thread a member starts in a text channel.
type ThreadStart struct {
	Author   User   // default Fake.User
	ParentID string // default Fake.ChannelID
	Name     string
}

// StartThread creates a public thread as a member would and dispatches
// THREAD_CREATE; messages are then sent to its id with SendMessage.
func (f *Fake) StartThread(ctx context.Context, ts ThreadStart) (string, error) {
	f.mu.Lock()
	if ts.Author.ID == "" {
		ts.Author = f.User
	}
	if ts.ParentID == "" {
		ts.ParentID = f.ChannelID
	}
	parent, ok := f.channels[ts.ParentID]
	if !ok || parent.Type != channelText {
		f.mu.Unlock()
		return "", fmt.Errorf("channel %s is not a text channel of the fake", ts.ParentID)
	}
	f.registerUserLocked(ts.Author)
	th := &channel{Type: channelPublicThread, GuildID: parent.GuildID, Name: ts.Name, ParentID: parent.ID, OwnerID: ts.Author.ID}
	id := f.addChannelLocked(th)
	f.mu.Unlock()
	return id, f.announceThread(ctx, id)
}

// announceThread dispatches THREAD_CREATE for a new thread.
func (f *Fake) announceThread(ctx context.Context, threadID string) error {
	f.mu.Lock()
	guildID := f.channels[threadID].GuildID
	f.mu.Unlock()
	sess, err := f.readySession(ctx, guildID, "THREAD_CREATE", IntentGuilds)
	if err != nil {
		return err
	}
	f.mu.Lock()
	w := f.channelWireLocked(f.channels[threadID])
	f.mu.Unlock()
	f.send(sess, "THREAD_CREATE", struct {
		wireChannel
		NewlyCreated bool `json:"newly_created"`
	}{w, true})
	return nil
}

// ForumPost is a new post in a forum channel: a thread named Title whose
// first message, with the same id as the thread, says Content.
type ForumPost struct {
	Author  User   // default Fake.User
	ForumID string // a channel made with AddForumChannel
	Title   string
	Content string
}

// PostInForum creates a forum post as a member would: THREAD_CREATE, then
// MESSAGE_CREATE of its starter message in the new thread.
func (f *Fake) PostInForum(ctx context.Context, p ForumPost) (SentMessage, error) {
	f.mu.Lock()
	if p.Author.ID == "" {
		p.Author = f.User
	}
	forum, ok := f.channels[p.ForumID]
	if !ok || forum.Type != channelForum {
		f.mu.Unlock()
		return SentMessage{}, fmt.Errorf("channel %s is not a forum channel of the fake", p.ForumID)
	}
	if p.Title == "" || p.Content == "" {
		f.mu.Unlock()
		return SentMessage{}, fmt.Errorf("a forum post needs a title and a message")
	}
	f.registerUserLocked(p.Author)
	th := &channel{Type: channelPublicThread, GuildID: forum.GuildID, Name: p.Title, ParentID: forum.ID, OwnerID: p.Author.ID}
	id := f.addChannelLocked(th)
	f.mu.Unlock()
	if err := f.announceThread(ctx, id); err != nil {
		return SentMessage{}, err
	}
	return f.postMessage(ctx, ChatMessage{Author: p.Author, ChannelID: id, Content: p.Content}, id)
}

// startThreadFromMessage is POST /channels/{channel}/messages/{message}/threads:
// the bot opens a public thread on a message; the thread's id is the message's.
func (f *Fake) startThreadFromMessage(r *http.Request, c *Call) reply {
	var body struct {
		Name                string `json:"name"`
		AutoArchiveDuration int    `json:"auto_archive_duration"`
	}
	if err := c.Decode(&body); err != nil {
		return formError("name", "BASE_TYPE_REQUIRED", "This field is required")
	}
	e := formErrors{}
	if n := len([]rune(body.Name)); n < 1 || n > 100 {
		e.add("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
	}
	switch body.AutoArchiveDuration {
	case 0, 60, 1440, 4320, 10080:
	default:
		e.add("auto_archive_duration", "BASE_TYPE_CHOICES", "Value must be one of {60, 1440, 4320, 10080}.")
	}
	if rep, bad := e.reply(); bad {
		return rep
	}
	var created *channel
	rep := f.update(func(echoes *[]echoEvent) reply {
		m, rep, ok := f.channelMessageLocked(r)
		if !ok {
			return rep
		}
		parent := f.channels[m.channelID]
		if parent.Type != channelText {
			return errorReply(http.StatusBadRequest, codeInvalidThreadParent, "Cannot create a thread here")
		}
		if _, exists := f.channels[m.id]; exists {
			return errorReply(http.StatusBadRequest, codeThreadAlreadyCreated, "A thread has already been created for this message")
		}
		need := PermissionViewChannel | PermissionCreatePublicThreads
		if f.botPermissionsLocked(parent.ID)&need != need {
			return errorReply(http.StatusForbidden, codeMissingPermissions, "Missing Permissions")
		}
		created = &channel{ID: m.id, Type: channelPublicThread, GuildID: parent.GuildID, Name: body.Name, ParentID: parent.ID, OwnerID: f.Bot.ID}
		f.channels[m.id] = created
		f.channelOrder = append(f.channelOrder, m.id)
		f.notifyLocked()
		w := f.channelWireLocked(created)
		*echoes = append(*echoes, echoEvent{eventType: "THREAD_CREATE", guildID: parent.GuildID, needIntent: IntentGuilds,
			payload: struct {
				wireChannel
				NewlyCreated bool `json:"newly_created"`
			}{w, true}})
		return jsonReply(http.StatusCreated, w)
	})
	return rep
}
