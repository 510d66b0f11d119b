package retrieval

import (
	"context"
	"testing"

	"github.com/quellen/quellen/store"
)

// BenchmarkAnalyse times the analysis of English questions over German
// articles: translation guided by the collection, its index lookups and
// the search terms, not the search.
//
//	go test -tags sqlite_fts5 -run '^$' -bench Analyse ./retrieval
func BenchmarkAnalyse(b *testing.B) {
	e := newTestEngine(b, []store.Source{
		source("a", "2024-09", "Die Apothekentechniker arbeiten in der Apotheke am Markt. Sie prüfen die Rezepte."),
		source("b", "2024-09", "Der Regen fiel den ganzen Tag auf die Stadt. Die Broncos besiegten die Pittsburgh Steelers in der Divisional Round."),
	}, Options{Dictionary: embeddedDictionary})
	qs := []string{"What do pharmacy technicians check?", "Who did the Broncos beat to win their division in 2015?", "What happened to the crew onboard during the plugs-out test?", "How were Huguenot settlers assimilated into North American society at large?"}
	ctx := context.Background()
	if _, err := e.analyse(ctx, qs[0], ""); err != nil { // loads the dictionary
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.analyse(ctx, qs[i%len(qs)], ""); err != nil {
			b.Fatal(err)
		}
	}
}
