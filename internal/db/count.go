package db

import (
	"context"
	"database/sql"
	"sync/atomic"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// StatementCounter counts the SQL statements sent for one piece of work
// (a request): Counting attaches one to a context, and every statement the
// Ent client runs under that context adds one.
type StatementCounter struct{ n atomic.Int64 }

// Load returns the number of statements counted so far.
func (c *StatementCounter) Load() int64 { return c.n.Load() }

type counterKey struct{}

// Counting returns a context whose statements are counted by the returned
// counter.
func Counting(ctx context.Context) (context.Context, *StatementCounter) {
	c := &StatementCounter{}
	return context.WithValue(ctx, counterKey{}, c), c
}

// Statements returns the number of statements the clients of d have sent
// since it was opened.
func (d *DB) Statements() int64 { return d.statements.Load() }

// countingDriver is the Ent driver with every statement counted, in total
// and for the context's counter if it has one. Unlike dialect.Debug it
// formats nothing, so counting costs two atomic additions.
type countingDriver struct {
	*entsql.Driver
	total *atomic.Int64
}

func count(ctx context.Context, total *atomic.Int64) {
	total.Add(1)
	if c, ok := ctx.Value(counterKey{}).(*StatementCounter); ok {
		c.n.Add(1)
	}
}

func (d countingDriver) Exec(ctx context.Context, query string, args, v any) error {
	count(ctx, d.total)
	return d.Driver.Exec(ctx, query, args, v)
}

// Query runs a read, once more on a fresh connection when the pooled one
// turned out to be dead (the server restarted, a proxy dropped it): the
// pool discards a broken connection, so the retry gets another. Reads
// outside transactions only — a write may have happened, and a
// transaction's statements share its connection.
func (d countingDriver) Query(ctx context.Context, query string, args, v any) error {
	count(ctx, d.total)
	err := d.Driver.Query(ctx, query, args, v)
	if IsConnectionLost(err) && ctx.Err() == nil {
		count(ctx, d.total)
		err = d.Driver.Query(ctx, query, args, v)
	}
	return err
}

func (d countingDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return countingTx{Tx: tx, total: d.total}, nil
}

// BeginTx is what Ent calls for transactions with options.
func (d countingDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	tx, err := d.Driver.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return countingTx{Tx: tx, total: d.total}, nil
}

type countingTx struct {
	dialect.Tx
	total *atomic.Int64
}

func (t countingTx) Exec(ctx context.Context, query string, args, v any) error {
	count(ctx, t.total)
	return t.Tx.Exec(ctx, query, args, v)
}

func (t countingTx) Query(ctx context.Context, query string, args, v any) error {
	count(ctx, t.total)
	return t.Tx.Query(ctx, query, args, v)
}

// QueryContext and ExecContext are the raw statements of the Ent client
// (its ExecQuery feature).
func (d countingDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	count(ctx, d.total)
	return d.Driver.QueryContext(ctx, query, args...)
}

func (d countingDriver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	count(ctx, d.total)
	return d.Driver.ExecContext(ctx, query, args...)
}
