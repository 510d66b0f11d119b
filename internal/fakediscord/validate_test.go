package fakediscord

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// errorBody decodes a reply's Discord error for assertions.
func errorBody(t *testing.T, r reply) (code int, body string) {
	t.Helper()
	b, err := json.Marshal(r.body)
	if err != nil {
		t.Fatal(err)
	}
	var e struct{ Code int }
	json.Unmarshal(b, &e)
	return e.Code, string(b)
}

func TestValidateMessage(t *testing.T) {
	button := func(id string) string {
		return fmt.Sprintf(`{"type":2,"style":1,"label":"x","custom_id":%q}`, id)
	}
	row := func(cs ...string) string { return `{"type":1,"components":[` + strings.Join(cs, ",") + `]}` }
	tests := []struct {
		name     string
		payload  string
		files    int
		creating bool
		wantCode int    // 0 for valid
		wantPath string // a field path that must appear in the errors
	}{
		{"plain", `{"content":"hi"}`, 0, true, 0, ""},
		{"2000 runes", `{"content":"` + strings.Repeat("ß", 2000) + `"}`, 0, true, 0, ""},
		{"2001 runes", `{"content":"` + strings.Repeat("ß", 2001) + `"}`, 0, true, codeInvalidFormBody, "content"},
		{"empty create", `{"content":"","embeds":null,"components":null}`, 0, true, codeEmptyMessage, ""},
		{"file only", `{}`, 1, true, 0, ""},
		{"empty edit", `{"content":""}`, 0, false, 0, ""},
		{"11 embeds", `{"embeds":[` + strings.TrimSuffix(strings.Repeat(`{"title":"t"},`, 11), ",") + `]}`, 0, true, codeInvalidFormBody, "embeds"},
		{"empty field value", `{"embeds":[{"fields":[{"name":"n","value":""}]}]}`, 0, true, codeInvalidFormBody, "value"},
		{"embed total", `{"embeds":[{"description":"` + strings.Repeat("a", 4000) + `"},{"description":"` + strings.Repeat("a", 2001) + `"}]}`, 0, true, codeInvalidFormBody, "embeds"},
		{"one row", `{"components":[` + row(button("a"), button("b")) + `]}`, 0, true, 0, ""},
		{"six rows", `{"components":[` + strings.TrimSuffix(strings.Repeat(row(button("a"))+",", 6), ",") + `]}`, 0, true, codeInvalidFormBody, "components"},
		{"duplicate custom id", `{"components":[` + row(button("a"), button("a")) + `]}`, 0, true, codeInvalidFormBody, "custom_id"},
		{"button outside row", `{"components":[` + button("a") + `]}`, 0, true, codeInvalidFormBody, "type"},
		{"link with custom id", `{"components":[` + row(`{"type":2,"style":5,"label":"x","url":"https://x","custom_id":"a"}`) + `]}`, 0, true, codeInvalidFormBody, "url"},
		{"long custom id", `{"components":[` + row(button(strings.Repeat("x", 101))) + `]}`, 0, true, codeInvalidFormBody, "custom_id"},
		{"components v2 skip rows", `{"flags":32768,"components":[{"type":10,"content":"text"}]}`, 0, true, 0, ""},
		{"embed url", `{"embeds":[{"title":"t","url":"https://example.org/a?b=c"}]}`, 0, true, 0, ""},
		{"embed url relative", `{"embeds":[{"title":"t","url":"/a"}]}`, 0, true, codeInvalidFormBody, "URL_TYPE_INVALID_URL"},
		{"embed url javascript", `{"embeds":[{"title":"t","url":"javascript:alert(1)"}]}`, 0, true, codeInvalidFormBody, "URL_TYPE_INVALID_URL"},
		{"embed url with space", `{"embeds":[{"title":"t","url":"https://ex ample.org"}]}`, 0, true, codeInvalidFormBody, "url"},
		{"embed url markdown", `{"embeds":[{"title":"t","url":"[x](https://evil.example)"}]}`, 0, true, codeInvalidFormBody, "url"},
		{"image attachment", `{"embeds":[{"image":{"url":"attachment://chart.png"}}]}`, 0, true, 0, ""},
		{"image ftp", `{"embeds":[{"image":{"url":"ftp://x/chart.png"}}]}`, 0, true, codeInvalidFormBody, "image"},
		{"link button", `{"components":[` + row(`{"type":2,"style":5,"label":"x","url":"https://x.example/a"}`) + `]}`, 0, true, 0, ""},
		{"link button bad url", `{"components":[` + row(`{"type":2,"style":5,"label":"x","url":"x.example/a"}`) + `]}`, 0, true, codeInvalidFormBody, "url"},
		{"link button long url", `{"components":[` + row(`{"type":2,"style":5,"label":"x","url":"https://x.example/`+strings.Repeat("a", 500)+`"}`) + `]}`, 0, true, codeInvalidFormBody, "url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p messagePayload
			if err := json.Unmarshal([]byte(tt.payload), &p); err != nil {
				t.Fatal(err)
			}
			r, bad := validateMessage(p, tt.files, tt.creating)
			if !bad {
				if tt.wantCode != 0 {
					t.Fatalf("accepted, want code %d", tt.wantCode)
				}
				return
			}
			code, body := errorBody(t, r)
			if code != tt.wantCode || !strings.Contains(body, tt.wantPath) {
				t.Errorf("rejected with %s, want code %d mentioning %q", body, tt.wantCode, tt.wantPath)
			}
		})
	}
}

