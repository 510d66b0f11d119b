package analysis

import (
	"slices"
	"testing"
)

func TestGermanLemmas(t *testing.T) {
	de := For(German)
	same := [][2]string{
		{"Truppen", "Truppe"},
		{"einmarschierten", "einmarschieren"},
		{"Abzüge", "Abzug"},
		{"Staaten", "Staat"},
		{"begann", "beginnen"},
	}
	for _, p := range same {
		a, b := de.Terms(p[0]), de.Terms(p[1])
		if len(a) == 0 || len(b) == 0 || a[0] != b[0] {
			t.Errorf("%q → %q and %q → %q: want one term", p[0], a, p[1], b)
		}
	}
}

func TestGermanCompounds(t *testing.T) {
	de := For(German)
	tests := []struct {
		text string
		want []string // terms, in order
	}{
		{"Truppenabzug", []string{"truppenabzug", "trupp", "abzug"}},
		{"Koalitionstruppen", []string{"koalitionstrupp", "koalition", "trupp"}},
		{"Bundestag", []string{"bundestag"}},
		{"Beamte", []string{"beamt"}},
		// Unknown to the lexicon: Snowball's stem, as before.
		{"Erbil", []string{"erbil"}},
	}
	for _, tt := range tests {
		if got := de.Terms(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Terms(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	// The abstract word meets the compound in both directions.
	if !slices.Contains(de.Terms("Bundeswehrsoldaten"), de.Terms("Soldat")[0]) {
		t.Errorf("Bundeswehrsoldaten %q lacks Soldat's term", de.Terms("Bundeswehrsoldaten"))
	}
}

func TestSeparableVerbs(t *testing.T) {
	de := For(German)
	want := de.Terms("einmarschieren")[0]
	for _, text := range []string{
		"Die Truppen marschierten im März 2003 ein.",
		"Sie marschierten ein, als niemand damit rechnete.",
		"Die Truppen marschierten ein",
		"Die Vereinigten Staaten marschierten 2003 in den Irak ein und stürzten Saddam Hussein.",
	} {
		if !slices.Contains(de.Terms(text), want) {
			t.Errorf("Terms(%q) = %q, lacks %q", text, de.Terms(text), want)
		}
	}
	// A particle before "und" joins only when a verb follows: "vor und
	// nach dem Krieg" is no "vorziehen".
	if slices.Contains(de.Terms("Die Truppen zogen vor und nach dem Krieg durch das Land."), de.Terms("vorziehen")[0]) {
		t.Errorf("vor und nach: %q joined a particle", de.Terms("Die Truppen zogen vor und nach dem Krieg durch das Land."))
	}
	// "ein" that does not end the clause is the article.
	if slices.Contains(de.Terms("Sie marschierten ein Stück."), want) {
		t.Errorf("an article was read as a particle: %q", de.Terms("Sie marschierten ein Stück."))
	}
	// A day's or an ordinal's dot and quotation marks stand within the
	// clause; a year's dot ends a sentence.
	ankuendigen := de.Terms("ankündigen")[0]
	for text, want := range map[string]bool{
		"Bush kündigte am 8. August 1990 den Beginn der Militäraktion an.":                                                                        true,
		"US-Präsident Bush kündigte am 8. August 1990 umgehend den Beginn einer „insgesamt defensiven“ Militäraktion an, um den Irak zu hindern.": true,
		"Er kündigte am 7. und 8. August die Gespräche an.":                                                                                       true,
		"Er kündigte beim 2. Treffen nichts an.":                                                                                                  true,
		"Er kündigte im 19. Jahrhundert nichts an.":                                                                                               true,
		"Er kündigte 2003. Im Mai fing es an.":                                                                                                    false,
	} {
		if got := slices.Contains(de.Terms(text), ankuendigen); got != want {
			t.Errorf("Terms(%q) = %q: ankündigen %v, want %v", text, de.Terms(text), got, want)
		}
	}
	// A small number's dot after no date word, and a closing quotation
	// mark before a comma, end the clause: the particle meets the verb
	// after them.
	for _, c := range []struct{ text, want, not string }{
		{"Der Kurs stieg auf 12. Am Montag griffen sie an.", "angreifen", "ansteigen"},
		{"Er zog einen Vergleich mit dem „Kalten Krieg“, dann griffen die Rebellen an.", "angreifen", "anziehen"},
	} {
		terms := de.Terms(c.text)
		if !slices.Contains(terms, de.Terms(c.want)[0]) || slices.Contains(terms, de.Terms(c.not)[0]) {
			t.Errorf("Terms(%q) = %q, want %s and no %s", c.text, terms, c.want, c.not)
		}
	}
	zog := de.Terms("Die Armee zog im Herbst ab.")
	if !slices.Contains(zog, de.Terms("abziehen")[0]) {
		t.Errorf("zog … ab: %q lacks abziehen", zog)
	}
	// The particle joins the clause's finite verb, which stands early,
	// not a later word that is a verb form too ("kämpfe"): in lower case
	// as typed, and with the noun's capital.
	anfangen := de.Terms("anfangen")[0]
	for _, text := range []string{"an welchem tag fingen die kämpfe im krieg an", "Die Kämpfe fingen im Dezember an."} {
		terms := de.Terms(text)
		if !slices.Contains(terms, anfangen) || slices.Contains(terms, de.Terms("ankämpfen")[0]) {
			t.Errorf("Terms(%q) = %q, want %q and no ankämpfen", text, terms, anfangen)
		}
	}
}

func TestGermanWithoutLexicon(t *testing.T) {
	de := NewGerman(nil)
	if got := de.Terms("Truppenabzug"); !slices.Equal(got, []string{"truppenabzug"}) {
		t.Errorf("Snowball alone: %q", got)
	}
}

// benchText is a sentence of the default articles' kind.
const benchText = "Die Bundesregierung kündigte an, die Ausbildungsmission der Bundeswehrsoldaten im Nordirak bis spätestens Ende September 2025 zu beenden, nachdem irakische Sicherheitskräfte die Kontrolle übernommen hatten."

// BenchmarkTermsGerman is the cost of analysing German text with the
// lexicon against Snowball alone, which indexing pays once per sentence.
func BenchmarkTermsGerman(b *testing.B) {
	for _, c := range []struct {
		name string
		a    *Analyzer
	}{{"lexicon", For(German)}, {"snowball", NewGerman(nil)}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				c.a.Terms(benchText)
			}
		})
	}
}

// FuzzGermanTokens checks that any text analyses to tokens at their own
// offsets, whatever the lexicon makes of its words.
func FuzzGermanTokens(f *testing.F) {
	de := For(German)
	for _, s := range []string{benchText, "Sie marschierten ein.", "Ölpreis-Öl ab", "\xffab.", "ein"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, tok := range de.Tokens(text) {
			if tok.Start < 0 || tok.Start+len(tok.Text) > len(text) || text[tok.Start:tok.Start+len(tok.Text)] != tok.Text {
				t.Fatalf("token %+v not at its offset in %q", tok, text)
			}
			for _, p := range tok.Parts {
				if p == "" {
					t.Fatalf("empty part in %+v", tok)
				}
			}
		}
	})
}
