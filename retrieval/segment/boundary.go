package segment

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTokenBytes bounds the look-back for the word before a period, so that a
// pathological run of dotted text cannot make a block quadratic.
const maxTokenBytes = 64

// maxFootnoteBytes bounds a bracketed note glued to the end of a sentence, as in
// "… bekannt.[Literaturangabe benötigt] Die …" or "… gesagt.[3] Die …".
const maxFootnoteBytes = 64

// languageSampleBytes is how much of a line is read to tell English from German.
const languageSampleBytes = 1000

// lineScanner finds the sentence ends in one block: a line of text trimmed
// of white space. Offsets are relative to the line.
type lineScanner struct {
	line string
	// english says whether the line reads as English: 0 not yet known, 1 yes, -1 no.
	english int8
}

// sentenceEnd finds the end of the sentence that starts at line[start]. end is
// the exclusive end of the sentence, after its final punctuation and any
// closing quotes or brackets; next is where the following sentence starts, or
// len(line) when the sentence runs to the end of the line.
func (s *lineScanner) sentenceEnd(start int) (end, next int) {
	line := s.line
	// depth is how many round brackets line[start:scanned] leaves open,
	// counted as the ends tried move on, so that a long line is read once.
	// An end tried after one past a skipped footnote ("[1. Anm.]") may lie
	// before scanned: the count then holds the footnote's brackets too.
	depth, scanned := 0, start
	for i := start; i < len(line); {
		if terminatorLen(line, i) == 0 {
			i++
			continue
		}
		runEnd, single := i, true
		for runEnd < len(line) {
			n := terminatorLen(line, runEnd)
			if n == 0 {
				break
			}
			if runEnd > i || line[runEnd] != '.' {
				single = false
			}
			runEnd += n
		}
		end := skipClosers(line, runEnd)
		next, ok := skipSpace(line, end)
		if !ok || next == len(line) {
			i = runEnd
			continue
		}
		for ; scanned < end; scanned++ {
			depth = parenDepth(depth, line, scanned)
		}
		r, _ := utf8.DecodeRuneInString(line[next:])
		if !plausibleStart(r) || bracketedNumber(line, next) || (!single && elidedInBrackets(line, start, i)) || closesLater(line, depth, end) ||
			(single && !s.periodEndsSentence(start, i, next)) {
			i = runEnd
			continue
		}
		return end, next
	}
	return len(line), len(line)
}

// isEnglish reports whether the line has more English than German function
// words, deciding once per line.
func (s *lineScanner) isEnglish() bool {
	if s.english == 0 {
		s.english = -1
		if looksEnglish(s.line[:min(len(s.line), languageSampleBytes)]) {
			s.english = 1
		}
	}
	return s.english > 0
}

// terminatorLen returns the byte length of the sentence-final mark at text[i]
// ('.', '!', '?' or '…'), or 0 if there is none.
func terminatorLen(line string, i int) int {
	switch line[i] {
	case '.', '!', '?':
		return 1
	case 0xE2: // U+2026 HORIZONTAL ELLIPSIS
		if i+2 < len(line) && line[i+1] == 0x80 && line[i+2] == 0xA6 {
			return 3
		}
	}
	return 0
}

// skipClosers skips closing quotes and brackets after a sentence-final mark, and
// a short bracketed note glued to it.
func skipClosers(line string, i int) int {
	i = skipClosingMarks(line, i)
	if i < len(line) && line[i] == '[' {
		limit := min(len(line), i+maxFootnoteBytes)
		for j := i + 1; j < limit; j++ {
			if line[j] == '[' {
				break
			}
			if line[j] == ']' {
				return skipClosingMarks(line, j+1)
			}
		}
	}
	return i
}

func skipClosingMarks(line string, i int) int {
	for i < len(line) {
		r, size := utf8.DecodeRuneInString(line[i:])
		if !isClosing(r) {
			break
		}
		i += size
	}
	return i
}

