package query

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/names"
)

func recognizer(t testing.TB) *entity.Recognizer {
	t.Helper()
	tab, err := names.New()
	if err != nil {
		t.Fatal(err)
	}
	return entity.New(tab)
}

// describe writes a query's constraints as "owner:US/soldat place:IQ name:daniel shapiro", sorted.
func describe(q Query) string {
	var parts []string
	for _, c := range q.Constraints {
		s := string(c.Kind) + ":" + c.Key
		if c.Head != "" {
			s += "/" + c.Head
		}
		parts = append(parts, s)
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func TestConstraints(t *testing.T) {
	g := recognizer(t)
	tests := []struct{ question, want string }{
		{"Wie viele US-Soldaten sind im Irak?", "owner:US/soldat place:IQ"},
		{"Wie viele italienische Soldaten sind im Irak?", "owner:IT/soldat place:IQ"},
		{"Wie viele amerikanische Truppen sind in Syrien?", "owner:US/trupp place:SY"},
		{"Wie viele Soldaten hat die Bundeswehr in Mali?", "owner:DE place:ML"},
		{"Wie viele Bundeswehrsoldaten sind in Litauen?", "owner:DE/soldat place:LT"},
		{"Wie viele UN-Soldaten sind im Libanon?", "owner:UN/soldat place:LB"},
		{"Wie viele Soldaten haben die USA im Irak?", "owner:US place:IQ"},
		// An abbreviation between a preposition and its noun owns the noun.
		{"seit wann gab es angriffe auf us einrichtungen", "owner:US/einricht"},
		{"How many attacks on US bases were there?", "owner:US/base"},
		{"Wie viele Soldaten sind in den USA?", "place:US"},
		{"Wie viele Soldaten waren in USA Ende 2011?", "place:US"}, // a time after it is no noun it owns
		{"What happened in UK yesterday?", "place:GB"},
		{"Wie viele Demonstranten waren in Rom Montag?", "place:IT:Rome"}, // "Rom" is no abbreviation
		{"Wie viele Soldaten aus Frankreich sind im Irak?", "owner:FR place:IQ"},
		{"Wer ist der irakische Premierminister?", "owner:IQ/premierminist"},
		{"Wann marschierten die USA in den Irak ein?", "owner:US place:IQ"},
		{"when did the iranian government spokesman tell state media", "owner:IR/spokesman"}, // after "did", "tell" is the verb
		{"did the french city council approve the bridge", "owner:FR/council"},               // a bare verb before "the"
		{"did the french navy ship that sank carry troops", "owner:FR/ship"},                 // "that" opens a relative clause
		{"did the french navy want to leave", "owner:FR/navi"},
		{"Who was the last king of Poland?", "ordinal:last owner:PL/king"},
		{"Who is Iraq's prime minister?", "owner:IQ/minist"}, // a possessive owns its noun
		{"Who is Iraq’s prime minister?", "owner:IQ/minist"},
		{"How long did the war in Poland last?", "place:PL"},                 // the verb, not the ordinal
		{"um wie viel senkt falco die cpu last", ""},                         // German "Last" is a load, no rank
		{"Wie hoch ist die CPU-Last in Berlin?", "name:cpu place:DE:Berlin"}, // so in a compound
		{"wer war der last speaker beim meetup", "ordinal:last"},             // before a noun, a rank still
		{"wer hat die letzte flotte bezahlt", "ordinal:last"},                // "letzte" is the rank
		{"Where did Allen get his first name from?", "name:allen"},           // a noun of its own, not a rank
		{"Who was the first king of Poland?", "ordinal:1 owner:PL/king"},
		{"Truppen Irak", "place:IQ"},
		// A people or confession is whose, as a force is; before a word
		// for land it describes a place and constrains nothing.
		{"Wie viele kurdische Kämpfer sind in Syrien?", "owner:KURD/kampf place:SY"},
		{"which sunni politicians pushed baghdad", "owner:SUNNI/politician place:IQ:Baghdad"},
		{"Wie viele US-Soldaten sind in den kurdischen Gebieten stationiert?", "owner:US/soldat"},
		{"How many US troops are in the Kurdish region?", "owner:US/troop"},
		{"what were the us-iran talks called", "owner:IR/talk owner:US/talk"}, // two parties of one noun
		{"what were the us-iraq talks called", "owner:IQ/talk owner:US/talk"},
		{"Wann begannen die US-irakischen Gespräche?", "owner:IQ/gesprach owner:US/gesprach"},
		{"When did the US-Iraq talks begin?", "owner:IQ/talk owner:US/talk"},
		{"what did pro-iranian militias attack", ""},                    // no Iran inside a word
		{"wann beginnt der abzug der koalition aus syrien", "place:SY"}, // leaving a place says where
		{"When did the withdrawal of US troops from Syria begin?", "owner:US/troop place:SY"},
		{"Did the withdrawal anger diplomats from France?", "owner:FR"}, // the diplomats' country, not the place left
		{"Warum kritisierten nach dem Rückzug Politiker aus Frankreich die Entscheidung?", "owner:FR"},
		{"Hey, wie viele Soldaten sind im Irak?", "place:IQ"}, // a greeting is no name
		{"Hallo! Wer ist Daniel Shapiro?", "name:daniel shapiro"},
		{"wann trat der 14. verfassungszusatz in kraft", "ordinal:14"},
		{"When was the 14th Amendment ratified?", "name:amendment ordinal:14"},
		{"Was geschah am 14. März 1945?", ""}, // a date's day
		{"Was geschah 1945. Und dann?", ""},
		{"Was geschah am 3. Januar?", ""},         // a day without its year is a date too
		{"What happened on the 4th of July?", ""}, // the same
		{"Was geschah am 1. Mai?", ""},
		{"how many american troops are in iraq and syria altogether", "owner:US/troop place:IQ|SY"}, // asked together: either
		{"Wie viele Soldaten sind im Irak und in Syrien?", "place:IQ|SY"},
		{"Wie viele Soldaten sind im Irak und Syrien?", "place:IQ|SY"},
		{"Wie viele Soldaten hat Frankreich in Mali und Deutschland in Niger?", "owner:DE owner:FR place:ML place:NE"},
		{"Wer führte die Delegation mit Daniel Shapiro an?", "name:daniel shapiro"},
		{"Was sagte al-Sudani?", "name:sudani"},
		{"Was ist die HMC?", "name:hmc"},
		{"How many US troops are in Iraq?", "owner:US/troop place:IQ"},
		{"How many Italian soldiers are in Iraq?", "owner:IT/soldier place:IQ"},
		{"How many British troops are there in Iraq?", "owner:GB/troop place:IQ"},
		{"How many troops from Italy are in Iraq?", "owner:IT place:IQ"},
		{"When did the Soviet withdrawal from Afghanistan begin?", "owner:RU/withdraw place:AF"}, // leaving from a place
		{"Wann begann der Abzug aus dem Irak?", "place:IQ"},
		{"How many NATO troops are in Lithuania?", "owner:NATO/troop place:LT"},
		{"How many Spanish refugees remained in France?", "owner:ES/refuge place:FR"}, // a verb ends the noun phrase
		{"how many german mercenaries fought on the british side", "owner:DE/mercenari owner:GB/side"},
		// A plural ends the noun phrase: the word after it is its verb.
		{"how many places did american airstrikes hit", "owner:US/airstrik"},
		{"which plants did the japanese teams sequence", "owner:JP/team"},
		{"how did iraqi officials describe the strike", "owner:IQ/offici"},
		{"which german car makers opened plants", "owner:DE/maker"}, // a singular modifier stays in the phrase
		{"what did the german economics minister say", "owner:DE/minist"},
		{"what did the british sports minister say", "owner:GB/minist"},
		{"what did the iraqi foreign affairs ministry say", "owner:IQ/ministri"},
		{"which german physics teams found the element", "owner:DE/team"},
		{"what did the british veterans minister say", "owner:GB/minist"},
		{"which iraqi officials head the ministry", "owner:IQ/offici"},                                          // an office that is a verb too
		{"How many Spanish armed forces were there?", "owner:ES/forc"},                                          // the first word may look like a verb
		{"Wie viele Kriegsschiffe haben die Athener den Ioniern geschickt?", "owner:GR:Athens"},                 // an article opens another noun phrase
		{"Haben gemeinsame Einsätze von US- und irakischen Truppen begonnen?", "owner:IQ/trupp owner:US/trupp"}, // the hyphen leaves out the noun
		{"Marathon gefallene Athener Anzahl", "owner:GR:Athens"},                                                // a cue word is no noun of the owner's
		{"wie wurde der flottenbau der athener finanziert", "owner:GR:Athens"},                                  // a verb is no noun of the owner's
		{"How often did rockets hit Iraqi bases used by US troops?", "owner:IQ/base owner:US/troop"},            // "used" ends the phrase
		{"Who is the Iraqi prime minister?", "owner:IQ/minist"},
		{"troops iraq number", "place:IQ"},
		{"Wie viele Soldaten sind in Bagdad?", "place:IQ:Baghdad"},
		{"wer ist der irakische verteidigungsminister", "owner:IQ/verteidigungsminist"},
		// A genitive or "of" names whose the noun before it is.
		{"Wer ist der Verteidigungsminister Frankreichs?", "owner:FR/verteidigungsminist"},
		{"Wer ist der Präsident des Irak?", "owner:IQ/prasident"},
		{"Who is the defence minister of France?", "owner:FR/minist"},
		{"Wer ist der Präsident von Frankreich?", "owner:FR/prasident"},
		{"Wie viele Soldaten sind in der Hauptstadt des Irak?", "owner:IQ"}, // a place phrase: no noun owned
		// A name between an article and a noun, typed without a hyphen,
		// owns the noun; an abbreviation takes no genitive "s".
		{"wer leitete die us delegation beim treffen", "owner:US/delegation"},
		{"Wie viele Soldaten schickten die USA Richtung Irak?", "owner:US place:IQ"}, // a subject, then its object
		{"Wann forderte der Irak Abzug?", "owner:IQ"},
		{"wen besiegten die us", "owner:US"}, // an abbreviation's "s" is no genitive
		{"Wie viele Soldaten sind im Norden des Irak?", "owner:IQ"},
		{"Wie viele Soldaten sind in Paris?", "place:FR:Paris"},
		{"Wie viele Soldaten hatten die USA und Großbritannien im März 2003 in der Golfregion?", "owner:US|GB"},
		{"Wen unterstützte Jamukha gegen Temüdschins Machtbasis?", "name:jamukha name:temüdschins/machtbasis"},
		{"Kambodscha Einmarsch US-Soldaten Anzahl", "owner:US/soldat place:KH"},
		{"Where did the drone strike that killed Soleimani happen?", "name:soleimani"},
		// "New Jersey" is not Jersey; "new US troops" are American.
		{"How many new US troops were sent to Iraq?", "owner:US/troop place:IQ"},
		{"wer lebte in new jersey", ""}, // no Jersey; the name is guessed only with a vocabulary
		// "against" names a party, not where.
		{"Who led the civil disobedience against Austria?", "owner:AT"},
		{"Wer kämpfte gegen Frankreich?", "owner:FR"},
		// A country after a verb and an article is who acts, not where.
		{"An wie vielen Orten schlugen die USA zurück?", "owner:US"},
		{"Wie viele Orte griffen die USA im Irak an?", "owner:US place:IQ"},
		{"Wo liegt der Irak?", "place:IQ"}, // being somewhere: a place
		{"Where is the UK located?", "place:GB"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := Parse(tt.question, g)
			if got := describe(q); got != tt.want {
				t.Errorf("constraints %q, want %q", got, tt.want)
			}
		})
	}
}

func TestConstraintKeys(t *testing.T) {
	g := recognizer(t)
	tests := []struct {
		question string
		want     []string
	}{
		{"Wie viele Soldaten sind im Irak und in Syrien?", []string{"IQ", "SY"}},
		// A city's key holds a space; it stays one key.
		{"nach wem ist new york benannt", []string{"US:New York"}},
		{"Wie viele Soldaten sind in New York und in Bagdad?", []string{"US:New York", "IQ:Baghdad"}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := Parse(tt.question, g)
			if len(q.Constraints) != 1 || !slices.Equal(q.Constraints[0].Keys(), tt.want) {
				t.Errorf("constraints %+v, want one with keys %q", q.Constraints, tt.want)
			}
		})
	}
}

