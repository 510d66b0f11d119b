package retrieval

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/store"
)

func TestWritesAsName(t *testing.T) {
	for _, tt := range []struct {
		sentence, words string
		want            bool
	}{
		{"1947 heiratete er die jüngere Anna Margaritha Zürcher.", "anna zürcher", true}, // a middle name between
		{"Nach dem Abschluss studierte Ray Fisher in New York.", "ray fisher", true},
		{"Das Queen Victoria Building steht in Sydney.", "queen victoria building", true},
		{"Seit 1972 erlaubt der National Park Service Brände.", "national park", false}, // a longer name
		{"Anna Zürcher heiratete 1947.", "anna zürcher", false},                         // the sentence's first word is capitalised anyway
		{"Er heiratete anna zürcher.", "anna zürcher", false},
		{"Die Frist endet Ende September.", "ende september", false}, // two nouns of the lexicon
		{"Er heiratete Zürcher Anna.", "anna zürcher", false},        // in another order
		{"Er lud Anna, Berta Zürcher ein.", "anna zürcher", false},   // a comma between
		{"Coach Anna Von Berg left.", "von berg", true},              // a first name before a particle
		{"Sie malte wie Vincent van Gogh.", "van gogh", true},        // a particle in lower case
		{"Ein Bild von Berg und Tal.", "von berg", false},
		{"Ein Brief von Okonjo kam an.", "von okonjo", false}, // no name before the particle            // a preposition before a noun
	} {
		if got := writesAsName(tt.sentence, strings.Fields(tt.words)); got != tt.want {
			t.Errorf("writesAsName(%q, %q) = %v, want %v", tt.sentence, tt.words, got, tt.want)
		}
	}
}

// A question typed in lower case names someone only where the candidates
// write the words as a name: "anna zürcher" is then asked of, and a
// figure of children in another source does not answer.
func TestLowerCaseNameFromTheCollection(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("ehe", "2019", "1947 vermählte er sich mit der jüngeren Anna Margaritha Zürcher. Sie zogen nach Bern."),
		source("zensus", "2019", "Von den 12.961 Haushalten hatten 40,2 Prozent Kinder, die mit ihnen lebten."),
	}, Options{})
	ans := ask(t, e, "wie viele kinder hatte er mit anna zürcher")
	if ans.Answered {
		t.Errorf("answered with %q; want declined: no figure counts her children", ans.Citations[0].Quote)
	}
	if !slices.ContainsFunc(ans.Decision.Constraints, func(c query.Constraint) bool { return c.Kind == query.Named && c.Key == "anna zürcher" }) {
		t.Errorf("constraints %+v, want the name anna zürcher", ans.Decision.Constraints)
	}
}