// skipSpace skips the white space at line[i:]; ok reports whether there was any.
func skipSpace(line string, i int) (next int, ok bool) {
	next = i
	for next < len(line) {
		space, size := isSpaceAt(line, next)
		if !space {
			break
		}
		next += size
	}
	return next, next > i
}

func isClosing(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '“', '”', '’', '‘', '»', '«', '›', '‹':
		return true
	}
	return false
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '„', '“', '”', '‚', '‘', '»', '«', '‹', '›', '¿', '¡':
		return true
	}
	return false
}

// plausibleStart reports whether a sentence may begin with r: not with a
// lower-case letter or with punctuation other than an opening quote or bracket.
func plausibleStart(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || isOpening(r)
	}
	return unicode.IsLetter(r) && !unicode.IsLower(r) || unicode.IsDigit(r) || isOpening(r)
}

// bracketedNumber reports whether line[next:] opens with a bracketed number,
// as the year in "in „Fürchtet sie!“ (2006) als auch": it qualifies the words
// before it rather than starting a sentence.
func bracketedNumber(line string, next int) bool {
	return next+1 < len(line) && (line[next] == '(' || line[next] == '[') && '0' <= line[next+1] && line[next+1] <= '9'
}

// bracketedSentence reports whether s opens with a bracket that holds a
// sentence of its own: its first letter a capital, a terminator before
// the closing bracket ("(See the changelog.)", "(His family followed in
// 1990.)"), not a short form ("(LUGA)") nor an aside ("(danke!)").
func bracketedSentence(s string) bool {
	closing := ")"
	if s[0] == '[' {
		closing = "]"
	}
	end := strings.Index(s, closing)
	if end < 2 {
		return false
	}
	inner := strings.TrimSpace(s[1:end])
	first, _ := utf8.DecodeRuneInString(inner)
	last, _ := utf8.DecodeLastRuneInString(inner)
	return unicode.IsUpper(first) && (last == '.' || last == '!' || last == '?')
}

// maxParenBytes bounds what a bracket may still hold after a sentence-final
// mark inside it for the mark to stay within the sentence.
const maxParenBytes = 200

// parenDepth is depth, the round brackets left open, after the byte
// line[j]. A bracket after a colon, a semicolon or an equals sign is a
// smiley's mouth (":(", ";)", "=)"), no bracket.
func parenDepth(depth int, line string, j int) int {
	if j > 0 && strings.IndexByte(":;=", line[j-1]) >= 0 {
		return depth
	}
	switch line[j] {
	case '(':
		return depth + 1
	case ')':
		return max(depth-1, 0)
	}
	return depth
}

// closesLater reports whether the depth round brackets a sentence leaves
// open up to its final mark and closers at line[end] close within
// maxParenBytes after it: "(We're on Slack! Join us! - Creative
// Commons)." is one aside, not three sentences. A bracket the closers
// shut ("(See the changelog.)") leaves none open.
func closesLater(line string, depth, end int) bool {
	if depth == 0 {
		return false
	}
	for j := end; j < min(len(line), end+maxParenBytes); j++ {
		if depth = parenDepth(depth, line, j); depth == 0 && line[j] == ')' {
			return true
		}
	}
	return false
}

// elidedInBrackets reports whether the terminator run at line[i] opens right
// after '(' or '[', as the "[…]" or "(...)" that marks words left out of a quote.
func elidedInBrackets(line string, start, i int) bool {
	if i == start {
		return false
	}
	c := line[i-1]
	return c == '(' || c == '['
}

