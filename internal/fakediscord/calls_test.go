package fakediscord

import "testing"

func TestRoute(t *testing.T) {
	const callback = "/api/v9/interactions/{id}/{token}/callback"
	tests := []struct {
		method, pattern string
		call            Call
		want            bool
	}{
		{"POST", callback, Call{Method: "POST", Path: "/api/v9/interactions/1/abc/callback"}, true},
		{"POST", callback, Call{Method: "GET", Path: "/api/v9/interactions/1/abc/callback"}, false},
		{"", callback, Call{Method: "GET", Path: "/api/v9/interactions/1/abc/callback"}, true},
		{"POST", callback, Call{Method: "POST", Path: "/api/v9/interactions//abc/callback"}, false},
		{"POST", callback, Call{Method: "POST", Path: "/api/v9/interactions/1/abc/callback/x"}, false},
		{"POST", callback, Call{Method: "POST", Path: "/api/v9/interactions/1/callback"}, false},
		{"PATCH", "/api/v9/webhooks/{app}/{token}/messages/@original",
			Call{Method: "PATCH", Path: "/api/v9/webhooks/7/t/messages/@original"}, true},
		{"PATCH", "/api/v9/webhooks/{app}/{token}/messages/@original",
			Call{Method: "PATCH", Path: "/api/v9/webhooks/7/t/messages/123"}, false},
	}
	for _, tt := range tests {
		if got := Route(tt.method, tt.pattern)(tt.call); got != tt.want {
			t.Errorf("Route(%q, %q)(%s %s) = %v, want %v", tt.method, tt.pattern, tt.call.Method, tt.call.Path, got, tt.want)
		}
	}
}

func TestSentInteractionMatchers(t *testing.T) {
	in := SentInteraction{ID: "5", Token: "tok", appID: "9"}
	tests := []struct {
		name    string
		match   Matcher
		call    Call
		matches bool
	}{
		{"callback", in.Callback(), Call{Method: "POST", Path: "/api/v9/interactions/5/tok/callback"}, true},
		{"callback of another", in.Callback(), Call{Method: "POST", Path: "/api/v9/interactions/6/tok/callback"}, false},
		{"edit original", in.EditOriginal(), Call{Method: "PATCH", Path: "/api/v9/webhooks/9/tok/messages/@original"}, true},
		{"followup", in.Followup(), Call{Method: "POST", Path: "/api/v9/webhooks/9/tok"}, true},
		{"webhook: followup", in.Webhook(), Call{Method: "POST", Path: "/api/v9/webhooks/9/tok"}, true},
		{"webhook: delete", in.Webhook(), Call{Method: "DELETE", Path: "/api/v9/webhooks/9/tok/messages/1"}, true},
		{"webhook: longer token", in.Webhook(), Call{Method: "POST", Path: "/api/v9/webhooks/9/tokX"}, false},
	}
	for _, tt := range tests {
		if got := tt.match(tt.call); got != tt.matches {
			t.Errorf("%s: matched %v, want %v", tt.name, got, tt.matches)
		}
	}
}
