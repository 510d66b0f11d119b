package segment

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	// maxHeadingWords is the longest block without sentence-final punctuation
	// that is still read as a heading; longer ones are sentences that lost their period.
	maxHeadingWords = 12
	// maxDatelineWords is the longest block read as a date or agency line.
	maxDatelineWords = 12
	// maxCreditWords is the longest block that a credit label or a copyright
	// marker makes a credit as a whole; a longer one is split into sentences.
	maxCreditWords = 30
	// maxDatelinePrefixBytes bounds where the dash of a "Berlin (dpa) -" prefix may stand.
	maxDatelinePrefixBytes = 160
)

// classifyBlock classifies a whole block (trimmed, non-empty); oneSentence
// says whether it holds no inner sentence boundary. whole reports whether the
// block is a single non-sentence segment; otherwise it is running text to
// split into sentences.
func classifyBlock(block string, oneSentence bool) (kind Kind, whole bool) {
	// Every rule here is for short blocks; counting further would be wasted.
	words := countWords(block, max(maxCreditWords, maxDatelineWords, maxHeadingWords)+1)
	switch {
	case mostlyURL(block),
		words <= maxCreditWords && (startsWithCreditLabel(block) || hasCopyrightMarker(block)):
		return Credit, true
	case words <= maxDatelineWords && (startsWithDatelineLabel(block) || isDateLine(block)):
		return Dateline, true
	case oneSentence && words <= maxHeadingWords && !endsLikeSentence(block) && !tableRow(block):
		return Heading, true
	}
	return Sentence, false
}

// classifyPiece classifies one sentence-like piece of running text: a caption's
// "Foto: dpa" or a trailing "(Quelle: Reuters)" is a credit, not a sentence.
func classifyPiece(piece string) Kind {
	if startsWithCreditLabel(piece) || mostlyURL(piece) {
		return Credit
	}
	return Sentence
}

// affiliation reports whether a block is shaped like a person's name and,
// in brackets after it, whom the person is with: "Antti Kutas (LUT
// University)". A line of a roll of those who took part says who is with
// whom, text to quote however short; Split reads it so only within a roll
// (rollLines), since a title has the shape too ("Release Notes (Draft)").
// The name is two to four words, each with a capital but for the
// particles of names ("Marc van Andel"); a title's small words ("Notes
// from the call (part 2)", "Bundeswehr in Mali (MINUSMA)") make it none,
// and so does a handle or an address in the brackets ("(@jdoe)",
// "(Mastodon: @jdoe)"), which says where to find someone.
func affiliation(block string) bool {
	open := strings.IndexByte(block, '(')
	if open < 0 || !strings.HasSuffix(block, ")") || strings.Count(block, "(") != 1 {
		return false
	}
	inside := strings.TrimSpace(block[open+1 : len(block)-1])
	if !strings.ContainsFunc(inside, unicode.IsLetter) || strings.Contains(inside, "@") {
		return false
	}
	name := strings.Fields(block[:open])
	if len(name) < minNameWords || len(name) > maxNameWords {
		return false
	}
	for i, w := range name {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !strings.ContainsRune("-'’.", r) }) < 0 {
			continue
		}
		if i == 0 || i == len(name)-1 || !nameParticles[w] {
			return false
		}
	}
	return true
}

// rollLines marks as sentences the headings of a roll: two or more blocks
// in a row, each a single segment (a heading, or a sentence too long to be
// one) shaped as a name with whom the person is with (affiliation).
func rollLines(text string, segs []Segment) {
	roll := func(i int) bool {
		return i >= 0 && i < len(segs) && (segs[i].Kind == Heading || segs[i].Kind == Sentence) &&
			(i == 0 || segs[i-1].Block != segs[i].Block) && (i+1 == len(segs) || segs[i+1].Block != segs[i].Block) &&
			affiliation(text[segs[i].Start:segs[i].End])
	}
	// roll reads a sentence as it reads a heading, so a line marked here
	// changes nothing for its neighbours: one pass does.
	for i := range segs {
		if segs[i].Kind == Heading && roll(i) && (roll(i-1) || roll(i+1)) {
			segs[i].Kind = Sentence
		}
	}
}

// minNameWords and maxNameWords bound the words of a name affiliation
// reads: a first name and a surname, with at most two more (a second
// name, a particle). Not tuned: the rolls of the QA collections hold
// names of two and three words.
const (
	minNameWords = 2
	maxNameWords = 4
)

// NameParticle reports whether a lower-case word is one of the small
// words inside personal names: the European ones and the Arabic ones
// (which are written with a hyphen too: "al-Sudani").
func NameParticle(w string) bool { return nameParticles[w] }

