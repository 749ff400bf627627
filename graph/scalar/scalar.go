// Package scalar holds the GraphQL scalars whose input Capofila checks
// itself (gqlgen.yml binds them): Cents, Time, Upload and Cursor. A value
// that does not fit is the client's mistake, answered INVALID with a rule
// (gqlgen's own unmarshalers return plain errors, which reach clients as
// INTERNAL).
package scalar

import (
	"bytes"
	"context"
	"database/sql/driver"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"reflect"
	"strconv"
	"strings"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vmihailenco/msgpack/v5"

	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
)

// MarshalCents writes an amount in cents as a JSON integer.
func MarshalCents(v int64) graphql.Marshaler { return graphql.MarshalInt64(v) }

// UnmarshalCents reads an amount in cents: a whole number within 64 bits,
// as a GraphQL or JSON integer or a string of decimal digits. Fractions,
// exponents and anything else are refused (rule money.cents).
func UnmarshalCents(v any) (int64, error) {
	switch x := v.(type) {
	case int64:
		return x, nil
	case int:
		return int64(x), nil
	case int32:
		return int64(x), nil
	case json.Number:
		return parseCents(string(x))
	case string:
		return parseCents(x)
	}
	return 0, errCents
}

var errCents = &apperr.Error{Code: apperr.Invalid, Rule: "money.cents",
	Message: "Importo non valido: indicare un numero intero di centesimi (160861545 per 1.608.615,45 €)."}

func parseCents(s string) (int64, error) {
	if s == "" || strings.ContainsAny(s, ".eE+ _") {
		return 0, errCents
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, errCents
	}
	return n, nil
}

// MarshalTime writes an instant in RFC 3339 (null for the zero time).
func MarshalTime(t time.Time) graphql.Marshaler { return graphql.MarshalTime(t) }

// UnmarshalTime reads an instant in RFC 3339 (rule time.format).
func UnmarshalTime(v any) (time.Time, error) {
	if _, ok := v.(string); !ok && v != nil {
		return time.Time{}, errTime
	}
	t, err := graphql.UnmarshalTime(v)
	if err != nil {
		return time.Time{}, errTime
	}
	return t, nil
}

var errTime = &apperr.Error{Code: apperr.Invalid, Rule: "time.format",
	Message: "Istante non valido: indicarlo nel formato RFC 3339, ad esempio 2026-11-23T13:00:00+01:00."}

// MarshalUpload is never used (uploads are inputs only).
func MarshalUpload(f graphql.Upload) graphql.Marshaler { return graphql.MarshalUpload(f) }

// UnmarshalUpload reads a file sent with the multipart request
// specification (rule upload.missing for anything else).
func UnmarshalUpload(v any) (graphql.Upload, error) {
	if u, ok := v.(graphql.Upload); ok {
		return u, nil
	}
	return graphql.Upload{}, &apperr.Error{Code: apperr.Invalid, Rule: "upload.missing",
		Message: "Il file va inviato come parte della richiesta multipart (specifica GraphQL multipart request), non come valore."}
}

// Cursor is the cursor of a connection's edges (entgql's: the ID and the
// ordering value of an edge).
type Cursor = entgql.Cursor[pulid.ID]

// MarshalCursor writes a cursor bound to the connection that issues it:
// entgql's encoding (base64 of a MessagePack map of the edge's ID "i" and
// ordering value "v") with one more member, "t", a tag that names the
// connection field (its type and name) and the fields it is ordered by. A
// cursor is a position in one list in one order; UnmarshalCursor refuses it
// anywhere else. entgql's own decoder, which Ent's field collection uses to
// load nested connections ahead of their resolvers, reads the same string
// and skips the tag; the tag is checked when the field's arguments are read.
func MarshalCursor(c Cursor) graphql.ContextMarshaler {
	return graphql.ContextWriterFunc(func(ctx context.Context, w io.Writer) error {
		var b bytes.Buffer
		enc := base64.NewEncoder(base64.RawStdEncoding, &b)
		if err := msgpack.NewEncoder(enc).Encode(wireCursor{ID: c.ID, Value: dbValue(c.Value), Tag: connectionTag(ctx)}); err != nil {
			return err
		}
		if err := enc.Close(); err != nil {
			return err
		}
		_, err := fmt.Fprintf(w, `"%s"`, b.Bytes())
		return err
	})
}

// dbValue is an ordering value as the database compares it: a value of a
// type of Capofila's own (a civil.Date) would be written as a map, which
// neither decodes as a plain value nor binds as a statement's argument, so
// it is written as what it stores (its driver.Value, "2026-01-31").
func dbValue(v any) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = dbValue(e)
		}
		return out
	case time.Time:
		return x
	case driver.Valuer:
		if rv := reflect.ValueOf(x); rv.Kind() == reflect.Pointer && rv.IsNil() {
			return nil
		}
		if dv, err := x.Value(); err == nil {
			return dv
		}
	}
	return v
}

