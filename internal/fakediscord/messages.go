package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Message types and flags used by the fake.
const (
	messageDefault = 0
	messageReply   = 19

	flagSuppressEmbeds = 1 << 2
)

var (
	userMentionPattern     = regexp.MustCompile(`<@!?(\d+)>`)
	roleMentionPattern     = regexp.MustCompile(`<@&(\d+)>`)
	everyoneMentionPattern = regexp.MustCompile(`@(everyone|here)\b`)
)

// Message is a message as the fake holds it now, after all edits.
type Message struct {
	ID        string
	ChannelID string
	GuildID   string // empty in DMs
	AuthorID  string
	Content   string
	// Embeds and Components are the JSON arrays last sent; [] when none.
	Embeds     json.RawMessage
	Components json.RawMessage
	Flags      int
	Files      []File // attached files, in order
	Edits      int    // edits after creation
	// InteractionID is the interaction this message answers, if any.
	InteractionID string
}

// Ephemeral reports whether only the invoking user can see the message.
func (m Message) Ephemeral() bool { return m.Flags&flagEphemeral != 0 }

// CustomIDs lists the custom ids of the message's components, at any depth.
func (m Message) CustomIDs() []string {
	var cs []componentSpec
	json.Unmarshal(m.Components, &cs) // stored components were validated
	var ids []string
	walkComponents(cs, "components", func(_ string, c componentSpec) {
		if c.CustomID != "" {
			ids = append(ids, c.CustomID)
		}
	})
	return ids
}

type storedMessage struct {
	id              string
	channelID       string
	author          User
	authorRoles     []string
	msgType         int
	content         string
	embeds          json.RawMessage
	components      json.RawMessage
	flags           int
	tts             bool
	attachments     []storedAttachment
	mentions        []string // user ids
	mentionRoles    []string
	mentionEveryone bool
	referenceID     string
	interactionID   string
	created         time.Time
	edited          *time.Time
	edits           int
	deleted         bool
}

type storedAttachment struct {
	id   string
	file File
}

// Message returns the message with the given id, if it exists and was not
// deleted.
func (f *Fake) Message(id string) (Message, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	m, ok := f.messages[id]
	if !ok || m.deleted {
		return Message{}, false
	}
	return f.snapshotLocked(m), true
}

// ChannelMessages returns the channel's messages that were not deleted,
// oldest first, including ephemeral ones.
func (f *Fake) ChannelMessages(channelID string) []Message {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Message
	for _, id := range f.messageOrder {
		if m := f.messages[id]; m.channelID == channelID && !m.deleted {
			out = append(out, f.snapshotLocked(m))
		}
	}
	return out
}

func (f *Fake) snapshotLocked(m *storedMessage) Message {
	s := Message{
		ID:            m.id,
		ChannelID:     m.channelID,
		GuildID:       f.channels[m.channelID].GuildID,
		AuthorID:      m.author.ID,
		Content:       m.content,
		Embeds:        orEmptyArray(m.embeds),
		Components:    orEmptyArray(m.components),
		Flags:         m.flags,
		Edits:         m.edits,
		InteractionID: m.interactionID,
	}
	for _, a := range m.attachments {
		s.Files = append(s.Files, a.file)
	}
	return s
}

func orEmptyArray(raw json.RawMessage) json.RawMessage {
	if isEmpty(raw) {
		return json.RawMessage("[]")
	}
	return append(json.RawMessage(nil), raw...)
}

func (f *Fake) storeLocked(m *storedMessage) {
	f.messages[m.id] = m
	f.messageOrder = append(f.messageOrder, m.id)
	f.notifyLocked()
}

// messageIntentLocked is the intent that subscribes to messages in a
// channel.
func (f *Fake) messageIntentLocked(channelID string) int {
	if f.channels[channelID].Type == channelDM {
		return IntentDirectMessages
	}
	return IntentGuildMessages
}

// parseMentionsLocked sets the mentions Discord derives from content.
func (f *Fake) parseMentionsLocked(m *storedMessage) {
	m.mentions, m.mentionRoles = nil, nil
	for _, match := range userMentionPattern.FindAllStringSubmatch(m.content, -1) {
		if _, known := f.users[match[1]]; known && !slices.Contains(m.mentions, match[1]) {
			m.mentions = append(m.mentions, match[1])
		}
	}
	for _, match := range roleMentionPattern.FindAllStringSubmatch(m.content, -1) {
		if !slices.Contains(m.mentionRoles, match[1]) {
			m.mentionRoles = append(m.mentionRoles, match[1])
		}
	}
	m.mentionEveryone = everyoneMentionPattern.MatchString(m.content)
}