// One word of a question typed in lower case is a name where English
// sources write it so, capitalised and never in lower case; a common
// English word a German source capitalises as a noun is none, nor is the
// word after "how", one in a hyphened compound, or one the German lexicon
// knows. A name particle opens a name, and a name the parse guessed gives
// way to the longer one the sources write.
func TestLowerCaseWordsTheCollectionWritesAsNames(t *testing.T) {
	club := store.Source{ID: "club", Title: "Chess club report", Language: "en", Published: store.Date{Value: "2024"}, Hash: "club",
		Text: "The chess club met on Monday. Club champion Mara Okafor won 14 games this season. Her rival Jonas Peel won 9 games. " +
			"Later Peel coached the juniors, who train in Long Valley. Coach Anna Von Berg left the club in May. Okafor moved to the North in June."}
	kitchen := store.Source{ID: "küche", Title: "Wintergebäck", Language: "de", Published: store.Date{Value: "2024"}, Hash: "küche",
		Text: "Zum Fest kochte der Verein Porridge mit Äpfeln. Den Porridge rührte zwei Stunden lang ein Koch. " +
			"Im Vereinsheim liegen Ammoniten aus dem Jura. Die Ammoniten stammen aus einem Steinbruch. " +
			"Im Jahr 1848 brach im Dorf ein Aufstand aus. Nach dem Aufstand floh der Bäcker."}
	orchard := store.Source{ID: "orchard", Title: "Orchard notes", Language: "en", Published: store.Date{Value: "2024"}, Hash: "orchard",
		Text: "Workers peel the apples by hand before the chess club arrives. The club won 3 games against the workers."}
	e := newTestEngine(t, []store.Source{club, kitchen}, Options{Dictionary: embeddedDictionary})
	named := func(ans *Answer) []string {
		var keys []string
		for _, c := range ans.Decision.Constraints {
			if c.Kind == query.Named {
				keys = append(keys, c.Key)
			}
		}
		return keys
	}
	for _, tt := range []struct {
		question string
		want     []string // named constraints that must be read
		not      []string // and that must not
	}{
		{"how many games did peel win", []string{"peel"}, nil},
		{"how long did peel coach the juniors", []string{"peel"}, []string{"long"}},
		{"when did von berg leave the club", []string{"von berg"}, []string{"berg"}},
		{"when did okafor move to the north", []string{"okafor"}, []string{"north"}},             // a direction
		{"how many games did jonas peel win", []string{"jonas peel"}, []string{"jonas", "peel"}}, // a first name gives way
		{"wie lange rührte der koch den porridge", nil, []string{"porridge"}},
		{"woher stammen die jura-ammoniten", nil, []string{"ammoniten"}},
		{"wann brach der aufstand aus", nil, []string{"aufstand"}}, // a noun of the lexicon's
	} {
		ans := ask(t, e, tt.question)
		got := named(ans)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: named constraints %q, want %q among them", tt.question, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("%s: named constraints %q, want no %q", tt.question, got, w)
			}
		}
	}
	// The champion's figure is no answer about Peel.
	citesNone(t, ask(t, e, "how many games did peel win"), "Okafor")
	// Where a source writes the word in lower case, it is no name.
	e = newTestEngine(t, []store.Source{club, orchard}, Options{Dictionary: embeddedDictionary})
	if got := named(ask(t, e, "how many games did peel win")); slices.Contains(got, "peel") {
		t.Errorf("named constraints %q: peel read as a name though a source writes it in lower case", got)
	}
}

// A name guessed from a question typed in lower case is found as a name
// is written: German reads "miss" as a verb's form and "Miss" as the noun.
func TestGuessedNameReadCapitalised(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("werft", "2019", "Die Werft in Wolgast baute 1998 das Fährschiff Miss Brockenau. Danach lief es nach Rügen aus."),
		unrelated("sonst", "2019"),
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "wann baute die werft die miss brockenau", "Miss Brockenau")
}

// A name the candidates write is weighed as the same name typed with a
// capital: as a constraint the sentence may state itself, not a second
// time as a word of the focus, so the sentence that says what is asked
// of it leads either way.
func TestWrittenNameWeighsAsTyped(t *testing.T) {
	text := "Tollby is the busiest market of the Tollby valley, home to Tollby Mill. " +
		"Tollby also lost its bridge in a flood.\n\nA fair was held there from 1790; it was named after Ellen Crane, a ship's captain."
	e := newTestEngine(t, []store.Source{{ID: "a", Title: "Tollby", Language: "en", Text: text, Hash: text},
		{ID: "b", Title: "Other", Language: "en", Text: "The government praised the army. The budget was passed.", Hash: "b"}}, Options{})
	for _, q := range []string{"Who was Tollby named after?", "who was tollby named after"} {
		wantFirst(t, e, q, "named after Ellen Crane")
	}
}

