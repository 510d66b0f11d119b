package fakediscord

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Interaction types, as numbered by Discord.
const (
	interactionCommand      = 2
	interactionComponent    = 3
	interactionAutocomplete = 4
	interactionModalSubmit  = 5

	contextGuild = 0
	contextBotDM = 1
)

// Origin says who triggers an interaction and where. Zero fields take the
// fake's defaults.
type Origin struct {
	User  User     // default Fake.User
	Roles []string // the member's role ids
	// Permissions are the member's permissions in the channel, sent as
	// member.permissions; zero means DefaultPermissions.
	Permissions int64
	Locale      string // the user's client locale; default "en-US"
	ChannelID   string // default Fake.ChannelID
	DM          bool   // invoked in the user's DM with the bot
}

// CommandOption is a filled-in command option. Its type comes from the command
// the bot registered, as it does in the Discord client. An attachment
// option's Value is an Attachment: the fake stores the file, sends its id
// with the attachment in resolved.attachments, and serves it at the
// attachment's url (below the fake's own address, where a bot reaches
// Discord's CDN through DISCORD_API_URL).
type CommandOption struct {
	Name    string
	Value   any             // nil for sub-commands and groups
	Options []CommandOption // for sub-commands and groups
	Focused bool            // autocomplete only: the option being typed
}

// SlashCommand is a chat-input command invocation.
type SlashCommand struct {
	Origin
	Name    string
	Options []CommandOption
}

// Attachment is a file a member uploads into an attachment option.
type Attachment struct {
	Filename    string
	ContentType string // "" sends none
	Data        []byte
}

// Autocomplete is a request for choices while the user types; exactly one
// option, at any depth, must be Focused and registered with autocomplete.
type Autocomplete struct {
	Origin
	Name    string
	Options []CommandOption
}

// ComponentPress is a click on a button, or a choice in a select menu, of a
// message the bot sent.
type ComponentPress struct {
	Origin
	CustomID string
	// MessageID is the message carrying the component; by default the
	// newest message that has a component with CustomID.
	MessageID string
	Values    []string // select menus only
}

// SentInteraction identifies a dispatched interaction.
type SentInteraction struct {
	ID    string
	Token string
	Seq   int64
	appID string
}

// Callback matches the interaction's initial response.
func (in SentInteraction) Callback() Matcher {
	return Route("POST", "/api/v9/interactions/"+in.ID+"/"+in.Token+"/callback")
}

// EditOriginal matches edits of the interaction's original response.
func (in SentInteraction) EditOriginal() Matcher {
	return Route("PATCH", in.webhookPath()+"/messages/@original")
}

// Followup matches follow-up messages created for the interaction.
func (in SentInteraction) Followup() Matcher {
	return Route("POST", in.webhookPath())
}

// Webhook matches every call on the interaction's webhook: follow-ups and
// reads, edits and deletes of its messages.
func (in SentInteraction) Webhook() Matcher {
	prefix := in.webhookPath()
	return func(c Call) bool { return c.Path == prefix || strings.HasPrefix(c.Path, prefix+"/") }
}

func (in SentInteraction) webhookPath() string {
	return "/api/v9/webhooks/" + in.appID + "/" + in.Token
}

// interaction is the fake's record of a dispatched interaction.
type interaction struct {
	id        string
	token     string
	kind      int
	created   time.Time
	channelID string
	guildID   string
	user      User
	messageID string // component presses: the message carrying the component
	// The member's roles, permissions and locale, for a modal they submit.
	roles       []string
	permissions int64
	locale      string

	responded    bool
	responseType int
	originalID   string // the message @original refers to
}

