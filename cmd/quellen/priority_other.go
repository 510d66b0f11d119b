//go:build !unix

package main

// backgroundPriority: elsewhere a rebuild keeps its priority.
func backgroundPriority() {}
