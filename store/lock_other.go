//go:build !unix

package store

import "os"

// tryLockFile: without flock, the lock holds within one process only.
func tryLockFile(*os.File) (bool, error) { return true, nil }

func unlockFile(*os.File) {}
