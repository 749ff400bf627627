package handler

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/capofila/capofila/graph"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
)

// Limits protect the public GraphQL API from requests that would cost the
// server far more than they cost the client. Zero values take the defaults
// below; the request rate is limited separately (internal/server RateLimit).
type Limits struct {
	// MaxDepth caps how deeply fields nest in one operation (default 15).
	MaxDepth int
	// MaxCost caps the estimated cost of an operation (default 1,000,000):
	// every field costs 1, and what a connection's items select counts once
	// per item asked for (first/last), lists without paging ten times; so
	// the cost bounds the number of values the response can hold.
	MaxCost int
	// MaxAliases caps the aliased fields of an operation (default 30): the
	// cheap way to ask for the same expensive field many times.
	MaxAliases int
	// MaxTokens caps the tokens of a query document (default 10,000), so
	// parsing stays cheap.
	MaxTokens int
	// MaxSelections caps the selections (fields, fragment spreads, inline
	// fragments) of a document in all, and MaxSelectionsPerSet those of one
	// selection set (defaults 300 and 100); MaxFragments and
	// MaxOperations cap its fragment and operation definitions (defaults
	// 50 and 10). They are checked in one pass before validation, whose
	// cost grows with the square of the selections.
	MaxSelections       int
	MaxSelectionsPerSet int
	MaxFragments        int
	MaxOperations       int
	// RequestTimeout is the deadline of every request but multipart
	// uploads (default 30 s; negative: none). Database queries are
	// cancelled when it passes and the client gets TIMEOUT.
	RequestTimeout time.Duration
	// UploadTimeout is the deadline of a multipart GraphQL request, file or
	// not, counted once its body has been read (default 2 minutes;
	// negative: none).
	UploadTimeout time.Duration
}

// The defaults of Limits. The web app's heaviest operations stay far below
// them (see TestLimits_WebAppOperationsPass).
const (
	DefaultMaxDepth            = 15
	DefaultMaxCost             = 1_000_000
	DefaultMaxAliases          = 30
	DefaultMaxTokens           = 10_000
	DefaultMaxSelections       = 300
	DefaultMaxSelectionsPerSet = 100
	DefaultMaxFragments        = 50
	DefaultMaxOperations       = 10
	DefaultRequestTimeout      = 30 * time.Second
	DefaultUploadTimeout       = 2 * time.Minute
)

// WithDefaults returns l with the defaults in place of its zero values.
func (l Limits) WithDefaults() Limits {
	l.MaxDepth = cmp.Or(l.MaxDepth, DefaultMaxDepth)
	l.MaxCost = cmp.Or(l.MaxCost, DefaultMaxCost)
	l.MaxAliases = cmp.Or(l.MaxAliases, DefaultMaxAliases)
	l.MaxTokens = cmp.Or(l.MaxTokens, DefaultMaxTokens)
	l.MaxSelections = cmp.Or(l.MaxSelections, DefaultMaxSelections)
	l.MaxSelectionsPerSet = cmp.Or(l.MaxSelectionsPerSet, DefaultMaxSelectionsPerSet)
	l.MaxFragments = cmp.Or(l.MaxFragments, DefaultMaxFragments)
	l.MaxOperations = cmp.Or(l.MaxOperations, DefaultMaxOperations)
	l.RequestTimeout = cmp.Or(l.RequestTimeout, DefaultRequestTimeout)
	l.UploadTimeout = cmp.Or(l.UploadTimeout, DefaultUploadTimeout)
	return l
}

// listFactor is how many items a list without paging (interventionLines,
// perMember) is assumed to hold when estimating cost.
const listFactor = 10

// OperationCost is the measure of one operation that the limits look at.
type OperationCost struct {
	Depth   int
	Cost    int
	Aliases int
	// Introspection is whether the operation asks for __schema or __type.
	Introspection bool
}

