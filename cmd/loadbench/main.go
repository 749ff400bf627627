// Command loadbench measures a running Capofila server from a second
// process on loopback: for the operations users wait on it runs 1, 8 and 32
// concurrent clients (closed loop), and next to each the floor, the same
// data fetched by one hand-written SQL statement through pgx served as JSON
// by a minimal handler of this process. It reads the server's /metrics for
// SQL statements and allocations per request and its resident memory.
//
//	loadbench -url http://127.0.0.1:18500 -metrics http://127.0.0.1:18501/metrics \
//	    -db postgres://postgres@127.0.0.1:5432/bench?sslmode=disable -scale demo -out bench-demo.json
//	loadbench report bench-demo.json bench-national.json   # Markdown tables
//	loadbench digest -db … -smtp 127.0.0.1:18502          # 10,000 daily digests (see digest.go)
//
// See docs/PERFORMANCE.md and `make bench`.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/loadtest"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "loadbench:", err)
		os.Exit(1)
	}
}

// measurement is one operation at one level of concurrency, ours and the
// floor's, with the server's counters over our run.
type measurement struct {
	Operation  string  `json:"operation"`
	Ours       result  `json:"ours"`
	Floor      result  `json:"floor"`
	Statements float64 `json:"sql_statements_per_op"`
	Requests   float64 `json:"http_requests_per_op"`
	Allocs     float64 `json:"allocs_per_op"`
	RSS        float64 `json:"server_rss_bytes"`
}

