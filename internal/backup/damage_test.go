package backup

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/db"
)

// restoreDamaged is run by TestRestore_RoundTrip on its archive of
// the demo: a restore either refuses a damaged backup (leaving the target
// untouched) or restores exactly the source's rows; it never restores other
// data with success.
func restoreDamaged(t *testing.T, dir, src, archive string) {
	good, err := os.ReadFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	r := &damagedRestores{dir: dir, want: fmt.Sprint(tableDigests(t, src))}
	t.Run("BitFlipsNeverRestoreOtherData", func(t *testing.T) { r.bitFlips(t, good) })
	t.Run("ErrTruncated", func(t *testing.T) { r.truncated(t, good) })
	t.Run("ErrNotACapofilaDatabase", func(t *testing.T) { r.foreignDatabase(t) })
	t.Run("ErrServerRunning", func(t *testing.T) { restoreUnderServer(t, dir, archive) })
	t.Run("LeftoversOfKilledRunsRemoved", func(t *testing.T) { restoreRemovesLeftovers(t, dir, archive) })
}

// damagedRestores restores damaged archives, each into a new folder.
type damagedRestores struct {
	dir  string
	want string // the digests of the source's tables
	n    int
}

// try restores data: it either refuses it, leaving no database behind, or
// restores exactly the source's rows.
func (r *damagedRestores) try(t *testing.T, data []byte) error {
	t.Helper()
	r.n++
	target := filepath.Join(r.dir, fmt.Sprintf("damage-%d", r.n))
	file := filepath.Join(target, "bad.tar.gz")
	if err := os.MkdirAll(target, 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	dbFile := filepath.Join(target, "c.db")
	err := restore("sqlite:"+dbFile, file, folder(filepath.Join(target, "documents")), false)
	if err != nil {
		if _, statErr := os.Stat(dbFile); statErr == nil {
			t.Errorf("a refused restore left a database behind")
		}
		return err
	}
	if got := fmt.Sprint(tableDigests(t, "sqlite:"+dbFile)); got != r.want {
		t.Errorf("restore succeeded with rows that differ from the source")
	}
	return nil
}

// bitFlips: every single-bit flip past the gzip header that changes the
// archive's content is refused. A few bits of a deflate stream are never
// read (the padding before a stored block's length, the tail of the last
// byte), so a flip there leaves the archive exactly as it was and may be
// restored; try checks that such a restore brings back the source's rows.
func (r *damagedRestores) bitFlips(t *testing.T, good []byte) {
	content, err := gunzip(good)
	if err != nil {
		t.Fatal(err)
	}
	refused, unchanged := 0, 0
	for i := 0; i < 40; i++ {
		pos := 10 + (len(good)-10)*i/40 // past the gzip header's time and flags
		bad := append([]byte(nil), good...)
		bad[pos] ^= 1 << (i % 8)
		if got, err := gunzip(bad); err == nil && bytes.Equal(got, content) {
			unchanged++
			_ = r.try(t, bad) // either answer is right; try checks the rows
			continue
		}
		if r.try(t, bad) != nil {
			refused++
		} else {
			t.Errorf("a flip of bit %d at byte %d changes the archive and was restored", i%8, pos)
		}
	}
	if unchanged > 4 {
		t.Errorf("%d of 40 flips left the archive unchanged: the positions no longer test the stream", unchanged)
	}
	t.Logf("%d flips refused, %d fell on bits deflate never reads", refused, unchanged)
}

// gunzip decompresses a whole gzip stream, checking its CRC-32 and length.
func gunzip(b []byte) ([]byte, error) {
	gz, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(gz)
}

// truncated: an archive missing its tail is refused.
func (r *damagedRestores) truncated(t *testing.T, good []byte) {
	for _, cut := range []int{1, 4, 8, 100, len(good) / 2} {
		if err := r.try(t, good[:len(good)-cut]); err == nil {
			t.Errorf("an archive missing its last %d bytes was restored", cut)
		}
	}
}

// foreignDatabase: a valid SQLite file that is not a Capofila database is
// refused, even with a manifest that describes it exactly.
func (r *damagedRestores) foreignDatabase(t *testing.T) {
	// A valid SQLite file, with a manifest that describes it exactly.
	other := filepath.Join(r.dir, "other.db")
	sdb, err := sql.Open("sqlite", "file:"+other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sdb.Exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	sdb.Close()
	content, _ := os.ReadFile(other)
	sum, size, _ := fileSHA256(other)
	m, _ := json.Marshal(Manifest{Format: backupFormat, Version: "dev", DatabaseSHA256: sum, DatabaseBytes: size})
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, e := range []struct {
		name string
		b    []byte
	}{{manifestName, m}, {backupDBName, content}} {
		_ = tw.WriteHeader(&tar.Header{Name: e.name, Mode: 0o640, Size: int64(len(e.b)), Typeflag: tar.TypeReg})
		_, _ = tw.Write(e.b)
	}
	tw.Close()
	gz.Close()
	err = r.try(t, buf.Bytes())
	if err == nil || !strings.Contains(err.Error(), "not a Capofila database") {
		t.Fatalf("restore of a foreign SQLite file: %v", err)
	}
}

// restoreUnderServer: a restore is refused while a server has the
// database open, and goes ahead once it stops.
func restoreUnderServer(t *testing.T, dir, archive string) {
	target := filepath.Join(dir, "running", "c.db")
	docs := folder(filepath.Join(dir, "running", "docs"))
	if err := restore("sqlite:"+target, archive, docs, false); err != nil {
		t.Fatal(err)
	}
	// A server has the database open...
	d, err := db.Open(context.Background(), "sqlite:"+target, db.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	err = restore("sqlite:"+target, archive, docs, true)
	if err == nil || !strings.Contains(err.Error(), "stop it before restoring") {
		t.Fatalf("restore --force under a running server: %v, want a refusal", err)
	}
	// ...and once it stops, the restore goes ahead.
	d.Close()
	if err := restore("sqlite:"+target, archive, docs, true); err != nil {
		t.Fatalf("restore after the server stopped: %v", err)
	}
	// A server cannot start on a database being restored.
	lock, err := db.LockExclusive(target)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Close()
	if _, err := db.Open(context.Background(), "sqlite:"+target, db.Options{}); err == nil || !strings.Contains(err.Error(), "being restored") {
		t.Fatalf("opening a database under restore: %v", err)
	}
}

// restoreRemovesLeftovers: a restore removes the temporary files of killed
// runs, not those of running processes.
func restoreRemovesLeftovers(t *testing.T, dir, archive string) {
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("no true(1) to get a finished process id")
	}
	target := filepath.Join(dir, "leftovers")
	if err := os.MkdirAll(target, 0o750); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(target, fmt.Sprintf("%srestore-%d-123.db", tempPrefix, dead.Process.Pid))
	live := filepath.Join(target, fmt.Sprintf("%srestore-%d-456.db", tempPrefix, os.Getppid()))
	for _, f := range []string{stale, live} {
		if err := os.WriteFile(f, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := restore("sqlite:"+filepath.Join(target, "c.db"), archive, folder(filepath.Join(target, "docs")), false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("the leftover of a killed restore is still there")
	}
	if _, err := os.Stat(live); err != nil {
		t.Error("the file of a running process was removed")
	}
}