// periodEndsSentence decides whether the single period at line[dot], followed
// by white space and a plausible sentence start at line[next], ends a sentence
// that began at line[start], by looking at the word before the period and the
// word after it.
func (s *lineScanner) periodEndsSentence(start, dot, next int) bool {
	text := s.line
	tokStart := tokenStart(text, start, dot)
	tok := text[tokStart:dot]
	if tok == "" {
		return true // after a closing quote or bracket: "… des Irak“. „Die …"
	}
	following := wordAt(text, next)
	r, _ := utf8.DecodeRuneInString(text[next:])
	startsSentence := isOpening(r) || sentenceStarters[following] && !isInitial(text, next, following)

	if isNumber(tok) {
		return s.numberEndsSentence(start, tokStart, tok, following, startsSentence)
	}
	if _, size := utf8.DecodeRuneInString(tok); size == len(tok) {
		// A single letter: an initial as in "John F. Kennedy" or part of "z. B.",
		// "d. h.", "v. Chr."; but "Gbit/s." is a word.
		switch {
		case attached(text, start, tokStart):
			return true
		case afterSingleLowerLetter(text, start, tokStart):
			return false
		}
		return startsSentence
	}
	// A bracket after an abbreviation explains it or adds to it: "des
	// Münchner Freiwillige e.V. (nochmal ein herzliches Dankeschön!)
	// stattgefunden hat" goes on; a bracketed sentence of its own ("…,
	// zypper, etc. (See the changelog for the full list.)") follows one.
	if (r == '(' || r == '[') && !bracketedSentence(text[next:]) {
		startsSentence = false
	}
	switch abbreviations[tok] {
	case abbrevNeverEnds:
		return false
	case abbrevMayEnd:
		return startsSentence
	}
	if isDottedAbbreviation(tok) {
		// "z.B.", "e.g." never end a sentence; "U.S." and "U.N." can.
		first, _ := utf8.DecodeRuneInString(tok)
		return !unicode.IsLower(first) && startsSentence
	}
	return true
}

// numberEndsSentence decides for a period after a number: in German that is
// mostly an ordinal or a date ("am 3. Januar", "im 20. Jahrhundert", "der 1. FC
// Köln"), in English (and in German after a year) the end of a sentence.
func (s *lineScanner) numberEndsSentence(start, tokStart int, tok, following string, startsSentence bool) bool {
	text := s.line
	if tokStart > start && !ordinalRange(text[start:tokStart]) {
		if r, _ := utf8.DecodeLastRuneInString(text[start:tokStart]); unicode.IsLetter(r) || r == '-' {
			return true // part of a name such as "F-16." or "COVID-19."
		}
	}
	if months[following] {
		return false
	}
	lead, _ := trimSpace(text, start, tokStart)
	for lead < tokStart {
		r, size := utf8.DecodeRuneInString(text[lead:tokStart])
		if !isOpening(r) && !unicode.IsSpace(r) {
			break
		}
		lead += size
	}
	if lead == tokStart {
		return false // a list number opening the block: "1. Die Regierung …"
	}
	if len(tok) == 4 && tokStart-lead <= maxDateLabel && strings.TrimSpace(text[:start]) == "" && dateLabel(text[lead:tokStart]) {
		return false // a date labelling the block: "November 2021. Throughout 2021, …"
	}
	dotted := false
	group := 0 // digits after the last inner dot
	for i := 0; i < len(tok); i++ {
		if tok[i] == '.' {
			dotted, group = true, 0
		} else {
			group++
		}
	}
	switch {
	case dotted && group >= 4:
		return true // a full date: "… am 12.06.2020. Die …"
	case ordinalDeterminers[wordBefore(text, start, tokStart)]:
		return false // "der 1000. Besucher", "am 12.06. trafen"
	case group >= 4 || dotted && group == 3:
		return true // a year or a count: "… seit 2015. Die …", "… bei 2.000. Überreste …"
	case startsSentence:
		return true
	}
	// English writes no ordinals with a period: "… scored 24. Denver …" ends there.
	return s.isEnglish()
}

// ordinalRange reports whether the text before a number ends in an ordinal
// and a hyphen, so that the number closes a range of days: "14.-19. Juli",
// not a name such as "F-16.".
func ordinalRange(before string) bool {
	n := len(before)
	return n >= 3 && before[n-1] == '-' && before[n-2] == '.' && before[n-3] >= '0' && before[n-3] <= '9'
}

