package backup

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
)

// RestoreOptions are the options of Restore.
type RestoreOptions struct {
	// From is the backup to restore.
	From string
	// DatabaseURL names the SQLite database to replace (sqlite:PATH).
	DatabaseURL string
	// Documents is where the documents go.
	Documents Documents
	// Force replaces an existing database and documents folder (a bucket
	// is only added to).
	Force bool
}

// Restore replaces the SQLite database and the documents folder with the
// content of a backup. The server must be stopped. Everything is first
// extracted beside its destination and checked (the manifest, every
// document's SHA-256 against its name, the database's integrity); only then
// are the old database and folder replaced, so a bad backup leaves them as
// they were. It returns the backup's manifest and the path of the restored
// database.
//
// With the documents in a bucket, the documents are uploaded (those not
// already there) before the database is replaced, and nothing is deleted
// from the bucket: objects are named by their content, so an object already
// under a key holds the very bytes of the backup, and objects the restored
// database does not name are harmless (other installations may share the
// bucket).
func Restore(ctx context.Context, o RestoreOptions) (m *Manifest, dbPath string, err error) {
	if o.From == "" {
		return nil, "", errors.New("restore needs --from FILE")
	}
	if db.IsPostgres(o.DatabaseURL) {
		return nil, "", ErrPostgres
	}
	dbPath, ok := db.SQLitePath(o.DatabaseURL)
	if !ok {
		return nil, "", fmt.Errorf("restore needs an SQLite database URL (sqlite:PATH), not %q", o.DatabaseURL)
	}
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o750); err != nil {
		return nil, "", err
	}
	// No server or command may have the database open while it is replaced:
	// its next acknowledged writes would vanish with the old file.
	lock, err := db.LockExclusive(dbPath)
	if errors.Is(err, db.ErrLocked) {
		return nil, "", fmt.Errorf("%s is open in a running Capofila server or command: stop it before restoring", dbPath)
	}
	if err != nil {
		return nil, "", err
	}
	if lock != nil {
		defer lock.Close()
	}
	bucket, err := o.Documents.bucket(ctx)
	if err != nil {
		return nil, "", err
	}
	if !o.Force {
		if err := checkNothingToReplace(dbPath, o.Documents.Dir, bucket); err != nil {
			return nil, "", err
		}
	}
	m, err = restoreLocked(ctx, o, dbPath, bucket)
	if err != nil {
		return nil, "", err
	}
	return m, dbPath, nil
}

// checkNothingToReplace refuses a restore without --force over an
// existing database or documents folder.
func checkNothingToReplace(dbPath, docsDir string, bucket *docstore.S3) error {
	for _, p := range []string{dbPath, dbPath + "-wal"} {
		if _, err := os.Stat(p); err == nil {
			return fmt.Errorf("%s exists: stop the server and pass --force to replace the database and the documents", p)
		}
	}
	if entries, err := os.ReadDir(docsDir); bucket == nil && err == nil && len(entries) > 0 {
		return fmt.Errorf("the documents folder %s is not empty: pass --force to replace it", docsDir)
	}
	return nil
}

// restoreLocked restores the backup, the database locked: it extracts and
// checks everything beside its destination, uploads the documents to the
// bucket if any, then replaces the database and the documents folder.
func restoreLocked(ctx context.Context, o RestoreOptions, dbPath string, bucket *docstore.S3) (*Manifest, error) {
	f, err := os.Open(o.From)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docsParent := filepath.Dir(filepath.Clean(o.Documents.Dir))
	if bucket != nil {
		docsParent = filepath.Dir(dbPath) // only a staging area
	}
	if err := os.MkdirAll(docsParent, 0o750); err != nil {
		return nil, err
	}
	removeStaleTemps(docsParent)
	removeStaleTemps(filepath.Dir(dbPath))
	stage, err := os.MkdirTemp(docsParent, tempName("restore"))
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(stage)
	dbTmp, err := os.CreateTemp(filepath.Dir(dbPath), tempName("restore")+".db")
	if err != nil {
		return nil, err
	}
	dbTmp.Close()
	defer os.Remove(dbTmp.Name())

	m, err := extract(f, dbTmp.Name(), stage)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", o.From, err)
	}
	if err := checkDatabase(ctx, dbTmp.Name(), m); err != nil {
		return nil, err
	}
	if bucket != nil {
		if err := uploadDocuments(ctx, bucket, stage); err != nil {
			return nil, err
		}
	}
	if err := replaceDatabase(dbTmp.Name(), dbPath); err != nil {
		return nil, err
	}
	if bucket == nil {
		if err := replaceFolder(stage, o.Documents.Dir); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// replaceDatabase moves the restored file onto the database. A stale WAL
// next to the old database would be replayed onto the restored one, so it
// goes first.
func replaceDatabase(restored, dbPath string) error {
	for _, p := range []string{dbPath + "-wal", dbPath + "-shm"} {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return os.Rename(restored, dbPath)
}

// replaceFolder puts the restored documents folder in the place of dir,
// removing the old one.
func replaceFolder(restored, dir string) error {
	old := ""
	if _, err := os.Stat(dir); err == nil {
		old = fmt.Sprintf("%s.old-%d", filepath.Clean(dir), time.Now().UnixNano())
		if err := os.Rename(dir, old); err != nil {
			return err
		}
	}
	if err := os.Rename(restored, dir); err != nil {
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// uploadDocuments puts the documents extracted under dir into the bucket.
func uploadDocuments(ctx context.Context, bucket *docstore.S3, dir string) error {
	docs, err := listDocuments(dir)
	if err != nil {
		return err
	}
	for _, doc := range docs {
		if err := bucket.PutFile(ctx, doc.key, filepath.Join(dir, filepath.FromSlash(doc.key))); err != nil {
			return err
		}
	}
	return nil
}
