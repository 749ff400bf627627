package main

// `loadbench digest` measures the daily digest at scale: it gives N users
// (default 10,000, member referents of real memberships of the dataset)
// notifications waiting for the digest, queues the day's digest job in the
// server's own queue, and times the server until its SMTP server (an SMTP
// sink of this process) has received every message, while a member keeps
// using the dashboard. The server must run with its jobs on and
// --smtp-host 127.0.0.1 --smtp-port <the sink's> --smtp-security none.

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/loadtest"
	"github.com/capofila/capofila/internal/notify"
)

// digestDomain is the e-mail domain of the users the digest run adds: the
// run removes them (and what is theirs) before it adds them again.
const digestDomain = "digest.capofila.test"

// digestReport is what a digest run writes.
type digestReport struct {
	Scale         string        `json:"scale"`
	When          time.Time     `json:"when"`
	Machine       string        `json:"machine"`
	Users         int           `json:"users"`
	PerUser       int           `json:"notifications_per_user"`
	Received      int           `json:"messages_received"`
	Duplicates    int           `json:"duplicate_messages"`
	Unmailed      int           `json:"notifications_left_unmailed"`
	Elapsed       time.Duration `json:"elapsed_ns"`
	RunElapsed    time.Duration `json:"elapsed_with_dashboard_ns"`
	MailBytes     int64         `json:"mail_bytes"`
	Statements    float64       `json:"sql_statements"`
	Transactions  float64       `json:"pg_transactions"`
	Allocs        float64       `json:"allocs"`
	AllocBytes    float64       `json:"alloc_bytes"`
	RSSIdle       float64       `json:"server_rss_idle_bytes"`
	RSSMax        float64       `json:"server_rss_max_bytes"`
	HeapMax       float64       `json:"server_heap_inuse_max_bytes"`
	Clients       int           `json:"dashboard_clients"`
	DashboardIdle result        `json:"dashboard_idle"`
	DashboardRun  result        `json:"dashboard_during_run"`
}

