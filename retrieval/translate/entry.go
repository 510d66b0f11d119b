package translate

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entry is one FreeDict article. In the dictd text an article is a headword
// line ("prime minister /pɹˈaɪm mˈɪnɪstə/ (PM /pˌiːˈɛm/) <n>"), one line of
// comma-separated German translations with grammar in angle brackets and usage
// labels in square brackets, then indented examples, notes and references.
type Entry struct {
	Headword string   // as written, e.g. "Prime Minister"
	Variants []string // abbreviations and inflected forms given beside the headword, e.g. "PM", "was"
	// Translations are in the dictionary's order, which is alphabetical per
	// sense rather than by frequency.
	Translations []Translation
	// Examples and References count the indented example sentences and
	// "see:"/"Synonym:" references. FreeDict gives them mostly for the common
	// senses of a word, so they are the best hint of a sense's frequency the
	// data holds.
	Examples   int
	References int
}

// Translation is one German rendering with its annotations removed.
type Translation struct {
	Text   string   // e.g. "Ministerpräsident", "führende Rolle"
	Labels []string // usage labels without brackets, e.g. "pol.", "Ös.", "veraltet"
}

var errNoTranslation = errors.New("entry has no translation line")

// parseEntry parses the text of one article.
func parseEntry(text string) (Entry, error) {
	headLine, rest, _ := strings.Cut(text, "\n")
	translationLine, rest, _ := strings.Cut(rest, "\n")
	var e Entry
	e.Headword, e.Variants = parseHeadLine(headLine)
	if e.Headword == "" {
		return Entry{}, errors.New("entry has no headword")
	}
	e.Translations = parseTranslations(translationLine)
	if len(e.Translations) == 0 {
		return Entry{}, errNoTranslation
	}
	for line := range strings.Lines(rest) {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, `"`):
			e.Examples++
		case strings.HasPrefix(line, "see:"), strings.HasPrefix(line, "Synonym"):
			e.References += strings.Count(line, "{")
		}
	}
	return e, nil
}

// parseHeadLine splits "orth /pron/ (variant /pron/ <pos>, …) <pos>" into the
// headword and its variants. The pronunciation ends the headword; parentheses
// before it belong to the headword itself ("inset (type) handle").
func parseHeadLine(line string) (headword string, variants []string) {
	line = strings.TrimSpace(line)
	if strings.HasPrefix(line, "/") {
		return "", nil // a pronunciation without its word
	}
	headword, rest, found := strings.Cut(line, " /")
	if !found {
		headword, rest, _ = strings.Cut(line, " <")
		return strings.TrimSpace(headword), nil
	}
	for group := range topLevelGroups(rest, '(', ')') {
		for v := range strings.SplitSeq(stripPronunciations(removeGroups(group, '<', '>')), ",") {
			if v = strings.TrimSpace(v); v != "" {
				variants = append(variants, v)
			}
		}
	}
	return strings.TrimSpace(headword), variants
}

// topLevelGroups yields the contents of the outermost open…close groups in s.
func topLevelGroups(s string, open, close byte) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		depth, start := 0, 0
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case open:
				if depth == 0 {
					start = i + 1
				}
				depth++
			case close:
				if depth == 0 {
					continue
				}
				depth--
				if depth == 0 && !yield(s[start:i]) {
					return
				}
			}
		}
	}
}

// parseTranslations splits the translation line on commas outside brackets.
func parseTranslations(line string) []Translation {
	var out []Translation
	segments := splitTopLevel(line, ',')
	for i, segment := range segments {
		if i+1 < len(segments) && isPronunciation(segments[i+1]) {
			segment = dropAbbreviation(segment)
		}
		if t, ok := parseTranslation(segment); ok {
			out = append(out, t)
		}
	}
	return out
}

// isPronunciation reports whether a segment is only an IPA transcription,
// " /ˈaŋk/ ". FreeDict writes one after an abbreviation of the translation.
func isPronunciation(segment string) bool {
	s := strings.TrimSpace(segment)
	return len(s) > 2 && s[0] == '/' && s[len(s)-1] == '/' && strings.Count(s, "/") == 2
}