type wireInteraction struct {
	ID                           string            `json:"id"`
	ApplicationID                string            `json:"application_id"`
	Type                         int               `json:"type"`
	Data                         any               `json:"data,omitempty"`
	GuildID                      string            `json:"guild_id,omitempty"`
	Channel                      wireChannel       `json:"channel"`
	ChannelID                    string            `json:"channel_id"`
	Member                       *wireMember       `json:"member,omitempty"`
	User                         *wireUser         `json:"user,omitempty"`
	Token                        string            `json:"token"`
	Version                      int               `json:"version"`
	Message                      *wireMessage      `json:"message,omitempty"`
	AppPermissions               string            `json:"app_permissions"`
	Locale                       string            `json:"locale"`
	GuildLocale                  string            `json:"guild_locale,omitempty"`
	Entitlements                 []any             `json:"entitlements"`
	AuthorizingIntegrationOwners map[string]string `json:"authorizing_integration_owners"`
	Context                      int               `json:"context"`
	AttachmentSizeLimit          int               `json:"attachment_size_limit"`
}

type wireCommandData struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Type     int           `json:"type"`
	GuildID  string        `json:"guild_id,omitempty"`
	Options  []wireOption  `json:"options,omitempty"`
	Resolved *wireResolved `json:"resolved,omitempty"`
}

type wireOption struct {
	Name    string       `json:"name"`
	Type    int          `json:"type"`
	Value   any          `json:"value,omitempty"`
	Options []wireOption `json:"options,omitempty"`
	Focused bool         `json:"focused,omitempty"`
}

type wireResolved struct {
	Users       map[string]wireUser       `json:"users,omitempty"`
	Members     map[string]wireMember     `json:"members,omitempty"`
	Roles       map[string]wireRole       `json:"roles,omitempty"`
	Channels    map[string]wireChannel    `json:"channels,omitempty"`
	Attachments map[string]wireAttachment `json:"attachments,omitempty"`
}

type wireComponentData struct {
	CustomID      string   `json:"custom_id"`
	ComponentType int      `json:"component_type"`
	Values        []string `json:"values,omitempty"`
}

// authorizingOwners is authorizing_integration_owners for a guild-installed
// app: the guild id, or "0" in a DM with the bot.
func authorizingOwners(guildID string) map[string]string {
	if guildID == "" {
		return map[string]string{"0": "0"}
	}
	return map[string]string{"0": guildID}
}

// origin is an Origin with defaults applied and references resolved.
type origin struct {
	user        User
	roles       []string
	permissions int64
	locale      string
	channel     *channel
}

func (f *Fake) resolveOriginLocked(o Origin) (origin, error) {
	r := origin{user: o.User, roles: o.Roles, permissions: o.Permissions, locale: o.Locale}
	if r.user.ID == "" {
		r.user = f.User
	}
	f.registerUserLocked(r.user)
	if r.permissions == 0 {
		r.permissions = DefaultPermissions
	}
	if r.locale == "" {
		r.locale = "en-US"
	}
	if !discordLocales[r.locale] {
		return r, fmt.Errorf("locale %q is not one Discord sends (German is \"de\", not \"de-DE\")", r.locale)
	}
	switch {
	case o.DM:
		r.channel = f.channels[f.dmChannelLocked(r.user.ID)]
		if o.ChannelID != "" && o.ChannelID != r.channel.ID {
			return r, fmt.Errorf("DM interaction names channel %s, but the DM channel is %s", o.ChannelID, r.channel.ID)
		}
	case o.ChannelID == "":
		r.channel = f.channels[f.ChannelID]
	default:
		ch, ok := f.channels[o.ChannelID]
		if !ok || ch.Type != channelText && !isThread(ch.Type) {
			return r, fmt.Errorf("channel %s is not a guild text channel or thread of the fake", o.ChannelID)
		}
		r.channel = ch
	}
	return r, nil
}

