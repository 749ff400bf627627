package server

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
)

// RateLimit limits how many requests to the API (/graphql, /auth/,
// documents, reports, exports and calendar feeds; not the web app's files nor the probes)
// each signed-in user and each client address may send: a token bucket
// that refills at the given rate and holds Burst requests. Zero rates turn
// the limit off. The buckets live in the process (each replica behind a
// load balancer limits on its own) or, with Shared, in PostgreSQL, where
// every replica spends from the same ones.
type RateLimit struct {
	// PerUser is the sustained requests per second of one signed-in user.
	PerUser float64
	// PerAddress is the sustained requests per second of one client
	// address (IPv6 addresses by their /64 network), signed in or not.
	PerAddress float64
	// Burst is how many requests a quiet user or address may send at once
	// (default: three seconds' worth, at least 1).
	Burst int
	// Shared keeps the buckets in PostgreSQL (table rate_limit_buckets,
	// unlogged) so that several replicas enforce one limit, for one more
	// statement per API request. PostgreSQL only.
	Shared bool
}

// limiter spends one request of a key's allowance; when there is none it
// returns how long until there will be.
type limiter interface {
	take(ctx context.Context, key string, now time.Time) (ok bool, wait time.Duration)
}

// newLimiter returns the limiter of one rate (nil when it is off): in the
// process, or in the database for shared limits.
func newLimiter(perSecond float64, burst int, shared *sql.DB, scope string, log *slog.Logger) limiter {
	b := newBuckets(perSecond, burst)
	if b == nil {
		return nil
	}
	if shared != nil {
		return &sharedBuckets{db: shared, scope: scope, log: log, lastSweep: time.Now(),
			interval: time.Duration(float64(time.Second) / perSecond), burst: b.burst}
	}
	return b
}

// buckets holds one token bucket per key.
type buckets struct {
	limit rate.Limit
	burst int
	// idle is how long a bucket takes to fill up again: one unused for
	// longer is the same as a new one and can be forgotten.
	idle time.Duration

	mu        sync.Mutex
	m         map[string]*bucket
	lastSweep time.Time
}

type bucket struct {
	l    *rate.Limiter
	seen time.Time
}

func newBuckets(perSecond float64, burst int) *buckets {
	if perSecond <= 0 {
		return nil
	}
	if burst <= 0 {
		burst = max(1, int(math.Ceil(3*perSecond)))
	}
	idle := max(time.Minute, time.Duration(float64(burst)/perSecond*float64(time.Second)))
	return &buckets{limit: rate.Limit(perSecond), burst: burst, idle: idle, m: map[string]*bucket{}}
}

