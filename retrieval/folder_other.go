//go:build !unix

package retrieval

// nonBlocking: other systems have no named pipes in folders to wait on.
const nonBlocking = 0
