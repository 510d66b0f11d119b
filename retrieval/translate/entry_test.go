package translate

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseEntry(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Entry
	}{
		{
			name: "noun with label and reference",
			text: "prime minister /pɹˈaɪm mˈɪnɪstə/\nMinisterpräsident <masc> [pol.]\n see: {prime ministers}\n",
			want: Entry{Headword: "prime minister", Translations: []Translation{{"Ministerpräsident", []string{"pol."}}}, References: 1},
		},
		{
			name: "abbreviation variant",
			text: "Prime Minister /pɹˈaɪm mˈɪnɪstə/ (PM /pˌiːˈɛm/)\nPremierminister <masc>, Premierministerin <fem> [pol.]\n",
			want: Entry{Headword: "Prime Minister", Variants: []string{"PM"}, Translations: []Translation{{"Premierminister", nil}, {"Premierministerin", []string{"pol."}}}},
		},
		{
			name: "inflected forms as variants, examples counted",
			text: "be /bˈiː/ (was /wˈɒz/ <>, were /wˈɜː/ <>, been /bˈiːn/ <>) <v>\nsein <v, intr>\n      \"I have been\"  - ich bin gewesen\n      \"be!\"  - sei!\n see: {being}, {been}\n",
			want: Entry{Headword: "be", Variants: []string{"was", "were", "been"}, Translations: []Translation{{"sein", nil}}, Examples: 2, References: 2},
		},
		{
			name: "leading label, notes and synonyms",
			text: "lead /lˈiːd/\n [Br.] Leine <fem>\n         Note: zum Führen eines Tieres\n   Synonym: {leash}\n\n see: {leads}, {leashes}\n",
			want: Entry{Headword: "lead", Translations: []Translation{{"Leine", []string{"Br."}}}, References: 3},
		},
		{
			name: "symbol after the label is dropped",
			text: "lead /lˈiːd/\nBlei <neut> [chem.] Pb,  /pˌiːbˈiː/\n",
			want: Entry{Headword: "lead", Translations: []Translation{{"Blei", []string{"chem."}}}},
		},
		{
			name: "placeholders, optional words and alternatives",
			text: "overhaul sth. /ˌəʊvəhˈɔːl/\netw. generalüberholen, wieder (vollständig) instandsetzen <v, trans> [techn.]\n",
			want: Entry{Headword: "overhaul sth.", Translations: []Translation{{"generalüberholen", nil}, {"wieder instandsetzen", []string{"techn."}}}},
		},
		{
			name: "einer Sache and slashes",
			text: "pre-empt sb./sth. /pɹˈiː ˈɛmpt/\njdm./einer Sache zuvorkommen <v, intr>\n",
			want: Entry{Headword: "pre-empt sb./sth.", Translations: []Translation{{"zuvorkommen", nil}}},
		},
		{
			name: "one-letter endings and prefix ellipsis",
			text: "main /mˈeɪn/ <adj>\nwichtigste/r/s, Haupt… <adj>\n",
			want: Entry{Headword: "main", Translations: []Translation{{"wichtigste", nil}, {"Haupt", nil}}},
		},
		{
			name: "abbreviations glued to the translation",
			text: "hour /ˈaʊə/\nStunde <fem>Std.,  /ˈʃtʊ/ , Uhr, ZeitZt.,  /tsˈɛt/ , eigentlicheigtl.,  /ˈaɪɡ/\n",
			want: Entry{Headword: "hour", Translations: []Translation{{"Stunde", nil}, {"Uhr", nil}, {"Zeit", nil}, {"eigentlich", nil}}},
		},
		{
			name: "several labels",
			text: "soldier /sˈəʊldʒə/\nSoldat <masc>, Kriegsknecht <masc> [obs.]  [mil.]\n",
			want: Entry{Headword: "soldier", Translations: []Translation{{"Soldat", nil}, {"Kriegsknecht", []string{"obs.", "mil."}}}},
		},
		{
			name: "no pronunciation",
			text: "Iraq <n>\nIrak <masc> [geogr.] IQ\n",
			want: Entry{Headword: "Iraq", Translations: []Translation{{"Irak", []string{"geogr."}}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseEntry(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if got.Headword != tt.want.Headword || !slices.Equal(got.Variants, tt.want.Variants) ||
				got.Examples != tt.want.Examples || got.References != tt.want.References {
				t.Errorf("parseEntry = %+v\nwant %+v", got, tt.want)
			}
			if !slices.EqualFunc(got.Translations, tt.want.Translations, func(a, b Translation) bool {
				return a.Text == b.Text && slices.Equal(a.Labels, b.Labels)
			}) {
				t.Errorf("translations = %q\nwant %q", got.Translations, tt.want.Translations)
			}
		})
	}
}

func TestParseEntryErrors(t *testing.T) {
	for _, text := range []string{"", "\n\n", "headword only\n", "word /wˈɜːd/\n<masc> [pol.]\n", " /ipa/\nWort\n"} {
		if e, err := parseEntry(text); err == nil {
			t.Errorf("parseEntry(%q) = %+v, want an error", text, e)
		}
	}
}

func FuzzParseEntry(f *testing.F) {
	for _, a := range fixtureArticles {
		f.Add(a.text)
	}
	f.Add("x /a/ (b /c/ <d>, e) <f>\n[g] h <i>, j [k] l,  /m/ , (n) o… p/q/r {s}\n  \"t\" - u\n see: {v}\n")
	f.Add("x\n[[[(((<<<{{{\n")
	f.Add("x\n]]]>>>)))}}}, [a, /b\n")
	f.Fuzz(func(t *testing.T, text string) {
		e, err := parseEntry(text)
		if err != nil {
			return
		}
		if e.Headword == "" || len(e.Translations) == 0 {
			t.Errorf("parseEntry(%q) = %+v without error", text, e)
		}
		for _, tr := range e.Translations {
			if tr.Text == "" || tr.Text != strings.TrimSpace(tr.Text) || strings.Contains(tr.Text, "  ") {
				t.Errorf("parseEntry(%q): translation %q not trimmed to single spaces", text, tr.Text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(tr.Text) {
				t.Errorf("parseEntry(%q): translation %q is not valid UTF-8", text, tr.Text)
			}
		}
	})
}
