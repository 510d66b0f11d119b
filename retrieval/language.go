package retrieval

import (
	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/lang"
)

// DetectLanguage returns "de" or "en" for text in those languages, "" for
// another language, and "de" (the collection's default) when the text gives
// no evidence either way.
func DetectLanguage(text string) string {
	switch lang.Detect(text) {
	case lang.English:
		return analysis.English
	case lang.Other:
		return ""
	}
	return analysis.German
}
