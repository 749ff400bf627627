package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/s3test"
)

// TestBackup_Commands runs "capofila backup" and "capofila restore" on a
// seeded database with a document, in a folder and in a bucket: the round
// trip through the command line, its flags and its messages. What a backup
// holds and how a restore checks it is tested in internal/backup.
func TestBackup_Commands(t *testing.T) {
	dir := t.TempDir()
	src, srcDocs := "sqlite:"+filepath.Join(dir, "src", "capofila.db"), filepath.Join(dir, "src", "documents")
	if out, _, err := runCmd(t, "seed", "--database-url", src); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	const content = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"
	key := addDocument(t, src, docstore.Disk{Root: srcDocs}, content)

	archive := filepath.Join(dir, "backup.tar.gz")
	out, _, err := runCmd(t, "backup", "--database-url", src, "--documents-dir", srcDocs, "--out", archive)
	want := fmt.Sprintf("Backup written to %s: database and 1 documents (%d bytes) from %s.\n", archive, len(content), srcDocs)
	if err != nil || out != want {
		t.Fatalf("backup: %v\n%q, want %q", err, out, want)
	}

	dst, dstDocs := filepath.Join(dir, "dst", "capofila.db"), filepath.Join(dir, "dst", "documents")
	out, _, err = runCmd(t, "restore", "--database-url", "sqlite:"+dst, "--documents-dir", dstDocs, "--from", archive)
	if err != nil || !strings.HasPrefix(out, "Restored the backup of ") ||
		!strings.HasSuffix(out, fmt.Sprintf(" (version dev): database %s and 1 documents in %s.\n", dst, dstDocs)) {
		t.Fatalf("restore: %v\n%q", err, out)
	}
	for _, table := range []string{"public_bodies", "users", "budget_lines", "documents"} {
		if got, want := rowCount(t, "sqlite:"+dst, table), rowCount(t, src, table); got != want || want == 0 {
			t.Errorf("%s: %d rows restored, want %d", table, got, want)
		}
	}
	if b, err := os.ReadFile(filepath.Join(dstDocs, filepath.FromSlash(key))); err != nil || string(b) != content {
		t.Errorf("the document after the restore: %q, %v", b, err)
	}

	t.Run("ErrRestoreOverExisting", func(t *testing.T) {
		_, _, err := runCmd(t, "restore", "--database-url", "sqlite:"+dst, "--documents-dir", dstDocs, "--from", archive)
		if err == nil || !strings.Contains(err.Error(), "pass --force") {
			t.Fatalf("restore over an existing database without --force: %v, want a refusal", err)
		}
		if _, _, err := runCmd(t, "restore", "--database-url", "sqlite:"+dst, "--documents-dir", dstDocs, "--from", archive, "--force"); err != nil {
			t.Fatalf("restore --force: %v", err)
		}
	})

	t.Run("ErrPostgres", func(t *testing.T) {
		url := "postgres://postgres@127.0.0.1:1/none?sslmode=disable"
		for _, args := range [][]string{
			{"backup", "--database-url", url, "--out", filepath.Join(dir, "pg.tar.gz")},
			{"restore", "--database-url", url, "--from", archive},
		} {
			if _, _, err := runCmd(t, args...); err == nil || !strings.Contains(err.Error(), "pg_dump") {
				t.Errorf("%s on PostgreSQL: %v, want a pointer to pg_dump", args[0], err)
			}
		}
	})

	t.Run("ErrBucketWithoutEndpoint", func(t *testing.T) {
		_, _, err := runCmd(t, "backup", "--database-url", src, "--out", filepath.Join(dir, "x.tar.gz"), "--documents-s3-bucket", "origine")
		if err == nil || !strings.Contains(err.Error(), "endpoint") {
			t.Fatalf("a bucket without an endpoint: %v, want a refusal", err)
		}
	})

	t.Run("Bucket", func(t *testing.T) { backupCommandsS3(t, dir, src, content) })
}

// backupCommandsS3 backs up the database at src with its documents in a
// bucket and restores it onto another bucket, through the S3 flags.
func backupCommandsS3(t *testing.T, dir, src, content string) {
	t.Setenv("CAPOFILA_DOCUMENTS_S3_ACCESS_KEY", s3test.AccessKey)
	t.Setenv("CAPOFILA_DOCUMENTS_S3_SECRET_KEY", s3test.SecretKey)
	srv := s3test.Start(t, "origine", "ripristino")
	flags := func(bucket string) []string {
		return []string{"--documents-s3-endpoint", srv.Endpoint, "--documents-s3-bucket", bucket, "--documents-s3-region", s3test.Region, "--documents-s3-insecure"}
	}
	origin := config{DocumentsS3: docstore.S3Config{Endpoint: srv.Endpoint, Bucket: "origine", Region: s3test.Region,
		AccessKey: s3test.AccessKey, SecretKey: s3test.SecretKey, Insecure: true}}
	store, err := origin.s3Store(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.Put(strings.NewReader(content), "delibera.pdf"); err != nil {
		t.Fatal(err)
	}
	archive := filepath.Join(dir, "s3.tar.gz")
	out, _, err := runCmd(t, append([]string{"backup", "--database-url", src, "--out", archive}, flags("origine")...)...)
	if err != nil || !strings.HasSuffix(out, fmt.Sprintf("1 documents (%d bytes) from s3://origine/ (%s).\n", len(content), srv.Endpoint)) {
		t.Fatalf("backup from a bucket: %v\n%q", err, out)
	}
	out, _, err = runCmd(t, append([]string{"restore", "--database-url", "sqlite:" + filepath.Join(dir, "s3", "c.db"), "--from", archive}, flags("ripristino")...)...)
	if err != nil || !strings.HasSuffix(out, fmt.Sprintf("1 documents in s3://ripristino/ (%s).\n", srv.Endpoint)) {
		t.Fatalf("restore into a bucket: %v\n%q", err, out)
	}
	if objs := srv.Objects(t, "ripristino"); len(objs) != 1 {
		t.Errorf("%d objects in the bucket after the restore, want the document", len(objs))
	}
}

// addDocument stores a document and its row, as an upload does, and
// returns its storage key.
func addDocument(t *testing.T, url string, store docstore.Store, content string) string {
	t.Helper()
	ctx := authz.WithSystem(context.Background())
	d, err := db.Open(ctx, url, db.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	doc, err := docstore.Record(ctx, d.Client(), store, "delibera.pdf", strings.NewReader(content), func(c *gen.DocumentCreate) {})
	if err != nil {
		t.Fatal(err)
	}
	return doc.StorageKey
}

// rowCount counts the rows of a table of an SQLite database.
func rowCount(t *testing.T, url, table string) int {
	t.Helper()
	path, _ := db.SQLitePath(url)
	sdb, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	var n int
	if err := sdb.QueryRow(`SELECT COUNT(*) FROM "` + table + `"`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
