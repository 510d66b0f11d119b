package retrieval

import (
	"context"
	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/names"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/translate"
	"github.com/quellen/quellen/store"
)

func testVocabulary(t *testing.T) vocabulary {
	t.Helper()
	ding, err := translate.LoadDing()
	if err != nil {
		t.Fatal(err)
	}
	en := ding.EnglishGerman()
	de, ok := en.Reversed()
	if !ok {
		t.Fatal("the embedded dictionary cannot be reversed")
	}
	table, err := names.New()
	if err != nil {
		t.Fatal(err)
	}
	return vocabulary{Recognizer: entity.New(table), lex: analysis.Lexicon(),
		english: func() *translate.Dictionary { return en }, german: func() *translate.Dictionary { return de }}
}

func TestVocabularyKnowsCommonWordsNotNames(t *testing.T) {
	v := testVocabulary(t)
	for _, c := range []struct {
		lang, word string
		want       bool
	}{
		{"de", "haushalte", true},
		{"de", "brachten", true},
		{"de", "größeren", true},
		{"de", "raus", true},              // spoken "heraus"
		{"de", "heran", true},             // a verb's particle standing apart
		{"de", "premierminster", true},    // one letter missing
		{"de", "lutherbibel", true},       // a name and a noun: a thing
		{"de", "sicherheitsupdate", true}, // a noun and an English word: a thing
		{"en", "sicherheitsupdate", true}, // in a question read as English too
		{"de", "rosewood", false},         // no German noun before the English word
		{"en", "eisenhower", false},       // a name, read as English
		{"en", "birkenstock", false},      // no linking "s": a name there
		{"de", "clovis", false},
		{"de", "fresno", false}, // one letter from "Fresko", but short
		{"de", "katrina", false},
		{"en", "troops", true},
		{"en", "carried", true},
		{"en", "endowment", true},
		{"en", "princeton", false},
		{"en", "northumbria", false},
		{"de", "kandahar", false}, // in the dictionary only as a place
		{"de", "krakau", false},   // German only as a name: "Krakow"
		{"de", "lehrer", true},    // "teacher"
		{"de", "montag", true},    // "Monday": a weekday is a common word
		{"de", "pfingsten", true}, // "Whitsun": a holiday, no place
		{"de", "urdu", true},      // a language
		{"en", "soviet", true},    // a common word too ("a soviet")
		{"en", "app", true},       // German's "App": "the ada health app"
		{"en", "apps", true},
		{"en", "zdf", false},                    // the lexicon's, but an abbreviation's
		{"en", "bayern", false},                 // the lexicon's, but a place's
		{"en", "opel", false},                   // the lexicon's, but a name's
		{"en", "müller", false},                 // German's "miller", no loan
		{"en", "spiegel", false},                // German's "mirror", no loan
		{"de", strings.Repeat("ä", 1000), true}, // no name; not looked up letter by letter
	} {
		if got := v.Knows(c.lang, c.word); got != c.want {
			t.Errorf("Knows(%s, %q) = %v, want %v", c.lang, c.word, got, c.want)
		}
	}
	// Without a dictionary, English words all count as known: nothing is
	// guessed a name.
	none := vocabulary{lex: analysis.Lexicon(), english: func() *translate.Dictionary { return nil }, german: func() *translate.Dictionary { return nil }}
	if !none.Knows("en", "princeton") {
		t.Error("with no dictionary, an English word should count as known")
	}
}