// A word opens a sentence, a line or a quotation after a full stop, a
// colon, a line break or an opening quote; after a closing quote or a
// comma it stands inside one.
func TestSentenceOpens(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool // whether the last word opens
	}{
		{"Er kam. Peel", true},
		{"Er sagte: Peel", true},
		{"Bericht\nPeel", true},
		{"Er rief „Peel", true},
		{`He said "Peel`, true},
		{`"Stop" Peel`, false},
		{"Er kam, Peel", false},
		{"Er kam und Peel", false},
	} {
		toks := analysis.Scan(tt.text)
		if got := sentenceOpens(tt.text, toks, len(toks)-1); got != tt.want {
			t.Errorf("sentenceOpens(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A name the parse guessed before a noun the sources write in lower case
// asks of that noun ("kelbrook" of "university") and stays beside the
// name the sources write; a first name gives way to the whole name.
func TestGuessedNameBeforeACommonNounStays(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		{ID: "uni", Title: "Campus news", Language: "en", Published: store.Date{Value: "2024"}, Hash: "uni",
			Text: "In 1990 Kelbrook University opened its doors. The university grew quickly and added a law school in 2001."},
		unrelated("sonst", "2024"),
	}, Options{Dictionary: embeddedDictionary})
	ans := ask(t, e, "when did kelbrook university open")
	var keys []string
	for _, c := range ans.Decision.Constraints {
		if c.Kind == query.Named {
			keys = append(keys, c.Key)
		}
	}
	if !slices.Contains(keys, "kelbrook") || !slices.Contains(keys, "kelbrook university") {
		t.Errorf("named constraints %q, want kelbrook (of the university) and kelbrook university", keys)
	}
}

// A numbered name ("ottokar iv") is met by the bare name in a source that
// never numbers it, and only there: a source that numbers the name, or
// writes the number asked after another name (a translation of the name
// may stand there), tells its bearers apart.
func TestNumberedNameInASourceThatNeverNumbersIt(t *testing.T) {
	const question = "welche krankheit wurde bei ottokar iv festgestellt"
	for _, c := range []struct {
		name, text, want string
	}{
		{"never numbered",
			"Ottokar regierte lange und galt als sparsam. Bei Ottokar wurde im Alter eine Krankheit festgestellt, die Gicht. Seine Tochter folgte ihm.", "Gicht"},
		{"numbered as another",
			"Ottokar III. regierte lange und galt als sparsam. Bei Ottokar wurde im Alter eine Krankheit festgestellt, die Gicht. Seine Tochter folgte ihm.", ""},
		{"the number after another name",
			"Ottokar regierte lange und galt als sparsam. Bei Ottokar wurde im Alter eine Krankheit festgestellt, die Gicht. Sein Vetter Friedrich IV. folgte ihm.", ""},
		{"a one-letter number",
			"Ottokar I. regierte lange und galt als sparsam. Bei Ottokar wurde im Alter eine Krankheit festgestellt, die Gicht. Seine Tochter folgte ihm.", ""},
		{"another bearer of the first name",
			"Ottokar Zadravec regierte lange und galt als sparsam. Bei Ottokar wurde im Alter eine Krankheit festgestellt, die Gicht. Seine Tochter folgte ihm.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := articleEngine(t, "2020-01-01", c.text)
			wantFirst(t, e, question, c.want)
		})
	}
}

// A name the question types in lower case and the collection writes
// ("wilhelm", a first name the lexicon knows) keeps its regnal number as
// one the analysis guesses does: Wilhelm III. answers nothing of Wilhelm IV.
func TestWrittenNameKeepsItsNumber(t *testing.T) {
	const rest = " regierte lange und galt als sparsam. Bei Wilhelm wurde im Alter eine Krankheit festgestellt, die Gicht. Seine Tochter folgte ihm."
	for _, c := range []struct{ text, want string }{
		{"Wilhelm III." + rest, ""},
		{"Wilhelm" + rest, "Gicht"},
	} {
		e := articleEngine(t, "2020-01-01", c.text)
		wantFirst(t, e, "welche krankheit wurde bei wilhelm iv festgestellt", c.want)
	}
}

