//go:build !linux

package db

// readWALIndex reads the head of the WAL index file.
func readWALIndex(v *viewers, b *[96]byte) bool { return readWALIndexFile(v.shm, b) }