func runDigest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("loadbench digest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	base := fs.String("url", "http://127.0.0.1:18500", "the server under test (jobs on, SMTP to -smtp)")
	metricsURL := fs.String("metrics", "http://127.0.0.1:18501/metrics", "its Prometheus endpoint")
	dbURL := fs.String("db", "", "its PostgreSQL database")
	scale := fs.String("scale", "national", "name of the dataset, for the report")
	password := fs.String("password", "capofila-demo", "password of the users found in the database")
	smtpAddr := fs.String("smtp", "127.0.0.1:18502", "where this process receives the server's e-mail")
	users := fs.Int("users", 10000, "users who get a digest")
	perUser := fs.Int("per-user", 3, "notifications in each digest")
	clients := fs.Int("clients", 1, "members using the dashboard meanwhile (closed loop)")
	idleFor := fs.Duration("idle", 10*time.Second, "dashboard measured before the run")
	timeout := fs.Duration("timeout", 20*time.Minute, "longest the run may take")
	out := fs.String("out", "", "write the results as JSON to this file")
	md := fs.String("markdown", "", "write the results as the Markdown of docs/PERFORMANCE.md to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dbURL == "" {
		return errors.New("-db is required")
	}
	if *users < 1 || *perUser < 1 || *perUser > 20 {
		return errors.New("-users must be positive and -per-user between 1 and 20")
	}
	pool, err := pgxpool.New(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	t, err := loadtest.Discover(ctx, pool)
	if err != nil {
		return err
	}
	sink, err := startSink(*smtpAddr)
	if err != nil {
		return err
	}
	defer sink.close()

	rep := &digestReport{Scale: *scale, When: time.Now().UTC(), Machine: machine(), Users: *users, PerUser: *perUser, Clients: *clients}
	day := civil.Today()
	// round gives the users their notifications, queues the digest and
	// waits for every message, running during runs; it returns the time
	// from the commit to the last message.
	round := func(during func(ctx context.Context)) (time.Duration, error) {
		fmt.Fprintln(stdout, "digest: waiting for the server's queue to be idle")
		if err := waitIdle(ctx, pool, 10*time.Minute); err != nil {
			return 0, err
		}
		if err := cleanDigest(ctx, pool, day); err != nil {
			return 0, err
		}
		// Other users' notifications waiting for a digest (the day's
		// reminders the server recorded when it started) are mailed
		// first, so that the round sends the 10,000 digests only.
		if err := flushOthers(ctx, pool, day); err != nil {
			return 0, err
		}
		sink.expect(*users)
		start := time.Now()
		if err := seedDigest(ctx, pool, *users, *perUser, day); err != nil {
			return 0, err
		}
		fmt.Fprintf(stdout, "digest: %d users with %d notifications each, digest of %s queued (%.1f s to write them)\n",
			*users, *perUser, day, time.Since(start).Seconds())
		runCtx, stop := context.WithTimeout(ctx, *timeout)
		defer stop()
		loopCtx, stopLoop := context.WithCancel(runCtx)
		defer stopLoop()
		go func() {
			select {
			case <-sink.done:
			case <-runCtx.Done():
			}
			stopLoop()
		}()
		during(loopCtx)
		<-loopCtx.Done()
		if sink.count() < *users {
			return 0, fmt.Errorf("digest: %d of %d messages received in %s", sink.count(), *users, *timeout)
		}
		return sink.lastAt().Sub(start), nil
	}

	// First round: the digests alone, for their cost.
	before, err := scrapeAll(ctx, *metricsURL)
	if err != nil {
		return err
	}
	txBefore, err := pgTransactions(ctx, pool)
	if err != nil {
		return err
	}
	rep.RSSIdle = before["process_resident_memory_bytes"]
	rep.Elapsed, err = round(func(ctx context.Context) {
		// Sample the server's memory while the digests go out.
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				if m, err := scrapeAll(ctx, *metricsURL); err == nil {
					rep.RSSMax = max(rep.RSSMax, m["process_resident_memory_bytes"])
					rep.HeapMax = max(rep.HeapMax, m["go_memstats_heap_inuse_bytes"])
				}
			}
		}
	})
	if err != nil {
		return err
	}
	after, err := scrapeAll(ctx, *metricsURL)
	if err != nil {
		return err
	}
	txAfter, err := pgTransactions(ctx, pool)
	if err != nil {
		return err
	}
	// Requests (the metrics scrapes' are none) are counted apart: what is
	// left is the digests'.
	rep.Statements = (after["capofila_sql_statements_total"] - before["capofila_sql_statements_total"]) -
		(after["capofila_request_sql_statements_sum"] - before["capofila_request_sql_statements_sum"])
	rep.Transactions = txAfter - txBefore
	rep.Allocs = after["go_memstats_mallocs_total"] - before["go_memstats_mallocs_total"]
	rep.AllocBytes = after["go_memstats_alloc_bytes_total"] - before["go_memstats_alloc_bytes_total"]
	rep.Received, rep.Duplicates, rep.MailBytes = sink.count(), sink.duplicates(), sink.bytes.Load()
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id
		WHERE u.email LIKE '%@`+digestDomain+`' AND n.mailed_at IS NULL`).Scan(&rep.Unmailed); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "digest: %d digests in %.1f s\n", rep.Received, rep.Elapsed.Seconds())

	// Second round: a member uses the dashboard before and while the same
	// digests go out again.
	sessions, err := signIn(ctx, *base, *password, *clients, t.MemberUser)
	if err != nil {
		return err
	}
	dashboard := func(ctx context.Context, w int) error {
		return sessions[t.MemberUser][w].GraphQL(ctx, loadtest.MemberDashboardQuery, map[string]any{"project": t.Project, "body": t.Member}, nil)
	}
	rep.DashboardIdle = closedLoop(ctx, *clients, time.Second, *idleFor, dashboard)
	fmt.Fprintf(stdout, "digest: dashboard idle p50 %.2f ms (%d requests)\n", ms(rep.DashboardIdle.P50), rep.DashboardIdle.Ops)
	sink.reset()
	if rep.RunElapsed, err = round(func(ctx context.Context) {
		rep.DashboardRun = closedLoop(ctx, *clients, 0, *timeout, dashboard)
	}); err != nil {
		return err
	}
	rep.Duplicates += sink.duplicates()
	fmt.Fprint(stdout, digestMarkdown(rep))
	if *md != "" {
		if err := os.WriteFile(*md, []byte(digestMarkdown(rep)), 0o644); err != nil {
			return err
		}
	}
	if *out != "" {
		b, _ := json.MarshalIndent(rep, "", "  ")
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			return err
		}
	}
	if rep.Duplicates > 0 || rep.Unmailed > 0 || rep.Received != *users {
		return fmt.Errorf("digest: %d messages for %d users, %d duplicates, %d notifications unmailed", rep.Received, *users, rep.Duplicates, rep.Unmailed)
	}
	return nil
}

// digestMarkdown is the run as the table of docs/PERFORMANCE.md.
func digestMarkdown(r *digestReport) string {
	var b strings.Builder
	per := func(v float64) float64 { return v / float64(r.Users) }
	fmt.Fprintf(&b, "Run %s on %s; dataset %q.\n\n", r.When.Format("2006-01-02 15:04:05"), r.Machine, r.Scale)
	fmt.Fprintf(&b, "| digests | notifications | time s | digests/s | SQL statements (per digest) | PostgreSQL transactions (per digest) | allocs per digest | MB allocated | server RSS before → peak during MB | heap in use max MB | e-mail MB |\n")
	fmt.Fprintf(&b, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	fmt.Fprintf(&b, "| %d | %d | %.1f | %.0f | %.0f (%.1f) | %.0f (%.1f) | %.0f | %.0f | %.0f → %.0f | %.0f | %.1f |\n\n",
		r.Received, r.Users*r.PerUser, r.Elapsed.Seconds(), float64(r.Received)/r.Elapsed.Seconds(),
		r.Statements, per(r.Statements), r.Transactions, per(r.Transactions), per(r.Allocs), r.AllocBytes/1e6,
		r.RSSIdle/1e6, r.RSSMax/1e6, r.HeapMax/1e6, float64(r.MailBytes)/1e6)
	fmt.Fprintf(&b, "| member dashboard, %d client(s) | requests | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|\n", r.Clients)
	for _, x := range []struct {
		name string
		res  result
	}{{"idle", r.DashboardIdle}, {fmt.Sprintf("while the digests go out (%.1f s)", r.RunElapsed.Seconds()), r.DashboardRun}} {
		fmt.Fprintf(&b, "| %s | %d | %.2f | %.2f | %.2f |\n", x.name, x.res.Ops, ms(x.res.P50), ms(x.res.P95), ms(x.res.P99))
	}
	fmt.Fprintf(&b, "\np50 during the run / idle: **%.2f×**; %d duplicate messages, %d notifications left unmailed.\n",
		ratio(r.DashboardRun.P50, r.DashboardIdle.P50), r.Duplicates, r.Unmailed)
	return b.String()
}

// waitIdle waits until the server's queue has no job to run or running.
func waitIdle(ctx context.Context, pool *pgxpool.Pool, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		var n int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM river_job WHERE state IN ('available', 'running', 'pending')`).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("digest: the server's queue still has %d jobs after %s", n, limit)
		}
		time.Sleep(time.Second)
	}
}

