// Package segment splits a news text (German or English) into sentences and the
// other lines a news page carries (headings, datelines, credits), keeping exact
// byte offsets into the text so that a sentence can be quoted verbatim and
// located again.
//
// A line break ends a block (a paragraph); sentences never span blocks. Within
// a block, a sentence ends at '.', '!', '?' or '…' (optionally followed by
// closing quotes or brackets) when white space and a plausible sentence start
// follow, unless the period belongs to an ordinal or date ("am 3. Januar"), an
// abbreviation ("z. B.", "v. Chr.", "Dr.", "U.S.") or an initial ("John F.
// Kennedy").
package segment

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says what a segment is; only sentences are meant to be quoted as answers.
type Kind int

const (
	// Sentence is running text: a sentence of a paragraph.
	Sentence Kind = iota
	// Heading is a short block without sentence-final punctuation: a title or
	// subtitle. A list's item is none: a line after a marker ("- ", "• ") or
	// after a sentence ending in a colon (Split).
	Heading
	// Dateline is a publication date, time or agency line ("12.06.2020, 04:15 Uhr | AFP, dpa",
	// "Lesezeit: 1 Minute") or the "Berlin (dpa) -" prefix of a first paragraph.
	Dateline
	// Credit is a photo, source or copyright line, or a line that is mostly a URL.
	Credit
)

var kindNames = [...]string{Sentence: "sentence", Heading: "heading", Dateline: "dateline", Credit: "credit"}

func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Segment is one sentence, heading, dateline or credit of a text.
type Segment struct {
	// Start and End are byte offsets into the text: text[Start:End] is the
	// segment, with only the surrounding white space trimmed.
	Start, End int
	Kind       Kind
	// Block is the index of the block (a line holding some non-space text) the
	// segment belongs to, counting from 0; blank lines are not counted.
	Block int
}

// Split splits text into segments in order. It never panics, segments never
// overlap, all lie on rune boundaries, and together they cover every non-space
// byte of the text. White space is what unicode.IsSpace says it is (so a
// no-break space separates sentences); line breaks are \n, \r, \v, \f, U+0085,
// U+2028 and U+2029, so CRLF, LF and CR texts split alike.
func Split(text string) []Segment {
	// News paragraphs run to a few sentences of ~150 bytes each.
	segs := make([]Segment, 0, len(text)/128+1)
	block := 0
	// listLeft is how many more blocks may be the items of a list a
	// sentence ending in a colon announced: "Some of the highlights
	// include:" and then "TLS 1.3 on by default", one per line without a
	// marker; 0 outside a list.
	listLeft := 0
	for lo := 0; lo < len(text); {
		hi, next := lineEnd(text, lo)
		// A short line before a paragraph is that paragraph's heading,
		// which ends the list ("Help needed" after a newsletter's list).
		if listLeft > 0 && headsParagraph(text, next) {
			listLeft = 0
		}
		n := len(segs)
		segs = appendBlock(segs, text, lo, hi, block, listLeft > 0)
		if len(segs) > n {
			block++
			listLeft = listAfter(text, segs[len(segs)-1], listLeft)
		}
		lo = next
	}
	rollLines(text, segs)
	return segs
}

// maxListItems is the most lines a colon makes list items: a longer run
// is a roll of names or a table of contents, whose lines state nothing.
const maxListItems = 12

// minListLeadWords is the fewest words of a sentence whose colon opens a
// list: a label of one word ("Inhalt:", "Foto:") opens none.
const minListLeadWords = 2

// listAfter returns how many more blocks may be list items after a block
// whose last segment is last, listLeft before it: a sentence of two words
// or more ending in a colon opens a list ("Highlights include:", not
// "Foto:"); a sentence's end, a dateline or a credit closes it.
func listAfter(text string, last Segment, listLeft int) int {
	s := text[last.Start:last.End]
	switch mark := lastMark(s); {
	case last.Kind == Sentence && mark == ':' && countWords(s, minListLeadWords) >= minListLeadWords:
		return maxListItems
	case last.Kind == Dateline || last.Kind == Credit || mark == '.' || mark == '!' || mark == '?' || mark == '…':
		return 0
	}
	return max(0, listLeft-1)
}