// dropAbbreviation removes the abbreviation FreeDict glues to a translation
// when it gives one: "Ankunft <fem>Ank." (after the grammar),
// "UhrStd." (at a change to upper case), "eigentlicheigtl." or
// "vergleichevgl." (where the abbreviation repeats the word's first letter).
func dropAbbreviation(segment string) string {
	if i := strings.LastIndexAny(segment, ">]"); i >= 0 {
		return segment[:i+1]
	}
	text := strings.TrimRight(segment, " ")
	start := strings.LastIndexByte(text, ' ') + 1
	last := []rune(text[start:])
	for i := len(last) - 1; i > 0; i-- {
		if unicode.IsUpper(last[i]) && unicode.IsLower(last[i-1]) {
			return text[:start] + string(last[:i])
		}
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(text, " "))
	for i := len(last) - 1; i > 0; i-- {
		if unicode.ToLower(last[i]) == unicode.ToLower(first) {
			return text[:start] + string(last[:i])
		}
	}
	return segment
}

// splitTopLevel splits s on sep where it is not inside (), [], <> or {}.
func splitTopLevel(s string, sep byte) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[', '<', '{':
			depth++
		case ')', ']', '>', '}':
			if depth > 0 {
				depth--
			}
		case sep:
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, s[start:])
}

// parseTranslation cleans one comma-separated segment such as
// "[Am.] Verteidigungsministerium <neut> [pol.]" or "Blei <neut> [chem.] Pb".
// Labels become Labels; text after a label that follows the translation is a
// symbol or abbreviation ("Pb", "IQ") and is dropped.
func parseTranslation(segment string) (Translation, bool) {
	var t Translation
	var text strings.Builder
	afterLabel := false
	for i := 0; i < len(segment); {
		c := segment[i]
		switch c {
		case '[':
			end := max(closingBracket(segment, i), i+1)
			if label := strings.TrimSpace(segment[i+1 : min(end, len(segment))]); label != "" {
				t.Labels = append(t.Labels, label)
			}
			afterLabel = strings.TrimSpace(text.String()) != ""
			i = min(end+1, len(segment))
			continue
		case '(', '<', '{':
			// Grammar, optional words and cross-references are not search terms.
			i = min(closingBracket(segment, i)+1, len(segment))
			continue
		}
		if !afterLabel {
			text.WriteByte(c)
		}
		i++
	}
	t.Text = cleanGerman(stripPronunciations(text.String()))
	return t, t.Text != ""
}

// closingBracket returns the index of the bracket closing the one at open, or
// len(s)-1 when it is never closed.
func closingBracket(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '(', '[', '<', '{':
			depth++
		case ')', ']', '>', '}':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return len(s) - 1
}

// removeGroups deletes every open…close group from s.
func removeGroups(s string, open, close byte) string {
	if strings.IndexByte(s, open) < 0 {
		return s
	}
	var b strings.Builder
	depth := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == open:
			depth++
		case s[i] == close && depth > 0:
			depth--
		case depth == 0:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// stripPronunciations deletes IPA transcriptions: a slash at the start of a
// word, directly followed by the transcription, up to the next slash. A slash
// between words ("Dachrinnen/Regenrinnen") or standing alone ("A / B") is an
// alternative and stays.
func stripPronunciations(s string) string {
	if strings.IndexByte(s, '/') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		atWordStart := i == 0 || s[i-1] == ' '
		if s[i] == '/' && atWordStart && i+1 < len(s) && s[i+1] != ' ' {
			if end := strings.IndexByte(s[i+1:], '/'); end >= 0 {
				i += end + 1
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// placeholders stand for the object of a verb ("jdm. etw. geben") and are not
// words of the translation.
var placeholders = map[string]bool{
	"jd.": true, "jdm.": true, "jdn.": true, "jds.": true, "etw.": true,
	"sb.": true, "sth.": true, "sb's": true, "…": true, "...": true,
}

// cleanGerman splits alternatives written with slashes ("er/sie/es") into
// words, drops placeholders, the "einer Sache" object placeholder, the
// ellipsis of prefixes ("Haupt…") and stray one-letter inflection endings
// ("wichtigste/r/s"), and joins the rest with single spaces.
func cleanGerman(s string) string {
	s = germanSeparators.Replace(s)
	words := strings.Fields(s)
	kept := words[:0]
	for i := 0; i < len(words); i++ {
		w := strings.Trim(words[i], ",;:")
		switch {
		case placeholders[w]:
			continue
		case w == "einer" && i+1 < len(words) && strings.HasPrefix(words[i+1], "Sache"):
			i++
			continue
		case utf8.RuneCountInString(w) < 2 && !isDigitString(w):
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

// germanSeparators split a German translation into words; a Replacer is
// safe for concurrent use and costly to build, so it is built once.
var germanSeparators = strings.NewReplacer("/", " ", "…", " ", "\t", " ")

func isDigitString(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}