// wireCursor is a cursor as MarshalCursor writes it: entgql.Cursor's
// members and the connection's tag.
type wireCursor struct {
	ID    pulid.ID `msgpack:"i"`
	Value any      `msgpack:"v,omitempty"`
	Tag   string   `msgpack:"t"`
}

// UnmarshalCursor reads a cursor written by MarshalCursor for the
// connection being resolved: a cursor that does not decode (rule
// page.cursor) or was issued by another connection or for another order
// (rule page.cursor_elsewhere) is refused.
func UnmarshalCursor(ctx context.Context, v any) (Cursor, error) {
	s, ok := v.(string)
	if !ok || len(s) > maxCursorLen {
		return Cursor{}, errCursor
	}
	var w wireCursor
	dec := msgpack.NewDecoder(base64.NewDecoder(base64.RawStdEncoding, strings.NewReader(s)))
	if err := dec.Decode(&w); err != nil || w.ID == "" || len(w.Tag) != tagLen || !plainValue(w.Value) {
		return Cursor{}, errCursor
	}
	if w.Tag != connectionTag(ctx) {
		return Cursor{}, &apperr.Error{Code: apperr.Invalid, Rule: "page.cursor_elsewhere",
			Message: "Il cursore è stato dato da un altro elenco, o dallo stesso con un altro ordinamento: ricominciare dalla prima pagina."}
	}
	return Cursor{ID: w.ID, Value: w.Value}, nil
}

// maxCursorLen bounds the cursors read: an edge's ID, an ordering value
// (a name, a date) and the tag fit in a few hundred characters.
const maxCursorLen = 2048

var errCursor = &apperr.Error{Code: apperr.Invalid, Rule: "page.cursor",
	Message: "Cursore non valido: usare il cursore (cursor, endCursor) ricevuto con la pagina precedente, senza modificarlo."}

// plainValue reports whether a cursor's ordering value is one that
// MarshalCursor writes: a string, a number, a time or nothing, or a list of
// them (a connection ordered by several fields).
func plainValue(v any) bool {
	if list, ok := v.([]any); ok {
		for _, e := range list {
			if _, nested := e.([]any); nested || !plainValue(e) {
				return false
			}
		}
		return true
	}
	switch v.(type) {
	case nil, string, bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, float32, float64, time.Time:
		return true
	}
	return false
}

const tagLen = 8

// connectionTag names the connection field that ctx is in (the field
// itself while its arguments are read, an ancestor while a cursor of its
// edges is written): a hash of its parent type, its name and the fields of
// its orderBy argument.
func connectionTag(ctx context.Context) string {
	h := fnv.New32a()
	fc := graphql.GetFieldContext(ctx)
	for fc != nil && !isConnection(fc) {
		fc = fc.Parent
	}
	if fc != nil {
		var vars map[string]any
		if graphql.HasOperationContext(ctx) {
			vars = graphql.GetOperationContext(ctx).Variables
		}
		fmt.Fprintf(h, "%s.%s", fc.Object, fc.Field.Name)
		if a := fc.Field.Arguments.ForName("orderBy"); a != nil {
			orderFields(h, a.Value, vars)
		}
	}
	return fmt.Sprintf("%08x", h.Sum32())
}

// isConnection reports whether fc is a connection field (not a list item,
// whose context has no field).
func isConnection(fc *graphql.FieldContext) bool {
	return fc.Field.Field != nil && fc.Field.Definition != nil && strings.HasSuffix(fc.Field.Definition.Type.Name(), "Connection")
}

// orderFields writes the "field" members of an orderBy argument (one order
// or a list of them, inline or in a variable).
func orderFields(w io.Writer, v *ast.Value, vars map[string]any) {
	if v == nil {
		return
	}
	switch v.Kind {
	case ast.Variable:
		orderFieldsOf(w, vars[v.Raw])
	case ast.ListValue:
		for _, c := range v.Children {
			orderFields(w, c.Value, vars)
		}
	case ast.ObjectValue:
		for _, c := range v.Children {
			if c.Name != "field" || c.Value == nil {
				continue
			}
			if c.Value.Kind == ast.Variable {
				orderFieldsOf(w, vars[c.Value.Raw])
			} else {
				fmt.Fprintf(w, "|%s", c.Value.Raw)
			}
		}
	}
}

func orderFieldsOf(w io.Writer, v any) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			orderFieldsOf(w, e)
		}
	case map[string]any:
		orderFieldsOf(w, x["field"])
	case string:
		fmt.Fprintf(w, "|%s", x)
	}
}
