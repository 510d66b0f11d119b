package retrieval

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"

	"github.com/quellen/quellen/retrieval/analysis"
)

// Embedder turns text into an L2-normalised vector. The default is
// HashEmbedder, which needs no model; a dense model server can be plugged in
// behind the same interface.
type Embedder interface {
	Embed(ctx context.Context, lang, text string) ([]float32, error)
	// Name identifies the embedder and its settings; vectors made by another
	// name are recomputed at the next index run.
	Name() string
}

// HashEmbedder is a deterministic, offline embedding: the text's stems and the
// character n-grams of its words, hashed into a fixed number of dimensions.
// Character n-grams let a compound meet its parts ("Truppenabzug",
// "Abzug der Truppen"), which whole-word search misses.
type HashEmbedder struct {
	Dim        int
	GramSize   int
	GramWeight float64
}

// NewHashEmbedder returns the default hash embedder.
func NewHashEmbedder() *HashEmbedder {
	return &HashEmbedder{Dim: 256, GramSize: 4, GramWeight: 0.5}
}

// Name implements Embedder.
func (h *HashEmbedder) Name() string {
	return fmt.Sprintf("hash-v1-d%d-n%d-w%g", h.Dim, h.GramSize, h.GramWeight)
}

// Embed implements Embedder.
func (h *HashEmbedder) Embed(_ context.Context, lang, text string) ([]float32, error) {
	return h.EmbedTerms(analysis.For(lang).Terms(text)), nil
}

// EmbedTerms embeds already analysed terms.
func (h *HashEmbedder) EmbedTerms(terms []string) []float32 {
	vec := make([]float32, h.Dim)
	for _, t := range terms {
		h.addFeature(vec, "w:"+t, 1)
		if len(t) <= h.GramSize {
			continue
		}
		grams := ngrams(t, h.GramSize)
		w := h.GramWeight / math.Sqrt(float64(len(grams)))
		for _, g := range grams {
			h.addFeature(vec, g, w)
		}
	}
	normalize(vec)
	return vec
}

func (h *HashEmbedder) addFeature(vec []float32, feature string, weight float64) {
	f := fnv.New64a()
	f.Write([]byte(feature))
	sum := f.Sum64()
	i := int(sum % uint64(len(vec)))
	if sum>>63 == 1 {
		weight = -weight // a random sign keeps hash collisions from adding up
	}
	vec[i] += float32(weight)
}

// ngrams returns the character n-grams of a word with boundary marks, so that
// a word's start and end are features of their own.
func ngrams(word string, n int) []string {
	runes := []rune("^" + word + "$")
	if len(runes) <= n {
		return []string{string(runes)}
	}
	out := make([]string, 0, len(runes)-n+1)
	for i := 0; i+n <= len(runes); i++ {
		out = append(out, string(runes[i:i+n]))
	}
	return out
}

func normalize(vec []float32) {
	var sum float64
	for _, x := range vec {
		sum += float64(x) * float64(x)
	}
	if sum == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(sum))
	for i := range vec {
		vec[i] *= inv
	}
}