func TestParseCommand(t *testing.T) {
	opt := func(typ int, name string, extra string) string {
		return fmt.Sprintf(`{"type":%d,"name":%q,"description":"d"%s}`, typ, name, extra)
	}
	cmd := func(options ...string) string {
		return `{"name":"ask","description":"Ask","options":[` + strings.Join(options, ",") + `]}`
	}
	choices := func(n int) string {
		var cs []string
		for i := range n {
			cs = append(cs, fmt.Sprintf(`{"name":"c%d","value":"v%d"}`, i, i))
		}
		return `,"choices":[` + strings.Join(cs, ",") + `]`
	}
	tests := []struct {
		name     string
		command  string
		wantPath string // empty for a valid command
	}{
		{"valid", cmd(opt(3, "question", `,"required":true`), opt(4, "count", "")), ""},
		{"discordgo nulls", `{"name":"ask","description":"Ask","options":[{"type":3,"name":"q","description":"d","choices":null,"options":null,"channel_types":null}]}`, ""},
		{"german localization", `{"name":"ask","description":"Ask","name_localizations":{"de":"frage"}}`, ""},
		{"de-DE is no Discord locale", `{"name":"ask","description":"Ask","name_localizations":{"de-DE":"frage"}}`, "de-DE"},
		{"upper case", `{"name":"Ask","description":"Ask"}`, "name"},
		{"space in name", `{"name":"ask me","description":"Ask"}`, "name"},
		{"umlaut allowed", `{"name":"frühling","description":"Ask"}`, ""},
		{"no description", `{"name":"ask"}`, "description"},
		{"long description", `{"name":"ask","description":"` + strings.Repeat("d", 101) + `"}`, "description"},
		{"required after optional", cmd(opt(4, "count", ""), opt(3, "question", `,"required":true`)), "required"},
		{"25 choices", cmd(opt(3, "q", choices(25))), ""},
		{"26 choices", cmd(opt(3, "q", choices(26))), "choices"},
		{"autocomplete with choices", cmd(opt(3, "q", `,"autocomplete":true`+choices(2))), "autocomplete"},
		{"choices on boolean", cmd(opt(5, "b", choices(2))), "choices"},
		{"sub-command mixed with value", cmd(opt(1, "sub", ""), opt(3, "q", "")), "options"},
		{"group of sub-commands", cmd(opt(2, "grp", `,"options":[`+opt(1, "sub", "")+`]`)), ""},
		{"group containing value", cmd(opt(2, "grp", `,"options":[`+opt(3, "q", "")+`]`)), "type"},
		{"duplicate option", cmd(opt(3, "q", ""), opt(3, "q", "")), "name"},
		{"user command", `{"type":2,"name":"Quote This"}`, ""},
		{"user command with description", `{"type":2,"name":"Quote This","description":"x"}`, "description"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var raw map[string]json.RawMessage
			if err := json.Unmarshal([]byte(tt.command), &raw); err != nil {
				t.Fatal(err)
			}
			e := formErrors{}
			parseCommand(e, "0", raw)
			r, bad := e.reply()
			if !bad {
				if tt.wantPath != "" {
					t.Fatalf("accepted, want an error at %q", tt.wantPath)
				}
				return
			}
			code, body := errorBody(t, r)
			if tt.wantPath == "" || code != codeInvalidFormBody || !strings.Contains(body, tt.wantPath) {
				t.Errorf("rejected with %s, want error at %q", body, tt.wantPath)
			}
		})
	}
}

