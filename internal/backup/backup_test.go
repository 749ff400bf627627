package backup

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/migrate"
)

// TestRestore_RoundTrip backs up a seeded database (the full demo) with
// documents, restores it elsewhere and finds every row of every table and
// every document, byte for byte.
func TestRestore_RoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	src, srcDocs := seeded(t, filepath.Join(dir, "src", "capofila.db")), filepath.Join(dir, "src", "documents")
	addDocuments(t, src, docstore.Disk{Root: srcDocs})

	archive := filepath.Join(dir, "backup.tar.gz")
	m, err := create(t, src, archive, folder(srcDocs), false)
	if err != nil {
		t.Fatalf("backup: %v", err)
	}
	if m.Documents != 3 || m.Format != backupFormat || m.SchemaVersion == 0 || m.Version != "test" {
		t.Errorf("manifest %+v: want format 2, 3 documents, the schema version and the version given", m)
	}

	dst, dstDocs := "sqlite:"+filepath.Join(dir, "dst", "capofila.db"), filepath.Join(dir, "dst", "documents")
	restored, dbPath, err := Restore(ctx, RestoreOptions{From: archive, DatabaseURL: dst, Documents: folder(dstDocs)})
	if err != nil {
		t.Fatalf("restore: %v", err)
	}
	if restored.DatabaseSHA256 != m.DatabaseSHA256 || dbPath != filepath.Join(dir, "dst", "capofila.db") {
		t.Errorf("restore: manifest %+v, database %s; want the backup's and the target", restored, dbPath)
	}

	t.Run("EveryRow", func(t *testing.T) { wantSameTables(t, src, dst) })

	t.Run("EveryDocument", func(t *testing.T) { wantSameFolder(t, srcDocs, dstDocs, dst) })

	t.Run("ErrRestoreOverExisting", func(t *testing.T) {
		if err := restore(dst, archive, folder(dstDocs), false); err == nil || !strings.Contains(err.Error(), "--force") {
			t.Fatalf("restore over an existing database without --force: %v, want a refusal", err)
		}
		if err := restore(dst, archive, folder(dstDocs), true); err != nil {
			t.Fatalf("restore --force: %v", err)
		}
		if got, want := tableDigests(t, dst), tableDigests(t, src); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Error("the database differs after restore --force")
		}
	})

	t.Run("ErrBackupOverExisting", func(t *testing.T) {
		if _, err := create(t, src, archive, folder(srcDocs), false); err == nil {
			t.Fatal("backup over an existing file without --force must be refused")
		}
	})

	t.Run("ErrDamagedDocument", func(t *testing.T) { restoreDamagedDocument(t, dir, archive) })

	t.Run("Damaged", func(t *testing.T) { restoreDamaged(t, dir, src, archive) })

	t.Run("ErrPostgres", func(t *testing.T) {
		if err := restore("postgres://postgres@127.0.0.1:1/none?sslmode=disable", archive, folder(dstDocs), true); !errors.Is(err, ErrPostgres) {
			t.Errorf("restore on PostgreSQL: %v, want ErrPostgres", err)
		}
	})

	t.Run("ErrNoFrom", func(t *testing.T) {
		if err := restore(dst, "", folder(dstDocs), true); err == nil || err.Error() != "restore needs --from FILE" {
			t.Errorf("restore without a backup: %v", err)
		}
		if _, err := create(t, src, "", folder(srcDocs), true); err == nil || err.Error() != "backup needs --out FILE" {
			t.Errorf("backup without a file: %v", err)
		}
	})
}

