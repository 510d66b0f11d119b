package fakediscord

import (
	"encoding/json"
	"net/http"
	"slices"
	"time"
)

// Interaction callback types, as numbered by Discord.
const (
	responseChannelMessage         = 4
	responseDeferredChannelMessage = 5
	responseDeferredUpdateMessage  = 6
	responseUpdateMessage          = 7
	responseAutocompleteResult     = 8
	responseModal                  = 9
)

// allowedResponses lists the callback types each interaction type accepts.
var allowedResponses = map[int][]int{
	interactionCommand:      {responseChannelMessage, responseDeferredChannelMessage, responseModal},
	interactionComponent:    {responseChannelMessage, responseDeferredChannelMessage, responseDeferredUpdateMessage, responseUpdateMessage, responseModal},
	interactionAutocomplete: {responseAutocompleteResult},
	interactionModalSubmit:  {responseChannelMessage, responseDeferredChannelMessage, responseDeferredUpdateMessage, responseUpdateMessage},
}

// interactionCallback is the initial response: once per interaction and
// within the deadline (3 s on Discord).
func (f *Fake) interactionCallback(r *http.Request, c *Call) reply {
	var body struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if err := c.Decode(&body); err != nil || body.Type == 0 {
		return formError("type", "BASE_TYPE_REQUIRED", "This field is required")
	}
	var p messagePayload
	if !isEmpty(body.Data) {
		if err := json.Unmarshal(body.Data, &p); err != nil {
			return formError("data", "MODEL_TYPE_CONVERT", "Invalid response data: "+err.Error())
		}
	}

	return f.update(func(echoes *[]echoEvent) reply {
		in, ok := f.interactions[r.PathValue("interaction")]
		if !ok || in.token != r.PathValue("token") {
			return errorReply(http.StatusNotFound, codeUnknownInteraction, "Unknown interaction")
		}
		if late := time.Since(in.created); f.cfg.interactionDeadline > 0 && late > f.cfg.interactionDeadline {
			f.logf("interaction %s answered after %v, past the %v deadline", in.id, late, f.cfg.interactionDeadline)
			return errorReply(http.StatusNotFound, codeUnknownInteraction, "Unknown interaction")
		}
		if in.responded {
			return errorReply(http.StatusBadRequest, codeAlreadyAcknowledged, "Interaction has already been acknowledged.")
		}
		if !slices.Contains(allowedResponses[in.kind], body.Type) {
			return formError("type", "INTERACTION_RESPONSE_TYPE_INVALID", "Invalid interaction response type for this interaction")
		}

		updatesMessage := body.Type == responseDeferredUpdateMessage || body.Type == responseUpdateMessage
		if updatesMessage && in.messageID == "" {
			return formError("type", "INTERACTION_RESPONSE_TYPE_INVALID", "This interaction has no message to update")
		}
		switch body.Type {
		case responseChannelMessage:
			if rep, bad := validateMessage(p, len(c.Files), true); bad {
				return rep
			}
			m := f.botMessageLocked(in.channelID, p, c.Files)
			m.interactionID = in.id
			in.originalID = m.id
			f.messageEventLocked(echoes, "MESSAGE_CREATE", m)
		case responseDeferredChannelMessage:
			// Discord shows "Bot is thinking…" as a real, loading message
			// that the first edit of @original fills in.
			flags := flagLoading
			if p.Flags != nil {
				flags |= *p.Flags & flagEphemeral
			}
			m := f.botMessageLocked(in.channelID, messagePayload{Flags: &flags}, nil)
			m.interactionID = in.id
			in.originalID = m.id
			f.messageEventLocked(echoes, "MESSAGE_CREATE", m)
		case responseDeferredUpdateMessage:
			in.originalID = in.messageID
		case responseUpdateMessage:
			if rep, bad := validateMessage(p, len(c.Files), false); bad {
				return rep
			}
			m := f.messages[in.messageID]
			f.applyLocked(m, p, c.Files, true)
			in.originalID = m.id
			f.messageEventLocked(echoes, "MESSAGE_UPDATE", m)
		case responseAutocompleteResult:
			var data struct {
				Choices json.RawMessage `json:"choices"`
			}
			json.Unmarshal(body.Data, &data) // absent data means no choices
			if rep, bad := validateChoices(data.Choices); bad {
				return rep
			}
		case responseModal:
			spec, rep, bad := validateModal(body.Data)
			if bad {
				return rep
			}
			f.modals[in.id] = &openModal{spec: spec, opener: in}
		}
		in.responded, in.responseType = true, body.Type
		f.notifyLocked()
		return noContent()
	})
}

