package db

import (
	"context"
	"database/sql"
	"errors"

	entsql "entgo.io/ent/dialect/sql"
)

// Some writes must join the transaction of the Ent client in a context
// without going through Ent: River inserts a job with the change that causes
// it (internal/notify), in the same *sql.Tx. TrackTx marks a context so that
// the transaction Ent opens with it can be reached by SQLTx.

type txHandleKey struct{}

// txHandle records the transaction opened with a tracked context.
type txHandle struct{ tx *lazyTx }

// TrackTx returns a context whose Ent transaction (opened with it or a
// context derived from it) SQLTx returns.
func TrackTx(ctx context.Context) context.Context {
	return context.WithValue(ctx, txHandleKey{}, &txHandle{})
}

// record notes a transaction opened with ctx, if ctx is tracked and has
// none yet.
func record(ctx context.Context, tx *lazyTx) {
	if h, ok := ctx.Value(txHandleKey{}).(*txHandle); ok && h.tx == nil {
		h.tx = tx
	}
}

// ErrNoTx is returned by SQLTx for a context without a tracked transaction.
var ErrNoTx = errors.New("db: no tracked transaction in the context")

// SQLTx returns the database/sql transaction of the Ent transaction opened
// with ctx (see TrackTx), beginning it if no statement has yet.
func SQLTx(ctx context.Context) (*sql.Tx, error) {
	h, ok := ctx.Value(txHandleKey{}).(*txHandle)
	if !ok || h.tx == nil {
		return nil, ErrNoTx
	}
	tx, err := h.tx.started()
	if err != nil {
		return nil, err
	}
	if t, ok := tx.(*entsql.Tx); ok {
		if st, ok := t.Tx.(*sql.Tx); ok {
			return st, nil
		}
	}
	return nil, errors.New("db: the transaction is not a database/sql transaction")
}