func TestFollowUpCarriesConstraints(t *testing.T) {
	g := recognizer(t)
	prev := Parse("Wie viele US-Soldaten sind im Irak?", g)
	tests := []struct{ followUp, want, typ string }{
		{"und in Syrien?", "owner:US/soldat place:SY", "count"},
		{"und 2020?", "owner:US/soldat place:IQ", "count"},
		{"Wann sollen sie abziehen?", "owner:US/soldat place:IQ", "deadline"},
		{"and in Syria?", "owner:US/soldat place:SY", "count"},
		{"Und die Italiener?", "owner:IT place:IQ", "count"},
	}
	// A follow-up's own month replaces the question's time.
	if q := Parse("und im Oktober?", g).FollowUp(Parse("Wie viele Soldaten waren im Juni 2020 im Irak?", g)); q.Time.Month != 10 || q.Time.Value != "" {
		t.Errorf("time %+v, want October without a year", q.Time)
	}
	for _, tt := range tests {
		t.Run(tt.followUp, func(t *testing.T) {
			q := Parse(tt.followUp, g).FollowUp(prev)
			if got := describe(q); got != tt.want || string(q.Type) != tt.typ {
				t.Errorf("%s %q, want %s %q", q.Type, got, tt.typ, tt.want)
			}
			if q.Text != tt.followUp {
				t.Errorf("text %q, want the follow-up's own", q.Text)
			}
		})
	}
	if y := Parse("und 2020?", g).FollowUp(prev).Time.Year(); y != 2020 {
		t.Errorf("follow-up year %d, want 2020", y)
	}
	// A follow-up of a question that asks for a limit asks for one too.
	until := Parse("Bis wann ziehen die US-Truppen aus dem Irak ab?", g)
	if q := Parse("und die Briten?", g).FollowUp(until); q.Type != Deadline || !q.AsksLimit() {
		t.Errorf("follow-up of a 'bis wann' question: %s, asks limit %v; want deadline, true", q.Type, q.AsksLimit())
	}
}

