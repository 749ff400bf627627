//go:build !unix

package db

import "os"

// lockFile is a no-op where advisory file locks are not available: restore
// then relies on the operator having stopped the server.
func lockFile(path string, exclusive bool) (*os.File, error) { return nil, nil }
