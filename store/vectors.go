package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/philippgille/chromem-go"
)

// vectorIndex holds the passages' vectors in memory for nearest-neighbour
// search. SQLite is the record: the collection is rebuilt from it at every
// start, which never re-embeds anything.
type vectorIndex struct {
	collection *chromem.Collection
}

// refuseEmbedding is the collection's embedding function. Vectors always come
// from the caller; chromem-go would otherwise fall back to OpenAI's API.
func refuseEmbedding(context.Context, string) ([]float32, error) {
	return nil, errors.New("store: vectors are computed by the caller, not by the store")
}

func newVectorIndex() (*vectorIndex, error) {
	c, err := chromem.NewDB().CreateCollection("passages", nil, refuseEmbedding)
	if err != nil {
		return nil, fmt.Errorf("create vector collection: %w", err)
	}
	return &vectorIndex{collection: c}, nil
}

func loadVectors(ctx context.Context, db *sql.DB) (*vectorIndex, error) {
	v, err := newVectorIndex()
	if err != nil {
		return nil, err
	}
	if err := v.addRows(ctx, db, `SELECT passage_id, vector FROM vectors`); err != nil {
		return nil, err
	}
	return v, nil
}

// addRows adds the vectors a query of (passage_id, vector) rows reads.
func (v *vectorIndex) addRows(ctx context.Context, db *sql.DB, query string, args ...any) error {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("load vectors: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var blob []byte
		if err := rows.Scan(&id, &blob); err != nil {
			return fmt.Errorf("load vectors: %w", err)
		}
		vec, err := decodeVector(blob)
		if err != nil {
			return fmt.Errorf("load vector of passage %d: %w", id, err)
		}
		if err := v.add(ctx, id, vec); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load vectors: %w", err)
	}
	return nil
}

func (v *vectorIndex) add(ctx context.Context, id int64, vec []float32) error {
	if len(vec) == 0 {
		return nil // a passage with nothing to embed is found by full text only
	}
	doc := chromem.Document{ID: strconv.FormatInt(id, 10), Embedding: vec}
	if err := v.collection.AddDocument(ctx, doc); err != nil {
		return fmt.Errorf("add vector of passage %d: %w", id, err)
	}
	return nil
}

// addFrom reads the vectors of the given passages from db and adds them,
// in batches, so that a large rebuild never holds its vectors twice.
func (v *vectorIndex) addFrom(ctx context.Context, db *sql.DB, ids []int64) error {
	const batch = 1000
	for len(ids) > 0 {
		n := min(batch, len(ids))
		list, err := json.Marshal(ids[:n])
		if err != nil {
			return fmt.Errorf("load vectors: %w", err)
		}
		ids = ids[n:]
		if err := v.addRows(ctx, db, `SELECT passage_id, vector FROM vectors WHERE passage_id IN (SELECT value FROM json_each(?))`, string(list)); err != nil {
			return err
		}
	}
	return nil
}

func (v *vectorIndex) delete(ctx context.Context, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	keys := make([]string, len(ids))
	for i, id := range ids {
		keys[i] = strconv.FormatInt(id, 10)
	}
	if err := v.collection.Delete(ctx, nil, nil, keys...); err != nil {
		return fmt.Errorf("delete vectors: %w", err)
	}
	return nil
}

// SearchVectors returns the passages nearest to vec by cosine similarity
// (vectors are L2-normalised, so the dot product).
func (s *Store) SearchVectors(ctx context.Context, vec []float32, limit int) ([]Hit, error) {
	if limit <= 0 || len(vec) == 0 {
		return nil, nil
	}
	vectors, err := s.loadedVectors(ctx)
	if err != nil {
		return nil, err
	}
	n := min(limit, vectors.collection.Count())
	if n <= 0 {
		return nil, nil
	}
	results, err := vectors.collection.QueryEmbedding(ctx, vec, n, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("search vectors: %w", err)
	}
	out := make([]Hit, 0, len(results))
	for _, r := range results {
		id, err := strconv.ParseInt(r.ID, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("search vectors: document id %q: %w", r.ID, err)
		}
		out = append(out, Hit{ID: id, Score: float64(r.Similarity)})
	}
	return out, nil
}

// VectorCount is how many passages have a vector in memory: 0 until a
// vector search first needs them.
func (s *Store) VectorCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.vectors == nil {
		return 0
	}
	return s.vectors.collection.Count()
}

func encodeVector(vec []float32) []byte {
	b := make([]byte, 4*len(vec))
	for i, f := range vec {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(f))
	}
	return b
}

func decodeVector(b []byte) ([]float32, error) {
	if len(b)%4 != 0 {
		return nil, fmt.Errorf("vector of %d bytes is not a whole number of float32s", len(b))
	}
	vec := make([]float32, len(b)/4)
	for i := range vec {
		vec[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return vec, nil
}

// Similarity is the cosine similarity of vec and a passage's vector, or 0
// for a passage without one.
func (s *Store) Similarity(ctx context.Context, vec []float32, id int64) (float64, error) {
	vectors, err := s.loadedVectors(ctx)
	if err != nil {
		return 0, err
	}
	doc, err := vectors.collection.GetByID(ctx, strconv.FormatInt(id, 10))
	if err != nil {
		return 0, nil // no vector: the passage had no content terms, or is gone
	}
	if len(doc.Embedding) != len(vec) {
		return 0, fmt.Errorf("similarity with passage %d: vector of %d dimensions, query of %d", id, len(doc.Embedding), len(vec))
	}
	var dot float64
	for i, x := range doc.Embedding {
		dot += float64(x) * float64(vec[i])
	}
	return dot, nil
}