// knownWords is a Gazetteer and Vocabulary for tests: it knows the words
// given, in both languages.
type knownWords struct {
	*entity.Recognizer
	words map[string]bool
}

func (k knownWords) Knows(_, w string) bool { return k.words[w] }

// A question typed in lower case names what the vocabulary does not know;
// the guessed name stays a focus word too. With capitals, or without a
// vocabulary, nothing is guessed.
func TestLowerCaseQuestionsNameUnknownWords(t *testing.T) {
	g := knownWords{recognizer(t), map[string]bool{"haushalte": true, "gibt": true, "how": true, "large": true, "endowment": true, "university": true, "fluss": true, "ufer": true}}
	tests := []struct {
		question string
		gaz      Gazetteer
		want     string
	}{
		{"wie viele haushalte gibt es in clovis", g, "name:clovis"},
		{"how large is princeton's endowment", g, "name:princeton"},
		{"how large is princeton's endowment pls", g, "name:princeton"}, // chat's "please" is no name
		{"plz how large is princeton's endowment", g, "name:princeton"},
		{"wie viele haushalte gibt es in bagdad", g, "place:IQ:Baghdad"},
		{"wie viele haushalte gibt es beim fluss", g, ""}, // a preposition fused with its article is no name
		{"wie viele haushalte gibt es ans ufer", g, ""},
		{"Wie viele Haushalte gibt es in Clovis?", g, "name:clovis"},
		{"wie viele haushalte gibt es in clovis", recognizer(t), ""},
		// A word that asks for the newest is none, in either language.
		{"how large is princeton's newest endowment", g, "name:princeton"},
		{"how large is princeton's neueste endowment", g, "name:princeton"},
		// A number written onto a name's letters is part of it, typed
		// in lower case too; a number alone or in letters is none.
		{"wie viele haushalte gibt es in zarcon16", g, "name:zarcon16"},
		{"how large is zarnix3's endowment", g, "name:zarnix3"},
		{"wie viele haushalte gibt es in 1990", g, ""},
		// An English function word begins no name of a German question.
		{"wie viele haushalte gibt es beim fluss for clovis", g, "name:clovis"},
		{"wie viele haushalte gibt es beim fluss for", g, ""},
		// A short code is one too where it stands alone; not within a
		// version.
		{"wie viele haushalte gibt es in g7", g, "name:g7"},
		// A unit, a substance or a part of a year is none: texts write
		// "m²", "CO₂", "drittes Quartal".
		{"wie viele haushalte gibt es in m2", g, ""},
		{"wie viele haushalte gibt es in co2", g, ""},
		{"wie viele haushalte gibt es in q3", g, ""},
		{"wie viele haushalte gibt es in kw12", g, ""},
		{"wie viele haushalte gibt es in zarnix v2.3", g, "name:zarnix/v2"},
		// An identifier is a name of its own, by its writing, not a guess.
		{"wie viele haushalte gibt es in zarnix cve-2014-8176", g, "name:cve-2014-8176 name:zarnix"},
		{"how large is cve-2014-8176's endowment", g, "name:cve-2014-8176"},
		// So is one written with underscores, whole, in any case; its
		// parts are no names of their own, nor is a number.
		{"wie viele haushalte gibt es in zarnix_old_town", g, "name:zarnix_old_town"},
		{"when was ZARNIX_NO_QUAXO removed", g, "name:zarnix_no_quaxo"},
		{"what does __zarnix_init__ do in clovis", g, "name:__zarnix_init__ name:clovis"},
		{"what does __init__ do in clovis", g, "name:__init__ name:clovis"},
		{"wie viele haushalte gibt es in 1_000", g, ""},
		{"what does berlin_mode do in clovis", g, "name:berlin_mode name:clovis"}, // no place of its parts
		{"what does third_party do in clovis", g, "name:clovis name:third_party"}, // nor an ordinal
	}
	for _, tt := range tests {
		q := Parse(tt.question, tt.gaz)
		if got := describe(q); got != tt.want {
			t.Errorf("Parse(%q) constraints = %q, want %q", tt.question, got, tt.want)
		}
		lower := strings.ToLower(tt.question) == tt.question
		for _, c := range q.Constraints {
			if c.Kind == Named && IsIdentifier(c.Key) && c.Guessed {
				t.Errorf("Parse(%q): identifier %s guessed; it is a name by its writing", tt.question, c.Key)
			}
			if c.Kind == Named && !IsIdentifier(c.Key) && c.Guessed != lower {
				t.Errorf("Parse(%q): %s guessed %v, want %v", tt.question, c.Key, c.Guessed, lower)
			}
			if c.Guessed {
				focus := false
				for _, f := range q.Focus {
					focus = focus || strings.EqualFold(f.Text, c.Text) && f.Name
				}
				if !focus {
					t.Errorf("Parse(%q): guessed name %q is not a focus name", tt.question, c.Text)
				}
			}
		}
	}
}

