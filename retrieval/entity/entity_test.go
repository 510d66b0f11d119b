package entity

import (
	"strings"
	"testing"

	"github.com/quellen/quellen/retrieval/names"
)

func recognizer(t testing.TB) *Recognizer {
	t.Helper()
	tab, err := names.New()
	if err != nil {
		t.Fatal(err)
	}
	return New(tab)
}

// show writes mentions as "text=KEY" with flags a(djective), f(orce), c(ity).
func show(text string, ms []Mention) string {
	var parts []string
	for _, m := range ms {
		s := text[m.Start:m.End] + "=" + m.Key
		if m.Adjective {
			s += "/a"
		}
		if m.Force {
			s += "/f"
		}
		if m.City {
			s += "/c"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestMentions(t *testing.T) {
	r := recognizer(t)
	tests := []struct{ lang, text, want string }{
		{"de", "Rund 2.500 US-Soldaten im Irak und neunhundert in Syrien", "US=US/a Irak=IQ Syrien=SY"},
		{"de", "die im Irak stationierten amerikanischen Truppen", "Irak=IQ amerikanischen=US/a"},
		{"de", "Die Vereinigten Staaten haben 2.500 Truppen im Irak", "Vereinigten Staaten=US Irak=IQ"},
		{"de", "etwa 1000 deutsche Soldatinnen der Bundeswehr", "deutsche=DE/a Bundeswehr=DE/f"},
		{"de", "rund 300 Bundeswehrsoldaten in Litauen", "Bundeswehr=DE/a/f Litauen=LT"},
		{"de", "etwa 12 000 UN-Soldaten im Libanon", "UN=UN/a/f Libanon=LB"},
		{"de", "Blauhelme der Vereinten Nationen", "Blauhelme=UN/f Vereinten Nationen=UN/f"},
		{"de", "die NATO-Staaten und die EU", "NATO=NATO/a/f EU=EU/f"},
		// The jihadist group by each of its names; "is" is no name of it.
		{"de", "Kämpfer des IS, des Islamischen Staates, von Daesh", "IS=ISIS/f Islamischen Staates=ISIS/f Daesh=ISIS/f"},
		{"de", "Der Islamische Staat, nicht irgendein islamischer Staat", "Islamische Staat=ISIS/f"},
		{"en", "THIS IS THE LARGEST, said the IS", "IS=ISIS/f"},              // capitals beside it: a shout, not a name
		{"de", "Die Türkei bekämpft PKK, IS und YPG", "Türkei=TR IS=ISIS/f"}, // a comma between: names
		{"en", "Iran is an Islamic state, the Islamic State a group", "Iran=IR Islamic State=ISIS/f"},
		{"en", "ISIL fighters, the Islamic State: what is ISIS", "ISIL=ISIS/f Islamic State=ISIS/f ISIS=ISIS/f"},
		{"de", "ein Treffen in Bagdad", "Bagdad=IQ:Baghdad/c"},
		{"en", "2,500 U.S. troops in Iraq and 900 in Syria", "U.S.=US Iraq=IQ Syria=SY"},
		{"en", "Italian and British soldiers", "Italian=IT/a British=GB/a"},
		{"en", "United Nations peacekeepers", "United Nations=UN/f"},
		{"de", "Truppen in Südvietnam und im Nordirak", "Südvietnam=VN Nordirak=IQ"},
		// America with a direction is a continent: no US.
		{"de", "Spiegel in Südamerika, Mittel-Amerika und Amerika", "Amerika=US"},
		{"en", "troops in South America, Latin America and America", "America=US"},
		{"en", "Latin American leaders, North\nAmerican markets, American troops", "American=US/a"},
		{"de", "in Südamerikas Staaten und Amerikas Städten", "Amerikas=US"},
		{"en", "the Bank of America in Middle America", "America=US America=US"},
		{"de", "Seoul liegt in Südkorea", "Seoul=KR:Seoul/c Südkorea=KR"},
		{"de", "auf der Pariser Ausstellung und im Berliner Senat", "Pariser=FR:Paris/a/c Berliner=DE:Berlin/a/c"},
		// A language's speakers say whose, as its nationality does; a word
		// that only holds "sprachig" says nothing.
		{"de", "gnome-de für Deutschsprachige und französischsprachige Leute, keine Vielsprachigkeit", "Deutschsprachige=DE/a französischsprachige=FR/a"},
		{"de", "Ein Bauer aß einen Hamster", ""}, // no city before "er"
		// A place after "New" or "Neu" is another place, unless the
		// gazetteer knows the whole name.
		{"de", "in New Jersey und New York geteilt", "New York=US:New York/c"},
		{"de", "Neu-Mexiko, nicht Mexiko", "Mexiko=MX"},
		{"en", "Nieuw Nederland and the Netherlands", "Netherlands=NL"},
		{"en", "Trump sends new US troops to Iraq", "US=US Iraq=IQ"}, // the adjective "new"
		{"en", "the new Iraqi government", "Iraqi=IQ/a"},
		// Names news uses beside CLDR's (internal/mkdata's extraNames, extraPeople).
		{"de", "birmanische Truppen verteidigten Birma", "birmanische=MM/a Birma=MM"},
		{"en", "the Yanks stayed", "Yanks=US"},
		{"en", "2,500 GIs in Iraq", "GIs=US Iraq=IQ"},
		// Peoples and confessions as parties: whose, by adjective or noun;
		// their land is none of them.
		{"de", "kurdische Kräfte und die Kurden in Kurdistan", "kurdische=KURD/a/f Kurden=KURD/f"},
		{"en", "Shiite militias and Sunni parties", "Shiite=SHIA/a/f Sunni=SUNNI/a/f"},
		{"de", "schiitischen Politikern und drusische Dörfer", "schiitischen=SHIA/a/f drusische=DRUZE/a/f"},
		{"de", "der Kurdirektor, die Alan Kurdi und Drusen im Gestein", ""},
		{"de", "die Vereinten Nationen", "Vereinten Nationen=UN/f"},
		// The EU by its name, as by its initials.
		{"de", "Staaten der Europäischen Union", "Europäischen Union=EU/f"},
		{"en", "the European Union's members", "European Union=EU/f"},
		{"de", "in Europäischer Union", "Europäischer Union=EU/f"},
		{"en", "the Western European Union and European countries", ""}, // another union; the continent
		{"de", "Truppen aus europäischen Ländern", ""},
		{"en", "They blamed the West. EU ministers met", "EU=EU/f"},
		// Not forces.
		{"de", "eine neue Bundesstraße und ein Eurofighter", ""},
		{"en", "the un-armed men and the eu", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := show(tt.text, r.Mentions(tt.text, tt.lang)); got != tt.want {
				t.Errorf("Mentions = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestQuestionMentionsReadLowerCase(t *testing.T) {
	r := recognizer(t)
	text := "truppen irak syrien"
	if got, want := show(text, r.QuestionMentions(text, "de")), "irak=IQ syrien=SY"; got != want {
		t.Errorf("QuestionMentions = %q, want %q", got, want)
	}
	if got := show(text, r.Mentions(text, "de")); got != "" {
		t.Errorf("Mentions of running text = %q, want none: lower-case words are no names there", got)
	}
}

// A name whose parts a hyphen joins is read whole in a lower-case
// question; a name inside another word is not read.
func TestQuestionMentionsReadHyphenatedNames(t *testing.T) {
	r := recognizer(t)
	for _, tt := range []struct{ lang, text, want string }{
		{"de", "welche inseln liegen vor französisch-guayana", "französisch-guayana=GF"},
		{"en", "who did the attacks by pro-iranian groups target", ""},
	} {
		if got := show(tt.text, r.QuestionMentions(tt.text, tt.lang)); got != tt.want {
			t.Errorf("QuestionMentions(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestQuestionMentionsReadAbbreviations(t *testing.T) {
	r := recognizer(t)
	for _, tt := range []struct{ lang, text, want string }{
		{"de", "wann erklärten die usa bulgarien den krieg", "usa=US bulgarien=BG"},
		{"de", "wann hat der us-verteidigungsminister die zweite phase erklärt", "us=US/a"},
		{"de", "wie viele kommissare hat die eu-kommission", "eu=EU/a/f"},
		{"de", "us truppen irak", "us=US irak=IQ"},
		// English "us" and "is" are words; joined by a hyphen they are not.
		{"en", "tell us what is happening in iraq", "iraq=IQ"},
		{"en", "where are the us-led forces", "us=US/a"},
	} {
		if got := show(tt.text, r.QuestionMentions(tt.text, tt.lang)); got != tt.want {
			t.Errorf("QuestionMentions(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestWithin(t *testing.T) {
	for _, tt := range []struct {
		key, constraint string
		want            bool
	}{
		{"IQ", "IQ", true}, {"IQ:Baghdad", "IQ", true}, {"IQ", "IQ:Baghdad", false}, {"SY", "IQ", false}, {"UN", "US", false},
	} {
		if got := Within(tt.key, tt.constraint); got != tt.want {
			t.Errorf("Within(%q, %q) = %v, want %v", tt.key, tt.constraint, got, tt.want)
		}
	}
}

func FuzzMentions(f *testing.F) {
	r := recognizer(f)
	for _, s := range []string{"US-Soldaten im Irak", "u.n. troops", "Bundeswehr-", "UN-", "Vereinten Nationen", "New Jersey", "Neu-", " New", "Grünew Jersey",
		"Kurdistan", "kurdischen", "Vereinte Nationenistan"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, fn := range []func(string, string) []Mention{r.Mentions, r.QuestionMentions} {
			last := 0
			for _, m := range fn(text, "de") {
				if m.Start < last || m.End <= m.Start || m.End > len(text) || m.Key == "" {
					t.Fatalf("bad mention %+v in %q", m, text)
				}
				last = m.End
			}
		}
	})
}

// A short word typed for another ("is" for "ist") is the IS only after
// an article.
func TestQuestionMentionsReadIsAfterAnArticle(t *testing.T) {
	r := recognizer(t)
	for _, tt := range []struct{ text, want string }{
		{"woran is er gestorben", ""},
		{"wie stark ist der is noch", "is=ISIS/f"},
		{"kämpft die armee gegen den is", "is=ISIS/f"},
		{"wie viele kämpfen gegen is", "is=ISIS/f"},
		{"weißt du was das is", ""},
	} {
		if got := show(tt.text, r.QuestionMentions(tt.text, "de")); got != tt.want {
			t.Errorf("QuestionMentions(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A proper name found only by capitalising a question's words names the
// group only in a question typed in lower case, and not after "ein".
func TestQuestionMentionsReadProperNamesAsTyped(t *testing.T) {
	r := recognizer(t)
	for _, tt := range []struct{ lang, text, want string }{
		{"de", "Ist der Iran ein islamischer Staat?", "Iran=IR"},
		{"de", "ist der iran ein islamischer staat", "iran=IR"},
		{"de", "wie viele kämpfer hat der islamische staat", "islamische staat=ISIS/f"},
		{"en", "How strong is the Islamic State?", "Islamic State=ISIS/f"},
	} {
		if got := show(tt.text, r.QuestionMentions(tt.text, tt.lang)); got != tt.want {
			t.Errorf("QuestionMentions(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