// applyLocked applies a create or edit payload and its new files to m.
func (f *Fake) applyLocked(m *storedMessage, p messagePayload, files []File, editing bool) {
	if p.Content != nil {
		m.content = *p.Content
		f.parseMentionsLocked(m)
	}
	if p.Embeds != nil {
		m.embeds = orEmptyArray(p.Embeds)
	}
	// Discord clears embeds sent as null but keeps components sent as null
	// (discord-api-docs#5860); [] clears both. discordgo sends null for
	// unset components in interaction responses, so this matters.
	if p.Components != nil && !isNull(p.Components) {
		m.components = orEmptyArray(p.Components)
	}
	if editing {
		if p.Flags != nil {
			m.flags = m.flags&^flagSuppressEmbeds | *p.Flags&flagSuppressEmbeds
		}
		if p.Attachments != nil {
			// The list names the existing attachments to keep; ids may be
			// strings or numbers.
			var list []struct {
				ID any `json:"id"`
			}
			json.Unmarshal(p.Attachments, &list) // a malformed list keeps nothing
			keep := map[string]bool{}
			for _, a := range list {
				keep[fmt.Sprint(a.ID)] = true
			}
			m.attachments = slices.DeleteFunc(m.attachments, func(a storedAttachment) bool { return !keep[a.id] })
		}
		now := time.Now()
		m.edited = &now
		m.edits++
		m.flags &^= flagLoading
	} else {
		if p.Flags != nil {
			m.flags = *p.Flags
		}
		m.tts = p.TTS
	}
	for _, file := range files {
		m.attachments = append(m.attachments, storedAttachment{id: f.newIDLocked(), file: file})
	}
	m.embeds = f.resolveAttachmentsLocked(m)
}

// resolveAttachmentsLocked replaces "attachment://NAME" in the image and
// thumbnail of m's embeds with the address of m's attachment of that name,
// as Discord does; a name m has no attachment for stays as it is.
func (f *Fake) resolveAttachmentsLocked(m *storedMessage) json.RawMessage {
	if isEmpty(m.embeds) || !strings.Contains(string(m.embeds), "attachment://") {
		return m.embeds
	}
	var embeds []map[string]any
	if json.Unmarshal(m.embeds, &embeds) != nil {
		return m.embeds
	}
	for _, e := range embeds {
		for _, key := range []string{"image", "thumbnail"} {
			media, _ := e[key].(map[string]any)
			u, _ := media["url"].(string)
			name, ok := strings.CutPrefix(u, "attachment://")
			if !ok {
				continue
			}
			for _, a := range m.attachments {
				if a.file.Name == name {
					media["url"] = attachmentURL(m.channelID, a)
					media["proxy_url"] = attachmentURL(m.channelID, a)
				}
			}
		}
	}
	out, err := json.Marshal(embeds)
	if err != nil {
		return m.embeds
	}
	return out
}

func attachmentURL(channelID string, a storedAttachment) string {
	return fmt.Sprintf("https://cdn.discordapp.com/attachments/%s/%s/%s", channelID, a.id, a.file.Name)
}

// botMessageLocked creates a message the bot sends with payload p.
func (f *Fake) botMessageLocked(channelID string, p messagePayload, files []File) *storedMessage {
	m := &storedMessage{id: f.newIDLocked(), channelID: channelID, author: f.Bot, created: time.Now(), msgType: messageDefault}
	f.applyLocked(m, p, files, false)
	if p.MessageReference != nil {
		m.referenceID = p.MessageReference.MessageID
		m.msgType = messageReply
	}
	f.storeLocked(m)
	return m
}

// messageWireLocked is m as Discord sends it; forGateway adds the author's
// member object, which only gateway events carry. A reply carries the
// message it replies to in referenced_message (null once that is deleted).
func (f *Fake) messageWireLocked(m *storedMessage, forGateway bool) wireMessage {
	w := f.messageWireOnlyLocked(m, forGateway)
	if m.referenceID != "" {
		w.ReferencedMessage = json.RawMessage("null")
		if ref := f.messages[m.referenceID]; ref != nil && !ref.deleted {
			if b, err := json.Marshal(f.messageWireOnlyLocked(ref, false)); err == nil {
				w.ReferencedMessage = b
			}
		}
	}
	return w
}