// newInteractionLocked records an interaction and builds its payload.
func (f *Fake) newInteractionLocked(kind int, o origin, data any) (*interaction, wireInteraction) {
	in := &interaction{
		id: f.newIDLocked(), token: "aW50ZXJhY3Rpb246" + randomHex(48), kind: kind,
		channelID: o.channel.ID, guildID: o.channel.GuildID, user: o.user,
		roles: o.roles, permissions: o.permissions, locale: o.locale,
	}
	f.interactions[in.id] = in
	f.webhooks[in.token] = in
	w := wireInteraction{
		ID:                           in.id,
		ApplicationID:                f.AppID,
		Type:                         kind,
		Data:                         data,
		GuildID:                      in.guildID,
		Channel:                      f.channelWireLocked(o.channel),
		ChannelID:                    in.channelID,
		Token:                        in.token,
		Version:                      1,
		AppPermissions:               permissionString(f.botPermissionsLocked(o.channel.ID)),
		Locale:                       o.locale,
		Entitlements:                 []any{},
		AuthorizingIntegrationOwners: authorizingOwners(in.guildID),
		Context:                      contextGuild,
		AttachmentSizeLimit:          10 << 20,
	}
	if in.guildID != "" {
		member := f.memberLocked(o.user, o.roles, o.permissions, true)
		w.Member = &member
		w.GuildLocale = f.cfg.guildLocale
	} else {
		user := o.user.wire()
		w.User = &user
		w.Context = contextBotDM
	}
	return in, w
}

// sendInteraction dispatches an interaction built by build, which runs
// with f.mu held, once the shard that receives it has a session. The
// response deadline starts when the event is sent.
func (f *Fake) sendInteraction(ctx context.Context, build func() (*interaction, wireInteraction, error)) (SentInteraction, error) {
	f.mu.Lock()
	in, w, err := build()
	f.mu.Unlock()
	if err != nil {
		return SentInteraction{}, err
	}
	sess, err := f.readySession(ctx, in.guildID, "INTERACTION_CREATE", 0)
	if err != nil {
		return SentInteraction{}, err
	}
	f.mu.Lock()
	in.created = time.Now()
	f.mu.Unlock()
	seq := f.send(sess, "INTERACTION_CREATE", w)
	return SentInteraction{ID: in.id, Token: in.token, Seq: seq, appID: f.AppID}, nil
}

// SendSlashCommand dispatches INTERACTION_CREATE for a chat-input command.
// The command must have been registered by the bot (PUT or POST to the
// commands route) and the options must fit its registration, as only
// such invocations are possible in the Discord client.
func (f *Fake) SendSlashCommand(ctx context.Context, cmd SlashCommand) (SentInteraction, error) {
	return f.sendInteraction(ctx, func() (*interaction, wireInteraction, error) {
		return f.commandInteractionLocked(interactionCommand, cmd.Origin, cmd.Name, cmd.Options)
	})
}

// SendAutocomplete dispatches INTERACTION_CREATE of type autocomplete.
func (f *Fake) SendAutocomplete(ctx context.Context, ac Autocomplete) (SentInteraction, error) {
	return f.sendInteraction(ctx, func() (*interaction, wireInteraction, error) {
		return f.commandInteractionLocked(interactionAutocomplete, ac.Origin, ac.Name, ac.Options)
	})
}

func (f *Fake) commandInteractionLocked(kind int, o Origin, name string, opts []CommandOption) (*interaction, wireInteraction, error) {
	org, err := f.resolveOriginLocked(o)
	if err != nil {
		return nil, wireInteraction{}, err
	}
	cmd, scope, err := f.commandLocked(org.channel, name, commandChatInput)
	if err != nil {
		return nil, wireInteraction{}, err
	}
	b := optionBuilder{f: f, autocomplete: kind == interactionAutocomplete, resolved: &wireResolved{}}
	options, err := b.build("/"+name, cmd.Spec.Options, opts)
	if err != nil {
		return nil, wireInteraction{}, err
	}
	if b.autocomplete && b.focused != 1 {
		return nil, wireInteraction{}, fmt.Errorf("autocomplete for /%s needs exactly one focused option, got %d", name, b.focused)
	}
	data := wireCommandData{ID: cmd.ID, Name: name, Type: commandChatInput, GuildID: scope, Options: options}
	if !b.resolved.empty() {
		data.Resolved = b.resolved
	}
	in, w := f.newInteractionLocked(kind, org, data)
	return in, w, nil
}

