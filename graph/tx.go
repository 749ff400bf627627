package graph

import (
	"context"
	"encoding/json"
	"sync"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/idempotency"
)

// Transactioner runs every mutation operation in one database transaction:
// all its fields commit together, or nothing is saved. It is entgql's
// Transactioner with three differences: requests that fail before an
// operation exists (unreadable bodies) pass through; errors opening or
// committing the transaction go through the error presenter instead of
// reaching clients as raw driver messages; and a mutation sent with an
// Idempotency-Key header has its answer recorded in its transaction, so
// that the same request sent again gets that answer instead of running
// twice (internal/idempotency).
type Transactioner struct {
	TxOpener entgql.TxOpener
	// Client reads and writes the recorded answers.
	Client *gen.Client
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = Transactioner{}

// ExtensionName implements graphql.HandlerExtension.
func (Transactioner) ExtensionName() string { return "CapofilaTransactioner" }

// Validate implements graphql.HandlerExtension.
func (Transactioner) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext serializes the resolvers of a mutation: they share
// one transaction, which is not safe for concurrent use.
func (t Transactioner) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if isMutation(oc.Operation) {
		previous := oc.ResolverMiddleware
		var mu sync.Mutex
		oc.ResolverMiddleware = func(ctx context.Context, next graphql.Resolver) (any, error) {
			mu.Lock()
			defer mu.Unlock()
			return previous(ctx, next)
		}
	}
	return nil
}

// InterceptResponse implements graphql.ResponseInterceptor.
func (t Transactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) || !isMutation(graphql.GetOperationContext(ctx).Operation) {
		return next(ctx)
	}
	fail := func(err error) *graphql.Response {
		graphql.AddError(ctx, err)
		return &graphql.Response{Errors: graphql.GetErrors(ctx)}
	}
	idem, err := t.idempotent(ctx)
	if err != nil {
		return fail(err)
	}
	txCtx, tx, err := t.TxOpener.OpenTx(db.TrackTx(ctx))
	if err != nil {
		return fail(err)
	}
	defer func() {
		if r := recover(); r != nil {
			_ = tx.Rollback()
			panic(r)
		}
	}()
	if idem != nil {
		// Inside the transaction: on SQLite writers queue, so a retry sent
		// while the first request runs finds its answer here.
		answer, err := idempotency.Lookup(txCtx, t.txClient(txCtx), idem.user, idem.key, idem.hash)
		if err != nil || answer != nil {
			_ = tx.Rollback()
			if err != nil {
				return fail(err)
			}
			return replay(answer)
		}
	}
	rsp := next(txCtx)
	if len(rsp.Errors) > 0 {
		_ = tx.Rollback()
		return &graphql.Response{Errors: rsp.Errors}
	}
	if idem != nil {
		if err := idempotency.Save(txCtx, t.txClient(txCtx), idem.user, idem.key, idem.hash, rsp.Data); err != nil {
			_ = tx.Rollback()
			if gen.IsConstraintError(err) {
				// The same request ran at once in another transaction
				// (PostgreSQL) and committed first: its answer stands.
				if answer, lerr := idempotency.Lookup(ctx, t.Client, idem.user, idem.key, idem.hash); lerr == nil && answer != nil {
					return replay(answer)
				}
			}
			return fail(err)
		}
	}
	// A request past its deadline, or whose client went away, commits
	// nothing: the client could not be told it was saved.
	if err := ctx.Err(); err != nil {
		_ = tx.Rollback()
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(err)
	}
	return rsp
}

// idemRequest is a mutation to record under an Idempotency-Key.
type idemRequest struct {
	user      pulid.ID
	key, hash string
}

// idempotent reads the request's Idempotency-Key; nil when there is none,
// no signed-in user, or the request carries files (uploads are not
// recorded).
func (t Transactioner) idempotent(ctx context.Context) (*idemRequest, error) {
	oc := graphql.GetOperationContext(ctx)
	key := oc.Headers.Get(idempotency.Header)
	v := authz.FromContext(ctx)
	if key == "" || t.Client == nil || v == nil || v.UserID == "" || hasUpload(oc.Variables) {
		return nil, nil
	}
	if err := idempotency.CheckKey(key); err != nil {
		return nil, err
	}
	hash, err := idempotency.RequestHash(oc.RawQuery, oc.OperationName, oc.Variables)
	if err != nil {
		return nil, err
	}
	return &idemRequest{user: v.UserID, key: key, hash: hash}, nil
}

// txClient is the client of the transaction in ctx.
func (t Transactioner) txClient(ctx context.Context) *gen.Client {
	if tx := gen.TxFromContext(ctx); tx != nil {
		return tx.Client()
	}
	return t.Client
}

// replay answers with a recorded answer, marked as such.
func replay(answer json.RawMessage) *graphql.Response {
	return &graphql.Response{Data: answer, Extensions: map[string]any{"idempotentReplay": true}}
}

func hasUpload(v any) bool {
	switch x := v.(type) {
	case graphql.Upload, *graphql.Upload:
		return true
	case map[string]any:
		for _, e := range x {
			if hasUpload(e) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if hasUpload(e) {
				return true
			}
		}
	}
	return false
}

func isMutation(op *ast.OperationDefinition) bool {
	return op != nil && op.Operation == ast.Mutation
}
