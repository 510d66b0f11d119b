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
// "2024-09", "2024"), or one before the common era as TIMEX writes it
// ("BC0216-08-02", "BC0247"), the way a reader of lang expects it: "12.
// Juni 2020", "2. August 216 v. Chr.", "247 BC". Anything else is
// returned as it is.
func FormatDate(lang, iso string) string {
	months := monthsDE
	if lang == "en" {
		months = monthsEN
	}
	digits, bc := strings.CutPrefix(iso, "BC")
	year, rest, _ := strings.Cut(digits, "-")
	y, err := strconv.Atoi(year)
	if len(year) != 4 || strings.Trim(year, "0123456789") != "" || err != nil || bc && y == 0 {
		return iso
	}
	yearText := year
	if bc {
		yearText = fmt.Sprintf("%d v. Chr.", y)
		if lang == "en" {
			yearText = fmt.Sprintf("%d BC", y)
		}
	}
	if strings.Trim(rest, "0123456789") != "" && (len(rest) != 5 || rest[2] != '-' || strings.Trim(rest[:2]+rest[3:], "0123456789") != "") {
		return iso
	}
	var m, d int
	switch len(rest) {
	case 0:
		return yearText
	case 5:
		if _, err := fmt.Sscanf(rest, "%2d-%2d", &m, &d); err != nil || m < 1 || m > 12 || d < 1 || d > 31 {
			return iso
		}
		if lang == "en" {
			return fmt.Sprintf("%d %s %s", d, months[m-1], yearText)
		}
		return fmt.Sprintf("%d. %s %s", d, months[m-1], yearText)
	case 2:
		if _, err := fmt.Sscanf(rest, "%2d", &m); err != nil || m < 1 || m > 12 {
			return iso
		}
		return fmt.Sprintf("%s %s", months[m-1], yearText)
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