// A version asked ("Zarnix 2.0") is not met by the sentence on the next
// version, though the sentence before it names the one asked, nor quoted
// with it.
func TestVersionNameIsNotAnother(t *testing.T) {
	const text = "Zarnix 2.0 wurde für die Rechner i386 und m68k ausgegeben. Zarnix 2.1 kam für die Rechner i386, m68k, alpha und sparc heraus."
	e := articleEngine(t, "2020-01-01", text)
	for _, c := range []struct{ question, lead, other string }{
		{"für welche rechner kam zarnix 2.0 heraus", "Zarnix 2.0", "Zarnix 2.1"},
		{"für welche rechner kam zarnix 2.1 heraus", "Zarnix 2.1", "Zarnix 2.0"},
	} {
		ans := ask(t, e, c.question)
		if len(ans.Citations) == 0 || !strings.HasPrefix(ans.Citations[0].Quote, c.lead) {
			t.Errorf("%q: cited %+v, want the sentence on %s first", c.question, ans.Citations, c.lead)
		}
		for _, q := range ans.Citations {
			if strings.Contains(q.Quote, c.other) {
				t.Errorf("%q: cited %q, of %s", c.question, q.Quote, c.other)
			}
		}
	}
}

func TestUnnumbered(t *testing.T) {
	for _, c := range []struct {
		key, name, numeral string
		ok                 bool
	}{
		{"georg vi", "georg", "vi", true},
		{"louis xvi", "louis", "xvi", true},
		{"apollo 11", "", "", false},
		{"georg", "", "", false},
		{"daniel shapiro", "", "", false},
	} {
		name, numeral, ok := unnumbered(c.key)
		if name != c.name || numeral != c.numeral || ok != c.ok {
			t.Errorf("unnumbered(%q) = %q, %q, %v; want %q, %q, %v", c.key, name, numeral, ok, c.name, c.numeral, c.ok)
		}
	}
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"georg", "Sein Sohn trat als Georg IV. die Thronfolge an.", true},
		{"george", "Sein Sohn trat als Georg IV. die Thronfolge an.", true},
		{"georg", "Als Georg 1936 König wurde, …", false},
		{"georg", "Georg war Kettenraucher.", false},
		{"georg", "Bei Georg. Danach kam er.", false},
		{"heinrich", "Kaiser Heinrich III. adelte ihn.", true},
		{"georg", "Georg V. regierte lange.", true},
		{"elizabeth", "Elizabeth I ruled England.", true},
		{"georg", "Georg Büchner schrieb Dramen.", true},
		{"georg", "Nach Georgs Amtsantritt wuchsen die Schulden.", false}, // his office, a noun
		{"georg", "Georg Kettenraucher war er nicht.", false},
	} {
		if got := numbersName(c.name, c.text); got != c.want {
			t.Errorf("numbersName(%q, %q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// A version asked by the word "version" and a number is not met by a
// sentence on another version.
func TestVersionAskedIsNotAnother(t *testing.T) {
	e := articleEngine(t, "2020-01-01", "Die Hafenordnung von Zarnau regelt das Anlegen.\n\n"+
		"Die Version 2.4 der Hafenordnung von Zarnau wurde im März 2011 beschlossen.\n\n"+
		"Die Fischereiordnung gilt in der Version 1.3 seit Juni 2012.")
	for _, c := range []struct{ question, want string }{
		{"wann wurde version 2.4 der hafenordnung von zarnau beschlossen", "März 2011"},
		{"wann wurde version 2.3 der hafenordnung von zarnau beschlossen", ""},
	} {
		wantFirst(t, e, c.question, c.want)
	}
}

func TestVersionsAsked(t *testing.T) {
	for _, c := range []struct {
		question string
		want     []string
	}{
		{"when was version 1.0 of the contract adopted?", []string{"version 1.0"}},
		{"Wann erschien Version 2?", []string{"version 2"}},
		{"what is version control", nil},
		{"version .5 release", nil},
		{"welche häfen nennt die hafenordnung (version 3)?", []string{"version 3"}},
		{"version 2019 release", nil}, // a year
	} {
		if got := versionsAsked(c.question); !slices.Equal(got, c.want) {
			t.Errorf("versionsAsked(%q) = %q, want %q", c.question, got, c.want)
		}
	}
}

// A lower-case word no candidate writes is a name where the collection's
// English sources write it as one elsewhere: the passengers of another
// ferry do not answer a question about the Kestrel.
func TestNameTheCollectionWrites(t *testing.T) {
	var b strings.Builder
	for i, ship := range []string{"Osprey", "Heron", "Plover", "Curlew", "Dunlin", "Gannet", "Puffin", "Merlin", "Avocet", "Bittern", "Egret", "Fulmar"} {
		fmt.Fprintf(&b, "The ferry %s carried %d passengers, and its ferry passengers paid the fare. ", ship, 100*(i+1))
	}
	e := newTestEngine(t, []store.Source{
		{ID: "fleet", Title: "Fleet", Language: "en", Published: store.Date{Value: "2020"}, Hash: "fleet", Text: b.String()},
		{ID: "yard", Title: "Yard", Language: "en", Published: store.Date{Value: "2020"}, Hash: "yard",
			Text: "In May 1990 the yard launched the Kestrel. The hull of the Kestrel is steel. A new engine drives the Kestrel. " +
				"The deck of the Kestrel is teak. The bridge of the Kestrel is high. Radar guides the Kestrel. The crew of the Kestrel is small. " +
				"Paint protects the Kestrel. Two masts stand on the Kestrel. Gulls follow the Kestrel."},
		unrelated("sonst", "2020"),
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "how many passengers did the kestrel ferry carry", "")
	wantFirst(t, e, "how many passengers did the osprey ferry carry", "100 passengers")
}

// Words no candidate writes as one name are one where the collection's
// English sources write them so elsewhere: the issues other groups closed
// do not answer a question about the SIG Network, whose own sentences
// count none and, "network" being a common word of the collection, rank
// below theirs.
func TestNameRunTheCollectionWrites(t *testing.T) {
	var groups, lan strings.Builder
	for i, group := range []string{"Osprey", "Heron", "Plover", "Curlew", "Dunlin", "Gannet", "Puffin", "Merlin", "Avocet", "Bittern", "Egret", "Fulmar"} {
		fmt.Fprintf(&groups, "The SIG %s closed %d issues, and its issues were triaged weekly. ", group, 10*(i+1))
		fmt.Fprintf(&lan, "The network of floor %d was slow. ", i+1)
	}
	e := newTestEngine(t, []store.Source{
		{ID: "groups", Title: "Groups", Language: "en", Published: store.Date{Value: "2020"}, Hash: "groups", Text: groups.String()},
		{ID: "lan", Title: "Office", Language: "en", Published: store.Date{Value: "2020"}, Hash: "lan", Text: lan.String()},
		{ID: "network", Title: "Meetings", Language: "en", Published: store.Date{Value: "2020"}, Hash: "network",
			Text: "In May 2020 the SIG Network met for the first time. The chair of the SIG Network is new. A new charter guides the SIG Network. " +
				"The notes of the SIG Network are public. The SIG Network meets on Mondays."},
		unrelated("sonst", "2020"),
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "how many issues did the sig network close", "")
	wantFirst(t, e, "how many issues did the sig osprey close", "10 issues")
}

// An article opens no name a question typed in lower case guesses: "der"
// of "organisator der zarcon14" is not part of the name, though the
// sources write "der Zarcon14".
func TestArticleOpensNoGuessedName(t *testing.T) {
	text := "Über den Veranstaltungsort der Zarcon14 wird bald entschieden.\n\nDie Zarcon14 wurde von Steve Langford organisiert."
	e := articleEngine(t, "2014-08", text)
	ans := ask(t, e, "wer war organisator der zarcon14")
	for _, c := range ans.Decision.Constraints {
		if strings.HasPrefix(c.Key, "der ") {
			t.Errorf("name %q opens with the article", c.Key)
		}
	}
}

// An identifier asked is met by the sentence that writes it, or the
// sentences near it, or by a sentence of a source that writes it and no
// other of its kind: "CVE-2031-0002" is not answered by the sentence on
// CVE-2031-0001, nor by a sentence of an advisory of several CVEs far
// from it, nor by anything where no source writes it.
func TestIdentifierIsMetAsWritten(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2031-05", "Zarnix security update.\n\n"+
			"References: CVE-2031-0001, CVE-2031-0002.\n\n"+
			"CVE-2031-0001 Ilse Marten discovered that Zarnix leaks memory when it parses long headers.\n\n"+
			"CVE-2031-0002 Tomas Velk discovered that Zarnix crashes when it parses long headers.\n\n"+
			"Both flaws were fixed in the spring.\n\n"+
			"The zarnix command line tool is not affected by this problem."),
		source("b", "2031-06", "Quaxo security update.\n\n"+
			"References: CVE-2031-0100.\n\n"+
			"Anna Sommer discovered a heap overflow in the Quaxo unescape function.\n\n"+
			"Updated packages are available for every release.\n\n"+
			"The quaxo command line tool is not affected by this problem."),
		unrelated("c", "2031-06"),
	}, Options{})
	wantFirst(t, e, "who discovered cve-2031-0002", "Tomas Velk")
	wantFirst(t, e, "who discovered CVE-2031-0001?", "Ilse Marten")
	wantFirst(t, e, "who discovered cve-2031-0003", "")
	wantFirst(t, e, "is the quaxo command line tool affected by cve-2031-0100", "quaxo command line tool")
	wantFirst(t, e, "is the zarnix command line tool affected by cve-2031-0001", "")
	if got := identifiersIn("References: CVE-2031-0001, cve-2031-0002-1 and XCVE-2031-0003, CVE-x.", "cve"); !slices.Equal(got, []string{"cve-2031-0001", "cve-2031-0002-1"}) {
		t.Errorf("identifiersIn = %q", got)
	}
}

// An identifier written with underscores (a variable, a module) is met
// where it is written, in any case, or beside a sentence that writes it
// when the sentence writes none of its kind: "mod_quaxo_balancer" is not
// answered by the sentence on mod_quaxo_ajp, nor where nothing writes it;
// its words apart, or a longer identifier, name nothing.
func TestSnakeIdentifierIsMetAsWritten(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("a", "2031-05", ("Zarnix server update.\n\n" +
			"A flaw was found when mod_quaxo_balancer forwards requests to a backend server.\n\n" +
			"The flaw in mod_quaxo_ajp keeps the backend server in an error state until 12 May 2031.\n\n" +
			"Updated packages are available for every release.")),
		englishSource("b", "2031-06", ("Quaxo release notes.\n\n" +
			"ZARNIX_NO_AUTO_UPDATE was removed in Zarnix 4.2 because updates became faster.\n\n" +
			"The balancer module of the quaxo proxy now forwards requests in order.")),
		englishSource("d", "2031-07", ("Zarnix 5.0 release notes.\n\n" +
			"The ZARNIX_KEEP_LOGS switch is new in this release.\n\n" +
			"It keeps the logs of the VARENKO_HOME folder for thirty days, see https://zarnix.example/release_notes.")),
		unrelated("c", "2031-06"),
	}, Options{})
	// Another kind of identifier in the sentence, or an address's, names
	// no other switch: the sentence beside it says which.
	wantFirst(t, e, "how long does zarnix_keep_logs keep the logs", "thirty days")
	wantFirst(t, e, "until when is the backend server in an error state with the mod_quaxo_ajp flaw", "until 12 May 2031")
	wantFirst(t, e, "until when is the backend server in an error state with the mod_quaxo_balancer flaw", "")
	wantFirst(t, e, "why was zarnix_no_auto_update removed", "updates became faster")
	wantFirst(t, e, "why was zarnix_auto_update removed", "")
}

