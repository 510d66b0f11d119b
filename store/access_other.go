//go:build !unix

package store

// checkWritable: elsewhere SQLite's own errors at the first write tell.
func checkWritable(string) error { return nil }
