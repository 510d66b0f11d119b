package fakediscord

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"
)

// Limits Discord enforces on messages.
const (
	maxContentRunes     = 2000
	maxEmbeds           = 10
	maxEmbedTotalRunes  = 6000
	maxEmbedTitle       = 256
	maxEmbedDescription = 4096
	maxEmbedFields      = 25
	maxEmbedFieldName   = 256
	maxEmbedFieldValue  = 1024
	maxEmbedFooter      = 2048
	maxEmbedAuthor      = 256
	maxActionRows       = 5
	maxRowButtons       = 5
	maxCustomID         = 100
	maxButtonLabel      = 80
	maxChoices          = 25
	maxChoiceName       = 100
	maxChoiceValue      = 100

	flagEphemeral         = 1 << 6
	flagLoading           = 1 << 7
	flagIsComponentsV2    = 1 << 15
	componentActionRow    = 1
	componentButton       = 2
	componentStringSelect = 3
	buttonStyleLink       = 5
)

// formErrors collects Discord's "Invalid Form Body" errors, nested by the
// path of the offending field as Discord nests them.
type formErrors map[string]any

func (e formErrors) add(path, code, message string) {
	node := map[string]any(e)
	for _, key := range strings.Split(path, ".") {
		child, ok := node[key].(map[string]any)
		if !ok {
			child = map[string]any{}
			node[key] = child
		}
		node = child
	}
	errs, _ := node["_errors"].([]any)
	node["_errors"] = append(errs, map[string]any{"code": code, "message": message})
}

func (e formErrors) maxLength(path string, value string, limit int) {
	if utf8.RuneCountInString(value) > limit {
		e.add(path, "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", limit))
	}
}

func (e formErrors) reply() (reply, bool) {
	if len(e) == 0 {
		return reply{}, false
	}
	return jsonReply(http.StatusBadRequest, map[string]any{
		"code": codeInvalidFormBody, "message": "Invalid Form Body", "errors": map[string]any(e),
	}), true
}

func formError(path, code, message string) reply {
	e := formErrors{}
	e.add(path, code, message)
	r, _ := e.reply()
	return r
}

// messagePayload is the message part of a create or edit request. Raw
// fields are nil when absent and "null" when sent as null.
type messagePayload struct {
	Content          *string         `json:"content"`
	Embeds           json.RawMessage `json:"embeds"`
	Components       json.RawMessage `json:"components"`
	Attachments      json.RawMessage `json:"attachments"`
	Poll             json.RawMessage `json:"poll"`
	Flags            *int            `json:"flags"`
	TTS              bool            `json:"tts"`
	MessageReference *struct {
		MessageID       string `json:"message_id"`
		ChannelID       string `json:"channel_id"`
		FailIfNotExists *bool  `json:"fail_if_not_exists"`
	} `json:"message_reference"`
}

func isNull(raw json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(raw), []byte("null")) }

// isEmpty reports whether a raw JSON value is absent, null or [].
func isEmpty(raw json.RawMessage) bool {
	trimmed := bytes.TrimSpace(raw)
	return len(trimmed) == 0 || bytes.Equal(trimmed, []byte("null")) || bytes.Equal(trimmed, []byte("[]"))
}

// validateMessage checks a message against Discord's limits; creating adds
// the rule that a new message must not be empty.
func validateMessage(p messagePayload, files int, creating bool) (reply, bool) {
	e := formErrors{}
	if p.Content != nil {
		e.maxLength("content", *p.Content, maxContentRunes)
	}
	validateEmbeds(e, p.Embeds)
	flags := 0
	if p.Flags != nil {
		flags = *p.Flags
	}
	validateComponents(e, p.Components, flags)
	if r, bad := e.reply(); bad {
		return r, true
	}
	if creating && (p.Content == nil || *p.Content == "") && isEmpty(p.Embeds) &&
		isEmpty(p.Components) && isEmpty(p.Poll) && files == 0 {
		return errorReply(http.StatusBadRequest, codeEmptyMessage, "Cannot send an empty message"), true
	}
	return reply{}, false
}