// seeded creates a migrated SQLite database at path with the full demo
// data, as "capofila seed" does, and returns its URL.
func seeded(t *testing.T, path string) string {
	t.Helper()
	ctx := context.Background()
	url := "sqlite:" + path
	d, err := db.Open(ctx, url, db.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if _, err := migrate.Up(ctx, d.SQL, d.Dialect); err != nil {
		t.Fatal(err)
	}
	if _, err := demo.SeedFull(ctx, d.Client()); err != nil {
		t.Fatalf("seed: %v", err)
	}
	return url
}

// folder keeps the documents in dir.
func folder(dir string) Documents { return Documents{Dir: dir} }

// inBucket keeps the documents in the bucket.
func inBucket(b *docstore.S3, err error) Documents {
	return Documents{OpenBucket: func(context.Context) (*docstore.S3, error) { return b, err }}
}

// create backs up the SQLite database at url to out.
func create(t *testing.T, url, out string, docs Documents, force bool) (*Manifest, error) {
	t.Helper()
	d, err := db.Open(context.Background(), url, db.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	return Create(context.Background(), CreateOptions{DB: d.SQL, Out: out, Force: force, Documents: docs, Version: "test"})
}

// restore restores the backup from onto the database at url.
func restore(url, from string, docs Documents, force bool) error {
	_, _, err := Restore(context.Background(), RestoreOptions{From: from, DatabaseURL: url, Documents: docs, Force: force})
	return err
}

// wantSameFolder checks that dstDocs holds every file of srcDocs and that
// every document row of the database at dst finds its bytes there.
func wantSameFolder(t *testing.T, srcDocs, dstDocs, dst string) {
	want, got := files(t, srcDocs), files(t, dstDocs)
	if len(want) == 0 {
		t.Fatal("no documents in the source store")
	}
	for name, w := range want {
		if !bytes.Equal(got[name], w) {
			t.Errorf("document %s differs or is missing after the restore", name)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d files restored, want %d", len(got), len(want))
	}
	wantDocumentsIn(t, dst, docstore.Disk{Root: dstDocs})
}

// wantDocumentsIn checks that every document row of the database at url
// finds its bytes in the store; it returns the number of rows and their
// storage keys.
func wantDocumentsIn(t *testing.T, url string, store docstore.Store) (rows int, keys map[string]bool) {
	t.Helper()
	ctx := context.Background()
	d, err := db.Open(ctx, url, db.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	docs, err := d.Client().Document.Query().All(authz.WithSystem(ctx))
	if err != nil {
		t.Fatal(err)
	}
	keys = map[string]bool{}
	for _, doc := range docs {
		keys[doc.StorageKey] = true
		rc, err := store.Open(doc.StorageKey)
		if err != nil {
			t.Errorf("document %s (%s): %v", doc.ID, doc.Filename, err)
			continue
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		if fmt.Sprintf("%x", sha256.Sum256(b)) != doc.Sha256 {
			t.Errorf("document %s: SHA-256 differs from its row", doc.ID)
		}
	}
	return len(docs), keys
}

// restoreDamagedDocument: a document whose bytes no longer match its name
// is refused, and nothing is restored.
func restoreDamagedDocument(t *testing.T, dir, archive string) {
	damaged := filepath.Join(dir, "damaged.tar.gz")
	rewriteArchive(t, archive, damaged, func(name string, b []byte) []byte {
		if strings.HasPrefix(name, "documents/") {
			b = append([]byte{}, b...)
			b[len(b)-1] ^= 0xff
		}
		return b
	})
	target := filepath.Join(dir, "damaged")
	err := restore("sqlite:"+filepath.Join(target, "c.db"), damaged, folder(filepath.Join(target, "documents")), false)
	if err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Fatalf("restore of a damaged document: %v, want a refusal", err)
	}
	if _, err := os.Stat(filepath.Join(target, "c.db")); err == nil {
		t.Error("a refused restore left a database behind")
	}
}

// addDocuments stores a few documents and their rows, as uploads do.
func addDocuments(t *testing.T, url string, store docstore.Store, more ...string) {
	t.Helper()
	ctx := authz.WithSystem(context.Background())
	d, err := db.Open(ctx, url, db.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	docs := []struct{ name, content string }{
		{"delibera.pdf", "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"},
		{"spese.csv", "fattura;importo\n1;100,00\n"},
		{"convenzione.pdf", "%PDF-1.7\n% convenzione\n%%EOF\n" + strings.Repeat("x", 100_000)},
	}
	for i, content := range more {
		docs = append(docs, struct{ name, content string }{fmt.Sprintf("altro-%d.pdf", i), content})
	}
	for i, f := range docs {
		if _, err := docstore.Record(ctx, d.Client(), store, f.name, strings.NewReader(f.content), func(c *gen.DocumentCreate) {}); err != nil {
			t.Fatalf("document %d: %v", i, err)
		}
	}
}

// tableDigests returns, for every table of an SQLite database, its row
// count and a digest of its rows (independent of their order: VACUUM may
// renumber rowids).
// wantSameTables checks that the database at dst holds every table of the
// (seeded) database at src, row for row.
func wantSameTables(t *testing.T, src, dst string) {
	t.Helper()
	want, got := tableDigests(t, src), tableDigests(t, dst)
	if len(want) < 20 {
		t.Fatalf("only %d tables in the source: is the database seeded?", len(want))
	}
	for table, w := range want {
		if g, ok := got[table]; !ok || g != w {
			t.Errorf("table %s: restored %+v, want %+v", table, g, w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d tables restored, want %d", len(got), len(want))
	}
}

func tableDigests(t *testing.T, url string) map[string]string {
	t.Helper()
	path, _ := db.SQLitePath(url)
	sdb, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	var tables []string
	rows, err := sdb.Query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, n)
	}
	rows.Close()
	out := map[string]string{}
	for _, table := range tables {
		rows, err := sdb.Query(`SELECT * FROM "` + table + `"`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		var sums []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			sums = append(sums, fmt.Sprintf("%x", sha256.Sum256([]byte(fmt.Sprintf("%#v", vals)))))
		}
		rows.Close()
		sort.Strings(sums)
		out[table] = fmt.Sprintf("%d rows, digest %x", len(sums), sha256.Sum256([]byte(strings.Join(sums, ""))))
	}
	return out
}

// files reads every file under root.
func files(t *testing.T, root string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if strings.HasPrefix(rel, "tmp") {
			return nil
		}
		b, err := os.ReadFile(p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// rewriteArchive copies a backup, passing each entry's bytes through edit.
func rewriteArchive(t *testing.T, from, to string, edit func(name string, b []byte) []byte) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	gr, err := gzip.NewReader(in)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	gw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gw)
	tr := tar.NewReader(gr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(tr)
		b = edit(h.Name, b)
		h.Size = int64(len(b))
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		_, _ = tw.Write(b)
	}
	tw.Close()
	gw.Close()
	if err := os.WriteFile(to, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}
