package segment

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkInvariants fails t unless segs is a valid segmentation of text: every
// segment non-empty, trimmed and on rune boundaries, segments in order and not
// overlapping, every non-space rune covered but a list item's marker, no
// segment crossing a line break, and blocks numbered 0, 1, 2, … by the lines
// that hold text.
func checkInvariants(t *testing.T, text string, segs []Segment) {
	t.Helper()
	runeStart := make([]bool, len(text)+1)
	for i := range text {
		runeStart[i] = true
	}
	runeStart[len(text)] = true

	prevEnd, prevBlock := 0, -1
	for n, s := range segs {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("segment %d %+v out of order or empty (previous end %d, text length %d)", n, s, prevEnd, len(text))
		}
		if !runeStart[s.Start] || !runeStart[s.End] {
			t.Fatalf("segment %d %+v not on rune boundaries", n, s)
		}
		body := text[s.Start:s.End]
		if body != strings.TrimSpace(body) {
			t.Fatalf("segment %d %+v not trimmed: %q", n, s, body)
		}
		if strings.ContainsFunc(body, isLineBreak) {
			t.Fatalf("segment %d %+v spans a line break: %q", n, s, body)
		}
		if s.Kind < Sentence || s.Kind > Credit {
			t.Fatalf("segment %d %+v has no valid kind", n, s)
		}
		gap := text[prevEnd:s.Start]
		if strings.TrimSpace(gap) != "" && !onlylistMarker(gap) {
			t.Fatalf("segment %d %+v leaves non-space text uncovered before it: %q", n, s, gap)
		}
		wantBlock := prevBlock
		if prevBlock < 0 || strings.ContainsFunc(gap, isLineBreak) {
			wantBlock++
		}
		if s.Block != wantBlock {
			t.Fatalf("segment %d %+v in block %d, want %d (gap %q)", n, s, s.Block, wantBlock, gap)
		}
		prevEnd, prevBlock = s.End, s.Block
	}
	if rest := text[prevEnd:]; strings.TrimSpace(rest) != "" {
		t.Fatalf("non-space text after the last segment uncovered: %q", rest)
	}
}

// onlyListMarker reports whether a gap between segments holds nothing but
// white space and one list marker that opens its line (listMarker), which
// Split leaves out of the item's segment.
func onlylistMarker(gap string) bool {
	i := strings.LastIndexFunc(gap, isLineBreak)
	before, line := gap, ""
	if i >= 0 {
		_, size := utf8.DecodeRuneInString(gap[i:])
		before, line = gap[:i], gap[i+size:]
	} else {
		before, line = "", gap
	}
	if strings.TrimSpace(before) != "" {
		return false
	}
	line = strings.TrimLeftFunc(line, unicode.IsSpace)
	n := listMarker(line)
	return n > 0 && strings.TrimSpace(line[n:]) == ""
}

func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// trickyPieces are the fragments random texts are built from: the constructs
// every rule of the segmenter looks at, plus line breaks of every kind, odd
// white space and bytes that are not UTF-8.
var trickyPieces = []string{
	"Der", "Die", "das", "Irak", "USA", "am", "3.", "Januar", "12.06.2020", "2004-01-07", "2.500", "2020.", "1.",
	"z.", "B.", "z.B.", "u.", "a.", "v.", "Chr.", "Dr.", "U.S.", "F.", "Kennedy", "e.g.", "usw.",
	"Mio.", "3.5", "…", "...", "!", "?", ".", ",", ":", "„", "“", "”", "»", "«", "\"", "'", "(", ")",
	"[", "]", "[1]", "(dpa)", "-", "–", "Foto:", "©", "https://example.com/a.b?c=1", "Lesezeit:",
	"Veröffentlicht", "Berlin,", "Uhr", "|", "AFP", " ", "  ", "\t", "\u00a0", "\n", "\r\n", "\r",
	"\n\n", "\u2028", "\u0085", "\xff", "\xe2\x80", "\xc2", "ß", "Ärger", "丁", "• ", "* ",
}

func TestSplitInvariantsRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 20000 {
		b.Reset()
		for range rng.IntN(40) {
			b.WriteString(trickyPieces[rng.IntN(len(trickyPieces))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		checkInvariants(t, text, Split(text))
	}
}

func FuzzSplit(f *testing.F) {
	for _, tc := range splitCases {
		f.Add(tc.text)
	}
	for _, seed := range []string{
		"", " ", "\n", "\r\n\r\n", ".", "..", "A. B. C.", "\xff.\xfe", "„“", "1. 2. 3.",
		"Berlin (dpa) - Die Lage.", "x\u2028y\u2029z\u0085w", "… …", "[.] X", "Ende.[" + strings.Repeat("x", 80),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, Split(text))
	})
}

// TestSplitLinearTime splits megabyte-long lines built to defeat the look-back
// and look-ahead bounds; a quadratic path would take minutes here.
func TestSplitLinearTime(t *testing.T) {
	for _, unit := range []string{
		"x 1. Y ", "z. B. ", "a.", "...", "A. ", "Ende.[", "Dr. ", "der 3. Tag ", "„", "Foto ", "12.06.2020 ",
		"https://x.y ", "- ", "am 3. Januar 2020 (dpa) ", "(Ja! ",
	} {
		text := strings.Repeat(unit, 1<<20/len(unit))
		checkInvariants(t, text, Split(text))
	}
}
