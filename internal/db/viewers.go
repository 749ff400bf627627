package db

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"slices"
	"sync/atomic"
	"time"

	"entgo.io/ent"
	"entgo.io/ent/dialect"
	"github.com/jackc/pgx/v5"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/apitoken"
	"github.com/capofila/capofila/ent/gen/session"
	"github.com/capofila/capofila/ent/gen/user"
)

// A viewer (internal/auth: a session or a token, its active user and the
// user's grants) is read from the users, sessions, api_tokens and
// role_assignments tables. To let a process keep viewers in memory, every
// client of a DB tells when a committed change may have changed one: the
// process's own commits move ViewerStamp at once; on PostgreSQL each such
// change also sends a notification on ViewersChannel in its own
// transaction (delivered only if it commits), which ListenViewers receives
// in every process; on SQLite the stamp also covers every commit of every
// process on the file (the WAL index's change counter).

// ViewersChannel is the PostgreSQL LISTEN/NOTIFY channel of the changes
// that may change a viewer.
const ViewersChannel = "capofila_viewers"

// viewers is the state behind ViewerStamp.
type viewers struct {
	gen       atomic.Uint64 // moved by every change (own commit, notification, reconnection)
	listening atomic.Bool   // PostgreSQL: the listener is connected
	shm       string        // SQLite: the WAL index file ("" for an in-memory database)
	shmz      []byte        // shm, NUL-terminated, for the system call that opens it
	pg        *pgx.ConnConfig
}

// ViewerStamp returns a value that changes whenever a committed change may
// have changed a viewer, and whether it can be trusted now: on PostgreSQL
// only while ListenViewers is connected, on SQLite while the WAL index can
// be read. A value kept with a viewer read after taking the stamp is
// current as long as ViewerStamp returns the same stamp and true.
func (d *DB) ViewerStamp() (uint64, bool) {
	g := d.viewers.gen.Load()
	if d.Dialect == dialect.Postgres {
		return g, d.viewers.listening.Load()
	}
	if d.viewers.shm == "" {
		return g, true // an in-memory database: this process only
	}
	w, ok := walIndexStamp(&d.viewers)
	return g*0x9E3779B97F4A7C15 ^ w, ok
}

// walIndexStamp hashes the header of SQLite's WAL index (the -shm file):
// SQLite changes it at every commit of any connection of any process (its
// change counter, last frame and salts). The header is written twice;
// while the two copies differ a writer is updating it: not ok. The file is
// opened at each call (readWALIndex), as SQLite deletes it when its last
// connection closes.
func walIndexStamp(v *viewers) (uint64, bool) {
	var b [96]byte
	if !readWALIndex(v, &b) {
		return 0, false
	}
	if !bytes.Equal(b[:48], b[48:]) {
		return 0, false
	}
	// FNV-1a, 64 bits (hash/fnv's New64a, without its allocation).
	h := uint64(14695981039346656037)
	for _, c := range b[:48] {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h, true
}

// readWALIndexFile reads the first len(b) bytes of the WAL index file.
func readWALIndexFile(path string, b *[96]byte) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	_, err = io.ReadFull(f, b[:])
	return err == nil
}

// changedViewers records a change that may have changed a viewer: at once
// for a change outside a transaction (already committed), else when its
// transaction commits.
func (d *DB) changedViewers(m ent.Mutation) {
	type txer interface{ Tx() (*gen.Tx, error) }
	if t, ok := m.(txer); ok {
		if tx, err := t.Tx(); err == nil {
			tx.OnCommit(func(next gen.Committer) gen.Committer {
				return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
					err := next.Commit(ctx, tx)
					if err == nil {
						d.viewers.gen.Add(1)
					}
					return err
				})
			})
			return
		}
	}
	d.viewers.gen.Add(1)
}