// A host name is met where it or a host under it is written, in any
// case: a sentence on another host of its site, or on another site, does
// not answer of it.
func TestHostNameIsMetAsWritten(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("a", "2031-05", ("Zarnix platform news.\n\n" +
			"Zarnix.gov is a cloud platform that serves 40 federal agencies.\n\n" +
			"Write to help@pages.zarnix.gov for a new site.")),
		englishSource("b", "2031-06", ("Quaxo mirror news.\n\n" +
			"The mirror ftp.quaxo.org got a new server with 64 GB of memory.\n\n" +
			"The mirror deb.quaxo.org went online on 3 May 2031.")),
		englishSource("d", "2031-07", "The portal www.gouv.fr lists 70 ministries."),
		unrelated("c", "2031-06"),
	}, Options{})
	wantFirst(t, e, "how many agencies does zarnix.gov serve", "40 federal agencies")
	wantFirst(t, e, "how many ministries does GOUV.FR list", "70 ministries") // a host under it, in any case
	wantFirst(t, e, "how many agencies does login.gov serve", "")
	wantFirst(t, e, "how much memory does the new ftp.quaxo.org server have", "64 GB")
	wantFirst(t, e, "how much memory does the new deb.quaxo.org server have", "")
	wantFirst(t, e, "when did deb.quaxo.org go online", "3 May 2031")
	wantFirst(t, e, "when did ftp.quaxo.org go online", "")
}

