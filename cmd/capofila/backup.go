package main

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/migrations"
)

// A backup is one .tar.gz holding, in this order:
//
//	capofila-backup.json   the manifest (format, time, version, counts)
//	capofila.db            a consistent copy of the SQLite database (VACUUM INTO)
//	documents/xx/<sha256>  every file of the document store
//
// The database is copied first and the documents after: documents are
// written before the rows that name them and never change, so every
// document the copied database refers to is in the archive (later uploads
// may be too, harmlessly).
//
// With the documents in an S3 bucket, the archive holds the documents the
// copied database names (the storage keys of its documents table) rather
// than a listing of the bucket: exactly what the restored rows need,
// without objects of other installations or of uploads whose transaction
// failed, and a missing object fails the backup instead of going unnoticed. The archive is the
// same either way: a backup of one store restores into the other.
const (
	backupFormat   = "capofila-backup/2"
	backupFormatV1 = "capofila-backup/1" // no database checksum: still restored
	tempPrefix     = ".capofila-"
	manifestName   = "capofila-backup.json"
	backupDBName   = "capofila.db"
	documentsEntry = "documents/"
)

// manifest describes a backup.
type manifest struct {
	Format    string    `json:"format"`
	CreatedAt time.Time `json:"createdAt"`
	Version   string    `json:"version"`
	Documents int       `json:"documents"`
	// DocumentBytes is the size of all documents together.
	DocumentBytes int64 `json:"documentBytes"`
	// DatabaseSHA256 and DatabaseBytes identify the copied database file
	// (from format 2): restore refuses a database that does not match.
	DatabaseSHA256 string `json:"databaseSha256,omitempty"`
	DatabaseBytes  int64  `json:"databaseBytes,omitempty"`
	// SchemaVersion is the last migration applied to the copied database.
	SchemaVersion int64 `json:"schemaVersion,omitempty"`
}

// backupFlags are the flags of backup and restore.
type backupFlags struct {
	Out   string
	From  string
	Force bool
}

func bindBackupFlags(fs *flag.FlagSet, cmd string, cfg *config, bf *backupFlags) {
	bindDocumentFlags(fs, cfg)
	if cmd == "backup" {
		fs.StringVar(&bf.Out, "out", "", "write the backup to this .tar.gz file (required)")
		fs.BoolVar(&bf.Force, "force", false, "overwrite the file if it exists")
	} else {
		fs.StringVar(&bf.From, "from", "", "the backup (.tar.gz) to restore (required)")
		fs.BoolVar(&bf.Force, "force", false, "replace an existing database and documents folder (a bucket is only added to)")
	}
}

// errPostgresBackup explains what to use instead on PostgreSQL.
var errPostgresBackup = errors.New("the database is PostgreSQL: back it up with pg_dump and restore it with pg_restore " +
	"(see docs/DEPLOY.md); copy the documents folder alongside, or keep the documents in a bucket with versioning and replication")

// backupBucket returns the configured bucket, or nil when the documents
// are in the folder.
func (c config) backupBucket(ctx context.Context) (*docstore.S3, error) {
	store, err := c.documentStore(ctx)
	if err != nil {
		return nil, err
	}
	bucket, _ := store.(*docstore.S3)
	return bucket, nil
}