// looksEnglish reports whether s has more English than German function words.
func looksEnglish(s string) bool {
	english, german := 0, 0
	for w := range strings.FieldsSeq(s) {
		switch {
		case englishFunctionWords[w]:
			english++
		case germanFunctionWords[w]:
			german++
		}
	}
	return english > german
}

// isInitial reports whether the word at text[next] is a single letter with a
// period, as the "A." of "J. A. Hobson" or "E. I. du Pont": the English "A"
// and "I" start sentences, but not as initials.
func isInitial(text string, next int, word string) bool {
	end := next + len(word)
	return utf8.RuneCountInString(word) == 1 && end < len(text) && text[end] == '.'
}

// attached reports whether the word at text[tokStart] is glued to what comes
// before it, as "16" in "F-16" or "s" in "Gbit/s".
func attached(text string, start, tokStart int) bool {
	if tokStart == start {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[start:tokStart])
	return !unicode.IsSpace(r) && !isOpening(r)
}

// tokenStart returns where the word that ends at text[end] begins: the run of
// letters, digits and inner periods before it.
func tokenStart(text string, start, end int) int {
	limit := max(start, end-maxTokenBytes)
	i := end
	for i > limit {
		c := text[i-1]
		if c < utf8.RuneSelf {
			if !isASCIIAlnum(c) && c != '.' {
				break
			}
			i--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[limit:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i -= size
	}
	return i
}

// wordAt returns the run of letters starting at text[i].
func wordAt(text string, i int) string {
	j := i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return text[i:j]
}

// wordBefore returns the word that ends just before the white space preceding
// text[end], or "" if there is none within the sentence.
func wordBefore(text string, start, end int) string {
	_, end = trimSpace(text, start, end)
	i := end
	for i > start {
		r, size := utf8.DecodeLastRuneInString(text[start:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	return text[i:end]
}

// afterSingleLowerLetter reports whether text[tokStart] follows "x." or "x. "
// with x a single lower-case letter, as the "B" of "z. B." or the "Ä" of "o. Ä.".
func afterSingleLowerLetter(text string, start, tokStart int) bool {
	i := tokStart
	if i > start && text[i-1] == ' ' {
		i--
	}
	if i-2 < start || text[i-1] != '.' {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(text[start : i-1])
	if !unicode.IsLower(r) {
		return false
	}
	before := i - 1 - size
	if before == start {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(text[start:before])
	return !unicode.IsLetter(p) && !unicode.IsDigit(p)
}

func isNumber(tok string) bool {
	digits := false
	for i := 0; i < len(tok); i++ {
		switch c := tok[i]; {
		case '0' <= c && c <= '9':
			digits = true
		case c != '.':
			return false
		}
	}
	return digits
}

// isDottedAbbreviation reports whether tok is short letter groups joined by
// periods, as in "U.S", "z.B" or "i.d.R".
func isDottedAbbreviation(tok string) bool {
	groups, run := 0, 0
	for _, r := range tok {
		switch {
		case r == '.':
			if run == 0 {
				return false
			}
			groups, run = groups+1, 0
		case unicode.IsLetter(r):
			run++
			if run > 3 {
				return false
			}
		default:
			return false
		}
	}
	return groups > 0 && run > 0
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// maxDateLabel bounds the bytes before the year of a date that labels a
// block ("11. September", "Dezember"), so that a long first sentence is
// not split into words at each of its numbers.
const maxDateLabel = 24

// dateLabel reports whether the words before a year that ends a block's
// first sentence make it a date of its own, a label of what follows as a
// timeline writes it ("November 2021. Throughout 2021, SIG Node had …",
// "3. März 2020. Die Kommission tagte …"): a month name, alone or after
// a day ("3.", "May 11,").
func dateLabel(before string) bool {
	words := strings.Fields(before)
	switch len(words) {
	case 1:
		return months[words[0]]
	case 2:
		second := strings.TrimRight(words[1], ",")
		return isDay(strings.TrimRight(words[0], ".")) && months[second] || months[words[0]] && isDay(second)
	}
	return false
}

// isDay reports whether a word is a day of the month in digits.
func isDay(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31
}
