// Package docstore keeps the bytes of documents (evidence, attachments,
// signed reports), content-addressed by SHA-256, on the local disk (Disk)
// or in an S3-compatible bucket shared by every replica (S3): a file is
// streamed to a temporary file while it is hashed and measured, then moved
// or uploaded to its final place, so nothing is held in memory and a
// document's key proves its content. Both stores use the same keys, so a
// folder can be copied into a bucket as it is.
package docstore

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/cades"
)

// Stored describes bytes put in the store.
type Stored struct {
	Key      string // where the store keeps them
	SHA256   string // lower-case hex
	Size     int64
	MIMEType string
}

// Store keeps document bytes.
type Store interface {
	// Put streams r into the store; filename helps recognise the type.
	Put(r io.Reader, filename string) (Stored, error)
	// Open returns the bytes stored under key.
	Open(key string) (io.ReadCloser, error)
}

// MaxSize is the largest document accepted (20 MiB).
const MaxSize = 20 << 20

// allowed are the media types accepted, by what the content looks like.
var allowed = map[string]bool{
	"application/pdf": true, "application/xml": true, "text/xml; charset=utf-8": true,
	"image/png": true, "image/jpeg": true, "application/zip": true,
	"text/plain; charset=utf-8": true, "text/csv": true,
}

// Disk is a Store in a folder.
type Disk struct{ Root string }

// Put implements Store. It returns INVALID for an empty or oversized file
// or a type that is not accepted (PDF, signed PDF/P7M, XML, images,
// office files, CSV).
func (d Disk) Put(r io.Reader, filename string) (Stored, error) {
	tmpDir := filepath.Join(d.Root, "tmp")
	if err := os.MkdirAll(tmpDir, 0o750); err != nil {
		return Stored{}, err
	}
	sp, err := spool(r, filename, tmpDir)
	if err != nil {
		return Stored{}, err
	}
	defer func() { _ = os.Remove(sp.file) }()
	dst := filepath.Join(d.Root, filepath.FromSlash(sp.Key))
	if err := os.MkdirAll(filepath.Dir(dst), 0o750); err != nil {
		return Stored{}, err
	}
	if _, err := os.Stat(dst); errors.Is(err, os.ErrNotExist) {
		if err := os.Rename(sp.file, dst); err != nil {
			return Stored{}, err
		}
		// The file's bytes were synced when spooled; syncing its folder
		// makes the new name survive a power loss too, before the database
		// row that names it is committed.
		if err := syncDir(filepath.Dir(dst)); err != nil {
			return Stored{}, err
		}
	}
	return sp.Stored, nil
}

// syncDir flushes a folder's entries to disk.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// Open implements Store. A missing file is an error wrapping
// fs.ErrNotExist.
func (d Disk) Open(key string) (io.ReadCloser, error) {
	if !validKey(key) {
		return nil, fmt.Errorf("docstore: bad key %q", key)
	}
	return os.Open(filepath.Join(d.Root, filepath.FromSlash(key)))
}

// validKey refuses keys that would leave the store (or its prefix).
func validKey(key string) bool {
	return key != "" && !strings.Contains(key, "..") && !filepath.IsAbs(key) && !strings.HasPrefix(key, "/")
}

// spooled is an upload written to a temporary file, hashed, measured and
// recognised: what every Store does before keeping the bytes.
type spooled struct {
	Stored
	file string // the temporary file, which the caller removes
}

// spool streams r into a new temporary file in dir while hashing and
// measuring it, and recognises its type, so that no store holds a document
// in memory. It returns INVALID (rules document.empty, document.too_large,
// document.type) for a file no store accepts, after removing the temporary
// file; otherwise the caller removes it (or moves it away). The key is
// derived from the SHA-256 ("ab/abcd…"), so the same bytes always get the
// same key.
func spool(r io.Reader, filename, dir string) (sp spooled, err error) {
	tmp, err := os.CreateTemp(dir, "upload-*")
	if err != nil {
		return spooled{}, err
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name())
		}
	}()
	h := sha256.New()
	head := &headBuffer{max: 512}
	n, err := io.Copy(io.MultiWriter(tmp, h, head), io.LimitReader(r, MaxSize+1))
	if err == nil && n > 0 && n <= MaxSize {
		err = tmp.Sync() // on disk before anything names it
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return spooled{}, err
	}
	switch {
	case n == 0:
		return spooled{}, apperr.InvalidField("file", "document.empty", "Il file è vuoto.")
	case n > MaxSize:
		return spooled{}, apperr.InvalidField("file", "document.too_large", fmt.Sprintf("Il file supera i %d MB.", MaxSize>>20))
	}
	mime := detect(head.b, filename)
	if mime == "" {
		return spooled{}, apperr.InvalidField("file", "document.type",
			"Tipo di file non ammesso: usare PDF (anche firmato), P7M, XML, immagini PNG o JPEG, file Office o CSV.")
	}
	if mime, err = confirm(tmp.Name(), mime); err != nil {
		return spooled{}, err
	}
	sum := hex.EncodeToString(h.Sum(nil))
	return spooled{
		Stored: Stored{Key: contentKey(sum), SHA256: sum, Size: n, MIMEType: mime},
		file:   tmp.Name(),
	}, nil
}

// contentKey is the key of bytes whose SHA-256 is sum: "ab/abcd…".
func contentKey(sum string) string { return sum[:2] + "/" + sum }

// detect returns the media type of a document, or "" when it is not
// accepted, from its first bytes; the file name only tells which kind of
// ZIP file or text it says it is, or that it is a signed envelope in base64.
// confirm then checks what the first bytes cannot tell.
func detect(head []byte, filename string) string {
	ext := strings.ToLower(filepath.Ext(filename))
	mime := http.DetectContentType(head)
	switch {
	case ext == ".p7m" || cades.LooksSigned(head):
		return MIMESignedData
	case mime == "application/zip" && (ext == ".xlsx" || ext == ".docx" || ext == ".odt" || ext == ".ods"):
		return map[string]string{".xlsx": mimeXLSX, ".docx": mimeDOCX, ".odt": mimeODT, ".ods": mimeODS}[ext]
	case strings.HasPrefix(mime, "text/plain") && ext == ".csv":
		return "text/csv"
	case strings.HasPrefix(mime, "text/xml"):
		return "application/xml"
	case allowed[mime]:
		return strings.TrimSuffix(mime, "; charset=utf-8")
	}
	return ""
}

type headBuffer struct {
	b   []byte
	max int
}

func (h *headBuffer) Write(p []byte) (int, error) {
	if room := h.max - len(h.b); room > 0 {
		h.b = append(h.b, p[:min(room, len(p))]...)
	}
	return len(p), nil
}
