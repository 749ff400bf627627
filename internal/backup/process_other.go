//go:build !unix

package backup

// processAlive cannot tell elsewhere: leftovers are kept.
func processAlive(pid int) bool { return true }
