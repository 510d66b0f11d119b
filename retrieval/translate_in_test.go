package retrieval

import (
	"context"
	"testing"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/store"
)

// An English question over German articles is translated for the
// collection: translations it never uses are not searched, two words
// meet the compound it writes, and the alternatives for one word form one
// search group, each word its own.
func TestAnalyseTranslatesForTheCollection(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		source("a", "2024-09", "Die Apothekentechniker arbeiten in der Apotheke am Markt. Sie prüfen die Rezepte."),
		source("b", "2024-09", "Der Regen fiel den ganzen Tag auf die Stadt."),
	}, Options{Dictionary: embeddedDictionary})
	q, err := e.analyse(context.Background(), "What do pharmacy technicians check?", "")
	if err != nil {
		t.Fatal(err)
	}
	de := analysis.For(analysis.German)
	stem := func(word string) string { return de.Terms(word)[0] }
	group := make(map[string]int)
	for _, term := range q.terms {
		group[term.Text] = term.Group
	}
	tests := []struct {
		name   string
		ok     bool
		detail any
	}{
		{"the compound the collection writes is searched", hasTerm(group, stem("Apothekentechniker")), stem("Apothekentechniker")},
		{"the translation it uses is searched", hasTerm(group, stem("Apotheke")), stem("Apotheke")},
		{"a translation it never uses is not", !hasTerm(group, stem("Pharmazie")), stem("Pharmazie")},
		{"nor the dictionary's phrase it never uses", !hasTerm(group, stem("Assistent")), stem("Assistent")},
		{"a word's alternatives share a group", group[stem("Apotheke")] != 0 && group[stem("Apotheke")] == group["pharmaci"], group},
		{"each word has its own", group[stem("Apotheke")] != group[stem("Techniker")] && group[stem("Techniker")] != 0 &&
			group[stem("Apothekentechniker")] != group[stem("Apotheke")], group},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("%s: %v (terms %v)", tt.name, tt.detail, q.terms)
		}
	}
}

func hasTerm(group map[string]int, term string) bool {
	_, ok := group[term]
	return ok
}

// A German question over English articles: the parts of a compound
// translated part by part are words of their own, each one group.
func TestAnalyseGroupsTheParts(t *testing.T) {
	e := newTestEngine(t, []store.Source{
		englishSource("a", "2024-09", "Pharmacy technicians check the prescriptions. They work in a pharmacy."),
		englishSource("b", "2024-09", "It rained all day over the city."),
	}, Options{Dictionary: embeddedDictionary})
	q, err := e.analyse(context.Background(), "Was prüfen Apothekentechniker?", "")
	if err != nil {
		t.Fatal(err)
	}
	en := analysis.For(analysis.English)
	group := make(map[string]int)
	for _, term := range q.terms {
		group[term.Text] = term.Group
	}
	pharmacy, technician := en.Terms("pharmacy")[0], en.Terms("technician")[0]
	if !hasTerm(group, pharmacy) || !hasTerm(group, technician) || group[pharmacy] == 0 || group[pharmacy] == group[technician] {
		t.Errorf("groups %v: want %q and %q in groups of their own", group, pharmacy, technician)
	}
}