// An identifier is written as it is, in any case: a CVE's with more
// numbers after it, or any of its kind for a kind alone; one with
// underscores only itself.
func TestWritesIdentifier(t *testing.T) {
	for _, c := range []struct {
		text, key string
		want      bool
	}{
		{"CVE-2031-0002 Tomas Velk discovered it.", "cve-2031-0002", true},
		{"see cve-2031-0002.", "cve-2031-0002", true},
		{"CVE-2031-00021 is another.", "cve-2031-0002", false}, // a longer number
		{"XCVE-2031-0002", "cve-2031-0002", false},             // inside a word
		{"CVE-2031-0001 leaks memory.", "cve", true},           // one of the kind
		{"The CVE process.", "cve", false},
		{"Set ZARNIX_NO_AUTO_UPDATE=1 to keep it.", "zarnix_no_auto_update", true},
		{"Set ZARNIX_NO_AUTO_UPDATE_SECS=1 to keep it.", "zarnix_no_auto_update", false}, // a longer one
		{"The zarnix no auto update flag.", "zarnix_no_auto_update", false},              // its words apart
		{"Call __init_zarnix__ first.", "__init_zarnix__", true},
	} {
		if got := writesIdentifier(c.text, c.key); got != c.want {
			t.Errorf("writesIdentifier(%q, %q) = %v, want %v", c.text, c.key, got, c.want)
		}
	}
}

