// Package corpus holds the default collection: five German news articles on
// the US and coalition troop presence in Iraq, each a Markdown file whose
// YAML front matter records what is known about it and whether it is printed
// in the text or inferred.
package corpus

import (
	"embed"
	"io/fs"
)

//go:embed default/*.md
var files embed.FS

// Default returns the embedded default collection, one Markdown file per
// article at the top level.
func Default() fs.FS {
	sub, err := fs.Sub(files, "default")
	if err != nil {
		panic(err) // the embed pattern above guarantees the directory
	}
	return sub
}
