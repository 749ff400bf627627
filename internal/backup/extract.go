package backup

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// extract reads a backup: the database to dbFile, the documents under
// docsDir, each checked against its SHA-256 name; it returns the manifest.
func extract(r io.Reader, dbFile, docsDir string) (*Manifest, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	x := extraction{dbFile: dbFile, docsDir: docsDir}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if err := x.entry(h, tr); err != nil {
			return nil, err
		}
	}
	// The tar stream ends before the gzip trailer: reading on to the end
	// makes the gzip reader check the whole stream's CRC-32 and length, so
	// a flipped bit or a missing tail is refused, not restored.
	if _, err := io.Copy(io.Discard, gz); err != nil {
		return nil, fmt.Errorf("the archive is damaged or incomplete: %w", err)
	}
	if err := x.complete(); err != nil {
		return nil, err
	}
	return x.m, nil
}

// extraction is the state of extract: what the archive held so far.
type extraction struct {
	dbFile, docsDir string

	m      *Manifest
	gotDB  bool
	dbSum  string
	dbSize int64
	nDocs  int
	nBytes int64
}

// entry extracts one entry of the archive: the manifest first, then the
// database and the documents.
func (x *extraction) entry(h *tar.Header, r io.Reader) error {
	if h.Typeflag != tar.TypeReg {
		return fmt.Errorf("unexpected entry %q", h.Name)
	}
	name := path.Clean(h.Name)
	switch {
	case x.m == nil:
		if name != manifestName {
			return errors.New("not a Capofila backup (no manifest first)")
		}
		x.m = &Manifest{}
		if err := json.NewDecoder(io.LimitReader(r, 1<<20)).Decode(x.m); err != nil {
			return fmt.Errorf("manifest: %w", err)
		}
		if x.m.Format != backupFormat && x.m.Format != backupFormatV1 {
			return fmt.Errorf("backup format %q, this version reads %q", x.m.Format, backupFormat)
		}
	case name == backupDBName:
		sum := sha256.New()
		if err := writeFile(x.dbFile, io.TeeReader(r, sum), ""); err != nil {
			return err
		}
		x.gotDB, x.dbSum, x.dbSize = true, hex.EncodeToString(sum.Sum(nil)), h.Size
	case strings.HasPrefix(name, documentsEntry):
		return x.document(h, strings.TrimPrefix(name, documentsEntry), r)
	default:
		return fmt.Errorf("unexpected entry %q", h.Name)
	}
	return nil
}

// document extracts a document, checking its SHA-256 against its key.
func (x *extraction) document(h *tar.Header, key string, r io.Reader) error {
	sha, ok := contentKey(key)
	if !ok {
		return fmt.Errorf("unexpected document %q", h.Name)
	}
	dst := filepath.Join(x.docsDir, filepath.FromSlash(key))
	if err := os.MkdirAll(filepath.Dir(dst), 0o750); err != nil {
		return err
	}
	if err := writeFile(dst, r, sha); err != nil {
		return err
	}
	x.nDocs++
	x.nBytes += h.Size
	return nil
}

// complete checks, at the end of the archive, that it held what its
// manifest says.
func (x *extraction) complete() error {
	m := x.m
	switch {
	case m == nil:
		return errors.New("empty archive")
	case !x.gotDB:
		return errors.New("the database is missing")
	case x.nDocs != m.Documents || x.nBytes != m.DocumentBytes:
		return fmt.Errorf("%d documents (%d bytes) in the archive, the manifest says %d (%d bytes)", x.nDocs, x.nBytes, m.Documents, m.DocumentBytes)
	case m.Format != backupFormatV1 && (x.dbSum != m.DatabaseSHA256 || x.dbSize != m.DatabaseBytes):
		return fmt.Errorf("the database in the archive (SHA-256 %s, %d bytes) is not the one the manifest names (%s, %d bytes): the backup is damaged",
			x.dbSum, x.dbSize, m.DatabaseSHA256, m.DatabaseBytes)
	}
	return nil
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