// backup writes a backup of the SQLite database and the documents (of the
// folder or the bucket) to bf.Out while the server may be running.
func backup(ctx context.Context, d *db.DB, cfg config, bf backupFlags, stdout io.Writer) error {
	if bf.Out == "" {
		return errors.New("backup needs --out FILE")
	}
	if _, err := os.Stat(bf.Out); err == nil && !bf.Force {
		return fmt.Errorf("%s exists: choose another name or pass --force", bf.Out)
	}
	bucket, err := cfg.backupBucket(ctx)
	if err != nil {
		return err
	}
	dir := filepath.Dir(bf.Out)
	removeStaleTemps(dir)
	tmpDir, err := os.MkdirTemp(dir, tempName("backup"))
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmpDir)
	snapshot := filepath.Join(tmpDir, backupDBName)
	// VACUUM INTO copies a consistent snapshot while others read and write.
	if _, err := d.SQL.ExecContext(ctx, "VACUUM INTO '"+strings.ReplaceAll(snapshot, "'", "''")+"'"); err != nil {
		return fmt.Errorf("copying the database: %w", err)
	}
	var docs []storedFile
	if bucket != nil {
		docs, err = referencedDocuments(ctx, snapshot)
	} else {
		docs, err = listDocuments(cfg.DocumentsDir)
	}
	if err != nil {
		return err
	}
	m := manifest{Format: backupFormat, CreatedAt: time.Now().UTC().Truncate(time.Second), Version: version}
	if m.DatabaseSHA256, m.DatabaseBytes, err = fileSHA256(snapshot); err != nil {
		return err
	}
	if m.SchemaVersion, err = schemaVersion(ctx, snapshot); err != nil {
		return err
	}
	for _, doc := range docs {
		m.Documents++
		m.DocumentBytes += doc.size
	}

	tmp, err := os.CreateTemp(dir, tempName("backup")+".tar.gz")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	gz := gzip.NewWriter(tmp)
	tw := tar.NewWriter(gz)
	mb, _ := json.MarshalIndent(m, "", "  ")
	if err := writeEntry(tw, manifestName, int64(len(mb)), strings.NewReader(string(mb))); err != nil {
		return err
	}
	if err := addFile(tw, backupDBName, snapshot); err != nil {
		return err
	}
	for _, doc := range docs {
		var err error
		if bucket != nil {
			err = addObject(tw, bucket, doc)
		} else {
			err = addFile(tw, documentsEntry+doc.key, filepath.Join(cfg.DocumentsDir, filepath.FromSlash(doc.key)))
		}
		if err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	if err := gz.Close(); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), bf.Out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Backup written to %s: database and %d documents (%d bytes) from %s.\n", bf.Out, m.Documents, m.DocumentBytes, cfg.documentsWhere())
	return nil
}

type storedFile struct {
	key  string // "xx/<sha256>", slash-separated
	size int64
}

// docKey matches the keys of the content-addressed store.
var docKey = regexp.MustCompile(`^([0-9a-f]{2})/([0-9a-f]{64})$`)

// listDocuments lists the files of the document store (not its tmp/
// folder of uploads in progress). A missing folder holds nothing.
func listDocuments(root string) ([]storedFile, error) {
	var out []storedFile
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			if p == root && errors.Is(err, fs.ErrNotExist) {
				return filepath.SkipAll
			}
			return err
		}
		if e.IsDir() || !e.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		key := filepath.ToSlash(rel)
		if m := docKey.FindStringSubmatch(key); m == nil || !strings.HasPrefix(m[2], m[1]) {
			return nil // uploads in progress (tmp/) and anything foreign
		}
		info, err := e.Info()
		if err != nil {
			return err
		}
		out = append(out, storedFile{key: key, size: info.Size()})
		return nil
	})
	return out, err
}