// webhookInteractionLocked finds the interaction whose token is in the
// route. Its webhook exists only once the interaction was acknowledged.
func (f *Fake) webhookInteractionLocked(r *http.Request) (*interaction, reply, bool) {
	in, ok := f.webhooks[r.PathValue("token")]
	if !ok || r.PathValue("app") != f.AppID || !in.responded || in.responseType == responseAutocompleteResult || in.responseType == responseModal {
		return nil, errorReply(http.StatusNotFound, codeUnknownWebhook, "Unknown Webhook"), false
	}
	if age := time.Since(in.created); age > f.cfg.tokenLifetime {
		f.logf("interaction %s: its token was used %v after it was sent, past its %v lifetime", in.id, age, f.cfg.tokenLifetime)
		return nil, errorReply(http.StatusUnauthorized, codeInvalidWebhookToken, "Invalid Webhook Token"), false
	}
	return in, reply{}, true
}

// webhookMessageLocked finds @original or a follow-up of the route's
// interaction.
func (f *Fake) webhookMessageLocked(r *http.Request) (*interaction, *storedMessage, reply, bool) {
	in, rep, ok := f.webhookInteractionLocked(r)
	if !ok {
		return nil, nil, rep, false
	}
	id := r.PathValue("message")
	if id == "@original" {
		id = in.originalID
	}
	m, ok := f.messages[id]
	if !ok || m.deleted || id != in.originalID && m.interactionID != in.id {
		return nil, nil, errorReply(http.StatusNotFound, codeUnknownMessage, "Unknown Message"), false
	}
	return in, m, reply{}, true
}

// executeWebhook creates a follow-up message. Without ?wait=true Discord
// answers 204 and no message.
func (f *Fake) executeWebhook(r *http.Request, c *Call) reply {
	p, rep, ok := decodeMessagePayload(c)
	if !ok {
		return rep
	}
	if rep, bad := validateMessage(p, len(c.Files), true); bad {
		return rep
	}
	return f.update(func(echoes *[]echoEvent) reply {
		in, rep, ok := f.webhookInteractionLocked(r)
		if !ok {
			return rep
		}
		m := f.botMessageLocked(in.channelID, p, c.Files)
		m.interactionID = in.id
		f.messageEventLocked(echoes, "MESSAGE_CREATE", m)
		if c.Query.Get("wait") != "true" {
			return noContent()
		}
		return jsonReply(http.StatusOK, f.messageWireLocked(m, false))
	})
}

func (f *Fake) getWebhookMessage(r *http.Request, _ *Call) reply {
	f.mu.Lock()
	defer f.mu.Unlock()
	_, m, rep, ok := f.webhookMessageLocked(r)
	if !ok {
		return rep
	}
	return jsonReply(http.StatusOK, f.messageWireLocked(m, false))
}

func (f *Fake) editWebhookMessage(r *http.Request, c *Call) reply {
	p, rep, ok := decodeMessagePayload(c)
	if !ok {
		return rep
	}
	if rep, bad := validateMessage(p, len(c.Files), false); bad {
		return rep
	}
	return f.update(func(echoes *[]echoEvent) reply {
		_, m, rep, ok := f.webhookMessageLocked(r)
		if !ok {
			return rep
		}
		f.applyLocked(m, p, c.Files, true)
		f.messageEventLocked(echoes, "MESSAGE_UPDATE", m)
		return jsonReply(http.StatusOK, f.messageWireLocked(m, false))
	})
}

func (f *Fake) deleteWebhookMessage(r *http.Request, _ *Call) reply {
	return f.update(func(echoes *[]echoEvent) reply {
		_, m, rep, ok := f.webhookMessageLocked(r)
		if !ok {
			return rep
		}
		m.deleted = true
		f.notifyLocked()
		f.messageEventLocked(echoes, "MESSAGE_DELETE", m)
		return noContent()
	})
}

// Original returns the current original response of an interaction.
func (f *Fake) Original(in SentInteraction) (Message, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st, ok := f.interactions[in.ID]
	if !ok {
		return Message{}, false
	}
	m, ok := f.messages[st.originalID]
	if !ok || m.deleted {
		return Message{}, false
	}
	return f.snapshotLocked(m), true
}

// Followups returns the interaction's follow-up messages, oldest first.
func (f *Fake) Followups(in SentInteraction) []Message {
	f.mu.Lock()
	defer f.mu.Unlock()
	st, ok := f.interactions[in.ID]
	if !ok {
		return nil
	}
	var out []Message
	for _, id := range f.messageOrder {
		if m := f.messages[id]; m.interactionID == in.ID && id != st.originalID && !m.deleted {
			out = append(out, f.snapshotLocked(m))
		}
	}
	return out
}