func (r *wireResolved) empty() bool {
	return len(r.Users) == 0 && len(r.Roles) == 0 && len(r.Channels) == 0 && len(r.Attachments) == 0
}

// optionBuilder checks filled-in options against a registration and
// converts them to their wire form.
type optionBuilder struct {
	f            *Fake
	autocomplete bool
	focused      int
	resolved     *wireResolved
}

func (b *optionBuilder) build(path string, specs []optionSpec, given []CommandOption) ([]wireOption, error) {
	var out []wireOption
	present := map[string]bool{}
	subCommands := 0
	for _, g := range given {
		i := slices.IndexFunc(specs, func(s optionSpec) bool { return s.Name == g.Name })
		if i < 0 {
			names := make([]string, len(specs))
			for j, s := range specs {
				names[j] = s.Name
			}
			return nil, fmt.Errorf("%s has no option %q (registered: %s)", path, g.Name, strings.Join(names, ", "))
		}
		spec := specs[i]
		if present[g.Name] {
			return nil, fmt.Errorf("%s: option %q given twice", path, g.Name)
		}
		present[g.Name] = true
		w := wireOption{Name: g.Name, Type: spec.Type}
		switch spec.Type {
		case optionSubCommand, optionSubCommandGroup:
			subCommands++
			if g.Value != nil || g.Focused {
				return nil, fmt.Errorf("%s %s: sub-commands and groups take options, not a value", path, g.Name)
			}
			sub, err := b.build(path+" "+g.Name, spec.Options, g.Options)
			if err != nil {
				return nil, err
			}
			w.Options = sub
		default:
			if len(g.Options) > 0 {
				return nil, fmt.Errorf("%s: option %q takes a value, not options", path, g.Name)
			}
			v, err := b.value(path, spec, g)
			if err != nil {
				return nil, err
			}
			w.Value, w.Focused = v, g.Focused
		}
		out = append(out, w)
	}
	hasSubCommands := slices.ContainsFunc(specs, func(s optionSpec) bool {
		return s.Type == optionSubCommand || s.Type == optionSubCommandGroup
	})
	if hasSubCommands && subCommands != 1 {
		return nil, fmt.Errorf("%s needs exactly one sub-command, got %d", path, subCommands)
	}
	if !b.autocomplete {
		for _, s := range specs {
			if s.Required && !present[s.Name] {
				return nil, fmt.Errorf("%s: required option %q missing", path, s.Name)
			}
		}
	}
	return out, nil
}

