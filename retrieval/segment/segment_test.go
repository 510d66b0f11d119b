package segment

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// describe renders segments as "S:text", "H:text", "D:text" or "C:text" (for
// sentence, heading, dateline, credit), for comparison with a table.
func describe(text string, segs []Segment) []string {
	out := make([]string, len(segs))
	for i, s := range segs {
		out[i] = strings.ToUpper(s.Kind.String()[:1]) + ":" + text[s.Start:s.End]
	}
	return out
}

type splitCase struct {
	name string
	text string
	want []string
}

var splitCases = []splitCase{
	// Nothing to split.
	{"empty", "", nil},
	{"white space only", " \t\r\n\u00a0\n", nil},

	// Sentence ends.
	{"period", "Die USA ziehen ab. Der Irak bleibt.", []string{"S:Die USA ziehen ab.", "S:Der Irak bleibt."}},
	{"question and exclamation", "Wer zieht ab? Die USA! So ist es.", []string{"S:Wer zieht ab?", "S:Die USA!", "S:So ist es."}},
	{"ellipsis character", "Er zögerte … Dann sprach er.", []string{"S:Er zögerte …", "S:Dann sprach er."}},
	{"three periods", "Er zögerte... Dann sprach er.", []string{"S:Er zögerte...", "S:Dann sprach er."}},
	{"omission in brackets", "Er sagte, [...] Berlin sei schön.", []string{"S:Er sagte, [...] Berlin sei schön."}},
	{"lower case after period", "Das ist Version 2 von iOS. iPhones laufen damit.", []string{"S:Das ist Version 2 von iOS. iPhones laufen damit."}},
	{"no space after period", "Das Ende.Die Fortsetzung folgt.", []string{"S:Das Ende.Die Fortsetzung folgt."}},
	{"marks inside an aside", "In 2016 CC moved to Slack (We're on Slack! Join us!). Then it grew.", []string{"S:In 2016 CC moved to Slack (We're on Slack! Join us!).", "S:Then it grew."}},
	{"aside shut by its mark", "Es gab Streit. (Siehe unten.) Dann kam die Einigung.", []string{"S:Es gab Streit.", "S:(Siehe unten.)", "S:Dann kam die Einigung."}},
	{"bracket left open", "Er kam (spät. Dann ging er. Und so weiter.", []string{"S:Er kam (spät.", "S:Dann ging er.", "S:Und so weiter."}},
	{"smileys are no brackets", "Verloren :( Morgen geht es weiter. Bis dann :)", []string{"S:Verloren :( Morgen geht es weiter.", "S:Bis dann :)"}},
	{"no-break space after period", "Es gebe noch nicht so viele wie zuvor.\u00a0Der Beamte sagte das.", []string{"S:Es gebe noch nicht so viele wie zuvor.", "S:Der Beamte sagte das."}},
	{"digit starts sentence", "Die Truppen zogen nach Syrien. 8.000 Soldaten blieben.", []string{"S:Die Truppen zogen nach Syrien.", "S:8.000 Soldaten blieben."}},
	{"footnote mark", "Das ist bekannt.[1] Die Forscher sind sich einig.", []string{"S:Das ist bekannt.[1]", "S:Die Forscher sind sich einig."}},
	{"footnote note", "Das gilt als sicher.[Literaturangabe benötigt] Die Lage ist klar.", []string{"S:Das gilt als sicher.[Literaturangabe benötigt]", "S:Die Lage ist klar."}},
	{"non-Latin script starts sentence", "Er schrieb es auf. 中文 ist schwer.", []string{"S:Er schrieb es auf.", "S:中文 ist schwer."}},

	// Quotes and brackets.
	{"German quotes", "Er sagte: „Wir kommen.“ Dann ging er.", []string{"S:Er sagte: „Wir kommen.“", "S:Dann ging er."}},
	{"guillemets continue", "»Wer ist da?« fragte er. Niemand antwortete.", []string{"S:»Wer ist da?« fragte er.", "S:Niemand antwortete."}},
	{"guillemets end", "Sie sagte: »Nein.« Dann schwieg sie.", []string{"S:Sie sagte: »Nein.«", "S:Dann schwieg sie."}},
	{"straight quotes", `Die USA wollen "in den kommenden Monaten" reduzieren. Das geht aus einer Erklärung hervor.`, []string{`S:Die USA wollen "in den kommenden Monaten" reduzieren.`, "S:Das geht aus einer Erklärung hervor."}},
	{"English quotes", `He said "No." Then he left.`, []string{`S:He said "No."`, "S:Then he left."}},
	{"period after closing quote", "Es geht um „das Ende der Präsenz“. „Die zweite Phase“ folgt.", []string{"S:Es geht um „das Ende der Präsenz“.", "S:„Die zweite Phase“ folgt."}},
	{"sentence opens with quote", "Er ging aus dem Land. »Bei dem Treffen« war das Thema.", []string{"S:Er ging aus dem Land.", "S:»Bei dem Treffen« war das Thema."}},
	{"closing bracket", "Sie kämpfen gegen den IS (Islamischer Staat.) Die Lage ist ernst.", []string{"S:Sie kämpfen gegen den IS (Islamischer Staat.)", "S:Die Lage ist ernst."}},
	{"corpus quirk: quote glued to next word", "Der Einsatz wird beendet „spätestens bis Ende September 2025“kündigten Washington und Bagdad am Freitag, 27. September, an. Die Ankündigung folgt.",
		[]string{"S:Der Einsatz wird beendet „spätestens bis Ende September 2025“kündigten Washington und Bagdad am Freitag, 27. September, an.", "S:Die Ankündigung folgt."}},
	{"title with year in brackets", "Sowohl in „Fürchtet sie!“ (2006) als auch später trat er auf.", []string{"S:Sowohl in „Fürchtet sie!“ (2006) als auch später trat er auf."}},

	// Ordinals, dates and numbers.
	{"day and month", "Die USA griffen am 3. Januar an. Das war ein Schock.", []string{"S:Die USA griffen am 3. Januar an.", "S:Das war ein Schock."}},
	{"numeric date", "Am 12.06.2020 wurde die Erklärung veröffentlicht. Sie kam spät.", []string{"S:Am 12.06.2020 wurde die Erklärung veröffentlicht.", "S:Sie kam spät."}},
	{"date with weekday", "Sie kündigten am Freitag, 27. September, an. Dann reisten sie ab.", []string{"S:Sie kündigten am Freitag, 27. September, an.", "S:Dann reisten sie ab."}},
	{"century", "Das Ende des 20. Jahrhunderts brachte Kriege. Heute ist es anders.", []string{"S:Das Ende des 20. Jahrhunderts brachte Kriege.", "S:Heute ist es anders."}},
	{"club name", "Der 1. FC Köln gewann. Die Fans jubelten.", []string{"S:Der 1. FC Köln gewann.", "S:Die Fans jubelten."}},
	{"ordinal after determiner", "Er war der 1000. Besucher. Alle klatschten.", []string{"S:Er war der 1000. Besucher.", "S:Alle klatschten."}},
	{"day range", "Die Schlösser wurden vom 17./18. Juli an geplündert.", []string{"S:Die Schlösser wurden vom 17./18. Juli an geplündert."}},
	{"day range with a hyphen", "Die Konferenz in Brest (14.-19. Juli 2025) beginnt. Sie endet spät.", []string{"S:Die Konferenz in Brest (14.-19. Juli 2025) beginnt.", "S:Sie endet spät."}},
	{"day range opening a sentence", "Vom 3.-5. Oktober tagten sie. Dann nicht mehr.", []string{"S:Vom 3.-5. Oktober tagten sie.", "S:Dann nicht mehr."}},
	{"ordinal before noun", "Die 3. US-Infanteriedivision rückte vor. Sie kam weit.", []string{"S:Die 3. US-Infanteriedivision rückte vor.", "S:Sie kam weit."}},
	{"list number", "1. Die Regierung tritt zurück.", []string{"S:1. Die Regierung tritt zurück."}},
	{"date labelling a timeline entry", "März 2019. Die Kommission tagte zum ersten Mal. Sie beriet lange.",
		[]string{"S:März 2019. Die Kommission tagte zum ersten Mal.", "S:Sie beriet lange."}},
	{"day and month labelling an entry", "May 11, 2020. The working group met for the first time.", []string{"S:May 11, 2020. The working group met for the first time."}},
	{"German day labelling an entry", "3. März 2020. Die Kommission tagte.", []string{"S:3. März 2020. Die Kommission tagte."}},
	{"a date inside the block ends its sentence", "Die Mission endete im März 2019. Die Soldaten kehrten heim.",
		[]string{"S:Die Mission endete im März 2019.", "S:Die Soldaten kehrten heim."}},
	{"number then sentence opener", "Er wurde 85. Sein Sohn übernahm die Firma.", []string{"S:Er wurde 85.", "S:Sein Sohn übernahm die Firma."}},
	{"year ends sentence", "Die Mission begann 2014. Zahlreiche Soldaten kamen.", []string{"S:Die Mission begann 2014.", "S:Zahlreiche Soldaten kamen."}},
	{"full date ends sentence", "Das Treffen war am 12.06.2020. Die Minister reisten ab.", []string{"S:Das Treffen war am 12.06.2020.", "S:Die Minister reisten ab."}},
	{"count ends sentence", "Die Zahl lag bei 2.000. Überreste wurden gefunden.", []string{"S:Die Zahl lag bei 2.000.", "S:Überreste wurden gefunden."}},
	{"English number ends sentence", "Denver scored 24. Carolina answered with a field goal.", []string{"S:Denver scored 24.", "S:Carolina answered with a field goal."}},
	{"number in a name", "Die Luftwaffe kaufte die F-16. Neue Jets folgen.", []string{"S:Die Luftwaffe kaufte die F-16.", "S:Neue Jets folgen."}},
	{"decimal number", "Die Wirtschaft wuchs um 3.5 Prozent. Das ist viel.", []string{"S:Die Wirtschaft wuchs um 3.5 Prozent.", "S:Das ist viel."}},
	{"thousands", "Rund 2.500 US-Soldaten sind im Irak. Sie beraten.", []string{"S:Rund 2.500 US-Soldaten sind im Irak.", "S:Sie beraten."}},

	// Abbreviations that end a sentence only before a sentence opener.
	{"usw. before opener", "Er kaufte Äpfel, Birnen usw. Danach ging er.", []string{"S:Er kaufte Äpfel, Birnen usw.", "S:Danach ging er."}},
	{"v. Chr. before opener", "Caesar starb 44 v. Chr. Die Republik zerfiel.", []string{"S:Caesar starb 44 v. Chr.", "S:Die Republik zerfiel."}},
	{"v. Chr. before noun", "Um 500 v. Chr. Griechische Kolonisten kamen an.", []string{"S:Um 500 v. Chr. Griechische Kolonisten kamen an."}},
	{"U.S. before opener", "He moved to the U.S. The family followed.", []string{"S:He moved to the U.S.", "S:The family followed."}},
	{"initial before opener", "Er nahm Vitamin C. Die Erkältung blieb.", []string{"S:Er nahm Vitamin C.", "S:Die Erkältung blieb."}},
	{"unit", "Es verbraucht 4 kg (8.8 lb.) Dampf pro Stunde.", []string{"S:Es verbraucht 4 kg (8.8 lb.) Dampf pro Stunde."}},
	{"unit glued to slash", "Die Leitung schafft 100 Gbit/s. In October it was upgraded.", []string{"S:Die Leitung schafft 100 Gbit/s.", "S:In October it was upgraded."}},

	// Initials.
	{"middle initial", "John F. Kennedy was shot. Then the nation mourned.", []string{"S:John F. Kennedy was shot.", "S:Then the nation mourned."}},
	{"bracketed sentence after an abbreviation", "We fixed bugs in YaST, zypper, etc. (See the changelog for the full list.) The next release follows.", []string{"S:We fixed bugs in YaST, zypper, etc.", "S:(See the changelog for the full list.)", "S:The next release follows."}},
	{"bracket after an abbreviation", "Das Treffen, das beim Freiwillige e.V. (danke!) stattfand, war gut. Die U.S. (so hieß es) zogen ab.", []string{"S:Das Treffen, das beim Freiwillige e.V. (danke!) stattfand, war gut.", "S:Die U.S. (so hieß es) zogen ab."}},
	{"initials before the English pronoun", "The debate was led by J. A. Hobson and E. I. du Pont.", []string{"S:The debate was led by J. A. Hobson and E. I. du Pont."}},
}

