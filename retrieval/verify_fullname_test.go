package retrieval

import (
	"fmt"
	"testing"

	"github.com/quellen/quellen/store"
)

// A person named in full once is named by one word of the name after:
// "Mara gave herself …" speaks of Mara Varenko where the source names no
// other Mara, and "Varenko" alone of her where it names no other Varenko.
func TestOneWordOfAFullNameNamesThePerson(t *testing.T) {
	// Paragraphs between, so that no neighbour of the sentence names her.
	const filler = "The company sold garden robots.\n\nIts first customers were farms.\n\n"
	const füller = "Die Firma verkaufte Gartenroboter.\n\nIhre ersten Kunden waren Bauernhöfe.\n\n"
	for _, c := range []struct {
		name, lang, text, question, want string
	}{
		{"first name", "en", "Mara Varenko started Zorbit in August 2016.\n\n" + filler + "Mara gave herself two weeks to build a prototype.",
			"how long did mara varenko give herself for the prototype", "two weeks"},
		{"surname", "de", "Mara Varenko gründete Zorbit im August 2016.\n\n" + füller + "Varenko gab sich zwei Wochen für einen ersten Prototyp.",
			"wie lange gab sich mara varenko für den prototyp", "zwei Wochen"},
		{"another Mara", "en", "Mara Varenko started Zorbit in August 2016. Mara Lind joined it later.\n\n" + filler + "Mara gave herself two weeks to build a prototype.",
			"how long did mara varenko give herself for the prototype", ""},
		{"a function word before the surname", "de", "Mara Varenko gründete Zorbit im August 2016. Als Varenko 2017 nach Quaxo zog, wuchs die Firma.\n\n" + füller + "Varenko gab sich zwei Wochen für einen Prototyp.",
			"wie lange gab sich mara varenko für den prototyp", "zwei Wochen"},
		{"a first word the source also writes in lower case", "en", "Grant Varenko started Zorbit in August 2016. The city paid him a grant.\n\n" + filler + "Grant money gave the team two weeks to build a prototype.",
			"how long did grant varenko give the team for the prototype", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := source("a", "2019-05-01", c.text)
			src.Language = c.lang
			e := newTestEngine(t, []store.Source{src, unrelated("b", "2019")}, Options{})
			wantFirst(t, e, c.question, c.want)
		})
	}
}

// A collection about a program titles its release posts by the number
// alone ("2.1.0") or by a title that writes that release only ("Release
// of 2.1.0"): such a post speaks of the release asked ("zarnix 2.1.0"),
// another release's post does not.
func TestReleaseTitledByItsNumber(t *testing.T) {
	for _, title := range []string{"%s", "Release of %s", "Zarnix %s ist erschienen"} {
		t.Run(title, func(t *testing.T) {
			var sources []store.Source
			for i := range 10 {
				s := source(fmt.Sprintf("n%d", i), "2022-01-10", fmt.Sprintf("Zarnix bekam diesen Monat die Funktion Nummer %d.", i))
				s.Title = fmt.Sprintf("Zarnix-Neuigkeiten %d", i)
				sources = append(sources, s)
			}
			two := source("r21", "2023-02-16", "Zarnix ist schnell.\n\nDer Abgleich läuft jetzt alle 24 Stunden statt alle 5 Minuten.")
			two.Title = fmt.Sprintf(title, "2.1.0")
			three := source("r31", "2024-03-01", "Zarnix ist schneller.\n\nDie Sicherung läuft jetzt alle 12 Stunden statt jede Stunde.")
			three.Title = fmt.Sprintf(title, "3.1.0")
			e := newTestEngine(t, append(sources, two, three), Options{})
			wantFirst(t, e, "wie oft läuft der abgleich seit zarnix 2.1.0", "alle 24 Stunden")
			if ans := ask(t, e, "wie oft läuft die sicherung seit zarnix 2.1.0"); ans.Answered {
				t.Errorf("answered %q from the post on 3.1.0", ans.Citations[0].Quote)
			}
		})
	}
}

func TestTitledByNumber(t *testing.T) {
	for _, c := range []struct {
		title, num string
		want       bool
	}{
		{"2.1.0", "2.1.0", true},
		{"v1.15", "1.15", true},
		{"Release of 1.7.1", "1.7.1", true},
		{"Gitea 1.7.5 is released", "1.7", true}, // 1.7.5 is one of 1.7
		{"Announcing Flux 2.3 GA", "2.3", true},
		{"Release of 1.7.1", "1.7.2", false},
		{"Upgrading from 1.6 to 1.7", "1.7", false}, // two releases
		{"Zarnix-Neuigkeiten 2", "2", false},
		{"Chapter 3.2: Routing", "3.2", false}, // a part of a text
	} {
		if got := titledByNumber(c.title, "en", c.num); got != c.want {
			t.Errorf("titledByNumber(%q, %q) = %v, want %v", c.title, c.num, got, c.want)
		}
	}
	for _, c := range []struct {
		title, num string
		want       bool
	}{
		{"Zarnix 2.5 ist erschienen", "2.5", true},
		{"Preise steigen um 2.5 Prozent", "2.5", false}, // a quantity
		{"Kapitel 2.5: Einrichtung", "2.5", false},
	} {
		if got := titledByNumber(c.title, "de", c.num); got != c.want {
			t.Errorf("titledByNumber(%q, %q) = %v, want %v", c.title, c.num, got, c.want)
		}
	}
}