// referencedDocuments lists the documents the database file names, each
// once (the same bytes uploaded twice share a key).
func referencedDocuments(ctx context.Context, dbFile string) ([]storedFile, error) {
	sdb, err := sql.Open("sqlite", "file:"+dbFile+"?mode=ro")
	if err != nil {
		return nil, err
	}
	defer sdb.Close()
	rows, err := sdb.QueryContext(ctx, `SELECT storage_key, MAX(size_bytes) FROM documents GROUP BY storage_key ORDER BY storage_key`)
	if err != nil {
		return nil, fmt.Errorf("listing the documents of the database: %w", err)
	}
	defer rows.Close()
	var out []storedFile
	for rows.Next() {
		var f storedFile
		if err := rows.Scan(&f.key, &f.size); err != nil {
			return nil, err
		}
		if m := docKey.FindStringSubmatch(f.key); m == nil || !strings.HasPrefix(m[2], m[1]) {
			return nil, fmt.Errorf("a document has the storage key %q, not a content key: it cannot be backed up", f.key)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// addObject archives a document of the bucket, checking that its bytes
// still match their key.
func addObject(tw *tar.Writer, bucket *docstore.S3, doc storedFile) error {
	rc, err := bucket.Open(doc.key)
	if err != nil {
		return fmt.Errorf("document %s: %w", doc.key, err)
	}
	defer rc.Close()
	h := sha256.New()
	if err := writeEntry(tw, documentsEntry+doc.key, doc.size, io.TeeReader(rc, h)); err != nil {
		return err
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != path.Base(doc.key) {
		return fmt.Errorf("document %s is damaged in the bucket: its SHA-256 is %s", doc.key, got)
	}
	return nil
}

func addFile(tw *tar.Writer, name, src string) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	return writeEntry(tw, name, info.Size(), f)
}

func writeEntry(tw *tar.Writer, name string, size int64, r io.Reader) error {
	if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o640, Size: size, ModTime: time.Now(), Typeflag: tar.TypeReg}); err != nil {
		return err
	}
	if _, err := io.Copy(tw, r); err != nil {
		return fmt.Errorf("archiving %s: %w", name, err)
	}
	return nil
}

// restore replaces the SQLite database and the documents folder with the
// content of a backup. The server must be stopped. Everything is first
// extracted beside its destination and checked (the manifest, every
// document's SHA-256 against its name, the database's integrity); only then
// are the old database and folder replaced, so a bad backup leaves them as
// they were.
//
// With the documents in a bucket, the documents are uploaded (those not
// already there) before the database is replaced, and nothing is deleted
// from the bucket: objects are named by their content, so an object already
// under a key holds the very bytes of the backup, and objects the restored
// database does not name are harmless (other installations may share the
// bucket).
func restore(ctx context.Context, cfg config, bf backupFlags, stdout io.Writer) error {
	if bf.From == "" {
		return errors.New("restore needs --from FILE")
	}
	if db.IsPostgres(cfg.DatabaseURL) {
		return errPostgresBackup
	}
	dbPath, ok := db.SQLitePath(cfg.DatabaseURL)
	if !ok {
		return fmt.Errorf("restore needs an SQLite database URL (sqlite:PATH), not %q", cfg.DatabaseURL)
	}
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o750); err != nil {
		return err
	}
	// No server or command may have the database open while it is replaced:
	// its next acknowledged writes would vanish with the old file.
	lock, err := db.LockExclusive(dbPath)
	if errors.Is(err, db.ErrLocked) {
		return fmt.Errorf("%s is open in a running Capofila server or command: stop it before restoring", dbPath)
	}
	if err != nil {
		return err
	}
	if lock != nil {
		defer lock.Close()
	}
	bucket, err := cfg.backupBucket(ctx)
	if err != nil {
		return err
	}
	if !bf.Force {
		for _, p := range []string{dbPath, dbPath + "-wal"} {
			if _, err := os.Stat(p); err == nil {
				return fmt.Errorf("%s exists: stop the server and pass --force to replace the database and the documents", p)
			}
		}
		if entries, err := os.ReadDir(cfg.DocumentsDir); bucket == nil && err == nil && len(entries) > 0 {
			return fmt.Errorf("the documents folder %s is not empty: pass --force to replace it", cfg.DocumentsDir)
		}
	}
	f, err := os.Open(bf.From)
	if err != nil {
		return err
	}
	defer f.Close()

	docsParent := filepath.Dir(filepath.Clean(cfg.DocumentsDir))
	if bucket != nil {
		docsParent = filepath.Dir(dbPath) // only a staging area
	}
	if err := os.MkdirAll(docsParent, 0o750); err != nil {
		return err
	}
	removeStaleTemps(docsParent)
	removeStaleTemps(filepath.Dir(dbPath))
	stage, err := os.MkdirTemp(docsParent, tempName("restore"))
	if err != nil {
		return err
	}
	defer os.RemoveAll(stage)
	dbTmp, err := os.CreateTemp(filepath.Dir(dbPath), tempName("restore")+".db")
	if err != nil {
		return err
	}
	dbTmp.Close()
	defer os.Remove(dbTmp.Name())

	m, err := extract(f, dbTmp.Name(), stage)
	if err != nil {
		return fmt.Errorf("reading %s: %w", bf.From, err)
	}
	if err := checkDatabase(ctx, dbTmp.Name(), m); err != nil {
		return err
	}
	if bucket != nil {
		if err := uploadDocuments(ctx, bucket, stage); err != nil {
			return err
		}
	}

	// Swap: a stale WAL next to the old database would be replayed onto the
	// restored one, so it goes first.
	for _, p := range []string{dbPath + "-wal", dbPath + "-shm"} {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	if err := os.Rename(dbTmp.Name(), dbPath); err != nil {
		return err
	}
	if bucket != nil {
		fmt.Fprintf(stdout, "Restored the backup of %s (version %s): database %s and %d documents in %s.\n",
			m.CreatedAt.Format(time.RFC3339), m.Version, dbPath, m.Documents, cfg.documentsWhere())
		return nil
	}
	old := ""
	if _, err := os.Stat(cfg.DocumentsDir); err == nil {
		old = fmt.Sprintf("%s.old-%d", filepath.Clean(cfg.DocumentsDir), time.Now().UnixNano())
		if err := os.Rename(cfg.DocumentsDir, old); err != nil {
			return err
		}
	}
	if err := os.Rename(stage, cfg.DocumentsDir); err != nil {
		return err
	}
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "Restored the backup of %s (version %s): database %s and %d documents in %s.\n",
		m.CreatedAt.Format(time.RFC3339), m.Version, dbPath, m.Documents, cfg.DocumentsDir)
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

// extract reads a backup: the database to dbFile, the documents under
// docsDir, each checked against its SHA-256 name; it returns the manifest.
func extract(r io.Reader, dbFile, docsDir string) (*manifest, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(gz)
	var (
		m      *manifest
		gotDB  bool
		dbSum  string
		dbSize int64
		nDocs  int
		nBytes int64
	)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if h.Typeflag != tar.TypeReg {
			return nil, fmt.Errorf("unexpected entry %q", h.Name)
		}
		name := path.Clean(h.Name)
		switch {
		case m == nil:
			if name != manifestName {
				return nil, errors.New("not a Capofila backup (no manifest first)")
			}
			m = &manifest{}
			if err := json.NewDecoder(io.LimitReader(tr, 1<<20)).Decode(m); err != nil {
				return nil, fmt.Errorf("manifest: %w", err)
			}
			if m.Format != backupFormat && m.Format != backupFormatV1 {
				return nil, fmt.Errorf("backup format %q, this version reads %q", m.Format, backupFormat)
			}
		case name == backupDBName:
			sum := sha256.New()
			if err := writeFile(dbFile, io.TeeReader(tr, sum), ""); err != nil {
				return nil, err
			}
			gotDB, dbSum, dbSize = true, hex.EncodeToString(sum.Sum(nil)), h.Size
		case strings.HasPrefix(name, documentsEntry):
			key := strings.TrimPrefix(name, documentsEntry)
			km := docKey.FindStringSubmatch(key)
			if km == nil || !strings.HasPrefix(km[2], km[1]) {
				return nil, fmt.Errorf("unexpected document %q", h.Name)
			}
			dst := filepath.Join(docsDir, filepath.FromSlash(key))
			if err := os.MkdirAll(filepath.Dir(dst), 0o750); err != nil {
				return nil, err
			}
			if err := writeFile(dst, tr, km[2]); err != nil {
				return nil, err
			}
			nDocs++
			nBytes += h.Size
		default:
			return nil, fmt.Errorf("unexpected entry %q", h.Name)
		}
	}
	// The tar stream ends before the gzip trailer: reading on to the end
	// makes the gzip reader check the whole stream's CRC-32 and length, so
	// a flipped bit or a missing tail is refused, not restored.
	if _, err := io.Copy(io.Discard, gz); err != nil {
		return nil, fmt.Errorf("the archive is damaged or incomplete: %w", err)
	}
	switch {
	case m == nil:
		return nil, errors.New("empty archive")
	case !gotDB:
		return nil, errors.New("the database is missing")
	case nDocs != m.Documents || nBytes != m.DocumentBytes:
		return nil, fmt.Errorf("%d documents (%d bytes) in the archive, the manifest says %d (%d bytes)", nDocs, nBytes, m.Documents, m.DocumentBytes)
	case m.Format != backupFormatV1 && (dbSum != m.DatabaseSHA256 || dbSize != m.DatabaseBytes):
		return nil, fmt.Errorf("the database in the archive (SHA-256 %s, %d bytes) is not the one the manifest names (%s, %d bytes): the backup is damaged",
			dbSum, dbSize, m.DatabaseSHA256, m.DatabaseBytes)
	}
	return m, nil
}

