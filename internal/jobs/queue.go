// Package jobs is Capofila's durable job queue: River
// (github.com/riverqueue/river) on the application's own database — its
// SQLite driver on the embedded default, its pgx driver on PostgreSQL — so
// that every replica shares one queue, a job runs once, and a job is
// inserted in the same transaction as the change that causes it. River's
// tables are created by the project's migrations (internal/migrate).
package jobs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"entgo.io/ent/dialect"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivertype"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
)

// QueueBulk is the queue of the jobs that work through many users at once
// (the daily digests): few run at a time, so that interactive requests keep
// their speed while they go.
const QueueBulk = "bulk"

// Options tune the working of jobs.
type Options struct {
	// Workers are the job kinds this process works.
	Workers *river.Workers
	// Periodic are the jobs inserted on a schedule by the elected leader.
	Periodic []*river.PeriodicJob
	// MaxWorkers caps jobs run at once by this process (default 4).
	MaxWorkers int
	// BulkWorkers caps the jobs of QueueBulk run at once by this process
	// (default 1): the daily work over every user (digests) that must not
	// take the CPU from interactive requests.
	BulkWorkers int
	// PollInterval is how often an idle worker looks for jobs (default 1 s;
	// PostgreSQL also wakes workers with LISTEN/NOTIFY).
	PollInterval time.Duration
	// ID names this process among the queue's clients (default: River's).
	ID string
	// Logger receives River's logs (default: discarded).
	Logger *slog.Logger
}

// runner is what both River clients (database/sql, pgx) share.
type runner interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// Queue inserts jobs and, once Work is called, works them.
type Queue struct {
	// insert writes jobs through database/sql, in the application's
	// transactions.
	insert *river.Client[*sql.Tx]
	work   runner
	pool   *pgxpool.Pool
	d      *db.DB
}

// New returns the queue of d, inserting only: it opens nothing.
func New(d *db.DB) (*Queue, error) {
	cfg := &river.Config{SkipUnknownJobCheck: true, Logger: slog.New(slog.DiscardHandler)}
	q := &Queue{d: d}
	var err error
	switch d.Dialect {
	case dialect.SQLite:
		q.insert, err = river.NewClient(riversqlite.New(d.SQL), cfg)
	case dialect.Postgres:
		q.insert, err = river.NewClient(riverdatabasesql.New(d.SQL), cfg)
	default:
		err = fmt.Errorf("jobs: no queue for dialect %q", d.Dialect)
	}
	if err != nil {
		return nil, err
	}
	return q, nil
}

// Work starts working jobs until Stop. On PostgreSQL it opens a small pgx
// pool to url (River's pgx driver, which listens for new jobs); on SQLite
// it works over the application's pool.
func (q *Queue) Work(ctx context.Context, url string, o Options) error {
	if q.work != nil {
		return errors.New("jobs: already working")
	}
	if o.MaxWorkers == 0 {
		o.MaxWorkers = 4
	}
	if o.BulkWorkers == 0 {
		o.BulkWorkers = 1
	}
	if o.PollInterval == 0 {
		o.PollInterval = time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	cfg := &river.Config{
		ID: o.ID, Workers: o.Workers, Logger: o.Logger, PeriodicJobs: o.Periodic,
		Queues: map[string]river.QueueConfig{
			river.QueueDefault: {MaxWorkers: o.MaxWorkers},
			QueueBulk:          {MaxWorkers: o.BulkWorkers},
		},
		MaxAttempts:                 8,
		FetchPollInterval:           o.PollInterval,
		FetchCooldown:               min(o.PollInterval, 100*time.Millisecond),
		CompletedJobRetentionPeriod: 7 * 24 * time.Hour,
		DiscardedJobRetentionPeriod: 30 * 24 * time.Hour,
		JobTimeout:                  10 * time.Minute,
	}
	var (
		w   runner
		err error
	)
	if q.d.Dialect == dialect.Postgres {
		if q.pool, err = openPool(ctx, url, o.MaxWorkers+o.BulkWorkers); err != nil {
			return err
		}
		w, err = river.NewClient(riverpgxv5.New(q.pool), cfg)
	} else {
		w, err = river.NewClient(riversqlite.New(q.d.SQL), cfg)
	}
	if err == nil {
		err = w.Start(ctx)
	}
	if err != nil {
		if q.pool != nil {
			q.pool.Close()
			q.pool = nil
		}
		return err
	}
	q.work = w
	return nil
}

// openPool opens the pgx pool River works with: a few connections beside
// the application's pool, one of them listening for new jobs.
func openPool(ctx context.Context, url string, workers int) (*pgxpool.Pool, error) {
	pc, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, err
	}
	pc.MaxConns = int32(min(workers+2, 8))
	return pgxpool.NewWithConfig(ctx, pc)
}

