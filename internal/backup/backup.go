// Package backup writes and restores backups of an installation on the
// embedded SQLite database: the database and the documents, of a folder or
// of an S3 bucket, in one .tar.gz. Its error messages are the capofila
// command's and name its flags.
//
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
package backup

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"time"

	"github.com/capofila/capofila/internal/docstore"
)

const (
	backupFormat   = "capofila-backup/2"
	backupFormatV1 = "capofila-backup/1" // no database checksum: still restored
	tempPrefix     = ".capofila-"
	manifestName   = "capofila-backup.json"
	backupDBName   = "capofila.db"
	documentsEntry = "documents/"
)

// Manifest describes a backup.
type Manifest struct {
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

// ErrPostgres explains what to use instead on PostgreSQL.
var ErrPostgres = errors.New("the database is PostgreSQL: back it up with pg_dump and restore it with pg_restore " +
	"(see docs/DEPLOY.md); copy the documents folder alongside, or keep the documents in a bucket with versioning and replication")

// Documents says where the documents are kept.
type Documents struct {
	// Dir is the folder of the documents, when OpenBucket is nil or
	// returns no bucket.
	Dir string
	// OpenBucket opens the bucket of the documents, or returns nil when
	// they are in Dir. It is called once the preconditions of the backup
	// or restore hold (a restore: with the database locked).
	OpenBucket func(context.Context) (*docstore.S3, error)
}

func (d Documents) bucket(ctx context.Context) (*docstore.S3, error) {
	if d.OpenBucket == nil {
		return nil, nil
	}
	return d.OpenBucket(ctx)
}

type storedFile struct {
	key  string // "xx/<sha256>", slash-separated
	size int64
}

// docKey matches the keys of the content-addressed store.
var docKey = regexp.MustCompile(`^([0-9a-f]{2})/([0-9a-f]{64})$`)

// contentKey splits a key of the content-addressed store into its SHA-256;
// ok is false for anything else.
func contentKey(key string) (sha string, ok bool) {
	m := docKey.FindStringSubmatch(key)
	if m == nil || !strings.HasPrefix(m[2], m[1]) {
		return "", false
	}
	return m[2], true
}
