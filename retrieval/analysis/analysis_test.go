package analysis

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"
)

func TestGermanTerms(t *testing.T) {
	de := For(German)
	tests := []struct {
		in   string
		want []string
	}{
		{"Wie viele US-Soldaten sind im Irak?", []string{"us", "soldat", "irak"}},
		{"Rund 2.500 US-Soldaten", []string{"rund", "2500", "us", "soldat"}},
		{"am 12.06.2020", []string{"12", "06", "2020"}},
		{"Abzüge der Truppen", []string{"abzug", "trupp"}},
		{"Straße STRASSE", []string{"strass", "strass"}},
		{"Gespräche, Gesprächen", []string{"gesprach", "gesprach"}},
		{"", nil},
		{"… — „“", nil},
	}
	for _, tt := range tests {
		if got := de.Terms(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEnglishTerms(t *testing.T) {
	en := For(English)
	if got, want := en.Terms("How many soldiers are stationed in Iraq?"), []string{"soldier", "station", "iraq"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
}

// An irregular English verb form is indexed with its base's term beside its
// own, prefixed forms too, so that "rebuild" finds "rebuilt"; a word that
// only looks prefixed, or is no verb form, keeps its own term alone.
func TestEnglishIrregularFormsMeetTheirBase(t *testing.T) {
	en := For(English)
	tests := []struct {
		in   string
		want []string
	}{
		{"rebuilt", []string{"rebuilt", "rebuild"}},
		{"The troops withdrew", []string{"troop", "withdrew", "withdraw"}},
		{"withdrawn", []string{"withdrawn", "withdraw"}},
		{"underwent", []string{"underw", "undergo"}},
		{"misled", []string{"misl", "mislead"}},
		{"fought", []string{"fought", "fight"}},
		{"Thousands fled", []string{"thousand", "fled", "flee"}},
		{"sought", []string{"sought", "seek"}},
		{"overthrown", []string{"overthrown", "overthrow"}},
		{"resent", []string{"resent"}},       // not re+sent
		{"relent", []string{"relent"}},       // not re+lent
		{"reported", []string{"report"}},     // regular
		{"upshot", []string{"upshot"}},       // a noun, not up+shot
		{"outspoken", []string{"outspoken"}}, // an adjective, not out+spoken
		{"build", []string{"build"}},
	}
	for _, tt := range tests {
		if got := en.Terms(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokensKeepOffsets(t *testing.T) {
	text := "Über 5.000 Soldaten – „im Irak“"
	for _, tok := range For(German).Tokens(text) {
		if text[tok.Start:tok.Start+len(tok.Text)] != tok.Text {
			t.Errorf("token %q does not sit at offset %d", tok.Text, tok.Start)
		}
	}
}

// Digits of other scripts once sent Scan into an endless loop.
func TestScanEndsOnNonASCIIDigits(t *testing.T) {
	for _, in := range []string{"0᭑AAA", "٣", "３３", "a٣b"} {
		done := make(chan []Token, 1)
		go func() { done <- Scan(in) }()
		select {
		case toks := <-done:
			if len(toks) == 0 {
				t.Errorf("Scan(%q) found nothing", in)
			}
		case <-time.After(2 * time.Second):
			t.Fatalf("Scan(%q) does not return", in)
		}
	}
}

func TestNumbers(t *testing.T) {
	tests := map[string]string{"2.500": "2500", "1.000.000": "1000000", "2019": "2019", "3.": "3", "2,5": "2"}
	for in, want := range tests {
		toks := For(German).Tokens(in)
		if len(toks) == 0 || !toks[0].Num || toks[0].Term != want {
			t.Errorf("Tokens(%q)[0] = %+v, want number %q", in, toks, want)
		}
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"Rund 2.500 US-Soldaten", "12.06.2020", "\xff\xfe", "ß", "0᭑AAA", "٣ ３"} {
		f.Add(s)
	}
	de := For(German)
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range de.Tokens(s) {
			if tok.Start < 0 || tok.Start+len(tok.Text) > len(s) || s[tok.Start:tok.Start+len(tok.Text)] != tok.Text {
				t.Fatalf("token %+v not at its offset in %q", tok, s)
			}
		}
	})
}

// TestCacheGivesWhatTheAnalyzerGives analyses texts with and without a
// cache, through more distinct words than a cache generation holds.
func TestCacheGivesWhatTheAnalyzerGives(t *testing.T) {
	texts := []string{
		"Die Truppen marschierten im März in den Irak ein.",
		"Der Truppenabzug der Bundeswehrsoldaten wurde verschoben, sagte der Ministerpräsident.",
		"Die Soldaten zogen im Sommer 2021 ab; die Koalitionstruppen blieben.",
		"US troops withdrew from the base in 2021.",
	}
	for i := range 3 * cacheWords / 10 {
		texts = append(texts, fmt.Sprintf("Wort%d Abzug%d Truppen%d und Soldaten zogen ab", i, i%97, i))
	}
	for _, lang := range []string{German, English} {
		a := For(lang)
		c := a.NewCache()
		for round := range 2 {
			for _, text := range texts {
				if got, want := c.Terms(text), a.Terms(text); !slices.Equal(got, want) {
					t.Fatalf("%s, round %d: cached Terms(%q) = %q, want %q", lang, round, text, got, want)
				}
				if got, want := c.Tokens(text), a.Tokens(text); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s, round %d: cached Tokens(%q) = %+v, want %+v", lang, round, text, got, want)
				}
			}
		}
	}
}

// A text typed all in lower case, as members type questions, writes its
// nouns so: they take the terms the capitalised nouns of the sources have.
// In a text with capitals a lower-case word is no noun.
func TestLowerCaseTextReadsItsNouns(t *testing.T) {
	a := For(German)
	for lower, capitalised := range map[string]string{
		"soldatinnen": "Soldatinnen", "botschafterin": "Botschafterin", "truppenabzug": "Truppenabzug",
	} {
		if got, want := a.Terms("wie viele "+lower), a.Terms(capitalised); !slices.Contains(got, want[0]) {
			t.Errorf("Terms(%q) = %q, lacks %q", "wie viele "+lower, got, want[0])
		}
		if got, want := a.Terms("Wie viele "+lower+"?"), a.Terms(capitalised); slices.Contains(got, want[0]) && lower != "truppenabzug" {
			t.Errorf("Terms(%q) = %q: a lower-case word in a text with capitals read as the noun %q", "Wie viele "+lower+"?", got, want[0])
		}
	}
}

// In a lower-case text, an adjective or a verb form that stands where a
// noun does (no noun after it; a verb form after an article or "viele")
// is the noun made of it, as the sources write it capitalised: "wie viele
// gefangene" asks for "Gefangene". Before a noun it stays the adjective,
// and a finite verb stays a verb.
func TestLowerCaseTextReadsNominalisedWords(t *testing.T) {
	a := For(German)
	for _, tt := range []struct {
		text, word, source string
		same               bool
	}{
		{"wie viele gefangene waren es", "gefangene", "Gefangene", true},
		{"wie viele tote gab es", "tote", "Tote", true},
		{"wie viele verletzte", "verletzte", "Verletzte", true},
		{"die gefangenen soldaten", "gefangenen", "Gefangenen", false},  // before a noun: the adjective
		{"wer verletzte den soldaten", "verletzte", "Verletzte", false}, // a finite verb
		{"gefangene", "gefangene", "Gefangene", false},                  // alone: nothing tells
	} {
		var term string
		for _, tok := range a.Tokens(tt.text) {
			if tok.Text == tt.word {
				term = tok.Term
			}
		}
		want := a.Terms(tt.source)[0]
		if (term == want) != tt.same {
			t.Errorf("%q: %q reads as %q, the source's %q as %q; same = %v, want %v", tt.text, tt.word, term, tt.source, want, term == want, tt.same)
		}
	}
}

// In a lower-case text a verb form right before a finite "sein" is the
// noun it also is: two finite verbs do not stand in a row.
func TestLowerCaseVerbBeforeSeinIsANoun(t *testing.T) {
	a := For(German)
	for _, tt := range []struct {
		text, word, lemma string
		verb              bool
	}{
		{"wie viele rippenquallen arten sind bestätigt", "arten", "Art", false},
		{"die truppen arten aus", "arten", "ausarten", true},
		{"wie viele soldaten getötet sind", "getötet", "töten", true}, // a participle stays one
		{"wie viele soldaten gefallen sind", "gefallen", "fallen", true},
		{"was verboten ist", "verboten", "verbieten", true},
	} {
		found := false
		for _, tok := range a.Tokens(tt.text) {
			if tok.Text != tt.word {
				continue
			}
			found = true
			if tok.Verb != tt.verb || tok.Lemma != tt.lemma {
				t.Errorf("%q: %q reads as lemma %q, verb %v; want %q, %v", tt.text, tt.word, tok.Lemma, tok.Verb, tt.lemma, tt.verb)
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tt.text, tt.word)
		}
	}
}

// A feminine noun in -in shares its masculine's term, so that a question
// for the ambassador finds "die Botschafterin"; a word that only ends in
// -in keeps its own.
func TestFeminineNounsShareTheMasculinesTerm(t *testing.T) {
	a := For(German)
	for _, c := range []struct {
		feminine, masculine string
		same                bool
	}{
		{"Botschafterin", "Botschafter", true},
		{"Soldatinnen", "Soldaten", true},
		{"Präsidentin", "Präsident", true},
		{"Verteidigungsministerin", "Verteidigungsminister", true},
		{"Termin", "Term", false},
		{"Medizin", "Mediz", false},
		{"Bassin", "Bass", false},
		{"Kollegin", "Kollege", true},
		{"Ärztin", "Arzt", true},
		{"Köchin", "Koch", true},
	} {
		f, m := a.Terms(c.feminine)[0], a.Terms(c.masculine)[0]
		if (f == m) != c.same {
			t.Errorf("%s → %q, %s → %q: same %v, want %v", c.feminine, f, c.masculine, m, f == m, c.same)
		}
	}
}

// A participle used as an adjective shares its verb's term ("die 2014
// gebildete Koalition" was formed); adjectives that only look like one
// keep their own.
func TestParticiplesShareTheVerbsTerm(t *testing.T) {
	a := For(German)
	for _, c := range []struct {
		adjective, verb string
		same            bool
	}{
		{"gebildeten", "bilden", true},
		{"getötete", "töten", true},
		{"abgezogenen", "abziehen", true},
		{"geplanten", "planen", true},
		{"gesamte", "samen", false},
	} {
		f, m := a.Terms(c.adjective)[0], a.Terms(c.verb)[0]
		if (f == m) != c.same {
			t.Errorf("%s → %q, %s → %q: same %v, want %v", c.adjective, f, c.verb, m, f == m, c.same)
		}
	}
}

// A form that is a verb's and an adjective's ("bekannten": "bekennen",
// "bekannt") is the adjective between an article or an adjective and its
// noun, in edited and in lower-case text, and the verb elsewhere.
func TestFormBeforeItsNounIsTheAdjective(t *testing.T) {
	a := For(German)
	adjective, verb := "bekannt", a.Terms("bekennen")[0]
	for _, c := range []struct {
		text, word, want string
	}{
		{"Die ältesten bekannten Schriften", "bekannten", adjective},
		{"die ältesten bekannten schriften", "bekannten", adjective},
		{"mit einer bekannten Formel", "bekannten", adjective},
		{"Die Täter bekannten sich schuldig", "bekannten", verb},
		{"sie bekannten alles", "bekannten", verb},
		{"Später bekannten Politiker ihre Fehler", "bekannten", verb}, // an adverb first
		{"Erst später bekannten Politiker ihre Fehler", "bekannten", verb},
		{"Er nannte alle bekannten Fälle", "bekannten", adjective},
		{"keine bekannten nebenwirkungen", "bekannten", adjective},
	} {
		var got string
		for _, tok := range a.Tokens(c.text) {
			if tok.Text == c.word {
				got = tok.Term
			}
		}
		if got != c.want {
			t.Errorf("%q: %s → %q, want %q", c.text, c.word, got, c.want)
		}
	}
}

// Marked Latin letters fold to their base letters, so that a name typed
// without its marks meets the text's; other scripts stay as written.
func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"abzüge": "abzuge", "straße": "strasse", "szűrös": "szuros", "szüros": "szuros", "łódź": "lodz",
		"müllerstraße": "mullerstrasse", "françois": "francois", "čapek": "capek", "ørsted": "orsted",
		"æthelred": "aethelred", "dağ": "dag", "irak": "irak", "москва": "москва", "北京": "北京",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// An English plural's singulars follow the regular rules; words that only
// end in "s" have none.
func TestEnglishSingulars(t *testing.T) {
	for w, want := range map[string][]string{
		"armies":          {"army", "armie"},
		"rookies":         {"rooky", "rookie"},
		"wives":           {"wif", "wife", "wive"},
		"representatives": {"representatif", "representatife", "representative"},
		"witnesses":       {"witness", "witnesse"},
		"troops":          {"troop"},
		"class":           nil,
		"campus":          nil,
		"analysis":        nil,
		"is":              nil,
	} {
		if got := EnglishSingulars(w); !slices.Equal(got, want) {
			t.Errorf("EnglishSingulars(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestUpperFirst(t *testing.T) {
	for in, want := range map[string]string{"miss": "Miss", "ärzte": "Ärzte", "Berg": "Berg", "": "", "\xffab": "\xffab", "ßx": "ßx"} {
		if got := UpperFirst(in); got != want {
			t.Errorf("UpperFirst(%q) = %q, want %q", in, got, want)
		}
	}
}

// Participles that stand before nouns as adjectives ("broken windows") meet
// their verb in the index, but are not read as a question's verb; other
// irregular forms are.
func TestEnglishIrregularVerb(t *testing.T) {
	for w, want := range map[string]bool{"fled": true, "fought": true, "written": true, "broken": false, "frozen": false, "windows": false} {
		if got := EnglishIrregularVerb(w); got != want {
			t.Errorf("EnglishIrregularVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

// A point of the compass before a country, city or continent is split off,
// the place by its usual name, so that a question about Iraq meets "im
// Nordirak"; a word the lexicon knows whole, or whose rest is no place,
// is not; and a wrong split of the lexicon's gives way ("Westeuropa" is
// no "Weste" and "Uropa").
func TestCompassPointAndPlace(t *testing.T) {
	de := For(German)
	for _, c := range []struct {
		word  string
		parts []string // nil: not split at all
	}{
		{"Nordirak", []string{"nord", "irak"}},
		{"Nordiraks", []string{"nord", "irak"}},
		{"Nordsyrien", []string{"nord", "syri"}},
		{"Osteuropas", []string{"ost", "europa"}},
		{"Westeuropa", []string{"west", "europa"}},
		{"Südostasien", []string{"sudost", "asi"}},
		{"Ostjerusalem", []string{"ost", "jerusal"}},
		{"Nordsee", nil},
		{"Ostern", nil},
		{"Westfalen", nil},
		{"Südsudan", nil},    // a country of its own
		{"Südgeorgien", nil}, // a place of its own, not Georgia
		{"Ostrowski", nil},
		{"nordirak", nil}, // lower case: no name
	} {
		toks := de.Tokens(c.word)
		if len(toks) != 1 {
			t.Fatalf("%s: %d tokens", c.word, len(toks))
		}
		if !slices.Equal(toks[0].Parts, c.parts) {
			t.Errorf("%s: parts %v, want %v", c.word, toks[0].Parts, c.parts)
		}
	}
}