// A German title in a lower-case English question is a guessed name
// whose article is no focus word: no index holds "das".
func TestGermanTitleInEnglishQuestion(t *testing.T) {
	g := knownWords{recognizer(t), map[string]bool{"who": true, "wrote": true}}
	q := Parse("who wrote das aschkenasische rabbinat", g)
	if got := describe(q); got != "name:das aschkenasische rabbinat" {
		t.Fatalf("constraints %q, want the title as a name", got)
	}
	var focus []string
	for _, f := range q.Focus {
		focus = append(focus, f.Text)
	}
	if slices.Contains(focus, "das") || !slices.Contains(focus, "rabbinat") {
		t.Errorf("focus %v, want the title's words without its article", focus)
	}
}

// An English title or name in a German question keeps its small words
// out of the focus, as German has no such word and no English index holds
// one, and a German name in an English question its German ones; its
// other words stay.
func TestSmallWordsOfTheOtherLanguageInAName(t *testing.T) {
	g := knownWords{recognizer(t), wordSet(`wer hat geschrieben wie viele anfragen bearbeitet leitete wann wurde die
		eröffnet wo finde ich den code lange läuft das update who heads the when was founded in what did man do`)}
	tests := []struct {
		question string
		notFocus []string
		focus    string
	}{
		{"wer hat how men have babies geschrieben", []string{"have"}, "babies"},
		{"wie viele anfragen hat let's encrypt bearbeitet", []string{"s"}, "encrypt"},
		{"wer leitete lessons for librarians in open science", []string{"for"}, "librarians"},
		{"wann wurde die tyne and wear metro eröffnet", []string{"and"}, "wear"},
		// A small word that ends a name may tell it; "11s" writes no clitic.
		{"wo finde ich den code von divvi up", nil, "up"},
		{"wie lange läuft das 11s update", nil, "s"},
		// So does a German name in a lower-case English question, of the
		// small words English does not have; an English word stays.
		{"who heads the zarnixamt für kelbra und jena", []string{"für", "und"}, "kelbra"},
		{"when was the zarnix von kelbra founded", []string{"von"}, "kelbra"},
		{"what did the zarnix man do in kelbra", nil, "man"},
	}
	for _, tt := range tests {
		q := Parse(tt.question, g)
		var focus []string
		for _, f := range q.Focus {
			focus = append(focus, f.Text)
		}
		for _, w := range tt.notFocus {
			if slices.Contains(focus, w) {
				t.Errorf("Parse(%q): focus %v holds %q", tt.question, focus, w)
			}
		}
		if !slices.Contains(focus, tt.focus) {
			t.Errorf("Parse(%q): focus %v lacks %q", tt.question, focus, tt.focus)
		}
	}
}

// A particle of direction that ends its clause is its verb's, not a word
// the answer must hold; one inside the clause is not read so.
func TestDirectionParticleIsNoFocusWord(t *testing.T) {
	g := recognizer(t)
	for _, tt := range []struct {
		question string
		focus    bool
	}{
		{"Wann kam Zarnix 1.2 raus?", false},
		{"wie oft kommt eine neue version heraus", false},
		{"Wann fliegt das Modul raus, und warum?", false},
		{"wann kam zarnix raus – und warum", false},
		{"Kam Zarnix 1.2 „raus“?", false},
		{"wer kam raus aus dem bunker", true}, // mid-clause
	} {
		q := Parse(tt.question, g)
		got := slices.ContainsFunc(q.Focus, func(f Term) bool {
			return strings.EqualFold(f.Text, "raus") || strings.EqualFold(f.Text, "heraus")
		})
		if got != tt.focus {
			t.Errorf("Parse(%q): particle in focus %v, want %v (%+v)", tt.question, got, tt.focus, q.Focus)
		}
	}
}

// "der wievielte", "zum wievielten Mal" ask which in a row (AsksOrdinal):
// a question word, no name guessed in a lower-case question and no focus
// word.
func TestOrdinalQuestionWordIsNoName(t *testing.T) {
	g := knownWords{recognizer(t), wordSet(`zum mal stabile release der präsident war`)}
	for _, question := range []string{"zarnix 2016 zum wievielten mal", "der wievielte präsident war zarnix", "zarnix 1.5 wievieltes stabile release"} {
		q := Parse(question, g)
		if !q.AsksOrdinal {
			t.Errorf("Parse(%q): asks no ordinal", question)
		}
		for _, c := range q.Constraints {
			if strings.HasPrefix(c.Key, "wievielt") {
				t.Errorf("Parse(%q): %q is a name", question, c.Key)
			}
		}
		for _, f := range q.Focus {
			if strings.HasPrefix(f.Text, "wievielt") {
				t.Errorf("Parse(%q): %q is a focus word", question, f.Text)
			}
		}
	}
}