// abbreviationCases are abbreviations that must not end a sentence although
// a capitalised word follows them.
var abbreviationCases = []string{
	// German
	"z. B. Grüne", "z.B. Grüne", "u. a. Berlin", "d. h. Die Regierung", "v. Chr. Griechen", "n. Chr. Römer",
	"o. Ä. Waffen", "i. d. R. Soldaten", "bzw. Milizen", "ca. Tausend", "Dr. Müller", "Prof. Schmidt", "Nr. 5", "St. Pauli",
	"vgl. Kapitel", "ggf. Änderungen", "2 Mio. Euro", "3 Mrd. Dollar", "20. Jh. Europas", "19. Jhd. Preußens",
	"inkl. Steuern", "evtl. Schäden", "sog. Islamische Staat", "geb. Müller", "gest. Berlin", "Abs. 2", "Art. 13",
	"Bd. 3", "S. 12", "Str. 5", "usw. Politiker", "Gen. Soleimani", "Lt. Col. Smith",
	// English
	"e.g. France", "i.e. France", "Mr. Smith", "Mrs. Smith", "U.S. Army", "U.N. Security Council", "Jan. 3", "Feb. 12",
	"Sept. 11", "Apple Inc. Chief", "Ltd. Shareholders", "No. 10", "vs. Chelsea", "et al. 1998", "John F. Kennedy",
}