// viewersHook is the hook every client of d runs: after a change that may
// change a viewer it notifies the other processes (PostgreSQL: pg_notify in
// the change's transaction) and moves ViewerStamp when it commits.
func (d *DB) viewersHook() gen.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			v, err := next.Mutate(ctx, m)
			if err != nil || !ChangesViewers(m) {
				return v, err
			}
			if d.Dialect == dialect.Postgres {
				type execer interface {
					Client() *gen.Client
				}
				c, ok := m.(execer)
				if !ok {
					return nil, errors.New("db: a mutation without its client")
				}
				if _, err := c.Client().ExecContext(ctx, "SELECT pg_notify($1, '')", ViewersChannel); err != nil {
					return nil, err
				}
			}
			d.changedViewers(m)
			return v, nil
		})
	}
}

// ChangesViewers reports whether m may change a viewer: what a session or
// token resolves to (internal/auth ViewerFromSession, ViewerFromToken).
// Creating a user, a session or a token changes no viewer (nobody holds
// it yet),
// nor does using one: the update that slides a session (it sets
// last_seen_at, and only extends expires_at) or notes a token's use
// (last_used_at). Deleting an aggregation or a public body nulls the
// scope of the role assignments that name it.
func ChangesViewers(m ent.Mutation) bool {
	del := m.Op().Is(ent.OpDelete | ent.OpDeleteOne)
	fields := m.Fields()
	switch m.Type() {
	case gen.TypeRoleAssignment:
		return true
	case gen.TypeUser: // a new user has no session yet
		return del || m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) && (slices.ContainsFunc(fields, func(f string) bool {
			return f == user.FieldEmail || f == user.FieldActive || f == user.FieldPasswordHash
		}) || len(m.AddedEdges()) > 0 || len(m.RemovedEdges()) > 0 || len(m.ClearedEdges()) > 0)
	case gen.TypeSession:
		return del || (m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) && !slices.Contains(fields, session.FieldLastSeenAt))
	case gen.TypeAPIToken:
		return del || slices.ContainsFunc(fields, func(f string) bool {
			return f == apitoken.FieldRevokedAt || f == apitoken.FieldExpiresAt
		}) && m.Op().Is(ent.OpUpdate|ent.OpUpdateOne)
	case gen.TypeAggregation, gen.TypePublicBody:
		return del
	}
	return false
}

// ListenViewers keeps a connection of its own listening on ViewersChannel
// until ctx ends, moving ViewerStamp at each notification. ViewerStamp is
// not to be trusted while it is not connected (at start, after a lost
// connection: then it reconnects, every second at most); it moves at
// every (re)connection, as changes may have been missed. It returns at
// once on SQLite, whose stamp needs no listener. A pooler in transaction
// mode (pgbouncer) cannot hold a LISTEN: the listener needs a direct
// connection (or a session-mode pool).
func (d *DB) ListenViewers(ctx context.Context, log *slog.Logger) {
	if d.Dialect != dialect.Postgres || d.viewers.pg == nil {
		return
	}
	for ctx.Err() == nil {
		err := d.listenViewers(ctx)
		d.viewers.listening.Store(false)
		d.viewers.gen.Add(1)
		if ctx.Err() != nil {
			return
		}
		if log != nil {
			log.Warn("viewer cache: listener disconnected, requests read their session from the database", "err", err)
		}
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
}

// listenViewers listens once, until the connection fails or ctx ends.
func (d *DB) listenViewers(ctx context.Context) error {
	conn, err := pgx.ConnectConfig(ctx, d.viewers.pg)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+ViewersChannel); err != nil {
		return err
	}
	// Changes committed before LISTEN were not notified.
	d.viewers.gen.Add(1)
	d.viewers.listening.Store(true)
	for {
		if _, err := conn.WaitForNotification(ctx); err != nil {
			return err
		}
		d.viewers.gen.Add(1)
	}
}

// ListeningViewers reports whether ListenViewers is connected (always
// true on SQLite).
func (d *DB) ListeningViewers() bool {
	return d.Dialect != dialect.Postgres || d.viewers.listening.Load()
}
