package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
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
	"github.com/capofila/capofila/internal/docstore"
)

// TestBackup_RestoreRoundTrip backs up a seeded database (the full demo)
// with documents, restores it elsewhere and finds every row of every table
// and every document, byte for byte.
func TestBackup_RestoreRoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	src, srcDocs := "sqlite:"+filepath.Join(dir, "src", "capofila.db"), filepath.Join(dir, "src", "documents")
	if out, _, err := runCmd(t, "seed", "--database-url", src); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	addDocuments(t, src, docstore.Disk{Root: srcDocs})

	archive := filepath.Join(dir, "backup.tar.gz")
	out, _, err := runCmd(t, "backup", "--database-url", src, "--documents-dir", srcDocs, "--out", archive)
	if err != nil {
		t.Fatalf("backup: %v", err)
	}
	t.Log(strings.TrimSpace(out))

	dst, dstDocs := "sqlite:"+filepath.Join(dir, "dst", "capofila.db"), filepath.Join(dir, "dst", "documents")
	out, _, err = runCmd(t, "restore", "--database-url", dst, "--documents-dir", dstDocs, "--from", archive)
	if err != nil {
		t.Fatalf("restore: %v", err)
	}
	t.Log(strings.TrimSpace(out))

	t.Run("EveryRow", func(t *testing.T) { wantSameTables(t, src, dst) })

	t.Run("EveryDocument", func(t *testing.T) {
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
		// Every Document row finds its bytes in the restored store.
		d, err := db.Open(ctx, dst, db.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		docs, err := d.Client().Document.Query().All(authz.WithSystem(ctx))
		if err != nil {
			t.Fatal(err)
		}
		for _, doc := range docs {
			rc, err := docstore.Disk{Root: dstDocs}.Open(doc.StorageKey)
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
	})

	t.Run("ErrRestoreOverExisting", func(t *testing.T) {
		if _, _, err := runCmd(t, "restore", "--database-url", dst, "--documents-dir", dstDocs, "--from", archive); err == nil {
			t.Fatal("restore over an existing database without --force must be refused")
		}
		if _, _, err := runCmd(t, "restore", "--database-url", dst, "--documents-dir", dstDocs, "--from", archive, "--force"); err != nil {
			t.Fatalf("restore --force: %v", err)
		}
		if got, want := tableDigests(t, dst), tableDigests(t, src); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Error("the database differs after restore --force")
		}
	})

	t.Run("ErrBackupOverExisting", func(t *testing.T) {
		if _, _, err := runCmd(t, "backup", "--database-url", src, "--documents-dir", srcDocs, "--out", archive); err == nil {
			t.Fatal("backup over an existing file without --force must be refused")
		}
	})

	t.Run("ErrDamagedDocument", func(t *testing.T) {
		damaged := filepath.Join(dir, "damaged.tar.gz")
		rewriteArchive(t, archive, damaged, func(name string, b []byte) []byte {
			if strings.HasPrefix(name, "documents/") {
				b = append([]byte{}, b...)
				b[len(b)-1] ^= 0xff
			}
			return b
		})
		target := filepath.Join(dir, "damaged")
		_, _, err := runCmd(t, "restore", "--database-url", "sqlite:"+filepath.Join(target, "c.db"),
			"--documents-dir", filepath.Join(target, "documents"), "--from", damaged)
		if err == nil || !strings.Contains(err.Error(), "damaged") {
			t.Fatalf("restore of a damaged document: %v, want a refusal", err)
		}
		if _, err := os.Stat(filepath.Join(target, "c.db")); err == nil {
			t.Error("a refused restore left a database behind")
		}
	})

	t.Run("Damaged", func(t *testing.T) { restoreDamaged(t, dir, src, archive) })

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