var nameParticles = map[string]bool{"von": true, "van": true, "de": true, "der": true, "da": true,
	"al": true, "el": true, "bin": true, "ibn": true, "abu": true, "abd": true}

// tableRow reports whether a block is a row of a table written as text,
// its cells set apart by " | ", with a figure: in any cell of three or
// more ("3.3 | Hauptmann | drei silberne Sterne"), in the last of two
// ("Gefreiter | 1 550"). What it says is text to quote, however short,
// not a heading; a title with its site's name ("Startseite | Bundeswehr",
// "5000 Soldaten für Litauen | tagesschau.de") and a trail of links ("Home
// | News | Welt") stay headings.
func tableRow(block string) bool {
	cells := strings.Split(block, " | ")
	switch {
	case len(cells) >= 3:
		return strings.ContainsAny(block, "0123456789")
	case len(cells) == 2:
		return strings.ContainsAny(cells[1], "0123456789")
	}
	return false
}

// endsLikeSentence reports whether s ends in punctuation that closes or
// continues a sentence, ignoring closing quotes and brackets. A block ending
// in ':' or ',' leads into the next line and is no heading.
func endsLikeSentence(s string) bool {
	switch lastMark(s) {
	case '.', '!', '?', '…', ':', ';', ',':
		return true
	}
	return false
}

// lastMark returns the last rune of s before any closing quotes and
// brackets, 0 when there is none.
func lastMark(s string) rune {
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isClosing(r) {
			return r
		}
		s = s[:len(s)-size]
	}
	return 0
}