// A name is met by its word as written, within a compound, or spelled by
// the words a text holds; a shorter word inside it is another name or none: the
// "Kassen" of a sentence name no "Hilfskassen", a "project" no
// "MegaProject".
func TestNamesAllNotByAPart(t *testing.T) {
	read := newReadings()
	for _, c := range []struct {
		key, lang string
		terms     []string
		want      bool
	}{
		{"megaproject", "en", []string{"project", "plan"}, false}, // a part of five letters or more
		{"megaproject", "en", []string{"mega", "project"}, true},  // spelled by words the text holds
		{"hilfskassen", "de", []string{"kass", "beitrag"}, false},
		{"hilfskassen", "de", []string{"hilfskass", "beitrag"}, true},
		{"lutherbibel", "de", []string{"luth", "bibel"}, true}, // spelled by words the text holds
		{"bagdad", "de", []string{"bagdadbesuch"}, true},       // within a compound
	} {
		q := query.Constraint{Kind: query.Named, Key: c.key, Text: c.key, Guessed: true}
		if got := namesAll(q, c.lang, analysis.TermSet(c.terms), read); got != c.want {
			t.Errorf("namesAll(%q, %v) = %v, want %v", c.key, c.terms, got, c.want)
		}
	}
}

// The word that says what a keyword query asks ("date" of "zarnix 3.4
// first release date") is no name, however often the collection's
// headings write it capitalised ("Date & Time: …"): the answer's sentence
// need not write it.
func TestTypeCueIsNoWrittenName(t *testing.T) {
	talks := store.Source{ID: "talks", Title: "Zarnix at the summit", Language: "en", Published: store.Date{Value: "2023-11-05"}, Hash: "talks",
		Text: "Talk Title: Running Zarnix; Speakers: Ann Lee; Date & Time: Tuesday, November 7, 4:30pm.\n\n" +
			"Talk Title: Scaling Zarnix; Speakers: Bo Chen; Date & Time: Thursday, November 9, 4:00pm.\n\n" +
			"Talk Title: Zarnix Internals; Speakers: Cy Diaz; Date & Time: Friday, November 10, 2:00pm."}
	eol := store.Source{ID: "eol", Title: "June patch release", Language: "en", Published: store.Date{Value: "2026-06-01"}, Hash: "eol",
		Text: "This update marks the end of support for Zarnix 3.4, originally released in August 2019. No further patches will be issued."}
	e := newTestEngine(t, []store.Source{talks, eol}, Options{Dictionary: embeddedDictionary})
	ans := ask(t, e, "zarnix 3.4 first release date")
	if slices.ContainsFunc(ans.Decision.Constraints, func(c query.Constraint) bool { return c.Kind == query.Named && c.Key == "date" }) {
		t.Errorf("constraints %+v hold the name date", ans.Decision.Constraints)
	}
	if !ans.Answered || !strings.Contains(ans.Citations[0].Quote, "originally released in August 2019") {
		t.Errorf("answer %+v, want the release in August 2019 first", ans.Citations)
	}
}

