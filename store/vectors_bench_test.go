package store

import (
	"context"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
)

// vectorBenchSize is how many vectors the vector benchmarks search:
// QUELLEN_BENCH_VECTORS, by default 100,000 (the speed benchmark's
// collection), of the hash embedding's 256 dimensions.
func vectorBenchSize(b *testing.B) int {
	n := 100_000
	if s := os.Getenv("QUELLEN_BENCH_VECTORS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	return n
}

func randomUnit(rng *rand.Rand, dim int) []float32 {
	v := make([]float32, dim)
	var sum float64
	for i := range v {
		v[i] = float32(rng.NormFloat64())
		sum += float64(v[i]) * float64(v[i])
	}
	for i := range v {
		v[i] /= float32(math.Sqrt(sum))
	}
	return v
}

// BenchmarkVectorSearch compares exhaustive nearest-neighbour search over
// the passages' vectors three ways: chromem-go's QueryEmbedding as the
// store calls it, a flat scan over the same vectors laid out in one array,
// and the floor memory bandwidth sets (reading the vectors once).
func BenchmarkVectorSearch(b *testing.B) {
	const dim, k = 256, 30
	n := vectorBenchSize(b)
	rng := rand.New(rand.NewPCG(1, 2))
	ctx := context.Background()
	v, err := newVectorIndex()
	if err != nil {
		b.Fatal(err)
	}
	flat := make([]float32, 0, n*dim)
	for i := range n {
		vec := randomUnit(rng, dim)
		if err := v.add(ctx, int64(i+1), vec); err != nil {
			b.Fatal(err)
		}
		flat = append(flat, vec...)
	}
	query := randomUnit(rng, dim)

	b.Run("chromem-go", func(b *testing.B) {
		for b.Loop() {
			res, err := v.collection.QueryEmbedding(ctx, query, k, nil, nil)
			if err != nil || len(res) != k {
				b.Fatal(err, len(res))
			}
		}
	})
	b.Run("flat", func(b *testing.B) {
		for b.Loop() {
			if hits := flatTop(flat, dim, query, k); len(hits) != k {
				b.Fatal(len(hits))
			}
		}
	})
	b.Run("bandwidth", func(b *testing.B) {
		b.SetBytes(int64(4 * len(flat)))
		var sink float32
		for b.Loop() {
			var s0, s1, s2, s3 float32
			for i := 0; i+3 < len(flat); i += 4 {
				s0 += flat[i]
				s1 += flat[i+1]
				s2 += flat[i+2]
				s3 += flat[i+3]
			}
			sink += s0 + s1 + s2 + s3
		}
		_ = sink
	})
}

// flatTop is the reference flat scan: dot products in order, the k best
// kept in a small min-heap.
func flatTop(flat []float32, dim int, q []float32, k int) []Hit {
	t := scoreTable{}
	for i := 0; i*dim < len(flat); i++ {
		row := flat[i*dim : (i+1)*dim]
		var dot float32
		for j, x := range row {
			dot += x * q[j]
		}
		t.add(int64(i+1), float64(dot)+2) // shifted positive: the table treats 0 as unset
	}
	return t.top(k)
}