func TestSplit(t *testing.T) {
	for _, tc := range splitCases {
		t.Run(tc.name, func(t *testing.T) {
			segs := Split(tc.text)
			checkInvariants(t, tc.text, segs)
			if got := describe(tc.text, segs); !slices.Equal(got, tc.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestSplitAbbreviations(t *testing.T) {
	for _, abbr := range abbreviationCases {
		t.Run(abbr, func(t *testing.T) {
			first := "Genannt wurden " + abbr + " und andere."
			text := first + " Das war neu."
			want := []string{"S:" + first, "S:Das war neu."}
			if got := describe(text, Split(text)); !slices.Equal(got, want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", text, got, want)
			}
		})
	}
}

func TestSplitClassifies(t *testing.T) {
	tests := []splitCase{
		// Headings: short blocks without sentence-final punctuation.
		{"heading", "Kampf gegen den IS", []string{"H:Kampf gegen den IS"}},
		{"heading 2", "Noch keine Ergebnisse", []string{"H:Noch keine Ergebnisse"}},
		{"heading 3", "Gespräche zwischen USA und Irak", []string{"H:Gespräche zwischen USA und Irak"}},
		{"heading 4", "US-Militär Operationen gegen ISIS im Irak", []string{"H:US-Militär Operationen gegen ISIS im Irak"}},
		{"heading 5", "Beiträge die im Zusammenhang stehen könnten", []string{"H:Beiträge die im Zusammenhang stehen könnten"}},
		{"heading with quote", "Merkel: „Wir schaffen das“", []string{"H:Merkel: „Wir schaffen das“"}},
		{"heading with date but no dateline", "Anschlag am 3. Januar 2020", []string{"H:Anschlag am 3. Januar 2020"}},
		{"heading starting like a label", "Stand der Verhandlungen", []string{"H:Stand der Verhandlungen"}},
		{"long line without period is a sentence", "Die Regierung hat heute mitgeteilt dass die Truppen in den kommenden Monaten abziehen werden",
			[]string{"S:Die Regierung hat heute mitgeteilt dass die Truppen in den kommenden Monaten abziehen werden"}},
		{"lead-in ending in colon is a sentence", "Der Minister sagte:", []string{"S:Der Minister sagte:"}},
		{"a table row is text, not a heading", "3.3 | Hauptmann | drei silberne Sterne", []string{"S:3.3 | Hauptmann | drei silberne Sterne"}},
		{"a row of two cells", "Gefreiter | 1 550", []string{"S:Gefreiter | 1 550"}},
		{"a title with its site", "Startseite | Bundeswehr", []string{"H:Startseite | Bundeswehr"}},
		{"a title with a figure and its site", "5000 Soldaten für Litauen | tagesschau.de", []string{"H:5000 Soldaten für Litauen | tagesschau.de"}},
		{"a trail of links", "Home | News | Welt", []string{"H:Home | News | Welt"}},
		{"short sentence", "Das ist so.", []string{"S:Das ist so."}},
		// A roll's lines say whom each is with: text to quote. One such
		// line alone may be a title.
		{"a roll of names and whom each is with", "Antti Kutas (LUT University)\n\nMarc van Andel (Kadaster)\n\nSeán O’Brien (Trinity College)",
			[]string{"S:Antti Kutas (LUT University)", "S:Marc van Andel (Kadaster)", "S:Seán O’Brien (Trinity College)"}},
		{"one name and whom the person is with", "Antti Kutas (LUT University)", []string{"H:Antti Kutas (LUT University)"}},
		{"a title in brackets' shape", "Release Notes (Draft)\n\nDie Notizen folgen.", []string{"H:Release Notes (Draft)", "S:Die Notizen folgen."}},
		{"a title with a bracket", "Notes from the call (part 2)\n\nOskar Velmont (Zarnix)", []string{"H:Notes from the call (part 2)", "H:Oskar Velmont (Zarnix)"}},
		{"a place's mission", "Bundeswehr in Mali (MINUSMA)", []string{"H:Bundeswehr in Mali (MINUSMA)"}},
		{"one word and a bracket", "Notizen (Entwurf)", []string{"H:Notizen (Entwurf)"}},
		{"a bracket holding no word", "Kampf gegen den IS (2)", []string{"H:Kampf gegen den IS (2)"}},
		{"names and handles", "Oskar Velmont (@velmont)\n\nKelbra Jorvan (Mastodon: @kelbra)", []string{"H:Oskar Velmont (@velmont)", "H:Kelbra Jorvan (Mastodon: @kelbra)"}},

		// List items: the marker left out, the item no heading.
		{"bullet item is a sentence", "- Rund 2.500 Soldaten bleiben am Hafen", []string{"S:Rund 2.500 Soldaten bleiben am Hafen"}},
		{"bullet item of two sentences", "• Die Fähre fährt. Der Hafen bleibt offen.", []string{"S:Die Fähre fährt.", "S:Der Hafen bleibt offen."}},
		{"bullet item that is a credit", "* Foto: dpa", []string{"C:Foto: dpa"}},
		{"dash alone is no marker", "-", []string{"H:-"}},
		{"dash without a space is no marker", "-Kampf gegen den IS", []string{"H:-Kampf gegen den IS"}},

		// The lines a colon announces are a list's items, without markers,
		// until a block ends like a sentence; a heading after that is one.
		{"items a colon announces", "Highlights include:\n\nTLS 1.3 on by default\n\nError wrapping\n\nWe hope you enjoy it.\n\nNew features",
			[]string{"S:Highlights include:", "S:TLS 1.3 on by default", "S:Error wrapping", "S:We hope you enjoy it.", "H:New features"}},
		{"items after a colon in quotes", "Das Fazit lautet: „Neu sind:“\nSchnellere Builds", []string{"S:Das Fazit lautet: „Neu sind:“", "S:Schnellere Builds"}},
		{"an item ending in a comma continues the list", "Zu den Neuerungen gehören:\nschnellere Builds,\nbessere Fehlermeldungen",
			[]string{"S:Zu den Neuerungen gehören:", "S:schnellere Builds,", "S:bessere Fehlermeldungen"}},
		{"a heading before a paragraph ends the list", "Once upon a time in Debian:\n\n2007-09-02 packages.debian.org updated\n\nHelp needed\n\nThe Debian project needs help with many things this month, so we ask every reader to look at the teams.",
			[]string{"S:Once upon a time in Debian:", "S:2007-09-02 packages.debian.org updated", "H:Help needed", "S:The Debian project needs help with many things this month, so we ask every reader to look at the teams."}},
		{"a dateline ends the list", "Zu den Neuerungen gehören:\nschnellere Builds\n12.06.2020, 04:15 Uhr | AFP, dpa\nKampf gegen den IS",
			[]string{"S:Zu den Neuerungen gehören:", "S:schnellere Builds", "D:12.06.2020, 04:15 Uhr | AFP, dpa", "H:Kampf gegen den IS"}},
		{"a label of one word announces nothing", "Inhalt:\nEinleitung\nDer Krieg", []string{"S:Inhalt:", "H:Einleitung", "H:Der Krieg"}},
		{"nor does a credit", "Foto:\nMerkel in Berlin", []string{"C:Foto:", "H:Merkel in Berlin"}},
		{"a colon inside a heading announces nothing", "Merkel: „Wir schaffen das“\nKampf gegen den IS", []string{"H:Merkel: „Wir schaffen das“", "H:Kampf gegen den IS"}},

		// A chronology's entries: a full date and what happened on it.
		{"dated entry", "2004-01-07 Debian Perl group founded", []string{"S:2004-01-07 Debian Perl group founded"}},
		{"dated entry, German date", "20.03.2003 Beginn der Invasion", []string{"S:20.03.2003 Beginn der Invasion"}},
		{"a year alone opens a heading", "2004 Debian Perl group founded", []string{"H:2004 Debian Perl group founded"}},
		{"a date and a place is a dateline", "2004-01-07 Bagdad", []string{"D:2004-01-07 Bagdad"}},
		{"a date and a byline", "12.06.2020 Von Anna Sommer", []string{"H:12.06.2020 Von Anna Sommer"}},
		{"no such month", "2004-13-45 Something happened there", []string{"H:2004-13-45 Something happened there"}},

		// Datelines.
		{"date, time and agencies", "12.06.2020, 04:15 Uhr | AFP, dpa", []string{"D:12.06.2020, 04:15 Uhr | AFP, dpa"}},
		{"published", "Veröffentlicht", []string{"D:Veröffentlicht"}},
		{"reading time", "Lesezeit: 1 Minute", []string{"D:Lesezeit: 1 Minute"}},
		{"as of", "Stand: 12.06.2020 14:00 Uhr", []string{"D:Stand: 12.06.2020 14:00 Uhr"}},
		{"updated", "Updated 3 Jan 2020", []string{"D:Updated 3 Jan 2020"}},
		{"published on date", "Veröffentlicht am 12.06.2020", []string{"D:Veröffentlicht am 12.06.2020"}},
		{"weekday and date", "Montag, 3. Januar 2020", []string{"D:Montag, 3. Januar 2020"}},
		{"place and date", "Bagdad, 3. Januar 2020", []string{"D:Bagdad, 3. Januar 2020"}},
		{"label word in a sentence", "Veröffentlicht wurde der Bericht am Montag.", []string{"S:Veröffentlicht wurde der Bericht am Montag."}},
		{"dateline prefix with date and agency", "Berlin, 3. Januar 2020 (dpa) - Die Regierung hat entschieden. Sie zieht ab.",
			[]string{"D:Berlin, 3. Januar 2020 (dpa) -", "S:Die Regierung hat entschieden.", "S:Sie zieht ab."}},
		{"dateline prefix in capitals", "WASHINGTON (Reuters) – The U.S. military said it would leave.",
			[]string{"D:WASHINGTON (Reuters) –", "S:The U.S. military said it would leave."}},
		{"dateline prefix with place and date", "Bagdad, 27. September 2024 – Die Koalition endet.",
			[]string{"D:Bagdad, 27. September 2024 –", "S:Die Koalition endet."}},
		{"dash in a sentence is no dateline", "Die Lage (laut UN) – so der Bericht – ist ernst.",
			[]string{"S:Die Lage (laut UN) – so der Bericht – ist ernst."}},

		// Credits.
		{"copyright notice", "Bild Urheberrechtshinweis nach EU-Urheberrecht Artikel 13", []string{"C:Bild Urheberrechtshinweis nach EU-Urheberrecht Artikel 13"}},
		{"featured image licence", "Beitragsbild:By Markusszy – Own work, CC BY-SA 4.0, https://commons.wikimedia.org/w/index.php?curid=77539738",
			[]string{"C:Beitragsbild:By Markusszy – Own work, CC BY-SA 4.0, https://commons.wikimedia.org/w/index.php?curid=77539738"}},
		{"photo", "Foto: dpa", []string{"C:Foto: dpa"}},
		{"source in brackets", "(Quelle: Reuters)", []string{"C:(Quelle: Reuters)"}},
		{"copyright sign", "© AFP", []string{"C:© AFP"}},
		{"copyright sentence", "© 2020 Reuters. All rights reserved.", []string{"C:© 2020 Reuters. All rights reserved."}},
		{"bare URL", "https://example.com/artikel/12345", []string{"C:https://example.com/artikel/12345"}},
		{"mostly URL", "Mehr: https://example.com/politik/ausland/irak-usa-abzug-12345.html", []string{"C:Mehr: https://example.com/politik/ausland/irak-usa-abzug-12345.html"}},
		{"caption with photo credit", "Der Minister in Berlin. Foto: dpa/Michael Kappeler", []string{"S:Der Minister in Berlin.", "C:Foto: dpa/Michael Kappeler"}},
		{"trailing source", "Die Lage ist ernst. (Quelle: Reuters)", []string{"S:Die Lage ist ernst.", "C:(Quelle: Reuters)"}},
		{"long paragraph after a credit label", "Quelle: Reuters. Die Regierung in Bagdad hat am Montag mitgeteilt, dass die Gespräche über den Abzug der Truppen der internationalen Koalition in der kommenden Woche in Washington fortgesetzt werden sollen, wie ein Sprecher der Regierung am Abend sagte.",
			[]string{"C:Quelle: Reuters.", "S:Die Regierung in Bagdad hat am Montag mitgeteilt, dass die Gespräche über den Abzug der Truppen der internationalen Koalition in der kommenden Woche in Washington fortgesetzt werden sollen, wie ein Sprecher der Regierung am Abend sagte."}},
		{"copyright law in a sentence", "Das EU-Urheberrecht wurde reformiert.", []string{"S:Das EU-Urheberrecht wurde reformiert."}},
		{"source as a word", "Quelle des Streits ist der Haushalt.", []string{"S:Quelle des Streits ist der Haushalt."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs := Split(tc.text)
			checkInvariants(t, tc.text, segs)
			if got := describe(tc.text, segs); !slices.Equal(got, tc.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestSplitBlocks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "block kind:text"
	}{
		{"LF with blank lines", "Kampf gegen den IS\n\nDie USA ziehen ab. Der Irak bleibt.\n",
			[]string{"0 H:Kampf gegen den IS", "1 S:Die USA ziehen ab.", "1 S:Der Irak bleibt."}},
		{"CRLF", "Kampf gegen den IS\r\n\r\nDie USA ziehen ab. Der Irak bleibt.\r\nNoch keine Ergebnisse\r\n",
			[]string{"0 H:Kampf gegen den IS", "1 S:Die USA ziehen ab.", "1 S:Der Irak bleibt.", "2 H:Noch keine Ergebnisse"}},
		{"CR", "Kampf gegen den IS\rDie USA ziehen ab.\r",
			[]string{"0 H:Kampf gegen den IS", "1 S:Die USA ziehen ab."}},
		{"line and paragraph separators", "Kampf gegen den IS\u2028Die USA ziehen ab.\u2029Der Irak bleibt.",
			[]string{"0 H:Kampf gegen den IS", "1 S:Die USA ziehen ab.", "2 S:Der Irak bleibt."}},
		{"sentence does not span blocks", "Die Regierung hat heute in Bagdad mitgeteilt, dass die Truppen der internationalen Koalition\nin den kommenden Monaten abziehen.",
			[]string{"0 S:Die Regierung hat heute in Bagdad mitgeteilt, dass die Truppen der internationalen Koalition", "1 S:in den kommenden Monaten abziehen."}},
		{"indented lines", "  \t Die USA ziehen ab.  \n\u00a0Der Irak bleibt.\u00a0",
			[]string{"0 S:Die USA ziehen ab.", "1 S:Der Irak bleibt."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs := Split(tc.text)
			checkInvariants(t, tc.text, segs)
			got := make([]string, len(segs))
			for i, s := range segs {
				got[i] = fmt.Sprintf("%d %s", s.Block, describe(tc.text, segs[i:i+1])[0])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestSplitOffsets(t *testing.T) {
	text := "Titel\r\n\r\n  Erster Satz.\u00a0 Zweiter Satz. \r\n"
	want := []Segment{
		{Start: 0, End: 5, Kind: Heading, Block: 0},
		{Start: 11, End: 23, Kind: Sentence, Block: 1},
		{Start: 26, End: 39, Kind: Sentence, Block: 1},
	}
	if got := Split(text); !slices.Equal(got, want) {
		t.Errorf("Split(%q) = %+v, want %+v", text, got, want)
	}
}

func TestKindString(t *testing.T) {
	for kind, want := range map[Kind]string{Sentence: "sentence", Heading: "heading", Dateline: "dateline", Credit: "credit", Kind(9): "kind(9)"} {
		if got := kind.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", int(kind), got, want)
		}
	}
}

// TestSplitListLength: a colon makes at most maxListItems lines list
// items; the lines after them are headings again (a roll of names).
func TestSplitListLength(t *testing.T) {
	text := "Thanks to all contributors:"
	for i := range maxListItems + 2 {
		text += fmt.Sprintf("\nName %c", 'A'+i)
	}
	var kinds []Kind
	for _, s := range Split(text)[1:] {
		kinds = append(kinds, s.Kind)
	}
	for i, k := range kinds {
		if want := map[bool]Kind{true: Sentence, false: Heading}[i < maxListItems]; k != want {
			t.Errorf("line %d after the colon: %v, want %v", i+1, k, want)
		}
	}
	if len(kinds) != maxListItems+2 {
		t.Fatalf("%d segments after the colon, want %d", len(kinds), maxListItems+2)
	}
}
