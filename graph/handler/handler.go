// Package handler is Capofila's GraphQL-over-HTTP handler: gqlgen's server
// over the generated schema with what protects the API (the document's
// shape before validation, depth, cost, aliases, tokens, introspection,
// the request deadline), GraphQL over HTTP (transport.go), one
// transaction per mutation and the one error mapping
// (internal/apperr/problem). The HTTP server (internal/server) routes
// /graphql to it; the composition root (app) builds it.
package handler

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/graph"
	"github.com/capofila/capofila/graph/generated"
	"github.com/capofila/capofila/graph/scalar"
	"github.com/capofila/capofila/internal/apperr/problem"
	"github.com/capofila/capofila/internal/reqctx"
)

// Config is what the GraphQL handler needs.
type Config struct {
	// Dev serves introspection to anonymous callers and suggests field
	// names in validation errors (signed-in callers always get
	// introspection).
	Dev bool
	// Limits protect the API; zero values take the defaults.
	Limits Limits
	// Client opens the transaction of each mutation.
	Client *gen.Client
	// Resolvers are the root resolvers (graph.NewResolver).
	Resolvers generated.ResolverRoot
	// Log receives internal errors, timeouts and panics.
	Log *slog.Logger
	// OnOperation, if set, is told the name of each request's operation,
	// and its type once parsed (for the access log and the metrics).
	OnOperation func(ctx context.Context, name, typ string)
	// OnCode, if set, is told each error code a request ends with.
	OnCode func(ctx context.Context, code string)
	// Trusted are the web app's documents (ParseTrustedDocuments), which
	// it sends by hash.
	Trusted TrustedDocuments
	// FreeDocuments, if set, says whether a request may send a document
	// that is not trusted (in production: only API tokens); nil: every
	// request may.
	FreeDocuments func(ctx context.Context) bool
}

// New returns the GraphQL-over-HTTP handler (graphQLTransport): POST with a
// JSON or multipart body, GET for queries only; each mutation in one
// transaction. Introspection is served to signed-in callers, and to
// anonymous ones only in development (Config.Dev), as are the suggestions
// of field names in validation errors.
func New(cfg Config) http.Handler {
	l := cfg.Limits.WithDefaults()
	srv := handler.New(generated.NewExecutableSchema(generated.Config{
		Schema:    graph.Schema(),
		Resolvers: cfg.Resolvers,
	}))
	srv.AddTransport(graphQLTransport{onCode: cfg.OnCode})
	cache := lru.New[*ast.QueryDocument](1000)
	srv.SetQueryCache(cache)
	srv.SetParserTokenLimit(l.MaxTokens)
	srv.SetDisableSuggestion(!cfg.Dev)
	srv.SetValidationRulesFn(validationRules(cfg.Dev, nil))
	srv.Use(&operationLimits{limits: l, dev: cfg.Dev, onOperation: cfg.OnOperation})
	srv.Use(trustedDocuments{docs: cfg.Trusted, free: cfg.FreeDocuments})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	// After the persisted queries, which may fill in the query.
	srv.Use(documentGuard{limits: l, cache: cache})
	srv.Use(scalar.CursorCheck{})
	// The deadline wraps the Transactioner: a mutation's transaction is
	// opened (a connection of an exhausted pool waited for), its answer
	// recorded and committed under it, and one past it commits nothing.
	srv.AroundResponses(graphQLTimeout(l.RequestTimeout, l.UploadTimeout))
	srv.Use(graph.Transactioner{TxOpener: cfg.Client, Client: cfg.Client})
	srv.AroundFields(graph.FieldGuards)
	srv.AroundOperations(graph.Batches)
	present := problem.Presenter(cfg.Log)
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		e := present(ctx, err)
		if cfg.OnCode != nil {
			code, _ := e.Extensions["code"].(string)
			cfg.OnCode(ctx, code)
		}
		return e
	})
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		cfg.Log.ErrorContext(ctx, "panic in resolver", "panic", p, "request_id", reqctx.RequestID(ctx))
		return problem.Recover(ctx, p)
	})
	return srv
}

var _ graphql.FieldMiddleware = graph.FieldGuards