// operationLimits is the gqlgen extension that measures each operation
// after validation and refuses it (INVALID, rule query.depth,
// query.complexity or query.aliases) when it exceeds a limit, and refuses
// introspection to anonymous callers unless the server runs with --dev
// (UNAUTHENTICATED, rule introspection.anonymous). It also records the
// operation's name and type for logs and metrics.
type operationLimits struct {
	limits Limits
	// dev serves introspection to anonymous callers too.
	dev    bool
	schema *ast.Schema
	// onOperation is told the operation's name and type (Config.OnOperation).
	onOperation func(ctx context.Context, name, typ string)
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
} = &operationLimits{}

func (*operationLimits) ExtensionName() string { return "CapofilaOperationLimits" }

func (o *operationLimits) Validate(es graphql.ExecutableSchema) error {
	o.schema = es.Schema()
	return nil
}

// MutateOperationParameters notes the operation name the client sent, so
// that even a request that does not parse is counted under it.
func (o *operationLimits) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if o.onOperation != nil {
		o.onOperation(ctx, p.OperationName, "")
	}
	return nil
}

func (o *operationLimits) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	op := opCtx.Operation
	if o.onOperation != nil {
		o.onOperation(ctx, op.Name, string(op.Operation))
	}
	if field, bad := badText(opCtx.Variables, op); bad {
		msg := "Il testo inviato contiene caratteri non ammessi (carattere nullo o codifica non UTF-8)"
		if field != "" {
			msg += " nel campo " + field
		}
		return limitError("input.text", msg+".")
	}
	m := Measure(o.schema, op, opCtx.Variables)
	switch {
	case m.Depth > o.limits.MaxDepth:
		return limitError("query.depth", fmt.Sprintf(
			"La richiesta annida i campi su %d livelli: il massimo è %d. Dividerla in più richieste.", m.Depth, o.limits.MaxDepth))
	case m.Aliases > o.limits.MaxAliases:
		return limitError("query.aliases", fmt.Sprintf(
			"La richiesta usa %d alias: il massimo è %d.", m.Aliases, o.limits.MaxAliases))
	case m.Cost > o.limits.MaxCost:
		return limitError("query.complexity", fmt.Sprintf(
			"La richiesta è troppo onerosa (costo stimato %d, massimo %d): chiedere pagine più piccole (first/last) o meno campi annidati.",
			m.Cost, o.limits.MaxCost))
	case m.Introspection && !o.dev && authz.FromContext(ctx) == nil:
		return &gqlerror.Error{
			Message:    "L'introspezione dello schema (__schema, __type) è riservata agli utenti autenticati: accedere o usare un token API.",
			Extensions: map[string]any{"code": string(apperr.Unauthenticated), "rule": "introspection.anonymous"},
		}
	}
	opCtx.DisableIntrospection = !m.Introspection
	return nil
}

// badText reports whether a string of the operation's variables or of its
// inline arguments holds a NUL character or invalid UTF-8, which no field
// of Capofila accepts (PostgreSQL refuses NUL in text, SQLite would store
// it), and the name of the first such field.
func badText(vars map[string]any, op *ast.OperationDefinition) (string, bool) {
	for name, v := range vars {
		if field, bad := badValue(name, v); bad {
			return field, true
		}
	}
	var walk func(ast.SelectionSet) (string, bool)
	var inValue func(name string, v *ast.Value) (string, bool)
	inValue = func(name string, v *ast.Value) (string, bool) {
		if v == nil {
			return "", false
		}
		if (v.Kind == ast.StringValue || v.Kind == ast.BlockValue) && !cleanText(v.Raw) {
			return name, true
		}
		for _, c := range v.Children {
			n := name
			if c.Name != "" {
				n = c.Name
			}
			if f, bad := inValue(n, c.Value); bad {
				return f, true
			}
		}
		return "", false
	}
	walk = func(set ast.SelectionSet) (string, bool) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				for _, a := range s.Arguments {
					if f, bad := inValue(a.Name, a.Value); bad {
						return f, true
					}
				}
				if f, bad := walk(s.SelectionSet); bad {
					return f, true
				}
			case *ast.InlineFragment:
				if f, bad := walk(s.SelectionSet); bad {
					return f, true
				}
			}
		}
		return "", false
	}
	if op == nil {
		return "", false
	}
	return walk(op.SelectionSet)
}

