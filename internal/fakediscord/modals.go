package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// Limits on modals and their text inputs.
const (
	maxModalTitle      = 45
	maxModalRows       = 5
	maxTextInputLabel  = 45
	maxTextInputValue  = 4000
	maxTextInputHolder = 100
	componentTextInput = 4
	textInputShort     = 1
	textInputParagraph = 2
)

// textInputSpec is a text input of a modal.
type textInputSpec struct {
	Type        int    `json:"type"`
	CustomID    string `json:"custom_id"`
	Style       int    `json:"style"`
	Label       string `json:"label"`
	MinLength   *int   `json:"min_length"`
	MaxLength   *int   `json:"max_length"`
	Required    *bool  `json:"required"`
	Value       string `json:"value"`
	Placeholder string `json:"placeholder"`
}

type modalSpec struct {
	CustomID   string `json:"custom_id"`
	Title      string `json:"title"`
	Components []struct {
		Type       int             `json:"type"`
		Components []textInputSpec `json:"components"`
	} `json:"components"`
}

// openModal is a modal the bot showed a member, waiting for SubmitModal.
type openModal struct {
	spec   modalSpec
	opener *interaction
}

// validateModal checks a modal response as Discord does.
func validateModal(raw json.RawMessage) (modalSpec, reply, bool) {
	var m modalSpec
	if err := json.Unmarshal(raw, &m); err != nil {
		return m, formError("data", "MODEL_TYPE_CONVERT", "Invalid modal: "+err.Error()), true
	}
	e := formErrors{}
	if n := utf8.RuneCountInString(m.CustomID); n < 1 || n > maxCustomID {
		e.add("data.custom_id", "BASE_TYPE_BAD_LENGTH", fmt.Sprintf("Must be between 1 and %d in length.", maxCustomID))
	}
	if n := utf8.RuneCountInString(m.Title); n < 1 || n > maxModalTitle {
		e.add("data.title", "BASE_TYPE_BAD_LENGTH", fmt.Sprintf("Must be between 1 and %d in length.", maxModalTitle))
	}
	if n := len(m.Components); n < 1 || n > maxModalRows {
		e.add("data.components", "BASE_TYPE_BAD_LENGTH", fmt.Sprintf("Must be between 1 and %d in length.", maxModalRows))
	}
	seen := map[string]bool{}
	for i, row := range m.Components {
		p := fmt.Sprintf("data.components.%d", i)
		if row.Type != componentActionRow || len(row.Components) != 1 {
			e.add(p, "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "A modal row holds exactly one text input")
			continue
		}
		in := row.Components[0]
		ip := p + ".components.0"
		if in.Type != componentTextInput {
			e.add(ip+".type", "COMPONENT_TYPE_INVALID", "Only text inputs are allowed in this modal")
		}
		if n := utf8.RuneCountInString(in.CustomID); n < 1 || n > maxCustomID {
			e.add(ip+".custom_id", "BASE_TYPE_BAD_LENGTH", fmt.Sprintf("Must be between 1 and %d in length.", maxCustomID))
		}
		if seen[in.CustomID] {
			e.add(ip+".custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated")
		}
		seen[in.CustomID] = true
		if in.Style != textInputShort && in.Style != textInputParagraph {
			e.add(ip+".style", "BASE_TYPE_CHOICES", "Value must be one of {1, 2}.")
		}
		if n := utf8.RuneCountInString(in.Label); n < 1 || n > maxTextInputLabel {
			e.add(ip+".label", "BASE_TYPE_BAD_LENGTH", fmt.Sprintf("Must be between 1 and %d in length.", maxTextInputLabel))
		}
		if in.MinLength != nil && (*in.MinLength < 0 || *in.MinLength > maxTextInputValue) {
			e.add(ip+".min_length", "NUMBER_TYPE_MAX", fmt.Sprintf("Must be between 0 and %d.", maxTextInputValue))
		}
		if in.MaxLength != nil && (*in.MaxLength < 1 || *in.MaxLength > maxTextInputValue) {
			e.add(ip+".max_length", "NUMBER_TYPE_MAX", fmt.Sprintf("Must be between 1 and %d.", maxTextInputValue))
		}
		e.maxLength(ip+".placeholder", in.Placeholder, maxTextInputHolder)
		e.maxLength(ip+".value", in.Value, maxTextInputValue)
	}
	r, bad := e.reply()
	return m, r, bad
}

// ModalSubmit is a member filling in and sending a modal the bot opened.
type ModalSubmit struct {
	// Opener is the interaction the bot answered with the modal.
	Opener SentInteraction
	// Values are the text inputs' values by custom id; inputs left out
	// are sent empty.
	Values map[string]string
}

// SubmitModal dispatches INTERACTION_CREATE of type modal submit for the
// modal the bot opened in answer to Opener, by the member who was shown
// it. The values must fit the inputs as the client enforces it: required
// inputs filled in, lengths within their bounds. A modal is submitted once.
func (f *Fake) SubmitModal(ctx context.Context, ms ModalSubmit) (SentInteraction, error) {
	return f.sendInteraction(ctx, func() (*interaction, wireInteraction, error) {
		open, ok := f.modals[ms.Opener.ID]
		if !ok {
			return nil, wireInteraction{}, fmt.Errorf("interaction %s has no open modal", ms.Opener.ID)
		}
		type submitted struct {
			Type     int    `json:"type"`
			CustomID string `json:"custom_id"`
			Value    string `json:"value"`
		}
		type row struct {
			Type       int         `json:"type"`
			Components []submitted `json:"components"`
		}
		var rows []row
		known := map[string]bool{}
		for _, r := range open.spec.Components {
			in := r.Components[0]
			known[in.CustomID] = true
			v := ms.Values[in.CustomID]
			n := utf8.RuneCountInString(v)
			required := in.Required == nil || *in.Required
			switch {
			case required && v == "":
				return nil, wireInteraction{}, fmt.Errorf("input %q is required", in.CustomID)
			case v != "" && in.MinLength != nil && n < *in.MinLength, in.MaxLength != nil && n > *in.MaxLength, n > maxTextInputValue:
				return nil, wireInteraction{}, fmt.Errorf("input %q: %d characters outside its bounds", in.CustomID, n)
			}
			rows = append(rows, row{Type: componentActionRow, Components: []submitted{{Type: componentTextInput, CustomID: in.CustomID, Value: v}}})
		}
		for id := range ms.Values {
			if !known[id] {
				return nil, wireInteraction{}, fmt.Errorf("the modal has no input %q", id)
			}
		}
		opener := open.opener
		org, err := f.resolveOriginLocked(Origin{User: opener.user, ChannelID: opener.channelID, DM: f.channels[opener.channelID].Type == channelDM,
			Roles: opener.roles, Permissions: opener.permissions, Locale: opener.locale})
		if err != nil {
			return nil, wireInteraction{}, err
		}
		delete(f.modals, ms.Opener.ID)
		data := map[string]any{"custom_id": open.spec.CustomID, "components": rows}
		in, w := f.newInteractionLocked(interactionModalSubmit, org, data)
		if m := f.messages[opener.messageID]; m != nil && !m.deleted {
			in.messageID = m.id
			msg := f.messageWireLocked(m, false)
			w.Message = &msg
		}
		return in, w, nil
	})
}