// value converts an option's value to the JSON type of its registered type
// and applies the limits the Discord client enforces.
func (b *optionBuilder) value(path string, spec optionSpec, g CommandOption) (any, error) {
	where := fmt.Sprintf("%s option %q", path, g.Name)
	if g.Focused {
		if !b.autocomplete || !spec.Autocomplete {
			return nil, fmt.Errorf("%s: only an autocomplete option of an autocomplete interaction can be focused", where)
		}
		b.focused++
		return g.Value, nil // what the user has typed so far, unchecked
	}
	var v any
	switch spec.Type {
	case optionString:
		s, ok := g.Value.(string)
		if !ok {
			return nil, fmt.Errorf("%s is a string option, got %T", where, g.Value)
		}
		n := utf8.RuneCountInString(s)
		if spec.MinLength != nil && n < *spec.MinLength || spec.MaxLength != nil && n > *spec.MaxLength || n > 6000 {
			return nil, fmt.Errorf("%s: length %d outside the registered limits", where, n)
		}
		v = s
	case optionInteger:
		rv := reflect.ValueOf(g.Value)
		if !rv.CanInt() {
			return nil, fmt.Errorf("%s is an integer option, got %T", where, g.Value)
		}
		v = rv.Int()
		if err := checkRange(where, float64(rv.Int()), spec); err != nil {
			return nil, err
		}
	case optionNumber:
		rv := reflect.ValueOf(g.Value)
		var x float64
		switch {
		case rv.CanFloat():
			x = rv.Float()
		case rv.CanInt():
			x = float64(rv.Int())
		default:
			return nil, fmt.Errorf("%s is a number option, got %T", where, g.Value)
		}
		if err := checkRange(where, x, spec); err != nil {
			return nil, err
		}
		v = x
	case optionBoolean:
		bv, ok := g.Value.(bool)
		if !ok {
			return nil, fmt.Errorf("%s is a boolean option, got %T", where, g.Value)
		}
		v = bv
	case optionAttachment:
		a, ok := g.Value.(Attachment)
		if !ok {
			return nil, fmt.Errorf("%s takes a fakediscord.Attachment, got %T", where, g.Value)
		}
		if a.Filename == "" {
			return nil, fmt.Errorf("%s: an attachment needs a file name", where)
		}
		v = b.f.uploadLocked(a)
		if b.resolved.Attachments == nil {
			b.resolved.Attachments = map[string]wireAttachment{}
		}
		b.resolved.Attachments[v.(string)] = b.f.uploadWireLocked(v.(string))
	case optionUser, optionChannel, optionRole, optionMentionable:
		id, ok := g.Value.(string)
		if !ok {
			return nil, fmt.Errorf("%s takes an id string, got %T", where, g.Value)
		}
		if err := b.resolve(where, spec.Type, id); err != nil {
			return nil, err
		}
		v = id
	default:
		return nil, fmt.Errorf("%s: option type %d is not supported by the fake", where, spec.Type)
	}
	if len(spec.Choices) > 0 && !slices.ContainsFunc(spec.Choices, func(c choiceSpec) bool {
		return fmt.Sprint(c.Value) == fmt.Sprint(v)
	}) {
		return nil, fmt.Errorf("%s: %v is not one of the registered choices", where, v)
	}
	return v, nil
}

func checkRange(where string, x float64, spec optionSpec) error {
	if spec.MinValue != nil && x < *spec.MinValue || spec.MaxValue != nil && x > *spec.MaxValue {
		return fmt.Errorf("%s: %v outside the registered range", where, x)
	}
	return nil
}

// resolve adds the object an id option refers to, as Discord sends it.
func (b *optionBuilder) resolve(where string, optionType int, id string) error {
	f := b.f
	if u, ok := f.users[id]; ok && (optionType == optionUser || optionType == optionMentionable) {
		if b.resolved.Users == nil {
			b.resolved.Users, b.resolved.Members = map[string]wireUser{}, map[string]wireMember{}
		}
		b.resolved.Users[id] = u.wire()
		b.resolved.Members[id] = f.memberLocked(u, nil, DefaultPermissions, false)
		return nil
	}
	roles := f.guilds[f.GuildID].roles
	if i := slices.IndexFunc(roles, func(r role) bool { return r.ID == id }); i >= 0 && (optionType == optionRole || optionType == optionMentionable) {
		if b.resolved.Roles == nil {
			b.resolved.Roles = map[string]wireRole{}
		}
		r := roles[i]
		b.resolved.Roles[id] = wireRole{ID: r.ID, Name: r.Name, Position: i, Permissions: permissionString(r.Permissions)}
		return nil
	}
	if ch, ok := f.channels[id]; ok && optionType == optionChannel {
		if b.resolved.Channels == nil {
			b.resolved.Channels = map[string]wireChannel{}
		}
		b.resolved.Channels[id] = f.channelWireLocked(ch)
		return nil
	}
	return fmt.Errorf("%s: %s is not a user, role or channel of the right kind known to the fake", where, id)
}

