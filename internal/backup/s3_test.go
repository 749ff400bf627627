package backup

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/s3test"
)

// TestRestore_RoundTripS3 backs up a seeded database whose documents
// are in a bucket, restores it onto another, empty bucket and finds every
// row of every table and every document the rows name, byte for byte, in
// the new bucket.
func TestRestore_RoundTripS3(t *testing.T) {
	ctx := context.Background()
	srv := s3test.Start(t, "origine", "ripristino")
	bucket := func(name, prefix string) (*docstore.S3, error) {
		return docstore.NewS3(ctx, docstore.S3Config{Endpoint: srv.Endpoint, Bucket: name, Prefix: prefix, Region: s3test.Region,
			AccessKey: s3test.AccessKey, SecretKey: s3test.SecretKey, Insecure: true})
	}
	srcStore, err := bucket("origine", "capofila")
	if err != nil {
		t.Fatal(err)
	}
	from, to := inBucket(srcStore, nil), inBucket(bucket("ripristino", "ripristinato/"))

	dir := t.TempDir()
	src := seeded(t, filepath.Join(dir, "src", "capofila.db"))
	// The same bytes twice: two rows, one object.
	addDocuments(t, src, srcStore, "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n")
	// An object no row names (an upload whose transaction failed) is not
	// part of the installation's data.
	orphan, err := srcStore.Put(strings.NewReader("orfano;1\n"), "orfano.csv")
	if err != nil {
		t.Fatal(err)
	}

	archive := filepath.Join(dir, "backup.tar.gz")
	m, err := create(t, src, archive, from, false)
	if err != nil {
		t.Fatalf("backup: %v", err)
	}
	if m.Documents != 3 {
		t.Errorf("backup: %d documents, want the 3 the rows name", m.Documents)
	}

	dst := "sqlite:" + filepath.Join(dir, "dst", "capofila.db")
	putsBefore := srv.Puts()
	if err := restore(dst, archive, to, false); err != nil {
		t.Fatalf("restore: %v", err)
	}

	t.Run("EveryRow", func(t *testing.T) { wantSameTables(t, src, dst) })

	t.Run("EveryDocument", func(t *testing.T) {
		dstStore, err := to.OpenBucket(ctx)
		if err != nil {
			t.Fatal(err)
		}
		rows, keys := wantDocumentsIn(t, dst, dstStore)
		if rows != 4 {
			t.Fatalf("%d document rows restored, want 4", rows)
		}
		objs := srv.Objects(t, "ripristino")
		for key := range keys {
			if _, ok := objs["ripristinato/"+key]; !ok {
				t.Errorf("object ripristinato/%s missing", key)
			}
		}
		if len(objs) != len(keys) || srv.Puts()-putsBefore != int64(len(keys)) {
			t.Errorf("%d objects in the new bucket after %d PUTs, want the %d documents named by the rows (not the orphan %s)",
				len(objs), srv.Puts()-putsBefore, len(keys), orphan.Key)
		}
	})

	t.Run("IntoFolder", func(t *testing.T) { restoreIntoFolder(t, dir, archive, srv.Objects(t, "ripristino")) })

	t.Run("ErrRestoreOverExisting", func(t *testing.T) { restoreOverExistingS3(t, srv, src, dst, archive, to) })

	t.Run("ErrNoBucket", func(t *testing.T) { restoreOntoMissingBucket(t, dir, archive, inBucket(bucket("nessuno", ""))) })

	t.Run("ErrMissingObject", func(t *testing.T) {
		// A row whose bytes never reached the bucket (here: a folder).
		addDocuments(t, src, docstore.Disk{Root: t.TempDir()}, "%PDF-1.7\n% solo su disco\n%%EOF\n")
		_, err := create(t, src, filepath.Join(dir, "missing.tar.gz"), from, false)
		if err == nil || !strings.Contains(err.Error(), "file does not exist") {
			t.Fatalf("backup with a missing object: %v, want a refusal naming it", err)
		}
	})
}

// restoreIntoFolder: the archive does not depend on the store: a bucket's
// backup restores into a folder, with the bucket's objects (want, by
// object name).
func restoreIntoFolder(t *testing.T, dir, archive string, want map[string][]byte) {
	// The archive does not depend on the store: a bucket's backup
	// restores into a folder.
	docs := filepath.Join(dir, "folder", "documents")
	if err := restore("sqlite:"+filepath.Join(dir, "folder", "c.db"), archive, folder(docs), false); err != nil {
		t.Fatalf("restore into a folder: %v", err)
	}
	got := files(t, docs)
	if len(got) != len(want) || len(got) == 0 {
		t.Fatalf("%d files in the folder, want the %d documents", len(got), len(want))
	}
	for key, b := range got {
		if string(want["ripristinato/"+key]) != string(b) {
			t.Errorf("file %s differs from the object", key)
		}
	}
}

// restoreOverExistingS3: a restore over an existing database needs
// --force, and then sends the bucket nothing it already has.
func restoreOverExistingS3(t *testing.T, srv *s3test.Server, src, dst, archive string, to Documents) {
	if err := restore(dst, archive, to, false); err == nil || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("restore over an existing database without --force: %v, want a refusal", err)
	}
	puts := srv.Puts()
	if err := restore(dst, archive, to, true); err != nil {
		t.Fatalf("restore --force: %v", err)
	}
	if srv.Puts() != puts {
		t.Errorf("restore --force sent %d documents the bucket already had", srv.Puts()-puts)
	}
	if got, want := tableDigests(t, dst), tableDigests(t, src); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Error("the database differs after restore --force")
	}
}

// restoreOntoMissingBucket: a restore onto a bucket that does not exist is
// refused before anything is replaced.
func restoreOntoMissingBucket(t *testing.T, dir, archive string, missing Documents) {
	target := filepath.Join(dir, "nobucket", "c.db")
	err := restore("sqlite:"+target, archive, missing, false)
	if err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("restore onto a missing bucket: %v, want a refusal naming it", err)
	}
	if _, err := os.Stat(target); err == nil {
		t.Error("a refused restore left a database behind")
	}
}
