package docstore

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/authz"
)

// Record streams a file into st and records it as a Document uploaded by
// the viewer of ctx, through c (the request's transaction); set ties the
// document to what it belongs to. Callers have checked the viewer's rights:
// the row is written with the service's rights.
func Record(ctx context.Context, c *gen.Client, st Store, filename string, r io.Reader, set func(*gen.DocumentCreate)) (*gen.Document, error) {
	if st == nil {
		return nil, fmt.Errorf("docstore: no document store configured")
	}
	stored, err := st.Put(r, filename)
	if err != nil {
		return nil, err
	}
	return Link(ctx, c, stored, filename, set).Save(authz.Elevate(ctx))
}

// Link returns the creation of a Document for bytes already put in the
// store (stored, from Store.Put), uploaded by the viewer of ctx; set ties
// it to what it belongs to. A file that belongs to several records (a
// FatturaPA file with several invoices) is put once and linked to each:
// the caller saves the creations, with the service's rights.
func Link(ctx context.Context, c *gen.Client, stored Stored, filename string, set func(*gen.DocumentCreate)) *gen.DocumentCreate {
	d := c.Document.Create().
		SetFilename(CleanName(filename)).
		SetMimeType(stored.MIMEType).
		SetSizeBytes(stored.Size).
		SetSha256(stored.SHA256).
		SetStorageKey(stored.Key)
	if v := authz.FromContext(ctx); v != nil && v.UserID != "" {
		d.SetUploadedByID(v.UserID) // the system (CLI, jobs) uploads as nobody
	}
	set(d)
	return d
}

// CleanName keeps the base name of an uploaded file, at most 200 characters.
func CleanName(name string) string {
	name = strings.TrimSpace(name[strings.LastIndexAny(name, `/\`)+1:])
	if name == "" {
		name = "documento"
	}
	if r := []rune(name); len(r) > 200 {
		name = string(r[:200])
	}
	return name
}
