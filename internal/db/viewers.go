package db

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"slices"
	"sync"
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
// process on the file (the WAL index's change counter). ReferenceStamp does
// the same for the reference data a project's pages share (calls,
// memberships, public bodies, population: ChangesReference), which
// internal/project keeps in memory.

// ViewersChannel is the PostgreSQL LISTEN/NOTIFY channel of the changes
// that may change a viewer.
const ViewersChannel = "capofila_viewers"

// ReferenceChannel is the PostgreSQL LISTEN/NOTIFY channel of the changes
// of the reference data a project's pages share (ChangesReference).
const ReferenceChannel = "capofila_reference"

// viewers is the state behind ViewerStamp and ReferenceStamp.
type viewers struct {
	gen       atomic.Uint64 // moved by every change (own commit, notification, reconnection)
	ref       atomic.Uint64 // ReferenceStamp's: moved by every change of reference data, and at every reconnection
	noted     sync.Map      // notedKey: the transactions that have notified a channel, until they end
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

// ReferenceStamp is ViewerStamp for the reference data of a project's
// pages (ChangesReference: calls with their categories and lines,
// memberships, public bodies, population figures), moved by their
// changes in this process at once and, in the others, through
// ReferenceChannel (PostgreSQL) or the WAL index (SQLite: every commit
// of any other process moves it).
func (d *DB) ReferenceStamp() (uint64, bool) {
	g := d.viewers.ref.Load()
	if d.Dialect == dialect.Postgres {
		return g, d.viewers.listening.Load()
	}
	if d.viewers.shm == "" {
		return g, true
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

// viewersHook is the hook every client of d runs: after a change that may
// change a viewer (or reference data) it notifies the other processes
// (PostgreSQL: pg_notify in the change's transaction) and moves
// ViewerStamp (ReferenceStamp): at once for a change outside a
// transaction (already committed), else when its transaction commits. A
// transaction notifies each channel once, however many rows it changes
// (an import of every comune's population).
func (d *DB) viewersHook() gen.Hook {
	type txer interface{ Tx() (*gen.Tx, error) }
	type execer interface{ Client() *gen.Client }
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			var tx *gen.Tx
			if t, ok := m.(txer); ok {
				tx, _ = t.Tx()
			}
			for _, s := range [...]struct {
				changes func(ent.Mutation) bool
				channel string
				stamp   *atomic.Uint64
			}{{ChangesViewers, ViewersChannel, &d.viewers.gen}, {ChangesReference, ReferenceChannel, &d.viewers.ref}} {
				if !s.changes(m) {
					continue
				}
				if tx != nil {
					key := notedKey{tx.TxKey(), s.channel}
					if _, dup := d.viewers.noted.LoadOrStore(key, struct{}{}); dup {
						continue
					}
					stamp := s.stamp
					tx.OnCommit(func(next gen.Committer) gen.Committer {
						return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
							err := next.Commit(ctx, tx)
							d.viewers.noted.Delete(key)
							if err == nil {
								stamp.Add(1)
							}
							return err
						})
					})
					tx.OnRollback(func(next gen.Rollbacker) gen.Rollbacker {
						return gen.RollbackFunc(func(ctx context.Context, tx *gen.Tx) error {
							d.viewers.noted.Delete(key)
							return next.Rollback(ctx, tx)
						})
					})
				}
				if d.Dialect == dialect.Postgres {
					c, ok := m.(execer)
					if !ok {
						return nil, errors.New("db: a mutation without its client")
					}
					if _, err := c.Client().ExecContext(ctx, "SELECT pg_notify($1, '')", s.channel); err != nil {
						return nil, err
					}
				}
				if tx == nil {
					s.stamp.Add(1)
				}
			}
			return v, nil
		})
	}
}

// notedKey is a transaction that has notified a channel.
type notedKey struct {
	tx      any // gen.Tx.TxKey
	channel string
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

// ChangesReference reports whether m changes the reference data that the
// pages of a project share and internal/project keeps in memory: a call,
// its expense categories and intervention lines, a membership, a public
// body or a population figure. Any change of these types counts, so that
// a new field read by the pages needs no change here.
func ChangesReference(m ent.Mutation) bool {
	switch m.Type() {
	case gen.TypeCall, gen.TypeExpenseCategory, gen.TypeInterventionLine,
		gen.TypeMembership, gen.TypePublicBody, gen.TypePopulationFigure:
		return true
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
		d.viewers.ref.Add(1)
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
	if _, err := conn.Exec(ctx, "LISTEN "+ViewersChannel+"; LISTEN "+ReferenceChannel); err != nil {
		return err
	}
	// Changes committed before LISTEN were not notified.
	d.viewers.gen.Add(1)
	d.viewers.ref.Add(1)
	d.viewers.listening.Store(true)
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		if n.Channel == ReferenceChannel {
			d.viewers.ref.Add(1)
		} else {
			d.viewers.gen.Add(1)
		}
	}
}

// ListeningViewers reports whether ListenViewers is connected (always
// true on SQLite).
func (d *DB) ListeningViewers() bool {
	return d.Dialect != dialect.Postgres || d.viewers.listening.Load()
}
