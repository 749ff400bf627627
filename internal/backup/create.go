package backup

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/capofila/capofila/internal/docstore"
)

// CreateOptions are the options of Create.
type CreateOptions struct {
	// DB is the SQLite database to copy; it may be in use.
	DB *sql.DB
	// Out is the archive to write; Force overwrites an existing file.
	Out   string
	Force bool
	// Documents are the documents to archive.
	Documents Documents
	// Version is the Capofila version written into the manifest.
	Version string
}

// Create writes a backup of the SQLite database and the documents (of the
// folder or the bucket) to o.Out while the server may be running, and
// returns its manifest.
func Create(ctx context.Context, o CreateOptions) (*Manifest, error) {
	if o.Out == "" {
		return nil, errors.New("backup needs --out FILE")
	}
	if _, err := os.Stat(o.Out); err == nil && !o.Force {
		return nil, fmt.Errorf("%s exists: choose another name or pass --force", o.Out)
	}
	bucket, err := o.Documents.bucket(ctx)
	if err != nil {
		return nil, err
	}
	src := source{bucket: bucket, dir: o.Documents.Dir}
	dir := filepath.Dir(o.Out)
	removeStaleTemps(dir)
	tmpDir, err := os.MkdirTemp(dir, tempName("backup"))
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmpDir)
	snapshot := filepath.Join(tmpDir, backupDBName)
	// VACUUM INTO copies a consistent snapshot while others read and write.
	if _, err := o.DB.ExecContext(ctx, "VACUUM INTO '"+strings.ReplaceAll(snapshot, "'", "''")+"'"); err != nil {
		return nil, fmt.Errorf("copying the database: %w", err)
	}
	docs, err := src.list(ctx, snapshot)
	if err != nil {
		return nil, err
	}
	m, err := newManifest(ctx, snapshot, docs, o.Version)
	if err != nil {
		return nil, err
	}
	if err := writeArchive(o.Out, m, snapshot, src, docs); err != nil {
		return nil, err
	}
	return m, nil
}

// newManifest describes the database snapshot and the documents.
func newManifest(ctx context.Context, snapshot string, docs []storedFile, version string) (*Manifest, error) {
	m := &Manifest{Format: backupFormat, CreatedAt: time.Now().UTC().Truncate(time.Second), Version: version}
	var err error
	if m.DatabaseSHA256, m.DatabaseBytes, err = fileSHA256(snapshot); err != nil {
		return nil, err
	}
	if m.SchemaVersion, err = schemaVersion(ctx, snapshot); err != nil {
		return nil, err
	}
	for _, doc := range docs {
		m.Documents++
		m.DocumentBytes += doc.size
	}
	return m, nil
}

// writeArchive writes the archive to a temporary file beside out and
// renames it to out once complete and synced.
func writeArchive(out string, m *Manifest, snapshot string, src source, docs []storedFile) error {
	tmp, err := os.CreateTemp(filepath.Dir(out), tempName("backup")+".tar.gz")
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
		if err := src.add(tw, doc); err != nil {
			return err
		}
	}
	for _, c := range []io.Closer{tw, gz} {
		if err := c.Close(); err != nil {
			return err
		}
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), out)
}

// source is where the documents of a backup come from: the bucket, or
// the folder when there is none.
type source struct {
	bucket *docstore.S3
	dir    string
}

// list lists the documents to archive: of a bucket, those the database
// snapshot names; of a folder, its files.
func (s source) list(ctx context.Context, snapshot string) ([]storedFile, error) {
	if s.bucket != nil {
		return referencedDocuments(ctx, snapshot)
	}
	return listDocuments(s.dir)
}

// add archives a document.
func (s source) add(tw *tar.Writer, doc storedFile) error {
	if s.bucket != nil {
		return addObject(tw, s.bucket, doc)
	}
	return addFile(tw, documentsEntry+doc.key, filepath.Join(s.dir, filepath.FromSlash(doc.key)))
}

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
		if _, ok := contentKey(key); !ok {
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
		if _, ok := contentKey(f.key); !ok {
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
