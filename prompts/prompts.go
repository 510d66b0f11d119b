// Package prompts holds the text templates that shape what Quellen says
// around its quotes, in German and English. Quotes themselves never pass
// through a template's wording: they are cut from the sources.
package prompts

import (
	"bytes"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"text/template"
)

//go:embed *.tmpl
var files embed.FS

// Languages the templates exist in; the first is the fallback.
var languages = []string{"de", "en"}

// Templates renders the named templates of each language.
type Templates struct {
	byLang map[string]*template.Template
}

// Load parses the embedded templates.
func Load() (*Templates, error) {
	t := &Templates{byLang: make(map[string]*template.Template)}
	for _, lang := range languages {
		tmpl, err := template.New(lang).Funcs(funcs(lang)).ParseFS(files, lang+".tmpl")
		if err != nil {
			return nil, fmt.Errorf("templates %s: %w", lang, err)
		}
		t.byLang[lang] = tmpl
	}
	return t, nil
}

// Render executes template name in lang (German for an unknown language),
// with surrounding white space trimmed.
func (t *Templates) Render(lang, name string, data any) (string, error) {
	tmpl, ok := t.byLang[lang]
	if !ok {
		tmpl = t.byLang[languages[0]]
	}
	var b bytes.Buffer
	if err := tmpl.ExecuteTemplate(&b, name, data); err != nil {
		return "", fmt.Errorf("template %s/%s: %w", lang, name, err)
	}
	return strings.TrimSpace(b.String()), nil
}

var monthsDE = []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
var monthsEN = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// FormatDate writes an ISO date cut to its precision ("2020-06-12",
// "2024-09", "2024") the way a reader of lang expects it.
func FormatDate(lang, iso string) string {
	months := monthsDE
	if lang == "en" {
		months = monthsEN
	}
	// A year before the common era: "BC0247" is 247 v. Chr., 247 BC.
	if digits, ok := strings.CutPrefix(iso, "BC"); ok && len(digits) == 4 {
		if n, err := strconv.Atoi(digits); err == nil && n > 0 && !strings.ContainsAny(digits, "+-") {
			if lang == "en" {
				return fmt.Sprintf("%d BC", n)
			}
			return fmt.Sprintf("%d v. Chr.", n)
		}
	}
	var y, m, d int
	switch len(iso) {
	case 10:
		if _, err := fmt.Sscanf(iso, "%4d-%2d-%2d", &y, &m, &d); err != nil || m < 1 || m > 12 {
			return iso
		}
		if lang == "en" {
			return fmt.Sprintf("%d %s %d", d, months[m-1], y)
		}
		return fmt.Sprintf("%d. %s %d", d, months[m-1], y)
	case 7:
		if _, err := fmt.Sscanf(iso, "%4d-%2d", &y, &m); err != nil || m < 1 || m > 12 {
			return iso
		}
		return fmt.Sprintf("%s %d", months[m-1], y)
	}
	return iso
}

func funcs(lang string) template.FuncMap {
	return template.FuncMap{
		"date": func(iso string) string { return FormatDate(lang, iso) },
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return one
			}
			return many
		},
		"join": strings.Join,
		"add":  func(a, b int) int { return a + b },
	}
}