// writeFile copies r to a new file dst and, when wantSHA is set, checks the
// content's SHA-256.
func writeFile(dst string, r io.Reader, wantSHA string) error {
	f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o640)
	if err != nil {
		return err
	}
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(f, h), r); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if got := hex.EncodeToString(h.Sum(nil)); wantSHA != "" && got != wantSHA {
		return fmt.Errorf("document %s is damaged: its SHA-256 is %s", wantSHA, got)
	}
	return nil
}

// checkDatabase checks a restored file before it replaces anything: SQLite's
// integrity check, that it is a Capofila database (its migrations table and
// core tables), and that its schema is one this binary knows — at most the
// newest embedded migration (older ones are migrated at the next start).
func checkDatabase(ctx context.Context, file string, m *manifest) error {
	sdb, err := sql.Open("sqlite", "file:"+file+"?_pragma=foreign_keys(1)")
	if err != nil {
		return err
	}
	defer sdb.Close()
	var res string
	if err := sdb.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil {
		return fmt.Errorf("the database in the backup cannot be read: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("the database in the backup is damaged: %s", res)
	}
	for _, table := range []string{"goose_db_version", "public_bodies", "users", "documents"} {
		var n int
		if err := sdb.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", table).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("the database in the backup is not a Capofila database (no %s table)", table)
		}
	}
	got, err := appliedVersion(ctx, sdb)
	if err != nil {
		return err
	}
	newest, err := newestMigration()
	if err != nil {
		return err
	}
	switch {
	case got > newest:
		return fmt.Errorf("the database in the backup has migration %d, newer than this Capofila knows (%d): restore it with the version that made it (%s)", got, newest, m.Version)
	case m.SchemaVersion != 0 && got != m.SchemaVersion:
		return fmt.Errorf("the database in the backup has migration %d, the manifest says %d: the backup is damaged", got, m.SchemaVersion)
	}
	return nil
}