// headsParagraph reports whether the first line with text from lo on is a
// paragraph: longer than a heading and ending like a sentence.
func headsParagraph(text string, lo int) bool {
	for lo < len(text) {
		hi, next := lineEnd(text, lo)
		start, end := trimSpace(text, lo, hi)
		if start < end {
			line := text[start:end]
			return countWords(line, maxHeadingWords+1) > maxHeadingWords && endsLikeSentence(line)
		}
		lo = next
	}
	return false
}

// lineEnd returns the end of the line starting at lo and the start of the next.
func lineEnd(text string, lo int) (hi, next int) {
	for i := lo; i < len(text); i++ {
		switch c := text[i]; c {
		case '\n', '\r', '\v', '\f':
			return i, i + 1
		case 0xC2: // U+0085 NEXT LINE
			if i+1 < len(text) && text[i+1] == 0x85 {
				return i, i + 2
			}
		case 0xE2: // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
			if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9) {
				return i, i + 3
			}
		}
	}
	return len(text), len(text)
}

// appendBlock appends the segments of the block text[lo:hi] (one line);
// inList says it is an item of a list a colon announced (Split).
func appendBlock(segs []Segment, text string, lo, hi, block int, inList bool) []Segment {
	lo, hi = trimSpace(text, lo, hi)
	if lo >= hi {
		return segs
	}
	// A list item's marker ("- ", "• ") is left out of its segments, and
	// the item is no heading however short: "• Rund 2.500 Soldaten
	// bleiben im Irak" states a fact.
	item := inList
	if n := listMarker(text[lo:hi]); n > 0 {
		if start, _ := trimSpace(text, lo+n, hi); start < hi {
			lo, item = start, true
		}
	}
	line := text[lo:hi]
	// A chronology's entry opens with its full date and states what
	// happened on it: "2004-01-07 Debian Perl group founded" is no heading.
	item = item || datedEntry(line)
	scanner := lineScanner{line: line}
	end, next := scanner.sentenceEnd(0)
	if kind, whole := classifyBlock(line, end == len(line)); whole && !(item && kind == Heading) {
		return append(segs, Segment{Start: lo, End: hi, Kind: kind, Block: block})
	}
	start := 0
	if n := datelinePrefix(line[:end]); n > 0 {
		segs = append(segs, Segment{Start: lo, End: lo + n, Kind: Dateline, Block: block})
		start, _ = trimSpace(line, n, end)
	}
	for {
		segs = append(segs, Segment{Start: lo + start, End: lo + end, Kind: classifyPiece(line[start:end]), Block: block})
		if next == len(line) {
			return segs
		}
		start = next
		end, next = scanner.sentenceEnd(start)
	}
}

// trimSpace narrows text[lo:hi] to exclude leading and trailing white space,
// exactly as strings.TrimSpace would.
func trimSpace(text string, lo, hi int) (int, int) {
	for lo < hi {
		c := text[lo]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			lo++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		lo += size
	}
	for lo < hi {
		c := text[hi-1]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			hi--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		hi -= size
	}
	return lo, hi
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isSpaceAt reports whether a white-space rune starts at text[i], and its size.
func isSpaceAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r), size
}

// datedEntry reports whether a line opens with a full numeric date
// (fullNumericDate) and goes on in words after it, not in a byline's "Von"
// or "By".
func datedEntry(line string) bool {
	first, rest, ok := strings.Cut(line, " ")
	if !ok || !fullNumericDate(first) {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	next, _, _ := strings.Cut(rest, " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(r) && !bylineWords[strings.ToLower(next)]
}

// bylineWords open a byline after a date: "12.06.2020 Von Anna Sommer".
var bylineWords = map[string]bool{"von": true, "by": true}

// listMarker returns the length of the list marker a line opens with, a
// bullet and the space after it ("- ", "* ", "• ", "– ", "+ "), or 0 for
// none. A numbered item is left alone: "1. Januar 2020: …" opens with a
// date.
func listMarker(line string) int {
	for _, m := range []string{"- ", "* ", "• ", "– ", "+ ", "· ", "▪ "} {
		if strings.HasPrefix(line, m) {
			return len(m)
		}
	}
	return 0
}
