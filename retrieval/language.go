package retrieval

// DetectLanguage returns "de" or "en" for text in those languages and "" for
// anything else.
func DetectLanguage(text string) string {
	return "de" // TEMP until retrieval/lang lands
}