// schemaVersion returns the last migration applied to an SQLite file.
func schemaVersion(ctx context.Context, file string) (int64, error) {
	sdb, err := sql.Open("sqlite", "file:"+file+"?mode=ro")
	if err != nil {
		return 0, err
	}
	defer sdb.Close()
	return appliedVersion(ctx, sdb)
}

func appliedVersion(ctx context.Context, sdb *sql.DB) (int64, error) {
	var v sql.NullInt64
	if err := sdb.QueryRowContext(ctx, "SELECT MAX(version_id) FROM goose_db_version WHERE is_applied").Scan(&v); err != nil {
		return 0, fmt.Errorf("reading the migrations of the database: %w", err)
	}
	return v.Int64, nil
}

// newestMigration is the version of the newest SQLite migration embedded
// in this binary.
func newestMigration() (int64, error) {
	fsys, err := migrations.FS("sqlite3")
	if err != nil {
		return 0, err
	}
	files, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return 0, err
	}
	var newest int64
	for _, f := range files {
		digits, _, _ := strings.Cut(f, "_")
		if v, err := strconv.ParseInt(digits, 10, 64); err == nil && v > newest {
			newest = v
		}
	}
	return newest, nil
}

// fileSHA256 returns the SHA-256 and size of a file.
func fileSHA256(name string) (string, int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

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