func (f *Fake) messageWireOnlyLocked(m *storedMessage, forGateway bool) wireMessage {
	ch := f.channels[m.channelID]
	w := wireMessage{
		ID:              m.id,
		Type:            m.msgType,
		ChannelID:       m.channelID,
		GuildID:         ch.GuildID,
		Author:          m.author.wire(),
		Content:         m.content,
		Timestamp:       timestamp(m.created),
		TTS:             m.tts,
		MentionEveryone: m.mentionEveryone,
		Mentions:        []wireUser{},
		MentionRoles:    append([]string{}, m.mentionRoles...),
		Attachments:     []wireAttachment{},
		Embeds:          orEmptyArray(m.embeds),
		Components:      orEmptyArray(m.components),
		Flags:           m.flags,
	}
	if m.edited != nil {
		s := timestamp(*m.edited)
		w.EditedTimestamp = &s
	}
	for _, id := range m.mentions {
		w.Mentions = append(w.Mentions, f.users[id].wire())
	}
	for _, a := range m.attachments {
		url := attachmentURL(m.channelID, a)
		w.Attachments = append(w.Attachments, wireAttachment{
			ID: a.id, Filename: a.file.Name, ContentType: a.file.ContentType, Size: len(a.file.Data),
			URL: url, ProxyURL: url,
		})
	}
	if m.referenceID != "" {
		w.MessageReference = &wireMessageReference{MessageID: m.referenceID, ChannelID: m.channelID, GuildID: ch.GuildID}
	}
	if in := f.interactions[m.interactionID]; in != nil {
		w.WebhookID, w.ApplicationID = f.AppID, f.AppID
		w.InteractionMetadata = &wireInteractionMetadata{
			ID: in.id, Type: in.kind, User: in.user.wire(),
			AuthorizingIntegrationOwners: authorizingOwners(in.guildID),
			InteractedMessageID:          in.messageID,
		}
	}
	if forGateway && ch.GuildID != "" {
		member := f.memberLocked(m.author, m.authorRoles, 0, false)
		w.Member = &member
	}
	return w
}

// messageEventLocked queues the gateway event for a change to a visible
// message; ephemeral messages are only ever seen by the invoking user.
func (f *Fake) messageEventLocked(echoes *[]echoEvent, eventType string, m *storedMessage) {
	if m.flags&flagEphemeral != 0 {
		return
	}
	var payload any = f.messageWireLocked(m, true)
	if eventType == "MESSAGE_DELETE" {
		payload = map[string]string{"id": m.id, "channel_id": m.channelID, "guild_id": f.channels[m.channelID].GuildID}
	}
	*echoes = append(*echoes, echoEvent{eventType: eventType, guildID: f.channels[m.channelID].GuildID, payload: payload,
		needIntent: f.messageIntentLocked(m.channelID)})
}

func decodeMessagePayload(c *Call) (messagePayload, reply, bool) {
	var p messagePayload
	if c.Body == nil {
		return p, reply{}, true
	}
	if err := json.Unmarshal(c.Body, &p); err != nil {
		return p, errorReply(http.StatusBadRequest, codeInvalidFormBody, "Invalid Form Body: "+err.Error()), false
	}
	return p, reply{}, true
}

func (f *Fake) createChannelMessage(r *http.Request, c *Call) reply {
	p, rep, ok := decodeMessagePayload(c)
	if !ok {
		return rep
	}
	if rep, bad := validateMessage(p, len(c.Files), true); bad {
		return rep
	}
	if p.Flags != nil && *p.Flags&flagEphemeral != 0 {
		return formError("flags", "MESSAGE_FLAGS_INVALID", "Only interaction responses can be ephemeral")
	}
	return f.update(func(echoes *[]echoEvent) reply {
		channelID := r.PathValue("channel")
		ch, ok := f.channels[channelID]
		if !ok {
			return errorReply(http.StatusNotFound, codeUnknownChannel, "Unknown Channel")
		}
		if ch.Type == channelForum {
			return errorReply(http.StatusBadRequest, codeInvalidThreadParent, "Cannot send messages in a forum channel")
		}
		if ref := p.MessageReference; ref != nil {
			if m, ok := f.messages[ref.MessageID]; !ok || m.deleted || m.channelID != channelID {
				// By default a reply to a message that is gone fails; with
				// fail_if_not_exists false it is sent as a plain message.
				if ref.FailIfNotExists == nil || *ref.FailIfNotExists {
					return formError("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message")
				}
				p.MessageReference = nil
			}
		}
		if rep, ok := f.canSendLocked(channelID, p.MessageReference != nil, len(c.Files) > 0); !ok {
			return rep
		}
		if f.botPermissionsLocked(channelID)&PermissionEmbedLinks == 0 {
			// Without Embed Links the message is sent and its embeds are dropped.
			p.Embeds = nil
		}
		m := f.botMessageLocked(channelID, p, c.Files)
		f.messageEventLocked(echoes, "MESSAGE_CREATE", m)
		return jsonReply(http.StatusOK, f.messageWireLocked(m, false))
	})
}

