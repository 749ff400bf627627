package backup

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// tempName is the pattern of a temporary file or folder of backup or
// restore: it carries the process id, so that a later run can tell the
// leftovers of a killed run from the files of one still running.
func tempName(op string) string {
	return fmt.Sprintf("%s%s-%d-*", tempPrefix, op, os.Getpid())
}

// removeStaleTemps deletes, in dir, the temporary files and folders of
// backups and restores whose process no longer runs (killed before its
// deferred clean-up).
func removeStaleTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), tempPrefix)
		if !ok {
			continue
		}
		parts := strings.SplitN(rest, "-", 3)
		if len(parts) < 3 || (parts[0] != "backup" && parts[0] != "restore") {
			continue
		}
		pid, err := strconv.Atoi(parts[1])
		if err != nil || pid == os.Getpid() || processAlive(pid) {
			continue
		}
		os.RemoveAll(filepath.Join(dir, e.Name()))
	}
}
