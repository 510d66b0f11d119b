package translate

import (
	"errors"
	"fmt"
	"strings"
)

// indexLine is one line of a dictd .index file: a headword and the byte span
// of its entry in the uncompressed .dict data.
type indexLine struct {
	headword string
	offset   int64
	length   int64
}

// parseIndexLine splits "headword TAB offset TAB length", the offset and length
// written in dictd's base64 number notation.
func parseIndexLine(line string) (indexLine, error) {
	headword, rest, ok := strings.Cut(line, "\t")
	if !ok {
		return indexLine{}, errors.New("no tab after headword")
	}
	offsetText, lengthText, ok := strings.Cut(rest, "\t")
	if !ok {
		return indexLine{}, errors.New("no tab after offset")
	}
	offset, err := decodeNumber(offsetText)
	if err != nil {
		return indexLine{}, fmt.Errorf("offset: %w", err)
	}
	length, err := decodeNumber(lengthText)
	if err != nil {
		return indexLine{}, fmt.Errorf("length: %w", err)
	}
	return indexLine{headword: headword, offset: offset, length: length}, nil
}

// maxNumberDigits keeps decoded numbers below 2^60: ten base-64 digits.
const maxNumberDigits = 10

// decodeNumber reads a dictd number. dictd writes offsets and lengths as plain
// base-64 positional numbers, most significant digit first, over the alphabet
// A-Z a-z 0-9 + / (so "A" is 0 and "BA" is 64). It is not RFC 4648 base64 of a
// byte string: there is no padding and no byte grouping, which is why
// encoding/base64 cannot decode it.
func decodeNumber(s string) (int64, error) {
	if s == "" {
		return 0, errors.New("empty number")
	}
	if len(s) > maxNumberDigits {
		return 0, fmt.Errorf("number %q longer than %d digits", s, maxNumberDigits)
	}
	var n int64
	for i := 0; i < len(s); i++ {
		d := digitValue(s[i])
		if d < 0 {
			return 0, fmt.Errorf("number %q: invalid digit %q", s, s[i])
		}
		n = n*64 + int64(d)
	}
	return n, nil
}

func digitValue(c byte) int {
	switch {
	case 'A' <= c && c <= 'Z':
		return int(c - 'A')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 26
	case '0' <= c && c <= '9':
		return int(c-'0') + 52
	case c == '+':
		return 62
	case c == '/':
		return 63
	}
	return -1
}
