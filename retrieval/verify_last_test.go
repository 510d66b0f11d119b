package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

// "beim letzten Versionssprung" is met by a sentence that follows one
// saying "the last version bump": the list goes on of the same one. A
// question's "last name" asks no last one.
func TestTheLastIsSaidBefore(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		englishSource("a", "2031-07-03", "News of the distributions.\n\n"+
			"Quaxo had 2813 updated packages since the last version bump\n\n"+
			"Zarnix received 1316 updates from 871 different packages\n\n"+
			"More updates follow in the autumn."),
		unrelated("b", "2031-05-20"),
	})
	wantFirst(t, e, "wie viele updates hat zarnix beim letzten versionssprung bekommen", "1316 updates")
	wantFirst(t, e, "how many updates did quaxo get at the last version bump", "2813 updated packages")
}
