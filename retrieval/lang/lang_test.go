package lang

import (
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		text string
		want Lang
	}{
		{"Who leads the coalition?", English},
		{"Wer führt die Koalition?", German},
		{"Wie viele US-Soldaten sind im Irak?", German},
		{"How many US soldiers are in Iraq?", English},
		{"How many U.S. soldiers are in Iraq?", English},
		{"Was hat Merkel zum Brexit gesagt?", German},
		{"What did Merkel say about Brexit?", English},
		{"Wann wurde der Vertrag unterzeichnet?", German},
		{"When was the treaty signed?", English},
		{"Welche Partei gewann die Wahl 2021?", German},
		{"Which party won the 2021 election?", English},
		{"Wer ist Olaf Scholz?", German},
		{"Who is Olaf Scholz?", English},
		{"Warum?", German},
		{"Why?", English},
		{"Gibt es neue Zahlen zur Inflation?", German},
		{"Are there new inflation figures?", English},
		{"Was ist die Hauptstadt?", German},
		{"was it the capital?", English},
		{"Krieg in der Ukraine", German},
		{"war in Ukraine", Unknown},
		{"Müller Straße", German}, // letters only
		{"Did Müller resign?", English},
		// Chat spellings without an apostrophe.
		{"whats merkels plan", English},
		{"r u in irak", English},             // chat's "r u" for "are you"
		{"abzug der truppen u nato", German}, // German chat's "u" for "und"
		{"wheres merkel", English},
		{"whos leading isis", English},
		{"gibts neue zahlen", German},
		// Mixed: the sentence's frame decides.
		{"Was hat Merkel about the coalition gesagt und warum?", German},
		{"What did the Bundesregierung say about the Koalition?", English},
		{"Why did the Ampel-Koalition fail?", English},
		{"What is the position of Die Linke on Russia?", English},
		{"Wer ist der CEO von Apple?", German},
		// Other languages.
		{"Qui dirige la coalition ?", Other},
		{"¿Quién es el presidente de Alemania?", Other},
		{"Chi è il presidente della Germania?", Other},
		{"Wie is de voorzitter van de coalitie?", Other},
		{"Кто возглавляет коалицию?", Other},
		{"谁领导联盟？", Other},
		// No evidence.
		{"Merkel?", Unknown},
		{"Koalition Merkel", Unknown},
		{"NATO EU UN", Unknown},
		{"", Unknown},
		{"2021 !!! ...", Unknown},
	}
	for _, tt := range tests {
		if got := Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLangString(t *testing.T) {
	for l, want := range map[Lang]string{Unknown: "unknown", German: "German", English: "English", Other: "other", Lang(42): "unknown"} {
		if got := l.String(); got != want {
			t.Errorf("Lang(%d).String() = %q, want %q", int(l), got, want)
		}
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"Who leads the coalition?", "Wer führt die Koalition?", "don’t", "a’", strings.Repeat("ß", 40), "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if l := Detect(text); l < Unknown || l > Other {
			t.Errorf("Detect(%q) = %d", text, l)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	for b.Loop() {
		Detect("Wie viele US-Soldaten sind im Irak stationiert?")
	}
}

// Measure weighs each language's evidence as Detect decides by it.
func TestMeasure(t *testing.T) {
	for _, c := range []struct {
		text            string
		german, english bool // which language's evidence outweighs the other's
	}{
		{"The mirrors were shut down because nobody maintained them.", false, true},
		{"Die Spiegel wurden abgeschaltet, weil sie niemand pflegte.", true, false},
		{"Linux 6.1", false, false},
	} {
		e := Measure(c.text)
		if got := e.German > e.English; got != c.german {
			t.Errorf("Measure(%q) = %+v: German ahead %v, want %v", c.text, e, got, c.german)
		}
		if got := e.English > e.German; got != c.english {
			t.Errorf("Measure(%q) = %+v: English ahead %v, want %v", c.text, e, got, c.english)
		}
	}
}
