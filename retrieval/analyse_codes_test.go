package retrieval

import (
	"testing"

	"github.com/quellen/quellen/store"
)

// A model's code is a name, however it is typed: a collection that never
// writes "kx300" does not answer of it, though it answers of the "KX200"
// it describes.
func TestAModelsCodeIsAName(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		source("a", "2023-05-20", "Die Werft Kormoran in Kiel baut Segelboote. Ihr Boot KX200 ist 12 Meter lang und hat zwei Kabinen. Das Boot wird seit 2019 gebaut."),
		unrelated("b", "2023-05-20"),
	})
	wantFirst(t, e, "wie lang ist das boot kx200 der werft kormoran", "12 Meter lang")
	wantFirst(t, e, "wie lang ist das boot kx300 der werft kormoran", "")
	wantFirst(t, e, "how long is the kx300 boat of the kormoran yard", "")
}

// Codes of letters and digits are names; words and numbers are not.
func TestModelCode(t *testing.T) {
	for w, want := range map[string]bool{"kx300": true, "tx2000": true, "ipv6": true, "KX200": true,
		"boot": false, "2019": false, "3d": false, "x86": false, "12m": false} {
		if got := modelCode(w); got != want {
			t.Errorf("modelCode(%q) = %v, want %v", w, got, want)
		}
	}
}

// A short code of a letter or two and a number ("s3", "gp3") is a name in
// a lower-case question too, where it stands alone: a sentence on
// something else does not answer of it. Within a version ("v2.3") or a
// timestamp it is none.
func TestAShortCodeIsAName(t *testing.T) {
	e := bilingualEngine(t, []store.Source{
		englishSource("a", "2031-04-19", "Zarnix released off-peak windows for Quaxo domains in February 2031."),
		englishSource("b", "2031-05-02", "The s3 broker of Zarnix now gives FIPS endpoints only."),
		englishSource("c", "2031-06-10", "Varenko v2.3 ships two new CRDs for image sources."),
		unrelated("d", "2031-05-20"),
	})
	wantFirst(t, e, "when did zarnix bring out off-peak windows for quaxo", "February 2031")
	wantFirst(t, e, "when did zarnix bring out off-peak windows for s3", "")
	wantFirst(t, e, "wann hat zarnix off-peak windows für gp3 eingeführt", "")
	wantFirst(t, e, "which crds come with varenko v2.3", "two new CRDs")
}