// cleanDigest removes what an earlier round left: the notifications of
// its users (who stay: deleting users means checking every table that
// refers to them) and the digest jobs of day.
func cleanDigest(ctx context.Context, pool *pgxpool.Pool, day civil.Date) error {
	_, err := pool.Exec(ctx, `
		DELETE FROM notifications WHERE user_id IN (SELECT id FROM users WHERE email LIKE '%@`+digestDomain+`');
		DELETE FROM notification_preferences WHERE user_id IN (SELECT id FROM users WHERE email LIKE '%@`+digestDomain+`');
		DELETE FROM river_job WHERE kind IN ('notify.digest', 'notify.digests', 'notify.user_digest') AND args->>'day' = '`+day.String()+`';`)
	return err
}

// seedDigest adds, in one transaction, n member referents (one per
// membership of the dataset, the lead's excluded), perUser deadline
// reminders each on their project, and the day's digest job.
func seedDigest(ctx context.Context, pool *pgxpool.Pool, n, perUser int, day civil.Date) error {
	rows, err := pool.Query(ctx, `
		SELECT b.name, p.id FROM memberships m
		JOIN public_bodies b ON b.id = m.body_id
		JOIN projects p ON p.aggregation_id = m.aggregation_id
		WHERE m.role <> 'LEAD' ORDER BY m.id LIMIT $1`, n)
	if err != nil {
		return err
	}
	type member struct{ name, project string }
	var ms []member
	for rows.Next() {
		var m member
		if err := rows.Scan(&m.name, &m.project); err != nil {
			return err
		}
		ms = append(ms, m)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(ms) < n {
		return fmt.Errorf("digest: the dataset has %d memberships of funded projects, %d asked", len(ms), n)
	}
	existing := map[string]string{}
	rows, err = pool.Query(ctx, `SELECT email, id FROM users WHERE email LIKE '%@`+digestDomain+`'`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var email, id string
		if err := rows.Scan(&email, &id); err != nil {
			return err
		}
		existing[email] = id
	}
	if err := rows.Err(); err != nil {
		return err
	}
	now := time.Now()
	due := day.AddDays(7)
	var users, notes [][]any
	for i, m := range ms {
		email := fmt.Sprintf("referente.%05d@%s", i+1, digestDomain)
		uid, ok := existing[email]
		if !ok {
			uid = string(pulid.New("US"))
			users = append(users, []any{uid, now, now, email, "Referente " + m.name, true, int64(1)})
		}
		for k := range perUser {
			title := fmt.Sprintf("Consegna %d di %s: servizio online n. %d", k+1, m.name, k+1)
			notes = append(notes, []any{string(pulid.New("NT")), now, now, uid, "DEADLINE_REMINDER",
				"Scade tra 7 giorni: " + title, title, "/progetti/" + m.project + "/consegne", "Deliverable", nil,
				due.In(time.UTC), fmt.Sprintf("DEADLINE:bench:%d:%d:BEFORE_7", i, k)})
		}
	}
	tx, err := pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"users"},
		[]string{"id", "created_at", "updated_at", "email", "display_name", "active", "version"}, pgx.CopyFromRows(users)); err != nil {
		return err
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"notifications"},
		[]string{"id", "created_at", "updated_at", "user_id", "kind", "title", "body", "path", "subject_type", "subject_id", "due_on", "dedup_key"},
		pgx.CopyFromRows(notes)); err != nil {
		return err
	}
	rc, err := river.NewClient[pgx.Tx](riverpgxv5.New(nil), &river.Config{SkipUnknownJobCheck: true})
	if err != nil {
		return err
	}
	if _, err := rc.InsertTx(ctx, tx, notify.DigestArgs{Day: day}, nil); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// flushOthers has the server mail the digests of users other than the