// Stop lets running jobs finish (until ctx ends) and stops working.
func (q *Queue) Stop(ctx context.Context) error {
	var err error
	if q.work != nil {
		err = q.work.Stop(ctx)
	}
	if q.pool != nil {
		q.pool.Close()
	}
	return err
}

// Insert inserts a job in the transaction of ctx's Ent client when there
// is one (see db.TrackTx): it exists only if that transaction commits. A
// context without a transaction inserts it on its own.
func (q *Queue) Insert(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (*rivertype.JobInsertResult, error) {
	tx, err := db.SQLTx(ctx)
	switch {
	case err == nil:
		return q.insert.InsertTx(ctx, tx, args, opts)
	case errors.Is(err, db.ErrNoTx):
		return q.insert.Insert(ctx, args, opts)
	default:
		return nil, err
	}
}

// InsertMany inserts jobs together, in the transaction of ctx's Ent client
// when there is one (as Insert): one statement per batch instead of one
// per job. Jobs unique by their arguments already inserted are skipped.
func (q *Queue) InsertMany(ctx context.Context, params []river.InsertManyParams) ([]*rivertype.JobInsertResult, error) {
	if len(params) == 0 {
		return nil, nil
	}
	tx, err := db.SQLTx(ctx)
	switch {
	case err == nil:
		return q.insert.InsertManyTx(ctx, tx, params)
	case errors.Is(err, db.ErrNoTx):
		return q.insert.InsertMany(ctx, params)
	default:
		return nil, err
	}
}

// Failed lists the jobs that failed: retrying after an error, or given up
// on (discarded) after their last attempt; newest first.
func (q *Queue) Failed(ctx context.Context, limit int) ([]*rivertype.JobRow, error) {
	params := river.NewJobListParams().
		States(rivertype.JobStateRetryable, rivertype.JobStateDiscarded).
		OrderBy(river.JobListOrderByTime, river.SortOrderDesc).
		First(limit)
	res, err := q.insert.JobList(ctx, params)
	if err != nil {
		return nil, err
	}
	return res.Jobs, nil
}

// Retry makes a failed job available again at once.
func (q *Queue) Retry(ctx context.Context, id int64) (*rivertype.JobRow, error) {
	return q.insert.JobRetry(ctx, id)
}

// Failure is a job that failed, as administrators see it.
type Failure struct {
	ID          string
	Kind        string
	State       string
	Attempt     int
	MaxAttempts int
	// Errors are the errors of its attempts, oldest first.
	Errors      []string
	CreatedAt   time.Time
	AttemptedAt *time.Time
	// ScheduledAt is its next attempt, for a job retrying.
	ScheduledAt time.Time
}

// MaxFailures caps the failed jobs one request lists.
const MaxFailures = 100

// Failures lists the failed jobs, newest first: administrators only.
func (q *Queue) Failures(ctx context.Context, first int) ([]*Failure, error) {
	if !authz.FromContext(ctx).IsAdmin() {
		return nil, authz.ErrForbidden
	}
	if first < 1 || first > MaxFailures {
		return nil, apperr.InvalidField("first", "jobs.first", fmt.Sprintf("Indica da 1 a %d lavori.", MaxFailures))
	}
	rows, err := q.Failed(ctx, first)
	if err != nil {
		return nil, err
	}
	out := make([]*Failure, len(rows))
	for i, j := range rows {
		f := failureOf(j)
		out[i] = &f
	}
	return out, nil
}

// RetryFailed makes a failed job run again at once: administrators only.
func (q *Queue) RetryFailed(ctx context.Context, id string) (*Failure, error) {
	if !authz.FromContext(ctx).IsAdmin() {
		return nil, authz.ErrForbidden
	}
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return nil, apperr.InvalidField("id", "jobs.id", "Identificativo del lavoro non valido.")
	}
	j, err := q.Retry(ctx, n)
	if errors.Is(err, river.ErrNotFound) {
		return nil, apperr.E(apperr.NotFound, "Lavoro non trovato.")
	}
	if err != nil {
		return nil, err
	}
	f := failureOf(j)
	return &f, nil
}

func failureOf(j *rivertype.JobRow) Failure {
	f := Failure{ID: strconv.FormatInt(j.ID, 10), Kind: j.Kind, State: string(j.State), Attempt: j.Attempt,
		MaxAttempts: j.MaxAttempts, CreatedAt: j.CreatedAt, AttemptedAt: j.AttemptedAt, ScheduledAt: j.ScheduledAt}
	for _, e := range j.Errors {
		f.Errors = append(f.Errors, e.Error)
	}
	return f
}