func badValue(name string, v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return name, !cleanText(x)
	case map[string]any:
		for k, e := range x {
			if f, bad := badValue(k, e); bad {
				return f, true
			}
		}
	case []any:
		for _, e := range x {
			if f, bad := badValue(name, e); bad {
				return f, true
			}
		}
	}
	return "", false
}

func cleanText(s string) bool { return utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 }

func limitError(rule, msg string) *gqlerror.Error {
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": string(apperr.Invalid), "rule": rule}}
}

// Measure returns the depth, estimated cost and number of aliases of a
// validated operation. Each fragment is measured once, however often it is
// spread, so that nested spreads cannot make the measuring itself
// exponential. Introspection fields count like any other; their lists
// count as many items as the schema holds on average (every type for
// __Schema.types, the average fields of a type for __Type.fields…), so
// the cost of an introspection query is close to the size of its answer.
func Measure(schema *ast.Schema, op *ast.OperationDefinition, vars map[string]any) OperationCost {
	w := measurer{vars: vars, frags: map[string]OperationCost{}, lists: introspectionLists(schema)}
	return w.selectionSet(op.SelectionSet)
}

type measurer struct {
	vars  map[string]any
	frags map[string]OperationCost
	lists map[string]int
}

func (w *measurer) selectionSet(set ast.SelectionSet) OperationCost {
	var m OperationCost
	add := func(c OperationCost) {
		m.Depth = max(m.Depth, c.Depth)
		m.Cost = satAdd(m.Cost, c.Cost)
		m.Aliases = satAdd(m.Aliases, c.Aliases)
		m.Introspection = m.Introspection || c.Introspection
	}
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__typename" && (s.Alias == "" || s.Alias == s.Name) {
				// Free: the web app asks for it in every selection (its
				// document cache needs it) and it reads nothing. Under an
				// alias it counts, as an alias, with its cost.
				continue
			}
			child := w.selectionSet(s.SelectionSet)
			f := OperationCost{Depth: child.Depth + 1, Aliases: child.Aliases, Cost: w.fieldCost(s, child.Cost),
				Introspection: child.Introspection || s.Name == "__schema" || s.Name == "__type"}
			if s.Alias != "" && s.Alias != s.Name {
				f.Aliases = satAdd(f.Aliases, 1)
			}
			add(f)
		case *ast.InlineFragment:
			add(w.selectionSet(s.SelectionSet))
		case *ast.FragmentSpread:
			c, seen := w.frags[s.Name]
			if !seen && s.Definition != nil {
				w.frags[s.Name] = OperationCost{} // validation forbids cycles; this guards anyway
				c = w.selectionSet(s.Definition.SelectionSet)
				w.frags[s.Name] = c
			}
			add(c)
		}
	}
	return m
}

// fieldCost is 1 for the field plus what it selects, times the number of
// items for connections (first or last, at most graph.MaxPageSize) and
// lists of objects (the number of ids asked for, or listFactor; for the
// lists of introspection, what the schema holds).
func (w *measurer) fieldCost(f *ast.Field, child int) int {
	if f.Definition == nil || f.Definition.Type == nil || f.ObjectDefinition == nil || child == 0 {
		return satAdd(1, child)
	}
	t := f.Definition.Type
	n := 1
	switch {
	case strings.HasSuffix(t.Name(), "Connection"):
		n = graph.MaxPageSize
		first, okF := number(w.arg(f, "first"))
		last, okL := number(w.arg(f, "last"))
		switch {
		case okF && okL:
			n = max(first, last)
		case okF:
			n = first
		case okL:
			n = last
		}
		n = min(max(n, 1), graph.MaxPageSize)
	case t.Elem != nil && strings.HasSuffix(f.ObjectDefinition.Name, "Connection"):
		// a connection's edges: the connection counted its items already
	case t.Elem != nil && w.lists[f.ObjectDefinition.Name+"."+f.Name] > 0:
		n = w.lists[f.ObjectDefinition.Name+"."+f.Name]
	case t.Elem != nil:
		n = listFactor
		if ids, ok := w.arg(f, "ids").([]any); ok {
			n = max(len(ids), 1)
		}
	}
	return satAdd(1, satMul(n, child))
}

