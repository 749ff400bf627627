package db

import (
	"context"
	"fmt"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"golang.org/x/sync/errgroup"

	"github.com/capofila/capofila/ent/gen"
)

// batchSize keeps a bulk insert below the databases' parameter limits.
const batchSize = 200

// InBatches runs save over rows in batches that stay below the databases'
// parameter limits.
func InBatches[T any](rows []T, save func([]T) error) error {
	for start := 0; start < len(rows); start += batchSize {
		if err := save(rows[start:min(start+batchSize, len(rows))]); err != nil {
			return fmt.Errorf("saving rows %d–%d: %w", start+1, min(start+batchSize, len(rows)), err)
		}
	}
	return nil
}

// Concurrently runs independent reads at once and returns the first error;
// inside a transaction (whose connection is not for concurrent use; the
// client in the context is a transaction's) it runs them one after the
// other.
func Concurrently(ctx context.Context, reads ...func(context.Context) error) error {
	if gen.TxFromContext(ctx) != nil || gen.FromContext(ctx) != nil {
		for _, r := range reads {
			if err := r(ctx); err != nil {
				return err
			}
		}
		return nil
	}
	g, gctx := errgroup.WithContext(ctx)
	for _, r := range reads {
		g.Go(func() error { return r(gctx) })
	}
	return g.Wait()
}

// LockOnPostgres adds FOR UPDATE to a query on PostgreSQL (SQLite has no
// row locks and would refuse the clause). It locks the queried table's
// rows only (FOR UPDATE OF): the to-one edges ent/gen reads in the same
// statement (a LEFT JOIN, ent/template/joins.tmpl) are read, not locked,
// as when each was read by a statement of its own; PostgreSQL refuses FOR
// UPDATE on the nullable side of an outer join anyway.
func LockOnPostgres(s *entsql.Selector) {
	if s.Dialect() == dialect.Postgres {
		s.ForUpdate(entsql.WithLockTables(s.TableName()))
	}
}