type embedSpec struct {
	Title       string `json:"title"`
	URL         string `json:"url"`
	Description string `json:"description"`
	Fields      []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"fields"`
	Footer *struct {
		Text string `json:"text"`
	} `json:"footer"`
	Author *struct {
		Name string `json:"name"`
		URL  string `json:"url"`
	} `json:"author"`
	Image     *embedMedia `json:"image"`
	Thumbnail *embedMedia `json:"thumbnail"`
}

type embedMedia struct {
	URL string `json:"url"`
}

// maxURL bounds an address in an embed or a link button.
const (
	maxEmbedURL  = 2048
	maxButtonURL = 512
)

// wellFormedURL is Discord's test of an address: absolute, with one of the
// given schemes and, for http(s), a host; no spaces or control characters.
func wellFormedURL(s string, schemes ...string) bool {
	if s == "" || strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return false
	}
	u, err := url.Parse(s)
	if err != nil || !slices.Contains(schemes, u.Scheme) {
		return false
	}
	if u.Scheme == "http" || u.Scheme == "https" {
		return u.Host != "" && u.Hostname() != ""
	}
	return u.Opaque != "" || u.Host != "" || u.Path != ""
}

func checkURL(e formErrors, path, value string, limit int, schemes ...string) {
	if value == "" {
		return
	}
	if !wellFormedURL(value, schemes...) {
		e.add(path, "URL_TYPE_INVALID_URL", "Not a well formed URL.")
	}
	e.maxLength(path, value, limit)
}

func validateEmbeds(e formErrors, raw json.RawMessage) {
	if isEmpty(raw) {
		return
	}
	var embeds []embedSpec
	if err := json.Unmarshal(raw, &embeds); err != nil {
		e.add("embeds", "BASE_TYPE_ARRAY", "Must be an array of embeds.")
		return
	}
	if len(embeds) > maxEmbeds {
		e.add("embeds", "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", maxEmbeds))
	}
	total := 0
	count := func(s string) int { return utf8.RuneCountInString(s) }
	for i, em := range embeds {
		path := fmt.Sprintf("embeds.%d.", i)
		checkURL(e, path+"url", em.URL, maxEmbedURL, "http", "https")
		if em.Image != nil {
			checkURL(e, path+"image.url", em.Image.URL, maxEmbedURL, "http", "https", "attachment")
		}
		if em.Thumbnail != nil {
			checkURL(e, path+"thumbnail.url", em.Thumbnail.URL, maxEmbedURL, "http", "https", "attachment")
		}
		if em.Author != nil {
			checkURL(e, path+"author.url", em.Author.URL, maxEmbedURL, "http", "https")
		}
		e.maxLength(path+"title", em.Title, maxEmbedTitle)
		e.maxLength(path+"description", em.Description, maxEmbedDescription)
		total += count(em.Title) + count(em.Description)
		if len(em.Fields) > maxEmbedFields {
			e.add(path+"fields", "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", maxEmbedFields))
		}
		for j, fl := range em.Fields {
			fp := fmt.Sprintf("%sfields.%d.", path, j)
			if fl.Name == "" {
				e.add(fp+"name", "BASE_TYPE_REQUIRED", "This field is required")
			}
			if fl.Value == "" {
				e.add(fp+"value", "BASE_TYPE_REQUIRED", "This field is required")
			}
			e.maxLength(fp+"name", fl.Name, maxEmbedFieldName)
			e.maxLength(fp+"value", fl.Value, maxEmbedFieldValue)
			total += count(fl.Name) + count(fl.Value)
		}
		if em.Footer != nil {
			e.maxLength(path+"footer.text", em.Footer.Text, maxEmbedFooter)
			total += count(em.Footer.Text)
		}
		if em.Author != nil {
			e.maxLength(path+"author.name", em.Author.Name, maxEmbedAuthor)
			total += count(em.Author.Name)
		}
	}
	if total > maxEmbedTotalRunes {
		e.add("embeds", "MAX_EMBED_SIZE_EXCEEDED", fmt.Sprintf("Embed size exceeds maximum size of %d", maxEmbedTotalRunes))
	}
}

// componentSpec is the part of a message component the fake checks. Layout
// components nest others in components or, for sections, accessory.
type componentSpec struct {
	Type       int              `json:"type"`
	CustomID   string           `json:"custom_id"`
	Style      int              `json:"style"`
	Label      string           `json:"label"`
	URL        string           `json:"url"`
	Emoji      json.RawMessage  `json:"emoji"`
	Components []componentSpec  `json:"components"`
	Accessory  *componentSpec   `json:"accessory"`
	Options    []map[string]any `json:"options"`
}

func validateComponents(e formErrors, raw json.RawMessage, flags int) {
	if isEmpty(raw) {
		return
	}
	var rows []componentSpec
	if err := json.Unmarshal(raw, &rows); err != nil {
		e.add("components", "BASE_TYPE_ARRAY", "Must be an array of components.")
		return
	}
	seen := map[string]bool{}
	if flags&flagIsComponentsV2 == 0 {
		if len(rows) > maxActionRows {
			e.add("components", "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", maxActionRows))
		}
		for i, row := range rows {
			path := fmt.Sprintf("components.%d", i)
			if row.Type != componentActionRow {
				e.add(path+".type", "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "Top-level components must be action rows")
				continue
			}
			validateActionRow(e, path, row)
		}
	}
	walkComponents(rows, "components", func(path string, c componentSpec) {
		if c.CustomID == "" {
			return
		}
		e.maxLength(path+".custom_id", c.CustomID, maxCustomID)
		if seen[c.CustomID] {
			e.add(path+".custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated")
		}
		seen[c.CustomID] = true
	})
}

func validateActionRow(e formErrors, path string, row componentSpec) {
	if len(row.Components) == 0 {
		e.add(path+".components", "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length.")
	}
	selects := 0
	for j, c := range row.Components {
		cp := fmt.Sprintf("%s.components.%d", path, j)
		switch c.Type {
		case componentButton:
			if c.Style == buttonStyleLink {
				if c.URL == "" || c.CustomID != "" {
					e.add(cp+".url", "BUTTON_COMPONENT_URL_REQUIRED", "A link button needs a url and no custom_id")
				}
				checkURL(e, cp+".url", c.URL, maxButtonURL, "http", "https", "discord")
			} else if c.CustomID == "" {
				e.add(cp+".custom_id", "BUTTON_COMPONENT_CUSTOM_ID_REQUIRED", "A custom id is required")
			}
			if c.Label == "" && isEmpty(c.Emoji) {
				e.add(cp+".label", "BUTTON_COMPONENT_LABEL_REQUIRED", "A label or emoji is required")
			}
			e.maxLength(cp+".label", c.Label, maxButtonLabel)
		case componentStringSelect:
			selects++
			if len(c.Options) == 0 || len(c.Options) > maxChoices {
				e.add(cp+".options", "BASE_TYPE_BAD_LENGTH", fmt.Sprintf("Must be between 1 and %d in length.", maxChoices))
			}
		default:
			if c.Type >= 5 && c.Type <= 8 {
				selects++
			}
		}
	}
	if selects > 0 && len(row.Components) > 1 || len(row.Components) > maxRowButtons {
		e.add(path+".components", "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "The specified component exceeds the maximum width")
	}
}

// walkComponents calls visit for every component at any depth.
func walkComponents(cs []componentSpec, path string, visit func(path string, c componentSpec)) {
	for i, c := range cs {
		p := fmt.Sprintf("%s.%d", path, i)
		visit(p, c)
		walkComponents(c.Components, p+".components", visit)
		if c.Accessory != nil {
			visit(p+".accessory", *c.Accessory)
		}
	}
}

// findComponent finds the component with customID in a message's
// components.
func findComponent(raw json.RawMessage, customID string) (componentSpec, bool) {
	var cs []componentSpec
	if isEmpty(raw) || json.Unmarshal(raw, &cs) != nil {
		return componentSpec{}, false
	}
	var found componentSpec
	ok := false
	walkComponents(cs, "components", func(_ string, c componentSpec) {
		if !ok && c.CustomID == customID {
			found, ok = c, true
		}
	})
	return found, ok
}

// validateChoices checks an autocomplete result.
func validateChoices(raw json.RawMessage) (reply, bool) {
	var choices []struct {
		Name  string `json:"name"`
		Value any    `json:"value"`
	}
	if !isEmpty(raw) {
		if err := json.Unmarshal(raw, &choices); err != nil {
			return formError("data.choices", "BASE_TYPE_ARRAY", "Must be an array of choices."), true
		}
	}
	e := formErrors{}
	if len(choices) > maxChoices {
		e.add("data.choices", "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", maxChoices))
	}
	for i, c := range choices {
		path := fmt.Sprintf("data.choices.%d.", i)
		if n := utf8.RuneCountInString(c.Name); n < 1 || n > maxChoiceName {
			e.add(path+"name", "BASE_TYPE_BAD_LENGTH", fmt.Sprintf("Must be between 1 and %d in length.", maxChoiceName))
		}
		switch v := c.Value.(type) {
		case string:
			e.maxLength(path+"value", v, maxChoiceValue)
		case float64:
		default:
			e.add(path+"value", "BASE_TYPE_REQUIRED", "Must be a string or a number.")
		}
	}
	return e.reply()
}
