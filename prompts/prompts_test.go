package prompts

import "testing"

func TestFormatDate(t *testing.T) {
	tests := []struct{ lang, iso, want string }{
		{"de", "2020-06-12", "12. Juni 2020"},
		{"en", "2020-06-12", "12 June 2020"},
		{"de", "2024-09", "September 2024"},
		{"de", "2024", "2024"},
		{"de", "2024-13", "2024-13"},
		{"de", "", ""},
		{"de", "BC0247", "247 v. Chr."},
		{"en", "BC0247", "247 BC"},
		{"en", "BC0000", "BC0000"},
		{"en", "BC046", "BC046"}, // a decade is written as the text wrote it, not here
		{"de", "BC0216-08-02", "2. August 216 v. Chr."},
		{"en", "BC0216-08-02", "2 August 216 BC"},
		{"de", "BC0216-08", "August 216 v. Chr."},
		{"de", "2024-W05", "2024-W05"},
		{"de", "2024-02-3x", "2024-02-3x"},
	}
	for _, tt := range tests {
		if got := FormatDate(tt.lang, tt.iso); got != tt.want {
			t.Errorf("FormatDate(%q, %q) = %q, want %q", tt.lang, tt.iso, got, tt.want)
		}
	}
}

func TestRenderFallsBackToGerman(t *testing.T) {
	tm, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	data := map[string]any{"Answered": false, "Related": nil, "LanguageNote": false}
	de, err := tm.Render("fr", "answer", data)
	if err != nil {
		t.Fatal(err)
	}
	if de != "Die Quellen enthalten dazu keine Angabe." {
		t.Errorf("Render(fr) = %q", de)
	}
	en, _ := tm.Render("en", "answer", data)
	if en != "The sources do not say." {
		t.Errorf("Render(en) = %q", en)
	}
}

// Every template a language defines must exist in the others too, or a
// user of that language would get an error instead of a reply.
func TestLanguagesDefineTheSameTemplates(t *testing.T) {
	tm, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	names := func(lang string) map[string]bool {
		set := make(map[string]bool)
		for _, tmpl := range tm.byLang[lang].Templates() {
			if tmpl.Name() != lang && tmpl.Name() != lang+".tmpl" {
				set[tmpl.Name()] = true
			}
		}
		return set
	}
	de, en := names("de"), names("en")
	for n := range de {
		if !en[n] {
			t.Errorf("template %q is German only", n)
		}
	}
	for n := range en {
		if !de[n] {
			t.Errorf("template %q is English only", n)
		}
	}
	if len(de) < 10 {
		t.Errorf("only %d templates found", len(de))
	}
}
