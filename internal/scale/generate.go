package scale

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/comuni"
	"github.com/capofila/capofila/internal/demo"
)

// Result reports a generation: what was written, how long it took, and
// the entities and logins benchmarks can use.
type Result struct {
	Tables  []TableStats
	Elapsed time.Duration
	// Logins are users of the first aggregation and its Region; their
	// password is demo.Password.
	Logins []Login
	// The first aggregation (MaxMembers members), its project, and its
	// claim of LargeClaimItems items (empty when none was asked).
	AggregationID, ProjectID, ProjectCUP, LargeClaimID string
	Region                                             string
}

// TableStats are the rows copied into a table and the time COPY took.
type TableStats struct {
	Table   string
	Rows    int64
	Elapsed time.Duration
}

// ErrNotEmpty is returned when the database already holds data.
var ErrNotEmpty = errors.New("the database is not empty")

// generator carries the state of one generation.
type generator struct {
	cfg        Config
	t          *tables
	seqs       map[string]*idSeq
	lots       int
	largeClaim string
}

func (g *generator) seq(prefix string) *idSeq {
	if s, ok := g.seqs[prefix]; ok {
		return s
	}
	s := newIDSeq(g.cfg.Seed, prefix)
	g.seqs[prefix] = s
	return s
}

// rng returns the random source of one stream (0: the country, 1: the
// projects) and index: each project has its own, so that its data do not
// depend on how the projects are batched.
func (g *generator) rng(stream, i uint64) *rand.Rand {
	return rand.New(rand.NewPCG(g.cfg.Seed, stream<<40|i))
}

