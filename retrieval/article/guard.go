package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds on a page's structure, checked by a quick scan before it is
// parsed: the HTML parser and the readability library take time that
// grows with the square of the nesting depth and faster than the number
// of elements, so that a hostile page of 5 MB of nested <div>s would hold
// a core for hours. Real articles have a few thousand elements nested a
// few dozen deep.
const (
	maxDepth    = 256
	maxElements = 60_000
)

// ErrTooComplex is returned for a page whose structure exceeds the bounds.
var ErrTooComplex = errors.New("the page is built too deeply or of too many elements to be read")

// impliedEnd are elements that the next one of their kind (or of a
// related kind) closes without an end tag.
var impliedEnd = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true, atom.Optgroup: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
	atom.Rb: true, atom.Rt: true, atom.Rp: true, atom.Rtc: true, atom.Colgroup: true, atom.Caption: true,
}

// checkStructure scans the page's tags (in linear time, without building
// a tree) and refuses one that nests elements deeper than maxDepth or has
// more than maxElements. The depth follows end tags and the elements that
// close themselves, as the parser would, closely enough to pass any
// real page.
func checkStructure(body []byte) error {
	z := html.NewTokenizer(bytes.NewReader(body))
	var stack []atom.Atom
	elements := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return nil
			}
			return z.Err()
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			elements++
			if elements > maxElements {
				return fmt.Errorf("%w: more than %d elements", ErrTooComplex, maxElements)
			}
			if void[a] {
				continue
			}
			if impliedEnd[a] {
				for i := len(stack) - 1; i >= 0 && len(stack)-i <= 4; i-- {
					if stack[i] == a {
						stack = stack[:i]
						break
					}
				}
			}
			stack = append(stack, a)
			if len(stack) > maxDepth {
				return fmt.Errorf("%w: elements nested more than %d deep", ErrTooComplex, maxDepth)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == a {
					stack = stack[:i]
					break
				}
			}
		case html.SelfClosingTagToken:
			elements++
		}
	}
}

// void elements have no end tag and hold nothing.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
}
