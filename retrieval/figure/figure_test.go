package figure

import (
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []Number // Start/End checked through the text they cover
		covers     []string
	}{
		{"de", "Rund 2.500 US-Soldaten", []Number{{Value: 2500}}, []string{"2.500"}},
		{"de", "mehr als 5000 Soldaten", []Number{{Value: 5000, Plain4: true}}, []string{"5000"}},
		{"de", "etwa 12 000 UN-Soldaten", []Number{{Value: 12000}}, []string{"12 000"}},
		{"de", "etwa 12\u202f000 UN-Soldaten", []Number{{Value: 12000}}, []string{"12\u202f000"}},
		{"de", "etwa 12\u00a0000 Soldaten", []Number{{Value: 12000}}, []string{"12\u00a0000"}},
		{"de", "1.000.000 Menschen", []Number{{Value: 1000000}}, []string{"1.000.000"}},
		{"en", "2,500 U.S. troops", []Number{{Value: 2500}}, []string{"2,500"}},
		{"en", "some 12,000 troops and 900 more", []Number{{Value: 12000}, {Value: 900}}, []string{"12,000", "900"}},
		{"de", "1,5 Millionen Menschen", []Number{{Value: 1500000}}, []string{"1,5 Millionen"}},
		{"de", "2 Mio. Euro", []Number{{Value: 2000000}}, []string{"2 Mio."}},
		{"en", "1.5 million people", []Number{{Value: 1500000}}, []string{"1.5 million"}},
		// A scale written on to the digits.
		{"en", "a $310k grant", []Number{{Value: 310000}}, []string{"310k"}},
		{"en", "10k downloads", []Number{{Value: 10000}}, []string{"10k"}},
		{"en", "a 4K screen", []Number{{Value: 4}}, []string{"4"}},                    // kelvin, resolution: as written
		{"de", "2.5k Follower", []Number{{Value: 2}, {Value: 5}}, []string{"2", "5"}}, // no stray thousand
		{"en", "a $2.5bn budget", []Number{{Value: 2500000000}}, []string{"2.5bn"}},
		{"de", "2,5k Besucher", []Number{{Value: 2500}}, []string{"2,5k"}},
		{"en", "a 10kg bag and a 5m pole", []Number{{Value: 10}, {Value: 5}}, []string{"10", "5"}},
		{"en", "2.5 k", []Number{{Value: 2}, {Value: 5}}, []string{"2", "5"}},
		{"de", "neunhundert in Syrien", []Number{{Value: 900, Spelled: true}}, []string{"neunhundert"}},
		{"de", "zwölf deutsche Soldaten", []Number{{Value: 12, Spelled: true}}, []string{"zwölf"}},
		{"de", "zweitausendfünfhundert Mann", []Number{{Value: 2500, Spelled: true}}, []string{"zweitausendfünfhundert"}},
		{"de", "einundzwanzig Tage", []Number{{Value: 21, Spelled: true}}, []string{"einundzwanzig"}},
		{"de", "eintausend Fallschirmjäger", []Number{{Value: 1000, Spelled: true}}, []string{"eintausend"}},
		{"de", "einhundertzwanzig Mann", []Number{{Value: 120, Spelled: true}}, []string{"einhundertzwanzig"}},
		{"de", "Hunderte von Truppen", []Number{{Value: 100, Approx: true, Spelled: true}}, []string{"Hunderte"}},
		{"de", "die sechs-malige Grammy-Gewinnerin", []Number{{Value: 6, Spelled: true}}, []string{"sechs"}},
		{"de", "zwei Millionen Menschen", []Number{{Value: 2000000, Spelled: true}}, []string{"zwei Millionen"}},
		{"de", "vor etwa einer Milliarde Jahren", []Number{{Value: 1e9, Spelled: true}}, []string{"einer Milliarde"}},
		{"de", "eine Million Menschen", []Number{{Value: 1e6, Spelled: true}}, []string{"eine Million"}},
		{"en", "a billion years ago", []Number{{Value: 1e9, Spelled: true}}, []string{"a billion"}},
		{"de", "rund ein Dutzend Fischkutter im Hafen", []Number{{Value: 12, Spelled: true}}, []string{"ein Dutzend"}},
		{"de", "zwei Dutzend Fischkutter", []Number{{Value: 24, Spelled: true}}, []string{"zwei Dutzend"}},
		{"de", "ein halbes Dutzend Kutter", nil, nil}, // no article before "Dutzend"
		{"en", "a dozen fishing boats", []Number{{Value: 12, Spelled: true}}, []string{"a dozen"}},
		{"en", "half a dozen fishing boats", []Number{{Value: 6, Spelled: true}}, []string{"half a dozen"}},
		{"en", "three dozen fishing boats", []Number{{Value: 36, Spelled: true}}, []string{"three dozen"}},
		{"en", "a dozenal clock", nil, nil},
		{"en", "3 dozen fishing boats", []Number{{Value: 36}}, []string{"3 dozen"}},
		{"de", "2 Dutzend Kutter", []Number{{Value: 24}}, []string{"2 Dutzend"}},
		{"en", "2,000 dozen eggs", []Number{{Value: 24000}}, []string{"2,000 dozen"}},
		{"en", "one million people", []Number{{Value: 1e6, Spelled: true}}, []string{"one million"}},
		{"en", "two billion dollars", []Number{{Value: 2e9, Spelled: true}}, []string{"two billion"}},
		{"en", "a thousand reasons", nil, nil}, // "a thousand" is a manner of speaking as often as a count
		// German "Billion" is a million millions.
		{"de", "eine Billion Euro", []Number{{Value: 1e12, Spelled: true}}, []string{"eine Billion"}},
		{"de", "2 Billionen Euro", []Number{{Value: 2e12}}, []string{"2 Billionen"}},
		{"en", "2 billion dollars", []Number{{Value: 2e9}}, []string{"2 billion"}},
		{"de", "eine a Million", nil, nil}, // "a" is no German article
		{"en", "two thousand five hundred troops", []Number{{Value: 2500, Spelled: true}}, []string{"two thousand five hundred"}},
		{"en", "twelve soldiers", []Number{{Value: 12, Spelled: true}}, []string{"twelve"}},
		{"en", "twenty-five advisers", []Number{{Value: 25, Spelled: true}}, []string{"twenty-five"}},
		{"en", "one hundred and fifty marines", []Number{{Value: 150, Spelled: true}}, []string{"one hundred and fifty"}},
		{"en", "nine hundred and counting", []Number{{Value: 900, Spelled: true}}, []string{"nine hundred"}},
		{"en", "thousands of troops", []Number{{Value: 1000, Approx: true, Spelled: true}}, []string{"thousands"}},
		{"de", "im Jahr 2019 besiegt", []Number{{Value: 2019, Plain4: true}}, []string{"2019"}},
		// Multiples: how often, not how many.
		{"de", "war dreimal verheiratet", []Number{{Value: 3, Spelled: true, Times: true}}, []string{"dreimal"}},
		{"de", "zwanzigmal so viel", []Number{{Value: 20, Spelled: true, Times: true}}, []string{"zwanzigmal"}},
		{"en", "was married twice", []Number{{Value: 2, Spelled: true, Times: true}}, []string{"twice"}},
		{"de", "es war einmal ein König", nil, nil},
		// Not numbers, or not one number.
		{"de", "eine Mission und ein Einsatz", nil, nil},
		{"de", "Zwölfte Flotte", nil, nil},
		{"de", "Binärpakete für arm64 und i386", nil, nil},
		{"en", "the G7 met", nil, nil},
		{"en", "builds for x86-64 and x86_64", nil, nil},
		{"de", "für i386 2 Pakete", []Number{{Value: 2}}, []string{"2"}},
		{"de", "Version 2-3 Tage", []Number{{Value: 2}, {Value: 3}}, []string{"2", "3"}},
		{"de", "die arm64-Rechner, 3 davon neu", []Number{{Value: 3}}, []string{"3"}},
		{"de", "Seiten 12 345 und 6", []Number{{Value: 12345}, {Value: 6}}, []string{"12 345", "6"}},
		{"de", "die Jahre 2001 2002", []Number{{Value: 2001, Plain4: true}, {Value: 2002, Plain4: true}}, []string{"2001", "2002"}},
		{"de", "am 3.10.2020", []Number{{Value: 3}, {Value: 10}, {Value: 2020, Plain4: true}}, []string{"3", "10", "2020"}},
		{"de", "Version 2,5", []Number{{Value: 2}, {Value: 5}}, []string{"2", "5"}},
		{"en", "2.500 is not English", []Number{{Value: 2}, {Value: 500}}, []string{"2", "500"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := Read(tt.text, tt.lang)
			if len(got) != len(tt.want) {
				t.Fatalf("Read = %+v, want %d numbers", got, len(tt.want))
			}
			for i, g := range got {
				w := tt.want[i]
				if g.Value != w.Value || g.Approx != w.Approx || g.Spelled != w.Spelled || g.Plain4 != w.Plain4 {
					t.Errorf("number %d = %+v, want %+v", i, g, w)
				}
				if cov := tt.text[g.Start:g.End]; cov != tt.covers[i] {
					t.Errorf("number %d covers %q, want %q", i, cov, tt.covers[i])
				}
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"Rund 2.500 US-Soldaten", "12 000", "1,5 Millionen", "two thousand and", "einundzwanzig", "9999999999999999999 1.2.3"} {
		f.Add(s, "de")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		last := 0
		for _, n := range Read(text, lang) {
			if n.Start < last || n.End <= n.Start || n.End > len(text) {
				t.Fatalf("number %+v out of order or outside the text (%d bytes, last end %d)", n, len(text), last)
			}
			if n.Value < 0 {
				t.Fatalf("negative value %+v", n)
			}
			last = n.End
		}
	})
}

func TestMagnitudeWritesWhatReadReads(t *testing.T) {
	for _, tt := range []struct {
		lang, text, want string
	}{
		{"de", "Hunderte von Truppen", "Hunderte"}, {"de", "Tausende Demonstranten", "Tausende"},
		{"en", "thousands of troops", "thousands"}, {"en", "dozens of advisers", "dozens"},
	} {
		n := Read(tt.text, tt.lang)
		if len(n) != 1 || !n[0].Approx {
			t.Fatalf("Read(%q) = %+v", tt.text, n)
		}
		if got := Magnitude(n[0].Value, tt.lang); got != tt.want {
			t.Errorf("Magnitude(%d, %s) = %q, want %q", n[0].Value, tt.lang, got, tt.want)
		}
	}
	if got := Magnitude(2500, "de"); got != "" {
		t.Errorf("Magnitude(2500) = %q, want none", got)
	}
}

// A scale multiplies; one that would overflow, or none, is not read.
func TestScaled(t *testing.T) {
	for _, c := range []struct {
		value float64
		scale int64
		want  int64
		ok    bool
	}{
		{1.5, 1e6, 1_500_000, true},
		{2, 1e9, 2_000_000_000, true},
		{7, 0, 0, false},
		{1e10, 1e12, 0, false},
	} {
		if got, ok := scaled(c.value, c.scale); got != c.want || ok != c.ok {
			t.Errorf("scaled(%v, %d) = %d, %v; want %d, %v", c.value, c.scale, got, ok, c.want, c.ok)
		}
	}
}

func TestIsScale(t *testing.T) {
	for _, c := range []struct {
		w, lang string
		want    bool
	}{
		{"Millionen", "de", true}, {"million", "en", true}, {"Mrd", "de", true}, {"billion", "en", true},
		{"Prozent", "de", false}, {"packages", "en", false}, {"", "en", false},
	} {
		if got := IsScale(c.w, c.lang); got != c.want {
			t.Errorf("IsScale(%q, %s) = %v, want %v", c.w, c.lang, got, c.want)
		}
	}
}

func TestReference(t *testing.T) {
	for _, c := range []struct {
		text, number string
		want         bool
	}{
		{"siehe Abschnitt 4.2 unten", "4.2", true},
		{"nach § 3 gilt", "3", true},
		{"nach §3 gilt", "3", true},
		{"Sie gilt nach §§ 3 und 4 auch für Berufssoldaten.", "4", true}, // a list of sections
		{"nach §§ 23, 24 und 66 des Gesetzes", "66", true},
		{"Absatz 1 Satz 1 Nummer 1 bis 3", "3", true},
		{"see issue #123456", "123456", true},
		{"Section 3 and 4 apply", "4", true},
		{"Im Irak sind 5.000 Soldaten.", "5.000", false},
		{"3 und 4 Soldaten", "4", false},                       // a list of counts
		{"zum Teil 300 Soldaten", "300", false},                // "Teil" stands before counts too
		{"auf beiden Seiten 4.000 Sitzplätze", "4.000", false}, //
		{"in 2 bis 3 Wochen", "3", false},
		{"2. die oberste religiöse Dienstaufsicht über die Militärrabbiner", "2", true}, // an item's label
		{"(1) Die Teilzeitbeschäftigung kann verteilt werden.", "1", true},
		{"1) Anträge sind schriftlich zu stellen.", "1", true},
		{"nach Satz (2) gilt", "2", true},
		{"2.500 Soldaten sind im Irak.", "2.500", false}, // a count that opens the text
		{"10 Soldaten kamen an.", "10", false},
		{"(5.000 Soldaten)", "5.000", false},
		{"Under Section 1206, 3,000 U.S. troops are stationed in Iraq.", "3,000", false}, // a comma after one section
		{"Nach Abschnitt 4, 500 deutsche Soldaten sind in Litauen.", "500", false},
		{"nach §§ 23, 24 des Gesetzes", "24", true},
		{"laut „Nummer 3", "3", true},
		{"siehe Abschnitt 4", "4", true},
		{"(1.100)", "1.100", false},
		{"(800)", "800", false},
	} {
		at := strings.LastIndex(c.text, c.number)
		if got := Reference(c.text, at); got != c.want {
			t.Errorf("Reference(%q at %q) = %v, want %v", c.text, c.number, got, c.want)
		}
	}
}