// Generate fills the migrated PostgreSQL database at databaseURL with the
// country of cfg, in one transaction, then analyzes it. The database must
// hold no data, unless reset is true: then everything in it is deleted
// first. Progress goes to progress (may be nil).
func Generate(ctx context.Context, databaseURL string, cfg Config, reset bool, progress io.Writer) (*Result, error) {
	if progress == nil {
		progress = io.Discard
	}
	began := time.Now()
	conn, err := pgx.Connect(ctx, databaseURL)
	if err != nil {
		return nil, fmt.Errorf("connecting: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if err := ensureEmpty(ctx, conn, reset); err != nil {
		return nil, err
	}
	ds, err := comuni.Load()
	if err != nil {
		return nil, err
	}
	// One hash for every user (argon2id is slow on purpose), salted from
	// the seed so that the users too are the same on every run.
	salt := sha256.Sum256(fmt.Appendf(nil, "capofila-scale-%d", cfg.Seed))
	hash := auth.HashPasswordWithSalt(demo.Password, salt[:16])
	g := &generator{cfg: cfg, t: newTables(), seqs: map[string]*idSeq{}}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if _, err := tx.Exec(ctx, "SET LOCAL synchronous_commit = off"); err != nil {
		return nil, err
	}
	idx, err := deferIndexes(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("setting the indexes aside: %w", err)
	}

	regions := g.country(ds)
	g.vendors(regions, cfg.vendorsPerRegion())
	g.calls(regions, cfg.calls())
	aggs := g.aggregations(regions, cfg.aggregations())
	if err := g.writeAggregations(aggs); err != nil {
		return nil, err
	}
	g.writeCalls(regions)
	g.users(regions, aggs, hash)
	if err := g.t.copyAll(ctx, tx); err != nil {
		return nil, err
	}
	fmt.Fprintf(progress, "enti, bandi, aggregazioni, domande e progetti scritti (%s)\n", time.Since(began).Round(time.Second))

	for start := 0; start < len(aggs); start += cfg.batch() {
		for _, a := range aggs[start:min(start+cfg.batch(), len(aggs))] {
			p := &project{aggregation: a, r: g.rng(1, uint64(a.idx)), regionID: a.region.body.id}
			g.deliverables(p)
			if err := g.procurements(p); err != nil {
				return nil, fmt.Errorf("project %d: %w", a.idx+1, err)
			}
			if err := g.invoices(p); err != nil {
				return nil, fmt.Errorf("project %d: %w", a.idx+1, err)
			}
			if err := g.claims(p); err != nil {
				return nil, fmt.Errorf("project %d: %w", a.idx+1, err)
			}
		}
		if err := g.t.copyAll(ctx, tx); err != nil {
			return nil, err
		}
		done := min(start+cfg.batch(), len(aggs))
		if done%400 == 0 || done == len(aggs) {
			fmt.Fprintf(progress, "%d/%d progetti scritti (%s)\n", done, len(aggs), time.Since(began).Round(time.Second))
		}
	}
	rebuild := time.Now()
	if err := idx.restore(ctx, tx); err != nil {
		return nil, fmt.Errorf("rebuilding the indexes and foreign keys: %w", err)
	}
	rebuilt := time.Since(rebuild)
	fmt.Fprintf(progress, "indici e chiavi esterne ricostruiti (%s)\n", rebuilt.Round(time.Second))
	if err := tx.Commit(ctx); err != nil {
		return nil, err
	}
	// VACUUM as well as ANALYZE: rows written by COPY are not yet marked
	// all-visible, so until autovacuum passes every read would check the
	// heap (no index-only scans) and set hint bits, a state no long-running
	// installation is in.
	analyze := time.Now()
	if _, err := conn.Exec(ctx, "VACUUM (ANALYZE)"); err != nil {
		return nil, fmt.Errorf("vacuuming and analyzing: %w", err)
	}
	res := &Result{Elapsed: time.Since(began), Logins: logins(regions, aggs[0]),
		AggregationID: aggs[0].id, ProjectID: aggs[0].projectID, ProjectCUP: aggs[0].cup, LargeClaimID: g.largeClaim,
		Region: aggs[0].region.body.name}
	for _, t := range g.t.all {
		res.Tables = append(res.Tables, TableStats{Table: t.name, Rows: t.written, Elapsed: t.elapsed})
	}
	res.Tables = append(res.Tables, TableStats{Table: "(indici e chiavi esterne)", Elapsed: rebuilt},
		TableStats{Table: "(VACUUM ANALYZE)", Elapsed: time.Since(analyze)})
	return res, nil
}

// ensureEmpty refuses a database that holds data, or deletes it all with
// reset.
func ensureEmpty(ctx context.Context, conn *pgx.Conn, reset bool) error {
	var bodies, users int64
	err := conn.QueryRow(ctx, "SELECT (SELECT count(*) FROM public_bodies), (SELECT count(*) FROM users)").Scan(&bodies, &users)
	if err != nil {
		return fmt.Errorf("reading the database (is it migrated?): %w", err)
	}
	if bodies == 0 && users == 0 {
		return nil
	}
	if !reset {
		return fmt.Errorf("%w: it holds %d public bodies and %d users; the national data set is generated into an empty database only: use a new one, or add --reset to delete everything in this one first", ErrNotEmpty, bodies, users)
	}
	rows, err := conn.Query(ctx, `SELECT quote_ident(table_name) FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'goose_db_version'`)
	if err != nil {
		return err
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return err
	}
	_, err = conn.Exec(ctx, "TRUNCATE "+strings.Join(names, ", ")+" CASCADE")
	return err
}

// Report prints the rows and COPY time per table, the total time, and the
// known entities and logins.
func (r *Result) Report(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	var rows int64
	var copying time.Duration
	fmt.Fprintln(tw, "tabella\trighe\tCOPY\t")
	for _, t := range r.Tables {
		rows += t.Rows
		copying += t.Elapsed
		fmt.Fprintf(tw, "%s\t%d\t%s\t\n", t.Table, t.Rows, t.Elapsed.Round(time.Millisecond))
	}
	fmt.Fprintf(tw, "totale\t%d\t%s\t\n", rows, copying.Round(time.Millisecond))
	_ = tw.Flush()
	fmt.Fprintf(w, "Tempo complessivo: %s (generazione in Go: %s)\n", r.Elapsed.Round(time.Millisecond), (r.Elapsed - copying).Round(time.Millisecond))
	fmt.Fprintf(w, "Aggregazione da %d enti: %s; progetto %s (CUP %s)\n", MaxMembers, r.AggregationID, r.ProjectID, r.ProjectCUP)
	if r.LargeClaimID != "" {
		fmt.Fprintf(w, "Rendiconto presentato con il numero massimo di voci: %s\n", r.LargeClaimID)
	}
	fmt.Fprintf(w, "Accessi (password per tutti: %s):\n", demo.Password)
	for _, l := range r.Logins {
		fmt.Fprintf(w, "  %-40s %-16s %s\n", l.Email, l.Role, l.What)
	}
}