// run's that wait, and waits for the queue to be idle again.
func flushOthers(ctx context.Context, pool *pgxpool.Pool, day civil.Date) error {
	var waiting int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM notifications WHERE mailed_at IS NULL`).Scan(&waiting); err != nil || waiting == 0 {
		return err
	}
	rc, err := river.NewClient[pgx.Tx](riverpgxv5.New(pool), &river.Config{SkipUnknownJobCheck: true})
	if err != nil {
		return err
	}
	if _, err := rc.Insert(ctx, notify.DigestArgs{Day: day}, nil); err != nil {
		return err
	}
	time.Sleep(2 * time.Second)
	if err := waitIdle(ctx, pool, 10*time.Minute); err != nil {
		return err
	}
	return cleanDigest(ctx, pool, day)
}

// pgTransactions is how many transactions the database has committed.
func pgTransactions(ctx context.Context, pool *pgxpool.Pool) (float64, error) {
	var n int64
	err := pool.QueryRow(ctx, `SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()`).Scan(&n)
	return float64(n), err
}

// sink is an SMTP server that counts what it receives for the digest's
// users.
type sink struct {
	srv   *smtp.Server
	mu    sync.Mutex
	seen  map[string]int
	want  int
	last  time.Time
	done  chan struct{}
	bytes atomic.Int64
	once  sync.Once
}

func startSink(addr string) (*sink, error) {
	s := &sink{seen: map[string]int{}, done: make(chan struct{})}
	s.srv = smtp.NewServer(s)
	s.srv.Domain = "localhost"
	s.srv.AllowInsecureAuth = true
	s.srv.MaxMessageBytes = 1 << 20
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("digest: SMTP sink: %w", err)
	}
	go func() { _ = s.srv.Serve(ln) }()
	return s, nil
}

func (s *sink) close() { _ = s.srv.Close() }

func (s *sink) expect(n int) {
	s.mu.Lock()
	s.want = n
	s.mu.Unlock()
}

func (s *sink) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seen = map[string]int{}
	s.done = make(chan struct{})
	s.once = sync.Once{}
}

func (s *sink) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.seen)
}

func (s *sink) duplicates() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := 0
	for _, k := range s.seen {
		d += k - 1
	}
	return d
}

func (s *sink) lastAt() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

// NewSession implements smtp.Backend.
func (s *sink) NewSession(*smtp.Conn) (smtp.Session, error) { return &sinkSession{s: s}, nil }

type sinkSession struct {
	s  *sink
	to []string
}

func (ss *sinkSession) Mail(string, *smtp.MailOptions) error { return nil }
func (ss *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.to = append(ss.to, to)
	return nil
}
func (ss *sinkSession) Reset()        { ss.to = nil }
func (ss *sinkSession) Logout() error { return nil }

func (ss *sinkSession) Data(r io.Reader) error {
	n, err := io.Copy(io.Discard, r)
	if err != nil {
		return err
	}
	ss.s.bytes.Add(n)
	ss.s.mu.Lock()
	defer ss.s.mu.Unlock()
	for _, to := range ss.to {
		if strings.HasSuffix(to, "@"+digestDomain) {
			ss.s.seen[to]++
			ss.s.last = time.Now()
		}
	}
	if ss.s.want > 0 && len(ss.s.seen) >= ss.s.want {
		ss.s.once.Do(func() { close(ss.s.done) })
	}
	return nil
}
