package timex

import (
	"regexp"
	"testing"
)

// validValue matches the value forms the package may write.
var validValue = regexp.MustCompile(`^(` +
	`(BC)?\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}(\+\d{2}|Z)?|MO|MI|AF|EV|NI))?)?)?` + // years, months, days, times
	`|(BC)?\d{4}-(SP|SU|FA|WI|H[12]|Q[1-4]|W\d{2}(-WE)?)` + // seasons, halves, quarters, weeks
	`|(BC)?\d{2,3}` + // centuries and decades
	`|P(\d+(Y|M|W|D|Q|H|NI|WE|DE|CE))+(T(\d+[HMS])+)?|PT(\d+[HMS])+|PX(Y|M|W|D|Q|H|NI|WE|DE|CE)|PTX[HMS]` + // durations
	`|XXXX-WXX-[1-7]` + // every weekday
	`|PRESENT_REF|PAST_REF|FUTURE_REF` +
	`)$`)

// checkExprs verifies what must hold for any input: spans inside the text
// on rune boundaries, in order and apart, well-formed values, and ranges
// that point at each other.
func checkExprs(t *testing.T, text string, got []Expr) {
	t.Helper()
	boundary := make(map[int]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	prevEnd := 0
	for k, e := range got {
		if e.Start < prevEnd || e.Start >= e.End || e.End > len(text) {
			t.Fatalf("expression %d spans [%d,%d) after %d in %d bytes", k, e.Start, e.End, prevEnd, len(text))
		}
		if !boundary[e.Start] || !boundary[e.End] {
			t.Fatalf("expression %d [%d,%d) is not on rune boundaries", k, e.Start, e.End)
		}
		if e.Text != text[e.Start:e.End] {
			t.Fatalf("expression %d text %q, input has %q", k, e.Text, text[e.Start:e.End])
		}
		if e.MarkerStart > e.Start || e.MarkerStart < prevEnd || !boundary[e.MarkerStart] {
			t.Fatalf("expression %d marker at %d, expression at %d", k, e.MarkerStart, e.Start)
		}
		if e.Unresolved != (e.Value == "") {
			t.Fatalf("expression %d %q: unresolved %v with value %q", k, e.Text, e.Unresolved, e.Value)
		}
		if e.Value != "" && !validValue.MatchString(e.Value) {
			t.Fatalf("expression %d %q: malformed value %q", k, e.Text, e.Value)
		}
		if e.RangeWith != -1 && (e.RangeWith < 0 || e.RangeWith >= len(got) || got[e.RangeWith].RangeWith != k) {
			t.Fatalf("expression %d: range partner %d does not point back", k, e.RangeWith)
		}
		prevEnd = e.End
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"It fixes cve-2013-2014 and CVE-2017-16943-1 in Exim-2016-.", "a-1-", "-2014",
		"Die Anlage muss spätestens bis Ende September 2025 schließen.",
		"Am 1.9.39 um 4:45 Uhr begann der Angriff; zwei Tage später, am 3. September, folgte England.",
		"Zwischen dem 15. und 21. Mai; vom 26. bis 31. August; in der Nacht vom 16. auf den 17. April 1945.",
		"Um 449/448 v. Chr. und (264–260 v. Chr.) im 4. Jh. v. Chr., Anfang der 460er Jahre.",
		"seit Oktober vergangenen Jahres, nächsten Jahres, letzte Woche, vor zwei Wochen, am Montagabend",
		"By September 30, 2025; since October last year; the 1990s; 3 p.m. GMT; every other week.",
		"\xff\xfe 12.\x80 Mai \u00a0 2020 – 1.1.1",
		"31. Februar 2021, 2024-02-30, 99.99.99, 24:30 Uhr, 0. Jahrhundert",
	} {
		f.Add(s, "2024-09-18", false, false)
		f.Add(s, "", true, true)
	}
	f.Fuzz(func(t *testing.T, text, anchor string, narrative, english bool) {
		opt := Options{Anchor: anchor, Narrative: narrative}
		if english {
			opt.Lang = "en"
		}
		checkExprs(t, text, Tag(text, opt))
	})
}

func TestTagInvariantsOnSeeds(t *testing.T) {
	for _, text := range []string{
		"Am 8. und 9. Mai 1945, Mai/Juni 1940, 1911/12, Winter 1777/78, die zwanziger Jahre.",
		"Ende 9999 v. Chr., Jahr 0, 0000-00-00, 31.12.2199, KW 53 2020",
	} {
		for _, opt := range []Options{{}, {Anchor: "2024-09-18"}, {Narrative: true}, {Lang: "en"}} {
			checkExprs(t, text, Tag(text, opt))
		}
	}
}