// arg returns the value of a field's argument: the variable's, or the
// literal's (only the kinds that Measure reads: numbers and lists), or nil.
// Unlike ast.Field.ArgumentMap it never panics on a literal out of range.
func (w *measurer) arg(f *ast.Field, name string) any {
	a := f.Arguments.ForName(name)
	if a == nil || a.Value == nil {
		return nil
	}
	v := a.Value
	switch v.Kind {
	case ast.Variable:
		if x, ok := w.vars[v.Raw]; ok {
			return x
		}
		if v.VariableDefinition != nil && v.VariableDefinition.DefaultValue != nil {
			v = v.VariableDefinition.DefaultValue
		}
	}
	switch v.Kind {
	case ast.IntValue:
		i, err := strconv.ParseInt(v.Raw, 10, 64)
		if err != nil {
			return nil
		}
		return i
	case ast.ListValue:
		return make([]any, len(v.Children))
	}
	return nil
}

// introspectionLists returns, for each list field of the introspection
// types, how many items it holds on average in schema, at least 1.
func introspectionLists(schema *ast.Schema) map[string]int {
	if schema == nil {
		return nil
	}
	if m, ok := listsBySchema.Load(schema); ok {
		return m.(map[string]int)
	}
	var types, fields, args, inputFields, enumValues, interfaces, possible, dirArgs int
	for _, t := range schema.Types {
		types++
		fields += len(t.Fields)
		for _, f := range t.Fields {
			args += len(f.Arguments)
		}
		if t.Kind == ast.InputObject {
			inputFields += len(t.Fields)
			fields -= len(t.Fields)
		}
		enumValues += len(t.EnumValues)
		interfaces += len(t.Interfaces)
		possible += len(schema.PossibleTypes[t.Name])
	}
	for _, d := range schema.Directives {
		dirArgs += len(d.Arguments)
	}
	avg := func(n, of int) int { return max(1, (n+of-1)/max(of, 1)) }
	m := map[string]int{
		"__Schema.types":        max(1, types),
		"__Schema.directives":   max(1, len(schema.Directives)),
		"__Type.fields":         avg(fields, types),
		"__Type.inputFields":    avg(inputFields, types),
		"__Type.enumValues":     avg(enumValues, types),
		"__Type.interfaces":     avg(interfaces, types),
		"__Type.possibleTypes":  avg(possible, types),
		"__Field.args":          avg(args, fields),
		"__Directive.args":      avg(dirArgs, len(schema.Directives)),
		"__Directive.locations": 1,
	}
	listsBySchema.Store(schema, m)
	return m
}

var listsBySchema sync.Map // *ast.Schema → map[string]int

// number reads an integer argument as gqlparser and gqlgen hand it over.
func number(v any) (int, bool) {
	switch x := v.(type) {
	case int:
		return x, true
	case int32:
		return int(x), true
	case int64:
		return clampInt(x), true
	case float64:
		return clampInt(int64(x)), true
	case json.Number:
		i, err := x.Int64()
		return clampInt(i), err == nil
	}
	return 0, false
}

func clampInt(i int64) int {
	if i > math.MaxInt32 {
		return math.MaxInt32
	}
	if i < 0 {
		return 0
	}
	return int(i)
}

func satAdd(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

func satMul(a, b int) int {
	if a != 0 && b > math.MaxInt/a {
		return math.MaxInt
	}
	return a * b
}

// graphQLTimeout gives the execution of every GraphQL operation a
// deadline: the request's, or the longer upload one for a multipart
// request. The resolvers' database queries are cancelled when it passes,
// nothing is committed, and the client gets TIMEOUT.
func graphQLTimeout(request, upload time.Duration) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		d := request
		if graphql.HasOperationContext(ctx) && isMultipart(graphql.GetOperationContext(ctx).Headers) {
			d = upload
		}
		if d <= 0 {
			return next(ctx)
		}
		ctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		return next(ctx)
	}
}

func isMultipart(h http.Header) bool {
	return strings.HasPrefix(h.Get("Content-Type"), "multipart/form-data")
}