// The noun a which-word asks for is what the answer names, no name of its
// own, though the sources write it capitalised within a name: "which
// company" asks for the Garden Company, not of a "Company".
func TestWhichNounIsNoWrittenName(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		{ID: "shed", Title: "Shed notes", Language: "en", Published: store.Date{Value: "2024"}, Hash: "shed",
			Text: "Last spring the Garden Company built the shed by the pond. Then the Garden Company painted the fence. Owners of the Paint Company came to look."},
		unrelated("sonst", "2019"),
	}, Options{Dictionary: embeddedDictionary})
	ans := ask(t, e, "which company built the shed")
	if slices.ContainsFunc(ans.Decision.Constraints, func(c query.Constraint) bool { return c.Kind == query.Named && c.Key == "company" }) {
		t.Errorf("constraints %+v: the asked noun read as a name", ans.Decision.Constraints)
	}
	wantFirst(t, e, "which company built the shed", "Garden Company built the shed")
}

// An event's edition is named by its region in any of its ways: "KubeCon
// NA" answers for "kubecon north america", "the North American event" for
// "kubecon nordamerika"; the European edition's figure answers nothing of
// the North American one.
func TestRegionEditionNamed(t *testing.T) {
	en := func(id, text string) store.Source {
		return store.Source{ID: id, Title: "Conference notes " + id, Language: "en", Published: store.Date{Value: "2022-11-30"}, Hash: id, Text: text}
	}
	e := newTestEngine(t, []store.Source{
		en("eu", "Our team went to KubeCon Europe 2022 in Valencia. There were 7000 attendees at KubeCon EU this year."),
		en("na", "The booth at KubeCon NA 2022 was busy. The 2022 North American event takes place in Detroit, Michigan."),
		unrelated("sonst", "2019"),
		otherNews("andere", "2020"),
	}, Options{Dictionary: embeddedDictionary})
	wantFirst(t, e, "kubecon eu 2022 number of attendees", "7000 attendees")
	wantFirst(t, e, "kubecon na 2022 number of attendees", "")
	wantFirst(t, e, "where does kubecon north america 2022 take place", "in Detroit")
	citesNone(t, ask(t, e, "where does kubecon north america 2022 take place"), "Valencia")
}