// countWords counts the white-space separated words of s, up to limit.
func countWords(s string, limit int) int {
	n, inWord := 0, false
	for i := 0; i < len(s) && n < limit; {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// creditLabels open photo, source and copyright lines when a colon follows
// them: a picture's labels, and the labels of a source or a licence.
var creditLabels = append(strings.Fields(`Quelle Quellen Source Sources Credit Credits Video Copyright Lizenz License`),
	pictureLabels...)

// copyrightMarkers mark a short line as a credit wherever they stand in it:
// those that name a picture's maker or licence, and notices that name none.
var copyrightMarkers = append([]string{"Urheberrechtshinweis", "All rights reserved", "Alle Rechte vorbehalten",
	"commons.wikimedia.org"}, makerMarkers...)

// makerMarkers name who made or owns a picture, or its licence.
var makerMarkers = []string{"©", "Creative Commons", "CC BY", "CC-BY", "CC0", "Getty Images", "picture alliance",
	"picture-alliance", "imago images", "Own work", "Eigenes Werk"}

// startsWithCreditLabel reports whether s opens like a credit line: "Foto: dpa",
// "Bildquelle: …", "(Quelle: Reuters)", "© AFP", "(c) 2020 …", "Copyright …".
func startsWithCreditLabel(s string) bool {
	if hasFoldPrefix(strings.TrimLeft(s, " "), "(c) ") {
		return true
	}
	s = strings.TrimLeft(s, "([ ")
	if strings.HasPrefix(s, "©") || hasFoldPrefix(s, "copyright ") {
		return true
	}
	return opensWithLabel(s, creditLabels)
}

// opensWithLabel reports whether s, past opening brackets and spaces,
// opens with one of labels (in any case) and a colon: "Foto: dpa",
// "(Quelle: Reuters)".
func opensWithLabel(s string, labels []string) bool {
	s = strings.TrimLeft(s, "([ ")
	word := wordAt(s, 0)
	return word != "" && strings.HasPrefix(strings.TrimLeft(s[len(word):], " "), ":") &&
		slices.ContainsFunc(labels, func(l string) bool { return strings.EqualFold(word, l) })
}

// NamesMaker reports whether a credit line names who made or owns a
// picture: it holds a maker's or licence's marker ("©", "CC BY", "Own
// work"), "by", or a photo's word ("Pressefoto", "AFP-Foto"), in any
// case, or opens with a picture's label ("Bild:", "Beitragsbild:"),
// rather than only citing a source ("Quelle: Reuters") or giving a notice
// ("Bild Urheberrechtshinweis …").
func NamesMaker(line string) bool {
	lower := strings.ToLower(line)
	if slices.ContainsFunc(makerMarkers, func(m string) bool { return strings.Contains(lower, strings.ToLower(m)) }) ||
		strings.HasPrefix(strings.TrimLeft(lower, " "), "(c) ") || strings.Contains(lower, "by ") ||
		strings.Contains(lower, "foto") || strings.Contains(lower, "photo") {
		return true // "Pressefoto: …", "AFP-Foto", "cc by-sa 4.0"
	}
	return opensWithLabel(line, pictureLabels)
}

// pictureLabels are the credit labels of a picture's line.
var pictureLabels = strings.Fields(`
	Foto Fotos Photo Photos Bild Bilder Bildquelle Bildquellen Bildnachweis Bildrechte
	Beitragsbild Titelbild Titelfoto Symbolbild Symbolfoto Vorschaubild Headerbild Aufmacherbild
	Image Images Picture Pictures Illustration Grafik Grafiken Fotograf Fotografin Photographer
`)

func hasCopyrightMarker(s string) bool {
	for _, m := range copyrightMarkers {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

func hasFoldPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// mostlyURL reports whether web addresses make up at least half of the
// non-space bytes of s.
func mostlyURL(s string) bool {
	if !strings.Contains(s, "://") && !strings.Contains(s, "www.") {
		return false // the common case, found fast
	}
	nonSpace, url := 0, 0
	for field := range strings.FieldsSeq(s) {
		nonSpace += len(field)
		if i := urlStart(field); i >= 0 {
			url += len(field) - i
		}
	}
	return url > 0 && 2*url >= nonSpace
}

func urlStart(field string) int {
	for _, scheme := range [...]string{"https://", "http://", "www."} {
		if i := strings.Index(field, scheme); i >= 0 {
			return i
		}
	}
	return -1
}

// datelineLabels open lines that state when an article appeared or how long
// it takes to read.
var datelineLabels = []string{
	"Zuletzt aktualisiert", "Last updated", "Veröffentlicht", "Aktualisiert", "Erschienen",
	"Erstellt", "Geändert", "Stand", "Lesezeit", "Lesedauer", "Published", "Updated",
	"Posted", "Datum", "Date",
}

// datelineLabelFollowers may come between a dateline label and its date.
var datelineLabelFollowers = wordSet("am um vor seit on at")

// startsWithDatelineLabel reports whether block is a label line: the label
// alone ("Veröffentlicht"), with a colon ("Lesezeit: 1 Minute"), or followed by
// a date ("Updated 3 Jan 2020", "Veröffentlicht am 12.06.2020").
func startsWithDatelineLabel(block string) bool {
	for _, label := range datelineLabels {
		if !hasFoldPrefix(block, label) {
			continue
		}
		rest := block[len(label):]
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) {
			continue // "Standort", "Dateien"
		}
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if rest == "" || rest[0] == ':' {
			return true
		}
		first, _, _ := strings.Cut(rest, " ")
		return datelineLabelFollowers[first] || dateToken(strings.Trim(first, ",;()|")) != notDate
	}
	return false
}

// dateKind classifies a word of a dateline.
type dateKind uint8

const (
	notDate     dateKind = iota
	dateWord             // a day, month, weekday, agency, "Uhr"
	dateYear             // a year such as 2020
	dateNumeric          // a full numeric date or a time: 12.06.2020, 2020-06-12, 04:15
)

// isDateLine reports whether block is a date, time and agency line such as
// "12.06.2020, 04:15 Uhr | AFP, dpa", "Montag, 3. Januar 2020" or
// "Bagdad, 3. Januar 2020" — but not a heading such as "Anschlag am 3. Januar 2020".
func isDateLine(block string) bool {
	words, dated, firstUndated := 0, 0, -1
	numeric, year, month := false, false, false
	firstComma := false
	for field := range strings.FieldsSeq(block) {
		w := strings.Trim(field, ",;()[]|·•")
		w = strings.TrimSuffix(w, ".")
		if w == "" || datelineLabelFollowers[w] || isDash(w) {
			continue
		}
		if words == 0 {
			firstComma = strings.HasSuffix(field, ",")
		}
		switch dateToken(w) {
		case dateNumeric:
			numeric = true
			dated++
		case dateYear:
			year = true
			dated++
		case dateWord:
			month = month || months[w]
			dated++
		default:
			if firstUndated < 0 {
				firstUndated = words
			}
		}
		words++
	}
	undated := words - dated
	switch {
	case numeric:
		return 2*dated >= words
	case year && month:
		return undated == 0 || undated == 1 && firstUndated == 0 && firstComma
	}
	return false
}

func isDash(w string) bool {
	return strings.Trim(w, "-–—/") == ""
}

// fullNumericDate reports whether w is a day of a month of a year in
// digits: ISO "2004-01-07" or German "07.01.2004", month 1 to 12, day 1
// to 31.
func fullNumericDate(w string) bool {
	var y, m, d string
	if parts := strings.Split(w, "-"); len(parts) == 3 && len(parts[0]) == 4 && len(parts[1]) == 2 && len(parts[2]) == 2 {
		y, m, d = parts[0], parts[1], parts[2]
	} else if parts := strings.Split(strings.TrimSuffix(w, "."), "."); len(parts) == 3 && len(parts[2]) == 4 &&
		len(parts[0]) >= 1 && len(parts[0]) <= 2 && len(parts[1]) >= 1 && len(parts[1]) <= 2 {
		d, m, y = parts[0], parts[1], parts[2]
	} else {
		return false
	}
	month, err1 := strconv.Atoi(m)
	day, err2 := strconv.Atoi(d)
	_, err3 := strconv.Atoi(y)
	return err1 == nil && err2 == nil && err3 == nil && strings.Trim(y+m+d, "0123456789") == "" &&
		month >= 1 && month <= 12 && day >= 1 && day <= 31
}

// dateToken classifies one word (trimmed of punctuation) of a possible dateline.
func dateToken(w string) dateKind {
	if w == "" {
		return notDate
	}
	if months[w] || weekdays[w] || newsAgencies[w] {
		return dateWord
	}
	switch w {
	case "Uhr", "h", "am", "pm", "a.m", "p.m", "UTC", "GMT", "MEZ", "MESZ", "CET", "CEST", "ET", "EST", "EDT", "PT", "PST", "PDT":
		return dateWord
	}
	digits, seps, colon := 0, 0, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case '0' <= c && c <= '9':
			digits++
		case c == '.' || c == '/' || c == '-':
			seps++
		case c == ':':
			colon = true
			seps++
		default:
			return notDate
		}
	}
	switch {
	case digits == 0:
		return notDate
	case colon || seps >= 2:
		return dateNumeric
	case seps == 0 && digits == 4 && (w[:2] == "19" || w[:2] == "20"):
		return dateYear
	case seps == 0 && digits <= 2:
		return dateWord
	}
	return notDate
}

// datelinePrefix returns the length of a dateline that opens the first
// sentence of a block, "Berlin, 3. Januar 2020 (dpa) -" or "WASHINGTON
// (Reuters) –", including its dash; or 0 if there is none.
func datelinePrefix(piece string) int {
	dash, dashEnd := prefixDash(piece)
	if dash < 0 {
		return 0
	}
	_, prefixEnd := trimSpace(piece, 0, dash)
	prefix := piece[:prefixEnd]
	first, _ := utf8.DecodeRuneInString(prefix)
	if prefix == "" || !unicode.IsUpper(first) || countWords(prefix, 11) > 10 {
		return 0
	}
	if endsWithAgency(prefix) || isUpperCity(prefix) {
		return dashEnd
	}
	city, date, ok := strings.Cut(prefix, ",")
	if ok && !strings.Contains(city, " ") && isDateLine(date) {
		return dashEnd
	}
	return 0
}

// prefixDash finds the first dash (a run of '-', '–' or '—') in the opening
// bytes of piece that stands between white space (or a ')' and white space).
func prefixDash(piece string) (start, end int) {
	limit := min(len(piece), maxDatelinePrefixBytes)
	for i := 1; i < limit; {
		r, size := utf8.DecodeRuneInString(piece[i:])
		if r != '-' && r != '–' && r != '—' {
			i += size
			continue
		}
		j := i + size
		for j < len(piece) {
			r, size := utf8.DecodeRuneInString(piece[j:])
			if r != '-' && r != '–' && r != '—' {
				break
			}
			j += size
		}
		before := piece[i-1]
		if (before == ' ' || before == ')') && j < len(piece) && piece[j] == ' ' {
			return i, j
		}
		i = j
	}
	return -1, -1
}

// endsWithAgency reports whether prefix ends in a parenthesised list of news
// agencies: "(dpa)", "(AFP/Reuters)", "(AP, dpa)".
func endsWithAgency(prefix string) bool {
	if !strings.HasSuffix(prefix, ")") {
		return false
	}
	open := strings.LastIndexByte(prefix, '(')
	if open < 0 {
		return false
	}
	agencies := 0
	for name := range strings.FieldsFuncSeq(prefix[open+1:len(prefix)-1], func(r rune) bool {
		return r == '/' || r == ',' || r == ';' || unicode.IsSpace(r)
	}) {
		if !newsAgencies[name] && !isAcronym(name) {
			return false
		}
		agencies++
	}
	return agencies > 0
}

// isAcronym reports whether w is 2 to 6 upper-case letters, as an agency name.
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// isUpperCity reports whether prefix is a place name in capitals, as in
// "WASHINGTON –" or "BAGDAD -": up to three words, all letters upper-case.
func isUpperCity(prefix string) bool {
	if countWords(prefix, 4) > 3 {
		return false
	}
	letters := 0
	for _, r := range prefix {
		switch {
		case unicode.IsLetter(r):
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		case r != ' ' && r != '-' && r != '.' && r != ',':
			return false
		}
	}
	return letters >= 3
}