// take spends a token of key's bucket; when there is none it returns how
// long until there will be.
func (b *buckets) take(_ context.Context, key string, now time.Time) (ok bool, wait time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if now.Sub(b.lastSweep) > time.Minute {
		for k, e := range b.m {
			if now.Sub(e.seen) > b.idle {
				delete(b.m, k)
			}
		}
		b.lastSweep = now
	}
	e := b.m[key]
	if e == nil {
		e = &bucket{l: rate.NewLimiter(b.limit, b.burst)}
		b.m[key] = e
	}
	e.seen = now
	res := e.l.ReserveN(now, 1)
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

// sharedBuckets are token buckets in PostgreSQL, as GCRA (the generic cell
// rate algorithm, which behaves as the in-process token bucket): each key
// keeps its theoretical arrival time, tat. A request at now is allowed
// when tat - (burst-1)·interval <= now, and moves tat to max(tat, now) +
// interval. One statement decides and records it; ON CONFLICT re-checks
// the condition on the row it locks, so concurrent requests through any
// replica never spend more than the bucket holds.
type sharedBuckets struct {
	db       *sql.DB
	scope    string // key prefix: "user" or "address"
	interval time.Duration
	burst    int
	log      *slog.Logger

	mu        sync.Mutex
	lastSweep time.Time
}

// gcraSQL takes $1 key, $2 now, $3 interval and $4 tolerance (both in
// microseconds); it returns whether the request is allowed and, when not,
// the seconds to wait.
const gcraSQL = `WITH cur AS (
	SELECT GREATEST(COALESCE((SELECT tat FROM rate_limit_buckets WHERE key = $1), $2::timestamptz), $2::timestamptz) AS tat
), up AS (
	INSERT INTO rate_limit_buckets AS b (key, tat)
	SELECT $1, tat + $3::bigint * interval '1 microsecond' FROM cur
	WHERE tat - $4::bigint * interval '1 microsecond' <= $2::timestamptz
	ON CONFLICT (key) DO UPDATE SET tat = GREATEST(b.tat, $2::timestamptz) + $3::bigint * interval '1 microsecond'
	WHERE GREATEST(b.tat, $2::timestamptz) - $4::bigint * interval '1 microsecond' <= $2::timestamptz
	RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM up),
	EXTRACT(EPOCH FROM (SELECT tat FROM cur) - $4::bigint * interval '1 microsecond' - $2::timestamptz)::float8`

func (b *sharedBuckets) take(ctx context.Context, key string, now time.Time) (bool, time.Duration) {
	b.sweep(now)
	tolerance := time.Duration(b.burst-1) * b.interval
	var (
		ok   bool
		wait float64
	)
	err := b.db.QueryRowContext(ctx, gcraSQL, b.scope+":"+key, now, b.interval.Microseconds(), tolerance.Microseconds()).Scan(&ok, &wait)
	if err != nil {
		// The database is what every request needs anyway: a limiter
		// that cannot reach it lets the request through to fail there.
		b.log.WarnContext(ctx, "shared rate limit unavailable", "scope", b.scope, "err", err)
		return true, 0
	}
	if ok {
		return true, 0
	}
	return false, max(time.Duration(wait*float64(time.Second)), time.Millisecond)
}

// sweep forgets, once a minute, the buckets that have filled up again
// (their tat is past): they are the same as absent ones.
func (b *sharedBuckets) sweep(now time.Time) {
	b.mu.Lock()
	due := now.Sub(b.lastSweep) > time.Minute
	if due {
		b.lastSweep = now
	}
	b.mu.Unlock()
	if !due {
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := b.db.ExecContext(ctx, `DELETE FROM rate_limit_buckets WHERE key LIKE $1 AND tat < $2`, b.scope+":%", now); err != nil {
			b.log.Warn("sweeping the shared rate limits", "err", err)
		}
	}()
}

// rateLimited reports whether a path is part of the API the rate limit
// covers.
func rateLimited(path string) bool {
	return path == "/graphql" || strings.HasPrefix(path, "/auth/") || strings.HasPrefix(path, "/documents/") ||
		strings.HasPrefix(path, "/reports/") || strings.HasPrefix(path, "/exports/") || strings.HasPrefix(path, "/calendar/")
}

// limitAddress refuses API requests beyond the per-address rate with 429,
// Retry-After and RATE_LIMITED (rule rate.address). It runs before the
// credentials are looked up, so floods never reach the database.
func (s *Server) limitAddress(next http.Handler) http.Handler {
	if s.byAddress == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rateLimited(r.URL.Path) {
			if ok, wait := s.byAddress.take(r.Context(), auth.AddressKey(auth.ClientIP(r)), time.Now()); !ok {
				s.tooMany(w, r, "address", wait)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// afterAuth notes the viewer for the access log and refuses API requests
// beyond the per-user rate (rule rate.user).
func (s *Server) afterAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v := authz.FromContext(r.Context())
		if v != nil && v.UserID != "" {
			if info := infoFrom(r.Context()); info != nil {
				info.setUser(string(v.UserID))
			}
			if s.byUser != nil && rateLimited(r.URL.Path) {
				if ok, wait := s.byUser.take(r.Context(), string(v.UserID), time.Now()); !ok {
					s.tooMany(w, r, "user", wait)
					return
				}
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) tooMany(w http.ResponseWriter, r *http.Request, scope string, wait time.Duration) {
	secs := max(1, int(math.Ceil(wait.Seconds())))
	s.metrics.rateLimited.WithLabelValues(scope).Inc()
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	refuse(w, r, http.StatusTooManyRequests, &apperr.Error{Code: apperr.RateLimited, Rule: "rate." + scope,
		Message: fmt.Sprintf("Troppe richieste in poco tempo: riprovare tra %d secondi.", secs)})
}

// realIP replaces the peer address of requests that come from a trusted
// reverse proxy or load balancer with the client address it reports in
// X-Forwarded-For: the right-most address that is not itself a trusted
// proxy. Without trusted proxies the header is ignored (anyone can send
// it). Sign-in throttling and the per-address rate limit see the result.
func (s *Server) realIP(next http.Handler) http.Handler {
	if len(s.cfg.TrustedProxies) == 0 {
		return next
	}
	trusted := func(a netip.Addr) bool {
		for _, p := range s.cfg.TrustedProxies {
			if p.Contains(a.Unmap()) {
				return true
			}
		}
		return false
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		peer, err := netip.ParseAddr(auth.ClientIP(r))
		if err != nil || !trusted(peer) {
			next.ServeHTTP(w, r)
			return
		}
		hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
		for i := len(hops) - 1; i >= 0; i-- {
			a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
			if err != nil {
				break
			}
			if !trusted(a) || i == 0 {
				r2 := r.WithContext(r.Context())
				r2.RemoteAddr = net.JoinHostPort(a.Unmap().String(), "0")
				next.ServeHTTP(w, r2)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}