// PressComponent dispatches INTERACTION_CREATE for a component of a message
// the bot sent. The component must exist, as only existing buttons can be
// clicked.
func (f *Fake) PressComponent(ctx context.Context, press ComponentPress) (SentInteraction, error) {
	return f.sendInteraction(ctx, func() (*interaction, wireInteraction, error) {
		m, component, err := f.findComponentLocked(press.MessageID, press.CustomID)
		if err != nil {
			return nil, wireInteraction{}, err
		}
		o := press.Origin
		ch := f.channels[m.channelID]
		if o.ChannelID != "" && o.ChannelID != ch.ID {
			return nil, wireInteraction{}, fmt.Errorf("component %q is in channel %s, not %s", press.CustomID, ch.ID, o.ChannelID)
		}
		o.ChannelID, o.DM = "", ch.Type == channelDM
		if !o.DM {
			o.ChannelID = ch.ID
		}
		org, err := f.resolveOriginLocked(o)
		if err != nil {
			return nil, wireInteraction{}, err
		}
		isSelect := component.Type == componentStringSelect || component.Type >= 5 && component.Type <= 8
		if len(press.Values) > 0 && !isSelect {
			return nil, wireInteraction{}, fmt.Errorf("component %q is not a select menu; it takes no values", press.CustomID)
		}
		data := wireComponentData{CustomID: press.CustomID, ComponentType: component.Type}
		if isSelect {
			data.Values = append([]string{}, press.Values...)
		}
		in, w := f.newInteractionLocked(interactionComponent, org, data)
		in.messageID = m.id
		msg := f.messageWireLocked(m, false)
		w.Message = &msg
		return in, w, nil
	})
}

// findComponentLocked finds the message carrying customID: the given one,
// or the newest live message with such a component.
func (f *Fake) findComponentLocked(messageID, customID string) (*storedMessage, componentSpec, error) {
	candidates := f.messageOrder
	if messageID != "" {
		candidates = []string{messageID}
	}
	for i := len(candidates) - 1; i >= 0; i-- {
		m, ok := f.messages[candidates[i]]
		if !ok || m.deleted {
			continue
		}
		if c, ok := findComponent(m.components, customID); ok {
			return m, c, nil
		}
	}
	if messageID != "" {
		return nil, componentSpec{}, fmt.Errorf("message %s has no component with custom_id %q", messageID, customID)
	}
	return nil, componentSpec{}, fmt.Errorf("no message has a component with custom_id %q", customID)
}

// MessageCommand is a member choosing a message command ("Apps" in a
// message's context menu) on a message.
type MessageCommand struct {
	Origin
	Name      string // as registered
	MessageID string // the message it is used on, in the origin's channel
}

// SendMessageCommand dispatches INTERACTION_CREATE for a message command.
// The command must be registered with type 3 where the origin can see it,
// and the target message must exist in the origin's channel. As on
// Discord, the target's content is in data.resolved.messages whatever the
// bot's intents.
func (f *Fake) SendMessageCommand(ctx context.Context, mc MessageCommand) (SentInteraction, error) {
	return f.sendInteraction(ctx, func() (*interaction, wireInteraction, error) {
		o := mc.Origin
		if target, ok := f.messages[mc.MessageID]; ok && o.ChannelID == "" && !o.DM {
			o.ChannelID = target.channelID
			o.DM = f.channels[target.channelID].Type == channelDM
			if o.DM {
				o.ChannelID = ""
			}
		}
		org, err := f.resolveOriginLocked(o)
		if err != nil {
			return nil, wireInteraction{}, err
		}
		target, ok := f.messages[mc.MessageID]
		if !ok || target.deleted || target.channelID != org.channel.ID {
			return nil, wireInteraction{}, fmt.Errorf("message %s is not in channel %s", mc.MessageID, org.channel.ID)
		}
		cmd, scope, err := f.commandLocked(org.channel, mc.Name, commandMessage)
		if err != nil {
			return nil, wireInteraction{}, err
		}
		data := struct {
			ID       string `json:"id"`
			Name     string `json:"name"`
			Type     int    `json:"type"`
			GuildID  string `json:"guild_id,omitempty"`
			TargetID string `json:"target_id"`
			Resolved struct {
				Messages map[string]wireMessage `json:"messages"`
			} `json:"resolved"`
		}{ID: cmd.ID, Name: mc.Name, Type: commandMessage, GuildID: scope, TargetID: target.id}
		data.Resolved.Messages = map[string]wireMessage{target.id: f.messageWireLocked(target, false)}
		in, w := f.newInteractionLocked(interactionCommand, org, data)
		return in, w, nil
	})
}