// A count question names the noun it counts, after "wie viele" or "how
// many", past adjectives that are constraints.
func TestCounted(t *testing.T) {
	g := recognizer(t)
	for _, c := range []struct{ question, want string }{
		{"Wie viele Haushalte gibt es in Fresno?", "haushalt"},
		{"wie viele italienische Soldaten sind im Irak", "soldat"},
		{"How many inhabitants does Jacksonville have?", "inhabit"},
		{"how much money did the film make", "money"},
		{"Wann begann der Krieg?", ""},
		// A count named rather than asked: the noun after "anzahl der" or
		// "number of", or before the count word a keyword query ends in.
		{"truppen irak anzahl", "trupp"},
		{"Wie hoch ist die Anzahl der Schulen in Bayern?", "schul"},
		{"number of public libraries in ohio", "librari"},
		{"number of village fire stations", "station"}, // a compound written apart: its last noun
		{"bibliotheken schweden anzahl", "bibliothek"},
		{"hafen anzahl der", ""},
		{"Was ist die Zahl?", ""},
		{"number of schools closed in berlin", "school"}, // an English participle is no noun
		{"number of people killed in the flood", "peopl"},
		{"number of registered voters in ohio", "voter"}, // a participle before the noun
		{"number of village fire stations closed", "station"},
		{"Wie hoch ist die Zahl der bei dem Brand verletzten Kinder?", "kind"},
		{"Zahl der in Zarnau geborenen Kinder", "kind"},
		{"Zahl der Toten im Winter", "tot"},
		{"museum phone number", ""}, // a number that names
		{"hafen jersey number", ""},
		{"how much did the war cost?", ""},
		{"Wie viel Geld kostete der Krieg?", "geld"},
		{"Wieviele Soldaten sind in Syrien?", "soldat"},
		{"how many times was alan thicke married", ""}, // how often: nothing counted
		{"Wie viele zusätzliche Truppen schickten die USA?", "trupp"},
		{"Mit wie vielen Soldaten verteidigte der König die Stadt?", "soldat"}, // a dative after a preposition
		{"Nach wievielen Tagen trat er zurück?", "tag"},
		// Of a compound written apart the last noun is counted.
		{"wie viele rippenquallen arten sind bestätigt", "art"},
		{"How many nations control this region in total?", "nation"}, // English: a verb may look like a noun
		{"Wie viele Menschen weltweit sprechen Deutsch?", "mensch"},  // an adverb is no noun
		{"wie viele soldaten genau sind im irak", "soldat"},
		{"wie viele kalmar spezies gibt es", "spezi"}, // a word the lexicon does not know
		// A keyword query of a rate counts the noun before "pro", "per".
		{"zarnix sms pro monat", "sms"},
		{"zarnix emails per month", "email"},
		{"zarnix preis pro monat", ""}, // an amount of money, no count
		{"zarnix gebühr pro jahr", ""},
	} {
		if got := Parse(c.question, g).Counted; got != c.want {
			t.Errorf("Parse(%q).Counted = %q, want %q", c.question, got, c.want)
		}
	}
}

// "rfc number" asks the number an RFC bears, "number of rfcs" how many.
func TestNumberOf(t *testing.T) {
	g := recognizer(t)
	for q, want := range map[string]string{
		"acme renewal information rfc number": "rfc",
		"un resolution number rwanda":         "resolution",
		"welche bug nummer hat der fehler":    "bug",
		"number of rfcs in 2020":              "",
		"what is the rfc number of acme":      "rfc",
		"what number did jordan wear":         "",
		"welche nummer hat die linie":         "",
		"Wie hoch ist die Nummer der Linie?":  "",
		"how many rfcs are there":             "",
	} {
		if got := Parse(q, g).NumberOf; got != want {
			t.Errorf("Parse(%q).NumberOf = %q, want %q", q, got, want)
		}
	}
}

// A count of units of time is answered by a length of time.
func TestCountsTime(t *testing.T) {
	for question, want := range map[string]bool{
		"nach wie vielen tagen wurde er abgesetzt": true,
		"how many years did the war last":          true,
		"Wie viele Soldaten sind im Irak?":         false,
		"Wie lange dauerte der Krieg?":             false, // a duration asked, not a count
		"mutterschutz soldatin frühgeburt wochen":  true,  // a keyword query ending in a unit of time
		"soldaten irak anzahl":                     false,
	} {
		if got := Parse(question, nil).CountsTime(); got != want {
			t.Errorf("Parse(%q).CountsTime() = %v, want %v", question, got, want)
		}
	}
}

// countingWords knows no word and counts how often it is asked.
type countingWords struct {
	*entity.Recognizer
	asked *int
}

func (c countingWords) Knows(_, _ string) bool { *c.asked++; return false }

// A lower-case question of many words asks the vocabulary about a bounded
// number of them: each look-up tries a word's typos. Telling the language
// of a question its letters do not tell asks about a few more, in both
// languages.
func TestLowerCaseLookupsAreBounded(t *testing.T) {
	asked := 0
	words := make([]string, 200)
	for i := range words {
		words[i] = "wort" + strings.Repeat(string(rune('a'+i%26)), 1+i/26)
	}
	Parse(strings.Join(words, " "), countingWords{recognizer(t), &asked})
	if bound := maxLookups + 2*maxLanguageWords; asked > bound {
		t.Errorf("asked about %d words, want at most %d", asked, bound)
	}
	if asked == 0 {
		t.Error("asked about no word")
	}
}

// An identifier with underscores is one only where it stands alone: not
// inside a hyphenated name, a path, an address or a file name. Its words
// stay the question's focus.
func TestSnakeIdentifiers(t *testing.T) {
	for text, want := range map[string]string{
		"set HOMEBREW_NO_ENV_HINTS=1 and _mod_proxy_ajp_": "homebrew_no_env_hints mod_proxy_ajp",
		"call __init__ or __init_subclass__":              "__init__ __init_subclass__",
		"is x86_64-apple-darwin a tier 2 target":          "",
		"see /etc/zarnix_conf and https://z.example/a_b":  "",
		"open release_notes.txt, not 1_000":               "",
		"zarnix_quaxo, then varenko_plan.":                "zarnix_quaxo varenko_plan",
	} {
		if got := strings.Join(SnakeIdentifiers(text), " "); got != want {
			t.Errorf("SnakeIdentifiers(%q) = %q, want %q", text, got, want)
		}
	}
	q := Parse("zarnix_quaxo veraltet seit", nil)
	var focus []string
	for _, f := range q.Focus {
		focus = append(focus, f.Term)
	}
	if !slices.Contains(focus, "zarnix") || !slices.Contains(focus, "quaxo") {
		t.Errorf("focus of %q = %q, want the identifier's words", q.Text, focus)
	}
	if SnakeKind("__Mod_Proxy_AJP") != "mod" {
		t.Errorf("SnakeKind = %q, want mod", SnakeKind("__Mod_Proxy_AJP"))
	}
}