// report is what one run writes.
type report struct {
	Scale     string            `json:"scale"`
	When      time.Time         `json:"when"`
	Machine   string            `json:"machine"`
	Duration  time.Duration     `json:"duration_ns"`
	Targets   *loadtest.Targets `json:"targets"`
	Results   []measurement     `json:"results"`
	RSSIdle   float64           `json:"server_rss_idle_bytes"`
	RSSMax    float64           `json:"server_rss_max_bytes"`
	Operation []string          `json:"operations"`
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "report" {
		return writeMarkdown(args[1:], stdout)
	}
	if len(args) > 0 && args[0] == "digest" {
		return runDigest(ctx, args[1:], stdout, stderr)
	}
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}

	pcfg, err := pgxpool.ParseConfig(cfg.dbURL)
	if err != nil {
		return fmt.Errorf("-db: %w", err)
	}
	pcfg.MaxConns = int32(cfg.maxClients + 4)
	pool, err := pgxpool.NewWithConfig(ctx, pcfg)
	if err != nil {
		return err
	}
	defer pool.Close()
	t, err := loadtest.Discover(ctx, pool)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "dataset %s: %d rows, %d invoices; project %s (%d members), claim %s (%d items), claim %s (%d members)\n",
		cfg.scale, t.Rows, t.InvoicesRows, t.Project, t.Members, t.BigClaim, t.BigItems, t.WideClaim, t.WideMembers)

	floorURL, stopFloor, err := serveFloors(pool, cfg.password, cfg.docs)
	if err != nil {
		return err
	}
	defer stopFloor()

	sessions, err := signIn(ctx, cfg.base, cfg.password, cfg.maxClients, t.Lead, t.MemberUser, t.Auditor, t.WideLead)
	if err != nil {
		return err
	}
	floor := loadtest.NewSession(floorURL)
	ops := operations(t, sessions, floor, cfg.base, cfg.password)

	idle, err := scrape(ctx, cfg.metricsURL)
	if err != nil {
		return err
	}
	rep := &report{Scale: cfg.scale, When: time.Now().UTC(), Machine: machine(), Duration: cfg.dur, Targets: t, RSSIdle: idle.RSS}
	selected := map[string]bool{}
	for _, o := range strings.Split(cfg.only, ",") {
		if o = strings.TrimSpace(o); o != "" {
			selected[o] = true
		}
	}
	for _, op := range ops {
		if len(selected) > 0 && !selected[op.name] {
			continue
		}
		rep.Operation = append(rep.Operation, op.name)
		for _, n := range cfg.clients {
			m, err := measure(ctx, cfg.metricsURL, op, n, cfg.warm, cfg.dur)
			if err != nil {
				return err
			}
			rep.RSSMax = max(rep.RSSMax, m.RSS)
			rep.Results = append(rep.Results, m)
			ours, fl := m.Ours, m.Floor
			fmt.Fprintf(stdout, "%-18s %2d clients  ours p50 %7.2f ms p95 %7.2f p99 %7.2f %7.1f/s  floor p50 %7.2f ms %7.1f/s  ratio %5.2f  %5.1f SQL/op %8.0f allocs/op  RSS %4.0f MB%s\n",
				op.name, n, ms(ours.P50), ms(ours.P95), ms(ours.P99), ours.PerSecond(), ms(fl.P50), fl.PerSecond(),
				ratio(ours.P50, fl.P50), m.Statements, m.Allocs, m.RSS/1e6, errNote(ours, fl))
		}
	}
	if cfg.out != "" {
		b, _ := json.MarshalIndent(rep, "", "  ")
		if err := os.WriteFile(cfg.out, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// config is what the command line asks for.
type config struct {
	base, metricsURL, dbURL, scale, password string
	dur, warm                                time.Duration
	only, out, docs                          string
	clients                                  []int
	maxClients                               int
}

// parseFlags reads the command line.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	var c config
	fs := flag.NewFlagSet("loadbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.base, "url", "http://127.0.0.1:18500", "the server under test")
	fs.StringVar(&c.metricsURL, "metrics", "http://127.0.0.1:18501/metrics", "its Prometheus endpoint")
	fs.StringVar(&c.dbURL, "db", "", "its PostgreSQL database, for the floors and to find the entities to ask for")
	fs.StringVar(&c.scale, "scale", "demo", "name of the dataset, for the report")
	fs.StringVar(&c.password, "password", "capofila-demo", "password of the users found in the database")
	fs.DurationVar(&c.dur, "duration", 5*time.Second, "measured time per operation and level")
	fs.DurationVar(&c.warm, "warmup", time.Second, "unrecorded time before each measurement")
	levels := fs.String("clients", "1,8,32", "concurrent clients, comma-separated")
	fs.StringVar(&c.only, "only", "", "comma-separated operations to run (default: all)")
	fs.StringVar(&c.out, "out", "", "write the results as JSON to this file")
	fs.StringVar(&c.docs, "documents", "", "the server's documents folder: the claim-pdf floor then sends the stored file, as the server does")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if c.dbURL == "" {
		return nil, errors.New("-db is required: the PostgreSQL database the server uses")
	}
	var err error
	if c.clients, c.maxClients, err = parseClients(*levels); err != nil {
		return nil, err
	}
	return &c, nil
}

// parseClients reads the -clients levels and returns them with the
// largest.
func parseClients(levels string) ([]int, int, error) {
	var clients []int
	maxClients := 0
	for _, f := range strings.Split(levels, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, 0, fmt.Errorf("-clients: %q is not a positive number", f)
		}
		clients = append(clients, n)
		maxClients = max(maxClients, n)
	}
	return clients, maxClients, nil
}

// signIn opens, for each user, one session per worker, as real users would
// have.
func signIn(ctx context.Context, base, password string, workers int, users ...string) (map[string][]*loadtest.Session, error) {
	sessions := map[string][]*loadtest.Session{}
	for _, u := range users {
		if _, ok := sessions[u]; ok {
			continue
		}
		for range workers {
			s := loadtest.NewSession(base)
			if err := s.SignIn(ctx, u, password); err != nil {
				return nil, err
			}
			sessions[u] = append(sessions[u], s)
		}
	}
	return sessions, nil
}

// measure runs one operation with n clients against the server, then its
// floor, and reads the server's counters around the server's run.
func measure(ctx context.Context, metricsURL string, op operation, n int, warm, dur time.Duration) (measurement, error) {
	before, err := scrape(ctx, metricsURL)
	if err != nil {
		return measurement{}, err
	}
	ours := closedLoop(ctx, n, warm, dur, op.ours)
	after, err := scrape(ctx, metricsURL)
	if err != nil {
		return measurement{}, err
	}
	fl := closedLoop(ctx, n, warm, dur, op.floor)
	// The counters also saw the warm-up: divide by every operation the
	// server served between the two scrapes, which the statements
	// histogram counts as requests.
	perOp := func(v float64) float64 {
		if after.Requests == before.Requests {
			return 0
		}
		return v / (after.Requests - before.Requests) * op.requests
	}
	return measurement{Operation: op.name, Ours: ours, Floor: fl, Requests: op.requests,
		Statements: perOp(after.Statements - before.Statements),
		Allocs:     perOp(after.Mallocs - before.Mallocs), RSS: after.RSS}, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func ratio(a, b time.Duration) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func errNote(rs ...result) string {
	var s []string
	for _, r := range rs {
		if r.Errors > 0 {
			s = append(s, fmt.Sprintf("%d errors (%s)", r.Errors, r.FirstError))
		}
		if r.Refused > 0 {
			s = append(s, fmt.Sprintf("%d refused as busy by design (signin.busy)", r.Refused))
		}
	}
	if len(s) == 0 {
		return ""
	}
	return "  " + strings.Join(s, "; ")
}

func machine() string {
	cpu := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "model name") {
				_, v, _ := strings.Cut(l, ":")
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		f := strings.Fields(strings.SplitN(string(b), "\n", 2)[0])
		if len(f) >= 2 {
			kb, _ := strconv.ParseFloat(f[1], 64)
			mem = fmt.Sprintf(", %.0f GiB", kb/1024/1024)
		}
	}
	return fmt.Sprintf("%s, %d cores%s, %s %s/%s", cpu, runtime.NumCPU(), mem, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// serveFloors serves GET /floor/{operation}?a=…&b=… on a loopback port:
// the operation's statement with $1 = a and $2 = b, its JSON as the body.
func serveFloors(pool *pgxpool.Pool, password, documents string) (string, func(), error) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /floor/{op}", func(w http.ResponseWriter, r *http.Request) {
		q, ok := loadtest.FloorSQL[r.PathValue("op")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		var doc []byte
		if err := pool.QueryRow(r.Context(), q, r.URL.Query().Get("a"), r.URL.Query().Get("b")).Scan(&doc); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		switch r.PathValue("op") {
		case "claim-pdf":
			// The document's bytes, as the server streams them.
			if documents == "" {
				break
			}
			var d struct {
				Key string `json:"key"`
			}
			if err := json.Unmarshal(doc, &d); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			f, err := os.Open(filepath.Join(documents, filepath.FromSlash(d.Key)))
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			defer f.Close()
			w.Header().Set("Content-Type", "application/pdf")
			_, _ = io.Copy(w, f)
			return
		case "sign-in":
			var u struct {
				Hash string `json:"hash"`
			}
			if err := json.Unmarshal(doc, &u); err != nil || !auth.VerifyPassword(u.Hash, password) {
				http.Error(w, "wrong password", http.StatusUnauthorized)
				return
			}
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(doc)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() { _ = srv.Close() }, nil
}

// floorCall returns an operation that asks the floor for op with a and b.
func floorCall(s *loadtest.Session, op, a, b string) func(context.Context, int) error {
	path := "/floor/" + op + "?" + url.Values{"a": {a}, "b": {b}}.Encode()
	return func(ctx context.Context, _ int) error {
		res, err := s.Get(ctx, path)
		if err != nil {
			return err
		}
		if res.Status != http.StatusOK {
			return fmt.Errorf("floor %s: HTTP %d: %.200s", op, res.Status, res.Body)
		}
		return nil
	}
}
