package scalar

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/capofila/capofila/internal/apperr"
)

// CursorCheck refuses, before execution, an operation with a cursor that
// does not decode (INVALID, rule page.cursor), in a variable or written in
// the document. Ent's field collection loads nested connections (an
// aggregation's memberships under node) ahead of their resolvers and reads
// their after/before arguments with entgql's own decoder, which leaves an
// undecodable cursor as it is and then panics on it; UnmarshalCursor checks
// the rest (the connection's tag) when each field's arguments are read.
type CursorCheck struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = CursorCheck{}

// ExtensionName names the extension for gqlgen.
func (CursorCheck) ExtensionName() string { return "CapofilaCursorCheck" }

// Validate accepts every schema.
func (CursorCheck) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext checks the operation's cursors.
func (CursorCheck) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	for _, v := range oc.Operation.VariableDefinitions {
		if v.Type != nil && v.Type.Name() == "Cursor" {
			if val, ok := oc.Variables[v.Variable]; ok && val != nil && !decodes(val) {
				return cursorRefusal()
			}
		}
	}
	bad := badLiteralCursor(oc.Operation.SelectionSet)
	for _, f := range oc.Doc.Fragments {
		bad = bad || badLiteralCursor(f.SelectionSet)
	}
	if bad {
		return cursorRefusal()
	}
	return nil
}

// badLiteralCursor reports whether a cursor written in the selection set
// does not decode (the fragments spread in it are checked once each by the
// caller).
func badLiteralCursor(set ast.SelectionSet) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			for _, a := range s.Arguments {
				v := a.Value
				if v != nil && v.Kind == ast.StringValue && v.ExpectedType != nil && v.ExpectedType.Name() == "Cursor" && !decodes(v.Raw) {
					return true
				}
			}
			if badLiteralCursor(s.SelectionSet) {
				return true
			}
		case *ast.InlineFragment:
			if badLiteralCursor(s.SelectionSet) {
				return true
			}
		}
	}
	return false
}

// decodes reports whether entgql's decoder reads v as a cursor.
func decodes(v any) bool {
	s, ok := v.(string)
	if !ok || len(s) > maxCursorLen {
		return false
	}
	var c Cursor
	return c.UnmarshalGQL(s) == nil
}

func cursorRefusal() *gqlerror.Error {
	return &gqlerror.Error{Message: errCursor.Message,
		Extensions: map[string]any{"code": string(apperr.Invalid), "rule": errCursor.Rule}}
}