// A number right after a name is part of the name, a regnal number in
// Roman numerals too; a year is not.
func TestNumberedNames(t *testing.T) {
	g := recognizer(t)
	for _, c := range []struct{ question, want string }{
		{"Wer gewann den Super Bowl 51?", "name:bowl 51"},
		{"When did Apollo 11 land?", "name:apollo 11"},
		{"Wann erschien Zarnix 2.0?", "name:zarnix 2.0"}, // a version is one number
		{"Which machines was Zarnix 2.1 released for?", "name:zarnix 2.1"},
		{"How long did George IV reign?", "name:george iv"}, // a regnal number
		{"Wann starb Heinrich VIII.?", "name:heinrich viii"},
		{"Who directed Batman V Superman?", "name:batman v superman"},      // one letter is no number, but a name's word
		{"Which modules does CVE-2013-1862 affect?", "name:cve-2013-1862"}, // an identifier's numbers are its own
		{"Wann erschien DSA-3125-1?", "name:dsa-3125-1"},
		{"Wann war der G-20-Gipfel in Hamburg?", "name:g place:DE:Hamburg"}, // one number joins nothing
		{"Wann erschien Zarnix 2021.1?", "name:zarnix 2021.1"},              // a version that begins with four digits
	} {
		if got := describe(Parse(c.question, g)); got != c.want {
			t.Errorf("Parse(%q) = %q, want %q", c.question, got, c.want)
		}
	}
}

// GluedNumber splits a name with a number written onto its letters, and
// nothing else.
func TestGluedNumber(t *testing.T) {
	for _, c := range []struct{ key, name, num string }{
		{"debconf16", "debconf", "16"},
		{"cop28", "cop", "28"},
		{"g7", "g", ""},        // one letter is too little to name a series
		{"zarnix2024", "", ""}, // four digits: a year written onto it
		{"debconf", "", ""},    // no number
		{"debian 10", "", ""},  // a number apart
		{"x86-64", "", ""},     // anything but letters before the number
		{"öffnung15", "öffnung", "15"},
	} {
		name, num, ok := GluedNumber(c.key)
		if ok != (c.num != "") || ok && (name != c.name || num != c.num) {
			t.Errorf("GluedNumber(%q) = %q, %q, %v; want %q, %q", c.key, name, num, ok, c.name, c.num)
		}
	}
}

