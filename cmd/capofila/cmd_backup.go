package main

import (
	"context"
	"fmt"
	"time"

	"github.com/capofila/capofila/internal/backup"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
)

// runBackup is "capofila backup": a backup of the SQLite database and the
// documents, written while the server may be running (see internal/backup).
func runBackup(ctx context.Context, e env, args []string) error {
	var (
		cfg   config
		out   string
		force bool
	)
	fs := newFlags("backup", &cfg, e.stderr)
	bindDocumentFlags(fs, &cfg)
	fs.StringVar(&out, "out", "", "write the backup to this .tar.gz file (required)")
	fs.BoolVar(&force, "force", false, "overwrite the file if it exists")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if db.IsPostgres(cfg.DatabaseURL) {
		return backup.ErrPostgres
	}
	d, err := cfg.openDB(ctx)
	if err != nil {
		return err
	}
	defer d.Close()
	m, err := backup.Create(ctx, backup.CreateOptions{DB: d.SQL, Out: out, Force: force, Documents: cfg.backupDocuments(), Version: version})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Backup written to %s: database and %d documents (%d bytes) from %s.\n", out, m.Documents, m.DocumentBytes, cfg.documentsWhere())
	return nil
}

// runRestore is "capofila restore": it replaces the SQLite database and
// the documents with a backup, the server stopped (see internal/backup).
func runRestore(ctx context.Context, e env, args []string) error {
	var (
		cfg config
		o   backup.RestoreOptions
	)
	fs := newFlags("restore", &cfg, e.stderr)
	bindDocumentFlags(fs, &cfg)
	fs.StringVar(&o.From, "from", "", "the backup (.tar.gz) to restore (required)")
	fs.BoolVar(&o.Force, "force", false, "replace an existing database and documents folder (a bucket is only added to)")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	o.DatabaseURL, o.Documents = cfg.DatabaseURL, cfg.backupDocuments()
	m, dbPath, err := backup.Restore(ctx, o)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Restored the backup of %s (version %s): database %s and %d documents in %s.\n",
		m.CreatedAt.Format(time.RFC3339), m.Version, dbPath, m.Documents, cfg.documentsWhere())
	return nil
}

// backupDocuments says where backup and restore find the documents: the
// configured bucket, or the folder.
func (c config) backupDocuments() backup.Documents {
	return backup.Documents{Dir: c.DocumentsDir, OpenBucket: func(ctx context.Context) (*docstore.S3, error) {
		store, err := c.documentStore(ctx)
		if err != nil {
			return nil, err
		}
		bucket, _ := store.(*docstore.S3)
		return bucket, nil
	}}
}
