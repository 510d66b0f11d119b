package store

import (
	"context"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"sync"
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
		// Every core sums its share of the vectors in eight independent
		// sums: as fast as memory delivers them, with no products kept.
		b.SetBytes(int64(4 * len(flat)))
		workers := runtime.NumCPU()
		part := (len(flat)/workers + 7) &^ 7
		sums := make([]float32, workers)
		for b.Loop() {
			var wg sync.WaitGroup
			for w := range workers {
				lo, hi := min(w*part, len(flat)), min((w+1)*part, len(flat))
				wg.Go(func() {
					var s [8]float32
					chunk := flat[lo:hi]
					for i := 0; i+8 <= len(chunk); i += 8 {
						s[0] += chunk[i]
						s[1] += chunk[i+1]
						s[2] += chunk[i+2]
						s[3] += chunk[i+3]
						s[4] += chunk[i+4]
						s[5] += chunk[i+5]
						s[6] += chunk[i+6]
						s[7] += chunk[i+7]
					}
					sums[w] = s[0] + s[1] + s[2] + s[3] + s[4] + s[5] + s[6] + s[7]
				})
			}
			wg.Wait()
		}
	})
}

// flatTop is the reference flat scan, on one core: dot products of
// vectors laid out in one array, in four sums each as chromem-go's patched
// dotProduct, the k best kept in a small min-heap.
func flatTop(flat []float32, dim int, q []float32, k int) []Hit {
	t := scoreTable{}
	for i := 0; i*dim < len(flat); i++ {
		row := flat[i*dim : (i+1)*dim]
		var d0, d1, d2, d3 float32
		for j := 0; j+4 <= dim; j += 4 {
			d0 += row[j] * q[j]
			d1 += row[j+1] * q[j+1]
			d2 += row[j+2] * q[j+2]
			d3 += row[j+3] * q[j+3]
		}
		t.add(int64(i+1), float64((d0+d1)+(d2+d3))+2) // shifted positive: the table treats 0 as unset
	}
	return t.top(k)
}