// channelMessageLocked finds a live message in the route's channel.
func (f *Fake) channelMessageLocked(r *http.Request) (*storedMessage, reply, bool) {
	channelID := r.PathValue("channel")
	if _, ok := f.channels[channelID]; !ok {
		return nil, errorReply(http.StatusNotFound, codeUnknownChannel, "Unknown Channel"), false
	}
	m, ok := f.messages[r.PathValue("message")]
	if !ok || m.deleted || m.channelID != channelID {
		return nil, errorReply(http.StatusNotFound, codeUnknownMessage, "Unknown Message"), false
	}
	return m, reply{}, true
}

func (f *Fake) getChannelMessage(r *http.Request, _ *Call) reply {
	f.mu.Lock()
	defer f.mu.Unlock()
	m, rep, ok := f.channelMessageLocked(r)
	if !ok {
		return rep
	}
	return jsonReply(http.StatusOK, f.messageWireLocked(m, false))
}

func (f *Fake) editChannelMessage(r *http.Request, c *Call) reply {
	p, rep, ok := decodeMessagePayload(c)
	if !ok {
		return rep
	}
	if rep, bad := validateMessage(p, len(c.Files), false); bad {
		return rep
	}
	return f.update(func(echoes *[]echoEvent) reply {
		m, rep, ok := f.channelMessageLocked(r)
		if !ok {
			return rep
		}
		if m.author.ID != f.Bot.ID {
			return errorReply(http.StatusForbidden, codeCannotEditOthers, "Cannot edit a message authored by another user")
		}
		f.applyLocked(m, p, c.Files, true)
		f.messageEventLocked(echoes, "MESSAGE_UPDATE", m)
		return jsonReply(http.StatusOK, f.messageWireLocked(m, false))
	})
}

func (f *Fake) deleteChannelMessage(r *http.Request, _ *Call) reply {
	return f.update(func(echoes *[]echoEvent) reply {
		m, rep, ok := f.channelMessageLocked(r)
		if !ok {
			return rep
		}
		m.deleted = true
		f.notifyLocked()
		f.messageEventLocked(echoes, "MESSAGE_DELETE", m)
		return noContent()
	})
}

func (f *Fake) addReaction(r *http.Request, _ *Call) reply {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, rep, ok := f.channelMessageLocked(r); !ok {
		return rep
	}
	return noContent()
}

// ChatMessage is a message a user posts, for SendMessage.
type ChatMessage struct {
	Author    User     // default Fake.User
	Roles     []string // the author's role ids in the guild
	ChannelID string   // default Fake.ChannelID, or the author's DM channel when DM
	DM        bool     // post in the author's DM channel with the bot
	Content   string   // user mentions are written <@id>, as Discord clients send them
	// ReplyTo is the id of a message this one replies to. Like the Discord
	// client's default, the reply pings the replied-to author.
	ReplyTo string
}

// SentMessage says what SendMessage dispatched.
type SentMessage struct {
	ID        string
	ChannelID string
	Seq       int64
	// ContentVisible is false when Discord would have blanked the content:
	// MESSAGE_CONTENT not granted or not requested, in a guild channel,
	// without a mention of the bot.
	ContentVisible bool
}

// SendMessage posts a user's message and dispatches MESSAGE_CREATE. It
// returns ErrIntentNotRequested if the bot did not subscribe to messages in
// that kind of channel.
func (f *Fake) SendMessage(ctx context.Context, msg ChatMessage) (SentMessage, error) {
	return f.postMessage(ctx, msg, "")
}

