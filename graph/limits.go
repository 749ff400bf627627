package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/capofila/capofila/internal/apperr"
)

// MaxPageSize is the largest page a connection returns.
const MaxPageSize = 100

// FieldGuards is the field middleware that checks arguments: the page
// limit and the edge filter guard. gqlgen wraps every field of a response,
// scalars included, in each middleware registered, so both share one.
func FieldGuards(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if err := pageLimitError(fc); err != nil {
		return nil, err
	}
	if err := edgeFilterError(fc); err != nil {
		return nil, err
	}
	return next(ctx)
}

// pageLimitError requires `first` or `last` on every connection field and
// caps them at MaxPageSize, as large public GraphQL APIs do, so that no
// query can ask for an unbounded list.
func pageLimitError(fc *graphql.FieldContext) error {
	if fc == nil || fc.Field.Definition == nil || !strings.HasSuffix(fc.Field.Definition.Type.Name(), "Connection") {
		return nil
	}
	first, hasFirst := intArg(fc.Args, "first")
	last, hasLast := intArg(fc.Args, "last")
	field := fc.Field.Alias
	switch {
	case !hasFirst && !hasLast:
		return &apperr.Error{Code: apperr.Invalid, Field: "first", Rule: "page.required",
			Message: fmt.Sprintf("Indicare first o last per l'elenco %s (al massimo %d).", field, MaxPageSize)}
	case first > MaxPageSize || last > MaxPageSize:
		return &apperr.Error{Code: apperr.Invalid, Field: "first", Rule: "page.max",
			Message: fmt.Sprintf("Si possono chiedere al massimo %d elementi per pagina (elenco %s).", MaxPageSize, field)}
	case first < 0 || last < 0:
		return &apperr.Error{Code: apperr.Invalid, Field: "first", Rule: "page.negative",
			Message: "Il numero di elementi per pagina non può essere negativo."}
	}
	return nil
}

func intArg(args map[string]any, name string) (int, bool) {
	v, ok := args[name]
	if !ok {
		return 0, false
	}
	p, ok := v.(*int)
	if !ok || p == nil {
		return 0, false
	}
	return *p, true
}
