package fakediscord

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Application command types and option types, as numbered by Discord.
const (
	commandChatInput = 1
	commandUser      = 2
	commandMessage   = 3

	optionSubCommand      = 1
	optionSubCommandGroup = 2
	optionString          = 3
	optionInteger         = 4
	optionBoolean         = 5
	optionUser            = 6
	optionChannel         = 7
	optionRole            = 8
	optionMentionable     = 9
	optionNumber          = 10
	optionAttachment      = 11

	contextPrivateChannel   = 2
	integrationGuildInstall = 0
	integrationUserInstall  = 1

	maxCommandsPerScope = 100
	maxOptions          = 25
	maxDescription      = 100
)

// commandNamePattern is Discord's rule for command and option names.
var commandNamePattern = regexp.MustCompile(`^[-_'\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

// discordLocales are the locale keys Discord accepts in localizations and
// sends in interactions. Note "de", not "de-DE".
var discordLocales = map[string]bool{
	"id": true, "da": true, "de": true, "en-GB": true, "en-US": true, "es-ES": true, "es-419": true,
	"fr": true, "hr": true, "it": true, "lt": true, "hu": true, "nl": true, "no": true, "pl": true,
	"pt-BR": true, "ro": true, "fi": true, "sv-SE": true, "vi": true, "tr": true, "cs": true,
	"el": true, "bg": true, "ru": true, "uk": true, "hi": true, "th": true, "zh-CN": true,
	"ja": true, "zh-TW": true, "ko": true,
}

// commandSpec is the part of an application command the fake understands.
type commandSpec struct {
	Type                     int               `json:"type"`
	Name                     string            `json:"name"`
	NameLocalizations        map[string]string `json:"name_localizations"`
	Description              string            `json:"description"`
	DescriptionLocalizations map[string]string `json:"description_localizations"`
	Options                  []optionSpec      `json:"options"`
	Contexts                 *[]int            `json:"contexts"`
	IntegrationTypes         *[]int            `json:"integration_types"`
	DMPermission             *bool             `json:"dm_permission"`
}

type optionSpec struct {
	Type                     int               `json:"type"`
	Name                     string            `json:"name"`
	NameLocalizations        map[string]string `json:"name_localizations"`
	Description              string            `json:"description"`
	DescriptionLocalizations map[string]string `json:"description_localizations"`
	Required                 bool              `json:"required"`
	Autocomplete             bool              `json:"autocomplete"`
	Choices                  []choiceSpec      `json:"choices"`
	Options                  []optionSpec      `json:"options"`
	MinValue                 *float64          `json:"min_value"`
	MaxValue                 *float64          `json:"max_value"`
	MinLength                *int              `json:"min_length"`
	MaxLength                *int              `json:"max_length"`
}

type choiceSpec struct {
	Name              string            `json:"name"`
	NameLocalizations map[string]string `json:"name_localizations"`
	Value             any               `json:"value"`
}

// registeredCommand is a command as stored: the parsed spec for dispatch
// checks and the fields as sent, for echoing back.
type registeredCommand struct {
	ID   string
	Spec commandSpec
	Raw  map[string]json.RawMessage
}

// commandScope names where commands live: "" for global, else a guild id.
func (f *Fake) commandScope(r *http.Request) (string, reply, bool) {
	if r.PathValue("app") != f.AppID {
		return "", errorReply(http.StatusForbidden, codeMissingAccess, "Missing Access"), false
	}
	guild := r.PathValue("guild")
	f.mu.Lock()
	_, known := f.guilds[guild]
	f.mu.Unlock()
	if guild != "" && !known {
		return "", errorReply(http.StatusForbidden, codeMissingAccess, "Missing Access"), false
	}
	return guild, reply{}, true
}

func (f *Fake) listCommands(r *http.Request, _ *Call) reply {
	scope, rep, ok := f.commandScope(r)
	if !ok {
		return rep
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return jsonReply(http.StatusOK, f.commandsWireLocked(scope, f.commands[scope]))
}

func (f *Fake) overwriteCommands(r *http.Request, c *Call) reply {
	scope, rep, ok := f.commandScope(r)
	if !ok {
		return rep
	}
	var raws []map[string]json.RawMessage
	if err := c.Decode(&raws); err != nil {
		return formError("_root", "BASE_TYPE_ARRAY", "Must be an array of application commands.")
	}
	specs := make([]commandSpec, len(raws))
	e := formErrors{}
	for i, raw := range raws {
		specs[i] = parseCommand(e, fmt.Sprint(i), raw)
	}
	checkDuplicateNames(e, specs)
	if len(specs) > maxCommandsPerScope {
		e.add("_root", "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", maxCommandsPerScope))
	}
	if rep, bad := e.reply(); bad {
		return rep
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	next := make([]*registeredCommand, len(specs))
	for i := range specs {
		next[i] = f.keepIDLocked(scope, specs[i], raws[i])
	}
	f.commands[scope] = next
	f.notifyLocked()
	return jsonReply(http.StatusOK, f.commandsWireLocked(scope, next))
}

func (f *Fake) createCommand(r *http.Request, c *Call) reply {
	scope, rep, ok := f.commandScope(r)
	if !ok {
		return rep
	}
	var raw map[string]json.RawMessage
	if err := c.Decode(&raw); err != nil {
		return formError("_root", "MODEL_TYPE_CONVERT", "Must be an application command object.")
	}
	e := formErrors{}
	spec := parseCommand(e, "", raw)
	if rep, bad := e.reply(); bad {
		return rep
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	cmd := f.keepIDLocked(scope, spec, raw)
	status := http.StatusCreated
	list := f.commands[scope]
	for i, old := range list {
		if old.ID == cmd.ID {
			list[i], status = cmd, http.StatusOK
		}
	}
	if status == http.StatusCreated {
		f.commands[scope] = append(list, cmd)
	}
	f.notifyLocked()
	return jsonReply(status, f.commandWireLocked(scope, cmd))
}

func (f *Fake) deleteCommand(r *http.Request, _ *Call) reply {
	scope, rep, ok := f.commandScope(r)
	if !ok {
		return rep
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	list := f.commands[scope]
	for i, cmd := range list {
		if cmd.ID == r.PathValue("command") {
			f.commands[scope] = append(list[:i:i], list[i+1:]...)
			f.notifyLocked()
			return noContent()
		}
	}
	return errorReply(http.StatusNotFound, codeUnknownCommand, "Unknown application command")
}

// keepIDLocked registers spec, keeping the id of an existing command of the
// same type and name as Discord does.
func (f *Fake) keepIDLocked(scope string, spec commandSpec, raw map[string]json.RawMessage) *registeredCommand {
	for _, old := range f.commands[scope] {
		if old.Spec.Type == spec.Type && old.Spec.Name == spec.Name {
			return &registeredCommand{ID: old.ID, Spec: spec, Raw: raw}
		}
	}
	return &registeredCommand{ID: f.newIDLocked(), Spec: spec, Raw: raw}
}

func (f *Fake) commandsWireLocked(scope string, cmds []*registeredCommand) []map[string]json.RawMessage {
	out := make([]map[string]json.RawMessage, 0, len(cmds))
	for _, c := range cmds {
		out = append(out, f.commandWireLocked(scope, c))
	}
	return out
}

// commandWireLocked echoes the command as sent plus the fields Discord adds.
func (f *Fake) commandWireLocked(scope string, c *registeredCommand) map[string]json.RawMessage {
	out := make(map[string]json.RawMessage, len(c.Raw)+6)
	for k, v := range c.Raw {
		out[k] = v
	}
	set := func(key string, v any) {
		b, _ := json.Marshal(v)
		out[key] = b
	}
	set("id", c.ID)
	set("application_id", f.AppID)
	set("version", f.newIDLocked())
	set("type", c.Spec.Type)
	if scope != "" {
		set("guild_id", scope)
	}
	if _, ok := out["default_member_permissions"]; !ok {
		out["default_member_permissions"] = json.RawMessage("null")
	}
	if _, ok := out["nsfw"]; !ok {
		set("nsfw", false)
	}
	return out
}

// commandLocked finds the command of a type and name a member can invoke
// in ch: a command of ch's guild, else a global one whose contexts (and
// deprecated dm_permission) allow ch, as the Discord client offers them. It
// returns the scope it was registered in.
func (f *Fake) commandLocked(ch *channel, name string, kind int) (*registeredCommand, string, error) {
	context := contextGuild
	scopes := []string{ch.GuildID, ""}
	if ch.GuildID == "" {
		context, scopes = contextBotDM, []string{""}
	}
	for _, scope := range scopes {
		for _, c := range f.commands[scope] {
			if c.Spec.Type != kind || c.Spec.Name != name {
				continue
			}
			if scope == "" && !c.Spec.allows(context) {
				return nil, "", fmt.Errorf("%s is not offered in this context (%d): contexts %v", name, context, c.Spec.Contexts)
			}
			return c, scope, nil
		}
	}
	return nil, "", fmt.Errorf("%s (type %d) is not registered (guild %q or global); the bot must register it first", name, kind, ch.GuildID)
}

// allows reports whether a global command is offered in an interaction
// context: by default in every one, unless contexts or the deprecated
// dm_permission say otherwise.
func (s commandSpec) allows(context int) bool {
	if s.Contexts != nil {
		return slices.Contains(*s.Contexts, context)
	}
	return context != contextBotDM || s.DMPermission == nil || *s.DMPermission
}

// parseCommand decodes one command and records every rule it breaks in e
// under prefix (the command's index, or "" for a single command).
func parseCommand(e formErrors, prefix string, raw map[string]json.RawMessage) commandSpec {
	path := func(field string) string {
		if prefix == "" {
			return field
		}
		return prefix + "." + field
	}
	var spec commandSpec
	b, _ := json.Marshal(raw)
	if err := json.Unmarshal(b, &spec); err != nil {
		e.add(path("_root"), "MODEL_TYPE_CONVERT", "Invalid application command: "+err.Error())
		return spec
	}
	if spec.Type == 0 {
		spec.Type = commandChatInput
	}
	if spec.Type < commandChatInput || spec.Type > 4 {
		e.add(path("type"), "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4}.")
	}
	if spec.Contexts != nil {
		for i, c := range *spec.Contexts {
			if c < contextGuild || c > contextPrivateChannel {
				e.add(fmt.Sprintf("%s.%d", path("contexts"), i), "BASE_TYPE_CHOICES", "Value must be one of {0, 1, 2}.")
			}
		}
	}
	if spec.IntegrationTypes != nil {
		for i, t := range *spec.IntegrationTypes {
			if t != integrationGuildInstall && t != integrationUserInstall {
				e.add(fmt.Sprintf("%s.%d", path("integration_types"), i), "BASE_TYPE_CHOICES", "Value must be one of {0, 1}.")
			}
		}
	}
	chatInput := spec.Type == commandChatInput
	check := checkMenuName
	if chatInput {
		check = checkName
	}
	check(e, path("name"), spec.Name)
	checkLocalizations(e, path("name_localizations"), spec.NameLocalizations, func(p, v string) { check(e, p, v) })
	if chatInput {
		checkDescription(e, path("description"), spec.Description)
		checkLocalizations(e, path("description_localizations"), spec.DescriptionLocalizations, func(p, v string) { checkDescription(e, p, v) })
		checkOptions(e, path("options"), spec.Options, 0)
	} else {
		if spec.Description != "" {
			e.add(path("description"), "APPLICATION_COMMAND_DESCRIPTION_INVALID", "User and message commands cannot have a description")
		}
		if len(spec.Options) > 0 {
			e.add(path("options"), "APPLICATION_COMMAND_OPTIONS_INVALID", "User and message commands cannot have options")
		}
	}
	return spec
}

// checkName applies the rule for chat-input command and option names.
func checkName(e formErrors, path, name string) {
	if !commandNamePattern.MatchString(name) {
		e.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
	} else if strings.ToLower(name) != name {
		e.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name must be lowercase")
	}
}

// checkMenuName applies the looser rule for user and message commands,
// whose names appear in context menus and may contain spaces and capitals.
func checkMenuName(e formErrors, path, name string) {
	if n := utf8.RuneCountInString(name); n < 1 || n > 32 {
		e.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
	}
}

func checkDescription(e formErrors, path, d string) {
	if n := utf8.RuneCountInString(d); n < 1 || n > maxDescription {
		e.add(path, "BASE_TYPE_BAD_LENGTH", fmt.Sprintf("Must be between 1 and %d in length.", maxDescription))
	}
}

func checkLocalizations(e formErrors, path string, l map[string]string, check func(path, value string)) {
	for locale, v := range l {
		if !discordLocales[locale] {
			e.add(path+"."+locale, "LOCALE_INVALID", fmt.Sprintf("Invalid locale %q", locale))
			continue
		}
		check(path+"."+locale, v)
	}
}

func checkDuplicateNames(e formErrors, specs []commandSpec) {
	seen := map[string]bool{}
	for i, s := range specs {
		key := fmt.Sprint(s.Type, "/", s.Name)
		if seen[key] {
			e.add(fmt.Sprintf("%d.name", i), "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique")
		}
		seen[key] = true
	}
}

// checkOptions applies Discord's option rules to one list of options:
// depth 0 is a command's options, 1 a group's and 2 a sub-command's, which
// decides where sub-commands and groups may appear.
func checkOptions(e formErrors, path string, opts []optionSpec, depth int) {
	if len(opts) > maxOptions {
		e.add(path, "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", maxOptions))
	}
	seen := map[string]bool{}
	subCommands, optional := 0, false
	for i, o := range opts {
		p := fmt.Sprintf("%s.%d", path, i)
		checkName(e, p+".name", o.Name)
		checkLocalizations(e, p+".name_localizations", o.NameLocalizations, func(lp, v string) { checkName(e, lp, v) })
		checkDescription(e, p+".description", o.Description)
		checkLocalizations(e, p+".description_localizations", o.DescriptionLocalizations, func(lp, v string) { checkDescription(e, lp, v) })
		if seen[o.Name] {
			e.add(p+".name", "APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS", "Option names must be unique")
		}
		seen[o.Name] = true

		switch o.Type {
		case optionSubCommand:
			subCommands++
			if depth > 1 {
				e.add(p+".type", "APPLICATION_COMMAND_OPTION_TYPE_INVALID", "Sub-commands cannot be nested this deep")
			}
			checkOptions(e, p+".options", o.Options, 2)
		case optionSubCommandGroup:
			subCommands++
			if depth > 0 {
				e.add(p+".type", "APPLICATION_COMMAND_OPTION_TYPE_INVALID", "Sub-command groups must be at the top level")
			}
			for j, sub := range o.Options {
				if sub.Type != optionSubCommand {
					e.add(fmt.Sprintf("%s.options.%d.type", p, j), "APPLICATION_COMMAND_OPTION_TYPE_INVALID", "Groups can only contain sub-commands")
				}
			}
			checkOptions(e, p+".options", o.Options, 1)
		case optionString, optionInteger, optionBoolean, optionUser, optionChannel,
			optionRole, optionMentionable, optionNumber, optionAttachment:
			checkValueOption(e, p, o)
			if o.Required && optional {
				e.add(p+".required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options")
			}
			optional = optional || !o.Required
		default:
			e.add(p+".type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.")
		}
	}
	if subCommands > 0 && subCommands != len(opts) {
		e.add(path, "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Sub-command and sub-command group option types are mutually exclusive to all other types")
	}
}

func checkValueOption(e formErrors, p string, o optionSpec) {
	choosable := o.Type == optionString || o.Type == optionInteger || o.Type == optionNumber
	if len(o.Choices) > 0 && !choosable {
		e.add(p+".choices", "APPLICATION_COMMAND_OPTION_CHOICES_INVALID", "Only string, integer and number options can have choices")
	}
	if len(o.Choices) > maxChoices {
		e.add(p+".choices", "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", maxChoices))
	}
	for j, c := range o.Choices {
		cp := fmt.Sprintf("%s.choices.%d", p, j)
		if n := utf8.RuneCountInString(c.Name); n < 1 || n > maxChoiceName {
			e.add(cp+".name", "BASE_TYPE_BAD_LENGTH", fmt.Sprintf("Must be between 1 and %d in length.", maxChoiceName))
		}
		if s, ok := c.Value.(string); ok {
			e.maxLength(cp+".value", s, maxChoiceValue)
		}
	}
	if o.Autocomplete && (!choosable || len(o.Choices) > 0) {
		e.add(p+".autocomplete", "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID", "Autocomplete needs a string, integer or number option without choices")
	}
	if len(o.Options) > 0 {
		e.add(p+".options", "APPLICATION_COMMAND_OPTIONS_INVALID", "Only sub-commands and groups can have options")
	}
}