// A short code stands alone between spaces, brackets, quotation marks
// and clause marks; not within a version, a timestamp or a path.
func TestStandsAlone(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"auf gp3 umstellen", "gp3", true},
		{"s3", "s3", true},
		{"ist es gp3?", "gp3", true},
		{"(s3) und „gp3“", "s3", true},
		{"moved to gp3. Then", "gp3", true},
		{"flux v2.3 crds", "v2", false},
		{"2022-04-11t03:14:05", "t03", false},
		{"/mnt/s3/data", "s3", false},
		{"x-s3 bucket", "s3", false},
		{"»gp3« und [s3]", "gp3", true},
		{"»gp3« und [s3]", "s3", true},
		{"moved to gp3.\nThen", "gp3", true},
	} {
		at := strings.Index(c.text, c.word)
		if got := standsAlone(c.text, at, at+len(c.word)); got != c.want {
			t.Errorf("standsAlone(%q, %q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

// An identifier is a word and numbers joined by hyphens, nothing else.
func TestIsIdentifier(t *testing.T) {
	for _, c := range []struct {
		key  string
		want bool
	}{
		{"cve-2013-1862", true},
		{"dsa-3125-1", true},
		{"f-35", false}, // one number: "F35" too
		{"covid-19", false},
		{"cve", false},
		{"cve-", false},
		{"cve-2013-", false},
		{"-2013", false},
		{"x86-64", false},        // digits in the word
		{"al-qaeda", false},      // no number
		{"cve 2013 1862", false}, // words apart
		{"2003-2011", false},
	} {
		if got := IsIdentifier(c.key); got != c.want {
			t.Errorf("IsIdentifier(%q) = %v, want %v", c.key, got, c.want)
		}
	}
}

// languageWords is a Gazetteer and Vocabulary for tests that knows each
// language's words apart.
type languageWords struct {
	*entity.Recognizer
	words map[string]map[string]bool
}

func (l languageWords) Knows(lang, w string) bool { return l.words[lang][w] }
func (l languageWords) KnowsEnglish() bool        { return l.words["en"] != nil }
func (l languageWords) Lists(lang, w string) bool { return l.words[lang][w] }

// A question's first word frames it, whatever language a title inside it
// is in.
func TestQuestionWordFramesTheLanguage(t *testing.T) {
	for _, c := range []struct{ question, lang string }{
		{"wann erschien the lord of the flies als taschenbuch", "de"},
		{"wann kam the return of the king in the cinemas heraus", "de"},
		{"who wrote die verwandlung und der process", "en"},
		{"where is der schwarze berg und die weiße stadt", "en"},
		{"was there any snow on the pass in june", "en"},              // "was" is both: the words tell
		{"WHO empfiehlt welche impfung für reisende nach peru", "de"}, // capitals: a name
	} {
		if got := Parse(c.question, nil).Lang; got != c.lang {
			t.Errorf("%q: language %q, want %q", c.question, got, c.lang)
		}
	}
}

// A keyword question too short for its letters to tell its language is
// English when more of its words are English only: "soviet deaths
// afghanistan" is no German question. An owner's noun is no place.
func TestKeywordQuestionsLanguageByItsWords(t *testing.T) {
	g := languageWords{recognizer(t), map[string]map[string]bool{
		"en": {"soviet": true, "deaths": true, "demarcation": true, "line": true, "latitude": true, "is": true, "messages": true, "year": true},
		"de": {"truppenabzug": true, "frist": true, "line": true, "kämpfer": true, "gefangen": true, "genommen": true, "quelle": true},
	}}
	for _, c := range []struct{ question, lang string }{
		{"soviet deaths afghanistan", "en"},
		{"vietnam demarcation line latitude", "en"},
		{"truppenabzug frist", "de"},
		// "is" (the IS) makes the letters look English; the words that
		// only one language lists are German, three to one.
		{"is kämpfer gefangen genommen", "de"},
		// Letters that read as another language ("per" looks Italian)
		// yield to the words that only one of the two lists.
		{"debian-announce messages per year", "en"},
		{"banas quelle", "de"},
	} {
		if got := Parse(c.question, g).Lang; got != c.lang {
			t.Errorf("%q: language %q, want %q", c.question, got, c.lang)
		}
	}
	// A vocabulary with no English words to tell takes every word for
	// English: its words tell no language.
	german := languageWords{g.Recognizer, map[string]map[string]bool{"de": {"frist": true}}}
	if got := Parse("soviet deaths afghanistan", german).Lang; got != "de" {
		t.Errorf("with no English vocabulary: language %q, want de", got)
	}
	q := Parse("soviet deaths afghanistan", g)
	for _, c := range q.Constraints {
		if c.Kind == Owner && c.Head != "death" {
			t.Errorf("owner %q qualifies %q, want death", c.Text, c.Head)
		}
	}
}

// An owner and noun after "welcher"/"which" are what the question asks
// for; elsewhere they only constrain the answer.
func TestAskedOwner(t *testing.T) {
	g := recognizer(t)
	for q, want := range map[string]bool{
		"welcher französische geograph unterstützte den imperialismus": true,
		"Which Iraqi minister met the delegation?":                     true,
		"Wann sprach der französische Geograph?":                       false,
	} {
		asked := false
		for _, c := range Parse(q, g).Constraints {
			asked = asked || c.Asked
		}
		if asked != want {
			t.Errorf("%q: asked = %v, want %v", q, asked, want)
		}
	}
}

func TestDigitOrdinalIn(t *testing.T) {
	tests := []struct {
		text, key string
		want      bool
	}{
		{"Der 13. Verfassungszusatz trat in Kraft.", "13", true},
		{"Der 13. Verfassungszusatz trat in Kraft.", "14", false},
		{"The 14th Amendment was ratified.", "14", true},
		{"The 114th Congress met.", "14", false},
		{"Es waren 14.000 Soldaten.", "14", false},
		{"Sie kamen 14 Tage später.", "14", false},
		{"the 21st century", "21", true},
		{"at last. Then", "last", false},                     // only digits
		{"Am 1. Juli 1916 begann die Schlacht.", "1", false}, // a date
		{"Die 3. Augsburger Kompanie zog ab.", "3", true},    // not August
		{"On March 14th they left.", "14", false},
		{"the 4th of July", "4", false},
		{"Die 1. Armee griff an.", "1", true},
	}
	for _, tt := range tests {
		if got := DigitOrdinalIn(tt.text, tt.key); got != tt.want {
			t.Errorf("DigitOrdinalIn(%q, %q) = %v, want %v", tt.text, tt.key, got, tt.want)
		}
	}
}

// roleWords is a Gazetteer and Roles for tests: the nouns it lists name a
// person.
type roleWords struct {
	*entity.Recognizer
	persons map[string]bool
}

func (r roleWords) NamesPerson(_, word, lemma string) bool {
	return r.persons[strings.ToLower(word)] || r.persons[strings.ToLower(lemma)]
}

// "Welcher Konsul …" asks for someone, as "wer" does, when the gazetteer
// knows the noun names a person; "welches Schiff …" does not.
func TestWhichPersonAsksWho(t *testing.T) {
	g := roleWords{Recognizer: recognizer(t), persons: map[string]bool{"konsul": true, "consuls": true, "historian": true, "präsident": true, "general": true, "king": true, "chief": true, "deputy": true}}
	for question, want := range map[string]Type{
		"welcher konsul hatte bei mylae das kommando":         Person,
		"Which Greek historian was at the siege of Carthage?": Person,
		"Welcher mongolische Präsident war in Harvard?":       Person,
		"welches schiff sank bei mylae":                       Other,
		"Which general election did he win?":                  Other, // the noun is the head's, not a qualifier's
		"Which king's fleet sank?":                            Other,
		"Which 3 consuls led at Mylae?":                       Person, // how many are asked comes before the noun
		"Wie viele Konsuln gab es?":                           Count,  // a count stays a count
		"deputy chief militia forces killed in strike":        Person, // a keyword query of troops naming a role
		"militia forces killed in strike number":              Count,
	} {
		if got := Parse(question, g).Type; got != want {
			t.Errorf("Parse(%q).Type = %s, want %s", question, got, want)
		}
		if want == Person {
			if got := Parse(question, recognizer(t)).Type; got == Person && !strings.Contains(question, "Präsident") {
				t.Errorf("Parse(%q) without Roles = person: the test shows nothing", question)
			}
		}
	}
}

// The noun a which-word asks for is marked in the focus: the answer names
// one of its kind ("Brightline Studios" for "which company"), often
// without the word. A number before it says how many are asked, which the
// answer lists rather than writes: it is no focus word.
func TestWhichNounIsAsked(t *testing.T) {
	g := recognizer(t)
	tests := []struct{ question, asked, notFocus string }{
		{"which company repaired the harbour crane", "company", ""},
		{"Which three bakers won the fair?", "bakers", "three"},
		{"Welche drei Länder schickten Ärzte?", "Länder", "drei"},
		{"welches gremium rief zum streik auf", "gremium", ""},
		{"What tool did the carpenters use?", "tool", ""},
		{"Which Greek historian wrote it?", "historian", ""}, // the head, not its qualifier
		{"Who repaired the harbour crane?", "", ""},
		{"Which 1990 treaty ended it?", "", ""},         // a year is no count
		{"Which 5G network failed?", "", ""},            // a figure within a word is no count
		{"Welche 2 Millionen Menschen flohen?", "", ""}, // nor a scaled one
	}
	for _, tt := range tests {
		q := Parse(tt.question, g)
		var asked []string
		for _, f := range q.Focus {
			if f.Asked {
				asked = append(asked, f.Text)
			}
			if tt.notFocus != "" && f.Text == tt.notFocus {
				t.Errorf("Parse(%q): %q is in the focus", tt.question, f.Text)
			}
		}
		if got := strings.Join(asked, " "); got != tt.asked {
			t.Errorf("Parse(%q): asked %q, want %q", tt.question, got, tt.asked)
		}
	}
	for _, question := range []string{"Which 5G network failed?", "Welche 2 Millionen Menschen flohen?"} {
		if q := Parse(question, g); !slices.ContainsFunc(q.Focus, func(f Term) bool { return f.Text == "5" || f.Text == "2" }) {
			t.Errorf("Parse(%q): the figure left the focus (%+v)", question, q.Focus)
		}
	}
}

// "originally" in a question asks what was so before, not a first its
// answer must name; "first" does.
func TestOriginallyAsksNoFirst(t *testing.T) {
	for q, want := range map[string]bool{
		"wann wurde der cristo degli abissi ursprünglich aufgestellt": false,
		"Wofür wurde DECnet ursprünglich geschaffen?":                 false,
		"where is the ceo originally from":                            false,
		"decnet first release year":                                   true,
	} {
		got := slices.ContainsFunc(Parse(q, nil).Constraints, func(c Constraint) bool { return c.Kind == Ordinal && c.Key == "1" })
		if got != want {
			t.Errorf("%q: ordinal first %v, want %v", q, got, want)
		}
	}
}

// "a fifth of", "two thirds of" are fractions, no rank an answer must
// name; "the fifth", "the third of May" are.
func TestFractionIsNoOrdinal(t *testing.T) {
	for q, want := range map[string]bool{
		"how did a fifth of the voters react":             false,
		"did one third of the voters stay home":           false,
		"who won the fifth round":                         true,
		"who was the third of the brothers to emigrate":   true,
		"which fifth of the season was the coldest month": true, // "which" asks which one
	} {
		got := slices.ContainsFunc(Parse(q, nil).Constraints, func(c Constraint) bool { return c.Kind == Ordinal })
		if got != want {
			t.Errorf("%q: ordinal %v, want %v", q, got, want)
		}
	}
}

// "first" said of when something happened is met by its start; said of
// which one ("the first phase"), only by that ordinal.
func TestFirstSaysWhen(t *testing.T) {
	g := recognizer(t)
	for question, want := range map[string]bool{
		"where the orchestra first rehearsed":           true,
		"Wer reiste als erster nach Lima?":              true,
		"which river froze first":                       true,
		"Wann spielten sie erstmals unter Flutlicht?":   true, // an adverb of time, before any word
		"Wann begann die erste Phase?":                  false,
		"who painted the first portrait of the queen":   false,
		"wie lange stand der erste leuchtturm":          false,
		"Wer war der erste, der landete?":               false, // an article: which one
		"Was war die erste der drei Reformen?":          false,
		"Wer reiste als zweiter nach Lima?":             false, // no first
		"Wann trafen sich die Händler zum zweiten Mal?": false,
	} {
		q := Parse(question, g)
		got := slices.ContainsFunc(q.Constraints, func(c Constraint) bool { return c.When })
		if got != want {
			t.Errorf("Parse(%q): first says when = %v, want %v (%s)", question, got, want, describe(q))
		}
	}
	// A follow-up keeps what its question's first said.
	prev := Parse("who painted the first portrait of the queen", g)
	if q := Parse("and who came after him?", g).FollowUp(prev); slices.ContainsFunc(q.Constraints, func(c Constraint) bool { return c.When }) {
		t.Errorf("follow-up: first says when (%s)", describe(q))
	}
}

func TestSaidMarksWhomTheQuestionQuotes(t *testing.T) {
	g := recognizer(t)
	for question, want := range map[string]string{
		"was bringen die gespräche laut kairo":                      "EG:Cairo",
		"Was plant laut der französischen Regierung die Armee?":     "FR",
		"what do the talks aim at according to the Egyptian envoy?": "EG",
		"What did Cairo say about the talks according to Reuters?":  "", // a name: not an owner or a place
		"Wie viele Soldaten hat Frankreich laut Berichten in Mali?": "",
		"Was will Kairo laut dem Sprecher erreichen?":               "",
	} {
		q := Parse(question, g)
		var said []string
		for _, c := range q.Constraints {
			if c.Said {
				said = append(said, c.Key)
			}
		}
		if got := strings.Join(said, " "); got != want {
			t.Errorf("Parse(%q): said by %q, want %q (%s)", question, got, want, describe(q))
		}
	}
}

// A region right after a name is the edition of an event it names: a
// named constraint keyed by the region, whichever way it is written, in
// place of an owner ("EU"), a guessed name ("america") or the name's
// head; a name typed with it as its last word is split.
func TestRegionEditions(t *testing.T) {
	g := knownWords{recognizer(t), map[string]bool{"number": true, "attendees": true, "wann": true, "findet": true, "statt": true,
		"where": true, "how": true, "many": true, "people": true, "came": true, "booth": true, "north": true, "the": true}}
	tests := []struct {
		question string
		gaz      Gazetteer
		want     string
	}{
		{"kubecon na 2022 number of attendees", g, "name:kubecon name:north america"},
		{"kubecon eu 2022 number of attendees", g, "name:europe name:kubecon"},
		{"wann findet die kubecon nordamerika 2022 statt", g, "name:kubecon name:north america"},
		{"how many people came by the booth at kubecon north america 2020", g, "name:kubecon name:north america"},
		{"Wo findet die KubeCon EU 2026 statt?", recognizer(t), "name:europe name:kubecon"},
		{"Where is FluxCon Europe 2026 held?", recognizer(t), "name:europe name:fluxcon"},
		{"Where is Open Source Summit NA 2025 held?", recognizer(t), "name:north america name:open source summit"},
		// A region no name stands before stays what it was, and so does
		// one with no year after it.
		{"Wie viele Soldaten hat die EU in Mali?", recognizer(t), "owner:EU place:ML"},
		{"Who leads Radio Free Asia?", recognizer(t), "name:radio free asia"},
		{"Was sagte Scholz EU-Kommission 2024?", recognizer(t), "name:scholz/eu owner:EU/kommission"}, // a hyphen, no year after "EU"
		{"Was sagte Merkel EU Gipfel?", recognizer(t), "name:merkel/eu owner:EU"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := describe(Parse(tt.question, tt.gaz)); got != tt.want {
				t.Errorf("constraints %q, want %q", got, tt.want)
			}
		})
	}
}
