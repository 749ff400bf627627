package db

import (
	"context"
	"database/sql"
	"errors"
	"sync"
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

// CounterKey is the context key of Counting's counter, for a context that
// answers Value for several keys at once (the HTTP server's per-request
// one); its value must be a *StatementCounter.
func CounterKey() any { return counterKey{} }

// Counting returns a context whose statements are counted by the returned
// counter.
func Counting(ctx context.Context) (context.Context, *StatementCounter) {
	c := &StatementCounter{}
	return context.WithValue(ctx, counterKey{}, c), c
}

// Statements returns the number of statements the clients of d have sent
// since it was opened.
func (d *DB) Statements() int64 { return d.statements.Load() }

// Trace makes f receive the text of every statement the clients of d send
// from now on (nil stops it): how a test lists the statements of an
// operation. It costs one atomic load per statement when unset.
func (d *DB) Trace(f func(query string)) {
	if f == nil {
		d.trace.Store(nil)
		return
	}
	d.trace.Store(&f)
}

// countingDriver is the Ent driver with every statement counted, in total
// and for the context's counter if it has one. Unlike dialect.Debug it
// formats nothing, so counting costs two atomic additions.
type countingDriver struct {
	*entsql.Driver
	total *atomic.Int64
	trace *atomic.Pointer[func(string)]
}

func count(ctx context.Context, total *atomic.Int64, trace *atomic.Pointer[func(string)], query string) {
	total.Add(1)
	if f := trace.Load(); f != nil {
		(*f)(query)
	}
	if c, ok := ctx.Value(counterKey{}).(*StatementCounter); ok {
		c.n.Add(1)
	}
}

func (d countingDriver) Exec(ctx context.Context, query string, args, v any) error {
	count(ctx, d.total, d.trace, query)
	return d.Driver.Exec(ctx, query, args, v)
}

// Query runs a read, once more on a fresh connection when the pooled one
// turned out to be dead (the server restarted, a proxy dropped it): the
// pool discards a broken connection, so the retry gets another. Reads
// outside transactions only — a write may have happened, and a
// transaction's statements share its connection.
func (d countingDriver) Query(ctx context.Context, query string, args, v any) error {
	count(ctx, d.total, d.trace, query)
	err := d.Driver.Query(ctx, query, args, v)
	if IsConnectionLost(err) && ctx.Err() == nil {
		count(ctx, d.total, d.trace, query)
		err = d.Driver.Query(ctx, query, args, v)
	}
	return err
}

// Tx returns a transaction that begins at its first statement (see
// lazyTx).
func (d countingDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx := &lazyTx{ctx: ctx, total: d.total, trace: d.trace, begin: d.Driver.Tx}
	record(ctx, tx)
	return tx, nil
}

// BeginTx is what Ent calls for transactions with options.
func (d countingDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	tx := &lazyTx{ctx: ctx, total: d.total, trace: d.trace, begin: func(ctx context.Context) (dialect.Tx, error) {
		return d.Driver.BeginTx(ctx, opts)
	}}
	record(ctx, tx)
	return tx, nil
}

// lazyTx is a transaction that begins on the database at its first
// statement, not when it is opened. Every mutation runs in a transaction
// opened before its resolvers, and on SQLite a transaction takes the write
// lock as it begins (BEGIN IMMEDIATE): work a mutation does before touching
// the database — reading and parsing an uploaded file, hashing and storing
// a document — then holds no lock and blocks no other writer. A
// transaction without statements commits and rolls back as a no-op.
type lazyTx struct {
	ctx   context.Context // the context the transaction was opened with
	total *atomic.Int64
	trace *atomic.Pointer[func(string)]
	begin func(context.Context) (dialect.Tx, error)

	mu    sync.Mutex
	tx    dialect.Tx
	ended bool
}

var errTxEnded = errors.New("db: the transaction has already been committed or rolled back")

func (t *lazyTx) started() (dialect.Tx, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.ended {
		return nil, errTxEnded
	}
	if t.tx == nil {
		tx, err := t.begin(t.ctx)
		if err != nil {
			return nil, err
		}
		t.tx = tx
	}
	return t.tx, nil
}

func (t *lazyTx) Exec(ctx context.Context, query string, args, v any) error {
	tx, err := t.started()
	if err != nil {
		return err
	}
	count(ctx, t.total, t.trace, query)
	return tx.Exec(ctx, query, args, v)
}

func (t *lazyTx) Query(ctx context.Context, query string, args, v any) error {
	tx, err := t.started()
	if err != nil {
		return err
	}
	count(ctx, t.total, t.trace, query)
	return tx.Query(ctx, query, args, v)
}

// ExecContext runs a raw statement in the transaction (the Ent client's
// ExecContext inside a transaction, e.g. pg_notify in viewers.go).
func (t *lazyTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	tx, err := t.started()
	if err != nil {
		return nil, err
	}
	ex, ok := tx.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	})
	if !ok {
		return nil, errors.New("db: the transaction cannot run raw statements")
	}
	count(ctx, t.total, t.trace, query)
	return ex.ExecContext(ctx, query, args...)
}

func (t *lazyTx) end(f func(dialect.Tx) error) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.ended {
		return errTxEnded
	}
	t.ended = true
	if t.tx == nil {
		return nil
	}
	return f(t.tx)
}

// Commit commits the transaction, if it began.
func (t *lazyTx) Commit() error { return t.end(dialect.Tx.Commit) }

// Rollback rolls the transaction back, if it began.
func (t *lazyTx) Rollback() error { return t.end(dialect.Tx.Rollback) }

// QueryContext and ExecContext are the raw statements of the Ent client
// (its ExecQuery feature).
func (d countingDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	count(ctx, d.total, d.trace, query)
	return d.Driver.QueryContext(ctx, query, args...)
}

func (d countingDriver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	count(ctx, d.total, d.trace, query)
	return d.Driver.ExecContext(ctx, query, args...)
}