// A question typed in lower case about a name the collection never
// mentions is declined, though its other words are all there; the same
// question about a name it mentions is answered.
func TestLowerCaseQuestionAboutAnAbsentNameIsDeclined(t *testing.T) {
	ctx := context.Background()
	opts := Options{Dictionary: embeddedDictionary}
	e := newTestEngine(t, append(defaultSources(t),
		source("fresno", "2010", "Fresno ist eine Stadt in Kalifornien. Im Jahr 2010 gab es in Fresno 158.349 Haushalte. "+
			"Die durchschnittliche Haushaltsgröße betrug 3,07.")), opts)
	ans, err := e.Ask(ctx, Question{Text: "wie viele haushalte gibt es in fresno"})
	if err != nil {
		t.Fatal(err)
	}
	if !leads(ans, "158.349 Haushalte") {
		t.Fatalf("fresno: %+v, want the households of Fresno", ans)
	}
	for _, q := range []string{"wie viele haushalte gab es 2010 in der stadt clovis", "how many households did the city of clovis have in 2010",
		"wie viele haushalte gab es 2010 in kandahar", "wie viele haushalte gab es 2010 in krakau"} {
		ans, err = e.Ask(ctx, Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Answered {
			t.Errorf("%q answered with %q; want declined: the collection never names Clovis", q, ans.Citations[0].Quote)
		}
	}
}

// A word of a lower-case German question that neither the lexicon nor the
// dictionary has weighs as a name: "zorbanek" is no common word mistyped,
// and a collection that never writes it does not answer. A compound the
// lexicon misses ("drehstart") or a derived adjective ("kieferlose") is no
// name.
func TestUnknownLowerCaseWordWeighsAsAName(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2020-01", "Die Bürgermeisterin Anna Petrak lehnte den Antrag auf Schließung der Bibliothek ab "+
			"und sagte, die Bibliothek sei für die Stadt von großer Bedeutung."),
		source("other", "2023-05", "Die Ölpreise stiegen im Sommer deutlich an. Händler erwarten weitere Erhöhungen."),
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "warum hat petrak den antrag auf schließung der bibliothek abgelehnt", "Petrak")
	wantFirst(t, e, "warum hat zorbanek den antrag auf schließung der bibliothek abgelehnt", "")
	v := e.vocabulary
	for w, want := range map[string]bool{"drehstart": true, "feuersturm": true, "kieferlose": true, "zorbanek": false, "leipzig": false, "carlos": false, "stoltenberg": false, "regensburg": false} {
		if got := v.endsAsWord(w); got != want {
			t.Errorf("endsAsWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// A question's verb is answered by a sentence that has its noun, in
// German and English: news writes "Nach dem Abzug" where a member asks
// "Wann zogen … ab", and "after his death" for "when did he die".
func TestVerbIsAnsweredByItsNoun(t *testing.T) {
	ctx := context.Background()
	opts := Options{Dictionary: embeddedDictionary}
	english := source("king", "2010", "Henry ruled England for many years. After the death of Henry in 1547, his son Edward became king. "+
		"Edward was crowned in London.")
	english.Language = "en"
	e := newTestEngine(t, append(defaultSources(t),
		source("aden", "2010", "Aden war lange ein britischer Stützpunkt. Nach dem Abzug der Briten aus Aden im Jahr 1967 wurde die Stadt Hauptstadt. "+
			"Im Jahr 1990 vereinigte sich der Jemen."), english), opts)
	for _, c := range []struct{ question, want string }{
		{"Wann zogen die Briten aus Aden ab?", "Nach dem Abzug"},
		{"When did Henry die?", "After the death"},
	} {
		ans, err := e.Ask(ctx, Question{Text: c.question})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || !strings.Contains(ans.Citations[0].Quote, c.want) {
			t.Errorf("%q: answered %v, %+v; want %q first (%+v)", c.question, ans.Answered, ans.Citations, c.want, ans.Decision)
		}
	}
}

// An English question's word is covered by the verbs that share a noun
// with its translations: "prevent" is translated "verhüten", whose noun
// "Verhinderung" is also "verhindern"'s, the verb German news writes.
func TestTranslationReachesItsRelativesRelatives(t *testing.T) {
	e := newTestEngine(t, nil, Options{Dictionary: embeddedDictionary})
	q, err := e.analyse(context.Background(), "what are the troops supposed to prevent", "")
	if err != nil {
		t.Fatal(err)
	}
	verb := analysis.For(analysis.German).Terms("verhindern")[0]
	for _, c := range q.concepts {
		if c[0] == "prevent" {
			if !slices.Contains(c, verb) {
				t.Errorf("concept of prevent %v lacks %q", c, verb)
			}
			return
		}
	}
	t.Errorf("no concept of prevent in %v", q.concepts)
}

// A translated phrase covers a question's word by its head, not by any of
// its words: "Bundeskanzler" is "Federal Chancellor", and "Federal
// periods" says nothing of a chancellor.
func TestPhraseCoversByItsHead(t *testing.T) {
	de := analysis.For(analysis.German)
	for _, c := range []struct{ phrase, want string }{
		{"Abzug der Truppen", de.Terms("Abzug")[0]},
		{"Truppenabzug", de.Terms("Truppenabzug")[0]},
		{"die", ""},
	} {
		if got := headTerm(de, c.phrase); got != c.want {
			t.Errorf("headTerm(%q) = %q, want %q", c.phrase, got, c.want)
		}
	}
	ctx := context.Background()
	opts := Options{Dictionary: embeddedDictionary}
	en := func(id, text string) store.Source {
		s := source(id, "2010", text)
		s.Language = "en"
		return s
	}
	e := newTestEngine(t, []store.Source{
		en("a", "Assimilated, the French made numerous contributions to economic life in the late Colonial and early Federal periods."),
		en("b", "The Huguenots settled in the Carolinas and in Virginia. Many became merchants and artisans."),
		en("c", "The city council met in the Federal Hall. Its members were elected every two years."),
	}, opts)
	ans, err := e.Ask(ctx, Question{Text: "wer ist der aktuelle bundeskanzler"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Answered {
		t.Errorf("answered with %q; want declined: no source names a chancellor", ans.Citations[0].Quote)
	}
}

// BenchmarkAskHostileLowerCase asks a 1000-character lower-case question
// of long words no vocabulary knows: each is looked up with its typos.
func BenchmarkAskHostileLowerCase(b *testing.B) {
	opts := Options{Dictionary: embeddedDictionary}
	e := newTestEngine(b, defaultSources(b), opts)
	words := make([]string, 0, 40)
	for i := 0; len(strings.Join(words, " ")) < 975; i++ {
		w := []rune(strings.Repeat("qxzvkj", 4))
		w[i%24] = rune('a' + i%26)
		words = append(words, string(w))
	}
	q := strings.Join(words, " ")
	ctx := context.Background()
	if _, err := e.Ask(ctx, Question{Text: q}); err != nil { // the dictionary loads once
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := e.Ask(ctx, Question{Text: q}); err != nil {
			b.Fatal(err)
		}
	}
}

// A mistyped word is read as the word it mistypes, a short one only when
// it lacks a letter; names, question words and capitalised words of a
// question that uses capitals stay as typed.
func TestQuestionTyposAreCorrected(t *testing.T) {
	v := testVocabulary(t)
	for _, c := range []struct{ lang, text, want string }{
		{"de", "wie viele soldaten sind aktuel im irak", "wie viele soldaten sind aktuell im irak"},
		{"en", "why were the leaders so angy", "why were the leaders so angry"},
		{"en", "who comanded the army", "who commanded the army"}, // an inflected form
		{"en", "how big is the us troop contigent in iraq", "how big is the us troop contingent in iraq"},
		{"en", "how many us troops are in kandahar", "how many us troops are in kandahar"},                     // a place, not "qandahar"
		{"de", "wieviele gemälde hat er dem musuem geschenkt", "wieviele gemälde hat er dem museum geschenkt"}, // two letters swapped
		{"en", "how many us troops are in kurdistan", "how many us troops are in kurdistan"},
		{"en", "us airstrikes december", "us airstrikes december"}, // two words written as one
		{"de", "wie viele haushalte gibt es in fresno", "wie viele haushalte gibt es in fresno"},
		{"de", "wann wurde der grainger market eröffnet", "wann wurde der grainger market eröffnet"},
		{"de", "vietnam demarcation line latitude", "vietnam demarcation line latitude"}, // English, not "Leine"
		{"de", "Wie viele Soldaten sind in Aktuel?", "Wie viele Soldaten sind in Aktuel?"},
		{"de", "Wie viele Soldaten sind aktuel im Irak?", "Wie viele Soldaten sind aktuell im Irak?"},
		{"de", "wann bekam er den abel-preis", "wann bekam er den abel-preis"},                   // a name before a hyphen, not "fabel"
		{"de", "bis wann wird wheezy elts unterstützt", "bis wann wird wheezy elts unterstützt"}, // no first letter left out: not "Zelts"
		// German typed without umlauts or ß, capitalised or not; "que"
		// stays ("quelle").
		{"de", "debian gruendung datum", "debian gründung datum"},
		{"de", "Wann war die Gruendung der Firma?", "Wann war die Gründung der Firma?"},
		{"de", "welche strasse fuehrt zur quelle", "welche straße führt zur quelle"},
		{"de", "wie viele sprachen gibt es fuer wheezy", "wie viele sprachen gibt es für wheezy"}, // a function word, no "Feuer"
		{"de", "was ist ueber den vertrag bekannt", "was ist über den vertrag bekannt"},
		{"de", "weiss er dass der vertrag gilt", "weiß er dass der vertrag gilt"},                       // "dass" as spelt today, no "daß"
		{"de", "wann kam der film in oesterreich ins kino", "wann kam der film in österreich ins kino"}, // a place the gazetteer knows
		{"de", "in welchem gruendungsjahr", "in welchem gründungsjahr"},                                 // a compound of the lexicon's words
		{"de", "wie viele streitkraefte", "wie viele streitkräfte"},
		{"en", "can syrias army win alone", "can syria's army win alone"},                                             // a possessive without its apostrophe
		{"en", "how many troops are in paris", "how many troops are in paris"},                                        // a place ending in s
		{"en", "what did the saudis demand", "what did the saudis demand"},                                            // a people, not Saudi's
		{"en", "how often was alan married", "how often was alan married"},                                            // a first name, not the river Aldan
		{"en", "what happened in late decmber", "what happened in late december"},                                     // a month, written with a capital
		{"en", "how did iran hit back after soleimani was kiled", "how did iran hit back after soleimani was killed"}, // the commonest word a left-out letter leaves, not "kieled"
		{"en", "hold the power buton", "hold the power button"},
		{"en", "how big is the us troop contigent", "how big is the us troop contingent"},               // a left-out letter before another edit: no "continent"
		{"en", "are there as many joint ops as before", "are there as many joint operations as before"}, // a short form
		{"en", "who was at the meeting with the pentagon ppl", "who was at the meeting with the pentagon people"},
		{"en", "how many British boots on the ground in mali rn", "how many British troops in mali right now"}, // an idiom
		{"en", "Boots on the groundwork", "Boots on the groundwork"},                                           // a whole phrase only
		{"en", "what year was merit network set up", "what year was merit network established"},                // a phrasal verb
		{"en", "when was the base shut down", "when was the base closed"},
		{"en", "ẞ boots on the ground Ⱥ", "ẞ troops Ⱥ"},        // letters whose lower case is longer or shorter
		{"de", "wie viele ops gab es", "wie viele ops gab es"}, // English's only
		{"en", "which distro does the club server run", "which distribution does the club server run"},
		{"en", "zip max file size", "zip maximum file size"}, // no name "max"
		{"de", "welche distro nutzt der verein", "welche Distribution nutzt der verein"},
		{"de", "max dateigröße fat", "maximal dateigröße fat"},
		{"de", "wer hat dran gearbeitet", "wer hat daran gearbeitet"},                              // chat's "dran"
		{"en", "What did the Ops Director say?", "What did the Ops Director say?"},                 // a capital: a name's word
		{"de", "was passierte in hong kong", "was passierte in hong kong"},                         // an English name in a German question
		{"en", "how long can hong kong keep its system", "how long can hong kong keep its system"}, // a place's word, not "hoing"
		{"en", "who was glad about the deal", "who was glad about the deal"},                       // "be glad" is a headword: no "gland"
		{"en", "was corruption rife in the army", "was corruption rife in the army"},               // "be rife", not "rifle"
		{"de", "was hat der rat trotzdm beschlossen", "was hat der rat trotzdem beschlossen"},      // an adverb, which only the dictionary has
		{"de", "wer regiert mittlerwiele", "wer regiert mittlerweile"},
		{"de", "wer regiert mittlerweile", "wer regiert mittlerweile"},                         // the dictionary's word as it is
		{"de", "Was hat der Rat trotzdm beschlossen?", "Was hat der Rat trotzdm beschlossen?"}, // sentence case: the lexicon alone
	} {
		if got := v.corrected(c.lang, c.text, nil); got != c.want {
			t.Errorf("corrected(%s, %q) = %q, want %q", c.lang, c.text, got, c.want)
		}
	}
	// A word the collection uses as written is no typo; a short word is
	// corrected only to one the collection uses.
	used := func(w string) bool { return w == "caroline" || w == "tyler" || w == "hafen" }
	for _, c := range []struct{ lang, text, want string }{
		{"en", "who founded fort caroline", "who founded fort caroline"},
		{"en", "who playd rose tyler", "who played rose tyler"},
		{"de", "warum auf vite umgestiegen", "warum auf vite umgestiegen"}, // not "Viten", which the collection lacks
		{"de", "wo ist der hafn", "wo ist der hafen"},
		{"de", "wie teur ist das ticket", "wie teuer ist das ticket"}, // a letter inside, though no text writes "teuer"
		{"en", "who won the wrld cup", "who won the world cup"},
	} {
		if got := v.corrected(c.lang, c.text, used); got != c.want {
			t.Errorf("corrected(%s, %q) with the collection's words = %q, want %q", c.lang, c.text, got, c.want)
		}
	}
}

// A German question in sentence case over German sources opens no
// dictionary, though it has a word the lexicon lacks or a typo: the
// dictionary takes half a second and 80 MB to load (the speed benchmark's
// "ready" and memory).
func TestGermanQuestionsOpenNoDictionary(t *testing.T) {
	opened := 0
	opts := Options{Dictionary: func() (*translate.Dictionary, error) {
		opened++
		return embeddedDictionary()
	}}
	e := newTestEngine(t, defaultSources(t), opts)
	for _, q := range []string{"Wie viele US-Soldaten sind im Irak?", "Wann endet die Mission der Koalition?",
		"Was sagte Pentagonsprecherin Sabrina Singh über die Xylophonisten?", "Was sagte Singh über qwertzuiop?",
		"Wie viele Soldaten sind aktuel im Irak?", "Wie viele Soldaten sind in Oesterreich?", "Wie lang ist der Mississippi?"} {
		if _, err := e.Ask(context.Background(), Question{Text: q}); err != nil {
			t.Fatal(err)
		}
		if opened > 0 {
			t.Fatalf("%q opened the dictionary", q)
		}
	}
}

// A keyword question's language is told by the words the lexicon and the
// dictionary list as written, not by what the lexicon reads into a word
// ("latitude" as a compound).
func TestKeywordQuestionsLanguage(t *testing.T) {
	e := newTestEngine(t, defaultSources(t), Options{Dictionary: embeddedDictionary})
	for q, want := range map[string]string{
		"vietnam demarcation line latitude": "en",
		"soviet deaths afghanistan":         "en",
		"iso 838 hole diameter":             "en", // one English word only, "hole" is German too
		"kandahar soldaten":                 "de",
		"bagdad airport":                    "de", // a German spelling
		"truppenabzug frist":                "de",
		"us truppen syrien anzahl":          "de",
		"is kämpfer gefangen genommen":      "de", // "is" for the IS
		"is there snow on the pass":         "en",
		"usa border length miles":           "en", // "usa" is a place in both
		"moore foundation grant amount":     "en", // "Moore" is German too, but three words are English only
		"moore truppen abzug":               "de",
	} {
		parsed, err := e.Analyse(context.Background(), q, "")
		if err != nil {
			t.Fatal(err)
		}
		if got := parsed.Lang; got != want {
			t.Errorf("%q: language %q, want %q", q, got, want)
		}
	}
}

// Correcting a question's typos never fails on any text and changes words
// only: the question keeps its other characters (figures, punctuation but
// the possessive's apostrophe), in order.
func FuzzCorrected(f *testing.F) {
	for _, s := range []string{"wie viele soldaten sind aktuel im irak", "why were they so angy", "Wie viele Soldaten sind aktuel im Irak?",
		"ä ö ü ß", "", "\xff\xfe", "us airstrikes december", "rn", "boots on the ground, 2020"} {
		f.Add(s)
	}
	v := vocabulary{lex: analysis.Lexicon(), english: func() *translate.Dictionary { return nil },
		german: func() *translate.Dictionary { return nil }}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > MaxQuestionLength {
			return
		}
		for _, lang := range []string{"de", "en"} {
			got := v.corrected(lang, text, nil)
			if a, b := nonWords(text), nonWords(got); a != b {
				t.Fatalf("corrected(%s, %q) = %q: other characters %q, want %q", lang, text, got, b, a)
			}
			// A typo's correction is one word for one: only short forms
			// and idioms change the count of words.
			if !rewritesWords(lang, text) {
				if a, b := len(analysis.Scan(text)), len(analysis.Scan(got)); a != b {
					t.Fatalf("corrected(%s, %q) = %q: %d tokens, want %d", lang, text, got, b, a)
				}
			}
		}
	})
}

// nonWords returns what of text is neither a letter, a space nor an
// apostrophe.
func nonWords(text string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsSpace(r) || r == '\'' {
			return -1
		}
		return r
	}, text)
}

// rewritesWords reports whether text holds a short form or the first word
// of an idiom of lang, which corrected may write in more or fewer words.
func rewritesWords(lang, text string) bool {
	for _, t := range analysis.Scan(text) {
		w := strings.ToLower(t.Text)
		if _, ok := shortForms[lang][t.Text]; ok {
			return true
		}
		for _, id := range idioms[lang] {
			if strings.Fields(id[0])[0] == w {
				return true
			}
		}
	}
	return false
}

// German pronouns and determiners inflected from a form in -e that the
// dictionary lists are words, no names; a name in -er is not read so.
func TestInflectedE(t *testing.T) {
	has := func(w string) bool { return w == "beide" || w == "mehrere" || w == "espe" }
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"beiden", true},
		{"mehreren", true},
		{"beidem", true},
		{"esper", false},  // a name, not "Espe" inflected
		{"bremen", false}, // no "breme"
		{"beide", false},  // the form itself is the dictionary's to tell
		{"den", false},    // too short a stem
	} {
		if got := inflectedE(tt.word, has); got != tt.want {
			t.Errorf("inflectedE(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	// In a question typed in lower case, the word is then no name.
	v := testVocabulary(t)
	q := query.Parse("welche der beiden brücken ist älter", v)
	if slices.ContainsFunc(q.Constraints, func(c query.Constraint) bool { return strings.Contains(c.Key, "beiden") }) {
		t.Errorf("constraints %+v: beiden read as a name", q.Constraints)
	}
	// A noun's form in -e is no pronoun's: "hansen" stays a name.
	q = query.Parse("was sagte hansen zum streik", v)
	if !slices.ContainsFunc(q.Constraints, func(c query.Constraint) bool { return c.Key == "hansen" }) {
		t.Errorf("constraints %+v: hansen not read as a name", q.Constraints)
	}
}

// transcribed reads each pair of letters that may stand for an umlaut or ß
// either way, not "que", and returns the word as typed no more.
func TestTranscribed(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string
	}{
		{"gruendung", []string{"gründung"}},
		{"strasse", []string{"straße"}},
		{"quelle", nil},
		{"moeglichkeit", []string{"möglichkeit"}},
		{"aeoe", []string{"äoe", "aeö", "äö"}},
		{"irak", nil},
	} {
		if got := transcribed(c.word); !slices.Equal(got, c.want) {
			t.Errorf("transcribed(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

// A lower-case word may name someone alone unless it is a common word of
// German: one the lexicon has, or one the dictionary translates as a
// common noun and English does not have.
func TestVocabularyMayNameAlone(t *testing.T) {
	v := testVocabulary(t)
	for word, want := range map[string]bool{
		"jahrestag":  false, // "anniversary"; the lexicon lacks it
		"truppen":    false, // the lexicon's
		"fossilien":  false, // "fossils"
		"north":      false, // a direction
		"heidelberg": true,  // a name in the dictionary too
		"newton":     true,  // an English word: the collection tells
		"zarnau":     true,
	} {
		if got := v.mayNameAlone(word); got != want {
			t.Errorf("mayNameAlone(%q) = %v, want %v", word, got, want)
		}
	}
}

// A word the dictionary lists only as a name, rendered in English as
// itself, is a name typed in lower case; a noun it renders otherwise, or
// in lower case, is none.
func TestProperNounsOfTheDictionary(t *testing.T) {
	v := testVocabulary(t)
	for word, want := range map[string]bool{
		"greenpeace": true,
		"matrix":     false, // "matrix"
		"haus":       false,
		"abzug":      false,
		"xyzzyq":     false, // not listed at all
	} {
		if got := v.properNoun(word); got != want {
			t.Errorf("properNoun(%q) = %v, want %v", word, got, want)
		}
	}
}

// A name typed in lower case that the collection never writes is missed
// as a name is, though the dictionary lists it: the training with another
// partner does not answer.
func TestLowerCaseProperNounMissedAsAName(t *testing.T) {
	article := source("a", "2019-10", "Mit unserem Partner Robin Wood haben wir in Hamburg ein zweitägiges Datentraining organisiert. "+
		"Es ging um offene Daten.")
	e := newTestEngine(t, []store.Source{article, unrelated("b", "2019-10")}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "wie lange ging das datentraining mit robin wood in hamburg", "zweitägiges Datentraining")
	wantFirst(t, e, "wie lange ging das datentraining mit greenpeace in hamburg", "")
}