func TestOptionBuilder(t *testing.T) {
	minCount, maxCount := 1.0, 5.0
	specs := []optionSpec{
		{Type: optionString, Name: "question", Required: true},
		{Type: optionInteger, Name: "count", MinValue: &minCount, MaxValue: &maxCount},
		{Type: optionString, Name: "lang", Choices: []choiceSpec{{Name: "Deutsch", Value: "de"}, {Name: "English", Value: "en"}}},
		{Type: optionString, Name: "source", Autocomplete: true},
		{Type: optionBoolean, Name: "public"},
	}
	tests := []struct {
		name         string
		given        []CommandOption
		autocomplete bool
		wantErr      string // empty for success
	}{
		{"valid", []CommandOption{{Name: "question", Value: "q"}, {Name: "count", Value: 2}, {Name: "lang", Value: "de"}}, false, ""},
		{"unknown option", []CommandOption{{Name: "question", Value: "q"}, {Name: "frage", Value: "q"}}, false, `no option "frage"`},
		{"missing required", []CommandOption{{Name: "count", Value: 2}}, false, "required"},
		{"wrong type", []CommandOption{{Name: "question", Value: 3}}, false, "string option"},
		{"out of range", []CommandOption{{Name: "question", Value: "q"}, {Name: "count", Value: 9}}, false, "range"},
		{"not a choice", []CommandOption{{Name: "question", Value: "q"}, {Name: "lang", Value: "fr"}}, false, "choices"},
		{"bool", []CommandOption{{Name: "question", Value: "q"}, {Name: "public", Value: "yes"}}, false, "boolean"},
		{"focused outside autocomplete", []CommandOption{{Name: "question", Value: "q"}, {Name: "source", Value: "S", Focused: true}}, false, "focused"},
		{"focused without autocomplete flag", []CommandOption{{Name: "question", Value: "q", Focused: true}}, true, "focused"},
		{"autocomplete partial input", []CommandOption{{Name: "source", Value: "Sp", Focused: true}}, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := optionBuilder{f: &Fake{}, autocomplete: tt.autocomplete, resolved: &wireResolved{}}
			out, err := b.build("/ask", specs, tt.given)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("build: %v", err)
				}
				if len(out) != len(tt.given) {
					t.Errorf("built %d options from %d", len(out), len(tt.given))
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestOptionBuilderSubCommands(t *testing.T) {
	specs := []optionSpec{
		{Type: optionSubCommand, Name: "search", Options: []optionSpec{{Type: optionString, Name: "term", Required: true}}},
		{Type: optionSubCommand, Name: "stats"},
	}
	b := optionBuilder{f: &Fake{}, resolved: &wireResolved{}}
	out, err := b.build("/corpus", specs, []CommandOption{{Name: "search", Options: []CommandOption{{Name: "term", Value: "Wahl"}}}})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(out)
	if want := `[{"name":"search","type":1,"options":[{"name":"term","type":3,"value":"Wahl"}]}]`; string(got) != want {
		t.Errorf("options = %s, want %s", got, want)
	}
	if _, err := b.build("/corpus", specs, nil); err == nil || !strings.Contains(err.Error(), "exactly one sub-command") {
		t.Errorf("no sub-command: error %v", err)
	}
	if _, err := b.build("/corpus", specs, []CommandOption{{Name: "search"}}); err == nil || !strings.Contains(err.Error(), `"term" missing`) {
		t.Errorf("sub-command without its required option: error %v", err)
	}
}

func TestFormErrorsNest(t *testing.T) {
	e := formErrors{}
	e.add("0.options.1.name", "APPLICATION_COMMAND_INVALID_NAME", "bad")
	e.add("0.options.1.name", "OTHER", "worse")
	got, _ := json.Marshal(e)
	want := `{"0":{"options":{"1":{"name":{"_errors":[{"code":"APPLICATION_COMMAND_INVALID_NAME","message":"bad"},{"code":"OTHER","message":"worse"}]}}}}}`
	if string(got) != want {
		t.Errorf("errors = %s\nwant %s", got, want)
	}
}

func TestValidateModal(t *testing.T) {
	input := func(id, label string, style int) string {
		return fmt.Sprintf(`{"type":1,"components":[{"type":4,"custom_id":%q,"label":%q,"style":%d}]}`, id, label, style)
	}
	tests := []struct {
		name, data, wantPath string // wantPath "" means valid
	}{
		{"one input", `{"custom_id":"m","title":"What was wrong?","components":[` + input("why", "Reason", 2) + `]}`, ""},
		{"long title", `{"custom_id":"m","title":"` + strings.Repeat("x", 46) + `","components":[` + input("why", "Reason", 2) + `]}`, "title"},
		{"no components", `{"custom_id":"m","title":"t","components":[]}`, "Must be between 1 and 5"},
		{"long label", `{"custom_id":"m","title":"t","components":[` + input("why", strings.Repeat("x", 46), 1) + `]}`, "label"},
		{"bad style", `{"custom_id":"m","title":"t","components":[` + input("why", "x", 3) + `]}`, "style"},
		{"duplicate ids", `{"custom_id":"m","title":"t","components":[` + input("a", "x", 1) + "," + input("a", "y", 1) + `]}`, "custom_id"},
		{"button in modal", `{"custom_id":"m","title":"t","components":[{"type":1,"components":[{"type":2,"style":1,"label":"x","custom_id":"b"}]}]}`, "type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, r, bad := validateModal(json.RawMessage(tt.data))
			if tt.wantPath == "" {
				if bad {
					_, body := errorBody(t, r)
					t.Fatalf("rejected: %s", body)
				}
				return
			}
			if !bad {
				t.Fatal("accepted")
			}
			if _, body := errorBody(t, r); !strings.Contains(body, tt.wantPath) {
				t.Errorf("rejected with %s, want %q", body, tt.wantPath)
			}
		})
	}
}