// postMessage posts a user's message with the given id ("" for a new one).
func (f *Fake) postMessage(ctx context.Context, msg ChatMessage, id string) (SentMessage, error) {
	f.mu.Lock()
	channelID, err := f.messageChannelLocked(&msg)
	intent := 0
	guildID := ""
	if err == nil {
		intent = f.messageIntentLocked(channelID)
		guildID = f.channels[channelID].GuildID
	}
	f.mu.Unlock()
	if err != nil {
		return SentMessage{}, err
	}
	sess, err := f.readySession(ctx, guildID, "MESSAGE_CREATE", intent)
	if err != nil {
		return SentMessage{}, err
	}

	f.mu.Lock()
	if id == "" {
		id = f.newIDLocked()
	}
	m := &storedMessage{
		id: id, channelID: channelID, author: msg.Author, authorRoles: msg.Roles,
		msgType: messageDefault, content: msg.Content, created: time.Now(),
	}
	f.parseMentionsLocked(m)
	if msg.ReplyTo != "" {
		ref, ok := f.messages[msg.ReplyTo]
		if !ok || ref.deleted || ref.channelID != channelID {
			f.mu.Unlock()
			return SentMessage{}, fmt.Errorf("reply to %s: no such message in channel %s", msg.ReplyTo, channelID)
		}
		m.referenceID, m.msgType = ref.id, messageReply
		if !slices.Contains(m.mentions, ref.author.ID) {
			m.mentions = append(m.mentions, ref.author.ID)
		}
	}
	f.storeLocked(m)
	w := f.messageWireLocked(m, true)
	granted := f.cfg.grantedIntents & sess.intents & IntentMessageContent
	visible := granted != 0 || f.channels[channelID].Type == channelDM || slices.Contains(m.mentions, f.Bot.ID)
	if !visible {
		w.Content, w.Embeds, w.Components, w.Attachments = "", json.RawMessage("[]"), json.RawMessage("[]"), []wireAttachment{}
	}
	f.mu.Unlock()

	seq := f.send(sess, "MESSAGE_CREATE", w)
	return SentMessage{ID: m.id, ChannelID: channelID, Seq: seq, ContentVisible: visible}, nil
}

// DeleteMessage deletes a message as its author or a moderator would and
// dispatches MESSAGE_DELETE.
func (f *Fake) DeleteMessage(ctx context.Context, messageID string) error {
	f.mu.Lock()
	m, ok := f.messages[messageID]
	if !ok || m.deleted {
		f.mu.Unlock()
		return fmt.Errorf("no message %s", messageID)
	}
	m.deleted = true
	f.notifyLocked()
	ch := f.channels[m.channelID]
	intent := f.messageIntentLocked(m.channelID)
	f.mu.Unlock()
	sess, err := f.readySession(ctx, ch.GuildID, "MESSAGE_DELETE", 0)
	if err != nil {
		return err
	}
	if sess.intents&intent != 0 {
		f.send(sess, "MESSAGE_DELETE", map[string]string{"id": m.id, "channel_id": m.channelID, "guild_id": ch.GuildID})
	}
	return nil
}

// messageChannelLocked fills in msg's defaults and returns its channel.
func (f *Fake) messageChannelLocked(msg *ChatMessage) (string, error) {
	if msg.Author.ID == "" {
		msg.Author = f.User
	}
	f.registerUserLocked(msg.Author)
	if msg.DM {
		dm := f.dmChannelLocked(msg.Author.ID)
		if msg.ChannelID != "" && msg.ChannelID != dm {
			return "", fmt.Errorf("DM message names channel %s, but the DM channel is %s", msg.ChannelID, dm)
		}
		return dm, nil
	}
	if msg.ChannelID == "" {
		return f.ChannelID, nil
	}
	if ch, ok := f.channels[msg.ChannelID]; !ok || ch.Type != channelText && !isThread(ch.Type) {
		return "", fmt.Errorf("channel %s is not a guild text channel or thread of the fake", msg.ChannelID)
	}
	return msg.ChannelID, nil
}

// registerUserLocked makes a user a test made up itself known, so that
// mentions of it resolve.
func (f *Fake) registerUserLocked(u User) {
	if _, ok := f.users[u.ID]; !ok {
		f.users[u.ID] = u
	}
}
