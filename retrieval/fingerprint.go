package retrieval

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
)

// MetaFingerprint records the fingerprint of the sources the index was
// last built from.
const MetaFingerprint = "sources_fingerprint"

// Fingerprint sums up the source files of fsys as LoadSources would find
// them, from what the file system says of each (name, size, time of last
// change, type) without reading any: cheap enough for every question to
// learn whether the collection changed since the index was built. Files
// without a time (an embedded collection) are summed by their contents.
func Fingerprint(ctx context.Context, fsys fs.FS) (string, error) {
	h := sha256.New()
	err := walkSourceFiles(ctx, fsys, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Fprintf(h, "%q error\n", p)
			return nil
		}
		info, err := d.Info()
		if err != nil {
			fmt.Fprintf(h, "%q error\n", p)
			return nil
		}
		fmt.Fprintf(h, "%q %d %d %v\n", p, info.Size(), info.ModTime().UnixNano(), info.Mode().Type())
		if info.ModTime().IsZero() && info.Mode().IsRegular() {
			data, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(data)
			h.Write(sum[:])
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Staleness says why the index may not hold what its collection now
// holds, or "" when it does as far as can be told without reading it.
func (e *Engine) Staleness(ctx context.Context, collection, fingerprint string) (string, error) {
	have, err := e.store.Meta(ctx, MetaCollection)
	if err != nil {
		return "", err
	}
	if have != collection {
		return fmt.Sprintf("the index was built from %s, not %s", Printable(have), Printable(collection)), nil
	}
	pipeline, err := e.store.Meta(ctx, metaPipeline)
	if err != nil {
		return "", err
	}
	if pipeline != e.pipeline() {
		return "the index was built by another version of quellen", nil
	}
	stored, err := e.store.Meta(ctx, MetaFingerprint)
	if err != nil {
		return "", err
	}
	if fingerprint != "" && stored != fingerprint {
		return fmt.Sprintf("the sources in %s changed since the index was built", Printable(collection)), nil
	}
	return "", nil
}
